import { GatewayError } from '../../errors/gateway-error.js';
import { readBody, type UpstreamClient } from '../../http/upstream-client.js';
import type { ChannelRecord } from '../../store/types.js';
import {
  numberOption, sizeKey, type MediaCallContext, type MediaJob, type MediaOutput, type MediaProvider, type MediaSubmitResult,
  type PollSchedule,
} from '../media-types.js';
import { mapUpstreamStatus } from '../upstream-errors.js';

/** Generated images can be large; base64 adds a third. */
const MAX_BODY = 128 * 1024 * 1024;

/**
 * `POST {base}/images/generations` on an OpenAI-compatible upstream (protocols.md §2.6). We ask for
 * `b64_json` so the bytes arrive with the answer (no second download from a URL that may expire);
 * a channel whose upstream only returns URLs sets `options.imageResponseFormat: "url"`.
 * Synchronous: `submit` always finishes the job.
 */
export class OpenAICompatibleImages implements MediaProvider {
  constructor(private readonly http: UpstreamClient, private readonly credentialOf: (channel: ChannelRecord) => string | undefined) {}

  validate(job: MediaJob): void {
    if (job.kind !== 'image') throw new GatewayError('invalid_request', 'This channel generates images only.', { param: 'kind' });
  }

  async submit(job: MediaJob, ctx: MediaCallContext): Promise<MediaSubmitResult> {
    const { channel } = ctx;
    this.validate(job);
    if (!channel.baseUrl) throw new GatewayError('upstream_error', `Channel ${channel.id} has no base URL.`);
    const format = channel.options?.imageResponseFormat === 'url' ? 'url' : 'b64_json';
    const body: Record<string, unknown> = { ...job.extra, model: ctx.upstreamModel, prompt: job.prompt, n: job.n, response_format: format };
    if (job.size) body.size = sizeKey(job.size);
    if (job.quality !== undefined) body.quality = job.quality;
    if (job.style !== undefined) body.style = job.style;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const credential = this.credentialOf(channel);
    if (credential) headers.authorization = `Bearer ${credential}`;
    const res = await this.http.request({
      url: `${channel.baseUrl.replace(/\/+$/, '')}/images/generations`, method: 'POST', headers, body: JSON.stringify(body), signal: ctx.signal,
      timeouts: { firstByteMs: numberOption(channel, 'firstByteTimeoutMs', 300_000) },
    });
    const text = await readBody(res, MAX_BODY, ctx.signal);
    if (res.status >= 400) throw mapUpstreamStatus(res.status, text, res.headers['retry-after']);
    let parsed: { data?: Array<{ b64_json?: unknown; url?: unknown; revised_prompt?: unknown }> };
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch {
      throw new GatewayError('upstream_error', 'The upstream returned a body that is not JSON.');
    }
    if (!Array.isArray(parsed.data) || parsed.data.length === 0) throw new GatewayError('upstream_error', 'The upstream returned no images.');
    const outputs = parsed.data.map((d): MediaOutput => {
      const out: MediaOutput = { kind: 'image' };
      if (typeof d.b64_json === 'string') out.data = Buffer.from(d.b64_json, 'base64');
      else if (typeof d.url === 'string') out.url = d.url;
      else throw new GatewayError('upstream_error', 'The upstream returned an image with neither b64_json nor url.');
      if (typeof d.revised_prompt === 'string') out.revisedPrompt = d.revised_prompt;
      if (job.size) {
        out.width = job.size.width;
        out.height = job.size.height;
      }
      return out;
    });
    // OpenAI bills per image returned; it reports no image count of its own for DALL·E models.
    return { state: 'succeeded', outputs, usage: { images: outputs.length, source: 'upstream' } };
  }

  pollSchedule(channel: ChannelRecord): PollSchedule {
    return { initialMs: numberOption(channel, 'pollInitialMs', 1000), maxMs: numberOption(channel, 'pollMaxMs', 10_000) };
  }
}

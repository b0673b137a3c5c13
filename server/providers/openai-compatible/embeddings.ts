import type { CanonicalEmbeddingRequest, CanonicalEmbeddingResponse } from '../../canonical/embeddings.js';
import { GatewayError } from '../../errors/gateway-error.js';
import { readBody, type UpstreamClient } from '../../http/upstream-client.js';
import { channelTimeouts } from '../../routing/channel-timeouts.js';
import type { ChannelRecord } from '../../store/types.js';
import type { EmbeddingProvider } from '../embedding-types.js';
import type { ChatCallContext } from '../types.js';
import { mapUpstreamStatus } from '../upstream-errors.js';
import { channelAccountError } from './quirks.js';

/** POST {base}/embeddings on any OpenAI-compatible upstream (DashScope text-embedding-v4…). */
export class OpenAICompatibleEmbeddings implements EmbeddingProvider {
  constructor(private readonly http: UpstreamClient, private readonly credentialOf: (channel: ChannelRecord) => string | undefined) {}

  async embed(req: CanonicalEmbeddingRequest, ctx: ChatCallContext & { dimensions: number | undefined }): Promise<CanonicalEmbeddingResponse> {
    const { channel } = ctx;
    if (!channel.baseUrl) throw new GatewayError('upstream_error', `Channel ${channel.id} has no base URL.`);
    const texts = req.inputs.every((i) => i.kind === 'text');
    const body: Record<string, unknown> = {
      model: ctx.upstreamModel,
      input: req.inputs.map((i) => (i.kind === 'text' ? i.text : i.tokens)),
      // Ask for floats: we re-encode for the caller, and floats are what every upstream supports.
      encoding_format: 'float',
    };
    if (!texts && req.inputs.length === 1) body.input = (body.input as unknown[])[0];
    if (req.dimensions !== undefined) body.dimensions = req.dimensions;
    if (req.endUser !== undefined) body.user = req.endUser;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const credential = this.credentialOf(channel);
    if (credential) headers.authorization = `Bearer ${credential}`;
    const res = await this.http.request({ url: `${channel.baseUrl.replace(/\/+$/, '')}/embeddings`, method: 'POST', headers, body: JSON.stringify(body), signal: ctx.signal, timeouts: channelTimeouts(channel) });
    const text = await readBody(res, 64 * 1024 * 1024, ctx.signal);
    if (res.status >= 400) throw channelAccountError(res.status, text) ?? mapUpstreamStatus(res.status, text, res.headers['retry-after']);
    let parsed: { data?: Array<{ index?: number; embedding?: unknown }>; usage?: { prompt_tokens?: unknown } };
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch {
      throw new GatewayError('upstream_error', 'The upstream returned a body that is not JSON.');
    }
    if (!Array.isArray(parsed.data) || parsed.data.length !== req.inputs.length) throw new GatewayError('upstream_error', 'The upstream returned a malformed embeddings list.');
    const vectors: Float32Array[] = new Array<Float32Array>(req.inputs.length);
    for (const [i, item] of parsed.data.entries()) {
      const idx = typeof item.index === 'number' ? item.index : i;
      if (!Array.isArray(item.embedding) || !item.embedding.every((x) => typeof x === 'number') || idx < 0 || idx >= vectors.length) {
        throw new GatewayError('upstream_error', 'The upstream returned a malformed embedding.');
      }
      vectors[idx] = Float32Array.from(item.embedding as number[]);
    }
    if (vectors.some((v) => v === undefined)) throw new GatewayError('upstream_error', 'The upstream returned a malformed embeddings list.');
    const tokens = typeof parsed.usage?.prompt_tokens === 'number' ? parsed.usage.prompt_tokens : undefined;
    return { model: ctx.upstreamModel, vectors, inputTokens: tokens, source: tokens === undefined ? 'estimated' : 'upstream' };
  }
}

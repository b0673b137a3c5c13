import { GatewayError } from '../../errors/gateway-error.js';
import type { ChannelRecord } from '../../store/types.js';
import type { MediaJob } from '../media-types.js';

/**
 * Request building for DashScope's native asynchronous media API (dashscope.md §3–§4): which
 * endpoint a model uses, and the body it takes. Pure functions, tested with recorded shapes.
 */

/** DashScope accepts 1–4 images per request and defaults to 4, billed per image (§3.2). */
export const MAX_IMAGES = 4;

/**
 * The native API root of a channel. A channel configured with the compatible-mode URL (as the
 * chat channels are) is mapped to the same region's native root; there is deliberately no
 * default host, because a key belongs to one region and polls must go to the host that created
 * the task (§0, §7 item 9).
 */
export function nativeBase(channel: ChannelRecord): string {
  if (!channel.baseUrl) throw new GatewayError('upstream_error', `Channel ${channel.id} has no base_url; DashScope needs the region's host.`);
  const base = channel.baseUrl.replace(/\/+$/, '');
  if (base.endsWith('/compatible-mode/v1')) return `${base.slice(0, -'/compatible-mode/v1'.length)}/api/v1`;
  if (base.endsWith('/api/v1')) return base;
  return `${base}/api/v1`;
}

export type ImageApi = 'messages' | 'prompt';

/**
 * wan2.6 and later take `input.messages` on the image-generation endpoint; wan2.5 and older
 * (`wan2.5-t2i-preview`, `wan2.2-*`, `wanx2.1-*`, `wanx2.0-*`) take `input.prompt` on the
 * text2image endpoint (§3.1). A channel can force either with `options.dashscopeImageApi`.
 */
export function imageApiOf(model: string, channel: ChannelRecord): ImageApi {
  const forced = channel.options?.dashscopeImageApi;
  if (forced === 'messages' || forced === 'prompt') return forced;
  const m = /^wanx?(\d+)(?:\.(\d+))?/.exec(model);
  if (!m) return 'messages';
  const major = Number(m[1]);
  const minor = Number(m[2] ?? 0);
  return major > 2 || (major === 2 && minor >= 6) ? 'messages' : 'prompt';
}

export function createPath(job: MediaJob, model: string, channel: ChannelRecord): string {
  if (job.kind === 'video') {
    // First-and-last-frame models have their own endpoint (§4).
    return /kf2v/.test(model) ? '/services/aigc/image2video/video-synthesis' : '/services/aigc/video-generation/video-synthesis';
  }
  return imageApiOf(model, channel) === 'messages' ? '/services/aigc/image-generation/generation' : '/services/aigc/text2image/image-synthesis';
}

/** The create body. `n` is always explicit for images: DashScope's default is 4, each billed. */
export function createBody(job: MediaJob, model: string, channel: ChannelRecord): Record<string, unknown> {
  const parameters: Record<string, unknown> = { ...job.extra };
  if (job.seed !== undefined) parameters.seed = job.seed;
  if (job.kind === 'video') {
    const input: Record<string, unknown> = { prompt: job.prompt };
    if (job.negativePrompt !== undefined) input.negative_prompt = job.negativePrompt;
    if (job.imageUrl !== undefined) input.img_url = job.imageUrl;
    // Text-to-video takes `size`; image-to-video takes `resolution` (passed through in extra) instead (§4).
    if (job.size && job.imageUrl === undefined) parameters.size = `${job.size.width}*${job.size.height}`;
    if (job.durationSeconds !== undefined) parameters.duration = job.durationSeconds;
    return { model, input, parameters };
  }
  if (job.n > MAX_IMAGES) throw new GatewayError('invalid_request', `DashScope generates at most ${MAX_IMAGES} images per request.`, { param: 'n' });
  parameters.n = job.n;
  if (job.size) parameters.size = `${job.size.width}*${job.size.height}`;
  if (imageApiOf(model, channel) === 'messages') {
    // wan2.6 moves negative_prompt into parameters (§3.2).
    if (job.negativePrompt !== undefined) parameters.negative_prompt = job.negativePrompt;
    return { model, input: { messages: [{ role: 'user', content: [{ text: job.prompt }] }] }, parameters };
  }
  const input: Record<string, unknown> = { prompt: job.prompt };
  if (job.negativePrompt !== undefined) input.negative_prompt = job.negativePrompt;
  return { model, input, parameters };
}

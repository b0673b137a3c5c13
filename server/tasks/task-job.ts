import { costOf } from '../billing/pricing.js';
import { GatewayError } from '../errors/gateway-error.js';
import { parseSize, sizeKey, type MediaJob, type MediaUsage } from '../providers/media-types.js';
import type { Pricing, TaskRecord } from '../store/types.js';

/** Video length assumed when the caller gives none (DashScope's older models are fixed at 5 s). */
export const DEFAULT_VIDEO_SECONDS = 5;

/** Parameters the gateway interprets itself; everything else goes to the upstream untouched. */
const KNOWN_PARAMETERS = new Set(['n', 'size', 'duration', 'seed', 'quality', 'style', 'negative_prompt']);

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);

/**
 * A task's input and parameters → the canonical media job. Used at creation (where a bad size
 * becomes a 400 naming the parameter) and by the runner (on records it already accepted).
 */
export function jobOf(task: Pick<TaskRecord, 'kind' | 'input' | 'parameters'>, paramPrefix = 'parameters.'): MediaJob {
  const p = task.parameters;
  const prompt = str(task.input.prompt);
  if (prompt === undefined) throw new GatewayError('invalid_request', 'A prompt is required.', { param: 'input.prompt' });
  let size;
  try {
    size = parseSize(p.size);
  } catch (err) {
    throw new GatewayError('invalid_request', (err as Error).message, { param: `${paramPrefix}size` });
  }
  const job: MediaJob = { kind: task.kind, prompt, n: task.kind === 'image' ? int(p.n) ?? 1 : 1, extra: {} };
  if (size) job.size = size;
  if (task.kind === 'video') job.durationSeconds = int(p.duration) ?? DEFAULT_VIDEO_SECONDS;
  const negative = str(task.input.negative_prompt) ?? str(p.negative_prompt);
  if (negative !== undefined) job.negativePrompt = negative;
  const image = str(task.input.image_url);
  if (image !== undefined) job.imageUrl = image;
  const seed = int(p.seed);
  if (seed !== undefined) job.seed = seed;
  const quality = str(p.quality);
  if (quality !== undefined) job.quality = quality;
  const style = str(p.style);
  if (style !== undefined) job.style = style;
  for (const [k, v] of Object.entries(p)) if (!KNOWN_PARAMETERS.has(k) && v !== undefined && v !== null) job.extra[k] = v;
  return job;
}

/** The worst case held at creation: every image asked for, or the whole requested duration. */
export function holdFor(job: MediaJob, pricing: Pricing): number {
  return job.kind === 'video'
    ? costOf({ seconds: job.durationSeconds ?? DEFAULT_VIDEO_SECONDS, source: 'estimated' }, pricing)
    : costOf({ images: job.n, source: 'estimated' }, pricing, sizeKey(job.size));
}

/** The charge for what was produced: DashScope's `image_count` / `video_duration`, not what was asked (dashscope.md §3.3, §4). */
export function costFor(job: MediaJob, usage: MediaUsage, pricing: Pricing): number {
  return job.kind === 'video'
    ? costOf({ seconds: usage.seconds ?? job.durationSeconds ?? DEFAULT_VIDEO_SECONDS, source: usage.source }, pricing)
    : costOf({ images: usage.images ?? 0, source: usage.source }, pricing, sizeKey(job.size));
}

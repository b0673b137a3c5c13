import type { UsageSource } from '../canonical/usage.js';
import type { ChannelRecord } from '../store/types.js';

/**
 * Image and video generation, the canonical side: one job shape for the OpenAI images front door
 * and the native tasks API, and one provider contract for synchronous upstreams (the simulator,
 * OpenAI-compatible image endpoints) and asynchronous ones (DashScope's task API).
 */
export type MediaKind = 'image' | 'video';

export interface MediaSize {
  width: number;
  height: number;
}

export interface MediaJob {
  kind: MediaKind;
  prompt: string;
  negativePrompt?: string;
  /** Image-to-video: the first frame (URL or data URI). */
  imageUrl?: string;
  /** Images wanted (video: 1). */
  n: number;
  /** Undefined: the upstream's default. */
  size?: MediaSize;
  /** Video length asked for, seconds. */
  durationSeconds?: number;
  seed?: number;
  quality?: string;
  style?: string;
  /** Other parameters passed to the upstream untouched (`prompt_extend`, `watermark`…). */
  extra: Record<string, unknown>;
}

export interface MediaCallContext {
  channel: ChannelRecord;
  /** Model id at the upstream. */
  upstreamModel: string;
  signal: AbortSignal;
}

/** One generated file: bytes already in hand, or a URL the gateway downloads and keeps. */
export interface MediaOutput {
  kind: MediaKind;
  data?: Buffer;
  url?: string;
  contentType?: string;
  revisedPrompt?: string;
  width?: number;
  height?: number;
  durationSeconds?: number;
  /** Set when the file only stands in for the real thing (the simulator's video); says what it is. */
  placeholder?: string;
}

/** What the upstream reports it produced; billing settles on this. Undefined means "not reported". */
export interface MediaUsage {
  images?: number;
  seconds?: number;
  source: UsageSource;
}

export interface MediaError {
  /** A task error code (task-errors.ts), e.g. `content_filtered`. */
  code: string;
  message: string;
}

export type MediaFinal =
  | { state: 'succeeded'; outputs: MediaOutput[]; usage: MediaUsage }
  | { state: 'failed'; error: MediaError }
  | { state: 'canceled' }
  /** The upstream no longer knows the job (DashScope `UNKNOWN` after its 24 h retention). */
  | { state: 'expired' };

export type MediaSubmitResult = { state: 'accepted'; upstreamTaskId: string } | MediaFinal;
export type MediaPollResult = { state: 'pending' } | { state: 'running' } | MediaFinal;

/** How often to ask an asynchronous upstream about a job: from `initialMs`, growing with its age, up to `maxMs`. */
export interface PollSchedule {
  initialMs: number;
  maxMs: number;
}

/**
 * A provider adapter for media. `submit` either finishes the job (synchronous upstreams) or
 * returns the upstream's task id, which the caller persists before it ever calls `poll`.
 * Transport and HTTP failures are thrown as GatewayError; the task driver decides on retries.
 */
export interface MediaProvider {
  /** Rejects, with a GatewayError naming the parameter, a job this upstream cannot take — before anything is created or held. */
  validate?(job: MediaJob, channel: ChannelRecord): void;
  submit(job: MediaJob, ctx: MediaCallContext): Promise<MediaSubmitResult>;
  poll?(upstreamTaskId: string, job: MediaJob, ctx: MediaCallContext): Promise<MediaPollResult>;
  /** `too_late` when the upstream has started (DashScope cancels only PENDING jobs, dashscope.md §3.4). */
  cancel?(upstreamTaskId: string, ctx: MediaCallContext): Promise<'canceled' | 'too_late'>;
  pollSchedule(channel: ChannelRecord, kind: MediaKind): PollSchedule;
  /** Polls sharing one budget (DashScope: 20 task queries per second per account), or undefined when unlimited. */
  pollBudget?(channel: ChannelRecord): { key: string; qps: number } | undefined;
}

/** `1024x1024` or DashScope's `1024*1024` → a size; undefined for `auto`/absent. Throws on anything else. */
export function parseSize(value: unknown): MediaSize | undefined {
  if (value === undefined || value === null || value === 'auto') return undefined;
  const m = typeof value === 'string' ? /^([1-9]\d{0,4})[x*]([1-9]\d{0,4})$/.exec(value) : null;
  if (!m) throw new Error(`size must look like 1024x1024, got ${JSON.stringify(value)}`);
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** The OpenAI spelling, which is also the key of a model's per-image prices. */
export function sizeKey(size: MediaSize | undefined): string {
  return size ? `${size.width}x${size.height}` : 'default';
}

/** Number option of a channel (`channel.options`), or `fallback`. */
export function numberOption(channel: ChannelRecord, name: string, fallback: number): number {
  const v = channel.options?.[name];
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback;
}

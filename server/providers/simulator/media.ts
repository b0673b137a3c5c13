import { randomBytes } from 'node:crypto';
import { GatewayError } from '../../errors/gateway-error.js';
import type { ChannelRecord } from '../../store/types.js';
import {
  numberOption, sizeKey, type MediaCallContext, type MediaJob, type MediaOutput, type MediaPollResult, type MediaProvider,
  type MediaSubmitResult, type PollSchedule,
} from '../media-types.js';
import { encodeApng, encodePng } from './png.js';
import { promptPattern } from './pattern.js';

/** The simulator renders at most this many pixels per side (CPU and memory stay small). */
const MAX_SIDE = 2048;
const DEFAULT_SIZE = { width: 1024, height: 1024 };

/** What the simulator's video really is: an animated PNG, not an MP4 (README "Images, videos and tasks"). */
export const VIDEO_PLACEHOLDER = 'simulator: a small animated PNG (APNG) stands in for the video; no real video model ran';

/**
 * Images and videos from the simulator: a real PNG drawn from the prompt's hash (promptPattern),
 * and for videos a tiny labelled APNG placeholder. Synchronous unless the channel sets
 * `taskLatencyMs`, in which case jobs behave like an asynchronous upstream: pending until that
 * much time has passed, cancellable meanwhile. The upstream id encodes when the job is ready, so
 * polling needs no state and survives a gateway restart.
 */
export class SimulatorMedia implements MediaProvider {
  validate(job: MediaJob): void {
    checkJob(job);
  }

  async submit(job: MediaJob, ctx: MediaCallContext): Promise<MediaSubmitResult> {
    const latency = numberOption(ctx.channel, 'taskLatencyMs', 0);
    checkJob(job);
    if (latency <= 0) return render(job);
    return { state: 'accepted', upstreamTaskId: `sim-${Date.now() + latency}-${randomBytes(6).toString('hex')}` };
  }

  async poll(upstreamTaskId: string, job: MediaJob): Promise<MediaPollResult> {
    return Date.now() >= readyAt(upstreamTaskId) ? render(job) : { state: 'pending' };
  }

  async cancel(upstreamTaskId: string): Promise<'canceled' | 'too_late'> {
    return Date.now() < readyAt(upstreamTaskId) ? 'canceled' : 'too_late';
  }

  pollSchedule(channel: ChannelRecord): PollSchedule {
    return { initialMs: numberOption(channel, 'pollInitialMs', 200), maxMs: numberOption(channel, 'pollMaxMs', 1000) };
  }
}

function readyAt(upstreamTaskId: string): number {
  const m = /^sim-(\d+)-/.exec(upstreamTaskId);
  if (!m) throw new GatewayError('upstream_error', `Not a simulator task id: ${upstreamTaskId}`);
  return Number(m[1]);
}

function checkJob(job: MediaJob): void {
  const size = job.size ?? DEFAULT_SIZE;
  if (size.width > MAX_SIDE || size.height > MAX_SIDE) {
    throw new GatewayError('invalid_request', `The simulator renders at most ${MAX_SIDE}x${MAX_SIDE}; got ${sizeKey(job.size)}.`, { param: 'size' });
  }
}

function render(job: MediaJob): MediaSubmitResult & MediaPollResult {
  const size = job.size ?? DEFAULT_SIZE;
  if (job.kind === 'video') {
    const seconds = job.durationSeconds ?? 5;
    // A thumbnail of the requested aspect ratio: the placeholder is about being valid, not big.
    const width = 160;
    const height = Math.max(1, Math.round((160 * size.height) / size.width));
    const frames = Array.from({ length: 8 }, (_, f) => promptPattern(`${job.prompt}|video`, width, height, f));
    const output: MediaOutput = {
      kind: 'video', data: encodeApng(width, height, frames, 4), contentType: 'image/apng', width, height,
      durationSeconds: seconds, placeholder: VIDEO_PLACEHOLDER,
    };
    return { state: 'succeeded', outputs: [output], usage: { seconds, source: 'upstream' } };
  }
  const outputs: MediaOutput[] = [];
  for (let i = 0; i < job.n; i++) {
    const rgb = promptPattern(`${job.prompt}|${sizeKey(size)}|${job.seed ?? ''}|${i}`, size.width, size.height);
    outputs.push({ kind: 'image', data: encodePng(size.width, size.height, rgb), contentType: 'image/png', width: size.width, height: size.height, revisedPrompt: job.prompt });
  }
  return { state: 'succeeded', outputs, usage: { images: outputs.length, source: 'upstream' } };
}

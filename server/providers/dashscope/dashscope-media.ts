import { GatewayError } from '../../errors/gateway-error.js';
import { readBody, type UpstreamClient } from '../../http/upstream-client.js';
import type { ChannelRecord } from '../../store/types.js';
import {
  numberOption, type MediaCallContext, type MediaJob, type MediaKind, type MediaPollResult, type MediaProvider,
  type MediaSubmitResult, type PollSchedule,
} from '../media-types.js';
import { mapUpstreamStatus } from '../upstream-errors.js';
import { createBody, createPath, nativeBase } from './endpoints.js';
import { parseCreate, parsePoll } from './parse-task.js';
import { classifyDashScopeError } from './task-errors.js';

const MAX_BODY = 4 * 1024 * 1024;
/** DashScope's default limit on task queries (dashscope.md §3.4). */
const DEFAULT_POLL_QPS = 20;

type Json = Record<string, unknown>;

/**
 * DashScope's native asynchronous image and video API (wan): create with
 * `X-DashScope-Async: enable`, then `GET /api/v1/tasks/{id}` until a terminal status. Results are
 * URLs valid for 24 h; the task layer copies them into the gateway's blob store.
 */
export class DashScopeMedia implements MediaProvider {
  constructor(private readonly http: UpstreamClient, private readonly credentialOf: (channel: ChannelRecord) => string | undefined) {}

  validate(job: MediaJob, channel: ChannelRecord): void {
    createBody(job, 'validate', channel);
  }

  async submit(job: MediaJob, ctx: MediaCallContext): Promise<MediaSubmitResult> {
    const body = createBody(job, ctx.upstreamModel, ctx.channel);
    const res = await this.#call(ctx, 'POST', `${nativeBase(ctx.channel)}${createPath(job, ctx.upstreamModel, ctx.channel)}`, body);
    if (res.status >= 400 && res.status < 500 && res.status !== 429) {
      // Refused for good (parameters, moderation, keys): the job never started, nothing is billed.
      const classified = classifyDashScopeError(str(res.body.code), str(res.body.message));
      if (!classified.retryable) return { state: 'failed', error: classified.error };
    }
    if (res.status >= 400) throw httpError(res.status, res.body, res.retryAfter);
    const parsed = parseCreate(res.body, job);
    if (parsed.state === 'retry') throw new GatewayError('upstream_error', 'DashScope did not accept the task.', { detail: parsed.message });
    return parsed;
  }

  async poll(upstreamTaskId: string, job: MediaJob, ctx: MediaCallContext): Promise<MediaPollResult> {
    const res = await this.#call(ctx, 'GET', `${nativeBase(ctx.channel)}/tasks/${encodeURIComponent(upstreamTaskId)}`);
    if (res.status >= 400) throw httpError(res.status, res.body, res.retryAfter);
    const parsed = parsePoll(res.body, job);
    if (parsed.state === 'retry') throw new GatewayError('upstream_error', 'DashScope could not report the task status.', { detail: parsed.message });
    return parsed;
  }

  /** Works only while the job is PENDING (dashscope.md §3.4); anything else is `too_late`. */
  async cancel(upstreamTaskId: string, ctx: MediaCallContext): Promise<'canceled' | 'too_late'> {
    const res = await this.#call(ctx, 'POST', `${nativeBase(ctx.channel)}/tasks/${encodeURIComponent(upstreamTaskId)}/cancel`);
    if (res.status === 429 || res.status >= 500) throw httpError(res.status, res.body, res.retryAfter);
    if (res.status >= 400) return 'too_late';
    return typeof res.body.code === 'string' && res.body.code !== '' ? 'too_late' : 'canceled';
  }

  pollSchedule(channel: ChannelRecord, kind: MediaKind): PollSchedule {
    // Alibaba suggests ~5–10 s between polls for images and ~15 s for videos (dashscope.md §3.4, §4).
    return kind === 'video'
      ? { initialMs: numberOption(channel, 'pollInitialMs', 5000), maxMs: numberOption(channel, 'pollMaxMs', 15_000) }
      : { initialMs: numberOption(channel, 'pollInitialMs', 2000), maxMs: numberOption(channel, 'pollMaxMs', 10_000) };
  }

  /** One budget per Alibaba account: channels sharing a key should share `options.pollBudgetKey`. */
  pollBudget(channel: ChannelRecord): { key: string; qps: number } {
    const key = typeof channel.options?.pollBudgetKey === 'string' ? channel.options.pollBudgetKey : channel.id;
    return { key: `dashscope:${key}`, qps: numberOption(channel, 'pollQps', DEFAULT_POLL_QPS) || DEFAULT_POLL_QPS };
  }

  async #call(ctx: MediaCallContext, method: 'GET' | 'POST', url: string, body?: Json): Promise<{ status: number; body: Json; retryAfter: string | string[] | undefined }> {
    const headers: Record<string, string> = { accept: 'application/json' };
    const credential = this.credentialOf(ctx.channel);
    if (credential) headers.authorization = `Bearer ${credential}`;
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      // Without it the service answers "current user api does not support synchronous calls" (§3.1).
      headers['x-dashscope-async'] = 'enable';
    }
    const res = await this.http.request({
      url, method, headers, signal: ctx.signal,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      timeouts: { firstByteMs: numberOption(ctx.channel, 'firstByteTimeoutMs', 30_000) },
    });
    const text = await readBody(res, MAX_BODY, ctx.signal);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      if (res.status >= 400) return { status: res.status, body: { message: text.slice(0, 500) }, retryAfter: res.headers['retry-after'] };
      throw new GatewayError('upstream_error', 'DashScope returned a body that is not JSON.', { detail: text.slice(0, 500) });
    }
    const obj = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Json) : {};
    return { status: res.status, body: obj, retryAfter: res.headers['retry-after'] };
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** An HTTP error of the native API (flat `{code, message}`) as the gateway error the driver retries on or reports. */
function httpError(status: number, body: Json, retryAfter: string | string[] | undefined): GatewayError {
  const message = `${str(body.code) ?? 'error'}: ${str(body.message) ?? 'no message'}`;
  return mapUpstreamStatus(status, JSON.stringify({ message }), retryAfter);
}

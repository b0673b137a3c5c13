import type { MediaFinal, MediaJob, MediaOutput, MediaPollResult, MediaSubmitResult, MediaUsage } from '../media-types.js';
import { classifyDashScopeError } from './task-errors.js';

/**
 * Parsing of DashScope's native task bodies (dashscope.md §3.3, §4). Every answer may be a flat
 * `{code, message, request_id}` error — on HTTP 200 too (LiteLLM treats `code` without `output`
 * as a failure, and so do we).
 */
type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** A flat error body (no `output`), or undefined. */
export function flatError(body: Json): { code: string | undefined; message: string | undefined } | undefined {
  if (body.output !== undefined) return undefined;
  if (str(body.code) === undefined && str(body.message) === undefined) return undefined;
  return { code: str(body.code), message: str(body.message) };
}

export type CreateParse = MediaSubmitResult | { state: 'retry'; message: string };

/** The answer to a create call with HTTP 200. */
export function parseCreate(body: Json, job: MediaJob): CreateParse {
  const flat = flatError(body);
  if (flat) {
    const c = classifyDashScopeError(flat.code, flat.message);
    return c.retryable ? { state: 'retry', message: c.error.message } : { state: 'failed', error: c.error };
  }
  const output = isObj(body.output) ? body.output : {};
  const taskId = str(output.task_id);
  const status = str(output.task_status);
  if (taskId && (status === undefined || status === 'PENDING' || status === 'RUNNING')) return { state: 'accepted', upstreamTaskId: taskId };
  // A create can in principle answer a finished task (the synchronous wan2.6 shape).
  const final = parseFinal(body, job);
  if (final) return final;
  return { state: 'retry', message: `DashScope answered a create without a task id: ${JSON.stringify(body).slice(0, 300)}` };
}

export type PollParse = MediaPollResult | { state: 'retry'; message: string };

/** The answer to `GET /api/v1/tasks/{id}` with HTTP 200. */
export function parsePoll(body: Json, job: MediaJob): PollParse {
  const flat = flatError(body);
  // A failed *query* says nothing about the job, which may still run and be billed: poll again.
  if (flat) return { state: 'retry', message: `${flat.code ?? 'error'}: ${flat.message ?? ''}` };
  const output = isObj(body.output) ? body.output : {};
  switch (str(output.task_status)) {
    case 'PENDING':
      return { state: 'pending' };
    case 'RUNNING':
    case 'SUSPENDED':
      return { state: 'running' };
    case 'CANCELED':
      return { state: 'canceled' };
    // Expired (past the 24 h retention) or never known: dashscope.md §3.3.
    case 'UNKNOWN':
      return { state: 'expired' };
    default: {
      const final = parseFinal(body, job);
      return final ?? { state: 'retry', message: `DashScope answered an unexpected task status: ${JSON.stringify(output).slice(0, 300)}` };
    }
  }
}

function parseFinal(body: Json, job: MediaJob): MediaFinal | undefined {
  const output = isObj(body.output) ? body.output : {};
  const status = str(output.task_status);
  if (status === 'FAILED') {
    // The job ran and failed: moderation and bad parameters keep their codes, the rest is a failed generation.
    const { error } = classifyDashScopeError(str(output.code), str(output.message));
    return { state: 'failed', error: error.code === 'content_filtered' || error.code === 'invalid_request' ? error : { code: 'generation_failed', message: error.message } };
  }
  if (status !== 'SUCCEEDED' && !Array.isArray(output.choices)) return undefined;
  const usage = isObj(body.usage) ? body.usage : {};
  const outputs = job.kind === 'video' ? videoOutputs(output, job) : imageOutputs(output);
  if (outputs.length === 0) {
    return { state: 'failed', error: { code: 'generation_failed', message: firstResultError(output) ?? 'DashScope reported success but returned no file.' } };
  }
  const u: MediaUsage = { source: 'upstream' };
  if (job.kind === 'video') {
    // wan2.5/2.6 report video_duration; the wan2.7 protocol reports output_video_duration or duration (§4).
    const seconds = num(usage.video_duration) ?? num(usage.output_video_duration) ?? num(usage.duration);
    if (seconds !== undefined) u.seconds = seconds;
    else {
      u.seconds = job.durationSeconds ?? 5;
      u.source = 'estimated';
    }
  } else {
    // Bill image_count, not n: only generated images are billed (§3.3).
    const count = num(usage.image_count);
    u.images = count ?? outputs.length;
    if (count === undefined) u.source = 'estimated';
  }
  return { state: 'succeeded', outputs, usage: u };
}

/** wan2.6: `output.choices[].message.content[].image`; wan2.5 and older: `output.results[].url`. */
function imageOutputs(output: Json): MediaOutput[] {
  const out: MediaOutput[] = [];
  if (Array.isArray(output.choices)) {
    for (const choice of output.choices) {
      const content = isObj(choice) && isObj(choice.message) && Array.isArray(choice.message.content) ? choice.message.content : [];
      for (const item of content) {
        const url = isObj(item) ? str(item.image) : undefined;
        if (url) out.push({ kind: 'image', url });
      }
    }
  }
  if (Array.isArray(output.results)) {
    for (const r of output.results) {
      // Results of a partly failed batch carry `code`/`message` instead of `url`.
      const url = isObj(r) ? str(r.url) : undefined;
      if (!url || !isObj(r)) continue;
      const item: MediaOutput = { kind: 'image', url };
      const revised = str(r.actual_prompt);
      if (revised) item.revisedPrompt = revised;
      out.push(item);
    }
  }
  return out;
}

function videoOutputs(output: Json, job: MediaJob): MediaOutput[] {
  const url = str(output.video_url);
  if (!url) return [];
  const item: MediaOutput = { kind: 'video', url, contentType: 'video/mp4' };
  const revised = str(output.actual_prompt);
  if (revised) item.revisedPrompt = revised;
  if (job.size) {
    item.width = job.size.width;
    item.height = job.size.height;
  }
  return [item];
}

function firstResultError(output: Json): string | undefined {
  if (!Array.isArray(output.results)) return undefined;
  for (const r of output.results) if (isObj(r) && str(r.code)) return `${str(r.code)}: ${str(r.message) ?? ''}`;
  return undefined;
}

import { request as httpRequest } from 'node:http';
import { expect } from 'vitest';
import { ERRORS, type ErrorCode } from '../../server/errors/registry.js';

/**
 * Raw HTTP in each caller protocol's own wire format, for the fault matrix: what the caller
 * receives byte for byte (status, error body, SSE frames), without an SDK smoothing it over.
 */
export type CallerProtocol = 'openai' | 'anthropic' | 'gemini';
export const CALLER_PROTOCOLS: readonly CallerProtocol[] = ['openai', 'anthropic', 'gemini'];

export interface Frame {
  event?: string;
  data: unknown;
}

export interface CallResult {
  status: number;
  requestId: string;
  retryAfter: string | null;
  /** The parsed JSON body (non-streamed answers, and errors before a stream started). */
  json: unknown;
  /** SSE frames of a streamed answer. */
  frames: Frame[];
}

export interface ChatCall {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A one-message chat request for `model` in `protocol`'s wire format; `prompt` tags it. */
export function chatCall(protocol: CallerProtocol, baseUrl: string, key: string, model: string, stream: boolean, prompt: string): ChatCall {
  const json = { 'content-type': 'application/json' };
  switch (protocol) {
    case 'openai':
      return {
        url: `${baseUrl}/v1/chat/completions`,
        headers: { ...json, authorization: `Bearer ${key}` },
        body: JSON.stringify({ model, messages: [{ role: 'user', content: prompt }], max_tokens: 100, stream, ...(stream ? { stream_options: { include_usage: true } } : {}) }),
      };
    case 'anthropic':
      return {
        url: `${baseUrl}/v1/messages`,
        headers: { ...json, 'x-api-key': key, 'anthropic-version': '2023-06-01' },
        body: JSON.stringify({ model, max_tokens: 100, messages: [{ role: 'user', content: prompt }], stream }),
      };
    case 'gemini':
      return {
        url: `${baseUrl}/v1beta/models/${model}:${stream ? 'streamGenerateContent?alt=sse' : 'generateContent'}`,
        headers: { ...json, 'x-goog-api-key': key },
        body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: prompt }] }], generationConfig: { maxOutputTokens: 100 } }),
      };
  }
}

/** Sends a call and reads the whole answer. */
export async function send(c: ChatCall): Promise<CallResult> {
  const res = await fetch(c.url, { method: 'POST', headers: c.headers, body: c.body });
  const text = await res.text();
  const streamed = (res.headers.get('content-type') ?? '').startsWith('text/event-stream');
  return {
    status: res.status,
    requestId: res.headers.get('x-request-id') ?? '',
    retryAfter: res.headers.get('retry-after'),
    json: streamed ? undefined : parseJson(text),
    frames: streamed ? parseSse(text) : [],
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function parseSse(text: string): Frame[] {
  const frames: Frame[] = [];
  for (const block of text.split('\n\n')) {
    let event: string | undefined;
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
    }
    if (data.length === 0) continue;
    frames.push({ ...(event !== undefined ? { event } : {}), data: parseJson(data.join('\n')) });
  }
  return frames;
}

/** The body of a mid-stream error frame, in the protocol's own mid-stream form, if any. */
export function streamError(protocol: CallerProtocol, frames: readonly Frame[]): unknown {
  for (const f of frames) {
    const d = f.data as Record<string, unknown> | string;
    if (typeof d !== 'object' || d === null) continue;
    if (protocol === 'anthropic' ? f.event === 'error' : 'error' in d) return d;
  }
  return undefined;
}

/** Text the caller received in a stream. */
export function streamText(protocol: CallerProtocol, frames: readonly Frame[]): string {
  let text = '';
  for (const f of frames) {
    const d = f.data as Record<string, any>;
    if (typeof d !== 'object' || d === null) continue;
    if (protocol === 'openai') text += d.choices?.[0]?.delta?.content ?? '';
    else if (protocol === 'anthropic') text += f.event === 'content_block_delta' ? (d.delta?.text ?? '') : '';
    else for (const p of d.candidates?.[0]?.content?.parts ?? []) text += p.text ?? '';
  }
  return text;
}

/** Whether `frame` is the last one of a complete stream. */
export function isTerminal(protocol: CallerProtocol, frame: Frame): boolean {
  if (protocol === 'openai') return frame.data === '[DONE]';
  if (protocol === 'anthropic') return frame.event === 'message_stop';
  return typeof frame.data === 'object' && frame.data !== null && 'usageMetadata' in frame.data;
}

/** Asserts `body` is gateway error `code` rendered in `protocol`'s shape (design.md "Errors"), with no internals. */
export function expectErrorShape(protocol: CallerProtocol, body: unknown, code: ErrorCode): void {
  const spec = ERRORS[code];
  if (protocol === 'openai') {
    expect(body).toMatchObject({ error: { type: spec.openaiType, code: code === 'upstream_rate_limited' ? 'rate_limit_exceeded' : code, message: expect.any(String) } });
    expect((body as { error: object }).error).toHaveProperty('param');
  } else if (protocol === 'anthropic') {
    expect(body).toMatchObject({ type: 'error', error: { type: spec.anthropicType, message: expect.any(String) } });
  } else {
    expect(body).toMatchObject({ error: { code: spec.status, status: spec.geminiStatus, message: expect.any(String) } });
  }
  // Never a stack trace, an upstream URL or a file path.
  expect(JSON.stringify(body)).not.toMatch(/\n\s+at |127\.0\.0\.1|\/server\//);
}

/**
 * Sends a call over a raw socket so a test can hang up at an exact point: `hangUp(frames)` is
 * asked when the response head arrives (no frames yet) and after every SSE frame, and the
 * connection is destroyed when it returns true; `hangUpAfterMs` hangs up that long after sending
 * if no response head came by then. Resolves with the request id (when a head came) and the frames.
 */
export function streamUntil(c: ChatCall, hangUp: (frames: readonly Frame[]) => boolean, hangUpAfterMs?: number): Promise<{ requestId: string; frames: Frame[]; status: number }> {
  return new Promise((resolve, reject) => {
    const url = new URL(c.url);
    const frames: Frame[] = [];
    let requestId = '';
    let status = 0;
    let buffer = '';
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      resolve({ requestId, frames, status });
    };
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname + url.search, method: 'POST', headers: { ...c.headers, 'content-length': Buffer.byteLength(c.body) } }, (res) => {
      status = res.statusCode ?? 0;
      requestId = String(res.headers['x-request-id'] ?? '');
      if (hangUp(frames)) {
        req.destroy();
        return finish();
      }
      res.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        let at: number;
        while ((at = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, at + 2);
          buffer = buffer.slice(at + 2);
          frames.push(...parseSse(block));
          if (hangUp(frames)) {
            req.destroy();
            return finish();
          }
        }
      });
      res.on('end', finish);
      res.on('error', finish);
    });
    req.on('error', (err) => (finished ? undefined : requestId === '' && hangUpAfterMs === undefined ? reject(err) : finish()));
    req.on('close', finish);
    if (hangUpAfterMs !== undefined) {
      setTimeout(() => {
        if (status === 0) {
          req.destroy();
          finish();
        }
      }, hangUpAfterMs);
    }
    req.end(c.body);
  });
}

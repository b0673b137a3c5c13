import { startJsonServer, type RecordedRequest } from './json-server.js';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A local server that speaks Google's Gemini API wire format, for provider tests. Behaviour is
 * chosen by the model in the URL (`/v1beta/models/<model>:generateContent` or
 * `:streamGenerateContent?alt=sse`):
 *   fake-ok          a text reply; streams in three chunks, usageMetadata on every chunk
 *   fake-tools       two function calls without ids, a thought signature on the first
 *   fake-thinking    thought parts, then the answer carrying the signature
 *   fake-no-usage    a text reply without usageMetadata
 *   fake-malformed   200 with a body that is not JSON (a stream chunk that is not JSON)
 *   fake-blocked     no candidates, promptFeedback.blockReason SAFETY
 *   fake-500 / fake-503 / fake-429 / fake-400   that status with Google's error body
 *   fake-badkey      400 INVALID_ARGUMENT with reason API_KEY_INVALID
 *   fake-cut         streams one chunk, then closes the connection without a finish reason
 *   fake-hang        accepts and never answers
 * Chunks are separated by `\r\n\r\n`, as Google's own server does (protocols.md §4.4).
 */
export interface FakeGeminiUpstream {
  /** Base URL for a `gemini` channel (includes `/v1beta`). */
  baseUrl: string;
  requests: Array<{ url: string; headers: IncomingMessage['headers']; body: Record<string, unknown> }>;
  close(): Promise<void>;
}

export const FAKE_GEMINI_REPLY = 'Hello from the fake Gemini upstream!';
export const FAKE_GEMINI_USAGE = { promptTokenCount: 11, candidatesTokenCount: 7, thoughtsTokenCount: 2, cachedContentTokenCount: 3, totalTokenCount: 20 };
export const FAKE_SIGNATURE = 'c2lnbmF0dXJlLWZyb20tZ2VtaW5p';

export async function startFakeGeminiUpstream(): Promise<FakeGeminiUpstream> {
  const server = await startJsonServer((req, res, body) => handle(req, res));
  return { baseUrl: `${server.origin}/v1beta`, requests: server.requests, close: server.close };
}

const STATUS_NAMES: Record<number, string> = { 400: 'INVALID_ARGUMENT', 429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 503: 'UNAVAILABLE' };

function handle(req: IncomingMessage, res: ServerResponse): void {
  const m = /^\/v1beta\/models\/([^/:]+):(generateContent|streamGenerateContent)(\?alt=sse)?$/.exec(req.url ?? '');
  if (!m) return send(res, 404, { error: { code: 404, message: `not found: ${req.url}`, status: 'NOT_FOUND' } });
  const model = m[1]!;
  const stream = m[2] === 'streamGenerateContent';
  if (stream && !m[3]) return send(res, 400, { error: { code: 400, message: 'this fake only streams with alt=sse', status: 'INVALID_ARGUMENT' } });
  const status = /^fake-(\d{3})$/.exec(model);
  if (status) {
    const code = Number(status[1]);
    if (code === 429) res.setHeader('retry-after', '9');
    return send(res, code, { error: { code, message: `gemini upstream says ${code}`, status: STATUS_NAMES[code] ?? 'UNKNOWN' } });
  }
  if (model === 'fake-badkey') {
    return send(res, 400, { error: { code: 400, message: 'API key not valid. Please pass a valid API key.', status: 'INVALID_ARGUMENT', details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com' }] } });
  }
  if (model === 'fake-hang') return;
  const base = { modelVersion: `${model}-001`, responseId: 'resp-fake-1' };
  if (!stream) {
    if (model === 'fake-malformed') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end('{"candidates": [ not json');
    }
    if (model === 'fake-blocked') return send(res, 200, { ...base, promptFeedback: { blockReason: 'SAFETY' }, usageMetadata: { promptTokenCount: 4, totalTokenCount: 4 } });
    const parts = model === 'fake-tools' ? toolParts() : model === 'fake-thinking' ? thinkingParts() : [{ text: FAKE_GEMINI_REPLY }];
    return send(res, 200, {
      candidates: [{ content: { role: 'model', parts }, finishReason: 'STOP', index: 0 }],
      ...(model === 'fake-no-usage' ? {} : { usageMetadata: FAKE_GEMINI_USAGE }),
      ...base,
    });
  }
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const write = (chunk: unknown): void => void res.write(`data: ${typeof chunk === 'string' ? chunk : JSON.stringify(chunk)}\r\n\r\n`);
  const piece = (parts: unknown[], last: boolean, usage: Record<string, number> | undefined): Record<string, unknown> => ({
    candidates: [{ content: { role: 'model', parts }, ...(last ? { finishReason: 'STOP' } : {}), index: 0 }],
    ...(usage ? { usageMetadata: usage } : {}),
    ...base,
  });
  if (model === 'fake-malformed') {
    write(piece([{ text: 'Hello ' }], false, undefined));
    write('{not json');
    return void res.end();
  }
  if (model === 'fake-cut') {
    write(piece([{ text: 'Hello ' }], false, { promptTokenCount: 11, totalTokenCount: 11 }));
    setTimeout(() => res.socket?.destroy(), 20);
    return;
  }
  const usage = model === 'fake-no-usage' ? undefined : FAKE_GEMINI_USAGE;
  let chunks: Record<string, unknown>[];
  if (model === 'fake-tools') chunks = toolParts().map((p, i, all) => piece([p], i === all.length - 1, i === all.length - 1 ? usage : undefined));
  else if (model === 'fake-thinking') chunks = thinkingParts().map((p, i, all) => piece([p], i === all.length - 1, usage));
  else {
    const texts = ['Hello ', 'from the fake ', 'Gemini upstream!'];
    chunks = texts.map((t, i) => piece([{ text: t }], i === texts.length - 1, usage ? { ...usage, candidatesTokenCount: i + 1, totalTokenCount: 11 + i + 1 } : undefined));
    if (usage) chunks[chunks.length - 1]!.usageMetadata = usage;
  }
  for (const c of chunks) write(c);
  res.end();
}

function toolParts(): unknown[] {
  return [
    { functionCall: { name: 'get_weather', args: { city: 'Paris' } }, thoughtSignature: FAKE_SIGNATURE },
    { functionCall: { name: 'get_weather', args: { city: 'Tokyo' } } },
  ];
}

function thinkingParts(): unknown[] {
  return [
    { text: 'Thinking about ', thought: true },
    { text: 'the question.', thought: true },
    { text: FAKE_GEMINI_REPLY, thoughtSignature: FAKE_SIGNATURE },
  ];
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify(body));
}

/** A catalog whose models map onto the fake Gemini upstream's behaviours. */
export function fakeGeminiCatalog(baseUrl: string): unknown {
  const names = ['ok', 'tools', 'thinking', 'no-usage', 'malformed', 'blocked', '500', '503', '429', '400', 'badkey', 'cut', 'hang'];
  return {
    channels: [{ id: 'fake-gemini', provider: 'gemini', base_url: baseUrl, credential_env: 'FAKE_GEMINI_KEY', options: { firstByteTimeoutMs: 1500, idleTimeoutMs: 1500 } }],
    models: names.map((n) => ({
      id: `gm-${n}`, supported_protocols: ['gemini:generate-content', 'openai:chat-completions', 'anthropic:messages', 'openai:responses'], max_output_tokens: 1000,
      capabilities: { tools: true, thinking: true },
      pricing: { input_per_million: 1_000_000, cached_input_per_million: 100_000, output_per_million: 2_000_000, reasoning_per_million: 4_000_000 },
      channels: [{ channel: 'fake-gemini', upstream_model: `models/fake-${n}` }],
    })),
  };
}

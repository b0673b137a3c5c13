import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { freePort } from '../setup/ferretdb.js';

/**
 * An OpenAI-compatible upstream whose behaviour the test scripts per request, for routing tests
 * (one instance per channel). Chat Completions (JSON or SSE) and embeddings.
 */
export type Behaviour =
  | { kind: 'ok'; delayMs?: number }
  /** That status with an OpenAI error body (`error.code` when given), and `retry-after` when given. */
  | { kind: 'status'; status: number; retryAfter?: string; code?: string }
  /** Accepts the request and never answers (first-byte timeout). */
  | { kind: 'hang' }
  /** Sends 200 and SSE headers, then nothing (idle timeout before the first event). */
  | { kind: 'stall' }
  /** Streams the first two chunks, then drops the connection (cut mid-stream). */
  | { kind: 'cut' }
  /** Drops the connection without answering. */
  | { kind: 'reset' };

export interface ScriptedUpstream {
  name: string;
  baseUrl: string;
  /** Bodies of every request received, in order. */
  requests: Array<Record<string, unknown>>;
  /** Headers of every request received, in order. */
  headers: IncomingHttpHeaders[];
  /** Behaviours for the next requests, in order; then `fallback`. */
  script(...next: Behaviour[]): void;
  /** The behaviour once the script is used up (default ok). */
  setDefault(b: Behaviour): void;
  close(): Promise<void>;
}

/** Usage every ok reply reports. */
export const SCRIPTED_USAGE = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 };

export const replyOf = (name: string): string => `reply from ${name}`;

export async function startScriptedUpstream(name: string): Promise<ScriptedUpstream> {
  const requests: Array<Record<string, unknown>> = [];
  const headers: IncomingHttpHeaders[] = [];
  const queue: Behaviour[] = [];
  let fallback: Behaviour = { kind: 'ok' };
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        // leave empty
      }
      requests.push(body);
      headers.push(req.headers);
      void serve(name, req, res, body, queue.shift() ?? fallback);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    name,
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    headers,
    script: (...next) => void queue.push(...next),
    setDefault: (b) => void (fallback = b),
    close: () => new Promise<void>((r) => {
      for (const s of sockets) s.destroy();
      server.close(() => r());
    }),
  };
}

/** A base URL where nothing listens: connections are refused. */
export async function refusingBaseUrl(): Promise<string> {
  return `http://127.0.0.1:${await freePort()}/v1`;
}

async function serve(name: string, req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>, b: Behaviour): Promise<void> {
  const stream = body.stream === true;
  switch (b.kind) {
    case 'hang':
      return;
    case 'reset':
      res.socket?.destroy();
      return;
    case 'status':
      if (b.retryAfter !== undefined) res.setHeader('retry-after', b.retryAfter);
      res.writeHead(b.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `${name} says ${b.status}`, type: 'server_error', param: null, code: b.code ?? null } }));
      return;
    case 'stall':
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.flushHeaders();
      return;
    default:
      break;
  }
  if (b.kind === 'ok' && b.delayMs) await new Promise((r) => setTimeout(r, b.delayMs));
  if (req.url === '/v1/embeddings') {
    const input = Array.isArray(body.input) ? body.input : [body.input];
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ object: 'list', model: body.model, data: input.map((_, i) => ({ object: 'embedding', index: i, embedding: [i + 1, 0.5, -0.25] })), usage: { prompt_tokens: 9, total_tokens: 9 } }));
    return;
  }
  const text = replyOf(name);
  const base = { id: `chatcmpl-${name}`, created: 1_700_000_000, model: body.model };
  if (!stream) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ...base, object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }], usage: SCRIPTED_USAGE }));
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const chunk = (delta: Record<string, unknown>, finish: string | null = null): string =>
    `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  res.write(chunk({ role: 'assistant', content: '' }));
  res.write(chunk({ content: 'reply ' }));
  if (b.kind === 'cut') {
    setTimeout(() => res.socket?.destroy(), 20);
    return;
  }
  res.write(chunk({ content: text.slice('reply '.length) }));
  res.write(chunk({}, 'stop'));
  res.write(`data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [], usage: SCRIPTED_USAGE })}\n\n`);
  res.end('data: [DONE]\n\n');
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * An OpenAI-compatible upstream that misbehaves on demand, for the fault matrix (test/faults/).
 * The behaviour is the upstream model name the gateway sends:
 *   ok                 a normal reply with usage (JSON, or SSE of 10 text chunks)
 *   no-usage           a normal reply that never reports usage
 *   status-NNN         that status with an OpenAI error body (429 adds `retry-after: 1`)
 *   hang               accepts the request and never answers
 *   malformed          200 whose JSON body (or first SSE frame) is not JSON
 *   malformed-mid      SSE only: three good text chunks, then a frame that is not JSON
 *   cut-N              the normal reply, but the connection is destroyed after N body bytes
 *   slow               SSE of 200 text chunks 20 ms apart (JSON after 4 s), for client disconnects
 *   slow-short         SSE of 50 text chunks 20 ms apart (JSON after 1 s), for draining on shutdown
 *   slow-first         the normal reply after 2 s of silence (nothing sent before)
 * Every request's body is recorded, and whether the gateway hung up before the reply ended.
 */
export interface FaultUpstream {
  baseUrl: string;
  /** One entry per request received: its body, and `abandoned` once the gateway closed it early. */
  requests: Array<{ body: Record<string, unknown>; authorization: string | undefined; abandoned: boolean; done: boolean }>;
  /** How many requests whose body contains `tag` (tests put a unique tag in each prompt). */
  seen(tag: string): number;
  /** The last request whose body contains `tag`. */
  find(tag: string): FaultUpstream['requests'][number] | undefined;
  close(): Promise<void>;
}

export const FAULT_USAGE = { prompt_tokens: 12, completion_tokens: 10, total_tokens: 22 };
const PRICES = { input_per_million: 1_000_000, output_per_million: 2_000_000 };
/** What FAULT_USAGE (12 in, 10 out) costs at the catalog's prices, micro-credits. */
export const FAULT_COST = 12 * 1 + 10 * 2;
const TEXT_CHUNKS = Array.from({ length: 10 }, (_, i) => `word${i} `);

export async function startFaultUpstream(): Promise<FaultUpstream> {
  const requests: FaultUpstream['requests'] = [];
  const raws: string[] = [];
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
      const entry = { body, authorization: req.headers.authorization, abandoned: false, done: false };
      requests.push(entry);
      raws.push(raw);
      res.on('close', () => {
        if (!res.writableFinished) entry.abandoned = true;
      });
      res.on('finish', () => (entry.done = true));
      serve(req, res, body);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    seen: (tag) => raws.filter((r) => r.includes(tag)).length,
    find: (tag) => requests[raws.findLastIndex((r) => r.includes(tag))],
    close: () => new Promise<void>((r) => {
      for (const s of sockets) s.destroy();
      server.close(() => r());
    }),
  };
}

function serve(req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>): void {
  const model = String(body.model ?? '');
  const stream = body.stream === true;
  const status = /^status-(\d{3})$/.exec(model);
  if (status) {
    const code = Number(status[1]);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (code === 429) headers['retry-after'] = '1';
    res.writeHead(code, headers);
    res.end(JSON.stringify({ error: { message: `upstream says ${code}`, type: 'server_error', param: null, code: null } }));
    return;
  }
  if (model === 'hang') return;
  if (model === 'slow-first') {
    setTimeout(() => !res.destroyed && reply(res, 'ok', stream), 2000);
    return;
  }
  reply(res, model, stream);
}

function reply(res: ServerResponse, model: string, stream: boolean): void {
  const cut = /^cut-(\d+)$/.exec(model);
  const cutAt = cut ? Number(cut[1]) : undefined;
  const withUsage = model !== 'no-usage';
  const base = { id: 'chatcmpl-fault', created: 1_700_000_000, model };
  if (!stream) {
    if (model === 'malformed') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id": "chatcmpl-fault", "choices": [ not json');
      return;
    }
    const text = JSON.stringify({
      ...base, object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content: TEXT_CHUNKS.join('') }, finish_reason: 'stop' }],
      ...(withUsage ? { usage: FAULT_USAGE } : {}),
    });
    const send = (): void => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      if (cutAt !== undefined) return writeThenCut(res, text, cutAt);
      res.end(text);
    };
    if (model === 'slow' || model === 'slow-short') setTimeout(() => !res.destroyed && send(), model === 'slow' ? 4000 : 1000);
    else send();
    return;
  }
  const frame = (delta: Record<string, unknown>, finish: string | null = null): string =>
    `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  if (model === 'malformed') {
    res.end('data: {"id": "chatcmpl-fault", not json\n\n');
    return;
  }
  const chunks = model === 'slow' || model === 'slow-short' ? Array.from({ length: model === 'slow' ? 200 : 50 }, (_, i) => `w${i} `) : TEXT_CHUNKS;
  const frames = [frame({ role: 'assistant', content: '' }), ...chunks.map((c) => frame({ content: c }))];
  if (model === 'malformed-mid') {
    res.write(frames.slice(0, 4).join(''));
    setTimeout(() => res.end('data: {"choices": [ not json\n\n'), 20);
    return;
  }
  frames.push(frame({}, 'stop'));
  if (withUsage) frames.push(`data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [], usage: FAULT_USAGE })}\n\n`);
  frames.push('data: [DONE]\n\n');
  if (cutAt !== undefined) return writeThenCut(res, frames.join(''), cutAt);
  const gap = model === 'slow' || model === 'slow-short' ? 20 : 0;
  let i = 0;
  const next = (): void => {
    if (res.destroyed) return;
    if (i < frames.length - 1) {
      res.write(frames[i++]);
      if (gap > 0) setTimeout(next, gap);
      else next();
    } else res.end(frames[i]);
  };
  next();
}

/** Sends the first `n` bytes of `text`, then drops the connection (no clean end). */
function writeThenCut(res: ServerResponse, text: string, n: number): void {
  const bytes = Buffer.from(text, 'utf8');
  res.write(bytes.subarray(0, Math.min(n, bytes.length - 1)));
  setTimeout(() => res.socket?.destroy(), 20);
}

/**
 * Models `f-<behaviour>` on this upstream, callable through all three chat protocols, and
 * `f-refused` on a channel where nothing listens. Channel `up` has short upstream timeouts (the
 * hang cases take under a second); `slow*` and `ok-patient` go through `patient`, whose
 * timeouts outlast them, for tests where the client (or the gateway process) is the one who leaves.
 */
export function faultUpstreamCatalog(upstreamUrl: string, refusedUrl: string): unknown {
  const quick = ['ok', 'no-usage', 'hang', 'malformed', 'malformed-mid', 'cut-60', 'cut-700', 'status-500', 'status-502', 'status-503', 'status-429'];
  const protocols = ['openai:chat-completions', 'anthropic:messages', 'gemini:generate-content'];
  const model = (id: string, channel: string, upstream: string) => ({ id, supported_protocols: protocols, max_output_tokens: 100, pricing: PRICES, channels: [{ channel, upstream_model: upstream }] });
  const short = { firstByteTimeoutMs: 300, idleTimeoutMs: 300 };
  return {
    channels: [
      { id: 'up', provider: 'openai-compatible', base_url: upstreamUrl, options: short },
      { id: 'patient', provider: 'openai-compatible', base_url: upstreamUrl, options: { firstByteTimeoutMs: 10_000, idleTimeoutMs: 10_000 } },
      { id: 'refused', provider: 'openai-compatible', base_url: refusedUrl, options: short },
    ],
    models: [
      ...quick.map((b) => model(`f-${b}`, 'up', b)),
      model('f-slow', 'patient', 'slow'), model('f-slow-short', 'patient', 'slow-short'), model('f-slow-first', 'patient', 'slow-first'),
      model('f-ok-patient', 'patient', 'ok'),
      model('f-refused', 'refused', 'ok'),
    ],
  };
}

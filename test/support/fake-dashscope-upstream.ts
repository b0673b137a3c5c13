import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { encodePng } from '../../server/providers/simulator/png.js';
import { promptPattern } from '../../server/providers/simulator/pattern.js';

/**
 * A local fake of DashScope's native asynchronous media API (dashscope.md §3–§4): create with
 * `X-DashScope-Async: enable`, poll `GET /api/v1/tasks/{id}`, cancel while PENDING, results as
 * URLs on this server (like OSS links). Behaviour is chosen by `[directives]` in the prompt:
 *
 *   [delay=MS]     time until the job ends (default 300); PENDING for the first half, then RUNNING
 *   [pending=MS]   time spent PENDING (cancelable)
 *   [fail]         ends FAILED (output.code InternalError.Algo)
 *   [moderated]    ends FAILED with DataInspectionFailed
 *   [flat]         the create answers HTTP 200 with a flat error body {code, message}
 *   [reject]       the create answers HTTP 400 InvalidParameter
 *   [pollflat=K]   the first K polls answer a flat Throttling error on HTTP 200
 *   [poll500=K]    the first K polls answer HTTP 500
 *   [unknown]      polls answer UNKNOWN (expired / unknown id)
 *   [count=K]      usage.image_count reported (default: images made)
 *   [slowpoll=MS]  each poll answer is delayed (to catch overlapping polls)
 */
export interface FakeDashScope {
  /** Host root; a channel may use it as is, with `/api/v1`, or with `/compatible-mode/v1`. */
  baseUrl: string;
  readonly apiKey: string;
  creates: Array<{ path: string; headers: IncomingMessage['headers']; body: Record<string, unknown>; taskId?: string }>;
  polls: Array<{ taskId: string; start: number; end: number }>;
  cancels: string[];
  downloads: string[];
  /** Times two polls of the same task were in flight at once. */
  overlaps(): number;
  close(): Promise<void>;
}

interface FakeTask {
  id: string;
  kind: 'wan26' | 'legacy' | 'video';
  prompt: string;
  n: number;
  createdAt: number;
  pendingMs: number;
  delayMs: number;
  canceled: boolean;
  polls: number;
  inFlight: number;
  duration: number;
}

const directive = (prompt: string, name: string): string | undefined => {
  const m = new RegExp(`\\[${name}(?:=([0-9]+))?\\]`).exec(prompt);
  return m ? (m[1] ?? '') : undefined;
};

export async function startFakeDashScope(options: { apiKey?: string } = {}): Promise<FakeDashScope> {
  const apiKey = options.apiKey ?? 'sk-fake-dashscope';
  const tasks = new Map<string, FakeTask>();
  const fake: Omit<FakeDashScope, 'baseUrl' | 'close' | 'overlaps'> = { apiKey, creates: [], polls: [], cancels: [], downloads: [] };
  let overlaps = 0;
  const sockets = new Set<Socket>();
  let base = '';

  const send = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': randomBytes(8).toString('hex') });
    res.end(JSON.stringify(body));
  };
  const flat = (code: string, message: string) => ({ code, message, request_id: randomBytes(8).toString('hex') });

  const stateOf = (t: FakeTask, now = Date.now()): 'PENDING' | 'RUNNING' | 'DONE' | 'CANCELED' => {
    if (t.canceled) return 'CANCELED';
    const age = now - t.createdAt;
    if (age < t.pendingMs) return 'PENDING';
    return age < t.delayMs ? 'RUNNING' : 'DONE';
  };

  const taskBody = (t: FakeTask): Record<string, unknown> => {
    const state = stateOf(t);
    const times = { submit_time: '2026-11-28 08:00:00.000', scheduled_time: '2026-11-28 08:00:00.100' };
    if (directive(t.prompt, 'unknown') !== undefined) return { request_id: 'r', output: { task_id: t.id, task_status: 'UNKNOWN' } };
    if (state === 'PENDING' || state === 'RUNNING' || state === 'CANCELED') {
      return { request_id: 'r', output: { task_id: t.id, task_status: state === 'CANCELED' ? 'CANCELED' : state, ...times } };
    }
    const done = { ...times, end_time: '2026-11-28 08:00:05.000' };
    if (directive(t.prompt, 'fail') !== undefined) {
      return { request_id: 'r', output: { task_id: t.id, task_status: 'FAILED', code: 'InternalError.Algo', message: 'Algorithm process error.', ...done } };
    }
    if (directive(t.prompt, 'moderated') !== undefined) {
      return { request_id: 'r', output: { task_id: t.id, task_status: 'FAILED', code: 'DataInspectionFailed', message: 'Output data may contain inappropriate content.', ...done } };
    }
    const count = directive(t.prompt, 'count');
    if (t.kind === 'video') {
      return {
        request_id: 'r',
        output: { task_id: t.id, task_status: 'SUCCEEDED', video_url: `${base}/oss/${t.id}/video.mp4?Expires=1&Signature=x`, orig_prompt: t.prompt, actual_prompt: `${t.prompt} (extended)`, ...done },
        usage: { video_duration: t.duration, video_count: 1, SR: 480 },
      };
    }
    const urls = Array.from({ length: t.n }, (_, i) => `${base}/oss/${t.id}/${i}.png?Expires=1&Signature=x`);
    const imageCount = count ? Number(count) : t.n;
    if (t.kind === 'wan26') {
      return {
        request_id: 'r',
        output: {
          task_id: t.id, task_status: 'SUCCEEDED', finished: true, ...done,
          choices: urls.map((u) => ({ finish_reason: 'stop', message: { role: 'assistant', content: [{ image: u, type: 'image' }] } })),
        },
        usage: { image_count: imageCount, size: '1024*1024', input_tokens: 0, output_tokens: 0, total_tokens: 0 },
      };
    }
    return {
      request_id: 'r',
      output: {
        task_id: t.id, task_status: 'SUCCEEDED', ...done,
        results: [...urls.map((url) => ({ url, orig_prompt: t.prompt, actual_prompt: `${t.prompt}, highly detailed` })), { code: 'DataInspectionFailed', message: 'one image filtered' }],
        task_metrics: { TOTAL: t.n + 1, SUCCEEDED: t.n, FAILED: 1 },
      },
      usage: { image_count: imageCount },
    };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, raw: string): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://x');
    const oss = /^\/oss\/([^/]+)\/(\d+\.png|video\.mp4)$/.exec(url.pathname);
    if (oss && req.method === 'GET') {
      fake.downloads.push(url.pathname);
      const t = tasks.get(oss[1]!);
      if (!t) return send(res, 404, { code: 'NoSuchKey' });
      if (oss[2] === 'video.mp4') {
        // Not a playable video: a file that starts like an MP4 (ftyp box), enough for type sniffing.
        res.writeHead(200, { 'content-type': 'video/mp4' });
        return void res.end(Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypisom'), Buffer.alloc(12), Buffer.from(`video of ${t.prompt}`)]));
      }
      const i = Number(oss[2]!.split('.')[0]);
      res.writeHead(200, { 'content-type': 'image/png' });
      return void res.end(fakePng(t.prompt, i));
    }
    if (req.headers.authorization !== `Bearer ${apiKey}`) return send(res, 401, flat('InvalidApiKey', 'Invalid API-key provided.'));
    const path = url.pathname.replace(/^\/api\/v1/, '');
    let body: Record<string, unknown> = {};
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      return send(res, 400, flat('InvalidParameter', 'body is not JSON'));
    }

    const create = /^\/services\/aigc\/(image-generation\/generation|text2image\/image-synthesis|video-generation\/video-synthesis)$/.exec(path);
    if (create && req.method === 'POST') {
      const entry: FakeDashScope['creates'][number] = { path, headers: req.headers, body };
      fake.creates.push(entry);
      if (req.headers['x-dashscope-async'] !== 'enable') return send(res, 403, flat('AccessDenied', 'current user api does not support synchronous calls'));
      const input = (body.input ?? {}) as Record<string, unknown>;
      const parameters = (body.parameters ?? {}) as Record<string, unknown>;
      const kind = create[1] === 'image-generation/generation' ? 'wan26' : create[1] === 'text2image/image-synthesis' ? 'legacy' : 'video';
      let prompt: string | undefined;
      if (kind === 'wan26') {
        const messages = input.messages as Array<{ content?: Array<{ text?: string }> }> | undefined;
        prompt = messages?.[0]?.content?.[0]?.text;
        if (typeof input.prompt === 'string') return send(res, 400, flat('InvalidParameter', 'wan2.6 takes input.messages, not input.prompt'));
      } else {
        prompt = typeof input.prompt === 'string' ? input.prompt : undefined;
      }
      if (!prompt) return send(res, 400, flat('InvalidParameter', 'prompt is required'));
      if (kind !== 'video' && typeof parameters.n !== 'number') return send(res, 400, flat('InvalidParameter', 'the fake insists on an explicit n (the real default is 4)'));
      if (directive(prompt, 'flat') !== undefined) return send(res, 200, flat('InvalidParameter', 'The size is not supported (a flat error on HTTP 200).'));
      if (directive(prompt, 'reject') !== undefined) return send(res, 400, flat('InvalidParameter', 'Rejected by the fake.'));
      const delay = Number(directive(prompt, 'delay') || 300);
      const pending = directive(prompt, 'pending');
      const t: FakeTask = {
        id: `fake-${randomBytes(8).toString('hex')}`, kind, prompt, n: typeof parameters.n === 'number' ? parameters.n : 1, createdAt: Date.now(),
        delayMs: delay, pendingMs: pending ? Number(pending) : delay / 2, canceled: false, polls: 0, inFlight: 0,
        duration: typeof parameters.duration === 'number' ? parameters.duration : 5,
      };
      tasks.set(t.id, t);
      entry.taskId = t.id;
      return send(res, 200, { request_id: randomBytes(8).toString('hex'), output: { task_id: t.id, task_status: 'PENDING' } });
    }

    const poll = /^\/tasks\/([^/]+)$/.exec(path);
    if (poll && req.method === 'GET') {
      const id = decodeURIComponent(poll[1]!);
      const t = tasks.get(id);
      if (!t) return send(res, 200, { request_id: 'r', output: { task_id: id, task_status: 'UNKNOWN' } });
      const start = Date.now();
      t.inFlight++;
      if (t.inFlight > 1) overlaps++;
      try {
        t.polls++;
        const slow = directive(t.prompt, 'slowpoll');
        if (slow) await new Promise((r) => setTimeout(r, Number(slow)));
        if (t.polls <= Number(directive(t.prompt, 'poll500') ?? 0)) return send(res, 500, flat('InternalError', 'try again'));
        if (t.polls <= Number(directive(t.prompt, 'pollflat') ?? 0)) return send(res, 200, flat('Throttling.RateQuota', 'Requests rate limit exceeded.'));
        return send(res, 200, taskBody(t));
      } finally {
        t.inFlight--;
        fake.polls.push({ taskId: id, start, end: Date.now() });
      }
    }

    const cancel = /^\/tasks\/([^/]+)\/cancel$/.exec(path);
    if (cancel && req.method === 'POST') {
      const id = decodeURIComponent(cancel[1]!);
      fake.cancels.push(id);
      const t = tasks.get(id);
      if (!t || stateOf(t) !== 'PENDING') {
        return send(res, 400, flat('UnsupportedOperation', 'Failed to cancel the task, please confirm if the task is in PENDING status.'));
      }
      t.canceled = true;
      return send(res, 200, { request_id: 'r' });
    }
    return send(res, 404, flat('NotFound', `no route ${req.method} ${url.pathname}`));
  };

  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => void handle(req, res, raw).catch((err: unknown) => send(res, 500, flat('InternalError', String(err)))));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ...fake,
    baseUrl: base,
    overlaps: () => overlaps,
    close: () => new Promise<void>((r) => {
      for (const s of sockets) s.destroy();
      server.close(() => r());
    }),
  };
}

/** The PNG the fake "generates" for image `index` of a prompt (tests compare bytes with it). */
export function fakePng(prompt: string, index: number): Buffer {
  return encodePng(32, 32, promptPattern(`fake|${prompt}|${index}`, 32, 32));
}

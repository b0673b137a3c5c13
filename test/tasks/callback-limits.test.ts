import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallbackSender } from '../../server/tasks/callbacks/callback-sender.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Task callbacks are requests the gateway makes on a caller's behalf to a URL the caller chose,
 * so besides the address checks (test/tasks/callbacks.test.ts) they are bounded in time, in what
 * is read back and in redirect hops: a receiver cannot hold the gateway's sockets or memory.
 */
describe('callback delivery limits', () => {
  let server: Server;
  let base = '';
  const hits: string[] = [];
  let bytesSent = 0;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      req.resume();
      if (req.url === '/hang') return;
      if (req.url?.startsWith('/loop')) {
        res.writeHead(302, { location: `/loop${hits.length}` });
        return void res.end();
      }
      if (req.url === '/huge') {
        // An endless 200 body: the sender must stop reading, not buffer it.
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        const chunk = Buffer.alloc(64 * 1024, 120);
        const pump = (): void => {
          while (!res.destroyed && bytesSent < 64 * 1024 * 1024) {
            bytesSent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        return pump();
      }
      res.writeHead(200);
      res.end();
    });
    server.on('connection', (s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => server.close(r));
  });

  const logged: string[] = [];
  const log = pino({ level: 'info' }, new Writable({ write: (c: Buffer, _e, cb) => { logged.push(c.toString()); cb(); } }));
  const sender = (opts: { timeoutMs?: number; retryDelaysMs?: number[] } = {}) => new CallbackSender({ policy: () => true, secretFor: () => 'whsec_t', log, retryDelaysMs: opts.retryDelaysMs ?? [], ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}) });

  it('a receiver that never answers is given up on after the timeout, retried on the schedule, then dropped', async () => {
    const s = sender({ timeoutMs: 300, retryDelaysMs: [50] });
    const t0 = Date.now();
    s.send(`${base}/hang`, 'acct', 'task_hang', '{}');
    while (!logged.some((l) => l.includes('task_hang') && l.includes('giving up')) && Date.now() - t0 < 5000) await sleep(25);
    await s.close();
    expect(hits.filter((h) => h === '/hang')).toHaveLength(2);
    expect(logged.some((l) => l.includes('task_hang') && l.includes('giving up'))).toBe(true);
    // Two attempts of at most ~300 ms each (undici's timers are coarse), not the receiver's leisure.
    expect(Date.now() - t0).toBeLessThan(3500);
  });

  it('redirects are followed a few hops only', async () => {
    const s = sender();
    s.send(`${base}/loop`, 'acct', 'task_loop', '{}');
    const t0 = Date.now();
    while (!logged.some((l) => l.includes('task_loop') && l.includes('too many redirects')) && Date.now() - t0 < 3000) await sleep(25);
    await s.close();
    expect(hits.filter((h) => h.startsWith('/loop'))).toHaveLength(4);
  });

  it('an endless response body is not read: the connection is dropped after a small amount', async () => {
    const s = sender();
    s.send(`${base}/huge`, 'acct', 'task_huge', '{}');
    await sleep(1000);
    await s.close();
    expect(hits).toContain('/huge');
    expect(bytesSent).toBeLessThan(8 * 1024 * 1024);
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../server/tasks/callbacks/address-policy.js';
import { CallbackSender } from '../../server/tasks/callbacks/callback-sender.js';
import { checkCallbackUrl } from '../../server/tasks/callbacks/callback-url.js';
import { signPayload, verifyPayload } from '../../server/tasks/callbacks/signature.js';

describe('callback address policy', () => {
  it('refuses loopback, private, link-local, CGNAT, multicast and reserved addresses, v4 and v6, embedded v4 too', () => {
    for (const ip of [
      '127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
      '224.0.0.1', '255.255.255.255', '198.18.0.1', '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1',
      '::ffff:127.0.0.1', '::ffff:7f00:1', '64:ff9b::10.0.0.1', '2002:c0a8:0101::1', '::ffff:169.254.169.254',
    ]) expect(isPublicAddress(ip), ip).toBe(false);
    for (const ip of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '2002:0808:0808::1']) expect(isPublicAddress(ip), ip).toBe(true);
    expect(isPublicAddress('not an ip')).toBe(false);
  });

  it('checks URLs at creation: scheme, credentials, literal and resolved addresses', async () => {
    await expect(checkCallbackUrl('https://8.8.8.8/hook', isPublicAddress)).resolves.toBeInstanceOf(URL);
    await expect(checkCallbackUrl('http://localhost/hook', isPublicAddress)).rejects.toThrow(/private, loopback or reserved/);
    await expect(checkCallbackUrl('http://[::1]:80/hook', isPublicAddress)).rejects.toThrow(/private/);
    await expect(checkCallbackUrl('file:///etc/passwd', isPublicAddress)).rejects.toThrow(/http or https/);
    await expect(checkCallbackUrl('https://u:p@8.8.8.8/', isPublicAddress)).rejects.toThrow(/credentials/);
    await expect(checkCallbackUrl('http://does-not-exist.invalid/', isPublicAddress)).rejects.toThrow(/does not resolve/);
  });
});

describe('callback signatures', () => {
  it('v1=hex HMAC-SHA256 over "timestamp.body"; a changed body, timestamp or stale time fails', () => {
    const now = Date.now();
    const ts = Math.floor(now / 1000);
    const sig = signPayload('whsec_x', ts, '{"a":1}');
    expect(sig).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verifyPayload('whsec_x', sig, String(ts), '{"a":1}', 300, now)).toBe(true);
    expect(verifyPayload('whsec_x', sig, String(ts), '{"a":2}', 300, now)).toBe(false);
    expect(verifyPayload('whsec_y', sig, String(ts), '{"a":1}', 300, now)).toBe(false);
    expect(verifyPayload('whsec_x', sig, String(ts + 1), '{"a":1}', 300, now)).toBe(false);
    expect(verifyPayload('whsec_x', sig, String(ts), '{"a":1}', 300, now + 600_000)).toBe(false);
  });
});

describe('callback delivery re-checks every redirect hop', () => {
  let server: Server;
  let port = 0;
  const hits: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(`${req.headers.host} ${req.url}`);
      if (req.url === '/to-private') {
        // 127.0.0.2 is loopback too, but the policy below only lets 127.0.0.1 through.
        res.writeHead(302, { location: `http://127.0.0.2:${port}/inside` });
      } else if (req.url === '/to-ok') {
        res.writeHead(308, { location: '/done' });
      } else {
        res.writeHead(200);
      }
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '0.0.0.0', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
  });

  it('follows an allowed redirect and refuses one into a refused address', async () => {
    const sender = new CallbackSender({ policy: (ip) => ip === '127.0.0.1', secretFor: () => 'whsec_t', log: pino({ level: 'silent' }), retryDelaysMs: [] });
    sender.send(`http://127.0.0.1:${port}/to-ok`, 'acct', 'task_1', '{}');
    sender.send(`http://127.0.0.1:${port}/to-private`, 'acct', 'task_2', '{}');
    // A host name that resolves to a refused address (localhost → 127.0.0.1 here) is refused at connect time.
    const strict = new CallbackSender({ policy: (ip) => ip === '127.0.0.2', secretFor: () => 'whsec_t', log: pino({ level: 'silent' }), retryDelaysMs: [] });
    strict.send(`http://localhost:${port}/direct`, 'acct', 'task_3', '{}');
    for (let i = 0; i < 40 && hits.length < 3; i++) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, 200));
    await sender.close();
    await strict.close();
    expect(hits).toContain(`127.0.0.1:${port} /done`);
    expect(hits).toContain(`127.0.0.1:${port} /to-private`);
    expect(hits.some((h) => h.includes('/inside'))).toBe(false);
    expect(hits.some((h) => h.includes('/direct'))).toBe(false);
  });
});

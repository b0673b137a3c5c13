import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpstreamClient } from '../../server/http/upstream-client.js';
import { channelTimeouts } from '../../server/routing/channel-timeouts.js';
import { startScriptedUpstream, type ScriptedUpstream } from '../support/scripted-upstream.js';

describe('per-channel timeouts', () => {
  let up: ScriptedUpstream;
  beforeAll(async () => {
    up = await startScriptedUpstream('t');
  });
  afterAll(async () => {
    await up.close();
  });

  it('reads connect, first-byte and idle timeouts from channel options, ignoring nonsense', () => {
    expect(channelTimeouts({ options: { connectTimeoutMs: 1000, firstByteTimeoutMs: 2000, idleTimeoutMs: 3000 } })).toEqual({ connectMs: 1000, firstByteMs: 2000, idleMs: 3000 });
    expect(channelTimeouts({ options: { connectTimeoutMs: -1, firstByteTimeoutMs: '5' } })).toEqual({});
    expect(channelTimeouts({})).toEqual({});
  });

  it('keeps one dispatcher per distinct connect timeout, not one per request', async () => {
    const http = new UpstreamClient();
    const call = async (connectMs?: number) => {
      const res = await http.request({ url: `${up.baseUrl}/chat/completions`, method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}', signal: new AbortController().signal, ...(connectMs ? { timeouts: { connectMs } } : {}) });
      await res.body.text();
    };
    for (let i = 0; i < 5; i++) await Promise.all([call(), call(1500), call(2500), call(1500)]);
    expect(http.dispatcherCount).toBe(3);
    await http.close();
  });

  it('a first-byte timeout fails the call as upstream_timeout', async () => {
    const http = new UpstreamClient();
    up.script({ kind: 'hang' });
    const err = await http.request({ url: `${up.baseUrl}/chat/completions`, method: 'POST', headers: {}, body: '{}', signal: new AbortController().signal, timeouts: { firstByteMs: 200 } }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'upstream_timeout' });
    await http.close();
  });
});

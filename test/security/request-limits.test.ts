import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST_LIMITS } from '../../server/limits/request-limits.js';
import { faultUpstreamCatalog, startFaultUpstream, type FaultUpstream } from '../support/fault-upstream.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { refusingBaseUrl } from '../support/scripted-upstream.js';
import { CALLER_PROTOCOLS, chatCall, expectErrorShape, send, streamText, type CallerProtocol } from '../faults/protocols.js';

const LIMITS = { bodyBytes: 64 * 1024, headerBytes: 8 * 1024, headersTimeoutMs: 500, requestTimeoutMs: 1000, maxMessages: 8, maxTools: 4, maxPartsPerMessage: 4 };

/** A request body in `protocol`'s shape with `messages` turns, `tools` tool definitions and `parts` parts in the first turn. */
function body(protocol: CallerProtocol, shape: { messages?: number; tools?: number; parts?: number; padding?: number }): Record<string, unknown> {
  const n = shape.messages ?? 1;
  const parts = shape.parts ?? 1;
  const pad = 'x'.repeat(shape.padding ?? 0);
  const turns = Array.from({ length: n }, (_, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', i }));
  const tools = Array.from({ length: shape.tools ?? 0 }, (_, i) => ({ name: `tool_${i}`, description: 'a tool', schema: { type: 'object', properties: {} } }));
  switch (protocol) {
    case 'openai':
      return {
        model: 'f-ok',
        messages: turns.map((t) => ({ role: t.role, content: t.i === 0 ? Array.from({ length: parts }, (_, p) => ({ type: 'text', text: `part ${p} ${pad}` })) : 'turn' })),
        ...(tools.length ? { tools: tools.map((t) => ({ type: 'function', function: { name: t.name, description: t.description, parameters: t.schema } })) } : {}),
      };
    case 'anthropic':
      return {
        model: 'f-ok', max_tokens: 50,
        messages: turns.map((t) => ({ role: t.role, content: t.i === 0 ? Array.from({ length: parts }, (_, p) => ({ type: 'text', text: `part ${p} ${pad}` })) : 'turn' })),
        ...(tools.length ? { tools: tools.map((t) => ({ name: t.name, description: t.description, input_schema: t.schema })) } : {}),
      };
    case 'gemini':
      return {
        contents: turns.map((t) => ({ role: t.role === 'user' ? 'user' : 'model', parts: t.i === 0 ? Array.from({ length: parts }, (_, p) => ({ text: `part ${p} ${pad}` })) : [{ text: 'turn' }] })),
        ...(tools.length ? { tools: [{ functionDeclarations: tools.map((t) => ({ name: t.name, description: t.description, parameters: t.schema })) }] } : {}),
      };
  }
}

/** Writes raw bytes on a fresh connection and reports what came back and how long until the server closed it. */
async function rawExchange(baseUrl: string, steps: Array<string | number>): Promise<{ response: string; closedAfterMs: number }> {
  const url = new URL(baseUrl);
  const socket = connect(Number(url.port), url.hostname);
  await new Promise<void>((r) => socket.once('connect', () => r()));
  const t0 = Date.now();
  let response = '';
  socket.on('data', (d: Buffer) => (response += d.toString('utf8')));
  socket.on('error', () => undefined);
  const closed = new Promise<number>((r) => socket.once('close', () => r(Date.now() - t0)));
  for (const step of steps) {
    if (typeof step === 'number') await Promise.race([new Promise((r) => setTimeout(r, step)), closed]);
    else if (!socket.destroyed) socket.write(step);
  }
  const closedAfterMs = await Promise.race([closed, new Promise<number>((r) => setTimeout(() => r(-1), 10_000))]);
  socket.destroy();
  return { response, closedAfterMs };
}

/**
 * What a caller may send: body size, counts of messages, tools and parts (checked after decoding,
 * before any money moves), header size, and how long a client may take to send its request
 * (slowloris), with defaults and environment variables in server/limits/request-limits.ts.
 */
describe('request limits and slow clients', () => {
  let upstream: FaultUpstream;
  let gw: TestGateway;
  beforeAll(async () => {
    upstream = await startFaultUpstream();
    gw = await startTestGateway({ catalog: faultUpstreamCatalog(upstream.baseUrl, await refusingBaseUrl()), limits: LIMITS });
  });
  afterAll(async () => {
    await gw?.close();
    await upstream?.close();
  });

  const post = async (protocol: CallerProtocol, payload: Record<string, unknown>) => {
    const c = chatCall(protocol, gw.baseUrl, gw.apiKey, 'f-ok', false, '');
    return send({ ...c, body: JSON.stringify(payload) });
  };

  it('defaults are generous for real use and bounded', () => {
    expect(DEFAULT_REQUEST_LIMITS).toMatchObject({ bodyBytes: 10 * 1024 * 1024, headerBytes: 16 * 1024, maxMessages: 4096, maxTools: 512, maxPartsPerMessage: 1024 });
    expect(DEFAULT_REQUEST_LIMITS.headersTimeoutMs).toBeLessThanOrEqual(DEFAULT_REQUEST_LIMITS.requestTimeoutMs);
  });

  it.each(CALLER_PROTOCOLS)('%s: requests at the limits pass', async (protocol) => {
    const res = await post(protocol, body(protocol, { messages: 7, tools: 4, parts: 4 }));
    expect(res.status).toBe(200);
  });

  it.each(CALLER_PROTOCOLS)('%s: a body over the size limit is 413 in the caller\'s shape', async (protocol) => {
    const res = await post(protocol, body(protocol, { padding: 70 * 1024 }));
    expect(res.status).toBe(413);
    expectErrorShape(protocol, res.json, 'payload_too_large');
  });

  const counts = [
    { what: 'messages', shape: { messages: 9 }, params: { openai: 'messages', anthropic: 'messages', gemini: 'contents' } },
    { what: 'tool definitions', shape: { tools: 5 }, params: { openai: 'tools', anthropic: 'tools', gemini: 'tools[].function_declarations' } },
    { what: 'content parts', shape: { parts: 5 }, params: { openai: 'messages[].content', anthropic: 'messages[].content', gemini: 'contents[].parts' } },
  ] as const;
  it.each(CALLER_PROTOCOLS.flatMap((protocol) => counts.map((c) => ({ protocol, ...c }))))('$protocol: too many $what is 400 naming the parameter, and costs nothing', async ({ protocol, shape, params }) => {
    const before = (await gw.store.getAccount(gw.accountId))!;
    const sentBefore = upstream.requests.length;
    const res = await post(protocol, body(protocol, shape));
    expect(res.status).toBe(400);
    expectErrorShape(protocol, res.json, 'invalid_request');
    const param = params[protocol];
    if (protocol === 'openai') expect((res.json as { error: { param: string } }).error.param).toBe(param);
    expect(JSON.stringify(res.json)).toContain(param);
    await gw.gateway.services.usage.flush();
    expect(await gw.store.getUsage(res.requestId)).toBeNull();
    expect((await gw.store.getAccount(gw.accountId))!.balance).toBe(before.balance);
    expect(upstream.requests.length).toBe(sentBefore);
  });

  it('headers over the size limit are refused (431) before any route runs', async () => {
    const res = await fetch(`${gw.baseUrl}/v1/models`, { headers: { authorization: `Bearer ${gw.apiKey}`, 'x-padding': 'y'.repeat(LIMITS.headerBytes + 100) } }).catch((e: unknown) => e);
    expect(res instanceof Response ? res.status : String(res)).toBe(431);
  });

  it('slowloris: a client that never finishes its headers is answered 408 and disconnected', async () => {
    const { response, closedAfterMs } = await rawExchange(gw.baseUrl, ['GET /v1/models HTTP/1.1\r\nhost: x\r\n', 300, 'x-slow: 1\r\n', 300, 'x-slow: 2\r\n', 3000]);
    expect(response).toMatch(/^HTTP\/1\.1 408/);
    // The headers timeout (500 ms) plus the server's check interval, not the client's patience.
    expect(closedAfterMs).toBeGreaterThan(0);
    expect(closedAfterMs).toBeLessThan(2500);
  });

  it('a client that sends its body too slowly is answered 408 and disconnected', async () => {
    const head = `POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${gw.apiKey}\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n`;
    const { response, closedAfterMs } = await rawExchange(gw.baseUrl, [head, '{"model":', 400, '"f-ok",', 400, '"messages":', 400, '[', 400, ' ', 400, ' ', 3000]);
    expect(response).toMatch(/^HTTP\/1\.1 408/);
    expect(closedAfterMs).toBeGreaterThan(0);
    expect(closedAfterMs).toBeLessThan(3500);
  });

  it('the request timeout never cuts a response: a 4-second stream outlives the 1-second limit', async () => {
    const res = await send(chatCall('openai', gw.baseUrl, gw.apiKey, 'f-slow', true, 'long'));
    expect(res.status).toBe(200);
    expect(streamText('openai', res.frames)).toContain('w199');
  });
});

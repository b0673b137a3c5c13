import { createServer, ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const WORDS = 40;

/** An OpenAI upstream that sends a whole stream in one write (as a fast upstream's reads arrive). */
function burstUpstream(): Promise<Server> {
  const head = '{"id":"chatcmpl-burst","object":"chat.completion.chunk","created":1700000000,"model":"up","choices":[{"index":0,';
  const body = [
    `data: ${head}"delta":{"role":"assistant","content":""},"finish_reason":null}]}\n\n`,
    ...Array.from({ length: WORDS }, (_, i) => `data: ${head}"delta":{"content":"w${i} "},"finish_reason":null}]}\n\n`),
    `data: ${head}"delta":{},"finish_reason":"stop"}]}\n\n`,
    'data: {"id":"chatcmpl-burst","object":"chat.completion.chunk","created":1700000000,"model":"up","choices":[],"usage":{"prompt_tokens":3,"completion_tokens":40,"total_tokens":43}}\n\n',
    'data: [DONE]\n\n',
  ].join('');
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(body);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * #16: the frames of events that arrive together leave in one write, not one write (and one
 * socket call) per frame; the stream's bytes are unchanged and the trailers still come last.
 */
describe('SSE responses: frames produced together are written together', () => {
  let upstream: Server;
  let gw: TestGateway;
  beforeAll(async () => {
    upstream = await burstUpstream();
    gw = await startTestGateway({
      catalog: {
        channels: [{ id: 'burst', provider: 'openai-compatible', base_url: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/v1` }],
        models: [{ id: 'burst', supported_protocols: ['openai:chat-completions'], channels: [{ channel: 'burst', upstream_model: 'up' }] }],
      },
    });
  });
  afterAll(async () => {
    await gw?.close();
    await new Promise((r) => upstream?.close(r));
  });

  it('a 43-frame stream from one upstream read takes at most a few writes, with every frame and the cost trailer', async () => {
    const writes: number[] = [];
    // Each write() or end() that carries frame text.
    const original = { write: ServerResponse.prototype.write, end: ServerResponse.prototype.end };
    const count = (chunk: unknown): void => {
      if (typeof chunk === 'string' && chunk.startsWith('data: ')) writes.push(chunk.length);
    };
    ServerResponse.prototype.write = function (this: ServerResponse, ...args: Parameters<ServerResponse['write']>) {
      count(args[0]);
      return original.write.apply(this, args);
    } as ServerResponse['write'];
    ServerResponse.prototype.end = function (this: ServerResponse, ...args: Parameters<ServerResponse['end']>) {
      count(args[0]);
      return original.end.apply(this, args);
    } as ServerResponse['end'];
    let text: string;
    let trailer: string | undefined;
    try {
      const res = await fetch(`${gw.baseUrl}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${gw.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'burst', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: 'hi' }] }),
      });
      expect(res.status).toBe(200);
      text = await res.text();
      trailer = res.headers.get('trailer') ?? undefined;
    } finally {
      ServerResponse.prototype.write = original.write;
      ServerResponse.prototype.end = original.end;
    }
    const frames = text.split('\n\n').filter(Boolean);
    // role, 40 words, finish, usage, [DONE]
    expect(frames).toHaveLength(WORDS + 4);
    expect(frames.slice(1, WORDS + 1).map((f) => (JSON.parse(f.slice(6)) as { choices: { delta: { content: string } }[] }).choices[0]!.delta.content)).toEqual(Array.from({ length: WORDS }, (_, i) => `w${i} `));
    expect(frames.at(-1)).toBe('data: [DONE]');
    expect(trailer).toBe('x-nexusflow-cost');
    // One frame per write was 44 writes; together they are one or two (the tail goes with end()).
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.length).toBeLessThanOrEqual(3);
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const CHUNK = (content: string) => `data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":${JSON.stringify(content)}},"finish_reason":null}]}\n\n`;
const LAST = 'data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":2,"total_tokens":5}}\n\n';

/**
 * #16: a stream's upstream body is read to its end after `[DONE]` rather than destroyed (destroying
 * an unfinished body built an AbortError with its stack for every stream: 5 % of the gateway's CPU
 * in the streamed profile); the connection stays pooled, and a body that does not end after
 * `[DONE]` is cut after a grace period without holding up the answer.
 */
describe('upstream stream bodies are released, not destroyed', () => {
  let upstream: Server;
  let connections = 0;
  let hang = false;
  const closed: number[] = [];
  let gw: TestGateway;

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(CHUNK('Hello'));
        res.write(CHUNK(' there'));
        res.write(LAST);
        res.write('data: [DONE]\n\n');
        // A misbehaving upstream keeps the body open after [DONE].
        if (!hang) res.end();
      });
    });
    upstream.on('connection', (socket) => {
      connections++;
      socket.on('close', () => closed.push(Date.now()));
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    const port = (upstream.address() as AddressInfo).port;
    gw = await startTestGateway({
      catalog: {
        channels: [{ id: 'up', provider: 'openai-compatible', base_url: `http://127.0.0.1:${port}/v1` }],
        models: [{ id: 'm', supported_protocols: ['openai:chat-completions'], channels: [{ channel: 'up' }] }],
      },
    });
  });
  afterAll(async () => {
    await gw?.close();
    upstream.closeAllConnections();
    await new Promise<void>((r) => upstream.close(() => r()));
  });

  const stream = async (): Promise<string> => {
    const client = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
    let text = '';
    for await (const chunk of await client.chat.completions.create({ model: 'm', stream: true, messages: [{ role: 'user', content: 'hi' }] })) {
      text += chunk.choices[0]?.delta.content ?? '';
    }
    return text;
  };

  it('consecutive streams share one upstream connection', async () => {
    for (let i = 0; i < 5; i++) expect(await stream()).toBe('Hello there');
    expect(connections).toBe(1);
  });

  it('cuts a body that stays open after [DONE], after a grace period, without failing the answer', async () => {
    hang = true;
    const before = closed.length;
    const started = Date.now();
    expect(await stream()).toBe('Hello there');
    // The answer did not wait for the upstream to end its body...
    expect(Date.now() - started).toBeLessThan(900);
    // ...and the connection holding it open is closed within the grace period.
    await expect.poll(() => closed.length, { timeout: 3_000 }).toBeGreaterThan(before);
    expect(closed.at(-1)! - started).toBeGreaterThanOrEqual(900);
    hang = false;
    expect(await stream()).toBe('Hello there');
  });
});

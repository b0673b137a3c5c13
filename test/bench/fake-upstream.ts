/**
 * Benchmark upstream: a fixed OpenAI chat completion as JSON, or as SSE when `stream: true`.
 * Model `bench-slow` streams `BENCH_SLOW_CHUNKS` chunks `BENCH_SLOW_CHUNK_MS` apart, so the memory
 * pass can hold 1,000 streams open.
 * Run as a child process: prints `listening <port>`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const chunkMs = 0;
const chunks = 5;
const slowChunkMs = Number(process.env.BENCH_SLOW_CHUNK_MS ?? '200');
const slowChunks = Number(process.env.BENCH_SLOW_CHUNKS ?? '100');
const reply = JSON.stringify({
  id: 'chatcmpl-bench', object: 'chat.completion', created: 1_700_000_000, model: 'bench-upstream',
  choices: [{ index: 0, message: { role: 'assistant', content: 'Hello from the benchmark upstream.', refusal: null }, logprobs: null, finish_reason: 'stop' }],
  usage: { prompt_tokens: 12, completion_tokens: 8, total_tokens: 20 },
});
const base = '{"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1700000000,"model":"bench-upstream","choices":[{"index":0,';

const server = createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    if (!body.includes('"stream":true')) {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(reply) });
      res.end(reply);
      return;
    }
    // The memory pass asks for model "bench-slow": a long, slow stream that stays open.
    const slow = body.includes('"model":"bench-slow"');
    const total = slow ? slowChunks : chunks;
    const gap = slow ? slowChunkMs : chunkMs;
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(`data: ${base}"delta":{"role":"assistant","content":""},"finish_reason":null}]}\n\n`);
    let i = 0;
    const next = (): void => {
      if (res.destroyed) return;
      if (i < total) {
        res.write(`data: ${base}"delta":{"content":"word${i++} "},"finish_reason":null}]}\n\n`);
        if (gap > 0) setTimeout(next, gap);
        else next();
        return;
      }
      res.write(`data: ${base}"delta":{},"finish_reason":"stop"}]}\n\n`);
      res.write(`data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1700000000,"model":"bench-upstream","choices":[],"usage":{"prompt_tokens":12,"completion_tokens":8,"total_tokens":20}}\n\n`);
      res.end('data: [DONE]\n\n');
    };
    next();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`listening ${(server.address() as AddressInfo).port}\n`);
});

/**
 * The practical floor for a Node gateway: fastify + undici, no auth, no parsing beyond what
 * forwarding needs. POST /v1/chat/completions is streamed through to UPSTREAM as is.
 * Run as a child process: prints `listening <port>`. BARE_WORKERS=n (n > 1, with PORT set) runs
 * n node:cluster workers on that port, for the multi-core comparison.
 */
import cluster from 'node:cluster';
import Fastify from 'fastify';
import { Agent } from 'undici';

const workers = Number(process.env.BARE_WORKERS ?? 1);
if (workers > 1 && cluster.isPrimary) {
  let up = 0;
  for (let i = 0; i < workers; i++) {
    cluster.fork().on('listening', () => {
      if (++up === workers) process.stdout.write(`listening ${process.env.PORT}\n`);
    });
  }
  process.on('SIGTERM', () => {
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    process.exit(0);
  });
} else serve();

function serve(): void {
const upstream = new URL(process.env.UPSTREAM ?? 'http://127.0.0.1:1');
// No socket cap: each open stream holds one (the memory pass keeps 1,000 open).
const agent = new Agent({ keepAliveTimeout: 60_000 });
const app = Fastify({ logger: false });
app.removeAllContentTypeParsers();
app.addContentTypeParser('*', (_req, payload, done) => done(null, payload));

app.post('/v1/chat/completions', async (request, reply) => {
  const res = await agent.request({
    origin: upstream.origin,
    path: '/v1/chat/completions',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body as NodeJS.ReadableStream as never,
  });
  reply.code(res.statusCode).header('content-type', String(res.headers['content-type'] ?? 'application/json'));
  return reply.send(res.body);
});

app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' }).then((address) => {
  if (!cluster.isWorker) process.stdout.write(`listening ${new URL(address).port}\n`);
});
}

/**
 * What OpenTelemetry tracing costs per request (issue #19): the same gateway (embedded store,
 * simulator upstream, non-streamed chat) without tracing and with tracing exporting OTLP/protobuf
 * to an in-process receiver. Sequential requests, the two gateways alternated in rounds so machine
 * noise hits both alike. Prints numbers; asserts nothing.
 *
 *   npx tsx test/bench/measure-tracing-cost.ts [requests-per-round=200] [rounds=5]
 */
import { request } from 'undici';
import { otelConfig } from '../../server/observability/otel-config.js';
import { Tracing } from '../../server/observability/tracing.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { startOtlpCollector } from '../support/otlp-collector.js';

const N = Number(process.argv[2] ?? 200);
const ROUNDS = Number(process.argv[3] ?? 5);

const quantiles = (samples: number[]): string => {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  return `p50 ${q(0.5).toFixed(3)} ms  p90 ${q(0.9).toFixed(3)} ms  p99 ${q(0.99).toFixed(3)} ms`;
};

async function round(gw: TestGateway, n: number, into: number[], overhead: number[]): Promise<void> {
  const body = JSON.stringify({ model: 'qwen-turbo', messages: [{ role: 'user', content: 'hello' }], max_tokens: 16 });
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    const res = await request(`${gw.baseUrl}/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${gw.apiKey}`, 'content-type': 'application/json' }, body });
    await res.body.text();
    into.push(Number(process.hrtime.bigint() - t) / 1e6);
    overhead.push(Number(res.headers['x-nexusflow-overhead-ms'] ?? 0));
  }
}

const collector = await startOtlpCollector();
const tracing = new Tracing(otelConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint })!);
const plain = await startTestGateway();
const traced = await startTestGateway({ tracing });
const results = { off: { total: [] as number[], overhead: [] as number[] }, on: { total: [] as number[], overhead: [] as number[] } };
await round(plain, 50, [], []);
await round(traced, 50, [], []);
for (let r = 0; r < ROUNDS; r++) {
  await round(plain, N, results.off.total, results.off.overhead);
  await round(traced, N, results.on.total, results.on.overhead);
}
await tracing.shutdown();
console.log(`${N * ROUNDS} requests each, sequential, simulator upstream, embedded store`);
console.log(`tracing off: request ${quantiles(results.off.total)} | gateway overhead ${quantiles(results.off.overhead)}`);
console.log(`tracing on:  request ${quantiles(results.on.total)} | gateway overhead ${quantiles(results.on.overhead)}`);
console.log(`spans received by the OTLP receiver: ${collector.spans.length}`);
await plain.close();
await traced.close();
await collector.close();

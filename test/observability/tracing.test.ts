import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKeySecret } from '../../server/auth/api-key-secret.js';
import { otelConfig } from '../../server/observability/otel-config.js';
import { Tracing } from '../../server/observability/tracing.js';
import { startTestGateway } from '../support/gateway.js';
import { startGatewayProcess } from '../support/gateway-process.js';
import { startOtlpCollector, type CollectedSpan, type OtlpCollector } from '../support/otlp-collector.js';
import { startScriptedUpstream, type ScriptedUpstream } from '../support/scripted-upstream.js';
import { waitFor } from '../support/wait.js';

const SERVER = 2;
const CLIENT = 3;
const ERROR = 2;
const CALLER_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';

/** Model `traced` on channel `flaky` (priority) then `steady`; `emb` for embeddings on `steady`. */
function catalog(flaky: ScriptedUpstream, steady: ScriptedUpstream): unknown {
  const pricing = { input_per_million: 1_000_000, output_per_million: 2_000_000 };
  return {
    channels: [
      { id: 'flaky', provider: 'openai-compatible', base_url: flaky.baseUrl, priority: 0 },
      { id: 'steady', provider: 'openai-compatible', base_url: steady.baseUrl, priority: 1 },
    ],
    models: [
      { id: 'traced', supported_protocols: ['openai:chat-completions', 'anthropic:messages'], max_output_tokens: 100, pricing, channels: [{ channel: 'flaky', upstream_model: 'up-flaky' }, { channel: 'steady', upstream_model: 'up-steady' }] },
      { id: 'emb', kind: 'embedding', supported_protocols: ['openai:embeddings'], pricing: { embedding_per_million: 1_000_000 }, channels: [{ channel: 'steady' }] },
    ],
  };
}

const traceparentOf = (h: Record<string, unknown> | undefined): string | undefined => (typeof h?.traceparent === 'string' ? h.traceparent : undefined);

describe('OpenTelemetry traces over OTLP', () => {
  let flaky: ScriptedUpstream;
  let steady: ScriptedUpstream;
  let collector: OtlpCollector;
  beforeAll(async () => {
    flaky = await startScriptedUpstream('flaky');
    steady = await startScriptedUpstream('steady');
    collector = await startOtlpCollector();
  });
  afterAll(async () => {
    await flaky?.close();
    await steady?.close();
    await collector?.close();
  });

  it('a gateway process with OTEL_EXPORTER_OTLP_ENDPOINT exports (protobuf) a server span joined to the caller\'s trace, a client span per attempt, and sends the attempt\'s traceparent upstream', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nexusflow-otel-'));
    const file = join(dir, 'catalog.json');
    writeFileSync(file, JSON.stringify(catalog(flaky, steady)));
    const key = generateApiKeySecret();
    const gw = await startGatewayProcess({
      NEXUSFLOW_DATA_DIR: dir, NEXUSFLOW_CONFIG: file, NEXUSFLOW_BOOTSTRAP_KEY: key, NEXUSFLOW_RETRY_BACKOFF_MS: '1',
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint, OTEL_SERVICE_NAME: 'nf-under-test', OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment=ci',
      OTEL_EXPORTER_OTLP_HEADERS: 'x-collector-token=abc%20def',
    });
    try {
      const seenFlaky = flaky.headers.length;
      const seenSteady = steady.headers.length;
      flaky.script({ kind: 'status', status: 503 });
      const client = new OpenAI({ apiKey: key, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0, defaultHeaders: { traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01` } });
      const answer = await client.chat.completions.create({ model: 'traced', messages: [{ role: 'user', content: 'trace me' }] });
      expect(answer.choices[0]?.message.content).toBe('reply from steady');
      expect(await gw.stop('SIGTERM')).toBe(0);
    } finally {
      await gw.stop('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
    expect(collector.contentTypes.every((t) => t.startsWith('application/x-protobuf'))).toBe(true);
    expect(collector.headers[0]?.['x-collector-token']).toBe('abc def');

    const inTrace = collector.spans.filter((s) => s.traceId === CALLER_TRACE);
    const server = inTrace.find((s) => s.kind === SERVER)!;
    expect(server).toBeDefined();
    expect(server.parentSpanId).toBe(CALLER_SPAN);
    expect(server.name).toBe('POST /v1/chat/completions');
    expect(server.attributes).toMatchObject({
      'http.request.method': 'POST', 'http.route': '/v1/chat/completions', 'http.response.status_code': 200,
      'gen_ai.operation.name': 'chat', 'gen_ai.request.model': 'traced', 'gen_ai.usage.input_tokens': 10, 'gen_ai.usage.output_tokens': 5,
      'nexusflow.channel': 'steady', 'nexusflow.cost_microcredits': 20,
    });
    expect(server.resource).toMatchObject({ 'service.name': 'nf-under-test', 'deployment.environment': 'ci' });

    const attempts = inTrace.filter((s) => s.kind === CLIENT);
    expect(attempts.map((s) => s.attributes['nexusflow.channel'])).toEqual(['flaky', 'steady']);
    for (const a of attempts) expect(a.parentSpanId).toBe(server.spanId);
    const [failed, ok] = attempts as [CollectedSpan, CollectedSpan];
    expect(failed).toMatchObject({ name: 'chat up-flaky', status: ERROR, attributes: { 'gen_ai.system': 'openai', 'gen_ai.request.model': 'up-flaky', 'error.type': 'upstream_error' } });
    expect(ok).toMatchObject({ name: 'chat up-steady', attributes: { 'gen_ai.request.model': 'up-steady', 'nexusflow.model': 'traced' } });

    // Each upstream saw its own attempt as the parent.
    expect(traceparentOf(flaky.headers.at(-1))).toBe(`00-${CALLER_TRACE}-${failed.spanId}-01`);
    expect(traceparentOf(steady.headers.at(-1))).toBe(`00-${CALLER_TRACE}-${ok.spanId}-01`);
  }, 60_000);

  it('http/json export; streams, Anthropic callers and embeddings are traced; probes are not; without a caller traceparent a new trace starts', async () => {
    const config = otelConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${collector.endpoint}/v1/traces`, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' })!;
    const tracing = new Tracing(config);
    const gw = await startTestGateway({ catalog: catalog(flaky, steady), tracing, routing: { backoffBaseMs: 1 } });
    const before = collector.spans.length;
    try {
      const anthropic = new Anthropic({ apiKey: gw.apiKey, baseURL: gw.baseUrl, maxRetries: 0 });
      const stream = await anthropic.messages.create({ model: 'traced', max_tokens: 50, stream: true, messages: [{ role: 'user', content: 'stream me' }] });
      for await (const _event of stream) {
        // drain
      }
      const openai = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
      await openai.embeddings.create({ model: 'emb', input: 'embed me' });
      expect((await fetch(`${gw.baseUrl}/readyz`)).status).toBe(200);
    } finally {
      await gw.close();
      await tracing.shutdown();
    }
    await waitFor(() => collector.spans.length >= before + 4);
    const mine = collector.spans.slice(before);
    expect(collector.contentTypes.at(-1)).toMatch(/^application\/json/);
    expect(mine.some((s) => s.name.includes('readyz'))).toBe(false);

    const messages = mine.find((s) => s.kind === SERVER && s.attributes['http.route'] === '/v1/messages')!;
    expect(messages.parentSpanId).toBe('');
    expect(messages.attributes).toMatchObject({ 'gen_ai.request.model': 'traced', 'nexusflow.protocol': 'anthropic', 'http.response.status_code': 200, 'gen_ai.usage.output_tokens': 5 });
    const chatAttempt = mine.find((s) => s.kind === CLIENT && s.traceId === messages.traceId && s.attributes['nexusflow.channel'] === 'flaky')!;
    expect(chatAttempt.parentSpanId).toBe(messages.spanId);

    const embeddings = mine.find((s) => s.kind === SERVER && s.attributes['http.route'] === '/v1/embeddings')!;
    expect(embeddings.attributes).toMatchObject({ 'gen_ai.operation.name': 'embeddings', 'gen_ai.request.model': 'emb', 'gen_ai.usage.input_tokens': expect.any(Number) });
    const embAttempt = mine.find((s) => s.kind === CLIENT && s.traceId === embeddings.traceId)!;
    expect(embAttempt).toMatchObject({ name: 'embeddings emb', parentSpanId: embeddings.spanId });
  }, 60_000);

  it('off when no endpoint is set: no traceparent goes upstream, even when the caller sent one', async () => {
    expect(otelConfig({})).toBeUndefined();
    expect(otelConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint, OTEL_SDK_DISABLED: 'true' })).toBeUndefined();
    expect(otelConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint, OTEL_TRACES_EXPORTER: 'none' })).toBeUndefined();
    expect(() => otelConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint, OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toThrow(/http\/protobuf/);
    const gw = await startTestGateway({ catalog: catalog(flaky, steady) });
    try {
      const client = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0, defaultHeaders: { traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01` } });
      await client.chat.completions.create({ model: 'traced', messages: [{ role: 'user', content: 'untraced' }] });
      expect(traceparentOf(flaky.headers.at(-1))).toBeUndefined();
    } finally {
      await gw.close();
    }
  });
});

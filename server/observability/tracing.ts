import { AsyncLocalStorage } from 'node:async_hooks';
import { hostname } from 'node:os';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, defaultTextMapGetter, defaultTextMapSetter, trace, type Attributes, type Span, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter as OtlpJsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OtlpProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler, AlwaysOnSampler, BasicTracerProvider, BatchSpanProcessor, ParentBasedSampler, TraceIdRatioBasedSampler, type Sampler, type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import type { CanonicalUsage } from '../canonical/usage.js';
import { totalInput, totalOutput } from '../canonical/usage.js';
import type { OtelConfig } from './otel-config.js';

/** What an upstream attempt span is about. */
export interface AttemptSpanInfo {
  /** `gen_ai.operation.name`: chat, embeddings, … */
  operation: string;
  /** `gen_ai.system` (genai-attributes.ts). */
  system: string;
  channel: string;
  /** The model the caller asked for (or the fallback being tried). */
  model: string;
  /** The model name sent upstream (`gen_ai.request.model` of the attempt). */
  upstreamModel: string;
}

function samplerOf(s: OtelConfig['sampler']): Sampler {
  const root = s.kind === 'always_off' ? new AlwaysOffSampler() : s.kind === 'traceidratio' ? new TraceIdRatioBasedSampler(s.ratio) : new AlwaysOnSampler();
  return s.parentBased ? new ParentBasedSampler({ root }) : root;
}

/**
 * OpenTelemetry traces of one gateway instance (its own provider: nothing global is registered).
 * A SERVER span per API request (parent: the caller's W3C `traceparent`, when sent), a CLIENT span
 * per upstream attempt (retries and fallbacks are separate spans), and the attempt's context sent
 * upstream as `traceparent`. The span of the code running now is kept in an AsyncLocalStorage, so
 * the HTTP client finds it without every provider passing it along. Exists only when configured
 * (observability/otel-config.ts); otherwise callers hold `undefined` and skip all of this.
 */
export class Tracing {
  readonly #provider: BasicTracerProvider;
  readonly #tracer: Tracer;
  readonly #propagator = new W3CTraceContextPropagator();
  readonly #current = new AsyncLocalStorage<Span>();

  constructor(config: OtelConfig, exporter?: SpanExporter) {
    const out = exporter ?? (config.protocol === 'http/json'
      ? new OtlpJsonExporter({ url: config.url, headers: config.headers })
      : new OtlpProtoExporter({ url: config.url, headers: config.headers }));
    this.#provider = new BasicTracerProvider({
      resource: resourceFromAttributes({
        'service.instance.id': `${hostname()}:${process.pid}`,
        ...config.resourceAttributes,
        'service.name': config.serviceName,
      }),
      sampler: samplerOf(config.sampler),
      spanProcessors: [new BatchSpanProcessor(out, { scheduledDelayMillis: 1000 })],
    });
    this.#tracer = this.#provider.getTracer('nexusflow');
  }

  /** The SERVER span of an incoming request; its parent is the caller's `traceparent`, if valid. */
  startRequest(name: string, headers: Record<string, string | string[] | undefined>, attributes: Attributes): Span {
    const parent = this.#propagator.extract(ROOT_CONTEXT, headers, defaultTextMapGetter);
    return this.#tracer.startSpan(name, { kind: SpanKind.SERVER, attributes }, parent);
  }

  /** Runs `fn` with `span` as the current span (for everything it awaits, too). */
  run<T>(span: Span, fn: () => T): T {
    return this.#current.run(span, fn);
  }

  current(): Span | undefined {
    return this.#current.getStore();
  }

  /** One upstream attempt as a CLIENT span, child of the current span; `fn` runs inside it. */
  async attempt<T>(info: AttemptSpanInfo, fn: () => Promise<T>): Promise<T> {
    const parent = this.current();
    const span = this.#tracer.startSpan(`${info.operation} ${info.upstreamModel}`, {
      kind: SpanKind.CLIENT,
      attributes: {
        'gen_ai.operation.name': info.operation,
        'gen_ai.system': info.system,
        'gen_ai.provider.name': info.system,
        'gen_ai.request.model': info.upstreamModel,
        'nexusflow.channel': info.channel,
        'nexusflow.model': info.model,
      },
    }, parent ? trace.setSpan(ROOT_CONTEXT, parent) : ROOT_CONTEXT);
    try {
      const value = await this.#current.run(span, fn);
      span.setStatus({ code: SpanStatusCode.OK });
      return value;
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      span.setAttribute('error.type', typeof code === 'string' ? code : err instanceof Error ? err.name : 'error');
      span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
      throw err;
    } finally {
      span.end();
    }
  }

  /** Adds `traceparent` (and `tracestate`) of the current span to outgoing upstream headers. */
  inject(headers: Record<string, string>): Record<string, string> {
    const span = this.current();
    if (!span) return headers;
    const out = { ...headers };
    this.#propagator.inject(trace.setSpan(ROOT_CONTEXT, span), out, defaultTextMapSetter);
    return out;
  }

  /** Token counts and cost on the current request span (GenAI `gen_ai.usage.*`). */
  recordUsage(usage: CanonicalUsage | undefined, cost: number, model: string): void {
    const span = this.current();
    if (!span) return;
    const input = usage ? totalInput(usage) : undefined;
    const output = usage ? totalOutput(usage) : undefined;
    span.setAttributes({
      'gen_ai.request.model': model,
      ...(input !== undefined ? { 'gen_ai.usage.input_tokens': input } : {}),
      ...(output !== undefined ? { 'gen_ai.usage.output_tokens': output } : {}),
      ...(usage ? { 'nexusflow.usage.source': usage.source } : {}),
      'nexusflow.cost_microcredits': cost,
    });
  }

  /** Exports what is buffered and stops (on shutdown). */
  async shutdown(): Promise<void> {
    await this.#provider.shutdown();
  }
}

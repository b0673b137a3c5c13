import { SpanStatusCode, type Span } from '@opentelemetry/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { genAiOperation } from './genai-attributes.js';
import type { Tracing } from './tracing.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The request's SERVER span, when tracing is on. */
    traceSpan: Span | null;
  }
}

/** Not traced: probes and scrapes would drown the requests people look for. */
const UNTRACED = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * A span per request: started on arrival, current while its route handler runs (so upstream
 * attempts become its children), ended when the response is finished or the client leaves,
 * with the model, channel and status the request ended with. Register before the routes.
 */
export function registerRequestTracing(app: FastifyInstance, tracing: Tracing): void {
  app.decorateRequest('traceSpan', null);
  app.addHook('onRoute', (route) => {
    const handler = route.handler;
    route.handler = function traced(this: FastifyInstance, request, reply) {
      const span = request.traceSpan;
      return span ? tracing.run(span, () => handler.call(this, request, reply)) : handler.call(this, request, reply);
    };
  });
  app.addHook('onRequest', async (request) => {
    const path = request.url.split('?')[0] ?? '';
    if (UNTRACED.has(path)) return;
    const route = request.routeOptions.url;
    request.traceSpan = tracing.startRequest(`${request.method} ${route ?? path}`, request.headers, {
      'http.request.method': request.method,
      'url.path': path,
      ...(route ? { 'http.route': route } : {}),
      'nexusflow.request_id': String(request.id),
      ...(route && genAiOperation(route) ? { 'gen_ai.operation.name': genAiOperation(route) } : {}),
    });
  });
  const finish = (request: FastifyRequest, status: number | undefined): void => {
    const span = request.traceSpan;
    if (!span?.isRecording()) return;
    const observed = request.observed;
    if (observed?.model) span.setAttribute('gen_ai.request.model', observed.model);
    if (observed?.channel) span.setAttribute('nexusflow.channel', observed.channel);
    if (request.wireProtocol) span.setAttribute('nexusflow.protocol', request.wireProtocol);
    if (status === undefined) {
      span.setAttribute('error.type', 'client_disconnected');
    } else {
      span.setAttribute('http.response.status_code', status);
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    }
    span.end();
  };
  app.addHook('onResponse', async (request, reply) => finish(request, reply.statusCode));
  app.addHook('onRequestAbort', async (request) => finish(request, undefined));
}

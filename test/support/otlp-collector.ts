import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import protobuf from 'protobufjs';

/**
 * The part of opentelemetry-proto's trace schema a test reads (field numbers as in
 * opentelemetry/proto/collector/trace/v1/trace_service.proto and trace/v1/trace.proto).
 */
const PROTO = `
syntax = "proto3";
package otlp;
message AnyValue { oneof value { string string_value = 1; bool bool_value = 2; int64 int_value = 3; double double_value = 4; } }
message KeyValue { string key = 1; AnyValue value = 2; }
message Resource { repeated KeyValue attributes = 1; }
message Scope { string name = 1; string version = 2; }
message Status { string message = 2; int32 code = 3; }
message Span {
  bytes trace_id = 1; bytes span_id = 2; string trace_state = 3; bytes parent_span_id = 4; string name = 5; int32 kind = 6;
  fixed64 start_time_unix_nano = 7; fixed64 end_time_unix_nano = 8; repeated KeyValue attributes = 9; Status status = 15;
}
message ScopeSpans { Scope scope = 1; repeated Span spans = 2; }
message ResourceSpans { Resource resource = 1; repeated ScopeSpans scope_spans = 2; }
message ExportTraceServiceRequest { repeated ResourceSpans resource_spans = 1; }
`;
const ExportRequest = protobuf.parse(PROTO, { keepCase: false }).root.lookupType('otlp.ExportTraceServiceRequest');

/** A received span, the same whichever encoding it came in. Ids are lowercase hex. */
export interface CollectedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  /** OTLP SpanKind: 2 server, 3 client. */
  kind: number;
  /** OTLP status code: 0 unset, 1 ok, 2 error. */
  status: number;
  attributes: Record<string, string | number | boolean>;
  resource: Record<string, string | number | boolean>;
}

export interface OtlpCollector {
  /** `OTEL_EXPORTER_OTLP_ENDPOINT` for this receiver. */
  endpoint: string;
  spans: CollectedSpan[];
  /** Content types of the export requests received. */
  contentTypes: string[];
  headers: IncomingHttpHeaders[];
  close(): Promise<void>;
}

interface RawValue { stringValue?: string; boolValue?: boolean; intValue?: string | number; doubleValue?: number }
interface RawKeyValue { key: string; value?: RawValue }
interface RawSpan {
  traceId: string; spanId: string; parentSpanId?: string; name: string; kind?: number | string;
  attributes?: RawKeyValue[]; status?: { code?: number | string };
}
interface RawRequest { resourceSpans?: { resource?: { attributes?: RawKeyValue[] }; scopeSpans?: { spans?: RawSpan[] }[] }[] }

const SPAN_KINDS: Record<string, number> = { SPAN_KIND_INTERNAL: 1, SPAN_KIND_SERVER: 2, SPAN_KIND_CLIENT: 3 };
const STATUS_CODES: Record<string, number> = { STATUS_CODE_UNSET: 0, STATUS_CODE_OK: 1, STATUS_CODE_ERROR: 2 };

function attrs(list: RawKeyValue[] | undefined): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const { key, value } of list ?? []) {
    if (value?.stringValue !== undefined) out[key] = value.stringValue;
    else if (value?.boolValue !== undefined) out[key] = value.boolValue;
    else if (value?.intValue !== undefined) out[key] = Number(value.intValue);
    else if (value?.doubleValue !== undefined) out[key] = value.doubleValue;
  }
  return out;
}

const hex = (v: string | undefined, binary: boolean): string => (!v ? '' : binary ? Buffer.from(v, 'base64').toString('hex') : v.toLowerCase());

function collect(request: RawRequest, binaryIds: boolean, into: CollectedSpan[]): void {
  for (const rs of request.resourceSpans ?? []) {
    const resource = attrs(rs.resource?.attributes);
    for (const ss of rs.scopeSpans ?? []) {
      for (const s of ss.spans ?? []) {
        into.push({
          traceId: hex(s.traceId, binaryIds), spanId: hex(s.spanId, binaryIds), parentSpanId: hex(s.parentSpanId, binaryIds), name: s.name,
          kind: typeof s.kind === 'string' ? (SPAN_KINDS[s.kind] ?? 0) : (s.kind ?? 0),
          status: typeof s.status?.code === 'string' ? (STATUS_CODES[s.status.code] ?? 0) : (s.status?.code ?? 0),
          attributes: attrs(s.attributes), resource,
        });
      }
    }
  }
}

/** An OTLP/HTTP trace receiver on loopback: `POST /v1/traces`, protobuf or JSON. */
export async function startOtlpCollector(): Promise<OtlpCollector> {
  const spans: CollectedSpan[] = [];
  const contentTypes: string[] = [];
  const headers: IncomingHttpHeaders[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const type = req.headers['content-type'] ?? '';
      if (req.method !== 'POST' || req.url !== '/v1/traces') {
        res.writeHead(404).end();
        return;
      }
      contentTypes.push(type);
      headers.push(req.headers);
      if (type.startsWith('application/x-protobuf')) {
        // bytes → base64 strings, then decoded like JSON's hex ids.
        const decoded = ExportRequest.toObject(ExportRequest.decode(body), { longs: String, bytes: String, defaults: false }) as RawRequest;
        collect(decoded, true, spans);
        res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
      } else {
        collect(JSON.parse(body.toString('utf8')) as RawRequest, false, spans);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    spans, contentTypes, headers,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

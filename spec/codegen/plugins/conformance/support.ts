/**
 * Conformance test support, copied verbatim to generated/conformance.gen.ts by the
 * conformance plugin (so it is type-checked here and in place). Must only import packages.
 *
 * Sends one request to a running gateway, checks status and content type, and validates
 * the body (or every server-sent event) against the spec's schemas with Ajv.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { expect } from 'vitest';

export interface ConformanceGateway {
  baseUrl: string;
  apiKey: string;
  /** For specs whose `info.x-nexusflow-conformance-credential` is `admin`. */
  adminToken?: string;
}

export type ConformanceAuth =
  | { kind: 'none' }
  | { kind: 'bearer' }
  | { kind: 'basic' }
  | { kind: 'header'; name: string }
  | { kind: 'query'; name: string };

export interface ConformanceSse {
  framing: 'data' | 'event';
  done: string | null;
}

/** One operation under test, with its cases. */
export interface ConformanceOperation {
  operationId: string;
  method: string;
  /** OpenAPI path, `{param}`s filled from `params`. */
  path: string;
  params: Record<string, string>;
  query: Record<string, string>;
  /** How to send the credential (the gateway's API key, or its admin token). */
  auth: ConformanceAuth;
  sse?: ConformanceSse;
  /** JSON pointers into the spec document, per response status as written (`200`, `4XX`, `default`). */
  responses: Record<string, { mediaTypes: string[]; schema?: string; eventSchema?: string }>;
  cases: ConformanceCase[];
}

export interface ConformanceCase {
  title: string;
  /** JSON request body; absent sends none. */
  body?: unknown;
  /** false: send no credentials at all. */
  credentials: boolean;
  expectStatus: number;
  /** Read the answer as an SSE stream. */
  stream: boolean;
}

export interface ConformanceSpec {
  name: string;
  /** `info.x-nexusflow-conformance-headers`. */
  headers: Record<string, string>;
  document: { readonly [key: string]: unknown };
  /** `info.x-nexusflow-conformance-credential`: `admin` sends the admin token instead of the API key. */
  credential?: 'admin';
}

interface SseFrame {
  event?: string;
  data: string[];
}

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv2020,
) => Ajv2020;

/** JSON pointer escaping for one segment. */
export function pointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function createConformanceKit(spec: ConformanceSpec) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, allowUnionTypes: true, validateSchema: false });
  addFormats(ajv);
  const base = `urn:nexusflow:conformance:${spec.name}`;
  ajv.addSchema(spec.document as object, base);
  const compiled = new Map<string, ValidateFunction>();
  const validatorAt = (pointer: string): ValidateFunction => {
    let v = compiled.get(pointer);
    if (!v) {
      v = ajv.compile({ $ref: `${base}${pointer}` });
      compiled.set(pointer, v);
    }
    return v;
  };

  const assertValid = (pointer: string, value: unknown, what: string): void => {
    const validate = validatorAt(pointer);
    if (!validate(value)) {
      expect.fail(`${what} does not match ${pointer}:\n${formatErrors(validate.errors)}\n${JSON.stringify(value, null, 2).slice(0, 4000)}`);
    }
  };

  const responseFor = (op: ConformanceOperation, status: number) =>
    op.responses[String(status)] ?? op.responses[`${String(status).charAt(0)}XX`] ?? op.responses.default;

  return {
    async run(gateway: ConformanceGateway, op: ConformanceOperation, c: ConformanceCase): Promise<void> {
      const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
        const value = op.params[name];
        if (value === undefined) throw new Error(`${c.title}: no value for path parameter '${name}'`);
        return encodeURIComponent(value);
      });
      const url = new URL(gateway.baseUrl.replace(/\/$/, '') + path);
      for (const [k, v] of Object.entries(op.query)) url.searchParams.set(k, v);
      const headers: Record<string, string> = { accept: 'application/json', ...spec.headers };
      if (c.credentials) {
        const auth = op.auth;
        const secret = spec.credential === 'admin' ? gateway.adminToken : gateway.apiKey;
        if (secret === undefined) throw new Error(`${c.title}: the test gateway has no admin token`);
        if (auth.kind === 'bearer') headers.authorization = `Bearer ${secret}`;
        else if (auth.kind === 'basic') headers.authorization = `Basic ${Buffer.from(`${secret}:`).toString('base64')}`;
        else if (auth.kind === 'header') headers[auth.name.toLowerCase()] = secret;
        else if (auth.kind === 'query') url.searchParams.set(auth.name, secret);
      }
      const init: RequestInit = { method: op.method, headers };
      if (c.body !== undefined) {
        headers['content-type'] = 'application/json';
        init.body = JSON.stringify(c.body);
      }

      const res = await fetch(url, init);
      const text = await res.text();
      expect(res.status, `${op.method} ${url.pathname}: unexpected status; body: ${text.slice(0, 2000)}`).toBe(c.expectStatus);
      const declared = responseFor(op, res.status);
      if (!declared) expect.fail(`status ${res.status} is not declared in the spec for ${op.method} ${op.path}`);
      const contentType = res.headers.get('content-type') ?? '';

      if (c.stream && res.status >= 200 && res.status < 300) {
        expect(contentType, 'content-type of a stream').toMatch(/^text\/event-stream\b/);
        if (!declared.eventSchema || !op.sse) return expect.fail('the spec declares no event schema / x-nexusflow-sse for this stream');
        const events = parseSse(text, op.sse);
        expect(events.length, 'number of events').toBeGreaterThan(0);
        events.forEach((event, i) => assertValid(declared.eventSchema!, event, `event ${i}`));
        return;
      }

      const mediaType = declared.mediaTypes.find((m) => m !== 'text/event-stream');
      if (mediaType === undefined) {
        expect(text, 'a response without declared content').toBe('');
        return;
      }
      expect(contentType.split(';')[0]?.trim(), 'content-type').toBe(mediaType);
      if (mediaType === 'application/json' || mediaType.endsWith('+json')) {
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          return expect.fail(`body is not JSON: ${text.slice(0, 2000)}`);
        }
        if (declared.schema) assertValid(declared.schema, body, `${res.status} body`);
      }
    },
  };
}

function formatErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `  ${e.instancePath || '(root)'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`).join('\n');
}

/**
 * Splits an SSE body into frames and checks the framing the spec declares (protocols.md
 * §1.5): every frame ends with a blank line, including the last; `data` framing has no
 * `event:` lines; `event` framing has one `event:` line per frame, equal to the JSON `type`;
 * one `data:` line per frame; the `done` terminator is last when set and absent otherwise.
 * Returns the parsed JSON of every event, terminator excluded.
 */
export function parseSse(text: string, sse: ConformanceSse): unknown[] {
  if (text.length > 0 && !/(\r\n\r\n|\n\n|\r\r)$/.test(text)) throw new Error('the last SSE frame is not followed by a blank line');
  const frames: SseFrame[] = [];
  for (const block of text.split(/\r\n\r\n|\n\n|\r\r/)) {
    if (block === '') continue;
    const frame: SseFrame = { data: [] };
    let fields = 0;
    for (const line of block.split(/\r\n|\n|\r/)) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      fields++;
      if (field === 'data') frame.data.push(value);
      else if (field === 'event') {
        if (frame.event !== undefined) throw new Error(`two event: lines in one frame: ${block}`);
        frame.event = value;
      } else if (field !== 'id' && field !== 'retry') throw new Error(`unknown SSE field '${field}' in frame: ${block}`);
    }
    if (fields > 0) frames.push(frame);
  }

  const events: unknown[] = [];
  frames.forEach((frame, i) => {
    const where = `frame ${i}`;
    if (frame.data.length !== 1) throw new Error(`${where}: expected exactly one data: line, got ${frame.data.length}`);
    const data = frame.data[0]!;
    const isLast = i === frames.length - 1;
    if (sse.done !== null && data === sse.done) {
      if (!isLast) throw new Error(`${where}: the ${sse.done} terminator is not the last frame`);
      if (frame.event !== undefined) throw new Error(`${where}: the terminator frame has an event: line`);
      return;
    }
    if (isLast && sse.done !== null) throw new Error(`the stream does not end with data: ${sse.done}`);
    if (data === '[DONE]') throw new Error(`${where}: unexpected [DONE] (this stream has no terminator)`);
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      throw new Error(`${where}: data is not JSON: ${data.slice(0, 500)}`);
    }
    if (sse.framing === 'data') {
      if (frame.event !== undefined) throw new Error(`${where}: unexpected event: line in data framing`);
    } else {
      if (frame.event === undefined) throw new Error(`${where}: missing event: line`);
      const type = typeof json === 'object' && json !== null ? (json as { type?: unknown }).type : undefined;
      if (type !== frame.event) throw new Error(`${where}: event: ${frame.event} but JSON type is ${JSON.stringify(type)}`);
    }
    events.push(json);
  });
  if (sse.done !== null && frames.length === 0) throw new Error(`empty stream (expected data: ${sse.done} at least)`);
  return events;
}

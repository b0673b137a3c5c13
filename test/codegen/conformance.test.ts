import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conformancePlugin } from '../../spec/codegen/plugins/conformance/plugin.js';
import { createConformanceKit, parseSse, type ConformanceOperation } from '../../spec/codegen/plugins/conformance/support.js';
import { documentPlugin } from '../../spec/codegen/plugins/document/plugin.js';
import { file, generateFiles, loadFixture, loadOpenAiSpec } from './helpers.js';

/** The `operations` literal of a generated test file (TS with bare keys: valid JS). */
function operationsOf(source: string): ConformanceOperation[] {
  const start = source.indexOf('const operations: ConformanceOperation[] = ') + 'const operations: ConformanceOperation[] = '.length;
  return new Function(`return ${source.slice(start, source.indexOf('\n];\n', start) + 2)};`)() as ConformanceOperation[];
}

describe('parseSse', () => {
  const openai = { framing: 'data', done: '[DONE]' } as const;
  const anthropic = { framing: 'event', done: null } as const;
  const gemini = { framing: 'data', done: null } as const;

  it('data framing with a terminator', () => {
    expect(parseSse('data: {"a":1}\n\n: keep-alive\n\ndata:{"a":2}\r\n\r\ndata: [DONE]\n\n', openai)).toEqual([{ a: 1 }, { a: 2 }]);
  });
  it('event framing: the event name must equal the JSON type', () => {
    expect(parseSse('event: ping\ndata: {"type":"ping"}\n\n', anthropic)).toEqual([{ type: 'ping' }]);
    expect(() => parseSse('event: ping\ndata: {"type":"pong"}\n\n', anthropic)).toThrow(/event: ping but JSON type is "pong"/);
    expect(() => parseSse('data: {"type":"ping"}\n\n', anthropic)).toThrow(/missing event: line/);
  });
  it('data framing rejects event: lines', () => {
    expect(() => parseSse('event: x\ndata: {}\n\n', gemini)).toThrow(/unexpected event: line/);
  });
  it('the terminator is last when set, absent otherwise', () => {
    expect(() => parseSse('data: {}\n\n', openai)).toThrow(/does not end with data: \[DONE\]/);
    expect(() => parseSse('data: [DONE]\n\ndata: {}\n\n', openai)).toThrow(/not the last frame/);
    expect(() => parseSse('data: {}\n\ndata: [DONE]\n\n', gemini)).toThrow(/unexpected \[DONE\]/);
  });
  it('every frame ends with a blank line, one data line each', () => {
    expect(() => parseSse('data: {}\n\ndata: {}', gemini)).toThrow(/not followed by a blank line/);
    expect(() => parseSse('data: {"a":\ndata: 1}\n\n', gemini)).toThrow(/exactly one data: line/);
    expect(() => parseSse('data: nope\n\n', gemini)).toThrow(/not JSON/);
  });
});

describe('conformance plugin output', () => {
  it('copies the support module verbatim and writes one test file per spec', async () => {
    const files = await generateFiles([loadFixture('event-stream'), loadFixture('colon-path')], [documentPlugin(), conformancePlugin()]);
    expect(file(files, 'generated/conformance.gen.ts')).toMatch(/^\/\/ Generated from spec\/codegen\/plugins\/conformance\/support\.ts by spec\/codegen — do not edit\.\n\/\*\*/);
    const eventStream = file(files, 'generated/event-stream/conformance.gen.test.ts');
    expect(eventStream).toContain("import { startTestGateway } from '../../test/support/gateway.js';");
    expect(eventStream).toContain("headers: {\n  'anthropic-version': '2023-06-01',\n}");
    expect(eventStream).toMatchSnapshot();
    const colon = file(files, 'generated/colon-path/conformance.gen.test.ts');
    expect(colon).toContain("auth: {\n      kind: 'header',\n      name: 'x-goog-api-key',\n    },");
    expect(colon).toContain("query: {\n      alt: 'sse',\n    },");
    expect(colon).toContain("params: {\n      model: 'gemini-2.5-flash',\n    },");
  });

  it('openai: a case per example, streaming decided by the body, plus a 401 case per operation', async () => {
    const files = await generateFiles([loadOpenAiSpec()], [documentPlugin(), conformancePlugin()]);
    const test = file(files, 'generated/openai/conformance.gen.test.ts');
    const operations = operationsOf(test);
    expect(operations.map((o) => o.operationId)).toEqual(['createChatCompletion', 'createEmbedding', 'createImage', 'listModels', 'retrieveModel']);
    const cases = operations.flatMap((o) => o.cases);
    expect(cases.filter((c) => c.title === 'rejects a request without credentials → 401' && !c.credentials)).toHaveLength(operations.length);
    expect(cases.filter((c) => c.stream).map((c) => c.title)).toEqual(['example streaming → 200 (Streaming with a final usage chunk)']);
    expect(cases.find((c) => c.title.startsWith('example invalidTemperature'))).toMatchObject({ expectStatus: 400, stream: false });
    expect(operations[4]).toMatchObject({ params: { model: 'qwen-turbo' }, auth: { kind: 'bearer' } });
    expect(operations[0]!.sse).toEqual({ framing: 'data', done: '[DONE]' });
    expect(operations[0]!.responses['401']!.schema).toBe('#/components/responses/Unauthorized/content/application~1json/schema');
  });
});

// The kit against a fake Anthropic-like server: it must pass good answers and catch bad ones.
describe('conformance kit against a fake server', () => {
  const spec = loadFixture('event-stream');
  let mode = 'good';
  let seenHeaders: IncomingMessage['headers'] = {};
  let server: Server;
  let baseUrl: string;
  const kit = createConformanceKit({ name: spec.name, headers: spec.conformanceHeaders, document: spec.document });

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    seenHeaders = req.headers;
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      if (req.headers.authorization !== 'Bearer test-key') {
        res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ type: 'error', error: { type: 'authentication_error', message: 'no key' } }));
        return;
      }
      const body = JSON.parse(raw) as { stream?: boolean; max_tokens: number };
      if (body.max_tokens < 1) {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ type: 'error', error: { type: 'invalid_request_error', message: 'max_tokens' } }));
      } else if (body.stream) {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        const frames = ['event: message_start\ndata: {"type":"message_start"}\n\n', 'event: message_stop\ndata: {"type":"message_stop"}\n\n'];
        if (mode === 'bad-event-name') frames[1] = 'event: stop\ndata: {"type":"message_stop"}\n\n';
        if (mode === 'bad-event-schema') frames[1] = 'event: message_end\ndata: {"type":"message_end"}\n\n';
        res.end(frames.join(''));
      } else if (mode === 'bad-content-type') {
        res.writeHead(200, { 'content-type': 'text/plain' }).end(JSON.stringify({ type: 'message', content: [] }));
      } else {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(mode === 'bad-body' ? { type: 'message' } : { type: 'message', content: [] }));
      }
    });
  };

  beforeAll(async () => {
    server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const op = async (): Promise<ConformanceOperation> => {
    const files = await generateFiles([spec], [documentPlugin(), conformancePlugin()]);
    return operationsOf(file(files, 'generated/event-stream/conformance.gen.test.ts'))[0]!;
  };
  const gateway = () => ({ baseUrl, apiKey: 'test-key' });

  it('passes every generated case against a conforming server', async () => {
    mode = 'good';
    const operation = await op();
    expect(operation.cases.map((c) => [c.title, c.expectStatus, c.stream, c.credentials])).toEqual([
      ['example plain → 200', 200, false, true],
      ['example streaming → 200', 200, true, true],
      ['example tooLong → 400', 400, false, true],
      ['rejects a request without credentials → 401', 401, false, false],
    ]);
    for (const c of operation.cases) await kit.run(gateway(), operation, c);
    expect(seenHeaders['anthropic-version']).toBe('2023-06-01');
  });

  for (const [bad, message] of [
    ['bad-event-name', /event: stop but JSON type is "message_stop"/],
    ['bad-event-schema', /event 1 does not match/],
    ['bad-body', /200 body does not match/],
    ['bad-content-type', /content-type/],
  ] as const) {
    it(`catches ${bad}`, async () => {
      mode = bad;
      const operation = await op();
      const failures: string[] = [];
      for (const c of operation.cases) {
        try {
          await kit.run(gateway(), operation, c);
        } catch (error) {
          failures.push((error as Error).message);
        }
      }
      expect(failures.join('\n')).toMatch(message);
    });
  }
});

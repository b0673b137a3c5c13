import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../spec/codegen/parse.js';
import { listSpecSources, openApiDirectory } from '../../spec/codegen/sources.js';
import { loadFixture, loadOpenAiSpec, ROOT } from './helpers.js';

const irWithoutDocument = (name: string) => {
  const { document: _document, ...ir } = loadFixture(name);
  return ir;
};

describe('parse → IR', () => {
  for (const name of ['colon-path', 'event-stream', 'query-param', 'no-body', 'discriminator']) {
    it(`${name}`, () => {
      expect(irWithoutDocument(name)).toMatchSnapshot();
    });
  }

  it('openai.yaml: protocol, security and its operations', () => {
    const spec = loadOpenAiSpec();
    expect(spec.protocol).toBe('openai');
    expect(spec.securitySchemes).toEqual([{ name: 'bearerAuth', type: 'http', scheme: 'bearer' }]);
    expect(spec.operations.map((o) => [o.operationId, o.method, o.path, o.routerPath])).toEqual([
      ['createChatCompletion', 'POST', '/v1/chat/completions', '/v1/chat/completions'],
      ['createEmbedding', 'POST', '/v1/embeddings', '/v1/embeddings'],
      ['createImage', 'POST', '/v1/images/generations', '/v1/images/generations'],
      ['listModels', 'GET', '/v1/models', '/v1/models'],
      ['retrieveModel', 'GET', '/v1/models/{model}', '/v1/models/:model'],
    ]);
    const chat = spec.operations[0]!;
    expect(chat.sse).toEqual({ framing: 'data', done: '[DONE]' });
    expect(chat.requestBody?.required).toBe(true);
    expect(chat.security).toEqual([{ bearerAuth: [] }]);
    expect(chat.responses.map((r) => r.status)).toEqual(['200', '400', '401', '402', '404', '413', '429', '500', '501', '502', '503', '504']);
    expect(chat.responses[0]!.content.map((m) => m.mediaType)).toEqual(['application/json', 'text/event-stream']);
    expect(chat.responses[0]!.content[1]!.eventSchema).toEqual({ $ref: '#/components/schemas/CreateChatCompletionStreamResponse' });
    // Response $refs are resolved; schemas keep theirs.
    expect(chat.responses[2]!.content[0]!.schema).toEqual({ $ref: '#/components/schemas/ErrorResponse' });
    const negatives = chat.requestBody!.examples.filter((e) => e.expectStatus === 400).map((e) => e.name);
    expect(negatives.length).toBeGreaterThan(0);
  });

  it('lists spec/openapi/*.yaml as sources named by file stem', async () => {
    const sources = await listSpecSources(ROOT, [openApiDirectory('spec/openapi'), openApiDirectory('spec/does-not-exist', { optional: true })]);
    expect(sources.map((s) => [s.name, s.origin])).toContainEqual(['openai', 'spec/openapi/openai.yaml']);
  });

  it('rejects duplicate spec names across sources', async () => {
    await expect(listSpecSources(ROOT, [openApiDirectory('spec/openapi'), openApiDirectory('spec/openapi')])).rejects.toThrow(/two specs are named '[a-z-]+'/);
  });

  const minimal = (patch: Record<string, unknown>) => ({
    openapi: '3.1.0',
    info: { title: 't', version: '1', 'x-nexusflow-protocol': 'openai' },
    paths: {},
    ...patch,
  });
  const bad: [string, Record<string, unknown>, RegExp][] = [
    ['a missing protocol', { info: { title: 't', version: '1' } }, /x-nexusflow-protocol/],
    ['OpenAPI 3.0', { openapi: '3.0.3' }, /must be 3\.1/],
    ['a duplicate operationId', { paths: { '/a': { get: { operationId: 'x', responses: {} } }, '/b': { get: { operationId: 'x', responses: {} } } } }, /duplicate operationId/],
    ['an undeclared path parameter', { paths: { '/a/{id}': { get: { operationId: 'x', responses: {} } } } }, /path parameter 'id' is not declared/],
    ['bad sse framing', { paths: { '/a': { post: { operationId: 'x', 'x-nexusflow-sse': { framing: 'lines' }, responses: {} } } } }, /framing/],
    [
      'an event stream without x-nexusflow-sse',
      { paths: { '/a': { post: { operationId: 'x', responses: { 200: { description: '', content: { 'text/event-stream': { 'x-nexusflow-event-schema': {} } } } } } } } },
      /needs x-nexusflow-sse/,
    ],
    ['an unknown security scheme', { security: [{ nope: [] }] }, /unknown security scheme 'nope'/],
  ];
  for (const [what, patch, message] of bad) {
    it(`rejects ${what}`, () => {
      expect(() => parseSpec({ name: 't', origin: 'spec/openapi/t.yaml' }, minimal(patch))).toThrow(message);
    });
  }
});

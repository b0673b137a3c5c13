import { describe, expect, expectTypeOf, it } from 'vitest';
import { createNexusFlowClient, NexusFlowError } from '../../clients/nexusflow/src/index.js';
import type { CreateChatCompletionResponse, Model } from '../../generated/client/openai/types.gen.js';
import { clientPlugin } from '../../spec/codegen/plugins/client/plugin.js';
import { file, generateFiles, loadFixture, loadOpenAiSpec } from './helpers.js';

describe('client plugin', () => {
  it('runs hey-api per spec, headers every file, and lists the specs in index.gen.ts', async () => {
    const files = await generateFiles([loadOpenAiSpec(), loadFixture('query-param')], [clientPlugin()]);
    for (const [name, contents] of files) {
      expect(name.startsWith('generated/client/')).toBe(true);
      expect(contents.startsWith('// Generated from '), name).toBe(true);
      expect(contents, name).not.toMatch(/\bBodyInit\b/);
    }
    expect(file(files, 'generated/client/openai/sdk.gen.ts')).toContain('export const createChatCompletion = ');
    expect(file(files, 'generated/client/query-param/sdk.gen.ts')).toContain('export const listItems = ');
    const index = file(files, 'generated/client/index.gen.ts');
    expect(index).toContain("import * as openaiSdk from './openai/sdk.gen.js';");
    expect(index).toContain('  queryParam: { sdk: queryParamSdk, createClient: queryParamCreateClient },');
  });
});

describe('@nexusflow/client', () => {
  const calls: Request[] = [];
  const fakeFetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    calls.push(request);
    const url = new URL(request.url);
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'x-request-id': 'req_1' } });
    if (url.pathname === '/v1/models') return json(200, { object: 'list', data: [{ id: 'qwen-turbo', object: 'model', created: 1, owned_by: 'alibaba' }] });
    if (url.pathname === '/v1/models/qwen-turbo') return json(200, { id: 'qwen-turbo', object: 'model', created: 1, owned_by: 'alibaba' });
    return json(404, { error: { message: 'The model `nope` does not exist', type: 'invalid_request_error', param: 'model', code: 'model_not_found' } });
  }) as typeof fetch;

  const client = createNexusFlowClient({ baseUrl: 'http://gateway.test/', apiKey: 'sk-test', fetch: fakeFetch });

  it('binds every generated operation of every spec', () => {
    expect(Object.keys(client).sort()).toContain('openai');
    expect(Object.keys(client.openai).sort()).toEqual(['createChatCompletion', 'createEmbedding', 'createImage', 'listModels', 'retrieveModel']);
  });

  it('sends the base URL and bearer key, and resolves to the body', async () => {
    const models = await client.openai.listModels();
    expect(models.data[0]!.id).toBe('qwen-turbo');
    const last = calls.at(-1)!;
    expect(last.url).toBe('http://gateway.test/v1/models');
    expect(last.headers.get('authorization')).toBe('Bearer sk-test');
    const model = await client.openai.retrieveModel({ path: { model: 'qwen-turbo' } });
    expectTypeOf(model).toEqualTypeOf<Model>();
    expect(model.owned_by).toBe('alibaba');
  });

  it('throws NexusFlowError with the status and the parsed error body', async () => {
    const call = client.openai.createChatCompletion({ body: { model: 'nope', messages: [{ role: 'user', content: 'hi' }] } });
    expectTypeOf(call).resolves.toEqualTypeOf<CreateChatCompletionResponse>();
    const error = await call.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NexusFlowError);
    const e = error as NexusFlowError;
    expect(e.status).toBe(404);
    expect(e.requestId).toBe('req_1');
    expect(e.message).toBe('404 The model `nope` does not exist');
    expect(e.body).toEqual({ error: { message: 'The model `nope` does not exist', type: 'invalid_request_error', param: 'model', code: 'model_not_found' } });
  });

  it('turns a network failure into status 0', async () => {
    const broken = createNexusFlowClient({ baseUrl: 'http://gateway.test', apiKey: 'k', fetch: (async () => Promise.reject(new TypeError('fetch failed'))) as typeof fetch });
    await expect(broken.openai.listModels()).rejects.toMatchObject({ name: 'NexusFlowError', status: 0 });
  });
});

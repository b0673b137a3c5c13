import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { pathParameterNames, toRouterPath } from '../../spec/codegen/router-path.js';
import { loadFixture } from './helpers.js';

describe('toRouterPath', () => {
  it.each([
    ['/v1/chat/completions', '/v1/chat/completions'],
    ['/v1/models/{model}', '/v1/models/:model'],
    ['/v1beta/models/{model}:generateContent', '/v1beta/models/:model([^/]+)::generateContent'],
    ['/v1/tasks/{id}:cancel', '/v1/tasks/:id([^/]+)::cancel'],
    ['/v1/files/{name}.json', '/v1/files/:name([^/]+).json'],
    ['/v1/a:b/{x}', '/v1/a::b/:x'],
  ])('%s → %s', (input, expected) => {
    expect(toRouterPath(input)).toBe(expected);
  });

  it('rejects two parameters in a row and odd characters', () => {
    expect(() => toRouterPath('/a/{x}{y}')).toThrow(/adjacent/);
    expect(() => toRouterPath('/a/*')).toThrow(/unsupported character/);
    expect(() => toRouterPath('/a/{x-y}')).toThrow(/parameter name/);
  });

  it('lists path parameter names', () => {
    expect(pathParameterNames('/v1beta/models/{model}:generateContent')).toEqual(['model']);
  });
});

// What the escaping is for: fastify 5 (find-my-way) must route these exactly as the spec means.
describe('router paths against fastify', () => {
  it('routes colon verbs next to a plain parameter route', async () => {
    const spec = loadFixture('colon-path');
    const app = Fastify();
    for (const op of spec.operations) {
      app.route({ method: op.method, url: op.routerPath, handler: async (req) => ({ op: op.operationId, params: req.params }) });
    }
    app.get('/v1beta/models/:model', async (req) => ({ op: 'getModel', params: req.params }));
    await app.ready();
    const hit = async (method: 'GET' | 'POST', url: string) => {
      const res = await app.inject({ method, url });
      return res.statusCode === 200 ? res.json() : res.statusCode;
    };
    expect(await hit('POST', '/v1beta/models/gemini-2.5-flash:generateContent')).toEqual({ op: 'generateContent', params: { model: 'gemini-2.5-flash' } });
    expect(await hit('POST', '/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse')).toEqual({
      op: 'streamGenerateContent',
      params: { model: 'gemini-2.5-flash' },
    });
    expect(await hit('POST', '/v1beta/models/gemini-2.5-flash%3AgenerateContent')).toEqual({ op: 'generateContent', params: { model: 'gemini-2.5-flash' } });
    expect(await hit('GET', '/v1beta/models/gemini-2.5-flash')).toEqual({ op: 'getModel', params: { model: 'gemini-2.5-flash' } });
    expect(await hit('POST', '/v1beta/models/gemini-2.5-flash:unknownVerb')).toBe(404);
    expect(await hit('POST', '/v1beta/models/:generateContent')).toBe(404);
    await app.close();
  });

  it('the naive form `:model::verb` is wrong: one catch-all parameter named `model::verb`', async () => {
    const app = Fastify();
    app.post('/v1beta/models/:model::generateContent', async (req) => req.params);
    expect(() => app.post('/v1beta/models/:model::streamGenerateContent', async () => ({}))).toThrow(/already declared/);
    await app.ready();
    const res = await app.inject({ method: 'POST', url: '/v1beta/models/x:anything' });
    expect(res.json()).toEqual({ 'model::generateContent': 'x:anything' });
    await app.close();
  });
});

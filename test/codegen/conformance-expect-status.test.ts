import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../spec/codegen/parse.js';
import { conformancePlugin } from '../../spec/codegen/plugins/conformance/plugin.js';
import { documentPlugin } from '../../spec/codegen/plugins/document/plugin.js';
import { file, generateFiles } from './helpers.js';

/** `x-nexusflow-conformance-expect-status`: a body-less case that can only answer "not found" on an empty gateway. */
const doc = (status: unknown) => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1', 'x-nexusflow-protocol': 'nexusflow' },
  security: [{ bearer: [] }],
  paths: {
    '/v1/things/{id}': {
      get: {
        operationId: 'getThing',
        'x-nexusflow-conformance-params': { id: 'thing_unknown' },
        ...(status === undefined ? {} : { 'x-nexusflow-conformance-expect-status': status }),
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } }, '404': { description: 'missing' } },
      },
    },
  },
  components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
});

describe('x-nexusflow-conformance-expect-status', () => {
  it('sets the status of the body-less case; absent means 200', async () => {
    for (const [status, want] of [[404, 404], [undefined, 200]] as const) {
      const spec = parseSpec({ name: 'things', origin: 'inline' }, doc(status));
      const out = file(await generateFiles([spec], [documentPlugin(), conformancePlugin()]), 'generated/things/conformance.gen.test.ts');
      expect(out).toContain(`title: 'GET /v1/things/{id} → ${want}'`);
      expect(out).toContain(`expectStatus: ${want},`);
    }
  });

  it('must be an HTTP status', () => {
    expect(() => parseSpec({ name: 'things', origin: 'inline' }, doc('404'))).toThrow(/x-nexusflow-conformance-expect-status: must be an HTTP status/);
    expect(() => parseSpec({ name: 'things', origin: 'inline' }, doc(1000))).toThrow(/must be an HTTP status/);
  });
});

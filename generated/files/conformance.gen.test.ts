// Generated from spec/native/files.spec.ts by spec/codegen — do not edit.
// Conformance: every request example of the spec against a running gateway.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startTestGateway } from '../../test/support/gateway.js';
import { createConformanceKit, type ConformanceOperation } from '../conformance.gen.js';
import { openApiDocument } from './document.gen.js';

const kit = createConformanceKit({ name: 'files', headers: {}, document: openApiDocument });

const operations: ConformanceOperation[] = [
  {
    operationId: 'getFileContent',
    method: 'GET',
    path: '/v1/files/{file_id}/content',
    params: {
      file_id: 'file_conformance_unknown',
    },
    query: {
      expires: '4102444800',
      sig: 'not-a-signature',
    },
    auth: {
      kind: 'none',
    },
    responses: {
      '200': {
        mediaTypes: [
          'image/png',
          'image/apng',
          'image/jpeg',
          'image/webp',
          'video/mp4',
          'application/octet-stream',
        ],
        schema: '#/paths/~1v1~1files~1{file_id}~1content/get/responses/200/content/image~1png/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1files~1{file_id}~1content/get/responses/400/content/application~1json/schema',
      },
      '403': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1files~1{file_id}~1content/get/responses/403/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1files~1{file_id}~1content/get/responses/404/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /v1/files/{file_id}/content → 403',
        credentials: true,
        expectStatus: 403,
        stream: false,
      },
    ],
  },
];

let gateway: Awaited<ReturnType<typeof startTestGateway>> | undefined;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(async () => {
  await gateway?.close();
});

describe('files conformance', () => {
  for (const op of operations) {
    describe(`${op.operationId} (${op.method} ${op.path})`, () => {
      for (const c of op.cases) {
        it(c.title, async () => {
          if (!gateway) throw new Error('the test gateway did not start');
          await kit.run(gateway, op, c);
        });
      }
    });
  }
});

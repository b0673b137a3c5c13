// Generated from spec/native/account.spec.ts by spec/codegen — do not edit.
// Conformance: every request example of the spec against a running gateway.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startTestGateway } from '../../test/support/gateway.js';
import { createConformanceKit, type ConformanceOperation } from '../conformance.gen.js';
import { openApiDocument } from './document.gen.js';

const kit = createConformanceKit({ name: 'account', headers: {}, document: openApiDocument });

const operations: ConformanceOperation[] = [
  {
    operationId: 'getAccount',
    method: 'GET',
    path: '/v1/account',
    params: {},
    query: {},
    auth: {
      kind: 'bearer',
    },
    responses: {
      '200': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1account/get/responses/200/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1account/get/responses/401/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1account/get/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /v1/account → 200',
        credentials: true,
        expectStatus: 200,
        stream: false,
      },
      {
        title: 'rejects a request without credentials → 401',
        credentials: false,
        expectStatus: 401,
        stream: false,
      },
    ],
  },
  {
    operationId: 'getAccountUsageSeries',
    method: 'GET',
    path: '/v1/account/usage/series',
    params: {},
    query: {},
    auth: {
      kind: 'bearer',
    },
    responses: {
      '200': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1account~1usage~1series/get/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1account~1usage~1series/get/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1account~1usage~1series/get/responses/401/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1account~1usage~1series/get/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /v1/account/usage/series → 200',
        credentials: true,
        expectStatus: 200,
        stream: false,
      },
      {
        title: 'rejects a request without credentials → 401',
        credentials: false,
        expectStatus: 401,
        stream: false,
      },
    ],
  },
  {
    operationId: 'listAccountUsage',
    method: 'GET',
    path: '/v1/account/usage',
    params: {},
    query: {},
    auth: {
      kind: 'bearer',
    },
    responses: {
      '200': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1account~1usage/get/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1account~1usage/get/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1account~1usage/get/responses/401/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1account~1usage/get/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /v1/account/usage → 200',
        credentials: true,
        expectStatus: 200,
        stream: false,
      },
      {
        title: 'rejects a request without credentials → 401',
        credentials: false,
        expectStatus: 401,
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

describe('account conformance', () => {
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

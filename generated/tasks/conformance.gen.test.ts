// Generated from spec/native/tasks.spec.ts by spec/codegen — do not edit.
// Conformance: every request example of the spec against a running gateway.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startTestGateway } from '../../test/support/gateway.js';
import { createConformanceKit, type ConformanceOperation } from '../conformance.gen.js';
import { openApiDocument } from './document.gen.js';

const kit = createConformanceKit({ name: 'tasks', headers: {}, document: openApiDocument });

const operations: ConformanceOperation[] = [
  {
    operationId: 'createTask',
    method: 'POST',
    path: '/v1/tasks',
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
        schema: '#/paths/~1v1~1tasks/post/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1tasks/post/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1tasks/post/responses/401/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1tasks/post/responses/404/content/application~1json/schema',
      },
      '409': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1tasks/post/responses/409/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1tasks/post/responses/429/content/application~1json/schema',
      },
      '503': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1tasks/post/responses/503/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'example image → 200 (One image)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          model: 'wan2.6-t2i',
          kind: 'image',
          input: {
            prompt: 'A futuristic city at sunset, cyberpunk style',
          },
          parameters: {
            size: '1024x1024',
            n: 1,
          },
        },
      },
      {
        title: 'example video → 200 (A five-second video)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          model: 'wan2.6-t2v',
          kind: 'video',
          input: {
            prompt: 'Waves on a beach at dawn',
          },
          parameters: {
            size: '1280x720',
            duration: 5,
          },
        },
      },
      {
        title: 'example bad-kind → 400 (Unknown kind)',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          model: 'wan2.6-t2i',
          kind: 'audio',
          input: {
            prompt: 'x',
          },
        },
      },
      {
        title: 'example no-prompt → 400 (Missing prompt)',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          model: 'wan2.6-t2i',
          kind: 'image',
          input: {},
        },
      },
      {
        title: 'rejects a request without credentials → 401',
        credentials: false,
        expectStatus: 401,
        stream: false,
        body: {
          model: 'wan2.6-t2i',
          kind: 'image',
          input: {
            prompt: 'A futuristic city at sunset, cyberpunk style',
          },
          parameters: {
            size: '1024x1024',
            n: 1,
          },
        },
      },
    ],
  },
  {
    operationId: 'listTasks',
    method: 'GET',
    path: '/v1/tasks',
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
        schema: '#/paths/~1v1~1tasks/get/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1tasks/get/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1tasks/get/responses/401/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1tasks/get/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /v1/tasks → 200',
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
    operationId: 'getCallbackSecret',
    method: 'GET',
    path: '/v1/tasks/callback-secret',
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
        schema: '#/paths/~1v1~1tasks~1callback-secret/get/responses/200/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1tasks~1callback-secret/get/responses/401/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1tasks~1callback-secret/get/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /v1/tasks/callback-secret → 200',
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
    operationId: 'getTask',
    method: 'GET',
    path: '/v1/tasks/{task_id}',
    params: {
      task_id: 'task_conformance_unknown',
    },
    query: {},
    auth: {
      kind: 'bearer',
    },
    responses: {
      '200': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1tasks~1{task_id}/get/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1tasks~1{task_id}/get/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1tasks~1{task_id}/get/responses/401/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1tasks~1{task_id}/get/responses/404/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1tasks~1{task_id}/get/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /v1/tasks/{task_id} → 404',
        credentials: true,
        expectStatus: 404,
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
    operationId: 'cancelTask',
    method: 'POST',
    path: '/v1/tasks/{task_id}/cancel',
    params: {
      task_id: 'task_conformance_unknown',
    },
    query: {},
    auth: {
      kind: 'bearer',
    },
    responses: {
      '200': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1tasks~1{task_id}~1cancel/post/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1tasks~1{task_id}~1cancel/post/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1tasks~1{task_id}~1cancel/post/responses/401/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1tasks~1{task_id}~1cancel/post/responses/404/content/application~1json/schema',
      },
      '409': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1tasks~1{task_id}~1cancel/post/responses/409/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1tasks~1{task_id}~1cancel/post/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'POST /v1/tasks/{task_id}/cancel → 404',
        credentials: true,
        expectStatus: 404,
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

describe('tasks conformance', () => {
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

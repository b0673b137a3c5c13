// Generated from spec/native/admin.spec.ts by spec/codegen — do not edit.
// Conformance: every request example of the spec against a running gateway.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startTestGateway } from '../../test/support/gateway.js';
import { createConformanceKit, type ConformanceOperation } from '../conformance.gen.js';
import { openApiDocument } from './document.gen.js';

const kit = createConformanceKit({ name: 'admin', headers: {}, document: openApiDocument, credential: 'admin' });

const operations: ConformanceOperation[] = [
  {
    operationId: 'listAccounts',
    method: 'GET',
    path: '/admin/v1/accounts',
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
        schema: '#/paths/~1admin~1v1~1accounts/get/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts/get/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts/get/responses/401/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts/get/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /admin/v1/accounts → 200',
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
    operationId: 'createAccount',
    method: 'POST',
    path: '/admin/v1/accounts',
    params: {},
    query: {},
    auth: {
      kind: 'bearer',
    },
    responses: {
      '201': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts/post/responses/201/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts/post/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts/post/responses/401/content/application~1json/schema',
      },
      '409': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts/post/responses/409/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts/post/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'example create → 201',
        credentials: true,
        expectStatus: 201,
        stream: false,
        body: {
          id: 'acct_conformance',
          name: 'Conformance Inc.',
          credit_limit: 0,
        },
      },
      {
        title: 'example duplicate → 409 (the same id again)',
        credentials: true,
        expectStatus: 409,
        stream: false,
        body: {
          id: 'acct_conformance',
          name: 'Again',
        },
      },
      {
        title: 'example missingName → 400',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          id: 'acct_nameless',
        },
      },
      {
        title: 'example negativeLimit → 400',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          name: 'Debtor',
          credit_limit: -1,
        },
      },
      {
        title: 'rejects a request without credentials → 401',
        credentials: false,
        expectStatus: 401,
        stream: false,
        body: {
          id: 'acct_conformance',
          name: 'Conformance Inc.',
          credit_limit: 0,
        },
      },
    ],
  },
  {
    operationId: 'getAccount',
    method: 'GET',
    path: '/admin/v1/accounts/{account_id}',
    params: {
      account_id: 'acct_conformance',
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
        schema: '#/paths/~1admin~1v1~1accounts~1{account_id}/get/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts~1{account_id}/get/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts~1{account_id}/get/responses/401/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts~1{account_id}/get/responses/404/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts~1{account_id}/get/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /admin/v1/accounts/{account_id} → 200',
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
    operationId: 'updateAccount',
    method: 'PATCH',
    path: '/admin/v1/accounts/{account_id}',
    params: {
      account_id: 'acct_conformance',
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
        schema: '#/paths/~1admin~1v1~1accounts~1{account_id}/patch/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts~1{account_id}/patch/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts~1{account_id}/patch/responses/401/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts~1{account_id}/patch/responses/404/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts~1{account_id}/patch/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'example creditLimit → 200',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          credit_limit: 1000000,
        },
      },
      {
        title: 'example badLimit → 400',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          credit_limit: 'lots',
        },
      },
      {
        title: 'rejects a request without credentials → 401',
        credentials: false,
        expectStatus: 401,
        stream: false,
        body: {
          credit_limit: 1000000,
        },
      },
    ],
  },
  {
    operationId: 'topUpAccount',
    method: 'POST',
    path: '/admin/v1/accounts/{account_id}/topups',
    params: {
      account_id: 'acct_conformance',
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
        schema: '#/paths/~1admin~1v1~1accounts~1{account_id}~1topups/post/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts~1{account_id}~1topups/post/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts~1{account_id}~1topups/post/responses/401/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts~1{account_id}~1topups/post/responses/404/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts~1{account_id}~1topups/post/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'example topUp → 200',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          amount: 5000000,
          reason: 'conformance top-up',
          idempotency_key: 'conformance-1',
        },
      },
      {
        title: 'example repeated → 200 (the same idempotency key: nothing added)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          amount: 5000000,
          reason: 'again',
          idempotency_key: 'conformance-1',
        },
      },
      {
        title: 'example zero → 400',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          amount: 0,
          reason: 'nothing',
        },
      },
      {
        title: 'example noReason → 400',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          amount: 1,
        },
      },
      {
        title: 'rejects a request without credentials → 401',
        credentials: false,
        expectStatus: 401,
        stream: false,
        body: {
          amount: 5000000,
          reason: 'conformance top-up',
          idempotency_key: 'conformance-1',
        },
      },
    ],
  },
  {
    operationId: 'listAccountLedger',
    method: 'GET',
    path: '/admin/v1/accounts/{account_id}/ledger',
    params: {
      account_id: 'acct_conformance',
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
        schema: '#/paths/~1admin~1v1~1accounts~1{account_id}~1ledger/get/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts~1{account_id}~1ledger/get/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts~1{account_id}~1ledger/get/responses/401/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts~1{account_id}~1ledger/get/responses/404/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1accounts~1{account_id}~1ledger/get/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /admin/v1/accounts/{account_id}/ledger → 200',
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
    operationId: 'listKeys',
    method: 'GET',
    path: '/admin/v1/keys',
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
        schema: '#/paths/~1admin~1v1~1keys/get/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys/get/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys/get/responses/401/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys/get/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /admin/v1/keys → 200',
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
    operationId: 'createKey',
    method: 'POST',
    path: '/admin/v1/keys',
    params: {},
    query: {},
    auth: {
      kind: 'bearer',
    },
    responses: {
      '201': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys/post/responses/201/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys/post/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys/post/responses/401/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys/post/responses/404/content/application~1json/schema',
      },
      '409': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys/post/responses/409/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys/post/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'example create → 201',
        credentials: true,
        expectStatus: 201,
        stream: false,
        body: {
          id: 'key_conformance',
          account_id: 'acct_conformance',
          name: 'conformance',
          spend_limit: 10000000,
          spend_period: 'month',
          rate_limits: {
            requests_per_minute: 600,
          },
        },
      },
      {
        title: 'example duplicate → 409',
        credentials: true,
        expectStatus: 409,
        stream: false,
        body: {
          id: 'key_conformance',
          account_id: 'acct_conformance',
          name: 'again',
        },
      },
      {
        title: 'example unknownAccount → 404',
        credentials: true,
        expectStatus: 404,
        stream: false,
        body: {
          account_id: 'acct_missing',
          name: 'orphan',
        },
      },
      {
        title: 'example badPeriod → 400',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          account_id: 'acct_conformance',
          name: 'x',
          spend_period: 'week',
        },
      },
      {
        title: 'rejects a request without credentials → 401',
        credentials: false,
        expectStatus: 401,
        stream: false,
        body: {
          id: 'key_conformance',
          account_id: 'acct_conformance',
          name: 'conformance',
          spend_limit: 10000000,
          spend_period: 'month',
          rate_limits: {
            requests_per_minute: 600,
          },
        },
      },
    ],
  },
  {
    operationId: 'getKey',
    method: 'GET',
    path: '/admin/v1/keys/{key_id}',
    params: {
      key_id: 'key_conformance',
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
        schema: '#/paths/~1admin~1v1~1keys~1{key_id}/get/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys~1{key_id}/get/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys~1{key_id}/get/responses/401/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys~1{key_id}/get/responses/404/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys~1{key_id}/get/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /admin/v1/keys/{key_id} → 200',
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
    operationId: 'updateKey',
    method: 'PATCH',
    path: '/admin/v1/keys/{key_id}',
    params: {
      key_id: 'key_conformance',
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
        schema: '#/paths/~1admin~1v1~1keys~1{key_id}/patch/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys~1{key_id}/patch/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys~1{key_id}/patch/responses/401/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys~1{key_id}/patch/responses/404/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys~1{key_id}/patch/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'example limits → 200',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          name: 'conformance (limited)',
          allowed_models: [
            'qwen-turbo',
          ],
          rate_limits: {
            tokens_per_minute: 100000,
          },
        },
      },
      {
        title: 'example clear → 200',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          allowed_models: null,
          expires_at: null,
        },
      },
      {
        title: 'example badRpm → 400',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          rate_limits: {
            requests_per_minute: 0,
          },
        },
      },
      {
        title: 'rejects a request without credentials → 401',
        credentials: false,
        expectStatus: 401,
        stream: false,
        body: {
          name: 'conformance (limited)',
          allowed_models: [
            'qwen-turbo',
          ],
          rate_limits: {
            tokens_per_minute: 100000,
          },
        },
      },
    ],
  },
  {
    operationId: 'rotateKey',
    method: 'POST',
    path: '/admin/v1/keys/{key_id}/rotate',
    params: {
      key_id: 'key_conformance',
    },
    query: {},
    auth: {
      kind: 'bearer',
    },
    responses: {
      '201': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys~1{key_id}~1rotate/post/responses/201/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys~1{key_id}~1rotate/post/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys~1{key_id}~1rotate/post/responses/401/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys~1{key_id}~1rotate/post/responses/404/content/application~1json/schema',
      },
      '409': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys~1{key_id}~1rotate/post/responses/409/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys~1{key_id}~1rotate/post/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'example rotate → 201',
        credentials: true,
        expectStatus: 201,
        stream: false,
        body: {
          grace_period_seconds: 3600,
        },
      },
      {
        title: 'example tooLong → 400',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          grace_period_seconds: 99999999,
        },
      },
      {
        title: 'rejects a request without credentials → 401',
        credentials: false,
        expectStatus: 401,
        stream: false,
        body: {
          grace_period_seconds: 3600,
        },
      },
    ],
  },
  {
    operationId: 'revokeKey',
    method: 'POST',
    path: '/admin/v1/keys/{key_id}/revoke',
    params: {
      key_id: 'key_conformance',
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
        schema: '#/paths/~1admin~1v1~1keys~1{key_id}~1revoke/post/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys~1{key_id}~1revoke/post/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys~1{key_id}~1revoke/post/responses/401/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys~1{key_id}~1revoke/post/responses/404/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1keys~1{key_id}~1revoke/post/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'POST /admin/v1/keys/{key_id}/revoke → 200',
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
    operationId: 'listChannels',
    method: 'GET',
    path: '/admin/v1/channels',
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
        schema: '#/paths/~1admin~1v1~1channels/get/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels/get/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels/get/responses/401/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels/get/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /admin/v1/channels → 200',
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
    operationId: 'createChannel',
    method: 'POST',
    path: '/admin/v1/channels',
    params: {},
    query: {},
    auth: {
      kind: 'bearer',
    },
    responses: {
      '201': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels/post/responses/201/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels/post/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels/post/responses/401/content/application~1json/schema',
      },
      '409': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels/post/responses/409/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels/post/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'example simulator → 201',
        credentials: true,
        expectStatus: 201,
        stream: false,
        body: {
          id: 'conformance-sim',
          provider: 'simulator',
          options: {
            chunkSize: 4,
          },
        },
      },
      {
        title: 'example upstream → 201 (with a credential (write-only))',
        credentials: true,
        expectStatus: 201,
        stream: false,
        body: {
          id: 'conformance-upstream',
          name: 'Upstream',
          provider: 'openai-compatible',
          base_url: 'http://127.0.0.1:9/v1',
          credential: 'sk-upstream-conformance',
          weight: 2,
          priority: 1,
        },
      },
      {
        title: 'example duplicate → 409',
        credentials: true,
        expectStatus: 409,
        stream: false,
        body: {
          id: 'conformance-sim',
          provider: 'simulator',
        },
      },
      {
        title: 'example badProvider → 400',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          id: 'x',
          provider: 'carrier-pigeon',
        },
      },
      {
        title: 'rejects a request without credentials → 401',
        credentials: false,
        expectStatus: 401,
        stream: false,
        body: {
          id: 'conformance-sim',
          provider: 'simulator',
          options: {
            chunkSize: 4,
          },
        },
      },
    ],
  },
  {
    operationId: 'getChannel',
    method: 'GET',
    path: '/admin/v1/channels/{channel_id}',
    params: {
      channel_id: 'conformance-sim',
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
        schema: '#/paths/~1admin~1v1~1channels~1{channel_id}/get/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels~1{channel_id}/get/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels~1{channel_id}/get/responses/401/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels~1{channel_id}/get/responses/404/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels~1{channel_id}/get/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /admin/v1/channels/{channel_id} → 200',
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
    operationId: 'updateChannel',
    method: 'PATCH',
    path: '/admin/v1/channels/{channel_id}',
    params: {
      channel_id: 'conformance-sim',
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
        schema: '#/paths/~1admin~1v1~1channels~1{channel_id}/patch/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels~1{channel_id}/patch/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels~1{channel_id}/patch/responses/401/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels~1{channel_id}/patch/responses/404/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels~1{channel_id}/patch/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'example weight → 200',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          weight: 3,
          status: 'enabled',
        },
      },
      {
        title: 'example badWeight → 400',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          weight: -1,
        },
      },
      {
        title: 'rejects a request without credentials → 401',
        credentials: false,
        expectStatus: 401,
        stream: false,
        body: {
          weight: 3,
          status: 'enabled',
        },
      },
    ],
  },
  {
    operationId: 'disableChannel',
    method: 'POST',
    path: '/admin/v1/channels/{channel_id}/disable',
    params: {
      channel_id: 'conformance-sim',
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
        schema: '#/paths/~1admin~1v1~1channels~1{channel_id}~1disable/post/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels~1{channel_id}~1disable/post/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels~1{channel_id}~1disable/post/responses/401/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels~1{channel_id}~1disable/post/responses/404/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels~1{channel_id}~1disable/post/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'POST /admin/v1/channels/{channel_id}/disable → 200',
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
    operationId: 'testChannel',
    method: 'POST',
    path: '/admin/v1/channels/{channel_id}/test',
    params: {
      channel_id: 'conformance-sim',
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
        schema: '#/paths/~1admin~1v1~1channels~1{channel_id}~1test/post/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels~1{channel_id}~1test/post/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels~1{channel_id}~1test/post/responses/401/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels~1{channel_id}~1test/post/responses/404/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1channels~1{channel_id}~1test/post/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'example first → 200',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {},
      },
      {
        title: 'rejects a request without credentials → 401',
        credentials: false,
        expectStatus: 401,
        stream: false,
        body: {},
      },
    ],
  },
  {
    operationId: 'listModels',
    method: 'GET',
    path: '/admin/v1/models',
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
        schema: '#/paths/~1admin~1v1~1models/get/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1models/get/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1models/get/responses/401/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1models/get/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /admin/v1/models → 200',
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
    operationId: 'createModel',
    method: 'POST',
    path: '/admin/v1/models',
    params: {},
    query: {},
    auth: {
      kind: 'bearer',
    },
    responses: {
      '201': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1models/post/responses/201/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1models/post/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1models/post/responses/401/content/application~1json/schema',
      },
      '409': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1models/post/responses/409/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1models/post/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'example chat → 201',
        credentials: true,
        expectStatus: 201,
        stream: false,
        body: {
          id: 'conformance/model-1',
          display_name: 'Conformance Model',
          supported_protocols: [
            'openai:chat-completions',
            'anthropic:messages',
          ],
          capabilities: {
            tools: true,
            json_output: true,
          },
          context_window: 131072,
          max_output_tokens: 8192,
          pricing: {
            input_per_million: 100000,
            output_per_million: 400000,
          },
          channels: [
            {
              channel: 'conformance-sim',
              upstream_model: 'sim-1',
            },
          ],
        },
      },
      {
        title: 'example duplicate → 409',
        credentials: true,
        expectStatus: 409,
        stream: false,
        body: {
          id: 'conformance/model-1',
          supported_protocols: [
            'openai:chat-completions',
          ],
          channels: [
            {
              channel: 'simulator',
            },
          ],
        },
      },
      {
        title: 'example unknownChannel → 400 (a binding to a channel that does not exist)',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          id: 'conformance/orphan',
          supported_protocols: [
            'openai:chat-completions',
          ],
          channels: [
            {
              channel: 'nowhere',
            },
          ],
        },
      },
      {
        title: 'example noProtocols → 400',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          id: 'm',
          supported_protocols: [],
          channels: [
            {
              channel: 'simulator',
            },
          ],
        },
      },
      {
        title: 'rejects a request without credentials → 401',
        credentials: false,
        expectStatus: 401,
        stream: false,
        body: {
          id: 'conformance/model-1',
          display_name: 'Conformance Model',
          supported_protocols: [
            'openai:chat-completions',
            'anthropic:messages',
          ],
          capabilities: {
            tools: true,
            json_output: true,
          },
          context_window: 131072,
          max_output_tokens: 8192,
          pricing: {
            input_per_million: 100000,
            output_per_million: 400000,
          },
          channels: [
            {
              channel: 'conformance-sim',
              upstream_model: 'sim-1',
            },
          ],
        },
      },
    ],
  },
  {
    operationId: 'getModel',
    method: 'GET',
    path: '/admin/v1/models/{model_id}',
    params: {
      model_id: 'conformance/model-1',
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
        schema: '#/paths/~1admin~1v1~1models~1{model_id}/get/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1models~1{model_id}/get/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1models~1{model_id}/get/responses/401/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1models~1{model_id}/get/responses/404/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1models~1{model_id}/get/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /admin/v1/models/{model_id} → 200',
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
    operationId: 'updateModel',
    method: 'PATCH',
    path: '/admin/v1/models/{model_id}',
    params: {
      model_id: 'conformance/model-1',
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
        schema: '#/paths/~1admin~1v1~1models~1{model_id}/patch/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1models~1{model_id}/patch/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1models~1{model_id}/patch/responses/401/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1models~1{model_id}/patch/responses/404/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1models~1{model_id}/patch/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'example pricing → 200',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          pricing: {
            input_per_million: 120000,
            output_per_million: 480000,
          },
          fallbacks: [
            'qwen-turbo',
          ],
        },
      },
      {
        title: 'example badWindow → 400',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          context_window: 0,
        },
      },
      {
        title: 'rejects a request without credentials → 401',
        credentials: false,
        expectStatus: 401,
        stream: false,
        body: {
          pricing: {
            input_per_million: 120000,
            output_per_million: 480000,
          },
          fallbacks: [
            'qwen-turbo',
          ],
        },
      },
    ],
  },
  {
    operationId: 'deleteModel',
    method: 'DELETE',
    path: '/admin/v1/models/{model_id}',
    params: {
      model_id: 'conformance/model-1',
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
        schema: '#/paths/~1admin~1v1~1models~1{model_id}/delete/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1models~1{model_id}/delete/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1models~1{model_id}/delete/responses/401/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1models~1{model_id}/delete/responses/404/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1models~1{model_id}/delete/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'DELETE /admin/v1/models/{model_id} → 200',
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
    operationId: 'getUsageSummary',
    method: 'GET',
    path: '/admin/v1/usage',
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
        schema: '#/paths/~1admin~1v1~1usage/get/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1usage/get/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1usage/get/responses/401/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1usage/get/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /admin/v1/usage → 200',
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
    operationId: 'listUsageRecords',
    method: 'GET',
    path: '/admin/v1/usage/records',
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
        schema: '#/paths/~1admin~1v1~1usage~1records/get/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1usage~1records/get/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1usage~1records/get/responses/401/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1usage~1records/get/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /admin/v1/usage/records → 200',
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
    operationId: 'getUsageSeries',
    method: 'GET',
    path: '/admin/v1/usage/series',
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
        schema: '#/paths/~1admin~1v1~1usage~1series/get/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1usage~1series/get/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1usage~1series/get/responses/401/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1usage~1series/get/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /admin/v1/usage/series → 200',
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
    operationId: 'listTasks',
    method: 'GET',
    path: '/admin/v1/tasks',
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
        schema: '#/paths/~1admin~1v1~1tasks/get/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1tasks/get/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1tasks/get/responses/401/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1tasks/get/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /admin/v1/tasks → 200',
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
    operationId: 'listAuditEntries',
    method: 'GET',
    path: '/admin/v1/audit',
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
        schema: '#/paths/~1admin~1v1~1audit/get/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1audit/get/responses/400/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1audit/get/responses/401/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1admin~1v1~1audit/get/responses/429/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /admin/v1/audit → 200',
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

describe('admin conformance', () => {
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

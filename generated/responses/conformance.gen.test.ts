// Generated from spec/openapi/responses.yaml by spec/codegen — do not edit.
// Conformance: every request example of the spec against a running gateway.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startTestGateway } from '../../test/support/gateway.js';
import { createConformanceKit, type ConformanceOperation } from '../conformance.gen.js';
import { openApiDocument } from './document.gen.js';

const kit = createConformanceKit({ name: 'responses', headers: {}, document: openApiDocument });

const operations: ConformanceOperation[] = [
  {
    operationId: 'createResponse',
    method: 'POST',
    path: '/v1/responses',
    params: {},
    query: {},
    auth: {
      kind: 'bearer',
    },
    responses: {
      '200': {
        mediaTypes: [
          'application/json',
          'text/event-stream',
        ],
        schema: '#/paths/~1v1~1responses/post/responses/200/content/application~1json/schema',
        eventSchema: '#/paths/~1v1~1responses/post/responses/200/content/text~1event-stream/x-nexusflow-event-schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/BadRequest/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Unauthorized/content/application~1json/schema',
      },
      '402': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/PaymentRequired/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/NotFound/content/application~1json/schema',
      },
      '413': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/PayloadTooLarge/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/TooManyRequests/content/application~1json/schema',
      },
      '500': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/InternalServerError/content/application~1json/schema',
      },
      '502': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/BadGateway/content/application~1json/schema',
      },
      '503': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/ServiceUnavailable/content/application~1json/schema',
      },
      '504': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/GatewayTimeout/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'example basic → 200 (A string input with instructions)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          model: 'qwen-turbo',
          instructions: 'Answer briefly.',
          input: 'Say hello.',
          max_output_tokens: 64,
          store: false,
        },
      },
      {
        title: 'example streaming → 200 (Streaming)',
        credentials: true,
        expectStatus: 200,
        stream: true,
        body: {
          model: 'qwen-turbo',
          input: 'Count to three.',
          stream: true,
          store: false,
        },
      },
      {
        title: 'example items → 200 (Input items, a function tool and its result)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          model: 'qwen3-max',
          input: [
            {
              role: 'developer',
              content: 'Use the tools.',
            },
            {
              type: 'message',
              role: 'user',
              content: [
                {
                  type: 'input_text',
                  text: 'What is the weather in Paris?',
                },
              ],
            },
            {
              type: 'function_call',
              call_id: 'call_1',
              name: 'get_weather',
              arguments: '{"city":"Paris"}',
            },
            {
              type: 'function_call_output',
              call_id: 'call_1',
              output: '{"temperature_c":18}',
            },
          ],
          tools: [
            {
              type: 'function',
              name: 'get_weather',
              description: 'Current weather for a city.',
              parameters: {
                type: 'object',
                properties: {
                  city: {
                    type: 'string',
                  },
                },
                required: [
                  'city',
                ],
              },
            },
          ],
          tool_choice: 'auto',
          store: false,
        },
      },
      {
        title: 'example structured → 200 (Structured output with a JSON schema)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          model: 'qwen-turbo',
          input: 'Name a city.',
          text: {
            format: {
              type: 'json_schema',
              name: 'city',
              schema: {
                type: 'object',
                properties: {
                  name: {
                    type: 'string',
                  },
                },
                required: [
                  'name',
                ],
                additionalProperties: false,
              },
              strict: true,
            },
          },
          store: false,
        },
      },
      {
        title: 'example invalidTemperature → 400 (Invalid: temperature above 2)',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          model: 'qwen-turbo',
          input: 'Hi',
          temperature: 9,
        },
      },
      {
        title: 'example invalidItem → 400 (Invalid: a function_call_output without call_id)',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          model: 'qwen-turbo',
          input: [
            {
              type: 'function_call_output',
              output: '42',
            },
          ],
        },
      },
      {
        title: 'example missingModel → 400 (Invalid: model is required)',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          input: 'Hi',
        },
      },
      {
        title: 'example unknownPrevious → 400 (Unknown previous_response_id)',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          model: 'qwen-turbo',
          input: 'Hi',
          previous_response_id: 'resp_doesnotexist',
        },
      },
      {
        title: 'rejects a request without credentials → 401',
        credentials: false,
        expectStatus: 401,
        stream: false,
        body: {
          model: 'qwen-turbo',
          instructions: 'Answer briefly.',
          input: 'Say hello.',
          max_output_tokens: 64,
          store: false,
        },
      },
    ],
    sse: {
      framing: 'event',
      done: null,
    },
  },
  {
    operationId: 'retrieveResponse',
    method: 'GET',
    path: '/v1/responses/{response_id}',
    params: {
      response_id: 'resp_doesnotexist',
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
        schema: '#/paths/~1v1~1responses~1{response_id}/get/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/BadRequest/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Unauthorized/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/NotFound/content/application~1json/schema',
      },
      '500': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/InternalServerError/content/application~1json/schema',
      },
      '503': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/ServiceUnavailable/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /v1/responses/{response_id} → 404',
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
    operationId: 'deleteResponse',
    method: 'DELETE',
    path: '/v1/responses/{response_id}',
    params: {
      response_id: 'resp_doesnotexist',
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
        schema: '#/paths/~1v1~1responses~1{response_id}/delete/responses/200/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Unauthorized/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/NotFound/content/application~1json/schema',
      },
      '500': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/InternalServerError/content/application~1json/schema',
      },
      '503': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/ServiceUnavailable/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'DELETE /v1/responses/{response_id} → 404',
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
    operationId: 'listResponseInputItems',
    method: 'GET',
    path: '/v1/responses/{response_id}/input_items',
    params: {
      response_id: 'resp_doesnotexist',
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
        schema: '#/paths/~1v1~1responses~1{response_id}~1input_items/get/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/BadRequest/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Unauthorized/content/application~1json/schema',
      },
      '404': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/NotFound/content/application~1json/schema',
      },
      '500': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/InternalServerError/content/application~1json/schema',
      },
      '503': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/ServiceUnavailable/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /v1/responses/{response_id}/input_items → 404',
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

describe('responses conformance', () => {
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

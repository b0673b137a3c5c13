// Generated from spec/openapi/openai.yaml by spec/codegen — do not edit.
// Conformance: every request example of the spec against a running gateway.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startTestGateway } from '../../test/support/gateway.js';
import { createConformanceKit, type ConformanceOperation } from '../conformance.gen.js';
import { openApiDocument } from './document.gen.js';

const kit = createConformanceKit({ name: 'openai', headers: {}, document: openApiDocument });

const operations: ConformanceOperation[] = [
  {
    operationId: 'createChatCompletion',
    method: 'POST',
    path: '/v1/chat/completions',
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
        schema: '#/paths/~1v1~1chat~1completions/post/responses/200/content/application~1json/schema',
        eventSchema: '#/paths/~1v1~1chat~1completions/post/responses/200/content/text~1event-stream/x-nexusflow-event-schema',
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
      '501': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/NotImplemented/content/application~1json/schema',
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
        title: 'example basic → 200 (A plain chat request)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          model: 'qwen-turbo',
          messages: [
            {
              role: 'system',
              content: 'You are a helpful assistant.',
            },
            {
              role: 'user',
              content: 'Say hello.',
            },
          ],
          temperature: 0.7,
          max_completion_tokens: 64,
        },
      },
      {
        title: 'example streaming → 200 (Streaming with a final usage chunk)',
        credentials: true,
        expectStatus: 200,
        stream: true,
        body: {
          model: 'qwen-turbo',
          messages: [
            {
              role: 'user',
              content: 'Count to three.',
            },
          ],
          stream: true,
          stream_options: {
            include_usage: true,
          },
        },
      },
      {
        title: 'example toolCall → 200 (A tool definition and a forced tool choice)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          model: 'qwen3-max',
          messages: [
            {
              role: 'user',
              content: 'What is the weather in Paris?',
            },
          ],
          tools: [
            {
              type: 'function',
              function: {
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
            },
          ],
          tool_choice: 'auto',
          parallel_tool_calls: false,
        },
      },
      {
        title: 'example toolResult → 200 (A conversation that carries a tool call and its result)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          model: 'qwen3-max',
          messages: [
            {
              role: 'user',
              content: 'What is the weather in Paris?',
            },
            {
              role: 'assistant',
              content: null,
              tool_calls: [
                {
                  id: 'call_1',
                  type: 'function',
                  function: {
                    name: 'get_weather',
                    arguments: '{"city":"Paris"}',
                  },
                },
              ],
            },
            {
              role: 'tool',
              tool_call_id: 'call_1',
              content: '{"temperature_c":18}',
            },
          ],
          tools: [
            {
              type: 'function',
              function: {
                name: 'get_weather',
                parameters: {
                  type: 'object',
                  properties: {
                    city: {
                      type: 'string',
                    },
                  },
                },
              },
            },
          ],
        },
      },
      {
        title: 'example multiPart → 200 (User content as an array of parts)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          model: 'qwen-turbo',
          messages: [
            {
              role: 'developer',
              content: [
                {
                  type: 'text',
                  text: 'Answer briefly.',
                },
              ],
            },
            {
              role: 'user',
              content: [
                {
                  type: 'text',
                  text: 'Describe this picture.',
                },
                {
                  type: 'image_url',
                  image_url: {
                    url: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
                    detail: 'low',
                  },
                },
              ],
            },
          ],
          response_format: {
            type: 'text',
          },
          stop: [
            '\n\n',
          ],
        },
      },
      {
        title: 'example invalidTemperature → 400 (Invalid: temperature above 2)',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          model: 'qwen-turbo',
          messages: [
            {
              role: 'user',
              content: 'Hi',
            },
          ],
          temperature: 9,
        },
      },
      {
        title: 'example invalidRole → 400 (Invalid: unknown message role)',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          model: 'qwen-turbo',
          messages: [
            {
              role: 'bogus',
              content: 'Hi',
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
          messages: [
            {
              role: 'user',
              content: 'Hi',
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
          model: 'qwen-turbo',
          messages: [
            {
              role: 'system',
              content: 'You are a helpful assistant.',
            },
            {
              role: 'user',
              content: 'Say hello.',
            },
          ],
          temperature: 0.7,
          max_completion_tokens: 64,
        },
      },
    ],
    sse: {
      framing: 'data',
      done: '[DONE]',
    },
  },
  {
    operationId: 'createEmbedding',
    method: 'POST',
    path: '/v1/embeddings',
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
        schema: '#/paths/~1v1~1embeddings/post/responses/200/content/application~1json/schema',
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
        title: 'example single → 200 (One string, floats)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          model: 'text-embedding-v4',
          input: 'Your text string goes here',
          encoding_format: 'float',
        },
      },
      {
        title: 'example batch-base64 → 200 (Several strings, base64 (the Node SDK default))',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          model: 'text-embedding-v4',
          input: [
            'first text',
            'second text',
          ],
          encoding_format: 'base64',
          dimensions: 256,
        },
      },
      {
        title: 'example tokens → 200 (Pre-tokenized input)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          model: 'text-embedding-v4',
          input: [
            [
              9906,
              0,
            ],
            [
              15339,
            ],
          ],
        },
      },
      {
        title: 'example bad-format → 400 (Unknown encoding format)',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          model: 'text-embedding-v4',
          input: 'hello',
          encoding_format: 'int8',
        },
      },
      {
        title: 'rejects a request without credentials → 401',
        credentials: false,
        expectStatus: 401,
        stream: false,
        body: {
          model: 'text-embedding-v4',
          input: 'Your text string goes here',
          encoding_format: 'float',
        },
      },
    ],
  },
  {
    operationId: 'createImage',
    method: 'POST',
    path: '/v1/images/generations',
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
        schema: '#/paths/~1v1~1images~1generations/post/responses/200/content/application~1json/schema',
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
        title: 'example docs → 200 (The snippet of our docs)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          model: 'wan2.6-t2i',
          prompt: 'A futuristic city at sunset, cyberpunk style',
          size: '1024x1024',
          n: 1,
        },
      },
      {
        title: 'example b64-default-model → 200 (No model (the default image model), two images as base64)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          prompt: 'A lighthouse in a storm',
          n: 2,
          size: '256x256',
          response_format: 'b64_json',
        },
      },
      {
        title: 'example bad-size → 400 (A size that is not WIDTHxHEIGHT)',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          model: 'wan2.6-t2i',
          prompt: 'x',
          size: 'big',
        },
      },
      {
        title: 'example bad-format → 400 (Unknown response format)',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          prompt: 'x',
          response_format: 'png',
        },
      },
      {
        title: 'rejects a request without credentials → 401',
        credentials: false,
        expectStatus: 401,
        stream: false,
        body: {
          model: 'wan2.6-t2i',
          prompt: 'A futuristic city at sunset, cyberpunk style',
          size: '1024x1024',
          n: 1,
        },
      },
    ],
  },
  {
    operationId: 'listModels',
    method: 'GET',
    path: '/v1/models',
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
        schema: '#/paths/~1v1~1models/get/responses/200/content/application~1json/schema',
      },
      '401': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Unauthorized/content/application~1json/schema',
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
      '503': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/ServiceUnavailable/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /v1/models → 200',
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
    operationId: 'retrieveModel',
    method: 'GET',
    path: '/v1/models/{model}',
    params: {
      model: 'qwen-turbo',
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
        schema: '#/paths/~1v1~1models~1{model}/get/responses/200/content/application~1json/schema',
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
      '503': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/ServiceUnavailable/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /v1/models/{model} → 200',
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

describe('openai conformance', () => {
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

// Generated from spec/openapi/anthropic.yaml by spec/codegen — do not edit.
// Conformance: every request example of the spec against a running gateway.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startTestGateway } from '../../test/support/gateway.js';
import { createConformanceKit, type ConformanceOperation } from '../conformance.gen.js';
import { openApiDocument } from './document.gen.js';

const kit = createConformanceKit({ name: 'anthropic', headers: {
  'anthropic-version': '2023-06-01',
}, document: openApiDocument });

const operations: ConformanceOperation[] = [
  {
    operationId: 'createMessage',
    method: 'POST',
    path: '/v1/messages',
    params: {},
    query: {},
    auth: {
      kind: 'header',
      name: 'x-api-key',
    },
    responses: {
      '200': {
        mediaTypes: [
          'application/json',
          'text/event-stream',
        ],
        schema: '#/paths/~1v1~1messages/post/responses/200/content/application~1json/schema',
        eventSchema: '#/paths/~1v1~1messages/post/responses/200/content/text~1event-stream/x-nexusflow-event-schema',
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
        title: 'example basic → 200 (The docs\' basic message)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          model: 'qwen3-max',
          max_tokens: 1024,
          messages: [
            {
              role: 'user',
              content: 'Hello!',
            },
          ],
        },
      },
      {
        title: 'example streaming → 200 (The docs\' streaming message)',
        credentials: true,
        expectStatus: 200,
        stream: true,
        body: {
          model: 'qwen3-max',
          max_tokens: 1024,
          stream: true,
          messages: [
            {
              role: 'user',
              content: 'Hello!',
            },
          ],
        },
      },
      {
        title: 'example systemBlocks → 200 (System blocks with cache_control, stop sequences, metadata, sampling (2023-06-01))',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          model: 'qwen-turbo',
          max_tokens: 256,
          system: [
            {
              type: 'text',
              text: 'You are a terse assistant.',
              cache_control: {
                type: 'ephemeral',
              },
            },
          ],
          messages: [
            {
              role: 'user',
              content: 'Say hello.',
            },
            {
              role: 'user',
              content: [
                {
                  type: 'text',
                  text: 'And then stop.',
                },
              ],
            },
          ],
          stop_sequences: [
            '###',
          ],
          temperature: 0.5,
          top_p: 0.9,
          top_k: 40,
          metadata: {
            user_id: 'user-1234',
          },
        },
      },
      {
        title: 'example toolUse → 200 (A custom tool, no parallel calls)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          model: 'qwen3-max',
          max_tokens: 512,
          tools: [
            {
              name: 'get_weather',
              description: 'Current weather for a city.',
              input_schema: {
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
          tool_choice: {
            type: 'auto',
            disable_parallel_tool_use: true,
          },
          messages: [
            {
              role: 'user',
              content: 'What is the weather in Paris?',
            },
          ],
        },
      },
      {
        title: 'example toolUseStreaming → 200 (Two tool calls, streamed as input_json_delta)',
        credentials: true,
        expectStatus: 200,
        stream: true,
        body: {
          model: 'qwen3-max',
          max_tokens: 512,
          stream: true,
          tools: [
            {
              name: 'get_weather',
              input_schema: {
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
          tool_choice: {
            type: 'any',
          },
          messages: [
            {
              role: 'user',
              content: 'Weather in two cities, please.',
            },
          ],
        },
      },
      {
        title: 'example toolResult → 200 (A tool round trip with a signed thinking block, streamed)',
        credentials: true,
        expectStatus: 200,
        stream: true,
        body: {
          model: 'qwen3-max',
          max_tokens: 2048,
          stream: true,
          thinking: {
            type: 'enabled',
            budget_tokens: 1024,
          },
          tools: [
            {
              name: 'get_weather',
              input_schema: {
                type: 'object',
                properties: {
                  city: {
                    type: 'string',
                  },
                },
              },
            },
          ],
          messages: [
            {
              role: 'user',
              content: 'What is the weather in Paris?',
            },
            {
              role: 'assistant',
              content: [
                {
                  type: 'thinking',
                  thinking: 'I should call the weather tool.',
                  signature: 'sig-abc',
                },
                {
                  type: 'tool_use',
                  id: 'toolu_01',
                  name: 'get_weather',
                  input: {
                    city: 'Paris',
                  },
                },
              ],
            },
            {
              role: 'user',
              content: [
                {
                  type: 'tool_result',
                  tool_use_id: 'toolu_01',
                  content: '{"temperature_c":18}',
                  cache_control: {
                    type: 'ephemeral',
                  },
                },
              ],
            },
          ],
        },
      },
      {
        title: 'example thinking → 200 (Extended thinking, streamed with a signature)',
        credentials: true,
        expectStatus: 200,
        stream: true,
        body: {
          model: 'qwen3-max',
          max_tokens: 4096,
          stream: true,
          thinking: {
            type: 'enabled',
            budget_tokens: 2048,
          },
          messages: [
            {
              role: 'user',
              content: 'Think, then answer.',
            },
          ],
        },
      },
      {
        title: 'example mediaBlocks → 200 (Image (base64 and URL) and document blocks, plus an unknown block type)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          model: 'qwen3-max',
          max_tokens: 128,
          messages: [
            {
              role: 'user',
              content: [
                {
                  type: 'image',
                  source: {
                    type: 'base64',
                    media_type: 'image/png',
                    data: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
                  },
                },
                {
                  type: 'image',
                  source: {
                    type: 'url',
                    url: 'https://example.com/cat.png',
                  },
                },
                {
                  type: 'document',
                  title: 'Notes',
                  source: {
                    type: 'text',
                    media_type: 'text/plain',
                    data: 'The sky is blue.',
                  },
                },
                {
                  type: 'search_result',
                  source: 'https://example.com',
                  title: 'Example',
                  content: [
                    {
                      type: 'text',
                      text: 'Example result.',
                    },
                  ],
                },
                {
                  type: 'text',
                  text: 'Describe all of this.',
                },
              ],
            },
          ],
        },
      },
      {
        title: 'example missingMaxTokens → 400 (Invalid: max_tokens is required)',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          model: 'qwen3-max',
          messages: [
            {
              role: 'user',
              content: 'Hi',
            },
          ],
        },
      },
      {
        title: 'example invalidRole → 400 (Invalid: unknown message role)',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          model: 'qwen3-max',
          max_tokens: 16,
          messages: [
            {
              role: 'tool',
              content: 'Hi',
            },
          ],
        },
      },
      {
        title: 'example invalidToolChoice → 400 (Invalid: unknown tool_choice type)',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          model: 'qwen3-max',
          max_tokens: 16,
          tool_choice: {
            type: 'sometimes',
          },
          messages: [
            {
              role: 'user',
              content: 'Hi',
            },
          ],
        },
      },
      {
        title: 'example unknownModel → 404 (An unknown model is not_found_error)',
        credentials: true,
        expectStatus: 404,
        stream: false,
        body: {
          model: 'no-such-model',
          max_tokens: 16,
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
          model: 'qwen3-max',
          max_tokens: 1024,
          messages: [
            {
              role: 'user',
              content: 'Hello!',
            },
          ],
        },
      },
    ],
    sse: {
      framing: 'event',
      done: null,
    },
  },
  {
    operationId: 'countTokens',
    method: 'POST',
    path: '/v1/messages/count_tokens',
    params: {},
    query: {
      beta: 'true',
    },
    auth: {
      kind: 'header',
      name: 'x-api-key',
    },
    responses: {
      '200': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1messages~1count_tokens/post/responses/200/content/application~1json/schema',
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
        title: 'example basic → 200 (One user message)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          model: 'qwen3-max',
          messages: [
            {
              role: 'user',
              content: 'Hello!',
            },
          ],
        },
      },
      {
        title: 'example withTools → 200 (System prompt, tools and thinking)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          model: 'qwen3-max',
          system: 'You are a weather bot.',
          thinking: {
            type: 'enabled',
            budget_tokens: 1024,
          },
          tools: [
            {
              name: 'get_weather',
              input_schema: {
                type: 'object',
                properties: {
                  city: {
                    type: 'string',
                  },
                },
              },
            },
          ],
          messages: [
            {
              role: 'user',
              content: 'Weather in Paris?',
            },
          ],
        },
      },
      {
        title: 'example missingMessages → 400 (Invalid: messages is required)',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          model: 'qwen3-max',
        },
      },
      {
        title: 'rejects a request without credentials → 401',
        credentials: false,
        expectStatus: 401,
        stream: false,
        body: {
          model: 'qwen3-max',
          messages: [
            {
              role: 'user',
              content: 'Hello!',
            },
          ],
        },
      },
    ],
  },
  {
    operationId: 'listModels',
    method: 'GET',
    path: '/v1/models',
    params: {},
    query: {
      limit: '2',
    },
    auth: {
      kind: 'header',
      name: 'x-api-key',
    },
    responses: {
      '200': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1~1models/get/responses/200/content/application~1json/schema',
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
      model: 'qwen3-max',
    },
    query: {},
    auth: {
      kind: 'header',
      name: 'x-api-key',
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

describe('anthropic conformance', () => {
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

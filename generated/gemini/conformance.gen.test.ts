// Generated from spec/openapi/gemini.yaml by spec/codegen — do not edit.
// Conformance: every request example of the spec against a running gateway.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startTestGateway } from '../../test/support/gateway.js';
import { createConformanceKit, type ConformanceOperation } from '../conformance.gen.js';
import { openApiDocument } from './document.gen.js';

const kit = createConformanceKit({ name: 'gemini', headers: {}, document: openApiDocument });

const operations: ConformanceOperation[] = [
  {
    operationId: 'generateContent',
    method: 'POST',
    path: '/v1beta/models/{model}:generateContent',
    params: {
      model: 'qwen-turbo',
    },
    query: {},
    auth: {
      kind: 'header',
      name: 'x-goog-api-key',
    },
    responses: {
      '200': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1beta~1models~1{model}:generateContent/post/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/BadRequest/content/application~1json/schema',
      },
      '403': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/PermissionDenied/content/application~1json/schema',
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
        schema: '#/components/responses/BadRequest/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/ResourceExhausted/content/application~1json/schema',
      },
      '500': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Internal/content/application~1json/schema',
      },
      '501': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Unimplemented/content/application~1json/schema',
      },
      '502': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Unavailable/content/application~1json/schema',
      },
      '503': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Unavailable/content/application~1json/schema',
      },
      '504': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/DeadlineExceeded/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'example basic → 200 (What the SDK sends for contents "Hello!")',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          contents: [
            {
              role: 'user',
              parts: [
                {
                  text: 'Hello!',
                },
              ],
            },
          ],
        },
      },
      {
        title: 'example configured → 200 (A system instruction and generation settings)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          contents: [
            {
              role: 'user',
              parts: [
                {
                  text: 'Say hello in French.',
                },
              ],
            },
          ],
          systemInstruction: {
            role: 'user',
            parts: [
              {
                text: 'You are a concise assistant.',
              },
            ],
          },
          generationConfig: {
            temperature: 0.4,
            topP: 0.9,
            topK: 20,
            maxOutputTokens: 64,
            stopSequences: [
              '\n\n',
            ],
            candidateCount: 1,
          },
        },
      },
      {
        title: 'example tools → 200 (A function declaration with an upper-case Schema, forced with ANY)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          contents: [
            {
              role: 'user',
              parts: [
                {
                  text: 'What is the weather in Paris?',
                },
              ],
            },
          ],
          tools: [
            {
              functionDeclarations: [
                {
                  name: 'get_weather',
                  description: 'Current weather for a city.',
                  parameters: {
                    type: 'OBJECT',
                    properties: {
                      city: {
                        type: 'STRING',
                      },
                      unit: {
                        type: 'STRING',
                        enum: [
                          'celsius',
                          'fahrenheit',
                        ],
                        nullable: true,
                      },
                    },
                    required: [
                      'city',
                    ],
                  },
                },
              ],
            },
          ],
          toolConfig: {
            functionCallingConfig: {
              mode: 'ANY',
              allowedFunctionNames: [
                'get_weather',
              ],
            },
          },
        },
      },
      {
        title: 'example functionResponse → 200 (A function call and its response, with a JSON Schema declaration)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          contents: [
            {
              role: 'user',
              parts: [
                {
                  text: 'What is the weather in Paris?',
                },
              ],
            },
            {
              role: 'model',
              parts: [
                {
                  functionCall: {
                    name: 'get_weather',
                    args: {
                      city: 'Paris',
                    },
                  },
                },
              ],
            },
            {
              role: 'user',
              parts: [
                {
                  functionResponse: {
                    name: 'get_weather',
                    response: {
                      temperature_c: 18,
                    },
                  },
                },
              ],
            },
          ],
          tools: [
            {
              functionDeclarations: [
                {
                  name: 'get_weather',
                  parametersJsonSchema: {
                    type: 'object',
                    properties: {
                      city: {
                        type: 'string',
                      },
                    },
                    required: [
                      'city',
                    ],
                    additionalProperties: false,
                  },
                },
              ],
            },
          ],
        },
      },
      {
        title: 'example thinking → 200 (Thinking with thought text returned)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          contents: [
            {
              role: 'user',
              parts: [
                {
                  text: 'Why is the sky blue?',
                },
              ],
            },
          ],
          generationConfig: {
            thinkingConfig: {
              thinkingBudget: 256,
              includeThoughts: true,
            },
          },
        },
      },
      {
        title: 'example jsonOutput → 200 (JSON output constrained by a response schema)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          contents: [
            {
              role: 'user',
              parts: [
                {
                  text: 'List two colours.',
                },
              ],
            },
          ],
          generationConfig: {
            responseMimeType: 'application/json',
            responseSchema: {
              type: 'ARRAY',
              items: {
                type: 'STRING',
              },
            },
          },
        },
      },
      {
        title: 'example snakeCase → 200 (snake_case field names, as Google\'s REST front end accepts)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          contents: [
            {
              role: 'user',
              parts: [
                {
                  text: 'Hello!',
                },
              ],
            },
          ],
          system_instruction: {
            parts: [
              {
                text: 'Answer in one sentence.',
              },
            ],
          },
          generation_config: {
            max_output_tokens: 64,
            stop_sequences: [
              'END',
            ],
          },
        },
      },
      {
        title: 'example inlineImage → 200 (Text and an inline image)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          contents: [
            {
              role: 'user',
              parts: [
                {
                  text: 'Describe this picture.',
                },
                {
                  inlineData: {
                    mimeType: 'image/png',
                    data: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
                  },
                },
              ],
            },
          ],
        },
      },
      {
        title: 'example missingContents → 400 (Invalid: contents is required)',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          generationConfig: {
            temperature: 0.5,
          },
        },
      },
      {
        title: 'example invalidRole → 400 (Invalid: Gemini roles are user and model)',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          contents: [
            {
              role: 'assistant',
              parts: [
                {
                  text: 'Hi',
                },
              ],
            },
          ],
        },
      },
      {
        title: 'example invalidTemperature → 400 (Invalid: temperature above 2)',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          contents: [
            {
              role: 'user',
              parts: [
                {
                  text: 'Hi',
                },
              ],
            },
          ],
          generationConfig: {
            temperature: 9,
          },
        },
      },
      {
        title: 'rejects a request without credentials → 400',
        credentials: false,
        expectStatus: 400,
        stream: false,
        body: {
          contents: [
            {
              role: 'user',
              parts: [
                {
                  text: 'Hello!',
                },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    operationId: 'streamGenerateContent',
    method: 'POST',
    path: '/v1beta/models/{model}:streamGenerateContent',
    params: {
      model: 'qwen-turbo',
    },
    query: {
      alt: 'sse',
    },
    auth: {
      kind: 'header',
      name: 'x-goog-api-key',
    },
    responses: {
      '200': {
        mediaTypes: [
          'text/event-stream',
        ],
        eventSchema: '#/paths/~1v1beta~1models~1{model}:streamGenerateContent/post/responses/200/content/text~1event-stream/x-nexusflow-event-schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/BadRequest/content/application~1json/schema',
      },
      '403': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/PermissionDenied/content/application~1json/schema',
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
        schema: '#/components/responses/BadRequest/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/ResourceExhausted/content/application~1json/schema',
      },
      '500': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Internal/content/application~1json/schema',
      },
      '501': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Unimplemented/content/application~1json/schema',
      },
      '502': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Unavailable/content/application~1json/schema',
      },
      '503': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Unavailable/content/application~1json/schema',
      },
      '504': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/DeadlineExceeded/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'example basic → 200 (A streamed reply)',
        credentials: true,
        expectStatus: 200,
        stream: true,
        body: {
          contents: [
            {
              role: 'user',
              parts: [
                {
                  text: 'Count to three.',
                },
              ],
            },
          ],
        },
      },
      {
        title: 'example tools → 200 (Two parallel function calls, streamed)',
        credentials: true,
        expectStatus: 200,
        stream: true,
        body: {
          contents: [
            {
              role: 'user',
              parts: [
                {
                  text: 'Weather in two cities, please.',
                },
              ],
            },
          ],
          tools: [
            {
              functionDeclarations: [
                {
                  name: 'get_weather',
                  parameters: {
                    type: 'OBJECT',
                    properties: {
                      city: {
                        type: 'STRING',
                      },
                    },
                    required: [
                      'city',
                    ],
                  },
                },
              ],
            },
          ],
        },
      },
      {
        title: 'example thinking → 200 (Streamed thoughts and answer)',
        credentials: true,
        expectStatus: 200,
        stream: true,
        body: {
          contents: [
            {
              role: 'user',
              parts: [
                {
                  text: 'Why is the sky blue?',
                },
              ],
            },
          ],
          generationConfig: {
            thinkingConfig: {
              includeThoughts: true,
            },
          },
        },
      },
      {
        title: 'example invalidStopSequences → 400 (Invalid: at most five stop sequences)',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          contents: [
            {
              role: 'user',
              parts: [
                {
                  text: 'Hi',
                },
              ],
            },
          ],
          generationConfig: {
            stopSequences: [
              'a',
              'b',
              'c',
              'd',
              'e',
              'f',
            ],
          },
        },
      },
      {
        title: 'rejects a request without credentials → 400',
        credentials: false,
        expectStatus: 400,
        stream: false,
        body: {
          contents: [
            {
              role: 'user',
              parts: [
                {
                  text: 'Count to three.',
                },
              ],
            },
          ],
        },
      },
    ],
    sse: {
      framing: 'data',
      done: null,
    },
  },
  {
    operationId: 'countTokens',
    method: 'POST',
    path: '/v1beta/models/{model}:countTokens',
    params: {
      model: 'qwen-turbo',
    },
    query: {},
    auth: {
      kind: 'header',
      name: 'x-goog-api-key',
    },
    responses: {
      '200': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1beta~1models~1{model}:countTokens/post/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/BadRequest/content/application~1json/schema',
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
        schema: '#/components/responses/ResourceExhausted/content/application~1json/schema',
      },
      '500': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Internal/content/application~1json/schema',
      },
      '503': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Unavailable/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'example contents → 200 (What the SDK sends (contents only))',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          contents: [
            {
              role: 'user',
              parts: [
                {
                  text: 'How many tokens is this?',
                },
              ],
            },
          ],
        },
      },
      {
        title: 'example generateContentRequest → 200 (A whole request, tools included)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          generateContentRequest: {
            model: 'models/qwen-turbo',
            contents: [
              {
                role: 'user',
                parts: [
                  {
                    text: 'Weather in Paris?',
                  },
                ],
              },
            ],
            tools: [
              {
                functionDeclarations: [
                  {
                    name: 'get_weather',
                    parameters: {
                      type: 'OBJECT',
                      properties: {
                        city: {
                          type: 'STRING',
                        },
                      },
                    },
                  },
                ],
              },
            ],
          },
        },
      },
      {
        title: 'rejects a request without credentials → 400',
        credentials: false,
        expectStatus: 400,
        stream: false,
        body: {
          contents: [
            {
              role: 'user',
              parts: [
                {
                  text: 'How many tokens is this?',
                },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    operationId: 'embedContent',
    method: 'POST',
    path: '/v1beta/models/{model}:embedContent',
    params: {
      model: 'text-embedding-v4',
    },
    query: {},
    auth: {
      kind: 'header',
      name: 'x-goog-api-key',
    },
    responses: {
      '200': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1beta~1models~1{model}:embedContent/post/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/BadRequest/content/application~1json/schema',
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
        schema: '#/components/responses/ResourceExhausted/content/application~1json/schema',
      },
      '500': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Internal/content/application~1json/schema',
      },
      '501': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Unimplemented/content/application~1json/schema',
      },
      '502': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Unavailable/content/application~1json/schema',
      },
      '503': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Unavailable/content/application~1json/schema',
      },
      '504': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/DeadlineExceeded/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'example one → 200 (One text, smaller vectors)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          model: 'models/text-embedding-v4',
          content: {
            parts: [
              {
                text: 'The quick brown fox.',
              },
            ],
          },
          outputDimensionality: 64,
        },
      },
      {
        title: 'example noContent → 400 (Invalid: content is required)',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          model: 'models/text-embedding-v4',
        },
      },
      {
        title: 'rejects a request without credentials → 400',
        credentials: false,
        expectStatus: 400,
        stream: false,
        body: {
          model: 'models/text-embedding-v4',
          content: {
            parts: [
              {
                text: 'The quick brown fox.',
              },
            ],
          },
          outputDimensionality: 64,
        },
      },
    ],
  },
  {
    operationId: 'batchEmbedContents',
    method: 'POST',
    path: '/v1beta/models/{model}:batchEmbedContents',
    params: {
      model: 'text-embedding-v4',
    },
    query: {},
    auth: {
      kind: 'header',
      name: 'x-goog-api-key',
    },
    responses: {
      '200': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1beta~1models~1{model}:batchEmbedContents/post/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/BadRequest/content/application~1json/schema',
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
        schema: '#/components/responses/ResourceExhausted/content/application~1json/schema',
      },
      '500': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Internal/content/application~1json/schema',
      },
      '501': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Unimplemented/content/application~1json/schema',
      },
      '502': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Unavailable/content/application~1json/schema',
      },
      '503': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Unavailable/content/application~1json/schema',
      },
      '504': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/DeadlineExceeded/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'example two → 200 (What the SDK sends for two texts)',
        credentials: true,
        expectStatus: 200,
        stream: false,
        body: {
          requests: [
            {
              model: 'models/text-embedding-v4',
              content: {
                role: 'user',
                parts: [
                  {
                    text: 'The quick brown fox.',
                  },
                ],
              },
            },
            {
              model: 'models/text-embedding-v4',
              content: {
                parts: [
                  {
                    text: 'Jumps over the lazy dog.',
                  },
                ],
              },
              outputDimensionality: 64,
            },
          ],
        },
      },
      {
        title: 'example empty → 400 (Invalid: at least one request)',
        credentials: true,
        expectStatus: 400,
        stream: false,
        body: {
          requests: [],
        },
      },
      {
        title: 'rejects a request without credentials → 400',
        credentials: false,
        expectStatus: 400,
        stream: false,
        body: {
          requests: [
            {
              model: 'models/text-embedding-v4',
              content: {
                role: 'user',
                parts: [
                  {
                    text: 'The quick brown fox.',
                  },
                ],
              },
            },
            {
              model: 'models/text-embedding-v4',
              content: {
                parts: [
                  {
                    text: 'Jumps over the lazy dog.',
                  },
                ],
              },
              outputDimensionality: 64,
            },
          ],
        },
      },
    ],
  },
  {
    operationId: 'listModels',
    method: 'GET',
    path: '/v1beta/models',
    params: {},
    query: {},
    auth: {
      kind: 'header',
      name: 'x-goog-api-key',
    },
    responses: {
      '200': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1beta~1models/get/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/BadRequest/content/application~1json/schema',
      },
      '429': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/ResourceExhausted/content/application~1json/schema',
      },
      '500': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Internal/content/application~1json/schema',
      },
      '503': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Unavailable/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /v1beta/models → 200',
        credentials: true,
        expectStatus: 200,
        stream: false,
      },
      {
        title: 'rejects a request without credentials → 400',
        credentials: false,
        expectStatus: 400,
        stream: false,
      },
    ],
  },
  {
    operationId: 'getModel',
    method: 'GET',
    path: '/v1beta/models/{model}',
    params: {
      model: 'qwen-turbo',
    },
    query: {},
    auth: {
      kind: 'header',
      name: 'x-goog-api-key',
    },
    responses: {
      '200': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/paths/~1v1beta~1models~1{model}/get/responses/200/content/application~1json/schema',
      },
      '400': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/BadRequest/content/application~1json/schema',
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
        schema: '#/components/responses/ResourceExhausted/content/application~1json/schema',
      },
      '500': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Internal/content/application~1json/schema',
      },
      '503': {
        mediaTypes: [
          'application/json',
        ],
        schema: '#/components/responses/Unavailable/content/application~1json/schema',
      },
    },
    cases: [
      {
        title: 'GET /v1beta/models/{model} → 200',
        credentials: true,
        expectStatus: 200,
        stream: false,
      },
      {
        title: 'rejects a request without credentials → 400',
        credentials: false,
        expectStatus: 400,
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

describe('gemini conformance', () => {
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

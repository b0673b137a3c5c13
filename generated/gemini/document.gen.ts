// Generated from spec/openapi/gemini.yaml by spec/codegen — do not edit.

/** The OpenAPI document of spec/openapi/gemini.yaml, as parsed (references unresolved). */
export const openApiDocument: { readonly [key: string]: unknown } = {
  "openapi": "3.1.0",
  "info": {
    "title": "NexusFlow — Gemini-compatible GenerateContent API",
    "version": "0.1.0",
    "description": "GenerateContent, streamGenerateContent, countTokens, batchEmbedContents and the Models endpoints in Google's Gemini API shape, for any model whose `supported_protocols` include `gemini:generate-content`. Point the Google GenAI SDK at the gateway root with `apiVersion: 'v1beta'`; it sends the key as `x-goog-api-key` (`?key=` also works).",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "x-nexusflow-protocol": "gemini",
    "x-nexusflow-unauthenticated-status": 400
  },
  "servers": [
    {
      "url": "http://localhost:3000"
    }
  ],
  "security": [
    {
      "apiKeyHeader": []
    },
    {
      "apiKeyQuery": []
    }
  ],
  "tags": [
    {
      "name": "Generation"
    },
    {
      "name": "Embeddings"
    },
    {
      "name": "Models"
    }
  ],
  "paths": {
    "/v1beta/models/{model}:generateContent": {
      "post": {
        "operationId": "generateContent",
        "tags": [
          "Generation"
        ],
        "summary": "Generate a response",
        "description": "A complete GenerateContentResponse. Function calls come back as `functionCall` parts with an `args` object (and an `id`); a turn that ends in function calls finishes with `STOP`. `usageMetadata.promptTokenCount` includes cached tokens (`cachedContentTokenCount`), `candidatesTokenCount` excludes thinking (`thoughtsTokenCount`).",
        "x-nexusflow-conformance-params": {
          "model": "qwen-turbo"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/Model"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/GenerateContentRequest"
              },
              "examples": {
                "basic": {
                  "summary": "What the SDK sends for contents \"Hello!\"",
                  "value": {
                    "contents": [
                      {
                        "role": "user",
                        "parts": [
                          {
                            "text": "Hello!"
                          }
                        ]
                      }
                    ]
                  }
                },
                "configured": {
                  "summary": "A system instruction and generation settings",
                  "value": {
                    "contents": [
                      {
                        "role": "user",
                        "parts": [
                          {
                            "text": "Say hello in French."
                          }
                        ]
                      }
                    ],
                    "systemInstruction": {
                      "role": "user",
                      "parts": [
                        {
                          "text": "You are a concise assistant."
                        }
                      ]
                    },
                    "generationConfig": {
                      "temperature": 0.4,
                      "topP": 0.9,
                      "topK": 20,
                      "maxOutputTokens": 64,
                      "stopSequences": [
                        "\n\n"
                      ],
                      "candidateCount": 1
                    }
                  }
                },
                "tools": {
                  "summary": "A function declaration with an upper-case Schema, forced with ANY",
                  "value": {
                    "contents": [
                      {
                        "role": "user",
                        "parts": [
                          {
                            "text": "What is the weather in Paris?"
                          }
                        ]
                      }
                    ],
                    "tools": [
                      {
                        "functionDeclarations": [
                          {
                            "name": "get_weather",
                            "description": "Current weather for a city.",
                            "parameters": {
                              "type": "OBJECT",
                              "properties": {
                                "city": {
                                  "type": "STRING"
                                },
                                "unit": {
                                  "type": "STRING",
                                  "enum": [
                                    "celsius",
                                    "fahrenheit"
                                  ],
                                  "nullable": true
                                }
                              },
                              "required": [
                                "city"
                              ]
                            }
                          }
                        ]
                      }
                    ],
                    "toolConfig": {
                      "functionCallingConfig": {
                        "mode": "ANY",
                        "allowedFunctionNames": [
                          "get_weather"
                        ]
                      }
                    }
                  }
                },
                "functionResponse": {
                  "summary": "A function call and its response, with a JSON Schema declaration",
                  "value": {
                    "contents": [
                      {
                        "role": "user",
                        "parts": [
                          {
                            "text": "What is the weather in Paris?"
                          }
                        ]
                      },
                      {
                        "role": "model",
                        "parts": [
                          {
                            "functionCall": {
                              "name": "get_weather",
                              "args": {
                                "city": "Paris"
                              }
                            }
                          }
                        ]
                      },
                      {
                        "role": "user",
                        "parts": [
                          {
                            "functionResponse": {
                              "name": "get_weather",
                              "response": {
                                "temperature_c": 18
                              }
                            }
                          }
                        ]
                      }
                    ],
                    "tools": [
                      {
                        "functionDeclarations": [
                          {
                            "name": "get_weather",
                            "parametersJsonSchema": {
                              "type": "object",
                              "properties": {
                                "city": {
                                  "type": "string"
                                }
                              },
                              "required": [
                                "city"
                              ],
                              "additionalProperties": false
                            }
                          }
                        ]
                      }
                    ]
                  }
                },
                "thinking": {
                  "summary": "Thinking with thought text returned",
                  "value": {
                    "contents": [
                      {
                        "role": "user",
                        "parts": [
                          {
                            "text": "Why is the sky blue?"
                          }
                        ]
                      }
                    ],
                    "generationConfig": {
                      "thinkingConfig": {
                        "thinkingBudget": 256,
                        "includeThoughts": true
                      }
                    }
                  }
                },
                "jsonOutput": {
                  "summary": "JSON output constrained by a response schema",
                  "value": {
                    "contents": [
                      {
                        "role": "user",
                        "parts": [
                          {
                            "text": "List two colours."
                          }
                        ]
                      }
                    ],
                    "generationConfig": {
                      "responseMimeType": "application/json",
                      "responseSchema": {
                        "type": "ARRAY",
                        "items": {
                          "type": "STRING"
                        }
                      }
                    }
                  }
                },
                "snakeCase": {
                  "summary": "snake_case field names, as Google's REST front end accepts",
                  "value": {
                    "contents": [
                      {
                        "role": "user",
                        "parts": [
                          {
                            "text": "Hello!"
                          }
                        ]
                      }
                    ],
                    "system_instruction": {
                      "parts": [
                        {
                          "text": "Answer in one sentence."
                        }
                      ]
                    },
                    "generation_config": {
                      "max_output_tokens": 64,
                      "stop_sequences": [
                        "END"
                      ]
                    }
                  }
                },
                "inlineImage": {
                  "summary": "Text and an inline image",
                  "value": {
                    "contents": [
                      {
                        "role": "user",
                        "parts": [
                          {
                            "text": "Describe this picture."
                          },
                          {
                            "inlineData": {
                              "mimeType": "image/png",
                              "data": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
                            }
                          }
                        ]
                      }
                    ]
                  }
                },
                "missingContents": {
                  "summary": "Invalid: contents is required",
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "contents",
                  "value": {
                    "generationConfig": {
                      "temperature": 0.5
                    }
                  }
                },
                "invalidRole": {
                  "summary": "Invalid: Gemini roles are user and model",
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "contents[0].role",
                  "value": {
                    "contents": [
                      {
                        "role": "assistant",
                        "parts": [
                          {
                            "text": "Hi"
                          }
                        ]
                      }
                    ]
                  }
                },
                "invalidTemperature": {
                  "summary": "Invalid: temperature above 2",
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "generationConfig.temperature",
                  "value": {
                    "contents": [
                      {
                        "role": "user",
                        "parts": [
                          {
                            "text": "Hi"
                          }
                        ]
                      }
                    ],
                    "generationConfig": {
                      "temperature": 9
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The response.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GenerateContentResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/BadRequest"
          },
          "429": {
            "$ref": "#/components/responses/ResourceExhausted"
          },
          "500": {
            "$ref": "#/components/responses/Internal"
          },
          "501": {
            "$ref": "#/components/responses/Unimplemented"
          },
          "502": {
            "$ref": "#/components/responses/Unavailable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          },
          "504": {
            "$ref": "#/components/responses/DeadlineExceeded"
          }
        }
      }
    },
    "/v1beta/models/{model}:streamGenerateContent": {
      "post": {
        "operationId": "streamGenerateContent",
        "tags": [
          "Generation"
        ],
        "summary": "Generate a response as a stream",
        "description": "Server-sent events, always (the SDK asks with `?alt=sse`). Each event is one `data:` line holding a complete GenerateContentResponse with only the new piece, followed by a blank line — the last one too; there is no `event:` line and no `[DONE]` (protocols.md §4.4). A function call arrives whole, as one `functionCall` part. The final event carries `finishReason` and `usageMetadata`. An error after the stream started is an event whose JSON is Google's error body.",
        "x-nexusflow-sse": {
          "framing": "data",
          "done": null
        },
        "x-nexusflow-conformance-params": {
          "model": "qwen-turbo"
        },
        "x-nexusflow-conformance-query": {
          "alt": "sse"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/Model"
          },
          {
            "name": "alt",
            "in": "query",
            "required": false,
            "description": "`sse` (what the SDK sends). Answers are server-sent events either way.",
            "schema": {
              "type": "string",
              "enum": [
                "sse",
                "json"
              ]
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/GenerateContentRequest"
              },
              "examples": {
                "basic": {
                  "summary": "A streamed reply",
                  "value": {
                    "contents": [
                      {
                        "role": "user",
                        "parts": [
                          {
                            "text": "Count to three."
                          }
                        ]
                      }
                    ]
                  }
                },
                "tools": {
                  "summary": "Two parallel function calls, streamed",
                  "value": {
                    "contents": [
                      {
                        "role": "user",
                        "parts": [
                          {
                            "text": "Weather in two cities, please."
                          }
                        ]
                      }
                    ],
                    "tools": [
                      {
                        "functionDeclarations": [
                          {
                            "name": "get_weather",
                            "parameters": {
                              "type": "OBJECT",
                              "properties": {
                                "city": {
                                  "type": "STRING"
                                }
                              },
                              "required": [
                                "city"
                              ]
                            }
                          }
                        ]
                      }
                    ]
                  }
                },
                "thinking": {
                  "summary": "Streamed thoughts and answer",
                  "value": {
                    "contents": [
                      {
                        "role": "user",
                        "parts": [
                          {
                            "text": "Why is the sky blue?"
                          }
                        ]
                      }
                    ],
                    "generationConfig": {
                      "thinkingConfig": {
                        "includeThoughts": true
                      }
                    }
                  }
                },
                "invalidStopSequences": {
                  "summary": "Invalid: at most five stop sequences",
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "generationConfig.stopSequences",
                  "value": {
                    "contents": [
                      {
                        "role": "user",
                        "parts": [
                          {
                            "text": "Hi"
                          }
                        ]
                      }
                    ],
                    "generationConfig": {
                      "stopSequences": [
                        "a",
                        "b",
                        "c",
                        "d",
                        "e",
                        "f"
                      ]
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "A stream of GenerateContentResponse chunks.",
            "content": {
              "text/event-stream": {
                "description": "`data: <GenerateContentResponse JSON>` frames, each followed by a blank line.",
                "schema": {
                  "type": "string"
                },
                "x-nexusflow-event-schema": {
                  "$ref": "#/components/schemas/GenerateContentResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/BadRequest"
          },
          "429": {
            "$ref": "#/components/responses/ResourceExhausted"
          },
          "500": {
            "$ref": "#/components/responses/Internal"
          },
          "501": {
            "$ref": "#/components/responses/Unimplemented"
          },
          "502": {
            "$ref": "#/components/responses/Unavailable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          },
          "504": {
            "$ref": "#/components/responses/DeadlineExceeded"
          }
        }
      }
    },
    "/v1beta/models/{model}:countTokens": {
      "post": {
        "operationId": "countTokens",
        "tags": [
          "Generation"
        ],
        "summary": "Count the tokens of a prompt",
        "description": "`{totalTokens}` for `contents`, or for a whole `generateContentRequest` (system instruction and tools included). The count is the one billing holds against, so it is an estimate with the gateway's tokenizer, not the upstream model's. Free.",
        "x-nexusflow-conformance-params": {
          "model": "qwen-turbo"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/Model"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CountTokensRequest"
              },
              "examples": {
                "contents": {
                  "summary": "What the SDK sends (contents only)",
                  "value": {
                    "contents": [
                      {
                        "role": "user",
                        "parts": [
                          {
                            "text": "How many tokens is this?"
                          }
                        ]
                      }
                    ]
                  }
                },
                "generateContentRequest": {
                  "summary": "A whole request, tools included",
                  "value": {
                    "generateContentRequest": {
                      "model": "models/qwen-turbo",
                      "contents": [
                        {
                          "role": "user",
                          "parts": [
                            {
                              "text": "Weather in Paris?"
                            }
                          ]
                        }
                      ],
                      "tools": [
                        {
                          "functionDeclarations": [
                            {
                              "name": "get_weather",
                              "parameters": {
                                "type": "OBJECT",
                                "properties": {
                                  "city": {
                                    "type": "STRING"
                                  }
                                }
                              }
                            }
                          ]
                        }
                      ]
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The token count.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CountTokensResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/ResourceExhausted"
          },
          "500": {
            "$ref": "#/components/responses/Internal"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1beta/models/{model}:embedContent": {
      "post": {
        "operationId": "embedContent",
        "tags": [
          "Embeddings"
        ],
        "summary": "Embed one text",
        "description": "One content, one embedding: what the Vercel AI SDK's `embed()` and LangChain's Google embeddings call. Served by models whose `supported_protocols` include `gemini:embed-content`.",
        "x-nexusflow-conformance-params": {
          "model": "text-embedding-v4"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/Model"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/EmbedContentRequest"
              },
              "examples": {
                "one": {
                  "summary": "One text, smaller vectors",
                  "value": {
                    "model": "models/text-embedding-v4",
                    "content": {
                      "parts": [
                        {
                          "text": "The quick brown fox."
                        }
                      ]
                    },
                    "outputDimensionality": 64
                  }
                },
                "noContent": {
                  "summary": "Invalid: content is required",
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "content",
                  "value": {
                    "model": "models/text-embedding-v4"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The embedding.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmbedContentResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/ResourceExhausted"
          },
          "500": {
            "$ref": "#/components/responses/Internal"
          },
          "501": {
            "$ref": "#/components/responses/Unimplemented"
          },
          "502": {
            "$ref": "#/components/responses/Unavailable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          },
          "504": {
            "$ref": "#/components/responses/DeadlineExceeded"
          }
        }
      }
    },
    "/v1beta/models/{model}:batchEmbedContents": {
      "post": {
        "operationId": "batchEmbedContents",
        "tags": [
          "Embeddings"
        ],
        "summary": "Embed texts",
        "description": "What the SDK's `embedContent` calls, even for one text (protocols.md §4.1). One embedding per request, in order. Served by models whose `supported_protocols` include `gemini:embed-content`.",
        "x-nexusflow-conformance-params": {
          "model": "text-embedding-v4"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/Model"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BatchEmbedContentsRequest"
              },
              "examples": {
                "two": {
                  "summary": "What the SDK sends for two texts",
                  "value": {
                    "requests": [
                      {
                        "model": "models/text-embedding-v4",
                        "content": {
                          "role": "user",
                          "parts": [
                            {
                              "text": "The quick brown fox."
                            }
                          ]
                        }
                      },
                      {
                        "model": "models/text-embedding-v4",
                        "content": {
                          "parts": [
                            {
                              "text": "Jumps over the lazy dog."
                            }
                          ]
                        },
                        "outputDimensionality": 64
                      }
                    ]
                  }
                },
                "empty": {
                  "summary": "Invalid: at least one request",
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "requests",
                  "value": {
                    "requests": []
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The embeddings.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BatchEmbedContentsResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/ResourceExhausted"
          },
          "500": {
            "$ref": "#/components/responses/Internal"
          },
          "501": {
            "$ref": "#/components/responses/Unimplemented"
          },
          "502": {
            "$ref": "#/components/responses/Unavailable"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          },
          "504": {
            "$ref": "#/components/responses/DeadlineExceeded"
          }
        }
      }
    },
    "/v1beta/models": {
      "get": {
        "operationId": "listModels",
        "tags": [
          "Models"
        ],
        "summary": "List the models this key may use",
        "description": "NexusFlow models in Gemini's shape (`name: models/<id>`), with `supportedGenerationMethods` derived from each model's `supported_protocols`, which are listed too as `supportedProtocols`. Paged with `pageSize` / `pageToken`.",
        "parameters": [
          {
            "name": "pageSize",
            "in": "query",
            "required": false,
            "description": "Models per page (default 50, at most 1000).",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000
            }
          },
          {
            "name": "pageToken",
            "in": "query",
            "required": false,
            "description": "The `nextPageToken` of the previous page.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "One page of models.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListModelsResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "429": {
            "$ref": "#/components/responses/ResourceExhausted"
          },
          "500": {
            "$ref": "#/components/responses/Internal"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    },
    "/v1beta/models/{model}": {
      "get": {
        "operationId": "getModel",
        "tags": [
          "Models"
        ],
        "summary": "Retrieve one model",
        "x-nexusflow-conformance-params": {
          "model": "qwen-turbo"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/Model"
          }
        ],
        "responses": {
          "200": {
            "description": "The model.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Model"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/ResourceExhausted"
          },
          "500": {
            "$ref": "#/components/responses/Internal"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "apiKeyHeader": {
        "type": "apiKey",
        "in": "header",
        "name": "x-goog-api-key",
        "description": "A NexusFlow API key, as the Google GenAI SDK sends it."
      },
      "apiKeyQuery": {
        "type": "apiKey",
        "in": "query",
        "name": "key",
        "description": "A NexusFlow API key in the query, as curl samples send it."
      }
    },
    "parameters": {
      "Model": {
        "name": "model",
        "in": "path",
        "required": true,
        "description": "A NexusFlow model id. The SDK turns `qwen-turbo` into the resource name `models/qwen-turbo`, whose `models/` is this path's; a `models/` prefix inside the segment is accepted too.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "qwen-turbo"
      }
    },
    "responses": {
      "BadRequest": {
        "description": "INVALID_ARGUMENT: a malformed request, an unknown field value, or a missing or bad API key (then `details[0].reason` is `API_KEY_INVALID`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "PermissionDenied": {
        "description": "PERMISSION_DENIED.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "NotFound": {
        "description": "NOT_FOUND — an unknown model, or one this key may not use.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "ResourceExhausted": {
        "description": "RESOURCE_EXHAUSTED — rate limited, or the balance cannot cover the request.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "Internal": {
        "description": "INTERNAL — an unexpected gateway error.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "Unimplemented": {
        "description": "UNIMPLEMENTED — the operation is not served by this gateway yet.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "Unavailable": {
        "description": "UNAVAILABLE — the upstream failed, or no channel can serve the model.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "DeadlineExceeded": {
        "description": "DEADLINE_EXCEEDED — the upstream timed out.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      }
    },
    "schemas": {
      "ErrorResponse": {
        "type": "object",
        "description": "Google's error envelope (protocols.md §4.5).",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "object",
            "required": [
              "code",
              "message",
              "status"
            ],
            "properties": {
              "code": {
                "type": "integer",
                "description": "The HTTP status."
              },
              "message": {
                "type": "string"
              },
              "status": {
                "type": "string",
                "description": "The canonical status name (INVALID_ARGUMENT, NOT_FOUND, RESOURCE_EXHAUSTED…)."
              },
              "details": {
                "type": "array",
                "items": {
                  "type": "object"
                }
              }
            }
          }
        }
      },
      "Content": {
        "type": "object",
        "description": "One turn. `parts` is required; `role` is `user` or `model` (`function` and `tool` from older clients mean a user turn).",
        "required": [
          "parts"
        ],
        "properties": {
          "role": {
            "type": "string",
            "enum": [
              "user",
              "model",
              "function",
              "tool"
            ]
          },
          "parts": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Part"
            }
          }
        }
      },
      "Part": {
        "type": "object",
        "description": "One piece of content: `text`, `inlineData`, `fileData`, `functionCall`, `functionResponse`, or a type this gateway keeps as it is (`executableCode`…). `thought` and `thoughtSignature` may sit on any part.",
        "properties": {
          "text": {
            "type": "string"
          },
          "inlineData": {
            "$ref": "#/components/schemas/Blob"
          },
          "fileData": {
            "type": "object",
            "required": [
              "fileUri"
            ],
            "properties": {
              "mimeType": {
                "type": "string"
              },
              "fileUri": {
                "type": "string"
              }
            }
          },
          "functionCall": {
            "$ref": "#/components/schemas/FunctionCall"
          },
          "functionResponse": {
            "$ref": "#/components/schemas/FunctionResponse"
          },
          "thought": {
            "type": "boolean"
          },
          "thoughtSignature": {
            "type": "string"
          }
        }
      },
      "Blob": {
        "type": "object",
        "required": [
          "mimeType",
          "data"
        ],
        "properties": {
          "mimeType": {
            "type": "string"
          },
          "data": {
            "type": "string",
            "description": "Base64."
          }
        }
      },
      "FunctionCall": {
        "type": "object",
        "required": [
          "name"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "args": {
            "type": "object"
          }
        }
      },
      "FunctionResponse": {
        "type": "object",
        "required": [
          "name"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "response": {
            "type": "object"
          }
        }
      },
      "GenerateContentRequest": {
        "type": "object",
        "required": [
          "contents"
        ],
        "properties": {
          "model": {
            "type": "string",
            "description": "Ignored here (the path names the model); present in countTokens' `generateContentRequest`."
          },
          "contents": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Content"
            }
          },
          "systemInstruction": {
            "$ref": "#/components/schemas/SystemInstruction"
          },
          "tools": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Tool"
            }
          },
          "toolConfig": {
            "$ref": "#/components/schemas/ToolConfig"
          },
          "generationConfig": {
            "$ref": "#/components/schemas/GenerationConfig"
          },
          "safetySettings": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "category": {
                  "type": "string"
                },
                "threshold": {
                  "type": "string"
                }
              }
            }
          },
          "cachedContent": {
            "type": "string"
          }
        }
      },
      "SystemInstruction": {
        "type": "object",
        "description": "A Content whose role is ignored (the SDK sends `user`).",
        "required": [
          "parts"
        ],
        "properties": {
          "role": {
            "type": "string"
          },
          "parts": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Part"
            }
          }
        }
      },
      "Tool": {
        "type": "object",
        "description": "`functionDeclarations`, or a Gemini tool kept as it is for Gemini upstreams (`googleSearch`, `codeExecution`…).",
        "properties": {
          "functionDeclarations": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FunctionDeclaration"
            }
          }
        }
      },
      "FunctionDeclaration": {
        "type": "object",
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 128
          },
          "description": {
            "type": "string"
          },
          "parameters": {
            "$ref": "#/components/schemas/Schema"
          },
          "parametersJsonSchema": {
            "description": "A JSON Schema, used instead of `parameters`."
          },
          "response": {
            "$ref": "#/components/schemas/Schema"
          },
          "responseJsonSchema": {
            "description": "A JSON Schema of the function's response."
          }
        }
      },
      "Schema": {
        "type": "object",
        "description": "Gemini's OpenAPI-subset schema. Types are upper-case (`OBJECT`, `STRING`…); lower-case is accepted too.",
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "TYPE_UNSPECIFIED",
              "STRING",
              "NUMBER",
              "INTEGER",
              "BOOLEAN",
              "ARRAY",
              "OBJECT",
              "NULL",
              "string",
              "number",
              "integer",
              "boolean",
              "array",
              "object",
              "null"
            ]
          },
          "format": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "nullable": {
            "type": "boolean"
          },
          "enum": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "properties": {
            "type": "object",
            "additionalProperties": {
              "$ref": "#/components/schemas/Schema"
            }
          },
          "required": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "items": {
            "$ref": "#/components/schemas/Schema"
          },
          "anyOf": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Schema"
            }
          }
        }
      },
      "ToolConfig": {
        "type": "object",
        "properties": {
          "functionCallingConfig": {
            "type": "object",
            "properties": {
              "mode": {
                "type": "string",
                "enum": [
                  "MODE_UNSPECIFIED",
                  "AUTO",
                  "ANY",
                  "NONE",
                  "VALIDATED"
                ]
              },
              "allowedFunctionNames": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "GenerationConfig": {
        "type": "object",
        "properties": {
          "temperature": {
            "type": "number",
            "minimum": 0,
            "maximum": 2
          },
          "topP": {
            "type": "number",
            "minimum": 0,
            "maximum": 1
          },
          "topK": {
            "type": "integer",
            "minimum": 1
          },
          "maxOutputTokens": {
            "type": "integer",
            "minimum": 1
          },
          "stopSequences": {
            "type": "array",
            "maxItems": 5,
            "items": {
              "type": "string"
            }
          },
          "candidateCount": {
            "type": "integer",
            "minimum": 1,
            "maximum": 8
          },
          "seed": {
            "type": "integer"
          },
          "presencePenalty": {
            "type": "number"
          },
          "frequencyPenalty": {
            "type": "number"
          },
          "responseMimeType": {
            "type": "string"
          },
          "responseSchema": {
            "$ref": "#/components/schemas/Schema"
          },
          "responseJsonSchema": {
            "description": "A JSON Schema the response must match (with `responseMimeType` `application/json`)."
          },
          "thinkingConfig": {
            "type": "object",
            "properties": {
              "thinkingBudget": {
                "type": "integer",
                "minimum": -1
              },
              "includeThoughts": {
                "type": "boolean"
              },
              "thinkingLevel": {
                "type": "string"
              }
            }
          }
        }
      },
      "GenerateContentResponse": {
        "type": "object",
        "properties": {
          "candidates": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Candidate"
            }
          },
          "usageMetadata": {
            "$ref": "#/components/schemas/UsageMetadata"
          },
          "modelVersion": {
            "type": "string",
            "description": "The NexusFlow model id."
          },
          "responseId": {
            "type": "string"
          },
          "promptFeedback": {
            "type": "object",
            "properties": {
              "blockReason": {
                "type": "string"
              }
            }
          }
        }
      },
      "Candidate": {
        "type": "object",
        "properties": {
          "content": {
            "$ref": "#/components/schemas/Content"
          },
          "finishReason": {
            "type": "string",
            "enum": [
              "FINISH_REASON_UNSPECIFIED",
              "STOP",
              "MAX_TOKENS",
              "SAFETY",
              "RECITATION",
              "LANGUAGE",
              "OTHER",
              "BLOCKLIST",
              "PROHIBITED_CONTENT",
              "SPII",
              "MALFORMED_FUNCTION_CALL",
              "IMAGE_SAFETY",
              "UNEXPECTED_TOOL_CALL",
              "TOO_MANY_TOOL_CALLS",
              "IMAGE_PROHIBITED_CONTENT",
              "NO_IMAGE",
              "IMAGE_RECITATION",
              "IMAGE_OTHER",
              "CONTINUATION"
            ]
          },
          "index": {
            "type": "integer"
          }
        }
      },
      "UsageMetadata": {
        "type": "object",
        "properties": {
          "promptTokenCount": {
            "type": "integer",
            "description": "All input tokens, cached ones included."
          },
          "candidatesTokenCount": {
            "type": "integer",
            "description": "Output tokens, thinking excluded."
          },
          "cachedContentTokenCount": {
            "type": "integer",
            "description": "The part of the prompt read from a cache."
          },
          "thoughtsTokenCount": {
            "type": "integer"
          },
          "totalTokenCount": {
            "type": "integer"
          }
        }
      },
      "CountTokensRequest": {
        "type": "object",
        "properties": {
          "contents": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Content"
            }
          },
          "generateContentRequest": {
            "$ref": "#/components/schemas/GenerateContentRequest"
          }
        }
      },
      "CountTokensResponse": {
        "type": "object",
        "required": [
          "totalTokens"
        ],
        "properties": {
          "totalTokens": {
            "type": "integer"
          }
        }
      },
      "BatchEmbedContentsRequest": {
        "type": "object",
        "required": [
          "requests"
        ],
        "properties": {
          "requests": {
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/components/schemas/EmbedContentRequest"
            }
          }
        }
      },
      "EmbedContentRequest": {
        "type": "object",
        "required": [
          "content"
        ],
        "properties": {
          "model": {
            "type": "string",
            "description": "`models/<id>`; must name the model of the path."
          },
          "content": {
            "$ref": "#/components/schemas/Content"
          },
          "taskType": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "outputDimensionality": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "EmbedContentResponse": {
        "type": "object",
        "required": [
          "embedding"
        ],
        "properties": {
          "embedding": {
            "type": "object",
            "required": [
              "values"
            ],
            "properties": {
              "values": {
                "type": "array",
                "items": {
                  "type": "number"
                }
              }
            }
          }
        }
      },
      "BatchEmbedContentsResponse": {
        "type": "object",
        "required": [
          "embeddings"
        ],
        "properties": {
          "embeddings": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "values"
              ],
              "properties": {
                "values": {
                  "type": "array",
                  "items": {
                    "type": "number"
                  }
                }
              }
            }
          }
        }
      },
      "Model": {
        "type": "object",
        "required": [
          "name",
          "displayName",
          "supportedGenerationMethods",
          "supportedProtocols"
        ],
        "properties": {
          "name": {
            "type": "string",
            "description": "`models/<NexusFlow model id>`."
          },
          "baseModelId": {
            "type": "string"
          },
          "version": {
            "type": "string"
          },
          "displayName": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "inputTokenLimit": {
            "type": "integer"
          },
          "outputTokenLimit": {
            "type": "integer"
          },
          "supportedGenerationMethods": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "supportedProtocols": {
            "type": "array",
            "description": "NexusFlow's `supported_protocols` of the model.",
            "items": {
              "type": "string"
            }
          },
          "thinking": {
            "type": "boolean"
          }
        }
      },
      "ListModelsResponse": {
        "type": "object",
        "required": [
          "models"
        ],
        "properties": {
          "models": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Model"
            }
          },
          "nextPageToken": {
            "type": "string"
          }
        }
      }
    }
  }
};

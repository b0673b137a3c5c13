// Generated from spec/openapi/openai.yaml by spec/codegen — do not edit.

/** The OpenAPI document of spec/openapi/openai.yaml, as parsed (references unresolved). */
export const openApiDocument: { readonly [key: string]: unknown } = {
  "openapi": "3.1.0",
  "info": {
    "title": "NexusFlow — OpenAI-compatible API",
    "version": "0.1.0",
    "description": "The OpenAI Chat Completions and Models endpoints as served by NexusFlow. Point the official OpenAI SDK at `<gateway>/v1`.",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "x-nexusflow-protocol": "openai"
  },
  "servers": [
    {
      "url": "http://localhost:3000"
    }
  ],
  "security": [
    {
      "bearerAuth": []
    }
  ],
  "tags": [
    {
      "name": "Chat"
    },
    {
      "name": "Embeddings"
    },
    {
      "name": "Images"
    },
    {
      "name": "Models"
    }
  ],
  "paths": {
    "/v1/chat/completions": {
      "post": {
        "operationId": "createChatCompletion",
        "tags": [
          "Chat"
        ],
        "summary": "Create a chat completion",
        "description": "Returns a `chat.completion` object, or a stream of `chat.completion.chunk` events ending with `data: [DONE]` when `stream` is true. Streaming is decided by the body's `stream` field, never by the `Accept` header (the SDK sends `Accept: application/json` for streams too, protocols.md §1.3).",
        "x-nexusflow-sse": {
          "framing": "data",
          "done": "[DONE]"
        },
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateChatCompletionRequest"
              },
              "examples": {
                "basic": {
                  "summary": "A plain chat request",
                  "value": {
                    "model": "qwen-turbo",
                    "messages": [
                      {
                        "role": "system",
                        "content": "You are a helpful assistant."
                      },
                      {
                        "role": "user",
                        "content": "Say hello."
                      }
                    ],
                    "temperature": 0.7,
                    "max_completion_tokens": 64
                  }
                },
                "streaming": {
                  "summary": "Streaming with a final usage chunk",
                  "value": {
                    "model": "qwen-turbo",
                    "messages": [
                      {
                        "role": "user",
                        "content": "Count to three."
                      }
                    ],
                    "stream": true,
                    "stream_options": {
                      "include_usage": true
                    }
                  }
                },
                "toolCall": {
                  "summary": "A tool definition and a forced tool choice",
                  "value": {
                    "model": "qwen3-max",
                    "messages": [
                      {
                        "role": "user",
                        "content": "What is the weather in Paris?"
                      }
                    ],
                    "tools": [
                      {
                        "type": "function",
                        "function": {
                          "name": "get_weather",
                          "description": "Current weather for a city.",
                          "parameters": {
                            "type": "object",
                            "properties": {
                              "city": {
                                "type": "string"
                              }
                            },
                            "required": [
                              "city"
                            ]
                          }
                        }
                      }
                    ],
                    "tool_choice": "auto",
                    "parallel_tool_calls": false
                  }
                },
                "toolResult": {
                  "summary": "A conversation that carries a tool call and its result",
                  "value": {
                    "model": "qwen3-max",
                    "messages": [
                      {
                        "role": "user",
                        "content": "What is the weather in Paris?"
                      },
                      {
                        "role": "assistant",
                        "content": null,
                        "tool_calls": [
                          {
                            "id": "call_1",
                            "type": "function",
                            "function": {
                              "name": "get_weather",
                              "arguments": "{\"city\":\"Paris\"}"
                            }
                          }
                        ]
                      },
                      {
                        "role": "tool",
                        "tool_call_id": "call_1",
                        "content": "{\"temperature_c\":18}"
                      }
                    ],
                    "tools": [
                      {
                        "type": "function",
                        "function": {
                          "name": "get_weather",
                          "parameters": {
                            "type": "object",
                            "properties": {
                              "city": {
                                "type": "string"
                              }
                            }
                          }
                        }
                      }
                    ]
                  }
                },
                "multiPart": {
                  "summary": "User content as an array of parts",
                  "value": {
                    "model": "qwen-turbo",
                    "messages": [
                      {
                        "role": "developer",
                        "content": [
                          {
                            "type": "text",
                            "text": "Answer briefly."
                          }
                        ]
                      },
                      {
                        "role": "user",
                        "content": [
                          {
                            "type": "text",
                            "text": "Describe this picture."
                          },
                          {
                            "type": "image_url",
                            "image_url": {
                              "url": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
                              "detail": "low"
                            }
                          }
                        ]
                      }
                    ],
                    "response_format": {
                      "type": "text"
                    },
                    "stop": [
                      "\n\n"
                    ]
                  }
                },
                "invalidTemperature": {
                  "summary": "Invalid: temperature above 2",
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "temperature",
                  "value": {
                    "model": "qwen-turbo",
                    "messages": [
                      {
                        "role": "user",
                        "content": "Hi"
                      }
                    ],
                    "temperature": 9
                  }
                },
                "invalidRole": {
                  "summary": "Invalid: unknown message role",
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "messages[0].role",
                  "value": {
                    "model": "qwen-turbo",
                    "messages": [
                      {
                        "role": "bogus",
                        "content": "Hi"
                      }
                    ]
                  }
                },
                "missingModel": {
                  "summary": "Invalid: model is required",
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "model",
                  "value": {
                    "messages": [
                      {
                        "role": "user",
                        "content": "Hi"
                      }
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "A chat completion, or a stream of chunks when `stream` is true.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreateChatCompletionResponse"
                }
              },
              "text/event-stream": {
                "description": "`data: <chunk JSON>` frames, then `data: [DONE]`.",
                "schema": {
                  "type": "string"
                },
                "x-nexusflow-event-schema": {
                  "$ref": "#/components/schemas/CreateChatCompletionStreamResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "501": {
            "$ref": "#/components/responses/NotImplemented"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/embeddings": {
      "post": {
        "operationId": "createEmbedding",
        "tags": [
          "Embeddings"
        ],
        "summary": "Create embeddings",
        "description": "OpenAI's embeddings endpoint. `encoding_format: base64` answers raw little-endian float32 bytes, base64-encoded — the official Node SDK asks for it by default and decodes it as a Float32Array (protocols.md §2.5).",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateEmbeddingRequest"
              },
              "examples": {
                "single": {
                  "summary": "One string, floats",
                  "value": {
                    "model": "text-embedding-v4",
                    "input": "Your text string goes here",
                    "encoding_format": "float"
                  }
                },
                "batch-base64": {
                  "summary": "Several strings, base64 (the Node SDK default)",
                  "value": {
                    "model": "text-embedding-v4",
                    "input": [
                      "first text",
                      "second text"
                    ],
                    "encoding_format": "base64",
                    "dimensions": 256
                  }
                },
                "tokens": {
                  "summary": "Pre-tokenized input",
                  "value": {
                    "model": "text-embedding-v4",
                    "input": [
                      [
                        9906,
                        0
                      ],
                      [
                        15339
                      ]
                    ]
                  }
                },
                "bad-format": {
                  "summary": "Unknown encoding format",
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "encoding_format",
                  "value": {
                    "model": "text-embedding-v4",
                    "input": "hello",
                    "encoding_format": "int8"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "One embedding per input, in input order.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreateEmbeddingResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/images/generations": {
      "post": {
        "operationId": "createImage",
        "tags": [
          "Images"
        ],
        "summary": "Generate images",
        "description": "OpenAI's image generation (protocols.md §2.6). `model` is optional: without it the gateway's default image model answers (`NEXUSFLOW_DEFAULT_IMAGE_MODEL`, `wan2.6-t2i`). `url` results are signed gateway URLs that expire (the files are kept past the vendor's 24 h); `b64_json` returns the bytes. Billed per image by size. Asynchronous upstreams (DashScope wan) are polled up to a deadline; past it the answer is 504 naming the task the job continues as (`GET /v1/tasks/{id}`), charged only if it succeeds. Unknown fields (DashScope `negative_prompt`, `seed`, `prompt_extend`, `watermark` via `extra_body`) are passed upstream.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateImageRequest"
              },
              "examples": {
                "docs": {
                  "summary": "The snippet of our docs",
                  "value": {
                    "model": "wan2.6-t2i",
                    "prompt": "A futuristic city at sunset, cyberpunk style",
                    "size": "1024x1024",
                    "n": 1
                  }
                },
                "b64-default-model": {
                  "summary": "No model (the default image model), two images as base64",
                  "value": {
                    "prompt": "A lighthouse in a storm",
                    "n": 2,
                    "size": "256x256",
                    "response_format": "b64_json"
                  }
                },
                "bad-size": {
                  "summary": "A size that is not WIDTHxHEIGHT",
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "size",
                  "value": {
                    "model": "wan2.6-t2i",
                    "prompt": "x",
                    "size": "big"
                  }
                },
                "bad-format": {
                  "summary": "Unknown response format",
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "response_format",
                  "value": {
                    "prompt": "x",
                    "response_format": "png"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The images, in order.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ImagesResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/models": {
      "get": {
        "operationId": "listModels",
        "tags": [
          "Models"
        ],
        "summary": "List the models this key may use",
        "description": "OpenAI's `{object: \"list\", data: [Model]}`. Not paginated: the SDK never asks for a second page (protocols.md §2.7).",
        "responses": {
          "200": {
            "description": "The models.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListModelsResponse"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/models/{model}": {
      "get": {
        "operationId": "retrieveModel",
        "tags": [
          "Models"
        ],
        "summary": "Retrieve one model",
        "x-nexusflow-conformance-params": {
          "model": "qwen-turbo"
        },
        "parameters": [
          {
            "name": "model",
            "in": "path",
            "required": true,
            "description": "The model id. The SDK URL-encodes it into the path.",
            "schema": {
              "type": "string",
              "minLength": 1
            },
            "example": "qwen-turbo"
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
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "A NexusFlow API key: `Authorization: Bearer <key>`."
      }
    },
    "responses": {
      "BadRequest": {
        "description": "The request is malformed; `param` names the offending field.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Missing or invalid API key.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "PaymentRequired": {
        "description": "The key's balance cannot cover the request.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "NotFound": {
        "description": "Unknown model, or a model this key may not use.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "The request body is too large.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Rate limited; see `retry-after`.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "InternalServerError": {
        "description": "An unexpected gateway error.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "NotImplemented": {
        "description": "The operation is not implemented by this gateway.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "BadGateway": {
        "description": "The upstream provider failed.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "ServiceUnavailable": {
        "description": "No channel can serve the model right now, or the store is unavailable.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "GatewayTimeout": {
        "description": "The upstream provider timed out.",
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
        "description": "OpenAI's error envelope (protocols.md §2.4). All four fields are always present.",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "object",
            "required": [
              "message",
              "type",
              "param",
              "code"
            ],
            "properties": {
              "message": {
                "type": "string"
              },
              "type": {
                "type": "string"
              },
              "param": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "code": {
                "type": [
                  "string",
                  "null"
                ]
              }
            }
          }
        }
      },
      "CreateChatCompletionRequest": {
        "type": "object",
        "required": [
          "model",
          "messages"
        ],
        "properties": {
          "model": {
            "type": "string",
            "minLength": 1,
            "description": "Model id from the gateway catalog, e.g. `qwen-turbo`."
          },
          "messages": {
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/components/schemas/ChatCompletionRequestMessage"
            }
          },
          "tools": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ChatCompletionTool"
            }
          },
          "tool_choice": {
            "$ref": "#/components/schemas/ChatCompletionToolChoiceOption"
          },
          "parallel_tool_calls": {
            "type": "boolean"
          },
          "response_format": {
            "$ref": "#/components/schemas/ResponseFormat"
          },
          "stream": {
            "type": [
              "boolean",
              "null"
            ]
          },
          "stream_options": {
            "$ref": "#/components/schemas/ChatCompletionStreamOptions"
          },
          "max_tokens": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "deprecated": true,
            "description": "Deprecated in favour of `max_completion_tokens`; both are accepted."
          },
          "max_completion_tokens": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1
          },
          "n": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "maximum": 128
          },
          "stop": {
            "description": "Up to four stop sequences.",
            "type": [
              "string",
              "array",
              "null"
            ],
            "minItems": 1,
            "maxItems": 4,
            "items": {
              "type": "string"
            }
          },
          "temperature": {
            "type": [
              "number",
              "null"
            ],
            "minimum": 0,
            "maximum": 2
          },
          "top_p": {
            "type": [
              "number",
              "null"
            ],
            "minimum": 0,
            "maximum": 1
          },
          "seed": {
            "type": [
              "integer",
              "null"
            ]
          },
          "user": {
            "type": "string",
            "deprecated": true
          },
          "safety_identifier": {
            "type": [
              "string",
              "null"
            ]
          },
          "prompt_cache_key": {
            "type": [
              "string",
              "null"
            ]
          },
          "reasoning_effort": {
            "$ref": "#/components/schemas/ReasoningEffort"
          },
          "verbosity": {
            "type": [
              "string",
              "null"
            ],
            "enum": [
              "low",
              "medium",
              "high",
              null
            ]
          },
          "frequency_penalty": {
            "type": [
              "number",
              "null"
            ],
            "minimum": -2,
            "maximum": 2
          },
          "presence_penalty": {
            "type": [
              "number",
              "null"
            ],
            "minimum": -2,
            "maximum": 2
          },
          "logit_bias": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": {
              "type": "integer",
              "minimum": -100,
              "maximum": 100
            }
          },
          "logprobs": {
            "type": [
              "boolean",
              "null"
            ]
          },
          "top_logprobs": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 0,
            "maximum": 20
          },
          "metadata": {
            "type": [
              "object",
              "null"
            ],
            "maxProperties": 16,
            "additionalProperties": {
              "type": "string",
              "maxLength": 512
            }
          },
          "store": {
            "type": [
              "boolean",
              "null"
            ]
          },
          "service_tier": {
            "type": [
              "string",
              "null"
            ],
            "enum": [
              "auto",
              "default",
              "flex",
              "scale",
              "priority",
              null
            ]
          },
          "modalities": {
            "type": [
              "array",
              "null"
            ],
            "items": {
              "type": "string",
              "enum": [
                "text",
                "audio"
              ]
            }
          },
          "audio": {
            "type": [
              "object",
              "null"
            ],
            "required": [
              "voice",
              "format"
            ],
            "properties": {
              "voice": {
                "description": "A voice name, or `{id}` of a custom voice.",
                "type": [
                  "string",
                  "object"
                ]
              },
              "format": {
                "type": "string",
                "enum": [
                  "wav",
                  "aac",
                  "mp3",
                  "flac",
                  "opus",
                  "pcm16"
                ]
              }
            }
          },
          "prediction": {
            "type": [
              "object",
              "null"
            ],
            "required": [
              "type",
              "content"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "content"
              },
              "content": {
                "$ref": "#/components/schemas/ChatCompletionTextContent"
              }
            }
          },
          "web_search_options": {
            "type": "object"
          },
          "functions": {
            "type": "array",
            "deprecated": true,
            "minItems": 1,
            "maxItems": 128,
            "items": {
              "$ref": "#/components/schemas/FunctionDefinition"
            }
          },
          "function_call": {
            "deprecated": true,
            "anyOf": [
              {
                "type": "string",
                "enum": [
                  "none",
                  "auto"
                ]
              },
              {
                "type": "object",
                "required": [
                  "name"
                ],
                "properties": {
                  "name": {
                    "type": "string"
                  }
                }
              }
            ]
          }
        }
      },
      "ReasoningEffort": {
        "type": [
          "string",
          "null"
        ],
        "enum": [
          "none",
          "minimal",
          "low",
          "medium",
          "high",
          "xhigh",
          "max",
          null
        ]
      },
      "ChatCompletionStreamOptions": {
        "type": [
          "object",
          "null"
        ],
        "description": "Only meaningful when `stream` is true.",
        "properties": {
          "include_usage": {
            "type": "boolean",
            "description": "Send one extra chunk with `choices: []` and the full `usage` before `[DONE]`."
          },
          "include_obfuscation": {
            "type": "boolean"
          }
        }
      },
      "ChatCompletionRequestMessage": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/ChatCompletionRequestDeveloperMessage"
          },
          {
            "$ref": "#/components/schemas/ChatCompletionRequestSystemMessage"
          },
          {
            "$ref": "#/components/schemas/ChatCompletionRequestUserMessage"
          },
          {
            "$ref": "#/components/schemas/ChatCompletionRequestAssistantMessage"
          },
          {
            "$ref": "#/components/schemas/ChatCompletionRequestToolMessage"
          },
          {
            "$ref": "#/components/schemas/ChatCompletionRequestFunctionMessage"
          }
        ],
        "discriminator": {
          "propertyName": "role",
          "mapping": {
            "developer": "#/components/schemas/ChatCompletionRequestDeveloperMessage",
            "system": "#/components/schemas/ChatCompletionRequestSystemMessage",
            "user": "#/components/schemas/ChatCompletionRequestUserMessage",
            "assistant": "#/components/schemas/ChatCompletionRequestAssistantMessage",
            "tool": "#/components/schemas/ChatCompletionRequestToolMessage",
            "function": "#/components/schemas/ChatCompletionRequestFunctionMessage"
          }
        }
      },
      "ChatCompletionTextContent": {
        "description": "A string, or an array of text parts.",
        "type": [
          "string",
          "array"
        ],
        "items": {
          "$ref": "#/components/schemas/ChatCompletionRequestMessageContentPartText"
        }
      },
      "ChatCompletionRequestDeveloperMessage": {
        "type": "object",
        "required": [
          "role",
          "content"
        ],
        "properties": {
          "role": {
            "type": "string",
            "const": "developer"
          },
          "content": {
            "$ref": "#/components/schemas/ChatCompletionTextContent"
          },
          "name": {
            "type": "string"
          }
        }
      },
      "ChatCompletionRequestSystemMessage": {
        "type": "object",
        "required": [
          "role",
          "content"
        ],
        "properties": {
          "role": {
            "type": "string",
            "const": "system"
          },
          "content": {
            "$ref": "#/components/schemas/ChatCompletionTextContent"
          },
          "name": {
            "type": "string"
          }
        }
      },
      "ChatCompletionRequestUserMessage": {
        "type": "object",
        "required": [
          "role",
          "content"
        ],
        "properties": {
          "role": {
            "type": "string",
            "const": "user"
          },
          "content": {
            "description": "A string, or an array of text, image, audio and file parts.",
            "type": [
              "string",
              "array"
            ],
            "items": {
              "$ref": "#/components/schemas/ChatCompletionRequestUserMessageContentPart"
            }
          },
          "name": {
            "type": "string"
          }
        }
      },
      "ChatCompletionRequestAssistantMessage": {
        "type": "object",
        "required": [
          "role"
        ],
        "description": "`content` may be null or absent when `tool_calls` is present.",
        "properties": {
          "role": {
            "type": "string",
            "const": "assistant"
          },
          "content": {
            "type": [
              "string",
              "array",
              "null"
            ],
            "items": {
              "$ref": "#/components/schemas/ChatCompletionRequestAssistantMessageContentPart"
            }
          },
          "refusal": {
            "type": [
              "string",
              "null"
            ]
          },
          "name": {
            "type": "string"
          },
          "audio": {
            "type": [
              "object",
              "null"
            ],
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "type": "string"
              }
            }
          },
          "tool_calls": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ChatCompletionMessageToolCall"
            }
          },
          "function_call": {
            "deprecated": true,
            "type": [
              "object",
              "null"
            ],
            "required": [
              "name",
              "arguments"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "arguments": {
                "type": "string"
              }
            }
          }
        }
      },
      "ChatCompletionRequestToolMessage": {
        "type": "object",
        "required": [
          "role",
          "content",
          "tool_call_id"
        ],
        "properties": {
          "role": {
            "type": "string",
            "const": "tool"
          },
          "content": {
            "$ref": "#/components/schemas/ChatCompletionTextContent"
          },
          "tool_call_id": {
            "type": "string"
          }
        }
      },
      "ChatCompletionRequestFunctionMessage": {
        "type": "object",
        "deprecated": true,
        "required": [
          "role",
          "content",
          "name"
        ],
        "properties": {
          "role": {
            "type": "string",
            "const": "function"
          },
          "content": {
            "type": [
              "string",
              "null"
            ]
          },
          "name": {
            "type": "string"
          }
        }
      },
      "PromptCacheBreakpoint": {
        "type": "object",
        "required": [
          "mode"
        ],
        "properties": {
          "mode": {
            "type": "string",
            "const": "explicit"
          }
        }
      },
      "ChatCompletionRequestMessageContentPartText": {
        "type": "object",
        "required": [
          "type",
          "text"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "text"
          },
          "text": {
            "type": "string"
          },
          "prompt_cache_breakpoint": {
            "$ref": "#/components/schemas/PromptCacheBreakpoint"
          }
        }
      },
      "ChatCompletionRequestMessageContentPartImage": {
        "type": "object",
        "required": [
          "type",
          "image_url"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "image_url"
          },
          "image_url": {
            "type": "object",
            "required": [
              "url"
            ],
            "properties": {
              "url": {
                "type": "string",
                "description": "An http(s) URL or a `data:image/...;base64,...` URI."
              },
              "detail": {
                "type": "string",
                "enum": [
                  "auto",
                  "low",
                  "high"
                ]
              }
            }
          },
          "prompt_cache_breakpoint": {
            "$ref": "#/components/schemas/PromptCacheBreakpoint"
          }
        }
      },
      "ChatCompletionRequestMessageContentPartAudio": {
        "type": "object",
        "required": [
          "type",
          "input_audio"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "input_audio"
          },
          "input_audio": {
            "type": "object",
            "required": [
              "data",
              "format"
            ],
            "properties": {
              "data": {
                "type": "string",
                "description": "Base64-encoded audio."
              },
              "format": {
                "type": "string",
                "enum": [
                  "wav",
                  "mp3"
                ]
              }
            }
          },
          "prompt_cache_breakpoint": {
            "$ref": "#/components/schemas/PromptCacheBreakpoint"
          }
        }
      },
      "ChatCompletionRequestMessageContentPartFile": {
        "type": "object",
        "required": [
          "type",
          "file"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "file"
          },
          "file": {
            "type": "object",
            "properties": {
              "file_data": {
                "type": "string"
              },
              "file_id": {
                "type": "string"
              },
              "filename": {
                "type": "string"
              }
            }
          },
          "prompt_cache_breakpoint": {
            "$ref": "#/components/schemas/PromptCacheBreakpoint"
          }
        }
      },
      "ChatCompletionRequestMessageContentPartRefusal": {
        "type": "object",
        "required": [
          "type",
          "refusal"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "refusal"
          },
          "refusal": {
            "type": "string"
          }
        }
      },
      "ChatCompletionRequestUserMessageContentPart": {
        "x-nexusflow-open-discriminator": true,
        "oneOf": [
          {
            "$ref": "#/components/schemas/ChatCompletionRequestMessageContentPartText"
          },
          {
            "$ref": "#/components/schemas/ChatCompletionRequestMessageContentPartImage"
          },
          {
            "$ref": "#/components/schemas/ChatCompletionRequestMessageContentPartAudio"
          },
          {
            "$ref": "#/components/schemas/ChatCompletionRequestMessageContentPartFile"
          }
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "text": "#/components/schemas/ChatCompletionRequestMessageContentPartText",
            "image_url": "#/components/schemas/ChatCompletionRequestMessageContentPartImage",
            "input_audio": "#/components/schemas/ChatCompletionRequestMessageContentPartAudio",
            "file": "#/components/schemas/ChatCompletionRequestMessageContentPartFile"
          }
        }
      },
      "ChatCompletionRequestAssistantMessageContentPart": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/ChatCompletionRequestMessageContentPartText"
          },
          {
            "$ref": "#/components/schemas/ChatCompletionRequestMessageContentPartRefusal"
          }
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "text": "#/components/schemas/ChatCompletionRequestMessageContentPartText",
            "refusal": "#/components/schemas/ChatCompletionRequestMessageContentPartRefusal"
          }
        }
      },
      "ChatCompletionMessageToolCall": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/ChatCompletionMessageFunctionToolCall"
          },
          {
            "$ref": "#/components/schemas/ChatCompletionMessageCustomToolCall"
          }
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "function": "#/components/schemas/ChatCompletionMessageFunctionToolCall",
            "custom": "#/components/schemas/ChatCompletionMessageCustomToolCall"
          }
        }
      },
      "ChatCompletionMessageFunctionToolCall": {
        "type": "object",
        "required": [
          "id",
          "type",
          "function"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "const": "function"
          },
          "function": {
            "type": "object",
            "required": [
              "name",
              "arguments"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "arguments": {
                "type": "string",
                "description": "The arguments as a JSON-encoded string, exactly as the model wrote them."
              }
            }
          }
        }
      },
      "ChatCompletionMessageCustomToolCall": {
        "type": "object",
        "required": [
          "id",
          "type",
          "custom"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "const": "custom"
          },
          "custom": {
            "type": "object",
            "required": [
              "name",
              "input"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "input": {
                "type": "string"
              }
            }
          }
        }
      },
      "FunctionDefinition": {
        "type": "object",
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          },
          "description": {
            "type": "string"
          },
          "parameters": {
            "type": "object",
            "description": "A JSON Schema object describing the arguments."
          },
          "strict": {
            "type": [
              "boolean",
              "null"
            ]
          }
        }
      },
      "ChatCompletionTool": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/ChatCompletionFunctionTool"
          },
          {
            "$ref": "#/components/schemas/ChatCompletionCustomTool"
          }
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "function": "#/components/schemas/ChatCompletionFunctionTool",
            "custom": "#/components/schemas/ChatCompletionCustomTool"
          }
        }
      },
      "ChatCompletionFunctionTool": {
        "type": "object",
        "required": [
          "type",
          "function"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "function"
          },
          "function": {
            "$ref": "#/components/schemas/FunctionDefinition"
          }
        }
      },
      "ChatCompletionCustomTool": {
        "type": "object",
        "required": [
          "type",
          "custom"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "custom"
          },
          "custom": {
            "type": "object",
            "required": [
              "name"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "description": {
                "type": "string"
              },
              "format": {
                "type": "object",
                "required": [
                  "type"
                ],
                "properties": {
                  "type": {
                    "type": "string",
                    "enum": [
                      "text",
                      "grammar"
                    ]
                  }
                }
              }
            }
          }
        }
      },
      "ChatCompletionToolChoiceOption": {
        "description": "`none`, `auto`, `required`, or an object naming the tool(s). The default is `none` without tools and `auto` with them.",
        "anyOf": [
          {
            "type": "string",
            "enum": [
              "none",
              "auto",
              "required"
            ]
          },
          {
            "$ref": "#/components/schemas/ChatCompletionToolChoiceObject"
          }
        ]
      },
      "ChatCompletionToolChoiceObject": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/ChatCompletionNamedToolChoice"
          },
          {
            "$ref": "#/components/schemas/ChatCompletionAllowedToolChoice"
          },
          {
            "$ref": "#/components/schemas/ChatCompletionNamedToolChoiceCustom"
          }
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "function": "#/components/schemas/ChatCompletionNamedToolChoice",
            "allowed_tools": "#/components/schemas/ChatCompletionAllowedToolChoice",
            "custom": "#/components/schemas/ChatCompletionNamedToolChoiceCustom"
          }
        }
      },
      "ChatCompletionNamedToolChoice": {
        "type": "object",
        "required": [
          "type",
          "function"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "function"
          },
          "function": {
            "type": "object",
            "required": [
              "name"
            ],
            "properties": {
              "name": {
                "type": "string"
              }
            }
          }
        }
      },
      "ChatCompletionAllowedToolChoice": {
        "type": "object",
        "required": [
          "type",
          "allowed_tools"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "allowed_tools"
          },
          "allowed_tools": {
            "type": "object",
            "required": [
              "mode",
              "tools"
            ],
            "properties": {
              "mode": {
                "type": "string",
                "enum": [
                  "auto",
                  "required"
                ]
              },
              "tools": {
                "type": "array",
                "items": {
                  "type": "object"
                }
              }
            }
          }
        }
      },
      "ChatCompletionNamedToolChoiceCustom": {
        "type": "object",
        "required": [
          "type",
          "custom"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "custom"
          },
          "custom": {
            "type": "object",
            "required": [
              "name"
            ],
            "properties": {
              "name": {
                "type": "string"
              }
            }
          }
        }
      },
      "ResponseFormat": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/ResponseFormatText"
          },
          {
            "$ref": "#/components/schemas/ResponseFormatJsonObject"
          },
          {
            "$ref": "#/components/schemas/ResponseFormatJsonSchema"
          }
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "text": "#/components/schemas/ResponseFormatText",
            "json_object": "#/components/schemas/ResponseFormatJsonObject",
            "json_schema": "#/components/schemas/ResponseFormatJsonSchema"
          }
        }
      },
      "ResponseFormatText": {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "text"
          }
        }
      },
      "ResponseFormatJsonObject": {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "json_object"
          }
        }
      },
      "ResponseFormatJsonSchema": {
        "type": "object",
        "required": [
          "type",
          "json_schema"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "json_schema"
          },
          "json_schema": {
            "type": "object",
            "required": [
              "name"
            ],
            "properties": {
              "name": {
                "type": "string",
                "minLength": 1,
                "maxLength": 64
              },
              "description": {
                "type": "string"
              },
              "schema": {
                "type": "object",
                "description": "The JSON Schema the output must follow."
              },
              "strict": {
                "type": [
                  "boolean",
                  "null"
                ]
              }
            }
          }
        }
      },
      "CreateChatCompletionResponse": {
        "type": "object",
        "required": [
          "id",
          "object",
          "created",
          "model",
          "choices"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "object": {
            "type": "string",
            "const": "chat.completion"
          },
          "created": {
            "type": "integer",
            "description": "Unix time in seconds."
          },
          "model": {
            "type": "string"
          },
          "choices": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ChatCompletionChoice"
            }
          },
          "usage": {
            "$ref": "#/components/schemas/CompletionUsage"
          },
          "service_tier": {
            "$ref": "#/components/schemas/ServiceTier"
          },
          "system_fingerprint": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "ServiceTier": {
        "type": [
          "string",
          "null"
        ],
        "enum": [
          "auto",
          "default",
          "flex",
          "scale",
          "priority",
          null
        ]
      },
      "FinishReason": {
        "type": "string",
        "enum": [
          "stop",
          "length",
          "tool_calls",
          "content_filter",
          "function_call"
        ]
      },
      "ChatCompletionChoice": {
        "type": "object",
        "required": [
          "index",
          "message",
          "finish_reason",
          "logprobs"
        ],
        "properties": {
          "index": {
            "type": "integer",
            "minimum": 0
          },
          "message": {
            "$ref": "#/components/schemas/ChatCompletionResponseMessage"
          },
          "finish_reason": {
            "$ref": "#/components/schemas/FinishReason"
          },
          "logprobs": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/ChatCompletionChoiceLogprobs"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "ChatCompletionChoiceLogprobs": {
        "type": "object",
        "required": [
          "content",
          "refusal"
        ],
        "properties": {
          "content": {
            "type": [
              "array",
              "null"
            ],
            "items": {
              "$ref": "#/components/schemas/ChatCompletionTokenLogprob"
            }
          },
          "refusal": {
            "type": [
              "array",
              "null"
            ],
            "items": {
              "$ref": "#/components/schemas/ChatCompletionTokenLogprob"
            }
          }
        }
      },
      "ChatCompletionTokenLogprob": {
        "type": "object",
        "required": [
          "token",
          "logprob",
          "bytes",
          "top_logprobs"
        ],
        "properties": {
          "token": {
            "type": "string"
          },
          "logprob": {
            "type": "number"
          },
          "bytes": {
            "type": [
              "array",
              "null"
            ],
            "items": {
              "type": "integer"
            }
          },
          "top_logprobs": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "token",
                "logprob",
                "bytes"
              ],
              "properties": {
                "token": {
                  "type": "string"
                },
                "logprob": {
                  "type": "number"
                },
                "bytes": {
                  "type": [
                    "array",
                    "null"
                  ],
                  "items": {
                    "type": "integer"
                  }
                }
              }
            }
          }
        }
      },
      "ChatCompletionResponseMessage": {
        "type": "object",
        "required": [
          "role",
          "content",
          "refusal"
        ],
        "description": "`content` is null when the reply is only tool calls.",
        "properties": {
          "role": {
            "type": "string",
            "const": "assistant"
          },
          "content": {
            "type": [
              "string",
              "null"
            ]
          },
          "refusal": {
            "type": [
              "string",
              "null"
            ]
          },
          "annotations": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "type"
              ],
              "properties": {
                "type": {
                  "type": "string"
                }
              }
            }
          },
          "tool_calls": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ChatCompletionMessageToolCall"
            }
          },
          "function_call": {
            "deprecated": true,
            "type": [
              "object",
              "null"
            ],
            "required": [
              "name",
              "arguments"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "arguments": {
                "type": "string"
              }
            }
          },
          "audio": {
            "type": [
              "object",
              "null"
            ],
            "required": [
              "id",
              "data",
              "expires_at",
              "transcript"
            ],
            "properties": {
              "id": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "expires_at": {
                "type": "integer"
              },
              "transcript": {
                "type": "string"
              }
            }
          }
        }
      },
      "CreateEmbeddingRequest": {
        "type": "object",
        "required": [
          "model",
          "input"
        ],
        "properties": {
          "model": {
            "type": "string",
            "minLength": 1
          },
          "input": {
            "description": "A string, an array of strings, an array of token ids, or an array of token-id arrays. At most 2048 items; empty strings are rejected (checked by the server, which names the item).",
            "oneOf": [
              {
                "type": "string"
              },
              {
                "type": "array",
                "minItems": 1,
                "maxItems": 2048,
                "items": {
                  "type": "string"
                }
              },
              {
                "type": "array",
                "minItems": 1,
                "items": {
                  "type": "integer",
                  "minimum": 0
                }
              },
              {
                "type": "array",
                "minItems": 1,
                "maxItems": 2048,
                "items": {
                  "type": "array",
                  "minItems": 1,
                  "items": {
                    "type": "integer",
                    "minimum": 0
                  }
                }
              }
            ]
          },
          "encoding_format": {
            "type": "string",
            "enum": [
              "float",
              "base64"
            ],
            "default": "float"
          },
          "dimensions": {
            "type": "integer",
            "minimum": 1
          },
          "user": {
            "type": "string"
          }
        }
      },
      "CreateEmbeddingResponse": {
        "type": "object",
        "required": [
          "object",
          "data",
          "model",
          "usage"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "list"
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Embedding"
            }
          },
          "model": {
            "type": "string"
          },
          "usage": {
            "type": "object",
            "required": [
              "prompt_tokens",
              "total_tokens"
            ],
            "properties": {
              "prompt_tokens": {
                "type": "integer",
                "minimum": 0
              },
              "total_tokens": {
                "type": "integer",
                "minimum": 0
              }
            }
          }
        }
      },
      "Embedding": {
        "type": "object",
        "required": [
          "object",
          "index",
          "embedding"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "embedding"
          },
          "index": {
            "type": "integer",
            "minimum": 0
          },
          "embedding": {
            "description": "Floats, or base64 of little-endian float32 bytes.",
            "oneOf": [
              {
                "type": "array",
                "items": {
                  "type": "number"
                }
              },
              {
                "type": "string",
                "contentEncoding": "base64"
              }
            ]
          }
        }
      },
      "CompletionUsage": {
        "type": "object",
        "required": [
          "prompt_tokens",
          "completion_tokens",
          "total_tokens"
        ],
        "description": "`prompt_tokens` includes cached tokens; `completion_tokens` includes reasoning tokens.",
        "properties": {
          "prompt_tokens": {
            "type": "integer",
            "minimum": 0
          },
          "completion_tokens": {
            "type": "integer",
            "minimum": 0
          },
          "total_tokens": {
            "type": "integer",
            "minimum": 0
          },
          "prompt_tokens_details": {
            "type": "object",
            "properties": {
              "cached_tokens": {
                "type": "integer",
                "minimum": 0
              },
              "cache_write_tokens": {
                "type": "integer",
                "minimum": 0
              },
              "audio_tokens": {
                "type": "integer",
                "minimum": 0
              }
            }
          },
          "cost": {
            "type": "number",
            "minimum": 0,
            "description": "NexusFlow extension: the credits charged for this request (as in OpenRouter's usage.cost). Also sent as the `x-nexusflow-cost` header, or trailer when streaming."
          },
          "completion_tokens_details": {
            "type": "object",
            "properties": {
              "reasoning_tokens": {
                "type": "integer",
                "minimum": 0
              },
              "audio_tokens": {
                "type": "integer",
                "minimum": 0
              },
              "accepted_prediction_tokens": {
                "type": "integer",
                "minimum": 0
              },
              "rejected_prediction_tokens": {
                "type": "integer",
                "minimum": 0
              }
            }
          }
        }
      },
      "CreateChatCompletionStreamResponse": {
        "type": "object",
        "description": "One `chat.completion.chunk`. Every chunk repeats `id`, `created` and `model`. With `stream_options.include_usage`, every chunk has `usage: null` except one extra final chunk with `choices: []` and the full usage.",
        "required": [
          "id",
          "object",
          "created",
          "model",
          "choices"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "object": {
            "type": "string",
            "const": "chat.completion.chunk"
          },
          "created": {
            "type": "integer"
          },
          "model": {
            "type": "string"
          },
          "choices": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ChatCompletionStreamChoice"
            }
          },
          "usage": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/CompletionUsage"
              },
              {
                "type": "null"
              }
            ]
          },
          "service_tier": {
            "$ref": "#/components/schemas/ServiceTier"
          },
          "system_fingerprint": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "ChatCompletionStreamChoice": {
        "type": "object",
        "required": [
          "index",
          "delta",
          "finish_reason"
        ],
        "properties": {
          "index": {
            "type": "integer",
            "minimum": 0
          },
          "delta": {
            "$ref": "#/components/schemas/ChatCompletionStreamResponseDelta"
          },
          "finish_reason": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/FinishReason"
              },
              {
                "type": "null"
              }
            ]
          },
          "logprobs": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/ChatCompletionChoiceLogprobs"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "ChatCompletionStreamResponseDelta": {
        "type": "object",
        "description": "`role` is set in the first delta of each choice.",
        "properties": {
          "role": {
            "type": "string",
            "enum": [
              "developer",
              "system",
              "user",
              "assistant",
              "tool"
            ]
          },
          "content": {
            "type": [
              "string",
              "null"
            ]
          },
          "refusal": {
            "type": [
              "string",
              "null"
            ]
          },
          "tool_calls": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ChatCompletionMessageToolCallChunk"
            }
          },
          "function_call": {
            "deprecated": true,
            "type": "object",
            "properties": {
              "name": {
                "type": "string"
              },
              "arguments": {
                "type": "string"
              }
            }
          }
        }
      },
      "ChatCompletionMessageToolCallChunk": {
        "type": "object",
        "description": "The first fragment for an `index` carries `id`, `type` and `function.name`; later ones carry `function.arguments` pieces to concatenate.",
        "required": [
          "index"
        ],
        "properties": {
          "index": {
            "type": "integer",
            "minimum": 0
          },
          "id": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "const": "function"
          },
          "function": {
            "type": "object",
            "properties": {
              "name": {
                "type": "string"
              },
              "arguments": {
                "type": "string"
              }
            }
          }
        }
      },
      "CreateImageRequest": {
        "type": "object",
        "required": [
          "prompt"
        ],
        "properties": {
          "prompt": {
            "type": "string",
            "minLength": 1,
            "maxLength": 32000
          },
          "model": {
            "type": [
              "string",
              "null"
            ],
            "minLength": 1
          },
          "n": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "maximum": 10,
            "default": 1
          },
          "size": {
            "type": [
              "string",
              "null"
            ],
            "description": "`WIDTHxHEIGHT` (e.g. `1024x1024`) or `auto`. Upstreams check their own size rules.",
            "pattern": "^(auto|[1-9][0-9]{1,4}x[1-9][0-9]{1,4})$"
          },
          "response_format": {
            "type": [
              "string",
              "null"
            ],
            "enum": [
              "url",
              "b64_json",
              null
            ],
            "default": "url"
          },
          "quality": {
            "type": [
              "string",
              "null"
            ]
          },
          "style": {
            "type": [
              "string",
              "null"
            ]
          },
          "user": {
            "type": [
              "string",
              "null"
            ]
          },
          "stream": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "Not supported; `true` is rejected."
          }
        }
      },
      "ImagesResponse": {
        "type": "object",
        "required": [
          "created",
          "data"
        ],
        "properties": {
          "created": {
            "type": "integer",
            "description": "Unix time (seconds) the generation started."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Image"
            }
          }
        }
      },
      "Image": {
        "type": "object",
        "properties": {
          "url": {
            "type": "string",
            "description": "A signed gateway URL (`/v1/files/{id}/content?expires=…&sig=…`); it expires, the file does not."
          },
          "b64_json": {
            "type": "string",
            "contentEncoding": "base64"
          },
          "revised_prompt": {
            "type": "string"
          }
        }
      },
      "ListModelsResponse": {
        "type": "object",
        "required": [
          "object",
          "data"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "list"
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Model"
            }
          }
        }
      },
      "SupportedProtocol": {
        "type": "string",
        "enum": [
          "openai:chat-completions",
          "openai:responses",
          "openai:embeddings",
          "openai:image-generations",
          "anthropic:messages",
          "gemini:generate-content",
          "gemini:embed-content",
          "nexusflow:tasks"
        ]
      },
      "Model": {
        "type": "object",
        "description": "OpenAI's Model object, extended with optional NexusFlow catalog fields. The OpenAI SDK ignores the extra fields.",
        "required": [
          "id",
          "object",
          "created",
          "owned_by"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "object": {
            "type": "string",
            "const": "model"
          },
          "created": {
            "type": "integer",
            "description": "Unix time in seconds."
          },
          "owned_by": {
            "type": "string"
          },
          "display_name": {
            "type": "string"
          },
          "supported_protocols": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SupportedProtocol"
            }
          },
          "capabilities": {
            "$ref": "#/components/schemas/ModelCapabilities"
          },
          "context_window": {
            "type": "integer",
            "minimum": 0
          },
          "max_output_tokens": {
            "type": "integer",
            "minimum": 0
          },
          "pricing": {
            "$ref": "#/components/schemas/ModelPricing"
          },
          "aliases": {
            "type": "array",
            "description": "Other names that route to this model: exact names or `*` glob patterns (`claude-*-haiku-*`); `*` alone makes it the default for its protocols.",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "ModelCapabilities": {
        "type": "object",
        "properties": {
          "tools": {
            "type": "boolean"
          },
          "vision": {
            "type": "boolean"
          },
          "thinking": {
            "type": "boolean"
          },
          "json_output": {
            "type": "boolean"
          }
        }
      },
      "ModelPricing": {
        "type": "object",
        "description": "Prices in integer micro-credits. A missing field means \"not priced\", not free.",
        "properties": {
          "input_per_million": {
            "type": "integer",
            "minimum": 0
          },
          "cached_input_per_million": {
            "type": "integer",
            "minimum": 0
          },
          "cache_write_per_million": {
            "type": "integer",
            "minimum": 0
          },
          "output_per_million": {
            "type": "integer",
            "minimum": 0
          },
          "reasoning_per_million": {
            "type": "integer",
            "minimum": 0
          },
          "per_image": {
            "type": "object",
            "description": "Price per image, keyed by size (e.g. `1024x1024`).",
            "additionalProperties": {
              "type": "integer",
              "minimum": 0
            }
          },
          "per_video_second": {
            "type": "integer",
            "minimum": 0
          },
          "embedding_per_million": {
            "type": "integer",
            "minimum": 0
          }
        }
      }
    }
  }
};

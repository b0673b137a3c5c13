// Generated from spec/openapi/anthropic.yaml by spec/codegen — do not edit.

/** The OpenAPI document of spec/openapi/anthropic.yaml, as parsed (references unresolved). */
export const openApiDocument: { readonly [key: string]: unknown } = {
  "openapi": "3.1.0",
  "info": {
    "title": "NexusFlow — Anthropic Messages-compatible API",
    "version": "0.1.0",
    "description": "The Anthropic Messages, token counting and Models endpoints as served by NexusFlow, for any model whose `supported_protocols` include `anthropic:messages`. Point the official Anthropic SDK at the gateway root (no `/v1`: the SDK adds it).",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "x-nexusflow-protocol": "anthropic",
    "x-nexusflow-conformance-headers": {
      "anthropic-version": "2023-06-01"
    }
  },
  "servers": [
    {
      "url": "http://localhost:3000"
    }
  ],
  "security": [
    {
      "apiKeyAuth": []
    },
    {
      "bearerAuth": []
    }
  ],
  "tags": [
    {
      "name": "Messages"
    },
    {
      "name": "Models"
    }
  ],
  "paths": {
    "/v1/messages": {
      "post": {
        "operationId": "createMessage",
        "tags": [
          "Messages"
        ],
        "summary": "Create a message",
        "description": "Returns a `message` object, or a stream of server-sent events when `stream` is true. Every frame has an `event:` line equal to its JSON `type` (protocols.md §3.4): `message_start`, then `content_block_start` / `content_block_delta` / `content_block_stop` per block, `message_delta` with `stop_reason` and the cumulative usage, and `message_stop`; `ping` may appear anywhere and `error` replaces the rest when the request fails mid-stream.",
        "x-nexusflow-sse": {
          "framing": "event",
          "done": null
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/AnthropicVersion"
          },
          {
            "$ref": "#/components/parameters/AnthropicBeta"
          },
          {
            "$ref": "#/components/parameters/BetaQuery"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateMessageRequest"
              },
              "examples": {
                "basic": {
                  "summary": "The docs' basic message",
                  "value": {
                    "model": "qwen3-max",
                    "max_tokens": 1024,
                    "messages": [
                      {
                        "role": "user",
                        "content": "Hello!"
                      }
                    ]
                  }
                },
                "streaming": {
                  "summary": "The docs' streaming message",
                  "value": {
                    "model": "qwen3-max",
                    "max_tokens": 1024,
                    "stream": true,
                    "messages": [
                      {
                        "role": "user",
                        "content": "Hello!"
                      }
                    ]
                  }
                },
                "systemBlocks": {
                  "summary": "System blocks with cache_control, stop sequences, metadata, sampling (2023-06-01)",
                  "value": {
                    "model": "qwen-turbo",
                    "max_tokens": 256,
                    "system": [
                      {
                        "type": "text",
                        "text": "You are a terse assistant.",
                        "cache_control": {
                          "type": "ephemeral"
                        }
                      }
                    ],
                    "messages": [
                      {
                        "role": "user",
                        "content": "Say hello."
                      },
                      {
                        "role": "user",
                        "content": [
                          {
                            "type": "text",
                            "text": "And then stop."
                          }
                        ]
                      }
                    ],
                    "stop_sequences": [
                      "###"
                    ],
                    "temperature": 0.5,
                    "top_p": 0.9,
                    "top_k": 40,
                    "metadata": {
                      "user_id": "user-1234"
                    }
                  }
                },
                "toolUse": {
                  "summary": "A custom tool, no parallel calls",
                  "value": {
                    "model": "qwen3-max",
                    "max_tokens": 512,
                    "tools": [
                      {
                        "name": "get_weather",
                        "description": "Current weather for a city.",
                        "input_schema": {
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
                    ],
                    "tool_choice": {
                      "type": "auto",
                      "disable_parallel_tool_use": true
                    },
                    "messages": [
                      {
                        "role": "user",
                        "content": "What is the weather in Paris?"
                      }
                    ]
                  }
                },
                "toolUseStreaming": {
                  "summary": "Two tool calls, streamed as input_json_delta",
                  "value": {
                    "model": "qwen3-max",
                    "max_tokens": 512,
                    "stream": true,
                    "tools": [
                      {
                        "name": "get_weather",
                        "input_schema": {
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
                    ],
                    "tool_choice": {
                      "type": "any"
                    },
                    "messages": [
                      {
                        "role": "user",
                        "content": "Weather in two cities, please."
                      }
                    ]
                  }
                },
                "toolResult": {
                  "summary": "A tool round trip with a signed thinking block, streamed",
                  "value": {
                    "model": "qwen3-max",
                    "max_tokens": 2048,
                    "stream": true,
                    "thinking": {
                      "type": "enabled",
                      "budget_tokens": 1024
                    },
                    "tools": [
                      {
                        "name": "get_weather",
                        "input_schema": {
                          "type": "object",
                          "properties": {
                            "city": {
                              "type": "string"
                            }
                          }
                        }
                      }
                    ],
                    "messages": [
                      {
                        "role": "user",
                        "content": "What is the weather in Paris?"
                      },
                      {
                        "role": "assistant",
                        "content": [
                          {
                            "type": "thinking",
                            "thinking": "I should call the weather tool.",
                            "signature": "sig-abc"
                          },
                          {
                            "type": "tool_use",
                            "id": "toolu_01",
                            "name": "get_weather",
                            "input": {
                              "city": "Paris"
                            }
                          }
                        ]
                      },
                      {
                        "role": "user",
                        "content": [
                          {
                            "type": "tool_result",
                            "tool_use_id": "toolu_01",
                            "content": "{\"temperature_c\":18}",
                            "cache_control": {
                              "type": "ephemeral"
                            }
                          }
                        ]
                      }
                    ]
                  }
                },
                "thinking": {
                  "summary": "Extended thinking, streamed with a signature",
                  "value": {
                    "model": "qwen3-max",
                    "max_tokens": 4096,
                    "stream": true,
                    "thinking": {
                      "type": "enabled",
                      "budget_tokens": 2048
                    },
                    "messages": [
                      {
                        "role": "user",
                        "content": "Think, then answer."
                      }
                    ]
                  }
                },
                "mediaBlocks": {
                  "summary": "Image (base64 and URL) and document blocks, plus an unknown block type",
                  "value": {
                    "model": "qwen3-max",
                    "max_tokens": 128,
                    "messages": [
                      {
                        "role": "user",
                        "content": [
                          {
                            "type": "image",
                            "source": {
                              "type": "base64",
                              "media_type": "image/png",
                              "data": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
                            }
                          },
                          {
                            "type": "image",
                            "source": {
                              "type": "url",
                              "url": "https://example.com/cat.png"
                            }
                          },
                          {
                            "type": "document",
                            "title": "Notes",
                            "source": {
                              "type": "text",
                              "media_type": "text/plain",
                              "data": "The sky is blue."
                            }
                          },
                          {
                            "type": "search_result",
                            "source": "https://example.com",
                            "title": "Example",
                            "content": [
                              {
                                "type": "text",
                                "text": "Example result."
                              }
                            ]
                          },
                          {
                            "type": "text",
                            "text": "Describe all of this."
                          }
                        ]
                      }
                    ]
                  }
                },
                "missingMaxTokens": {
                  "summary": "Invalid: max_tokens is required",
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "max_tokens",
                  "value": {
                    "model": "qwen3-max",
                    "messages": [
                      {
                        "role": "user",
                        "content": "Hi"
                      }
                    ]
                  }
                },
                "invalidRole": {
                  "summary": "Invalid: unknown message role",
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "messages[0].role",
                  "value": {
                    "model": "qwen3-max",
                    "max_tokens": 16,
                    "messages": [
                      {
                        "role": "tool",
                        "content": "Hi"
                      }
                    ]
                  }
                },
                "invalidToolChoice": {
                  "summary": "Invalid: unknown tool_choice type",
                  "x-nexusflow-expect-status": 400,
                  "value": {
                    "model": "qwen3-max",
                    "max_tokens": 16,
                    "tool_choice": {
                      "type": "sometimes"
                    },
                    "messages": [
                      {
                        "role": "user",
                        "content": "Hi"
                      }
                    ]
                  }
                },
                "unknownModel": {
                  "summary": "An unknown model is not_found_error",
                  "x-nexusflow-expect-status": 404,
                  "value": {
                    "model": "no-such-model",
                    "max_tokens": 16,
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
            "description": "A message, or a stream of events when `stream` is true.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Message"
                }
              },
              "text/event-stream": {
                "description": "`event: <type>` + `data: <event JSON>` frames; no terminator.",
                "schema": {
                  "type": "string"
                },
                "x-nexusflow-event-schema": {
                  "$ref": "#/components/schemas/MessageStreamEvent"
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
    "/v1/messages/count_tokens": {
      "post": {
        "operationId": "countTokens",
        "tags": [
          "Messages"
        ],
        "summary": "Count the input tokens of a message request",
        "description": "`{input_tokens}` for the request as the gateway's billing estimates it (the same tokenizer count used for holds), without calling any upstream.",
        "x-nexusflow-conformance-query": {
          "beta": "true"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/AnthropicVersion"
          },
          {
            "$ref": "#/components/parameters/AnthropicBeta"
          },
          {
            "$ref": "#/components/parameters/BetaQuery"
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
                "basic": {
                  "summary": "One user message",
                  "value": {
                    "model": "qwen3-max",
                    "messages": [
                      {
                        "role": "user",
                        "content": "Hello!"
                      }
                    ]
                  }
                },
                "withTools": {
                  "summary": "System prompt, tools and thinking",
                  "value": {
                    "model": "qwen3-max",
                    "system": "You are a weather bot.",
                    "thinking": {
                      "type": "enabled",
                      "budget_tokens": 1024
                    },
                    "tools": [
                      {
                        "name": "get_weather",
                        "input_schema": {
                          "type": "object",
                          "properties": {
                            "city": {
                              "type": "string"
                            }
                          }
                        }
                      }
                    ],
                    "messages": [
                      {
                        "role": "user",
                        "content": "Weather in Paris?"
                      }
                    ]
                  }
                },
                "missingMessages": {
                  "summary": "Invalid: messages is required",
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "messages",
                  "value": {
                    "model": "qwen3-max"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The input token count.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MessageTokensCount"
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
    "/v1/models": {
      "get": {
        "operationId": "listModels",
        "tags": [
          "Models"
        ],
        "summary": "List the models this key may use",
        "description": "Anthropic's paged `{data, has_more, first_id, last_id}` of the models this key may call through Anthropic Messages (`supported_protocols` includes `anthropic:messages`). Served for requests that carry `anthropic-version`; without it the same path answers in OpenAI's shape (protocols.md §1.1).",
        "x-nexusflow-conformance-query": {
          "limit": "2"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/AnthropicVersion"
          },
          {
            "name": "after_id",
            "in": "query",
            "description": "Return the page after this model id.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "before_id",
            "in": "query",
            "description": "Return the page before this model id.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "limit",
            "in": "query",
            "description": "Items per page.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 20
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of models.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ModelListResponse"
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
          "model": "qwen3-max"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/AnthropicVersion"
          },
          {
            "name": "model",
            "in": "path",
            "required": true,
            "description": "The model id (named `model_id` in Anthropic's docs; the SDK URL-encodes it).",
            "schema": {
              "type": "string",
              "minLength": 1
            },
            "example": "qwen3-max"
          }
        ],
        "responses": {
          "200": {
            "description": "The model.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ModelInfo"
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
      "apiKeyAuth": {
        "type": "apiKey",
        "in": "header",
        "name": "x-api-key",
        "description": "A NexusFlow API key in `x-api-key` (what SDK 0.x sends)."
      },
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "A NexusFlow API key as `Authorization: Bearer <key>` (what SDK 1.x sends)."
      }
    },
    "parameters": {
      "AnthropicVersion": {
        "name": "anthropic-version",
        "in": "header",
        "required": false,
        "description": "`2023-06-01` (SDK 0.x) or `2026-10-21` (SDK 1.x). Its presence is what routes `GET /v1/models` here rather than to the OpenAI shape.",
        "schema": {
          "type": "string"
        },
        "example": "2023-06-01"
      },
      "AnthropicBeta": {
        "name": "anthropic-beta",
        "in": "header",
        "required": false,
        "description": "Comma-separated beta names, forwarded to Anthropic upstreams.",
        "schema": {
          "type": "string"
        }
      },
      "BetaQuery": {
        "name": "beta",
        "in": "query",
        "required": false,
        "description": "Added by SDK 0.x to beta endpoints; tolerated and ignored.",
        "schema": {
          "type": "string"
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "The request is malformed (`invalid_request_error`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Missing or invalid API key (`authentication_error`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "PaymentRequired": {
        "description": "The key's balance cannot cover the request (`billing_error`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "NotFound": {
        "description": "Unknown model, or a model this key may not use (`not_found_error`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "The request body is too large (`request_too_large`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Rate limited (`rate_limit_error`); see `retry-after`.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "InternalServerError": {
        "description": "An unexpected gateway error (`api_error`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "BadGateway": {
        "description": "The upstream provider failed (`api_error`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "ServiceUnavailable": {
        "description": "No channel can serve the model, or the upstream is overloaded (`overloaded_error`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "GatewayTimeout": {
        "description": "The upstream provider timed out (`timeout_error`).",
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
        "description": "Anthropic's error envelope (protocols.md §3.5); also the body of a mid-stream `error` event.",
        "required": [
          "type",
          "error"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "error"
          },
          "error": {
            "type": "object",
            "required": [
              "type",
              "message"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "invalid_request_error, authentication_error, billing_error, permission_error, not_found_error, request_too_large, rate_limit_error, api_error, overloaded_error, timeout_error…"
              },
              "message": {
                "type": "string"
              }
            }
          },
          "request_id": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "CreateMessageRequest": {
        "type": "object",
        "required": [
          "model",
          "max_tokens",
          "messages"
        ],
        "properties": {
          "model": {
            "type": "string",
            "minLength": 1,
            "description": "Model id from the gateway catalog, e.g. `qwen3-max`."
          },
          "max_tokens": {
            "type": "integer",
            "minimum": 1
          },
          "messages": {
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/components/schemas/MessageParam"
            }
          },
          "system": {
            "$ref": "#/components/schemas/SystemPrompt"
          },
          "tools": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Tool"
            }
          },
          "tool_choice": {
            "$ref": "#/components/schemas/ToolChoice"
          },
          "stop_sequences": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "temperature": {
            "type": "number",
            "minimum": 0,
            "maximum": 1,
            "description": "2023-06-01 only upstream; tolerated under 2026-10-21."
          },
          "top_p": {
            "type": "number",
            "minimum": 0,
            "maximum": 1
          },
          "top_k": {
            "type": "integer",
            "minimum": 0
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          },
          "stream": {
            "type": "boolean"
          },
          "thinking": {
            "$ref": "#/components/schemas/ThinkingConfig"
          },
          "output_config": {
            "$ref": "#/components/schemas/OutputConfig"
          },
          "service_tier": {
            "type": "string"
          }
        }
      },
      "CountTokensRequest": {
        "type": "object",
        "description": "The message request without `max_tokens` (protocols.md §3.6).",
        "required": [
          "model",
          "messages"
        ],
        "properties": {
          "model": {
            "type": "string",
            "minLength": 1
          },
          "messages": {
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/components/schemas/MessageParam"
            }
          },
          "system": {
            "$ref": "#/components/schemas/SystemPrompt"
          },
          "tools": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Tool"
            }
          },
          "tool_choice": {
            "$ref": "#/components/schemas/ToolChoice"
          },
          "thinking": {
            "$ref": "#/components/schemas/ThinkingConfig"
          },
          "output_config": {
            "$ref": "#/components/schemas/OutputConfig"
          }
        }
      },
      "SystemPrompt": {
        "description": "A string, or text blocks (which may carry `cache_control`).",
        "type": [
          "string",
          "array"
        ],
        "items": {
          "$ref": "#/components/schemas/TextBlockParam"
        }
      },
      "Metadata": {
        "type": "object",
        "properties": {
          "user_id": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 256
          }
        }
      },
      "OutputConfig": {
        "type": "object",
        "properties": {
          "effort": {
            "type": "string"
          },
          "format": {
            "type": "object",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string"
              },
              "schema": {
                "type": "object"
              }
            }
          }
        }
      },
      "MessageParam": {
        "type": "object",
        "required": [
          "role",
          "content"
        ],
        "description": "Consecutive turns of one role are merged, as the Messages API does.",
        "properties": {
          "role": {
            "type": "string",
            "enum": [
              "user",
              "assistant",
              "system"
            ]
          },
          "content": {
            "type": [
              "string",
              "array"
            ],
            "items": {
              "$ref": "#/components/schemas/ContentBlockParam"
            }
          }
        }
      },
      "CacheControl": {
        "type": [
          "object",
          "null"
        ],
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "ephemeral"
          },
          "ttl": {
            "type": "string",
            "enum": [
              "5m",
              "1h"
            ]
          }
        }
      },
      "ContentBlockParam": {
        "x-nexusflow-open-discriminator": true,
        "oneOf": [
          {
            "$ref": "#/components/schemas/TextBlockParam"
          },
          {
            "$ref": "#/components/schemas/ImageBlockParam"
          },
          {
            "$ref": "#/components/schemas/DocumentBlockParam"
          },
          {
            "$ref": "#/components/schemas/ToolUseBlockParam"
          },
          {
            "$ref": "#/components/schemas/ToolResultBlockParam"
          },
          {
            "$ref": "#/components/schemas/ThinkingBlockParam"
          },
          {
            "$ref": "#/components/schemas/RedactedThinkingBlockParam"
          }
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "text": "#/components/schemas/TextBlockParam",
            "image": "#/components/schemas/ImageBlockParam",
            "document": "#/components/schemas/DocumentBlockParam",
            "tool_use": "#/components/schemas/ToolUseBlockParam",
            "tool_result": "#/components/schemas/ToolResultBlockParam",
            "thinking": "#/components/schemas/ThinkingBlockParam",
            "redacted_thinking": "#/components/schemas/RedactedThinkingBlockParam"
          }
        }
      },
      "TextBlockParam": {
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
          "cache_control": {
            "$ref": "#/components/schemas/CacheControl"
          },
          "citations": {
            "type": [
              "array",
              "null"
            ]
          }
        }
      },
      "ImageBlockParam": {
        "type": "object",
        "required": [
          "type",
          "source"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "image"
          },
          "source": {
            "type": "object",
            "required": [
              "type"
            ],
            "description": "`{type: base64, media_type, data}`, `{type: url, url}` or `{type: file, file_id}`.",
            "properties": {
              "type": {
                "type": "string",
                "enum": [
                  "base64",
                  "url",
                  "file"
                ]
              },
              "media_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "url": {
                "type": "string"
              },
              "file_id": {
                "type": "string"
              }
            }
          },
          "cache_control": {
            "$ref": "#/components/schemas/CacheControl"
          }
        }
      },
      "DocumentBlockParam": {
        "type": "object",
        "required": [
          "type",
          "source"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "document"
          },
          "source": {
            "type": "object",
            "required": [
              "type"
            ],
            "description": "base64 PDF, plain `text`, `content` blocks, `url` or `file`.",
            "properties": {
              "type": {
                "type": "string",
                "enum": [
                  "base64",
                  "text",
                  "content",
                  "url",
                  "file"
                ]
              }
            }
          },
          "title": {
            "type": [
              "string",
              "null"
            ]
          },
          "context": {
            "type": [
              "string",
              "null"
            ]
          },
          "citations": {
            "type": [
              "object",
              "null"
            ]
          },
          "cache_control": {
            "$ref": "#/components/schemas/CacheControl"
          }
        }
      },
      "ToolUseBlockParam": {
        "type": "object",
        "required": [
          "type",
          "id",
          "name",
          "input"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "tool_use"
          },
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "input": {
            "type": "object"
          },
          "cache_control": {
            "$ref": "#/components/schemas/CacheControl"
          }
        }
      },
      "ToolResultBlockParam": {
        "type": "object",
        "required": [
          "type",
          "tool_use_id"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "tool_result"
          },
          "tool_use_id": {
            "type": "string"
          },
          "content": {
            "type": [
              "string",
              "array"
            ],
            "items": {
              "$ref": "#/components/schemas/ContentBlockParam"
            }
          },
          "is_error": {
            "type": "boolean"
          },
          "cache_control": {
            "$ref": "#/components/schemas/CacheControl"
          }
        }
      },
      "ThinkingBlockParam": {
        "type": "object",
        "required": [
          "type",
          "thinking",
          "signature"
        ],
        "description": "Must be sent back unchanged, signature included, when tools are used with thinking on.",
        "properties": {
          "type": {
            "type": "string",
            "const": "thinking"
          },
          "thinking": {
            "type": "string"
          },
          "signature": {
            "type": "string"
          }
        }
      },
      "RedactedThinkingBlockParam": {
        "type": "object",
        "required": [
          "type",
          "data"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "redacted_thinking"
          },
          "data": {
            "type": "string"
          }
        }
      },
      "Tool": {
        "type": "object",
        "description": "A custom tool (`input_schema` required), or a server tool such as `{type: web_search_20250305, name: web_search}`, forwarded to Anthropic upstreams only.",
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1
          },
          "description": {
            "type": "string"
          },
          "input_schema": {
            "type": "object"
          },
          "type": {
            "type": [
              "string",
              "null"
            ]
          },
          "strict": {
            "type": "boolean"
          },
          "cache_control": {
            "$ref": "#/components/schemas/CacheControl"
          }
        },
        "if": {
          "properties": {
            "type": {
              "enum": [
                "custom",
                null
              ]
            }
          }
        },
        "then": {
          "required": [
            "input_schema"
          ],
          "properties": {
            "input_schema": {
              "type": "object"
            }
          }
        }
      },
      "ToolChoice": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/ToolChoiceAuto"
          },
          {
            "$ref": "#/components/schemas/ToolChoiceAny"
          },
          {
            "$ref": "#/components/schemas/ToolChoiceTool"
          },
          {
            "$ref": "#/components/schemas/ToolChoiceNone"
          }
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "auto": "#/components/schemas/ToolChoiceAuto",
            "any": "#/components/schemas/ToolChoiceAny",
            "tool": "#/components/schemas/ToolChoiceTool",
            "none": "#/components/schemas/ToolChoiceNone"
          }
        }
      },
      "ToolChoiceAuto": {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "auto"
          },
          "disable_parallel_tool_use": {
            "type": "boolean"
          }
        }
      },
      "ToolChoiceAny": {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "any"
          },
          "disable_parallel_tool_use": {
            "type": "boolean"
          }
        }
      },
      "ToolChoiceTool": {
        "type": "object",
        "required": [
          "type",
          "name"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "tool"
          },
          "name": {
            "type": "string"
          },
          "disable_parallel_tool_use": {
            "type": "boolean"
          }
        }
      },
      "ToolChoiceNone": {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "none"
          }
        }
      },
      "ThinkingConfig": {
        "x-nexusflow-open-discriminator": true,
        "oneOf": [
          {
            "$ref": "#/components/schemas/ThinkingConfigEnabled"
          },
          {
            "$ref": "#/components/schemas/ThinkingConfigDisabled"
          },
          {
            "$ref": "#/components/schemas/ThinkingConfigAdaptive"
          }
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "enabled": "#/components/schemas/ThinkingConfigEnabled",
            "disabled": "#/components/schemas/ThinkingConfigDisabled",
            "adaptive": "#/components/schemas/ThinkingConfigAdaptive"
          }
        }
      },
      "ThinkingConfigEnabled": {
        "type": "object",
        "required": [
          "type",
          "budget_tokens"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "enabled"
          },
          "budget_tokens": {
            "type": "integer",
            "minimum": 1,
            "description": "Anthropic requires at least 1024 and less than `max_tokens`; the gateway adjusts for upstreams."
          },
          "display": {
            "type": "string",
            "enum": [
              "summarized",
              "omitted"
            ]
          }
        }
      },
      "ThinkingConfigDisabled": {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "disabled"
          }
        }
      },
      "ThinkingConfigAdaptive": {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "adaptive"
          },
          "display": {
            "type": "string",
            "enum": [
              "summarized",
              "omitted"
            ]
          }
        }
      },
      "Message": {
        "type": "object",
        "required": [
          "id",
          "type",
          "role",
          "model",
          "content",
          "stop_reason",
          "stop_sequence",
          "usage"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "const": "message"
          },
          "role": {
            "type": "string",
            "const": "assistant"
          },
          "model": {
            "type": "string"
          },
          "content": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ContentBlock"
            }
          },
          "stop_reason": {
            "description": "Null only in `message_start`.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/StopReason"
              },
              {
                "type": "null"
              }
            ]
          },
          "stop_sequence": {
            "type": [
              "string",
              "null"
            ]
          },
          "usage": {
            "$ref": "#/components/schemas/Usage"
          }
        }
      },
      "StopReason": {
        "type": "string",
        "enum": [
          "end_turn",
          "max_tokens",
          "stop_sequence",
          "tool_use",
          "pause_turn",
          "refusal",
          "model_context_window_exceeded"
        ]
      },
      "Usage": {
        "type": "object",
        "description": "`input_tokens` excludes cache reads and writes, which have their own fields (null when the upstream did not report them); `output_tokens` includes thinking tokens.",
        "required": [
          "input_tokens",
          "output_tokens"
        ],
        "properties": {
          "input_tokens": {
            "type": "integer",
            "minimum": 0
          },
          "output_tokens": {
            "type": "integer",
            "minimum": 0
          },
          "cache_creation_input_tokens": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 0
          },
          "cache_read_input_tokens": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 0
          },
          "output_tokens_details": {
            "type": "object",
            "properties": {
              "thinking_tokens": {
                "type": "integer",
                "minimum": 0
              }
            }
          }
        }
      },
      "ContentBlock": {
        "x-nexusflow-open-discriminator": true,
        "oneOf": [
          {
            "$ref": "#/components/schemas/TextBlock"
          },
          {
            "$ref": "#/components/schemas/ThinkingBlock"
          },
          {
            "$ref": "#/components/schemas/RedactedThinkingBlock"
          },
          {
            "$ref": "#/components/schemas/ToolUseBlock"
          }
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "text": "#/components/schemas/TextBlock",
            "thinking": "#/components/schemas/ThinkingBlock",
            "redacted_thinking": "#/components/schemas/RedactedThinkingBlock",
            "tool_use": "#/components/schemas/ToolUseBlock"
          }
        }
      },
      "TextBlock": {
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
          "citations": {
            "type": [
              "array",
              "null"
            ]
          }
        }
      },
      "ThinkingBlock": {
        "type": "object",
        "required": [
          "type",
          "thinking",
          "signature"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "thinking"
          },
          "thinking": {
            "type": "string"
          },
          "signature": {
            "type": "string"
          }
        }
      },
      "RedactedThinkingBlock": {
        "type": "object",
        "required": [
          "type",
          "data"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "redacted_thinking"
          },
          "data": {
            "type": "string"
          }
        }
      },
      "ToolUseBlock": {
        "type": "object",
        "required": [
          "type",
          "id",
          "name",
          "input"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "tool_use"
          },
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "input": {
            "type": "object"
          }
        }
      },
      "MessageTokensCount": {
        "type": "object",
        "required": [
          "input_tokens"
        ],
        "properties": {
          "input_tokens": {
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "MessageStreamEvent": {
        "description": "The JSON of one stream frame; its `type` equals the frame's `event:` line.",
        "oneOf": [
          {
            "$ref": "#/components/schemas/MessageStartEvent"
          },
          {
            "$ref": "#/components/schemas/ContentBlockStartEvent"
          },
          {
            "$ref": "#/components/schemas/ContentBlockDeltaEvent"
          },
          {
            "$ref": "#/components/schemas/ContentBlockStopEvent"
          },
          {
            "$ref": "#/components/schemas/MessageDeltaEvent"
          },
          {
            "$ref": "#/components/schemas/MessageStopEvent"
          },
          {
            "$ref": "#/components/schemas/PingEvent"
          },
          {
            "$ref": "#/components/schemas/ErrorResponse"
          }
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "message_start": "#/components/schemas/MessageStartEvent",
            "content_block_start": "#/components/schemas/ContentBlockStartEvent",
            "content_block_delta": "#/components/schemas/ContentBlockDeltaEvent",
            "content_block_stop": "#/components/schemas/ContentBlockStopEvent",
            "message_delta": "#/components/schemas/MessageDeltaEvent",
            "message_stop": "#/components/schemas/MessageStopEvent",
            "ping": "#/components/schemas/PingEvent",
            "error": "#/components/schemas/ErrorResponse"
          }
        }
      },
      "MessageStartEvent": {
        "type": "object",
        "description": "`message.usage` is always a full object: the SDK helpers crash without it.",
        "required": [
          "type",
          "message"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "message_start"
          },
          "message": {
            "$ref": "#/components/schemas/Message"
          }
        }
      },
      "ContentBlockStartEvent": {
        "type": "object",
        "description": "`index` is the block's position in `content[]`.",
        "required": [
          "type",
          "index",
          "content_block"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "content_block_start"
          },
          "index": {
            "type": "integer",
            "minimum": 0
          },
          "content_block": {
            "$ref": "#/components/schemas/ContentBlock"
          }
        }
      },
      "ContentBlockDeltaEvent": {
        "type": "object",
        "required": [
          "type",
          "index",
          "delta"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "content_block_delta"
          },
          "index": {
            "type": "integer",
            "minimum": 0
          },
          "delta": {
            "$ref": "#/components/schemas/ContentBlockDelta"
          }
        }
      },
      "ContentBlockDelta": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/TextDelta"
          },
          {
            "$ref": "#/components/schemas/InputJsonDelta"
          },
          {
            "$ref": "#/components/schemas/ThinkingDelta"
          },
          {
            "$ref": "#/components/schemas/SignatureDelta"
          }
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "text_delta": "#/components/schemas/TextDelta",
            "input_json_delta": "#/components/schemas/InputJsonDelta",
            "thinking_delta": "#/components/schemas/ThinkingDelta",
            "signature_delta": "#/components/schemas/SignatureDelta"
          }
        }
      },
      "TextDelta": {
        "type": "object",
        "required": [
          "type",
          "text"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "text_delta"
          },
          "text": {
            "type": "string"
          }
        }
      },
      "InputJsonDelta": {
        "type": "object",
        "description": "Pieces of the tool input JSON, to concatenate.",
        "required": [
          "type",
          "partial_json"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "input_json_delta"
          },
          "partial_json": {
            "type": "string"
          }
        }
      },
      "ThinkingDelta": {
        "type": "object",
        "required": [
          "type",
          "thinking"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "thinking_delta"
          },
          "thinking": {
            "type": "string"
          }
        }
      },
      "SignatureDelta": {
        "type": "object",
        "required": [
          "type",
          "signature"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "signature_delta"
          },
          "signature": {
            "type": "string"
          }
        }
      },
      "ContentBlockStopEvent": {
        "type": "object",
        "required": [
          "type",
          "index"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "content_block_stop"
          },
          "index": {
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "MessageDeltaEvent": {
        "type": "object",
        "required": [
          "type",
          "delta",
          "usage"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "message_delta"
          },
          "delta": {
            "type": "object",
            "required": [
              "stop_reason",
              "stop_sequence"
            ],
            "properties": {
              "stop_reason": {
                "oneOf": [
                  {
                    "$ref": "#/components/schemas/StopReason"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "stop_sequence": {
                "type": [
                  "string",
                  "null"
                ]
              }
            }
          },
          "usage": {
            "$ref": "#/components/schemas/MessageDeltaUsage"
          }
        }
      },
      "MessageDeltaUsage": {
        "type": "object",
        "description": "Cumulative counts. `output_tokens` is required and replaces the running total; the input and cache fields replace theirs when not null.",
        "required": [
          "output_tokens"
        ],
        "properties": {
          "output_tokens": {
            "type": "integer",
            "minimum": 0
          },
          "input_tokens": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 0
          },
          "cache_creation_input_tokens": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 0
          },
          "cache_read_input_tokens": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 0
          },
          "output_tokens_details": {
            "type": "object",
            "properties": {
              "thinking_tokens": {
                "type": "integer",
                "minimum": 0
              }
            }
          }
        }
      },
      "MessageStopEvent": {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "message_stop"
          }
        }
      },
      "PingEvent": {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "ping"
          }
        }
      },
      "ModelListResponse": {
        "type": "object",
        "required": [
          "data",
          "has_more",
          "first_id",
          "last_id"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ModelInfo"
            }
          },
          "has_more": {
            "type": "boolean"
          },
          "first_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "last_id": {
            "type": [
              "string",
              "null"
            ]
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
      "ModelInfo": {
        "type": "object",
        "description": "Anthropic's ModelInfo, with the catalog's limits and `supported_protocols`.",
        "required": [
          "type",
          "id",
          "display_name",
          "created_at"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "model"
          },
          "id": {
            "type": "string"
          },
          "display_name": {
            "type": "string"
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "RFC 3339."
          },
          "max_input_tokens": {
            "type": "integer",
            "minimum": 0
          },
          "max_tokens": {
            "type": "integer",
            "minimum": 0
          },
          "supported_protocols": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SupportedProtocol"
            }
          }
        }
      }
    }
  }
};

// Generated from spec/openapi/responses.yaml by spec/codegen — do not edit.

/** The OpenAPI document of spec/openapi/responses.yaml, as parsed (references unresolved). */
export const openApiDocument: { readonly [key: string]: unknown } = {
  "openapi": "3.1.0",
  "info": {
    "title": "NexusFlow — OpenAI Responses API",
    "version": "0.1.0",
    "description": "The OpenAI Responses API (`client.responses`) as served by NexusFlow, for every chat model of the catalog whatever its upstream speaks. Point the official OpenAI SDK at `<gateway>/v1`. Responses are stored by default (`store: true`) per account, so `previous_response_id` works across gateway processes.",
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
      "name": "Responses"
    }
  ],
  "paths": {
    "/v1/responses": {
      "post": {
        "operationId": "createResponse",
        "tags": [
          "Responses"
        ],
        "summary": "Create a model response",
        "description": "Returns a `response` object, or, when `stream` is true, the Responses event stream (`event: <type>` + `data: <JSON>` frames, each with a `sequence_number`) ending with `response.completed`, `response.incomplete` or `response.failed`.",
        "x-nexusflow-sse": {
          "framing": "event",
          "done": null
        },
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateResponseRequest"
              },
              "examples": {
                "basic": {
                  "summary": "A string input with instructions",
                  "value": {
                    "model": "qwen-turbo",
                    "instructions": "Answer briefly.",
                    "input": "Say hello.",
                    "max_output_tokens": 64,
                    "store": false
                  }
                },
                "streaming": {
                  "summary": "Streaming",
                  "value": {
                    "model": "qwen-turbo",
                    "input": "Count to three.",
                    "stream": true,
                    "store": false
                  }
                },
                "items": {
                  "summary": "Input items, a function tool and its result",
                  "value": {
                    "model": "qwen3-max",
                    "input": [
                      {
                        "role": "developer",
                        "content": "Use the tools."
                      },
                      {
                        "type": "message",
                        "role": "user",
                        "content": [
                          {
                            "type": "input_text",
                            "text": "What is the weather in Paris?"
                          }
                        ]
                      },
                      {
                        "type": "function_call",
                        "call_id": "call_1",
                        "name": "get_weather",
                        "arguments": "{\"city\":\"Paris\"}"
                      },
                      {
                        "type": "function_call_output",
                        "call_id": "call_1",
                        "output": "{\"temperature_c\":18}"
                      }
                    ],
                    "tools": [
                      {
                        "type": "function",
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
                    ],
                    "tool_choice": "auto",
                    "store": false
                  }
                },
                "structured": {
                  "summary": "Structured output with a JSON schema",
                  "value": {
                    "model": "qwen-turbo",
                    "input": "Name a city.",
                    "text": {
                      "format": {
                        "type": "json_schema",
                        "name": "city",
                        "schema": {
                          "type": "object",
                          "properties": {
                            "name": {
                              "type": "string"
                            }
                          },
                          "required": [
                            "name"
                          ],
                          "additionalProperties": false
                        },
                        "strict": true
                      }
                    },
                    "store": false
                  }
                },
                "invalidTemperature": {
                  "summary": "Invalid: temperature above 2",
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "temperature",
                  "value": {
                    "model": "qwen-turbo",
                    "input": "Hi",
                    "temperature": 9
                  }
                },
                "invalidItem": {
                  "summary": "Invalid: a function_call_output without call_id",
                  "x-nexusflow-expect-status": 400,
                  "value": {
                    "model": "qwen-turbo",
                    "input": [
                      {
                        "type": "function_call_output",
                        "output": "42"
                      }
                    ]
                  }
                },
                "missingModel": {
                  "summary": "Invalid: model is required",
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "model",
                  "value": {
                    "input": "Hi"
                  }
                },
                "unknownPrevious": {
                  "summary": "Unknown previous_response_id",
                  "x-nexusflow-expect-status": 400,
                  "value": {
                    "model": "qwen-turbo",
                    "input": "Hi",
                    "previous_response_id": "resp_doesnotexist"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "A response, or its event stream when `stream` is true.",
            "links": {
              "retrieve": {
                "operationId": "retrieveResponse",
                "parameters": {
                  "response_id": "$response.body#/id"
                }
              },
              "inputItems": {
                "operationId": "listResponseInputItems",
                "parameters": {
                  "response_id": "$response.body#/id"
                }
              },
              "delete": {
                "operationId": "deleteResponse",
                "parameters": {
                  "response_id": "$response.body#/id"
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Response"
                }
              },
              "text/event-stream": {
                "description": "`event: <type>` and `data: <event JSON>` frames.",
                "schema": {
                  "type": "string"
                },
                "x-nexusflow-event-schema": {
                  "$ref": "#/components/schemas/ResponseStreamEvent"
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
    "/v1/responses/{response_id}": {
      "get": {
        "operationId": "retrieveResponse",
        "tags": [
          "Responses"
        ],
        "summary": "Retrieve a stored response",
        "description": "A response this account created with `store` true (another account's id is 404).",
        "x-nexusflow-conformance-params": {
          "response_id": "resp_doesnotexist"
        },
        "x-nexusflow-conformance-expect-status": 404,
        "parameters": [
          {
            "$ref": "#/components/parameters/ResponseId"
          },
          {
            "name": "include",
            "in": "query",
            "required": false,
            "description": "Extra fields to include, e.g. `reasoning.encrypted_content`.",
            "schema": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The response.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Response"
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
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "delete": {
        "operationId": "deleteResponse",
        "tags": [
          "Responses"
        ],
        "summary": "Delete a stored response",
        "x-nexusflow-conformance-params": {
          "response_id": "resp_doesnotexist"
        },
        "x-nexusflow-conformance-expect-status": 404,
        "parameters": [
          {
            "$ref": "#/components/parameters/ResponseId"
          }
        ],
        "responses": {
          "200": {
            "description": "The response was deleted.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeletedResponse"
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
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/responses/{response_id}/input_items": {
      "get": {
        "operationId": "listResponseInputItems",
        "tags": [
          "Responses"
        ],
        "summary": "List the input items of a stored response",
        "x-nexusflow-conformance-params": {
          "response_id": "resp_doesnotexist"
        },
        "x-nexusflow-conformance-expect-status": 404,
        "parameters": [
          {
            "$ref": "#/components/parameters/ResponseId"
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 20
            }
          },
          {
            "name": "order",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "asc",
                "desc"
              ],
              "default": "desc"
            }
          },
          {
            "name": "after",
            "in": "query",
            "required": false,
            "description": "An item id; the page starts after it.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "include",
            "in": "query",
            "required": false,
            "schema": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of input items.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InputItemList"
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
    "parameters": {
      "ResponseId": {
        "name": "response_id",
        "in": "path",
        "required": true,
        "description": "The id of a response (`resp_…`).",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "resp_doesnotexist"
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
        "description": "Unknown model or response, or one this key may not use.",
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
      "CreateResponseRequest": {
        "type": "object",
        "required": [
          "model"
        ],
        "properties": {
          "model": {
            "type": "string",
            "minLength": 1,
            "description": "A NexusFlow model id (or alias) whose `supported_protocols` lists `openai:responses`."
          },
          "input": {
            "description": "A string (one user message) or a list of input items.",
            "oneOf": [
              {
                "type": "string"
              },
              {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/InputItem"
                }
              }
            ]
          },
          "instructions": {
            "type": [
              "string",
              "null"
            ],
            "description": "A system (developer) message placed first. Not carried over by `previous_response_id`."
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
          "parallel_tool_calls": {
            "type": [
              "boolean",
              "null"
            ]
          },
          "reasoning": {
            "$ref": "#/components/schemas/Reasoning"
          },
          "text": {
            "$ref": "#/components/schemas/TextConfig"
          },
          "max_output_tokens": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 16
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
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          },
          "include": {
            "type": [
              "array",
              "null"
            ],
            "items": {
              "type": "string"
            },
            "description": "`reasoning.encrypted_content` returns reasoning items a later request can send back (with `store: false`)."
          },
          "store": {
            "type": [
              "boolean",
              "null"
            ],
            "default": true
          },
          "previous_response_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "prompt_cache_key": {
            "type": "string"
          },
          "safety_identifier": {
            "type": "string"
          },
          "user": {
            "type": "string"
          },
          "stream": {
            "type": [
              "boolean",
              "null"
            ]
          },
          "stream_options": {
            "type": [
              "object",
              "null"
            ],
            "properties": {
              "include_obfuscation": {
                "type": "boolean"
              }
            }
          },
          "truncation": {
            "type": [
              "string",
              "null"
            ],
            "enum": [
              "auto",
              "disabled",
              null
            ]
          },
          "service_tier": {
            "type": [
              "string",
              "null"
            ]
          },
          "background": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "Not served; `true` is rejected with 400."
          }
        }
      },
      "Metadata": {
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
      "InputItem": {
        "description": "A message (`type` may be omitted), a function call the model made, its output, or a reasoning item from an earlier response.",
        "anyOf": [
          {
            "$ref": "#/components/schemas/InputMessage"
          },
          {
            "$ref": "#/components/schemas/FunctionCallItem"
          },
          {
            "$ref": "#/components/schemas/FunctionCallOutputItem"
          },
          {
            "$ref": "#/components/schemas/ReasoningItem"
          },
          {
            "$ref": "#/components/schemas/CustomToolCallItem"
          },
          {
            "$ref": "#/components/schemas/CustomToolCallOutputItem"
          },
          {
            "$ref": "#/components/schemas/ItemReference"
          }
        ]
      },
      "CustomToolCallItem": {
        "type": "object",
        "required": [
          "type",
          "call_id",
          "name",
          "input"
        ],
        "description": "A call of a custom (free-form input) tool.",
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "custom_tool_call"
            ]
          },
          "id": {
            "type": "string"
          },
          "call_id": {
            "type": "string",
            "minLength": 1
          },
          "name": {
            "type": "string",
            "minLength": 1
          },
          "namespace": {
            "type": "string"
          },
          "input": {
            "type": "string"
          }
        }
      },
      "CustomToolCallOutputItem": {
        "type": "object",
        "required": [
          "type",
          "call_id",
          "output"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "custom_tool_call_output"
            ]
          },
          "id": {
            "type": "string"
          },
          "call_id": {
            "type": "string",
            "minLength": 1
          },
          "output": {
            "oneOf": [
              {
                "type": "string"
              },
              {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/InputContent"
                }
              }
            ]
          }
        }
      },
      "ItemReference": {
        "type": "object",
        "required": [
          "type",
          "id"
        ],
        "description": "An item of an earlier stored response of this account, by id.",
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "item_reference"
            ]
          },
          "id": {
            "type": "string",
            "minLength": 1
          }
        }
      },
      "InputMessage": {
        "type": "object",
        "required": [
          "role",
          "content"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "message"
            ]
          },
          "id": {
            "type": "string"
          },
          "role": {
            "type": "string",
            "enum": [
              "user",
              "assistant",
              "system",
              "developer"
            ]
          },
          "status": {
            "type": "string"
          },
          "content": {
            "oneOf": [
              {
                "type": "string"
              },
              {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/InputContent"
                }
              }
            ]
          }
        }
      },
      "InputContent": {
        "type": "object",
        "required": [
          "type"
        ],
        "x-nexusflow-open-discriminator": true,
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "input_text": "#/components/schemas/InputText",
            "input_image": "#/components/schemas/InputImage",
            "input_file": "#/components/schemas/InputFile",
            "output_text": "#/components/schemas/OutputText",
            "refusal": "#/components/schemas/Refusal"
          }
        },
        "oneOf": [
          {
            "$ref": "#/components/schemas/InputText"
          },
          {
            "$ref": "#/components/schemas/InputImage"
          },
          {
            "$ref": "#/components/schemas/InputFile"
          },
          {
            "$ref": "#/components/schemas/OutputText"
          },
          {
            "$ref": "#/components/schemas/Refusal"
          }
        ]
      },
      "InputText": {
        "type": "object",
        "required": [
          "type",
          "text"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "input_text"
            ]
          },
          "text": {
            "type": "string"
          }
        }
      },
      "InputImage": {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "input_image"
            ]
          },
          "image_url": {
            "type": [
              "string",
              "null"
            ],
            "description": "An http(s) URL or a `data:` URL."
          },
          "file_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "detail": {
            "type": "string",
            "enum": [
              "low",
              "high",
              "auto"
            ]
          }
        }
      },
      "InputFile": {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "input_file"
            ]
          },
          "file_data": {
            "type": "string",
            "description": "A `data:` URL or bare base64."
          },
          "file_url": {
            "type": "string"
          },
          "file_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "filename": {
            "type": "string"
          }
        }
      },
      "OutputText": {
        "type": "object",
        "required": [
          "type",
          "text"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "output_text"
            ]
          },
          "text": {
            "type": "string"
          },
          "annotations": {
            "type": "array",
            "items": {
              "type": "object"
            }
          },
          "logprobs": {
            "type": "array",
            "items": {
              "type": "object"
            }
          }
        }
      },
      "Refusal": {
        "type": "object",
        "required": [
          "type",
          "refusal"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "refusal"
            ]
          },
          "refusal": {
            "type": "string"
          }
        }
      },
      "FunctionCallItem": {
        "type": "object",
        "required": [
          "type",
          "call_id",
          "name",
          "arguments"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "function_call"
            ]
          },
          "id": {
            "type": "string"
          },
          "call_id": {
            "type": "string",
            "minLength": 1
          },
          "name": {
            "type": "string",
            "minLength": 1
          },
          "namespace": {
            "type": "string",
            "description": "The namespace tool the function belongs to, when it belongs to one."
          },
          "arguments": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "in_progress",
              "completed",
              "incomplete"
            ]
          }
        }
      },
      "FunctionCallOutputItem": {
        "type": "object",
        "required": [
          "type",
          "call_id",
          "output"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "function_call_output"
            ]
          },
          "id": {
            "type": [
              "string",
              "null"
            ]
          },
          "call_id": {
            "type": "string",
            "minLength": 1
          },
          "output": {
            "oneOf": [
              {
                "type": "string"
              },
              {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/InputContent"
                }
              }
            ]
          },
          "status": {
            "type": [
              "string",
              "null"
            ],
            "enum": [
              "in_progress",
              "completed",
              "incomplete",
              null
            ]
          }
        }
      },
      "ReasoningItem": {
        "type": "object",
        "required": [
          "type",
          "summary"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "reasoning"
            ]
          },
          "id": {
            "type": "string"
          },
          "summary": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SummaryText"
            }
          },
          "content": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "type",
                "text"
              ],
              "properties": {
                "type": {
                  "type": "string",
                  "enum": [
                    "reasoning_text"
                  ]
                },
                "text": {
                  "type": "string"
                }
              }
            }
          },
          "encrypted_content": {
            "type": [
              "string",
              "null"
            ]
          },
          "status": {
            "type": "string",
            "enum": [
              "in_progress",
              "completed",
              "incomplete"
            ]
          }
        }
      },
      "SummaryText": {
        "type": "object",
        "required": [
          "type",
          "text"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "summary_text"
            ]
          },
          "text": {
            "type": "string"
          }
        }
      },
      "Tool": {
        "type": "object",
        "required": [
          "type"
        ],
        "description": "Function tools, custom (free-form input) tools, and namespaces of them (`{type: namespace, name, tools}`) are served with every upstream: a custom tool reaches upstreams as a function with one string parameter `input`. Hosted tools (`web_search`, `file_search`, `code_interpreter`, …) run on OpenAI's own servers, which no NexusFlow upstream has: they are left out of what the model sees and named in the `x-nexusflow-ignored-tools` response header; forcing one with `tool_choice` is a 400.",
        "properties": {
          "type": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "tools": {
            "type": "array",
            "description": "The function tools of a `namespace` tool.",
            "items": {
              "type": "object"
            }
          },
          "description": {
            "type": [
              "string",
              "null"
            ]
          },
          "parameters": {
            "type": [
              "object",
              "null"
            ]
          },
          "strict": {
            "type": [
              "boolean",
              "null"
            ]
          }
        }
      },
      "ToolChoice": {
        "oneOf": [
          {
            "type": "string",
            "enum": [
              "none",
              "auto",
              "required"
            ]
          },
          {
            "type": "object",
            "required": [
              "type",
              "name"
            ],
            "properties": {
              "type": {
                "type": "string",
                "enum": [
                  "function"
                ]
              },
              "name": {
                "type": "string"
              }
            }
          },
          {
            "type": "object",
            "required": [
              "type",
              "mode",
              "tools"
            ],
            "properties": {
              "type": {
                "type": "string",
                "enum": [
                  "allowed_tools"
                ]
              },
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
        ]
      },
      "Reasoning": {
        "type": [
          "object",
          "null"
        ],
        "properties": {
          "effort": {
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
              null
            ]
          },
          "summary": {
            "type": [
              "string",
              "null"
            ],
            "enum": [
              "auto",
              "concise",
              "detailed",
              null
            ]
          },
          "generate_summary": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "TextConfig": {
        "type": "object",
        "properties": {
          "format": {
            "$ref": "#/components/schemas/TextFormat"
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
          }
        }
      },
      "TextFormat": {
        "type": "object",
        "required": [
          "type"
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "text": "#/components/schemas/TextFormatText",
            "json_object": "#/components/schemas/TextFormatJsonObject",
            "json_schema": "#/components/schemas/TextFormatJsonSchema"
          }
        },
        "oneOf": [
          {
            "$ref": "#/components/schemas/TextFormatText"
          },
          {
            "$ref": "#/components/schemas/TextFormatJsonObject"
          },
          {
            "$ref": "#/components/schemas/TextFormatJsonSchema"
          }
        ]
      },
      "TextFormatText": {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "text"
            ]
          }
        }
      },
      "TextFormatJsonObject": {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "json_object"
            ]
          }
        }
      },
      "TextFormatJsonSchema": {
        "type": "object",
        "required": [
          "type",
          "name",
          "schema"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "json_schema"
            ]
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          },
          "description": {
            "type": "string"
          },
          "schema": {
            "type": "object"
          },
          "strict": {
            "type": [
              "boolean",
              "null"
            ]
          }
        }
      },
      "Response": {
        "type": "object",
        "required": [
          "id",
          "object",
          "created_at",
          "status",
          "model",
          "output",
          "error",
          "incomplete_details",
          "instructions",
          "metadata",
          "parallel_tool_calls",
          "temperature",
          "tool_choice",
          "tools",
          "top_p"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "object": {
            "type": "string",
            "enum": [
              "response"
            ]
          },
          "created_at": {
            "type": "integer"
          },
          "completed_at": {
            "type": [
              "integer",
              "null"
            ]
          },
          "status": {
            "type": "string",
            "enum": [
              "completed",
              "failed",
              "in_progress",
              "cancelled",
              "queued",
              "incomplete"
            ]
          },
          "background": {
            "type": [
              "boolean",
              "null"
            ]
          },
          "error": {
            "type": [
              "object",
              "null"
            ],
            "required": [
              "code",
              "message"
            ],
            "properties": {
              "code": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            }
          },
          "incomplete_details": {
            "type": [
              "object",
              "null"
            ],
            "properties": {
              "reason": {
                "type": "string",
                "enum": [
                  "max_output_tokens",
                  "content_filter"
                ]
              }
            }
          },
          "instructions": {
            "type": [
              "string",
              "null"
            ]
          },
          "max_output_tokens": {
            "type": [
              "integer",
              "null"
            ]
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          },
          "model": {
            "type": "string"
          },
          "output": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/OutputItem"
            }
          },
          "output_text": {
            "type": "string",
            "description": "The text of every `output_text` part, joined (as the SDKs compute it)."
          },
          "parallel_tool_calls": {
            "type": "boolean"
          },
          "previous_response_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "reasoning": {
            "type": [
              "object",
              "null"
            ]
          },
          "service_tier": {
            "type": [
              "string",
              "null"
            ]
          },
          "store": {
            "type": "boolean"
          },
          "temperature": {
            "type": [
              "number",
              "null"
            ]
          },
          "text": {
            "type": "object"
          },
          "tool_choice": {},
          "tools": {
            "type": "array",
            "items": {
              "type": "object"
            }
          },
          "top_p": {
            "type": [
              "number",
              "null"
            ]
          },
          "truncation": {
            "type": [
              "string",
              "null"
            ]
          },
          "usage": {
            "$ref": "#/components/schemas/ResponseUsage"
          },
          "user": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "ResponseUsage": {
        "type": "object",
        "required": [
          "input_tokens",
          "input_tokens_details",
          "output_tokens",
          "output_tokens_details",
          "total_tokens"
        ],
        "properties": {
          "input_tokens": {
            "type": "integer",
            "minimum": 0,
            "description": "Includes cached tokens."
          },
          "input_tokens_details": {
            "type": "object",
            "required": [
              "cached_tokens"
            ],
            "properties": {
              "cached_tokens": {
                "type": "integer",
                "minimum": 0
              }
            }
          },
          "output_tokens": {
            "type": "integer",
            "minimum": 0,
            "description": "Includes reasoning tokens."
          },
          "output_tokens_details": {
            "type": "object",
            "required": [
              "reasoning_tokens"
            ],
            "properties": {
              "reasoning_tokens": {
                "type": "integer",
                "minimum": 0
              }
            }
          },
          "total_tokens": {
            "type": "integer",
            "minimum": 0
          },
          "cost": {
            "type": "number",
            "minimum": 0,
            "description": "NexusFlow extension: the credits charged for this request, as on chat completions. Also sent as the `x-nexusflow-cost` header, or trailer when streaming."
          }
        }
      },
      "OutputItem": {
        "type": "object",
        "required": [
          "type"
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "message": "#/components/schemas/OutputMessage",
            "function_call": "#/components/schemas/FunctionCallItem",
            "custom_tool_call": "#/components/schemas/CustomToolCallItem",
            "reasoning": "#/components/schemas/ReasoningItem"
          }
        },
        "oneOf": [
          {
            "$ref": "#/components/schemas/OutputMessage"
          },
          {
            "$ref": "#/components/schemas/FunctionCallItem"
          },
          {
            "$ref": "#/components/schemas/CustomToolCallItem"
          },
          {
            "$ref": "#/components/schemas/ReasoningItem"
          }
        ]
      },
      "OutputMessage": {
        "type": "object",
        "required": [
          "type",
          "id",
          "role",
          "status",
          "content"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "message"
            ]
          },
          "id": {
            "type": "string"
          },
          "role": {
            "type": "string",
            "enum": [
              "assistant"
            ]
          },
          "status": {
            "type": "string",
            "enum": [
              "in_progress",
              "completed",
              "incomplete"
            ]
          },
          "content": {
            "type": "array",
            "items": {
              "oneOf": [
                {
                  "$ref": "#/components/schemas/OutputText"
                },
                {
                  "$ref": "#/components/schemas/Refusal"
                }
              ]
            }
          }
        }
      },
      "DeletedResponse": {
        "type": "object",
        "required": [
          "id",
          "object",
          "deleted"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "object": {
            "type": "string",
            "enum": [
              "response"
            ]
          },
          "deleted": {
            "type": "boolean"
          }
        }
      },
      "InputItemList": {
        "type": "object",
        "required": [
          "object",
          "data",
          "first_id",
          "last_id",
          "has_more"
        ],
        "properties": {
          "object": {
            "type": "string",
            "enum": [
              "list"
            ]
          },
          "data": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "id",
                "type"
              ],
              "properties": {
                "id": {
                  "type": "string"
                },
                "type": {
                  "type": "string"
                }
              }
            }
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
          },
          "has_more": {
            "type": "boolean"
          }
        }
      },
      "ResponseStreamEvent": {
        "type": "object",
        "required": [
          "type",
          "sequence_number"
        ],
        "description": "One event of a streamed response; every event carries `sequence_number`, starting at 0.",
        "x-nexusflow-open-discriminator": true,
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "response.created": "#/components/schemas/ResponseCreatedEvent",
            "response.in_progress": "#/components/schemas/ResponseInProgressEvent",
            "response.completed": "#/components/schemas/ResponseCompletedEvent",
            "response.incomplete": "#/components/schemas/ResponseIncompleteEvent",
            "response.failed": "#/components/schemas/ResponseFailedEvent",
            "response.output_item.added": "#/components/schemas/OutputItemAddedEvent",
            "response.output_item.done": "#/components/schemas/OutputItemDoneEvent",
            "response.content_part.added": "#/components/schemas/ContentPartAddedEvent",
            "response.content_part.done": "#/components/schemas/ContentPartDoneEvent",
            "response.output_text.delta": "#/components/schemas/TextDeltaEvent",
            "response.output_text.done": "#/components/schemas/TextDoneEvent",
            "response.function_call_arguments.delta": "#/components/schemas/ArgumentsDeltaEvent",
            "response.function_call_arguments.done": "#/components/schemas/ArgumentsDoneEvent",
            "response.reasoning_summary_part.added": "#/components/schemas/SummaryPartAddedEvent",
            "response.reasoning_summary_part.done": "#/components/schemas/SummaryPartDoneEvent",
            "response.reasoning_summary_text.delta": "#/components/schemas/SummaryTextDeltaEvent",
            "response.reasoning_summary_text.done": "#/components/schemas/SummaryTextDoneEvent",
            "response.custom_tool_call_input.delta": "#/components/schemas/CustomInputDeltaEvent",
            "response.custom_tool_call_input.done": "#/components/schemas/CustomInputDoneEvent",
            "error": "#/components/schemas/ErrorEvent"
          }
        },
        "oneOf": [
          {
            "$ref": "#/components/schemas/ResponseCreatedEvent"
          },
          {
            "$ref": "#/components/schemas/ResponseInProgressEvent"
          },
          {
            "$ref": "#/components/schemas/ResponseCompletedEvent"
          },
          {
            "$ref": "#/components/schemas/ResponseIncompleteEvent"
          },
          {
            "$ref": "#/components/schemas/ResponseFailedEvent"
          },
          {
            "$ref": "#/components/schemas/OutputItemAddedEvent"
          },
          {
            "$ref": "#/components/schemas/OutputItemDoneEvent"
          },
          {
            "$ref": "#/components/schemas/ContentPartAddedEvent"
          },
          {
            "$ref": "#/components/schemas/ContentPartDoneEvent"
          },
          {
            "$ref": "#/components/schemas/TextDeltaEvent"
          },
          {
            "$ref": "#/components/schemas/TextDoneEvent"
          },
          {
            "$ref": "#/components/schemas/ArgumentsDeltaEvent"
          },
          {
            "$ref": "#/components/schemas/ArgumentsDoneEvent"
          },
          {
            "$ref": "#/components/schemas/SummaryPartAddedEvent"
          },
          {
            "$ref": "#/components/schemas/SummaryPartDoneEvent"
          },
          {
            "$ref": "#/components/schemas/SummaryTextDeltaEvent"
          },
          {
            "$ref": "#/components/schemas/SummaryTextDoneEvent"
          },
          {
            "$ref": "#/components/schemas/CustomInputDeltaEvent"
          },
          {
            "$ref": "#/components/schemas/CustomInputDoneEvent"
          },
          {
            "$ref": "#/components/schemas/ErrorEvent"
          }
        ]
      },
      "CustomInputDeltaEvent": {
        "type": "object",
        "required": [
          "type",
          "sequence_number",
          "item_id",
          "output_index",
          "delta"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "response.custom_tool_call_input.delta"
            ]
          },
          "sequence_number": {
            "type": "integer"
          },
          "item_id": {
            "type": "string"
          },
          "output_index": {
            "type": "integer"
          },
          "delta": {
            "type": "string"
          }
        }
      },
      "CustomInputDoneEvent": {
        "type": "object",
        "required": [
          "type",
          "sequence_number",
          "item_id",
          "output_index",
          "input"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "response.custom_tool_call_input.done"
            ]
          },
          "sequence_number": {
            "type": "integer"
          },
          "item_id": {
            "type": "string"
          },
          "output_index": {
            "type": "integer"
          },
          "input": {
            "type": "string"
          }
        }
      },
      "ResponseCreatedEvent": {
        "type": "object",
        "required": [
          "type",
          "sequence_number",
          "response"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "response.created"
            ]
          },
          "sequence_number": {
            "type": "integer"
          },
          "response": {
            "$ref": "#/components/schemas/Response"
          }
        }
      },
      "ResponseInProgressEvent": {
        "type": "object",
        "required": [
          "type",
          "sequence_number",
          "response"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "response.in_progress"
            ]
          },
          "sequence_number": {
            "type": "integer"
          },
          "response": {
            "$ref": "#/components/schemas/Response"
          }
        }
      },
      "ResponseCompletedEvent": {
        "type": "object",
        "required": [
          "type",
          "sequence_number",
          "response"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "response.completed"
            ]
          },
          "sequence_number": {
            "type": "integer"
          },
          "response": {
            "$ref": "#/components/schemas/Response"
          }
        }
      },
      "ResponseIncompleteEvent": {
        "type": "object",
        "required": [
          "type",
          "sequence_number",
          "response"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "response.incomplete"
            ]
          },
          "sequence_number": {
            "type": "integer"
          },
          "response": {
            "$ref": "#/components/schemas/Response"
          }
        }
      },
      "ResponseFailedEvent": {
        "type": "object",
        "required": [
          "type",
          "sequence_number",
          "response"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "response.failed"
            ]
          },
          "sequence_number": {
            "type": "integer"
          },
          "response": {
            "$ref": "#/components/schemas/Response"
          }
        }
      },
      "OutputItemAddedEvent": {
        "type": "object",
        "required": [
          "type",
          "sequence_number",
          "output_index",
          "item"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "response.output_item.added"
            ]
          },
          "sequence_number": {
            "type": "integer"
          },
          "output_index": {
            "type": "integer"
          },
          "item": {
            "$ref": "#/components/schemas/OutputItem"
          }
        }
      },
      "OutputItemDoneEvent": {
        "type": "object",
        "required": [
          "type",
          "sequence_number",
          "output_index",
          "item"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "response.output_item.done"
            ]
          },
          "sequence_number": {
            "type": "integer"
          },
          "output_index": {
            "type": "integer"
          },
          "item": {
            "$ref": "#/components/schemas/OutputItem"
          }
        }
      },
      "ContentPartAddedEvent": {
        "type": "object",
        "required": [
          "type",
          "sequence_number",
          "item_id",
          "output_index",
          "content_index",
          "part"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "response.content_part.added"
            ]
          },
          "sequence_number": {
            "type": "integer"
          },
          "item_id": {
            "type": "string"
          },
          "output_index": {
            "type": "integer"
          },
          "content_index": {
            "type": "integer"
          },
          "part": {
            "$ref": "#/components/schemas/OutputText"
          }
        }
      },
      "ContentPartDoneEvent": {
        "type": "object",
        "required": [
          "type",
          "sequence_number",
          "item_id",
          "output_index",
          "content_index",
          "part"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "response.content_part.done"
            ]
          },
          "sequence_number": {
            "type": "integer"
          },
          "item_id": {
            "type": "string"
          },
          "output_index": {
            "type": "integer"
          },
          "content_index": {
            "type": "integer"
          },
          "part": {
            "$ref": "#/components/schemas/OutputText"
          }
        }
      },
      "TextDeltaEvent": {
        "type": "object",
        "required": [
          "type",
          "sequence_number",
          "item_id",
          "output_index",
          "content_index",
          "delta"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "response.output_text.delta"
            ]
          },
          "sequence_number": {
            "type": "integer"
          },
          "item_id": {
            "type": "string"
          },
          "output_index": {
            "type": "integer"
          },
          "content_index": {
            "type": "integer"
          },
          "delta": {
            "type": "string"
          },
          "logprobs": {
            "type": "array"
          }
        }
      },
      "TextDoneEvent": {
        "type": "object",
        "required": [
          "type",
          "sequence_number",
          "item_id",
          "output_index",
          "content_index",
          "text"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "response.output_text.done"
            ]
          },
          "sequence_number": {
            "type": "integer"
          },
          "item_id": {
            "type": "string"
          },
          "output_index": {
            "type": "integer"
          },
          "content_index": {
            "type": "integer"
          },
          "text": {
            "type": "string"
          },
          "logprobs": {
            "type": "array"
          }
        }
      },
      "ArgumentsDeltaEvent": {
        "type": "object",
        "required": [
          "type",
          "sequence_number",
          "item_id",
          "output_index",
          "delta"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "response.function_call_arguments.delta"
            ]
          },
          "sequence_number": {
            "type": "integer"
          },
          "item_id": {
            "type": "string"
          },
          "output_index": {
            "type": "integer"
          },
          "delta": {
            "type": "string"
          }
        }
      },
      "ArgumentsDoneEvent": {
        "type": "object",
        "required": [
          "type",
          "sequence_number",
          "item_id",
          "output_index",
          "arguments"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "response.function_call_arguments.done"
            ]
          },
          "sequence_number": {
            "type": "integer"
          },
          "item_id": {
            "type": "string"
          },
          "output_index": {
            "type": "integer"
          },
          "name": {
            "type": "string"
          },
          "arguments": {
            "type": "string"
          }
        }
      },
      "SummaryPartAddedEvent": {
        "type": "object",
        "required": [
          "type",
          "sequence_number",
          "item_id",
          "output_index",
          "summary_index",
          "part"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "response.reasoning_summary_part.added"
            ]
          },
          "sequence_number": {
            "type": "integer"
          },
          "item_id": {
            "type": "string"
          },
          "output_index": {
            "type": "integer"
          },
          "summary_index": {
            "type": "integer"
          },
          "part": {
            "$ref": "#/components/schemas/SummaryText"
          }
        }
      },
      "SummaryPartDoneEvent": {
        "type": "object",
        "required": [
          "type",
          "sequence_number",
          "item_id",
          "output_index",
          "summary_index",
          "part"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "response.reasoning_summary_part.done"
            ]
          },
          "sequence_number": {
            "type": "integer"
          },
          "item_id": {
            "type": "string"
          },
          "output_index": {
            "type": "integer"
          },
          "summary_index": {
            "type": "integer"
          },
          "part": {
            "$ref": "#/components/schemas/SummaryText"
          }
        }
      },
      "SummaryTextDeltaEvent": {
        "type": "object",
        "required": [
          "type",
          "sequence_number",
          "item_id",
          "output_index",
          "summary_index",
          "delta"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "response.reasoning_summary_text.delta"
            ]
          },
          "sequence_number": {
            "type": "integer"
          },
          "item_id": {
            "type": "string"
          },
          "output_index": {
            "type": "integer"
          },
          "summary_index": {
            "type": "integer"
          },
          "delta": {
            "type": "string"
          }
        }
      },
      "SummaryTextDoneEvent": {
        "type": "object",
        "required": [
          "type",
          "sequence_number",
          "item_id",
          "output_index",
          "summary_index",
          "text"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "response.reasoning_summary_text.done"
            ]
          },
          "sequence_number": {
            "type": "integer"
          },
          "item_id": {
            "type": "string"
          },
          "output_index": {
            "type": "integer"
          },
          "summary_index": {
            "type": "integer"
          },
          "text": {
            "type": "string"
          }
        }
      },
      "ErrorEvent": {
        "type": "object",
        "required": [
          "type",
          "sequence_number",
          "message"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "error"
            ]
          },
          "sequence_number": {
            "type": "integer"
          },
          "code": {
            "type": [
              "string",
              "null"
            ]
          },
          "message": {
            "type": "string"
          },
          "param": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      }
    }
  }
};

// Generated from spec/native/account.spec.ts by spec/codegen — do not edit.

/** The OpenAPI document of spec/native/account.spec.ts, as parsed (references unresolved). */
export const openApiDocument: { readonly [key: string]: unknown } = {
  "openapi": "3.1.0",
  "info": {
    "title": "NexusFlow account (key holder)",
    "version": "1.0.0",
    "description": "What an API key may see of its own account: balance, limits, usage over time and usage records. Never another account's.",
    "x-nexusflow-protocol": "nexusflow"
  },
  "security": [
    {
      "bearerAuth": []
    }
  ],
  "components": {
    "securitySchemes": {
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "A NexusFlow API key: `Authorization: Bearer <key>`. Everything here is about that key's own account."
      }
    },
    "schemas": {
      "ErrorResponse": {
        "type": "object",
        "properties": {
          "error": {
            "type": "object",
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
            },
            "required": [
              "message",
              "type",
              "param",
              "code"
            ]
          }
        },
        "required": [
          "error"
        ]
      },
      "AccountView": {
        "type": "object",
        "properties": {
          "object": {
            "type": "string",
            "enum": [
              "account"
            ]
          },
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "balance": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991,
            "description": "Micro-credits (1 credit = 1,000,000), outstanding holds deducted."
          },
          "credit_limit": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991,
            "description": "How far below zero the balance may go."
          },
          "held": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991,
            "description": "Held for requests in flight."
          },
          "key": {
            "$ref": "#/components/schemas/ApiKey"
          }
        },
        "required": [
          "object",
          "id",
          "name",
          "balance",
          "credit_limit",
          "held",
          "key"
        ]
      },
      "ApiKey": {
        "type": "object",
        "properties": {
          "object": {
            "type": "string",
            "enum": [
              "api_key"
            ]
          },
          "id": {
            "type": "string"
          },
          "prefix": {
            "type": "string",
            "description": "The first characters of the secret, for recognising it (`sk-air-AbC1`)."
          },
          "account_id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "active",
              "revoked"
            ]
          },
          "expires_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "allowed_models": {
            "type": [
              "array",
              "null"
            ],
            "items": {
              "type": "string"
            },
            "description": "null: every model."
          },
          "spend_limit": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 0,
            "maximum": 9007199254740991
          },
          "spend_period": {
            "type": [
              "string",
              "null"
            ],
            "enum": [
              "day",
              "month",
              "total",
              null
            ]
          },
          "spent": {
            "type": "integer",
            "description": "Micro-credits spent in the current period."
          },
          "rate_limits": {
            "type": "object",
            "properties": {
              "requests_per_minute": {
                "type": [
                  "integer",
                  "null"
                ]
              },
              "tokens_per_minute": {
                "type": [
                  "integer",
                  "null"
                ]
              }
            },
            "required": [
              "requests_per_minute",
              "tokens_per_minute"
            ]
          },
          "replaced_by": {
            "type": [
              "string",
              "null"
            ],
            "description": "After a rotation: the new key. This one works until `expires_at`."
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "updated_at": {
            "type": "string",
            "format": "date-time"
          }
        },
        "required": [
          "object",
          "id",
          "prefix",
          "account_id",
          "name",
          "status",
          "expires_at",
          "allowed_models",
          "spend_limit",
          "spend_period",
          "spent",
          "rate_limits",
          "replaced_by",
          "created_at",
          "updated_at"
        ],
        "description": "The key this request was made with."
      },
      "UsageSeries": {
        "type": "object",
        "properties": {
          "object": {
            "type": "string",
            "enum": [
              "usage_series"
            ]
          },
          "since": {
            "type": "string",
            "format": "date-time"
          },
          "until": {
            "type": "string",
            "format": "date-time"
          },
          "bucket_seconds": {
            "type": "integer"
          },
          "group_by": {
            "type": "string",
            "enum": [
              "none",
              "model",
              "channel",
              "key",
              "account"
            ]
          },
          "rows": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "bucket": {
                  "type": "string",
                  "format": "date-time",
                  "description": "Start of the bucket."
                },
                "group": {
                  "type": "string",
                  "description": "Model, channel, key or account id (\"\" when not grouped, or no channel was reached)."
                },
                "requests": {
                  "type": "integer"
                },
                "input_tokens": {
                  "type": "integer",
                  "description": "Uncached input + cache reads + cache writes."
                },
                "output_tokens": {
                  "type": "integer",
                  "description": "Output, reasoning included."
                },
                "cost": {
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 9007199254740991
                },
                "errors": {
                  "type": "integer",
                  "description": "Requests answered with an HTTP error (client disconnects included)."
                },
                "latency_p50_ms": {
                  "type": "number"
                },
                "latency_p99_ms": {
                  "type": "number"
                }
              },
              "required": [
                "bucket",
                "group",
                "requests",
                "input_tokens",
                "output_tokens",
                "cost",
                "errors",
                "latency_p50_ms",
                "latency_p99_ms"
              ]
            },
            "description": "Buckets without requests are left out."
          }
        },
        "required": [
          "object",
          "since",
          "until",
          "bucket_seconds",
          "group_by",
          "rows"
        ]
      },
      "AccountUsageList": {
        "type": "object",
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
              "$ref": "#/components/schemas/UsageRecord"
            }
          },
          "next_cursor": {
            "type": [
              "string",
              "null"
            ]
          }
        },
        "required": [
          "object",
          "data",
          "next_cursor"
        ]
      },
      "UsageRecord": {
        "type": "object",
        "properties": {
          "object": {
            "type": "string",
            "enum": [
              "usage_record"
            ]
          },
          "request_id": {
            "type": "string"
          },
          "account_id": {
            "type": "string"
          },
          "key_id": {
            "type": "string"
          },
          "model": {
            "type": "string"
          },
          "channel_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "protocol": {
            "type": "string"
          },
          "endpoint": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "succeeded",
              "failed",
              "partial"
            ]
          },
          "http_status": {
            "type": "integer"
          },
          "usage": {
            "type": "object",
            "properties": {
              "uncached_input": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "cache_read": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "cache_write": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "output": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "reasoning": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "images": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "seconds": {
                "type": [
                  "number",
                  "null"
                ]
              }
            },
            "required": [
              "uncached_input",
              "cache_read",
              "cache_write",
              "output",
              "reasoning",
              "images",
              "seconds"
            ],
            "description": "null: the count is unknown (not zero)."
          },
          "source": {
            "type": "string",
            "enum": [
              "upstream",
              "estimated"
            ]
          },
          "cost": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991
          },
          "latency_ms": {
            "type": "number"
          },
          "error_code": {
            "type": [
              "string",
              "null"
            ]
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          }
        },
        "required": [
          "object",
          "request_id",
          "account_id",
          "key_id",
          "model",
          "channel_id",
          "protocol",
          "endpoint",
          "status",
          "http_status",
          "usage",
          "source",
          "cost",
          "latency_ms",
          "error_code",
          "created_at"
        ]
      }
    },
    "parameters": {}
  },
  "paths": {
    "/v1/account": {
      "get": {
        "operationId": "getAccount",
        "tags": [
          "account"
        ],
        "summary": "The caller's account: balance, credit limit, holds, and the key's limits",
        "responses": {
          "200": {
            "description": "The account",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AccountView"
                }
              }
            }
          },
          "401": {
            "description": "Error (401)",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              }
            }
          },
          "429": {
            "description": "Error (429)",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              }
            }
          }
        }
      }
    },
    "/v1/account/usage/series": {
      "get": {
        "operationId": "getAccountUsageSeries",
        "tags": [
          "account"
        ],
        "summary": "The account's requests, errors, tokens, spend and latency over time",
        "parameters": [
          {
            "schema": {
              "anyOf": [
                {
                  "type": "string",
                  "format": "date"
                },
                {
                  "type": "string",
                  "format": "date-time"
                }
              ]
            },
            "required": false,
            "name": "since",
            "in": "query"
          },
          {
            "schema": {
              "anyOf": [
                {
                  "type": "string",
                  "format": "date"
                },
                {
                  "type": "string",
                  "format": "date-time"
                }
              ]
            },
            "required": false,
            "name": "until",
            "in": "query"
          },
          {
            "schema": {
              "type": "string",
              "enum": [
                "1m",
                "5m",
                "15m",
                "1h",
                "6h",
                "1d"
              ]
            },
            "required": false,
            "name": "bucket",
            "in": "query"
          },
          {
            "schema": {
              "type": "string",
              "enum": [
                "none",
                "model",
                "key"
              ]
            },
            "required": false,
            "name": "group_by",
            "in": "query"
          }
        ],
        "responses": {
          "200": {
            "description": "The series",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UsageSeries"
                }
              }
            }
          },
          "400": {
            "description": "Error (400)",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              }
            }
          },
          "401": {
            "description": "Error (401)",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              }
            }
          },
          "429": {
            "description": "Error (429)",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              }
            }
          }
        }
      }
    },
    "/v1/account/usage": {
      "get": {
        "operationId": "listAccountUsage",
        "tags": [
          "account"
        ],
        "summary": "The account's usage records, newest last",
        "parameters": [
          {
            "schema": {
              "type": "string",
              "minLength": 1,
              "description": "Opaque cursor from a previous page."
            },
            "required": false,
            "description": "Opaque cursor from a previous page.",
            "name": "cursor",
            "in": "query"
          },
          {
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 200,
              "default": 50
            },
            "required": false,
            "name": "limit",
            "in": "query"
          },
          {
            "schema": {
              "anyOf": [
                {
                  "type": "string",
                  "format": "date"
                },
                {
                  "type": "string",
                  "format": "date-time"
                }
              ]
            },
            "required": false,
            "name": "since",
            "in": "query"
          },
          {
            "schema": {
              "anyOf": [
                {
                  "type": "string",
                  "format": "date"
                },
                {
                  "type": "string",
                  "format": "date-time"
                }
              ]
            },
            "required": false,
            "name": "until",
            "in": "query"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of usage records",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AccountUsageList"
                }
              }
            }
          },
          "400": {
            "description": "Error (400)",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              }
            }
          },
          "401": {
            "description": "Error (401)",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              }
            }
          },
          "429": {
            "description": "Error (429)",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              }
            }
          }
        }
      }
    }
  },
  "webhooks": {}
};

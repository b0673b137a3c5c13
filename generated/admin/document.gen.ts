// Generated from spec/native/admin.spec.ts by spec/codegen — do not edit.

/** The OpenAPI document of spec/native/admin.spec.ts, as parsed (references unresolved). */
export const openApiDocument: { readonly [key: string]: unknown } = {
  "openapi": "3.1.0",
  "info": {
    "title": "NexusFlow admin API",
    "version": "1.0.0",
    "description": "Accounts, API keys, models, channels, usage, tasks and the audit log of a NexusFlow gateway.",
    "x-nexusflow-protocol": "nexusflow",
    "x-nexusflow-conformance-credential": "admin"
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
        "description": "The admin token (NEXUSFLOW_ADMIN_TOKEN). API keys never open the admin API."
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
      "AccountList": {
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
              "$ref": "#/components/schemas/Account"
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
      "Account": {
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
            "description": "Spendable balance in micro-credits, open holds already deducted; negative within the credit limit."
          },
          "credit_limit": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991,
            "description": "How far below zero the balance may go, micro-credits."
          },
          "held": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991,
            "description": "Micro-credits reserved by requests in flight."
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
          "name",
          "balance",
          "credit_limit",
          "held",
          "created_at",
          "updated_at"
        ]
      },
      "CreateAccountRequest": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[A-Za-z0-9._-]{1,64}$",
            "description": "Chosen by the caller (a repeated id answers 409); generated when absent."
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "credit_limit": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991
          }
        },
        "required": [
          "name"
        ]
      },
      "UpdateAccountRequest": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "credit_limit": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991
          }
        }
      },
      "TopUpRequest": {
        "type": "object",
        "properties": {
          "amount": {
            "type": "integer",
            "minimum": 1,
            "maximum": 9007199254740991,
            "description": "Micro-credits to add."
          },
          "reason": {
            "type": "string",
            "minLength": 1,
            "maxLength": 500,
            "description": "Why: kept on the ledger entry."
          },
          "idempotency_key": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "description": "A repeated key adds nothing and answers the account as it is."
          }
        },
        "required": [
          "amount",
          "reason"
        ]
      },
      "LedgerPage": {
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
              "$ref": "#/components/schemas/LedgerEntry"
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
      "LedgerEntry": {
        "type": "object",
        "properties": {
          "object": {
            "type": "string",
            "enum": [
              "ledger_entry"
            ]
          },
          "id": {
            "type": "string"
          },
          "kind": {
            "type": "string",
            "enum": [
              "topup",
              "hold",
              "settle",
              "release",
              "refund",
              "adjustment"
            ]
          },
          "amount": {
            "type": "integer",
            "description": "Signed change of the balance, micro-credits."
          },
          "balance_after": {
            "type": "integer"
          },
          "request_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "cost": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 0,
            "maximum": 9007199254740991,
            "description": "For settle entries: the cost charged."
          },
          "reason": {
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
          "id",
          "kind",
          "amount",
          "balance_after",
          "request_id",
          "cost",
          "reason",
          "created_at"
        ]
      },
      "ApiKeyList": {
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
              "$ref": "#/components/schemas/ApiKey"
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
        ]
      },
      "ApiKeyWithSecret": {
        "allOf": [
          {
            "$ref": "#/components/schemas/ApiKey"
          },
          {
            "type": "object",
            "properties": {
              "secret": {
                "type": "string",
                "description": "The plaintext key. Shown only in this response: store it now."
              }
            },
            "required": [
              "secret"
            ]
          }
        ]
      },
      "CreateKeyRequest": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[A-Za-z0-9._-]{1,64}$",
            "description": "Chosen by the caller (a repeated id answers 409, which makes retries safe); generated when absent."
          },
          "account_id": {
            "type": "string",
            "pattern": "^[A-Za-z0-9._-]{1,64}$"
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "expires_at": {
            "type": "string",
            "format": "date-time"
          },
          "allowed_models": {
            "type": "array",
            "items": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._:/-]{1,128}$"
            },
            "minItems": 1
          },
          "spend_limit": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991
          },
          "spend_period": {
            "type": "string",
            "enum": [
              "day",
              "month",
              "total"
            ],
            "description": "Period of `spend_limit` (default total)."
          },
          "rate_limits": {
            "$ref": "#/components/schemas/RateLimits"
          }
        },
        "required": [
          "account_id",
          "name"
        ]
      },
      "RateLimits": {
        "type": "object",
        "properties": {
          "requests_per_minute": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "maximum": 9007199254740991
          },
          "tokens_per_minute": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "maximum": 9007199254740991
          }
        }
      },
      "UpdateKeyRequest": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "expires_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "null: never expires."
          },
          "allowed_models": {
            "type": [
              "array",
              "null"
            ],
            "items": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._:/-]{1,128}$"
            },
            "minItems": 1,
            "description": "null: every model."
          },
          "spend_limit": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 0,
            "maximum": 9007199254740991,
            "description": "null: unlimited."
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
          "rate_limits": {
            "type": [
              "object",
              "null"
            ],
            "properties": {
              "requests_per_minute": {
                "type": [
                  "integer",
                  "null"
                ],
                "minimum": 1,
                "maximum": 9007199254740991
              },
              "tokens_per_minute": {
                "type": [
                  "integer",
                  "null"
                ],
                "minimum": 1,
                "maximum": 9007199254740991
              }
            },
            "description": "Each limit given replaces the current one; null clears it (null for the object clears both)."
          }
        }
      },
      "RotateKeyRequest": {
        "type": "object",
        "properties": {
          "grace_period_seconds": {
            "type": "integer",
            "minimum": 0,
            "maximum": 2592000,
            "description": "How long the old secret keeps working (default 86400, one day; 0 stops it at once)."
          }
        }
      },
      "ChannelList": {
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
              "$ref": "#/components/schemas/Channel"
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
      "Channel": {
        "type": "object",
        "properties": {
          "object": {
            "type": "string",
            "enum": [
              "channel"
            ]
          },
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "provider": {
            "type": "string",
            "enum": [
              "simulator",
              "openai-compatible",
              "openai-responses",
              "anthropic",
              "gemini",
              "dashscope"
            ]
          },
          "base_url": {
            "type": [
              "string",
              "null"
            ]
          },
          "weight": {
            "type": "number"
          },
          "priority": {
            "type": "integer"
          },
          "status": {
            "type": "string",
            "enum": [
              "enabled",
              "disabled"
            ]
          },
          "credential": {
            "type": "object",
            "properties": {
              "source": {
                "type": "string",
                "enum": [
                  "stored",
                  "env",
                  "none"
                ],
                "description": "Where the credential comes from; its value is never returned."
              },
              "env": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "The environment variable named, for `env`."
              }
            },
            "required": [
              "source",
              "env"
            ]
          },
          "health": {
            "type": "string",
            "enum": [
              "ok",
              "disabled",
              "missing_credential"
            ],
            "description": "`missing_credential`: the provider needs a credential and none can be read (unset variable, or a stored one this process cannot decrypt)."
          },
          "circuit": {
            "type": "object",
            "properties": {
              "state": {
                "type": "string",
                "enum": [
                  "closed",
                  "open",
                  "half_open"
                ],
                "description": "The worst state among the channel's routes."
              },
              "routes": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "upstream_model": {
                      "type": "string"
                    },
                    "state": {
                      "type": "string",
                      "enum": [
                        "closed",
                        "open",
                        "half_open"
                      ]
                    },
                    "consecutive_failures": {
                      "type": "integer"
                    },
                    "open_until": {
                      "type": [
                        "string",
                        "null"
                      ],
                      "format": "date-time",
                      "description": "When an open circuit lets a trial request through."
                    },
                    "retry_after_until": {
                      "type": [
                        "string",
                        "null"
                      ],
                      "format": "date-time",
                      "description": "The upstream asked for no requests before this time (`retry-after`)."
                    }
                  },
                  "required": [
                    "upstream_model",
                    "state",
                    "consecutive_failures",
                    "open_until",
                    "retry_after_until"
                  ]
                },
                "description": "Routes that failed since they were last healthy; a healthy channel has none."
              }
            },
            "required": [
              "state",
              "routes"
            ],
            "description": "Circuit breakers as the answering gateway process sees them (each process keeps its own)."
          },
          "quirks": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": {}
          },
          "options": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": {}
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
          "name",
          "provider",
          "base_url",
          "weight",
          "priority",
          "status",
          "credential",
          "health",
          "circuit",
          "quirks",
          "options",
          "created_at",
          "updated_at"
        ]
      },
      "CreateChannelRequest": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[A-Za-z0-9._-]{1,64}$"
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "provider": {
            "type": "string",
            "enum": [
              "simulator",
              "openai-compatible",
              "openai-responses",
              "anthropic",
              "gemini",
              "dashscope"
            ]
          },
          "base_url": {
            "type": "string",
            "format": "uri"
          },
          "credential": {
            "type": "string",
            "minLength": 1,
            "maxLength": 4096,
            "description": "Write-only: stored encrypted, never returned or logged."
          },
          "credential_env": {
            "type": "string",
            "pattern": "^[A-Z_][A-Z0-9_]*$",
            "description": "Name of the environment variable holding the credential (instead of `credential`)."
          },
          "weight": {
            "type": "number",
            "minimum": 0
          },
          "priority": {
            "type": "integer",
            "minimum": -9007199254740991,
            "maximum": 9007199254740991
          },
          "status": {
            "type": "string",
            "enum": [
              "enabled",
              "disabled"
            ]
          },
          "quirks": {
            "type": "object",
            "additionalProperties": {}
          },
          "options": {
            "type": "object",
            "additionalProperties": {}
          }
        },
        "required": [
          "id",
          "provider"
        ]
      },
      "UpdateChannelRequest": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "base_url": {
            "type": [
              "string",
              "null"
            ],
            "format": "uri"
          },
          "credential": {
            "type": [
              "string",
              "null"
            ],
            "minLength": 1,
            "maxLength": 4096,
            "description": "Write-only. null removes the stored credential."
          },
          "credential_env": {
            "type": [
              "string",
              "null"
            ],
            "pattern": "^[A-Z_][A-Z0-9_]*$"
          },
          "weight": {
            "type": "number",
            "minimum": 0
          },
          "priority": {
            "type": "integer",
            "minimum": -9007199254740991,
            "maximum": 9007199254740991
          },
          "status": {
            "type": "string",
            "enum": [
              "enabled",
              "disabled"
            ]
          },
          "quirks": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": {}
          },
          "options": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": {}
          }
        }
      },
      "ChannelTestResult": {
        "type": "object",
        "properties": {
          "object": {
            "type": "string",
            "enum": [
              "channel_test"
            ]
          },
          "channel_id": {
            "type": "string"
          },
          "model": {
            "type": [
              "string",
              "null"
            ],
            "description": "The model tested (null: none is routed to the channel)."
          },
          "upstream_model": {
            "type": [
              "string",
              "null"
            ]
          },
          "ok": {
            "type": "boolean"
          },
          "latency_ms": {
            "type": "number"
          },
          "output": {
            "type": [
              "string",
              "null"
            ],
            "description": "The start of the answer, when there was one."
          },
          "error": {
            "type": [
              "object",
              "null"
            ],
            "properties": {
              "code": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            },
            "required": [
              "code",
              "message"
            ]
          }
        },
        "required": [
          "object",
          "channel_id",
          "model",
          "upstream_model",
          "ok",
          "latency_ms",
          "output",
          "error"
        ]
      },
      "ChannelTestRequest": {
        "type": "object",
        "properties": {
          "model": {
            "type": "string",
            "minLength": 1,
            "maxLength": 128,
            "description": "A model routed to this channel (default: the first one)."
          }
        }
      },
      "AdminModelList": {
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
              "$ref": "#/components/schemas/AdminModel"
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
      "AdminModel": {
        "type": "object",
        "properties": {
          "object": {
            "type": "string",
            "enum": [
              "model"
            ]
          },
          "id": {
            "type": "string"
          },
          "display_name": {
            "type": "string"
          },
          "kind": {
            "type": "string",
            "enum": [
              "chat",
              "embedding",
              "image",
              "video"
            ]
          },
          "owned_by": {
            "type": "string"
          },
          "supported_protocols": {
            "type": "array",
            "items": {
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
            }
          },
          "capabilities": {
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
            },
            "required": [
              "tools",
              "vision",
              "thinking",
              "json_output"
            ]
          },
          "context_window": {
            "type": [
              "integer",
              "null"
            ]
          },
          "max_output_tokens": {
            "type": [
              "integer",
              "null"
            ]
          },
          "dimensions": {
            "type": [
              "integer",
              "null"
            ]
          },
          "pricing": {
            "$ref": "#/components/schemas/Pricing"
          },
          "channels": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ChannelBinding"
            }
          },
          "fallbacks": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "aliases": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Other names (exact, or `*` glob patterns) that route to this model; `*` alone makes it the default for its protocols."
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
          "display_name",
          "kind",
          "owned_by",
          "supported_protocols",
          "capabilities",
          "context_window",
          "max_output_tokens",
          "dimensions",
          "pricing",
          "channels",
          "fallbacks",
          "aliases",
          "created_at",
          "updated_at"
        ]
      },
      "Pricing": {
        "type": "object",
        "properties": {
          "input_per_million": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991
          },
          "cached_input_per_million": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991
          },
          "cache_write_per_million": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991
          },
          "output_per_million": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991
          },
          "reasoning_per_million": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991
          },
          "per_image": {
            "type": "object",
            "additionalProperties": {
              "type": "integer",
              "minimum": 0,
              "maximum": 9007199254740991
            }
          },
          "per_video_second": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991
          },
          "embedding_per_million": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991
          }
        },
        "description": "Micro-credits; token prices per million tokens."
      },
      "ChannelBinding": {
        "type": "object",
        "properties": {
          "channel": {
            "type": "string",
            "pattern": "^[A-Za-z0-9._-]{1,64}$"
          },
          "upstream_model": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "description": "The model id at the upstream, when it differs."
          }
        },
        "required": [
          "channel"
        ]
      },
      "CreateModelRequest": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[A-Za-z0-9._:/-]{1,128}$"
          },
          "display_name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "kind": {
            "type": "string",
            "enum": [
              "chat",
              "embedding",
              "image",
              "video"
            ]
          },
          "owned_by": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          },
          "supported_protocols": {
            "type": "array",
            "items": {
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
            "minItems": 1
          },
          "capabilities": {
            "$ref": "#/components/schemas/Capabilities"
          },
          "context_window": {
            "type": "integer",
            "minimum": 1,
            "maximum": 9007199254740991
          },
          "max_output_tokens": {
            "type": "integer",
            "minimum": 1,
            "maximum": 9007199254740991
          },
          "dimensions": {
            "type": "integer",
            "minimum": 1,
            "maximum": 9007199254740991
          },
          "pricing": {
            "$ref": "#/components/schemas/Pricing"
          },
          "channels": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ChannelBinding"
            },
            "minItems": 1
          },
          "fallbacks": {
            "type": "array",
            "items": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._:/-]{1,128}$"
            }
          },
          "aliases": {
            "type": "array",
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200
            },
            "maxItems": 100
          }
        },
        "required": [
          "id",
          "supported_protocols",
          "channels"
        ]
      },
      "Capabilities": {
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
      "UpdateModelRequest": {
        "type": "object",
        "properties": {
          "display_name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "kind": {
            "type": "string",
            "enum": [
              "chat",
              "embedding",
              "image",
              "video"
            ]
          },
          "owned_by": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          },
          "supported_protocols": {
            "type": "array",
            "items": {
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
            "minItems": 1
          },
          "capabilities": {
            "allOf": [
              {
                "$ref": "#/components/schemas/Capabilities"
              },
              {
                "description": "Replaces the capabilities."
              }
            ]
          },
          "context_window": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "maximum": 9007199254740991
          },
          "max_output_tokens": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "maximum": 9007199254740991
          },
          "dimensions": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "maximum": 9007199254740991
          },
          "pricing": {
            "allOf": [
              {
                "$ref": "#/components/schemas/Pricing"
              },
              {
                "description": "Replaces the pricing."
              }
            ]
          },
          "channels": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ChannelBinding"
            },
            "minItems": 1
          },
          "fallbacks": {
            "type": [
              "array",
              "null"
            ],
            "items": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._:/-]{1,128}$"
            }
          },
          "aliases": {
            "type": [
              "array",
              "null"
            ],
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200
            },
            "maxItems": 100
          }
        }
      },
      "DeletedModel": {
        "type": "object",
        "properties": {
          "object": {
            "type": "string",
            "enum": [
              "model"
            ]
          },
          "id": {
            "type": "string"
          },
          "deleted": {
            "type": "boolean",
            "enum": [
              true
            ]
          }
        },
        "required": [
          "object",
          "id",
          "deleted"
        ]
      },
      "UsageSummary": {
        "type": "object",
        "properties": {
          "object": {
            "type": "string",
            "enum": [
              "usage_summary"
            ]
          },
          "rows": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "day": {
                  "type": "string",
                  "format": "date"
                },
                "model": {
                  "type": "string"
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
                }
              },
              "required": [
                "day",
                "model",
                "requests",
                "input_tokens",
                "output_tokens",
                "cost"
              ]
            }
          },
          "totals": {
            "type": "object",
            "properties": {
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
              }
            },
            "required": [
              "requests",
              "input_tokens",
              "output_tokens",
              "cost"
            ]
          }
        },
        "required": [
          "object",
          "rows",
          "totals"
        ]
      },
      "UsageRecordList": {
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
      "AdminTaskList": {
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
              "$ref": "#/components/schemas/AdminTask"
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
      "AdminTask": {
        "type": "object",
        "properties": {
          "object": {
            "type": "string",
            "enum": [
              "task"
            ]
          },
          "id": {
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
          "kind": {
            "$ref": "#/components/schemas/TaskKind"
          },
          "status": {
            "$ref": "#/components/schemas/TaskStatus"
          },
          "channel_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "attempts": {
            "type": "integer",
            "description": "Upstream polls and submissions so far."
          },
          "files": {
            "type": "integer",
            "description": "Result files kept (succeeded tasks)."
          },
          "cost": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 0,
            "maximum": 9007199254740991,
            "description": "Charged, once the task is terminal."
          },
          "error": {
            "type": [
              "object",
              "null"
            ],
            "properties": {
              "code": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            },
            "required": [
              "code",
              "message"
            ]
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
          "account_id",
          "key_id",
          "model",
          "kind",
          "status",
          "channel_id",
          "attempts",
          "files",
          "cost",
          "error",
          "created_at",
          "updated_at"
        ]
      },
      "TaskKind": {
        "type": "string",
        "enum": [
          "image",
          "video"
        ]
      },
      "TaskStatus": {
        "type": "string",
        "enum": [
          "queued",
          "running",
          "succeeded",
          "failed",
          "canceled",
          "expired"
        ],
        "description": "queued (not yet sent upstream) → running → succeeded | failed | canceled | expired. The last four are terminal."
      },
      "AuditList": {
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
              "$ref": "#/components/schemas/AuditEntry"
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
      "AuditEntry": {
        "type": "object",
        "properties": {
          "object": {
            "type": "string",
            "enum": [
              "audit_entry"
            ]
          },
          "id": {
            "type": "string"
          },
          "actor": {
            "type": "string",
            "description": "Who: the admin credential by fingerprint (`admin-token:3fa9c2d1`), never the credential."
          },
          "action": {
            "type": "string",
            "description": "What: `<entity>.<verb>`, e.g. `key.revoke`."
          },
          "target_type": {
            "type": "string",
            "enum": [
              "account",
              "key",
              "model",
              "channel"
            ]
          },
          "target_id": {
            "type": "string"
          },
          "request_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "detail": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": {},
            "description": "The change as requested; credentials appear as `[redacted]`."
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          }
        },
        "required": [
          "object",
          "id",
          "actor",
          "action",
          "target_type",
          "target_id",
          "request_id",
          "detail",
          "created_at"
        ]
      }
    },
    "parameters": {}
  },
  "paths": {
    "/admin/v1/accounts": {
      "get": {
        "operationId": "listAccounts",
        "summary": "List accounts, oldest first",
        "tags": [
          "accounts"
        ],
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
          }
        ],
        "responses": {
          "200": {
            "description": "A page of accounts",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AccountList"
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
      },
      "post": {
        "operationId": "createAccount",
        "summary": "Create an account",
        "tags": [
          "accounts"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "examples": {
                "create": {
                  "value": {
                    "id": "acct_conformance",
                    "name": "Conformance Inc.",
                    "credit_limit": 0
                  },
                  "x-nexusflow-expect-status": 201
                },
                "duplicate": {
                  "summary": "the same id again",
                  "value": {
                    "id": "acct_conformance",
                    "name": "Again"
                  },
                  "x-nexusflow-expect-status": 409
                },
                "missingName": {
                  "value": {
                    "id": "acct_nameless"
                  },
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "name"
                },
                "negativeLimit": {
                  "value": {
                    "name": "Debtor",
                    "credit_limit": -1
                  },
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "credit_limit"
                }
              },
              "schema": {
                "$ref": "#/components/schemas/CreateAccountRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The new account",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Account"
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
          "409": {
            "description": "Error (409)",
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
    "/admin/v1/accounts/{account_id}": {
      "get": {
        "operationId": "getAccount",
        "summary": "Get an account",
        "tags": [
          "accounts"
        ],
        "x-nexusflow-conformance-params": {
          "account_id": "acct_conformance"
        },
        "parameters": [
          {
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]{1,64}$"
            },
            "required": true,
            "name": "account_id",
            "in": "path"
          }
        ],
        "responses": {
          "200": {
            "description": "The account",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Account"
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
          "404": {
            "description": "Error (404)",
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
      },
      "patch": {
        "operationId": "updateAccount",
        "summary": "Rename an account or set its credit limit",
        "tags": [
          "accounts"
        ],
        "x-nexusflow-conformance-params": {
          "account_id": "acct_conformance"
        },
        "parameters": [
          {
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]{1,64}$"
            },
            "required": true,
            "name": "account_id",
            "in": "path"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "examples": {
                "creditLimit": {
                  "value": {
                    "credit_limit": 1000000
                  }
                },
                "badLimit": {
                  "value": {
                    "credit_limit": "lots"
                  },
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "credit_limit"
                }
              },
              "schema": {
                "$ref": "#/components/schemas/UpdateAccountRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated account",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Account"
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
          "404": {
            "description": "Error (404)",
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
    "/admin/v1/accounts/{account_id}/topups": {
      "post": {
        "operationId": "topUpAccount",
        "summary": "Add credits (one ledger entry)",
        "tags": [
          "accounts"
        ],
        "x-nexusflow-conformance-params": {
          "account_id": "acct_conformance"
        },
        "parameters": [
          {
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]{1,64}$"
            },
            "required": true,
            "name": "account_id",
            "in": "path"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "examples": {
                "topUp": {
                  "value": {
                    "amount": 5000000,
                    "reason": "conformance top-up",
                    "idempotency_key": "conformance-1"
                  }
                },
                "repeated": {
                  "summary": "the same idempotency key: nothing added",
                  "value": {
                    "amount": 5000000,
                    "reason": "again",
                    "idempotency_key": "conformance-1"
                  }
                },
                "zero": {
                  "value": {
                    "amount": 0,
                    "reason": "nothing"
                  },
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "amount"
                },
                "noReason": {
                  "value": {
                    "amount": 1
                  },
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "reason"
                }
              },
              "schema": {
                "$ref": "#/components/schemas/TopUpRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The account after the top-up",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Account"
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
          "404": {
            "description": "Error (404)",
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
    "/admin/v1/accounts/{account_id}/ledger": {
      "get": {
        "operationId": "listAccountLedger",
        "summary": "An account's ledger, oldest first",
        "tags": [
          "accounts"
        ],
        "x-nexusflow-conformance-params": {
          "account_id": "acct_conformance"
        },
        "parameters": [
          {
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]{1,64}$"
            },
            "required": true,
            "name": "account_id",
            "in": "path"
          },
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
          }
        ],
        "responses": {
          "200": {
            "description": "A page of ledger entries",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LedgerPage"
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
          "404": {
            "description": "Error (404)",
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
    "/admin/v1/keys": {
      "get": {
        "operationId": "listKeys",
        "summary": "List API keys (prefixes only), oldest first",
        "tags": [
          "keys"
        ],
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
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]{1,64}$"
            },
            "required": false,
            "name": "account_id",
            "in": "query"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of keys",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKeyList"
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
      },
      "post": {
        "operationId": "createKey",
        "summary": "Create an API key; the secret is in this response only",
        "tags": [
          "keys"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "examples": {
                "create": {
                  "value": {
                    "id": "key_conformance",
                    "account_id": "acct_conformance",
                    "name": "conformance",
                    "spend_limit": 10000000,
                    "spend_period": "month",
                    "rate_limits": {
                      "requests_per_minute": 600
                    }
                  },
                  "x-nexusflow-expect-status": 201
                },
                "duplicate": {
                  "value": {
                    "id": "key_conformance",
                    "account_id": "acct_conformance",
                    "name": "again"
                  },
                  "x-nexusflow-expect-status": 409
                },
                "unknownAccount": {
                  "value": {
                    "account_id": "acct_missing",
                    "name": "orphan"
                  },
                  "x-nexusflow-expect-status": 404
                },
                "badPeriod": {
                  "value": {
                    "account_id": "acct_conformance",
                    "name": "x",
                    "spend_period": "week"
                  },
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "spend_period"
                }
              },
              "schema": {
                "$ref": "#/components/schemas/CreateKeyRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The new key with its secret",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKeyWithSecret"
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
          "404": {
            "description": "Error (404)",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              }
            }
          },
          "409": {
            "description": "Error (409)",
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
    "/admin/v1/keys/{key_id}": {
      "get": {
        "operationId": "getKey",
        "summary": "Get a key",
        "tags": [
          "keys"
        ],
        "x-nexusflow-conformance-params": {
          "key_id": "key_conformance"
        },
        "parameters": [
          {
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]{1,64}$"
            },
            "required": true,
            "name": "key_id",
            "in": "path"
          }
        ],
        "responses": {
          "200": {
            "description": "The key",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKey"
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
          "404": {
            "description": "Error (404)",
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
      },
      "patch": {
        "operationId": "updateKey",
        "summary": "Change a key: name, expiry, models, spend and rate limits",
        "tags": [
          "keys"
        ],
        "x-nexusflow-conformance-params": {
          "key_id": "key_conformance"
        },
        "parameters": [
          {
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]{1,64}$"
            },
            "required": true,
            "name": "key_id",
            "in": "path"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "examples": {
                "limits": {
                  "value": {
                    "name": "conformance (limited)",
                    "allowed_models": [
                      "qwen-turbo"
                    ],
                    "rate_limits": {
                      "tokens_per_minute": 100000
                    }
                  }
                },
                "clear": {
                  "value": {
                    "allowed_models": null,
                    "expires_at": null
                  }
                },
                "badRpm": {
                  "value": {
                    "rate_limits": {
                      "requests_per_minute": 0
                    }
                  },
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "rate_limits.requests_per_minute"
                }
              },
              "schema": {
                "$ref": "#/components/schemas/UpdateKeyRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated key",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKey"
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
          "404": {
            "description": "Error (404)",
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
    "/admin/v1/keys/{key_id}/rotate": {
      "post": {
        "operationId": "rotateKey",
        "summary": "New secret for a key; the old one works for a grace period",
        "tags": [
          "keys"
        ],
        "x-nexusflow-conformance-params": {
          "key_id": "key_conformance"
        },
        "parameters": [
          {
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]{1,64}$"
            },
            "required": true,
            "name": "key_id",
            "in": "path"
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "examples": {
                "rotate": {
                  "value": {
                    "grace_period_seconds": 3600
                  },
                  "x-nexusflow-expect-status": 201
                },
                "tooLong": {
                  "value": {
                    "grace_period_seconds": 99999999
                  },
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "grace_period_seconds"
                }
              },
              "schema": {
                "$ref": "#/components/schemas/RotateKeyRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The replacement key with its secret",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKeyWithSecret"
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
          "404": {
            "description": "Error (404)",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              }
            }
          },
          "409": {
            "description": "Error (409)",
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
    "/admin/v1/keys/{key_id}/revoke": {
      "post": {
        "operationId": "revokeKey",
        "summary": "Revoke a key (every gateway process refuses it within seconds)",
        "tags": [
          "keys"
        ],
        "x-nexusflow-conformance-params": {
          "key_id": "key_conformance"
        },
        "parameters": [
          {
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]{1,64}$"
            },
            "required": true,
            "name": "key_id",
            "in": "path"
          }
        ],
        "responses": {
          "200": {
            "description": "The revoked key",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKey"
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
          "404": {
            "description": "Error (404)",
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
    "/admin/v1/channels": {
      "get": {
        "operationId": "listChannels",
        "summary": "List channels by id",
        "tags": [
          "channels"
        ],
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
          }
        ],
        "responses": {
          "200": {
            "description": "A page of channels",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChannelList"
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
      },
      "post": {
        "operationId": "createChannel",
        "summary": "Create a channel",
        "tags": [
          "channels"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "examples": {
                "simulator": {
                  "value": {
                    "id": "conformance-sim",
                    "provider": "simulator",
                    "options": {
                      "chunkSize": 4
                    }
                  },
                  "x-nexusflow-expect-status": 201
                },
                "upstream": {
                  "summary": "with a credential (write-only)",
                  "value": {
                    "id": "conformance-upstream",
                    "name": "Upstream",
                    "provider": "openai-compatible",
                    "base_url": "http://127.0.0.1:9/v1",
                    "credential": "sk-upstream-conformance",
                    "weight": 2,
                    "priority": 1
                  },
                  "x-nexusflow-expect-status": 201
                },
                "duplicate": {
                  "value": {
                    "id": "conformance-sim",
                    "provider": "simulator"
                  },
                  "x-nexusflow-expect-status": 409
                },
                "badProvider": {
                  "value": {
                    "id": "x",
                    "provider": "carrier-pigeon"
                  },
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "provider"
                }
              },
              "schema": {
                "$ref": "#/components/schemas/CreateChannelRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The new channel",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Channel"
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
          "409": {
            "description": "Error (409)",
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
    "/admin/v1/channels/{channel_id}": {
      "get": {
        "operationId": "getChannel",
        "summary": "Get a channel",
        "tags": [
          "channels"
        ],
        "x-nexusflow-conformance-params": {
          "channel_id": "conformance-sim"
        },
        "parameters": [
          {
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]{1,64}$"
            },
            "required": true,
            "name": "channel_id",
            "in": "path"
          }
        ],
        "responses": {
          "200": {
            "description": "The channel",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Channel"
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
          "404": {
            "description": "Error (404)",
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
      },
      "patch": {
        "operationId": "updateChannel",
        "summary": "Change a channel",
        "tags": [
          "channels"
        ],
        "x-nexusflow-conformance-params": {
          "channel_id": "conformance-sim"
        },
        "parameters": [
          {
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]{1,64}$"
            },
            "required": true,
            "name": "channel_id",
            "in": "path"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "examples": {
                "weight": {
                  "value": {
                    "weight": 3,
                    "status": "enabled"
                  }
                },
                "badWeight": {
                  "value": {
                    "weight": -1
                  },
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "weight"
                }
              },
              "schema": {
                "$ref": "#/components/schemas/UpdateChannelRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated channel",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Channel"
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
          "404": {
            "description": "Error (404)",
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
    "/admin/v1/channels/{channel_id}/disable": {
      "post": {
        "operationId": "disableChannel",
        "summary": "Stop routing to a channel",
        "tags": [
          "channels"
        ],
        "x-nexusflow-conformance-params": {
          "channel_id": "conformance-sim"
        },
        "parameters": [
          {
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]{1,64}$"
            },
            "required": true,
            "name": "channel_id",
            "in": "path"
          }
        ],
        "responses": {
          "200": {
            "description": "The disabled channel",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Channel"
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
          "404": {
            "description": "Error (404)",
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
    "/admin/v1/channels/{channel_id}/test": {
      "post": {
        "operationId": "testChannel",
        "summary": "Send one short chat request through this channel (not billed, not counted by its circuit); a failed test is a 200 with ok: false",
        "tags": [
          "channels"
        ],
        "x-nexusflow-conformance-params": {
          "channel_id": "conformance-sim"
        },
        "parameters": [
          {
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]{1,64}$"
            },
            "required": true,
            "name": "channel_id",
            "in": "path"
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "examples": {
                "first": {
                  "value": {}
                }
              },
              "schema": {
                "$ref": "#/components/schemas/ChannelTestRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "What the upstream answered",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChannelTestResult"
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
          "404": {
            "description": "Error (404)",
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
    "/admin/v1/models": {
      "get": {
        "operationId": "listModels",
        "summary": "List models by id, with channels and fallbacks",
        "tags": [
          "models"
        ],
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
          }
        ],
        "responses": {
          "200": {
            "description": "A page of models",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AdminModelList"
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
      },
      "post": {
        "operationId": "createModel",
        "summary": "Create a model",
        "tags": [
          "models"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "examples": {
                "chat": {
                  "value": {
                    "id": "conformance/model-1",
                    "display_name": "Conformance Model",
                    "supported_protocols": [
                      "openai:chat-completions",
                      "anthropic:messages"
                    ],
                    "capabilities": {
                      "tools": true,
                      "json_output": true
                    },
                    "context_window": 131072,
                    "max_output_tokens": 8192,
                    "pricing": {
                      "input_per_million": 100000,
                      "output_per_million": 400000
                    },
                    "channels": [
                      {
                        "channel": "conformance-sim",
                        "upstream_model": "sim-1"
                      }
                    ]
                  },
                  "x-nexusflow-expect-status": 201
                },
                "duplicate": {
                  "value": {
                    "id": "conformance/model-1",
                    "supported_protocols": [
                      "openai:chat-completions"
                    ],
                    "channels": [
                      {
                        "channel": "simulator"
                      }
                    ]
                  },
                  "x-nexusflow-expect-status": 409
                },
                "unknownChannel": {
                  "summary": "a binding to a channel that does not exist",
                  "value": {
                    "id": "conformance/orphan",
                    "supported_protocols": [
                      "openai:chat-completions"
                    ],
                    "channels": [
                      {
                        "channel": "nowhere"
                      }
                    ]
                  },
                  "x-nexusflow-expect-status": 400
                },
                "noProtocols": {
                  "value": {
                    "id": "m",
                    "supported_protocols": [],
                    "channels": [
                      {
                        "channel": "simulator"
                      }
                    ]
                  },
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "supported_protocols"
                }
              },
              "schema": {
                "$ref": "#/components/schemas/CreateModelRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The new model",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AdminModel"
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
          "409": {
            "description": "Error (409)",
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
    "/admin/v1/models/{model_id}": {
      "get": {
        "operationId": "getModel",
        "summary": "Get a model",
        "tags": [
          "models"
        ],
        "x-nexusflow-conformance-params": {
          "model_id": "conformance/model-1"
        },
        "parameters": [
          {
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._:/-]{1,128}$"
            },
            "required": true,
            "name": "model_id",
            "in": "path"
          }
        ],
        "responses": {
          "200": {
            "description": "The model",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AdminModel"
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
          "404": {
            "description": "Error (404)",
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
      },
      "patch": {
        "operationId": "updateModel",
        "summary": "Change a model (every process within seconds)",
        "tags": [
          "models"
        ],
        "x-nexusflow-conformance-params": {
          "model_id": "conformance/model-1"
        },
        "parameters": [
          {
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._:/-]{1,128}$"
            },
            "required": true,
            "name": "model_id",
            "in": "path"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "examples": {
                "pricing": {
                  "value": {
                    "pricing": {
                      "input_per_million": 120000,
                      "output_per_million": 480000
                    },
                    "fallbacks": [
                      "qwen-turbo"
                    ]
                  }
                },
                "badWindow": {
                  "value": {
                    "context_window": 0
                  },
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "context_window"
                }
              },
              "schema": {
                "$ref": "#/components/schemas/UpdateModelRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated model",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AdminModel"
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
          "404": {
            "description": "Error (404)",
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
      },
      "delete": {
        "operationId": "deleteModel",
        "summary": "Delete a model",
        "tags": [
          "models"
        ],
        "x-nexusflow-conformance-params": {
          "model_id": "conformance/model-1"
        },
        "parameters": [
          {
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._:/-]{1,128}$"
            },
            "required": true,
            "name": "model_id",
            "in": "path"
          }
        ],
        "responses": {
          "200": {
            "description": "Deleted",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeletedModel"
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
          "404": {
            "description": "Error (404)",
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
    "/admin/v1/usage": {
      "get": {
        "operationId": "getUsageSummary",
        "summary": "Usage by day and model, with totals",
        "tags": [
          "usage"
        ],
        "parameters": [
          {
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]{1,64}$"
            },
            "required": false,
            "name": "account_id",
            "in": "query"
          },
          {
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]{1,64}$"
            },
            "required": false,
            "name": "key_id",
            "in": "query"
          },
          {
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._:/-]{1,128}$"
            },
            "required": false,
            "name": "model",
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
              ],
              "description": "Inclusive start: a UTC day or a time."
            },
            "required": false,
            "description": "Inclusive start: a UTC day or a time.",
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
              ],
              "description": "Exclusive end: a UTC day or a time."
            },
            "required": false,
            "description": "Exclusive end: a UTC day or a time.",
            "name": "until",
            "in": "query"
          }
        ],
        "responses": {
          "200": {
            "description": "The summary",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UsageSummary"
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
    "/admin/v1/usage/records": {
      "get": {
        "operationId": "listUsageRecords",
        "summary": "One record per request, oldest first",
        "tags": [
          "usage"
        ],
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
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]{1,64}$"
            },
            "required": false,
            "name": "account_id",
            "in": "query"
          },
          {
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]{1,64}$"
            },
            "required": false,
            "name": "key_id",
            "in": "query"
          },
          {
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._:/-]{1,128}$"
            },
            "required": false,
            "name": "model",
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
              ],
              "description": "Inclusive start: a UTC day or a time."
            },
            "required": false,
            "description": "Inclusive start: a UTC day or a time.",
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
              ],
              "description": "Exclusive end: a UTC day or a time."
            },
            "required": false,
            "description": "Exclusive end: a UTC day or a time.",
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
                  "$ref": "#/components/schemas/UsageRecordList"
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
    "/admin/v1/usage/series": {
      "get": {
        "operationId": "getUsageSeries",
        "summary": "Usage over time: requests, errors, tokens, spend and latency p50/p99 per bucket, by model, channel, key or account",
        "tags": [
          "usage"
        ],
        "parameters": [
          {
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]{1,64}$"
            },
            "required": false,
            "name": "account_id",
            "in": "query"
          },
          {
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]{1,64}$"
            },
            "required": false,
            "name": "key_id",
            "in": "query"
          },
          {
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9._:/-]{1,128}$"
            },
            "required": false,
            "name": "model",
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
              ],
              "description": "Inclusive start: a UTC day or a time."
            },
            "required": false,
            "description": "Inclusive start: a UTC day or a time.",
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
              ],
              "description": "Exclusive end: a UTC day or a time."
            },
            "required": false,
            "description": "Exclusive end: a UTC day or a time.",
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
              ],
              "description": "Bucket width (default 1h)."
            },
            "required": false,
            "description": "Bucket width (default 1h).",
            "name": "bucket",
            "in": "query"
          },
          {
            "schema": {
              "type": "string",
              "enum": [
                "none",
                "model",
                "channel",
                "key",
                "account"
              ],
              "description": "One row per bucket and group (default none: one row per bucket)."
            },
            "required": false,
            "description": "One row per bucket and group (default none: one row per bucket).",
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
    "/admin/v1/tasks": {
      "get": {
        "operationId": "listTasks",
        "summary": "Image and video tasks, oldest first",
        "tags": [
          "tasks"
        ],
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
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]{1,64}$",
              "description": "Only this account's tasks (default: every account)."
            },
            "required": false,
            "description": "Only this account's tasks (default: every account).",
            "name": "account_id",
            "in": "query"
          },
          {
            "schema": {
              "$ref": "#/components/schemas/TaskStatus"
            },
            "required": false,
            "description": "queued (not yet sent upstream) → running → succeeded | failed | canceled | expired. The last four are terminal.",
            "name": "status",
            "in": "query"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of tasks",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AdminTaskList"
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
    "/admin/v1/audit": {
      "get": {
        "operationId": "listAuditEntries",
        "summary": "The audit log, newest first",
        "tags": [
          "audit"
        ],
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
              "type": "string",
              "enum": [
                "account",
                "key",
                "model",
                "channel"
              ]
            },
            "required": false,
            "name": "target_type",
            "in": "query"
          },
          {
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200
            },
            "required": false,
            "name": "target_id",
            "in": "query"
          },
          {
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 100
            },
            "required": false,
            "name": "action",
            "in": "query"
          },
          {
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200
            },
            "required": false,
            "name": "actor",
            "in": "query"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of audit entries",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AuditList"
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

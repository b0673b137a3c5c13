// Generated from spec/native/tasks.spec.ts by spec/codegen — do not edit.

/** The OpenAPI document of spec/native/tasks.spec.ts, as parsed (references unresolved). */
export const openApiDocument: { readonly [key: string]: unknown } = {
  "openapi": "3.1.0",
  "info": {
    "title": "NexusFlow tasks API",
    "version": "1.0.0",
    "description": "Asynchronous image and video generation: create, poll, list, cancel; results hosted by the gateway; signed callbacks.",
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
        "description": "A NexusFlow API key: `Authorization: Bearer <key>`. Tasks belong to the key's account."
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
      "Task": {
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
          "model": {
            "type": "string"
          },
          "kind": {
            "$ref": "#/components/schemas/TaskKind"
          },
          "status": {
            "$ref": "#/components/schemas/TaskStatus"
          },
          "input": {
            "type": "object",
            "additionalProperties": {}
          },
          "parameters": {
            "type": "object",
            "additionalProperties": {}
          },
          "callback_url": {
            "type": [
              "string",
              "null"
            ]
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "updated_at": {
            "type": "string",
            "format": "date-time"
          },
          "files": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TaskFile"
            },
            "description": "The results (succeeded tasks), kept by the gateway past the vendor's 24 h retention."
          },
          "error": {
            "type": [
              "object",
              "null"
            ],
            "properties": {
              "code": {
                "type": "string",
                "description": "invalid_request, content_filtered, insufficient_quota, generation_failed, upstream_error, upstream_rate_limited, model_not_found, no_channel_available, task_expired."
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
          "usage": {
            "type": [
              "object",
              "null"
            ],
            "properties": {
              "images": {
                "type": [
                  "integer",
                  "null"
                ],
                "minimum": 0
              },
              "seconds": {
                "type": [
                  "number",
                  "null"
                ],
                "minimum": 0
              },
              "cost": {
                "type": "integer",
                "minimum": 0,
                "maximum": 9007199254740991,
                "description": "Micro-credits charged; 0 unless the task succeeded."
              }
            },
            "required": [
              "images",
              "seconds",
              "cost"
            ],
            "description": "What was produced and charged; set once the task is terminal."
          }
        },
        "required": [
          "object",
          "id",
          "model",
          "kind",
          "status",
          "input",
          "parameters",
          "callback_url",
          "created_at",
          "updated_at",
          "files",
          "error",
          "usage"
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
      "TaskFile": {
        "type": "object",
        "properties": {
          "kind": {
            "$ref": "#/components/schemas/TaskKind"
          },
          "url": {
            "type": "string",
            "description": "A signed gateway URL, valid until `expires_at`; fetch the task again for a fresh one."
          },
          "expires_at": {
            "type": "string",
            "format": "date-time"
          },
          "content_type": {
            "type": "string"
          },
          "bytes": {
            "type": "integer",
            "minimum": 0
          },
          "width": {
            "type": "integer",
            "minimum": 1
          },
          "height": {
            "type": "integer",
            "minimum": 1
          },
          "duration_seconds": {
            "type": "number",
            "minimum": 0
          },
          "revised_prompt": {
            "type": "string"
          },
          "placeholder": {
            "type": "string",
            "description": "Present when the file only stands in for the real output (the simulator's video), saying what it is."
          }
        },
        "required": [
          "kind",
          "url",
          "expires_at",
          "content_type",
          "bytes"
        ]
      },
      "CreateTaskRequest": {
        "type": "object",
        "properties": {
          "model": {
            "type": "string",
            "minLength": 1,
            "maxLength": 128
          },
          "kind": {
            "$ref": "#/components/schemas/TaskKind"
          },
          "input": {
            "$ref": "#/components/schemas/TaskInput"
          },
          "parameters": {
            "$ref": "#/components/schemas/TaskParameters"
          },
          "callback_url": {
            "type": "string",
            "maxLength": 2048,
            "format": "uri",
            "description": "Receives one signed POST of the task when it reaches a terminal status (see getCallbackSecret). Private and loopback addresses are refused."
          }
        },
        "required": [
          "model",
          "kind",
          "input"
        ]
      },
      "TaskInput": {
        "type": "object",
        "properties": {
          "prompt": {
            "type": "string",
            "minLength": 1,
            "maxLength": 10000
          },
          "negative_prompt": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000
          },
          "image_url": {
            "type": "string",
            "minLength": 1,
            "description": "Image-to-video: the first frame, an https URL or a `data:image/…;base64,` URI."
          }
        },
        "required": [
          "prompt"
        ]
      },
      "TaskParameters": {
        "type": "object",
        "properties": {
          "n": {
            "type": "integer",
            "minimum": 1,
            "maximum": 10,
            "description": "Images to generate (image tasks; DashScope takes at most 4). Default 1."
          },
          "size": {
            "type": "string",
            "pattern": "^[1-9][0-9]{1,4}[x*][1-9][0-9]{1,4}$",
            "description": "`1024x1024`, `1280x720`, … Absent: the model's default."
          },
          "duration": {
            "type": "integer",
            "minimum": 1,
            "maximum": 60,
            "description": "Video length in seconds (video tasks). Default 5."
          },
          "seed": {
            "type": "integer",
            "minimum": 0,
            "maximum": 2147483647
          },
          "quality": {
            "type": "string",
            "minLength": 1
          },
          "style": {
            "type": "string",
            "minLength": 1
          }
        },
        "additionalProperties": {},
        "description": "Generation parameters. Fields not listed here (e.g. DashScope `prompt_extend`, `watermark`, `resolution`) are passed to the upstream as given."
      },
      "TaskList": {
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
              "$ref": "#/components/schemas/Task"
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
      "CallbackSecret": {
        "type": "object",
        "properties": {
          "object": {
            "type": "string",
            "enum": [
              "callback_secret"
            ]
          },
          "secret": {
            "type": "string"
          },
          "algorithm": {
            "type": "string",
            "enum": [
              "HMAC-SHA256"
            ]
          },
          "signature_header": {
            "type": "string",
            "enum": [
              "x-nexusflow-signature"
            ]
          },
          "timestamp_header": {
            "type": "string",
            "enum": [
              "x-nexusflow-timestamp"
            ]
          },
          "signed_payload": {
            "type": "string",
            "enum": [
              "{timestamp}.{body}"
            ]
          }
        },
        "required": [
          "object",
          "secret",
          "algorithm",
          "signature_header",
          "timestamp_header",
          "signed_payload"
        ],
        "description": "Verify a callback: hex HMAC-SHA256 with this secret over `<x-nexusflow-timestamp>.<raw body>`, compared with `x-nexusflow-signature` (`v1=<hex>`)."
      }
    },
    "parameters": {}
  },
  "paths": {
    "/v1/tasks": {
      "post": {
        "operationId": "createTask",
        "tags": [
          "tasks"
        ],
        "summary": "Create an image or video task",
        "description": "Holds the worst-case cost, answers at once with the queued task, and lets the gateway run it upstream. A repeated `Idempotency-Key` answers the task it created (409 if the request differs).",
        "parameters": [
          {
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 255,
              "description": "Same key, same account → the same task."
            },
            "required": false,
            "description": "Same key, same account → the same task.",
            "name": "Idempotency-Key",
            "in": "header"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "examples": {
                "image": {
                  "summary": "One image",
                  "value": {
                    "model": "wan2.6-t2i",
                    "kind": "image",
                    "input": {
                      "prompt": "A futuristic city at sunset, cyberpunk style"
                    },
                    "parameters": {
                      "size": "1024x1024",
                      "n": 1
                    }
                  }
                },
                "video": {
                  "summary": "A five-second video",
                  "value": {
                    "model": "wan2.6-t2v",
                    "kind": "video",
                    "input": {
                      "prompt": "Waves on a beach at dawn"
                    },
                    "parameters": {
                      "size": "1280x720",
                      "duration": 5
                    }
                  }
                },
                "bad-kind": {
                  "summary": "Unknown kind",
                  "value": {
                    "model": "wan2.6-t2i",
                    "kind": "audio",
                    "input": {
                      "prompt": "x"
                    }
                  },
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "kind"
                },
                "no-prompt": {
                  "summary": "Missing prompt",
                  "value": {
                    "model": "wan2.6-t2i",
                    "kind": "image",
                    "input": {}
                  },
                  "x-nexusflow-expect-status": 400,
                  "x-nexusflow-expect-issue-path": "input.prompt"
                }
              },
              "schema": {
                "$ref": "#/components/schemas/CreateTaskRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The task (new, or the one this Idempotency-Key created)",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Task"
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
          },
          "503": {
            "description": "Error (503)",
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
      "get": {
        "operationId": "listTasks",
        "tags": [
          "tasks"
        ],
        "summary": "List the account's tasks, oldest first",
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
                  "$ref": "#/components/schemas/TaskList"
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
    "/v1/tasks/callback-secret": {
      "get": {
        "operationId": "getCallbackSecret",
        "tags": [
          "tasks"
        ],
        "summary": "The secret that signs this account's task callbacks",
        "responses": {
          "200": {
            "description": "The account's callback secret",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CallbackSecret"
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
    "/v1/tasks/{task_id}": {
      "get": {
        "operationId": "getTask",
        "tags": [
          "tasks"
        ],
        "summary": "Get a task",
        "x-nexusflow-conformance-params": {
          "task_id": "task_conformance_unknown"
        },
        "x-nexusflow-conformance-expect-status": 404,
        "parameters": [
          {
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 128
            },
            "required": true,
            "name": "task_id",
            "in": "path"
          }
        ],
        "responses": {
          "200": {
            "description": "The task",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Task"
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
    "/v1/tasks/{task_id}/cancel": {
      "post": {
        "operationId": "cancelTask",
        "tags": [
          "tasks"
        ],
        "summary": "Cancel a task",
        "description": "A queued task is canceled at once. A running one only while the upstream has not started it (DashScope cancels PENDING jobs only); otherwise 409, and the task runs to its end and is charged if it succeeds. Canceling a canceled task answers it again.",
        "x-nexusflow-conformance-params": {
          "task_id": "task_conformance_unknown"
        },
        "x-nexusflow-conformance-expect-status": 404,
        "parameters": [
          {
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 128
            },
            "required": true,
            "name": "task_id",
            "in": "path"
          }
        ],
        "responses": {
          "200": {
            "description": "The canceled task",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Task"
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
    }
  },
  "webhooks": {}
};

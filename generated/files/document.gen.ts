// Generated from spec/native/files.spec.ts by spec/codegen — do not edit.

/** The OpenAPI document of spec/native/files.spec.ts, as parsed (references unresolved). */
export const openApiDocument: { readonly [key: string]: unknown } = {
  "openapi": "3.1.0",
  "info": {
    "title": "NexusFlow files",
    "version": "1.0.0",
    "description": "Generated images and videos kept by the gateway, behind signed, expiring URLs.",
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
        "scheme": "bearer"
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
      }
    },
    "parameters": {}
  },
  "paths": {
    "/v1/files/{file_id}/content": {
      "get": {
        "operationId": "getFileContent",
        "tags": [
          "files"
        ],
        "summary": "Download a file by its signed URL",
        "description": "URLs come from image responses and tasks. 403 when the signature is wrong or has expired (ask for the task again for a fresh URL), 404 when the file is gone.",
        "security": [],
        "x-nexusflow-conformance-params": {
          "file_id": "file_conformance_unknown"
        },
        "x-nexusflow-conformance-query": {
          "expires": "4102444800",
          "sig": "not-a-signature"
        },
        "x-nexusflow-conformance-expect-status": 403,
        "parameters": [
          {
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200
            },
            "required": true,
            "name": "file_id",
            "in": "path"
          },
          {
            "schema": {
              "type": "integer",
              "minimum": 0,
              "description": "Unix time (seconds) after which the URL stops working."
            },
            "required": true,
            "description": "Unix time (seconds) after which the URL stops working.",
            "name": "expires",
            "in": "query"
          },
          {
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200
            },
            "required": true,
            "name": "sig",
            "in": "query"
          }
        ],
        "responses": {
          "200": {
            "description": "The file",
            "content": {
              "image/png": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                }
              },
              "image/apng": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                }
              },
              "image/jpeg": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                }
              },
              "image/webp": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                }
              },
              "video/mp4": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                }
              },
              "application/octet-stream": {
                "schema": {
                  "type": "string",
                  "format": "binary"
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
          "403": {
            "description": "Error (403)",
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
          }
        }
      }
    }
  },
  "webhooks": {}
};

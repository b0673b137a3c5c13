// Generated from spec/openapi/gemini.yaml by spec/codegen — do not edit.
// TypeScript types of the spec (openapi-typescript), plus an alias per component schema.

export interface paths {
    "/v1beta/models/{model}:generateContent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a response
         * @description A complete GenerateContentResponse. Function calls come back as `functionCall` parts with an `args` object (and an `id`); a turn that ends in function calls finishes with `STOP`. `usageMetadata.promptTokenCount` includes cached tokens (`cachedContentTokenCount`), `candidatesTokenCount` excludes thinking (`thoughtsTokenCount`).
         */
        post: operations["generateContent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta/models/{model}:streamGenerateContent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a response as a stream
         * @description Server-sent events, always (the SDK asks with `?alt=sse`). Each event is one `data:` line holding a complete GenerateContentResponse with only the new piece, followed by a blank line — the last one too; there is no `event:` line and no `[DONE]` (protocols.md §4.4). A function call arrives whole, as one `functionCall` part. The final event carries `finishReason` and `usageMetadata`. An error after the stream started is an event whose JSON is Google's error body.
         */
        post: operations["streamGenerateContent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta/models/{model}:countTokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count the tokens of a prompt
         * @description `{totalTokens}` for `contents`, or for a whole `generateContentRequest` (system instruction and tools included). The count is the one billing holds against, so it is an estimate with the gateway's tokenizer, not the upstream model's. Free.
         */
        post: operations["countTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta/models/{model}:embedContent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Embed one text
         * @description One content, one embedding: what the Vercel AI SDK's `embed()` and LangChain's Google embeddings call. Served by models whose `supported_protocols` include `gemini:embed-content`.
         */
        post: operations["embedContent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta/models/{model}:batchEmbedContents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Embed texts
         * @description What the SDK's `embedContent` calls, even for one text (protocols.md §4.1). One embedding per request, in order. Served by models whose `supported_protocols` include `gemini:embed-content`.
         */
        post: operations["batchEmbedContents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the models this key may use
         * @description NexusFlow models in Gemini's shape (`name: models/<id>`), with `supportedGenerationMethods` derived from each model's `supported_protocols`, which are listed too as `supportedProtocols`. Paged with `pageSize` / `pageToken`.
         */
        get: operations["listModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta/models/{model}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve one model */
        get: operations["getModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Google's error envelope (protocols.md §4.5). */
        ErrorResponse: {
            error: {
                /** @description The HTTP status. */
                code: number;
                message: string;
                /** @description The canonical status name (INVALID_ARGUMENT, NOT_FOUND, RESOURCE_EXHAUSTED…). */
                status: string;
                details?: Record<string, unknown>[];
            };
        };
        /** @description One turn. `parts` is required; `role` is `user` or `model` (`function` and `tool` from older clients mean a user turn). */
        Content: {
            /** @enum {string} */
            role?: "user" | "model" | "function" | "tool";
            parts: components["schemas"]["Part"][];
        };
        /** @description One piece of content: `text`, `inlineData`, `fileData`, `functionCall`, `functionResponse`, or a type this gateway keeps as it is (`executableCode`…). `thought` and `thoughtSignature` may sit on any part. */
        Part: {
            text?: string;
            inlineData?: components["schemas"]["Blob"];
            fileData?: {
                mimeType?: string;
                fileUri: string;
            };
            functionCall?: components["schemas"]["FunctionCall"];
            functionResponse?: components["schemas"]["FunctionResponse"];
            thought?: boolean;
            thoughtSignature?: string;
        };
        Blob: {
            mimeType: string;
            /** @description Base64. */
            data: string;
        };
        FunctionCall: {
            id?: string;
            name: string;
            args?: Record<string, unknown>;
        };
        FunctionResponse: {
            id?: string;
            name: string;
            response?: Record<string, unknown>;
        };
        GenerateContentRequest: {
            /** @description Ignored here (the path names the model); present in countTokens' `generateContentRequest`. */
            model?: string;
            contents: components["schemas"]["Content"][];
            systemInstruction?: components["schemas"]["SystemInstruction"];
            tools?: components["schemas"]["Tool"][];
            toolConfig?: components["schemas"]["ToolConfig"];
            generationConfig?: components["schemas"]["GenerationConfig"];
            safetySettings?: {
                category?: string;
                threshold?: string;
            }[];
            cachedContent?: string;
        };
        /** @description A Content whose role is ignored (the SDK sends `user`). */
        SystemInstruction: {
            role?: string;
            parts: components["schemas"]["Part"][];
        };
        /** @description `functionDeclarations`, or a Gemini tool kept as it is for Gemini upstreams (`googleSearch`, `codeExecution`…). */
        Tool: {
            functionDeclarations?: components["schemas"]["FunctionDeclaration"][];
        };
        FunctionDeclaration: {
            name: string;
            description?: string;
            parameters?: components["schemas"]["Schema"];
            /** @description A JSON Schema, used instead of `parameters`. */
            parametersJsonSchema?: unknown;
            response?: components["schemas"]["Schema"];
            /** @description A JSON Schema of the function's response. */
            responseJsonSchema?: unknown;
        };
        /** @description Gemini's OpenAPI-subset schema. Types are upper-case (`OBJECT`, `STRING`…); lower-case is accepted too. */
        Schema: {
            /** @enum {string} */
            type?: "TYPE_UNSPECIFIED" | "STRING" | "NUMBER" | "INTEGER" | "BOOLEAN" | "ARRAY" | "OBJECT" | "NULL" | "string" | "number" | "integer" | "boolean" | "array" | "object" | "null";
            format?: string;
            description?: string;
            nullable?: boolean;
            enum?: string[];
            properties?: {
                [key: string]: components["schemas"]["Schema"];
            };
            required?: string[];
            items?: components["schemas"]["Schema"];
            anyOf?: components["schemas"]["Schema"][];
        };
        ToolConfig: {
            functionCallingConfig?: {
                /** @enum {string} */
                mode?: "MODE_UNSPECIFIED" | "AUTO" | "ANY" | "NONE" | "VALIDATED";
                allowedFunctionNames?: string[];
            };
        };
        GenerationConfig: {
            temperature?: number;
            topP?: number;
            topK?: number;
            maxOutputTokens?: number;
            stopSequences?: string[];
            candidateCount?: number;
            seed?: number;
            presencePenalty?: number;
            frequencyPenalty?: number;
            responseMimeType?: string;
            responseSchema?: components["schemas"]["Schema"];
            /** @description A JSON Schema the response must match (with `responseMimeType` `application/json`). */
            responseJsonSchema?: unknown;
            thinkingConfig?: {
                thinkingBudget?: number;
                includeThoughts?: boolean;
                thinkingLevel?: string;
            };
        };
        GenerateContentResponse: {
            candidates?: components["schemas"]["Candidate"][];
            usageMetadata?: components["schemas"]["UsageMetadata"];
            /** @description The NexusFlow model id. */
            modelVersion?: string;
            responseId?: string;
            promptFeedback?: {
                blockReason?: string;
            };
        };
        Candidate: {
            content?: components["schemas"]["Content"];
            /** @enum {string} */
            finishReason?: "FINISH_REASON_UNSPECIFIED" | "STOP" | "MAX_TOKENS" | "SAFETY" | "RECITATION" | "LANGUAGE" | "OTHER" | "BLOCKLIST" | "PROHIBITED_CONTENT" | "SPII" | "MALFORMED_FUNCTION_CALL" | "IMAGE_SAFETY" | "UNEXPECTED_TOOL_CALL" | "TOO_MANY_TOOL_CALLS" | "IMAGE_PROHIBITED_CONTENT" | "NO_IMAGE" | "IMAGE_RECITATION" | "IMAGE_OTHER" | "CONTINUATION";
            index?: number;
        };
        UsageMetadata: {
            /** @description All input tokens, cached ones included. */
            promptTokenCount?: number;
            /** @description Output tokens, thinking excluded. */
            candidatesTokenCount?: number;
            /** @description The part of the prompt read from a cache. */
            cachedContentTokenCount?: number;
            thoughtsTokenCount?: number;
            totalTokenCount?: number;
        };
        CountTokensRequest: {
            contents?: components["schemas"]["Content"][];
            generateContentRequest?: components["schemas"]["GenerateContentRequest"];
        };
        CountTokensResponse: {
            totalTokens: number;
        };
        BatchEmbedContentsRequest: {
            requests: components["schemas"]["EmbedContentRequest"][];
        };
        EmbedContentRequest: {
            /** @description `models/<id>`; must name the model of the path. */
            model?: string;
            content: components["schemas"]["Content"];
            taskType?: string;
            title?: string;
            outputDimensionality?: number;
        };
        EmbedContentResponse: {
            embedding: {
                values: number[];
            };
        };
        BatchEmbedContentsResponse: {
            embeddings: {
                values: number[];
            }[];
        };
        Model: {
            /** @description `models/<NexusFlow model id>`. */
            name: string;
            baseModelId?: string;
            version?: string;
            displayName: string;
            description?: string;
            inputTokenLimit?: number;
            outputTokenLimit?: number;
            supportedGenerationMethods: string[];
            /** @description NexusFlow's `supported_protocols` of the model. */
            supportedProtocols: string[];
            thinking?: boolean;
        };
        ListModelsResponse: {
            models: components["schemas"]["Model"][];
            nextPageToken?: string;
        };
    };
    responses: {
        /** @description INVALID_ARGUMENT: a malformed request, an unknown field value, or a missing or bad API key (then `details[0].reason` is `API_KEY_INVALID`). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description PERMISSION_DENIED. */
        PermissionDenied: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description NOT_FOUND — an unknown model, or one this key may not use. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description RESOURCE_EXHAUSTED — rate limited, or the balance cannot cover the request. */
        ResourceExhausted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description INTERNAL — an unexpected gateway error. */
        Internal: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description UNIMPLEMENTED — the operation is not served by this gateway yet. */
        Unimplemented: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description UNAVAILABLE — the upstream failed, or no channel can serve the model. */
        Unavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description DEADLINE_EXCEEDED — the upstream timed out. */
        DeadlineExceeded: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description A NexusFlow model id. The SDK turns `qwen-turbo` into the resource name `models/qwen-turbo`, whose `models/` is this path's; a `models/` prefix inside the segment is accepted too.
         * @example qwen-turbo
         */
        Model: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    generateContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A NexusFlow model id. The SDK turns `qwen-turbo` into the resource name `models/qwen-turbo`, whose `models/` is this path's; a `models/` prefix inside the segment is accepted too.
                 * @example qwen-turbo
                 */
                model: components["parameters"]["Model"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateContentRequest"];
            };
        };
        responses: {
            /** @description The response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateContentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["BadRequest"];
            429: components["responses"]["ResourceExhausted"];
            500: components["responses"]["Internal"];
            501: components["responses"]["Unimplemented"];
            502: components["responses"]["Unavailable"];
            503: components["responses"]["Unavailable"];
            504: components["responses"]["DeadlineExceeded"];
        };
    };
    streamGenerateContent: {
        parameters: {
            query?: {
                /** @description `sse` (what the SDK sends). Answers are server-sent events either way. */
                alt?: "sse" | "json";
            };
            header?: never;
            path: {
                /**
                 * @description A NexusFlow model id. The SDK turns `qwen-turbo` into the resource name `models/qwen-turbo`, whose `models/` is this path's; a `models/` prefix inside the segment is accepted too.
                 * @example qwen-turbo
                 */
                model: components["parameters"]["Model"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateContentRequest"];
            };
        };
        responses: {
            /** @description A stream of GenerateContentResponse chunks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @description `data: <GenerateContentResponse JSON>` frames, each followed by a blank line. */
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["BadRequest"];
            429: components["responses"]["ResourceExhausted"];
            500: components["responses"]["Internal"];
            501: components["responses"]["Unimplemented"];
            502: components["responses"]["Unavailable"];
            503: components["responses"]["Unavailable"];
            504: components["responses"]["DeadlineExceeded"];
        };
    };
    countTokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A NexusFlow model id. The SDK turns `qwen-turbo` into the resource name `models/qwen-turbo`, whose `models/` is this path's; a `models/` prefix inside the segment is accepted too.
                 * @example qwen-turbo
                 */
                model: components["parameters"]["Model"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CountTokensRequest"];
            };
        };
        responses: {
            /** @description The token count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountTokensResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["ResourceExhausted"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    embedContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A NexusFlow model id. The SDK turns `qwen-turbo` into the resource name `models/qwen-turbo`, whose `models/` is this path's; a `models/` prefix inside the segment is accepted too.
                 * @example qwen-turbo
                 */
                model: components["parameters"]["Model"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmbedContentRequest"];
            };
        };
        responses: {
            /** @description The embedding. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmbedContentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["ResourceExhausted"];
            500: components["responses"]["Internal"];
            501: components["responses"]["Unimplemented"];
            502: components["responses"]["Unavailable"];
            503: components["responses"]["Unavailable"];
            504: components["responses"]["DeadlineExceeded"];
        };
    };
    batchEmbedContents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A NexusFlow model id. The SDK turns `qwen-turbo` into the resource name `models/qwen-turbo`, whose `models/` is this path's; a `models/` prefix inside the segment is accepted too.
                 * @example qwen-turbo
                 */
                model: components["parameters"]["Model"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchEmbedContentsRequest"];
            };
        };
        responses: {
            /** @description The embeddings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchEmbedContentsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["ResourceExhausted"];
            500: components["responses"]["Internal"];
            501: components["responses"]["Unimplemented"];
            502: components["responses"]["Unavailable"];
            503: components["responses"]["Unavailable"];
            504: components["responses"]["DeadlineExceeded"];
        };
    };
    listModels: {
        parameters: {
            query?: {
                /** @description Models per page (default 50, at most 1000). */
                pageSize?: number;
                /** @description The `nextPageToken` of the previous page. */
                pageToken?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of models. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListModelsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["ResourceExhausted"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A NexusFlow model id. The SDK turns `qwen-turbo` into the resource name `models/qwen-turbo`, whose `models/` is this path's; a `models/` prefix inside the segment is accepted too.
                 * @example qwen-turbo
                 */
                model: components["parameters"]["Model"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Model"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["ResourceExhausted"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
}

// Component schema aliases.
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type Content = components['schemas']['Content'];
export type Part = components['schemas']['Part'];
export type Blob = components['schemas']['Blob'];
export type FunctionCall = components['schemas']['FunctionCall'];
export type FunctionResponse = components['schemas']['FunctionResponse'];
export type GenerateContentRequest = components['schemas']['GenerateContentRequest'];
export type SystemInstruction = components['schemas']['SystemInstruction'];
export type Tool = components['schemas']['Tool'];
export type FunctionDeclaration = components['schemas']['FunctionDeclaration'];
export type Schema = components['schemas']['Schema'];
export type ToolConfig = components['schemas']['ToolConfig'];
export type GenerationConfig = components['schemas']['GenerationConfig'];
export type GenerateContentResponse = components['schemas']['GenerateContentResponse'];
export type Candidate = components['schemas']['Candidate'];
export type UsageMetadata = components['schemas']['UsageMetadata'];
export type CountTokensRequest = components['schemas']['CountTokensRequest'];
export type CountTokensResponse = components['schemas']['CountTokensResponse'];
export type BatchEmbedContentsRequest = components['schemas']['BatchEmbedContentsRequest'];
export type EmbedContentRequest = components['schemas']['EmbedContentRequest'];
export type EmbedContentResponse = components['schemas']['EmbedContentResponse'];
export type BatchEmbedContentsResponse = components['schemas']['BatchEmbedContentsResponse'];
export type Model = components['schemas']['Model'];
export type ListModelsResponse = components['schemas']['ListModelsResponse'];

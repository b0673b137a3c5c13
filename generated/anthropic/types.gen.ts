// Generated from spec/openapi/anthropic.yaml by spec/codegen — do not edit.
// TypeScript types of the spec (openapi-typescript), plus an alias per component schema.

export interface paths {
    "/v1/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a message
         * @description Returns a `message` object, or a stream of server-sent events when `stream` is true. Every frame has an `event:` line equal to its JSON `type` (protocols.md §3.4): `message_start`, then `content_block_start` / `content_block_delta` / `content_block_stop` per block, `message_delta` with `stop_reason` and the cumulative usage, and `message_stop`; `ping` may appear anywhere and `error` replaces the rest when the request fails mid-stream.
         */
        post: operations["createMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages/count_tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count the input tokens of a message request
         * @description `{input_tokens}` for the request as the gateway's billing estimates it (the same tokenizer count used for holds), without calling any upstream.
         */
        post: operations["countTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the models this key may use
         * @description Anthropic's paged `{data, has_more, first_id, last_id}` of the models this key may call through Anthropic Messages (`supported_protocols` includes `anthropic:messages`). Served for requests that carry `anthropic-version`; without it the same path answers in OpenAI's shape (protocols.md §1.1).
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
    "/v1/models/{model}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve one model */
        get: operations["retrieveModel"];
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
        /** @description Anthropic's error envelope (protocols.md §3.5); also the body of a mid-stream `error` event. */
        ErrorResponse: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "error";
            error: {
                /** @description invalid_request_error, authentication_error, billing_error, permission_error, not_found_error, request_too_large, rate_limit_error, api_error, overloaded_error, timeout_error… */
                type: string;
                message: string;
            };
            request_id?: string | null;
        };
        CreateMessageRequest: {
            /** @description Model id from the gateway catalog, e.g. `qwen3-max`. */
            model: string;
            max_tokens: number;
            messages: components["schemas"]["MessageParam"][];
            system?: components["schemas"]["SystemPrompt"];
            tools?: components["schemas"]["Tool"][];
            tool_choice?: components["schemas"]["ToolChoice"];
            stop_sequences?: string[];
            /** @description 2023-06-01 only upstream; tolerated under 2026-10-21. */
            temperature?: number;
            top_p?: number;
            top_k?: number;
            metadata?: components["schemas"]["Metadata"];
            stream?: boolean;
            thinking?: components["schemas"]["ThinkingConfig"];
            output_config?: components["schemas"]["OutputConfig"];
            service_tier?: string;
        };
        /** @description The message request without `max_tokens` (protocols.md §3.6). */
        CountTokensRequest: {
            model: string;
            messages: components["schemas"]["MessageParam"][];
            system?: components["schemas"]["SystemPrompt"];
            tools?: components["schemas"]["Tool"][];
            tool_choice?: components["schemas"]["ToolChoice"];
            thinking?: components["schemas"]["ThinkingConfig"];
            output_config?: components["schemas"]["OutputConfig"];
        };
        /** @description A string, or text blocks (which may carry `cache_control`). */
        SystemPrompt: string | components["schemas"]["TextBlockParam"][];
        Metadata: {
            user_id?: string | null;
        };
        OutputConfig: {
            effort?: string;
            format?: {
                type: string;
                schema?: Record<string, unknown>;
            };
        };
        /** @description Consecutive turns of one role are merged, as the Messages API does. */
        MessageParam: {
            /** @enum {string} */
            role: "user" | "assistant" | "system";
            content: string | components["schemas"]["ContentBlockParam"][];
        };
        CacheControl: {
            /** @constant */
            type: "ephemeral";
            /** @enum {string} */
            ttl?: "5m" | "1h";
        } | null;
        ContentBlockParam: components["schemas"]["TextBlockParam"] | components["schemas"]["ImageBlockParam"] | components["schemas"]["DocumentBlockParam"] | components["schemas"]["ToolUseBlockParam"] | components["schemas"]["ToolResultBlockParam"] | components["schemas"]["ThinkingBlockParam"] | components["schemas"]["RedactedThinkingBlockParam"];
        TextBlockParam: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "text";
            text: string;
            cache_control?: components["schemas"]["CacheControl"];
            citations?: unknown[] | null;
        };
        ImageBlockParam: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "image";
            /** @description `{type: base64, media_type, data}`, `{type: url, url}` or `{type: file, file_id}`. */
            source: {
                /** @enum {string} */
                type: "base64" | "url" | "file";
                media_type?: string;
                data?: string;
                url?: string;
                file_id?: string;
            };
            cache_control?: components["schemas"]["CacheControl"];
        };
        DocumentBlockParam: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "document";
            /** @description base64 PDF, plain `text`, `content` blocks, `url` or `file`. */
            source: {
                /** @enum {string} */
                type: "base64" | "text" | "content" | "url" | "file";
            };
            title?: string | null;
            context?: string | null;
            citations?: Record<string, unknown> | null;
            cache_control?: components["schemas"]["CacheControl"];
        };
        ToolUseBlockParam: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "tool_use";
            id: string;
            name: string;
            input: Record<string, unknown>;
            cache_control?: components["schemas"]["CacheControl"];
        };
        ToolResultBlockParam: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "tool_result";
            tool_use_id: string;
            content?: string | components["schemas"]["ContentBlockParam"][];
            is_error?: boolean;
            cache_control?: components["schemas"]["CacheControl"];
        };
        /** @description Must be sent back unchanged, signature included, when tools are used with thinking on. */
        ThinkingBlockParam: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "thinking";
            thinking: string;
            signature: string;
        };
        RedactedThinkingBlockParam: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "redacted_thinking";
            data: string;
        };
        /** @description A custom tool (`input_schema` required), or a server tool such as `{type: web_search_20250305, name: web_search}`, forwarded to Anthropic upstreams only. */
        Tool: {
            name: string;
            description?: string;
            input_schema?: Record<string, unknown>;
            type?: string | null;
            strict?: boolean;
            cache_control?: components["schemas"]["CacheControl"];
        };
        ToolChoice: components["schemas"]["ToolChoiceAuto"] | components["schemas"]["ToolChoiceAny"] | components["schemas"]["ToolChoiceTool"] | components["schemas"]["ToolChoiceNone"];
        ToolChoiceAuto: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "auto";
            disable_parallel_tool_use?: boolean;
        };
        ToolChoiceAny: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "any";
            disable_parallel_tool_use?: boolean;
        };
        ToolChoiceTool: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "tool";
            name: string;
            disable_parallel_tool_use?: boolean;
        };
        ToolChoiceNone: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "none";
        };
        ThinkingConfig: components["schemas"]["ThinkingConfigEnabled"] | components["schemas"]["ThinkingConfigDisabled"] | components["schemas"]["ThinkingConfigAdaptive"];
        ThinkingConfigEnabled: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "enabled";
            /** @description Anthropic requires at least 1024 and less than `max_tokens`; the gateway adjusts for upstreams. */
            budget_tokens: number;
            /** @enum {string} */
            display?: "summarized" | "omitted";
        };
        ThinkingConfigDisabled: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "disabled";
        };
        ThinkingConfigAdaptive: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "adaptive";
            /** @enum {string} */
            display?: "summarized" | "omitted";
        };
        Message: {
            id: string;
            /** @constant */
            type: "message";
            /** @constant */
            role: "assistant";
            model: string;
            content: components["schemas"]["ContentBlock"][];
            /** @description Null only in `message_start`. */
            stop_reason: components["schemas"]["StopReason"] | null;
            stop_sequence: string | null;
            usage: components["schemas"]["Usage"];
        };
        /** @enum {string} */
        StopReason: "end_turn" | "max_tokens" | "stop_sequence" | "tool_use" | "pause_turn" | "refusal" | "model_context_window_exceeded";
        /** @description `input_tokens` excludes cache reads and writes, which have their own fields (null when the upstream did not report them); `output_tokens` includes thinking tokens. */
        Usage: {
            input_tokens: number;
            output_tokens: number;
            cache_creation_input_tokens?: number | null;
            cache_read_input_tokens?: number | null;
            output_tokens_details?: {
                thinking_tokens?: number;
            };
        };
        ContentBlock: components["schemas"]["TextBlock"] | components["schemas"]["ThinkingBlock"] | components["schemas"]["RedactedThinkingBlock"] | components["schemas"]["ToolUseBlock"];
        TextBlock: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "text";
            text: string;
            citations?: unknown[] | null;
        };
        ThinkingBlock: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "thinking";
            thinking: string;
            signature: string;
        };
        RedactedThinkingBlock: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "redacted_thinking";
            data: string;
        };
        ToolUseBlock: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "tool_use";
            id: string;
            name: string;
            input: Record<string, unknown>;
        };
        MessageTokensCount: {
            input_tokens: number;
        };
        /** @description The JSON of one stream frame; its `type` equals the frame's `event:` line. */
        MessageStreamEvent: components["schemas"]["MessageStartEvent"] | components["schemas"]["ContentBlockStartEvent"] | components["schemas"]["ContentBlockDeltaEvent"] | components["schemas"]["ContentBlockStopEvent"] | components["schemas"]["MessageDeltaEvent"] | components["schemas"]["MessageStopEvent"] | components["schemas"]["PingEvent"] | components["schemas"]["ErrorResponse"];
        /** @description `message.usage` is always a full object: the SDK helpers crash without it. */
        MessageStartEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message_start";
            message: components["schemas"]["Message"];
        };
        /** @description `index` is the block's position in `content[]`. */
        ContentBlockStartEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "content_block_start";
            index: number;
            content_block: components["schemas"]["ContentBlock"];
        };
        ContentBlockDeltaEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "content_block_delta";
            index: number;
            delta: components["schemas"]["ContentBlockDelta"];
        };
        ContentBlockDelta: components["schemas"]["TextDelta"] | components["schemas"]["InputJsonDelta"] | components["schemas"]["ThinkingDelta"] | components["schemas"]["SignatureDelta"];
        TextDelta: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "text_delta";
            text: string;
        };
        /** @description Pieces of the tool input JSON, to concatenate. */
        InputJsonDelta: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "input_json_delta";
            partial_json: string;
        };
        ThinkingDelta: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "thinking_delta";
            thinking: string;
        };
        SignatureDelta: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "signature_delta";
            signature: string;
        };
        ContentBlockStopEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "content_block_stop";
            index: number;
        };
        MessageDeltaEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message_delta";
            delta: {
                stop_reason: components["schemas"]["StopReason"] | null;
                stop_sequence: string | null;
            };
            usage: components["schemas"]["MessageDeltaUsage"];
        };
        /** @description Cumulative counts. `output_tokens` is required and replaces the running total; the input and cache fields replace theirs when not null. */
        MessageDeltaUsage: {
            output_tokens: number;
            input_tokens?: number | null;
            cache_creation_input_tokens?: number | null;
            cache_read_input_tokens?: number | null;
            output_tokens_details?: {
                thinking_tokens?: number;
            };
        };
        MessageStopEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message_stop";
        };
        PingEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ping";
        };
        ModelListResponse: {
            data: components["schemas"]["ModelInfo"][];
            has_more: boolean;
            first_id: string | null;
            last_id: string | null;
        };
        /** @enum {string} */
        SupportedProtocol: "openai:chat-completions" | "openai:responses" | "openai:embeddings" | "openai:image-generations" | "anthropic:messages" | "gemini:generate-content" | "gemini:embed-content" | "nexusflow:tasks";
        /** @description Anthropic's ModelInfo, with the catalog's limits and `supported_protocols`. */
        ModelInfo: {
            /** @constant */
            type: "model";
            id: string;
            display_name: string;
            /**
             * Format: date-time
             * @description RFC 3339.
             */
            created_at: string;
            max_input_tokens?: number;
            max_tokens?: number;
            supported_protocols?: components["schemas"]["SupportedProtocol"][];
        };
    };
    responses: {
        /** @description The request is malformed (`invalid_request_error`). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Missing or invalid API key (`authentication_error`). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The key's balance cannot cover the request (`billing_error`). */
        PaymentRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Unknown model, or a model this key may not use (`not_found_error`). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request body is too large (`request_too_large`). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Rate limited (`rate_limit_error`); see `retry-after`. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description An unexpected gateway error (`api_error`). */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The upstream provider failed (`api_error`). */
        BadGateway: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No channel can serve the model, or the upstream is overloaded (`overloaded_error`). */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The upstream provider timed out (`timeout_error`). */
        GatewayTimeout: {
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
         * @description `2023-06-01` (SDK 0.x) or `2026-10-21` (SDK 1.x). Its presence is what routes `GET /v1/models` here rather than to the OpenAI shape.
         * @example 2023-06-01
         */
        AnthropicVersion: string;
        /** @description Comma-separated beta names, forwarded to Anthropic upstreams. */
        AnthropicBeta: string;
        /** @description Added by SDK 0.x to beta endpoints; tolerated and ignored. */
        BetaQuery: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createMessage: {
        parameters: {
            query?: {
                /** @description Added by SDK 0.x to beta endpoints; tolerated and ignored. */
                beta?: components["parameters"]["BetaQuery"];
            };
            header?: {
                /**
                 * @description `2023-06-01` (SDK 0.x) or `2026-10-21` (SDK 1.x). Its presence is what routes `GET /v1/models` here rather than to the OpenAI shape.
                 * @example 2023-06-01
                 */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Comma-separated beta names, forwarded to Anthropic upstreams. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMessageRequest"];
            };
        };
        responses: {
            /** @description A message, or a stream of events when `stream` is true. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                    /** @description `event: <type>` + `data: <event JSON>` frames; no terminator. */
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    countTokens: {
        parameters: {
            query?: {
                /** @description Added by SDK 0.x to beta endpoints; tolerated and ignored. */
                beta?: components["parameters"]["BetaQuery"];
            };
            header?: {
                /**
                 * @description `2023-06-01` (SDK 0.x) or `2026-10-21` (SDK 1.x). Its presence is what routes `GET /v1/models` here rather than to the OpenAI shape.
                 * @example 2023-06-01
                 */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
                /** @description Comma-separated beta names, forwarded to Anthropic upstreams. */
                "anthropic-beta"?: components["parameters"]["AnthropicBeta"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CountTokensRequest"];
            };
        };
        responses: {
            /** @description The input token count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageTokensCount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listModels: {
        parameters: {
            query?: {
                /** @description Return the page after this model id. */
                after_id?: string;
                /** @description Return the page before this model id. */
                before_id?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: {
                /**
                 * @description `2023-06-01` (SDK 0.x) or `2026-10-21` (SDK 1.x). Its presence is what routes `GET /v1/models` here rather than to the OpenAI shape.
                 * @example 2023-06-01
                 */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of models. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    retrieveModel: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `2023-06-01` (SDK 0.x) or `2026-10-21` (SDK 1.x). Its presence is what routes `GET /v1/models` here rather than to the OpenAI shape.
                 * @example 2023-06-01
                 */
                "anthropic-version"?: components["parameters"]["AnthropicVersion"];
            };
            path: {
                /**
                 * @description The model id (named `model_id` in Anthropic's docs; the SDK URL-encodes it).
                 * @example qwen3-max
                 */
                model: string;
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
                    "application/json": components["schemas"]["ModelInfo"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}

// Component schema aliases.
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type CreateMessageRequest = components['schemas']['CreateMessageRequest'];
export type CountTokensRequest = components['schemas']['CountTokensRequest'];
export type SystemPrompt = components['schemas']['SystemPrompt'];
export type Metadata = components['schemas']['Metadata'];
export type OutputConfig = components['schemas']['OutputConfig'];
export type MessageParam = components['schemas']['MessageParam'];
export type CacheControl = components['schemas']['CacheControl'];
export type ContentBlockParam = components['schemas']['ContentBlockParam'];
export type TextBlockParam = components['schemas']['TextBlockParam'];
export type ImageBlockParam = components['schemas']['ImageBlockParam'];
export type DocumentBlockParam = components['schemas']['DocumentBlockParam'];
export type ToolUseBlockParam = components['schemas']['ToolUseBlockParam'];
export type ToolResultBlockParam = components['schemas']['ToolResultBlockParam'];
export type ThinkingBlockParam = components['schemas']['ThinkingBlockParam'];
export type RedactedThinkingBlockParam = components['schemas']['RedactedThinkingBlockParam'];
export type Tool = components['schemas']['Tool'];
export type ToolChoice = components['schemas']['ToolChoice'];
export type ToolChoiceAuto = components['schemas']['ToolChoiceAuto'];
export type ToolChoiceAny = components['schemas']['ToolChoiceAny'];
export type ToolChoiceTool = components['schemas']['ToolChoiceTool'];
export type ToolChoiceNone = components['schemas']['ToolChoiceNone'];
export type ThinkingConfig = components['schemas']['ThinkingConfig'];
export type ThinkingConfigEnabled = components['schemas']['ThinkingConfigEnabled'];
export type ThinkingConfigDisabled = components['schemas']['ThinkingConfigDisabled'];
export type ThinkingConfigAdaptive = components['schemas']['ThinkingConfigAdaptive'];
export type Message = components['schemas']['Message'];
export type StopReason = components['schemas']['StopReason'];
export type Usage = components['schemas']['Usage'];
export type ContentBlock = components['schemas']['ContentBlock'];
export type TextBlock = components['schemas']['TextBlock'];
export type ThinkingBlock = components['schemas']['ThinkingBlock'];
export type RedactedThinkingBlock = components['schemas']['RedactedThinkingBlock'];
export type ToolUseBlock = components['schemas']['ToolUseBlock'];
export type MessageTokensCount = components['schemas']['MessageTokensCount'];
export type MessageStreamEvent = components['schemas']['MessageStreamEvent'];
export type MessageStartEvent = components['schemas']['MessageStartEvent'];
export type ContentBlockStartEvent = components['schemas']['ContentBlockStartEvent'];
export type ContentBlockDeltaEvent = components['schemas']['ContentBlockDeltaEvent'];
export type ContentBlockDelta = components['schemas']['ContentBlockDelta'];
export type TextDelta = components['schemas']['TextDelta'];
export type InputJsonDelta = components['schemas']['InputJsonDelta'];
export type ThinkingDelta = components['schemas']['ThinkingDelta'];
export type SignatureDelta = components['schemas']['SignatureDelta'];
export type ContentBlockStopEvent = components['schemas']['ContentBlockStopEvent'];
export type MessageDeltaEvent = components['schemas']['MessageDeltaEvent'];
export type MessageDeltaUsage = components['schemas']['MessageDeltaUsage'];
export type MessageStopEvent = components['schemas']['MessageStopEvent'];
export type PingEvent = components['schemas']['PingEvent'];
export type ModelListResponse = components['schemas']['ModelListResponse'];
export type SupportedProtocol = components['schemas']['SupportedProtocol'];
export type ModelInfo = components['schemas']['ModelInfo'];

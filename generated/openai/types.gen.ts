// Generated from spec/openapi/openai.yaml by spec/codegen — do not edit.
// TypeScript types of the spec (openapi-typescript), plus an alias per component schema.

export interface paths {
    "/v1/chat/completions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a chat completion
         * @description Returns a `chat.completion` object, or a stream of `chat.completion.chunk` events ending with `data: [DONE]` when `stream` is true. Streaming is decided by the body's `stream` field, never by the `Accept` header (the SDK sends `Accept: application/json` for streams too, protocols.md §1.3).
         */
        post: operations["createChatCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/embeddings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create embeddings
         * @description OpenAI's embeddings endpoint. `encoding_format: base64` answers raw little-endian float32 bytes, base64-encoded — the official Node SDK asks for it by default and decodes it as a Float32Array (protocols.md §2.5).
         */
        post: operations["createEmbedding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/generations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate images
         * @description OpenAI's image generation (protocols.md §2.6). `model` is optional: without it the gateway's default image model answers (`NEXUSFLOW_DEFAULT_IMAGE_MODEL`, `wan2.6-t2i`). `url` results are signed gateway URLs that expire (the files are kept past the vendor's 24 h); `b64_json` returns the bytes. Billed per image by size. Asynchronous upstreams (DashScope wan) are polled up to a deadline; past it the answer is 504 naming the task the job continues as (`GET /v1/tasks/{id}`), charged only if it succeeds. Unknown fields (DashScope `negative_prompt`, `seed`, `prompt_extend`, `watermark` via `extra_body`) are passed upstream.
         */
        post: operations["createImage"];
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
         * @description OpenAI's `{object: "list", data: [Model]}`. Not paginated: the SDK never asks for a second page (protocols.md §2.7).
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
        /** @description OpenAI's error envelope (protocols.md §2.4). All four fields are always present. */
        ErrorResponse: {
            error: {
                message: string;
                type: string;
                param: string | null;
                code: string | null;
            };
        };
        CreateChatCompletionRequest: {
            /** @description Model id from the gateway catalog, e.g. `qwen-turbo`. */
            model: string;
            messages: components["schemas"]["ChatCompletionRequestMessage"][];
            tools?: components["schemas"]["ChatCompletionTool"][];
            tool_choice?: components["schemas"]["ChatCompletionToolChoiceOption"];
            parallel_tool_calls?: boolean;
            response_format?: components["schemas"]["ResponseFormat"];
            stream?: boolean | null;
            stream_options?: components["schemas"]["ChatCompletionStreamOptions"];
            /**
             * @deprecated
             * @description Deprecated in favour of `max_completion_tokens`; both are accepted.
             */
            max_tokens?: number | null;
            max_completion_tokens?: number | null;
            n?: number | null;
            /** @description Up to four stop sequences. */
            stop?: string | string[] | null;
            temperature?: number | null;
            top_p?: number | null;
            seed?: number | null;
            /** @deprecated */
            user?: string;
            safety_identifier?: string | null;
            prompt_cache_key?: string | null;
            reasoning_effort?: components["schemas"]["ReasoningEffort"];
            /** @enum {string|null} */
            verbosity?: "low" | "medium" | "high" | null;
            frequency_penalty?: number | null;
            presence_penalty?: number | null;
            logit_bias?: {
                [key: string]: number;
            } | null;
            logprobs?: boolean | null;
            top_logprobs?: number | null;
            metadata?: {
                [key: string]: string;
            } | null;
            store?: boolean | null;
            /** @enum {string|null} */
            service_tier?: "auto" | "default" | "flex" | "scale" | "priority" | null;
            modalities?: ("text" | "audio")[] | null;
            audio?: {
                /** @description A voice name, or `{id}` of a custom voice. */
                voice: string | Record<string, unknown>;
                /** @enum {string} */
                format: "wav" | "aac" | "mp3" | "flac" | "opus" | "pcm16";
            } | null;
            prediction?: {
                /** @constant */
                type: "content";
                content: components["schemas"]["ChatCompletionTextContent"];
            } | null;
            web_search_options?: Record<string, unknown>;
            /** @deprecated */
            functions?: components["schemas"]["FunctionDefinition"][];
            /** @deprecated */
            function_call?: ("none" | "auto") | {
                name: string;
            };
        };
        /** @enum {string|null} */
        ReasoningEffort: "none" | "minimal" | "low" | "medium" | "high" | "xhigh" | "max" | null;
        /** @description Only meaningful when `stream` is true. */
        ChatCompletionStreamOptions: {
            /** @description Send one extra chunk with `choices: []` and the full `usage` before `[DONE]`. */
            include_usage?: boolean;
            include_obfuscation?: boolean;
        } | null;
        ChatCompletionRequestMessage: components["schemas"]["ChatCompletionRequestDeveloperMessage"] | components["schemas"]["ChatCompletionRequestSystemMessage"] | components["schemas"]["ChatCompletionRequestUserMessage"] | components["schemas"]["ChatCompletionRequestAssistantMessage"] | components["schemas"]["ChatCompletionRequestToolMessage"] | components["schemas"]["ChatCompletionRequestFunctionMessage"];
        /** @description A string, or an array of text parts. */
        ChatCompletionTextContent: string | components["schemas"]["ChatCompletionRequestMessageContentPartText"][];
        ChatCompletionRequestDeveloperMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            role: "developer";
            content: components["schemas"]["ChatCompletionTextContent"];
            name?: string;
        };
        ChatCompletionRequestSystemMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            role: "system";
            content: components["schemas"]["ChatCompletionTextContent"];
            name?: string;
        };
        ChatCompletionRequestUserMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            role: "user";
            /** @description A string, or an array of text, image, audio and file parts. */
            content: string | components["schemas"]["ChatCompletionRequestUserMessageContentPart"][];
            name?: string;
        };
        /** @description `content` may be null or absent when `tool_calls` is present. */
        ChatCompletionRequestAssistantMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            role: "assistant";
            content?: string | components["schemas"]["ChatCompletionRequestAssistantMessageContentPart"][] | null;
            refusal?: string | null;
            name?: string;
            audio?: {
                id: string;
            } | null;
            tool_calls?: components["schemas"]["ChatCompletionMessageToolCall"][];
            /** @deprecated */
            function_call?: {
                name: string;
                arguments: string;
            } | null;
        };
        ChatCompletionRequestToolMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            role: "tool";
            content: components["schemas"]["ChatCompletionTextContent"];
            tool_call_id: string;
        };
        /** @deprecated */
        ChatCompletionRequestFunctionMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            role: "function";
            content: string | null;
            name: string;
        };
        PromptCacheBreakpoint: {
            /** @constant */
            mode: "explicit";
        };
        ChatCompletionRequestMessageContentPartText: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "text";
            text: string;
            prompt_cache_breakpoint?: components["schemas"]["PromptCacheBreakpoint"];
        };
        ChatCompletionRequestMessageContentPartImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "image_url";
            image_url: {
                /** @description An http(s) URL or a `data:image/...;base64,...` URI. */
                url: string;
                /** @enum {string} */
                detail?: "auto" | "low" | "high";
            };
            prompt_cache_breakpoint?: components["schemas"]["PromptCacheBreakpoint"];
        };
        ChatCompletionRequestMessageContentPartAudio: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "input_audio";
            input_audio: {
                /** @description Base64-encoded audio. */
                data: string;
                /** @enum {string} */
                format: "wav" | "mp3";
            };
            prompt_cache_breakpoint?: components["schemas"]["PromptCacheBreakpoint"];
        };
        ChatCompletionRequestMessageContentPartFile: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "file";
            file: {
                file_data?: string;
                file_id?: string;
                filename?: string;
            };
            prompt_cache_breakpoint?: components["schemas"]["PromptCacheBreakpoint"];
        };
        ChatCompletionRequestMessageContentPartRefusal: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "refusal";
            refusal: string;
        };
        ChatCompletionRequestUserMessageContentPart: components["schemas"]["ChatCompletionRequestMessageContentPartText"] | components["schemas"]["ChatCompletionRequestMessageContentPartImage"] | components["schemas"]["ChatCompletionRequestMessageContentPartAudio"] | components["schemas"]["ChatCompletionRequestMessageContentPartFile"];
        ChatCompletionRequestAssistantMessageContentPart: components["schemas"]["ChatCompletionRequestMessageContentPartText"] | components["schemas"]["ChatCompletionRequestMessageContentPartRefusal"];
        ChatCompletionMessageToolCall: components["schemas"]["ChatCompletionMessageFunctionToolCall"] | components["schemas"]["ChatCompletionMessageCustomToolCall"];
        ChatCompletionMessageFunctionToolCall: {
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "function";
            function: {
                name: string;
                /** @description The arguments as a JSON-encoded string, exactly as the model wrote them. */
                arguments: string;
            };
        };
        ChatCompletionMessageCustomToolCall: {
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "custom";
            custom: {
                name: string;
                input: string;
            };
        };
        FunctionDefinition: {
            name: string;
            description?: string;
            /** @description A JSON Schema object describing the arguments. */
            parameters?: Record<string, unknown>;
            strict?: boolean | null;
        };
        ChatCompletionTool: components["schemas"]["ChatCompletionFunctionTool"] | components["schemas"]["ChatCompletionCustomTool"];
        ChatCompletionFunctionTool: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "function";
            function: components["schemas"]["FunctionDefinition"];
        };
        ChatCompletionCustomTool: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "custom";
            custom: {
                name: string;
                description?: string;
                format?: {
                    /** @enum {string} */
                    type: "text" | "grammar";
                };
            };
        };
        /** @description `none`, `auto`, `required`, or an object naming the tool(s). The default is `none` without tools and `auto` with them. */
        ChatCompletionToolChoiceOption: ("none" | "auto" | "required") | components["schemas"]["ChatCompletionToolChoiceObject"];
        ChatCompletionToolChoiceObject: components["schemas"]["ChatCompletionNamedToolChoice"] | components["schemas"]["ChatCompletionAllowedToolChoice"] | components["schemas"]["ChatCompletionNamedToolChoiceCustom"];
        ChatCompletionNamedToolChoice: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "function";
            function: {
                name: string;
            };
        };
        ChatCompletionAllowedToolChoice: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "allowed_tools";
            allowed_tools: {
                /** @enum {string} */
                mode: "auto" | "required";
                tools: Record<string, unknown>[];
            };
        };
        ChatCompletionNamedToolChoiceCustom: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "custom";
            custom: {
                name: string;
            };
        };
        ResponseFormat: components["schemas"]["ResponseFormatText"] | components["schemas"]["ResponseFormatJsonObject"] | components["schemas"]["ResponseFormatJsonSchema"];
        ResponseFormatText: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "text";
        };
        ResponseFormatJsonObject: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "json_object";
        };
        ResponseFormatJsonSchema: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "json_schema";
            json_schema: {
                name: string;
                description?: string;
                /** @description The JSON Schema the output must follow. */
                schema?: Record<string, unknown>;
                strict?: boolean | null;
            };
        };
        CreateChatCompletionResponse: {
            id: string;
            /** @constant */
            object: "chat.completion";
            /** @description Unix time in seconds. */
            created: number;
            model: string;
            choices: components["schemas"]["ChatCompletionChoice"][];
            usage?: components["schemas"]["CompletionUsage"];
            service_tier?: components["schemas"]["ServiceTier"];
            system_fingerprint?: string | null;
        };
        /** @enum {string|null} */
        ServiceTier: "auto" | "default" | "flex" | "scale" | "priority" | null;
        /** @enum {string} */
        FinishReason: "stop" | "length" | "tool_calls" | "content_filter" | "function_call";
        ChatCompletionChoice: {
            index: number;
            message: components["schemas"]["ChatCompletionResponseMessage"];
            finish_reason: components["schemas"]["FinishReason"];
            logprobs: components["schemas"]["ChatCompletionChoiceLogprobs"] | null;
        };
        ChatCompletionChoiceLogprobs: {
            content: components["schemas"]["ChatCompletionTokenLogprob"][] | null;
            refusal: components["schemas"]["ChatCompletionTokenLogprob"][] | null;
        };
        ChatCompletionTokenLogprob: {
            token: string;
            logprob: number;
            bytes: number[] | null;
            top_logprobs: {
                token: string;
                logprob: number;
                bytes: number[] | null;
            }[];
        };
        /** @description `content` is null when the reply is only tool calls. */
        ChatCompletionResponseMessage: {
            /** @constant */
            role: "assistant";
            content: string | null;
            refusal: string | null;
            annotations?: {
                type: string;
            }[];
            tool_calls?: components["schemas"]["ChatCompletionMessageToolCall"][];
            /** @deprecated */
            function_call?: {
                name: string;
                arguments: string;
            } | null;
            audio?: {
                id: string;
                data: string;
                expires_at: number;
                transcript: string;
            } | null;
        };
        CreateEmbeddingRequest: {
            model: string;
            /** @description A string, an array of strings, an array of token ids, or an array of token-id arrays. At most 2048 items; empty strings are rejected (checked by the server, which names the item). */
            input: string | string[] | number[] | number[][];
            /**
             * @default float
             * @enum {string}
             */
            encoding_format: "float" | "base64";
            dimensions?: number;
            user?: string;
        };
        CreateEmbeddingResponse: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Embedding"][];
            model: string;
            usage: {
                prompt_tokens: number;
                total_tokens: number;
            };
        };
        Embedding: {
            /** @constant */
            object: "embedding";
            index: number;
            /** @description Floats, or base64 of little-endian float32 bytes. */
            embedding: number[] | string;
        };
        /** @description `prompt_tokens` includes cached tokens; `completion_tokens` includes reasoning tokens. */
        CompletionUsage: {
            prompt_tokens: number;
            completion_tokens: number;
            total_tokens: number;
            prompt_tokens_details?: {
                cached_tokens?: number;
                cache_write_tokens?: number;
                audio_tokens?: number;
            };
            /** @description NexusFlow extension: the credits charged for this request (as in OpenRouter's usage.cost). Also sent as the `x-nexusflow-cost` header, or trailer when streaming. */
            cost?: number;
            completion_tokens_details?: {
                reasoning_tokens?: number;
                audio_tokens?: number;
                accepted_prediction_tokens?: number;
                rejected_prediction_tokens?: number;
            };
        };
        /** @description One `chat.completion.chunk`. Every chunk repeats `id`, `created` and `model`. With `stream_options.include_usage`, every chunk has `usage: null` except one extra final chunk with `choices: []` and the full usage. */
        CreateChatCompletionStreamResponse: {
            id: string;
            /** @constant */
            object: "chat.completion.chunk";
            created: number;
            model: string;
            choices: components["schemas"]["ChatCompletionStreamChoice"][];
            usage?: components["schemas"]["CompletionUsage"] | null;
            service_tier?: components["schemas"]["ServiceTier"];
            system_fingerprint?: string | null;
        };
        ChatCompletionStreamChoice: {
            index: number;
            delta: components["schemas"]["ChatCompletionStreamResponseDelta"];
            finish_reason: components["schemas"]["FinishReason"] | null;
            logprobs?: components["schemas"]["ChatCompletionChoiceLogprobs"] | null;
        };
        /** @description `role` is set in the first delta of each choice. */
        ChatCompletionStreamResponseDelta: {
            /** @enum {string} */
            role?: "developer" | "system" | "user" | "assistant" | "tool";
            content?: string | null;
            refusal?: string | null;
            tool_calls?: components["schemas"]["ChatCompletionMessageToolCallChunk"][];
            /** @deprecated */
            function_call?: {
                name?: string;
                arguments?: string;
            };
        };
        /** @description The first fragment for an `index` carries `id`, `type` and `function.name`; later ones carry `function.arguments` pieces to concatenate. */
        ChatCompletionMessageToolCallChunk: {
            index: number;
            id?: string;
            /** @constant */
            type?: "function";
            function?: {
                name?: string;
                arguments?: string;
            };
        };
        CreateImageRequest: {
            prompt: string;
            model?: string | null;
            /** @default 1 */
            n: number | null;
            /** @description `WIDTHxHEIGHT` (e.g. `1024x1024`) or `auto`. Upstreams check their own size rules. */
            size?: string | null;
            /**
             * @default url
             * @enum {string|null}
             */
            response_format: "url" | "b64_json" | null;
            quality?: string | null;
            style?: string | null;
            user?: string | null;
            /** @description Not supported; `true` is rejected. */
            stream?: boolean | null;
        };
        ImagesResponse: {
            /** @description Unix time (seconds) the generation started. */
            created: number;
            data: components["schemas"]["Image"][];
        };
        Image: {
            /** @description A signed gateway URL (`/v1/files/{id}/content?expires=…&sig=…`); it expires, the file does not. */
            url?: string;
            b64_json?: string;
            revised_prompt?: string;
        };
        ListModelsResponse: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Model"][];
        };
        /** @enum {string} */
        SupportedProtocol: "openai:chat-completions" | "openai:responses" | "openai:embeddings" | "openai:image-generations" | "anthropic:messages" | "gemini:generate-content" | "gemini:embed-content" | "nexusflow:tasks";
        /** @description OpenAI's Model object, extended with optional NexusFlow catalog fields. The OpenAI SDK ignores the extra fields. */
        Model: {
            id: string;
            /** @constant */
            object: "model";
            /** @description Unix time in seconds. */
            created: number;
            owned_by: string;
            display_name?: string;
            supported_protocols?: components["schemas"]["SupportedProtocol"][];
            capabilities?: components["schemas"]["ModelCapabilities"];
            context_window?: number;
            max_output_tokens?: number;
            pricing?: components["schemas"]["ModelPricing"];
            /** @description Other names that route to this model: exact names or `*` glob patterns (`claude-*-haiku-*`); `*` alone makes it the default for its protocols. */
            aliases?: string[];
        };
        ModelCapabilities: {
            tools?: boolean;
            vision?: boolean;
            thinking?: boolean;
            json_output?: boolean;
        };
        /** @description Prices in integer micro-credits. A missing field means "not priced", not free. */
        ModelPricing: {
            input_per_million?: number;
            cached_input_per_million?: number;
            cache_write_per_million?: number;
            output_per_million?: number;
            reasoning_per_million?: number;
            /** @description Price per image, keyed by size (e.g. `1024x1024`). */
            per_image?: {
                [key: string]: number;
            };
            per_video_second?: number;
            embedding_per_million?: number;
        };
    };
    responses: {
        /** @description The request is malformed; `param` names the offending field. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Missing or invalid API key. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The key's balance cannot cover the request. */
        PaymentRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Unknown model, or a model this key may not use. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request body is too large. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Rate limited; see `retry-after`. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description An unexpected gateway error. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The operation is not implemented by this gateway. */
        NotImplemented: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The upstream provider failed. */
        BadGateway: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No channel can serve the model right now, or the store is unavailable. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The upstream provider timed out. */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createChatCompletion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChatCompletionRequest"];
            };
        };
        responses: {
            /** @description A chat completion, or a stream of chunks when `stream` is true. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateChatCompletionResponse"];
                    /** @description `data: <chunk JSON>` frames, then `data: [DONE]`. */
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
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createEmbedding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEmbeddingRequest"];
            };
        };
        responses: {
            /** @description One embedding per input, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateEmbeddingResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateImageRequest"];
            };
        };
        responses: {
            /** @description The images, in order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listModels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The models. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListModelsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    retrieveModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The model id. The SDK URL-encodes it into the path.
                 * @example qwen-turbo
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
                    "application/json": components["schemas"]["Model"];
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
export type CreateChatCompletionRequest = components['schemas']['CreateChatCompletionRequest'];
export type ReasoningEffort = components['schemas']['ReasoningEffort'];
export type ChatCompletionStreamOptions = components['schemas']['ChatCompletionStreamOptions'];
export type ChatCompletionRequestMessage = components['schemas']['ChatCompletionRequestMessage'];
export type ChatCompletionTextContent = components['schemas']['ChatCompletionTextContent'];
export type ChatCompletionRequestDeveloperMessage = components['schemas']['ChatCompletionRequestDeveloperMessage'];
export type ChatCompletionRequestSystemMessage = components['schemas']['ChatCompletionRequestSystemMessage'];
export type ChatCompletionRequestUserMessage = components['schemas']['ChatCompletionRequestUserMessage'];
export type ChatCompletionRequestAssistantMessage = components['schemas']['ChatCompletionRequestAssistantMessage'];
export type ChatCompletionRequestToolMessage = components['schemas']['ChatCompletionRequestToolMessage'];
export type ChatCompletionRequestFunctionMessage = components['schemas']['ChatCompletionRequestFunctionMessage'];
export type PromptCacheBreakpoint = components['schemas']['PromptCacheBreakpoint'];
export type ChatCompletionRequestMessageContentPartText = components['schemas']['ChatCompletionRequestMessageContentPartText'];
export type ChatCompletionRequestMessageContentPartImage = components['schemas']['ChatCompletionRequestMessageContentPartImage'];
export type ChatCompletionRequestMessageContentPartAudio = components['schemas']['ChatCompletionRequestMessageContentPartAudio'];
export type ChatCompletionRequestMessageContentPartFile = components['schemas']['ChatCompletionRequestMessageContentPartFile'];
export type ChatCompletionRequestMessageContentPartRefusal = components['schemas']['ChatCompletionRequestMessageContentPartRefusal'];
export type ChatCompletionRequestUserMessageContentPart = components['schemas']['ChatCompletionRequestUserMessageContentPart'];
export type ChatCompletionRequestAssistantMessageContentPart = components['schemas']['ChatCompletionRequestAssistantMessageContentPart'];
export type ChatCompletionMessageToolCall = components['schemas']['ChatCompletionMessageToolCall'];
export type ChatCompletionMessageFunctionToolCall = components['schemas']['ChatCompletionMessageFunctionToolCall'];
export type ChatCompletionMessageCustomToolCall = components['schemas']['ChatCompletionMessageCustomToolCall'];
export type FunctionDefinition = components['schemas']['FunctionDefinition'];
export type ChatCompletionTool = components['schemas']['ChatCompletionTool'];
export type ChatCompletionFunctionTool = components['schemas']['ChatCompletionFunctionTool'];
export type ChatCompletionCustomTool = components['schemas']['ChatCompletionCustomTool'];
export type ChatCompletionToolChoiceOption = components['schemas']['ChatCompletionToolChoiceOption'];
export type ChatCompletionToolChoiceObject = components['schemas']['ChatCompletionToolChoiceObject'];
export type ChatCompletionNamedToolChoice = components['schemas']['ChatCompletionNamedToolChoice'];
export type ChatCompletionAllowedToolChoice = components['schemas']['ChatCompletionAllowedToolChoice'];
export type ChatCompletionNamedToolChoiceCustom = components['schemas']['ChatCompletionNamedToolChoiceCustom'];
export type ResponseFormat = components['schemas']['ResponseFormat'];
export type ResponseFormatText = components['schemas']['ResponseFormatText'];
export type ResponseFormatJsonObject = components['schemas']['ResponseFormatJsonObject'];
export type ResponseFormatJsonSchema = components['schemas']['ResponseFormatJsonSchema'];
export type CreateChatCompletionResponse = components['schemas']['CreateChatCompletionResponse'];
export type ServiceTier = components['schemas']['ServiceTier'];
export type FinishReason = components['schemas']['FinishReason'];
export type ChatCompletionChoice = components['schemas']['ChatCompletionChoice'];
export type ChatCompletionChoiceLogprobs = components['schemas']['ChatCompletionChoiceLogprobs'];
export type ChatCompletionTokenLogprob = components['schemas']['ChatCompletionTokenLogprob'];
export type ChatCompletionResponseMessage = components['schemas']['ChatCompletionResponseMessage'];
export type CreateEmbeddingRequest = components['schemas']['CreateEmbeddingRequest'];
export type CreateEmbeddingResponse = components['schemas']['CreateEmbeddingResponse'];
export type Embedding = components['schemas']['Embedding'];
export type CompletionUsage = components['schemas']['CompletionUsage'];
export type CreateChatCompletionStreamResponse = components['schemas']['CreateChatCompletionStreamResponse'];
export type ChatCompletionStreamChoice = components['schemas']['ChatCompletionStreamChoice'];
export type ChatCompletionStreamResponseDelta = components['schemas']['ChatCompletionStreamResponseDelta'];
export type ChatCompletionMessageToolCallChunk = components['schemas']['ChatCompletionMessageToolCallChunk'];
export type CreateImageRequest = components['schemas']['CreateImageRequest'];
export type ImagesResponse = components['schemas']['ImagesResponse'];
export type Image = components['schemas']['Image'];
export type ListModelsResponse = components['schemas']['ListModelsResponse'];
export type SupportedProtocol = components['schemas']['SupportedProtocol'];
export type Model = components['schemas']['Model'];
export type ModelCapabilities = components['schemas']['ModelCapabilities'];
export type ModelPricing = components['schemas']['ModelPricing'];

// Generated from spec/openapi/responses.yaml by spec/codegen — do not edit.
// TypeScript types of the spec (openapi-typescript), plus an alias per component schema.

export interface paths {
    "/v1/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a model response
         * @description Returns a `response` object, or, when `stream` is true, the Responses event stream (`event: <type>` + `data: <JSON>` frames, each with a `sequence_number`) ending with `response.completed`, `response.incomplete` or `response.failed`.
         */
        post: operations["createResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/responses/{response_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a stored response
         * @description A response this account created with `store` true (another account's id is 404).
         */
        get: operations["retrieveResponse"];
        put?: never;
        post?: never;
        /** Delete a stored response */
        delete: operations["deleteResponse"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/responses/{response_id}/input_items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the input items of a stored response */
        get: operations["listResponseInputItems"];
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
        CreateResponseRequest: {
            /** @description A NexusFlow model id (or alias) whose `supported_protocols` lists `openai:responses`. */
            model: string;
            /** @description A string (one user message) or a list of input items. */
            input?: string | components["schemas"]["InputItem"][];
            /** @description A system (developer) message placed first. Not carried over by `previous_response_id`. */
            instructions?: string | null;
            tools?: components["schemas"]["Tool"][];
            tool_choice?: components["schemas"]["ToolChoice"];
            parallel_tool_calls?: boolean | null;
            reasoning?: components["schemas"]["Reasoning"];
            text?: components["schemas"]["TextConfig"];
            max_output_tokens?: number | null;
            temperature?: number | null;
            top_p?: number | null;
            metadata?: components["schemas"]["Metadata"];
            /** @description `reasoning.encrypted_content` returns reasoning items a later request can send back (with `store: false`). */
            include?: string[] | null;
            /** @default true */
            store: boolean | null;
            previous_response_id?: string | null;
            prompt_cache_key?: string;
            safety_identifier?: string;
            user?: string;
            stream?: boolean | null;
            stream_options?: {
                include_obfuscation?: boolean;
            } | null;
            /** @enum {string|null} */
            truncation?: "auto" | "disabled" | null;
            service_tier?: string | null;
            /** @description Not served; `true` is rejected with 400. */
            background?: boolean | null;
        };
        Metadata: {
            [key: string]: string;
        } | null;
        /** @description A message (`type` may be omitted), a function call the model made, its output, or a reasoning item from an earlier response. */
        InputItem: components["schemas"]["InputMessage"] | components["schemas"]["FunctionCallItem"] | components["schemas"]["FunctionCallOutputItem"] | components["schemas"]["ReasoningItem"] | components["schemas"]["CustomToolCallItem"] | components["schemas"]["CustomToolCallOutputItem"] | components["schemas"]["ItemReference"];
        /** @description A call of a custom (free-form input) tool. */
        CustomToolCallItem: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "custom_tool_call";
            id?: string;
            call_id: string;
            name: string;
            namespace?: string;
            input: string;
        };
        CustomToolCallOutputItem: {
            /** @enum {string} */
            type: "custom_tool_call_output";
            id?: string;
            call_id: string;
            output: string | components["schemas"]["InputContent"][];
        };
        /** @description An item of an earlier stored response of this account, by id. */
        ItemReference: {
            /** @enum {string} */
            type: "item_reference";
            id: string;
        };
        InputMessage: {
            /** @enum {string} */
            type?: "message";
            id?: string;
            /** @enum {string} */
            role: "user" | "assistant" | "system" | "developer";
            status?: string;
            content: string | components["schemas"]["InputContent"][];
        };
        InputContent: components["schemas"]["InputText"] | components["schemas"]["InputImage"] | components["schemas"]["InputFile"] | components["schemas"]["OutputText"] | components["schemas"]["Refusal"];
        InputText: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "input_text";
            text: string;
        };
        InputImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "input_image";
            /** @description An http(s) URL or a `data:` URL. */
            image_url?: string | null;
            file_id?: string | null;
            /** @enum {string} */
            detail?: "low" | "high" | "auto";
        };
        InputFile: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "input_file";
            /** @description A `data:` URL or bare base64. */
            file_data?: string;
            file_url?: string;
            file_id?: string | null;
            filename?: string;
        };
        OutputText: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "output_text";
            text: string;
            annotations?: Record<string, unknown>[];
            logprobs?: Record<string, unknown>[];
        };
        Refusal: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "refusal";
            refusal: string;
        };
        FunctionCallItem: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "function_call";
            id?: string;
            call_id: string;
            name: string;
            /** @description The namespace tool the function belongs to, when it belongs to one. */
            namespace?: string;
            arguments: string;
            /** @enum {string} */
            status?: "in_progress" | "completed" | "incomplete";
        };
        FunctionCallOutputItem: {
            /** @enum {string} */
            type: "function_call_output";
            id?: string | null;
            call_id: string;
            output: string | components["schemas"]["InputContent"][];
            /** @enum {string|null} */
            status?: "in_progress" | "completed" | "incomplete" | null;
        };
        ReasoningItem: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "reasoning";
            id?: string;
            summary: components["schemas"]["SummaryText"][];
            content?: {
                /** @enum {string} */
                type: "reasoning_text";
                text: string;
            }[];
            encrypted_content?: string | null;
            /** @enum {string} */
            status?: "in_progress" | "completed" | "incomplete";
        };
        SummaryText: {
            /** @enum {string} */
            type: "summary_text";
            text: string;
        };
        /** @description Function tools, custom (free-form input) tools, and namespaces of them (`{type: namespace, name, tools}`) are served with every upstream: a custom tool reaches upstreams as a function with one string parameter `input`. Hosted tools (`web_search`, `file_search`, `code_interpreter`, …) run on OpenAI's own servers, which no NexusFlow upstream has: they are left out of what the model sees and named in the `x-nexusflow-ignored-tools` response header; forcing one with `tool_choice` is a 400. */
        Tool: {
            type: string;
            name?: string;
            /** @description The function tools of a `namespace` tool. */
            tools?: Record<string, unknown>[];
            description?: string | null;
            parameters?: Record<string, unknown> | null;
            strict?: boolean | null;
        };
        ToolChoice: ("none" | "auto" | "required") | {
            /** @enum {string} */
            type: "function";
            name: string;
        } | {
            /** @enum {string} */
            type: "allowed_tools";
            /** @enum {string} */
            mode: "auto" | "required";
            tools: Record<string, unknown>[];
        };
        Reasoning: {
            /** @enum {string|null} */
            effort?: "none" | "minimal" | "low" | "medium" | "high" | "xhigh" | null;
            /** @enum {string|null} */
            summary?: "auto" | "concise" | "detailed" | null;
            generate_summary?: string | null;
        } | null;
        TextConfig: {
            format?: components["schemas"]["TextFormat"];
            /** @enum {string|null} */
            verbosity?: "low" | "medium" | "high" | null;
        };
        TextFormat: components["schemas"]["TextFormatText"] | components["schemas"]["TextFormatJsonObject"] | components["schemas"]["TextFormatJsonSchema"];
        TextFormatText: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "text";
        };
        TextFormatJsonObject: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "json_object";
        };
        TextFormatJsonSchema: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "json_schema";
            name: string;
            description?: string;
            schema: Record<string, unknown>;
            strict?: boolean | null;
        };
        Response: {
            id: string;
            /** @enum {string} */
            object: "response";
            created_at: number;
            completed_at?: number | null;
            /** @enum {string} */
            status: "completed" | "failed" | "in_progress" | "cancelled" | "queued" | "incomplete";
            background?: boolean | null;
            error: {
                code: string;
                message: string;
            } | null;
            incomplete_details: {
                /** @enum {string} */
                reason?: "max_output_tokens" | "content_filter";
            } | null;
            instructions: string | null;
            max_output_tokens?: number | null;
            metadata: components["schemas"]["Metadata"];
            model: string;
            output: components["schemas"]["OutputItem"][];
            /** @description The text of every `output_text` part, joined (as the SDKs compute it). */
            output_text?: string;
            parallel_tool_calls: boolean;
            previous_response_id?: string | null;
            reasoning?: Record<string, unknown> | null;
            service_tier?: string | null;
            store?: boolean;
            temperature: number | null;
            text?: Record<string, unknown>;
            tool_choice: unknown;
            tools: Record<string, unknown>[];
            top_p: number | null;
            truncation?: string | null;
            usage?: components["schemas"]["ResponseUsage"];
            user?: string | null;
        };
        ResponseUsage: {
            /** @description Includes cached tokens. */
            input_tokens: number;
            input_tokens_details: {
                cached_tokens: number;
            };
            /** @description Includes reasoning tokens. */
            output_tokens: number;
            output_tokens_details: {
                reasoning_tokens: number;
            };
            total_tokens: number;
            /** @description NexusFlow extension: the credits charged for this request, as on chat completions. Also sent as the `x-nexusflow-cost` header, or trailer when streaming. */
            cost?: number;
        };
        OutputItem: components["schemas"]["OutputMessage"] | components["schemas"]["FunctionCallItem"] | components["schemas"]["CustomToolCallItem"] | components["schemas"]["ReasoningItem"];
        OutputMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message";
            id: string;
            /** @enum {string} */
            role: "assistant";
            /** @enum {string} */
            status: "in_progress" | "completed" | "incomplete";
            content: (components["schemas"]["OutputText"] | components["schemas"]["Refusal"])[];
        };
        DeletedResponse: {
            id: string;
            /** @enum {string} */
            object: "response";
            deleted: boolean;
        };
        InputItemList: {
            /** @enum {string} */
            object: "list";
            data: {
                id: string;
                type: string;
            }[];
            first_id: string | null;
            last_id: string | null;
            has_more: boolean;
        };
        /** @description One event of a streamed response; every event carries `sequence_number`, starting at 0. */
        ResponseStreamEvent: components["schemas"]["ResponseCreatedEvent"] | components["schemas"]["ResponseInProgressEvent"] | components["schemas"]["ResponseCompletedEvent"] | components["schemas"]["ResponseIncompleteEvent"] | components["schemas"]["ResponseFailedEvent"] | components["schemas"]["OutputItemAddedEvent"] | components["schemas"]["OutputItemDoneEvent"] | components["schemas"]["ContentPartAddedEvent"] | components["schemas"]["ContentPartDoneEvent"] | components["schemas"]["TextDeltaEvent"] | components["schemas"]["TextDoneEvent"] | components["schemas"]["ArgumentsDeltaEvent"] | components["schemas"]["ArgumentsDoneEvent"] | components["schemas"]["SummaryPartAddedEvent"] | components["schemas"]["SummaryPartDoneEvent"] | components["schemas"]["SummaryTextDeltaEvent"] | components["schemas"]["SummaryTextDoneEvent"] | components["schemas"]["CustomInputDeltaEvent"] | components["schemas"]["CustomInputDoneEvent"] | components["schemas"]["ErrorEvent"];
        CustomInputDeltaEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "response.custom_tool_call_input.delta";
            sequence_number: number;
            item_id: string;
            output_index: number;
            delta: string;
        };
        CustomInputDoneEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "response.custom_tool_call_input.done";
            sequence_number: number;
            item_id: string;
            output_index: number;
            input: string;
        };
        ResponseCreatedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "response.created";
            sequence_number: number;
            response: components["schemas"]["Response"];
        };
        ResponseInProgressEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "response.in_progress";
            sequence_number: number;
            response: components["schemas"]["Response"];
        };
        ResponseCompletedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "response.completed";
            sequence_number: number;
            response: components["schemas"]["Response"];
        };
        ResponseIncompleteEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "response.incomplete";
            sequence_number: number;
            response: components["schemas"]["Response"];
        };
        ResponseFailedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "response.failed";
            sequence_number: number;
            response: components["schemas"]["Response"];
        };
        OutputItemAddedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "response.output_item.added";
            sequence_number: number;
            output_index: number;
            item: components["schemas"]["OutputItem"];
        };
        OutputItemDoneEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "response.output_item.done";
            sequence_number: number;
            output_index: number;
            item: components["schemas"]["OutputItem"];
        };
        ContentPartAddedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "response.content_part.added";
            sequence_number: number;
            item_id: string;
            output_index: number;
            content_index: number;
            part: components["schemas"]["OutputText"];
        };
        ContentPartDoneEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "response.content_part.done";
            sequence_number: number;
            item_id: string;
            output_index: number;
            content_index: number;
            part: components["schemas"]["OutputText"];
        };
        TextDeltaEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "response.output_text.delta";
            sequence_number: number;
            item_id: string;
            output_index: number;
            content_index: number;
            delta: string;
            logprobs?: unknown[];
        };
        TextDoneEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "response.output_text.done";
            sequence_number: number;
            item_id: string;
            output_index: number;
            content_index: number;
            text: string;
            logprobs?: unknown[];
        };
        ArgumentsDeltaEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "response.function_call_arguments.delta";
            sequence_number: number;
            item_id: string;
            output_index: number;
            delta: string;
        };
        ArgumentsDoneEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "response.function_call_arguments.done";
            sequence_number: number;
            item_id: string;
            output_index: number;
            name?: string;
            arguments: string;
        };
        SummaryPartAddedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "response.reasoning_summary_part.added";
            sequence_number: number;
            item_id: string;
            output_index: number;
            summary_index: number;
            part: components["schemas"]["SummaryText"];
        };
        SummaryPartDoneEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "response.reasoning_summary_part.done";
            sequence_number: number;
            item_id: string;
            output_index: number;
            summary_index: number;
            part: components["schemas"]["SummaryText"];
        };
        SummaryTextDeltaEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "response.reasoning_summary_text.delta";
            sequence_number: number;
            item_id: string;
            output_index: number;
            summary_index: number;
            delta: string;
        };
        SummaryTextDoneEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "response.reasoning_summary_text.done";
            sequence_number: number;
            item_id: string;
            output_index: number;
            summary_index: number;
            text: string;
        };
        ErrorEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "error";
            sequence_number: number;
            code?: string | null;
            message: string;
            param?: string | null;
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
        /** @description Unknown model or response, or one this key may not use. */
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
    parameters: {
        /**
         * @description The id of a response (`resp_…`).
         * @example resp_doesnotexist
         */
        ResponseId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createResponse: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateResponseRequest"];
            };
        };
        responses: {
            /** @description A response, or its event stream when `stream` is true. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response"];
                    /** @description `event: <type>` and `data: <event JSON>` frames. */
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
    retrieveResponse: {
        parameters: {
            query?: {
                /** @description Extra fields to include, e.g. `reasoning.encrypted_content`. */
                include?: string[];
            };
            header?: never;
            path: {
                /**
                 * @description The id of a response (`resp_…`).
                 * @example resp_doesnotexist
                 */
                response_id: components["parameters"]["ResponseId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a response (`resp_…`).
                 * @example resp_doesnotexist
                 */
                response_id: components["parameters"]["ResponseId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The response was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listResponseInputItems: {
        parameters: {
            query?: {
                limit?: number;
                order?: "asc" | "desc";
                /** @description An item id; the page starts after it. */
                after?: string;
                include?: string[];
            };
            header?: never;
            path: {
                /**
                 * @description The id of a response (`resp_…`).
                 * @example resp_doesnotexist
                 */
                response_id: components["parameters"]["ResponseId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of input items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InputItemList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}

// Component schema aliases.
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type CreateResponseRequest = components['schemas']['CreateResponseRequest'];
export type Metadata = components['schemas']['Metadata'];
export type InputItem = components['schemas']['InputItem'];
export type CustomToolCallItem = components['schemas']['CustomToolCallItem'];
export type CustomToolCallOutputItem = components['schemas']['CustomToolCallOutputItem'];
export type ItemReference = components['schemas']['ItemReference'];
export type InputMessage = components['schemas']['InputMessage'];
export type InputContent = components['schemas']['InputContent'];
export type InputText = components['schemas']['InputText'];
export type InputImage = components['schemas']['InputImage'];
export type InputFile = components['schemas']['InputFile'];
export type OutputText = components['schemas']['OutputText'];
export type Refusal = components['schemas']['Refusal'];
export type FunctionCallItem = components['schemas']['FunctionCallItem'];
export type FunctionCallOutputItem = components['schemas']['FunctionCallOutputItem'];
export type ReasoningItem = components['schemas']['ReasoningItem'];
export type SummaryText = components['schemas']['SummaryText'];
export type Tool = components['schemas']['Tool'];
export type ToolChoice = components['schemas']['ToolChoice'];
export type Reasoning = components['schemas']['Reasoning'];
export type TextConfig = components['schemas']['TextConfig'];
export type TextFormat = components['schemas']['TextFormat'];
export type TextFormatText = components['schemas']['TextFormatText'];
export type TextFormatJsonObject = components['schemas']['TextFormatJsonObject'];
export type TextFormatJsonSchema = components['schemas']['TextFormatJsonSchema'];
export type Response = components['schemas']['Response'];
export type ResponseUsage = components['schemas']['ResponseUsage'];
export type OutputItem = components['schemas']['OutputItem'];
export type OutputMessage = components['schemas']['OutputMessage'];
export type DeletedResponse = components['schemas']['DeletedResponse'];
export type InputItemList = components['schemas']['InputItemList'];
export type ResponseStreamEvent = components['schemas']['ResponseStreamEvent'];
export type CustomInputDeltaEvent = components['schemas']['CustomInputDeltaEvent'];
export type CustomInputDoneEvent = components['schemas']['CustomInputDoneEvent'];
export type ResponseCreatedEvent = components['schemas']['ResponseCreatedEvent'];
export type ResponseInProgressEvent = components['schemas']['ResponseInProgressEvent'];
export type ResponseCompletedEvent = components['schemas']['ResponseCompletedEvent'];
export type ResponseIncompleteEvent = components['schemas']['ResponseIncompleteEvent'];
export type ResponseFailedEvent = components['schemas']['ResponseFailedEvent'];
export type OutputItemAddedEvent = components['schemas']['OutputItemAddedEvent'];
export type OutputItemDoneEvent = components['schemas']['OutputItemDoneEvent'];
export type ContentPartAddedEvent = components['schemas']['ContentPartAddedEvent'];
export type ContentPartDoneEvent = components['schemas']['ContentPartDoneEvent'];
export type TextDeltaEvent = components['schemas']['TextDeltaEvent'];
export type TextDoneEvent = components['schemas']['TextDoneEvent'];
export type ArgumentsDeltaEvent = components['schemas']['ArgumentsDeltaEvent'];
export type ArgumentsDoneEvent = components['schemas']['ArgumentsDoneEvent'];
export type SummaryPartAddedEvent = components['schemas']['SummaryPartAddedEvent'];
export type SummaryPartDoneEvent = components['schemas']['SummaryPartDoneEvent'];
export type SummaryTextDeltaEvent = components['schemas']['SummaryTextDeltaEvent'];
export type SummaryTextDoneEvent = components['schemas']['SummaryTextDoneEvent'];
export type ErrorEvent = components['schemas']['ErrorEvent'];

// Generated from spec/openapi/anthropic.yaml by spec/codegen — do not edit.

export type ClientOptions = {
    baseUrl: 'http://localhost:3000' | (string & {});
};

/**
 * Anthropic's error envelope (protocols.md §3.5); also the body of a mid-stream `error` event.
 */
export type ErrorResponse = {
    type: 'error';
    error: {
        /**
         * invalid_request_error, authentication_error, billing_error, permission_error, not_found_error, request_too_large, rate_limit_error, api_error, overloaded_error, timeout_error…
         */
        type: string;
        message: string;
    };
    request_id?: string | null;
};

export type CreateMessageRequest = {
    /**
     * Model id from the gateway catalog, e.g. `qwen3-max`.
     */
    model: string;
    max_tokens: number;
    messages: Array<MessageParam>;
    system?: SystemPrompt;
    tools?: Array<Tool>;
    tool_choice?: ToolChoice;
    stop_sequences?: Array<string>;
    /**
     * 2023-06-01 only upstream; tolerated under 2026-10-21.
     */
    temperature?: number;
    top_p?: number;
    top_k?: number;
    metadata?: Metadata;
    stream?: boolean;
    thinking?: ThinkingConfig;
    output_config?: OutputConfig;
    service_tier?: string;
};

/**
 * The message request without `max_tokens` (protocols.md §3.6).
 */
export type CountTokensRequest = {
    model: string;
    messages: Array<MessageParam>;
    system?: SystemPrompt;
    tools?: Array<Tool>;
    tool_choice?: ToolChoice;
    thinking?: ThinkingConfig;
    output_config?: OutputConfig;
};

/**
 * A string, or text blocks (which may carry `cache_control`).
 */
export type SystemPrompt = string | Array<TextBlockParam>;

export type Metadata = {
    user_id?: string | null;
};

export type OutputConfig = {
    effort?: string;
    format?: {
        type: string;
        schema?: {
            [key: string]: unknown;
        };
    };
};

/**
 * Consecutive turns of one role are merged, as the Messages API does.
 */
export type MessageParam = {
    role: 'user' | 'assistant' | 'system';
    content: string | Array<ContentBlockParam>;
};

export type CacheControl = {
    type: 'ephemeral';
    ttl?: '5m' | '1h';
} | null;

export type ContentBlockParam = ({
    type: 'text';
} & TextBlockParam) | ({
    type: 'image';
} & ImageBlockParam) | ({
    type: 'document';
} & DocumentBlockParam) | ({
    type: 'tool_use';
} & ToolUseBlockParam) | ({
    type: 'tool_result';
} & ToolResultBlockParam) | ({
    type: 'thinking';
} & ThinkingBlockParam) | ({
    type: 'redacted_thinking';
} & RedactedThinkingBlockParam);

export type TextBlockParam = {
    type: 'text';
    text: string;
    cache_control?: CacheControl;
    citations?: Array<unknown> | null;
};

export type ImageBlockParam = {
    type: 'image';
    /**
     * `{type: base64, media_type, data}`, `{type: url, url}` or `{type: file, file_id}`.
     */
    source: {
        type: 'base64' | 'url' | 'file';
        media_type?: string;
        data?: string;
        url?: string;
        file_id?: string;
    };
    cache_control?: CacheControl;
};

export type DocumentBlockParam = {
    type: 'document';
    /**
     * base64 PDF, plain `text`, `content` blocks, `url` or `file`.
     */
    source: {
        type: 'base64' | 'text' | 'content' | 'url' | 'file';
    };
    title?: string | null;
    context?: string | null;
    citations?: {
        [key: string]: unknown;
    } | null;
    cache_control?: CacheControl;
};

export type ToolUseBlockParam = {
    type: 'tool_use';
    id: string;
    name: string;
    input: {
        [key: string]: unknown;
    };
    cache_control?: CacheControl;
};

export type ToolResultBlockParam = {
    type: 'tool_result';
    tool_use_id: string;
    content?: string | Array<ContentBlockParam>;
    is_error?: boolean;
    cache_control?: CacheControl;
};

/**
 * Must be sent back unchanged, signature included, when tools are used with thinking on.
 */
export type ThinkingBlockParam = {
    type: 'thinking';
    thinking: string;
    signature: string;
};

export type RedactedThinkingBlockParam = {
    type: 'redacted_thinking';
    data: string;
};

/**
 * A custom tool (`input_schema` required), or a server tool such as `{type: web_search_20250305, name: web_search}`, forwarded to Anthropic upstreams only.
 */
export type Tool = {
    name: string;
    description?: string;
    input_schema?: {
        [key: string]: unknown;
    };
    type?: string | null;
    strict?: boolean;
    cache_control?: CacheControl;
};

export type ToolChoice = ({
    type: 'auto';
} & ToolChoiceAuto) | ({
    type: 'any';
} & ToolChoiceAny) | ({
    type: 'tool';
} & ToolChoiceTool) | ({
    type: 'none';
} & ToolChoiceNone);

export type ToolChoiceAuto = {
    type: 'auto';
    disable_parallel_tool_use?: boolean;
};

export type ToolChoiceAny = {
    type: 'any';
    disable_parallel_tool_use?: boolean;
};

export type ToolChoiceTool = {
    type: 'tool';
    name: string;
    disable_parallel_tool_use?: boolean;
};

export type ToolChoiceNone = {
    type: 'none';
};

export type ThinkingConfig = ({
    type: 'enabled';
} & ThinkingConfigEnabled) | ({
    type: 'disabled';
} & ThinkingConfigDisabled) | ({
    type: 'adaptive';
} & ThinkingConfigAdaptive);

export type ThinkingConfigEnabled = {
    type: 'enabled';
    /**
     * Anthropic requires at least 1024 and less than `max_tokens`; the gateway adjusts for upstreams.
     */
    budget_tokens: number;
    display?: 'summarized' | 'omitted';
};

export type ThinkingConfigDisabled = {
    type: 'disabled';
};

export type ThinkingConfigAdaptive = {
    type: 'adaptive';
    display?: 'summarized' | 'omitted';
};

export type Message = {
    id: string;
    type: 'message';
    role: 'assistant';
    model: string;
    content: Array<ContentBlock>;
    /**
     * Null only in `message_start`.
     */
    stop_reason: StopReason | null;
    stop_sequence: string | null;
    usage: Usage;
};

export type StopReason = 'end_turn' | 'max_tokens' | 'stop_sequence' | 'tool_use' | 'pause_turn' | 'refusal' | 'model_context_window_exceeded';

/**
 * `input_tokens` excludes cache reads and writes, which have their own fields (null when the upstream did not report them); `output_tokens` includes thinking tokens.
 */
export type Usage = {
    input_tokens: number;
    output_tokens: number;
    cache_creation_input_tokens?: number | null;
    cache_read_input_tokens?: number | null;
    output_tokens_details?: {
        thinking_tokens?: number;
    };
};

export type ContentBlock = ({
    type: 'text';
} & TextBlock) | ({
    type: 'thinking';
} & ThinkingBlock) | ({
    type: 'redacted_thinking';
} & RedactedThinkingBlock) | ({
    type: 'tool_use';
} & ToolUseBlock);

export type TextBlock = {
    type: 'text';
    text: string;
    citations?: Array<unknown> | null;
};

export type ThinkingBlock = {
    type: 'thinking';
    thinking: string;
    signature: string;
};

export type RedactedThinkingBlock = {
    type: 'redacted_thinking';
    data: string;
};

export type ToolUseBlock = {
    type: 'tool_use';
    id: string;
    name: string;
    input: {
        [key: string]: unknown;
    };
};

export type MessageTokensCount = {
    input_tokens: number;
};

/**
 * The JSON of one stream frame; its `type` equals the frame's `event:` line.
 */
export type MessageStreamEvent = ({
    type: 'message_start';
} & MessageStartEvent) | ({
    type: 'content_block_start';
} & ContentBlockStartEvent) | ({
    type: 'content_block_delta';
} & ContentBlockDeltaEvent) | ({
    type: 'content_block_stop';
} & ContentBlockStopEvent) | ({
    type: 'message_delta';
} & MessageDeltaEvent) | ({
    type: 'message_stop';
} & MessageStopEvent) | ({
    type: 'ping';
} & PingEvent) | ({
    type: 'error';
} & ErrorResponse);

/**
 * `message.usage` is always a full object: the SDK helpers crash without it.
 */
export type MessageStartEvent = {
    type: 'message_start';
    message: Message;
};

/**
 * `index` is the block's position in `content[]`.
 */
export type ContentBlockStartEvent = {
    type: 'content_block_start';
    index: number;
    content_block: ContentBlock;
};

export type ContentBlockDeltaEvent = {
    type: 'content_block_delta';
    index: number;
    delta: ContentBlockDelta;
};

export type ContentBlockDelta = ({
    type: 'text_delta';
} & TextDelta) | ({
    type: 'input_json_delta';
} & InputJsonDelta) | ({
    type: 'thinking_delta';
} & ThinkingDelta) | ({
    type: 'signature_delta';
} & SignatureDelta);

export type TextDelta = {
    type: 'text_delta';
    text: string;
};

/**
 * Pieces of the tool input JSON, to concatenate.
 */
export type InputJsonDelta = {
    type: 'input_json_delta';
    partial_json: string;
};

export type ThinkingDelta = {
    type: 'thinking_delta';
    thinking: string;
};

export type SignatureDelta = {
    type: 'signature_delta';
    signature: string;
};

export type ContentBlockStopEvent = {
    type: 'content_block_stop';
    index: number;
};

export type MessageDeltaEvent = {
    type: 'message_delta';
    delta: {
        stop_reason: StopReason | null;
        stop_sequence: string | null;
    };
    usage: MessageDeltaUsage;
};

/**
 * Cumulative counts. `output_tokens` is required and replaces the running total; the input and cache fields replace theirs when not null.
 */
export type MessageDeltaUsage = {
    output_tokens: number;
    input_tokens?: number | null;
    cache_creation_input_tokens?: number | null;
    cache_read_input_tokens?: number | null;
    output_tokens_details?: {
        thinking_tokens?: number;
    };
};

export type MessageStopEvent = {
    type: 'message_stop';
};

export type PingEvent = {
    type: 'ping';
};

export type ModelListResponse = {
    data: Array<ModelInfo>;
    has_more: boolean;
    first_id: string | null;
    last_id: string | null;
};

export type SupportedProtocol = 'openai:chat-completions' | 'openai:responses' | 'openai:embeddings' | 'openai:image-generations' | 'anthropic:messages' | 'gemini:generate-content' | 'gemini:embed-content' | 'nexusflow:tasks';

/**
 * Anthropic's ModelInfo, with the catalog's limits and `supported_protocols`.
 */
export type ModelInfo = {
    type: 'model';
    id: string;
    display_name: string;
    /**
     * RFC 3339.
     */
    created_at: string;
    max_input_tokens?: number;
    max_tokens?: number;
    supported_protocols?: Array<SupportedProtocol>;
};

/**
 * `2023-06-01` (SDK 0.x) or `2026-10-21` (SDK 1.x). Its presence is what routes `GET /v1/models` here rather than to the OpenAI shape.
 */
export type AnthropicVersion = string;

/**
 * Comma-separated beta names, forwarded to Anthropic upstreams.
 */
export type AnthropicBeta = string;

/**
 * Added by SDK 0.x to beta endpoints; tolerated and ignored.
 */
export type BetaQuery = string;

export type CreateMessageData = {
    body: CreateMessageRequest;
    headers?: {
        /**
         * `2023-06-01` (SDK 0.x) or `2026-10-21` (SDK 1.x). Its presence is what routes `GET /v1/models` here rather than to the OpenAI shape.
         */
        'anthropic-version'?: string;
        /**
         * Comma-separated beta names, forwarded to Anthropic upstreams.
         */
        'anthropic-beta'?: string;
    };
    path?: never;
    query?: {
        /**
         * Added by SDK 0.x to beta endpoints; tolerated and ignored.
         */
        beta?: string;
    };
    url: '/v1/messages';
};

export type CreateMessageErrors = {
    /**
     * The request is malformed (`invalid_request_error`).
     */
    400: ErrorResponse;
    /**
     * Missing or invalid API key (`authentication_error`).
     */
    401: ErrorResponse;
    /**
     * The key's balance cannot cover the request (`billing_error`).
     */
    402: ErrorResponse;
    /**
     * Unknown model, or a model this key may not use (`not_found_error`).
     */
    404: ErrorResponse;
    /**
     * The request body is too large (`request_too_large`).
     */
    413: ErrorResponse;
    /**
     * Rate limited (`rate_limit_error`); see `retry-after`.
     */
    429: ErrorResponse;
    /**
     * An unexpected gateway error (`api_error`).
     */
    500: ErrorResponse;
    /**
     * The upstream provider failed (`api_error`).
     */
    502: ErrorResponse;
    /**
     * No channel can serve the model, or the upstream is overloaded (`overloaded_error`).
     */
    503: ErrorResponse;
    /**
     * The upstream provider timed out (`timeout_error`).
     */
    504: ErrorResponse;
};

export type CreateMessageError = CreateMessageErrors[keyof CreateMessageErrors];

export type CreateMessageResponses = {
    /**
     * A message, or a stream of events when `stream` is true.
     */
    200: Message;
};

export type CreateMessageResponse = CreateMessageResponses[keyof CreateMessageResponses];

export type CountTokensData = {
    body: CountTokensRequest;
    headers?: {
        /**
         * `2023-06-01` (SDK 0.x) or `2026-10-21` (SDK 1.x). Its presence is what routes `GET /v1/models` here rather than to the OpenAI shape.
         */
        'anthropic-version'?: string;
        /**
         * Comma-separated beta names, forwarded to Anthropic upstreams.
         */
        'anthropic-beta'?: string;
    };
    path?: never;
    query?: {
        /**
         * Added by SDK 0.x to beta endpoints; tolerated and ignored.
         */
        beta?: string;
    };
    url: '/v1/messages/count_tokens';
};

export type CountTokensErrors = {
    /**
     * The request is malformed (`invalid_request_error`).
     */
    400: ErrorResponse;
    /**
     * Missing or invalid API key (`authentication_error`).
     */
    401: ErrorResponse;
    /**
     * Unknown model, or a model this key may not use (`not_found_error`).
     */
    404: ErrorResponse;
    /**
     * Rate limited (`rate_limit_error`); see `retry-after`.
     */
    429: ErrorResponse;
    /**
     * An unexpected gateway error (`api_error`).
     */
    500: ErrorResponse;
    /**
     * No channel can serve the model, or the upstream is overloaded (`overloaded_error`).
     */
    503: ErrorResponse;
};

export type CountTokensError = CountTokensErrors[keyof CountTokensErrors];

export type CountTokensResponses = {
    /**
     * The input token count.
     */
    200: MessageTokensCount;
};

export type CountTokensResponse = CountTokensResponses[keyof CountTokensResponses];

export type ListModelsData = {
    body?: never;
    headers?: {
        /**
         * `2023-06-01` (SDK 0.x) or `2026-10-21` (SDK 1.x). Its presence is what routes `GET /v1/models` here rather than to the OpenAI shape.
         */
        'anthropic-version'?: string;
    };
    path?: never;
    query?: {
        /**
         * Return the page after this model id.
         */
        after_id?: string;
        /**
         * Return the page before this model id.
         */
        before_id?: string;
        /**
         * Items per page.
         */
        limit?: number;
    };
    url: '/v1/models';
};

export type ListModelsErrors = {
    /**
     * The request is malformed (`invalid_request_error`).
     */
    400: ErrorResponse;
    /**
     * Missing or invalid API key (`authentication_error`).
     */
    401: ErrorResponse;
    /**
     * Rate limited (`rate_limit_error`); see `retry-after`.
     */
    429: ErrorResponse;
    /**
     * An unexpected gateway error (`api_error`).
     */
    500: ErrorResponse;
    /**
     * No channel can serve the model, or the upstream is overloaded (`overloaded_error`).
     */
    503: ErrorResponse;
};

export type ListModelsError = ListModelsErrors[keyof ListModelsErrors];

export type ListModelsResponses = {
    /**
     * A page of models.
     */
    200: ModelListResponse;
};

export type ListModelsResponse = ListModelsResponses[keyof ListModelsResponses];

export type RetrieveModelData = {
    body?: never;
    headers?: {
        /**
         * `2023-06-01` (SDK 0.x) or `2026-10-21` (SDK 1.x). Its presence is what routes `GET /v1/models` here rather than to the OpenAI shape.
         */
        'anthropic-version'?: string;
    };
    path: {
        /**
         * The model id (named `model_id` in Anthropic's docs; the SDK URL-encodes it).
         */
        model: string;
    };
    query?: never;
    url: '/v1/models/{model}';
};

export type RetrieveModelErrors = {
    /**
     * Missing or invalid API key (`authentication_error`).
     */
    401: ErrorResponse;
    /**
     * Unknown model, or a model this key may not use (`not_found_error`).
     */
    404: ErrorResponse;
    /**
     * Rate limited (`rate_limit_error`); see `retry-after`.
     */
    429: ErrorResponse;
    /**
     * An unexpected gateway error (`api_error`).
     */
    500: ErrorResponse;
    /**
     * No channel can serve the model, or the upstream is overloaded (`overloaded_error`).
     */
    503: ErrorResponse;
};

export type RetrieveModelError = RetrieveModelErrors[keyof RetrieveModelErrors];

export type RetrieveModelResponses = {
    /**
     * The model.
     */
    200: ModelInfo;
};

export type RetrieveModelResponse = RetrieveModelResponses[keyof RetrieveModelResponses];

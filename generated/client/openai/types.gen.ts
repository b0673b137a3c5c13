// Generated from spec/openapi/openai.yaml by spec/codegen — do not edit.

export type ClientOptions = {
    baseUrl: 'http://localhost:3000' | (string & {});
};

/**
 * OpenAI's error envelope (protocols.md §2.4). All four fields are always present.
 */
export type ErrorResponse = {
    error: {
        message: string;
        type: string;
        param: string | null;
        code: string | null;
    };
};

export type CreateChatCompletionRequest = {
    /**
     * Model id from the gateway catalog, e.g. `qwen-turbo`.
     */
    model: string;
    messages: Array<ChatCompletionRequestMessage>;
    tools?: Array<ChatCompletionTool>;
    tool_choice?: ChatCompletionToolChoiceOption;
    parallel_tool_calls?: boolean;
    response_format?: ResponseFormat;
    stream?: boolean | null;
    stream_options?: ChatCompletionStreamOptions;
    /**
     * Deprecated in favour of `max_completion_tokens`; both are accepted.
     *
     * @deprecated
     */
    max_tokens?: number | null;
    max_completion_tokens?: number | null;
    n?: number | null;
    /**
     * Up to four stop sequences.
     */
    stop?: string | Array<string> | null;
    temperature?: number | null;
    top_p?: number | null;
    seed?: number | null;
    /**
     * @deprecated
     */
    user?: string;
    safety_identifier?: string | null;
    prompt_cache_key?: string | null;
    reasoning_effort?: ReasoningEffort;
    verbosity?: 'low' | 'medium' | 'high' | null;
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
    service_tier?: 'auto' | 'default' | 'flex' | 'scale' | 'priority' | null;
    modalities?: Array<'text' | 'audio'> | null;
    audio?: {
        /**
         * A voice name, or `{id}` of a custom voice.
         */
        voice: string | {
            [key: string]: unknown;
        };
        format: 'wav' | 'aac' | 'mp3' | 'flac' | 'opus' | 'pcm16';
    } | null;
    prediction?: {
        type: 'content';
        content: ChatCompletionTextContent;
    } | null;
    web_search_options?: {
        [key: string]: unknown;
    };
    /**
     * @deprecated
     */
    functions?: Array<FunctionDefinition>;
    /**
     * @deprecated
     */
    function_call?: 'none' | 'auto' | {
        name: string;
    };
};

export type ReasoningEffort = 'none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh' | 'max' | null;

/**
 * Only meaningful when `stream` is true.
 */
export type ChatCompletionStreamOptions = {
    /**
     * Send one extra chunk with `choices: []` and the full `usage` before `[DONE]`.
     */
    include_usage?: boolean;
    include_obfuscation?: boolean;
} | null;

export type ChatCompletionRequestMessage = ({
    role: 'developer';
} & ChatCompletionRequestDeveloperMessage) | ({
    role: 'system';
} & ChatCompletionRequestSystemMessage) | ({
    role: 'user';
} & ChatCompletionRequestUserMessage) | ({
    role: 'assistant';
} & ChatCompletionRequestAssistantMessage) | ({
    role: 'tool';
} & ChatCompletionRequestToolMessage) | ({
    role: 'function';
} & ChatCompletionRequestFunctionMessage);

/**
 * A string, or an array of text parts.
 */
export type ChatCompletionTextContent = string | Array<ChatCompletionRequestMessageContentPartText>;

export type ChatCompletionRequestDeveloperMessage = {
    role: 'developer';
    content: ChatCompletionTextContent;
    name?: string;
};

export type ChatCompletionRequestSystemMessage = {
    role: 'system';
    content: ChatCompletionTextContent;
    name?: string;
};

export type ChatCompletionRequestUserMessage = {
    role: 'user';
    /**
     * A string, or an array of text, image, audio and file parts.
     */
    content: string | Array<ChatCompletionRequestUserMessageContentPart>;
    name?: string;
};

/**
 * `content` may be null or absent when `tool_calls` is present.
 */
export type ChatCompletionRequestAssistantMessage = {
    role: 'assistant';
    content?: string | Array<ChatCompletionRequestAssistantMessageContentPart> | null;
    refusal?: string | null;
    name?: string;
    audio?: {
        id: string;
    } | null;
    tool_calls?: Array<ChatCompletionMessageToolCall>;
    /**
     * @deprecated
     */
    function_call?: {
        name: string;
        arguments: string;
    } | null;
};

export type ChatCompletionRequestToolMessage = {
    role: 'tool';
    content: ChatCompletionTextContent;
    tool_call_id: string;
};

/**
 * @deprecated
 */
export type ChatCompletionRequestFunctionMessage = {
    role: 'function';
    content: string | null;
    name: string;
};

export type PromptCacheBreakpoint = {
    mode: 'explicit';
};

export type ChatCompletionRequestMessageContentPartText = {
    type: 'text';
    text: string;
    prompt_cache_breakpoint?: PromptCacheBreakpoint;
};

export type ChatCompletionRequestMessageContentPartImage = {
    type: 'image_url';
    image_url: {
        /**
         * An http(s) URL or a `data:image/...;base64,...` URI.
         */
        url: string;
        detail?: 'auto' | 'low' | 'high';
    };
    prompt_cache_breakpoint?: PromptCacheBreakpoint;
};

export type ChatCompletionRequestMessageContentPartAudio = {
    type: 'input_audio';
    input_audio: {
        /**
         * Base64-encoded audio.
         */
        data: string;
        format: 'wav' | 'mp3';
    };
    prompt_cache_breakpoint?: PromptCacheBreakpoint;
};

export type ChatCompletionRequestMessageContentPartFile = {
    type: 'file';
    file: {
        file_data?: string;
        file_id?: string;
        filename?: string;
    };
    prompt_cache_breakpoint?: PromptCacheBreakpoint;
};

export type ChatCompletionRequestMessageContentPartRefusal = {
    type: 'refusal';
    refusal: string;
};

export type ChatCompletionRequestUserMessageContentPart = ({
    type: 'text';
} & ChatCompletionRequestMessageContentPartText) | ({
    type: 'image_url';
} & ChatCompletionRequestMessageContentPartImage) | ({
    type: 'input_audio';
} & ChatCompletionRequestMessageContentPartAudio) | ({
    type: 'file';
} & ChatCompletionRequestMessageContentPartFile);

export type ChatCompletionRequestAssistantMessageContentPart = ({
    type: 'text';
} & ChatCompletionRequestMessageContentPartText) | ({
    type: 'refusal';
} & ChatCompletionRequestMessageContentPartRefusal);

export type ChatCompletionMessageToolCall = ({
    type: 'function';
} & ChatCompletionMessageFunctionToolCall) | ({
    type: 'custom';
} & ChatCompletionMessageCustomToolCall);

export type ChatCompletionMessageFunctionToolCall = {
    id: string;
    type: 'function';
    function: {
        name: string;
        /**
         * The arguments as a JSON-encoded string, exactly as the model wrote them.
         */
        arguments: string;
    };
};

export type ChatCompletionMessageCustomToolCall = {
    id: string;
    type: 'custom';
    custom: {
        name: string;
        input: string;
    };
};

export type FunctionDefinition = {
    name: string;
    description?: string;
    /**
     * A JSON Schema object describing the arguments.
     */
    parameters?: {
        [key: string]: unknown;
    };
    strict?: boolean | null;
};

export type ChatCompletionTool = ({
    type: 'function';
} & ChatCompletionFunctionTool) | ({
    type: 'custom';
} & ChatCompletionCustomTool);

export type ChatCompletionFunctionTool = {
    type: 'function';
    function: FunctionDefinition;
};

export type ChatCompletionCustomTool = {
    type: 'custom';
    custom: {
        name: string;
        description?: string;
        format?: {
            type: 'text' | 'grammar';
        };
    };
};

/**
 * `none`, `auto`, `required`, or an object naming the tool(s). The default is `none` without tools and `auto` with them.
 */
export type ChatCompletionToolChoiceOption = 'none' | 'auto' | 'required' | ChatCompletionToolChoiceObject;

export type ChatCompletionToolChoiceObject = ({
    type: 'function';
} & ChatCompletionNamedToolChoice) | ({
    type: 'allowed_tools';
} & ChatCompletionAllowedToolChoice) | ({
    type: 'custom';
} & ChatCompletionNamedToolChoiceCustom);

export type ChatCompletionNamedToolChoice = {
    type: 'function';
    function: {
        name: string;
    };
};

export type ChatCompletionAllowedToolChoice = {
    type: 'allowed_tools';
    allowed_tools: {
        mode: 'auto' | 'required';
        tools: Array<{
            [key: string]: unknown;
        }>;
    };
};

export type ChatCompletionNamedToolChoiceCustom = {
    type: 'custom';
    custom: {
        name: string;
    };
};

export type ResponseFormat = ({
    type: 'text';
} & ResponseFormatText) | ({
    type: 'json_object';
} & ResponseFormatJsonObject) | ({
    type: 'json_schema';
} & ResponseFormatJsonSchema);

export type ResponseFormatText = {
    type: 'text';
};

export type ResponseFormatJsonObject = {
    type: 'json_object';
};

export type ResponseFormatJsonSchema = {
    type: 'json_schema';
    json_schema: {
        name: string;
        description?: string;
        /**
         * The JSON Schema the output must follow.
         */
        schema?: {
            [key: string]: unknown;
        };
        strict?: boolean | null;
    };
};

export type CreateChatCompletionResponse = {
    id: string;
    object: 'chat.completion';
    /**
     * Unix time in seconds.
     */
    created: number;
    model: string;
    choices: Array<ChatCompletionChoice>;
    usage?: CompletionUsage;
    service_tier?: ServiceTier;
    system_fingerprint?: string | null;
};

export type ServiceTier = 'auto' | 'default' | 'flex' | 'scale' | 'priority' | null;

export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'function_call';

export type ChatCompletionChoice = {
    index: number;
    message: ChatCompletionResponseMessage;
    finish_reason: FinishReason;
    logprobs: ChatCompletionChoiceLogprobs | null;
};

export type ChatCompletionChoiceLogprobs = {
    content: Array<ChatCompletionTokenLogprob> | null;
    refusal: Array<ChatCompletionTokenLogprob> | null;
};

export type ChatCompletionTokenLogprob = {
    token: string;
    logprob: number;
    bytes: Array<number> | null;
    top_logprobs: Array<{
        token: string;
        logprob: number;
        bytes: Array<number> | null;
    }>;
};

/**
 * `content` is null when the reply is only tool calls.
 */
export type ChatCompletionResponseMessage = {
    role: 'assistant';
    content: string | null;
    refusal: string | null;
    annotations?: Array<{
        type: string;
    }>;
    tool_calls?: Array<ChatCompletionMessageToolCall>;
    /**
     * @deprecated
     */
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

export type CreateEmbeddingRequest = {
    model: string;
    /**
     * A string, an array of strings, an array of token ids, or an array of token-id arrays. At most 2048 items; empty strings are rejected (checked by the server, which names the item).
     */
    input: string | Array<string> | Array<number> | Array<Array<number>>;
    encoding_format?: 'float' | 'base64';
    dimensions?: number;
    user?: string;
};

export type CreateEmbeddingResponse = {
    object: 'list';
    data: Array<Embedding>;
    model: string;
    usage: {
        prompt_tokens: number;
        total_tokens: number;
    };
};

export type Embedding = {
    object: 'embedding';
    index: number;
    /**
     * Floats, or base64 of little-endian float32 bytes.
     */
    embedding: Array<number> | string;
};

/**
 * `prompt_tokens` includes cached tokens; `completion_tokens` includes reasoning tokens.
 */
export type CompletionUsage = {
    prompt_tokens: number;
    completion_tokens: number;
    total_tokens: number;
    prompt_tokens_details?: {
        cached_tokens?: number;
        cache_write_tokens?: number;
        audio_tokens?: number;
    };
    /**
     * NexusFlow extension: the credits charged for this request (as in OpenRouter's usage.cost). Also sent as the `x-nexusflow-cost` header, or trailer when streaming.
     */
    cost?: number;
    completion_tokens_details?: {
        reasoning_tokens?: number;
        audio_tokens?: number;
        accepted_prediction_tokens?: number;
        rejected_prediction_tokens?: number;
    };
};

/**
 * One `chat.completion.chunk`. Every chunk repeats `id`, `created` and `model`. With `stream_options.include_usage`, every chunk has `usage: null` except one extra final chunk with `choices: []` and the full usage.
 */
export type CreateChatCompletionStreamResponse = {
    id: string;
    object: 'chat.completion.chunk';
    created: number;
    model: string;
    choices: Array<ChatCompletionStreamChoice>;
    usage?: CompletionUsage | null;
    service_tier?: ServiceTier;
    system_fingerprint?: string | null;
};

export type ChatCompletionStreamChoice = {
    index: number;
    delta: ChatCompletionStreamResponseDelta;
    finish_reason: FinishReason | null;
    logprobs?: ChatCompletionChoiceLogprobs | null;
};

/**
 * `role` is set in the first delta of each choice.
 */
export type ChatCompletionStreamResponseDelta = {
    role?: 'developer' | 'system' | 'user' | 'assistant' | 'tool';
    content?: string | null;
    refusal?: string | null;
    tool_calls?: Array<ChatCompletionMessageToolCallChunk>;
    /**
     * @deprecated
     */
    function_call?: {
        name?: string;
        arguments?: string;
    };
};

/**
 * The first fragment for an `index` carries `id`, `type` and `function.name`; later ones carry `function.arguments` pieces to concatenate.
 */
export type ChatCompletionMessageToolCallChunk = {
    index: number;
    id?: string;
    type?: 'function';
    function?: {
        name?: string;
        arguments?: string;
    };
};

export type CreateImageRequest = {
    prompt: string;
    model?: string | null;
    n?: number | null;
    /**
     * `WIDTHxHEIGHT` (e.g. `1024x1024`) or `auto`. Upstreams check their own size rules.
     */
    size?: string | null;
    response_format?: 'url' | 'b64_json' | null;
    quality?: string | null;
    style?: string | null;
    user?: string | null;
    /**
     * Not supported; `true` is rejected.
     */
    stream?: boolean | null;
};

export type ImagesResponse = {
    /**
     * Unix time (seconds) the generation started.
     */
    created: number;
    data: Array<Image>;
};

export type Image = {
    /**
     * A signed gateway URL (`/v1/files/{id}/content?expires=…&sig=…`); it expires, the file does not.
     */
    url?: string;
    b64_json?: string;
    revised_prompt?: string;
};

export type ListModelsResponse = {
    object: 'list';
    data: Array<Model>;
};

export type SupportedProtocol = 'openai:chat-completions' | 'openai:responses' | 'openai:embeddings' | 'openai:image-generations' | 'anthropic:messages' | 'gemini:generate-content' | 'gemini:embed-content' | 'nexusflow:tasks';

/**
 * OpenAI's Model object, extended with optional NexusFlow catalog fields. The OpenAI SDK ignores the extra fields.
 */
export type Model = {
    id: string;
    object: 'model';
    /**
     * Unix time in seconds.
     */
    created: number;
    owned_by: string;
    display_name?: string;
    supported_protocols?: Array<SupportedProtocol>;
    capabilities?: ModelCapabilities;
    context_window?: number;
    max_output_tokens?: number;
    pricing?: ModelPricing;
    /**
     * Other names that route to this model: exact names or `*` glob patterns (`claude-*-haiku-*`); `*` alone makes it the default for its protocols.
     */
    aliases?: Array<string>;
};

export type ModelCapabilities = {
    tools?: boolean;
    vision?: boolean;
    thinking?: boolean;
    json_output?: boolean;
};

/**
 * Prices in integer micro-credits. A missing field means "not priced", not free.
 */
export type ModelPricing = {
    input_per_million?: number;
    cached_input_per_million?: number;
    cache_write_per_million?: number;
    output_per_million?: number;
    reasoning_per_million?: number;
    /**
     * Price per image, keyed by size (e.g. `1024x1024`).
     */
    per_image?: {
        [key: string]: number;
    };
    per_video_second?: number;
    embedding_per_million?: number;
};

export type CreateChatCompletionData = {
    body: CreateChatCompletionRequest;
    path?: never;
    query?: never;
    url: '/v1/chat/completions';
};

export type CreateChatCompletionErrors = {
    /**
     * The request is malformed; `param` names the offending field.
     */
    400: ErrorResponse;
    /**
     * Missing or invalid API key.
     */
    401: ErrorResponse;
    /**
     * The key's balance cannot cover the request.
     */
    402: ErrorResponse;
    /**
     * Unknown model, or a model this key may not use.
     */
    404: ErrorResponse;
    /**
     * The request body is too large.
     */
    413: ErrorResponse;
    /**
     * Rate limited; see `retry-after`.
     */
    429: ErrorResponse;
    /**
     * An unexpected gateway error.
     */
    500: ErrorResponse;
    /**
     * The operation is not implemented by this gateway.
     */
    501: ErrorResponse;
    /**
     * The upstream provider failed.
     */
    502: ErrorResponse;
    /**
     * No channel can serve the model right now, or the store is unavailable.
     */
    503: ErrorResponse;
    /**
     * The upstream provider timed out.
     */
    504: ErrorResponse;
};

export type CreateChatCompletionError = CreateChatCompletionErrors[keyof CreateChatCompletionErrors];

export type CreateChatCompletionResponses = {
    /**
     * A chat completion, or a stream of chunks when `stream` is true.
     */
    200: CreateChatCompletionResponse;
};

export type CreateChatCompletionResponse2 = CreateChatCompletionResponses[keyof CreateChatCompletionResponses];

export type CreateEmbeddingData = {
    body: CreateEmbeddingRequest;
    path?: never;
    query?: never;
    url: '/v1/embeddings';
};

export type CreateEmbeddingErrors = {
    /**
     * The request is malformed; `param` names the offending field.
     */
    400: ErrorResponse;
    /**
     * Missing or invalid API key.
     */
    401: ErrorResponse;
    /**
     * Unknown model, or a model this key may not use.
     */
    404: ErrorResponse;
    /**
     * The request body is too large.
     */
    413: ErrorResponse;
    /**
     * Rate limited; see `retry-after`.
     */
    429: ErrorResponse;
    /**
     * An unexpected gateway error.
     */
    500: ErrorResponse;
    /**
     * The upstream provider failed.
     */
    502: ErrorResponse;
    /**
     * No channel can serve the model right now, or the store is unavailable.
     */
    503: ErrorResponse;
    /**
     * The upstream provider timed out.
     */
    504: ErrorResponse;
};

export type CreateEmbeddingError = CreateEmbeddingErrors[keyof CreateEmbeddingErrors];

export type CreateEmbeddingResponses = {
    /**
     * One embedding per input, in input order.
     */
    200: CreateEmbeddingResponse;
};

export type CreateEmbeddingResponse2 = CreateEmbeddingResponses[keyof CreateEmbeddingResponses];

export type CreateImageData = {
    body: CreateImageRequest;
    path?: never;
    query?: never;
    url: '/v1/images/generations';
};

export type CreateImageErrors = {
    /**
     * The request is malformed; `param` names the offending field.
     */
    400: ErrorResponse;
    /**
     * Missing or invalid API key.
     */
    401: ErrorResponse;
    /**
     * Unknown model, or a model this key may not use.
     */
    404: ErrorResponse;
    /**
     * The request body is too large.
     */
    413: ErrorResponse;
    /**
     * Rate limited; see `retry-after`.
     */
    429: ErrorResponse;
    /**
     * An unexpected gateway error.
     */
    500: ErrorResponse;
    /**
     * The upstream provider failed.
     */
    502: ErrorResponse;
    /**
     * No channel can serve the model right now, or the store is unavailable.
     */
    503: ErrorResponse;
    /**
     * The upstream provider timed out.
     */
    504: ErrorResponse;
};

export type CreateImageError = CreateImageErrors[keyof CreateImageErrors];

export type CreateImageResponses = {
    /**
     * The images, in order.
     */
    200: ImagesResponse;
};

export type CreateImageResponse = CreateImageResponses[keyof CreateImageResponses];

export type ListModelsData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/v1/models';
};

export type ListModelsErrors = {
    /**
     * Missing or invalid API key.
     */
    401: ErrorResponse;
    /**
     * Rate limited; see `retry-after`.
     */
    429: ErrorResponse;
    /**
     * An unexpected gateway error.
     */
    500: ErrorResponse;
    /**
     * No channel can serve the model right now, or the store is unavailable.
     */
    503: ErrorResponse;
};

export type ListModelsError = ListModelsErrors[keyof ListModelsErrors];

export type ListModelsResponses = {
    /**
     * The models.
     */
    200: ListModelsResponse;
};

export type ListModelsResponse2 = ListModelsResponses[keyof ListModelsResponses];

export type RetrieveModelData = {
    body?: never;
    path: {
        /**
         * The model id. The SDK URL-encodes it into the path.
         */
        model: string;
    };
    query?: never;
    url: '/v1/models/{model}';
};

export type RetrieveModelErrors = {
    /**
     * Missing or invalid API key.
     */
    401: ErrorResponse;
    /**
     * Unknown model, or a model this key may not use.
     */
    404: ErrorResponse;
    /**
     * Rate limited; see `retry-after`.
     */
    429: ErrorResponse;
    /**
     * An unexpected gateway error.
     */
    500: ErrorResponse;
    /**
     * No channel can serve the model right now, or the store is unavailable.
     */
    503: ErrorResponse;
};

export type RetrieveModelError = RetrieveModelErrors[keyof RetrieveModelErrors];

export type RetrieveModelResponses = {
    /**
     * The model.
     */
    200: Model;
};

export type RetrieveModelResponse = RetrieveModelResponses[keyof RetrieveModelResponses];

// Generated from spec/openapi/gemini.yaml by spec/codegen — do not edit.

export type ClientOptions = {
    baseUrl: 'http://localhost:3000' | (string & {});
};

/**
 * Google's error envelope (protocols.md §4.5).
 */
export type ErrorResponse = {
    error: {
        /**
         * The HTTP status.
         */
        code: number;
        message: string;
        /**
         * The canonical status name (INVALID_ARGUMENT, NOT_FOUND, RESOURCE_EXHAUSTED…).
         */
        status: string;
        details?: Array<{
            [key: string]: unknown;
        }>;
    };
};

/**
 * One turn. `parts` is required; `role` is `user` or `model` (`function` and `tool` from older clients mean a user turn).
 */
export type Content = {
    role?: 'user' | 'model' | 'function' | 'tool';
    parts: Array<Part>;
};

/**
 * One piece of content: `text`, `inlineData`, `fileData`, `functionCall`, `functionResponse`, or a type this gateway keeps as it is (`executableCode`…). `thought` and `thoughtSignature` may sit on any part.
 */
export type Part = {
    text?: string;
    inlineData?: Blob;
    fileData?: {
        mimeType?: string;
        fileUri: string;
    };
    functionCall?: FunctionCall;
    functionResponse?: FunctionResponse;
    thought?: boolean;
    thoughtSignature?: string;
};

export type Blob = {
    mimeType: string;
    /**
     * Base64.
     */
    data: string;
};

export type FunctionCall = {
    id?: string;
    name: string;
    args?: {
        [key: string]: unknown;
    };
};

export type FunctionResponse = {
    id?: string;
    name: string;
    response?: {
        [key: string]: unknown;
    };
};

export type GenerateContentRequest = {
    /**
     * Ignored here (the path names the model); present in countTokens' `generateContentRequest`.
     */
    model?: string;
    contents: Array<Content>;
    systemInstruction?: SystemInstruction;
    tools?: Array<Tool>;
    toolConfig?: ToolConfig;
    generationConfig?: GenerationConfig;
    safetySettings?: Array<{
        category?: string;
        threshold?: string;
    }>;
    cachedContent?: string;
};

/**
 * A Content whose role is ignored (the SDK sends `user`).
 */
export type SystemInstruction = {
    role?: string;
    parts: Array<Part>;
};

/**
 * `functionDeclarations`, or a Gemini tool kept as it is for Gemini upstreams (`googleSearch`, `codeExecution`…).
 */
export type Tool = {
    functionDeclarations?: Array<FunctionDeclaration>;
};

export type FunctionDeclaration = {
    name: string;
    description?: string;
    parameters?: Schema;
    /**
     * A JSON Schema, used instead of `parameters`.
     */
    parametersJsonSchema?: unknown;
    response?: Schema;
    /**
     * A JSON Schema of the function's response.
     */
    responseJsonSchema?: unknown;
};

/**
 * Gemini's OpenAPI-subset schema. Types are upper-case (`OBJECT`, `STRING`…); lower-case is accepted too.
 */
export type Schema = {
    type?: 'TYPE_UNSPECIFIED' | 'STRING' | 'NUMBER' | 'INTEGER' | 'BOOLEAN' | 'ARRAY' | 'OBJECT' | 'NULL' | 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'null';
    format?: string;
    description?: string;
    nullable?: boolean;
    enum?: Array<string>;
    properties?: {
        [key: string]: Schema;
    };
    required?: Array<string>;
    items?: Schema;
    anyOf?: Array<Schema>;
};

export type ToolConfig = {
    functionCallingConfig?: {
        mode?: 'MODE_UNSPECIFIED' | 'AUTO' | 'ANY' | 'NONE' | 'VALIDATED';
        allowedFunctionNames?: Array<string>;
    };
};

export type GenerationConfig = {
    temperature?: number;
    topP?: number;
    topK?: number;
    maxOutputTokens?: number;
    stopSequences?: Array<string>;
    candidateCount?: number;
    seed?: number;
    presencePenalty?: number;
    frequencyPenalty?: number;
    responseMimeType?: string;
    responseSchema?: Schema;
    /**
     * A JSON Schema the response must match (with `responseMimeType` `application/json`).
     */
    responseJsonSchema?: unknown;
    thinkingConfig?: {
        thinkingBudget?: number;
        includeThoughts?: boolean;
        thinkingLevel?: string;
    };
};

export type GenerateContentResponse = {
    candidates?: Array<Candidate>;
    usageMetadata?: UsageMetadata;
    /**
     * The NexusFlow model id.
     */
    modelVersion?: string;
    responseId?: string;
    promptFeedback?: {
        blockReason?: string;
    };
};

export type Candidate = {
    content?: Content;
    finishReason?: 'FINISH_REASON_UNSPECIFIED' | 'STOP' | 'MAX_TOKENS' | 'SAFETY' | 'RECITATION' | 'LANGUAGE' | 'OTHER' | 'BLOCKLIST' | 'PROHIBITED_CONTENT' | 'SPII' | 'MALFORMED_FUNCTION_CALL' | 'IMAGE_SAFETY' | 'UNEXPECTED_TOOL_CALL' | 'TOO_MANY_TOOL_CALLS' | 'IMAGE_PROHIBITED_CONTENT' | 'NO_IMAGE' | 'IMAGE_RECITATION' | 'IMAGE_OTHER' | 'CONTINUATION';
    index?: number;
};

export type UsageMetadata = {
    /**
     * All input tokens, cached ones included.
     */
    promptTokenCount?: number;
    /**
     * Output tokens, thinking excluded.
     */
    candidatesTokenCount?: number;
    /**
     * The part of the prompt read from a cache.
     */
    cachedContentTokenCount?: number;
    thoughtsTokenCount?: number;
    totalTokenCount?: number;
};

export type CountTokensRequest = {
    contents?: Array<Content>;
    generateContentRequest?: GenerateContentRequest;
};

export type CountTokensResponse = {
    totalTokens: number;
};

export type BatchEmbedContentsRequest = {
    requests: Array<EmbedContentRequest>;
};

export type EmbedContentRequest = {
    /**
     * `models/<id>`; must name the model of the path.
     */
    model?: string;
    content: Content;
    taskType?: string;
    title?: string;
    outputDimensionality?: number;
};

export type EmbedContentResponse = {
    embedding: {
        values: Array<number>;
    };
};

export type BatchEmbedContentsResponse = {
    embeddings: Array<{
        values: Array<number>;
    }>;
};

export type Model = {
    /**
     * `models/<NexusFlow model id>`.
     */
    name: string;
    baseModelId?: string;
    version?: string;
    displayName: string;
    description?: string;
    inputTokenLimit?: number;
    outputTokenLimit?: number;
    supportedGenerationMethods: Array<string>;
    /**
     * NexusFlow's `supported_protocols` of the model.
     */
    supportedProtocols: Array<string>;
    thinking?: boolean;
};

export type ListModelsResponse = {
    models: Array<Model>;
    nextPageToken?: string;
};

/**
 * A NexusFlow model id. The SDK turns `qwen-turbo` into the resource name `models/qwen-turbo`, whose `models/` is this path's; a `models/` prefix inside the segment is accepted too.
 */
export type Model2 = string;

export type GenerateContentData = {
    body: GenerateContentRequest;
    path: {
        /**
         * A NexusFlow model id. The SDK turns `qwen-turbo` into the resource name `models/qwen-turbo`, whose `models/` is this path's; a `models/` prefix inside the segment is accepted too.
         */
        model: string;
    };
    query?: never;
    url: '/v1beta/models/{model}:generateContent';
};

export type GenerateContentErrors = {
    /**
     * INVALID_ARGUMENT: a malformed request, an unknown field value, or a missing or bad API key (then `details[0].reason` is `API_KEY_INVALID`).
     */
    400: ErrorResponse;
    /**
     * PERMISSION_DENIED.
     */
    403: ErrorResponse;
    /**
     * NOT_FOUND — an unknown model, or one this key may not use.
     */
    404: ErrorResponse;
    /**
     * INVALID_ARGUMENT: a malformed request, an unknown field value, or a missing or bad API key (then `details[0].reason` is `API_KEY_INVALID`).
     */
    413: ErrorResponse;
    /**
     * RESOURCE_EXHAUSTED — rate limited, or the balance cannot cover the request.
     */
    429: ErrorResponse;
    /**
     * INTERNAL — an unexpected gateway error.
     */
    500: ErrorResponse;
    /**
     * UNIMPLEMENTED — the operation is not served by this gateway yet.
     */
    501: ErrorResponse;
    /**
     * UNAVAILABLE — the upstream failed, or no channel can serve the model.
     */
    502: ErrorResponse;
    /**
     * UNAVAILABLE — the upstream failed, or no channel can serve the model.
     */
    503: ErrorResponse;
    /**
     * DEADLINE_EXCEEDED — the upstream timed out.
     */
    504: ErrorResponse;
};

export type GenerateContentError = GenerateContentErrors[keyof GenerateContentErrors];

export type GenerateContentResponses = {
    /**
     * The response.
     */
    200: GenerateContentResponse;
};

export type GenerateContentResponse2 = GenerateContentResponses[keyof GenerateContentResponses];

export type StreamGenerateContentData = {
    body: GenerateContentRequest;
    path: {
        /**
         * A NexusFlow model id. The SDK turns `qwen-turbo` into the resource name `models/qwen-turbo`, whose `models/` is this path's; a `models/` prefix inside the segment is accepted too.
         */
        model: string;
    };
    query?: {
        /**
         * `sse` (what the SDK sends). Answers are server-sent events either way.
         */
        alt?: 'sse' | 'json';
    };
    url: '/v1beta/models/{model}:streamGenerateContent';
};

export type StreamGenerateContentErrors = {
    /**
     * INVALID_ARGUMENT: a malformed request, an unknown field value, or a missing or bad API key (then `details[0].reason` is `API_KEY_INVALID`).
     */
    400: ErrorResponse;
    /**
     * PERMISSION_DENIED.
     */
    403: ErrorResponse;
    /**
     * NOT_FOUND — an unknown model, or one this key may not use.
     */
    404: ErrorResponse;
    /**
     * INVALID_ARGUMENT: a malformed request, an unknown field value, or a missing or bad API key (then `details[0].reason` is `API_KEY_INVALID`).
     */
    413: ErrorResponse;
    /**
     * RESOURCE_EXHAUSTED — rate limited, or the balance cannot cover the request.
     */
    429: ErrorResponse;
    /**
     * INTERNAL — an unexpected gateway error.
     */
    500: ErrorResponse;
    /**
     * UNIMPLEMENTED — the operation is not served by this gateway yet.
     */
    501: ErrorResponse;
    /**
     * UNAVAILABLE — the upstream failed, or no channel can serve the model.
     */
    502: ErrorResponse;
    /**
     * UNAVAILABLE — the upstream failed, or no channel can serve the model.
     */
    503: ErrorResponse;
    /**
     * DEADLINE_EXCEEDED — the upstream timed out.
     */
    504: ErrorResponse;
};

export type StreamGenerateContentError = StreamGenerateContentErrors[keyof StreamGenerateContentErrors];

export type StreamGenerateContentResponses = {
    /**
     * A stream of GenerateContentResponse chunks.
     */
    200: string;
};

export type StreamGenerateContentResponse = StreamGenerateContentResponses[keyof StreamGenerateContentResponses];

export type CountTokensData = {
    body: CountTokensRequest;
    path: {
        /**
         * A NexusFlow model id. The SDK turns `qwen-turbo` into the resource name `models/qwen-turbo`, whose `models/` is this path's; a `models/` prefix inside the segment is accepted too.
         */
        model: string;
    };
    query?: never;
    url: '/v1beta/models/{model}:countTokens';
};

export type CountTokensErrors = {
    /**
     * INVALID_ARGUMENT: a malformed request, an unknown field value, or a missing or bad API key (then `details[0].reason` is `API_KEY_INVALID`).
     */
    400: ErrorResponse;
    /**
     * NOT_FOUND — an unknown model, or one this key may not use.
     */
    404: ErrorResponse;
    /**
     * RESOURCE_EXHAUSTED — rate limited, or the balance cannot cover the request.
     */
    429: ErrorResponse;
    /**
     * INTERNAL — an unexpected gateway error.
     */
    500: ErrorResponse;
    /**
     * UNAVAILABLE — the upstream failed, or no channel can serve the model.
     */
    503: ErrorResponse;
};

export type CountTokensError = CountTokensErrors[keyof CountTokensErrors];

export type CountTokensResponses = {
    /**
     * The token count.
     */
    200: CountTokensResponse;
};

export type CountTokensResponse2 = CountTokensResponses[keyof CountTokensResponses];

export type EmbedContentData = {
    body: EmbedContentRequest;
    path: {
        /**
         * A NexusFlow model id. The SDK turns `qwen-turbo` into the resource name `models/qwen-turbo`, whose `models/` is this path's; a `models/` prefix inside the segment is accepted too.
         */
        model: string;
    };
    query?: never;
    url: '/v1beta/models/{model}:embedContent';
};

export type EmbedContentErrors = {
    /**
     * INVALID_ARGUMENT: a malformed request, an unknown field value, or a missing or bad API key (then `details[0].reason` is `API_KEY_INVALID`).
     */
    400: ErrorResponse;
    /**
     * NOT_FOUND — an unknown model, or one this key may not use.
     */
    404: ErrorResponse;
    /**
     * RESOURCE_EXHAUSTED — rate limited, or the balance cannot cover the request.
     */
    429: ErrorResponse;
    /**
     * INTERNAL — an unexpected gateway error.
     */
    500: ErrorResponse;
    /**
     * UNIMPLEMENTED — the operation is not served by this gateway yet.
     */
    501: ErrorResponse;
    /**
     * UNAVAILABLE — the upstream failed, or no channel can serve the model.
     */
    502: ErrorResponse;
    /**
     * UNAVAILABLE — the upstream failed, or no channel can serve the model.
     */
    503: ErrorResponse;
    /**
     * DEADLINE_EXCEEDED — the upstream timed out.
     */
    504: ErrorResponse;
};

export type EmbedContentError = EmbedContentErrors[keyof EmbedContentErrors];

export type EmbedContentResponses = {
    /**
     * The embedding.
     */
    200: EmbedContentResponse;
};

export type EmbedContentResponse2 = EmbedContentResponses[keyof EmbedContentResponses];

export type BatchEmbedContentsData = {
    body: BatchEmbedContentsRequest;
    path: {
        /**
         * A NexusFlow model id. The SDK turns `qwen-turbo` into the resource name `models/qwen-turbo`, whose `models/` is this path's; a `models/` prefix inside the segment is accepted too.
         */
        model: string;
    };
    query?: never;
    url: '/v1beta/models/{model}:batchEmbedContents';
};

export type BatchEmbedContentsErrors = {
    /**
     * INVALID_ARGUMENT: a malformed request, an unknown field value, or a missing or bad API key (then `details[0].reason` is `API_KEY_INVALID`).
     */
    400: ErrorResponse;
    /**
     * NOT_FOUND — an unknown model, or one this key may not use.
     */
    404: ErrorResponse;
    /**
     * RESOURCE_EXHAUSTED — rate limited, or the balance cannot cover the request.
     */
    429: ErrorResponse;
    /**
     * INTERNAL — an unexpected gateway error.
     */
    500: ErrorResponse;
    /**
     * UNIMPLEMENTED — the operation is not served by this gateway yet.
     */
    501: ErrorResponse;
    /**
     * UNAVAILABLE — the upstream failed, or no channel can serve the model.
     */
    502: ErrorResponse;
    /**
     * UNAVAILABLE — the upstream failed, or no channel can serve the model.
     */
    503: ErrorResponse;
    /**
     * DEADLINE_EXCEEDED — the upstream timed out.
     */
    504: ErrorResponse;
};

export type BatchEmbedContentsError = BatchEmbedContentsErrors[keyof BatchEmbedContentsErrors];

export type BatchEmbedContentsResponses = {
    /**
     * The embeddings.
     */
    200: BatchEmbedContentsResponse;
};

export type BatchEmbedContentsResponse2 = BatchEmbedContentsResponses[keyof BatchEmbedContentsResponses];

export type ListModelsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Models per page (default 50, at most 1000).
         */
        pageSize?: number;
        /**
         * The `nextPageToken` of the previous page.
         */
        pageToken?: string;
    };
    url: '/v1beta/models';
};

export type ListModelsErrors = {
    /**
     * INVALID_ARGUMENT: a malformed request, an unknown field value, or a missing or bad API key (then `details[0].reason` is `API_KEY_INVALID`).
     */
    400: ErrorResponse;
    /**
     * RESOURCE_EXHAUSTED — rate limited, or the balance cannot cover the request.
     */
    429: ErrorResponse;
    /**
     * INTERNAL — an unexpected gateway error.
     */
    500: ErrorResponse;
    /**
     * UNAVAILABLE — the upstream failed, or no channel can serve the model.
     */
    503: ErrorResponse;
};

export type ListModelsError = ListModelsErrors[keyof ListModelsErrors];

export type ListModelsResponses = {
    /**
     * One page of models.
     */
    200: ListModelsResponse;
};

export type ListModelsResponse2 = ListModelsResponses[keyof ListModelsResponses];

export type GetModelData = {
    body?: never;
    path: {
        /**
         * A NexusFlow model id. The SDK turns `qwen-turbo` into the resource name `models/qwen-turbo`, whose `models/` is this path's; a `models/` prefix inside the segment is accepted too.
         */
        model: string;
    };
    query?: never;
    url: '/v1beta/models/{model}';
};

export type GetModelErrors = {
    /**
     * INVALID_ARGUMENT: a malformed request, an unknown field value, or a missing or bad API key (then `details[0].reason` is `API_KEY_INVALID`).
     */
    400: ErrorResponse;
    /**
     * NOT_FOUND — an unknown model, or one this key may not use.
     */
    404: ErrorResponse;
    /**
     * RESOURCE_EXHAUSTED — rate limited, or the balance cannot cover the request.
     */
    429: ErrorResponse;
    /**
     * INTERNAL — an unexpected gateway error.
     */
    500: ErrorResponse;
    /**
     * UNAVAILABLE — the upstream failed, or no channel can serve the model.
     */
    503: ErrorResponse;
};

export type GetModelError = GetModelErrors[keyof GetModelErrors];

export type GetModelResponses = {
    /**
     * The model.
     */
    200: Model;
};

export type GetModelResponse = GetModelResponses[keyof GetModelResponses];

// Generated from spec/openapi/responses.yaml by spec/codegen — do not edit.

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

export type CreateResponseRequest = {
    /**
     * A NexusFlow model id (or alias) whose `supported_protocols` lists `openai:responses`.
     */
    model: string;
    /**
     * A string (one user message) or a list of input items.
     */
    input?: string | Array<InputItem>;
    /**
     * A system (developer) message placed first. Not carried over by `previous_response_id`.
     */
    instructions?: string | null;
    tools?: Array<Tool>;
    tool_choice?: ToolChoice;
    parallel_tool_calls?: boolean | null;
    reasoning?: Reasoning;
    text?: TextConfig;
    max_output_tokens?: number | null;
    temperature?: number | null;
    top_p?: number | null;
    metadata?: Metadata;
    /**
     * `reasoning.encrypted_content` returns reasoning items a later request can send back (with `store: false`).
     */
    include?: Array<string> | null;
    store?: boolean | null;
    previous_response_id?: string | null;
    prompt_cache_key?: string;
    safety_identifier?: string;
    user?: string;
    stream?: boolean | null;
    stream_options?: {
        include_obfuscation?: boolean;
    } | null;
    truncation?: 'auto' | 'disabled' | null;
    service_tier?: string | null;
    /**
     * Not served; `true` is rejected with 400.
     */
    background?: boolean | null;
};

export type Metadata = {
    [key: string]: string;
} | null;

/**
 * A message (`type` may be omitted), a function call the model made, its output, or a reasoning item from an earlier response.
 */
export type InputItem = InputMessage | FunctionCallItem | FunctionCallOutputItem | ReasoningItem | CustomToolCallItem | CustomToolCallOutputItem | ItemReference;

/**
 * A call of a custom (free-form input) tool.
 */
export type CustomToolCallItem = {
    type: 'custom_tool_call';
    id?: string;
    call_id: string;
    name: string;
    namespace?: string;
    input: string;
};

export type CustomToolCallOutputItem = {
    type: 'custom_tool_call_output';
    id?: string;
    call_id: string;
    output: string | Array<InputContent>;
};

/**
 * An item of an earlier stored response of this account, by id.
 */
export type ItemReference = {
    type: 'item_reference';
    id: string;
};

export type InputMessage = {
    type?: 'message';
    id?: string;
    role: 'user' | 'assistant' | 'system' | 'developer';
    status?: string;
    content: string | Array<InputContent>;
};

export type InputContent = ({
    type: 'input_text';
} & InputText) | ({
    type: 'input_image';
} & InputImage) | ({
    type: 'input_file';
} & InputFile) | ({
    type: 'output_text';
} & OutputText) | ({
    type: 'refusal';
} & Refusal);

export type InputText = {
    type: 'input_text';
    text: string;
};

export type InputImage = {
    type: 'input_image';
    /**
     * An http(s) URL or a `data:` URL.
     */
    image_url?: string | null;
    file_id?: string | null;
    detail?: 'low' | 'high' | 'auto';
};

export type InputFile = {
    type: 'input_file';
    /**
     * A `data:` URL or bare base64.
     */
    file_data?: string;
    file_url?: string;
    file_id?: string | null;
    filename?: string;
};

export type OutputText = {
    type: 'output_text';
    text: string;
    annotations?: Array<{
        [key: string]: unknown;
    }>;
    logprobs?: Array<{
        [key: string]: unknown;
    }>;
};

export type Refusal = {
    type: 'refusal';
    refusal: string;
};

export type FunctionCallItem = {
    type: 'function_call';
    id?: string;
    call_id: string;
    name: string;
    /**
     * The namespace tool the function belongs to, when it belongs to one.
     */
    namespace?: string;
    arguments: string;
    status?: 'in_progress' | 'completed' | 'incomplete';
};

export type FunctionCallOutputItem = {
    type: 'function_call_output';
    id?: string | null;
    call_id: string;
    output: string | Array<InputContent>;
    status?: 'in_progress' | 'completed' | 'incomplete' | null;
};

export type ReasoningItem = {
    type: 'reasoning';
    id?: string;
    summary: Array<SummaryText>;
    content?: Array<{
        type: 'reasoning_text';
        text: string;
    }>;
    encrypted_content?: string | null;
    status?: 'in_progress' | 'completed' | 'incomplete';
};

export type SummaryText = {
    type: 'summary_text';
    text: string;
};

/**
 * Function tools, custom (free-form input) tools, and namespaces of them (`{type: namespace, name, tools}`) are served with every upstream: a custom tool reaches upstreams as a function with one string parameter `input`. Hosted tools (`web_search`, `file_search`, `code_interpreter`, …) run on OpenAI's own servers, which no NexusFlow upstream has: they are left out of what the model sees and named in the `x-nexusflow-ignored-tools` response header; forcing one with `tool_choice` is a 400.
 */
export type Tool = {
    type: string;
    name?: string;
    /**
     * The function tools of a `namespace` tool.
     */
    tools?: Array<{
        [key: string]: unknown;
    }>;
    description?: string | null;
    parameters?: {
        [key: string]: unknown;
    } | null;
    strict?: boolean | null;
};

export type ToolChoice = 'none' | 'auto' | 'required' | {
    type: 'function';
    name: string;
} | {
    type: 'allowed_tools';
    mode: 'auto' | 'required';
    tools: Array<{
        [key: string]: unknown;
    }>;
};

export type Reasoning = {
    effort?: 'none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh' | null;
    summary?: 'auto' | 'concise' | 'detailed' | null;
    generate_summary?: string | null;
} | null;

export type TextConfig = {
    format?: TextFormat;
    verbosity?: 'low' | 'medium' | 'high' | null;
};

export type TextFormat = ({
    type: 'text';
} & TextFormatText) | ({
    type: 'json_object';
} & TextFormatJsonObject) | ({
    type: 'json_schema';
} & TextFormatJsonSchema);

export type TextFormatText = {
    type: 'text';
};

export type TextFormatJsonObject = {
    type: 'json_object';
};

export type TextFormatJsonSchema = {
    type: 'json_schema';
    name: string;
    description?: string;
    schema: {
        [key: string]: unknown;
    };
    strict?: boolean | null;
};

export type Response = {
    id: string;
    object: 'response';
    created_at: number;
    completed_at?: number | null;
    status: 'completed' | 'failed' | 'in_progress' | 'cancelled' | 'queued' | 'incomplete';
    background?: boolean | null;
    error: {
        code: string;
        message: string;
    } | null;
    incomplete_details: {
        reason?: 'max_output_tokens' | 'content_filter';
    } | null;
    instructions: string | null;
    max_output_tokens?: number | null;
    metadata: Metadata;
    model: string;
    output: Array<OutputItem>;
    /**
     * The text of every `output_text` part, joined (as the SDKs compute it).
     */
    output_text?: string;
    parallel_tool_calls: boolean;
    previous_response_id?: string | null;
    reasoning?: {
        [key: string]: unknown;
    } | null;
    service_tier?: string | null;
    store?: boolean;
    temperature: number | null;
    text?: {
        [key: string]: unknown;
    };
    tool_choice: unknown;
    tools: Array<{
        [key: string]: unknown;
    }>;
    top_p: number | null;
    truncation?: string | null;
    usage?: ResponseUsage;
    user?: string | null;
};

export type ResponseUsage = {
    /**
     * Includes cached tokens.
     */
    input_tokens: number;
    input_tokens_details: {
        cached_tokens: number;
    };
    /**
     * Includes reasoning tokens.
     */
    output_tokens: number;
    output_tokens_details: {
        reasoning_tokens: number;
    };
    total_tokens: number;
    /**
     * NexusFlow extension: the credits charged for this request, as on chat completions. Also sent as the `x-nexusflow-cost` header, or trailer when streaming.
     */
    cost?: number;
};

export type OutputItem = ({
    type: 'message';
} & OutputMessage) | ({
    type: 'function_call';
} & FunctionCallItem) | ({
    type: 'custom_tool_call';
} & CustomToolCallItem) | ({
    type: 'reasoning';
} & ReasoningItem);

export type OutputMessage = {
    type: 'message';
    id: string;
    role: 'assistant';
    status: 'in_progress' | 'completed' | 'incomplete';
    content: Array<OutputText | Refusal>;
};

export type DeletedResponse = {
    id: string;
    object: 'response';
    deleted: boolean;
};

export type InputItemList = {
    object: 'list';
    data: Array<{
        id: string;
        type: string;
    }>;
    first_id: string | null;
    last_id: string | null;
    has_more: boolean;
};

/**
 * One event of a streamed response; every event carries `sequence_number`, starting at 0.
 */
export type ResponseStreamEvent = ({
    type: 'response.created';
} & ResponseCreatedEvent) | ({
    type: 'response.in_progress';
} & ResponseInProgressEvent) | ({
    type: 'response.completed';
} & ResponseCompletedEvent) | ({
    type: 'response.incomplete';
} & ResponseIncompleteEvent) | ({
    type: 'response.failed';
} & ResponseFailedEvent) | ({
    type: 'response.output_item.added';
} & OutputItemAddedEvent) | ({
    type: 'response.output_item.done';
} & OutputItemDoneEvent) | ({
    type: 'response.content_part.added';
} & ContentPartAddedEvent) | ({
    type: 'response.content_part.done';
} & ContentPartDoneEvent) | ({
    type: 'response.output_text.delta';
} & TextDeltaEvent) | ({
    type: 'response.output_text.done';
} & TextDoneEvent) | ({
    type: 'response.function_call_arguments.delta';
} & ArgumentsDeltaEvent) | ({
    type: 'response.function_call_arguments.done';
} & ArgumentsDoneEvent) | ({
    type: 'response.reasoning_summary_part.added';
} & SummaryPartAddedEvent) | ({
    type: 'response.reasoning_summary_part.done';
} & SummaryPartDoneEvent) | ({
    type: 'response.reasoning_summary_text.delta';
} & SummaryTextDeltaEvent) | ({
    type: 'response.reasoning_summary_text.done';
} & SummaryTextDoneEvent) | ({
    type: 'response.custom_tool_call_input.delta';
} & CustomInputDeltaEvent) | ({
    type: 'response.custom_tool_call_input.done';
} & CustomInputDoneEvent) | ({
    type: 'error';
} & ErrorEvent);

export type CustomInputDeltaEvent = {
    type: 'response.custom_tool_call_input.delta';
    sequence_number: number;
    item_id: string;
    output_index: number;
    delta: string;
};

export type CustomInputDoneEvent = {
    type: 'response.custom_tool_call_input.done';
    sequence_number: number;
    item_id: string;
    output_index: number;
    input: string;
};

export type ResponseCreatedEvent = {
    type: 'response.created';
    sequence_number: number;
    response: Response;
};

export type ResponseInProgressEvent = {
    type: 'response.in_progress';
    sequence_number: number;
    response: Response;
};

export type ResponseCompletedEvent = {
    type: 'response.completed';
    sequence_number: number;
    response: Response;
};

export type ResponseIncompleteEvent = {
    type: 'response.incomplete';
    sequence_number: number;
    response: Response;
};

export type ResponseFailedEvent = {
    type: 'response.failed';
    sequence_number: number;
    response: Response;
};

export type OutputItemAddedEvent = {
    type: 'response.output_item.added';
    sequence_number: number;
    output_index: number;
    item: OutputItem;
};

export type OutputItemDoneEvent = {
    type: 'response.output_item.done';
    sequence_number: number;
    output_index: number;
    item: OutputItem;
};

export type ContentPartAddedEvent = {
    type: 'response.content_part.added';
    sequence_number: number;
    item_id: string;
    output_index: number;
    content_index: number;
    part: OutputText;
};

export type ContentPartDoneEvent = {
    type: 'response.content_part.done';
    sequence_number: number;
    item_id: string;
    output_index: number;
    content_index: number;
    part: OutputText;
};

export type TextDeltaEvent = {
    type: 'response.output_text.delta';
    sequence_number: number;
    item_id: string;
    output_index: number;
    content_index: number;
    delta: string;
    logprobs?: Array<unknown>;
};

export type TextDoneEvent = {
    type: 'response.output_text.done';
    sequence_number: number;
    item_id: string;
    output_index: number;
    content_index: number;
    text: string;
    logprobs?: Array<unknown>;
};

export type ArgumentsDeltaEvent = {
    type: 'response.function_call_arguments.delta';
    sequence_number: number;
    item_id: string;
    output_index: number;
    delta: string;
};

export type ArgumentsDoneEvent = {
    type: 'response.function_call_arguments.done';
    sequence_number: number;
    item_id: string;
    output_index: number;
    name?: string;
    arguments: string;
};

export type SummaryPartAddedEvent = {
    type: 'response.reasoning_summary_part.added';
    sequence_number: number;
    item_id: string;
    output_index: number;
    summary_index: number;
    part: SummaryText;
};

export type SummaryPartDoneEvent = {
    type: 'response.reasoning_summary_part.done';
    sequence_number: number;
    item_id: string;
    output_index: number;
    summary_index: number;
    part: SummaryText;
};

export type SummaryTextDeltaEvent = {
    type: 'response.reasoning_summary_text.delta';
    sequence_number: number;
    item_id: string;
    output_index: number;
    summary_index: number;
    delta: string;
};

export type SummaryTextDoneEvent = {
    type: 'response.reasoning_summary_text.done';
    sequence_number: number;
    item_id: string;
    output_index: number;
    summary_index: number;
    text: string;
};

export type ErrorEvent = {
    type: 'error';
    sequence_number: number;
    code?: string | null;
    message: string;
    param?: string | null;
};

/**
 * The id of a response (`resp_…`).
 */
export type ResponseId = string;

export type CreateResponseData = {
    body: CreateResponseRequest;
    path?: never;
    query?: never;
    url: '/v1/responses';
};

export type CreateResponseErrors = {
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
     * Unknown model or response, or one this key may not use.
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

export type CreateResponseError = CreateResponseErrors[keyof CreateResponseErrors];

export type CreateResponseResponses = {
    /**
     * A response, or its event stream when `stream` is true.
     */
    200: Response;
};

export type CreateResponseResponse = CreateResponseResponses[keyof CreateResponseResponses];

export type DeleteResponseData = {
    body?: never;
    path: {
        /**
         * The id of a response (`resp_…`).
         */
        response_id: string;
    };
    query?: never;
    url: '/v1/responses/{response_id}';
};

export type DeleteResponseErrors = {
    /**
     * Missing or invalid API key.
     */
    401: ErrorResponse;
    /**
     * Unknown model or response, or one this key may not use.
     */
    404: ErrorResponse;
    /**
     * An unexpected gateway error.
     */
    500: ErrorResponse;
    /**
     * No channel can serve the model right now, or the store is unavailable.
     */
    503: ErrorResponse;
};

export type DeleteResponseError = DeleteResponseErrors[keyof DeleteResponseErrors];

export type DeleteResponseResponses = {
    /**
     * The response was deleted.
     */
    200: DeletedResponse;
};

export type DeleteResponseResponse = DeleteResponseResponses[keyof DeleteResponseResponses];

export type RetrieveResponseData = {
    body?: never;
    path: {
        /**
         * The id of a response (`resp_…`).
         */
        response_id: string;
    };
    query?: {
        /**
         * Extra fields to include, e.g. `reasoning.encrypted_content`.
         */
        include?: Array<string>;
    };
    url: '/v1/responses/{response_id}';
};

export type RetrieveResponseErrors = {
    /**
     * The request is malformed; `param` names the offending field.
     */
    400: ErrorResponse;
    /**
     * Missing or invalid API key.
     */
    401: ErrorResponse;
    /**
     * Unknown model or response, or one this key may not use.
     */
    404: ErrorResponse;
    /**
     * An unexpected gateway error.
     */
    500: ErrorResponse;
    /**
     * No channel can serve the model right now, or the store is unavailable.
     */
    503: ErrorResponse;
};

export type RetrieveResponseError = RetrieveResponseErrors[keyof RetrieveResponseErrors];

export type RetrieveResponseResponses = {
    /**
     * The response.
     */
    200: Response;
};

export type RetrieveResponseResponse = RetrieveResponseResponses[keyof RetrieveResponseResponses];

export type ListResponseInputItemsData = {
    body?: never;
    path: {
        /**
         * The id of a response (`resp_…`).
         */
        response_id: string;
    };
    query?: {
        limit?: number;
        order?: 'asc' | 'desc';
        /**
         * An item id; the page starts after it.
         */
        after?: string;
        include?: Array<string>;
    };
    url: '/v1/responses/{response_id}/input_items';
};

export type ListResponseInputItemsErrors = {
    /**
     * The request is malformed; `param` names the offending field.
     */
    400: ErrorResponse;
    /**
     * Missing or invalid API key.
     */
    401: ErrorResponse;
    /**
     * Unknown model or response, or one this key may not use.
     */
    404: ErrorResponse;
    /**
     * An unexpected gateway error.
     */
    500: ErrorResponse;
    /**
     * No channel can serve the model right now, or the store is unavailable.
     */
    503: ErrorResponse;
};

export type ListResponseInputItemsError = ListResponseInputItemsErrors[keyof ListResponseInputItemsErrors];

export type ListResponseInputItemsResponses = {
    /**
     * A page of input items.
     */
    200: InputItemList;
};

export type ListResponseInputItemsResponse = ListResponseInputItemsResponses[keyof ListResponseInputItemsResponses];

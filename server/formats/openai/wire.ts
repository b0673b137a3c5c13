/**
 * The OpenAI Chat Completions wire shapes as this module reads and writes them
 * (protocols.md §2). Inbound bodies are validated against spec/openapi/openai.yaml before
 * they reach these types; upstream bodies are not, so decoders of upstream data stay defensive.
 */
export type WireContentPart =
  | { type: 'text'; text: string; [k: string]: unknown }
  | { type: 'image_url'; image_url: { url: string; detail?: string }; [k: string]: unknown }
  | { type: 'input_audio'; input_audio: { data: string; format: string } }
  | { type: 'file'; file: { file_data?: string; file_id?: string; filename?: string } }
  | { type: 'refusal'; refusal: string }
  | { type: string; [k: string]: unknown };

export interface WireToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

/** A call of a custom tool (free-form text input), as assistant history in a request may carry it. */
export interface WireCustomToolCall {
  id: string;
  type: 'custom';
  custom: { name: string; input: string };
}

export interface WireMessage {
  role: 'developer' | 'system' | 'user' | 'assistant' | 'tool' | 'function';
  content?: string | WireContentPart[] | null;
  name?: string;
  tool_calls?: Array<WireToolCall | WireCustomToolCall>;
  tool_call_id?: string;
  reasoning_content?: string | null;
  refusal?: string | null;
  function_call?: { name: string; arguments: string };
}

export interface WireTool {
  type: 'function';
  function: { name: string; description?: string; parameters?: Record<string, unknown>; strict?: boolean };
}

export type WireToolChoice = 'none' | 'auto' | 'required' | { type: 'function'; function: { name: string } } | { type: string; [k: string]: unknown };

export interface WireChatRequest {
  model: string;
  messages: WireMessage[];
  tools?: WireTool[];
  tool_choice?: WireToolChoice;
  parallel_tool_calls?: boolean;
  response_format?: { type: 'text' } | { type: 'json_object' } | { type: 'json_schema'; json_schema: { name?: string; description?: string; schema?: Record<string, unknown>; strict?: boolean } };
  stream?: boolean | null;
  stream_options?: { include_usage?: boolean } | null;
  max_tokens?: number | null;
  max_completion_tokens?: number | null;
  n?: number | null;
  stop?: string | string[] | null;
  temperature?: number | null;
  top_p?: number | null;
  seed?: number | null;
  user?: string;
  reasoning_effort?: string | null;
  frequency_penalty?: number | null;
  presence_penalty?: number | null;
  [k: string]: unknown;
}

export interface WireUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  prompt_tokens_details?: { cached_tokens?: number; cache_write_tokens?: number; audio_tokens?: number } | null;
  completion_tokens_details?: { reasoning_tokens?: number; audio_tokens?: number; accepted_prediction_tokens?: number; rejected_prediction_tokens?: number } | null;
  /** NexusFlow extension: credits charged (OpenRouter's `usage.cost` convention). */
  cost?: number;
}

export type WireFinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'function_call';

export interface WireChatResponse {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  choices: Array<{
    index: number;
    message: { role: 'assistant'; content: string | null; refusal: string | null; annotations?: unknown[]; tool_calls?: WireToolCall[]; reasoning_content?: string };
    logprobs: null;
    finish_reason: WireFinishReason;
  }>;
  usage?: WireUsage;
  system_fingerprint?: string | null;
}

export interface WireChunkToolCall {
  index: number;
  id?: string;
  type?: 'function';
  function?: { name?: string; arguments?: string };
}

export interface WireChunk {
  id: string;
  object: 'chat.completion.chunk';
  created: number;
  model: string;
  system_fingerprint?: string | null;
  choices: Array<{
    index: number;
    delta: { role?: 'assistant'; content?: string | null; reasoning_content?: string | null; refusal?: string | null; tool_calls?: WireChunkToolCall[] };
    logprobs: null;
    finish_reason: WireFinishReason | null;
  }>;
  usage?: WireUsage | null;
}

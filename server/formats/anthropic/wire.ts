/**
 * The Anthropic Messages wire shapes as this module reads and writes them (protocols.md §3).
 * Inbound bodies are validated against spec/openapi/anthropic.yaml before they reach these
 * types; upstream bodies are not, so decoders of upstream data stay defensive.
 */

export interface WireCacheControl {
  type: 'ephemeral';
  ttl?: '5m' | '1h';
}

export type WireImageSource =
  | { type: 'base64'; media_type: string; data: string }
  | { type: 'url'; url: string }
  | { type: 'file'; file_id: string };

export type WireDocumentSource =
  | { type: 'base64'; media_type: string; data: string }
  | { type: 'text'; media_type: string; data: string }
  | { type: 'url'; url: string }
  | { type: 'content'; content: unknown }
  | { type: 'file'; file_id: string };

export interface WireTextBlock {
  type: 'text';
  text: string;
  cache_control?: WireCacheControl | null;
  citations?: unknown[] | null;
  [k: string]: unknown;
}

export interface WireImageBlock {
  type: 'image';
  source: WireImageSource;
  [k: string]: unknown;
}

export interface WireDocumentBlock {
  type: 'document';
  source: WireDocumentSource;
  title?: string | null;
  [k: string]: unknown;
}

export interface WireToolUseBlock {
  type: 'tool_use';
  id: string;
  name: string;
  input: unknown;
  [k: string]: unknown;
}

export interface WireToolResultBlock {
  type: 'tool_result';
  tool_use_id: string;
  content?: string | WireContentBlock[];
  is_error?: boolean;
  [k: string]: unknown;
}

export interface WireThinkingBlock {
  type: 'thinking';
  thinking: string;
  signature: string;
}

export interface WireRedactedThinkingBlock {
  type: 'redacted_thinking';
  data: string;
}

/** A block type we do not model (server_tool_use, search_result…), kept verbatim. */
export interface WireOtherBlock {
  type: string;
  [k: string]: unknown;
}

export type WireContentBlock =
  | WireTextBlock
  | WireImageBlock
  | WireDocumentBlock
  | WireToolUseBlock
  | WireToolResultBlock
  | WireThinkingBlock
  | WireRedactedThinkingBlock
  | WireOtherBlock;

export interface WireMessage {
  role: 'user' | 'assistant' | 'system';
  content: string | WireContentBlock[];
}

export interface WireTool {
  name: string;
  description?: string;
  input_schema?: Record<string, unknown>;
  type?: string;
  strict?: boolean;
  cache_control?: WireCacheControl | null;
  [k: string]: unknown;
}

export type WireToolChoice =
  | { type: 'auto'; disable_parallel_tool_use?: boolean }
  | { type: 'any'; disable_parallel_tool_use?: boolean }
  | { type: 'tool'; name: string; disable_parallel_tool_use?: boolean }
  | { type: 'none' };

export type WireThinkingConfig =
  | { type: 'enabled'; budget_tokens: number; display?: 'summarized' | 'omitted' }
  | { type: 'disabled' }
  | { type: 'adaptive'; display?: 'summarized' | 'omitted' }
  | { type: string; [k: string]: unknown };

export interface WireMessagesRequest {
  model: string;
  max_tokens?: number;
  messages: WireMessage[];
  system?: string | WireTextBlock[];
  tools?: WireTool[];
  tool_choice?: WireToolChoice;
  stop_sequences?: string[];
  temperature?: number;
  top_p?: number;
  top_k?: number;
  metadata?: { user_id?: string | null; [k: string]: unknown };
  stream?: boolean;
  thinking?: WireThinkingConfig;
  output_config?: { effort?: string; format?: { type: string; schema?: Record<string, unknown>; [k: string]: unknown }; [k: string]: unknown };
  [k: string]: unknown;
}

export type WireStopReason = 'end_turn' | 'max_tokens' | 'stop_sequence' | 'tool_use' | 'pause_turn' | 'refusal' | 'model_context_window_exceeded';

export interface WireUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number | null;
  cache_read_input_tokens: number | null;
  output_tokens_details?: { thinking_tokens: number };
  [k: string]: unknown;
}

export interface WireMessageResponse {
  id: string;
  type: 'message';
  role: 'assistant';
  model: string;
  content: WireContentBlock[];
  stop_reason: WireStopReason | null;
  stop_sequence: string | null;
  usage: WireUsage;
  [k: string]: unknown;
}

export type WireDelta =
  | { type: 'text_delta'; text: string }
  | { type: 'input_json_delta'; partial_json: string }
  | { type: 'thinking_delta'; thinking: string }
  | { type: 'signature_delta'; signature: string };

export type WireStreamEvent =
  | { type: 'message_start'; message: WireMessageResponse }
  | { type: 'content_block_start'; index: number; content_block: WireContentBlock }
  | { type: 'content_block_delta'; index: number; delta: WireDelta }
  | { type: 'content_block_stop'; index: number }
  | { type: 'message_delta'; delta: { stop_reason: WireStopReason | null; stop_sequence: string | null }; usage: Partial<WireUsage> & { output_tokens: number } }
  | { type: 'message_stop' }
  | { type: 'ping' }
  | { type: 'error'; error: { type: string; message: string }; request_id?: string };

/** API versions the gateway accepts (protocols.md §3.1). */
export const ANTHROPIC_VERSIONS = ['2023-06-01', '2026-10-21'] as const;

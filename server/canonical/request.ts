import type { Extensions, Part } from './parts.js';
import type { Protocol } from './protocol.js';

/** 'system' appears here only for instructions placed mid-conversation; leading ones are in `system`. */
export type Role = 'user' | 'assistant' | 'tool' | 'system';

export interface Message {
  role: Role;
  parts: Part[];
  /** OpenAI `name` on a message. */
  name?: string;
}

export interface ToolDefinition {
  name: string;
  description?: string;
  /** JSON Schema of the arguments. */
  parameters?: Record<string, unknown>;
  strict?: boolean;
  extensions?: Extensions;
}

export type ToolChoice =
  | { type: 'auto' }
  | { type: 'none' }
  | { type: 'required' }
  | { type: 'tool'; name: string };

export type ResponseFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | { type: 'json_schema'; name?: string; schema?: Record<string, unknown>; strict?: boolean; description?: string };

export interface ReasoningSettings {
  enabled?: boolean;
  budgetTokens?: number;
  effort?: string;
  /** Whether the caller wants thinking text back (Gemini includeThoughts, Anthropic display). */
  includeThoughts?: boolean;
}

export interface Sampling {
  temperature?: number;
  topP?: number;
  topK?: number;
  maxOutputTokens?: number;
  stop?: string[];
  seed?: number;
  n?: number;
  presencePenalty?: number;
  frequencyPenalty?: number;
}

/** The protocol-neutral chat request every front door decodes into. */
export interface CanonicalChatRequest {
  model: string;
  inbound: Protocol;
  /** System / developer instructions, in order. */
  system: Part[];
  messages: Message[];
  tools: ToolDefinition[];
  toolChoice?: ToolChoice;
  parallelToolCalls?: boolean;
  sampling: Sampling;
  responseFormat?: ResponseFormat;
  reasoning?: ReasoningSettings;
  stream: boolean;
  /** Whether the caller asked for usage on the stream (OpenAI include_usage). */
  streamUsage?: boolean;
  endUser?: string;
  /** Fields of the inbound body we do not model, for same-protocol upstreams. */
  extensions?: Extensions;
  /** Inbound headers a same-protocol upstream should receive (Anthropic `anthropic-beta`, landscape.md #12). */
  forwardHeaders?: { protocol: Protocol; headers: Record<string, string> };
}

import type { FinishReason } from './response.js';
import type { CanonicalUsage } from './usage.js';
import type { GatewayError } from '../errors/gateway-error.js';

/**
 * The typed stream every provider adapter produces and every front-door encoder consumes.
 * Parts are addressed by (choice, index); an index is unique within its choice.
 */
export type StreamEvent =
  | { type: 'start'; id: string; model: string; created: number }
  | { type: 'part_start'; choice: number; index: number; kind: 'text' | 'thinking' | 'tool_call' | 'redacted_thinking'; toolCallId?: string; toolName?: string; data?: string }
  | { type: 'text_delta'; choice: number; index: number; text: string }
  | { type: 'thinking_delta'; choice: number; index: number; text: string }
  | { type: 'signature_delta'; choice: number; index: number; signature: string }
  | { type: 'tool_arguments_delta'; choice: number; index: number; json: string }
  | { type: 'part_end'; choice: number; index: number }
  | { type: 'finish'; choice: number; reason: FinishReason }
  /** `partial`: input-side counts known early (Anthropic `message_start`); a later usage event completes them. */
  | { type: 'usage'; usage: CanonicalUsage; partial?: boolean }
  | { type: 'error'; error: GatewayError }
  /**
   * Same-protocol pass-through (formats/openai/chunk-relay.ts): one upstream read's chunks as
   * frames ready for a caller of the upstream's own protocol. `output`/`thinking` are the text they
   * carry (billing's estimate when no usage comes), `produced` whether they carry any output;
   * `id`/`created` are the stream's, for the frames the gateway adds after them.
   */
  | { type: 'passthrough'; frames: string; output: string; thinking: string; produced: boolean; id: string; created: number }
  | { type: 'keepalive' };

import type { Extensions, Part } from './parts.js';
import type { CanonicalUsage } from './usage.js';

/** Our own closed set of finish reasons, mapped at the edges. */
export type FinishReason =
  | { type: 'stop' }
  | { type: 'length' }
  | { type: 'tool_calls' }
  | { type: 'content_filter' }
  | { type: 'stop_sequence'; sequence?: string }
  | { type: 'error' }
  | { type: 'other'; raw: string };

export interface Choice {
  index: number;
  parts: Part[];
  finish: FinishReason;
}

export interface CanonicalChatResponse {
  id: string;
  model: string;
  created: number;
  choices: Choice[];
  usage?: CanonicalUsage;
  /** Upstream response fields we do not model (Anthropic `container`, extra usage fields…), for same-protocol callers. */
  extensions?: Extensions;
}

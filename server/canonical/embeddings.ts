import type { Protocol } from './protocol.js';
import type { UsageSource } from './usage.js';

/** One input to embed: text, or pre-tokenized ids (OpenAI accepts both). */
export type EmbeddingInput = { kind: 'text'; text: string } | { kind: 'tokens'; tokens: number[] };

export interface CanonicalEmbeddingRequest {
  model: string;
  inbound: Protocol;
  inputs: EmbeddingInput[];
  /** Requested output dimension, when the model supports shortening. */
  dimensions?: number;
  /** Gemini task type / title, kept for Gemini upstreams. */
  taskType?: string;
  endUser?: string;
}

export interface CanonicalEmbeddingResponse {
  model: string;
  /** One vector per input, in input order. */
  vectors: Float32Array[];
  inputTokens: number | undefined;
  source: UsageSource;
}

import type { Protocol } from './protocol.js';

/** Content parts carried by messages and choices. A superset of the three protocols. */
export type Part =
  | TextPart
  | ImagePart
  | DocumentPart
  | AudioPart
  | ToolCallPart
  | ToolResultPart
  | ThinkingPart
  | RedactedThinkingPart
  | OpaquePart;

export interface TextPart {
  kind: 'text';
  text: string;
  /** Provider-specific fields (cache_control, citations…) kept for same-protocol hops. */
  extensions?: Extensions;
}

export interface ImagePart {
  kind: 'image';
  source: { type: 'url'; url: string } | { type: 'base64'; mediaType: string; data: string };
  detail?: string;
  extensions?: Extensions;
}

export interface DocumentPart {
  kind: 'document';
  source: { type: 'url'; url: string } | { type: 'base64'; mediaType: string; data: string } | { type: 'text'; text: string };
  title?: string;
  extensions?: Extensions;
}

export interface AudioPart {
  kind: 'audio';
  data: string;
  format: string;
}

export interface ToolCallPart {
  kind: 'tool_call';
  id: string;
  name: string;
  /** The exact argument text as produced by the model (may not be valid JSON). */
  argumentsRaw: string;
  /** Parsed arguments when `argumentsRaw` is a JSON object, else undefined. */
  arguments?: Record<string, unknown>;
  extensions?: Extensions;
}

export interface ToolResultPart {
  kind: 'tool_result';
  callId: string;
  /** Some protocols (Gemini) key results by function name rather than id. */
  name?: string;
  content: Part[];
  isError?: boolean;
  extensions?: Extensions;
}

export interface ThinkingPart {
  kind: 'thinking';
  text: string;
  signature?: string;
}

export interface RedactedThinkingPart {
  kind: 'redacted_thinking';
  data: string;
}

/** A block type we do not model, kept verbatim so it survives a same-protocol round trip. */
export interface OpaquePart {
  kind: 'opaque';
  protocol: Protocol;
  value: unknown;
}

/** Fields we do not model, tagged with the protocol they came from. */
export interface Extensions {
  protocol: Protocol;
  fields: Record<string, unknown>;
}

export function textOf(parts: readonly Part[]): string {
  let out = '';
  for (const p of parts) if (p.kind === 'text') out += p.text;
  return out;
}

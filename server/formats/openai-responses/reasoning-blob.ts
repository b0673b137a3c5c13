import type { Part } from '../../canonical/parts.js';

/**
 * A reasoning item's `encrypted_content` as NexusFlow issues it: the thinking text and the
 * upstream's signature (or redacted data), so a client that sends the item back with
 * `store: false` (Codex, `include: ['reasoning.encrypted_content']`) gives an Anthropic or Gemini
 * upstream exactly the thinking block it produced. Opaque to clients, like OpenAI's own.
 */
const PREFIX = 'nf1.';

interface Blob {
  t?: string;
  s?: string;
  r?: string;
}

export function encodeReasoningBlob(part: Part): string | undefined {
  let blob: Blob;
  if (part.kind === 'thinking') blob = part.signature !== undefined ? { t: part.text, s: part.signature } : { t: part.text };
  else if (part.kind === 'redacted_thinking') blob = { r: part.data };
  else return undefined;
  return PREFIX + Buffer.from(JSON.stringify(blob), 'utf8').toString('base64url');
}

/** The thinking part a blob stands for; undefined for content NexusFlow did not issue (e.g. OpenAI's). */
export function decodeReasoningBlob(value: string): Part | undefined {
  if (!value.startsWith(PREFIX)) return undefined;
  try {
    const blob = JSON.parse(Buffer.from(value.slice(PREFIX.length), 'base64url').toString('utf8')) as Blob;
    if (typeof blob.r === 'string') return { kind: 'redacted_thinking', data: blob.r };
    if (typeof blob.t !== 'string') return undefined;
    return typeof blob.s === 'string' ? { kind: 'thinking', text: blob.t, signature: blob.s } : { kind: 'thinking', text: blob.t };
  } catch {
    return undefined;
  }
}

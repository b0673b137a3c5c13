import type { Extensions, Part } from '../../canonical/parts.js';
import type { WireContentBlock, WireToolResultBlock } from './wire.js';

/**
 * Anthropic content blocks ↔ canonical parts, shared by the request and response sides.
 * Fields we do not model (cache_control, citations, context…) ride in the part's
 * `extensions`, and block types we do not know become opaque parts, so an Anthropic → Anthropic
 * hop re-encodes every block as it came (design.md "The canonical model").
 */

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The block's fields other than `known`, as anthropic extensions (undefined when none). */
function extensionsOf(block: Obj, known: readonly string[]): Extensions | undefined {
  const fields: Obj = {};
  for (const [k, v] of Object.entries(block)) if (!known.includes(k) && v !== undefined) fields[k] = v;
  return Object.keys(fields).length > 0 ? { protocol: 'anthropic', fields } : undefined;
}

function withExtensions<P extends Part>(part: P, ext: Extensions | undefined): P {
  if (ext) (part as P & { extensions?: Extensions }).extensions = ext;
  return part;
}

/** Unmodeled fields to put back on a block; only those that came from Anthropic. */
function fieldsOf(ext: Extensions | undefined): Obj {
  return ext?.protocol === 'anthropic' ? ext.fields : {};
}

/** A JSON string → the object it encodes, if it is one. */
export function parseObject(raw: string): Obj | undefined {
  try {
    const v: unknown = JSON.parse(raw);
    return isObj(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

const opaque = (block: unknown): Part => ({ kind: 'opaque', protocol: 'anthropic', value: block });

/** One Anthropic content block (request or response side) → a canonical part. */
export function decodeBlock(raw: WireContentBlock | unknown): Part {
  if (!isObj(raw) || typeof raw.type !== 'string') return opaque(raw);
  const b = raw;
  switch (b.type) {
    case 'text':
      if (typeof b.text !== 'string') return opaque(b);
      return withExtensions({ kind: 'text', text: b.text }, extensionsOf(b, ['type', 'text']));
    case 'image': {
      const s = b.source;
      if (isObj(s) && s.type === 'base64' && typeof s.data === 'string') {
        return withExtensions({ kind: 'image', source: { type: 'base64', mediaType: String(s.media_type ?? 'image/png'), data: s.data } }, extensionsOf(b, ['type', 'source']));
      }
      if (isObj(s) && s.type === 'url' && typeof s.url === 'string') {
        return withExtensions({ kind: 'image', source: { type: 'url', url: s.url } }, extensionsOf(b, ['type', 'source']));
      }
      return opaque(b);
    }
    case 'document': {
      const s = b.source;
      let source: Extract<Part, { kind: 'document' }>['source'] | undefined;
      if (isObj(s) && s.type === 'base64' && typeof s.data === 'string') source = { type: 'base64', mediaType: String(s.media_type ?? 'application/pdf'), data: s.data };
      else if (isObj(s) && s.type === 'text' && typeof s.data === 'string') source = { type: 'text', text: s.data };
      else if (isObj(s) && s.type === 'url' && typeof s.url === 'string') source = { type: 'url', url: s.url };
      if (!source) return opaque(b);
      const part: Part = { kind: 'document', source };
      if (typeof b.title === 'string') part.title = b.title;
      return withExtensions(part, extensionsOf(b, ['type', 'source', 'title']));
    }
    case 'tool_use': {
      if (typeof b.id !== 'string' || typeof b.name !== 'string') return opaque(b);
      const input = b.input ?? {};
      const part: Part = { kind: 'tool_call', id: b.id, name: b.name, argumentsRaw: JSON.stringify(input) };
      if (isObj(input)) part.arguments = input;
      return withExtensions(part, extensionsOf(b, ['type', 'id', 'name', 'input']));
    }
    case 'tool_result': {
      if (typeof b.tool_use_id !== 'string') return opaque(b);
      const c = b.content;
      const content: Part[] = typeof c === 'string' ? [{ kind: 'text', text: c }] : Array.isArray(c) ? c.map(decodeBlock) : [];
      const part: Part = { kind: 'tool_result', callId: b.tool_use_id, content };
      if (typeof b.is_error === 'boolean') part.isError = b.is_error;
      return withExtensions(part, extensionsOf(b, ['type', 'tool_use_id', 'content', 'is_error']));
    }
    case 'thinking':
      if (typeof b.thinking !== 'string') return opaque(b);
      return typeof b.signature === 'string' ? { kind: 'thinking', text: b.thinking, signature: b.signature } : { kind: 'thinking', text: b.thinking };
    case 'redacted_thinking':
      return typeof b.data === 'string' ? { kind: 'redacted_thinking', data: b.data } : opaque(b);
    default:
      return opaque(b);
  }
}

export interface EncodeOptions {
  /**
   * Requests to an Anthropic upstream must not carry unsigned thinking (the API rejects it), e.g.
   * `reasoning_content` from an OpenAI-format history. Responses to callers keep it, with `signature: ''`.
   */
  side: 'request' | 'response';
}

/** One canonical part → an Anthropic block, or undefined when Anthropic has no place for it. */
export function encodePart(p: Part, opts: EncodeOptions): WireContentBlock | undefined {
  switch (p.kind) {
    case 'text':
      // Anthropic rejects empty text blocks and never sends them.
      if (p.text.length === 0 && !p.extensions) return undefined;
      return { ...fieldsOf(p.extensions), type: 'text', text: p.text };
    case 'image': {
      const source = p.source.type === 'url' ? { type: 'url' as const, url: p.source.url } : { type: 'base64' as const, media_type: p.source.mediaType, data: p.source.data };
      return { ...fieldsOf(p.extensions), type: 'image', source };
    }
    case 'document': {
      const s = p.source;
      const source = s.type === 'url'
        ? { type: 'url' as const, url: s.url }
        : s.type === 'text'
          ? { type: 'text' as const, media_type: 'text/plain', data: s.text }
          : { type: 'base64' as const, media_type: s.mediaType, data: s.data };
      return { ...fieldsOf(p.extensions), type: 'document', source, ...(p.title !== undefined ? { title: p.title } : {}) };
    }
    case 'tool_call':
      return { ...fieldsOf(p.extensions), type: 'tool_use', id: p.id, name: p.name, input: p.arguments ?? parseObject(p.argumentsRaw) ?? {} };
    case 'tool_result': {
      const block: WireToolResultBlock = { ...fieldsOf(p.extensions), type: 'tool_result', tool_use_id: p.callId };
      const only = p.content.length === 1 ? p.content[0] : undefined;
      if (only?.kind === 'text' && !only.extensions) {
        if (only.text.length > 0) block.content = only.text;
      } else if (p.content.length > 0) {
        const blocks = p.content.map((c) => encodePart(c, opts)).filter((c): c is WireContentBlock => c !== undefined);
        if (blocks.length > 0) block.content = blocks;
      }
      if (p.isError !== undefined) block.is_error = p.isError;
      return block;
    }
    case 'thinking':
      if (p.signature === undefined && opts.side === 'request') return undefined;
      return { type: 'thinking', thinking: p.text, signature: p.signature ?? '' };
    case 'redacted_thinking':
      return { type: 'redacted_thinking', data: p.data };
    case 'opaque':
      return p.protocol === 'anthropic' && isObj(p.value) && typeof p.value.type === 'string' ? (p.value as WireContentBlock) : undefined;
    case 'audio':
      // No Anthropic block carries audio.
      return undefined;
  }
}

export function encodeParts(parts: readonly Part[], opts: EncodeOptions): WireContentBlock[] {
  const out: WireContentBlock[] = [];
  for (const p of parts) {
    const b = encodePart(p, opts);
    if (b) out.push(b);
  }
  return out;
}

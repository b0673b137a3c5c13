import type { DocumentPart, Extensions, ImagePart, Part, TextPart, ToolCallPart, ToolResultPart } from '../../canonical/parts.js';
import { textOf } from '../../canonical/parts.js';
import type { WireFunctionCall, WireFunctionResponse, WirePart } from './wire.js';

/**
 * Gemini parts ↔ canonical parts, shared by both directions of both sides (front door request
 * and response, upstream request and response).
 *
 * Thought signatures: Gemini puts `thoughtSignature` on any part — on a `thought: true` part,
 * or on the first answer or function-call part after the thoughts. Canonically a signature
 * belongs to a thinking part, so a signature on a non-thought part is carried by an empty
 * thinking part just before it, and put back on the following part when encoding. Consecutive
 * thought parts (Gemini streams thoughts in pieces) are one thinking part.
 */

type Obj = Record<string, unknown>;

/** Keys of a part that the codec models; any other key (videoMetadata, partMetadata…) is an extension. */
const PART_KEYS = new Set(['text', 'inlineData', 'fileData', 'functionCall', 'functionResponse', 'thought', 'thoughtSignature']);

export interface DecodePartsOptions {
  /** The canonical id of a function call (kept when Gemini gave one, else synthesised). */
  callId: (call: WireFunctionCall) => string;
  /** The canonical call id a function response answers. */
  resultId: (response: WireFunctionResponse) => string;
}

export function decodeParts(wire: readonly WirePart[], opts: DecodePartsOptions): Part[] {
  const out: Part[] = [];
  for (const raw of wire) {
    if (typeof raw !== 'object' || raw === null) continue;
    const p = raw;
    const signature = typeof p.thoughtSignature === 'string' && p.thoughtSignature !== '' ? p.thoughtSignature : undefined;
    const prev = out[out.length - 1];
    if (p.thought === true && (typeof p.text === 'string' || !hasData(p))) {
      const text = typeof p.text === 'string' ? p.text : '';
      if (prev?.kind === 'thinking' && prev.signature === undefined) {
        prev.text += text;
        if (signature) prev.signature = signature;
      } else out.push({ kind: 'thinking', text, ...(signature ? { signature } : {}) });
      continue;
    }
    // Its own (empty) thinking part, so encoding puts the signature back on this very part:
    // Gemini requires it on the first function call of a turn, not on a thought before it.
    if (signature) out.push({ kind: 'thinking', text: '', signature });
    const part = decodeOne(p, opts);
    if (part) out.push(part);
  }
  return out;
}

function hasData(p: WirePart): boolean {
  for (const k of Object.keys(p)) if (k !== 'thought' && k !== 'thoughtSignature') return true;
  return false;
}

function extensionsOf(p: WirePart, extra?: Obj): Extensions | undefined {
  const fields: Obj = { ...extra };
  for (const [k, v] of Object.entries(p)) if (!PART_KEYS.has(k)) fields[k] = v;
  return Object.keys(fields).length > 0 ? { protocol: 'gemini', fields } : undefined;
}

function withExt(part: TextPart | ImagePart | DocumentPart | ToolCallPart, ext: Extensions | undefined): Part {
  if (ext) part.extensions = ext;
  return part;
}

function decodeOne(p: WirePart, opts: DecodePartsOptions): Part | undefined {
  if (typeof p.text === 'string') return withExt({ kind: 'text', text: p.text }, extensionsOf(p));
  if (isObj(p.inlineData)) {
    const mimeType = String(p.inlineData.mimeType ?? 'application/octet-stream');
    const data = String(p.inlineData.data ?? '');
    if (mimeType.startsWith('image/')) return withExt({ kind: 'image', source: { type: 'base64', mediaType: mimeType, data } }, extensionsOf(p));
    if (mimeType.startsWith('audio/') && !extensionsOf(p)) return { kind: 'audio', data, format: audioFormat(mimeType) };
    return withExt({ kind: 'document', source: { type: 'base64', mediaType: mimeType, data } }, extensionsOf(p));
  }
  if (isObj(p.fileData)) {
    const url = String(p.fileData.fileUri ?? '');
    const mimeType = typeof p.fileData.mimeType === 'string' ? p.fileData.mimeType : undefined;
    // The MIME type cannot be recovered from a URL; keep it for the way back.
    const ext = extensionsOf(p, mimeType ? { mimeType } : undefined);
    if (mimeType?.startsWith('image/')) return withExt({ kind: 'image', source: { type: 'url', url } }, ext);
    return withExt({ kind: 'document', source: { type: 'url', url } }, ext);
  }
  if (isObj(p.functionCall)) {
    const call = p.functionCall as unknown as WireFunctionCall;
    const args = isObj(call.args) ? call.args : {};
    const part: ToolCallPart = { kind: 'tool_call', id: opts.callId(call), name: String(call.name ?? ''), argumentsRaw: JSON.stringify(args), arguments: args };
    // `id` in the extensions marks an id Gemini itself issued (sent back to Gemini upstreams).
    return withExt(part, extensionsOf(p, typeof call.id === 'string' && call.id !== '' ? { id: call.id } : undefined));
  }
  if (isObj(p.functionResponse)) {
    const r = p.functionResponse as unknown as WireFunctionResponse;
    const response = isObj(r.response) ? r.response : {};
    const content: Part[] = [{ kind: 'text', text: JSON.stringify(response) }];
    if (Array.isArray(r.parts)) content.push(...decodeParts(r.parts, opts));
    const keys = Object.keys(response);
    const part: ToolResultPart = { kind: 'tool_result', callId: opts.resultId(r), name: String(r.name ?? ''), content };
    if (keys.length === 1 && keys[0] === 'error') part.isError = true;
    return part;
  }
  // executableCode, codeExecutionResult and part types we do not know: kept verbatim.
  return { kind: 'opaque', protocol: 'gemini', value: p };
}

function audioFormat(mimeType: string): string {
  const sub = mimeType.slice('audio/'.length).split(';')[0] ?? '';
  if (sub === 'mpeg' || sub === 'mp3') return 'mp3';
  if (sub === 'wav' || sub === 'x-wav' || sub === 'wave') return 'wav';
  return sub;
}

// ------------------------------------------------------------------ canonical → Gemini

export interface EncodePartsOptions {
  /** Whether thinking text is sent (`includeThoughts` on the front door; always upstream). */
  thoughts: boolean;
  /** Which call ids go on the wire: all of them (front door), or only Gemini-issued ones (upstream). */
  ids: 'all' | 'native';
  /** call id → function name, for results that do not carry the name (OpenAI `tool` messages). */
  names?: ReadonlyMap<string, string>;
  /** call ids Gemini issued, for function responses sent upstream. */
  nativeIds?: ReadonlySet<string>;
}

export function encodeParts(parts: readonly Part[], opts: EncodePartsOptions): WirePart[] {
  const out: WirePart[] = [];
  let pendingSignature: string | undefined;
  for (const p of parts) {
    if (p.kind === 'thinking') {
      if (pendingSignature) out.push({ text: '', thought: true, thoughtSignature: pendingSignature });
      pendingSignature = undefined;
      if (opts.thoughts && p.text !== '') out.push({ text: p.text, thought: true, ...(p.signature ? { thoughtSignature: p.signature } : {}) });
      else pendingSignature = p.signature;
      continue;
    }
    const w = encodeOne(p, opts);
    if (!w) continue;
    if (pendingSignature) {
      w.thoughtSignature = pendingSignature;
      pendingSignature = undefined;
    }
    out.push(w);
  }
  // A signature with no part after it rides on an empty thought part.
  if (pendingSignature) out.push({ text: '', thought: true, thoughtSignature: pendingSignature });
  return out;
}

function extFields(ext: Extensions | undefined, omit: readonly string[] = []): Obj {
  if (ext?.protocol !== 'gemini') return {};
  const out: Obj = {};
  for (const [k, v] of Object.entries(ext.fields)) if (!omit.includes(k)) out[k] = v;
  return out;
}

export function encodeOne(p: Part, opts: EncodePartsOptions): WirePart | undefined {
  switch (p.kind) {
    case 'text':
      return { text: p.text, ...extFields(p.extensions) };
    case 'image':
    case 'document': {
      const ext = extFields(p.extensions, ['mimeType']);
      if (p.source.type === 'text') return { text: p.source.text };
      if (p.source.type === 'base64') return { inlineData: { mimeType: p.source.mediaType, data: p.source.data }, ...ext };
      const stored = p.extensions?.protocol === 'gemini' ? p.extensions.fields.mimeType : undefined;
      const mimeType = typeof stored === 'string' ? stored : guessMime(p.source.url, p.kind);
      return { fileData: { mimeType, fileUri: p.source.url }, ...ext };
    }
    case 'audio':
      return { inlineData: { mimeType: `audio/${p.format}`, data: p.data } };
    case 'tool_call': {
      const args = p.arguments ?? parseObject(p.argumentsRaw) ?? {};
      const native = p.extensions?.protocol === 'gemini' && typeof p.extensions.fields.id === 'string';
      const call: WireFunctionCall = { name: p.name, args };
      if (opts.ids === 'all' || native) call.id = p.id;
      return { functionCall: call, ...extFields(p.extensions, ['id']) };
    }
    case 'tool_result': {
      const name = p.name !== undefined && p.name !== '' ? p.name : (opts.names?.get(p.callId) ?? p.callId);
      const response: WireFunctionResponse = { name, response: resultObject(p) };
      if (opts.ids === 'all' || opts.nativeIds?.has(p.callId)) response.id = p.callId;
      const media = p.content.filter((c) => c.kind === 'image' || c.kind === 'document' || c.kind === 'audio').map((c) => encodeOne(c, opts)).filter((c): c is WirePart => c !== undefined);
      if (media.length > 0) response.parts = media;
      return { functionResponse: response };
    }
    case 'opaque':
      return p.protocol === 'gemini' && isObj(p.value) ? ({ ...p.value } as WirePart) : undefined;
    case 'thinking':
    case 'redacted_thinking':
      return undefined;
  }
}

/**
 * A function response must be an object. JSON object text (what we produce from Gemini, and
 * what most tools return) is sent as is; other text is wrapped in Google's documented keys,
 * `output`, or `error` for a failed call.
 */
function resultObject(p: ToolResultPart): Record<string, unknown> {
  const text = textOf(p.content);
  const parsed = parseObject(text);
  if (parsed) return parsed;
  return p.isError ? { error: text } : { output: text };
}

export function parseObject(raw: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(raw);
    return isObj(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

const MIME_BY_EXTENSION: Record<string, string> = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', heic: 'image/heic',
  pdf: 'application/pdf', txt: 'text/plain', mp3: 'audio/mpeg', wav: 'audio/wav', mp4: 'video/mp4',
};

function guessMime(url: string, kind: 'image' | 'document'): string {
  const ext = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  return (ext && MIME_BY_EXTENSION[ext]) ?? (kind === 'image' ? 'image/jpeg' : 'application/pdf');
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

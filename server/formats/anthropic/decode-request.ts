import type { Part } from '../../canonical/parts.js';
import type { CanonicalChatRequest, Message, ReasoningSettings, ResponseFormat, ToolChoice, ToolDefinition } from '../../canonical/request.js';
import { decodeBlock } from './content-blocks.js';
import type { WireContentBlock, WireMessage, WireMessagesRequest, WireTextBlock, WireTool, WireToolChoice } from './wire.js';

/**
 * Top-level request fields this decoder models; everything else travels in `extensions`.
 * `temperature`, `top_p` and `top_k` are accepted under both API versions: 2026-10-21 removed
 * them (protocols.md §3.1), and we tolerate them rather than fail 1.x callers who still send them.
 */
const MODELED = new Set([
  'model', 'max_tokens', 'messages', 'system', 'tools', 'tool_choice', 'stop_sequences',
  'temperature', 'top_p', 'top_k', 'metadata', 'stream', 'thinking',
]);

export interface DecodeOptions {
  /** The caller's `anthropic-beta` header, forwarded to Anthropic upstreams (landscape.md #12). */
  beta?: string;
}

/** Anthropic Messages request (or count_tokens body) → canonical request. The body has passed the spec validator. */
export function decodeMessagesRequest(body: WireMessagesRequest, opts: DecodeOptions = {}): CanonicalChatRequest {
  const extensionFields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) if (!MODELED.has(k) && v !== undefined) extensionFields[k] = v;

  const system = decodeSystem(body.system);
  const messages: Message[] = [];
  for (const turn of mergeTurns(body.messages)) {
    if (turn.role === 'system') {
      // Newer SDK types allow system turns; leading ones join the system prompt.
      if (messages.length === 0) system.push(...turn.blocks.map(decodeBlock));
      else messages.push({ role: 'system', parts: turn.blocks.map(decodeBlock) });
      continue;
    }
    messages.push(...splitTurn(turn.role, turn.blocks.map(decodeBlock)));
  }

  const { tools, serverTools } = decodeTools(body.tools);
  if (serverTools.length > 0) extensionFields.tools = serverTools;

  const req: CanonicalChatRequest = { model: body.model, inbound: 'anthropic', system, messages, tools, sampling: {}, stream: body.stream === true };
  const s = req.sampling;
  if (typeof body.max_tokens === 'number') s.maxOutputTokens = body.max_tokens;
  if (typeof body.temperature === 'number') s.temperature = body.temperature;
  if (typeof body.top_p === 'number') s.topP = body.top_p;
  if (typeof body.top_k === 'number') s.topK = body.top_k;
  if (Array.isArray(body.stop_sequences) && body.stop_sequences.length > 0) s.stop = body.stop_sequences;

  const tc = body.tool_choice;
  if (tc) {
    req.toolChoice = decodeToolChoice(tc);
    if ('disable_parallel_tool_use' in tc && tc.disable_parallel_tool_use === true) req.parallelToolCalls = false;
  }

  const meta = body.metadata;
  if (meta && typeof meta === 'object') {
    if (typeof meta.user_id === 'string') req.endUser = meta.user_id;
    // Keep metadata fields other than user_id for Anthropic upstreams.
    if (Object.keys(meta).some((k) => k !== 'user_id')) extensionFields.metadata = meta;
  }

  const reasoning = decodeReasoning(body, extensionFields);
  if (reasoning) req.reasoning = reasoning;
  const format = decodeResponseFormat(body.output_config);
  if (format) req.responseFormat = format;

  if (Object.keys(extensionFields).length > 0) req.extensions = { protocol: 'anthropic', fields: extensionFields };
  if (opts.beta) req.forwardHeaders = { protocol: 'anthropic', headers: { 'anthropic-beta': opts.beta } };
  return req;
}

function decodeSystem(system: WireMessagesRequest['system']): Part[] {
  if (system === undefined || system === null) return [];
  if (typeof system === 'string') return system.length > 0 ? [{ kind: 'text', text: system }] : [];
  return system.map((b: WireTextBlock) => decodeBlock(b));
}

/** Consecutive turns of one role are one turn (the Messages API merges them the same way). */
function mergeTurns(messages: readonly WireMessage[]): Array<{ role: WireMessage['role']; blocks: WireContentBlock[] }> {
  const out: Array<{ role: WireMessage['role']; blocks: WireContentBlock[] }> = [];
  for (const m of messages) {
    const blocks: WireContentBlock[] = typeof m.content === 'string' ? [{ type: 'text', text: m.content }] : m.content;
    const last = out[out.length - 1];
    if (last && last.role === m.role) last.blocks.push(...blocks);
    else out.push({ role: m.role, blocks: [...blocks] });
  }
  return out;
}

/**
 * A user turn's tool results become canonical `tool` messages and the rest `user` messages,
 * in their order, so OpenAI-style upstreams get one `tool` message per result. The Anthropic
 * encoder merges them back into one user turn.
 */
function splitTurn(role: 'user' | 'assistant', parts: Part[]): Message[] {
  if (role === 'assistant') return [{ role, parts }];
  const out: Message[] = [];
  for (const p of parts) {
    const want = p.kind === 'tool_result' ? 'tool' : 'user';
    const last = out[out.length - 1];
    if (last && last.role === want) last.parts.push(p);
    else out.push({ role: want, parts: [p] });
  }
  return out.length > 0 ? out : [{ role: 'user', parts: [] }];
}

/** Custom tools are modeled; server tools (`web_search_20250305`…) only an Anthropic upstream understands. */
function decodeTools(tools: readonly WireTool[] | undefined): { tools: ToolDefinition[]; serverTools: WireTool[] } {
  const out: ToolDefinition[] = [];
  const serverTools: WireTool[] = [];
  for (const t of tools ?? []) {
    if (t.type !== undefined && t.type !== 'custom') {
      serverTools.push(t);
      continue;
    }
    const def: ToolDefinition = { name: t.name };
    if (typeof t.description === 'string') def.description = t.description;
    if (t.input_schema !== undefined) def.parameters = t.input_schema;
    if (typeof t.strict === 'boolean') def.strict = t.strict;
    const rest: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(t)) if (!['name', 'description', 'input_schema', 'strict'].includes(k) && v !== undefined) rest[k] = v;
    if (Object.keys(rest).length > 0) def.extensions = { protocol: 'anthropic', fields: rest };
    out.push(def);
  }
  return { tools: out, serverTools };
}

function decodeToolChoice(tc: WireToolChoice): ToolChoice {
  switch (tc.type) {
    case 'any':
      return { type: 'required' };
    case 'tool':
      return { type: 'tool', name: tc.name };
    case 'none':
      return { type: 'none' };
    default:
      return { type: 'auto' };
  }
}

/**
 * `thinking` → reasoning settings. Shapes canonical settings cannot say exactly (adaptive,
 * `display`, newer types) are also kept verbatim in `extensions` for Anthropic upstreams.
 */
function decodeReasoning(body: WireMessagesRequest, ext: Record<string, unknown>): ReasoningSettings | undefined {
  const out: ReasoningSettings = {};
  const t = body.thinking as Record<string, unknown> | undefined;
  if (t && typeof t === 'object') {
    if (t.type === 'enabled') {
      out.enabled = true;
      if (typeof t.budget_tokens === 'number') out.budgetTokens = t.budget_tokens;
    } else if (t.type === 'disabled') out.enabled = false;
    else if (t.type === 'adaptive') out.enabled = true;
    if (t.display === 'omitted') out.includeThoughts = false;
    else if (t.display === 'summarized') out.includeThoughts = true;
    const exact = (t.type === 'enabled' && Object.keys(t).every((k) => k === 'type' || k === 'budget_tokens')) || (t.type === 'disabled' && Object.keys(t).length === 1);
    if (!exact) ext.thinking = t;
  }
  const effort = body.output_config?.effort;
  if (typeof effort === 'string') out.effort = effort;
  return Object.keys(out).length > 0 ? out : undefined;
}

function decodeResponseFormat(cfg: WireMessagesRequest['output_config']): ResponseFormat | undefined {
  const f = cfg?.format;
  if (!f || f.type !== 'json_schema') return undefined;
  return f.schema ? { type: 'json_schema', schema: f.schema } : { type: 'json_schema' };
}

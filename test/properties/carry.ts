/**
 * What each protocol can carry of a canonical request: the request as it must come back after
 * encoding to that protocol and decoding again. Everything a protocol has a field for must
 * survive; what it has no field for is dropped here, on purpose and with the reason. These
 * functions are the definition the round-trip property holds the translators to.
 */
import type { Part, ToolCallPart, ToolResultPart } from '../../server/canonical/parts.js';
import type { CanonicalChatRequest, Message, ReasoningSettings, ToolDefinition } from '../../server/canonical/request.js';
import { geminiParameters, geminiSchemaToJsonSchema, jsonSchemaToGemini } from '../../server/formats/gemini/schema.js';

type Obj = Record<string, unknown>;

const texts = (parts: readonly Part[]): string => parts.map((p) => (p.kind === 'text' ? p.text : '')).join('');
const allText = (parts: readonly Part[]): boolean => parts.every((p) => p.kind === 'text');
const plainCall = (p: ToolCallPart): ToolCallPart => ({ kind: 'tool_call', id: p.id, name: p.name, argumentsRaw: p.argumentsRaw, ...(p.arguments ? { arguments: p.arguments } : {}) });

function base(req: CanonicalChatRequest, inbound: CanonicalChatRequest['inbound']): CanonicalChatRequest {
  return { model: req.model, inbound, system: [], messages: [], tools: [], sampling: {}, stream: req.stream };
}

// ------------------------------------------------------------------------------- OpenAI

/**
 * OpenAI Chat Completions: content of only text parts is one string (the parts' text joined);
 * an assistant's thinking is one `reasoning_content` string (no signature); one `tool`
 * message per result, whose content is text (no name, no error flag); no `top_k` (OpenAI
 * rejects it); reasoning is `reasoning_effort` only; a JSON-schema format always has a name
 * (`response` by default); `stream_options.include_usage` is always asked for when streaming.
 */
export function carriedByOpenAI(req: CanonicalChatRequest): CanonicalChatRequest {
  const out = base(req, 'openai');
  const content = (parts: Part[]): Part[] => (allText(parts) ? [{ kind: 'text', text: texts(parts) }] : parts.map(plainPart));
  if (req.system.length > 0) out.system = content(req.system);
  for (const m of req.messages) {
    if (m.role === 'tool') {
      for (const r of m.parts as ToolResultPart[]) {
        out.messages.push({ role: 'tool', parts: [{ kind: 'tool_result', callId: r.callId, content: content(r.content.length > 0 ? r.content : [{ kind: 'text', text: '' }]) }] });
      }
      continue;
    }
    if (m.role === 'assistant') {
      const reasoning = m.parts.filter((p) => p.kind === 'thinking').map((p) => p.text).join('');
      const rest = m.parts.filter((p) => p.kind !== 'thinking' && p.kind !== 'tool_call');
      const parts: Part[] = [];
      if (reasoning.length > 0) parts.push({ kind: 'thinking', text: reasoning });
      if (rest.length > 0) parts.push(...content(rest));
      parts.push(...m.parts.filter((p): p is ToolCallPart => p.kind === 'tool_call').map(plainCall));
      out.messages.push(withName({ role: 'assistant', parts }, m.name));
      continue;
    }
    out.messages.push(withName({ role: m.role, parts: content(m.parts) }, m.name));
  }
  out.tools = req.tools.map(plainTool);
  if (req.toolChoice) out.toolChoice = req.toolChoice;
  if (req.parallelToolCalls !== undefined && req.tools.length > 0) out.parallelToolCalls = req.parallelToolCalls;
  const { topK: _noTopK, ...sampling } = req.sampling;
  out.sampling = sampling;
  const rf = req.responseFormat;
  if (rf) {
    out.responseFormat = rf.type === 'json_schema'
      ? { type: 'json_schema', name: rf.name ?? 'response', ...(rf.schema ? { schema: rf.schema } : {}), ...(rf.strict !== undefined ? { strict: rf.strict } : {}), ...(rf.description !== undefined ? { description: rf.description } : {}) }
      : rf;
  }
  if (req.reasoning?.effort !== undefined) out.reasoning = { effort: req.reasoning.effort, enabled: req.reasoning.effort !== 'none' };
  if (req.stream) out.streamUsage = true;
  if (req.endUser !== undefined) out.endUser = req.endUser;
  return out;
}

// ---------------------------------------------------------------------------- Anthropic

/** What an Anthropic upstream receives when the request names no cap (the test's encoder option). */
export const ANTHROPIC_DEFAULT_MAX_TOKENS = 4096;

/**
 * Anthropic Messages: turns alternate user/assistant, so consecutive turns of one side are one
 * turn, tool results first (decoded back as a `tool` message then a `user` one); thinking
 * without a signature cannot go to Anthropic; an empty text block is not sent; a tool result
 * has no name; system text is one string (parts joined by a blank line); `max_tokens` is
 * required; no seed, n or penalties; reasoning is `thinking` (a budget of at least 1024 and
 * below max_tokens, else off), and then no sampling changes for a request from another
 * protocol; a JSON-schema format has no name and travels in `output_config` (kept verbatim).
 */
export function carriedByAnthropic(req: CanonicalChatRequest): CanonicalChatRequest {
  const out = base(req, 'anthropic');
  const system = req.system.filter((p) => p.kind === 'text' && p.text.length > 0);
  if (system.length > 0) out.system = [{ kind: 'text', text: system.map((p) => (p.kind === 'text' ? p.text : '')).join('\n\n') }];

  const keep = (p: Part): Part | undefined => {
    switch (p.kind) {
      case 'text':
        return p.text.length > 0 ? { kind: 'text', text: p.text } : undefined;
      case 'thinking':
        return p.signature !== undefined ? { kind: 'thinking', text: p.text, signature: p.signature } : undefined;
      case 'tool_call':
        return plainCall(p);
      case 'tool_result': {
        const only = p.content.length === 1 ? p.content[0] : undefined;
        const content: Part[] = only?.kind === 'text' ? (only.text.length > 0 ? [{ kind: 'text', text: only.text }] : []) : p.content.map(keep).filter((x): x is Part => x !== undefined);
        return { kind: 'tool_result', callId: p.callId, content, ...(p.isError !== undefined ? { isError: p.isError } : {}) };
      }
      default:
        return plainPart(p);
    }
  };
  const turns: Array<{ role: 'user' | 'assistant'; parts: Part[] }> = [];
  for (const m of req.messages) {
    const parts = m.parts.map(keep).filter((p): p is Part => p !== undefined);
    if (parts.length === 0) continue;
    const role = m.role === 'assistant' ? 'assistant' : 'user';
    const last = turns[turns.length - 1];
    if (last?.role === role) last.parts.push(...parts);
    else turns.push({ role, parts });
  }
  for (const t of turns) {
    if (t.role === 'assistant') {
      out.messages.push({ role: 'assistant', parts: t.parts });
      continue;
    }
    const ordered = [...t.parts.filter((p) => p.kind === 'tool_result'), ...t.parts.filter((p) => p.kind !== 'tool_result')];
    for (const p of ordered) {
      const role = p.kind === 'tool_result' ? 'tool' : 'user';
      const last = out.messages[out.messages.length - 1];
      if (last?.role === role) last.parts.push(p);
      else out.messages.push({ role, parts: [p] });
    }
  }

  out.tools = req.tools.map((t) => ({ ...plainTool(t), parameters: t.parameters ?? { type: 'object', properties: {} } }));
  const noParallel = req.parallelToolCalls === false && req.tools.length > 0;
  const choice = req.toolChoice ?? (noParallel ? { type: 'auto' as const } : undefined);
  if (choice) out.toolChoice = choice;
  if (noParallel && choice?.type !== 'none') out.parallelToolCalls = false;

  const s = req.sampling;
  const max = s.maxOutputTokens ?? ANTHROPIC_DEFAULT_MAX_TOKENS;
  out.sampling = { maxOutputTokens: max };
  const thinking = anthropicThinking(req.reasoning, max);
  if (!thinking?.enabled) {
    if (s.temperature !== undefined) out.sampling.temperature = Math.min(1, s.temperature);
    if (s.topP !== undefined) out.sampling.topP = s.topP;
    if (s.topK !== undefined) out.sampling.topK = s.topK;
  }
  if (s.stop !== undefined && s.stop.length > 0) out.sampling.stop = s.stop;
  if (thinking) out.reasoning = thinking;
  const rf = req.responseFormat;
  if (rf?.type === 'json_schema' && rf.schema) {
    out.responseFormat = { type: 'json_schema', schema: rf.schema };
    out.extensions = { protocol: 'anthropic', fields: { output_config: { format: { type: 'json_schema', schema: rf.schema } } } };
  }
  if (req.endUser !== undefined) out.endUser = req.endUser;
  return out;
}

const EFFORT_BUDGET: Record<string, number> = { minimal: 1024, low: 2048, medium: 8192, high: 16_384, xhigh: 32_768, max: 32_768 };

function anthropicThinking(r: ReasoningSettings | undefined, max: number): ReasoningSettings | undefined {
  if (r?.enabled === false || (r?.enabled === undefined && r?.effort === 'none')) return { enabled: false };
  if (!r || (r.enabled !== true && r.effort === undefined)) return undefined;
  const wanted = r.budgetTokens ?? (r.effort !== undefined ? EFFORT_BUDGET[r.effort] : undefined) ?? 4096;
  const budget = Math.max(1024, Math.min(wanted, max - 1));
  return budget < max ? { enabled: true, budgetTokens: budget } : undefined;
}

// ------------------------------------------------------------------------------- Gemini

/**
 * Gemini GenerateContent: two roles, so consecutive user-side turns are one (a turn of only
 * function responses reads back as `tool`); call ids are not sent to Gemini (results match
 * calls by name and order; ids come back synthetic, compared by order of appearance); a
 * function response is a JSON object (text that is not one is wrapped as `{output}`), and a
 * response whose only key is `error` is an error; tool schemas go through Gemini's Schema
 * dialect (the Gemini form is kept as an extension); no end-user id or parallel-calls flag;
 * tool choice only with tools; reasoning is a thinking budget or level plus includeThoughts;
 * the response-format fields and toolConfig are also kept verbatim (extensions).
 */
export function carriedByGemini(req: CanonicalChatRequest): CanonicalChatRequest {
  const out = base(req, 'gemini');
  out.system = req.system.map(plainPart);
  const keep = (p: Part): Part | undefined => {
    switch (p.kind) {
      case 'thinking':
        return p.text.length > 0 ? { kind: 'thinking', text: p.text, ...(p.signature !== undefined ? { signature: p.signature } : {}) } : undefined;
      case 'tool_call':
        return plainCall(p);
      case 'tool_result': {
        const text = texts(p.content);
        const parsed = parseObject(text) ?? (p.isError ? { error: text } : { output: text });
        const keys = Object.keys(parsed);
        return { kind: 'tool_result', callId: p.callId, name: p.name ?? '', content: [{ kind: 'text', text: JSON.stringify(parsed) }], ...(keys.length === 1 && keys[0] === 'error' ? { isError: true } : {}) };
      }
      default:
        return plainPart(p);
    }
  };
  const turns: Message[] = [];
  for (const m of req.messages) {
    const parts = m.parts.map(keep).filter((p): p is Part => p !== undefined);
    if (parts.length === 0) continue;
    const role = m.role === 'assistant' ? 'assistant' : 'user';
    const last = turns[turns.length - 1];
    if (last && (last.role === 'assistant') === (role === 'assistant')) last.parts.push(...parts);
    else turns.push({ role, parts });
  }
  for (const t of turns) if (t.role !== 'assistant' && t.parts.every((p) => p.kind === 'tool_result')) t.role = 'tool';
  out.messages = turns;

  out.tools = req.tools.map((t) => {
    const def = plainTool(t);
    const parameters = geminiParameters(t.parameters);
    if (parameters) def.parameters = geminiSchemaToJsonSchema(parameters);
    else delete def.parameters;
    delete def.strict;
    return def;
  });
  const ext: Obj = {};
  if (req.toolChoice && req.tools.length > 0) {
    out.toolChoice = req.toolChoice;
    const tc = req.toolChoice;
    ext.toolConfig = { functionCallingConfig: tc.type === 'tool' ? { mode: 'ANY', allowedFunctionNames: [tc.name] } : { mode: { auto: 'AUTO', none: 'NONE', required: 'ANY' }[tc.type] } };
  }
  const sampling = { ...req.sampling };
  out.sampling = sampling;
  const rf = req.responseFormat;
  if (rf) {
    const schema = rf.type === 'json_schema' ? jsonSchemaToGemini(rf.schema) : undefined;
    out.responseFormat = rf.type === 'json_schema' ? { type: 'json_schema', schema: geminiSchemaToJsonSchema(schema) } : rf;
    ext.generationConfig = { responseMimeType: rf.type === 'text' ? 'text/plain' : 'application/json', ...(schema ? { responseSchema: schema } : {}) };
    if (rf.type === 'json_schema' && !schema) out.responseFormat = { type: 'json_object' };
  }
  const reasoning = geminiThinking(req.reasoning);
  if (reasoning) out.reasoning = reasoning;
  if (Object.keys(ext).length > 0) out.extensions = { protocol: 'gemini', fields: ext };
  return out;
}

function geminiThinking(r: ReasoningSettings | undefined): ReasoningSettings | undefined {
  if (!r) return undefined;
  const out: ReasoningSettings = {};
  const off = r.enabled === false || r.effort === 'none';
  if (off) out.enabled = false;
  else if (r.budgetTokens !== undefined) {
    out.enabled = true;
    out.budgetTokens = r.budgetTokens;
  } else if (r.effort !== undefined) {
    out.effort = ['minimal', 'low', 'medium', 'high'].includes(r.effort) ? r.effort : 'high';
    out.enabled = true;
  }
  const include = r.includeThoughts ?? (r.enabled === true && !off ? true : undefined);
  if (include !== undefined) {
    out.includeThoughts = include;
    if (include) out.enabled ??= true;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

// ------------------------------------------------------------------------ OpenAI Responses

/**
 * OpenAI Responses: system parts are one `instructions` string (joined); no message names; an
 * assistant's thinking travels only with its signature (a reasoning item's encrypted_content,
 * its text the summary); a tool result is a `function_call_output` of text (no name, no error
 * flag), one `tool` message each; tools are always sent with `strict` (false unless set, as
 * the Responses API would otherwise assume true); no stop, seed, n, penalties or top_k;
 * reasoning is `effort` (with `summary` when thoughts are wanted), no budget; a JSON-schema
 * format always has a name and a schema; usage is always reported when streaming.
 */
export function carriedByResponses(req: CanonicalChatRequest): CanonicalChatRequest {
  const out = base(req, 'openai');
  const system = texts(req.system);
  if (system.length > 0) out.system = [{ kind: 'text', text: system }];
  for (const m of req.messages) {
    if (m.role === 'tool') {
      for (const r of m.parts as ToolResultPart[]) out.messages.push({ role: 'tool', parts: [{ kind: 'tool_result', callId: r.callId, content: [{ kind: 'text', text: texts(r.content) }] }] });
      continue;
    }
    if (m.role === 'assistant') {
      const parts: Part[] = m.parts.flatMap((p): Part[] => {
        if (p.kind === 'thinking') return p.signature !== undefined ? [{ kind: 'thinking', text: p.text, signature: p.signature }] : [];
        if (p.kind === 'tool_call') return [plainCall(p)];
        return [plainPart(p)];
      });
      if (parts.length > 0) out.messages.push({ role: 'assistant', parts });
      continue;
    }
    out.messages.push({ role: m.role, parts: m.parts.map(plainPart) });
  }
  out.tools = req.tools.map((t) => ({ ...plainTool(t), strict: t.strict ?? false }));
  if (req.toolChoice) out.toolChoice = req.toolChoice;
  if (req.parallelToolCalls !== undefined && req.tools.length > 0) out.parallelToolCalls = req.parallelToolCalls;
  const s = req.sampling;
  out.sampling = { ...(s.temperature !== undefined ? { temperature: s.temperature } : {}), ...(s.topP !== undefined ? { topP: s.topP } : {}), ...(s.maxOutputTokens !== undefined ? { maxOutputTokens: s.maxOutputTokens } : {}) };
  const rf = req.responseFormat;
  if (rf) out.responseFormat = rf.type === 'json_schema' ? { type: 'json_schema', name: rf.name ?? 'response', schema: rf.schema ?? {}, ...(rf.strict !== undefined ? { strict: rf.strict } : {}), ...(rf.description !== undefined ? { description: rf.description } : {}) } : rf;
  const r = req.reasoning;
  if (r) {
    const effort = r.effort ?? (r.enabled === false ? 'none' : undefined);
    const carried: ReasoningSettings = { ...(effort !== undefined ? { effort, enabled: effort !== 'none' } : {}), ...(r.includeThoughts ? { includeThoughts: true } : {}) };
    if (Object.keys(carried).length > 0) out.reasoning = carried;
  }
  out.streamUsage = true;
  if (req.endUser !== undefined) out.endUser = req.endUser;
  return out;
}

// ------------------------------------------------------------------------------ helpers

function plainPart(p: Part): Part {
  if (p.kind === 'text') return { kind: 'text', text: p.text };
  if (p.kind === 'image') return { kind: 'image', source: p.source, ...(p.detail !== undefined ? { detail: p.detail } : {}) };
  return p;
}

function plainTool(t: ToolDefinition): ToolDefinition {
  return { name: t.name, ...(t.description !== undefined ? { description: t.description } : {}), ...(t.parameters !== undefined ? { parameters: t.parameters } : {}), ...(t.strict !== undefined ? { strict: t.strict } : {}) };
}

function withName(m: Message, name: string | undefined): Message {
  if (name !== undefined) m.name = name;
  return m;
}

function parseObject(raw: string): Obj | undefined {
  try {
    const v: unknown = JSON.parse(raw);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : undefined;
  } catch {
    return undefined;
  }
}

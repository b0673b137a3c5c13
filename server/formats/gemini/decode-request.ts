import type { Part } from '../../canonical/parts.js';
import type { CanonicalChatRequest, Message, ReasoningSettings, ResponseFormat, ToolChoice, ToolDefinition } from '../../canonical/request.js';
import { decodeParts, type DecodePartsOptions } from './parts.js';
import { geminiSchemaToJsonSchema, normalizeJsonSchemaTypes } from './schema.js';
import type { WireContent, WireFunctionDeclaration, WireGenerateContentRequest, WireGenerationConfig, WireTool, WireToolConfig } from './wire.js';

type Obj = Record<string, unknown>;

/** Top-level fields this decoder models; everything else travels in `extensions`. */
const MODELED = new Set(['model', 'contents', 'systemInstruction', 'tools', 'toolConfig', 'generationConfig']);
/** generationConfig fields modeled canonically (the response-format ones are also kept, see below). */
const MODELED_GENERATION = new Set([
  'temperature', 'topP', 'topK', 'maxOutputTokens', 'stopSequences', 'candidateCount', 'seed', 'presencePenalty',
  'frequencyPenalty', 'thinkingConfig',
]);

/**
 * Gemini GenerateContent request (camelCase, already normalised and validated) → canonical.
 * `model` comes from the URL path. Everything not modeled — safetySettings, cachedContent,
 * non-function tools, the original toolConfig, unmodeled generationConfig fields — is kept in
 * `extensions` so a Gemini upstream receives it untouched.
 */
export function decodeGenerateContentRequest(body: WireGenerateContentRequest, model: string, stream: boolean): CanonicalChatRequest {
  const ids = new RequestCallIds();
  const messages: Message[] = [];
  for (const [i, content] of (body.contents ?? []).entries()) {
    const msg = decodeContent(content, ids.forMessage(i));
    if (msg) messages.push(msg);
  }
  const system = body.systemInstruction ? decodeParts(body.systemInstruction.parts ?? [], ids.forMessage(-1)) : [];

  const req: CanonicalChatRequest = { model, inbound: 'gemini', system, messages, tools: [], sampling: {}, stream };
  const extensionFields: Obj = {};
  for (const [k, v] of Object.entries(body)) if (!MODELED.has(k)) extensionFields[k] = v;

  const otherTools: WireTool[] = [];
  for (const tool of body.tools ?? []) {
    const { functionDeclarations, ...rest } = tool;
    for (const d of functionDeclarations ?? []) req.tools.push(decodeDeclaration(d));
    if (Object.keys(rest).length > 0) otherTools.push(rest);
  }
  if (otherTools.length > 0) extensionFields.tools = otherTools;

  if (body.toolConfig) {
    extensionFields.toolConfig = body.toolConfig;
    const choice = decodeToolConfig(body.toolConfig, req);
    if (choice) req.toolChoice = choice;
  }

  const g = body.generationConfig;
  if (g) {
    const s = req.sampling;
    if (g.temperature !== undefined) s.temperature = g.temperature;
    if (g.topP !== undefined) s.topP = g.topP;
    if (g.topK !== undefined) s.topK = g.topK;
    if (g.maxOutputTokens !== undefined) s.maxOutputTokens = g.maxOutputTokens;
    if (g.stopSequences !== undefined && g.stopSequences.length > 0) s.stop = g.stopSequences;
    if (g.candidateCount !== undefined) s.n = g.candidateCount;
    if (g.seed !== undefined) s.seed = g.seed;
    if (g.presencePenalty !== undefined) s.presencePenalty = g.presencePenalty;
    if (g.frequencyPenalty !== undefined) s.frequencyPenalty = g.frequencyPenalty;
    const format = decodeResponseFormat(g);
    if (format) req.responseFormat = format;
    const reasoning = decodeThinking(g.thinkingConfig);
    if (reasoning) req.reasoning = reasoning;
    // Unmodeled fields, plus the response-format fields verbatim: JSON Schema → Gemini Schema is
    // lossy (`default`, `example`), and a Gemini upstream should get exactly what was sent.
    const rest: Obj = {};
    for (const [k, v] of Object.entries(g)) if (!MODELED_GENERATION.has(k)) rest[k] = v;
    if (Object.keys(rest).length > 0) extensionFields.generationConfig = rest;
  }
  if (Object.keys(extensionFields).length > 0) req.extensions = { protocol: 'gemini', fields: extensionFields };
  return req;
}

function decodeContent(content: WireContent, opts: DecodePartsOptions): Message | undefined {
  const parts: Part[] = decodeParts(content.parts ?? [], opts);
  if (parts.length === 0) return undefined;
  if (content.role === 'model') return { role: 'assistant', parts };
  // Function responses come back in a user turn (older clients use role "function" or "tool").
  const onlyResults = parts.every((p) => p.kind === 'tool_result');
  return { role: onlyResults ? 'tool' : 'user', parts };
}

/**
 * Call ids across a conversation. Gemini often sends none: a call then gets a stable synthetic
 * id, and a response without id answers the oldest unanswered call of the same name (Gemini
 * matches results to calls by name and order).
 */
class RequestCallIds {
  private readonly pending = new Map<string, string[]>();
  private orphans = 0;

  forMessage(message: number): DecodePartsOptions {
    let k = 0;
    return {
      callId: (call) => {
        const id = typeof call.id === 'string' && call.id !== '' ? call.id : `call_${message}_${k}`;
        k++;
        const list = this.pending.get(call.name) ?? [];
        list.push(id);
        this.pending.set(call.name, list);
        return id;
      },
      resultId: (response) => {
        const list = this.pending.get(response.name) ?? [];
        if (typeof response.id === 'string' && response.id !== '') {
          const at = list.indexOf(response.id);
          if (at >= 0) list.splice(at, 1);
          return response.id;
        }
        return list.shift() ?? `call_${response.name}_${this.orphans++}`;
      },
    };
  }
}

function decodeDeclaration(d: WireFunctionDeclaration): ToolDefinition {
  const def: ToolDefinition = { name: d.name };
  if (d.description !== undefined) def.description = d.description;
  if (d.parametersJsonSchema !== undefined) def.parameters = normalizeJsonSchemaTypes(d.parametersJsonSchema) as typeof def.parameters;
  else if (d.parameters !== undefined) def.parameters = geminiSchemaToJsonSchema(d.parameters);
  // The declaration as sent (schema dialect included) for Gemini upstreams.
  const { name: _n, description: _d, ...rest } = d;
  if (Object.keys(rest).length > 0) def.extensions = { protocol: 'gemini', fields: rest };
  return def;
}

/**
 * AUTO → auto, NONE → none, ANY → required; ANY with one allowed name → that tool. With several
 * allowed names the other tools are removed, the only way to say "one of these" canonically.
 */
function decodeToolConfig(config: WireToolConfig, req: CanonicalChatRequest): ToolChoice | undefined {
  const fc = config.functionCallingConfig;
  if (!fc?.mode) return undefined;
  switch (fc.mode) {
    case 'NONE':
      return { type: 'none' };
    case 'ANY': {
      const allowed = fc.allowedFunctionNames ?? [];
      if (allowed.length === 1 && allowed[0] !== undefined) return { type: 'tool', name: allowed[0] };
      if (allowed.length > 1) req.tools = req.tools.filter((t) => allowed.includes(t.name));
      return { type: 'required' };
    }
    case 'AUTO':
    case 'VALIDATED':
      return { type: 'auto' };
    default:
      return undefined;
  }
}

function decodeResponseFormat(g: WireGenerationConfig): ResponseFormat | undefined {
  const mime = g.responseMimeType;
  if (g.responseJsonSchema !== undefined) return { type: 'json_schema', schema: normalizeJsonSchemaTypes(g.responseJsonSchema) as Record<string, unknown> };
  if (g.responseSchema !== undefined && (mime === undefined || mime === 'application/json')) return { type: 'json_schema', schema: geminiSchemaToJsonSchema(g.responseSchema) };
  if (mime === 'application/json') return { type: 'json_object' };
  if (mime === 'text/plain') return { type: 'text' };
  return undefined;
}

/**
 * thinkingBudget 0 turns thinking off, -1 means "model decides", a positive number is the
 * budget; thinkingLevel is kept as the effort; includeThoughts asks for the thought text.
 */
function decodeThinking(t: WireGenerationConfig['thinkingConfig']): ReasoningSettings | undefined {
  if (!t) return undefined;
  const out: ReasoningSettings = {};
  if (typeof t.thinkingBudget === 'number') {
    out.enabled = t.thinkingBudget !== 0;
    if (t.thinkingBudget > 0) out.budgetTokens = t.thinkingBudget;
  }
  if (typeof t.thinkingLevel === 'string' && t.thinkingLevel !== '' && t.thinkingLevel !== 'THINKING_LEVEL_UNSPECIFIED') {
    out.effort = t.thinkingLevel.toLowerCase();
    out.enabled ??= true;
  }
  if (typeof t.includeThoughts === 'boolean') {
    out.includeThoughts = t.includeThoughts;
    if (t.includeThoughts) out.enabled ??= true;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

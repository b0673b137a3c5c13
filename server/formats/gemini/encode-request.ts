import type { CanonicalChatRequest, Message, ToolDefinition } from '../../canonical/request.js';
import { encodeParts, type EncodePartsOptions } from './parts.js';
import { geminiParameters, jsonSchemaToGemini } from './schema.js';
import type { WireContent, WireFunctionDeclaration, WireGenerateContentRequest, WireGenerationConfig, WireThinkingConfig, WireTool, WireToolConfig } from './wire.js';

type Obj = Record<string, unknown>;

/**
 * Canonical request → Gemini GenerateContent body for an upstream (the model goes in the URL).
 *
 * When the request came in as Gemini, what the canonical model does not hold comes back from
 * `extensions`: top-level fields (safetySettings, cachedContent…), non-function tools, the
 * toolConfig and generationConfig fields as sent, and each declaration's own schema — so a
 * Gemini → Gemini hop loses nothing. Otherwise JSON Schemas are cleaned for Gemini (schema.ts).
 */
export function encodeGenerateContentRequest(req: CanonicalChatRequest): WireGenerateContentRequest {
  const ext: Obj = req.extensions?.protocol === 'gemini' ? req.extensions.fields : {};
  const opts = partOptions(req);
  const body: WireGenerateContentRequest = { ...omit(ext, ['tools', 'toolConfig', 'generationConfig']), contents: encodeContents(req.messages, opts) };

  const systemParts = encodeParts(req.system, opts);
  if (systemParts.length > 0) body.systemInstruction = { role: 'user', parts: systemParts };

  const tools: WireTool[] = [];
  if (req.tools.length > 0) tools.push({ functionDeclarations: req.tools.map(encodeDeclaration) });
  if (Array.isArray(ext.tools)) tools.push(...(ext.tools as WireTool[]));
  if (tools.length > 0) body.tools = tools;

  const toolConfig = isObj(ext.toolConfig) ? (ext.toolConfig as WireToolConfig) : encodeToolConfig(req);
  if (toolConfig && (req.tools.length > 0 || isObj(ext.toolConfig))) body.toolConfig = toolConfig;

  const generationConfig: WireGenerationConfig = { ...encodeGenerationConfig(req), ...(isObj(ext.generationConfig) ? ext.generationConfig : {}) };
  if (Object.keys(generationConfig).length > 0) body.generationConfig = generationConfig;
  return body;
}

function partOptions(req: CanonicalChatRequest): EncodePartsOptions {
  const names = new Map<string, string>();
  const nativeIds = new Set<string>();
  for (const m of req.messages) {
    for (const p of m.parts) {
      if (p.kind !== 'tool_call') continue;
      names.set(p.id, p.name);
      if (p.extensions?.protocol === 'gemini' && typeof p.extensions.fields.id === 'string') nativeIds.add(p.id);
    }
  }
  return { thoughts: true, ids: 'native', names, nativeIds };
}

/**
 * Messages → contents with roles user/model. Consecutive turns of the same Gemini role are
 * merged: the responses to parallel calls must arrive together in one user turn, which is how
 * several OpenAI `tool` messages (or a tool turn followed by user text) end up.
 */
function encodeContents(messages: readonly Message[], opts: EncodePartsOptions): WireContent[] {
  const out: WireContent[] = [];
  for (const m of messages) {
    const role = m.role === 'assistant' ? 'model' : 'user';
    // Gemini has no system turn: a mid-conversation instruction is a user turn.
    const parts = encodeParts(m.parts, opts);
    if (parts.length === 0) continue;
    const last = out[out.length - 1];
    if (last && last.role === role) last.parts.push(...parts);
    else out.push({ role, parts });
  }
  return out;
}

function encodeDeclaration(t: ToolDefinition): WireFunctionDeclaration {
  const own = t.extensions?.protocol === 'gemini' ? t.extensions.fields : undefined;
  const d: WireFunctionDeclaration = { name: t.name };
  if (t.description !== undefined) d.description = t.description;
  if (own && (own.parameters !== undefined || own.parametersJsonSchema !== undefined)) return { ...d, ...own };
  const parameters = geminiParameters(t.parameters);
  if (parameters) d.parameters = parameters;
  return own ? { ...d, ...own } : d;
}

function encodeToolConfig(req: CanonicalChatRequest): WireToolConfig | undefined {
  const c = req.toolChoice;
  if (!c) return undefined;
  switch (c.type) {
    case 'auto':
      return { functionCallingConfig: { mode: 'AUTO' } };
    case 'none':
      return { functionCallingConfig: { mode: 'NONE' } };
    case 'required':
      return { functionCallingConfig: { mode: 'ANY' } };
    case 'tool':
      return { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: [c.name] } };
  }
}

function encodeGenerationConfig(req: CanonicalChatRequest): WireGenerationConfig {
  const s = req.sampling;
  const g: WireGenerationConfig = {};
  if (s.temperature !== undefined) g.temperature = s.temperature;
  if (s.topP !== undefined) g.topP = s.topP;
  if (s.topK !== undefined) g.topK = s.topK;
  if (s.maxOutputTokens !== undefined) g.maxOutputTokens = s.maxOutputTokens;
  if (s.stop !== undefined && s.stop.length > 0) g.stopSequences = s.stop;
  if (s.n !== undefined) g.candidateCount = s.n;
  if (s.seed !== undefined) g.seed = s.seed;
  if (s.presencePenalty !== undefined) g.presencePenalty = s.presencePenalty;
  if (s.frequencyPenalty !== undefined) g.frequencyPenalty = s.frequencyPenalty;
  const rf = req.responseFormat;
  if (rf?.type === 'json_object') g.responseMimeType = 'application/json';
  else if (rf?.type === 'json_schema') {
    g.responseMimeType = 'application/json';
    const schema = jsonSchemaToGemini(rf.schema);
    if (schema) g.responseSchema = schema;
  } else if (rf?.type === 'text') g.responseMimeType = 'text/plain';
  const thinking = encodeThinking(req);
  if (thinking) g.thinkingConfig = thinking;
  return g;
}

/** Reasoning settings → thinkingConfig: off is budget 0; an effort becomes a thinking level. */
function encodeThinking(req: CanonicalChatRequest): WireThinkingConfig | undefined {
  const r = req.reasoning;
  if (!r) return undefined;
  const t: WireThinkingConfig = {};
  if (r.enabled === false || r.effort === 'none') t.thinkingBudget = 0;
  else if (r.budgetTokens !== undefined) t.thinkingBudget = r.budgetTokens;
  else if (r.effort !== undefined) t.thinkingLevel = effortLevel(r.effort);
  if (r.includeThoughts !== undefined) t.includeThoughts = r.includeThoughts;
  else if (r.enabled === true && t.thinkingBudget !== 0) t.includeThoughts = true;
  return Object.keys(t).length > 0 ? t : undefined;
}

function effortLevel(effort: string): string {
  switch (effort) {
    case 'minimal':
    case 'low':
    case 'medium':
    case 'high':
      return effort.toUpperCase();
    default:
      return 'HIGH';
  }
}

function omit(o: Obj, keys: readonly string[]): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(o)) if (!keys.includes(k)) out[k] = v;
  return out;
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}


import type { Part } from '../../canonical/parts.js';
import type { CanonicalChatRequest, Message, ReasoningSettings, ResponseFormat, ToolChoice, ToolDefinition } from '../../canonical/request.js';
import { GatewayError } from '../../errors/gateway-error.js';
import { imageSource, parseDataUrl, parsedArgs } from '../openai/decode-request.js';
import { decodeReasoningBlob } from './reasoning-blob.js';
import { CUSTOM_TOOL_PARAMETERS, ToolNames } from './tool-names.js';
import type { WireInputContent, WireInputItem, WireResponsesRequest, WireTool } from './wire.js';

/** Tools that run on OpenAI's own servers: no upstream of ours can run them. */
const HOSTED_TOOLS = new Set([
  'web_search', 'web_search_preview', 'web_search_2025_08_26', 'web_search_preview_2025_03_11', 'file_search', 'code_interpreter',
  'image_generation', 'computer_use_preview', 'computer_use', 'mcp', 'local_shell', 'shell', 'apply_patch', 'tool_search',
]);

export interface DecodedResponsesRequest {
  req: CanonicalChatRequest;
  /** Maps the names the model calls back to function_call `name`/`namespace`. */
  names: ToolNames;
  /** Hosted tool types left out (x-nexusflow-ignored-tools). */
  ignoredTools: string[];
}

/**
 * Responses API request → canonical request. The body has passed the spec validator.
 * `history` is what `previous_response_id` stands for (earlier inputs and outputs, oldest first);
 * it comes before the body's own input, and the body's `instructions` alone apply.
 */
export function decodeResponsesRequest(body: WireResponsesRequest, history: readonly WireInputItem[] = []): DecodedResponsesRequest {
  const names = new ToolNames();
  const ignoredTools: string[] = [];
  const tools: ToolDefinition[] = [];
  (body.tools ?? []).forEach((t, i) => {
    if (HOSTED_TOOLS.has(t.type)) ignoredTools.push(t.type);
    else tools.push(...decodeTool(t, `tools[${i}]`, names));
  });
  if (body.background === true) throw new GatewayError('invalid_request', 'Background responses are not supported by this gateway; omit `background`.', { param: 'background' });
  const system: Part[] = [];
  if (typeof body.instructions === 'string' && body.instructions.length > 0) system.push({ kind: 'text', text: body.instructions });
  const messages: Message[] = [];
  const input = typeof body.input === 'string' ? [{ role: 'user' as const, content: body.input }] : (body.input ?? []);
  [...history, ...input].forEach((item, i) => decodeItem(item, messages, system, i < history.length ? 'previous_response_id' : `input[${i - history.length}]`, names));
  if (messages.length === 0) throw new GatewayError('invalid_request', 'The request has no input: send `input` (a string or a list of items).', { param: 'input' });

  const req: CanonicalChatRequest = {
    model: body.model,
    inbound: 'openai',
    system,
    messages,
    tools,
    sampling: {},
    stream: body.stream === true,
    // response.completed always carries usage.
    streamUsage: true,
  };
  const s = req.sampling;
  if (body.temperature != null) s.temperature = body.temperature;
  if (body.top_p != null) s.topP = body.top_p;
  if (body.max_output_tokens != null) s.maxOutputTokens = body.max_output_tokens;
  const toolChoice = decodeToolChoice(body.tool_choice);
  if (toolChoice) req.toolChoice = toolChoice;
  if (body.parallel_tool_calls != null) req.parallelToolCalls = body.parallel_tool_calls;
  const format = decodeFormat(body.text?.format);
  if (format) req.responseFormat = format;
  const reasoning = decodeReasoning(body.reasoning);
  if (reasoning) req.reasoning = reasoning;
  const endUser = body.safety_identifier ?? body.user;
  if (typeof endUser === 'string') req.endUser = endUser;
  return { req, names, ignoredTools };
}

/** Appends one input item: assistant-side items (text, calls, reasoning) join the assistant turn they belong to. */
function decodeItem(item: WireInputItem, messages: Message[], system: Part[], param: string, names: ToolNames): void {
  const assistantTurn = (): Message => {
    const last = messages.at(-1);
    if (last?.role === 'assistant') return last;
    const m: Message = { role: 'assistant', parts: [] };
    messages.push(m);
    return m;
  };
  if ('role' in item && item.role !== undefined) {
    const parts = contentParts(item.content, `${param}.content`);
    switch (item.role) {
      case 'system':
      case 'developer':
        // Leading instructions join the system prompt; later ones keep their place.
        if (messages.length === 0) system.push(...parts);
        else messages.push({ role: 'system', parts });
        return;
      case 'assistant':
        assistantTurn().parts.push(...parts);
        return;
      default:
        messages.push({ role: 'user', parts });
        return;
    }
  }
  switch (item.type) {
    case 'function_call': {
      const name = names.upstream(item.name, item.namespace);
      assistantTurn().parts.push({ kind: 'tool_call', id: item.call_id, name, argumentsRaw: item.arguments, ...parsedArgs(item.arguments) });
      return;
    }
    case 'custom_tool_call': {
      const name = names.upstream(item.name, item.namespace);
      const argumentsRaw = JSON.stringify({ input: item.input });
      assistantTurn().parts.push({ kind: 'tool_call', id: item.call_id, name, argumentsRaw, arguments: { input: item.input } });
      return;
    }
    case 'function_call_output':
    case 'custom_tool_call_output': {
      const content = typeof item.output === 'string' ? [{ kind: 'text' as const, text: item.output }] : contentParts(item.output, `${param}.output`);
      messages.push({ role: 'tool', parts: [{ kind: 'tool_result', callId: item.call_id, content }] });
      return;
    }
    case 'reasoning': {
      // Our own encrypted_content restores the exact thinking block (with its signature). Another
      // issuer's (OpenAI's) rides along as the signature, for an upstream that speaks Responses.
      const encrypted = typeof item.encrypted_content === 'string' && item.encrypted_content !== '' ? item.encrypted_content : undefined;
      const restored = encrypted !== undefined ? decodeReasoningBlob(encrypted) : undefined;
      if (restored) {
        assistantTurn().parts.push(restored);
        return;
      }
      const text = [...(item.content ?? []), ...item.summary].map((p) => p.text).join('\n\n');
      if (text.length > 0 || encrypted !== undefined) assistantTurn().parts.push({ kind: 'thinking', text, ...(encrypted !== undefined ? { signature: encrypted } : {}) });
      return;
    }
    case 'item_reference':
      throw new GatewayError('invalid_request', `Item with id '${item.id}' not found.`, { param: `${param}.id` });
    default:
      throw new GatewayError('invalid_request', `Unsupported input item type '${String((item as { type?: unknown }).type)}'.`, { param: `${param}.type` });
  }
}

function contentParts(content: string | WireInputContent[], param: string): Part[] {
  if (typeof content === 'string') return [{ kind: 'text', text: content }];
  return content.map((p, i) => decodeContent(p, `${param}[${i}]`));
}

function decodeContent(p: WireInputContent, param: string): Part {
  switch (p.type) {
    case 'input_text':
    case 'output_text':
      return { kind: 'text', text: p.text };
    case 'refusal':
      return { kind: 'text', text: p.refusal };
    case 'input_image': {
      if (typeof p.image_url !== 'string' || p.image_url.length === 0) {
        throw new GatewayError('invalid_request', 'input_image needs an image_url (an https or data: URL); file_id is not supported by this gateway.', { param: `${param}.image_url` });
      }
      return { kind: 'image', source: imageSource(p.image_url), ...(p.detail ? { detail: p.detail } : {}) };
    }
    case 'input_file': {
      const title = p.filename !== undefined ? { title: p.filename } : {};
      if (typeof p.file_data === 'string') {
        // Bare base64 is taken as a PDF, as OpenAI does.
        const data = parseDataUrl(p.file_data) ?? { mediaType: 'application/pdf', data: p.file_data };
        return { kind: 'document', source: { type: 'base64', ...data }, ...title };
      }
      if (typeof p.file_url === 'string') return { kind: 'document', source: { type: 'url', url: p.file_url }, ...title };
      throw new GatewayError('invalid_request', 'input_file needs file_data or file_url; file_id is not supported by this gateway.', { param });
    }
    default:
      throw new GatewayError('invalid_request', `Unsupported content type '${String((p as { type?: unknown }).type)}'.`, { param: `${param}.type` });
  }
}

/** A function or custom tool, or the tools of a namespace (flattened); other types are a 400. */
function decodeTool(t: WireTool, param: string, names: ToolNames): ToolDefinition[] {
  if (t.type === 'namespace' && typeof t.name === 'string' && t.name !== '' && Array.isArray(t.tools)) {
    const namespace = t.name;
    return t.tools.flatMap((inner, j) => decodeTool(inner as WireTool, `${param}.tools[${j}]`, names).map((d) => {
      const flat = names.flatten(namespace, d.name);
      if (names.called(d.name).custom) names.markCustom(flat);
      return { ...d, name: flat };
    }));
  }
  if (t.type === 'custom' && typeof t.name === 'string' && t.name !== '') {
    names.markCustom(t.name);
    const def: ToolDefinition = { name: t.name, parameters: structuredClone(CUSTOM_TOOL_PARAMETERS) as unknown as Record<string, unknown> };
    if (typeof t.description === 'string') def.description = t.description;
    return [def];
  }
  if (t.type !== 'function' || typeof t.name !== 'string' || t.name.length === 0) {
    const why = t.type === 'function' || t.type === 'custom' ? `a ${t.type} tool needs a name` : t.type === 'namespace' ? 'a namespace tool needs a name and tools' : `tool type '${t.type}' is not supported by this gateway (function, custom and namespace tools are)`;
    throw new GatewayError('invalid_request', `Invalid ${param}: ${why}.`, { param });
  }
  const def: ToolDefinition = { name: t.name };
  if (typeof t.description === 'string') def.description = t.description;
  if (t.parameters != null) def.parameters = t.parameters;
  if (t.strict != null) def.strict = t.strict;
  return [def];
}

/** Forcing a hosted tool fails the spec's validator (a 400) before this runs. */
function decodeToolChoice(c: WireResponsesRequest['tool_choice']): ToolChoice | undefined {
  if (c === undefined) return undefined;
  if (typeof c === 'string') return { type: c };
  if (c.type === 'function') return { type: 'tool', name: c.name };
  return { type: c.mode };
}

function decodeFormat(f: NonNullable<WireResponsesRequest['text']>['format']): ResponseFormat | undefined {
  if (!f) return undefined;
  if (f.type !== 'json_schema') return { type: f.type };
  const out: ResponseFormat = { type: 'json_schema', name: f.name, schema: f.schema };
  if (f.strict != null) out.strict = f.strict;
  if (f.description !== undefined) out.description = f.description;
  return out;
}

function decodeReasoning(r: WireResponsesRequest['reasoning']): ReasoningSettings | undefined {
  if (!r) return undefined;
  const out: ReasoningSettings = {};
  if (typeof r.effort === 'string') {
    out.effort = r.effort;
    out.enabled = r.effort !== 'none';
  }
  const summary = r.summary ?? r.generate_summary;
  if (typeof summary === 'string') out.includeThoughts = true;
  return Object.keys(out).length > 0 ? out : undefined;
}

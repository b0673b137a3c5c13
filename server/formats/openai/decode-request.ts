import type { ImagePart, Part } from '../../canonical/parts.js';
import type { CanonicalChatRequest, Message, ReasoningSettings, ResponseFormat, ToolChoice, ToolDefinition } from '../../canonical/request.js';
import type { WireChatRequest, WireContentPart, WireMessage, WireToolChoice } from './wire.js';

/** Top-level request fields this decoder models; everything else travels in `extensions`. */
const MODELED = new Set([
  'model', 'messages', 'tools', 'tool_choice', 'parallel_tool_calls', 'response_format', 'stream', 'stream_options',
  'max_tokens', 'max_completion_tokens', 'n', 'stop', 'temperature', 'top_p', 'seed', 'user', 'reasoning_effort',
  'frequency_penalty', 'presence_penalty', 'enable_thinking', 'thinking_budget', 'top_k',
]);

/** OpenAI Chat Completions request → canonical request. The body has passed the spec validator. */
export function decodeChatRequest(body: WireChatRequest): CanonicalChatRequest {
  const system: Part[] = [];
  const messages: Message[] = [];
  for (const m of body.messages) {
    if (m.role === 'system' || m.role === 'developer') {
      const parts = contentParts(m.content);
      // Leading instructions become the system prompt; later ones keep their place in the conversation.
      if (messages.length === 0) system.push(...parts);
      else messages.push({ role: 'system', parts });
      continue;
    }
    messages.push(decodeMessage(m));
  }

  const extensionFields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) if (!MODELED.has(k)) extensionFields[k] = v;

  const req: CanonicalChatRequest = {
    model: body.model,
    inbound: 'openai',
    system,
    messages,
    tools: (body.tools ?? []).filter((t) => t.type === 'function').map(decodeTool),
    sampling: {},
    stream: body.stream === true,
  };
  const s = req.sampling;
  if (body.temperature != null) s.temperature = body.temperature;
  if (body.top_p != null) s.topP = body.top_p;
  if (typeof body.top_k === 'number') s.topK = body.top_k;
  const max = body.max_completion_tokens ?? body.max_tokens;
  if (max != null) s.maxOutputTokens = max;
  if (body.stop != null) s.stop = typeof body.stop === 'string' ? [body.stop] : body.stop;
  if (body.seed != null) s.seed = body.seed;
  if (body.n != null) s.n = body.n;
  if (body.presence_penalty != null) s.presencePenalty = body.presence_penalty;
  if (body.frequency_penalty != null) s.frequencyPenalty = body.frequency_penalty;

  const toolChoice = decodeToolChoice(body.tool_choice);
  if (toolChoice) req.toolChoice = toolChoice;
  if (body.parallel_tool_calls != null) req.parallelToolCalls = body.parallel_tool_calls;
  const format = decodeResponseFormat(body.response_format);
  if (format) req.responseFormat = format;
  const reasoning = decodeReasoning(body);
  if (reasoning) req.reasoning = reasoning;
  if (req.stream && body.stream_options?.include_usage === true) req.streamUsage = true;
  if (typeof body.user === 'string') req.endUser = body.user;
  if (Object.keys(extensionFields).length > 0) req.extensions = { protocol: 'openai', fields: extensionFields };
  return req;
}

function decodeMessage(m: WireMessage): Message {
  switch (m.role) {
    case 'assistant': {
      const parts: Part[] = [];
      if (typeof m.reasoning_content === 'string' && m.reasoning_content.length > 0) parts.push({ kind: 'thinking', text: m.reasoning_content });
      parts.push(...contentParts(m.content));
      for (const call of m.tool_calls ?? []) {
        if (call.type === 'custom') {
          // Free-form input, not JSON arguments: kept raw and tagged so an OpenAI upstream gets the custom call back.
          parts.push({ kind: 'tool_call', id: call.id, name: call.custom.name, argumentsRaw: call.custom.input, extensions: { protocol: 'openai', fields: { type: 'custom' } } });
          continue;
        }
        parts.push({ kind: 'tool_call', id: call.id, name: call.function.name, argumentsRaw: call.function.arguments, ...parsedArgs(call.function.arguments) });
      }
      if (m.function_call) {
        parts.push({ kind: 'tool_call', id: `call_${m.function_call.name}`, name: m.function_call.name, argumentsRaw: m.function_call.arguments, ...parsedArgs(m.function_call.arguments) });
      }
      return withName({ role: 'assistant', parts }, m.name);
    }
    case 'tool':
      return { role: 'tool', parts: [{ kind: 'tool_result', callId: m.tool_call_id ?? '', content: contentParts(m.content) }] };
    case 'function':
      return { role: 'tool', parts: [{ kind: 'tool_result', callId: `call_${m.name ?? ''}`, ...(m.name ? { name: m.name } : {}), content: contentParts(m.content) }] };
    default:
      return withName({ role: 'user', parts: contentParts(m.content) }, m.name);
  }
}

function withName(msg: Message, name: string | undefined): Message {
  if (name !== undefined) msg.name = name;
  return msg;
}

/** `data:<type>;base64,<data>` → its parts; undefined for any other string. */
export function parseDataUrl(url: string): { mediaType: string; data: string } | undefined {
  const m = /^data:([^;,]+);base64,(.*)$/s.exec(url);
  return m ? { mediaType: m[1] ?? 'application/octet-stream', data: m[2] ?? '' } : undefined;
}

/** An image URL as a part source: inline bytes for a data: URL, else the URL. */
export function imageSource(url: string): ImagePart['source'] {
  const data = parseDataUrl(url);
  return data ? { type: 'base64', ...data } : { type: 'url', url };
}

export function parsedArgs(raw: string): { arguments?: Record<string, unknown> } {
  try {
    const v: unknown = JSON.parse(raw);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? { arguments: v as Record<string, unknown> } : {};
  } catch {
    return {};
  }
}

function contentParts(content: WireMessage['content']): Part[] {
  if (content == null) return [];
  if (typeof content === 'string') return [{ kind: 'text', text: content }];
  return content.map(decodePart);
}

function decodePart(p: WireContentPart): Part {
  switch (p.type) {
    case 'text':
      return { kind: 'text', text: String((p as { text: unknown }).text) };
    case 'image_url': {
      const img = (p as { image_url: { url: string; detail?: string } }).image_url;
      return { kind: 'image', source: imageSource(img.url), ...(img.detail ? { detail: img.detail } : {}) };
    }
    case 'input_audio': {
      const a = (p as { input_audio: { data: string; format: string } }).input_audio;
      return { kind: 'audio', data: a.data, format: a.format };
    }
    case 'refusal':
      return { kind: 'text', text: String((p as { refusal: unknown }).refusal) };
    default:
      return { kind: 'opaque', protocol: 'openai', value: p };
  }
}

function decodeTool(t: { function: { name: string; description?: string; parameters?: Record<string, unknown>; strict?: boolean } }): ToolDefinition {
  const def: ToolDefinition = { name: t.function.name };
  if (t.function.description !== undefined) def.description = t.function.description;
  if (t.function.parameters !== undefined) def.parameters = t.function.parameters;
  if (t.function.strict != null) def.strict = t.function.strict;
  return def;
}

function decodeToolChoice(c: WireToolChoice | undefined): ToolChoice | undefined {
  if (c === undefined || c === null) return undefined;
  if (c === 'none' || c === 'auto' || c === 'required') return { type: c };
  if (typeof c === 'object' && c.type === 'function') {
    const fn = (c as { function?: { name?: unknown } }).function;
    if (typeof fn?.name === 'string') return { type: 'tool', name: fn.name };
  }
  if (typeof c === 'object' && c.type === 'allowed_tools') {
    const mode = (c as { allowed_tools?: { mode?: unknown } }).allowed_tools?.mode;
    return { type: mode === 'required' ? 'required' : 'auto' };
  }
  return { type: 'auto' };
}

function decodeResponseFormat(f: WireChatRequest['response_format']): ResponseFormat | undefined {
  if (!f) return undefined;
  if (f.type === 'json_schema') {
    const js = f.json_schema;
    const out: ResponseFormat = { type: 'json_schema' };
    if (js.name !== undefined) out.name = js.name;
    if (js.schema !== undefined) out.schema = js.schema;
    if (js.strict != null) out.strict = js.strict;
    if (js.description !== undefined) out.description = js.description;
    return out;
  }
  return { type: f.type };
}

function decodeReasoning(body: WireChatRequest): ReasoningSettings | undefined {
  const out: ReasoningSettings = {};
  if (typeof body.reasoning_effort === 'string') {
    out.effort = body.reasoning_effort;
    out.enabled = body.reasoning_effort !== 'none';
  }
  // DashScope/Qwen extensions sent through extra_body (dashscope.md §1.4).
  if (typeof body.enable_thinking === 'boolean') out.enabled = body.enable_thinking;
  if (typeof body.thinking_budget === 'number') out.budgetTokens = body.thinking_budget;
  return Object.keys(out).length > 0 ? out : undefined;
}

import type { Part } from '../../canonical/parts.js';
import type { CanonicalChatRequest } from '../../canonical/request.js';
import type { WireChatRequest, WireContentPart, WireCustomToolCall, WireMessage, WireToolCall } from './wire.js';

/** Canonical request → OpenAI Chat Completions body for an upstream (the model id is the upstream's). */
export function encodeChatRequest(req: CanonicalChatRequest, upstreamModel: string): WireChatRequest {
  const messages: WireMessage[] = [];
  if (req.system.length > 0) messages.push({ role: 'system', content: textOrParts(req.system) });
  for (const m of req.messages) messages.push(...encodeMessage(m.role, m.parts, m.name));

  // Fields we do not model pass through untouched when the request came in as OpenAI.
  const body: WireChatRequest = { ...(req.extensions?.protocol === 'openai' ? req.extensions.fields : {}), model: upstreamModel, messages };
  if (req.tools.length > 0) {
    body.tools = req.tools.map((t) => ({
      type: 'function' as const,
      function: {
        name: t.name,
        ...(t.description !== undefined ? { description: t.description } : {}),
        ...(t.parameters !== undefined ? { parameters: t.parameters } : {}),
        ...(t.strict !== undefined ? { strict: t.strict } : {}),
      },
    }));
  }
  const tc = req.toolChoice;
  if (tc) body.tool_choice = tc.type === 'tool' ? { type: 'function', function: { name: tc.name } } : tc.type;
  if (req.parallelToolCalls !== undefined && req.tools.length > 0) body.parallel_tool_calls = req.parallelToolCalls;
  const s = req.sampling;
  if (s.temperature !== undefined) body.temperature = s.temperature;
  if (s.topP !== undefined) body.top_p = s.topP;
  if (s.maxOutputTokens !== undefined) body.max_completion_tokens = s.maxOutputTokens;
  if (s.stop !== undefined) body.stop = s.stop;
  if (s.seed !== undefined) body.seed = s.seed;
  if (s.n !== undefined) body.n = s.n;
  if (s.presencePenalty !== undefined) body.presence_penalty = s.presencePenalty;
  if (s.frequencyPenalty !== undefined) body.frequency_penalty = s.frequencyPenalty;
  const rf = req.responseFormat;
  if (rf) {
    body.response_format = rf.type === 'json_schema'
      ? { type: 'json_schema', json_schema: { name: rf.name ?? 'response', ...(rf.schema ? { schema: rf.schema } : {}), ...(rf.strict !== undefined ? { strict: rf.strict } : {}), ...(rf.description !== undefined ? { description: rf.description } : {}) } }
      : { type: rf.type };
  }
  if (req.reasoning?.effort !== undefined) body.reasoning_effort = req.reasoning.effort;
  if (req.endUser !== undefined) body.user = req.endUser;
  if (req.stream) {
    body.stream = true;
    // Always ask for usage: billing needs it even when the caller did not.
    body.stream_options = { include_usage: true };
  } else {
    delete body.stream;
    delete body.stream_options;
  }
  return body;
}

function encodeMessage(role: string, parts: Part[], name: string | undefined): WireMessage[] {
  switch (role) {
    case 'system':
      return [{ role: 'system', content: textOrParts(parts) }];
    case 'assistant': {
      const calls: Array<WireToolCall | WireCustomToolCall> = [];
      const content: Part[] = [];
      let reasoning = '';
      for (const p of parts) {
        if (p.kind === 'tool_call' && p.extensions?.protocol === 'openai' && p.extensions.fields.type === 'custom') calls.push({ id: p.id, type: 'custom', custom: { name: p.name, input: p.argumentsRaw } });
        else if (p.kind === 'tool_call') calls.push({ id: p.id, type: 'function', function: { name: p.name, arguments: p.argumentsRaw } });
        else if (p.kind === 'thinking') reasoning += p.text;
        else content.push(p);
      }
      const msg: WireMessage = { role: 'assistant', content: content.length > 0 ? textOrParts(content) : null };
      if (calls.length > 0) msg.tool_calls = calls;
      if (reasoning) msg.reasoning_content = reasoning;
      if (name !== undefined) msg.name = name;
      return [msg];
    }
    case 'tool':
    case 'user': {
      // Tool results become `tool` messages; anything else in the turn stays a user message after them.
      const out: WireMessage[] = [];
      const rest: Part[] = [];
      for (const p of parts) {
        if (p.kind === 'tool_result') out.push({ role: 'tool', tool_call_id: p.callId, content: textOrParts(p.content.length > 0 ? p.content : [{ kind: 'text', text: '' }]) });
        else rest.push(p);
      }
      if (rest.length > 0) out.push({ role: 'user', content: textOrParts(rest), ...(name !== undefined ? { name } : {}) });
      return out;
    }
    default:
      return [];
  }
}

function textOrParts(parts: Part[]): string | WireContentPart[] {
  if (parts.every((p) => p.kind === 'text')) return parts.map((p) => (p.kind === 'text' ? p.text : '')).join('');
  const out: WireContentPart[] = [];
  for (const p of parts) {
    switch (p.kind) {
      case 'text':
        out.push({ type: 'text', text: p.text });
        break;
      case 'image':
        out.push({ type: 'image_url', image_url: { url: p.source.type === 'url' ? p.source.url : `data:${p.source.mediaType};base64,${p.source.data}`, ...(p.detail ? { detail: p.detail } : {}) } });
        break;
      case 'audio':
        out.push({ type: 'input_audio', input_audio: { data: p.data, format: p.format } });
        break;
      case 'document':
        if (p.source.type === 'text') out.push({ type: 'text', text: p.source.text });
        else if (p.source.type === 'base64') out.push({ type: 'file', file: { file_data: `data:${p.source.mediaType};base64,${p.source.data}`, ...(p.title ? { filename: p.title } : {}) } });
        else out.push({ type: 'text', text: p.source.url });
        break;
      case 'opaque':
        if (p.protocol === 'openai' && typeof p.value === 'object' && p.value !== null) out.push(p.value as WireContentPart);
        break;
      default:
        break;
    }
  }
  return out;
}

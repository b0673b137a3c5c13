import type { Part } from '../../canonical/parts.js';
import { textOf } from '../../canonical/parts.js';
import type { CanonicalChatRequest } from '../../canonical/request.js';
import type { WireInputContent, WireInputItem, WireResponsesRequest } from './wire.js';

/**
 * Canonical request → Responses API body for an upstream that speaks it (the model id is the
 * upstream's). The gateway keeps conversation state itself: the upstream is asked not to store
 * (`store: false`) and to return reasoning as `encrypted_content`, which goes back as the thinking
 * part's signature on the next turn.
 */
export function encodeResponsesRequest(req: CanonicalChatRequest, upstreamModel: string): WireResponsesRequest {
  const input: WireInputItem[] = [];
  for (const m of req.messages) {
    switch (m.role) {
      case 'user':
        input.push({ type: 'message', role: 'user', content: inputContent(m.parts) });
        break;
      case 'system':
        input.push({ type: 'message', role: 'developer', content: inputContent(m.parts) });
        break;
      case 'tool':
        for (const p of m.parts) if (p.kind === 'tool_result') input.push({ type: 'function_call_output', call_id: p.callId, output: textOf(p.content) });
        break;
      case 'assistant':
        input.push(...assistantItems(m.parts));
        break;
    }
  }
  const body: WireResponsesRequest = { model: upstreamModel, input, store: false, include: ['reasoning.encrypted_content'] };
  if (req.system.length > 0) body.instructions = textOf(req.system);
  if (req.tools.length > 0) {
    body.tools = req.tools.map((t) => ({
      type: 'function', name: t.name,
      ...(t.description !== undefined ? { description: t.description } : {}),
      ...(t.parameters !== undefined ? { parameters: t.parameters } : {}),
      strict: t.strict ?? false,
    }));
  }
  const tc = req.toolChoice;
  if (tc) body.tool_choice = tc.type === 'tool' ? { type: 'function', name: tc.name } : tc.type;
  if (req.parallelToolCalls !== undefined && req.tools.length > 0) body.parallel_tool_calls = req.parallelToolCalls;
  const s = req.sampling;
  if (s.temperature !== undefined) body.temperature = s.temperature;
  if (s.topP !== undefined) body.top_p = s.topP;
  if (s.maxOutputTokens !== undefined) body.max_output_tokens = s.maxOutputTokens;
  const rf = req.responseFormat;
  if (rf) {
    body.text = {
      format: rf.type === 'json_schema'
        ? { type: 'json_schema', name: rf.name ?? 'response', schema: rf.schema ?? {}, ...(rf.strict !== undefined ? { strict: rf.strict } : {}), ...(rf.description !== undefined ? { description: rf.description } : {}) }
        : { type: rf.type },
    };
  }
  const r = req.reasoning;
  if (r && (r.effort !== undefined || r.enabled !== undefined || r.includeThoughts)) {
    const effort = r.effort ?? (r.enabled === false ? 'none' : undefined);
    body.reasoning = { ...(effort !== undefined ? { effort: effort as 'low' } : {}), ...(r.includeThoughts ? { summary: 'auto' as const } : {}) };
  }
  if (req.endUser !== undefined) body.safety_identifier = req.endUser;
  if (req.stream) body.stream = true;
  return body;
}

function inputContent(parts: readonly Part[]): WireInputContent[] {
  const out: WireInputContent[] = [];
  for (const p of parts) {
    if (p.kind === 'text') out.push({ type: 'input_text', text: p.text });
    else if (p.kind === 'image') {
      const detail = p.detail === 'low' || p.detail === 'high' || p.detail === 'auto' ? { detail: p.detail as 'low' | 'high' | 'auto' } : {};
      out.push({ type: 'input_image', image_url: p.source.type === 'url' ? p.source.url : `data:${p.source.mediaType};base64,${p.source.data}`, ...detail });
    }
    else if (p.kind === 'document') {
      if (p.source.type === 'url') out.push({ type: 'input_file', file_url: p.source.url, ...(p.title ? { filename: p.title } : {}) });
      else if (p.source.type === 'base64') out.push({ type: 'input_file', file_data: `data:${p.source.mediaType};base64,${p.source.data}`, filename: p.title ?? 'document' });
      else out.push({ type: 'input_text', text: p.source.text });
    }
  }
  return out;
}

/** An assistant turn as items, in order: reasoning (only what the upstream can take back), text, calls. */
function assistantItems(parts: readonly Part[]): WireInputItem[] {
  const items: WireInputItem[] = [];
  let text: WireInputContent[] | undefined;
  for (const p of parts) {
    if (p.kind === 'text') {
      if (!text) {
        text = [];
        items.push({ type: 'message', role: 'assistant', content: text });
      }
      text.push({ type: 'output_text', text: p.text });
      continue;
    }
    text = undefined;
    if (p.kind === 'tool_call') items.push({ type: 'function_call', call_id: p.id, name: p.name, arguments: p.argumentsRaw });
    // Reasoning without the upstream's encrypted content cannot be sent back to it.
    else if (p.kind === 'thinking' && p.signature !== undefined) {
      items.push({ type: 'reasoning', summary: p.text ? [{ type: 'summary_text', text: p.text }] : [], encrypted_content: p.signature });
    }
  }
  return items;
}

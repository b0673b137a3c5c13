import type { Part } from '../../canonical/parts.js';
import type { FinishReason } from '../../canonical/response.js';
import { totalInput, totalOutput, type CanonicalUsage } from '../../canonical/usage.js';
import type { ItemIds } from './item-ids.js';
import { encodeReasoningBlob } from './reasoning-blob.js';
import { customInput, type CalledName, type ToolNames } from './tool-names.js';
import type { WireOutputItem, WireResponse, WireResponseUsage, WireResponsesRequest } from './wire.js';

/** How the caller asked to see output: reasoning summaries, and `encrypted_content` (`include`). */
export interface ResponseView {
  summary: boolean;
  encryptedContent: boolean;
}

export function viewOf(body: Pick<WireResponsesRequest, 'reasoning' | 'include'>): ResponseView {
  return {
    summary: typeof (body.reasoning?.summary ?? body.reasoning?.generate_summary) === 'string',
    encryptedContent: includesEncrypted(body.include),
  };
}

export function includesEncrypted(include: readonly string[] | null | undefined): boolean {
  return include?.includes('reasoning.encrypted_content') === true;
}

/**
 * Canonical output parts → output items in their stored form: reasoning items always carry
 * `encrypted_content` (so `previous_response_id` restores thinking exactly); `presentItem` strips
 * it unless the caller included it. Consecutive text parts share one message item.
 */
export function outputItems(parts: readonly Part[], view: ResponseView, incomplete: boolean, names: ToolNames, ids: ItemIds): WireOutputItem[] {
  const items: WireOutputItem[] = [];
  let message: Extract<WireOutputItem, { type: 'message' }> | undefined;
  for (const p of parts) {
    if (p.kind === 'text') {
      if (!message) {
        message = { type: 'message', id: ids.next('msg'), status: incomplete ? 'incomplete' : 'completed', role: 'assistant', content: [] };
        items.push(message);
      }
      message.content.push({ type: 'output_text', text: p.text, annotations: [], logprobs: [] });
      continue;
    }
    message = undefined;
    if (p.kind === 'tool_call') {
      items.push(callItem(names.called(p.name), ids, p.id, p.argumentsRaw));
    } else if (p.kind === 'thinking' || p.kind === 'redacted_thinking') {
      items.push(reasoningItem(ids.next('rs'), p, view));
    }
  }
  return items;
}

/** A function_call item, or a custom_tool_call one (its raw input out of the `{input}` arguments). */
export function callItem(called: CalledName, ids: ItemIds, callId: string, argumentsRaw: string): WireOutputItem {
  const { custom, ...name } = called;
  return custom
    ? { type: 'custom_tool_call', id: ids.next('ctc'), call_id: callId, ...name, input: customInput(argumentsRaw) }
    : { type: 'function_call', id: ids.next('fc'), call_id: callId, ...name, arguments: argumentsRaw, status: 'completed' };
}

export function reasoningItem(id: string, p: Part, view: ResponseView): WireOutputItem {
  const text = p.kind === 'thinking' ? p.text : '';
  const item: WireOutputItem = { type: 'reasoning', id, summary: view.summary && text.length > 0 ? [{ type: 'summary_text', text }] : [] };
  const blob = encodeReasoningBlob(p);
  if (blob !== undefined) item.encrypted_content = blob;
  return item;
}

/** An item as the caller sees it: `encrypted_content` only when included. */
export function presentItem(item: WireOutputItem, view: Pick<ResponseView, 'encryptedContent'>): WireOutputItem {
  if (item.type !== 'reasoning' || view.encryptedContent || item.encrypted_content === undefined) return item;
  const { encrypted_content: _hidden, ...rest } = item;
  return rest;
}

export function presentResponse(res: WireResponse, view: Pick<ResponseView, 'encryptedContent'>): WireResponse {
  return { ...res, output: res.output.map((i) => presentItem(i, view)) };
}

/** The status a finish reason gives a response. */
export function statusOf(finish: FinishReason | undefined, failed: boolean): Pick<WireResponse, 'status' | 'incomplete_details'> {
  if (failed) return { status: 'failed', incomplete_details: null };
  if (finish?.type === 'length') return { status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' } };
  if (finish?.type === 'content_filter') return { status: 'incomplete', incomplete_details: { reason: 'content_filter' } };
  return { status: 'completed', incomplete_details: null };
}

/** Input tokens include cached ones, output tokens include reasoning ones (as OpenAI counts). */
export function encodeResponseUsage(u: CanonicalUsage, costMicro?: number): WireResponseUsage {
  const input = totalInput(u) ?? 0;
  const output = totalOutput(u) ?? 0;
  const out: WireResponseUsage = {
    input_tokens: input,
    input_tokens_details: { cached_tokens: u.cacheRead ?? 0 },
    output_tokens: output,
    output_tokens_details: { reasoning_tokens: u.reasoning ?? 0 },
    total_tokens: input + output,
  };
  if (costMicro !== undefined) out.cost = costMicro / 1_000_000;
  return out;
}

/** The request-echo part of a response object: everything but output, status and usage. */
export type ResponseShell = Omit<WireResponse, 'output' | 'output_text' | 'status' | 'incomplete_details' | 'error' | 'usage' | 'completed_at'>;

export function responseShell(id: string, createdAt: number, body: WireResponsesRequest): ResponseShell {
  return {
    id,
    object: 'response',
    created_at: createdAt,
    background: false,
    instructions: body.instructions ?? null,
    max_output_tokens: body.max_output_tokens ?? null,
    metadata: body.metadata ?? {},
    model: body.model,
    parallel_tool_calls: body.parallel_tool_calls ?? true,
    previous_response_id: body.previous_response_id ?? null,
    reasoning: { effort: body.reasoning?.effort ?? null, summary: body.reasoning?.summary ?? body.reasoning?.generate_summary ?? null },
    service_tier: 'default',
    store: body.store !== false,
    temperature: body.temperature ?? 1,
    text: { format: body.text?.format ?? { type: 'text' }, verbosity: body.text?.verbosity ?? 'medium' },
    tool_choice: body.tool_choice ?? 'auto',
    tools: (body.tools ?? []).map((t) => ({ ...t, strict: t.strict ?? true })),
    top_p: body.top_p ?? 1,
    truncation: body.truncation ?? 'disabled',
    user: body.user ?? null,
  };
}

/** The whole response object (the SDKs' `output_text` convenience included). */
export function completeResponse(
  shell: ResponseShell,
  output: WireOutputItem[],
  state: Pick<WireResponse, 'status' | 'incomplete_details'> & { error?: { code: string; message: string } | undefined },
  usage: WireResponseUsage | undefined,
): WireResponse {
  let text = '';
  for (const item of output) {
    if (item.type === 'message') for (const c of item.content) if (c.type === 'output_text') text += c.text;
  }
  const res: WireResponse = {
    ...shell,
    status: state.status,
    incomplete_details: state.incomplete_details,
    error: state.error ?? null,
    completed_at: state.status === 'completed' ? Math.floor(Date.now() / 1000) : null,
    output,
    output_text: text,
  };
  if (usage) res.usage = usage;
  return res;
}

import type { Part } from '../../canonical/parts.js';
import type { CanonicalChatRequest } from '../../canonical/request.js';
import { encodeParts } from './content-blocks.js';
import type { WireContentBlock, WireMessage, WireMessagesRequest, WireTextBlock, WireTool, WireToolChoice } from './wire.js';

export interface EncodeRequestOptions {
  /** Used when the request carries no output cap (Anthropic requires `max_tokens`). */
  defaultMaxTokens: number;
  /** API version 2026-10-21 and later reject `temperature`, `top_p` and `top_k` (protocols.md §3.1). */
  samplingAllowed: boolean;
}

/** Thinking budgets for OpenAI-style `reasoning_effort` values; Anthropic's minimum is 1024. */
const EFFORT_BUDGET: Record<string, number> = { minimal: 1024, low: 2048, medium: 8192, high: 16_384, xhigh: 32_768, max: 32_768 };
const MIN_BUDGET = 1024;

/**
 * Canonical request → Anthropic Messages body for an upstream (the model id is the upstream's).
 * When the request came in as Anthropic, the fields we do not model go back as they came.
 */
export function encodeMessagesRequest(req: CanonicalChatRequest, upstreamModel: string, opts: EncodeRequestOptions): WireMessagesRequest {
  const ext = req.extensions?.protocol === 'anthropic' ? req.extensions.fields : {};
  const { tools: serverTools, ...rest } = ext as { tools?: unknown } & Record<string, unknown>;
  const system: Part[] = [...req.system];
  const messages = encodeMessages(req, system);
  const body: WireMessagesRequest = { ...rest, model: upstreamModel, max_tokens: req.sampling.maxOutputTokens ?? opts.defaultMaxTokens, messages };

  const sys = encodeSystem(system);
  if (sys !== undefined) body.system = sys;

  const tools: WireTool[] = req.tools.map((t) => ({
    ...(t.extensions?.protocol === 'anthropic' ? t.extensions.fields : {}),
    name: t.name,
    ...(t.description !== undefined ? { description: t.description } : {}),
    input_schema: t.parameters ?? { type: 'object', properties: {} },
    ...(t.strict !== undefined ? { strict: t.strict } : {}),
  }));
  if (Array.isArray(serverTools)) tools.push(...(serverTools as WireTool[]));
  if (tools.length > 0) body.tools = tools;
  const choice = encodeToolChoice(req);
  if (choice) body.tool_choice = choice;

  const s = req.sampling;
  if (s.stop !== undefined && s.stop.length > 0) body.stop_sequences = s.stop;
  if (opts.samplingAllowed) {
    if (s.temperature !== undefined) body.temperature = Math.min(1, s.temperature);
    if (s.topP !== undefined) body.top_p = s.topP;
    if (s.topK !== undefined) body.top_k = s.topK;
  } else {
    delete body.temperature;
    delete body.top_p;
    delete body.top_k;
  }
  if (req.endUser !== undefined && body.metadata === undefined) body.metadata = { user_id: req.endUser };
  else if (req.endUser !== undefined && body.metadata) body.metadata = { ...body.metadata, user_id: req.endUser };

  encodeThinking(req, body);
  const rf = req.responseFormat;
  if (rf?.type === 'json_schema' && rf.schema && body.output_config === undefined) body.output_config = { format: { type: 'json_schema', schema: rf.schema } };

  if (req.stream) body.stream = true;
  else delete body.stream;
  return body;
}

/**
 * Canonical messages → Anthropic turns. Tool results (`tool` messages, one per call in OpenAI
 * histories) and user content that follow each other become ONE user turn, tool results first
 * — the API rejects a tool_use answered across several turns (landscape.md #5). System
 * messages in the middle of a conversation are hoisted into `system`, the only place for them.
 */
function encodeMessages(req: CanonicalChatRequest, system: Part[]): WireMessage[] {
  const out: Array<{ role: 'user' | 'assistant'; blocks: WireContentBlock[] }> = [];
  for (const m of req.messages) {
    if (m.role === 'system') {
      system.push(...m.parts);
      continue;
    }
    const role = m.role === 'assistant' ? 'assistant' : 'user';
    const blocks = encodeParts(m.parts, { side: 'request' });
    if (blocks.length === 0) continue;
    const last = out[out.length - 1];
    if (last && last.role === role) last.blocks.push(...blocks);
    else out.push({ role, blocks });
  }
  return out.map((t) => ({ role: t.role, content: t.role === 'user' ? toolResultsFirst(t.blocks) : t.blocks }));
}

function toolResultsFirst(blocks: WireContentBlock[]): WireContentBlock[] {
  const results = blocks.filter((b) => b.type === 'tool_result');
  if (results.length === 0 || results.length === blocks.length) return blocks;
  return [...results, ...blocks.filter((b) => b.type !== 'tool_result')];
}

function encodeSystem(parts: readonly Part[]): string | WireTextBlock[] | undefined {
  const blocks = encodeParts(parts, { side: 'request' }).filter((b): b is WireTextBlock => b.type === 'text');
  if (blocks.length === 0) return undefined;
  // Plain text stays a plain string; blocks with cache_control and friends stay blocks.
  if (blocks.every((b) => Object.keys(b).length === 2)) return blocks.map((b) => b.text).join('\n\n');
  return blocks;
}

function encodeToolChoice(req: CanonicalChatRequest): WireToolChoice | undefined {
  const tc = req.toolChoice;
  const noParallel = req.parallelToolCalls === false && req.tools.length > 0 ? { disable_parallel_tool_use: true } : {};
  switch (tc?.type) {
    case 'none':
      return { type: 'none' };
    case 'required':
      return { type: 'any', ...noParallel };
    case 'tool':
      return { type: 'tool', name: tc.name, ...noParallel };
    case 'auto':
      return { type: 'auto', ...noParallel };
    default:
      return 'disable_parallel_tool_use' in noParallel ? { type: 'auto', ...noParallel } : undefined;
  }
}

/**
 * Reasoning settings → `thinking`. A verbatim Anthropic `thinking` (adaptive, display…) wins.
 * Settings translated from another protocol are made valid: the budget must be at least 1024
 * and below `max_tokens`, and when it cannot be, thinking stays off.
 */
function encodeThinking(req: CanonicalChatRequest, body: WireMessagesRequest): void {
  if (body.thinking !== undefined) return;
  const r = req.reasoning;
  if (r?.enabled === false || (r?.enabled === undefined && r?.effort === 'none')) {
    body.thinking = { type: 'disabled' };
    return;
  }
  if (!r || (r.enabled !== true && r.effort === undefined)) return;
  if (req.inbound === 'anthropic' && r.budgetTokens !== undefined) {
    // An Anthropic caller's own budget goes through as sent.
    body.thinking = { type: 'enabled', budget_tokens: r.budgetTokens };
    return;
  }
  const max = body.max_tokens ?? 0;
  let budget = r.budgetTokens ?? (r.effort !== undefined ? EFFORT_BUDGET[r.effort] : undefined) ?? 4096;
  budget = Math.max(MIN_BUDGET, Math.min(budget, max - 1));
  if (budget >= max) return;
  body.thinking = { type: 'enabled', budget_tokens: budget };
  // The API rejects sampling changes alongside thinking. An Anthropic caller gets what it sent
  // (and the upstream's answer); settings translated from another protocol are made valid.
  if (req.inbound !== 'anthropic') {
    delete body.temperature;
    delete body.top_p;
    delete body.top_k;
  }
}

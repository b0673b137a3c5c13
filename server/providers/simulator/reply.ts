import { createHash } from 'node:crypto';
import type { Part, ToolCallPart } from '../../canonical/parts.js';
import { textOf } from '../../canonical/parts.js';
import type { CanonicalChatRequest, ToolDefinition } from '../../canonical/request.js';
import type { FinishReason } from '../../canonical/response.js';
import { exampleFor } from './schema-example.js';

/**
 * What the simulator "says": a deterministic function of the request, so tests, demos and agents
 * get stable answers that end.
 *
 * - Text replies quote the user's own words: the last user message without the tagged blocks
 *   agents add to it (`<system-reminder>…</system-reminder>` and the like), and only its first
 *   paragraph (aider appends its instructions after a blank line; quoting them back made aider
 *   apply the file-listing template in them as an edit).
 * - It calls a tool only when `tool_choice` forces one (a named tool, or `required`/`any`), or
 *   when the user's words point at a tool: a word of the tool's name (`weather` for
 *   `get_weather`, `bash` for `Bash`; words of four letters or more), or two distinct words of
 *   five letters or more from its description. Otherwise it answers in text — an agent's greeting
 *   ends in one turn. After a tool result it answers in text.
 * - Asked for structured output (OpenAI `response_format`, Anthropic `output_config.format`, Gemini
 *   `responseMimeType` + schema) it answers JSON that validates against the schema
 *   (`schema-example.ts`); `json_object` without a schema gets `{"answer": …}`.
 */
export interface SimulatedChoice {
  thinking?: { text: string; signature: string };
  text: string;
  toolCalls: ToolCallPart[];
  finish: FinishReason;
}

export function simulateChoice(req: CanonicalChatRequest, choiceIndex: number): SimulatedChoice {
  const last = req.messages[req.messages.length - 1];
  const said = userWords(req);
  const endsInToolResult = last?.parts.some((p) => p.kind === 'tool_result') ?? false;
  const thinking = req.reasoning?.enabled
    ? simulatedThinking(req.model, said)
    : undefined;

  const tool = endsInToolResult ? undefined : pickTool(req, said);
  if (tool) {
    const count = req.parallelToolCalls === false ? 1 : Math.min(2, wantedCalls(said));
    const calls: ToolCallPart[] = [];
    for (let i = 0; i < count; i++) {
      const args = exampleFor(tool.parameters, i);
      const argumentsRaw = JSON.stringify(args);
      calls.push({ kind: 'tool_call', id: `call_${digest(`${req.model}|${said}|${choiceIndex}|${i}`).slice(0, 24)}`, name: tool.name, argumentsRaw, arguments: args as Record<string, unknown> });
    }
    return { ...(thinking ? { thinking } : {}), text: '', toolCalls: calls, finish: { type: 'tool_calls' } };
  }

  const base = endsInToolResult
    ? `The tool returned: ${truncate(toolResultText(last?.parts ?? []), 200)}`
    : `Hello from the NexusFlow simulator (${req.model}). You said: "${truncate(said, 200)}"`;
  const rf = req.responseFormat;
  if (rf?.type === 'json_schema' && rf.schema) {
    return { ...(thinking ? { thinking } : {}), text: JSON.stringify(exampleFor(rf.schema, choiceIndex)), toolCalls: [], finish: { type: 'stop' } };
  }
  if (rf?.type === 'json_object' || (rf?.type === 'json_schema' && !rf.schema)) {
    return { ...(thinking ? { thinking } : {}), text: JSON.stringify({ answer: base }), toolCalls: [], finish: { type: 'stop' } };
  }
  const text = choiceIndex === 0 ? base : `${base} [choice ${choiceIndex}]`;
  return { ...(thinking ? { thinking } : {}), text, toolCalls: [], finish: { type: 'stop' } };
}

/** Tagged blocks agents put into user turns (Claude Code's `<system-reminder>`, command wrappers). */
const TAGGED_BLOCK = /<([A-Za-z][\w-]*)(?:\s[^>]*)?>[\s\S]*?<\/\1>/g;

/** The user's own words: the first paragraph of the last user message's text without agent-added tagged blocks. */
export function userWords(req: CanonicalChatRequest): string {
  for (let i = req.messages.length - 1; i >= 0; i--) {
    const m = req.messages[i]!;
    if (m.role !== 'user') continue;
    const texts = m.parts.filter((p) => p.kind === 'text').map((p) => (p.kind === 'text' ? p.text : ''));
    const own = texts.map((t) => t.replace(TAGGED_BLOCK, '').trim()).filter((t) => t.length > 0);
    if (own.length > 0) return (own.join(' ').split(/\n\s*\n/)[0] ?? '').trim();
    const any = textOf(m.parts).trim();
    if (any.length > 0) return any;
  }
  return '';
}

function simulatedThinking(model: string, prompt: string): { text: string; signature: string } {
  const text = `Considering the request to ${model}: "${truncate(prompt, 80)}".`;
  return { text, signature: `sim-sig-${digest(text).slice(0, 32)}` };
}

/** "call two tools" / "in parallel" in the prompt asks for two calls, to exercise parallel tool calls. */
function wantedCalls(prompt: string): number {
  return /\b(two|parallel|both)\b/i.test(prompt) ? 2 : 1;
}

function pickTool(req: CanonicalChatRequest, said: string): ToolDefinition | undefined {
  if (req.tools.length === 0 || req.toolChoice?.type === 'none') return undefined;
  const choice = req.toolChoice;
  if (choice?.type === 'tool') return req.tools.find((t) => t.name === choice.name) ?? req.tools[0];
  const pointed = pointedAt(req.tools, said);
  if (choice?.type === 'required') return pointed ?? req.tools[0];
  return pointed;
}

const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/** `get_weather` → get, weather; `WebFetch` → web, fetch; `TodoWrite` → todo, write. */
const nameWords = (name: string): string[] => words(name.replace(/([a-z0-9])([A-Z])/g, '$1 $2'));

/** The first tool the user's words point at (see the rule above), if any. */
function pointedAt(tools: readonly ToolDefinition[], said: string): ToolDefinition | undefined {
  const mine = new Set(words(said));
  const byName = tools.find((t) => nameWords(t.name).some((w) => w.length >= 4 && mine.has(w)));
  if (byName) return byName;
  const significant = [...mine].filter((w) => w.length >= 5);
  return tools.find((t) => {
    const described = new Set(words(t.description ?? ''));
    return significant.filter((w) => described.has(w)).length >= 2;
  });
}

function toolResultText(parts: Part[]): string {
  const out: string[] = [];
  for (const p of parts) if (p.kind === 'tool_result') out.push(textOf(p.content));
  return out.join(' ');
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n)}…`;
}

function digest(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

import { createHash } from 'node:crypto';
import type { Part, ToolCallPart } from '../../canonical/parts.js';
import { textOf } from '../../canonical/parts.js';
import type { CanonicalChatRequest, ToolDefinition } from '../../canonical/request.js';
import type { FinishReason } from '../../canonical/response.js';

/**
 * What the simulator "says": a deterministic function of the request, so tests and demos
 * get stable answers. Text replies quote the last user message; when tools are offered and
 * the conversation does not end in a tool result, it calls a tool with arguments built from
 * the tool's JSON Schema.
 */
export interface SimulatedChoice {
  thinking?: { text: string; signature: string };
  text: string;
  toolCalls: ToolCallPart[];
  finish: FinishReason;
}

export function simulateChoice(req: CanonicalChatRequest, choiceIndex: number): SimulatedChoice {
  const last = req.messages[req.messages.length - 1];
  const lastText = last ? textOf(last.parts) : '';
  const endsInToolResult = last?.parts.some((p) => p.kind === 'tool_result') ?? false;
  const thinking = req.reasoning?.enabled
    ? simulatedThinking(req.model, lastText)
    : undefined;

  const tool = pickTool(req);
  if (tool && !endsInToolResult) {
    const count = req.parallelToolCalls === false ? 1 : Math.min(2, wantedCalls(lastText));
    const calls: ToolCallPart[] = [];
    for (let i = 0; i < count; i++) {
      const args = exampleFor(tool.parameters, i);
      const argumentsRaw = JSON.stringify(args);
      calls.push({ kind: 'tool_call', id: `call_${digest(`${req.model}|${lastText}|${choiceIndex}|${i}`).slice(0, 24)}`, name: tool.name, argumentsRaw, arguments: args as Record<string, unknown> });
    }
    return { ...(thinking ? { thinking } : {}), text: '', toolCalls: calls, finish: { type: 'tool_calls' } };
  }

  const base = endsInToolResult
    ? `The tool returned: ${truncate(toolResultText(last?.parts ?? []), 200)}`
    : `Hello from the NexusFlow simulator (${req.model}). You said: "${truncate(lastText, 200)}"`;
  const text = choiceIndex === 0 ? base : `${base} [choice ${choiceIndex}]`;
  return { ...(thinking ? { thinking } : {}), text, toolCalls: [], finish: { type: 'stop' } };
}

function simulatedThinking(model: string, prompt: string): { text: string; signature: string } {
  const text = `Considering the request to ${model}: "${truncate(prompt, 80)}".`;
  return { text, signature: `sim-sig-${digest(text).slice(0, 32)}` };
}

/** "call two tools" / "in parallel" in the prompt asks for two calls, to exercise parallel tool calls. */
function wantedCalls(prompt: string): number {
  return /\b(two|parallel|both)\b/i.test(prompt) ? 2 : 1;
}

function pickTool(req: CanonicalChatRequest): ToolDefinition | undefined {
  if (req.tools.length === 0 || req.toolChoice?.type === 'none') return undefined;
  const choice = req.toolChoice;
  if (choice?.type === 'tool') return req.tools.find((t) => t.name === choice.name) ?? req.tools[0];
  return req.tools[0];
}

function toolResultText(parts: Part[]): string {
  const out: string[] = [];
  for (const p of parts) if (p.kind === 'tool_result') out.push(textOf(p.content));
  return out.join(' ');
}

/** A value that satisfies simple JSON Schemas: every required property filled in. */
export function exampleFor(schema: unknown, seed: number): unknown {
  if (!isObject(schema)) return {};
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[seed % schema.enum.length];
  if ('const' in schema) return schema.const;
  if ('default' in schema) return schema.default;
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string':
      return seed === 0 ? 'Paris' : 'Tokyo';
    case 'integer':
      return 1 + seed;
    case 'number':
      return 1.5 + seed;
    case 'boolean':
      return seed % 2 === 0;
    case 'array':
      return [exampleFor(schema.items, seed)];
    case 'object':
    default: {
      const props = isObject(schema.properties) ? schema.properties : {};
      const required = Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : Object.keys(props);
      const out: Record<string, unknown> = {};
      for (const name of required) out[name] = exampleFor(props[name], seed);
      return out;
    }
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n)}…`;
}

function digest(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

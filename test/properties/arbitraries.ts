/**
 * Random canonical values for the translator properties. They stay inside what a front door
 * can produce (e.g. tool results only in `tool` turns, a user turn after every tool turn), so a
 * failing property is a translator bug or an undocumented loss, not an impossible input.
 */
import fc from 'fast-check';
import type { StreamEvent } from '../../server/canonical/events.js';
import type { ImagePart, Part, TextPart, ThinkingPart, ToolCallPart, ToolResultPart } from '../../server/canonical/parts.js';
import type { CanonicalChatRequest, Message, ReasoningSettings, ResponseFormat, Sampling, ToolChoice, ToolDefinition } from '../../server/canonical/request.js';
import type { CanonicalChatResponse, Choice, FinishReason } from '../../server/canonical/response.js';
import type { CanonicalUsage } from '../../server/canonical/usage.js';

/** Runs per property: enough to hit the corners, small enough for `npm test`. */
export const RUNS = 150;
/** Fixed in CI so a failure replays; FC_SEED=<n> explores other inputs locally. */
export const SEED = Number(process.env.FC_SEED ?? 20_251_111);
export const fcOptions = { numRuns: RUNS, seed: SEED } as const;

const identifier = fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/);
/** Any text, including empty strings, quotes, newlines and non-ASCII. */
const anyText = fc.string({ unit: 'grapheme', maxLength: 24 });
const nonEmptyText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 });
const tokenCount = fc.integer({ min: 0, max: 1_000_000 });

/** Small JSON objects: tool arguments and tool-result payloads. */
export const jsonObject: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
  identifier,
  fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: -1000, max: 1000 }), fc.boolean(), fc.constant(null), fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 3 })),
  { maxKeys: 4 },
);

export const textPart: fc.Arbitrary<TextPart> = anyText.map((text) => ({ kind: 'text', text }));
const nonEmptyTextPart: fc.Arbitrary<TextPart> = nonEmptyText.map((text) => ({ kind: 'text', text }));

export const imagePart: fc.Arbitrary<ImagePart> = fc.oneof(
  fc.record({ url: fc.webUrl() }).map(({ url }): ImagePart => ({ kind: 'image', source: { type: 'url', url } })),
  fc.record({ mediaType: fc.constantFrom('image/png', 'image/jpeg', 'image/webp'), data: fc.base64String({ minLength: 4, maxLength: 24 }) })
    .map(({ mediaType, data }): ImagePart => ({ kind: 'image', source: { type: 'base64', mediaType, data } })),
);

export const thinkingPart: fc.Arbitrary<ThinkingPart> = fc.record({ text: nonEmptyText, signature: fc.option(fc.base64String({ minLength: 4, maxLength: 16 }), { nil: undefined }) })
  .map(({ text, signature }) => (signature === undefined ? { kind: 'thinking', text } : { kind: 'thinking', text, signature }));

/** A tool call as a model produces it: arguments are a JSON object, raw text is its JSON. */
export const toolCallPart = (name: fc.Arbitrary<string>): fc.Arbitrary<ToolCallPart> =>
  fc.record({ id: fc.stringMatching(/^call_[A-Za-z0-9]{4,12}$/), name, args: jsonObject })
    .map(({ id, name: n, args }) => ({ kind: 'tool_call', id, name: n, argumentsRaw: JSON.stringify(args), arguments: args }));

const propertySchema = fc.oneof(
  fc.constant({ type: 'string' }),
  fc.constant({ type: 'integer', minimum: 0 }),
  fc.constant({ type: 'string', enum: ['a', 'b'] }),
  fc.constant({ type: 'array', items: { type: 'number' } }),
  fc.constant({ type: 'object', properties: { x: { type: 'boolean' } }, required: ['x'] }),
);

export const toolDefinition: fc.Arbitrary<ToolDefinition> = fc.record({
  name: identifier,
  description: fc.option(nonEmptyText, { nil: undefined }),
  properties: fc.dictionary(identifier, propertySchema, { maxKeys: 3 }),
  required: fc.boolean(),
  strict: fc.option(fc.boolean(), { nil: undefined, freq: 4 }),
}).map(({ name, description, properties, required, strict }) => ({
  name,
  ...(description !== undefined ? { description } : {}),
  parameters: { type: 'object', properties, ...(required && Object.keys(properties).length > 0 ? { required: Object.keys(properties) } : {}) },
  ...(strict !== undefined ? { strict } : {}),
}));

/**
 * A conversation in rounds: user → assistant (thinking?, text?, calls) → tool results for
 * those calls (same order) → next user turn.
 */
export const conversation: fc.Arbitrary<Message[]> = fc.array(
  fc.record({
    user: fc.array(fc.oneof({ weight: 3, arbitrary: nonEmptyTextPart }, { weight: 1, arbitrary: textPart }, { weight: 1, arbitrary: imagePart }), { minLength: 1, maxLength: 3 }),
    name: fc.option(identifier, { nil: undefined, freq: 4 }),
    thinking: fc.option(thinkingPart, { nil: undefined }),
    text: fc.option(textPart, { nil: undefined }),
    calls: fc.array(toolCallPart(identifier), { maxLength: 2 }),
    results: fc.array(fc.oneof(jsonObject.map((o) => JSON.stringify(o)), anyText), { minLength: 2, maxLength: 2 }),
    failed: fc.array(fc.option(fc.boolean(), { nil: undefined }), { minLength: 2, maxLength: 2 }),
  }),
  { minLength: 1, maxLength: 3 },
).map((rounds) => {
  const out: Message[] = [];
  const seen = new Set<string>();
  for (const r of rounds) {
    out.push({ role: 'user', parts: r.user, ...(r.name !== undefined ? { name: r.name } : {}) });
    const calls = r.calls.filter((c) => !seen.has(c.id) && (seen.add(c.id), true));
    const assistant: Part[] = [...(r.thinking ? [r.thinking] : []), ...(r.text ? [r.text] : []), ...calls];
    if (assistant.length === 0) assistant.push({ kind: 'text', text: 'ok' });
    out.push({ role: 'assistant', parts: assistant });
    if (calls.length > 0) {
      const results: ToolResultPart[] = calls.map((c, i) => {
        const failed = r.failed[i % 2];
        return { kind: 'tool_result', callId: c.id, name: c.name, content: [{ kind: 'text', text: r.results[i % 2] ?? '' }], ...(failed !== undefined ? { isError: failed } : {}) };
      });
      out.push({ role: 'tool', parts: results });
    }
  }
  // Every conversation ends with the user speaking (or tool results), as requests do.
  if (out[out.length - 1]?.role === 'assistant') out.push({ role: 'user', parts: [{ kind: 'text', text: 'go on' }] });
  return out;
});

const sampling: fc.Arbitrary<Sampling> = fc.record({
  temperature: fc.option(fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true }), { nil: undefined }),
  topP: fc.option(fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true }), { nil: undefined }),
  topK: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
  maxOutputTokens: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: undefined }),
  stop: fc.option(fc.array(nonEmptyText, { minLength: 1, maxLength: 3 }), { nil: undefined }),
  seed: fc.option(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { nil: undefined }),
  n: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  presencePenalty: fc.option(fc.double({ min: -2, max: 2, noNaN: true, noDefaultInfinity: true }), { nil: undefined }),
  frequencyPenalty: fc.option(fc.double({ min: -2, max: 2, noNaN: true, noDefaultInfinity: true }), { nil: undefined }),
}, { requiredKeys: [] }).map(dropUndefined);

const reasoning: fc.Arbitrary<ReasoningSettings> = fc.record({
  enabled: fc.boolean(),
  budgetTokens: fc.integer({ min: 1024, max: 32_000 }),
  effort: fc.constantFrom('none', 'minimal', 'low', 'medium', 'high'),
  includeThoughts: fc.boolean(),
}, { requiredKeys: [] });

const responseFormat: fc.Arbitrary<ResponseFormat> = fc.oneof(
  fc.constant({ type: 'text' as const }),
  fc.constant({ type: 'json_object' as const }),
  fc.record({
    name: fc.option(identifier, { nil: undefined }),
    description: fc.option(anyText, { nil: undefined }),
    strict: fc.option(fc.boolean(), { nil: undefined }),
    schema: fc.constant({ type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'] }),
  }, { requiredKeys: ['schema'] }).map((f): ResponseFormat => ({ type: 'json_schema', ...dropUndefined(f) })),
);

export const request = (inbound: CanonicalChatRequest['inbound']): fc.Arbitrary<CanonicalChatRequest> => fc.record({
  system: fc.array(nonEmptyTextPart, { maxLength: 2 }),
  messages: conversation,
  tools: fc.uniqueArray(toolDefinition, { maxLength: 3, selector: (t) => t.name }),
  choice: fc.option(fc.constantFrom<ToolChoice['type']>('auto', 'none', 'required', 'tool'), { nil: undefined }),
  parallel: fc.option(fc.boolean(), { nil: undefined }),
  sampling,
  responseFormat: fc.option(responseFormat, { nil: undefined }),
  reasoning: fc.option(reasoning, { nil: undefined }),
  stream: fc.boolean(),
  endUser: fc.option(identifier, { nil: undefined }),
}).map((r) => {
  // Calls name tools the request defines, as a model's calls do.
  const names = r.tools.map((t) => t.name);
  const messages = r.messages.map((m) => ({ ...m, parts: m.parts.map((p) => (p.kind === 'tool_call' && names.length > 0 ? { ...p, name: names[p.id.length % names.length]! } : p)) }));
  for (const m of messages) {
    for (const p of m.parts) {
      if (p.kind !== 'tool_result') continue;
      const call = messages.flatMap((x) => x.parts).find((c): c is ToolCallPart => c.kind === 'tool_call' && c.id === p.callId);
      if (call) p.name = call.name;
    }
  }
  const req: CanonicalChatRequest = { model: 'm-1', inbound, system: r.system, messages, tools: r.tools, sampling: r.sampling, stream: r.stream };
  if (r.choice === 'tool' && r.tools[0]) req.toolChoice = { type: 'tool', name: r.tools[0].name };
  else if (r.choice !== undefined && r.choice !== 'tool') req.toolChoice = { type: r.choice };
  if (r.parallel !== undefined) req.parallelToolCalls = r.parallel;
  if (r.responseFormat) req.responseFormat = r.responseFormat;
  if (r.reasoning && Object.keys(r.reasoning).length > 0) req.reasoning = r.reasoning;
  if (r.endUser !== undefined) req.endUser = r.endUser;
  return req;
});

export const usage: fc.Arbitrary<CanonicalUsage> = fc.record({
  uncachedInput: fc.option(tokenCount, { nil: undefined }),
  cacheRead: fc.option(tokenCount, { nil: undefined }),
  cacheWrite: fc.option(tokenCount, { nil: undefined }),
  output: fc.option(tokenCount, { nil: undefined }),
  reasoning: fc.option(tokenCount, { nil: undefined }),
  source: fc.constantFrom('upstream' as const, 'estimated' as const),
}).map(dropUndefined);

export const finishReason: fc.Arbitrary<FinishReason> = fc.oneof(
  fc.constant({ type: 'stop' as const }),
  fc.constant({ type: 'length' as const }),
  fc.constant({ type: 'tool_calls' as const }),
  fc.constant({ type: 'content_filter' as const }),
  nonEmptyText.map((sequence): FinishReason => ({ type: 'stop_sequence', sequence })),
);

/** A choice as a model answers: thinking first, then text, then calls. */
const signatureOnly: fc.Arbitrary<ThinkingPart> = fc.base64String({ minLength: 4, maxLength: 16 }).map((signature) => ({ kind: 'thinking', text: '', signature }));

const choiceParts: fc.Arbitrary<Part[]> = fc.record({
  thinking: fc.option(fc.oneof(thinkingPart, signatureOnly), { nil: undefined }),
  texts: fc.array(textPart, { maxLength: 2 }),
  calls: fc.array(toolCallPart(identifier), { maxLength: 2 }),
}).map(({ thinking, texts, calls }) => {
  const ids = new Set<string>();
  return [...(thinking ? [thinking] : []), ...texts, ...calls.filter((c) => !ids.has(c.id) && (ids.add(c.id), true))];
});

export const response = (maxChoices: number): fc.Arbitrary<CanonicalChatResponse> => fc.record({
  id: fc.stringMatching(/^chatcmpl_[A-Za-z0-9]{6,12}$/),
  created: fc.integer({ min: 1_600_000_000, max: 2_000_000_000 }),
  choices: fc.array(fc.record({ parts: choiceParts, finish: finishReason }), { minLength: 1, maxLength: maxChoices }),
  usage: fc.option(usage, { nil: undefined }),
}).map(({ id, created, choices, usage: u }) => {
  const res: CanonicalChatResponse = { id, model: 'upstream-model', created, choices: choices.map((c, index): Choice => ({ index, parts: c.parts, finish: c.finish })) };
  if (u) res.usage = u;
  return res;
});

/**
 * The event stream a provider produces for `res`, each text cut into random pieces (as
 * upstreams chunk them): start, per choice its parts (start, deltas, end) and finish, usage.
 */
export function streamOf(res: CanonicalChatResponse, cuts: readonly number[]): StreamEvent[] {
  let k = 0;
  const split = (s: string): string[] => {
    const pieces: string[] = [];
    let rest = s;
    while (rest.length > 0) {
      const n = 1 + ((cuts[k++ % cuts.length] ?? 3) % rest.length);
      pieces.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    return pieces;
  };
  const out: StreamEvent[] = [{ type: 'start', id: res.id, model: res.model, created: res.created }];
  for (const c of res.choices) {
    c.parts.forEach((p, index) => {
      const at = { choice: c.index, index };
      switch (p.kind) {
        case 'text':
          out.push({ type: 'part_start', ...at, kind: 'text' });
          for (const t of split(p.text)) out.push({ type: 'text_delta', ...at, text: t });
          break;
        case 'thinking':
          out.push({ type: 'part_start', ...at, kind: 'thinking' });
          for (const t of split(p.text)) out.push({ type: 'thinking_delta', ...at, text: t });
          if (p.signature !== undefined) out.push({ type: 'signature_delta', ...at, signature: p.signature });
          break;
        case 'tool_call':
          out.push({ type: 'part_start', ...at, kind: 'tool_call', toolCallId: p.id, toolName: p.name });
          for (const t of split(p.argumentsRaw)) out.push({ type: 'tool_arguments_delta', ...at, json: t });
          break;
        default:
          return;
      }
      out.push({ type: 'part_end', ...at });
    });
    out.push({ type: 'finish', choice: c.index, reason: c.finish });
  }
  if (res.usage) out.push({ type: 'usage', usage: res.usage });
  return out;
}

export const cuts = fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 8 });

function dropUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as Array<keyof T>) if (o[k] === undefined) delete o[k];
  return o;
}

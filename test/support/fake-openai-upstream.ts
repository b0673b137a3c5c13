import { startJsonServer, type RecordedRequest } from './json-server.js';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A local server that speaks OpenAI's Chat Completions wire format, for provider tests.
 * Behaviour is chosen by the upstream model name the gateway sends:
 *   fake-ok          normal reply (JSON or SSE with usage when asked)
 *   fake-tools       a reply with two tool calls, arguments streamed in fragments
 *   fake-no-usage    normal reply without any usage
 *   fake-malformed   200 with a body that is not JSON (or a stream chunk that is not JSON)
 *   fake-500 / fake-503 / fake-429 / fake-400 / fake-401   that status with an OpenAI error body
 *   fake-hang        accepts and never answers
 *   fake-cut         streams two chunks, then closes the connection without [DONE]
 *   fake-slow        streams many chunks slowly (for client aborts)
 *   fake-reasoning   reasoning_content (DashScope/DeepSeek style) before the reply text
 *   fake-logprobs    the normal reply with per-token `logprobs` and a provider field (`service_tier`)
 */
export interface FakeUpstream {
  baseUrl: string;
  requests: Array<{ headers: IncomingMessage['headers']; body: Record<string, unknown> }>;
  close(): Promise<void>;
}

export const FAKE_REPLY = 'Hello from the fake upstream!';
export const FAKE_REASONING = 'Thinking it over first.';

export async function startFakeOpenAIUpstream(): Promise<FakeUpstream> {
  const server = await startJsonServer((req, res, body) => handle(req, res, body));
  return { baseUrl: `${server.origin}/v1`, requests: server.requests, close: server.close };
}

function handle(req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>): void {
  if (req.url === '/v1/embeddings') return embeddings(res, body);
  if (req.url === '/v1/images/generations') return images(res, body);
  if (req.url !== '/v1/chat/completions') return send(res, 404, { error: { message: 'not found', type: 'invalid_request_error', param: null, code: null } });
  const model = String(body.model ?? '');
  const stream = body.stream === true;
  const m = /^fake-(\d{3})$/.exec(model);
  if (m) {
    const status = Number(m[1]);
    if (status === 429) res.setHeader('retry-after', '7');
    return send(res, status, { error: { message: `upstream says ${status}`, type: 'server_error', param: null, code: null } });
  }
  if (model === 'fake-hang') return; // never answers
  if (model === 'fake-malformed' && !stream) {
    res.writeHead(200, { 'content-type': 'application/json' });
    return void res.end('{"id": "x", "choices": [ this is not json');
  }
  const usage = { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18, prompt_tokens_details: { cached_tokens: 3 }, completion_tokens_details: { reasoning_tokens: 2 } };
  const withUsage = model !== 'fake-no-usage';
  const tools = model === 'fake-tools';
  const reasoning = model === 'fake-reasoning' ? FAKE_REASONING : undefined;
  const logprobs = model === 'fake-logprobs';
  const logprobsOf = (token: string) => (logprobs ? { content: [{ token, logprob: -0.25, bytes: [...Buffer.from(token)], top_logprobs: [] }] } : null);
  if (!stream) {
    const message: Record<string, unknown> = { role: 'assistant', content: tools ? null : FAKE_REPLY };
    if (reasoning) message.reasoning_content = reasoning;
    if (tools) message.tool_calls = toolCalls().map((t) => ({ id: t.id, type: 'function', function: { name: t.name, arguments: t.args } }));
    return send(res, 200, {
      id: 'chatcmpl-fake', object: 'chat.completion', created: 1_700_000_000, model,
      choices: [{ index: 0, message, logprobs: logprobsOf(FAKE_REPLY), finish_reason: tools ? 'tool_calls' : 'stop' }],
      ...(logprobs ? { service_tier: 'default' } : {}),
      // A provider's own usage field (DeepSeek's) rides along with the logprobs reply.
      ...(withUsage ? { usage: logprobs ? { ...usage, prompt_cache_hit_tokens: 3 } : usage } : {}),
    });
  }
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const base = { id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1_700_000_000, model, ...(logprobs ? { service_tier: 'default' } : {}) };
  const frames: unknown[] = [{ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] }];
  if (model === 'fake-malformed') {
    res.write(`data: ${JSON.stringify(frames[0])}\n\n`);
    res.write('data: {not json\n\n');
    return void res.end();
  }
  if (tools) {
    for (const [i, t] of toolCalls().entries()) {
      frames.push({ ...base, choices: [{ index: 0, delta: { tool_calls: [{ index: i, id: t.id, type: 'function', function: { name: t.name, arguments: '' } }] }, finish_reason: null }] });
      for (const piece of [t.args.slice(0, 5), t.args.slice(5)]) {
        frames.push({ ...base, choices: [{ index: 0, delta: { tool_calls: [{ index: i, function: { arguments: piece } }] }, finish_reason: null }] });
      }
    }
    frames.push({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }] });
  } else {
    if (reasoning) for (const p of [reasoning.slice(0, 8), reasoning.slice(8)]) frames.push({ ...base, choices: [{ index: 0, delta: { reasoning_content: p }, finish_reason: null }] });
    const pieces = model === 'fake-slow' ? Array.from({ length: 200 }, (_, i) => `w${i} `) : ['Hello ', 'from the ', 'fake upstream!'];
    for (const p of pieces) frames.push({ ...base, choices: [{ index: 0, delta: { content: p }, ...(logprobs ? { logprobs: logprobsOf(p) } : {}), finish_reason: null }] });
    frames.push({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
  }
  if (withUsage && (body.stream_options as { include_usage?: boolean } | undefined)?.include_usage) frames.push({ ...base, choices: [], usage });
  if (model === 'fake-cut') {
    res.write(`data: ${JSON.stringify(frames[0])}\n\n`);
    res.write(`data: ${JSON.stringify(frames[1])}\n\n`);
    setTimeout(() => res.socket?.destroy(), 20);
    return;
  }
  const delay = model === 'fake-slow' ? 20 : 0;
  let i = 0;
  const next = (): void => {
    if (res.destroyed) return;
    if (i < frames.length) {
      res.write(`data: ${JSON.stringify(frames[i++])}\n\n`);
      if (delay > 0) setTimeout(next, delay);
      else next();
    } else res.end('data: [DONE]\n\n');
  };
  next();
}

/** Floats only (what upstreams are asked for); vector i is [i+1, 0.5, -0.25] scaled, with usage. */
/** `fake-ok` images: a 1×1 PNG per image, as b64_json or (when asked) a data: URL; `fake-NNN` errors. */
function images(res: ServerResponse, body: Record<string, unknown>): void {
  const m = /^fake-(\d{3})$/.exec(String(body.model ?? ''));
  if (m) return send(res, Number(m[1]), { error: { message: `upstream says ${m[1]}`, type: 'server_error', param: null, code: null } });
  const png = FAKE_PNG.toString('base64');
  const n = typeof body.n === 'number' ? body.n : 1;
  const data = Array.from({ length: n }, (_, i) => ({ b64_json: png, revised_prompt: `${String(body.prompt)} #${i}` }));
  send(res, 200, { created: 1_700_000_000, data });
}

/** A valid 1×1 PNG (what a real upstream's bytes stand in for). */
export const FAKE_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC', 'base64');

function embeddings(res: ServerResponse, body: Record<string, unknown>): void {
  if (body.model === 'fake-500') return send(res, 500, { error: { message: 'upstream says 500', type: 'server_error', param: null, code: null } });
  const input = body.input;
  const items = Array.isArray(input) && input.length > 0 && typeof input[0] !== 'number' ? input : [input];
  send(res, 200, {
    object: 'list',
    model: body.model,
    data: items.map((_, i) => ({ object: 'embedding', index: i, embedding: [i + 1, 0.5, -0.25] })).reverse(),
    ...(body.model === 'fake-no-usage' ? {} : { usage: { prompt_tokens: 9, total_tokens: 9 } }),
  });
}

function toolCalls(): Array<{ id: string; name: string; args: string }> {
  return [
    { id: 'call_a', name: 'get_weather', args: '{"city":"Paris"}' },
    { id: 'call_b', name: 'get_weather', args: '{"city":"Tokyo"}' },
  ];
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** A catalog whose models map onto the fake upstream's behaviours. */
export function fakeUpstreamCatalog(baseUrl: string, protocols: readonly string[] = ['openai:chat-completions']): unknown {
  const names = ['ok', 'tools', 'no-usage', 'malformed', '500', '503', '429', '400', '401', 'hang', 'cut', 'slow', 'reasoning', 'logprobs'];
  return {
    channels: [{ id: 'fake', provider: 'openai-compatible', base_url: baseUrl, credential_env: 'FAKE_UPSTREAM_KEY', options: { firstByteTimeoutMs: 1500, idleTimeoutMs: 1500 } }],
    models: names.map((n) => ({
      id: `up-${n}`, supported_protocols: [...protocols], max_output_tokens: 1000,
      pricing: { input_per_million: 1_000_000, cached_input_per_million: 100_000, output_per_million: 2_000_000, reasoning_per_million: 4_000_000 },
      channels: [{ channel: 'fake', upstream_model: `fake-${n}` }],
    })),
  };
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { startJsonServer, type RecordedRequest } from './json-server.js';

/**
 * A local server that speaks the OpenAI Responses API (`POST /v1/responses`, JSON or SSE events),
 * for the `openai-responses` provider. Behaviour is chosen by the upstream model name:
 *   fake-ok         a text reply with usage (input 11, 3 cached; output 7, 2 reasoning)
 *   fake-tools      two function calls (Paris, Tokyo), arguments streamed in fragments
 *   fake-thinking   a reasoning item (summary + encrypted_content) and a function call; on the
 *                   turn after it (a function_call_output in the input) it requires that reasoning
 *                   item back with its encrypted_content, else 400
 *   fake-failed     a stream that ends in `response.failed`
 *   fake-500 / fake-429   that status with an OpenAI error body
 */
export interface FakeResponsesUpstream {
  baseUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export const FAKE_RESPONSES_REPLY = 'Hello from the fake Responses upstream!';
export const FAKE_ENCRYPTED = 'gAAAAB-fake-encrypted-reasoning';
export const FAKE_SUMMARY = 'Checking the weather first.';
const USAGE = { input_tokens: 11, input_tokens_details: { cached_tokens: 3 }, output_tokens: 7, output_tokens_details: { reasoning_tokens: 2 }, total_tokens: 18 };

export async function startFakeResponsesUpstream(): Promise<FakeResponsesUpstream> {
  const server = await startJsonServer((req, res, body) => handle(req, res, body));
  return { baseUrl: `${server.origin}/v1`, requests: server.requests, close: server.close };
}

type Item = Record<string, unknown> & { type: string; id: string };

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function handle(req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>): void {
  if (req.url !== '/v1/responses') return send(res, 404, { error: { message: `not found: ${req.url}`, type: 'invalid_request_error', param: null, code: null } });
  if (req.headers.authorization !== 'Bearer responses-upstream-secret') return send(res, 401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } });
  const model = String(body.model ?? '');
  const status = /^fake-(\d{3})$/.exec(model);
  if (status) {
    if (status[1] === '429') res.setHeader('retry-after', '3');
    return send(res, Number(status[1]), { error: { message: `upstream says ${status[1]}`, type: 'server_error', param: null, code: null } });
  }
  const input = Array.isArray(body.input) ? (body.input as Array<Record<string, unknown>>) : [];
  const outputs = input.filter((i) => i.type === 'function_call_output');
  let output: Item[];
  if (model === 'fake-thinking' && outputs.length > 0) {
    const reasoning = input.find((i) => i.type === 'reasoning');
    if (reasoning?.encrypted_content !== FAKE_ENCRYPTED) return send(res, 400, { error: { message: 'The reasoning item of the function call turn must be sent back with its encrypted_content.', type: 'invalid_request_error', param: 'input', code: null } });
    output = [message(`Reasoning kept. Tool said: ${outputs.map((o) => String(o.output)).join(' | ')}`)];
  } else if (model === 'fake-thinking') {
    output = [
      { type: 'reasoning', id: 'rs_fake_1', summary: [{ type: 'summary_text', text: FAKE_SUMMARY }], encrypted_content: FAKE_ENCRYPTED },
      { type: 'function_call', id: 'fc_fake_1', call_id: 'call_fake_1', name: 'get_weather', arguments: '{"city":"Paris"}', status: 'completed' },
    ];
  } else if (model === 'fake-tools') {
    output = [
      { type: 'function_call', id: 'fc_fake_a', call_id: 'call_a', name: 'get_weather', arguments: '{"city":"Paris"}', status: 'completed' },
      { type: 'function_call', id: 'fc_fake_b', call_id: 'call_b', name: 'get_weather', arguments: '{"city":"Tokyo"}', status: 'completed' },
    ];
  } else output = [message(outputs.length > 0 ? `Tool said: ${outputs.map((o) => String(o.output)).join(' | ')}` : FAKE_RESPONSES_REPLY)];

  const response = {
    id: 'resp_fake_1', object: 'response', created_at: 1_700_000_000, model, status: 'completed', error: null, incomplete_details: null,
    output, usage: USAGE, store: false,
  };
  if (body.stream !== true) return send(res, 200, response);
  streamResponse(res, response, model === 'fake-failed');
}

function message(text: string): Item {
  return { type: 'message', id: 'msg_fake_1', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text, annotations: [] }] };
}

/** The response as OpenAI streams it: lifecycle events around each item's own events. */
function streamResponse(res: ServerResponse, response: { output: Item[] } & Record<string, unknown>, failed: boolean): void {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  let seq = 0;
  const frames: string[] = [];
  const ev = (data: Record<string, unknown> & { type: string }): void => void frames.push(`event: ${data.type}\ndata: ${JSON.stringify({ ...data, sequence_number: seq++ })}\n\n`);
  const shell = { ...response, status: 'in_progress', output: [], usage: null };
  ev({ type: 'response.created', response: shell });
  ev({ type: 'response.in_progress', response: shell });
  for (const [i, item] of response.output.entries()) {
    if (item.type === 'message') {
      ev({ type: 'response.output_item.added', output_index: i, item: { ...item, status: 'in_progress', content: [] } });
      const text = String((item.content as Array<{ text: string }>)[0]?.text);
      ev({ type: 'response.content_part.added', item_id: item.id, output_index: i, content_index: 0, part: { type: 'output_text', text: '', annotations: [] } });
      for (let k = 0; k < text.length; k += 12) ev({ type: 'response.output_text.delta', item_id: item.id, output_index: i, content_index: 0, delta: text.slice(k, k + 12), logprobs: [] });
      ev({ type: 'response.output_text.done', item_id: item.id, output_index: i, content_index: 0, text, logprobs: [] });
      ev({ type: 'response.content_part.done', item_id: item.id, output_index: i, content_index: 0, part: { type: 'output_text', text, annotations: [] } });
    } else if (item.type === 'function_call') {
      ev({ type: 'response.output_item.added', output_index: i, item: { ...item, arguments: '', status: 'in_progress' } });
      const args = String(item.arguments);
      for (const piece of [args.slice(0, 5), args.slice(5)]) ev({ type: 'response.function_call_arguments.delta', item_id: item.id, output_index: i, delta: piece });
      ev({ type: 'response.function_call_arguments.done', item_id: item.id, output_index: i, arguments: args });
    } else if (item.type === 'reasoning') {
      ev({ type: 'response.output_item.added', output_index: i, item: { type: 'reasoning', id: item.id, summary: [] } });
      const summary = (item.summary as Array<{ text: string }>)[0]?.text ?? '';
      ev({ type: 'response.reasoning_summary_part.added', item_id: item.id, output_index: i, summary_index: 0, part: { type: 'summary_text', text: '' } });
      ev({ type: 'response.reasoning_summary_text.delta', item_id: item.id, output_index: i, summary_index: 0, delta: summary });
      ev({ type: 'response.reasoning_summary_text.done', item_id: item.id, output_index: i, summary_index: 0, text: summary });
      ev({ type: 'response.reasoning_summary_part.done', item_id: item.id, output_index: i, summary_index: 0, part: { type: 'summary_text', text: summary } });
    }
    ev({ type: 'response.output_item.done', output_index: i, item });
  }
  if (failed) ev({ type: 'response.failed', response: { ...response, status: 'failed', error: { code: 'server_error', message: 'The model failed.' } } });
  else ev({ type: 'response.completed', response });
  res.end(frames.join(''));
}

/** A catalog whose models map onto the fake Responses upstream's behaviours. */
export function fakeResponsesCatalog(baseUrl: string): unknown {
  const names = ['ok', 'tools', 'thinking', 'failed', '500', '429'];
  return {
    channels: [{ id: 'fake-responses', provider: 'openai-responses', base_url: baseUrl, credential_env: 'FAKE_RESPONSES_KEY', options: { firstByteTimeoutMs: 1500, idleTimeoutMs: 1500 } }],
    models: names.map((n) => ({
      id: `rs-${n}`, supported_protocols: ['openai:responses', 'openai:chat-completions', 'anthropic:messages', 'gemini:generate-content'], max_output_tokens: 1000,
      capabilities: { tools: true, thinking: true },
      pricing: { input_per_million: 1_000_000, cached_input_per_million: 100_000, output_per_million: 2_000_000, reasoning_per_million: 4_000_000 },
      channels: [{ channel: 'fake-responses', upstream_model: `fake-${n}` }],
    })),
  };
}

import { startJsonServer, type RecordedRequest } from './json-server.js';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A local server that speaks Anthropic's Messages wire format, for provider tests.
 * Behaviour is chosen by the upstream model name the gateway sends:
 *   fake-ok          a text reply with full usage, cache counts included (JSON or SSE)
 *   fake-tools       two parallel tool_use blocks, input streamed as input_json_delta fragments;
 *                    a conversation that ends in tool results gets a text reply quoting them
 *   fake-thinking    a signed thinking block, then a tool_use; on the follow-up turn it checks
 *                    that the thinking block came back with the same signature (400 otherwise,
 *                    like Anthropic) and answers with text
 *   fake-no-usage    a reply without any usage object
 *   fake-web-search  a server-side web search (server_tool_use, web_search_tool_result) before text
 *                    with a citation, usage counting the search (server_tool_use.web_search_requests)
 *   fake-malformed   200 with a body that is not JSON (or a stream event that is not JSON)
 *   fake-shapeless   200 with JSON that is not a message (no content array)
 *   fake-stream-error  streams some text, then `event: error` (overloaded_error)
 *   fake-cut         streams the start, then closes the connection without message_stop
 *   fake-529 / fake-500 / fake-429 / fake-400 / fake-401   that status with an Anthropic error body
 */
export interface FakeAnthropicUpstream {
  baseUrl: string;
  requests: Array<{ url: string; headers: IncomingMessage['headers']; body: Record<string, unknown> }>;
  close(): Promise<void>;
}

export const FAKE_ANTHROPIC_REPLY = 'Hello from the fake Anthropic upstream!';
export const FAKE_SIGNATURE = 'EqQBCkYIARABGAIiQFakeSignature==';
export const FAKE_USAGE = { input_tokens: 12, output_tokens: 9, cache_creation_input_tokens: 4, cache_read_input_tokens: 30 };
export const FAKE_SEARCH_RESULT = { type: 'web_search_result', url: 'https://example.com/paris', title: 'Paris weather', encrypted_content: 'EqgfCioIARgB', page_age: null };
export const FAKE_CITATION = { type: 'web_search_result_location', url: 'https://example.com/paris', title: 'Paris weather', encrypted_index: 'Eo8BCioIAhgB', cited_text: 'Sunny, 21 °C' };

type Block = Record<string, unknown> & { type: string };

export async function startFakeAnthropicUpstream(): Promise<FakeAnthropicUpstream> {
  const server = await startJsonServer((req, res, body) => handle(req, res, body));
  return { baseUrl: server.origin, requests: server.requests, close: server.close };
}

function error(res: ServerResponse, status: number, type: string, message: string): void {
  send(res, status, { type: 'error', error: { type, message }, request_id: 'req_fake' });
}

function handle(req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>): void {
  if (req.url !== '/v1/messages') return error(res, 404, 'not_found_error', `not found: ${req.url}`);
  if (req.headers['x-api-key'] !== 'anthropic-upstream-secret') return error(res, 401, 'authentication_error', 'invalid x-api-key');
  if (typeof req.headers['anthropic-version'] !== 'string') return error(res, 400, 'invalid_request_error', 'anthropic-version: header is required');
  if (typeof body.max_tokens !== 'number') return error(res, 400, 'invalid_request_error', 'max_tokens: Field required');
  const model = String(body.model ?? '');
  const stream = body.stream === true;
  const status = /^fake-(\d{3})$/.exec(model);
  if (status) {
    const code = Number(status[1]);
    if (code === 429) res.setHeader('retry-after', '7');
    const type = { 529: 'overloaded_error', 500: 'api_error', 429: 'rate_limit_error', 400: 'invalid_request_error', 401: 'authentication_error' }[code] ?? 'api_error';
    return error(res, code, type, `upstream says ${code}`);
  }
  if (model === 'fake-malformed' && !stream) {
    res.writeHead(200, { 'content-type': 'application/json' });
    return void res.end('{"id": "msg_x", "content": [ this is not json');
  }
  if (model === 'fake-shapeless') return send(res, 200, { id: 'msg_x', type: 'message', role: 'assistant' });

  const messages = Array.isArray(body.messages) ? (body.messages as Array<{ role: string; content: unknown }>) : [];
  const last = messages[messages.length - 1];
  const lastBlocks = Array.isArray(last?.content) ? (last.content as Block[]) : [];
  const toolResults = lastBlocks.filter((b) => b.type === 'tool_result');
  let content: Block[];
  let stopReason = 'end_turn';
  if (model === 'fake-thinking' && toolResults.length > 0) {
    // Anthropic requires the signed thinking block of the tool-use turn to come back unchanged.
    const assistant = messages[messages.length - 2];
    const blocks = Array.isArray(assistant?.content) ? (assistant.content as Block[]) : [];
    const thinking = blocks.find((b) => b.type === 'thinking');
    if (!thinking || thinking.signature !== FAKE_SIGNATURE) {
      return error(res, 400, 'invalid_request_error', 'messages.1.content.0: thinking block with a valid signature is required');
    }
    content = [{ type: 'text', text: `Thought kept. Tool said: ${resultText(toolResults)}` }];
  } else if ((model === 'fake-tools' || model === 'fake-thinking') && toolResults.length === 0) {
    content = [];
    if (model === 'fake-thinking') content.push({ type: 'thinking', thinking: 'I should look this up.', signature: FAKE_SIGNATURE });
    content.push({ type: 'tool_use', id: 'toolu_fake_1', name: 'get_weather', input: { city: 'Paris' } });
    if (model === 'fake-tools') content.push({ type: 'tool_use', id: 'toolu_fake_2', name: 'get_weather', input: { city: 'Tokyo' } });
    stopReason = 'tool_use';
  } else if (model === 'fake-web-search') {
    content = [
      { type: 'server_tool_use', id: 'srvtoolu_fake_1', name: 'web_search', input: { query: 'weather in Paris' } },
      { type: 'web_search_tool_result', tool_use_id: 'srvtoolu_fake_1', content: [FAKE_SEARCH_RESULT] },
      { type: 'text', text: FAKE_ANTHROPIC_REPLY, citations: [FAKE_CITATION] },
    ];
  } else if (toolResults.length > 0) {
    content = [{ type: 'text', text: `Tool said: ${resultText(toolResults)}` }];
  } else {
    content = [{ type: 'text', text: FAKE_ANTHROPIC_REPLY }];
  }
  const withUsage = model !== 'fake-no-usage';
  const message: Record<string, unknown> = { id: 'msg_fake01', type: 'message', role: 'assistant', model, content, stop_reason: stopReason, stop_sequence: null };
  if (withUsage) message.usage = model === 'fake-web-search' ? { ...FAKE_USAGE, server_tool_use: { web_search_requests: 1 } } : { ...FAKE_USAGE };
  if (!stream) return send(res, 200, message);
  streamMessage(res, message, model);
}

function resultText(results: Block[]): string {
  return results.map((r) => (typeof r.content === 'string' ? r.content : JSON.stringify(r.content ?? ''))).join(' | ');
}

/** The message as Anthropic streams it (protocols.md §3.4), with per-model faults. */
function streamMessage(res: ServerResponse, message: Record<string, unknown>, model: string): void {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const frames: string[] = [];
  const ev = (data: Record<string, unknown> & { type: string }) => frames.push(`event: ${data.type}\ndata: ${JSON.stringify(data)}\n\n`);
  const usage = message.usage as (typeof FAKE_USAGE & { server_tool_use?: unknown }) | undefined;
  const { usage: _u, ...rest } = message;
  ev({ type: 'message_start', message: { ...rest, content: [], stop_reason: null, ...(usage ? { usage: { ...usage, output_tokens: 1 } } : {}) } });
  if (model === 'fake-malformed') {
    res.write(frames[0]);
    res.write('event: ping\ndata: {not json\n\n');
    return void res.end();
  }
  ev({ type: 'ping' });
  for (const [index, block] of (message.content as Block[]).entries()) {
    if (block.type === 'text') {
      ev({ type: 'content_block_start', index, content_block: { type: 'text', text: '' } });
      for (const citation of (block.citations as unknown[] | undefined) ?? []) ev({ type: 'content_block_delta', index, delta: { type: 'citations_delta', citation } });
      const text = String(block.text);
      for (let i = 0; i < text.length; i += 10) ev({ type: 'content_block_delta', index, delta: { type: 'text_delta', text: text.slice(i, i + 10) } });
      if (model === 'fake-stream-error') {
        ev({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
        break;
      }
    } else if (block.type === 'thinking') {
      ev({ type: 'content_block_start', index, content_block: { type: 'thinking', thinking: '', signature: '' } });
      ev({ type: 'content_block_delta', index, delta: { type: 'thinking_delta', thinking: String(block.thinking) } });
      ev({ type: 'content_block_delta', index, delta: { type: 'signature_delta', signature: String(block.signature) } });
    } else if (block.type === 'web_search_tool_result') {
      ev({ type: 'content_block_start', index, content_block: block });
    } else if (block.type === 'tool_use' || block.type === 'server_tool_use') {
      ev({ type: 'content_block_start', index, content_block: { type: block.type, id: block.id, name: block.name, input: {} } });
      const json = JSON.stringify(block.input);
      for (const piece of ['', json.slice(0, 6), json.slice(6)]) ev({ type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: piece } });
    }
    ev({ type: 'content_block_stop', index });
  }
  if (model !== 'fake-stream-error') {
    ev({ type: 'message_delta', delta: { stop_reason: message.stop_reason, stop_sequence: null }, ...(usage ? { usage: { output_tokens: usage.output_tokens, ...('server_tool_use' in usage ? { server_tool_use: usage.server_tool_use } : {}) } } : {}) });
    ev({ type: 'message_stop' });
  }
  if (model === 'fake-cut') {
    res.write(frames[0]);
    res.write(frames[1]);
    setTimeout(() => res.socket?.destroy(), 20);
    return;
  }
  res.end(frames.join(''));
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** A catalog whose models map onto the fake Anthropic upstream's behaviours. */
export function fakeAnthropicCatalog(baseUrl: string): unknown {
  const names = ['ok', 'tools', 'thinking', 'web-search', 'no-usage', 'malformed', 'shapeless', 'stream-error', 'cut', '529', '500', '429', '400', '401'];
  return {
    channels: [{
      id: 'fake-anthropic', provider: 'anthropic', base_url: baseUrl, credential_env: 'FAKE_ANTHROPIC_KEY',
      options: { firstByteTimeoutMs: 1500, idleTimeoutMs: 1500, anthropicBeta: 'channel-beta-1' },
    }],
    models: names.map((n) => ({
      id: `an-${n}`, supported_protocols: ['anthropic:messages', 'openai:chat-completions', 'openai:responses'], max_output_tokens: 8192,
      pricing: { input_per_million: 1_000_000, cached_input_per_million: 100_000, cache_write_per_million: 1_250_000, output_per_million: 2_000_000 },
      channels: [{ channel: 'fake-anthropic', upstream_model: `fake-${n}` }],
    })),
  };
}

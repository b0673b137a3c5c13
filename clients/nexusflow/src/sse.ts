/**
 * Server-sent events over fetch, written by hand: hey-api's SSE client reconnects and would
 * repeat a POST (a second, billed completion). This reads one response once.
 */
import type { CreateChatCompletionRequest, CreateChatCompletionStreamResponse } from '../../../generated/client/openai/types.gen.js';
import { errorFor, errorFromResponse } from './errors.js';

export interface SseEvent {
  event: string | undefined;
  data: string;
}

/** The events of an SSE body (WHATWG HTML §9.2 parsing: `data:` lines joined, comments skipped). */
export async function* iterateSse(body: ReadableStream<Uint8Array>): AsyncGenerator<SseEvent> {
  const decoder = new TextDecoder();
  let buffer = '';
  let event: string | undefined;
  let data: string[] = [];
  const reader = body.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      let newline: number;
      while ((newline = buffer.search(/\r\n|\n|\r/)) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
        if (line === '') {
          if (data.length > 0) yield { event, data: data.join('\n') };
          event = undefined;
          data = [];
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'data') data.push(value);
        else if (field === 'event') event = value;
      }
      if (done) {
        if (data.length > 0) yield { event, data: data.join('\n') };
        return;
      }
    }
  } finally {
    reader.releaseLock();
    await body.cancel().catch(() => undefined);
  }
}

export interface StreamOptions {
  baseUrl: string;
  apiKey: string;
  fetch?: typeof fetch;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * Streams a chat completion: one typed chunk per event until `[DONE]`. Breaking out of the
 * loop (or aborting `signal`) closes the connection, and the gateway bills what was produced.
 * An error event mid-stream throws the matching NexusFlowError.
 */
export async function* streamChatCompletion(
  options: StreamOptions,
  body: Omit<CreateChatCompletionRequest, 'stream'>,
): AsyncGenerator<CreateChatCompletionStreamResponse> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(`${options.baseUrl.replace(/\/$/, '')}/v1/chat/completions`, {
      method: 'POST',
      headers: { ...options.headers, authorization: `Bearer ${options.apiKey}`, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ ...body, stream: true }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (cause) {
    throw errorFor(0, cause instanceof Error ? cause.message : String(cause), undefined, { cause });
  }
  if (!response.ok || !response.body) throw await errorFromResponse(response);
  const requestId = response.headers.get('x-request-id') ?? undefined;
  for await (const ev of iterateSse(response.body)) {
    if (ev.data === '[DONE]') return;
    const json: unknown = JSON.parse(ev.data);
    if (typeof json === 'object' && json !== null && 'error' in json) throw errorFor(500, json, requestId);
    yield json as CreateChatCompletionStreamResponse;
  }
}

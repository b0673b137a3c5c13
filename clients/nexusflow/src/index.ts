/**
 * @nexusflow/client — the generated SDK of every spec (generated/client/, hey-api) bound to
 * one configured client: base URL, API key and/or admin token, optional fetch and headers.
 * Calls resolve to the response body or throw a typed `NexusFlowError` subclass (errors.ts).
 *
 *   const nf = createNexusFlowClient({ baseUrl: 'http://localhost:8080', apiKey, adminToken });
 *   const models = await nf.openai.listModels();
 *   const key = await nf.admin.createKey({ body: { account_id: 'acct_1', name: 'ci' } });
 *   for await (const chunk of nf.streamChatCompletion({ model: 'qwen-turbo', messages })) …
 *
 * The admin spec is called with the admin token, every other spec with the API key. New
 * specs appear here with no change: the list comes from generated/client/index.gen.ts.
 */
import { specClients } from '../../../generated/client/index.gen.js';
import type { CreateChatCompletionRequest, CreateChatCompletionStreamResponse } from '../../../generated/client/openai/types.gen.js';
import { errorFor } from './errors.js';
import { streamChatCompletion } from './sse.js';

export * from './errors.js';
export { iterateSse, streamChatCompletion, type SseEvent, type StreamOptions } from './sse.js';

/** Wire types by spec: `import type { openai, admin } from '@nexusflow/client'` → `openai.CreateChatCompletionRequest`. */
export type * from '../../../generated/client/types.gen.js';

export interface NexusFlowClientOptions {
  /** Gateway root, e.g. `http://localhost:8080` (no `/v1`: paths carry their version). */
  baseUrl: string;
  /** An `sk-air-…` key, for the compatible and task endpoints. */
  apiKey?: string;
  /** The gateway's admin token (NEXUSFLOW_ADMIN_TOKEN), for `admin.*`. */
  adminToken?: string;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Sent with every request. */
  headers?: Record<string, string>;
}

/** Specs called with the admin token rather than the API key. */
const ADMIN_SPECS: ReadonlySet<string> = new Set(['admin']);

type SpecClients = typeof specClients;
type DataOf<R> = R extends { data: infer D } ? Exclude<D, undefined> : never;
/** A generated SDK function, bound: same options, resolves to the success body. */
type Bound<F> = F extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<DataOf<R>> : never;
type BoundSdk<S> = { [K in keyof S as S[K] extends (...args: never[]) => unknown ? K : never]: Bound<S[K]> };

export type NexusFlowClient = { [K in keyof SpecClients]: BoundSdk<SpecClients[K]['sdk']> } & {
  /** Streams a chat completion with the API key (SSE over fetch; never retried). */
  streamChatCompletion(body: Omit<CreateChatCompletionRequest, 'stream'>, options?: { signal?: AbortSignal }): AsyncGenerator<CreateChatCompletionStreamResponse>;
};

interface FieldsResult {
  data?: unknown;
  error?: unknown;
  response?: Response;
}

export function createNexusFlowClient(options: NexusFlowClientOptions): NexusFlowClient {
  const baseUrl = options.baseUrl.replace(/\/$/, '');
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specClients)) {
    const auth = ADMIN_SPECS.has(name) ? options.adminToken : options.apiKey;
    const client = spec.createClient({
      baseUrl,
      ...(auth !== undefined ? { auth } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.headers ? { headers: options.headers } : {}),
    });
    const bound: Record<string, unknown> = {};
    for (const [fnName, fn] of Object.entries(spec.sdk)) {
      if (typeof fn !== 'function') continue;
      const call = fn as (options: object) => Promise<FieldsResult>;
      bound[fnName] = async (callOptions: object = {}) => {
        let result: FieldsResult;
        try {
          result = await call({ ...callOptions, client, throwOnError: false, responseStyle: 'fields' });
        } catch (cause) {
          throw errorFor(0, cause instanceof Error ? cause.message : String(cause), undefined, { cause });
        }
        const response = result.response;
        if (!response || !response.ok || result.error !== undefined) {
          throw errorFor(response?.status ?? 0, result.error, response?.headers.get('x-request-id') ?? undefined);
        }
        return result.data;
      };
    }
    out[name] = bound;
  }
  out.streamChatCompletion = (body: Omit<CreateChatCompletionRequest, 'stream'>, streamOptions: { signal?: AbortSignal } = {}) =>
    streamChatCompletion({
      baseUrl, apiKey: options.apiKey ?? '',
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.headers ? { headers: options.headers } : {}),
      ...(streamOptions.signal ? { signal: streamOptions.signal } : {}),
    }, body);
  return out as NexusFlowClient;
}

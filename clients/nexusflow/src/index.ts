/**
 * @nexusflow/client — the generated SDK of every spec (generated/client/, hey-api) bound to
 * one configured client: base URL, API key, optional fetch and headers. Calls resolve to
 * the response body or throw `NexusFlowError` with the HTTP status and the parsed error
 * body, in the wire format of the protocol called (OpenAI's `{error:{message,type,…}}` here).
 *
 *   const nf = createNexusFlowClient({ baseUrl: 'http://localhost:3000', apiKey });
 *   const models = await nf.openai.listModels();
 *   const completion = await nf.openai.createChatCompletion({ body: { model: 'qwen-turbo', messages } });
 *
 * New specs appear here with no change: the list comes from generated/client/index.gen.ts.
 */
import { specClients } from '../../../generated/client/index.gen.js';

/** Wire types by spec: `import type { openai } from '@nexusflow/client'` → `openai.CreateChatCompletionRequest`. */
export type * from '../../../generated/client/types.gen.js';

export interface NexusFlowClientOptions {
  /** Gateway root, e.g. `http://localhost:3000` (no `/v1`: paths carry their version). */
  baseUrl: string;
  apiKey: string;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Sent with every request. */
  headers?: Record<string, string>;
}

/** A non-2xx answer (status > 0) or a failure to get one (status 0). */
export class NexusFlowError extends Error {
  override readonly name = 'NexusFlowError';
  constructor(
    readonly status: number,
    /** The parsed error body (JSON when the gateway sent JSON, else the text). */
    readonly body: unknown,
    readonly requestId: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(`${status} ${describeError(body)}`, options);
  }
}

function describeError(body: unknown): string {
  if (typeof body === 'string') return body.slice(0, 500);
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return JSON.stringify(body) ?? 'request failed';
}

type SpecClients = typeof specClients;
type DataOf<R> = R extends { data: infer D } ? Exclude<D, undefined> : never;
/** A generated SDK function, bound: same options, resolves to the success body. */
type Bound<F> = F extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<DataOf<R>> : never;
type BoundSdk<S> = { [K in keyof S as S[K] extends (...args: never[]) => unknown ? K : never]: Bound<S[K]> };

export type NexusFlowClient = { [K in keyof SpecClients]: BoundSdk<SpecClients[K]['sdk']> };

interface FieldsResult {
  data?: unknown;
  error?: unknown;
  response?: Response;
}

export function createNexusFlowClient(options: NexusFlowClientOptions): NexusFlowClient {
  const config = {
    baseUrl: options.baseUrl.replace(/\/$/, ''),
    auth: options.apiKey,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  };
  const out: Record<string, Record<string, unknown>> = {};
  for (const [name, spec] of Object.entries(specClients)) {
    const client = spec.createClient(config);
    const bound: Record<string, unknown> = {};
    for (const [fnName, fn] of Object.entries(spec.sdk)) {
      if (typeof fn !== 'function') continue;
      const call = fn as (options: object) => Promise<FieldsResult>;
      bound[fnName] = async (callOptions: object = {}) => {
        let result: FieldsResult;
        try {
          result = await call({ ...callOptions, client, throwOnError: false, responseStyle: 'fields' });
        } catch (cause) {
          throw new NexusFlowError(0, cause instanceof Error ? cause.message : String(cause), undefined, { cause });
        }
        const response = result.response;
        if (!response || !response.ok || result.error !== undefined) {
          throw new NexusFlowError(response?.status ?? 0, result.error, response?.headers.get('x-request-id') ?? undefined);
        }
        return result.data;
      };
    }
    out[name] = bound;
  }
  return out as NexusFlowClient;
}

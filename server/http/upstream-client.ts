import { Agent, errors as undiciErrors, type Dispatcher } from 'undici';
import { GatewayError } from '../errors/gateway-error.js';
import type { Tracing } from '../observability/tracing.js';

export interface UpstreamTimeouts {
  connectMs: number;
  /** Time to the response headers (first byte). */
  firstByteMs: number;
  /** Longest silence between body chunks. */
  idleMs: number;
}

export const DEFAULT_TIMEOUTS: UpstreamTimeouts = { connectMs: 10_000, firstByteMs: 120_000, idleMs: 120_000 };

export interface UpstreamRequest {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
  timeouts?: Partial<UpstreamTimeouts>;
}

export interface UpstreamResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Dispatcher.ResponseData['body'];
}

/**
 * The one HTTP executor for every provider: undici's request API over keep-alive agents that
 * pool connections per origin (faster than fetch and web streams on the hot path). Time to first
 * byte and idle time are per request; the connect timeout belongs to an Agent, so there is one
 * Agent per distinct connect timeout (a handful at most, shared by every channel that uses it).
 */
export class UpstreamClient {
  private readonly agents = new Map<number, Agent>();

  /**
   * `connections` caps sockets per origin; unlimited by default, because each open stream holds
   * one for its whole life and a cap would queue new streams behind old ones.
   */
  constructor(private readonly connections: number | null = null, private readonly tracing?: Pick<Tracing, 'inject'>) {
    this.agentFor(DEFAULT_TIMEOUTS.connectMs);
  }

  /** Agents created so far (one per distinct connect timeout). */
  get dispatcherCount(): number {
    return this.agents.size;
  }

  private agentFor(connectMs: number): Agent {
    let agent = this.agents.get(connectMs);
    if (!agent) {
      agent = new Agent({ connections: this.connections, keepAliveTimeout: 30_000, pipelining: 1, connect: { timeout: connectMs } });
      this.agents.set(connectMs, agent);
    }
    return agent;
  }

  async request(req: UpstreamRequest): Promise<UpstreamResponse> {
    const t = { ...DEFAULT_TIMEOUTS, ...req.timeouts };
    try {
      const url = new URL(req.url);
      const res = await this.agentFor(t.connectMs).request({
        origin: url.origin,
        path: url.pathname + url.search,
        method: req.method,
        // The current upstream-attempt span travels as W3C `traceparent` when tracing is on.
        headers: this.tracing ? this.tracing.inject(req.headers) : req.headers,
        body: req.body ?? null,
        signal: req.signal,
        headersTimeout: t.firstByteMs,
        bodyTimeout: t.idleMs,
      });
      return { status: res.statusCode, headers: res.headers, body: res.body };
    } catch (err) {
      throw mapNetworkError(err, req.signal);
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.agents.values()].map((a) => a.close()));
  }
}

/** Reads a whole upstream body, up to `limit` bytes (then upstream_error with `tooLarge`). */
export async function readBytes(res: UpstreamResponse, limit: number, signal?: AbortSignal, tooLarge = 'The upstream response was too large.'): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const c of res.body) {
      const b = c as Buffer;
      size += b.length;
      if (size > limit) {
        res.body.destroy();
        throw new GatewayError('upstream_error', tooLarge);
      }
      chunks.push(b);
    }
  } catch (err) {
    throw mapNetworkError(err, signal);
  }
  return Buffer.concat(chunks);
}

/** Reads a whole upstream body as text, up to `limit` bytes (then upstream_error). */
export async function readBody(res: UpstreamResponse, limit: number, signal?: AbortSignal): Promise<string> {
  return (await readBytes(res, limit, signal)).toString('utf8');
}

/** Up to 64 KiB of an upstream error body for the error mapping; never throws (a broken body reads as ''). */
export function readErrorBody(res: UpstreamResponse): Promise<string> {
  return readBody(res, 64 * 1024).catch(() => '');
}

/** Reads and parses an upstream JSON body; a body that is not JSON is the upstream's fault (502). */
export async function readJson(res: UpstreamResponse, limit: number, signal?: AbortSignal): Promise<unknown> {
  const text = await readBody(res, limit, signal);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new GatewayError('upstream_error', 'The upstream returned a body that is not JSON.', { detail: text.slice(0, 500) });
  }
}


/** Network-level failures → gateway errors; aborts caused by our own signal are rethrown as-is. */
export function mapNetworkError(err: unknown, signal?: AbortSignal): unknown {
  if (signal?.aborted) return err;
  if (err instanceof GatewayError) return err;
  if (err instanceof undiciErrors.HeadersTimeoutError || err instanceof undiciErrors.BodyTimeoutError || err instanceof undiciErrors.ConnectTimeoutError) {
    return new GatewayError('upstream_timeout', 'The upstream did not answer in time.', { cause: err });
  }
  return new GatewayError('upstream_error', 'Could not reach the upstream.', { cause: err, detail: err instanceof Error ? err.message : String(err) });
}

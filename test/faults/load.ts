import { CALLER_PROTOCOLS, chatCall, isTerminal, send, streamError, streamText, type CallResult, type CallerProtocol } from './protocols.js';

export interface LoadResult {
  protocol: CallerProtocol;
  stream: boolean;
  /** When the request was sent, and when its answer had been read, ms since the load started. */
  at: number;
  endedAt?: number;
  result?: CallResult;
  /** A connection-level failure (the gateway itself unreachable). */
  error?: string;
}

export interface Load {
  results: LoadResult[];
  /** ms since the load started. */
  elapsed(): number;
  /** Stops issuing requests and resolves when every request in flight has ended. */
  stop(): Promise<LoadResult[]>;
}

/**
 * Keeps `workers` requests in flight until stopped, mixing the three protocols, streamed and
 * not, for the fault cases that happen "under load".
 */
export function startLoad(baseUrl: () => string, key: string, model: string | ((n: number) => string), workers: number): Load {
  const results: LoadResult[] = [];
  const t0 = Date.now();
  let running = true;
  const worker = async (w: number): Promise<void> => {
    for (let i = 0; running; i++) {
      const protocol = CALLER_PROTOCOLS[(w + i) % CALLER_PROTOCOLS.length]!;
      const stream = (w + i) % 2 === 0;
      const entry: LoadResult = { protocol, stream, at: Date.now() - t0 };
      try {
        entry.result = await send(chatCall(protocol, baseUrl(), key, typeof model === 'string' ? model : model(w + i), stream, `load ${w}.${i}`));
      } catch (err) {
        entry.error = err instanceof Error ? `${err.message} ${String((err as { cause?: unknown }).cause ?? '')}` : String(err);
        // The gateway is down (a kill test): do not spin.
        await new Promise((r) => setTimeout(r, 50));
      }
      entry.endedAt = Date.now() - t0;
      results.push(entry);
    }
  };
  const all = Array.from({ length: workers }, (_, w) => worker(w));
  return {
    results,
    elapsed: () => Date.now() - t0,
    async stop() {
      running = false;
      await Promise.all(all);
      return results;
    },
  };
}

/** A complete, successful answer: 200, no error frame, the stream's closing frame, and `expectedText`. */
export function isCompleteAnswer(r: LoadResult, expectedText = ''): boolean {
  const res = r.result;
  if (!res || res.status !== 200) return false;
  if (!r.stream) return JSON.stringify(res.json).includes(expectedText);
  return streamError(r.protocol, res.frames) === undefined && res.frames.some((f) => isTerminal(r.protocol, f)) && streamText(r.protocol, res.frames).includes(expectedText);
}

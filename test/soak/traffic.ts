/**
 * The soak's callers: `streams` long streamed requests held open at once (reopened as each ends,
 * after a linear ramp), plus `workers` closed-loop non-streamed requests for saturation — both
 * spread over the three protocols. Counts what happened, for the samples and the verdict.
 */
import { Agent, request } from 'undici';
import { CALLER_PROTOCOLS, chatCall, type CallerProtocol } from '../faults/protocols.js';

export interface TrafficOptions {
  baseUrl: string;
  key: string;
  /** Peak number of streams open at once. */
  streams: number;
  rampSeconds: number;
  /** Closed-loop workers sending non-streamed requests. */
  workers: number;
  streamModel: string;
  quickModel: string;
}

export interface TrafficCounters {
  /** Requests completed with a full 200 answer, by kind. */
  streamsOk: number;
  requestsOk: number;
  /** Failures by reason (status code, or the error's name). */
  failures: Record<string, number>;
  /** Streams whose first byte has arrived and that have not ended. */
  streamsOpen: number;
  byProtocol: Record<CallerProtocol, number>;
}

export interface Traffic {
  counters: TrafficCounters;
  /** Stops opening new requests; resolves when every caller has finished its last one. */
  stop(): Promise<void>;
}

export function startTraffic(o: TrafficOptions): Traffic {
  const agent = new Agent({ connections: null, pipelining: 1, keepAliveTimeout: 30_000, headersTimeout: 120_000, bodyTimeout: 120_000 });
  const counters: TrafficCounters = { streamsOk: 0, requestsOk: 0, failures: {}, streamsOpen: 0, byProtocol: { openai: 0, anthropic: 0, gemini: 0 } };
  const fail = (why: string): void => void (counters.failures[why] = (counters.failures[why] ?? 0) + 1);
  let running = true;

  const once = async (protocol: CallerProtocol, stream: boolean, n: number): Promise<void> => {
    const c = chatCall(protocol, o.baseUrl, o.key, stream ? o.streamModel : o.quickModel, stream, `soak ${n}`);
    let open = false;
    try {
      const res = await request(c.url, { method: 'POST', headers: c.headers, body: c.body, dispatcher: agent });
      if (res.statusCode !== 200) {
        fail(String(res.statusCode));
        await res.body.dump();
        return;
      }
      let tail = '';
      for await (const chunk of res.body) {
        if (stream && !open) {
          open = true;
          counters.streamsOpen++;
        }
        tail = (tail + (chunk as Buffer).toString('utf8')).slice(-400);
      }
      // A stream is complete when its protocol's closing frame arrived, and carried no error.
      const complete = !stream || (/"error"/.test(tail) ? false : protocol === 'openai' ? tail.includes('[DONE]') : protocol === 'anthropic' ? tail.includes('message_stop') : tail.includes('usageMetadata'));
      if (!complete) fail('incomplete stream');
      else if (stream) counters.streamsOk++;
      else counters.requestsOk++;
      counters.byProtocol[protocol]++;
    } catch (err) {
      fail(err instanceof Error ? ((err as { code?: string }).code ?? err.name) : 'error');
    } finally {
      if (open) counters.streamsOpen--;
    }
  };

  const streamUser = async (u: number, startAfterMs: number): Promise<void> => {
    await new Promise((r) => setTimeout(r, startAfterMs));
    for (let i = 0; running; i++) await once(CALLER_PROTOCOLS[(u + i) % 3]!, true, i);
  };
  const worker = async (w: number): Promise<void> => {
    for (let i = 0; running; i++) await once(CALLER_PROTOCOLS[(w + i) % 3]!, false, i);
  };
  const all = [
    ...Array.from({ length: o.streams }, (_, u) => streamUser(u, (u / o.streams) * o.rampSeconds * 1000)),
    ...Array.from({ length: o.workers }, (_, w) => worker(w)),
  ];
  return {
    counters,
    async stop() {
      running = false;
      await Promise.all(all);
      await agent.close();
    },
  };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../server/errors/registry.js';
import { FAULT_COST, faultUpstreamCatalog, startFaultUpstream, type FaultUpstream } from '../support/fault-upstream.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { refusingBaseUrl } from '../support/scripted-upstream.js';
import { storeKinds } from '../support/stores.js';
import { checkBooks } from './books.js';
import { CALLER_PROTOCOLS, chatCall, expectErrorShape, send, streamError, streamText, type CallerProtocol } from './protocols.js';

/**
 * Fault matrix, upstream side: each way an upstream fails, through each caller protocol, streamed
 * and not, on both stores. One attempt per request (no retry, no failover: those are
 * test/e2e/routing-failover.test.ts), so every case shows how ONE failure reaches the caller
 * and the books. The SDK view of the same failures is in test/e2e/*-sdk-*-upstream.test.ts.
 */
type Expect =
  /** An HTTP error before any answer: nothing produced, the hold released, not charged. */
  | { kind: 'error'; code: ErrorCode; status: number }
  /** 200 and some output, then the protocol's mid-stream error: charged for what was produced, estimated. */
  | { kind: 'cut'; code: ErrorCode }
  /** A complete answer, charged from the upstream's usage or from our estimate. */
  | { kind: 'ok'; source: 'upstream' | 'estimated' };

interface Fault {
  fault: string;
  model: string;
  json?: Expect;
  stream?: Expect;
}


const FAULTS: Fault[] = [
  { fault: 'refuses the connection', model: 'f-refused', json: { kind: 'error', code: 'upstream_error', status: 502 }, stream: { kind: 'error', code: 'upstream_error', status: 502 } },
  { fault: 'hangs (never answers)', model: 'f-hang', json: { kind: 'error', code: 'upstream_timeout', status: 504 }, stream: { kind: 'error', code: 'upstream_timeout', status: 504 } },
  ...[500, 502, 503].map((s): Fault => ({ fault: `answers ${s}`, model: `f-status-${s}`, json: { kind: 'error', code: 'upstream_error', status: 502 }, stream: { kind: 'error', code: 'upstream_error', status: 502 } })),
  { fault: 'answers 429', model: 'f-status-429', json: { kind: 'error', code: 'upstream_rate_limited', status: 429 }, stream: { kind: 'error', code: 'upstream_rate_limited', status: 429 } },
  { fault: 'sends malformed JSON', model: 'f-malformed', json: { kind: 'error', code: 'upstream_error', status: 502 }, stream: { kind: 'error', code: 'upstream_error', status: 502 } },
  { fault: 'sends malformed JSON mid-stream', model: 'f-malformed-mid', stream: { kind: 'cut', code: 'upstream_error' } },
  { fault: 'cuts the body after 60 bytes', model: 'f-cut-60', json: { kind: 'error', code: 'upstream_error', status: 502 }, stream: { kind: 'error', code: 'upstream_error', status: 502 } },
  { fault: 'cuts the body after 700 bytes', model: 'f-cut-700', json: { kind: 'error', code: 'upstream_error', status: 502 }, stream: { kind: 'cut', code: 'upstream_error' } },
  { fault: 'never sends usage', model: 'f-no-usage', json: { kind: 'ok', source: 'estimated' }, stream: { kind: 'ok', source: 'estimated' } },
  { fault: 'none (control)', model: 'f-ok', json: { kind: 'ok', source: 'upstream' }, stream: { kind: 'ok', source: 'upstream' } },
];

const CASES = CALLER_PROTOCOLS.flatMap((protocol) =>
  FAULTS.flatMap((f) => ([['json', f.json], ['stream', f.stream]] as const)
    .filter((pair): pair is readonly ['json' | 'stream', Expect] => pair[1] !== undefined)
    .map(([mode, expected]) => ({ name: `${protocol} ${mode}: upstream ${f.fault}`, protocol, stream: mode === 'stream', model: f.model, expected }))));

describe.each(storeKinds())('fault matrix: upstream faults ($name store)', (kind) => {
  let upstream: FaultUpstream;
  let gw: TestGateway;
  let cleanup: (() => Promise<void>) | undefined;
  const requestIds: string[] = [];
  const expectations = new Map<string, { expected: Expect; text: string }>();

  beforeAll(async () => {
    if (!kind.available) return;
    const opened = await kind.open();
    cleanup = opened.cleanup;
    upstream = await startFaultUpstream();
    gw = await startTestGateway({
      store: opened.store,
      catalog: faultUpstreamCatalog(upstream.baseUrl, await refusingBaseUrl()),
      // One attempt, and a breaker that never opens: each case sees exactly its own fault.
      routing: { maxAttempts: 1, circuitFailures: 1_000_000 },
    });
  });
  afterAll(async () => {
    await gw?.close();
    await upstream?.close();
    await cleanup?.();
  });

  it.skipIf(!kind.available).each(CASES)('$name', async ({ protocol, stream, model, expected }) => {
    const tag = `fault-${Math.random().toString(36).slice(2)}`;
    const res = await send(chatCall(protocol, gw.baseUrl, gw.apiKey, model, stream, `hello ${tag}`));
    expect(res.requestId).toMatch(/^req_/);
    requestIds.push(res.requestId);
    // Exactly one upstream call per request (none when the connection is refused): nothing re-sent.
    expect(upstream.seen(tag)).toBe(model === 'f-refused' ? 0 : 1);
    let text = '';
    if (expected.kind === 'error') {
      expect(res.status).toBe(expected.status);
      expectErrorShape(protocol, res.json, expected.code);
      if (expected.code === 'upstream_rate_limited') expect(res.retryAfter).toBe('1');
    } else if (expected.kind === 'cut') {
      expect(res.status).toBe(200);
      text = streamText(protocol, res.frames);
      expect(text.length).toBeGreaterThan(0);
      const err = streamError(protocol, res.frames);
      expectErrorShape(protocol, err, expected.code);
      // Nothing follows the error but, in OpenAI's stream, the usage chunk of what was billed and [DONE].
      const after = res.frames.slice(res.frames.findIndex((f) => f.data === err) + 1);
      if (protocol === 'openai') expect(after.every((f) => f.data === '[DONE]' || (f.data as { choices?: unknown[] }).choices?.length === 0)).toBe(true);
      else expect(after).toEqual([]);
    } else {
      expect(res.status).toBe(200);
      text = stream ? streamText(protocol, res.frames) : JSON.stringify(res.json);
      expect(streamError(protocol, res.frames)).toBeUndefined();
      expect(text).toContain('word9');
    }
    expectations.set(res.requestId, { expected, text });
  });

  it.skipIf(!kind.available)('books: one usage record per request, a hold settled or released exactly once, no hold left, balance = Σ ledger', async () => {
    expect(requestIds).toHaveLength(CASES.length);
    await gw.gateway.services.usage.flush();
    const { usage } = await checkBooks(gw.store, gw.accountId, requestIds);
    for (const [id, { expected }] of expectations) {
      const rec = usage.get(id)!;
      if (expected.kind === 'error') {
        expect(rec, id).toMatchObject({ status: 'failed', httpStatus: expected.status, errorCode: expected.code, cost: 0 });
      } else if (expected.kind === 'cut') {
        // Billed for what was produced, by the tokenizer (the upstream never sent usage).
        expect(rec, id).toMatchObject({ status: 'partial', source: 'estimated', errorCode: expected.code });
        expect(rec.output, id).toBeGreaterThan(0);
        expect(rec.cost, id).toBeGreaterThan(0);
      } else {
        expect(rec, id).toMatchObject({ status: 'succeeded', httpStatus: 200, source: expected.source });
        if (expected.source === 'upstream') expect(rec.cost, id).toBe(FAULT_COST);
        else expect(rec.cost, id).toBeGreaterThan(0);
      }
    }
  });
});

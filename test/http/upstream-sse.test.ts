import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { UpstreamResponse } from '../../server/http/upstream-client.js';
import { upstreamSse } from '../../server/http/upstream-sse.js';

const response = (chunks: string[]): UpstreamResponse => ({
  status: 200,
  headers: {},
  body: Readable.from(chunks.map((c) => Buffer.from(c))) as unknown as UpstreamResponse['body'],
});

/**
 * #16: the events of one upstream read reach a decoder as one step (one await for a read that
 * carries forty events, not forty), in order, with an event split across reads joined.
 */
describe('upstreamSse', () => {
  it('yields the events each read completed, together, and the tail at the end', async () => {
    const reads: string[][] = [];
    const burst = Array.from({ length: 40 }, (_, i) => `data: ${i}\n\n`).join('');
    for await (const read of upstreamSse(response([burst, 'data: spl', 'it\n\ndata: tail']), new AbortController().signal)) reads.push(read.map((m) => m.data));
    expect(reads).toEqual([Array.from({ length: 40 }, (_, i) => String(i)), ['split'], ['tail']]);
  });
});

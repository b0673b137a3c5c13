import { describe, expect, it } from 'vitest';
import { sseFrames } from '../../server/http/sse-frames.js';

async function* events(values: number[]): AsyncGenerator<number> {
  for (const v of values) yield v;
}

describe('sseFrames', () => {
  it('encodes each event in order, drops the ones that add no frame, and ends with the awaited closing frames', async () => {
    const out: string[] = [];
    const frames = sseFrames(events([1, 0, 2, 0, 3]), (n) => (n === 0 ? '' : `data: ${n}\n\n`), async () => 'data: [DONE]\n\n');
    for await (const f of frames) out.push(f);
    expect(out).toEqual(['data: 1\n\n', 'data: 2\n\n', 'data: 3\n\n', 'data: [DONE]\n\n']);
  });
});

import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { withKeepalive } from '../../server/http/keepalive.js';

async function* slow(values: string[], gapMs: number, log: string[]): AsyncGenerator<string> {
  try {
    for (const v of values) {
      await sleep(gapMs);
      yield v;
    }
  } finally {
    log.push('source closed');
  }
}

describe('withKeepalive', () => {
  it('inserts keepalives during gaps and passes every value through in order', async () => {
    const out: string[] = [];
    for await (const v of withKeepalive(slow(['a', 'b'], 60, []), 20, 'ping')) out.push(v);
    expect(out.filter((v) => v !== 'ping')).toEqual(['a', 'b']);
    expect(out.filter((v) => v === 'ping').length).toBeGreaterThanOrEqual(2);
    expect(out.at(-1)).toBe('b');
  });

  it('adds nothing to a source that is never silent', async () => {
    const out: string[] = [];
    for await (const v of withKeepalive(slow(['a', 'b', 'c'], 0, []), 1000, 'ping')) out.push(v);
    expect(out).toEqual(['a', 'b', 'c']);
  });

  it('closes the source when the consumer leaves, and passes errors through', async () => {
    const log: string[] = [];
    for await (const v of withKeepalive(slow(['a', 'b', 'c'], 5, log), 1000, 'ping')) if (v === 'a') break;
    expect(log).toEqual(['source closed']);
    async function* failing(): AsyncGenerator<string> {
      yield 'a';
      throw new Error('upstream cut');
    }
    await expect((async () => {
      for await (const _ of withKeepalive(failing(), 1000, 'ping')) { /* drain */ }
    })()).rejects.toThrow('upstream cut');
  });
});

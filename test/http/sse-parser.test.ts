import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SseParser, type SseMessage } from '../../server/http/sse-parser.js';

const line = fc.string({ maxLength: 12 }).filter((s) => !/[\r\n]/.test(s) && !s.startsWith(' '));
const event = fc.record({
  event: fc.option(fc.stringMatching(/^[a-z_.]{1,10}$/), { nil: undefined }),
  data: fc.array(line, { minLength: 1, maxLength: 3 }),
});
const eol = fc.constantFrom('\n', '\r\n', '\r');

/**
 * The upstream SSE parser: any split of the byte stream into chunks, with LF, CRLF or CR line
 * endings mixed line by line (a CRLF may be split between chunks), and comments in between,
 * gives back exactly the events sent (multi-line data joined with LF).
 */
describe('SseParser (fast-check)', () => {
  it('parses every event whatever the chunking and line endings', () => {
    fc.assert(fc.property(fc.array(fc.tuple(event, eol, fc.boolean()), { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 10 }), (events, cutsRaw) => {
      let text = '';
      for (const [e, nl, comment] of events) {
        if (comment) text += `: keep-alive${nl}`;
        if (e.event !== undefined) text += `event: ${e.event}${nl}`;
        for (const d of e.data) text += `data: ${d}${nl}`;
        text += nl;
      }
      const bytes = new TextEncoder().encode(text);
      const cuts = [...new Set(cutsRaw.map((c) => (bytes.length === 0 ? 0 : c % bytes.length)))].sort((a, b) => a - b);
      const parser = new SseParser();
      const got: SseMessage[] = [];
      let at = 0;
      for (const c of [...cuts, bytes.length]) {
        got.push(...parser.push(bytes.subarray(at, c)));
        at = c;
      }
      got.push(...parser.end());
      expect(got).toEqual(events.map(([e]) => (e.event === undefined ? { data: e.data.join('\n') } : { event: e.event, data: e.data.join('\n') })));
    }), { numRuns: 300, seed: 20_261_204 });
  });
});

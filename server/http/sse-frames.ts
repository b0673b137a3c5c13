/**
 * A streamed answer's SSE frames: each event encoded in the caller's protocol, then the closing
 * frames `end` gives once the events are done (usage, terminator). Events that add no frame of
 * their own (most part starts and ends, usage) are not passed on: each value an async generator
 * yields costs its consumer a promise turn.
 */
export async function* sseFrames<E>(events: AsyncIterable<E>, encode: (ev: E) => string, end: () => string | Promise<string>): AsyncGenerator<string> {
  for await (const ev of events) {
    const frame = encode(ev);
    if (frame.length > 0) yield frame;
  }
  yield await end();
}

/**
 * Passes `source` through, inserting `keepalive` whenever it stays silent for `intervalMs`, so a
 * stream with a long gap (a reasoning model thinking before its first token) keeps proxies and
 * SDK timeouts from closing it (protocols.md §3.4: `ping` may appear anywhere).
 */
export async function* withKeepalive<T>(source: AsyncIterable<T>, intervalMs: number, keepalive: T): AsyncGenerator<T> {
  const it = source[Symbol.asyncIterator]();
  let pending: Promise<IteratorResult<T>> | undefined;
  let done = false;
  try {
    for (;;) {
      pending ??= it.next();
      let timer: NodeJS.Timeout | undefined;
      const tick = new Promise<'tick'>((resolve) => {
        timer = setTimeout(() => resolve('tick'), intervalMs);
      });
      const winner = await Promise.race([pending, tick]).finally(() => clearTimeout(timer));
      if (winner === 'tick') {
        yield keepalive;
        continue;
      }
      pending = undefined;
      if (winner.done) {
        done = true;
        return;
      }
      yield winner.value;
    }
  } finally {
    if (!done) {
      if (pending) {
        // The consumer left while the source was waiting: let that wait end on its own (the
        // request's abort signal ends it) and close the source after it, without blocking here.
        pending.then(() => it.return?.(), () => undefined).catch(() => undefined);
      } else {
        await it.return?.();
      }
    }
  }
}

import type { UsageRecord, UsageSummaryRow } from './types.js';

/** UTC calendar day of an epoch-ms time, `YYYY-MM-DD`. */
export function utcDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

export type SummaryInput = Pick<
  UsageRecord,
  'createdAt' | 'model' | 'uncachedInput' | 'cacheRead' | 'cacheWrite' | 'output' | 'reasoning' | 'cost'
>;

/**
 * Groups usage by UTC day and model. Input tokens count every input bucket (uncached, cache
 * read, cache write); output tokens include reasoning. Missing buckets add nothing.
 */
export class UsageSummarizer {
  readonly #rows = new Map<string, UsageSummaryRow>();

  add(r: SummaryInput): void {
    const day = utcDay(r.createdAt);
    const key = `${day}\u0000${r.model}`;
    let row = this.#rows.get(key);
    if (!row) {
      row = { day, model: r.model, requests: 0, inputTokens: 0, outputTokens: 0, cost: 0 };
      this.#rows.set(key, row);
    }
    row.requests += 1;
    row.inputTokens += (r.uncachedInput ?? 0) + (r.cacheRead ?? 0) + (r.cacheWrite ?? 0);
    row.outputTokens += (r.output ?? 0) + (r.reasoning ?? 0);
    row.cost += r.cost;
  }

  rows(): UsageSummaryRow[] {
    return [...this.#rows.values()].sort((a, b) =>
      a.day === b.day ? (a.model < b.model ? -1 : a.model > b.model ? 1 : 0) : a.day < b.day ? -1 : 1,
    );
  }
}

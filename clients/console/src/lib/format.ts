/** Display helpers. Money is integer micro-credits everywhere in NexusFlow (1 credit = 1,000,000). */

const MICRO = 1_000_000;

export function credits(micro: number | null | undefined): string {
  if (micro === null || micro === undefined) return '—';
  const value = micro / MICRO;
  const digits = Math.abs(value) >= 100 ? 2 : Math.abs(value) >= 1 ? 4 : 6;
  return value.toLocaleString('en-US', { minimumFractionDigits: Math.min(digits, 2), maximumFractionDigits: digits });
}

/** A credits amount typed by a person → micro-credits, or undefined when it is not a positive amount. */
export function parseCredits(text: string): number | undefined {
  const t = text.trim().replace(/,/g, '');
  if (!/^\d+(\.\d{1,6})?$/.test(t)) return undefined;
  const [whole, frac = ''] = t.split('.');
  const micro = Number(whole) * MICRO + Number(frac.padEnd(6, '0'));
  return Number.isSafeInteger(micro) && micro > 0 ? micro : undefined;
}

export function count(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : n.toLocaleString('en-US');
}

export function ms(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  return n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(n < 10 ? 1 : 0)} ms`;
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '0 %' : `${((part / whole) * 100).toFixed(part === 0 ? 0 : 1)} %`;
}

/** `2026-12-04T08:15:00.000Z` → `2026-12-04 08:15:00` in UTC (the gateway's and the logs' clock). */
export function when(iso: string | null | undefined): string {
  if (!iso) return '—';
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/**
 * Whether a soak passed: memory flat (least-squares slope of RSS over the second half of the
 * load, when the process has had time to warm up; the heap's post-GC floor not rising from the
 * first half to the second), no handle leak (back to the pre-load count once the load is gone),
 * nothing left in flight, an event loop that keeps up (its delay's p99), and almost no failures.
 */
import type { GatewayReading } from './metrics.js';
import { round } from './metrics.js';

export interface Sample {
  /** Seconds since the load started (negative: before it). */
  t: number;
  phase: 'baseline' | 'ramp' | 'hold' | 'settled';
  gateway: GatewayReading;
  /** Client side, over the interval since the previous sample. */
  streamsOpen: number;
  okPerSecond: number;
  failures: number;
}

export interface Limits {
  rssSlopeMbPerMin: number;
  heapSlopeMbPerMin: number;
  handleGrowth: number;
  failureRate: number;
  /** Event-loop delay p99 (each interval's), at the median interval of the hold (#16: ≤ 20 ms). */
  loopP99Ms: number;
}

export interface Check {
  name: string;
  value: string;
  limit: string;
  ok: boolean;
}

/** Least-squares slope of y over x. */
export function slope(points: ReadonlyArray<readonly [number, number]>): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return sxx === 0 ? Number.NaN : sxy / sxx;
}

export function judge(samples: readonly Sample[], totals: { ok: number; failed: number; peakStreams: number; targetStreams: number }, limits: Limits): Check[] {
  const hold = samples.filter((s) => s.phase === 'hold');
  const secondHalf = hold.slice(Math.floor(hold.length / 2));
  const perMin = (points: readonly Sample[], pick: (g: GatewayReading) => number): number => round(slope(points.map((s) => [s.t / 60, pick(s.gateway)] as const)), 2);
  const rssSlope = perMin(secondHalf, (g) => g.rssMb);
  // Heap in use is a sawtooth (allocation, then GC): a leak raises its floor. Compare the lowest
  // reading of each half of the load, per minute between the halves' midpoints.
  const firstHalf = hold.slice(0, Math.floor(hold.length / 2));
  const floor = (xs: readonly Sample[]): number => Math.min(...xs.map((s) => s.gateway.heapUsedMb));
  const mid = (xs: readonly Sample[]): number => ((xs[0]?.t ?? 0) + (xs.at(-1)?.t ?? 0)) / 2 / 60;
  const heapSlope = round((floor(secondHalf) - floor(firstHalf)) / Math.max(1 / 60, mid(secondHalf) - mid(firstHalf)), 2);
  const baseline = samples.find((s) => s.phase === 'baseline')?.gateway;
  const settled = samples.filter((s) => s.phase === 'settled').at(-1)?.gateway;
  const handleGrowth = baseline && settled ? settled.activeHandles - baseline.activeHandles : Number.NaN;
  const failureRate = totals.ok + totals.failed === 0 ? 1 : totals.failed / (totals.ok + totals.failed);
  const loops = hold.map((s) => s.gateway.loopP99Ms).sort((a, b) => a - b);
  const loopMedian = loops.length === 0 ? Number.NaN : loops[Math.floor((loops.length - 1) / 2)]!;
  return [
    // Growth is what a leak looks like; memory given back (a negative slope) is fine.
    { name: 'RSS slope, second half of the load', value: `${rssSlope} MB/min (${secondHalf.length} samples)`, limit: `≤ ${limits.rssSlopeMbPerMin}`, ok: secondHalf.length >= 3 && rssSlope <= limits.rssSlopeMbPerMin },
    { name: 'heap-used floor, second half vs first half of the load', value: `${floor(firstHalf)} → ${floor(secondHalf)} MB (${heapSlope} MB/min)`, limit: `≤ ${limits.heapSlopeMbPerMin} MB/min`, ok: firstHalf.length >= 3 && heapSlope <= limits.heapSlopeMbPerMin },
    { name: 'active handles after the load, vs before', value: baseline && settled ? `${settled.activeHandles} vs ${baseline.activeHandles} (${handleGrowth >= 0 ? '+' : ''}${handleGrowth})` : 'unknown', limit: `≤ +${limits.handleGrowth}`, ok: handleGrowth <= limits.handleGrowth },
    { name: 'open streams / holds / pending usage records after the load', value: settled ? `${settled.openStreams} / ${settled.holdsOutstanding} / ${settled.usagePending}` : 'unknown', limit: '0 / 0 / 0', ok: settled !== undefined && settled.openStreams === 0 && settled.holdsOutstanding === 0 && settled.usagePending === 0 },
    { name: 'streams open at peak (client side)', value: `${totals.peakStreams}`, limit: `≥ 95% of ${totals.targetStreams}`, ok: totals.peakStreams >= 0.95 * totals.targetStreams },
    { name: 'event-loop delay p99 while streams are held: median interval (worst)', value: `${round(loopMedian, 2)} ms (${round(loops.at(-1) ?? Number.NaN, 2)} ms)`, limit: `≤ ${limits.loopP99Ms} ms`, ok: loopMedian <= limits.loopP99Ms },
    { name: 'failed requests', value: `${totals.failed} of ${totals.ok + totals.failed} (${round(failureRate * 100, 3)}%)`, limit: `≤ ${limits.failureRate * 100}%`, ok: failureRate <= limits.failureRate },
  ];
}

import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Pivot } from '../lib/series.js';

/** Mid-tone colours that read on light and dark backgrounds. */
export const PALETTE = ['#3b82f6', '#f59e0b', '#10b981', '#ef4444', '#8b5cf6', '#06b6d4', '#ec4899', '#84cc16', '#94a3b8'];

/** Whether the page is dark now: the system preference unless the theme picker chose one; follows changes. */
function useDark(): boolean {
  const read = () => document.documentElement.dataset.theme === 'dark' || (document.documentElement.dataset.theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  const [dark, setDark] = useState(read);
  useEffect(() => {
    const update = () => setDark(read());
    const mq = matchMedia('(prefers-color-scheme: dark)');
    mq.addEventListener('change', update);
    const mo = typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(update);
    mo?.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      mq.removeEventListener('change', update);
      mo?.disconnect();
    };
  }, []);
  return dark;
}

export interface ChartProps {
  title: string;
  data: Pivot;
  format?: (v: number) => string;
  height?: number;
  /** How the label sums a series up: counts add, latencies take the highest. */
  aggregate?: 'sum' | 'max';
}

/**
 * A time-series chart (uPlot, bundled). The figure is labelled for screen readers with the
 * series and their totals; the numbers themselves are in the table beside each chart.
 */
export function Chart({ title, data, format, height = 200, aggregate = 'sum' }: ChartProps): JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  const dark = useDark();
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const axisColor = dark ? '#cbd5e1' : '#334155';
    const grid = { stroke: dark ? '#334155' : '#e2e8f0', width: 1 };
    const fmt = format ?? ((v: number) => v.toLocaleString('en-US'));
    const opts: uPlot.Options = {
      width: Math.max(280, el.clientWidth),
      height,
      legend: { show: true },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: true } },
      axes: [
        { stroke: axisColor, grid, ticks: grid },
        { stroke: axisColor, grid, ticks: grid, size: 84, values: (_u, ticks) => ticks.map((t) => fmt(t)) },
      ],
      series: [
        { label: 'time (UTC)', value: (_u, v) => (v === null ? '—' : new Date(v * 1000).toISOString().slice(0, 16).replace('T', ' ')) },
        ...data.series.map((s, i) => ({ label: s.label, stroke: PALETTE[i % PALETTE.length], width: 2, spanGaps: false, points: { show: aggregate === 'max', size: 5 }, value: (_u: uPlot, v: number | null) => (v === null ? '—' : fmt(v)) })),
      ],
    };
    let plot: uPlot;
    try {
      plot = new uPlot(opts, [data.x, ...data.series.map((s) => s.values)] as uPlot.AlignedData, el);
    } catch {
      // No canvas here (a DOM without one): the figure keeps its label and the table its numbers.
      return;
    }
    const ro = new ResizeObserver(() => plot.setSize({ width: Math.max(280, el.clientWidth), height }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      plot.destroy();
    };
  }, [data, height, format, aggregate, dark]);
  const summary = data.series.map((s) => `${s.label} ${aggregate === 'sum' ? 'total' : 'highest'} ${(format ?? String)(s.values.reduce<number>((a, v) => (aggregate === 'sum' ? a + (v ?? 0) : Math.max(a, v ?? 0)), 0))}`).join('; ');
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <div ref={box} role="img" aria-label={`${title}. ${summary || 'No data.'}`} data-series={data.series.length} />
    </figure>
  );
}

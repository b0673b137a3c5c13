import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const DASHBOARD = resolve(import.meta.dirname, '../../server/observability/grafana/nexusflow-dashboard.json');

interface Target { refId: string; expr: string; datasource?: { uid?: string } }
interface Panel { id: number; type: string; title: string; gridPos: { x: number; y: number; w: number; h: number }; datasource?: { uid?: string }; targets?: Target[]; panels?: Panel[] }
interface Dashboard { uid: string; title: string; panels: Panel[]; templating: { list: { name: string }[] } }

const flatten = (panels: Panel[]): Panel[] => panels.flatMap((p) => [p, ...flatten(p.panels ?? [])]);

/** Metric families an expression reads; histogram series (`_bucket`, `_sum`, `_count`) count as their family. */
function referenced(expr: string, families: ReadonlySet<string>): string[] {
  return [...expr.matchAll(/\bnexusflow_[a-z0-9_]+/g)].map(([name]) => {
    const family = name.replace(/_(bucket|sum|count)$/, '');
    return families.has(family) ? family : name;
  });
}

/** Exported families no panel reads, and names panels read that are not exported. */
function coverage(dashboard: Dashboard, exported: ReadonlySet<string>): { unpanelled: string[]; unknown: string[] } {
  const used = new Set(flatten(dashboard.panels).flatMap((p) => (p.targets ?? []).flatMap((t) => referenced(t.expr, exported))));
  return { unpanelled: [...exported].filter((m) => !used.has(m)).sort(), unknown: [...used].filter((m) => !exported.has(m)).sort() };
}

/**
 * The Grafana dashboard in the repository against what a running gateway exports on /metrics:
 * every `nexusflow_` metric has a panel, and no panel queries a metric that does not exist.
 */
describe('Grafana dashboard', () => {
  let gw: TestGateway;
  let exported: Set<string>;
  const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as Dashboard;

  beforeAll(async () => {
    gw = await startTestGateway();
    const text = await (await fetch(`${gw.baseUrl}/metrics`, { headers: { authorization: `Bearer ${gw.adminToken}` } })).text();
    exported = new Set([...text.matchAll(/^# TYPE (nexusflow_\S+) \w+$/gm)].map((m) => m[1]!));
  });
  afterAll(async () => gw?.close());

  it('has a panel for every nexusflow_ metric the gateway exports, and queries no metric it does not export', () => {
    expect(exported.size).toBeGreaterThanOrEqual(14);
    expect(coverage(dashboard, exported)).toEqual({ unpanelled: [], unknown: [] });
  });

  it('the check notices a metric without a panel and a misspelt query', () => {
    const withoutHolds: Dashboard = { ...dashboard, panels: flatten(dashboard.panels).filter((p) => !(p.targets ?? []).some((t) => t.expr.includes('nexusflow_holds_outstanding'))) };
    expect(coverage(withoutHolds, exported).unpanelled).toEqual(['nexusflow_holds_outstanding']);
    const typo: Dashboard = { ...dashboard, panels: [{ id: 999, type: 'timeseries', title: 't', gridPos: { x: 0, y: 0, w: 1, h: 1 }, targets: [{ refId: 'A', expr: 'rate(nexusflow_request_total[5m])' }] }] };
    expect(coverage(typo, exported).unknown).toEqual(['nexusflow_request_total']);
  });

  it('is importable as is: unique panel ids, every query on the $datasource variable with a refId, panels inside the 24-column grid and not overlapping, balanced PromQL', () => {
    expect(dashboard.uid).toBe('nexusflow-gateway');
    expect(dashboard.templating.list.map((v) => v.name)).toEqual(['datasource', 'instance']);
    const panels = flatten(dashboard.panels);
    expect(new Set(panels.map((p) => p.id)).size).toBe(panels.length);
    for (const p of panels) {
      expect(p.gridPos.x + p.gridPos.w, p.title).toBeLessThanOrEqual(24);
      if (p.type === 'row') continue;
      expect(p.datasource?.uid, p.title).toBe('${datasource}');
      const targets = p.targets ?? [];
      expect(targets.length, p.title).toBeGreaterThan(0);
      expect(new Set(targets.map((t) => t.refId)).size, p.title).toBe(targets.length);
      for (const t of targets) {
        expect(t.expr, p.title).toContain('instance=~"$instance"');
        let depth = 0;
        for (const ch of t.expr) {
          depth += ch === '(' || ch === '{' || ch === '[' ? 1 : ch === ')' || ch === '}' || ch === ']' ? -1 : 0;
          expect(depth, `${p.title}: ${t.expr}`).toBeGreaterThanOrEqual(0);
        }
        expect(depth, `${p.title}: ${t.expr}`).toBe(0);
      }
    }
    const cells = new Set<string>();
    for (const p of panels) {
      for (let x = p.gridPos.x; x < p.gridPos.x + p.gridPos.w; x++) {
        for (let y = p.gridPos.y; y < p.gridPos.y + p.gridPos.h; y++) {
          const cell = `${x},${y}`;
          expect(cells.has(cell), `${p.title} overlaps at ${cell}`).toBe(false);
          cells.add(cell);
        }
      }
    }
  });
});

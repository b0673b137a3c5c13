/** Writes one soak run as SOAK.md (latest run, human-readable) and as JSON (every sample). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Check, Sample } from './verdict.js';

export interface SoakResult {
  when: string;
  command: string;
  machine: { cpus: number; model: string; memoryGb: number; node: string };
  settings: Record<string, string | number>;
  durationSeconds: number;
  checks: Check[];
  passed: boolean;
  totals: { streamsOk: number; requestsOk: number; failures: Record<string, number>; byProtocol: Record<string, number>; peakStreams: number };
  books: string;
  samples: Sample[];
}

export function writeSoakReport(r: SoakResult, markdownFile: string, jsonFile: string): void {
  mkdirSync(dirname(jsonFile), { recursive: true });
  writeFileSync(jsonFile, `${JSON.stringify(r, null, 2)}\n`);
  const minutes = (r.durationSeconds / 60).toFixed(1);
  const lines = [
    '# Soak',
    '',
    `Latest run of \`${r.command}\` (${r.when}): **${r.durationSeconds} s of load (${minutes} min)** on ${r.machine.cpus} × ${r.machine.model}, ${r.machine.memoryGb} GB, Node ${r.machine.node}.`,
    `Verdict: **${r.passed ? 'PASS' : 'FAIL'}**.`,
    '',
    `Settings: ${Object.entries(r.settings).map(([k, v]) => `${k}=${v}`).join(', ')}.`,
    'The gateway runs as a child process, compiled, as `npm start` starts it (`dist/server/main.js`), against the benchmark upstream (`test/bench/fake-upstream.ts`), all on this machine; the callers and the upstream share its CPUs with the gateway.',
    '',
    '| check | value | limit | ok |',
    '|---|---|---|---|',
    ...r.checks.map((c) => `| ${c.name} | ${c.value} | ${c.limit} | ${c.ok ? 'yes' : '**no**'} |`),
    '',
    `Completed: ${r.totals.streamsOk} streams and ${r.totals.requestsOk} non-streamed requests (OpenAI ${r.totals.byProtocol.openai}, Anthropic ${r.totals.byProtocol.anthropic}, Gemini ${r.totals.byProtocol.gemini}); failures: ${Object.keys(r.totals.failures).length === 0 ? 'none' : Object.entries(r.totals.failures).map(([k, v]) => `${k} × ${v}`).join(', ')}; peak streams open: ${r.totals.peakStreams}.`,
    `Books after the run: ${r.books}.`,
    '',
    '## Over time',
    '',
    'Gateway figures are from its `/metrics` (prom-client process metrics; event-loop delay over each interval); client figures over the same interval.',
    '',
    '| t (s) | phase | RSS MB | heap used MB | heap total MB | external MB | loop p99 ms | loop max ms | handles | open streams (gw) | streams open (client) | ok/s | failures |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...r.samples.map((s) => {
      const g = s.gateway;
      return `| ${s.t} | ${s.phase} | ${g.rssMb} | ${g.heapUsedMb} | ${g.heapTotalMb} | ${g.externalMb} | ${g.loopP99Ms} | ${g.loopMaxMs} | ${g.activeHandles} | ${g.openStreams} | ${s.streamsOpen} | ${s.okPerSecond} | ${s.failures} |`;
    }),
    '',
    `Every sample, as JSON: \`${jsonFile.replace(/^.*?\.cache/, '.cache')}\` (not committed).`,
    '',
  ];
  writeFileSync(markdownFile, lines.join('\n'));
}

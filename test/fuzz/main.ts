/**
 * `npm run fuzz`: the long contract-fuzzing profile (schemathesis against every spec on a live
 * gateway with the simulator behind it). Not part of `npm test`, which runs the CI profile.
 *
 *   npm run fuzz                              # LONG_PROFILE (300 examples per operation and phase)
 *   npm run fuzz -- --max-examples 1000 --seed 7 --only openai,anthropic
 *   npm run fuzz -- --profile ci              # what `npm test` runs
 *
 * Prints each spec's schemathesis report (failures come with a curl line that reproduces
 * them) and exits non-zero when any spec has a finding.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensurePythonVenv, FUZZ_ENV } from '../support/python.js';
import { startFuzzGateway } from './fuzz-gateway.js';
import { CI_PROFILE, LONG_PROFILE, runTargets, type FuzzProfile } from './schemathesis.js';
import { fuzzTargets } from './targets.js';

const { values } = parseArgs({
  options: {
    profile: { type: 'string', default: 'long' },
    'max-examples': { type: 'string' },
    seed: { type: 'string' },
    workers: { type: 'string' },
    only: { type: 'string' },
    concurrency: { type: 'string', default: '2' },
    'keep-files': { type: 'boolean', default: false },
  },
});

const profile: FuzzProfile = {
  ...(values.profile === 'ci' ? CI_PROFILE : LONG_PROFILE),
  ...(values['max-examples'] ? { maxExamples: Number(values['max-examples']), statefulExamples: Number(values['max-examples']) } : {}),
  ...(values.seed ? { seed: Number(values.seed) } : {}),
  ...(values.workers ? { workers: Number(values.workers) } : {}),
};
const concurrency = Number(values.concurrency);
const only = values.only ? new Set(values.only.split(',')) : undefined;

const python = ensurePythonVenv(FUZZ_ENV);
if (!python) {
  process.stderr.write('fuzz: python3 is required (schemathesis runs in a virtualenv under .cache/venv-fuzz)\n');
  process.exit(2);
}
const workDir = mkdtempSync(join(tmpdir(), 'nexusflow-fuzz-'));
const { gw, credentials } = await startFuzzGateway();
const summary: string[] = [];
let failed = 0;
try {
  const targets = fuzzTargets(credentials).filter((t) => !only || only.has(t.name));
  process.stdout.write(`${profile.name} profile: max-examples ${profile.maxExamples} (stateful ${profile.statefulExamples}), seed ${profile.seed}, ${concurrency} at a time\n`);
  const results = runTargets(python, targets, gw.baseUrl, profile, workDir, concurrency);
  for (const target of targets) {
    const result = await results.get(target.name)!;
    process.stdout.write(`\n=== ${target.name}\n${result.output}`);
    summary.push(`${result.ok ? 'ok  ' : 'FAIL'} ${target.name} (${result.seconds.toFixed(1)} s)`);
    if (!result.ok) failed++;
  }
} finally {
  await gw.close();
  if (!values['keep-files']) rmSync(workDir, { recursive: true, force: true });
  else process.stdout.write(`\nspec documents and configs kept in ${workDir}\n`);
}
process.stdout.write(`\n${summary.join('\n')}\n`);
process.exit(failed > 0 ? 1 : 0);

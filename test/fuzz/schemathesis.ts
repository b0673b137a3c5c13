import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fuzzableDocument } from './fuzzable-document.js';

/** `schemathesis` behind a CPython 3.11 workaround (see the file). */
const CLI = join(import.meta.dirname, 'schemathesis_cli.py');

/** How hard one run fuzzes. Same seed, same requests: a CI failure replays locally. */
export interface FuzzProfile {
  name: string;
  /** Test cases per operation in the examples and fuzzing phases (schemathesis `max-examples`). */
  maxExamples: number;
  /** Scenarios (sequences of linked calls: create → get → cancel) in the stateful phase. */
  statefulExamples: number;
  seed: number;
  /** Concurrent requests per spec; the coverage phase sends thousands of small ones. */
  workers: number;
}

/** Inside `npm test` (test/fuzz/contract-fuzz.test.ts): a few seconds per spec on 2 cores. */
export const CI_PROFILE: FuzzProfile = { name: 'ci', maxExamples: 8, statefulExamples: 16, seed: 20_251_111, workers: 2 };
/** `npm run fuzz`: minutes, not seconds. */
export const LONG_PROFILE: FuzzProfile = { name: 'long', maxExamples: 300, statefulExamples: 300, seed: 20_251_111, workers: 2 };

/**
 * What must hold for every response. Left out, on purpose:
 * - positive_data_acceptance: a schema-valid request can still be refused for reasons no
 *   schema states (a model that does not serve this protocol or kind, an empty embedding
 *   input, a task id that was never issued). Those answers are documented 4xx statuses, which
 *   status_code_conformance and response_schema_conformance still check.
 * - unsupported_method / allow_header_conformance: an undeclared method (TRACE, QUERY) is an
 *   unknown endpoint, answered 404 in the protocol's error shape like any other; the specs
 *   promise nothing about 405.
 * - object_level_authorization: needs a second account's credentials per spec; tenant
 *   isolation is covered by the admin and tasks suites.
 * - max_response_time: the simulator answers at once; latency is benchmarked elsewhere.
 */
export const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_headers_conformance',
  'response_schema_conformance',
  'negative_data_rejection',
  'missing_required_header',
  'ignored_auth',
  'use_after_free',
  'ensure_resource_availability',
] as const;

/** Per-operation settings written into the run's schemathesis.toml `[[operations]]`. */
export interface OperationSettings {
  operationId: string;
  /** Fixed parameter values, e.g. a real signed file URL's `file_id`, `expires` and `sig`. */
  parameters?: Record<string, string | number>;
}

export interface FuzzTarget {
  /** Label in reports and file names. */
  name: string;
  /** The OpenAPI document as generated (generated/<spec>/document.gen.ts). */
  document: Record<string, unknown>;
  headers: Record<string, string>;
  /** Runs alone, after every other target: its requests change what the others rely on. */
  runsLast?: boolean;
  /** positive: schema-valid requests only (e.g. a pass with real, fixed parameters). */
  mode?: 'all' | 'positive' | 'negative';
  /** Phases to run (default all: examples, coverage, fuzzing, stateful). */
  phases?: readonly ('examples' | 'coverage' | 'fuzzing' | 'stateful')[];
  /** Checks switched off for this spec; say why next to it. */
  disabledChecks?: readonly (typeof CHECKS)[number][];
  operations?: OperationSettings[];
}

export interface FuzzResult {
  target: string;
  ok: boolean;
  exitCode: number | null;
  seconds: number;
  /** Schemathesis' own report: failures with a reproducing curl line each. */
  output: string;
}

/**
 * Runs `schemathesis run` for one spec against a listening gateway. Writes the fuzzable
 * document and a config file under `workDir`; every failure (any check, any phase, an
 * error schemathesis hits itself) makes `ok` false.
 */
export async function runSchemathesis(python: string, target: FuzzTarget, baseUrl: string, profile: FuzzProfile, workDir: string): Promise<FuzzResult> {
  mkdirSync(workDir, { recursive: true });
  const specFile = join(workDir, `${target.name}.openapi.json`);
  const configFile = join(workDir, `${target.name}.schemathesis.toml`);
  writeFileSync(specFile, JSON.stringify(fuzzableDocument(target.document), null, 1));
  writeFileSync(configFile, configToml(target, profile));
  const args = [
    '--config-file', configFile,
    'run', specFile,
    '--url', baseUrl,
    // On the command line: in the config file, schemathesis' default list would win over it.
    '--checks', CHECKS.filter((c) => !target.disabledChecks?.includes(c)).join(','),
    ...(target.phases ? ['--phases', target.phases.join(',')] : []),
    '--request-timeout', '20',
    '--no-color',
    '--output-truncate', 'true',
  ];
  const started = Date.now();
  const { code, output } = await new Promise<{ code: number | null; output: string }>((done) => {
    const child = spawn(python, [CLI, ...args], { cwd: workDir, env: { ...process.env, NO_COLOR: '1', PYTHONUNBUFFERED: '1' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (c) => done({ code: c, output: out }));
  });
  return { target: target.name, ok: code === 0, exitCode: code, seconds: (Date.now() - started) / 1000, output };
}

/**
 * The run's schemathesis.toml. Generation settings live here rather than on the command line,
 * where they would override the stateful phase's own example count.
 */
function configToml(target: FuzzTarget, profile: FuzzProfile): string {
  const lines: string[] = [
    `seed = ${profile.seed}`,
    `workers = ${profile.workers}`,
    `headers = ${inlineTable(target.headers)}`,
    `generation.mode = ${tomlString(target.mode ?? 'all')}`,
    `generation.max-examples = ${profile.maxExamples}`,
    // No example database: a run depends on its seed only, and leaves nothing in the tree.
    'generation.database = "none"',
    `phases.stateful.generation.max-examples = ${profile.statefulExamples}`,
    '',
  ];
  for (const op of target.operations ?? []) {
    lines.push('[[operations]]', `include-operation-id = ${tomlString(op.operationId)}`);
    if (op.parameters) lines.push(`parameters = ${inlineTable(op.parameters)}`);
    lines.push('');
  }
  return lines.join('\n');
}

function inlineTable(values: Record<string, string | number>): string {
  return `{ ${Object.entries(values).map(([k, v]) => `${tomlString(k)} = ${typeof v === 'number' ? String(v) : tomlString(v)}`).join(', ')} }`;
}

/** A TOML basic string: JSON's escaping is a valid subset. */
function tomlString(s: string): string {
  return JSON.stringify(s);
}

/**
 * Runs every target, `concurrency` schemathesis processes at a time (generating requests is
 * CPU-bound Python; the gateway under test is mostly idle), `runsLast` ones after all others.
 * Returns one promise per target name, so callers can report each one as it ends.
 */
export function runTargets(
  python: string, targets: readonly FuzzTarget[], baseUrl: string, profile: FuzzProfile, workDir: string, concurrency: number,
): Map<string, Promise<FuzzResult>> {
  const starters = new Map<string, () => void>();
  const results = new Map<string, Promise<FuzzResult>>();
  for (const t of targets) {
    results.set(t.name, new Promise<FuzzResult>((resolve) => {
      starters.set(t.name, () => resolve(runSchemathesis(python, t, baseUrl, profile, workDir)));
    }));
  }
  const runOne = async (t: FuzzTarget): Promise<void> => {
    starters.get(t.name)?.();
    await results.get(t.name);
  };
  const queue = targets.filter((t) => !t.runsLast);
  const lanes = Array.from({ length: Math.max(1, concurrency) }, async () => {
    for (let t = queue.shift(); t; t = queue.shift()) await runOne(t);
  });
  void Promise.all(lanes).then(async () => {
    for (const t of targets.filter((x) => x.runsLast)) await runOne(t);
  });
  return results;
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePythonVenv, FUZZ_ENV } from '../support/python.js';
import { startFuzzGateway, type FuzzGateway } from './fuzz-gateway.js';
import { CI_PROFILE, runTargets, type FuzzResult } from './schemathesis.js';
import { fuzzTargets } from './targets.js';

/**
 * Contract fuzzing, CI profile: schemathesis generates valid and invalid requests (and linked
 * sequences: create → get → cancel) for every spec we serve, against a live gateway with the
 * simulator behind it, and fails on any 5xx, any response our own spec does not allow, or any
 * crash. A failure's message is schemathesis' report, with a curl line that reproduces it.
 * The longer profile is `npm run fuzz` (test/fuzz/main.ts).
 */
const TARGETS = fuzzTargets({ apiKey: '', adminToken: '', signedFile: { file_id: '', expires: 0, sig: '' } }).map((t) => t.name);

describe(`contract fuzzing (schemathesis, ${CI_PROFILE.name} profile, seed ${CI_PROFILE.seed})`, () => {
  let fuzz: FuzzGateway | undefined;
  let python: string | undefined;
  let workDir: string | undefined;
  let results = new Map<string, Promise<FuzzResult>>();

  beforeAll(async () => {
    python = ensurePythonVenv(FUZZ_ENV);
    if (!python) return;
    fuzz = await startFuzzGateway();
    workDir = mkdtempSync(join(tmpdir(), 'nexusflow-fuzz-'));
    results = runTargets(python, fuzzTargets(fuzz.credentials), fuzz.gw.baseUrl, CI_PROFILE, workDir, 2);
  }, 600_000);
  afterAll(async () => {
    // Every run must have ended before the gateway goes away (a failed `it` does not wait for the rest).
    await Promise.all(results.values());
    await fuzz?.gw.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  }, 300_000);

  for (const name of TARGETS) {
    it(`${name}: no server error, every response as the spec says`, async () => {
      if (!python) {
        if (process.env.CI) throw new Error('python3 is required in CI for contract fuzzing');
        console.warn('python3 not found: skipping contract fuzzing');
        return;
      }
      const result = await results.get(name);
      expect(result, `no schemathesis run for ${name}`).toBeDefined();
      expect(result!.ok, `schemathesis found problems in the ${name} spec (exit ${result!.exitCode}):\n${result!.output}`).toBe(true);
    }, 300_000);
  }
});

import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const VENV = join(ROOT, '.cache', 'venv');
const REQUIREMENTS = join(ROOT, 'test', 'python', 'requirements.txt');

/**
 * A virtualenv with the official Python SDKs (test/python/requirements.txt), created or updated
 * when the requirements change. Returns its python, or undefined when python3 is not installed.
 */
export function ensurePythonVenv(): string | undefined {
  const python = join(VENV, 'bin', 'python');
  const want = createHash('sha256').update(readFileSync(REQUIREMENTS)).digest('hex');
  const stamp = join(VENV, '.requirements-sha256');
  if (existsSync(python) && existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return python;
  if (spawnSync('python3', ['--version']).status !== 0) return undefined;
  if (!existsSync(python)) execFileSync('python3', ['-m', 'venv', VENV], { stdio: 'inherit' });
  execFileSync(python, ['-m', 'pip', 'install', '--disable-pip-version-check', '-q', '-r', REQUIREMENTS], { stdio: 'inherit' });
  writeFileSync(stamp, want);
  return python;
}

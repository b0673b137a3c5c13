import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** A virtualenv under .cache/ and the pinned requirements file it is built from. */
export interface PythonEnv {
  venv: string;
  requirements: string;
}

/** The official Python SDKs and pytest (test/python). */
export const SDK_ENV: PythonEnv = { venv: join(ROOT, '.cache', 'venv'), requirements: join(ROOT, 'test', 'python', 'requirements.txt') };
/**
 * Schemathesis (test/fuzz). Its own virtualenv: it pins its own hypothesis/requests stack and
 * registers a pytest plugin, neither of which should leak into the SDK suite.
 */
export const FUZZ_ENV: PythonEnv = { venv: join(ROOT, '.cache', 'venv-fuzz'), requirements: join(ROOT, 'test', 'fuzz', 'requirements.txt') };
/** hadolint and docker compose (test/deploy): the image and compose files, checked without a container engine. */
export const DEPLOY_ENV: PythonEnv = { venv: join(ROOT, '.cache', 'venv-deploy'), requirements: join(ROOT, 'test', 'deploy', 'requirements.txt') };
/** aider (test/clients/aider.test.ts): it pins its own openai and litellm, so it gets its own virtualenv. */
export const AIDER_ENV: PythonEnv = { venv: join(ROOT, '.cache', 'venv-aider'), requirements: join(ROOT, 'test', 'clients', 'aider', 'requirements.txt') };
export const VENV = SDK_ENV.venv;

/**
 * A virtualenv with the given requirements (default: the SDKs), created or updated when the
 * requirements change. Returns its python, or undefined when python3 is not installed.
 */
export function ensurePythonVenv(env: PythonEnv = SDK_ENV): string | undefined {
  const python = join(env.venv, 'bin', 'python');
  const want = createHash('sha256').update(readFileSync(env.requirements)).digest('hex');
  const stamp = join(env.venv, '.requirements-sha256');
  if (existsSync(python) && existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return python;
  if (spawnSync('python3', ['--version']).status !== 0) return undefined;
  if (!existsSync(python)) execFileSync('python3', ['-m', 'venv', env.venv], { stdio: 'inherit' });
  execFileSync(python, ['-m', 'pip', 'install', '--disable-pip-version-check', '-q', '-r', env.requirements], { stdio: 'inherit' });
  writeFileSync(stamp, want);
  return python;
}

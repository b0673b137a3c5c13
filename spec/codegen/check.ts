/**
 * `npm run generate:check` (CI): regenerate, then fail if generated/ differs from what git
 * has (a changed or deleted file) or holds files git does not know (a new one). The fix is
 * always `npm run generate` and committing the result.
 */
import { spawnSync } from 'node:child_process';
import { generate, REPO_ROOT } from './main.js';

function git(args: string[]): { status: number; stdout: string } {
  const r = spawnSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.error) throw r.error;
  return { status: r.status ?? 1, stdout: r.stdout };
}

const { total } = await generate();
const diff = git(['diff', '--exit-code', '--stat', '--', 'generated/']);
const untracked = git(['ls-files', '--others', '--exclude-standard', '--', 'generated/']).stdout.trim();

let failed = false;
if (diff.status !== 0) {
  failed = true;
  console.error(`generated/ is out of date with the specs:\n${diff.stdout}`);
}
if (untracked !== '') {
  failed = true;
  console.error(`generated/ has files git does not track:\n${untracked}`);
}
if (failed) {
  console.error('Run `npm run generate` and commit generated/.');
  process.exitCode = 1;
} else {
  console.log(`generate:check: ${total} generated files match git.`);
}

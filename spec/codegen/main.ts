/**
 * `npm run generate`: every spec source → IR → plugins → generated/. Deterministic: the same
 * specs and lockfile give byte-identical output (see `npm run generate:check`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpecs, runPlugins, writeOutput } from './generate.js';
import { defaultPlugins } from './plugins/index.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function generate(root = REPO_ROOT): Promise<{ written: string[]; deleted: string[]; total: number }> {
  const specs = await loadSpecs(root);
  const files = await runPlugins({ root, specs, plugins: defaultPlugins() });
  const result = await writeOutput(root, files);
  return { ...result, total: files.length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  generate().then(
    ({ written, deleted, total }) => {
      for (const f of written) console.log(`wrote   ${f}`);
      for (const f of deleted) console.log(`deleted ${f}`);
      console.log(`generate: ${total} files, ${written.length} written, ${deleted.length} deleted`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}

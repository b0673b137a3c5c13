/**
 * The files `tsc -p tsconfig.build.json` does not emit but the compiled server needs: the
 * generated validators (plain JavaScript, ajv standalone code), the vendored browser assets
 * (vendor/) and package.json (read for the
 * version, and `"type": "module"` for dist/ on its own). Run by `npm run build`.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, process.argv[2] ?? 'dist');

function* everything(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* everything(path);
    else yield path;
  }
}

const javascript = (dir: string): string[] => [...everything(dir)].filter((p) => p.endsWith('.js') && !p.includes('.test.'));

let copied = 0;
// Browser assets served by the gateway (vendor/README.md) go along as they are.
for (const file of [...javascript(join(ROOT, 'generated')), ...everything(join(ROOT, 'vendor')), join(ROOT, 'package.json')]) {
  const target = join(OUT, relative(ROOT, file));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(file, target);
  copied++;
}
process.stdout.write(`build: ${copied} files copied beside the compiled server in ${relative(ROOT, OUT) || '.'}\n`);

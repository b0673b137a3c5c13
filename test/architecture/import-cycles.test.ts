import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SERVER = resolve(import.meta.dirname, '../../server');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Relative imports and re-exports of a file, `import type` included, as absolute .ts paths. */
function importsOf(file: string, known: Set<string>): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s+'(\.[^']+)'/gm)) {
    const target = resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts'));
    if (known.has(target)) out.push(target);
  }
  // Dynamic imports load modules too.
  for (const m of src.matchAll(/import\('(\.[^']+)'\)/g)) {
    const target = resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts'));
    if (known.has(target)) out.push(target);
  }
  return out;
}

/** Every cycle found by a depth-first walk, as module paths relative to server/. */
function importCycles(files: string[]): string[][] {
  const known = new Set(files);
  const graph = new Map(files.map((f) => [f, importsOf(f, known)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (n: string): void => {
    state.set(n, 'open');
    stack.push(n);
    for (const d of graph.get(n) ?? []) {
      if (state.get(d) === 'open') cycles.push([...stack.slice(stack.indexOf(d)), d].map((x) => relative(SERVER, x)));
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return cycles;
}

/**
 * #14: billing used to import the whole services bag (pipeline/services.ts), which closed an
 * import cycle through tasks/. No module of server/ may reach itself through its imports (type
 * imports included: they are how such couplings start).
 */
describe('server/ has no import cycle', () => {
  it('finds none', () => {
    expect(importCycles(sources(SERVER))).toEqual([]);
  });

  it('sees a cycle when there is one, through type imports too (the walker itself works)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nexusflow-cycles-'));
    try {
      writeFileSync(join(dir, 'a.ts'), "import { b } from './b.js';\nexport const a = b;\n");
      writeFileSync(join(dir, 'b.ts'), "import type {\n  C,\n} from './c.js';\nexport const b = 1;\n");
      writeFileSync(join(dir, 'c.ts'), "export type C = number;\nexport const c = () => import('./a.js');\n");
      const cycles = importCycles(['a.ts', 'b.ts', 'c.ts'].map((f) => join(dir, f)));
      expect(cycles).toHaveLength(1);
      expect(cycles[0]!.map((p) => p.split('/').at(-1))).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

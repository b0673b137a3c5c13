import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpecs, runPlugins, writeOutput } from '../../spec/codegen/generate.js';
import { defaultPlugins } from '../../spec/codegen/plugins/index.js';
import { loadFixture, removeScratch, ROOT } from './helpers.js';

function listFiles(dir: string, prefix: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}/${e.name}`) : [`${prefix}/${e.name}`],
  );
}

describe('generate', () => {
  it('generated/ is exactly what the specs produce (run `npm run generate` if this fails)', async () => {
    const files = await runPlugins({ root: ROOT, specs: await loadSpecs(ROOT), plugins: defaultPlugins() });
    const onDisk = listFiles(path.join(ROOT, 'generated'), 'generated').sort();
    expect(onDisk).toEqual(files.map((f) => f.path));
    for (const f of files) expect(readFileSync(path.join(ROOT, f.path), 'utf8'), f.path).toBe(f.contents);
  });

  it('is deterministic and heads every file with its origin', async () => {
    const specs = [loadFixture('colon-path'), loadFixture('event-stream')];
    const first = await runPlugins({ root: ROOT, specs, plugins: defaultPlugins() });
    const second = await runPlugins({ root: ROOT, specs, plugins: defaultPlugins() });
    expect(second).toEqual(first);
    for (const f of first) {
      // JSON cannot hold a comment: JSON outputs say it in their top-level description.
      if (f.path.endsWith('.json')) expect((JSON.parse(f.contents) as { description?: string }).description, f.path).toMatch(/^Generated from \S.* by spec\/codegen — do not edit\.$/);
      else expect(f.contents, f.path).toMatch(/^\/\/ Generated from \S.* by spec\/codegen — do not edit\.\n/);
      expect(f.contents.endsWith('\n') && !f.contents.endsWith('\n\n'), f.path).toBe(true);
      expect(f.contents, f.path).not.toMatch(/\r|[ \t]+\n/);
    }
    const paths = first.map((f) => f.path);
    for (const spec of ['colon-path', 'event-stream']) {
      for (const name of ['types.gen.ts', 'validators.gen.js', 'validators.gen.d.ts', 'routes.gen.ts', 'document.gen.ts', 'conformance.gen.test.ts']) {
        expect(paths).toContain(`generated/${spec}/${name}`);
      }
      expect(paths).toContain(`generated/client/${spec}/sdk.gen.ts`);
    }
    expect(paths).toContain('generated/runtime.gen.ts');
    expect(paths).toContain('generated/conformance.gen.ts');
    expect(paths).toContain('generated/colon-path/validators-params.gen.js');
    expect(paths).not.toContain('generated/event-stream/validators-params.gen.js');
  });

  it('writeOutput makes the folder equal to the output set', async () => {
    const root = path.join(ROOT, '.cache', 'codegen-test', `write-${process.pid}`);
    try {
      mkdirSync(path.join(root, 'out/old'), { recursive: true });
      writeFileSync(path.join(root, 'out/old/stale.gen.ts'), 'stale\n');
      writeFileSync(path.join(root, 'out/same.gen.ts'), 'same\n');
      const result = await writeOutput(root, [
        { path: 'out/same.gen.ts', contents: 'same\n' },
        { path: 'out/new/fresh.gen.ts', contents: 'fresh\n' },
      ], 'out');
      expect(result).toEqual({ written: ['out/new/fresh.gen.ts'], deleted: ['out/old/stale.gen.ts'] });
      expect(listFiles(path.join(root, 'out'), 'out').sort()).toEqual(['out/new/fresh.gen.ts', 'out/same.gen.ts']);
    } finally {
      removeScratch(root);
    }
  });

  it('rejects output outside generated/ and two plugins writing one file', async () => {
    const spec = loadFixture('no-body');
    await expect(runPlugins({ root: ROOT, specs: [spec], plugins: [{ name: 'x', finish: (ctx) => ctx.emit({ path: 'server/x.ts', contents: '' }) }] })).rejects.toThrow(/outside generated/);
    const twice = { name: 'y', spec: (_: unknown, ctx: { emit(f: { path: string; contents: string }): void }) => ctx.emit({ path: 'generated/a.ts', contents: '' }) };
    await expect(runPlugins({ root: ROOT, specs: [spec, loadFixture('query-param')], plugins: [twice] })).rejects.toThrow(/two plugins emit/);
  });
});

/**
 * parse → IR → plugins → output set → disk. `runPlugins` is pure (in-memory) so tests can
 * run any plugin on a fixture spec; `writeOutput` makes `generated/` exactly equal to the
 * output set (stale files from removed specs or operations are deleted).
 */
import { mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SpecIR } from './ir.js';
import { loadSpec } from './parse.js';
import { orderPlugins, SymbolTable, type GeneratedFile, type Plugin, type PluginContext } from './plugin.js';
import { listSpecSources, type SpecSourceProvider } from './sources.js';

export const DEFAULT_OUT_DIR = 'generated';

export interface RunOptions {
  root: string;
  specs: readonly SpecIR[];
  plugins: readonly Plugin[];
  outDir?: string;
}

export async function runPlugins(options: RunOptions): Promise<GeneratedFile[]> {
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  const files = new Map<string, GeneratedFile>();
  const ctx: PluginContext = {
    root: options.root,
    outDir,
    specs: options.specs,
    symbols: new SymbolTable(),
    emit(file) {
      if (!file.path.startsWith(`${outDir}/`)) throw new Error(`plugin output ${file.path} is outside ${outDir}/`);
      if (files.has(file.path)) throw new Error(`two plugins emit ${file.path}`);
      files.set(file.path, { path: file.path, contents: normalize(file.contents) });
    },
  };
  for (const plugin of orderPlugins(options.plugins)) {
    for (const spec of options.specs) await plugin.spec?.(spec, ctx);
    await plugin.finish?.(ctx);
  }
  return [...files.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** LF line endings, no trailing whitespace at line ends, exactly one final newline. */
function normalize(contents: string): string {
  return `${contents.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/\n*$/, '')}\n`;
}

export async function loadSpecs(root: string, providers?: readonly SpecSourceProvider[]): Promise<SpecIR[]> {
  const sources = await listSpecSources(root, providers);
  return Promise.all(sources.map(loadSpec));
}

/** Writes the output set and deletes every other file under `outDir`. Returns what changed. */
export async function writeOutput(root: string, files: readonly GeneratedFile[], outDir = DEFAULT_OUT_DIR): Promise<{ written: string[]; deleted: string[] }> {
  const wanted = new Map(files.map((f) => [f.path, f.contents]));
  const written: string[] = [];
  const deleted: string[] = [];
  for (const existing of await listFiles(root, outDir)) {
    if (!wanted.has(existing)) {
      await rm(path.join(root, existing));
      deleted.push(existing);
    }
  }
  for (const [file, contents] of wanted) {
    const abs = path.join(root, file);
    const current = await readFile(abs, 'utf8').catch(() => undefined);
    if (current === contents) continue;
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, contents);
    written.push(file);
  }
  await removeEmptyDirs(path.join(root, outDir), true);
  return { written, deleted };
}

async function listFiles(root: string, dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...(await listFiles(root, rel)));
    else out.push(rel);
  }
  return out;
}

async function removeEmptyDirs(abs: string, keep: boolean): Promise<void> {
  let entries;
  try {
    entries = await readdir(abs, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) if (e.isDirectory()) await removeEmptyDirs(path.join(abs, e.name), false);
  if (!keep && (await readdir(abs)).length === 0) await rmdir(abs);
}

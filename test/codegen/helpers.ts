/** Shared helpers for generator tests: load a fixture spec, run plugins, put output on disk. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPlugins } from '../../spec/codegen/generate.js';
import type { SpecIR } from '../../spec/codegen/ir.js';
import { parseSpec } from '../../spec/codegen/parse.js';
import type { GeneratedFile, Plugin } from '../../spec/codegen/plugin.js';
import { parseDocumentText } from '../../spec/codegen/sources.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function loadFixture(name: string): SpecIR {
  const file = `test/codegen/fixtures/${name}.yaml`;
  return parseSpec({ name, origin: file }, parseDocumentText(readFileSync(path.join(ROOT, file), 'utf8'), file));
}

export function loadOpenAiSpec(): SpecIR {
  const file = 'spec/openapi/openai.yaml';
  return parseSpec({ name: 'openai', origin: file }, parseDocumentText(readFileSync(path.join(ROOT, file), 'utf8'), file));
}

export async function generateFiles(specs: SpecIR[], plugins: Plugin[]): Promise<Map<string, string>> {
  const files = await runPlugins({ root: ROOT, specs, plugins });
  return new Map(files.map((f: GeneratedFile) => [f.path, f.contents]));
}

export function file(files: Map<string, string>, name: string): string {
  const contents = files.get(name);
  if (contents === undefined) throw new Error(`not generated: ${name} (have ${[...files.keys()].join(', ')})`);
  return contents;
}

/**
 * Writes generated files under `.cache/codegen-test/<label>/` (inside the repository, so
 * `ajv` resolves from node_modules) and returns that folder's absolute path.
 */
export function writeToScratch(label: string, files: Map<string, string>): string {
  const dir = path.join(ROOT, '.cache', 'codegen-test', `${label}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  for (const [rel, contents] of files) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, contents);
  }
  return dir;
}

export function removeScratch(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Where specs come from. The generator does not care how a document was produced: a
 * hand-written YAML file, a JSON file emitted by another step, or an object built in
 * memory (the zod-authored native API). Each provider returns `SpecSource`s; `parse.ts`
 * turns each into a `SpecIR`, and every plugin runs on every spec the same way.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';

export interface SpecSource {
  /** Naming stem: output folder `generated/<name>/`, `<Name>Operations`, `<name>Routes`. */
  name: string;
  /** Repository-relative origin, quoted in every output header. */
  origin: string;
  /** Returns the OpenAPI 3.1 document as a plain object. */
  load(): Promise<unknown>;
}

/** Given the repository root, lists spec sources. */
export type SpecSourceProvider = (root: string) => Promise<SpecSource[]>;

const DOCUMENT_FILE = /\.(ya?ml|json)$/;

/**
 * Every `*.yaml`, `*.yml` and `*.json` file of a directory; the spec name is the file stem.
 * With `optional`, a missing directory yields no specs instead of an error.
 */
export function openApiDirectory(dir: string, options: { optional?: boolean } = {}): SpecSourceProvider {
  return async (root) => {
    let entries: string[];
    try {
      entries = await readdir(path.join(root, dir));
    } catch (error) {
      if (options.optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return entries
      .filter((file) => DOCUMENT_FILE.test(file))
      .sort()
      .map((file) => ({
        name: file.replace(DOCUMENT_FILE, ''),
        origin: `${dir}/${file}`,
        load: async () => parseDocumentText(await readFile(path.join(root, dir, file), 'utf8'), `${dir}/${file}`),
      }));
  };
}

/** A document built in memory, e.g. `generateOpenApiDocument()` from zod-to-openapi. */
export function inMemoryDocument(source: SpecSource): SpecSourceProvider {
  return async () => [source];
}

export function parseDocumentText(text: string, origin: string): unknown {
  try {
    if (origin.endsWith('.json')) return JSON.parse(text) as unknown;
    // `uniqueKeys` rejects a mapping that repeats a key; plain YAML would keep the last one silently.
    return parseYaml(text, { uniqueKeys: true, prettyErrors: true }) as unknown;
  } catch (error) {
    throw new Error(`${origin}: ${(error as Error).message}`, { cause: error });
  }
}

const ZOD_SPEC_MODULE = /\.spec\.ts$/;

/**
 * The native API, authored in zod: every `<dir>/<name>.spec.ts` module exports
 * `buildOpenApiDocument()` (zod-to-openapi); the spec name is `<name>`. The server imports the
 * same zod schemas, so REST (generated validators) and tRPC (zod) validate alike.
 */
export function zodSpecModules(dir: string): SpecSourceProvider {
  return async (root) => {
    let entries: string[];
    try {
      entries = await readdir(path.join(root, dir));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return entries
      .filter((file) => ZOD_SPEC_MODULE.test(file))
      .sort()
      .map((file) => ({
        name: file.replace(ZOD_SPEC_MODULE, ''),
        origin: `${dir}/${file}`,
        load: async () => {
          const mod = (await import(pathToFileURL(path.join(root, dir, file)).href)) as { buildOpenApiDocument?: () => unknown };
          if (typeof mod.buildOpenApiDocument !== 'function') throw new Error(`${dir}/${file} must export buildOpenApiDocument()`);
          return mod.buildOpenApiDocument();
        },
      }));
  };
}

/**
 * The spec sources of this repository: the compatible wire formats (hand-written YAML), the
 * native API (zod modules), and JSON documents another step may emit. Each document carries
 * `info.x-nexusflow-protocol`.
 */
export const specSources: readonly SpecSourceProvider[] = [
  openApiDirectory('spec/openapi'),
  zodSpecModules('spec/native'),
  openApiDirectory('spec/native/openapi', { optional: true }),
];

/** Folder names under generated/ that are not specs. */
const RESERVED_NAMES = new Set(['client', 'runtime', 'config']);

/** Runs the providers and checks that names are unique; sorted by name for stable output. */
export async function listSpecSources(root: string, providers: readonly SpecSourceProvider[] = specSources): Promise<SpecSource[]> {
  const all = (await Promise.all(providers.map((p) => p(root)))).flat();
  const seen = new Map<string, string>();
  for (const s of all) {
    const previous = seen.get(s.name);
    if (previous !== undefined) throw new Error(`two specs are named '${s.name}': ${previous} and ${s.origin}`);
    if (!/^[a-z][a-z0-9-]*$/.test(s.name)) throw new Error(`spec name '${s.name}' (${s.origin}) must be lower-case kebab-case`);
    if (RESERVED_NAMES.has(s.name)) throw new Error(`spec name '${s.name}' (${s.origin}) is reserved for generator output`);
    seen.set(s.name, s.origin);
  }
  return all.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

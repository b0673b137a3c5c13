/**
 * The plugin contract. A plugin reads the IR, emits files into an in-memory output set, and
 * publishes the symbols it exports; plugins that build on another find its output through
 * the symbol table (e.g. the routes plugin imports whatever file exports the body validator
 * of an operation), never through a hard-coded file name.
 */
import path from 'node:path';
import type { SpecIR } from './ir.js';

export interface GeneratedFile {
  /** Repository-relative POSIX path, e.g. `generated/openai/routes.gen.ts`. */
  path: string;
  contents: string;
}

/** Where an exported symbol lives. */
export interface SymbolRef {
  /** Repository-relative path of the module a consumer imports. */
  file: string;
  /** The exported name. */
  name: string;
}

/**
 * Symbol keys are strings built by the helpers in `symbols` below, so producers and
 * consumers agree on them without importing each other.
 */
export const symbolKey = {
  /** The TS type of a component schema. */
  schemaType: (spec: string, schema: string) => `${spec}:type:${schema}`,
  /** openapi-typescript's `paths` / `components` / `operations` export. */
  typesRoot: (spec: string, name: 'paths' | 'components' | 'operations') => `${spec}:types:${name}`,
  /** A `Validator` for one part of an operation's request. */
  validator: (spec: string, operationId: string, part: 'body' | 'query' | 'params') => `${spec}:validator:${operationId}:${part}`,
  /** A shared runtime export (`Validator`, `RouteDef`, `notImplemented`…). */
  runtime: (name: string) => `runtime:${name}`,
  /** The generated SDK module of a spec. */
  sdk: (spec: string) => `${spec}:sdk`,
  /** The parsed OpenAPI document constant. */
  document: (spec: string) => `${spec}:document`,
  /** The `<Spec>Operations` interface. */
  operations: (spec: string) => `${spec}:operations`,
};

export class SymbolTable {
  readonly #symbols = new Map<string, SymbolRef>();

  register(key: string, ref: SymbolRef): void {
    const existing = this.#symbols.get(key);
    if (existing && (existing.file !== ref.file || existing.name !== ref.name)) {
      throw new Error(`symbol ${key} registered twice (${existing.file}#${existing.name}, ${ref.file}#${ref.name})`);
    }
    this.#symbols.set(key, ref);
  }

  find(key: string): SymbolRef | undefined {
    return this.#symbols.get(key);
  }

  get(key: string): SymbolRef {
    const ref = this.#symbols.get(key);
    if (!ref) throw new Error(`no plugin exported symbol ${key}; check plugin order and dependsOn`);
    return ref;
  }
}

export interface PluginContext {
  /** Absolute repository root. */
  readonly root: string;
  /** Repository-relative output folder, `generated`. */
  readonly outDir: string;
  readonly specs: readonly SpecIR[];
  readonly symbols: SymbolTable;
  /** Adds a file to the output; paths must be under `outDir` and unique. */
  emit(file: GeneratedFile): void;
}

export interface Plugin {
  readonly name: string;
  /** Plugins whose symbols this one uses; they run first. */
  readonly dependsOn?: readonly string[];
  /** Called once per spec, in spec-name order. */
  spec?(spec: SpecIR, ctx: PluginContext): void | Promise<void>;
  /** Called once after every spec, for shared output. */
  finish?(ctx: PluginContext): void | Promise<void>;
}

/** `// Generated from <origin> by spec/codegen — do not edit.` */
export function header(origins: string | readonly string[]): string {
  const list = typeof origins === 'string' ? origins : origins.join(', ');
  return `// Generated from ${list} by spec/codegen — do not edit.`;
}

/**
 * The specifier to import `to` from `from` (both repository-relative). `.ts` becomes `.js`
 * as NodeNext resolution wants; `.d.ts`-backed `.js` files keep `.js`.
 */
export function importSpecifier(from: string, to: string): string {
  let rel = path.posix.relative(path.posix.dirname(from), to);
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return rel.replace(/\.ts$/, '.js');
}

/** Orders plugins so that every plugin runs after the ones it depends on. */
export function orderPlugins(plugins: readonly Plugin[]): Plugin[] {
  const byName = new Map(plugins.map((p) => [p.name, p]));
  const ordered: Plugin[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (p: Plugin): void => {
    const s = state.get(p.name);
    if (s === 'done') return;
    if (s === 'visiting') throw new Error(`plugin dependency cycle at ${p.name}`);
    state.set(p.name, 'visiting');
    for (const dep of p.dependsOn ?? []) {
      const d = byName.get(dep);
      if (!d) throw new Error(`plugin ${p.name} depends on ${dep}, which is not enabled`);
      visit(d);
    }
    state.set(p.name, 'done');
    ordered.push(p);
  };
  plugins.forEach(visit);
  return ordered;
}

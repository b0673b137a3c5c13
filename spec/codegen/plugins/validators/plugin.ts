/**
 * validators: Ajv standalone code, compiled here at generate time (never at request time).
 *
 * - `generated/<spec>/validators.gen.js` exports `validate<OperationId>Body|Query|Params`
 *   as `Validator`s (runtime.gen.ts): null when valid, else issues in OpenAI `param` style.
 * - `generated/<spec>/validators.gen.d.ts` types them for TS consumers.
 * - `generated/<spec>/validators-params.gen.js` (only when a spec has path/query
 *   parameters) holds the raw query/params validators, compiled by a second Ajv instance
 *   with `coerceTypes: 'array'`: query strings and path segments arrive as strings, so they
 *   are coerced IN PLACE to the schema's types (`?limit=20` → 20). Bodies are never coerced.
 *
 * Only operations that have a body / query parameters / path parameters get the matching
 * validator. Ajv: JSON Schema 2020-12 (Ajv2020), ajv-formats, strict mode (typos in a spec
 * fail generation), union types allowed, allErrors off. Ajv's CommonJS `require()`s of its
 * runtime helpers are rewritten into ESM imports of the same files (ajv and ajv-formats are
 * production dependencies).
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';
import type { JsonSchema, OperationIR, ParameterIR, SpecIR } from '../../ir.js';
import { validatorName, type RequestPart } from '../../naming.js';
import { header, importSpecifier, symbolKey, type Plugin, type PluginContext } from '../../plugin.js';
import { toAjvSchema, type TransformContext } from './transform.js';

// ajv-formats is CommonJS with `exports.default`; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv2020,
) => Ajv2020;
const generateStandalone = ((standaloneCode as unknown as { default?: typeof standaloneCode }).default ?? standaloneCode) as unknown as (
  ajv: Ajv2020,
  refsOrFunctions: Record<string, string>,
) => string;

const ISSUES_RUNTIME = readFileSync(new URL('./issues.runtime.js', import.meta.url), 'utf8');

/** Base id of a spec's schema root; never fetched. */
export function schemaBase(spec: string): string {
  return `https://schemas.nexusflow.invalid/${spec}.json`;
}

const AJV_OPTIONS: Options = {
  strict: true,
  strictTypes: false,
  // `required` naming properties defined elsewhere (if/then, allOf) is normal in these specs.
  strictRequired: false,
  allowUnionTypes: true,
  allErrors: false,
  messages: false,
  discriminator: false,
  validateFormats: true,
  code: { source: true, esm: true, lines: true },
};

interface Entry {
  exportName: string;
  rawName: string;
  id: string;
  schema: JsonSchema;
}

export function validatorsFile(spec: SpecIR, outDir: string): string {
  return `${outDir}/${spec.name}/validators.gen.js`;
}

export function validatorsPlugin(): Plugin {
  return {
    name: 'validators',
    dependsOn: ['runtime'],
    spec(spec: SpecIR, ctx: PluginContext) {
      const file = validatorsFile(spec, ctx.outDir);
      const paramsFile = `${ctx.outDir}/${spec.name}/validators-params.gen.js`;
      const base = schemaBase(spec.name);
      const components = componentSchemas(spec);
      const tctx = (where: string): TransformContext => ({ base, components, where: `${spec.origin}: ${where}` });
      const root = {
        $id: base,
        $defs: Object.fromEntries(Object.entries(components).map(([name, s]) => [name, toAjvSchema(s as JsonSchema, tctx(`components.schemas.${name}`))])),
      };

      const bodies: Entry[] = [];
      const params: Entry[] = [];
      for (const op of spec.operations) {
        const entry = (part: RequestPart, schema: JsonSchema): Entry => ({
          exportName: validatorName(op.operationId, part),
          rawName: `raw_${validatorName(op.operationId, part)}`,
          id: `${base.replace(/\.json$/, '')}/operations/${op.operationId}/${part}`,
          schema: toAjvSchema(schema, tctx(`${op.method} ${op.path} ${part}`)),
        });
        if (op.requestBody?.schema !== undefined) bodies.push(entry('body', op.requestBody.schema));
        const query = parametersSchema(op, 'query');
        if (query) params.push(entry('query', query));
        const path = parametersSchema(op, 'path');
        if (path) params.push(entry('params', path));
      }

      const responseSchemas = spec.operations.flatMap((op) =>
        op.responses.flatMap((r) =>
          r.content.flatMap((m) =>
            [m.schema, m.eventSchema]
              .filter((x): x is JsonSchema => x !== undefined)
              .map((x) => ({ where: `${op.method} ${op.path} ${r.status} ${m.mediaType}`, schema: toAjvSchema(x, tctx(`${op.operationId} response ${r.status}`)) })),
          ),
        ),
      );
      checkAllSchemas(root, responseSchemas, spec.origin);
      const bodyCode = compile(root, bodies, AJV_OPTIONS, `${spec.origin} (bodies)`);
      const imports: string[] = [...bodyCode.imports];
      if (params.length > 0) {
        const paramCode = compile(root, params, { ...AJV_OPTIONS, coerceTypes: 'array' }, `${spec.origin} (parameters)`);
        ctx.emit({
          path: paramsFile,
          contents: [
            header(spec.origin),
            '// Raw Ajv validators for path and query parameters (coerceTypes: array); wrapped by validators.gen.js.',
            ...paramCode.imports,
            '',
            paramCode.code,
            '',
            `export { ${params.map((p) => p.rawName).join(', ')} };`,
          ].join('\n'),
        });
        imports.push(`import { ${params.map((p) => p.rawName).join(', ')} } from './validators-params.gen.js';`);
      }

      const all = [...bodies, ...params].sort((a, b) => (a.exportName < b.exportName ? -1 : 1));
      ctx.emit({
        path: file,
        contents: [
          header(spec.origin),
          '// Request validators: Ajv standalone code (JSON Schema 2020-12) compiled at generate time.',
          ...imports,
          '',
          bodyCode.code,
          '',
          ISSUES_RUNTIME.trim(),
          '',
          ...all.map((e) => `export const ${e.exportName} = wrapValidator(${e.rawName});`),
        ].join('\n'),
      });

      const runtime = ctx.symbols.get(symbolKey.runtime('Validator'));
      ctx.emit({
        path: file.replace(/\.js$/, '.d.ts'),
        contents: [
          header(spec.origin),
          `import type { ${runtime.name} } from '${importSpecifier(file, runtime.file)}';`,
          '',
          ...all.map((e) => `export declare const ${e.exportName}: ${runtime.name};`),
        ].join('\n'),
      });
      for (const op of spec.operations) {
        for (const part of ['body', 'query', 'params'] as const) {
          const name = validatorName(op.operationId, part);
          if (all.some((e) => e.exportName === name)) {
            ctx.symbols.register(symbolKey.validator(spec.name, op.operationId, part), { file, name });
          }
        }
      }
    },
  };
}

function componentSchemas(spec: SpecIR): Record<string, unknown> {
  const components = spec.document.components as { schemas?: Record<string, unknown> } | undefined;
  return components?.schemas ?? {};
}

/** `{type: object, properties: {name: schema}, required: [...]}`; extra parameters are allowed. */
export function parametersSchema(op: OperationIR, location: ParameterIR['in']): JsonSchema | undefined {
  const list = op.parameters.filter((p) => p.in === location);
  if (list.length === 0) return undefined;
  const required = list.filter((p) => p.required).map((p) => p.name);
  return {
    type: 'object',
    properties: Object.fromEntries(list.map((p) => [p.name, p.schema])),
    ...(required.length > 0 ? { required } : {}),
  };
}

/**
 * Compiles every component, response and event schema once in strict mode, so a typo in a
 * schema no request validator uses still fails generation.
 */
function checkAllSchemas(
  root: { $id: string; $defs: Record<string, unknown> },
  others: { where: string; schema: JsonSchema }[],
  origin: string,
): void {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: false } });
  addFormats(ajv);
  ajv.addSchema(root);
  const check = (where: string, run: () => unknown) => {
    try {
      run();
    } catch (error) {
      throw new Error(`${origin}: ${where}: ${(error as Error).message}`);
    }
  };
  for (const name of Object.keys(root.$defs)) check(`components.schemas.${name}`, () => ajv.getSchema(`${root.$id}#/$defs/${encodeURIComponent(name)}`));
  for (const { where, schema } of others) check(where, () => ajv.compile(schema as object));
}

function compile(root: object, entries: Entry[], options: Options, where: string): { code: string; imports: string[] } {
  if (entries.length === 0) return { code: '', imports: [] };
  const ajv = new Ajv2020(options);
  addFormats(ajv);
  try {
    ajv.addSchema(root);
    for (const e of entries) ajv.addSchema({ ...(e.schema as object), $id: e.id });
    const refs = Object.fromEntries(entries.map((e) => [e.rawName, e.id]));
    return toEsm(generateStandalone(ajv, refs));
  } catch (error) {
    throw new Error(`${where}: Ajv could not compile the schemas: ${(error as Error).message}`);
  }
}

/**
 * Ajv's standalone output, even with `esm: true`, `require()`s its runtime helpers and
 * ajv-formats. Turn those into static ESM imports of the same files and keep the raw
 * validators module-private.
 */
export function toEsm(code: string): { code: string; imports: string[] } {
  const modules: string[] = [];
  let out = code.replace(/^"use strict";\s*/, '');
  out = out.replace(/require\("([^"]+)"\)/g, (_, mod: string) => {
    let i = modules.indexOf(mod);
    if (i < 0) i = modules.push(mod) - 1;
    return `__ajvRuntime${i}`;
  });
  out = out.replace(/export const (\w+) = (\w+);/g, 'const $1 = $2;');
  if (/\brequire\(|\bmodule\.exports\b|\bexport default\b/.test(out)) throw new Error('unexpected CommonJS left in Ajv standalone code');
  const imports = modules.map((mod, i) => `import * as __ajvModule${i} from '${mod.endsWith('.js') ? mod : `${mod}.js`}';`);
  const prelude: string[] = [];
  if (modules.length > 0) {
    // What `require()` would return. Node exposes a CommonJS module.exports as the namespace's
    // `default`; vitest's module runner instead unwraps `__esModule` modules into the
    // namespace itself. Ajv's and ajv-formats' files are `__esModule` modules.
    prelude.push(
      'function __commonJs(ns) {',
      '  const d = ns.default;',
      "  return d !== null && (typeof d === 'object' || typeof d === 'function') && d.__esModule ? d : ns;",
      '}',
      ...modules.map((_, i) => `const __ajvRuntime${i} = __commonJs(__ajvModule${i});`),
    );
  }
  return { code: [...prelude, '', out.trim()].join('\n').trim(), imports };
}


/**
 * routes: `generated/<spec>/routes.gen.ts`:
 * - `<Spec>Operations`: per operation, the request body / params / query types and the JSON
 *   response type (plus `event`, the type of one SSE event, for streaming operations);
 * - `<Spec>Handlers<Ctx, Result>`: one handler (or `notImplemented`) per operation, so a
 *   server that forgets an operation fails to compile;
 * - `<spec>Routes`: a `RouteDef` per operation, wired to the generated validators.
 */
import type { JsonSchema, OperationIR, SpecIR } from '../../ir.js';
import { camelCase, pascalCase, tsKey, tsString } from '../../naming.js';
import { header, importSpecifier, symbolKey, type Plugin, type PluginContext, type SymbolRef } from '../../plugin.js';
import { componentName } from '../validators/transform.js';

export function routesFile(spec: SpecIR, outDir: string): string {
  return `${outDir}/${spec.name}/routes.gen.ts`;
}

export function routesPlugin(): Plugin {
  return {
    name: 'routes',
    dependsOn: ['runtime', 'types', 'validators'],
    spec(spec: SpecIR, ctx: PluginContext) {
      ctx.emit({ path: routesFile(spec, ctx.outDir), contents: renderRoutes(spec, ctx) });
      ctx.symbols.register(symbolKey.operations(spec.name), { file: routesFile(spec, ctx.outDir), name: `${pascalCase(spec.name)}Operations` });
    },
  };
}

/** Collects imports per module, in first-use order, rendered sorted for stable output. */
class Imports {
  readonly #byFile = new Map<string, { typeOnly: Set<string>; value: Set<string> }>();
  constructor(private readonly from: string) {}
  use(ref: SymbolRef, kind: 'type' | 'value'): string {
    const entry = this.#byFile.get(ref.file) ?? { typeOnly: new Set<string>(), value: new Set<string>() };
    this.#byFile.set(ref.file, entry);
    (kind === 'type' ? entry.typeOnly : entry.value).add(ref.name);
    return ref.name;
  }
  render(): string[] {
    const lines: string[] = [];
    const files = [...this.#byFile.keys()].sort();
    for (const file of files) {
      const { typeOnly, value } = this.#byFile.get(file)!;
      const spec = importSpecifier(this.from, file);
      const types = [...typeOnly].filter((n) => !value.has(n)).sort();
      if (types.length > 0) lines.push(`import type { ${types.join(', ')} } from '${spec}';`);
      if (value.size > 0) lines.push(`import { ${[...value].sort().join(', ')} } from '${spec}';`);
    }
    return lines;
  }
}

function renderRoutes(spec: SpecIR, ctx: PluginContext): string {
  const file = routesFile(spec, ctx.outDir);
  const imports = new Imports(file);
  const Name = pascalCase(spec.name);
  const operationsType = `${Name}Operations`;
  const rt = (name: string) => imports.use(ctx.symbols.get(symbolKey.runtime(name)), 'type');
  const opsRoot = () => imports.use(ctx.symbols.get(symbolKey.typesRoot(spec.name, 'operations')), 'type');

  /** A `$ref` to a component schema → its alias; anything else → `fallback()`. */
  const typeOf = (schema: JsonSchema | undefined, fallback: () => string): string => {
    const ref = typeof schema === 'object' && typeof schema.$ref === 'string' ? componentName(schema.$ref) : undefined;
    if (ref !== undefined) return imports.use(ctx.symbols.get(symbolKey.schemaType(spec.name, ref)), 'type');
    return fallback();
  };

  const opTypes: string[] = [];
  const routeDefs: string[] = [];
  for (const op of spec.operations) {
    const id = op.operationId;
    const opIndex = () => `${opsRoot()}[${tsString(id)}]`;
    const body = op.requestBody
      ? `${typeOf(op.requestBody.schema, () => `NonNullable<${opIndex()}['requestBody']>['content']['application/json']`)}${op.requestBody.required ? '' : ' | undefined'}`
      : 'undefined';
    const params = op.parameters.some((p) => p.in === 'path') ? `${opIndex()}['parameters']['path']` : 'Record<string, never>';
    const query = op.parameters.some((p) => p.in === 'query') ? `NonNullable<${opIndex()}['parameters']['query']>` : 'Record<string, never>';
    const success = successResponse(op);
    const json = success?.content.find((m) => m.mediaType === 'application/json');
    const response = json
      ? typeOf(json.schema, () => `${opIndex()}['responses'][${/^\d+$/.test(success!.status) ? success!.status : tsString(success!.status)}]['content']['application/json']`)
      : 'undefined';
    const lines = [`  ${tsKey(id)}: {`, `    body: ${body};`, `    params: ${params};`, `    query: ${query};`, `    response: ${response};`];
    const eventSchema = op.responses.flatMap((r) => r.content).find((m) => m.eventSchema !== undefined)?.eventSchema;
    if (op.sse) lines.push(`    /** One server-sent event's JSON (${op.sse.framing} framing${op.sse.done === null ? '' : `, then ${op.sse.done}`}). */`, `    event: ${typeOf(eventSchema, () => 'unknown')};`);
    lines.push('  };');
    opTypes.push(...lines);

    const def = [
      `    operationId: ${tsString(id)},`,
      `    method: ${tsString(op.method)},`,
      `    path: ${tsString(op.path)},`,
      `    routerPath: ${tsString(op.routerPath)},`,
      `    protocol: ${tsString(spec.protocol)},`,
      `    bodyRequired: ${op.requestBody?.required === true},`,
    ];
    for (const [part, key] of [['body', 'validateBody'], ['query', 'validateQuery'], ['params', 'validateParams']] as const) {
      const ref = ctx.symbols.find(symbolKey.validator(spec.name, id, part));
      if (ref) def.push(`    ${key}: ${imports.use(ref, 'value')},`);
    }
    if (op.sse) def.push(`    sse: { framing: ${tsString(op.sse.framing)}, done: ${op.sse.done === null ? 'null' : tsString(op.sse.done)} },`);
    routeDefs.push('  {', ...def, '  },');
  }

  const OperationInput = rt('OperationInput');
  const NotImplemented = rt('NotImplemented');
  const RouteDef = rt('RouteDef');
  const out = [
    header(spec.origin),
    ...imports.render(),
    '',
    `/** Request and response types of each ${spec.title} operation. */`,
    `export interface ${operationsType} {`,
    ...opTypes,
    '}',
    '',
    `/** One handler per operation; \`notImplemented\` is the explicit stub. */`,
    `export type ${Name}Handlers<Ctx, Result> = {`,
    `  [K in keyof ${operationsType}]:`,
    `    | ((input: ${OperationInput}<${operationsType}[K]['body'], ${operationsType}[K]['params'], ${operationsType}[K]['query']>, ctx: Ctx) => Promise<Result>)`,
    `    | ${NotImplemented};`,
    '};',
    '',
    `export const ${camelCase(spec.name)}Routes: readonly ${RouteDef}<keyof ${operationsType} & string>[] = [`,
    ...routeDefs,
    '];',
  ];
  return out.join('\n');
}

/** The response a handler's `Result` renders on success: 200, else the first 2xx. */
function successResponse(op: OperationIR) {
  return op.responses.find((r) => r.status === '200') ?? op.responses.find((r) => /^2/.test(r.status));
}

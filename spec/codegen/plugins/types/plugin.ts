/**
 * types: `generated/<spec>/types.gen.ts` with openapi-typescript (`paths`, `components`,
 * `operations`), plus one friendly alias per component schema:
 * `export type Model = components['schemas']['Model'];`.
 */
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import type { SpecIR } from '../../ir.js';
import { isIdentifier, tsString } from '../../naming.js';
import { header, symbolKey, type Plugin, type PluginContext } from '../../plugin.js';

const ROOT_EXPORTS = ['paths', 'webhooks', 'components', '$defs', 'operations'] as const;

export function typesFile(spec: SpecIR, outDir: string): string {
  return `${outDir}/${spec.name}/types.gen.ts`;
}

export function typesPlugin(): Plugin {
  return {
    name: 'types',
    async spec(spec: SpecIR, ctx: PluginContext) {
      const file = typesFile(spec, ctx.outDir);
      const ast = await openapiTS(structuredClone(spec.document) as unknown as OpenAPI3, {
        alphabetize: false,
        silent: true,
        // `{}` schemas (free-form objects such as tool `parameters`) become `Record<string, unknown>`.
        emptyObjectsUnknown: true,
      });
      const body = astToString(ast).trim();

      const aliases: string[] = [];
      for (const name of spec.schemaNames) {
        if (!isIdentifier(name)) throw new Error(`${spec.origin}: schema name '${name}' is not a TS identifier`);
        if ((ROOT_EXPORTS as readonly string[]).includes(name)) throw new Error(`${spec.origin}: schema name '${name}' clashes with an openapi-typescript export`);
        aliases.push(`export type ${name} = components['schemas'][${tsString(name)}];`);
        ctx.symbols.register(symbolKey.schemaType(spec.name, name), { file, name });
      }
      for (const root of ['paths', 'components', 'operations'] as const) {
        ctx.symbols.register(symbolKey.typesRoot(spec.name, root), { file, name: root });
      }

      ctx.emit({
        path: file,
        contents: [
          header(spec.origin),
          '// TypeScript types of the spec (openapi-typescript), plus an alias per component schema.',
          '',
          body,
          '',
          '// Component schema aliases.',
          ...aliases,
        ].join('\n'),
      });
    },
  };
}

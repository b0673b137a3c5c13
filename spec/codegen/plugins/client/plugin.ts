/**
 * client: a typed fetch SDK per spec with @hey-api/openapi-ts (`@hey-api/client-fetch`,
 * `@hey-api/typescript`, `@hey-api/sdk`) into `generated/client/<spec>/`, and
 * `generated/client/index.gen.ts` listing every spec's SDK module and client factory (and
 * `types.gen.ts`, their types by namespace), which `clients/nexusflow` binds to one
 * configured client, so no list of specs is kept by hand there.
 *
 * hey-api writes to disk, so it runs in a scratch folder under `.cache/`; the files are read
 * back into the output set like any other plugin's (same header, same normalisation).
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { createClient } from '@hey-api/openapi-ts';
import type { SpecIR } from '../../ir.js';
import { camelCase } from '../../naming.js';
import { header, importSpecifier, symbolKey, type Plugin, type PluginContext } from '../../plugin.js';

export function clientDir(spec: SpecIR, outDir: string): string {
  return `${outDir}/client/${spec.name}`;
}

export function clientPlugin(): Plugin {
  return {
    name: 'client',
    async spec(spec: SpecIR, ctx: PluginContext) {
      const outDir = clientDir(spec, ctx.outDir);
      const scratch = path.join(ctx.root, '.cache', 'codegen', `client-${spec.name}-${process.pid}`);
      await rm(scratch, { recursive: true, force: true });
      await mkdir(scratch, { recursive: true });
      try {
        await createClient({
          input: structuredClone(spec.document) as Record<string, unknown>,
          output: {
            path: scratch,
            header: [header(spec.origin)],
            postProcess: [],
            tsConfigPath: path.join(ctx.root, 'tsconfig.json'),
            module: { extension: '.js' },
            clean: true,
          },
          plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
          logs: { level: 'silent', file: false },
        });
        for (const rel of await listFiles(scratch)) {
          const contents = portable(await readFile(path.join(scratch, rel), 'utf8'));
          if (!contents.startsWith(header(spec.origin))) throw new Error(`hey-api output ${rel} lacks the generated header`);
          ctx.emit({ path: `${outDir}/${rel}`, contents });
        }
      } finally {
        await rm(scratch, { recursive: true, force: true });
      }
      ctx.symbols.register(symbolKey.sdk(spec.name), { file: `${outDir}/sdk.gen.ts`, name: '*' });
    },
    finish(ctx: PluginContext) {
      if (ctx.specs.length === 0) return;
      const file = `${ctx.outDir}/client/index.gen.ts`;
      const lines = [header(ctx.specs.map((s) => s.origin)), '// Every spec\'s generated SDK, for clients/nexusflow.', ''];
      const entries: string[] = [];
      for (const spec of ctx.specs) {
        const sdk = ctx.symbols.get(symbolKey.sdk(spec.name));
        const ns = camelCase(spec.name);
        lines.push(`import * as ${ns}Sdk from '${importSpecifier(file, sdk.file)}';`);
        lines.push(`import { createClient as ${ns}CreateClient } from '${importSpecifier(file, `${clientDir(spec, ctx.outDir)}/client/index.ts`)}';`);
        entries.push(`  ${ns}: { sdk: ${ns}Sdk, createClient: ${ns}CreateClient },`);
      }
      lines.push('', '/** Per spec: the SDK functions and the client factory they run on. */', 'export const specClients = {', ...entries, '} as const;');
      ctx.emit({ path: file, contents: lines.join('\n') });

      const typesFile = `${ctx.outDir}/client/types.gen.ts`;
      ctx.emit({
        path: typesFile,
        contents: [
          header(ctx.specs.map((s) => s.origin)),
          "// Every spec's wire types, one namespace per spec.",
          '',
          ...ctx.specs.map((spec) => `export type * as ${camelCase(spec.name)} from '${importSpecifier(typesFile, `${clientDir(spec, ctx.outDir)}/types.gen.ts`)}';`),
        ].join('\n'),
      });
    },
  };
}

/**
 * hey-api's fetch client names the DOM type `BodyInit`; our tsconfig has ES2023 + Node
 * types only, where that global does not exist. `RequestInit['body']` is the same type.
 */
function portable(source: string): string {
  return source.replace(/\bBodyInit\b/g, "NonNullable<RequestInit['body']>");
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix === '' ? e.name : `${prefix}/${e.name}`;
    if (e.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else out.push(rel);
  }
  return out.sort();
}

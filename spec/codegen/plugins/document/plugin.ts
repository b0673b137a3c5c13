/**
 * document: `generated/<spec>/document.gen.ts`, the parsed OpenAPI document as a constant,
 * for code that needs the spec at run time without YAML (conformance tests validate
 * responses against it; the server may serve it).
 */
import type { SpecIR } from '../../ir.js';
import { header, symbolKey, type Plugin, type PluginContext } from '../../plugin.js';

export function documentFile(spec: SpecIR, outDir: string): string {
  return `${outDir}/${spec.name}/document.gen.ts`;
}

export const DOCUMENT_EXPORT = 'openApiDocument';

export function documentPlugin(): Plugin {
  return {
    name: 'document',
    spec(spec: SpecIR, ctx: PluginContext) {
      const file = documentFile(spec, ctx.outDir);
      ctx.emit({
        path: file,
        contents: [
          header(spec.origin),
          '',
          `/** The OpenAPI document of ${spec.origin}, as parsed (references unresolved). */`,
          `export const ${DOCUMENT_EXPORT}: { readonly [key: string]: unknown } = ${JSON.stringify(spec.document, null, 2)};`,
        ].join('\n'),
      });
      ctx.symbols.register(symbolKey.document(spec.name), { file, name: DOCUMENT_EXPORT });
    },
  };
}

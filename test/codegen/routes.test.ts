import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpecIR } from '../../spec/codegen/ir.js';
import { routesPlugin } from '../../spec/codegen/plugins/routes/plugin.js';
import { RUNTIME_EXPORTS, runtimePlugin } from '../../spec/codegen/plugins/runtime/plugin.js';
import { typesPlugin } from '../../spec/codegen/plugins/types/plugin.js';
import { validatorsPlugin } from '../../spec/codegen/plugins/validators/plugin.js';
import { file, generateFiles, loadFixture, loadOpenAiSpec, removeScratch, writeToScratch } from './helpers.js';

let files: Map<string, string>;
let scratch: string;
const specs: SpecIR[] = [loadOpenAiSpec(), loadFixture('colon-path'), loadFixture('event-stream'), loadFixture('query-param'), loadFixture('no-body')];

beforeAll(async () => {
  files = await generateFiles(specs, [runtimePlugin(), typesPlugin(), validatorsPlugin(), routesPlugin()]);
  scratch = writeToScratch('routes', files);
});
afterAll(() => removeScratch(scratch));

/** Type-checks `source` (placed in the scratch root) against the generated files. */
function typeErrors(name: string, source: string): string[] {
  const abs = path.join(scratch, name);
  writeFileSync(abs, source);
  const program = ts.createProgram([abs], {
    strict: true,
    noUncheckedIndexedAccess: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2023,
    verbatimModuleSyntax: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('routes plugin', () => {
  it('emits the runtime contract once, with exactly the agreed exports', () => {
    const runtime = file(files, 'generated/runtime.gen.ts');
    const exported = [...runtime.matchAll(/^export (?:type|interface|const) (\w+)/gm)].map((m) => m[1]);
    expect(exported).toEqual([...RUNTIME_EXPORTS]);
    expect(runtime).toContain("export const notImplemented: unique symbol = Symbol.for('nexusflow.notImplemented');");
  });

  for (const name of ['colon-path', 'event-stream', 'query-param', 'no-body']) {
    it(`${name}: routes.gen.ts`, () => {
      expect(file(files, `generated/${name}/routes.gen.ts`)).toMatchSnapshot();
    });
  }

  it('openai: route table, names and handler keys', () => {
    const routes = file(files, 'generated/openai/routes.gen.ts');
    expect(routes).toContain('export interface OpenaiOperations {');
    expect(routes).toContain('export type OpenaiHandlers<Ctx, Result> = {');
    expect(routes).toContain('export const openaiRoutes: readonly RouteDef<keyof OpenaiOperations & string>[] = [');
    expect(routes).toContain("sse: { framing: 'data', done: '[DONE]' },");
    expect(routes).toContain('validateBody: validateCreateChatCompletionBody,');
    expect(routes).toContain('validateParams: validateRetrieveModelParams,');
    expect(routes).toContain("routerPath: '/v1/models/:model',");
  });

  it('a complete handler map type-checks; a missing or misspelt key does not', () => {
    const header = [
      "import { notImplemented } from './generated/runtime.gen.js';",
      "import type { OpenaiHandlers, OpenaiOperations } from './generated/openai/routes.gen.js';",
      "import { openaiRoutes } from './generated/openai/routes.gen.js';",
      "import type { ColonPathHandlers } from './generated/colon-path/routes.gen.js';",
      // Every fixture's routes module must compile too.
      "export type * as eventStream from './generated/event-stream/routes.gen.js';",
      "export type * as queryParam from './generated/query-param/routes.gen.js';",
      "export type * as noBody from './generated/no-body/routes.gen.js';",
      '',
    ].join('\n');
    const ok = typeErrors(
      'complete.ts',
      `${header}
export const handlers: OpenaiHandlers<{ id: string }, string> = {
  createChatCompletion: async (input) => input.body.model + input.body.messages.length,
  createEmbedding: async (input) => input.body.model,
  createImage: async (input) => input.body.prompt,
  listModels: notImplemented,
  retrieveModel: async (input, ctx) => input.params.model + ctx.id,
};
const event: OpenaiOperations['createChatCompletion']['event'] = { id: 'x', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [] };
export const ids: string[] = openaiRoutes.map((r) => r.operationId + event.id);
export const gemini: ColonPathHandlers<void, void> = {
  generateContent: async (input) => { input.params.model.toUpperCase(); },
  streamGenerateContent: notImplemented,
};
`,
    );
    expect(ok).toEqual([]);

    const missing = typeErrors(
      'missing.ts',
      `${header}
export const handlers: OpenaiHandlers<void, string> = {
  createChatCompletion: notImplemented,
  createEmbedding: notImplemented,
  createImage: notImplemented,
  listModels: notImplemented,
};
`,
    );
    expect(missing.join('\n')).toMatch(/Property 'retrieveModel' is missing/);

    const wrongBody = typeErrors(
      'wrong-body.ts',
      `${header}
export const handlers: OpenaiHandlers<void, string> = {
  createChatCompletion: async (input) => input.body.no_such_field,
  createEmbedding: notImplemented,
  createImage: notImplemented,
  listModels: notImplemented,
  retrieveModel: notImplemented,
};
`,
    );
    expect(wrongBody.join('\n')).toMatch(/no_such_field/);
  });
});

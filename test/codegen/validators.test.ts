import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpecIR } from '../../spec/codegen/ir.js';
import { runtimePlugin } from '../../spec/codegen/plugins/runtime/plugin.js';
import { validatorsPlugin } from '../../spec/codegen/plugins/validators/plugin.js';
import { file, generateFiles, loadFixture, loadOpenAiSpec, removeScratch, writeToScratch } from './helpers.js';

type Issue = { path: string; message: string; keyword: string };
type Validators = Record<string, (data: unknown) => Issue[] | null>;

let scratch: string;
let files: Map<string, string>;
const specs: SpecIR[] = [loadOpenAiSpec(), loadFixture('query-param'), loadFixture('no-body'), loadFixture('discriminator'), loadFixture('event-stream')];
const load = async (spec: string): Promise<Validators> =>
  (await import(pathToFileURL(path.join(scratch, `generated/${spec}/validators.gen.js`)).href)) as Validators;

beforeAll(async () => {
  files = await generateFiles(specs, [runtimePlugin(), validatorsPlugin()]);
  scratch = writeToScratch('validators', files);
});
afterAll(() => removeScratch(scratch));

describe('validators plugin output', () => {
  it('exports one validator per request part that exists, typed by a .d.ts', () => {
    expect(file(files, 'generated/openai/validators.gen.d.ts')).toBe(
      [
        '// Generated from spec/openapi/openai.yaml by spec/codegen — do not edit.',
        "import type { Validator } from '../runtime.gen.js';",
        '',
        'export declare const validateCreateChatCompletionBody: Validator;',
        'export declare const validateCreateEmbeddingBody: Validator;',
        'export declare const validateCreateImageBody: Validator;',
        'export declare const validateRetrieveModelParams: Validator;',
        '',
      ].join('\n'),
    );
    expect(file(files, 'generated/query-param/validators.gen.d.ts')).toContain('export declare const validateListItemsQuery: Validator;');
    expect(file(files, 'generated/no-body/validators.gen.d.ts')).toContain('export declare const validateDeleteItemParams: Validator;');
  });

  it('imports nothing but ajv, ajv-formats and sibling files, and has no require()', () => {
    for (const [name, contents] of files) {
      if (!name.endsWith('.js')) continue;
      const specifiers = [...contents.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]!);
      for (const s of specifiers) expect(s).toMatch(/^(ajv\/dist\/runtime\/[\w]+\.js|ajv-formats\/dist\/formats\.js|\.\/[\w.-]+\.gen\.js)$/);
      expect(contents).not.toMatch(/\brequire\(|module\.exports/);
      expect(contents.startsWith('// Generated from ')).toBe(true);
    }
  });
});

describe('openai validators', () => {
  const base = { model: 'qwen-turbo', messages: [{ role: 'user', content: 'hi' }] };
  const cases: [string, unknown, Issue | null][] = [
    ['a minimal request', base, null],
    ['unknown fields (forward compatibility)', { ...base, enable_thinking: true, future: { x: 1 } }, null],
    ['an unknown user content part type', { ...base, messages: [{ role: 'user', content: [{ type: 'video_url', video_url: { url: 'u' } }] }] }, null],
    ['an assistant message with only tool calls', { ...base, messages: [{ role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: '{}' } }] }] }, null],
    ['an unknown role', { ...base, messages: [{ role: 'bogus', content: 'x' }] }, { path: 'messages[0].role', message: 'must be one of: developer, system, user, assistant, tool, function', keyword: 'enum' }],
    ['a missing role', { ...base, messages: [{ content: 'x' }] }, { path: 'messages[0].role', message: 'is required', keyword: 'required' }],
    ['messages as a string', { ...base, messages: 'x' }, { path: 'messages', message: 'must be array', keyword: 'type' }],
    ['no messages', { ...base, messages: [] }, { path: 'messages', message: 'must have at least 1 item', keyword: 'minItems' }],
    ['temperature 5', { ...base, temperature: 5 }, { path: 'temperature', message: 'must be <= 2', keyword: 'maximum' }],
    ['a missing model', { messages: base.messages }, { path: 'model', message: 'is required', keyword: 'required' }],
    ['a tool message without tool_call_id', { ...base, messages: [base.messages[0], { role: 'tool', content: 'r' }] }, { path: 'messages[1].tool_call_id', message: 'is required', keyword: 'required' }],
    ['a non-boolean include_usage', { ...base, stream_options: { include_usage: 'yes' } }, { path: 'stream_options.include_usage', message: 'must be boolean', keyword: 'type' }],
    ['five stop sequences', { ...base, stop: ['a', 'b', 'c', 'd', 'e'] }, { path: 'stop', message: 'must have at most 4 items', keyword: 'maxItems' }],
    ['stop as a number', { ...base, stop: 1 }, { path: 'stop', message: 'must be string, array or null', keyword: 'type' }],
    ['n = 0', { ...base, n: 0 }, { path: 'n', message: 'must be >= 1', keyword: 'minimum' }],
    ['a bad image url type', { ...base, messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 1 } }] }] }, { path: 'messages[0].content[0].image_url.url', message: 'must be string', keyword: 'type' }],
    ['an unknown tool_choice string', { ...base, tool_choice: 'sometimes' }, { path: 'tool_choice', message: 'must be one of: none, auto, required, or an object', keyword: 'anyOf' }],
    ['a named tool_choice without function', { ...base, tool_choice: { type: 'function' } }, { path: 'tool_choice.function', message: 'is required', keyword: 'required' }],
    ['a tool call without arguments', { ...base, messages: [{ role: 'assistant', tool_calls: [{ id: 'c', type: 'function', function: { name: 'f' } }] }] }, { path: 'messages[0].tool_calls[0].function.arguments', message: 'is required', keyword: 'required' }],
    ['a body that is not an object', 'hello', { path: '', message: 'must be object', keyword: 'type' }],
  ];
  for (const [what, body, expected] of cases) {
    it(`${expected ? 'rejects' : 'accepts'} ${what}`, async () => {
      const { validateCreateChatCompletionBody } = await load('openai');
      const issues = validateCreateChatCompletionBody!(body);
      if (expected === null) expect(issues).toBeNull();
      else expect(issues?.[0]).toEqual(expected);
    });
  }

  it("accepts the spec's positive examples and rejects the negative ones at the declared path", async () => {
    const { validateCreateChatCompletionBody } = await load('openai');
    const examples = loadOpenAiSpec().operations.find((o) => o.operationId === 'createChatCompletion')!.requestBody!.examples;
    expect(examples.filter((e) => e.expectStatus === 200).length).toBeGreaterThanOrEqual(4);
    expect(examples.some((e) => e.expectStatus === 400)).toBe(true);
    for (const ex of examples) {
      const issues = validateCreateChatCompletionBody!(ex.value);
      if (ex.expectStatus < 300) expect(issues, ex.name).toBeNull();
      else {
        expect(issues, ex.name).not.toBeNull();
        if (ex.expectIssuePath !== undefined) expect(issues![0]!.path, ex.name).toBe(ex.expectIssuePath);
      }
    }
  });

  it('validates path params', async () => {
    const { validateRetrieveModelParams } = await load('openai');
    expect(validateRetrieveModelParams!({ model: 'qwen-turbo' })).toBeNull();
    expect(validateRetrieveModelParams!({ model: '' })?.[0]).toEqual({ path: 'model', message: 'must be at least 1 character long', keyword: 'minLength' });
  });
});

describe('parameter validators coerce strings in place', () => {
  it('query: integer and array parameters', async () => {
    const { validateListItemsQuery } = await load('query-param');
    const query: Record<string, unknown> = { limit: '20', tag: 'a', other: 'kept' };
    expect(validateListItemsQuery!(query)).toBeNull();
    expect(query).toEqual({ limit: 20, tag: ['a'], other: 'kept' });
    expect(validateListItemsQuery!({ limit: 'many' })?.[0]).toEqual({ path: 'limit', message: 'must be integer', keyword: 'type' });
    expect(validateListItemsQuery!({ limit: '500' })?.[0]).toEqual({ path: 'limit', message: 'must be <= 100', keyword: 'maximum' });
  });

  it('path: an integer id', async () => {
    const { validateDeleteItemParams } = await load('no-body');
    const params: Record<string, unknown> = { id: '7' };
    expect(validateDeleteItemParams!(params)).toBeNull();
    expect(params.id).toBe(7);
    expect(validateDeleteItemParams!({ id: '0' })?.[0]).toEqual({ path: 'id', message: 'must be >= 1', keyword: 'minimum' });
  });

  it('bodies are never coerced', async () => {
    const { validateCreateMessageBody } = await load('event-stream');
    expect(validateCreateMessageBody!({ model: 'm', max_tokens: '10', messages: [] })?.[0]).toEqual({ path: 'max_tokens', message: 'must be integer', keyword: 'type' });
  });
});

describe('discriminated unions', () => {
  it('need an explicit mapping (OpenAPI would otherwise map schema names)', async () => {
    const spec = loadFixture('discriminator');
    const doc = structuredClone(spec.document) as { components: { schemas: { Shape: { discriminator: Record<string, unknown> } } } };
    delete doc.components.schemas.Shape.discriminator.mapping;
    await expect(generateFiles([{ ...spec, document: doc }], [runtimePlugin(), validatorsPlugin()])).rejects.toThrow(/needs an explicit mapping/);
  });

  it('a closed discriminator: known tags select their branch, others are listed', async () => {
    const { validateCreateShapeBody } = await load('discriminator');
    expect(validateCreateShapeBody!({ shape: { kind: 'circle', radius: 1 } })).toBeNull();
    expect(validateCreateShapeBody!({ shape: { kind: 'square', side: 2 } })).toBeNull();
    expect(validateCreateShapeBody!({ shape: { kind: 'hexagon' } })?.[0]).toEqual({ path: 'shape.kind', message: 'must be one of: circle, square', keyword: 'enum' });
    expect(validateCreateShapeBody!({ shape: {} })?.[0]).toEqual({ path: 'shape.kind', message: 'is required', keyword: 'required' });
    expect(validateCreateShapeBody!({ shape: { kind: 'circle', radius: 0 } })?.[0]).toEqual({ path: 'shape.radius', message: 'must be > 0', keyword: 'exclusiveMinimum' });
  });

  it('keeps a property named like an annotation keyword', async () => {
    const { validateCreateShapeBody } = await load('discriminator');
    expect(validateCreateShapeBody!({ shape: { kind: 'circle', radius: 1, description: 'far too long a text' } })?.[0]).toEqual({
      path: 'shape.description',
      message: 'must be at most 10 characters long',
      keyword: 'maxLength',
    });
  });

  it('an open discriminator accepts unknown tags and checks known ones', async () => {
    const { validateCreateShapeBody } = await load('discriminator');
    const shape = { kind: 'circle', radius: 1 };
    expect(validateCreateShapeBody!({ shape, parts: [{ type: 'future', anything: 1 }] })).toBeNull();
    expect(validateCreateShapeBody!({ shape, parts: [{ type: 'text' }] })?.[0]).toEqual({ path: 'parts[0].text', message: 'is required', keyword: 'required' });
    expect(validateCreateShapeBody!({ shape, parts: [{ type: 3 }] })?.[0]).toEqual({ path: 'parts[0].type', message: 'must be string', keyword: 'type' });
  });
});

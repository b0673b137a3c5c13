import { describe, expect, it } from 'vitest';
import { typesPlugin } from '../../spec/codegen/plugins/types/plugin.js';
import { file, generateFiles, loadFixture, loadOpenAiSpec } from './helpers.js';

describe('types plugin', () => {
  it('openai: openapi-typescript roots plus one alias per component schema', async () => {
    const spec = loadOpenAiSpec();
    const types = file(await generateFiles([spec], [typesPlugin()]), 'generated/openai/types.gen.ts');
    expect(types.startsWith('// Generated from spec/openapi/openai.yaml by spec/codegen — do not edit.\n')).toBe(true);
    for (const root of ['export interface paths', 'export interface components', 'export interface operations']) expect(types).toContain(root);
    for (const name of spec.schemaNames) expect(types).toContain(`export type ${name} = components['schemas']['${name}'];`);
    // The role-discriminated union is a TS union of the six message shapes.
    expect(types).toMatch(/ChatCompletionRequestMessage: components\["schemas"\]\["ChatCompletionRequestDeveloperMessage"\] \| /);
  });

  it('discriminator fixture: a union with literal tags', async () => {
    const types = file(await generateFiles([loadFixture('discriminator')], [typesPlugin()]), 'generated/discriminator/types.gen.ts');
    expect(types).toContain('Shape: components["schemas"]["Circle"] | components["schemas"]["Square"];');
    expect(types).toMatch(/kind: "circle";/);
    expect(types).toContain("export type Shape = components['schemas']['Shape'];");
  });
});

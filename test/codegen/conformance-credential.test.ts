import { describe, expect, it } from 'vitest';
import { documentPlugin } from '../../spec/codegen/plugins/document/plugin.js';
import { conformancePlugin } from '../../spec/codegen/plugins/conformance/plugin.js';
import { parseSpec } from '../../spec/codegen/parse.js';
import { file, generateFiles, loadFixture } from './helpers.js';

/** `info.x-nexusflow-conformance-credential: admin`: conformance requests carry the admin token. */
describe('x-nexusflow-conformance-credential', () => {
  const withCredential = (value: unknown) => {
    const base = loadFixture('no-body');
    const doc = structuredClone(base.document) as { info: Record<string, unknown> };
    doc.info['x-nexusflow-conformance-credential'] = value;
    return parseSpec({ name: 'no-body', origin: base.origin }, doc);
  };

  it('is absent from the IR and the output unless set', async () => {
    const spec = loadFixture('no-body');
    expect(spec).not.toHaveProperty('conformanceCredential');
    const out = file(await generateFiles([spec], [documentPlugin(), conformancePlugin()]), 'generated/no-body/conformance.gen.test.ts');
    expect(out).not.toContain('credential:');
  });

  it('admin: the kit is told to send the admin token', async () => {
    const spec = withCredential('admin');
    expect(spec.conformanceCredential).toBe('admin');
    const out = file(await generateFiles([spec], [documentPlugin(), conformancePlugin()]), 'generated/no-body/conformance.gen.test.ts');
    expect(out).toContain("credential: 'admin' });");
  });

  it('rejects other values', () => {
    expect(() => withCredential('root')).toThrow(/x-nexusflow-conformance-credential: must be 'admin'/);
  });
});

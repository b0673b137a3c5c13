import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../server/config/catalog-file.js';
import { ConfigError, creditsToMicro, readEnv } from '../../server/config/env.js';

const ROOT = resolve(import.meta.dirname, '../..');

function readmeCatalog(): unknown {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const block = /```yaml\n(channels:[\s\S]*?)```/.exec(readme);
  if (!block?.[1]) throw new Error('README has no catalog example');
  return parseYaml(block[1]);
}

describe('the catalog file', () => {
  it('the README example is accepted by the server and by the generated JSON Schema', () => {
    const data = readmeCatalog();
    const parsed = parseCatalog(data, 'README');
    expect(parsed.models[0]?.id).toBe('qwen3-max');
    const schema = JSON.parse(readFileSync(resolve(ROOT, 'generated/config/catalog.schema.json'), 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ models: [{ id: 'x', supported_protocols: ['carrier-pigeon'], channels: [{ channel: 'c' }] }] })).toBe(false);
  });

  it('names the offending field, and unknown channel references', () => {
    expect(() => parseCatalog({ channels: [{ id: 'c', provider: 'nope' }] }, 'f.yaml')).toThrow(/channels\.0\.provider/);
    expect(() => parseCatalog({ models: [{ id: 'm', supported_protocols: ['openai:chat-completions'], channels: [{ channel: 'ghost' }] }] }, 'f.yaml')).toThrow(/unknown channel 'ghost'/);
    expect(() => parseCatalog({ models: [{ id: 'm', supported_protocols: ['openai:chat-completions'], channels: [{ channel: 'c' }], pricing: { input_per_million: 1.5 } }], channels: [{ id: 'c', provider: 'simulator' }] }, 'f.yaml')).toThrow(/pricing\.input_per_million/);
  });
});

describe('the environment', () => {
  it('validates and names bad values', () => {
    expect(readEnv({}).PORT).toBe(8080);
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => readEnv({ NEXUSFLOW_BOOTSTRAP_KEY: 'sk-live-123' })).toThrow(/NEXUSFLOW_BOOTSTRAP_KEY/);
    expect(() => readEnv({ NEXUSFLOW_ADMIN_TOKEN: 'short' })).toThrow(/NEXUSFLOW_ADMIN_TOKEN/);
  });

  it('converts credits to micro-credits without floating point', () => {
    expect(creditsToMicro('100')).toBe(100_000_000);
    expect(creditsToMicro('2.5')).toBe(2_500_000);
    expect(creditsToMicro('0.000001')).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { geminiParameters, geminiSchemaToJsonSchema, jsonSchemaToGemini } from '../../../server/formats/gemini/schema.js';

const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: 'object', properties, ...extra });

/** JSON Schema → Gemini Schema: one test per key Gemini rejects or reads differently (landscape.md #9). */
describe('JSON Schema cleaned for Gemini', () => {
  it('upper-cases types and keeps what Gemini accepts', () => {
    expect(jsonSchemaToGemini(obj({ a: { type: 'string', description: 'd', title: 't', pattern: '^a', minLength: 1, maxLength: 5 }, n: { type: 'number', minimum: 0, maximum: 9 }, b: { type: 'boolean' }, i: { type: 'integer', format: 'int64' }, l: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 3 } }, { required: ['a', 'zz'] }))).toEqual({
      type: 'OBJECT',
      properties: {
        a: { type: 'STRING', description: 'd', title: 't', pattern: '^a', minLength: 1, maxLength: 5 },
        n: { type: 'NUMBER', minimum: 0, maximum: 9 },
        b: { type: 'BOOLEAN' },
        i: { type: 'INTEGER', format: 'int64' },
        l: { type: 'ARRAY', items: { type: 'STRING' }, minItems: 1, maxItems: 3 },
      },
      // A required name with no property is dropped: Gemini rejects it.
      required: ['a'],
    });
  });

  it('removes additionalProperties', () => {
    expect(jsonSchemaToGemini(obj({ a: { type: 'string' } }, { additionalProperties: false }))).toEqual({ type: 'OBJECT', properties: { a: { type: 'STRING' } } });
    expect(jsonSchemaToGemini(obj({ m: { type: 'object', additionalProperties: { type: 'string' } } }))).toEqual({ type: 'OBJECT', properties: { m: { type: 'OBJECT' } } });
  });

  it('removes default', () => {
    expect(jsonSchemaToGemini(obj({ a: { type: 'string', default: 'x' } }))).toEqual({ type: 'OBJECT', properties: { a: { type: 'STRING' } } });
  });

  it('removes examples (and example)', () => {
    expect(jsonSchemaToGemini(obj({ a: { type: 'string', examples: ['x'], example: 'y' } }))).toEqual({ type: 'OBJECT', properties: { a: { type: 'STRING' } } });
  });

  it('removes $schema, $id, $comment', () => {
    expect(jsonSchemaToGemini({ $schema: 'http://json-schema.org/draft-07/schema#', $id: 'urn:x', $comment: 'c', ...obj({ a: { type: 'string' } }) })).toEqual({ type: 'OBJECT', properties: { a: { type: 'STRING' } } });
  });

  it('inlines $ref from $defs and definitions, cutting recursion', () => {
    const schema = {
      ...obj({ city: { $ref: '#/$defs/City' }, old: { $ref: '#/definitions/Old' }, tree: { $ref: '#/$defs/Node' } }),
      $defs: { City: { type: 'string', description: 'A city' }, Node: obj({ child: { $ref: '#/$defs/Node' } }) },
      definitions: { Old: { type: 'integer' } },
    };
    expect(jsonSchemaToGemini(schema)).toEqual({
      type: 'OBJECT',
      properties: {
        city: { type: 'STRING', description: 'A city' },
        old: { type: 'INTEGER' },
        tree: { type: 'OBJECT', properties: { child: { type: 'OBJECT' } } },
      },
    });
  });

  it('turns a string const into a one-value enum, drops other consts', () => {
    expect(jsonSchemaToGemini(obj({ kind: { const: 'circle' }, n: { type: 'integer', const: 3 } }))).toEqual({ type: 'OBJECT', properties: { kind: { type: 'STRING', enum: ['circle'] }, n: { type: 'INTEGER' } } });
  });

  it('keeps string enums, drops non-string enums, and a null member means nullable', () => {
    expect(jsonSchemaToGemini(obj({ u: { type: 'string', enum: ['c', 'f', null] }, n: { type: 'integer', enum: [1, 2] } }))).toEqual({
      type: 'OBJECT', properties: { u: { type: 'STRING', enum: ['c', 'f'], nullable: true }, n: { type: 'INTEGER' } },
    });
  });

  it('anyOf with a null branch → nullable; the other branch inlined', () => {
    expect(jsonSchemaToGemini(obj({ a: { anyOf: [{ type: 'string' }, { type: 'null' }] } }))).toEqual({ type: 'OBJECT', properties: { a: { type: 'STRING', nullable: true } } });
    expect(jsonSchemaToGemini(obj({ a: { anyOf: [{ type: 'string' }, { type: 'integer' }] } }))).toEqual({ type: 'OBJECT', properties: { a: { anyOf: [{ type: 'STRING' }, { type: 'INTEGER' }] } } });
  });

  it('oneOf → anyOf', () => {
    expect(jsonSchemaToGemini({ oneOf: [obj({ a: { type: 'string' } }), obj({ b: { type: 'number' } })] })).toEqual({
      anyOf: [{ type: 'OBJECT', properties: { a: { type: 'STRING' } } }, { type: 'OBJECT', properties: { b: { type: 'NUMBER' } } }],
    });
  });

  it('type arrays: null → nullable, several types → anyOf', () => {
    expect(jsonSchemaToGemini({ type: ['string', 'null'] })).toEqual({ type: 'STRING', nullable: true });
    expect(jsonSchemaToGemini({ type: ['string', 'number'] })).toEqual({ anyOf: [{ type: 'STRING' }, { type: 'NUMBER' }] });
  });

  it('merges allOf', () => {
    expect(jsonSchemaToGemini({ allOf: [obj({ a: { type: 'string' } }, { required: ['a'] }), obj({ b: { type: 'number' } }, { required: ['b'] })] })).toEqual({
      type: 'OBJECT', properties: { a: { type: 'STRING' }, b: { type: 'NUMBER' } }, required: ['a', 'b'],
    });
  });

  it('exclusiveMinimum / exclusiveMaximum become inclusive bounds', () => {
    expect(jsonSchemaToGemini({ type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 10 })).toEqual({ type: 'NUMBER', minimum: 0, maximum: 10 });
  });

  it('drops string formats Gemini does not accept', () => {
    expect(jsonSchemaToGemini(obj({ e: { type: 'string', format: 'email' }, t: { type: 'string', format: 'date-time' }, u: { type: 'string', format: 'uri' } }))).toEqual({
      type: 'OBJECT', properties: { e: { type: 'STRING' }, t: { type: 'STRING', format: 'date-time' }, u: { type: 'STRING' } },
    });
  });

  it('removes other keywords Gemini rejects: patternProperties, unevaluatedProperties, multipleOf, uniqueItems, readOnly, strict', () => {
    expect(jsonSchemaToGemini({ ...obj({ a: { type: 'number', multipleOf: 2, readOnly: true }, l: { type: 'array', items: { type: 'string' }, uniqueItems: true } }), patternProperties: { '^x': {} }, unevaluatedProperties: false, strict: true })).toEqual({
      type: 'OBJECT', properties: { a: { type: 'NUMBER' }, l: { type: 'ARRAY', items: { type: 'STRING' } } },
    });
  });

  it('tuples keep their first item shape', () => {
    expect(jsonSchemaToGemini({ type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }] })).toEqual({ type: 'ARRAY', items: { type: 'STRING' } });
    expect(jsonSchemaToGemini({ type: 'array', items: [{ type: 'integer' }] })).toEqual({ type: 'ARRAY', items: { type: 'INTEGER' } });
  });

  it('parameters without properties are omitted (Gemini rejects an empty OBJECT)', () => {
    expect(geminiParameters({ type: 'object', properties: {} })).toBeUndefined();
    expect(geminiParameters({ type: 'object', additionalProperties: false })).toBeUndefined();
    expect(geminiParameters({})).toBeUndefined();
    expect(geminiParameters(obj({ a: { type: 'string' } }))).toEqual({ type: 'OBJECT', properties: { a: { type: 'STRING' } } });
  });
});

describe('Gemini Schema → JSON Schema', () => {
  it('lower-cases types, turns nullable into a null type and example into examples', () => {
    expect(geminiSchemaToJsonSchema({ type: 'OBJECT', properties: { a: { type: 'STRING', nullable: true, example: 'x' }, l: { type: 'ARRAY', items: { type: 'INTEGER' }, maxItems: '3' } }, required: ['a'], propertyOrdering: ['a', 'l'] })).toEqual({
      type: 'object', properties: { a: { type: ['string', 'null'], examples: ['x'] }, l: { type: 'array', items: { type: 'integer' }, maxItems: 3 } }, required: ['a'],
    });
    expect(geminiSchemaToJsonSchema({ anyOf: [{ type: 'STRING' }], nullable: true })).toEqual({ anyOf: [{ type: 'string' }, { type: 'null' }] });
    expect(geminiSchemaToJsonSchema({ type: 'TYPE_UNSPECIFIED', description: 'x' })).toEqual({ description: 'x' });
  });
});

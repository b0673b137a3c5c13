/**
 * Gemini's OpenAPI-subset `Schema` ↔ JSON Schema.
 *
 * Inbound, `parameters` / `responseSchema` arrive with upper-case types (`OBJECT`, `STRING`…)
 * and `nullable`; the canonical model holds JSON Schema. Outbound to a Gemini upstream, JSON
 * Schema written for OpenAI or Anthropic must be cut down to what Gemini's `Schema` accepts:
 * it answers 400 "Unknown name …" for `additionalProperties`, `default`, `examples`,
 * `$schema`, `$ref`, `const`… (landscape.md #9). So the outbound direction is a whitelist,
 * with rewrites for the keys that carry meaning: `$ref` is inlined, `const` becomes a
 * one-value `enum`, a `null` branch or type becomes `nullable`, `oneOf` becomes `anyOf`,
 * `allOf` is merged, exclusive bounds become inclusive ones.
 */

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Keys of Gemini's Schema message other than the ones rewritten below. */
const PASSTHROUGH = ['title', 'description', 'pattern', 'minimum', 'maximum', 'propertyOrdering'] as const;
/** int64 fields: proto3 JSON may send them as strings. */
const COUNTS = ['minItems', 'maxItems', 'minLength', 'maxLength', 'minProperties', 'maxProperties'] as const;
/** Formats Gemini accepts per type; anything else is dropped rather than rejected upstream. */
const FORMATS: Record<string, readonly string[]> = { STRING: ['enum', 'date-time'], NUMBER: ['float', 'double'], INTEGER: ['int32', 'int64'] };
const TYPES = new Set(['STRING', 'NUMBER', 'INTEGER', 'BOOLEAN', 'ARRAY', 'OBJECT', 'NULL']);
const MAX_DEPTH = 32;

// ------------------------------------------------------------------ Gemini → JSON Schema

const SUBSCHEMA_MAPS = ['properties', '$defs', 'definitions', 'patternProperties', 'dependentSchemas'] as const;
const SUBSCHEMA_LISTS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'] as const;
const SUBSCHEMAS = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems'] as const;

/**
 * A JSON Schema a Gemini client wrote (`parametersJsonSchema`, `responseJsonSchema`) with
 * Gemini's upper-case type names (`"OBJECT"`, as Gemini CLI sends) → lower-case JSON Schema types,
 * everywhere in the tree; nothing else changes. OpenAI-compatible and Anthropic upstreams reject
 * `"type": "OBJECT"`.
 */
export function normalizeJsonSchemaTypes(schema: unknown): unknown {
  if (!isObj(schema)) return schema;
  const out: Obj = { ...schema };
  if (typeof out.type === 'string') out.type = out.type.toLowerCase();
  else if (Array.isArray(out.type)) out.type = out.type.map((t) => (typeof t === 'string' ? t.toLowerCase() : t));
  for (const k of SUBSCHEMA_MAPS) {
    const v = out[k];
    if (isObj(v)) out[k] = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, normalizeJsonSchemaTypes(s)]));
  }
  for (const k of SUBSCHEMA_LISTS) {
    const v = out[k];
    if (Array.isArray(v)) out[k] = v.map(normalizeJsonSchemaTypes);
  }
  for (const k of SUBSCHEMAS) {
    const v = out[k];
    if (Array.isArray(v)) out[k] = v.map(normalizeJsonSchemaTypes);
    else if (isObj(v)) out[k] = normalizeJsonSchemaTypes(v);
  }
  return out;
}

/** Gemini `Schema` (as sent by the SDK: upper-case types, `nullable`) → JSON Schema. */
export function geminiSchemaToJsonSchema(schema: unknown): Record<string, unknown> {
  if (!isObj(schema)) return {};
  const out: Obj = {};
  const type = typeof schema.type === 'string' ? schema.type.toLowerCase() : undefined;
  const nullable = schema.nullable === true;
  if (type !== undefined && type !== 'type_unspecified') out.type = nullable && type !== 'null' ? [type, 'null'] : type;
  for (const [k, v] of Object.entries(schema)) {
    switch (k) {
      case 'type':
      case 'nullable':
        break;
      case 'properties':
        if (isObj(v)) out.properties = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, geminiSchemaToJsonSchema(s)]));
        break;
      case 'items':
        out.items = geminiSchemaToJsonSchema(v);
        break;
      case 'anyOf':
        if (Array.isArray(v)) out.anyOf = v.map(geminiSchemaToJsonSchema);
        break;
      case 'example':
        out.examples = [v];
        break;
      case 'propertyOrdering':
        // Gemini-only; the original schema travels in the tool's extensions for Gemini upstreams.
        break;
      default:
        out[k] = (COUNTS as readonly string[]).includes(k) && typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
    }
  }
  if (nullable && type === undefined && Array.isArray(out.anyOf)) out.anyOf = [...out.anyOf, { type: 'null' }];
  return out;
}

// ------------------------------------------------------------------ JSON Schema → Gemini

interface Ctx {
  root: Obj;
  depth: number;
  /** `$ref`s being expanded on the current path: a recursive schema is cut there. */
  expanding: ReadonlySet<string>;
}

/**
 * JSON Schema → a Gemini `Schema` that Google's API accepts (see the module comment). Returns
 * undefined for a schema that constrains nothing (e.g. `{}` or `true`).
 */
export function jsonSchemaToGemini(schema: unknown): Record<string, unknown> | undefined {
  if (!isObj(schema)) return undefined;
  const out = convert(schema, { root: schema, depth: 0, expanding: new Set() });
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Function `parameters` for a Gemini upstream. Gemini rejects an OBJECT with no properties
 * as a declaration's parameters, so a function without arguments gets no `parameters`.
 */
export function geminiParameters(schema: unknown): Record<string, unknown> | undefined {
  const out = jsonSchemaToGemini(schema);
  if (!out) return undefined;
  if (out.type === 'OBJECT' && (!isObj(out.properties) || Object.keys(out.properties).length === 0)) return undefined;
  return out;
}

function convert(input: Obj, ctx: Ctx): Obj {
  if (ctx.depth > MAX_DEPTH) return {};
  let schema = input;
  // $ref → the referenced definition, inlined (Gemini has no $defs). A cycle is cut to OBJECT.
  if (typeof schema.$ref === 'string') {
    const ref = schema.$ref;
    if (ctx.expanding.has(ref)) return { type: 'OBJECT' };
    const target = resolveRef(ctx.root, ref);
    const { $ref: _ref, ...siblings } = schema;
    schema = isObj(target) ? { ...target, ...siblings } : siblings;
    ctx = { ...ctx, expanding: new Set([...ctx.expanding, ref]) };
  }
  if (Array.isArray(schema.allOf)) schema = mergeAllOf(schema, ctx);

  const next: Ctx = { ...ctx, depth: ctx.depth + 1 };
  const out: Obj = {};
  let nullable = schema.nullable === true;

  // type: a string, or a list where 'null' means nullable and several others mean anyOf.
  const types = (Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type]).filter((t): t is string => typeof t === 'string');
  if (types.includes('null')) nullable = true;
  const concrete = types.filter((t) => t !== 'null').map((t) => t.toUpperCase()).filter((t) => TYPES.has(t));
  if (concrete.length === 1) out.type = concrete[0];
  else if (concrete.length > 1) out.anyOf = concrete.map((t) => ({ type: t }));

  // anyOf / oneOf: a `null` branch becomes nullable; a single remaining branch is inlined.
  const branches = [...(Array.isArray(schema.anyOf) ? schema.anyOf : []), ...(Array.isArray(schema.oneOf) ? schema.oneOf : [])].filter(isObj);
  if (branches.length > 0) {
    const nonNull = branches.filter((b) => !(b.type === 'null' || (Array.isArray(b.type) && b.type.length === 1 && b.type[0] === 'null')));
    if (nonNull.length < branches.length) nullable = true;
    const converted = nonNull.map((b) => convert(b, next)).filter((b) => Object.keys(b).length > 0);
    if (converted.length === 1 && out.type === undefined && out.anyOf === undefined) Object.assign(out, converted[0]);
    else if (converted.length > 0) out.anyOf = converted;
  }

  // const → a one-value enum. Gemini enums are strings only: a non-string const or enum keeps
  // just its type (sending it as a string enum would make the model answer "3" for 3).
  if (typeof schema.const === 'string') {
    out.enum = [schema.const];
    out.type = 'STRING';
  }
  if (Array.isArray(schema.enum)) {
    const values = schema.enum.filter((v) => v !== null);
    if (values.length < schema.enum.length) nullable = true;
    if (values.length > 0 && values.every((v): v is string => typeof v === 'string')) {
      out.enum = values;
      out.type = 'STRING';
    }
  }

  if (isObj(schema.properties)) {
    const props: Obj = {};
    for (const [name, s] of Object.entries(schema.properties)) props[name] = isObj(s) ? convert(s, next) : {};
    out.properties = props;
    if (out.type === undefined && out.anyOf === undefined) out.type = 'OBJECT';
    if (Array.isArray(schema.required)) {
      const required = schema.required.filter((r): r is string => typeof r === 'string' && r in props);
      if (required.length > 0) out.required = required;
    }
  }
  if (schema.items !== undefined) {
    // A tuple (`items: [..]` in draft 4–2019, `prefixItems` in 2020-12) keeps its first shape.
    const item = Array.isArray(schema.items) ? schema.items[0] : schema.items;
    if (isObj(item)) out.items = convert(item, next);
    if (out.type === undefined) out.type = 'ARRAY';
  } else if (Array.isArray(schema.prefixItems) && isObj(schema.prefixItems[0])) {
    out.items = convert(schema.prefixItems[0], next);
    if (out.type === undefined) out.type = 'ARRAY';
  }

  for (const k of PASSTHROUGH) if (schema[k] !== undefined) out[k] = schema[k];
  for (const k of COUNTS) {
    const v = schema[k];
    if (typeof v === 'number' || (typeof v === 'string' && /^\d+$/.test(v))) out[k] = Number(v);
  }
  // Exclusive bounds (draft 6+ numbers; draft 4 booleans) become inclusive: Gemini has no exclusive form.
  if (typeof schema.exclusiveMinimum === 'number' && out.minimum === undefined) out.minimum = schema.exclusiveMinimum;
  if (typeof schema.exclusiveMaximum === 'number' && out.maximum === undefined) out.maximum = schema.exclusiveMaximum;
  if (typeof schema.format === 'string' && typeof out.type === 'string' && (FORMATS[out.type] ?? []).includes(schema.format)) out.format = schema.format;
  if (nullable) out.nullable = true;
  return out;
}

/** Local references only: `#/$defs/X`, `#/definitions/X`, any `#/…` JSON pointer. */
function resolveRef(root: Obj, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const token of ref.slice(1).split('/').filter((t) => t !== '')) {
    const key = decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObj(node) ? node[key] : undefined;
  }
  return node;
}

/** allOf: properties and required lists merged, the first branch's scalars kept. */
function mergeAllOf(schema: Obj, ctx: Ctx): Obj {
  const { allOf, ...rest } = schema;
  const merged: Obj = { ...rest };
  const props: Obj = isObj(rest.properties) ? { ...rest.properties } : {};
  const required = new Set<string>(Array.isArray(rest.required) ? rest.required.filter((r): r is string => typeof r === 'string') : []);
  for (const raw of Array.isArray(allOf) ? allOf : []) {
    if (!isObj(raw)) continue;
    const part = typeof raw.$ref === 'string' && !ctx.expanding.has(raw.$ref) ? { ...(resolveRefObj(ctx.root, raw.$ref)), ...raw, $ref: undefined } : raw;
    if (isObj(part.properties)) Object.assign(props, part.properties);
    if (Array.isArray(part.required)) for (const r of part.required) if (typeof r === 'string') required.add(r);
    for (const [k, v] of Object.entries(part)) if (v !== undefined && !(k in merged) && k !== 'properties' && k !== 'required' && k !== '$ref') merged[k] = v;
  }
  if (Object.keys(props).length > 0) merged.properties = props;
  if (required.size > 0) merged.required = [...required];
  return merged;
}

function resolveRefObj(root: Obj, ref: string): Obj {
  const target = resolveRef(root, ref);
  return isObj(target) ? target : {};
}

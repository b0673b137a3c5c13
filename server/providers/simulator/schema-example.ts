/**
 * A deterministic value that validates against a JSON Schema — what the simulator answers when a
 * caller asks for structured output (OpenAI `response_format`, Anthropic `output_config.format`,
 * Gemini `responseSchema`/`responseJsonSchema`) and what it puts in tool-call arguments.
 * Covers what SDK helpers generate (zod, pydantic, Gemini CLI): types and type lists, enum,
 * const, anyOf/oneOf/allOf, local $ref, string lengths and formats, numeric bounds, array bounds,
 * required and optional properties. `seed` varies strings and numbers between choices and calls.
 */
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const MAX_DEPTH = 24;

export function exampleFor(schema: unknown, seed = 0, root: unknown = schema, depth = 0): unknown {
  if (!isObj(schema) || depth > MAX_DEPTH) return depth > MAX_DEPTH ? null : {};
  if (typeof schema.$ref === 'string') return exampleFor(resolveRef(root, schema.$ref), seed, root, depth + 1);
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[seed % schema.enum.length];
  if ('default' in schema && schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) {
    const merged: Obj = { ...schema };
    delete merged.allOf;
    for (const part of schema.allOf) if (isObj(part)) mergeInto(merged, isObj(part) && typeof part.$ref === 'string' ? resolveRef(root, part.$ref) : part);
    return exampleFor(merged, seed, root, depth + 1);
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = schema[key];
    if (Array.isArray(branches) && branches.length > 0) {
      const nonNull = branches.find((b) => !(isObj(b) && b.type === 'null')) ?? branches[0];
      return exampleFor(nonNull, seed, root, depth + 1);
    }
  }
  const type = typeOf(schema);
  switch (type) {
    case 'null':
      return null;
    case 'boolean':
      return seed % 2 === 0;
    case 'integer':
    case 'number':
      return numberFor(schema, type, seed);
    case 'string':
      return stringFor(schema, seed);
    case 'array': {
      const min = typeof schema.minItems === 'number' ? schema.minItems : 1;
      const max = typeof schema.maxItems === 'number' ? schema.maxItems : Math.max(min, 1);
      const n = Math.min(Math.max(min, 1), max);
      if (Array.isArray(schema.prefixItems)) return schema.prefixItems.map((s, i) => exampleFor(s, seed + i, root, depth + 1));
      return Array.from({ length: n }, (_, i) => exampleFor(schema.items, seed + i, root, depth + 1));
    }
    default: {
      const props = isObj(schema.properties) ? schema.properties : {};
      const out: Obj = {};
      // Every declared property (what structured-output callers expect to read), required or not.
      for (const [name, s] of Object.entries(props)) out[name] = exampleFor(s, seed, root, depth + 1);
      const required = Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : [];
      for (const name of required) if (!(name in out)) out[name] = isObj(schema.additionalProperties) ? exampleFor(schema.additionalProperties, seed, root, depth + 1) : 'value';
      return out;
    }
  }
}

function typeOf(schema: Obj): string {
  const t = schema.type;
  if (typeof t === 'string') return t.toLowerCase();
  if (Array.isArray(t)) {
    const first = t.find((x) => typeof x === 'string' && x.toLowerCase() !== 'null');
    return typeof first === 'string' ? first.toLowerCase() : 'null';
  }
  if (isObj(schema.properties)) return 'object';
  if ('items' in schema) return 'array';
  return 'object';
}

function numberFor(schema: Obj, type: 'integer' | 'number', seed: number): number {
  let lo = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + (type === 'integer' ? 1 : 0.5) : undefined;
  const hi = typeof schema.maximum === 'number' ? schema.maximum : typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum - (type === 'integer' ? 1 : 0.5) : undefined;
  lo ??= hi !== undefined ? Math.min(0, hi) : 0;
  // Whole numbers for `number` too where the bounds allow: tools often declare `number` and parse
  // an integer (Codex's exec_command `yield_time_ms` is a usize).
  let v = Math.ceil(lo) + 1 + seed;
  if (hi !== undefined && v > hi) v = type === 'integer' || Math.floor(hi) >= lo ? Math.floor(hi) : hi;
  if (v < lo) v = type === 'integer' ? Math.ceil(lo) : lo;
  if (typeof schema.multipleOf === 'number' && schema.multipleOf > 0) v = Math.ceil(v / schema.multipleOf) * schema.multipleOf;
  return v;
}

const WORDS = ['Paris', 'Tokyo', 'Lisbon', 'Nairobi', 'Lima'];

function stringFor(schema: Obj, seed: number): string {
  switch (schema.format) {
    case 'date-time': return '2026-01-01T00:00:00Z';
    case 'date': return '2026-01-01';
    case 'time': return '12:00:00';
    case 'email': return 'someone@example.com';
    case 'uri':
    case 'url': return 'https://example.com/';
    case 'uuid': return '00000000-0000-4000-8000-000000000000';
    default: break;
  }
  let s = WORDS[seed % WORDS.length]!;
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : undefined;
  while (s.length < min) s += s;
  if (max !== undefined) s = s.slice(0, Math.max(min, max));
  return s;
}

function resolveRef(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return {};
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObj(node)) return {};
    node = node[key];
  }
  return node;
}

function mergeInto(target: Obj, part: unknown): void {
  if (!isObj(part)) return;
  for (const [k, v] of Object.entries(part)) {
    if (k === 'properties' && isObj(v)) target.properties = { ...(isObj(target.properties) ? target.properties : {}), ...v };
    else if (k === 'required' && Array.isArray(v)) target.required = [...(Array.isArray(target.required) ? target.required : []), ...v];
    else if (!(k in target)) target[k] = v;
  }
}

/**
 * OpenAPI 3.1 schema → the JSON Schema 2020-12 Ajv compiles. Schema-aware (it knows which
 * keywords hold sub-schemas, so a *property* named `description` or `example` survives):
 *
 * - `#/components/schemas/X` refs become absolute refs into one `$defs` root per spec.
 * - A `oneOf` with a `discriminator` becomes "tag is required and one of the known values,
 *   then `if tag = v then <branch>`". Ajv would otherwise report every branch's failure
 *   (oneOf) or a bare "tag value must be in oneOf" (its discriminator keyword); this form
 *   yields `messages[0].role must be one of: …`, `messages[0].role is required`, or just the
 *   matching branch's own error. With `x-nexusflow-open-discriminator: true`, unknown tag
 *   values pass unchecked (forward compatibility); known ones are still validated.
 * - Annotations (`description`, `title`, `example(s)`, `deprecated`, `x-*`, …) are dropped:
 *   they would only bloat the standalone code. Unknown keywords are kept so Ajv's strict
 *   mode reports typos in the spec.
 */
import type { JsonSchema } from '../../ir.js';

type Obj = Record<string, unknown>;

const SCHEMA_KEYWORDS = new Set([
  'items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames',
  'unevaluatedItems', 'unevaluatedProperties', 'contentSchema',
]);
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
const SCHEMA_LIST_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const DROPPED = new Set([
  'description', 'title', 'example', 'examples', 'deprecated', 'readOnly', 'writeOnly', '$comment',
  'externalDocs', 'xml', 'discriminator', 'contentMediaType', 'contentEncoding',
]);
const COMPONENT_REF = '#/components/schemas/';

export interface TransformContext {
  /** Absolute id of the spec's `$defs` root. */
  base: string;
  /** The component schemas, untransformed, to read discriminator values from. */
  components: Readonly<Record<string, unknown>>;
  /** For error messages. */
  where: string;
}

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function componentName(ref: string): string | undefined {
  return ref.startsWith(COMPONENT_REF) ? decodeURIComponent(ref.slice(COMPONENT_REF.length)) : undefined;
}

export function defsRef(base: string, name: string): string {
  return `${base}#/$defs/${encodeURIComponent(name)}`;
}

export function toAjvSchema(schema: JsonSchema, ctx: TransformContext): JsonSchema {
  if (typeof schema === 'boolean') return schema;
  if (!isObj(schema)) throw new Error(`${ctx.where}: a schema must be an object or boolean`);

  if (Array.isArray(schema.oneOf) && isObj(schema.discriminator)) return rewriteDiscriminated(schema, ctx);

  const out: Obj = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-') || DROPPED.has(key)) continue;
    if (key === '$ref' && typeof value === 'string') {
      const name = componentName(value);
      if (name === undefined) throw new Error(`${ctx.where}: only #/components/schemas/ refs are supported in schemas, got ${value}`);
      if (!(name in ctx.components)) throw new Error(`${ctx.where}: unresolved ${value}`);
      out.$ref = defsRef(ctx.base, name);
    } else if (SCHEMA_KEYWORDS.has(key)) {
      out[key] = toAjvSchema(value as JsonSchema, { ...ctx, where: `${ctx.where}/${key}` });
    } else if (SCHEMA_MAP_KEYWORDS.has(key) && isObj(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, toAjvSchema(v as JsonSchema, { ...ctx, where: `${ctx.where}/${key}/${k}` })]),
      );
    } else if (SCHEMA_LIST_KEYWORDS.has(key) && Array.isArray(value)) {
      out[key] = value.map((v, i) => toAjvSchema(v as JsonSchema, { ...ctx, where: `${ctx.where}/${key}/${i}` }));
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** The discriminator values of a discriminated `oneOf` (its mapping), each with the branch it selects. */
export function discriminatorBranches(schema: Obj, ctx: TransformContext): { tag: string; branches: { value: string; schema: JsonSchema }[] } {
  const discriminator = schema.discriminator as Obj;
  const tag = discriminator.propertyName;
  if (typeof tag !== 'string') throw new Error(`${ctx.where}: discriminator.propertyName is required`);
  const oneOf = schema.oneOf as JsonSchema[];
  // An explicit mapping is required: without one, OpenAPI maps schema *names* (`Circle`),
  // which openapi-typescript and hey-api follow, while the branches' `const` says `circle`.
  if (!isObj(discriminator.mapping)) {
    throw new Error(`${ctx.where}: discriminator '${tag}' needs an explicit mapping (value → #/components/schemas/…)`);
  }
  const refs = new Set(oneOf.map((b) => (isObj(b) ? b.$ref : undefined)));
  const branches: { value: string; schema: JsonSchema }[] = [];
  for (const [value, ref] of Object.entries(discriminator.mapping)) {
    if (typeof ref !== 'string' || !refs.has(ref)) throw new Error(`${ctx.where}: discriminator mapping ${value} → ${String(ref)} is not one of the oneOf branches`);
    branches.push({ value, schema: { $ref: ref } });
  }
  if (branches.length !== refs.size) throw new Error(`${ctx.where}: every oneOf branch needs a discriminator mapping entry`);
  const seen = new Set<string>();
  for (const b of branches) {
    if (seen.has(b.value)) throw new Error(`${ctx.where}: discriminator value '${b.value}' selects two branches`);
    seen.add(b.value);
  }
  return { tag, branches };
}

function rewriteDiscriminated(schema: Obj, ctx: TransformContext): JsonSchema {
  const { tag, branches } = discriminatorBranches(schema, ctx);
  const open = schema['x-nexusflow-open-discriminator'] === true;
  const rest: Obj = {};
  for (const [k, v] of Object.entries(schema)) if (k !== 'oneOf' && k !== 'discriminator') rest[k] = v;
  const base = toAjvSchema(rest, ctx) as Obj;
  const conditions = branches.map((b, i) => ({
    if: { properties: { [tag]: { const: b.value } }, required: [tag] },
    then: toAjvSchema(b.schema, { ...ctx, where: `${ctx.where}/oneOf/${i}` }),
  }));
  return {
    ...base,
    type: 'object',
    required: [...new Set([...(Array.isArray(base.required) ? (base.required as string[]) : []), tag])],
    properties: {
      ...(isObj(base.properties) ? base.properties : {}),
      [tag]: open ? { type: 'string' } : { type: 'string', enum: branches.map((b) => b.value) },
    },
    allOf: [...(Array.isArray(base.allOf) ? base.allOf : []), ...conditions],
  };
}

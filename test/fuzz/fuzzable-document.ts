/**
 * Our specs use two NexusFlow extensions whose meaning a generic OpenAPI tool cannot know
 * (spec/codegen/README.md). Before schemathesis reads a document, each is rewritten into the
 * plain JSON Schema it stands for, so the fuzzer neither flags behaviour the spec promises nor
 * skips checks the spec makes:
 *
 * - `x-nexusflow-open-discriminator`: a discriminated `oneOf` that also accepts unknown tags
 *   (forward compatibility: new Anthropic block types go upstream verbatim). Read literally, the
 *   `oneOf` says an unknown tag is invalid, and schemathesis reports every 200 to one as
 *   "schema-violating request accepted". It becomes `anyOf` of the known branches plus one
 *   branch for any other tag.
 * - `x-nexusflow-sse` + `x-nexusflow-event-schema`: the event-stream media type's own `schema`
 *   is `type: string` (the whole body, OpenAPI 3.1), but schemathesis validates each parsed
 *   event ({data, event, id}) against it. It gets an OpenAPI 3.2 `itemSchema` instead (one
 *   event whose `data` is the declared event JSON, or the `[DONE]` terminator), so every
 *   streamed event is checked against the spec.
 */
type Json = unknown;
type Obj = Record<string, unknown>;

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function fuzzableDocument(document: Obj): Obj {
  const copy = structuredClone(document);
  openDiscriminators(copy);
  eventStreams(copy);
  return copy;
}

function openDiscriminators(node: Json): void {
  if (Array.isArray(node)) {
    for (const item of node) openDiscriminators(item);
    return;
  }
  if (!isObj(node)) return;
  for (const value of Object.values(node)) openDiscriminators(value);
  if (node['x-nexusflow-open-discriminator'] !== true || !Array.isArray(node.oneOf) || !isObj(node.discriminator)) return;
  const tag = node.discriminator.propertyName;
  const mapping = node.discriminator.mapping;
  if (typeof tag !== 'string' || !isObj(mapping)) return;
  const known = Object.keys(mapping);
  const unknownTag = { type: 'object', required: [tag], properties: { [tag]: { type: 'string', not: { enum: known } } } };
  node.anyOf = [...node.oneOf, unknownTag];
  delete node.oneOf;
  delete node.discriminator;
  delete node['x-nexusflow-open-discriminator'];
}

interface SseDeclaration {
  framing: 'data' | 'event';
  done: string | null;
}

function eventStreams(document: Obj): void {
  const paths = isObj(document.paths) ? document.paths : {};
  for (const item of Object.values(paths)) {
    if (!isObj(item)) continue;
    for (const operation of Object.values(item)) {
      if (!isObj(operation) || !isObj(operation['x-nexusflow-sse']) || !isObj(operation.responses)) continue;
      const sse = operation['x-nexusflow-sse'] as unknown as SseDeclaration;
      for (const response of Object.values(operation.responses)) {
        const media = isObj(response) && isObj(response.content) ? response.content['text/event-stream'] : undefined;
        if (!isObj(media) || media['x-nexusflow-event-schema'] === undefined) continue;
        media.itemSchema = itemSchema(sse, media['x-nexusflow-event-schema']);
        // Next to `itemSchema`, `schema` describes the whole stream as an array of events: ours
        // (`type: string`) would fail every stream, and the framing is checked per event above.
        delete media.schema;
      }
    }
  }
}

function itemSchema(sse: SseDeclaration, eventSchema: Json): Obj {
  const json = { type: 'string', contentMediaType: 'application/json', contentSchema: eventSchema };
  const data = sse.done === null ? json : { anyOf: [{ const: sse.done }, json] };
  // Schemathesis names an event without an `event:` line 'message', as browsers do.
  const event = sse.framing === 'data' ? { const: 'message' } : { type: 'string', minLength: 1 };
  return { type: 'object', required: ['data'], properties: { data, event } };
}

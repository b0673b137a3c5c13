/**
 * OpenAPI 3.1 document → SpecIR. Resolves the local `$ref`s of parameters, request bodies,
 * responses and examples (schemas keep their `$ref`s: types and validators want them), and
 * rejects what the generator does not support, with a message naming the spec and place.
 */
import {
  HTTP_METHODS,
  WIRE_PROTOCOLS,
  type ExampleIR,
  type HttpMethod,
  type JsonSchema,
  type MediaIR,
  type OpenApiDocument,
  type OperationIR,
  type ParameterIR,
  type RequestBodyIR,
  type ResponseIR,
  type SecurityRequirement,
  type SecuritySchemeIR,
  type SpecIR,
  type SseConfig,
  type WireProtocol,
} from './ir.js';
import { pathParameterNames, toRouterPath } from './router-path.js';
import type { SpecSource } from './sources.js';

type Obj = Record<string, unknown>;

class SpecError extends Error {
  constructor(origin: string, where: string, message: string) {
    super(`${origin}: ${where}: ${message}`);
    this.name = 'SpecError';
  }
}

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function loadSpec(source: SpecSource): Promise<SpecIR> {
  return parseSpec({ name: source.name, origin: source.origin }, await source.load());
}

export function parseSpec(source: { name: string; origin: string }, raw: unknown): SpecIR {
  const fail = (where: string, message: string): never => {
    throw new SpecError(source.origin, where, message);
  };
  if (!isObj(raw)) return fail('document', 'is not an object');
  const doc = raw;
  if (typeof doc.openapi !== 'string' || !doc.openapi.startsWith('3.1.')) fail('openapi', `must be 3.1.x, got ${String(doc.openapi)}`);
  const info = isObj(doc.info) ? doc.info : fail('info', 'is required');
  const protocol = info['x-nexusflow-protocol'];
  if (!WIRE_PROTOCOLS.includes(protocol as WireProtocol)) {
    fail('info.x-nexusflow-protocol', `must be one of ${WIRE_PROTOCOLS.join(', ')}, got ${JSON.stringify(protocol)}`);
  }

  /** Follows a local `$ref` (`#/components/...`), repeatedly. */
  const deref = (value: unknown, where: string): unknown => {
    let current = value;
    for (let hops = 0; isObj(current) && typeof current.$ref === 'string'; hops++) {
      if (hops > 20) fail(where, 'reference cycle');
      const ref = current.$ref;
      if (!ref.startsWith('#/')) fail(where, `only local references are supported, got ${ref}`);
      let target: unknown = doc;
      for (const token of ref.slice(2).split('/')) {
        const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
        target = isObj(target) ? target[key] : undefined;
      }
      if (target === undefined) fail(where, `unresolved reference ${ref}`);
      current = target;
    }
    return current;
  };

  const components = isObj(doc.components) ? doc.components : {};
  const schemas = isObj(components.schemas) ? components.schemas : {};

  const securitySchemes: SecuritySchemeIR[] = Object.entries(isObj(components.securitySchemes) ? components.securitySchemes : {}).map(
    ([name, value]) => {
      const s = deref(value, `components.securitySchemes.${name}`);
      if (!isObj(s)) return fail(`components.securitySchemes.${name}`, 'is not an object');
      const type = s.type as SecuritySchemeIR['type'];
      const scheme: SecuritySchemeIR = { name, type };
      if (type === 'http') scheme.scheme = String(s.scheme ?? '').toLowerCase();
      if (type === 'apiKey') {
        scheme.in = s.in as SecuritySchemeIR['in'];
        scheme.parameterName = String(s.name ?? '');
      }
      return scheme;
    },
  );
  const schemeNames = new Set(securitySchemes.map((s) => s.name));

  const parseSecurity = (value: unknown, where: string): SecurityRequirement[] | undefined => {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) return fail(where, 'must be an array');
    return value.map((req, i) => {
      if (!isObj(req)) return fail(`${where}[${i}]`, 'must be an object');
      for (const name of Object.keys(req)) {
        if (!schemeNames.has(name)) fail(`${where}[${i}]`, `unknown security scheme '${name}'`);
      }
      return req as SecurityRequirement;
    });
  };
  const globalSecurity = parseSecurity(doc.security, 'security') ?? [];

  const conformanceHeaders = stringRecord(info['x-nexusflow-conformance-headers'], 'info.x-nexusflow-conformance-headers', fail);
  const unauthenticatedStatus = info['x-nexusflow-unauthenticated-status'] ?? 401;
  if (typeof unauthenticatedStatus !== 'number' || !Number.isInteger(unauthenticatedStatus) || unauthenticatedStatus < 400 || unauthenticatedStatus > 499) {
    fail('info.x-nexusflow-unauthenticated-status', 'must be a 4xx status');
  }
  const conformanceCredential = info['x-nexusflow-conformance-credential'];
  if (conformanceCredential !== undefined && conformanceCredential !== 'admin') {
    fail('info.x-nexusflow-conformance-credential', `must be 'admin' (or absent for the API key), got ${JSON.stringify(conformanceCredential)}`);
  }

  const operations: OperationIR[] = [];
  const operationIds = new Set<string>();
  const paths = isObj(doc.paths) ? doc.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = deref(rawItem, `paths.${path}`);
    if (!isObj(item)) fail(`paths.${path}`, 'is not an object');
    const pathItem = item as Obj;
    const sharedParams = Array.isArray(pathItem.parameters) ? pathItem.parameters : [];
    for (const key of Object.keys(pathItem)) {
      const method = key.toUpperCase() as HttpMethod;
      if (!HTTP_METHODS.includes(method)) {
        if (['head', 'options', 'trace'].includes(key)) fail(`paths.${path}.${key}`, 'method not supported by the generator');
        continue;
      }
      const where = `${key.toUpperCase()} ${path}`;
      const op = pathItem[key];
      if (!isObj(op)) return fail(where, 'is not an object');
      const operationId = op.operationId;
      if (typeof operationId !== 'string' || !/^[A-Za-z][A-Za-z0-9]*$/.test(operationId)) {
        fail(where, `operationId must be a camelCase identifier, got ${JSON.stringify(operationId)}`);
      }
      const id = operationId as string;
      if (operationIds.has(id)) fail(where, `duplicate operationId '${id}'`);
      operationIds.add(id);

      const parameters = parseParameters([...sharedParams, ...(Array.isArray(op.parameters) ? op.parameters : [])], where, deref, fail);
      const declaredPath = parameters.filter((p) => p.in === 'path').map((p) => p.name);
      for (const name of pathParameterNames(path)) {
        if (!declaredPath.includes(name)) fail(where, `path parameter '${name}' is not declared in parameters`);
      }
      for (const name of declaredPath) {
        if (!pathParameterNames(path).includes(name)) fail(where, `parameter '${name}' is not in the path`);
      }

      const requestBody = op.requestBody === undefined ? undefined : parseRequestBody(op.requestBody, where, deref, fail);
      if (requestBody && (method === 'GET' || method === 'DELETE')) fail(where, 'a GET or DELETE operation cannot have a request body');
      const responses = parseResponses(op.responses, where, deref, fail);
      const sse = parseSse(op['x-nexusflow-sse'], where, fail);
      const hasEventStream = responses.some((r) => r.content.some((m) => m.mediaType === 'text/event-stream'));
      if (sse && !hasEventStream) fail(where, 'x-nexusflow-sse is set but no response has a text/event-stream media type');
      if (!sse && hasEventStream) fail(where, 'a text/event-stream response needs x-nexusflow-sse on the operation');

      let routerPath: string;
      try {
        routerPath = toRouterPath(path);
      } catch (error) {
        return fail(where, (error as Error).message);
      }
      const operation: OperationIR = {
        operationId: id,
        method,
        path,
        routerPath,
        tags: Array.isArray(op.tags) ? op.tags.map(String) : [],
        parameters,
        responses,
        security: parseSecurity(op.security, `${where}.security`) ?? globalSecurity,
        conformance: {
          params: stringRecord(op['x-nexusflow-conformance-params'], `${where}.x-nexusflow-conformance-params`, fail),
          query: stringRecord(op['x-nexusflow-conformance-query'], `${where}.x-nexusflow-conformance-query`, fail),
        },
      };
      const expectStatus = op['x-nexusflow-conformance-expect-status'];
      if (expectStatus !== undefined) {
        if (typeof expectStatus !== 'number' || !Number.isInteger(expectStatus) || expectStatus < 100 || expectStatus > 599) {
          fail(`${where}.x-nexusflow-conformance-expect-status`, 'must be an HTTP status');
        }
        operation.conformance.expectStatus = expectStatus as number;
      }
      if (typeof op.summary === 'string') operation.summary = op.summary;
      if (requestBody) operation.requestBody = requestBody;
      if (sse) operation.sse = sse;
      operations.push(operation);
    }
  }

  const ir: SpecIR = {
    name: source.name,
    origin: source.origin,
    protocol: protocol as WireProtocol,
    title: String(info.title ?? source.name),
    version: String(info.version ?? ''),
    securitySchemes,
    conformanceHeaders,
    unauthenticatedStatus: unauthenticatedStatus as number,
    operations,
    schemaNames: Object.keys(schemas),
    document: doc as OpenApiDocument,
  };
  if (conformanceCredential === 'admin') ir.conformanceCredential = 'admin';
  return ir;
}

type Fail = (where: string, message: string) => never;
type Deref = (value: unknown, where: string) => unknown;

function stringRecord(value: unknown, where: string, fail: Fail): Record<string, string> {
  if (value === undefined) return {};
  if (!isObj(value)) return fail(where, 'must be an object of strings');
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') fail(`${where}.${k}`, 'must be a string');
    out[k] = String(v);
  }
  return out;
}

function parseParameters(list: unknown[], where: string, deref: Deref, fail: Fail): ParameterIR[] {
  const byKey = new Map<string, ParameterIR>();
  list.forEach((raw, i) => {
    const p = deref(raw, `${where}.parameters[${i}]`);
    if (!isObj(p)) return fail(`${where}.parameters[${i}]`, 'is not an object');
    const name = String(p.name ?? '');
    const location = p.in;
    if (location === 'cookie') return fail(`${where}.parameters.${name}`, 'cookie parameters are not supported');
    if (location !== 'path' && location !== 'query' && location !== 'header') return fail(`${where}.parameters.${name}`, `bad 'in': ${String(location)}`);
    if (location === 'path' && p.required !== true) fail(`${where}.parameters.${name}`, 'path parameters must be required: true');
    if (p.content !== undefined) fail(`${where}.parameters.${name}`, 'parameters with `content` are not supported; use `schema`');
    const param: ParameterIR = {
      name,
      in: location,
      required: p.required === true,
      schema: (p.schema ?? {}) as JsonSchema,
    };
    if (typeof p.description === 'string') param.description = p.description;
    if (p.example !== undefined) param.example = p.example;
    else if (isObj(p.examples)) {
      const first = Object.values(p.examples)[0];
      const ex = deref(first, `${where}.parameters.${name}.examples`);
      if (isObj(ex) && ex.value !== undefined) param.example = ex.value;
    }
    // Operation-level parameters override path-level ones with the same name and location.
    byKey.set(`${location}:${name}`, param);
  });
  return [...byKey.values()];
}

function parseExamples(raw: unknown, where: string, deref: Deref, fail: Fail): ExampleIR[] {
  if (raw === undefined) return [];
  if (!isObj(raw)) return fail(where, 'examples must be an object');
  return Object.entries(raw).map(([name, value]) => {
    const ex = deref(value, `${where}.examples.${name}`);
    if (!isObj(ex) || !('value' in ex)) return fail(`${where}.examples.${name}`, 'must have a `value` (externalValue is not supported)');
    const status = ex['x-nexusflow-expect-status'] ?? 200;
    if (typeof status !== 'number' || !Number.isInteger(status)) return fail(`${where}.examples.${name}`, 'x-nexusflow-expect-status must be an integer');
    const example: ExampleIR = { name, value: ex.value, expectStatus: status };
    if (typeof ex.summary === 'string') example.summary = ex.summary;
    if (typeof ex['x-nexusflow-expect-issue-path'] === 'string') example.expectIssuePath = ex['x-nexusflow-expect-issue-path'];
    return example;
  });
}

function parseRequestBody(raw: unknown, where: string, deref: Deref, fail: Fail): RequestBodyIR {
  const body = deref(raw, `${where}.requestBody`);
  if (!isObj(body) || !isObj(body.content)) return fail(`${where}.requestBody`, 'must have content');
  const mediaTypes = Object.keys(body.content);
  const json = body.content['application/json'];
  const result: RequestBodyIR = { required: body.required === true, mediaTypes, examples: [] };
  if (isObj(json)) {
    if (json.schema !== undefined) result.schema = json.schema as JsonSchema;
    result.examples = parseExamples(json.examples, `${where}.requestBody`, deref, fail);
    if (json.example !== undefined) result.examples.unshift({ name: 'example', value: json.example, expectStatus: 200 });
  }
  return result;
}

function parseResponses(raw: unknown, where: string, deref: Deref, fail: Fail): ResponseIR[] {
  if (!isObj(raw)) return fail(`${where}.responses`, 'is required');
  return Object.entries(raw).map(([status, value]) => {
    if (!/^([1-5]\d\d|[1-5]XX|default)$/.test(status)) fail(`${where}.responses`, `bad status '${status}'`);
    const res = deref(value, `${where}.responses.${status}`);
    if (!isObj(res)) return fail(`${where}.responses.${status}`, 'is not an object');
    const content: MediaIR[] = Object.entries(isObj(res.content) ? res.content : {}).map(([mediaType, m]) => {
      const media: MediaIR = { mediaType };
      if (isObj(m)) {
        if (m.schema !== undefined) media.schema = m.schema as JsonSchema;
        if (m['x-nexusflow-event-schema'] !== undefined) {
          if (mediaType !== 'text/event-stream') fail(`${where}.responses.${status}`, 'x-nexusflow-event-schema belongs on text/event-stream');
          media.eventSchema = m['x-nexusflow-event-schema'] as JsonSchema;
        }
      }
      if (mediaType === 'text/event-stream' && media.eventSchema === undefined) {
        fail(`${where}.responses.${status}`, 'text/event-stream needs x-nexusflow-event-schema');
      }
      return media;
    });
    return { status, description: String(res.description ?? ''), content };
  });
}

function parseSse(raw: unknown, where: string, fail: Fail): SseConfig | undefined {
  if (raw === undefined) return undefined;
  if (!isObj(raw)) return fail(`${where}.x-nexusflow-sse`, 'must be an object');
  if (raw.framing !== 'data' && raw.framing !== 'event') fail(`${where}.x-nexusflow-sse.framing`, "must be 'data' or 'event'");
  const done = raw.done ?? null;
  if (done !== null && typeof done !== 'string') fail(`${where}.x-nexusflow-sse.done`, 'must be a string or null');
  return { framing: raw.framing as SseConfig['framing'], done: done as string | null };
}

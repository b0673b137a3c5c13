/**
 * conformance: `generated/<spec>/conformance.gen.test.ts`, a vitest file that starts a test
 * gateway once and, per operation, sends every request example (expecting
 * `x-nexusflow-expect-status`, default 200), validates the response body (or each SSE
 * event, with the operation's framing) against the spec, and checks that a request without
 * credentials gets 401 with a body matching the spec. With `info.x-nexusflow-conformance-credential:
 * admin` the tests send the test gateway's admin token instead of its API key. Shared logic lives in
 * `generated/conformance.gen.ts`, a verbatim copy of ./support.ts.
 */
import { readFileSync } from 'node:fs';
import type { ExampleIR, OperationIR, SecuritySchemeIR, SpecIR } from '../../ir.js';
import { tsLiteral, tsString } from '../../naming.js';
import { header, importSpecifier, symbolKey, type Plugin, type PluginContext } from '../../plugin.js';
import type { ConformanceAuth, ConformanceCase, ConformanceOperation } from './support.js';

const SUPPORT_SOURCE = readFileSync(new URL('./support.ts', import.meta.url), 'utf8');
/** The module conformance tests get a gateway from (written by the server team). */
export const GATEWAY_MODULE = 'test/support/gateway.ts';

export function conformanceFile(spec: SpecIR, outDir: string): string {
  return `${outDir}/${spec.name}/conformance.gen.test.ts`;
}

export function conformancePlugin(): Plugin {
  return {
    name: 'conformance',
    dependsOn: ['document'],
    spec(spec: SpecIR, ctx: PluginContext) {
      const file = conformanceFile(spec, ctx.outDir);
      const supportFile = `${ctx.outDir}/conformance.gen.ts`;
      const document = ctx.symbols.get(symbolKey.document(spec.name));
      const operations: ConformanceOperation[] = [];
      const todos: string[] = [];
      for (const op of spec.operations) {
        const { operation, todo } = conformanceOperation(spec, op);
        operations.push(operation);
        if (todo) todos.push(todo);
      }
      const lines = [
        header(spec.origin),
        '// Conformance: every request example of the spec against a running gateway.',
        "import { afterAll, beforeAll, describe, it } from 'vitest';",
        `import { startTestGateway } from '${importSpecifier(file, GATEWAY_MODULE)}';`,
        `import { createConformanceKit, type ConformanceOperation } from '${importSpecifier(file, supportFile)}';`,
        `import { ${document.name} } from '${importSpecifier(file, document.file)}';`,
        '',
        `const kit = createConformanceKit({ name: ${tsString(spec.name)}, headers: ${tsLiteral(spec.conformanceHeaders)}, document: ${document.name}${spec.conformanceCredential ? `, credential: ${tsString(spec.conformanceCredential)}` : ''} });`,
        '',
        `const operations: ConformanceOperation[] = ${tsLiteral(operations)};`,
        '',
        'let gateway: Awaited<ReturnType<typeof startTestGateway>> | undefined;',
        'beforeAll(async () => {',
        '  gateway = await startTestGateway();',
        '});',
        'afterAll(async () => {',
        '  await gateway?.close();',
        '});',
        '',
        `describe(${tsString(`${spec.name} conformance`)}, () => {`,
        '  for (const op of operations) {',
        '    describe(`${op.operationId} (${op.method} ${op.path})`, () => {',
        '      for (const c of op.cases) {',
        '        it(c.title, async () => {',
        "          if (!gateway) throw new Error('the test gateway did not start');",
        '          await kit.run(gateway, op, c);',
        '        });',
        '      }',
        '    });',
        '  }',
        ...todos.map((t) => `  it.todo(${tsString(t)});`),
        '});',
      ];
      ctx.emit({ path: file, contents: lines.join('\n') });
    },
    finish(ctx: PluginContext) {
      if (ctx.specs.length === 0) return;
      ctx.emit({
        path: `${ctx.outDir}/conformance.gen.ts`,
        contents: `${header('spec/codegen/plugins/conformance/support.ts')}\n${SUPPORT_SOURCE}`,
      });
    },
  };
}

function authFor(spec: SpecIR, op: OperationIR): ConformanceAuth {
  // The first requirement we can satisfy with one API key; `{}` (optional auth) means none.
  for (const requirement of op.security) {
    const names = Object.keys(requirement);
    if (names.length === 0) return { kind: 'none' };
    const scheme = spec.securitySchemes.find((s) => s.name === names[0]);
    const auth = scheme && schemeAuth(scheme);
    if (auth) return auth;
  }
  return { kind: 'none' };
}

function schemeAuth(scheme: SecuritySchemeIR): ConformanceAuth | undefined {
  if (scheme.type === 'http' && scheme.scheme === 'bearer') return { kind: 'bearer' };
  if (scheme.type === 'http' && scheme.scheme === 'basic') return { kind: 'basic' };
  if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.parameterName) return { kind: 'header', name: scheme.parameterName };
  if (scheme.type === 'apiKey' && scheme.in === 'query' && scheme.parameterName) return { kind: 'query', name: scheme.parameterName };
  return undefined;
}

/** Is this example answered with an event stream? */
export function isStreaming(op: OperationIR, body: unknown): boolean {
  if (!op.sse) return false;
  const success = op.responses.find((r) => /^2/.test(r.status));
  const onlyStream = success !== undefined && success.content.every((m) => m.mediaType === 'text/event-stream');
  // Operations that answer JSON or SSE (OpenAI, Anthropic) decide by the body's `stream` flag.
  return onlyStream || (typeof body === 'object' && body !== null && (body as { stream?: unknown }).stream === true);
}

function conformanceOperation(spec: SpecIR, op: OperationIR): { operation: ConformanceOperation; todo?: string } {
  const params: Record<string, string> = {};
  const query: Record<string, string> = {};
  for (const p of op.parameters) {
    const fromSpec = p.in === 'path' ? op.conformance.params[p.name] : op.conformance.query[p.name];
    const value = fromSpec ?? (p.example === undefined ? undefined : String(p.example));
    if (p.in === 'path') {
      if (value === undefined) throw new Error(`${spec.origin}: ${op.operationId}: no x-nexusflow-conformance-params or example for path parameter '${p.name}'`);
      params[p.name] = value;
    } else if (p.in === 'query' && p.required && value !== undefined) {
      query[p.name] = value;
    }
  }
  Object.assign(query, op.conformance.query);

  const responses: ConformanceOperation['responses'] = {};
  const opPointer = ['paths', op.path, op.method.toLowerCase()];
  for (const r of op.responses) {
    const at = resolvePointer(spec, [...opPointer, 'responses', r.status]);
    const entry: ConformanceOperation['responses'][string] = { mediaTypes: r.content.map((m) => m.mediaType) };
    for (const m of r.content) {
      if (m.mediaType === 'text/event-stream') {
        if (m.eventSchema !== undefined) entry.eventSchema = toPointer(resolvePointer(spec, [...at, 'content', m.mediaType, 'x-nexusflow-event-schema'], false));
      } else if (m.schema !== undefined && entry.schema === undefined) {
        entry.schema = toPointer(resolvePointer(spec, [...at, 'content', m.mediaType, 'schema'], false));
      }
    }
    responses[r.status] = entry;
  }

  const auth = authFor(spec, op);
  const cases: ConformanceCase[] = [];
  let todo: string | undefined;
  const examples = op.requestBody?.examples ?? [];
  const fromExample = (title: string, ex: ExampleIR | undefined, credentials: boolean, expectStatus: number): ConformanceCase => {
    const c: ConformanceCase = { title, credentials, expectStatus, stream: expectStatus < 300 && isStreaming(op, ex?.value) };
    if (ex !== undefined) c.body = ex.value;
    return c;
  };
  for (const ex of examples) {
    cases.push(fromExample(`example ${ex.name} → ${ex.expectStatus}${ex.summary ? ` (${ex.summary})` : ''}`, ex, true, ex.expectStatus));
  }
  if (examples.length === 0) {
    if (op.requestBody?.required) todo = `${op.operationId}: add request examples to ${spec.origin}`;
    else {
      const status = op.conformance.expectStatus ?? 200;
      cases.push(fromExample(`${op.method} ${op.path} → ${status}`, undefined, true, status));
    }
  }
  if (auth.kind !== 'none') {
    // A request that is valid apart from the missing credentials.
    const valid = examples.find((e) => e.expectStatus < 300);
    if (valid || !op.requestBody?.required) cases.push(fromExample(`rejects a request without credentials → ${spec.unauthenticatedStatus}`, valid, false, spec.unauthenticatedStatus));
  }

  const operation: ConformanceOperation = { operationId: op.operationId, method: op.method, path: op.path, params, query, auth, responses, cases };
  if (op.sse) operation.sse = { framing: op.sse.framing, done: op.sse.done };
  return todo === undefined ? { operation } : { operation, todo };
}

/**
 * The canonical JSON pointer of a location, following `$ref`s on the way (Ajv cannot walk a
 * pointer through a reference object). With `followLast` off, the final node is not
 * dereferenced: a schema that is itself a `$ref` stays a schema Ajv resolves.
 */
function resolvePointer(spec: SpecIR, segments: string[], followLast = true): string[] {
  let tokens: string[] = [];
  let node: unknown = spec.document;
  const follow = () => {
    for (let hops = 0; typeof node === 'object' && node !== null && typeof (node as { $ref?: unknown }).$ref === 'string'; hops++) {
      const ref = (node as { $ref: string }).$ref;
      if (!ref.startsWith('#/') || hops > 20) throw new Error(`${spec.origin}: cannot follow ${ref}`);
      tokens = ref.slice(2).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
      node = tokens.reduce<unknown>((n, t) => (typeof n === 'object' && n !== null ? (n as Record<string, unknown>)[t] : undefined), spec.document);
    }
  };
  segments.forEach((segment, i) => {
    follow();
    tokens = [...tokens, segment];
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[segment] : undefined;
    if (node === undefined) throw new Error(`${spec.origin}: nothing at /${tokens.join('/')}`);
    if (i === segments.length - 1 && followLast) follow();
  });
  return tokens;
}

export function toPointer(tokens: readonly string[]): string {
  return `#/${tokens.map((t) => t.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

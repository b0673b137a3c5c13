/**
 * OpenAPI path → find-my-way (fastify 5) route path.
 *
 * Findings against fastify 5.12 / find-my-way 9.10 (tested in test/codegen/router-path.test.ts):
 * - A literal `:` is written `::`.
 * - A parameter name only ends at `/`, `-`, `.`, `(` or the end of the path. So
 *   `/v1beta/models/:model::generateContent` does NOT work: it declares one parameter
 *   named `model::generateContent` that matches any segment, and a second route
 *   `…/:model::streamGenerateContent` is rejected as a duplicate.
 * - A parameter followed by literal text in the same segment therefore gets an explicit
 *   regex, which ends the name: `/v1beta/models/:model([^/]+)::generateContent`. Static
 *   text after the regex is matched literally (anchored), and `%3A` in the request is
 *   decoded before matching, so `gemini-2.5-flash%3AgenerateContent` matches too.
 */
export function toRouterPath(openApiPath: string): string {
  if (!openApiPath.startsWith('/')) throw new Error(`path must start with '/': ${openApiPath}`);
  return openApiPath
    .split('/')
    .map((segment) => convertSegment(segment, openApiPath))
    .join('/');
}

/** Names of the `{params}` in an OpenAPI path, in order. */
export function pathParameterNames(openApiPath: string): string[] {
  return [...openApiPath.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? '');
}

const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function convertSegment(segment: string, fullPath: string): string {
  const pieces = segment.split(/(\{[^}]*\})/).filter((p) => p !== '');
  let out = '';
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] ?? '';
    if (piece.startsWith('{')) {
      const name = piece.slice(1, -1);
      if (!PARAM_NAME.test(name)) throw new Error(`unsupported path parameter name '${name}' in ${fullPath}`);
      const next = pieces[i + 1];
      if (next?.startsWith('{')) throw new Error(`two adjacent parameters in one segment of ${fullPath}`);
      // Literal text after a parameter in the same segment: end the name with a regex.
      out += next === undefined ? `:${name}` : `:${name}([^/]+)`;
    } else {
      if (/[*(){}?#]/.test(piece)) throw new Error(`unsupported character in path segment '${piece}' of ${fullPath}`);
      out += piece.replaceAll(':', '::');
    }
  }
  return out;
}

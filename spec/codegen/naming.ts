/** Identifier helpers shared by plugins, so every plugin derives the same names. */

function words(input: string): string[] {
  return input
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
}

/** `openai` → `Openai`, `createChatCompletion` → `CreateChatCompletion`, `my-spec` → `MySpec`. */
export function pascalCase(input: string): string {
  return words(input)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** `openai` → `openai`, `my-spec` → `mySpec`. */
export function camelCase(input: string): string {
  const p = pascalCase(input);
  return p.charAt(0).toLowerCase() + p.slice(1);
}

export type RequestPart = 'body' | 'query' | 'params';

/** `validateCreateChatCompletionBody`: the exported validator for one part of an operation. */
export function validatorName(operationId: string, part: RequestPart): string {
  return `validate${pascalCase(operationId)}${pascalCase(part)}`;
}

/** A TS string literal, single-quoted, stable across runs. */
export function tsString(value: string): string {
  const escaped = value.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\\\';
      case "'":
        return "\\'";
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `'${escaped}'`;
}

/** A JSON-like value as a TS literal: bare identifier keys, single quotes, two-space indent. */
export function tsLiteral(value: unknown, indent = 0): string {
  const pad = '  '.repeat(indent + 1);
  const end = '  '.repeat(indent);
  if (value === null) return 'null';
  if (typeof value === 'string') return tsString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${pad}${tsLiteral(v, indent + 1)}`).join(',\n')},\n${end}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${pad}${tsKey(k)}: ${tsLiteral(v, indent + 1)}`).join(',\n')},\n${end}}`;
  }
  throw new Error(`cannot print ${typeof value} as a literal`);
}

/** A property key: bare when it is an identifier, quoted otherwise. */
export function tsKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : tsString(key);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/**
 * snake_case → camelCase for Gemini request bodies, done once at the door. Google's REST front
 * end accepts both spellings (`system_instruction`, `generation_config`…) and hand-written
 * clients send snake_case (protocols.md §4.2); the SDKs always send camelCase.
 *
 * The walk follows the request's structure instead of renaming every key: user-owned maps —
 * function call `args`, function `response`, schema `properties` names, `example`/`default`
 * values, JSON Schemas (`parametersJsonSchema`, `responseJsonSchema`), `labels` — are left
 * exactly as sent.
 */

type Obj = Record<string, unknown>;

export interface Normalized<T> {
  value: T;
  /** Whether any key was renamed (the caller re-validates the renamed body). */
  changed: boolean;
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function camelKey(key: string): string {
  return key.includes('_') ? key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()) : key;
}

class Walker {
  changed = false;

  /** Renames the keys of one object; `child` decides how each (renamed) value is walked. */
  object(v: unknown, child: (key: string, value: unknown) => unknown): unknown {
    if (!isObj(v)) return v;
    const out: Obj = {};
    for (const [k, value] of Object.entries(v)) {
      const key = camelKey(k);
      if (key !== k) {
        this.changed = true;
        // When both spellings are present the camelCase one wins, as in Google's front end.
        if (key in v) continue;
      }
      out[key] = child(key, value);
    }
    return out;
  }

  array(v: unknown, item: (value: unknown) => unknown): unknown {
    return Array.isArray(v) ? v.map(item) : v;
  }

  /** A Google-defined object with no user-owned maps inside: every key, at every depth. */
  deep = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(this.deep);
    return this.object(v, (_k, value) => this.deep(value));
  };

  request = (v: unknown): unknown =>
    this.object(v, (k, value) => {
      switch (k) {
        case 'contents':
          return this.array(value, this.content);
        case 'systemInstruction':
          return this.content(value);
        case 'tools':
          return this.array(value, this.tool);
        case 'generationConfig':
          return this.generationConfig(value);
        case 'generateContentRequest':
          return this.request(value);
        case 'toolConfig':
        case 'safetySettings':
          return this.deep(value);
        default:
          return value;
      }
    });

  content = (v: unknown): unknown => this.object(v, (k, value) => (k === 'parts' ? this.array(value, this.part) : value));

  part = (v: unknown): unknown =>
    this.object(v, (k, value) => {
      switch (k) {
        case 'functionCall':
          return this.object(value, (_k, inner) => inner);
        case 'functionResponse':
          return this.object(value, (fk, inner) => (fk === 'parts' ? this.array(inner, this.part) : inner));
        case 'inlineData':
        case 'fileData':
        case 'executableCode':
        case 'codeExecutionResult':
        case 'videoMetadata':
          return this.deep(value);
        default:
          return value;
      }
    });

  tool = (v: unknown): unknown =>
    this.object(v, (k, value) => (k === 'functionDeclarations' ? this.array(value, this.declaration) : this.deep(value)));

  declaration = (v: unknown): unknown =>
    this.object(v, (k, value) => (k === 'parameters' || k === 'response' ? this.schema(value) : value));

  generationConfig = (v: unknown): unknown =>
    this.object(v, (k, value) => {
      if (k === 'responseSchema') return this.schema(value);
      if (k === 'responseJsonSchema') return value;
      return this.deep(value);
    });

  /** Gemini's OpenAPI-subset Schema: `properties` names and literal values are the user's. */
  schema = (v: unknown): unknown =>
    this.object(v, (k, value) => {
      switch (k) {
        case 'properties':
          return isObj(value) ? Object.fromEntries(Object.entries(value).map(([name, s]) => [name, this.schema(s)])) : value;
        case 'items':
          return this.schema(value);
        case 'anyOf':
          return this.array(value, this.schema);
        default:
          return value;
      }
    });
}

/** A GenerateContent / countTokens request body with every known snake_case key renamed. */
export function normalizeRequestKeys<T>(body: T): Normalized<T> {
  const w = new Walker();
  const value = w.request(body) as T;
  return { value, changed: w.changed };
}

/** A batchEmbedContents body: `requests[].content` are Contents, the rest Google-defined. */
/** embedContent: one request's snake_case keys (output_dimensionality, task_type, content parts). */
export function normalizeEmbedOneKeys<T>(body: T): Normalized<T> {
  const w = new Walker();
  const value = w.object(body, (k, v) => (k === 'content' ? w.content(v) : v)) as T;
  return { value, changed: w.changed };
}

export function normalizeEmbedKeys<T>(body: T): Normalized<T> {
  const w = new Walker();
  const value = w.object(body, (k, v) =>
    k === 'requests' ? w.array(v, (r) => w.object(r, (rk, rv) => (rk === 'content' ? w.content(rv) : rv))) : v,
  ) as T;
  return { value, changed: w.changed };
}

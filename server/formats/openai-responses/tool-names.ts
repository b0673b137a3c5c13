/**
 * What the names the model calls stand for. Tools in namespaces (`{type: "namespace", name:
 * "crm", tools: [...]}`, as Codex sends) reach upstreams that have no namespaces as plain
 * functions named `<namespace>__<name>`; custom (free-form input) tools reach them as functions
 * with one string parameter `input`. A call the model makes goes back to the caller as what it
 * was: `{namespace, name}`, and a `custom_tool_call` with its raw input.
 */
const SEPARATOR = '__';

/** The parameters a custom tool has upstream. */
export const CUSTOM_TOOL_PARAMETERS = {
  type: 'object',
  properties: { input: { type: 'string', description: 'The raw input of the tool, as its description says.' } },
  required: ['input'],
  additionalProperties: false,
} as const;

export interface CalledName {
  name: string;
  namespace?: string;
  /** A custom tool: its call is a `custom_tool_call` whose `input` is the `input` argument. */
  custom: boolean;
}

export class ToolNames {
  readonly #byFlat = new Map<string, { namespace: string; name: string }>();
  readonly #custom = new Set<string>();

  /** The upstream name of a namespaced tool (remembered, so calls to it map back). */
  flatten(namespace: string, name: string): string {
    const flat = `${namespace}${SEPARATOR}${name}`;
    this.#byFlat.set(flat, { namespace, name });
    return flat;
  }

  /** The upstream name of a called tool, in its namespace when it has one. */
  upstream(name: string, namespace: string | undefined): string {
    return namespace ? this.flatten(namespace, name) : name;
  }

  markCustom(upstreamName: string): void {
    this.#custom.add(upstreamName);
  }

  /** The item fields for a name the model called. */
  called(upstreamName: string): CalledName {
    const ns = this.#byFlat.get(upstreamName);
    return { ...(ns ?? { name: upstreamName }), custom: this.#custom.has(upstreamName) };
  }
}

/** A custom tool's raw input from the JSON arguments the upstream produced (the text itself when they are not `{input}`). */
export function customInput(argumentsRaw: string): string {
  try {
    const v = JSON.parse(argumentsRaw) as { input?: unknown };
    if (typeof v === 'object' && v !== null && typeof v.input === 'string') return v.input;
  } catch {
    // not JSON: the model wrote the input itself
  }
  return argumentsRaw;
}

/**
 * Tools in namespaces (`{type: "namespace", name: "crm", tools: [...]}`, as Codex sends) reach
 * upstreams that have no namespaces as plain functions named `<namespace>__<name>`; a call the
 * model makes to such a name goes back to the caller as `{namespace, name}`.
 */
const SEPARATOR = '__';

export class ToolNames {
  readonly #byFlat = new Map<string, { namespace: string; name: string }>();

  /** The upstream name of a namespaced function (remembered, so calls to it map back). */
  flatten(namespace: string, name: string): string {
    const flat = `${namespace}${SEPARATOR}${name}`;
    this.#byFlat.set(flat, { namespace, name });
    return flat;
  }

  /** The `name` (and `namespace`) of a function_call item for a name the model called. */
  itemName(called: string): { name: string; namespace?: string } {
    return this.#byFlat.get(called) ?? { name: called };
  }
}

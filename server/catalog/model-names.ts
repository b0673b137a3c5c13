import type { SupportedProtocol } from '../canonical/protocol.js';
import type { ModelRecord } from '../store/types.js';

/** One alias of one model, compiled. */
interface NameRule {
  model: ModelRecord;
  pattern: string;
  /** Characters other than `*`: the more, the more specific the pattern. */
  literal: number;
  test: (name: string) => boolean;
}

function compile(pattern: string): (name: string) => boolean {
  if (!pattern.includes('*')) return (name) => name === pattern;
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return (name) => re.test(name);
}

/**
 * The names callers use for models, beyond catalog ids: clients ask for their own defaults
 * (Claude Code's background `claude-3-5-haiku-…`, Gemini CLI's `gemini-2.5-flash-lite`, Codex's
 * `gpt-5-codex`). A model's `aliases` are exact names or `*` glob patterns. A catalog id always
 * wins; then an exact alias; then the most specific matching pattern (most literal characters,
 * then model id) among models that serve the protocol — so `*` on a model makes it the default
 * for its protocols, and a more specific pattern on another beats it.
 */
export class ModelNames {
  readonly #exact = new Map<string, ModelRecord[]>();
  readonly #patterns: NameRule[] = [];

  constructor(models: Iterable<ModelRecord>) {
    for (const model of models) {
      for (const pattern of model.aliases ?? []) {
        if (!pattern.includes('*')) {
          const list = this.#exact.get(pattern) ?? [];
          list.push(model);
          this.#exact.set(pattern, list);
        } else {
          this.#patterns.push({ model, pattern, literal: pattern.replace(/\*/g, '').length, test: compile(pattern) });
        }
      }
    }
    this.#patterns.sort((a, b) => b.literal - a.literal || a.model.id.localeCompare(b.model.id));
    for (const list of this.#exact.values()) list.sort((a, b) => a.id.localeCompare(b.id));
  }

  /** The model `name` (not a catalog id) stands for, for a request in `protocol`. */
  resolve(name: string, protocol: SupportedProtocol): ModelRecord | undefined {
    const serves = (m: ModelRecord): boolean => m.supportedProtocols.includes(protocol);
    const exact = this.#exact.get(name);
    if (exact) return exact.find(serves) ?? exact[0];
    return this.#patterns.find((r) => serves(r.model) && r.test(name))?.model;
  }
}

import { createRequire } from 'node:module';

/**
 * Token counting for estimates (holds, count_tokens, streams without usage). cl100k_base is a
 * neutral choice across vendors; upstream-reported usage always wins when present. gpt-tokenizer
 * keeps the ranks in ~55 MB (js-tiktoken took ~120 MB) and counts about 5× faster.
 *
 * The ranks load on the first count, not at start: an idle gateway (or one whose requests all
 * carry upstream usage and no holds, e.g. free models) does not hold them (#16: idle RSS).
 */
type Count = (text: string) => number;
let count: Count | undefined;

function load(): Count {
  const mod = createRequire(import.meta.url)('gpt-tokenizer/encoding/cl100k_base') as { countTokens: Count };
  count = mod.countTokens;
  return count;
}

export function countTokens(text: string): number {
  if (text.length === 0) return 0;
  return (count ?? load())(text);
}

/** Whether the ranks are loaded (tests of the lazy load). */
export function tokenizerLoaded(): boolean {
  return count !== undefined;
}

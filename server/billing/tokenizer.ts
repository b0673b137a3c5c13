import { getEncoding, type Tiktoken } from 'js-tiktoken';

/**
 * Token counting for estimates (holds, count_tokens, streams without usage).
 * cl100k_base is a neutral choice across vendors; upstream-reported usage always wins when present.
 */
let encoding: Tiktoken | undefined;

function enc(): Tiktoken {
  encoding ??= getEncoding('cl100k_base');
  return encoding;
}

/** Loads the BPE ranks ahead of the first request so it does not pay the ~150 ms. */
export function warmTokenizer(): void {
  enc();
}

export function countTokens(text: string): number {
  if (text.length === 0) return 0;
  return enc().encode(text).length;
}

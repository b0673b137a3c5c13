import type { Part } from '../canonical/parts.js';
import type { CanonicalChatRequest } from '../canonical/request.js';
import { countTokens } from './tokenizer.js';

/** Tokens a model is charged per message for role markers (OpenAI's chat format overhead). */
const PER_MESSAGE_OVERHEAD = 3;
/** A flat estimate for an image part; vendors bill images by tiles, which we cannot know here. */
const IMAGE_TOKENS = 765;

/** Estimated input tokens of a chat request: the same count for holds, count_tokens and the simulator. */
export function estimatePromptTokens(req: CanonicalChatRequest): number {
  let total = 0;
  if (req.system.length > 0) total += PER_MESSAGE_OVERHEAD + partsTokens(req.system);
  for (const m of req.messages) total += PER_MESSAGE_OVERHEAD + partsTokens(m.parts);
  for (const t of req.tools) {
    total += countTokens(t.name) + countTokens(t.description ?? '') + (t.parameters ? countTokens(JSON.stringify(t.parameters)) : 0);
  }
  return total + PER_MESSAGE_OVERHEAD;
}

function partsTokens(parts: readonly Part[]): number {
  let n = 0;
  for (const p of parts) {
    switch (p.kind) {
      case 'text':
        n += countTokens(p.text);
        break;
      case 'thinking':
        n += countTokens(p.text);
        break;
      case 'tool_call':
        n += countTokens(p.name) + countTokens(p.argumentsRaw);
        break;
      case 'tool_result':
        n += partsTokens(p.content);
        break;
      case 'image':
        n += IMAGE_TOKENS;
        break;
      case 'document':
        n += p.source.type === 'text' ? countTokens(p.source.text) : IMAGE_TOKENS;
        break;
      case 'audio':
      case 'redacted_thinking':
      case 'opaque':
        n += Math.ceil(JSON.stringify(p).length / 4);
        break;
    }
  }
  return n;
}

import type { CanonicalChatResponse } from '../../canonical/response.js';
import type { CanonicalUsage } from '../../canonical/usage.js';
import { encodeParts } from './content-blocks.js';
import { encodeStop, encodeUsage } from './usage.js';
import type { WireMessageResponse } from './wire.js';

/** Anthropic message ids start with `msg_`; other upstreams' ids are kept after the prefix. */
export function messageId(id: string): string {
  return id.startsWith('msg_') ? id : `msg_${id.replace(/[^A-Za-z0-9_-]/g, '')}`;
}

/**
 * Canonical response → Anthropic `message` (protocols.md §3.3). Anthropic has one choice:
 * choice 0 is the message. `usage` is what billing settled on (upstream or estimated).
 */
export function encodeMessageResponse(res: CanonicalChatResponse, model: string, usage: CanonicalUsage | undefined = res.usage): WireMessageResponse {
  const choice = res.choices.find((c) => c.index === 0) ?? res.choices[0];
  const ext = res.extensions?.protocol === 'anthropic' ? res.extensions.fields : {};
  const { usage: extraUsage, ...extraTop } = ext as { usage?: Record<string, unknown> } & Record<string, unknown>;
  const out: WireMessageResponse = {
    ...extraTop,
    id: messageId(res.id),
    type: 'message',
    role: 'assistant',
    model,
    content: choice ? encodeParts(choice.parts, { side: 'response' }) : [],
    ...encodeStop(choice?.finish),
    usage: { ...extraUsage, ...encodeUsage(usage) },
  };
  return out;
}

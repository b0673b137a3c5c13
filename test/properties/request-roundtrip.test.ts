import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CanonicalChatRequest } from '../../server/canonical/request.js';
import { decodeMessagesRequest } from '../../server/formats/anthropic/decode-request.js';
import { encodeMessagesRequest } from '../../server/formats/anthropic/encode-request.js';
import type { WireMessagesRequest } from '../../server/formats/anthropic/wire.js';
import { decodeGenerateContentRequest } from '../../server/formats/gemini/decode-request.js';
import { encodeGenerateContentRequest } from '../../server/formats/gemini/encode-request.js';
import type { WireGenerateContentRequest } from '../../server/formats/gemini/wire.js';
import { decodeChatRequest } from '../../server/formats/openai/decode-request.js';
import { encodeChatRequest } from '../../server/formats/openai/encode-request.js';
import type { WireChatRequest } from '../../server/formats/openai/wire.js';
import { decodeResponsesRequest } from '../../server/formats/openai-responses/decode-request.js';
import { encodeResponsesRequest } from '../../server/formats/openai-responses/encode-request.js';
import type { WireResponsesRequest } from '../../server/formats/openai-responses/wire.js';
import { fcOptions, request } from './arbitraries.js';
import { ANTHROPIC_DEFAULT_MAX_TOKENS, carriedByAnthropic, carriedByGemini, carriedByOpenAI, carriedByResponses } from './carry.js';

/**
 * A canonical request (as another protocol's front door produced it) encoded for an upstream
 * of protocol P and decoded by P's front door comes back as everything P can carry
 * (carry.ts). The body crosses JSON, as on the wire.
 */
const wire = <T>(body: T): T => JSON.parse(JSON.stringify(body)) as T;
const plain = (req: CanonicalChatRequest): unknown => JSON.parse(JSON.stringify(req));

describe('requests: encode to a protocol and decode back loses nothing it can carry (fast-check)', () => {
  it('OpenAI Chat Completions', () => {
    fc.assert(fc.property(request('anthropic'), (req) => {
      const back = decodeChatRequest(wire<WireChatRequest>(encodeChatRequest(req, req.model)));
      expect(plain(back)).toEqual(plain(carriedByOpenAI(req)));
    }), fcOptions);
  });

  it('Anthropic Messages', () => {
    fc.assert(fc.property(request('openai'), (req) => {
      const body = encodeMessagesRequest(req, req.model, { defaultMaxTokens: ANTHROPIC_DEFAULT_MAX_TOKENS, samplingAllowed: true });
      const back = decodeMessagesRequest(wire<WireMessagesRequest>(body));
      expect(plain(back)).toEqual(plain(carriedByAnthropic(req)));
    }), fcOptions);
  });

  it('OpenAI Responses', () => {
    fc.assert(fc.property(request('anthropic'), (req) => {
      const back = decodeResponsesRequest(wire<WireResponsesRequest>(encodeResponsesRequest(req, req.model))).req;
      expect(plain(back)).toEqual(plain(carriedByResponses(req)));
    }), fcOptions);
  });

  it('Gemini GenerateContent', () => {
    fc.assert(fc.property(request('openai'), (req) => {
      const back = decodeGenerateContentRequest(wire<WireGenerateContentRequest>(encodeGenerateContentRequest(req)), req.model, req.stream);
      expect(geminiComparable(back)).toEqual(geminiComparable(carriedByGemini(req)));
    }), fcOptions);
  });
});

/**
 * Gemini sends no call ids, so decoded ids are synthetic: ids are compared by order of first
 * appearance (a result must still answer the right call). The MIME type a URL image needs on
 * the Gemini wire and the Gemini-dialect tool schema come back as extensions, for Gemini
 * upstreams; they are not canonical content and are left out of the comparison.
 */
function geminiComparable(req: CanonicalChatRequest): unknown {
  const ids = new Map<string, string>();
  const id = (raw: string): string => {
    if (!ids.has(raw)) ids.set(raw, `call#${ids.size}`);
    return ids.get(raw)!;
  };
  const copy = structuredClone(req);
  for (const m of copy.messages) {
    for (const p of m.parts) {
      if (p.kind === 'tool_call') p.id = id(p.id);
      if (p.kind === 'tool_result') p.callId = id(p.callId);
      if (p.kind === 'image') delete p.extensions;
    }
  }
  for (const t of copy.tools) delete t.extensions;
  return plain(copy);
}

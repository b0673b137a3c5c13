import type { Protocol, SupportedProtocol } from '../canonical/protocol.js';
import type { CanonicalChatRequest } from '../canonical/request.js';
import { GatewayError } from '../errors/gateway-error.js';

/**
 * Every limit on what a caller may send, in one place (defaults here, environment in
 * config/env.ts). Bytes and time are enforced by the HTTP server (app.ts); counts by
 * `checkChatLimits` once a request is decoded, before any money moves.
 */
export interface RequestLimits {
  /** Largest request body, bytes (413 payload_too_large). */
  bodyBytes: number;
  /** Largest request line + headers, bytes (node's maxHeaderSize; node answers 431). */
  headerBytes: number;
  /** Time a client has to send its headers, ms (slowloris; node answers 408 and closes). */
  headersTimeoutMs: number;
  /** Time a client has to send its whole request, body included, ms. Responses (streams) are not limited by it. */
  requestTimeoutMs: number;
  /** Messages (turns) in one chat request. */
  maxMessages: number;
  /** Tool (function) definitions in one chat request. */
  maxTools: number;
  /** Content parts in one message (and in the system instructions). */
  maxPartsPerMessage: number;
  /** Nesting levels of a JSON request body (objects and arrays), checked before it is parsed. */
  maxJsonDepth: number;
}

/**
 * Generous for any real conversation (OpenAI itself allows 128 tools; long agent sessions stay
 * well under a few thousand turns), while bounding the work one request can cause in decoding,
 * translation and token estimation, which grows with these counts more than with bytes.
 */
export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  bodyBytes: 10 * 1024 * 1024,
  headerBytes: 16 * 1024,
  headersTimeoutMs: 15_000,
  requestTimeoutMs: 60_000,
  maxMessages: 4096,
  maxTools: 512,
  maxPartsPerMessage: 1024,
  // Real tool schemas nest a few dozen levels at most; recursion in validators stays far from the stack limit.
  maxJsonDepth: 128,
};

export function requestLimits(partial: Partial<RequestLimits> = {}): RequestLimits {
  const limits = { ...DEFAULT_REQUEST_LIMITS, ...partial };
  // node refuses a headers timeout longer than the request timeout.
  limits.headersTimeoutMs = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  return limits;
}

/** The wire names of the counted fields, so a 400 names the parameter the caller actually sent. */
const PARAMS: Record<Protocol, { messages: string; parts: string; system: string; tools: string }> = {
  openai: { messages: 'messages', parts: 'messages[].content', system: 'messages', tools: 'tools' },
  anthropic: { messages: 'messages', parts: 'messages[].content', system: 'system', tools: 'tools' },
  gemini: { messages: 'contents', parts: 'contents[].parts', system: 'system_instruction.parts', tools: 'tools[].function_declarations' },
  nexusflow: { messages: 'messages', parts: 'messages[].content', system: 'system', tools: 'tools' },
};
/** The Responses API speaks OpenAI's errors but names its fields differently. */
const RESPONSES_PARAMS = { messages: 'input', parts: 'input[].content', system: 'instructions', tools: 'tools' };

/** Throws invalid_request (400) naming the parameter when a decoded chat request exceeds a count limit. */
export function checkChatLimits(req: CanonicalChatRequest, limits: RequestLimits, protocol?: SupportedProtocol): void {
  const param = protocol === 'openai:responses' ? RESPONSES_PARAMS : PARAMS[req.inbound];
  const tooMany = (name: string, what: string, n: number, max: number): GatewayError =>
    new GatewayError('invalid_request', `Too many ${what} in ${name}: ${n}; this gateway accepts at most ${max}.`, { param: name });
  if (req.messages.length > limits.maxMessages) throw tooMany(param.messages, 'messages', req.messages.length, limits.maxMessages);
  if (req.tools.length > limits.maxTools) throw tooMany(param.tools, 'tool definitions', req.tools.length, limits.maxTools);
  if (req.system.length > limits.maxPartsPerMessage) throw tooMany(param.system, 'content parts', req.system.length, limits.maxPartsPerMessage);
  for (const m of req.messages) {
    if (m.parts.length > limits.maxPartsPerMessage) throw tooMany(param.parts, 'content parts', m.parts.length, limits.maxPartsPerMessage);
  }
}

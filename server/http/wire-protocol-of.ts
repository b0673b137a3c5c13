import type { WireProtocol } from '../../generated/runtime.gen.js';

/**
 * The protocol a request belongs to when no route decided it (404s, router errors, requests
 * node refused before fastify saw them): Gemini lives under /v1beta, tasks under /v1/tasks,
 * Anthropic under /v1/messages or wherever the caller sends `anthropic-version`; the rest is OpenAI.
 */
export function wireProtocolOf(path: string, hasAnthropicVersion: boolean): WireProtocol {
  if (path.startsWith('/v1beta/') || path.startsWith('/v1beta?') || path === '/v1beta') return 'gemini';
  if (path === '/v1/tasks' || path.startsWith('/v1/tasks/') || path.startsWith('/v1/tasks?')) return 'nexusflow';
  if (hasAnthropicVersion || path === '/v1/messages' || path.startsWith('/v1/messages/') || path.startsWith('/v1/messages?')) return 'anthropic';
  return 'openai';
}

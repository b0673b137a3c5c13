import type { Protocol } from '../canonical/protocol.js';
import { GatewayError, toGatewayError } from '../errors/gateway-error.js';
import type { Principal } from '../pipeline/principal.js';
import type { KeyCache } from './key-cache.js';

type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** `Authorization: Bearer <key>` → the key, or undefined. */
export function bearerToken(headers: Headers): string | undefined {
  const auth = header(headers, 'authorization');
  if (!auth) return undefined;
  const m = /^Bearer\s+(.+)$/i.exec(auth.trim());
  return m?.[1]?.trim();
}

/** Where each protocol's SDKs put the key (protocols.md §1.2). */
export function presentedKey(protocol: 'openai' | 'anthropic' | 'gemini' | 'nexusflow', headers: Headers, query: Record<string, unknown>): string | undefined {
  switch (protocol) {
    case 'anthropic':
      return header(headers, 'x-api-key') ?? bearerToken(headers);
    case 'gemini':
      return header(headers, 'x-goog-api-key') ?? (typeof query.key === 'string' ? query.key : undefined) ?? bearerToken(headers);
    default:
      return bearerToken(headers);
  }
}

/** Where to send the key, in each protocol's own words. */
const MISSING_KEY: Record<Protocol, string> = {
  openai: 'No API key was provided. Send it as a Bearer token in the Authorization header.',
  nexusflow: 'No API key was provided. Send it as a Bearer token in the Authorization header.',
  anthropic: 'No API key was provided. Send it in the x-api-key header (or as a Bearer token).',
  gemini: 'No API key was provided. Send it in the x-goog-api-key header or the key query parameter.',
};

/** Resolves a presented secret to an active, unexpired key. Errors never say which check failed. */
export async function authenticate(keys: KeyCache, secret: string | undefined, protocol: Protocol = 'openai', now = Date.now()): Promise<Principal> {
  if (!secret) throw new GatewayError('invalid_api_key', MISSING_KEY[protocol]);
  let key;
  try {
    key = await keys.lookup(secret, now);
  } catch (err) {
    throw toGatewayError(err);
  }
  if (!key || key.status !== 'active' || (key.expiresAt !== undefined && key.expiresAt <= now)) {
    throw new GatewayError('invalid_api_key', 'Incorrect API key provided.');
  }
  return { key };
}

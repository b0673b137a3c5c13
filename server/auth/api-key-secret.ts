import { createHash, timingSafeEqual } from 'node:crypto';
import { randomBase62 } from '../util/ids.js';

export const API_KEY_PREFIX = 'sk-air-';
const SECRET_LENGTH = 40;
const DISPLAY_PREFIX_LENGTH = API_KEY_PREFIX.length + 4;

export function generateApiKeySecret(): string {
  return API_KEY_PREFIX + randomBase62(SECRET_LENGTH);
}

/** SHA-256 hex of the secret: keys are high-entropy, so a fast hash is safe and keeps lookups O(1). */
export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function displayPrefix(secret: string): string {
  return secret.slice(0, DISPLAY_PREFIX_LENGTH);
}

export function looksLikeApiKey(secret: string): boolean {
  return secret.startsWith(API_KEY_PREFIX) && secret.length >= API_KEY_PREFIX.length + 16 && secret.length <= 256;
}

/** Constant-time comparison of two hex digests of equal length. */
export function hashesEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a, 'hex');
  const bb = Buffer.from(b, 'hex');
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

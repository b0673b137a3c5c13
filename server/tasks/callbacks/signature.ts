import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Callback signatures: HMAC-SHA256 with the account's secret over `<timestamp>.<body>`, sent as
 * `x-nexusflow-signature: v1=<hex>` with `x-nexusflow-timestamp: <unix seconds>`. Signing the
 * timestamp lets receivers reject replays of an old delivery.
 */
export const SIGNATURE_HEADER = 'x-nexusflow-signature';
export const TIMESTAMP_HEADER = 'x-nexusflow-timestamp';

/** The account's callback secret, derived from the gateway's callback key (no storage, same in every process). */
export function callbackSecret(callbackKey: Buffer, accountId: string): string {
  return `whsec_${createHmac('sha256', callbackKey).update(`account:${accountId}`).digest('base64url')}`;
}

export function signPayload(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** For receivers (and tests): checks a signature and that the timestamp is within `toleranceSeconds`. */
export function verifyPayload(secret: string, header: string, timestamp: string, body: string, toleranceSeconds = 300, now = Date.now()): boolean {
  const ts = Number(timestamp);
  if (!Number.isInteger(ts) || Math.abs(now / 1000 - ts) > toleranceSeconds) return false;
  const want = Buffer.from(signPayload(secret, ts, body));
  const got = Buffer.from(header);
  return got.length === want.length && timingSafeEqual(got, want);
}

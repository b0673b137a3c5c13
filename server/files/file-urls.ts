import { createHmac, timingSafeEqual } from 'node:crypto';

export type FileUrlCheck = 'ok' | 'expired' | 'invalid';

/**
 * Signed, expiring URLs for files the gateway stores: `GET /v1/files/{id}/content?expires&sig`.
 * The signature (HMAC-SHA256 over id and expiry) is the credential, so the URL works in a
 * browser or an `<img>` tag without an API key, and stops working at `expires`.
 */
export class FileUrlSigner {
  constructor(private readonly key: Buffer, readonly ttlSeconds: number) {}

  /** An absolute URL under `baseUrl` (the gateway's public origin). */
  sign(fileId: string, baseUrl: string, now = Date.now()): { url: string; expiresAt: number } {
    const expires = Math.floor(now / 1000) + this.ttlSeconds;
    const url = `${baseUrl.replace(/\/+$/, '')}/v1/files/${encodeURIComponent(fileId)}/content?expires=${expires}&sig=${this.#mac(fileId, expires)}`;
    return { url, expiresAt: expires };
  }

  verify(fileId: string, expires: number, sig: string, now = Date.now()): FileUrlCheck {
    const want = Buffer.from(this.#mac(fileId, expires), 'utf8');
    const got = Buffer.from(sig, 'utf8');
    // A forged signature is reported before an expired one: the expiry of a forged URL means nothing.
    if (got.length !== want.length || !timingSafeEqual(got, want)) return 'invalid';
    return expires * 1000 <= now ? 'expired' : 'ok';
  }

  #mac(fileId: string, expires: number): string {
    return createHmac('sha256', this.key).update(`file:${fileId}:${expires}`).digest('base64url');
  }
}

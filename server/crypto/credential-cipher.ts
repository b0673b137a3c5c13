import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12; // the GCM nonce size NIST SP 800-38D recommends
const TAG_BYTES = 16;

export class CredentialCipherError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CredentialCipherError';
  }
}

/**
 * Encrypts channel credentials at rest with AES-256-GCM. The key is derived with HKDF-SHA256
 * from NEXUSFLOW_SECRET_KEY (any string of 16+ characters; a random 32-byte value is best),
 * so a passphrase and a raw key both work. The channel id is bound as additional data: a
 * ciphertext copied onto another channel does not decrypt.
 *
 * Stored form: `v1.<iv>.<tag>.<ciphertext>`, each part base64url.
 */
export class CredentialCipher {
  readonly #key: Buffer;

  constructor(secretKey: string) {
    if (secretKey.length < 16) throw new CredentialCipherError('NEXUSFLOW_SECRET_KEY must be at least 16 characters');
    this.#key = Buffer.from(hkdfSync('sha256', Buffer.from(secretKey, 'utf8'), Buffer.from('nexusflow'), Buffer.from('channel-credential/v1'), 32));
  }

  encrypt(plaintext: string, channelId: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(channelId, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  /** Throws CredentialCipherError (never with the plaintext or the key) when it cannot decrypt. */
  decrypt(stored: string, channelId: string): string {
    const [version, iv, tag, body] = stored.split('.');
    if (version !== VERSION || iv === undefined || tag === undefined || body === undefined) {
      throw new CredentialCipherError(`The stored credential of channel ${channelId} is not in a format this gateway knows`);
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.#key, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(channelId, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new CredentialCipherError(`The stored credential of channel ${channelId} does not decrypt with this NEXUSFLOW_SECRET_KEY`);
    }
  }
}

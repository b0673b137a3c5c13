import { describe, expect, it } from 'vitest';
import { CredentialCipher, CredentialCipherError } from '../../server/crypto/credential-cipher.js';

describe('CredentialCipher (AES-256-GCM)', () => {
  const cipher = new CredentialCipher('a-long-enough-secret-key-0123456789');

  it('round-trips, with a fresh nonce each time and no plaintext in the stored form', () => {
    const a = cipher.encrypt('sk-upstream-secret', 'ch-1');
    const b = cipher.encrypt('sk-upstream-secret', 'ch-1');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(a).not.toContain('secret');
    expect(cipher.decrypt(a, 'ch-1')).toBe('sk-upstream-secret');
    expect(cipher.decrypt(cipher.encrypt('ünïcødé ✓', 'x'), 'x')).toBe('ünïcødé ✓');
  });

  it('refuses another key, another channel, tampering and unknown formats, without echoing anything secret', () => {
    const stored = cipher.encrypt('sk-upstream-secret', 'ch-1');
    const other = new CredentialCipher('another-secret-key-abcdefghijklmnop');
    for (const attempt of [() => other.decrypt(stored, 'ch-1'), () => cipher.decrypt(stored, 'ch-2'), () => cipher.decrypt(`${stored.slice(0, -2)}AA`, 'ch-1'), () => cipher.decrypt('plain', 'ch-1')]) {
      let err: unknown;
      try {
        attempt();
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(CredentialCipherError);
      expect((err as Error).message).not.toContain('sk-upstream');
      expect((err as Error).message).not.toContain('secret-key');
    }
    expect(() => new CredentialCipher('short')).toThrow(/at least 16/);
  });
});

import type { CredentialCipher } from '../../crypto/credential-cipher.js';
import type { CircuitBreakers } from '../../routing/circuit-breaker.js';
import type { Store } from '../../store/store.js';
import type { ChannelTester } from './channel-test.js';

/** What the admin services need; built once per gateway (server/admin/register-admin.ts). */
export interface AdminDeps {
  store: Store;
  /** Undefined when NEXUSFLOW_SECRET_KEY is unset: then credentials cannot be stored. */
  cipher: CredentialCipher | undefined;
  /** Environment used to resolve `credential_env` (for a channel's health only). */
  credentials: Record<string, string | undefined>;
  /**
   * Bumps the store's change counter (every process reloads keys, models and channels within
   * its poll interval) and refreshes this process's caches at once.
   */
  changed(): Promise<void>;
  now(): number;
  /** This process's circuit breakers (shown per channel); absent: every channel reads closed. */
  circuits?: Pick<CircuitBreakers, 'snapshot' | 'channelState'>;
  /** The chat adapters a channel test calls; absent: tests answer `ok: false`. */
  channelTester?: ChannelTester;
}

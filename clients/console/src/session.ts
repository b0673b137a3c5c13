import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { adminClient, type AdminClient } from './api/admin.js';
import { accountClient, type AccountClient } from './api/account.js';

/**
 * Who is signed in. The credential itself lives only inside the API client closures, in memory:
 * never in localStorage, sessionStorage or a cookie; a reload or sign-out forgets it.
 */
export type Session =
  | { kind: 'admin'; admin: AdminClient }
  | { kind: 'key'; account: AccountClient; label: string };

export interface SessionApi {
  session: Session | null;
  signOut(): void;
}

export const SessionContext = createContext<SessionApi>({ session: null, signOut: () => undefined });

export function useSession(): SessionApi {
  return useContext(SessionContext);
}

export function useAdmin(): AdminClient {
  const { session } = useSession();
  if (session?.kind !== 'admin') throw new Error('not signed in as an operator');
  return session.admin;
}

/** What the sign-in form was given: API keys start with `sk-`; anything else is taken as the admin token. */
export function credentialKind(secret: string): 'admin' | 'key' {
  return secret.trim().startsWith('sk-') ? 'key' : 'admin';
}

/** Checks the credential with one real call, and returns the session it opens. */
export async function signIn(secret: string, origin: string, fetchImpl?: typeof fetch): Promise<Session> {
  const s = secret.trim();
  if (credentialKind(s) === 'key') {
    const account = accountClient(s, origin, fetchImpl);
    const me = await account.account();
    return { kind: 'key', account, label: `${me.name} (${me.key.prefix}…)` };
  }
  const admin = adminClient(s, origin, fetchImpl);
  await admin.accounts.list.query({ limit: 1 });
  return { kind: 'admin', admin };
}

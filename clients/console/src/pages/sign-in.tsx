import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { describeError } from '../api/errors.js';
import { credentialKind, signIn, type Session } from '../session.js';

/**
 * Sign in with the admin token (operators) or an API key (key holders: their own account only).
 * The credential is checked with one real call, then kept in memory only.
 */
export function SignIn(props: { onSignedIn(session: Session): void; origin: string; fetchImpl?: typeof fetch }): JSX.Element {
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const kind = secret.trim() === '' ? undefined : credentialKind(secret);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!secret.trim()) {
      setError('Enter the admin token or an API key.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const session = await signIn(secret, props.origin, props.fetchImpl);
      setSecret('');
      props.onSignedIn(session);
    } catch (err) {
      const { message, status } = describeError(err);
      setError(status === 401 ? (kind === 'key' ? 'That API key was refused.' : 'That admin token was refused.') : status === 429 ? `Too many attempts: ${message}` : message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="sign-in">
      <form onSubmit={submit} class="card" aria-describedby="sign-in-help">
        <h1>NexusFlow console</h1>
        <p id="sign-in-help" class="muted">
          Operators sign in with the gateway's admin token; key holders with their API key (<code>sk-…</code>) to see their own account.
          It is kept in this tab's memory only: reloading the page signs you out.
        </p>
        <label class="field">
          <span>Admin token or API key</span>
          <input type="password" name="secret" autoComplete="off" value={secret} onInput={(e) => setSecret(e.currentTarget.value)} autoFocus required />
        </label>
        {kind ? <p class="muted small" aria-live="polite">{kind === 'key' ? 'Signing in as a key holder.' : 'Signing in as an operator.'}</p> : null}
        {error ? <p class="error" role="alert">{error}</p> : null}
        <button type="submit" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
        <p class="small"><a href="/docs">API reference</a> · <a href="/models">Models</a></p>
      </form>
    </main>
  );
}

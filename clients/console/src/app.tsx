import type { JSX } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Link, navigate, usePath } from './router.js';
import { SessionContext, useSession, type Session } from './session.js';
import { Accounts } from './pages/accounts.js';
import { Audit } from './pages/audit.js';
import { Channels } from './pages/channels.js';
import { Keys } from './pages/keys.js';
import { Models } from './pages/models.js';
import { MyAccount } from './pages/my-account.js';
import { Overview } from './pages/overview.js';
import { SignIn } from './pages/sign-in.js';
import { Tasks } from './pages/tasks.js';
import { Usage } from './pages/usage.js';

export const ADMIN_PAGES = [
  { path: '/', label: 'Overview' },
  { path: '/accounts', label: 'Accounts' },
  { path: '/keys', label: 'Keys' },
  { path: '/models', label: 'Models' },
  { path: '/channels', label: 'Channels' },
  { path: '/usage', label: 'Usage' },
  { path: '/tasks', label: 'Tasks' },
  { path: '/audit', label: 'Audit log' },
] as const;

const ADMIN_GROUPS = ['none', 'model', 'channel', 'key', 'account'] as const;

function AdminPage({ path }: { path: string }): JSX.Element {
  const { session } = useSession();
  if (session?.kind !== 'admin') return <p>Not signed in.</p>;
  switch (path) {
    case '/accounts': return <Accounts />;
    case '/keys': return <Keys />;
    case '/models': return <Models />;
    case '/channels': return <Channels />;
    case '/usage': return <Usage />;
    case '/tasks': return <Tasks />;
    case '/audit': return <Audit />;
    case '/': return <Overview groups={ADMIN_GROUPS} load={(q) => session.admin.usage.series.query(q)} />;
    default: return <p role="alert">No page at {path}. <Link to="/">Back to the overview</Link></p>;
  }
}

type Theme = 'system' | 'light' | 'dark';

function Shell({ children, session }: { children: JSX.Element; session: Session }): JSX.Element {
  const { signOut } = useSession();
  const path = usePath();
  const [theme, setTheme] = useState<Theme>('system');
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
  const pages = session.kind === 'admin' ? ADMIN_PAGES : [{ path: '/', label: 'My account' }];
  const title = pages.find((p) => p.path === path)?.label ?? 'Console';
  useEffect(() => {
    document.title = `${title} — NexusFlow console`;
  }, [title]);
  return (
    <>
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <span class="brand">NexusFlow</span>
        <nav aria-label="Console">
          <ul>{pages.map((p) => <li><Link to={p.path} current={p.path === path}>{p.label}</Link></li>)}</ul>
        </nav>
        <div class="who">
          <span class="muted small">{session.kind === 'admin' ? 'Operator' : `Key holder: ${session.label}`}</span>
          <label class="theme">
            <span class="sr-only">Theme</span>
            <select value={theme} onChange={(e) => setTheme(e.currentTarget.value as Theme)} aria-label="Theme">
              <option value="system">System theme</option><option value="light">Light</option><option value="dark">Dark</option>
            </select>
          </label>
          <a href="/docs" class="small">API docs</a>
          <button type="button" onClick={signOut}>Sign out</button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>{children}</main>
    </>
  );
}

export function App({ origin = location.origin, fetchImpl }: { origin?: string; fetchImpl?: typeof fetch }): JSX.Element {
  const [session, setSession] = useState<Session | null>(null);
  const path = usePath();
  const api = useMemo(() => ({
    session,
    signOut: () => {
      setSession(null);
      navigate('/');
    },
  }), [session]);
  return (
    <SessionContext.Provider value={api}>
      {session === null ? (
        <SignIn origin={origin} {...(fetchImpl ? { fetchImpl } : {})} onSignedIn={setSession} />
      ) : (
        <Shell session={session}>
          {session.kind === 'admin' ? <AdminPage path={path} /> : <MyAccount account={session.account} />}
        </Shell>
      )}
    </SessionContext.Provider>
  );
}

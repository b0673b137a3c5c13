// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fetch as nodeFetch } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../clients/console/src/app.js';
import { Pager, SecretOnce, Table } from '../../clients/console/src/components/ui.js';
import { SignIn } from '../../clients/console/src/pages/sign-in.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** The console's components in a DOM (happy-dom), against a real gateway (node's fetch: no browser CORS in between). */
describe('console components', () => {
  let gw: TestGateway;
  // The generated account client hands fetch a Request object: rebuild it for node's fetch.
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    if (typeof input === 'object' && 'url' in input) {
      const body = input.method === 'GET' || input.method === 'HEAD' ? undefined : await input.text();
      return nodeFetch(input.url, { method: input.method, headers: Object.fromEntries(input.headers.entries()), ...(body !== undefined ? { body } : {}) });
    }
    return nodeFetch(String(input), init as Parameters<typeof nodeFetch>[1]);
  }) as unknown as typeof fetch;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw?.close();
  });
  afterEach(() => {
    cleanup();
    history.replaceState(null, '', '/console');
  });

  it('Table shows an empty message, Pager enables Next only with a cursor and Previous past page 1', () => {
    const onNext = vi.fn();
    render(
      <>
        <Table caption="Things" rows={[]} rowKey={() => 'x'} columns={[{ header: 'A', cell: () => 'a' }]} empty="Nothing to show." />
        <Pager page={1} nextCursor="c2" onNext={onNext} onPrevious={() => undefined} />
      </>,
    );
    expect(screen.getByText('Nothing to show.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Previous' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(onNext).toHaveBeenCalledWith('c2');
    cleanup();
    render(<Pager page={2} nextCursor={null} onNext={onNext} onPrevious={() => undefined} />);
    expect((screen.getByRole('button', { name: 'Next' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Previous' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('SecretOnce shows the secret until dismissed', () => {
    const done = vi.fn();
    render(<SecretOnce title="New key" secret="sk-air-xyz" onDone={done} />);
    expect(screen.getByTestId('secret').textContent).toBe('sk-air-xyz');
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(done).toHaveBeenCalled();
  });

  it('SignIn refuses a wrong admin token and a wrong key with the right words, and signs a key holder in', async () => {
    const onSignedIn = vi.fn();
    render(<SignIn origin={gw.baseUrl} fetchImpl={fetchImpl} onSignedIn={onSignedIn} />);
    const input = screen.getByLabelText('Admin token or API key');
    fireEvent.input(input, { target: { value: 'wrong-admin-token' } });
    expect(screen.getByText('Signing in as an operator.')).toBeTruthy();
    fireEvent.submit(input.closest('form')!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('That admin token was refused.'));
    fireEvent.input(input, { target: { value: 'sk-air-not-a-real-key-0123456789' } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('That API key was refused.'));
    expect(onSignedIn).not.toHaveBeenCalled();
    fireEvent.input(input, { target: { value: gw.apiKey } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(onSignedIn.mock.calls[0]![0]).toMatchObject({ kind: 'key' });
    // The field is cleared once signed in.
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('App: an operator signs in, creates a key (secret shown once) and revokes it; sign-out forgets the session', async () => {
    window.confirm = vi.fn(() => true);
    render(<App origin={gw.baseUrl} fetchImpl={fetchImpl} />);
    fireEvent.input(screen.getByLabelText('Admin token or API key'), { target: { value: gw.adminToken } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { name: 'Overview' });
    fireEvent.click(screen.getByRole('link', { name: 'Keys' }));
    await screen.findByRole('heading', { name: 'New API key' });
    await waitFor(() => expect(screen.getByLabelText('Account').querySelectorAll('option').length).toBeGreaterThan(0));
    fireEvent.input(screen.getByLabelText('Key name'), { target: { value: 'component-key' } });
    fireEvent.input(screen.getByLabelText('Requests per minute'), { target: { value: 'zero' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('whole number'));
    fireEvent.input(screen.getByLabelText('Requests per minute'), { target: { value: '60' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    const secret = (await screen.findByTestId('secret')).textContent ?? '';
    const stored = (await gw.store.listApiKeys({ accountId: gw.accountId }, { limit: 50 })).items.find((k) => k.name === 'component-key');
    expect(stored?.rateLimits?.requestsPerMinute).toBe(60);
    expect(secret.startsWith(stored!.prefix)).toBe(true);
    fireEvent.click(await screen.findByRole('button', { name: 'Revoke component-key' }));
    await waitFor(async () => expect((await gw.store.getApiKey(stored!.id))?.status).toBe('revoked'));
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByLabelText('Admin token or API key');
  });
});

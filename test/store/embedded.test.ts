import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../server/store/embedded/schema.js';
import { createStore, describeStore, StoreOpenError } from '../../server/store/index.js';

const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('embedded store files', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'nexusflow-embedded-'));
    file = join(dir, 'nexusflow.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function expectRefused(pattern: RegExp): Promise<void> {
    const before = sha(file);
    const err: unknown = await createStore({ dataDir: dir }).then(
      async (s) => {
        await s.close();
        return undefined;
      },
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StoreOpenError);
    expect((err as Error).message).toContain(file);
    expect((err as Error).message).toMatch(pattern);
    expect(sha(file)).toBe(before);
  }

  it('creates, migrates and reopens a database in WAL mode', async () => {
    const store = await createStore({ dataDir: dir });
    expect(store.kind).toBe('embedded');
    expect(describeStore(store)).toBe(`embedded SQLite at ${file}`);
    await store.createAccount({ id: 'a', name: 'A' });
    await store.close();
    const again = await createStore({ dataDir: dir });
    expect(await again.getAccount('a')).toMatchObject({ id: 'a' });
    await again.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('refuses a database from a newer version and leaves it untouched', async () => {
    const db = new Database(file);
    db.exec('CREATE TABLE future (x INTEGER)');
    db.pragma(`user_version = ${MIGRATIONS.length + 7}`);
    db.close();
    await expectRefused(new RegExp(`schema version ${MIGRATIONS.length + 7} is newer`));
  });

  it('refuses a file that is not a SQLite database and leaves it untouched', async () => {
    writeFileSync(file, randomBytes(8192));
    await expectRefused(/not a SQLite database/);
    writeFileSync(file, 'hello, this is a text file\n');
    await expectRefused(/not a SQLite database/);
  });

  it('refuses a database whose schema does not match its version', async () => {
    const db = new Database(file);
    db.exec('CREATE TABLE accounts (id TEXT PRIMARY KEY)');
    db.pragma('user_version = 1');
    db.close();
    await expectRefused(/schema version 1 but (table|column) \S+ is missing/);
  });

  it('refuses a damaged database', async () => {
    const store = await createStore({ dataDir: dir });
    await store.createAccount({ id: 'a', name: 'A' });
    await store.close();
    const bytes = readFileSync(file);
    randomBytes(bytes.length - 100).copy(bytes, 100);
    writeFileSync(file, bytes);
    await expectRefused(/cannot read it|malformed|not a database|missing|newer/);
  });
});

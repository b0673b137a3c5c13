import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Moves SQLite's WAL checkpoints off the event loop. With `synchronous = NORMAL` a commit only
 * appends to the WAL; the expensive part — copying pages back and fsync-ing the database — is the
 * checkpoint, which SQLite would otherwise run inside whichever commit crosses 1,000 pages. The
 * gateway's connection turns automatic checkpoints off and this worker thread, on its own
 * connection, runs PASSIVE checkpoints (they never block writers) every `intervalMs`, and a
 * TRUNCATE checkpoint whenever the WAL has grown past `truncateBytes` — passive ones alone never
 * catch up with continuous writes (#14: 11.7 GB of WAL after 120 s at c=50, ~95 KB per request).
 * Measured on a 2-core VM: a hold or settle transaction went from ~170 µs to ~50 µs.
 * The thread (~13 MB resident: a V8 isolate and its own SQLite connection) starts only once the
 * WAL has grown past `startBytes`, which the event loop checks once a second (a stat call): an
 * idle or lightly used gateway never pays for it (#16: idle resident memory ≤ 120 MB).
 */
export class WalCheckpointer {
  private worker: Worker | undefined;
  private poll: NodeJS.Timeout | undefined;

  /**
   * @param intervalMs passive checkpoints this often
   * @param truncateBytes a WAL larger than this is checkpointed in full and truncated (checked every `checkMs`)
   */
  constructor(
    private readonly file: string,
    private readonly onFailure: () => void,
    private readonly intervalMs = 1000,
    private readonly truncateBytes = 16 * 1024 * 1024,
    private readonly checkMs = 100,
    private readonly startBytes = 1024 * 1024,
    private readonly startCheckMs = 1000,
  ) {}

  /** Whether the checkpoint thread is running (it starts once the WAL passes `startBytes`). */
  get threadStarted(): boolean {
    return this.worker !== undefined;
  }

  /** Starts the thread now when `startBytes` is 0, else once the WAL has grown past it. */
  start(): void {
    if (this.startBytes <= 0) return this.startThread();
    this.poll = setInterval(() => {
      if (walBytes(this.file) <= this.startBytes) return;
      clearInterval(this.poll);
      this.poll = undefined;
      this.startThread();
    }, this.startCheckMs);
    this.poll.unref();
  }

  private startThread(): void {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    // An eval'd CommonJS worker: no TypeScript loader needed in the thread.
    this.worker = new Worker(
      `
      const { parentPort, workerData } = require('node:worker_threads');
      const { statSync } = require('node:fs');
      const Database = require(workerData.driver);
      const db = new Database(workerData.file);
      db.pragma('busy_timeout = 5000');
      db.pragma('journal_size_limit = ' + workerData.truncateBytes);
      const walSize = () => { try { return statSync(workerData.file + '-wal').size; } catch { return 0; } };
      let lastPassive = 0;
      const checkpoint = () => {
        try {
          const now = Date.now();
          if (now - lastPassive >= workerData.intervalMs) {
            lastPassive = now;
            db.pragma('wal_checkpoint(PASSIVE)');
          }
          // Under continuous writes a passive checkpoint never reaches the end of the WAL, so
          // SQLite never starts it over and the file grows without bound. Past the limit, wait
          // for the writer and copy the rest, then truncate the file to zero.
          if (walSize() > workerData.truncateBytes) db.pragma('wal_checkpoint(TRUNCATE)');
        } catch {}
      };
      const timer = setInterval(checkpoint, workerData.checkMs);
      parentPort.on('message', (m) => {
        if (m !== 'stop') return;
        clearInterval(timer);
        lastPassive = 0;
        checkpoint();
        db.close();
        parentPort.postMessage('stopped');
      });
      `,
      { eval: true, workerData: { driver, file: this.file, intervalMs: this.intervalMs, checkMs: this.checkMs, truncateBytes: this.truncateBytes } },
    );
    this.worker.once('error', () => this.onFailure());
    this.worker.once('exit', () => {
      if (this.worker) this.onFailure();
    });
    this.worker.unref();
  }

  /** Runs a last checkpoint and ends the thread. */
  async stop(): Promise<void> {
    clearInterval(this.poll);
    this.poll = undefined;
    // Never started: the WAL is small, and closing the last connection checkpoints it.
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => void worker.terminate().then(() => resolve()), 5000);
      worker.once('message', () => {
        clearTimeout(timer);
        void worker.terminate().then(() => resolve());
      });
      worker.once('error', () => resolve());
      worker.postMessage('stop');
    });
  }
}

/** The WAL's size; 0 when there is none yet or it cannot be read. */
function walBytes(file: string): number {
  try {
    return statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}

import { reconcile } from '../billing/reconcile.js';
import { readEnv } from '../config/env.js';
import { createStore, describeStore } from '../store/index.js';

/** `npm run reconcile`: checks balance = Σ ledger and Σ usage cost = Σ charges for every account of the configured store; exit 1 on any mismatch. */
async function main(): Promise<void> {
  const env = readEnv(process.env);
  const store = await createStore({ dataDir: env.NEXUSFLOW_DATA_DIR, ...(env.MONGODB_URI ? { mongodbUri: env.MONGODB_URI } : {}), ...(env.NEXUSFLOW_MONGODB_DB ? { mongodbDb: env.NEXUSFLOW_MONGODB_DB } : {}) });
  try {
    const rows = await reconcile(store);
    const bad = rows.filter((r) => !r.ok);
    if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify({ store: describeStore(store), accounts: rows }, null, 2)}\n`);
    else {
      process.stdout.write(`store: ${describeStore(store)}\n`);
      for (const r of rows) process.stdout.write(`${r.ok ? 'ok      ' : 'MISMATCH'} ${r.accountId}  balance=${r.balance}  ledger=${r.ledgerSum}  usage_cost=${r.usageCost}  charged=${r.charged}  open_holds=${r.openHolds} (${r.heldAmount})\n`);
      process.stdout.write(`${rows.length} accounts, ${bad.length} mismatched\n`);
    }
    process.exitCode = bad.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`reconcile: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});

import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { provideMongo } from './ferretdb.js';

/**
 * Runs once before the whole suite. Each step provisions one external dependency and
 * exports what tests need through environment variables (inherited by test workers).
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const teardowns: Array<() => Promise<void>> = [];
  // The compiled server and the console (dist/), built once here when stale, so that tests that
  // serve the console or run `npm start` never rebuild dist/ under each other.
  execFileSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, '../../scripts/ensure-build.ts')], { stdio: 'inherit', cwd: resolve(import.meta.dirname, '../..') });
  // MongoDB for the Mongo store tests: MONGODB_URI as given, else a private FerretDB if installed.
  const stopMongo = await provideMongo();
  if (stopMongo) teardowns.push(stopMongo);
  return async () => {
    for (const t of teardowns.reverse()) await t();
  };
}

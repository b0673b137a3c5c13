import { provideMongo } from './ferretdb.js';

/**
 * Runs once before the whole suite. Each step provisions one external dependency and
 * exports what tests need through environment variables (inherited by test workers).
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const teardowns: Array<() => Promise<void>> = [];
  // MongoDB for the Mongo store tests: MONGODB_URI as given, else a private FerretDB if installed.
  const stopMongo = await provideMongo();
  if (stopMongo) teardowns.push(stopMongo);
  return async () => {
    for (const t of teardowns.reverse()) await t();
  };
}

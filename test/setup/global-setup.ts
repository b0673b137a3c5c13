/**
 * Runs once before the whole suite. Each step provisions one external dependency and
 * exports what tests need through environment variables (inherited by test workers).
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const teardowns: Array<() => Promise<void>> = [];
  return async () => {
    for (const t of teardowns.reverse()) await t();
  };
}

#!/usr/bin/env node
/** The `nexusflow` command (bin entry): admin token from NEXUSFLOW_ADMIN_TOKEN, gateway from NEXUSFLOW_URL. */
import { runCli } from './run.js';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

const code = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  isTty: process.stdout.isTTY === true,
});
process.exitCode = code;

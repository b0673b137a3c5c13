#!/usr/bin/env node
// `npx nexusflow …` from the repository root: the CLI (clients/nexusflow) straight from its
// TypeScript source through tsx, so nothing needs building first.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../clients/nexusflow/src/cli/main.ts', import.meta.url).href);

// Generated from spec/openapi/anthropic.yaml, spec/openapi/gemini.yaml, spec/openapi/openai.yaml by spec/codegen — do not edit.
// Every spec's generated SDK, for clients/nexusflow.

import * as anthropicSdk from './anthropic/sdk.gen.js';
import { createClient as anthropicCreateClient } from './anthropic/client/index.js';
import * as geminiSdk from './gemini/sdk.gen.js';
import { createClient as geminiCreateClient } from './gemini/client/index.js';
import * as openaiSdk from './openai/sdk.gen.js';
import { createClient as openaiCreateClient } from './openai/client/index.js';

/** Per spec: the SDK functions and the client factory they run on. */
export const specClients = {
  anthropic: { sdk: anthropicSdk, createClient: anthropicCreateClient },
  gemini: { sdk: geminiSdk, createClient: geminiCreateClient },
  openai: { sdk: openaiSdk, createClient: openaiCreateClient },
} as const;

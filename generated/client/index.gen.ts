// Generated from spec/native/account.spec.ts, spec/native/admin.spec.ts, spec/openapi/anthropic.yaml, spec/native/files.spec.ts, spec/openapi/gemini.yaml, spec/openapi/openai.yaml, spec/openapi/responses.yaml, spec/native/tasks.spec.ts by spec/codegen — do not edit.
// Every spec's generated SDK, for clients/nexusflow.

import * as accountSdk from './account/sdk.gen.js';
import { createClient as accountCreateClient } from './account/client/index.js';
import * as adminSdk from './admin/sdk.gen.js';
import { createClient as adminCreateClient } from './admin/client/index.js';
import * as anthropicSdk from './anthropic/sdk.gen.js';
import { createClient as anthropicCreateClient } from './anthropic/client/index.js';
import * as filesSdk from './files/sdk.gen.js';
import { createClient as filesCreateClient } from './files/client/index.js';
import * as geminiSdk from './gemini/sdk.gen.js';
import { createClient as geminiCreateClient } from './gemini/client/index.js';
import * as openaiSdk from './openai/sdk.gen.js';
import { createClient as openaiCreateClient } from './openai/client/index.js';
import * as responsesSdk from './responses/sdk.gen.js';
import { createClient as responsesCreateClient } from './responses/client/index.js';
import * as tasksSdk from './tasks/sdk.gen.js';
import { createClient as tasksCreateClient } from './tasks/client/index.js';

/** Per spec: the SDK functions and the client factory they run on. */
export const specClients = {
  account: { sdk: accountSdk, createClient: accountCreateClient },
  admin: { sdk: adminSdk, createClient: adminCreateClient },
  anthropic: { sdk: anthropicSdk, createClient: anthropicCreateClient },
  files: { sdk: filesSdk, createClient: filesCreateClient },
  gemini: { sdk: geminiSdk, createClient: geminiCreateClient },
  openai: { sdk: openaiSdk, createClient: openaiCreateClient },
  responses: { sdk: responsesSdk, createClient: responsesCreateClient },
  tasks: { sdk: tasksSdk, createClient: tasksCreateClient },
} as const;

import { openApiDocument as account } from '../../generated/account/document.gen.js';
import { openApiDocument as admin } from '../../generated/admin/document.gen.js';
import { openApiDocument as anthropic } from '../../generated/anthropic/document.gen.js';
import { openApiDocument as files } from '../../generated/files/document.gen.js';
import { openApiDocument as gemini } from '../../generated/gemini/document.gen.js';
import { openApiDocument as openai } from '../../generated/openai/document.gen.js';
import { openApiDocument as responses } from '../../generated/responses/document.gen.js';
import { openApiDocument as tasks } from '../../generated/tasks/document.gen.js';

export interface ServedSpec {
  /** Stable path segment: /docs/specs/<name>.json|.yaml, /docs/<name>. */
  name: string;
  title: string;
  document: { readonly [key: string]: unknown };
}

/** Every OpenAPI document the gateway serves, as the code generator read them (the source of truth). */
export const SERVED_SPECS: readonly ServedSpec[] = [
  { name: 'openai', title: 'OpenAI-compatible API', document: openai },
  { name: 'responses', title: 'OpenAI Responses API', document: responses },
  { name: 'anthropic', title: 'Anthropic Messages API', document: anthropic },
  { name: 'gemini', title: 'Gemini-compatible API', document: gemini },
  { name: 'tasks', title: 'Tasks (async images and videos)', document: tasks },
  { name: 'files', title: 'Generated files', document: files },
  { name: 'account', title: 'Your account (key holder)', document: account },
  { name: 'admin', title: 'Admin API', document: admin },
];

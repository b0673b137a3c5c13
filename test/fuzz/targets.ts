import { openApiDocument as account } from '../../generated/account/document.gen.js';
import { openApiDocument as admin } from '../../generated/admin/document.gen.js';
import { openApiDocument as anthropic } from '../../generated/anthropic/document.gen.js';
import { openApiDocument as files } from '../../generated/files/document.gen.js';
import { openApiDocument as geminiDocument } from '../../generated/gemini/document.gen.js';
import { openApiDocument as openai } from '../../generated/openai/document.gen.js';
import { openApiDocument as responses } from '../../generated/responses/document.gen.js';
import { openApiDocument as tasks } from '../../generated/tasks/document.gen.js';
import type { FuzzTarget } from './schemathesis.js';

export interface FuzzCredentials {
  apiKey: string;
  adminToken: string;
  /** The query of one real signed file URL (from an image the gateway generated). */
  signedFile?: { file_id: string; expires: number; sig: string };
}

/**
 * Every spec we serve, each with the credentials its callers send. Admin runs last, alone: its
 * fuzzing revokes keys, disables accounts and rewires channels, which would turn the other
 * specs' requests into 401s and 503s.
 */
export function fuzzTargets(c: FuzzCredentials): FuzzTarget[] {
  const bearer = { Authorization: `Bearer ${c.apiKey}` };
  const gemini = {
    document: geminiDocument, headers: { 'x-goog-api-key': c.apiKey },
    // ignored_auth wants 401/403 without credentials; Gemini answers a missing or wrong key
    // with 400 INVALID_ARGUMENT / API_KEY_INVALID, as Google's API does (the spec's
    // x-nexusflow-unauthenticated-status: 400; the generated conformance tests check it).
    disabledChecks: ['ignored_auth'],
  } satisfies Partial<FuzzTarget>;
  // Gemini's recursive schemas make it the slowest spec to generate for by far, so its phases
  // run as two targets, first, one per lane, while the other specs share what is left.
  const targets: FuzzTarget[] = [
    { name: 'gemini', ...gemini, phases: ['examples', 'coverage'] },
    { name: 'gemini-generated', ...gemini, phases: ['fuzzing', 'stateful'] },
    { name: 'openai', document: openai, headers: bearer },
    // A response created with `store: false` is, rightly, not found afterwards: the stateful phase's
    // "created resource not found" check cannot know that, so it is off for this spec.
    { name: 'responses', document: responses, headers: bearer, disabledChecks: ['ensure_resource_availability'] },
    { name: 'anthropic', document: anthropic, headers: { 'x-api-key': c.apiKey, 'anthropic-version': '2023-06-01' } },
    { name: 'tasks', document: tasks, headers: bearer },
    { name: 'account', document: account, headers: bearer },
    // No credential: the URL's signature is one, so random ids and signatures meet 400/403/404.
    { name: 'files', document: files, headers: {} },
  ];
  if (c.signedFile) {
    // A second pass over a real file: the 200 path (content type, body) is otherwise unreachable.
    targets.push({
      name: 'files-signed', document: files, headers: {}, mode: 'positive',
      operations: [{ operationId: 'getFileContent', parameters: { ...c.signedFile } }],
    });
  }
  targets.push({ name: 'admin', document: admin, headers: { Authorization: `Bearer ${c.adminToken}` }, runsLast: true });
  return targets;
}

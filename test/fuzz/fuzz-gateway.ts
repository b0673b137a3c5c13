import { startTestGateway, type TestGateway } from '../support/gateway.js';
import type { FuzzCredentials } from './targets.js';

export interface FuzzGateway {
  gw: TestGateway;
  credentials: FuzzCredentials;
}

/**
 * A listening gateway with the default simulator catalog, set up so that fuzzing measures the
 * contract and not our own protections: a balance no fuzz run can spend, and an admin
 * failure limit high enough that the admin spec's unauthenticated cases (ignored_auth) are not
 * turned into 429s for the authenticated ones that follow.
 */
export async function startFuzzGateway(): Promise<FuzzGateway> {
  const gw = await startTestGateway({
    balanceMicro: 1_000_000_000_000_000,
    adminFailureLimit: { max: 1_000_000, windowMs: 60_000 },
  });
  const signedFile = await generateSignedFile(gw);
  return { gw, credentials: { apiKey: gw.apiKey, adminToken: gw.adminToken ?? '', signedFile } };
}

/** One small simulator image, for the files spec's 200 path. */
async function generateSignedFile(gw: TestGateway): Promise<FuzzCredentials['signedFile']> {
  const res = await fetch(`${gw.baseUrl}/v1/images/generations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${gw.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'wan2.6-t2i', prompt: 'a lighthouse', size: '64x64' }),
  });
  const body = (await res.json()) as { data?: Array<{ url?: string }> };
  const url = body.data?.[0]?.url;
  if (!res.ok || !url) throw new Error(`could not generate an image for the files spec: ${res.status} ${JSON.stringify(body)}`);
  const parsed = new URL(url);
  const fileId = /^\/v1\/files\/([^/]+)\/content$/.exec(parsed.pathname)?.[1];
  const expires = Number(parsed.searchParams.get('expires'));
  const sig = parsed.searchParams.get('sig');
  if (!fileId || !Number.isInteger(expires) || !sig) throw new Error(`unexpected file URL: ${url}`);
  return { file_id: decodeURIComponent(fileId), expires, sig };
}

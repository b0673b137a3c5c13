import type { ApiKeyRecord } from '../store/types.js';

/** Who is calling: the authenticated API key (its account pays). */
export interface Principal {
  key: ApiKeyRecord;
}

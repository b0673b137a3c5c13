import type { CanonicalEmbeddingRequest, CanonicalEmbeddingResponse } from '../canonical/embeddings.js';
import type { ChatCallContext } from './types.js';

/** A provider adapter that can embed. Errors are thrown as GatewayError. */
export interface EmbeddingProvider {
  embed(req: CanonicalEmbeddingRequest, ctx: ChatCallContext & { dimensions: number | undefined }): Promise<CanonicalEmbeddingResponse>;
}

import { createHash } from 'node:crypto';
import type { CanonicalEmbeddingRequest, CanonicalEmbeddingResponse, EmbeddingInput } from '../../canonical/embeddings.js';
import { countTokens } from '../../billing/tokenizer.js';
import type { ChatCallContext } from '../types.js';
import type { EmbeddingProvider } from '../embedding-types.js';

const DEFAULT_DIMENSIONS = 1024;

/**
 * Deterministic unit vectors: the same input always maps to the same vector (seeded from its
 * SHA-256), so similarity search demos and tests behave repeatably offline.
 */
export class SimulatorEmbeddings implements EmbeddingProvider {
  async embed(req: CanonicalEmbeddingRequest, ctx: ChatCallContext & { dimensions: number | undefined }): Promise<CanonicalEmbeddingResponse> {
    const dims = req.dimensions ?? ctx.dimensions ?? DEFAULT_DIMENSIONS;
    let tokens = 0;
    const vectors = req.inputs.map((input) => {
      tokens += input.kind === 'text' ? countTokens(input.text) : input.tokens.length;
      return unitVector(keyOf(input), dims);
    });
    return { model: ctx.upstreamModel, vectors, inputTokens: tokens, source: 'upstream' };
  }
}

function keyOf(input: EmbeddingInput): string {
  return input.kind === 'text' ? `t:${input.text}` : `k:${input.tokens.join(',')}`;
}

export function unitVector(key: string, dims: number): Float32Array {
  const seed = createHash('sha256').update(key).digest();
  // xorshift32 seeded from the digest; four lanes for a longer period.
  const state = new Uint32Array([seed.readUInt32LE(0) || 1, seed.readUInt32LE(4) || 2, seed.readUInt32LE(8) || 3, seed.readUInt32LE(12) || 4]);
  const v = new Float32Array(dims);
  let norm = 0;
  for (let i = 0; i < dims; i++) {
    const lane = i & 3;
    let x = state[lane]!;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    state[lane] = x >>> 0;
    const f = (state[lane]! / 0xffffffff) * 2 - 1;
    v[i] = f;
    norm += f * f;
  }
  const inv = 1 / Math.sqrt(norm || 1);
  for (let i = 0; i < dims; i++) v[i] = v[i]! * inv;
  return v;
}

import type { CanonicalEmbeddingRequest, CanonicalEmbeddingResponse, EmbeddingInput } from '../../canonical/embeddings.js';
import { GatewayError } from '../../errors/gateway-error.js';

/** Limits of OpenAI's embeddings endpoint (protocols.md §2.5). */
const MAX_ITEMS = 2048;

export interface WireEmbeddingRequest {
  model: string;
  input: string | string[] | number[] | number[][];
  encoding_format?: 'float' | 'base64';
  dimensions?: number;
  user?: string;
}

/** OpenAI embeddings request → canonical; limits are checked here and named by parameter. */
export function decodeEmbeddingRequest(body: WireEmbeddingRequest): CanonicalEmbeddingRequest {
  const inputs: EmbeddingInput[] = [];
  const raw = body.input;
  if (typeof raw === 'string') inputs.push({ kind: 'text', text: raw });
  else if (raw.length > 0 && raw.every((x): x is number => typeof x === 'number')) inputs.push({ kind: 'tokens', tokens: raw });
  else {
    for (const item of raw as Array<string | number[]>) inputs.push(typeof item === 'string' ? { kind: 'text', text: item } : { kind: 'tokens', tokens: item });
  }
  if (inputs.length === 0) throw new GatewayError('invalid_request', 'input must not be empty.', { param: 'input' });
  if (inputs.length > MAX_ITEMS) throw new GatewayError('invalid_request', `input must have at most ${MAX_ITEMS} items.`, { param: 'input' });
  for (const [i, input] of inputs.entries()) {
    const empty = input.kind === 'text' ? input.text.length === 0 : input.tokens.length === 0;
    if (empty) throw new GatewayError('invalid_request', `input${typeof raw === 'string' ? '' : `[${i}]`} must not be empty.`, { param: typeof raw === 'string' ? 'input' : `input[${i}]` });
  }
  const req: CanonicalEmbeddingRequest = { model: body.model, inbound: 'openai', inputs };
  if (body.dimensions !== undefined) req.dimensions = body.dimensions;
  if (body.user !== undefined) req.endUser = body.user;
  return req;
}

/**
 * Canonical → OpenAI embeddings list. `base64` is the raw little-endian float32 bytes, which the
 * official Node SDK requests by default and decodes as a Float32Array (protocols.md §2.5).
 */
export function encodeEmbeddingResponse(res: CanonicalEmbeddingResponse, model: string, format: 'float' | 'base64', promptTokens: number): Record<string, unknown> {
  return {
    object: 'list',
    data: res.vectors.map((v, index) => ({ object: 'embedding', index, embedding: format === 'base64' ? float32Base64(v) : Array.from(v) })),
    model,
    usage: { prompt_tokens: promptTokens, total_tokens: promptTokens },
  };
}

export function float32Base64(v: Float32Array): string {
  const buf = Buffer.alloc(v.length * 4);
  for (let i = 0; i < v.length; i++) buf.writeFloatLE(v[i]!, i * 4);
  return buf.toString('base64');
}

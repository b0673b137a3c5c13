import type { CanonicalEmbeddingRequest, CanonicalEmbeddingResponse } from '../../canonical/embeddings.js';
import { GatewayError } from '../../errors/gateway-error.js';
import type { WireContent } from './wire.js';

/** Google's limit on requests per batchEmbedContents call. */
const MAX_REQUESTS = 250;

export interface WireEmbedContentRequest {
  model?: string;
  content: WireContent;
  taskType?: string;
  title?: string;
  outputDimensionality?: number;
}

export interface WireBatchEmbedContentsRequest {
  requests: WireEmbedContentRequest[];
}

/**
 * batchEmbedContents (what the SDK's `embedContent` sends, protocols.md §4.2) → canonical.
 * Each request's text parts are one input. Like Google, every request must name the model of
 * the path, and the batch shares one output dimensionality and task type.
 */
export function decodeBatchEmbedRequest(body: WireBatchEmbedContentsRequest, model: string): CanonicalEmbeddingRequest {
  const reqs = body.requests;
  if (reqs.length > MAX_REQUESTS) throw new GatewayError('invalid_request', `At most ${MAX_REQUESTS} requests can be embedded in one batch.`, { param: 'requests' });
  const req: CanonicalEmbeddingRequest = { model, inbound: 'gemini', inputs: [] };
  for (const [i, r] of reqs.entries()) {
    const named = r.model?.replace(/^models\//, '');
    if (named !== undefined && named !== model) {
      throw new GatewayError('invalid_request', `requests[${i}].model is models/${named}, but the batch is for models/${model}.`, { param: `requests[${i}].model` });
    }
    let text = '';
    for (const p of r.content.parts ?? []) if (typeof p.text === 'string') text += p.text;
    if (text.length === 0) throw new GatewayError('invalid_request', `requests[${i}].content has no text to embed.`, { param: `requests[${i}].content` });
    req.inputs.push({ kind: 'text', text });
    if (r.outputDimensionality !== undefined) {
      if (req.dimensions !== undefined && req.dimensions !== r.outputDimensionality) {
        throw new GatewayError('invalid_request', 'All requests of a batch must ask for the same outputDimensionality.', { param: `requests[${i}].outputDimensionality` });
      }
      req.dimensions = r.outputDimensionality;
    }
    if (r.taskType !== undefined) req.taskType ??= r.taskType;
  }
  return req;
}

/**
 * embedContent (one content) → canonical: the batch rules for a batch of one, with parameter
 * names as the caller wrote them (`content`, not `requests[0].content`).
 */
export function decodeEmbedContentRequest(body: WireEmbedContentRequest, model: string): CanonicalEmbeddingRequest {
  try {
    return decodeBatchEmbedRequest({ requests: [body] }, model);
  } catch (err) {
    if (err instanceof GatewayError && err.param?.startsWith('requests[0].')) {
      const param = err.param.slice('requests[0].'.length);
      throw new GatewayError('invalid_request', err.message.replace(/requests\[0\]\./g, ''), { param });
    }
    throw err;
  }
}

/** Canonical (one vector) → `{embedding: {values}}`. */
export function encodeEmbedContentResponse(res: CanonicalEmbeddingResponse): { embedding: { values: number[] } } {
  const v = res.vectors[0];
  return { embedding: { values: v ? Array.from(v) : [] } };
}

/** Canonical → `{embeddings: [{values}]}`, one per request, in order. */
export function encodeBatchEmbedResponse(res: CanonicalEmbeddingResponse): { embeddings: Array<{ values: number[] }> } {
  return { embeddings: res.vectors.map((v) => ({ values: Array.from(v) })) };
}

import { GatewayError } from '../../errors/gateway-error.js';

/** `POST /v1/images/generations` as the OpenAI SDKs send it (protocols.md §2.6), already schema-checked. */
export interface WireImageRequest {
  prompt: string;
  model?: string | null;
  n?: number | null;
  size?: string | null;
  response_format?: 'url' | 'b64_json' | null;
  quality?: string | null;
  style?: string | null;
  user?: string | null;
  stream?: boolean | null;
  [field: string]: unknown;
}

export interface DecodedImageRequest {
  model: string | undefined;
  responseFormat: 'url' | 'b64_json';
  /** A task's input and parameters (server/tasks). */
  input: Record<string, unknown>;
  parameters: Record<string, unknown>;
}

/**
 * OpenAI fields that describe OpenAI's own output options (or the caller) and mean nothing to
 * other upstreams; they are not forwarded. Unknown fields are: `extra_body` is how SDK users send
 * DashScope's `prompt_extend`, `watermark`, `negative_prompt`, `seed`.
 */
const NOT_FORWARDED = new Set([
  'prompt', 'model', 'n', 'size', 'response_format', 'quality', 'style', 'user', 'stream',
  'background', 'output_format', 'output_compression', 'moderation', 'partial_images',
]);

export function decodeImageRequest(body: WireImageRequest): DecodedImageRequest {
  if (body.stream === true) throw new GatewayError('invalid_request', 'Streaming image generation is not supported; leave `stream` unset.', { param: 'stream' });
  const input: Record<string, unknown> = { prompt: body.prompt };
  if (typeof body.negative_prompt === 'string' && body.negative_prompt !== '') input.negative_prompt = body.negative_prompt;
  const parameters: Record<string, unknown> = {};
  if (typeof body.n === 'number') parameters.n = body.n;
  if (typeof body.size === 'string' && body.size !== 'auto') parameters.size = body.size;
  if (typeof body.quality === 'string') parameters.quality = body.quality;
  if (typeof body.style === 'string') parameters.style = body.style;
  for (const [k, v] of Object.entries(body)) {
    if (!NOT_FORWARDED.has(k) && k !== 'negative_prompt' && v !== undefined && v !== null) parameters[k] = v;
  }
  return {
    model: typeof body.model === 'string' && body.model !== '' ? body.model : undefined,
    responseFormat: body.response_format === 'b64_json' ? 'b64_json' : 'url',
    input,
    parameters,
  };
}

export interface ImageDatum {
  url?: string;
  b64_json?: string;
  revised_prompt?: string;
}

/** `{created, data}`: OpenAI's ImagesResponse. */
export function encodeImagesResponse(created: number, data: ImageDatum[]): { created: number; data: ImageDatum[] } {
  return { created, data };
}

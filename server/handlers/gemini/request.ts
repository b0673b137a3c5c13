import type { Validator } from '../../../generated/runtime.gen.js';
import { GatewayError } from '../../errors/gateway-error.js';
import type { Normalized } from '../../formats/gemini/normalize-keys.js';

/**
 * The model of a `/v1beta/models/{model}…` path. The SDK's resource name `models/<id>` puts
 * the prefix in the path itself; a client that encodes the whole name into the segment
 * (`models%2Fqwen-turbo`) gets the same model.
 */
export function modelOf(params: unknown): string {
  const raw = (params as { model?: unknown }).model;
  return String(raw ?? '').replace(/^models\//, '');
}

/**
 * A body after snake_case → camelCase renaming. The route's validator only saw the keys as
 * sent, so a renamed body is validated again, now with every field under its checked name.
 */
export function normalizedBody<T>(normalize: (body: unknown) => Normalized<unknown>, body: unknown, validate: Validator): T {
  const { value, changed } = normalize(body);
  if (changed) {
    const first = validate(value)?.[0];
    if (first) {
      const param = first.path === '' ? undefined : first.path;
      throw new GatewayError('invalid_request', `Invalid ${param ?? 'the request body'}: ${first.message}.`, param ? { param } : {});
    }
  }
  return value as T;
}

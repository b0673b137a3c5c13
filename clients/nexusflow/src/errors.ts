/**
 * Typed errors of the NexusFlow client. Every failed call throws a `NexusFlowError`; the
 * subclass says what kind (`instanceof NotFoundError`), `status` the HTTP status (0: no answer),
 * `code` NexusFlow's stable error code (`invalid_api_key`, `not_found`, `conflict`…) and
 * `param` the request field at fault, when the gateway named one.
 */
export class NexusFlowError extends Error {
  override readonly name = 'NexusFlowError';
  /** NexusFlow's error code from the body (`error.code`), when there is one. */
  readonly code: string | undefined;
  /** The request field at fault (`error.param`), when the gateway named one. */
  readonly param: string | undefined;

  constructor(
    readonly status: number,
    /** The parsed error body (JSON when the gateway sent JSON, else the text). */
    readonly body: unknown,
    readonly requestId: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(`${status} ${describeError(body)}`, options);
    const error = errorObject(body);
    this.code = typeof error?.code === 'string' ? error.code : undefined;
    this.param = typeof error?.param === 'string' ? error.param : undefined;
  }
}

/** 400: the request is malformed; `param` names the field. */
export class BadRequestError extends NexusFlowError {}
/** 401: missing or wrong API key or admin token. */
export class AuthenticationError extends NexusFlowError {}
/** 402 (or OpenAI's 429 `insufficient_quota`): the account's balance does not cover the request. */
export class InsufficientQuotaError extends NexusFlowError {}
/** 403: the key may not do this (e.g. a model outside its allow-list). */
export class PermissionDeniedError extends NexusFlowError {}
/** 404: no such id, model or endpoint. */
export class NotFoundError extends NexusFlowError {}
/** 409: the id exists already, or the state forbids the change. */
export class ConflictError extends NexusFlowError {}
/** 429: too many requests (or failed admin authentications); see `retry-after`. */
export class RateLimitError extends NexusFlowError {}
/** 5xx: the gateway or its upstream failed. */
export class InternalServerError extends NexusFlowError {}
/** No answer at all: network failure, refused connection, abort. `status` is 0. */
export class ConnectionError extends NexusFlowError {}

function errorObject(body: unknown): Record<string, unknown> | undefined {
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : undefined;
}

function describeError(body: unknown): string {
  if (typeof body === 'string') return body.slice(0, 500);
  const error = errorObject(body);
  if (typeof error?.message === 'string') return error.message;
  return JSON.stringify(body) ?? 'request failed';
}

/** The error class for an answer with this status and body. */
export function errorFor(status: number, body: unknown, requestId: string | undefined, options?: { cause?: unknown }): NexusFlowError {
  const code = errorObject(body)?.code;
  if (status === 0) return new ConnectionError(0, body, requestId, options);
  if (status === 402 || code === 'insufficient_quota') return new InsufficientQuotaError(status, body, requestId, options);
  switch (status) {
    case 400: return new BadRequestError(status, body, requestId, options);
    case 401: return new AuthenticationError(status, body, requestId, options);
    case 403: return new PermissionDeniedError(status, body, requestId, options);
    case 404: return new NotFoundError(status, body, requestId, options);
    case 409: return new ConflictError(status, body, requestId, options);
    case 429: return new RateLimitError(status, body, requestId, options);
    default: return status >= 500 ? new InternalServerError(status, body, requestId, options) : new NexusFlowError(status, body, requestId, options);
  }
}

/** Reads a failed response's body (JSON if it parses) into the matching error. */
export async function errorFromResponse(response: Response): Promise<NexusFlowError> {
  const text = await response.text().catch(() => '');
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return errorFor(response.status, body, response.headers.get('x-request-id') ?? undefined);
}

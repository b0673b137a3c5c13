import { TRPCClientError } from '@trpc/client';

/** An API failure as the console shows it: the server's own message, and its HTTP status. */
export class ConsoleApiError extends Error {
  constructor(message: string, readonly status: number, readonly retryAfter?: number) {
    super(message);
    this.name = 'ConsoleApiError';
  }
}

interface TrpcErrorData {
  httpStatus?: number;
}

/** Any thrown value → a message a person can act on (never a stack). */
export function describeError(err: unknown): { message: string; status: number } {
  if (err instanceof ConsoleApiError) return { message: err.message, status: err.status };
  if (err instanceof TRPCClientError) {
    const data = err.data as TrpcErrorData | undefined;
    const status = data?.httpStatus ?? 0;
    if (status === 0) return { message: `The gateway could not be reached (${err.message}).`, status };
    return { message: err.message, status };
  }
  return { message: err instanceof Error ? err.message : String(err), status: 0 };
}

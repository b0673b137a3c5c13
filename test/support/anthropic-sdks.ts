import Anthropic from '@anthropic-ai/sdk';
import Anthropic0 from 'anthropic-sdk-0';

/**
 * Both official Anthropic SDK lines, run by the same tests: 1.x (Bearer auth, anthropic-version
 * 2026-10-21) and 0.x (x-api-key, 2023-06-01; installed as `anthropic-sdk-0`), protocols.md §3.1.
 * The 0.x client is typed as the 1.x one: the surface these tests use is the same.
 */
export interface AnthropicSdk {
  name: string;
  version: '1.x' | '0.x';
  client(apiKey: string, baseURL: string): Anthropic;
  /** The SDK's own error classes (instanceof only works with the right module's classes). */
  errors: {
    APIError: abstract new (...args: never[]) => Error;
    AuthenticationError: abstract new (...args: never[]) => Error;
    NotFoundError: abstract new (...args: never[]) => Error;
    BadRequestError: abstract new (...args: never[]) => Error;
    RateLimitError: abstract new (...args: never[]) => Error;
    InternalServerError: abstract new (...args: never[]) => Error;
  };
}

export const ANTHROPIC_SDKS: readonly AnthropicSdk[] = [
  {
    name: '@anthropic-ai/sdk 1.x',
    version: '1.x',
    client: (apiKey, baseURL) => new Anthropic({ apiKey, baseURL, maxRetries: 0 }),
    errors: Anthropic,
  },
  {
    name: '@anthropic-ai/sdk 0.x',
    version: '0.x',
    client: (apiKey, baseURL) => new Anthropic0({ apiKey, baseURL, maxRetries: 0 }) as unknown as Anthropic,
    errors: Anthropic0,
  },
];

/** The HTTP status and Anthropic `error.type` of an SDK error. */
export function errorInfo(err: unknown): { status: number | undefined; type: string | undefined; message: string } {
  const e = err as { status?: number; error?: { error?: { type?: string } }; message?: string };
  return { status: e.status, type: e.error?.error?.type, message: String(e.message ?? err) };
}

/** Runs `fn` and returns what it threw (fails the test if nothing was thrown). */
export async function thrown(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error');
}

export const WEATHER_TOOL = {
  name: 'get_weather',
  description: 'Current weather for a city.',
  input_schema: { type: 'object' as const, properties: { city: { type: 'string' } }, required: ['city'] },
};

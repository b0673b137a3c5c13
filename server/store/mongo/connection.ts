import {
  MongoBulkWriteError, MongoNetworkError, MongoOperationTimeoutError, MongoServerClosedError, MongoServerError,
  MongoServerSelectionError,
} from 'mongodb';
import { StoreUnavailableError } from '../store.js';

/** What we may say about a connection string: hosts and database, never the user info. */
export interface MongoTarget {
  hosts: string;
  /** Database named in the URI path, if any. */
  pathDb?: string;
  /** Raw and decoded forms of the user info, to scrub from any message we pass on. */
  secrets: string[];
}

export function parseMongoUri(uri: string): MongoTarget {
  const scheme = uri.indexOf('://');
  const rest = scheme >= 0 ? uri.slice(scheme + 3) : uri;
  const query = rest.indexOf('?');
  const head = query >= 0 ? rest.slice(0, query) : rest;
  // The user info ends at the last '@' before the path; a password may itself hold '/' or ':'.
  const at = head.lastIndexOf('@');
  const userInfo = at >= 0 ? head.slice(0, at) : '';
  const hostPath = head.slice(at + 1);
  const slash = hostPath.indexOf('/');
  const hosts = slash >= 0 ? hostPath.slice(0, slash) : hostPath;
  const rawDb = slash >= 0 ? hostPath.slice(slash + 1) : '';
  let pathDb: string | undefined;
  try {
    pathDb = rawDb ? decodeURIComponent(rawDb) : undefined;
  } catch {
    pathDb = rawDb;
  }
  const secrets = new Set<string>();
  if (userInfo) {
    secrets.add(userInfo);
    const colon = userInfo.indexOf(':');
    if (colon >= 0) {
      const password = userInfo.slice(colon + 1);
      if (password) {
        secrets.add(password);
        try {
          secrets.add(decodeURIComponent(password));
        } catch {
          // keep the raw form only
        }
      }
    }
  }
  return { hosts: hosts || '(no host)', pathDb, secrets: [...secrets].filter((s) => s.length > 0) };
}

/** Database to use: the URI's path, else the configured name, else `nexusflow`. */
export function resolveDbName(uri: string, configured?: string): string {
  return parseMongoUri(uri).pathDb ?? configured ?? 'nexusflow';
}

export function scrub(text: string, target: MongoTarget): string {
  let out = text;
  // Longest first, so the full user info goes before its password part.
  for (const s of [...target.secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join('***');
  return out;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Server error codes meaning "this server cannot serve right now" (shutdown, step-down, not primary). */
const UNAVAILABLE_CODES = new Set([6, 7, 89, 91, 189, 262, 9001, 10107, 11600, 11602, 13435, 13436]);

/**
 * Socket errors the driver (7.x) sometimes lets through unwrapped: a write on a pooled connection
 * whose server died raises Node's EPIPE "This socket has been ended by the other party".
 */
const SOCKET_CODES = new Set([
  'EPIPE', 'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN',
  'ENOTCONN', 'EAI_AGAIN', 'ERR_STREAM_WRITE_AFTER_END', 'ERR_SOCKET_CLOSED',
]);

export function isUnavailableError(err: unknown): boolean {
  if (err instanceof MongoNetworkError || err instanceof MongoServerSelectionError) return true;
  // A bulk write (insertMany) that failed as a whole without a server's code: the driver wraps
  // the network error it hit (a closed connection mid-outage) in a MongoBulkWriteError.
  if (err instanceof MongoBulkWriteError && writeErrorsOf(err).length === 0 && typeof err.code !== 'number') return true;
  if (err instanceof Error && 'code' in err && typeof err.code === 'string' && SOCKET_CODES.has(err.code)) return true;
  if (err instanceof MongoOperationTimeoutError || err instanceof MongoServerClosedError) return true;
  return err instanceof MongoServerError && typeof err.code === 'number' && UNAVAILABLE_CODES.has(err.code);
}

/** Rethrows connectivity failures as StoreUnavailableError (the gateway answers 503); other errors pass unchanged. */
export function mapMongoError(err: unknown, target: MongoTarget): unknown {
  if (err instanceof StoreUnavailableError || !isUnavailableError(err)) return err;
  return new StoreUnavailableError(`MongoDB at ${target.hosts} is unavailable: ${scrub(errorMessage(err), target)}`, { cause: err });
}

export function isDuplicateKey(err: unknown): boolean {
  return err instanceof MongoServerError && err.code === 11000;
}

/** True when a bulk insert failed only because some documents already existed. */
export function onlyDuplicateKeys(err: unknown): boolean {
  if (!(err instanceof MongoBulkWriteError)) return false;
  const errors = writeErrorsOf(err);
  return errors.length > 0 && errors.every((e) => e.code === 11000);
}

/**
 * The per-document errors of a bulk write: none when the write failed as a whole (a network
 * error or an election mid-batch leaves `writeErrors` unset, and such an error is a store outage).
 */
export function writeErrorsOf(err: MongoBulkWriteError): Array<{ index: number; code?: number }> {
  const raw: unknown = err.writeErrors;
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  return list.filter((e): e is { index: number; code?: number } => typeof e === 'object' && e !== null && typeof (e as { index?: unknown }).index === 'number');
}

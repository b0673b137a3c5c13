/** Opaque page cursors: base64url of a small JSON array naming the last item's sort key. */

export class InvalidCursorError extends Error {
  constructor() {
    super('Invalid page cursor');
    this.name = 'InvalidCursorError';
  }
}

export type CursorKey = readonly (string | number)[];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Decodes a cursor whose elements must have the given types; throws InvalidCursorError otherwise. */
export function decodeCursor<const T extends readonly ('string' | 'number')[]>(
  cursor: string,
  shape: T,
): { [K in keyof T]: T[K] extends 'string' ? string : number } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!Array.isArray(parsed) || parsed.length !== shape.length) throw new InvalidCursorError();
  shape.forEach((type, i) => {
    const v: unknown = parsed[i];
    if (typeof v !== type || (type === 'number' && !Number.isFinite(v))) throw new InvalidCursorError();
  });
  return parsed as { [K in keyof T]: T[K] extends 'string' ? string : number };
}

/** Clamps a requested page size to 1..1000. */
export function pageLimit(limit: number): number {
  if (!Number.isFinite(limit)) return 100;
  return Math.min(1000, Math.max(1, Math.floor(limit)));
}

import type { RequestHandler } from 'express';
import { BadRequestError } from './errors';

// PostgreSQL's text and jsonb cannot hold U+0000, and a malformed percent-encoding
// cannot be decoded: left alone, both surface deep inside a handler as a 500. They
// are refused here instead, once for every way input arrives (JSON, multipart, query,
// path, socket payloads), with a 400 naming the field.

const MAX_DEPTH = 32;

/** The dotted path of the first string or key holding a NUL character in `value`, if any. */
export function findNul(value: unknown, path: string[] = [], depth = 0): string[] | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000')) return [...path, key.replaceAll('\u0000', '\\0')];
    const found = findNul(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Throws a 400 naming the field when `value` holds a NUL character anywhere. */
export function assertNoNul(value: unknown, where: string): void {
  const found = findNul(value);
  if (!found) return;
  const field = found.length > 0 ? found.join('.') : where;
  throw new BadRequestError(`Invalid ${where}: ${field}`, [{ field, message: 'must not contain NUL characters' }], 'validation_failed');
}

/** `path` with its percent-escapes decoded, or a 400 when they do not decode. */
function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    throw new BadRequestError('Malformed percent-encoding in the path', [{ field: 'path', message: 'malformed percent-encoding' }], 'malformed_path');
  }
}

/** Mounted after the JSON parser: checks the path, the query and a JSON body. */
export const rejectUndecodableInput: RequestHandler = (req, _res, next) => {
  const url = req.url;
  if (url.includes('%')) {
    const queryAt = url.indexOf('?');
    const path = queryAt === -1 ? url : url.slice(0, queryAt);
    if (decodedPath(path).includes('\u0000')) {
      throw new BadRequestError('NUL character in the path', [{ field: 'path', message: 'must not contain NUL characters' }]);
    }
    if (queryAt !== -1 && url.includes('%00', queryAt)) assertNoNul(req.query, 'query');
  }
  // Multipart bodies are checked by their route, after multer has parsed them.
  if (req.body !== undefined && typeof req.body === 'object') assertNoNul(req.body, 'body');
  next();
};

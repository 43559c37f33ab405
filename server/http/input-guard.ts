import type { RequestHandler } from 'express';
import { BadRequestError } from './errors';

// PostgreSQL's text and jsonb cannot hold U+0000, its jsonb refuses a lone UTF-16
// surrogate (JSON.stringify writes one as "\ud800"), and a malformed percent-encoding
// cannot be decoded: left alone, each surfaces deep inside a handler as a 500. They
// are refused here instead, once for every way input arrives (JSON, multipart, query,
// path, socket payloads), with a 400 naming the field.

const MAX_DEPTH = 32;

/** With the u flag a surrogate pair is one code point, so only a lone half matches. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Why `text` cannot be stored, if it cannot. */
function unstorable(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain NUL characters';
  if (LONE_SURROGATE.test(text)) return 'must be well-formed Unicode (a lone surrogate was found)';
  return undefined;
}

/** The first string or key in `value` that cannot be stored: its dotted path and why. */
export interface UnstorableText {
  path: string[];
  message: string;
}

/** Finds the first string or key in `value` that PostgreSQL could not store, if any. */
export function findUnstorableText(value: unknown, path: string[] = [], depth = 0): UnstorableText | undefined {
  if (typeof value === 'string') {
    const message = unstorable(value);
    return message ? { path, message } : undefined;
  }
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const keyProblem = unstorable(key);
    if (keyProblem) return { path: [...path, key.replaceAll('\u0000', '\\0').replace(/\p{Cs}/gu, '?')], message: keyProblem };
    const found = findUnstorableText(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** "field: why" for a socket error message, or undefined when `value` can be stored. */
export function describeUnstorableText(value: unknown, where: string): string | undefined {
  const found = findUnstorableText(value);
  return found && `${found.path.join('.') || where}: ${found.message}`;
}

/** Throws a 400 naming the field when `value` holds text PostgreSQL could not store. */
export function assertStorableText(value: unknown, where: string): void {
  const found = findUnstorableText(value);
  if (!found) return;
  const field = found.path.length > 0 ? found.path.join('.') : where;
  throw new BadRequestError(`Invalid ${where}: ${field}`, [{ field, message: found.message }], 'validation_failed');
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
    if (queryAt !== -1) assertStorableText(req.query, 'query');
  }
  // Multipart bodies are checked by their route, after multer has parsed them.
  if (req.body !== undefined && typeof req.body === 'object') assertStorableText(req.body, 'body');
  next();
};

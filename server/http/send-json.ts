import type { Response } from 'express';
import { stringifyWithKnownParts } from './json-parts';

/**
 * `res.json` for the hottest routes (POST only, never 204/304), for a plain object
 * whose parts may have known JSON (json-parts.ts). Express turns any body of 1,000
 * characters or more into a Buffer, which node then writes beside the headers: a pool
 * allocation and a copy per answer. A string goes out without them.
 */
export function sendJson(res: Response, value: Record<string, unknown>): void {
  const body = stringifyWithKnownParts(value);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

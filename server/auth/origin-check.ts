import type { Request } from 'express';
import { AppError } from '../http/errors';

// SameSite=Lax is not enough on its own: a sibling subdomain counts as same-site,
// and older browsers ignore the attribute. So every cookie-authenticated write must
// also prove, by its Origin (or Referer), that it came from our own pages.

export class OriginMismatchError extends AppError {
  constructor() {
    super(403, 'origin_mismatch', 'Cross-origin request refused: Origin does not match this service');
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isUnsafeMethod(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/** `https://host:port` of a URL; throws on a malformed one, which config has ruled out. */
export function originOf(url: string): string {
  return new URL(url).origin;
}

/** The origin the browser says the request came from: `Origin`, else `Referer`'s; undefined when neither. */
export function requestOrigin(req: Request): string | undefined {
  const origin = req.get('origin');
  if (origin !== undefined) return origin.trim();
  const referer = req.get('referer');
  if (referer === undefined) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'null';
  }
}

/** Throws 403 `origin_mismatch` unless the request provably comes from `allowedOrigin`. */
export function assertSameOrigin(req: Request, allowedOrigin: string): void {
  if (requestOrigin(req) !== allowedOrigin) throw new OriginMismatchError();
}

/** Login CSRF guard: only a present `Origin` is checked, so API clients without one still log in. */
export function assertOriginIfPresent(req: Request, allowedOrigin: string): void {
  const origin = req.get('origin');
  if (origin !== undefined && origin.trim() !== allowedOrigin) throw new OriginMismatchError();
}

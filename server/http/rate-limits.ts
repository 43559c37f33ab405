import type { Request, RequestHandler } from 'express';
import { TooManyRequestsError } from './errors';
import type { BudgetName, Limits, Verdict } from './limits';

// Express's side of the limits (./limits.ts): clients are told apart by req.ip, which
// follows TRUST_PROXY's rules, so X-Forwarded-For counts only behind a trusted proxy.

const passThrough: RequestHandler = (_req, _res, next) => next();

export const clientKey = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? 'unknown';

/** Turns a refusal into the contract's 429 with Retry-After. */
export function refuse(verdict: Verdict): void {
  if (!verdict.ok) throw new TooManyRequestsError(verdict.retryAfterSeconds);
}

/** One point of `name`'s budget per request, per client. */
export function limitPerClient(limits: Limits, name: BudgetName): RequestHandler {
  if (!limits.enabled) return passThrough;
  return async (req, _res, next) => {
    refuse(await limits.take(name, clientKey(req)));
    next();
  };
}

/** The limiters that limit anything: with rate limits off, a route need not call pass-throughs. */
export function activeLimits(...limits: RequestHandler[]): RequestHandler[] {
  return limits.filter((limit) => limit !== passThrough);
}

/**
 * Counts a lookup of a token that does not exist against the client. Only unknown
 * lookups count and only they are refused: a valid link always works, even from an
 * address (an office, an exam centre) that has mistyped many.
 */
export function countUnknownToken(limits: Limits, req: Request): Promise<Verdict> {
  return limits.take('unknownToken', clientKey(req));
}

import type { RequestHandler, Response } from 'express';
import { rateLimit, type Options, type RateLimitInfo } from 'express-rate-limit';
import { TooManyRequestsError } from './errors';

export interface RateLimitSettings {
  enabled: boolean;
}

const passThrough: RequestHandler = (_req, _res, next) => next();

function limiter(settings: RateLimitSettings, options: Partial<Options>): RequestHandler {
  if (!settings.enabled) return passThrough;
  return rateLimit({
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // Ignoring X-Forwarded-For without TRUST_PROXY is deliberate, not a misconfiguration.
    validate: { xForwardedForHeader: false },
    // Refusals go through the error middleware so they share the contract's shape.
    handler: (req, _res, next, opts) => {
      const info = (req as typeof req & { rateLimit?: RateLimitInfo }).rateLimit;
      const resetTime = info?.resetTime?.getTime() ?? Date.now() + opts.windowMs;
      next(new TooManyRequestsError(Math.max(1, Math.ceil((resetTime - Date.now()) / 1000))));
    },
    ...options,
  });
}

/** The limiters that limit anything: with rate limits off, a route need not call pass-throughs. */
export function activeLimits(...limits: RequestHandler[]): RequestHandler[] {
  return limits.filter((limit) => limit !== passThrough);
}

/** Marks this response as a lookup of a token that does not exist. */
export function markUnknownToken(res: Response): void {
  res.locals.unknownToken = true;
}

/**
 * Counts only lookups of unknown tokens, per client: guessing links is the attack,
 * while a candidate re-opening their real link a few times is not.
 */
export function unknownTokenThrottle(settings: RateLimitSettings): RequestHandler {
  return limiter(settings, {
    windowMs: 10 * 60_000,
    limit: 20,
    skipSuccessfulRequests: true,
    requestWasSuccessful: (_req, res) => res.locals.unknownToken !== true,
  });
}

/** A ceiling on every public, unauthenticated endpoint. */
export function publicEndpointLimit(settings: RateLimitSettings): RequestHandler {
  return limiter(settings, { windowMs: 60_000, limit: 120 });
}

/** Tickets reach a person: a client may open a few an hour, not a flood. */
export function escalationLimit(settings: RateLimitSettings): RequestHandler {
  return limiter(settings, { windowMs: 60 * 60_000, limit: 10 });
}

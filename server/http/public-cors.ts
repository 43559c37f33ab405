import type { RequestHandler } from 'express';

/**
 * CORS for the public endpoints the widget calls from host pages on any origin
 * (the candidate's escalation). Any origin, never credentials: these endpoints
 * authenticate by what the request carries (token, resume secret), not by cookies.
 * Answers the preflight itself, since `Idempotency-Key` makes the request non-simple.
 */
export function publicCors(options: { methods?: string[]; headers?: string[] } = {}): RequestHandler {
  const methods = (options.methods ?? ['POST']).join(', ');
  const headers = (options.headers ?? ['Content-Type', 'Idempotency-Key']).join(', ');
  return (req, res, next) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After, X-Request-Id');
    // Browsers may show the response to the host page's script: not only to same-origin readers.
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    if (req.method !== 'OPTIONS') return next();
    res.setHeader('Access-Control-Allow-Methods', methods);
    res.setHeader('Access-Control-Allow-Headers', headers);
    res.setHeader('Access-Control-Max-Age', '600');
    res.status(204).end();
  };
}

import { randomBytes } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * Helmet's headers on every response. Pages get a CSP with a fresh nonce for their
 * one script (`res.locals.cspNonce`); JSON under /api/ gets the strictest policy,
 * since nothing there is ever rendered, and skips the nonce it would never use.
 */
export function securityHeaders(publicUrl: string): RequestHandler {
  const pages = helmet({
    contentSecurityPolicy: {
      directives: {
        scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce}'`],
        styleSrc: ["'self'", "'unsafe-inline'"],
        connectSrc: ["'self'", publicUrl, publicUrl.replace(/^http/, 'ws')],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
      },
    },
  });
  const api = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  });
  return (req, res, next) => {
    if (req.path.startsWith('/api/')) return api(req, res, next);
    res.locals.cspNonce = randomBytes(16).toString('base64');
    return pages(req, res, next);
  };
}

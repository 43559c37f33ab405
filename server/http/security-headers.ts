import { randomBytes } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * Helmet's headers on every response. Pages get a CSP with a fresh nonce for their
 * one script (`res.locals.cspNonce`); answers under /api/ get the strictest policy,
 * since nothing there is ever rendered, no nonce, no document-only headers, and
 * `Cache-Control: no-store` (a route may set its own after this).
 */
export function securityHeaders(publicUrl: string): RequestHandler {
  // HSTS and upgrade-insecure-requests only where the service is reached over HTTPS:
  // on plain http they would pin browsers to an https origin that does not exist.
  const https = publicUrl.startsWith('https:');
  const pages = helmet({
    strictTransportSecurity: https,
    contentSecurityPolicy: {
      directives: {
        upgradeInsecureRequests: https ? [] : null,
        // The widget's loader imports its modules from PUBLIC_URL, which may differ from the page's host.
        scriptSrc: ["'self'", publicUrl, (_req, res) => `'nonce-${(res as Response).locals.cspNonce}'`],
        styleSrc: ["'self'", "'unsafe-inline'"],
        connectSrc: ["'self'", publicUrl, publicUrl.replace(/^http/, 'ws')],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
      },
    },
  });
  const api = recordHeaders(
    helmet({
      strictTransportSecurity: https,
      contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
      // Headers that only mean something to a document a browser renders (OWASP's REST
      // cheat sheet lists what an API answer needs): every byte of them went out on
      // every API answer for nothing.
      crossOriginOpenerPolicy: false,
      originAgentCluster: false,
      referrerPolicy: false,
      xDnsPrefetchControl: false,
      xDownloadOptions: false,
      xXssProtection: false,
    }),
  );
  // API answers are per caller and per moment (a diagnosis carries the time left): no cache keeps them.
  api.push(['Cache-Control', 'no-store']);
  return (req, res, next) => {
    if (req.path.startsWith('/api/')) {
      for (const [name, value] of api) res.setHeader(name, value);
      return next();
    }
    res.locals.cspNonce = randomBytes(16).toString('base64');
    return pages(req, res, next);
  };
}

/**
 * The headers a middleware sets when they never depend on the request: taken once, so
 * every API answer gets the same list without walking helmet's dozen middlewares.
 */
function recordHeaders(middleware: RequestHandler): [string, string][] {
  const headers: [string, string][] = [];
  const recorder = {
    locals: {},
    setHeader: (name: string, value: unknown) => headers.push([name, String(value)]),
    removeHeader: () => undefined,
  };
  let done = false;
  void middleware({ headers: {} } as Request, recorder as unknown as Response, () => (done = true));
  if (!done) throw new Error('security headers: the middleware did not finish synchronously');
  return headers;
}

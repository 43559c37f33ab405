import type { RequestHandler } from 'express';
import { authenticate, type Actor, type ActorRole, type AuthenticateDeps } from '../auth/actor';
import { escapeHtml } from './escape-html';

// Guards an HTML page for signed-in people: nobody signed in goes to /login and
// comes back after; a signed-in person whose role may not see the page gets a
// plain 403 page (not JSON: a person is reading).

function forbiddenPage(message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Not available · Link help</title></head>
<body><main><h1>Not available</h1><p>${escapeHtml(message)}</p><p><a href="/login">Sign in as someone else</a></p></main></body></html>`;
}

export function requirePageUser(deps: AuthenticateDeps, roles: ActorRole[], forbiddenMessage: string): RequestHandler[] {
  const signIn = authenticate(deps);
  // The app may already have resolved the actor; resolving twice costs a query.
  const resolve: RequestHandler = (req, res, next) => (res.locals.actor ? next() : signIn(req, res, next));
  const check: RequestHandler = (req, res, next) => {
    const actor = res.locals.actor as Actor | undefined;
    res.setHeader('Cache-Control', 'no-store');
    if (actor?.kind !== 'user') return res.redirect(303, `/login?next=${encodeURIComponent(req.originalUrl)}`);
    if (!roles.includes(actor.role)) return res.status(403).type('html').send(forbiddenPage(forbiddenMessage));
    next();
  };
  return [resolve, check];
}

import path from 'node:path';
import { Router, type RequestHandler } from 'express';
import { authenticate, orgScope, type Actor, type AuthenticateDeps } from '../auth/actor';
import { createScriptBundle } from '../http/script-bundle';
import type { JobStore } from '../jobs/job-store';
import { renderInboxPage } from './inbox-page';

export interface InboxDeps extends AuthenticateDeps {
  jobs: JobStore;
}

export interface InboxOptions {
  /** The inbox script; by default built once from server/inbox/client at the first request. */
  script?: () => Promise<string>;
}

const TICKET_ID = /^[\w-]{1,100}$/;
const ENTRY = path.join(__dirname, 'client', 'main.ts');

/**
 * GET /inbox, GET /inbox/tickets/:id (page shells) and GET /assets/inbox.js. Pages
 * need a signed-in person: anyone else goes to /login and comes back here after.
 */
export function createInboxRouter(deps: InboxDeps, options: InboxOptions = {}): Router {
  const router = Router();
  const script = options.script ?? createScriptBundle(ENTRY);
  const signIn = authenticate(deps);
  // The app may already have resolved the actor; resolving twice costs a query.
  const resolve: RequestHandler = (req, res, next) => (res.locals.actor ? next() : signIn(req, res, next));
  const requireUser: RequestHandler = (req, res, next) => {
    const actor = res.locals.actor as Actor | undefined;
    res.setHeader('Cache-Control', 'no-store');
    if (actor?.kind === 'user') return next();
    res.redirect(303, `/login?next=${encodeURIComponent(req.originalUrl)}`);
  };

  router.get('/inbox', resolve, requireUser, async (_req, res) => {
    res.type('html').send(await page(deps, res.locals.actor as Actor, 'list', res.locals.cspNonce as string | undefined));
  });

  router.get('/inbox/tickets/:id', resolve, requireUser, async (req, res, next) => {
    const id = String(req.params.id);
    if (!TICKET_ID.test(id)) return next();
    const html = await page(deps, res.locals.actor as Actor, 'detail', res.locals.cspNonce as string | undefined, id);
    res.type('html').send(html);
  });

  router.get('/assets/inbox.js', async (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type('application/javascript').send(await script());
  });
  return router;
}

async function page(deps: InboxDeps, actor: Actor, kind: 'list' | 'detail', nonce?: string, ticketId?: string): Promise<string> {
  const scope = orgScope(actor);
  const jobs = kind === 'list' && scope ? await deps.jobs.list(scope) : [];
  const userEmail = actor.kind === 'user' ? actor.email : '';
  return renderInboxPage({ page: kind, userEmail, ticketId, nonce, jobs: jobs.map(({ id, title, status }) => ({ id, title, status })) });
}

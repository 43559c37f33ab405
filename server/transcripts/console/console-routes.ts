import path from 'node:path';
import { Router } from 'express';
import { orgScope, type Actor, type AuthenticateDeps } from '../../auth/actor';
import { requirePageUser } from '../../http/page-access';
import { createScriptBundle } from '../../http/script-bundle';
import { SUPPORT_ROLES } from '../transcript-routes';
import type { TranscriptServices } from '../transcript-services';
import { renderConsolePage } from './console-page';

export interface ConsoleDeps extends AuthenticateDeps {
  transcripts: TranscriptServices;
}

export interface ConsoleOptions {
  /** The console script; by default built once from ./client at the first request. */
  script?: () => Promise<string>;
}

const CONVERSATION_ID = /^[\w-]{1,100}$/;
const ENTRY = path.join(__dirname, 'client', 'main.ts');

/** GET /console, GET /console/transcripts/:id (page shells) and GET /assets/console.js. */
export function createConsoleRouter(deps: ConsoleDeps, options: ConsoleOptions = {}): Router {
  const router = Router();
  const script = options.script ?? createScriptBundle(ENTRY);
  const guard = requirePageUser(deps, SUPPORT_ROLES, 'The support console is for support agents and admins.');
  const email = (actor: Actor) => (actor.kind === 'user' ? actor.email : '');

  router.get('/console', ...guard, async (_req, res) => {
    const { orgs, jobs } = await deps.transcripts.store.filterOptions(orgScope(res.locals.actor as Actor));
    const nonce = res.locals.cspNonce as string | undefined;
    res.type('html').send(renderConsolePage({ page: 'list', userEmail: email(res.locals.actor as Actor), orgs, jobs, nonce }));
  });

  router.get('/console/transcripts/:id', ...guard, (req, res, next) => {
    const conversationId = String(req.params.id);
    if (!CONVERSATION_ID.test(conversationId)) return next();
    const nonce = res.locals.cspNonce as string | undefined;
    res.type('html').send(renderConsolePage({ page: 'detail', userEmail: email(res.locals.actor as Actor), conversationId, nonce }));
  });

  router.get('/assets/console.js', async (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type('application/javascript').send(await script());
  });
  return router;
}

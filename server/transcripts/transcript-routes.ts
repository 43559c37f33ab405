import { Router } from 'express';
import { authenticate, currentActor, orgScope, requireActor, type Actor, type AuthenticateDeps } from '../auth/actor';
import { NotFoundError, UnauthorizedError } from '../http/errors';
import { idParamSchema } from '../http/schemas';
import { validate } from '../http/validate';
import { encodeCursor, parseExportQuery, parseTranscriptQuery } from './transcript-filters';
import { writeExport } from './transcript-export';
import type { TranscriptServices } from './transcript-services';
import { toTranscriptDetail, toTranscriptSummary } from './transcript-view';
import type { Viewer } from './view-audit-store';

export interface TranscriptRouterDeps extends AuthenticateDeps {
  transcripts: TranscriptServices;
}

/** People in support only, never an org's API key; an agent created with an org sees that org's only. */
export const SUPPORT_ROLES: Actor['role'][] = ['agent', 'admin'];

export function viewerOf(actor: Actor): Viewer {
  if (actor.kind !== 'user') throw new UnauthorizedError();
  return { userId: actor.userId, email: actor.email, role: actor.role };
}

/** GET /transcripts, /transcripts/export, /transcripts/:id, /transcripts/:id/views; mount under /api/v1. */
export function createTranscriptRouter(deps: TranscriptRouterDeps): Router {
  const router = Router();
  const { store, views } = deps.transcripts;
  router.use('/transcripts', authenticate(deps), requireActor({ roles: SUPPORT_ROLES }), (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

  router.get('/transcripts', async (req, res) => {
    const { filters, page } = parseTranscriptQuery(req.query);
    const { records, next } = await store.list({ ...filters, orgScope: orgScope(currentActor(res)), now: deps.now() }, page);
    res.json({ transcripts: records.map(toTranscriptSummary), nextCursor: next ? encodeCursor(next) : null });
  });

  router.get('/transcripts/export', async (req, res) => {
    const { filters, options } = parseExportQuery(req.query);
    const viewer = viewerOf(currentActor(res));
    const recordViews = (ids: string[]) => views.record(ids, viewer, 'export', deps.now());
    await writeExport(res, { store, recordViews }, { ...filters, orgScope: orgScope(currentActor(res)), now: deps.now() }, options, deps.now());
  });

  router.get('/transcripts/:id', async (req, res) => {
    const id = validate(idParamSchema, req.params.id, 'id');
    const record = await store.get(id, orgScope(currentActor(res)));
    if (!record) throw new NotFoundError('Transcript');
    const turns = await store.turns([id]);
    await views.record([id], viewerOf(currentActor(res)), 'detail', deps.now());
    res.json(toTranscriptDetail(record, turns));
  });

  router.get('/transcripts/:id/views', requireActor({ roles: ['admin'] }), async (req, res) => {
    const id = validate(idParamSchema, req.params.id, 'id');
    const found = await views.list(id);
    // The audit outlives a purge, so a transcript that is gone may still have views.
    if (found.length === 0 && !(await store.get(id))) throw new NotFoundError('Transcript');
    res.json({ views: found });
  });

  return router;
}

import { Router } from 'express';
import { z } from 'zod';
import { authenticate, currentActor, requireActor } from '../../auth/actor';
import { ALL_SCENARIOS } from '../../diagnosis/scenario-ids';
import { NotFoundError } from '../../http/errors';
import { idParamSchema } from '../../http/schemas';
import { validate } from '../../http/validate';
import { CONFIDENT_MATCH } from '../../knowledge/search-index';
import { parseRange } from '../transcript-filters';
import { SUPPORT_ROLES, viewerOf, type TranscriptRouterDeps } from '../transcript-routes';
import { buildInsights } from './insights-report';

export const labelSchema = z.object({ messageId: idParamSchema, scenario: z.enum(ALL_SCENARIOS) });

/** GET /insights, POST /insights/labels, GET /insights/labels/export; mount under /api/v1. */
export function createInsightsRouter(deps: TranscriptRouterDeps): Router {
  const router = Router();
  const { insights, labels } = deps.transcripts;
  router.use('/insights', authenticate(deps), requireActor({ roles: SUPPORT_ROLES }), (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

  router.get('/insights', async (req, res) => {
    const range = parseRange(req.query, deps.now());
    const [outcomes, scenarioDays, questions] = await Promise.all([
      insights.outcomes(range),
      insights.scenarioDays(range),
      insights.answeredQuestions(range),
    ]);
    res.json(buildInsights({ range, outcomes, scenarioDays, questions, confidentScore: CONFIDENT_MATCH }));
  });

  router.post('/insights/labels', async (req, res) => {
    const { messageId, scenario } = validate(labelSchema, req.body);
    const viewer = viewerOf(currentActor(res));
    const result = await labels.label(messageId, scenario, viewer, deps.now());
    if (!result) throw new NotFoundError('Candidate message');
    res.status(result.created ? 201 : 200).json(result.label);
  });

  router.get('/insights/labels/export', async (_req, res) => {
    res.setHeader('Content-Disposition', 'attachment; filename="labelled-questions.json"');
    res.json(await labels.exportCases());
  });

  return router;
}

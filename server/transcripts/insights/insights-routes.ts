import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { authenticate, currentActor, orgScope, requireActor } from '../../auth/actor';
import { ALL_SCENARIOS } from '../../diagnosis/scenario-ids';
import { NotFoundError } from '../../http/errors';
import { idParamSchema } from '../../http/schemas';
import { validate } from '../../http/validate';
import { CONFIDENT_MATCH } from '../../knowledge/understand-message';
import { dropEmpty, parseRange } from '../transcript-filters';
import { SUPPORT_ROLES, viewerOf, type TranscriptRouterDeps } from '../transcript-routes';
import { buildInsights } from './insights-report';
import { insightsFilterSchema, type InsightsScope } from './insights-scope';
import { renderResolutionChart } from './resolution-chart';
import { buildResolutionReport } from './resolution-report';

export const labelSchema = z.object({ messageId: idParamSchema, scenario: z.enum(ALL_SCENARIOS) });

/** GET /insights, GET /insights/chart.svg, POST /insights/labels, GET /insights/labels/export; mount under /api/v1. */
export function createInsightsRouter(deps: TranscriptRouterDeps): Router {
  const router = Router();
  const { insights, labels } = deps.transcripts;
  router.use('/insights', authenticate(deps), requireActor({ roles: SUPPORT_ROLES }), (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

  const scopeOf = (req: Request, res: Response) => {
    const range = parseRange(req.query, deps.now());
    const filters = validate(insightsFilterSchema, dropEmpty(req.query), 'query');
    const scope: InsightsScope = { ...range, ...filters, orgScope: orgScope(currentActor(res)) };
    return { range, filters, scope };
  };

  router.get('/insights', async (req, res) => {
    const { range, filters, scope } = scopeOf(req, res);
    const [outcomes, scenarioDays, questions, resolutions] = await Promise.all([
      insights.outcomes(scope),
      insights.scenarioDays(scope),
      insights.answeredQuestions(scope),
      insights.resolutions(scope),
    ]);
    res.json({
      ...buildInsights({ range, outcomes, scenarioDays, questions, confidentScore: CONFIDENT_MATCH }),
      ...buildResolutionReport(resolutions, deps.now()),
      filters,
    });
  });

  router.get('/insights/chart.svg', async (req, res) => {
    const { scope } = scopeOf(req, res);
    const { resolutionByWeek } = buildResolutionReport(await insights.resolutions(scope), deps.now());
    res.type('image/svg+xml').send(renderResolutionChart(resolutionByWeek));
  });

  router.post('/insights/labels', async (req, res) => {
    const { messageId, scenario } = validate(labelSchema, req.body);
    const viewer = viewerOf(currentActor(res));
    const result = await labels.label(messageId, scenario, viewer, deps.now(), orgScope(currentActor(res)));
    if (!result) throw new NotFoundError('Candidate message');
    res.status(result.created ? 201 : 200).json(result.label);
  });

  router.get('/insights/labels/export', async (_req, res) => {
    res.setHeader('Content-Disposition', 'attachment; filename="labelled-questions.json"');
    res.json(await labels.exportCases(orgScope(currentActor(res))));
  });

  return router;
}

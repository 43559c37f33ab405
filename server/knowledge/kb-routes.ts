import { Router } from 'express';
import { z } from 'zod';
import { NotFoundError } from '../http/errors';
import { validate } from '../http/validate';
import { isScenarioId } from '../diagnosis/scenario-ids';
import type { KnowledgeBase } from './knowledge-types';

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'required').max(500),
  audience: z.enum(['candidate', 'recruiter']).optional(),
  limit: z.coerce.number().int().min(1).max(32).optional(),
});

export const articleQuerySchema = z.object({
  policy: z.enum(['strict', 'flexible']).optional(),
  kind: z.enum(['assessment', 'ai_interview', 'video_interview']).optional(),
  timeZone: z.string().max(100).optional(),
});

/** Public knowledge-base search and article reads. */
export function createKbRouter(knowledge: () => KnowledgeBase): Router {
  const router = Router();

  router.get('/kb/search', (req, res) => {
    const { q, audience, limit } = validate(searchQuerySchema, req.query, 'query');
    res.json({ results: knowledge().search(q, { audience, limit: limit ?? 5 }) });
  });

  // Without link facts the article renders its general form; policy and kind pick variants.
  router.get('/kb/articles/:id', (req, res) => {
    const { policy, kind, timeZone } = validate(articleQuerySchema, req.query, 'query');
    const kb = knowledge();
    if (!isScenarioId(req.params.id) || !kb.has(req.params.id)) throw new NotFoundError('Article');
    res.json(kb.render(req.params.id, { facts: { policy: policy ?? 'strict', now: new Date(), kind }, timeZone }));
  });

  return router;
}

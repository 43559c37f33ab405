import { Router, type Request } from 'express';
import { negotiateLocale } from '../i18n/negotiate-locale';
import { z } from 'zod';
import { NotFoundError } from '../http/errors';
import { validate } from '../http/validate';
import { isScenarioId } from '../diagnosis/scenario-ids';
import type { KnowledgeBase } from './knowledge-types';

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'required').max(500),
  audience: z.enum(['candidate', 'recruiter']).optional(),
  limit: z.coerce.number().int().min(1).max(32).optional(),
  locale: z.string().max(35).optional(),
});

export const articleQuerySchema = z.object({
  policy: z.enum(['strict', 'flexible']).optional(),
  kind: z.enum(['assessment', 'ai_interview', 'video_interview']).optional(),
  timeZone: z.string().max(100).optional(),
  /** en, es, pt, fr or hi (a regional tag such as es-MX too); else Accept-Language decides. */
  locale: z.string().max(35).optional(),
});

/** The reader's language: `?locale=` when it is one of ours, else Accept-Language, else English. */
const languageOf = (req: Request, locale: string | undefined) => negotiateLocale({ chosen: locale, acceptLanguage: req.get('accept-language') }).locale;

/** Public knowledge-base search and article reads. */
export function createKbRouter(knowledge: () => KnowledgeBase): Router {
  const router = Router();

  router.get('/kb/search', (req, res) => {
    const { q, audience, limit, locale } = validate(searchQuerySchema, req.query, 'query');
    const kb = knowledge();
    const language = audience === 'recruiter' ? 'en' : languageOf(req, locale);
    const results = kb.search(q, { audience, limit: limit ?? 5 }).map((result) => ({ ...result, title: kb.titleOf(result.id, language) }));
    res.json({ results });
  });

  // Without link facts the article renders its general form; policy and kind pick variants.
  router.get('/kb/articles/:id', (req, res) => {
    const { policy, kind, timeZone, locale } = validate(articleQuerySchema, req.query, 'query');
    const kb = knowledge();
    if (!isScenarioId(req.params.id) || !kb.has(req.params.id)) throw new NotFoundError('Article');
    const facts = { policy: policy ?? 'strict', now: new Date(), kind } as const;
    res.json(kb.render(req.params.id, { facts, timeZone, locale, language: languageOf(req, locale) }));
  });

  return router;
}

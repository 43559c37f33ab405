import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { markUnknownToken } from '../http/rate-limits';
import { validate } from '../http/validate';
import type { DiagnosisService } from './diagnosis-service';

const timeZoneSchema = z
  .string()
  .max(100)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as Europe/Paris');

const diagnoseSchema = z
  .object({
    token: z.string().max(200).optional(),
    link: z.string().max(4000).optional(),
    message: z.string().max(2000).optional(),
    locale: z.string().max(35).optional(),
    timeZone: timeZoneSchema.optional(),
    audience: z.enum(['candidate', 'recruiter']).optional(),
  })
  .refine((v) => Boolean(v.token?.trim() || v.link?.trim() || v.message?.trim()), {
    path: ['token'],
    message: 'give at least one of token, link or message',
  });

/** POST /api/v1/diagnose: public, rate limited, unknown tokens throttled harder. */
export function createDiagnosisRouter(service: DiagnosisService, limits: RequestHandler[]): Router {
  const router = Router();
  router.post('/diagnose', ...limits, async (req, res) => {
    const request = validate(diagnoseSchema, req.body);
    const { response, unknownToken } = await service.diagnose(request);
    if (unknownToken) markUnknownToken(res);
    res.json(response);
  });
  return router;
}

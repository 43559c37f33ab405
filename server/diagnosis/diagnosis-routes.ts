import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { Limits } from '../http/limits';
import { countUnknownToken, refuse } from '../http/rate-limits';
import { validate } from '../http/validate';
import { sendJson } from '../http/send-json';
import { timeZoneSchema } from '../http/schemas';
import type { DiagnosisService } from './diagnosis-service';

export const diagnoseSchema = z
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

/**
 * POST /api/v1/diagnose: public, rate limited, unknown tokens throttled harder. The
 * busiest route, so the app mounts it first and directly, without a router of its own.
 */
export function diagnoseHandler(service: DiagnosisService, limits: Limits): RequestHandler {
  return async (req, res) => {
    const request = validate(diagnoseSchema, req.body);
    const { response, unknownToken } = await service.diagnose({ ...request, acceptLanguage: req.get('accept-language') });
    if (unknownToken) refuse(await countUnknownToken(limits, req));
    sendJson(res, response);
  };
}

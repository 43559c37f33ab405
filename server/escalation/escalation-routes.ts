import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { assertStorableText } from '../http/input-guard';
import { emailSchema, isoDateSchema, timeZoneSchema } from '../http/schemas';
import { validate } from '../http/validate';
import { negotiateLocale } from '../i18n/negotiate-locale';
import type { EscalationService } from './escalation-service';
import { screenshotUpload } from './screenshot-upload';

// Multipart fields arrive as strings; empty ones mean "not given".
const optional = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

export const escalationSchema = z
  .object({
    token: optional(z.string().trim().min(1).max(200)),
    conversationId: optional(z.string().min(1).max(100)),
    resumeSecret: optional(z.string().min(1).max(200)),
    description: z.string().trim().min(1, 'required').max(5000),
    contactEmail: optional(emailSchema),
    // When the candidate hit the problem: not later than now (a day's slack for clocks).
    occurredAt: optional(isoDateSchema.refine((d) => d.getTime() <= Date.now() + 86_400_000, 'must not lie in the future')),
    timeZone: optional(timeZoneSchema),
    /** The candidate's language (`en`, `es`, `pt`, `fr`, `hi`, or a regional tag); else Accept-Language. */
    locale: optional(z.string().trim().max(35)),
  })
  .refine((v) => v.token || v.conversationId, { path: ['token'], message: 'give token, or conversationId and resumeSecret' })
  .refine((v) => !v.conversationId || v.resumeSecret, { path: ['resumeSecret'], message: 'required with conversationId' });

const idempotencyKeySchema = z.string().trim().min(1).max(200).optional();

/** POST /api/v1/escalations: public (the candidate), rate limited. */
export function createEscalationRouter(service: EscalationService, limits: RequestHandler[]): Router {
  const router = Router();
  router.post('/escalations', ...limits, screenshotUpload, async (req, res) => {
    // Multipart fields arrive after the app-wide guard has run.
    assertStorableText(req.body, 'body');
    const input = validate(escalationSchema, req.body ?? {});
    const idempotencyKey = validate(idempotencyKeySchema, req.get('idempotency-key'), 'Idempotency-Key');
    const files = (req.files as Express.Multer.File[] | undefined) ?? [];
    const language = negotiateLocale({ chosen: input.locale, acceptLanguage: req.get('accept-language') }).locale;
    const ticket = await service.escalate({ ...input, language, idempotencyKey, screenshots: files.map((f) => f.buffer) });
    res.status(201).json({ ticketId: ticket.id, reference: ticket.reference, status: ticket.status });
  });
  return router;
}

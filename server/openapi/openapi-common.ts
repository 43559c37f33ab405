import { z } from 'zod';
import type { ZodOpenApiResponsesObject } from 'zod-openapi';

// Pieces every path of the document shares: the error shape, the auth schemes, and
// helpers that keep each operation to a few lines.

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'snake_case, stable: branch on it.', example: 'validation_failed' }),
      message: z.string(),
      details: z
        .array(z.object({ field: z.string(), message: z.string() }))
        .optional()
        .meta({ description: 'Which fields were refused (400).' }),
    }),
  })
  .meta({ id: 'Error' });

const ERROR_TEXT: Record<number, string> = {
  400: 'Malformed JSON or an invalid field; `details` names each field',
  401: 'No or an unknown credential',
  403: 'The credential may not do this',
  404: 'No such object in your org (another org’s object is a 404 too)',
  409: 'Conflicts with the current state (the `code` says which)',
  413: 'Request body too large',
  429: 'Rate limited; see `Retry-After`',
  503: 'The store is unavailable; retry after `Retry-After`',
};

export function errors(...statuses: number[]): ZodOpenApiResponsesObject {
  return Object.fromEntries(
    statuses.map((status) => [String(status), { description: ERROR_TEXT[status] ?? 'Error', content: { 'application/json': { schema: errorSchema } } }]),
  );
}

export function json(schema: z.ZodType, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

export function body(schema: z.ZodType) {
  return { required: true, content: { 'application/json': { schema } } };
}

export const SECURITY_SCHEMES = {
  apiKey: { type: 'http', scheme: 'bearer', description: 'The org’s API key: `Authorization: Bearer <apiKey>` (`npm run cli -- org create`).' },
  session: { type: 'apiKey', in: 'cookie', name: 'ld_session', description: 'Set by POST /api/v1/auth/login (recruiters, agents, admins).' },
} as const;

type Security = Record<string, string[]>[];
export const apiKeyAuth: Security = [{ apiKey: [] }];
export const staffAuth: Security = [{ session: [] }, { apiKey: [] }];
export const sessionAuth: Security = [{ session: [] }];

export const idPath = (name = 'id') => z.object({ [name]: z.string().min(1).max(100) });

/** A timestamp as JSON carries it. */
export const timestamp = z.string().meta({ format: 'date-time' });
export const nullableTimestamp = timestamp.nullable();

/** Lists give `nextCursor`; pass it back as `cursor` until it is null. */
export const nextCursor = z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last one.' });

export const idempotencyHeader = z.object({
  'Idempotency-Key': z
    .string()
    .min(1)
    .max(255)
    .optional()
    .meta({ description: 'Retry safely: the same key with the same body answers the first answer again (24 h, per org); with another body, 409.' }),
});

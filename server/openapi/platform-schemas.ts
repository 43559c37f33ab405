import { z } from 'zod';
import { jobStatusSchema } from '../jobs/job-routes';
import { LIST_STATUSES } from '../links/invitation-sync';
import { nextCursor, nullableTimestamp, timestamp } from './openapi-common';

// What the platform API answers. Requests are described by the schemas that validate
// them (imported from the routes); answers by these, which mirror the views.

const person = z.object({ name: z.string(), email: z.string() });

export const jobSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    status: jobStatusSchema,
    recruiter: person,
    externalId: z.string().nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'Job' });

export const jobListSchema = z.object({ jobs: z.array(jobSchema), nextCursor });

export const invitationSchema = z
  .object({
    id: z.string(),
    jobId: z.string(),
    externalId: z.string().nullable(),
    url: z.string().nullable().meta({ description: 'PUBLIC_URL/i/<token>; null if sealed under an older SECRET_KEY.' }),
    status: z.enum(LIST_STATUSES).meta({ description: 'The link’s state, decided like the diagnosis.' }),
    candidate: person,
    kind: z.enum(['assessment', 'ai_interview', 'video_interview']),
    targetUrl: z.string(),
    expiresAt: timestamp,
    accessLimit: z.number().int(),
    accessCount: z.number().int(),
    sentAt: nullableTimestamp,
    startedAt: nullableTimestamp,
    lastActivityAt: nullableTimestamp,
    completedAt: nullableTimestamp,
    completedReason: z.enum(['submitted', 'time_limit', 'auto_submitted']).nullable(),
    revokedAt: nullableTimestamp,
    revokedReason: z.string().nullable(),
    supersededBy: z.string().nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'Invitation' });

export const createdInvitationSchema = invitationSchema.extend({ token: z.string().meta({ description: 'The link token; shown on creation.' }) });

export const invitationDetailSchema = invitationSchema.extend({
  events: z.array(z.object({ id: z.string(), type: z.string(), at: timestamp, data: z.record(z.string(), z.unknown()) })),
  diagnosis: z.object({ scenario: z.string() }),
});

export const invitationListSchema = z.object({ invitations: z.array(invitationSchema), nextCursor });

export const webhookSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    topics: z.array(z.string()),
    active: z.boolean(),
    secretFormat: z.enum(['standard', 'legacy']).meta({ description: '`legacy`: registered before Standard Webhooks; see the README.' }),
    createdAt: timestamp,
  })
  .meta({ id: 'Webhook' });

export const createdWebhookSchema = webhookSchema.extend({
  secret: z.string().meta({ description: 'whsec_…, shown once: give it to your Standard Webhooks library.' }),
});

export const deliverySchema = z
  .object({
    id: z.string(),
    eventId: z.string().meta({ description: 'The `webhook-id` header of the attempt.' }),
    event: z.string().meta({ description: 'The event type, e.g. ticket.created.' }),
    attempt: z.number().int(),
    at: timestamp,
    statusCode: z.number().int().nullable().meta({ description: 'null: no answer (timeout, refused connection).' }),
    durationMs: z.number().int(),
    error: z.string().nullable(),
    ok: z.boolean(),
    eventStatus: z.enum(['pending', 'sending', 'sent', 'failed', 'dead']).nullable(),
  })
  .meta({ id: 'WebhookDelivery' });

export const deliveryListSchema = z.object({ deliveries: z.array(deliverySchema), nextCursor });
export const queuedEventSchema = z.object({ eventId: z.string() });

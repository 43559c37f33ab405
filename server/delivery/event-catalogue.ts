import { z } from 'zod';

// Every webhook event, its payload schema and what it means: the OpenAPI document's
// `webhooks` section and the README's catalogue are built from this list. Payloads
// about a link carry the org's own ids (`jobExternalId`, `invitationExternalId`) so a
// platform files them without a lookup.

const nullableId = z.string().nullable();

/** Which link an event is about, by our ids and the platform's. */
export const linkRefsSchema = z.object({
  jobId: nullableId,
  jobExternalId: nullableId.meta({ description: 'The platform’s id for the job (`externalId`).' }),
  invitationId: nullableId,
  invitationExternalId: nullableId.meta({ description: 'The platform’s id for the invitation (`externalId`).' }),
});

export type LinkRefs = z.infer<typeof linkRefsSchema>;

export function linkRefs(job?: { id: string; externalId: string | null } | null, invitation?: { id: string; externalId: string | null } | null): LinkRefs {
  return {
    jobId: job?.id ?? null,
    jobExternalId: job?.externalId ?? null,
    invitationId: invitation?.id ?? null,
    invitationExternalId: invitation?.externalId ?? null,
  };
}

export const fixKindSchema = z.enum(['extended', 'reset', 'reissued']);
/** Who made a fix: a recruiter in the inbox, the platform through the API, the bot (self-service). */
export const fixActorSchema = z.enum(['recruiter', 'platform', 'bot']);

const ticketRef = { ticketId: z.string(), reference: z.string().meta({ description: 'Human-readable, e.g. T-1042.' }) };

export const EVENT_CATALOGUE = {
  ping: {
    summary: 'Sent by POST /api/v1/webhooks/{id}/test to check an endpoint and its signature verification.',
    data: z.object({ webhookId: z.string(), url: z.string() }),
  },
  'invitation.opened': {
    summary: 'A candidate opened a usable link (redirected to the assessment or interview).',
    data: linkRefsSchema.extend({ accessCount: z.number().int(), accessLimit: z.number().int(), at: z.string() }),
  },
  'invitation.fixed': {
    summary: 'A link was extended, reset or reissued, by a recruiter, the platform or the bot.',
    data: linkRefsSchema.extend({
      fix: fixKindSchema,
      by: fixActorSchema,
      expiresAt: z.string().meta({ description: 'The link’s deadline after the fix.' }),
      newInvitationId: z.string().optional().meta({ description: 'Reissued: the new invitation (it carries the externalId now).' }),
    }),
  },
  'ticket.created': {
    summary: 'A candidate escalated: a ticket for the recruiter.',
    data: linkRefsSchema.extend({ ...ticketRef, scenario: z.string() }),
  },
  'ticket.updated': {
    summary: 'A recruiter acted on a ticket (reply, fix, resolve); `status` is its new status.',
    data: linkRefsSchema.extend({ ...ticketRef, action: z.string(), status: z.string() }),
  },
  'ticket.replied': {
    summary: 'A recruiter replied to the candidate on a ticket.',
    data: linkRefsSchema.extend({ ...ticketRef, by: z.enum(['recruiter']), message: z.string() }),
  },
  'conversation.escalated': {
    summary: 'A chat conversation was handed to a person (its ticket is in `ticketId`).',
    data: linkRefsSchema.extend({ ...ticketRef, conversationId: z.string() }),
  },
} as const;

export type EventTopic = keyof typeof EVENT_CATALOGUE;
export type EventData<T extends EventTopic> = z.input<(typeof EVENT_CATALOGUE)[T]['data']>;

/** The envelope every delivery's body has (Standard Webhooks: `type`, `timestamp`, `data`). */
export function eventEnvelopeSchema(topic: string, data: z.ZodType) {
  return z.object({
    id: z.string().meta({ description: 'The event id; also the `webhook-id` header. Deduplicate by it.' }),
    type: z.literal(topic),
    timestamp: z.string().meta({ description: 'When the event happened (ISO 8601).' }),
    data,
    topic: z.literal(topic).meta({ description: 'Same as `type` (kept for consumers written before Standard Webhooks).' }),
    orgId: z.string(),
    createdAt: z.string().meta({ description: 'Same as `timestamp`.' }),
  });
}

import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { pointsInside } from '../delivery/public-address';
import { currentOrg } from '../http/api-key-auth';
import { pageQuerySchema } from '../http/cursor';
import { NotFoundError } from '../http/errors';
import { emailSchema, externalIdSchema, isoDateSchema, nameSchema } from '../http/schemas';
import { validate } from '../http/validate';
import type { Invitation } from './invitation';
import { eventInputSchema } from './invitation-events';
import type { InvitationService } from './invitation-service';
import type { InvitationStore } from './invitation-store';
import { LIST_STATUSES, type InvitationSync } from './invitation-sync';

// Where a candidate is sent: like a webhook URL, never loopback or a private network
// (WEBHOOK_PRIVATE_ADDRESSES=allow lifts both for closed networks and tests).
const targetUrlSchema = (allowPrivate: boolean) => {
  const url = z.url({ protocol: /^https?$/ }).max(2000);
  return allowPrivate ? url : url.refine((value) => !pointsInside(value), 'must be a public internet address');
};

const invitationFieldsFor = (allowPrivate: boolean) => ({
  jobId: z.string().min(1).max(100),
  candidate: z.object({ name: nameSchema, email: emailSchema }),
  kind: z.enum(['assessment', 'ai_interview', 'video_interview']).optional(),
  targetUrl: targetUrlSchema(allowPrivate),
  validForHours: z
    .number()
    .positive()
    .max(24 * 365)
    .optional(),
  // May lie in the past: platforms sync invitations that already exist.
  expiresAt: isoDateSchema.optional(),
  accessLimit: z.number().int().min(1).max(100_000).optional(),
});

const oneDeadline = <T extends { validForHours?: number; expiresAt?: Date }>(v: T) => !(v.validForHours !== undefined && v.expiresAt !== undefined);
const oneDeadlineIssue = { path: ['expiresAt'], message: 'give either validForHours or expiresAt, not both' };

const createInvitationSchemaFor = (allowPrivate: boolean) =>
  z.object({ ...invitationFieldsFor(allowPrivate), externalId: externalIdSchema.optional() }).refine(oneDeadline, oneDeadlineIssue);
const upsertInvitationSchemaFor = (allowPrivate: boolean) => z.object(invitationFieldsFor(allowPrivate)).refine(oneDeadline, oneDeadlineIssue);

/** The documented shapes (OpenAPI); the router refuses private targets unless WEBHOOK_PRIVATE_ADDRESSES=allow. */
export const createInvitationSchema = createInvitationSchemaFor(true).meta({ id: 'CreateInvitation' });
/** PUT by-external-id: the id is in the path. */
export const upsertInvitationSchema = upsertInvitationSchemaFor(true).meta({ id: 'UpsertInvitation' });

export const listInvitationsQuerySchema = pageQuerySchema.extend({
  jobId: z.string().min(1).max(100).optional(),
  status: z.enum(LIST_STATUSES).optional().meta({ description: 'The link status, as in an invitation’s `status`.' }),
  updatedSince: isoDateSchema.optional().meta({ description: 'Only invitations changed at or after this time (ISO 8601 with offset).' }),
});

export interface InvitationRouterOptions {
  sync?: InvitationSync;
  /** `Idempotency-Key` handling for POST /invitations. */
  idempotency?: RequestHandler;
  /** WEBHOOK_PRIVATE_ADDRESSES=allow: a target on loopback or a private network is accepted. */
  allowPrivateAddresses?: boolean;
}

/** Platform API for invitations; mounted behind API-key auth. */
export function createInvitationRouter(service: InvitationService, invitations: InvitationStore, options: InvitationRouterOptions = {}): Router {
  const router = Router();
  const idempotency: RequestHandler[] = options.idempotency ? [options.idempotency] : [];
  const sync = () => {
    if (!options.sync) throw new Error('createInvitationRouter: sync is required for lists and upserts');
    return options.sync;
  };
  const allowPrivate = options.allowPrivateAddresses === true;
  const createSchema = allowPrivate ? createInvitationSchema : createInvitationSchemaFor(false);
  const upsertSchema = allowPrivate ? upsertInvitationSchema : upsertInvitationSchemaFor(false);

  const load = async (orgId: string, id: string): Promise<Invitation> => {
    const invitation = await invitations.get(orgId, id);
    if (!invitation) throw new NotFoundError('Invitation');
    return invitation;
  };

  router.get('/invitations', async (req, res) => {
    const query = validate(listInvitationsQuerySchema, req.query, 'query');
    res.json(await sync().list(currentOrg(res), { ...query, cursor: query.cursor }));
  });

  router.put('/invitations/by-external-id/:externalId', async (req, res) => {
    const org = currentOrg(res);
    const { externalId } = validate(z.object({ externalId: externalIdSchema }), req.params, 'path');
    const input = validate(upsertSchema, req.body);
    const { created, invitation, job, token } = await sync().upsert(org, externalId, input);
    const view = await service.view(org, invitation, job);
    res.status(created ? 201 : 200).json(created ? { ...view, token } : view);
  });

  router.post('/invitations', ...idempotency, async (req, res) => {
    const org = currentOrg(res);
    const input = validate(createSchema, req.body);
    const { invitation, job, token } = await service.create(org, input);
    res.status(201).json({ ...(await service.view(org, invitation, job)), token });
  });

  router.get('/invitations/:id', async (req, res) => {
    const org = currentOrg(res);
    const invitation = await load(org.id, req.params.id);
    const view = await service.view(org, invitation);
    res.json({
      ...view,
      events: await invitations.events(invitation.id),
      diagnosis: { scenario: await service.scenarioOf(org, invitation) },
    });
  });

  router.post('/invitations/:id/events', async (req, res) => {
    const org = currentOrg(res);
    const event = validate(eventInputSchema, req.body);
    const invitation = await service.applyEvent(org, req.params.id, event, 'platform');
    res.json(await service.view(org, invitation));
  });

  router.post('/invitations/:id/reissue', async (req, res) => {
    const org = currentOrg(res);
    const { invitation, job, token } = await service.reissue(org, req.params.id);
    res.status(201).json({ ...(await service.view(org, invitation, job)), token });
  });

  return router;
}

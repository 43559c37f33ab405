import { Router } from 'express';
import { z } from 'zod';
import { pointsInside } from '../delivery/public-address';
import { currentOrg } from '../http/api-key-auth';
import { NotFoundError } from '../http/errors';
import { emailSchema, isoDateSchema, nameSchema } from '../http/schemas';
import { validate } from '../http/validate';
import type { Invitation } from './invitation';
import { eventInputSchema } from './invitation-events';
import type { InvitationService } from './invitation-service';
import type { InvitationStore } from './invitation-store';

// Where a candidate is sent: like a webhook URL, never loopback or a private network
// (WEBHOOK_PRIVATE_ADDRESSES=allow lifts both for closed networks and tests).
const targetUrlSchema = (allowPrivate: boolean) => {
  const url = z.url({ protocol: /^https?$/ }).max(2000);
  return allowPrivate ? url : url.refine((value) => !pointsInside(value), 'must be a public internet address');
};

const createInvitationSchema = (allowPrivate: boolean) => z
  .object({
    jobId: z.string().min(1).max(100),
    candidate: z.object({ name: nameSchema, email: emailSchema }),
    kind: z.enum(['assessment', 'ai_interview', 'video_interview']).optional(),
    targetUrl: targetUrlSchema(allowPrivate),
    validForHours: z.number().positive().max(24 * 365).optional(),
    // May lie in the past: platforms sync invitations that already exist.
    expiresAt: isoDateSchema.optional(),
    accessLimit: z.number().int().min(1).max(100_000).optional(),
  })
  .refine((v) => !(v.validForHours !== undefined && v.expiresAt !== undefined), {
    path: ['expiresAt'],
    message: 'give either validForHours or expiresAt, not both',
  });

/** Platform API for invitations; mounted behind API-key auth. */
export function createInvitationRouter(
  service: InvitationService,
  invitations: InvitationStore,
  options: { allowPrivateAddresses?: boolean } = {},
): Router {
  const router = Router();
  const createSchema = createInvitationSchema(options.allowPrivateAddresses === true);

  const load = async (orgId: string, id: string): Promise<Invitation> => {
    const invitation = await invitations.get(orgId, id);
    if (!invitation) throw new NotFoundError('Invitation');
    return invitation;
  };

  router.post('/invitations', async (req, res) => {
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
    const invitation = await service.applyEvent(org, req.params.id, event);
    res.json(await service.view(org, invitation));
  });

  router.post('/invitations/:id/reissue', async (req, res) => {
    const org = currentOrg(res);
    const { invitation, job, token } = await service.reissue(org, req.params.id);
    res.status(201).json({ ...(await service.view(org, invitation, job)), token });
  });

  return router;
}

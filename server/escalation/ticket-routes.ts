import type { TranscriptLine } from './escalation-ports';
import { Router } from 'express';
import { z } from 'zod';
import { currentActor, orgScope, requireActor, type Actor } from '../auth/actor';
import { NotFoundError } from '../http/errors';
import { validate } from '../http/validate';
import type { InvitationStore } from '../links/invitation-store';
import type { JobStore } from '../jobs/job-store';
import type { ConversationPort } from './escalation-ports';
import { ticketActionSchema, type TicketActions } from './ticket-actions';
import type { Ticket, TicketStore } from './ticket-store';
import { presentTicket, type PresentDeps } from './ticket-present';
import { buildLinkTimeline, toTicketDetail, toTicketSummary } from './ticket-view';

export interface TicketRouteDeps extends Omit<PresentDeps, 'jobs' | 'invitations'> {
  tickets: TicketStore;
  invitations: InvitationStore;
  jobs: JobStore;
  conversations: ConversationPort;
  actions: TicketActions;
  publicUrl: string;
  now: () => Date;
}

export const ticketListQuerySchema = z.object({
  status: z.enum(['open', 'in_progress', 'resolved']).optional(),
  jobId: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

// Screenshots are numbered 1..5; anything else (1.5, " 1", 1e3) is a malformed index, not a missing one.
const screenshotIndexSchema = z.string().regex(/^[0-9]{1,3}$/, 'must be a whole number such as 1');

const actorLabel = (actor: Actor) => (actor.kind === 'user' ? `user:${actor.userId}` : `api_key:${actor.orgId}`);

/** Recruiters see their org's tickets; agents and admins every org's and the support queue. */
export function createTicketRouter(deps: TicketRouteDeps): Router {
  const router = Router();
  router.use('/tickets', requireActor());

  // Another org's ticket is a 404, exactly like a missing one.
  const load = async (actor: Actor, id: string): Promise<Ticket> => {
    const ticket = await deps.tickets.get(id);
    const scope = orgScope(actor);
    if (!ticket || (scope !== null && ticket.orgId !== scope)) throw new NotFoundError('Ticket');
    return ticket;
  };

  router.get('/tickets', async (req, res) => {
    const query = validate(ticketListQuerySchema, req.query, 'query');
    const list = await deps.tickets.list({ ...query, orgId: orgScope(currentActor(res)) });
    const said = await deps.tickets.candidateActivity(list.map((t) => t.id));
    const views = await Promise.all(
      list.map(async (t) => {
        const inv = t.orgId && t.invitationId ? await deps.invitations.get(t.orgId, t.invitationId) : undefined;
        const summary = toTicketSummary(t, inv ? { name: inv.candidateName, email: inv.candidateEmail } : undefined);
        // What makes a request unread again: a change to it, or the candidate writing.
        const wrote = said.get(t.id);
        const updated = new Date(t.updatedAt);
        return { ...summary, lastActivityAt: (wrote && wrote > updated ? wrote : updated).toISOString() };
      }),
    );
    res.json({ tickets: views });
  });

  router.get('/tickets/:id', async (req, res) => {
    const ticket = await load(currentActor(res), req.params.id);
    const invitation = ticket.orgId && ticket.invitationId ? await deps.invitations.get(ticket.orgId, ticket.invitationId) : undefined;
    const job = ticket.orgId && ticket.jobId ? await deps.jobs.get(ticket.orgId, ticket.jobId) : undefined;
    const [events, screenshots, history, transcript] = await Promise.all([
      invitation ? deps.invitations.events(invitation.id) : Promise.resolve([]),
      deps.tickets.screenshots(ticket.id),
      deps.tickets.events(ticket.id),
      ticket.conversationId ? deps.conversations.transcript(ticket.conversationId) : Promise.resolve([]),
    ]);
    const detail = toTicketDetail({
      ticket,
      invitation,
      job: job && { id: job.id, title: job.title, status: job.status, recruiter: job.recruiter },
      timeline: buildLinkTimeline(events, invitation, deps.now()),
      screenshots,
      transcript,
      thread: handOverThread(transcript, ticket.reference),
      events: history,
      publicUrl: deps.publicUrl,
    });
    res.json({ ...detail, ...(await presentTicket(deps, ticket, invitation, detail.timeline, history)) });
  });

  router.get('/tickets/:id/screenshots/:n', async (req, res) => {
    const ticket = await load(currentActor(res), req.params.id);
    const n = Number(validate(screenshotIndexSchema, req.params.n, 'n'));
    const shot = await deps.tickets.screenshot(ticket.id, n);
    if (!shot) throw new NotFoundError('Screenshot');
    // Stored images were decoded and re-encoded on upload, so inline display is safe;
    // the headers still forbid sniffing, scripts and framing if that ever failed.
    res.setHeader('Content-Type', shot.mime);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Content-Disposition', `inline; filename="${ticket.reference}-${req.params.n}.${shot.mime.split('/')[1]}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(shot.bytes);
  });

  router.post('/tickets/:id/actions', async (req, res) => {
    const actor = currentActor(res);
    const ticket = await load(actor, req.params.id);
    const action = validate(ticketActionSchema, req.body);
    const updated = await deps.actions.perform(ticket, action, actorLabel(actor));
    res.json(toTicketSummary(updated));
  });

  return router;
}

/**
 * The hand-over thread: what the candidate and the recruiter said after the
 * escalation notice (the transcript holds everything before it too).
 */
function handOverThread(transcript: TranscriptLine[], reference: string): TranscriptLine[] {
  const notice = transcript.findIndex((line) => line.role === 'system' && line.text.includes(reference));
  return notice < 0 ? [] : transcript.slice(notice + 1).filter((line) => line.role !== 'bot');
}

import { linkRefs } from '../delivery/event-catalogue';
import { z } from 'zod';
import type { ChatMessage } from '../chat/chat-events';
import type { Database, Queryable } from '../db/database';
import { ConflictError, NotFoundError } from '../http/errors';
import { isoDateSchema } from '../http/schemas';
import type { Invitation } from '../links/invitation';
import type { InvitationService } from '../links/invitation-service';
import type { InvitationStore } from '../links/invitation-store';
import type { JobStore } from '../jobs/job-store';
import type { Org, OrgStore } from '../orgs/org-store';
import type { ConversationPort, LiveUpdatePort, Mail, OutboxPort } from './escalation-ports';
import { candidateExtendedMail, candidateLinkMail, candidateReplyMail, languageOf, wordsOf } from './ticket-mail';
import { mailDate } from '../i18n/mail-date';
import { fill } from '../../widget/messages/catalogue';
import type { Ticket, TicketStatus, TicketStore } from './ticket-store';

export const ticketActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reissue') }),
  z.object({
    type: z.literal('extend'),
    expiresAt: isoDateSchema.optional(),
    hours: z
      .number()
      .positive()
      .max(24 * 90)
      .optional(),
  }),
  z.object({ type: z.literal('reset') }),
  z.object({ type: z.literal('resend') }),
  z.object({ type: z.literal('resolve'), note: z.string().trim().max(2000).optional() }),
  z.object({ type: z.literal('reply'), message: z.string().trim().min(1).max(5000) }),
]);
export type TicketAction = z.output<typeof ticketActionSchema>;

export interface TicketActionDeps {
  db: Database;
  orgs: OrgStore;
  tickets: TicketStore;
  invitations: InvitationStore;
  jobs: JobStore;
  invitationService: InvitationService;
  conversations: ConversationPort;
  outbox: OutboxPort;
  live: LiveUpdatePort;
  now: () => Date;
}

interface Outcome {
  status: TicketStatus;
  /** What the candidate is told, in the widget and by email. */
  candidateText?: string;
  /** The candidate's copy in the conversation, once stored. */
  posted?: ChatMessage;
  mail?: Mail;
  data: Record<string, unknown>;
}

const HOUR = 3_600_000;
// The same action on the same ticket again within this time is a double click, a
// retry or a second tab, not a second fix: it is answered with the ticket as it is.
const REPEAT_WINDOW_MS = 60_000;

/** Whether `last` (the ticket's latest event) is this very action, just done. */
export function isRepeat(last: { type: string; data: unknown; at: Date | string } | undefined, action: TicketAction, now: Date): boolean {
  if (!last || last.type !== action.type) return false;
  const asked = (last.data as { request?: unknown } | null)?.request;
  if (JSON.stringify(asked) !== JSON.stringify(action)) return false;
  return now.getTime() - new Date(last.at).getTime() < REPEAT_WINDOW_MS;
}

/** One click in the recruiter's inbox: the fix, the ticket's history and the candidate's news commit together. */
export class TicketActions {
  constructor(private readonly deps: TicketActionDeps) {}

  async perform(ticket: Ticket, action: TicketAction, actor: string): Promise<Ticket> {
    const { db, tickets, conversations, outbox, live, now } = this.deps;
    const outcome = await db.transaction(async (tx) => {
      // Parallel clicks queue on the ticket's row; each then sees what the others did.
      if (isRepeat(await tickets.lockForAction(ticket.id, tx), action, now())) return undefined;
      const result = await this.apply(tx, ticket, action);
      await tickets.setStatus(ticket.id, result.status, tx);
      await tickets.addEvent(ticket.id, action.type, actor, { ...result.data, request: action }, now(), tx);
      if (result.candidateText && ticket.conversationId) {
        result.posted = await conversations.recordReply(tx, ticket.conversationId, action.type === 'reply' ? 'recruiter' : 'system', result.candidateText);
      }
      if (result.mail) await outbox.enqueueEmail(tx, ticket.orgId, `ticket.${action.type}`, result.mail);
      if (ticket.orgId) await this.announce(tx, ticket, action, result.status);
      return result;
    });
    if (!outcome) return (await tickets.get(ticket.id)) as Ticket;
    outbox.wake();
    if (ticket.conversationId) {
      if (outcome.posted) live.message(ticket.conversationId, outcome.posted);
      live.ticketUpdated(ticket.conversationId, { ticketId: ticket.id, status: outcome.status, reply: outcome.candidateText });
    }
    return (await tickets.get(ticket.id)) as Ticket;
  }

  private async apply(tx: Queryable, ticket: Ticket, action: TicketAction): Promise<Outcome> {
    if (action.type === 'resolve') return { status: 'resolved', data: { note: action.note }, candidateText: action.note };
    const contact = ticket.contactEmail;
    if (action.type === 'reply') {
      const to = contact ?? (await this.current(tx, ticket))?.invitation.candidateEmail;
      return {
        status: 'in_progress',
        candidateText: action.message,
        mail: to ? candidateReplyMail(ticket, to, action.message) : undefined,
        data: { message: action.message },
      };
    }
    const current = await this.current(tx, ticket);
    if (!current) throw new ConflictError('This ticket has no link to act on (it came without a valid link)', 'no_link');
    const { org, invitation } = current;
    const svc = this.deps.invitationService;
    switch (action.type) {
      case 'reissue': {
        const { invitation: fresh, job, token } = await svc.reissueIn(tx, org, invitation.id, 'recruiter');
        const url = svc.linkUrl(token);
        return this.linkSent(ticket, invitation, job.title, url, fresh.expiresAt, { newInvitationId: fresh.id });
      }
      case 'extend': {
        const expiresAt = action.expiresAt ?? new Date(this.deps.now().getTime() + (action.hours ?? org.defaultValidHours) * HOUR);
        await svc.applyEventIn(tx, org, invitation.id, { type: 'extended', expiresAt }, 'recruiter');
        // The candidate may have closed the chat: the new deadline must reach them by email too.
        const mail = candidateExtendedMail(ticket, invitation.candidateEmail, expiresAt, svc.revealUrl(invitation));
        const deadline = mailDate(expiresAt, languageOf(ticket));
        return { status: 'in_progress', candidateText: fill(wordsOf(ticket).ticketExtended, { deadline }), mail, data: { expiresAt } };
      }
      case 'reset':
        await svc.applyEventIn(tx, org, invitation.id, { type: 'reset' }, 'recruiter');
        return { status: 'in_progress', candidateText: wordsOf(ticket).ticketReset, data: {} };
      case 'resend': {
        const job = await this.deps.jobs.get(org.id, invitation.jobId, tx);
        if (!job) throw new NotFoundError('Job');
        const state = svc.stateOf(invitation, job, org);
        if (state !== 'link-valid' && state !== 'in-progress-resume') {
          throw new ConflictError(`The link is not usable (${state}); reissue instead`, 'link_not_usable');
        }
        const url = svc.revealUrl(invitation);
        if (!url) throw new ConflictError('This link can no longer be shown; reissue instead', 'link_unavailable');
        return this.linkSent(ticket, invitation, job.title, url, invitation.expiresAt, {});
      }
    }
  }

  private linkSent(ticket: Ticket, invitation: Invitation, jobTitle: string, url: string, expiresAt: Date, data: Record<string, unknown>): Outcome {
    return {
      status: 'in_progress',
      candidateText: wordsOf(ticket).ticketLinkSent,
      mail: candidateLinkMail(ticket, invitation.candidateEmail, jobTitle, url, expiresAt),
      data,
    };
  }

  /** ticket.updated, and ticket.replied for a reply, naming the link by the platform's ids too. */
  private async announce(tx: Queryable, ticket: Ticket, action: TicketAction, status: TicketStatus): Promise<void> {
    const orgId = ticket.orgId as string;
    const current = await this.current(tx, ticket).catch(() => undefined);
    const job = current && (await this.deps.jobs.get(orgId, current.invitation.jobId, tx));
    const base = { ...linkRefs(job, current?.invitation), ticketId: ticket.id, reference: ticket.reference };
    await this.deps.outbox.enqueueEvent(tx, orgId, 'ticket.updated', { ...base, action: action.type, status });
    if (action.type === 'reply') await this.deps.outbox.enqueueEvent(tx, orgId, 'ticket.replied', { ...base, by: 'recruiter', message: action.message });
  }

  /** The link to act on: the ticket's, or the newest that superseded it. */
  private async current(tx: Queryable, ticket: Ticket): Promise<{ org: Org; invitation: Invitation } | undefined> {
    if (!ticket.orgId || !ticket.invitationId) return undefined;
    const org = await this.deps.orgs.get(ticket.orgId, tx);
    let invitation = await this.deps.invitations.get(ticket.orgId, ticket.invitationId, tx);
    if (!org || !invitation) throw new NotFoundError('Invitation');
    const chain = await this.deps.invitations.supersedeChain(invitation, tx);
    invitation = chain.at(-1) ?? invitation;
    return { org, invitation };
  }
}

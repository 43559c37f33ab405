import type { Database } from '../db/database';
import type { JobStore } from '../jobs/job-store';
import type { Mail, OutboxPort } from './escalation-ports';
import type { TicketStore } from './ticket-store';

// Once a ticket exists, what the candidate writes belongs to the recruiter: each
// message joins the ticket's timeline, and the recruiter gets one email per burst
// of messages, not one per message.

/** At most one "new messages" email per ticket in this span. */
export const THREAD_MAIL_QUIET_MS = 15 * 60_000;

export interface TicketThreadDeps {
  db: Database;
  tickets: TicketStore;
  jobs: JobStore;
  outbox: OutboxPort;
  publicUrl: string;
  now: () => Date;
}

function threadMail(to: string, reference: string, ticketId: string, text: string, publicUrl: string): Mail {
  return {
    to,
    subject: `[${reference}] New message from the candidate`,
    text: [`The candidate wrote in ticket ${reference}:`, '', text, '', `Answer in the inbox: ${publicUrl}/inbox/tickets/${ticketId}`].join('\n'),
  };
}

export class TicketThread {
  constructor(private readonly deps: TicketThreadDeps) {}

  /** Records the candidate's message on the ticket; mails the recruiter unless they were mailed recently. */
  async candidateWrote(ticketId: string, text: string, messageId: string): Promise<void> {
    const { db, tickets, jobs, outbox, now } = this.deps;
    const at = now();
    const mailed = await db.transaction(async (tx) => {
      const ticket = await tickets.get(ticketId, tx);
      if (!ticket) return false;
      await tickets.addEvent(ticket.id, 'candidate_message', 'candidate', { messageId }, at, tx);
      // Claimed atomically: two nodes answering two messages at once send one mail.
      const claimed = await tx.query(
        `UPDATE tickets SET thread_notified_at = $2
         WHERE id = $1 AND (thread_notified_at IS NULL OR thread_notified_at <= $3) RETURNING id`,
        [ticket.id, at, new Date(at.getTime() - THREAD_MAIL_QUIET_MS)],
      );
      const job = ticket.orgId && ticket.jobId ? await jobs.get(ticket.orgId, ticket.jobId, tx) : undefined;
      if (claimed.length === 0 || !job) return false;
      await outbox.enqueueEmail(tx, ticket.orgId, 'ticket.thread', threadMail(job.recruiter.email, ticket.reference, ticket.id, text, this.deps.publicUrl));
      await outbox.enqueueEvent(tx, ticket.orgId!, 'ticket.updated', { ticketId: ticket.id, action: 'candidate_message', status: ticket.status });
      return true;
    });
    if (mailed) outbox.wake();
  }
}

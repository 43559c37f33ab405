import type { Locale } from '../i18n/locales';
import { wordsOf } from './ticket-mail';
import { fill } from '../../widget/messages/catalogue';
import { linkRefs } from '../delivery/event-catalogue';
import { createHash } from 'node:crypto';
import type { Database, Queryable } from '../db/database';
import type { DiagnosisService } from '../diagnosis/diagnosis-service';
import type { StateScenarioId } from '../diagnosis/scenario-ids';
import { AppError, BadRequestError } from '../http/errors';
import type { InvitationStore } from '../links/invitation-store';
import type { LinkContext, LinkLookup } from '../links/link-lookup';
import type { ChatMessage } from '../chat/chat-events';
import type { ConversationForTicket, ConversationPort, LiveUpdatePort, OutboxPort } from './escalation-ports';
import { proposeFixes } from './propose-fixes';
import { sanitizeScreenshot, type CleanScreenshot } from './sanitize-screenshot';
import { recruiterTicketMail } from './ticket-mail';
import type { Ticket, TicketStore } from './ticket-store';

export interface EscalationRequest {
  token?: string;
  conversationId?: string;
  resumeSecret?: string;
  description: string;
  contactEmail?: string;
  occurredAt?: Date;
  timeZone?: string;
  screenshots: Buffer[];
  idempotencyKey?: string;
  /** The form's language (its `locale` field or Accept-Language); a conversation's own wins. */
  language?: Locale;
}

export interface EscalationDeps {
  db: Database;
  diagnosis: DiagnosisService;
  lookup: LinkLookup;
  invitations: InvitationStore;
  tickets: TicketStore;
  conversations: ConversationPort;
  outbox: OutboxPort;
  live: LiveUpdatePort;
  publicUrl: string;
  now: () => Date;
}

/** The candidate asked for a person: everything the recruiter needs, in one transaction. */
export class EscalationService {
  constructor(private readonly deps: EscalationDeps) {}

  async escalate(request: EscalationRequest): Promise<Ticket> {
    const requestHash = hashRequest(request);
    const conversation = await this.conversationOf(request);
    const context = await this.linkOf(request, conversation);
    assertSameInvitation(conversation, context, Boolean(request.token));
    const idempotencyKey = scopedIdempotencyKey(request, conversation, context);
    const replay = await this.replay(idempotencyKey, requestHash);
    if (replay) return replay;

    const shots = await Promise.all(request.screenshots.map((bytes, i) => sanitizeScreenshot(bytes, `screenshots[${i}]`)));
    const timeZone = request.timeZone ?? conversation?.timeZone ?? undefined;
    const language: Locale = conversation?.language ?? request.language ?? 'en';
    const { response } = this.deps.diagnosis.diagnoseContext(context, { timeZone }, Boolean(request.token || context));
    const fixState = (response.link?.newestLink?.state ?? response.scenario) as StateScenarioId;

    try {
      let notice: ChatMessage | undefined;
      const ticket = await this.deps.db.transaction(async (tx) => {
        const created = await this.deps.tickets.create(
          {
            orgId: context?.org.id ?? null,
            jobId: context?.job.id ?? null,
            invitationId: context?.invitation.id ?? null,
            conversationId: conversation?.id ?? null,
            scenario: response.scenario,
            description: request.description,
            contactEmail: request.contactEmail ?? null,
            occurredAt: request.occurredAt ?? this.deps.now(),
            reporterTimeZone: timeZone ?? null,
            candidateLanguage: language,
            diagnosis: {
              scenario: response.scenario,
              rule: response.rule,
              link: response.link,
              trace: response.trace,
              article: { id: response.article.id, version: response.article.version },
            },
            linkTimeline: context ? await this.deps.invitations.events(context.invitation.id, tx) : [],
            clientDiagnostics: conversation?.clientDiagnostics ?? null,
            proposedFixes: context ? proposeFixes(fixState, context.org.policy, context.job.status) : [],
            idempotencyKey: idempotencyKey ?? null,
            requestHash,
          },
          tx,
        );
        notice = await this.storeSideEffects(tx, created, shots, context);
        return created;
      });
      this.deps.outbox.wake();
      if (notice && ticket.conversationId) this.deps.live.message(ticket.conversationId, notice);
      if (ticket.conversationId) {
        // From now on the candidate talks to the recruiter: the widget shows who, and the ticket's status.
        this.deps.live.ticketUpdated(ticket.conversationId, {
          ticketId: ticket.id,
          status: ticket.status,
          reference: ticket.reference,
          recruiterName: context?.job.recruiter.name,
        });
      }
      return ticket;
    } catch (error) {
      // Two identical requests raced past the replay check: the loser answers like a replay.
      const raced = idempotencyKey && (await this.replay(idempotencyKey, requestHash).catch(() => undefined));
      if (raced) return raced;
      throw error;
    }
  }

  /** Everything that must commit with the ticket; returns the candidate's notice, if any. */
  private async storeSideEffects(tx: Queryable, ticket: Ticket, shots: CleanScreenshot[], context: LinkContext | undefined) {
    const { tickets, conversations, outbox, now } = this.deps;
    let notice: ChatMessage | undefined;
    for (const [i, shot] of shots.entries()) await tickets.addScreenshot(ticket.id, i + 1, shot, tx);
    await tickets.addEvent(ticket.id, 'created', 'candidate', { screenshots: shots.length }, now(), tx);
    if (ticket.conversationId) {
      const words = wordsOf(ticket);
      const who = context ? context.job.recruiter.name : words.ourSupportTeam;
      notice = await conversations.recordEscalation(tx, ticket.conversationId, fill(words.escalationSent, { reference: ticket.reference, who }));
    }
    if (context) {
      await outbox.enqueueEmail(tx, context.org.id, 'ticket.created', recruiterTicketMail(ticket, context, this.deps.publicUrl));
      const refs = { ...linkRefs(context.job, context.invitation), ticketId: ticket.id, reference: ticket.reference };
      await outbox.enqueueEvent(tx, context.org.id, 'ticket.created', { ...refs, scenario: ticket.scenario });
      if (ticket.conversationId) await outbox.enqueueEvent(tx, context.org.id, 'conversation.escalated', { ...refs, conversationId: ticket.conversationId });
    }
    return notice;
  }

  private async replay(key: string | undefined, requestHash: string): Promise<Ticket | undefined> {
    if (!key) return undefined;
    const existing = await this.deps.tickets.findByIdempotencyKey(key);
    if (existing && existing.requestHash !== requestHash) {
      throw new AppError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different request');
    }
    return existing;
  }

  private async conversationOf(request: EscalationRequest): Promise<ConversationForTicket | undefined> {
    if (!request.conversationId) return undefined;
    const conversation = await this.deps.conversations.verify(request.conversationId, request.resumeSecret ?? '');
    if (!conversation) {
      throw new BadRequestError('Unknown conversation or wrong resume secret', [{ field: 'resumeSecret', message: 'does not match the conversation' }]);
    }
    return conversation;
  }

  private async linkOf(request: EscalationRequest, conversation?: ConversationForTicket): Promise<LinkContext | undefined> {
    if (request.token) return this.deps.diagnosis.resolve({ token: request.token });
    if (conversation?.invitationId) return this.deps.lookup.byInvitationId(conversation.invitationId);
    return undefined;
  }
}

/**
 * A ticket holds one invitation's story: a conversation about one link with another
 * link's token would hand the first org's conversation (and later its recruiter's
 * reply) to the second. A conversation without a link may be joined to one.
 */
function assertSameInvitation(conversation: ConversationForTicket | undefined, context: LinkContext | undefined, hasToken: boolean): void {
  if (!conversation?.invitationId || !hasToken) return;
  if (context?.invitation.id === conversation.invitationId) return;
  throw new BadRequestError('The token and the conversation belong to different links', [
    { field: 'token', message: "does not match the conversation's link" },
  ]);
}

/**
 * Idempotency keys are chosen by clients, so two candidates (or two orgs' widgets)
 * may pick the same one: each key counts within what the request is about (its
 * invitation, else its conversation, else its token), and is stored hashed.
 */
function scopedIdempotencyKey(request: EscalationRequest, conversation?: ConversationForTicket, context?: LinkContext): string | undefined {
  if (!request.idempotencyKey) return undefined;
  const scope = context ? `invitation:${context.invitation.id}` : conversation ? `conversation:${conversation.id}` : `token:${request.token ?? ''}`;
  return createHash('sha256').update(scope).update('\n').update(request.idempotencyKey).digest('hex');
}

/** Same key, same request: every field and every screenshot's bytes. */
function hashRequest(request: EscalationRequest): string {
  const hash = createHash('sha256');
  const { screenshots, idempotencyKey: _key, ...fields } = request;
  hash.update(JSON.stringify(fields, Object.keys(fields).sort()));
  for (const shot of screenshots) hash.update(createHash('sha256').update(shot).digest());
  return hash.digest('hex');
}

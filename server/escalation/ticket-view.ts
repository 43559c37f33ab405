import { languageName } from '../i18n/locales';
import type { Invitation, InvitationEvent } from '../links/invitation';
import { maskEmail } from '../diagnosis/mask-email';
import type { TranscriptLine } from './escalation-ports';
import type { ScreenshotInfo, Ticket, TicketEvent } from './ticket-store';

export interface TimelineEntry {
  type: string;
  at: Date;
  detail?: Record<string, unknown>;
}

/**
 * The link's life in order, with the moments no event records: when it expired
 * (or will) and the last sign of activity.
 */
export function buildLinkTimeline(events: InvitationEvent[], invitation: Invitation | undefined, now: Date): TimelineEntry[] {
  const entries: TimelineEntry[] = events.map((e) => ({ type: e.type, at: new Date(e.at), detail: e.data }));
  if (invitation) {
    const expiry = invitation.expiresAt;
    entries.push({ type: expiry <= now ? 'expired' : 'expires', at: expiry });
  }
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Local wall-clock time in the reporter's zone, so the recruiter reads what the candidate saw. */
function inZone(date: Date, timeZone: string | null): string | null {
  if (!timeZone) return null;
  // Intl refuses timeZoneName together with dateStyle/timeStyle, hence the parts.
  const parts = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' } as const;
  return new Intl.DateTimeFormat('en-GB', { timeZone, ...parts }).format(date);
}

export function toTicketSummary(ticket: Ticket, candidate?: { name: string; email: string }) {
  return {
    id: ticket.id,
    reference: ticket.reference,
    status: ticket.status,
    scenario: ticket.scenario,
    orgId: ticket.orgId,
    jobId: ticket.jobId,
    invitationId: ticket.invitationId,
    candidate: candidate ? { name: candidate.name, email: maskEmail(candidate.email) } : null,
    description: ticket.description.slice(0, 200),
    occurredAt: ticket.occurredAt,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
  };
}

export function toTicketDetail(input: {
  ticket: Ticket;
  invitation?: Invitation;
  job?: { id: string; title: string; status: string; recruiter: { name: string; email: string } };
  timeline: TimelineEntry[];
  screenshots: ScreenshotInfo[];
  transcript: TranscriptLine[];
  /** Messages since the ticket was opened, between the candidate and the recruiter. */
  thread?: TranscriptLine[];
  events: TicketEvent[];
  publicUrl: string;
}) {
  const { ticket, invitation, job } = input;
  return {
    ...toTicketSummary(ticket),
    description: ticket.description,
    contactEmail: ticket.contactEmail,
    reporterTimeZone: ticket.reporterTimeZone,
    /** The language the candidate was helped in, and its name in English for the recruiter. */
    candidateLanguage: ticket.candidateLanguage,
    candidateLanguageName: languageName(ticket.candidateLanguage),
    occurredAtLocal: inZone(new Date(ticket.occurredAt), ticket.reporterTimeZone),
    conversationId: ticket.conversationId,
    candidate: invitation ? { name: invitation.candidateName, email: invitation.candidateEmail } : null,
    job: job ?? null,
    invitation: invitation
      ? {
          id: invitation.id,
          kind: invitation.kind,
          expiresAt: invitation.expiresAt,
          accessCount: invitation.accessCount,
          accessLimit: invitation.accessLimit,
          startedAt: invitation.startedAt,
          lastActivityAt: invitation.lastActivityAt,
          completedAt: invitation.completedAt,
          completedReason: invitation.completedReason,
          supersededBy: invitation.supersededBy,
        }
      : null,
    timeline: input.timeline,
    diagnosis: ticket.diagnosis,
    clientDiagnostics: ticket.clientDiagnostics,
    proposedFixes: ticket.proposedFixes,
    screenshots: input.screenshots.map((s) => ({ ...s, url: `${input.publicUrl}/api/v1/tickets/${ticket.id}/screenshots/${s.n}` })),
    transcript: input.transcript,
    thread: input.thread ?? [],
    history: input.events,
  };
}

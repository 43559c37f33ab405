import type { LinkContext } from '../links/link-lookup';
import type { Mail } from './escalation-ports';
import type { Ticket } from './ticket-store';

const utc = (d: Date | string) => `${new Date(d).toISOString().replace('T', ' ').slice(0, 16)} UTC`;

/** The recruiter's notification: enough to act from the mail alone, and a link to the ticket. */
export function recruiterTicketMail(ticket: Ticket, context: LinkContext, publicUrl: string): Mail {
  const { invitation, job } = context;
  const fixes = ticket.proposedFixes.map((f) => `  - ${f.label}${f.recommended ? ' (recommended)' : ''}: ${f.sideEffect}`);
  return {
    to: job.recruiter.email,
    subject: `[${ticket.reference}] ${invitation.candidateName} needs help with "${job.title}"`,
    text: [
      `${invitation.candidateName} <${invitation.candidateEmail}> escalated a problem with their ${invitation.kind.replace('_', ' ')} link.`,
      '',
      `What they said: ${ticket.description}`,
      `When it happened: ${utc(ticket.occurredAt)}${ticket.reporterTimeZone ? ` (candidate's time zone: ${ticket.reporterTimeZone})` : ''}`,
      `Diagnosis: ${ticket.scenario}`,
      `Deadline: ${utc(invitation.expiresAt)}; opens used: ${invitation.accessCount} of ${invitation.accessLimit}`,
      '',
      fixes.length ? `What your policy allows:\n${fixes.join('\n')}` : 'No fix is available on this link (the job is not open).',
      '',
      `Open the ticket: ${publicUrl}/inbox/tickets/${ticket.id}`,
    ].join('\n'),
  };
}

export function candidateReplyMail(ticket: Ticket, to: string, reply: string): Mail {
  return {
    to,
    subject: `[${ticket.reference}] Reply to your request`,
    text: `${reply}\n\nReference: ${ticket.reference}`,
  };
}

export function candidateLinkMail(ticket: Ticket, to: string, jobTitle: string, url: string, expiresAt: Date): Mail {
  return {
    to,
    subject: `[${ticket.reference}] Your link for "${jobTitle}"`,
    text: [
      `Here is your link for "${jobTitle}":`,
      url,
      '',
      `It works until ${utc(expiresAt)}. It is unique to you: please do not share it.`,
      `Reference: ${ticket.reference}`,
    ].join('\n'),
  };
}

/** After a recruiter's extension: the new deadline, and the same link to open (when it can be shown again). */
export function candidateExtendedMail(ticket: Ticket, to: string, expiresAt: Date, url: string | null): Mail {
  return {
    to,
    subject: `[${ticket.reference}] Your deadline is now ${utc(expiresAt)}`,
    text: [
      `Your deadline is now ${utc(expiresAt)}.`,
      url ? `Open your link again to continue: ${url}` : 'Open the link from your invitation email again to continue.',
      'It is unique to you: please do not share it.',
      `Reference: ${ticket.reference}`,
    ].join('\n'),
  };
}

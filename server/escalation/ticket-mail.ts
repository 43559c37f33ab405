import { candidateWordsIn } from '../i18n/catalogues';
import { isLocale, type Locale } from '../i18n/locales';
import { mailDate } from '../i18n/mail-date';
import { fill } from '../../widget/messages/catalogue';
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

// Everything the candidate reads about a ticket (mails, chat notices) is in the language
// they were helped in, which the ticket keeps; English for tickets from before languages.
export const languageOf = (ticket: Ticket): Locale => (isLocale(ticket.candidateLanguage) ? ticket.candidateLanguage : 'en');
export const wordsOf = (ticket: Ticket) => candidateWordsIn(languageOf(ticket));

export function candidateReplyMail(ticket: Ticket, to: string, reply: string): Mail {
  const { mail } = wordsOf(ticket);
  return {
    to,
    subject: `[${ticket.reference}] ${mail.replySubject}`,
    text: `${reply}\n\n${fill(mail.reference, { reference: ticket.reference })}`,
  };
}

export function candidateLinkMail(ticket: Ticket, to: string, jobTitle: string, url: string, expiresAt: Date): Mail {
  const { mail } = wordsOf(ticket);
  return {
    to,
    subject: `[${ticket.reference}] ${fill(mail.linkSubject, { jobTitle })}`,
    text: [
      fill(mail.linkIntro, { jobTitle }),
      url,
      '',
      `${fill(mail.worksUntil, { deadline: mailDate(expiresAt, languageOf(ticket)) })} ${mail.doNotShare}`,
      fill(mail.reference, { reference: ticket.reference }),
    ].join('\n'),
  };
}

/** After a recruiter's extension: the new deadline, and the same link to open (when it can be shown again). */
export function candidateExtendedMail(ticket: Ticket, to: string, expiresAt: Date, url: string | null): Mail {
  const { mail } = wordsOf(ticket);
  const deadline = mailDate(expiresAt, languageOf(ticket));
  return {
    to,
    subject: `[${ticket.reference}] ${fill(mail.extendedSubjectNoJob, { deadline })}`,
    text: [
      fill(mail.extendedBodyNoJob, { deadline }),
      url ? fill(mail.openLinkToContinue, { url }) : mail.openEmailLinkToContinue,
      mail.doNotShare,
      fill(mail.reference, { reference: ticket.reference }),
    ].join('\n'),
  };
}

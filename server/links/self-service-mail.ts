import type { Mail } from '../escalation/escalation-ports';
import { candidateWordsIn } from '../i18n/catalogues';
import { mailDate } from '../i18n/mail-date';
import type { Locale } from '../i18n/locales';
import { fill } from '../../widget/messages/catalogue';
import type { Job } from '../jobs/job-store';
import type { Org } from '../orgs/org-store';
import type { Invitation } from './invitation';

const utc = (d: Date) => `${d.toISOString().replace('T', ' ').slice(0, 16)} UTC`;

export interface ExtensionNotice {
  org: Org;
  job: Job;
  invitation: Invitation;
  expiresAt: Date;
  /** Which of the org's allowed extensions this was (1-based). */
  number: number;
  conversationId: string | null;
}

/** The recruiter learns what the bot did on their behalf, and under which setting, without having to ask. */
export function recruiterSelfExtendedMail({ org, job, invitation, expiresAt, number, conversationId }: ExtensionNotice): Mail {
  const { extendHours, maxExtensions } = org.selfService;
  return {
    to: job.recruiter.email,
    subject: `${invitation.candidateName}'s link for "${job.title}" was extended by the assistant`,
    text: [
      `${invitation.candidateName} <${invitation.candidateEmail}> asked the link assistant for more time on their ${invitation.kind.replace('_', ' ')} link for "${job.title}".`,
      '',
      `New deadline: ${utc(expiresAt)} (was ${utc(invitation.expiresAt)}).`,
      `The assistant did this by itself under ${org.name}'s self-service setting: up to ${maxExtensions} extension(s) of ${extendHours} hours per invitation. This was extension ${number} of ${maxExtensions}.`,
      'Further requests from this candidate come to you as a ticket.',
      ...(conversationId ? ['', `Chat conversation: ${conversationId} (its transcript is in the support console).`] : []),
    ].join('\n'),
  };
}

/** The candidate's record of the new deadline, in their language: the chat may be closed before they read it. */
export function candidateSelfExtendedMail(job: Job, invitation: Invitation, expiresAt: Date, url: string | null, language: Locale = 'en'): Mail {
  const { mail } = candidateWordsIn(language);
  const deadline = mailDate(expiresAt, language);
  return {
    to: invitation.candidateEmail,
    subject: fill(mail.extendedSubject, { jobTitle: job.title, deadline }),
    text: [
      fill(mail.extendedBody, { jobTitle: job.title, deadline }),
      url ? fill(mail.openLinkToContinue, { url }) : mail.openEmailLinkToContinue,
      mail.doNotShare,
    ].join('\n'),
  };
}

/** The link itself, only ever to the address the invitation went to. */
export function resentLinkMail(job: Job, invitation: Invitation, url: string, language: Locale = 'en'): Mail {
  const { mail } = candidateWordsIn(language);
  return {
    to: invitation.candidateEmail,
    subject: fill(mail.linkSubject, { jobTitle: job.title }),
    text: [
      fill(mail.resentIntro, { jobTitle: job.title }),
      url,
      '',
      `${fill(mail.worksUntil, { deadline: mailDate(invitation.expiresAt, language) })} ${mail.doNotShare}`,
      mail.ignoreIfNotYou,
    ].join('\n'),
  };
}

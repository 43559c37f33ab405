import type { Mail } from '../escalation/escalation-ports';
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

/** The candidate's record of the new deadline: the chat may be closed before they read it. */
export function candidateSelfExtendedMail(job: Job, invitation: Invitation, expiresAt: Date, url: string | null): Mail {
  return {
    to: invitation.candidateEmail,
    subject: `Your deadline for "${job.title}" is now ${utc(expiresAt)}`,
    text: [
      `Your deadline for "${job.title}" is now ${utc(expiresAt)}.`,
      url ? `Open your link to continue: ${url}` : 'Open the link from your invitation email to continue.',
      'It is unique to you: please do not share it.',
    ].join('\n'),
  };
}

/** The link itself, only ever to the address the invitation went to. */
export function resentLinkMail(job: Job, invitation: Invitation, url: string): Mail {
  return {
    to: invitation.candidateEmail,
    subject: `Your link for "${job.title}"`,
    text: [
      `You asked for your link for "${job.title}" again. Here it is:`,
      url,
      '',
      `It works until ${utc(invitation.expiresAt)}. It is unique to you: please do not share it.`,
      "If you did not ask for this, you can ignore this email.",
    ].join('\n'),
  };
}

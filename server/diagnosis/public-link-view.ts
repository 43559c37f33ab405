import type { LinkContext } from '../links/link-lookup';
import { LINK_STATUS } from '../links/link-status';
import type { Diagnosis } from './diagnosis-types';
import { maskEmail } from './mask-email';

/**
 * What the holder of a link may learn about it: its state and deadlines, never
 * the full candidate email, the target URL or the org's internal ids.
 */
export function toPublicLinkView(context: LinkContext | undefined, diagnosis: Diagnosis) {
  if (!context || !diagnosis.stateScenario || diagnosis.stateScenario === 'link-not-found') return null;
  const { invitation, job } = context;
  const newest = diagnosis.facts.newestLink;
  return {
    status: LINK_STATUS[diagnosis.stateScenario],
    state: diagnosis.stateScenario,
    kind: invitation.kind,
    jobTitle: job.title,
    jobStatus: job.status,
    recruiterName: job.recruiter.name,
    candidateFirstName: invitation.candidateName.split(/\s+/)[0],
    // Masked once, in the facts.
    candidateEmail: diagnosis.facts.candidateEmailMasked ?? maskEmail(invitation.candidateEmail),
    expiresAt: invitation.expiresAt,
    accessCount: invitation.accessCount,
    accessLimit: invitation.accessLimit,
    startedAt: invitation.startedAt,
    completedAt: invitation.completedAt,
    completedReason: invitation.completedReason,
    newestLink: newest
      ? { status: LINK_STATUS[newest.state], state: newest.state, sentAt: newest.sentAt, candidateEmail: newest.emailMasked, expiresAt: newest.deadline }
      : null,
  };
}

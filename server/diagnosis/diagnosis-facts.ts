import type { DiagnosisFacts, DiagnosisInput, LinkState } from './diagnosis-types';
import { maskEmail } from './mask-email';
import { evaluateState } from './state-rules';

// Facts are raw and complete; the knowledge base decides which ones to say. The
// candidate email is masked here, once, because facts travel to whoever holds the link.

const orUndefined = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

function newestLinkFacts(input: DiagnosisInput): DiagnosisFacts['newestLink'] {
  const chain = input.supersedeChain ?? [];
  const newest = chain[chain.length - 1];
  if (!input.invitation?.supersededBy || !newest) return undefined;
  // The newest link lives under the same job, so a closed job closes it too.
  const { state } = evaluateState(newest, input.job, input.now);
  return {
    sentAt: newest.sentAt ?? newest.createdAt,
    emailMasked: maskEmail(newest.candidateEmail),
    state,
    deadline: newest.expiresAt,
    chainLength: chain.length + 1,
  };
}

function linkFacts(link: LinkState): Partial<DiagnosisFacts> {
  return {
    kind: link.kind,
    candidateEmailMasked: maskEmail(link.candidateEmail),
    deadline: link.expiresAt,
    accessCount: link.accessCount,
    accessLimit: link.accessLimit,
    startedAt: orUndefined(link.startedAt),
    lastActivityAt: orUndefined(link.lastActivityAt),
    completedAt: orUndefined(link.completedAt),
    completedReason: orUndefined(link.completedReason),
    revokedReason: orUndefined(link.revokedReason),
  };
}

/** Copies the defined values only: facts never carry undefined keys. */
function assignDefined(target: Partial<DiagnosisFacts>, source: Partial<DiagnosisFacts>): void {
  for (const key in source) {
    const value = source[key as keyof DiagnosisFacts];
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
}

/** Everything known about the link, its job and the org, without undefined keys. */
export function buildFacts(input: DiagnosisInput): DiagnosisFacts {
  const { job, invitation } = input;
  // Built by adding keys rather than deleting undefined ones: a deleted key turns the
  // object into a slow dictionary for every later read, on every answer.
  const facts: DiagnosisFacts = { policy: input.policy, now: input.now };
  assignDefined(facts, {
    orgName: input.orgName,
    jobTitle: job?.title,
    jobStatus: job?.status,
    recruiterName: job?.recruiterName,
    recruiterEmail: job?.recruiterEmail,
  });
  if (invitation) assignDefined(facts, linkFacts(invitation));
  const newestLink = newestLinkFacts(input);
  if (newestLink) facts.newestLink = newestLink;
  return facts;
}

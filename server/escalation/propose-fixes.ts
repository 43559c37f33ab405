import type { JobStatus, Policy } from '../diagnosis/diagnosis-types';
import type { ScenarioId } from '../diagnosis/scenario-ids';

export type FixType = 'reissue' | 'extend' | 'reset' | 'resend';

export interface ProposedFix {
  type: FixType;
  label: string;
  /** What else happens, so the recruiter is never surprised. */
  sideEffect: string;
  recommended: boolean;
}

// Every fix type must say what it does and what else happens: the Record makes a
// new FixType without its text a type error.
const FIX_TEXT: Record<FixType, Pick<ProposedFix, 'label' | 'sideEffect'>> = {
  reissue: {
    label: 'Reissue: send the candidate a new invitation',
    sideEffect: 'The old link stops working at once; the new invitation is not linked to the previous ATS record.',
  },
  extend: {
    label: 'Extend the deadline of the same link',
    sideEffect: 'The same link works again until the new deadline; nothing the candidate recorded is lost.',
  },
  reset: {
    label: 'Reset the link so the candidate can take it again',
    sideEffect: "The candidate's answers are deleted and the open count starts from zero; the same link works again.",
  },
  resend: {
    label: 'Re-send the same link by email',
    sideEffect: 'Nothing changes on the link; the candidate gets it again with its current deadline.',
  },
};

const fix = (type: FixType, recommended: boolean): ProposedFix => ({ type, ...FIX_TEXT[type], recommended });

/**
 * The fixes the org's policy allows for the link's state, best first. `strict`
 * only ever allows a new invitation (and only while the job is open); `flexible`
 * prefers repairing the same link, which keeps the ATS record.
 */
export function proposeFixes(scenario: ScenarioId, policy: Policy, jobStatus: JobStatus | null): ProposedFix[] {
  if (jobStatus === null || scenario === 'link-not-found') return [];
  if (jobStatus !== 'open') return []; // a closed or paused job revives no link; reopen it first
  const flexible = policy === 'flexible';
  switch (scenario) {
    case 'link-expired':
      return flexible ? [fix('extend', true), fix('reissue', false)] : [fix('reissue', true)];
    case 'completed-unexpectedly':
    case 'already-completed':
    case 'access-limit-exceeded':
      return flexible ? [fix('reset', true), fix('reissue', false)] : [fix('reissue', true)];
    case 'link-revoked':
    case 'link-superseded':
      return [fix('reissue', true)];
    default:
      // The link itself works: sending it again is the gentle fix; a fresh link is the fallback.
      return [fix('resend', true), fix('reissue', false)];
  }
}

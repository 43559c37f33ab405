import type { JobState, LinkState, TraceStep } from './diagnosis-types';
import type { StateScenarioId } from './scenario-ids';

// The precedence table of scenarios.md, rows 1 to 10, as data: the order of this
// list IS the precedence, and each rule explains itself for the trace.

interface RuleInput {
  invitation: LinkState;
  job: JobState | null;
  now: Date;
}

interface StateRule {
  scenario: StateScenarioId;
  check: string;
  test: (input: RuleInput) => { result: boolean; detail: string };
}

const iso = (date: Date | null) => (date ? date.toISOString() : 'none');

const RULES: readonly StateRule[] = [
  {
    scenario: 'completed-unexpectedly',
    check: 'completed-auto-submitted',
    test: ({ invitation: link }) => ({
      result: link.completedAt !== null && link.completedReason === 'auto_submitted',
      detail: `completedAt ${iso(link.completedAt)}, reason ${link.completedReason ?? 'none'}`,
    }),
  },
  {
    scenario: 'already-completed',
    check: 'completed',
    test: ({ invitation: link }) => ({
      result: link.completedAt !== null,
      detail: `completedAt ${iso(link.completedAt)}, reason ${link.completedReason ?? 'none'}`,
    }),
  },
  {
    scenario: 'job-closed',
    check: 'job-not-open',
    // A link without a known job cannot be declared closed: the other rows decide.
    test: ({ job }) => ({
      result: job !== null && job.status !== 'open',
      detail: job ? `job status ${job.status}` : 'job unknown',
    }),
  },
  {
    scenario: 'link-superseded',
    check: 'superseded',
    test: ({ invitation: link }) => ({
      result: link.supersededBy !== null,
      detail: `supersededBy ${link.supersededBy ?? 'none'}`,
    }),
  },
  {
    scenario: 'link-revoked',
    check: 'revoked',
    test: ({ invitation: link }) => ({
      result: link.revokedAt !== null,
      detail: link.revokedAt ? `revokedAt ${iso(link.revokedAt)}, reason ${link.revokedReason ?? 'none'}` : 'not revoked',
    }),
  },
  {
    scenario: 'access-limit-exceeded',
    check: 'access-limit-exceeded',
    test: ({ invitation: { accessCount, accessLimit } }) => {
      const result = accessCount > accessLimit;
      return { result, detail: `accessCount ${accessCount} ${result ? '>' : '<='} accessLimit ${accessLimit}` };
    },
  },
  {
    scenario: 'link-expired',
    check: 'expired',
    // At the deadline itself the link is already expired (row 8: "at or past").
    test: ({ invitation: { expiresAt }, now }) => {
      const result = now.getTime() >= expiresAt.getTime();
      return { result, detail: `expiresAt ${iso(expiresAt)} ${result ? '<=' : '>'} now ${iso(now)}` };
    },
  },
  {
    scenario: 'in-progress-resume',
    check: 'started',
    test: ({ invitation: link }) => ({
      result: link.startedAt !== null,
      detail: link.startedAt ? `startedAt ${iso(link.startedAt)}, not completed` : 'not started',
    }),
  },
  {
    scenario: 'link-valid',
    check: 'usable',
    test: ({ invitation: link, now }) => ({
      result: true,
      detail: `usable, not started, ${link.expiresAt.getTime() - now.getTime()} ms left`,
    }),
  },
];

export interface StateVerdict {
  state: StateScenarioId;
  trace: TraceStep[];
}

/** Walks the precedence table and stops at the first rule that matches. */
export function evaluateState(invitation: LinkState | null, job: JobState | null, now: Date): StateVerdict {
  const trace: TraceStep[] = [
    {
      check: 'token-unknown',
      result: invitation === null,
      // The trace is public (POST /diagnose): it says that the link exists, never its internal id.
      detail: invitation ? 'an invitation holds this token' : 'no invitation for this token',
    },
  ];
  if (invitation === null) return { state: 'link-not-found', trace };
  const input: RuleInput = { invitation, job, now };
  for (const rule of RULES) {
    const { result, detail } = rule.test(input);
    trace.push({ check: rule.check, result, detail });
    if (result) return { state: rule.scenario, trace };
  }
  // Unreachable: the last rule always matches; kept so the type checker agrees.
  return { state: 'link-valid', trace };
}

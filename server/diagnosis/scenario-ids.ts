// The scenario ids of ../shared/scenarios.md. They are public contract: clients,
// analytics and the knowledge base key on them, so they live in one place.

/** Decided from the link's actual state, in precedence order (first match wins). */
export const STATE_SCENARIOS = [
  'link-not-found',
  'completed-unexpectedly',
  'already-completed',
  'job-closed',
  'link-superseded',
  'link-revoked',
  'access-limit-exceeded',
  'link-expired',
  'in-progress-resume',
  'link-valid',
] as const;

/** Decided from what the candidate says. */
export const QUESTION_SCENARIOS = [
  'camera-mic-permission',
  'page-wont-load',
  'stuck-loading',
  'lost-connection',
  'start-new-by-mistake',
  'submitted-need-change',
  'thinking-time-ran-out',
  'retake-response',
  'extension-request',
  'reminder-after-close',
  'mobile-device',
  'no-response-after-completion',
  'link-sharing',
  'contact-recruiter',
] as const;

/** Asked by recruiters (audience `recruiter`). */
export const RECRUITER_SCENARIOS = [
  'recruiter-resend-link',
  'recruiter-reissue-invite',
  'recruiter-allow-retake',
  'recruiter-extend-deadline',
  'recruiter-job-closed',
  'recruiter-bulk-resend',
  'recruiter-track-status',
  'recruiter-escalate-support',
] as const;

export const ALL_SCENARIOS = [...STATE_SCENARIOS, ...QUESTION_SCENARIOS, ...RECRUITER_SCENARIOS] as const;

export type StateScenarioId = (typeof STATE_SCENARIOS)[number];
export type QuestionScenarioId = (typeof QUESTION_SCENARIOS)[number];
export type RecruiterScenarioId = (typeof RECRUITER_SCENARIOS)[number];
export type ScenarioId = (typeof ALL_SCENARIOS)[number];

/** States in which the link still works, so a question may narrow the answer. */
export const USABLE_STATES: readonly StateScenarioId[] = ['link-valid', 'in-progress-resume'];

/** After completion a question may only narrow to these. */
export const AFTER_COMPLETION_QUESTIONS: readonly ScenarioId[] = ['submitted-need-change', 'no-response-after-completion', 'contact-recruiter'];

export function isScenarioId(value: string): value is ScenarioId {
  return (ALL_SCENARIOS as readonly string[]).includes(value);
}

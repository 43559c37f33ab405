// Words for the ids the service stores: scenarios, link kinds, completion reasons,
// trace checks. Plain data, imported by the server and by the console's script.

export const SCENARIO_LABELS: Record<string, string> = {
  'link-not-found': 'Link not found',
  'completed-unexpectedly': 'Submitted automatically',
  'already-completed': 'Already completed',
  'job-closed': 'Job closed or paused',
  'link-superseded': 'Replaced by a newer link',
  'link-revoked': 'Link withdrawn',
  'access-limit-exceeded': 'Opened too many times',
  'link-expired': 'Link expired',
  'in-progress-resume': 'Started, can resume',
  'link-valid': 'Link works',
  'camera-mic-permission': 'Camera or microphone blocked',
  'page-wont-load': 'Page will not load',
  'stuck-loading': 'Stuck loading',
  'lost-connection': 'Lost connection',
  'start-new-by-mistake': 'Started again by mistake',
  'submitted-need-change': 'Wants to change a submission',
  'thinking-time-ran-out': 'Thinking time ran out',
  'retake-response': 'Wants to retake an answer',
  'extension-request': 'Asks for more time',
  'reminder-after-close': 'Reminder after the job closed',
  'mobile-device': 'On a phone or tablet',
  'no-response-after-completion': 'No news after completing',
  'link-sharing': 'Sharing the link',
  'contact-recruiter': 'Contact the recruiter',
  'recruiter-resend-link': 'Recruiter: resend a link',
  'recruiter-reissue-invite': 'Recruiter: reissue an invitation',
  'recruiter-allow-retake': 'Recruiter: allow a retake',
  'recruiter-extend-deadline': 'Recruiter: extend a deadline',
  'recruiter-job-closed': 'Recruiter: job closed',
  'recruiter-bulk-resend': 'Recruiter: resend in bulk',
  'recruiter-track-status': 'Recruiter: track status',
  'recruiter-escalate-support': 'Recruiter: ask support',
};

export const KIND_LABELS: Record<string, string> = {
  assessment: 'Assessment',
  ai_interview: 'AI interview',
  video_interview: 'Video interview',
};

export const REASON_LABELS: Record<string, string> = {
  submitted: 'submitted by the candidate',
  time_limit: 'time limit reached',
  auto_submitted: 'submitted automatically',
};

/** What each trace check asks, so "✗ token-unknown" reads as "Link found". */
export const CHECK_LABELS: Record<string, [passed: string, notMet: string]> = {
  'has-link': ['A link was given', 'No link was given'],
  'token-unknown': ['No invitation has this link', 'Link found'],
  'completed-auto-submitted': ['Submitted automatically', 'Not submitted automatically'],
  completed: ['Completed', 'Not completed'],
  'job-not-open': ['Job not open', 'Job open'],
  superseded: ['Replaced by a newer link', 'Not replaced'],
  revoked: ['Withdrawn', 'Not withdrawn'],
  'access-limit-exceeded': ['Opened too many times', 'Within its access limit'],
  expired: ['Deadline passed', 'Before its deadline'],
  started: ['Started', 'Not started'],
  usable: ['Usable', 'Not usable'],
  question: ['The question decided the answer', 'The question did not decide the answer'],
  article: ['Article chosen', 'No article'],
};

const humanize = (value: string) => {
  const words = value.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const scenarioLabel = (id: string | null | undefined) => (id ? (SCENARIO_LABELS[id] ?? humanize(id)) : '—');
export const kindLabel = (id: string) => KIND_LABELS[id] ?? humanize(id);
export const checkLabel = (check: string, result: boolean) => CHECK_LABELS[check]?.[result ? 0 : 1] ?? `${humanize(check)}: ${result ? 'yes' : 'no'}`;

import type { DiagnosisFacts, InvitationKind } from '../diagnosis/diagnosis-types';
import type { StateScenarioId } from '../diagnosis/scenario-ids';
import { formatDateTime, formatDuration, resolveTimeZone } from './format-time';
import type { RenderContext } from './knowledge-types';

// The one vocabulary articles may use as {{name}} or {{name|fallback text}}. Any
// other name is a lint error, so a typo cannot reach a candidate as raw braces.
export const PLACEHOLDERS = {
  deadlineLocal: 'deadline in the reader’s time zone, e.g. "Tue 24 Nov 2026, 17:00 CET"',
  deadlineUtc: 'deadline in UTC, e.g. "24 Nov 2026, 16:00 UTC"',
  timeZone: 'the reader’s IANA time zone, or UTC',
  timeLeft: 'time until the deadline, e.g. "2 days 3 hours"; absent once it passed',
  expiredAgo: 'time since the deadline passed; absent before it',
  jobTitle: 'title of the job',
  jobStatus: '"open", "paused" or "closed"',
  recruiterName: 'name of the recruiter',
  recruiterEmail: 'email of the recruiter',
  orgName: 'name of the hiring company',
  kindLabel: '"assessment", "AI interview" or "video interview"',
  candidateEmail: 'the candidate’s email, masked',
  opensUsed: 'how many times the link was opened',
  accessLimit: 'how many opens the link allows',
  startedAt: 'when the candidate started',
  lastActivityAt: 'the last sign of activity',
  completedAt: 'when the link was completed',
  newerLinkSentAt: 'when the newest invitation was sent',
  newerLinkEmail: 'the masked address the newest invitation went to',
  newerLinkState: 'the newest link’s state in words, e.g. "ready to use"',
  newerLinkDeadline: 'the newest link’s deadline in the reader’s time zone',
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;
export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

export function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);
}

const KIND_LABELS: Record<InvitationKind, string> = {
  assessment: 'assessment',
  ai_interview: 'AI interview',
  video_interview: 'video interview',
};

const NEWER_LINK_STATES: Record<StateScenarioId, string> = {
  'link-valid': 'ready to use',
  'in-progress-resume': 'started and still open, so you can resume it',
  'link-expired': 'also expired',
  'already-completed': 'already completed',
  'completed-unexpectedly': 'already closed by the platform',
  'job-closed': 'closed because the job is no longer open',
  'link-revoked': 'disabled by the company',
  'access-limit-exceeded': 'locked after too many opens',
  'link-superseded': 'replaced by another invitation',
  'link-not-found': 'not found',
};

/** Every value the facts allow, formatted for the reader's clock. */
export function computePlaceholders(context: RenderContext): PlaceholderValues {
  const { facts } = context;
  const timeZone = resolveTimeZone(context.timeZone);
  const local = (date: Date | undefined) =>
    date && formatDateTime(date, { timeZone, locale: context.locale });
  const newest = facts.newestLink;
  return dropEmpty({
    ...deadlineValues(facts, timeZone, context.locale),
    timeZone,
    jobTitle: facts.jobTitle,
    jobStatus: facts.jobStatus,
    recruiterName: facts.recruiterName,
    recruiterEmail: facts.recruiterEmail,
    orgName: facts.orgName,
    kindLabel: facts.kind && KIND_LABELS[facts.kind],
    candidateEmail: facts.candidateEmailMasked,
    opensUsed: facts.accessCount?.toString(),
    accessLimit: facts.accessLimit?.toString(),
    startedAt: local(facts.startedAt),
    lastActivityAt: local(facts.lastActivityAt),
    completedAt: local(facts.completedAt),
    newerLinkSentAt: local(newest?.sentAt),
    newerLinkEmail: newest?.emailMasked,
    newerLinkState: newest && NEWER_LINK_STATES[newest.state],
    newerLinkDeadline: local(newest?.deadline),
  });
}

function deadlineValues(facts: DiagnosisFacts, timeZone: string, locale?: string): PlaceholderValues {
  const { deadline, now } = facts;
  if (!deadline) return {};
  const remaining = deadline.getTime() - now.getTime();
  return {
    deadlineLocal: formatDateTime(deadline, { timeZone, locale }),
    deadlineUtc: formatDateTime(deadline, { timeZone: 'UTC', weekday: false }),
    // At the deadline itself the link is already expired (scenarios.md, row 8).
    timeLeft: remaining > 0 ? formatDuration(remaining) : undefined,
    expiredAgo: remaining <= 0 ? formatDuration(-remaining) : undefined,
  };
}

function dropEmpty(values: Partial<Record<PlaceholderName, string>>): PlaceholderValues {
  const kept: PlaceholderValues = {};
  for (const [name, value] of Object.entries(values) as [PlaceholderName, string | undefined][]) {
    if (value !== undefined && value.trim() !== '') kept[name] = value;
  }
  return kept;
}

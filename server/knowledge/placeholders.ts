import type { InvitationKind } from '../diagnosis/diagnosis-types';
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

export type PlaceholderLookup = (name: PlaceholderName) => string | undefined;

type Producers = Record<PlaceholderName, () => string | undefined>;

/**
 * Each value the facts allow, formatted for the reader's clock, computed only when a
 * template asks for it: an article uses a handful of the names, and dates cost the most.
 */
export function placeholderLookup(context: RenderContext): PlaceholderLookup {
  const { facts, locale } = context;
  const timeZone = resolveTimeZone(context.timeZone);
  const local = (date: Date | undefined) => date && formatDateTime(date, { timeZone, locale });
  const newest = facts.newestLink;
  const remaining = facts.deadline ? facts.deadline.getTime() - facts.now.getTime() : undefined;
  const produce: Producers = {
    deadlineLocal: () => local(facts.deadline),
    deadlineUtc: () => facts.deadline && formatDateTime(facts.deadline, { timeZone: 'UTC', weekday: false }),
    // At the deadline itself the link is already expired (scenarios.md, row 8).
    timeLeft: () => (remaining !== undefined && remaining > 0 ? formatDuration(remaining) : undefined),
    expiredAgo: () => (remaining !== undefined && remaining <= 0 ? formatDuration(-remaining) : undefined),
    timeZone: () => timeZone,
    jobTitle: () => facts.jobTitle,
    jobStatus: () => facts.jobStatus,
    recruiterName: () => facts.recruiterName,
    recruiterEmail: () => facts.recruiterEmail,
    orgName: () => facts.orgName,
    kindLabel: () => facts.kind && KIND_LABELS[facts.kind],
    candidateEmail: () => facts.candidateEmailMasked,
    opensUsed: () => facts.accessCount?.toString(),
    accessLimit: () => facts.accessLimit?.toString(),
    startedAt: () => local(facts.startedAt),
    lastActivityAt: () => local(facts.lastActivityAt),
    completedAt: () => local(facts.completedAt),
    newerLinkSentAt: () => local(newest?.sentAt),
    newerLinkEmail: () => newest?.emailMasked,
    newerLinkState: () => newest && NEWER_LINK_STATES[newest.state],
    newerLinkDeadline: () => local(newest?.deadline),
  };
  const known = new Map<PlaceholderName, string | undefined>();
  return (name) => {
    if (known.has(name)) return known.get(name);
    const value = produce[name]?.();
    // A blank value is no value: the template's fallback (or dropping the line) reads better.
    const kept = value !== undefined && value.trim() !== '' ? value : undefined;
    known.set(name, kept);
    return kept;
  };
}

/** Every value the facts allow at once (lint and tests; rendering uses the lookup). */
export function computePlaceholders(context: RenderContext): PlaceholderValues {
  const lookup = placeholderLookup(context);
  const values: PlaceholderValues = {};
  for (const name of Object.keys(PLACEHOLDERS) as PlaceholderName[]) {
    const value = lookup(name);
    if (value !== undefined) values[name] = value;
  }
  return values;
}

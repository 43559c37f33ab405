import { candidateWordsIn } from '../i18n/catalogues';
import type { CandidateWords } from '../i18n/candidate-words';
import type { Locale } from '../i18n/locales';
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

export type PlaceholderLookup = (name: PlaceholderName) => string | undefined;

/** What every producer reads: the facts and the reader's clock, worked out once per render. */
interface Reading {
  facts: RenderContext['facts'];
  timeZone: string;
  locale?: string;
  language: Locale;
  words: CandidateWords;
  /** Milliseconds to the deadline (negative once passed); undefined without one. */
  remaining?: number;
}

const local = (date: Date | undefined, r: Reading) => date && formatDateTime(date, { timeZone: r.timeZone, locale: r.locale, language: r.language });
const duration = (ms: number, r: Reading) => formatDuration(ms, { code: r.language, lessThanAMinute: r.words.lessThanAMinute });

// Module-level, so a render allocates no closures: an article uses a handful of the
// names, and only those are computed (dates cost the most).
const PRODUCERS: Record<PlaceholderName, (r: Reading) => string | undefined> = {
  deadlineLocal: (r) => local(r.facts.deadline, r),
  deadlineUtc: ({ facts, language }) => facts.deadline && formatDateTime(facts.deadline, { timeZone: 'UTC', weekday: false, language }),
  // At the deadline itself the link is already expired (scenarios.md, row 8).
  timeLeft: (r) => (r.remaining !== undefined && r.remaining > 0 ? duration(r.remaining, r) : undefined),
  expiredAgo: (r) => (r.remaining !== undefined && r.remaining <= 0 ? duration(-r.remaining, r) : undefined),
  timeZone: (r) => r.timeZone,
  jobTitle: ({ facts }) => facts.jobTitle,
  jobStatus: ({ facts, words }) => facts.jobStatus && words.jobStatuses[facts.jobStatus],
  recruiterName: ({ facts }) => facts.recruiterName,
  recruiterEmail: ({ facts }) => facts.recruiterEmail,
  orgName: ({ facts }) => facts.orgName,
  kindLabel: ({ facts, words }) => facts.kind && words.kindLabels[facts.kind],
  candidateEmail: ({ facts }) => facts.candidateEmailMasked,
  opensUsed: ({ facts }) => facts.accessCount?.toString(),
  accessLimit: ({ facts }) => facts.accessLimit?.toString(),
  startedAt: (r) => local(r.facts.startedAt, r),
  lastActivityAt: (r) => local(r.facts.lastActivityAt, r),
  completedAt: (r) => local(r.facts.completedAt, r),
  newerLinkSentAt: (r) => local(r.facts.newestLink?.sentAt, r),
  newerLinkEmail: ({ facts }) => facts.newestLink?.emailMasked,
  newerLinkState: ({ facts, words }) => facts.newestLink && words.newerLinkStates[facts.newestLink.state],
  newerLinkDeadline: (r) => local(r.facts.newestLink?.deadline, r),
};

/** Each value the facts allow, formatted for the reader's clock, computed only when a template asks for it. */
export function placeholderLookup(context: RenderContext): PlaceholderLookup {
  const { facts, locale } = context;
  const reading: Reading = {
    facts,
    timeZone: resolveTimeZone(context.timeZone),
    locale,
    language: context.language ?? 'en',
    words: candidateWordsIn(context.language),
    remaining: facts.deadline ? facts.deadline.getTime() - facts.now.getTime() : undefined,
  };
  const known = new Map<PlaceholderName, string | undefined>();
  return (name) => {
    if (known.has(name)) return known.get(name);
    const value = Object.hasOwn(PRODUCERS, name) ? PRODUCERS[name](reading) : undefined;
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

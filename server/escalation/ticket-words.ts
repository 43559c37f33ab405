// Who did what to a ticket and its link, in words a recruiter reads at a glance, and
// which proposed fixes still apply. Pure, and free of server imports: the inbox's
// script words the entries with the same functions, in the recruiter's own zone.

export type ActorKind = 'recruiter' | 'support' | 'bot' | 'platform' | 'candidate' | 'system';

export interface Who {
  kind: ActorKind;
  /** A person's name or email, when a person did it. */
  name?: string;
}

export interface HistoryEvent {
  type: string;
  actor: string;
  at: Date | string;
  data: Record<string, unknown>;
}

/** A person known by id: their email and role. */
export interface Person {
  email: string;
  role: string;
}

/** The actor string a ticket event stores (`user:<id>`, `api_key:<org>`, `candidate`, `bot`, …) as a person or a party. */
export function whoOf(actor: string, people: ReadonlyMap<string, Person>): Who {
  if (actor.startsWith('user:')) {
    const person = people.get(actor.slice(5));
    const kind: ActorKind = person && person.role !== 'recruiter' ? 'support' : 'recruiter';
    return person ? { kind, name: person.email } : { kind };
  }
  if (actor.startsWith('api_key:') || actor === 'platform' || actor === 'org') return { kind: 'platform' };
  if (actor === 'candidate' || actor === 'bot' || actor === 'system') return { kind: actor };
  return { kind: 'system', name: actor };
}

// The ticket action behind each link event a recruiter's click can cause.
const ACTION_OF: Record<string, string> = { extended: 'extend', reset: 'reset', reissued: 'reissue', superseded: 'reissue', revoked: 'revoke' };
const BY_CANDIDATE = new Set(['opened', 'access_limit_exceeded']);
const SAME_MOMENT_MS = 5_000;

/**
 * Who caused one event of the link's timeline: a ticket action at the same moment
 * (the recruiter or support person who clicked), the event's own `actor` (the bot's
 * self-service extend says `bot`), the candidate for opens, else the hiring platform.
 */
export function whoCaused(
  entry: { type: string; at: Date | string; detail?: Record<string, unknown> },
  history: HistoryEvent[],
  people: ReadonlyMap<string, Person>,
): Who | null {
  if (entry.type === 'expired' || entry.type === 'expires') return null;
  const own = entry.detail?.actor;
  if (typeof own === 'string') return whoOf(own, people);
  if (BY_CANDIDATE.has(entry.type)) return { kind: 'candidate' };
  const action = ACTION_OF[entry.type];
  const at = new Date(entry.at).getTime();
  const click = action && history.find((e) => e.type === action && Math.abs(new Date(e.at).getTime() - at) <= SAME_MOMENT_MS);
  return click ? whoOf(click.actor, people) : { kind: 'platform' };
}

export const WHO_WORDS: Record<ActorKind, string> = {
  recruiter: 'Recruiter',
  support: 'Support',
  bot: 'The assistant (self-service)',
  platform: 'The hiring platform',
  candidate: 'The candidate',
  system: 'linkdoctor',
};

export function whoText(who: Who | null | undefined): string {
  if (!who) return '';
  return who.name ? `${who.name} (${who.kind})` : WHO_WORDS[who.kind];
}

type Fmt = (iso: string) => string;
const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const REASONS: Record<string, string> = {
  submitted: 'submitted by the candidate',
  time_limit: 'time limit reached',
  auto_submitted: 'submitted automatically',
};

/** What happened to the link, without who ("The deadline was extended to …"). */
export function linkEventWords(entry: { type: string; detail?: Record<string, unknown> }, at: string, fmt: Fmt): string {
  const d = entry.detail ?? {};
  switch (entry.type) {
    case 'created':
      return 'Invitation created';
    case 'sent':
      return 'Invitation sent';
    case 'reminded':
      return 'Reminder sent';
    case 'opened':
      return `Link opened${d.accessCount ? ` (open ${str(d.accessCount)})` : ''}`;
    case 'access_limit_exceeded':
      return 'Opened once too often: refused';
    case 'started':
      return 'Started';
    case 'activity':
      return 'Active';
    case 'completed':
      return `Completed${d.reason ? ` (${REASONS[str(d.reason)] ?? str(d.reason)})` : ''}`;
    case 'revoked':
      return `Link withdrawn${d.reason ? `: ${str(d.reason)}` : ''}`;
    case 'extended':
      return d.expiresAt ? `Deadline extended to ${fmt(str(d.expiresAt))}` : 'Deadline extended';
    case 'reset':
      return 'Link reset: the candidate can start again';
    case 'reissued':
      return 'New link issued to replace an old one';
    case 'superseded':
      return 'Replaced by a new link';
    case 'expired':
      return `Deadline passed (${fmt(at)})`;
    case 'expires':
      return `Deadline: ${fmt(at)}`;
    default:
      return entry.type.replace(/[-_]+/g, ' ');
  }
}

/** What a ticket event did ("Extended the deadline to …", "Replied: …"). */
export function historyWords(event: { type: string; data: Record<string, unknown> }, fmt: Fmt): string {
  const d = event.data ?? {};
  switch (event.type) {
    case 'created':
      return `Asked for help${d.screenshots ? ` with ${str(d.screenshots)} screenshot${d.screenshots === 1 ? '' : 's'}` : ''}`;
    case 'extend':
      return d.expiresAt ? `Extended the deadline to ${fmt(str(d.expiresAt))}` : 'Extended the deadline';
    case 'reissue':
      return 'Sent a new invitation (the old link stopped working)';
    case 'reset':
      return 'Reset the link';
    case 'resend':
      return 'Sent the same link again';
    case 'reply':
      return `Replied: “${str(d.message)}”`;
    case 'resolve':
      return `Marked resolved${d.note ? `: “${str(d.note)}”` : ''}`;
    default:
      return event.type.replace(/[-_]+/g, ' ');
  }
}

export type FixState = 'available' | 'done' | 'withdrawn';

/**
 * Each fix proposed when the ticket was raised, with where it stands now: done once
 * taken; withdrawn when the link's present state no longer calls for it (the deadline
 * was extended, so reissuing is no longer the fix); available otherwise. `current`
 * null: the link's present state is unknown, so nothing is withdrawn.
 */
export function fixStates<F extends { type: string }>(
  proposed: F[],
  current: { type: string }[] | null,
  history: { type: string }[],
): (F & { state: FixState })[] {
  const taken = new Set(history.map((e) => e.type));
  const still = current && new Set(current.map((f) => f.type));
  return proposed.map((fix) => ({
    ...fix,
    state: taken.has(fix.type) ? 'done' : still && !still.has(fix.type) ? 'withdrawn' : 'available',
  }));
}

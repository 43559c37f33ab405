import type { ConversationResolution } from './resolution-query';

// Resolution as the link tells it, not as silence suggests. Pure: rows and the
// clock in, figures out.
//
// - verified: the link was used (opened, started or completed, or its replacement
//   was) after the chat began; over conversations about a known link.
// - automated: no ticket, and the candidate said "That solved it" or did not come
//   back within 24 hours; over every conversation counted.
// - hand-off: a ticket was raised; over every conversation counted.
// - time to resolution: from the chat's start to the first use of the link
//   (verified) or to the last activity (automated only).

const DAY_MS = 86_400_000;
const QUIET_MS = DAY_MS;

const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

export interface Resolution {
  verified: boolean;
  automated: boolean;
  handedOff: boolean;
  /** When it was resolved; null while it is not. */
  resolvedAt: Date | null;
}

function cameBack(row: ConversationResolution, now: Date): boolean | null {
  const quietUntil = row.lastActivityAt.getTime() + QUIET_MS;
  if (row.returnedAt && row.returnedAt.getTime() <= quietUntil) return true;
  return now.getTime() < quietUntil ? null : false;
}

export function classifyResolution(row: ConversationResolution, now: Date): Resolution {
  const verified = row.hasLink && row.usedAt !== null;
  const solved = row.saidSolved || row.outcome === 'self_served';
  const automated = !row.handedOff && (solved || cameBack(row, now) === false);
  const resolvedAt = verified ? row.usedAt : automated ? row.lastActivityAt : null;
  return { verified, automated, handedOff: row.handedOff, resolvedAt };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return Math.round(value * 10) / 10;
}

/** Monday (UTC) of the week `at` falls in, as YYYY-MM-DD. */
export function weekOf(at: Date): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

function figures(rows: ConversationResolution[], now: Date) {
  const judged = rows.map((row) => ({ row, r: classifyResolution(row, now) }));
  const withLink = judged.filter(({ row }) => row.hasLink);
  const ratings = rows.flatMap((row) => (row.rating === null ? [] : [row.rating]));
  const minutes = judged.flatMap(({ row, r }) => (r.resolvedAt ? [(r.resolvedAt.getTime() - row.createdAt.getTime()) / 60_000] : []));
  return {
    conversations: rows.length,
    verifiedResolutionRate: rate(withLink.filter(({ r }) => r.verified).length, withLink.length),
    automatedResolutionRate: rate(judged.filter(({ r }) => r.automated).length, judged.length),
    handoffRate: rate(judged.filter(({ r }) => r.handedOff).length, judged.length),
    csat: {
      average: ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100 : null,
      count: ratings.length,
    },
    medianMinutesToResolution: median(minutes.map((m) => Math.max(0, m))),
  };
}

export type ResolutionFigures = ReturnType<typeof figures>;

/** The figures over the whole range, and the same per week (oldest first) for the chart. */
export function buildResolutionReport(rows: ConversationResolution[], now: Date) {
  const weeks = new Map<string, ConversationResolution[]>();
  for (const row of rows) {
    const week = weekOf(row.createdAt);
    const own = weeks.get(week);
    if (own) own.push(row);
    else weeks.set(week, [row]);
  }
  const { conversations: _counted, ...overall } = figures(rows, now);
  return {
    ...overall,
    resolutionByWeek: [...weeks].sort(([a], [b]) => a.localeCompare(b)).map(([week, own]) => ({ week, ...figures(own, now) })),
  };
}

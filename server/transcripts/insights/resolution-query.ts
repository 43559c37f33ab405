// The facts behind the resolution figures, one row per conversation counted, and the
// same definitions as filters for the transcript list (the conversations behind a
// figure). The decisions are documented in resolution-report.ts; the SQL here and
// `classifyResolution` there must agree, and the API tests check both.

export interface ConversationResolution {
  id: string;
  createdAt: Date;
  lastActivityAt: Date;
  outcome: string;
  /** The conversation has a link we know. */
  hasLink: boolean;
  /** A ticket was raised from it: a person took over. */
  handedOff: boolean;
  /** The candidate pressed "That solved it". */
  saidSolved: boolean;
  /** First open, start or completion of the link (or its replacement) after the chat began, within 7 days. */
  usedAt: Date | null;
  /** The next conversation about the same link, if the candidate came back. */
  returnedAt: Date | null;
  rating: number | null;
}

export const RESOLUTIONS = ['verified', 'automated', 'handed_off'] as const;
export type ResolutionKind = (typeof RESOLUTIONS)[number];

const HANDED_OFF = (c: string) => `EXISTS (SELECT 1 FROM tickets t WHERE t.conversation_id = ${c}.id)`;
const SAID_SOLVED = (c: string) => `EXISTS (SELECT 1 FROM conversation_messages b WHERE b.conversation_id = ${c}.id
    AND b.role = 'bot' AND (b.trace->>'reply' = 'solved' OR b.trace->>'replyRule' = 'solved'))`;

// A usable link is the only one the gateway records an `opened` for; `started` and
// `completed` come from the platform. A reissued link is a new invitation of the same
// job and candidate, so its uses count too. Seven days bound what the chat may claim.
const USED_AT = (c: string) => `(SELECT min(e.at) FROM invitations i
     JOIN invitations u ON u.job_id = i.job_id AND lower(u.candidate_email) = lower(i.candidate_email)
       AND (u.id = i.id OR u.created_at >= ${c}.created_at)
     JOIN invitation_events e ON e.invitation_id = u.id
   WHERE i.id = ${c}.invitation_id AND e.type IN ('opened', 'started', 'completed')
     AND e.at > ${c}.created_at AND e.at <= ${c}.created_at + interval '7 days')`;
const RETURNED_AT = (c: string) => `(SELECT min(r.created_at) FROM conversations r
   WHERE r.invitation_id = ${c}.invitation_id AND r.id <> ${c}.id AND r.created_at > ${c}.created_at)`;

/** The condition for one kind of resolution; `now` is a parameter placeholder (quiet for 24 h). */
export function resolutionCondition(kind: ResolutionKind, c: string, now: string): string {
  if (kind === 'handed_off') return HANDED_OFF(c);
  if (kind === 'verified') return `(${c}.invitation_id IS NOT NULL AND ${USED_AT(c)} IS NOT NULL)`;
  const quiet = `${c}.last_activity_at + interval '24 hours'`;
  return `(NOT ${HANDED_OFF(c)} AND (${c}.outcome = 'self_served' OR ${SAID_SOLVED(c)}
    OR (${quiet} <= ${now}::timestamptz AND NOT coalesce(${RETURNED_AT(c)} <= ${quiet}, false))))`;
}

export const RESOLUTION_SQL = (where: string) => `SELECT c.id, c.created_at AS "createdAt",
  c.last_activity_at AS "lastActivityAt", c.outcome, (c.invitation_id IS NOT NULL) AS "hasLink",
  ${HANDED_OFF('c')} AS "handedOff", ${SAID_SOLVED('c')} AS "saidSolved",
  ${USED_AT('c')} AS "usedAt", ${RETURNED_AT('c')} AS "returnedAt", c.rating_score AS rating
FROM conversations c ${where}
ORDER BY c.created_at`;

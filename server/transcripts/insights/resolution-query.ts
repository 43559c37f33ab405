// The facts behind the resolution figures, one row per conversation counted. The
// decisions (what counts as resolved, and when) are made in resolution-report.ts.

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

/** How long after the chat a use of the link still counts as the chat's doing. */
export const USE_WINDOW = "interval '7 days'";

// A usable link is the only one the gateway records an `opened` for; `started` and
// `completed` come from the platform. A reissued link is a new invitation of the same
// job and candidate, so those count too.
export const RESOLUTION_SQL = (where: string) => `SELECT c.id, c.created_at AS "createdAt",
  c.last_activity_at AS "lastActivityAt", c.outcome, (c.invitation_id IS NOT NULL) AS "hasLink",
  EXISTS (SELECT 1 FROM tickets t WHERE t.conversation_id = c.id) AS "handedOff",
  EXISTS (SELECT 1 FROM conversation_messages b WHERE b.conversation_id = c.id AND b.role = 'bot'
    AND b.trace->>'reply' = 'solved') AS "saidSolved",
  (SELECT min(e.at) FROM invitations i
     JOIN invitations u ON u.job_id = i.job_id AND lower(u.candidate_email) = lower(i.candidate_email)
       AND (u.id = i.id OR u.created_at >= c.created_at)
     JOIN invitation_events e ON e.invitation_id = u.id
   WHERE i.id = c.invitation_id AND e.type IN ('opened', 'started', 'completed')
     AND e.at > c.created_at AND e.at <= c.created_at + ${USE_WINDOW}) AS "usedAt",
  (SELECT min(r.created_at) FROM conversations r
   WHERE r.invitation_id = c.invitation_id AND r.id <> c.id AND r.created_at > c.created_at) AS "returnedAt",
  c.rating_score AS rating
FROM conversations c ${where}
ORDER BY c.created_at`;

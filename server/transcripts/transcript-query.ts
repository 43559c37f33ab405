import { resolutionCondition } from './insights/resolution-query';
import type { Cursor, ScopedFilters } from './transcript-filters';

// The WHERE clause of a transcript search, parameterized. `c` is the conversation,
// `i` its invitation (LEFT JOINed: a conversation may have no known link).

/** Collects parameter values and hands out their `$n` placeholders. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Full-text match; the GIN indexes of migrations 006 and 040 have the same expressions. */
const fts = (expression: string, param: string) => `to_tsvector('simple', ${expression}) @@ plainto_tsquery('simple', ${param})`;

/**
 * A conversation worth a person's time: the candidate said something or a ticket
 * came of it. Every gateway visit opens a conversation, so most are neither; they
 * are hidden from lists and left out of every rate.
 */
export const HAS_CONTENT = (alias: string) => `(EXISTS (SELECT 1 FROM conversation_messages e
    WHERE e.conversation_id = ${alias}.id AND e.role = 'candidate')
  OR EXISTS (SELECT 1 FROM tickets et WHERE et.conversation_id = ${alias}.id))`;

/**
 * The conversations a search term finds: words of a message, of a ticket's
 * description or of the candidate's name; the candidate's full email; a ticket
 * reference. A union of indexed look-ups (migration 040), never a scan of every
 * conversation, so it stays fast however many there are.
 */
function searchMatches(q: string): string {
  return `SELECT sm.conversation_id FROM conversation_messages sm WHERE ${fts('sm.text', q)}
    UNION SELECT st.conversation_id FROM tickets st
      WHERE st.conversation_id IS NOT NULL AND (upper(st.reference) = upper(${q}) OR ${fts('st.description', q)})
    UNION SELECT sc.id FROM conversations sc JOIN invitations si ON si.id = sc.invitation_id
      WHERE lower(si.candidate_email) = lower(${q}) OR ${fts('si.candidate_name', q)}`;
}

export function transcriptWhere(filters: ScopedFilters, params: SqlParams, cursor?: Cursor): string {
  const where: string[] = [];
  // Any bot turn counts: an escalated conversation ends on contact-recruiter, but an
  // agent looking for link-expired wants it too.
  if (filters.scenario) {
    where.push(`EXISTS (SELECT 1 FROM conversation_messages s
      WHERE s.conversation_id = c.id AND s.role = 'bot' AND s.scenario = ${params.add(filters.scenario)})`);
  }
  if (filters.outcome) where.push(`c.outcome = ${params.add(filters.outcome)}`);
  if (filters.org) where.push(`c.org_id = ${params.add(filters.org)}`);
  if (filters.job) where.push(`i.job_id = ${params.add(filters.job)}`);
  if (filters.from) where.push(`c.created_at >= ${params.add(filters.from)}`);
  if (filters.to) where.push(`c.created_at < ${params.add(filters.to)}`);
  if (filters.orgScope) where.push(`c.org_id = ${params.add(filters.orgScope)}`);
  if (!filters.includeEmpty) where.push(HAS_CONTENT('c'));
  if (filters.q) where.push(`c.id IN (${searchMatches(params.add(filters.q))})`);
  if (filters.resolution) {
    // Only "automated" reads the clock; an unused parameter has no type PostgreSQL can infer.
    const now = filters.resolution === 'automated' ? params.add(filters.now ?? new Date()) : '';
    where.push(resolutionCondition(filters.resolution, 'c', now));
  }
  if (cursor) {
    where.push(`(c.created_at, c.id) < (${params.add(cursor.at)}::timestamptz, ${params.add(cursor.id)})`);
  }
  return where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
}

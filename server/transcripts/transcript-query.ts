import type { Cursor, TranscriptFilters } from './transcript-filters';

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

/** Full-text match on one message's text; the GIN index of migration 006 has the same expression. */
export const TEXT_MATCH = (alias: string, param: string) =>
  `to_tsvector('simple', ${alias}.text) @@ plainto_tsquery('simple', ${param})`;

export function transcriptWhere(filters: TranscriptFilters, params: SqlParams, cursor?: Cursor): string {
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
  if (filters.q) {
    where.push(`EXISTS (SELECT 1 FROM conversation_messages t
      WHERE t.conversation_id = c.id AND ${TEXT_MATCH('t', params.add(filters.q))})`);
  }
  if (cursor) {
    where.push(`(c.created_at, c.id) < (${params.add(cursor.at)}::timestamptz, ${params.add(cursor.id)})`);
  }
  return where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
}

import type { ClientDiagnostics } from '../chat/chat-events';
import type { Queryable } from '../db/database';
import type { Cursor, Outcome, ScopedFilters } from './transcript-filters';
import { SqlParams, transcriptWhere } from './transcript-query';

// The transcripts read model: conversations with their org, job, candidate, tickets
// and turns. Read-only over the chat, link and ticket tables; the chat's own store
// stays the only writer of conversations.

export interface TicketRef {
  id: string;
  reference: string;
  status: string;
  scenario: string;
  createdAt: string;
}

export interface TranscriptRecord {
  id: string;
  createdAt: Date;
  lastActivityAt: Date;
  outcome: Outcome;
  scenario: string | null;
  /** Every scenario a bot turn answered with, in order of first appearance. */
  scenarios: string[];
  org: { id: string; name: string; policy: string } | null;
  job: { id: string; title: string } | null;
  invitation: { id: string; kind: string; candidateName: string; candidateEmail: string } | null;
  turnCount: number;
  /** The candidate's first message, unmasked (views mask it). */
  firstMessage: string | null;
  tickets: TicketRef[];
  timeZone: string | null;
  locale: string | null;
  clientDiagnostics: ClientDiagnostics | null;
  clientDiagnosticsAt: Date | null;
  cursorAt: string;
}

export interface TurnRecord {
  id: string;
  conversationId: string;
  role: string;
  text: string;
  at: Date;
  scenario: string | null;
  trace: Record<string, unknown> | null;
}

interface Row {
  id: string;
  created_at: Date;
  last_activity_at: Date;
  outcome: Outcome;
  scenario: string | null;
  scenarios: string[] | null;
  org_id: string | null;
  org_name: string | null;
  org_policy: string | null;
  job_id: string | null;
  job_title: string | null;
  invitation_id: string | null;
  kind: string | null;
  candidate_name: string | null;
  candidate_email: string | null;
  turn_count: number;
  first_message: string | null;
  tickets: TicketRef[] | null;
  time_zone: string | null;
  locale: string | null;
  client_diagnostics: ClientDiagnostics | null;
  client_diagnostics_at: Date | null;
  cursor_at: string;
}

const SELECT = `SELECT c.id, c.created_at, c.last_activity_at, c.outcome, c.scenario, c.org_id, o.name AS org_name, o.policy AS org_policy,
  i.id AS invitation_id, i.job_id, j.title AS job_title, i.kind, i.candidate_name, i.candidate_email,
  c.time_zone, c.locale, c.client_diagnostics, c.client_diagnostics_at,
  to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at,
  (SELECT count(*)::int FROM conversation_messages m WHERE m.conversation_id = c.id) AS turn_count,
  (SELECT m.text FROM conversation_messages m WHERE m.conversation_id = c.id AND m.role = 'candidate'
    ORDER BY m.seq LIMIT 1) AS first_message,
  (SELECT json_agg(s.scenario ORDER BY s.first_seq) FROM (SELECT m.scenario, min(m.seq) AS first_seq
    FROM conversation_messages m WHERE m.conversation_id = c.id AND m.role = 'bot' AND m.scenario IS NOT NULL
    GROUP BY m.scenario) s) AS scenarios,
  (SELECT json_agg(json_build_object('id', t.id, 'reference', t.reference, 'status', t.status,
    'scenario', t.scenario, 'createdAt', t.created_at) ORDER BY t.created_at)
    FROM tickets t WHERE t.conversation_id = c.id) AS tickets
FROM conversations c
LEFT JOIN orgs o ON o.id = c.org_id
LEFT JOIN invitations i ON i.id = c.invitation_id
LEFT JOIN jobs j ON j.id = i.job_id`;

const toRecord = (r: Row): TranscriptRecord => ({
  id: r.id,
  createdAt: r.created_at,
  lastActivityAt: r.last_activity_at,
  outcome: r.outcome,
  scenario: r.scenario,
  scenarios: r.scenarios ?? [],
  org: r.org_id ? { id: r.org_id, name: r.org_name ?? '', policy: r.org_policy ?? 'strict' } : null,
  job: r.job_id ? { id: r.job_id, title: r.job_title ?? '' } : null,
  invitation: r.invitation_id
    ? { id: r.invitation_id, kind: r.kind ?? '', candidateName: r.candidate_name ?? '', candidateEmail: r.candidate_email ?? '' }
    : null,
  turnCount: r.turn_count,
  firstMessage: r.first_message,
  tickets: r.tickets ?? [],
  timeZone: r.time_zone,
  locale: r.locale,
  clientDiagnostics: r.client_diagnostics,
  clientDiagnosticsAt: r.client_diagnostics_at,
  cursorAt: r.cursor_at,
});

export class TranscriptStore {
  constructor(private readonly db: Queryable) {}

  /** One page, newest first, and where the next one starts (null on the last page). */
  async list(filters: ScopedFilters, page: { limit: number; cursor?: Cursor }) {
    const params = new SqlParams();
    const where = transcriptWhere(filters, params, page.cursor);
    const rows = await this.db.query<Row>(`${SELECT} ${where} ORDER BY c.created_at DESC, c.id DESC LIMIT ${params.add(page.limit + 1)}`, params.values);
    const records = rows.slice(0, page.limit).map(toRecord);
    const last = records[records.length - 1];
    const next: Cursor | null = rows.length > page.limit && last ? { at: last.cursorAt, id: last.id } : null;
    return { records, next };
  }

  /** One conversation; undefined when missing or outside `orgScope` (null: every org). */
  async get(id: string, orgScope: string | null = null): Promise<TranscriptRecord | undefined> {
    const [row] = await this.db.query<Row>(`${SELECT} WHERE c.id = $1 AND ($2::text IS NULL OR c.org_id = $2)`, [id, orgScope]);
    return row && toRecord(row);
  }

  /** The turns of several conversations, each conversation's oldest first. */
  async turns(conversationIds: string[]): Promise<TurnRecord[]> {
    if (conversationIds.length === 0) return [];
    const rows = await this.db.query<{
      id: string;
      conversation_id: string;
      role: string;
      text: string;
      at: Date;
      scenario: string | null;
      trace: Record<string, unknown> | null;
    }>(
      `SELECT id, conversation_id, role, text, at, scenario, trace FROM conversation_messages
       WHERE conversation_id = ANY($1) ORDER BY conversation_id, seq`,
      [conversationIds],
    );
    return rows.map((r) => ({ id: r.id, conversationId: r.conversation_id, role: r.role, text: r.text, at: r.at, scenario: r.scenario, trace: r.trace }));
  }

  /** The orgs and jobs that have conversations, for the console's filters. */
  async filterOptions(orgScope: string | null = null) {
    const [orgs, jobs] = await Promise.all([
      this.db.query<{ id: string; name: string }>(
        `SELECT o.id, o.name FROM orgs o WHERE EXISTS (SELECT 1 FROM conversations c WHERE c.org_id = o.id)
         AND ($1::text IS NULL OR o.id = $1) ORDER BY o.name, o.id LIMIT 500`,
        [orgScope],
      ),
      this.db.query<{ id: string; title: string; org_name: string }>(
        `SELECT j.id, j.title, o.name AS org_name FROM jobs j JOIN orgs o ON o.id = j.org_id
         WHERE EXISTS (SELECT 1 FROM invitations i JOIN conversations c ON c.invitation_id = i.id WHERE i.job_id = j.id)
         AND ($1::text IS NULL OR o.id = $1) ORDER BY o.name, j.title, j.id LIMIT 500`,
        [orgScope],
      ),
    ]);
    return { orgs, jobs: jobs.map((j) => ({ id: j.id, title: j.title, orgName: j.org_name })) };
  }

  /** Deletes conversations (and, by cascade, their messages and labels) idle since before `cutoff`. */
  async purgeInactiveBefore(cutoff: Date): Promise<number> {
    const rows = await this.db.query('DELETE FROM conversations WHERE last_activity_at < $1 RETURNING id', [cutoff]);
    return rows.length;
  }
}

import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database';
import { newId } from '../security/secrets';
import type { ProposedFix } from './propose-fixes';
import type { CleanScreenshot } from './sanitize-screenshot';

export type TicketStatus = 'open' | 'in_progress' | 'resolved';

export interface Ticket {
  id: string;
  reference: string;
  orgId: string | null;
  jobId: string | null;
  invitationId: string | null;
  conversationId: string | null;
  status: TicketStatus;
  scenario: string;
  description: string;
  contactEmail: string | null;
  occurredAt: Date;
  reporterTimeZone: string | null;
  /** The language the candidate was helped in (`en`, `es`, …); null on tickets from before languages. */
  candidateLanguage: string | null;
  diagnosis: Record<string, unknown>;
  linkTimeline: unknown[];
  clientDiagnostics: Record<string, unknown> | null;
  proposedFixes: ProposedFix[];
  idempotencyKey: string | null;
  requestHash: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type NewTicket = Omit<Ticket, 'id' | 'reference' | 'status' | 'createdAt' | 'updatedAt'>;

export interface ScreenshotInfo {
  n: number;
  mime: string;
  width: number;
  height: number;
  sha256: string;
}

export interface TicketEvent {
  id: string;
  type: string;
  actor: string;
  data: Record<string, unknown>;
  at: Date;
}

const COLUMNS: Record<keyof NewTicket, string> = {
  orgId: 'org_id',
  jobId: 'job_id',
  invitationId: 'invitation_id',
  conversationId: 'conversation_id',
  scenario: 'scenario',
  description: 'description',
  contactEmail: 'contact_email',
  occurredAt: 'occurred_at',
  reporterTimeZone: 'reporter_time_zone',
  candidateLanguage: 'candidate_language',
  diagnosis: 'diagnosis',
  linkTimeline: 'link_timeline',
  clientDiagnostics: 'client_diagnostics',
  proposedFixes: 'proposed_fixes',
  idempotencyKey: 'idempotency_key',
  requestHash: 'request_hash',
};
const JSON_FIELDS = new Set<keyof NewTicket>(['diagnosis', 'linkTimeline', 'clientDiagnostics', 'proposedFixes']);

const SELECT = `SELECT id, reference, status, created_at AS "createdAt", updated_at AS "updatedAt", ${Object.entries(COLUMNS)
  .map(([key, column]) => `${column} AS "${key}"`)
  .join(', ')} FROM tickets`;

// Crockford's base32 without look-alikes, so a reference can be read over the phone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newTicketReference(): string {
  const bytes = randomBytes(8);
  const chars = [...bytes].map((b) => ALPHABET[b % 32]).join('');
  return `LD-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

export interface TicketFilter {
  /** null: every org (agents, admins). */
  orgId: string | null;
  status?: TicketStatus;
  jobId?: string;
  limit: number;
}

export class TicketStore {
  constructor(private readonly db: Queryable) {}

  async create(input: NewTicket, db: Queryable = this.db): Promise<Ticket> {
    const keys = Object.keys(COLUMNS) as (keyof NewTicket)[];
    const values = keys.map((key) => (JSON_FIELDS.has(key) && input[key] !== null ? JSON.stringify(input[key]) : input[key]));
    const [{ id }] = await db.query<{ id: string }>(
      `INSERT INTO tickets (id, reference, ${keys.map((k) => COLUMNS[k]).join(', ')})
       VALUES ($1, $2, ${keys.map((_, i) => `$${i + 3}`).join(', ')}) RETURNING id`,
      [newId(), newTicketReference(), ...values],
    );
    return (await this.get(id, db)) as Ticket;
  }

  async get(id: string, db: Queryable = this.db): Promise<Ticket | undefined> {
    const [row] = await db.query<Ticket>(`${SELECT} WHERE id = $1`, [id]);
    return row;
  }

  async findByIdempotencyKey(key: string, db: Queryable = this.db): Promise<Ticket | undefined> {
    const [row] = await db.query<Ticket>(`${SELECT} WHERE idempotency_key = $1`, [key]);
    return row;
  }

  async list(filter: TicketFilter): Promise<Ticket[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.orgId !== null) add('org_id = ?', filter.orgId);
    if (filter.status) add('status = ?', filter.status);
    if (filter.jobId) add('job_id = ?', filter.jobId);
    params.push(filter.limit);
    return this.db.query<Ticket>(`${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC LIMIT $${params.length}`, params);
  }

  /** When the candidate last wrote in each ticket's conversation (for unread markers); tickets without a message are absent. */
  async candidateActivity(ticketIds: string[]): Promise<Map<string, Date>> {
    if (ticketIds.length === 0) return new Map();
    const rows = await this.db.query<{ id: string; at: Date }>(
      `SELECT t.id, max(m.at) AS at FROM tickets t JOIN conversation_messages m ON m.conversation_id = t.conversation_id
       WHERE t.id = ANY($1) AND m.role = 'candidate' GROUP BY t.id`,
      [ticketIds],
    );
    return new Map(rows.map((r) => [r.id, new Date(r.at)]));
  }

  async setStatus(id: string, status: TicketStatus, db: Queryable = this.db): Promise<void> {
    await db.query('UPDATE tickets SET status = $2, updated_at = now() WHERE id = $1', [id, status]);
  }

  async addScreenshot(ticketId: string, n: number, shot: CleanScreenshot, db: Queryable = this.db): Promise<void> {
    await db.query(`INSERT INTO ticket_screenshots (ticket_id, n, mime, width, height, sha256, bytes) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      ticketId,
      n,
      shot.mime,
      shot.width,
      shot.height,
      shot.sha256,
      shot.bytes,
    ]);
  }

  async screenshots(ticketId: string): Promise<ScreenshotInfo[]> {
    return this.db.query<ScreenshotInfo>('SELECT n, mime, width, height, sha256 FROM ticket_screenshots WHERE ticket_id = $1 ORDER BY n', [ticketId]);
  }

  async screenshot(ticketId: string, n: number): Promise<{ mime: string; bytes: Buffer } | undefined> {
    const [row] = await this.db.query<{ mime: string; bytes: Uint8Array }>('SELECT mime, bytes FROM ticket_screenshots WHERE ticket_id = $1 AND n = $2', [
      ticketId,
      n,
    ]);
    return row && { mime: row.mime, bytes: Buffer.from(row.bytes) };
  }

  async addEvent(ticketId: string, type: string, actor: string, data: object, at: Date, db: Queryable = this.db): Promise<void> {
    await db.query('INSERT INTO ticket_events (id, ticket_id, type, actor, data, at) VALUES ($1, $2, $3, $4, $5, $6)', [
      newId(),
      ticketId,
      type,
      actor,
      JSON.stringify(data),
      at,
    ]);
  }

  /** Locks the ticket for an action (till the transaction ends) and returns its latest event. */
  async lockForAction(ticketId: string, tx: Queryable): Promise<Pick<TicketEvent, 'type' | 'data' | 'at'> | undefined> {
    await tx.query('SELECT id FROM tickets WHERE id = $1 FOR UPDATE', [ticketId]);
    const [last] = await tx.query<Pick<TicketEvent, 'type' | 'data' | 'at'>>(
      'SELECT type, data, at FROM ticket_events WHERE ticket_id = $1 ORDER BY seq DESC LIMIT 1',
      [ticketId],
    );
    return last;
  }

  async events(ticketId: string): Promise<TicketEvent[]> {
    return this.db.query<TicketEvent>('SELECT id, type, actor, data, at FROM ticket_events WHERE ticket_id = $1 ORDER BY seq', [ticketId]);
  }

  /** The conversation's latest ticket that is not resolved: while there is one, the candidate talks to the recruiter. */
  async openForConversation(conversationId: string, db: Queryable = this.db): Promise<Pick<Ticket, 'id' | 'reference' | 'status'> | undefined> {
    const [row] = await db.query<{ id: string; reference: string; status: TicketStatus }>(
      `SELECT id, reference, status FROM tickets WHERE conversation_id = $1 AND status <> 'resolved'
       ORDER BY created_at DESC LIMIT 1`,
      [conversationId],
    );
    return row;
  }
}

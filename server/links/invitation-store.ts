import type { Queryable } from '../db/database';
import type { CursorKey } from '../http/cursor';
import { hashSecret, newId } from '../security/secrets';
import { toInvitation, type Invitation, type InvitationEvent, type InvitationRow } from './invitation';

export interface NewInvitation {
  orgId: string;
  jobId: string;
  candidateName: string;
  candidateEmail: string;
  kind: Invitation['kind'];
  targetUrl: string;
  token: string;
  tokenEncrypted: string;
  expiresAt: Date;
  accessLimit: number;
  externalId?: string | null;
}

/** Columns an event may change; keys are camelCase names of `Invitation`. */
export type InvitationChanges = Partial<
  Pick<
    Invitation,
    | 'expiresAt'
    | 'accessCount'
    | 'sentAt'
    | 'startedAt'
    | 'lastActivityAt'
    | 'completedAt'
    | 'completedReason'
    | 'revokedAt'
    | 'revokedReason'
    | 'supersededBy'
    | 'externalId'
    | 'candidateName'
    | 'candidateEmail'
    | 'targetUrl'
    | 'accessLimit'
  >
>;

const COLUMNS: Record<keyof InvitationChanges, string> = {
  expiresAt: 'expires_at',
  accessCount: 'access_count',
  sentAt: 'sent_at',
  startedAt: 'started_at',
  lastActivityAt: 'last_activity_at',
  completedAt: 'completed_at',
  completedReason: 'completed_reason',
  revokedAt: 'revoked_at',
  revokedReason: 'revoked_reason',
  supersededBy: 'superseded_by',
  externalId: 'external_id',
  candidateName: 'candidate_name',
  candidateEmail: 'candidate_email',
  targetUrl: 'target_url',
  accessLimit: 'access_limit',
};

// Cursors carry JavaScript's milliseconds; comparing the stored microseconds with them
// would repeat or skip rows at a page boundary.
const MS = (column: string) => `date_trunc('milliseconds', ${column})`;

export interface InvitationListFilter {
  jobId?: string;
  updatedSince?: Date;
}

/** The longest supersede chain followed; longer ones are cut rather than looping. */
const MAX_CHAIN = 20;

export class InvitationStore {
  constructor(private readonly db: Queryable) {}

  async create(input: NewInvitation, db: Queryable = this.db): Promise<Invitation> {
    const [row] = await db.query<InvitationRow>(
      `INSERT INTO invitations (id, org_id, job_id, candidate_name, candidate_email, kind, target_url,
         token_hash, token_encrypted, expires_at, access_limit, external_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING *`,
      [
        newId(),
        input.orgId,
        input.jobId,
        input.candidateName,
        input.candidateEmail,
        input.kind,
        input.targetUrl,
        hashSecret(input.token),
        input.tokenEncrypted,
        input.expiresAt,
        input.accessLimit,
        input.externalId ?? null,
      ],
    );
    return toInvitation(row);
  }

  /** Org-scoped read; `forUpdate` locks the row for the rest of the transaction. */
  async get(orgId: string, id: string, db: Queryable = this.db, forUpdate = false): Promise<Invitation | undefined> {
    const [row] = await db.query<InvitationRow>(`SELECT * FROM invitations WHERE id = $1 AND org_id = $2${forUpdate ? ' FOR UPDATE' : ''}`, [id, orgId]);
    return row && toInvitation(row);
  }

  async findByExternalId(orgId: string, externalId: string, db: Queryable = this.db, forUpdate = false): Promise<Invitation | undefined> {
    const [row] = await db.query<InvitationRow>(`SELECT * FROM invitations WHERE org_id = $1 AND external_id = $2${forUpdate ? ' FOR UPDATE' : ''}`, [
      orgId,
      externalId,
    ]);
    return row && toInvitation(row);
  }

  /**
   * Oldest change first, so a platform syncing with `updatedSince` walks forward;
   * `after` is the last row of the previous page. Asks for `limit` rows.
   */
  async listPage(orgId: string, filter: InvitationListFilter, page: { limit: number; after?: CursorKey }): Promise<Invitation[]> {
    const rows = await this.db.query<InvitationRow>(
      `SELECT * FROM invitations
       WHERE org_id = $1 AND ($2::text IS NULL OR job_id = $2) AND ($3::timestamptz IS NULL OR updated_at >= $3)
         AND ($4::timestamptz IS NULL OR (${MS('updated_at')}, id) > ($4::timestamptz, $5::text))
       ORDER BY ${MS('updated_at')}, id LIMIT $6`,
      [orgId, filter.jobId ?? null, filter.updatedSince ?? null, page.after?.at ?? null, page.after?.id ?? '', page.limit],
    );
    return rows.map(toInvitation);
  }

  /** Not org-scoped: only for ids the service itself stored, never for ids from a request. */
  async findById(id: string, db: Queryable = this.db): Promise<Invitation | undefined> {
    const [row] = await db.query<InvitationRow>('SELECT * FROM invitations WHERE id = $1', [id]);
    return row && toInvitation(row);
  }

  async findByToken(token: string, db: Queryable = this.db, forUpdate = false): Promise<Invitation | undefined> {
    const [row] = await db.query<InvitationRow>(`SELECT * FROM invitations WHERE token_hash = $1${forUpdate ? ' FOR UPDATE' : ''}`, [hashSecret(token)]);
    return row && toInvitation(row);
  }

  async update(id: string, changes: InvitationChanges, db: Queryable = this.db): Promise<Invitation> {
    const entries = Object.entries(changes) as [keyof InvitationChanges, unknown][];
    const sets = entries.map(([key], i) => `${COLUMNS[key]} = $${i + 2}`);
    const [row] = await db.query<InvitationRow>(`UPDATE invitations SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = $1 RETURNING *`, [
      id,
      ...entries.map(([, value]) => value),
    ]);
    return toInvitation(row);
  }

  async addEvent(invitationId: string, type: string, at: Date, data: object = {}, db: Queryable = this.db): Promise<void> {
    await db.query(`INSERT INTO invitation_events (id, invitation_id, type, at, data) VALUES ($1, $2, $3, $4, $5)`, [
      newId(),
      invitationId,
      type,
      at,
      JSON.stringify(data),
    ]);
  }

  async events(invitationId: string, db: Queryable = this.db): Promise<InvitationEvent[]> {
    return db.query<InvitationEvent>(`SELECT id, type, at, data FROM invitation_events WHERE invitation_id = $1 ORDER BY at, seq`, [invitationId]);
  }

  /** The invitations that replaced this one, oldest first. */
  async supersedeChain(start: Invitation, db: Queryable = this.db): Promise<Invitation[]> {
    const chain: Invitation[] = [];
    let nextId = start.supersededBy;
    while (nextId && chain.length < MAX_CHAIN) {
      const next = await this.get(start.orgId, nextId, db);
      if (!next) break;
      chain.push(next);
      nextId = next.supersededBy;
    }
    return chain;
  }
}

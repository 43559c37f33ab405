import type { Queryable } from '../db/database';
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
};

/** The longest supersede chain followed; longer ones are cut rather than looping. */
const MAX_CHAIN = 20;

export class InvitationStore {
  constructor(private readonly db: Queryable) {}

  async create(input: NewInvitation, db: Queryable = this.db): Promise<Invitation> {
    const [row] = await db.query<InvitationRow>(
      `INSERT INTO invitations (id, org_id, job_id, candidate_name, candidate_email, kind, target_url,
         token_hash, token_encrypted, expires_at, access_limit)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING *`,
      [
        newId(), input.orgId, input.jobId, input.candidateName, input.candidateEmail, input.kind,
        input.targetUrl, hashSecret(input.token), input.tokenEncrypted, input.expiresAt, input.accessLimit,
      ],
    );
    return toInvitation(row);
  }

  /** Org-scoped read; `forUpdate` locks the row for the rest of the transaction. */
  async get(orgId: string, id: string, db: Queryable = this.db, forUpdate = false): Promise<Invitation | undefined> {
    const [row] = await db.query<InvitationRow>(
      `SELECT * FROM invitations WHERE id = $1 AND org_id = $2${forUpdate ? ' FOR UPDATE' : ''}`,
      [id, orgId],
    );
    return row && toInvitation(row);
  }

  /** Not org-scoped: only for ids the service itself stored, never for ids from a request. */
  async findById(id: string, db: Queryable = this.db): Promise<Invitation | undefined> {
    const [row] = await db.query<InvitationRow>('SELECT * FROM invitations WHERE id = $1', [id]);
    return row && toInvitation(row);
  }

  async findByToken(token: string, db: Queryable = this.db, forUpdate = false): Promise<Invitation | undefined> {
    const [row] = await db.query<InvitationRow>(
      `SELECT * FROM invitations WHERE token_hash = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [hashSecret(token)],
    );
    return row && toInvitation(row);
  }

  async update(id: string, changes: InvitationChanges, db: Queryable = this.db): Promise<Invitation> {
    const entries = Object.entries(changes) as [keyof InvitationChanges, unknown][];
    const sets = entries.map(([key], i) => `${COLUMNS[key]} = $${i + 2}`);
    const [row] = await db.query<InvitationRow>(
      `UPDATE invitations SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = $1 RETURNING *`,
      [id, ...entries.map(([, value]) => value)],
    );
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
    return db.query<InvitationEvent>(
      `SELECT id, type, at, data FROM invitation_events WHERE invitation_id = $1 ORDER BY at, seq`,
      [invitationId],
    );
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

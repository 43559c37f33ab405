import type { Queryable } from '../db/database';
import { generateSecret, hashSecret } from '../security/secrets';
import type { Role } from './user-store';

const HOUR = 3_600_000;

export interface SessionPolicy {
  /** A session unused for this long ends. */
  idleMs: number;
  /** A session ends this long after login, however busy. */
  absoluteMs: number;
  /** `last_seen_at` is written at most this often, so reads do not each cost a write. */
  touchEveryMs: number;
}

export const SESSION_POLICY: SessionPolicy = { idleMs: 12 * HOUR, absoluteMs: 7 * 24 * HOUR, touchEveryMs: 60_000 };

export interface SessionUser {
  id: string;
  email: string;
  role: Role;
  orgId: string | null;
}

export interface ActiveSession {
  /** sha256 of the cookie value; the value itself is never stored. */
  id: string;
  user: SessionUser;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export interface SessionMeta {
  userAgent?: string;
  ip?: string;
}

interface SessionRow {
  id: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  user_id: string;
  email: string;
  role: Role;
  org_id: string | null;
}

const toSession = (r: SessionRow): ActiveSession => ({
  id: r.id,
  user: { id: r.user_id, email: r.email, role: r.role, orgId: r.org_id },
  createdAt: new Date(r.created_at),
  lastSeenAt: new Date(r.last_seen_at),
  expiresAt: new Date(r.expires_at),
});

const clip = (value: string | undefined, max: number) => (value ? value.slice(0, max) : null);

export class SessionStore {
  constructor(
    private readonly db: Queryable,
    readonly policy: SessionPolicy = SESSION_POLICY,
  ) {}

  /**
   * Starts a session; the returned token goes into the cookie and nowhere else.
   * `expiresAt` is the idle deadline (moved by use), `endsAt` the absolute one.
   */
  async create(userId: string, meta: SessionMeta, now: Date): Promise<{ token: string; expiresAt: Date; endsAt: Date }> {
    const token = generateSecret(32);
    const expiresAt = this.expiryAfter(now, now);
    const endsAt = new Date(now.getTime() + this.policy.absoluteMs);
    await this.db.query(
      `INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, user_agent, ip)
       VALUES ($1, $2, $3, $3, $4, $5, $6)`,
      [hashSecret(token), userId, now, expiresAt, clip(meta.userAgent, 512), clip(meta.ip, 64)],
    );
    return { token, expiresAt, endsAt };
  }

  /** The live session behind `token`, its idle timer restarted; an expired one is deleted. */
  async resolve(token: string, now: Date): Promise<ActiveSession | undefined> {
    const id = hashSecret(token);
    const [row] = await this.db.query<SessionRow>(
      `SELECT s.id, s.created_at, s.last_seen_at, s.expires_at, u.id AS user_id, u.email, u.role, u.org_id
       FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1`,
      [id],
    );
    if (!row) return undefined;
    const session = toSession(row);
    if (session.expiresAt.getTime() <= now.getTime()) {
      await this.db.query('DELETE FROM sessions WHERE id = $1', [id]);
      return undefined;
    }
    if (now.getTime() - session.lastSeenAt.getTime() < this.policy.touchEveryMs) return session;
    const expiresAt = this.expiryAfter(session.createdAt, now);
    await this.db.query('UPDATE sessions SET last_seen_at = $2, expires_at = $3 WHERE id = $1', [id, now, expiresAt]);
    return { ...session, lastSeenAt: now, expiresAt };
  }

  async revoke(token: string): Promise<void> {
    await this.db.query('DELETE FROM sessions WHERE id = $1', [hashSecret(token)]);
  }

  /** Ends every session of a user (password change, removal). */
  async revokeAllForUser(userId: string): Promise<void> {
    await this.db.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
  }

  /** Deletes expired sessions; called on login so the table cannot grow without bound. */
  async purgeExpired(now: Date): Promise<number> {
    const rows = await this.db.query('DELETE FROM sessions WHERE expires_at <= $1 RETURNING id', [now]);
    return rows.length;
  }

  private expiryAfter(createdAt: Date, lastSeen: Date): Date {
    const idle = lastSeen.getTime() + this.policy.idleMs;
    const absolute = createdAt.getTime() + this.policy.absoluteMs;
    return new Date(Math.min(idle, absolute));
  }
}

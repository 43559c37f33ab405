import type { Queryable } from '../db/database';
import { hashPassword } from '../security/passwords';
import { newId } from '../security/secrets';
import { ConflictError } from '../http/errors';

export type Role = 'recruiter' | 'agent' | 'admin';

export interface User {
  id: string;
  email: string;
  role: Role;
  orgId: string | null;
  passwordHash: string;
}

interface UserRow {
  id: string;
  email: string;
  role: Role;
  org_id: string | null;
  password_hash: string;
}

const toUser = (r: UserRow): User => ({
  id: r.id,
  email: r.email,
  role: r.role,
  orgId: r.org_id,
  passwordHash: r.password_hash,
});

export class UserStore {
  constructor(private readonly db: Queryable) {}

  async create(input: { email: string; password: string; role: Role; orgId?: string }): Promise<User> {
    if (await this.findByEmail(input.email)) {
      throw new ConflictError(`A user with email ${input.email} already exists`, 'user_exists');
    }
    const [row] = await this.db.query<UserRow>(`INSERT INTO users (id, email, password_hash, role, org_id) VALUES ($1, $2, $3, $4, $5) RETURNING *`, [
      newId(),
      input.email.trim(),
      await hashPassword(input.password),
      input.role,
      input.orgId ?? null,
    ]);
    return toUser(row);
  }

  /** Email and role by user id, to say who did something; unknown ids are left out. */
  async people(ids: string[]): Promise<Map<string, { email: string; role: Role }>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.query<{ id: string; email: string; role: Role }>('SELECT id, email, role FROM users WHERE id = ANY($1)', [ids]);
    return new Map(rows.map((r) => [r.id, { email: r.email, role: r.role }]));
  }

  async findByEmail(email: string): Promise<User | undefined> {
    const [row] = await this.db.query<UserRow>('SELECT * FROM users WHERE lower(email) = lower($1)', [email.trim()]);
    return row && toUser(row);
  }
}

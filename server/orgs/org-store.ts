import type { Queryable } from '../db/database';
import type { Policy } from '../diagnosis/diagnosis-types';
import { generateSecret, hashSecret, newId } from '../security/secrets';

export interface Org {
  id: string;
  name: string;
  policy: Policy;
  defaultValidHours: number;
  defaultAccessLimit: number;
  isDemo: boolean;
  createdAt: Date;
  /** What the chat bot may fix by itself (flexible orgs only; 0 extensions = never). */
  selfService: SelfService;
}

export interface SelfService {
  extendHours: number;
  maxExtensions: number;
}

export interface NewOrg {
  name: string;
  policy?: Policy;
  defaultValidHours?: number;
  defaultAccessLimit?: number;
  isDemo?: boolean;
}

export interface OrgRow {
  id: string;
  name: string;
  policy: Policy;
  default_valid_hours: number;
  default_access_limit: number;
  is_demo: boolean;
  created_at: Date;
  self_service_extend_hours: number;
  self_service_max_extensions: number;
}

export const toOrg = (r: OrgRow): Org => ({
  id: r.id,
  name: r.name,
  policy: r.policy,
  defaultValidHours: r.default_valid_hours,
  defaultAccessLimit: r.default_access_limit,
  isDemo: r.is_demo,
  createdAt: r.created_at,
  selfService: { extendHours: r.self_service_extend_hours, maxExtensions: r.self_service_max_extensions },
});

const API_KEY_PREFIX = 'ldk_';

export class OrgStore {
  constructor(private readonly db: Queryable) {}

  /** Creates the org and its first API key; the key is returned once and stored hashed. */
  async createWithKey(input: NewOrg, db: Queryable = this.db): Promise<{ org: Org; apiKey: string }> {
    const [row] = await db.query<OrgRow>(
      `INSERT INTO orgs (id, name, policy, default_valid_hours, default_access_limit, is_demo)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [newId(), input.name, input.policy ?? 'strict', input.defaultValidHours ?? 72, input.defaultAccessLimit ?? 100, input.isDemo ?? false],
    );
    const apiKey = API_KEY_PREFIX + generateSecret(32);
    await db.query(`INSERT INTO api_keys (id, org_id, key_hash, prefix) VALUES ($1, $2, $3, $4)`, [newId(), row.id, hashSecret(apiKey), apiKey.slice(0, 8)]);
    return { org: toOrg(row), apiKey };
  }

  async get(id: string, db: Queryable = this.db): Promise<Org | undefined> {
    const [row] = await db.query<OrgRow>('SELECT * FROM orgs WHERE id = $1', [id]);
    return row && toOrg(row);
  }

  async findByApiKey(apiKey: string): Promise<Org | undefined> {
    if (!apiKey.startsWith(API_KEY_PREFIX)) return undefined;
    const [row] = await this.db.query<OrgRow>(
      `SELECT o.* FROM api_keys k JOIN orgs o ON o.id = k.org_id
       WHERE k.key_hash = $1 AND k.revoked_at IS NULL`,
      [hashSecret(apiKey)],
    );
    return row && toOrg(row);
  }

  /** Changes only the given settings; undefined when the org does not exist. */
  async updateSelfService(id: string, changes: Partial<SelfService>, db: Queryable = this.db): Promise<Org | undefined> {
    const [row] = await db.query<OrgRow>(
      `UPDATE orgs SET self_service_extend_hours = COALESCE($2, self_service_extend_hours),
         self_service_max_extensions = COALESCE($3, self_service_max_extensions)
       WHERE id = $1 RETURNING *`,
      [id, changes.extendHours ?? null, changes.maxExtensions ?? null],
    );
    return row && toOrg(row);
  }

  async count(): Promise<number> {
    const [row] = await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM orgs');
    return row.n;
  }

  async listDemo(): Promise<Org[]> {
    const rows = await this.db.query<OrgRow>('SELECT * FROM orgs WHERE is_demo ORDER BY created_at');
    return rows.map(toOrg);
  }
}

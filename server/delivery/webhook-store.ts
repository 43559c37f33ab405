import type { Queryable } from '../db/database';
import { encryptSecret, newId } from '../security/secrets';
import { newWebhookSecret, type SecretFormat } from './webhook-signing';

export interface Webhook {
  id: string;
  orgId: string;
  url: string;
  /** Topic names, or `*` for every topic. */
  topics: string[];
  active: boolean;
  /** `legacy`: its secret predates Standard Webhooks (migration 060). */
  secretFormat: SecretFormat;
  createdAt: Date;
}

interface WebhookRow {
  id: string;
  org_id: string;
  url: string;
  topics: string[];
  active: boolean;
  secret_format: SecretFormat;
  created_at: Date;
}

const toWebhook = (r: WebhookRow): Webhook => ({
  id: r.id,
  orgId: r.org_id,
  url: r.url,
  topics: r.topics,
  active: r.active,
  secretFormat: r.secret_format,
  createdAt: r.created_at,
});

const COLUMNS = 'id, org_id, url, topics, active, secret_format, created_at';

export class WebhookStore {
  constructor(
    private readonly db: Queryable,
    private readonly secretKey: Buffer,
  ) {}

  /** The signing secret is returned once; it is kept encrypted because every delivery needs it. */
  async create(orgId: string, input: { url: string; topics: string[] }): Promise<{ webhook: Webhook; secret: string }> {
    const secret = newWebhookSecret();
    const [row] = await this.db.query<WebhookRow>(
      `INSERT INTO webhooks (id, org_id, url, secret_encrypted, topics) VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING ${COLUMNS}`,
      [newId(), orgId, input.url, encryptSecret(secret, this.secretKey), JSON.stringify(input.topics)],
    );
    return { webhook: toWebhook(row), secret };
  }

  async list(orgId: string): Promise<Webhook[]> {
    const rows = await this.db.query<WebhookRow>(`SELECT ${COLUMNS} FROM webhooks WHERE org_id = $1 ORDER BY created_at, id`, [orgId]);
    return rows.map(toWebhook);
  }

  /** Scoped to the org: another org's webhook is indistinguishable from a missing one. */
  async get(orgId: string, id: string): Promise<Webhook | undefined> {
    const [row] = await this.db.query<WebhookRow>(`SELECT ${COLUMNS} FROM webhooks WHERE org_id = $1 AND id = $2`, [orgId, id]);
    return row && toWebhook(row);
  }

  async count(orgId: string): Promise<number> {
    const [row] = await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM webhooks WHERE org_id = $1', [orgId]);
    return row.n;
  }

  /** False when there is no such webhook in this org. Its undelivered events go with it. */
  async delete(orgId: string, id: string): Promise<boolean> {
    const rows = await this.db.query('DELETE FROM webhooks WHERE org_id = $1 AND id = $2 RETURNING id', [orgId, id]);
    return rows.length > 0;
  }
}

import type { Queryable } from '../db/database';
import { decryptSecret, encryptSecret } from '../security/secrets';

/** Which request a key belongs to: the org, the route, the client's key. */
export type IdempotencyScope = [orgId: string, route: string, key: string];

export type StoredAnswer =
  { state: 'claimed' } | { state: 'running'; requestHash: string } | { state: 'done'; requestHash: string; status: number; body: unknown };

const KEEP_HOURS = 24;
const PURGE_EVERY_MS = 3_600_000;

/**
 * The store behind `Idempotency-Key`: one row per scope, kept 24 hours. The answer
 * may hold a link token, so it is stored encrypted like every link.
 */
export class IdempotencyKeys {
  #purgedAt = 0;

  constructor(
    private readonly db: Queryable,
    private readonly secretKey: Buffer,
  ) {}

  /** Claims the scope for this request, or returns what the earlier one left. */
  async claim(scope: IdempotencyScope, requestHash: string): Promise<StoredAnswer> {
    await this.purgeIfDue();
    await this.db.query(`DELETE FROM idempotency_keys WHERE org_id = $1 AND route = $2 AND key = $3 AND created_at < now() - make_interval(hours => $4)`, [
      ...scope,
      KEEP_HOURS,
    ]);
    const claimed = await this.db.query(
      `INSERT INTO idempotency_keys (org_id, route, key, request_hash) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING key`,
      [...scope, requestHash],
    );
    if (claimed.length > 0) return { state: 'claimed' };
    const [row] = await this.db.query<{ request_hash: string; status: number | null; response_encrypted: string | null }>(
      'SELECT request_hash, status, response_encrypted FROM idempotency_keys WHERE org_id = $1 AND route = $2 AND key = $3',
      scope,
    );
    // Gone between the two statements: the first request failed and freed it just now.
    if (!row) return this.claim(scope, requestHash);
    if (row.status === null || row.response_encrypted === null) return { state: 'running', requestHash: row.request_hash };
    const body: unknown = JSON.parse(decryptSecret(row.response_encrypted, this.secretKey));
    return { state: 'done', requestHash: row.request_hash, status: row.status, body };
  }

  async save(scope: IdempotencyScope, status: number, body: unknown): Promise<void> {
    await this.db.query('UPDATE idempotency_keys SET status = $4, response_encrypted = $5 WHERE org_id = $1 AND route = $2 AND key = $3', [
      ...scope,
      status,
      encryptSecret(JSON.stringify(body), this.secretKey),
    ]);
  }

  /** The request failed: nothing happened, so a retry with the same key may run. */
  async release(scope: IdempotencyScope): Promise<void> {
    await this.db.query('DELETE FROM idempotency_keys WHERE org_id = $1 AND route = $2 AND key = $3 AND status IS NULL', scope);
  }

  private async purgeIfDue(): Promise<void> {
    if (Date.now() - this.#purgedAt < PURGE_EVERY_MS) return;
    this.#purgedAt = Date.now();
    await this.db.query('DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)', [KEEP_HOURS]);
  }
}

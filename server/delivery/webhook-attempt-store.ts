import type { Queryable } from '../db/database';
import { newId } from '../security/secrets';
import type { AttemptResult } from './delivery-error';

export interface WebhookAttempt {
  id: string;
  eventId: string;
  event: string;
  attempt: number;
  at: Date;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  ok: boolean;
  /** The event's state now: `sent`, `failed` (retry due), `dead`, `pending`, `sending`; null once purged. */
  eventStatus: string | null;
}

interface AttemptRow {
  id: string;
  event_id: string;
  topic: string;
  attempt: number;
  attempted_at: Date;
  status_code: number | null;
  duration_ms: number;
  error: string | null;
  event_status: string | null;
}

const toAttempt = (r: AttemptRow): WebhookAttempt => ({
  id: r.id,
  eventId: r.event_id,
  event: r.topic,
  attempt: r.attempt,
  at: new Date(r.attempted_at),
  statusCode: r.status_code,
  durationMs: r.duration_ms,
  error: r.error,
  ok: r.error === null,
  eventStatus: r.event_status,
});

export async function recordAttempt(
  db: Queryable,
  attempt: { webhookId: string; eventId: string; topic: string; attempt: number; at: Date | null; result: AttemptResult; error: string | null },
): Promise<void> {
  await db.query(
    `INSERT INTO webhook_attempts (id, webhook_id, event_id, topic, attempt, attempted_at, status_code, duration_ms, error)
     VALUES ($1, $2, $3, $4, $5, COALESCE($6::timestamptz, now()), $7, $8, $9)`,
    [
      newId(),
      attempt.webhookId,
      attempt.eventId,
      attempt.topic,
      attempt.attempt,
      attempt.at,
      attempt.result.statusCode ?? null,
      attempt.result.durationMs,
      attempt.error?.slice(0, 1000) ?? null,
    ],
  );
}

/** Newest first; `before` is the last row of the previous page (keyset pagination, in milliseconds as cursors carry). */
export async function listAttempts(db: Queryable, webhookId: string, page: { limit: number; before?: { at: Date; id: string } }): Promise<WebhookAttempt[]> {
  const rows = await db.query<AttemptRow>(
    `SELECT a.*, o.status AS event_status
     FROM webhook_attempts a LEFT JOIN outbox o ON o.id = a.event_id
     WHERE a.webhook_id = $1
       AND ($2::timestamptz IS NULL OR (date_trunc('milliseconds', a.attempted_at), a.id) < ($2::timestamptz, $3::text))
     ORDER BY date_trunc('milliseconds', a.attempted_at) DESC, a.id DESC
     LIMIT $4`,
    [webhookId, page.before?.at ?? null, page.before?.id ?? '', page.limit],
  );
  return rows.map(toAttempt);
}

export type RedeliverOutcome = 'queued' | 'in_progress' | 'not_found';

/**
 * Sends a finished event (delivered, or given up on) again, with the same event id:
 * a consumer that asked for it again has not processed it. The attempt count starts
 * over so the retry policy applies in full.
 */
export async function redeliver(db: Queryable, webhookId: string, eventId: string): Promise<RedeliverOutcome> {
  const rows = await db.query<{ status: string; requeued: boolean }>(
    `WITH requeued AS (
       UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = now(), locked_until = NULL, last_error = NULL, sent_at = NULL
       WHERE id = $1 AND webhook_id = $2 AND status IN ('sent', 'dead', 'failed')
       RETURNING id
     )
     SELECT o.status, EXISTS (SELECT 1 FROM requeued) AS requeued FROM outbox o WHERE o.id = $1 AND o.webhook_id = $2`,
    [eventId, webhookId],
  );
  if (rows.length === 0) return 'not_found';
  return rows[0].requeued ? 'queued' : 'in_progress';
}

/** The delivery log is kept as long as dead outbox rows. */
export async function purgeAttempts(db: Queryable, olderThanMs: number): Promise<void> {
  await db.query(`DELETE FROM webhook_attempts WHERE attempted_at < now() - make_interval(secs => $1)`, [olderThanMs / 1000]);
}

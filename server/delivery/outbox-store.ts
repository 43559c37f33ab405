import { z } from 'zod';
import type { Queryable } from '../db/database';
import { newId } from '../security/secrets';

// Every function takes the handle to run on, so `enqueue` joins the caller's
// transaction: the notification commits or rolls back with the change it announces.

export const emailPayloadSchema = z.object({
  to: z.string().trim().min(1).max(2000),
  subject: z.string().min(1).max(998),
  text: z.string(),
  html: z.string().optional(),
  replyTo: z.string().min(1).max(1000).optional(),
  headers: z.record(z.string(), z.string()).optional(),
});

export type EmailPayload = z.infer<typeof emailPayloadSchema>;

export type OutboxMessageInput =
  | { channel: 'email'; topic: string; orgId: string | null; payload: EmailPayload }
  | { channel: 'webhook'; topic: string; orgId: string; webhookId: string; payload: Record<string, unknown> };

/** A row leased to one worker; `attempts` counts this attempt and identifies the lease. */
export interface OutboxMessage {
  id: string;
  orgId: string | null;
  channel: 'email' | 'webhook';
  topic: string;
  payload: Record<string, unknown>;
  attempts: number;
  createdAt: Date;
  webhook?: { id: string; url: string; secretEncrypted: string; secretFormat: 'standard' | 'legacy' };
}

/** Adds one message to the outbox inside `tx`; returns its id (the event id). */
export async function enqueue(tx: Queryable, message: OutboxMessageInput): Promise<string> {
  // A malformed mail is the caller's bug: failing here rolls back its transaction
  // instead of leaving a row that can never be sent.
  const payload = message.channel === 'email' ? emailPayloadSchema.parse(message.payload) : message.payload;
  const id = newId();
  await tx.query(`INSERT INTO outbox (id, org_id, channel, topic, webhook_id, payload) VALUES ($1, $2, $3, $4, $5, $6::jsonb)`, [
    id,
    message.orgId,
    message.channel,
    message.topic,
    message.channel === 'webhook' ? message.webhookId : null,
    JSON.stringify(payload),
  ]);
  return id;
}

/** One row per active webhook of the org subscribed to `topic`; returns their ids. */
export async function enqueueEvent(tx: Queryable, event: { orgId: string; topic: string; data: Record<string, unknown> }): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(
    `INSERT INTO outbox (id, org_id, channel, topic, webhook_id, payload)
     SELECT gen_random_uuid()::text, w.org_id, 'webhook', $2, w.id, $3::jsonb
     FROM webhooks w
     WHERE w.org_id = $1 AND w.active AND (w.topics ? $2 OR w.topics ? '*')
     RETURNING id`,
    [event.orgId, event.topic, JSON.stringify(event.data)],
  );
  return rows.map((r) => r.id);
}

interface ClaimedRow {
  id: string;
  org_id: string | null;
  channel: 'email' | 'webhook';
  topic: string;
  payload: Record<string, unknown>;
  attempts: number;
  created_at: Date;
  webhook_id: string | null;
  url: string | null;
  secret_encrypted: string | null;
  secret_format: 'standard' | 'legacy' | null;
}

// `at` null means the database's clock: the one clock every node shares, so a
// lease means the same on all of them. Tests pass their own.
const AT = (n: number) => `COALESCE($${n}::timestamptz, now())`;

/**
 * Leases up to `limit` due messages. SKIP LOCKED lets workers on several nodes claim
 * concurrently without waiting for or double-claiming each other's rows; the lease
 * (`locked_until`) outlives a crashed worker only until it expires, then the row is due again.
 * One statement, so the claim is its own short transaction.
 */
export async function claimDue(db: Queryable, options: { at: Date | null; limit: number; leaseMs: number }): Promise<OutboxMessage[]> {
  const rows = await db.query<ClaimedRow>(
    `WITH due AS (
       SELECT o.id, o.webhook_id FROM outbox o
       WHERE o.status IN ('pending', 'sending', 'failed') AND o.next_attempt_at <= ${AT(1)}
       ORDER BY o.next_attempt_at
       LIMIT $2
       FOR UPDATE SKIP LOCKED
     )
     UPDATE outbox o
     SET status = 'sending', attempts = o.attempts + 1,
         locked_until = ${AT(1)} + $3::float8 * interval '1 millisecond',
         next_attempt_at = ${AT(1)} + $3::float8 * interval '1 millisecond'
     FROM due LEFT JOIN webhooks w ON w.id = due.webhook_id
     WHERE o.id = due.id
     RETURNING o.id, o.org_id, o.channel, o.topic, o.payload, o.attempts, o.created_at, o.webhook_id, w.url, w.secret_encrypted, w.secret_format`,
    [options.at, options.limit, options.leaseMs],
  );
  return rows.map(toMessage);
}

function toMessage(r: ClaimedRow): OutboxMessage {
  const message: OutboxMessage = {
    id: r.id,
    orgId: r.org_id,
    channel: r.channel,
    topic: r.topic,
    payload: r.payload,
    attempts: r.attempts,
    createdAt: new Date(r.created_at),
  };
  if (r.webhook_id && r.url && r.secret_encrypted) {
    message.webhook = { id: r.webhook_id, url: r.url, secretEncrypted: r.secret_encrypted, secretFormat: r.secret_format ?? 'standard' };
  }
  return message;
}

/**
 * Extends the leases of rows still being sent by this worker (same status and attempt
 * number), so that a short lease only expires when the worker is gone, not while a slow
 * SMTP server keeps it busy. Returns the ids whose lease still held.
 */
export async function renewLeases(
  db: Queryable,
  messages: Pick<OutboxMessage, 'id' | 'attempts'>[],
  options: { at: Date | null; leaseMs: number },
): Promise<string[]> {
  if (messages.length === 0) return [];
  const rows = await db.query<{ id: string }>(
    `UPDATE outbox o
     SET locked_until = ${AT(3)} + $4::float8 * interval '1 millisecond',
         next_attempt_at = ${AT(3)} + $4::float8 * interval '1 millisecond'
     FROM unnest($1::text[], $2::int[]) AS mine(id, attempts)
     WHERE o.id = mine.id AND o.attempts = mine.attempts AND o.status = 'sending'
     RETURNING o.id`,
    [messages.map((m) => m.id), messages.map((m) => m.attempts), options.at, options.leaseMs],
  );
  return rows.map((r) => r.id);
}

// Marks apply only while this lease holds (same status and attempt number): a worker
// that outlived its lease must not overwrite what the next worker recorded.

/** Returns false when the lease was lost (another worker has the row now). */
export async function markSent(db: Queryable, message: OutboxMessage, at: Date | null): Promise<boolean> {
  const rows = await db.query(
    `UPDATE outbox SET status = 'sent', sent_at = ${AT(3)}, locked_until = NULL, last_error = NULL
     WHERE id = $1 AND status = 'sending' AND attempts = $2 RETURNING id`,
    [message.id, message.attempts, at],
  );
  return rows.length > 0;
}

/** `retryInMs` null: give up ('dead'); else 'failed', due again after the delay. */
export async function markFailed(
  db: Queryable,
  message: OutboxMessage,
  failure: { error: string; retryInMs: number | null; at: Date | null },
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE outbox
     SET status = CASE WHEN $4::float8 IS NULL THEN 'dead' ELSE 'failed' END,
         next_attempt_at = ${AT(3)} + COALESCE($4::float8, 0) * interval '1 millisecond',
         locked_until = NULL, last_error = $5
     WHERE id = $1 AND status = 'sending' AND attempts = $2 RETURNING id`,
    [message.id, message.attempts, failure.at, failure.retryInMs, failure.error.slice(0, 1000)],
  );
  return rows.length > 0;
}

/** How long finished rows are kept: they hold mail bodies and ticket details (personal data). */
export interface OutboxRetention {
  /** Delivered rows, counted from delivery. */
  sentMs: number;
  /** Rows given up on, counted from creation: long enough to investigate. */
  deadMs: number;
}

export const DEFAULT_OUTBOX_RETENTION: OutboxRetention = { sentMs: 7 * 86_400_000, deadMs: 30 * 86_400_000 };
const PURGE_BATCH = 1000;

/**
 * Deletes finished rows past their retention, a bounded batch per statement so no
 * lock is held long; any node may run it at any time. Returns how many went.
 */
export async function purgeFinished(db: Queryable, retention: OutboxRetention, at: Date | null): Promise<number> {
  let purged = 0;
  for (;;) {
    const rows = await db.query(
      `DELETE FROM outbox WHERE id IN (
         SELECT id FROM outbox
         WHERE (status = 'sent' AND sent_at < ${AT(1)} - make_interval(secs => $2))
            OR (status = 'dead' AND created_at < ${AT(1)} - make_interval(secs => $3))
         LIMIT ${PURGE_BATCH}
       ) RETURNING id`,
      [at, retention.sentMs / 1000, retention.deadMs / 1000],
    );
    purged += rows.length;
    if (rows.length < PURGE_BATCH) return purged;
  }
}

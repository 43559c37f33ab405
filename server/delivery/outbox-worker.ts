import type { Logger } from 'pino';
import type { Queryable } from '../db/database';
import { decryptSecret } from '../security/secrets';
import { DeliveryError, type AttemptResult } from './delivery-error';
import type { Mailer } from './mailer';
import {
  claimDue,
  DEFAULT_OUTBOX_RETENTION,
  emailPayloadSchema,
  markFailed,
  markSent,
  purgeFinished,
  renewLeases,
  type OutboxMessage,
  type OutboxRetention,
} from './outbox-store';
import { DEFAULT_RETRY_POLICY, retryDelayMs, type RetryPolicy } from './retry-delay';
import { purgeAttempts, recordAttempt } from './webhook-attempt-store';
import type { WebhookSender } from './webhook-sender';

// Delivery is at-least-once: a worker that dies after sending but before marking the
// row sent leaves a lease that expires, and the row is sent again. Every copy carries
// the same event id (webhook header, mail Message-ID), so a consumer that deduplicates
// by it sees each notification effectively once.

export interface OutboxWorkerOptions {
  db: Queryable;
  mailer: Mailer;
  sender: WebhookSender;
  /** Decrypts webhook secrets. */
  secretKey: Buffer;
  /** Absent: the database's clock, shared by every node. */
  now?: () => Date;
  pollMs?: number;
  batch?: number;
  /** How long a claimed row is reserved; renewed every third of it while its send runs. */
  leaseMs?: number;
  retry?: RetryPolicy;
  random?: () => number;
  /** In-process wake-ups (see Outbox.onWake); other nodes find the rows by polling. */
  wakeups?: { onWake(listener: () => void): () => void };
  logger?: Pick<Logger, 'warn' | 'error'>;
  /** How long sent and dead rows are kept; purged about once per `purgeEveryMs`. */
  retention?: OutboxRetention;
  purgeEveryMs?: number;
}

export type DeliveryOutcome = 'sent' | 'failed' | 'dead' | 'lost';

export interface OutboxRun {
  claimed: number;
  outcomes: Record<string, DeliveryOutcome>;
}

export interface OutboxWorker {
  start(): void;
  /** Stops polling and waits for in-flight sends to finish and be recorded. */
  stop(): Promise<void>;
  /** Claims one batch, sends it, records the outcomes. */
  runOnce(): Promise<OutboxRun>;
  /** Rows were just committed: run now instead of at the next poll. */
  notify(): void;
}

/** After kill -9, a node's claimed rows are due again within this (plus a poll). */
export const DEFAULT_LEASE_MS = 15_000;

/**
 * Renews the leases of `inFlight` every third of `leaseMs` until cleared. A failed
 * renewal (store away) is only logged: the lease may then lapse and the row be sent
 * twice, which at-least-once delivery allows (consumers deduplicate by event id).
 */
function keepLeases(options: OutboxWorkerOptions, inFlight: Set<OutboxMessage>, leaseMs: number, at: () => Date | null): NodeJS.Timeout {
  const timer = setInterval(
    () => {
      if (inFlight.size === 0) return;
      renewLeases(options.db, [...inFlight], { at: at(), leaseMs }).catch((error: unknown) => {
        options.logger?.warn({ err: error }, 'outbox: could not renew the leases of sends in flight');
      });
    },
    Math.max(10, Math.floor(leaseMs / 3)),
  );
  timer.unref();
  return timer;
}

export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  // Short, because after a node dies (kill -9) its claimed mail waits this long for
  // another node. It need not cover a whole send (SMTP may take 10 + 10 + 20 s): the
  // worker renews it while the send runs, so it expires only when the worker is gone.
  const { db, pollMs = 5_000, batch = 10, leaseMs = DEFAULT_LEASE_MS } = options;
  const at = () => options.now?.() ?? null;

  const runOnce = async (): Promise<OutboxRun> => {
    const messages = await claimDue(db, { at: at(), limit: batch, leaseMs });
    const inFlight = new Set(messages);
    const renewal = keepLeases(options, inFlight, leaseMs, at);
    // Sent outside any transaction: no database connection waits on the network.
    const outcomes = await Promise.all(messages.map((m) => deliverOne(options, m, at).finally(() => inFlight.delete(m))));
    clearInterval(renewal);
    return { claimed: messages.length, outcomes: Object.fromEntries(messages.map((m, i) => [m.id, outcomes[i]])) };
  };

  const { retention = DEFAULT_OUTBOX_RETENTION, purgeEveryMs = 3_600_000 } = options;
  let purgedAt = 0;
  const purgeIfDue = async () => {
    if (Date.now() - purgedAt < purgeEveryMs) return;
    purgedAt = Date.now();
    await Promise.all([purgeFinished(db, retention, at()), purgeAttempts(db, retention.deadMs)]).catch((error: unknown) => {
      options.logger?.warn({ err: error }, 'outbox: purging finished rows failed; trying again later');
    });
  };

  const loop = createPollLoop(pollMs, async () => {
    try {
      await purgeIfDue();
      // A full batch suggests more is due: keep going before sleeping.
      return (await runOnce()).claimed >= batch;
    } catch (error) {
      options.logger?.error({ err: error }, 'outbox: claiming failed; retrying at the next poll');
      return false;
    }
  });
  let unsubscribe: (() => void) | undefined;

  return {
    runOnce,
    notify: loop.wake,
    start() {
      unsubscribe ??= options.wakeups?.onWake(loop.wake);
      loop.start();
    },
    async stop() {
      unsubscribe?.();
      unsubscribe = undefined;
      await loop.stop();
    },
  };
}

/** Runs `step` every `pollMs`, at once on `wake()`, and back to back while it says there is more. */
function createPollLoop(pollMs: number, step: () => Promise<boolean>) {
  let running = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> | undefined;

  const drain = async () => {
    do {
      again = false;
      if (await step()) again = true;
    } while (again && running);
  };

  const wake = () => {
    if (!running) return;
    if (current) {
      again = true; // picked up when the current run ends
      return;
    }
    clearTimeout(timer);
    current = drain().finally(() => {
      current = undefined;
      if (!running) return;
      // A wake-up that landed as the last run was finishing must not wait for the poll.
      if (again) wake();
      else timer = setTimeout(wake, pollMs).unref();
    });
  };

  return {
    wake,
    start() {
      if (running) return;
      running = true;
      wake();
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      await current;
    },
  };
}

async function deliverOne(options: OutboxWorkerOptions, message: OutboxMessage, at: () => Date | null): Promise<DeliveryOutcome> {
  try {
    let attempt: AttemptResult | void | undefined;
    let failure: unknown = null;
    try {
      attempt = await dispatch(options, message);
    } catch (error) {
      failure = error ?? new Error('unknown failure');
      attempt = (error as DeliveryError).attempt;
    }
    // The log is for people; losing one line must not change what the outbox records.
    await logAttempt(options, message, attempt, failure, at()).catch((error: unknown) => {
      options.logger?.warn({ err: error, id: message.id }, 'outbox: could not log the webhook attempt');
    });
    if (failure !== null) return await recordFailure(options, message, failure, at());
    return (await markSent(options.db, message, at())) ? 'sent' : 'lost';
  } catch (error) {
    // The store is unreachable: the lease will expire and the row be retried.
    options.logger?.error({ err: error, id: message.id }, 'outbox: could not record the outcome');
    return 'lost';
  }
}

/** Webhook attempts go to the org's delivery log; mail has none. */
async function logAttempt(
  options: OutboxWorkerOptions,
  message: OutboxMessage,
  result: AttemptResult | void | undefined,
  error: unknown,
  at: Date | null,
): Promise<void> {
  if (message.channel !== 'webhook' || !message.webhook) return;
  await recordAttempt(options.db, {
    webhookId: message.webhook.id,
    eventId: message.id,
    topic: message.topic,
    attempt: message.attempts,
    at,
    result: result ?? { durationMs: 0 },
    error: error === null ? null : error instanceof Error ? error.message : typeof error === 'string' ? error : (JSON.stringify(error) ?? 'unknown failure'),
  });
}

async function recordFailure(options: OutboxWorkerOptions, message: OutboxMessage, error: unknown, at: Date | null): Promise<DeliveryOutcome> {
  const permanent = error instanceof DeliveryError && error.permanent;
  const retryInMs = permanent ? null : retryDelayMs(message.attempts, options.retry ?? DEFAULT_RETRY_POLICY, options.random);
  const reason = (error as Error).message;
  if (!(await markFailed(options.db, message, { error: reason, retryInMs, at }))) return 'lost';
  const context = { id: message.id, topic: message.topic, channel: message.channel, attempts: message.attempts, reason };
  if (retryInMs === null) {
    options.logger?.error(context, 'outbox: gave up on a delivery');
    return 'dead';
  }
  options.logger?.warn({ ...context, retryInMs }, 'outbox: delivery failed, will retry');
  return 'failed';
}

async function dispatch(options: OutboxWorkerOptions, message: OutboxMessage): Promise<AttemptResult | void> {
  if (message.channel === 'email') {
    const mail = emailPayloadSchema.safeParse(message.payload);
    if (!mail.success) throw new DeliveryError('malformed email payload', true);
    return options.mailer.send(message.id, mail.data);
  }
  if (!message.webhook) throw new DeliveryError('the webhook no longer exists', true);
  return options.sender.send({
    eventId: message.id,
    topic: message.topic,
    url: message.webhook.url,
    secret: decryptSecret(message.webhook.secretEncrypted, options.secretKey),
    secretFormat: message.webhook.secretFormat,
    body: webhookBody(message),
  });
}

/**
 * The same bytes on every attempt: only the timestamp and signature headers change.
 * `type`, `timestamp`, `data` are the Standard Webhooks payload; `id`, `topic`,
 * `orgId`, `createdAt` are kept for consumers written before it.
 */
export function webhookBody(message: Pick<OutboxMessage, 'id' | 'topic' | 'orgId' | 'createdAt' | 'payload'>): string {
  const createdAt = message.createdAt.toISOString();
  return JSON.stringify({
    id: message.id,
    type: message.topic,
    timestamp: createdAt,
    data: message.payload,
    topic: message.topic,
    orgId: message.orgId,
    createdAt,
  });
}

import { DEFAULT_OUTBOX_RETENTION, enqueue, purgeFinished } from '../../server/delivery/outbox-store';
import { createOutboxWorker } from '../../server/delivery/outbox-worker';
import type { Mailer } from '../../server/delivery/mailer';
import { createTestApp, type TestApp } from '../support/test-app';
import { TEST_SECRET_KEY, waitFor } from './delivery-fixtures';

// Finished outbox rows hold mail bodies and ticket details: they go once their
// retention is over, and nothing still to be delivered is ever touched.

const DAY = 86_400_000;
const now = new Date('2026-11-22T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

describe('outbox retention', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** A mail row in `status`, created (and, when sent, delivered) `days` ago. */
  async function row(status: string, days: number): Promise<string> {
    const id = await enqueue(t.db, { channel: 'email', topic: 'ticket.created', orgId: null, payload: { to: 'r@example.com', subject: 's', text: 't' } });
    await t.db.query(`UPDATE outbox SET status = $2, created_at = $3, sent_at = CASE WHEN $2 = 'sent' THEN $3::timestamptz END WHERE id = $1`, [
      id,
      status,
      daysAgo(days),
    ]);
    return id;
  }

  const remaining = async (ids: string[]) => (await t.db.query<{ id: string }>('SELECT id FROM outbox WHERE id = ANY($1)', [ids])).map((r) => r.id).sort();

  it('deletes sent rows after 7 days and dead ones after 30, and never an undelivered one', async () => {
    const oldSent = await row('sent', 8);
    const recentSent = await row('sent', 6);
    const oldDead = await row('dead', 31);
    const recentDead = await row('dead', 20);
    const oldPending = await row('pending', 90);
    const oldFailed = await row('failed', 90);
    const all = [oldSent, recentSent, oldDead, recentDead, oldPending, oldFailed];

    expect(await purgeFinished(t.db, DEFAULT_OUTBOX_RETENTION, now)).toBe(2);
    expect(await remaining(all)).toEqual([recentSent, recentDead, oldPending, oldFailed].sort());
    expect(await purgeFinished(t.db, DEFAULT_OUTBOX_RETENTION, now)).toBe(0);
  });

  it('is run by the worker as it polls', async () => {
    const oldSent = await row('sent', 10);
    const idle: Mailer = { target: 'none', send: async () => undefined, close: () => undefined };
    const worker = createOutboxWorker({
      db: t.db,
      mailer: idle,
      sender: { send: async () => undefined },
      secretKey: TEST_SECRET_KEY,
      now: () => now,
      pollMs: 50,
    });
    worker.start();
    try {
      await waitFor(async () => (await remaining([oldSent])).length === 0);
    } finally {
      await worker.stop();
    }
    expect(await remaining([oldSent])).toEqual([]);
  });
});

import type { Mailer } from '../../server/delivery/mailer';
import { createMailer } from '../../server/delivery/mailer';
import { enqueue, enqueueEvent, type EmailPayload } from '../../server/delivery/outbox-store';
import { createOutboxWorker, type OutboxWorkerOptions } from '../../server/delivery/outbox-worker';
import { createWebhookSender, type WebhookSender } from '../../server/delivery/webhook-sender';
import { createTestApp, request, type TestApp } from '../support/test-app';
import { deferred, MAIL_FROM, outboxRow, SkewedClock, startSmtpServer, startWebhookReceiver, TEST_SECRET_KEY, waitFor } from './delivery-fixtures';

// Delivery is at-least-once: a worker can die after the consumer got a message but
// before recording it as sent, and the next worker sends it again. Each copy carries
// the same event id (webhook header, mail Message-ID), so a consumer that deduplicates
// by it processes every notification exactly once: at-least-once plus an idempotent
// consumer is effectively once.

const LEASE_MS = 60_000;
const mail: EmailPayload = { to: 'riley@example.com', subject: '[T-2002] Escalation', text: 'Please look.' };

describe('outbox under crashes and concurrency', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  const clock = new SkewedClock();

  beforeAll(async () => {
    t = await createTestApp();
    smtp = await startSmtpServer();
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await smtp.close();
    await t.close();
  });
  beforeEach(async () => {
    await t.db.query('DELETE FROM outbox');
  });

  const realMailer = () => createMailer({ smtpUrl: smtp.url, outboxDir: '/nonexistent', from: MAIL_FROM });
  const realSender = () => createWebhookSender({ now: clock.now, allowPrivateAddresses: true });
  const worker = (overrides: Partial<OutboxWorkerOptions> = {}) =>
    createOutboxWorker({ db: t.db, mailer: realMailer(), sender: realSender(), secretKey: TEST_SECRET_KEY, now: clock.now, leaseMs: LEASE_MS, ...overrides });

  /** An org with a webhook at the receiver, one event and one mail committed together. */
  async function committedNotifications() {
    const org = await t.createOrg();
    const res = await request(t.app).post('/api/v1/webhooks').set(org.auth).send({ url: receiver.url });
    receiver.secret = res.body.secret;
    return t.db.transaction(async (tx) => {
      const [eventId] = await enqueueEvent(tx, { orgId: org.orgId, topic: 'ticket.created', data: { ticketId: 't-2' } });
      const mailId = await enqueue(tx, { channel: 'email', orgId: org.orgId, topic: 'ticket.created', payload: mail });
      return { eventId, mailId };
    });
  }

  it('re-sends after a worker dies between sending and recording; deduplicating consumers see each once', async () => {
    const { eventId, mailId } = await committedNotifications();
    // Worker A delivers for real, then its process freezes for good: no outcome is ever recorded.
    const never = new Promise<never>(() => undefined);
    const mailer = realMailer();
    const sender = realSender();
    const dying = worker({
      mailer: { ...mailer, send: (id, m) => mailer.send(id, m).then(() => never) },
      sender: { send: (d) => sender.send(d).then(() => never) },
    });
    void dying.runOnce();
    await waitFor(() => receiver.processed.length === 1 && smtp.mails.length === 1);
    expect(await outboxRow(t.db, eventId)).toMatchObject({ status: 'sending', attempts: 1 });

    // While A's lease holds, nobody else touches the rows.
    clock.advance(LEASE_MS - 1_000);
    expect((await worker().runOnce()).claimed).toBe(0);

    clock.advance(2_000);
    const rerun = await worker().runOnce();
    expect(rerun.outcomes).toEqual({ [eventId]: 'sent', [mailId]: 'sent' });
    expect(await outboxRow(t.db, eventId)).toMatchObject({ status: 'sent', attempts: 2 });

    // Two requests with one event id, processed once.
    expect(receiver.requests.filter((r) => r.headers['webhook-id'] === eventId)).toHaveLength(2);
    expect(receiver.processed.map((e) => e.id)).toEqual([eventId]);
    // Two SMTP deliveries with one Message-ID: a mail client shows one.
    expect(smtp.mails.map((m) => m.messageId)).toEqual([`<${mailId}@links.test>`, `<${mailId}@links.test>`]);
    expect(new Set(smtp.mails.map((m) => m.messageId)).size).toBe(1);
  });

  it('ignores the late outcome of a worker that outlived its lease', async () => {
    const { mailId } = await committedNotifications();
    const gate = deferred();
    const slowMailer: Mailer = { target: 'memory', close: () => undefined, send: () => gate.promise };
    const slow = worker({ mailer: slowMailer, sender: { send: async () => undefined } }).runOnce();
    await waitFor(async () => (await outboxRow(t.db, mailId)).status === 'sending');

    clock.advance(LEASE_MS + 1_000);
    // Sending happens outside any transaction, so the stuck send blocks no one.
    expect((await worker().runOnce()).outcomes[mailId]).toBe('sent');

    gate.reject(new Error('connection reset'));
    expect((await slow).outcomes[mailId]).toBe('lost');
    expect(await outboxRow(t.db, mailId)).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
  });

  it('lets several workers drain the outbox concurrently without sending any row twice', async () => {
    const org = await t.createOrg();
    const ids = await t.db.transaction(async (tx) => {
      const out: string[] = [];
      for (let i = 0; i < 40; i++) out.push(await enqueue(tx, { channel: 'email', orgId: org.orgId, topic: 'test.bulk', payload: mail }));
      return out;
    });
    const sends = new Map<string, number>();
    const claimedBy = new Map<number, number>();
    const countingMailer: Mailer = {
      target: 'memory',
      close: () => undefined,
      async send(id) {
        sends.set(id, (sends.get(id) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
      },
    };
    const noWebhooks: WebhookSender = { send: async () => undefined };
    // On PostgreSQL (DATABASE_URL set) their claims run on separate pooled connections at
    // the same time, which is what SKIP LOCKED is for; PGlite serializes them.
    await Promise.all(
      [1, 2, 3].map(async (n) => {
        const w = worker({ mailer: countingMailer, sender: noWebhooks, batch: 3 });
        for (let run = await w.runOnce(); run.claimed > 0; run = await w.runOnce()) {
          claimedBy.set(n, (claimedBy.get(n) ?? 0) + run.claimed);
        }
      }),
    );

    expect([...sends.keys()].sort()).toEqual([...ids].sort());
    expect([...sends.values()].every((count) => count === 1)).toBe(true);
    expect([...claimedBy.keys()].sort()).toEqual([1, 2, 3]);
    const rows = await t.db.query<{ status: string; attempts: number }>('SELECT status, attempts FROM outbox');
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('sends at once when woken after a commit, instead of waiting for the next poll', async () => {
    const sent: string[] = [];
    const w = worker({
      pollMs: 60_000,
      wakeups: t.services.outbox,
      mailer: { target: 'memory', close: () => undefined, send: async (id) => void sent.push(id) },
    });
    w.start();
    try {
      const org = await t.createOrg();
      const id = await t.db.transaction((tx) => enqueue(tx, { channel: 'email', orgId: org.orgId, topic: 'ticket.created', payload: mail }));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(sent).toEqual([]); // the poll is a minute away

      t.services.outbox.wake();
      await waitFor(() => sent.length === 1, 2_000);
      expect(sent).toEqual([id]);
    } finally {
      await w.stop();
    }
  });

  it('lets in-flight sends finish and be recorded when stopped', async () => {
    const gate = deferred();
    let started = false;
    const w = worker({
      pollMs: 60_000,
      mailer: { target: 'memory', close: () => undefined, send: () => ((started = true), gate.promise) },
    });
    const org = await t.createOrg();
    const id = await t.db.transaction((tx) => enqueue(tx, { channel: 'email', orgId: org.orgId, topic: 'ticket.created', payload: mail }));
    w.start();
    await waitFor(() => started);

    let stopped = false;
    const stopping = w.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    gate.resolve();
    await stopping;
    expect(await outboxRow(t.db, id)).toMatchObject({ status: 'sent', attempts: 1 });
  });
});

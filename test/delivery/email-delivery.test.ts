import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMailer } from '../../server/delivery/mailer';
import { enqueue, type EmailPayload } from '../../server/delivery/outbox-store';
import { createOutboxWorker } from '../../server/delivery/outbox-worker';
import { createWebhookSender } from '../../server/delivery/webhook-sender';
import { createTestApp, type TestApp } from '../support/test-app';
import { MAIL_FROM, outboxRow, outboxRows, SkewedClock, startSmtpServer, TEST_SECRET_KEY } from './delivery-fixtures';

const mail: EmailPayload = {
  to: 'riley@example.com',
  subject: '[T-1001] Jane needs help with her assessment link',
  text: 'Jane could not open her assessment link. Café ✓',
  replyTo: 'support@links.test',
};

describe('email delivery from the outbox', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let orgId: string;
  let outboxDir: string;
  const clock = new SkewedClock();

  beforeAll(async () => {
    t = await createTestApp();
    smtp = await startSmtpServer();
    orgId = (await t.createOrg()).orgId;
    outboxDir = await mkdtemp(path.join(tmpdir(), 'ld-outbox-'));
  });
  afterAll(async () => {
    await smtp.close();
    await t.close();
    await rm(outboxDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await t.db.query('DELETE FROM outbox');
    smtp.mails.length = 0;
  });

  const worker = (smtpUrl?: string) =>
    createOutboxWorker({
      db: t.db,
      mailer: createMailer({ smtpUrl, outboxDir, from: MAIL_FROM }),
      sender: createWebhookSender({ allowPrivateAddresses: true }),
      secretKey: TEST_SECRET_KEY,
      now: clock.now,
    });
  const enqueueCommitted = (payload: EmailPayload = mail) =>
    t.db.transaction((tx) => enqueue(tx, { channel: 'email', orgId, topic: 'ticket.created', payload }));

  it('sends a mail enqueued in a committed transaction over SMTP, its Message-ID derived from the event id', async () => {
    const id = await enqueueCommitted();
    const run = await worker(smtp.url).runOnce();

    expect(run.outcomes).toEqual({ [id]: 'sent' });
    expect(smtp.mails).toHaveLength(1);
    const [received] = smtp.mails;
    expect(received.rcpt).toEqual(['riley@example.com']);
    expect(received.messageId).toBe(`<${id}@links.test>`);
    expect(received.raw).toMatch(/^Subject: \[T-1001\] Jane needs help/m);
    expect(received.raw).toMatch(/^Reply-To: support@links\.test/m);
    expect(received.raw).toMatch(new RegExp(`^X-Linkdoctor-Event-Id: ${id}\r$`, 'im'));
    const row = await outboxRow(t.db, id);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, last_error: null, locked_until: null });
    expect(row.sent_at).not.toBeNull();

    // Sent is final: the next run finds nothing to do.
    expect((await worker(smtp.url).runOnce()).claimed).toBe(0);
    expect(smtp.mails).toHaveLength(1);
  });

  it('sends nothing for a transaction that rolled back', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await enqueue(tx, { channel: 'email', orgId, topic: 'ticket.created', payload: mail });
        throw new Error('the ticket insert failed');
      }),
    ).rejects.toThrow('the ticket insert failed');

    expect((await worker(smtp.url).runOnce()).claimed).toBe(0);
    expect(await outboxRows(t.db)).toEqual([]);
    expect(smtp.mails).toEqual([]);
  });

  it('refuses a malformed mail at enqueue, failing the caller’s transaction', async () => {
    await expect(enqueueCommitted({ ...mail, to: ' ' })).rejects.toThrow();
    expect(await outboxRows(t.db)).toEqual([]);
  });

  it('writes an .eml file named after the event id when no SMTP_URL is set', async () => {
    const id = await enqueueCommitted();
    expect((await worker(undefined).runOnce()).outcomes).toEqual({ [id]: 'sent' });

    const eml = await readFile(path.join(outboxDir, `${id}.eml`), 'utf8');
    expect(eml).toMatch(/^To: riley@example\.com\r$/m);
    expect(eml).toMatch(/^From: linkdoctor <no-reply@links\.test>\r$/m);
    expect(eml).toContain(`Message-ID: <${id}@links.test>\r\n`);
    expect(eml).toMatch(/^Subject: \[T-1001\]/m);
    // A resend of the same notification replaces the file rather than adding one.
    await createMailer({ outboxDir, from: MAIL_FROM }).send(id, mail);
    expect((await readdir(outboxDir)).filter((f) => f.startsWith(id))).toEqual([`${id}.eml`]);
  });

  it('retries with backoff when the SMTP server cannot be reached', async () => {
    const closed = await startSmtpServer();
    await closed.close();
    const id = await enqueueCommitted();
    const before = clock.now().getTime();

    expect((await worker(closed.url).runOnce()).outcomes).toEqual({ [id]: 'failed' });
    const row = await outboxRow(t.db, id);
    expect(row.status).toBe('failed');
    expect(row.last_error).toMatch(/^SMTP:/);
    const wait = row.next_attempt_at.getTime() - before;
    expect(wait).toBeGreaterThanOrEqual(10_000);
    expect(wait).toBeLessThanOrEqual(12_500);

    clock.advance(12_500);
    expect((await worker(smtp.url).runOnce()).outcomes).toEqual({ [id]: 'sent' });
    expect(smtp.mails.map((m) => m.messageId)).toEqual([`<${id}@links.test>`]);
  });

  it('gives up at once on a mailbox the server refuses for good (5xx)', async () => {
    const strict = await startSmtpServer({
      onRcptTo: (_address, _session, callback) => callback(Object.assign(new Error('No such user here'), { responseCode: 550 })),
    });
    const id = await enqueueCommitted();
    try {
      expect((await worker(strict.url).runOnce()).outcomes).toEqual({ [id]: 'dead' });
    } finally {
      await strict.close();
    }
    expect(await outboxRow(t.db, id)).toMatchObject({ status: 'dead', attempts: 1, last_error: expect.stringContaining('No such user') });
  });
});

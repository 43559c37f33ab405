import type { Database } from '../../server/db/database';
import type { Mailer } from '../../server/delivery/mailer';
import { enqueue, type EmailPayload } from '../../server/delivery/outbox-store';
import { createOutboxWorker, DEFAULT_LEASE_MS, type OutboxWorkerOptions } from '../../server/delivery/outbox-worker';
import { createTestApp, type TestApp } from '../support/test-app';
import { outboxRow, SkewedClock, TEST_SECRET_KEY, waitFor } from './delivery-fixtures';

// A claimed row's lease is short, so that mail claimed by a node killed with -9 goes
// out from another node within seconds; it is renewed while a send runs, so that a
// slow but live send is never taken over (and sent twice) because the lease was short.

const mail: EmailPayload = { to: 'riley@example.com', subject: '[T-3003] Escalation', text: 'Please look.' };

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.db.query('DELETE FROM outbox');
});

const sent: string[] = [];
const mailer = (delayMs = 0): Mailer => ({
  target: 'memory',
  close: () => undefined,
  send: async (id) => {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    sent.push(id);
  },
});
const worker = (overrides: Partial<OutboxWorkerOptions>) =>
  createOutboxWorker({ db: t.db, mailer: mailer(), sender: { send: async () => undefined }, secretKey: TEST_SECRET_KEY, ...overrides });

async function oneMail(): Promise<string> {
  const org = await t.createOrg();
  return t.db.transaction((tx) => enqueue(tx, { channel: 'email', orgId: org.orgId, topic: 'ticket.created', payload: mail }));
}

/** The database as a process killed with -9 leaves it: from now on, nothing it asks ever happens. */
function killable(db: Database) {
  let dead = false;
  const never = new Promise<never>(() => undefined);
  const handle: Database = { ...db, query: (sql, params) => (dead ? never : db.query(sql, params)) };
  return { db: handle, kill: () => (dead = true) };
}

describe('outbox leases', () => {
  it("are short: a killed worker's mail is sent by another within 20 s, not 60 or 120", async () => {
    expect(DEFAULT_LEASE_MS).toBeLessThanOrEqual(15_000);
    const id = await oneMail();
    const node = killable(t.db);
    const clock = new SkewedClock();
    // Node A claims the mail, its SMTP server is slow, and the node is killed mid-send.
    void worker({ db: node.db, mailer: { ...mailer(), send: () => new Promise<never>(() => undefined) }, now: clock.now }).runOnce();
    await waitFor(async () => (await outboxRow(t.db, id)).status === 'sending');
    node.kill();

    const other = worker({ now: clock.now });
    clock.advance(DEFAULT_LEASE_MS - 1_000);
    expect((await other.runOnce()).claimed).toBe(0);
    clock.advance(2_000);
    expect((await other.runOnce()).outcomes).toEqual({ [id]: 'sent' });
    expect(sent.filter((s) => s === id)).toHaveLength(1);
  });

  it('are renewed while a live send runs longer than the lease: nobody else takes the row, it goes out once', async () => {
    const id = await oneMail();
    const leaseMs = 300;
    const slow = worker({ mailer: mailer(4 * leaseMs), leaseMs }).runOnce();
    await waitFor(async () => (await outboxRow(t.db, id)).status === 'sending');
    const other = worker({ leaseMs });
    let stolen = 0;
    for (let i = 0; i < 12; i += 1) {
      stolen += (await other.runOnce()).claimed;
      await new Promise((resolve) => setTimeout(resolve, leaseMs / 3));
    }
    expect((await slow).outcomes).toEqual({ [id]: 'sent' });
    expect(stolen).toBe(0);
    expect(sent.filter((s) => s === id)).toHaveLength(1);
    expect(await outboxRow(t.db, id)).toMatchObject({ status: 'sent', attempts: 1 });
  });
});

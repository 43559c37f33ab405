import { Webhook } from 'standardwebhooks';
import { listMigrations, migrate } from '../../server/db/migrate';
import { createPgliteDatabase } from '../../server/db/pglite-database';
import { enqueueEvent } from '../../server/delivery/outbox-store';
import { verifyWebhookSignature, WEBHOOK_HEADERS } from '../../server/delivery/webhook-sender';
import { standardSecretFor } from '../../server/delivery/webhook-signing';
import { WebhookStore } from '../../server/delivery/webhook-store';
import { OrgStore } from '../../server/orgs/org-store';
import { encryptSecret, generateSecret, newId } from '../../server/security/secrets';
import { request } from '../support/test-app';
import { TEST_SECRET_KEY, verifyStandardWebhook } from './delivery-fixtures';
import { webhookBench } from './webhook-bench';

describe('Standard Webhooks signing, verified as a consumer would', () => {
  const bench = webhookBench();
  const { worker, orgWithWebhook } = bench;

  const emit = (orgId: string) =>
    bench.t.db.transaction((tx) => enqueueEvent(tx, { orgId, topic: 'ticket.created', data: { ticketId: 't-9', reference: 'T-9' } }));

  it('issues whsec_ secrets of 32 base64 key bytes', async () => {
    const { secret } = await orgWithWebhook();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+={0,2}$/);
    expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
  });

  it('signs a real delivery the library accepts, and the library rejects a tampered body or another timestamp', async () => {
    const { orgId, secret } = await orgWithWebhook();
    const [id] = await emit(orgId);
    expect((await worker().runOnce()).outcomes[id]).toBe('sent');
    const [req] = bench.receiver.requests;
    expect(req.verified).toBe(true);

    const headers = req.headers as Record<string, string>;
    const consumer = new Webhook(secret);
    expect(consumer.verify(req.body, headers)).toMatchObject({ id, type: 'ticket.created', data: { ticketId: 't-9' } });
    expect(() => consumer.verify(req.body.replace('T-9', 'T-8'), headers)).toThrow(/signature/i);
    const earlier = String(Number(headers['webhook-timestamp']) - 1);
    expect(() => consumer.verify(req.body, { ...headers, 'webhook-timestamp': earlier })).toThrow(/signature/i);
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(req.body, headers)).toThrow(/signature/i);
  });

  it('is rejected by the library when replayed more than five minutes later', async () => {
    const { orgId, secret } = await orgWithWebhook();
    await emit(orgId);
    await worker().runOnce();
    const [req] = bench.receiver.requests;
    const sixMinutesLater = Date.now() + 6 * 60_000;
    const clock = jest.spyOn(Date, 'now').mockReturnValue(sixMinutesLater);
    try {
      expect(() => new Webhook(secret).verify(req.body, req.headers as Record<string, string>)).toThrow(/timestamp/i);
    } finally {
      clock.mockRestore();
    }
  });

  it('fails an attempt whose timestamp the consumer finds too old, and logs the answer', async () => {
    const { orgId, auth, webhookId } = await orgWithWebhook();
    const [id] = await emit(orgId);
    const tenMinutesAgo = () => new Date(Date.now() - 10 * 60_000);
    expect((await worker({ senderNow: tenMinutesAgo }).runOnce()).outcomes[id]).toBe('failed');
    expect(bench.receiver.requests[0].verified).toBe(false);
    expect(bench.receiver.processed).toEqual([]);

    const log = await request(bench.t.app).get(`/api/v1/webhooks/${webhookId}/deliveries`).set(auth);
    expect(log.status).toBe(200);
    expect(log.body.deliveries).toEqual([
      expect.objectContaining({
        eventId: id,
        event: 'ticket.created',
        attempt: 1,
        statusCode: 401,
        ok: false,
        error: 'webhook answered HTTP 401',
        eventStatus: 'failed',
      }),
    ]);
    expect(log.body.deliveries[0].durationMs).toBeGreaterThanOrEqual(0);
  });
});

describe('webhooks registered before Standard Webhooks (legacy secrets)', () => {
  const bench = webhookBench();

  it('keep their old signature header and get Standard Webhooks headers from the same key bytes', async () => {
    const { orgId } = await bench.t.createOrg();
    const oldSecret = `whsec_${generateSecret(32)}`; // what was issued before: base64url text used as the key
    await bench.t.db.query(`INSERT INTO webhooks (id, org_id, url, secret_encrypted, topics, secret_format) VALUES ($1, $2, $3, $4, '["*"]', 'legacy')`, [
      newId(),
      orgId,
      bench.receiver.url,
      encryptSecret(oldSecret, TEST_SECRET_KEY),
    ]);
    bench.receiver.secret = standardSecretFor(oldSecret, 'legacy');
    await bench.t.db.transaction((tx) => enqueueEvent(tx, { orgId, topic: 'ticket.updated', data: { ticketId: 't-1' } }));
    const run = await bench.worker().runOnce();
    expect(Object.values(run.outcomes)).toEqual(['sent']);

    const [req] = bench.receiver.requests;
    expect(req.verified).toBe(true); // standardwebhooks with whsec_<base64 of the old secret's bytes>
    const header = (name: string) => String(req.headers[name.toLowerCase()]);
    // Consumers that verify the old way see no change.
    expect(verifyWebhookSignature(oldSecret, header(WEBHOOK_HEADERS.timestamp), req.body, header(WEBHOOK_HEADERS.signature))).toBe(true);
    expect(header(WEBHOOK_HEADERS.eventId)).toBe(header('webhook-id'));
    // The library's raw-key form with the old secret as it is works too.
    expect(() => new Webhook(oldSecret, { format: 'raw' }).verify(req.body, req.headers as Record<string, string>)).not.toThrow();
    expect(verifyStandardWebhook(oldSecret, req.body, req.headers)).toBe(false); // not as a base64 key
  });

  it('are the ones migration 060 marks legacy; webhooks created after it are standard', async () => {
    const db = await createPgliteDatabase();
    try {
      await migrate(
        db,
        listMigrations().filter((m) => m.version < 60),
      );
      const { org } = await new OrgStore(db).createWithKey({ name: 'Before' });
      await db.query(`INSERT INTO webhooks (id, org_id, url, secret_encrypted) VALUES ('old', $1, 'https://h.example/', 'x')`, [org.id]);
      await migrate(db);
      const { webhook } = await new WebhookStore(db, TEST_SECRET_KEY).create(org.id, { url: 'https://h.example/new', topics: ['*'] });
      const rows = await db.query<{ id: string; secret_format: string }>('SELECT id, secret_format FROM webhooks ORDER BY created_at');
      expect(rows).toEqual([
        { id: 'old', secret_format: 'legacy' },
        { id: webhook.id, secret_format: 'standard' },
      ]);
    } finally {
      await db.close();
    }
  });
});

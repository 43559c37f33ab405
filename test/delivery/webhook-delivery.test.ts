import { enqueueEvent } from '../../server/delivery/outbox-store';
import { request } from '../support/test-app';
import { outboxRow, outboxRows, SkewedClock, waitFor } from './delivery-fixtures';
import { webhookBench } from './webhook-bench';

describe('webhook delivery from the outbox', () => {
  const clock = new SkewedClock();
  const bench = webhookBench(clock.now);
  const { worker, orgWithWebhook } = bench;
  beforeEach(() => bench.t.db.query('DELETE FROM outbox'));

  const emit = (orgId: string, topic = 'ticket.created', data: Record<string, unknown> = { ticketId: 't-1', reference: 'T-1001' }) =>
    bench.t.db.transaction((tx) => enqueueEvent(tx, { orgId, topic, data }));

  it('fans an event out to the org’s subscribed webhooks only, signed and carrying the event id', async () => {
    const { orgId, auth, webhookId } = await orgWithWebhook(['ticket.created']);
    await request(bench.t.app)
      .post('/api/v1/webhooks')
      .set(auth)
      .send({ url: `${bench.receiver.url}/updates`, topics: ['ticket.updated'] });
    const other = await bench.t.createOrg();
    await request(bench.t.app)
      .post('/api/v1/webhooks')
      .set(other.auth)
      .send({ url: `${bench.receiver.url}/other` });

    const ids = await emit(orgId);
    expect(ids).toHaveLength(1);
    expect((await outboxRow(bench.t.db, ids[0])).webhook_id).toBe(webhookId);

    expect((await worker().runOnce()).outcomes).toEqual({ [ids[0]]: 'sent' });
    expect(bench.receiver.requests).toHaveLength(1);
    const [req] = bench.receiver.requests;
    expect(req.verified).toBe(true);
    expect(req.headers['webhook-id']).toBe(ids[0]);
    expect(req.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(req.headers['content-type']).toBe('application/json');
    // The service's (skewed) clock, read a moment before this line: a second may have turned since.
    expect(Math.floor(clock.now().getTime() / 1000) - Number(req.headers['webhook-timestamp'])).toBeGreaterThanOrEqual(0);
    expect(Math.floor(clock.now().getTime() / 1000) - Number(req.headers['webhook-timestamp'])).toBeLessThanOrEqual(2);
    // The scheme before Standard Webhooks goes only to webhooks registered before it.
    expect(req.headers['x-linkdoctor-signature']).toBeUndefined();
    expect(bench.receiver.processed).toEqual([
      {
        id: ids[0],
        type: 'ticket.created',
        timestamp: expect.any(String),
        topic: 'ticket.created',
        orgId,
        createdAt: expect.any(String),
        data: { ticketId: 't-1', reference: 'T-1001' },
      },
    ]);
  });

  it('enqueues nothing for an org without a matching webhook', async () => {
    const { orgId } = await orgWithWebhook(['ticket.updated']);
    expect(await emit(orgId, 'ticket.created')).toEqual([]);
    expect(await emit((await bench.t.createOrg()).orgId)).toEqual([]);
  });

  it('retries after a 500 with exponential backoff, then delivers; the consumer processes it once', async () => {
    const { orgId } = await orgWithWebhook();
    bench.receiver.respond = (n) => ({ status: n === 1 ? 500 : 200 });
    const [id] = await emit(orgId);
    const failedAt = clock.now().getTime();

    expect((await worker().runOnce()).outcomes).toEqual({ [id]: 'failed' });
    const failed = await outboxRow(bench.t.db, id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, last_error: 'webhook answered HTTP 500' });
    expect(failed.next_attempt_at.getTime() - failedAt).toBeGreaterThanOrEqual(10_000);

    expect((await worker().runOnce()).claimed).toBe(0); // not yet due
    clock.advance(9_000);
    expect((await worker().runOnce()).claimed).toBe(0);
    clock.advance(3_500);
    expect((await worker().runOnce()).outcomes).toEqual({ [id]: 'sent' });

    expect(bench.receiver.requests.map((r) => r.headers['webhook-id'])).toEqual([id, id]);
    expect(bench.receiver.requests.every((r) => r.verified)).toBe(true);
    expect(bench.receiver.requests[0].body).toBe(bench.receiver.requests[1].body); // same bytes every attempt
    expect(bench.receiver.processed.map((e) => e.id)).toEqual([id]);
    expect(await outboxRow(bench.t.db, id)).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
  });

  it('treats a timeout and a redirect as failures to retry', async () => {
    const { orgId } = await orgWithWebhook();
    bench.receiver.respond = () => ({ status: 200, delayMs: 300 });
    const [id] = await emit(orgId);
    expect((await worker({ timeoutMs: 100 }).runOnce()).outcomes).toEqual({ [id]: 'failed' });
    expect((await outboxRow(bench.t.db, id)).last_error).toMatch(/no answer within 100 ms/);
    // The consumer still processed that request: why it must deduplicate retries.
    await waitFor(() => bench.receiver.processed.length === 1);

    bench.receiver.respond = () => ({ status: 302, location: 'http://127.0.0.1:1/elsewhere' });
    clock.advance(15_000);
    expect((await worker().runOnce()).outcomes).toEqual({ [id]: 'failed' });
    expect((await outboxRow(bench.t.db, id)).last_error).toBe('webhook answered HTTP 302');

    bench.receiver.respond = () => ({ status: 204 });
    clock.advance(30_000);
    expect((await worker().runOnce()).outcomes).toEqual({ [id]: 'sent' });
    expect(bench.receiver.requests).toHaveLength(3);
    expect(bench.receiver.processed.map((e) => e.id)).toEqual([id]);
  });

  it('gives up after the last attempt and marks the delivery dead', async () => {
    const { orgId } = await orgWithWebhook();
    bench.receiver.respond = () => ({ status: 503 });
    const [id] = await emit(orgId);
    const retry = { maxAttempts: 3, baseMs: 1_000, capMs: 2_000 };

    const outcomes = [];
    for (let i = 0; i < 3; i++) {
      outcomes.push((await worker({ retry }).runOnce()).outcomes[id]);
      clock.advance(3_000);
    }
    expect(outcomes).toEqual(['failed', 'failed', 'dead']);
    expect((await worker({ retry }).runOnce()).claimed).toBe(0);
    expect(await outboxRow(bench.t.db, id)).toMatchObject({ status: 'dead', attempts: 3, last_error: 'webhook answered HTTP 503' });
    expect(bench.receiver.processed).toEqual([]);
  });

  it('drops undelivered events of a webhook that is deleted', async () => {
    const { orgId, auth, webhookId } = await orgWithWebhook();
    const [id] = await emit(orgId);
    expect((await request(bench.t.app).delete(`/api/v1/webhooks/${webhookId}`).set(auth)).status).toBe(204);
    expect((await outboxRows(bench.t.db)).map((r) => r.id)).not.toContain(id);
    await worker().runOnce();
    expect(bench.receiver.requests).toEqual([]);
  });
});

import { Webhook } from 'standardwebhooks';
import { enqueueEvent } from '../../server/delivery/outbox-store';
import { request } from '../support/test-app';
import { outboxRow } from './delivery-fixtures';
import { webhookBench } from './webhook-bench';

describe('webhook deliveries: log, test ping, redelivery', () => {
  const bench = webhookBench();
  const { worker } = bench;
  const orgWithWebhook = () => bench.orgWithWebhook(['ticket.created']);

  it('sends a signed ping to that webhook only, whatever its topics', async () => {
    const { auth, webhookId, secret } = await orgWithWebhook();
    const res = await request(bench.t.app).post(`/api/v1/webhooks/${webhookId}/test`).set(auth);
    expect(res.status).toBe(202);
    expect(res.body.eventId).toEqual(expect.any(String));
    await worker().runOnce();
    expect(bench.receiver.requests).toHaveLength(1);
    const event = new Webhook(secret).verify(bench.receiver.requests[0].body, bench.receiver.requests[0].headers as Record<string, string>);
    expect(event).toMatchObject({ id: res.body.eventId, type: 'ping', data: { webhookId, url: bench.receiver.url } });
  });

  it('lists every attempt newest first, by pages, with status code, duration and error', async () => {
    const { orgId, auth, webhookId } = await orgWithWebhook();
    bench.receiver.respond = (n) => ({ status: n === 1 ? 500 : 204 });
    const [id] = await bench.t.db.transaction((tx) => enqueueEvent(tx, { orgId, topic: 'ticket.created', data: { ticketId: 't-1' } }));
    await worker().runOnce();
    await bench.t.db.query(`UPDATE outbox SET next_attempt_at = now() WHERE id = $1`, [id]); // skip the backoff
    await worker().runOnce();

    const first = await request(bench.t.app).get(`/api/v1/webhooks/${webhookId}/deliveries?limit=1`).set(auth);
    expect(first.status).toBe(200);
    expect(first.body.deliveries).toEqual([
      expect.objectContaining({ eventId: id, event: 'ticket.created', attempt: 2, statusCode: 204, ok: true, error: null, eventStatus: 'sent' }),
    ]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await request(bench.t.app).get(`/api/v1/webhooks/${webhookId}/deliveries?limit=1&cursor=${first.body.nextCursor}`).set(auth);
    expect(second.body.deliveries).toEqual([
      expect.objectContaining({ eventId: id, attempt: 1, statusCode: 500, ok: false, error: 'webhook answered HTTP 500', at: expect.any(String) }),
    ]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('redelivers a delivered event with the same id', async () => {
    const { orgId, auth, webhookId } = await orgWithWebhook();
    const [id] = await bench.t.db.transaction((tx) => enqueueEvent(tx, { orgId, topic: 'ticket.created', data: { ticketId: 't-2' } }));
    await worker().runOnce();
    const res = await request(bench.t.app).post(`/api/v1/webhooks/${webhookId}/deliveries/${id}/redeliver`).set(auth);
    expect(res.status).toBe(202);
    expect(await outboxRow(bench.t.db, id)).toMatchObject({ status: 'pending', attempts: 0 });
    // Asked again while still queued: nothing to do yet.
    expect((await request(bench.t.app).post(`/api/v1/webhooks/${webhookId}/deliveries/${id}/redeliver`).set(auth)).status).toBe(409);
    await worker().runOnce();
    expect(bench.receiver.requests.map((r) => r.headers['webhook-id'])).toEqual([id, id]);
    expect(bench.receiver.requests[0].body).toBe(bench.receiver.requests[1].body);
  });

  it('answers 404 for another org’s webhook, an unknown event, and 400 for a bad cursor', async () => {
    const { webhookId } = await orgWithWebhook();
    const other = await bench.t.createOrg();
    expect((await request(bench.t.app).get(`/api/v1/webhooks/${webhookId}/deliveries`).set(other.auth)).status).toBe(404);
    expect((await request(bench.t.app).post(`/api/v1/webhooks/${webhookId}/test`).set(other.auth)).status).toBe(404);
    const mine = await orgWithWebhook();
    expect((await request(bench.t.app).post(`/api/v1/webhooks/${mine.webhookId}/deliveries/nope/redeliver`).set(mine.auth)).status).toBe(404);
    const bad = await request(bench.t.app).get(`/api/v1/webhooks/${mine.webhookId}/deliveries?cursor=zzz`).set(mine.auth);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe('cursor');
  });
});

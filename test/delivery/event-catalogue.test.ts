import { EVENT_CATALOGUE, type EventTopic } from '../../server/delivery/event-catalogue';
import { createTestApp, request, type TestApp } from '../support/test-app';
import { createInvitation, createJob } from '../support/fixtures';

describe('webhook events carry the platform’s ids and match their catalogue schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function setUp() {
    const org = await t.createOrg('flexible');
    await request(t.app).post('/api/v1/webhooks').set(org.auth).send({ url: 'http://127.0.0.1:9/hook' });
    const job = await createJob(t, org.auth, { externalId: 'ats-job-1' });
    const inv = await createInvitation(t, org.auth, job.id, { externalId: 'ats-cand-1' });
    return { ...org, job, inv };
  }

  /** The events enqueued for the org, each checked against its schema. */
  async function events(orgId: string): Promise<{ topic: string; data: Record<string, unknown> }[]> {
    const rows = await t.db.query<{ topic: string; payload: Record<string, unknown> }>(
      `SELECT topic, payload FROM outbox WHERE org_id = $1 AND channel = 'webhook' ORDER BY created_at, id`,
      [orgId],
    );
    return rows.map((r) => {
      EVENT_CATALOGUE[r.topic as EventTopic].data.parse(r.payload);
      return { topic: r.topic, data: r.payload };
    });
  }

  const refs = (job: { id: string }, invitationId: string, invitationExternalId: string | null = 'ats-cand-1') => ({
    jobId: job.id,
    jobExternalId: 'ats-job-1',
    invitationId,
    invitationExternalId,
  });

  it('invitation.opened when a candidate opens a usable link', async () => {
    const { orgId, job, inv } = await setUp();
    expect((await request(t.app).get(`/i/${inv.token}`)).status).toBe(302);
    expect(await events(orgId)).toEqual([
      { topic: 'invitation.opened', data: { ...refs(job, inv.id), accessCount: 1, accessLimit: 100, at: t.clock.now().toISOString() } },
    ]);
  });

  it('invitation.fixed by the platform: extended, reset, reissued (the external id moves to the new link)', async () => {
    const { orgId, auth, job, inv } = await setUp();
    const expiresAt = new Date(t.clock.now().getTime() + 96 * 3_600_000).toISOString();
    expect((await request(t.app).post(`/api/v1/invitations/${inv.id}/events`).set(auth).send({ type: 'extended', expiresAt })).status).toBe(200);
    await request(t.app).post(`/api/v1/invitations/${inv.id}/events`).set(auth).send({ type: 'started' });
    expect((await request(t.app).post(`/api/v1/invitations/${inv.id}/events`).set(auth).send({ type: 'reset' })).status).toBe(200);
    const reissued = await request(t.app).post(`/api/v1/invitations/${inv.id}/reissue`).set(auth);
    expect(reissued.status).toBe(201);
    expect(await events(orgId)).toEqual([
      { topic: 'invitation.fixed', data: { ...refs(job, inv.id), fix: 'extended', by: 'platform', expiresAt } },
      { topic: 'invitation.fixed', data: { ...refs(job, inv.id), fix: 'reset', by: 'platform', expiresAt } },
      {
        topic: 'invitation.fixed',
        data: { ...refs(job, inv.id), fix: 'reissued', by: 'platform', expiresAt: reissued.body.expiresAt, newInvitationId: reissued.body.id },
      },
    ]);
  });

  it('ticket.created and conversation.escalated, then ticket.updated and ticket.replied, and a recruiter’s fix', async () => {
    const { orgId, auth, job, inv } = await setUp();
    const ticket = await request(t.app).post('/api/v1/escalations').send({ token: inv.token, description: 'The camera does not start' });
    expect(ticket.status).toBe(201);
    const reply = await request(t.app).post(`/api/v1/tickets/${ticket.body.ticketId}/actions`).set(auth).send({ type: 'reply', message: 'Try Chrome' });
    expect(reply.status).toBe(200);
    const extend = await request(t.app).post(`/api/v1/tickets/${ticket.body.ticketId}/actions`).set(auth).send({ type: 'extend', hours: 24 });
    expect(extend.status).toBe(200);

    const ticketRef = { ...refs(job, inv.id), ticketId: ticket.body.ticketId, reference: ticket.body.reference };
    const all = await events(orgId);
    // Events of one transaction share a timestamp: compare without their order.
    expect(all.map((e) => e.topic).sort()).toEqual(['invitation.fixed', 'ticket.created', 'ticket.replied', 'ticket.updated', 'ticket.updated']);
    const of = (topic: string) => all.filter((e) => e.topic === topic).map((e) => e.data);
    expect(of('ticket.created')).toEqual([{ ...ticketRef, scenario: expect.any(String) }]);
    expect(of('ticket.updated')).toEqual(
      expect.arrayContaining([
        { ...ticketRef, action: 'reply', status: 'in_progress' },
        { ...ticketRef, action: 'extend', status: 'in_progress' },
      ]),
    );
    expect(of('ticket.replied')).toEqual([{ ...ticketRef, by: 'recruiter', message: 'Try Chrome' }]);
    expect(of('invitation.fixed')).toEqual([expect.objectContaining({ ...refs(job, inv.id), fix: 'extended', by: 'recruiter' })]);
  });
});

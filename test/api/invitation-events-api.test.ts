import { createTestApp, request, type TestApp } from '../support/test-app';
import { createInvitation, orgWithJob, postEvent } from '../support/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const HOUR = 3_600_000;

describe('POST /api/v1/invitations/:id/events', () => {
  it('walks a link through sent, started, activity and completed', async () => {
    const { auth, job } = await orgWithJob(t);
    const inv = await createInvitation(t, auth, job.id);
    expect((await postEvent(t, auth, inv.id, { type: 'sent', channel: 'whatsapp' })).status).toBe(200);
    const started = await postEvent(t, auth, inv.id, { type: 'started', at: '2026-11-20T11:00:00Z' });
    expect(started.body).toMatchObject({ status: 'in_progress', startedAt: '2026-11-20T11:00:00.000Z' });
    expect((await postEvent(t, auth, inv.id, { type: 'activity' })).status).toBe(200);
    const done = await postEvent(t, auth, inv.id, { type: 'completed', reason: 'time_limit' });
    expect(done.body).toMatchObject({ status: 'completed', completedReason: 'time_limit' });
  });

  it('defaults a completion without reason to submitted', async () => {
    const { auth, job } = await orgWithJob(t);
    const inv = await createInvitation(t, auth, job.id);
    const done = await postEvent(t, auth, inv.id, { type: 'completed' });
    expect(done.body.completedReason).toBe('submitted');
  });

  it('409s on impossible transitions: started after completed, activity before start, double completion', async () => {
    const { auth, job } = await orgWithJob(t);
    const inv = await createInvitation(t, auth, job.id);
    expect((await postEvent(t, auth, inv.id, { type: 'activity' })).status).toBe(409);
    await postEvent(t, auth, inv.id, { type: 'completed', reason: 'submitted' });
    const restarted = await postEvent(t, auth, inv.id, { type: 'started' });
    expect(restarted.status).toBe(409);
    expect(restarted.body.error.code).toBe('invalid_transition');
    expect((await postEvent(t, auth, inv.id, { type: 'completed', reason: 'submitted' })).status).toBe(409);
  });

  it('409s on any event for a superseded invitation', async () => {
    const { auth, job } = await orgWithJob(t);
    const inv = await createInvitation(t, auth, job.id);
    await request(t.app).post(`/api/v1/invitations/${inv.id}/reissue`).set(auth).expect(201);
    const res = await postEvent(t, auth, inv.id, { type: 'started' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('invitation_superseded');
  });

  it('strict policy: extend and reset are refused with 409, nothing changes', async () => {
    const { auth, job } = await orgWithJob(t, 'strict');
    const inv = await createInvitation(t, auth, job.id);
    const extend = await postEvent(t, auth, inv.id, { type: 'extended', expiresAt: '2026-12-24T00:00:00Z' });
    expect(extend.status).toBe(409);
    expect(extend.body.error.code).toBe('policy_forbids');
    expect((await postEvent(t, auth, inv.id, { type: 'reset' })).status).toBe(409);
    const after = await request(t.app).get(`/api/v1/invitations/${inv.id}`).set(auth);
    expect(after.body.expiresAt).toBe(inv.expiresAt);
    expect(after.body.events.map((e: { type: string }) => e.type)).toEqual(['created']);
  });

  it('flexible policy: extend revives an expired link, reset reopens a completed one', async () => {
    const { auth, job } = await orgWithJob(t, 'flexible');
    const inv = await createInvitation(t, auth, job.id, { validForHours: 1 });
    t.clock.advance(2 * HOUR);
    try {
      const expired = await request(t.app).get(`/api/v1/invitations/${inv.id}`).set(auth);
      expect(expired.body.status).toBe('expired');
      const newDeadline = new Date(t.clock.now().getTime() + 24 * HOUR).toISOString();
      const extended = await postEvent(t, auth, inv.id, { type: 'extended', expiresAt: newDeadline });
      expect(extended.body).toMatchObject({ status: 'active', expiresAt: newDeadline });
      await postEvent(t, auth, inv.id, { type: 'completed', reason: 'submitted' });
      const reset = await postEvent(t, auth, inv.id, { type: 'reset' });
      expect(reset.body).toMatchObject({ status: 'active', completedAt: null, accessCount: 0 });
    } finally {
      t.clock.advance(-2 * HOUR);
    }
  });

  it('400s naming the field: unknown type, bad date, extended without or with a past expiresAt, bad reason', async () => {
    const { auth, job } = await orgWithJob(t, 'flexible');
    const inv = await createInvitation(t, auth, job.id);
    const unknown = await postEvent(t, auth, inv.id, { type: 'exploded' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0].field).toBe('type');
    const badDate = await postEvent(t, auth, inv.id, { type: 'sent', at: 'yesterday' });
    expect(badDate.body.error.details[0].field).toBe('at');
    const noDeadline = await postEvent(t, auth, inv.id, { type: 'extended' });
    expect(noDeadline.status).toBe(400);
    expect(noDeadline.body.error.details[0].field).toBe('expiresAt');
    const past = await postEvent(t, auth, inv.id, { type: 'extended', expiresAt: '2020-01-01T00:00:00Z' });
    expect(past.body.error.details[0].field).toBe('expiresAt');
    const reason = await postEvent(t, auth, inv.id, { type: 'completed', reason: 'bored' });
    expect(reason.status).toBe(400);
    expect(reason.body.error.details[0].field).toBe('reason');
  });

  it("404s for another org's invitation and 401s without a key", async () => {
    const a = await orgWithJob(t);
    const b = await t.createOrg();
    const inv = await createInvitation(t, a.auth, a.job.id);
    expect((await postEvent(t, b.auth, inv.id, { type: 'revoked' })).status).toBe(404);
    expect((await request(t.app).post(`/api/v1/invitations/${inv.id}/events`).send({ type: 'revoked' })).status).toBe(401);
    const still = await request(t.app).get(`/api/v1/invitations/${inv.id}`).set(a.auth);
    expect(still.body.status).toBe('active');
  });
});

import { createTestApp, PUBLIC_URL, request, type TestApp } from '../support/test-app';
import { createInvitation, orgWithJob } from '../support/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const HOUR = 3_600_000;

describe('POST /api/v1/invitations', () => {
  it("creates a link with the contract's defaults: 72 h, 100 opens, url under PUBLIC_URL", async () => {
    const { auth, job } = await orgWithJob(t);
    const inv = await createInvitation(t, auth, job.id);
    expect(inv.url).toBe(`${PUBLIC_URL}/i/${inv.token}`);
    expect(inv.status).toBe('active');
    expect(inv.accessLimit).toBe(100);
    expect(inv.accessCount).toBe(0);
    expect(new Date(inv.expiresAt).getTime() - t.clock.now().getTime()).toBe(72 * HOUR);
  });

  it('makes tokens of at least 128 random bits, base64url, all different', async () => {
    const { auth, job } = await orgWithJob(t);
    const tokens = await Promise.all([1, 2, 3, 4, 5].map(() => createInvitation(t, auth, job.id)));
    for (const { token } of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    }
    expect(new Set(tokens.map((i) => i.token)).size).toBe(5);
  });

  it('stores only a hash and an encrypted copy of the token', async () => {
    const { auth, job } = await orgWithJob(t);
    const inv = await createInvitation(t, auth, job.id);
    const rows = await t.db.query('SELECT * FROM invitations WHERE id = $1', [inv.id]);
    expect(JSON.stringify(rows)).not.toContain(inv.token);
    const keys = await t.db.query('SELECT * FROM api_keys');
    expect(JSON.stringify(keys)).not.toMatch(/ldk_[A-Za-z0-9_-]{20,}/);
  });

  it('honours validForHours, a past expiresAt (sync) and accessLimit', async () => {
    const { auth, job } = await orgWithJob(t);
    const short = await createInvitation(t, auth, job.id, { validForHours: 24, accessLimit: 3, kind: 'video_interview' });
    expect(new Date(short.expiresAt).getTime() - t.clock.now().getTime()).toBe(24 * HOUR);
    expect(short.accessLimit).toBe(3);
    const past = await createInvitation(t, auth, job.id, { expiresAt: '2026-11-01T09:00:00+01:00' });
    expect(past.expiresAt).toBe('2026-11-01T08:00:00.000Z');
    expect(past.status).toBe('expired');
  });

  it('400s naming fields: missing candidate email, bad kind, bad URL, negative limit', async () => {
    const { auth, job } = await orgWithJob(t);
    const res = await request(t.app)
      .post('/api/v1/invitations')
      .set(auth)
      .send({ jobId: job.id, candidate: { name: 'X' }, kind: 'quiz', targetUrl: 'javascript:alert(1)', accessLimit: -1 });
    expect(res.status).toBe(400);
    const fields = res.body.error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['candidate.email', 'kind', 'targetUrl', 'accessLimit']));
  });

  it("404s for another org's job", async () => {
    const a = await orgWithJob(t);
    const b = await t.createOrg();
    const res = await request(t.app)
      .post('/api/v1/invitations')
      .set(b.auth)
      .send({ jobId: a.job.id, candidate: { name: 'X', email: 'x@example.com' }, targetUrl: 'https://p.example.com' });
    expect(res.status).toBe(404);
  });
});

describe('GET /api/v1/invitations/:id', () => {
  it('returns the timeline and the diagnosis', async () => {
    const { auth, job } = await orgWithJob(t);
    const inv = await createInvitation(t, auth, job.id);
    await request(t.app).post(`/api/v1/invitations/${inv.id}/events`).set(auth).send({ type: 'sent', channel: 'email' });
    const res = await request(t.app).get(`/api/v1/invitations/${inv.id}`).set(auth);
    expect(res.status).toBe(200);
    expect(res.body.url).toBe(inv.url);
    expect(res.body.events.map((e: { type: string }) => e.type)).toEqual(['created', 'sent']);
    expect(res.body.events[1].data).toEqual({ channel: 'email', by: 'platform' });
    expect(res.body.diagnosis).toEqual({ scenario: 'link-valid' });
  });

  it('404s for another org exactly as for an unknown id', async () => {
    const a = await orgWithJob(t);
    const b = await t.createOrg();
    const inv = await createInvitation(t, a.auth, a.job.id);
    const cross = await request(t.app).get(`/api/v1/invitations/${inv.id}`).set(b.auth);
    const missing = await request(t.app).get('/api/v1/invitations/nope').set(b.auth);
    expect(cross.status).toBe(404);
    expect(cross.body).toEqual(missing.body);
  });
});

describe('POST /api/v1/invitations/:id/reissue', () => {
  it('creates a new link and supersedes the old one', async () => {
    const { auth, job } = await orgWithJob(t);
    const old = await createInvitation(t, auth, job.id, { kind: 'ai_interview', accessLimit: 7 });
    const res = await request(t.app).post(`/api/v1/invitations/${old.id}/reissue`).set(auth);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'ai_interview', accessLimit: 7, status: 'active', candidate: { email: 'jane.candidate@example.com' } });
    expect(res.body.token).not.toBe(old.token);
    const before = await request(t.app).get(`/api/v1/invitations/${old.id}`).set(auth);
    expect(before.body).toMatchObject({ status: 'superseded', supersededBy: res.body.id, diagnosis: { scenario: 'link-superseded' } });
  });

  it('409s when the job is not open, and when reissuing a superseded link', async () => {
    const { auth, job } = await orgWithJob(t);
    const inv = await createInvitation(t, auth, job.id);
    await request(t.app).post(`/api/v1/invitations/${inv.id}/reissue`).set(auth).expect(201);
    const again = await request(t.app).post(`/api/v1/invitations/${inv.id}/reissue`).set(auth);
    expect(again.status).toBe(409);
    const other = await createInvitation(t, auth, job.id);
    await request(t.app).patch(`/api/v1/jobs/${job.id}`).set(auth).send({ status: 'closed' });
    const closed = await request(t.app).post(`/api/v1/invitations/${other.id}/reissue`).set(auth);
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('job_not_open');
  });

  it("404s for another org's invitation", async () => {
    const a = await orgWithJob(t);
    const b = await t.createOrg();
    const inv = await createInvitation(t, a.auth, a.job.id);
    expect((await request(t.app).post(`/api/v1/invitations/${inv.id}/reissue`).set(b.auth)).status).toBe(404);
  });
});

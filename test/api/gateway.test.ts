import { createTestApp, request, type TestApp } from '../support/test-app';
import { createInvitation, orgWithJob, postEvent } from '../support/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /i/:token', () => {
  it('redirects a usable link to its target and records the open', async () => {
    const { auth, job } = await orgWithJob(t);
    const inv = await createInvitation(t, auth, job.id);
    const res = await request(t.app).get(`/i/${inv.token}`);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('https://platform.example.com/assess/123');
    const after = await request(t.app).get(`/api/v1/invitations/${inv.id}`).set(auth);
    expect(after.body.accessCount).toBe(1);
    expect(after.body.events.map((e: { type: string }) => e.type)).toContain('opened');
  });

  it('with access limit N, opens 1..N redirect and N+1 and later do not', async () => {
    const { auth, job } = await orgWithJob(t);
    const inv = await createInvitation(t, auth, job.id, { accessLimit: 3 });
    for (let i = 1; i <= 3; i += 1) expect((await request(t.app).get(`/i/${inv.token}`)).status).toBe(302);
    for (let i = 4; i <= 5; i += 1) {
      const blocked = await request(t.app).get(`/i/${inv.token}`);
      expect(blocked.status).toBe(410);
      expect(blocked.text).toContain('access-limit-exceeded');
    }
    const after = await request(t.app).get(`/api/v1/invitations/${inv.id}`).set(auth);
    expect(after.body.diagnosis.scenario).toBe('access-limit-exceeded');
  });

  it('lets exactly 10 of 50 concurrent opens through a link with limit 10', async () => {
    const { auth, job } = await orgWithJob(t);
    const inv = await createInvitation(t, auth, job.id, { accessLimit: 10 });
    const results = await Promise.all(Array.from({ length: 50 }, () => t.services.openLink(inv.token)));
    expect(results.filter((r) => r.kind === 'redirect')).toHaveLength(10);
    const opened = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM invitation_events WHERE invitation_id = $1 AND type = 'opened'`, [inv.id]);
    expect(opened[0].n).toBe(10);
  });

  it('shows a 404 page for an unknown token, readable without JavaScript, carrying the widget', async () => {
    const res = await request(t.app).get('/i/AAAAAAAAAAAAAAAAAAAAAAAA');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('link-not-found');
    expect(res.text).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    expect(res.text).toContain('/widget.js');
    expect(res.text).toContain('data-open');
  });

  it('shows 410 pages for expired, revoked, completed and closed-job links', async () => {
    const { auth, job } = await orgWithJob(t);
    const expired = await createInvitation(t, auth, job.id, { expiresAt: '2026-11-19T12:00:00Z' });
    const revoked = await createInvitation(t, auth, job.id);
    await postEvent(t, auth, revoked.id, { type: 'revoked', reason: 'duplicate' });
    const completed = await createInvitation(t, auth, job.id);
    await postEvent(t, auth, completed.id, { type: 'completed', reason: 'submitted' });
    const cases: [string, string][] = [
      [expired.token, 'link-expired'],
      [revoked.token, 'link-revoked'],
      [completed.token, 'already-completed'],
    ];
    for (const [token, scenario] of cases) {
      const res = await request(t.app).get(`/i/${token}`);
      expect(res.status).toBe(410);
      expect(res.text).toContain(scenario);
      expect(res.text).toContain(`data-token="${token}"`);
    }
  });

  it('escapes hostile job titles in the page', async () => {
    const org = await t.createOrg();
    const job = await request(t.app)
      .post('/api/v1/jobs')
      .set(org.auth)
      .send({ title: '<script>alert(1)</script>', status: 'closed', recruiter: { name: '<b>R</b>', email: 'r@example.com' } });
    const inv = await createInvitation(t, org.auth, job.body.id);
    const res = await request(t.app).get(`/i/${inv.token}`);
    expect(res.status).toBe(410);
    expect(res.text).not.toContain('<script>alert(1)</script>');
    expect(res.text).toContain('&lt;script&gt;');
  });
});

import { createTestApp, request, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const recruiter = { name: 'Riley Morgan', email: 'riley@example.com' };

describe('POST /api/v1/jobs', () => {
  it("creates a job in the key's org, open by default", async () => {
    const { auth } = await t.createOrg();
    const res = await request(t.app).post('/api/v1/jobs').set(auth).send({ title: 'Backend Engineer', recruiter, externalId: 'ats-1' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ title: 'Backend Engineer', status: 'open', recruiter, externalId: 'ats-1' });
    expect(typeof res.body.id).toBe('string');
  });

  it('401s without an API key and with a wrong one, in the error shape', async () => {
    const missing = await request(t.app).post('/api/v1/jobs').send({ title: 'x', recruiter });
    expect(missing.status).toBe(401);
    expect(missing.body.error.code).toBe('unauthorized');
    const wrong = await request(t.app).post('/api/v1/jobs').set({ Authorization: 'Bearer ldk_nope' }).send({ title: 'x', recruiter });
    expect(wrong.status).toBe(401);
  });

  it('400s naming each offending field', async () => {
    const { auth } = await t.createOrg();
    const res = await request(t.app)
      .post('/api/v1/jobs')
      .set(auth)
      .send({ title: 42, status: 'archived', recruiter: { name: 'R' } });
    expect(res.status).toBe(400);
    const fields = res.body.error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'status', 'recruiter.email']));
  });

  it('400s on malformed JSON without leaking a stack trace', async () => {
    const { auth } = await t.createOrg();
    const res = await request(t.app).post('/api/v1/jobs').set(auth).set('Content-Type', 'application/json').send('{"title": "x",');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'malformed_json', details: [{ field: 'body' }] });
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js/);
  });

  it('413s on a body over the size limit', async () => {
    const { auth } = await t.createOrg();
    const res = await request(t.app)
      .post('/api/v1/jobs')
      .set(auth)
      .send({ title: 'x'.repeat(100_000), recruiter });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });
});

describe('PATCH /api/v1/jobs/:id', () => {
  it('changes the status', async () => {
    const { auth } = await t.createOrg();
    const job = await request(t.app).post('/api/v1/jobs').set(auth).send({ title: 'Analyst', recruiter });
    const res = await request(t.app).patch(`/api/v1/jobs/${job.body.id}`).set(auth).send({ status: 'paused' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('paused');
  });

  it("400s on an unknown status and 404s for another org's job exactly as for a missing one", async () => {
    const a = await t.createOrg();
    const b = await t.createOrg();
    const job = await request(t.app).post('/api/v1/jobs').set(a.auth).send({ title: 'Analyst', recruiter });
    const bad = await request(t.app).patch(`/api/v1/jobs/${job.body.id}`).set(a.auth).send({ status: 'gone' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe('status');
    const crossOrg = await request(t.app).patch(`/api/v1/jobs/${job.body.id}`).set(b.auth).send({ status: 'closed' });
    const missing = await request(t.app).patch('/api/v1/jobs/does-not-exist').set(b.auth).send({ status: 'closed' });
    expect(crossOrg.status).toBe(404);
    expect(crossOrg.body).toEqual(missing.body);
    const unchanged = await request(t.app).get(`/api/v1/jobs/${job.body.id}`).set(a.auth);
    expect(unchanged.body.status).toBe('open');
  });
});

describe('operations', () => {
  it('GET /healthz answers ok once the store answers', async () => {
    const res = await request(t.app).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
    // The widget's self-check times it from other sites (CORS, not an opaque no-cors fetch).
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
  });

  it('unknown routes are 404s in the error shape with a request id', async () => {
    const res = await request(t.app).get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it("sends helmet's security headers", async () => {
    const res = await request(t.app).get('/healthz');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('gives JSON under /api/ the strictest CSP, without a nonce or an ETag', async () => {
    const res = await request(t.app).post('/api/v1/diagnose').send({ message: 'my link expired' });
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers.etag).toBeUndefined();
  });

  it('gives API answers the headers an API needs, and pages the ones documents need', async () => {
    const api = await request(t.app).post('/api/v1/diagnose').send({ message: 'my link expired' });
    expect(api.headers['cache-control']).toBe('no-store');
    expect(api.headers['strict-transport-security']).toContain('max-age=');
    expect(api.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(api.headers['cross-origin-resource-policy']).toBe('same-origin');
    for (const documentOnly of ['cross-origin-opener-policy', 'referrer-policy', 'x-xss-protection', 'x-dns-prefetch-control']) {
      expect(api.headers[documentOnly]).toBeUndefined();
    }
    const page = await request(t.app).get('/login');
    expect(page.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['strict-transport-security']).toContain('max-age=');
  });
});

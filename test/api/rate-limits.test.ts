import { createTestApp, request, type TestApp } from '../support/test-app';
import { createInvitation, orgWithJob } from '../support/fixtures';

const unknown = (i: number) => `/i/unknownTokenNumber${String(i).padStart(6, '0')}`;

describe('unknown-token throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ rateLimit: true });
  });
  afterAll(() => t.close());

  it('429s with Retry-After after too many unknown tokens, and ignores X-Forwarded-For without TRUST_PROXY', async () => {
    const { auth, job } = await orgWithJob(t);
    const real = await createInvitation(t, auth, job.id);
    // Real opens do not count against the client.
    for (let i = 0; i < 25; i += 1) expect((await request(t.app).get(`/i/${real.token}`)).status).toBe(302);
    for (let i = 0; i < 20; i += 1) {
      const res = await request(t.app).get(unknown(i)).set('X-Forwarded-For', `203.0.113.${i}`);
      expect(res.status).toBe(404);
    }
    const limited = await request(t.app).get(unknown(99)).set('X-Forwarded-For', '198.51.100.7');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // A person behind that address gets a readable page with the widget, not JSON.
    expect(limited.headers['content-type']).toMatch(/text\/html/);
    expect(limited.text).toContain('Too many unknown links');
    expect(limited.text).toContain('/widget.js');
    const diagnose = await request(t.app).post('/api/v1/diagnose').send({ token: 'whatever-unknown-token-x' });
    expect(diagnose.status).toBe(429);
    expect(diagnose.body.error.code).toBe('rate_limited');
  });

  it('never refuses a valid link, on the gateway or the API, from a throttled address', async () => {
    const { auth, job } = await orgWithJob(t);
    const real = await createInvitation(t, auth, job.id, { accessLimit: 1 });
    expect((await request(t.app).get(unknown(100))).status).toBe(429);
    expect((await request(t.app).get(`/i/${real.token}`)).status).toBe(302);
    // Spent, but still a link that exists: its page, not a refusal.
    expect((await request(t.app).get(`/i/${real.token}`)).status).toBe(410);
    const diagnosed = await request(t.app).post('/api/v1/diagnose').send({ token: real.token });
    expect(diagnosed.status).toBe(200);
    expect(diagnosed.body.scenario).toBe('access-limit-exceeded');
  });
});

describe('with TRUST_PROXY', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ rateLimit: true, trustProxy: 1 });
  });
  afterAll(() => t.close());

  it('keys clients by X-Forwarded-For', async () => {
    for (let i = 0; i < 20; i += 1) await request(t.app).get(unknown(i)).set('X-Forwarded-For', '203.0.113.1');
    expect((await request(t.app).get(unknown(50)).set('X-Forwarded-For', '203.0.113.1')).status).toBe(429);
    expect((await request(t.app).get(unknown(51)).set('X-Forwarded-For', '203.0.113.2')).status).toBe(404);
  });

  it('counts unknown tokens on POST /api/v1/diagnose too', async () => {
    for (let i = 0; i < 20; i += 1) {
      const res = await request(t.app)
        .post('/api/v1/diagnose')
        .set('X-Forwarded-For', '192.0.2.9')
        .send({ token: `nope-${i}-aaaaaaaaaaaaaaaa` });
      expect(res.status).toBe(200);
      expect(res.body.scenario).toBe('link-not-found');
    }
    const res = await request(t.app).post('/api/v1/diagnose').set('X-Forwarded-For', '192.0.2.9').send({ token: 'nope-x-aaaaaaaaaaaaaaaa' });
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBeDefined();
  });
});

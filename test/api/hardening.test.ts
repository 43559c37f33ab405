import express from 'express';
import { createHealthRouter } from '../../server/http/health-routes';
import { securityHeaders } from '../../server/http/security-headers';
import { createInvitation, orgWithJob } from '../support/fixtures';
import { createTestApp, request, type TestApp } from '../support/test-app';

// The "held but fragile" findings of the attack review, one test each.

let t: TestApp;
let strict: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  strict = await createTestApp({ allowPrivateWebhooks: false });
});
afterAll(async () => {
  await t.close();
  await strict.close();
});

describe('invitation targets follow the webhook rule', () => {
  it.each([
    'http://127.0.0.1/admin',
    'http://localhost:8080/',
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.5/',
    'http://[::1]/',
    'http://192.168.1.1/',
    'http://metadata.internal/',
    'http://intranet/',
  ])('%s is refused with 400 on targetUrl', async (targetUrl) => {
    const { auth, job } = await orgWithJob(strict);
    const res = await request(strict.app)
      .post('/api/v1/invitations')
      .set(auth)
      .send({ jobId: job.id, candidate: { name: 'A', email: 'a@example.com' }, targetUrl });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual(['targetUrl']);
  });

  it('a public target is accepted', async () => {
    const { auth, job } = await orgWithJob(strict);
    expect((await createInvitation(strict, auth, job.id)).url).toMatch(/^https:\/\/links\.test\/i\//);
  });
});

describe('dates', () => {
  it('refuses occurredAt in year 9999 or in the future, and expiresAt in year 9999, naming the field', async () => {
    const { auth, job } = await orgWithJob(t);
    const inv = await createInvitation(t, auth, job.id);
    for (const occurredAt of ['9999-12-31T23:59:59Z', new Date(Date.now() + 3 * 86_400_000).toISOString(), '0001-01-01T00:00:00Z']) {
      const res = await request(t.app).post('/api/v1/escalations').send({ token: inv.token, description: 'x', occurredAt });
      expect(res.status).toBe(400);
      expect(res.body.error.details[0].field).toBe('occurredAt');
    }
    const far = await request(t.app)
      .post('/api/v1/invitations')
      .set(auth)
      .send({
        jobId: job.id,
        candidate: { name: 'A', email: 'a@example.com' },
        targetUrl: 'https://platform.example.com/x',
        expiresAt: '9999-01-01T00:00:00Z',
      });
    expect(far.status).toBe(400);
    expect(far.body.error.details[0].field).toBe('expiresAt');
  });
});

describe('public diagnosis trace', () => {
  it('never shows the internal invitation id', async () => {
    const { auth, job } = await orgWithJob(t);
    const inv = await createInvitation(t, auth, job.id);
    const res = await request(t.app).post('/api/v1/diagnose').send({ token: inv.token });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toContain(inv.id);
  });
});

describe('headers', () => {
  const appWith = (publicUrl: string) =>
    express()
      .use(securityHeaders(publicUrl))
      .get(['/', '/api/x'], (_req, res) => res.send('ok'));

  it('sends HSTS and upgrade-insecure-requests only when the service is on https', async () => {
    for (const path of ['/', '/api/x']) {
      const plain = await request(appWith('http://localhost:3000')).get(path);
      expect(plain.headers['strict-transport-security']).toBeUndefined();
      expect(plain.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
      const secure = await request(appWith('https://links.example.com')).get(path);
      expect(secure.headers['strict-transport-security']).toMatch(/max-age=/);
    }
  });

  it('/healthz answers 503 with Retry-After when the store does not answer', async () => {
    const down = { query: () => Promise.reject(new Error('down')), exec: () => Promise.resolve() };
    const res = await request(express().use(createHealthRouter(down))).get('/healthz');
    expect(res.status).toBe(503);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });
});

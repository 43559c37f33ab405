import type { Express } from 'express';
import { createTestApp, PUBLIC_URL, request, type TestApp } from '../support/test-app';
import { createUser, CROSS_SITE, login, probeApp, SAME_ORIGIN } from './auth-fixtures';

let t: TestApp;
let app: Express;
let cookie: string;
beforeAll(async () => {
  t = await createTestApp();
  app = probeApp(t);
  const user = await createUser(t, 'agent');
  cookie = await login(t.app, user.email, user.password);
});
afterAll(() => t.close());

const write = () => request(app).post('/probe/write').set('Cookie', cookie).send({});

describe('Origin check on cookie-authenticated writes', () => {
  it('refuses a cross-site POST carrying the session cookie', async () => {
    const res = await write().set(CROSS_SITE);
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ error: { code: 'origin_mismatch', message: expect.any(String) } });
  });

  it('refuses a cookie POST with neither Origin nor Referer, or with Origin: null', async () => {
    expect((await write()).status).toBe(403);
    expect((await write().set('Origin', 'null')).status).toBe(403);
  });

  it('refuses a look-alike origin (other port, scheme or subdomain)', async () => {
    for (const origin of ['https://links.test:8443', 'http://links.test', 'https://evil.links.test', 'https://links.test.evil.example']) {
      expect((await write().set('Origin', origin)).status).toBe(403);
    }
  });

  it('lets a same-origin POST through', async () => {
    const res = await write().set(SAME_ORIGIN);
    expect(res.status).toBe(200);
    expect(res.body.actor).toMatchObject({ kind: 'user', role: 'agent' });
  });

  it('falls back to Referer when Origin is absent', async () => {
    expect((await write().set('Referer', `${PUBLIC_URL}/console?x=1`)).status).toBe(200);
    expect((await write().set('Referer', 'https://evil.example/page')).status).toBe(403);
  });

  it('does not check reads', async () => {
    const res = await request(app).get('/probe/support').set('Cookie', cookie).set(CROSS_SITE);
    expect(res.status).toBe(200);
  });

  it('exempts org API keys, with or without an Origin', async () => {
    const org = await t.createOrg();
    expect((await request(app).post('/probe/write').set(org.auth).send({})).status).toBe(200);
    const cross = await request(app).post('/probe/write').set(org.auth).set(CROSS_SITE).send({});
    expect(cross.status).toBe(200);
    expect(cross.body.actor).toEqual({ kind: 'api_key', role: 'org', orgId: org.orgId });
  });

  it('lets an anonymous cross-site POST reach the route, which then answers 401', async () => {
    const res = await request(app).post('/probe/write').set(CROSS_SITE).send({});
    expect(res.status).toBe(401);
  });
});

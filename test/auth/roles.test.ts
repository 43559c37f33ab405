import type { Express } from 'express';
import { createTestApp, request, type TestApp } from '../support/test-app';
import { createUser, login, probeApp } from './auth-fixtures';

let t: TestApp;
let app: Express;
beforeAll(async () => {
  t = await createTestApp();
  app = probeApp(t);
});
afterAll(() => t.close());

async function sessionFor(role: 'recruiter' | 'agent' | 'admin') {
  const user = await createUser(t, role);
  return { user, cookie: await login(t.app, user.email, user.password) };
}

describe('requireActor({ roles: [agent, admin] })', () => {
  it('answers 401 to an anonymous request', async () => {
    const res = await request(app).get('/probe/support');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
  });

  it('answers 403 to a recruiter', async () => {
    const { cookie } = await sessionFor('recruiter');
    const res = await request(app).get('/probe/support').set('Cookie', cookie);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
  });

  it('lets an agent and an admin in, scoped to every org', async () => {
    for (const role of ['agent', 'admin'] as const) {
      const { user, cookie } = await sessionFor(role);
      const res = await request(app).get('/probe/support').set('Cookie', cookie);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ actor: { kind: 'user', userId: user.id, email: user.email, role, orgId: null }, scope: null });
    }
  });

  it('answers 403 to an org API key unless the route lists the org role', async () => {
    const org = await t.createOrg();
    expect((await request(app).get('/probe/support').set(org.auth)).status).toBe(403);
    const allowed = await request(app).get('/probe/platform').set(org.auth);
    expect(allowed.status).toBe(200);
    expect(allowed.body.scope).toBe(org.orgId);
  });

  it('answers 401 to a wrong API key, even alongside a valid session', async () => {
    const { cookie } = await sessionFor('agent');
    const res = await request(app).get('/probe/support').set('Authorization', 'Bearer ldk_not-a-real-key').set('Cookie', cookie);
    expect(res.status).toBe(401);
  });
});

describe('orgScope', () => {
  it('limits a recruiter to its own org', async () => {
    const { user, cookie } = await sessionFor('recruiter');
    const res = await request(app).post('/probe/write').set('Cookie', cookie).set('Origin', 'https://links.test').send({});
    expect(res.status).toBe(200);
    expect(res.body.scope).toBe(user.orgId);
  });
});

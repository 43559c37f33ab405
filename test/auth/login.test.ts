import { createHash } from 'node:crypto';
import { createTestApp, request, type TestApp } from '../support/test-app';
import { createUser, CROSS_SITE, login, SAME_ORIGIN, sessionCookie } from './auth-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const cookieValue = (cookie: string) => cookie.slice('ld_session='.length);

describe('POST /api/v1/auth/login', () => {
  it('answers the user and sets an HttpOnly, SameSite, Secure session cookie that /me accepts', async () => {
    const user = await createUser(t, 'recruiter');
    const res = await request(t.app).post('/api/v1/auth/login').send({ email: user.email, password: user.password });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ user: { id: user.id, email: user.email, role: 'recruiter', orgId: user.orgId } });
    const setCookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('ld_session='))!;
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Lax/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).toMatch(/; Secure/); // PUBLIC_URL is https in tests
    expect(res.headers['cache-control']).toBe('no-store');

    const me = await request(t.app).get('/api/v1/auth/me').set('Cookie', sessionCookie(res)!);
    expect(me.status).toBe(200);
    expect(me.body.user).toEqual({ id: user.id, email: user.email, role: 'recruiter', orgId: user.orgId });
  });

  it('matches the email case-insensitively', async () => {
    const user = await createUser(t, 'agent');
    const res = await request(t.app)
      .post('/api/v1/auth/login')
      .send({ email: `  ${user.email.toUpperCase()} `, password: user.password });
    expect(res.status).toBe(200);
    expect(res.body.user.role).toBe('agent');
    expect(res.body.user.orgId).toBeNull();
  });

  it('answers a wrong password and an unknown email with the same 401 and no cookie', async () => {
    const user = await createUser(t, 'agent');
    const wrong = await request(t.app).post('/api/v1/auth/login').send({ email: user.email, password: 'nope' });
    const unknown = await request(t.app).post('/api/v1/auth/login').send({ email: 'nobody@example.com', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual({ error: { code: 'invalid_credentials', message: expect.any(String) } });
    expect(unknown.body).toEqual(wrong.body);
    expect(sessionCookie(wrong)).toBeUndefined();
    expect(sessionCookie(unknown)).toBeUndefined();
  });

  it('spends about as long on an unknown email as on a wrong password (a dummy hash is checked)', async () => {
    const user = await createUser(t, 'agent');
    const time = async (email: string) => {
      const started = process.hrtime.bigint();
      await request(t.app).post('/api/v1/auth/login').send({ email, password: 'wrong password' });
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[1];
    const known = median([await time(user.email), await time(user.email), await time(user.email)]);
    const unknown = median([await time('ghost@example.com'), await time('ghost@example.com'), await time('ghost@example.com')]);
    // Without the dummy hash an unknown email answers in ~1 ms against ~50 ms of scrypt.
    expect(unknown).toBeGreaterThan(known * 0.3);
  });

  it('names the missing field in a 400', async () => {
    const res = await request(t.app).post('/api/v1/auth/login').send({ email: 'a@example.com' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain('password');
  });

  it('refuses a login posted from another site (login CSRF) and accepts one from its own pages', async () => {
    const user = await createUser(t, 'agent');
    const cross = await request(t.app).post('/api/v1/auth/login').set(CROSS_SITE).send({ email: user.email, password: user.password });
    expect(cross.status).toBe(403);
    expect(cross.body.error.code).toBe('origin_mismatch');
    expect(sessionCookie(cross)).toBeUndefined();
    const same = await request(t.app).post('/api/v1/auth/login').set(SAME_ORIGIN).send({ email: user.email, password: user.password });
    expect(same.status).toBe(200);
  });

  it('stores only the hash of the cookie value, never the value', async () => {
    const user = await createUser(t, 'admin');
    const value = cookieValue(await login(t.app, user.email, user.password));
    const rows = await t.db.query<Record<string, unknown>>('SELECT * FROM sessions WHERE user_id = $1', [user.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].id).toBe(sha256(value));
    expect(JSON.stringify(rows)).not.toContain(value);
  });

  it('rotates the session: logging in again ends the session the browser had', async () => {
    const user = await createUser(t, 'agent');
    const first = await login(t.app, user.email, user.password);
    const second = await login(t.app, user.email, user.password, { Cookie: first });
    expect(second).not.toBe(first);
    expect((await request(t.app).get('/api/v1/auth/me').set('Cookie', first)).status).toBe(401);
    expect((await request(t.app).get('/api/v1/auth/me').set('Cookie', second)).status).toBe(200);
  });
});

describe('POST /api/v1/auth/logout and GET /api/v1/auth/me', () => {
  it('answers 401 to /me without a session, or with a forged one', async () => {
    expect((await request(t.app).get('/api/v1/auth/me')).status).toBe(401);
    const forged = await request(t.app).get('/api/v1/auth/me').set('Cookie', 'ld_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(forged.status).toBe(401);
    expect(forged.body.error.code).toBe('unauthorized');
  });

  it('deletes the session server-side: the replayed cookie is refused afterwards', async () => {
    const user = await createUser(t, 'recruiter');
    const cookie = await login(t.app, user.email, user.password);
    const out = await request(t.app).post('/api/v1/auth/logout').set('Cookie', cookie).set(SAME_ORIGIN);
    expect(out.status).toBe(204);
    const cleared = (out.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('ld_session='))!;
    expect(cleared).toMatch(/^ld_session=;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    const replay = await request(t.app).get('/api/v1/auth/me').set('Cookie', cookie);
    expect(replay.status).toBe(401);
    const rows = await t.db.query('SELECT 1 FROM sessions WHERE user_id = $1', [user.id]);
    expect(rows).toHaveLength(0);
  });

  it('refuses a cross-site logout and keeps the session', async () => {
    const user = await createUser(t, 'agent');
    const cookie = await login(t.app, user.email, user.password);
    const out = await request(t.app).post('/api/v1/auth/logout').set('Cookie', cookie).set(CROSS_SITE);
    expect(out.status).toBe(403);
    expect((await request(t.app).get('/api/v1/auth/me').set('Cookie', cookie)).status).toBe(200);
  });

  it('answers 204 to a logout without a session', async () => {
    expect((await request(t.app).post('/api/v1/auth/logout')).status).toBe(204);
  });

  it('does not accept an org API key on /me: it is not a person', async () => {
    const org = await t.createOrg();
    const res = await request(t.app).get('/api/v1/auth/me').set(org.auth);
    expect(res.status).toBe(403);
  });
});

import { createTestApp, request, type TestApp } from '../support/test-app';
import { createUser, login } from './auth-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const HOUR = 3_600_000;
const me = (cookie: string) => request(t.app).get('/api/v1/auth/me').set('Cookie', cookie);
const countSessions = async (userId: string) => (await t.db.query('SELECT 1 FROM sessions WHERE user_id = $1', [userId])).length;

describe('session expiry', () => {
  it('ends a session left idle for 12 hours and deletes its row', async () => {
    const user = await createUser(t, 'agent');
    const cookie = await login(t.app, user.email, user.password);
    t.clock.advance(12 * HOUR - 1000);
    expect((await me(cookie)).status).toBe(200);
    t.clock.advance(12 * HOUR + 1000);
    const res = await me(cookie);
    expect(res.status).toBe(401);
    // The browser is told to drop the dead cookie too.
    expect((res.headers['set-cookie'] as unknown as string[]).some((c) => c.startsWith('ld_session=;'))).toBe(true);
    expect(await countSessions(user.id)).toBe(0);
  });

  it('keeps a session in use alive, but never past 7 days after login', async () => {
    const user = await createUser(t, 'recruiter');
    const cookie = await login(t.app, user.email, user.password);
    for (let elapsed = 0; elapsed + 11 * HOUR < 7 * 24 * HOUR; elapsed += 11 * HOUR) {
      t.clock.advance(11 * HOUR);
      expect((await me(cookie)).status).toBe(200);
    }
    t.clock.advance(11 * HOUR);
    expect((await me(cookie)).status).toBe(401);
    expect(await countSessions(user.id)).toBe(0);
  });

  it('purges other users’ expired sessions when someone logs in', async () => {
    const idle = await createUser(t, 'agent');
    await login(t.app, idle.email, idle.password);
    t.clock.advance(13 * HOUR);
    expect(await countSessions(idle.id)).toBe(1);
    const other = await createUser(t, 'admin');
    await login(t.app, other.email, other.password);
    expect(await countSessions(idle.id)).toBe(0);
    expect(await countSessions(other.id)).toBe(1);
  });
});

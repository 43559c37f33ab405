import { createTestApp, request, type TestApp } from '../support/test-app';
import { createUser } from './auth-fixtures';

let t: TestApp;
let open: TestApp;
beforeAll(async () => {
  // trustProxy lets each test speak from its own address through X-Forwarded-For.
  t = await createTestApp({ rateLimit: true, trustProxy: 1 });
  open = await createTestApp({ rateLimit: false, trustProxy: 1 });
});
afterAll(async () => {
  await t.close();
  await open.close();
});

let ipSeq = 0;
const nextIp = () => `203.0.113.${++ipSeq}`;
const attempt = (app: TestApp, ip: string, email: string, password: string) =>
  request(app.app).post('/api/v1/auth/login').set('X-Forwarded-For', ip).send({ email, password });

describe('login throttling', () => {
  it('answers 429 with Retry-After after 10 failures for one account, even to the right password', async () => {
    const user = await createUser(t, 'agent');
    const ip = nextIp();
    for (let i = 0; i < 10; i += 1) expect((await attempt(t, ip, user.email, 'wrong')).status).toBe(401);
    const blocked = await attempt(t, ip, user.email, user.password);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('rate_limited');
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  });

  it('lets the account in again once the window has passed', async () => {
    const short = await createTestApp({ rateLimit: true, trustProxy: 1, budgets: { loginAccount: { points: 2, seconds: 15 } } });
    try {
      const user = await createUser(short, 'agent');
      const ip = nextIp();
      await Promise.all([0, 1].map(() => attempt(short, ip, user.email.toUpperCase(), 'wrong')));
      expect((await attempt(short, ip, user.email, user.password)).status).toBe(429);
      await new Promise((resolve) => setTimeout(resolve, 15_100));
      expect((await attempt(short, ip, user.email, user.password)).status).toBe(200);
    } finally {
      await short.close();
    }
  });

  it('does not lock the same account out for other addresses', async () => {
    const user = await createUser(t, 'recruiter');
    const ip = nextIp();
    for (let i = 0; i < 10; i += 1) await attempt(t, ip, user.email, 'wrong');
    expect((await attempt(t, ip, user.email, user.password)).status).toBe(429);
    expect((await attempt(t, nextIp(), user.email, user.password)).status).toBe(200);
  });

  it('resets the account counter on a successful login', async () => {
    const user = await createUser(t, 'admin');
    const ip = nextIp();
    for (let i = 0; i < 9; i += 1) await attempt(t, ip, user.email, 'wrong');
    expect((await attempt(t, ip, user.email, user.password)).status).toBe(200);
    for (let i = 0; i < 9; i += 1) expect((await attempt(t, ip, user.email, 'wrong')).status).toBe(401);
    expect((await attempt(t, ip, user.email, user.password)).status).toBe(200);
  });

  it('blocks an address spraying passwords over many accounts', async () => {
    const user = await createUser(t, 'agent');
    const ip = nextIp();
    const sprays = Array.from({ length: 50 }, (_, i) => attempt(t, ip, `spray-${i}@example.com`, 'Summer2026!'));
    const statuses = (await Promise.all(sprays)).map((r) => r.status);
    expect(statuses.every((s) => s === 401)).toBe(true);
    const blocked = await attempt(t, ip, user.email, user.password);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('counts parallel guesses before checking them, so a burst cannot overshoot the limit', async () => {
    const user = await createUser(t, 'agent');
    const ip = nextIp();
    const burst = await Promise.all(Array.from({ length: 15 }, () => attempt(t, ip, user.email, 'wrong')));
    const statuses = burst.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
  });

  it('is off with RATE_LIMIT=off', async () => {
    const user = await createUser(open, 'agent');
    const ip = nextIp();
    for (let i = 0; i < 12; i += 1) expect((await attempt(open, ip, user.email, 'wrong')).status).toBe(401);
    expect((await attempt(open, ip, user.email, user.password)).status).toBe(200);
  });
});

import { createTestApp, request, type TestApp } from '../support/test-app';
import { createInvitation, orgWithJob } from '../support/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ rateLimit: true });
});
afterAll(() => t.close());

const accessCount = async (auth: { Authorization: string }, id: string): Promise<number> =>
  (await request(t.app).get(`/api/v1/invitations/${id}`).set(auth)).body.accessCount;

describe('GET /i/:token from machines', () => {
  it('never counts nor redirects HEAD, prefetches, previews or mail scanners; the person still gets in', async () => {
    const { auth, job } = await orgWithJob(t);
    const inv = await createInvitation(t, auth, job.id, { accessLimit: 1 });
    const machines = [
      request(t.app).head(`/i/${inv.token}`),
      request(t.app).get(`/i/${inv.token}`).set('Sec-Purpose', 'prefetch'),
      request(t.app).get(`/i/${inv.token}`).set('Sec-Purpose', 'prefetch;prerender'),
      request(t.app).get(`/i/${inv.token}`).set('Purpose', 'prefetch'),
      request(t.app).get(`/i/${inv.token}`).set('X-Purpose', 'preview'),
      request(t.app).get(`/i/${inv.token}`).set('User-Agent', 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)'),
      request(t.app).get(`/i/${inv.token}`).set('User-Agent', 'Mimecast URL Protect'),
      request(t.app).get(`/i/${inv.token}`).set('User-Agent', 'Mozilla/5.0 (compatible; Proofpoint URL Defense)'),
      request(t.app).get(`/i/${inv.token}`).set('User-Agent', 'Microsoft Office Existence Discovery'),
    ];
    for (const machine of machines) {
      const res = await machine;
      expect(res.status).toBe(200);
      expect(res.headers.location).toBeUndefined();
      expect(res.headers['x-robots-tag']).toMatch(/noindex/);
      expect(res.headers['cache-control']).toBe('no-store');
    }
    expect(await accessCount(auth, inv.id)).toBe(0);
    const person = await request(t.app).get(`/i/${inv.token}`).set('User-Agent', 'Mozilla/5.0 (Windows NT 10.0) Chrome/131.0 Safari/537.36');
    expect(person.status).toBe(302);
    expect(person.headers.location).toBe('https://platform.example.com/assess/123');
    expect(await accessCount(auth, inv.id)).toBe(1);
    expect((await request(t.app).get(`/i/${inv.token}`)).status).toBe(410);
  });

  it('tells a machine nothing about the link, unknown or not, and does not count it as a guess', async () => {
    const { auth, job } = await orgWithJob(t);
    const inv = await createInvitation(t, auth, job.id);
    const known = await request(t.app).get(`/i/${inv.token}`).set('User-Agent', 'TelegramBot (like TwitterBot)');
    const unknown = await request(t.app).get('/i/AAAAAAAAAAAAAAAAAAAAAAAA').set('User-Agent', 'TelegramBot (like TwitterBot)');
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    const withoutNonce = (html: string) => html.replace(/nonce="[^"]*"/g, '');
    expect(withoutNonce(known.text)).toBe(withoutNonce(unknown.text));
    expect(known.text).not.toContain('Backend Engineer');
    for (let i = 0; i < 30; i += 1) {
      expect((await request(t.app).head(`/i/unknownTokenNumber${String(i).padStart(6, '0')}`)).status).toBe(200);
    }
    expect((await request(t.app).get('/i/BBBBBBBBBBBBBBBBBBBBBBBB')).status).toBe(404);
  });

  it('keeps the contract for ordinary clients: opens 1..N redirect, N+1 does not', async () => {
    const { auth, job } = await orgWithJob(t);
    const inv = await createInvitation(t, auth, job.id, { accessLimit: 2 });
    for (const agent of ['curl/8.5.0', 'node']) expect((await request(t.app).get(`/i/${inv.token}`).set('User-Agent', agent)).status).toBe(302);
    expect((await request(t.app).get(`/i/${inv.token}`)).status).toBe(410);
  });
});

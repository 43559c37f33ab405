import { Writable } from 'node:stream';
import pino from 'pino';
import { createApp } from '../../server/app';
import { screenshotPng } from '../escalation/escalation-helpers';
import { createInvitation, orgWithJob } from '../support/fixtures';
import { createTestApp, request, type TestApp } from '../support/test-app';

// Every malformed input is a 400 naming the field: nothing stored, nothing logged at
// error level. NUL characters (PostgreSQL refuses them in text and jsonb) and
// undecodable percent-escapes used to reach the store or the router as 500s.

let t: TestApp;
let app: ReturnType<typeof createApp>;
const logged: { level: number; msg: string }[] = [];
beforeAll(async () => {
  t = await createTestApp();
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logged.push(JSON.parse(line) as { level: number; msg: string });
      done();
    },
  });
  app = createApp(t.services, { logger: pino({ level: 'debug' }, sink), rateLimit: false, limits: t.limits });
});
afterAll(() => t.close());
afterEach(() => {
  expect(logged.filter((entry) => entry.level >= 50)).toEqual([]);
});

const fieldsOf = (res: request.Response): string[] => (res.body.error?.details ?? []).map((d: { field: string }) => d.field);

describe('NUL characters', () => {
  it('in a JSON string, at any depth, a 400 naming the field, nothing stored', async () => {
    const org = await t.createOrg();
    const job = await request(app)
      .post('/api/v1/jobs')
      .set(org.auth)
      .send({ title: 'Eng\u0000ineer', recruiter: { name: 'R', email: 'r@example.com' } });
    expect(job.status).toBe(400);
    expect(fieldsOf(job)).toEqual(['title']);
    const nested = await request(app)
      .post('/api/v1/jobs')
      .set(org.auth)
      .send({ title: 'Engineer', recruiter: { name: 'R\u0000', email: 'r@example.com' } });
    expect(fieldsOf(nested)).toEqual(['recruiter.name']);
    const [{ n }] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM jobs WHERE org_id = $1', [org.orgId]);
    expect(n).toBe(0);
    const diagnose = await request(app).post('/api/v1/diagnose').send({ message: 'my link \u0000 is broken' });
    expect(diagnose.status).toBe(400);
    expect(fieldsOf(diagnose)).toEqual(['message']);
    const key = await request(app)
      .post('/api/v1/diagnose')
      .send({ ['mess\u0000age']: 'x' });
    expect(key.status).toBe(400);
  });

  it('in a multipart field, a 400 naming the field, no ticket', async () => {
    const { auth, job } = await orgWithJob(t);
    const inv = await createInvitation(t, auth, job.id);
    const res = await request(app)
      .post('/api/v1/escalations')
      .field('token', inv.token)
      .field('description', 'it broke \u0000 here')
      .attach('screenshots', await screenshotPng(), 'a.png');
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toEqual(['description']);
    const [{ n }] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tickets');
    expect(n).toBe(0);
  });

  it('in the query string or the path, a 400', async () => {
    const search = await request(app).get('/api/v1/kb/search?q=link%00expired');
    expect(search.status).toBe(400);
    expect(fieldsOf(search)).toEqual(['q']);
    const org = await t.createOrg();
    const path = await request(app).get('/api/v1/invitations/abc%00def').set(org.auth);
    expect(path.status).toBe(400);
    expect(fieldsOf(path)).toEqual(['path']);
  });
});

describe('lone UTF-16 surrogates (jsonb refuses them)', () => {
  it('in a ticket note stored as jsonb, a 400 naming the field, the ticket unchanged', async () => {
    const { auth, job } = await orgWithJob(t);
    const inv = await createInvitation(t, auth, job.id);
    const ticket = await request(app).post('/api/v1/escalations').send({ token: inv.token, description: 'help' });
    const res = await request(app)
      .post(`/api/v1/tickets/${ticket.body.ticketId}/actions`)
      .set(auth)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ type: 'resolve', note: 'done \ud800' }));
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toEqual(['note']);
    expect(res.body.error.details[0].message).toMatch(/surrogate/);
    const after = await request(app).get(`/api/v1/tickets/${ticket.body.ticketId}`).set(auth);
    expect(after.body.status).toBe('open');
  });

  it('a well-formed pair (an emoji) is accepted', async () => {
    const res = await request(app).post('/api/v1/diagnose').send({ message: 'my link is dead 😭' });
    expect(res.status).toBe(200);
  });

  it('a surrogate encoded as UTF-8 bytes in the query string is never a 5xx', async () => {
    const res = await request(app).get('/api/v1/kb/search?q=a%ED%A0%80');
    expect(res.status).toBeLessThan(500);
  });
});

describe('malformed percent-encoding', () => {
  it.each(['/i/%ff%fe', '/i/%E0%A4%A', '/i/%', '/api/v1/kb/articles/%c0%af', '/api/v1/invitations/%zz'])(
    '%s is a 400 naming the path, without a stack trace',
    async (path) => {
      const org = await t.createOrg();
      const res = await request(app).get(path).set(org.auth);
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual(['path']);
      expect(res.text).not.toMatch(/at .*\.(ts|js):\d+/);
    },
  );
});

describe('screenshot index', () => {
  let ticket: { id: string; auth: { Authorization: string } };
  beforeAll(async () => {
    const { auth, job } = await orgWithJob(t);
    const inv = await createInvitation(t, auth, job.id);
    const res = await request(app)
      .post('/api/v1/escalations')
      .field('token', inv.token)
      .field('description', 'broken')
      .attach('screenshots', await screenshotPng(), 'a.png');
    ticket = { id: res.body.ticketId, auth };
  });

  it('1 is the first screenshot', async () => {
    expect((await request(app).get(`/api/v1/tickets/${ticket.id}/screenshots/1`).set(ticket.auth)).status).toBe(200);
    expect((await request(app).get(`/api/v1/tickets/${ticket.id}/screenshots/2`).set(ticket.auth)).status).toBe(404);
  });

  it.each(['1.5', ' 1', '1 ', '1e0', '-1', '0x1', '99999999999999999999', 'one'])('%j is a 400 naming n', async (n) => {
    const res = await request(app)
      .get(`/api/v1/tickets/${ticket.id}/screenshots/${encodeURIComponent(n)}`)
      .set(ticket.auth);
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toEqual(['n']);
  });
});

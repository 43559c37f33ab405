import fc from 'fast-check';
import { Agent, type Server } from 'node:http';
import { createUser, login, SAME_ORIGIN } from '../auth/auth-fixtures';
import { createInvitation, orgWithJob } from '../support/fixtures';
import { createTestApp, request, type TestApp } from '../support/test-app';
import { fuzz, FUZZ_OPTIONS, nastyJson, nastyString, pathSegment, shaped } from './fuzz-arbitraries';

// Property: whatever arrives at a public route, the answer is never a 5xx, and the
// server still answers afterwards. Bounded in time per route (FUZZ_OPTIONS).

jest.setTimeout(60_000);

let t: TestApp;
let server: Server;
// Thousands of requests in a minute: one listening server and kept-alive connections,
// or each request would leave two loopback ports in TIME_WAIT and, beside another
// test run, exhaust the machine's ephemeral ports (EADDRNOTAVAIL).
const keepAlive = new Agent({ keepAlive: true, maxSockets: 4 });
const call = {
  get: (path: string) => request(server).get(path).agent(keepAlive),
  post: (path: string) => request(server).post(path).agent(keepAlive),
};
let auth: { Authorization: string };
let agent: Record<string, string>;
let ids: { job: string; invitation: string; ticket: string; token: string };
beforeAll(async () => {
  t = await createTestApp();
  server = t.app.listen(0, '127.0.0.1');
  const org = await orgWithJob(t, 'flexible');
  auth = org.auth;
  const inv = await createInvitation(t, auth, org.job.id);
  const ticket = await request(t.app).post('/api/v1/escalations').send({ token: inv.token, description: 'help' });
  const user = await createUser(t, 'agent');
  agent = { Cookie: await login(t.app, user.email, user.password), ...SAME_ORIGIN };
  ids = { job: org.job.id, invitation: inv.id, ticket: ticket.body.ticketId, token: inv.token };
});
afterAll(async () => {
  keepAlive.destroy();
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

async function check(res: request.Response): Promise<void> {
  if (res.status >= 500) throw new Error(`${res.status} ${res.text.slice(0, 300)}`);
}

const post =
  (path: string, headers: Record<string, string> = {}) =>
  async (body: unknown) =>
    check(
      await call
        .post(path)
        .set(headers)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(body) ?? 'null'),
    );

describe('JSON bodies', () => {
  const routes: [string, () => string, () => Record<string, string>, () => fc.Arbitrary<unknown>][] = [
    [
      'POST /api/v1/diagnose',
      () => '/api/v1/diagnose',
      () => ({}),
      () =>
        shaped({
          token: fc.constant('tok'),
          link: nastyString,
          message: nastyString,
          locale: fc.constantFrom('en', 'es', 'xx'),
          timeZone: nastyString,
          audience: fc.constant('candidate'),
        }),
    ],
    ['POST /api/v1/auth/login', () => '/api/v1/auth/login', () => SAME_ORIGIN, () => shaped({ email: nastyString, password: nastyString })],
    [
      'POST /api/v1/escalations',
      () => '/api/v1/escalations',
      () => ({}),
      () =>
        shaped({
          token: fc.constant(ids.token),
          description: nastyString,
          contactEmail: nastyString,
          occurredAt: nastyString,
          timeZone: nastyString,
          conversationId: nastyString,
          resumeSecret: nastyString,
        }),
    ],
    [
      'POST /api/v1/jobs',
      () => '/api/v1/jobs',
      () => auth,
      () =>
        shaped({
          title: nastyString,
          status: fc.constantFrom('open', 'paused'),
          recruiter: shaped({ name: nastyString, email: fc.constant('r@example.com') }),
        }),
    ],
    [
      'POST /api/v1/invitations',
      () => '/api/v1/invitations',
      () => auth,
      () =>
        shaped({
          jobId: fc.constant(ids.job),
          candidate: shaped({ name: nastyString, email: fc.constant('c@example.com') }),
          kind: nastyString,
          targetUrl: fc.constantFrom('https://x.example.com/a', 'http://[::1]/'),
          validForHours: nastyJson,
          expiresAt: nastyString,
          accessLimit: nastyJson,
        }),
    ],
    [
      'POST /api/v1/invitations/:id/events',
      () => `/api/v1/invitations/${ids.invitation}/events`,
      () => auth,
      () =>
        shaped({
          type: fc.constantFrom('sent', 'extended', 'completed', 'revoked', 'reset'),
          at: nastyString,
          reason: nastyString,
          expiresAt: nastyString,
          channel: nastyString,
        }),
    ],
    ['POST /api/v1/webhooks', () => '/api/v1/webhooks', () => auth, () => shaped({ url: nastyString, topics: fc.array(nastyString) })],
    [
      'POST /api/v1/tickets/:id/actions',
      () => `/api/v1/tickets/${ids.ticket}/actions`,
      () => auth,
      () =>
        shaped({
          type: fc.constantFrom('extend', 'reply', 'resolve', 'reset'),
          hours: nastyJson,
          expiresAt: nastyString,
          message: nastyString,
          note: nastyString,
        }),
    ],
    ['POST /api/v1/insights/labels', () => '/api/v1/insights/labels', () => agent, () => nastyJson],
  ];
  it.each(routes)('%s: never a 5xx', async (_name, path, headers, body) => {
    await fuzz(
      fc.asyncProperty(body(), (value) => post(path(), headers())(value)),
      FUZZ_OPTIONS,
    );
  });

  it('raw bytes declared as JSON or as multipart: never a 5xx', async () => {
    const types = fc.constantFrom(
      'application/json',
      'application/json; charset=utf-16',
      'multipart/form-data; boundary=x',
      'text/plain',
      'application/x-www-form-urlencoded',
    );
    await fuzz(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2000 }),
        types,
        fc.constantFrom('/api/v1/diagnose', '/api/v1/escalations', '/api/v1/jobs'),
        async (bytes, type, path) => check(await call.post(path).set(auth).set('Content-Type', type).send(Buffer.from(bytes))),
      ),
      FUZZ_OPTIONS,
    );
  });
});

describe('multipart fields', () => {
  it('POST /api/v1/escalations with arbitrary fields: never a 5xx', async () => {
    const fields = fc.dictionary(
      fc.constantFrom('token', 'description', 'contactEmail', 'occurredAt', 'timeZone', 'conversationId', 'resumeSecret', 'other'),
      nastyString,
      { maxKeys: 6 },
    );
    await fuzz(
      fc.asyncProperty(fields, async (values) => {
        let req = call.post('/api/v1/escalations');
        for (const [name, value] of Object.entries(values)) req = req.field(name, value);
        await check(await req);
      }),
      FUZZ_OPTIONS,
    );
  });
});

describe('paths and query strings', () => {
  const gets: [string, (segment: string, query: string) => string, () => Record<string, string>][] = [
    ['GET /i/:token', (s) => `/i/${s}`, () => ({})],
    ['GET /api/v1/kb/search', (_s, q) => `/api/v1/kb/search?q=${q}&audience=${q}`, () => ({})],
    ['GET /api/v1/kb/articles/:id', (s, q) => `/api/v1/kb/articles/${s}?locale=${q}&timeZone=${q}`, () => ({})],
    ['GET /api/v1/invitations/:id', (s) => `/api/v1/invitations/${s}`, () => auth],
    ['GET /api/v1/jobs/:id', (s) => `/api/v1/jobs/${s}`, () => auth],
    ['GET /api/v1/tickets', (_s, q) => `/api/v1/tickets?status=${q}&limit=${q}&cursor=${q}`, () => auth],
    ['GET /api/v1/tickets/:id/screenshots/:n', (s) => `/api/v1/tickets/${ids.ticket}/screenshots/${s}`, () => auth],
    ['GET /api/v1/transcripts', (_s, q) => `/api/v1/transcripts?scenario=${q}&outcome=${q}&from=${q}&to=${q}&q=${q}`, () => agent],
    ['GET /api/v1/transcripts/:id', (s) => `/api/v1/transcripts/${s}`, () => agent],
    ['GET /api/v1/insights', (_s, q) => `/api/v1/insights?from=${q}&to=${q}`, () => agent],
    ['GET /', (_s, q) => `/?link=${q}`, () => ({})],
    ['GET /inbox/tickets/:id', (s) => `/inbox/tickets/${s}`, () => agent],
  ];
  it.each(gets)('%s: never a 5xx', async (_name, url, headers) => {
    await fuzz(
      fc.asyncProperty(pathSegment, pathSegment, async (segment, query) => check(await call.get(url(segment, query)).set(headers()))),
      FUZZ_OPTIONS,
    );
  });

  it('the server still answers afterwards', async () => {
    expect((await request(t.app).get('/healthz')).status).toBe(200);
    expect((await request(t.app).get(`/i/${ids.token}`)).status).toBe(302);
  });
});

import express, { type Express } from 'express';
import { createInboxRouter } from '../../server/inbox/inbox-routes';
import { createUser, login } from '../auth/auth-fixtures';
import { createJob } from '../support/fixtures';
import { createTestApp, request, type TestApp } from '../support/test-app';

describe('inbox pages', () => {
  let t: TestApp;
  let app: Express;

  beforeAll(async () => {
    t = await createTestApp();
    app = express();
    app.use((_req, res, next) => {
      res.locals.cspNonce = 'n0nce';
      next();
    });
    app.use(createInboxRouter(t.services));
    app.use(t.app); // login and the rest of the real app
  });
  afterAll(() => t.close());

  it('sends anonymous visitors to sign in and back', async () => {
    const list = await request(app).get('/inbox');
    expect(list.status).toBe(303);
    expect(list.headers.location).toBe('/login?next=%2Finbox');
    const detail = await request(app).get('/inbox/tickets/abc?tab=2');
    expect(detail.headers.location).toBe('/login?next=%2Finbox%2Ftickets%2Fabc%3Ftab%3D2');
  });

  it('is for people: an org API key is sent to sign in too', async () => {
    const org = await t.createOrg();
    const res = await request(app).get('/inbox').set(org.auth);
    expect(res.status).toBe(303);
  });

  it('renders the list shell for a recruiter with their own jobs, escaped, and no inline script', async () => {
    const org = await t.createOrg('flexible');
    await createJob(t, org.auth, { title: 'Data <script>alert(1)</script> Analyst' });
    const other = await t.createOrg();
    await createJob(t, other.auth, { title: 'Other org job' });
    const user = await createUser(t, 'recruiter', org.orgId);
    const cookie = await login(app, user.email, user.password);

    const res = await request(app).get('/inbox').set('Cookie', cookie);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toContain(user.email);
    expect(res.text).toContain('Data &lt;script&gt;alert(1)&lt;/script&gt; Analyst');
    expect(res.text).not.toContain('Other org job');
    expect(res.text).toContain('data-page="list"');
    const scripts = res.text.match(/<script[^>]*>/g) ?? [];
    expect(scripts).toEqual(['<script src="/assets/inbox.js" defer nonce="n0nce">']);
  });

  it('renders the detail shell with the ticket id, and 404s a malformed id', async () => {
    const user = await createUser(t, 'agent');
    const cookie = await login(app, user.email, user.password);
    const res = await request(app).get('/inbox/tickets/t_123').set('Cookie', cookie);
    expect(res.status).toBe(200);
    expect(res.text).toContain('data-page="detail" data-ticket-id="t_123"');
    expect(res.text).not.toContain('id="f-job"'); // agents see every org: no per-org job list
    expect((await request(app).get('/inbox/tickets/a%20b').set('Cookie', cookie)).status).toBe(404);
  });

  it('serves the inbox script built from server/inbox/client', async () => {
    const res = await request(app).get('/assets/inbox.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.text).toContain('/api/v1/tickets');
    expect(res.text).not.toMatch(/innerHTML|insertAdjacentHTML|outerHTML/);
  });
});

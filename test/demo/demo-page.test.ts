import { renderDemoPage } from '../../server/demo/demo-page';
import { seedDemo } from '../../server/demo/seed-demo';
import { STATE_SCENARIOS } from '../../server/diagnosis/scenario-ids';
import { login } from '../auth/auth-fixtures';
import { createTestApp, request, type TestApp } from '../support/test-app';

describe('renderDemoPage', () => {
  it('escapes every dynamic string, the chat link included', () => {
    const html = renderDemoPage({
      links: [{ org: '<b>Evil & Co</b>', scenario: '"><script>alert(1)</script>', url: 'https://x.test/i/a"onmouseover="x' }],
      chatLink: '"><img src=x onerror=alert(2)>',
      nonce: 'n"x',
    });
    expect(html).not.toMatch(/<script>alert|<img|<b>Evil|onmouseover="x|nonce="n"/);
    expect(html).toContain('&lt;b&gt;Evil &amp; Co&lt;/b&gt;');
    expect(html).toContain('data-link="&quot;&gt;&lt;img src=x onerror=alert(2)&gt;" data-open');
  });

  it('embeds the widget without a link, so it asks for one', () => {
    const html = renderDemoPage({ links: [] });
    expect(html).toContain('<script src="/widget.js" async></script>');
    expect(html).toMatch(/No demo data/);
  });
});

describe('GET /', () => {
  let t: TestApp;
  let seeded: Awaited<ReturnType<typeof seedDemo>>;
  let apiKeys: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    seeded = await seedDemo(t.services);
    apiKeys = seeded?.apiKeys ?? {};
  }, 60_000);
  afterAll(() => t.close());

  it('lists the demo links per scenario with the widget under the page nonce', async () => {
    const res = await request(t.app).get('/').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    for (const scenario of STATE_SCENARIOS) expect(res.text).toContain(`<td>${scenario}</td>`);
    expect(res.text).toContain('Acme Assessments (demo, strict)');
    expect(res.text).toContain('Brightside Interviews (demo, flexible)');
    const nonce = /'nonce-([^']+)'/.exec(res.headers['content-security-policy'])?.[1];
    expect(nonce).toBeDefined();
    expect(res.text).toContain(`<script src="/widget.js" async nonce="${nonce}"></script>`);
    expect(res.text).toMatch(/href="\/\?link=https%3A%2F%2Flinks\.test%2Fi%2F/);
  });

  it('links to the inbox and the console', async () => {
    const res = await request(t.app).get('/').expect(200);
    expect(res.text).toContain('<a href="/inbox">');
    expect(res.text).toContain('<a href="/console">');
  });

  it('creates a recruiter per demo org and a platform agent, whose logins work, and tickets and chats for them', async () => {
    expect(seeded?.logins.map((l) => [l.role, l.email, l.page])).toEqual([
      ['recruiter', 'recruiter.acme@example.com', '/inbox'],
      ['recruiter', 'recruiter.brightside@example.com', '/inbox'],
      ['agent', 'support@example.com', '/console'],
    ]);
    const [acme, , agent] = seeded?.logins ?? [];
    const [row] = await t.db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE email = $1', [acme.email]);
    expect(row.password_hash).not.toContain(acme.password);
    const recruiter = await login(t.app, acme.email, acme.password);
    const tickets = await request(t.app).get('/api/v1/tickets').set('Cookie', recruiter).expect(200);
    expect(tickets.body.tickets).toHaveLength(2);
    expect(JSON.stringify(tickets.body)).not.toContain('Brightside');
    const support = await login(t.app, agent.email, agent.password);
    const transcripts = await request(t.app).get('/api/v1/transcripts').set('Cookie', support).expect(200);
    expect(transcripts.body.transcripts).toHaveLength(8);
    expect(transcripts.body.transcripts.filter((c: { outcome: string }) => c.outcome === 'self_served')).toHaveLength(2);
  });

  it("lets the flexible demo org's bot extend once by 24 hours; the strict one never", async () => {
    const settings = Object.fromEntries((await t.services.orgs.listDemo()).map((o) => [o.policy, o.selfService]));
    expect(settings).toEqual({ flexible: { extendHours: 24, maxExtensions: 1 }, strict: { extendHours: 24, maxExtensions: 0 } });
  });

  it('opens the chat on the link it was given', async () => {
    const res = await request(t.app).get('/').query({ link: 'https://links.test/i/abc' }).expect(200);
    expect(res.text).toContain('data-link="https://links.test/i/abc" data-open');
  });

  it('says it is a demo, and lists only the seeded links, not ones made later with the demo keys', async () => {
    const before = await request(t.app).get('/').expect(200);
    expect(before.text).toContain('This is a demo.');
    const auth = { Authorization: `Bearer ${apiKeys['Acme Assessments (demo, strict)']}` };
    const job = await request(t.app)
      .post('/api/v1/jobs')
      .set(auth)
      .send({ title: 'Real Job', recruiter: { name: 'R', email: 'r@example.com' } });
    const later = await request(t.app)
      .post('/api/v1/invitations')
      .set(auth)
      .send({ jobId: job.body.id, candidate: { name: 'Real Person', email: 'real@example.com' }, targetUrl: 'https://platform.example.com/x' });
    expect(later.status).toBe(201);
    const after = await request(t.app).get('/').expect(200);
    expect(after.text).not.toContain(later.body.token);
    const links = (html: string) => (html.match(/<a href="https:\/\/links\.test\/i\//g) ?? []).length;
    expect(links(after.text)).toBe(links(before.text));
  });
});

import { renderDemoPage } from '../../server/demo/demo-page';
import { seedDemo } from '../../server/demo/seed-demo';
import { STATE_SCENARIOS } from '../../server/diagnosis/scenario-ids';
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
  let apiKeys: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    apiKeys = (await seedDemo(t.services))?.apiKeys ?? {};
  });
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

  it('opens the chat on the link it was given', async () => {
    const res = await request(t.app).get('/').query({ link: 'https://links.test/i/abc' }).expect(200);
    expect(res.text).toContain('data-link="https://links.test/i/abc" data-open');
  });

  it('says it is a demo, and lists only the seeded links, not ones made later with the demo keys', async () => {
    const before = await request(t.app).get('/').expect(200);
    expect(before.text).toContain('This is a demo.');
    const auth = { Authorization: `Bearer ${apiKeys['Acme Assessments (demo, strict)']}` };
    const job = await request(t.app).post('/api/v1/jobs').set(auth).send({ title: 'Real Job', recruiter: { name: 'R', email: 'r@example.com' } });
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

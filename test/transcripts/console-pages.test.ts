import { startChat, type ChatHarness } from '../chat/chat-harness';
import { createInvitation, createJob } from '../support/fixtures';
import { converse, getAs, signInStaff, type Staff } from './transcript-fixtures';

let h: ChatHarness;
let staff: Staff;
beforeAll(async () => {
  h = await startChat();
  staff = await signInStaff(h);
  const org = await h.t.createOrg('strict', '<script>alert(1)</script> Ltd');
  const job = await createJob(h.t, org.auth, { title: 'Engineer "QA" & <Test>' });
  const invitation = await createInvitation(h.t, org.auth, job.id);
  await converse(h, { at: '2026-11-10T09:00:00Z', auth: { token: invitation.token } });
});
afterAll(() => h.close());

const scripts = (html: string) => [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];

describe('GET /console', () => {
  it('sends someone not signed in to the login page and back', async () => {
    const res = await getAs(h, undefined, '/console?scenario=link-expired');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/login?next=${encodeURIComponent('/console?scenario=link-expired')}`);
    const detail = await getAs(h, undefined, '/console/transcripts/abc-123');
    expect(detail.headers.location).toBe(`/login?next=${encodeURIComponent('/console/transcripts/abc-123')}`);
  });

  it('refuses recruiters with a page, not JSON', async () => {
    const res = await getAs(h, staff.recruiter.cookie, '/console');
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('support agents and admins');
  });

  it('serves agents a shell with one external script under the CSP nonce, and the filters escaped', async () => {
    const res = await getAs(h, staff.agent.cookie, '/console');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const nonce = /'nonce-([^']+)'/.exec(res.headers['content-security-policy'])?.[1];
    expect(nonce).toBeTruthy();
    const tags = scripts(res.text);
    expect(tags).toHaveLength(1);
    expect(tags[0][0]).toContain('src="/assets/console.js"');
    expect(tags[0][0]).toContain(`nonce="${nonce}"`);
    expect(tags[0][1]).toBe('');
    expect(res.text).toContain('data-page="list"');
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Ltd');
    expect(res.text).toContain('Engineer &quot;QA&quot; &amp; &lt;Test&gt;');
    expect(res.text).not.toContain('<script>alert(1)');
    // Every control has a label.
    for (const [, id] of res.text.matchAll(/<(?:select|input)[^>]*\bid="([^"]+)"/g)) expect(res.text).toContain(`for="${id}"`);
    expect(res.text).toContain('<option value="link-expired">');
    expect(res.text).toContain('@media print');
    expect(res.text).toContain(staff.agent.email);
  });

  it('serves admins too, and a detail shell carrying the conversation id', async () => {
    expect((await getAs(h, staff.admin.cookie, '/console')).status).toBe(200);
    const res = await getAs(h, staff.agent.cookie, '/console/transcripts/0f0e-abc_1');
    expect(res.status).toBe(200);
    expect(res.text).toContain('data-page="detail"');
    expect(res.text).toContain('data-conversation-id="0f0e-abc_1"');
    expect(res.text).toMatch(/data-threshold="0\.\d+"/);
    expect((await getAs(h, staff.agent.cookie, '/console/transcripts/bad%20id%3Cx%3E')).status).toBe(404);
  });
});

describe('GET /assets/console.js', () => {
  it('is the bundled console script, free of eval and innerHTML', async () => {
    const res = await getAs(h, undefined, '/assets/console.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.text.length).toBeGreaterThan(2000);
    expect(res.text).toContain('/api/v1/transcripts');
    expect(res.text).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|\beval\(|new Function/);
  });
});

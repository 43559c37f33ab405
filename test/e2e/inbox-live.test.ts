// The recruiter's inbox in Chromium: a new request appears without a reload, marked
// unread; the recruiter extends the deadline to a date and time of their choosing
// (their own zone) after confirming, and the timeline says in words who did it.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { closeInboxStreams } from '../../server/inbox/inbox-stream';
import { axeViolations } from './axe';
import { ARTIFACTS, launchChromium, startStack, type Stack } from './e2e-stack';

const RECRUITER = { email: 'riley@brightside.test', password: 'correct horse battery staple' };
const shot = (p: Page, name: string, fullPage = false) => p.screenshot({ path: path.join(ARTIFACTS, `inbox-${name}.png`), fullPage });

describe('live inbox in Chromium', () => {
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    closeInboxStreams();
    await stack?.close();
  });

  it('shows a new request live, unread; extends to a chosen deadline after confirming', async () => {
    const { org, apiKey } = await stack.services.orgs.createWithKey({ name: 'Brightside', policy: 'flexible' });
    await stack.services.users.create({ ...RECRUITER, role: 'recruiter', orgId: org.id });
    const auth = { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' };
    const post = async (url: string, body: object) =>
      (await fetch(`${stack.publicUrl}${url}`, { method: 'POST', headers: auth, body: JSON.stringify(body) })).json();
    const job = await post('/api/v1/jobs', { title: 'Data Analyst', recruiter: { name: 'Riley Morgan', email: RECRUITER.email } });
    const invitation = await post('/api/v1/invitations', {
      jobId: job.id,
      candidate: { name: 'Jane Candidate', email: 'jane@example.com' },
      targetUrl: 'https://assess.example.com/t/1',
      expiresAt: new Date(Date.now() - 86_400_000).toISOString(),
    });

    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId: 'America/New_York' })).newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${stack.publicUrl}/login?next=%2Finbox`);
    await page.getByLabel('Email').fill(RECRUITER.email);
    await page.getByLabel('Password').fill(RECRUITER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${stack.publicUrl}/inbox`);
    await page.getByText('No requests match these filters.').waitFor();
    expect(await axeViolations(page)).toEqual([]); // the empty inbox

    // The candidate asks for help while the inbox is open.
    const form = new FormData();
    form.set('token', invitation.token);
    form.set('description', 'My link expired while I was travelling.');
    const filed = await (await fetch(`${stack.publicUrl}/api/v1/escalations`, { method: 'POST', body: form })).json();
    const card = page.locator('.ticket-card', { hasText: filed.reference });
    await card.waitFor({ timeout: 8000 });
    expect(await card.getAttribute('class')).toContain('unread');
    expect(await card.locator('.unread-dot').count()).toBe(1);
    expect(await page.textContent('#list-status')).toBe('1 request, 1 unread.');
    await page.getByLabel('Search').fill('travelling');
    await card.waitFor();
    await page.getByLabel('Search').fill('nothing like this');
    await page.getByText('No request matches this search.').waitFor();
    await page.getByLabel('Search').fill('');
    await shot(page, '1-live-unread');
    expect(await axeViolations(page)).toEqual([]); // a new, unread request

    await card.getByRole('link').click();
    await page.getByRole('heading', { name: `Request ${filed.reference} Open` }).waitFor();
    await page.getByRole('button', { name: /^Extend the deadline/ }).click();
    const confirm = page.locator('form.confirm');
    expect(await confirm.textContent()).toContain('This will: The same link works again until the new deadline');
    expect(await confirm.textContent()).toContain('America/New_York');
    await confirm.getByLabel(/New deadline, your time/).fill('2030-06-15T09:30');
    await shot(page, '2-extend-picker', true);
    expect(await axeViolations(page)).toEqual([]); // the ticket, its confirmation open
    await confirm.getByRole('button', { name: 'Confirm: extend' }).click();
    await page.locator('#detail-status').getByText('The deadline was extended').waitFor();

    // 09:30 in New York in June is 13:30 UTC.
    const res = await fetch(`${stack.publicUrl}/api/v1/invitations/${invitation.id}`, { headers: auth });
    expect((await res.json()).expiresAt).toBe('2030-06-15T13:30:00.000Z');
    const timeline = (await page.locator('.timeline').textContent()) ?? '';
    expect(timeline).toMatch(/Deadline extended to Jun 15, 2030, 09:30 AM EDT/);
    expect(timeline).toContain(`${RECRUITER.email} (recruiter)`);
    expect(timeline).not.toMatch(/ExpiresAt|\d{4}-\d{2}-\d{2}T/);
    const extend = page.locator('.fix', { hasText: 'Extend the deadline' });
    expect(await extend.getAttribute('data-state')).toBe('done');
    expect(await page.locator('.fix.recommended').count()).toBe(0);
    await shot(page, '3-after-extend', true);
    expect(await axeViolations(page)).toEqual([]); // the ticket after a fix

    await page.goto(`${stack.publicUrl}/inbox`);
    await card.waitFor();
    expect(await card.getAttribute('class')).not.toContain('unread');

    // Several requests, one action: here one selected, resolved after confirming.
    await card.getByLabel(`Select ${filed.reference}`).check();
    await page.getByRole('region', { name: 'Selected requests' }).getByRole('button', { name: 'Mark resolved' }).click();
    expect(await page.locator('.bulk .confirm').textContent()).toContain('This will, for 1 request: each request is closed');
    expect(await axeViolations(page)).toEqual([]); // a selection, its confirmation open
    await page.getByRole('button', { name: 'Confirm: mark resolved (1)' }).click();
    await page.locator('#list-status').getByText('Done for 1 of 1.').waitFor();
    await card.locator('.badge', { hasText: 'Resolved' }).waitFor();
    expect(problems).toEqual([]);
  }, 60_000);
});

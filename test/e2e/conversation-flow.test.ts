// The conversation in Chromium, on another origin: a candidate with an expired link on a
// flexible employer extends it by themselves (confirmed), then escalates and writes to
// the recruiter, whose reply arrives live; the bot stays out of the thread.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, launchChromium, startStack, type Stack } from './e2e-stack';

const shot = (p: Page, name: string) => p.screenshot({ path: path.join(ARTIFACTS, `conversation-${name}.png`) });
const widget = (p: Page, selector: string) => p.locator(`linkdoctor-chat ${selector}`);

async function expiredFlexibleLink(stack: Stack): Promise<{ token: string; id: string; orgId: string; auth: Record<string, string> }> {
  const { org, apiKey } = await stack.services.orgs.createWithKey({ name: 'Brightside', policy: 'flexible' });
  await stack.services.orgs.updateSelfService(org.id, { extendHours: 24, maxExtensions: 1 });
  const auth = { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' };
  const post = async (url: string, body: object) => {
    const res = await fetch(`${stack.publicUrl}${url}`, { method: 'POST', headers: auth, body: JSON.stringify(body) });
    if (res.status !== 201) throw new Error(`${url}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<{ id: string; token: string }>;
  };
  const job = await post('/api/v1/jobs', { title: 'Support Engineer', recruiter: { name: 'Sam Lee', email: 'sam@brightside.test' } });
  const inv = await post('/api/v1/invitations', {
    jobId: job.id,
    candidate: { name: 'Jane Candidate', email: 'jane@example.com' },
    targetUrl: 'https://assess.example.com/t/2',
    expiresAt: new Date(Date.now() - 3_600_000).toISOString(),
  });
  return { token: inv.token, id: inv.id, orgId: org.id, auth };
}

describe('the conversation in a browser', () => {
  let stack: Stack;
  let browser: Browser;
  beforeAll(async () => {
    stack = await startStack();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('a candidate asks for more time and extends the link by themselves, confirmed, with the new deadline', async () => {
    const link = await expiredFlexibleLink(stack);
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId: 'Europe/Paris' })).newPage();
    await page.goto(stack.hostPage(link.token));
    await widget(page, '.msg.bot').first().waitFor();
    const input = widget(page, 'textarea').first();
    await input.fill('can i get more time please?');
    await input.press('Enter');
    const extend = widget(page, '.quick button').getByText('Extend by 24 hours');
    await extend.waitFor();
    await shot(page, '1-offer');
    await extend.click();
    await widget(page, '.quick button').getByText('Yes, extend it').click();
    await widget(page, '.msg.bot')
      .getByText(/your deadline is now/i)
      .waitFor();
    await shot(page, '2-extended');
    const events = await stack.services.invitations.events(link.id);
    expect(events.filter((e: { type: string }) => e.type === 'extended')).toHaveLength(1);
    expect(await widget(page, '.quick a').getAttribute('href')).toBe(`${stack.publicUrl}/i/${link.token}`);
  });

  it('after escalating, the candidate writes to the recruiter; the bot is silent and the reply arrives live', async () => {
    const link = await expiredFlexibleLink(stack);
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, timezoneId: 'Europe/Paris' })).newPage();
    await page.goto(stack.hostPage(link.token));
    await widget(page, '.msg.bot').first().waitFor();
    // Escalate through the API as the widget's form does, with the conversation's own secret (kept in sessionStorage).
    const session = await page.evaluate(() => {
      for (const key of Object.keys(sessionStorage)) {
        const value = JSON.parse(sessionStorage.getItem(key) ?? 'null') as { conversationId?: string; resumeSecret?: string } | null;
        if (value?.conversationId && value.resumeSecret) return value;
      }
      return {};
    });
    expect(session.conversationId).toEqual(expect.any(String));
    const form = new FormData();
    form.set('conversationId', session.conversationId ?? '');
    form.set('resumeSecret', session.resumeSecret ?? '');
    form.set('description', 'My link expired while I was travelling');
    const res = await fetch(`${stack.publicUrl}/api/v1/escalations`, { method: 'POST', body: form });
    expect(res.status).toBe(201);
    const { ticketId } = (await res.json()) as { ticketId: string };
    await widget(page, '.msg.system')
      .getByText(/was sent to Sam Lee/)
      .waitFor();
    const bots = await widget(page, '.msg.bot').count();

    const input = widget(page, 'textarea').first();
    await input.fill('Thanks! Which link should I use now?');
    await input.press('Enter');
    await widget(page, '.msg.candidate').getByText('Which link should I use now?').waitFor();
    await page.waitForTimeout(500);
    expect(await widget(page, '.msg.bot').count()).toBe(bots);

    const ticket = (await stack.services.tickets.get(ticketId))!;
    await stack.services.ticketActions.perform(ticket, { type: 'reply', message: 'Use the same link: I extended it.' }, 'sam@brightside.test');
    await widget(page, '.msg').getByText('Use the same link: I extended it.').waitFor();
    await shot(page, '3-thread');
  });

  it('the gateway page redraws itself the moment a recruiter extends the link, with the way back in', async () => {
    const link = await expiredFlexibleLink(stack);
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId: 'Europe/Paris' })).newPage();
    await page.goto(`${stack.publicUrl}/i/${link.token}`);
    await widget(page, '.msg').first().waitFor();
    const before = await page.locator('main h1').textContent();
    const res = await fetch(`${stack.publicUrl}/api/v1/invitations/${link.id}/events`, {
      method: 'POST',
      headers: link.auth,
      body: JSON.stringify({ type: 'extended', expiresAt: new Date(Date.now() + 48 * 3_600_000).toISOString() }),
    });
    expect(res.status).toBeLessThan(300);
    await page.locator('main h1').getByText('Your link has changed').waitFor({ timeout: 10_000 });
    expect(before).not.toBe('Your link has changed');
    const open = page.locator('main a.button');
    expect(await open.getAttribute('href')).toBe(`${stack.publicUrl}/i/${link.token}`);
    expect(await page.title()).toBe('Your link has changed');
    await shot(page, '4-gateway-redrawn');
  });
});

// What a candidate gets from the widget, in real Chromium against the real service:
// the gateway page at desktop and phone size (first line at once, no repetition,
// beside the answer, modal on phones, keyboard only), another origin (WebSocket, the
// self-check agreeing with the chat), unread badge and title, the host page API,
// messages queued offline, the rating, and axe-core on each of those states.
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { ARTIFACTS, invitationThroughApi, launchChromium, startStack, widgetConversationId, type Stack } from './e2e-stack';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const w = (p: Page, selector: string) => p.locator(`linkdoctor-chat ${selector}`);
const shot = (p: Page, name: string) => p.screenshot({ path: path.join(ARTIFACTS, `experience-${name}.png`) });

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

const invitation = async (state: 'expired' | 'valid') => (await invitationThroughApi(stack, { state })).token;
const conversationId = widgetConversationId;

async function newPage(viewport: { width: number; height: number }, options: BrowserContextOptions = {}): Promise<Page> {
  // bypassCSP: only so that the test can inject axe-core; the page's own scripts obey it.
  const context = await browser.newContext({ viewport, bypassCSP: true, timezoneId: 'Europe/Paris', ...options });
  return context.newPage();
}

const toConversation = (id: string) => stack.chat.of('/chat').to(`conversation:${id}`);
const focusInWidget = (p: Page) => p.evaluate(() => document.activeElement === document.querySelector('linkdoctor-chat'));

describe('the gateway page', () => {
  it('at 1280×800: a short line that refers to the answer, beside it, never repeating it', async () => {
    const p = await newPage(DESKTOP, { locale: 'en-GB' });
    await p.goto(`${stack.publicUrl}/i/${await invitation('expired')}`);
    const heading = (await p.locator('h1').textContent()) ?? '';
    // Times in the reader's zone, laid out as their English (a British browser in Paris: "30 Nov 2026, 16:17 CET").
    expect(await p.locator('dl.facts time').textContent()).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} CET$/);
    const first = w(p, '.msg.bot').first();
    await first.waitFor();
    expect(await first.textContent()).toContain(`The answer to “${heading}” is on this page.`);
    expect(await w(p, '.quick button').count()).toBeGreaterThan(0);

    // The server's diagnosis arrives with the handshake and is taken by that line, not shown again.
    await conversationId(p);
    await p.waitForTimeout(300);
    expect(await w(p, '.msg.bot').count()).toBe(1);
    expect(await w(p, '.msg.bot').first().textContent()).not.toContain((await p.locator('.summary').textContent()) ?? '--');

    const card = (await p.locator('article.card').boundingBox())!;
    const panel = (await w(p, '.panel').boundingBox())!;
    expect(card.x + card.width).toBeLessThanOrEqual(panel.x);
    await shot(p, 'gateway-1280');
    expect(await axeViolations(p)).toEqual([]);

    await w(p, 'textarea#input').focus();
    await p.keyboard.press('Escape');
    await w(p, '.launcher').waitFor();
    expect(await axeViolations(p)).toEqual([]);
    await p.context().close();
  });

  it('at 390×844: starts closed over the answer; opened, a modal dialog that keeps the keyboard inside; Escape closes the innermost layer first', async () => {
    const p = await newPage(PHONE, { hasTouch: true, isMobile: true });
    await p.goto(`${stack.publicUrl}/i/${await invitation('expired')}`);
    await w(p, '.launcher').waitFor();
    expect(await w(p, '.panel').isVisible()).toBe(false);
    expect(await axeViolations(p)).toEqual([]);
    await shot(p, 'gateway-390-closed');
    await w(p, '.launcher').focus();
    await p.keyboard.press('Enter');
    await w(p, '.msg.bot').first().waitFor();
    expect(await w(p, '.panel').getAttribute('aria-modal')).toBe('true');
    expect(await p.locator('main').getAttribute('inert')).toBe('');
    for (let i = 0; i < 12; i++) {
      await p.keyboard.press('Tab');
      expect(await focusInWidget(p)).toBe(true);
    }
    await shot(p, 'gateway-390');
    expect(await axeViolations(p)).toEqual([]);

    await w(p, '.foot .contact').filter({ hasText: 'Contact the recruiter' }).click();
    await w(p, 'form.esc').waitFor();
    expect(await w(p, '.drop-only').isVisible()).toBe(false); // no "drop or paste" on a phone
    expect(await axeViolations(p)).toEqual([]);
    await shot(p, 'form-390');

    await p.keyboard.press('Escape');
    await w(p, 'form.esc').waitFor({ state: 'hidden' });
    expect(await w(p, '.panel').isVisible()).toBe(true);
    await p.keyboard.press('Escape');
    await w(p, '.panel').waitFor({ state: 'hidden' });
    expect(await p.locator('main').getAttribute('inert')).toBeNull();
    await p.context().close();
  });
});

describe('the widget on another origin', () => {
  it('gets its diagnosis over WebSocket, and the self-check agrees the server is reachable', async () => {
    const p = await newPage(DESKTOP);
    await p.goto(stack.hostPage(await invitation('valid')));
    await w(p, '.msg.bot').first().waitFor();
    const transports = [...stack.chat.of('/chat').sockets.values()].map((s) => s.conn.transport.name);
    expect(transports).toContain('websocket');
    expect(transports).not.toContain('polling');

    const setup = w(p, '.msg.system').filter({ hasText: 'Your setup:' });
    await setup.waitFor();
    const text = (await setup.textContent()) ?? '';
    expect(text).toMatch(/✓ Connection: (\d+ ms to our server|our server answers)/);
    expect(text).not.toContain('Could not reach');
    expect(await axeViolations(p)).toEqual([]);
    await p.context().close();
  });

  it('counts unread replies on the launcher and in the title, and tells the host page', async () => {
    const p = await newPage(DESKTOP);
    await p.goto(stack.hostPage(await invitation('expired')));
    await w(p, '.msg.bot').first().waitFor();
    const id = await conversationId(p);
    await p.evaluate(() => {
      const seen: unknown[] = ((window as unknown as { seen: unknown[] }).seen = []);
      const off = window.LinkDoctor!.on('unread', (detail) => seen.push(['unread', (detail as { count: number }).count]));
      (window as unknown as { off: () => void }).off = off;
      window.LinkDoctor!.on('close', () => seen.push(['close']));
      document.addEventListener('linkdoctor:message', (e) => seen.push(['message', (e as CustomEvent<{ role: string }>).detail.role]));
      window.LinkDoctor!.close();
    });
    await w(p, '.launcher').waitFor();
    const title = await p.title();

    toConversation(id).emit('message:new', {
      id: 'r1',
      role: 'recruiter',
      text: 'Hi Jane, a new link is on its way: riley@acme.test',
      at: new Date().toISOString(),
    });
    await w(p, '.badge').filter({ hasText: '1' }).waitFor();
    expect(await w(p, '.launcher').evaluate((el) => el.textContent)).toBe('Help with your link1, 1 unread');
    await p.getByRole('button', { name: /^Help with your link\s*, 1 unread$/ }).waitFor();
    expect(await p.title()).toBe(`(1) ${title}`);
    expect(await axeViolations(p)).toEqual([]);
    await shot(p, 'unread');

    await p.evaluate(() => window.LinkDoctor!.open());
    await w(p, '.badge').waitFor({ state: 'hidden' });
    expect(await p.title()).toBe(title);
    const recruiter = w(p, '.msg.recruiter');
    expect(await recruiter.locator('a[href="mailto:riley@acme.test"]').count()).toBe(1);
    await p.evaluate(() => (window as unknown as { off: () => void }).off());
    await p.evaluate(() => window.LinkDoctor!.close());
    toConversation(id).emit('message:new', { id: 'r2', role: 'recruiter', text: 'Did it arrive?', at: new Date().toISOString() });
    await w(p, '.badge').filter({ hasText: '1' }).waitFor();
    expect(await p.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([
      ['close'],
      ['message', 'recruiter'],
      ['unread', 1],
      ['unread', 0],
      ['close'],
      ['message', 'recruiter'],
    ]);
    await p.context().close();
  });

  it('keeps messages typed offline and sends them on return', async () => {
    const p = await newPage(DESKTOP);
    await p.goto(stack.hostPage(await invitation('expired')));
    await w(p, '.msg.bot').first().waitFor();
    await conversationId(p);
    await p.context().setOffline(true);
    await w(p, '.banner').filter({ hasText: 'You are offline' }).waitFor();
    await w(p, 'textarea#input').fill('Can I still start today?');
    await p.keyboard.press('Enter');
    const mine = w(p, '.msg.candidate').filter({ hasText: 'Can I still start today?' });
    await mine.locator('.meta').filter({ hasText: 'Waiting for the connection' }).waitFor();
    expect(await axeViolations(p)).toEqual([]);
    await p.context().setOffline(false);
    await mine.locator('.meta time').waitFor({ timeout: 15_000 });
    await w(p, '.banner').waitFor({ state: 'hidden' });
    expect(await w(p, '.msg.bot').count()).toBeGreaterThanOrEqual(2); // the bot answered it
    await p.context().close();
  });

  it('asks for a rating when the ticket is resolved and stores it with the conversation', async () => {
    const p = await newPage(DESKTOP);
    await p.goto(stack.hostPage(await invitation('expired')));
    await w(p, '.msg.bot').first().waitFor();
    const id = await conversationId(p);
    toConversation(id).emit('ticket:updated', { ticketId: 't1', status: 'resolved' });
    const card = w(p, 'form.rating');
    await card.waitFor();
    expect(await axeViolations(p)).toEqual([]);
    await w(p, 'input[aria-label="4 out of 5"]').check({ force: true });
    await w(p, '#rating-comment').fill('Quick help');
    await card.getByRole('button', { name: 'Send rating' }).click();
    await w(p, '.thanks').waitFor();
    const [row] = await stack.services.db.query<{ rating_score: number; rating_comment: string }>(
      'SELECT rating_score, rating_comment FROM conversations WHERE id = $1',
      [id],
    );
    expect(row).toEqual({ rating_score: 4, rating_comment: 'Quick help' });
    await p.context().close();
  });
});

describe('other pages', () => {
  it('the sign-in page has no axe violations', async () => {
    const p = await newPage(DESKTOP);
    await p.goto(`${stack.publicUrl}/login`);
    expect(await axeViolations(p)).toEqual([]);
    await p.context().close();
  });
});

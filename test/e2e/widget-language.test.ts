// The widget in the candidate's language, in real Chromium against the real service:
// a Spanish browser gets Spanish at once (the catalogue fetched as its own module),
// the header's menu switches to Hindi (fetched only then), remembered and sent with
// the handshake; the server's `locale` on a bot message is followed only while nobody
// chose; `lang`/`dir`, dates through Intl, and axe-core with `lang` set, at both sizes.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Socket } from 'socket.io';
import { axeViolations } from './axe';
import { ARTIFACTS, invitationThroughApi, launchChromium, startStack, widgetConversationId, type Stack } from './e2e-stack';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const w = (p: Page, selector: string) => p.locator(`linkdoctor-chat ${selector}`);
const shot = (p: Page, name: string) => p.screenshot({ path: path.join(ARTIFACTS, `language-${name}.png`) });

/** Every sentence of a language's catalogue file (all its exports merged, as the widget does). */
function words(locale: string): Record<string, string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return Object.assign({}, ...Object.values(require(`../../widget/messages/${locale}`) as object));
}

let stack: Stack;
let browser: Browser;
/** What each chat socket sent: its handshake's language and its conversation:language events. */
const seen: { auth: unknown[]; switched: unknown[] } = { auth: [], switched: [] };

beforeAll(async () => {
  stack = await startStack();
  browser = await launchChromium();
  stack.chat.of('/chat').on('connection', (socket: Socket) => {
    seen.auth.push((socket.handshake.auth as { language?: string }).language);
    // The server's own handler answers when it has one; this records the event (and
    // answers for a server without it, as the contract says it will).
    socket.on('conversation:language', (payload: { language: string }, ack: (res: object) => void) => {
      seen.switched.push(payload.language);
      if (socket.listeners('conversation:language').length === 1) ack({ ok: true, language: payload.language });
    });
  });
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const invitation = async () => (await invitationThroughApi(stack)).token;
const conversationId = widgetConversationId;

/** A Spanish browser (navigator.language and Accept-Language), recording which language modules it fetched. */
async function spanishPage(viewport: { width: number; height: number }): Promise<{ p: Page; fetched: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'es-ES', timezoneId: 'Europe/Madrid', bypassCSP: true });
  const p = await context.newPage();
  const fetched: string[] = [];
  p.on('request', (req) => {
    const match = /\/widget\/(es|pt|fr|hi)-\w+\.js$/.exec(req.url());
    if (match) fetched.push(match[1]);
  });
  return { p, fetched };
}

/** True as soon as `check` holds, false after 5 s. */
async function until(check: () => boolean): Promise<boolean> {
  for (const end = Date.now() + 5000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (check()) return true;
  return check();
}

const rootLang = (p: Page) => w(p, '.root').evaluate((el) => [el.getAttribute('lang'), el.getAttribute('dir')]);

describe("the widget in the candidate's language", () => {
  it('a Spanish browser gets Spanish; the menu switches to Hindi, fetched only then, remembered and sent to the server', async () => {
    const es = words('es');
    const hi = words('hi');
    const { p, fetched } = await spanishPage(DESKTOP);
    await p.goto(stack.hostPage(await invitation()));
    await w(p, '.title').filter({ hasText: es['widget.title'] }).waitFor();
    expect(await rootLang(p)).toEqual(['es', 'ltr']);
    expect(await w(p, '.send').textContent()).toBe(es['widget.send']);
    expect(await w(p, 'textarea#input').getAttribute('placeholder')).toBe(es['widget.input.placeholder']);
    expect(fetched).toEqual(['es']);
    // The browser's language is not a choice: the handshake leaves `language` to the server.
    await conversationId(p);
    expect(seen.auth.at(-1)).toBeUndefined();
    // The menu names each language in itself, and is labelled.
    const menu = p.getByRole('combobox', { name: es['widget.language'] ?? 'Language' });
    expect(await menu.locator('option').allTextContents()).toEqual(['English', 'Español', 'Português', 'Français', 'हिन्दी']);
    expect(await menu.inputValue()).toBe('es');
    expect(await axeViolations(p)).toEqual([]);
    await shot(p, 'es-1280');

    // Dates of older messages in Spanish, through Intl.
    const id = await conversationId(p);
    stack.chat.of('/chat').to(`conversation:${id}`).emit('message:new', { id: 'old', role: 'recruiter', text: 'Hola', at: '2025-01-15T10:00:00Z' });
    const time = w(p, '.msg.recruiter time');
    await time.waitFor();
    expect(await time.textContent()).toMatch(/ene/);

    // A bot message in French while nobody chose: the widget follows the server.
    stack.chat
      .of('/chat')
      .to(`conversation:${id}`)
      .emit('message:new', { id: 'fr1', role: 'bot', text: 'Bonjour', at: new Date().toISOString(), locale: 'fr' });
    await w(p, '.title')
      .filter({ hasText: words('fr')['widget.title'] })
      .waitFor();
    expect(await rootLang(p)).toEqual(['fr', 'ltr']);

    // The escalation form, opened in French and half filled in.
    const fr = words('fr');
    await w(p, 'button.contact').click();
    await w(p, 'form.esc h3').filter({ hasText: fr['widget.escalation.title'] }).waitFor();
    await w(p, '#esc-description').fill('Mon lien ne marche pas');

    // The menu's own label is now French.
    const frMenu = p.getByRole('combobox', { name: fr['widget.language'] ?? 'Language' });
    await frMenu.focus();
    await frMenu.selectOption('hi');
    await w(p, '.title').filter({ hasText: hi['widget.title'] }).waitFor();
    // The open form follows the switch; what was typed stays.
    await w(p, 'form.esc h3').filter({ hasText: hi['widget.escalation.title'] }).waitFor();
    expect(await w(p, 'label[for="esc-description"]').textContent()).toBe(hi['widget.escalation.description']);
    expect(await w(p, 'form.esc button.add').textContent()).toBe(hi['widget.screenshots.add']);
    expect(await w(p, '#esc-description').inputValue()).toBe('Mon lien ne marche pas');
    await w(p, 'form.esc button.secondary').click();
    expect(fetched).toEqual(['es', 'fr', 'hi']);
    expect(await rootLang(p)).toEqual(['hi', 'ltr']);
    expect(await time.textContent()).toMatch(/जन/); // the same date, now in Hindi
    expect(await until(() => seen.switched.at(-1) === 'hi')).toBe(true);
    expect(await p.evaluate(() => localStorage.getItem('linkdoctor-language'))).toBe('hi');
    expect(await axeViolations(p)).toEqual([]);
    await shot(p, 'hi-1280');

    // Chosen, the language no longer follows the server's.
    stack.chat.of('/chat').to(`conversation:${id}`).emit('message:new', { id: 'es1', role: 'bot', text: 'Hola', at: new Date().toISOString(), locale: 'es' });
    await w(p, '.msg.bot').filter({ hasText: 'Hola' }).waitFor();
    await p.waitForTimeout(300);
    expect(await rootLang(p)).toEqual(['hi', 'ltr']);

    // Remembered: a reload starts in Hindi and tells the server in the handshake.
    await p.reload();
    await w(p, '.title').filter({ hasText: hi['widget.title'] }).waitFor();
    expect(await until(() => seen.auth.at(-1) === 'hi')).toBe(true);
    await p.context().close();
  });

  it('at 390×844 the menu is in the header, reachable by keyboard, and axe finds nothing with lang set', async () => {
    const es = words('es');
    const { p } = await spanishPage(PHONE);
    await p.goto(stack.hostPage(await invitation()));
    await w(p, '.title').filter({ hasText: es['widget.title'] }).waitFor();
    const menu = w(p, 'select#language');
    const box = (await menu.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    // Keyboard only: Tab from the message box wraps round the modal panel to the menu.
    await w(p, 'textarea#input').focus();
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await p.keyboard.press('Tab');
      reached = await menu.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el);
    }
    expect(reached).toBe(true);
    expect(await axeViolations(p)).toEqual([]);
    await shot(p, 'es-390');
    await p.context().close();
  });

  it('a Hindi browser on the gateway page gets the opening line in Hindi, with lang="hi" on the widget', async () => {
    const hi = words('hi');
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'hi-IN', timezoneId: 'Asia/Kolkata', bypassCSP: true });
    const p = await context.newPage();
    await p.goto(`${stack.publicUrl}/i/${await invitation()}`);
    await w(p, '.title').filter({ hasText: hi['widget.title'] }).waitFor();
    const title = (await p.locator('h1').textContent()) ?? '';
    const intro = hi['widget.gateway.intro'].replace('{title}', title);
    await w(p, '.msg.bot').filter({ hasText: intro }).waitFor();
    expect(await rootLang(p)).toEqual(['hi', 'ltr']);
    // The page's deadline is in the reader's zone (India), the UTC text kept as its tooltip.
    const deadline = p.locator('dl.facts time[data-local]');
    expect(await deadline.getAttribute('title')).toMatch(/UTC/);
    expect(await deadline.textContent()).not.toMatch(/UTC/);
    expect(await deadline.textContent()).toMatch(/IST|GMT\+5:30/);
    // So is the moment the article's facts name (the expiry), in the same words as the deadline row.
    const named = p.locator('ul.found time[data-local]').first();
    expect(await named.getAttribute('title')).toMatch(/UTC/);
    expect(await named.textContent()).toMatch(/IST|GMT\+5:30/);
    // The "checking your link" hint is gone once the answer is there, in any language.
    expect(await w(p, '.empty').isVisible()).toBe(false);
    expect(await axeViolations(p)).toEqual([]);
    await shot(p, 'hi-gateway');
    await context.close();
  });

  it('a gateway link that names its language (?lang=fr) pins the widget to it, over the browser and over the server', async () => {
    const fr = words('fr');
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'es-ES', bypassCSP: true });
    const p = await context.newPage();
    await p.goto(`${stack.publicUrl}/i/${await invitation()}?lang=fr`);
    expect(await p.locator('script[data-locale]').getAttribute('data-locale')).toBe('fr');
    await w(p, '.title').filter({ hasText: fr['widget.title'] }).waitFor();
    const id = await conversationId(p);
    expect(seen.auth.at(-1)).toBe('fr'); // data-locale is an explicit choice: the handshake carries it
    stack.chat.of('/chat').to(`conversation:${id}`).emit('message:new', { id: 'es2', role: 'bot', text: 'Hola', at: new Date().toISOString(), locale: 'es' });
    await w(p, '.msg.bot').filter({ hasText: 'Hola' }).waitFor();
    await p.waitForTimeout(300);
    expect(await rootLang(p)).toEqual(['fr', 'ltr']);
    expect(await p.evaluate(() => localStorage.getItem('linkdoctor-language'))).toBeNull(); // the page's choice is not the candidate's
    await context.close();
  });
});

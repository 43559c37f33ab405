// The widget in real Chromium against a stub /chat namespace typed by the shared
// contract. Browser tests are kept out of the default run (jest ignores test/e2e/):
//   npx jest test/e2e/widget-browser.test.ts --testPathIgnorePatterns=/node_modules/
// Needs Chromium at /usr/bin/chromium or CHROMIUM_PATH.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { Server, type Socket } from 'socket.io';
import type { ChatAuth, ChatMessage, ClientToServerEvents, ServerToClientEvents } from '../../server/chat/chat-events';
import { buildWidgetFiles } from '../../widget/build-widget';

type ChatSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

const HOSTILE_CSS = `
* { color: red !important; font-size: 30px !important; pointer-events: none !important; }
div, section, button, textarea, p, span, form, label { display: none !important; }
body > * { display: none !important; opacity: 0 !important; }
linkdoctor-chat { display: none !important; visibility: hidden !important; transform: scale(0) !important; }`;

const DIAGNOSIS: ChatMessage = {
  id: 'm1',
  role: 'bot',
  scenario: 'link-valid',
  at: '2030-01-01T10:00:00Z',
  text: 'Your link works.\nThe problem is elsewhere.\n<img src=x onerror="window.pwned=1">',
  facts: { deadline: '2030-03-01T17:00:00Z' },
  quickReplies: [{ label: 'Camera does not work', text: 'my camera does not work' }],
};

function page(css: string, attrs: string): string {
  return `<!doctype html><meta name="viewport" content="width=device-width, initial-scale=1">
<style>${css}</style><h1>Host</h1><script src="/widget.js" async ${attrs}></script>`;
}

describe('<linkdoctor-chat> in Chromium', () => {
  let browser: Browser;
  let http: HttpServer;
  let io: Server<ClientToServerEvents, ServerToClientEvents>;
  let base: string;
  let deadBase: string;
  let deadHttp: HttpServer;
  const auths: ChatAuth[] = [];
  const sent: string[] = [];
  const diagnostics: unknown[] = [];
  let sockets: ChatSocket[] = [];
  let serve: (withChat: boolean) => HttpServer;

  function onConnection(socket: ChatSocket): void {
    const auth = socket.handshake.auth as ChatAuth;
    auths.push(auth);
    sockets.push(socket);
    const resumed = auth.conversationId === 'c1' && auth.resumeSecret === 's1';
    socket.emit('conversation:ready', { conversationId: 'c1', resumeSecret: 's1', messages: resumed ? [DIAGNOSIS] : [] });
    if (!resumed) setTimeout(() => socket.emit('message:new', DIAGNOSIS), 100);
    socket.on('message:send', (payload, ack) => {
      sent.push(payload.text);
      ack({ ok: true, id: `s-${payload.clientMessageId}` });
      const answer = { id: `a-${payload.clientMessageId}`, role: 'bot' as const, text: 'Allow the camera.', at: new Date().toISOString() };
      setTimeout(() => socket.emit('message:new', answer), 700);
    });
    socket.on('client:diagnostics', (payload, ack) => {
      diagnostics.push(payload);
      ack({ ok: true });
    });
  }

  beforeAll(async () => {
    const widget = await buildWidgetFiles();
    const handler = (serve = (withChat: boolean) =>
      createServer((req, res) => {
        const url = req.url ?? '/';
        if (url === '/widget.js') return res.setHeader('content-type', 'text/javascript').end(widget.loader);
        const module = widget.files.find((file) => url === `/widget/${file.name}`);
        if (module) return res.setHeader('content-type', 'text/javascript').end(module.text);
        if (url === '/healthz') return res.end('{"status":"ok"}');
        if (url.startsWith('/hostile')) return res.end(page(HOSTILE_CSS, 'data-token="t1" data-open'));
        if (url.startsWith('/closed')) return res.end(page('', 'data-token="t1"'));
        if (url.startsWith('/open')) return res.end(page('', 'data-token="t1" data-open'));
        if (!withChat) res.statusCode = 404;
        if (!withChat || !url.startsWith('/socket.io')) res.end();
      }));
    http = handler(true);
    io = new Server(http);
    io.of('/chat').on('connection', onConnection);
    deadHttp = handler(false);
    await Promise.all([http, deadHttp].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', r))));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    deadBase = `http://127.0.0.1:${(deadHttp.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => void io.close(() => r())); // the callback waits for the HTTP server
    await new Promise((r) => deadHttp.close(r));
  });

  beforeEach(() => {
    auths.length = 0;
    sent.length = 0;
    diagnostics.length = 0;
    sockets = [];
  });

  async function open(url: string, width = 1280): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 700 } });
    const p = await context.newPage();
    await p.goto(url);
    return p;
  }

  const shadowText = (p: Page, selector: string) =>
    p.evaluate((sel) => {
      const el = document.querySelector('linkdoctor-chat')?.shadowRoot?.querySelector<HTMLElement>(sel);
      return el && !el.hidden ? el.textContent : null;
    }, selector);

  it('falls back to long-polling where WebSocket is refused, loading that transport only then', async () => {
    const pollingHttp = serve(true);
    const pollingIo = new Server<ClientToServerEvents, ServerToClientEvents>(pollingHttp, { transports: ['polling'] });
    pollingIo.of('/chat').on('connection', onConnection);
    await new Promise<void>((resolve) => pollingHttp.listen(0, '127.0.0.1', resolve));
    const context = await browser.newContext({ viewport: { width: 1280, height: 700 } });
    const p = await context.newPage();
    const requested: string[] = [];
    p.on('request', (request) => requested.push(request.url()));
    await p.goto(`http://127.0.0.1:${(pollingHttp.address() as AddressInfo).port}/open`);
    await p.locator('linkdoctor-chat .msg.bot').first().waitFor({ timeout: 30_000 });
    expect(requested.filter((url) => /\/widget\/polling-transport-\w+\.js$/.test(url))).toHaveLength(1);
    expect(requested.some((url) => url.includes('transport=polling'))).toBe(true);
    expect(sockets[sockets.length - 1].conn.transport.name).toBe('polling');
    await context.close();
    await new Promise<void>((resolve) => void pollingIo.close(() => resolve()));
  });

  it('loads no polling code where WebSocket works', async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    const requested: string[] = [];
    p.on('request', (request) => requested.push(request.url()));
    await p.goto(`${base}/open`);
    await p.locator('linkdoctor-chat .msg.bot').first().waitFor();
    expect(requested.filter((url) => url.includes('polling'))).toEqual([]);
    await context.close();
  });

  it.each([1280, 320])('survives hostile page CSS and shows it is reconnecting (%i px)', async (width) => {
    const p = await open(`${deadBase}/hostile`, width);
    await p.locator('linkdoctor-chat .banner').getByText('Reconnecting…').waitFor();
    const host = await p.evaluate(() => getComputedStyle(document.querySelector('linkdoctor-chat')!).display);
    expect(host).toBe('block');
    const panel = await p.locator('linkdoctor-chat .panel').boundingBox();
    expect(panel?.width).toBe(width === 320 ? 320 : 380);
    await expect(p.locator('linkdoctor-chat textarea').isVisible()).resolves.toBe(true);
    const color = await p.locator('linkdoctor-chat .title').evaluate((el) => getComputedStyle(el).color);
    expect(color).toBe('rgb(255, 255, 255)');
    await p.context().close();
  });

  it('shows the diagnosis as text, answers, and sends the self-check for a usable link', async () => {
    const p = await open(`${base}/open`);
    await p.locator('linkdoctor-chat .msg.bot').first().waitFor();
    expect(await shadowText(p, '.msg.bot .text')).toBe(DIAGNOSIS.text);
    expect(await p.evaluate(() => document.querySelector('linkdoctor-chat')!.shadowRoot!.querySelector('img'))).toBeNull();
    expect(await shadowText(p, '.msg.bot .fact')).toMatch(/^Deadline in your time: .*2030/);
    await p
      .locator('linkdoctor-chat .msg.system')
      .getByText(/Your setup:/)
      .waitFor();
    // The summary shows as soon as the check ends; the report may still be on the wire.
    for (let i = 0; i < 50 && diagnostics.length === 0; i += 1) await p.waitForTimeout(100);
    expect(diagnostics).toHaveLength(1);

    await p.locator('linkdoctor-chat .quick button', { hasText: 'Camera does not work' }).click();
    await p.locator('linkdoctor-chat .typing').waitFor({ state: 'visible' });
    await p.locator('linkdoctor-chat .msg.bot', { hasText: 'Allow the camera.' }).waitFor();
    expect(await shadowText(p, '.typing')).toBeNull();
    expect(sent).toEqual(['my camera does not work']);
    await p.context().close();
  });

  it('resumes the conversation after a dropped connection and after a reload', async () => {
    const p = await open(`${base}/open`);
    await p.locator('linkdoctor-chat .msg.bot').first().waitFor();
    sockets[0].conn.close();
    await p.locator('linkdoctor-chat .banner', { hasText: 'Reconnecting…' }).waitFor();
    await p.locator('linkdoctor-chat .banner').waitFor({ state: 'hidden' });
    await p.reload();
    await p.locator('linkdoctor-chat .msg.bot').first().waitFor();
    expect(auths.map((a) => a.conversationId ?? null)).toEqual([null, 'c1', 'c1']);
    expect(auths[2]).toMatchObject({ token: 't1', resumeSecret: 's1', timeZone: expect.any(String) });
    expect(await p.locator('linkdoctor-chat .msg.bot').count()).toBe(1);
    await p.context().close();
  });

  it('is keyboard operable: opens into the text box, Escape returns to the launcher', async () => {
    const p = await open(`${base}/closed`);
    const active = () => p.evaluate(() => document.querySelector('linkdoctor-chat')!.shadowRoot!.activeElement?.className ?? null);
    await p.locator('linkdoctor-chat .launcher').waitFor(); // the loader imports the widget's modules first
    await p.keyboard.press('Tab');
    expect(await active()).toBe('launcher');
    await p.keyboard.press('Enter');
    expect(await p.evaluate(() => document.querySelector('linkdoctor-chat')!.shadowRoot!.activeElement?.tagName)).toBe('TEXTAREA');
    await p.keyboard.type('Hello there');
    await p.keyboard.press('Enter');
    await p.locator('linkdoctor-chat .msg.candidate', { hasText: 'Hello there' }).waitFor();
    await p.keyboard.press('Escape');
    expect(await active()).toBe('launcher');
    expect(await p.evaluate(() => document.querySelector('linkdoctor-chat')!.open)).toBe(false);
    expect(sent).toEqual(['Hello there']);
    await p.context().close();
  });
});

// The widget against the real service (app + chat + PGlite), embedded on a page of
// another origin: diagnosis, a typed question, HTML shown as text, a server restart
// mid-conversation, and a phone viewport.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pino from 'pino';
import type { Browser, Page } from 'playwright-core';
import { createApp } from '../../server/app';
import { createChatServer, type ChatServer } from '../../server/chat/chat-server';
import type { Database } from '../../server/db/database';
import { createServices, type Services } from '../../server/services';
import { createWidgetAssets } from '../../server/http/widget-assets';
import { realKnowledge } from '../support/test-app';
import { createTestDatabase } from '../support/test-database';
import { ARTIFACTS, launchChromium } from './e2e-stack';

const HOSTILE_CSS = '* { color: red !important; } div, section, button { display: none !important; }';

interface Node {
  services: Services;
  chat: ChatServer;
}

let db: Database;
let port = 0;
let node: Node;
let host: HttpServer;
let hostUrl = '';
let browser: Browser;
const widget = createWidgetAssets(false);

/** One node of the service on `port` (0 the first time, then the same port again). */
async function startNode(): Promise<Node> {
  const http = createServer();
  await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve));
  port = (http.address() as AddressInfo).port;
  const publicUrl = `http://127.0.0.1:${port}`;
  const services = createServices({ db, secretKey: Buffer.alloc(32, 5), publicUrl, knowledge: realKnowledge });
  http.on('request', createApp(services, { logger: pino({ level: 'silent' }), rateLimit: false, widget }));
  return { services, chat: createChatServer(http, services, { rateLimit: false }) };
}

// The callback, not close()'s promise, waits for the HTTP server to close.
const stopNode = (n: Node) => new Promise<void>((resolve) => void n.chat.close(() => resolve()));

async function validLink(title: string): Promise<string> {
  const { org } = await node.services.orgs.createWithKey({ name: 'Acme', policy: 'flexible' });
  const job = await node.services.jobs.create(org.id, { title, recruiter: { name: 'Riley Morgan', email: 'riley@example.com' } });
  const { token } = await node.services.invitationService.create(org, {
    jobId: job.id,
    candidate: { name: 'Jane Candidate', email: 'jane@example.com' },
    targetUrl: 'https://platform.example.com/start',
  });
  return token;
}

const inWidget = (p: Page, selector: string) => p.locator(`linkdoctor-chat ${selector}`);
const botTexts = (p: Page) => inWidget(p, '.msg.bot').allTextContents();

beforeAll(async () => {
  db = await createTestDatabase();
  node = await startNode();
  host = createServer((req, res) => {
    const token = new URL(req.url ?? '/', 'http://host').searchParams.get('token') ?? '';
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="en"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>${HOSTILE_CSS}</style><title>Careers</title><h1>Careers</h1>
<script src="http://127.0.0.1:${port}/widget.js" async data-token="${encodeURIComponent(token)}" data-open></script>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host.close(resolve));
  await stopNode(node);
  await db.close();
});

describe('the widget on another origin, against the real service', () => {
  it('diagnoses, answers a typed question, shows HTML as text, and survives a server restart with its history', async () => {
    const token = await validLink('<img src=x onerror="window.__pwned=1">Data Analyst');
    const page = await (await browser.newContext({ timezoneId: 'America/New_York' })).newPage();
    const started = Date.now();
    await page.goto(`${hostUrl}/careers?token=${encodeURIComponent(token)}`);
    await inWidget(page, '.msg.bot').first().waitFor();
    const toDiagnosis = Date.now() - started;
    console.log(`navigation to visible diagnosis: ${toDiagnosis} ms`);
    expect((await botTexts(page))[0]).toMatch(/link works|open until|works/i);
    expect((await botTexts(page))[0]).toContain('<img src=x');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await inWidget(page, '.msg img').count()).toBe(0);

    await inWidget(page, 'textarea').fill('my camera is not working, the browser blocked it');
    await inWidget(page, 'textarea').press('Enter');
    await page.waitForFunction(() => {
      const root = document.querySelector('linkdoctor-chat')?.shadowRoot;
      return [...(root?.querySelectorAll('.msg.bot') ?? [])].some((m) => /camera/i.test(m.textContent ?? '') && /permission|allow/i.test(m.textContent ?? ''));
    });
    await page.screenshot({ path: path.join(ARTIFACTS, 'real-1-answered.png') });
    const before = await inWidget(page, '.msg').count();

    await stopNode(node);
    await inWidget(page, '.banner')
      .getByText(/Reconnecting/)
      .waitFor();
    node = await startNode();
    await inWidget(page, '.banner').waitFor({ state: 'hidden', timeout: 30_000 });
    expect(await inWidget(page, '.msg').count()).toBeGreaterThanOrEqual(before);
    expect((await inWidget(page, '.msg.candidate').allTextContents()).join(' ')).toContain('my camera is not working');

    await inWidget(page, 'textarea').fill('can i do it on my phone?');
    await inWidget(page, 'textarea').press('Enter');
    await page.waitForFunction(() => {
      const root = document.querySelector('linkdoctor-chat')?.shadowRoot;
      return [...(root?.querySelectorAll('.msg.bot') ?? [])].some((m) => /phone|mobile|tablet/i.test(m.textContent ?? ''));
    });
    await page.screenshot({ path: path.join(ARTIFACTS, 'real-2-after-restart.png') });
  }, 90_000);

  it('works at a phone viewport', async () => {
    const token = await validLink('Backend Engineer');
    const page = await (await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })).newPage();
    await page.goto(`${hostUrl}/careers?token=${encodeURIComponent(token)}`);
    await inWidget(page, '.msg.bot').first().waitFor();
    const box = await page.locator('linkdoctor-chat').evaluate((el) => {
      const panel = el.shadowRoot?.querySelector('.panel') ?? el;
      const r = panel.getBoundingClientRect();
      return { left: r.left, right: r.right, width: r.width };
    });
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(360);
    expect(await inWidget(page, 'textarea').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'real-3-phone.png') });
  }, 60_000);
});

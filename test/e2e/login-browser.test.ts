// The login page in real Chromium against the real app, under its real CSP.
// Kept out of the default run (jest ignores test/e2e/):
//   npx jest test/e2e/login-browser.test.ts --testPathIgnorePatterns=/node_modules/
// Needs Chromium at /usr/bin/chromium or CHROMIUM_PATH.
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../../server/app';
import type { Database } from '../../server/db/database';
import { createServices } from '../../server/services';
import { realKnowledge } from '../support/test-app';
import { createTestDatabase } from '../support/test-database';

describe('/login in Chromium', () => {
  let browser: Browser;
  let http: Server;
  let db: Database;
  let base: string;
  const user = { email: 'agent@example.com', password: 'a long enough password' };

  beforeAll(async () => {
    // The app's allowed origin is its own address, known only once listening.
    let app: RequestListener | undefined;
    http = createServer((req, res) => app?.(req, res));
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    db = await createTestDatabase();
    const services = createServices({ db, secretKey: Buffer.alloc(32, 7), publicUrl: base, knowledge: realKnowledge });
    await services.users.create({ ...user, role: 'agent' });
    app = createApp(services, { logger: pino({ level: 'silent' }), rateLimit: true });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => http.close(r));
    await db.close();
  });

  async function openLogin(query: string): Promise<{ page: Page; cspErrors: string[] }> {
    const page = await (await browser.newContext()).newPage();
    const cspErrors: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    await page.goto(`${base}/login${query}`);
    return { page, cspErrors };
  }

  it('shows the error for a wrong password, as text', async () => {
    const { page, cspErrors } = await openLogin('');
    await page.fill('#login-email', user.email);
    await page.fill('#login-password', 'wrong');
    await page.click('button[type="submit"]');
    await page.waitForSelector('#login-error:not([hidden])');
    expect(await page.textContent('#login-error')).toBe('Email or password is incorrect.');
    expect(cspErrors).toEqual([]);
  });

  it('signs in and goes to the next path with the session cookie set', async () => {
    const { page, cspErrors } = await openLogin('?next=/api/v1/auth/me');
    await page.fill('#login-email', user.email);
    await page.fill('#login-password', user.password);
    await Promise.all([page.waitForURL(`${base}/api/v1/auth/me`), page.click('button[type="submit"]')]);
    expect(JSON.parse((await page.textContent('body')) ?? '{}').user.email).toBe(user.email);
    const cookie = (await page.context().cookies()).find((c) => c.name === 'ld_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(cspErrors).toEqual([]);
  });

  it('refuses to redirect off-site', async () => {
    const { page } = await openLogin(`?next=${encodeURIComponent('//evil.example/')}`);
    await page.fill('#login-email', user.email);
    await page.fill('#login-password', user.password);
    await Promise.all([page.waitForURL(`${base}/`), page.click('button[type="submit"]')]);
    expect(new URL(page.url()).origin).toBe(base);
  });
});

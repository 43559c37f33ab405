// The support console in real Chromium against the whole service: an agent signs in,
// filters the transcripts by scenario, opens one and reads the trace of each turn.
// Run with `npm run test:e2e` (needs Chromium at /usr/bin/chromium or CHROMIUM_PATH).
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { io as connectClient } from 'socket.io-client';
import request from 'supertest';
import { ChatClient, type ClientSocket } from '../chat/chat-harness';
import { axeViolations } from './axe';
import { ARTIFACTS, launchChromium, startStack, type Stack } from './e2e-stack';

const AGENT = { email: 'agent.e2e@example.com', password: 'a long enough password' };

async function chat(stack: Stack, auth: object, say: string[]): Promise<string> {
  const socket: ClientSocket = connectClient(`${stack.publicUrl}/chat`, { auth, forceNew: true, transports: ['websocket'], reconnection: false });
  const client = new ChatClient(socket);
  const { conversationId } = await client.ready();
  await client.bot(1);
  for (const text of say) await client.ask(text);
  client.close();
  return conversationId;
}

async function seed(stack: Stack) {
  const { apiKey } = await stack.services.orgs.createWithKey({ name: 'Acme Hiring', policy: 'strict' });
  const api = request(stack.publicUrl);
  const auth = { Authorization: `Bearer ${apiKey}` };
  const job = (
    await api
      .post('/api/v1/jobs')
      .set(auth)
      .send({ title: 'Backend Engineer', recruiter: { name: 'Riley Morgan', email: 'riley@example.com' } })
  ).body;
  const invite = async (extra: object) =>
    (
      await api
        .post('/api/v1/invitations')
        .set(auth)
        .send({ jobId: job.id, candidate: { name: 'Jane Candidate', email: 'jane@example.com' }, targetUrl: 'https://platform.example.com/a/1', ...extra })
    ).body as { token: string };
  const expired = await invite({ expiresAt: '2020-01-01T00:00:00Z' });
  const video = await invite({ kind: 'video_interview' });
  await chat(stack, { token: expired.token }, ['That solved it']);
  const camera = await chat(stack, { token: video.token }, ['my camera does not work']);
  await chat(stack, {}, ['Do you sponsor visas?']);
  await stack.services.users.create({ ...AGENT, role: 'agent' });
  return { camera };
}

describe('support console in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('signs an agent in, filters by scenario, opens a transcript and shows its trace', async () => {
    const { camera } = await seed(stack);
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) problems.push(m.text());
    });
    // The browser asks for /favicon.ico by itself; every other request must succeed.
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${r.status()} ${r.url()}`);
    });
    page.on('pageerror', (e) => problems.push(e.message));

    await page.goto(`${stack.publicUrl}/console`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.fill('#login-email', AGENT.email);
    await page.fill('#login-password', AGENT.password);
    await Promise.all([page.waitForURL(`${stack.publicUrl}/console`), page.click('button[type="submit"]')]);

    await page.waitForSelector('#transcript-list tbody tr');
    expect(await page.locator('#transcript-list tbody tr').count()).toBe(3);
    expect(await page.locator('#load-more').isVisible()).toBe(false);
    await page.waitForSelector('#insights .stat');
    expect(await page.textContent('#insights .gaps')).toContain('Do you sponsor visas?');
    await page.selectOption('#label-0', 'contact-recruiter');
    await page.click('.label-form button[type="submit"]');
    await page.waitForSelector('.label-form .status:text("Saved for 1 question.")');
    expect(await stack.services.transcripts.labels.exportCases()).toEqual([
      { q: 'Do you sponsor visas?', expected: 'contact-recruiter', audience: 'candidate' },
    ]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'console-1-list.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    await page.selectOption('#f-scenario', 'camera-mic-permission');
    await page.waitForFunction(() => document.querySelectorAll('#transcript-list tbody tr').length === 1);
    expect(page.url()).toContain('scenario=camera-mic-permission');
    expect(await page.getAttribute('#export-csv', 'href')).toContain('scenario=camera-mic-permission');
    expect(await page.textContent('#list-status')).toBe('1 transcript shown.');
    await page.screenshot({ path: path.join(ARTIFACTS, 'console-2-filtered.png'), fullPage: true });

    await Promise.all([page.waitForURL(`**/console/transcripts/${camera}`), page.click('#transcript-list tbody tr a')]);
    await page.waitForSelector('.turn.bot .trace-box');
    const answer = page.locator('.turn.bot', { hasText: 'camera' }).last();
    const trace = await answer.locator('.trace-box').textContent();
    expect(trace).toContain('question:camera-mic-permission');
    expect(trace).toMatch(/Article\s*camera-mic-permission v\d+/);
    expect(trace).toMatch(/Retrieval score\s*0\.\d\d \(confident\)/);
    expect(trace).toContain('Runners-up');
    expect(trace).toMatch(/Link state[\s\S]*Link works/);
    // Above the folded trace, one sentence in words.
    expect(await answer.locator('.trace-box').getAttribute('open')).toBeNull();
    const why = await answer.locator('.explain').textContent();
    expect(why).toMatch(
      /^The link was found\. It was usable and not started, with \d+ (days|hours) left before its deadline, .+, so the candidate's question decided: it matched “Camera or microphone blocked” \(match 0\.\d\d\) and the bot answered with that article under the strict policy\.$/,
    );
    expect(await page.locator('.turn.bot .explain').first().textContent()).toMatch(/^The link was found\. It was usable/);
    expect(await page.locator('.turn.candidate .text').first().textContent()).toBe('my camera does not work');
    await page.screenshot({ path: path.join(ARTIFACTS, 'console-3-transcript.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await answer.locator('.trace-box summary').click(); // the unfolded trace too
    expect(await axeViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.top').isVisible()).toBe(false);
    expect(await page.locator('.trace-box').first().isVisible()).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'console-4-print.png'), fullPage: true });
    expect(problems).toEqual([]);

    const views = await stack.services.transcripts.views.list(camera);
    expect(views).toEqual([expect.objectContaining({ email: AGENT.email, via: 'detail' })]);
  });
});

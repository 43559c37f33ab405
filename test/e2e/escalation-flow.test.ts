// The whole escalation in Chromium: a candidate on a careers site (another origin)
// with an expired link asks for a person, files a request with a pasted screenshot,
// the recruiter signs in, opens the inbox and reissues, the candidate sees it live.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { ARTIFACTS, invitationThroughApi, launchChromium, startStack, type Stack } from './e2e-stack';

const RECRUITER = { email: 'riley.recruiter@acme.test', password: 'correct horse battery staple' };
const shot = (p: Page, name: string, fullPage = false) => p.screenshot({ path: path.join(ARTIFACTS, `escalation-${name}.png`), fullPage });
const widget = (p: Page, selector: string) => p.locator(`linkdoctor-chat ${selector}`);

async function expiredInvitation(stack: Stack, orgName = 'Acme'): Promise<{ token: string; invitationId: string }> {
  const made = await invitationThroughApi(stack, { orgName, recruiterEmail: RECRUITER.email });
  if (orgName === 'Acme') await stack.services.users.create({ ...RECRUITER, role: 'recruiter', orgId: made.orgId });
  return made;
}

/** A PNG drawn in the page (or, with `fake`, other bytes under that type), pasted or dropped on the form. */
async function pasteFile(p: Page, type: string, name: string, fake = false, via: 'paste' | 'drop' = 'paste'): Promise<void> {
  await p.evaluate(
    async ([type, name, fake, via]) => {
      const canvas = document.createElement('canvas');
      canvas.width = 240;
      canvas.height = 140;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#fee2e2';
      ctx.fillRect(0, 0, 240, 140);
      ctx.fillStyle = '#7f1d1d';
      ctx.font = '20px sans-serif';
      ctx.fillText('Link expired', 50, 75);
      const blob = type === 'image/png' && !fake ? await new Promise<Blob>((r) => canvas.toBlob((b) => r(b!), 'image/png')) : new Blob(['not an image']);
      const data = new DataTransfer();
      data.items.add(new File([blob], name, { type }));
      const root = document.querySelector('linkdoctor-chat')!.shadowRoot!;
      const init = { bubbles: true, cancelable: true, composed: true };
      if (via === 'drop') root.querySelector('.drop')!.dispatchEvent(new DragEvent('drop', { ...init, dataTransfer: data }));
      else root.getElementById('esc-description')!.dispatchEvent(new ClipboardEvent('paste', { ...init, clipboardData: data }));
    },
    [type, name, fake, via] as const,
  );
}

describe('escalation from the widget to the recruiter inbox and back', () => {
  let stack: Stack;
  let browser: Browser;
  // The flow is one story told in steps: the candidate's page stays open throughout.
  let candidate: Page;
  let ref = '';

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('the candidate files a request with a pasted screenshot', async () => {
    const { token } = await expiredInvitation(stack);
    candidate = await (await browser.newContext({ viewport: { width: 420, height: 860 }, timezoneId: 'Europe/Paris' })).newPage();
    await candidate.goto(stack.hostPage(token));

    await widget(candidate, '.msg.bot').first().waitFor();
    expect(await widget(candidate, '.msg.bot').first().textContent()).toMatch(/expired/i);
    await shot(candidate, '1-diagnosis');

    // "I still need help" opens the form at once (and the bot still hears it).
    await widget(candidate, '.quick button').getByText('I still need help').click();
    const form = widget(candidate, 'form.esc');
    await form.waitFor();
    expect(await widget(candidate, '.log').isVisible()).toBe(false);

    // Client-side checks: nothing typed, a file that is not an image.
    await form.getByRole('button', { name: 'Send to the recruiter' }).click();
    await widget(candidate, '#esc-description-error').getByText('Describe what happened.').waitFor();
    expect(await widget(candidate, '#esc-description').getAttribute('aria-invalid')).toBe('true');
    expect(await candidate.evaluate(() => document.querySelector('linkdoctor-chat')!.shadowRoot!.activeElement?.id)).toBe('esc-description');
    await pasteFile(candidate, 'text/plain', 'notes.txt');
    await widget(candidate, '#esc-screenshots-error').getByText('notes.txt is not a PNG, JPEG or WebP image.').waitFor();
    expect(await axeViolations(candidate)).toEqual([]); // the form, its errors shown

    await widget(candidate, '#esc-description').fill('The page says my link expired, but I opened it before the deadline.');
    await widget(candidate, '#esc-contactEmail').fill('jane.personal@example.com');
    expect(await widget(candidate, '#esc-occurredAt').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    await pasteFile(candidate, 'image/png', 'expired-page.png');
    const preview = widget(candidate, '.thumbs img');
    await preview.waitFor();
    expect(await preview.getAttribute('src')).toMatch(/^blob:/);
    expect(await preview.getAttribute('alt')).toBe('Screenshot 1: expired-page.png');
    await shot(candidate, '2-form');
    expect(await axeViolations(candidate)).toEqual([]); // a screenshot attached

    await form.getByRole('button', { name: 'Send to the recruiter' }).click();
    const reference = widget(candidate, '.reference');
    await reference.waitFor();
    ref = (await reference.textContent()) ?? '';
    expect(ref).toMatch(/^LD-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await shot(candidate, '3-sent');
    expect(await axeViolations(candidate)).toEqual([]); // the confirmation

    const [ticket] = await stack.services.tickets.list({ orgId: null, limit: 10 });
    expect(ticket).toMatchObject({ reference: ref, scenario: 'link-expired', contactEmail: 'jane.personal@example.com', reporterTimeZone: 'Europe/Paris' });
    expect(await stack.services.tickets.screenshots(ticket.id)).toEqual([expect.objectContaining({ n: 1, mime: 'image/png', width: 240, height: 140 })]);
    expect(ticket.conversationId).toEqual(expect.any(String));
    await form.getByRole('button', { name: 'Back to chat' }).click();
    await widget(candidate, '.msg.system').getByText(`Your request ${ref} was sent to Riley Morgan`).waitFor();
  });

  it('the recruiter signs in, opens the request in the inbox and reissues; the candidate sees it live', async () => {
    const recruiter = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'America/New_York' })).newPage();
    await recruiter.goto(`${stack.publicUrl}/inbox`);
    await recruiter.waitForURL(/\/login\?next=%2Finbox$/);
    await recruiter.getByLabel('Email').fill(RECRUITER.email);
    await recruiter.getByLabel('Password').fill(RECRUITER.password);
    await recruiter.getByRole('button', { name: 'Sign in' }).click();
    await recruiter.waitForURL(`${stack.publicUrl}/inbox`);
    const card = recruiter.locator('.ticket-card', { hasText: ref });
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Jane Candidate .*Data Analyst/);
    await shot(recruiter, '4-inbox-list');
    expect(await axeViolations(recruiter)).toEqual([]);
    await recruiter.getByLabel('Status').selectOption('resolved');
    await recruiter.getByText('No requests match these filters.').waitFor();
    expect(recruiter.url()).toBe(`${stack.publicUrl}/inbox?status=resolved`);
    await recruiter.getByLabel('Status').selectOption('open');
    await recruiter.getByLabel('Job').selectOption({ label: 'Data Analyst' });
    await card.waitFor();
    expect(recruiter.url()).toMatch(/\/inbox\?status=open&job=[\w-]+$/);

    await card.getByRole('link').click();
    await recruiter.getByRole('heading', { name: `Request ${ref} Open` }).waitFor();
    const text = (await recruiter.locator('main').textContent()) ?? '';
    expect(text).toContain('The page says my link expired, but I opened it before the deadline.');
    expect(text).toContain('Candidate’s time:');
    expect(text).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    expect(text).toContain('I still need help'); // the transcript
    const thumb = recruiter.locator('.shots img');
    await expect(thumb.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).resolves.toBe(240);
    expect(await recruiter.locator('.shots a').getAttribute('href')).toMatch(/\/api\/v1\/tickets\/[^/]+\/screenshots\/1$/);
    await shot(recruiter, '5-inbox-detail', true);
    expect(await axeViolations(recruiter)).toEqual([]); // the ticket: transcript, screenshots, fixes

    await recruiter.getByRole('button', { name: /^Reissue/ }).click();
    // Nothing happens before the recruiter has read what will.
    expect(await recruiter.locator('form.confirm').textContent()).toContain('This will: The old link stops working at once');
    await recruiter.getByRole('button', { name: 'Confirm: send a new invitation' }).click();
    await recruiter.locator('#detail-status').getByText('A new invitation was sent').waitFor();
    await recruiter.getByRole('heading', { name: `Request ${ref} In progress` }).waitFor();
    await widget(candidate, '.msg').getByText('A link was sent to the email address your invitation went to').waitFor();
    await widget(candidate, '.msg.system').getByText(`Your request ${ref} is being handled.`).waitFor();

    await recruiter.getByLabel('Reply to the candidate').fill('I sent you a new link. Start whenever you are ready.');
    await recruiter.getByRole('button', { name: 'Send reply' }).click();
    await widget(candidate, '.msg.recruiter').getByText('I sent you a new link. Start whenever you are ready.').waitFor();
    expect(await widget(candidate, '.msg.recruiter .who').first().textContent()).toBe('Recruiter');
    await shot(candidate, '6-candidate-live');
    await shot(recruiter, '7-inbox-after', true);
    await recruiter.setViewportSize({ width: 360, height: 800 });
    expect(await recruiter.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shot(recruiter, '8-inbox-phone');
    expect(await axeViolations(recruiter)).toEqual([]); // the ticket on a phone
    await recruiter.context().close();
  });

  it('fits a 320 px phone, and a retry after a network error files one ticket', async () => {
    const { token, invitationId } = await expiredInvitation(stack, 'Beta');
    const phone = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
    await phone.goto(stack.hostPage(token));
    await widget(phone, '.msg.bot').first().waitFor();
    await widget(phone, '.contact').click();
    await widget(phone, '#esc-description').fill('It says expired.');
    await pasteFile(phone, 'image/png', 'page.png', false, 'drop');
    await widget(phone, '.thumbs img').waitFor();
    const overflow = await phone.evaluate(() => {
      const aside = document.querySelector('linkdoctor-chat')!.shadowRoot!.querySelector('.aside')!;
      return { scroll: aside.scrollWidth, client: aside.clientWidth, page: document.documentElement.scrollWidth };
    });
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
    expect(overflow.page).toBeLessThanOrEqual(320);
    await shot(phone, '9-phone-form');

    // The server looks at the bytes, not the type the browser claims; its error lands by the field.
    await pasteFile(phone, 'image/png', 'fake.png', true);
    await widget(phone, 'form.esc').getByRole('button', { name: 'Send to the recruiter' }).click();
    await widget(phone, '#esc-screenshots-error').getByText('fake.png: only PNG, JPEG or WebP images are accepted').waitFor();
    expect(await phone.evaluate(() => document.querySelector('linkdoctor-chat')!.shadowRoot!.activeElement?.className)).toBe('add');
    await shot(phone, '10-phone-server-error');
    await widget(phone, '.thumbs').getByRole('button', { name: 'Remove screenshot 2 (fake.png)' }).click();
    expect(await widget(phone, '.thumbs img').count()).toBe(1);

    // The first attempt reaches the server, but its answer is lost on the way back.
    const attempts: (string | undefined)[] = [];
    await phone.route('**/api/v1/escalations', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      attempts.push((await route.request().headerValue('idempotency-key')) ?? undefined);
      if (attempts.length > 1) return route.continue();
      await route.fetch();
      await route.abort('connectionreset');
    });
    await widget(phone, 'form.esc').getByRole('button', { name: 'Send to the recruiter' }).click();
    await widget(phone, '.reference').waitFor();
    expect(attempts).toHaveLength(2);
    expect(attempts[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(attempts[1]).toBe(attempts[0]);
    const tickets = (await stack.services.tickets.list({ orgId: null, limit: 50 })).filter((t) => t.invitationId === invitationId);
    expect(tickets).toHaveLength(1);
    expect(await widget(phone, '.reference').textContent()).toBe(tickets[0].reference);
    await shot(phone, '11-phone-sent');
    await phone.context().close();
  });
});

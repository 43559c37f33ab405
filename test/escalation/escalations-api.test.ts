import { createTestApp, request, type TestApp } from '../support/test-app';
import { createInvitation, orgWithJob } from '../support/fixtures';
import { countRows, outboxRows, screenshotPng } from './escalation-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function expiredLink(policy: 'strict' | 'flexible' = 'strict') {
  const org = await orgWithJob(t, policy);
  const inv = await createInvitation(t, org.auth, org.job.id, { expiresAt: '2026-11-19T12:00:00Z' });
  return { ...org, inv };
}

describe('POST /api/v1/escalations from a token', () => {
  it('creates a ticket with the diagnosis, timeline, policy fix, clean screenshots and a queued mail', async () => {
    const { inv } = await expiredLink('strict');
    const res = await request(t.app)
      .post('/api/v1/escalations')
      .field('token', inv.token)
      .field('description', 'The page says my link expired but I never got the email in time')
      .field('contactEmail', 'jane.alt@example.com')
      .field('occurredAt', '2026-11-20T10:30:00+01:00')
      .field('timeZone', 'Europe/Paris')
      .attach('screenshots', await screenshotPng(), { filename: 'shot.png', contentType: 'image/png' });
    expect(res.status).toBe(201);
    expect(res.body.reference).toMatch(/^LD-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const ticket = await t.services.tickets.get(res.body.ticketId);
    expect(ticket).toMatchObject({ scenario: 'link-expired', status: 'open', reporterTimeZone: 'Europe/Paris', contactEmail: 'jane.alt@example.com' });
    expect(ticket?.occurredAt.toISOString()).toBe('2026-11-20T09:30:00.000Z');
    expect(ticket?.proposedFixes.map((f) => f.type)).toEqual(['reissue']);
    expect(ticket?.linkTimeline.length).toBeGreaterThan(0);
    const shot = await t.services.tickets.screenshot(res.body.ticketId, 1);
    expect(shot?.mime).toBe('image/png');
    expect(shot?.bytes.toString('latin1')).not.toContain('exif-owner-marker');
    const mails = (await outboxRows(t)).filter((r) => r.channel === 'email' && r.payload.subject?.includes(res.body.reference));
    expect(mails).toHaveLength(1);
    expect(mails[0].payload.to).toBe('riley@example.com');
    expect(mails[0].payload.text).toContain('Reissue');
  });

  it('proposes extend first under a flexible policy', async () => {
    const { inv } = await expiredLink('flexible');
    const res = await request(t.app).post('/api/v1/escalations').send({ token: inv.token, description: 'expired' });
    expect(res.status).toBe(201);
    const ticket = await t.services.tickets.get(res.body.ticketId);
    expect(ticket?.proposedFixes.map((f) => f.type)).toEqual(['extend', 'reissue']);
  });

  it('sends an unknown token to the support queue (no org, no recruiter mail)', async () => {
    const before = (await outboxRows(t)).length;
    const res = await request(t.app).post('/api/v1/escalations').send({ token: 'mistypedTokenThatDoesNotExist', description: 'link is broken' });
    expect(res.status).toBe(201);
    const ticket = await t.services.tickets.get(res.body.ticketId);
    expect(ticket).toMatchObject({ orgId: null, scenario: 'link-not-found', proposedFixes: [] });
    expect((await outboxRows(t)).length).toBe(before);
  });
});

describe('Idempotency-Key', () => {
  it('returns the same ticket for the same key and body, 422 for the same key with another body', async () => {
    const { inv } = await expiredLink();
    const png = await screenshotPng('#00aa00');
    const send = (description: string) =>
      request(t.app)
        .post('/api/v1/escalations')
        .set('Idempotency-Key', `key-${inv.id}`)
        .field('token', inv.token)
        .field('description', description)
        .attach('screenshots', png, 'a.png');
    const first = await send('same words');
    const tickets = await countRows(t, 'tickets');
    const again = await send('same words');
    expect(again.status).toBe(201);
    expect(again.body.ticketId).toBe(first.body.ticketId);
    expect(await countRows(t, 'tickets')).toBe(tickets);
    const other = await send('different words');
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('idempotency_key_reused');
  });
});

describe('validation', () => {
  it('names the missing or wrong field', async () => {
    const { inv } = await expiredLink();
    const noDescription = await request(t.app).post('/api/v1/escalations').field('token', inv.token);
    expect(noDescription.status).toBe(400);
    expect(noDescription.body.error.details.map((d: { field: string }) => d.field)).toContain('description');
    const nothing = await request(t.app).post('/api/v1/escalations').field('description', 'help');
    expect(nothing.body.error.details[0].field).toBe('token');
    const badEmail = await request(t.app).post('/api/v1/escalations').field('token', inv.token).field('description', 'x').field('contactEmail', 'nope');
    expect(badEmail.body.error.details[0].field).toBe('contactEmail');
    const noSecret = await request(t.app).post('/api/v1/escalations').field('conversationId', 'abc').field('description', 'x');
    expect(noSecret.body.error.details[0].field).toBe('resumeSecret');
  });

  it('refuses SVG and HTML disguised as PNG, too many files and too big a file; stores nothing', async () => {
    const { inv } = await expiredLink();
    const tickets = await countRows(t, 'tickets');
    const svg = await request(t.app)
      .post('/api/v1/escalations')
      .field('token', inv.token)
      .field('description', 'x')
      .attach('screenshots', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), {
        filename: 'a.png',
        contentType: 'image/png',
      });
    expect(svg.status).toBe(400);
    expect(svg.body.error.details[0].field).toBe('screenshots[0]');
    const html = await request(t.app)
      .post('/api/v1/escalations')
      .field('token', inv.token)
      .field('description', 'x')
      .attach('screenshots', Buffer.from('<html><body>hi</body></html>'), { filename: 'x.jpg', contentType: 'image/jpeg' });
    expect(html.status).toBe(400);
    const png = await screenshotPng();
    let six = request(t.app).post('/api/v1/escalations').field('token', inv.token).field('description', 'x');
    for (let i = 0; i < 6; i += 1) six = six.attach('screenshots', png, `s${i}.png`);
    expect((await six).status).toBe(400);
    const big = await request(t.app)
      .post('/api/v1/escalations')
      .field('token', inv.token)
      .field('description', 'x')
      .attach('screenshots', Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024)]), 'big.png');
    expect(big.status).toBe(413);
    expect(await countRows(t, 'tickets')).toBe(tickets);
  });
});

describe('one transaction', () => {
  it('leaves no ticket and no screenshot behind when queuing the mail fails', async () => {
    const { inv } = await expiredLink();
    const [tickets, shots] = [await countRows(t, 'tickets'), await countRows(t, 'ticket_screenshots')];
    const original = t.services.outbox.enqueueEmail;
    t.services.outbox.enqueueEmail = async () => {
      throw new Error('outbox down');
    };
    try {
      const res = await request(t.app)
        .post('/api/v1/escalations')
        .field('token', inv.token)
        .field('description', 'x')
        .attach('screenshots', await screenshotPng(), 'a.png');
      expect(res.status).toBe(500);
    } finally {
      t.services.outbox.enqueueEmail = original;
    }
    expect(await countRows(t, 'tickets')).toBe(tickets);
    expect(await countRows(t, 'ticket_screenshots')).toBe(shots);
  });
});

import { request, PUBLIC_URL } from '../support/test-app';
import { createInvitation, orgWithJob } from '../support/fixtures';
import { createUser, login, SAME_ORIGIN, CROSS_SITE } from '../auth/auth-fixtures';
import { startChat, type ChatHarness } from '../chat/chat-harness';
import { outboxRows, screenshotPng } from './escalation-helpers';

let h: ChatHarness;
beforeAll(async () => {
  h = await startChat();
});
afterAll(() => h.close());

/** An org with a recruiter, an expired link and a ticket escalated from a live conversation. */
async function scenario(policy: 'strict' | 'flexible') {
  const org = await orgWithJob(h.t, policy);
  const inv = await createInvitation(h.t, org.auth, org.job.id, { expiresAt: '2026-11-19T12:00:00Z' });
  const client = h.connect({ token: inv.token });
  const ready = await client.ready();
  await client.bot(1);
  const res = await request(h.t.app)
    .post('/api/v1/escalations')
    .field('conversationId', ready.conversationId)
    .field('resumeSecret', ready.resumeSecret)
    .field('description', 'expired before I could start')
    .attach('screenshots', await screenshotPng(), 'shot.png');
  const recruiter = await createUser(h.t, 'recruiter', org.orgId);
  const cookie = await login(h.t.app, recruiter.email, recruiter.password);
  return { org, inv, client, ticketId: res.body.ticketId as string, reference: res.body.reference as string, cookie };
}

const asUser = (cookie: string) => ({ Cookie: cookie, ...SAME_ORIGIN });

describe('ticket reading and tenancy', () => {
  it('gives the recruiter the whole ticket: timeline, snapshot, screenshots, transcript, fixes', async () => {
    const s = await scenario('strict');
    const list = await request(h.t.app).get('/api/v1/tickets').set(asUser(s.cookie));
    expect(list.status).toBe(200);
    expect(list.body.tickets.map((t: { id: string }) => t.id)).toEqual([s.ticketId]);
    expect(list.body.tickets[0].candidate.email).not.toBe('jane.candidate@example.com');
    const detail = await request(h.t.app).get(`/api/v1/tickets/${s.ticketId}`).set(asUser(s.cookie));
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ reference: s.reference, scenario: 'link-expired', status: 'open', candidate: { email: 'jane.candidate@example.com' } });
    expect(detail.body.timeline.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['created', 'expired']));
    expect(detail.body.diagnosis.scenario).toBe('link-expired');
    expect(detail.body.proposedFixes[0]).toMatchObject({ type: 'reissue', recommended: true });
    expect(detail.body.screenshots[0].url).toBe(`${PUBLIC_URL}/api/v1/tickets/${s.ticketId}/screenshots/1`);
    expect(detail.body.transcript.some((m: { role: string }) => m.role === 'bot')).toBe(true);
    const shot = await request(h.t.app).get(`/api/v1/tickets/${s.ticketId}/screenshots/1`).set(asUser(s.cookie));
    expect(shot.status).toBe(200);
    expect(shot.headers['content-type']).toBe('image/png');
    expect(shot.headers['x-content-type-options']).toBe('nosniff');
    expect(shot.headers['content-security-policy']).toContain('sandbox');
  });

  it('404s every ticket route for another org, 401s anonymous, lets agents and the org API key in', async () => {
    const s = await scenario('strict');
    const stranger = await createUser(h.t, 'recruiter');
    const strangerCookie = await login(h.t.app, stranger.email, stranger.password);
    const routes = [
      request(h.t.app).get(`/api/v1/tickets/${s.ticketId}`),
      request(h.t.app).get(`/api/v1/tickets/${s.ticketId}/screenshots/1`),
      request(h.t.app).post(`/api/v1/tickets/${s.ticketId}/actions`).send({ type: 'resolve' }),
    ];
    for (const route of routes) expect((await route.set(asUser(strangerCookie))).status).toBe(404);
    const strangerList = await request(h.t.app).get('/api/v1/tickets').set(asUser(strangerCookie));
    expect(strangerList.body.tickets).toEqual([]);
    expect((await request(h.t.app).get(`/api/v1/tickets/${s.ticketId}`)).status).toBe(401);
    expect((await request(h.t.app).get('/api/v1/tickets')).status).toBe(401);
    const agent = await createUser(h.t, 'agent');
    const agentCookie = await login(h.t.app, agent.email, agent.password);
    expect((await request(h.t.app).get(`/api/v1/tickets/${s.ticketId}`).set(asUser(agentCookie))).status).toBe(200);
    expect((await request(h.t.app).get(`/api/v1/tickets/${s.ticketId}`).set(s.org.auth)).status).toBe(200);
    const otherKey = await h.t.createOrg();
    expect((await request(h.t.app).get(`/api/v1/tickets/${s.ticketId}`).set(otherKey.auth)).status).toBe(404);
  });

  it('refuses a cookie-authenticated action from another site', async () => {
    const s = await scenario('strict');
    const res = await request(h.t.app)
      .post(`/api/v1/tickets/${s.ticketId}/actions`)
      .set({ Cookie: s.cookie, ...CROSS_SITE })
      .send({ type: 'resolve' });
    expect(res.status).toBe(403);
    const ticket = await h.t.services.tickets.get(s.ticketId);
    expect(ticket?.status).toBe('open');
  });
});

describe('ticket actions', () => {
  it('reissue: a new invitation, the new link mailed to the candidate, the widget told live', async () => {
    const s = await scenario('strict');
    const res = await request(h.t.app).post(`/api/v1/tickets/${s.ticketId}/actions`).set(asUser(s.cookie)).send({ type: 'reissue' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('in_progress');
    const old = await request(h.t.app).get(`/api/v1/invitations/${s.inv.id}`).set(s.org.auth);
    expect(old.body.status).toBe('superseded');
    const mail = (await outboxRows(h.t)).find((r) => r.topic === 'ticket.reissue' && r.payload.subject?.includes(s.reference));
    expect(mail?.payload.to).toBe('jane.candidate@example.com');
    expect(mail?.payload.text).toMatch(new RegExp(`${PUBLIC_URL}/i/[A-Za-z0-9_-]{20,}`));
    await s.client.until(() => s.client.messages.find((m) => m.role === 'system' && /link was sent/.test(m.text)), 'reissue notice');
  });

  it('strict policy refuses extend and reset with 409; flexible extends the same link', async () => {
    const strict = await scenario('strict');
    const extend = await request(h.t.app).post(`/api/v1/tickets/${strict.ticketId}/actions`).set(asUser(strict.cookie)).send({ type: 'extend', hours: 24 });
    expect(extend.status).toBe(409);
    expect((await request(h.t.app).post(`/api/v1/tickets/${strict.ticketId}/actions`).set(asUser(strict.cookie)).send({ type: 'reset' })).status).toBe(409);
    expect((await h.t.services.tickets.get(strict.ticketId))?.status).toBe('open');
    const flexible = await scenario('flexible');
    const ok = await request(h.t.app).post(`/api/v1/tickets/${flexible.ticketId}/actions`).set(asUser(flexible.cookie)).send({ type: 'extend', hours: 24 });
    expect(ok.status).toBe(200);
    const inv = await request(h.t.app).get(`/api/v1/invitations/${flexible.inv.id}`).set(flexible.org.auth);
    expect(inv.body.status).toBe('active');
    expect(inv.body.events.at(-1)).toMatchObject({ type: 'extended', data: { by: 'recruiter' } });
    const mail = (await outboxRows(h.t)).find((r) => r.topic === 'ticket.extend' && r.payload.to === 'jane.candidate@example.com');
    expect(mail?.payload.subject).toMatch(/deadline is now 21 Nov 2026, 12:00 UTC/);
    expect(mail?.payload.text).toContain(flexible.inv.url);
  });

  it('resend of an expired link is refused; reply reaches the widget live and by mail; resolve closes', async () => {
    const s = await scenario('flexible');
    const resend = await request(h.t.app).post(`/api/v1/tickets/${s.ticketId}/actions`).set(asUser(s.cookie)).send({ type: 'resend' });
    expect(resend.status).toBe(409);
    const updates: unknown[] = [];
    s.client.socket.on('ticket:updated', (u) => updates.push(u));
    const reply = await request(h.t.app)
      .post(`/api/v1/tickets/${s.ticketId}/actions`)
      .set(asUser(s.cookie))
      .send({ type: 'reply', message: 'I will extend it today.' });
    expect(reply.status).toBe(200);
    const live = await s.client.until(() => s.client.messages.find((m) => m.role === 'recruiter'), 'recruiter reply');
    expect(live.text).toBe('I will extend it today.');
    await s.client.until(() => updates.length > 0, 'ticket:updated');
    expect(updates[0]).toMatchObject({ ticketId: s.ticketId, status: 'in_progress', reply: 'I will extend it today.' });
    const mail = (await outboxRows(h.t)).find((r) => r.topic === 'ticket.reply' && r.payload.text?.includes('I will extend it today.'));
    expect(mail).toBeDefined();
    const resolved = await request(h.t.app).post(`/api/v1/tickets/${s.ticketId}/actions`).set(asUser(s.cookie)).send({ type: 'resolve' });
    expect(resolved.body.status).toBe('resolved');
    const bad = await request(h.t.app).post(`/api/v1/tickets/${s.ticketId}/actions`).set(asUser(s.cookie)).send({ type: 'explode' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe('type');
  });
});

import { createUser, login, SAME_ORIGIN } from '../auth/auth-fixtures';
import { startChat, type ChatHarness } from '../chat/chat-harness';
import { createInvitation, orgWithJob, postEvent } from '../support/fixtures';
import { request } from '../support/test-app';

// GET /api/v1/tickets/:id says who did what to the link (recruiter, platform,
// candidate), and which proposed fix was taken or is no longer needed.

let h: ChatHarness;
beforeAll(async () => {
  h = await startChat();
});
afterAll(() => h.close());

async function expiredTicket() {
  const org = await orgWithJob(h.t, 'flexible');
  const inv = await createInvitation(h.t, org.auth, org.job.id, { expiresAt: '2026-11-19T12:00:00Z' });
  const res = await request(h.t.app).post('/api/v1/escalations').field('token', inv.token).field('description', 'it expired');
  expect(res.status).toBe(201);
  const recruiter = await createUser(h.t, 'recruiter', org.orgId);
  const cookie = await login(h.t.app, recruiter.email, recruiter.password);
  const get = async () => (await request(h.t.app).get(`/api/v1/tickets/${res.body.ticketId}`).set({ Cookie: cookie })).body;
  const act = (body: object) =>
    request(h.t.app)
      .post(`/api/v1/tickets/${res.body.ticketId}/actions`)
      .set({ Cookie: cookie, ...SAME_ORIGIN })
      .send(body);
  return { org, inv, recruiter, get, act };
}

it('names the recruiter who extended, marks extend done and leaves reissue available but not pushed', async () => {
  const s = await expiredTicket();
  expect((await s.get()).proposedFixes.map((f: { type: string; state: string }) => [f.type, f.state])).toEqual([
    ['extend', 'available'],
    ['reissue', 'available'],
  ]);
  expect((await s.act({ type: 'extend', hours: 48 })).status).toBe(200);
  const detail = await s.get();
  expect(detail.proposedFixes.map((f: { type: string; state: string }) => [f.type, f.state])).toEqual([
    ['extend', 'done'],
    ['reissue', 'available'],
  ]);
  const extended = detail.timeline.find((e: { type: string }) => e.type === 'extended');
  expect(extended.by).toEqual({ kind: 'recruiter', name: s.recruiter.email });
  expect(detail.history.find((e: { type: string }) => e.type === 'extend').by).toEqual({ kind: 'recruiter', name: s.recruiter.email });
  expect(detail.history.find((e: { type: string }) => e.type === 'created').by).toEqual({ kind: 'candidate' });
});

it('withdraws the extend when the platform extended the link itself, and credits the platform', async () => {
  const s = await expiredTicket();
  h.t.clock.advance(60_000);
  expect((await postEvent(h.t, s.org.auth, s.inv.id, { type: 'extended', expiresAt: '2026-12-30T12:00:00Z' })).status).toBe(200);
  const detail = await s.get();
  expect(detail.proposedFixes.map((f: { type: string; state: string }) => [f.type, f.state])).toEqual([
    ['extend', 'withdrawn'],
    ['reissue', 'available'],
  ]);
  expect(detail.timeline.find((e: { type: string }) => e.type === 'extended').by).toEqual({ kind: 'platform' });
  h.t.clock.advance(60_000);
  await request(h.t.app).get(`/i/${s.inv.token}`).expect(302);
  expect((await s.get()).timeline.find((e: { type: string }) => e.type === 'opened').by).toEqual({ kind: 'candidate' });
});

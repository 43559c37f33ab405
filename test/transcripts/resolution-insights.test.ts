import { startChat, type ChatHarness } from '../chat/chat-harness';
import { createInvitation, createJob } from '../support/fixtures';
import { request } from '../support/test-app';
import { converse, escalate, getAs, signInStaff, type Staff } from './transcript-fixtures';

// Resolution as the link tells it: a recruiter's extend followed by the candidate
// opening the link is verified; a ticket nobody acted on is not.

let h: ChatHarness;
let staff: Staff;
let ids: { fixed: string; ignored: string; solved: string };

beforeAll(async () => {
  h = await startChat();
  staff = await signInStaff(h);
  const org = await h.t.createOrg('flexible', 'Flex');
  const job = await createJob(h.t, org.auth);
  const expired = (name: string) =>
    createInvitation(h.t, org.auth, job.id, { expiresAt: '2026-11-01T12:00:00Z', candidate: { name, email: `${name.toLowerCase()}@example.com` } });
  const fixedLink = await expired('Fixed');
  const ignoredLink = await expired('Ignored');
  const validLink = await createInvitation(h.t, org.auth, job.id, { expiresAt: '2026-12-30T12:00:00Z' });

  const fixed = await converse(h, { at: '2026-11-10T09:00:00.000Z', auth: { token: fixedLink.token }, say: ['my link expired'] });
  const ticket = await escalate(h, fixed, 'Please extend my link');
  h.t.clock.set(new Date('2026-11-10T09:10:00.000Z'));
  const extend = await request(h.t.app).post(`/api/v1/tickets/${ticket.ticketId}/actions`).set(org.auth).send({ type: 'extend', hours: 48 });
  expect(extend.status).toBe(200);
  h.t.clock.set(new Date('2026-11-10T09:30:00.000Z'));
  expect((await request(h.t.app).get(`/i/${fixedLink.token}`)).status).toBe(302);

  const ignored = await converse(h, { at: '2026-11-10T10:00:00.000Z', auth: { token: ignoredLink.token }, say: ['my link expired'] });
  await escalate(h, ignored, 'Please help');
  const solved = await converse(h, { at: '2026-11-10T11:00:00.000Z', auth: { token: validLink.token }, say: ['That solved it'] });
  await h.t.db.query('UPDATE conversations SET rating_score = $2 WHERE id = $1', [solved.conversationId, 5]);
  await h.t.db.query('UPDATE conversations SET rating_score = $2 WHERE id = $1', [ignored.conversationId, 2]);
  h.t.clock.set(new Date('2026-11-10T12:00:00.000Z'));
  ids = { fixed: fixed.conversationId, ignored: ignored.conversationId, solved: solved.conversationId };
}, 60_000);
afterAll(() => h.close());

const insights = async (query = '?from=2026-11-10&to=2026-11-10') => {
  const res = await getAs(h, staff.agent.cookie, `/api/v1/insights${query}`);
  expect(res.status).toBe(200);
  return res.body;
};

it('counts an extend followed by an open as verified, and a ticket left alone as not', async () => {
  const body = await insights();
  expect(body.conversations.total).toBe(3);
  expect(body.verifiedResolutionRate).toBe(0.3333);
  expect(body.handoffRate).toBe(0.6667);
  // "That solved it" without a ticket; the two tickets are hand-offs, not automated.
  expect(body.automatedResolutionRate).toBe(0.3333);
  // 30 minutes from chat to open, 0 for the candidate who said it was solved at once.
  expect(body.medianMinutesToResolution).toBe(15);
  expect(body.csat).toEqual({ average: 3.5, count: 2 });
});

it('draws the same figures per week (weeks start on Monday, UTC)', async () => {
  const body = await insights();
  expect(body.resolutionByWeek).toEqual([
    expect.objectContaining({ week: '2026-11-09', conversations: 3, verifiedResolutionRate: 0.3333, handoffRate: 0.6667 }),
  ]);
});

it('a candidate who opens the link before the chat is not verified by it', async () => {
  const [row] = await h.t.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM invitation_events e JOIN conversations c ON c.invitation_id = e.invitation_id
     WHERE c.id = $1 AND e.type = 'opened'`,
    [ids.ignored],
  );
  expect(row.n).toBe(0);
  const body = await insights('?from=2026-11-10&to=2026-11-10&scenario=link-valid');
  expect(body.conversations.total).toBe(1);
  expect(body.verifiedResolutionRate).toBe(0);
});

it('filters by policy and answers a bad one with a 400 naming it', async () => {
  expect((await insights('?from=2026-11-10&to=2026-11-10&policy=strict')).conversations.total).toBe(0);
  expect((await insights('?from=2026-11-10&to=2026-11-10&policy=flexible')).conversations.total).toBe(3);
  const res = await getAs(h, staff.agent.cookie, '/api/v1/insights?policy=lenient');
  expect(res.status).toBe(400);
  expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain('policy');
});

it('serves the weekly chart as SVG for the same filters', async () => {
  const res = await getAs(h, staff.agent.cookie, '/api/v1/insights/chart.svg?from=2026-11-10&to=2026-11-10');
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
  expect(String(res.body)).toContain('>11-09<');
  expect((await getAs(h, staff.recruiter.cookie, '/api/v1/insights/chart.svg')).status).toBe(403);
});

it('lists the conversations behind each figure', async () => {
  const behind = async (resolution: string) => {
    const res = await getAs(h, staff.agent.cookie, `/api/v1/transcripts?resolution=${resolution}`);
    expect(res.status).toBe(200);
    return res.body.transcripts.map((t: { id: string }) => t.id).sort();
  };
  expect(await behind('verified')).toEqual([ids.fixed]);
  expect(await behind('handed_off')).toEqual([ids.fixed, ids.ignored].sort());
  expect(await behind('automated')).toEqual([ids.solved]);
  expect((await getAs(h, staff.agent.cookie, '/api/v1/transcripts?resolution=maybe')).status).toBe(400);
});

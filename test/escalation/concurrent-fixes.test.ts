import { request } from '../support/test-app';
import { createInvitation, orgWithJob } from '../support/fixtures';
import { startChat, type ChatHarness } from '../chat/chat-harness';
import { isRepeat } from '../../server/escalation/ticket-actions';

let h: ChatHarness;
beforeAll(async () => {
  h = await startChat();
});
afterAll(() => h.close());

async function ticketFor(policy: 'strict' | 'flexible') {
  const org = await orgWithJob(h.t, policy);
  const inv = await createInvitation(h.t, org.auth, org.job.id, { expiresAt: '2026-11-19T12:00:00Z' });
  const res = await request(h.t.app).post('/api/v1/escalations').send({ token: inv.token, description: 'expired' });
  expect(res.status).toBe(201);
  return { org, inv, ticketId: res.body.ticketId as string };
}

const actionEvents = async (ticketId: string, type: string) => (await h.t.services.tickets.events(ticketId)).filter((e) => e.type === type);

describe('concurrent fixes on one ticket', () => {
  it('ten parallel extends apply once; every answer is the same ticket or a 409', async () => {
    const s = await ticketFor('flexible');
    const act = () => request(h.t.app).post(`/api/v1/tickets/${s.ticketId}/actions`).set(s.org.auth).send({ type: 'extend', hours: 24 });
    const answers = await Promise.all(Array.from({ length: 10 }, act));
    for (const answer of answers) expect([200, 409]).toContain(answer.status);
    expect(await actionEvents(s.ticketId, 'extend')).toHaveLength(1);
    const extended = await h.t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM invitation_events WHERE invitation_id = $1 AND type = 'extended'`, [
      s.inv.id,
    ]);
    expect(extended[0].n).toBe(1);
  });

  it('ten parallel reissues make one new link and one mail', async () => {
    const s = await ticketFor('strict');
    const act = () => request(h.t.app).post(`/api/v1/tickets/${s.ticketId}/actions`).set(s.org.auth).send({ type: 'reissue' });
    const answers = await Promise.all(Array.from({ length: 10 }, act));
    for (const answer of answers) expect([200, 409]).toContain(answer.status);
    expect(await actionEvents(s.ticketId, 'reissue')).toHaveLength(1);
    const links = await h.t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM invitations WHERE org_id = $1', [s.org.orgId]);
    expect(links[0].n).toBe(2);
  });

  it('a different action, or the same one later, is a new fix', async () => {
    const s = await ticketFor('flexible');
    const act = (body: object) => request(h.t.app).post(`/api/v1/tickets/${s.ticketId}/actions`).set(s.org.auth).send(body);
    expect((await act({ type: 'extend', hours: 24 })).status).toBe(200);
    expect((await act({ type: 'extend', hours: 48 })).status).toBe(200);
    expect(await actionEvents(s.ticketId, 'extend')).toHaveLength(2);
    h.t.clock.advance(61_000);
    expect((await act({ type: 'extend', hours: 48 })).status).toBe(200);
    expect(await actionEvents(s.ticketId, 'extend')).toHaveLength(3);
  });
});

describe('isRepeat', () => {
  const now = new Date('2026-11-20T12:00:00Z');
  const extend = { type: 'extend' as const, hours: 24 };
  it('is the same action, asked the same way, within a minute', () => {
    expect(isRepeat({ type: 'extend', data: { request: extend }, at: new Date(now.getTime() - 5000) }, extend, now)).toBe(true);
    expect(isRepeat({ type: 'extend', data: { request: extend }, at: new Date(now.getTime() - 61_000) }, extend, now)).toBe(false);
    expect(isRepeat({ type: 'extend', data: { request: { type: 'extend', hours: 48 } }, at: now }, extend, now)).toBe(false);
    expect(isRepeat({ type: 'reset', data: { request: { type: 'reset' } }, at: now }, extend, now)).toBe(false);
    expect(isRepeat(undefined, extend, now)).toBe(false);
  });
});

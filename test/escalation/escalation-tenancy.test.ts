import { request } from '../support/test-app';
import { createInvitation, orgWithJob } from '../support/fixtures';
import { startChat, type ChatHarness } from '../chat/chat-harness';

let h: ChatHarness;
beforeAll(async () => {
  h = await startChat();
});
afterAll(() => h.close());

const ticketCount = async () => (await h.t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tickets'))[0].n;

async function conversationAbout(token?: string) {
  const client = h.connect(token ? { token } : {});
  const ready = await client.ready();
  await client.bot(1);
  client.close();
  return ready;
}

describe('one ticket, one invitation', () => {
  it("refuses one org's conversation with another org's token, and stores nothing", async () => {
    const a = await orgWithJob(h.t, 'flexible');
    const b = await orgWithJob(h.t, 'flexible');
    const invA = await createInvitation(h.t, a.auth, a.job.id, { expiresAt: '2026-11-19T12:00:00Z' });
    const invB = await createInvitation(h.t, b.auth, b.job.id, { expiresAt: '2026-11-19T12:00:00Z' });
    const chatA = await conversationAbout(invA.token);
    const before = await ticketCount();
    const mixed = await request(h.t.app)
      .post('/api/v1/escalations')
      .field('conversationId', chatA.conversationId)
      .field('resumeSecret', chatA.resumeSecret)
      .field('token', invB.token)
      .field('description', 'mixed');
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.details[0].field).toBe('token');
    // An unknown token with a linked conversation is no better.
    const unknown = await request(h.t.app)
      .post('/api/v1/escalations')
      .send({ conversationId: chatA.conversationId, resumeSecret: chatA.resumeSecret, token: 'AAAAAAAAAAAAAAAAAAAAAAAA', description: 'x' });
    expect(unknown.status).toBe(400);
    expect(await ticketCount()).toBe(before);
    const listB = await request(h.t.app).get('/api/v1/tickets').set(b.auth);
    expect(listB.body.tickets).toEqual([]);
  });

  it("accepts the conversation with its own link's token, and a linkless conversation with a token", async () => {
    const a = await orgWithJob(h.t, 'flexible');
    const invA = await createInvitation(h.t, a.auth, a.job.id);
    const chatA = await conversationAbout(invA.token);
    const same = await request(h.t.app)
      .post('/api/v1/escalations')
      .send({ conversationId: chatA.conversationId, resumeSecret: chatA.resumeSecret, token: invA.token, description: 'same link' });
    expect(same.status).toBe(201);
    const anonymous = await conversationAbout();
    const joined = await request(h.t.app)
      .post('/api/v1/escalations')
      .send({ conversationId: anonymous.conversationId, resumeSecret: anonymous.resumeSecret, token: invA.token, description: 'pasted later' });
    expect(joined.status).toBe(201);
    expect(await h.t.services.tickets.get(joined.body.ticketId)).toMatchObject({ invitationId: invA.id, orgId: a.orgId });
  });
});

describe('Idempotency-Key across candidates and orgs', () => {
  it('the same key from two links makes two tickets, each in its own org', async () => {
    const a = await orgWithJob(h.t);
    const b = await orgWithJob(h.t);
    const invA = await createInvitation(h.t, a.auth, a.job.id);
    const invB = await createInvitation(h.t, b.auth, b.job.id);
    const send = (token: string) => request(h.t.app).post('/api/v1/escalations').set('Idempotency-Key', 'retry-1').send({ token, description: 'same words' });
    const first = await send(invA.token);
    const second = await send(invB.token);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.ticketId).not.toBe(first.body.ticketId);
    expect(await h.t.services.tickets.get(second.body.ticketId)).toMatchObject({ orgId: b.orgId });
    // Within one link the key still deduplicates.
    expect((await send(invB.token)).body.ticketId).toBe(second.body.ticketId);
  });
});

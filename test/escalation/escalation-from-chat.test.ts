import { request } from '../support/test-app';
import { createInvitation, orgWithJob } from '../support/fixtures';
import { startChat, type ChatHarness } from '../chat/chat-harness';

let h: ChatHarness;
beforeAll(async () => {
  h = await startChat();
});
afterAll(() => h.close());

describe('escalating from a chat conversation', () => {
  it('links the ticket to the conversation, tells the open widget, and marks the conversation escalated', async () => {
    const org = await orgWithJob(h.t, 'flexible');
    const inv = await createInvitation(h.t, org.auth, org.job.id, { expiresAt: '2026-11-19T12:00:00Z' });
    const client = h.connect({ token: inv.token, timeZone: 'Asia/Tokyo' });
    const ready = await client.ready();
    await client.bot(1);
    const res = await request(h.t.app)
      .post('/api/v1/escalations')
      .field('conversationId', ready.conversationId)
      .field('resumeSecret', ready.resumeSecret)
      .field('description', 'It expired while I was travelling');
    expect(res.status).toBe(201);
    const notice = await client.until(() => client.messages.find((m) => m.role === 'system' && m.text.includes(res.body.reference)), 'escalation notice');
    expect(notice.text).toContain('Riley Morgan');
    const ticket = await h.t.services.tickets.get(res.body.ticketId);
    expect(ticket).toMatchObject({ conversationId: ready.conversationId, invitationId: inv.id, scenario: 'link-expired', reporterTimeZone: 'Asia/Tokyo' });
    const conversation = await h.t.services.conversations.get(ready.conversationId);
    expect(conversation?.outcome).toBe('escalated');
  });

  it('refuses a wrong resume secret without revealing the conversation', async () => {
    const client = h.connect({});
    const ready = await client.ready();
    const res = await request(h.t.app)
      .post('/api/v1/escalations')
      .send({ conversationId: ready.conversationId, resumeSecret: 'guessed-secret', description: 'help' });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].field).toBe('resumeSecret');
  });

  it('sends a conversation without a valid link to the support queue', async () => {
    const client = h.connect({});
    const ready = await client.ready();
    const res = await request(h.t.app)
      .post('/api/v1/escalations')
      .send({ conversationId: ready.conversationId, resumeSecret: ready.resumeSecret, description: 'my link is gone' });
    expect(res.status).toBe(201);
    const ticket = await h.t.services.tickets.get(res.body.ticketId);
    expect(ticket).toMatchObject({ orgId: null, invitationId: null, conversationId: ready.conversationId });
  });
});

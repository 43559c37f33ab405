import type { TicketUpdate } from '../../server/chat/chat-events';
import { THREAD_MAIL_QUIET_MS } from '../../server/escalation/ticket-thread';
import { createInvitation, orgWithJob } from '../support/fixtures';
import { request } from '../support/test-app';
import { outboxRows } from '../escalation/escalation-helpers';
import { startChat, type ChatHarness } from './chat-harness';

// After an escalation the candidate talks to the recruiter, not the bot.

let h: ChatHarness;
beforeAll(async () => {
  h = await startChat();
});
afterAll(() => h.close());

async function escalated() {
  const org = await orgWithJob(h.t, 'flexible');
  const inv = await createInvitation(h.t, org.auth, org.job.id, { expiresAt: '2026-11-19T12:00:00Z' });
  const client = h.connect({ token: inv.token });
  const updates: TicketUpdate[] = [];
  client.socket.on('ticket:updated', (update) => updates.push(update));
  const ready = await client.ready();
  await client.bot(1);
  const res = await request(h.t.app)
    .post('/api/v1/escalations')
    .field('conversationId', ready.conversationId)
    .field('resumeSecret', ready.resumeSecret)
    .field('description', 'It expired while I was travelling');
  expect(res.status).toBe(201);
  await client.until(() => updates[0], 'ticket:updated');
  return { org, inv, client, ready, updates, ticketId: res.body.ticketId as string, reference: res.body.reference as string };
}

describe('hand-over to the recruiter', () => {
  it('tells the widget who the candidate now talks to', async () => {
    const { updates, ticketId, reference, client } = await escalated();
    expect(updates[0]).toMatchObject({ ticketId, status: 'open', reference, recruiterName: 'Riley Morgan' });
    client.close();
  });

  it("puts the candidate's messages in the ticket thread, with no bot answer, and mails the recruiter once per quiet period", async () => {
    const { client, ticketId } = await escalated();
    const botBefore = client.messages.filter((m) => m.role === 'bot').length;
    const mailsBefore = (await outboxRows(h.t)).filter((r) => r.topic === 'ticket.thread').length;
    expect(await client.send('Thanks! Which link should I use now?')).toMatchObject({ ok: true });
    expect(await client.send('Also, is the deadline in my time zone?')).toMatchObject({ ok: true });
    await client.until(() => client.messages.filter((m) => m.role === 'candidate').length >= 2 || undefined, 'candidate echoes');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.messages.filter((m) => m.role === 'bot').length).toBe(botBefore);

    const ticket = await request(h.t.app)
      .get(`/api/v1/tickets/${ticketId}`)
      .set(await staffAuth());
    expect(ticket.body.thread.map((l: { text: string }) => l.text)).toEqual(
      expect.arrayContaining(['Thanks! Which link should I use now?', 'Also, is the deadline in my time zone?']),
    );
    const mails = (await outboxRows(h.t)).filter((r) => r.topic === 'ticket.thread');
    expect(mails.length - mailsBefore).toBe(1);
    expect(mails.at(-1)?.payload).toMatchObject({ to: 'riley@example.com' });

    h.t.clock.advance(THREAD_MAIL_QUIET_MS + 1000);
    await client.send('Hello? Still waiting');
    await client.until(() => client.messages.filter((m) => m.role === 'candidate').length >= 3 || undefined, 'third echo');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await outboxRows(h.t)).filter((r) => r.topic === 'ticket.thread').length - mailsBefore).toBe(2);
    client.close();
  });

  it('goes back to the bot once the ticket is resolved', async () => {
    const { client, ticketId } = await escalated();
    await h.t.db.query(`UPDATE tickets SET status = 'resolved' WHERE id = $1`, [ticketId]);
    const answer = await client.ask('my camera does not work');
    expect(answer.role).toBe('bot');
    client.close();
  });
});

/** A support agent's session cookie. */
async function staffAuth() {
  const { signInStaff } = await import('../transcripts/transcript-fixtures');
  const staff = await signInStaff(h);
  return { Cookie: staff.agent.cookie };
}

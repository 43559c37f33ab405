import { createInvitation, orgWithJob } from '../support/fixtures';
import { startChat, type ChatHarness } from './chat-harness';

let h: ChatHarness;
beforeAll(async () => {
  h = await startChat();
});
afterAll(() => h.close());

async function linkedConversation() {
  const org = await orgWithJob(h.t, 'flexible');
  const invitation = await createInvitation(h.t, org.auth, org.job.id, { candidate: { name: 'Jane', email: 'jane.doe@example.com' } });
  const client = h.connect({ token: invitation.token });
  const { conversationId } = await client.ready();
  await client.bot(1);
  return { client, conversationId };
}

const ratingOf = async (id: string) =>
  (
    await h.t.db.query<{ rating_score: number | null; rating_comment: string | null; rated_at: Date | null }>(
      'SELECT rating_score, rating_comment, rated_at FROM conversations WHERE id = $1',
      [id],
    )
  )[0];

const transcriptMails = (to: string) =>
  h.t.db.query<{ topic: string; payload: { to: string; subject: string; text: string } }>(
    `SELECT topic, payload FROM outbox WHERE channel = 'email' AND payload->>'to' = $1`,
    [to],
  );

describe('conversation:rate', () => {
  it('stores the score and comment with the conversation; rating again replaces it', async () => {
    const { client, conversationId } = await linkedConversation();
    expect(await client.socket.emitWithAck('conversation:rate', { score: 4, comment: '  Quick and clear  ' })).toEqual({ ok: true });
    expect(await ratingOf(conversationId)).toMatchObject({ rating_score: 4, rating_comment: 'Quick and clear' });
    expect((await ratingOf(conversationId)).rated_at).toBeInstanceOf(Date);

    expect(await client.socket.emitWithAck('conversation:rate', { score: 2 })).toEqual({ ok: true });
    expect(await ratingOf(conversationId)).toMatchObject({ rating_score: 2, rating_comment: null });
  });

  it.each([0, 6, 3.5, '5', null])('refuses score %p with an invalid_request naming the field, storing nothing', async (score) => {
    const { client, conversationId } = await linkedConversation();
    const ack = await client.socket.emitWithAck('conversation:rate', { score } as never);
    expect(ack).toMatchObject({ error: { code: 'invalid_request' } });
    expect('error' in ack && ack.error.message).toMatch(/score/);
    expect((await ratingOf(conversationId)).rating_score).toBeNull();
  });
});

describe('conversation:email', () => {
  it("sends the transcript to the invitation's own address only, masked in the ack, at most once per 10 minutes", async () => {
    const { client } = await linkedConversation();
    await client.ask('my camera does not work');
    const ack = await client.socket.emitWithAck('conversation:email', {});
    expect(ack).toEqual({ ok: true, to: expect.stringMatching(/^j.*@.*$/) });
    expect('ok' in ack && ack.to).not.toContain('jane.doe@example.com');

    const mails = await transcriptMails('jane.doe@example.com');
    expect(mails).toHaveLength(1);
    expect(mails[0].topic).toBe('conversation.transcript');
    expect(mails[0].payload.text).toContain('You:\nmy camera does not work');
    expect(mails[0].payload.text).toMatch(/Assistant:/);

    expect(await client.socket.emitWithAck('conversation:email', {})).toMatchObject({ error: { code: 'rate_limited' } });
    expect(await transcriptMails('jane.doe@example.com')).toHaveLength(1);

    h.t.clock.advance(11 * 60_000);
    expect(await client.socket.emitWithAck('conversation:email', {})).toMatchObject({ ok: true });
    expect(await transcriptMails('jane.doe@example.com')).toHaveLength(2);
  });

  it('has no address for a conversation without a link', async () => {
    const client = h.connect({});
    await client.ready();
    expect(await client.socket.emitWithAck('conversation:email', {})).toMatchObject({ error: { code: 'no_address' } });
  });
});

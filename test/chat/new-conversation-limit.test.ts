import { connectError, startChat, type ChatHarness } from './chat-harness';

let h: ChatHarness;
beforeAll(async () => {
  h = await startChat({
    newConversationLimit: { limit: 2, windowMs: 60_000 },
    // Stands in for TRUST_PROXY's X-Forwarded-For: the address the balancer saw.
    clientAddress: (req) => String(req.headers['x-client'] ?? req.socket.remoteAddress),
  });
});
afterAll(() => h.close());

const from = (client: string) => ({ extraHeaders: { 'x-client': client } });

describe('new conversations per client address', () => {
  it('refuses a third new chat from one address, but not resuming one, nor another address', async () => {
    const first = h.connect({}, from('203.0.113.7'));
    const { conversationId, resumeSecret } = await first.ready();
    first.close();
    const second = h.connect({}, from('203.0.113.7'));
    await second.ready();
    second.close();

    const third = h.connect({}, from('203.0.113.7'));
    const refused = await connectError(third);
    expect(refused.data?.code).toBe('rate_limited');
    expect(refused.data?.message).toMatch(/try again in 1 minute/);
    third.close();

    // A made-up conversation to resume would otherwise start a new one: refused too.
    const forged = h.connect({ conversationId, resumeSecret: 'not-the-secret' }, from('203.0.113.7'));
    expect((await connectError(forged)).data?.code).toBe('rate_limited');
    forged.close();

    const resumed = h.connect({ conversationId, resumeSecret }, from('203.0.113.7'));
    expect((await resumed.ready()).conversationId).toBe(conversationId);
    resumed.close();

    const elsewhere = h.connect({}, from('198.51.100.4'));
    expect((await elsewhere.ready()).conversationId).not.toBe(conversationId);
    elsewhere.close();
  });
});

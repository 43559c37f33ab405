import { createInvitation, orgWithJob } from '../support/fixtures';
import { connectError, startChat, type ChatClient, type ChatHarness } from './chat-harness';
import { MAX_SOCKETS_PER_CONVERSATION } from '../../server/chat/chat-limits';
import { createLimits } from '../../server/http/limits';

// The chat's limits hold per conversation (all its sockets), per address, and per
// conversation's sockets, not per connection.

jest.setTimeout(60_000);

const from = (client: string) => ({ extraHeaders: { 'x-client': client } });
const start = (options: Parameters<typeof startChat>[0] = {}) =>
  startChat({ clientAddress: (req) => String(req.headers['x-client'] ?? req.socket.remoteAddress), ...options });

/** 'ready', or the code of the connect_error. */
async function readyOrRefused(client: ChatClient): Promise<string> {
  return new Promise((resolve) => {
    client.socket.once('conversation:ready', () => resolve('ready'));
    client.socket.once('connect_error', (error: Error & { data?: { code: string } }) => resolve(error.data?.code ?? 'error'));
  });
}

describe('chat limits', () => {
  let h: ChatHarness;
  beforeAll(async () => {
    h = await start();
  });
  afterAll(() => h.close());

  it('five sockets on one conversation share its 20 commands per 10 s', async () => {
    const first = h.connect({}, from('198.51.100.1'));
    const { conversationId, resumeSecret } = await first.ready();
    const sockets = [first];
    for (let i = 1; i < 5; i += 1) {
      const next = h.connect({ conversationId, resumeSecret }, from('198.51.100.1'));
      await next.ready();
      sockets.push(next);
    }
    const acks = await Promise.all(Array.from({ length: 100 }, (_, i) => sockets[i % 5].send(`hello ${i}`, `burst-${i}`)));
    expect(acks.filter((ack) => 'ok' in ack).length).toBeLessThanOrEqual(20);
    expect(acks.filter((ack) => 'error' in ack && ack.error.code === 'rate_limited').length).toBeGreaterThanOrEqual(80);
    const [{ n }] = await h.t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM conversation_messages WHERE conversation_id = $1 AND role = 'candidate'",
      [conversationId],
    );
    expect(n).toBeLessThanOrEqual(20);
    for (const socket of sockets) socket.close();
  });

  it(`caps the sockets of one conversation at ${MAX_SOCKETS_PER_CONVERSATION}`, async () => {
    const first = h.connect({}, from('198.51.100.2'));
    const { conversationId, resumeSecret } = await first.ready();
    const outcomes = [];
    for (let i = 0; i < MAX_SOCKETS_PER_CONVERSATION + 2; i += 1) {
      outcomes.push(await readyOrRefused(h.connect({ conversationId, resumeSecret }, from('198.51.100.2'))));
    }
    expect(outcomes.filter((o) => o === 'ready')).toHaveLength(MAX_SOCKETS_PER_CONVERSATION - 1);
    expect(outcomes.filter((o) => o === 'rate_limited')).toHaveLength(3);
  });

  it('pasted links that do not exist are throttled like the gateway; a real one still goes through', async () => {
    const limited = await start({ limits: createLimits({ enabled: true, budgets: { unknownToken: { points: 3, seconds: 600 } } }) });
    try {
      const { auth, job } = await orgWithJob(limited.t);
      const real = await createInvitation(limited.t, auth, job.id);
      const client = limited.connect({}, from('198.51.100.3'));
      await client.ready();
      const codes: string[] = [];
      for (let i = 0; i < 5; i += 1) {
        const fake = `https://links.test/i/Zz${String(i).padStart(4, '0')}unknownTokenXyz_123`;
        const ack = await client.send(`my link ${fake} does not work`);
        codes.push('error' in ack ? ack.error.code : 'ok');
      }
      expect(codes).toEqual(['ok', 'ok', 'ok', 'rate_limited', 'rate_limited']);
      const refusal = await client.send('and https://links.test/i/Zz9999unknownTokenXyz_123');
      expect('error' in refusal && refusal.error.message).toMatch(/^Too many links that do not exist .* try again in (9|10) minutes\.$/);
      const ok = await client.send(`here it is ${real.url}`);
      expect('ok' in ok).toBe(true);
      // A new chat opened on an unknown link is refused too, now: in the language the widget names.
      const refused = limited.connect({ link: 'https://links.test/i/AnotherUnknownToken_987', language: 'es' }, from('198.51.100.3'));
      const error = await connectError(refused);
      expect(error.data?.code).toBe('rate_limited');
      expect(error.data?.message).toMatch(/^Desde tu red se han probado demasiados enlaces que no existen\. Vuelve a intentarlo en (9|10) minutos\.$/);
    } finally {
      await limited.close();
    }
  });
});

describe('handshakes per address', () => {
  it('refuses a flood of resumed sockets from one address', async () => {
    const h = await start();
    try {
      const first = h.connect({}, from('198.51.100.9'));
      await first.ready();
      const outcomes: string[] = [];
      for (let i = 0; i < 130; i += 1) {
        const other = h.connect({ conversationId: `made-up-${i}`, resumeSecret: 'x' }, { ...from('198.51.100.9') });
        outcomes.push(await readyOrRefused(other));
        other.close();
      }
      expect(outcomes.filter((o) => o === 'rate_limited').length).toBeGreaterThan(0);
      const elsewhere = h.connect({}, from('198.51.100.10'));
      expect(await readyOrRefused(elsewhere)).toBe('ready');
    } finally {
      await h.close();
    }
  });
});

import fc from 'fast-check';
import { startChat, type ChatClient, type ChatHarness } from '../chat/chat-harness';
import { fuzz, FUZZ_OPTIONS, nastyJson, nastyString, shaped } from './fuzz-arbitraries';

// Property: whatever a socket sends, in its handshake or as a command, the server
// answers with a refusal or a result, never `internal_error`, and keeps serving.

jest.setTimeout(60_000);

let h: ChatHarness;
beforeAll(async () => {
  // Without limits, so that every attempt reaches validation instead of a 429.
  h = await startChat({ rateLimit: false });
});
afterAll(() => h.close());

type Ack = { ok?: true; error?: { code: string; message: string } };

// Ready, refused with a reason, or (for a CONNECT packet that is not even an object)
// closed by Socket.IO itself; silence is a failure.
function outcome(client: ChatClient): Promise<{ ready: true } | { code?: string }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no answer to the handshake')), 15_000);
    const settle = (value: { ready: true } | { code?: string }) => {
      clearTimeout(timer);
      resolve(value);
    };
    client.socket.once('conversation:ready', () => settle({ ready: true }));
    client.socket.once('connect_error', (error: Error & { data?: { code: string } }) => settle({ code: error.data?.code }));
    client.socket.once('disconnect', () => settle({ code: 'closed' }));
  });
}

describe('chat handshake', () => {
  it('any auth: ready or a refusal naming the problem, never internal_error', async () => {
    const auth = shaped({
      token: nastyString,
      link: nastyString,
      conversationId: nastyString,
      resumeSecret: nastyString,
      timeZone: nastyString,
      locale: nastyString,
    });
    await fuzz(
      fc.asyncProperty(auth, async (value) => {
        const client = h.connect((cb) => cb(value as object));
        const result = await outcome(client);
        client.close();
        if ('code' in result && result.code === 'internal_error') throw new Error('internal_error');
      }),
      FUZZ_OPTIONS,
    );
  });
});

describe('chat commands', () => {
  let client: ChatClient;
  beforeAll(async () => {
    client = h.connect({});
    await client.ready();
  });

  const payloads = {
    'message:send': shaped({ text: nastyString, clientMessageId: nastyString }),
    'client:diagnostics': shaped({
      browser: shaped({ name: nastyString, version: nastyString }),
      os: nastyString,
      online: fc.boolean(),
      timeZone: nastyString,
      userAgent: nastyString,
    }),
    'conversation:rate': shaped({ score: fc.oneof(fc.integer(), fc.double(), nastyString), comment: nastyString }),
  };

  it.each(Object.keys(payloads))('%s with any payload: an ack, never internal_error', async (event) => {
    await fuzz(
      fc.asyncProperty(payloads[event as keyof typeof payloads], async (payload) => {
        const ack = (await client.socket.timeout(5000).emitWithAck(event as 'message:send', payload as never)) as Ack;
        if (ack.error?.code === 'internal_error') throw new Error(`internal_error for ${JSON.stringify(payload)}`);
      }),
      FUZZ_OPTIONS,
    );
  });

  it('unknown events and stray arguments are ignored', async () => {
    await fuzz(
      fc.asyncProperty(nastyString, fc.array(nastyJson, { maxLength: 3 }), async (event, args) => {
        (client.socket.emit as (event: string, ...args: unknown[]) => void)(event.replace(/[\uD800-\uDFFF]/g, '?'), ...args);
      }),
      { ...FUZZ_OPTIONS, interruptAfterTimeLimit: 1000 },
    );
  });

  it('the socket and the server still serve afterwards', async () => {
    expect(client.socket.connected).toBe(true);
    const ack = await client.send('is my link still valid?');
    expect('ok' in ack && ack.ok).toBe(true);
    const fresh = h.connect({});
    expect((await fresh.ready()).conversationId).toEqual(expect.any(String));
    fresh.close();
  });
});

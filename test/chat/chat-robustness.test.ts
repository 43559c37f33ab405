import request from 'supertest';
import { MAX_MESSAGE_LENGTH } from '../../server/chat/chat-events';
import { connectError, disconnected, startChat, type ChatClient, type ChatHarness } from './chat-harness';

let h: ChatHarness;
beforeAll(async () => {
  h = await startChat({ commandLimit: { limit: 40, windowMs: 60_000 } });
});
afterAll(() => h.close());

type Ack = { ok?: true; id?: string; error?: { code: string; message: string } };

/** Emits raw arguments, as a hostile client could, and waits for the ack. */
function rawEmit(client: ChatClient, event: string, ...args: unknown[]): Promise<Ack> {
  const socket = client.socket as unknown as { timeout(ms: number): { emitWithAck(e: string, ...a: unknown[]): Promise<Ack> } };
  return socket.timeout(3000).emitWithAck(event, ...args);
}

async function connected(): Promise<ChatClient> {
  const client = h.connect({});
  await client.bot(1);
  return client;
}

/** The server still serves: a new chat gets its greeting and HTTP answers. */
async function stillServing(): Promise<void> {
  const probe = await connected();
  expect((await probe.ask('my camera is blocked')).scenario).toBe('camera-mic-permission');
  probe.close();
  await request(h.http).get('/healthz').expect(200);
}

describe('message:send with a bad payload', () => {
  it.each([
    ['a wrong type', { text: 5, clientMessageId: 'a' }, 'text'],
    ['a missing field', { text: 'hello' }, 'clientMessageId'],
    ['blank text', { text: '   ', clientMessageId: 'a' }, 'text'],
    ['text over the limit', { text: 'x'.repeat(MAX_MESSAGE_LENGTH + 1), clientMessageId: 'a' }, 'text'],
    ['a string payload', 'hello', 'payload'],
    ['a number payload', 42, 'payload'],
    ['a null payload', null, 'payload'],
    ['an array payload', [{ text: 'hi', clientMessageId: 'a' }], 'payload'],
  ])('refuses %s through the ack, naming the field', async (_name, payload, field) => {
    const client = await connected();
    const ack = await rawEmit(client, 'message:send', payload);
    expect(ack.error?.code).toBe('invalid_request');
    expect(ack.error?.message).toContain(field);
    expect(client.socket.connected).toBe(true);
    client.close();
  });

  it('answers an ack-only emit and survives emits without an ack', async () => {
    const client = await connected();
    expect((await rawEmit(client, 'message:send')).error?.code).toBe('invalid_request');
    const untyped = client.socket as unknown as { emit(event: string, ...args: unknown[]): void };
    untyped.emit('message:send', { text: 'no ack here', clientMessageId: 'n1' });
    untyped.emit('message:send', 'garbage');
    untyped.emit('client:diagnostics');
    untyped.emit('no:such-event', { a: 1 });
    // The message without an ack is still stored and answered.
    await client.until(() => client.messages.find((m) => m.clientMessageId === 'n1'), 'the unacked message');
    await client.bot(2);
    expect(client.socket.connected).toBe(true);
    client.close();
    await stillServing();
  });

  it('answers a 100 KB message with an error ack naming the field, and keeps the socket', async () => {
    const client = await connected();
    const ack = await rawEmit(client, 'message:send', { text: 'x'.repeat(100_000), clientMessageId: 'big' });
    expect(ack.error?.code).toBe('invalid_request');
    expect(ack.error?.message).toMatch(/text/);
    expect(client.socket.connected).toBe(true);
    client.close();
  });

  it('drops a frame beyond maxHttpBufferSize without harming the process', async () => {
    const client = await connected();
    const gone = disconnected(client);
    client.socket.emit('message:send', { text: 'x'.repeat(1_100_000), clientMessageId: 'huge' }, () => undefined);
    expect(await gone).toMatch(/transport (close|error)/);
    await stillServing();
  });
});

describe('client:diagnostics with a bad payload', () => {
  it('refuses wrong types and unknown values, naming the fields, and stores nothing', async () => {
    const client = await connected();
    const { conversationId } = await client.ready();
    const ack = await rawEmit(client, 'client:diagnostics', { online: 'yes', permissions: { camera: 'maybe' } });
    expect(ack.error?.code).toBe('invalid_request');
    expect(ack.error?.message).toMatch(/online/);
    expect(ack.error?.message).toMatch(/permissions\.camera/);
    expect((await rawEmit(client, 'client:diagnostics', 'not an object')).error?.code).toBe('invalid_request');
    const [row] = await h.t.db.query<{ client_diagnostics: unknown }>('SELECT client_diagnostics FROM conversations WHERE id = $1', [conversationId]);
    expect(row.client_diagnostics).toBeNull();
    client.close();
  });
});

describe('the handshake', () => {
  it('refuses an invalid auth with a connect_error that names the field', async () => {
    const client = h.connect({ token: 'x'.repeat(500), resumeSecret: 42 } as never);
    const error = await connectError(client);
    expect(error.data?.code).toBe('invalid_request');
    expect(error.data?.message).toMatch(/token/);
    expect(error.data?.message).toMatch(/resumeSecret/);
    client.close();
    await stillServing();
  });

  it('ignores an unknown time zone or locale instead of failing the answer', async () => {
    const client = h.connect({ timeZone: 'Mars/Olympus_Mons', locale: 'not a locale!!' });
    expect((await client.bot(1)).role).toBe('bot');
    client.close();
  });

  it('serves /chat over long-polling too, to any origin without credentials', async () => {
    const res = await request(h.http).get('/socket.io/?EIO=4&transport=polling').set('Origin', 'https://careers.some-company.example');
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    const polling = h.connect({}, { transports: ['polling'] });
    expect((await polling.bot(1)).role).toBe('bot');
    polling.close();
  });
});

describe('rate limit', () => {
  it('refuses commands beyond the per-connection budget through the ack', async () => {
    const limited = await startChat({ commandLimit: { limit: 2, windowMs: 60_000 } });
    try {
      const client = limited.connect({});
      await client.bot(1);
      await client.send('hello');
      await client.send('hello again');
      const third = await client.send('and again');
      expect('error' in third && third.error.code).toBe('rate_limited');
      client.close();
    } finally {
      await limited.close();
    }
  });
});

describe('NUL characters (PostgreSQL refuses them)', () => {
  it('in a chat message: an error ack naming the field, nothing stored, the socket kept', async () => {
    const client = await connected();
    const ack = await rawEmit(client, 'message:send', { text: 'my link \u0000 is broken', clientMessageId: 'nul-1' });
    expect(ack.error).toMatchObject({ code: 'invalid_request', message: expect.stringMatching(/text/) });
    const id = await rawEmit(client, 'message:send', { text: 'my link is broken', clientMessageId: 'nul\u00002' });
    expect(id.error).toMatchObject({ code: 'invalid_request', message: expect.stringMatching(/clientMessageId/) });
    const stored = await h.t.db.query("SELECT 1 FROM conversation_messages WHERE text LIKE '%is broken%' AND role = 'candidate'");
    expect(stored).toHaveLength(0);
    expect(client.socket.connected).toBe(true);
    client.close();
  });

  it.each(['token', 'link', 'conversationId', 'resumeSecret'])('in the handshake field %s: a connect_error naming it', async (field) => {
    const client = h.connect({ [field]: `abc\u0000def` });
    const error = await connectError(client);
    expect(error.data?.code).toBe('invalid_request');
    expect(error.data?.message).toContain(field);
    client.close();
  });

  it.each(['locale', 'timeZone'])('in the handshake field %s: refused naming it, or ignored; never an internal error', async (field) => {
    const client = h.connect({ [field]: `en\u0000US` });
    const outcome = await new Promise<string>((resolve) => {
      client.socket.once('conversation:ready', () => resolve('ready'));
      client.socket.once('connect_error', (error: Error & { data?: { code: string; message: string } }) =>
        resolve(error.data?.message.includes(field) ? error.data.code : `unexpected: ${JSON.stringify(error.data)}`),
      );
    });
    expect(['ready', 'invalid_request']).toContain(outcome);
    client.close();
  });
});

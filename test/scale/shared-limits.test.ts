import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io as connectClient } from 'socket.io-client';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../../bench/throwaway-database';
import { createChatServer, type ChatServer } from '../../server/chat/chat-server';
import type { ChatAck, ConversationReady } from '../../server/chat/chat-events';
import type { Database } from '../../server/db/database';
import { migrate } from '../../server/db/migrate';
import { createPostgresDatabase } from '../../server/db/postgres-database';
import { createUser } from '../auth/auth-fixtures';
import { createInvitation, orgWithJob } from '../support/fixtures';
import { createTestApp, request, type TestApp } from '../support/test-app';

// Two nodes (each its own app, pool and limiter) on one PostgreSQL spend one budget:
// a client spread over them gets no more than it would from one.

jest.setTimeout(60_000);

let store: ThrowawayDatabase;
let pools: Database[];
let nodes: TestApp[];
const https: Server[] = [];
const chats: ChatServer[] = [];
const budgets = { chatConversation: { points: 4, seconds: 60 } };

beforeAll(async () => {
  store = await createThrowawayDatabase('ld_limits');
  pools = [createPostgresDatabase(store.url, { max: 4 }), createPostgresDatabase(store.url, { max: 4 })];
  await migrate(pools[0]);
  nodes = await Promise.all(pools.map((db) => createTestApp({ db, rateLimit: true, trustProxy: 1, budgets })));
});

afterAll(async () => {
  for (const chat of chats) await chat.close();
  for (const http of https) http.close();
  for (const pool of pools) await pool.close();
  await store.drop();
});

const unknown = (i: number) => `/i/unknownTokenNumber${String(i).padStart(6, '0')}`;

describe('one budget across two nodes on PostgreSQL', () => {
  it('unknown-token lookups: 10 on each node spend the 20, the 21st is refused on either; a valid link still opens', async () => {
    const [a, b] = nodes;
    const ip = '203.0.113.50';
    for (let i = 0; i < 10; i += 1) expect((await request(a.app).get(unknown(i)).set('X-Forwarded-For', ip)).status).toBe(404);
    for (let i = 10; i < 20; i += 1) expect((await request(b.app).get(unknown(i)).set('X-Forwarded-For', ip)).status).toBe(404);
    expect((await request(a.app).get(unknown(20)).set('X-Forwarded-For', ip)).status).toBe(429);
    expect((await request(b.app).get(unknown(21)).set('X-Forwarded-For', ip)).status).toBe(429);
    const { auth, job } = await orgWithJob(a);
    const real = await createInvitation(a, auth, job.id);
    expect((await request(b.app).get(`/i/${real.token}`).set('X-Forwarded-For', ip)).status).toBe(302);
    const [{ n }] = await pools[0].query<{ n: number }>("SELECT count(*)::int AS n FROM rate_limits WHERE key LIKE 'unknownToken:%'");
    expect(n).toBe(1);
  });

  it('failed logins: 5 on each node lock the account on both', async () => {
    const [a, b] = nodes;
    const user = await createUser(a, 'agent');
    const ip = '203.0.113.51';
    const attempt = (t: TestApp, password: string) =>
      request(t.app).post('/api/v1/auth/login').set('X-Forwarded-For', ip).send({ email: user.email, password });
    for (let i = 0; i < 5; i += 1) expect((await attempt(a, 'wrong')).status).toBe(401);
    for (let i = 0; i < 5; i += 1) expect((await attempt(b, 'wrong')).status).toBe(401);
    expect((await attempt(a, user.password)).status).toBe(429);
    expect((await attempt(b, user.password)).status).toBe(429);
  });

  it('chat commands: one conversation resumed on both nodes shares its budget', async () => {
    const urls: string[] = [];
    for (const node of nodes) {
      const http = createServer(node.app);
      chats.push(createChatServer(http, node.services, { limits: node.limits }));
      await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
      https.push(http);
      urls.push(`http://127.0.0.1:${(http.address() as AddressInfo).port}`);
    }
    const connect = (url: string, auth: object) => connectClient(`${url}/chat`, { auth, forceNew: true, transports: ['websocket'], reconnection: false });
    const first = connect(urls[0], {});
    const ready = await new Promise<ConversationReady>((resolve) => first.once('conversation:ready', resolve));
    const second = connect(urls[1], { conversationId: ready.conversationId, resumeSecret: ready.resumeSecret });
    await new Promise((resolve) => second.once('conversation:ready', resolve));
    const send = (socket: typeof first, i: number) =>
      socket.timeout(10_000).emitWithAck('message:send', { text: `question ${i}`, clientMessageId: `m-${i}` }) as Promise<ChatAck<{ id: string }>>;
    const acks = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => send(i % 2 === 0 ? first : second, i)));
    expect(acks.filter((ack) => 'ok' in ack)).toHaveLength(4);
    expect(acks.filter((ack) => 'error' in ack && ack.error.code === 'rate_limited')).toHaveLength(2);
    first.close();
    second.close();
  });
});

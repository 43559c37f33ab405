import type { ChildServer } from '../../bench/child-server';
import { requestsTo, startNodeBehindProxy, stopNodeBehindProxy } from './node-behind-proxy';
import { Candidate, eventually, type Cluster } from './scale-harness';
import type { TcpProxy } from './tcp-proxy';

// PostgreSQL becomes unreachable under a running node and comes back: the node says
// so (503s, `service:status`), loses nothing it acknowledged, and recovers by itself.

jest.setTimeout(120_000);

let cluster: Cluster;
let proxy: TcpProxy;
let node: ChildServer;
const candidates: Candidate[] = [];

beforeAll(async () => {
  ({ cluster, proxy, node } = await startNodeBehindProxy());
});

afterAll(() => stopNodeBehindProxy({ cluster, proxy }, candidates));

const { get, diagnose } = requestsTo(() => node);

async function send(candidate: Candidate, text: string, clientMessageId: string) {
  return candidate.socket.timeout(15_000).emitWithAck('message:send', { text, clientMessageId });
}

describe('PostgreSQL unreachable, then reachable again', () => {
  it('answers 503, tells the widget, keeps what it acknowledged, and recovers without a restart', async () => {
    const link = await cluster.invitation(node);
    const candidate = new Candidate(node.url, { token: link.token });
    candidates.push(candidate);
    const ready = await eventually(() => candidate.readies[0], 'conversation:ready');
    await eventually(() => candidate.messages.find((m) => m.role === 'bot'), 'the diagnosis');
    expect(await send(candidate, 'my camera does not work', 'before-1')).toMatchObject({ ok: true });

    proxy.cut();

    const health = await eventually(async () => {
      const res = await get('/healthz');
      return res.status === 503 && res;
    }, '/healthz 503');
    expect((await health.json()).error.code).toEqual(expect.any(String));
    const refused = await diagnose(link.token);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    expect((await refused.json()).error).toMatchObject({ code: 'service_unavailable', message: expect.any(String) });
    await eventually(() => candidate.statuses.includes(true), 'service:status degraded');

    const during = await send(candidate, 'is it working now?', 'during-1');
    expect(during).toMatchObject({ error: { code: 'service_unavailable' } });
    const newcomer = new Candidate(node.url, { token: link.token });
    candidates.push(newcomer);
    const connectError = await new Promise<Error & { data?: { code: string } }>((resolve) => newcomer.socket.once('connect_error', resolve));
    expect(connectError.data?.code).toBe('service_unavailable');

    proxy.restore();

    await eventually(async () => (await get('/healthz')).status === 200, '/healthz 200 again', 30_000);
    await eventually(() => candidate.statuses.at(-1) === false, 'service:status recovered', 30_000);
    expect((await diagnose(link.token)).status).toBe(200);
    // The widget sends what was refused again, with the same id.
    const botsBefore = candidate.messages.filter((m) => m.role === 'bot').length;
    expect(await send(candidate, 'is it working now?', 'during-1')).toMatchObject({ ok: true });
    await eventually(() => candidate.messages.filter((m) => m.role === 'bot').length > botsBefore, 'an answer after recovery');

    const stored = await cluster.query<{ client_message_id: string }>(
      `SELECT client_message_id FROM conversation_messages WHERE conversation_id = $1 AND role = 'candidate' ORDER BY seq`,
      [ready.conversationId],
    );
    expect(stored.map((m) => m.client_message_id)).toEqual(['before-1', 'during-1']);
  });
});

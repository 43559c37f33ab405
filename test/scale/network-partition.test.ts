import type { ChildServer } from '../../bench/child-server';
import { requestsTo, startNodeBehindProxy, stopNodeBehindProxy } from './node-behind-proxy';
import { Candidate, eventually, type Cluster } from './scale-harness';
import type { TcpProxy } from './tcp-proxy';

// A silent network partition between a node and PostgreSQL: no RST, no FIN, packets
// just stop. Nothing fails by itself; only the node's own timeouts (statement,
// connection, the health heartbeat) can tell. It must show as degraded within 3 s,
// answer 503 rather than hang, and recover by itself once the network heals.

jest.setTimeout(120_000);

const WITHIN_MS = 3000;

let cluster: Cluster;
let proxy: TcpProxy;
let node: ChildServer;
const candidates: Candidate[] = [];

beforeAll(async () => {
  ({ cluster, proxy, node } = await startNodeBehindProxy());
});

afterAll(() => stopNodeBehindProxy({ cluster, proxy }, candidates));

const { get, diagnose } = requestsTo(() => node);

describe('a silent network partition between a node and PostgreSQL', () => {
  it(`shows as degraded within ${WITHIN_MS / 1000} s, answers 503 instead of hanging, and recovers by itself`, async () => {
    const link = await cluster.invitation(node);
    const candidate = new Candidate(node.url, { token: link.token });
    candidates.push(candidate);
    await eventually(() => candidate.readies[0], 'conversation:ready');
    // The greeting's diagnosis is stored after `conversation:ready`: let it land first.
    await eventually(() => candidate.messages.find((m) => m.role === 'bot'), 'the diagnosis');
    // Warm the pool: the partition should catch idle pooled connections, the hard case.
    await Promise.all(Array.from({ length: 5 }, () => diagnose(link.token)));
    expect((await get('/healthz')).status).toBe(200);

    proxy.partition();
    const cutAt = Date.now();

    // The idle widget is told, though nobody queried: the heartbeat noticed.
    await eventually(() => candidate.statuses.includes(true), 'service:status degraded', 10_000);
    expect(Date.now() - cutAt).toBeLessThanOrEqual(WITHIN_MS);

    const health = await get('/healthz');
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toBeTruthy();
    expect(Date.now() - cutAt).toBeLessThanOrEqual(WITHIN_MS + 2000);

    // An API call that must read the store gets a 503 within the statement timeout.
    const startedAt = Date.now();
    const refused = await cluster.api(node, 'GET', `/api/v1/invitations/${link.id}`);
    expect(refused.status).toBe(503);
    expect(Date.now() - startedAt).toBeLessThanOrEqual(WITHIN_MS);

    proxy.heal();

    await eventually(async () => (await get('/healthz')).status === 200, '/healthz 200 again', 30_000);
    await eventually(() => candidate.statuses.at(-1) === false, 'service:status recovered', 30_000).catch((error: Error) => {
      throw new Error(`${error.message}; statuses ${JSON.stringify(candidate.statuses)}, connected ${candidate.socket.connected}\n${node.output()}`);
    });
    const [{ opens }] = await cluster.query<{ opens: number }>('SELECT access_count AS opens FROM invitations WHERE id = $1', [link.id]);
    const before = Number(opens);
    expect((await fetch(`${node.url}/i/${link.token}`, { redirect: 'manual' })).status).toBe(302);
    const [{ opens: after }] = await cluster.query<{ opens: number }>('SELECT access_count AS opens FROM invitations WHERE id = $1', [link.id]);
    expect(Number(after)).toBe(before + 1);
  });
});

import { request as httpRequest } from 'node:http';
import { Candidate, chatNodesMeet, eventually, startCluster, type Cluster } from './scale-harness';
import { TcpProxy } from './tcp-proxy';

// SIGTERM on a node in the middle of work: the request under way finishes, chat
// clients reconnect through the balancer to another node and resume, and the
// escalation, retried there by the client with its Idempotency-Key, exists once.

jest.setTimeout(120_000);

let cluster: Cluster;
let balancer: TcpProxy;
const candidates: Candidate[] = [];

beforeAll(async () => {
  cluster = await startCluster();
  await cluster.start();
  await cluster.start();
  await chatNodesMeet(cluster.nodes);
  balancer = await TcpProxy.start({ host: '127.0.0.1', port: cluster.nodes[0].port });
});

afterAll(async () => {
  for (const candidate of candidates) candidate.close();
  await balancer?.close();
  await cluster?.close();
});

const BOUNDARY = 'ld-boundary-7d1f';
const field = (name: string, value: string) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;

/** A multipart escalation whose body arrives in two parts; `between` runs while the node holds the request. */
function slowEscalation(url: string, fields: Record<string, string>, key: string, between: () => Promise<void>) {
  const body =
    Object.entries(fields)
      .map(([name, value]) => field(name, value))
      .join('') + `--${BOUNDARY}--\r\n`;
  const split = Math.floor(body.length / 2);
  return new Promise<{ status: number; body: { ticketId?: string } }>((resolve, reject) => {
    const req = httpRequest(`${url}/api/v1/escalations`, {
      method: 'POST',
      // 100-continue: the node has read the headers, so the request is under way there.
      headers: {
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        'content-length': Buffer.byteLength(body),
        'idempotency-key': key,
        expect: '100-continue',
      },
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text || '{}') }));
    });
    req.on('error', reject);
    req.once('continue', () => {
      req.write(body.slice(0, split));
      between().then(() => req.end(body.slice(split)), reject);
    });
    req.flushHeaders();
  });
}

describe('SIGTERM on a node', () => {
  it('finishes the escalation under way, moves the chat to another node, and leaves exactly one ticket', async () => {
    const [a, b] = cluster.nodes;
    const link = await cluster.invitation(a, { expiresAt: new Date(Date.now() - 3_600_000).toISOString() });
    let resume: object = { token: link.token };
    // The widget's auth: the conversation learnt so far, so a reconnection resumes it.
    const candidate = new Candidate(`http://127.0.0.1:${balancer.port}`, (cb) => cb(resume), { reconnection: true });
    candidates.push(candidate);
    const ready = await eventually(() => candidate.readies[0], 'conversation:ready on A');
    resume = { conversationId: ready.conversationId, resumeSecret: ready.resumeSecret };
    await eventually(() => candidate.messages.find((m) => m.role === 'bot'), 'the diagnosis');

    const fields = { conversationId: ready.conversationId, resumeSecret: ready.resumeSecret, description: 'Expired while I was travelling' };
    const key = `esc-${ready.conversationId}`;
    let exited: Promise<number | string> | undefined;
    const onA = await slowEscalation(a.url, fields, key, async () => {
      // The balancer takes A out, then A is told to stop, with the request half sent.
      balancer.retarget(b.port);
      exited = a.stop('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    expect(onA.status).toBe(201);
    expect(await exited).toBe(0);

    // The client did not see the answer (say), so it retries on the node it reaches now.
    const retried = await slowEscalation(b.url, fields, key, async () => undefined);
    expect(retried.status).toBe(201);
    expect(retried.body.ticketId).toBe(onA.body.ticketId);

    const tickets = await cluster.query<{ id: string }>('SELECT id FROM tickets WHERE conversation_id = $1', [ready.conversationId]);
    expect(tickets).toEqual([{ id: onA.body.ticketId }]);
    // The outbox is consistent: one recruiter mail for it, delivered by the node still up.
    const mails = await eventually(
      async () => {
        const rows = await cluster.query<{ status: string }>(`SELECT status FROM outbox WHERE channel = 'email' AND topic = 'ticket.created'`);
        return rows.length === 1 && rows[0].status === 'sent' && rows;
      },
      'the recruiter mail sent by B',
      30_000,
    );
    expect(mails).toHaveLength(1);

    // The chat reconnected by itself, through the balancer, to B, and resumed.
    const resumed = await eventually(() => candidate.readies[1], 'conversation:ready on B', 30_000);
    expect(resumed.conversationId).toBe(ready.conversationId);
    expect(resumed.messages.some((m) => m.role === 'bot')).toBe(true);
  });
});

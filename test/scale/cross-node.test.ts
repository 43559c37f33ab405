import { createServer, type Server } from 'node:http';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Candidate, chatNodesMeet, eventually, startCluster, type Cluster } from './scale-harness';

// Two real service processes on one PostgreSQL database: what one node does must
// reach a candidate connected to the other, and their outbox workers must share the
// work without sending anything twice.

jest.setTimeout(120_000);

let cluster: Cluster;
const candidates: Candidate[] = [];

beforeAll(async () => {
  cluster = await startCluster();
  // One after the other: the second node's first heartbeat finds the first listening.
  await cluster.start();
  await cluster.start();
  await chatNodesMeet(cluster.nodes);
});

afterAll(async () => {
  for (const candidate of candidates) candidate.close();
  await cluster?.close();
});

describe('two nodes on one PostgreSQL', () => {
  it("delivers a recruiter's reply handled by node A to the candidate's socket on node B", async () => {
    const [a, b] = cluster.nodes;
    const link = await cluster.invitation(a, { expiresAt: new Date(Date.now() - 3_600_000).toISOString() });
    const candidate = new Candidate(b.url, { token: link.token });
    candidates.push(candidate);
    const ready = await eventually(() => candidate.readies[0], 'conversation:ready on B');
    await eventually(() => candidate.messages.find((m) => m.role === 'bot'), 'the diagnosis on B');

    const escalation = await fetch(`${b.url}/api/v1/escalations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversationId: ready.conversationId, resumeSecret: ready.resumeSecret, description: 'My link expired' }),
    });
    expect(escalation.status).toBe(201);
    const { ticketId } = (await escalation.json()) as { ticketId: string };

    const reply = 'We extended your link until Friday.';
    const action = await cluster.api(a, 'POST', `/api/v1/tickets/${ticketId}/actions`, { type: 'reply', message: reply });
    expect(action.status).toBe(200);

    const pushed = await eventually(() => candidate.messages.find((m) => m.role === 'recruiter'), "the recruiter's reply on B");
    expect(pushed.text).toContain(reply);
    const update = await eventually(() => candidate.tickets.find((t) => t.ticketId === ticketId), 'ticket:updated on B');
    expect(update.ticketId).toBe(ticketId);
  });

  it('delivers every notification exactly once with outbox workers on both nodes', async () => {
    const [a, b] = cluster.nodes;
    const received: string[] = [];
    const receiver = await listen((eventId) => received.push(eventId));
    try {
      const hook = await cluster.api(a, 'POST', '/api/v1/webhooks', { url: receiver.url, topics: ['ticket.created'] });
      expect(hook.status).toBe(201);
      const count = 24;
      const links = await Promise.all(Array.from({ length: count }, () => cluster.invitation(a)));
      // Half the escalations on each node, so each worker is woken for its own and both poll.
      const results = await Promise.all(
        links.map((link, i) =>
          fetch(`${(i % 2 ? b : a).url}/api/v1/escalations`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ token: link.token, description: `Escalation ${i}` }),
          }).then((res) => res.status),
        ),
      );
      expect(results).toEqual(Array(count).fill(201));

      await eventually(() => new Set(received).size >= count, `${count} webhook deliveries`, 60_000);
      // A double delivery would show up a moment later; give it the chance.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(received).toHaveLength(count);
      expect(new Set(received).size).toBe(count);

      // Every recruiter mail the store holds was written once, by one node or the other.
      const mailIds = await eventually(
        async () => {
          const rows = await cluster.query<{ id: string; status: string }>(`SELECT id, status FROM outbox WHERE channel = 'email'`);
          return rows.length >= count && rows.every((r) => r.status === 'sent') && rows.map((r) => r.id);
        },
        'every mail sent',
        60_000,
      );
      const files = cluster.nodes.flatMap((node) => emlFiles(cluster.dataDirOf(node.url)));
      expect(files.map((file) => path.basename(file, '.eml')).sort()).toEqual([...mailIds].sort());
      // Each worker took its share (each is woken by its own node's commits).
      for (const node of cluster.nodes) expect(emlFiles(cluster.dataDirOf(node.url)).length).toBeGreaterThan(0);
    } finally {
      await receiver.close();
    }
  });
});

describe('closing the loop across nodes', () => {
  it('a deadline extended through node A reaches the candidates on both nodes once, within a second', async () => {
    const [a, b] = cluster.nodes;
    const link = await cluster.invitation(a, { expiresAt: new Date(Date.now() - 3_600_000).toISOString() });
    const onA = new Candidate(a.url, { token: link.token });
    const onB = new Candidate(b.url, { token: link.token });
    candidates.push(onA, onB);
    for (const c of [onA, onB]) await eventually(() => c.messages.find((m) => m.role === 'bot'), 'the diagnosis');
    const started = Date.now();
    const extended = await cluster.api(a, 'POST', `/api/v1/invitations/${link.id}/events`, {
      type: 'extended',
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(extended.status).toBe(200);
    for (const c of [onA, onB]) {
      const news = await eventually(() => c.messages.find((m) => m.role === 'bot' && m.scenario === 'link-valid'), 'the news');
      expect(news.text).toMatch(/works again/);
    }
    expect(Date.now() - started).toBeLessThan(1000);
    // Each conversation was told once, though both nodes heard of the change.
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const c of [onA, onB]) expect(c.messages.filter((m) => m.scenario === 'link-valid')).toHaveLength(1);
  });
});

describe('links each node keeps in memory', () => {
  const scenarioOn = async (node: { url: string }, token: string) => {
    const res = await fetch(`${node.url}/api/v1/diagnose`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    return ((await res.json()) as { scenario: string }).scenario;
  };

  it('a link changed through node A reads changed on node B, which had it in memory', async () => {
    const [a, b] = cluster.nodes;
    const link = await cluster.invitation(a);
    expect(await scenarioOn(b, link.token)).toBe('link-valid');
    expect(await scenarioOn(b, link.token)).toBe('link-valid'); // now served from B's memory

    const revoked = await cluster.api(a, 'POST', `/api/v1/invitations/${link.id}/events`, { type: 'revoked', reason: 'sent in error' });
    expect(revoked.status).toBe(200);
    const started = Date.now();
    await eventually(async () => (await scenarioOn(b, link.token)) === 'link-revoked', 'the revocation on B', 2000);
    // NOTIFY arrives within milliseconds; far below the 10 s TTL that would otherwise bound it.
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a change made straight in the database (the CLI, an operator) reaches every node', async () => {
    const [a, b] = cluster.nodes;
    const link = await cluster.invitation(a);
    expect(await scenarioOn(a, link.token)).toBe('link-valid');
    expect(await scenarioOn(b, link.token)).toBe('link-valid');
    const [{ job_id: jobId }] = await cluster.query<{ job_id: string }>('SELECT job_id FROM invitations WHERE id = $1', [link.id]);
    await cluster.query(`UPDATE jobs SET status = 'closed' WHERE id = $1`, [jobId]);
    try {
      for (const node of [a, b]) {
        await eventually(async () => (await scenarioOn(node, link.token)) === 'job-closed', `the closed job on ${node.url}`, 2000);
      }
    } finally {
      await cluster.query(`UPDATE jobs SET status = 'open' WHERE id = $1`, [jobId]);
    }
  });
});

/** The mails a node wrote (no SMTP_URL: `DATA_DIR/outbox/<outbox id>.eml`). */
function emlFiles(dataDir: string): string[] {
  try {
    return readdirSync(path.join(dataDir, 'outbox')).filter((f) => f.endsWith('.eml'));
  } catch {
    return [];
  }
}

/** A webhook consumer on the loopback interface that answers 200 after a short delay. */
async function listen(onEvent: (eventId: string) => void): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      onEvent(String(req.headers['webhook-id']));
      setTimeout(() => res.writeHead(200).end(), 50);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/hook`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

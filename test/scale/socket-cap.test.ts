import { MAX_SOCKETS_PER_CONVERSATION } from '../../server/chat/chat-limits';
import { Candidate, chatNodesMeet, eventually, startCluster, type Cluster } from './scale-harness';

// The cap on sockets per conversation holds across nodes: tabs spread over two nodes
// (or an attacker resuming one conversation through every node) get one cap, not one each.

jest.setTimeout(120_000);

let cluster: Cluster;
const candidates: Candidate[] = [];

beforeAll(async () => {
  cluster = await startCluster();
  await cluster.start({ RATE_LIMIT: 'on' });
  await cluster.start({ RATE_LIMIT: 'on' });
  await chatNodesMeet(cluster.nodes);
});

afterAll(async () => {
  for (const candidate of candidates) candidate.close();
  await cluster?.close();
});

function connect(url: string, auth: object): Candidate {
  const candidate = new Candidate(url, auth);
  candidates.push(candidate);
  return candidate;
}

const outcome = (candidate: Candidate) =>
  new Promise<string>((resolve) => {
    candidate.socket.once('conversation:ready', () => resolve('ready'));
    candidate.socket.once('connect_error', (error: Error & { data?: { code?: string } }) => resolve(error.data?.code ?? error.message));
  });

describe('sockets per conversation on two nodes', () => {
  it(`caps one conversation at ${MAX_SOCKETS_PER_CONVERSATION} sockets across both nodes`, async () => {
    const [a, b] = cluster.nodes;
    const link = await cluster.invitation(a);
    const first = connect(a.url, { token: link.token });
    const ready = await eventually(() => first.readies[0], 'conversation:ready on A');
    const resume = { conversationId: ready.conversationId, resumeSecret: ready.resumeSecret };
    const outcomes: string[] = [];
    // One after another, alternating nodes: each handshake sees the ones before it.
    for (let i = 0; i < MAX_SOCKETS_PER_CONVERSATION + 1; i += 1) {
      outcomes.push(await outcome(connect(i % 2 === 0 ? b.url : a.url, resume)));
    }
    expect(outcomes.filter((o) => o === 'ready')).toHaveLength(MAX_SOCKETS_PER_CONVERSATION - 1);
    expect(outcomes.slice(MAX_SOCKETS_PER_CONVERSATION - 1)).toEqual(['rate_limited', 'rate_limited']);
  });
});

import type { ChatAuth, ClientDiagnostics } from '../../server/chat/chat-events';
import { createUser, login, SAME_ORIGIN } from '../auth/auth-fixtures';
import { startChat, type ChatHarness } from '../chat/chat-harness';
import { CHROME } from '../../server/chat/test-fixtures';
import { createInvitation, createJob } from '../support/fixtures';
import { request } from '../support/test-app';

// Real conversations over real sockets, each started at a chosen instant, and the
// people who read them: an agent, an admin, a recruiter and an org's API key.

export interface Chat {
  conversationId: string;
  resumeSecret: string;
}

/** One conversation started at `at`: the opening, an optional browser check, then each message answered. */
export async function converse(h: ChatHarness, options: { at: string; auth?: ChatAuth; say?: string[]; diagnostics?: ClientDiagnostics }): Promise<Chat> {
  h.t.clock.set(new Date(options.at));
  const client = h.connect(options.auth ?? {});
  const { conversationId, resumeSecret } = await client.ready();
  await client.bot(1);
  if (options.diagnostics) {
    await client.socket.emitWithAck('client:diagnostics', options.diagnostics);
    await client.bot(2);
  }
  for (const text of options.say ?? []) await client.ask(text);
  client.close();
  return { conversationId, resumeSecret };
}

export async function escalate(h: ChatHarness, chat: Chat, description = 'The camera never worked') {
  const res = await request(h.t.app)
    .post('/api/v1/escalations')
    .send({ ...chat, description });
  if (res.status !== 201) throw new Error(`escalation failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { ticketId: string; reference: string };
}

export interface Staff {
  agent: { email: string; cookie: string; id: string };
  admin: { email: string; cookie: string; id: string };
  recruiter: { email: string; cookie: string };
  apiKey: { Authorization: string };
}

export async function signInStaff(h: ChatHarness): Promise<Staff> {
  const org = await h.t.createOrg('strict', 'Staff org');
  const person = async (role: 'agent' | 'admin' | 'recruiter') => {
    const user = await createUser(h.t, role, role === 'recruiter' ? org.orgId : undefined);
    return { id: user.id, email: user.email, cookie: await login(h.t.app, user.email, user.password) };
  };
  return { agent: await person('agent'), admin: await person('admin'), recruiter: await person('recruiter'), apiKey: org.auth };
}

/** GET as someone with a session cookie. */
export const getAs = (h: ChatHarness, cookie: string | undefined, path: string) => {
  const req = request(h.t.app).get(path);
  return cookie ? req.set('Cookie', cookie) : req;
};

/** POST JSON as someone with a session cookie, from the service's own origin. */
export const postAs = (h: ChatHarness, cookie: string, path: string, body: object) =>
  request(h.t.app).post(path).set('Cookie', cookie).set(SAME_ORIGIN).send(body);

export const DAY1 = '2026-11-10';
export const DAY2 = '2026-11-11';
export const DAY3 = '2026-11-12';
export const DAY4 = '2026-11-13';

/** Questions the knowledge base cannot place at all (the test checks that first). */
export const GAP_QUESTIONS = ['Do you sponsor visas?', 'blorf zzkx'];

/**
 * Six conversations over four days (two at the same instant, to test the cursor's
 * tie-break), covering every outcome, two orgs, a ticket, a browser check, two
 * knowledge-base gaps and a candidate who typed an email address.
 */
export async function seedKnownSet(h: ChatHarness) {
  const acme = await h.t.createOrg('strict', 'Acme <Hiring>');
  const beta = await h.t.createOrg('flexible', 'Beta Corp');
  const acmeJob = await createJob(h.t, acme.auth, { title: 'Backend Engineer' });
  const betaJob = await createJob(h.t, beta.auth, { title: 'Data Analyst' });
  const expired = await createInvitation(h.t, acme.auth, acmeJob.id, { expiresAt: '2026-11-01T12:00:00Z' });
  const video = await createInvitation(h.t, acme.auth, acmeJob.id, {
    kind: 'video_interview',
    expiresAt: '2026-12-30T12:00:00Z',
    candidate: { name: 'Vera Video', email: 'vera.video@example.com' },
  });
  const betaLink = await createInvitation(h.t, beta.auth, betaJob.id, { expiresAt: '2026-12-30T12:00:00Z' });

  const c1 = await converse(h, { at: `${DAY1}T09:00:00.000Z`, auth: { token: expired.token }, say: ['That solved it'] });
  const c2 = await converse(h, { at: `${DAY1}T10:00:00.000Z`, auth: { token: video.token }, diagnostics: CHROME, say: ['my camera does not work'] });
  const ticket = await escalate(h, c2);
  const c3 = await converse(h, { at: `${DAY2}T08:00:00.000Z`, say: [GAP_QUESTIONS[1]] });
  await h.t.services.conversations.setOutcome(c3.conversationId, 'abandoned', h.t.clock.now());
  const c4 = await converse(h, { at: `${DAY2}T08:00:00.000Z`, say: [GAP_QUESTIONS[0]] });
  const c5 = await converse(h, { at: `${DAY3}T15:30:00.000Z`, auth: { token: betaLink.token }, say: ['do you sponsor visas', 'That solved it'] });
  const c6 = await converse(h, { at: `${DAY4}T11:00:00.000Z`, say: ['=HYPERLINK("http://evil.example") write to jane.doe@example.com'] });
  return { acme, beta, acmeJob, betaJob, video, ticket, c1, c2, c3, c4, c5, c6 };
}

export type KnownSet = Awaited<ReturnType<typeof seedKnownSet>>;

/**
 * For a test file that reads the known set: a chat harness, its staff and the set,
 * made once before the file's tests (handed to `use`) and closed after them.
 */
export function withKnownSet(use: (ready: { h: ChatHarness; staff: Staff; set: KnownSet }) => void): void {
  let h: ChatHarness | undefined;
  beforeAll(async () => {
    h = await startChat();
    use({ h, staff: await signInStaff(h), set: await seedKnownSet(h) });
  }, 60_000);
  afterAll(() => h?.close());
}

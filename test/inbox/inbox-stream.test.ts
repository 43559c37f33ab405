import { closeInboxStreams } from '../../server/inbox/inbox-stream';
import { createUser, login } from '../auth/auth-fixtures';
import { startChat, type ChatHarness } from '../chat/chat-harness';
import { createInvitation, orgWithJob } from '../support/fixtures';
import { request } from '../support/test-app';

// The inbox's live updates: a signed-in recruiter's event stream says "changed" when
// a ticket of their org arrives, and stays quiet for another org's.

let h: ChatHarness;
beforeAll(async () => {
  h = await startChat();
});
afterAll(async () => {
  closeInboxStreams();
  await h.close();
});

/** Reads a stream's events as they come; `next(name)` waits for the next one of that name. */
async function follow(cookie: string) {
  const res = await fetch(`${h.url}/api/v1/inbox/stream`, { headers: { Cookie: cookie } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const events: string[] = [];
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return events.push('(closed)');
      buffer += decoder.decode(value);
      for (const match of buffer.matchAll(/event: (\w+)\n/g)) events.push(match[1]);
      buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
    }
  })();
  const next = async (name: string, timeoutMs = 6000) => {
    const start = Date.now();
    while (Date.now() - start < timeoutMs) {
      const i = events.indexOf(name);
      if (i >= 0) return void events.splice(0, i + 1);
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no ${name} event; saw ${events.join(', ')}`);
  };
  return { next, events };
}

async function escalate(org: Awaited<ReturnType<typeof orgWithJob>>) {
  const inv = await createInvitation(h.t, org.auth, org.job.id, { expiresAt: '2026-11-19T12:00:00Z' });
  await request(h.t.app).post('/api/v1/escalations').field('token', inv.token).field('description', 'expired').expect(201);
}

it('tells a recruiter about a new ticket of their org, not of another', async () => {
  const mine = await orgWithJob(h.t, 'strict');
  const other = await orgWithJob(h.t, 'strict');
  const recruiter = await createUser(h.t, 'recruiter', mine.orgId);
  const stream = await follow(await login(h.t.app, recruiter.email, recruiter.password));
  await stream.next('ready');
  await escalate(other);
  await new Promise((r) => setTimeout(r, 2500));
  expect(stream.events).not.toContain('changed');
  await escalate(mine);
  await stream.next('changed');
  closeInboxStreams();
  await stream.next('(closed)');
}, 20_000);

it('is for signed-in people: 401 anonymous, 403 with an org API key', async () => {
  expect((await request(h.t.app).get('/api/v1/inbox/stream')).status).toBe(401);
  const org = await h.t.createOrg();
  expect((await request(h.t.app).get('/api/v1/inbox/stream').set(org.auth)).status).toBe(403);
});

it('lists each ticket with its last activity, for unread markers', async () => {
  const org = await orgWithJob(h.t, 'strict');
  await escalate(org);
  const recruiter = await createUser(h.t, 'recruiter', org.orgId);
  const cookie = await login(h.t.app, recruiter.email, recruiter.password);
  const res = await request(h.t.app).get('/api/v1/tickets').set({ Cookie: cookie });
  expect(res.body.tickets[0].lastActivityAt).toBe(new Date(res.body.tickets[0].updatedAt).toISOString());
});

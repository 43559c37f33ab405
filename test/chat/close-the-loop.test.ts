import { createInvitation, orgWithJob, postEvent } from '../support/fixtures';
import { request } from '../support/test-app';
import { startChat, type ChatHarness } from './chat-harness';

// A change to the link reaches its open conversation at once, whoever made it.

let h: ChatHarness;
beforeAll(async () => {
  h = await startChat();
});
afterAll(() => h.close());

const botCount = (client: { messages: { role: string }[] }) => client.messages.filter((m) => m.role === 'bot').length;

describe('closing the loop', () => {
  it("tells an expired link's conversation the new deadline, with a button to open it, then that a newer link replaced it", async () => {
    const org = await orgWithJob(h.t, 'flexible');
    const inv = await createInvitation(h.t, org.auth, org.job.id, { expiresAt: '2026-11-19T12:00:00Z' });
    const client = h.connect({ token: inv.token, timeZone: 'Europe/Paris' });
    expect((await client.bot(1)).scenario).toBe('link-expired');

    await postEvent(h.t, org.auth, inv.id, { type: 'extended', expiresAt: '2026-11-27T17:00:00Z' });
    const extended = await client.bot(2);
    expect(extended.scenario).toBe('link-valid');
    expect(extended.text).toMatch(/works again.*Fri 27 Nov 2026, 18:00 CET/s);
    const open = extended.quickReplies?.find((r) => r.id === 'open-link');
    expect(open?.href).toBe(inv.url);

    const reissued = await request(h.t.app).post(`/api/v1/invitations/${inv.id}/reissue`).set(org.auth);
    expect(reissued.status).toBe(201);
    const superseded = await client.bot(3);
    expect(superseded.scenario).toBe('link-superseded');
    expect(superseded.text).toMatch(/newer link was sent to .*\*\*\*/);
    expect(superseded.text).not.toContain(reissued.body.token);
    client.close();
  });

  it('tells every open conversation of a job that it was paused, once, and says nothing when nothing changed', async () => {
    const org = await orgWithJob(h.t, 'strict');
    const inv = await createInvitation(h.t, org.auth, org.job.id);
    const first = h.connect({ token: inv.token });
    const second = h.connect({ token: inv.token });
    await first.bot(1);
    await second.bot(1);
    // A write that does not change the state (a reminder) announces nothing.
    await postEvent(h.t, org.auth, inv.id, { type: 'reminded', channel: 'email' });
    await request(h.t.app).patch(`/api/v1/jobs/${org.job.id}`).set(org.auth).send({ status: 'paused' });
    const paused = await first.bot(2);
    expect(paused.scenario).toBe('job-closed');
    expect((await second.bot(2)).scenario).toBe('job-closed');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([botCount(first), botCount(second)]).toEqual([2, 2]);
    first.close();
    second.close();
  });

  it('tells a candidate who comes back what changed while they were away', async () => {
    const org = await orgWithJob(h.t, 'flexible');
    const inv = await createInvitation(h.t, org.auth, org.job.id, { expiresAt: '2026-11-19T12:00:00Z' });
    const client = h.connect({ token: inv.token });
    const ready = await client.ready();
    await client.bot(1);
    client.close();
    await postEvent(h.t, org.auth, inv.id, { type: 'extended', expiresAt: '2026-11-27T17:00:00Z' });
    const back = h.connect({ conversationId: ready.conversationId, resumeSecret: ready.resumeSecret });
    // Told live if the change beat the disconnect, else on return: either way it is there once.
    const history = (await back.ready()).messages;
    const news = await back.until(() => [...history, ...back.messages].find((m) => m.role === 'bot' && m.scenario === 'link-valid'), 'news on return');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([...history, ...back.messages].filter((m) => m.scenario === 'link-valid')).toHaveLength(1);
    expect(news.text).toMatch(/works again/);
    back.close();
  });
});

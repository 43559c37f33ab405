import { READY_BROWSER } from '../../server/chat/test-fixtures';
import { QUICK_REPLY_CHECK_SETUP, QUICK_REPLY_ESCALATE } from '../../server/chat/chat-events';
import { formatDateTime } from '../../server/knowledge/format-time';
import { hashSecret } from '../../server/security/secrets';
import { isScenarioId, QUESTION_SCENARIOS } from '../../server/diagnosis/scenario-ids';
import { createInvitation, orgWithJob } from '../support/fixtures';
import { PUBLIC_URL } from '../support/test-app';
import { startChat, type ChatHarness } from './chat-harness';

let h: ChatHarness;
beforeAll(async () => {
  h = await startChat();
});
afterAll(() => h.close());

const ids = (replies: { id?: string }[] | undefined) => (replies ?? []).map((r) => r.id);

async function conversationRow(id: string) {
  const [row] = await h.t.db.query<Record<string, unknown>>('SELECT * FROM conversations WHERE id = $1', [id]);
  return row;
}

async function storedMessages(conversationId: string) {
  return h.t.db.query<{ id: string; role: string; scenario: string | null; trace: Record<string, unknown> | null; client_message_id: string | null }>(
    'SELECT * FROM conversation_messages WHERE conversation_id = $1 ORDER BY seq',
    [conversationId],
  );
}

describe('the first bot message', () => {
  it('is the diagnosis of the token, with its real facts, quick replies and a stored trace', async () => {
    const org = await orgWithJob(h.t, 'strict');
    const expiresAt = '2026-11-19T09:30:00.000Z';
    const invitation = await createInvitation(h.t, org.auth, org.job.id, { expiresAt });
    const client = h.connect({ token: invitation.token, timeZone: 'Asia/Kolkata', locale: 'en-IN' });

    const ready = await client.ready();
    expect(ready.messages).toEqual([]);
    const first = await client.bot(1);
    expect(first.scenario).toBe('link-expired');
    // The deadline in the candidate's own zone, as the article words it.
    expect(first.text).toContain(formatDateTime(new Date(expiresAt), { timeZone: 'Asia/Kolkata', locale: 'en-IN' }));
    expect(first.text).toContain('Backend Engineer');
    expect(first.text).toMatch(/Did this help\?$/);
    expect(first.facts).toMatchObject({ deadline: expiresAt, jobTitle: 'Backend Engineer', recruiterName: 'Riley Morgan' });
    expect(first.article).toMatchObject({ id: 'link-expired' });
    const replies = ids(first.quickReplies);
    expect(replies.slice(0, 2)).toEqual(['solved', 'still-need-help']);
    // Related articles: a quick reply's id is the scenario id (contract).
    expect(replies.slice(2).every((id) => isScenarioId(id ?? ''))).toBe(true);
    expect(replies).not.toContain(QUICK_REPLY_CHECK_SETUP); // the browser is not the problem here

    const row = await conversationRow(ready.conversationId);
    expect(row).toMatchObject({ invitation_id: invitation.id, org_id: org.orgId, time_zone: 'Asia/Kolkata', outcome: 'open', scenario: 'link-expired' });
    expect(row.resume_secret_hash).toBe(hashSecret(ready.resumeSecret));
    expect(JSON.stringify(row)).not.toContain(ready.resumeSecret);
    const [stored] = await storedMessages(ready.conversationId);
    expect(stored.trace).toMatchObject({
      reply: 'diagnosis',
      scenario: 'link-expired',
      rule: 'state:link-expired',
      article: { id: 'link-expired', version: expect.any(Number) },
      link: { state: 'link-expired', jobTitle: 'Backend Engineer', candidateEmail: expect.stringContaining('***') },
    });
    client.close();
  });

  it('offers the browser self-check when the link is usable', async () => {
    const org = await orgWithJob(h.t, 'flexible');
    const invitation = await createInvitation(h.t, org.auth, org.job.id, { kind: 'video_interview' });
    const client = h.connect({ link: `  <${invitation.url}>.` });
    const first = await client.bot(1);
    expect(first.scenario).toBe('link-valid');
    expect(ids(first.quickReplies)[0]).toBe(QUICK_REPLY_CHECK_SETUP);
    expect(first.facts?.deadline).toBe(invitation.expiresAt);
    client.close();
  });

  it('answers an unknown token with link-not-found and asks for a link when given none', async () => {
    const unknown = h.connect({ token: 'Zz9_unknown-token-of-plausible-size' });
    expect((await unknown.bot(1)).scenario).toBe('link-not-found');
    const none = h.connect({});
    const greeting = await none.bot(1);
    expect(greeting.scenario).toBeUndefined();
    expect(greeting.text).toMatch(/paste the link/i);
    const row = await conversationRow((await none.ready()).conversationId);
    expect(row).toMatchObject({ token_hash: null, invitation_id: null });
    unknown.close();
    none.close();
  });
});

describe('free text', () => {
  it('answers a question on a usable link with its article in short form, then "That solved it" closes it as self-served', async () => {
    const org = await orgWithJob(h.t, 'strict');
    const invitation = await createInvitation(h.t, org.auth, org.job.id, { kind: 'video_interview' });
    const client = h.connect({ token: invitation.token });
    await client.bot(1);
    const answer = await client.ask('my camera is not working in the interview');
    expect(answer.scenario).toBe('camera-mic-permission');
    expect(answer.text).not.toMatch(/\n3\. /); // the first steps only
    expect(ids(answer.quickReplies)).toEqual(expect.arrayContaining(['show-all-steps', 'solved', 'not-helpful']));
    const all = await client.ask(answer.quickReplies!.find((r) => r.id === 'show-all-steps')!.text);
    expect(all.text).toMatch(/\n3\. /);
    const candidate = client.messages.find((m) => m.role === 'candidate');
    expect(candidate?.text).toBe('my camera is not working in the interview');

    const thanks = await client.ask('That solved it');
    expect(thanks.scenario).toBeUndefined();
    const { conversationId } = await client.ready();
    expect((await conversationRow(conversationId)).outcome).toBe('self_served');
    const trace = (await storedMessages(conversationId)).find((m) => m.scenario === 'camera-mic-permission')?.trace;
    expect(trace).toMatchObject({
      reply: 'composed',
      replyRule: 'usable-question',
      state: 'link-valid',
      articles: ['camera-mic-permission'],
      rule: 'question:camera-mic-permission',
      reading: { confident: true },
    });
    client.close();
  });

  it('answers questions on an expired link in the light of the state, never repeating the article', async () => {
    const org = await orgWithJob(h.t, 'strict');
    const invitation = await createInvitation(h.t, org.auth, org.job.id, { expiresAt: '2026-11-01T00:00:00Z' });
    const client = h.connect({ token: invitation.token });
    const first = await client.bot(1);
    const texts = [first.text];
    for (const question of ['my camera doesnt work', 'can i get more time', 'the page is blank', 'asdfgh']) {
      const answer = await client.ask(question);
      expect(answer.scenario).toBe('link-expired');
      expect(texts).not.toContain(answer.text);
      expect(answer.text.length).toBeLessThan(400);
      texts.push(answer.text);
    }
    const camera = client.messages.filter((m) => m.role === 'bot')[1];
    expect(camera).toMatchObject({ topic: 'camera-mic-permission' });
    expect(camera.text).toMatch(/camera .*expired on .*Riley Morgan/s);
    expect(texts[2]).toMatch(/does not extend deadlines/);
    expect(texts[4]).toMatch(/\?/); // gibberish gets a question back
    client.close();
  });

  it('opens a related article from its quick reply, and after "That didn\'t help" offers a person', async () => {
    const org = await orgWithJob(h.t, 'strict');
    const invitation = await createInvitation(h.t, org.auth, org.job.id, { expiresAt: '2026-11-01T00:00:00Z' });
    const client = h.connect({ token: invitation.token });
    const first = await client.bot(1);
    const related = first.quickReplies!.find((r) => isScenarioId(r.id ?? ''))!;
    const chosen = await client.ask(related.text);
    expect([chosen.scenario, chosen.topic].filter(Boolean)).toContain(related.id);
    const help = await client.ask("That didn't help");
    expect(ids(help.quickReplies)).toContain('escalate');
    // The opening answer of a blocked link offers the request form directly.
    expect(ids(first.quickReplies)).toContain('still-need-help');
    client.close();
  });

  it('does not guess when unsure: at most three choices worded as questions, which stay answerable after a later notice', async () => {
    const text = 'it is not working properly';
    const kb = h.t.services.knowledge();
    const reading = kb.understand(text, 'candidate');
    expect(reading.confident).toBe(false);

    const org = await orgWithJob(h.t, 'strict');
    const invitation = await createInvitation(h.t, org.auth, org.job.id);
    const client = h.connect({ token: invitation.token });
    await client.bot(1);
    const choices = await client.ask(text);
    const questions = QUESTION_SCENARIOS as readonly string[];
    const expected = reading.ranked
      .map((r) => r.scenario)
      .filter((id) => questions.includes(id))
      .slice(0, 3);
    expect(ids(choices.quickReplies)).toEqual([...expected, 'none-of-these', 'talk-to-person']);
    // A browser check arrives in between; the choice still works.
    const { conversationId } = await client.ready();
    await h.t.services.conversations.saveDiagnostics(conversationId, READY_BROWSER, h.t.clock.now());
    await client.ask('Check my browser');
    const picked = await client.ask(choices.quickReplies![0].text);
    expect(picked.scenario).toBe(expected[0]);
    const none = await client.ask('None of these');
    expect(none.text).toMatch(/other words/);
    client.close();
  });

  it('leads a request for a person to the recruiter guidance with an escalation quick reply, whatever the state', async () => {
    const org = await orgWithJob(h.t, 'strict');
    const invitation = await createInvitation(h.t, org.auth, org.job.id, { expiresAt: '2026-11-01T00:00:00Z' });
    const client = h.connect({ token: invitation.token });
    await client.bot(1);
    const answer = await client.ask('I want to talk to a real person');
    expect(answer.scenario).toBe('contact-recruiter');
    expect(answer.text).toContain('Riley Morgan');
    expect(ids(answer.quickReplies)).toContain(QUICK_REPLY_ESCALATE);
    client.close();
  });
});

describe('a link pasted mid-conversation', () => {
  it('is attached to a conversation that had none and answered with its diagnosis', async () => {
    const org = await orgWithJob(h.t, 'strict');
    const invitation = await createInvitation(h.t, org.auth, org.job.id, { kind: 'ai_interview' });
    const client = h.connect({});
    await client.bot(1);
    const answer = await client.ask(`hi, this is my link:\n> ${invitation.url}\nthanks`);
    expect(answer.scenario).toBe('link-valid');
    expect(answer.facts?.deadline).toBe(invitation.expiresAt);
    const { conversationId } = await client.ready();
    expect(await conversationRow(conversationId)).toMatchObject({ invitation_id: invitation.id, org_id: org.orgId });
    // Later questions are about that link now.
    const later = await client.ask('my microphone does not work');
    expect(later.scenario).toBe('camera-mic-permission');
    expect(later.facts?.deadline).toBe(invitation.expiresAt);
    client.close();
  });

  it('answers link-not-found for a pasted link that does not exist', async () => {
    const client = h.connect({});
    await client.bot(1);
    const answer = await client.ask(`${PUBLIC_URL}/i/AAAAAAAAAAAAAAAAAAAAAAAAAAAAbc`);
    expect(answer.scenario).toBe('link-not-found');
    client.close();
  });

  it("replaces a known link by another real one, but not by some other site's URL", async () => {
    const org = await orgWithJob(h.t, 'strict');
    const expired = await createInvitation(h.t, org.auth, org.job.id, { expiresAt: '2026-11-01T00:00:00Z' });
    const fresh = await createInvitation(h.t, org.auth, org.job.id);
    const client = h.connect({ token: expired.token });
    const { conversationId } = await client.ready();
    expect((await client.bot(1)).scenario).toBe('link-expired');
    const other = await client.ask('I also tried https://careers.example.com/i/apply-now-for-engineering-jobs');
    expect(other.scenario).not.toBe('link-not-found');
    expect((await conversationRow(conversationId)).invitation_id).toBe(expired.id);
    const switched = await client.ask(`they sent me a new one: ${fresh.url}`);
    expect(switched.scenario).toBe('link-valid');
    expect((await conversationRow(conversationId)).invitation_id).toBe(fresh.id);
    client.close();
  });
});

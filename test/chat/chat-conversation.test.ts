import { QUICK_REPLY_CHECK_SETUP, QUICK_REPLY_ESCALATE } from '../../server/chat/chat-events';
import { formatDateTime } from '../../server/knowledge/format-time';
import { CONFIDENT_MATCH } from '../../server/knowledge/understand-message';
import { hashSecret } from '../../server/security/secrets';
import { QUESTION_SCENARIOS } from '../../server/diagnosis/scenario-ids';
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
    expect(replies.slice(2).every((id) => id?.startsWith('article:'))).toBe(true);
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
  it('is answered through the narrowing, then "That solved it" closes the conversation as self-served', async () => {
    const org = await orgWithJob(h.t, 'strict');
    const invitation = await createInvitation(h.t, org.auth, org.job.id, { kind: 'video_interview' });
    const client = h.connect({ token: invitation.token });
    await client.bot(1);
    const answer = await client.ask('my camera is not working in the interview');
    expect(answer.scenario).toBe('camera-mic-permission');
    expect(answer.text).toMatch(/Did this help\?$/);
    expect(ids(answer.quickReplies)).toEqual(expect.arrayContaining(['solved', 'still-need-help']));
    const candidate = client.messages.find((m) => m.role === 'candidate');
    expect(candidate?.text).toBe('my camera is not working in the interview');

    const thanks = await client.ask('That solved it');
    expect(thanks.scenario).toBeUndefined();
    const { conversationId } = await client.ready();
    expect((await conversationRow(conversationId)).outcome).toBe('self_served');
    const trace = (await storedMessages(conversationId)).find((m) => m.scenario === 'camera-mic-permission')?.trace;
    expect(trace).toMatchObject({ reply: 'answer', rule: 'question:camera-mic-permission', match: { scenario: 'camera-mic-permission', score: expect.any(Number), runnersUp: expect.any(Array) } });
    client.close();
  });

  it('opens a related article from its quick reply and offers help after "I still need help"', async () => {
    const org = await orgWithJob(h.t, 'strict');
    const invitation = await createInvitation(h.t, org.auth, org.job.id, { expiresAt: '2026-11-01T00:00:00Z' });
    const client = h.connect({ token: invitation.token });
    const first = await client.bot(1);
    const related = first.quickReplies!.find((r) => r.id?.startsWith('article:'))!;
    const chosen = await client.ask(related.text);
    expect(chosen.scenario).toBe(related.id!.slice('article:'.length));
    const help = await client.ask('I still need help');
    expect(ids(help.quickReplies)).toContain('talk-to-person');
    client.close();
  });

  it('does not guess below the confidence threshold: it offers the best three articles', async () => {
    const text = 'question about salary';
    const kb = h.t.services.knowledge();
    expect(kb.classify(text, 'candidate')?.score ?? 0).toBeLessThan(CONFIDENT_MATCH);

    const withoutLink = h.connect({});
    await withoutLink.bot(1);
    const offered = await withoutLink.ask(text);
    expect(offered.scenario).toBeUndefined();
    const best = kb.search(text, { limit: 3 }).map((r) => `article:${r.id}`);
    expect(best.length).toBeGreaterThan(0);
    expect(ids(offered.quickReplies)).toEqual([...best, 'talk-to-person']);

    const org = await orgWithJob(h.t, 'strict');
    const invitation = await createInvitation(h.t, org.auth, org.job.id);
    const withLink = h.connect({ token: invitation.token });
    await withLink.bot(1);
    const choices = await withLink.ask(text);
    const questions = QUESTION_SCENARIOS as readonly string[];
    const bestQuestions = kb.search(text, { audience: 'candidate', limit: 10 }).filter((r) => questions.includes(r.id)).slice(0, 3);
    expect(ids(choices.quickReplies)).toEqual([...bestQuestions.map((r) => `article:${r.id}`), 'talk-to-person']);
    withoutLink.close();
    withLink.close();
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

  it('replaces a known link by another real one, but not by some other site\'s URL', async () => {
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

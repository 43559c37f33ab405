import type { ClientDiagnostics } from '../../server/chat/chat-events';
import { CHROME as chrome } from '../../server/chat/test-fixtures';
import { createInvitation, orgWithJob } from '../support/fixtures';
import { startChat, type ChatClient, type ChatHarness } from './chat-harness';

let h: ChatHarness;
beforeAll(async () => {
  h = await startChat();
});
afterAll(() => h.close());

async function usableLink() {
  const org = await orgWithJob(h.t, 'flexible');
  return createInvitation(h.t, org.auth, org.job.id, { kind: 'video_interview' });
}

async function candidateRows(conversationId: string) {
  return h.t.db.query<{ id: string; client_message_id: string }>(
    `SELECT id, client_message_id FROM conversation_messages WHERE conversation_id = $1 AND role = 'candidate'`,
    [conversationId],
  );
}

/** A conversation with a diagnosis, one question and its answer. */
async function conversationWithHistory(): Promise<{ client: ChatClient; conversationId: string; resumeSecret: string }> {
  const invitation = await usableLink();
  const client = h.connect({ token: invitation.token });
  const { conversationId, resumeSecret } = await client.ready();
  await client.bot(1);
  await client.ask('the page will not load, it shows an error');
  return { client, conversationId, resumeSecret };
}

describe('resuming', () => {
  it('returns the whole history with conversationId and resumeSecret, without a second diagnosis', async () => {
    const { client, conversationId, resumeSecret } = await conversationWithHistory();
    const seen = client.messages.map((m) => m.id);
    client.close();

    const again = h.connect({ conversationId, resumeSecret });
    const ready = await again.ready();
    expect(ready.conversationId).toBe(conversationId);
    expect(ready.resumeSecret).toBe(resumeSecret);
    expect(ready.messages.map((m) => m.id)).toEqual(seen);
    expect(ready.messages.map((m) => m.role)).toEqual(['bot', 'candidate', 'bot']);
    expect(ready.messages[0].facts?.deadline).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(again.messages).toEqual([]);
    again.close();
  });

  it('never yields another conversation for a wrong secret or an unknown id: it starts afresh', async () => {
    const { client, conversationId, resumeSecret } = await conversationWithHistory();
    client.close();
    const attempts = [
      // Change the last character to one it is not (a secret may already end in 'x').
      { conversationId, resumeSecret: `${resumeSecret.slice(0, -1)}${resumeSecret.endsWith('x') ? 'y' : 'x'}` },
      { conversationId, resumeSecret: 'short' },
      { conversationId: 'no-such-conversation', resumeSecret },
    ];
    for (const auth of attempts) {
      const intruder = h.connect(auth);
      const ready = await intruder.ready();
      expect(ready.conversationId).not.toBe(conversationId);
      expect(ready.messages).toEqual([]);
      const greeting = await intruder.bot(1);
      expect(greeting.scenario).toBeUndefined(); // a new conversation without a link
      intruder.close();
    }
  });

  it('shows each message to every tab of the conversation', async () => {
    const { client, conversationId, resumeSecret } = await conversationWithHistory();
    const otherTab = h.connect({ conversationId, resumeSecret });
    await otherTab.ready();
    const answer = await client.ask('my microphone does not work');
    await otherTab.until(() => otherTab.messages.find((m) => m.id === answer.id), 'the answer in the other tab');
    client.close();
    otherTab.close();
  });
});

describe('clientMessageId', () => {
  it('stores a re-sent message once, acks the original id and answers once', async () => {
    const invitation = await usableLink();
    const client = h.connect({ token: invitation.token });
    const { conversationId } = await client.ready();
    await client.bot(1);
    const first = await client.send('my camera is blocked', 'retry-1');
    await client.bot(2);
    const second = await client.send('my camera is blocked', 'retry-1');
    expect(first).toEqual({ ok: true, id: expect.any(String) });
    expect(second).toEqual(first);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(client.messages.filter((m) => m.role === 'bot')).toHaveLength(2);
    expect(client.messages.filter((m) => m.clientMessageId === 'retry-1')).toHaveLength(1);
    expect(await candidateRows(conversationId)).toEqual([{ id: (first as { id: string }).id, client_message_id: 'retry-1' }]);
    // The same id in another conversation is another message.
    const other = h.connect({ token: invitation.token });
    await other.bot(1);
    const elsewhere = await other.send('my camera is blocked', 'retry-1');
    expect((elsewhere as { id: string }).id).not.toBe((first as { id: string }).id);
    client.close();
    other.close();
  });
});

describe('client:diagnostics', () => {
  it('is validated, stored with the conversation, acked and used by the bot', async () => {
    const invitation = await usableLink();
    const client = h.connect({ token: invitation.token });
    const { conversationId } = await client.ready();
    await client.bot(1);
    expect(await client.socket.emitWithAck('client:diagnostics', chrome)).toEqual({ ok: true });
    const advice = await client.bot(2);
    expect(advice.text).toContain('camera is blocked');
    expect(advice.text).toContain('In Chrome');
    expect(advice.quickReplies?.map((r) => r.id)).toContain('test-media');

    const [row] = await h.t.db.query<{ client_diagnostics: ClientDiagnostics }>('SELECT client_diagnostics FROM conversations WHERE id = $1', [conversationId]);
    expect(row.client_diagnostics).toEqual(chrome);

    // Later answers about the camera carry the steps for this browser.
    const answer = await client.ask('my camera does not work');
    expect(answer.scenario).toBe('camera-mic-permission');
    expect(answer.text).toContain('From your browser check');
    expect(answer.text).toContain('In Chrome');
    client.close();
  });

  it.each([
    ['offline', { online: false }, /offline/],
    ['an old browser', { browser: { name: 'Firefox', version: '78.0' } }, /Firefox 78 is out of date/],
    ['Internet Explorer', { browser: { name: 'Internet Explorer', version: '11.0' } }, /Internet Explorer cannot/],
    ['blocked storage', { storageAvailable: false }, /storage are blocked/],
    ['denied camera in Safari', { browser: { name: 'Safari', version: '17.4' }, os: 'macOS' }, /In Safari: open the Safari menu/],
  ])('tells the candidate what to do about %s', async (_name, change, expected) => {
    const client = h.connect({});
    await client.bot(1);
    expect(await client.socket.emitWithAck('client:diagnostics', { ...chrome, ...change })).toEqual({ ok: true });
    expect((await client.bot(2)).text).toMatch(expected);
    client.close();
  });

  it('says so when the browser looks ready', async () => {
    const client = h.connect({});
    await client.bot(1);
    const fine = { ...chrome, permissions: { camera: 'granted', microphone: 'granted' } as const };
    await client.socket.emitWithAck('client:diagnostics', fine);
    expect((await client.bot(2)).text).toMatch(/nothing wrong/);
    client.close();
  });
});

describe('connection state recovery', () => {
  it('recovers a dropped connection, running the handshake check again', async () => {
    const invitation = await usableLink();
    const auths: object[] = [];
    let secretOverride: string | undefined;
    const client = h.connect(
      (cb) => {
        const ready = client?.readies[0];
        const auth = ready
          ? { token: invitation.token, conversationId: ready.conversationId, resumeSecret: secretOverride ?? ready.resumeSecret }
          : { token: invitation.token };
        auths.push(auth);
        cb(auth);
      },
      { reconnection: true, reconnectionDelay: 50, reconnectionDelayMax: 50 },
    );
    const { conversationId } = await client.ready();
    await client.bot(1);

    client.socket.io.engine.close();
    await client.ready(1);
    expect(client.socket.recovered).toBe(true);
    expect(client.readies[1].conversationId).toBe(conversationId);

    // The same recovery with a wrong secret does not get the conversation back.
    secretOverride = 'wrong-secret';
    client.socket.io.engine.close();
    const afterWrong = await client.ready(2);
    expect(afterWrong.conversationId).not.toBe(conversationId);
    expect(afterWrong.messages).toEqual([]);
    expect(auths).toHaveLength(3);
    client.close();
  });
});

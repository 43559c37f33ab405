import { ABANDONED_AFTER_MS } from '../../server/chat/abandon-sweep';
import { startChat, type ChatHarness } from './chat-harness';

// A conversation nobody finished reads as 'abandoned' to support, until the candidate
// comes back to it.

let h: ChatHarness;
beforeAll(async () => {
  h = await startChat();
});
afterAll(() => h.close());

const outcomeOf = async (id: string) => (await h.t.db.query<{ outcome: string }>('SELECT outcome FROM conversations WHERE id = $1', [id]))[0].outcome;

it('marks open conversations idle past the limit abandoned, and reopens one when the candidate writes again', async () => {
  const quiet = h.connect({});
  const { conversationId: quietId } = await quiet.ready();
  await quiet.bot(1);
  const active = h.connect({});
  const { conversationId: activeId } = await active.ready();
  await active.bot(1);

  // The quiet one's last sign of life is 31 minutes old; the active one's is fresh.
  const now = h.t.services.now();
  await h.t.db.query('UPDATE conversations SET last_activity_at = $2 WHERE id = $1', [quietId, new Date(now.getTime() - 31 * 60_000)]);
  const store = h.t.services.conversations;
  expect(await store.markAbandoned(new Date(now.getTime() - ABANDONED_AFTER_MS), now)).toBe(1);
  expect(await outcomeOf(quietId)).toBe('abandoned');
  expect(await outcomeOf(activeId)).toBe('open');

  await quiet.ask('my camera is not detected');
  expect(await outcomeOf(quietId)).toBe('open');
  quiet.close();
  active.close();
});

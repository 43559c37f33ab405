import path from 'node:path';
import { ConversationStore } from '../../server/chat/conversation-store';
import { UserStore } from '../../server/auth/user-store';
import { runCli } from '../../server/cli/run-cli';
import { loadConfig } from '../../server/config';
import type { Database } from '../../server/db/database';
import { QuestionLabelStore } from '../../server/transcripts/insights/question-label-store';
import { ViewAuditStore } from '../../server/transcripts/view-audit-store';
import { createTestDatabase } from '../support/test-database';

const ROOT = path.resolve(__dirname, '../..');
const NOW = new Date('2026-11-20T12:00:00.000Z');
const DAY = 86_400_000;

let db: Database;
let store: ConversationStore;
beforeAll(async () => {
  db = await createTestDatabase();
  store = new ConversationStore(db);
});
afterAll(() => db.close());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    config: loadConfig({ KB_DIR: path.join(ROOT, 'knowledge') }),
    openDb: async () => ({ ...db, close: async () => undefined }),
    io: { out: (t) => out.push(t), err: (t) => err.push(t) },
    now: () => NOW,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A conversation started `startedDaysAgo` and last active `idleDays` ago, with one candidate message. */
async function conversation(startedDaysAgo: number, idleDays: number) {
  const created = await store.create({
    tokenHash: null,
    invitationId: null,
    orgId: null,
    resumeSecret: 'secret-123',
    at: new Date(NOW.getTime() - startedDaysAgo * DAY),
  });
  const { message } = await store.addMessage({
    conversationId: created.id,
    role: 'candidate',
    text: 'hello',
    scenario: null,
    quickReplies: null,
    details: null,
    clientMessageId: 'c1',
    trace: null,
    at: created.createdAt,
  });
  await store.touch(created.id, new Date(NOW.getTime() - idleDays * DAY));
  return { id: created.id, messageId: message.id };
}

const count = async (sql: string, params: unknown[] = []) => (await db.query<{ n: number }>(sql, params))[0].n;

describe('cli transcripts purge', () => {
  it('deletes conversations idle longer than the cutoff, with their messages and labels', async () => {
    const old = await conversation(200, 120);
    const borderline = await conversation(95, 89);
    const fresh = await conversation(1, 0);
    const agent = await new UserStore(db).create({ email: 'purge-agent@example.com', password: 'correct horse', role: 'agent' });
    expect(await new QuestionLabelStore(db).label(old.messageId, 'link-valid', { userId: agent.id, email: agent.email }, NOW)).toBeDefined();
    await new ViewAuditStore(db).record([old.id], { userId: agent.id, email: agent.email, role: 'agent' }, 'detail', NOW);

    const res = await cli('transcripts', 'purge', '--older-than', '90d');
    expect(res).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(res.out)).toEqual({ purged: 1 });
    expect(await store.get(old.id)).toBeUndefined();
    expect(await count('SELECT count(*)::int AS n FROM conversation_messages WHERE conversation_id = $1', [old.id])).toBe(0);
    expect(await count('SELECT count(*)::int AS n FROM question_labels WHERE message_id = $1', [old.messageId])).toBe(0);
    expect(await store.get(borderline.id)).toBeDefined();
    expect(await store.get(fresh.id)).toBeDefined();
    // The audit of who read it stays: it names no candidate.
    expect(await new ViewAuditStore(db).list(old.id)).toHaveLength(1);

    expect(JSON.parse((await cli('transcripts', 'purge', '--older-than=12h')).out)).toEqual({ purged: 1 });
    expect(await store.get(borderline.id)).toBeUndefined();
    expect(await store.get(fresh.id)).toBeDefined();
    expect(JSON.parse((await cli('transcripts', 'purge', '--older-than', '4w')).out)).toEqual({ purged: 0 });
  });

  it.each([['90'], ['0d'], ['-5d'], ['90 days'], ['1y'], ['d']])('refuses the duration %s', async (value) => {
    const res = await cli('transcripts', 'purge', `--older-than=${value}`);
    expect(res.code).toBe(1);
    expect(res.out).toBe('');
    expect(JSON.parse(res.err).error.details[0].field).toBe('older-than');
  });

  it('requires --older-than', async () => {
    const res = await cli('transcripts', 'purge');
    expect(res.code).toBe(1);
    expect(JSON.parse(res.err).error.details[0]).toMatchObject({ field: 'older-than' });
  });
});

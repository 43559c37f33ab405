import { CONFIDENT_MATCH } from '../../server/knowledge/understand-message';
import type { ChatHarness } from '../chat/chat-harness';
import { realKnowledge } from '../support/test-app';
import { CHROME } from '../../server/chat/test-fixtures';
import { DAY2, DAY3, getAs, type KnownSet, type Staff, withKnownSet } from './transcript-fixtures';

let h: ChatHarness;
let staff: Staff;
let set: KnownSet;
withKnownSet((ready) => ({ h, staff, set } = ready));

const list = async (query = '') => {
  const res = await getAs(h, staff.agent.cookie, `/api/v1/transcripts${query}`);
  expect(res.status).toBe(200);
  return res.body as { transcripts: { id: string; createdAt: string }[]; nextCursor: string | null };
};
const ids = async (query = '') => (await list(query)).transcripts.map((t) => t.id).sort();
const idsOf = (...chats: { conversationId: string }[]) => chats.map((c) => c.conversationId).sort();

describe('who may read transcripts', () => {
  const paths = () => ['/api/v1/transcripts', `/api/v1/transcripts/${set.c1.conversationId}`, '/api/v1/transcripts/export?format=csv', '/api/v1/insights'];

  it('lets agents and admins in', async () => {
    for (const path of paths()) {
      expect((await getAs(h, staff.agent.cookie, path)).status).toBe(200);
      expect((await getAs(h, staff.admin.cookie, path)).status).toBe(200);
    }
  });

  it('refuses recruiters and org API keys (403) and anonymous callers (401)', async () => {
    for (const path of paths()) {
      expect((await getAs(h, staff.recruiter.cookie, path)).status).toBe(403);
      const anonymous = await getAs(h, undefined, path);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.error.code).toBe('unauthorized');
      const withKey = await getAs(h, undefined, path).set(staff.apiKey);
      expect(withKey.status).toBe(403);
      expect(withKey.body.error.code).toBe('forbidden');
    }
  });
});

describe('GET /api/v1/transcripts filters', () => {
  it('lists everything newest first without filters', async () => {
    const { transcripts } = await list();
    expect(transcripts.map((t) => t.id).sort()).toEqual(idsOf(set.c1, set.c2, set.c3, set.c4, set.c5, set.c6));
    const times = transcripts.map((t) => t.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('filters by any scenario a bot turn answered with', async () => {
    expect(await ids('?scenario=link-valid')).toEqual(idsOf(set.c2, set.c5));
    expect(await ids('?scenario=camera-mic-permission')).toEqual(idsOf(set.c2));
    expect(await ids('?scenario=link-expired')).toEqual(idsOf(set.c1));
    expect(await ids('?scenario=job-closed')).toEqual([]);
  });

  it('filters by outcome', async () => {
    expect(await ids('?outcome=self_served')).toEqual(idsOf(set.c1, set.c5));
    expect(await ids('?outcome=escalated')).toEqual(idsOf(set.c2));
    expect(await ids('?outcome=abandoned')).toEqual(idsOf(set.c3));
    expect(await ids('?outcome=open')).toEqual(idsOf(set.c4, set.c6));
  });

  it('filters by org and by job', async () => {
    expect(await ids(`?org=${set.acme.orgId}`)).toEqual(idsOf(set.c1, set.c2));
    expect(await ids(`?job=${set.betaJob.id}`)).toEqual(idsOf(set.c5));
    expect(await ids(`?org=${set.acme.orgId}&job=${set.betaJob.id}`)).toEqual([]);
  });

  it('filters by date: a day is inclusive, a date-time exact', async () => {
    expect(await ids(`?from=${DAY2}&to=${DAY2}`)).toEqual(idsOf(set.c3, set.c4));
    expect(await ids(`?from=${DAY3}`)).toEqual(idsOf(set.c5, set.c6));
    expect(await ids(`?to=${DAY2}T08:00:00Z`)).toEqual(idsOf(set.c1, set.c2, set.c3, set.c4));
    expect(await ids(`?to=${DAY2}T07:59:59.999Z`)).toEqual(idsOf(set.c1, set.c2));
    expect(await ids(`?from=${encodeURIComponent(`${DAY3}T16:30:00+01:00`)}`)).toEqual(idsOf(set.c5, set.c6));
  });

  it('searches the words of every turn (full text)', async () => {
    expect(await ids('?q=sponsor')).toEqual(idsOf(set.c4, set.c5));
    expect(await ids('?q=SPONSOR%20visas')).toEqual(idsOf(set.c4, set.c5));
    expect(await ids('?q=blorf')).toEqual(idsOf(set.c3));
    expect(await ids('?q=sponsor&outcome=open')).toEqual(idsOf(set.c4));
    expect(await ids('?q=nonexistentword')).toEqual([]);
  });

  it('has the full-text index the search expression uses', async () => {
    const [index] = await h.t.db.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE indexname = 'conversation_messages_text_fts'`);
    expect(index.indexdef).toMatch(/USING gin \(to_tsvector\('simple'::regconfig, text\)\)/);
  });

  it('treats an empty filter as no filter', async () => {
    expect(await ids('?scenario=&outcome=&q=')).toHaveLength(6);
  });

  it.each([
    ['?scenario=not-a-scenario', 'scenario'],
    ['?outcome=maybe', 'outcome'],
    ['?from=yesterday', 'from'],
    ['?to=2026-13-45', 'to'],
    [`?from=${DAY3}&to=${DAY2}`, 'to'],
    ['?limit=0', 'limit'],
    ['?limit=101', 'limit'],
    ['?limit=ten', 'limit'],
    ['?cursor=not-a-cursor', 'cursor'],
    [`?q=${'x'.repeat(201)}`, 'q'],
    ['?scenario=link-valid&scenario=link-expired', 'scenario'],
  ])('answers %s with a 400 naming %s', async (query, field) => {
    const res = await getAs(h, staff.agent.cookie, `/api/v1/transcripts${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });
});

describe('cursor pagination', () => {
  it('walks every conversation exactly once, in order, across equal timestamps', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { transcripts: { id: string }[]; nextCursor: string | null } = await list(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.transcripts.length).toBeLessThanOrEqual(2);
      seen.push(...page.transcripts.map((t) => t.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual((await list()).transcripts.map((t) => t.id));
    expect(new Set(seen).size).toBe(6);
  });

  it('keeps the filters on later pages', async () => {
    const first = await list('?outcome=open&limit=1');
    expect(first.nextCursor).not.toBeNull();
    const second = await list(`?outcome=open&limit=1&cursor=${first.nextCursor}`);
    expect([...first.transcripts, ...second.transcripts].map((t) => t.id).sort()).toEqual(idsOf(set.c4, set.c6));
    expect(second.nextCursor).toBeNull();
  });
});

describe('privacy in lists', () => {
  it('masks the candidate email and any address typed in the chat', async () => {
    const { transcripts } = (await list()) as unknown as { transcripts: { id: string; candidateEmail: string | null; firstMessage: string | null }[] };
    const c2 = transcripts.find((t) => t.id === set.c2.conversationId);
    expect(c2?.candidateEmail).toBe('v********o@e******.com');
    const c6 = transcripts.find((t) => t.id === set.c6.conversationId);
    expect(c6?.firstMessage).toContain('j******e@e******.com');
    const body = JSON.stringify(transcripts);
    expect(body).not.toContain('vera.video@example.com');
    expect(body).not.toContain('jane.doe@example.com');
  });
});

describe('GET /api/v1/transcripts/:id', () => {
  it('shows every turn, the trace of each bot turn, the browser check and the ticket', async () => {
    const res = await getAs(h, staff.agent.cookie, `/api/v1/transcripts/${set.c2.conversationId}`);
    expect(res.status).toBe(200);
    const t = res.body;
    expect(t).toMatchObject({
      id: set.c2.conversationId,
      outcome: 'escalated',
      org: { id: set.acme.orgId, name: 'Acme <Hiring>' },
      job: { title: 'Backend Engineer' },
      candidate: { name: 'Vera Video', email: 'vera.video@example.com' },
      clientDiagnostics: CHROME,
    });
    expect(t.tickets).toEqual([expect.objectContaining({ id: set.ticket.ticketId, reference: set.ticket.reference, status: 'open' })]);
    expect(t.turns.map((turn: { role: string }) => turn.role)).toEqual(['bot', 'bot', 'candidate', 'bot', 'system']);
    for (const turn of t.turns) expect(new Date(turn.at).toISOString()).toBe(turn.at);

    const [diagnosis, , question, answer] = t.turns;
    expect(diagnosis.trace).toMatchObject({
      reply: 'diagnosis',
      rule: 'state:link-valid',
      scenario: 'link-valid',
      article: { id: 'link-valid', version: expect.any(Number) },
      score: null,
      link: expect.objectContaining({ state: 'link-valid' }),
    });
    expect(diagnosis.trace.checks.length).toBeGreaterThan(1);
    expect(question).toMatchObject({ text: 'my camera does not work', trace: null });
    expect(answer.trace).toMatchObject({ reply: 'composed', rule: 'question:camera-mic-permission', article: { id: 'camera-mic-permission' } });
    expect(answer.trace.score).toBeGreaterThanOrEqual(CONFIDENT_MATCH);
    // The reading of the message is stored with the turn: its best three, the first being the answer.
    const reading = realKnowledge().understand('my camera does not work', 'candidate');
    expect([answer.trace.scenario, ...answer.trace.runnersUp.map((r: { scenario: string }) => r.scenario)]).toEqual(
      reading.ranked.slice(0, 3).map((r) => r.scenario),
    );
    expect(answer.trace.checks).toContainEqual(expect.objectContaining({ check: 'question', result: true }));
  });

  it('is a 404 for an id that does not exist', async () => {
    const res = await getAs(h, staff.agent.cookie, '/api/v1/transcripts/no-such-conversation');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});

describe('the view audit', () => {
  it('records who opened which transcript, for admins only', async () => {
    const id = set.c4.conversationId;
    await getAs(h, staff.agent.cookie, `/api/v1/transcripts/${id}`).expect(200);
    h.t.clock.advance(60_000);
    await getAs(h, staff.admin.cookie, `/api/v1/transcripts/${id}`).expect(200);
    const res = await getAs(h, staff.admin.cookie, `/api/v1/transcripts/${id}/views`);
    expect(res.status).toBe(200);
    expect(res.body.views).toEqual([
      expect.objectContaining({ conversationId: id, email: staff.admin.email, role: 'admin', via: 'detail' }),
      expect.objectContaining({ conversationId: id, email: staff.agent.email, userId: staff.agent.id, role: 'agent', via: 'detail' }),
    ]);
    expect(res.body.views.every((v: { at: string }) => !Number.isNaN(Date.parse(v.at)))).toBe(true);
    expect((await getAs(h, staff.agent.cookie, `/api/v1/transcripts/${id}/views`)).status).toBe(403);
    expect((await getAs(h, undefined, `/api/v1/transcripts/${id}/views`)).status).toBe(401);
    expect((await getAs(h, staff.admin.cookie, '/api/v1/transcripts/nothing-here/views')).status).toBe(404);
  });

  it('does not record lists, nor a 404', async () => {
    await getAs(h, staff.agent.cookie, '/api/v1/transcripts/missing-one').expect(404);
    await list();
    const rows = await h.t.db.query<{ conversation_id: string }>('SELECT conversation_id FROM transcript_views');
    expect(rows.map((r) => r.conversation_id)).not.toContain('missing-one');
    expect(rows.map((r) => r.conversation_id)).not.toContain(set.c6.conversationId);
  });
});

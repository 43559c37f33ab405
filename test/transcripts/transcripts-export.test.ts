import type { ChatHarness } from '../chat/chat-harness';
import { csvObjects } from './parse-csv';
import { DAY2, getAs, type KnownSet, type Staff, withKnownSet } from './transcript-fixtures';

let h: ChatHarness;
let staff: Staff;
let set: KnownSet;
withKnownSet((ready) => ({ h, staff, set } = ready));

const exportAs = (query: string, cookie = staff.agent.cookie) =>
  getAs(h, cookie, `/api/v1/transcripts/export?${query}`)
    .buffer(true)
    .parse((res, done) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done(null, text));
    });

const allIds = () => [set.c1, set.c2, set.c3, set.c4, set.c5, set.c6].map((c) => c.conversationId);

describe('CSV export', () => {
  it('gives one row per conversation, with the filters applied, and parses back', async () => {
    const res = await exportAs('format=csv&granularity=conversation');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="transcripts-conversations-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = csvObjects(res.body as string);
    expect(rows.map((r) => r.conversation_id).sort()).toEqual(allIds().sort());
    const c2 = rows.find((r) => r.conversation_id === set.c2.conversationId);
    expect(c2).toMatchObject({
      outcome: 'escalated',
      org_name: 'Acme <Hiring>',
      job_title: 'Backend Engineer',
      candidate_email: 'v********o@e******.com',
      tickets: set.ticket.reference,
      first_message: 'my camera does not work',
    });
    expect(c2?.scenarios.split('; ')).toEqual(expect.arrayContaining(['link-valid', 'camera-mic-permission']));

    const filtered = csvObjects((await exportAs(`format=csv&from=${DAY2}&to=${DAY2}`)).body as string);
    expect(filtered.map((r) => r.conversation_id).sort()).toEqual([set.c3.conversationId, set.c4.conversationId].sort());
  });

  it('defuses formulas and masks addresses typed by candidates', async () => {
    const text = (await exportAs('format=csv&granularity=conversation')).body as string;
    const c6 = csvObjects(text).find((r) => r.conversation_id === set.c6.conversationId);
    expect(c6?.first_message).toBe(`'=HYPERLINK("http://evil.example") write to j******e@e******.com`);
    expect(text).not.toContain('jane.doe@example.com');
    // No cell of the export starts a formula.
    const cells = csvObjects(text).flatMap((r) => Object.values(r));
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });

  it('gives one row per turn, in order, with the trace columns', async () => {
    const res = await exportAs(`format=csv&granularity=turn&scenario=camera-mic-permission`);
    expect(res.status).toBe(200);
    const rows = csvObjects(res.body as string);
    expect(new Set(rows.map((r) => r.conversation_id))).toEqual(new Set([set.c2.conversationId]));
    expect(rows.map((r) => r.turn)).toEqual(rows.map((_, i) => String(i + 1)));
    expect(rows.map((r) => r.role)).toEqual(['bot', 'bot', 'candidate', 'bot', 'system']);
    const answer = rows[3];
    expect(answer).toMatchObject({ reply: 'composed', rule: 'question:camera-mic-permission', article_id: 'camera-mic-permission', link_state: 'link-valid' });
    expect(Number(answer.score)).toBeGreaterThan(0);
    expect(answer.checks).toContain('yes question');
    expect(rows[2]).toMatchObject({ text: 'my camera does not work', reply: '', score: '' });
  });
});

describe('JSON export', () => {
  it('gives each conversation with its turns, masked, and records the views', async () => {
    const res = await exportAs('format=json&outcome=open');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = JSON.parse(res.body as string) as { id: string; turns: { role: string; text: string; trace: unknown }[] }[];
    expect(body.map((c) => c.id).sort()).toEqual([set.c4.conversationId, set.c6.conversationId].sort());
    const c6 = body.find((c) => c.id === set.c6.conversationId);
    expect(c6?.turns.map((t) => t.role)).toEqual(['bot', 'candidate', 'bot']);
    expect(JSON.stringify(body)).not.toContain('jane.doe@example.com');
    const views = await getAs(h, staff.admin.cookie, `/api/v1/transcripts/${set.c6.conversationId}/views`);
    expect(views.body.views).toEqual([expect.objectContaining({ email: staff.agent.email, via: 'export' })]);
  });

  it('gives turns as flat rows with granularity=turn', async () => {
    const body = JSON.parse((await exportAs(`format=json&granularity=turn&q=blorf`)).body as string) as {
      conversationId: string;
      turn: number;
      role: string;
    }[];
    expect(body.map((r) => [r.conversationId, r.turn, r.role])).toEqual([
      [set.c3.conversationId, 1, 'bot'],
      [set.c3.conversationId, 2, 'candidate'],
      [set.c3.conversationId, 3, 'bot'],
    ]);
  });

  it('is an empty array when nothing matches, and a 400 for a bad format or filter', async () => {
    expect(JSON.parse((await exportAs('format=json&q=nothingmatchesthis')).body as string)).toEqual([]);
    for (const [query, field] of [
      ['format=xml', 'format'],
      ['granularity=word', 'granularity'],
      ['outcome=lost', 'outcome'],
    ]) {
      const res = await getAs(h, staff.agent.cookie, `/api/v1/transcripts/export?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.details[0].field).toBe(field);
    }
  });
});

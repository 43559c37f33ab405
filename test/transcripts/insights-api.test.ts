import { CONFIDENT_MATCH } from '../../server/knowledge/understand-message';
import type { ChatHarness } from '../chat/chat-harness';
import { realKnowledge } from '../support/test-app';
import { DAY1, DAY2, DAY3, GAP_QUESTIONS, getAs, postAs, type KnownSet, type Staff, withKnownSet } from './transcript-fixtures';

let h: ChatHarness;
let staff: Staff;
let set: KnownSet;
withKnownSet((ready) => ({ h, staff, set } = ready));

interface Group {
  text: string;
  count: number;
  label: string | null;
  questions: { messageId: string; conversationId: string; text: string; score: number; label: string | null }[];
}

const insights = async (query: string) => {
  const res = await getAs(h, staff.agent.cookie, `/api/v1/insights${query}`);
  expect(res.status).toBe(200);
  return res.body;
};
const KNOWN_RANGE = `?from=${DAY1}&to=${DAY3}`;

it('the gap questions really are gaps of the knowledge base (precondition)', () => {
  // A gap is a question the bot was not sure about (no confident reading), whatever its best guess.
  for (const q of GAP_QUESTIONS) expect([q, realKnowledge().understand(q, 'candidate').confident]).toEqual([q, false]);
  expect(realKnowledge().classify('my camera does not work', 'candidate')?.score).toBeGreaterThanOrEqual(CONFIDENT_MATCH);
});

describe('GET /api/v1/insights', () => {
  it('counts outcomes and the deflection rate over the conversations started in the range', async () => {
    const body = await insights(KNOWN_RANGE);
    expect(body.from).toBe(`${DAY1}T00:00:00.000Z`);
    expect(body.to).toBe('2026-11-13T00:00:00.000Z');
    expect(body.conversations).toEqual({ total: 5, finished: 4, open: 1, selfServed: 2, escalated: 1, abandoned: 1 });
    expect(body.deflectionRate).toBe(0.5);
  });

  it('ranks scenarios overall and per day, and the escalation rate of each', async () => {
    const body = await insights(KNOWN_RANGE);
    expect(body.topScenarios).toEqual([
      { scenario: 'link-valid', conversations: 2 },
      { scenario: 'camera-mic-permission', conversations: 1 },
      { scenario: 'link-expired', conversations: 1 },
    ]);
    expect(body.scenariosByDay).toEqual([
      {
        day: DAY1,
        scenarios: expect.arrayContaining([
          { scenario: 'link-expired', conversations: 1 },
          { scenario: 'link-valid', conversations: 1 },
          { scenario: 'camera-mic-permission', conversations: 1 },
        ]),
      },
      { day: DAY3, scenarios: [{ scenario: 'link-valid', conversations: 1 }] },
    ]);
    const rate = (scenario: string) => body.escalationByScenario.find((s: { scenario: string }) => s.scenario === scenario);
    expect(rate('camera-mic-permission')).toEqual({ scenario: 'camera-mic-permission', conversations: 1, finished: 1, escalated: 1, rate: 1 });
    expect(rate('link-valid')).toEqual({ scenario: 'link-valid', conversations: 2, finished: 2, escalated: 1, rate: 0.5 });
    expect(rate('link-expired')).toEqual({ scenario: 'link-expired', conversations: 1, finished: 1, escalated: 0, rate: 0 });
    expect(body.escalationByScenario[0].rate).toBe(1);
  });

  it('groups the low-confidence questions by their normalized wording', async () => {
    const body = await insights(KNOWN_RANGE);
    expect(body.lowConfidence.threshold).toBe(CONFIDENT_MATCH);
    const groups = body.lowConfidence.groups as Group[];
    expect(groups.map((g) => [g.text, g.count])).toEqual([
      ['do you sponsor visas', 2],
      ['blorf zzkx', 1],
    ]);
    expect(groups[0].questions.map((q) => q.conversationId).sort()).toEqual([set.c4.conversationId, set.c5.conversationId].sort());
    expect(groups[0].questions.map((q) => q.text).sort()).toEqual(['Do you sponsor visas?', 'do you sponsor visas']);
    expect(groups.flatMap((g) => g.questions).every((q) => q.score < CONFIDENT_MATCH)).toBe(true);
    // The confident camera question is not a gap.
    expect(groups.flatMap((g) => g.questions).map((q) => q.text.toLowerCase())).not.toContainEqual(expect.stringContaining('camera'));
  });

  it('follows the range: one day, and the default of the last 30 days', async () => {
    const day2 = await insights(`?from=${DAY2}&to=${DAY2}`);
    expect(day2.conversations).toMatchObject({ total: 2, abandoned: 1, open: 1 });
    expect(day2.deflectionRate).toBe(0);
    expect(day2.topScenarios).toEqual([]);
    const empty = await insights('?from=2020-01-01&to=2020-01-02');
    expect(empty.conversations.total).toBe(0);
    expect(empty.deflectionRate).toBeNull();
    h.t.clock.advance(60_000);
    const recent = await insights('');
    expect(recent.conversations.total).toBe(6);
    expect(Date.parse(recent.to) - Date.parse(recent.from)).toBe(30 * 86_400_000);
  });

  it('answers a bad range with a 400 naming the field', async () => {
    for (const [query, field] of [
      ['?from=last-week', 'from'],
      [`?from=${DAY3}&to=${DAY1}`, 'to'],
    ]) {
      const res = await getAs(h, staff.agent.cookie, `/api/v1/insights${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.details[0].field).toBe(field);
    }
  });
});

describe('labelling the gaps', () => {
  const gapMessages = async () => ((await insights(KNOWN_RANGE)).lowConfidence.groups as Group[]).flatMap((g) => g.questions);

  it('labels a question with a scenario, relabels it, and shows the label in insights', async () => {
    const [visas] = await gapMessages();
    const first = await postAs(h, staff.agent.cookie, '/api/v1/insights/labels', { messageId: visas.messageId, scenario: 'contact-recruiter' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ messageId: visas.messageId, scenario: 'contact-recruiter', labelledBy: staff.agent.email });
    const again = await postAs(h, staff.admin.cookie, '/api/v1/insights/labels', { messageId: visas.messageId, scenario: 'link-sharing' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ scenario: 'link-sharing', labelledBy: staff.admin.email });
    const labelled = (await gapMessages()).find((q) => q.messageId === visas.messageId);
    expect(labelled?.label).toBe('link-sharing');
  });

  it('validates the scenario and the message', async () => {
    const [visas] = await gapMessages();
    const bad = await postAs(h, staff.agent.cookie, '/api/v1/insights/labels', { messageId: visas.messageId, scenario: 'made-up' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe('scenario');
    const missing = await postAs(h, staff.agent.cookie, '/api/v1/insights/labels', { scenario: 'link-valid' });
    expect(missing.body.error.details[0].field).toBe('messageId');
    expect((await postAs(h, staff.agent.cookie, '/api/v1/insights/labels', { messageId: 'nope', scenario: 'link-valid' })).status).toBe(404);
    const [botTurn] = await h.t.db.query<{ id: string }>(`SELECT id FROM conversation_messages WHERE role = 'bot' LIMIT 1`);
    expect((await postAs(h, staff.agent.cookie, '/api/v1/insights/labels', { messageId: botTurn.id, scenario: 'link-valid' })).status).toBe(404);
    expect((await postAs(h, staff.recruiter.cookie, '/api/v1/insights/labels', { messageId: visas.messageId, scenario: 'link-valid' })).status).toBe(403);
  });

  it('exports labelled questions as evaluation cases, one per wording and answer', async () => {
    const questions = await gapMessages();
    for (const q of questions) {
      const scenario = q.text.includes('blorf') ? 'recruiter-resend-link' : 'extension-request';
      await postAs(h, staff.agent.cookie, '/api/v1/insights/labels', { messageId: q.messageId, scenario }).expect((r) => expect(r.status).toBeLessThan(300));
    }
    const res = await getAs(h, staff.agent.cookie, '/api/v1/insights/labels/export');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    const cases = res.body as { q: string; expected: string; audience: string }[];
    expect(cases).toHaveLength(2);
    expect(cases).toEqual(
      expect.arrayContaining([
        { q: expect.stringMatching(/^do you sponsor visas\??$/i), expected: 'extension-request', audience: 'candidate' },
        { q: 'blorf zzkx', expected: 'recruiter-resend-link', audience: 'recruiter' },
      ]),
    );
    for (const c of cases) expect(Object.keys(c).sort()).toEqual(['audience', 'expected', 'q']);
    expect((await getAs(h, staff.recruiter.cookie, '/api/v1/insights/labels/export')).status).toBe(403);
  });
});

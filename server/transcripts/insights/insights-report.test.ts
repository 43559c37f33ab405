import { buildInsights, groupLowConfidence } from './insights-report';
import type { AnsweredQuestion } from './insights-store';

const asked = (text: string, score: number | null, at: string, label: string | null = null): AnsweredQuestion => ({
  messageId: `m-${text}-${at}`,
  conversationId: `c-${at}`,
  text,
  at: new Date(at),
  label,
  trace:
    score === null
      ? { reply: 'answer', steps: [{ check: 'question', result: false, detail: 'link-expired is blocked' }] }
      : {
          reply: 'choices',
          steps: [{ check: 'question', result: false, detail: `no allowed scenario scored >= 0.35 (ranked: page-wont-load ${score.toFixed(2)})` }],
        },
});

describe('groupLowConfidence', () => {
  it('groups by normalized wording, most asked first, and leaves out confident or unjudged questions', () => {
    const groups = groupLowConfidence(
      [
        asked('Cant open ur link pls!!', 0.2, '2026-11-10T10:00:00Z'),
        asked("can't open your link please", 0.1, '2026-11-11T10:00:00Z', 'page-wont-load'),
        asked('where is the office', 0.23, '2026-11-12T10:00:00Z'),
        asked('my camera is black', 0.9, '2026-11-12T11:00:00Z'),
        asked('it expired', null, '2026-11-12T12:00:00Z'),
      ],
      0.35,
    );
    expect(groups.map((g) => [g.text, g.count, g.label])).toEqual([
      ['can not open your link please', 2, 'page-wont-load'],
      ['where is the office', 1, null],
    ]);
    expect(groups[0].lastAskedAt).toBe('2026-11-11T10:00:00.000Z');
    expect(groups[0].questions[0]).toMatchObject({ text: "can't open your link please", score: 0.1, bestGuess: { scenario: 'page-wont-load', score: 0.1 } });
  });

  it('masks addresses in the questions and in the group wording', () => {
    const [group] = groupLowConfidence([asked('mail me at jane.doe@example.com', 0, '2026-11-10T10:00:00Z')], 0.35);
    expect(group.text).not.toMatch(/jane|doe/);
    expect(group.questions[0].text).toBe('mail me at j******e@e******.com');
  });
});

describe('buildInsights', () => {
  it('computes deflection over finished conversations and escalation per scenario', () => {
    const report = buildInsights({
      range: { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-11-08T00:00:00Z') },
      outcomes: [
        { outcome: 'self_served', conversations: 3 },
        { outcome: 'escalated', conversations: 1 },
        { outcome: 'open', conversations: 5 },
      ],
      scenarioDays: [
        { day: '2026-11-02', scenario: 'link-expired', outcome: 'self_served', conversations: 2 },
        { day: '2026-11-02', scenario: 'link-expired', outcome: 'escalated', conversations: 1 },
        { day: '2026-11-01', scenario: 'link-valid', outcome: 'open', conversations: 4 },
      ],
      questions: [],
      confidentScore: 0.35,
    });
    expect(report.conversations).toEqual({ total: 9, finished: 4, open: 5, selfServed: 3, escalated: 1, abandoned: 0 });
    expect(report.deflectionRate).toBe(0.75);
    expect(report.topScenarios).toEqual([
      { scenario: 'link-valid', conversations: 4 },
      { scenario: 'link-expired', conversations: 3 },
    ]);
    expect(report.scenariosByDay.map((d) => d.day)).toEqual(['2026-11-01', '2026-11-02']);
    expect(report.escalationByScenario).toEqual([
      { scenario: 'link-expired', conversations: 3, finished: 3, escalated: 1, rate: 0.3333 },
      { scenario: 'link-valid', conversations: 4, finished: 0, escalated: 0, rate: null },
    ]);
  });
});

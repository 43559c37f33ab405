import { questionRanking, questionScore, readTurnTrace } from './turn-trace';

const step = (detail: string, result = false) => ({ check: 'question', result, detail });

describe('questionRanking / questionScore', () => {
  it('takes the match when a question decided', () => {
    const trace = { match: { scenario: 'camera-mic-permission', score: 0.61, runnersUp: [{ scenario: 'mobile-device', score: 0.48 }] } };
    expect(questionRanking(trace)).toEqual([
      { scenario: 'camera-mic-permission', score: 0.61 },
      { scenario: 'mobile-device', score: 0.48 },
    ]);
    expect(questionScore(trace)).toBe(0.61);
  });

  it('reads the ranking the question check recorded when nothing was confident', () => {
    const trace = {
      match: null,
      steps: [{ check: 'state', result: true }, step('no allowed scenario scored >= 0.35 (ranked: lost-connection 0.33, link-not-found 0.06)')],
    };
    expect(questionRanking(trace)).toEqual([
      { scenario: 'lost-connection', score: 0.33 },
      { scenario: 'link-not-found', score: 0.06 },
    ]);
    expect(questionScore(trace)).toBe(0.33);
  });

  it('scores 0 when the classifier found nothing, null when no question was judged', () => {
    expect(questionScore({ steps: [step('no scenario matched the message')] })).toBe(0);
    expect(questionScore({ steps: [step('link-expired is blocked')] })).toBeNull();
    expect(questionScore({ reply: 'greeting' })).toBeNull();
    expect(questionScore(null)).toBeNull();
    expect(questionScore('garbage')).toBeNull();
  });

  it('falls back to the offered choices', () => {
    expect(questionRanking({ choices: [{ id: 'page-wont-load', score: 0.2 }, { id: 'x' }] })).toEqual([{ scenario: 'page-wont-load', score: 0.2 }]);
  });
});

describe('readTurnTrace', () => {
  it('reads a full trace into the documented shape', () => {
    const trace = readTurnTrace({
      reply: 'answer',
      scenario: 'camera-mic-permission',
      rule: 'question:camera-mic-permission',
      article: { id: 'camera-mic-permission', version: 3 },
      match: { scenario: 'camera-mic-permission', score: 0.7, runnersUp: [{ scenario: 'mobile-device', score: 0.25 }] },
      link: { state: 'link-valid', accessCount: 1 },
      steps: [
        { check: 'state', result: true, detail: 'link-valid' },
        { check: 'x', result: 'yes' },
      ],
      findings: ['camera-blocked', 3],
    });
    expect(trace).toEqual({
      reply: 'answer',
      scenario: 'camera-mic-permission',
      rule: 'question:camera-mic-permission',
      article: { id: 'camera-mic-permission', version: 3 },
      score: 0.7,
      runnersUp: [{ scenario: 'mobile-device', score: 0.25 }],
      checks: [
        { check: 'state', result: true, detail: 'link-valid' },
        { check: 'x', result: false },
      ],
      link: { state: 'link-valid', accessCount: 1 },
      choices: [],
      findings: ['camera-blocked'],
      replyRule: null,
      why: null,
      topic: null,
      articles: [],
    });
  });

  it('survives partial and malformed traces', () => {
    expect(readTurnTrace({ reply: 'greeting' })).toMatchObject({ reply: 'greeting', rule: null, article: null, score: null, checks: [], link: null });
    expect(readTurnTrace({ steps: 'nope', article: 'x', match: [1] })).toMatchObject({ checks: [], article: null, score: null });
    expect(readTurnTrace(null)).toBeNull();
  });
});

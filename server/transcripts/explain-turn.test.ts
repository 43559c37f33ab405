import { explainTurn, span, when } from './explain-turn';
import { scenarioLabel as explainLabel } from './human-labels';
import { readTurnTrace } from './turn-trace';

const UTC = { readerZone: 'UTC' };
const expiredTrace = readTurnTrace({
  reply: 'diagnosis',
  scenario: 'link-expired',
  rule: 'state:link-expired',
  article: { id: 'link-expired', version: 2 },
  link: { state: 'link-expired', expiresAt: '2026-12-01T04:37:00.000Z', kind: 'video_interview', accessCount: 0, accessLimit: 100 },
  steps: [
    { check: 'token-unknown', result: false, detail: 'invitation 05c1' },
    { check: 'expired', result: true },
  ],
});

describe('explainTurn', () => {
  it('says the link was found, its deadline, how long ago it passed, the answer and the policy', () => {
    expect(explainTurn(expiredTrace, { ...UTC, at: '2026-12-02T06:37:00.000Z', policy: 'strict' })).toBe(
      'The link was found. Its deadline, Tue 1 Dec 04:37 UTC, had passed 26 hours earlier, so the bot answered “Link expired” under the strict policy.',
    );
  });

  it("explains a composed reply by the state, the message's topic and the reply rule's reason", () => {
    const trace = readTurnTrace({
      reply: 'composed',
      replyRule: 'blocked-question',
      topic: 'camera-mic-permission',
      articles: ['camera-mic-permission'],
      why: 'the link is blocked and the question is about something else: answered in the light of the state',
      link: { state: 'link-expired', expiresAt: '2026-12-01T04:37:00.000Z' },
    });
    expect(explainTurn(trace, { ...UTC, at: '2026-12-02T06:37:00.000Z' })).toBe(
      'The link was found. Its deadline, Tue 1 Dec 04:37 UTC, had passed 26 hours earlier. The message was about “' +
        `${explainLabel('camera-mic-permission')}”. The bot answered this way because the link is blocked and the question is about something else: ` +
        `answered in the light of the state. It drew on “${explainLabel('camera-mic-permission')}”.`,
    );
  });

  it('writes times in the reader’s zone with the candidate’s beside', () => {
    const sentence = explainTurn(expiredTrace, { at: '2026-12-02T06:37:00.000Z', readerZone: 'Europe/Berlin', candidateZone: 'Asia/Tokyo' });
    expect(sentence).toContain('Tue 1 Dec 05:37 CET (13:37 for the candidate, Asia/Tokyo)');
  });

  it('explains a question that narrowed a usable link, with its score', () => {
    const trace = readTurnTrace({
      reply: 'answer',
      scenario: 'camera-mic-permission',
      rule: 'question:camera-mic-permission',
      match: { scenario: 'camera-mic-permission', score: 0.61, runnersUp: [] },
      link: { state: 'link-valid', expiresAt: '2026-12-05T12:00:00.000Z' },
    });
    expect(explainTurn(trace, { ...UTC, at: '2026-12-02T12:00:00.000Z' })).toBe(
      "The link was found. It was usable and not started, with 3 days left before its deadline, Sat 5 Dec 12:00 UTC, so the candidate's question decided: it matched “Camera or microphone blocked” (match 0.61) and the bot answered with that article.",
    );
  });

  it('says no invitation matched an unknown link', () => {
    const trace = readTurnTrace({
      reply: 'diagnosis',
      scenario: 'link-not-found',
      rule: 'state:link-not-found',
      steps: [{ check: 'token-unknown', result: true }],
    });
    expect(explainTurn(trace, { ...UTC, at: '2026-12-02T12:00:00.000Z' })).toMatch(/^No invitation matches the link/);
  });

  it('never says "no known link" on a turn whose link was found but not recorded', () => {
    const trace = readTurnTrace({
      reply: 'answer',
      scenario: 'lost-connection',
      rule: 'question:lost-connection',
      steps: [{ check: 'token-unknown', result: false }],
    });
    expect(explainTurn(trace, { ...UTC, at: '2026-12-02T12:00:00.000Z' })).toMatch(/^The link was found; the candidate's question matched “Lost connection”/);
  });

  it('explains choices, greetings and the rest in words', () => {
    const choices = readTurnTrace({
      reply: 'choices',
      choices: [
        { id: 'page-wont-load', score: 0.31 },
        { id: 'stuck-loading', score: 0.2 },
      ],
    });
    expect(explainTurn(choices, { ...UTC, at: '2026-12-02T12:00:00.000Z' })).toBe(
      'No article matched with confidence (best “Page will not load” at 0.31), so the bot offered 2 to choose from instead of guessing.',
    );
    expect(explainTurn(readTurnTrace({ reply: 'greeting' }), { ...UTC, at: '2026-12-02T12:00:00.000Z' })).toMatch(/greeted/);
    expect(explainTurn(null, { ...UTC, at: '2026-12-02T12:00:00.000Z' })).toBeNull();
  });

  it('words an already completed link with its reason', () => {
    const trace = readTurnTrace({
      reply: 'diagnosis',
      scenario: 'already-completed',
      rule: 'state:already-completed',
      link: { state: 'already-completed', completedAt: '2026-11-30T10:00:00.000Z', completedReason: 'time_limit' },
    });
    expect(explainTurn(trace, { ...UTC, at: '2026-12-02T12:00:00.000Z' })).toContain('completed on Mon 30 Nov 10:00 UTC (time limit reached)');
  });
});

describe('span and when', () => {
  it('rounds to minutes, hours or days', () => {
    expect(span(12 * 60_000)).toBe('12 minutes');
    expect(span(60_000)).toBe('1 minute');
    expect(span(26 * 3_600_000)).toBe('26 hours');
    expect(span(72 * 3_600_000)).toBe('3 days');
  });

  it('adds the candidate’s weekday when their day differs', () => {
    expect(when(new Date('2026-12-01T20:00:00Z'), { readerZone: 'UTC', candidateZone: 'Asia/Tokyo' })).toBe(
      'Tue 1 Dec 20:00 UTC (Wed 05:00 for the candidate, Asia/Tokyo)',
    );
  });
});

import type { DiagnosisResponse } from '../diagnosis/diagnosis-service';
import type { QuestionClassifier } from '../diagnosis/diagnosis-types';
import { CHECK_SETUP, ESCALATE, SOLVED, STILL_NEED_HELP, TALK_TO_PERSON, articleReply } from './bot-replies';
import { articleAnswer, choicesFor, diagnosticsReply, readIntent } from './conversation-engine';

const nothing: QuestionClassifier = () => null;
const wantsPerson: QuestionClassifier = () => ({ scenario: 'contact-recruiter', score: 0.9, runnersUp: [] });

describe('readIntent', () => {
  it('recognises the quick replies it offered by their text, whatever the case and spacing', () => {
    const offered = [SOLVED, articleReply({ id: 'page-wont-load', title: 'The page will not load' })];
    expect(readIntent('  that SOLVED   it ', offered, nothing, 0.3)).toEqual({ kind: 'solved' });
    expect(readIntent('The page will not load', offered, nothing, 0.3)).toEqual({ kind: 'article', scenario: 'page-wont-load' });
  });

  it('knows the fixed replies even when not just offered', () => {
    expect(readIntent(STILL_NEED_HELP.text, [], nothing, 0.3)).toEqual({ kind: 'still-need-help' });
    expect(readIntent(TALK_TO_PERSON.label, [], nothing, 0.3)).toEqual({ kind: 'person' });
    expect(readIntent(ESCALATE.text, [], nothing, 0.3)).toEqual({ kind: 'escalate' });
  });

  it('takes a confident contact-recruiter match for a request for a person, and anything else for a question', () => {
    expect(readIntent('can I speak to someone', [], wantsPerson, 0.3)).toEqual({ kind: 'person' });
    expect(readIntent('can I speak to someone', [], wantsPerson, 0.95)).toEqual({ kind: 'question' });
    expect(readIntent('my camera is off', [], nothing, 0.3)).toEqual({ kind: 'question' });
    expect(readIntent('article:not-a-scenario', [articleReply({ id: 'nope', title: 'article:not-a-scenario' })], nothing, 0.3)).toEqual({ kind: 'question' });
  });
});

const article = {
  id: 'link-valid', title: 'Your link works', audience: 'candidate', version: 3, summary: 's', steps: [], facts: [],
  body: 'Body text.', related: [{ id: 'page-wont-load', title: 'Page' }], offerEscalation: false,
} as const;
const response = (overrides: Partial<DiagnosisResponse> = {}) =>
  ({ scenario: 'link-valid', rule: 'state:link-valid', link: { state: 'link-valid', expiresAt: new Date('2030-01-01T00:00:00Z') }, article, trace: [], ...overrides }) as unknown as DiagnosisResponse;

describe('articleAnswer', () => {
  it('ends with "did this help?" and offers the self-check only until diagnostics arrived', () => {
    const first = articleAnswer('diagnosis', response(), { hasLink: true, diagnostics: null });
    expect(first.text).toBe('Body text.\n\nDid this help?');
    expect(first.quickReplies.map((r) => r.id)).toEqual([CHECK_SETUP.id, 'solved', 'still-need-help', 'article:page-wont-load']);
    expect(first.facts).toEqual({ deadline: '2030-01-01T00:00:00.000Z' });
    expect(first.trace).toMatchObject({ reply: 'diagnosis', article: { id: 'link-valid', version: 3 }, findings: [] });
  });

  it('asks for the link when the conversation has none', () => {
    const answer = articleAnswer('answer', response({ link: null }), { hasLink: false, diagnostics: null });
    expect(answer.text).toMatch(/Paste the link/);
    expect(answer.quickReplies[0]).toBe(SOLVED);
  });
});

describe('choicesFor', () => {
  const ranked = () => [
    { id: 'link-valid', title: 'valid', score: 0.2 },
    { id: 'stuck-loading', title: 'stuck', score: 0.1 },
  ] as ReturnType<Parameters<typeof choicesFor>[1]>;

  it('offers question articles when a usable link met an unclear question', () => {
    expect(choicesFor(response(), ranked)?.map((r) => r.id)).toEqual(['stuck-loading']);
  });

  it('answers when the question matched or the link is blocked', () => {
    expect(choicesFor(response({ match: { scenario: 'stuck-loading', score: 0.8, runnersUp: [] } }), ranked)).toBeNull();
    expect(choicesFor(response({ link: { state: 'link-expired' } as DiagnosisResponse['link'] }), ranked)).toBeNull();
  });

  it('uses the service suggestions without a link', () => {
    const suggestions = [{ id: 'page-wont-load' as const, title: 'p', score: 0.1 }];
    expect(choicesFor(response({ link: null, choices: suggestions }), ranked)).toBe(suggestions);
  });
});

describe('diagnosticsReply', () => {
  const base = {
    browser: { name: 'Chrome', version: '131' }, os: 'Windows', cookiesEnabled: true, storageAvailable: true, online: true,
    permissions: { camera: 'granted', microphone: 'granted' }, network: {}, timeZone: 'UTC', screen: { width: 1, height: 1 }, userAgent: 'x',
  } as const;

  it('reminds to allow the devices when the browser has not asked yet, and offers the live test once', () => {
    const fine = diagnosticsReply({ ...base, permissions: { camera: 'prompt', microphone: 'granted' } });
    expect(fine.text).toMatch(/nothing wrong.*choose Allow/s);
    expect(fine.quickReplies.map((r) => r.id)).toEqual(['test-media', 'solved', 'still-need-help']);
    const tested = diagnosticsReply({ ...base, mediaTest: { camera: 'ok', microphone: 'ok' } });
    expect(tested.text).not.toMatch(/choose Allow/);
    expect(tested.quickReplies.map((r) => r.id)).toEqual(['solved', 'still-need-help']);
  });
});

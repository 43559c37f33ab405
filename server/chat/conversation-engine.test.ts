import type { DiagnosisResponse } from '../diagnosis/diagnosis-service';
import { CHECK_SETUP, SOLVED } from './bot-replies';
import { BOT_CATALOGUE_EN } from './bot-words';
import { ADVICE_EN } from './browser-advice';
import { READY_BROWSER } from './test-fixtures';
import { articleAnswer, diagnosticsReply } from './conversation-engine';

const article = {
  id: 'link-valid',
  title: 'Your link works',
  audience: 'candidate',
  version: 3,
  summary: 's',
  steps: [],
  facts: [],
  body: 'Body text.',
  related: [{ id: 'page-wont-load', title: 'Page' }],
  offerEscalation: false,
} as const;
const response = (overrides: Partial<DiagnosisResponse> = {}) =>
  ({
    scenario: 'link-valid',
    rule: 'state:link-valid',
    link: { state: 'link-valid', expiresAt: new Date('2030-01-01T00:00:00Z') },
    article,
    trace: [],
    ...overrides,
  }) as unknown as DiagnosisResponse;

describe('articleAnswer', () => {
  it('ends with "did this help?" and offers the self-check only until diagnostics arrived', () => {
    const first = articleAnswer('diagnosis', response(), { hasLink: true, diagnostics: null, words: BOT_CATALOGUE_EN, advice: ADVICE_EN });
    expect(first.text).toBe('Body text.\n\nDid this help?');
    expect(first.quickReplies.map((r) => r.id)).toEqual([CHECK_SETUP.id, 'solved', 'not-helpful', 'page-wont-load']);
    expect(first.facts).toEqual({ deadline: '2030-01-01T00:00:00.000Z' });
    expect(first.trace).toMatchObject({ reply: 'diagnosis', article: { id: 'link-valid', version: 3 }, findings: [] });
  });

  it('asks for the link when the conversation has none', () => {
    const answer = articleAnswer('answer', response({ link: null }), { hasLink: false, diagnostics: null, words: BOT_CATALOGUE_EN, advice: ADVICE_EN });
    expect(answer.text).toMatch(/Paste the link/);
    expect(answer.quickReplies[0]).toEqual(SOLVED);
  });
});

describe('diagnosticsReply', () => {
  const base = READY_BROWSER;

  it('reminds to allow the devices when the browser has not asked yet, and offers the live test once', () => {
    const fine = diagnosticsReply({ ...base, permissions: { camera: 'prompt', microphone: 'granted' } }, BOT_CATALOGUE_EN);
    expect(fine.text).toMatch(/nothing wrong.*choose Allow/s);
    expect(fine.quickReplies.map((r) => r.id)).toEqual(['test-media', 'solved', 'not-helpful']);
    const tested = diagnosticsReply({ ...base, mediaTest: { camera: 'ok', microphone: 'ok' } }, BOT_CATALOGUE_EN);
    expect(tested.text).not.toMatch(/choose Allow/);
    expect(tested.quickReplies.map((r) => r.id)).toEqual(['solved', 'not-helpful']);
  });
});

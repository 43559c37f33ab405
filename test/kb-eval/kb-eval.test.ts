import { ALL_SCENARIOS } from '../../server/diagnosis/scenario-ids';
import { loadKnowledgeSourcesOrThrow } from '../../server/knowledge/load-knowledge';
import { confusions, EVAL_SETS, KNOWLEDGE_DIR, loadEvalSet, loadRealKnowledge, runMessage, score, TUNING_SETS, type Outcome } from './kb-eval-set';

// The eval runner's arithmetic, the sets' shape, and a floor on the tuning sets.
// Held-out sets are reported by `npm run eval:kb` (and the README), not asserted
// here: a test on them would turn them into something to tune against.

const outcome = (expected: string, top: string, confident: boolean, top3 = [top]): Outcome =>
  ({ item: { q: 'x', expected: expected.split('|'), audience: 'candidate', lang: 'en' }, top, score: 0.5, confident, top3 }) as Outcome;

describe('eval arithmetic', () => {
  const outcomes = [
    outcome('link-expired', 'link-expired', true), // right at once
    outcome('link-expired|extension-request', 'extension-request', true), // either label is right
    outcome('link-valid', 'link-expired', true, ['link-expired', 'link-valid']), // confidently wrong
    outcome('page-wont-load', 'stuck-loading', false, ['stuck-loading', 'page-wont-load', 'mobile-device']), // unsure, right among choices
    outcome('job-closed', 'link-revoked', false, ['link-revoked', 'link-expired', 'link-valid']), // unsure, not among choices
  ];

  it('counts each outcome in the right columns', () => {
    expect(score(outcomes)).toEqual({
      total: 5,
      answeredRight: 2 / 5,
      confidentlyWrong: 1 / 5,
      unsure: 2 / 5,
      withinOneClarification: 3 / 5,
      top1: 2 / 5,
      top3: 4 / 5,
    });
  });

  it('gives zeros, not NaN, for an empty slice', () => {
    expect(score([]).answeredRight).toBe(0);
  });

  it('lists confusions by frequency', () => {
    expect(confusions(outcomes)).toEqual([
      { pair: 'job-closed -> link-revoked', count: 1 },
      { pair: 'link-valid -> link-expired', count: 1 },
      { pair: 'page-wont-load -> stuck-loading', count: 1 },
    ]);
  });
});

describe('evaluation sets', () => {
  it('parse, and cover every scenario of their audiences in each set', () => {
    for (const set of EVAL_SETS) {
      const items = loadEvalSet(set);
      const covered = new Set(items.flatMap((item) => item.expected));
      // The per-language sets are the candidate's side only: recruiter screens stay English.
      const recruiters = items.some((item) => item.audience === 'recruiter');
      const expected = ALL_SCENARIOS.filter((id) => recruiters || !id.startsWith('recruiter-'));
      expect([set, expected.filter((id) => !covered.has(id))]).toEqual([set, []]);
    }
  });

  it('has a blind set of 100 messages per language besides English, candidates only', () => {
    const items = loadEvalSet('heldout-i18n');
    for (const lang of ['es', 'pt', 'fr', 'hi']) expect(items.filter((item) => item.lang === lang).length).toBeGreaterThanOrEqual(100);
    expect(items.every((item) => item.audience === 'candidate')).toBe(true);
  });

  it('has a blind real-style set of 300+ messages, a fifth of them in other languages', () => {
    const blind = loadEvalSet('heldout-real');
    expect(blind.length).toBeGreaterThanOrEqual(300);
    expect(blind.filter((item) => item.lang !== 'en').length / blind.length).toBeGreaterThanOrEqual(0.2);
    for (const lang of ['es', 'pt', 'fr', 'hi']) expect(blind.filter((item) => item.lang === lang).length).toBeGreaterThanOrEqual(15);
  });

  it('shares no message between the tuning and held-out sets', () => {
    const key = (item: { q: string; audience: string }) => `${item.audience}:${item.q.toLowerCase().trim()}`;
    const tuning = new Set(TUNING_SETS.flatMap((set) => loadEvalSet(set).map(key)));
    const heldOut = EVAL_SETS.filter((set) => !TUNING_SETS.includes(set)).flatMap((set) => loadEvalSet(set).map(key));
    expect(heldOut.filter((k) => tuning.has(k))).toEqual([]);
  });

  it('holds out messages the model never trained on (no held-out message is an article example)', () => {
    const { articles, smallTalk, translations = new Map() } = loadKnowledgeSourcesOrThrow(KNOWLEDGE_DIR);
    const translated = [...translations.values()].flatMap((byId) => [...byId.values()]);
    const trainedOn = [...articles, ...translated].flatMap((a) => [...a.questions, ...a.examples]);
    const examples = new Set([...trainedOn, ...smallTalk].map((q) => q.toLowerCase().trim()));
    const heldOut = EVAL_SETS.filter((set) => !TUNING_SETS.includes(set)).flatMap((set) => loadEvalSet(set));
    expect(heldOut.filter((item) => examples.has(item.q.toLowerCase().trim())).map((item) => item.q)).toEqual([]);
  });
});

describe('understanding on the tuning sets (floor)', () => {
  const kb = loadRealKnowledge();
  const outcomes = TUNING_SETS.flatMap((set) => loadEvalSet(set)).map((item) => runMessage(kb, item));

  it.each([
    ['English', (o: Outcome) => o.item.lang === 'en'],
    ['other languages', (o: Outcome) => o.item.lang !== 'en'],
  ])('meets the targets in %s', (_name, inSlice) => {
    const s = score(outcomes.filter(inSlice));
    expect(s.answeredRight).toBeGreaterThanOrEqual(0.85);
    expect(s.confidentlyWrong).toBeLessThanOrEqual(0.03);
    expect(s.withinOneClarification).toBeGreaterThanOrEqual(0.97);
    expect(s.top3).toBeGreaterThanOrEqual(0.97);
  });
});

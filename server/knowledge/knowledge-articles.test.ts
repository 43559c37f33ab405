import { join } from 'node:path';
import type { DiagnosisFacts } from '../diagnosis/diagnosis-types';
import { ALL_SCENARIOS, type ScenarioId } from '../diagnosis/scenario-ids';
import type { Article } from './article-schema';
import { loadKnowledgeOrThrow } from './load-knowledge';
import { renderArticle } from './render-article';
import { bareFacts, expiredFacts, fullFacts, KINDS, POLICIES } from './test-fixtures';

// The real knowledge/ directory: every article, every policy and kind, with
// facts as the diagnosis produces them.

const articles = loadKnowledgeOrThrow(join(__dirname, '../../knowledge'));
const byId = (id: ScenarioId): Article => articles.find((article) => article.id === id)!;
const render = (id: ScenarioId, facts: DiagnosisFacts, timeZone = 'America/New_York') =>
  renderArticle(byId(id), { facts, timeZone }, articles);

describe('the knowledge base', () => {
  it('has exactly one article per scenario', () => {
    expect(articles.map((article) => article.id).sort()).toEqual([...ALL_SCENARIOS].sort());
  });

  it('gives every article at least six distinct example questions and some related articles', () => {
    for (const article of articles) {
      expect(new Set(article.questions.map((q) => q.toLowerCase())).size).toBeGreaterThanOrEqual(6);
      expect(article.related.length).toBeGreaterThan(0);
    }
  });

  const factSets: [string, (policy: 'strict' | 'flexible', kind: DiagnosisFacts['kind']) => DiagnosisFacts][] = [
    ['every fact known', (policy, kind) => fullFacts({ policy, kind })],
    ['deadline passed, job closed', (policy, kind) => expiredFacts({ policy, kind })],
    ['nothing known but the policy', (policy, kind) => ({ ...bareFacts(policy), kind })],
  ];

  it.each(factSets)('renders all articles under both policies and all kinds (%s)', (_name, makeFacts) => {
    for (const article of articles) {
      for (const policy of POLICIES) {
        for (const kind of KINDS) {
          const rendered = render(article.id, makeFacts(policy, kind));
          const text = [rendered.title, rendered.body, ...rendered.related.map((r) => r.title)].join('\n');
          expect({ id: article.id, policy, kind, leftover: /\{\{|\}\}/.test(text) }).toEqual({ id: article.id, policy, kind, leftover: false });
          expect(rendered.summary.length).toBeGreaterThan(20);
          expect(rendered.steps.length).toBeGreaterThan(0);
          expect(rendered.related.length).toBe(article.related.length);
        }
      }
    }
  });
});

describe('facts in the articles', () => {
  it('states the expired deadline in the reader’s zone and in UTC', () => {
    const rendered = render('link-expired', expiredFacts());
    expect(rendered.facts).toContain(
      'Your AI interview link for Junior Data Analyst expired on Tue 24 Nov 2026, 11:00 EST (24 Nov 2026, 16:00 UTC).',
    );
    expect(rendered.facts).toContain('That was 2 days 3 hours ago.');
    expect(render('link-expired', expiredFacts(), 'UTC').facts[0]).toContain('Tue 24 Nov 2026, 16:00 UTC');
  });

  it('drops fact lines whose data is missing, keeping the others', () => {
    const rendered = render('link-expired', expiredFacts({ recruiterName: undefined, jobTitle: undefined }));
    expect(rendered.facts).toEqual([
      'Your AI interview link for this role expired on Tue 24 Nov 2026, 11:00 EST (24 Nov 2026, 16:00 UTC).',
      'That was 2 days 3 hours ago.',
    ]);
    expect(rendered.steps[0]).toContain('write to the recruiter at priya.shah@northwind.example');
  });

  it('points to the newest link, where it went and its own state', () => {
    const newestLink = { ...fullFacts().newestLink!, state: 'link-expired' as const };
    const rendered = render('link-superseded', fullFacts({ newestLink }));
    expect(rendered.facts).toEqual([
      'The newest invitation was sent on Sun 22 Nov 2026, 03:00 EST to j***@gmail.com.',
      'That newest link is also expired.',
      'Its deadline is Wed 25 Nov 2026, 03:00 EST.',
    ]);
  });

  it('counts opens against the limit', () => {
    const rendered = render('access-limit-exceeded', fullFacts({ accessCount: 101, accessLimit: 100 }));
    expect(rendered.facts[0]).toBe('The link was opened 101 times; the limit is 100.');
  });

  it('shows time left only while the link is open', () => {
    expect(render('in-progress-resume', fullFacts()).facts).toContain(
      'You have 1 day 3 hours left: the link closes on Tue 24 Nov 2026, 11:00 EST (24 Nov 2026, 16:00 UTC).',
    );
    expect(render('camera-mic-permission', expiredFacts()).facts).toEqual([]);
  });
});

describe('remedies follow the org’s policy', () => {
  const body = (id: ScenarioId, policy: 'strict' | 'flexible') => render(id, expiredFacts({ policy })).body;

  it('never offers an extension under strict, and does under flexible', () => {
    for (const id of ['link-expired', 'extension-request', 'recruiter-extend-deadline'] as const) {
      expect(body(id, 'strict')).toMatch(/new invitation/);
      expect(body(id, 'strict')).toMatch(/(can't|cannot|does not|not) (be )?extend/);
      expect(body(id, 'flexible')).toMatch(/extend/);
    }
  });

  it('offers a reset only under flexible', () => {
    for (const id of ['access-limit-exceeded', 'completed-unexpectedly', 'submitted-need-change'] as const) {
      expect(body(id, 'strict')).not.toMatch(/\breset\b/);
      expect(body(id, 'strict')).toMatch(/new invitation/);
      expect(body(id, 'flexible')).toMatch(/\breset\b/);
    }
  });

  it('tells recruiters how to let a candidate redo, per policy', () => {
    expect(body('recruiter-allow-retake', 'strict')).toMatch(/new invitation while the\s+job is open/);
    expect(body('recruiter-allow-retake', 'flexible')).toMatch(/delete some or all/);
    expect(body('recruiter-resend-link', 'flexible')).toMatch(/not connected to the previous/);
    expect(body('recruiter-resend-link', 'strict')).toMatch(/only while it\s+is still valid/);
  });

  it('adapts device advice to the kind of invitation', () => {
    const kindBody = (kind: DiagnosisFacts['kind']) => render('mobile-device', fullFacts({ kind })).body;
    expect(kindBody('video_interview')).toMatch(/designed to work on phones/);
    expect(kindBody('assessment')).toMatch(/work best on a computer/);
  });
});

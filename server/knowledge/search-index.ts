import type { QuestionClassifier } from '../diagnosis/diagnosis-types';
import type { Audience, SearchOptions, SearchResult } from './knowledge-types';
import { buildIndex, type BuiltIndex, type Field, type IndexableArticle, type Posting } from './search-postings';
import { toBigrams, toTerms } from './search-terms';
import { createTermCorrector, type TermCorrector } from './term-corrector';

// Ranks articles for a free-text question. A query scores against an article by
// its best record (a paraphrase of one example question, keyword or title) blended
// with how much of the query the article's words explain at all, since people mix
// words from several examples. Terms weigh by their rarity across articles, so
// "link" or "not" decide nothing; unknown words are first corrected by Fuse.

export type { IndexableArticle } from './search-postings';

export interface SearchIndex {
  search(query: string, options?: SearchOptions): SearchResult[];
  classify: QuestionClassifier;
}

/**
 * A best match at or above this confidence is safe to act on; below it, offer the
 * top three as choices. Calibrated on test/kb-eval/tuning.json (`npm run eval:kb`).
 */
export const CONFIDENT_MATCH = 0.3;

/** The knobs of the scorer, exposed so the evaluation can compare settings. */
export interface SearchTuning {
  fieldWeights: Record<Field, number>;
  /** Share of the score from the best single record; the rest is whole-article coverage. */
  bestRecordShare: number;
  /** A matching word pair counts this share of its rarity on top of its two words. */
  pairWeight: number;
  /** Weight of a query word no article uses: it counts against confidence, but mildly. */
  unknownTermWeight: number;
}

export const DEFAULT_TUNING: SearchTuning = {
  fieldWeights: { question: 1, keyword: 1.3, title: 1, summary: 0.3 },
  bestRecordShare: 0.5,
  pairWeight: 0.5,
  unknownTermWeight: 1,
};

const DEFAULT_LIMIT = 5;

interface QueryTerm {
  posting?: Posting;
  weight: number;
}

function queryTerms(query: string, index: BuiltIndex, corrector: TermCorrector, tuning: SearchTuning): QueryTerm[] {
  const { postings } = index;
  const words = toTerms(query).map((raw) => (postings.has(raw) ? raw : (corrector.correct(raw) ?? raw)));
  const terms = new Map<string, QueryTerm>();
  for (const word of words) {
    const posting = postings.get(word);
    terms.set(word, { posting, weight: posting ? posting.idf : tuning.unknownTermWeight });
  }
  // A pair no article uses is no evidence against any of them: it simply does not count.
  for (const pair of toBigrams(words)) {
    const posting = postings.get(pair);
    if (posting) terms.set(pair, { posting, weight: posting.idf * tuning.pairWeight });
  }
  return [...terms.values()];
}

function scoreArticles(terms: QueryTerm[], index: BuiltIndex, tuning: SearchTuning): Map<number, number> {
  const queryMass = terms.reduce((sum, term) => sum + term.weight, 0);
  const coverage = new Map<number, number>();
  const overlap = new Map<number, number>();
  for (const { posting, weight } of terms) {
    if (!posting) continue;
    for (const [article, fieldWeight] of posting.articles) {
      coverage.set(article, (coverage.get(article) ?? 0) + weight * fieldWeight);
    }
    for (const r of posting.records) overlap.set(r, (overlap.get(r) ?? 0) + weight);
  }
  const best = new Map<number, number>();
  for (const [r, shared] of overlap) {
    const record = index.records[r];
    const dice = ((2 * shared) / (queryMass + record.mass)) * record.weight;
    if (dice > (best.get(record.article) ?? 0)) best.set(record.article, dice);
  }
  const share = tuning.bestRecordShare;
  const scores = new Map<number, number>();
  for (const [article, covered] of coverage) {
    const blended = share * (best.get(article) ?? 0) + (1 - share) * (covered / queryMass);
    if (blended > 0) scores.set(article, Math.min(1, blended));
  }
  return scores;
}

export function createSearchIndex(articles: IndexableArticle[], overrides: Partial<SearchTuning> = {}): SearchIndex {
  const tuning = { ...DEFAULT_TUNING, ...overrides };
  const index = buildIndex(articles, tuning.fieldWeights, tuning.pairWeight);
  const corrector = createTermCorrector(new Set(index.postings.keys()));

  function search(query: string, options: SearchOptions = {}): SearchResult[] {
    const scores = scoreArticles(queryTerms(query, index, corrector, tuning), index, tuning);
    const audience: Audience | undefined = options.audience;
    const ranked = [...scores]
      .filter(([article]) => !audience || articles[article].audience === audience)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return ranked.slice(0, options.limit ?? DEFAULT_LIMIT).map(([article, score]) => ({
      id: articles[article].id,
      title: articles[article].title,
      score: Math.round(score * 1000) / 1000,
    }));
  }

  const classify: QuestionClassifier = (message, audience) => {
    const [top, ...rest] = search(message, { audience, limit: 4 });
    if (!top) return null;
    return { scenario: top.id, score: top.score, runnersUp: rest.map(({ id, score }) => ({ scenario: id, score })) };
  };

  return { search, classify };
}

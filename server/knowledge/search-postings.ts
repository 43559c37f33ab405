import type { ScenarioId } from '../diagnosis/scenario-ids';
import type { Audience } from './knowledge-types';
import { toBigrams, toTerms } from './search-terms';

// The inverted index behind search: every example question, keyword and title of
// an article is a record, each term lists the records and articles that use it,
// and carries its rarity across articles (idf), computed once at start-up.

/** The fields of an article the index reads; `Article` satisfies it. */
export interface IndexableArticle {
  id: ScenarioId;
  audience: Audience;
  title: string;
  questions: string[];
  keywords: string[];
  /** Optional: only widens the vocabulary (it counts towards coverage, never as a record). */
  summary?: string;
}

export type Field = 'question' | 'keyword' | 'title' | 'summary';

export interface IndexedRecord {
  article: number;
  weight: number;
  /** Sum of the idf of its distinct terms and pairs. */
  mass: number;
}

export interface Posting {
  /** Records using the term (summaries are not records). */
  records: number[];
  /**
   * The articles using the term, and the best field weight it has in each (same
   * positions): two small arrays, as a Map per term cost most of the index's memory.
   */
  articles: number[];
  articleWeights: number[];
  idf: number;
}

export interface BuiltIndex {
  records: IndexedRecord[];
  postings: Map<string, Posting>;
}

interface RawRecord {
  article: number;
  weight: number;
  terms: string[];
  isRecord: boolean;
}

// Placeholders such as {{deadlineLocal}} or {{kindLabel|invitation}}: keep the words.
const PLACEHOLDER = /\{\{\s*[A-Za-z0-9]+\s*(?:\|([^{}]*))?\}\}/g;

function termsAndPairs(text: string): string[] {
  const terms = toTerms(text.replace(PLACEHOLDER, (_whole, fallback?: string) => fallback ?? ' '));
  return [...new Set([...terms, ...toBigrams(terms)])];
}

function collect(articles: readonly IndexableArticle[], weights: Record<Field, number>): RawRecord[] {
  const raw: RawRecord[] = [];
  articles.forEach((article, i) => {
    const add = (field: Field, text: string) =>
      raw.push({ article: i, weight: weights[field], terms: termsAndPairs(text), isRecord: field !== 'summary' });
    add('title', article.title);
    for (const question of article.questions) add('question', question);
    for (const keyword of article.keywords) add('keyword', keyword);
    if (article.summary && weights.summary > 0) add('summary', article.summary);
  });
  return raw.filter((record) => record.terms.length > 0);
}

/** A pair term ("start new") as opposed to a single word. */
export const isPair = (term: string): boolean => term.includes(' ');

export function buildIndex(
  articles: readonly IndexableArticle[],
  weights: Record<Field, number>,
  pairWeight: number,
): BuiltIndex {
  const raw = collect(articles, weights);
  const postings = new Map<string, Posting>();
  const recordTerms: string[][] = [];
  const records: IndexedRecord[] = [];
  for (const entry of raw) {
    const r = entry.isRecord ? records.length : -1;
    if (entry.isRecord) {
      records.push({ article: entry.article, weight: entry.weight, mass: 0 });
      recordTerms.push(entry.terms);
    }
    for (const term of entry.terms) {
      let posting = postings.get(term);
      if (!posting) postings.set(term, (posting = { records: [], articles: [], articleWeights: [], idf: 0 }));
      if (r >= 0) posting.records.push(r);
      const at = posting.articles.indexOf(entry.article);
      if (at < 0) {
        posting.articles.push(entry.article);
        posting.articleWeights.push(entry.weight);
      } else if (entry.weight > posting.articleWeights[at]) posting.articleWeights[at] = entry.weight;
    }
  }
  for (const posting of postings.values()) {
    // Exact-length copies: an array grown by push keeps spare room, across ~100,000 terms.
    posting.records = posting.records.slice();
    posting.articles = posting.articles.slice();
    posting.articleWeights = posting.articleWeights.slice();
    const df = posting.articles.length;
    posting.idf = Math.log(1 + (articles.length - df + 0.5) / (df + 0.5));
  }
  records.forEach((record, r) => {
    const weigh = (term: string) => (postings.get(term)?.idf ?? 0) * (isPair(term) ? pairWeight : 1);
    record.mass = recordTerms[r].reduce((sum, term) => sum + weigh(term), 0);
  });
  return { records, postings };
}

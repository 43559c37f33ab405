import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ALL_SCENARIOS } from '../server/diagnosis/scenario-ids';
import { loadKnowledgeOrThrow } from '../server/knowledge/load-knowledge';
import { seededRandom } from '../server/knowledge/seeded-random';
import { createSearchIndex, type IndexableArticle } from '../server/knowledge/search-index';
import { loadEvalSet } from '../test/kb-eval/kb-eval-set';

// Knowledge-base search latency, per query: the real base with the labelled
// questions (plus typo'd copies so the fuzzy corrector is not always answered from
// its memo), and a synthetic 1,000-article base built from a seeded generator so
// every run measures the same thing. `npx tsx bench/kb-search-bench.ts`.

export interface KbBenchResult {
  name: string;
  articles: number;
  queries: number;
  buildMs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

const DOMAIN_WORDS = (
  'link expired camera microphone browser deadline recruiter invitation assessment interview video ' +
  'resume start submit retake extend reminder phone tablet share forward closed paused revoked ' +
  'refresh loading frozen error connection wifi battery access limit support status bulk resend'
).split(' ');

function makeWords(random: () => number, count: number): string[] {
  const letters = 'abcdefghijklmnoprstuvwy';
  const words = new Set<string>(DOMAIN_WORDS);
  while (words.size < count) {
    const length = 4 + Math.floor(random() * 7);
    let word = '';
    for (let i = 0; i < length; i++) word += letters[Math.floor(random() * letters.length)];
    words.add(word);
  }
  return [...words];
}

function sentence(random: () => number, words: string[], min: number, max: number): string {
  const length = min + Math.floor(random() * (max - min + 1));
  return Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(' ');
}

/** Swaps two neighbouring letters of a random word: the commonest typo. */
function typo(random: () => number, text: string): string {
  const words = text.split(' ');
  const i = Math.floor(random() * words.length);
  const word = words[i];
  if (word.length < 4) return text;
  const at = 1 + Math.floor(random() * (word.length - 2));
  words[i] = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return words.join(' ');
}

export function syntheticArticles(count: number, seed = 42): IndexableArticle[] {
  const random = seededRandom(seed);
  const words = makeWords(random, 4000);
  return Array.from({ length: count }, (_, i) => ({
    id: ALL_SCENARIOS[i % ALL_SCENARIOS.length],
    audience: random() < 0.75 ? ('candidate' as const) : ('recruiter' as const),
    title: sentence(random, words, 3, 8),
    questions: Array.from({ length: 12 }, () => sentence(random, words, 4, 14)),
    keywords: Array.from({ length: 8 }, () => sentence(random, words, 1, 2)),
  }));
}

function withTypos(queries: string[], seed: number): string[] {
  const random = seededRandom(seed);
  return [...queries, ...queries.map((query) => typo(random, query))];
}

function syntheticQueries(articles: IndexableArticle[], count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const words = articles.flatMap((article) => article.questions[0].split(' '));
  return Array.from({ length: count }, (_, i) => {
    if (i % 3 === 2) return sentence(random, words, 1, 12);
    const article = articles[Math.floor(random() * articles.length)];
    const question = article.questions[Math.floor(random() * article.questions.length)];
    return i % 3 === 1 ? typo(random, question) : question;
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function measure(name: string, articles: IndexableArticle[], queries: string[], warmUp: string[]): KbBenchResult {
  const built = performance.now();
  const index = createSearchIndex(articles);
  const buildMs = performance.now() - built;
  const audiences = ['candidate', 'recruiter', undefined] as const;
  // Warm the JIT on every code path (typos included) so the numbers describe the
  // steady state a server runs in; other typos than the measured ones, so the
  // corrector's memo does not answer the measured queries in advance.
  for (const query of warmUp) index.search(query);
  const times = queries.map((query, i) => {
    const start = performance.now();
    index.search(query, { audience: audiences[i % audiences.length] });
    return performance.now() - start;
  });
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return {
    name,
    articles: articles.length,
    queries: queries.length,
    buildMs: round(buildMs),
    p50Ms: round(percentile(times, 50)),
    p99Ms: round(percentile(times, 99)),
    maxMs: round(times[times.length - 1]),
  };
}

/** Synchronous: it measures CPU only, with no I/O to wait for. */
export function runKbSearchBench(): KbBenchResult[] {
  const real = loadKnowledgeOrThrow(join(__dirname, '..', 'knowledge'));
  const labelled = [...loadEvalSet('tuning'), ...loadEvalSet('heldout')].map((item) => item.q);
  const realQueries = withTypos([...labelled, ...labelled, ...labelled], 11);
  const synthetic = syntheticArticles(1000);
  return [
    measure('kb-search real base', real, realQueries, withTypos(labelled, 99)),
    measure('kb-search synthetic 1000 articles', synthetic, syntheticQueries(synthetic, 3000), syntheticQueries(synthetic, 600, 99)),
  ];
}

if (require.main === module) {
  for (const r of runKbSearchBench()) {
    console.log(`${r.name}: ${r.articles} articles, ${r.queries} queries, build ${r.buildMs} ms, ` + `p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, max ${r.maxMs} ms`);
  }
}

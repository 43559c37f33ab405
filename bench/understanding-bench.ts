import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { performance } from 'node:perf_hooks';
import { createKnowledgeBase } from '../server/knowledge/knowledge-base';
import { loadKnowledgeSourcesOrThrow } from '../server/knowledge/load-knowledge';
import { createSearchIndex } from '../server/knowledge/search-index';
import { EVAL_SETS, KNOWLEDGE_DIR, loadEvalSet } from '../test/kb-eval/kb-eval-set';

// What reading a message costs: the intent model and the lexical index built from
// the real base (time until the first answer, trained and cached; retained heap), and the time per message for the whole
// reading (segments, model, lexical blend) against the lexical ranker alone, measured
// in the same run on the same messages. `npx tsx bench/understanding-bench.ts`.

export interface UnderstandingBench {
  messages: number;
  /** Trained from the examples, then with the model reused from the cache; both until the first answer. */
  buildMs: number;
  cachedBuildMs: number;
  heapMb: number;
  p50Ms: number;
  p99Ms: number;
  lexicalP50Ms: number;
  lexicalP99Ms: number;
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function time(messages: string[], read: (text: string) => unknown): number[] {
  const times = messages.map((text) => {
    const start = performance.now();
    read(text);
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b);
}

export function runUnderstandingBench(): UnderstandingBench {
  const sources = loadKnowledgeSourcesOrThrow(KNOWLEDGE_DIR);
  const messages = [...new Set(EVAL_SETS.flatMap((set) => loadEvalSet(set).map((item) => item.q)))];
  const before = heapUsed();
  const started = performance.now();
  const kb = createKnowledgeBase({ ...sources, modelCache: false });
  kb.understand('ready?');
  const buildMs = performance.now() - started;
  const heapMb = (heapUsed() - before) / 1024 / 1024;
  createKnowledgeBase(sources); // fills the cache if this run is the first
  const cachedStart = performance.now();
  createKnowledgeBase(sources).understand('ready?');
  const cachedBuildMs = performance.now() - cachedStart;
  const lexical = createSearchIndex(sources.articles);
  // Warm the JIT on other texts (each message's reading is memoized, so measured ones must be fresh).
  for (const text of messages.slice(0, 300)) kb.understand(`${text} warm`, 'candidate');
  for (const text of messages.slice(0, 300)) lexical.search(`${text} warm`);
  const full = time(messages, (text) => kb.understand(text, 'candidate'));
  const lexicalOnly = time(messages, (text) => lexical.search(text, { audience: 'candidate' }));
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    messages: messages.length,
    buildMs: Math.round(buildMs),
    cachedBuildMs: Math.round(cachedBuildMs),
    heapMb: Math.round(heapMb * 10) / 10,
    p50Ms: round(percentile(full, 50)),
    p99Ms: round(percentile(full, 99)),
    lexicalP50Ms: round(percentile(lexicalOnly, 50)),
    lexicalP99Ms: round(percentile(lexicalOnly, 99)),
  };
}

if (require.main === module) console.log(runUnderstandingBench());

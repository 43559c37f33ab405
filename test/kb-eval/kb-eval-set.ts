import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isScenarioId, type ScenarioId } from '../../server/diagnosis/scenario-ids';
import type { Article } from '../../server/knowledge/article-schema';
import { formatKnowledgeError, loadKnowledge, loadKnowledgeOrThrow } from '../../server/knowledge/load-knowledge';
import type { SearchIndex } from '../../server/knowledge/search-index';

// The labelled questions were written from shared/scenarios.md before the articles
// existed, in the voice of candidates and recruiters. tuning.json may be studied
// and tuned on; heldout.json only ever measured. The split is by position within
// each scenario (2nd and 4th of every five held out), fixed once and never redrawn.

const labelledSchema = z.array(
  z
    .object({
      q: z.string().min(1),
      expected: z.string().refine(isScenarioId, 'unknown scenario id'),
      audience: z.enum(['candidate', 'recruiter']),
    })
    .strict(),
);

export interface LabelledQuestion {
  q: string;
  expected: ScenarioId;
  audience: 'candidate' | 'recruiter';
}

/** heldout-blind: written later by someone who never saw the articles, after they were last tuned. */
export type EvalPart = 'tuning' | 'heldout' | 'heldout-blind';

export const KNOWLEDGE_DIR = join(__dirname, '..', '..', 'knowledge');

export function loadEvalPart(part: EvalPart): LabelledQuestion[] {
  const raw: unknown = JSON.parse(readFileSync(join(__dirname, `${part}.json`), 'utf8'));
  return labelledSchema.parse(raw) as LabelledQuestion[];
}

/** The real knowledge base; `partial` keeps going (with warnings) while articles are missing. */
export function loadRealArticles(partial = false): Article[] {
  if (!partial) return loadKnowledgeOrThrow(KNOWLEDGE_DIR);
  const { articles, errors } = loadKnowledge(KNOWLEDGE_DIR, { requireAllScenarios: false });
  for (const error of errors) console.warn(`warning: ${formatKnowledgeError(error)}`);
  return articles;
}

export interface Miss {
  item: LabelledQuestion;
  got: ScenarioId | null;
  score: number;
  inTop3: boolean;
}

export interface EvalReport {
  total: number;
  top1: number;
  top3: number;
  misses: Miss[];
  /** Top score of every question and whether the top answer was right, for calibration. */
  outcomes: { score: number; correct: boolean }[];
}

export function evaluate(index: SearchIndex, items: readonly LabelledQuestion[]): EvalReport {
  let top1 = 0;
  let top3 = 0;
  const misses: Miss[] = [];
  const outcomes: EvalReport['outcomes'] = [];
  for (const item of items) {
    const results = index.search(item.q, { audience: item.audience, limit: 3 });
    const correct = results[0]?.id === item.expected;
    const inTop3 = results.some((result) => result.id === item.expected);
    if (correct) top1++;
    if (inTop3) top3++;
    if (!correct) misses.push({ item, got: results[0]?.id ?? null, score: results[0]?.score ?? 0, inTop3 });
    outcomes.push({ score: results[0]?.score ?? 0, correct });
  }
  const total = items.length;
  return { total, top1: top1 / total, top3: top3 / total, misses, outcomes };
}

/** `expected -> got` pairs, most frequent first. */
export function confusions(misses: readonly Miss[]): { pair: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const miss of misses) {
    const pair = `${miss.item.expected} -> ${miss.got ?? '(nothing)'}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return [...counts].map(([pair, count]) => ({ pair, count })).sort((a, b) => b.count - a.count || a.pair.localeCompare(b.pair));
}

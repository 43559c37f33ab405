import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isScenarioId, RECRUITER_SCENARIOS, STATE_SCENARIOS, type ScenarioId } from '../../server/diagnosis/scenario-ids';
import { createKnowledgeBase } from '../../server/knowledge/knowledge-base';
import type { KnowledgeBase } from '../../server/knowledge/knowledge-types';
import { loadKnowledgeSourcesOrThrow } from '../../server/knowledge/load-knowledge';
import type { UnderstandingTuning } from '../../server/knowledge/understand-message';

// Labelled messages, each set in its own file with how it was written:
// - tuning.json, tuning-real.json: may be studied and tuned on (calibration reads them);
// - heldout.json, heldout-blind.json, heldout-real.json: only ever measured.
// heldout-real.json was written blind (shared/scenarios.md and reference/ only) in
// the way people really type, ~20% in other languages; see heldout-real.README.md.

export const EVAL_SETS = [
  'tuning',
  'tuning-real',
  'tuning-real-3',
  'tuning-i18n',
  'heldout',
  'heldout-blind',
  'heldout-real',
  'heldout-real-2',
  'heldout-real-3',
  'heldout-i18n',
] as const;
export type EvalSet = (typeof EVAL_SETS)[number];
export const TUNING_SETS: readonly EvalSet[] = ['tuning', 'tuning-real', 'tuning-real-3', 'tuning-i18n'];

const expectedIds = z
  .string()
  .transform((value) => value.split('|'))
  .refine((ids) => ids.every(isScenarioId), 'unknown scenario id');

const labelledSchema = z.array(
  z
    .object({
      q: z.string().min(1),
      expected: expectedIds,
      audience: z.enum(['candidate', 'recruiter']),
      lang: z.enum(['en', 'es', 'pt', 'fr', 'hi']).default('en'),
    })
    .strict(),
);

export interface LabelledMessage {
  q: string;
  /** Every acceptable scenario; a message that honestly means two things has two. */
  expected: ScenarioId[];
  audience: 'candidate' | 'recruiter';
  lang: 'en' | 'es' | 'pt' | 'fr' | 'hi';
}

export const KNOWLEDGE_DIR = join(__dirname, '..', '..', 'knowledge');

export function loadEvalSet(set: EvalSet): LabelledMessage[] {
  const raw: unknown = JSON.parse(readFileSync(join(__dirname, `${set}.json`), 'utf8'));
  return labelledSchema.parse(raw);
}

export function loadRealKnowledge(tuning?: UnderstandingTuning): KnowledgeBase {
  return createKnowledgeBase({ ...loadKnowledgeSourcesOrThrow(KNOWLEDGE_DIR), tuning });
}

/** What the bot did with one message, as the public API would answer it. */
export interface Outcome {
  item: LabelledMessage;
  top: ScenarioId | null;
  score: number;
  confident: boolean;
  /** The choices an unsure answer offers (at most 3), or the top three. */
  top3: ScenarioId[];
}

export function runMessage(kb: KnowledgeBase, item: LabelledMessage): Outcome {
  const understanding = kb.understand(item.q, item.audience);
  const top3 = understanding.ranked.slice(0, 3).map((entry) => entry.scenario);
  return { item, top: top3[0] ?? null, score: understanding.ranked[0]?.score ?? 0, confident: understanding.confident, top3 };
}

export interface Scores {
  total: number;
  /** Confident and right. */
  answeredRight: number;
  confidentlyWrong: number;
  /** "Is it one of these?" */
  unsure: number;
  /** Right at once, or unsure with the right scenario among the choices offered. */
  withinOneClarification: number;
  top1: number;
  top3: number;
}

const isRight = (outcome: Outcome, id: ScenarioId | null) => id !== null && outcome.item.expected.includes(id);

/** The shares of `outcomes` (0..1); all zeros for an empty list. */
export function score(outcomes: readonly Outcome[]): Scores {
  const total = outcomes.length;
  const share = (test: (o: Outcome) => boolean) => (total ? outcomes.filter(test).length / total : 0);
  const inTop3 = (o: Outcome) => o.top3.some((id) => isRight(o, id));
  return {
    total,
    answeredRight: share((o) => o.confident && isRight(o, o.top)),
    confidentlyWrong: share((o) => o.confident && !isRight(o, o.top)),
    unsure: share((o) => !o.confident),
    withinOneClarification: share((o) => (o.confident ? isRight(o, o.top) : inTop3(o))),
    top1: share((o) => isRight(o, o.top)),
    top3: share(inTop3),
  };
}

export type ScenarioGroup = 'state' | 'question' | 'recruiter';

export function groupOf(id: ScenarioId): ScenarioGroup {
  if ((RECRUITER_SCENARIOS as readonly string[]).includes(id)) return 'recruiter';
  return (STATE_SCENARIOS as readonly string[]).includes(id) ? 'state' : 'question';
}

/** Outcomes split by a key, keys in first-seen order. */
export function splitBy<K extends string>(outcomes: readonly Outcome[], key: (o: Outcome) => K): Map<K, Outcome[]> {
  const groups = new Map<K, Outcome[]>();
  for (const outcome of outcomes) {
    const k = key(outcome);
    groups.set(k, [...(groups.get(k) ?? []), outcome]);
  }
  return groups;
}

/** `expected -> got` pairs of the wrong top answers, most frequent first. */
export function confusions(outcomes: readonly Outcome[]): { pair: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const o of outcomes.filter((o) => !isRight(o, o.top))) {
    const pair = `${o.item.expected.join('|')} -> ${o.top ?? '(nothing)'}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return [...counts].map(([pair, count]) => ({ pair, count })).sort((a, b) => b.count - a.count || a.pair.localeCompare(b.pair));
}

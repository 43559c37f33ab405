import { normalizeText } from '../../knowledge/normalize-text';
import { maskEmailsIn } from '../mask-emails-in-text';
import { questionRanking } from '../turn-trace';
import type { AnsweredQuestion, OutcomeCount, Range, ScenarioDayCount } from './insights-store';

// What support learns from the chats: how many candidates helped themselves, which
// problems come up each day, which end with a person, and the questions the
// knowledge base could not answer with confidence (its gaps). Pure: numbers in,
// report out.

const MAX_GROUPS = 50;
const MAX_QUESTIONS_PER_GROUP = 20;

const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

function outcomeTotals(counts: OutcomeCount[]) {
  const of = (outcome: string) => counts.find((c) => c.outcome === outcome)?.conversations ?? 0;
  const totals = { open: of('open'), selfServed: of('self_served'), escalated: of('escalated'), abandoned: of('abandoned') };
  const finished = totals.selfServed + totals.escalated + totals.abandoned;
  return { total: finished + totals.open, finished, ...totals };
}

const byCountThenName = (a: { scenario: string; conversations: number }, b: { scenario: string; conversations: number }) =>
  b.conversations - a.conversations || a.scenario.localeCompare(b.scenario);

function sumBy<K>(rows: ScenarioDayCount[], key: (row: ScenarioDayCount) => K): Map<K, ScenarioDayCount[]> {
  const groups = new Map<K, ScenarioDayCount[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

const total = (rows: ScenarioDayCount[]) => rows.reduce((sum, row) => sum + row.conversations, 0);

function scenarioStats(rows: ScenarioDayCount[]) {
  const perScenario = [...sumBy(rows, (r) => r.scenario)].map(([scenario, own]) => {
    const finished = total(own.filter((r) => r.outcome !== 'open'));
    const escalated = total(own.filter((r) => r.outcome === 'escalated'));
    return { scenario, conversations: total(own), finished, escalated, escalationRate: rate(escalated, finished) };
  });
  const scenariosByDay = [...sumBy(rows, (r) => r.day)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, own]) => ({
      day,
      scenarios: [...sumBy(own, (r) => r.scenario)].map(([scenario, s]) => ({ scenario, conversations: total(s) })).sort(byCountThenName),
    }));
  return {
    topScenarios: perScenario.map(({ scenario, conversations }) => ({ scenario, conversations })).sort(byCountThenName),
    scenariosByDay,
    escalationByScenario: perScenario
      .map(({ scenario, conversations, finished, escalated, escalationRate }) => ({ scenario, conversations, finished, escalated, rate: escalationRate }))
      .sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || byCountThenName(a, b)),
  };
}

export interface LowConfidenceQuestion {
  messageId: string;
  conversationId: string;
  text: string;
  at: string;
  score: number;
  bestGuess: { scenario: string; score: number } | null;
  label: string | null;
}

/** Questions whose best match stayed under the threshold, grouped by their normalized wording. */
export function groupLowConfidence(questions: AnsweredQuestion[], confidentScore: number) {
  const groups = new Map<string, LowConfidenceQuestion[]>();
  for (const q of questions) {
    const ranking = questionRanking(q.trace);
    const score = ranking === null ? null : (ranking[0]?.score ?? 0);
    if (score === null || score >= confidentScore) continue;
    const text = maskEmailsIn(q.text);
    const key = normalizeText(text) || text.trim().toLowerCase();
    const item = {
      messageId: q.messageId,
      conversationId: q.conversationId,
      text,
      at: q.at.toISOString(),
      score,
      bestGuess: ranking?.[0] ?? null,
      label: q.label,
    };
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups]
    .map(([text, items]) => {
      const newestFirst = items.sort((a, b) => b.at.localeCompare(a.at));
      return {
        text,
        count: items.length,
        lastAskedAt: newestFirst[0].at,
        label: newestFirst.find((i) => i.label)?.label ?? null,
        questions: newestFirst.slice(0, MAX_QUESTIONS_PER_GROUP),
      };
    })
    .sort((a, b) => b.count - a.count || b.lastAskedAt.localeCompare(a.lastAskedAt))
    .slice(0, MAX_GROUPS);
}

export interface InsightsInput {
  range: Range;
  outcomes: OutcomeCount[];
  scenarioDays: ScenarioDayCount[];
  questions: AnsweredQuestion[];
  confidentScore: number;
}

export function buildInsights(input: InsightsInput) {
  const conversations = outcomeTotals(input.outcomes);
  return {
    from: input.range.from.toISOString(),
    to: input.range.to.toISOString(),
    conversations,
    /** Candidates who helped themselves, among conversations that ended. */
    deflectionRate: rate(conversations.selfServed, conversations.finished),
    ...scenarioStats(input.scenarioDays),
    lowConfidence: { threshold: input.confidentScore, groups: groupLowConfidence(input.questions, input.confidentScore) },
  };
}

export type Insights = ReturnType<typeof buildInsights>;

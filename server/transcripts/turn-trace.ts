// A bot turn's stored trace (server/chat/bot-replies.ts `BotTrace`) read back for
// people: which checks ran, which rule fired, which article (and version) answered,
// and how well the question matched. Old or partial traces must still read, so
// every field is optional and checked, never assumed.

export interface Ranked {
  scenario: string;
  score: number;
}

export interface TraceCheck {
  check: string;
  result: boolean;
  detail?: string;
}

export interface TurnTrace {
  reply: string | null;
  scenario: string | null;
  rule: string | null;
  article: { id: string; version: number } | null;
  /** The best retrieval score for the candidate's question; null when no question was matched. */
  score: number | null;
  runnersUp: Ranked[];
  checks: TraceCheck[];
  /** The link's state as the bot saw it, null without a known link. */
  link: Record<string, unknown> | null;
  /** Articles offered instead of a guess. */
  choices: Ranked[];
  /** Browser self-check findings the answer used. */
  findings: string[];
  /** Composed replies: the reply rule that fired, why, and the message's own topic. */
  replyRule: string | null;
  why: string | null;
  topic: string | null;
  /** Every article the reply drew on. */
  articles: string[];
}

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown) => (typeof value === 'string' ? value : null);
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

function ranked(value: unknown, key: 'scenario' | 'id'): Ranked[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).flatMap((entry) => {
    const scenario = str(entry[key]);
    const score = num(entry.score);
    return scenario !== null && score !== null ? [{ scenario, score }] : [];
  });
}

function checksOf(trace: Raw): TraceCheck[] {
  const steps = Array.isArray(trace.steps) ? trace.steps.filter(isObject) : [];
  return steps.map((step) => ({
    check: str(step.check) ?? '?',
    result: step.result === true,
    ...(typeof step.detail === 'string' ? { detail: step.detail } : {}),
  }));
}

const RANKING = /\(ranked: ([^)]*)\)/;
const RANKED_ENTRY = /^(\S+) (\d+(?:\.\d+)?)$/;
const NOTHING_MATCHED = /no scenario matched/;

/**
 * The classifier's ranking of the candidate's question, best first: the reading a
 * composed reply recorded, else the match when
 * one decided, else the ranking the `question` check recorded, else the articles
 * offered. [] when the classifier found nothing; null when no question was judged
 * (no message, or the link's state left nothing to narrow to).
 */
export function questionRanking(trace: unknown): Ranked[] | null {
  if (!isObject(trace)) return null;
  // Composed replies record the message's own reading, whatever the link's state.
  if (isObject(trace.reading)) return ranked(trace.reading.ranked, 'scenario');
  if (isObject(trace.match)) {
    const best = ranked([trace.match], 'scenario');
    if (best.length > 0) return [...best, ...ranked(trace.match.runnersUp, 'scenario')];
  }
  const question = checksOf(trace).find((step) => step.check === 'question' && step.detail);
  const listed = question?.detail && RANKING.exec(question.detail);
  if (listed) {
    return listed[1].split(', ').flatMap((entry) => {
      const parts = RANKED_ENTRY.exec(entry.trim());
      return parts ? [{ scenario: parts[1], score: Number(parts[2]) }] : [];
    });
  }
  if (question?.detail && NOTHING_MATCHED.test(question.detail)) return [];
  const choices = ranked(trace.choices, 'id');
  return choices.length > 0 ? choices : null;
}

/** The score of the question's first-ranked scenario: 0 when nothing matched, null when no question was judged. */
export function questionScore(trace: unknown): number | null {
  const ranking = questionRanking(trace);
  if (ranking === null) return null;
  return ranking[0]?.score ?? 0;
}

export function readTurnTrace(trace: unknown): TurnTrace | null {
  if (!isObject(trace)) return null;
  const ranking = questionRanking(trace) ?? [];
  const article = isObject(trace.article) ? trace.article : null;
  const articleId = article && str(article.id);
  return {
    reply: str(trace.reply),
    scenario: str(trace.scenario),
    rule: str(trace.rule),
    article: articleId ? { id: articleId, version: num(article.version) ?? 0 } : null,
    score: questionScore(trace),
    runnersUp: ranking.slice(1),
    checks: checksOf(trace),
    link: isObject(trace.link) ? trace.link : null,
    choices: ranked(trace.choices, 'id'),
    findings: Array.isArray(trace.findings) ? trace.findings.filter((f): f is string => typeof f === 'string') : [],
    replyRule: str(trace.replyRule),
    why: str(trace.why),
    topic: str(trace.topic),
    articles: Array.isArray(trace.articles) ? trace.articles.filter((a): a is string => typeof a === 'string') : [],
  };
}

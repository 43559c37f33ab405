import { REASON_LABELS, scenarioLabel } from './human-labels';
import type { TurnTrace } from './turn-trace';

// One plain sentence per bot turn saying why the bot answered as it did, read from
// the stored trace alone (so every turn ever stored can be explained). Pure: the
// reader's and the candidate's time zones are inputs; the console calls it in the
// browser with the agent's own zone.

export interface ExplainContext {
  /** When the turn happened (ISO). */
  at: string;
  /** The org's policy, when known. */
  policy?: string | null;
  /** IANA zone the sentence's times are written in (the reader's). */
  readerZone: string;
  /** The candidate's zone, shown beside when it differs. */
  candidateZone?: string | null;
}

type Link = Record<string, unknown>;

const MINUTE = 60_000;

function dateOf(value: unknown): Date | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function parts(date: Date, zone: string, options: Intl.DateTimeFormatOptions): Record<string, string> {
  const list = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: zone, hourCycle: 'h23' }).formatToParts(date);
  return Object.fromEntries(list.map((p) => [p.type, p.value]));
}

/** "Tue 1 Dec 04:37 UTC", and "(13:37 for the candidate, Asia/Tokyo)" beside when their zone differs. */
export function when(date: Date, ctx: Pick<ExplainContext, 'readerZone' | 'candidateZone'>): string {
  const p = parts(date, ctx.readerZone, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  const text = `${p.weekday} ${p.day} ${p.month} ${p.hour}:${p.minute} ${p.timeZoneName}`;
  const theirs = ctx.candidateZone && ctx.candidateZone !== ctx.readerZone ? ctx.candidateZone : null;
  if (!theirs) return text;
  const c = parts(date, theirs, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
  const sameDay = c.weekday === p.weekday;
  return `${text} (${sameDay ? '' : `${c.weekday} `}${c.hour}:${c.minute} for the candidate, ${theirs})`;
}

/** "26 hours", "3 days", "12 minutes". */
export function span(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / MINUTE);
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes < 90) return plural(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  return hours < 48 ? plural(hours, 'hour') : plural(Math.round(hours / 24), 'day');
}

/** Why the link's state was what it was, as a clause ("Its deadline … had passed 26 hours earlier"). */
function stateClause(link: Link, ctx: ExplainContext): string {
  const now = new Date(ctx.at);
  const t = (key: string) => dateOf(link[key]);
  const at = (date: Date | null) => (date ? when(date, ctx) : 'an unrecorded time');
  const deadline = t('expiresAt');
  switch (link.state) {
    case 'link-expired':
      return deadline ? `Its deadline, ${at(deadline)}, had passed ${span(now.getTime() - deadline.getTime())} earlier` : 'Its deadline had passed';
    case 'link-valid':
      return deadline
        ? `It was usable and not started, with ${span(deadline.getTime() - now.getTime())} left before its deadline, ${at(deadline)}`
        : 'It was usable';
    case 'in-progress-resume':
      return `It had been started on ${at(t('startedAt'))} and not finished${deadline ? `, deadline ${at(deadline)}` : ''}`;
    case 'already-completed': {
      const reason = REASON_LABELS[String(link.completedReason)] ?? 'completed';
      return `It had already been completed on ${at(t('completedAt'))} (${reason})`;
    }
    case 'completed-unexpectedly':
      return `It had been submitted automatically on ${at(t('completedAt'))}, not by the candidate`;
    case 'job-closed':
      return `The job was ${link.jobStatus === 'paused' ? 'paused' : 'closed'}, whatever the link's own state`;
    case 'link-superseded': {
      const newest = typeof link.newestLink === 'object' && link.newestLink ? (link.newestLink as Link) : null;
      const sent = newest && dateOf(newest.sentAt);
      return `It had been replaced by a newer link${sent ? ` sent on ${at(sent)}` : ''}`;
    }
    case 'link-revoked':
      return 'It had been withdrawn by the employer';
    case 'access-limit-exceeded':
      return `It had been opened ${String(link.accessCount)} times, over its limit of ${String(link.accessLimit)}`;
    default:
      return `Its state was "${scenarioLabel(String(link.state))}"`;
  }
}

const quoted = (scenario: string | null | undefined) => `“${scenarioLabel(scenario)}”`;
const policyOf = (ctx: ExplainContext) => (ctx.policy ? ` under the ${ctx.policy} policy` : '');
const scoreText = (score: number | null) => (score === null ? '' : ` (match ${score.toFixed(2)})`);

function linkFound(trace: TurnTrace): boolean | null {
  const unknown = trace.checks.find((c) => c.check === 'token-unknown');
  if (trace.link) return true;
  return unknown ? !unknown.result : null;
}

function diagnosisSentence(trace: TurnTrace, ctx: ExplainContext): string {
  const rule = trace.rule ?? '';
  if (rule === 'state:link-not-found' || linkFound(trace) === false) {
    return `No invitation matches the link the candidate gave (mistyped, cut off or not ours), so the bot answered ${quoted(trace.scenario)}.`;
  }
  if (rule.startsWith('fallback:')) {
    return `There was no link and the message matched no article with confidence, so the bot pointed to ${quoted(trace.scenario)}.`;
  }
  const question = rule.startsWith('question:');
  if (!trace.link) {
    const why = question ? `the candidate's question matched ${quoted(trace.scenario)}${scoreText(trace.score)}` : `the answer was ${quoted(trace.scenario)}`;
    return `${linkFound(trace) ? 'The link was found; ' : 'Without a link, '}${why}, so the bot answered with that article${policyOf(ctx)}.`;
  }
  const state = stateClause(trace.link, ctx);
  if (question) {
    return `The link was found. ${state}, so the candidate's question decided: it matched ${quoted(trace.scenario)}${scoreText(trace.score)} and the bot answered with that article${policyOf(ctx)}.`;
  }
  return `The link was found. ${state}, so the bot answered ${quoted(trace.scenario)}${policyOf(ctx)}.`;
}

const FIXED: Record<string, string> = {
  greeting: 'The bot greeted the candidate and asked for the link: it did not have one yet.',
  'not-understood': 'The bot could not place the message in any article and asked the candidate to describe what they see.',
  solved: 'The candidate said the answer solved it, so the conversation counts as self-served.',
  'still-need-help': 'The candidate said the answer did not help, so the bot offered related questions and a person.',
  escalation: 'The candidate asked for a person, so the bot explained how to reach one.',
  'foreign-link':
    'The candidate pasted a link on a site that is not ours (a look-alike), so the bot warned them not to use it and asked for the link from the invitation email.',
};

/**
 * A reply composed from the link's state and the message (chat/compose-reply.ts):
 * the state as the diagnosis saw it, then the reply rule's own reason.
 */
function composedSentence(trace: TurnTrace, ctx: ExplainContext): string {
  const topic = trace.topic ? ` The message was about ${quoted(trace.topic)}.` : '';
  const drew = trace.articles.length ? ` It drew on ${trace.articles.map((id) => quoted(id)).join(', ')}.` : '';
  const why = trace.why ? ` The bot answered this way because ${trace.why}.` : '';
  const state = trace.link ? `The link was found. ${stateClause(trace.link, ctx)}.` : 'There was no known link.';
  return `${state}${topic}${why}${drew}`.trim();
}

/** The sentence for one bot turn; null when the trace says too little to explain. */
export function explainTurn(trace: TurnTrace | null, ctx: ExplainContext): string | null {
  if (!trace) return null;
  const reply = trace.reply ?? '';
  // A question that decided the answer on a usable link reads as it always did.
  if (reply === 'composed' && (trace.rule ?? '').startsWith('question:') && !trace.topic) return diagnosisSentence(trace, ctx);
  if (reply === 'composed' || reply === 'link-changed') return composedSentence(trace, ctx);
  if (FIXED[reply]) return FIXED[reply];
  if (reply === 'choices') {
    const best = trace.choices[0];
    return `No article matched with confidence${best ? ` (best ${quoted(best.scenario)} at ${best.score.toFixed(2)})` : ''}, so the bot offered ${trace.choices.length || 'a few'} to choose from instead of guessing.`;
  }
  if (reply === 'choice') return `The candidate picked ${quoted(trace.scenario)} from the articles offered, so the bot showed it.`;
  if (reply === 'diagnostics') {
    return `The browser check found ${trace.findings.length ? trace.findings.join(', ') : 'nothing wrong'}, so the bot answered ${quoted(trace.scenario)}.`;
  }
  if (trace.rule || trace.link || trace.checks.length) return diagnosisSentence(trace, ctx);
  return trace.scenario ? `The bot answered ${quoted(trace.scenario)}.` : null;
}

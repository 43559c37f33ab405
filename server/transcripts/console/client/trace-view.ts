// One bot turn's trace, for a support agent: what the bot checked, which rule fired,
// which article (and version) it answered with, how well the question matched and
// what came close, and the link as the bot saw it at that moment. Folded under the
// plain sentence (explain-turn.ts): most readers need the sentence only.
import { facts, h, humanize } from '../../../inbox/client/dom';
import { timeBoth } from '../../../inbox/client/format-time';
import { checkLabel, kindLabel, REASON_LABELS, scenarioLabel } from '../../human-labels';
import type { TurnTrace } from '../../turn-trace';
import { score } from './labels';

const TIME_KEYS = new Set(['expiresAt', 'startedAt', 'completedAt', 'sentAt']);

function value(key: string, raw: unknown): Node | string | null {
  if (raw === null || raw === undefined || raw === '') return null;
  if (typeof raw === 'object') return facts(rows(raw as Record<string, unknown>));
  // A trace is JSON: what is not an object is a string, a number or a boolean.
  const scalar = raw as string | number | boolean;
  const text = String(scalar);
  if (TIME_KEYS.has(key)) return timeBoth(text);
  if (key === 'state') return scenarioLabel(text);
  if (key === 'kind') return kindLabel(text);
  if (key === 'completedReason') return REASON_LABELS[text] ?? humanize(text);
  if (key === 'status' || key === 'jobStatus') return humanize(text);
  return text;
}

const label = (key: string) => humanize(key.replace(/([A-Z])/g, ' $1').toLowerCase());
const rows = (record: Record<string, unknown>): [string, Node | string | null][] => Object.entries(record).map(([key, raw]) => [label(key), value(key, raw)]);

function linkSnapshot(trace: TurnTrace): Node {
  if (trace.link) return facts(rows(trace.link));
  const unknown = trace.checks.find((c) => c.check === 'token-unknown');
  if (unknown && !unknown.result) return h('p', { class: 'muted', text: 'The link was known; this turn did not record its state.' });
  return h('p', { class: 'muted', text: unknown ? 'No invitation matched the link.' : 'The bot had no link at this turn.' });
}

function checksList(trace: TurnTrace): Node {
  if (trace.checks.length === 0) return h('p', { class: 'muted', text: 'No checks recorded for this turn.' });
  return h(
    'ul',
    { class: 'checks', attrs: { 'aria-label': 'Checks made' } },
    trace.checks.map((c) => {
      const words = checkLabel(c.check, c.result);
      return h('li', { class: c.result ? 'pass' : 'fail', attrs: { 'aria-label': `${words}${c.detail ? `, ${c.detail}` : ''}` } }, [
        words,
        c.detail ? h('span', { class: 'muted', text: ` — ${c.check}: ${c.detail}` }) : '',
      ]);
    }),
  );
}

const ranked = (list: { scenario: string; score: number }[]) => list.map((r) => `${scenarioLabel(r.scenario)} ${score(r.score)}`).join(', ');

export function traceView(trace: TurnTrace, threshold?: number): HTMLElement {
  const summary = h('summary', { text: `Details: ${trace.rule ?? trace.reply ?? 'reply'}` });
  const matchLine =
    trace.score === null
      ? null
      : `${score(trace.score)}${threshold !== undefined ? (trace.score >= threshold ? ' (confident)' : ' (below the confidence threshold)') : ''}`;
  return h('details', { class: 'trace-box' }, [
    summary,
    facts([
      ['Reply', trace.reply ? humanize(trace.reply) : null],
      ['Rule fired', trace.rule],
      ['Scenario', trace.scenario ? `${scenarioLabel(trace.scenario)} (${trace.scenario})` : null],
      ['Article', trace.article ? `${trace.article.id} v${trace.article.version}` : null],
      ['Retrieval score', matchLine],
      ['Runners-up', trace.runnersUp.length ? ranked(trace.runnersUp) : null],
      ['Offered instead', trace.choices.length ? ranked(trace.choices) : null],
      ['Browser findings', trace.findings.length ? trace.findings.join(', ') : null],
    ]),
    // h2: the transcript page has an h1 and no other level between (axe: heading-order).
    h('h2', { text: 'Checks made' }),
    checksList(trace),
    h('h2', { text: 'Link state' }),
    linkSnapshot(trace),
  ]);
}

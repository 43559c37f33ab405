// One bot turn's trace, for a support agent: what the bot checked, which rule fired,
// which article (and version) it answered with, how well the question matched and
// what came close, and the link as the bot saw it at that moment.
import { facts, h, humanize } from '../../../inbox/client/dom';
import type { TurnTrace } from '../../turn-trace';
import { score } from './labels';

const scalar = (value: unknown): string =>
  value === null || value === undefined ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value);

function linkSnapshot(link: Record<string, unknown> | null): Node {
  if (!link) return h('p', { class: 'muted', text: 'No known link at this turn.' });
  return facts(Object.entries(link).map(([key, value]): [string, string] => [humanize(key.replace(/([A-Z])/g, ' $1').toLowerCase()), scalar(value)]));
}

function checksList(trace: TurnTrace): Node {
  if (trace.checks.length === 0) return h('p', { class: 'muted', text: 'No checks recorded for this turn.' });
  return h(
    'ul',
    { class: 'checks', attrs: { 'aria-label': 'Checks made' } },
    trace.checks.map((c) => h('li', { class: c.result ? 'pass' : 'fail', text: `${c.check}${c.detail ? ` — ${c.detail}` : ''}`, attrs: { 'aria-label': `${c.result ? 'passed' : 'not met'}: ${c.check}${c.detail ? `, ${c.detail}` : ''}` } })),
  );
}

const ranked = (list: { scenario: string; score: number }[]) => list.map((r) => `${r.scenario} ${score(r.score)}`).join(', ');

export function traceView(trace: TurnTrace, threshold?: number): HTMLElement {
  const summary = h('summary', { text: `Trace: ${trace.rule ?? trace.reply ?? 'reply'}` });
  const matchLine = trace.score === null ? null : `${score(trace.score)}${threshold !== undefined ? (trace.score >= threshold ? ' (confident)' : ' (below the confidence threshold)') : ''}`;
  return h('details', { class: 'trace-box', attrs: { open: '' } }, [
    summary,
    facts([
      ['Reply', trace.reply ? humanize(trace.reply) : null],
      ['Rule fired', trace.rule],
      ['Scenario', trace.scenario],
      ['Article', trace.article ? `${trace.article.id} v${trace.article.version}` : null],
      ['Retrieval score', matchLine],
      ['Runners-up', trace.runnersUp.length ? ranked(trace.runnersUp) : null],
      ['Offered instead', trace.choices.length ? ranked(trace.choices) : null],
      ['Browser findings', trace.findings.length ? trace.findings.join(', ') : null],
    ]),
    h('h4', { text: 'Checks made' }),
    checksList(trace),
    h('h4', { text: 'Link state' }),
    linkSnapshot(trace.link),
  ]);
}

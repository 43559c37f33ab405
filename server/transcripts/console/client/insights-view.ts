// Insights for the dates of the filters: deflection, the scenarios of each day, the
// escalation rate per scenario, and the knowledge base's gaps, the questions it
// could not answer with confidence, each of which an agent can label.
import { api, ApiError } from '../../../inbox/client/api';
import { h } from '../../../inbox/client/dom';
import { timeShort } from '../../../inbox/client/format-time';
import { scenarioLabel } from '../../human-labels';
import { percent, score } from './labels';
import type { Insights } from './types';

type Group = Insights['lowConfidence']['groups'][number];

function stat(value: string, label: string, href?: string): HTMLElement {
  const text = h('span', { class: 'value', text: value });
  return h('div', { class: 'stat' }, [
    href ? h('a', { attrs: { href, title: `The conversations behind “${label}”` } }, [text]) : text,
    h('span', { class: 'label', text: label }),
  ]);
}

/** The transcript list narrowed to one figure's conversations, with the dates shown. */
function behind(resolution: string, query: URLSearchParams): string {
  const params = new URLSearchParams(query);
  params.set('resolution', resolution);
  return `/console?${params}`;
}

function minutes(value: number | null): string {
  if (value === null) return '—';
  return value < 90 ? `${Math.round(value)} min` : value < 2880 ? `${Math.round(value / 60)} h` : `${Math.round(value / 1440)} days`;
}

function resolutionStats(data: Insights, query: URLSearchParams): HTMLElement[] {
  const csat = data.csat.count ? `${data.csat.average?.toFixed(1)} / 5` : '—';
  const chart = new URLSearchParams(query);
  const alt = `Per week: ${data.resolutionByWeek.map((w) => `${w.week} verified ${percent(w.verifiedResolutionRate)}, automated ${percent(w.automatedResolutionRate)}, hand-off ${percent(w.handoffRate)}`).join('; ') || 'no conversations'}.`;
  return [
    h('h3', { text: 'Resolution' }),
    h('div', { class: 'stats' }, [
      stat(percent(data.verifiedResolutionRate), 'Verified resolution (the link was used after the chat)', behind('verified', query)),
      stat(percent(data.automatedResolutionRate), 'Automated resolution (no ticket; solved or no return in 24 h)', behind('automated', query)),
      stat(percent(data.handoffRate), 'Hand-off (a ticket was raised)', behind('handed_off', query)),
      stat(csat, `Satisfaction (${data.csat.count} rating${data.csat.count === 1 ? '' : 's'})`),
      stat(minutes(data.medianMinutesToResolution), 'Median time to resolution'),
    ]),
    h('img', { class: 'chart', attrs: { src: `/api/v1/insights/chart.svg?${chart}`, alt, width: '640', height: '260' } }),
  ];
}

function simpleTable(caption: string, headings: string[], rows: (string | Node)[][]): HTMLElement {
  const head = h('thead', {}, [
    h(
      'tr',
      {},
      headings.map((text, i) => h('th', { text, class: i > 0 ? 'num' : '', attrs: { scope: 'col' } })),
    ),
  ]);
  const body = h(
    'tbody',
    {},
    rows.map((cells) =>
      h(
        'tr',
        {},
        cells.map((cell, i) => h('td', { class: i > 0 ? 'num' : '' }, [cell])),
      ),
    ),
  );
  return h('div', { class: 'table-wrap' }, [h('table', {}, [h('caption', { text: caption }), head, body])]);
}

function scenarioChoices(): string[] {
  const select = document.getElementById('f-scenario') as HTMLSelectElement | null;
  return Array.from(select?.options ?? [])
    .map((o) => o.value)
    .filter(Boolean);
}

function labelForm(group: Group, index: number): HTMLElement {
  const id = `label-${index}`;
  const select = h('select', { attrs: { id, name: 'scenario' } }, [
    h('option', { text: 'Choose the right answer…', attrs: { value: '' } }),
    ...scenarioChoices().map((s) => h('option', { text: scenarioLabel(s), attrs: { value: s } })),
  ]);
  if (group.label) select.value = group.label;
  const status = h('span', { class: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const save = h('button', { class: 'btn', text: 'Save label', attrs: { type: 'submit' } });
  const form = h('form', { class: 'label-form' }, [h('label', { text: 'Right scenario', attrs: { for: id } }), select, save, status]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!select.value) return void (status.textContent = 'Choose a scenario first.');
    save.disabled = true;
    const all = group.questions.map((q) => api(`/api/v1/insights/labels`, { messageId: q.messageId, scenario: select.value }));
    Promise.all(all)
      .then(() => (status.textContent = `Saved for ${all.length} question${all.length === 1 ? '' : 's'}.`))
      .catch((error: unknown) => (status.textContent = error instanceof ApiError ? error.message : 'Could not save the label.'))
      .finally(() => (save.disabled = false));
  });
  return form;
}

function gapItem(group: Group, index: number): HTMLElement {
  const guess = group.questions[0]?.bestGuess;
  return h('li', { class: 'gap' }, [
    h('q', { text: group.questions[0]?.text ?? group.text }),
    h('p', { class: 'meta' }, [
      `Asked ${group.count} time${group.count === 1 ? '' : 's'}, last `,
      timeShort(group.lastAskedAt),
      ` · best match ${guess ? `${guess.scenario} ${score(guess.score)}` : 'none'}`,
    ]),
    labelForm(group, index),
  ]);
}

function render(region: HTMLElement, data: Insights, query: URLSearchParams): void {
  const c = data.conversations;
  const days = data.scenariosByDay.map((d) => [
    d.day,
    d.scenarios
      .slice(0, 3)
      .map((s) => `${scenarioLabel(s.scenario)} (${s.conversations})`)
      .join(', '),
  ]);
  const gaps = data.lowConfidence.groups;
  region.replaceChildren(
    h('div', { class: 'stats' }, [
      stat(String(c.total), 'Conversations'),
      stat(percent(data.deflectionRate), 'Deflection (self-served of finished)'),
      stat(String(c.selfServed), 'Self-served'),
      stat(String(c.escalated), 'Escalated'),
      stat(String(c.abandoned), 'Abandoned'),
      stat(String(c.open), 'Still open'),
    ]),
    h('p', { class: 'muted', text: 'Conversations in which the candidate wrote nothing and no ticket was raised are left out of every figure.' }),
    ...resolutionStats(data, query),
    h('div', { class: 'insight-grid' }, [
      simpleTable(
        'Top scenarios',
        ['Scenario', 'Conversations'],
        data.topScenarios.map((s) => [scenarioLabel(s.scenario), String(s.conversations)]),
      ),
      simpleTable(
        'Escalation rate per scenario',
        ['Scenario', 'Finished', 'Escalated', 'Rate'],
        data.escalationByScenario.map((s) => [scenarioLabel(s.scenario), String(s.finished), String(s.escalated), percent(s.rate)]),
      ),
      h('div', { class: 'table-wrap' }, [
        h('table', {}, [
          h('caption', { text: 'Top scenarios per day (UTC)' }),
          h('thead', {}, [
            h('tr', {}, [h('th', { text: 'Day', attrs: { scope: 'col' } }), h('th', { text: 'Scenarios (conversations)', attrs: { scope: 'col' } })]),
          ]),
          h(
            'tbody',
            {},
            days.map(([day, list]) => h('tr', {}, [h('td', { text: day }), h('td', { text: list })])),
          ),
        ]),
      ]),
    ]),
    h('h3', { text: 'Questions the knowledge base could not answer' }),
    h('p', {
      class: 'muted',
      text: `Best match below ${data.lowConfidence.threshold}, grouped by wording. Label them with the right scenario; the labels export as evaluation cases.`,
    }),
    h('p', {}, [h('a', { text: 'Download labelled questions (evaluation set JSON)', attrs: { href: '/api/v1/insights/labels/export' } })]),
    gaps.length ? h('ul', { class: 'gaps' }, gaps.map(gapItem)) : h('p', { class: 'empty', text: 'No low-confidence questions in this period.' }),
  );
}

export function loadInsights(from: string | null, to: string | null, org?: string | null, scenario?: string | null): void {
  const region = document.getElementById('insights');
  const live = document.getElementById('insights-status');
  if (!region || !live) return;
  const query = new URLSearchParams();
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  if (org) query.set('org', org);
  if (scenario) query.set('scenario', scenario);
  live.textContent = 'Loading insights…';
  api<Insights>(`/api/v1/insights?${query}`)
    .then((data) => {
      render(region, data, query);
      live.textContent = `Insights for ${data.from.slice(0, 10)} to ${data.to.slice(0, 10)}.`;
    })
    .catch((error: unknown) => (live.textContent = error instanceof ApiError ? error.message : 'Could not load the insights.'));
}

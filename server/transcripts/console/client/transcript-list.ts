// The transcript list: filters kept in the URL (a reload or a shared link shows the
// same list), a table newest first, "Show more" following the API's cursor, export
// links carrying the same filters, and the insights for the same dates.
import { api, ApiError } from '../../../inbox/client/api';
import { h } from '../../../inbox/client/dom';
import { timeShort } from '../../../inbox/client/format-time';
import type { TranscriptSummary } from '../../transcript-view';
import { loadInsights } from './insights-view';
import { scenarioLabel } from '../../human-labels';
import { outcomeBadge } from './labels';

const FILTERS = ['scenario', 'outcome', 'resolution', 'org', 'job', 'from', 'to', 'q', 'includeEmpty'] as const;
const PAGE_SIZE = 25;

interface ListPage {
  transcripts: TranscriptSummary[];
  nextCursor: string | null;
}

function filterQuery(form: HTMLFormElement): URLSearchParams {
  const query = new URLSearchParams();
  for (const name of FILTERS) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (field instanceof HTMLInputElement && field.type === 'checkbox') {
      if (field.checked) query.set(name, field.value);
      continue;
    }
    const value = field?.value.trim();
    if (value) query.set(name, value);
  }
  return query;
}

function fillForm(form: HTMLFormElement, params: URLSearchParams): void {
  for (const name of FILTERS) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = params.get(name) === field.value;
    else if (field) field.value = params.get(name) ?? '';
  }
}

function row(t: TranscriptSummary): HTMLTableRowElement {
  const href = `/console/transcripts/${encodeURIComponent(t.id)}`;
  const where = [t.org?.name, t.job?.title].filter(Boolean).join(' · ') || 'No known link';
  return h('tr', {}, [
    h('td', {}, [h('a', { text: t.firstMessage ? `“${t.firstMessage}”` : 'Opened, the candidate wrote nothing', attrs: { href } })]),
    h('td', {}, [timeShort(t.createdAt)]),
    h('td', {}, [outcomeBadge(t.outcome)]),
    h('td', { text: t.scenarios.map(scenarioLabel).join(', ') || '—' }),
    h('td', { text: where }),
    h('td', { text: t.candidateEmail ?? '—' }),
    h('td', { class: 'num', text: String(t.turnCount) }),
    h('td', { text: t.tickets.map((ticket) => ticket.reference).join(', ') || '—' }),
  ]);
}

function table(): { wrap: HTMLElement; body: HTMLTableSectionElement } {
  const headings = ['Conversation', 'Started', 'Outcome', 'Scenarios', 'Organisation · job', 'Candidate', 'Turns', 'Ticket'];
  const body = h('tbody');
  const head = h('thead', {}, [
    h(
      'tr',
      {},
      headings.map((text) => h('th', { text, class: text === 'Turns' ? 'num' : '', attrs: { scope: 'col' } })),
    ),
  ]);
  const wrap = h('div', { class: 'table-wrap' }, [h('table', {}, [h('caption', { text: 'Transcripts, newest first' }), head, body])]);
  return { wrap, body };
}

function setExportLinks(query: URLSearchParams): void {
  const link = (id: string, extra: Record<string, string>) => {
    const params = new URLSearchParams(query);
    for (const [key, value] of Object.entries(extra)) params.set(key, value);
    document.getElementById(id)?.setAttribute('href', `/api/v1/transcripts/export?${params}`);
  };
  link('export-json', { format: 'json', granularity: 'conversation' });
  link('export-csv', { format: 'csv', granularity: 'conversation' });
  link('export-csv-turns', { format: 'csv', granularity: 'turn' });
}

/** The table and its "Show more": pages follow the cursor of the query last applied. */
class TranscriptPager {
  #query = new URLSearchParams();
  #cursor: string | null = null;
  #rows: HTMLTableSectionElement | null = null;
  #shown = 0;
  // A newer query makes the answers to older ones stale.
  #generation = 0;

  constructor(
    private readonly region: HTMLElement,
    private readonly live: HTMLElement,
    private readonly more: HTMLButtonElement,
  ) {
    more.addEventListener('click', () => void this.#fetch(true));
  }

  show(query: URLSearchParams): void {
    this.#query = query;
    this.#cursor = null;
    void this.#fetch(false);
  }

  async #fetch(append: boolean): Promise<void> {
    const generation = ++this.#generation;
    const params = new URLSearchParams(this.#query);
    params.set('limit', String(PAGE_SIZE));
    if (append && this.#cursor) params.set('cursor', this.#cursor);
    this.live.textContent = 'Loading transcripts…';
    this.region.setAttribute('aria-busy', 'true');
    this.more.disabled = true;
    try {
      const page = await api<ListPage>(`/api/v1/transcripts?${params}`);
      if (generation === this.#generation) this.#render(page, append);
    } catch (error) {
      if (generation === this.#generation) this.live.textContent = error instanceof ApiError ? error.message : 'Could not load the transcripts.';
    } finally {
      if (generation === this.#generation) {
        this.region.removeAttribute('aria-busy');
        this.more.disabled = false;
      }
    }
  }

  #render(page: ListPage, append: boolean): void {
    if (!append || !this.#rows) {
      const built = table();
      this.#rows = built.body;
      this.#shown = 0;
      this.region.replaceChildren(page.transcripts.length ? built.wrap : h('p', { class: 'empty', text: 'No transcripts match these filters.' }));
    }
    this.#rows.append(...page.transcripts.map(row));
    this.#shown += page.transcripts.length;
    this.#cursor = page.nextCursor;
    this.more.hidden = this.#cursor === null;
    const shown = this.#shown;
    this.live.textContent = `${shown} transcript${shown === 1 ? '' : 's'} shown${this.#cursor ? '; there are more' : ''}.`;
  }
}

export function startTranscriptList(): void {
  const form = document.getElementById('filters') as HTMLFormElement | null;
  const region = document.getElementById('transcript-list');
  const live = document.getElementById('list-status');
  const more = document.getElementById('load-more') as HTMLButtonElement | null;
  if (!form || !region || !live || !more) return;
  fillForm(form, new URLSearchParams(window.location.search));
  const pager = new TranscriptPager(region, live, more);
  let range: string | null = null;

  const apply = () => {
    const query = filterQuery(form);
    history.replaceState(null, '', `/console${query.toString() ? `?${query}` : ''}`);
    setExportLinks(query);
    pager.show(query);
    const dates = `${query.get('from') ?? ''}/${query.get('to') ?? ''}`;
    if (dates !== range) {
      range = dates;
      loadInsights(query.get('from'), query.get('to'), query.get('org'), query.get('scenario'));
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.tagName === 'SELECT' || target.type === 'date' || target.type === 'checkbox') apply();
  });
  form.addEventListener('reset', () => setTimeout(apply));
  apply();
}

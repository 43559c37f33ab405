// The inbox list: filters kept in the URL (a reload or a shared link shows the same
// requests), one card per request, newest first.
import { api, ApiError } from './api';
import { h, humanize, statusBadge } from './dom';
import { timeShort } from './format-time';
import type { TicketSummary } from './ticket-types';

function jobTitles(select: HTMLSelectElement | null): Map<string, string> {
  const titles = new Map<string, string>();
  for (const option of Array.from(select?.options ?? [])) if (option.value) titles.set(option.value, option.text);
  return titles;
}

function ticketCard(ticket: TicketSummary, jobs: Map<string, string>): HTMLElement {
  const who = ticket.candidate ? `${ticket.candidate.name} (${ticket.candidate.email})` : 'Candidate without a valid link';
  const job = ticket.jobId ? jobs.get(ticket.jobId) : undefined;
  const link = h('a', { text: `${ticket.reference} · ${humanize(ticket.scenario)}`, attrs: { href: `/inbox/tickets/${encodeURIComponent(ticket.id)}` } });
  return h('li', { class: 'ticket-card' }, [
    h('div', {}, [link, h('p', { text: [who, job].filter(Boolean).join(' · ') })]),
    statusBadge(ticket.status),
    h('p', { class: 'meta' }, ['Reported ', timeShort(ticket.createdAt), ` — “${ticket.description}”`]),
  ]);
}

export function startTicketList(): void {
  const filters = document.getElementById('filters') as HTMLFormElement | null;
  const status = document.getElementById('f-status') as HTMLSelectElement | null;
  const job = document.getElementById('f-job') as HTMLSelectElement | null;
  const region = document.getElementById('ticket-list');
  const live = document.getElementById('list-status');
  if (!filters || !status || !region || !live) return;
  const jobs = jobTitles(job);
  const params = new URLSearchParams(window.location.search);
  status.value = params.get('status') ?? '';
  if (job) job.value = jobs.has(params.get('job') ?? '') ? (params.get('job') as string) : '';

  const load = async () => {
    const query = new URLSearchParams();
    if (status.value) query.set('status', status.value);
    if (job?.value) query.set('jobId', job.value);
    const shown = new URLSearchParams();
    if (status.value) shown.set('status', status.value);
    if (job?.value) shown.set('job', job.value);
    const search = shown.toString();
    history.replaceState(null, '', `/inbox${search ? `?${search}` : ''}`);
    live.textContent = 'Loading requests…';
    region.setAttribute('aria-busy', 'true');
    try {
      const { tickets } = await api<{ tickets: TicketSummary[] }>(`/api/v1/tickets?${query}`);
      region.replaceChildren(
        tickets.length
          ? h('ul', { class: 'tickets', attrs: { 'aria-label': 'Requests' } }, tickets.map((t) => ticketCard(t, jobs)))
          : h('p', { class: 'empty', text: 'No requests match these filters.' }),
      );
      live.textContent = `${tickets.length} request${tickets.length === 1 ? '' : 's'}.`;
    } catch (error) {
      live.textContent = error instanceof ApiError ? error.message : 'Could not load the requests.';
    } finally {
      region.removeAttribute('aria-busy');
    }
  };
  filters.addEventListener('change', () => void load());
  filters.addEventListener('submit', (event) => event.preventDefault());
  void load();
}

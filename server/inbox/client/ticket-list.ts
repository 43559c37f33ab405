// The inbox list: filters kept in the URL (a reload or a shared link shows the same
// requests), one card per request, with search and sort over what is loaded, unread
// markers, and live updates from the inbox's event stream (no reload needed).
import { api, ApiError } from './api';
import { h, humanize, statusBadge } from './dom';
import { timeShort } from './format-time';
import { createBulkBar } from './bulk-actions';
import { isUnread } from './seen-tickets';
import type { TicketSummary } from './ticket-types';

type Listed = TicketSummary & { lastActivityAt?: string };

function jobTitles(select: HTMLSelectElement | null): Map<string, string> {
  const titles = new Map<string, string>();
  for (const option of Array.from(select?.options ?? [])) if (option.value) titles.set(option.value, option.text);
  return titles;
}

const activity = (t: Listed) => t.lastActivityAt ?? t.updatedAt;

function ticketCard(ticket: Listed, jobs: Map<string, string>, selected: Set<string>, changed: () => void): HTMLElement {
  const who = ticket.candidate ? `${ticket.candidate.name} (${ticket.candidate.email})` : 'Candidate without a valid link';
  const job = ticket.jobId ? jobs.get(ticket.jobId) : undefined;
  const unread = isUnread(ticket.id, activity(ticket));
  const link = h('a', { text: `${ticket.reference} · ${humanize(ticket.scenario)}`, attrs: { href: `/inbox/tickets/${encodeURIComponent(ticket.id)}` } });
  const marker = unread ? [h('span', { class: 'unread-dot', attrs: { role: 'img', 'aria-label': 'Unread' } })] : [];
  const pick = h('input', { class: 'pick', attrs: { type: 'checkbox', 'aria-label': `Select ${ticket.reference}` } });
  pick.checked = selected.has(ticket.id);
  pick.addEventListener('change', () => {
    if (pick.checked) selected.add(ticket.id);
    else selected.delete(ticket.id);
    changed();
  });
  return h('li', { class: unread ? 'ticket-card unread' : 'ticket-card', attrs: { 'data-ticket': ticket.id } }, [
    h('div', {}, [pick, ' ', ...marker, link, h('p', { text: [who, job].filter(Boolean).join(' · ') })]),
    statusBadge(ticket.status),
    h('p', { class: 'meta' }, ['Reported ', timeShort(ticket.createdAt), ' · last activity ', timeShort(activity(ticket)), ` — “${ticket.description}”`]),
  ]);
}

const SORTS: Record<string, (a: Listed, b: Listed) => number> = {
  newest: (a, b) => b.createdAt.localeCompare(a.createdAt),
  oldest: (a, b) => a.createdAt.localeCompare(b.createdAt),
  activity: (a, b) => activity(b).localeCompare(activity(a)),
  unread: (a, b) => Number(isUnread(b.id, activity(b))) - Number(isUnread(a.id, activity(a))) || activity(b).localeCompare(activity(a)),
};

function matches(t: Listed, words: string[]): boolean {
  const text = [t.reference, t.candidate?.name, t.candidate?.email, t.description, humanize(t.scenario)].join(' ').toLowerCase();
  return words.every((w) => text.includes(w));
}

export function startTicketList(): void {
  const filters = document.getElementById('filters') as HTMLFormElement | null;
  const status = document.getElementById('f-status') as HTMLSelectElement | null;
  const job = document.getElementById('f-job') as HTMLSelectElement | null;
  const search = document.getElementById('f-search') as HTMLInputElement | null;
  const sort = document.getElementById('f-sort') as HTMLSelectElement | null;
  const region = document.getElementById('ticket-list');
  const live = document.getElementById('list-status');
  if (!filters || !status || !region || !live) return;
  const jobs = jobTitles(job);
  const params = new URLSearchParams(window.location.search);
  status.value = params.get('status') ?? '';
  if (job) job.value = jobs.has(params.get('job') ?? '') ? (params.get('job') as string) : '';
  if (search) search.value = params.get('q') ?? '';
  if (sort && SORTS[params.get('sort') ?? '']) sort.value = params.get('sort') as string;
  let tickets: Listed[] = [];
  const selected = new Set<string>();
  const bulk = createBulkBar((notice) => {
    selected.clear();
    void load().then(() => (live.textContent = notice));
  });
  region.before(bulk.element);
  const selectionChanged = () => bulk.update(tickets.filter((t) => selected.has(t.id)));

  const show = () => {
    const words = (search?.value ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const shown = tickets.filter((t) => matches(t, words)).sort(SORTS[sort?.value ?? 'newest'] ?? SORTS.newest);
    const unread = shown.filter((t) => isUnread(t.id, activity(t))).length;
    region.replaceChildren(
      shown.length
        ? h(
            'ul',
            { class: 'tickets', attrs: { 'aria-label': 'Requests' } },
            shown.map((t) => ticketCard(t, jobs, selected, selectionChanged)),
          )
        : h('p', { class: 'empty', text: tickets.length ? 'No request matches this search.' : 'No requests match these filters.' }),
    );
    live.textContent = `${shown.length} request${shown.length === 1 ? '' : 's'}${unread ? `, ${unread} unread` : ''}.`;
  };

  const syncUrl = () => {
    const shown = new URLSearchParams();
    if (status.value) shown.set('status', status.value);
    if (job?.value) shown.set('job', job.value);
    if (search?.value.trim()) shown.set('q', search.value.trim());
    if (sort && sort.value !== 'newest') shown.set('sort', sort.value);
    const qs = shown.toString();
    history.replaceState(null, '', `/inbox${qs ? `?${qs}` : ''}`);
  };

  const load = async () => {
    const query = new URLSearchParams();
    if (status.value) query.set('status', status.value);
    if (job?.value) query.set('jobId', job.value);
    syncUrl();
    region.setAttribute('aria-busy', 'true');
    try {
      tickets = (await api<{ tickets: Listed[] }>(`/api/v1/tickets?${query}`)).tickets;
      show();
      selectionChanged();
    } catch (error) {
      live.textContent = error instanceof ApiError ? error.message : 'Could not load the requests.';
    } finally {
      region.removeAttribute('aria-busy');
    }
  };
  // Status and job ask the server again; search and sort work on what is loaded.
  filters.addEventListener('change', (event) => {
    const id = (event.target as HTMLElement).id;
    if (id === 'f-status' || id === 'f-job') void load();
  });
  const refine = () => {
    syncUrl();
    show();
  };
  search?.addEventListener('input', refine);
  sort?.addEventListener('change', refine);
  filters.addEventListener('submit', (event) => event.preventDefault());
  // New requests and candidates' messages arrive without a reload.
  const stream = new EventSource('/api/v1/inbox/stream');
  stream.addEventListener('changed', () => void load());
  live.textContent = 'Loading requests…';
  void load();
}

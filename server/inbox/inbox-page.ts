import { escapeHtml } from '../http/escape-html';
import { renderPageShell } from '../http/page-shell';
import { INBOX_PAGE_CSS } from './inbox-page-css';

// The recruiter inbox's two shells, in the signed-in page frame. The server renders
// only what it knows without the ticket API (who is signed in, the org's jobs);
// /assets/inbox.js fetches and shows the tickets.

export interface InboxPageInput {
  page: 'list' | 'detail';
  userEmail: string;
  /** The ticket of a detail page, as given in the URL (the API decides if it exists). */
  ticketId?: string;
  /** The jobs the job filter offers (the recruiter's org); empty for agents and admins. */
  jobs: { id: string; title: string; status: string }[];
  nonce?: string;
}

function listMain(jobs: InboxPageInput['jobs']): string {
  const jobOptions = jobs
    .map((job) => `<option value="${escapeHtml(job.id)}">${escapeHtml(job.title)}${job.status === 'open' ? '' : ` (${escapeHtml(job.status)})`}</option>`)
    .join('');
  const jobFilter = jobs.length
    ? `<div class="filter"><label for="f-job">Job</label><select id="f-job" name="job"><option value="">All jobs</option>${jobOptions}</select></div>`
    : '';
  return `<h1 id="page-title">Candidate requests</h1>
<p class="lead">Candidates who asked for a person. Each request carries the link’s diagnosis, its timeline and the fixes your policy allows.</p>
<form id="filters" class="filters" role="search" aria-label="Filter requests">
<div class="filter"><label for="f-status">Status</label><select id="f-status" name="status">
<option value="">All</option><option value="open">Open</option><option value="in_progress">In progress</option><option value="resolved">Resolved</option>
</select></div>${jobFilter}
<div class="filter"><label for="f-sort">Sort</label><select id="f-sort" name="sort">
<option value="newest">Newest first</option><option value="activity">Latest activity first</option><option value="unread">Unread first</option><option value="oldest">Oldest first</option>
</select></div>
<div class="filter wide"><label for="f-search">Search</label><input id="f-search" name="q" type="search" maxlength="200" autocomplete="off" placeholder="Reference, candidate, words of the request"></div>
</form>
<p id="list-status" class="status" role="status" aria-live="polite">Loading requests…</p>
<div id="ticket-list"></div>`;
}

function detailMain(): string {
  return `<p class="back"><a href="/inbox">← All requests</a></p>
<div id="ticket" aria-busy="true"><h1 id="page-title">Request</h1>
<p id="detail-status" class="status" role="status" aria-live="polite">Loading the request…</p></div>`;
}

export function renderInboxPage(input: InboxPageInput): string {
  return renderPageShell({
    title: input.page === 'list' ? 'Inbox' : 'Request',
    brand: { href: '/inbox', text: 'Link help · Inbox' },
    css: INBOX_PAGE_CSS,
    scriptSrc: '/assets/inbox.js',
    userEmail: input.userEmail,
    data: { page: input.page, 'ticket-id': input.ticketId },
    main: input.page === 'list' ? listMain(input.jobs) : detailMain(),
    noscript: 'The inbox needs JavaScript.',
    nonce: input.nonce,
  });
}

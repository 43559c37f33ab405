// One request: the candidate's words and the facts on the left, the fixes on the
// right (below on phones). After an action the page reloads the request and says
// what happened in a status line that screen readers announce.
import { api, ApiError } from './api';
import { card, facts, h, humanize, statusBadge } from './dom';
import { timeBoth } from './format-time';
import { markSeen } from './seen-tickets';
import { fixesCard } from './ticket-fixes';
import { browserCard, diagnosisCard, historyCard, screenshotsCard, timelineCard, transcriptCard } from './ticket-sections';
import type { TicketDetail } from './ticket-types';

function requestCard(ticket: TicketDetail): HTMLElement {
  const when = timeBoth(ticket.occurredAt);
  const theirs = ticket.occurredAtLocal
    ? h('span', { class: 'time-utc', text: `Candidate’s time: ${ticket.occurredAtLocal} (${ticket.reporterTimeZone})` })
    : null;
  return card('What the candidate wrote', 'request-title', [
    h('p', { class: 'description', text: ticket.description }),
    facts([
      ['Happened', when ? h('span', {}, [when, ...(theirs ? [theirs] : [])]) : null],
      ['Reported', timeBoth(ticket.createdAt)],
      ['Reply goes to', ticket.contactEmail ?? ticket.candidate?.email ?? 'No email given'],
      // Replies are sent as written: the recruiter should know which language the candidate reads.
      ['Candidate’s language', ticket.candidateLanguageName],
    ]),
  ]);
}

function heading(ticket: TicketDetail): HTMLElement[] {
  const title = h('h1', { text: `Request ${ticket.reference} `, attrs: { id: 'page-title', tabindex: '-1' } });
  title.append(statusBadge(ticket.status));
  const who = ticket.candidate ? `${ticket.candidate.name} <${ticket.candidate.email}>` : 'Candidate without a valid link';
  const job = ticket.job ? `${ticket.job.title}${ticket.job.status === 'open' ? '' : ` (job ${ticket.job.status})`}` : null;
  return [title, h('p', { class: 'lead', text: [who, job, humanize(ticket.scenario)].filter(Boolean).join(' · ') })];
}

export function startTicketDetail(ticketId: string): void {
  const root = document.getElementById('ticket');
  if (!root) return;
  const render = (ticket: TicketDetail, notice?: { ok: boolean; text: string }) => {
    const status = h('p', { class: `notice ${notice?.ok ? 'ok' : 'error'}`, attrs: { id: 'detail-status', role: 'status', tabindex: '-1' } });
    status.textContent = notice?.text ?? '';
    status.hidden = !notice;
    const main = h('div', { class: 'main' }, [
      requestCard(ticket),
      diagnosisCard(ticket),
      timelineCard(ticket),
      browserCard(ticket),
      screenshotsCard(ticket),
      transcriptCard(ticket),
      historyCard(ticket),
    ]);
    const side = h('aside', { class: 'side', attrs: { 'aria-label': 'Actions' } }, [fixesCard(ticket, (result) => void reload(result))]);
    root.replaceChildren(...heading(ticket), status, h('div', { class: 'layout' }, [main, side]));
    root.removeAttribute('aria-busy');
    document.title = `${ticket.reference} · Link help`;
    if (notice) status.focus();
  };
  const reload = async (notice?: { ok: boolean; text: string }) => {
    try {
      render(await api<TicketDetail>(`/api/v1/tickets/${encodeURIComponent(ticketId)}`), notice);
      markSeen(ticketId);
    } catch (error) {
      const text =
        error instanceof ApiError && error.status === 404
          ? 'This request does not exist or is not yours to see.'
          : error instanceof ApiError
            ? error.message
            : 'Could not load the request.';
      root.replaceChildren(h('h1', { text: 'Request', attrs: { id: 'page-title' } }), h('p', { class: 'notice error', text, attrs: { role: 'alert' } }));
      root.removeAttribute('aria-busy');
    }
  };
  void reload();
}

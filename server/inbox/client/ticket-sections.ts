// The read-only parts of a request: what the link went through, what the diagnosis
// found, the candidate's browser, their screenshots and the conversation.
import type { ClientDiagnostics } from '../../chat/chat-events';
import { card, facts, h, humanize } from './dom';
import { localTime, timeBoth, timeShort } from './format-time';
import { historyWords, linkEventWords, whoText } from '../../escalation/ticket-words';
import type { TicketDetail } from './ticket-types';

const ROLE_LABELS: Record<string, string> = { bot: 'Assistant', candidate: 'Candidate', recruiter: 'Recruiter', agent: 'Support', system: 'Notice' };

const str = (value: unknown): string | null => (typeof value === 'string' || typeof value === 'number' ? String(value) : null);

export function diagnosisCard(ticket: TicketDetail): HTMLElement {
  const link = ticket.diagnosis.link ?? null;
  const inv = ticket.invitation;
  const rows = facts([
    ['Finding', humanize(ticket.diagnosis.scenario ?? ticket.scenario)],
    ['Rule', ticket.diagnosis.rule ? h('code', { text: ticket.diagnosis.rule }) : null],
    ['Link status', str(link?.status)],
    ['Kind', inv ? humanize(inv.kind) : null],
    ['Deadline', timeBoth(inv?.expiresAt)],
    ['Opens', inv ? `${inv.accessCount} of ${inv.accessLimit}` : null],
    ['Started', timeBoth(inv?.startedAt)],
    ['Completed', inv?.completedAt ? h('span', {}, [timeBoth(inv.completedAt) ?? '', inv.completedReason ? ` (${humanize(inv.completedReason)})` : '']) : null],
    ['Replaced by a newer link', inv?.supersededBy ? 'Yes' : null],
  ]);
  const trace = (ticket.diagnosis.trace ?? []).map((step) =>
    h('li', { class: step.result ? 'pass' : 'fail' }, [`${step.result ? '✓' : '·'} ${step.check}`, step.detail ? ` — ${step.detail}` : '']),
  );
  const children: Node[] = [rows];
  // The full trace is for the curious (and for support); collapsed by default.
  if (trace.length) children.push(h('details', {}, [h('summary', { text: `Checks made (${trace.length})` }), h('ul', { class: 'trace' }, trace)]));
  return card('Diagnosis when the candidate asked', 'diagnosis-title', children);
}

/** A time in the recruiter's own zone, for sentences. */
const inWords = (iso: string) => localTime(new Date(iso));

export function timelineCard(ticket: TicketDetail): HTMLElement {
  if (ticket.timeline.length === 0) return card('Link timeline', 'timeline-title', [h('p', { class: 'muted', text: 'No link is attached to this request.' })]);
  const items = ticket.timeline.map((entry) =>
    h('li', {}, [
      timeBoth(entry.at) ?? '',
      h('div', {}, [
        h('span', { class: 'event-type', text: linkEventWords(entry, entry.at, inWords) }),
        h('div', { class: 'muted who', text: whoText(entry.by) }),
      ]),
    ]),
  );
  return card('Link timeline', 'timeline-title', [h('ol', { class: 'timeline' }, items)]);
}

export function browserCard(ticket: TicketDetail): HTMLElement {
  const d = ticket.clientDiagnostics as Partial<ClientDiagnostics> | null;
  if (!d) return card('Candidate’s browser check', 'browser-title', [h('p', { class: 'muted', text: 'The candidate did not run the browser check.' })]);
  const yesNo = (v: unknown) => (v === true ? 'Yes' : v === false ? 'No' : null);
  const network: ClientDiagnostics['network'] = d.network ?? {};
  return card('Candidate’s browser check', 'browser-title', [
    facts([
      ['Browser', d.browser ? `${d.browser.name ?? ''} ${d.browser.version ?? ''}`.trim() : null],
      ['System', str(d.os)],
      ['Cookies enabled', yesNo(d.cookiesEnabled)],
      ['Storage available', yesNo(d.storageAvailable)],
      ['Online', yesNo(d.online)],
      ['Camera permission', str(d.permissions?.camera)],
      ['Microphone permission', str(d.permissions?.microphone)],
      [
        'Live media test',
        d.mediaTest ? `camera ${d.mediaTest.camera}, microphone ${d.mediaTest.microphone}${d.mediaTest.error ? ` (${d.mediaTest.error})` : ''}` : null,
      ],
      [
        'Network',
        [
          network.effectiveType,
          network.rttMs !== undefined ? `${network.rttMs} ms` : null,
          network.downlinkMbps !== undefined ? `${network.downlinkMbps} Mbps` : null,
        ]
          .filter(Boolean)
          .join(', ') || null,
      ],
      ['Time zone', str(d.timeZone)],
      ['Screen', d.screen ? `${d.screen.width} × ${d.screen.height}` : null],
    ]),
  ]);
}

export function screenshotsCard(ticket: TicketDetail): HTMLElement {
  if (ticket.screenshots.length === 0) return card('Screenshots', 'shots-title', [h('p', { class: 'muted', text: 'No screenshots.' })]);
  const items = ticket.screenshots.map((shot) => {
    const img = h('img', { attrs: { src: shot.url, alt: `Screenshot ${shot.n} (${shot.width} × ${shot.height})`, loading: 'lazy' } });
    return h('li', {}, [h('a', { attrs: { href: shot.url, target: '_blank', rel: 'noopener' } }, [img])]);
  });
  return card('Screenshots', 'shots-title', [h('ul', { class: 'shots' }, items)]);
}

export function transcriptCard(ticket: TicketDetail): HTMLElement {
  if (ticket.transcript.length === 0) return card('Conversation', 'transcript-title', [h('p', { class: 'muted', text: 'No chat before this request.' })]);
  const items = ticket.transcript.map((line) =>
    h('li', { class: line.role }, [
      h('span', { class: 'role', text: ROLE_LABELS[line.role] ?? humanize(line.role) }),
      h('span', { class: 'when' }, [timeShort(line.at)]),
      h('p', { text: line.text }),
    ]),
  );
  return card('Conversation', 'transcript-title', [h('ol', { class: 'transcript' }, items)]);
}

// `user:<id>` and `api_key:<org>` are for audits; the page says who in words.
function actorLabel(actor: string): string {
  if (actor.startsWith('user:')) return 'Staff';
  if (actor.startsWith('api_key:')) return 'Hiring platform (API)';
  return humanize(actor);
}

export function historyCard(ticket: TicketDetail): HTMLElement {
  const items = ticket.history.map((event) =>
    h('li', {}, [
      timeBoth(event.at) ?? '',
      h('div', {}, [
        h('span', { class: 'event-type', text: historyWords(event, inWords) }),
        h('div', { class: 'muted who', text: event.by ? whoText(event.by) : actorLabel(event.actor) }),
      ]),
    ]),
  );
  return card('Request history', 'history-title', [h('ol', { class: 'history' }, items)]);
}

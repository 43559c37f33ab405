// One transcript: who and what it was about, the browser self-check, any ticket,
// and every turn with the trace of each bot turn. Opening it is recorded (the API
// does that); printing it shows everything, traces included.
import { api, ApiError } from '../../../inbox/client/api';
import { card, facts, h, humanize } from '../../../inbox/client/dom';
import { timeBoth, timeShort } from '../../../inbox/client/format-time';
import { explainTurn } from '../../explain-turn';
import { kindLabel, scenarioLabel } from '../../human-labels';
import type { TurnView } from '../../transcript-view';
import { outcomeBadge, ROLE_LABELS } from './labels';
import { traceView } from './trace-view';
import type { TranscriptDetail } from './types';

function summaryCard(t: TranscriptDetail): HTMLElement {
  const candidate = t.candidate ? `${t.candidate.name} <${t.candidate.email}>` : null;
  return card('About this conversation', 'about-title', [
    facts([
      ['Started', timeBoth(t.createdAt)],
      ['Last activity', timeBoth(t.lastActivityAt)],
      ['Outcome', outcomeBadge(t.outcome)],
      ['Scenarios', t.scenarios.map(scenarioLabel).join(', ') || 'None yet'],
      ['Organisation', t.org ? `${t.org.name} (${t.org.policy} policy)` : null],
      ['Job', t.job?.title],
      ['Candidate', candidate],
      ['Link kind', t.invitation ? kindLabel(t.invitation.kind) : 'No known link'],
      ["Candidate's time zone", t.timeZone],
      ['Tickets', t.tickets.length ? t.tickets.map((x) => `${x.reference} (${humanize(x.status)})`).join(', ') : 'None'],
      ['Conversation id', t.id],
    ]),
  ]);
}

function diagnosticsCard(t: TranscriptDetail): HTMLElement {
  const d = t.clientDiagnostics;
  if (!d) return card('Browser self-check', 'check-title', [h('p', { class: 'muted', text: 'The candidate did not run the browser check.' })]);
  const media = d.mediaTest
    ? `camera ${d.mediaTest.camera}, microphone ${d.mediaTest.microphone}${d.mediaTest.error ? ` (${d.mediaTest.error})` : ''}`
    : 'Not run';
  return card('Browser self-check', 'check-title', [
    facts([
      ['Checked', timeBoth(t.clientDiagnosticsAt)],
      ['Browser', `${d.browser.name} ${d.browser.version}`],
      ['System', d.os],
      ['Camera permission', d.permissions.camera],
      ['Microphone permission', d.permissions.microphone],
      ['Live media test', media],
      ['Cookies', d.cookiesEnabled ? 'Enabled' : 'Blocked'],
      ['Storage', d.storageAvailable ? 'Available' : 'Unavailable'],
      ['Online', d.online ? 'Yes' : 'No'],
      [
        'Network',
        [
          d.network.effectiveType,
          d.network.rttMs !== undefined ? `${d.network.rttMs} ms` : '',
          d.network.downlinkMbps !== undefined ? `${d.network.downlinkMbps} Mbit/s` : '',
        ]
          .filter(Boolean)
          .join(', ') || null,
      ],
      ['Screen', `${d.screen.width} × ${d.screen.height}`],
      ['Time zone', d.timeZone],
      ['User agent', d.userAgent],
    ]),
  ]);
}

function threshold(): number | undefined {
  const value = Number(document.body.dataset.threshold);
  return Number.isFinite(value) && document.body.dataset.threshold ? value : undefined;
}

// The agent reads times in their own zone; the candidate's is beside it.
const READER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function turnItem(t: TranscriptDetail, turn: TurnView, index: number): HTMLElement {
  const role = ROLE_LABELS[turn.role] ?? humanize(turn.role);
  const why = explainTurn(turn.trace, { at: turn.at, policy: t.org?.policy, readerZone: READER_ZONE, candidateZone: t.timeZone });
  return h('li', { class: `turn ${turn.role}`, attrs: { 'aria-label': `Turn ${index + 1}, ${role}` } }, [
    h('div', { class: 'head' }, [
      h('span', { class: 'role', text: role }),
      h('span', { class: 'when' }, [timeShort(turn.at)]),
      turn.scenario ? h('span', { class: 'muted', text: scenarioLabel(turn.scenario) }) : '',
    ]),
    h('p', { class: 'text', text: turn.text }),
    ...(why ? [h('p', { class: 'explain', text: why })] : []),
    ...(turn.trace ? [traceView(turn.trace, threshold())] : []),
  ]);
}

function render(region: HTMLElement, t: TranscriptDetail): void {
  const print = h('button', { class: 'btn', text: 'Print', attrs: { type: 'button' } });
  print.addEventListener('click', () => window.print());
  const title = h('h1', { text: `Transcript · ${t.candidate?.name ?? t.firstMessage ?? 'anonymous candidate'}`, attrs: { id: 'page-title', tabindex: '-1' } });
  region.replaceChildren(
    title,
    h('div', { class: 'toolbar' }, [print]),
    summaryCard(t),
    diagnosticsCard(t),
    card(`Conversation (${t.turns.length} turns)`, 'turns-title', [
      h(
        'ol',
        { class: 'turns' },
        t.turns.map((turn, i) => turnItem(t, turn, i)),
      ),
    ]),
  );
  title.focus();
}

export function startTranscriptDetail(conversationId: string): void {
  const region = document.getElementById('transcript');
  const live = document.getElementById('detail-status');
  if (!region || !live) return;
  // A trace the agent closed is still part of the printout.
  window.addEventListener('beforeprint', () => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  api<TranscriptDetail>(`/api/v1/transcripts/${encodeURIComponent(conversationId)}`)
    .then((t) => render(region, t))
    .catch((error: unknown) => {
      live.textContent =
        error instanceof ApiError && error.status === 404
          ? 'There is no transcript with this id (it may have been purged).'
          : error instanceof ApiError
            ? error.message
            : 'Could not load the transcript.';
    })
    .finally(() => region.removeAttribute('aria-busy'));
}

import { ALL_SCENARIOS } from '../../diagnosis/scenario-ids';
import { escapeHtml } from '../../http/escape-html';
import { CONFIDENT_MATCH } from '../../knowledge/understand-message';
import { renderPageShell } from '../../http/page-shell';
import { scenarioLabel } from '../human-labels';
import { RESOLUTIONS, type ResolutionKind } from '../insights/resolution-query';
import { OUTCOMES } from '../transcript-filters';
import { CONSOLE_PAGE_CSS } from './console-page-css';

// The support console's two shells. The server renders the frame and the filter
// choices; /assets/console.js fetches transcripts and insights and fills them in.

export interface ConsolePageInput {
  page: 'list' | 'detail';
  userEmail: string;
  /** The transcript of a detail page, as given in the URL (the API decides if it exists). */
  conversationId?: string;
  orgs?: { id: string; name: string }[];
  jobs?: { id: string; title: string; orgName: string }[];
  nonce?: string;
}

export const OUTCOME_LABELS: Record<string, string> = {
  open: 'Open',
  self_served: 'Self-served',
  escalated: 'Escalated',
  abandoned: 'Abandoned',
};

const RESOLUTION_LABELS: Record<ResolutionKind, string> = {
  verified: 'Verified: the link was used after',
  automated: 'Automated: no ticket, solved or quiet',
  handed_off: 'Handed off: a ticket was raised',
};

const option = (value: string, text: string) => `<option value="${escapeHtml(value)}">${escapeHtml(text)}</option>`;

function select(id: string, name: string, label: string, anyText: string, options: string[]): string {
  return `<div class="filter"><label for="${id}">${label}</label><select id="${id}" name="${name}">${option('', anyText)}${options.join('')}</select></div>`;
}

const RESOLUTION_OPTIONS = RESOLUTIONS.map((id) => option(id, RESOLUTION_LABELS[id]));

function filtersForm(input: ConsolePageInput): string {
  const scenarios = ALL_SCENARIOS.map((id) => option(id, scenarioLabel(id)));
  const outcomes = OUTCOMES.map((id) => option(id, OUTCOME_LABELS[id]));
  const orgs = (input.orgs ?? []).map((o) => option(o.id, o.name));
  const jobs = (input.jobs ?? []).map((j) => option(j.id, `${j.title} (${j.orgName})`));
  return `<form id="filters" class="filters" role="search" aria-label="Filter transcripts">
${select('f-scenario', 'scenario', 'Scenario', 'Any scenario', scenarios)}
${select('f-outcome', 'outcome', 'Outcome', 'Any outcome', outcomes)}
${select('f-resolution', 'resolution', 'Resolution', 'Any resolution', RESOLUTION_OPTIONS)}
${select('f-org', 'org', 'Organisation', 'Any organisation', orgs)}
${select('f-job', 'job', 'Job', 'Any job', jobs)}
<div class="filter"><label for="f-from">From</label><input id="f-from" name="from" type="date"></div>
<div class="filter"><label for="f-to">To</label><input id="f-to" name="to" type="date"></div>
<div class="filter wide"><label for="f-q">Search</label><input id="f-q" name="q" type="search" maxlength="200" autocomplete="off" placeholder="Candidate name or full email, ticket reference, words of a message or ticket"></div>
<div class="filter check"><input id="f-empty" name="includeEmpty" type="checkbox" value="true"><label for="f-empty">Show conversations nobody spoke in</label></div>
<div class="actions"><button type="submit" class="btn primary">Search</button><button type="reset" class="btn">Clear</button></div>
</form>`;
}

function listMain(input: ConsolePageInput): string {
  return `<h1 id="page-title">Support console</h1>
<p class="lead">Every chat with the bot, turn by turn, with the checks and the knowledge-base match behind each answer.</p>
${filtersForm(input)}
<section aria-labelledby="transcripts-title">
<h2 id="transcripts-title">Transcripts</h2>
<p class="exports"><span>Export these transcripts:</span>
<a id="export-json" href="/api/v1/transcripts/export?format=json">JSON</a>
<a id="export-csv" href="/api/v1/transcripts/export?format=csv">CSV, one row per conversation</a>
<a id="export-csv-turns" href="/api/v1/transcripts/export?format=csv&amp;granularity=turn">CSV, one row per turn</a></p>
<p id="list-status" class="status" role="status" aria-live="polite">Loading transcripts…</p>
<div id="transcript-list"></div>
<p class="more"><button type="button" id="load-more" class="btn" hidden>Show more</button></p>
</section>
<section class="card" aria-labelledby="insights-title">
<h2 id="insights-title">Insights</h2>
<p id="insights-status" class="status" role="status" aria-live="polite">Loading insights…</p>
<div id="insights"></div>
</section>`;
}

function detailMain(): string {
  return `<p class="back"><a href="/console">← All transcripts</a></p>
<div id="transcript" aria-busy="true"><h1 id="page-title">Transcript</h1>
<p id="detail-status" class="status" role="status" aria-live="polite">Loading the transcript…</p></div>`;
}

export function renderConsolePage(input: ConsolePageInput): string {
  return renderPageShell({
    title: input.page === 'list' ? 'Support console' : 'Transcript',
    brand: { href: '/console', text: 'Link help · Support console' },
    css: CONSOLE_PAGE_CSS,
    scriptSrc: '/assets/console.js',
    userEmail: input.userEmail,
    // The score under which the bot does not trust a match, for reading traces.
    data: { page: input.page, 'conversation-id': input.conversationId, threshold: String(CONFIDENT_MATCH) },
    main: input.page === 'list' ? listMain(input) : detailMain(),
    noscript: 'The support console needs JavaScript.',
    nonce: input.nonce,
  });
}

import type { InvitationKind } from '../diagnosis/diagnosis-types';
import type { ScenarioId } from '../diagnosis/scenario-ids';
import { escapeHtml } from '../http/escape-html';
import { nonceAttribute, renderDocument } from '../http/html-document';
import { formatDateTime } from '../knowledge/format-time';
import type { RenderedArticle } from '../knowledge/knowledge-types';
import { GATEWAY_PAGE_CSS } from './gateway-page-css';

// The page a candidate sees instead of their assessment when the link is dead.
// It must stand on its own: no JavaScript, any phone, any screen reader. The chat
// widget is a bonus loaded at the end. Every dynamic string is escaped, because
// job titles and article facts come from platforms and recruiters.

/** What the page may show about the link: only what its holder may know. */
export interface GatewayLinkView {
  /** A short status (`expired`) or the state scenario itself (`link-expired`). */
  status: string;
  /** The link's state scenario, when the view carries it apart from `status`. */
  state?: string;
  kind: InvitationKind;
  jobTitle: string | null;
  expiresAt?: Date | string | null;
}

export interface GatewayPageInput {
  scenario: ScenarioId;
  article: RenderedArticle;
  link: GatewayLinkView | null;
  widgetScriptUrl: string;
  token: string | null;
  /** CSP nonce for the inline style and the widget script. */
  nonce?: string;
}

const KIND_LABELS: Record<InvitationKind, string> = {
  assessment: 'Assessment',
  ai_interview: 'AI interview',
  video_interview: 'Video interview',
};

const STATUS_LABELS: Record<string, string> = {
  'link-not-found': 'Not found',
  'completed-unexpectedly': 'Closed by the platform',
  'already-completed': 'Completed',
  'job-closed': 'Job no longer open',
  'link-superseded': 'Replaced by a newer link',
  'link-revoked': 'Disabled by the company',
  'access-limit-exceeded': 'Locked after too many opens',
  'link-expired': 'Expired',
  'in-progress-resume': 'In progress',
  'link-valid': 'Ready to use',
};

function statusLabel(link: GatewayLinkView): string {
  const known = STATUS_LABELS[link.state ?? ''] ?? STATUS_LABELS[link.status];
  if (known) return known;
  const words = link.status.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function toDate(value: Date | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function row(label: string, valueHtml: string): string {
  return `<div class="fact"><dt>${escapeHtml(label)}</dt><dd>${valueHtml}</dd></div>`;
}

function linkSection(link: GatewayLinkView | null): string {
  if (!link) return '';
  const rows = [];
  if (link.jobTitle) rows.push(row('Position', escapeHtml(link.jobTitle)));
  rows.push(row('Type', escapeHtml(KIND_LABELS[link.kind] ?? link.kind)));
  rows.push(row('Status', escapeHtml(statusLabel(link))));
  const deadline = toDate(link.expiresAt);
  if (deadline) {
    const shown = formatDateTime(deadline, { timeZone: 'UTC', weekday: false });
    rows.push(row('Deadline', `<time datetime="${escapeHtml(deadline.toISOString())}">${escapeHtml(shown)}</time>`));
  }
  return section('link-heading', 'About this link', `<dl class="facts">${rows.join('')}</dl>`);
}

function section(id: string, heading: string, contentHtml: string): string {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(heading)}</h2>${contentHtml}</section>`;
}

function list(tag: 'ul' | 'ol', items: string[], className: string): string {
  if (items.length === 0) return '';
  return `<${tag} class="${className}">${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</${tag}>`;
}

function articleSections(article: RenderedArticle): string {
  const parts = [];
  if (article.facts.length > 0) parts.push(section('found-heading', 'What we found', list('ul', article.facts, 'found')));
  if (article.steps.length > 0) parts.push(section('steps-heading', 'What to do next', list('ol', article.steps, 'steps')));
  const related = article.related.map((entry) => entry.title);
  if (related.length > 0) parts.push(section('related-heading', 'Related questions', list('ul', related, 'related')));
  return parts.join('\n');
}

function widgetTag(input: GatewayPageInput): string {
  const token = input.token === null ? '' : ` data-token="${escapeHtml(input.token)}"`;
  return `<script src="${escapeHtml(input.widgetScriptUrl)}" async${token} data-open${nonceAttribute(input.nonce)}></script>`;
}

function eyebrow(link: GatewayLinkView | null): string {
  if (!link) return '';
  const parts = [link.jobTitle, KIND_LABELS[link.kind] ?? link.kind].filter((part): part is string => Boolean(part));
  return `<p class="eyebrow">${escapeHtml(parts.join(' · '))}</p>`;
}

/** A complete HTML5 document explaining why the link did not open and what to do. */
export function renderGatewayPage(input: GatewayPageInput): string {
  const { article, link } = input;
  return renderDocument({
    title: `${article.title} · Link help`,
    css: GATEWAY_PAGE_CSS,
    nonce: input.nonce,
    referrer: 'no-referrer',
    meta: { 'linkdoctor-scenario': input.scenario },
    body: `<a class="skip-link" href="#content">Skip to the answer</a>
<header class="masthead"><p class="brand">Link help</p></header>
<main id="content" tabindex="-1">
<article class="card">
${eyebrow(link)}
<h1>${escapeHtml(article.title)}</h1>
<p class="summary">${escapeHtml(article.summary)}</p>
${linkSection(link)}
${articleSections(article)}
<noscript><p class="note">The chat assistant needs JavaScript, but everything you need is on this page.</p></noscript>
</article>
</main>
${widgetTag(input)}`,
  });
}

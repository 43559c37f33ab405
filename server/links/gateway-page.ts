import { STATE_SCENARIOS } from '../diagnosis/scenario-ids';
import type { InvitationKind } from '../diagnosis/diagnosis-types';
import type { ScenarioId } from '../diagnosis/scenario-ids';
import { escapeHtml } from '../http/escape-html';
import { nonceAttribute, renderDocument } from '../http/html-document';
import { formatDateTime } from '../knowledge/format-time';
import type { RenderedArticle } from '../knowledge/knowledge-types';
import { fill } from '../../widget/messages/catalogue';
import type { GatewayCatalogue, GatewayMessageKey } from '../../widget/messages/en';
import { directionOf, gatewayWordsIn } from '../i18n/gateway-words';
import type { Locale } from '../i18n/locales';
import { linkify } from '../../widget/rich-text';
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
  /** Module URLs the widget imports at once (`<link rel="modulepreload">`). */
  widgetPreloads?: string[];
  token: string | null;
  /** CSP nonce for the inline style and the widget script. */
  nonce?: string;
  /** The page's language (the article's own when it had to fall back to English). */
  language?: Locale;
  /** Set when the link itself chose the language (`?lang=`): the widget is pinned to it too. */
  pinnedLanguage?: Locale;
  /** Moments the article's facts name (deadline, start, completion…): shown in the reader's zone once the page runs. */
  times?: Date[];
}

// Every sentence comes from the message catalogue (widget/messages/<locale>.ts).
interface Words {
  say: (key: GatewayMessageKey, values?: Record<string, string>) => string;
  known: (key: string) => string | undefined;
  language: Locale;
}

function wordsOf(language: Locale): Words {
  const catalogue: GatewayCatalogue = gatewayWordsIn(language);
  return {
    say: (key, values) => fill(catalogue[key], values),
    known: (key) => (Object.prototype.hasOwnProperty.call(catalogue, key) ? catalogue[key as GatewayMessageKey] : undefined),
    language,
  };
}

const kindLabel = (kind: InvitationKind, { known }: Words) => known(`gateway.kind.${kind}`) ?? kind;

function statusLabel(link: GatewayLinkView, { known }: Words): string {
  const label = known(`gateway.status.${link.state ?? ''}`) ?? known(`gateway.status.${link.status}`);
  if (label) return label;
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

function linkSection(link: GatewayLinkView | null, words: Words): string {
  if (!link) return '';
  const { say } = words;
  const rows = [];
  if (link.jobTitle) rows.push(row(say('gateway.fact.position'), escapeHtml(link.jobTitle)));
  rows.push(row(say('gateway.fact.type'), escapeHtml(kindLabel(link.kind, words))));
  rows.push(row(say('gateway.fact.status'), escapeHtml(statusLabel(link, words))));
  const deadline = toDate(link.expiresAt);
  if (deadline) {
    const shown = formatDateTime(deadline, { timeZone: 'UTC', weekday: false, language: words.language });
    rows.push(row(say('gateway.fact.deadline'), `<time datetime="${escapeHtml(deadline.toISOString())}" data-local>${escapeHtml(shown)}</time>`));
  }
  return section('link-heading', say('gateway.section.link'), `<dl class="facts">${rows.join('')}</dl>`);
}

function section(id: string, heading: string, contentHtml: string): string {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(heading)}</h2>${contentHtml}</section>`;
}

/** Escaped text in which addresses become mailto: links and the service's URLs real links. */
function linkedHtml(text: string): string {
  return linkify(text)
    .map((part) => ('href' in part ? `<a href="${escapeHtml(part.href)}">${escapeHtml(part.text)}</a>` : escapeHtml(part.text)))
    .join('');
}

function list(tag: 'ul' | 'ol', items: string[], className: string, linked = false): string {
  if (items.length === 0) return '';
  const html = (item: string) => (linked ? linkedHtml(item) : escapeHtml(item));
  return `<${tag} class="${className}">${items.map((item) => `<li>${html(item)}</li>`).join('')}</${tag}>`;
}

/**
 * The facts name moments as the server could write them, in UTC; each becomes a
 * `<time>` the page script rewrites in the reader's zone (the same text the article
 * renderer gave, so it is found exactly).
 */
function withLocalTimes(html: string, times: readonly Date[], language: Locale): string {
  let marked = html;
  for (const time of times) {
    const shown = escapeHtml(formatDateTime(time, { timeZone: 'UTC', language }));
    marked = marked.split(shown).join(`<time datetime="${time.toISOString()}" data-local data-weekday>${shown}</time>`);
  }
  return marked;
}

function articleSections(article: RenderedArticle, { say, language }: Words, times: readonly Date[]): string {
  const parts = [];
  if (article.facts.length > 0)
    parts.push(section('found-heading', say('gateway.section.found'), withLocalTimes(list('ul', article.facts, 'found', true), times, language)));
  if (article.steps.length > 0) parts.push(section('steps-heading', say('gateway.section.steps'), list('ol', article.steps, 'steps', true)));
  const related = article.related.map((entry) => entry.title);
  if (related.length > 0) parts.push(section('related-heading', say('gateway.section.related'), list('ul', related, 'related')));
  return parts.join('\n');
}

// The widget starts from what the page shows (embed-config.ts): a short line that
// refers to this answer at once, instead of the same article again after a round trip.
function widgetTag(input: GatewayPageInput): string {
  const token = input.token === null ? '' : ` data-token="${escapeHtml(input.token)}"`;
  const related = JSON.stringify(input.article.related.map(({ id, title }) => ({ id, title })));
  const answer = ` data-answer="${escapeHtml(input.scenario)}" data-answer-title="${escapeHtml(input.article.title)}" data-answer-related="${escapeHtml(related)}"`;
  const locale = input.pinnedLanguage ? ` data-locale="${escapeHtml(input.pinnedLanguage)}"` : '';
  return `<script src="${escapeHtml(input.widgetScriptUrl)}" async${token}${answer}${locale} data-open${nonceAttribute(input.nonce)}></script>`;
}

function eyebrow(link: GatewayLinkView | null, words: Words): string {
  if (!link) return '';
  const parts = [link.jobTitle, kindLabel(link.kind, words)].filter((part): part is string => Boolean(part));
  return `<p class="eyebrow">${escapeHtml(parts.join(' · '))}</p>`;
}

/**
/**
 * Rewrites every `<time data-local>` in the reader's own time zone (the server only
 * knows UTC, which stays the text without JavaScript and the tooltip with it), laid
 * out as the browser's own variant of the page's language (en-GB: "30 Nov 2026, 16:17 CET").
 */
const LOCAL_TIMES_JS = `var lang=document.documentElement.lang,nav=navigator.language||'',loc=nav.toLowerCase().indexOf(lang)===0?nav:lang;
document.querySelectorAll('time[data-local]').forEach(function(t){var d=new Date(t.dateTime);if(isNaN(d.getTime()))return;try{var o={day:'numeric',month:'short',year:'numeric',hour:'2-digit',minute:'2-digit',timeZoneName:'short'};if(t.hasAttribute('data-weekday'))o.weekday='short';var shown=new Intl.DateTimeFormat(loc,o).format(d);t.title=t.textContent;t.textContent=shown;}catch(e){}});`;

/**
 * Redraws the card when the chat reports a new state for this link (a recruiter
 * extended it, a newer link was sent): the widget's `linkdoctor:message` event
 * carries the bot's announcement and, when the link works again, its Open action.
 */
function liveUpdateJs({ say }: Words): string {
  const states = JSON.stringify(STATE_SCENARIOS);
  const title = JSON.stringify(say('gateway.changed.title'));
  return `var states=${states},title=${title},meta=document.querySelector('meta[name="linkdoctor-scenario"]'),current=meta?meta.content:'';
document.addEventListener('linkdoctor:message',function(e){var d=e.detail||{};if(d.role!=='bot'||!d.scenario||d.scenario===current||states.indexOf(d.scenario)<0)return;current=d.scenario;
var card=document.querySelector('.card');if(!card)return;var h=document.createElement('h1');h.textContent=title;var p=document.createElement('p');p.className='summary';p.textContent=d.text;
var kept=[h,p];(d.quickReplies||[]).forEach(function(a){if(!a.href)return;var l=document.createElement('a');l.className='button';l.href=a.href;l.textContent=a.label;kept.push(l);});
card.replaceChildren.apply(card,kept);document.title=title;h.setAttribute('tabindex','-1');});`;
}

/** The page's one inline script (the CSP allows it by nonce): live redraws and local times. */
function pageScript(input: GatewayPageInput, words: Words): string {
  return `<script${nonceAttribute(input.nonce)}>(function(){${liveUpdateJs(words)}
${LOCAL_TIMES_JS}})();</script>`;
}

/** A complete HTML5 document explaining why the link did not open and what to do. */
export function renderGatewayPage(input: GatewayPageInput): string {
  const { article, link } = input;
  const language = input.language ?? 'en';
  const words = wordsOf(language);
  const { say } = words;
  return renderDocument({
    lang: language,
    dir: directionOf(language),
    title: say('gateway.title', { title: article.title }),
    css: GATEWAY_PAGE_CSS,
    nonce: input.nonce,
    referrer: 'no-referrer',
    modulePreloads: input.widgetPreloads,
    meta: { 'linkdoctor-scenario': input.scenario },
    body: `<a class="skip-link" href="#content">${escapeHtml(say('gateway.skip'))}</a>
<header class="masthead"><p class="brand">${escapeHtml(say('gateway.brand'))}</p></header>
<main id="content" tabindex="-1">
<article class="card"${article.locale === language ? '' : ` lang="${escapeHtml(article.locale)}"`}>
${article.notice ? `<p class="note" lang="${escapeHtml(language)}">${escapeHtml(article.notice)}</p>` : ''}
${eyebrow(link, words)}
<h1>${escapeHtml(article.title)}</h1>
<p class="summary">${escapeHtml(article.summary)}</p>
${linkSection(link, words)}
${articleSections(article, words, input.times ?? [])}
<noscript><p class="note">${escapeHtml(say('gateway.noscript'))}</p></noscript>
</article>
</main>
${pageScript(input, words)}
${widgetTag(input)}`,
  });
}

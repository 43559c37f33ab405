import { escapeHtml } from '../http/escape-html';
import { nonceAttribute, renderDocument } from '../http/html-document';
import { GATEWAY_PAGE_CSS } from './gateway-page-css';

// Pages of the gateway that explain no link's state: the one shown to a machine
// fetching a candidate's link (it must not learn, count or spend anything), and the
// one shown to an address that has looked up too many unknown links.

export interface NoticePageInput {
  title: string;
  summary: string;
  steps: string[];
  /** The chat widget for a person who may need help; none for machines. */
  widgetScriptUrl?: string;
  nonce?: string;
}

export function renderNoticePage(input: NoticePageInput): string {
  const steps = input.steps.map((step) => `<li>${escapeHtml(step)}</li>`).join('');
  const widget = input.widgetScriptUrl ? `<script src="${escapeHtml(input.widgetScriptUrl)}" async data-open${nonceAttribute(input.nonce)}></script>` : '';
  return renderDocument({
    title: `${input.title} · Link help`,
    css: GATEWAY_PAGE_CSS,
    nonce: input.nonce,
    referrer: 'no-referrer',
    body: `<header class="masthead"><p class="brand">Link help</p></header>
<main id="content" tabindex="-1">
<article class="card">
<h1>${escapeHtml(input.title)}</h1>
<p class="summary">${escapeHtml(input.summary)}</p>
${steps ? `<ol class="steps">${steps}</ol>` : ''}
</article>
</main>
${widget}`,
  });
}

/** For link scanners and previews: says nothing about the link and does not open it. */
export const automatedNotice = (): NoticePageInput => ({
  title: 'Personal link',
  summary: 'This is a personal link to an assessment or interview. It opens only when its recipient clicks it in a browser.',
  steps: [],
});

export const throttledNotice = (retryAfterSeconds: number, widgetScriptUrl: string, nonce?: string): NoticePageInput => {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return {
    title: 'Too many unknown links',
    summary: `Many links that do not exist were opened from your network recently, so we paused checking new ones for ${minutes} minute${minutes === 1 ? '' : 's'}. A valid link still opens.`,
    steps: [
      'Copy the link again from your invitation email, the whole of it, and open it.',
      `If it still does not work, try again in ${minutes} minute${minutes === 1 ? '' : 's'} or ask the assistant on this page.`,
    ],
    widgetScriptUrl,
    nonce,
  };
};

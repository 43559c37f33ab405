import { escapeHtml } from './escape-html';
import { renderDocument } from './html-document';

// The frame of the signed-in pages (recruiter inbox, support console): header with
// who is signed in, a skip link, one stylesheet and one script, both under the
// request's CSP nonce. No inline script, ever: the CSP allows 'self' and the nonce
// only. `main` is trusted HTML built by the caller with escapeHtml; everything else
// is escaped here.

export interface PageShellInput {
  /** Before " · Link help" in <title>. */
  title: string;
  brand: { href: string; text: string };
  css: string;
  /** Same-origin path of the page's one script. */
  scriptSrc: string;
  userEmail: string;
  /** `data-*` attributes of <body>, for the script (undefined values are left out). */
  data?: Record<string, string | undefined>;
  main: string;
  /** Shown when JavaScript is off. */
  noscript: string;
  nonce?: string;
}

export function renderPageShell(input: PageShellInput): string {
  return renderDocument({
    title: `${input.title} · Link help`,
    css: input.css,
    nonce: input.nonce,
    referrer: 'same-origin',
    script: input.scriptSrc,
    data: input.data,
    body: `<a class="skip-link" href="#main">Skip to content</a>
<header class="top">
<a class="brand" href="${escapeHtml(input.brand.href)}">${escapeHtml(input.brand.text)}</a>
<div class="who"><span>${escapeHtml(input.userEmail)}</span><button type="button" id="sign-out" class="link-button">Sign out</button></div>
</header>
<main id="main" tabindex="-1">
${input.main}
<noscript><p class="notice">${escapeHtml(input.noscript)}</p></noscript>
</main>`,
  });
}

import { escapeHtml } from './escape-html';

// The frame of the signed-in pages (support console; the recruiter inbox has the
// same one): header with who is signed in, a skip link, one stylesheet and one
// script, both under the request's CSP nonce. No inline script, ever: the CSP
// allows 'self' and the nonce only. `main` is trusted HTML built by the caller
// with escapeHtml; everything else is escaped here.

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

function dataAttributes(data: Record<string, string | undefined>): string {
  return Object.entries(data)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` data-${escapeHtml(name)}="${escapeHtml(value as string)}"`)
    .join('');
}

export function renderPageShell(input: PageShellInput): string {
  const nonce = input.nonce ? ` nonce="${escapeHtml(input.nonce)}"` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<title>${escapeHtml(input.title)} · Link help</title>
<style${nonce}>${input.css}</style>
<script src="${escapeHtml(input.scriptSrc)}" defer${nonce}></script>
</head>
<body${dataAttributes(input.data ?? {})}>
<a class="skip-link" href="#main">Skip to content</a>
<header class="top">
<a class="brand" href="${escapeHtml(input.brand.href)}">${escapeHtml(input.brand.text)}</a>
<div class="who"><span>${escapeHtml(input.userEmail)}</span><button type="button" id="sign-out" class="link-button">Sign out</button></div>
</header>
<main id="main" tabindex="-1">
${input.main}
<noscript><p class="notice">${escapeHtml(input.noscript)}</p></noscript>
</main>
</body>
</html>
`;
}

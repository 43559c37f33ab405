import { escapeHtml } from './escape-html';

// The one HTML5 skeleton of every server-rendered page (sign-in, gateway, inbox,
// console, demo), so the meta tags and the CSP nonce are handled in one place.
// `css` and `body` are trusted HTML built by the caller with escapeHtml; everything
// else is escaped here.

export interface HtmlDocumentInput {
  /** The whole <title> text. */
  title: string;
  css: string;
  /** CSP nonce for the inline style and the head script. */
  nonce?: string;
  /** Left out when the page relies on the Referrer-Policy header alone. */
  referrer?: 'same-origin' | 'no-referrer';
  /** Extra `<meta name content>` tags, after the standard ones. */
  meta?: Record<string, string>;
  /** Same-origin path of a deferred script in <head>. */
  script?: string;
  /** ES modules a script on the page will import: fetched with the page, not after its script. */
  modulePreloads?: string[];
  /** `data-*` attributes of <body>, for the page script (undefined values are left out). */
  data?: Record<string, string | undefined>;
  body: string;
  /** The page's language (`<html lang>`); English when absent. */
  lang?: string;
  /** Writing direction of that language; every language served today is `ltr`. */
  dir?: 'ltr' | 'rtl';
}

/** ` nonce="…"` for a tag the CSP must allow, or nothing without a nonce. */
export function nonceAttribute(nonce: string | undefined): string {
  return nonce ? ` nonce="${escapeHtml(nonce)}"` : '';
}

function dataAttributes(data: Record<string, string | undefined>): string {
  return Object.entries(data)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` data-${escapeHtml(name)}="${escapeHtml(value as string)}"`)
    .join('');
}

function headTags(input: HtmlDocumentInput, nonce: string): string[] {
  const meta = Object.entries(input.meta ?? {}).map(([name, content]) => `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">`);
  return [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Pages behind tokens and sign-in: nothing here belongs in a search engine.
    '<meta name="robots" content="noindex, nofollow">',
    ...(input.referrer ? [`<meta name="referrer" content="${input.referrer}">`] : []),
    ...meta,
    `<title>${escapeHtml(input.title)}</title>`,
    `<style${nonce}>${input.css}</style>`,
    ...(input.script ? [`<script src="${escapeHtml(input.script)}" defer${nonce}></script>`] : []),
    ...(input.modulePreloads ?? []).map((href) => `<link rel="modulepreload" href="${escapeHtml(href)}">`),
  ];
}

export function renderDocument(input: HtmlDocumentInput): string {
  return `<!doctype html>
<html lang="${escapeHtml(input.lang ?? 'en')}" dir="${input.dir ?? 'ltr'}">
<head>
${headTags(input, nonceAttribute(input.nonce)).join('\n')}
</head>
<body${dataAttributes(input.data ?? {})}>
${input.body}
</body>
</html>
`;
}

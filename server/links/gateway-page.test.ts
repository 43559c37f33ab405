import { formatDateTime } from '../knowledge/format-time';
import type { RenderedArticle } from '../knowledge/knowledge-types';
import { GATEWAY_PAGE_CSS } from './gateway-page-css';
import { renderGatewayPage, type GatewayPageInput } from './gateway-page';

const HOSTILE = `<script>alert("pwned")</script> & 'friends'`;

function article(overrides: Partial<RenderedArticle> = {}): RenderedArticle {
  return {
    id: 'link-expired',
    locale: 'en',
    title: 'Your link has expired',
    audience: 'candidate',
    version: 1,
    summary: 'The deadline for this assessment has passed.',
    steps: ['Reply to the invitation email and ask for a new link.', 'Start as soon as it arrives.'],
    facts: ['It expired on 24 Nov 2026, 16:00 UTC.'],
    body: 'unused here',
    related: [{ id: 'extension-request', title: 'Can I get more time?' }],
    offerEscalation: true,
    ...overrides,
  };
}

function page(overrides: Partial<GatewayPageInput> = {}): string {
  return renderGatewayPage({
    scenario: 'link-expired',
    article: article(),
    link: { status: 'link-expired', kind: 'assessment', jobTitle: 'Backend Engineer', expiresAt: new Date('2026-11-24T16:00:00Z') },
    widgetScriptUrl: 'https://help.example.com/widget.js',
    token: 'q3Zx-8_Lm2PvT9wKd4RbN7yHc1Fg6JsA0eUo5ViXtY',
    ...overrides,
  });
}

/** The visible text without any markup, as a no-JS reader (or a screen reader) gets it. */
const textOf = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('renderGatewayPage: content without JavaScript', () => {
  it('is a complete, accessible HTML5 document', () => {
    const html = page();
    expect(html.startsWith('<!doctype html>\n<html lang="en" dir="ltr">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<title>Your link has expired · Link help</title>');
    expect(html.match(/<main[\s>]/g)).toHaveLength(1);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<a class="skip-link" href="#content">');
    expect(html).toContain('<main id="content"');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('shows the title, summary, facts, numbered steps and related questions as text', () => {
    const html = page();
    const text = textOf(html);
    for (const visible of [
      'Your link has expired',
      'The deadline for this assessment has passed.',
      'It expired on 24 Nov 2026, 16:00 UTC.',
      'Reply to the invitation email and ask for a new link.',
      'Start as soon as it arrives.',
      'Can I get more time?',
      'Backend Engineer',
      'Assessment',
      'Expired',
    ]) {
      expect(text).toContain(visible);
    }
    expect(html).toMatch(/<ol class="steps"><li>Reply to the invitation email[^<]*<\/li><li>Start as soon/);
    expect(html).toContain('<time datetime="2026-11-24T16:00:00.000Z" data-local>24 Nov 2026, 16:00 UTC</time>');
    expect(html).toContain('<noscript>');
  });

  it('links to related questions only as plain text', () => {
    const related = page().split('id="related-heading"')[1].split('</section>')[0];
    expect(related).toContain('<li>Can I get more time?</li>');
    expect(related).not.toContain('<a');
  });

  it('leaves out what is unknown: no link section for an unknown token, no empty lists', () => {
    const html = page({ scenario: 'link-not-found', link: null, token: null, article: article({ facts: [], related: [] }) });
    expect(html).not.toContain('About this link');
    expect(html).not.toContain('What we found');
    expect(html).not.toContain('Related questions');
    expect(html).not.toContain('<ul');
    expect(html).toContain('What to do next');
    expect(html).toContain('<meta name="linkdoctor-scenario" content="link-not-found">');
  });

  it('labels the status from the state scenario, or from a short status alone', () => {
    const view = { kind: 'assessment' as const, jobTitle: 'QA' };
    const statusOf = (html: string) => /<dt>Status<\/dt><dd>([^<]*)<\/dd>/.exec(html)?.[1];
    expect(statusOf(page({ link: { ...view, status: 'access_limit_exceeded', state: 'access-limit-exceeded' } }))).toBe('Locked after too many opens');
    expect(statusOf(page({ link: { ...view, status: 'link-superseded' } }))).toBe('Replaced by a newer link');
    expect(statusOf(page({ link: { ...view, status: 'job_closed' } }))).toBe('Job closed');
  });

  it("marks the facts' moments for the reader's zone, as the article wrote them in UTC, and nothing else", () => {
    const started = new Date('2026-11-23T09:30:00Z');
    const written = formatDateTime(started, { timeZone: 'UTC' });
    const facts = [`You started it on ${written}.`, 'It expired on 24 Nov 2026, 16:00 UTC.'];
    const html = page({ article: article({ facts }), times: [started, new Date('2026-11-24T16:00:00Z')] });
    expect(html).toContain(`<time datetime="2026-11-23T09:30:00.000Z" data-local data-weekday>${written}</time>`);
    // The UTC reference without a weekday ("16:00 UTC") is not the local form: it stays text.
    expect(html).toContain('<li>It expired on 24 Nov 2026, 16:00 UTC.</li>');
    expect(textOf(html)).toContain(`You started it on ${written}`); // without JavaScript: the UTC text
  });

  it('accepts a deadline as an ISO string and drops an invalid one', () => {
    const link = { status: 'job-closed', kind: 'video_interview' as const, jobTitle: null, expiresAt: '2026-01-02T03:04:05Z' };
    const html = page({ link });
    expect(html).toContain('datetime="2026-01-02T03:04:05.000Z"');
    expect(textOf(html)).toContain('Video interview');
    expect(textOf(html)).toContain('Job no longer open');
    expect(html).not.toContain('Position');
    expect(page({ link: { ...link, expiresAt: 'not a date' } })).not.toContain('<time');
  });
});

describe('renderGatewayPage: escaping', () => {
  it('escapes a hostile job title, article text and related titles everywhere', () => {
    const html = page({
      link: { status: HOSTILE, kind: 'assessment', jobTitle: HOSTILE },
      article: article({
        title: HOSTILE,
        summary: HOSTILE,
        facts: [HOSTILE],
        steps: [HOSTILE],
        related: [{ id: 'contact-recruiter', title: HOSTILE }],
      }),
    });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain(`'friends'`);
    expect(html.match(/<script/g)).toHaveLength(2); // the widget tag and the page's own live-update script (nonce)
    expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; &#39;friends&#39;');
    expect(html).toContain('<title>&lt;script&gt;');
  });

  it('escapes attribute values of the widget tag and the nonce', () => {
    const html = page({ widgetScriptUrl: 'https://x.test/w.js?a=1&b="><img src=x>', token: '"><b>', nonce: 'n"o' });
    expect(html).toContain('src="https://x.test/w.js?a=1&amp;b=&quot;&gt;&lt;img src=x&gt;"');
    expect(html).toContain('data-token="&quot;&gt;&lt;b&gt;"');
    expect(html).toContain('<style nonce="n&quot;o">');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
  });
});

describe('renderGatewayPage: widget and CSP', () => {
  it('ends with the widget tag carrying the token, what the page shows, and opening the panel', () => {
    const html = page();
    const related = '[{&quot;id&quot;:&quot;extension-request&quot;,&quot;title&quot;:&quot;Can I get more time?&quot;}]';
    expect(html).toContain(
      '<script src="https://help.example.com/widget.js" async data-token="q3Zx-8_Lm2PvT9wKd4RbN7yHc1Fg6JsA0eUo5ViXtY"' +
        ` data-answer="link-expired" data-answer-title="Your link has expired" data-answer-related="${related}" data-open></script>\n</body>`,
    );
  });

  it('makes addresses in facts and steps mailto links, escaped, and leaves other text alone', () => {
    const html = page({ article: article({ steps: ['Write to riley@acme.example.com <now>.'], facts: ['Sent to j***@example.com'] }) });
    expect(html).toContain('<li>Write to <a href="mailto:riley@acme.example.com">riley@acme.example.com</a> &lt;now&gt;.</li>');
    expect(html).toContain('<li>Sent to j***@example.com</li>');
  });

  it("preloads the widget's first modules in <head>, so they load with the page", () => {
    const html = page({ widgetPreloads: ['https://help.example.com/widget/main-ABCD1234.js'] });
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<link rel="modulepreload" href="https://help.example.com/widget/main-ABCD1234.js">');
    expect(page()).not.toContain('modulepreload');
  });

  it('omits data-token when there is no token', () => {
    const html = page({ token: null });
    expect(html).toMatch(/<script src="https:\/\/help.example.com\/widget.js" async data-answer="link-expired"[^>]* data-open><\/script>/);
    expect(html).not.toContain('data-token');
  });

  it('puts the nonce on the inline style and the script, and nowhere without one', () => {
    const withNonce = page({ nonce: 'abc123' });
    expect(withNonce).toContain('<style nonce="abc123">');
    expect(withNonce).toContain('data-open nonce="abc123"></script>');
    expect(page()).not.toContain('nonce=');
    expect(withNonce).not.toMatch(/ style="/); // no inline style attributes a CSP would block
    expect(withNonce).not.toMatch(/ on[a-z]+="/); // no inline event handlers either
  });
});

describe('gateway page CSS', () => {
  const luminance = (hex: string) => {
    const channel = (i: number) => {
      const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const palettes = [...GATEWAY_PAGE_CSS.matchAll(/--bg: (#\w+); --card: (#\w+); --text: (#\w+); --muted: (#\w+);[\s\S]*?--accent: (#\w+);/g)];

  it('meets WCAG AA contrast in both colour schemes', () => {
    expect(palettes).toHaveLength(2);
    for (const [, bg, card, text, muted, accent] of palettes) {
      for (const surface of [bg, card]) {
        expect(contrast(text, surface)).toBeGreaterThanOrEqual(7);
        expect(contrast(muted, surface)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(accent, surface)).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('is fluid for small phones and shows focus', () => {
    expect(GATEWAY_PAGE_CSS).toContain('system-ui');
    expect(GATEWAY_PAGE_CSS).toContain(':focus-visible');
    expect(GATEWAY_PAGE_CSS).toContain('max-width: 42rem');
    expect(GATEWAY_PAGE_CSS).not.toMatch(/(?<!max-)width: \d{3,}px/); // no fixed widths wider than a phone
  });
});

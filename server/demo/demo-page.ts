import { escapeHtml } from '../http/escape-html';
import { nonceAttribute, renderDocument } from '../http/html-document';
import type { DemoLink } from './seed-demo';

// The page at `/`: every demo link by scenario, each with a way to ask the chat
// about it, and the widget itself (which asks for a link when it has none).

export interface DemoPageInput {
  links: DemoLink[];
  /** The link the chat was opened for (`/?link=…`), shown to the widget as `data-link`. */
  chatLink?: string;
  nonce?: string;
}

const CSS = `
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: #1d2430; }
h1 { margin-bottom: .25rem; } h2 { margin-top: 2rem; font-size: 1.15rem; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #dde2ea; vertical-align: top; }
td code { word-break: break-all; font-size: .85rem; } .note { color: #4a5565; }
.demo-banner { background: #fff4d6; border: 1px solid #e0b84c; padding: .6rem .8rem; border-radius: .4rem; }`;

function orgTable(org: string, links: DemoLink[]): string {
  const rows = links.map((link) => {
    const chat = `/?link=${encodeURIComponent(link.url)}`;
    return (
      `<tr><td>${escapeHtml(link.scenario)}</td><td><a href="${escapeHtml(link.url)}"><code>${escapeHtml(link.url)}</code></a></td>` +
      `<td><a href="${escapeHtml(chat)}">Ask the chat</a></td></tr>`
    );
  });
  return `<h2>${escapeHtml(org)}</h2>
<table><thead><tr><th scope="col">Scenario</th><th scope="col">Link (opens the gateway)</th><th scope="col">Chat</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>`;
}

function groupByOrg(links: DemoLink[]): Map<string, DemoLink[]> {
  const groups = new Map<string, DemoLink[]>();
  for (const link of links) groups.set(link.org, [...(groups.get(link.org) ?? []), link]);
  return groups;
}

export function renderDemoPage(input: DemoPageInput): string {
  const tables = [...groupByOrg(input.links)].map(([org, links]) => orgTable(org, links));
  const content =
    tables.length > 0 ? tables.join('\n') : '<p class="note">No demo data in this store (it is seeded only into an empty embedded store, or with DEMO=on).</p>';
  const chatLink = input.chatLink ? ` data-link="${escapeHtml(input.chatLink)}" data-open` : '';
  return renderDocument({
    title: 'linkdoctor demo',
    css: CSS,
    nonce: input.nonce,
    body: `<main>
<h1>linkdoctor demo</h1>
<p class="demo-banner" role="note"><strong>This is a demo.</strong> The organisations, candidates and links below are
sample data made when this store was first started; links created later, even with the demo API keys, are not listed here.</p>
<p class="note">Hiring links in every state. Open one to see what a candidate sees, or ask the chat about it.
The chat button at the bottom right also takes a pasted link or a question.</p>
<p class="note" id="staff">Staff side: the <a href="/inbox">recruiter inbox</a> (tickets and one-click fixes) and the
<a href="/console">support console</a> (every chat, turn by turn, and insights). Sign in with the demo logins printed once in the
server's output when the demo data was created.</p>
${content}
</main>
<script src="/widget.js" async${chatLink}${nonceAttribute(input.nonce)}></script>`,
  });
}

import { h } from '../../../widget/dom';

// DOM helpers for the inbox (and the support console). Every string from the API
// enters through textContent: descriptions, names and transcripts are written by
// candidates and platforms. The element factory is the widget's, so every browser
// script builds elements the same way; the import runs one way only, so nothing of
// the inbox reaches the widget bundle.

export { h };

/** A `<dl>` of label → value rows; rows without a value are left out. */
export function facts(rows: [string, Node | string | null | undefined][]): HTMLDListElement {
  const dl = h('dl', { class: 'facts' });
  for (const [label, value] of rows) {
    if (value === null || value === undefined || value === '') continue;
    dl.append(h('dt', { text: label }), h('dd', {}, [value]));
  }
  return dl;
}

export function card(title: string, id: string, children: Node[]): HTMLElement {
  return h('section', { class: 'card', attrs: { 'aria-labelledby': id } }, [h('h2', { text: title, attrs: { id } }), ...children]);
}

/** `link-expired` → `Link expired`. */
export function humanize(value: string): string {
  const words = value.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const STATUS_LABELS: Record<string, string> = { open: 'Open', in_progress: 'In progress', resolved: 'Resolved' };

export function statusBadge(status: string): HTMLElement {
  return h('span', { class: `badge ${status}`, text: STATUS_LABELS[status] ?? humanize(status) });
}

// Finds what in a server message should be a real link: email addresses (mailto:) and
// the http(s) links the service wrote. Pure, so the rules are unit-tested; the DOM
// side builds <a> elements with textContent only (message-view.ts).

export type Segment = { text: string } | { text: string; href: string };

// An address or a URL; trailing punctuation belongs to the sentence, not the link.
const LINKABLE = /([\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’])/g;

export function linkify(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(LINKABLE)) {
    const start = match.index ?? 0;
    if (start > last) segments.push({ text: text.slice(last, start) });
    const [whole, email] = match;
    segments.push({ text: whole, href: email ? `mailto:${email}` : whole });
    last = start + whole.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

const STEP = /^\s*\d+[.)]\s/;
/** Steps shown before "Show all steps". */
export const VISIBLE_STEPS = 3;

/**
 * A long answer's lines in three parts: what is always shown (summary and the first
 * steps), the further steps behind "Show all steps", and what follows the steps
 * ("Did this help?"). `hidden` is empty when there are few steps.
 */
export function splitSteps(lines: string[]): { shown: string[]; hidden: string[]; after: string[] } {
  const steps = lines.flatMap((line, i) => (STEP.test(line) ? [i] : []));
  if (steps.length <= VISIBLE_STEPS + 1) return { shown: lines, hidden: [], after: [] };
  const from = steps[VISIBLE_STEPS];
  const to = steps[steps.length - 1] + 1;
  return { shown: lines.slice(0, from), hidden: lines.slice(from, to), after: lines.slice(to) };
}

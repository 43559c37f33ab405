// One chat message as DOM. Server text goes in through textContent only; addresses
// and the service's links become <a> elements (rich-text.ts), dates show in the
// candidate's own time zone, and a long answer shows its first steps.
import type { ChatMessage, ChatMessageFacts } from '../server/chat/chat-events';
import { h, srText } from './dom';
import { currentIntlTag, t, type MessageKey } from './messages/catalogue';
import { linkify, splitSteps } from './rich-text';

export type Delivery = 'sending' | 'queued' | 'sent' | 'failed';

function validDate(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function format(date: Date, options: Intl.DateTimeFormatOptions, fallback: string): string {
  try {
    return new Intl.DateTimeFormat(currentIntlTag(), options).format(date);
  } catch {
    return fallback;
  }
}

/** A full date and time with its zone name, in the browser's zone and the widget's language. */
export function formatLocalDateTime(iso: string | undefined, timeZone?: string): string | undefined {
  const date = validDate(iso);
  if (!date) return undefined;
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  };
  return format(date, options, date.toString());
}

/** A message's time: the clock today, with the date on older messages. */
export function messageTime(date: Date, now = new Date()): string {
  const today = date.toDateString() === now.toDateString();
  const options: Intl.DateTimeFormatOptions = today
    ? { hour: '2-digit', minute: '2-digit' }
    : { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', ...(date.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }) };
  return format(date, options, date.toISOString().slice(0, 16).replace('T', ' '));
}

/** Deadline lines for the facts that carry one, so nobody converts zones by hand. */
export function deadlineLines(facts: ChatMessageFacts | undefined, timeZone?: string): string[] {
  const lines: string[] = [];
  const deadline = formatLocalDateTime(facts?.deadline, timeZone);
  if (deadline) lines.push(t('widget.message.deadline', { date: deadline }));
  const newest = formatLocalDateTime(facts?.newestLink?.deadline, timeZone);
  if (newest) lines.push(t('widget.message.newestDeadline', { date: newest }));
  return lines;
}

function textBlock(lines: string[], className: string, linked: boolean): HTMLElement {
  const text = lines.join('\n');
  const el = h('p', { class: className });
  if (!linked) el.textContent = text;
  else {
    for (const part of linkify(text)) {
      if (!('href' in part)) el.append(part.text);
      else el.append(h('a', { text: part.text, attrs: { href: part.href, target: '_blank', rel: 'noopener noreferrer' } }));
    }
  }
  return el;
}

// Summary and first steps; the further steps behind a toggle that says what it does.
function body(message: ChatMessage, linked: boolean): HTMLElement[] {
  const { shown, hidden, after } = splitSteps(message.text.split('\n'));
  if (hidden.length === 0) return [textBlock(shown, 'text', linked)];
  const more = textBlock(hidden, 'text more', linked);
  more.id = `more-${message.id}`;
  more.hidden = true;
  const toggle = h('button', {
    class: 'steps-toggle',
    text: t('widget.message.showAllSteps'),
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': more.id },
  });
  toggle.addEventListener('click', () => {
    more.hidden = !more.hidden;
    toggle.setAttribute('aria-expanded', String(!more.hidden));
    toggle.textContent = t(more.hidden ? 'widget.message.showAllSteps' : 'widget.message.showFewerSteps');
  });
  return [textBlock(shown, 'text', linked), more, toggle, ...(after.length ? [textBlock(after, 'text', linked)] : [])];
}

export function renderMessage(message: ChatMessage): HTMLElement {
  const el = h('div', { class: `msg ${message.role}` });
  const label = t(`widget.role.${message.role}` as MessageKey) ?? message.role;
  // People other than the bot are named visibly; the rest only for screen readers.
  el.append(message.role === 'recruiter' || message.role === 'agent' ? h('span', { class: 'who', text: label }) : srText(`${label}: `));
  // The candidate's own words stay exactly as typed; what the service says may link.
  el.append(...body(message, message.role !== 'candidate'));
  for (const text of deadlineLines(message.facts)) el.append(h('p', { class: 'fact', text }));
  el.append(h('span', { class: 'meta' }));
  setMeta(el, message.at, 'sent');
  return el;
}

/** The small line under a message: its time, or how its delivery is going. */
export function setMeta(el: HTMLElement, at: string, delivery: Delivery, retry?: () => void, reason?: string): void {
  const meta = el.querySelector('.meta');
  if (!meta) return;
  el.classList.toggle('failed', delivery === 'failed');
  if (delivery === 'sending' || delivery === 'queued') {
    meta.replaceChildren(t(delivery === 'sending' ? 'widget.message.sending' : 'widget.message.queued'));
    return;
  }
  if (delivery === 'failed') {
    const button = h('button', { text: t('widget.message.retry'), attrs: { type: 'button' } });
    if (retry) button.addEventListener('click', retry, { once: true });
    meta.replaceChildren(reason ? `${t('widget.message.notSentBecause', { reason })} ` : `${t('widget.message.notSent')} `, button);
    return;
  }
  const date = validDate(at);
  meta.replaceChildren(date ? h('time', { text: messageTime(date), attrs: { datetime: at } }) : '');
}

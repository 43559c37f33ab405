// One chat message as DOM. Server text is shown verbatim (textContent, pre-wrap),
// dates in the candidate's own time zone.
import type { ChatMessage, ChatMessageFacts, ChatRole } from '../server/chat/chat-events';
import { h, srText } from './dom';

const ROLE_LABELS: Record<ChatRole, string> = {
  bot: 'Assistant',
  candidate: 'You',
  recruiter: 'Recruiter',
  agent: 'Support',
  system: 'Notice',
};

export type Delivery = 'sending' | 'sent' | 'failed';

function validDate(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A full date and time with its zone name, in the browser's zone and language. */
export function formatLocalDateTime(iso: string | undefined, timeZone?: string): string | undefined {
  const date = validDate(iso);
  if (!date) return undefined;
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short', year: 'numeric', month: 'short', day: 'numeric',
    hour: '2-digit', minute: '2-digit', timeZoneName: 'short', timeZone,
  };
  try {
    return new Intl.DateTimeFormat(undefined, options).format(date);
  } catch {
    return date.toString();
  }
}

function clock(date: Date): string {
  try {
    return new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(date);
  } catch {
    return date.toISOString().slice(11, 16);
  }
}

/** Deadline lines for the facts that carry one, so nobody converts zones by hand. */
export function deadlineLines(facts: ChatMessageFacts | undefined, timeZone?: string): string[] {
  const lines: string[] = [];
  const deadline = formatLocalDateTime(facts?.deadline, timeZone);
  if (deadline) lines.push(`Deadline in your time: ${deadline}`);
  const newest = formatLocalDateTime(facts?.newestLink?.deadline, timeZone);
  if (newest) lines.push(`Newest link's deadline in your time: ${newest}`);
  return lines;
}

export function renderMessage(message: ChatMessage): HTMLElement {
  const el = h('div', { class: `msg ${message.role}` });
  const label = ROLE_LABELS[message.role] ?? 'Message';
  // People other than the bot are named visibly; the rest only for screen readers.
  el.append(
    message.role === 'recruiter' || message.role === 'agent'
      ? h('span', { class: 'who', text: label })
      : srText(`${label}: `),
  );
  el.append(h('p', { class: 'text', text: message.text }));
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
  if (delivery === 'sending') {
    meta.replaceChildren('Sending…');
    return;
  }
  if (delivery === 'failed') {
    const button = h('button', { text: 'Retry', attrs: { type: 'button' } });
    if (retry) button.addEventListener('click', retry, { once: true });
    meta.replaceChildren(reason ? `Not sent: ${reason} ` : 'Not sent. ', button);
    return;
  }
  const date = validDate(at);
  meta.replaceChildren(date ? h('time', { text: clock(date), attrs: { datetime: at } }) : '');
}

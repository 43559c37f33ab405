// The widget's DOM: launcher, panel, message log, quick replies, composer. No chat
// logic here; ChatWidget decides what to show.
import { MAX_MESSAGE_LENGTH, type QuickReply } from '../server/chat/chat-events';
import { h } from './dom';
import { WIDGET_CSS } from './widget-styles';

const SVG_NS = 'http://www.w3.org/2000/svg';
const CHAT_ICON = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z';

function chatIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', CHAT_ICON);
  svg.append(path);
  return svg;
}

export interface BannerAction {
  label: string;
  run: () => void;
}

export class WidgetView {
  readonly launcher = h('button', { class: 'launcher', attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'panel' } });
  readonly panel = h('section', { class: 'panel', attrs: { id: 'panel', role: 'dialog', 'aria-labelledby': 'title' } });
  readonly close = h('button', { class: 'close', text: '×', attrs: { type: 'button', 'aria-label': 'Close chat' } });
  readonly log = h('div', { class: 'log', attrs: { role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation', tabindex: '0' } });
  readonly form = h('form', { class: 'composer' });
  readonly input = h('textarea', {
    attrs: { id: 'input', rows: '1', maxlength: String(MAX_MESSAGE_LENGTH), autocomplete: 'off' },
  });
  readonly send = h('button', { class: 'send', text: 'Send', attrs: { type: 'submit' } });
  /** Opens the escalation form from any point of the conversation. */
  readonly contact = h('button', { class: 'contact', text: 'Contact the recruiter', attrs: { type: 'button' } });
  // Holds the escalation form while it replaces the conversation.
  #aside = h('div', { class: 'aside' });
  #chatParts: HTMLElement[] = [];
  #banner = h('div', { class: 'banner', attrs: { role: 'status' } });
  #typing = h('div', { class: 'typing', attrs: { role: 'status' } });
  #quick = h('div', { class: 'quick', attrs: { role: 'group', 'aria-label': 'Suggested replies' } });
  #empty = h('p', { class: 'empty' });
  // Follow new messages unless the candidate scrolled back to read an earlier one.
  #followEnd = true;

  constructor(root: ShadowRoot, title: string) {
    const style = h('style', { text: WIDGET_CSS });
    this.launcher.append(chatIcon(), h('span', { text: title }));
    const header = h('div', { class: 'header' }, [h('h2', { class: 'title', text: title, attrs: { id: 'title' } }), this.close]);
    const label = h('label', { class: 'sr', text: 'Your message', attrs: { for: 'input' } });
    this.form.append(label, this.input, this.send);
    this.log.append(this.#empty);
    this.#banner.hidden = true;
    this.#typing.hidden = true;
    this.#typing.append(h('i'), h('i'), h('i'), h('span', { text: 'Assistant is typing…' }));
    const foot = h('div', { class: 'foot' }, [this.contact]);
    this.#chatParts = [this.log, this.#typing, this.#quick, this.form, foot];
    this.#aside.hidden = true;
    this.panel.append(header, this.#banner, this.log, this.#typing, this.#quick, this.form, foot, this.#aside);
    this.panel.hidden = true;
    root.append(style, h('div', { class: 'root' }, [this.launcher, this.panel]));
    this.log.addEventListener('scroll', () => {
      this.#followEnd = this.log.scrollHeight - this.log.scrollTop - this.log.clientHeight < 40;
    });
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  setOpen(open: boolean): void {
    this.panel.hidden = !open;
    // Full-screen on phones: the launcher would only sit under the panel.
    this.launcher.hidden = open;
    this.launcher.setAttribute('aria-expanded', String(open));
  }

  /** Puts `content` in place of the conversation; null brings the conversation back. */
  showAside(content: HTMLElement | null): void {
    if (!content) this.#aside.replaceChildren();
    else if (content.parentNode !== this.#aside) this.#aside.replaceChildren(content);
    this.#aside.hidden = !content;
    for (const part of this.#chatParts) part.classList.toggle('away', Boolean(content));
    if (!content) this.#keepEnd();
  }

  get asideOpen(): boolean {
    return !this.#aside.hidden;
  }

  setHint(text: string | null, placeholder: string): void {
    this.#empty.textContent = text ?? '';
    this.#empty.hidden = !text;
    this.input.placeholder = placeholder;
  }

  append(el: HTMLElement): void {
    this.#empty.hidden = true;
    this.log.append(el);
    if (el.classList.contains('candidate')) this.#followEnd = true;
    this.#keepEnd();
  }

  /** Call after anything that changes the log's height (banner, typing, replies). */
  #keepEnd(): void {
    if (this.#followEnd) this.log.scrollTop = this.log.scrollHeight;
  }

  clearMessages(): void {
    this.log.replaceChildren(this.#empty);
  }

  setBanner(text: string | null, failed = false, action?: BannerAction): void {
    this.#banner.hidden = !text;
    this.#banner.classList.toggle('failed', failed);
    this.#banner.replaceChildren(h('span', { text: text ?? '' }));
    if (action) {
      const button = h('button', { text: action.label, attrs: { type: 'button' } });
      button.addEventListener('click', action.run, { once: true });
      this.#banner.append(button);
    }
    this.#keepEnd();
  }

  setTyping(on: boolean): void {
    this.#typing.hidden = !on;
    this.#keepEnd();
  }

  setQuickReplies(replies: QuickReply[], pick: (reply: QuickReply) => void): void {
    const buttons = replies.map((reply) => {
      const button = h('button', { text: reply.label, attrs: { type: 'button' } });
      button.addEventListener('click', () => pick(reply));
      return button;
    });
    this.#quick.replaceChildren(...buttons);
    this.#keepEnd();
  }
}

// The widget's DOM: launcher, panel, message log, quick replies, composer. No chat
// logic here; ChatWidget decides what to show.
import { MAX_MESSAGE_LENGTH, type QuickReply } from '../server/chat/chat-events';
import { LOCALE_NAMES, SUPPORTED_LOCALES } from '../server/i18n/locales';
import { h } from './dom';
import { t, type MessageKey } from './messages/catalogue';
import { WIDGET_CSS } from './widget-styles';

const SVG_NS = 'http://www.w3.org/2000/svg';
const CHAT_ICON = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z';
const FOCUSABLE = 'button, textarea, input, select, a[href], [tabindex]:not([tabindex="-1"])';

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
  readonly close = h('button', { class: 'close', text: '×', attrs: { type: 'button' } });
  readonly log = h('div', { class: 'log', attrs: { role: 'log', 'aria-live': 'polite', tabindex: '0' } });
  readonly form = h('form', { class: 'composer' });
  readonly input = h('textarea', {
    attrs: { id: 'input', rows: '1', maxlength: String(MAX_MESSAGE_LENGTH), autocomplete: 'off' },
  });
  readonly send = h('button', { class: 'send', attrs: { type: 'submit' } });
  /** Opens the escalation form from any point of the conversation. */
  readonly contact = h('button', { class: 'contact', attrs: { type: 'button' } });
  /** "Email me this conversation": shown once the conversation is tied to a link. */
  readonly email = h('button', { class: 'email-me', attrs: { type: 'button', hidden: '' } });
  /** The language menu: each language in its own name (and marked as that language). */
  readonly language = h(
    'select',
    { class: 'lang', attrs: { id: 'language' } },
    SUPPORTED_LOCALES.map((code) => h('option', { text: LOCALE_NAMES[code], attrs: { value: code, lang: code } })),
  );
  #root = h('div', { class: 'root' });
  // Holds the escalation form while it replaces the conversation.
  #aside = h('div', { class: 'aside' });
  #chatParts: HTMLElement[] = [];
  #banner = h('div', { class: 'banner', attrs: { role: 'status' } });
  #typing = h('div', { class: 'typing', attrs: { role: 'status' } });
  #typingText = h('span');
  #quick = h('div', { class: 'quick', attrs: { role: 'group' } });
  #empty = h('p', { class: 'empty' });
  #badge = h('span', { class: 'badge', attrs: { 'aria-hidden': 'true', hidden: '' } });
  // The count in words for screen readers; the launcher's name stays its visible text plus this.
  #unreadText = h('span', { class: 'sr' });
  #launcherText = h('span');
  #title = h('h2', { class: 'title', attrs: { id: 'title' } });
  #inputLabel = h('label', { class: 'sr', attrs: { for: 'input' } });
  #languageLabel = h('label', { class: 'sr', attrs: { for: 'language' } });
  #unread = 0;
  // Follow new messages unless the candidate scrolled back to read an earlier one.
  #followEnd = true;
  // The latest answer: following stops at its first line, so a long answer is read from the top.
  #anchor: HTMLElement | null = null;

  constructor(root: ShadowRoot) {
    const style = h('style', { text: WIDGET_CSS });
    this.launcher.append(chatIcon(), this.#launcherText, this.#badge, this.#unreadText);
    const header = h('div', { class: 'header' }, [this.#title, this.#languageLabel, this.language, this.close]);
    this.form.append(this.#inputLabel, this.input, this.send);
    this.log.append(this.#empty);
    this.#banner.hidden = true;
    this.#typing.hidden = true;
    this.#typing.append(h('i'), h('i'), h('i'), this.#typingText);
    const foot = h('div', { class: 'foot' }, [this.email, this.contact]);
    this.#chatParts = [this.log, this.#typing, this.#quick, this.form, foot];
    this.#aside.hidden = true;
    this.panel.append(header, this.#banner, this.log, this.#typing, this.#quick, this.form, foot, this.#aside);
    this.panel.hidden = true;
    this.#root.append(this.launcher, this.panel);
    root.append(style, this.#root);
    this.relabel();
    this.log.addEventListener('scroll', () => {
      this.#followEnd = this.log.scrollHeight - this.log.scrollTop - this.log.clientHeight < 40;
    });
  }

  /** Puts the active catalogue's words on every fixed part of the widget. */
  relabel(): void {
    const label = (el: HTMLElement, key: MessageKey) => el.setAttribute('aria-label', t(key));
    this.#launcherText.textContent = this.#title.textContent = t('widget.title');
    label(this.close, 'widget.close');
    label(this.log, 'widget.log');
    label(this.#quick, 'widget.quickReplies');
    this.#inputLabel.textContent = t('widget.input.label');
    this.#languageLabel.textContent = t('widget.language');
    this.send.textContent = t('widget.send');
    this.contact.textContent = t('widget.contact');
    this.email.textContent = t('widget.email.button');
    this.#typingText.textContent = t('widget.typing');
    this.setUnread(this.#unread);
  }

  /** `lang` and `dir` of everything the widget shows, and the menu's selection. */
  setLocale(locale: string, dir: string): void {
    this.#root.lang = this.language.value = locale;
    this.#root.dir = dir;
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  setOpen(open: boolean, modal: boolean): void {
    this.panel.hidden = !open;
    // A phone's panel fills the screen: a real modal dialog there, a companion beside the page elsewhere.
    if (open && modal) this.panel.setAttribute('aria-modal', 'true');
    else this.panel.removeAttribute('aria-modal');
    this.panel.classList.toggle('modal', modal);
    this.launcher.hidden = open;
    this.launcher.setAttribute('aria-expanded', String(open));
    if (open) this.#keepEnd();
  }

  /** Tab and Shift+Tab stay inside the panel while it is modal. */
  trapFocus(event: KeyboardEvent): void {
    if (event.key !== 'Tab' || !this.panel.classList.contains('modal')) return;
    const items = [...this.panel.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0 && !el.closest('[hidden]'));
    if (items.length === 0) return;
    const active = (this.panel.getRootNode() as ShadowRoot).activeElement;
    const [first, last] = [items[0], items[items.length - 1]];
    if (event.shiftKey && (active === first || !this.panel.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  }

  setUnread(count: number): void {
    this.#unread = count;
    this.#badge.hidden = count === 0;
    this.#badge.textContent = count > 9 ? '9+' : String(count);
    this.#unreadText.textContent = count ? t('widget.launcher.unread', { count }) : '';
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
    // A relabel (language switch) must not bring the hint back over messages already shown.
    this.#empty.hidden = !text || this.log.childElementCount > 1;
    this.input.placeholder = placeholder;
  }

  append(el: HTMLElement): void {
    this.#empty.hidden = true;
    this.log.append(el);
    if (el.classList.contains('candidate')) {
      this.#followEnd = true;
      this.#anchor = null;
    } else if (this.#followEnd) this.#anchor = el;
    this.#keepEnd();
  }

  /** Call after anything that changes the log's height (banner, typing, replies). */
  #keepEnd(): void {
    if (!this.#followEnd || this.panel.hidden) return;
    const end = this.log.scrollHeight;
    // The answer's first line stays in view even when the whole answer does not fit.
    const top = this.#anchor?.isConnected ? this.#anchor.offsetTop - 8 : end;
    this.log.scrollTop = Math.min(top, end);
  }

  clearMessages(): void {
    this.log.replaceChildren(this.#empty);
    this.#anchor = null;
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
      // "Open your assessment" is a real link to the gateway, not text to send.
      if (reply.href) return h('a', { text: reply.label, attrs: { href: reply.href } });
      const button = h('button', { text: reply.label, attrs: { type: 'button' } });
      button.addEventListener('click', () => pick(reply));
      return button;
    });
    this.#quick.replaceChildren(...buttons);
    this.#keepEnd();
  }
}

// <linkdoctor-chat>: the candidate's help chat, embeddable on any page. Attributes:
// `server` (origin of linkdoctor), `token` or `link` (optional), `open` (panel shown),
// `locale` (the embed's data-locale, read when the element is connected).
import type { ChatMessage } from '../server/chat/chat-events';
import { ChatSession } from './chat-session';
import type { EmbedConfig, PageAnswer } from './embed-config';
import type { EscalationForm } from './escalation-form';
import { supportedLanguageOf, type Locale } from '../server/i18n/locales';
import { dispatchHostEvent } from './host-api';
import { LanguageSwitch } from './language-switch';
import { addEnglish, t } from './messages/catalogue';
import { messageTime } from './message-view';
import { makePageInert } from './page-inert';
import { WidgetView } from './widget-view';

// Inline !important on the host beats any page selector, even `* { display: none
// !important }`; the :host rule in WIDGET_CSS does the same where the browser
// lets the shadow tree win, this covers the others.
const HOST_STYLE: [string, string][] = [
  ['display', 'block'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['position', 'static'],
  ['transform', 'none'],
  ['filter', 'none'],
  ['contain', 'none'],
  ['clip-path', 'none'],
  ['pointer-events', 'auto'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
];
// Where the panel fills the screen (widget-styles.ts): there it is a modal dialog.
export const PHONE_QUERY = '(max-width: 480px)';

export class ChatWidget extends HTMLElement {
  static observedAttributes = ['open'];
  #view: WidgetView;
  #session: ChatSession | null = null;
  #escalation: EscalationForm | null = null;
  #unread = 0;
  #pageTitle: string | null = null;
  #restorePage: (() => void) | null = null;
  #language: LanguageSwitch | null = null;
  /** Set by the embedding script: what the gateway page already shows. */
  pageAnswer: PageAnswer | undefined;

  constructor() {
    super();
    this.#view = new WidgetView(this.attachShadow({ mode: 'open' }));
    this.#wire();
  }

  get serverUrl(): string {
    return this.getAttribute('server') || window.location.origin;
  }
  set serverUrl(value: string) {
    this.setAttribute('server', value);
  }

  get token(): string | undefined {
    return this.getAttribute('token') || undefined;
  }
  set token(value: string | undefined) {
    if (value) this.setAttribute('token', value);
    else this.removeAttribute('token');
  }

  get link(): string | undefined {
    return this.getAttribute('link') || undefined;
  }
  set link(value: string | undefined) {
    if (value) this.setAttribute('link', value);
    else this.removeAttribute('link');
  }

  get locale(): string | undefined {
    return this.getAttribute('locale') || undefined;
  }
  set locale(value: string | undefined) {
    if (value) this.setAttribute('locale', value);
    else this.removeAttribute('locale');
  }

  get open(): boolean {
    return this.hasAttribute('open');
  }
  set open(value: boolean) {
    this.toggleAttribute('open', value);
  }

  /** Messages from others that arrived while the panel was closed or the tab hidden. */
  get unread(): number {
    return this.#unread;
  }

  connectedCallback(): void {
    for (const [name, value] of HOST_STYLE) this.style.setProperty(name, value, 'important');
    if (!this.#language) {
      // English is built in and shows at once; another language replaces it once fetched.
      this.#relabel('en', 'ltr');
      this.#language = new LanguageSwitch(this.getAttribute('locale'), (locale, dir) => this.#relabel(locale, dir));
      void this.#language.start();
    }
    this.#apply();
  }

  disconnectedCallback(): void {
    this.#session?.close();
    this.#session = null;
    this.#closeEscalation();
    // So that moving the element re-applies `open` and reconnects.
    this.#view.setOpen(false, false);
    this.#restorePage?.();
    this.#restorePage = null;
  }

  attributeChangedCallback(): void {
    this.#apply();
  }

  /** Opens the panel and puts the cursor in the message box. */
  show(): void {
    this.open = true;
    this.#view.input.focus();
  }

  /** Closes the panel; focus that was inside it goes back to the launcher (a host page's own focus stays). */
  hide(): void {
    const hadFocus = document.activeElement === this;
    this.open = false;
    if (hadFocus) this.#view.launcher.focus();
  }

  /** Shows the "Contact the recruiter" form in place of the conversation. */
  async escalate(): Promise<void> {
    if (!this.#session) return;
    const form = (this.#escalation ??= await this.#createEscalation());
    if (form.done) form.reset(); // a sent request's confirmation gives way to a blank form
    this.#view.showAside(form.el);
    form.title.focus();
  }

  // Loaded on demand (its own chunk): most conversations never need the form.
  async #createEscalation(): Promise<EscalationForm> {
    const { EscalationForm, enEscalation } = await import('./escalation-form');
    addEnglish(enEscalation);
    return (
      this.#escalation ??
      new EscalationForm({
        serverUrl: this.serverUrl,
        t,
        credentials: () => this.#session?.escalationCredentials() ?? { token: this.token },
        sent: (ticketId, reference) => this.#session?.ticketSent(ticketId, reference),
        // What was typed stays for when the candidate comes back to the form.
        back: () => this.#backToChat(),
      })
    );
  }

  #backToChat(): void {
    this.#view.showAside(null);
    this.#view.input.focus();
  }

  // The panel is gone: release the previews' object URLs with the form.
  #closeEscalation(): void {
    this.#escalation?.dispose();
    this.#escalation = null;
    this.#view.showAside(null);
  }

  #apply(): void {
    if (!this.isConnected || this.#view.isOpen === this.open) return;
    const modal = this.open && window.matchMedia(PHONE_QUERY).matches;
    this.#view.setOpen(this.open, modal);
    this.#restorePage?.();
    this.#restorePage = modal ? makePageInert(this) : null;
    // Connect on first open: a closed widget on a busy page should cost the server nothing.
    if (this.open && !this.#session)
      this.#session = new ChatSession(this.#view, this.#config(), {
        escalate: () => void this.escalate(),
        received: (message) => this.#received(message),
        language: () => this.#language?.explicit,
      });
    if (this.open) this.#setUnread(0);
    this.dispatchEvent(new CustomEvent('linkdoctor-chat-toggle', { detail: { open: this.open }, bubbles: true, composed: true }));
    dispatchHostEvent(this, this.open ? 'open' : 'close', { open: this.open });
  }

  #received(message: ChatMessage): void {
    // The whole message (scenario and buttons too): the gateway page redraws itself when the link's state changes.
    dispatchHostEvent(this, 'message', message);
    if (message.role === 'bot') this.#language?.follow(message.locale);
    if (!this.open || document.hidden) this.#setUnread(this.#unread + 1);
  }

  // The launcher's badge and name, and the page title, say how many replies wait.
  #setUnread(count: number): void {
    if (count === this.#unread) return;
    this.#unread = count;
    this.#view.setUnread(count);
    if (count > 0 && this.#pageTitle === null) this.#pageTitle = document.title;
    if (this.#pageTitle !== null) {
      document.title = count ? t('widget.title.unread', { count, title: this.#pageTitle }) : this.#pageTitle;
      if (!count) this.#pageTitle = null;
    }
    dispatchHostEvent(this, 'unread', { count });
  }

  // Every fixed word, the hint, and the times already shown, in the active catalogue.
  #relabel(locale: Locale, dir: string): void {
    const view = this.#view;
    view.setLocale(locale, dir);
    view.relabel();
    const knowsLink = Boolean(this.token || this.link);
    view.setHint(
      knowsLink ? t('widget.hint.checking') : t('widget.hint.askForLink'),
      knowsLink ? t('widget.input.placeholder') : t('widget.input.placeholderNoLink'),
    );
    for (const time of view.log.querySelectorAll('time')) time.textContent = messageTime(new Date(time.dateTime));
    this.#session?.relabel();
    this.#escalation?.relabel();
  }

  // The menu: the widget changes at once, the server's later answers follow.
  #choose(value: string): void {
    const locale = supportedLanguageOf(value);
    if (!locale || !this.#language) return;
    void this.#language.choose(locale);
    void this.#session?.setLanguage(locale);
  }

  #config(): EmbedConfig {
    return { serverUrl: this.serverUrl, token: this.token, link: this.link, open: this.open, pageAnswer: this.pageAnswer };
  }

  #wire(): void {
    const view = this.#view;
    view.launcher.addEventListener('click', () => this.show());
    view.close.addEventListener('click', () => this.hide());
    view.contact.addEventListener('click', () => void this.escalate());
    view.email.addEventListener('click', () => void this.#session?.emailTranscript());
    view.language.addEventListener('change', () => this.#choose(view.language.value));
    view.panel.addEventListener('keydown', (event) => {
      view.trapFocus(event);
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.stopPropagation();
      // The innermost layer first: the form goes back to the chat, the chat closes.
      if (view.asideOpen) this.#backToChat();
      else this.hide();
    });
    // Reading the tab again clears what arrived while it was hidden.
    document.addEventListener('visibilitychange', () => {
      if (!document.hidden && this.open) this.#setUnread(0);
    });
    view.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#submit();
    });
    view.input.addEventListener('keydown', (event) => {
      // Enter sends, Shift+Enter adds a line; never while an IME is composing.
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.#submit();
      }
    });
    view.input.addEventListener('input', () => this.#fitInput());
  }

  #submit(): void {
    const input = this.#view.input;
    if (!this.#session || !input.value.trim()) return;
    this.#session.send(input.value);
    input.value = '';
    this.#fitInput();
    input.focus();
  }

  #fitInput(): void {
    const input = this.#view.input;
    input.style.height = 'auto';
    input.style.height = `${input.scrollHeight + 2}px`;
  }
}

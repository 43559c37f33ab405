// What the chat shows and sends: server messages merged with the candidate's pending
// ones (message-outbox.ts), quick replies, the typing indicator, banners, and the
// browser self-check.
import {
  MAX_RATING_COMMENT_LENGTH,
  QUICK_REPLY_CHECK_SETUP,
  QUICK_REPLY_ESCALATE,
  QUICK_REPLY_STILL_NEED_HELP,
  QUICK_REPLY_TEST_MEDIA,
  type ChatMessage,
  type ConversationReady,
  type QuickReply,
  type TicketUpdate,
} from '../server/chat/chat-events';
import type { USABLE_STATES } from '../server/diagnosis/scenario-ids';
import type { Locale } from '../server/i18n/locales';
import { ChatConnection, type ConnectionState } from './chat-connection';
import { bannerFor } from './connection-banner';
import type { EmbedConfig } from './embed-config';
import type { EscalationCredentials } from './escalation-client';
import { addEnglish, t } from './messages/catalogue';
import { MessageOutbox, randomId } from './message-outbox';
import { renderMessage, setMeta } from './message-view';
import type { MediaTest } from './self-check';
import { conversationKey, loadConversation } from './session-store';
import { TicketTracker } from './ticket-update';
import type { WidgetView } from './widget-view';

// Past this, stop implying an answer is coming; the message itself stays.
const TYPING_TIMEOUT_MS = 30_000;
// USABLE_STATES of scenario-ids.ts, typed by it: importing the value would bundle every
// scenario list into the widget (the module spreads them into one).
const USABLE: typeof USABLE_STATES = ['link-valid', 'in-progress-resume'];
/** The bot's "That solved it" quick reply: a good moment to ask for a rating. */
const QUICK_REPLY_SOLVED = 'solved';

export interface SessionHooks {
  /** The candidate asked to pass the problem on: open the escalation form. */
  escalate(): void;
  /** A message from someone else arrived (unread count, host page events). */
  received(message: ChatMessage): void;
  /** The language the page or the candidate named, for the handshake (none: the server guesses). */
  language: () => Locale | undefined;
}

export class ChatSession {
  #view: WidgetView;
  #config: EmbedConfig;
  #connection: ChatConnection;
  #conversationId: string | null = null;
  #rendered = new Map<string, HTMLElement>();
  #outbox: MessageOutbox;
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  #state: ConnectionState = 'connecting';
  #degraded = false;
  #offline = !navigator.onLine;
  #quickReplies: QuickReply[] = [];
  #autoChecked = false;
  #hooks: SessionHooks;
  #storageKey: string;
  #tickets = new TicketTracker();
  /** The gateway's short opening line, standing in for the diagnosis the page already shows. */
  #intro: HTMLElement | null = null;
  #rated = false;
  #onlineChange = () => {
    this.#offline = !navigator.onLine;
    this.#showBanner();
  };

  constructor(view: WidgetView, config: EmbedConfig, hooks: SessionHooks) {
    this.#view = view;
    this.#config = config;
    this.#hooks = hooks;
    const storageKey = (this.#storageKey = conversationKey(config.token, config.link));
    this.#connection = new ChatConnection(
      { serverUrl: config.serverUrl, token: config.token, link: config.link, storageKey, language: hooks.language },
      {
        ready: (ready) => this.#ready(ready),
        message: (message) => this.#addServerMessage(message),
        ticket: (update) => this.#ticket(update),
        state: (state, detail) => {
          // The server repeats `service:status` after connecting while degraded.
          if (state === 'online') this.#degraded = false;
          this.#setState(state, detail);
          if (state === 'online') this.#outbox.resendHeld();
        },
        degraded: (degraded) => {
          this.#degraded = degraded;
          this.#showBanner();
          if (!degraded) this.#outbox.resendHeld();
        },
      },
    );
    this.#outbox = new MessageOutbox({
      online: () => this.#state === 'online',
      send: (payload) => this.#connection.send(payload),
      waiting: (on) => this.#setTyping(on),
      stored: (id, el) => this.#rendered.set(id, el),
    });
    window.addEventListener('online', this.#onlineChange);
    window.addEventListener('offline', this.#onlineChange);
    this.#showIntro();
    this.#view.email.hidden = !(config.token || config.link);
    this.#connection.connect();
  }

  close(): void {
    window.removeEventListener('online', this.#onlineChange);
    window.removeEventListener('offline', this.#onlineChange);
    this.#connection.close();
    this.#setTyping(false);
  }

  send(rawText: string): void {
    const text = rawText.trim();
    if (!text) return;
    this.#view.append(this.#outbox.add(text));
    this.#setQuickReplies([]);
  }

  /** The language changed: the opening line, shown before the catalogue arrived, follows. */
  relabel(): void {
    const text = this.#intro?.querySelector('.text');
    if (text) text.textContent = t('widget.gateway.intro', { title: this.#config.pageAnswer!.title });
  }

  /** The candidate picked a language: later answers come in it (the handshake carries it after a reconnect). */
  async setLanguage(language: Locale): Promise<void> {
    if (!this.#connection.connected) return;
    const ack = await this.#connection.setLanguage(language);
    if ('error' in ack) this.#addLocal(t('widget.language.failed', { reason: ack.error.message }));
  }

  pickQuickReply(reply: QuickReply): void {
    if (reply.id === QUICK_REPLY_CHECK_SETUP) void this.checkSetup();
    else if (reply.id === QUICK_REPLY_TEST_MEDIA) void this.#testMedia();
    else if (reply.id === QUICK_REPLY_ESCALATE) this.#hooks.escalate();
    else if (reply.id === QUICK_REPLY_STILL_NEED_HELP) {
      // The bot still hears it (for the transcript and its next suggestions); the form opens now.
      this.send(reply.text);
      this.#hooks.escalate();
    } else {
      this.send(reply.text || reply.label);
      if (reply.id === QUICK_REPLY_SOLVED) void this.offerRating();
    }
  }

  /** What ties an escalation to this chat: the resume pair (and the link's token, if known). */
  escalationCredentials(): EscalationCredentials {
    const stored = loadConversation(this.#storageKey);
    return { token: this.#config.token, conversationId: stored?.conversationId, resumeSecret: stored?.resumeSecret };
  }

  /** The escalation form filed a ticket (the server posts the notice): name later updates by its reference. */
  ticketSent(ticketId: string, reference: string): void {
    this.#tickets.filed(ticketId, reference);
  }

  /** The self-check: shown to the candidate and sent to the server for support. */
  async checkSetup(mediaTest?: MediaTest): Promise<void> {
    // Loaded on demand (its own chunk), as the escalation form is.
    const { runSelfCheck, summarizeDiagnostics, enSelfCheck, enLater } = await import('./self-check-bundle');
    addEnglish({ ...enSelfCheck, ...enLater });
    const diagnostics = await runSelfCheck(this.#config.serverUrl, mediaTest);
    this.#addLocal(summarizeDiagnostics(t, diagnostics, this.#connection.connected));
    // Keep the bot's own suggestions; swap "check my setup" for the live test.
    const others = this.#quickReplies.filter((r) => r.id !== QUICK_REPLY_CHECK_SETUP && r.id !== QUICK_REPLY_TEST_MEDIA);
    this.#setQuickReplies([...others, { id: QUICK_REPLY_TEST_MEDIA, label: t('widget.selfCheck.testMedia'), text: '' }]);
    const ack = await this.#connection.sendDiagnostics(diagnostics);
    if (!('error' in ack)) this.#connection.markDiagnosticsSent();
  }

  /** The satisfaction card (its own chunk), once per page. */
  async offerRating(): Promise<void> {
    if (this.#rated) return;
    this.#rated = true;
    const { ratingCard, enLater } = await import('./rating-card');
    addEnglish(enLater);
    this.#view.append(ratingCard((score, comment) => this.#connection.rate({ score, ...(comment ? { comment } : {}) }), t, MAX_RATING_COMMENT_LENGTH));
  }

  async emailTranscript(): Promise<void> {
    const ack = await this.#connection.emailTranscript();
    this.#addLocal('error' in ack ? t('widget.email.failed', { reason: ack.error.message }) : t('widget.email.sent'));
  }

  async #testMedia(): Promise<void> {
    this.#setQuickReplies(this.#quickReplies.filter((r) => r.id !== QUICK_REPLY_TEST_MEDIA));
    const { testMedia, enLater } = await import('./self-check-bundle');
    addEnglish(enLater);
    this.#addLocal(t('widget.selfCheck.testingMedia'));
    await this.checkSetup(await testMedia());
  }

  // On the gateway page the answer is already on screen: a short line that points at it,
  // the likely next questions, and the way to the recruiter, before the socket is even up.
  #showIntro(): void {
    const answer = this.#config.pageAnswer;
    if (!answer) return;
    const text = t('widget.gateway.intro', { title: answer.title });
    this.#intro = renderMessage({ id: 'intro', role: 'bot', text, scenario: answer.scenario, at: new Date().toISOString() });
    this.#view.append(this.#intro);
    this.#setQuickReplies(answer.related.map((r) => ({ id: `article:${r.id}`, label: r.title, text: r.title })));
  }

  #ready(ready: ConversationReady): void {
    if (this.#conversationId && this.#conversationId !== ready.conversationId) {
      // The server started afresh (an unknown or expired resume): old bubbles would lie.
      this.#view.clearMessages();
      this.#rendered.clear();
      this.#intro = null;
      this.#showIntro();
    }
    this.#conversationId = ready.conversationId;
    for (const message of ready.messages) this.#addServerMessage(message);
    // With a link the first answer is its diagnosis, which may take a moment.
    const knowsLink = Boolean(this.#config.token || this.#config.link);
    if (ready.messages.length === 0 && knowsLink && !this.#intro) this.#setTyping(true);
  }

  /** The diagnosis the gateway page shows: taken by the intro line instead of shown twice. */
  #absorbed(message: ChatMessage): boolean {
    const intro = this.#intro;
    if (!intro || message.role !== 'bot' || message.scenario !== this.#config.pageAnswer?.scenario) return false;
    if ([...this.#rendered.values()].includes(intro)) return false;
    this.#rendered.set(message.id, intro);
    return true;
  }

  #addServerMessage(message: ChatMessage): void {
    if (this.#rendered.has(message.id)) return;
    const pending = this.#outbox.bubbleOf(message.clientMessageId);
    if (pending) {
      this.#rendered.set(message.id, pending);
      setMeta(pending, message.at, 'sent');
      return;
    }
    if (this.#absorbed(message)) {
      // The page's related questions stay; the bot's own choices (escalate, solved) join them.
      const extra = (message.quickReplies ?? []).filter((r) => !this.#quickReplies.some((q) => q.label === r.label));
      this.#setQuickReplies([...this.#quickReplies, ...extra]);
      this.#setTyping(false);
      return;
    }
    const el = renderMessage(message);
    this.#rendered.set(message.id, el);
    this.#tickets.shown(message.text);
    this.#view.append(el);
    if (message.role === 'candidate') return;
    this.#hooks.received(message);
    this.#setTyping(false);
    // Choices stay until used or until the bot offers others: a recruiter's note or a notice leaves them.
    if (message.role === 'bot' || message.quickReplies?.length) this.#setQuickReplies(message.quickReplies ?? []);
    // A usable link that still fails points at the browser: check it unasked, once.
    const usable = (USABLE as readonly string[]).includes(message.scenario ?? '');
    const sendsToLink = message.quickReplies?.some((reply) => reply.href) ?? false;
    if (message.role === 'bot' && usable && !sendsToLink && !this.#autoChecked && !this.#connection.diagnosticsSent) {
      this.#autoChecked = true;
      void this.checkSetup();
    }
  }

  #setQuickReplies(replies: QuickReply[]): void {
    this.#quickReplies = replies;
    this.#view.setQuickReplies(replies, (r) => this.pickQuickReply(r));
  }

  #addLocal(text: string): void {
    this.#view.append(renderMessage({ id: randomId(), role: 'system', text, at: new Date().toISOString() }));
  }

  #ticket(update: TicketUpdate): void {
    const message = this.#tickets.update(update, randomId());
    if (message) {
      this.#view.append(renderMessage(message));
      this.#hooks.received(message);
    }
    if (update.status === 'resolved') void this.offerRating();
  }

  #setTyping(on: boolean): void {
    clearTimeout(this.#typingTimer);
    this.#view.setTyping(on);
    if (on) this.#typingTimer = setTimeout(() => this.#view.setTyping(false), TYPING_TIMEOUT_MS);
  }

  #setState(state: ConnectionState, detail?: string): void {
    this.#state = state;
    if (state !== 'online' && state !== 'connecting') this.#setTyping(false);
    this.#showBanner(detail);
  }

  #showBanner(detail?: string): void {
    const banner = bannerFor({ offline: this.#offline, state: this.#state, degraded: this.#degraded, detail });
    const retry = banner?.retry ? { label: t('widget.banner.tryAgain'), run: () => this.#connection.retry() } : undefined;
    this.#view.setBanner(banner?.text ?? null, banner?.failed, retry);
  }
}

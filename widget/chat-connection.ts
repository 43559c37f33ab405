// The widget's Socket.IO client: handshake auth, resume, reconnection state and
// commands with acks that survive a flaky network.
import { transports as engineTransports } from 'engine.io-client';
import { io, type Socket } from 'socket.io-client';
import {
  CHAT_NAMESPACE,
  type ChatAck,
  type ChatAuth,
  type ChatMessage,
  type ClientDiagnostics,
  type ClientToServerEvents,
  type ConversationRatePayload,
  type ConversationLanguagePayload,
  type ConversationReady,
  type MessageSendPayload,
  type ServerToClientEvents,
  type TicketUpdate,
} from '../server/chat/chat-events';
import { importAsset } from './asset-base';
import { t } from './messages/catalogue';
import { clearConversation, loadConversation, saveConversation } from './session-store';

// Name of the polling fallback's module (build-widget.ts), under the widget's own base URL.
declare const LINKDOCTOR_POLLING: string;

export type ConnectionState = 'connecting' | 'online' | 'reconnecting' | 'failed';

export interface ConnectionHandlers {
  ready(ready: ConversationReady): void;
  message(message: ChatMessage): void;
  ticket(update: TicketUpdate): void;
  state(state: ConnectionState, detail?: string): void;
  degraded(degraded: boolean): void;
}

export interface ConnectionOptions {
  serverUrl: string;
  token?: string;
  link?: string;
  storageKey: string;
  /** Read at every handshake: the language the page or the candidate chose, if any. */
  language?: () => ConversationLanguagePayload['language'] | undefined;
}

const ACK_TIMEOUT_MS = 10_000;
const SEND_ATTEMPTS = 3;
// The server answers but its store does not: try the handshake again after this.
const DEGRADED_RETRY_MS = 3000;

function localTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

export class ChatConnection {
  #socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  #options: ConnectionOptions;
  #handlers: ConnectionHandlers;
  #droppedResume = false;
  #pollingLoaded = false;
  #degradedRetry: ReturnType<typeof setTimeout> | undefined;

  constructor(options: ConnectionOptions, handlers: ConnectionHandlers) {
    this.#options = options;
    this.#handlers = handlers;
    // A function, so every reconnection sends the conversation learnt since.
    this.#socket = io(options.serverUrl + CHAT_NAMESPACE, {
      auth: (cb) => cb({ ...this.#auth() }),
      autoConnect: false,
      // WebSocket first: one round trip to the first answer instead of three
      // long-polling ones; polling only where a proxy or firewall refuses WebSocket
      // (#fallBackToPolling), tried next by the same connection attempt.
      transports: ['websocket'],
      tryAllTransports: true,
    });
    this.#listen();
  }

  connect(): void {
    this.#handlers.state('connecting');
    this.#socket.connect();
  }

  close(): void {
    clearTimeout(this.#degradedRetry);
    this.#socket.disconnect();
  }

  get diagnosticsSent(): boolean {
    return loadConversation(this.#options.storageKey)?.diagnosticsSent === true;
  }

  markDiagnosticsSent(): void {
    const stored = loadConversation(this.#options.storageKey);
    if (stored) saveConversation(this.#options.storageKey, { ...stored, diagnosticsSent: true });
  }

  send(payload: MessageSendPayload): Promise<ChatAck<{ id: string }>> {
    return this.#withRetry(() => this.#socket.timeout(ACK_TIMEOUT_MS).emitWithAck('message:send', payload));
  }

  get connected(): boolean {
    return this.#socket.connected;
  }

  rate(payload: ConversationRatePayload): Promise<ChatAck> {
    return this.#withRetry(() => this.#socket.timeout(ACK_TIMEOUT_MS).emitWithAck('conversation:rate', payload));
  }

  /** Not retried: the server allows one mail per conversation every few minutes. */
  emailTranscript(): Promise<ChatAck<{ to: string }>> {
    return this.#once(() => this.#socket.timeout(ACK_TIMEOUT_MS).emitWithAck('conversation:email', {}));
  }

  /** Not retried: a later choice would race an earlier one's retry. */
  setLanguage(language: ConversationLanguagePayload['language']): Promise<ChatAck<ConversationLanguagePayload>> {
    return this.#once(() => this.#socket.timeout(ACK_TIMEOUT_MS).emitWithAck('conversation:language', { language }));
  }

  async #once<T extends object>(emit: () => Promise<ChatAck<T>>): Promise<ChatAck<T>> {
    try {
      return await emit();
    } catch {
      return { error: { code: 'timeout', message: t('widget.error.timeout') } };
    }
  }

  sendDiagnostics(diagnostics: ClientDiagnostics): Promise<ChatAck> {
    return this.#withRetry(() => this.#socket.timeout(ACK_TIMEOUT_MS).emitWithAck('client:diagnostics', diagnostics));
  }

  #auth(): ChatAuth {
    const stored = loadConversation(this.#options.storageKey);
    const auth: ChatAuth = { timeZone: localTimeZone(), locale: navigator.language || undefined };
    if (this.#options.token) auth.token = this.#options.token;
    if (this.#options.link) auth.link = this.#options.link;
    const language = this.#options.language?.();
    if (language) auth.language = language;
    if (stored) {
      auth.conversationId = stored.conversationId;
      auth.resumeSecret = stored.resumeSecret;
    }
    return auth;
  }

  // Safe to repeat: the server deduplicates by clientMessageId.
  async #withRetry<T extends object>(emit: () => Promise<ChatAck<T>>): Promise<ChatAck<T>> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await emit();
      } catch {
        if (attempt >= SEND_ATTEMPTS) {
          return { error: { code: 'timeout', message: t('widget.error.timeout') } };
        }
      }
    }
  }

  #listen(): void {
    const socket = this.#socket;
    socket.on('connect', () => this.#handlers.state('online'));
    socket.on('disconnect', (reason) => {
      if (reason === 'io client disconnect') return;
      if (socket.active) this.#handlers.state('reconnecting');
      else this.#handlers.state('failed', t('widget.error.closedByServer'));
    });
    socket.on('connect_error', (err) => this.#connectError(err));
    socket.on('conversation:ready', (ready) => this.#ready(ready));
    socket.on('message:new', (message) => this.#handlers.message(message));
    socket.on('ticket:updated', (update) => this.#handlers.ticket(update));
    socket.on('service:status', (status) => this.#handlers.degraded(status.degraded));
  }

  // Loaded after WebSocket failed once; the manager's next attempt tries both. The
  // browser bundle leaves polling out of engine.io's transports (build-widget.ts), so it
  // is registered there on first need; elsewhere (Node, tests) it is already present.
  async #fallBackToPolling(): Promise<void> {
    if (this.#pollingLoaded) return;
    this.#pollingLoaded = true;
    const registry = engineTransports as Record<string, unknown>;
    try {
      if (!registry.polling) {
        const { XHR } = await importAsset<typeof import('./polling-transport')>(LINKDOCTOR_POLLING);
        registry.polling = XHR;
      }
      this.#socket.io.opts.transports = ['websocket', 'polling'];
    } catch {
      this.#pollingLoaded = false; // offline, most likely: try again on the next failure
    }
  }

  #connectError(err: Error & { data?: { code?: unknown; message?: unknown } }): void {
    if (!err.data) void this.#fallBackToPolling();
    if (err.data?.code === 'service_unavailable') {
      // Not a refusal of this conversation: keep it, say so, and knock again shortly.
      this.#handlers.degraded(true);
      this.#handlers.state('reconnecting');
      clearTimeout(this.#degradedRetry);
      this.#degradedRetry = setTimeout(() => this.#socket.connect(), DEGRADED_RETRY_MS * (0.75 + Math.random() / 2));
      return;
    }
    if (this.#socket.active) {
      this.#handlers.state('reconnecting');
      return;
    }
    // Refused by the server: a stale or foreign resume secret is the likely cause,
    // so start a fresh conversation once before giving up.
    const key = this.#options.storageKey;
    if (!this.#droppedResume && loadConversation(key)) {
      this.#droppedResume = true;
      clearConversation(key);
      this.#socket.connect();
      return;
    }
    const detail = typeof err.data?.message === 'string' ? err.data.message : undefined;
    this.#handlers.state('failed', detail);
  }

  #ready(ready: ConversationReady): void {
    const key = this.#options.storageKey;
    const previous = loadConversation(key);
    const sameConversation = previous?.conversationId === ready.conversationId;
    saveConversation(key, {
      conversationId: ready.conversationId,
      resumeSecret: ready.resumeSecret,
      diagnosticsSent: sameConversation && previous?.diagnosticsSent === true,
    });
    this.#handlers.ready(ready);
  }

  /** After a refusal the manager stops; the candidate may ask to try again. */
  retry(): void {
    this.#droppedResume = false;
    this.connect();
  }
}

// The one Socket.IO contract of the `/chat` namespace, imported by the server and by
// the browser widget. Types and plain constants only: the widget bundle must not pull
// zod or anything Node-specific, so the zod schemas for these payloads live in
// ./chat-event-schemas.ts (server-only) and are checked against these types there.

export const CHAT_NAMESPACE = '/chat';

export const MAX_MESSAGE_LENGTH = 2000;
export const MAX_CLIENT_MESSAGE_ID_LENGTH = 100;

/**
 * Quick-reply ids the widget handles itself instead of sending their text: the server
 * offers `check-setup` when a browser check would help; `test-media` is the widget's
 * own opt-in camera and microphone test.
 */
export const QUICK_REPLY_CHECK_SETUP = 'check-setup';
export const QUICK_REPLY_TEST_MEDIA = 'test-media';
/**
 * Offered with the contact-recruiter guidance: a widget that can open the escalation
 * form does so; one that cannot sends the text, and the server answers with guidance.
 */
export const QUICK_REPLY_ESCALATE = 'escalate';
/** "I still need help": the widget sends it and opens the escalation form at once. */
export const QUICK_REPLY_STILL_NEED_HELP = 'still-need-help';

export type ChatRole = 'bot' | 'candidate' | 'recruiter' | 'agent' | 'system';

export interface QuickReply {
  id?: string;
  /** What the button shows. */
  label: string;
  /** What is sent as the candidate's message when the button is pressed. */
  text: string;
  /** A link to open instead of sending `text` ("Open your assessment" goes to the link gateway). */
  href?: string;
  /** The article an action button is about ("Show that again"). */
  about?: string;
}

/**
 * Facts behind a bot answer, serialized: every date is an ISO 8601 string so the
 * widget can show it in the candidate's own time zone.
 */
export interface ChatMessageFacts {
  deadline?: string;
  startedAt?: string;
  lastActivityAt?: string;
  completedAt?: string;
  jobTitle?: string;
  recruiterName?: string;
  accessCount?: number;
  accessLimit?: number;
  newestLink?: { sentAt: string; emailMasked: string; deadline: string };
}

/** The knowledge-base article an answer came from, for links and escalation offers. */
export interface ChatArticleRef {
  id: string;
  title: string;
  offerEscalation?: boolean;
  related?: { id: string; title: string }[];
}

export interface ChatMessage {
  id: string;
  role: ChatRole;
  /** Plain text; line breaks are meaningful. Never HTML. */
  text: string;
  /** Bot messages: the link state's scenario on a blocked link, else the question's. */
  scenario?: string;
  /** Bot messages: the message's own topic, when it differs from `scenario`. */
  topic?: string;
  quickReplies?: QuickReply[];
  /** ISO 8601. */
  at: string;
  /** Echoed on the candidate's own messages so a client can match its pending copy. */
  clientMessageId?: string;
  facts?: ChatMessageFacts;
  article?: ChatArticleRef;
  /** Bot messages: the language they are written in (`en`, `es`, `pt`, `fr`, `hi`). */
  locale?: string;
}

export interface ChatError {
  /** snake_case, as in the HTTP error body. */
  code: string;
  message: string;
}

/** Command acks follow the `{ ok } | { error }` shape of the HTTP API. */
export type ChatAck<T extends object = object> = ({ ok: true } & T) | { error: ChatError };

/** `auth` of the handshake. Without token and link, the bot's first message asks for the link. */
export interface ChatAuth {
  token?: string;
  /** A pasted URL, parsed by the server as leniently as `POST /api/v1/diagnose`. */
  link?: string;
  conversationId?: string;
  resumeSecret?: string;
  /** IANA zone of the candidate (`Europe/Paris`), so the server words deadlines in it. */
  timeZone?: string;
  /** BCP 47 tag from the browser, e.g. `fr-FR`. */
  locale?: string;
  /**
   * The language the widget pins: the embed's `data-locale` or the candidate's pick
   * in the language menu (`en`, `es`, `pt`, `fr`, `hi`). Wins over the language of
   * their messages and the browser's; an unsupported value is ignored.
   */
  language?: string;
}

/** `conversation:language`: the candidate picked a language in the widget's menu. */
export interface ConversationLanguagePayload {
  language: 'en' | 'es' | 'pt' | 'fr' | 'hi';
}

/** `data` of a `connect_error` raised by the namespace middleware. */
export type ChatConnectErrorData = ChatError;

export interface ConversationReady {
  conversationId: string;
  resumeSecret: string;
  /** The whole history when resuming; empty (or the greeting) for a new conversation. */
  messages: ChatMessage[];
}

export interface TicketUpdate {
  ticketId: string;
  status: string;
  reply?: string;
  /** The ticket's reference (`LD-…`), and who the candidate is now talking to. */
  reference?: string;
  recruiterName?: string;
}

export interface ServiceStatus {
  /** True while a dependency (store, knowledge base, mail) misbehaves. */
  degraded: boolean;
}

export interface MessageSendPayload {
  text: string;
  /** Chosen by the client; re-sending the same id never duplicates the message. */
  clientMessageId: string;
}

export type PermissionStateName = 'granted' | 'denied' | 'prompt' | 'unsupported';
export type MediaTestResult = 'ok' | 'failed' | 'skipped';

/** What the widget's self-check found about the candidate's browser. */
export interface ClientDiagnostics {
  browser: { name: string; version: string };
  os: string;
  cookiesEnabled: boolean;
  storageAvailable: boolean;
  online: boolean;
  permissions: { camera: PermissionStateName; microphone: PermissionStateName };
  /** Present only when the candidate ran the opt-in live test. */
  mediaTest?: { camera: MediaTestResult; microphone: MediaTestResult; error?: string };
  network: { rttMs?: number; effectiveType?: string; downlinkMbps?: number };
  timeZone: string;
  screen: { width: number; height: number };
  userAgent: string;
}

export const MAX_RATING_COMMENT_LENGTH = 1000;

/** `conversation:rate`: the candidate's satisfaction with the conversation (the latest rating counts). */
export interface ConversationRatePayload {
  score: number;
  comment?: string;
}

export interface ServerToClientEvents {
  'conversation:ready': (payload: ConversationReady) => void;
  'message:new': (message: ChatMessage) => void;
  'ticket:updated': (update: TicketUpdate) => void;
  /** On every change, and right after connecting while degraded (clients reset on connect). */
  'service:status': (status: ServiceStatus) => void;
}

export interface ClientToServerEvents {
  'message:send': (payload: MessageSendPayload, ack: (res: ChatAck<{ id: string }>) => void) => void;
  'client:diagnostics': (payload: ClientDiagnostics, ack: (res: ChatAck) => void) => void;
  /** `score` 1..5; a bad score is acked `{ error: { code: 'invalid_request' } }`. */
  'conversation:rate': (payload: ConversationRatePayload, ack: (res: ChatAck) => void) => void;
  /** The transcript to the invitation's own address; `to` is that address masked. */
  'conversation:email': (payload: Record<string, never>, ack: (res: ChatAck<{ to: string }>) => void) => void;
  /** Later bot messages (and the transcript mail) are in `language`; acked with it. */
  'conversation:language': (payload: ConversationLanguagePayload, ack: (res: ChatAck<{ language: string }>) => void) => void;
}

/** No events between server instances (yet); Socket.IO's `Server` wants the type. */
export type InterServerEvents = Record<string, never>;

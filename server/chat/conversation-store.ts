import { isLocale, type Locale } from '../i18n/locales';
import { timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../db/database';
import { hashSecret, newId } from '../security/secrets';
import type { ChatArticleRef, ChatMessageFacts, ChatRole, ClientDiagnostics, QuickReply } from './chat-events';

// A candidate who comes back to an abandoned conversation reopens it.
const REOPEN = `outcome = CASE WHEN outcome = 'abandoned' THEN 'open' ELSE outcome END`;

export type ConversationOutcome = 'open' | 'self_served' | 'escalated' | 'abandoned';

/** The link a conversation is about: known (invitation) or given but unknown (hash only). */
export interface ConversationLink {
  tokenHash: string | null;
  invitationId: string | null;
  orgId: string | null;
}

export interface Conversation extends ConversationLink {
  id: string;
  timeZone: string | null;
  locale: string | null;
  /** The language the widget pinned (data-locale or the candidate's menu pick). */
  chosenLanguage: Locale | null;
  /** The language the candidate's messages were last confidently written in. */
  detectedLanguage: Locale | null;
  outcome: ConversationOutcome;
  scenario: string | null;
  clientDiagnostics: ClientDiagnostics | null;
  createdAt: Date;
  updatedAt: Date;
  lastActivityAt: Date;
}

export interface StoredMessage {
  id: string;
  conversationId: string;
  role: ChatRole;
  text: string;
  scenario: string | null;
  quickReplies: QuickReply[] | null;
  details: MessageDetails | null;
  clientMessageId: string | null;
  trace: Record<string, unknown> | null;
  at: Date;
}

export type NewMessage = Omit<StoredMessage, 'id'>;

/** What a bot message carries besides its text; read back with the history (unlike the trace). */
export interface MessageDetails {
  facts?: ChatMessageFacts;
  article?: ChatArticleRef;
  /** The message's own topic, when it differs from its scenario. */
  topic?: string;
  /** What the next turn needs to remember of this one (conversation-memory.ts). */
  turn?: { rule: string; alternatives?: string[] };
  /** The language a bot message is written in. */
  locale?: Locale;
}

interface ConversationRow {
  id: string;
  resume_secret_hash: string;
  token_hash: string | null;
  invitation_id: string | null;
  org_id: string | null;
  time_zone: string | null;
  locale: string | null;
  chosen_language: string | null;
  detected_language: string | null;
  outcome: ConversationOutcome;
  scenario: string | null;
  client_diagnostics: ClientDiagnostics | null;
  created_at: Date;
  updated_at: Date;
  last_activity_at: Date;
}

interface MessageRow {
  id: string;
  conversation_id: string;
  role: ChatRole;
  text: string;
  scenario: string | null;
  quick_replies: QuickReply[] | null;
  details: StoredMessage['details'];
  client_message_id: string | null;
  trace: Record<string, unknown> | null;
  at: Date;
}

const toConversation = (r: ConversationRow): Conversation => ({
  id: r.id,
  tokenHash: r.token_hash,
  invitationId: r.invitation_id,
  orgId: r.org_id,
  timeZone: r.time_zone,
  locale: r.locale,
  chosenLanguage: isLocale(r.chosen_language) ? r.chosen_language : null,
  detectedLanguage: isLocale(r.detected_language) ? r.detected_language : null,
  outcome: r.outcome,
  scenario: r.scenario,
  clientDiagnostics: r.client_diagnostics,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  lastActivityAt: r.last_activity_at,
});

const toMessage = (r: MessageRow): StoredMessage => ({
  id: r.id,
  conversationId: r.conversation_id,
  role: r.role,
  text: r.text,
  scenario: r.scenario,
  quickReplies: r.quick_replies,
  details: r.details,
  clientMessageId: r.client_message_id,
  trace: r.trace,
  at: r.at,
});

// What the chat reads back (history, the last bot turn, a just-stored message) never
// needs the diagnostic trace, the largest column: transcripts read it on their own.
const MESSAGE_COLUMNS = 'id, conversation_id, role, text, scenario, quick_replies, details, client_message_id, NULL::jsonb AS trace, at';

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** $1..$10 of every message insert: a new id, then the message's columns in table order. */
const messageValues = (input: NewMessage) => [
  newId(),
  input.conversationId,
  input.role,
  input.text,
  input.scenario,
  json(input.quickReplies),
  json(input.details),
  input.clientMessageId,
  json(input.trace),
  input.at,
];

// Both sides are sha256 hex digests, so equal lengths; compared in constant time anyway.
function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

export interface NewConversation extends ConversationLink {
  resumeSecret: string;
  timeZone?: string;
  locale?: string;
  language?: Locale;
  at: Date;
}

/** Conversations and their messages; the only code that knows the chat tables. */
export class ConversationStore {
  constructor(private readonly db: Queryable) {}

  async create(input: NewConversation): Promise<Conversation> {
    const [row] = await this.db.query<ConversationRow>(
      `INSERT INTO conversations (id, resume_secret_hash, token_hash, invitation_id, org_id, time_zone, locale,
         chosen_language, created_at, updated_at, last_activity_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $9, $8, $8, $8) RETURNING *`,
      [
        newId(),
        hashSecret(input.resumeSecret),
        input.tokenHash,
        input.invitationId,
        input.orgId,
        input.timeZone ?? null,
        input.locale ?? null,
        input.at,
        input.language ?? null,
      ],
    );
    return toConversation(row);
  }

  async get(id: string): Promise<Conversation | undefined> {
    const [row] = await this.db.query<ConversationRow>('SELECT * FROM conversations WHERE id = $1', [id]);
    return row && toConversation(row);
  }

  /** The conversation and its latest bot message in one round trip: where answering a message starts. */
  async getForTurn(id: string): Promise<{ conversation: Conversation; lastBot?: StoredMessage } | undefined> {
    const [row] = await this.db.query<ConversationRow & { last_bot: (Omit<MessageRow, 'at'> & { at: string }) | null }>(
      `SELECT c.*, to_jsonb(m) AS last_bot FROM conversations c
       LEFT JOIN LATERAL (
         SELECT ${MESSAGE_COLUMNS} FROM conversation_messages
         WHERE conversation_id = c.id AND role = 'bot' ORDER BY seq DESC LIMIT 1
       ) m ON true
       WHERE c.id = $1`,
      [id],
    );
    if (!row) return undefined;
    const last = row.last_bot;
    return { conversation: toConversation(row), lastBot: last ? toMessage({ ...last, at: new Date(last.at) }) : undefined };
  }

  /** The conversation only when the secret is its own: an unknown id and a wrong secret look the same. */
  async findForResume(id: string, resumeSecret: string): Promise<Conversation | undefined> {
    const [row] = await this.db.query<ConversationRow>('SELECT * FROM conversations WHERE id = $1', [id]);
    if (!row || !sameHash(row.resume_secret_hash, hashSecret(resumeSecret))) return undefined;
    return toConversation(row);
  }

  async attachLink(id: string, link: ConversationLink, at: Date): Promise<void> {
    await this.db.query('UPDATE conversations SET token_hash = $2, invitation_id = $3, org_id = $4, updated_at = $5 WHERE id = $1', [
      id,
      link.tokenHash,
      link.invitationId,
      link.orgId,
      at,
    ]);
  }

  /** A new handshake may bring the reader's clock; without one the stored one stays. */
  async touch(id: string, at: Date, reader: { timeZone?: string; locale?: string; language?: Locale } = {}): Promise<void> {
    await this.db.query(
      `UPDATE conversations SET last_activity_at = $2, updated_at = $2, ${REOPEN},
         time_zone = COALESCE($3, time_zone), locale = COALESCE($4, locale),
         chosen_language = COALESCE($5, chosen_language) WHERE id = $1`,
      [id, at, reader.timeZone ?? null, reader.locale ?? null, reader.language ?? null],
    );
  }

  /** The candidate picked a language in the widget: it wins over everything else from now on. */
  async setChosenLanguage(id: string, language: Locale, at: Date): Promise<void> {
    await this.db.query('UPDATE conversations SET chosen_language = $2, updated_at = $3 WHERE id = $1', [id, language, at]);
  }

  /** The language the candidate's latest confidently detected message was in. */
  async setDetectedLanguage(id: string, language: Locale, at: Date): Promise<void> {
    await this.db.query('UPDATE conversations SET detected_language = $2, updated_at = $3 WHERE id = $1', [id, language, at]);
  }

  /**
   * Open conversations idle since before `idleBefore` become 'abandoned': the candidate
   * left without the answer helping or a ticket. Any later activity reopens them.
   */
  async markAbandoned(idleBefore: Date, at: Date): Promise<number> {
    const rows = await this.db.query(
      `UPDATE conversations SET outcome = 'abandoned', updated_at = $2
       WHERE outcome = 'open' AND last_activity_at < $1 RETURNING id`,
      [idleBefore, at],
    );
    return rows.length;
  }

  async setOutcome(id: string, outcome: ConversationOutcome, at: Date, db: Queryable = this.db): Promise<void> {
    await db.query('UPDATE conversations SET outcome = $2, updated_at = $3 WHERE id = $1', [id, outcome, at]);
  }

  async setScenario(id: string, scenario: string, at: Date): Promise<void> {
    await this.db.query('UPDATE conversations SET scenario = $2, updated_at = $3 WHERE id = $1', [id, scenario, at]);
  }

  async saveDiagnostics(id: string, diagnostics: ClientDiagnostics, at: Date): Promise<void> {
    await this.db.query(
      `UPDATE conversations SET client_diagnostics = $2, client_diagnostics_at = $3, updated_at = $3,
         last_activity_at = $3, ${REOPEN} WHERE id = $1`,
      [id, JSON.stringify(diagnostics), at],
    );
  }

  /**
   * Stores a message once: a repeated client message id returns the message stored
   * the first time, with `created: false`, instead of a second copy.
   */
  async addMessage(input: NewMessage, db: Queryable = this.db): Promise<{ message: StoredMessage; created: boolean }> {
    const [row] = await db.query<MessageRow>(
      `INSERT INTO conversation_messages
         (id, conversation_id, role, text, scenario, quick_replies, details, client_message_id, trace, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (conversation_id, client_message_id) DO NOTHING RETURNING *`,
      messageValues(input),
    );
    if (row) return { message: toMessage(row), created: true };
    const [existing] = await db.query<MessageRow>('SELECT * FROM conversation_messages WHERE conversation_id = $1 AND client_message_id = $2', [
      input.conversationId,
      input.clientMessageId,
    ]);
    return { message: toMessage(existing), created: false };
  }

  /**
   * `addMessage` with the conversation's bookkeeping in the same statement: a turn's
   * write is one round trip and one commit. `touch` marks activity (the candidate's
   * messages); a message's scenario becomes the conversation's latest.
   */
  async addTurnMessage(input: NewMessage, touch: boolean): Promise<{ message: StoredMessage; created: boolean }> {
    const [row] = await this.db.query<MessageRow>(
      `WITH added AS (
         INSERT INTO conversation_messages
           (id, conversation_id, role, text, scenario, quick_replies, details, client_message_id, trace, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (conversation_id, client_message_id) DO NOTHING RETURNING *
       ), updated AS (
         UPDATE conversations c
         SET updated_at = a.at,
             last_activity_at = CASE WHEN $11::boolean THEN a.at ELSE c.last_activity_at END,
             outcome = CASE WHEN $11::boolean AND c.outcome = 'abandoned' THEN 'open' ELSE c.outcome END,
             scenario = COALESCE(a.scenario, c.scenario)
         FROM added a
         WHERE c.id = a.conversation_id AND ($11::boolean OR a.scenario IS NOT NULL)
       )
       SELECT ${MESSAGE_COLUMNS} FROM added`,
      [...messageValues(input), touch],
    );
    if (row) return { message: { ...toMessage(row), trace: input.trace }, created: true };
    return this.addMessage(input);
  }

  /** The whole history, oldest first. */
  async messages(conversationId: string): Promise<StoredMessage[]> {
    const rows = await this.db.query<MessageRow>(`SELECT ${MESSAGE_COLUMNS} FROM conversation_messages WHERE conversation_id = $1 ORDER BY seq`, [
      conversationId,
    ]);
    return rows.map(toMessage);
  }

  /**
   * Records `state` as the link state this conversation was told about. Returns the
   * state it replaces (null if none was recorded) when it changed, or undefined when
   * it was already `state`: of several nodes seeing the same change, one gets it.
   */
  async claimLinkState(id: string, state: string, at: Date): Promise<string | null | undefined> {
    const rows = await this.db.query<{ old: string | null }>(
      `UPDATE conversations c SET link_state = $2, updated_at = $3
       FROM (SELECT id, link_state AS old FROM conversations WHERE id = $1 FOR UPDATE) o
       WHERE c.id = o.id AND c.link_state IS DISTINCT FROM $2
       RETURNING o.old`,
      [id, state, at],
    );
    return rows.length === 0 ? undefined : rows[0].old;
  }

  /** The latest `limit` messages, oldest first: what a turn needs to remember the conversation. */
  async recentMessages(conversationId: string, limit: number): Promise<StoredMessage[]> {
    const rows = await this.db.query<MessageRow>(
      `SELECT * FROM (SELECT ${MESSAGE_COLUMNS}, seq FROM conversation_messages WHERE conversation_id = $1 ORDER BY seq DESC LIMIT $2) m ORDER BY seq`,
      [conversationId, limit],
    );
    return rows.map(toMessage);
  }

  async lastBotMessage(conversationId: string): Promise<StoredMessage | undefined> {
    const [row] = await this.db.query<MessageRow>(
      `SELECT ${MESSAGE_COLUMNS} FROM conversation_messages WHERE conversation_id = $1 AND role = 'bot' ORDER BY seq DESC LIMIT 1`,
      [conversationId],
    );
    return row && toMessage(row);
  }
}

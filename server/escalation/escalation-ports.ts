import type { Locale } from '../i18n/locales';
import type { ChatMessage } from '../chat/chat-events';
import type { Queryable } from '../db/database';

// What escalation needs from the chat and the outbox, kept narrow so each side
// can change inside without touching tickets.

export interface ConversationForTicket {
  id: string;
  invitationId: string | null;
  timeZone: string | null;
  clientDiagnostics: Record<string, unknown> | null;
  /** The language the conversation was in. */
  language: Locale;
}

export interface TranscriptLine {
  role: string;
  text: string;
  at: Date | string;
  scenario?: string | null;
}

export interface ConversationPort {
  /** The conversation if `resumeSecret` is its secret; undefined otherwise (never says which). */
  verify(conversationId: string, resumeSecret: string): Promise<ConversationForTicket | undefined>;
  transcript(conversationId: string): Promise<TranscriptLine[]>;
  /** Inside the ticket's transaction: mark the conversation escalated and tell the candidate. */
  recordEscalation(tx: Queryable, conversationId: string, text: string): Promise<ChatMessage>;
  /** Inside an action's transaction: a message from the recruiter to the candidate. */
  recordReply(tx: Queryable, conversationId: string, role: 'recruiter' | 'agent' | 'system', text: string): Promise<ChatMessage>;
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface OutboxPort {
  enqueueEmail(tx: Queryable, orgId: string | null, topic: string, mail: Mail): Promise<void>;
  enqueueEvent(tx: Queryable, orgId: string, topic: string, data: Record<string, unknown>): Promise<unknown>;
  /** After commit: deliver what was just enqueued without waiting for the next poll. */
  wake(): void;
}

/** Pushes to the candidate's open widget, if any (after commit). */
export interface LiveUpdatePort {
  message(conversationId: string, message: ChatMessage): void;
  ticketUpdated(conversationId: string, update: { ticketId: string; status: string; reply?: string; reference?: string; recruiterName?: string }): void;
}

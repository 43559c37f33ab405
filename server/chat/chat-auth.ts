import type { z } from 'zod';
import { describeUnstorableText } from '../http/input-guard';
import { supportedLanguageOf, type Locale } from '../i18n/locales';
import { isValidTimeZone } from '../knowledge/format-time';
import { chatAuthSchema } from './chat-event-schemas';
import type { ChatError } from './chat-events';
import type { ChatSession, ConversationService } from './conversation-service';

// The /chat handshake. It runs on every connection, a recovered one included
// (skipMiddlewares: false), so a session only ever continues under valid auth.

export class ChatAuthError extends Error {
  constructor(readonly data: ChatError) {
    super(data.message);
  }
}

/** "field: problem; field: problem", so a client sees which field was wrong. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`).join('; ');
}

function validLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    return undefined;
  }
}

export type ChatAuthInput = Omit<z.infer<typeof chatAuthSchema>, 'language'> & { language?: Locale };

/** The handshake's auth, validated; a zone or locale the runtime does not know is dropped, not refused. */
export function parseChatAuth(raw: unknown): ChatAuthInput {
  const unstorable = describeUnstorableText(raw, 'auth');
  if (unstorable) throw new ChatAuthError({ code: 'invalid_request', message: `Invalid handshake: ${unstorable}` });
  const parsed = chatAuthSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw new ChatAuthError({ code: 'invalid_request', message: `Invalid handshake: ${describeIssues(parsed.error)}` });
  }
  const auth = parsed.data;
  const timeZone = auth.timeZone && isValidTimeZone(auth.timeZone) ? auth.timeZone : undefined;
  return { ...auth, timeZone, locale: validLocale(auth.locale), language: supportedLanguageOf(auth.language) };
}

/**
 * The session a connection gets. A recovered connection whose auth carries no
 * conversation keeps the one it had (Socket.IO's private session id vouched for
 * it); credentials in the auth always decide, and a wrong secret starts afresh.
 */
export async function authenticate(
  conversations: ConversationService,
  rawAuth: unknown,
  recovered: ChatSession | undefined,
  beforeNew?: () => void,
): Promise<ChatSession> {
  const auth = parseChatAuth(rawAuth);
  if (recovered && !auth.conversationId) {
    return { ...recovered, reader: { timeZone: auth.timeZone, locale: auth.locale, language: auth.language }, resumed: true };
  }
  return conversations.start(auth, beforeNew);
}

import { botWordsIn } from '../i18n/catalogues';
import type { Locale } from '../i18n/locales';
import { negotiateLocale, type NegotiatedLocale } from '../i18n/negotiate-locale';
import type { BotCatalogue } from './bot-catalogue';
import type { Reader } from './conversation-diagnosis';
import type { Conversation } from './conversation-store';

// The language of a conversation's next reply, negotiated from what it remembers:
// the widget's pinned language, the language the candidate writes in, the browser's.

/** The conversation's language; `detected` is this turn's message's, when it was clear. */
export function conversationLanguage(conversation: Conversation, detected?: Locale | null): NegotiatedLocale {
  return negotiateLocale({
    chosen: conversation.chosenLanguage,
    detected: detected ?? conversation.detectedLanguage,
    browser: conversation.locale,
  });
}

/** The reader a reply is rendered for: their clock and their language. */
export function readerOf(conversation: Conversation, detected?: Locale | null): Reader {
  return {
    timeZone: conversation.timeZone ?? undefined,
    locale: conversation.locale ?? undefined,
    language: conversationLanguage(conversation, detected).locale,
  };
}

/** The bot's own sentences in the conversation's language. */
export function wordsFor(reader: Reader): BotCatalogue {
  return botWordsIn(reader.language);
}

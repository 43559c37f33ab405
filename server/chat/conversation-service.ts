import { foreignLinkNotice } from '../links/foreign-link';
import { extractTokenCandidates, readPastedLink } from '../links/parse-pasted-link';
import { generateSecret } from '../security/secrets';
import type { Services } from '../services';
import { fixedReplies, type BotReply } from './bot-replies';
import type { ChatMessage, ClientDiagnostics, MessageSendPayload } from './chat-events';
import { diagnoseTurn, resolveConversationLink, type Reader } from './conversation-diagnosis';
import { articleAnswer, diagnosticsReply, greetingReply, type Situation } from './conversation-engine';
import { readerOf, wordsFor } from './conversation-language';
import { candidateWordsIn } from '../i18n/catalogues';
import { TurnReplies } from './turn-replies';
import type { Conversation, ConversationStore, StoredMessage } from './conversation-store';

/** One connection's hold on a conversation. `resumeSecret` is only ever in memory. */
export interface ChatSession {
  conversationId: string;
  resumeSecret: string;
  reader: Reader;
  resumed: boolean;
}

export function toChatMessage(message: StoredMessage): ChatMessage {
  return {
    id: message.id,
    role: message.role,
    text: message.text,
    at: message.at.toISOString(),
    ...(message.scenario ? { scenario: message.scenario } : {}),
    ...(message.details?.topic ? { topic: message.details.topic } : {}),
    ...(message.quickReplies?.length ? { quickReplies: message.quickReplies } : {}),
    ...(message.clientMessageId ? { clientMessageId: message.clientMessageId } : {}),
    ...(message.details?.facts ? { facts: message.details.facts } : {}),
    ...(message.details?.article ? { article: message.details.article } : {}),
    ...(message.details?.locale ? { locale: message.details.locale } : {}),
  };
}

const hasLink = (c: Conversation) => c.tokenHash !== null || c.invitationId !== null;

/** The conversation engine's I/O: storage, diagnosis and the bot's turns. */
export class ConversationService {
  readonly #replies: TurnReplies;

  constructor(
    private readonly services: Services,
    private readonly store: ConversationStore,
  ) {
    this.#replies = new TurnReplies(services, store);
  }

  /**
   * Resumes when the secret matches; otherwise (or without one) starts afresh. Never says
   * which. `beforeNew` runs just before a new conversation is created, and may refuse it.
   */
  async start(auth: { token?: string; link?: string; conversationId?: string; resumeSecret?: string } & Reader, beforeNew?: () => void): Promise<ChatSession> {
    const reader = { timeZone: auth.timeZone, locale: auth.locale, language: auth.language };
    const now = this.services.now();
    if (auth.conversationId && auth.resumeSecret) {
      const found = await this.store.findForResume(auth.conversationId, auth.resumeSecret);
      if (found) {
        await this.store.touch(found.id, now, reader);
        return { conversationId: found.id, resumeSecret: auth.resumeSecret, reader, resumed: true };
      }
    }
    beforeNew?.();
    const { link } = await resolveConversationLink(this.services, auth);
    const resumeSecret = generateSecret(24);
    const created = await this.store.create({ ...link, resumeSecret, ...reader, at: now });
    return { conversationId: created.id, resumeSecret, reader, resumed: false };
  }

  async history(conversationId: string): Promise<ChatMessage[]> {
    return (await this.store.messages(conversationId)).map(toChatMessage);
  }

  /** The first bot message (the diagnosis, or a request for the link), unless there is one. */
  async opening(conversationId: string): Promise<ChatMessage | null> {
    const conversation = await this.#conversation(conversationId);
    if (await this.store.lastBotMessage(conversationId)) return null;
    if (!hasLink(conversation)) return this.#post(conversation, greetingReply(wordsFor(readerOf(conversation))));
    const response = await diagnoseTurn(this.services, { link: conversation, reader: readerOf(conversation) });
    // What the candidate was first told: a later change to the link is announced against it.
    if (response.link) await this.store.claimLinkState(conversation.id, response.link.state, this.services.now());
    return this.#post(conversation, articleAnswer('diagnosis', response, this.#situation(conversation)));
  }

  /** Stores the candidate's message once; `created` is false for a repeated client message id. */
  async receive(conversationId: string, payload: MessageSendPayload) {
    const at = this.services.now();
    const stored = await this.store.addTurnMessage(
      {
        conversationId,
        role: 'candidate',
        text: payload.text,
        scenario: null,
        quickReplies: null,
        details: null,
        clientMessageId: payload.clientMessageId,
        trace: null,
        at,
      },
      true,
    );
    return { message: toChatMessage(stored.message), created: stored.created };
  }

  /** The bot's answer to what the candidate just said; null when it belongs to the recruiter's thread. */
  async answer(conversationId: string, text: string): Promise<ChatMessage | null> {
    const found = await this.store.getForTurn(conversationId);
    if (!found) throw new Error(`conversation ${conversationId} vanished`);
    const { conversation } = found;
    const pasted = await this.#answerPastedLink(conversation, text);
    if (pasted) return this.#post(conversation, pasted);
    const reply = await this.#replies.answer(conversation, text);
    return reply ? this.#post(conversation, reply) : null;
  }

  /** Kept with the conversation: later answers use it, and support sees it. */
  async saveDiagnostics(conversationId: string, diagnostics: ClientDiagnostics): Promise<void> {
    await this.store.saveDiagnostics(conversationId, diagnostics, this.services.now());
  }

  async answerDiagnostics(conversationId: string, diagnostics: ClientDiagnostics): Promise<ChatMessage> {
    const conversation = await this.#conversation(conversationId);
    const reader = readerOf(conversation);
    return this.#post(conversation, diagnosticsReply(diagnostics, wordsFor(reader), candidateWordsIn(reader.language).browserAdvice));
  }

  /**
   * A link pasted into the chat: attached when it is real, or when the conversation
   * has no known link yet, and answered with its own diagnosis. Once the link is
   * known, an unknown "link" is more likely some other site's URL in a question.
   */
  async #answerPastedLink(conversation: Conversation, text: string): Promise<BotReply | null> {
    const { foreignHost } = readPastedLink(text, this.services.publicUrl);
    if (foreignHost) return this.#notOurLink(conversation, foreignHost);
    if (extractTokenCandidates(text, this.services.publicUrl).length === 0) return null;
    const { link, context } = await resolveConversationLink(this.services, { link: text });
    if (!context && conversation.invitationId !== null) return null;
    await this.store.attachLink(conversation.id, link, this.services.now());
    const response = await diagnoseTurn(this.services, { link, reader: readerOf(conversation) });
    const situation = { ...this.#situation(conversation), hasLink: true };
    return articleAnswer('link-attached', response, situation);
  }

  /**
   * A link on someone else's host (another domain, `ours@elsewhere`, a look-alike in
   * another script) is never looked up or attached: the candidate is told it is not
   * ours, not to enter anything there, and where the real one is.
   */
  #notOurLink(conversation: Conversation, host: string): BotReply {
    const reader = readerOf(conversation);
    const { message, step } = foreignLinkNotice(host, this.services.publicUrl, reader.language ?? 'en');
    return { text: message, quickReplies: [fixedReplies(wordsFor(reader)).talkToPerson], trace: { reply: 'foreign-link', state: null, steps: [step] } };
  }

  #situation(conversation: Conversation): Situation {
    const reader = readerOf(conversation);
    return {
      hasLink: hasLink(conversation),
      diagnostics: conversation.clientDiagnostics,
      words: wordsFor(reader),
      advice: candidateWordsIn(reader.language).browserAdvice,
    };
  }

  async #conversation(id: string): Promise<Conversation> {
    const conversation = await this.store.get(id);
    if (!conversation) throw new Error(`conversation ${id} vanished`);
    return conversation;
  }

  async #post(conversation: Conversation, reply: BotReply): Promise<ChatMessage> {
    const at = this.services.now();
    const turn = reply.trace.replyRule ? { rule: reply.trace.replyRule, alternatives: reply.trace.alternatives } : undefined;
    const locale = reply.locale ?? readerOf(conversation).language;
    const details = { facts: reply.facts, article: reply.article, topic: reply.topic, turn, locale };
    const { message } = await this.store.addTurnMessage(
      {
        conversationId: conversation.id,
        role: 'bot',
        text: reply.text,
        scenario: reply.scenario ?? null,
        quickReplies: reply.quickReplies,
        details,
        clientMessageId: null,
        trace: { ...reply.trace },
        at,
      },
      false,
    );
    return toChatMessage(message);
  }
}

import type { Locale } from '../i18n/locales';
import { formatDateTime } from '../knowledge/format-time';
import type { Understanding } from '../knowledge/understand-message';
import type { Services } from '../services';
import type { BotReply } from './bot-replies';
import { composeReply } from './compose-reply';
import { escalationReply } from './conversation-engine';
import { readerOf, wordsFor } from './conversation-language';
import { diagnoseTurn, diagnoseTurnWithFacts, type TurnDiagnosis } from './conversation-diagnosis';
import { findOffered, rememberConversation } from './conversation-memory';
import type { Conversation, ConversationStore } from './conversation-store';
import { readSaid } from './read-said';
import { renderReply, type ReplyWording } from './render-reply';
import type { ReplyInput, ReplyPlan, SelfService } from './reply-input';

// The I/O around composeReply: what the conversation remembers, the link's state,
// what the org allows; then the plan's effect (an extension, a mail) and its words.

/** Enough of a conversation's recent past for every rule (offers, shown articles, declines). */
const REMEMBERED_MESSAGES = 40;

export class TurnReplies {
  constructor(
    private readonly services: Services,
    private readonly store: ConversationStore,
  ) {}

  async answer(conversation: Conversation, text: string): Promise<BotReply | null> {
    const kb = this.services.knowledge();
    const [messages, ticket] = await Promise.all([
      this.store.recentMessages(conversation.id, REMEMBERED_MESSAGES),
      this.services.tickets.openForConversation(conversation.id),
    ]);
    const said = readSaid(text, findOffered(messages, text), () => kb.understand(text, 'candidate'));
    const message = said.kind === 'text' ? text : undefined;
    conversation = await this.#rememberLanguage(conversation, said.kind === 'text' ? said.reading.language : null);
    const turn = await diagnoseTurnWithFacts(this.services, { link: conversation, reader: readerOf(conversation), message });
    const input: ReplyInput = {
      said,
      link: this.#situation(conversation, turn),
      memory: rememberConversation(messages, ticket !== undefined),
      selfService: await this.#allowance(conversation),
      words: wordsFor(readerOf(conversation)),
    };
    const plan = composeReply(input);
    if (plan.silent) {
      const mine = messages.filter((m) => m.role === 'candidate').at(-1);
      await this.services.ticketThread.candidateWrote(ticket!.id, text, mine?.id ?? '');
      return null;
    }
    const reply = await this.#perform(plan, conversation, turn, input);
    const locale = readerOf(conversation).language;
    return { ...reply, locale, trace: { ...reply.trace, state: input.link?.state ?? null, reading: said.kind === 'text' ? traceOf(said.reading) : undefined } };
  }

  /** A message clearly in another language than the last one moves the conversation to it. */
  async #rememberLanguage(conversation: Conversation, detected: Locale | null): Promise<Conversation> {
    if (!detected || detected === conversation.detectedLanguage) return conversation;
    await this.store.setDetectedLanguage(conversation.id, detected, this.services.now());
    return { ...conversation, detectedLanguage: detected };
  }

  #situation(conversation: Conversation, turn: TurnDiagnosis): ReplyInput['link'] {
    const hasLink = conversation.tokenHash !== null || conversation.invitationId !== null;
    if (!hasLink) return null;
    return { state: turn.response.link?.state ?? 'link-not-found', policy: turn.facts.policy };
  }

  async #allowance(conversation: Conversation): Promise<SelfService | null> {
    if (!conversation.orgId || !conversation.invitationId) return null;
    return this.services.selfService.allowance(conversation.orgId, conversation.invitationId);
  }

  #wording(conversation: Conversation, turn: TurnDiagnosis, extra: Record<string, string> = {}): ReplyWording {
    const reader = readerOf(conversation);
    return {
      kb: this.services.knowledge(),
      response: turn.response,
      facts: turn.facts,
      ...reader,
      words: wordsFor(reader),
      extra,
      diagnostics: conversation.clientDiagnostics,
    };
  }

  /** Carries out the plan's effect, then words the reply (with the effect's outcome). */
  async #perform(plan: ReplyPlan, conversation: Conversation, turn: TurnDiagnosis, input: ReplyInput): Promise<BotReply> {
    const hours = String(input.selfService?.extendHours ?? '');
    const wording = this.#wording(conversation, turn, { hours, newDeadline: newDeadlineOf(turn, input, conversation) });
    switch (plan.effect) {
      case 'mark-solved':
        await this.store.setOutcome(conversation.id, 'self_served', this.services.now());
        break;
      case 'escalation-offer': {
        const response = await diagnoseTurn(this.services, {
          link: conversation,
          reader: readerOf(conversation),
          scenario: 'contact-recruiter',
          rule: 'asked-for-person',
        });
        const reply = escalationReply(response, true, input.words);
        return { ...reply, trace: { ...reply.trace, replyRule: plan.rule, why: plan.why } };
      }
      case 'extend':
        return this.#extend(plan, conversation, wording, turn);
      case 'resend-link':
        return this.#resend(plan, conversation, wording);
    }
    return renderReply(plan, wording);
  }

  async #extend(plan: ReplyPlan, conversation: Conversation, wording: ReplyWording, before: TurnDiagnosis): Promise<BotReply> {
    // This reply tells the news itself: the state it brings is claimed first, so the
    // link watcher (which hears of the change too) does not announce it a second time.
    const now = this.services.now();
    const current = before.response.link?.state;
    await this.store.claimLinkState(conversation.id, before.facts.startedAt ? 'in-progress-resume' : 'link-valid', now);
    const outcome = await this.services.selfService.extend(conversation.orgId!, conversation.invitationId!, conversation.id, wording.language);
    if (outcome.kind !== 'extended') {
      if (current) await this.store.claimLinkState(conversation.id, current, now);
      const line = outcome.kind === 'limit' ? wording.words.words['bot.extend.limit'] : wording.words.words['bot.extend.unavailable'];
      const reason = outcome.kind === 'not-allowed' ? outcome.reason : '';
      return renderReply({ ...plan, lines: [line], replies: [{ action: 'escalate' }] }, { ...wording, extra: { ...wording.extra, reason } });
    }
    const after = await diagnoseTurnWithFacts(this.services, { link: conversation, reader: readerOf(conversation) });
    const done: ReplyPlan = {
      ...plan,
      scenario: after.response.link?.state,
      lines: [wording.words.words['bot.extend.done']],
      replies: [{ action: 'open-link' }],
    };
    return renderReply(done, { ...this.#wording(conversation, after), gatewayUrl: this.#gatewayUrl(after) });
  }

  async #resend(plan: ReplyPlan, conversation: Conversation, wording: ReplyWording): Promise<BotReply> {
    if (!conversation.orgId || !conversation.invitationId) {
      return renderReply({ ...plan, lines: [wording.words.words['bot.resend.unavailable']], replies: [{ action: 'talk-to-person' }] }, wording);
    }
    const outcome = await this.services.selfService.resendLink(conversation.orgId, conversation.invitationId, wording.language);
    const w = wording.words.words;
    const line = { sent: w['bot.resend.done'], limit: w['bot.resend.limit'], unusable: w['bot.resend.unavailable'] }[outcome.kind];
    return renderReply({ ...plan, lines: [line], replies: [{ action: 'solved' }, { action: 'talk-to-person' }] }, wording);
  }

  /** The gateway URL cannot be rebuilt from a hash: the link view carries none, so the widget's own page link is used. */
  #gatewayUrl(turn: TurnDiagnosis): string | undefined {
    const token = turn.context ? this.services.invitationService.revealUrl(turn.context.invitation) : undefined;
    return token ?? undefined;
  }
}

/** The deadline an extension would give, in the reader's zone (said before they confirm). */
function newDeadlineOf(turn: TurnDiagnosis, input: ReplyInput, conversation: Conversation): string {
  if (!input.selfService) return '';
  const base = Math.max(turn.facts.now.getTime(), turn.facts.deadline?.getTime() ?? 0);
  const reader = readerOf(conversation);
  return formatDateTime(new Date(base + input.selfService.extendHours * 3_600_000), {
    timeZone: reader.timeZone,
    locale: reader.locale,
    language: reader.language,
  });
}

function traceOf(reading: Understanding) {
  return {
    ranked: reading.ranked.slice(0, 3),
    confident: reading.confident,
    smallTalk: reading.smallTalk,
    otherTopics: reading.otherTopics,
    language: reading.language,
  };
}

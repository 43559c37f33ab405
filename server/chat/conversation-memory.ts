import { isScenarioId, type ScenarioId } from '../diagnosis/scenario-ids';
import type { QuickReply } from './chat-events';
import type { StoredMessage } from './conversation-store';
import type { ConversationMemory } from './reply-input';

// What the conversation so far tells the composer: which articles were shown, what
// the last answer could have been instead, how often it was declined, and which
// buttons are still on screen. Pure, over the stored messages.

/** Stored with each composed bot turn (in `details`, which the chat reads back). */
export interface TurnMemo {
  rule: string;
  alternatives?: ScenarioId[];
}

/** How far back offered buttons stay answerable: choices stay until used, not forever. */
const OFFERS_KEPT = 8;
const DECLINE_RULES = new Set(['next-best', 'offer-person']);
const ANSWER_RULES = new Set(['usable-question', 'completed-question', 'link-state', 'no-link-question', 'blocked-question']);

const normalize = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

export function memoOf(message: StoredMessage): TurnMemo | undefined {
  return (message.details as { turn?: TurnMemo } | null)?.turn;
}

export function rememberConversation(messages: readonly StoredMessage[], handedOver: boolean): ConversationMemory {
  const shown = new Set<ScenarioId>();
  let lastAnswer: ConversationMemory['lastAnswer'];
  let declines = 0;
  for (const message of messages) {
    if (message.role !== 'bot') continue;
    const article = message.details?.article?.id;
    if (article && isScenarioId(article)) shown.add(article);
    const memo = memoOf(message);
    if (!memo) continue;
    if (DECLINE_RULES.has(memo.rule)) declines++;
    else if (ANSWER_RULES.has(memo.rule) && message.scenario && isScenarioId(message.scenario)) {
      lastAnswer = { scenario: message.scenario, alternatives: (memo.alternatives ?? []).filter((id) => !shown.has(id)) };
      declines = 0;
    }
  }
  return { shown: [...shown], lastAnswer, declines, handedOver };
}

/**
 * The button whose text the candidate just sent, from the most recent bot message
 * offering it among the last few: a choice stays answerable when a later notice
 * (a browser check, a recruiter's reply) arrives after it.
 */
export function findOffered(messages: readonly StoredMessage[], text: string): QuickReply | undefined {
  const said = normalize(text);
  const offers = messages
    .filter((m) => m.role === 'bot' && m.quickReplies?.length)
    .slice(-OFFERS_KEPT)
    .reverse();
  for (const message of offers) {
    const found = message.quickReplies!.find((reply) => normalize(reply.text) === said || normalize(reply.label) === said);
    if (found) return found;
  }
  return undefined;
}

import type { DiagnosisService } from '../diagnosis/diagnosis-service';
import type { Limits, Verdict } from '../http/limits';
import type { ChatRefusals } from '../i18n/candidate-words';
import { candidateWordsIn } from '../i18n/catalogues';
import type { Locale } from '../i18n/locales';
import { fill } from '../../widget/messages/catalogue';
import { formatDuration } from '../knowledge/format-time';
import { extractTokenCandidates } from '../links/parse-pasted-link';
import { ChatAuthError } from './chat-auth';
import type { ChatAuth } from './chat-events';
import { TurnQueue } from './turn-queue';

// The chat's share of the service's limits (server/http/limits.ts): commands per
// conversation across all its sockets and nodes and per address, handshakes per
// address and per conversation, sockets per conversation, new conversations per
// address, and pasted links that do not exist, counted like the gateway's.

/** Sockets one conversation may hold on one node: a few tabs, not a flood. */
export const MAX_SOCKETS_PER_CONVERSATION = 5;

/**
 * Throws the refusal when the budget is spent, in the reader's language, with the
 * wait rounded up to whole minutes. The words are looked up only then.
 */
function refuse(verdict: Verdict, language: Locale | undefined, key: keyof ChatRefusals): void {
  if (verdict.ok) return;
  const words = candidateWordsIn(language);
  const wait = formatDuration(Math.max(1, Math.ceil(verdict.retryAfterSeconds / 60)) * 60_000, {
    code: language ?? 'en',
    lessThanAMinute: words.lessThanAMinute,
  });
  throw new ChatAuthError({ code: 'rate_limited', message: fill(words.refusals[key], { wait }) });
}

export class ChatLimits {
  // One conversation's checks run in arrival order, even when the store answers out of order.
  readonly #order = new TurnQueue();

  constructor(
    private readonly limits: Limits,
    private readonly diagnosis: Pick<DiagnosisService, 'resolve'>,
  ) {}

  get enabled(): boolean {
    return this.limits.enabled;
  }

  /** Before a handshake: every connection, new or resumed, spends the address's budget. */
  async beforeHandshake(address: string, auth: Partial<ChatAuth>, language: Locale | undefined): Promise<void> {
    if (!this.enabled) return;
    refuse(await this.limits.take('chatHandshake', address), language, 'connections');
    if (auth.conversationId) {
      refuse(await this.limits.take('chatResume', String(auth.conversationId)), language, 'reconnecting');
    } else if (auth.token || auth.link) {
      await this.unknownLink(address, auth.token ? { token: String(auth.token) } : { link: String(auth.link) }, language);
    }
  }

  /** Whether a new conversation may start; counted by `countNew` once it has. */
  async newConversationGate(address: string, language: Locale | undefined): Promise<() => void> {
    if (!this.enabled) return () => undefined;
    const verdict = await this.limits.check('newConversation', address);
    return () => refuse(verdict, language, 'newChats');
  }

  async countNew(address: string): Promise<void> {
    if (this.enabled) await this.limits.take('newConversation', address);
  }

  /** A command: spends the conversation's budget (all its sockets) and the address's. */
  async command(conversationId: string, address: string): Promise<boolean> {
    if (!this.enabled) return true;
    return this.#order.run(conversationId, async () => {
      const [conversation, client] = await Promise.all([this.limits.take('chatConversation', conversationId), this.limits.take('chatAddress', address)]);
      return conversation.ok && client.ok;
    });
  }

  /**
   * A pasted link that does not exist counts against the address like an unknown
   * token at the gateway; once that budget is spent such pastes are refused, while
   * a link that exists always goes through.
   */
  async pastedLink(address: string, text: string, language: Locale | undefined): Promise<void> {
    if (!this.enabled || extractTokenCandidates(text).length === 0) return;
    await this.unknownLink(address, { link: text }, language);
  }

  private async unknownLink(address: string, given: { token?: string; link?: string }, language: Locale | undefined): Promise<void> {
    if (await this.diagnosis.resolve(given)) return;
    refuse(await this.limits.take('unknownToken', address), language, 'unknownLinks');
  }
}

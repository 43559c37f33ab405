import type { DiagnosisService } from '../diagnosis/diagnosis-service';
import type { Limits, Verdict } from '../http/limits';
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

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function refuse(verdict: Verdict, message: (retryAfterSeconds: number) => string): void {
  if (verdict.ok) return;
  throw new ChatAuthError({ code: 'rate_limited', message: message(verdict.retryAfterSeconds) });
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
  async beforeHandshake(address: string, auth: Partial<ChatAuth>): Promise<void> {
    if (!this.enabled) return;
    refuse(
      await this.limits.take('chatHandshake', address),
      (s) => `Too many connections from your network. Please try again in ${plural(minutes(s), 'minute')}.`,
    );
    if (auth.conversationId) {
      const verdict = await this.limits.take('chatResume', String(auth.conversationId));
      refuse(verdict, () => 'This chat is reconnecting too often. Please wait a minute.');
    } else if (auth.token || auth.link) {
      await this.unknownLink(address, auth.token ? { token: String(auth.token) } : { link: String(auth.link) });
    }
  }

  /** Whether a new conversation may start; counted by `countNew` once it has. */
  async newConversationGate(address: string): Promise<() => void> {
    if (!this.enabled) return () => undefined;
    const verdict = await this.limits.check('newConversation', address);
    return () => refuse(verdict, (s) => `Too many new chats from your network. Please try again in ${plural(minutes(s), 'minute')}.`);
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
  async pastedLink(address: string, text: string): Promise<void> {
    if (!this.enabled || extractTokenCandidates(text).length === 0) return;
    await this.unknownLink(address, { link: text });
  }

  private async unknownLink(address: string, given: { token?: string; link?: string }): Promise<void> {
    if (await this.diagnosis.resolve(given)) return;
    refuse(
      await this.limits.take('unknownToken', address),
      (s) => `Too many links that do not exist were tried from your network. Please try again in ${plural(minutes(s), 'minute')}.`,
    );
  }
}

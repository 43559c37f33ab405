import { readerOf, wordsFor } from './conversation-language';
import type { Logger } from 'pino';
import type { StateScenarioId } from '../diagnosis/scenario-ids';
import { LINK_CHANGE_CHANNEL } from '../links/link-context-cache';
import type { Services } from '../services';
import { linkChangeReply } from './link-change-reply';
import type { ConversationStore } from './conversation-store';
import { diagnoseTurnWithFacts } from './conversation-diagnosis';
import { conversationRoom, type ChatNamespace } from './chat-handlers';
import { toChatMessage } from './conversation-service';

// Closes the loop: a change to a link (extended, reset, reissued, revoked, completed,
// its job paused, closed or reopened), made on any node, by a recruiter, the bot or
// the platform API, reaches that link's open conversations as a bot message. Each
// node watches the conversations whose sockets it holds; the database's NOTIFY
// (migration 008) names the changed row, and a conditional UPDATE of the
// conversation's last announced state makes sure one node announces it once.

interface Watched {
  invitationId: string;
  jobId: string;
  sockets: number;
}

export class LinkWatcher {
  /** Conversations with a socket on this node, by conversation id. */
  readonly #watched = new Map<string, Watched>();
  readonly #pending = new Map<string, Promise<void>>();

  constructor(
    private readonly services: Services,
    private readonly store: ConversationStore,
    private readonly nsp: ChatNamespace,
    private readonly logger: Logger,
  ) {
    services.db.notifications(LINK_CHANGE_CHANNEL, (payload) => this.#changed(payload));
  }

  /** A socket of `conversationId` connected here; returns what to call when it leaves. */
  async watch(conversationId: string): Promise<() => void> {
    const conversation = await this.store.get(conversationId);
    if (!conversation?.invitationId || !conversation.orgId) return () => undefined;
    const invitation = await this.services.invitations.get(conversation.orgId, conversation.invitationId);
    if (!invitation) return () => undefined;
    const entry = this.#watched.get(conversationId) ?? { invitationId: invitation.id, jobId: invitation.jobId, sockets: 0 };
    entry.sockets++;
    this.#watched.set(conversationId, entry);
    return () => {
      entry.sockets--;
      if (entry.sockets <= 0) this.#watched.delete(conversationId);
    };
  }

  #changed(payload: string): void {
    const [table, id] = payload.split(':');
    for (const [conversationId, entry] of this.#watched) {
      const hit = (table === 'invitations' && entry.invitationId === id) || (table === 'jobs' && entry.jobId === id) || id === '*';
      // check() logs its own failures; nothing waits for an announcement.
      if (hit) void this.check(conversationId);
    }
  }

  /** Re-diagnoses the conversation's link and announces a new state once. Serialized per conversation. */
  check(conversationId: string): Promise<void> {
    const previous = this.#pending.get(conversationId) ?? Promise.resolve();
    const next = previous
      .then(() => this.#announce(conversationId))
      .catch((error: unknown) => {
        this.logger.warn({ err: error, conversationId }, 'link change announcement failed');
      });
    this.#pending.set(conversationId, next);
    void next.finally(() => {
      if (this.#pending.get(conversationId) === next) this.#pending.delete(conversationId);
    });
    return next;
  }

  async #announce(conversationId: string): Promise<void> {
    const conversation = await this.store.get(conversationId);
    if (!conversation?.invitationId) return;
    const reader = readerOf(conversation);
    const turn = await diagnoseTurnWithFacts(this.services, { link: conversation, reader });
    const state = turn.response.link?.state as StateScenarioId | undefined;
    if (!state) return;
    const before = await this.store.claimLinkState(conversationId, state, this.services.now());
    // null: first sight of this conversation's state (nothing was announced to compare with).
    if (before === undefined || before === null) return;
    const gatewayUrl = turn.context ? (this.services.invitationService.revealUrl(turn.context.invitation) ?? undefined) : undefined;
    const reply = linkChangeReply(state, before, {
      kb: this.services.knowledge(),
      response: turn.response,
      facts: turn.facts,
      ...reader,
      words: wordsFor(reader),
      gatewayUrl,
    });
    const { message } = await this.store.addTurnMessage(
      {
        conversationId,
        role: 'bot',
        text: reply.text,
        scenario: state,
        quickReplies: reply.quickReplies,
        details: { facts: reply.facts, locale: reader.language },
        clientMessageId: null,
        trace: { ...reply.trace },
        at: this.services.now(),
      },
      false,
    );
    this.nsp.to(conversationRoom(conversationId)).emit('message:new', toChatMessage(message));
  }
}

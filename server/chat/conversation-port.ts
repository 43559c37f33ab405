import type { Queryable } from '../db/database';
import type { ConversationPort } from '../escalation/escalation-ports';
import { conversationLanguage } from './conversation-language';
import type { ConversationStore } from './conversation-store';
import { toChatMessage } from './conversation-service';

/** The chat's side of escalation: the conversation a ticket comes from and goes back to. */
export function createConversationPort(store: ConversationStore, now: () => Date): ConversationPort {
  const post = async (tx: Queryable, conversationId: string, role: 'recruiter' | 'agent' | 'system', text: string) => {
    const { message } = await store.addMessage(
      { conversationId, role, text, scenario: null, quickReplies: null, details: null, clientMessageId: null, trace: null, at: now() },
      tx,
    );
    return toChatMessage(message);
  };
  return {
    async verify(conversationId, resumeSecret) {
      const found = await store.findForResume(conversationId, resumeSecret);
      return (
        found && {
          id: found.id,
          invitationId: found.invitationId,
          timeZone: found.timeZone,
          clientDiagnostics: found.clientDiagnostics as Record<string, unknown> | null,
          language: conversationLanguage(found).locale,
        }
      );
    },
    async transcript(conversationId) {
      return (await store.messages(conversationId)).map((m) => ({ role: m.role, text: m.text, at: m.at, scenario: m.scenario }));
    },
    async recordEscalation(tx, conversationId, text) {
      await store.setOutcome(conversationId, 'escalated', now(), tx);
      return post(tx, conversationId, 'system', text);
    },
    recordReply: post,
  };
}

// Conversation-wide commands of the chat: `conversation:rate` (satisfaction, 1..5),
// `conversation:email` (the transcript to the invitation's own address, through the
// outbox, at most once per MAIL_INTERVAL_MS per conversation) and
// `conversation:language` (the candidate's pick in the widget's language menu).
import { z } from 'zod';
import type { Database } from '../db/database';
import type { Outbox } from '../delivery/outbox';
import { maskEmail } from '../diagnosis/mask-email';
import type { InvitationStore } from '../links/invitation-store';
import { command, gateFor, type ChatContext, type ChatSocket } from './chat-handlers';
import { conversationLanguageSchema } from './chat-event-schemas';
import { MAX_RATING_COMMENT_LENGTH, type ConversationRatePayload } from './chat-events';
import { readerOf } from './conversation-language';
import { candidateWordsIn } from '../i18n/catalogues';
import type { ConversationStore } from './conversation-store';
import { FeedbackStore } from './feedback-store';
import { transcriptMail } from './transcript-mail';

export const MAIL_INTERVAL_MS = 10 * 60_000;

export const conversationRateSchema = z.object({
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(MAX_RATING_COMMENT_LENGTH).optional(),
});
export const conversationEmailSchema = z.object({}).optional();

// Compile-time tie to the shared contract, as in chat-event-schemas.ts.
const sameShape: (p: z.infer<typeof conversationRateSchema>) => ConversationRatePayload = (p) => p;
void sameShape;

export interface FeedbackDeps {
  db: Database;
  conversations: ConversationStore;
  invitations: InvitationStore;
  outbox: Outbox;
  now: () => Date;
}

const NO_ADDRESS = { error: { code: 'no_address', message: 'This conversation is not tied to an invitation, so there is no address to send it to.' } };
const TOO_SOON = { error: { code: 'rate_limited', message: 'This conversation was emailed a moment ago. Try again in a few minutes.' } };

export function registerFeedbackHandlers(socket: ChatSocket, ctx: ChatContext, deps: FeedbackDeps): void {
  const { conversationId } = socket.data.session;
  const budget = gateFor(socket, ctx);
  const feedback = new FeedbackStore(deps.db);

  socket.on(
    'conversation:rate',
    command(conversationRateSchema, budget, ctx.logger, async (payload, reply) => {
      await feedback.rate(conversationId, payload.score, payload.comment || null, deps.now());
      reply({ ok: true });
    }),
  );

  socket.on(
    'conversation:email',
    command(conversationEmailSchema, budget, ctx.logger, async (_payload, reply) => {
      const conversation = await deps.conversations.get(conversationId);
      const invitation = conversation?.invitationId ? await deps.invitations.findById(conversation.invitationId) : undefined;
      if (!invitation) return reply(NO_ADDRESS);
      const language = readerOf(conversation!).language;
      const mail = transcriptMail(await deps.conversations.messages(conversationId), invitation.candidateEmail, null, candidateWordsIn(language));
      const now = deps.now();
      // The claim and the mail commit together: a failed enqueue leaves the slot free.
      const result = await deps.db.transaction(async (tx) => {
        const claimed = await feedback.claimTranscriptMail(tx, conversationId, now, new Date(now.getTime() - MAIL_INTERVAL_MS));
        if (!claimed) return TOO_SOON;
        await deps.outbox.enqueueEmail(tx, claimed.orgId, 'conversation.transcript', mail);
        return { ok: true as const, to: maskEmail(invitation.candidateEmail) };
      });
      if ('ok' in result) deps.outbox.wake();
      reply(result);
    }),
  );

  socket.on(
    'conversation:language',
    command<typeof conversationLanguageSchema, { language: string }>(conversationLanguageSchema, budget, ctx.logger, async ({ language }, reply) => {
      await deps.conversations.setChosenLanguage(conversationId, language, deps.now());
      socket.data.session.reader = { ...socket.data.session.reader, language };
      reply({ ok: true, language });
    }),
  );
}

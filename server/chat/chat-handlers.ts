import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Namespace, Socket } from 'socket.io';
import type { z } from 'zod';
import { isStoreUnavailableError } from '../db/store-errors';
import { describeUnstorableText } from '../http/input-guard';
import { ChatAuthError, describeIssues } from './chat-auth';
import { clientDiagnosticsSchema, messageSendSchema } from './chat-event-schemas';
import type { ChatAck, ChatMessage, ClientToServerEvents, InterServerEvents, ServerToClientEvents } from './chat-events';
import type { ChatLimits } from './chat-limits';
import type { ChatSession, ConversationService } from './conversation-service';
import type { TurnQueue } from './turn-queue';

export interface SocketData {
  session: ChatSession;
  /** The client's address (TRUST_PROXY's rules), for per-address limits. */
  address: string;
}

export type ChatNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type ChatSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export interface ChatContext {
  nsp: ChatNamespace;
  conversations: ConversationService;
  queue: TurnQueue;
  logger: Logger;
  /** Commands per conversation and address; the bot's answers cost a diagnosis each. */
  limits: ChatLimits;
}

type Reply<T extends object> = (response: ChatAck<T>) => void;

const INTERNAL = { error: { code: 'internal_error', message: 'Something went wrong. Please try again.' } } as const;
const RATE_LIMITED = { error: { code: 'rate_limited', message: 'Too many messages at once. Wait a moment.' } } as const;
// Not stored: the client keeps the message and sends it again once the service is back.
const UNAVAILABLE = { error: { code: 'service_unavailable', message: 'The service is degraded; your message was not sent yet.' } } as const;

/** Every conversation's sockets share a room, so all its tabs see each message. */
export const conversationRoom = (conversationId: string) => `conversation:${conversationId}`;

/** Runs a command in the conversation's turn, once it has passed the conversation's and the address's limits. */
export type Gate = <T>(task: () => Promise<T>) => Promise<T | typeof RATE_LIMITED>;

/**
 * Wraps a command handler so that nothing a client sends can throw: the payload is
 * validated, the ack is optional (and answered at most once), and failures become
 * `{ error }` acks. Socket.IO passes the ack last, whatever came before it.
 */
export function command<S extends z.ZodType, T extends object>(
  schema: S,
  gate: Gate,
  logger: Logger,
  run: (payload: z.infer<S>, reply: Reply<T>) => Promise<void>,
) {
  return (...args: unknown[]): void => {
    const last = args[args.length - 1];
    const ack = typeof last === 'function' ? (last as Reply<T>) : undefined;
    const payload = ack ? (args.length > 1 ? args[0] : undefined) : args[0];
    let answered = false;
    const reply: Reply<T> = (response) => {
      if (answered || !ack) return;
      answered = true;
      try {
        ack(response);
      } catch (error) {
        logger.warn({ err: error }, 'chat ack failed');
      }
    };
    const unstorable = describeUnstorableText(payload, 'payload');
    if (unstorable) return reply({ error: { code: 'invalid_request', message: unstorable } });
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      return reply({ error: { code: 'invalid_request', message: describeIssues(parsed.error) } });
    }
    gate(() => run(parsed.data, reply)).then(
      (outcome) => {
        if (outcome === RATE_LIMITED) reply(RATE_LIMITED);
      },
      (error: unknown) => {
        if (error instanceof ChatAuthError) return reply({ error: error.data });
        if (isStoreUnavailableError(error)) return reply(UNAVAILABLE);
        logger.error({ err: error }, 'chat command failed');
        reply(INTERNAL);
      },
    );
  };
}

// Said when the bot's answer failed after the message was stored: the candidate
// should not wait for an answer that will not come.
const apology = (): ChatMessage => ({
  id: randomUUID(),
  role: 'system',
  text: 'Sorry, I could not answer that just now. Please try again in a moment.',
  at: new Date().toISOString(),
});

/**
 * Runs a socket's commands in its conversation's turn, once they passed the
 * conversation's and the address's limits. The turn is queued at once, so commands
 * keep their order; a refusal is answered as soon as the (ordered) check says so.
 */
export function gateFor(socket: ChatSocket, ctx: ChatContext): Gate {
  const { conversationId } = socket.data.session;
  const { address } = socket.data;
  return (task) => {
    const allowed = ctx.limits.command(conversationId, address);
    const turn = ctx.queue.run(conversationId, async () => ((await allowed) ? task() : RATE_LIMITED));
    void turn.catch(() => undefined);
    return allowed.then((ok) => (ok ? turn : RATE_LIMITED));
  };
}

export function registerChatHandlers(socket: ChatSocket, ctx: ChatContext): void {
  const { conversationId } = socket.data.session;
  const room = () => ctx.nsp.to(conversationRoom(conversationId));
  const { address } = socket.data;
  const gate = gateFor(socket, ctx);

  socket.on(
    'message:send',
    command(messageSendSchema, gate, ctx.logger, async (payload, reply: Reply<{ id: string }>) => {
      await ctx.limits.pastedLink(address, payload.text, socket.data.session.reader.language);
      const { message, created } = await ctx.conversations.receive(conversationId, payload);
      reply({ ok: true, id: message.id });
      if (!created) return;
      room().emit('message:new', message);
      try {
        // No answer once the conversation is handed over: the message is the recruiter's.
        const answer = await ctx.conversations.answer(conversationId, payload.text);
        if (answer) room().emit('message:new', answer);
      } catch (error) {
        ctx.logger.error({ err: error, conversationId }, 'chat answer failed');
        socket.emit('message:new', apology());
      }
    }),
  );

  socket.on(
    'client:diagnostics',
    command(clientDiagnosticsSchema, gate, ctx.logger, async (diagnostics, reply: Reply<object>) => {
      await ctx.conversations.saveDiagnostics(conversationId, diagnostics);
      reply({ ok: true });
      room().emit('message:new', await ctx.conversations.answerDiagnostics(conversationId, diagnostics));
    }),
  );
}

/** Right after connecting: the conversation so far, then its first bot message if it has none yet. */
export async function greet(socket: ChatSocket, ctx: ChatContext): Promise<void> {
  const { conversationId, resumeSecret } = socket.data.session;
  await ctx.queue.run(conversationId, async () => {
    const messages = await ctx.conversations.history(conversationId);
    socket.emit('conversation:ready', { conversationId, resumeSecret, messages });
    const opening = await ctx.conversations.opening(conversationId);
    if (opening) ctx.nsp.to(conversationRoom(conversationId)).emit('message:new', opening);
  });
}

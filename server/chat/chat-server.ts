import type { Server as HttpServer, IncomingMessage } from 'node:http';
import pino, { type Logger } from 'pino';
import { Server, type ServerOptions } from 'socket.io';
import { isStoreUnavailableError } from '../db/store-errors';
import type { StoreHealth } from '../db/store-health';
import type { Services } from '../services';
import { createLimits, type Limits } from '../http/limits';
import { authenticate, ChatAuthError, parseChatAuth } from './chat-auth';
import { CHAT_NAMESPACE, type ClientToServerEvents, type InterServerEvents, type ServerToClientEvents } from './chat-events';
import { conversationRoom, greet, registerChatHandlers, type ChatContext, type SocketData } from './chat-handlers';
import { ChatLimits, MAX_SOCKETS_PER_CONVERSATION } from './chat-limits';
import { candidateWordsIn } from '../i18n/catalogues';
import { negotiateLocale } from '../i18n/negotiate-locale';
import { ConversationService } from './conversation-service';
import { registerFeedbackHandlers } from './feedback-handlers';
import { LinkWatcher } from './link-watcher';
import { TurnQueue } from './turn-queue';

export type ChatServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export interface ChatServerOptions {
  /** Allowed origins; the widget is embedded anywhere, so any origin by default (never with credentials). */
  corsOrigin?: string | string[] | boolean;
  logger?: Logger;
  /** How long a dropped connection may come back with its state (missed messages, rooms). */
  maxDisconnectionMs?: number;
  /** Commands per conversation per window (tests shrink it); see server/http/limits.ts. */
  commandLimit?: { limit: number; windowMs: number };
  /** false (RATE_LIMIT=off, benchmarks only) lifts the chat's limits. */
  rateLimit?: boolean;
  /** The rate-limit counters, shared with the HTTP app; built from `rateLimit` when absent. */
  limits?: Limits;
  /** The PostgreSQL adapter when several nodes share one database (see cluster-adapter.ts). */
  adapter?: ServerOptions['adapter'];
  /** Told to connected widgets as `service:status` while the store misbehaves. */
  health?: Pick<StoreHealth, 'degraded' | 'onChange'>;
  /** Shared with the caller, which waits for in-flight turns when draining. */
  queue?: TurnQueue;
  /** New conversations one client address may open per window (off with `rateLimit: false`). */
  newConversationLimit?: { limit: number; windowMs: number };
  /** The client's address from its opening request (the app's TRUST_PROXY rules); default the peer's. */
  clientAddress?: (req: IncomingMessage) => string | undefined;
}

// The largest legitimate frame is a 2,000-character message or a diagnostics report,
// a few KB even fully escaped. Frames up to this size reach validation and get an
// `{ error }` ack naming the field; only far bigger ones are cut at the transport.
export const MAX_HTTP_BUFFER_SIZE = 1024 * 1024;
// A refusal the widget treats as passing: it keeps the conversation and tries again.
const SERVICE_UNAVAILABLE = { code: 'service_unavailable', message: 'The chat is degraded right now; retrying shortly.' };

/** The Socket.IO server of the chat, on the app's own HTTP server. Only `/chat` is served. */
export function createChatServer(httpServer: HttpServer, services: Services, options: ChatServerOptions = {}): ChatServer {
  const logger = options.logger ?? pino({ level: 'silent' });
  const io: ChatServer = new Server(httpServer, {
    cors: { origin: options.corsOrigin ?? '*', credentials: false },
    transports: ['polling', 'websocket'],
    maxHttpBufferSize: MAX_HTTP_BUFFER_SIZE,
    // Compressing small chat frames costs more CPU and memory per socket than it saves.
    perMessageDeflate: false,
    serveClient: false,
    ...(options.adapter ? { adapter: options.adapter } : {}),
    connectionStateRecovery: { maxDisconnectionDuration: options.maxDisconnectionMs ?? 2 * 60_000, skipMiddlewares: false },
  });
  // Each connection would otherwise keep its opening HTTP request (headers, socket,
  // parser state) for its whole life: the client's address is all it is needed for.
  io.engine.on('connection', (rawSocket: EngineSocket) => {
    if (rawSocket.request) rawSocket.clientAddress = options.clientAddress?.(rawSocket.request) ?? rawSocket.remoteAddress;
    rawSocket.request = null;
  });
  const limits = new ChatLimits(options.limits ?? limitsOf(services, options), services.diagnosis);
  const nsp = io.of(CHAT_NAMESPACE);
  const ctx: ChatContext = {
    nsp,
    conversations: new ConversationService(services, services.conversations),
    queue: options.queue ?? new TurnQueue(),
    logger,
    limits,
  };

  services.live.attach(nsp);
  const watcher = new LinkWatcher(services, services.conversations, nsp, logger);
  // Each node judges its own store connection, so the news goes to its own sockets only.
  options.health?.onChange((degraded) => nsp.local.emit('service:status', { degraded }));

  nsp.use((socket, next) => {
    const recovered = socket.recovered ? socket.data.session : undefined;
    const address = (socket.conn as unknown as EngineSocket).clientAddress ?? socket.handshake.address;
    socket.data.address = address;
    handshake(ctx, socket.handshake.auth, recovered, address).then(
      (session) => {
        socket.data.session = session;
        next();
      },
      (error: unknown) => {
        if (error instanceof ChatAuthError) return next(Object.assign(new Error(error.message), { data: error.data }));
        if (isStoreUnavailableError(error)) return next(Object.assign(new Error(SERVICE_UNAVAILABLE.message), { data: SERVICE_UNAVAILABLE }));
        logger.error({ err: error }, 'chat handshake failed');
        const data = { code: 'internal_error', message: 'The chat is unavailable right now.' };
        next(Object.assign(new Error(data.message), { data }));
      },
    );
  });

  nsp.on('connection', (socket) => {
    const room = conversationRoom(socket.data.session.conversationId);
    // A recovered socket keeps its rooms; its auth may now name another conversation.
    for (const joined of socket.rooms) if (joined !== socket.id && joined !== room) void socket.leave(joined);
    void socket.join(room);
    if (options.health?.degraded) socket.emit('service:status', { degraded: true });
    registerChatHandlers(socket, ctx);
    registerFeedbackHandlers(socket, ctx, services);
    const { conversationId } = socket.data.session;
    greet(socket, ctx)
      .then(async () => {
        const unwatch = await watcher.watch(conversationId);
        socket.once('disconnect', unwatch);
        // A change made while the candidate was away is told on their return.
        await watcher.check(conversationId);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'chat greeting failed');
        socket.disconnect(true);
      });
  });

  // The default namespace has no use; refuse it rather than leave an open door.
  io.of('/').use((_socket, next) => next(new Error('Use the /chat namespace')));
  return io;
}

interface EngineSocket {
  request: IncomingMessage | null;
  remoteAddress: string;
  clientAddress?: string;
}

const budgetOf = (limit?: { limit: number; windowMs: number }) => limit && { points: limit.limit, seconds: Math.max(1, Math.round(limit.windowMs / 1000)) };

function limitsOf(services: Services, options: ChatServerOptions): Limits {
  const budgets = { chatConversation: budgetOf(options.commandLimit), newConversation: budgetOf(options.newConversationLimit) };
  const given = Object.fromEntries(Object.entries(budgets).filter(([, budget]) => budget !== undefined));
  return createLimits({ enabled: options.rateLimit !== false, db: services.db, budgets: given });
}

/**
 * The handshake's limits around `authenticate`: connections per address, resumes per
 * conversation, unknown links, new conversations per address (checked before one is
 * created, counted once it is), and sockets per conversation on every node.
 */
async function handshake(ctx: ChatContext, rawAuth: unknown, recovered: SocketData['session'] | undefined, address: string) {
  const auth = parseChatAuth(rawAuth);
  // Refused before any conversation exists: said in the language the widget names, else the browser's.
  const { locale: language } = negotiateLocale({ chosen: auth.language, browser: auth.locale });
  await ctx.limits.beforeHandshake(address, auth, language);
  const refuseNew = await ctx.limits.newConversationGate(address, language);
  const session = await authenticate(ctx.conversations, rawAuth, recovered, refuseNew);
  if (!session.resumed) await ctx.limits.countNew(address);
  if (ctx.limits.enabled && (await socketsOf(ctx.nsp, conversationRoom(session.conversationId))) >= MAX_SOCKETS_PER_CONVERSATION) {
    throw new ChatAuthError({ code: 'rate_limited', message: candidateWordsIn(language).refusals.tabs });
  }
  return session;
}

/**
 * The sockets in `room` on every node: the cluster adapter asks the others (at once
 * when there are none). Should a peer not answer, this node's own count is the floor.
 */
async function socketsOf(nsp: ChatContext['nsp'], room: string): Promise<number> {
  const local = nsp.adapter.rooms.get(room)?.size ?? 0;
  try {
    // Bounded: a peer that died without saying so stays listed until its heartbeat lapses.
    return Math.max(local, (await nsp.in(room).timeout(2000).fetchSockets()).length);
  } catch {
    return local;
  }
}

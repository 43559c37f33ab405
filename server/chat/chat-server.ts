import type { Server as HttpServer, IncomingMessage } from 'node:http';
import pino, { type Logger } from 'pino';
import { Server, type ServerOptions } from 'socket.io';
import { isStoreUnavailableError } from '../db/store-errors';
import type { StoreHealth } from '../db/store-health';
import type { Services } from '../services';
import { authenticate, ChatAuthError } from './chat-auth';
import { CHAT_NAMESPACE, type ClientToServerEvents, type InterServerEvents, type ServerToClientEvents } from './chat-events';
import { conversationRoom, greet, registerChatHandlers, type ChatContext, type SocketData } from './chat-handlers';
import { registerFeedbackHandlers } from './feedback-handlers';
import { ConversationService } from './conversation-service';
import { LinkWatcher } from './link-watcher';
import { NewConversationLimit } from './new-conversation-limit';
import { TurnQueue } from './turn-queue';

export type ChatServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export interface ChatServerOptions {
  /** Allowed origins; the widget is embedded anywhere, so any origin by default (never with credentials). */
  corsOrigin?: string | string[] | boolean;
  logger?: Logger;
  /** How long a dropped connection may come back with its state (missed messages, rooms). */
  maxDisconnectionMs?: number;
  commandLimit?: { limit: number; windowMs: number };
  /** false (RATE_LIMIT=off, benchmarks only) lifts the per-connection command limit. */
  rateLimit?: boolean;
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
// a few KB even fully escaped; anything far bigger is refused at the transport.
export const MAX_HTTP_BUFFER_SIZE = 32 * 1024;
const DEFAULT_COMMAND_LIMIT = { limit: 20, windowMs: 10_000 };
const NO_COMMAND_LIMIT = { limit: Number.POSITIVE_INFINITY, windowMs: 1 };
// Generous: a test centre or a campus puts many candidates behind one address.
const DEFAULT_NEW_CONVERSATION_LIMIT = { limit: 60, windowMs: 10 * 60_000 };
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
  const newConversations =
    options.rateLimit === false ? undefined : limitOf(options.newConversationLimit ?? DEFAULT_NEW_CONVERSATION_LIMIT);
  const nsp = io.of(CHAT_NAMESPACE);
  const ctx: ChatContext = {
    nsp,
    conversations: new ConversationService(services, services.conversations),
    queue: options.queue ?? new TurnQueue(),
    logger,
    commandLimit: options.rateLimit === false ? NO_COMMAND_LIMIT : (options.commandLimit ?? DEFAULT_COMMAND_LIMIT),
  };

  services.live.attach(nsp);
  const watcher = new LinkWatcher(services, services.conversations, nsp, logger);
  // Each node judges its own store connection, so the news goes to its own sockets only.
  options.health?.onChange((degraded) => nsp.local.emit('service:status', { degraded }));

  nsp.use((socket, next) => {
    const recovered = socket.recovered ? socket.data.session : undefined;
    const address = (socket.conn as unknown as EngineSocket).clientAddress ?? socket.handshake.address;
    const beforeNew = newConversations && (() => refuseOverLimit(newConversations, address));
    authenticate(ctx.conversations, socket.handshake.auth, recovered, beforeNew).then(
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

const limitOf = ({ limit, windowMs }: { limit: number; windowMs: number }) => new NewConversationLimit(limit, windowMs);

function refuseOverLimit(limit: NewConversationLimit, address: string): void {
  const verdict = limit.take(address);
  if (verdict.ok) return;
  const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
  throw new ChatAuthError({
    code: 'rate_limited',
    message: `Too many new chats from your network. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  });
}

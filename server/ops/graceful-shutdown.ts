import type { Server as HttpServer } from 'node:http';
import type { Logger } from 'pino';
import type { ChatServer } from '../chat/chat-server';
import type { TurnQueue } from '../chat/turn-queue';
import { CHAT_NAMESPACE } from '../chat/chat-events';
import { closeInboxStreams } from '../inbox/inbox-stream';

export interface DrainableNode {
  http: HttpServer;
  chat: ChatServer;
  /** The chat's turns: answers being computed are stored before the store closes. */
  queue: TurnQueue;
  /** Stops claiming outbox rows; resolves once in-flight sends are recorded. */
  stopDelivery: () => Promise<void>;
  /** Everything left to close once no work remains (knowledge watcher, adapter pool, store). */
  closeRest: () => Promise<void>;
  logger: Pick<Logger, 'info' | 'warn'>;
}

/**
 * SIGTERM: stop taking work, finish what is under way, leave nothing half-done.
 * The caller has already made /healthz answer 503 and responses close their
 * connections. New connections are refused; each chat socket's transport is closed
 * (not a Socket.IO disconnect), so socket.io-client reconnects by itself, through the
 * balancer, to another node; turns, requests and outbox sends in flight complete;
 * unclaimed outbox rows wait for any other node's worker. Resolves when closed.
 */
export async function drainNode(node: DrainableNode): Promise<void> {
  const httpClosed = new Promise<void>((resolve) => node.http.close(() => resolve()));
  node.http.closeIdleConnections();
  // An inbox's event stream never ends by itself; its browser reconnects elsewhere.
  closeInboxStreams();
  const sockets = [...node.chat.of(CHAT_NAMESPACE).sockets.values()];
  for (const socket of sockets) socket.conn.close();
  node.logger.info({ sockets: sockets.length }, 'draining: chat clients told to reconnect elsewhere');
  await node.queue.idle();
  await node.stopDelivery();
  await httpClosed;
  await node.chat.close();
  await node.closeRest();
}

/** Runs `drainNode` once per process, with a hard deadline; exits 0 when drained, 1 when cut short. */
export function exitAfterDrain(node: DrainableNode, deadlineMs = 10_000): void {
  setTimeout(() => {
    node.logger.warn('draining took too long; exiting anyway');
    process.exit(1);
  }, deadlineMs).unref();
  drainNode(node).then(
    () => process.exit(0),
    (error: unknown) => {
      node.logger.warn({ err: error }, 'draining failed');
      process.exit(1);
    },
  );
}

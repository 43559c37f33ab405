import { createAdapter, type PostgresAdapter } from '@socket.io/postgres-adapter';
import { Pool } from 'pg';
import type { Logger } from 'pino';
import { Adapter, type BroadcastOptions } from 'socket.io-adapter';

// Several nodes on one PostgreSQL: Socket.IO's PostgreSQL adapter relays every room
// broadcast to the other nodes with NOTIFY, so a recruiter's reply handled by node A
// reaches the candidate's socket on node B. It has its own small pool: one connection
// stays on LISTEN, the other publishes, one broadcast after another, so a room's
// events keep their order on every node.

export interface ClusterAdapter {
  /** For `new Server(..., { adapter })`. */
  adapter: ReturnType<typeof createAdapter>;
  close(): Promise<void>;
}

const LOG_EVERY_MS = 10_000;

export function createClusterAdapter(databaseUrl: string, logger: Pick<Logger, 'warn'>): ClusterAdapter {
  const pool = new Pool({ connectionString: databaseUrl, max: 2, connectionTimeoutMillis: 2000, keepAlive: true });
  pool.on('error', () => undefined);
  // The LISTEN connection is checked out for good: without this, losing it would be
  // an unhandled 'error' event. The adapter notices the end and reconnects.
  pool.on('connect', (client) => client.on('error', () => undefined));
  let lastLog = 0;
  const make = createAdapter(pool, {
    errorHandler: (error) => {
      if (Date.now() - lastLog < LOG_EVERY_MS) return;
      lastLog = Date.now();
      logger.warn({ err: error }, 'chat cluster adapter: PostgreSQL unreachable, events stay on this node');
    },
  });
  // Socket.IO calls the adapter with `new`: a function, not an arrow, returning the instance.
  const adapter = function clusterAdapter(nsp: unknown) {
    return keepLocalWhenAlone(make(nsp));
  } as unknown as ClusterAdapter['adapter'];
  return { adapter, close: () => pool.end() };
}

/**
 * A node that has heard from no other node (heartbeats every 5 s) broadcasts in
 * memory only: a single node on PostgreSQL pays no NOTIFY round trip per message.
 */
function keepLocalWhenAlone(adapter: PostgresAdapter): PostgresAdapter {
  const clusterBroadcast = adapter.broadcast.bind(adapter);
  const peers = () => (adapter as unknown as { nodesMap: Map<string, number> }).nodesMap.size;
  adapter.broadcast = async (packet: unknown, opts: BroadcastOptions) => {
    if (peers() === 0) Adapter.prototype.broadcast.call(adapter, packet, opts);
    else await clusterBroadcast(packet, opts);
  };
  return adapter;
}

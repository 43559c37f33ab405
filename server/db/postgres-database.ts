import { Pool, type PoolConfig } from 'pg';
import type { Database, Queryable } from './database';
import { PreparedStatements } from './prepared-statements';
import { WriteNotifier } from './write-notifier';
import { listenForever } from './pg-listener';
import { isStoreUnavailableError } from './store-errors';

// A silent network partition (no RST, no FIN: packets just vanish) leaves every pooled
// connection waiting for an answer that never comes. Bounded waits turn it into errors
// that mean "unreachable" (503, degraded) within seconds: a connection must open within
// 2 s and a statement answer within QUERY_TIMEOUT_MS; keep-alive probes idle ones.
// The service's statements are short (single rows, small batches; the console's heaviest
// took 0.3 s on 100,000 conversations); scripts (`exec`: migrations, which may build
// indexes or wait for another node's migration) are exempt. DB_QUERY_TIMEOUT_MS overrides it.
export const QUERY_TIMEOUT_MS = 2500;
const SCRIPT_TIMEOUT_MS = 3_600_000;

export function createPostgresDatabase(connectionString: string, options: PoolConfig = {}): Database {
  const pool = new Pool({
    connectionString,
    max: 20,
    connectionTimeoutMillis: 2000,
    query_timeout: QUERY_TIMEOUT_MS,
    keepAlive: true,
    keepAliveInitialDelayMillis: 1000,
    ...options,
  });
  // pg takes a statement's own `query_timeout` over the pool's (0 would mean "the pool's").
  const script = (sql: string) => ({ text: sql, query_timeout: SCRIPT_TIMEOUT_MS });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  // Nor one checked out between two queries (pg emits 'error' on it then, with no listener
  // but this one); its next query fails, and release() drops it from the pool.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const statements = new PreparedStatements();
  const writes = new WriteNotifier();
  const listeners: (() => Promise<void>)[] = [];

  return {
    kind: 'postgres',
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await statements.run(sql, params, (config) => pool.query(config));
      writes.statement(sql);
      return result.rows as T[];
    },
    async exec(sql: string) {
      await pool.query(script(sql));
      writes.script();
    },
    async transaction<T>(work: (tx: Queryable) => Promise<T>) {
      const client = await pool.connect();
      const written = writes.transaction();
      const tx: Queryable = {
        async query<R>(sql: string, params: unknown[] = []) {
          const result = await statements.run(sql, params, (config) => client.query(config), true);
          written.statement(sql);
          return result.rows as R[];
        },
        async exec(sql: string) {
          await client.query(script(sql));
          written.script();
        },
      };
      let lost = false;
      try {
        await client.query('BEGIN');
        const result = await work(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A connection that timed out or broke is not rolled back (that would wait
        // again) but destroyed: PostgreSQL aborts its transaction when it goes.
        if (isStoreUnavailableError(error)) lost = true;
        else await client.query('ROLLBACK').catch(() => (lost = true));
        throw error;
      } finally {
        client.release(lost);
        written.end();
      }
    },
    onWrite: (listener) => writes.on(listener),
    notifications(channel, onMessage) {
      listeners.push(listenForever(connectionString, channel, { onMessage, onState: () => undefined }));
    },
    listen(channel, handlers) {
      listeners.push(listenForever(connectionString, channel, handlers));
    },
    async close() {
      await Promise.all(listeners.map((stop) => stop()));
      await pool.end();
    },
  };
}

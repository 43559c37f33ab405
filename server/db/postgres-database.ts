import { Pool, type PoolConfig } from 'pg';
import type { Database, Queryable } from './database';
import { PreparedStatements } from './prepared-statements';
import { WriteNotifier } from './write-notifier';
import { listenForever } from './pg-listener';

export function createPostgresDatabase(connectionString: string, options: PoolConfig = {}): Database {
  // A bounded wait for a connection: with the store unreachable a request fails fast
  // (503) instead of hanging; keep-alive notices a silently dropped connection.
  const pool = new Pool({ connectionString, max: 20, connectionTimeoutMillis: 5000, keepAlive: true, ...options });
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
      await pool.query(sql);
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
          await client.query(sql);
          written.script();
        },
      };
      try {
        await client.query('BEGIN');
        const result = await work(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
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

import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database';
import { WriteNotifier } from './write-notifier';

/** The embedded store: PostgreSQL compiled to WASM, in `dataDir` or in memory. */
export async function createPgliteDatabase(dataDir?: string): Promise<Database> {
  const pg = dataDir ? new PGlite(dataDir) : new PGlite();
  await pg.waitReady;

  const writes = new WriteNotifier();

  const asQueryable = (target: Pick<PGlite, 'query' | 'exec'>, seen: Pick<WriteNotifier, 'statement' | 'script'>): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      const { rows } = await target.query<T>(sql, params);
      seen.statement(sql);
      return rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
      seen.script();
    },
  });

  return {
    kind: 'pglite',
    ...asQueryable(pg, writes),
    async transaction(work) {
      const written = writes.transaction();
      try {
        return await pg.transaction((tx) => work(asQueryable(tx, written)));
      } finally {
        written.end();
      }
    },
    onWrite: (listener) => writes.on(listener),
    notifications(channel, onMessage) {
      void pg.listen(channel, onMessage);
    },
    async close() {
      await pg.close();
    },
  };
}

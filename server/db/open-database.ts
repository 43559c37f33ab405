import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import type { Database } from './database';
import { createPostgresDatabase } from './postgres-database';

/** PostgreSQL when DATABASE_URL is set, else the embedded store under DATA_DIR. */
export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'> & Partial<Pick<Config, 'dbQueryTimeoutMs'>>): Promise<Database> {
  if (config.databaseUrl) return createPostgresDatabase(config.databaseUrl, config.dbQueryTimeoutMs ? { query_timeout: config.dbQueryTimeoutMs } : {});
  const dir = path.resolve(config.dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  // Loaded only when used: the WASM build's module alone adds about 40 MB to a node on PostgreSQL.
  const { createPgliteDatabase } = await import('./pglite-database');
  return createPgliteDatabase(dir);
}

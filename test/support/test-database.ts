import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { Database } from '../../server/db/database';
import { listMigrations, migrate } from '../../server/db/migrate';
import { createPgliteDatabase } from '../../server/db/pglite-database';
import { createPostgresDatabase } from '../../server/db/postgres-database';

/**
 * A fresh, migrated database for one test file. PGlite in memory by default; with
 * DATABASE_URL, a real PostgreSQL database cloned from a migrated template (as
 * Unleash does), dropped again by `close()`.
 */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await createPgliteDatabase();
    await migrate(db);
    return db;
  }
  const template = await ensureTemplate(url);
  const name = `ld_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(url, (admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const db = createPostgresDatabase(withDatabase(url, name));
  return {
    ...db,
    async close() {
      await db.close();
      await withAdmin(url, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** The template's name carries a hash of the migrations, so a changed schema gets a new one. */
async function ensureTemplate(url: string): Promise<string> {
  const hash = createHash('sha256');
  for (const m of listMigrations()) hash.update(m.name).update(m.sql);
  const template = `ld_template_${hash.digest('hex').slice(0, 12)}`;
  await withAdmin(url, async (admin) => {
    // Parallel jest workers race to build it; one builds, the others wait on the lock.
    await admin.query('SELECT pg_advisory_lock(734112002)');
    try {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (exists.rowCount === 0) {
        await admin.query(`CREATE DATABASE ${template}`);
        const db = createPostgresDatabase(withDatabase(url, template), { max: 1 });
        await migrate(db);
        await db.close();
      }
    } finally {
      await admin.query('SELECT pg_advisory_unlock(734112002)');
    }
  });
  return template;
}

async function withAdmin<T>(url: string, work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

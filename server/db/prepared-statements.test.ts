import { Client } from 'pg';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../../bench/throwaway-database';
import type { Database } from './database';
import { createPostgresDatabase } from './postgres-database';
import { PreparedStatements } from './prepared-statements';

describe('PreparedStatements', () => {
  it('names each parameterized text once and leaves parameterless ones unnamed', () => {
    const statements = new PreparedStatements();
    const a = statements.config('SELECT $1::int', [1]);
    expect(a.name).toBeTruthy();
    expect(statements.config('SELECT $1::int', [2]).name).toBe(a.name);
    expect(statements.config('SELECT $1::text', ['x']).name).not.toBe(a.name);
    expect(statements.config('SELECT 1', []).name).toBeUndefined();
  });
});

// On a real PostgreSQL: a migration run by another node changes a table under a node
// that prepared `SELECT *` on it; the node's next query must still work.
describe('a prepared SELECT * after the table changed', () => {
  let server: ThrowawayDatabase;
  let db: Database;

  beforeAll(async () => {
    server = await createThrowawayDatabase('ld_prep');
    db = createPostgresDatabase(server.url, { max: 1 });
  });
  afterAll(async () => {
    await db?.close();
    await server?.drop();
  });

  it('is prepared again instead of failing', async () => {
    await db.exec('CREATE TABLE things (id INT PRIMARY KEY, name TEXT)');
    await db.query('INSERT INTO things VALUES ($1, $2)', [1, 'one']);
    expect(await db.query('SELECT * FROM things WHERE id = $1', [1])).toEqual([{ id: 1, name: 'one' }]);
    const other = new Client({ connectionString: server.url });
    await other.connect();
    await other.query('ALTER TABLE things ADD COLUMN colour TEXT');
    await other.end();
    expect(await db.query('SELECT * FROM things WHERE id = $1', [1])).toEqual([{ id: 1, name: 'one', colour: null }]);
  });
});

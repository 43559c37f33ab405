import type { QueryConfig } from 'pg';

// Every parameterized query runs as a named prepared statement: PostgreSQL parses and
// plans it once per connection instead of on every call. On a chat turn's five
// statements this more than halves the database's CPU (see bench/results.md).

/** Distinct statement texts named at most; past it (SQL built with literals?) queries run unnamed. */
const MAX_NAMED = 2000;

// A running node's prepared `SELECT *` fails once a migration (from a newer node)
// changes the table's columns; a fresh name makes every connection prepare it anew.
const STALE_PLAN = /cached plan must not change result type/;

export class PreparedStatements {
  #names = new Map<string, string>();
  #count = 0;

  config(text: string, values: unknown[]): QueryConfig {
    // Without parameters (DDL, `SELECT 1`) there is nothing worth preparing.
    if (values.length === 0) return { text, values };
    let name = this.#names.get(text);
    if (name === undefined && this.#names.size < MAX_NAMED) {
      name = `ld_${++this.#count}`;
      this.#names.set(text, name);
    }
    return name ? { name, text, values } : { text, values };
  }

  /**
   * Runs `query`; a statement whose cached plan went stale gets a new name and, outside a
   * transaction (which the failure has aborted), is run again at once.
   */
  async run<R>(text: string, values: unknown[], query: (config: QueryConfig) => Promise<R>, inTransaction = false): Promise<R> {
    try {
      return await query(this.config(text, values));
    } catch (error) {
      if (!STALE_PLAN.test((error as Error).message ?? '') || !this.#names.has(text)) throw error;
      this.#names.delete(text);
      if (inTransaction) throw error;
      return query(this.config(text, values));
    }
  }
}

/**
 * Tells in-process caches which tables this process has just written. Every statement
 * passes through `statement()`; a transaction reports its tables again once it has
 * ended, because a read that ran between the write and the commit still saw the old
 * rows and may have cached them.
 */
export type WrittenTables = ReadonlySet<string> | 'all';
export type WriteListener = (tables: WrittenTables) => void;

// The target of INSERT INTO / UPDATE / DELETE FROM, anywhere in the text (a CTE may
// hold the write). Only our own SQL passes here, and it names tables plainly.
const WRITE_TARGET = /\b(?:insert\s+into|update|delete\s+from)\s+(?:only\s+)?"?([a-z_][a-z0-9_]*)/gi;
// TRUNCATE lists several tables; rare enough (tests, purges) to count as everything.
const TRUNCATE = /\btruncate\b/i;

/** The tables `sql` writes, 'all' when it cannot tell, or undefined for a read. */
export function writtenTables(sql: string): Set<string> | 'all' | undefined {
  if (TRUNCATE.test(sql)) return 'all';
  let tables: Set<string> | undefined;
  for (const match of sql.matchAll(WRITE_TARGET)) (tables ??= new Set()).add(match[1].toLowerCase());
  return tables;
}

export class WriteNotifier {
  #listeners = new Set<WriteListener>();

  on(listener: WriteListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(tables: WrittenTables): void {
    for (const listener of this.#listeners) listener(tables);
  }

  /** A statement run outside a transaction. */
  statement(sql: string): void {
    if (this.#listeners.size === 0) return;
    const tables = writtenTables(sql);
    if (tables) this.emit(tables);
  }

  /** A script (migrations, seeds): anything may have changed. */
  script(): void {
    this.emit('all');
  }

  /** Collects one transaction's writes; `end()` reports them again after COMMIT or ROLLBACK. */
  transaction(): { statement(sql: string): void; script(): void; end(): void } {
    let written: Set<string> | 'all' | undefined;
    return {
      statement: (sql) => {
        if (this.#listeners.size === 0) return;
        const tables = writtenTables(sql);
        if (!tables) return;
        if (tables === 'all') written = 'all';
        else if (written !== 'all') {
          const set: Set<string> = written ?? new Set();
          for (const table of tables) set.add(table);
          written = set;
        }
        this.emit(tables);
      },
      script: () => {
        written = 'all';
        this.emit('all');
      },
      end: () => {
        if (written) this.emit(written);
      },
    };
  }
}

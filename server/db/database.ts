import type { ListenHandlers } from './pg-listener';
import type { WriteListener } from './write-notifier';

/**
 * The one query interface of the service. PostgreSQL (`pg.Pool`) and the embedded
 * PGlite both implement it, so stores never know which one they talk to.
 */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /**
   * Runs `work` in one transaction. Inside it use only `tx`: the embedded store has a
   * single connection, so a query on the outer handle would wait for the transaction
   * to end, which waits for the query.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Called with the tables each write through this handle touched (in-process caches). */
  onWrite(listener: WriteListener): () => void;
  /**
   * NOTIFY messages from other processes on `channel`. Absent on the embedded store,
   * which has no other process. Stops when the database closes.
   */
  listen?(channel: string, handlers: ListenHandlers): void;
  /**
   * Every NOTIFY on `channel`, this process's own included, on both stores (the
   * embedded one delivers its own). Best effort: what is sent while a PostgreSQL
   * connection is down is missed. Stops when the database closes.
   */
  notifications(channel: string, onMessage: (payload: string) => void): void;
  close(): Promise<void>;
}

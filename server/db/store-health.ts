import type { Database, Queryable } from './database';
import { isStoreUnavailableError } from './store-errors';

export type HealthListener = (degraded: boolean) => void;

/**
 * Whether the store answers, as seen by this process's own queries: the first query
 * failing for want of a connection marks it degraded, then a probe runs every
 * `probeMs` until one succeeds (so recovery is noticed even when nobody queries).
 */
export class StoreHealth {
  #degraded = false;
  #listeners = new Set<HealthListener>();
  #probe: NodeJS.Timeout | undefined;

  constructor(
    private readonly ping: () => Promise<unknown>,
    private readonly probeMs = 1000,
  ) {}

  get degraded(): boolean {
    return this.#degraded;
  }

  onChange(listener: HealthListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Every query's outcome passes through here. */
  observe(error?: unknown): void {
    if (error === undefined) this.#set(false);
    else if (isStoreUnavailableError(error)) this.#set(true);
  }

  stop(): void {
    clearTimeout(this.#probe);
    this.#probe = undefined;
    this.#listeners.clear();
  }

  #set(degraded: boolean): void {
    if (degraded === this.#degraded) return;
    this.#degraded = degraded;
    if (degraded) this.#scheduleProbe();
    for (const listener of this.#listeners) listener(degraded);
  }

  #scheduleProbe(): void {
    clearTimeout(this.#probe);
    this.#probe = setTimeout(() => {
      this.ping().then(
        () => this.observe(),
        (error: unknown) => {
          this.observe(error);
          if (this.#degraded) this.#scheduleProbe();
        },
      );
    }, this.probeMs).unref();
  }
}

/** `db` with every outcome reported to a new StoreHealth, which probes with `SELECT 1`. */
export function watchStore(db: Database, probeMs?: number): { db: Database; health: StoreHealth } {
  const health = new StoreHealth(() => db.query('SELECT 1'), probeMs);
  const observed = <T>(work: Promise<T>): Promise<T> =>
    work.then(
      (value) => {
        health.observe();
        return value;
      },
      (error: unknown) => {
        health.observe(error);
        throw error;
      },
    );
  const watched: Database = {
    kind: db.kind,
    query: <T>(sql: string, params?: unknown[]) => observed(db.query<T>(sql, params)),
    exec: (sql: string) => observed(db.exec(sql)),
    transaction: <T>(work: (tx: Queryable) => Promise<T>) => observed(db.transaction(work)),
    onWrite: (listener) => db.onWrite(listener),
    notifications: (channel, onMessage) => db.notifications(channel, onMessage),
    ...(db.listen ? { listen: db.listen.bind(db) } : {}),
    close: () => {
      health.stop();
      return db.close();
    },
  };
  return { db: watched, health };
}

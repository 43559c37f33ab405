import type { Database, Queryable } from './database';
import { isStoreUnavailableError } from './store-errors';

export type HealthListener = (degraded: boolean) => void;

export interface HealthOptions {
  /** While degraded, a probe every this often until one succeeds. */
  probeMs?: number;
  /**
   * While healthy, a probe every this often too: a silent network partition fails no
   * query by itself on an idle node, and the pool's timeouts only fire on use.
   */
  heartbeatMs?: number;
  /** A probe not answered within this long counts as the store being unreachable. */
  deadlineMs?: number;
}

/** Rejects with an ETIMEDOUT error (an "unreachable" one) when `work` takes over `ms`. */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`the store did not answer within ${ms} ms`), { code: 'ETIMEDOUT' })), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Whether the store answers, as seen by this process's own queries: the first query
 * failing for want of a connection marks it degraded, then a probe runs every
 * `probeMs` until one succeeds (so recovery is noticed even when nobody queries).
 * With `heartbeatMs`, probes also run while healthy, each bounded by `deadlineMs`.
 */
export class StoreHealth {
  #degraded = false;
  #stopped = false;
  #listeners = new Set<HealthListener>();
  #probe: NodeJS.Timeout | undefined;
  readonly #options: Required<Omit<HealthOptions, 'heartbeatMs'>> & Pick<HealthOptions, 'heartbeatMs'>;

  constructor(
    private readonly ping: () => Promise<unknown>,
    options: number | HealthOptions = {},
  ) {
    const given = typeof options === 'number' ? { probeMs: options } : options;
    this.#options = { probeMs: 1000, deadlineMs: 1500, ...given };
    if (this.#options.heartbeatMs) this.#scheduleProbe();
  }

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

  /** Pings now, within the deadline: true when the store answered. */
  async check(): Promise<boolean> {
    try {
      await withDeadline(this.ping(), this.#options.deadlineMs);
      this.observe();
      return true;
    } catch (error) {
      this.observe(error);
      return false;
    }
  }

  stop(): void {
    this.#stopped = true;
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
    if (this.#stopped) return;
    const every = this.#degraded ? this.#options.probeMs : this.#options.heartbeatMs;
    if (!every) return;
    this.#probe = setTimeout(() => {
      this.#probe = undefined;
      // Degraded and healed while this probe ran: #set already scheduled the next one.
      void this.check().then(() => this.#probe ?? this.#scheduleProbe());
    }, every).unref();
  }
}

/** `db` with every outcome reported to a new StoreHealth, which probes with `SELECT 1`. */
export function watchStore(db: Database, options?: number | HealthOptions): { db: Database; health: StoreHealth } {
  const health = new StoreHealth(() => db.query('SELECT 1'), options);
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

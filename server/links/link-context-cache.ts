import type { Database } from '../db/database';
import type { WrittenTables } from '../db/write-notifier';
import type { LinkContext } from './link-lookup';

// Recently read links (invitation, job, org, supersede chain) in memory: a chat
// re-diagnoses its link on every turn, and a widget asks about the same link several
// times, so most reads repeat one that just ran. Only the rows are kept: the diagnosis
// itself depends on the clock and is computed afresh every time.
//
// Staleness is what matters here, so every way a row can change drops it:
// - a write by this process to invitations, jobs or orgs drops everything at once
//   (the database layer reports it synchronously, so a request that follows its
//   own write never reads the old row);
// - a write by another node or the CLI arrives as NOTIFY "<table>:<id>" (migration
//   008) and drops the entries built on that row;
// - while that notification channel is down the cache is off, and it starts empty;
// - a read racing a write is not kept: entries carry the generation they were read
//   at, and any invalidation since then refuses them;
// - a TTL bounds anything else.

export const LINK_TABLES = new Set(['invitations', 'jobs', 'orgs']);

export interface LinkContextCacheOptions {
  /** How long an entry may serve; 0 turns the cache off. */
  ttlMs: number;
  maxEntries?: number;
  /** Whether it serves from the start; the PostgreSQL listener turns it on once LISTEN holds. */
  enabled?: boolean;
  clock?: () => number;
}

interface Entry {
  context: LinkContext;
  expiresAt: number;
  /** "invitation:<id>", "job:<id>", "org:<id>" for every row the entry was built from. */
  rows: string[];
}

const DEFAULT_MAX_ENTRIES = 20_000;

export class LinkContextCache {
  #entries = new Map<string, Entry>();
  #byRow = new Map<string, Set<string>>();
  #generation = 0;
  #enabled: boolean;
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #clock: () => number;
  hits = 0;
  misses = 0;

  constructor(options: LinkContextCacheOptions) {
    this.#ttlMs = options.ttlMs;
    this.#maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
    this.#clock = options.clock ?? Date.now;
    this.#enabled = this.#ttlMs > 0 && options.enabled !== false;
  }

  get size(): number {
    return this.#entries.size;
  }

  get enabled(): boolean {
    return this.#enabled;
  }

  /** Off while invalidations cannot be heard; either way it starts over empty. */
  setEnabled(enabled: boolean): void {
    this.clear();
    this.#enabled = enabled && this.#ttlMs > 0;
  }

  /** The cached context under `key`, or `load()`'s, kept unless a write raced it. */
  async read(key: string, load: () => Promise<LinkContext | undefined>): Promise<LinkContext | undefined> {
    if (!this.#enabled) return load();
    const entry = this.#entries.get(key);
    if (entry && entry.expiresAt > this.#clock()) {
      this.hits += 1;
      return entry.context;
    }
    if (entry) this.#drop(key);
    this.misses += 1;
    const generation = this.#generation;
    const context = await load();
    // Unknown tokens are not kept: a new invitation must be found at once.
    if (context && generation === this.#generation && this.#enabled) this.#keep(key, context);
    return context;
  }

  /** Drops every entry built on that row; `id` "*" means every row of the table. */
  invalidateRow(table: string, id: string): void {
    this.#generation += 1;
    if (id === '*') return this.clear();
    const kind = ROW_KINDS[table];
    const keys = kind && this.#byRow.get(`${kind}:${id}`);
    if (keys) for (const key of [...keys]) this.#drop(key);
  }

  /** This process wrote: drop everything if the write touched a link's rows. */
  onLocalWrite(tables: WrittenTables): void {
    if (tables === 'all' || [...tables].some((table) => LINK_TABLES.has(table))) this.clear();
  }

  clear(): void {
    this.#generation += 1;
    this.#entries.clear();
    this.#byRow.clear();
  }

  #keep(key: string, context: LinkContext): void {
    if (this.#entries.size >= this.#maxEntries) {
      // Maps iterate in insertion order: the first key is the oldest entry.
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#drop(oldest);
    }
    const rows = [
      `invitation:${context.invitation.id}`,
      `job:${context.job.id}`,
      `org:${context.org.id}`,
      ...context.chain.map((newer) => `invitation:${newer.id}`),
    ];
    // Shared by every request that hits it: frozen, so no caller can change it for the others.
    deepFreeze(context);
    this.#entries.set(key, { context, expiresAt: this.#clock() + this.#ttlMs, rows });
    for (const row of rows) {
      let keys = this.#byRow.get(row);
      if (!keys) this.#byRow.set(row, (keys = new Set()));
      keys.add(key);
    }
  }

  #drop(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    for (const row of entry.rows) {
      const keys = this.#byRow.get(row);
      keys?.delete(key);
      if (keys?.size === 0) this.#byRow.delete(row);
    }
  }
}

const ROW_KINDS: Record<string, string | undefined> = { invitations: 'invitation', jobs: 'job', orgs: 'org' };

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value) || value instanceof Date) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

/** Migration 008 announces changed link rows here. */
export const LINK_CHANGE_CHANNEL = 'linkdoctor_link_change';

/**
 * A cache kept fresh by `db`: its own writes, and on PostgreSQL the other nodes'
 * through LISTEN (off until LISTEN holds). The embedded store has no other writer.
 */
export function cacheLinkContexts(db: Database, ttlMs: number): LinkContextCache {
  const cache = new LinkContextCache({ ttlMs, enabled: !db.listen });
  if (ttlMs <= 0) return cache;
  db.onWrite((tables) => cache.onLocalWrite(tables));
  db.listen?.(LINK_CHANGE_CHANNEL, {
    onMessage: (payload) => {
      const colon = payload.indexOf(':');
      if (colon > 0) cache.invalidateRow(payload.slice(0, colon), payload.slice(colon + 1));
      else cache.clear();
    },
    onState: (listening) => cache.setEnabled(listening),
  });
  return cache;
}

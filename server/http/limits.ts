import { createHash } from 'node:crypto';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Database } from '../db/database';

// Every rate limit of the service, in one place, over rate-limiter-flexible. With
// PostgreSQL the counters live in the store (table rate_limits, migration 050), so N
// nodes spend one budget; on the embedded store (one node) they live in memory.
// Neither evicts a live counter to make room, so a flood of distinct keys cannot
// reset anyone's count.

export interface Budget {
  points: number;
  seconds: number;
}

export const BUDGETS = {
  /** Every public, unauthenticated HTTP endpoint, per client address. */
  publicEndpoint: { points: 120, seconds: 60 },
  /** Lookups of tokens that do not exist, per client address (gateway, API, chat). */
  unknownToken: { points: 20, seconds: 10 * 60 },
  /** Tickets reach a person: a few an hour per client address. */
  escalation: { points: 10, seconds: 60 * 60 },
  /** Failed logins for one account from one address. */
  loginAccount: { points: 10, seconds: 15 * 60 },
  /** Failed logins from one address over all accounts (password spraying). */
  loginAddress: { points: 50, seconds: 15 * 60 },
  /** Chat commands of one conversation, across all its sockets and nodes. */
  chatConversation: { points: 20, seconds: 10 },
  /** Chat commands from one address: generous, a test centre shares one. */
  chatAddress: { points: 120, seconds: 10 },
  /** Chat handshakes (new or resumed) from one address. */
  chatHandshake: { points: 120, seconds: 60 },
  /** Resumes of one conversation, across nodes: a few tabs reconnecting, not a flood. */
  chatResume: { points: 30, seconds: 60 },
  /** New conversations from one address; each is a row and a diagnosis. */
  newConversation: { points: 60, seconds: 10 * 60 },
} satisfies Record<string, Budget>;

export type BudgetName = keyof typeof BUDGETS;
export type Verdict = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface Limits {
  readonly enabled: boolean;
  /** Spends `points` of `key`'s budget; refused once the window's budget is gone. */
  take(name: BudgetName, key: string, points?: number): Promise<Verdict>;
  /** Whether `key`'s budget is spent, without spending any. */
  check(name: BudgetName, key: string): Promise<Verdict>;
  /** Gives points back (a login that succeeded). */
  giveBack(name: BudgetName, key: string, points?: number): Promise<void>;
  /** Forgets `key`'s count. */
  reset(name: BudgetName, key: string): Promise<void>;
}

export interface LimitsOptions {
  enabled: boolean;
  /** PostgreSQL shares the counters between nodes; anything else keeps them in memory. */
  db?: Database;
  /** Tests shrink budgets. */
  budgets?: Partial<Record<BudgetName, Budget>>;
}

const OK: Verdict = { ok: true };
const retryAfter = (ms: number): Verdict => ({ ok: false, retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) });

// The store's key column holds 255 characters; an email or a long address could exceed it.
const storeKey = (key: string) => (key.length <= 120 ? key : createHash('sha256').update(key).digest('base64url'));

/** A pg-style client over the service's own query interface, so the limiter uses the pool the app already has. */
function storeClient(db: Database) {
  return {
    async query(q: { text: string; values?: unknown[] }) {
      const rows = await db.query(q.text, q.values ?? []);
      return { rows, rowCount: rows.length };
    },
  };
}

function limiterFor(name: string, budget: Budget, db: Database | undefined): RateLimiterAbstract {
  const options = { keyPrefix: name, points: budget.points, duration: budget.seconds };
  if (db?.kind !== 'postgres') return new RateLimiterMemory(options);
  return new RateLimiterPostgres({
    ...options,
    storeClient: storeClient(db),
    storeType: 'client',
    tableName: 'rate_limits',
    tableCreated: true,
    // A client over its budget is then refused from memory for the rest of the window:
    // a flood costs this node no round trip to the store.
    inMemoryBlockOnConsumed: budget.points + 1,
    // While the store is unreachable each node limits on its own rather than not at all.
    insuranceLimiter: new RateLimiterMemory(options),
  });
}

export function createLimits(options: LimitsOptions): Limits {
  const budgets = { ...BUDGETS, ...options.budgets };
  const limiters = new Map<BudgetName, RateLimiterAbstract>();
  const limiter = (name: BudgetName) => {
    let found = limiters.get(name);
    if (!found) limiters.set(name, (found = limiterFor(name, budgets[name], options.db)));
    return found;
  };
  if (!options.enabled) return disabledLimits;
  return {
    enabled: true,
    async take(name, key, points = 1) {
      try {
        await limiter(name).consume(storeKey(key), points);
        return OK;
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return retryAfter(rejection.msBeforeNext);
        throw rejection;
      }
    },
    async check(name, key) {
      const res = await limiter(name).get(storeKey(key));
      if (!res || res.consumedPoints < budgets[name].points) return OK;
      return retryAfter(res.msBeforeNext);
    },
    async giveBack(name, key, points = 1) {
      await limiter(name).reward(storeKey(key), points);
    },
    async reset(name, key) {
      await limiter(name).delete(storeKey(key));
    },
  };
}

const disabledLimits: Limits = {
  enabled: false,
  take: () => Promise.resolve(OK),
  check: () => Promise.resolve(OK),
  giveBack: () => Promise.resolve(),
  reset: () => Promise.resolve(),
};

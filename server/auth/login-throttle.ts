import { TooManyRequestsError } from '../http/errors';

export interface LoginThrottleOptions {
  enabled: boolean;
  now: () => Date;
  windowMs?: number;
  /** Failures allowed per email from one address: stops guessing one account's password. */
  perAccount?: number;
  /** Failures allowed per address across emails: stops spraying one password over many accounts. */
  perIp?: number;
  /** Counters kept at most; the oldest go first when an attacker floods distinct keys. */
  maxKeys?: number;
}

interface Counter {
  count: number;
  resetAt: number;
}

export interface LoginAttempt {
  email: string;
  ip: string;
}

/**
 * Counts failed logins in fixed windows, in memory (per node). An attempt is counted
 * before the password is checked, so parallel guesses cannot slip past the limit;
 * a success takes its own count back and clears the account's counter.
 */
export class LoginThrottle {
  private readonly counters = new Map<string, Counter>();
  private readonly windowMs: number;
  private readonly perAccount: number;
  private readonly perIp: number;
  private readonly maxKeys: number;

  constructor(private readonly options: LoginThrottleOptions) {
    this.windowMs = options.windowMs ?? 15 * 60_000;
    this.perAccount = options.perAccount ?? 10;
    this.perIp = options.perIp ?? 50;
    this.maxKeys = options.maxKeys ?? 50_000;
  }

  /** Throws 429 when either limit is spent; otherwise counts this attempt as a failure. */
  begin(attempt: LoginAttempt): void {
    if (!this.options.enabled) return;
    const now = this.options.now().getTime();
    const account = this.live(accountKey(attempt), now);
    const ip = this.live(ipKey(attempt), now);
    const blocked = [account.count >= this.perAccount && account, ip.count >= this.perIp && ip].filter(
      (c): c is Counter => Boolean(c),
    );
    if (blocked.length > 0) {
      const resetAt = Math.max(...blocked.map((c) => c.resetAt));
      throw new TooManyRequestsError(Math.max(1, Math.ceil((resetAt - now) / 1000)));
    }
    account.count += 1;
    ip.count += 1;
  }

  succeeded(attempt: LoginAttempt): void {
    if (!this.options.enabled) return;
    this.counters.delete(accountKey(attempt));
    const ip = this.counters.get(ipKey(attempt));
    if (ip && ip.count > 0) ip.count -= 1;
  }

  private live(key: string, now: number): Counter {
    const existing = this.counters.get(key);
    if (existing && existing.resetAt > now) return existing;
    if (existing) this.counters.delete(key);
    if (this.counters.size >= this.maxKeys) this.evict(now);
    const fresh = { count: 0, resetAt: now + this.windowMs };
    this.counters.set(key, fresh);
    return fresh;
  }

  private evict(now: number): void {
    for (const [key, counter] of this.counters) if (counter.resetAt <= now) this.counters.delete(key);
    // Still full: drop the oldest (Map keeps insertion order).
    const excess = this.counters.size - this.maxKeys + 1;
    if (excess <= 0) return;
    let dropped = 0;
    for (const key of this.counters.keys()) {
      if (dropped++ >= excess) break;
      this.counters.delete(key);
    }
  }
}

const accountKey = (a: LoginAttempt) => `account:${a.ip}:${a.email.trim().toLowerCase()}`;
const ipKey = (a: LoginAttempt) => `ip:${a.ip}`;

import type { Limits } from '../http/limits';
import { refuse } from '../http/rate-limits';

export interface LoginAttempt {
  email: string;
  ip: string;
}

const accountKey = (a: LoginAttempt) => `${a.ip}:${a.email.trim().toLowerCase()}`;

/**
 * Failed logins per account and address (stops guessing one password) and per
 * address (stops spraying one password over many accounts), on the shared limits:
 * counters are neither per node nor evicted by a flood of other keys. An attempt is
 * counted before the password is checked, so parallel guesses cannot slip past the
 * limit; a success takes its own count back and clears the account's counter.
 */
export class LoginThrottle {
  constructor(private readonly limits: Limits) {}

  /** Throws 429 when either budget is spent; otherwise counts this attempt as a failure. */
  async begin(attempt: LoginAttempt): Promise<void> {
    if (!this.limits.enabled) return;
    const [account, address] = await Promise.all([this.limits.take('loginAccount', accountKey(attempt)), this.limits.take('loginAddress', attempt.ip)]);
    if (!account.ok && !address.ok) {
      refuse({ ok: false, retryAfterSeconds: Math.max(account.retryAfterSeconds, address.retryAfterSeconds) });
    }
    refuse(account);
    refuse(address);
  }

  async succeeded(attempt: LoginAttempt): Promise<void> {
    if (!this.limits.enabled) return;
    await Promise.all([this.limits.reset('loginAccount', accountKey(attempt)), this.limits.giveBack('loginAddress', attempt.ip)]);
  }
}

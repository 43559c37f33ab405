export interface RetryPolicy {
  /** Attempts in all, the first included; after the last failure the message is dead. */
  maxAttempts: number;
  baseMs: number;
  capMs: number;
}

// 10 s, 20 s, 40 s … capped at an hour: 12 attempts span about six hours, long
// enough to ride out a consumer's outage or deploy without hammering it.
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 12, baseMs: 10_000, capMs: 3_600_000 };

/**
 * Delay before the next attempt after `attempts` failed ones, or null to give up.
 * Up to 20 % jitter on top, so deliveries that failed together (a consumer's outage)
 * do not all come back in the same second.
 */
export function retryDelayMs(attempts: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY, random = Math.random): number | null {
  if (attempts >= policy.maxAttempts) return null;
  const exponential = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (1 + 0.2 * random()));
}

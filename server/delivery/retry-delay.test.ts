import { DEFAULT_RETRY_POLICY, retryDelayMs } from './retry-delay';

describe('retryDelayMs', () => {
  const policy = { maxAttempts: 5, baseMs: 10_000, capMs: 60_000 };

  it('doubles from the base after each failed attempt', () => {
    expect([1, 2, 3].map((n) => retryDelayMs(n, policy, () => 0))).toEqual([10_000, 20_000, 40_000]);
  });

  it('never waits longer than the cap, jitter aside', () => {
    expect(retryDelayMs(4, policy, () => 0)).toBe(60_000);
    expect(retryDelayMs(4, policy, () => 0.999)).toBeLessThanOrEqual(72_000);
  });

  it('adds at most 20 % jitter', () => {
    expect(retryDelayMs(1, policy, () => 0.5)).toBe(11_000);
    expect(retryDelayMs(1, policy, () => 1)).toBe(12_000);
  });

  it('gives up once the attempts are spent', () => {
    expect(retryDelayMs(5, policy)).toBeNull();
    expect(retryDelayMs(DEFAULT_RETRY_POLICY.maxAttempts)).toBeNull();
    expect(retryDelayMs(DEFAULT_RETRY_POLICY.maxAttempts - 1)).not.toBeNull();
  });
});

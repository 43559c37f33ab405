import { TooManyRequestsError } from '../http/errors';
import { LoginThrottle } from './login-throttle';

function throttle(overrides: object = {}) {
  let now = 0;
  const clock = { now: () => new Date(now), advance: (ms: number) => (now += ms) };
  return { clock, throttle: new LoginThrottle({ enabled: true, now: clock.now, windowMs: 1000, perAccount: 2, perIp: 3, ...overrides }) };
}

const a = { email: 'a@example.com', ip: '1.1.1.1' };

describe('LoginThrottle', () => {
  it('blocks the attempt after the per-account limit with the seconds left in the window', () => {
    const { throttle: t, clock } = throttle({ windowMs: 10_000 });
    t.begin(a);
    t.begin(a);
    clock.advance(2500);
    let error: unknown;
    try {
      t.begin({ ...a, email: 'A@EXAMPLE.COM' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TooManyRequestsError);
    expect((error as TooManyRequestsError).retryAfterSeconds).toBe(8);
  });

  it('blocks an address across accounts, and a success gives back only its own count', () => {
    const { throttle: t } = throttle();
    t.begin({ ...a, email: 'x@example.com' });
    t.begin({ ...a, email: 'y@example.com' });
    t.begin(a);
    t.succeeded(a);
    t.begin({ ...a, email: 'z@example.com' });
    expect(() => t.begin({ ...a, email: 'w@example.com' })).toThrow(TooManyRequestsError);
  });

  it('forgets counters once their window ends', () => {
    const { throttle: t, clock } = throttle();
    t.begin(a);
    t.begin(a);
    expect(() => t.begin(a)).toThrow(TooManyRequestsError);
    clock.advance(1000);
    expect(() => t.begin(a)).not.toThrow();
  });

  it('keeps at most maxKeys counters', () => {
    const { throttle: t } = throttle({ maxKeys: 10, perIp: 1000 });
    for (let i = 0; i < 100; i += 1) t.begin({ email: `u${i}@example.com`, ip: '2.2.2.2' });
    expect((t as unknown as { counters: Map<string, unknown> }).counters.size).toBeLessThanOrEqual(10);
  });

  it('does nothing when disabled', () => {
    const { throttle: t } = throttle({ enabled: false });
    for (let i = 0; i < 10; i += 1) t.begin(a);
    expect(() => t.begin(a)).not.toThrow();
  });
});

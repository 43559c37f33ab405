import { createLimits } from './limits';

describe('createLimits (in memory)', () => {
  it('a flood of 50,000 other keys does not reset a spent budget', async () => {
    const limits = createLimits({ enabled: true, budgets: { loginAccount: { points: 3, seconds: 60 } } });
    for (let i = 0; i < 3; i += 1) expect((await limits.take('loginAccount', 'victim')).ok).toBe(true);
    expect((await limits.take('loginAccount', 'victim')).ok).toBe(false);
    for (let i = 0; i < 50_000; i += 1) await limits.take('loginAccount', `flood-${i}`);
    const verdict = await limits.take('loginAccount', 'victim');
    expect(verdict).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) });
  });

  it('checks without spending, gives back and resets', async () => {
    const limits = createLimits({ enabled: true, budgets: { escalation: { points: 2, seconds: 60 } } });
    expect(await limits.check('escalation', 'a')).toEqual({ ok: true });
    await limits.take('escalation', 'a');
    await limits.take('escalation', 'a');
    const spent = await limits.check('escalation', 'a');
    expect(spent.ok).toBe(false);
    if (!spent.ok) expect(spent.retryAfterSeconds).toBeLessThanOrEqual(60);
    await limits.giveBack('escalation', 'a');
    expect(await limits.check('escalation', 'a')).toEqual({ ok: true });
    await limits.take('escalation', 'a');
    await limits.reset('escalation', 'a');
    expect(await limits.check('escalation', 'a')).toEqual({ ok: true });
  });

  it('keeps keys apart per budget, and a long key (an email) works', async () => {
    const limits = createLimits({ enabled: true, budgets: { escalation: { points: 1, seconds: 60 }, publicEndpoint: { points: 1, seconds: 60 } } });
    const long = `${'x'.repeat(300)}@example.com`;
    expect((await limits.take('escalation', long)).ok).toBe(true);
    expect((await limits.take('publicEndpoint', long)).ok).toBe(true);
    expect((await limits.take('escalation', long)).ok).toBe(false);
  });

  it('limits nothing when disabled', async () => {
    const limits = createLimits({ enabled: false, budgets: { escalation: { points: 1, seconds: 60 } } });
    for (let i = 0; i < 5; i += 1) expect(await limits.take('escalation', 'a')).toEqual({ ok: true });
  });
});

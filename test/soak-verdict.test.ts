import { judgeSoak, percentile, type SoakRecord } from '../bench/soak-verdict';

const healthy = (): SoakRecord => ({
  outage: { cutAt: 1000, restoredAt: 6000, recoveredAt: 7000 },
  opens: [
    { at: 500, status: 302 },
    { at: 2000, status: 503 },
    { at: 7500, status: 302 },
  ],
  sends: [
    { at: 900, status: 'ok' },
    { at: 3000, status: 'service_unavailable' },
    { at: 7100, status: 'ok' },
  ],
  accessCounts: [1, 1],
  sentIds: ['a', 'b'],
  storedPerId: new Map([
    ['a', 1],
    ['b', 1],
  ]),
  pids: [42, 42],
});

describe('judgeSoak', () => {
  it('passes 5xx and refusals inside the outage, each open counted once, each message stored once, one process', () => {
    const verdict = judgeSoak(healthy());
    expect(verdict.ok).toBe(true);
    expect(verdict.lines.every((line) => line.startsWith('ok'))).toBe(true);
  });

  it('fails a 5xx or a refused send outside the outage', () => {
    const r = healthy();
    r.opens.push({ at: 9000, status: 500 });
    r.sends.push({ at: 200, status: 'internal_error' });
    const verdict = judgeSoak(r);
    expect(verdict.ok).toBe(false);
    expect(verdict.lines.filter((line) => line.startsWith('FAIL'))).toHaveLength(2);
  });

  it('fails a link counted twice or never, a message lost or stored twice, and a restart', () => {
    for (const spoil of [
      (r: SoakRecord) => (r.accessCounts = [1, 2]),
      (r: SoakRecord) => (r.accessCounts = [0, 1]),
      (r: SoakRecord) => r.storedPerId.delete('b'),
      (r: SoakRecord) => r.storedPerId.set('a', 2),
      (r: SoakRecord) => (r.pids = [42, 43]),
    ]) {
      const r = healthy();
      spoil(r);
      expect(judgeSoak(r).ok).toBe(false);
    }
  });
});

describe('percentile', () => {
  it('is the nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([], 99)).toBe(0);
  });
});

import fc from 'fast-check';
import { fuzz } from './fuzz-arbitraries';
import { DEFAULT_FUZZ_SEED, fuzzSeed, replayHint } from './fuzz-seed';

describe('fuzzSeed', () => {
  it('is the fixed default when FUZZ_SEED is unset or blank, so CI tries the same inputs every run', () => {
    expect(fuzzSeed(undefined)).toBe(DEFAULT_FUZZ_SEED);
    expect(fuzzSeed('  ')).toBe(DEFAULT_FUZZ_SEED);
  });

  it('takes an integer as given, and "random" as a fresh one', () => {
    expect(fuzzSeed('123456')).toBe(123456);
    expect(fuzzSeed('-42')).toBe(-42);
    expect(fuzzSeed('random', () => 0.5)).toBe(Math.floor(0.5 * 0x7fffffff));
    expect(fuzzSeed('random', () => 0.25)).not.toBe(fuzzSeed('random', () => 0.75));
  });

  it.each(['abc', '1.5', '99999999999', '0x10'])('refuses %j naming the variable', (value) => {
    expect(() => fuzzSeed(value)).toThrow(/FUZZ_SEED/);
  });
});

describe('a seeded fuzz run', () => {
  it('generates the same inputs for the same seed', () => {
    const sample = (seed: number) => fc.sample(fc.string({ unit: 'binary' }), { seed, numRuns: 20 });
    expect(sample(7)).toEqual(sample(7));
    expect(sample(7)).not.toEqual(sample(8));
  });

  it('fails with the seed and how to replay it, and finds the same counterexample again with it', async () => {
    const property = fc.asyncProperty(fc.integer(), async (n) => {
      if (n % 7 === 3) throw new Error('found');
    });
    const first = await fuzz(property, { seed: 99, numRuns: 1000 }).catch((error: Error) => error.message);
    expect(first).toContain(replayHint(99));
    expect(first).toContain('FUZZ_SEED=99');
    const again = await fuzz(property, { seed: 99, numRuns: 1000 }).catch((error: Error) => error.message);
    const counterexample = (message: string | void) => /Counterexample: (.*)/.exec(message ?? '')?.[1];
    expect(counterexample(again)).toBeDefined();
    expect(counterexample(again)).toBe(counterexample(first));
  });
});

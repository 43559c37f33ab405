import fc from 'fast-check';
import { fuzzSeed, replayHint } from './fuzz-seed';

// What the fuzz tests send: strings from the whole of Unicode (NUL, lone surrogates,
// right-to-left marks), numbers at their edges, and JSON of any shape, mixed with
// values of the right shape so that inputs also get past the first check.

/** Any code point, NUL and lone surrogates included, sometimes very long. */
export const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  // A readable string with one NUL somewhere: valid in every other way.
  fc.tuple(fc.string({ minLength: 1, maxLength: 20 }), fc.string({ maxLength: 20 })).map(([a, b]) => `${a}\u0000${b}`),
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\uD800',
    '\u202E',
    '%00',
    '%ff%fe',
    '../../etc/passwd',
    '<script>',
    "' OR 1=1 --",
    '9999-12-31T23:59:59Z',
    '1.5',
    ' 1',
    '-0',
    'NaN',
    '1e309',
  ),
  fc.string({ maxLength: 3000 }),
);

export const nastyNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, 1.5, 2 ** 53, -(2 ** 31), Number.MAX_SAFE_INTEGER));

/** Any JSON value, weighted towards strings and numbers that break things. */
export const nastyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyString,
    nastyNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(nastyString, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** An object with the route's field names, each holding something nasty or plausible. */
export function shaped(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const record = Object.fromEntries(
    Object.entries(fields).map(([key, plausible]) => [key, fc.oneof({ arbitrary: plausible, weight: 3 }, { arbitrary: nastyJson, weight: 1 })]),
  );
  return fc.oneof(
    { arbitrary: fc.record(record), weight: 3 },
    { arbitrary: fc.record(record, { requiredKeys: [] }), weight: 1 },
    { arbitrary: nastyJson, weight: 1 },
  );
}

/** A path segment: an encoded arbitrary string, or raw percent-escapes that may not decode. */
export const pathSegment = fc.oneof(
  // A lone surrogate cannot be percent-encoded as UTF-8; the raw escapes below cover that.
  nastyString.map((s) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, '?'))),
  fc.string({ unit: fc.constantFrom('%', 'f', 'F', '0', '8', 'c', 'z', 'A', '.', '-', '_'), maxLength: 12 }),
);

/** Read once: every property of a run starts from the same seed (see fuzz-seed.ts). */
export const FUZZ_SEED = fuzzSeed(process.env.FUZZ_SEED);

/** Bounded by time, not runs: a few seconds per route on a busy machine. Seeded: reproducible. */
export const FUZZ_OPTIONS = { numRuns: 10_000, interruptAfterTimeLimit: 2500, markInterruptAsFailure: false, seed: FUZZ_SEED } as const;

/**
 * Runs `property` for the time FUZZ_OPTIONS allows and fails on a counterexample, the
 * seed first in the message. On a machine so busy that not one run fitted in that
 * time, it still runs once.
 */
export async function fuzz<T>(property: fc.IAsyncPropertyWithHooks<T>, options: fc.Parameters<T> = FUZZ_OPTIONS): Promise<void> {
  const seeded = { seed: FUZZ_SEED, ...options };
  const details = await fc.check(property, seeded);
  if (details.counterexample !== null || details.errorInstance) throw new Error(`${replayHint(details.seed)}\n${fc.defaultReportMessage(details)}`);
  if (details.numRuns === 0) await fc.assert(property, { numRuns: 1, seed: seeded.seed });
}

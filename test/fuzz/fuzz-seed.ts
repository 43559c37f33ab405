// CI must be reproducible: a counterexample found once must be found again on the next
// run. So the fuzz tests start from a fixed seed unless told otherwise:
//   FUZZ_SEED unset      the fixed default (CI, `npm test`)
//   FUZZ_SEED=123456     that seed (replaying a failure: the message prints it)
//   FUZZ_SEED=random     a new seed each run (exploring; printed on failure too)
// Runs are bounded by time, so a slower machine tries a prefix of the same sequence.

/** Changing it changes what CI tries; do so on purpose, in its own commit. */
export const DEFAULT_FUZZ_SEED = 20_261_202;

/** The seed `FUZZ_SEED` asks for; throws naming the variable on anything else. */
export function fuzzSeed(value: string | undefined, random: () => number = Math.random): number {
  const given = value?.trim() ?? '';
  if (given === '') return DEFAULT_FUZZ_SEED;
  if (given === 'random') return Math.floor(random() * 0x7fffffff);
  // fast-check takes a 32-bit integer.
  if (/^-?\d{1,10}$/.test(given) && Math.abs(Number(given)) <= 0x7fffffff) return Number(given);
  throw new Error(`FUZZ_SEED must be unset, "random" or an integer up to ${0x7fffffff}, not ${JSON.stringify(value)}`);
}

/** The line a failing fuzz test prints first: how to run exactly this again. */
export function replayHint(seed: number): string {
  return `fuzz seed ${seed}: replay with FUZZ_SEED=${seed} npm test -- test/fuzz`;
}

/**
 * Growth by input doubling, the suite's only use of a clock. A test never asserts how long
 * something takes (a loaded 2-core machine takes any figure), only how the time grows when the
 * input doubles: linear work takes about 2× as long, quadratic about 4×. Both sizes run in
 * alternation, so a busy machine slows both alike, and the fastest of a few rounds is kept, so
 * a pause in one round does not count.
 */

/** Below 4 (quadratic) with room for noise, above 2 (linear) with room for fixed costs. */
export const LINEAR_RATIO_LIMIT = 3;

/**
 * The ratio of the time `prepare(2n)`'s work takes to the time `prepare(n)`'s takes.
 * `prepare` builds the input (not timed) and returns the work to time.
 */
export function doublingRatio(prepare: (n: number) => () => unknown, n: number, rounds = 5): number {
  const small = prepare(n);
  const large = prepare(2 * n);
  // A burst of load on a shared machine can lift one measurement above the limit; quadratic work
  // is above it every time. So a ratio over the limit is measured again (up to three times in
  // all) and the lowest is kept.
  let ratio = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && ratio >= LINEAR_RATIO_LIMIT; attempt++) ratio = Math.min(ratio, measureRatio(small, large, rounds));
  return ratio;
}

function measureRatio(small: () => unknown, large: () => unknown, rounds: number): number {
  // Warm up both: V8 compiles hot functions and tiers regular expressions up from its
  // interpreter after their first runs, which would otherwise count against the first size timed.
  small();
  large();
  // Work of a few milliseconds is mostly timer and scheduler noise: repeat it until one sample
  // of the small input takes long enough to measure, and time the large one as often.
  let repeats = 1;
  while (repeats < 256 && timed(small, repeats) < MIN_SAMPLE_MS) repeats *= 2;
  let smallBest = Number.POSITIVE_INFINITY;
  let largeBest = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    smallBest = Math.min(smallBest, timed(small, repeats));
    largeBest = Math.min(largeBest, timed(large, repeats));
  }
  return largeBest / smallBest;
}

/** The shortest sample worth comparing (a measurement floor, not a limit on the work). */
const MIN_SAMPLE_MS = 40;

function timed(work: () => unknown, repeats: number): number {
  const start = performance.now();
  for (let i = 0; i < repeats; i++) work();
  return performance.now() - start;
}

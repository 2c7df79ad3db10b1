/**
 * Growth by input size, the suite's only use of a clock. A test never asserts how long something
 * takes (a loaded 2-core machine takes any figure), only how the time grows with the input: it
 * times the work on n and on 4n and gives the exponent of that growth, about 1 for linear work
 * and 2 for quadratic. Quadrupling rather than doubling puts linear (4×) and quadratic (16×)
 * twice as far apart as doubling did (2× against 4×), so a burst of load or a garbage
 * collection that lands on one size cannot carry a linear measure over the limit: at 2× a 3.18
 * once failed linear work against a limit of 3. Both sizes run in alternation, so a busy machine
 * slows both alike, and the fastest of a few rounds is kept, so a pause in one round does not count.
 */

/** Growth exponents: 1 is linear, 2 quadratic; below this with room for noise and fixed costs. */
export const LINEAR_GROWTH_LIMIT = 1.5;

const FACTOR = 4;

/**
 * How the time `prepare(n)`'s work takes grows to the time `prepare(4n)`'s takes, as an exponent
 * (log base 4 of the ratio). `prepare` builds the input (not timed) and returns the work to time.
 */
export function growthExponent(prepare: (n: number) => () => unknown, n: number, rounds = 5): number {
  const small = prepare(n);
  const large = prepare(FACTOR * n);
  // A burst of load on a shared machine can lift one measurement above the limit; quadratic work
  // is above it every time. So a growth over the limit is measured again (up to three times in
  // all) and the lowest is kept.
  let exponent = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && exponent >= LINEAR_GROWTH_LIMIT; attempt++) {
    exponent = Math.min(exponent, Math.log(measureRatio(small, large, rounds)) / Math.log(FACTOR));
  }
  return exponent;
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
const MIN_SAMPLE_MS = 25;

function timed(work: () => unknown, repeats: number): number {
  const start = performance.now();
  for (let i = 0; i < repeats; i++) work();
  return performance.now() - start;
}

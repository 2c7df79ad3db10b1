/** How many threads check systems (pool.ts runs them). */
import * as os from 'node:os';

/** Below this many systems per thread, starting a thread costs more than it saves. */
export const MIN_SYSTEMS_PER_WORKER = 24;

/**
 * How many worker threads to start besides this one: `jobs` threads in all if given, else one
 * per core (at most 4); none for small runs.
 */
export function workerCount(systems: number, jobs: number | undefined): number {
  const threads = jobs ?? Math.min(os.availableParallelism(), 4);
  if (threads < 2 || systems < MIN_SYSTEMS_PER_WORKER * 2) return 0;
  return Math.min(threads, Math.floor(systems / MIN_SYSTEMS_PER_WORKER)) - 1;
}

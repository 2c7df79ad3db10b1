/** How many threads check systems (pool.ts runs them). */
import * as os from 'node:os';

/**
 * The young generation of every thread modelgate starts to check systems (the system workers,
 * and the Action's gate thread). Each system's documents die young, so a larger one checks no
 * faster, but V8 grows it as far as it may: about 48 MB a thread on Node 20, and on Node 24 (the
 * Action's runtime) 134 MB, which put a 5,000-system run at 390 MB for the CLI and 470 MB for the
 * Action, against 223 MB and 304 MB on Node 20. Only a thread's creator can set it: the CLI's
 * main thread keeps V8's default.
 */
export const YOUNG_GENERATION_MB = 16;

/** Below this many systems per thread, starting a thread costs more than it saves. */
export const MIN_SYSTEMS_PER_WORKER = 24;

/** Threads that check systems, this one included: `jobs` if given, else one per core (at most 4). */
export function threadsFor(jobs: number | undefined): number {
  return jobs ?? Math.min(os.availableParallelism(), 4);
}

/**
 * How many worker threads to start besides this one, out of threadsFor(`jobs`); none for small
 * runs.
 */
export function workerCount(systems: number, jobs: number | undefined): number {
  const threads = threadsFor(jobs);
  if (threads < 2 || systems < MIN_SYSTEMS_PER_WORKER * 2) return 0;
  return Math.min(threads, Math.floor(systems / MIN_SYSTEMS_PER_WORKER)) - 1;
}

/**
 * Peak memory. A run's live heap is small on every thread (the policy, the current system's
 * documents, the report's compact results: about 20 MB at 1,000 systems), but V8 let each
 * thread's old space grow to up to four times its live size between full collections, while the
 * documents of each system were promoted there and died. With a worker thread beside the main
 * one, that headroom was most of the peak RSS: 289 MB on 1,000 systems, 204 MB with growth
 * capped at 1.5x, in the same CPU time (a collection of a 20 MB heap takes about 15 ms).
 * V8 flags are process-wide: this applies to this thread's next collections and to every worker
 * started later. The gate sets it before the first system worker starts (during discovery, see
 * early-workers.ts) or before it checks systems, once start-up is over (so this
 * module, and node:v8, load with the rest of what checks systems: checking.ts).
 */
import { setFlagsFromString } from 'node:v8';

export function limitHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=50');
}

/**
 * What checks systems, loaded on demand (load.ts): the system checker with every check function
 * and evidence kind, the worker pool, and the heap growth cap. A run with nothing to check, and
 * the CLI's start-up, need none of it, nor the node:worker_threads and node:v8 it brings.
 */
export { checkSystem, forgetSystem, packCheck, leftOutSystems, unpackCheck } from './check-system.js';
export { checkInWorkers, startSystemWorkers, stopWorkers } from './pool.js';
export { limitHeapGrowth } from './heap.js';

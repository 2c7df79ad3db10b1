/**
 * Worker threads started while discovery is still finding the systems. A worker takes about
 * 0.4 s to load the bundle before it checks anything; started once discovery was done, it spent
 * that time loading while this thread checked alone. Each is started as soon as discovery has
 * found enough systems to give it work (workerCount), loads while the walk goes on, and gets its
 * setup once the run is known (pool.ts). The gate hands the pool those it needs and stops any it
 * did not take (an error, say). A thread that cannot be started (a container's limit) is not
 * asked for again at each later system.
 */
import type { ManifestsFound } from '../discover/discover.js';
import type { StartedWorkers } from './pool.js';
import { systemChecker } from './load.js';
import { threadsFor, workerCount } from './threads.js';

export class EarlyWorkers {
  private readonly started: StartedWorkers = { workers: [], ports: [] };
  /** Set once a thread could not be started: no more are tried. */
  private failed = false;
  /** For discoverAsync; undefined when no worker would be started (one thread, --timing, no script). */
  readonly onManifest: ManifestsFound | undefined;

  constructor(
    private readonly script: string | undefined,
    jobs: number | undefined,
  ) {
    const threads = threadsFor(jobs); // once, not at each manifest
    this.onManifest = script && workerCount(Number.MAX_SAFE_INTEGER, threads) > 0 ? (count) => this.grow(workerCount(count, threads)) : undefined;
  }

  /** A thread could not be started: the run checks on this one alone, without trying again. */
  get cannotStart(): boolean {
    return this.failed;
  }

  /** How many workers are started and not yet taken. */
  get size(): number {
    return this.started.workers.length;
  }

  /** Starts workers until there are `wanted`; none while the checker is not loaded (the CLI loads it on demand). */
  private grow(wanted: number): void {
    if (!this.script || this.failed || this.started.workers.length >= wanted) return;
    let checker: ReturnType<typeof systemChecker>;
    try {
      checker = systemChecker();
    } catch {
      return;
    }
    if (this.started.workers.length === 0) checker.limitHeapGrowth(); // before the first: workers take V8's flags with them
    const more = checker.startSystemWorkers(this.script, wanted - this.started.workers.length);
    if (!more) {
      this.failed = true;
      return;
    }
    this.started.workers.push(...more.workers);
    this.started.ports.push(...more.ports);
  }

  /** The first `count` workers, for the pool (more are started if there are fewer); the rest are stopped. */
  take(count: number): StartedWorkers | undefined {
    if (this.started.workers.length === 0) return undefined;
    if (this.started.workers.length < count) this.grow(count);
    const taken: StartedWorkers = { workers: this.started.workers.splice(0, count), ports: this.started.ports.splice(0, count) };
    this.stop();
    return taken.workers.length > 0 ? taken : undefined;
  }

  /** Stops the workers not taken. */
  stop(): void {
    if (this.started.workers.length === 0) return;
    systemChecker().stopWorkers({ workers: this.started.workers.splice(0), ports: this.started.ports.splice(0) });
  }
}

/** The latest monitoring run's results, normalised: an Evidently snapshot or our own format. */
import type { Location } from '../../types.js';
import type { Located } from '../types.js';

/** Test outcomes, mapped from each tool's vocabulary. */
export type RunStatus = 'pass' | 'fail' | 'warn' | 'error' | 'skip';

export interface MonitoringRun {
  format: string;
  file: string;
  ranAt?: Located<string>;
  tests: Array<{
    name: string;
    status: RunStatus;
    at: Location;
    /** The metric or test id the run gives it. */
    id?: string;
    /** The metric it tests, named as the config adapter names it, where the run records it (Evidently's `metric_config`). */
    metric?: string;
    /** That metric's key, where its name does not say all of it (MonitoredMetric.key). */
    metricKey?: string;
  }>;
  /**
   * The values the run reports, by metric id or test name, and the metric's key where its name
   * does not say all of it (compared with the config's bounds). A
   * `share` is the share of columns that drifted, held to the metric's `maxShare` alone.
   */
  values: Array<{ name: string; key?: string; value: number; at: Location; share?: true }>;
  /** What to do about a missing timestamp, where the tool's own export leaves it out. */
  undatedHint?: string;
}

/** The latest monitoring run's results, normalised: an Evidently snapshot or our own format. */
import type { Location } from '../../types.js';
import type { Located } from '../types.js';

/** Test outcomes, mapped from each tool's vocabulary. */
export type RunStatus = 'pass' | 'fail' | 'warn' | 'error' | 'skip';

export interface MonitoringRun {
  format: string;
  file: string;
  ranAt?: Located<string>;
  tests: Array<{ name: string; status: RunStatus; at: Location; /** The metric or test id the run gives it. */ id?: string }>;
  /** The values the run reports, by metric id or test name (compared with the config's bounds). */
  values: Array<{ name: string; value: number; at: Location }>;
}

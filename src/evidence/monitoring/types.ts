/** A drift-monitoring config, normalised: Evidently, NannyML, WhyLabs and our own format read into this shape. */
import type { Location } from '../../types.js';
import type { Located } from '../types.js';

export interface MonitoredMetric {
  /** As messages show it. */
  name: string;
  /**
   * What a run's results are matched to it by, where its name does not say all of it (an
   * Evidently metric over a list of columns, keyed by the set of them); metricKey(name) otherwise.
   */
  key?: string;
  /** The key of every metric of its kind, where its key tells one of them apart (the type of an Evidently metric over a list of columns). */
  family?: string;
  method?: string;
  /** The tool picks a documented default method when none is set (Evidently, NannyML). */
  methodDefault?: boolean;
  threshold?: number;
  min?: number;
  max?: number;
  /** The tool applies a documented default threshold when none is set. */
  thresholdDefault?: boolean;
  /** The most of the monitored columns that may drift, as a share (Evidently's `drift_share`). */
  maxShare?: number;
  features?: string[];
  /** Other names or keys a run reports this metric's result under (a preset by the metric it runs). */
  reportedAs?: string[];
  at: Location;
}

export type Schedule = { cron: string } | { everyMinutes: number };

export interface MonitoringConfig {
  format: string;
  file: string;
  reference?: Located<{ dataset?: string; revision?: string; sha256?: string; rolling?: boolean }>;
  metrics: MonitoredMetric[];
  schedule?: Located<Schedule>;
  alertRoute?: Located<string>;
  alertOwner?: Located<string>;
}

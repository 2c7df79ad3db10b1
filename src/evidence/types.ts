/**
 * Normalised evidence. Each real-world format (Fairlearn, AIF360, Evidently, NannyML, WhyLabs,
 * and our own documented JSON/YAML) is turned into these shapes by one adapter, and rules only
 * ever check these shapes. Every value keeps the position it came from, so a finding about a
 * bias metric lands on the line of that metric in the report.
 */
import type { Location } from '../types.js';

export interface Located<T> {
  value: T;
  at: Location;
}

/**
 * How a fairness number reads. `unsigned`: a gap, max − min, 0 is parity (Fairlearn). `signed`:
 * unprivileged − privileged, either sign is a gap (AIF360). `ratio`: 1 is parity. `value`: a
 * plain per-group value such as a selection rate.
 */
export type BiasConvention = 'unsigned' | 'signed' | 'ratio' | 'value';

export interface BiasResult {
  attribute: string;
  /** Canonical name (`demographic_parity_difference`). */
  metric: string;
  /** Other names the same number goes by (`selection_rate_difference`). */
  aliases?: string[];
  /** As written: rules decide whether a non-number is acceptable. */
  value: unknown;
  convention: BiasConvention;
  group?: string;
  at: Location;
}

export interface BiasReport {
  format: string;
  file: string;
  modelVersion?: Located<string>;
  generatedAt?: Located<string>;
  /** Every sensitive attribute the report has results for, with where it first appears. */
  attributes: Map<string, Location>;
  results: BiasResult[];
}

export interface MonitoredMetric {
  name: string;
  method?: string;
  /** The tool picks a documented default method when none is set (Evidently, NannyML). */
  methodDefault?: boolean;
  threshold?: number;
  min?: number;
  max?: number;
  /** The tool applies a documented default threshold when none is set. */
  thresholdDefault?: boolean;
  features?: string[];
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

/** Test outcomes, mapped from each tool's vocabulary. */
export type RunStatus = 'pass' | 'fail' | 'warn' | 'error' | 'skip';

export interface MonitoringRun {
  format: string;
  file: string;
  ranAt?: Located<string>;
  tests: Array<{ name: string; status: RunStatus; at: Location }>;
}

/** Why evidence could not be used. Without `at`, the finding goes on the line that cited it. */
export interface EvidenceProblem {
  message: string;
  at?: Location;
}

export type EvidenceResult<T> = { ok: true; value: T } | { ok: false; problem: EvidenceProblem };

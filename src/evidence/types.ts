/**
 * Normalised evidence. Each real-world format (our own JSON/YAML today; Fairlearn, AIF360,
 * Evidently, NannyML and whylogs through their adapters) is turned into these shapes, and
 * rules only ever check these shapes. Every value keeps the position it came from, so a
 * finding about a bias metric lands on the line of that metric in the report.
 */
import type { Location } from '../types.js';

export interface Located<T> {
  value: T;
  at: Location;
}

export interface BiasResult {
  attribute: string;
  metric: string;
  /** As written: rules decide whether a non-number is acceptable. */
  value: unknown;
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
  threshold?: number;
  min?: number;
  max?: number;
  at: Location;
}

export interface MonitoringConfig {
  format: string;
  file: string;
  reference?: Located<{ dataset?: string; revision?: string; sha256?: string }>;
  metrics: MonitoredMetric[];
  schedule?: Located<string>;
  alertRoute?: Located<string>;
  alertOwner?: Located<string>;
}

/** Why evidence could not be used. Without `at`, the finding goes on the line that cited it. */
export interface EvidenceProblem {
  message: string;
  at?: Location;
}

export type EvidenceResult<T> = { ok: true; value: T } | { ok: false; problem: EvidenceProblem };

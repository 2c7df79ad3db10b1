/** A bias report, normalised: Fairlearn, AIF360 and our own format all read into this shape. */
import type { Location } from '../../types.js';
import type { Located } from '../types.js';

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
  /**
   * A gap an export does not say how it took: between groups (max − min, min / max) or to the
   * overall value (Fairlearn's `method="to_overall"`: each group against the whole population),
   * with the overall selection rate where the export has it. Absent: between groups.
   */
  mayBeToOverall?: { overallSelectionRate?: number };
  at: Location;
}

export interface BiasReport {
  format: string;
  file: string;
  /** The model the report says it is about, where it says (our format's `model.name`, the exports' `model_name`). */
  modelName?: Located<string>;
  modelVersion?: Located<string>;
  generatedAt?: Located<string>;
  /** The dataset the metrics were computed on, where the report names it (our format's `dataset.id`). */
  dataset?: Located<string>;
  /** The dataset's revision, where the report says (our format's `dataset.revision`). */
  datasetRevision?: Located<string>;
  /** How many rows the metrics were computed on, where the report says (our format's `dataset.rows`). */
  rows?: Located<number>;
  /** Every sensitive attribute the report has results for, with where it first appears. */
  attributes: Map<string, Location>;
  results: BiasResult[];
}

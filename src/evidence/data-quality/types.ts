/**
 * Data-quality evidence for one dataset, normalised: a data validation result (Great Expectations,
 * 0.x or 1.x) or a Croissant dataset description with its Responsible-AI (RAI) fields. A dataset
 * cites the first as `quality.path` and the second as `croissant`.
 */
import type { Location } from '../../types.js';
import type { Located } from '../types.js';

/** One expectation that did not hold. */
export interface FailedExpectation {
  /** `expect_column_values_to_not_be_null`, as the tool names it. */
  type: string;
  /** The column (or columns) it is about, when it is about columns. */
  column?: string;
  /** What the tool observed (unexpected share, observed value), in a few words. */
  observed?: string;
  /** The tool raised an exception evaluating it. */
  exception?: string;
  /** The result's `success` in the file. */
  at: Location;
}

/** One suite run on one batch of data. */
export interface SuiteRun {
  suite?: string;
  /** The data the suite ran on, as the tool names it (data asset, table, file path). */
  assets: string[];
  success: Located<boolean>;
  /** What the tool's statistics say, when it wrote them. */
  statistics?: { evaluated: number; successful: number; unsuccessful: number };
  /** How many expectation results the file lists (0 when the tool left them out). */
  listed: number;
  failed: FailedExpectation[];
  /**
   * When the suite ran, as the result records it (ISO 8601; the tool's compact form
   * `20261020T081502.131905Z` is rewritten as `2026-10-20T08:15:02.131905Z`, anything else is kept
   * as written, for the check to refuse). Undefined when the result does not say.
   */
  ranAt?: Located<string>;
  /** A table row count expectation that observed 0 rows: the suite ran on no data. */
  noRows?: Location;
  /** The most rows an unconditional table row count expectation observed: how many rows the data has. */
  rows?: Located<number>;
  /** The suite result itself (its `meta`, else its first line), where a missing date is reported. */
  at: Location;
}

export interface ValidationResult {
  kind: 'validation';
  format: string;
  file: string;
  /** One run, or several from a checkpoint result. */
  runs: SuiteRun[];
  /** Where the file contradicts itself (success against its own results, statistics against the list). */
  inconsistencies: Array<{ message: string; at: Location }>;
}

export interface CroissantDescription {
  kind: 'croissant';
  format: string;
  file: string;
  name?: string;
  /** The top of the document, where a missing field is reported. */
  at: Location;
  /** The RAI fields by local name (`dataLimitations`), with their text values. */
  rai: Map<string, { texts: string[]; at: Location }>;
}

export type DataQualityEvidence = ValidationResult | CroissantDescription;

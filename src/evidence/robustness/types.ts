/**
 * Red-team and robustness results, normalised: garak's report JSONL, promptfoo's eval output,
 * Giskard's scan JSON, or our own format. Each result is one probe, test or detector, counted
 * either as tests passed of a total (garak, promptfoo) or as issues found by level (Giskard).
 */
import type { Location } from '../../types.js';
import type { Located } from '../types.js';

export const ISSUE_LEVELS = ['major', 'medium', 'minor'] as const;
export type IssueLevel = (typeof ISSUE_LEVELS)[number];

export interface RobustnessResult {
  /**
   * The probe family a threshold names: garak's probe module (`dan` for `dan.Dan_11_0`), a
   * promptfoo red-team plugin or assertion metric, a Giskard detector.
   */
  families: string[];
  /** What ran, for messages: `dan.Dan_11_0 / dan.DAN`, a promptfoo test's description. */
  name: string;
  /** Tests (or outputs) that passed, of `total`, when the tool counts them. */
  passed?: number;
  total?: number;
  /**
   * Outputs processed but not scored, beside `total` (garak's `nones`: the target gave no output,
   * a request was blocked, or the detector failed).
   */
  unscored?: number;
  /** Issues found by level, when the tool reports issues rather than counts (Giskard). */
  issues?: Record<IssueLevel, number>;
  /** The result's line in the report. */
  at: Location;
}

export interface RobustnessResults {
  format: string;
  file: string;
  /** The tool and its version, when the report says (`garak 0.14.0`). */
  tool?: string;
  /** The model version the results are for, when the report records it. */
  modelVersion?: Located<string>;
  /** The model or target the tool tested, as the tool names it (garak's target_name, promptfoo's provider). */
  target?: string;
  /** When the run started, if the report says. */
  runAt?: Located<string>;
  results: RobustnessResult[];
  /** Where the report disagrees with itself (stats against the results listed). */
  inconsistencies: Array<{ message: string; at: Location }>;
}

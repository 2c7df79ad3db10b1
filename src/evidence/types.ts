/**
 * What every evidence kind shares. Each kind's normalised shape is in its own folder
 * (bias/types.ts, monitoring/types.ts, monitoring-run/types.ts): each real-world format is
 * turned into that shape by one adapter, and rules only ever check that shape. Every value
 * keeps the position it came from, so a finding about a bias metric lands on the line of that
 * metric in the report.
 */
import type { Location } from '../types.js';

export interface Located<T> {
  value: T;
  at: Location;
}

/** Why evidence could not be used. Without `at`, the finding goes on the line that cited it. */
export interface EvidenceProblem {
  message: string;
  at?: Location;
  /** The citation's declared `format` is at fault, not the file: the finding goes on that `format:`. */
  atFormat?: true;
  /** The file is binary (or not UTF-8 text), so it cannot be read as a document. */
  binary?: true;
}

export type EvidenceResult<T> = { ok: true; value: T } | { ok: false; problem: EvidenceProblem };

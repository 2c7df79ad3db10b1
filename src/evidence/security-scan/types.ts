/** A model security scan (unsafe operators in serialised models), normalised: modelscan's JSON report or our own format. */
import type { Location } from '../../types.js';
import type { Located } from '../types.js';

export const SCAN_SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;
export type ScanSeverity = (typeof SCAN_SEVERITIES)[number];

export interface ScanIssue {
  severity: ScanSeverity;
  description: string;
  operator?: string;
  module?: string;
  /** The scanned file the issue is in, as the scanner wrote it (relative to the folder it scanned; `a.zip:b.pkl` inside an archive). */
  source: string;
  /** The issue's `severity` in the report. */
  at: Location;
}

export interface SecurityScan {
  format: string;
  file: string;
  /** When the scan ran, if the report says. */
  scannedAt?: Located<string>;
  /**
   * The folder the report's paths are relative to, where it says (modelscan's absolute_path): a
   * path is matched with the artifacts joined to it (scanKey), so a scan of another folder's
   * `scorer.pkl` does not cover `model/scorer.pkl`.
   */
  folder?: string;
  /** The files the scanner read. */
  scanned: string[];
  /** How many files the report says were scanned (modelscan's `total_scanned`, which may list none by name), and where. */
  scannedCount: { value: number; at: Location };
  issues: ScanIssue[];
  /** Files the scanner failed on. */
  errors: Array<{ description: string; source?: string; at: Location }>;
  /** Files the scanner did not scan (unsupported format, bad archive). */
  skipped: Array<{ source: string; description: string; at: Location }>;
  /** Where the report's own summary disagrees with its issues list (a truncated or edited report). */
  inconsistencies: Array<{ message: string; at: Location }>;
}

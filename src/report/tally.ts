/**
 * Counting findings and deciding the verdict, in one place: the engine adds each batch of
 * findings as it is made (a run over thousands of systems keeps only what the report shows),
 * and every total and verdict in a report comes from here.
 */
import { failsAt, type FailOn, type Finding } from '../types.js';
import type { Counts, Verdict } from './report.js';

function noCounts(): Counts {
  return { errors: 0, warnings: 0, notices: 0, passed: 0, waived: 0, notApplicable: 0 };
}

export function countFindings(findings: readonly Finding[]): Counts {
  const counts = noCounts();
  for (const finding of findings) {
    if (finding.status === 'pass') counts.passed++;
    else if (finding.status === 'waived') counts.waived++;
    else if (finding.status === 'not-applicable') counts.notApplicable++;
    else if (finding.severity === 'error') counts.errors++;
    else if (finding.severity === 'warning') counts.warnings++;
    else counts.notices++;
  }
  return counts;
}

/** Adds `more` into `total`. */
export function addCounts(total: Counts, more: Counts): void {
  for (const key of Object.keys(total) as Array<keyof Counts>) total[key] += more[key];
}

/** Failing findings, of any severity. */
export function failing(counts: Counts): number {
  return counts.errors + counts.warnings + counts.notices;
}

/** `fail` when a failing finding fails the gate at `failOn`. */
export function verdictOf(counts: Counts, failOn: FailOn): Verdict {
  const failed = (failsAt('error', failOn) ? counts.errors : 0) + (failsAt('warning', failOn) ? counts.warnings : 0) + (failsAt('notice', failOn) ? counts.notices : 0);
  return failed > 0 ? 'fail' : 'pass';
}

/** A run's running totals. */
export class Tally {
  readonly counts = noCounts();

  constructor(readonly failOn: FailOn) {}

  /** Counts a batch of findings; returns the batch's own counts. */
  add(findings: readonly Finding[]): Counts {
    const batch = countFindings(findings);
    addCounts(this.counts, batch);
    return batch;
  }

  get verdict(): Verdict {
    return verdictOf(this.counts, this.failOn);
  }
}

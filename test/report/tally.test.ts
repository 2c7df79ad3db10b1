// One decision of whether a failing finding fails the gate at --fail-on: the verdict, the
// baseline command's "still fail" count and coverage's treatment of notices all take it.
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../../src/report/tally.js';
import { failsAt, type FailOn, type Severity } from '../../src/types.js';

const none = { errors: 0, warnings: 0, notices: 0, passed: 3, waived: 1, notApplicable: 2 };

describe('failsAt and verdictOf', () => {
  const table: Array<[FailOn, Record<Severity, boolean>]> = [
    ['error', { error: true, warning: false, notice: false }],
    ['warning', { error: true, warning: true, notice: false }],
    ['notice', { error: true, warning: true, notice: true }],
    ['never', { error: false, warning: false, notice: false }],
  ];
  for (const [failOn, fails] of table) {
    it(`--fail-on ${failOn}`, () => {
      for (const severity of ['error', 'warning', 'notice'] as const) {
        expect(failsAt(severity, failOn), severity).toBe(fails[severity]);
        const counts = { ...none, [`${severity}s`]: 1 };
        expect(verdictOf(counts, failOn), severity).toBe(fails[severity] ? 'fail' : 'pass');
      }
      expect(verdictOf(none, failOn)).toBe('pass');
    });
  }
});

import { describe, expect, it } from 'vitest';
import { check, compliantFiles, failingRuleIds } from '../helpers/system.js';

describe('the compliant fixture system', () => {
  it('passes every baseline rule, so each rule test can break exactly one thing', () => {
    const report = check(compliantFiles());
    expect(failingRuleIds(report)).toEqual([]);
    expect(report.verdict).toBe('pass');
    expect(report.summary.passed).toBeGreaterThan(30);
  });
});

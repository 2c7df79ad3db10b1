/** The monitoring-run adapters on an Evidently snapshot: when it ran, and every test with its status, located. */
import { describe, expect, it } from 'vitest';
import { monitoringRun } from '../../../src/evidence/monitoring-run/kind.js';
import { fixture, storeWith } from '../../helpers/evidence.js';
import { lineOf } from '../../helpers/repo.js';

describe('monitoring run results', () => {
  it('Evidently snapshot: timestamp and every test with its status, located', () => {
    const text = fixture('monitoring-run/evidently-snapshot.json');
    const run = storeWith({ 'run.json': text }).evidence(monitoringRun, 'run.json');
    if (!run.ok) throw new Error(run.problem.message);
    expect(run.value.ranAt?.value).toBe('2026-11-16T06:02:41.118204');
    expect(run.value.tests.map((t) => [t.name, t.status, t.at.line])).toEqual([
      ['Share of Drifted Columns: Less 0.5', 'pass', lineOf(text, '"status": "SUCCESS"')],
      ['Drift score for prediction: Less 0.1', 'fail', lineOf(text, '"status": "FAIL"')],
      ['ROC AUC: Greater 0.75', 'error', lineOf(text, '"status": "ERROR"')],
    ]);
  });
});

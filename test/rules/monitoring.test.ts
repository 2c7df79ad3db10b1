import { describe, expect, it } from 'vitest';
import { scheduleProblem } from '../../src/evidence/schedule.js';
import { lineOf } from '../helpers/repo.js';
import { check, COMPLIANT_MONITORING, compliantFiles, failuresOf, MANIFEST, resultsOf, withManifest } from '../helpers/system.js';

const CONFIG = 'sys/monitoring/drift.yaml';

interface Case {
  rule: string;
  name: string;
  mutate?: (m: Record<string, any>) => void;
  config?: string;
  expected: Array<{ file: string; at: string; message: string }>;
}

const cases: Case[] = [
  {
    rule: 'monitoring/config-cited',
    name: 'no monitoring block',
    mutate: (m) => delete m.monitoring,
    expected: [{ file: MANIFEST, at: 'id: demo-scorer', message: 'monitoring.config is missing' }],
  },
  {
    rule: 'monitoring/config-readable',
    name: 'the config does not exist',
    mutate: (m) => (m.monitoring.config = 'monitoring/none.yaml'),
    expected: [{ file: MANIFEST, at: 'config: monitoring/none.yaml', message: 'sys/monitoring/none.yaml does not exist' }],
  },
  {
    rule: 'monitoring/config-readable',
    name: 'the config is malformed YAML',
    config: 'schema: modelgate/monitoring@1\nmetrics: [\n',
    expected: [{ file: CONFIG, at: 'metrics: [', message: expect.stringMatching(/^sys\/monitoring\/drift\.yaml: invalid YAML: /) as unknown as string }],
  },
  {
    rule: 'monitoring/metrics',
    name: 'no metrics',
    config: COMPLIANT_MONITORING.replace(/metrics:\n(  - .*\n)+/, ''),
    expected: [{ file: MANIFEST, at: 'config: monitoring/drift.yaml', message: 'sys/monitoring/drift.yaml lists no monitored metrics' }],
  },
  {
    rule: 'monitoring/thresholds',
    name: 'a metric without a threshold',
    config: COMPLIANT_MONITORING.replace('{ name: feature_drift, method: psi, threshold: 0.2 }', '{ name: feature_drift, method: psi }'),
    expected: [{ file: CONFIG, at: 'name: feature_drift', message: 'sys/monitoring/drift.yaml: metric "feature_drift" has no threshold (threshold, min or max)' }],
  },
  {
    rule: 'monitoring/schedule',
    name: 'no schedule anywhere',
    config: COMPLIANT_MONITORING.replace('schedule: "0 6 * * 1"\n', ''),
    expected: [{ file: MANIFEST, at: 'monitoring:', message: 'monitoring has no schedule (a cron expression or @daily, @weekly, …)' }],
  },
  {
    rule: 'monitoring/schedule',
    name: 'a schedule that is not cron',
    config: COMPLIANT_MONITORING.replace('"0 6 * * 1"', '"every monday"'),
    expected: [{ file: CONFIG, at: 'schedule:', message: 'monitoring schedule "every monday" is not a cron expression (expected 5 fields, found 2)' }],
  },
  {
    rule: 'monitoring/schedule',
    name: 'a manifest schedule with an hour out of range',
    config: COMPLIANT_MONITORING.replace('schedule: "0 6 * * 1"\n', ''),
    mutate: (m) => (m.monitoring.schedule = '0 25 * * *'),
    expected: [{ file: MANIFEST, at: 'schedule: 0 25', message: 'monitoring schedule "0 25 * * *" has "25" outside 0-23' }],
  },
  {
    rule: 'monitoring/alert-owner',
    name: 'nobody owns the alert',
    config: COMPLIANT_MONITORING.replace('  owner: ml on-call\n', ''),
    expected: [{ file: MANIFEST, at: 'monitoring:', message: 'monitoring has no alert owner (who answers a drift alert)' }],
  },
];

describe('drift monitoring rules', () => {
  it.each([...new Set(cases.map((c) => c.rule))])('%s passes on the compliant system', (rule) => {
    expect(resultsOf(check(compliantFiles()), rule)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each(cases)('$rule fails: $name', ({ rule, mutate, config, expected }) => {
    const files = withManifest(mutate ?? (() => {}), config !== undefined ? { [CONFIG]: config } : {});
    expect(failuresOf(check(files), rule)).toEqual(
      expected.map(({ file, at, message }) => ({ file, line: lineOf(files[file] as string, at), message })),
    );
  });

  it('takes the schedule and alert owner from the manifest when the config has none', () => {
    const config = COMPLIANT_MONITORING.replace('schedule: "0 6 * * 1"\n', '').replace('  owner: ml on-call\n', '');
    const files = withManifest((m) => {
      m.monitoring.schedule = '@daily';
      m.monitoring.alerts = { owner: 'ml on-call' };
    }, { [CONFIG]: config });
    const report = check(files);
    expect(failuresOf(report, 'monitoring/schedule')).toEqual([]);
    expect(failuresOf(report, 'monitoring/alert-owner')).toEqual([]);
  });

  it('does not apply before deployment', () => {
    const report = check(withManifest((m) => {
      m.lifecycle = 'verification';
      delete m.monitoring;
    }));
    expect(resultsOf(report, 'monitoring/config-cited')).toEqual([expect.objectContaining({ status: 'not-applicable' })]);
  });
});

describe('cron schedules', () => {
  it.each(['0 6 * * 1', '*/15 * * * *', '0 0 1 1-12/3 *', '30 2 * * mon-fri', '@weekly', '0 0 * jan *'])('accepts %s', (cron) => {
    expect(scheduleProblem(cron)).toBeUndefined();
  });
  it.each([
    ['* * * *', 'is not a cron expression (expected 5 fields, found 4)'],
    ['60 * * * *', 'has "60" outside 0-59'],
    ['0 0 0 * *', 'has "0" outside 1-31'],
    ['*/0 * * * *', 'has a step of 0 in "*/0"'],
    ['0 6 * * L', 'has an invalid field "L"'],
  ])('rejects %s', (cron, problem) => {
    expect(scheduleProblem(cron)).toBe(problem);
  });
});

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scheduleProblem } from '../../src/evidence/monitoring/schedule.js';
import { lineOf } from '../helpers/repo.js';
import { check, COMPLIANT_MONITORING, compliantFiles, daysAgo, failuresOf, MANIFEST, resultsOf, timeAgo, withManifest } from '../helpers/system.js';

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
    name: 'a format modelgate does not read, declared: at the format',
    mutate: (m) => (m.monitoring.format = 'evidently-legacy'),
    expected: [{ file: MANIFEST, at: 'format: evidently-legacy', message: expect.stringMatching(/^monitoring config format "evidently-legacy" is not supported; supported: modelgate, /) as unknown as string }],
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
  // Bounds that can never be crossed: a monitor that flags nothing is no monitor.
  ...(
    [
      ['a Jensen-Shannon threshold of 1e308', '{ name: feature_drift, method: jensenshannon, threshold: 1e308 }', 'has a jensenshannon threshold of 1e+308, and a jensenshannon distance is never above 1'],
      ['a p-value threshold of 0', '{ name: feature_drift, method: ks, threshold: 0 }', 'has a ks p-value threshold of 0, below which no test result falls'],
      ['a p-value threshold of 1e-300', '{ name: feature_drift, method: ks, threshold: 1e-300 }', 'has a ks p-value threshold of 1e-300, below which no test result falls'],
      // Evidently's es and empirical_mmd return a test's p-value (its StatTest registry); its text drift score is a ROC AUC.
      ["Evidently's abs_text_content_drift above 1", '{ name: feature_drift, method: abs_text_content_drift, threshold: 1.5 }', 'has a abs_text_content_drift threshold of 1.5, and a abs_text_content_drift distance is never above 1'],
      ["Evidently's es at a p-value of 0", '{ name: feature_drift, method: es, threshold: 0 }', 'has a es p-value threshold of 0, below which no test result falls'],
      ["Evidently's empirical_mmd at a p-value of 0", '{ name: feature_drift, method: empirical_mmd, threshold: 0 }', 'has a empirical_mmd p-value threshold of 0, below which no test result falls'],
      // Red team: bounds on the wrong side of a distance's or a p-value's range.
      ['a PSI minimum of 0', '{ name: feature_drift, method: psi, min: 0 }', 'has a minimum of 0, which any psi distance meets'],
      // From a review: a threshold that can never be crossed is reported whatever else is set.
      ['a Jensen-Shannon threshold of 5 beside a minimum', '{ name: feature_drift, method: jensenshannon, threshold: 5, min: 0.1 }', 'has a jensenshannon threshold of 5, and a jensenshannon distance is never above 1'],
      ['a Jensen-Shannon maximum of 1', '{ name: feature_drift, method: jensenshannon, max: 1 }', 'has a maximum of 1, which no jensenshannon distance exceeds'],
      ['a p-value maximum of 1 and minimum of 0', '{ name: feature_drift, method: ks, min: 0, max: 1 }', 'has a minimum of 0, which any ks p-value meets, and has a maximum of 1, which no ks p-value exceeds'],
    ] as const
  ).map(([name, metric, why]) => ({
    rule: 'monitoring/thresholds',
    name,
    config: COMPLIANT_MONITORING.replace('{ name: feature_drift, method: psi, threshold: 0.2 }', metric),
    expected: [{ file: CONFIG, at: 'name: feature_drift', message: `sys/monitoring/drift.yaml: metric "feature_drift" ${why}: it would never flag anything` }],
  })),
  ...(
    [
      ['roc_auc', '{ name: roc_auc, method: performance, max: 1 }', 'has a maximum of 1, which no roc_auc exceeds'],
      ['roc_auc_score', '{ name: roc_auc_score, method: performance, min: 0 }', 'has a minimum of 0, which any roc_auc_score meets'],
      ['f1_macro', '{ name: f1_macro, method: performance, min: 0 }', 'has a minimum of 0, which any f1_macro meets'],
      ['AUC-ROC', '{ name: AUC-ROC, method: performance, min: 0, max: 1.5 }', 'has a minimum of 0, which any AUC-ROC meets, and has a maximum of 1.5, which no AUC-ROC exceeds'],
    ] as const
  ).map(([name, metric, why]) => ({
    rule: 'monitoring/thresholds',
    name: `a performance metric's bounds out of its range: ${name}`,
    config: COMPLIANT_MONITORING.replace('{ name: roc_auc, method: performance, min: 0.75 }', metric),
    expected: [{ file: CONFIG, at: `name: ${name}`, message: `sys/monitoring/drift.yaml: metric "${name}" ${why}: it would never flag anything` }],
  })),
  {
    rule: 'monitoring/thresholds',
    name: 'a minimum on a distance, alone: it alerts the wrong way',
    config: COMPLIANT_MONITORING.replace('{ name: feature_drift, method: psi, threshold: 0.2 }', '{ name: feature_drift, method: psi, min: 0.1 }'),
    expected: [{ file: CONFIG, at: 'name: feature_drift', message: 'sys/monitoring/drift.yaml: metric "feature_drift" has only a minimum (0.1) on a psi distance, which grows with drift: it alerts while nothing drifts and never when the data drifts; write max (a distance above it alerts) instead' }],
  },
  {
    rule: 'monitoring/thresholds',
    name: 'a minimum ROC AUC of -1',
    config: COMPLIANT_MONITORING.replace('{ name: roc_auc, method: performance, min: 0.75 }', '{ name: roc_auc, method: performance, min: -1 }'),
    expected: [{ file: CONFIG, at: 'name: roc_auc', message: 'sys/monitoring/drift.yaml: metric "roc_auc" has a minimum of -1, which any roc_auc meets: it would never flag anything' }],
  },
  // A bare threshold whose method has no known direction: which side alerts is unknown, and
  // monitoring/latest-run could compare no run's value with it (roc_auc 0.6 passed "threshold: 0.75").
  ...(
    [
      ['a performance metric with a threshold', '{ name: roc_auc, method: performance, threshold: 0.75 }', 'roc_auc', 'threshold 0.75 with method "performance"'],
      ['a method modelgate does not know with a threshold', '{ name: embedding_drift, method: mmd, threshold: 0.05 }', 'embedding_drift', 'threshold 0.05 with method "mmd"'],
      // Evidently's TVD is a p-value, anyone else's the distance: which side alerts is unclear.
      ['total variation distance, read one way by Evidently and another by others', '{ name: embedding_drift, method: TVD, threshold: 0.1 }', 'embedding_drift', 'threshold 0.1 with method "TVD"'],
    ] as const
  ).map(([name, metric, metricName, what]) => ({
    rule: 'monitoring/thresholds',
    name,
    config: COMPLIANT_MONITORING.replace('{ name: roc_auc, method: performance, min: 0.75 }', metric),
    expected: [
      {
        file: CONFIG,
        at: `name: ${metricName}`,
        message: `sys/monitoring/drift.yaml: metric "${metricName}" has ${what}, which is neither a distance modelgate knows (a value above the threshold is drift) nor a statistical test (a p-value below it is drift), so no run's value can be compared with it: write max (a value above it alerts) or min (a value below it alerts) instead`,
      },
    ],
  })),
  {
    rule: 'monitoring/thresholds',
    name: "a method's name, untrusted, quoted and clipped",
    config: COMPLIANT_MONITORING.replace('{ name: roc_auc, method: performance, min: 0.75 }', `{ name: roc_auc, method: "evil\\n${'x'.repeat(100)}", threshold: 0.75 }`),
    expected: [
      {
        file: CONFIG,
        at: 'name: roc_auc',
        message: `sys/monitoring/drift.yaml: metric "roc_auc" has threshold 0.75 with method ${JSON.stringify(`evil\n${'x'.repeat(74)}…`)}, which is neither a distance modelgate knows (a value above the threshold is drift) nor a statistical test (a p-value below it is drift), so no run's value can be compared with it: write max (a value above it alerts) or min (a value below it alerts) instead`,
      },
    ],
  },
  {
    rule: 'monitoring/reference-pinned',
    name: 'the config compares with another revision of the reference the manifest declares',
    config: COMPLIANT_MONITORING.replace('{ dataset: train-2025, revision: v3 }', '{ dataset: train-2025, revision: v9 }'),
    mutate: (m) => (m.monitoring.reference = { dataset: 'train-2025', revision: 'v3' }),
    expected: [{ file: CONFIG, at: 'reference:', message: 'sys/monitoring/drift.yaml compares with revision "v9" of its reference, not the revision monitoring.reference declares ("v3"); the config is what runs' }],
  },
  {
    rule: 'monitoring/reference-pinned',
    name: 'the reference pinned to a revision that moves, in the manifest',
    mutate: (m) => (m.monitoring.reference = { dataset: 'train-2025', revision: 'latest' }),
    config: COMPLIANT_MONITORING.replace('{ dataset: train-2025, revision: v3 }', '{ dataset: train-2025 }'),
    expected: [{ file: MANIFEST, at: 'revision: latest', message: 'reference dataset "train-2025" is not pinned: its revision "latest" moves, naming whatever the data is today; give monitoring.reference a commit, tag or snapshot id, or sha256' }],
  },
  {
    rule: 'monitoring/reference-pinned',
    name: 'the config compares with a revision that moves, the manifest pinning a sha256',
    config: COMPLIANT_MONITORING.replace('{ dataset: train-2025, revision: v3 }', '{ dataset: train-2025, revision: main }'),
    mutate: (m) => (m.monitoring.reference = { dataset: 'train-2025', sha256: 'd'.repeat(64) }),
    expected: [{ file: CONFIG, at: 'reference:', message: 'sys/monitoring/drift.yaml compares with revision "main" of reference dataset "train-2025", which moves, naming whatever the data is today; the config is what runs: give it a commit, tag or snapshot id, or sha256' }],
  },
  {
    rule: 'monitoring/metrics',
    name: 'a metric that watches an empty list of features',
    config: COMPLIANT_MONITORING.replace('{ name: feature_drift, method: psi, threshold: 0.2 }', '{ name: feature_drift, method: psi, threshold: 0.2, features: [] }'),
    expected: [{ file: CONFIG, at: 'name: feature_drift', message: 'sys/monitoring/drift.yaml: metric "feature_drift" watches no feature (its features list is empty)' }],
  },
  {
    rule: 'monitoring/reference-pinned',
    name: 'the config compares with another reference than the manifest declares',
    config: COMPLIANT_MONITORING.replace('{ dataset: train-2025, revision: v3 }', '{ dataset: nonexistent-dataset, revision: x }'),
    mutate: (m) => (m.monitoring.reference = { dataset: 'train-2025', revision: 'v3' }),
    expected: [{ file: CONFIG, at: 'reference:', message: 'sys/monitoring/drift.yaml compares with "nonexistent-dataset", not the reference monitoring.reference declares ("train-2025"); the config is what runs' }],
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
  // Red team: "owner: nobody" is filled in, and names no one.
  {
    rule: 'monitoring/alert-owner',
    name: 'the alert owned by nobody',
    config: COMPLIANT_MONITORING.replace('  owner: ml on-call\n', '  owner: nobody\n'),
    expected: [{ file: 'sys/monitoring/drift.yaml', at: 'owner: nobody', message: 'monitoring has no alert owner (who answers a drift alert): it is "nobody"' }],
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

  it.each([
    ['ed', 0.1],
    ['abs_text_content_drift', 0.55],
    ['es', 0.05],
    ['empirical_mmd', 0.05],
  ])("reads Evidently's %s with a threshold as a bound it can compare", (method, threshold) => {
    const files = withManifest(() => {}, { [CONFIG]: COMPLIANT_MONITORING.replace('{ name: feature_drift, method: psi, threshold: 0.2 }', `{ name: feature_drift, method: ${method}, threshold: ${threshold} }`) });
    expect(failuresOf(check(files), 'monitoring/thresholds')).toEqual([]);
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

  it.each([
    ['a PSI threshold above 1 (PSI is unbounded)', '{ name: feature_drift, method: psi, threshold: 1.5 }'],
    ['a Wasserstein threshold of any size (unbounded)', '{ name: feature_drift, method: wasserstein, threshold: 40 }'],
    ['a p-value threshold of 0.01', '{ name: feature_drift, method: ks, threshold: 0.01 }'],
    ['features named by pandas column numbers', '{ name: feature_drift, method: psi, threshold: 0.2, features: [0, 1] }'],
    ['an F1Score minimum above 0', '{ name: F1Score, method: performance, min: 0.6 }'],
  ])('passes %s', (_name, metric) => {
    const files = withManifest(() => {}, { [CONFIG]: COMPLIANT_MONITORING.replace('{ name: feature_drift, method: psi, threshold: 0.2 }', metric) });
    const report = check(files);
    expect([...failuresOf(report, 'monitoring/thresholds'), ...failuresOf(report, 'monitoring/metrics')]).toEqual([]);
  });

  it.each([
    ['a known distance', '{ name: feature_drift, method: psi, threshold: 0.2 }'],
    ['a known test', '{ name: feature_drift, method: ks, threshold: 0.05 }'],
    ['a minimum beside it', '{ name: roc_auc, method: performance, threshold: 0.75, min: 0.75 }'],
    ['a minimum of 0 beside a maximum a ROC AUC can pass', '{ name: roc_auc, method: performance, min: 0, max: 0.99 }'],
    ['a PSI band', '{ name: feature_drift, method: psi, min: 0, max: 0.25 }'],
    ['a known distance written with spaces and capitals', '{ name: feature_drift, method: " PSI ", threshold: 0.2 }'],
  ])('passes a bare threshold with %s', (_name, metric) => {
    const config = COMPLIANT_MONITORING.replace('{ name: feature_drift, method: psi, threshold: 0.2 }', metric);
    expect(failuresOf(check(withManifest(() => {}, { [CONFIG]: config })), 'monitoring/thresholds')).toEqual([]);
  });

  it('fails an F1Score minimum of 0, by its name with separators dropped', () => {
    const config = COMPLIANT_MONITORING.replace('{ name: feature_drift, method: psi, threshold: 0.2 }', '{ name: F1Score, method: performance, min: 0 }');
    expect(failuresOf(check(withManifest(() => {}, { [CONFIG]: config })), 'monitoring/thresholds').map((f) => f.message)).toEqual([
      'sys/monitoring/drift.yaml: metric "F1Score" has a minimum of 0, which any F1Score meets: it would never flag anything',
    ]);
  });

  it.each([
    [1, []],
    [1.5, ['sys/monitoring/evidently.json: metric "DataDriftPreset(utilisation, months_on_book, inquiries_6m)" allows a drifted share of 1.5, and no more than all of its columns (1) can drift: it would never flag anything']],
  ])("an Evidently preset's drift_share of %s", (share, expected) => {
    const files = withManifest((m) => Object.assign(m.monitoring, { config: 'monitoring/evidently.json', format: 'evidently' }), {
      'sys/monitoring/evidently.json': evidence('monitoring/evidently-report-config.json').replace('"drift_share": 0.5', `"drift_share": ${share}`),
    });
    const preset = failuresOf(check(files), 'monitoring/thresholds').map((f) => f.message).filter((m) => m.includes('DataDriftPreset'));
    expect(preset).toEqual(expected);
  });

  // New user: a legacy Evidently (0.4) Report, as teams running Evidently from Python save it, was unreadable.
  it("reads a legacy Evidently Report as the latest run of an Evidently config: its preset matched by its columns, each detected drift a failed test", () => {
    const legacy = JSON.parse(evidence('monitoring-run/evidently-legacy-report.json')) as { timestamp: string };
    legacy.timestamp = new Date(Date.now() - 2 * 86_400_000).toISOString();
    const config = JSON.parse(evidence('monitoring/evidently-report-config.json')) as { metrics: unknown[] };
    config.metrics = config.metrics.slice(0, 2); // the preset and ValueDrift(prediction), which the report holds
    const files = withManifest((m) => Object.assign(m.monitoring, { config: 'monitoring/evidently.json', format: 'evidently', latestRun: 'monitoring/runs/legacy.json' }), {
      'sys/monitoring/evidently.json': JSON.stringify(config, null, 2),
      'sys/monitoring/runs/legacy.json': JSON.stringify(legacy, null, 2),
    });
    expect(failuresOf(check(files), 'monitoring/latest-run').map((f) => f.message)).toEqual(['the latest monitoring run failed test "Drift in utilisation"']);
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

const evidence = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'evidence', name), 'utf8');

describe('monitoring/reference-pinned', () => {
  it.each([
    {
      name: 'no reference anywhere',
      config: COMPLIANT_MONITORING.replace('reference: { dataset: train-2025, revision: v3 }\n', ''),
      file: MANIFEST,
      at: 'monitoring:',
      message: 'no reference dataset is declared (monitoring.reference, or the reference in the config)',
    },
    {
      name: 'a reference that is not pinned',
      config: COMPLIANT_MONITORING.replace('{ dataset: train-2025, revision: v3 }', '{ dataset: train-2025 }'),
      file: MANIFEST,
      at: 'monitoring:',
      message: 'reference dataset "train-2025" is not pinned: give monitoring.reference a revision or sha256',
    },
  ])('fails on $name', ({ config, file, at, message }) => {
    const files = withManifest(() => {}, { [CONFIG]: config });
    expect(failuresOf(check(files), 'monitoring/reference-pinned')).toEqual([{ file, line: lineOf(files[file] as string, at), message }]);
  });

  // Red team: a reference that is a declared dataset, at another snapshot than the one declared.
  it('fails on a config whose reference is a declared dataset at another revision, at the config\'s reference', () => {
    const files = withManifest(() => {}, { [CONFIG]: COMPLIANT_MONITORING.replace('{ dataset: train-2025, revision: v3 }', '{ dataset: train-2025, revision: v1 }') });
    expect(failuresOf(check(files), 'monitoring/reference-pinned')).toEqual([
      { file: CONFIG, line: lineOf(files[CONFIG] as string, 'reference:'), message: 'sys/monitoring/drift.yaml names revision "v1" of reference dataset "train-2025", but data.datasets declares it at revision "v3": drift is measured against other data than the dataset declared' },
    ]);
  });

  it("fails on monitoring.reference naming a declared dataset at another revision, at that revision", () => {
    const files = withManifest((m) => (m.monitoring.reference = { dataset: 'Train-2025', revision: 'v1' }), { [CONFIG]: COMPLIANT_MONITORING.replace('reference: { dataset: train-2025, revision: v3 }\n', '') });
    expect(failuresOf(check(files), 'monitoring/reference-pinned')).toEqual([
      { file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'revision: v1'), message: 'monitoring.reference names revision "v1" of reference dataset "Train-2025", but data.datasets declares it at revision "v3": drift is measured against other data than the dataset declared' },
    ]);
  });

  it.each([
    ['a declared dataset at its declared revision, written in capitals', '{ dataset: TRAIN-2025, revision: V3 }'],
    ['a frozen window of live traffic that data.datasets does not list', '{ dataset: live-2026-10, revision: "2026-10-31" }'],
  ])('passes a reference that is %s', (_name, reference) => {
    const files = withManifest(() => {}, { [CONFIG]: COMPLIANT_MONITORING.replace('{ dataset: train-2025, revision: v3 }', reference) });
    expect(failuresOf(check(files), 'monitoring/reference-pinned')).toEqual([]);
  });

  it('fails on a WhyLabs rolling baseline', () => {
    const text = evidence('monitoring/whylogs-monitor.json');
    const files = withManifest((m) => (m.monitoring = { config: 'monitoring/whylabs.json', format: 'whylogs', alerts: { owner: 'ml on-call' } }), {
      'sys/monitoring/whylabs.json': text,
    });
    expect(failuresOf(check(files), 'monitoring/reference-pinned')).toEqual([
      {
        file: 'sys/monitoring/whylabs.json',
        line: lineOf(text, '"baseline": { "type": "TrailingWindow", "size": 7 }'),
        message: 'the reference is a rolling window (TrailingWindow of 7), not a pinned dataset; the config is what runs: give it a Reference baseline',
      },
    ]);
  });

  it("fails on a WhyLabs rolling baseline that the manifest's reference revision does not override (the config is what runs)", () => {
    const text = evidence('monitoring/whylogs-monitor.json');
    const pinned = withManifest(
      (m) => (m.monitoring = { config: 'monitoring/whylabs.json', alerts: { owner: 'ml on-call' }, reference: { dataset: 'train-2025', revision: 'v3' } }),
      { 'sys/monitoring/whylabs.json': text },
    );
    expect(failuresOf(check(pinned), 'monitoring/reference-pinned')).toEqual([
      {
        file: 'sys/monitoring/whylabs.json',
        line: lineOf(text, '"baseline": { "type": "TrailingWindow", "size": 7 }'),
        message: 'the monitor compares with a rolling window (TrailingWindow of 7), not the reference monitoring.reference pins (train-2025 v3); the config is what runs: give it a Reference baseline',
      },
    ]);
  });

  it('fails on a WhyLabs config where one analyzer has a Reference baseline and another a rolling one, at the rolling one', () => {
    const text = evidence('monitoring/whylogs-monitor.json').replace('"baseline": { "type": "TrailingWindow", "size": 7 }', '"baseline": { "type": "Reference", "profileId": "ref-prof-2026q2" }');
    const files = withManifest((m) => (m.monitoring = { config: 'monitoring/whylabs.json', format: 'whylogs', alerts: { owner: 'ml on-call' } }), {
      'sys/monitoring/whylabs.json': text,
    });
    expect(failuresOf(check(files), 'monitoring/reference-pinned')).toEqual([
      {
        file: 'sys/monitoring/whylabs.json',
        line: lineOf(text, '"baseline": { "type": "TrailingWindow", "size": 14 }'),
        message: 'the reference is a rolling window (TrailingWindow of 14), not a pinned dataset; the config is what runs: give it a Reference baseline',
      },
    ]);
  });

  it('passes on the compliant config', () => {
    expect(resultsOf(check(compliantFiles()), 'monitoring/reference-pinned')).toEqual([expect.objectContaining({ status: 'pass' })]);
  });
});

describe('monitoring/methods', () => {
  it('fails on a metric with no method, at the metric', () => {
    const config = COMPLIANT_MONITORING.replace('{ name: feature_drift, method: psi, threshold: 0.2 }', '{ name: feature_drift, threshold: 0.2 }');
    const files = withManifest(() => {}, { [CONFIG]: config });
    expect(failuresOf(check(files), 'monitoring/methods')).toEqual([
      { file: CONFIG, line: lineOf(config, 'name: feature_drift'), message: 'sys/monitoring/drift.yaml: metric "feature_drift" names no method (a statistical test or distance)' },
    ]);
  });

  it("accepts Evidently's documented default stat test", () => {
    const files = withManifest(
      (m) => (m.monitoring = { config: 'monitoring/evidently.json', schedule: '0 6 * * 1', reference: { dataset: 'train-2025', revision: 'v3' }, alerts: { route: 'pagerduty:ml', owner: 'ml on-call' } }),
      { 'sys/monitoring/evidently.json': evidence('monitoring/evidently-report-config.json').replace('"num_method": "psi"', '"num_method": null') },
    );
    const report = check(files);
    for (const rule of ['monitoring/config-readable', 'monitoring/metrics', 'monitoring/methods', 'monitoring/reference-pinned', 'monitoring/schedule', 'monitoring/alert-owner']) {
      expect([rule, failuresOf(report, rule)]).toEqual([rule, []]);
    }
    // RowCount has no test, so nothing ever alerts on it.
    expect(failuresOf(report, 'monitoring/thresholds')).toEqual([
      expect.objectContaining({ file: 'sys/monitoring/evidently.json', message: 'sys/monitoring/evidently.json: metric "RowCount" has no threshold (threshold, min or max)' }),
    ]);
  });
});

describe('monitoring/schedule: the longest gap against the policy maximum', () => {
  it.each([
    ['@monthly', 'monitoring schedule "@monthly" leaves up to 31 days between runs; the policy requires a run at least every 7 days'],
    ['0 6 * * 1-5', undefined],
    ['0 0 1 */2 *', 'monitoring schedule "0 0 1 */2 *" leaves up to 62 days between runs; the policy requires a run at least every 7 days'],
    ['0 0 31 2 *', 'monitoring schedule "0 0 31 2 *" never runs'],
  ])('%s', (cron, message) => {
    const config = COMPLIANT_MONITORING.replace('"0 6 * * 1"', `"${cron}"`);
    const files = withManifest(() => {}, { [CONFIG]: config });
    expect(failuresOf(check(files), 'monitoring/schedule')).toEqual(message ? [{ file: CONFIG, line: lineOf(config, 'schedule:'), message }] : []);
  });

  it("reads a NannyML interval, at the config's interval", () => {
    const text = evidence('monitoring/nannyml.yaml');
    const files = withManifest((m) => (m.monitoring = { config: 'monitoring/nannyml.yaml', reference: { dataset: 'holdout', revision: 'v1' }, alerts: { owner: 'x', route: 'y' } }), {
      'sys/monitoring/nannyml.yaml': text,
    });
    expect(failuresOf(check(files), 'monitoring/schedule')).toEqual([
      {
        file: 'sys/monitoring/nannyml.yaml',
        line: lineOf(text, 'interval:'),
        message: 'monitoring schedule "every 30 days" leaves up to 30 days between runs; the policy requires a run at least every 7 days',
      },
    ]);
  });
});

describe('monitoring/latest-run', () => {
  // A run of the compliant config reports its two metrics (feature_drift, roc_auc), then the tests given.
  const run = (ranAt: string, statuses: string[] = ['pass'], { ofConfig = true } = {}) =>
    JSON.stringify(
      {
        schema: 'modelgate/monitoring-run@1',
        ranAt,
        tests: [
          ...(ofConfig ? [{ name: 'feature_drift', status: 'pass', value: 0.07 }, { name: 'roc_auc', status: 'pass', value: 0.8 }] : []),
          ...statuses.map((status, i) => ({ name: `test ${i + 1}`, status })),
        ],
      },
      null,
      2,
    );
  const withRun = (text: string, file = 'monitoring/latest.json') =>
    withManifest((m) => (m.monitoring.latestRun = file), { [`sys/${file}`]: text });

  it('is not applicable when no latest run is cited', () => {
    expect(resultsOf(check(compliantFiles()), 'monitoring/latest-run')).toEqual([expect.objectContaining({ status: 'not-applicable' })]);
  });

  it('passes on a recent run whose tests passed', () => {
    expect(failuresOf(check(withRun(run(timeAgo(3)))), 'monitoring/latest-run')).toEqual([]);
  });

  // Red team: a high-risk system in operation passed with no run cited; every monitoring rule then read the config alone.
  describe('monitoring/run-cited', () => {
    const inOperation = (m: Record<string, any>, tier = 'high') => {
      m.lifecycle = 'operation';
      m.risk.euAiAct.tier = tier;
    };
    it('fails a high-risk system in operation that cites no run, at its monitoring block', () => {
      const files = withManifest((m) => inOperation(m));
      expect(failuresOf(check(files), 'monitoring/run-cited')).toEqual([{ file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'monitoring:'), message: 'monitoring.latestRun is missing' }]);
    });
    it.each([
      ['a high-risk system in operation that cites its run', (m: Record<string, any>) => { inOperation(m); m.monitoring.latestRun = 'monitoring/latest.json'; }, 'pass'],
      ['a high-risk system in deployment', () => {}, 'not-applicable'],
      ['a limited-risk system in operation', (m: Record<string, any>) => inOperation(m, 'limited'), 'not-applicable'],
    ])('%s', (_name, mutate, status) => {
      const files = withManifest(mutate, { 'sys/monitoring/latest.json': run(timeAgo(3)) });
      expect(resultsOf(check(files), 'monitoring/run-cited')).toEqual([expect.objectContaining({ status })]);
    });
  });

  it('fails on a run older than two weekly periods, at its timestamp', () => {
    const text = run(timeAgo(20));
    expect(failuresOf(check(withRun(text)), 'monitoring/latest-run')).toEqual([
      {
        file: 'sys/monitoring/latest.json',
        line: lineOf(text, '"ranAt"'),
        message: `the latest monitoring run (${daysAgo(20)}) is 20 days old; the policy allows 2 schedule periods of 7 days`,
      },
    ]);
  });

  it('fails on each failed or errored test, at its status', () => {
    const text = run(timeAgo(1), ['pass', 'fail', 'warn', 'error']);
    expect(failuresOf(check(withRun(text)), 'monitoring/latest-run').map((f) => [f.line, f.message])).toEqual([
      [lineOf(text, '"status": "fail"'), 'the latest monitoring run failed test "test 2"'],
      [lineOf(text, '"status": "error"'), 'the latest monitoring run could not run test "test 4"'],
    ]);
  });

  it.each([
    ['no tests', [], 'it lists no tests'],
    ['every test skipped', ['skip', 'skip'], 'all 2 of its tests were skipped (2) or errored (0)'],
    ['every test skipped or errored', ['skip', 'error'], 'all 2 of its tests were skipped (1) or errored (1)'],
  ])('fails on a run that ran no tests (%s), at its timestamp', (_name, statuses, counts) => {
    const text = run(timeAgo(1), statuses, { ofConfig: false });
    const failures = failuresOf(check(withRun(text)), 'monitoring/latest-run');
    expect(failures.filter((f) => !f.message.includes('could not run test'))).toEqual([
      {
        file: 'sys/monitoring/latest.json',
        line: lineOf(text, '"ranAt"'),
        message: `sys/monitoring/latest.json: the latest monitoring run ran no tests: ${counts}; a run that tested nothing is not a passing run`,
      },
    ]);
  });

  it('fails on a run with a duplicate key, at the second key (JSON.parse would read the last, passing, status)', () => {
    const text = run(timeAgo(1), ['fail'], { ofConfig: false }).replace('"status": "fail"', '"status": "fail",\n      "status": "pass"');
    expect(failuresOf(check(withRun(text)), 'monitoring/latest-run')).toEqual([
      { file: 'sys/monitoring/latest.json', line: lineOf(text, '"status": "pass"'), message: 'sys/monitoring/latest.json: invalid JSON: duplicate key: the keys of an object must be unique' },
    ]);
  });

  describe('an Evidently snapshot (dumps()) beside the Evidently config it ran', () => {
    const config = JSON.stringify({
      metrics: [
        { type: 'evidently:metric_v2:DriftedColumnsCount', drift_share: 0.5 },
        { type: 'evidently:metric_v2:ValueDrift', column: 'prediction', method: 'jensenshannon', threshold: 0.1 },
      ],
    });
    const snapshot = () => JSON.parse(evidence('monitoring-run/evidently-snapshot.json').replace('2026-11-16T06:02:41.118204', `${daysAgo(2)}T06:02:41.118204`));
    const failuresWith = (run: unknown) => {
      const files = withManifest((m) => Object.assign(m.monitoring, { config: 'monitoring/evidently.json', format: 'evidently', latestRun: 'monitoring/snapshot.json' }), {
        'sys/monitoring/evidently.json': config,
        'sys/monitoring/snapshot.json': JSON.stringify(run, null, 2),
      });
      return failuresOf(check(files), 'monitoring/latest-run').map((f) => f.message);
    };
    const expected = [
      'the latest monitoring run reports ValueDrift(prediction) 0.14, above its jensenshannon threshold 0.1 (sys/monitoring/evidently.json)',
      'the latest monitoring run failed test "Drift score for prediction: Less 0.1"',
      'the latest monitoring run could not run test "ROC AUC: Greater 0.75"',
    ];

    it('reads each result by the metric it is for (metric_value_location), and its tests', () => {
      expect(failuresWith(snapshot())).toEqual(expected);
    });

    it("relates results keyed by hashes to the config by the metric each test records (metric_config), as Evidently's MetricTestResult does", () => {
      const run = snapshot();
      for (const result of Object.values(run.metric_results) as Array<Record<string, any>>) {
        const metric = result.metric_value_location.metric;
        delete result.metric_value_location;
        for (const test of result.tests) test.metric_config = metric;
      }
      // Without its value the drift score is judged by its test, which failed.
      expect(failuresWith(run)).toEqual(expected.slice(1));
      for (const result of Object.values(run.metric_results) as Array<Record<string, any>>) for (const test of result.tests) delete test.metric_config;
      expect(failuresWith(run)[0]).toBe(
        'sys/monitoring/snapshot.json: the latest monitoring run names none of the metrics sys/monitoring/evidently.json monitors ("DriftedColumnsCount", "ValueDrift(prediction)"), so it is not shown to be a run of that config; name each test or value by its metric',
      );
    });
  });

  // Two DriftedColumnsCount over different columns are two metrics, each with its own
  // drift_share; a DataDriftPreset is the DriftedColumnsCount of its own columns. Each case is
  // read from every form of an Evidently run: the dict view with its params (config), its
  // explicit id alone (metric_name since 0.7.16, metric_id before), and a saved SnapshotModel.
  describe('Evidently metrics over lists of columns, each held to its own drift_share', () => {
    const DEMOGRAPHIC = ['age_band', 'region', 'employment_type'];
    const BEHAVIOURAL = ['utilisation', 'months_on_book', 'inquiries_6m'];
    const CONFIG_FILE = 'sys/monitoring/evidently.json';
    const counted = (columns: string[] | null, drift_share: number, type = 'evidently:metric_v2:DriftedColumnsCount') => ({ type, ...(columns ? { columns } : {}), drift_share });
    const TWO = [counted(DEMOGRAPHIC, 0.3), counted(BEHAVIOURAL, 0.5)];
    type Result = { columns: string[] | null; share: number };
    const forms = {
      params: (results: Result[]) => ({ metrics: results.map((r, i) => ({ id: `h${i}`, metric_name: 'not read when config is there', config: counted(r.columns, 0.5), value: { count: 1, share: r.share } })) }),
      metric_name: (results: Result[]) => ({ metrics: results.map((r, i) => ({ id: `h${i}`, metric_name: explicitId(r.columns), value: { count: 1, share: r.share } })) }),
      metric_id: (results: Result[]) => ({ metrics: results.map((r, i) => ({ id: `h${i}`, metric_id: explicitId(r.columns), value: { count: 1, share: r.share } })) }),
      snapshot: (results: Result[]) => ({
        metric_results: Object.fromEntries(
          results.map((r, i) => [`h${i}`, { type: 'evidently:metric_result_v2:CountValue', metric_value_location: { metric: { metric_id: `h${i}`, params: counted(r.columns, 0.5) }, param: {} }, count: { value: 1 }, share: { value: r.share } }]),
        ),
      }),
    };
    // As Evidently writes it (MetricResult.explicit_metric_id): a list's items joined by commas.
    function explicitId(columns: string[] | null): string {
      return `DriftedColumnsCount(${columns ? `columns=${columns.join(',')},` : ''}drift_share=0.5,num_method=psi)`;
    }
    const failuresOfRun = (config: object[], run: Record<string, unknown>) => {
      const files = withManifest((m) => Object.assign(m.monitoring, { config: 'monitoring/evidently.json', format: 'evidently', latestRun: 'monitoring/latest.json' }), {
        [CONFIG_FILE]: JSON.stringify({ metrics: config }, null, 2),
        'sys/monitoring/latest.json': JSON.stringify({ timestamp: timeAgo(1), tests: [{ id: 't1', name: 'Row count', status: 'SUCCESS' }], ...run }, null, 2),
      });
      return failuresOf(check(files), 'monitoring/latest-run').map((f) => f.message);
    };
    const past = (name: string, share: number, bound: number) => `the latest monitoring run reports ${name} ${share}, a drifted share at or above its drift_share ${bound} (${CONFIG_FILE})`;
    const nothingOn = (name: string) => `sys/monitoring/latest.json: the latest monitoring run reports nothing on "${name}", which ${CONFIG_FILE} monitors`;
    const SHOWN_DEMOGRAPHIC = 'DriftedColumnsCount(age_band, region, employment_type)';
    const SHOWN_BEHAVIOURAL = 'DriftedColumnsCount(utilisation, months_on_book, inquiries_6m)';

    const cases: Array<[string, object[], Result[], string[]]> = [
      ['both within their own shares (0.4 is past the demographic 0.3, not the behavioural 0.5)', TWO, [{ columns: DEMOGRAPHIC, share: 0.2 }, { columns: BEHAVIOURAL, share: 0.4 }], []],
      ['the second past its share, the first within its own', TWO, [{ columns: DEMOGRAPHIC, share: 0.2 }, { columns: BEHAVIOURAL, share: 0.6 }], [past(SHOWN_BEHAVIOURAL, 0.6, 0.5)]],
      ['the first past its share, within the second', TWO, [{ columns: DEMOGRAPHIC, share: 0.4 }, { columns: BEHAVIOURAL, share: 0.1 }], [past(SHOWN_DEMOGRAPHIC, 0.4, 0.3)]],
      ['one reported, the other not', TWO, [{ columns: DEMOGRAPHIC, share: 0.1 }], [nothingOn(SHOWN_BEHAVIOURAL)]],
      ['the same sets in another order', TWO, [{ columns: [...BEHAVIOURAL].reverse(), share: 0.4 }, { columns: ['region', 'employment_type', 'age_band'], share: 0.2 }], []],
      ['a set that differs by a column is another metric', TWO, [{ columns: DEMOGRAPHIC, share: 0.1 }, { columns: [...BEHAVIOURAL, 'income'], share: 0.1 }], [nothingOn(SHOWN_BEHAVIOURAL)]],
      // The preset is the DriftedColumnsCount of its columns, not the one of every column beside it.
      ['a preset beside a DriftedColumnsCount of every column', [counted(DEMOGRAPHIC, 0.3, 'evidently:metric_container:DataDriftPreset'), counted(null, 0.5)], [{ columns: DEMOGRAPHIC, share: 0.1 }, { columns: null, share: 0.35 }], []],
      ['a preset past its share beside a DriftedColumnsCount of every column', [counted(DEMOGRAPHIC, 0.3, 'evidently:metric_container:DataDriftPreset'), counted(null, 0.5)], [{ columns: DEMOGRAPHIC, share: 0.35 }, { columns: null, share: 0.1 }], [past('DataDriftPreset(age_band, region, employment_type)', 0.35, 0.3)]],
      ['a preset not reported, beside a DriftedColumnsCount of every column that is', [counted(DEMOGRAPHIC, 0.3, 'evidently:metric_container:DataDriftPreset'), counted(null, 0.5)], [{ columns: null, share: 0.1 }], [nothingOn('DataDriftPreset(age_band, region, employment_type)')]],
      ['a preset beside a DriftedColumnsCount of other columns', [counted(DEMOGRAPHIC, 0.3, 'evidently:metric_container:DataDriftPreset'), counted(BEHAVIOURAL, 0.5)], [{ columns: BEHAVIOURAL, share: 0.4 }, { columns: DEMOGRAPHIC, share: 0.2 }], []],
    ];
    describe.each(Object.entries(forms))('from %s', (_form, runOf) => {
      it.each(cases)('%s', (_what, config, results, expected) => {
        expect(failuresOfRun(config, runOf(results))).toEqual(expected);
      });
    });

    // A SnapshotModel whose results are keyed by hashes alone: each test records the metric it tested.
    it("matches a test to the metric its metric_config records, by that metric's columns", () => {
      const tested = (columns: string[]) => ({ tests: [{ id: 't', name: 'Share of Drifted Columns: Less 0.5', status: 'SUCCESS', metric_config: { metric_id: 'h', params: counted(columns, 0.5) } }] });
      expect(failuresOfRun(TWO, { metric_results: { h0: tested([...DEMOGRAPHIC].reverse()) } })).toEqual([nothingOn(SHOWN_BEHAVIOURAL)]);
      expect(failuresOfRun(TWO, { metric_results: { h0: tested(DEMOGRAPHIC), h1: tested(BEHAVIOURAL) } })).toEqual([]);
    });
  });

  describe('read beside the monitoring config it ran (feature_drift: psi, threshold 0.2; roc_auc: min 0.75)', () => {
    type Test = { name: string; status: string; value?: number };
    const runOf = (tests: Test[]) => JSON.stringify({ schema: 'modelgate/monitoring-run@1', ranAt: timeAgo(1), tests }, null, 2);
    const ok: Test[] = [
      { name: 'feature_drift', status: 'pass', value: 0.07 },
      { name: 'roc_auc', status: 'pass', value: 0.8 },
    ];
    const failuresFor = (tests: Test[], config = COMPLIANT_MONITORING) => {
      const text = runOf(tests);
      const files = withManifest((m) => (m.monitoring.latestRun = 'monitoring/latest.json'), { 'sys/monitoring/latest.json': text, [CONFIG]: config });
      return { text, failures: failuresOf(check(files), 'monitoring/latest-run').map((f) => [f.file, f.line, f.message]) };
    };

    it('passes a run that reports every monitored metric within its bound', () => {
      expect(failuresFor(ok).failures).toEqual([]);
    });

    it("fails once on a run that names none of the config's metrics, however its tests went, at its timestamp", () => {
      const { text, failures } = failuresFor([{ name: 'rows', status: 'pass', value: 5 }, { name: 'PSI below 0.2', status: 'pass' }]);
      expect(failures).toEqual([
        [
          'sys/monitoring/latest.json',
          lineOf(text, '"ranAt"'),
          'sys/monitoring/latest.json: the latest monitoring run names none of the metrics sys/monitoring/drift.yaml monitors ("feature_drift", "roc_auc"), so it is not shown to be a run of that config; name each test or value by its metric',
        ],
      ]);
    });

    it.each([
      ['a drift score above its threshold', [{ ...ok[0], value: 0.97 }, ok[1]], '"value": 0.97', 'the latest monitoring run reports feature_drift 0.97, above its psi threshold 0.2 (sys/monitoring/drift.yaml)'],
      ['a performance below its minimum', [ok[0], { ...ok[1], value: 0.51 }], '"value": 0.51', 'the latest monitoring run reports roc_auc 0.51, below its minimum 0.75 (sys/monitoring/drift.yaml)'],
    ])('fails on %s, at the value', (_name, tests, at, message) => {
      const { text, failures } = failuresFor(tests as Test[]);
      expect(failures).toEqual([['sys/monitoring/latest.json', lineOf(text, at), message]]);
    });

    // From a red-team helper: three drift tests that all failed as warnings passed.
    it('fails on a monitored metric whose tests only warned (failed, not critical), at the first', () => {
      const { text, failures } = failuresFor([{ name: 'feature_drift', status: 'warn' }, ok[1] as Test]);
      expect(failures).toEqual([
        ['sys/monitoring/latest.json', lineOf(text, '"status": "warn"'), "the latest monitoring run's test of \"feature_drift\", which sys/monitoring/drift.yaml monitors, warned (it failed, marked not critical): the metric is not shown within its bound"],
      ]);
      // A warning beside a value within the bound is judged by the value, as before.
      expect(failuresFor([{ name: 'feature_drift', status: 'warn', value: 0.07 }, ok[1] as Test]).failures).toEqual([]);
    });

    it('fails on a monitored metric whose tests were all skipped, at the first', () => {
      const { text, failures } = failuresFor([{ name: 'rows', status: 'pass' }, { name: 'feature_drift', status: 'skip' }, ok[1] as Test]);
      expect(failures).toEqual([['sys/monitoring/latest.json', lineOf(text, '"status": "skip"'), 'the latest monitoring run skipped the test of "feature_drift", which sys/monitoring/drift.yaml monitors']]);
    });

    it('fails on a monitored metric the run does not report, at the metric in the config', () => {
      const { failures } = failuresFor([ok[1] as Test]);
      expect(failures).toEqual([[CONFIG, lineOf(COMPLIANT_MONITORING, 'feature_drift'), 'sys/monitoring/latest.json: the latest monitoring run reports nothing on "feature_drift", which sys/monitoring/drift.yaml monitors']]);
    });

    it("reads an Evidently run's metric values by metric_id (the dict view), the row count test that passed notwithstanding", () => {
      const text = JSON.stringify({
        timestamp: timeAgo(1),
        metrics: [{ id: '8a1f2c', metric_id: 'feature_drift()', value: 0.97 }, { id: 'c93be1', metric_id: 'roc_auc', value: 0.51 }],
        tests: [{ id: 'row_count', name: 'Dataset has rows', status: 'SUCCESS' }, { id: 'feature_drift', name: 'PSI below 0.2', status: 'SKIPPED' }, { id: 'roc_auc', name: 'ROC AUC at least 0.75', status: 'SKIPPED' }],
      });
      const files = withManifest((m) => (m.monitoring.latestRun = 'monitoring/latest.json'), { 'sys/monitoring/latest.json': text });
      expect(failuresOf(check(files), 'monitoring/latest-run').map((f) => f.message)).toEqual([
        'the latest monitoring run reports feature_drift 0.97, above its psi threshold 0.2 (sys/monitoring/drift.yaml)',
        'the latest monitoring run reports roc_auc 0.51, below its minimum 0.75 (sys/monitoring/drift.yaml)',
      ]);
    });

    it("reads a real Evidently run beside its Evidently config: metric_id ValueDrift(column=prediction, …) is the config's ValueDrift(prediction)", () => {
      const run = JSON.stringify({
        timestamp: timeAgo(1),
        metrics: [{ id: '4f2a', metric_id: 'ValueDrift(column=prediction,method=jensenshannon,threshold=0.1)', value: 0.37 }],
        tests: [{ id: 't1', name: 'Row count', status: 'SUCCESS' }],
      });
      const files = withManifest((m) => Object.assign(m.monitoring, { config: 'monitoring/evidently.json', format: 'evidently', latestRun: 'monitoring/latest.json' }), {
        'sys/monitoring/evidently.json': evidence('monitoring/evidently-report-config.json'),
        'sys/monitoring/latest.json': run,
      });
      expect(failuresOf(check(files), 'monitoring/latest-run').map((f) => f.message)).toContain(
        'the latest monitoring run reports ValueDrift(prediction) 0.37, above its jensenshannon threshold 0.1 (sys/monitoring/evidently.json)',
      );
    });

    // Evidently 0.7.16 and later name a result `metric_name` (0.7.0 to 0.7.15: `metric_id`) and
    // run a DataDriftPreset as a DriftedColumnsCount, whose value is a count and a share.
    describe('a real Evidently save_json() run beside its Evidently config', () => {
      const withEvidentlyRun = (edit: (run: { metrics: Array<Record<string, unknown>>; tests: Array<Record<string, unknown>> }) => void = () => {}) => {
        const run = JSON.parse(evidence('monitoring-run/evidently-dict.json'));
        edit(run);
        return withManifest((m) => Object.assign(m.monitoring, { config: 'monitoring/evidently.json', format: 'evidently', latestRun: 'monitoring/latest.json' }), {
          'sys/monitoring/evidently.json': evidence('monitoring/evidently-report-config.json'),
          'sys/monitoring/latest.json': JSON.stringify({ timestamp: timeAgo(1), ...run }),
        });
      };
      const valueFailures = (files: Record<string, unknown>) => failuresOf(check(files as never), 'monitoring/latest-run').map((f) => f.message).filter((m) => !m.includes('failed test'));

      it("holds the preset's drifted share to its drift_share and each value to its bound", () => {
        expect(valueFailures(withEvidentlyRun())).toEqual([
          'the latest monitoring run reports DataDriftPreset(utilisation, months_on_book, inquiries_6m) 0.6666666666666666, a drifted share at or above its drift_share 0.5 (sys/monitoring/evidently.json)',
          'the latest monitoring run reports ValueDrift(prediction) 0.37, above its jensenshannon threshold 0.1 (sys/monitoring/evidently.json)',
        ]);
      });

      it('reads the metric_id of Evidently 0.7.0 to 0.7.15, with no config beside it, the same way', () => {
        const older = withEvidentlyRun((run) => {
          for (const metric of run.metrics) {
            metric.metric_id = metric.metric_name;
            delete metric.metric_name;
            delete metric.config;
          }
        });
        expect(valueFailures(older)).toEqual(valueFailures(withEvidentlyRun()));
      });

      it('passes a run within every bound, the preset reported by its DriftedColumnsCount', () => {
        const within = withEvidentlyRun((run) => {
          (run.metrics[0] as { value: { share: number } }).value.share = 0.3333;
          (run.metrics[4] as { value: number }).value = 0.05;
          for (const test of run.tests) test.status = 'SUCCESS';
        });
        expect(failuresOf(check(within), 'monitoring/latest-run')).toEqual([]);
      });

      it('fails a run that reports no drifted share for the preset', () => {
        const without = withEvidentlyRun((run) => {
          run.metrics.splice(0, 1);
          run.tests.splice(0, 1);
          for (const test of run.tests) test.status = 'SUCCESS';
          (run.metrics[3] as { value: number }).value = 0.05;
        });
        expect(valueFailures(without)).toEqual(['sys/monitoring/latest.json: the latest monitoring run reports nothing on "DataDriftPreset(utilisation, months_on_book, inquiries_6m)", which sys/monitoring/evidently.json monitors']);
      });
    });

    it('reads a p-value test the other way: drift is below its threshold', () => {
      const config = COMPLIANT_MONITORING.replace('{ name: feature_drift, method: psi, threshold: 0.2 }', '{ name: feature_drift, method: ks, threshold: 0.05 }');
      expect(failuresFor([{ ...(ok[0] as Test), value: 0.3 }, ok[1] as Test], config).failures).toEqual([]);
      expect(failuresFor([{ ...(ok[0] as Test), value: 0.01 }, ok[1] as Test], config).failures.map((f) => f[2])).toEqual([
        'the latest monitoring run reports feature_drift 0.01, below its ks p-value threshold 0.05 (sys/monitoring/drift.yaml)',
      ]);
    });
  });

  it('fails on a run without a timestamp, and on a run that is not a run', () => {
    const noTime = withRun(JSON.stringify({ metrics: [], tests: [] }));
    expect(failuresOf(check(noTime), 'monitoring/latest-run')).toEqual([
      {
        file: MANIFEST,
        line: lineOf(noTime[MANIFEST] as string, 'latestRun:'),
        message: "sys/monitoring/latest.json has no timestamp, so its freshness cannot be shown (Evidently's snapshot.json() and save_json() write none: save the run with snapshot.dumps(), which keeps its timestamp)",
      },
      {
        file: MANIFEST,
        line: lineOf(noTime[MANIFEST] as string, 'latestRun:'),
        message: 'sys/monitoring/latest.json: the latest monitoring run ran no tests: it lists no tests; a run that tested nothing is not a passing run',
      },
    ]);
    const wrong = withRun('{"accuracy": 0.9}');
    expect(failuresOf(check(wrong), 'monitoring/latest-run')).toEqual([
      { file: 'sys/monitoring/latest.json', line: 1, message: 'sys/monitoring/latest.json is not a monitoring run result in a format modelgate reads (modelgate, evidently); check the file or declare its format' },
    ]);
  });
});

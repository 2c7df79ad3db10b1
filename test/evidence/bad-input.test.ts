/**
 * Every adapter, on every kind of bad file: malformed, truncated, wrong-typed, empty, oversized,
 * and a file of another format. Each must give a problem that names the file (and, when it is
 * about content, the line); none may crash or pass.
 */
import { describe, expect, it } from 'vitest';
import { bias } from '../../src/evidence/bias/kind.js';
import { monitoringRun } from '../../src/evidence/monitoring-run/kind.js';
import { monitoring } from '../../src/evidence/monitoring/kind.js';
import { EvidenceStore } from '../../src/evidence/store.js';
import { RepoFs } from '../../src/fs/repo-fs.js';
import { loadManifest } from '../../src/load/manifest.js';
import { fixture, storeWith } from '../helpers/evidence.js';
import { makeRepo } from '../helpers/repo.js';
import { COMPLIANT_MONITORING, compliantBiasReport } from '../helpers/system.js';

type Kind = 'bias' | 'monitoring' | 'run';
interface Sample {
  kind: Kind;
  format: string;
  file: string;
  text: string;
  /** A document of the right syntax but the wrong types for this format. */
  wrongTyped: string;
}

const SAMPLES: Sample[] = [
  { kind: 'bias', format: 'modelgate', file: 'r.json', text: JSON.stringify(compliantBiasReport(), null, 2), wrongTyped: '{"schema": "modelgate/bias-report@1", "model": {"version": 2}, "results": "all fine"}' },
  { kind: 'bias', format: 'fairlearn', file: 'r.json', text: fixture('bias/fairlearn-metricframes.json'), wrongTyped: '{"sensitive_features": {"sex": {"difference": [0.1]}}}' },
  { kind: 'bias', format: 'aif360', file: 'r.json', text: fixture('bias/aif360-metrics.json'), wrongTyped: '{"protected_attributes": {"sex": {"metrics": 0.9}}}' },
  { kind: 'monitoring', format: 'modelgate', file: 'm.yaml', text: COMPLIANT_MONITORING, wrongTyped: 'schema: modelgate/monitoring@1\nmetrics: { name: drift }\n' },
  { kind: 'monitoring', format: 'evidently', file: 'm.json', text: fixture('monitoring/evidently-report-config.json'), wrongTyped: '{"metrics": "DataDriftPreset"}' },
  { kind: 'monitoring', format: 'nannyml', file: 'm.yaml', text: fixture('monitoring/nannyml.yaml'), wrongTyped: 'input: s3://data\ncalculators: univariate_drift\n' },
  { kind: 'monitoring', format: 'whylogs', file: 'm.json', text: fixture('monitoring/whylogs-monitor.json'), wrongTyped: '{"schemaVersion": 1, "analyzers": [{"id": 7, "config": "drift"}], "monitors": []}' },
  {
    kind: 'run',
    format: 'modelgate',
    file: 'run.json',
    text: '{"schema": "modelgate/monitoring-run@1", "ranAt": "2026-11-20T06:00:00Z", "tests": [{"name": "psi", "status": "pass"}]}',
    wrongTyped: '{"schema": "modelgate/monitoring-run@1", "ranAt": "yesterday", "tests": [{"name": "psi", "status": "green"}]}',
  },
  { kind: 'run', format: 'evidently', file: 'run.json', text: fixture('monitoring-run/evidently-snapshot.json'), wrongTyped: '{"timestamp": "2026-11-20", "metric_results": {"a": {"tests": [{"status": "PASSED"}]}}}' },
];

/** Another format's valid file, to cite where this one is expected. */
const OTHER: Record<Kind, string> = {
  bias: fixture('monitoring/evidently-report-config.json'),
  monitoring: fixture('bias/fairlearn-metricframes.json'),
  run: fixture('bias/aif360-metrics.json'),
};

function load(sample: Sample, text: string, maxFileBytes?: number) {
  const root = makeRepo({ 'ai-system.yaml': 'id: x\nname: X\nversion: "1"\n', [sample.file]: text });
  const repo = new RepoFs(root, maxFileBytes ? { maxFileBytes } : {});
  const loaded = loadManifest(repo, 'ai-system.yaml');
  if (!loaded.ok) throw new Error('manifest');
  const store = new EvidenceStore(repo, loaded.manifest);
  // Runs have no declared format (the manifest has no field for it): they are detected.
  if (sample.kind === 'run') return store.evidence(monitoringRun, sample.file);
  return sample.kind === 'bias' ? store.evidence(bias, sample.file, sample.format) : store.evidence(monitoring, sample.file, sample.format);
}

describe.each(SAMPLES)('$kind adapter "$format"', (sample) => {
  it('reads its realistic sample', () => {
    expect(load(sample, sample.text)).toMatchObject({ ok: true, value: { format: sample.format } });
  });

  const cases: Array<[string, () => string]> = [
    ['malformed', () => `${sample.text.slice(0, 40)}\n: : [{ "unbalanced\n${sample.text.slice(40)}`],
    ['truncated', () => sample.text.slice(0, Math.floor(sample.text.length * 0.6))],
    ['wrong-typed', () => sample.wrongTyped],
    ['empty', () => ''],
    ['of another format', () => OTHER[sample.kind]],
  ];
  it.each(cases)('gives a located problem for a file that is %s', (_, make) => {
    const result = load(sample, make());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.message).toMatch(new RegExp(`^${sample.file.replace('.', '\\.')}[: ]`));
    expect(result.problem.at).toMatchObject({ file: sample.file, line: expect.any(Number), column: expect.any(Number) });
  });

  it('refuses a file over the size cap without reading it', () => {
    const result = load(sample, `${sample.text}${' '.repeat(4096)}`, 2048);
    expect(result).toEqual({ ok: false, problem: { message: expect.stringMatching(new RegExp(`^${sample.file.replace('.', '\\.')} is \\d+(\\.\\d)? KB, over the 2 KB limit`)) } });
  });
});

describe('bad evidence files: a located problem, never a crash or a pass', () => {
  const fairlearn = fixture('bias/fairlearn-metricframes.json');
  const evidently = fixture('monitoring/evidently-report-config.json');
  const nannyml = fixture('monitoring/nannyml.yaml');

  it.each([
    ['bias', 'fairlearn', 'f.json', fairlearn.slice(0, Math.floor(fairlearn.length / 2)), /^f\.json: invalid JSON: /],
    ['bias', 'fairlearn', 'f.json', '', /^f\.json: invalid JSON: the file is empty$/],
    ['bias', 'fairlearn', 'f.json', '[1, 2, 3]', /^f\.json is not a valid Fairlearn MetricFrame export: must be a mapping, found a list$/],
    ['bias', 'fairlearn', 'f.json', '{"sensitive_feature": "sex", "by_group": {"selection_rate": 0.2}}', /^f\.json is not a valid Fairlearn MetricFrame export: by_group\.selection_rate: must be a mapping, found the number 0\.2$/],
    ['bias', 'fairlearn', 'f.json', evidently, /^f\.json is declared as a fairlearn bias report, but it looks like a evidently monitoring config$/],
    ['bias', 'aif360', 'a.json', '{"protected_attributes": {"sex": {"privileged_groups": []}}}', /^a\.json is not a valid AIF360 metrics export: protected_attributes\.sex: must be a protected attribute with metrics or explanations/],
    ['bias', 'aif360', 'a.json', fairlearn, /^a\.json is declared as a aif360 bias report, but it looks like a fairlearn bias report$/],
    ['bias', undefined, 'x.json', '{"accuracy": 0.91}', /^x\.json is not a bias report in a format modelgate reads/],
    ['monitoring', 'evidently', 'e.json', '{"metrics": [{"type": 42}]}', /^e\.json is not a valid Evidently report config: metrics\[0\]\.type: must be text, found the number 42/],
    ['monitoring', 'nannyml', 'n.yaml', nannyml.replace('calculators:', 'calculatorz:'), /^n\.yaml is declared as a nannyml monitoring config, but it looks like|^n\.yaml is not a valid NannyML config: missing required field "calculators"/],
    ['monitoring', 'nannyml', 'n.yaml', 'input: [\n', /^n\.yaml: invalid YAML: /],
    ['monitoring', 'whylogs', 'w.json', '{"analyzers": [], "monitors": []}', /^w\.json is not a valid WhyLabs monitor config: analyzers: must list at least 1 item$/],
    ['monitoring', undefined, 'm.yaml', fairlearn, /^m\.yaml is cited as a monitoring config, but it looks like a fairlearn bias report$/],
  ])('%s (%s) %s: %s', (kind, format, file, text, message) => {
    const store = storeWith({ [file]: text });
    const result = kind === 'bias' ? store.evidence(bias, file, format) : store.evidence(monitoring, file, format);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.message).toMatch(message);
      expect(result.problem.at?.file).toBe(file);
      expect(result.problem.at?.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('refuses an oversized report without reading it', () => {
    const result = storeWith({ 'big.json': `{"x": "${'a'.repeat(3000)}"}` }, 1024).evidence(bias, 'big.json');
    expect(result).toEqual({ ok: false, problem: { message: 'big.json is 2.9 KB, over the 1 KB limit (max-file-size)' } });
  });
});

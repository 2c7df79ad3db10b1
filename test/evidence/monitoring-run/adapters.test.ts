/** The monitoring-run adapters on an Evidently snapshot: when it ran, and every test with its status, located. */
import { describe, expect, it } from 'vitest';
import { monitoringRun } from '../../../src/evidence/monitoring-run/kind.js';
import { monitoring } from '../../../src/evidence/monitoring/kind.js';
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
    // Each result's value, named by the metric its metric_value_location records.
    expect(run.value.values.map((v) => [v.name, v.value, v.share, v.at.line])).toEqual([
      ['DriftedColumnsCount', 0.3333333333333333, true, lineOf(text, '"display_name": "Share of Drifted Columns"')],
      ['ValueDrift(prediction)', 0.14, undefined, lineOf(text, '"value": 0.14')],
    ]);
    expect(run.value.undatedHint).toBeUndefined();
  });

  // As Evidently 0.7.16 and later write it (core/metric_types.py MetricResult.to_dict): one
  // line, each metric's explicit id as metric_name, its params as config, a hash as id.
  it('Evidently save_json(): every value named by its params and located at its column, tests, no timestamp', () => {
    const text = fixture('monitoring-run/evidently-dict.json');
    const run = storeWith({ 'run.json': text }).evidence(monitoringRun, 'run.json');
    if (!run.ok) throw new Error(run.problem.message);
    const columnOf = (needle: string) => text.indexOf(needle) + needle.length + 1;
    expect(run.value.values.map((v) => [v.name, v.value, v.share, v.at.line, v.at.column])).toEqual([
      ['DriftedColumnsCount(utilisation, months_on_book, inquiries_6m)', 0.6666666666666666, true, 1, columnOf('"share": ')],
      ['ValueDrift(utilisation)', 0.31, undefined, 1, text.indexOf('0.31') + 1],
      ['ValueDrift(months_on_book)', 0.04, undefined, 1, text.indexOf('0.04') + 1],
      ['ValueDrift(inquiries_6m)', 0.27, undefined, 1, text.indexOf('0.27') + 1],
      ['ValueDrift(prediction)', 0.37, undefined, 1, text.indexOf('0.37') + 1],
      ['RocAuc', 0.81, undefined, 1, columnOf('"value": 0.81') - 4],
      ['RowCount', 1840, undefined, 1, text.indexOf('1840.0') + 1],
    ]);
    expect(run.value.tests.map((t) => [t.name, t.status])).toEqual([
      ['Share of Drifted Columns: Less 0.5', 'fail'],
      ['Value drift for utilisation: Drift score is less than 0.2', 'fail'],
      ['Value drift for months_on_book: Drift score is less than 0.2', 'pass'],
      ['Value drift for inquiries_6m: Drift score is less than 0.2', 'fail'],
      ['Value drift for prediction: Drift score is less than 0.1', 'fail'],
      ['ROC AUC: Greater than 0.75', 'pass'],
    ]);
    expect(run.value.ranAt).toBeUndefined();
    expect(run.value.undatedHint).toMatch(/snapshot\.dumps\(\)/);
  });

  // New user: a Report.json() of Evidently 0.4 (the legacy API teams still run) was "not a monitoring run result".
  it('a legacy Evidently Report: each drift score a value and each detected drift a failed test, named as the 0.7 metrics, located', () => {
    const text = fixture('monitoring-run/evidently-legacy-report.json');
    const run = storeWith({ 'run.json': text }).evidence(monitoringRun, 'run.json');
    if (!run.ok) throw new Error(run.problem.message);
    expect(run.value.ranAt?.value).toBe('2026-11-16 06:02:41.118204');
    expect(run.value.values.map((v) => [v.name, v.value, v.share, v.at.line])).toEqual([
      // Named by the columns its DataDriftTable reports, as a DataDriftPreset of them is.
      ['DriftedColumnsCount(utilisation, months_on_book, inquiries_6m)', 0.3333333333333333, true, lineOf(text, '"share_of_drifted_columns": 0.3333333333333333,')],
      // A column's drift score is its stat test's (PSI here, a K-S p-value elsewhere), not compared with the config's bound (review).
    ]);
    expect(run.value.tests.map((t) => [t.name, t.status, t.metric, t.at.line])).toEqual([
      ['Dataset drift', 'pass', 'DriftedColumnsCount(utilisation, months_on_book, inquiries_6m)', lineOf(text, '"dataset_drift": false')],
      ['Drift in utilisation', 'fail', 'ValueDrift(utilisation)', lineOf(text, '"drift_score": 0.31')],
      ['Drift in months_on_book', 'pass', 'ValueDrift(months_on_book)', lineOf(text, '"drift_score": 0.04')],
      ['Drift in inquiries_6m', 'pass', 'ValueDrift(inquiries_6m)', lineOf(text, '"drift_score": 0.12')],
      ['Drift in prediction', 'pass', 'ValueDrift(prediction)', lineOf(text, '"drift_score": 0.07')],
    ]);
  });

  it('a legacy Evidently TestSuite: every test with its status', () => {
    const text = fixture('monitoring-run/evidently-legacy-test-suite.json');
    const run = storeWith({ 'run.json': text }).evidence(monitoringRun, 'run.json');
    if (!run.ok) throw new Error(run.problem.message);
    expect(run.value.tests.map((t) => [t.name, t.status, t.at.line])).toEqual([
      ['Share of Drifted Columns', 'pass', lineOf(text, '"status": "SUCCESS"')],
      ['Drift per Column', 'fail', lineOf(text, '"status": "FAIL"')],
    ]);
    expect(run.value.ranAt).toBeUndefined();
    expect(run.value.undatedHint).toMatch(/legacy Evidently report records none/);
  });

  // Review: the identity of the share of drifted columns was built again for each DatasetDriftMetric.
  it('reads a legacy Report with many columns and many results in time linear in its size', () => {
    const report = (n: number) =>
      JSON.stringify({
        metrics: [
          { metric: 'DataDriftTable', result: { drift_by_columns: Object.fromEntries(Array.from({ length: 10 * n }, (_, i) => [`c${i}`, { column_name: `c${i}`, drift_detected: false }])) } },
          ...Array.from({ length: n }, () => ({ metric: 'DatasetDriftMetric', result: { share_of_drifted_columns: 0, dataset_drift: false } })),
        ],
      });
    const timeOf = (n: number) => {
      const text = report(n);
      const started = process.hrtime.bigint();
      const run = storeWith({ 'run.json': text }).evidence(monitoringRun, 'run.json');
      if (!run.ok) throw new Error(run.problem.message);
      return Number(process.hrtime.bigint() - started);
    };
    timeOf(500); // warm
    // Four times the input: linear reading takes about 4× the time, quadratic 16×. The gap is wide
    // so a loaded machine's noise cannot cross it (a doubling, 2× against 4×, once read 3.02× in CI).
    const ratio = Math.min(...[0, 1, 2].map(() => timeOf(4000) / timeOf(1000)));
    expect(ratio).toBeLessThan(9);
  });
});

/**
 * A metric over a list of columns (DriftedColumnsCount, DataDriftPreset) is named by them as well
 * as its type: two over different columns are two metrics. Every form of an Evidently run names
 * it as the config adapter names the metric, whatever the order of its columns.
 */
describe('Evidently metrics over a list of columns', () => {
  const TYPE = 'evidently:metric_v2:DriftedColumnsCount';
  const COLUMNS = ['utilisation', 'months_on_book', 'inquiries_6m'];
  const KEY = 'driftedcolumnscount(columns=["inquiries_6m","months_on_book","utilisation"])';
  const explicit = (columns: string[]) => `DriftedColumnsCount(columns=${columns.join(',')},drift_share=0.5,num_method=psi,num_threshold=0.2)`;
  const params = (columns: string[] | null) => ({ type: TYPE, columns, embeddings: null, drift_share: 0.5, num_method: 'psi', num_threshold: 0.2, tests: null });
  const value = { count: 1, share: 0.3333 };
  const readRun = (raw: Record<string, unknown>) => {
    const run = storeWith({ 'run.json': JSON.stringify('metrics' in raw ? { tests: [], ...raw } : raw) }).evidence(monitoringRun, 'run.json');
    if (!run.ok) throw new Error(run.problem.message);
    return run.value;
  };
  const valueOf = (raw: Record<string, unknown>) => readRun(raw).values.map(({ name, key }) => ({ name, key }));
  const configMetric = (columns: unknown) => {
    const config = storeWith({ 'e.json': JSON.stringify({ metrics: [{ type: TYPE, columns, drift_share: 0.5 }] }) }).evidence(monitoring, 'e.json');
    if (!config.ok) throw new Error(config.problem.message);
    const { name, key } = config.value.metrics[0] as { name: string; key?: string };
    return { name, key };
  };

  it.each([
    ['the config', COLUMNS],
    ['the config, its columns in another order, one twice', ['inquiries_6m', 'utilisation', 'months_on_book', 'utilisation']],
    ['the config, its columns in other case', ['Utilisation', 'months_on_book', 'INQUIRIES_6M']],
  ])('%s is keyed by the set of its columns', (_what, columns) => {
    expect(configMetric(columns).key).toBe(KEY);
  });

  // With a DriftedColumnsCount of every column beside it, which keeps its name: its type alone.
  const SHOWN = 'DriftedColumnsCount(utilisation, months_on_book, inquiries_6m)';
  const explicitAll = 'DriftedColumnsCount(drift_share=0.5,num_method=psi,num_threshold=0.2)';
  const location = (id: string, columns: string[] | null) => ({ metric_value_location: { metric: { metric_id: id, params: params(columns) }, param: {} }, count: { value: 1 }, share: { value: 0.3333 } });
  it.each([
    ['the dict view with its params (config, Evidently 0.7.16 and later)', { metrics: [{ id: 'h1', metric_name: 'ignored()', config: params(COLUMNS), value }, { id: 'h2', metric_name: 'ignored()', config: params(null), value }] }],
    ['the explicit id metric_name, with no config', { metrics: [{ id: 'h1', metric_name: explicit(COLUMNS), value }, { id: 'h2', metric_name: explicitAll, value }] }],
    ['the explicit id metric_id (Evidently 0.7.0 to 0.7.15)', { metrics: [{ id: 'h1', metric_id: explicit(COLUMNS), value }, { id: 'h2', metric_id: explicitAll, value }] }],
    ['a SnapshotModel (metric_value_location)', { metric_results: { h1: location('h1', COLUMNS), h2: location('h2', null) } }],
  ])('%s names its result as the config names the metric', (_what, raw) => {
    expect(configMetric(COLUMNS)).toEqual({ name: SHOWN, key: KEY });
    expect(valueOf(raw)).toEqual([{ name: SHOWN, key: KEY }, { name: 'DriftedColumnsCount', key: undefined }]);
  });

  it.each([
    ['its params', { metrics: [{ id: 'h1', config: params([...COLUMNS].reverse()), value }] }],
    ['its explicit id', { metrics: [{ id: 'h1', metric_id: explicit([...COLUMNS].reverse()), value }] }],
  ])('a result whose columns %s lists in another order is keyed as the config metric, shown in its own order', (_what, raw) => {
    expect(valueOf(raw)).toEqual([{ name: 'DriftedColumnsCount(inquiries_6m, months_on_book, utilisation)', key: configMetric(COLUMNS).key }]);
  });

  it("a SnapshotModel's test names the metric its metric_config records, columns and all", () => {
    const run = readRun({ metric_results: { h1: { tests: [{ name: 'Share of Drifted Columns: Less 0.5', status: 'SUCCESS', metric_config: { metric_id: 'h1', params: params([...COLUMNS].reverse()) } }] } } });
    const { name, key } = configMetric(COLUMNS);
    expect(run.tests.map((t) => [t.metric, t.metricKey])).toEqual([['DriftedColumnsCount(inquiries_6m, months_on_book, utilisation)', key]]);
    expect(name).toBe('DriftedColumnsCount(utilisation, months_on_book, inquiries_6m)');
  });

  it.each([
    ['a long list: shown cut short, keyed whole', ['a', 'b', 'c', 'd', 'e', 'f'], 'DriftedColumnsCount(columns=a,b,c,d,e,f,drift_share=0.5)', { name: 'DriftedColumnsCount(a, b, c, d, and 2 more)', key: 'driftedcolumnscount(columns=["a","b","c","d","e","f"])' }],
    ['a long column name: shown cut short, keyed whole', ['x'.repeat(100), 'y'], `DriftedColumnsCount(columns=${'x'.repeat(100)},y)`, { name: `DriftedColumnsCount(${'x'.repeat(39)}…, y)`, key: `driftedcolumnscount(columns=["${'x'.repeat(100)}","y"])` }],
    // Quoted where it could be read as two columns or the end of the list; an explicit id cannot tell a=1 from a param.
    ['columns with parentheses, quotes, newlines', ['f(x)', 'say "hi"', 'a\nb'], 'DriftedColumnsCount(columns=f(x),say "hi",a\nb)', { name: 'DriftedColumnsCount("f(x)", "say \\"hi\\"", "a\\nb")', key: 'driftedcolumnscount(columns=["a\\nb","f(x)","say \\"hi\\""])' }],
  ])('%s: the params and the explicit id agree', (_what, columns, id, expected) => {
    expect(valueOf({ metrics: [{ id: 'h1', config: params(columns), value }] })).toEqual([expected]);
    expect(valueOf({ metrics: [{ id: 'h1', metric_name: id, value }] })).toEqual([expected]);
  });

  // Untrusted input: an explicit id of any shape is read as far as it goes, never thrown on.
  it('reads an explicit id that is not as Evidently writes one as far as it goes', () => {
    const ids = [
      ['no closing parenthesis', 'DriftedColumnsCount(columns=a,b', 'DriftedColumnsCount(columns=a,b'],
      ['only parentheses', '(((((()))))', '(((((()))))'],
      ['a type that is no name', 'Drifted Columns(columns=a)', 'Drifted Columns(columns=a)'],
      ['an empty list', 'DriftedColumnsCount(columns=,drift_share=0.5)', 'DriftedColumnsCount("")'],
      ['pieces before any param', 'DriftedColumnsCount(,,=,columns=a,,b)', 'DriftedColumnsCount(a, "", b)'],
      ['a column given twice as a param', 'ValueDrift(column=age,method=psi,column=income)', 'ValueDrift(age)'],
      ['a column with a comma (read back whole)', 'ValueDrift(column=a,b,method=psi)', 'ValueDrift(a,b)'],
    ];
    const names = ids.map(([, id]) => valueOf({ metrics: [{ id: 'h1', metric_id: id, value: 0.1 }] })[0]?.name);
    expect(names).toEqual(ids.map(([, , name]) => name));
  });

  it('an explicit id of 200,000 columns is read whole', () => {
    const columns = Array.from({ length: 200_000 }, (_, i) => `c${i}`);
    const [named] = valueOf({ metrics: [{ id: 'h1', metric_id: `DriftedColumnsCount(columns=${columns.join(',')},drift_share=0.5)`, value }] });
    expect(named?.name).toBe('DriftedColumnsCount(c0, c1, c2, c3, and 199996 more)');
    expect(named?.key).toBe(configMetric(columns).key);
  });
});

/**
 * The latest monitoring run: read with the monitoring config it ran, whose schedule says how
 * old the run may be.
 */
import { defineFunction, type Failure, type SystemContext } from '../check.js';
import type { PathSegment } from '../../types.js';
import { describeNewest } from '../store.js';
import { notADate, parseDate, staleness } from '../dates.js';
import { loadConfig, scheduleOf } from '../monitoring/checks.js';
import { formatMinutes, maxGapMinutes } from '../monitoring/schedule.js';
import type { Located } from '../types.js';
import { driftSense, keyOf, metricKey } from '../monitoring/methods.js';
import type { MonitoredMetric, MonitoringConfig } from '../monitoring/types.js';
import { monitoringRuns } from './formats.js';
import type { MonitoringRun } from './types.js';

/**
 * The run judged ran before the one the base commit judged: a pull request went back to an
 * earlier run (red team: the newest run, which failed, deleted, renamed out of the pattern's
 * reach, or the citation narrowed to an older run, and the older passing run was judged). The
 * base is the commit given (the Action's merge commit holds the base's runs); a branch checked
 * against a base that has since gained a run is told to merge it (review).
 */
function ranBeforeBase(system: SystemContext, file: string, ran: Located<string> | undefined, path: PathSegment[]): Failure | undefined {
  const base = system.base;
  const cited = (base?.manifest.data as { monitoring?: { latestRun?: unknown } } | undefined)?.monitoring?.latestRun;
  if (!base || !ran || typeof cited !== 'string' || cited.trim() === '') return undefined;
  const before = base.evidence.evidence(monitoringRuns, cited);
  const then = before.ok ? before.value.ranAt : undefined;
  const baseTime = then ? parseDate(then.value)?.getTime() : undefined;
  const headTime = parseDate(ran.value)?.getTime();
  if (baseTime === undefined || headTime === undefined || headTime >= baseTime || !before.ok || !then) return undefined;
  return {
    message: `${file} ran on ${ran.value}, before ${before.value.file}, the run the base commit ${base.commit.slice(0, 12)} judged (ran on ${then.value}): a pull request does not go back to an earlier monitoring run; keep the newest run's result in reach of the citation, and fix what it found (a branch made before that run was committed to the base: merge the base into it first)`,
    path,
  };
}

/**
 * The latest monitoring run, when one is cited: it has a timestamp, is no older than
 * `maxPeriods` schedule periods (or `maxAgeDays` when there is no schedule), ran a test, no test
 * failed, and, read beside the monitoring config it ran, it reports every metric the config
 * monitors, skips none of their tests, and no value it reports is past the config's bound.
 */
export const monitoringLatestRun = defineFunction<{ maxPeriods: number; maxAgeDays: number }>({
  name: 'monitoring-latest-run',
  description:
    "A cited latest monitoring run is recent (within maxPeriods schedule periods, else maxAgeDays), ran at least one test (not all skipped or errored), has no failed or errored test, and agrees with the monitoring config: each metric the config monitors is reported, its tests are not all skipped, and its value is within the config's min, max or threshold.",
  optionsSchema: {
    type: 'object',
    required: ['maxPeriods', 'maxAgeDays'],
    additionalProperties: false,
    properties: { maxPeriods: { type: 'number', exclusiveMinimum: 0 }, maxAgeDays: { type: 'number', exclusiveMinimum: 0 } },
  },
  check({ value, path, options, system }) {
    if (typeof value !== 'string' || value.trim() === '') return { skip: 'no monitoring run is cited' };
    const run = system.evidence.evidence(monitoringRuns, value);
    // Cited by a pattern, every message says which of its runs was judged, and why that one.
    const newest = system.evidence.newestMatch(value);
    const judged = newest?.chosen.ok ? ` (${describeNewest(newest)})` : '';
    if (!run.ok) return [{ message: `${run.problem.message}${judged}`, at: run.problem.at }];
    const { file, ranAt, tests } = run.value;
    const failures: Failure[] = [];
    const block = system.manifest.data.monitoring ?? {};
    const loaded = loadConfig(system, block);
    const found = scheduleOf(block, loaded?.ok ? loaded.value : undefined);
    const gap = found ? maxGapMinutes(found.schedule) : undefined;
    const allowedDays = gap ? (gap * options.maxPeriods) / 1440 : options.maxAgeDays;
    const basis = gap ? `${options.maxPeriods} schedule periods of ${formatMinutes(gap)}` : `${options.maxAgeDays} days (no schedule to go by)`;
    const ran: Located<string> | undefined = ranAt;
    if (!ran) {
      failures.push({ message: `${file} has no timestamp, so its freshness cannot be shown${run.value.undatedHint ? ` (${run.value.undatedHint})` : ''}`, path });
    } else {
      const stale = staleness(ran.value, system.now, allowedDays);
      if (stale === 'not-a-date') failures.push({ message: `${file}: "${ran.value}" is ${notADate(ran.value)}`, at: ran.at });
      else if (stale === 'future') failures.push({ message: `${file} is dated ${ran.value}, in the future`, at: ran.at });
      else if (stale) failures.push({ message: `the latest monitoring run (${ran.value.slice(0, 10)}) is ${stale.daysOld} days old; the policy allows ${basis}`, at: ran.at });
    }
    // A run that tested and reported nothing fails for that below; what it did not report of the config would only repeat it.
    const ranTests = tests.filter((test) => test.status === 'pass' || test.status === 'fail' || test.status === 'warn').length;
    if (loaded?.ok && (ranTests > 0 || run.value.values.length > 0)) failures.push(...againstConfig(run.value, loaded.value, ran ? { at: ran.at } : { path }));
    for (const test of tests) {
      if (test.status === 'fail' || test.status === 'error') {
        failures.push({ message: `the latest monitoring run ${test.status === 'fail' ? 'failed' : 'could not run'} test "${test.name}"`, at: test.at });
      }
    }
    // A run whose tests all were skipped or errored, or that lists none, tested nothing: it
    // shows no failure, and no monitoring either.
    if (ranTests === 0) {
      const where = ran ? { at: ran.at } : { path };
      const skipped = tests.filter((test) => test.status === 'skip').length;
      const errored = tests.length - skipped;
      const counts = tests.length === 0 ? 'it lists no tests' : `all ${tests.length} of its tests were skipped (${skipped}) or errored (${errored})`;
      failures.push({ message: `${file}: the latest monitoring run ran no tests: ${counts}; a run that tested nothing is not a passing run`, ...where });
    }
    const said = failures.map((failure) => ({ ...failure, message: `${failure.message}${judged}` }));
    // A run named after the one judged that records no time may be newer: a job that crashed
    // mid-write must not leave yesterday's passing run judged in its place.
    for (const { rel, why } of newest?.undated ?? []) {
      said.push({ message: `${rel} records no time it ran (${why}), and is named after ${file}, the newest run by recorded time ${newest?.pattern.endsWith('/') ? 'in' : 'of'} ${newest?.pattern}: it may be the latest run; fix it, move it out of the pattern's reach, or narrow the pattern`, path });
    }
    const earlier = ranBeforeBase(system, file, ran, path);
    if (earlier) said.push(earlier);
    return said;
  },
});


/**
 * The run read beside the config it ran: each metric the config monitors must be reported, by a
 * test that ran (named by its id, its name or the metric it tested) or a value, and each value
 * must be within the metric's bound: a run that skipped every drift test, or reported drift of
 * 0.97 against a threshold of 0.2, is no passing run. A run that names none of the config's
 * metrics is one finding, not one a metric: it may be a run of another config, passing tests
 * that say nothing of what this one monitors.
 */
function againstConfig(run: MonitoringRun, config: MonitoringConfig, where: Pick<Failure, 'at' | 'path'>): Failure[] {
  // A metric over a list of columns is matched by its key (its type and the set of its columns), not its name.
  const keys = (test: MonitoringRun['tests'][number]) => [test.id, test.name].filter((n): n is string => n !== undefined).map(metricKey).concat(test.metric === undefined ? [] : [test.metricKey ?? metricKey(test.metric)]);
  const testsOf = groupBy(run.tests.flatMap((test) => [...new Set(keys(test))].map((key) => [key, test] as const)));
  const valuesOf = groupBy(run.values.map((value) => [keyOf(value), value] as const));
  const keysOf = (metric: MonitoredMetric) => [keyOf(metric), ...(metric.reportedAs ?? []).map(metricKey)];
  if (config.metrics.length > 0 && !config.metrics.some((metric) => keysOf(metric).some((key) => testsOf.has(key) || valuesOf.has(key)))) {
    const monitored = config.metrics.map((metric) => `"${metric.name}"`);
    const shown = monitored.length > 5 ? [...monitored.slice(0, 5), `and ${monitored.length - 5} more`] : monitored;
    return [
      {
        message: `${run.file}: the latest monitoring run names none of the metrics ${config.file} monitors (${shown.join(', ')}), so it is not shown to be a run of that config; name each test or value by its metric`,
        ...where,
      },
    ];
  }
  const failures: Failure[] = [];
  for (const metric of config.metrics) {
    const tests = keysOf(metric).flatMap((key) => testsOf.get(key) ?? []);
    const values = keysOf(metric).flatMap((key) => valuesOf.get(key) ?? []);
    if (tests.length === 0 && values.length === 0) {
      failures.push({ message: `${run.file}: the latest monitoring run reports nothing on "${metric.name}", which ${config.file} monitors`, at: metric.at });
      continue;
    }
    const skipped = tests.filter((test) => test.status === 'skip');
    if (values.length === 0 && tests.length > 0 && skipped.length === tests.length) {
      failures.push({ message: `the latest monitoring run skipped the test of "${metric.name}", which ${config.file} monitors`, at: (skipped[0] as (typeof skipped)[number]).at });
    }
    // Evidently's WARNING is a test that failed but was not marked critical: with no value to
    // judge, a metric whose tests only warned is past its bound, not reported within it.
    const warned = tests.filter((test) => test.status === 'warn');
    if (values.length === 0 && warned.length > 0 && warned.length + skipped.length === tests.length) {
      failures.push({ message: `the latest monitoring run's test of "${metric.name}", which ${config.file} monitors, warned (it failed, marked not critical): the metric is not shown within its bound`, at: (warned[0] as (typeof warned)[number]).at });
    }
    for (const { value, at, share } of values) {
      const past = share ? pastShare(metric, value) : pastBound(metric, value);
      if (past) failures.push({ message: `the latest monitoring run reports ${metric.name} ${value}, ${past} (${config.file})`, at });
    }
  }
  return failures;
}

/** How a drifted share is past the metric's `maxShare`; Evidently flags drift at the share itself. */
function pastShare(metric: MonitoredMetric, share: number): string | undefined {
  return metric.maxShare !== undefined && share >= metric.maxShare ? `a drifted share at or above its drift_share ${metric.maxShare}` : undefined;
}

/** How `value` is past the metric's bound, or undefined when it is within it (or the bound's sense is unknown). */
function pastBound(metric: MonitoredMetric, value: number): string | undefined {
  if (metric.min !== undefined && value < metric.min) return `below its minimum ${metric.min}`;
  if (metric.max !== undefined && value > metric.max) return `above its maximum ${metric.max}`;
  const method = metric.method?.toLowerCase();
  if (metric.threshold === undefined || method === undefined) return undefined;
  const sense = driftSense(method);
  if (sense === 'distance' && value > metric.threshold) return `above its ${method} threshold ${metric.threshold}`;
  if (sense === 'p-value' && value < metric.threshold) return `below its ${method} p-value threshold ${metric.threshold}`;
  return undefined;
}

/** Items by key, in order (pushed in place: a run of many tests of one name stays linear). */
function groupBy<T>(pairs: ReadonlyArray<readonly [string, T]>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const [name, item] of pairs) {
    const list = groups.get(name);
    if (list) list.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}

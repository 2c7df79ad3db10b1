/**
 * The latest monitoring run: read with the monitoring config it ran, whose schedule says how
 * old the run may be.
 */
import { defineFunction, type Failure } from '../check.js';
import { notADate, staleness } from '../dates.js';
import { loadConfig, scheduleOf } from '../monitoring/checks.js';
import { formatMinutes, maxGapMinutes } from '../monitoring/schedule.js';
import type { Located } from '../types.js';
import { monitoringRuns } from './formats.js';

/**
 * The latest monitoring run, when one is cited: it has a timestamp, is no older than
 * `maxPeriods` schedule periods (or `maxAgeDays` when there is no schedule), ran a test, and no
 * test failed.
 */
export const monitoringLatestRun = defineFunction<{ maxPeriods: number; maxAgeDays: number }>({
  name: 'monitoring-latest-run',
  description: 'A cited latest monitoring run is recent (within maxPeriods schedule periods, else maxAgeDays), ran at least one test (not all skipped or errored) and has no failed or errored test.',
  optionsSchema: {
    type: 'object',
    required: ['maxPeriods', 'maxAgeDays'],
    additionalProperties: false,
    properties: { maxPeriods: { type: 'number', exclusiveMinimum: 0 }, maxAgeDays: { type: 'number', exclusiveMinimum: 0 } },
  },
  check({ value, path, options, system }) {
    if (typeof value !== 'string' || value.trim() === '') return { skip: 'no monitoring run is cited' };
    const run = system.evidence.evidence(monitoringRuns, value);
    if (!run.ok) return [{ message: run.problem.message, at: run.problem.at }];
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
      failures.push({ message: `${file} has no timestamp, so its freshness cannot be shown`, path });
    } else {
      const stale = staleness(ran.value, system.now, allowedDays);
      if (stale === 'not-a-date') failures.push({ message: `${file}: "${ran.value}" is ${notADate(ran.value)}`, at: ran.at });
      else if (stale === 'future') failures.push({ message: `${file} is dated ${ran.value}, in the future`, at: ran.at });
      else if (stale) failures.push({ message: `the latest monitoring run (${ran.value.slice(0, 10)}) is ${stale.daysOld} days old; the policy allows ${basis}`, at: ran.at });
    }
    for (const test of tests) {
      if (test.status === 'fail' || test.status === 'error') {
        failures.push({ message: `the latest monitoring run ${test.status === 'fail' ? 'failed' : 'could not run'} test "${test.name}"`, at: test.at });
      }
    }
    // A run whose tests all were skipped or errored, or that lists none, tested nothing: it
    // shows no failure, and no monitoring either.
    const ranTests = tests.filter((test) => test.status === 'pass' || test.status === 'fail' || test.status === 'warn').length;
    if (ranTests === 0) {
      const where = ran ? { at: ran.at } : { path };
      const skipped = tests.filter((test) => test.status === 'skip').length;
      const errored = tests.length - skipped;
      const counts = tests.length === 0 ? 'it lists no tests' : `all ${tests.length} of its tests were skipped (${skipped}) or errored (${errored})`;
      failures.push({ message: `${file}: the latest monitoring run ran no tests: ${counts}; a run that tested nothing is not a passing run`, ...where });
    }
    return failures;
  },
});

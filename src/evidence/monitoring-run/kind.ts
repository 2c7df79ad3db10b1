/** Monitoring run results: the latest run's tests and when it ran, cited by `monitoring.latestRun`. */
import { citeAt } from '../init-citation.js';
import type { EvidenceKind } from '../kind.js';
import { monitoringLatestRun } from './checks.js';
import { monitoringRuns } from './formats.js';
import type { MonitoringRun } from './types.js';

export const monitoringRun: EvidenceKind<MonitoringRun> = {
  ...monitoringRuns,
  citedBy: ['monitoring.latestRun'],
  checks: [monitoringLatestRun],
  docs: {
    heading: 'Latest monitoring run (`monitoring.latestRun`)',
    readsHeading: 'Read from it',
    formats: [
      { format: 'modelgate', what: 'our own run result, JSON or YAML', reads: 'when it ran (`ranAt`), each test, its status and its `value`' },
      {
        format: 'evidently',
        link: 'https://docs.evidentlyai.com/',
        what: 'an Evidently snapshot: the saved `SnapshotModel` (`timestamp`, `metric_results[].tests`) or the `snapshot.dict()` view (`metrics`, `tests`)',
        reads: 'when it ran (`timestamp`), every test and its status (`FAIL` and `ERROR` count as failed, `WARNING` does not), each metric\'s `value` by its `metric_id` (the dict view)',
      },
    ],
  },
  init: {
    // The manifest cites the latest run: the one run last by its own date, else the last by name
    // (run files named by date sort oldest first).
    cite(manifest, found) {
      const ranAt = (f: (typeof found)[number]) => (f.read.ok ? Date.parse(f.read.value.ranAt?.value ?? '') : Number.NaN);
      const dated = found.filter((f) => !Number.isNaN(ranAt(f)));
      const latest = dated.length > 0 ? dated.reduce((a, b) => (ranAt(b) >= ranAt(a) ? b : a)) : found.at(-1);
      if (latest) citeAt(manifest, ['monitoring', 'latestRun'], latest.file);
    },
  },
};

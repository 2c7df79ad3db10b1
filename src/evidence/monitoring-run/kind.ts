/** Monitoring run results: the latest run's tests and when it ran, cited by `monitoring.latestRun`. */
import { posix } from 'node:path';
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
        what: 'an Evidently 0.7 snapshot: the saved `SnapshotModel` of `snapshot.dumps()` (`timestamp`, `metric_results`) or the view `snapshot.json()` and `save_json()` write (`metrics`, `tests`, no timestamp); or a legacy Evidently (0.4 to 0.6, `evidently.legacy`) Report (`metrics` of `{metric, result}`) or TestSuite (`tests`, `summary`) as its `json()` writes it',
        reads: 'when it ran (`timestamp`), every test and its status (`FAIL` and `ERROR` count as failed, `WARNING` does not), each metric\'s value by the metric it is for (its `config` or `metric_value_location` params, or its `metric_name`, `metric_id` before Evidently 0.7.16); a drifted-columns count by its `share`. From a legacy Report: each column\'s `drift_detected` (ColumnDriftMetric, DataDriftTable) as a test of `ValueDrift(column)`, failed when true (its `drift_score` is not compared: it is the score of the stat test Evidently chose, which may not be the config\'s), and the share of drifted columns (DatasetDriftMetric) as the `DriftedColumnsCount` of the DataDriftTable\'s columns, as 0.7 names them, with `dataset_drift` as its test',
      },
    ],
  },
  init: {
    // Several runs in one folder, of one extension, are a job's runs: the manifest cites them by
    // a pattern, so each new run is judged without editing it (the gate picks the newest, as
    // below), when the pattern matches nothing else init listed (review: a thresholds.json beside
    // the runs sorted last, and was judged a run that records no time). Otherwise it cites the
    // latest run: the one run last by its own date, else the last by name (run files named by
    // date sort oldest first).
    cite(manifest, found, listed) {
      const folders = new Set(found.map((f) => posix.dirname(f.file)));
      const extensions = new Set(found.map((f) => posix.extname(f.file)));
      const [folder] = folders;
      const [extension] = extensions;
      const runs = new Set(found.map((f) => f.file));
      const onlyRuns = () => [...listed].every((file) => posix.dirname(file) !== folder || posix.extname(file) !== extension || runs.has(file));
      if (found.length > 1 && folders.size === 1 && extensions.size === 1 && folder !== undefined && extension && onlyRuns()) {
        citeAt(manifest, ['monitoring', 'latestRun'], `${folder === '.' ? '' : `${folder}/`}*${extension}`);
        return;
      }
      const ranAt = (f: (typeof found)[number]) => (f.read.ok ? Date.parse(f.read.value.ranAt?.value ?? '') : Number.NaN);
      const dated = found.filter((f) => !Number.isNaN(ranAt(f)));
      const latest = dated.length > 0 ? dated.reduce((a, b) => (ranAt(b) >= ranAt(a) ? b : a)) : found.at(-1);
      if (latest) citeAt(manifest, ['monitoring', 'latestRun'], latest.file);
    },
  },
};

/** Drift-monitoring configs: what a monitoring tool measures, against what, how often, and who is alerted; cited by `monitoring.config`. */
import { citeAt } from '../init-citation.js';
import type { EvidenceKind } from '../kind.js';
import { monitoringConfigReadable, monitoringDeclares } from './checks.js';
import { monitoringConfigs } from './formats.js';
import type { MonitoringConfig } from './types.js';

export const monitoring: EvidenceKind<MonitoringConfig> = {
  ...monitoringConfigs,
  citedBy: ['monitoring.config'],
  formatField: 'monitoring.format',
  checks: [monitoringConfigReadable, monitoringDeclares],
  docs: {
    heading: 'Monitoring configs (`monitoring.format`)',
    readsHeading: 'Read from it',
    formats: [
      { format: 'modelgate', what: 'our normalised config, YAML or JSON', reads: 'everything' },
      {
        format: 'evidently',
        link: 'https://docs.evidentlyai.com/',
        what: 'an Evidently 0.7 `ReportConfig`, as `evidently report CONFIG …` reads it',
        reads: "metrics (`DataDriftPreset`, `ValueDrift`, … with `method`/`threshold`, `null` meaning Evidently's default test; quality metrics bounded by their `tests`)",
      },
      {
        format: 'nannyml',
        link: 'https://nannyml.readthedocs.io/en/stable/',
        what: '`nannyml.yaml` for `nml run`',
        reads: "reference data path, enabled calculators with methods and thresholds (or NannyML's defaults), `scheduling.interval` or `cron.crontab`",
      },
      {
        format: 'whylogs',
        link: 'https://docs.whylabs.ai/docs/',
        what: 'a WhyLabs monitor config (`MonitorManager.dump()`) for whylogs profiles',
        reads: 'analyzers (metric, algorithm, threshold), baseline (`Reference` is pinned, `TrailingWindow` is not), cadence or cron, monitor actions as the alert route',
      },
    ],
  },
  init: {
    // A system has one monitoring config: the first found.
    cite(manifest, [first]) {
      if (!first) return;
      citeAt(manifest, ['monitoring', 'config'], first.file);
      citeAt(manifest, ['monitoring', 'format'], first.format);
    },
  },
};

/** Logging configs the system ships (OpenTelemetry Collector, Fluent Bit, ours), cited by `monitoring.logging.configs[].path`: Art. 12 logs, Art. 19/26(6) retention. */
import { citeAt, pathsAndFormats } from '../init-citation.js';
import type { EvidenceKind } from '../kind.js';
import { LOGGING_CHECKS } from './checks.js';
import { loggingConfigs } from './formats.js';
import type { LoggingConfig } from './types.js';

export const logging: EvidenceKind<LoggingConfig> = {
  ...loggingConfigs,
  citedBy: ['monitoring.logging.configs.*.path'],
  formatField: 'monitoring.logging.configs.*.format',
  checks: LOGGING_CHECKS,
  docs: {
    heading: 'Logging configs (`monitoring.logging.configs[].format`)',
    readsHeading: 'Read from it',
    formats: [
      {
        format: 'modelgate',
        what: 'our logging declaration, YAML or JSON: the events, each field and what it records, the store, the retention',
        reads: 'everything; cite it beside a collector or Fluent Bit config to state the fields they cannot show',
      },
      {
        format: 'otel-collector',
        link: 'https://opentelemetry.io/docs/collector/configuration/',
        what: 'an OpenTelemetry Collector config (`receivers`, `processors`, `exporters`, `service.pipelines`)',
        reads: "the `logs` pipelines and their exporters (debug, logging and nop keep nothing, nor does a file exporter whose `path` is `/dev/null` or the console); a retention only where an exporter states one (file `rotation.max_days`, awscloudwatchlogs `log_retention`, clickhouse `ttl`), or a file exporter's `rotation` that deletes by count (`max_backups`, 100 by default) with no `max_days`, whose retention is bounded by volume; a model version set by a resource, attributes or transform processor; timestamps (every OTLP log record has one). Not the fields the application writes",
      },
      {
        format: 'fluent-bit',
        link: 'https://docs.fluentbit.io/manual/administration/configuring-fluent-bit',
        what: 'a Fluent Bit config, classic (`[INPUT]`, `[FILTER]`, `[OUTPUT]`, a `.conf` file, with the files it `@INCLUDE`s by name, read in from its folder) or YAML (`pipeline:`, with the files its `includes:` names, each read in from the folder of the file that names it)',
        reads: "outputs whose `Match` or `Match_Regex` selects an input's `Tag` (stdout, null and counter keep nothing, nor does a file output to `/dev/null`; a `${VAR}` in a Tag, Match or output Name is the deployment's, so that output does not count); a model version added by a record_modifier or modify filter; timestamps. No retention in days: a logrotate output deletes by count (`Max_Files`, 7 by default), so its retention is bounded by volume; not the fields the application writes",
      },
    ],
  },
  init: {
    // Whether logging is on and how long logs are kept are the team's to declare (the gate asks).
    cite(manifest, found) {
      citeAt(manifest, ['monitoring', 'logging', 'configs'], pathsAndFormats(found));
    },
  },
};

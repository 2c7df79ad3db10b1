/**
 * The logging configs a system ships (`monitoring.logging.configs`), judged on what their format
 * can show; what it cannot show (a collector's retention, the fields the application writes) is
 * left to the manifest's declaration, which `event-logging-declared` checks and which only
 * supports the controls.
 */
import type { AiSystem } from '../../load/manifest.js';
import type { PathSegment } from '../../types.js';
import { defineFunction, unusableEvidence, type Failure, type SystemContext } from '../check.js';
import type { EvidenceResult } from '../types.js';
import { loggingConfigs } from './formats.js';
import { LOG_CATEGORIES, type LogCategory, type LoggingConfig, type VolumeBound } from './types.js';

interface ConfigEntry {
  path?: unknown;
  format?: unknown;
}

type Logging = NonNullable<NonNullable<AiSystem['monitoring']>['logging']>;

function entriesOf(logging: unknown): ConfigEntry[] {
  const configs = logging && typeof logging === 'object' ? (logging as { configs?: unknown }).configs : undefined;
  return Array.isArray(configs) ? configs.filter((entry): entry is ConfigEntry => Boolean(entry) && typeof entry === 'object') : [];
}

function loadConfig(system: Pick<SystemContext, 'evidence'>, entry: ConfigEntry): EvidenceResult<LoggingConfig> | undefined {
  if (typeof entry.path !== 'string' || entry.path.trim() === '') return undefined;
  return system.evidence.evidence(loggingConfigs, entry.path, typeof entry.format === 'string' ? entry.format : undefined);
}

/** The cited configs that could be read (the others are logging/config-readable's findings). */
function readableConfigs(system: Pick<SystemContext, 'evidence'>, logging: unknown): LoggingConfig[] {
  return entriesOf(logging).flatMap((entry) => {
    const config = loadConfig(system, entry);
    return config?.ok ? [config.value] : [];
  });
}

const FORMAT_NAME: Record<string, string> = { 'otel-collector': 'an OpenTelemetry Collector config', 'fluent-bit': 'a Fluent Bit config', modelgate: 'a modelgate logging declaration' };
const formatName = (format: string) => FORMAT_NAME[format] ?? format;
const noOptions = { type: 'object', additionalProperties: false };
const noConfig = { skip: 'no logging config is cited (monitoring.logging.configs)' };

export const loggingConfigReadable = defineFunction<Record<string, never>>({
  name: 'logging-config-readable',
  description: 'A cited logging config exists, parses, is in a supported format, and every component its pipelines name is defined and routed.',
  optionsSchema: noOptions,
  check({ target, targetPath, system }) {
    const entry = (target && typeof target === 'object' ? target : {}) as ConfigEntry;
    const config = loadConfig(system, entry);
    if (!config) return [{ message: 'the logging config entry has no path', path: targetPath }];
    if (!config.ok) return [unusableEvidence(config.problem, [...targetPath, 'path'])];
    return config.value.problems.map((problem) => ({ message: problem.message, at: problem.at }));
  },
});

export const loggingPipeline = defineFunction<Record<string, never>>({
  name: 'logging-pipeline',
  description: 'The cited logging configs have a logs pipeline that sends records to a destination that keeps them (a file or a log backend, not stdout or a debug exporter).',
  optionsSchema: noOptions,
  check({ target, system }) {
    const configs = readableConfigs(system, target);
    if (configs.length === 0) return noConfig;
    // Our declaration without a `store` says nothing about where logs go.
    const showing = configs.filter((config) => config.format !== 'modelgate' || config.pipelines.length > 0);
    if (showing.length === 0) return { skip: 'the cited logging declaration does not say where logs are stored (store)' };
    if (showing.some((config) => config.pipelines.some((pipeline) => pipeline.destinations.some((d) => d.kind !== 'none')))) return [];
    return showing.map((config): Failure => {
      const pipeline = config.pipelines[0];
      if (!pipeline) {
        // Why the config's outputs are not routed, where logging/config-readable says so.
        const why = config.problems[0];
        if (why) return { message: `${config.file} has no logs pipeline, so no log record is kept: ${why.message.startsWith(`${config.file}: `) ? why.message.slice(config.file.length + 2) : why.message}`, at: why.at };
        return { message: `${config.file} has no logs pipeline, so no log record is kept`, at: { file: config.file, line: 1, column: 1 } };
      }
      // Each destination once: a config of many printing outputs is not a message of many names.
      const names = [...new Set(config.pipelines.flatMap((p) => p.destinations.map((d) => d.name)))];
      return {
        message: `${config.file}: the logs ${names.length === 0 ? 'pipeline has no destination' : `go only to ${names.join(', ')}, which keep${names.length === 1 ? 's' : ''} nothing`}; send them to a file or a log backend`,
        at: pipeline.destinations[0]?.at ?? pipeline.at,
      };
    });
  },
});

/** How to keep logs for a stated time instead of a volume, in each format's own settings. */
const KEEP_BY_TIME: Record<string, (minDays: number) => string> = {
  'otel-collector': (minDays) => `set rotation.max_backups: 0 and rotation.max_days: ${minDays} or more`,
  'fluent-bit': (minDays) => `write the logs with the file output, which deletes nothing, and keep its files at least ${minDays} days`,
};

/** A destination's volume-bounded retention, as the start of a finding: what it keeps and why that is no time. */
const boundedByVolume = (config: LoggingConfig, bound: VolumeBound) =>
  `${config.file}: ${bound.destination} keeps at most ${bound.keeps} (${bound.source}), deleting the oldest by count, so its retention is bounded by volume, not time, and may be hours`;

export const loggingRetention = defineFunction<{ minDays: number }>({
  name: 'logging-retention',
  description: 'Where a cited logging config states how long logs are kept, it is at least `minDays` days; a destination that deletes its oldest files by count, stating no age, keeps them for no stated time and fails.',
  optionsSchema: { type: 'object', required: ['minDays'], additionalProperties: false, properties: { minDays: { type: 'number', minimum: 0 } } },
  check({ target, options, system }) {
    const configs = readableConfigs(system, target);
    if (configs.length === 0) return noConfig;
    const stated = configs.filter((config) => config.retention !== undefined || config.volumeBound.length > 0);
    if (stated.length === 0) {
      return { skip: `the cited logging configs state no retention (${[...new Set(configs.map((c) => formatName(c.format)))].join(', ')} cannot, unless an exporter sets one); monitoring/event-logging checks the manifest's retentionDays` };
    }
    return stated.flatMap((config): Failure[] => {
      const retention = config.retention;
      const fix = KEEP_BY_TIME[config.format]?.(options.minDays);
      return [
        ...(retention && retention.value < options.minDays
          ? [{ message: `${config.file} keeps logs ${days(retention.value)} (${retention.source}), fewer than the ${options.minDays} required`, at: retention.at }]
          : []),
        ...config.volumeBound.map((bound) => ({
          message: `${boundedByVolume(config, bound)}; ${fix ? `${fix}, or ` : ''}send the logs to durable storage that keeps them at least ${options.minDays} days and cite its config`,
          at: bound.at,
        })),
      ];
    });
  },
});

const days = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)} day${n === 1 ? '' : 's'}`;

export const loggingAgrees = defineFunction<Record<string, never>>({
  name: 'logging-agrees',
  description: "The manifest's monitoring.logging (`enabled`, `retentionDays`, `events`) says what the cited logging configs say.",
  optionsSchema: noOptions,
  check({ target, targetPath, system }) {
    const configs = readableConfigs(system, target);
    if (configs.length === 0) return noConfig;
    const logging = (target ?? {}) as Logging;
    const failures: Failure[] = [];
    const keeps = configs.some((config) => config.pipelines.some((p) => p.destinations.some((d) => d.kind !== 'none')));
    for (const config of configs) {
      if (config.enabled && logging.enabled !== undefined && config.enabled.value !== logging.enabled) {
        failures.push({ message: `${config.file} says enabled: ${config.enabled.value}, the manifest's monitoring.logging.enabled ${logging.enabled}`, at: config.enabled.at });
      }
      if (config.retention && typeof logging.retentionDays === 'number' && config.retention.value !== logging.retentionDays) {
        failures.push({
          message: `${config.file} keeps logs ${days(config.retention.value)} (${config.retention.source}), but the manifest declares retentionDays: ${logging.retentionDays}`,
          at: config.retention.at,
        });
      }
      // A volume keeps logs for no number of days, so it shows none the manifest could declare.
      if (typeof logging.retentionDays === 'number') {
        for (const bound of config.volumeBound) {
          failures.push({ message: `${boundedByVolume(config, bound)}: it does not show the manifest's retentionDays: ${logging.retentionDays}`, at: bound.at });
        }
      }
    }
    if (logging.enabled === false && keeps) {
      failures.push({ message: 'monitoring.logging.enabled is false, but a cited logging config keeps log records', path: [...targetPath, 'enabled'] });
    }
    const declared = configs.flatMap((config) => config.events ?? []);
    if (declared.length > 0) {
      const names = new Set(declared.map((event) => event.value.toLowerCase()));
      const events = typeof logging.events === 'string' ? [logging.events] : Array.isArray(logging.events) ? logging.events : [];
      events.forEach((event, index) => {
        if (typeof event === 'string' && !names.has(event.toLowerCase())) {
          failures.push({
            message: `the manifest lists event "${event}", which no cited logging declaration records`,
            path: typeof logging.events === 'string' ? [...targetPath, 'events'] : [...targetPath, 'events', index],
          });
        }
      });
    }
    return failures;
  },
});

export const loggingEvents = defineFunction<{ required: LogCategory[] }>({
  name: 'logging-events',
  description: 'The cited logging configs record each required category of field (timestamp, input or its reference, output, model version, operator action); a category their format cannot show is left to the manifest.',
  optionsSchema: {
    type: 'object',
    required: ['required'],
    additionalProperties: false,
    properties: { required: { type: 'array', minItems: 1, items: { enum: [...LOG_CATEGORIES] } } },
  },
  check({ target, options, system }) {
    const configs = readableConfigs(system, target);
    if (configs.length === 0) return noConfig;
    const recorded = new Set(configs.flatMap((config) => config.recorded.map((r) => r.category)));
    const failures: Failure[] = [];
    const unknown: LogCategory[] = [];
    for (const category of options.required) {
      if (recorded.has(category)) continue;
      const couldShow = configs.find((config) => !config.cannotShow.includes(category));
      if (couldShow) failures.push({ message: `${couldShow.file} records no ${category} field in any event`, at: couldShow.events?.[0]?.at ?? { file: couldShow.file, line: 1, column: 1 } });
      else unknown.push(category);
    }
    if (failures.length > 0 || unknown.length === 0) return failures;
    return {
      skip: `the cited logging configs cannot show whether ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} recorded (the application writes those fields); cite a modelgate logging declaration (docs/manifest.md) to have them judged`,
    };
  },
});

export const eventLoggingDeclared = defineFunction<{ minRetentionDays: number }>({
  name: 'event-logging-declared',
  description: "monitoring.logging declares logging enabled and a retention of at least `minRetentionDays`, for what no cited logging config shows (where and how long logs are kept); a config that shows it is judged by the logging/* rules instead.",
  optionsSchema: { type: 'object', required: ['minRetentionDays'], additionalProperties: false, properties: { minRetentionDays: { type: 'number', minimum: 0 } } },
  check({ value, path, options, system }) {
    const manifest = (value && typeof value === 'object' ? value : {}) as AiSystem;
    const raw = manifest.monitoring && typeof manifest.monitoring === 'object' ? manifest.monitoring.logging : undefined;
    const logging = (raw && typeof raw === 'object' ? raw : {}) as Logging;
    const at = (field: string): PathSegment[] => [...path, 'monitoring', 'logging', field];
    const configs = readableConfigs(system, logging);
    const failures: Failure[] = [];
    const showsPipeline = configs.some((config) => config.pipelines.length > 0 || config.enabled !== undefined);
    const showsRetention = configs.some((config) => config.retention !== undefined || config.volumeBound.length > 0);
    if (showsPipeline && showsRetention) return { skip: 'the cited logging configs show where logs go and how long they are kept; the logging/* rules judge them' };
    if (!showsPipeline && logging.enabled !== true) {
      failures.push({ message: logging.enabled === undefined ? 'monitoring.logging.enabled is missing (must be true)' : `monitoring.logging.enabled is ${JSON.stringify(logging.enabled)}, not true`, path: at('enabled') });
    }
    if (!showsRetention) {
      const retention = logging.retentionDays as unknown;
      if (typeof retention !== 'number') failures.push({ message: retention === undefined || retention === null ? 'monitoring.logging.retentionDays is missing' : 'monitoring.logging.retentionDays is not a number', path: at('retentionDays') });
      else if (retention < options.minRetentionDays) failures.push({ message: `monitoring.logging.retentionDays is ${retention}, below the minimum ${options.minRetentionDays}`, path: at('retentionDays') });
    }
    return failures;
  },
});

export const LOGGING_CHECKS = [loggingConfigReadable, loggingPipeline, loggingRetention, loggingAgrees, loggingEvents, eventLoggingDeclared] as const;

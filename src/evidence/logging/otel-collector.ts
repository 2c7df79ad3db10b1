/**
 * An OpenTelemetry Collector config (open-telemetry/opentelemetry-collector
 * otelcol/testdata/otelcol-nop.yaml): `receivers`, `processors`, `exporters`, `connectors` by
 * component id (`type` or `type/name`), and `service.pipelines` whose `logs` or `logs/<name>`
 * entries list them. A pipeline naming a component that is not defined is refused by the
 * collector, so it is a problem here too.
 *
 * What it can show: the log pipelines and where each sends records; a timestamp (every OTLP log
 * record has Timestamp and ObservedTimestamp); a model version when a `resource` (`attributes`), `attributes` (`actions`)
 * or `transform` processor of the pipeline sets one; a retention only where an exporter states it:
 * the file exporter's `rotation.max_days` (opentelemetry-collector-contrib
 * exporter/fileexporter/testdata/config.yaml), awscloudwatchlogs' `log_retention` (days),
 * clickhouse's `ttl` (a Go duration); and a file exporter whose rotation deletes by count with no
 * max_days, which keeps logs for a time bounded by their volume (volumeBound). Which business fields the application writes (inputs,
 * outputs, operator actions) is not in a collector config.
 */
import { asText, lazyLocation, type SourceDoc } from '../../load/source-doc.js';
import type { PathSegment } from '../../types.js';
import { at, isRecord, schemaProblem, type Adapter } from '../adapter.js';
import { discardingDevice, isModelVersionKey, type DestinationKind, type LoggingConfig, type VolumeBound } from './types.js';

const SCHEMA = 'otel-collector-config.schema.json';

/** Exporters that keep nothing. */
const NOWHERE = new Set(['debug', 'logging', 'nop']);
const LOCAL = new Set(['file']);

const typeOf = (id: string) => id.split('/')[0] ?? id;

/** Where the key that ends `path` is written: a `rotation:` block at its name, not at its first entry. */
const atKey = (doc: SourceDoc, path: PathSegment[]) => lazyLocation(doc.fileOf?.(path) ?? doc.file, () => (doc.locateKey ?? doc.locate).call(doc, path));

/** Days in a Go duration made of hours, minutes and seconds (`4380h`, `720h0m0s`), if it is one. */
function goDurationDays(text: string): number | undefined {
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text.trim());
  if (!match || text.trim() === '') return undefined;
  const [, h = '0', m = '0', s = '0'] = match;
  return (Number(h) * 3600 + Number(m) * 60 + Number(s)) / 86400;
}

/** The retention an exporter's settings state, in days, and the path of the setting. */
function statedRetention(type: string, settings: unknown): { days: number; path: PathSegment[]; source: string } | undefined {
  if (!isRecord(settings)) return undefined;
  if (type === 'file' && isRecord(settings.rotation) && typeof settings.rotation.max_days === 'number' && settings.rotation.max_days > 0) {
    return { days: settings.rotation.max_days, path: ['rotation', 'max_days'], source: 'rotation.max_days' };
  }
  if (type === 'awscloudwatchlogs' && typeof settings.log_retention === 'number' && settings.log_retention > 0) {
    return { days: settings.log_retention, path: ['log_retention'], source: 'log_retention' };
  }
  if (type === 'clickhouse' && typeof settings.ttl === 'string') {
    const days = goDurationDays(settings.ttl);
    if (days !== undefined && days > 0) return { days, path: ['ttl'], source: 'ttl' };
  }
  return undefined;
}

/**
 * How much a file exporter keeps when its rotation deletes old files by count and states no age
 * (undefined when it deletes none, or by age). Read as opentelemetry-collector-contrib
 * exporter/fileexporter does (README.md, factory.go, config.go): it rotates only when `rotation`
 * is present (`rotation:` or `rotation: {}` takes the defaults), with max_megabytes 100, max_days none and
 * max_backups 100 by default, and hands them to lumberjack (timberjack since), where 0 is the
 * default size, no age limit and no count limit. So with max_backups above 0 it keeps the current
 * file and max_backups rotated ones, at most max_megabytes each. A value that is not a number
 * (an `${env:…}` the deployment sets) still bounds it, by an amount the config does not state.
 */
function volumeBound(settings: unknown): { keeps: string; source: string; path: PathSegment[] } | undefined {
  if (!isRecord(settings) || !Object.hasOwn(settings, 'rotation')) return undefined;
  const rotation = isRecord(settings.rotation) ? settings.rotation : {};
  // A stated age is judged as the retention (statedRetention); a count below it is not (yet).
  if (typeof rotation.max_days === 'number' && rotation.max_days > 0) return undefined;
  // max_backups 0 (or below) is no count limit in lumberjack: every file is kept.
  if (typeof rotation.max_backups === 'number' && rotation.max_backups <= 0) return undefined;
  // Left out (or null), each takes its default; max_megabytes 0 is lumberjack's default too.
  const setting = (key: string, fallback: number) => {
    const value = rotation[key];
    if (value === undefined || value === null || value === 0) return { n: fallback, text: `rotation.${key} ${fallback} by default` };
    if (typeof value === 'number' && Number.isInteger(value) && value > 0) return { n: value, text: `rotation.${key} ${value}` };
    return { n: undefined, text: `rotation.${key} ${typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value) : typeof value === 'number' ? value : 'that is not a number'}` };
  };
  const backups = setting('max_backups', 100);
  const megabytes = setting('max_megabytes', 100);
  const files = backups.n === undefined ? undefined : backups.n + 1;
  const total = files !== undefined && megabytes.n !== undefined ? megabytes.n * files : undefined;
  const keeps =
    files !== undefined && total !== undefined && Number.isSafeInteger(total)
      ? `${total.toLocaleString('en-US')} MB in ${files.toLocaleString('en-US')} files`
      : `max_megabytes × (max_backups + 1) MB, in max_backups + 1 files`;
  const path: PathSegment[] = isRecord(settings.rotation) && Object.hasOwn(settings.rotation, 'max_backups') ? ['rotation', 'max_backups'] : ['rotation'];
  return { keeps, source: `${megabytes.text}, ${backups.text}`, path };
}

/** The attribute keys a processor sets: `attributes[].key` (resource), `actions[].key` (attributes) or `set(attributes["k"], …)` in transform statements. */
function keysSet(type: string, settings: unknown): Array<{ key: string; path: PathSegment[] }> {
  if (!isRecord(settings)) return [];
  // The resource processor lists them under `attributes`, the attributes processor under `actions`.
  const list = type === 'resource' ? 'attributes' : type === 'attributes' ? 'actions' : undefined;
  const actions = list ? settings[list] : undefined;
  if (list && Array.isArray(actions)) {
    return actions.flatMap((action, index) =>
      isRecord(action) && typeof action.key === 'string' && typeof action.action === 'string' && ['insert', 'upsert', 'update'].includes(action.action)
        ? [{ key: action.key, path: [list, index, 'key'] }]
        : [],
    );
  }
  if (type === 'transform' && Array.isArray(settings.log_statements)) {
    const found: Array<{ key: string; path: PathSegment[] }> = [];
    settings.log_statements.forEach((group, g) => {
      const statements = isRecord(group) && Array.isArray(group.statements) ? group.statements : typeof group === 'string' ? [group] : [];
      statements.forEach((statement, s) => {
        if (typeof statement !== 'string') return;
        for (const match of statement.matchAll(/set\(\s*(?:resource\.)?attributes\["([^"\]]{1,200})"\]/g)) {
          found.push({ key: match[1] as string, path: isRecord(group) ? ['log_statements', g, 'statements', s] : ['log_statements', g] });
        }
      });
    });
    return found;
  }
  return [];
}

export const otelCollectorConfig: Adapter<LoggingConfig> = {
  format: 'otel-collector',
  schema: SCHEMA,
  detect: (value) => isRecord(value) && isRecord(value.service) && isRecord(value.service.pipelines) && (isRecord(value.exporters) || isRecord(value.receivers)),
  normalise(doc: SourceDoc) {
    const problem = schemaProblem(SCHEMA, doc, 'OpenTelemetry Collector config');
    if (problem) return { ok: false, problem };
    const raw = doc.value as Record<string, Record<string, unknown> | undefined> & { service: { pipelines: Record<string, Record<string, unknown>> } };
    const config: LoggingConfig = { format: 'otel-collector', file: doc.file, pipelines: [], recorded: [], cannotShow: ['input', 'output', 'operator-action'], problems: [], volumeBound: [] };
    // Each exporter once, however many logs pipelines name it.
    const bounded = new Map<string, VolumeBound>();
    let shortest: { days: number; at: ReturnType<typeof at>; source: string } | undefined;
    for (const [name, pipeline] of Object.entries(raw.service.pipelines)) {
      if (typeOf(name) !== 'logs' || !isRecord(pipeline)) continue;
      const base: PathSegment[] = ['service', 'pipelines', name];
      const defined = (section: string, id: string) => isRecord(raw[section]) && Object.hasOwn(raw[section], id);
      const ids = (list: string) => (Array.isArray(pipeline[list]) ? (pipeline[list] as unknown[]) : []).map((id, index) => ({ id: asText(id), path: [...base, list, index] }));
      const undefinedIn = (list: string, sections: string[]) => {
        for (const { id, path } of ids(list)) {
          if (!sections.some((section) => defined(section, id))) config.problems.push({ message: `${doc.file}: pipeline ${name} names ${list.replace(/s$/, '')} ${id}, which is not defined`, at: at(doc, path) });
        }
      };
      undefinedIn('receivers', ['receivers', 'connectors']);
      undefinedIn('processors', ['processors']);
      undefinedIn('exporters', ['exporters', 'connectors']);
      const destinations = ids('exporters')
        .filter(({ id }) => defined('exporters', id))
        .map(({ id, path }) => {
          const type = typeOf(id);
          // A file exporter writing to /dev/null keeps nothing, whatever its type says.
          const device = LOCAL.has(type) ? discardingDevice((raw.exporters?.[id] as { path?: unknown } | null)?.path) : undefined;
          const kind: DestinationKind = NOWHERE.has(type) || device ? 'none' : LOCAL.has(type) ? 'file' : 'remote';
          const retention = statedRetention(type, raw.exporters?.[id]);
          if (retention && (!shortest || retention.days < shortest.days)) {
            shortest = { days: retention.days, at: at(doc, ['exporters', id, ...retention.path]), source: `exporter ${id} ${retention.source}` };
          }
          const bound = kind === 'file' && !bounded.has(id) ? volumeBound(raw.exporters?.[id]) : undefined;
          if (bound) bounded.set(id, { destination: `exporter ${id}`, keeps: bound.keeps, source: bound.source, at: atKey(doc, ['exporters', id, ...bound.path]) });
          return device ? { name: `${id} (path ${device})`, kind, at: at(doc, ['exporters', id, 'path']) } : { name: id, kind, at: at(doc, path) };
        });
      config.pipelines.push({ name, at: at(doc, base), destinations });
      config.recorded.push({ category: 'timestamp', source: 'every OTLP log record carries Timestamp and ObservedTimestamp', at: at(doc, base) });
      for (const { id } of ids('processors')) {
        for (const { key, path } of keysSet(typeOf(id), raw.processors?.[id])) {
          if (isModelVersionKey(key)) config.recorded.push({ category: 'model-version', source: `processor ${id} sets ${key}`, at: at(doc, ['processors', id, ...path]) });
        }
      }
    }
    if (shortest) config.retention = { value: shortest.days, at: shortest.at, source: shortest.source };
    config.volumeBound = [...bounded.values()];
    if (!shortest && bounded.size === 0) config.cannotShow.push('retention');
    if (!config.recorded.some((r) => r.category === 'model-version')) config.cannotShow.push('model-version');
    return { ok: true, value: config };
  },
};

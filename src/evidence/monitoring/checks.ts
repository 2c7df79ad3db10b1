/**
 * Drift monitoring evidence. The manifest's `monitoring` block and the tool config it cites are
 * read together: the config says what is measured; either may say the reference data, the
 * schedule and who is alerted (the config wins where both do, since it is what actually runs).
 */
import { namesNoOne } from '../../text/no-one.js';
import type { AiSystem } from '../../load/manifest.js';
import { isMovingRevision, sameRevision } from '../../text/revision.js';
import { valueAbsence } from '../../load/placeholder.js';
import { asText, quoted } from '../../load/source-doc.js';
import type { Location, PathSegment } from '../../types.js';
import { defineFunction, unusableEvidence, type Failure, type SystemContext } from '../check.js';
import type { EvidenceResult } from '../types.js';
import { monitoringConfigs } from './formats.js';
import { formatMinutes, maxGapMinutes, parseCron } from './schedule.js';
import { driftSense, isUnitDistance } from './methods.js';
import type { MonitoredMetric, MonitoringConfig, Schedule } from './types.js';

export type Monitoring = NonNullable<AiSystem['monitoring']>;

/** The cited config, read (undefined when none is cited). Also the latest run's schedule. */
export function loadConfig(system: Pick<SystemContext, 'evidence'>, block: Monitoring): EvidenceResult<MonitoringConfig> | undefined {
  if (typeof block.config !== 'string' || block.config.trim() === '') return undefined;
  return system.evidence.evidence(monitoringConfigs, block.config, typeof block.format === 'string' ? block.format : undefined);
}

/** The schedule in force: the config's, else the manifest's; with where it was written. */
export function scheduleOf(block: Monitoring, config: MonitoringConfig | undefined): { schedule: Schedule; text: string; at?: Location } | undefined {
  if (config?.schedule) {
    const value = config.schedule.value;
    return { schedule: value, text: 'cron' in value ? value.cron : `every ${formatMinutes(value.everyMinutes)}`, at: config.schedule.at };
  }
  if (typeof block.schedule === 'string' && valueAbsence(block.schedule) === undefined) return { schedule: { cron: block.schedule }, text: block.schedule };
  return undefined;
}

export const monitoringConfigReadable = defineFunction<Record<string, never>>({
  name: 'monitoring-config-readable',
  description: 'The cited monitoring config exists, parses, and is in a supported format with a valid shape.',
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ value, path, system }) {
    const config = loadConfig(system, (value ?? {}) as Monitoring);
    if (!config) return { skip: 'no monitoring config is cited' };
    if (config.ok) return [];
    return [unusableEvidence(config.problem, [...path, 'config'])];
  },
});

type Need = 'metrics' | 'methods' | 'thresholds' | 'schedule' | 'reference' | 'alert-owner' | 'alert-route';

export const monitoringDeclares = defineFunction<{ needs: Need; maxIntervalHours?: number }>({
  name: 'monitoring-declares',
  description:
    'Monitoring (manifest block and cited config together) names metrics, their methods and thresholds, a pinned reference, a schedule at least as frequent as maxIntervalHours, or an alert owner/route.',
  optionsSchema: {
    type: 'object',
    required: ['needs'],
    additionalProperties: false,
    properties: {
      needs: { enum: ['metrics', 'methods', 'thresholds', 'schedule', 'reference', 'alert-owner', 'alert-route'] },
      maxIntervalHours: { type: 'number', exclusiveMinimum: 0 },
    },
  },
  check({ value, path, options, system }) {
    const block = (value ?? {}) as Monitoring;
    const loaded = loadConfig(system, block);
    if (loaded && !loaded.ok) return { skip: 'the monitoring config cannot be read (monitoring/config-readable says why)' };
    const config = loaded?.value;
    const here = (field: string): PathSegment[] => [...path, field];
    switch (options.needs) {
      case 'metrics':
        if (!config || config.metrics.length === 0) {
          return [{ message: config ? `${config.file} lists no monitored metrics` : 'no monitoring config is cited, so no metrics are named', path: here('config') }];
        }
        // An empty list of features watches nothing (a missing one means every feature).
        return config.metrics
          .filter((m) => m.features !== undefined && m.features.length === 0)
          .map((m) => ({ message: `${config.file}: metric "${m.name}" watches no feature (its features list is empty)`, at: m.at }));
      case 'methods':
        return (config?.metrics ?? [])
          .filter((m) => m.method === undefined && !m.methodDefault)
          .map((m) => ({ message: `${config?.file}: metric "${m.name}" names no method (a statistical test or distance)`, at: m.at }));
      case 'thresholds':
        return (config?.metrics ?? []).flatMap((m): Failure[] => {
          if (m.threshold === undefined && m.min === undefined && m.max === undefined && !m.thresholdDefault) {
            return [{ message: `${config?.file}: metric "${m.name}" has no threshold (threshold, min or max)`, at: m.at }];
          }
          const never = unreachable(m);
          if (never) return [{ message: `${config?.file}: metric "${m.name}" ${never}: it would never flag anything`, at: m.at }];
          const backwards = reversed(m);
          if (backwards) return [{ message: `${config?.file}: metric "${m.name}" ${backwards}`, at: m.at }];
          const unread = config?.format === 'modelgate' ? directionless(m) : undefined;
          return unread ? [{ message: `${config?.file}: metric "${m.name}" ${unread}`, at: m.at }] : [];
        });
      case 'schedule':
        return scheduleFailures(block, config, here('schedule'), options.maxIntervalHours);
      case 'reference':
        return referenceFailures(block, config, here('reference'), (system.manifest.data as AiSystem).data?.datasets);
      case 'alert-owner':
      case 'alert-route': {
        const which = options.needs === 'alert-owner' ? 'owner' : 'route';
        const fromConfig = which === 'owner' ? config?.alertOwner : config?.alertRoute;
        const written = fromConfig?.value ?? block.alerts?.[which];
        const what = which === 'owner' ? 'no alert owner (who answers a drift alert)' : 'no alert route (where a drift alert goes)';
        // "owner: nobody", "route: none" are filled in and name no one (red team).
        if (valueAbsence(written) === undefined && namesNoOne(written, which === 'owner')) {
          return [{ message: `monitoring has ${what}: it is ${JSON.stringify(written)}`, path: fromConfig ? path : [...here('alerts'), which], at: fromConfig?.at }];
        }
        if (valueAbsence(written) === undefined) return [];
        return [{ message: `monitoring has ${what}`, path: block.alerts ? here('alerts') : path, at: fromConfig?.at }];
      }
    }
  },
});

/** The smallest p-value threshold taken to be one a test can fall below. */
const MIN_P_VALUE = 1e-6;
/**
 * Performance metrics that lie in [0, 1], by name with separators dropped and a `_score`,
 * `_macro` or `_weighted` on it (roc_auc_score, f1_macro): a minimum of 0 or less is always met,
 * a maximum of 1 or more never passed.
 */
const UNIT_PERFORMANCE = /^(?:rocauc|aucroc|auc|prauc|aucpr|averageprecision|accuracy|balancedaccuracy|f1|fbeta|precision|recall|sensitivity|specificity|tpr|tnr)(?:score)?(?:macro|micro|weighted|samples|binary)?(?:score)?$/;

/**
 * Why a metric's bounds can never be crossed, when none of them can (a Jensen-Shannon threshold
 * of 5, a minimum AUC of -1, a maximum p-value of 1, a minimum of 0 on a distance).
 */
function unreachable(metric: MonitoredMetric): string | undefined {
  if (metric.maxShare !== undefined && metric.maxShare > 1) return `allows a drifted share of ${metric.maxShare}, and no more than all of its columns (1) can drift`;
  const method = metric.method?.toLowerCase();
  const sense = driftSense(method);
  const performance = UNIT_PERFORMANCE.test(metric.name.toLowerCase().replace(/[^a-z0-9]/g, ''));
  // What the value is, as the messages name it: "any roc_auc", "any psi distance".
  const what = performance ? metric.name : sense === 'p-value' ? `${method} p-value` : `${method} distance`;
  const never: string[] = [];
  let bounds = 0;
  const { threshold, min, max } = metric;
  // A threshold is what the tool alerts on: one it can never cross is reported whatever else is set.
  if (threshold !== undefined && method !== undefined && isUnitDistance(method) && threshold >= 1) return `has a ${method} threshold of ${threshold}, and a ${method} distance is never above 1`;
  if (threshold !== undefined && sense === 'p-value' && threshold < MIN_P_VALUE) return `has a ${method} p-value threshold of ${threshold}, below which no test result falls`;
  if (threshold !== undefined) bounds++;
  if (min !== undefined) {
    bounds++;
    // Distances and p-values are never below 0, nor a unit-range performance metric.
    if (min <= 0 && (performance || sense !== undefined)) never.push(`has a minimum of ${min}, which any ${what} meets`);
  }
  if (max !== undefined) {
    bounds++;
    if (max >= 1 && (performance || sense === 'p-value' || isUnitDistance(method))) never.push(`has a maximum of ${max}, which no ${what} exceeds`);
  }
  return bounds > 0 && never.length === bounds ? never.join(', and ') : undefined;
}

/**
 * Why a metric's only bound points the wrong way: a minimum on a distance, which grows with
 * drift, alerts while nothing drifts and is silent when it does (red team: `psi, min: 0.1`).
 */
function reversed(metric: MonitoredMetric): string | undefined {
  if (metric.min === undefined || metric.max !== undefined || metric.threshold !== undefined) return undefined;
  if (driftSense(metric.method) !== 'distance') return undefined;
  return `has only a minimum (${metric.min}) on a ${metric.method?.toLowerCase()} distance, which grows with drift: it alerts while nothing drifts and never when the data drifts; write max (a distance above it alerts) instead`;
}

/**
 * Why a bare threshold in our own config cannot be compared with a run's value: its method is
 * neither a known distance (above is drift) nor a known test (below is drift), so which side
 * alerts is unknown, and monitoring/latest-run would pass any value (a performance metric
 * written `threshold: 0.75` meaning a minimum). Other formats' tools judge their own bounds
 * (the run's tests say pass or fail), so only ours is held to this.
 */
function directionless(metric: MonitoredMetric): string | undefined {
  if (metric.threshold === undefined || metric.min !== undefined || metric.max !== undefined || metric.method === undefined) return undefined;
  if (driftSense(metric.method) !== undefined) return undefined;
  return `has threshold ${metric.threshold} with method ${quoted(metric.method)}, which is neither a distance modelgate knows (a value above the threshold is drift) nor a statistical test (a p-value below it is drift), so no run's value can be compared with it: write max (a value above it alerts) or min (a value below it alerts) instead`;
}

function scheduleFailures(block: Monitoring, config: MonitoringConfig | undefined, where: PathSegment[], maxIntervalHours?: number): Failure[] {
  const found = scheduleOf(block, config);
  if (!found) return [{ message: 'monitoring has no schedule (a cron expression or @daily, @weekly, …)', path: where }];
  const at = found.at;
  if ('cron' in found.schedule) {
    const parsed = parseCron(found.schedule.cron);
    if (!parsed.ok) return [{ message: `monitoring schedule "${found.text}" ${parsed.problem}`, path: where, at }];
  }
  const gap = maxGapMinutes(found.schedule);
  if (gap === undefined) return [{ message: `monitoring schedule "${found.text}" never runs`, path: where, at }];
  if (maxIntervalHours !== undefined && gap > maxIntervalHours * 60) {
    return [
      {
        message: `monitoring schedule "${found.text}" leaves up to ${formatMinutes(gap)} between runs; the policy requires a run at least every ${formatMinutes(Math.round(maxIntervalHours * 60))}`,
        path: where,
        at,
      },
    ];
  }
  return [];
}

function referenceFailures(block: Monitoring, config: MonitoringConfig | undefined, where: PathSegment[], datasets: unknown): Failure[] {
  const fromConfig = config?.reference;
  const declared = block.reference ?? {};
  // A revision that moves (latest, main) pins nothing (text/revision.ts).
  const pins = (revision: unknown, sha256: unknown) => valueAbsence(sha256) === undefined || (valueAbsence(revision) === undefined && !isMovingRevision(revision));
  const pinnedInManifest = pins(declared.revision, declared.sha256);
  const dataset = declared.dataset ?? fromConfig?.value.dataset;
  if (valueAbsence(dataset) !== undefined) {
    return [{ message: 'no reference dataset is declared (monitoring.reference, or the reference in the config)', path: block.reference ? where : where.slice(0, -1) }];
  }
  // The config is what runs: a monitor that compares with a rolling window is not pinned
  // because the manifest names a revision it does not use.
  if (fromConfig?.value.rolling) {
    const message = pinnedInManifest
      ? `the monitor compares with a rolling window (${fromConfig.value.dataset}), not the reference monitoring.reference pins (${asText(declared.dataset)} ${asText(declared.revision ?? declared.sha256)}); the config is what runs: give it a Reference baseline`
      : `the reference is a rolling window (${fromConfig.value.dataset}), not a pinned dataset; the config is what runs: give it a Reference baseline`;
    return [{ message, at: fromConfig.at }];
  }
  // Our own config names datasets as the manifest does: what it compares with is what runs, and
  // it must be the reference the manifest declares. (A reference need not be one of data.datasets:
  // a month of live traffic, frozen, is a common one.)
  const ours = config?.format === 'modelgate' ? fromConfig : undefined;
  const sameId = (a: unknown, b: string) => typeof a === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();
  const configDataset = ours?.value.dataset;
  if (ours && configDataset !== undefined && valueAbsence(declared.dataset) === undefined && !sameId(declared.dataset, configDataset)) {
    return [{ message: `${config?.file} compares with "${configDataset}", not the reference monitoring.reference declares ("${asText(declared.dataset)}"); the config is what runs`, at: ours.at }];
  }
  // The same dataset at another snapshot is another reference.
  for (const pin of ['revision', 'sha256'] as const) {
    const inConfig = ours?.value[pin];
    const inManifest = declared[pin];
    if (ours && typeof inConfig === 'string' && valueAbsence(inManifest) === undefined && !sameRevision(inManifest, inConfig)) {
      return [{ message: `${config?.file} compares with ${pin} "${inConfig}" of its reference, not the ${pin} monitoring.reference declares ("${asText(inManifest)}"); the config is what runs`, at: ours.at }];
    }
  }
  // A reference that is one of data.datasets is that dataset as declared: another snapshot of it
  // is other data (red team: the reference at a 2019 revision of a dataset declared at 2026's).
  const asDeclared = Array.isArray(datasets) ? (datasets as Array<Record<string, unknown> | null>).find((d) => d !== null && typeof d === 'object' && sameId(d.id, asText(dataset))) : undefined;
  for (const pin of ['revision', 'sha256'] as const) {
    const named = valueAbsence(declared[pin]) === undefined ? { value: declared[pin], path: [...where, pin] } : typeof ours?.value[pin] === 'string' ? { value: ours.value[pin], at: ours.at } : undefined;
    const inData = asDeclared?.[pin];
    // A revision that moves is judged below, as not pinned at all.
    if (named && !isMovingRevision(named.value) && typeof inData === 'string' && valueAbsence(inData) === undefined && !sameRevision(named.value, inData)) {
      const which = 'path' in named ? 'monitoring.reference' : config?.file;
      return [{ message: `${which} names ${pin} "${asText(named.value)}" of reference dataset "${asText(dataset)}", but data.datasets declares it at ${pin} "${inData.trim()}": drift is measured against other data than the dataset declared`, ...('path' in named ? { path: named.path } : { at: named.at }) }];
    }
  }
  // The config is what runs: a reference it names at a revision that moves is not pinned,
  // whatever the manifest declares.
  if (fromConfig && isMovingRevision(fromConfig.value.revision) && valueAbsence(fromConfig.value.sha256) !== undefined) {
    return [{ message: `${config?.file} compares with revision "${asText(fromConfig.value.revision)}" of reference dataset "${asText(dataset)}", which moves, naming whatever the data is today; the config is what runs: give it a commit, tag or snapshot id, or sha256`, at: fromConfig.at }];
  }
  if (pinnedInManifest) return [];
  if (fromConfig && pins(fromConfig.value.revision, fromConfig.value.sha256)) return [];
  if (isMovingRevision(declared.revision)) {
    return [{ message: `reference dataset "${asText(dataset)}" is not pinned: its revision "${asText(declared.revision)}" moves, naming whatever the data is today; give monitoring.reference a commit, tag or snapshot id, or sha256`, path: [...where, 'revision'] }];
  }
  return [{ message: `reference dataset "${asText(dataset)}" is not pinned: give monitoring.reference a revision or sha256`, path: block.reference ? where : where.slice(0, -1) }];
}

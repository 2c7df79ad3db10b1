/**
 * Drift monitoring evidence. The manifest's `monitoring` block and the tool config it cites are
 * read together: the config says what is measured; either may say the schedule and who is
 * alerted (the config wins where both do, since it is what actually runs).
 */
import type { AiSystem } from '../../load/manifest.js';
import { valueAbsence } from '../../load/placeholder.js';
import type { EvidenceResult, MonitoringConfig } from '../../evidence/types.js';
import { defineFunction, type Failure, type SystemContext } from '../function.js';

type Monitoring = NonNullable<AiSystem['monitoring']>;

function loadConfig(system: SystemContext, block: Monitoring): EvidenceResult<MonitoringConfig> | undefined {
  if (typeof block.config !== 'string' || block.config.trim() === '') return undefined;
  return system.evidence.monitoringConfig(block.config, typeof block.format === 'string' ? block.format : undefined);
}

export const monitoringConfigReadable = defineFunction<Record<string, never>>({
  name: 'monitoring-config-readable',
  description: 'The cited monitoring config exists, parses, and is in a supported format with a valid shape.',
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ value, path, system }) {
    const config = loadConfig(system, (value ?? {}) as Monitoring);
    if (!config || config.ok) return [];
    return [{ message: config.problem.message, path: [...path, 'config'], at: config.problem.at }];
  },
});

type Need = 'metrics' | 'thresholds' | 'schedule' | 'alert-owner' | 'alert-route';

export const monitoringDeclares = defineFunction<{ needs: Need }>({
  name: 'monitoring-declares',
  description: 'Monitoring (manifest block and cited config together) names metrics, thresholds, a valid schedule, or an alert owner/route.',
  optionsSchema: {
    type: 'object',
    required: ['needs'],
    additionalProperties: false,
    properties: { needs: { enum: ['metrics', 'thresholds', 'schedule', 'alert-owner', 'alert-route'] } },
  },
  check({ value, path, options, system }) {
    const block = (value ?? {}) as Monitoring;
    const loaded = loadConfig(system, block);
    if (loaded && !loaded.ok) return []; // monitoring/config-readable reports it
    const config = loaded?.value;
    const here = (field: string): Failure['path'] => [...path, field];
    switch (options.needs) {
      case 'metrics':
        if (config && config.metrics.length > 0) return [];
        return [{ message: config ? `${config.file} lists no monitored metrics` : 'no monitoring config is cited, so no metrics are named', path: here('config') }];
      case 'thresholds': {
        if (!config || config.metrics.length === 0) return []; // the metrics rule reports it
        return config.metrics
          .filter((m) => m.threshold === undefined && m.min === undefined && m.max === undefined)
          .map((m) => ({ message: `${config.file}: metric "${m.name}" has no threshold (threshold, min or max)`, at: m.at }));
      }
      case 'schedule': {
        const schedule = config?.schedule ?? (block.schedule !== undefined ? { value: block.schedule, at: undefined } : undefined);
        if (!schedule || valueAbsence(schedule.value) !== undefined) {
          return [{ message: 'monitoring has no schedule (a cron expression or @daily, @weekly, …)', path: here('schedule') }];
        }
        const problem = scheduleProblem(String(schedule.value));
        if (!problem) return [];
        return [{ message: `monitoring schedule "${schedule.value}" ${problem}`, path: here('schedule'), at: schedule.at }];
      }
      case 'alert-owner':
      case 'alert-route': {
        const which = options.needs === 'alert-owner' ? 'owner' : 'route';
        const fromConfig = which === 'owner' ? config?.alertOwner : config?.alertRoute;
        const written = fromConfig?.value ?? block.alerts?.[which];
        if (valueAbsence(written) === undefined) return [];
        const what = which === 'owner' ? 'no alert owner (who answers a drift alert)' : 'no alert route (where a drift alert goes)';
        return [{ message: `monitoring has ${what}`, path: block.alerts ? [...path, 'alerts'] : path, at: fromConfig?.at }];
      }
    }
  },
});

const MACROS = new Set(['@hourly', '@daily', '@midnight', '@weekly', '@monthly', '@yearly', '@annually']);
const FIELD_RANGES: Array<[number, number]> = [
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 7],
];

/** Why a cron schedule is not valid, or undefined. Five fields, numbers in range, `*`, `,`, `-`, `/`. */
export function scheduleProblem(schedule: string): string | undefined {
  const text = schedule.trim();
  if (MACROS.has(text.toLowerCase())) return undefined;
  const fields = text.split(/\s+/);
  if (fields.length !== 5) return `is not a cron expression (expected 5 fields, found ${fields.length})`;
  for (let i = 0; i < 5; i++) {
    const [low, high] = FIELD_RANGES[i] as [number, number];
    for (const part of (fields[i] as string).split(',')) {
      const match = part.match(/^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/);
      const names = i === 3 ? /^[a-z]{3}$/i : i === 4 ? /^[a-z]{3}(-[a-z]{3})?$/i : undefined;
      if (!match) {
        if (names?.test(part)) continue;
        return `has an invalid field "${part}"`;
      }
      const numbers = [match[2], match[3]].filter((n): n is string => n !== undefined).map(Number);
      if (numbers.some((n) => n < low || n > high)) return `has "${part}" outside ${low}-${high}`;
      if (match[4] !== undefined && Number(match[4]) === 0) return `has a step of 0 in "${part}"`;
    }
  }
  return undefined;
}

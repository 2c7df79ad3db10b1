/**
 * Regression against the pull request's base commit: a fairness gap that widens, or an accuracy
 * metric that worsens, by more than a tolerance is a finding even while it is still within its
 * absolute bound ("demographic_parity_difference for age_band rose from 0.03 to 0.08").
 */
import type { AiSystem } from '../../load/manifest.js';
import { defineFunction, type Failure, type Skip, withoutBase } from '../function.js';
import { format, normaliseAttribute, readableReports, subject } from '../../evidence/bias/checks.js';
import type { BiasResult } from '../../evidence/bias/types.js';
import { modelIndexResults, norm, reportedNumber } from './card-accuracy.js';

const toleranceSchema = {
  type: 'object',
  required: ['tolerance'],
  additionalProperties: false,
  properties: { tolerance: { type: 'number', minimum: 0 } },
};

/** How far from parity a fairness number is; undefined for per-group values, which have no direction. */
function distanceFromParity(result: BiasResult): number | undefined {
  const value = result.value;
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  switch (result.convention) {
    case 'unsigned':
      return value;
    case 'signed':
      return Math.abs(value);
    case 'ratio':
      return Math.abs(1 - value);
    case 'value':
      return undefined;
  }
}

const key = (r: BiasResult) => `${normaliseAttribute(r.attribute)}\u0000${r.metric}\u0000${r.group ?? ''}`;

export const biasRegression = defineFunction<{ tolerance: number }>({
  name: 'bias-regression',
  description: "No fairness gap is wider than at the base commit by more than `tolerance` (distance from parity: differences by size, ratios from 1), and none measured at the base is left unmeasured.",
  optionsSchema: toleranceSchema,
  check({ value, path, options, system }): Failure[] | Skip {
    if (!system.base) return withoutBase(system);
    const baseReports = readableReports(system.base, (system.base.manifest.data.bias ?? {}) as NonNullable<AiSystem['bias']>);
    if (baseReports.length === 0) return { skip: `the base commit ${system.base.commit} has no readable bias report to compare with` };
    const before = new Map(baseReports.flatMap((report) => report.results).map((r) => [key(r), r]));
    const failures: Failure[] = [];
    const headReports = readableReports(system, (value ?? {}) as NonNullable<AiSystem['bias']>);
    const current = headReports.flatMap((report) => report.results);
    // A gap measured at the base and not now is not smaller, only unmeasured: replacing a
    // failing metric by another (or by nothing) would otherwise pass. (No readable report at all
    // is bias/report-readable's finding.)
    if (headReports.length > 0) {
      const now = new Set(current.map(key));
      for (const [id, previous] of before) {
        const then = distanceFromParity(previous);
        if (then === undefined || now.has(id)) continue;
        failures.push({ message: `${subject(previous)} was ${format(previous.value as number)} at the base commit ${system.base.commit} and is no longer reported: a gap no longer measured cannot be shown not to have widened`, path: [...path, 'reports'] });
      }
    }
    for (const result of current) {
      const now = distanceFromParity(result);
      const previous = before.get(key(result));
      const then = previous ? distanceFromParity(previous) : undefined;
      if (now === undefined || then === undefined || now - then <= options.tolerance) continue;
      const from = previous?.value as number;
      const to = result.value as number;
      failures.push({
        message: `${subject(result)} ${to > from ? 'rose' : 'fell'} from ${format(from)} to ${format(to)} since ${system.base.commit}, further from parity by more than the tolerance ${format(options.tolerance)}`,
        at: result.at,
      });
    }
    return failures;
  },
});

type Result = { value: number; path: Array<string | number> };
/** A dataset's results, with its type, config and split (`partial`: a key without its display name). */
type Group = { partial: string; results: Result[] };

/**
 * Base and head results paired by the data they are on: the same type, config, split and name;
 * else the same type, config and split where one dataset on each side has them (a name changed);
 * what is left on both sides (a type renamed) is pooled, each result left now held to the worst
 * left at the base. A dataset only now is a new result, not a fall.
 */
function pairByDataset(then: Map<string, Group>, now: Map<string, Group>, better: (a: number, b: number) => number): Array<[before: Result[], after: Result[]]> {
  const pairs: Array<[Result[], Result[]]> = [];
  const leftNow = new Set(now.keys());
  const leftThen = new Set(then.keys());
  const pair = (before: string, after: string) => {
    pairs.push([(then.get(before) as Group).results, (now.get(after) as Group).results]);
    leftThen.delete(before);
    leftNow.delete(after);
  };
  for (const key of then.keys()) if (now.has(key)) pair(key, key);
  for (const key of [...leftThen]) {
    const partial = (then.get(key) as Group).partial;
    const there = [...leftThen].filter((k) => (then.get(k) as Group).partial === partial);
    const here = [...leftNow].filter((k) => (now.get(k) as Group).partial === partial);
    if (there.length === 1 && here.length === 1) pair(key, here[0] as string);
  }
  if (leftNow.size > 0 && leftThen.size > 0) {
    const pooled = (groups: Map<string, Group>, keys: Set<string>) => [...keys].flatMap((key) => (groups.get(key) as Group).results);
    const worst = pooled(then, leftThen).reduce((a, b) => (better(a.value, b.value) > 0 ? a : b));
    pairs.push([[worst], pooled(now, leftNow)]);
  }
  return pairs;
}

export const accuracyRegression = defineFunction<{ tolerance: number }>({
  name: 'accuracy-regression',
  description: "A metric the manifest bounds is not worse in the model card's model-index than at the base commit by more than `tolerance`.",
  optionsSchema: toleranceSchema,
  check({ value, options, system }): Failure[] | Skip {
    if (!system.base) return withoutBase(system);
    if (!system.card || !system.base.card) return { skip: `no model card to compare at the base commit ${system.base.commit}` };
    const wanted = (value ?? {}) as { metric?: unknown; min?: unknown; max?: unknown; dataset?: unknown };
    if (typeof wanted.metric !== 'string') return { skip: 'the accuracy entry names no metric' };
    // A minimum means higher is better; a maximum, lower.
    const higherIsBetter = typeof wanted.min === 'number' ? true : typeof wanted.max === 'number' ? false : undefined;
    if (higherIsBetter === undefined) return { skip: `intendedUse.accuracy for ${wanted.metric} sets no min or max, so "worse" has no direction` };
    const dataset = typeof wanted.dataset === 'string' ? norm(wanted.dataset) : undefined;
    // Every result for the metric (on the dataset, if one is named), by the data it is on, as
    // numbers; text such as "0.79" is read as card-accuracy reads it.
    const byDataset = (index: unknown) => {
      const groups = new Map<string, Group>();
      for (const r of modelIndexResults(index)) {
        const value = reportedNumber(r.value);
        if (value === undefined || !r.metricKeys.includes(norm(wanted.metric as string)) || (dataset && !r.dataset.includes(dataset))) continue;
        const group = groups.get(r.datasetFullKey) ?? { partial: r.datasetKey, results: [] };
        group.results.push({ value, path: r.path });
        groups.set(r.datasetFullKey, group);
      }
      return groups;
    };
    /** Positive when `b` is better than `a` (sorts best first). */
    const better = (a: number, b: number) => (higherIsBetter ? b - a : a - b);
    const pairs = pairByDataset(byDataset(system.base.card.meta['model-index']), byDataset(system.card.meta['model-index']), better);
    if (pairs.length === 0) return { skip: `${wanted.metric} is not reported in the model card's model-index both now and at the base commit ${system.base.commit}` };
    const card = system.card;
    const failures: Failure[] = [];
    // A card may report a metric more than once on one dataset. Best to worst, the i-th result
    // now is held to the i-th at the base, and one more than the base had to the base's worst:
    // a lower result added beside the old one, under another name, is a fall, not a new result.
    for (const [before, after] of pairs) {
      before.sort((a, b) => better(a.value, b.value));
      after.sort((a, b) => better(a.value, b.value));
      after.forEach((result, i) => {
        const was = (before[Math.min(i, before.length - 1)] as Result).value;
        const worse = better(result.value, was); // how much worse it is now, by the metric's direction
        if (worse <= options.tolerance) return;
        failures.push({
          message: `${wanted.metric} ${higherIsBetter ? 'fell' : 'rose'} from ${format(was)} to ${format(result.value)} since ${system.base?.commit}, worse by more than the tolerance ${format(options.tolerance)}`,
          at: { file: card.file, ...(card.frontMatter?.locate(result.path) ?? { line: 1, column: 1 }) },
        });
      });
    }
    return failures;
  },
});

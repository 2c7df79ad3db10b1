/**
 * governance/thresholds-kept: the bounds a manifest holds its own evidence to (bias.thresholds,
 * intendedUse.accuracy, each robustness result's thresholds) are not relaxed by a pull request.
 * They are the system's own words, so a pull request that raises `max: 0.1` to `0.5` turns its
 * failing bias report green with no policy change; each relaxation is a finding at the bound,
 * for the policy owners to review. A bias threshold the pull request adds for a metric the
 * policy's default bounds (bias/thresholds-met) is compared with that default, which it replaces.
 */
import type { Finding, Location, PathSegment } from '../types.js';
import { makeFinding } from '../policy/finding.js';
import { normaliseAttribute } from '../evidence/bias/checks.js';
import { canonicalMetric } from '../evidence/bias/fairlearn.js';
import { ISSUE_LEVELS } from '../evidence/robustness/types.js';
import type { SystemContext } from './function.js';
import type { Policy } from './policy.js';
import { valueAt } from '../types.js';
import { loadConfig, type Monitoring } from '../evidence/monitoring/checks.js';
import { driftSense, keyOf } from '../evidence/monitoring/methods.js';
import type { MonitoredMetric } from '../evidence/monitoring/types.js';

/** One bound field: which way is stricter. */
interface Field {
  name: string;
  /** How messages name it, where the normalised name is not what the file says. */
  shown?: string;
  stricter: 'higher' | 'lower';
}

/** What identifies one bound across commits, how messages name it, and its bound fields. */
interface BoundKind {
  identity: (bound: Record<string, unknown>) => string | undefined;
  describe: (bound: Record<string, unknown>) => string;
  fields: Field[];
}

/** A list of bounds in the manifest: its path, and a readable name for messages. */
interface BoundList extends BoundKind {
  path: PathSegment[];
  name: string;
}

const MIN_MAX: Field[] = [
  { name: 'min', stricter: 'higher' },
  { name: 'max', stricter: 'lower' },
  // Evidently's drift_share: the most of the columns that may drift before the run fails.
  { name: 'maxShare', shown: 'drift_share', stricter: 'lower' },
];

/** A bound that is not a finite number (`.nan`, text) bounds nothing. */
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : undefined);

const BIAS: BoundList = {
  path: ['bias', 'thresholds'],
  name: 'bias.thresholds',
  identity: (t) => (text(t.metric) ? `${text(t.metric)}\u0000${typeof t.attribute === 'string' ? normaliseAttribute(t.attribute) : ''}` : undefined),
  describe: (t) => `${text(t.metric)}${typeof t.attribute === 'string' ? ` for ${t.attribute}` : ''}`,
  fields: MIN_MAX,
};

const ACCURACY: BoundList = {
  path: ['intendedUse', 'accuracy'],
  name: 'intendedUse.accuracy',
  identity: (t) => (text(t.metric) ? `${text(t.metric)}\u0000${text(t.dataset) ?? ''}` : undefined),
  describe: (t) => `${text(t.metric)}${text(t.dataset) ? ` on ${text(t.dataset)}` : ''}`,
  fields: MIN_MAX,
};

/** Robustness bounds are matched by family, whichever cited result holds them (robustnessBounds). */
const ROBUSTNESS: BoundKind = {
  identity: (t) => text(t.family),
  describe: (t) => `family ${text(t.family)}`,
  fields: [
    { name: 'minPassRate', stricter: 'higher' },
    { name: 'maxIssues', stricter: 'lower' },
  ],
};

const records = (value: unknown): Array<Record<string, unknown>> => (Array.isArray(value) ? value.filter(isRecord) : []);

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Every robustness threshold, by family, across the cited results: a result cited by another
 * spelling of its path (`./evidence/x.jsonl`), or replaced by another file, keeps the family's
 * bounds to meet. Each with where it is.
 */
function robustnessBounds(data: unknown): Array<{ bound: Record<string, unknown>; path: PathSegment[] }> {
  const results = valueAt(data, ['assurance', 'robustness', 'results']);
  if (!Array.isArray(results)) return [];
  // Indexed in the lists as written (an entry that is not a mapping is skipped, not renumbered), so each is located at its own line.
  return results.flatMap((entry, index) => {
    const thresholds = isRecord(entry) ? entry.thresholds : undefined;
    if (!Array.isArray(thresholds)) return [];
    return thresholds.flatMap((bound, i) => (isRecord(bound) && ROBUSTNESS.identity(bound) !== undefined ? [{ bound, path: ['assurance', 'robustness', 'results', index, 'thresholds', i] as PathSegment[] }] : []));
  });
}

/** Whether two robustness families bound some of the same results: equal, one a probe of the other, or either `*` (every family). */
function sameResults(a: string, b: string): boolean {
  return a === b || a === '*' || b === '*' || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}

/** How `head` relaxes `base` (a bound gone or moved the lenient way), as phrases; none when it keeps or tightens it. */
function relaxations(base: Record<string, unknown>, head: Record<string, unknown>, fields: readonly Field[]): string[] {
  const out: string[] = [];
  for (const { name, shown = name, stricter } of fields) {
    const was = base[name];
    if (!finite(was)) continue;
    const now = head[name];
    if (!finite(now)) out.push(`drops ${shown} ${was}`);
    else if (stricter === 'higher' ? now < was : now > was) out.push(`${stricter === 'higher' ? 'lowers' : 'raises'} ${shown} from ${was} to ${now}`);
  }
  // A robustness threshold counts issues at `level` or worse: a worse level counts fewer.
  if ('level' in base || 'level' in head) {
    const rank = (level: unknown) => ISSUE_LEVELS.indexOf((typeof level === 'string' ? level : 'minor') as (typeof ISSUE_LEVELS)[number]);
    if (finite(base.maxIssues) && rank(head.level) >= 0 && rank(head.level) < rank(base.level)) out.push(`counts only issues at ${String(head.level)} or worse (was ${String(base.level ?? 'minor')})`);
  }
  return out;
}

export function thresholdsKept(policy: Policy, system: SystemContext, resultAt: (path: readonly PathSegment[]) => Location, locate: (path: readonly PathSegment[]) => Location): Finding[] {
  const rule = policy.byId.get('governance/thresholds-kept');
  if (!rule) return [];
  // A system the pull request adds has no bound to relax, but what it chooses to be held to is
  // still the policy owners' to accept (addedBiasBounds).
  if (!system.base && !system.newInPullRequest) return [makeFinding(rule, system, 'not-applicable', system.noBase ?? 'no base commit to compare with', resultAt(['manifest']))];
  const head = system.manifest.data as unknown;
  const base = (system.base?.manifest.data ?? {}) as unknown;
  const since = system.base ? ` (at the base commit ${system.base.commit})` : '';
  const failures: Array<{ message: string; path: PathSegment[]; at?: Location }> = [];
  for (const list of [BIAS, ACCURACY]) {
    const rawHead = valueAt(head, list.path);
    for (const was of records(valueAt(base, list.path))) {
      const id = list.identity(was);
      if (id === undefined) continue;
      const index = Array.isArray(rawHead) ? rawHead.findIndex((entry) => isRecord(entry) && list.identity(entry) === id) : -1;
      const now = index >= 0 ? ((rawHead as unknown[])[index] as Record<string, unknown>) : undefined;
      if (!now) {
        const parent = records(rawHead).length > 0 ? list.path : list.path.slice(0, -1);
        failures.push({ message: `this pull request removes the bound ${list.name} sets on ${list.describe(was)}${since}`, path: parent });
        continue;
      }
      const relaxed = relaxations(was, now, list.fields);
      if (relaxed.length > 0) failures.push({ message: `this pull request relaxes the bound ${list.name} sets on ${list.describe(was)}: it ${relaxed.join(' and ')}${since}`, path: [...list.path, index] });
    }
  }
  // A sensitive attribute dropped is one whose bias is no longer measured nor bounded (red team:
  // dropping owner_gender cleared bias/report-covers-attributes and bias/thresholds-met).
  const declared = (data: unknown) => (Array.isArray(data) ? data.filter((a): a is string => typeof a === 'string') : []);
  const kept = new Set(declared(valueAt(head, ['bias', 'sensitiveAttributes'])).map(normaliseAttribute));
  for (const attribute of declared(valueAt(base, ['bias', 'sensitiveAttributes']))) {
    if (kept.has(normaliseAttribute(attribute))) continue;
    const path = valueAt(head, ['bias', 'sensitiveAttributes']) !== undefined ? ['bias', 'sensitiveAttributes'] : valueAt(head, ['bias']) !== undefined ? ['bias'] : [];
    failures.push({ message: `this pull request no longer declares the sensitive attribute ${JSON.stringify(attribute)} in bias.sensitiveAttributes: the bias reports need no longer measure it, nor the thresholds bound it${since}`, path });
  }
  // Robustness bounds by family, whichever result holds them: the strictest the head has for the family must keep the base's.
  const headRobustness = robustnessBounds(head);
  const baseRobustness = robustnessBounds(base);
  const reported = new Set<string>();
  for (const { bound: was } of baseRobustness) {
    const family = ROBUSTNESS.identity(was);
    const candidates = headRobustness.filter(({ bound }) => ROBUSTNESS.identity(bound) === family).map(({ bound, path }) => ({ path, relaxed: relaxations(was, bound, ROBUSTNESS.fields) }));
    const [first] = candidates;
    if (!first) {
      failures.push({ message: `this pull request removes the robustness bound on ${ROBUSTNESS.describe(was)}${since}`, path: ['assurance', 'robustness'] });
      continue;
    }
    if (candidates.some(({ relaxed }) => relaxed.length === 0)) continue;
    failures.push({ message: `this pull request relaxes the robustness bound on ${ROBUSTNESS.describe(was)}: it ${first.relaxed.join(' and ')}${since}`, path: first.path });
    reported.add(JSON.stringify(first.path));
  }
  // And every bound the head holds for a family the base bounds is no looser than all of the
  // base's: a second result cited with looser bounds beside the old one (a rerun with major
  // issues, allowed five) would otherwise pass under bounds nobody reviewed.
  for (const { bound: now, path } of headRobustness) {
    const family = ROBUSTNESS.identity(now) as string;
    if (reported.has(JSON.stringify(path))) continue;
    // A bound on `promptinject.HijackHateHumansMini` or `*` bounds results the base's bound on
    // `promptinject` bounds: for each base family it shares results with, it keeps at least one
    // of that family's bounds (a `*` with maxIssues 5 relaxes promptinject's 0, whatever it keeps of dan's).
    const byFamily = new Map<string, Array<Record<string, unknown>>>();
    for (const { bound } of baseRobustness) {
      const theirs = ROBUSTNESS.identity(bound) as string;
      if (sameResults(theirs, family)) byFamily.set(theirs, [...(byFamily.get(theirs) ?? []), bound]);
    }
    for (const [, bounds] of byFamily) {
      const looser = bounds.map((bound) => relaxations(bound, now, ROBUSTNESS.fields));
      if (looser.every((relaxed) => relaxed.length > 0)) {
        failures.push({ message: `this pull request holds a result to a looser robustness bound on ${ROBUSTNESS.describe(now)} than the base's: it ${(looser[0] as string[]).join(' and ')}${since}`, path });
        break;
      }
    }
  }
  failures.push(...addedBiasBounds(policy, head, base));
  if (system.base) failures.push(...monitoringRelaxations(system, system.base, since));
  if (failures.length === 0) return [makeFinding(rule, system, 'pass', rule.title, resultAt(['manifest']))];
  return failures.map(({ message, path, at }) => makeFinding(rule, system, 'fail', `${message}; once merged it would be in force, so the policy owners review it`, at ?? locate(['manifest', ...path])));
}

/**
 * Bias thresholds the pull request adds (every one, for a system it adds). One for a metric a
 * default of bias/thresholds-met bounds (by its canonical name: Fairlearn's aliases included)
 * replaces that default, so it may not be looser; one for a metric no default names is a bound
 * the system chose for itself (`count`, max 100, satisfies any check), for the owners to accept.
 */
function addedBiasBounds(policy: Policy, head: unknown, base: unknown): Array<{ message: string; path: PathSegment[] }> {
  const check = policy.byId.get('bias/thresholds-met')?.checks.find((c) => c.fn.name === 'bias-thresholds');
  if (!check) return [];
  const defaults = records((check.options as { defaults?: unknown } | undefined)?.defaults);
  const had = new Set(records(valueAt(base, ['bias', 'thresholds'])).map((t) => BIAS.identity(t)));
  const added = valueAt(head, ['bias', 'thresholds']);
  if (!Array.isArray(added)) return [];
  const out: Array<{ message: string; path: PathSegment[] }> = [];
  added.forEach((threshold, index) => {
    if (!isRecord(threshold)) return;
    const metric = text(threshold.metric);
    if (metric === undefined || had.has(BIAS.identity(threshold))) return; // a bound the base had: compared above
    const canonical = canonicalMetric(metric);
    const byDefault = defaults.find((d) => typeof d.metric === 'string' && canonicalMetric(d.metric) === canonical);
    const where: PathSegment[] = ['bias', 'thresholds', index];
    if (!byDefault) {
      out.push({ message: `this pull request adds ${BIAS.name}[${index}] on ${BIAS.describe(threshold)}, a metric no default of the policy bounds: the system would be held to a bound it chose`, path: where });
      return;
    }
    const relaxed = relaxations(byDefault, threshold, MIN_MAX);
    if (relaxed.length > 0) out.push({ message: `this pull request adds ${BIAS.name}[${index}] on ${BIAS.describe(threshold)}, which replaces the policy's default bound for ${String(byDefault.metric)} and ${relaxed.join(' and ')}`, path: where });
  });
  return out;
}

/** A monitored metric's bound fields, with the threshold's sense by its method (none when unknown). */
function monitoredFields(metric: MonitoredMetric): Field[] {
  // A distance's threshold is stricter lower, a p-value's higher (methods.ts).
  const sense = driftSense(metric.method);
  const threshold: Field[] = sense === 'distance' ? [{ name: 'threshold', stricter: 'lower' }] : sense === 'p-value' ? [{ name: 'threshold', stricter: 'higher' }] : [];
  return [...threshold, ...MIN_MAX];
}

/**
 * The monitoring config's bounds, metric by metric (by name), at the base and now: a pull request
 * that raises a drift threshold from 0.2 to 1e308, lowers a minimum, or drops a monitored metric
 * makes every later run pass, as surely as relaxing a bias bound in the manifest. Judged where
 * both commits have a readable config; the head's config locates the finding.
 */
function monitoringRelaxations(system: SystemContext, base: NonNullable<SystemContext['base']>, since: string): Array<{ message: string; path: PathSegment[]; at?: Location }> {
  const before = loadConfig(base, (base.manifest.data.monitoring ?? {}) as Monitoring);
  const now = loadConfig(system, (system.manifest.data.monitoring ?? {}) as Monitoring);
  if (!before?.ok || !now?.ok) return [];
  const out: Array<{ message: string; path: PathSegment[]; at?: Location }> = [];
  // Metrics are paired by key: an Evidently metric over a list of columns by its type and the set
  // of them, so two DriftedColumnsCount over different columns are two metrics, each with its own bound.
  const family = (m: MonitoredMetric) => m.family ?? keyOf(m);
  const baseKeys = new Set(before.value.metrics.map(keyOf));
  for (const was of before.value.metrics) {
    // A name may be written more than once (two calculators of one type): the base's bound is
    // kept when any metric of that name now keeps it, as robustness families are judged. One
    // whose columns changed is judged against the metrics of its type the base did not have
    // (columns dropped are then watched no more; columns added are no relaxation).
    const same = now.value.metrics.filter((m) => keyOf(m) === keyOf(was));
    const paired = same.length > 0 ? same : now.value.metrics.filter((m) => family(m) === family(was) && !baseKeys.has(keyOf(m)));
    const candidates = paired.map((current) => ({ current, relaxed: monitoringChanges(was, current) }));
    const [first] = candidates;
    if (!first) {
      out.push({ message: `this pull request stops monitoring "${was.name}", which ${before.value.file} monitored${since}`, path: ['monitoring'], at: { file: now.value.file, line: 1, column: 1 } });
      continue;
    }
    if (candidates.some(({ relaxed }) => relaxed.length === 0)) continue;
    out.push({ message: `this pull request relaxes the monitoring bound on "${was.name}" in ${now.value.file}: it ${first.relaxed.join(' and ')}${since}`, path: ['monitoring'], at: first.current.at });
  }
  return out;
}

/** How `current` monitors less than `was`: a bound relaxed, its method swapped for one on another scale, features left out. */
function monitoringChanges(was: MonitoredMetric, current: MonitoredMetric): string[] {
  const method = (m: MonitoredMetric) => m.method?.toLowerCase();
  // A tool's default method (no method written) made explicit is no swap; its threshold is then the tool's default, not compared.
  const swapped = method(was) !== undefined && method(current) !== method(was);
  const relaxed = relaxations(was as unknown as Record<string, unknown>, current as unknown as Record<string, unknown>, swapped || method(was) === undefined ? MIN_MAX : monitoredFields(was));
  if (swapped) relaxed.unshift(`changes its method from ${was.method} to ${current.method ?? 'the default'}`);
  // No features list watches every feature; a list that leaves out one watched before watches less.
  if (current.features !== undefined) {
    const now = new Set(current.features.map((f) => f.toLowerCase()));
    const dropped = was.features === undefined ? ['every feature but those listed'] : was.features.filter((f) => !now.has(f.toLowerCase()));
    if (dropped.length > 0) relaxed.push(`stops watching ${dropped.length === 1 ? '' : 'the features '}${dropped.slice(0, 5).join(', ')}${dropped.length > 5 ? ', …' : ''}`);
  }
  return relaxed;
}

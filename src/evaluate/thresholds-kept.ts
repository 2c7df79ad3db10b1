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

/** One bound field: which way is stricter. */
interface Field {
  name: string;
  stricter: 'higher' | 'lower';
}

/** A list of bounds in the manifest, and what identifies one bound across commits. */
interface BoundList {
  /** The list's path in the manifest, and a readable name for messages. */
  path: PathSegment[];
  name: string;
  identity: (bound: Record<string, unknown>) => string | undefined;
  describe: (bound: Record<string, unknown>) => string;
  fields: Field[];
}

const MIN_MAX: Field[] = [
  { name: 'min', stricter: 'higher' },
  { name: 'max', stricter: 'lower' },
];

/** A bound that is not a finite number (`.nan`, text) bounds nothing. */
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : undefined);

const BIAS: Omit<BoundList, 'path'> = {
  name: 'bias.thresholds',
  identity: (t) => (text(t.metric) ? `${text(t.metric)}\u0000${typeof t.attribute === 'string' ? normaliseAttribute(t.attribute) : ''}` : undefined),
  describe: (t) => `${text(t.metric)}${typeof t.attribute === 'string' ? ` for ${t.attribute}` : ''}`,
  fields: MIN_MAX,
};

const ACCURACY: Omit<BoundList, 'path'> = {
  name: 'intendedUse.accuracy',
  identity: (t) => (text(t.metric) ? `${text(t.metric)}\u0000${text(t.dataset) ?? ''}` : undefined),
  describe: (t) => `${text(t.metric)}${text(t.dataset) ? ` on ${text(t.dataset)}` : ''}`,
  fields: MIN_MAX,
};

const ROBUSTNESS: Omit<BoundList, 'path' | 'name'> = {
  identity: (t) => text(t.family),
  describe: (t) => `family ${text(t.family)}`,
  fields: [
    { name: 'minPassRate', stricter: 'higher' },
    { name: 'maxIssues', stricter: 'lower' },
  ],
};

const records = (value: unknown): Array<Record<string, unknown>> =>
  Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)) : [];

const at = (data: unknown, path: readonly PathSegment[]): unknown =>
  path.reduce<unknown>((value, segment) => (value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[segment] : undefined), data);

/** The manifest's bound lists, each matched across commits by what a bound is about. */
function boundLists(): BoundList[] {
  return [
    { ...BIAS, path: ['bias', 'thresholds'] },
    { ...ACCURACY, path: ['intendedUse', 'accuracy'] },
  ];
}

/**
 * Every robustness threshold, by family, across the cited results: a result cited by another
 * spelling of its path (`./evidence/x.jsonl`), or replaced by another file, keeps the family's
 * bounds to meet. Each with where it is.
 */
function robustnessBounds(data: unknown): Array<{ bound: Record<string, unknown>; path: PathSegment[] }> {
  return records(at(data, ['assurance', 'robustness', 'results'])).flatMap((entry, index) => {
    const thresholds = entry.thresholds;
    return Array.isArray(thresholds)
      ? thresholds.flatMap((bound, i) => (bound !== null && typeof bound === 'object' && text((bound as Record<string, unknown>).family) ? [{ bound: bound as Record<string, unknown>, path: ['assurance', 'robustness', 'results', index, 'thresholds', i] as PathSegment[] }] : []))
      : [];
  });
}

/** How `head` relaxes `base` (a bound gone or moved the lenient way), as phrases; none when it keeps or tightens it. */
function relaxations(base: Record<string, unknown>, head: Record<string, unknown>, fields: readonly Field[]): string[] {
  const out: string[] = [];
  for (const { name, stricter } of fields) {
    const was = base[name];
    if (!finite(was)) continue;
    const now = head[name];
    if (!finite(now)) out.push(`drops ${name} ${was}`);
    else if (stricter === 'higher' ? now < was : now > was) out.push(`${stricter === 'higher' ? 'lowers' : 'raises'} ${name} from ${was} to ${now}`);
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
  const failures: Array<{ message: string; path: PathSegment[] }> = [];
  for (const list of boundLists()) {
    const rawHead = at(head, list.path);
    for (const was of records(at(base, list.path))) {
      const id = list.identity(was);
      if (id === undefined) continue;
      const index = Array.isArray(rawHead) ? rawHead.findIndex((entry) => entry !== null && typeof entry === 'object' && list.identity(entry as Record<string, unknown>) === id) : -1;
      const now = index >= 0 ? (rawHead as Array<Record<string, unknown>>)[index] : undefined;
      if (!now) {
        const parent = records(rawHead).length > 0 ? list.path : list.path.slice(0, -1);
        failures.push({ message: `this pull request removes the bound ${list.name} sets on ${list.describe(was)}${since}`, path: parent });
        continue;
      }
      const relaxed = relaxations(was, now, list.fields);
      if (relaxed.length > 0) failures.push({ message: `this pull request relaxes the bound ${list.name} sets on ${list.describe(was)}: it ${relaxed.join(' and ')}${since}`, path: [...list.path, index] });
    }
  }
  // Robustness bounds by family, whichever result holds them: the strictest the head has for the family must keep the base's.
  const headRobustness = robustnessBounds(head);
  for (const { bound: was } of robustnessBounds(base)) {
    const family = text(was.family);
    const candidates = headRobustness.filter(({ bound }) => text(bound.family) === family);
    if (candidates.length === 0) {
      failures.push({ message: `this pull request removes the robustness bound on ${ROBUSTNESS.describe(was)}${since}`, path: ['assurance', 'robustness'] });
      continue;
    }
    const kept = candidates.find(({ bound }) => relaxations(was, bound, ROBUSTNESS.fields).length === 0);
    if (kept) continue;
    const [closest] = candidates as [(typeof candidates)[number]];
    failures.push({ message: `this pull request relaxes the robustness bound on ${ROBUSTNESS.describe(was)}: it ${relaxations(was, closest.bound, ROBUSTNESS.fields).join(' and ')}${since}`, path: closest.path });
  }
  failures.push(...addedBiasBounds(policy, head, base));
  if (failures.length === 0) return [makeFinding(rule, system, 'pass', rule.title, resultAt(['manifest']))];
  return failures.map(({ message, path }) => makeFinding(rule, system, 'fail', `${message}; once merged it would be in force, so the policy owners review it`, locate(['manifest', ...path])));
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
  const had = new Set(records(at(base, ['bias', 'thresholds'])).map((t) => BIAS.identity(t)));
  const added = at(head, ['bias', 'thresholds']);
  if (!Array.isArray(added)) return [];
  const out: Array<{ message: string; path: PathSegment[] }> = [];
  added.forEach((entry, index) => {
    if (entry === null || typeof entry !== 'object') return;
    const threshold = entry as Record<string, unknown>;
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

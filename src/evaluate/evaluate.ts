/**
 * Runs a policy's rules on one system and turns what the check functions say into findings:
 * a `fail` per failure at its exact location, otherwise one `pass` (so coverage can count
 * what was evidenced), or `not-applicable` when the rule's `when` or `given` does not apply.
 * A check function that throws fails its rule; it never takes the run down.
 */
import { createHash, type Hash } from 'node:crypto';
import { describePath, movedItem } from './describe.js';
import { systemDocument, type Failure, type SystemContext } from './function.js';
import { select, type Target } from '../policy/path.js';
import { valueAt } from '../types.js';
import { TEMPLATE_TAG } from '../policy/definition.js';
import { makeFinding } from '../policy/finding.js';
import { aiActProfile, obligationExemption, type AiActProfile, type Timeline } from '../policy/obligations.js';
import type { CompiledRule, Policy } from './policy.js';
import type { RunTiming } from './timing.js';
import { thresholdsKept } from './thresholds-kept.js';
import { DECLARATION_PATH, notAboutPersons } from './functions/bias-not-applicable.js';
import { LIFECYCLE_STAGES, RISK_TIERS } from '../load/manifest.js';
import { formatPath, type Finding, type Location, type PathSegment } from '../types.js';

/**
 * Failures of one rule on one system past this many are counted in one closing finding instead of
 * listed: a 5 MB manifest can hold 400,000 datasets, and a finding for each, per rule, made reports
 * of gigabytes (and overflowed the stack of the engine's `push(...findings)`). Manifest schema
 * problems are capped the same way when the manifest is loaded (MAX_PROBLEMS_PER_RULE).
 */
export const MAX_FAILURES_PER_RULE = 100;

export function evaluateSystem(system: SystemContext, policy: Policy, options: { locatePasses?: boolean; noteEvidence?: boolean; timing?: RunTiming } = {}): Finding[] {
  const findings: Finding[] = [];
  const root = systemDocument(system);
  // Where a pass or a not-applicable result is; when the report keeps neither, the manifest's
  // first line will do, and locating each (a walk of the YAML for every rule) is saved.
  const resultAt = options.locatePasses === false ? () => manifestFirstLine(system) : (path: readonly PathSegment[]) => locatePath(system, path);
  const context: RuleContext = { root, resultAt, timeline: policy.timeline };
  const note = options.noteEvidence !== false;
  for (const rule of policy.rules) {
    if (rule.core) continue;
    // Each rule's findings name the cited files its checks used (for provenance and the audit export).
    if (note) system.evidence.noteFiles();
    const first = findings.length;
    if (options.timing) options.timing.measure(options.timing.rules, rule.id, () => evaluateRule(rule, system, context, findings));
    else evaluateRule(rule, system, context, findings);
    const used = note ? system.evidence.takeNotedFiles() : [];
    if (used.length > 0) for (let i = first; i < findings.length; i++) (findings[i] as Finding).evidence = used;
  }
  findings.push(...labelsKept(policy, system, context));
  findings.push(...thresholdsKept(policy, system, resultAt, (path) => locatePath(system, path)));
  return findings;
}

/** What every rule of one system's evaluation shares. */
interface RuleContext {
  root: ReturnType<typeof systemDocument>;
  resultAt: (path: readonly PathSegment[]) => Location;
  timeline: Timeline;
  /** The system's AI Act profile, read once, when a rule's `when.obligation` first needs it. */
  profile?: AiActProfile;
  /** Labels the base commit's manifest has and this one does not, each with the rules that apply by it. */
  labelsRemoved?: Map<string, string[]>;
}

function labelsOf(data: unknown): unknown[] {
  const labels = (data as { labels?: unknown } | undefined)?.labels;
  return Array.isArray(labels) ? labels : [];
}

/**
 * governance/labels-kept: a label some rule applies by, removed since the base commit. Those
 * rules were judged as at the base (notApplicable); this says why, at the manifest's labels.
 */
function labelsKept(policy: Policy, system: SystemContext, context: RuleContext): Finding[] {
  const rule = policy.byId.get('governance/labels-kept');
  if (!rule) return [];
  if (!system.base) return [makeFinding(rule, system, 'not-applicable', system.noBase ?? 'no base commit to compare with', context.resultAt(['manifest']))];
  const removed = context.labelsRemoved;
  if (!removed || removed.size === 0) return [makeFinding(rule, system, 'pass', rule.title, context.resultAt(['manifest', 'labels']))];
  const at = locatePath(system, system.manifest.data.labels !== undefined ? ['manifest', 'labels'] : ['manifest']);
  return [...removed].map(([label, rules]) =>
    makeFinding(
      rule,
      system,
      'fail',
      `this pull request removes the label "${label}" (on the system at the base commit ${system.base?.commit}), which ${rules.length === 1 ? `${rules[0]} applies by; it still applies` : `${rules.length} rules apply by (${rules.slice(0, 5).join(', ')}${rules.length > 5 ? ', …' : ''}); they still apply`} to this run, and would stop once merged`,
      at,
    ),
  );
}

/** One rule on one system: its findings are added to `findings`. */
function evaluateRule(rule: CompiledRule, system: SystemContext, context: RuleContext, findings: Finding[]): void {
  const { root, resultAt } = context;
  const skip = notApplicable(rule, system, context);
  if (skip) {
    findings.push(makeFinding(rule, system, 'not-applicable', skip.reason, resultAt(skip.path ?? ['manifest'])));
    return;
  }
  // One given is the common case: its targets as they come, without a flatMap copy.
  const [onlyGiven] = rule.givenSteps;
  const targets: Target[] = rule.givenSteps.length === 1 && onlyGiven ? select(root, onlyGiven) : rule.givenSteps.flatMap((steps) => select(root, steps));
  if (targets.length === 0) {
    findings.push(nothingToCheck(rule, system, `nothing to check: ${(rule.given ?? []).join(', ')} is not in this system`, ['manifest'], resultAt));
    return;
  }
  let failed = false;
  let listed = 0;
  let omitted: { count: number; at: Location; paths: Hash } | undefined;
  const skipped: string[] = [];
  for (const target of targets) {
    for (const check of rule.checks) {
      const value = check.field ? valueAt(target.value, check.field) : target.value;
      const path = check.field ? [...target.path, ...check.field] : target.path;
      let failures: Failure[];
      try {
        const result = check.fn.check({ value, path, target: target.value, targetPath: target.path, options: check.options as never, system });
        if ('skip' in result) {
          skipped.push(result.skip);
          continue;
        }
        failures = result;
      } catch (error) {
        failures = [{ message: `internal error in check ${check.fn.name}: ${(error as Error).message ?? String(error)}; please report it` }];
      }
      for (const failure of failures) {
        failed = true;
        const failurePath = failure.path ?? path;
        if (listed >= MAX_FAILURES_PER_RULE) {
          omitted ??= { count: 0, at: failure.at ?? locatePath(system, failurePath), paths: createHash('sha256') };
          omitted.count++;
          omitted.paths.update(`${logicalPath(failurePath)}\0`);
          continue;
        }
        listed++;
        const message = render(rule, system, failure.message, failurePath, root);
        const finding = makeFinding(rule, system, 'fail', message, failure.at ?? locatePath(system, failurePath), logicalPath(failurePath));
        if (failure.remediation) finding.remediation = failure.remediation;
        if (system.base && failurePath[0] === 'manifest' && failurePath.some((segment) => typeof segment === 'number')) {
          const moved = movedItem(system.manifest.data, system.base.manifest.data, failurePath.slice(1));
          if (moved) finding.movedItem = moved;
        }
        findings.push(finding);
      }
    }
  }
  if (omitted) {
    const more = `and ${omitted.count} more failure${omitted.count === 1 ? '' : 's'} of this rule in this system, not listed (a report lists the first ${MAX_FAILURES_PER_RULE} per rule)`;
    // Its count and what it counts in its identity: a baseline that recorded "and 6 more" excuses
    // no seventh (second red team), nor one swapped in for one of the six (review).
    findings.push(makeFinding(rule, system, 'fail', more, omitted.at, `(${omitted.count} more: ${omitted.paths.digest('hex').slice(0, 12)})`));
  }
  if (failed) return;
  const first = targets[0] as Target;
  // Only when every check was skipped is the rule not applicable; otherwise what ran passed.
  if (skipped.length === targets.length * rule.checks.length) {
    findings.push(nothingToCheck(rule, system, [...new Set(skipped)].slice(0, 3).join('; '), first.path, resultAt));
  } else {
    findings.push(makeFinding(rule, system, 'pass', rule.title, resultAt(first.path)));
  }
}

/**
 * A rule that found nothing to check is not applicable, never a pass (a checksum rule with no
 * declared checksum evidences nothing); a policy that sets `required` makes it a failure.
 */
function nothingToCheck(rule: CompiledRule, system: SystemContext, reason: string, path: readonly PathSegment[], resultAt: (path: readonly PathSegment[]) => Location): Finding {
  if (rule.required) return makeFinding(rule, system, 'fail', `required by the policy, but nothing to check: ${reason.replace(/^nothing to check: /, '')}`, locatePath(system, path));
  return makeFinding(rule, system, 'not-applicable', reason, resultAt(path));
}

const TIERS: readonly string[] = RISK_TIERS;
const STAGES: readonly string[] = LIFECYCLE_STAGES;

/** Why a rule's `when` excludes this system, or undefined when it applies. An undeclared (or
 *  misspelt: "High", "production") tier or stage does not exclude: a gate must not pass a system
 *  because it left out its risk tier, or wrote it wrong. */
function notApplicable(rule: CompiledRule, system: SystemContext, context: RuleContext): { reason: string; path?: readonly PathSegment[] } | undefined {
  const reason = excludedBy(rule, system, context);
  if (reason !== undefined) return { reason };
  // Last: a declaration the manifest makes, reported where it is made (bias-not-applicable.ts).
  if (rule.when?.affectsPersons === true) {
    const spared = notAboutPersons(system.manifest.data);
    if (spared !== undefined) return { reason: spared, path: DECLARATION_PATH };
  }
  return undefined;
}

function excludedBy(rule: CompiledRule, system: SystemContext, context: RuleContext): string | undefined {
  const when = rule.when;
  if (!when) return undefined;
  const data = system.manifest.data;
  const tier = data.risk?.euAiAct?.tier;
  if (when.tiers && typeof tier === 'string' && TIERS.includes(tier) && !when.tiers.includes(tier)) {
    return `applies to risk tiers ${when.tiers.join(', ')}; this system is ${tier}`;
  }
  const stage = data.lifecycle;
  if (when.stages && typeof stage === 'string' && STAGES.includes(stage) && !when.stages.includes(stage)) {
    return `applies at lifecycle stages ${when.stages.join(', ')}; this system is at ${stage}`;
  }
  if (when.labels && !when.labels.some((label) => labelsOf(data).includes(label))) {
    // A label the pull request removes still counts until merged, as the base commit's policy
    // does: otherwise removing it would switch the rule off unreviewed (governance/labels-kept).
    const kept = system.base ? when.labels.filter((label) => labelsOf(system.base?.manifest.data).includes(label)) : [];
    if (kept.length === 0) return `applies to systems labelled ${when.labels.join(', ')}`;
    for (const label of kept) (context.labelsRemoved ??= new Map()).set(label, [...(context.labelsRemoved.get(label) ?? []), rule.id]);
  }
  if (when.from && system.now.getTime() < Date.parse(`${when.from}T00:00:00Z`)) {
    return `applies from ${when.from}`;
  }
  if (when.obligation) {
    context.profile ??= aiActProfile(data);
    const exemption = obligationExemption(when.obligation, context.profile, system.now, context.timeline);
    if (exemption) return `${when.obligation} ${exemption}`;
  }
  return undefined;
}

export function locatePath(system: SystemContext, path: readonly PathSegment[]): Location {
  if (path[0] === 'card' && system.card) {
    if (path[1] === 'meta' && system.card.frontMatter) {
      return { file: system.card.file, ...system.card.frontMatter.locate(path.slice(2)) };
    }
    return { file: system.card.file, line: system.card.frontMatterLine ?? 1, column: 1 };
  }
  const inManifest = path[0] === 'manifest' ? path.slice(1) : [];
  return { file: system.manifest.file, ...system.manifest.doc.locate(inManifest) };
}

export function manifestFirstLine(system: SystemContext): Location {
  return { file: system.manifest.file, line: 1, column: 1 };
}

function logicalPath(path: readonly PathSegment[]): string {
  if (path[0] === 'manifest') return formatPath(path.slice(1));
  return formatPath(path);
}

function render(rule: CompiledRule, system: SystemContext, error: string, path: readonly PathSegment[], root: unknown): string {
  if (!rule.message) return error;
  const values: Record<string, string> = { error, path: describePath(root, path), system: system.id, title: rule.title };
  return rule.message.replace(TEMPLATE_TAG, (_, name: string) => values[name.trim()] ?? '');
}

/** A finding, with its keys always in the documented order (the JSON report is read by people). */

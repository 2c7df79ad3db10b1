/**
 * Coverage: for each system and each framework in scope, what the findings show about every
 * control. A control is "evidenced" only when a passing rule judged content for it (its
 * `evidences` mapping); rules that only check a declaration or a file's presence make it
 * "supported". A control with no rule behind it is "not covered"; one rule failing makes it
 * "failing", whatever else passed, unless what failed is only a notice (a waiver about to end,
 * a baseline to shrink), which fails nothing: it keeps the control from "evidenced" and is
 * named in the reason. Rules that did not apply to the system checked nothing, so
 * a control only they map to is "not covered". An EU AI Act obligation that does not apply to the system
 * (its tier, its roles, not yet in force) is "not applicable", with the reason; one whose parts
 * (Art.15: accuracy, robustness, cybersecurity) are not all evidenced is at most "supported".
 */
import { controlOf, loadFrameworks, within, type Framework, type FrameworkKey } from '../policy/frameworks.js';
import { effectiveProfile, obligationExemption, sparedParts, type AiActProfile, type Timeline } from '../policy/obligations.js';
import type { CoverageScope } from '../policy/types.js';
import { failsAt, type FailOn, type Finding } from '../types.js';

export type { CoverageScope };

export type ControlStatus = 'evidenced' | 'supported' | 'failing' | 'waived' | 'not-applicable' | 'not-covered';
export const CONTROL_STATUSES: readonly ControlStatus[] = ['evidenced', 'supported', 'failing', 'waived', 'not-applicable', 'not-covered'];

export interface ControlCoverage {
  id: string;
  title: string;
  status: ControlStatus;
  /** The rules whose results decided the status. */
  rules: string[];
  /** Why the obligation does not apply, or why it is only partly evidenced. */
  reason?: string;
}

export interface FrameworkCoverage {
  framework: FrameworkKey;
  name: string;
  counts: Record<ControlStatus, number>;
  controls: ControlCoverage[];
}

export interface SystemCoverage {
  system: string;
  frameworks: FrameworkCoverage[];
}

/** What coverage needs besides the findings: the policy's scope, the AI Act timeline, the as-of date. */
export interface CoverageContext {
  scope: CoverageScope;
  timeline: Timeline;
  asOf: Date;
  /** The run's --fail-on: at `notice`, a notice fails the gate, and so the controls it maps to. */
  failOn?: FailOn;
}

/** A system as coverage sees it: its id and what its manifest says under the AI Act. */
export interface CoveredSystem {
  id: string;
  euAiAct?: AiActProfile;
}

export function computeCoverage(systems: readonly CoveredSystem[], findings: readonly Finding[], context: CoverageContext): SystemCoverage[] {
  const bySystem = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = bySystem.get(finding.system);
    if (list) list.push(finding);
    else bySystem.set(finding.system, [finding]);
  }
  return systems.map((system) => ({ system: system.id, frameworks: frameworksFor(asCoverageSees(bySystem.get(system.id) ?? [], context.failOn), system.euAiAct ?? {}, context) }));
}

/**
 * Findings as coverage weighs them: under --fail-on notice a notice fails the gate, so it fails
 * its controls as a warning would; otherwise it fails nothing (isNotice).
 */
function asCoverageSees(findings: readonly Finding[], failOn: FailOn | undefined): readonly Finding[] {
  if (!failsAt('notice', failOn ?? 'error') || !findings.some(isNotice)) return findings;
  return findings.map((f) => (isNotice(f) ? { ...f, severity: 'warning' as const } : f));
}

/**
 * Systems under one policy mostly end with the same results, and so the same coverage: it is
 * worked out once per set of results (rule and status) and shared, as its entries are.
 */
const byResults = new WeakMap<CoverageScope, Map<string, FrameworkCoverage[]>>();

function frameworksFor(findings: readonly Finding[], profile: AiActProfile, context: CoverageContext): FrameworkCoverage[] {
  let memo = byResults.get(context.scope);
  if (!memo) byResults.set(context.scope, (memo = new Map()));
  // Everything obligations are decided by is in the key: two systems share coverage only when
  // the same obligations (and parts) apply to them.
  const { tier, roles, milestone, art50, annexIII, openSource } = effectiveProfile(profile);
  const applies = `${tier}|${roles.join(',')}|${milestone}|${art50}|${annexIII}|${openSource ?? ''}|${context.timeline}|${context.asOf.toISOString().slice(0, 10)}`;
  // Severity too: a per-path override can make a rule a notice for one system, and a notice fails nothing.
  const results = `${applies}\u0002${findings.map((f) => `${f.ruleId}\u0000${f.status}\u0000${f.severity}`).join('\u0001')}`;
  let frameworks = memo.get(results);
  if (!frameworks) {
    frameworks = computeFrameworks(findings, profile, context);
    if (memo.size >= 1000) memo.clear();
    memo.set(results, frameworks);
  }
  return frameworks;
}

function computeFrameworks(findings: readonly Finding[], profile: AiActProfile, context: CoverageContext): FrameworkCoverage[] {
  const catalogs = loadFrameworks();
  return [...context.scope].flatMap(([key, wanted]) => {
      const framework = catalogs.get(key);
      if (!framework) return [];
      const ids = wanted === 'all' ? [...framework.controls.keys()] : wanted;
      const results = new Map<string, Mapped[]>(ids.map((id) => [id, []]));
      for (const finding of findings) {
        for (const [strength, reference] of referencesOf(finding, key)) {
          const control = controlOf(framework, reference);
          if (control && results.has(control)) results.get(control)?.push({ finding, strength });
        }
      }
      const controls = ids.map((id): ControlCoverage => {
        const title = framework.controls.get(id) ?? id;
        const exemption = key === 'euAiAct' ? obligationExemption(id, profile, context.asOf, context.timeline) : undefined;
        if (exemption) return sharedControl(key, { id, title, status: 'not-applicable', rules: [], reason: exemption });
        const decided = results.get(id) ?? [];
        // The rules named are those that checked it: a rule the policy scoped away from this
        // system (or with nothing to check) is named only when none checked it, to say so.
        const applied = decided.filter((d) => d.finding.status !== 'not-applicable');
        const rules = [...new Set((applied.length > 0 ? applied : decided).map((d) => d.finding.ruleId))].sort();
        const status = statusOf(decided);
        const notices = noticesAbout(decided);
        // Rules that check it, none of which applied to this system (a comparison with no base,
        // a rule for high-risk systems only): the control still applies, and nothing checked it.
        if (status === 'not-covered' && decided.length > 0) {
          return sharedControl(key, { id, title, status, rules, reason: notices ? noticeReasonFor(status, notices) : NONE_APPLIED });
        }
        if (notices && (status === 'evidenced' || status === 'supported')) {
          return sharedControl(key, { id, title, status: 'supported', rules, reason: noticeReasonFor('supported', notices) });
        }
        const unevidenced = status === 'evidenced' ? partsNotEvidenced(framework, id, decided, key === 'euAiAct' ? sparedParts(id, profile) : []) : [];
        if (unevidenced.length > 0) {
          return sharedControl(key, { id, title, status: 'supported', rules, reason: `partly evidenced: no passing rule evidences ${unevidenced.join(', ')} itself` });
        }
        return sharedControl(key, { id, title, status, rules });
      });
      const counts = Object.fromEntries(CONTROL_STATUSES.map((s) => [s, 0])) as Record<ControlStatus, number>;
      for (const control of controls) counts[control.status]++;
      return [{ framework: key, name: framework.name, counts, controls }];
  });
}

/**
 * Systems under one policy mostly reach the same status on a control, so identical control
 * entries are shared (and frozen) rather than repeated: across 10,000 systems that is the
 * difference between a million objects and a few hundred.
 */
const sharedControls = new Map<string, ControlCoverage>();

function sharedControl(framework: string, control: ControlCoverage): ControlCoverage {
  const key = `${framework}\u0000${control.id}\u0000${control.status}\u0000${control.rules.join(',')}\u0000${control.reason ?? ''}`;
  let shared = sharedControls.get(key);
  if (!shared) {
    if (sharedControls.size >= 100_000) sharedControls.clear();
    shared = Object.freeze({ ...control, rules: Object.freeze([...control.rules]) as string[] });
    sharedControls.set(key, shared);
  }
  return shared;
}

/** Why a control is not covered when every rule that checks it was scoped away or had nothing to check (the rules are named). */
const NONE_APPLIED = 'no rule that checks it applied to this system';

type Strength = 'evidences' | 'supports';
interface Mapped {
  finding: Finding;
  strength: Strength;
}

/** A finding's references to one framework, each with how strongly the check bears on it. */
function* referencesOf(finding: Finding, framework: FrameworkKey): Generator<[Strength, string]> {
  for (const reference of finding.evidences[framework] ?? []) yield ['evidences', reference];
  for (const reference of finding.supports[framework] ?? []) yield ['supports', reference];
}

const STATUS_RANK: Record<ControlStatus, number> = { 'not-applicable': 0, 'not-covered': 1, supported: 2, evidenced: 3, waived: 4, failing: 5 };

/** A failure at notice severity: advice, which fails nothing, the gate's verdict included. */
const isNotice = (finding: Finding): boolean => finding.status === 'fail' && finding.severity === 'notice';

/** Why a control a notice spoke to is what it is, naming the notices' rules. */
function noticeReasonFor(status: ControlStatus, rules: string): string {
  return status === 'not-covered' ? `only a notice was found about it (${rules})` : `a notice was found about it (${rules})`;
}

/** The rules named in a reason noticeReasonFor wrote. */
const NOTICE_REASON = /^(?:only )?a notice was found about it \((.*)\)$/;

/** The rules that found only a notice about a control, comma-separated, or '' for none. */
function noticesAbout(mapped: readonly Mapped[]): string {
  return [...new Set(mapped.filter((m) => isNotice(m.finding)).map((m) => m.finding.ruleId))].sort().join(', ');
}

/** What one finding says of a control: a rule that did not apply checked nothing, a notice failed nothing. */
function findingStatus(finding: Finding, strength: Strength): ControlStatus {
  if (finding.status === 'pass') return strength === 'evidences' ? 'evidenced' : 'supported';
  if (isNotice(finding)) return 'not-covered';
  return ({ fail: 'failing', waived: 'waived', 'not-applicable': 'not-covered' } as const)[finding.status];
}

/**
 * Adds a finding made after a system's coverage was computed (about a waiver, say) to that
 * system's coverage: a control takes the weightier status, as statusOf decides.
 */
export function foldIntoCoverage(system: SystemCoverage, given: Finding, failOn?: FailOn): void {
  const finding = asCoverageSees([given], failOn)[0] as Finding;
  // Coverage is shared between systems with the same results: copy this system's before changing it.
  system.frameworks = system.frameworks.map((f) => ({ ...f, counts: { ...f.counts }, controls: [...f.controls] }));
  for (const framework of system.frameworks) {
    const catalog = loadFrameworks().get(framework.framework);
    for (const [strength, reference] of referencesOf(finding, framework.framework)) {
      const id = catalog ? controlOf(catalog, reference) : reference;
      const index = framework.controls.findIndex((c) => c.id === id);
      const control = framework.controls[index];
      // An obligation that does not apply to the system stays so, whatever a later finding says.
      if (!control || (control.status === 'not-applicable' && control.reason)) continue;
      // Folded findings are the engine's own (waivers, baselines): they judge no evidence, so at most support.
      const judged = findingStatus(finding, strength);
      const found = judged === 'evidenced' ? 'supported' : judged;
      // A notice fails nothing, but what it found keeps the control from "evidenced", and the
      // reason names it, as in computeFrameworks; a failing or waived control stays so.
      const noticed = isNotice(finding) && (control.status === 'evidenced' || control.status === 'supported' || control.status === 'not-covered');
      const status = noticed ? (control.status === 'not-covered' ? 'not-covered' : 'supported') : STATUS_RANK[found] > STATUS_RANK[control.status] ? found : control.status;
      framework.counts[control.status]--;
      framework.counts[status]++;
      // Control entries are shared between systems: replace, never change one in place.
      // As computeFrameworks names them: rules that did not apply only while none did.
      const kept = control.reason === NONE_APPLIED && finding.status !== 'not-applicable' ? [] : control.rules;
      const rules = kept.includes(finding.ruleId) ? kept : [...kept, finding.ruleId].sort();
      // A reason explains the status it came with ("partly evidenced", "no rule applied"): not another.
      const { reason: _reason, ...rest } = control;
      const earlier = NOTICE_REASON.exec(control.reason ?? '')?.[1]?.split(', ') ?? [];
      const noticeReason = noticeReasonFor(status, [...new Set([...earlier, finding.ruleId])].sort().join(', '));
      const changed = noticed ? { ...rest, status, rules, reason: noticeReason } : { ...rest, status, rules };
      framework.controls[index] = sharedControl(framework.framework, status === control.status && !noticed ? { ...control, rules } : changed);
    }
  }
}

/** The parts of a control (eu-ai-act.yaml `parts`) no passing finding evidences. */
function partsNotEvidenced(framework: Framework, id: string, mapped: readonly Mapped[], spared: readonly string[]): string[] {
  const parts = (framework.obligations.get(id)?.parts ?? []).filter((part) => !spared.includes(part));
  const evidenced = mapped.filter((m) => m.strength === 'evidences' && m.finding.status === 'pass').flatMap((m) => m.finding.evidences[framework.key] ?? []);
  return parts.filter((part) => !evidenced.some((reference) => within(reference, part)));
}

function statusOf(mapped: readonly Mapped[]): ControlStatus {
  let status: ControlStatus = 'not-covered';
  for (const { finding, strength } of mapped) {
    const found = findingStatus(finding, strength);
    if (STATUS_RANK[found] > STATUS_RANK[status]) status = found;
  }
  return status;
}

/**
 * Coverage: for each system and each framework in scope, what the findings show about every
 * control. A control with no rule behind it is "not covered", never "evidenced"; one rule
 * failing makes it "failing", whatever else passed.
 */
import { controlOf, loadFrameworks, type FrameworkKey } from '../policy/frameworks.js';
import type { CoverageScope } from '../policy/types.js';
import type { Finding } from '../types.js';

export type { CoverageScope };

export type ControlStatus = 'evidenced' | 'failing' | 'waived' | 'not-applicable' | 'not-covered';
export const CONTROL_STATUSES: readonly ControlStatus[] = ['evidenced', 'failing', 'waived', 'not-applicable', 'not-covered'];

export interface ControlCoverage {
  id: string;
  title: string;
  status: ControlStatus;
  /** The rules whose results decided the status. */
  rules: string[];
  /** Why the control does not apply, when it does not. */
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

/** Which frameworks to report, and for each either every control or a listed subset. */

export function computeCoverage(systems: readonly string[], findings: readonly Finding[], scope: CoverageScope): SystemCoverage[] {
  const bySystem = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = bySystem.get(finding.system);
    if (list) list.push(finding);
    else bySystem.set(finding.system, [finding]);
  }
  return systems.map((system) => ({ system, frameworks: frameworksFor(bySystem.get(system) ?? [], scope) }));
}

/**
 * Systems under one policy mostly end with the same results, and so the same coverage: it is
 * worked out once per set of results (rule and status) and shared, as its entries are.
 */
const byResults = new WeakMap<CoverageScope, Map<string, FrameworkCoverage[]>>();

function frameworksFor(findings: readonly Finding[], scope: CoverageScope): FrameworkCoverage[] {
  let memo = byResults.get(scope);
  if (!memo) byResults.set(scope, (memo = new Map()));
  const results = findings.map((f) => `${f.ruleId}\u0000${f.status}`).join('\u0001');
  let frameworks = memo.get(results);
  if (!frameworks) {
    frameworks = computeFrameworks(findings, scope);
    if (memo.size >= 1000) memo.clear();
    memo.set(results, frameworks);
  }
  return frameworks;
}

function computeFrameworks(findings: readonly Finding[], scope: CoverageScope): FrameworkCoverage[] {
  const catalogs = loadFrameworks();
  return [...scope].flatMap(([key, wanted]) => {
      const framework = catalogs.get(key);
      if (!framework) return [];
      const ids = wanted === 'all' ? [...framework.controls.keys()] : wanted;
      const results = new Map<string, Finding[]>(ids.map((id) => [id, []]));
      for (const finding of findings) {
        for (const reference of finding.controls[key] ?? []) {
          const control = controlOf(framework, reference);
          if (control && results.has(control)) results.get(control)?.push(finding);
        }
      }
      const controls = ids.map((id): ControlCoverage => {
        const decided = results.get(id) ?? [];
        return sharedControl(key, { id, title: framework.controls.get(id) ?? id, status: statusOf(decided), rules: [...new Set(decided.map((f) => f.ruleId))].sort() });
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
  const key = `${framework}\u0000${control.id}\u0000${control.status}\u0000${control.rules.join(',')}`;
  let shared = sharedControls.get(key);
  if (!shared) {
    if (sharedControls.size >= 100_000) sharedControls.clear();
    shared = Object.freeze({ ...control, rules: Object.freeze([...control.rules]) as string[] });
    sharedControls.set(key, shared);
  }
  return shared;
}

const STATUS_RANK: Record<ControlStatus, number> = { 'not-covered': 0, 'not-applicable': 1, evidenced: 2, waived: 3, failing: 4 };
const FINDING_STATUS: Record<Finding['status'], ControlStatus> = { fail: 'failing', waived: 'waived', pass: 'evidenced', 'not-applicable': 'not-applicable' };

/**
 * Adds a finding made after a system's coverage was computed (about a waiver, say) to that
 * system's coverage: a control takes the weightier status, as statusOf decides.
 */
export function foldIntoCoverage(system: SystemCoverage, finding: Finding): void {
  // Coverage is shared between systems with the same results: copy this system's before changing it.
  system.frameworks = system.frameworks.map((f) => ({ ...f, counts: { ...f.counts }, controls: [...f.controls] }));
  for (const framework of system.frameworks) {
    const catalog = loadFrameworks().get(framework.framework);
    for (const reference of finding.controls[framework.framework] ?? []) {
      const id = catalog ? controlOf(catalog, reference) : reference;
      const index = framework.controls.findIndex((c) => c.id === id);
      const control = framework.controls[index];
      if (!control) continue;
      const status = STATUS_RANK[FINDING_STATUS[finding.status]] > STATUS_RANK[control.status] ? FINDING_STATUS[finding.status] : control.status;
      framework.counts[control.status]--;
      framework.counts[status]++;
      // Control entries are shared between systems: replace, never change one in place.
      const rules = control.rules.includes(finding.ruleId) ? control.rules : [...control.rules, finding.ruleId].sort();
      framework.controls[index] = sharedControl(framework.framework, { ...control, status, rules });
    }
  }
}

function statusOf(findings: readonly Finding[]): ControlStatus {
  if (findings.length === 0) return 'not-covered';
  if (findings.some((f) => f.status === 'fail')) return 'failing';
  if (findings.some((f) => f.status === 'waived')) return 'waived';
  if (findings.some((f) => f.status === 'pass')) return 'evidenced';
  return 'not-applicable';
}

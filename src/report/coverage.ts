/**
 * Coverage: for each system and each framework in scope, what the findings show about every
 * control. A control with no rule behind it is "not covered", never "evidenced"; one rule
 * failing makes it "failing", whatever else passed.
 */
import { controlOf, loadFrameworks, type FrameworkKey } from '../policy/frameworks.js';
import type { Finding } from '../types.js';

export type ControlStatus = 'evidenced' | 'failing' | 'waived' | 'not-applicable' | 'not-covered';
export const CONTROL_STATUSES: readonly ControlStatus[] = ['evidenced', 'failing', 'waived', 'not-applicable', 'not-covered'];

export interface ControlCoverage {
  id: string;
  title: string;
  status: ControlStatus;
  /** The rules whose results decided the status. */
  rules: string[];
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
export type CoverageScope = Map<FrameworkKey, 'all' | string[]>;

export function computeCoverage(systems: readonly string[], findings: readonly Finding[], scope: CoverageScope): SystemCoverage[] {
  const catalogs = loadFrameworks();
  const bySystem = new Map<string, Finding[]>();
  for (const finding of findings) bySystem.set(finding.system, [...(bySystem.get(finding.system) ?? []), finding]);
  return systems.map((system) => ({
    system,
    frameworks: [...scope].flatMap(([key, wanted]) => {
      const framework = catalogs.get(key);
      if (!framework) return [];
      const ids = wanted === 'all' ? [...framework.controls.keys()] : wanted;
      const results = new Map<string, Finding[]>(ids.map((id) => [id, []]));
      for (const finding of bySystem.get(system) ?? []) {
        for (const reference of finding.controls[key] ?? []) {
          const control = controlOf(framework, reference);
          if (control && results.has(control)) results.get(control)?.push(finding);
        }
      }
      const controls = ids.map((id): ControlCoverage => {
        const decided = results.get(id) ?? [];
        return { id, title: framework.controls.get(id) ?? id, status: statusOf(decided), rules: [...new Set(decided.map((f) => f.ruleId))].sort() };
      });
      const counts = Object.fromEntries(CONTROL_STATUSES.map((s) => [s, 0])) as Record<ControlStatus, number>;
      for (const control of controls) counts[control.status]++;
      return [{ framework: key, name: framework.name, counts, controls }];
    }),
  }));
}

function statusOf(findings: readonly Finding[]): ControlStatus {
  if (findings.length === 0) return 'not-covered';
  if (findings.some((f) => f.status === 'fail')) return 'failing';
  if (findings.some((f) => f.status === 'waived')) return 'waived';
  if (findings.some((f) => f.status === 'pass')) return 'evidenced';
  return 'not-applicable';
}

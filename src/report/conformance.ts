/**
 * What each coverage status means to an auditor, in one table: the Statement of Applicability's
 * status, and the CycloneDX attestation's conformance. A new status (such as `supported`: a
 * declaration or a file's presence, content not judged) is one line here. Only `evidenced`, a
 * rule that judged content and passed, ever counts as conformance; a control nothing checks, or
 * only a declaration supports, is never counted as met.
 */
import { loadFrameworks, controlOf, type FrameworkKey } from '../policy/frameworks.js';
import type { Finding } from '../types.js';
import type { ControlCoverage, ControlStatus } from './coverage.js';

export interface StatusMeaning {
  /** The SoA's status column. */
  soa: string;
  /** met: counts as conformance (score 1); not-met: counts against it (score 0); not-applicable: neither. */
  conformance: 'met' | 'not-met' | 'not-applicable';
  /** The attestation's rationale for one control, completed with the rules behind it. */
  rationale: string;
}

export const STATUS_MEANING: Readonly<Record<ControlStatus, StatusMeaning>> = {
  evidenced: { soa: 'evidenced', conformance: 'met', rationale: 'every rule mapped to it that applies passed, and they judge content' },
  supported: {
    soa: 'supported (declared or present; content not judged)',
    conformance: 'not-met',
    rationale: 'only declarations or the presence of a file support it, or not every part of it is evidenced: nothing shows its content',
  },
  failing: { soa: 'failing', conformance: 'not-met', rationale: 'a rule mapped to it failed' },
  waived: { soa: 'waived (failing, excused until the waiver expires)', conformance: 'not-met', rationale: 'a rule mapped to it failed and the failure is waived: a waiver excuses, it does not conform' },
  'not-applicable': { soa: 'not checked (no rule mapped to it applies to this system)', conformance: 'not-met', rationale: 'no rule mapped to it applies to this system, so nothing shows it is met' },
  'not-covered': { soa: 'not covered (nothing checked it for this system)', conformance: 'not-met', rationale: 'no rule of the policy checked it for this system' },
};

/** A control the policy excludes (ISO/IEC 42001 6.1.3): neither met nor not met, with its reason. */
export const EXCLUDED: StatusMeaning = { soa: 'excluded', conformance: 'not-applicable', rationale: 'excluded by the policy' };

/** The control references of a finding for one framework, evidenced and supported alike. */
export function findingControls(finding: Pick<Finding, 'evidences' | 'supports'>, framework: FrameworkKey): readonly string[] {
  return [...(finding.evidences[framework] ?? []), ...(finding.supports[framework] ?? [])];
}

/** The controls (rolled up, as coverage counts them) a finding bears on, in one framework. */
export function controlsOfFinding(finding: Pick<Finding, 'evidences' | 'supports'>, framework: FrameworkKey): Set<string> {
  const catalog = loadFrameworks().get(framework);
  const ids = new Set<string>();
  for (const reference of findingControls(finding, framework)) {
    const id = catalog ? controlOf(catalog, reference) : reference;
    if (id) ids.add(id);
  }
  return ids;
}

/** A framework's conformance: met / (met + not met), and the counts behind it, in words. */
export function frameworkConformance(statuses: ReadonlyArray<StatusMeaning>): { score: number; met: number; assessed: number } {
  const met = statuses.filter((s) => s.conformance === 'met').length;
  const assessed = statuses.filter((s) => s.conformance !== 'not-applicable').length;
  return { score: assessed === 0 ? 0 : Math.round((met / assessed) * 10_000) / 10_000, met, assessed };
}

/**
 * What one control's coverage means: excluded by the policy (ISO/IEC 42001 6.1.3, with its
 * justification); not applicable for a stated reason (an obligation of another tier, say);
 * else the status's row of STATUS_MEANING, with the reason coverage gave in place of the row's
 * general one (a part not evidenced, a notice found, no rule that applied). A control whose
 * rules merely did not run stays applicable and unmet.
 */
export function meaningOf(control: Pick<ControlCoverage, 'status' | 'reason'>, exclusion?: string): StatusMeaning {
  if (exclusion !== undefined) return { ...EXCLUDED, rationale: `excluded by the policy: ${exclusion}` };
  if (control.status === 'not-applicable' && control.reason) return { soa: 'not applicable', conformance: 'not-applicable', rationale: `not applicable: ${control.reason}` };
  const meaning = STATUS_MEANING[control.status];
  if (control.reason && (control.status === 'supported' || control.status === 'not-covered')) {
    return { ...meaning, soa: `${control.status === 'supported' ? 'supported' : 'not covered'} (${control.reason})`, rationale: control.reason };
  }
  return meaning;
}

/**
 * What the audit exports (CycloneDX attestation, Statement of Applicability) read of a report,
 * per system: each control's coverage and what it means to an auditor (conformance.ts), the
 * findings behind it, and the files those findings judged, with the digests taken when the files
 * were read. Built from the report and the policy's exclusions, so every export says the same.
 */
import { DEFAULT_TIMELINE } from '../policy/obligations.js';
import { loadFrameworks, type FrameworkKey } from '../policy/frameworks.js';
import type { ControlExclusions, CoverageScope } from '../policy/types.js';
import type { Finding } from '../types.js';
import { computeCoverage, type ControlCoverage, type SystemCoverage } from './coverage.js';
import { controlsOfFinding, meaningOf, type StatusMeaning } from './conformance.js';
import { groupBy, type Report, type SystemSummary } from './report.js';

export interface ControlAudit {
  id: string;
  title: string;
  coverage: ControlCoverage;
  meaning: StatusMeaning;
  /** The justification, when the policy excludes the control. */
  exclusion?: string;
  /** The system's findings that bear on the control. */
  findings: Finding[];
  /** The files those findings judged, sorted. */
  files: string[];
}

export interface FrameworkAudit {
  key: FrameworkKey;
  name: string;
  controls: ControlAudit[];
}

export interface SystemAudit {
  summary: SystemSummary;
  /** SHA-256 of each file the check read, by path. */
  digests: ReadonlyMap<string, string>;
  findings: Finding[];
  frameworks: FrameworkAudit[];
}

/**
 * Each system's audit. `frameworks`: the report's coverage (the policy's scope), or a scope of
 * its own (the SoA needs all 38 Annex A controls, whatever the policy reports). Made one system
 * at a time, as it is read: an export of thousands of systems never holds them all.
 */
export function* auditSystems(report: Report, exclusions: ControlExclusions, frameworks?: CoverageScope): Generator<SystemAudit> {
  const bySystem = groupBy(report.findings, (f) => f.system);
  const coverageOf = new Map<string, SystemCoverage>(report.coverage.map((c) => [c.system, c]));
  for (const summary of report.systems) {
    const findings = bySystem.get(summary.id) ?? [];
    // ISO/IEC 42001 controls apply to every system: no AI Act timeline is needed to count them.
    const coverage = frameworks ? computeCoverage([summary], findings, { scope: frameworks, timeline: DEFAULT_TIMELINE, asOf: new Date(`${report.provenance.asOf}T00:00:00Z`), failOn: report.failOn })[0] : coverageOf.get(summary.id);
    yield auditSystem(summary, findings, coverage, exclusions);
  }
}

function auditSystem(summary: SystemSummary, findings: Finding[], coverage: SystemCoverage | undefined, exclusions: ControlExclusions): SystemAudit {
  const catalogs = loadFrameworks();
  const digests = new Map((summary.files ?? []).map((f) => [f.path, f.sha256]));
  return {
    summary,
    digests,
    findings,
    frameworks: (coverage?.frameworks ?? []).map((framework): FrameworkAudit => {
      const excluded = framework.framework === 'iso42001' ? (exclusions.iso42001 ?? {}) : {};
      const behind = new Map<string, Finding[]>();
      for (const finding of findings) {
        for (const id of controlsOfFinding(finding, framework.framework)) {
          const list = behind.get(id);
          if (list) list.push(finding);
          else behind.set(id, [finding]);
        }
      }
      return {
        key: framework.framework,
        name: catalogs.get(framework.framework)?.name ?? framework.name,
        controls: framework.controls.map((control) => {
          const exclusion = excluded[control.id]?.justification;
          const judged = behind.get(control.id) ?? [];
          return {
            id: control.id,
            title: control.title,
            coverage: control,
            meaning: meaningOf(control, exclusion),
            ...(exclusion !== undefined ? { exclusion } : {}),
            findings: judged,
            files: [...new Set(judged.flatMap(filesOfFinding))].sort(),
          };
        }),
      };
    }),
  };
}

/** The files a finding is about: where it is located, and the cited files its rule's check used. */
export function filesOfFinding(finding: Pick<Finding, 'file' | 'evidence'>): string[] {
  return finding.evidence ? [finding.file, ...finding.evidence.filter((f) => f !== finding.file)] : [finding.file];
}

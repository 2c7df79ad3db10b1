/**
 * The report: every finding plus the verdict, computed once (tally.ts) from findings and `fail-on`.
 * Every output (console, JSON, Markdown, annotations) renders this; none decides anything.
 * The JSON form of this object is the documented `--format json` output.
 */
import type { AiActProfile } from '../policy/obligations.js';
import type { FailOn, Finding } from '../types.js';
import type { SystemCoverage } from './coverage.js';

export type Verdict = 'pass' | 'fail';

export interface Counts {
  errors: number;
  warnings: number;
  notices: number;
  passed: number;
  waived: number;
  notApplicable: number;
}

export interface SystemSummary {
  id: string;
  name?: string;
  version?: string;
  manifest: string;
  card?: string;
  /** What the manifest declares under the EU AI Act: the tier, its basis, the roles. */
  euAiAct?: AiActProfile;
  /** The datasets the manifest declares (the audit export's targets). */
  datasets?: Array<{ id: string; role?: string }>;
  verdict: Verdict;
  counts: Counts;
  /** Every file the check read (manifest, card, each evidence file), with its SHA-256, by path. */
  files?: FileDigest[];
}

export interface FileDigest {
  /** Repository-relative. */
  path: string;
  sha256: string;
}

/**
 * What an auditor needs to tie a report to its inputs: which modelgate, which commit, judged as
 * of which day, under which policy (a digest of the resolved policy: the same policy gives the
 * same digest on any machine); each system's files and their digests are in `systems[].files`.
 */
export interface Provenance {
  tool: { name: 'modelgate'; version: string };
  /** The commit checked: from GITHUB_SHA in the Action, git HEAD in the CLI; null when none. */
  commit: string | null;
  /** Where `commit` came from (`git HEAD`, `GITHUB_SHA`, …), or why there is none. */
  commitSource: string;
  /** YYYY-MM-DD: the day evidence ages and application dates were judged as of. */
  asOf: string;
  policy: { packs: string[]; digest: string };
}

export interface Report {
  tool: { name: 'modelgate'; version: string };
  /** Version of this JSON shape; bumped on breaking changes. */
  reportVersion: 2;
  provenance: Provenance;
  verdict: Verdict;
  failOn: FailOn;
  policy: { packs: string[]; rules: number };
  summary: Counts & { systems: number; unregistered: number };
  systems: SystemSummary[];
  /** With changed-files scope: how many files changed, and the systems left out of the report and why. */
  scope?: { changedFiles: number; all?: string; skipped: Array<{ manifest: string; id?: string; reason: string }> };
  /** Per system and framework, the status of every control in the policy's coverage scope. */
  coverage: SystemCoverage[];
  findings: Finding[];
}

/** Failing findings, most severe first, then by file and line: the order people should read them. */
export function failuresInPriorityOrder(findings: readonly Finding[]): Finding[] {
  const rank = { error: 0, warning: 1, notice: 2 } as const;
  return findings
    .filter((f) => f.status === 'fail')
    .sort((a, b) => rank[a.severity] - rank[b.severity] || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/**
 * Failures that say the same thing at the same place of one system, grouped, in order of first
 * appearance: a field's own rule and system/no-placeholders on one TODO marker are one fact,
 * shown once with both rules (JSON and SARIF keep every rule's result).
 */
export function sameFailureGroups(failures: readonly Finding[]): Finding[][] {
  return [...groupBy(failures, (f) => `${f.system}\u0000${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.severity}\u0000${f.message}`).values()];
}

/**
 * The rules of a group (sameFailureGroups), each once, in order, with how many of its findings
 * the group holds when more than one: the same rule on two datasets citing one card.
 */
export function rulesOfGroup(group: readonly Finding[]): Array<{ finding: Finding; count: number }> {
  return [...groupBy(group, (f) => f.ruleId).values()].map((same) => ({ finding: same[0] as Finding, count: same.length }));
}

/** Items grouped by a key, groups in order of first appearance. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

const systemIndexes = new WeakMap<Report, Map<string, SystemSummary>>();

/** The report's systems by id (built once per report: reports can hold thousands). */
export function systemById(report: Report, id: string): SystemSummary | undefined {
  let index = systemIndexes.get(report);
  if (!index) {
    index = new Map(report.systems.map((s) => [s.id, s]));
    systemIndexes.set(report, index);
  }
  return index.get(id);
}

/**
 * " (13 failing)" after a count of systems when some of two or more fail, else nothing: "47
 * errors in 15 systems" read as if every system failed (a new user's reading).
 */
export function failingSuffix(report: Pick<Report, 'systems'>): string {
  let failing = 0;
  for (const system of report.systems) if (system.verdict === 'fail') failing++;
  return failing > 0 && report.systems.length > 1 ? ` (${failing} failing)` : '';
}

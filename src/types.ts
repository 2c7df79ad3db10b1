/**
 * The shapes every stage shares: severities, source positions and findings.
 * A finding is the one currency of the pipeline; reporters only ever read findings.
 */

export const SEVERITIES = ['error', 'warning', 'notice'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export type Status = 'fail' | 'pass' | 'waived' | 'not-applicable';

/** One step of a path into a document: a mapping key or a sequence index. */
export type PathSegment = string | number;

/** 1-based line and column, as editors and GitHub annotations count them. */
export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface Location extends Position {
  /** Repository-relative, forward slashes. */
  file: string;
}

/** Control references per framework, with ids exactly as the frameworks write them. */
export interface Controls {
  iso42001?: string[];
  euAiAct?: string[];
  nistAiRmf?: string[];
  /** ISO/IEC TR 24028 trustworthiness dimensions. */
  iso24028?: string[];
}

export interface Finding extends Location {
  ruleId: string;
  status: Status;
  severity: Severity;
  /** The system's id, or the manifest path when the manifest could not be read. */
  system: string;
  message: string;
  /** Logical path inside the document, e.g. `data.datasets[0].license`, when there is one. */
  path?: string;
  /** The controls this finding's check evidences (it judged content) and only supports (a
   *  declaration, a file's presence): coverage counts them apart. */
  evidences: Controls;
  supports: Controls;
  /** The cited files the rule's check used for this system (repository-relative), when it used any. */
  evidence?: string[];
  docs: string;
  remediation?: string;
  /** Set when a waiver excuses this finding (status `waived`). */
  waiver?: { justification: string; approver: string; expires: string; file: string; line: number };
  /**
   * Internal, never reported: the list item on `path` that is not the one at its position at the
   * base commit. A waiver or baseline entry naming the position was written for another item,
   * and excuses nothing here. The gate deletes it once waivers and the baseline are applied.
   */
  movedItem?: { path: string; was: string; now: string };
}

const SEVERITY_RANK: Record<Severity, number> = { notice: 1, warning: 2, error: 3 };

export function severityRank(severity: Severity): number {
  return SEVERITY_RANK[severity];
}

/** Whether a failing finding of `severity` fails the gate at `failOn` (at or above it): the verdict, the baseline command and coverage ask it. */
export function failsAt(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && severityRank(severity) >= severityRank(failOn);
}

/** `['data', 'datasets', 0, 'license']` → `data.datasets[0].license`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Z_$][\w$-]*$/i.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** The value at a field path (no wildcards) below `value`, or undefined. */
export function valueAt(value: unknown, steps: readonly PathSegment[]): unknown {
  let node = value;
  for (const step of steps) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, step)) return undefined;
    node = (node as Record<string, unknown>)[step];
  }
  return node;
}

/** An error in how modelgate was called or configured: exit code 2, never a finding. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly location?: Location,
  ) {
    super(location ? `${location.file}:${location.line}:${location.column}: ${message}` : message);
    this.name = 'UsageError';
  }
}

/**
 * The baseline: a legacy repository adopts the gate by recording today's failing findings in
 * `.modelgate/baseline.json` (`modelgate baseline`). A recorded finding is reported apart, as a
 * waived one is (approver "baseline"), until the baseline expires; a new finding fails; a fixed
 * one leaves its entry unused, and a notice says the file can shrink. On a pull request the
 * baseline is the base commit's, and one the pull request grows is a governance finding.
 *
 * An entry identifies a finding by what survives edits around it: rule, system, file and the
 * logical path in the document (never the line or the message, which carries dates and counts).
 * Findings that share all four are counted: an entry excuses that many, no more.
 */
import { createHash } from 'node:crypto';
import { isMissing, type FileSource } from '../fs/repo-fs.js';
import { parseJson } from '../load/json.js';
import { checkSchema } from '../load/schema.js';
import { positionOfIssue } from '../load/source-doc.js';
import type { Finding, Location } from '../types.js';
import type { ResolvedPolicy } from './types.js';

export const DEFAULT_BASELINE_FILE = '.modelgate/baseline.json';
export const BASELINE_SCHEMA = 'modelgate/baseline@1';
/** How long a new baseline lasts unless asked otherwise. */
export const DEFAULT_BASELINE_DAYS = 180;

export interface BaselineEntry {
  fingerprint: string;
  count: number;
  rule: string;
  system: string;
  file: string;
  path?: string;
}

export interface BaselineFile {
  $schema?: string;
  schema: typeof BASELINE_SCHEMA;
  created: string;
  expires: string;
  findings: BaselineEntry[];
}

/** What identifies a finding apart from where it is printed (SARIF's fingerprints use it too). */
export function findingIdentity(finding: Pick<Finding, 'ruleId' | 'file' | 'system' | 'path'>): string {
  return createHash('sha256')
    .update(JSON.stringify([finding.ruleId, finding.file, finding.system, finding.path ?? '']))
    .digest('hex');
}

/**
 * Findings about the gate's own governance: a pull request's changes (to the policy, waivers,
 * baseline, systems), the waivers and the baseline themselves. They are not a system's legacy
 * debt, and a standing record of them would pass every later change of the same identity.
 */
const GOVERNANCE_RULES = ['governance/', 'policy/', 'waiver/', 'baseline/'];

/**
 * Check functions that compare a system with the pull request's base commit (they skip with
 * `withoutBase`). A finding of theirs is one pull request's change, not legacy debt: recorded,
 * its identity (rule, system, file, block) would excuse every later regression of that block.
 */
export const BASE_COMPARING_FUNCTIONS: ReadonlySet<string> = new Set(['bias-regression', 'accuracy-regression', 'risk-not-lowered', 'stage-not-regressed', 'citations-kept', 'exemptions-kept', 'oversight-kept', 'review-not-postponed', 'artifacts-match-version', 'incident-log-kept', 'card-front-matter-kept']);

/** Why a baseline may not excuse a rule's findings (locked or unwaivable, as for a waiver, or about governance), if it may not. */
function unexcusable(policy: Pick<ResolvedPolicy, 'known' | 'byId'>, ruleId: string): string | undefined {
  const rule = policy.byId.get(ruleId) ?? policy.known.get(ruleId);
  if (rule?.locked) return `rule ${ruleId} is locked, so no baseline excuses it`;
  if (rule?.waivable === false) return `rule ${ruleId} cannot be waived under this policy, so no baseline excuses it`;
  if (GOVERNANCE_RULES.some((prefix) => ruleId.startsWith(prefix))) return `rule ${ruleId} is about the gate's own governance (its policy, waivers, baseline, or a pull request's changes), which no baseline excuses`;
  if (rule?.then?.some((then) => BASE_COMPARING_FUNCTIONS.has(then.function))) return `rule ${ruleId} compares a pull request with its base commit, so each finding is that pull request's change, which no baseline excuses`;
  return undefined;
}

/** Whether a baseline may record and excuse a rule's findings (a rule of the policy that no reason above holds back). */
export function baselineMayHold(policy: Pick<ResolvedPolicy, 'known' | 'byId'>, ruleId: string): boolean {
  return policy.byId.has(ruleId) && unexcusable(policy, ruleId) === undefined;
}

/**
 * The baseline of a report: every failing finding a baseline may excuse (a locked or
 * unwaivable rule, or a finding about governance, is never baselined: it keeps failing),
 * counted by identity.
 */
export function makeBaseline(findings: readonly Finding[], policy: ResolvedPolicy, created: Date, days = DEFAULT_BASELINE_DAYS): BaselineFile {
  const entries = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    if (finding.status !== 'fail') continue;
    if (!baselineMayHold(policy, finding.ruleId)) continue;
    const fingerprint = findingIdentity(finding);
    const entry = entries.get(fingerprint);
    if (entry) entry.count++;
    else entries.set(fingerprint, { fingerprint, count: 1, rule: finding.ruleId, system: finding.system, file: finding.file, ...(finding.path ? { path: finding.path } : {}) });
  }
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return {
    $schema: 'https://raw.githubusercontent.com/modelgate/modelgate/v1/schemas/baseline.schema.json',
    schema: BASELINE_SCHEMA,
    created: day(created),
    expires: day(new Date(created.getTime() + days * 86_400_000)),
    findings: [...entries.values()].sort((a, b) => a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule) || a.fingerprint.localeCompare(b.fingerprint)),
  };
}

export interface LoadedBaseline {
  file: string;
  created: string;
  expires: string;
  /** The line of `expires`, where a pull request that extends the baseline is pointed. */
  expiresLine: number;
  entries: Array<BaselineEntry & { line: number }>;
}

/** The baseline file, if there is one, or why it cannot be used (a located problem). */
export function loadBaseline(source: FileSource, file: string): { baseline?: LoadedBaseline; problem?: { message: string; at: Location } } {
  if (isMissing(source, file)) return {};
  const start: Location = { file, line: 1, column: 1 };
  const text = source.readText(file);
  if (!text.ok) return { problem: { message: `${text.problem.message}; no finding is baselined`, at: start } };
  const parsed = parseJson(text.text, file);
  if (!parsed.ok) return { problem: { message: `${parsed.error.message}; no finding is baselined`, at: { file, line: parsed.error.line, column: parsed.error.column } } };
  const issue = checkSchema('baseline.schema.json', parsed.doc.value)[0];
  if (issue) return { problem: { message: `${issue.message}; no finding is baselined`, at: { file, ...positionOfIssue(parsed.doc, issue) } } };
  const value = parsed.doc.value as BaselineFile;
  return {
    baseline: {
      file,
      created: value.created,
      expires: value.expires,
      expiresLine: parsed.doc.locate(['expires']).line,
      entries: value.findings.map((entry, index) => ({ ...entry, line: parsed.doc.locate(['findings', index]).line })),
    },
  };
}

/** Whether an entry's fingerprint is that of the finding its own fields name (never true of a relabelled entry). */
export function fingerprintMatches(entry: BaselineEntry): boolean {
  return entry.fingerprint === findingIdentity({ ruleId: entry.rule, file: entry.file, system: entry.system, ...(entry.path !== undefined ? { path: entry.path } : {}) });
}

type LoadedEntry = LoadedBaseline['entries'][number];

/**
 * Applies a baseline to findings as they come, and says afterwards which entries went unused.
 * An entry is used only if its fingerprint is that of the rule, system, file and path it names
 * (so every message about it names what it excuses) and the rule may be excused; any other
 * entry is refused, excuses nothing, and is told apart (`refused`).
 */
export class BaselineLedger {
  private readonly byFingerprint = new Map<string, { entry: LoadedEntry; used: number }>();
  readonly refused: Array<{ entry: LoadedEntry; reason: string }> = [];
  readonly expired: boolean;

  constructor(
    readonly baseline: LoadedBaseline | undefined,
    private readonly policy: Pick<ResolvedPolicy, 'known' | 'byId'>,
    now: Date,
  ) {
    this.expired = baseline !== undefined && baseline.expires < now.toISOString().slice(0, 10);
    if (!baseline || this.expired) return;
    for (const entry of baseline.entries) {
      const reason = fingerprintMatches(entry) ? unexcusable(policy, entry.rule) : 'its fingerprint is not that of the rule, system, file and path it names';
      if (reason) this.refused.push({ entry, reason });
      else this.byFingerprint.set(entry.fingerprint, { entry, used: 0 });
    }
  }

  /** Marks each failing finding the baseline holds (up to its count) as excused by it. */
  apply(findings: readonly Finding[]): void {
    if (this.byFingerprint.size === 0 || !this.baseline) return;
    for (const finding of findings) {
      if (finding.status !== 'fail') continue;
      const held = this.byFingerprint.get(findingIdentity(finding));
      if (!held || held.used >= held.entry.count) continue;
      // The entry names a list position, recorded for the item there at the base commit.
      if (finding.movedItem) {
        finding.message = `${finding.message} (not excused by the baseline at ${this.baseline.file}:${held.entry.line}: ${finding.movedItem.path} was ${finding.movedItem.was} at the base commit and is ${finding.movedItem.now} now)`;
        continue;
      }
      // Asked of the finding itself too: such a rule keeps failing whatever the file says.
      if (unexcusable(this.policy, finding.ruleId) !== undefined) continue;
      held.used++;
      finding.status = 'waived';
      finding.waiver = {
        justification: `recorded in the baseline of ${this.baseline.created}: a finding the repository had when it adopted the gate`,
        approver: 'baseline',
        expires: this.baseline.expires,
        file: this.baseline.file,
        line: held.entry.line,
      };
    }
  }

  /** How many recorded findings of these systems no longer fail (fixed, or moved beyond recognition). */
  unused(checked: (system: string) => boolean): number {
    let count = 0;
    for (const { entry, used } of this.byFingerprint.values()) if (checked(entry.system)) count += entry.count - used;
    return count;
  }
}

/**
 * The entries `head` holds beyond `base` (new ones, and higher counts), as finding counts.
 * Only entries whose fingerprint is the finding they name count on either side: the others
 * excuse nothing under any policy, so a pull request that corrects one's fields makes it
 * excuse something, and that is growth. Whether the rule may be excused is not asked: a pull
 * request may change the policy too, so an entry it adds for an unwaivable rule still counts.
 */
export function baselineGrowth(base: LoadedBaseline | undefined, head: LoadedBaseline | undefined): Array<{ entry: BaselineEntry; added: number; line: number }> {
  if (!head) return [];
  const before = new Map((base?.entries ?? []).filter(fingerprintMatches).map((e) => [e.fingerprint, e.count]));
  return head.entries.filter(fingerprintMatches).flatMap((entry) => {
    const added = entry.count - (before.get(entry.fingerprint) ?? 0);
    return added > 0 ? [{ entry, added, line: entry.line }] : [];
  });
}

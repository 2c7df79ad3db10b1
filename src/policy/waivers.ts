/**
 * Waivers: accepted exceptions, as data (.modelgate/waivers.yaml). Each names a rule and a
 * system (optionally a path), says why, who approved it and the last day it holds. A waiver
 * that is malformed, expired, too long, for an unknown rule or for a rule that cannot be waived
 * is void: nothing is excused, and the waiver itself is a finding. Dates are compared in UTC.
 */
import picomatch from 'picomatch';
import { globProblem } from '../fs/glob.js';
import { isMissing, type FileSource } from '../fs/repo-fs.js';
import { checkSchema } from '../load/schema.js';
import { closest } from '../text/closest.js';
import { positionOfIssue } from '../load/source-doc.js';
import { parseYaml, type YamlDoc } from '../load/yaml.js';
import { makeFinding } from './finding.js';
import type { WaiverEntry } from './changes.js';
import type { Finding, Location, PathSegment } from '../types.js';
import type { ResolvedPolicy } from './types.js';

export const DEFAULT_WAIVERS_FILE = '.modelgate/waivers.yaml';

export interface Waiver {
  rule: string;
  system: string;
  path?: string;
  justification: string;
  approver: string;
  /** YYYY-MM-DD, the last day the waiver holds. */
  expires: string;
  ticket?: string;
  at: Location;
}

/** What a waived finding records about its waiver. */
export interface WaiverRecord {
  justification: string;
  approver: string;
  expires: string;
  file: string;
  line: number;
}

interface Problem {
  ruleId: 'waiver/valid';
  message: string;
  at: Location;
  /** What the void waiver was for, when it says: its findings are told why they still fail. */
  target?: { rule: string; system: string; path?: string };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The waiver entries of a file as written (for comparing a pull request's waivers with the base's). */
export function waiverEntries(source: FileSource, file: string): WaiverEntry[] {
  const text = source.readText(file);
  if (!text.ok) return [];
  const parsed = parseYaml(text.text, { file });
  if (!parsed.ok) return [];
  const value = parsed.doc.value as { waivers?: unknown } | null;
  if (!Array.isArray(value?.waivers)) return [];
  return value.waivers.flatMap((w: unknown, index) =>
    w !== null && typeof w === 'object' && !Array.isArray(w) ? [{ value: w as Record<string, unknown>, line: parsed.doc.locate(['waivers', index]).line }] : [],
  );
}

/** Reads the waivers file, if there is one. Entries with problems are left out and reported. */
export function loadWaivers(source: FileSource, file: string, policy: ResolvedPolicy, now: Date): { waivers: Waiver[]; problems: Problem[] } {
  if (isMissing(source, file)) return { waivers: [], problems: [] };
  const start: Location = { file, line: 1, column: 1 };
  const text = source.readText(file);
  if (!text.ok) return { waivers: [], problems: [{ ruleId: 'waiver/valid', message: `${text.problem.message}; no waiver applies`, at: start }] };
  const parsed = parseYaml(text.text, { file });
  if (!parsed.ok) {
    return { waivers: [], problems: [{ ruleId: 'waiver/valid', message: `${parsed.error.message}; no waiver applies`, at: { file, line: parsed.error.line, column: parsed.error.column } }] };
  }
  const doc = parsed.doc;
  const value = doc.value as { waivers?: unknown } | null;
  if (value === null || value === undefined) return { waivers: [], problems: [] };
  const entries = Array.isArray(value.waivers) ? value.waivers : undefined;
  if (!entries) {
    const first = checkSchema('waivers.schema.json', value)[0];
    return { waivers: [], problems: [{ ruleId: 'waiver/valid', message: `${first?.message ?? 'waivers must be a list'}; no waiver applies`, at: first ? { file, ...positionOfIssue(doc, first) } : locate(doc, file, []) }] };
  }

  const waivers: Waiver[] = [];
  const problems: Problem[] = [];
  entries.forEach((entry, index) => {
    const at = locate(doc, file, ['waivers', index]);
    const reason = entryProblem(entry, index, doc, file, policy, now);
    if (reason) {
      const problem: Problem = { ruleId: 'waiver/valid', message: `waiver ${describe(entry)} is void: ${reason.message}`, at: reason.at ?? at };
      const w = (entry ?? {}) as { rule?: unknown; system?: unknown; path?: unknown };
      if (typeof w.rule === 'string' && typeof w.system === 'string') {
        problem.target = { rule: w.rule, system: w.system, ...(typeof w.path === 'string' ? { path: w.path } : {}) };
      }
      problems.push(problem);
      return;
    }
    waivers.push({ ...(entry as Omit<Waiver, 'at'>), at });
  });
  return { waivers, problems };
}

function entryProblem(entry: unknown, index: number, doc: YamlDoc, file: string, policy: ResolvedPolicy, now: Date): { message: string; at?: Location } | undefined {
  const issue = checkSchema('waivers.schema.json', { waivers: [entry] })[0];
  if (issue) {
    const path = issue.path.slice(2); // drop ['waivers', 0]
    return { message: issue.message.replace(/^waivers\[0\]\.?/, '').replace(/^: /, ''), at: { file, ...positionOfIssue(doc, { path: ['waivers', index, ...path], unknownField: issue.unknownField }) } };
  }
  const waiver = entry as Omit<Waiver, 'at'>;
  const where = (field: string) => locate(doc, file, ['waivers', index, field]);
  const rule = policy.known.get(waiver.rule);
  if (!rule) {
    const guess = closest(waiver.rule, [...policy.known.keys()]);
    return { message: `rule "${waiver.rule}" is not a rule this policy knows${guess ? ` (did you mean "${guess}"?)` : ''}`, at: where('rule') };
  }
  if (rule.waivable === false || rule.locked) return { message: `rule ${waiver.rule} cannot be waived under this policy`, at: where('rule') };
  if (waiver.justification.trim().length < policy.waivers.minJustification) {
    return { message: `the justification is shorter than ${policy.waivers.minJustification} characters; say why the exception is acceptable`, at: where('justification') };
  }
  const refused = waiver.path === undefined ? undefined : globProblem(waiver.path);
  if (refused) return { message: `its path is not a glob modelgate matches: ${refused}`, at: where('path') };
  const left = daysLeft(waiver.expires, now);
  if (left < 0) return { message: `it expired on ${waiver.expires}`, at: where('expires') };
  if (left > policy.waivers.maxDays) {
    return { message: `it runs ${left} days, longer than the ${policy.waivers.maxDays} days this policy allows; renew it closer to the time`, at: where('expires') };
  }
  return undefined;
}

/** Whole days from today (UTC) to the expiry date: 0 on the last day, negative once expired. */
export function daysLeft(expires: string, now: Date): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((Date.parse(`${expires}T00:00:00Z`) - today) / DAY_MS);
}

/**
 * Applies the waivers to the findings: a failing finding that a waiver matches becomes
 * `waived` and records the waiver; a void waiver's findings stay failing and say why. Returns
 * the findings about the waivers themselves.
 */
/**
 * Applies waivers to findings as they are made (one system at a time, so a run need not hold
 * every finding), then reports on the waivers themselves: void, expiring, or matching nothing.
 */
export class WaiverLedger {
  private readonly matched = new Map<Waiver, number>();
  /** Waivers that matched a finding only on a list position now holding another item: not unused, refused. */
  private readonly refused = new Set<Waiver>();
  private readonly voidTargets: Array<{ problem: Problem; matches: (finding: Finding) => boolean }>;
  private readonly active: Array<{ waiver: Waiver; matches: (finding: Finding) => boolean }>;

  constructor(
    private readonly loaded: { waivers: Waiver[]; problems: Problem[] },
    private readonly policy: ResolvedPolicy,
    private readonly now: Date,
  ) {
    this.voidTargets = loaded.problems.flatMap((problem) => {
      if (!problem.target) return [];
      const { rule: ruleId, system, path } = problem.target;
      const matchesPath = path ? pathMatcher(path) : () => true;
      return [{ problem, matches: (f: Finding) => f.ruleId === ruleId && f.system === system && matchesPath(f) }];
    });
    this.active = loaded.waivers.map((waiver) => {
      const matchesPath = waiver.path ? pathMatcher(waiver.path) : () => true;
      return { waiver, matches: (f: Finding) => f.ruleId === waiver.rule && f.system === waiver.system && matchesPath(f) };
    });
  }

  /**
   * Waives the failing findings a waiver covers; a finding a void waiver meant to cover says why
   * it still fails. A system `newSystem` (the base commit has none with its id) is excused by no
   * waiver: one left behind by a removed system would otherwise excuse whatever a pull request
   * adds under the same id.
   */
  apply(findings: readonly Finding[], newSystem = false): void {
    if (this.voidTargets.length === 0 && this.active.length === 0) return;
    for (const finding of findings) {
      if (finding.status !== 'fail') continue;
      // Said of a finding no valid waiver excuses (fourth red team: one excused by a second
      // entry for it said "not waived" beside the void one).
      const voidOnes = this.voidTargets.filter(({ matches }) => matches(finding));
      for (const { waiver, matches } of this.active) {
        if (finding.status !== 'fail' || !matches(finding)) continue;
        // A waiver that names a list position was written for the item there at the base commit;
        // another waiver (one for the whole list, say) may still excuse the finding.
        if (finding.movedItem && waiver.path !== undefined && finding.path !== undefined && within(waiver.path, finding.movedItem.path)) {
          finding.message = `${finding.message} (not waived: the waiver at ${waiver.at.file}:${waiver.at.line} names ${finding.movedItem.path}, which was ${finding.movedItem.was} at the base commit and is ${finding.movedItem.now} now)`;
          this.refused.add(waiver);
          continue;
        }
        if (newSystem) {
          finding.message = `${finding.message} (not waived: the waiver at ${waiver.at.file}:${waiver.at.line} names ${waiver.system}, which the base commit does not have; a new system is not excused by it)`;
          break;
        }
        finding.status = 'waived';
        finding.waiver = { justification: waiver.justification, approver: waiver.approver, expires: waiver.expires, file: waiver.at.file, line: waiver.at.line };
        this.matched.set(waiver, (this.matched.get(waiver) ?? 0) + 1);
      }
      if (finding.status === 'fail') for (const { problem } of voidOnes) finding.message = `${finding.message} (not waived: the waiver at ${problem.at.file}:${problem.at.line} is void)`;
    }
  }

  /**
   * Findings about the waivers: each void one, each expiring soon, each that matched nothing
   * (only for systems `judged` accepts: a run that skipped a system cannot call its waiver unused).
   */
  findings(judged: (system: string) => boolean = () => true, systemIds?: ReadonlySet<string>): Finding[] {
    const out: Finding[] = [];
    const rule = (id: 'waiver/valid' | 'waiver/expiring' | 'waiver/unused') => this.policy.byId.get(id);
    const valid = rule('waiver/valid');
    if (valid) for (const problem of this.loaded.problems) out.push(makeFinding(valid, { id: problem.at.file }, 'fail', problem.message, problem.at));
    for (const waiver of this.loaded.waivers) {
      if (!judged(waiver.system)) continue;
      const matched = this.matched.get(waiver) ?? 0;
      const left = daysLeft(waiver.expires, this.now);
      const expiring = rule('waiver/expiring');
      if (matched > 0 && left <= this.policy.waivers.warnDays && expiring) {
        const when = left === 0 ? 'today' : `in ${left} day${left === 1 ? '' : 's'}`;
        out.push(makeFinding(expiring, { id: waiver.system }, 'fail', `waiver ${describe(waiver)} expires ${when} (${waiver.expires}); ${matched} finding${matched === 1 ? '' : 's'} will fail again`, waiver.at));
      }
      const unused = rule('waiver/unused');
      if (matched === 0 && unused && !this.refused.has(waiver)) {
        // A waiver naming an id no system has (a folder name, a typo) is the likeliest mistake: say so.
        const guess = systemIds && !systemIds.has(waiver.system) ? closest(waiver.system, [...systemIds]) : undefined;
        const why = systemIds && !systemIds.has(waiver.system) ? `; no system has the id ${waiver.system}${guess ? ` (did you mean "${guess}"?)` : ''}` : '';
        out.push(makeFinding(unused, { id: waiver.system }, 'fail', `waiver ${describe(waiver)} matches no failing finding${why}; remove it or correct it`, waiver.at));
      }
    }
    return out;
  }
}

function describe(entry: unknown): string {
  const w = (entry ?? {}) as { rule?: unknown; system?: unknown };
  const rule = typeof w.rule === 'string' ? w.rule : '?';
  const system = typeof w.system === 'string' ? w.system : '?';
  return `for ${rule} on ${system}`;
}

/**
 * A waiver path is a manifest path prefix (data.datasets[1]) or a file glob. A glob globProblem
 * refuses (its waiver is void) is never compiled: matching it could stall the run.
 */
function pathMatcher(path: string): (finding: Finding) => boolean {
  const glob = globProblem(path) ? () => false : picomatch(path, { dot: true });
  return (finding) => (finding.path !== undefined && within(finding.path, path)) || glob(finding.file);
}

/** Whether manifest path `path` is `prefix` or under it (`data.datasets[1].license` under `data.datasets[1]`). */
function within(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

function locate(doc: YamlDoc, file: string, path: readonly PathSegment[]): Location {
  return { file, ...doc.locate(path) };
}

/**
 * One engine behind the CLI and the Action:
 *
 *   discover → load → policy → evaluate → report
 *
 * Systems are loaded and evaluated one at a time and their documents dropped afterwards, so
 * memory stays flat on monorepos with thousands of systems. Nothing here prints or posts.
 */
import { packageVersion } from './assets.js';
import { discover } from './discover/discover.js';
import { evaluateSystem, locatePath, makeFinding, singleLine } from './evaluate/evaluate.js';
import type { SystemContext } from './evaluate/function.js';
import { EvidenceStore } from './evidence/store.js';
import { GitTreeSource } from './fs/git-tree.js';
import { RepoFs } from './fs/repo-fs.js';
import { ChangedFilesScope } from './discover/scope.js';
import { loadManifest, systemId, type LoadProblem, type Manifest } from './load/manifest.js';
import { parseCard, type Card } from './load/model-card.js';
import * as path from 'node:path';
import { policyChanges, waiverChanges } from './policy/changes.js';
import { loadPolicy, MissingRemotePack, packFilesIn, policyFor, type RemotePacks } from './policy/load.js';
import { DEFAULT_WAIVERS_FILE, loadWaivers, WaiverLedger, waiverEntries } from './policy/waivers.js';
import type { CompiledRule, Policy } from './policy/types.js';
import { computeCoverage, foldIntoCoverage, type SystemCoverage } from './report/coverage.js';
import { addCounts, countFindings, verdictOf, type Report, type SystemSummary } from './report/report.js';
import { formatPath, UsageError, type FailOn, type Finding, type Location } from './types.js';

export interface GateOptions {
  /** Repository root: nothing outside it is read, and reported paths are relative to it. */
  root: string;
  /** Repository-relative directory (or manifest) to scan; '' for all. */
  scanPath?: string;
  /** Policy pack: a bundled name or a path. */
  policy?: string;
  /** Directory a relative policy path is read from. */
  policyBaseDir?: string;
  failOn?: FailOn;
  maxFileBytes?: number;
  include?: string[];
  exclude?: string[];
  now?: Date;
  /** Waivers file, repository-relative (default .modelgate/waivers.yaml). */
  waivers?: string;
  /**
   * A git ref (a pull request's base) to compare each system with, for regression rules.
   * `required`: a ref that is not a commit here is a usage error (CLI --base); otherwise the
   * regression rules say why they could not run (a shallow clone in CI, say).
   */
  base?: { ref: string; required: boolean };
  /**
   * Where the policy and waivers in force come from. `base` (a pull request): the base commit,
   * so a pull request cannot weaken the gate that judges it; its own changes are listed as
   * notices and apply once merged. Needs `base`. `head` (default): the files as they are.
   */
  policyFrom?: 'base' | 'head';
  /** Where pinned remote packs (`owner/repo/path@sha`) are read from. */
  remote?: RemotePacks;
  /**
   * Repository-relative files a pull request changes: only the systems they touch are checked
   * (see discover/scope.ts). Absent: every system is checked.
   */
  changedFiles?: readonly string[];
  /**
   * Keep passed and not-applicable findings in the report (default true). Outputs that show only
   * failures set it false, so a run over thousands of systems does not hold every passed check.
   */
  keepPasses?: boolean;
}

/** What every system's check shares during one run. */
interface Run {
  repo: RepoFs;
  policy: Policy;
  now: Date;
  citedCards: Set<string>;
  seenIds: Map<string, string>;
  base?: GitTreeSource;
  noBase: string;
}

/** "2026-11-22" → the end of that day (UTC), so evidence dated that day counts as fresh. */
export function parseAsOf(text: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T23:59:59Z`) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new UsageError(`as-of must be a date written YYYY-MM-DD, not "${text}"`);
  return date;
}

export function runGate(options: GateOptions): Report {
  return evaluateGate(options).report;
}

/** The report and the policy that made it (reporters that describe rules, such as SARIF, need it). */
export function evaluateGate(options: GateOptions): { report: Report; policy: Policy } {
  const failOn = options.failOn ?? 'error';
  const repo = new RepoFs(options.root, options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes });
  const now = options.now ?? new Date();
  let base: GitTreeSource | undefined;
  let noBase = 'no base commit to compare with (run on a pull request, or pass --base)';
  if (options.base) {
    try {
      base = GitTreeSource.open(repo.root, options.base.ref, repo.maxFileBytes);
    } catch (error) {
      if (options.base.required || options.policyFrom === 'base' || !(error instanceof UsageError)) throw error;
      noBase = error.message;
    }
  }
  const governance = loadGovernance(options, repo, base, now);
  const { policy } = governance;
  const found = discover(repo, {
    scanPath: options.scanPath ?? '',
    ...(options.include ? { include: options.include } : {}),
    ...(options.exclude ? { exclude: options.exclude } : {}),
  });

  // Findings are waived, counted and folded into coverage one system at a time, so a run over
  // thousands of systems holds only what the report shows (passes only when asked for).
  const keepPasses = options.keepPasses ?? true;
  const keep = (f: Finding) => keepPasses || f.status === 'fail' || f.status === 'waived';
  const ledger = new WaiverLedger(governance.waivers, policy, now);
  const counts = countFindings([]);
  const findings: Finding[] = [];
  const coverage: SystemCoverage[] = [];
  const record = (batch: Finding[]) => {
    ledger.apply(batch);
    addCounts(counts, countFindings(batch));
    for (const finding of batch) if (keep(finding)) findings.push(finding);
  };
  record(governance.findings);

  const systems: SystemSummary[] = [];
  const run: Run = { repo, policy, now, citedCards: new Set(), seenIds: new Map(), noBase, ...(base ? { base } : {}) };
  const scope = options.changedFiles ? new ChangedFilesScope(options.changedFiles, governanceFiles(options, repo)) : undefined;
  for (const file of found.manifests) {
    if (scope && !scope.includes(file, repo)) continue;
    const checked = checkManifest(file, run);
    record(checked.findings);
    const summary = checked.summary(failOn);
    systems.push(summary);
    coverage.push(...computeCoverage([summary.id], checked.findings, policy.coverage));
    repo.forget(); // documents of this system are no longer needed
  }

  let unregistered = 0;
  const unregisteredRule = policy.byId.get('discovery/unregistered-system');
  if (unregisteredRule) {
    for (const file of found.cardCandidates) {
      if (run.citedCards.has(file) || (scope && !scope.includesCard(file))) continue;
      const text = repo.readText(file);
      if (!text.ok) continue; // an unreadable README cannot be shown to be a model card
      const card = parseCard(text.text, file);
      if (card.kind !== 'model') continue;
      unregistered++;
      record([
        makeFinding(
          unregisteredRule,
          { id: file },
          'fail',
          `${file} is a model card (its front matter describes a model) but no ai-system.yaml registers it`,
          { file, line: card.frontMatterLine ?? 1, column: 1 },
        ),
      ]);
      repo.forget(file);
    }
  }

  // Findings about the waivers themselves (void, expiring, unused) come once every system is seen.
  const waiverFindings = ledger.findings();
  record(waiverFindings);
  foldIntoCoverage(coverage, waiverFindings);

  const report: Report = {
    tool: { name: 'modelgate', version: packageVersion() },
    reportVersion: 1,
    verdict: verdictOf(findings, failOn),
    failOn,
    policy: { packs: policy.packs, rules: policy.rules.length },
    summary: { systems: systems.length, unregistered, ...counts },
    systems,
    ...(scope ? { scope: { changedFiles: scope.size, ...scope.decision } } : {}),
    coverage,
    findings,
  };
  return { report, policy };
}

function checkManifest(file: string, run: Run) {
  const { repo, now, citedCards, seenIds } = run;
  const policy = policyFor(run.policy, file);
  const findings: Finding[] = [];
  const loaded = loadManifest(repo, file);
  const coreFinding = (ruleId: LoadProblem['ruleId'] | 'manifest/duplicate-id', id: string, message: string, at: Location, path?: string) => {
    const rule = policy.byId.get(ruleId);
    if (rule) findings.push(makeFinding(rule, { id }, 'fail', message, at, path));
  };

  if (!loaded.ok) {
    for (const problem of loaded.problems) coreFinding(problem.ruleId, file, problem.message, problem.location);
    return {
      findings,
      summary: (failOn: FailOn): SystemSummary => ({ id: file, manifest: file, verdict: verdictOf(findings, failOn), counts: countFindings(findings) }),
    };
  }

  const { manifest } = loaded;
  const id = systemId(manifest);
  for (const problem of loaded.problems) {
    coreFinding(problem.ruleId, id, problem.message, problem.location, problem.path && formatPath(problem.path));
  }

  const evidence = new EvidenceStore(repo, manifest);
  const system: SystemContext = { id, manifest, evidence, now };
  const card = cardOf(manifest, evidence);
  if (card.cited) citedCards.add(card.cited);
  if (card.card) system.card = card.card;
  attachBase(system, file, run);

  const previous = seenIds.get(id);
  if (previous && id !== file) {
    coreFinding('manifest/duplicate-id', id, `system id "${id}" is already used by ${previous}; ids must be unique`, locatePath(system, ['manifest', 'id']));
  } else {
    seenIds.set(id, file);
  }

  findings.push(...corePasses(policy, system, findings));
  findings.push(...evaluateSystem(system, policy));
  const data = manifest.data;
  return {
    findings,
    // Name and version are shown in logs and summaries: one line, whatever the manifest holds.
    summary: (failOn: FailOn): SystemSummary => ({
      id,
      ...(typeof data.name === 'string' ? { name: singleLine(data.name) } : {}),
      ...(typeof data.version === 'string' ? { version: singleLine(data.version) } : {}),
      manifest: file,
      ...(system.card ? { card: system.card.file } : {}),
      verdict: verdictOf(findings, failOn),
      counts: countFindings(findings),
    }),
  };
}

/**
 * A pass for each per-manifest core rule that found nothing on this system, so coverage counts
 * it. (Discovery and waiver rules are about the repository, not one system.)
 */
function corePasses(policy: Policy, system: SystemContext, failures: Finding[]): Finding[] {
  const failed = new Set(failures.map((f) => f.ruleId));
  return policy.rules
    .filter((rule: CompiledRule) => rule.core && rule.id.startsWith('manifest/') && !failed.has(rule.id))
    .map((rule) => makeFinding(rule, system, 'pass', rule.title, locatePath(system, ['manifest'])));
}

/**
 * The policy and waivers in force. With `policyFrom: base` they are read from the base commit
 * (bundled packs from modelgate itself), and the pull request's own policy and waivers are read
 * only to say what would change once merged.
 */
function loadGovernance(options: GateOptions, repo: RepoFs, base: GitTreeSource | undefined, now: Date) {
  const baseDir = options.policyBaseDir ?? process.cwd();
  const ref = options.policy ?? 'baseline';
  const waiversFile = options.waivers ?? DEFAULT_WAIVERS_FILE;
  const remote = options.remote ? { remote: options.remote } : {};
  if (options.policyFrom !== 'base') {
    const policy = loadPolicy(ref, { baseDir, ...remote });
    return { policy, waivers: loadWaivers(repo, waiversFile, policy, now), findings: [] as Finding[] };
  }
  if (!base) throw new UsageError('the policy must be read from the base commit, but no base commit was given');
  const commit = base.commit.slice(0, 12);
  const inRepo = bundledName(ref) ? ref : repositoryPath(repo, baseDir, ref);
  const policy = loadPolicy(inRepo, { baseDir, files: packFilesIn(base, `at the base commit ${commit}`), ...remote });
  const waivers = loadWaivers(base, waiversFile, policy, now);

  const findings: Finding[] = [];
  const changed = policy.byId.get('policy/changed');
  const at: Location = { file: bundledName(ref) ? waiversFile : inRepo, line: 1, column: 1 };
  let changes: string[] = [];
  try {
    changes = policyChanges(policy, loadPolicy(ref, { baseDir, ...remote }));
  } catch (error) {
    if (error instanceof MissingRemotePack) throw error; // fetched by the caller, then loaded again
    const loads = policy.byId.get('policy/head-loads');
    const message = error instanceof Error ? error.message : String(error);
    const where = error instanceof UsageError && error.location ? error.location : at;
    if (loads) findings.push(makeFinding(loads, { id: where.file }, 'fail', `this pull request's policy does not load, so every run after it is merged would stop: ${message.replace(/^[^:]+:\d+:\d+: /, '')}`, where));
  }
  changes.push(...waiverChanges(waiverEntries(base, waiversFile), waiverEntries(repo, waiversFile)));
  if (changed) {
    for (const change of changes) {
      findings.push(makeFinding(changed, { id: at.file }, 'fail', `once merged, this pull request ${change} (the base commit's policy applies to this run)`, at));
    }
  }
  return { policy, waivers, findings };
}

/** Files whose change affects every system: the policy file and the waivers file. */
function governanceFiles(options: GateOptions, repo: RepoFs): string[] {
  const files = [options.waivers ?? DEFAULT_WAIVERS_FILE];
  const ref = options.policy ?? 'baseline';
  if (!bundledName(ref)) files.push(repo.relative(path.resolve(options.policyBaseDir ?? process.cwd(), ref)));
  return files;
}

function bundledName(ref: string): boolean {
  return /^[a-z0-9-]+$/.test(ref.trim());
}

/** A policy path given on the command line or as an input, as a path inside the repository. */
function repositoryPath(repo: RepoFs, baseDir: string, ref: string): string {
  const rel = repo.relative(path.resolve(baseDir, ref));
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new UsageError(`with the policy read from the base commit, the policy file must be inside the repository, not ${ref}`);
  }
  return rel;
}

function cardOf(manifest: Manifest, evidence: EvidenceStore): { cited?: string; card?: Card } {
  const ref = manifest.data.modelCard;
  if (typeof ref !== 'string' || ref.trim() === '') return {};
  const cited = evidence.file(ref);
  const card = evidence.card(ref);
  return { ...(cited.ok ? { cited: cited.value.rel } : {}), ...(card.ok ? { card: card.value } : {}) };
}

/** The same system at the base commit (same manifest path), for regression rules. */
function attachBase(system: SystemContext, file: string, run: Run): void {
  if (!run.base) {
    system.noBase = run.noBase;
    return;
  }
  const commit = run.base.commit.slice(0, 12);
  const loaded = loadManifest(run.base, file);
  if (!loaded.ok) {
    system.noBase = `${file} does not exist (or cannot be read) at the base commit ${commit}: a new system has nothing to regress from`;
    return;
  }
  const evidence = new EvidenceStore(run.base, loaded.manifest);
  const card = cardOf(loaded.manifest, evidence).card;
  system.base = { commit, manifest: loaded.manifest, evidence, ...(card ? { card } : {}) };
}

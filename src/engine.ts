/**
 * One engine behind the CLI and the Action:
 *
 *   discover → load → policy → evaluate → report
 *
 * Systems are loaded and evaluated one at a time and their documents dropped afterwards, so
 * memory stays flat on monorepos with thousands of systems. Nothing here prints or posts.
 */
import { packageVersion } from './fs/assets.js';
import { discover, excludedBy } from './discover/discover.js';
import { checkSystem, forgetSystem, type SystemCheck, type SystemRun } from './check-system.js';
import { makeFinding } from './evaluate/evaluate.js';
import { GitTreeSource } from './fs/git-tree.js';
import { RepoFs } from './fs/repo-fs.js';
import { ChangedFilesScope } from './discover/scope.js';
import { vanishedSystems, type VanishedSystem } from './discover/vanished.js';
import { BaselineLedger, baselineGrowth, DEFAULT_BASELINE_FILE, loadBaseline, type LoadedBaseline } from './policy/baseline.js';
import { parseCard } from './load/model-card.js';
import * as path from 'node:path';
import { policyChanges, waiverChanges } from './policy/changes.js';
import { displayRemote, loadPolicy, MissingRemotePack, packFilesIn, packFilesOnDisk, policyFor, recordPacks, replayPacks, type PackFiles, type PackReads, type RemotePacks, type RemoteRef } from './policy/load.js';
import { FetchedPacks } from './policy/remote.js';
import { checkInWorkers, workerCount, type WorkerSetup } from './parallel.js';
import { DEFAULT_WAIVERS_FILE, loadWaivers, WaiverLedger, waiverEntries } from './policy/waivers.js';
import type { Policy } from './policy/types.js';
import { computeCoverage, foldIntoCoverage, type SystemCoverage } from './report/coverage.js';
import { addCounts, countFindings, verdictOf, type Report, type SystemSummary } from './report/report.js';
import { UsageError, type FailOn, type Finding, type Location } from './types.js';

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
  /** Baseline file, repository-relative (default .modelgate/baseline.json); false: none (to record a new one). */
  baseline?: string | false;
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
   * Repository-relative path of the workflow that runs this gate (GITHUB_WORKFLOW_REF). It comes
   * from the pull request's head, inputs and all, so a change to it is reported against `base`.
   */
  workflowFile?: string;
  /**
   * Keep passed and not-applicable findings in the report (default true). Outputs that show only
   * failures set it false, so a run over thousands of systems does not hold every passed check.
   */
  keepPasses?: boolean;
  /**
   * This program's own bundle, to run as worker threads that check systems in parallel; absent
   * (as under the tests, which run the sources), systems are checked on this thread.
   */
  workerScript?: string;
  /** Worker threads to use; default one per core (at most 4), none for small runs. */
  jobs?: number;
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
export function evaluateGate(given: GateOptions): { report: Report; policy: Policy; threads: number } {
  const failOn = given.failOn ?? 'error';
  const now = given.now ?? new Date();
  const { repo, base, noBase } = openSources(given);
  // Named once here, so the workers load the same policy as this thread.
  const options: GateOptions = { ...given, ...policyToLoad(given, repo, base) };
  const remote = recordRemote(options.remote);
  const packReads: PackReads = { resolved: [], read: [] };
  const governance = loadGovernance({ ...options, ...(remote.packs ? { remote: remote.packs } : {}) }, repo, base, now, (files) => recordPacks(files, packReads));
  const { policy } = governance;
  // The policy's exclusions (the base commit's, on a pull request) and the caller's.
  const exclude = [...policy.exclude, ...(options.exclude ?? [])];
  const discoverOptions = {
    scanPath: options.scanPath ?? '',
    ...(options.include ? { include: options.include } : {}),
    ...(exclude.length > 0 ? { exclude } : {}),
  };
  const found = discover(repo, discoverOptions);
  // Systems the base commit has that the head does not have at the same path: moved or gone.
  // The base commit's exclusions decide what was there to vanish: an exclusion the pull request
  // adds (in its policy-from-head policy) must not hide a system from this comparison.
  const vanished = base ? vanishedSystems(base, found.manifests, { ...discoverOptions, exclude: [...baseExclusions(options, repo, base, policy), ...(options.exclude ?? [])] }) : [];
  const baseMoved = new Map(vanished.flatMap((v) => (v.id ? [[v.id, v.file] as const] : [])));

  // Findings are waived, counted and folded into coverage one system at a time, so a run over
  // thousands of systems holds only what the report shows (passes only when asked for).
  const keepPasses = options.keepPasses ?? true;
  const keep = (f: Finding) => keepPasses || f.status === 'fail' || f.status === 'waived';
  const ledger = new WaiverLedger(governance.waivers, policy, now);
  // The baseline in force, like the waivers: the base commit's with policy-from base.
  const baselineFile = options.baseline ?? DEFAULT_BASELINE_FILE;
  const baselineIn = (source: RepoFs | GitTreeSource) => (baselineFile === false ? {} : loadBaseline(source, baselineFile));
  const baseline = baselineIn(options.policyFrom === 'base' && base ? base : repo);
  const baselineLedger = new BaselineLedger(baseline.baseline, now);
  const counts = countFindings([]);
  const findings: Finding[] = [];
  const coverage: SystemCoverage[] = [];
  /** Waives, counts and keeps a batch of findings; returns the batch's counts. */
  const record = (batch: Finding[]) => {
    ledger.apply(batch);
    baselineLedger.apply(batch);
    const batchCounts = countFindings(batch);
    addCounts(counts, batchCounts);
    for (const finding of batch) if (keep(finding)) findings.push(finding);
    return batchCounts;
  };
  record(governance.findings);
  record(baselineProblems(baseline, baselineLedger, policy, now));
  if (options.policyFrom === 'base' && base) record(baselineGrowthFindings(baseline.baseline, baselineIn(repo).baseline, policy));

  const systems: SystemSummary[] = [];
  const run: SystemRun = { repo, policy, now, noBase, locatePasses: keepPasses, ...(base ? { base } : {}), ...(baseMoved.size > 0 ? { baseMoved } : {}) };
  const scope = options.changedFiles ? new ChangedFilesScope(options.changedFiles, governanceFiles(options, repo, policy)) : undefined;
  const files = scope ? scope.select(found.manifests, repo) : found.manifests;
  const citedCards = new Set<string>();
  const seenIds = new Map<string, string>();
  const workers = options.workerScript ? workerCount(files.length, options.jobs) : 0;
  const threads = 1 + workers;
  for (const checked of systemChecks(files, run, options, workers, { remoteTexts: remote.recorded, packReads })) {
    if (checked.citedCard) citedCards.add(checked.citedCard);
    // The path now describes another system: the one it described at the base may be gone.
    if (checked.baseIdChanged) vanished.push({ file: checked.file, id: checked.baseIdChanged, nowId: checked.summary.id });
    if (checked.idAt) markDuplicateId(checked, seenIds, policy);
    const systemCounts = record(checked.findings);
    const summary: SystemSummary = { ...checked.summary, verdict: verdictOf(checked.findings, failOn), counts: systemCounts };
    systems.push(summary);
    coverage.push(...computeCoverage([summary.id], checked.findings, policy.coverage));
  }

  record(removedSystems(vanished, systems, scope?.decision.skipped ?? [], policy, base));
  record(excludedOnceMerged(governance.headExclude ?? [], policy, found.manifests));

  let unregistered = 0;
  const unregisteredRule = policy.byId.get('discovery/unregistered-system');
  if (unregisteredRule) {
    for (const file of found.cardCandidates) {
      if (citedCards.has(file) || (scope && !scope.includesCard(file))) continue;
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
  // A waiver is judged only for a system this run looked at: one the changed-files scope skipped,
  // or outside the scanned folder or --include, may well be in use. A waiver naming no system at
  // all is judged when the run covered the whole repository.
  const skipped = new Set((scope?.decision.skipped ?? []).flatMap((s) => (s.id ? [s.id] : [])));
  const checkedIds = new Set(systems.map((s) => s.id));
  const wholeRepository = !options.scanPath && !options.include?.length;
  const waiverFindings = ledger.findings((system) => checkedIds.has(system) || (wholeRepository && !skipped.has(system)));
  record(waiverFindings);
  record(baselineFixed(baselineLedger, policy, (system) => checkedIds.has(system) || (wholeRepository && !skipped.has(system))));
  // Each counts for the system it is about too, in its counts, verdict and coverage (systems and
  // coverage are in the same order).
  const indexOf = new Map(systems.map((s, i) => [s.id, i]));
  for (const finding of waiverFindings) {
    const index = indexOf.get(finding.system);
    const summary = index === undefined ? undefined : systems[index];
    if (index === undefined || !summary) continue;
    addCounts(summary.counts, countFindings([finding]));
    if (verdictOf([finding], failOn) === 'fail') summary.verdict = 'fail';
    foldIntoCoverage(coverage[index] as SystemCoverage, finding);
  }

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
  return { report, policy, threads };
}

/**
 * The policy and waivers in force. With `policyFrom: base` they are read from the base commit
 * (bundled packs from modelgate itself), and the pull request's own policy and waivers are read
 * only to say what would change once merged.
 */
function loadGovernance(options: GateOptions, repo: RepoFs, base: GitTreeSource | undefined, now: Date, packs: PackSource) {
  const baseDir = options.policyBaseDir ?? process.cwd();
  const ref = options.policy ?? 'baseline';
  const waiversFile = options.waivers ?? DEFAULT_WAIVERS_FILE;
  const remote = options.remote ? { remote: options.remote } : {};
  const policy = loadPolicyInForce(options, repo, base, packs);
  const workflow = base && options.workflowFile ? workflowChange(policy, repo, base, options.workflowFile) : [];
  if (options.policyFrom !== 'base' || !base) {
    return { policy, waivers: loadWaivers(repo, waiversFile, policy, now), findings: workflow };
  }
  const inRepo = bundledName(ref) ? ref : repositoryPath(repo, baseDir, ref);
  const waivers = loadWaivers(base, waiversFile, policy, now);

  const findings: Finding[] = [];
  let headExclude: string[] = [];
  const changed = policy.byId.get('policy/changed');
  const at: Location = { file: bundledName(ref) ? waiversFile : inRepo, line: 1, column: 1 };
  const located: Array<{ change: string; at: Location }> = [];
  // A remote pack only the pull request names is never fetched: the workflow's token reads what
  // the base policy names (fetched while loading it, above) and nothing a pull request chooses.
  const unfetched: RemoteRef[] = [];
  const headRemote: RemotePacks = {
    read: (ref) => options.remote?.read(ref) ?? (unfetched.push(ref), { error: 'not fetched on a pull request (the base commit\'s policy does not use it)' }),
  };
  try {
    // The pull request's policy is untrusted: read it through the repository boundary, so a link
    // or `..` in it cannot reach a file outside the checkout.
    const head = loadPolicy(inRepo, { baseDir, files: packFilesIn(repo, 'in this pull request'), ...(options.remote ? { remote: headRemote } : {}) });
    headExclude = head.exclude;
    for (const { change, rule } of policyChanges(policy, head)) {
      // At the line of the pull request's pack that sets the rule, when one of its local packs does.
      const setAt = rule === undefined ? undefined : head.setAt.get(rule);
      located.push({ change, at: setAt && localPack(setAt.file) ? setAt : at });
    }
  } catch (error) {
    const where = error instanceof UsageError && error.location ? error.location : at;
    if (unfetched.length > 0) {
      const pack = displayRemote(unfetched[0] as RemoteRef);
      located.push({ change: `extends ${pack}, a pack the base commit's policy does not use; a pull request never fetches a pack only it names, so its rules are compared once this is merged`, at: where });
    } else {
      const loads = policy.byId.get('policy/head-loads');
      const message = error instanceof Error ? error.message : String(error);
      if (loads) findings.push(makeFinding(loads, { id: where.file }, 'fail', `this pull request's policy does not load, so every run after it is merged would stop: ${message.replace(/^[^:]+:\d+:\d+: /, '')}`, where));
    }
  }
  // A waiver change points at its entry in the pull request's waivers file; one that excuses more
  // once merged is a governance finding (an error by default) where the policy keeps that rule.
  const waiverAdded = policy.byId.get('governance/waiver-added');
  for (const { change, line, widens } of waiverChanges(waiverEntries(base, waiversFile), waiverEntries(repo, waiversFile))) {
    const where = { file: waiversFile, line: line ?? 1, column: 1 };
    if (widens && waiverAdded) findings.push(makeFinding(waiverAdded, { id: waiversFile }, 'fail', `this pull request ${change}; it takes effect once merged, so it needs the policy owners' review`, where));
    else located.push({ change, at: where });
  }
  if (changed) {
    for (const { change, at: where } of located) {
      findings.push(makeFinding(changed, { id: where.file }, 'fail', `once merged, this pull request ${change} (the base commit's policy applies to this run)`, where));
    }
  }
  return { policy, waivers, findings: [...workflow, ...findings], headExclude };
}

/**
 * The workflow that runs the gate is the pull request's own: its inputs (policy, policy-from,
 * fail-on, scope, path) are whatever the pull request says. A change to it is shown, at its
 * first line, so its reviewers know the gate itself was edited.
 */
function workflowChange(policy: Policy, repo: RepoFs, base: GitTreeSource, file: string): Finding[] {
  const rule = policy.byId.get('policy/workflow-changed');
  const head = repo.readText(file);
  const before = base.readText(file);
  if (!rule || (head.ok && before.ok && head.text === before.text)) return [];
  const change = !before.ok ? 'adds' : !head.ok ? 'removes' : 'changes';
  const message = `this pull request ${change} ${file}, the workflow that runs this gate; its inputs (policy, policy-from, fail-on, scope, path) come from the pull request, so this run may not be the gate the base branch sets`;
  return [makeFinding(rule, { id: file }, 'fail', message, { file, line: 1, column: 1 })];
}

/** The policy file the CLI and the Action use when none is named, relative to the repository root. */
export const DEFAULT_POLICY_FILE = '.modelgate/policy.yaml';

/**
 * The policy to load: the one named, else the repository's `.modelgate/policy.yaml` (looked for
 * where the policy is read from: the base commit with `policyFrom: base`, so a pull request can
 * neither delete it nor add one to change the gate), else the bundled `baseline`.
 */
export function policyToLoad(options: Pick<GateOptions, 'policy' | 'policyBaseDir' | 'policyFrom' | 'root'>, repo: RepoFs, base: GitTreeSource | undefined): { policy: string; policyBaseDir?: string } {
  if (options.policy) return { policy: options.policy, ...(options.policyBaseDir ? { policyBaseDir: options.policyBaseDir } : {}) };
  const source = options.policyFrom === 'base' && base ? base : repo;
  const found = source.statFile(DEFAULT_POLICY_FILE);
  // One that is there but cannot be read (a link out, a folder) is named, so loading says why.
  const there = found.ok || found.problem.kind !== 'missing';
  return there ? { policy: DEFAULT_POLICY_FILE, policyBaseDir: repo.root } : { policy: 'baseline' };
}

/** The policy in force: from the base commit with `policyFrom: base`, else as the files are. */
function loadPolicyInForce(options: GateOptions, repo: RepoFs, base: GitTreeSource | undefined, packs: PackSource): Policy {
  const baseDir = options.policyBaseDir ?? process.cwd();
  const ref = options.policy ?? 'baseline';
  const remote = options.remote ? { remote: options.remote } : {};
  if (options.policyFrom !== 'base') return loadPolicy(ref, { baseDir, files: packs(packFilesOnDisk(baseDir)), ...remote });
  if (!base) throw new UsageError('the policy must be read from the base commit, but no base commit was given');
  const inRepo = bundledName(ref) ? ref : repositoryPath(repo, baseDir, ref);
  return loadPolicy(inRepo, { baseDir, files: packs(packFilesIn(base, `at the base commit ${base.commit.slice(0, 12)}`)), ...remote });
}

/** Where the policy's local packs are read from: the files, or (in a worker) what the engine read. */
type PackSource = (files: PackFiles) => PackFiles;

/** The remote packs read while loading the policy, so worker threads load the same policy. */
function recordRemote(remote: RemotePacks | undefined): { packs?: RemotePacks; recorded: Array<[RemoteRef, string | { error: string }]> } {
  const recorded: Array<[RemoteRef, string | { error: string }]> = [];
  if (!remote) return { recorded };
  return {
    recorded,
    packs: {
      read(ref) {
        const text = remote.read(ref);
        if (text !== undefined) recorded.push([ref, text]);
        return text;
      },
    },
  };
}

/** Each system's check, in the order of `files`: on `workers` worker threads as well, if any. */
function systemChecks(files: readonly string[], run: SystemRun, options: GateOptions, workers: number, read: Pick<WorkerSetup, 'remoteTexts' | 'packReads'>): Iterable<SystemCheck> {
  const checkHere = (file: string) => {
    const checked = checkSystem(file, run);
    forgetSystem(run);
    return checked;
  };
  if (workers > 0 && options.workerScript) {
    const plain: WorkerOptions = {
      root: options.root,
      policy: options.policy ?? 'baseline',
      policyBaseDir: options.policyBaseDir ?? process.cwd(),
      now: run.now.toISOString(),
      locatePasses: run.locatePasses !== false,
      ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}),
      ...(options.base ? { base: options.base } : {}),
      ...(options.policyFrom ? { policyFrom: options.policyFrom } : {}),
      ...(run.baseMoved ? { baseMoved: [...run.baseMoved] } : {}),
    };
    return checkInWorkers(options.workerScript, workers, files, checkHere, { options: plain, ...read }, run.policy);
  }
  // One at a time, so only the current system's documents are in memory.
  return (function* () {
    for (const file of files) yield checkHere(file);
  })();
}

/** The options a worker thread rebuilds its run from (plain data). */
interface WorkerOptions {
  root: string;
  policy: string;
  policyBaseDir: string;
  now: string;
  locatePasses: boolean;
  maxFileBytes?: number;
  base?: { ref: string; required: boolean };
  policyFrom?: 'base' | 'head';
  baseMoved?: Array<[string, string]>;
}

/**
 * The repository, and the base commit when one is asked for. A base that cannot be opened stops
 * the run when it is required (or the policy comes from it); otherwise regression rules say why.
 */
function openSources(options: Pick<GateOptions, 'root' | 'maxFileBytes' | 'base' | 'policyFrom'>): { repo: RepoFs; base?: GitTreeSource; noBase: string } {
  const repo = new RepoFs(options.root, options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes });
  const noBase = 'no base commit to compare with (run on a pull request, or pass --base)';
  if (!options.base) return { repo, noBase };
  try {
    return { repo, base: GitTreeSource.open(repo.root, options.base.ref, repo.maxFileBytes), noBase };
  } catch (error) {
    if (options.base.required || options.policyFrom === 'base' || !(error instanceof UsageError)) throw error;
    return { repo, noBase: error.message };
  }
}

/** In a worker thread: the same run the engine built, from the options it was sent. */
export function workerRun(setup: WorkerSetup): SystemRun {
  const options = setup.options as unknown as WorkerOptions;
  const { repo, base, noBase } = openSources(options);
  const remote = new FetchedPacks();
  for (const [ref, text] of setup.remoteTexts) remote.set(ref, text);
  const gate: GateOptions = { root: options.root, policy: options.policy, policyBaseDir: options.policyBaseDir, remote, ...(options.policyFrom ? { policyFrom: options.policyFrom } : {}) };
  const policy = loadPolicyInForce(gate, repo, base, () => replayPacks(setup.packReads));
  return { repo, policy, now: new Date(options.now), noBase, locatePasses: options.locatePasses, ...(base ? { base } : {}), ...(options.baseMoved ? { baseMoved: new Map(options.baseMoved) } : {}) };
}

/** Why the baseline cannot be used: unreadable, invalid, or expired (its findings fail again). */
function baselineProblems(loaded: ReturnType<typeof loadBaseline>, ledger: BaselineLedger, policy: Policy, now: Date): Finding[] {
  const rule = policy.byId.get('baseline/valid');
  if (!rule) return [];
  if (loaded.problem) return [makeFinding(rule, { id: loaded.problem.at.file }, 'fail', loaded.problem.message, loaded.problem.at)];
  const baseline = loaded.baseline;
  if (!baseline || !ledger.expired) return [];
  const held = baseline.entries.reduce((n, e) => n + e.count, 0);
  return [
    makeFinding(rule, { id: baseline.file }, 'fail', `the baseline expired on ${baseline.expires} (as of ${now.toISOString().slice(0, 10)}): the ${held} finding${held === 1 ? '' : 's'} it held fail again`, { file: baseline.file, line: 1, column: 1 }),
  ];
}

/** Recorded findings that no longer fail: the baseline can shrink. */
function baselineFixed(ledger: BaselineLedger, policy: Policy, checked: (system: string) => boolean): Finding[] {
  const rule = policy.byId.get('baseline/fixed');
  const file = ledger.baseline?.file;
  const unused = ledger.unused(checked);
  if (!rule || !file || unused === 0) return [];
  return [makeFinding(rule, { id: file }, 'fail', `${unused} finding${unused === 1 ? '' : 's'} recorded in ${file} no longer fail${unused === 1 ? 's' : ''}; run modelgate baseline to rewrite it smaller`, { file, line: 1, column: 1 })];
}

/** Findings a pull request adds to the baseline, each at its entry in the pull request's file. */
function baselineGrowthFindings(base: LoadedBaseline | undefined, head: LoadedBaseline | undefined, policy: Policy): Finding[] {
  const rule = policy.byId.get('governance/baseline-grown');
  if (!rule || !head) return [];
  const growth = baselineGrowth(base, head);
  if (!base && growth.length > 0) {
    // A first baseline (adopting the gate) is one decision: one finding, not one per entry.
    const held = growth.reduce((n, g) => n + g.added, 0);
    const systems = new Set(growth.map((g) => g.entry.system)).size;
    return [
      makeFinding(rule, { id: head.file }, 'fail', `this pull request adds a baseline of ${held} finding${held === 1 ? '' : 's'} of ${systems} system${systems === 1 ? '' : 's'}; once merged they would not fail, so the policy owners review it`, { file: head.file, line: 1, column: 1 }),
    ];
  }
  return growth.map(({ entry, added, line }) =>
    makeFinding(
      rule,
      { id: entry.system },
      'fail',
      `this pull request adds ${added} ${entry.rule} finding${added === 1 ? '' : 's'} of ${entry.system} (${entry.file}) to the baseline; once merged ${added === 1 ? 'it' : 'they'} would not fail`,
      { file: head.file, line, column: 1 },
    ),
  );
}

/** What the base commit's policy excluded from discovery: the policy in force with policy-from base, else the base's own. */
function baseExclusions(options: GateOptions, repo: RepoFs, base: GitTreeSource, policy: Policy): string[] {
  if (options.policyFrom === 'base') return policy.exclude;
  try {
    return loadPolicyInForce({ ...options, policyFrom: 'base' }, repo, base, (files) => files).exclude;
  } catch {
    return []; // no policy at the base commit: the bundled packs exclude nothing
  }
}

/** Systems checked now that an exclusion the pull request adds to the policy would hide once merged. */
function excludedOnceMerged(headExclude: readonly string[], policy: Policy, manifests: readonly string[]): Finding[] {
  const rule = policy.byId.get('governance/system-removed');
  const added = headExclude.filter((glob) => !policy.exclude.includes(glob));
  if (!rule || added.length === 0) return [];
  return manifests.flatMap((file) => {
    const glob = excludedBy(added, file);
    return glob === undefined
      ? []
      : [makeFinding(rule, { id: file }, 'fail', `once merged, this pull request's policy excludes ${glob}, which hides ${file} from the gate`, { file, line: 1, column: 1 })];
  });
}

/**
 * A base-commit system the head no longer checks under any path: deleted, or moved out of the
 * scanned paths. Pointed at its manifest's path at the base commit.
 */
function removedSystems(vanished: readonly VanishedSystem[], systems: readonly SystemSummary[], skipped: ReadonlyArray<{ id?: string }>, policy: Policy, base: GitTreeSource | undefined): Finding[] {
  const rule = policy.byId.get('governance/system-removed');
  if (!rule || !base || vanished.length === 0) return [];
  const present = new Set([...systems.map((s) => s.id), ...skipped.flatMap((s) => (s.id ? [s.id] : []))]);
  const commit = base.commit.slice(0, 12);
  const none = systems.length === 0 && skipped.length === 0 ? '; this run finds no system at all' : '';
  return vanished
    .filter((v) => !v.id || !present.has(v.id))
    .map((v) =>
      makeFinding(
        rule,
        { id: v.id ?? v.file },
        'fail',
        `${v.id ? `system "${v.id}" (${v.file} at the base commit ${commit})` : `the system of ${v.file} at the base commit ${commit}`} is no longer checked: ${v.nowId ? `that manifest now describes "${v.nowId}"` : 'its manifest was deleted or moved out of the scanned paths'}${none}`,
        { file: v.file, line: 1, column: 1 },
      ),
    );
}

/**
 * A second system with an id already taken: its duplicate-id check fails (in place of the pass
 * it was given), naming the first.
 */
function markDuplicateId(checked: SystemCheck, seenIds: Map<string, string>, policy: Policy): void {
  const id = checked.summary.id;
  const previous = seenIds.get(id);
  if (!previous) {
    seenIds.set(id, checked.file);
    return;
  }
  // From here on the second system goes by its manifest's path, as an unreadable one does, so
  // reports do not merge the two systems' findings under one id.
  checked.summary.id = checked.file;
  for (const finding of checked.findings) finding.system = checked.file;
  const rule = policyFor(policy, checked.file).byId.get('manifest/duplicate-id');
  if (!rule || !checked.idAt) return;
  const failure = makeFinding(rule, { id: checked.file }, 'fail', `system id "${id}" is already used by ${previous}; ids must be unique`, checked.idAt);
  const pass = checked.findings.findIndex((f) => f.ruleId === rule.id && f.status === 'pass');
  if (pass >= 0) checked.findings[pass] = failure;
  else checked.findings.push(failure);
}

/** Files whose change affects every system: the policy file and the waivers file. */
function governanceFiles(options: GateOptions, repo: RepoFs, policy: Policy): string[] {
  const files = [options.waivers ?? DEFAULT_WAIVERS_FILE];
  // Every local pack the policy was read from (bundled and pinned remote packs cannot change here).
  for (const pack of policy.packs) {
    if (localPack(pack)) files.push(repo.relative(path.resolve(options.policyBaseDir ?? process.cwd(), pack)));
  }
  return files;
}

function bundledName(ref: string): boolean {
  return /^[a-z0-9-]+$/.test(ref.trim());
}

/** A pack read from this repository (not bundled, not a pinned remote pack). */
function localPack(pack: string): boolean {
  return !bundledName(pack) && !pack.includes('@');
}

/** A policy path given on the command line or as an input, as a path inside the repository. */
function repositoryPath(repo: RepoFs, baseDir: string, ref: string): string {
  const rel = repo.relative(path.resolve(baseDir, ref));
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new UsageError(`with the policy read from the base commit, the policy file must be inside the repository, not ${ref}`);
  }
  return rel;
}

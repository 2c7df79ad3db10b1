/**
 * One engine behind the CLI and the Action:
 *
 *   discover → load → policy → evaluate → report
 *
 * The policy is read and resolved once, on this thread (governance.ts); systems are then
 * checked one at a time, here or on worker threads (pool.ts), and their documents dropped
 * afterwards, so memory stays flat on monorepos with thousands of systems. Nothing here prints
 * or posts.
 */
import { packageVersion } from '../fs/assets.js';
import { discover, discoverAsync, folderOf, gitListingAhead, modelFilesBySystem, type Discovery } from '../discover/discover.js';
import { ChangedFilesScope } from '../discover/scope.js';
import { vanishedSystems } from '../discover/vanished.js';
import { makeFinding } from '../policy/finding.js';
import { policyForMoved, type Policy } from '../evaluate/policy.js';
import { unlistedReason } from '../evaluate/shared-report.js';
import { GitTreeSource, headCommit } from '../fs/git-tree.js';
import { policyDigest } from '../policy/digest.js';
import { isMissing, RepoFs } from '../fs/repo-fs.js';
import { loadManifest } from '../load/manifest.js';
import { modelCardSign, parseCard } from '../load/model-card.js';
import { BaselineLedger, DEFAULT_BASELINE_FILE, loadBaseline } from '../policy/baseline.js';
import type { RemoteRef } from '../policy/reference.js';
import type { FetchedPacks } from '../policy/remote.js';
import type { RemoteText } from '../policy/sources.js';
import { WaiverLedger } from '../policy/waivers.js';
import { computeCoverage, foldIntoCoverage, type SystemCoverage } from '../report/coverage.js';
import type { Provenance, Report, SystemSummary } from '../report/report.js';
import { addCounts, countFindings, Tally, verdictOf } from '../report/tally.js';
import { UsageError, type Finding, type PathSegment } from '../types.js';
import type { SystemCheck, SystemRun } from './check-system.js';
import {
  baseExclusions,
  baselineFixed,
  baselineGrowthFindings,
  baselineProblems,
  excludedOnceMerged,
  governanceFiles,
  loadGovernance,
  fetchPolicyPacks,
  policyToLoad,
  removedSystems,
} from './governance.js';
import { dayOf, type GateOptions } from './options.js';
import { systemChecker } from './load.js';
import { workerCount } from './threads.js';
import { modelFilesByCardFolder, ownedBy, unownedModelFiles } from './unregistered.js';
import { EarlyWorkers } from './early-workers.js';
import type { StartedWorkers } from './pool.js';

/** The most model files no system owns that a report lists one by one. */
const UNOWNED_LISTED = 50;

export { DEFAULT_POLICY_FILE, policyToLoad } from './governance.js';
export { parseAsOf, type GateOptions } from './options.js';

/**
 * Every pinned remote pack the run's policy extends, fetched before the run (the Action, with
 * the GitHub API as `fetch`), to pass as `remote`: the engine itself never waits on the network.
 */
export async function fetchRemotePacks(given: GateOptions, fetch: (ref: RemoteRef) => Promise<RemoteText>): Promise<FetchedPacks> {
  const { repo, base } = openSources(given);
  return fetchPolicyPacks({ ...given, ...policyToLoad(given, repo, base) }, repo, base, fetch);
}

/** Why regression rules have nothing to compare with, when no base was asked for. */
export const NO_BASE = 'no base commit to compare with (run on a pull request, or pass --base)';

/** Thrown when more systems were found than `handOffAbove` allows on this thread; nothing was checked. */
export class GateHandOff extends Error {
  constructor(readonly discovery: Discovery) {
    super(`${discovery.manifests.length} systems: the gate runs on a thread of its own`);
  }
}

export function runGate(options: GateOptions): Report {
  return evaluateGate(options).report;
}

export interface GateResult {
  report: Report;
  /** The policy that made the report (reporters that describe rules, such as SARIF, need it). */
  policy: Policy;
  threads: number;
}

/** The report and the policy that made it. */
export function evaluateGate(given: GateOptions): GateResult {
  return finishGate(startGate(given), given.discovered);
}

/**
 * As evaluateGate, with git's listing of the repository's files (discover.ts) taken in another
 * process while this one loads the policy (on an empty repository the listing was a tenth of the
 * CLI's start-up, and on a large one it takes longer than the policy), and system workers
 * started while discovery runs (early-workers.ts; outside git, the folders are then read on this
 * thread, else several at a time: discoverAsync).
 */
export async function evaluateGateListingAhead(given: GateOptions): Promise<GateResult> {
  if (given.discovered) return finishGate(startGate(given), given.discovered);
  const started = startGate(given, true);
  // Threads to check systems start loading while the systems are still being found
  // (early-workers.ts); not where a large repository is handed to the gate's own thread
  // (handOffAbove), which starts its own.
  const early = new EarlyWorkers(given.timing || given.handOffAbove !== undefined ? undefined : given.workerScript, given.jobs);
  try {
    return finishGate(started, await discoverAsync(started.repo, started.discoverOptions, await started.listing, early.onManifest), early);
  } finally {
    early.stop(); // those the run did not take
  }
}

/** What the gate has before it looks for systems: its sources, the policy, the governance findings. */
function startGate(given: GateOptions, listAhead = false) {
  const failOn = given.failOn ?? 'error';
  const now = given.now ?? new Date();
  const { repo, base, noBase } = openSources(given);
  const listing = listAhead ? gitListingAhead(repo.root, given.scanPath ?? '') : undefined;
  // Named once here, so the workers load the same policy as this thread.
  const options: GateOptions = { ...given, ...policyToLoad(given, repo, base) };
  const governance = loadGovernance(options, repo, base, now, { policyNamed: given.policy !== undefined });
  const { policy } = governance;
  // The policy's exclusions (the base commit's, on a pull request) and the caller's.
  const exclude = [...policy.exclude, ...(options.exclude ?? [])];
  const discoverOptions = {
    scanPath: options.scanPath ?? '',
    ...(options.include ? { include: options.include } : {}),
    ...(exclude.length > 0 ? { exclude } : {}),
  };
  return { failOn, now, repo, base, noBase, options, governance, policy, discoverOptions, listing };
}

/** The rest of the gate: finds the systems (unless `discovered` already), checks them and reports. */
function finishGate(started: ReturnType<typeof startGate>, discovered?: Discovery, early?: EarlyWorkers): GateResult {
  const { failOn, now, repo, base, noBase, options, governance, policy, discoverOptions } = started;
  const found = discovered ?? discover(repo, discoverOptions);
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
  const baselineLedger = new BaselineLedger(baseline.baseline, policy, now);
  const tally = new Tally(failOn);
  const findings: Finding[] = [];
  const coverage: SystemCoverage[] = [];
  /** Waives, counts and keeps a batch of findings (in `into`); returns the batch's counts. */
  const record = (batch: Finding[], newSystem = false, into = findings) => {
    ledger.apply(batch, newSystem);
    if (!newSystem) baselineLedger.apply(batch); // a baseline records the base's systems, not a new one under a reused id
    for (const finding of batch) if (finding.movedItem) delete finding.movedItem; // only the ledgers read it
    for (const finding of batch) if (keep(finding)) into.push(finding);
    return tally.add(batch);
  };
  record(governance.findings);
  record(baselineProblems(baseline, baselineLedger, policy, now));
  if (options.policyFrom === 'base' && base) record(baselineGrowthFindings(baseline.baseline, baselineIn(repo).baseline, policy));

  const systems: SystemSummary[] = [];
  const run: SystemRun = { repo, policy, now, noBase, locatePasses: keepPasses, hashFiles: options.hashFiles !== false, ...(options.timing ? { timing: options.timing } : {}), ...(base ? { base } : {}), ...(baseMoved.size > 0 ? { baseMoved } : {}) };
  const scope = options.changedFiles ? new ChangedFilesScope(options.changedFiles, governanceFiles(options, repo, policy), repo.root) : undefined;
  // Narrowed to what the change touches: every system is checked noting what it reads, and
  // only the touched ones are reported (discover/scope.ts says why).
  const narrowed = scope !== undefined && !scope.decision.all;
  if (narrowed) run.logAsked = true;
  const files = found.manifests;
  run.manifests = files;
  // Discovery saw every system only when it walked the whole repository and left nothing out.
  run.manifestsComplete = !discoverOptions.scanPath && !discoverOptions.include?.length && !discoverOptions.exclude?.length;
  if (options.handOffAbove !== undefined && files.length > options.handOffAbove) throw new GateHandOff(found);
  // Every manifest of the repository, whatever the run leaves out: each owns the files below it.
  // With no system to check, only a card found needs them: the system that cites it lies elsewhere.
  const partial = !run.manifestsComplete && (files.length > 0 || found.cardCandidates.length > 0 || Object.keys(found.modelFiles).length > 0);
  const unexcluded = partial ? discover(repo, { scanPath: '' }) : undefined;
  const everyManifest = unexcluded?.manifests ?? files;
  if (files.length > 0) {
    // The model files in each system's folder, found in the whole repository as the policy's and
    // the caller's exclusions leave it, whatever part this run checks (`check models/a/ai-system.yaml`
    // judges as `check .` does); a nested system's files are its own, checked or not. Model
    // files are found whatever --include says.
    const whole = discoverOptions.scanPath === '' ? found : !discoverOptions.exclude?.length && unexcluded ? unexcluded : discover(repo, { scanPath: '', ...(discoverOptions.exclude ? { exclude: discoverOptions.exclude } : {}) });
    // A system excluded by its manifest's path still owns its folder (red team: its model files went to the system above).
    // A folder's model file, else its pickle: each folder is looked through once.
    const folders = { ...whole.pickleFiles, ...whole.modelFiles };
    run.modelFiles = modelFilesBySystem(folders, everyManifest);
    run.discoveredModelFiles = Object.values(folders).sort();
  }
  // The checks that compare systems (a shared report, a duplicate id) blame the later of two:
  // on a pull request, the systems it adds come later, so the copy is blamed, not the system it
  // copied (whose manifest the pull request did not touch). The report keeps discovery order.
  const added = base ? addedAt(base, files) : new Set<string>();
  const order = added.size > 0 ? establishedFirst(files, added) : files;
  const position = new Map(files.map((file, i) => [file, i]));
  const citedCards = new Set<string>();
  const seenIds = new Map<string, string>();
  // Where a thread could not be started during discovery, those that did start are all there is:
  // the pool would only try again.
  const wanted = options.workerScript && !options.timing ? workerCount(files.length, options.jobs) : 0;
  const workers = early?.cannotStart ? Math.min(wanted, early.size) : wanted;
  const threads = 1 + workers;
  if (files.length > 0) systemChecker().limitHeapGrowth(); // before the workers start: they take the flag with them
  // Folders whose manifest could not be read: the card there is that system's, not an unregistered one.
  const unreadableFolders = new Set<string>();
  const reportCiters: ReportCiters = { byPath: new Map(), byText: new Map(), leftOut: new Set() };
  // Folders of files systems list under artifacts outside their own: theirs, not unregistered models.
  const artifactFolders = new Set<string>();
  // A run over part of the repository (a folder, --include, an exclude) still compares what its
  // systems cite with what the others cite (red team: a copy of a left-out system's report
  // passed), read from their manifests. A left-out system counts as the first to cite what it
  // cites, wherever it sorts: it is not reported, so were it second, neither would fail.
  if (partial) {
    for (const { file, reports, citedCard, shipsOutside } of systemChecker().leftOutSystems(run, everyManifest)) {
      if (citedCard !== undefined) citedCards.add(citedCard);
      for (const shipped of shipsOutside ?? []) artifactFolders.add(folderOf(shipped));
      if (reports.length === 0) continue;
      reportCiters.leftOut.add(file);
      for (const report of reports) firstCiter(reportCiters, file, report);
    }
  }
  const claimCard = (checked: SystemCheck) => {
    if (checked.citedCard) citedCards.add(checked.citedCard);
    for (const file of checked.shipsOutside ?? []) artifactFolders.add(folderOf(file));
    // A system the changed-files scope leaves out still holds on to what it cites.
    if (narrowed) for (const report of checked.reports ?? []) firstCiter(reportCiters, checked.file, report);
    if (checked.unreadable) unreadableFolders.add(folderOf(checked.file));
  };
  /** What each system reported, at its place in discovery order (the checks may come in another). */
  const reported: Array<{ summary: SystemSummary; coverage: SystemCoverage[]; findings: Finding[]; vanished?: (typeof vanished)[number] }> = [];
  const reportCheck = (checked: SystemCheck) => {
    claimCard(checked);
    markSharedReports(checked, reportCiters, policy, repo);
    // The path now describes another system: the one it described at the base may be gone.
    const gone = checked.baseIdChanged ? { file: checked.file, id: checked.baseIdChanged, nowId: checked.summary.id } : undefined;
    if (checked.hasId) markDuplicateId(checked, seenIds, policy, repo);
    const kept: Finding[] = [];
    const systemCounts = record(checked.findings, checked.newAtBase === true, kept);
    const summary: SystemSummary = { ...checked.summary, verdict: verdictOf(systemCounts, failOn), counts: systemCounts };
    const systemCoverage = computeCoverage([summary], checked.findings, { scope: policy.coverage, timeline: policy.timeline, asOf: now, failOn });
    reported[position.get(checked.file) as number] = { summary, coverage: systemCoverage, findings: kept, ...(gone ? { vanished: gone } : {}) };
  };
  const checks = systemChecks(order, run, options.workerScript, workers, early?.take(workers));
  const inOrder = narrowed ? touchedChecks(checks, scope, run, claimCard) : checks;
  for (const checked of inOrder) reportCheck(checked);
  // Systems and coverage in discovery order, and in the same order as each other (indexOf below).
  for (const system of reported) {
    if (!system) continue; // skipped by the changed-files scope
    systems.push(system.summary);
    coverage.push(...system.coverage);
    for (const finding of system.findings) findings.push(finding);
    if (system.vanished) vanished.push(system.vanished);
  }
  if (added.size > 0) scope?.decision.skipped.sort((a, b) => (position.get(a.manifest) as number) - (position.get(b.manifest) as number));

  record(removedSystems(vanished, systems, scope?.decision.skipped ?? [], policy, base));
  record(excludedOnceMerged(governance.headExclude ?? [], policy, found.manifests));

  let unregistered = 0;
  const unregisteredRule = policy.byId.get('discovery/unregistered-system');
  if (unregisteredRule) {
    const manifestFolders = new Set(found.manifests.map(folderOf));
    const modelFiles = modelFilesByCardFolder(found.modelFiles, new Set(found.cardCandidates.map(folderOf)), manifestFolders);
    // The folders of the cards reported here: the model files near one are that card's model.
    const reportedCardFolders = new Set<string>();
    // The folders of dataset cards read here: a checkpoint by another name there is the dataset's (embeddings.pt).
    const datasetCardFolders = new Set<string>();
    for (const file of found.cardCandidates) {
      if (citedCards.has(file) || unreadableFolders.has(folderOf(file)) || (scope && !scope.includesCard(file))) continue;
      const text = repo.readText(file);
      if (!text.ok) continue; // an unreadable README cannot be shown to be a model card
      const card = parseCard(text.text, file);
      if (card.kind === 'dataset') datasetCardFolders.add(folderOf(file));
      const folder = folderOf(file);
      const sign = modelCardSign(card, modelFiles.get(folder), ownedBy(folder, manifestFolders));
      if (!sign) continue;
      unregistered++;
      reportedCardFolders.add(folder);
      record([
        makeFinding(
          unregisteredRule,
          { id: file },
          'fail',
          `${file} is a model card (${sign}) but no ai-system.yaml registers it`,
          { file, line: card.frontMatterLine ?? 1, column: 1 },
        ),
      ]);
      repo.forget(file);
    }
    // Model files no system owns and no card describes: a model nobody registered all the same.
    // With --include, those outside it may belong to systems left out: not this run's to judge.
    if (!discoverOptions.include?.length) {
      const citedCardFolders = new Set([...citedCards].map(folderOf));
      // Every manifest owns its folder, one this run leaves out too. Only a card judged a model's
      // claims the files near it (red team: a dataset card beside model.pkl hid it).
      const ownerFolders = new Set(everyManifest.map(folderOf));
      const unowned = unownedModelFiles(found.modelFiles, found.pickleFiles, repo, { manifestFolders: ownerFolders, cardFolders: reportedCardFolders, datasetCardFolders, citedCardFolders, artifactFolders }).filter((file) => !scope || scope.includesCard(file));
      unregistered += unowned.length;
      for (const file of unowned.slice(0, UNOWNED_LISTED)) {
        record([makeFinding(unregisteredRule, { id: file }, 'fail', `${file} is a model file that no ai-system.yaml registers: no system's folder holds it, no system lists it under artifacts, and no model card describes it`, { file, line: 1, column: 1 })]);
      }
      if (unowned.length > UNOWNED_LISTED) {
        const first = unowned[UNOWNED_LISTED] as string;
        record([makeFinding(unregisteredRule, { id: first }, 'fail', `and model files in ${unowned.length - UNOWNED_LISTED} more folders that no ai-system.yaml registers, not listed (a report lists the first ${UNOWNED_LISTED})`, { file: first, line: 1, column: 1 })]);
      }
    }
  }

  // Findings about the waivers themselves (void, expiring, unused) come once every system is seen.
  // A waiver is judged only for a system this run looked at: one the changed-files scope skipped,
  // or outside the scanned folder or --include, may well be in use. A waiver naming no system at
  // all is judged when the run covered the whole repository.
  const skipped = new Set((scope?.decision.skipped ?? []).flatMap((s) => (s.id ? [s.id] : [])));
  const checkedIds = new Set(systems.map((s) => s.id));
  const wholeRepository = !options.scanPath && !options.include?.length;
  const waiverFindings = ledger.findings((system) => checkedIds.has(system) || (wholeRepository && !skipped.has(system)), wholeRepository ? new Set([...checkedIds, ...skipped]) : undefined);
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
    summary.verdict = verdictOf(summary.counts, failOn);
    foldIntoCoverage(coverage[index] as SystemCoverage, finding, failOn);
  }

  const report: Report = {
    tool: { name: 'modelgate', version: packageVersion() },
    reportVersion: 2,
    provenance: provenanceOf(options, repo.root, policy, now),
    verdict: tally.verdict,
    failOn,
    policy: { packs: policy.packs, rules: policy.rules.length },
    summary: { systems: systems.length, unregistered, ...tally.counts },
    systems,
    ...(scope ? { scope: { changedFiles: scope.size, ...scope.decision } } : {}),
    coverage,
    findings,
  };
  return { report, policy, threads };
}

/** What the report was made from: tool, commit, as-of day and the policy's digest. */
function provenanceOf(options: GateOptions, root: string, policy: Policy, now: Date): Provenance {
  const commit =
    options.commit === undefined ? headCommit(root) : options.commit === null ? { commit: null, source: options.commitSource ?? 'not recorded: the caller asked for none' } : { commit: options.commit, source: options.commitSource ?? 'given by the caller' };
  return {
    tool: { name: 'modelgate', version: packageVersion() },
    commit: commit.commit,
    commitSource: commit.source,
    asOf: dayOf(now),
    policy: { packs: policy.packs, digest: options.noPolicyDigest ?? policyDigest(policy.resolved) },
  };
}

/**
 * The checks the change touches, in the order checked, and those of systems sharing an id with one
 * (checked again: a check is kept only once it is known to be reported, so memory holds the
 * touched systems, not all). Notes the rest as skipped; the cards they cite are claimed all the
 * same (`claimCard`: a card a system left out cites is registered, not an unregistered model).
 */
function touchedChecks(checks: Iterable<SystemCheck>, scope: ChangedFilesScope, run: SystemRun, claimCard: (check: SystemCheck) => void): SystemCheck[] {
  const kept: Array<{ index: number; check: SystemCheck }> = [];
  const untouched: Array<{ index: number; file: string; id: string | undefined }> = [];
  let index = 0;
  for (const check of checks) {
    if (scope.touches(check)) {
      delete check.asked;
      kept.push({ index, check });
    } else {
      untouched.push({ index, file: check.file, id: check.hasId ? check.summary.id : undefined });
      claimCard(check);
    }
    index++;
  }
  const touchedIds = new Set(kept.flatMap(({ check }) => (check.hasId ? [check.summary.id] : [])));
  const again = untouched.filter((system) => system.id !== undefined && touchedIds.has(system.id));
  const rechecked = systemChecks(again.map((system) => system.file), { ...run, logAsked: false }, undefined, 0);
  let at = 0;
  for (const check of rechecked) kept.push({ index: (again[at++] as (typeof again)[number]).index, check });
  for (const system of untouched) if (!again.includes(system)) scope.skip(system.file, system.id);
  return kept.sort((a, b) => a.index - b.index).map(({ check }) => check);
}

/** The manifests at paths the base commit does not have: systems the pull request adds (or moved). */
function addedAt(base: GitTreeSource, files: readonly string[]): Set<string> {
  return new Set(files.filter((file) => isMissing(base, file)));
}

/** `files` with the `added` ones last, each part in discovery order. */
function establishedFirst(files: readonly string[], added: ReadonlySet<string>): readonly string[] {
  return [...files.filter((file) => !added.has(file)), ...files.filter((file) => added.has(file))];
}

/** Each system's check, in the order of `files`: on `workers` worker threads as well, if any. */
function systemChecks(files: readonly string[], run: SystemRun, workerScript: string | undefined, workers: number, started?: StartedWorkers): Iterable<SystemCheck> {
  if (files.length === 0) return [];
  const { checkSystem, forgetSystem, checkInWorkers } = systemChecker();
  const checkHere = (file: string) => {
    const checked = checkSystem(file, run);
    forgetSystem(run);
    return checked;
  };
  if (started) return checkInWorkers(started, files, checkHere, run);
  if (workers > 0 && workerScript) return checkInWorkers({ script: workerScript, count: workers }, files, checkHere, run);
  // One at a time, so only the current system's documents are in memory.
  return (function* () {
    for (const file of files) yield checkHere(file);
  })();
}

/**
 * The repository, and the base commit when one is asked for. A base that cannot be opened stops
 * the run when it is required (or the policy comes from it); otherwise regression rules say why.
 */
function openSources(options: Pick<GateOptions, 'root' | 'maxFileBytes' | 'base' | 'policyFrom'>): { repo: RepoFs; base?: GitTreeSource; noBase: string } {
  const repo = new RepoFs(options.root, options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes });
  const noBase = NO_BASE;
  if (!options.base) return { repo, noBase };
  try {
    return { repo, base: GitTreeSource.open(repo.root, options.base.ref, repo.maxFileBytes), noBase };
  } catch (error) {
    if (options.base.required || options.policyFrom === 'base' || !(error instanceof UsageError)) throw error;
    return { repo, noBase: error.message };
  }
}

/**
 * Each report about a model (evidence/own-system) by the first system to cite it, by its real
 * path and by its text: in the order checked (on a pull request, the systems it adds last),
 * after the systems the run leaves out.
 */
interface ReportCiters {
  byPath: Map<string, FirstCiter>;
  byText: Map<string, FirstCiter & { rel: string }>;
  /** The systems the run leaves out (a message says so: the reader may not expect them compared). */
  leftOut: Set<string>;
}

type CitedReport = NonNullable<SystemCheck['reports']>[number];

/** The first system to cite a report: its manifest, the model files it ships, one it holds unlisted. */
interface FirstCiter {
  file: string;
  ships?: string[];
  unlisted?: string;
}

/**
 * Notes `file` as the citer of `report` where no earlier one came before; returns the earlier
 * citer of the same file, or of another file with the same text (a copy), when that is another
 * system, and `why` it may not share it when that is not plain. Not for a report about the model
 * files (a security scan, a bias report, a robustness result) when this system ships only files
 * the earlier one ships and neither holds a model file it does not list (shippedFiles and
 * unlistedModelFile in own-evidence.ts).
 */
function firstCiter(citers: ReportCiters, file: string, report: CitedReport): { file: string; copyOf?: string; why?: string } | undefined {
  const shipsTheirs = (first: FirstCiter) => {
    if (report.ships === undefined || report.ships.length === 0 || first.ships === undefined) return false;
    const shipped = new Set(first.ships); // by set: a manifest may list 100,000 artifacts (third red team)
    return report.ships.every((key) => shipped.has(key));
  };
  // Shipping what the first ships, but either holding a model file it does not list: one may
  // serve other weights than the report was made on, whichever sorts first (review), and the
  // message says which (unlistedReason).
  const sameFiles = (first: FirstCiter) => shipsTheirs(first) && report.unlisted === undefined && first.unlisted === undefined;
  const why = (first: FirstCiter) =>
    !shipsTheirs(first) ? {} : report.unlisted !== undefined ? { why: unlistedReason(report.unlisted) } : first.unlisted !== undefined ? { why: unlistedReason(first.unlisted, first.file) } : {};
  const noted = { file, ...(report.ships ? { ships: report.ships } : {}), ...(report.unlisted !== undefined ? { unlisted: report.unlisted } : {}) };
  const byPath = citers.byPath.get(report.rel);
  if (byPath === undefined) citers.byPath.set(report.rel, noted);
  else if (byPath.file !== file && !sameFiles(byPath)) return { file: byPath.file, ...why(byPath) };
  if (report.digest === undefined) return undefined;
  const byText = citers.byText.get(report.digest);
  if (byText === undefined) citers.byText.set(report.digest, { ...noted, rel: report.rel });
  else if (byText.file !== file && byText.rel !== report.rel && !sameFiles(byText)) return { file: byText.file, copyOf: byText.rel, ...why(byText) };
  return undefined;
}

/**
 * A report about a model that a system checked earlier also cites (one the base commit has,
 * before one a pull request adds; else in discovery order), or a copy of one (the same text in
 * another file): its evidence/own-system check fails (in place of the pass it was given), naming
 * the first. A report is about one model; kept outside every system's folder (reports/<model>/…),
 * under a folder whose manifest a pull request moved away, or copied into this system's folder,
 * the folder check alone cannot say whose it is.
 */
function markSharedReports(checked: SystemCheck, citers: ReportCiters, policy: Policy, repo: RepoFs): void {
  const shared = (checked.reports ?? []).flatMap((report) => {
    const first = firstCiter(citers, checked.file, report);
    return first ? [{ ...report, first }] : [];
  });
  const rule = shared.length > 0 ? policyForMoved(policy, checked.file, checked.movedFrom).byId.get('evidence/own-system') : undefined;
  if (!rule) return;
  // Located only now, as a duplicate id is: a shared report is rare.
  const loaded = loadManifest(repo, checked.file);
  repo.forget(checked.file);
  const failures = shared.map(({ rel, path, first }) => {
    const at = { file: checked.file, ...(loaded.ok ? loaded.manifest.doc.locate(path.slice(1)) : { line: 1, column: 1 }) };
    const citer = citers.leftOut.has(first.file) ? `${first.file} (a system this run leaves out, read to compare)` : first.file;
    const why = first.why === undefined ? '' : ` ${first.why}`;
    const message =
      first.copyOf === undefined
        ? `${rel} is also cited as a report by ${citer}: a report is about one model, so it is that system's; cite this system's own${why}`
        : `${rel} has the same content as ${first.copyOf}, which ${citer} cites: a report is about one model, so one of the two is a copy of the other system's; cite this system's own${why}`;
    return makeFinding(rule, { id: checked.summary.id }, 'fail', message, at);
  });
  const pass = checked.findings.findIndex((f) => f.ruleId === rule.id && f.status === 'pass');
  if (pass >= 0) checked.findings.splice(pass, 1, ...failures);
  else checked.findings.push(...failures);
}

/**
 * A second system with an id already taken (checked later: on a pull request, the one it adds):
 * its duplicate-id check fails (in place of the pass it was given), naming the first.
 */
function markDuplicateId(checked: SystemCheck, seenIds: Map<string, string>, policy: Policy, repo: RepoFs): void {
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
  const rule = policyForMoved(policy, checked.file, checked.movedFrom).byId.get('manifest/duplicate-id');
  if (!rule) return;
  // Located only now: a duplicate is rare, and locating every system's id would compose the
  // positions of every manifest (see load/yaml.ts).
  const loaded = loadManifest(repo, checked.file);
  const at = { file: checked.file, ...(loaded.ok ? loaded.manifest.doc.locate(['id']) : { line: 1, column: 1 }) };
  repo.forget(checked.file);
  const failure = makeFinding(rule, { id: checked.file }, 'fail', `system id "${id}" is already used by ${previous}; ids must be unique`, at);
  const pass = checked.findings.findIndex((f) => f.ruleId === rule.id && f.status === 'pass');
  if (pass >= 0) checked.findings[pass] = failure;
  else checked.findings.push(failure);
}

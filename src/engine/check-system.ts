/**
 * One system's check: load its manifest, card and evidence, run the policy's rules, and return
 * plain data (so a worker thread can send it back). What depends on other systems (duplicate
 * ids, waivers, counts, coverage) is the engine's (gate.ts), in the order it checks them.
 */
import { folderOf } from '../discover/discover.js';
import { artifactsOutside } from './unregistered.js';
import { evaluateSystem, locatePath, manifestFirstLine } from '../evaluate/evaluate.js';
import type { SystemContext } from '../evidence/check.js';
import { policyFor, policyForMoved, type CompiledRule, type Policy } from '../evaluate/policy.js';
import { EVIDENCE_KINDS } from '../evidence/registry.js';
import { EvidenceStore } from '../evidence/store.js';
import type { GitTreeSource } from '../fs/git-tree.js';
import { isMissing, type RepoFs } from '../fs/repo-fs.js';
import { loadManifest, MANIFEST_NAMES, systemId, type LoadProblem, type Manifest } from '../load/manifest.js';
import { COMPOSED_CHARS_PER_SYSTEM, composedYamlBudget, chargedToBase } from '../load/yaml.js';
import { detachText } from '../load/source-doc.js';
import { valueAbsence } from '../load/placeholder.js';
import type { Card } from '../load/model-card.js';
import { makeFinding, singleLine } from '../policy/finding.js';
import { aiActProfile, ART50_DECLARATIONS, type AiActProfile } from '../policy/obligations.js';
import type { SystemSummary } from '../report/report.js';
import type { RunTiming } from '../evaluate/timing.js';
import { formatPath, type Finding, type Location, type PathSegment } from '../types.js';
import { lowerBound } from '../text/sorted.js';

/** What checking one system needs; the same in every thread. */
export interface SystemRun {
  repo: RepoFs;
  policy: Policy;
  now: Date;
  base?: GitTreeSource;
  /** Why there is no base to compare with, when there is none. */
  noBase: string;
  /** Whether passes and not-applicable results get their exact location (false when the report
   *  keeps only failures). Default true. */
  locatePasses?: boolean;
  /** Base-commit manifest paths of systems the head has at another path, by system id. */
  baseMoved?: ReadonlyMap<string, string>;
  /** Whether to note the SHA-256 of every file each system's check reads (provenance). Default true. */
  hashFiles?: boolean;
  /** Where the time goes (`--timing`): only on the engine's own thread. */
  timing?: RunTiming;
  /** Whether to note every repository path each check asks about (the changed-files scope's). */
  logAsked?: boolean;
  /** Every system's manifest in the run, so a check can tell which system's folder a cited file is in. */
  manifests?: readonly string[];
  /**
   * Whether `manifests` are all the repository has: discovery walked it whole, with no include
   * or exclude. Where not (`check models/b`, the Action's `path`, --include, --exclude, the
   * policy's exclude), a folder that is not a known system's is looked at on disk for a manifest.
   */
  manifestsComplete?: boolean;
  /** The model files discovery found in each system's folder (modelFilesBySystem), by folder. */
  modelFiles?: ReadonlyMap<string, readonly string[]>;
  /** Every model file discovery found (one for each folder that holds any), sorted, whoever's folder it is in. */
  discoveredModelFiles?: readonly string[];
}

export interface SystemCheck {
  file: string;
  findings: Finding[];
  /** The summary's facts; verdict and counts come once waivers are applied. */
  summary: CheckedSummary;
  /** The manifest loaded and states an id of its own (one the duplicate-id check compares). */
  hasId?: true;
  /** The model card it cites, so that card is not reported as unregistered. */
  citedCard?: string;
  /** The files it lists under artifacts outside its own folder (artifactsOutside): their folders are its. */
  shipsOutside?: string[];
  /** The id the manifest at this path had at the base commit, when that differs from its id now. */
  baseIdChanged?: string;
  /** Every repository path the check asked about, found or not (with SystemRun.logAsked). */
  asked?: string[];
  /** The base commit has no system with this id here (nor moved from elsewhere): it is new. */
  newAtBase?: true;
  /** The manifest path the base commit has this system at, when the pull request moved it. */
  movedFrom?: string;
  /** The manifest could not be read (manifest/readable says why), so what it cites is unknown. */
  unreadable?: true;
  /**
   * The reports about the model it cites (evidence/own-system): real paths, where in the
   * manifest, their text's digest; for those about the model files, the files it ships, and why
   * it may not share them (`unlisted`) when it holds a model file it does not list.
   */
  reports?: Array<{ rel: string; path: PathSegment[]; digest?: string; ships?: string[]; unlisted?: string }>;
}

/** The summary's facts a check finds; verdict and counts come once waivers are applied. */
export type CheckedSummary = Omit<SystemSummary, 'verdict' | 'counts'>;

export function checkSystem(file: string, run: SystemRun): SystemCheck {
  const hashFiles = run.hashFiles !== false;
  if (hashFiles) run.repo.startReadLog();
  if (run.logAsked) run.repo.startAskedLog();
  run.repo.beginSystem();
  composedYamlBudget(COMPOSED_CHARS_PER_SYSTEM);
  let checked: SystemCheck;
  try {
    checked = checkLogged(file, run);
  } finally {
    composedYamlBudget(undefined);
  }
  // Every file this system's check read (manifest, card, evidence), hashed where it was read.
  if (hashFiles) checked.summary.files = run.repo.takeReadLog();
  if (run.logAsked) checked.asked = run.repo.takeAskedLog();
  return checked;
}

function checkLogged(file: string, run: SystemRun): SystemCheck {
  const { repo, now } = run;
  const findings: Finding[] = [];
  const { timing } = run;
  if (timing) timing.systems++;
  const loaded = timing ? timing.measure(timing.steps, 'manifest', () => loadManifest(repo, file)) : loadManifest(repo, file);
  const coreFinding = (policy: Policy, ruleId: LoadProblem['ruleId'], id: string, message: string, at: Location, path?: string) => {
    const rule = policy.byId.get(ruleId);
    if (rule) findings.push(makeFinding(rule, { id }, 'fail', message, at, path));
  };

  if (!loaded.ok) {
    const policy = policyFor(run.policy, file);
    for (const problem of loaded.problems) coreFinding(policy, problem.ruleId, file, problem.message, problem.location);
    return { file, findings, summary: { id: file, manifest: file }, unreadable: true };
  }

  const { manifest } = loaded;
  const id = detachText(systemId(manifest));
  const evidence = new EvidenceStore(repo, manifest, EVIDENCE_KINDS);
  const reports: NonNullable<SystemCheck['reports']> = [];
  const system: SystemContext = {
    id,
    manifest,
    evidence,
    now,
    ...(run.manifests ? { systemAt: systemIndex(run.manifests, run.manifestsComplete === true ? undefined : repo, repo) } : {}),
    reportCited: notingInto(reports),
    ...(run.modelFiles ? { modelFilesInFolder: run.modelFiles.get(folderOf(file)) ?? [] } : {}),
    ...(run.discoveredModelFiles ? { modelFilesUnder: filesUnder(run.discoveredModelFiles) } : {}),
    shippedBy: (other) => shippedBy(run, other),
  };
  const card = timing ? timing.measure(timing.steps, 'model card', () => cardOf(manifest, evidence)) : cardOf(manifest, evidence);
  if (card.card) system.card = card.card;
  const { changed: baseIdChanged, movedFrom } = attachBase(system, file, run);
  // New: no manifest at this path at the base (or one with another id), and not moved here.
  const newAtBase = run.base !== undefined && !system.base && (baseIdChanged !== undefined || isMissing(run.base, file));
  if (newAtBase) system.newInPullRequest = true;
  // Known only now: a system moved here is judged as strictly as its base path's overrides say.
  const policy = policyForMoved(run.policy, file, movedFrom);
  for (const problem of loaded.problems) {
    coreFinding(policy, problem.ruleId, id, problem.message, problem.location, problem.path && formatPath(problem.path));
  }

  const locatePasses = run.locatePasses !== false;
  findings.push(...corePasses(policy, system, findings, locatePasses));
  findings.push(...evaluateSystem(system, policy, { locatePasses, noteEvidence: run.hashFiles !== false, ...(timing ? { timing } : {}) }));
  if (movedFrom !== undefined) noteStricterThanHere(findings, policyFor(run.policy, file), movedFrom);
  const data = manifest.data;
  return {
    file,
    findings,
    // Name and version are shown in logs and summaries: one line, whatever the manifest holds.
    summary: {
      id,
      // A placeholder ("TODO: the version this manifest describes") is not a name or a version.
      ...(typeof data.name === 'string' && valueAbsence(data.name) !== 'placeholder' ? { name: detachText(singleLine(data.name)) } : {}),
      ...(typeof data.version === 'string' && valueAbsence(data.version) !== 'placeholder' ? { version: detachText(singleLine(data.version)) } : {}),
      manifest: file,
      // Paths made from the manifest's text hold on to all of it (detachText): kept per system.
      ...(system.card ? { card: detachText(system.card.file) } : {}),
      ...euAiActSummary(data),
      ...datasetsOf(manifest),
    },
    ...(id !== file ? { hasId: true as const } : {}),
    ...(card.cited ? { citedCard: detachText(card.cited) } : {}),
    ...shipsOutsideOf(manifest),
    ...(baseIdChanged ? { baseIdChanged: detachText(baseIdChanged) } : {}),
    ...(newAtBase ? { newAtBase: true as const } : {}),
    ...(movedFrom !== undefined ? { movedFrom: detachText(movedFrom) } : {}),
    ...(reports.length > 0 ? { reports } : {}),
  };
}

/**
 * Says so on each failure its rule judged more strictly than the system's new path would: the
 * author sees why a rule their folder's override lowers (or turns off) still applies.
 */
function noteStricterThanHere(findings: Finding[], here: Policy, movedFrom: string): void {
  for (const finding of findings) {
    if (finding.status !== 'fail') continue;
    const rule = here.byId.get(finding.ruleId);
    if (rule && rule.severity === finding.severity) continue;
    finding.message += ` (judged as at ${movedFrom}, where the base commit has this system: until the move is merged, a per-path override of its new path cannot ${rule ? `lower this rule to ${rule.severity}` : 'turn this rule off'})`;
  }
}

/** SystemContext.reportCited, noting each report into `reports` (held apart from the manifest's text). */
function notingInto(reports: NonNullable<SystemCheck['reports']>): NonNullable<SystemContext['reportCited']> {
  return (rel, at, digest, files) =>
    reports.push({
      rel: detachText(rel),
      path: [...at],
      ...(digest !== undefined ? { digest } : {}),
      ...(files ? { ships: files.ships } : {}),
      ...(files?.unlisted !== undefined ? { unlisted: detachText(files.unlisted) } : {}),
    });
}

/** Each run's answers of shippedBy, by manifest: a manifest is read once a run, however many citations ask (review). */
const shippedByRun = new WeakMap<SystemRun, Map<string, Array<string | undefined> | undefined>>();

/** The model files the system of manifest `other` ships (EvidenceStore.artifactFiles), or undefined when it cannot be read. */
function shippedBy(run: SystemRun, other: string): Array<string | undefined> | undefined {
  let known = shippedByRun.get(run);
  if (!known) shippedByRun.set(run, (known = new Map()));
  // What this system's verdict depends on, read now or not (the changed-files scope).
  run.repo.noteAsked(other);
  if (known.has(other)) return known.get(other);
  const loaded = loadManifest(run.repo, other);
  const files = loaded.ok ? new EvidenceStore(run.repo, loaded.manifest, EVIDENCE_KINDS).artifactFiles() : undefined;
  known.set(other, files);
  return files;
}

/** The files of a sorted list in a folder or below it ('' for the root), found by binary search. */
function filesUnder(sorted: readonly string[]): (folder: string) => string[] {
  return (folder) => {
    if (folder === '') return [...sorted];
    const prefix = `${folder}/`;
    const found: string[] = [];
    for (let i = lowerBound(sorted, prefix); i < sorted.length && (sorted[i] as string).startsWith(prefix); i++) found.push(sorted[i] as string);
    return found;
  };
}

/** Each run's index by its manifests, and by the files it looks at on disk (none: undefined's slot). */
const systemIndexes = new WeakMap<readonly string[], Map<RepoFs | undefined, (rel: string) => string | undefined>>();

/**
 * The manifest of the system whose folder holds a repository path (the deepest), built once per
 * run. With `onDisk`, the run's systems are not all the repository's: a folder none of them is
 * in is asked on disk whether it holds a manifest (once per folder and run), so a report cited
 * from a system outside the scanned folder is still that system's.
 */
function systemIndex(manifests: readonly string[], onDisk?: RepoFs, noting?: RepoFs): (rel: string) => string | undefined {
  let indexes = systemIndexes.get(manifests);
  if (!indexes) systemIndexes.set(manifests, (indexes = new Map()));
  let index = indexes.get(onDisk);
  if (!index) {
    // Two manifests in one folder: the last by path, in whatever order the run checks them.
    const byFolder = new Map<string, string | undefined>();
    for (const file of manifests) {
      const known = byFolder.get(folderOf(file));
      if (known === undefined || known < file) byFolder.set(folderOf(file), file);
    }
    const onDiskFound = new Map<string, string | undefined>();
    const manifestIn = (folder: string): string | undefined => {
      if (byFolder.has(folder)) return byFolder.get(folder);
      if (!onDisk) return undefined;
      // Sorted last first: where a folder holds both, the one byFolder keeps (the last by path).
      const candidates = MANIFEST_NAMES.map((name) => (folder === '' ? name : `${folder}/${name}`)).sort().reverse();
      if (onDiskFound.has(folder)) {
        // Known already, but still what this system's check depends on (the changed-files scope).
        for (const file of candidates) onDisk.noteAsked(file);
        return onDiskFound.get(folder);
      }
      // A manifest discovery would count: anything there but nothing (one over the size cap,
      // or a link out of the repository, is a system whose manifest cannot be read).
      const found = candidates.find((file) => !isMissing(onDisk, file));
      onDiskFound.set(folder, found);
      return found;
    };
    index = (rel: string) => {
      for (let at = folderOf(rel); ; at = folderOf(at)) {
        // Whether a manifest is here is what this system's check depends on, found or not: one
        // added by a pull request makes the file another system's (sixth red team: the
        // changed-files scope left out the system whose cited report it made another's).
        if (noting) for (const name of MANIFEST_NAMES) noting.noteAsked(at === '' ? name : `${at}/${name}`);
        const file = manifestIn(at);
        if (file !== undefined || at === '') return file;
      }
    };
    indexes.set(onDisk, index);
  }
  return index;
}

/** The AI Act profile for the summary (and coverage), as the rules read it, held apart from the manifest's text. */
function euAiActSummary(data: Manifest['data']): { euAiAct?: AiActProfile } {
  const profile = aiActProfile(data);
  const { tier, basis, roles, openSource } = profile;
  const declared = ART50_DECLARATIONS.filter((declaration) => profile[declaration] === true);
  if (tier === undefined && basis === undefined && roles === undefined && declared.length === 0 && !openSource) return {};
  return {
    euAiAct: {
      ...(tier !== undefined ? { tier: detachText(tier) } : {}),
      ...(basis !== undefined ? { basis: detachText(basis) } : {}),
      ...(roles !== undefined ? { roles: roles.map(detachText) } : {}),
      ...Object.fromEntries(declared.map((declaration) => [declaration, true])),
      ...(openSource ? { openSource: { license: detachText(openSource.license) } } : {}),
    },
  };
}

/** A finding without what its rule says of every finding (see PackedCheck). */
type PackedFinding = Omit<Finding, 'evidences' | 'supports' | 'docs'>;

/**
 * A check as a worker thread sends it: each finding without its rule's control mappings and docs
 * link, which were most of the bytes copied between threads (and the copying was a tenth of a
 * worker's time). The engine puts them back from the same policy. A remediation stays: only a
 * failure has one, and it may be the failure's own (Failure.remediation), not the rule's.
 */
export interface PackedCheck extends Omit<SystemCheck, 'findings'> {
  findings: PackedFinding[];
}

export function packCheck(check: SystemCheck): PackedCheck {
  return { ...check, findings: check.findings.map(({ evidences: _evidences, supports: _supports, docs: _docs, ...rest }) => rest) };
}

/** The check as it was before packCheck (a received copy, so it is completed in place). */
export function unpackCheck(packed: PackedCheck, policy: Policy): SystemCheck {
  const rules = policyForMoved(policy, packed.file, packed.movedFrom).byId;
  for (const finding of packed.findings as Finding[]) {
    const rule = rules.get(finding.ruleId) as CompiledRule;
    // Added last, so the keys are in makeFinding's order.
    finding.evidences = rule.evidences;
    finding.supports = rule.supports;
    finding.docs = rule.docs;
    const remediation = finding.remediation;
    if (remediation !== undefined) {
      delete finding.remediation;
      finding.remediation = remediation;
    }
    // Last, as evaluateSystem adds it: the same key order on every thread.
    const evidence = finding.evidence;
    if (evidence) {
      delete finding.evidence;
      finding.evidence = evidence;
    }
  }
  return packed as SystemCheck;
}

/** `{ shipsOutside }` when the manifest lists files outside its folder (artifactsOutside), else nothing. */
function shipsOutsideOf(manifest: Pick<Manifest, 'dir' | 'data'>): Pick<SystemCheck, 'shipsOutside'> {
  const outside = artifactsOutside(manifest);
  return outside.length > 0 ? { shipsOutside: outside.map(detachText) } : {};
}

/**
 * What systems left out of the run (by the scanned folder, --include or an exclude) cite that the
 * run must know: the reports about the model, each with its text's digest, as evidence/own-system's
 * own check notes them on each such system (a system in the run that cites one, or a copy of one,
 * cites another system's report), the model card, which is registered though not checked here, and
 * the files it lists under artifacts outside its folder, which are its.
 * `all` is every manifest of the repository. Each left-out manifest is read once; nothing is
 * reported about those systems.
 */
export function leftOutSystems(run: SystemRun, all: readonly string[]): Array<{ file: string; reports: NonNullable<SystemCheck['reports']>; citedCard?: string; shipsOutside?: string[] }> {
  const inRun = new Set(run.manifests ?? []);
  const systemAt = systemIndex(all);
  const found: Array<{ file: string; reports: NonNullable<SystemCheck['reports']>; citedCard?: string; shipsOutside?: string[] }> = [];
  for (const file of all) {
    if (inRun.has(file)) continue;
    // As the system would be judged: a per-path override may turn the rule off (or on) there.
    const policy = policyFor(run.policy, file);
    const rule = policy.byId.get('evidence/own-system');
    // Within a system's YAML budget, as its own check would be (a left-out folder may hold anything).
    composedYamlBudget(COMPOSED_CHARS_PER_SYSTEM);
    run.repo.beginSystem();
    try {
      const loaded = loadManifest(run.repo, file);
      if (!loaded.ok) continue;
      const { manifest } = loaded;
      const evidence = new EvidenceStore(run.repo, manifest, EVIDENCE_KINDS);
      // The card it cites is registered, though this run does not check it (new user: `check
      // ml/models/risk` called the card a service elsewhere cites unregistered).
      const ref = manifest.data.modelCard;
      const cited = typeof ref === 'string' && ref.trim() !== '' ? evidence.file(ref) : undefined;
      const citedCard = cited?.ok ? detachText(cited.value.rel) : undefined;
      const reports: NonNullable<SystemCheck['reports']> = [];
      if (rule) {
        const system: SystemContext = { id: detachText(systemId(manifest)), manifest, evidence, now: run.now, systemAt, reportCited: notingInto(reports) };
        evaluateSystem(system, { ...policy, rules: [rule] }, { locatePasses: false, noteEvidence: false });
      }
      const outside = shipsOutsideOf(manifest);
      if (reports.length > 0 || citedCard !== undefined || outside.shipsOutside) found.push({ file, reports, ...(citedCard !== undefined ? { citedCard } : {}), ...outside });
    } finally {
      composedYamlBudget(undefined);
      forgetSystem(run);
    }
  }
  return found;
}

/** The documents of the system just checked are no longer needed, here or at the base commit. */
export function forgetSystem(run: SystemRun): void {
  run.repo.forget();
  run.base?.forget();
}

/**
 * A pass for each per-manifest core rule that found nothing on this system, so coverage counts
 * it. (Discovery and waiver rules are about the repository, not one system.) The duplicate-id
 * pass is replaced by the engine when another system already has the id.
 */
function corePasses(policy: Policy, system: SystemContext, failures: Finding[], locate: boolean): Finding[] {
  const failed = new Set(failures.map((f) => f.ruleId));
  const at = locate ? locatePath(system, ['manifest']) : manifestFirstLine(system);
  return policy.rules
    .filter((rule: CompiledRule) => rule.core && rule.id.startsWith('manifest/') && !failed.has(rule.id))
    .map((rule) => makeFinding(rule, system, 'pass', rule.title, at));
}

/** The datasets a manifest declares (id and role), for the audit export's targets. */
function datasetsOf(manifest: Manifest): Pick<CheckedSummary, 'datasets'> {
  const listed = manifest.data.data?.datasets;
  if (!Array.isArray(listed)) return {};
  const datasets = listed.flatMap((d: unknown) => {
    const entry = d as { id?: unknown; role?: unknown } | null;
    if (typeof entry?.id !== 'string' || entry.id.trim() === '') return [];
    return [{ id: detachText(singleLine(entry.id)), ...(typeof entry.role === 'string' ? { role: detachText(singleLine(entry.role)) } : {}) }];
  });
  return datasets.length > 0 ? { datasets } : {};
}

function cardOf(manifest: Manifest, evidence: EvidenceStore): { cited?: string; card?: Card } {
  const ref = manifest.data.modelCard;
  if (typeof ref !== 'string' || ref.trim() === '') return {};
  const cited = evidence.file(ref);
  const card = evidence.card(ref);
  return { ...(cited.ok ? { cited: cited.value.rel } : {}), ...(card.ok ? { card: card.value } : {}) };
}

/**
 * The same system at the base commit, for regression and governance rules: the manifest at the
 * same path when it has the same id; else the one the id moved from. A path whose id changed is
 * another system (its old id is reported gone unless it lives on elsewhere), so reusing a path or
 * an id cannot reset a system's history. Returns the base id at this path when it differs
 * (`changed`), and the base path when the system moved here (`movedFrom`).
 */
function attachBase(system: SystemContext, file: string, run: SystemRun): { changed?: string; movedFrom?: string } {
  if (!run.base) {
    system.noBase = run.noBase;
    return {};
  }
  const commit = run.base.commit.slice(0, 12);
  const base = run.base;
  const atPath = chargedToBase(() => loadManifest(base, file));
  const idAtPath = atPath.ok ? systemId(atPath.manifest) : undefined;
  const changed = atPath.ok && idAtPath !== system.id ? idAtPath : undefined;
  const movedFrom = run.baseMoved?.get(system.id);
  const loaded = atPath.ok && !changed ? atPath : movedFrom ? chargedToBase(() => loadManifest(base, movedFrom)) : undefined;
  if (!loaded?.ok) {
    system.noBase = changed
      ? `${file} described "${changed}" at the base commit ${commit}, not "${system.id}": a new system has nothing to regress from`
      : `${file} does not exist (or cannot be read) at the base commit ${commit}: a new system has nothing to regress from`;
    return changed ? { changed } : {};
  }
  const evidence = new EvidenceStore(base, loaded.manifest, EVIDENCE_KINDS, true);
  const card = cardOf(loaded.manifest, evidence).card;
  system.base = { commit, manifest: loaded.manifest, evidence, ...(card ? { card } : {}) };
  return { ...(changed ? { changed } : {}), ...(loaded !== atPath && movedFrom ? { movedFrom } : {}) };
}

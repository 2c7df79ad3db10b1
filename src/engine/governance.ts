/**
 * What governs a run, and the findings about governance itself: the policy and waivers in
 * force (the base commit's on a pull request), what a pull request would change in them once
 * merged, the baseline, and systems that vanish or would be hidden.
 */
import * as path from 'node:path';
import { excludedBy } from '../discover/discover.js';
import type { VanishedSystem } from '../discover/vanished.js';
import { loadPolicy, type Policy } from '../evaluate/policy.js';
import type { GitTreeSource } from '../fs/git-tree.js';
import { isMissing, type RepoFs } from '../fs/repo-fs.js';
import { baselineGrowth, type BaselineLedger, type LoadedBaseline, type loadBaseline } from '../policy/baseline.js';
import { policyChanges, waiverChanges } from '../policy/changes.js';
import { makeFinding } from '../policy/finding.js';
import { displayRemote, isBundledName, isLocalPack, type RemoteRef } from '../policy/reference.js';
import { FetchedPacks } from '../policy/remote.js';
import { fetchPackTree, packFilesIn, packFilesOnDisk, type PackFiles, type RemotePacks, type RemoteText } from '../policy/sources.js';
import { DEFAULT_WAIVERS_FILE, loadWaivers, waiverEntries } from '../policy/waivers.js';
import type { SystemSummary } from '../report/report.js';
import { UsageError, type Finding, type Location } from '../types.js';
import { keyAtName } from '../policy/types.js';
import type { GateOptions } from './options.js';

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
  // One that is there but cannot be read (a link out, a folder) is named, so loading says why.
  return !isMissing(source, DEFAULT_POLICY_FILE) ? { policy: DEFAULT_POLICY_FILE, policyBaseDir: repo.root } : { policy: 'baseline' };
}

/** The pack the policy in force starts from, and where its local packs are read: the base commit with `policyFrom: base`, else the files. */
function packsInForce(options: GateOptions, repo: RepoFs, base: GitTreeSource | undefined): { ref: string; baseDir: string; files: PackFiles } {
  const baseDir = options.policyBaseDir ?? process.cwd();
  const ref = options.policy ?? 'baseline';
  if (options.policyFrom !== 'base') return { ref, baseDir, files: packFilesOnDisk(baseDir) };
  if (!base) throw new UsageError('the policy must be read from the base commit, but no base commit was given');
  const inRepo = isBundledName(ref) ? ref : repositoryPath(repo, baseDir, ref);
  return { ref: inRepo, baseDir, files: packFilesIn(base, `at the base commit ${base.commit.slice(0, 12)}`) };
}

/** The policy in force: from the base commit with `policyFrom: base`, else as the files are. */
function loadPolicyInForce(options: GateOptions, repo: RepoFs, base: GitTreeSource | undefined): Policy {
  const { ref, baseDir, files } = packsInForce(options, repo, base);
  return loadPolicy(ref, { baseDir, files, ...(options.remote ? { remote: options.remote } : {}) });
}

/**
 * Every pinned remote pack the policy in force extends, fetched before the run starts (the
 * Action: `fetch` is the GitHub contents API). `options` are the gate's, with the policy named
 * (policyToLoad). Packs only a pull request's own policy names are never fetched.
 */
export async function fetchPolicyPacks(options: GateOptions, repo: RepoFs, base: GitTreeSource | undefined, fetch: (ref: RemoteRef) => Promise<RemoteText>): Promise<FetchedPacks> {
  const fetched = new FetchedPacks();
  const { ref, files } = packsInForce(options, repo, base);
  await fetchPackTree(ref, files, async (needed) => {
    const text = fetched.has(needed) ? fetched.read(needed) : await fetch(needed);
    fetched.set(needed, text);
    return text;
  });
  return fetched;
}

/**
 * The policy and waivers in force. With `policyFrom: base` they are read from the base commit
 * (bundled packs from modelgate itself), and the pull request's own policy and waivers are read
 * only to say what would change once merged.
 */
export function loadGovernance(options: GateOptions, repo: RepoFs, base: GitTreeSource | undefined, now: Date, { policyNamed = true } = {}) {
  const waiversFile = options.waivers ?? DEFAULT_WAIVERS_FILE;
  const inForce = packsInForce(options, repo, base);
  const { baseDir } = inForce;
  const policy = loadPolicy(inForce.ref, { baseDir, files: inForce.files, ...(options.remote ? { remote: options.remote } : {}) });
  const workflow = base && options.workflowFile ? workflowChange(policy, repo, base, options.workflowFile) : [];
  if (options.policyFrom !== 'base' || !base) {
    return { policy, waivers: loadWaivers(repo, waiversFile, policy, now), findings: workflow };
  }
  // With the policy from the base commit, the pack it starts from is named inside the repository.
  const inRepo = inForce.ref;
  const waivers = loadWaivers(base, waiversFile, policy, now);

  const findings: Finding[] = [];
  let headExclude: string[] = [];
  const changed = policy.byId.get('policy/changed');
  const at: Location = { file: isBundledName(inRepo) ? waiversFile : inRepo, line: 1, column: 1 };
  const located: Array<{ change: string; at: Location }> = [];
  // A remote pack only the pull request names is never fetched: the workflow's token reads what
  // the base policy names (fetched before the run, fetchPolicyPacks) and nothing a pull request chooses.
  const unfetched: RemoteRef[] = [];
  const remote = options.remote;
  const headRemote: RemotePacks | undefined = remote && {
    read(ref) {
      if (remote instanceof FetchedPacks && !remote.has(ref)) {
        unfetched.push(ref);
        return { error: "not fetched on a pull request (the base commit's policy does not use it)" };
      }
      return remote.read(ref);
    },
  };
  // A pull request that adds the repository's policy file (the base commit has none, and none was
  // named) is still judged by the bundled pack; what its file would change is shown like any
  // other policy change, so an adopting team sees why rules its new policy scopes still fail.
  const adds = !policyNamed && isBundledName(inRepo) && repo.statFile(DEFAULT_POLICY_FILE).ok;
  if (adds) located.push({ change: `adds ${DEFAULT_POLICY_FILE}, which then replaces the bundled ${inRepo} pack; until it is merged, ${inRepo} judges this pull request, so what the new policy scopes, lowers or turns off still fails here`, at: { file: DEFAULT_POLICY_FILE, line: 1, column: 1 } });
  const headRef = adds ? DEFAULT_POLICY_FILE : inRepo;
  try {
    // The pull request's policy is untrusted: read it through the repository boundary, so a link
    // or `..` in it cannot reach a file outside the checkout.
    const head = loadPolicy(headRef, { baseDir: adds ? repo.root : baseDir, files: packFilesIn(repo, 'in this pull request'), ...(headRemote ? { remote: headRemote } : {}) });
    headExclude = head.exclude;
    // A change no rule makes is at the setting in the pull request's packs (its `exclude:` item,
    // say), else at its policy file's first line; were there no such file (the bundled pack in
    // force), `at` would name the waivers file.
    const headFile = isBundledName(headRef) ? at : { file: headRef, line: 1, column: 1 };
    for (const { change, rule, key, item, at: written } of policyChanges(policy, head)) {
      // At the line of the pull request's pack that sets the rule, when one of its local packs does.
      const setAt = written ?? (rule !== undefined ? head.setAt.get(rule) : key ? head.keyAt.get(keyAtName(key, item)) ?? head.keyAt.get(keyAtName(key)) : undefined);
      located.push({ change, at: setAt && isLocalPack(setAt.file) ? setAt : headFile });
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


/**
 * Why the baseline, or an entry of it, cannot be used: unreadable, invalid, or expired (its
 * findings fail again); an entry refused (for a locked or unwaivable rule, or whose fingerprint
 * is not the finding it names) is a finding at its line, so no one takes it for an excuse.
 */
export function baselineProblems(loaded: ReturnType<typeof loadBaseline>, ledger: BaselineLedger, policy: Policy, now: Date): Finding[] {
  const rule = policy.byId.get('baseline/valid');
  if (!rule) return [];
  if (loaded.problem) return [makeFinding(rule, { id: loaded.problem.at.file }, 'fail', loaded.problem.message, loaded.problem.at)];
  const baseline = loaded.baseline;
  if (!baseline) return [];
  if (!ledger.expired) {
    return ledger.refused.map(({ entry, reason }) =>
      makeFinding(rule, { id: baseline.file }, 'fail', `the baseline entry for ${entry.rule} on ${entry.system} (${entry.file}) excuses nothing: ${reason}`, { file: baseline.file, line: entry.line, column: 1 }),
    );
  }
  const held = baseline.entries.reduce((n, e) => n + e.count, 0);
  return [
    makeFinding(rule, { id: baseline.file }, 'fail', `the baseline expired on ${baseline.expires} (as of ${now.toISOString().slice(0, 10)}): the ${held} finding${held === 1 ? '' : 's'} it held fail again`, { file: baseline.file, line: 1, column: 1 }),
  ];
}

/** Recorded findings that no longer fail: the baseline can shrink. */
export function baselineFixed(ledger: BaselineLedger, policy: Policy, checked: (system: string) => boolean): Finding[] {
  const rule = policy.byId.get('baseline/fixed');
  const file = ledger.baseline?.file;
  const unused = ledger.unused(checked);
  if (!rule || !file || unused === 0) return [];
  return [makeFinding(rule, { id: file }, 'fail', `${unused} finding${unused === 1 ? '' : 's'} recorded in ${file} no longer fail${unused === 1 ? 's' : ''}; run modelgate baseline to rewrite it smaller`, { file, line: 1, column: 1 })];
}

/** Findings a pull request adds to the baseline, one finding per system at its first entry in the pull request's file, and a later expiry, at its line. */
export function baselineGrowthFindings(base: LoadedBaseline | undefined, head: LoadedBaseline | undefined, policy: Policy): Finding[] {
  const rule = policy.byId.get('governance/baseline-grown');
  if (!rule || !head) return [];
  // A later expiry keeps every recorded finding excused for longer (or again, once the base's has expired).
  const extended = base && head.expires > base.expires;
  const findings = extended
    ? [makeFinding(rule, { id: head.file }, 'fail', `this pull request extends the baseline from ${base.expires} to ${head.expires}; once merged the findings it holds would not fail until then`, { file: head.file, line: head.expiresLine, column: 1 })]
    : [];
  const growth = baselineGrowth(base, head);
  if (!base && growth.length > 0) {
    // A first baseline (adopting the gate) is one decision: one finding, not one per entry.
    const held = growth.reduce((n, g) => n + g.added, 0);
    const systems = new Set(growth.map((g) => g.entry.system)).size;
    return [
      makeFinding(rule, { id: head.file }, 'fail', `this pull request adds a baseline of ${held} finding${held === 1 ? '' : 's'} of ${systems} system${systems === 1 ? '' : 's'} (${heldByRule(growth)}); once merged they would not fail, so the policy owners review it`, { file: head.file, line: 1, column: 1 }),
    ];
  }
  // One finding per system: a pull request that baselines new systems would otherwise list an
  // entry per finding (hundreds), burying what the policy owners are asked to accept.
  const bySystem = new Map<string, typeof growth>();
  for (const grown of growth) bySystem.set(grown.entry.system, [...(bySystem.get(grown.entry.system) ?? []), grown]);
  for (const [system, entries] of bySystem) {
    const [first] = entries as [(typeof growth)[number]];
    const { entry, added, line } = first;
    const message =
      entries.length === 1
        ? `this pull request adds ${added} ${entry.rule} finding${added === 1 ? '' : 's'} of ${system} (${entry.file}) to the baseline; once merged ${added === 1 ? 'it' : 'they'} would not fail`
        : `this pull request adds ${entries.reduce((n, g) => n + g.added, 0)} findings of ${system} to the baseline (${heldByRule(entries)}); once merged they would not fail`;
    findings.push(makeFinding(rule, { id: system }, 'fail', message, { file: head.file, line, column: 1 }));
  }
  return findings;
}

/** What a first baseline holds, by rule, most first: what the policy owners are asked to accept. */
function heldByRule(growth: ReadonlyArray<{ entry: { rule: string }; added: number }>): string {
  const byRule = new Map<string, number>();
  for (const { entry, added } of growth) byRule.set(entry.rule, (byRule.get(entry.rule) ?? 0) + added);
  const ranked = [...byRule].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
  const shown = ranked.slice(0, 10).map(([id, n]) => `${n} ${id}`);
  return ranked.length > 10 ? `${shown.join(', ')} and ${ranked.length - 10} more rules` : shown.join(', ');
}

/** What the base commit's policy excluded from discovery: the policy in force with policy-from base, else the base's own. */
export function baseExclusions(options: GateOptions, repo: RepoFs, base: GitTreeSource, policy: Policy): string[] {
  if (options.policyFrom === 'base') return policy.exclude;
  try {
    return loadPolicyInForce({ ...options, policyFrom: 'base' }, repo, base).exclude;
  } catch {
    return []; // no policy at the base commit: the bundled packs exclude nothing
  }
}

/** Systems checked now that an exclusion the pull request adds to the policy would hide once merged. */
export function excludedOnceMerged(headExclude: readonly string[], policy: Policy, manifests: readonly string[]): Finding[] {
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
 * scanned paths. Also one whose path now describes another id while its own id moved to another
 * manifest: the system at that path is judged as new (no labels, tier, stage or waivers to keep),
 * and a compliant copy under the old id would otherwise hide the swap. Pointed at its manifest's
 * path at the base commit.
 */
export function removedSystems(vanished: readonly VanishedSystem[], systems: readonly SystemSummary[], skipped: ReadonlyArray<{ id?: string; manifest: string }>, policy: Policy, base: GitTreeSource | undefined): Finding[] {
  const rule = policy.byId.get('governance/system-removed');
  if (!rule || !base || vanished.length === 0) return [];
  const present = new Map<string, string>();
  for (const s of [...systems, ...skipped]) if (s.id && !present.has(s.id)) present.set(s.id, s.manifest);
  const commit = base.commit.slice(0, 12);
  const none = systems.length === 0 && skipped.length === 0 ? '; this run finds no system at all' : '';
  return vanished.flatMap((v) => {
    const was = v.id ? `system "${v.id}" (${v.file} at the base commit ${commit})` : `the system of ${v.file} at the base commit ${commit}`;
    const now = v.id ? present.get(v.id) : undefined;
    let message: string;
    if (now === undefined) message = `${was} is no longer checked: ${v.nowId ? `that manifest now describes "${v.nowId}"` : 'its manifest was deleted or moved out of the scanned paths'}${none}`;
    else if (v.nowId !== undefined) message = `${was} is now described by ${now}, and ${v.file} describes "${v.nowId}": the system at ${v.file} took a new id, so it is judged as new (its labels, risk tier, stage and waivers at the base are not compared), and its old id went to another manifest`;
    else return [];
    return [makeFinding(rule, { id: v.id ?? v.file }, 'fail', message, { file: v.file, line: 1, column: 1 })];
  });
}

/** Files whose change affects every system: the policy file and the waivers file. */
export function governanceFiles(options: GateOptions, repo: RepoFs, policy: Policy): string[] {
  const files = [options.waivers ?? DEFAULT_WAIVERS_FILE];
  // Every local pack the policy was read from (bundled and pinned remote packs cannot change here).
  for (const pack of policy.packs) {
    if (isLocalPack(pack)) files.push(repo.relative(path.resolve(options.policyBaseDir ?? process.cwd(), pack)));
  }
  return files;
}

/** A policy path given on the command line or as an input, as a path inside the repository. */
function repositoryPath(repo: RepoFs, baseDir: string, ref: string): string {
  const rel = repo.relative(path.resolve(baseDir, ref));
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new UsageError(`with the policy read from the base commit, the policy file must be inside the repository, not ${ref}`);
  }
  return rel;
}


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
import { RepoFs } from './fs/repo-fs.js';
import { loadManifest, systemId, type LoadProblem } from './load/manifest.js';
import { parseCard } from './load/model-card.js';
import { loadPolicy } from './policy/load.js';
import type { CompiledRule, Policy } from './policy/types.js';
import { countFindings, verdictOf, type Report, type SystemSummary } from './report/report.js';
import { formatPath, type FailOn, type Finding, type Location } from './types.js';

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
}

export function runGate(options: GateOptions): Report {
  const failOn = options.failOn ?? 'error';
  const policy = loadPolicy(options.policy ?? 'baseline', { baseDir: options.policyBaseDir ?? process.cwd() });
  const repo = new RepoFs(options.root, options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes });
  const found = discover(repo, {
    scanPath: options.scanPath ?? '',
    ...(options.include ? { include: options.include } : {}),
    ...(options.exclude ? { exclude: options.exclude } : {}),
  });
  const now = options.now ?? new Date();

  const findings: Finding[] = [];
  const systems: SystemSummary[] = [];
  const citedCards = new Set<string>();
  const seenIds = new Map<string, string>();

  for (const file of found.manifests) {
    const systemFindings = checkManifest(file, repo, policy, now, citedCards, seenIds);
    findings.push(...systemFindings.findings);
    systems.push(systemFindings.summary(failOn));
    repo.forget(); // documents of this system are no longer needed
  }

  let unregistered = 0;
  const unregisteredRule = policy.byId.get('discovery/unregistered-system');
  if (unregisteredRule) {
    for (const file of found.cardCandidates) {
      if (citedCards.has(file)) continue;
      const text = repo.readText(file);
      if (!text.ok) continue; // an unreadable README cannot be shown to be a model card
      const card = parseCard(text.text, file);
      if (card.kind !== 'model') continue;
      unregistered++;
      findings.push(
        makeFinding(
          unregisteredRule,
          { id: file },
          'fail',
          `${file} is a model card (its front matter describes a model) but no ai-system.yaml registers it`,
          { file, line: card.frontMatterLine ?? 1, column: 1 },
        ),
      );
      repo.forget(file);
    }
  }

  const counts = countFindings(findings);
  return {
    tool: { name: 'modelgate', version: packageVersion() },
    reportVersion: 1,
    verdict: verdictOf(findings, failOn),
    failOn,
    policy: { packs: policy.packs, rules: policy.rules.length },
    summary: { systems: systems.length, unregistered, ...counts },
    systems,
    findings,
  };
}

function checkManifest(
  file: string,
  repo: RepoFs,
  policy: Policy,
  now: Date,
  citedCards: Set<string>,
  seenIds: Map<string, string>,
) {
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
  const cardRef = manifest.data.modelCard;
  if (typeof cardRef === 'string' && cardRef.trim() !== '') {
    const cited = evidence.file(cardRef);
    if (cited.ok) citedCards.add(cited.value.rel);
    const card = evidence.card(cardRef);
    if (card.ok) system.card = card.value;
  }

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

/** A pass for each core rule that found nothing on this system, so coverage counts it. */
function corePasses(policy: Policy, system: SystemContext, failures: Finding[]): Finding[] {
  const failed = new Set(failures.map((f) => f.ruleId));
  return policy.rules
    .filter((rule: CompiledRule) => rule.core && rule.id !== 'discovery/unregistered-system' && !failed.has(rule.id))
    .map((rule) => makeFinding(rule, system, 'pass', rule.title, locatePath(system, ['manifest'])));
}

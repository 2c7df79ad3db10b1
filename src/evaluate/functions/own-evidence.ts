import { posix } from 'node:path';
import { isModelFile } from '../../discover/discover.js';
import { normaliseCitation } from '../../fs/repo-fs.js';
import { declaredArtifacts } from '../../load/manifest.js';
import { artifactKey } from '../../evidence/same-file.js';
import { systemModelFolders } from '../../evidence/security-scan/model-folder.js';
import { unlistedReason } from '../shared-report.js';
import { robustnessResults } from '../../evidence/robustness/formats.js';
import { ISSUE_LEVELS } from '../../evidence/robustness/types.js';
import type { SystemContext } from '../../evidence/check.js';
import type { PathSegment } from '../../types.js';
import { defineFunction } from '../function.js';

/**
 * A cited report about the model (a bias report, a red-team result, a security scan, an energy
 * report, the latest monitoring run, the ML-BOM) is not in another system's folder: there it is
 * that system's report, about another model, and passing on it shows nothing of this one. A
 * file is in the folder of the system whose manifest is nearest above it, so a system nested in
 * another's folder owns its own files; a symbolic link counts where it leads. Shared files
 * (dataset cards, runbooks) are not cited through the rules that use this function. A report
 * cited by two systems, or copied (the same text in two files), fails for the second
 * (engine/gate.ts, markSharedReports), unless it is about the model files (ABOUT_THE_FILES) and
 * the second ships only files the first ships (shippedFiles) and holds no model file it does not
 * list (unlistedModelFile); such a report may be in the folder of a system that ships every file
 * this one does.
 */
export const ownEvidence = defineFunction<Record<string, never>>({
  name: 'own-evidence',
  description: "A cited report about the model is not in another system's folder (the folder of the nearest ai-system.yaml above it), through symbolic links too; reports cited by two systems, or copied from one to another, are the engine's to compare.",
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ value, path, system }) {
    const cited = typeof value === 'string' ? value : value !== null && typeof value === 'object' ? (value as { path?: unknown }).path : undefined;
    if (typeof cited !== 'string' || cited.trim() === '') return { skip: 'no file is cited' };
    if (!system.systemAt) return { skip: 'the run does not know the other systems' };
    const real = system.evidence.whereIs(cited);
    if (real === undefined) return { skip: 'the cited file does not resolve (the rule that reads it says why)' };
    const owner = system.systemAt(real);
    const aboutFiles = ABOUT_THE_FILES.some((key) => path.includes(key));
    const unlisted = aboutFiles ? unlistedModelFile(system) : undefined;
    // Borrowed from the system whose folder holds it, which ships every file this one does: that
    // system stays its first citer, whichever is checked first (review: hub/Serving sorted before
    // hub/ and made the hub's own report "also cited" by it).
    const borrowable = owner !== undefined && owner !== system.manifest.file && aboutFiles && shipsWhatOwnerShips(system, owner);
    if (borrowable && unlisted === undefined) return [];
    if (owner === undefined || owner === system.manifest.file) {
      // Outside every system's folder (reports/<model>/…) a report may still be another's, and a
      // copy in this one's is: the engine compares what each system cites, by path and by text,
      // once all are checked. Not the text of a robustness result that could be any model's.
      const digest = anyModelsResult(system, value, path) ? undefined : system.evidence.textDigest(cited);
      system.reportCited?.(real, path, digest, aboutFiles ? { ships: shippedFiles(system), ...(unlisted !== undefined ? { unlisted } : {}) } : undefined);
      return [];
    }
    // A pattern (monitoring.latestRun) stands for the newest file it matches: that file is named.
    const newest = system.evidence.newestMatch(cited);
    const written = newest?.chosen ?? normaliseCitation(cited.split('#')[0] as string, system.manifest.dir);
    const through = written.ok && written.rel === real ? '' : ` (through a symbolic link, to ${real})`;
    const why = borrowable && unlisted !== undefined ? ` ${unlistedReason(unlisted)}` : '';
    const named = newest?.chosen.ok ? `${newest.chosen.rel} (the newest file ${cited.trim()} matches)` : cited.trim();
    return [{ message: `${named} is in the folder of another system (${owner})${through}: a report there is about that system's model, not evidence about this one; cite this system's own${why}` }];
  },
});

/**
 * Reports about the model files themselves, which systems that ship the same files may share
 * (new user: a batch scorer and an API serving one model folder): a security scan, a bias
 * evaluation, a robustness or red-team result. Each system's own rules still judge the shared
 * report against what it declares (the sensitive attributes a bias report must cover, its
 * thresholds, its version). Not a monitoring run, which is of one deployment.
 */
const ABOUT_THE_FILES = ['security', 'bias', 'robustness'];

/**
 * Whether every model file this system ships is a repository file the system owning the
 * report's folder ships too (new user: a Hub model at the repository's root and a service in
 * serving/ shipping its weights could not cite the root's scan, the root owning every folder).
 */
function shipsWhatOwnerShips(system: SystemContext, owner: string): boolean {
  // Once a system and owner, by set (third red team: 99,000 artifacts each, compared by list for 50 citations, ran 9 minutes).
  return system.evidence.remembered(`ships-what-owner-ships:${owner}`, () => {
    const mine = shippedFiles(system);
    if (mine.length === 0 || !system.shippedBy) return false;
    const theirs = system.shippedBy(owner);
    if (theirs === undefined) return false;
    const shipped = new Set(theirs);
    return mine.every((file) => shipped.has(file));
  });
}

/**
 * A model file in a folder of this system that holds model files (systemModelFolders: its own
 * folders, and its card's where no system owns that) which its artifacts do not list, as written
 * from the manifest's folder: a system holding one may serve other weights than those a shared
 * report was made on (stop 47's residual: a service borrowing its model's bias report kept
 * other safetensors weights, unlisted, in a folder of its own), so it shares no report about
 * the model files. A folder holding too many files to list counts as one.
 */
function unlistedModelFile(system: SystemContext): string | undefined {
  return system.evidence.remembered('unlisted-model-file', () => {
    const folders = systemModelFolders(system);
    if (folders.tooMany.length > 0) return `${folders.tooMany[0]} (more files than modelgate lists)`;
    const listed = new Set(declaredArtifacts(system.manifest.data).map((artifact) => artifactKey(artifact.path)));
    return folders.files.find(({ file }) => isModelFile(posix.basename(file)) && !listed.has(artifactKey(file)))?.file;
  });
}

/**
 * The model files a system ships, as two systems' can be compared: each artifact's file in the
 * repository (where links lead); none when an artifact is not the repository's, or none is
 * declared. A security scan is about files: two systems that ship the same ones may cite one
 * scan of them (new user: a batch scorer and an API serving one model folder). Not by a
 * declared sha256 of weights kept elsewhere, which a copied manifest carries over unchecked
 * (review).
 */
function shippedFiles(system: SystemContext): string[] {
  const files = system.evidence.artifactFiles();
  return files.every((file) => file !== undefined) ? (files as string[]) : [];
}

/**
 * Whether a citation (at `at` in the manifest) is of a robustness result whose text could be any
 * model's: one that names neither the model it tested nor when it ran, and lists no issue in
 * words (a Giskard export's issues describe the model's data; a count does not). Two clean
 * Giskard scans with the same detectors, or two of our results with the same pass counts, are
 * alike (red team and review: false failures), and such a file is as easily typed as copied.
 */
function anyModelsResult(system: SystemContext, value: unknown, at: readonly PathSegment[]): boolean {
  if (!at.includes('robustness') || value === null || typeof value !== 'object') return false;
  const { path, format } = value as { path?: unknown; format?: unknown };
  if (typeof path !== 'string') return false;
  const loaded = system.evidence.evidence(robustnessResults, path, typeof format === 'string' ? format : undefined);
  if (!loaded.ok) return true; // unreadable: robustness/result-readable says so
  const report = loaded.value;
  if (report.target !== undefined || report.runAt !== undefined) return false;
  return !(report.format === 'giskard' && report.results.some(({ issues }) => issues !== undefined && ISSUE_LEVELS.some((level) => issues[level] > 0)));
}

/**
 * Model security scans judged against the files the system ships: the manifest's `artifacts`
 * (paths relative to the manifest), or, when it lists none, every file a scan read (fail closed:
 * an issue anywhere counts). A scanner writes paths relative to the folder it scanned, so an
 * artifact and a scanned file are the same when one path ends with the other at a `/`.
 */
import { posix } from 'node:path';
import { isModelFile } from '../../discover/discover.js';
import { declaredArtifacts, type AiSystem, type DeclaredArtifact } from '../../load/manifest.js';
import { FOLDER_FILES_CAP } from '../../fs/repo-fs.js';
import { quoted } from '../../load/source-doc.js';
import type { PathSegment } from '../../types.js';
import { defineFunction, unusableEvidence, type CheckFunction, type Failure, type SystemContext } from '../check.js';
import type { EvidenceResult } from '../types.js';
import { staleness } from '../dates.js';
import { reportOfEarlierModel } from '../model-changed.js';
import { artifactKey, SameFileIndex, shownPath, toolFileKey, uncomparable } from '../same-file.js';
import { securityScans } from './formats.js';
import type { ByteReader } from './byte-reader.js';
import { binRunsNoCode, checkFormat, codeFreeExtension, dataExtension, formatName, LEADING_BYTES, mayRunCode, sentencePieceRunsNoCode } from './code-free.js';
import { CUSTOM_GENERATE, discoveredModelFiles, folderKey, MAX_MODULE_FOLDERS, modelFolders, systemModelFolders } from './model-folder.js';
import { SCAN_SEVERITIES, type SecurityScan } from './types.js';

interface ScanEntry {
  path?: unknown;
  format?: unknown;
  date?: unknown;
}

function loadScan(system: Pick<SystemContext, 'evidence'>, entry: unknown): EvidenceResult<SecurityScan> | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  const { path, format } = entry as ScanEntry;
  if (typeof path !== 'string' || path.trim() === '') return undefined;
  return system.evidence.evidence(securityScans, path, typeof format === 'string' ? format : undefined);
}


/**
 * Whether a file the scan names is one the loader reads with a shipped model file: in a folder
 * that holds one by the scan's own list, or below it (red team: a pickle with os.system beside
 * the model, not listed in artifacts, passed); or a file modelFolders finds there, which a scan
 * of each file or each folder names without the shipped one (third red team: a scan of
 * pytorch_model.bin alone, of 2_Dense/ alone, a code scanner's issue in modeling_x.py).
 * Undefined source or no artifacts: ships() already answers.
 */
function besideShipped(system: Pick<SystemContext, 'evidence' | 'manifest' | 'modelFilesInFolder' | 'modelFilesUnder' | 'card' | 'systemAt'>, scan: SecurityScan, artifacts: DeclaredArtifact[], ships: (source: string | undefined) => boolean): (source: string) => boolean {
  if (artifacts.length === 0) return () => false;
  let folders: Set<string> | undefined; // worked out for the first issue not in a shipped file
  let loaderFiles: SameFileIndex<true> | undefined;
  return (source) => {
    if (!folders) {
      folders = new Set();
      for (const file of [...scan.scanned, ...scan.skipped.map((entry) => entry.source)]) if (ships(file)) folders.add(folderOf(file));
      loaderFiles = new SameFileIndex<true>();
      for (const { file } of modelFolders(system, artifacts).files) loaderFiles.add(artifactKey(file), true);
      // And beside a model file in another folder of the system (red team: the same pickle, a folder away).
      for (const { file } of systemModelFolders(system).files) if (mayRunCode(file)) loaderFiles.add(artifactKey(file), true);
    }
    const shipped = folders;
    const folder = folderOf(source);
    for (let end = folder.length; end > 0; end = folder.lastIndexOf('/', end - 1)) if (shipped.has(folder.slice(0, end))) return true;
    return shipped.has('') || (loaderFiles as SameFileIndex<true>).mayHave(toolFileKey(source));
  };
}

/** The folder of a path a scan names, case aside: an archive's member is in the archive's folder (toolFileKey). */
function folderOf(file: string): string {
  const key = toolFileKey(file).toLowerCase();
  const slash = key.lastIndexOf('/');
  return slash < 0 ? '' : key.slice(0, slash);
}

/**
 * Whether an artifact runs no code when loaded (codeFreeArtifact): `checked` when its content
 * was read and is the format its name says, which no scanner's word adds to; `mismatch` why a
 * file so named is not one.
 */
interface CodeFree {
  codeFree: boolean;
  checked?: true;
  mismatch?: string;
}

/**
 * Whether an artifact is in a format that runs no code when loaded: its name says so and, where
 * the repository holds the file, its structure agrees (red team: a pickle renamed
 * `.safetensors` is skipped by the scanners, and torch.load still runs it). `mismatch` says why
 * a file so named is not one. Weights the repository does not hold (a model registry, or Git LFS
 * content not checked out) are known by their name alone; a config or tokenizer file
 * (dataExtension) only as read here.
 */
function codeFreeArtifact(system: Pick<SystemContext, 'evidence'>, artifact: DeclaredArtifact): CodeFree {
  const weights = codeFreeExtension(artifact.path);
  const extension = weights ?? dataExtension(artifact.path);
  if (!extension) return { codeFree: false };
  // Asked by several rules, and a safetensors header may run to megabytes: read once.
  return system.evidence.remembered(`code-free:${artifact.path}`, (): CodeFree => {
    const named = `it is named as ${formatName(extension)}, which runs no code when loaded, but it`;
    const first = system.evidence.bytesAt(artifact.path, 0, LEADING_BYTES);
    if (!first.ok) return { codeFree: false, mismatch: `${named} cannot be read to tell (${first.problem.message})` };
    // A config or tokenizer file runs no code only as read here, never by its name (review).
    if (!first.value) return { codeFree: weights !== undefined };
    const format = checkFormat(extension, readerOf(system, artifact.path, first.value));
    return format.is === 'not-as-named' ? { codeFree: false, mismatch: `${named} ${format.why}` } : format.is === 'as-named' ? { codeFree: true, checked: true } : { codeFree: weights !== undefined };
  });
}

/**
 * Whether a file in a format neither known to run code (mayRunCode) nor code-free runs none:
 * where the repository holds it, by its first bytes read as a `.bin`'s are (not a PyTorch
 * checkpoint, a tar or a pickle that imports: torch.load reads a checkpoint by any name);
 * elsewhere, as a safetensors file elsewhere is, only when a scan saw it and skipped it and its
 * name is a format that holds no code (NO_CODE_FORMAT_NAME). A name that says no format says
 * nothing (new user: an MLflow registry URI, models:/churn/4, a cloudpickled model, passed with
 * no scan cited).
 */
function otherFormatRunsNoCode(system: Pick<SystemContext, 'evidence'>, file: string, skipped: boolean): boolean {
  if (mayRunCode(file)) return false;
  const first = leadingBytes(system, file);
  if (first === 'elsewhere') return skipped && NO_CODE_FORMAT_NAME.test(file.trim());
  return first !== undefined && system.evidence.remembered(`other-runs-no-code:${file}`, () => binRunsNoCode(readerOf(system, file, first)));
}

/**
 * The first bytes of a file the manifest's paths name, read once a system (several checks ask
 * what a file is: review, each read it again); 'elsewhere' when the repository does not hold it,
 * undefined when it cannot be read.
 */
function leadingBytes(system: Pick<SystemContext, 'evidence'>, file: string): { bytes: Buffer; size: number } | 'elsewhere' | undefined {
  return system.evidence.remembered(`leading-bytes:${file}`, () => {
    const first = system.evidence.bytesAt(file, 0, LEADING_BYTES);
    return first.ok ? (first.value ?? 'elsewhere') : undefined;
  });
}

/**
 * Names of model formats that hold data and no code when loaded, for a file the repository does
 * not hold that a scan saw and skipped: XGBoost's UBJSON, CatBoost's, TensorFlow Lite's and Core
 * ML's, PMML, PaddlePaddle's. Not a name a file that runs code may have (review): `.json` and
 * `.txt` (jsonpickle, a protocol-0 pickle, a Keras config; code-free.ts reads them, never trusts
 * their names), nor GGUF, whose chat template is code (code-free.ts).
 */
const NO_CODE_FORMAT_NAME = /\.(?:ubj|xgb|cbm|tflite|mlmodel|pmml|pdmodel|pdiparams)$/i;

/**
 * Whether a file named as one that may run code is one modelgate read and found to run none: a
 * `.bin` that is neither a PyTorch checkpoint nor a pickle that imports (binRunsNoCode), or a
 * `.model` that is a SentencePiece model (sentencePieceRunsNoCode). Such a file needs no scan,
 * as a safetensors file modelgate checked needs none.
 */
function runsNoCode(system: Pick<SystemContext, 'evidence'>, file: string): boolean {
  const judge = /\.bin$/i.test(file.trim()) ? binRunsNoCode : /\.model$/i.test(file.trim()) ? sentencePieceRunsNoCode : undefined;
  if (!judge) return false;
  return system.evidence.remembered(`runs-no-code:${file}`, () => {
    const first = leadingBytes(system, file);
    return typeof first === 'object' && judge(readerOf(system, file, first));
  });
}

/** A ByteReader over a file the manifest's paths name, its first bytes already read. */
function readerOf(system: Pick<SystemContext, 'evidence'>, file: string, first: { bytes: Buffer; size: number }): ByteReader {
  const { bytes, size } = first;
  return {
    size,
    read: (position, count) => {
      if (position + count <= bytes.length || bytes.length === size) return bytes.subarray(position, position + count);
      const read = system.evidence.bytesAt(file, position, count);
      return read.ok ? read.value?.bytes : undefined;
    },
  };
}

/**
 * The artifacts a scan of no files leaves unexamined: those in a format that may run code, or,
 * when every one is in a format that runs none, those the scan did not see and skip. None: the
 * scan saw every model file and had nothing to look for in it.
 */
function unexamined(system: Pick<SystemContext, 'evidence'>, scan: SecurityScan, artifacts: DeclaredArtifact[]): { mayRunCode: boolean; files: DeclaredArtifact[] } {
  // One modelgate cannot read (in a submodule the checkout did not fetch, say) is
  // scan-covers-artifacts' finding, which says why (new user: scan-clean asked for a scan of an
  // unfetched safetensors file).
  const readable = artifacts.filter((artifact) => system.evidence.unreadOwnFile(artifact.path) === undefined);
  const skipped = skippedIn([scan]);
  const wasSkipped = (artifact: DeclaredArtifact) => skipped.first(artifactKey(artifact.path)) !== undefined;
  // XGBoost's and LightGBM's models run no code, by their first bytes or, skipped, by their name
  // (false-error hunt: a scan that skipped an honest LightGBM model failed, and no scan passed).
  // Not one named as a format it is checked against (a text file named .safetensors is no safetensors file).
  const namedOtherwise = (file: string) => codeFreeExtension(file) === undefined && dataExtension(file) === undefined;
  const noCode = (artifact: DeclaredArtifact) => runsNoCode(system, artifact.path) || (namedOtherwise(artifact.path) && otherFormatRunsNoCode(system, artifact.path, wasSkipped(artifact)));
  const mayRunCode = readable.filter((artifact) => !codeFreeArtifact(system, artifact).codeFree && !noCode(artifact));
  if (mayRunCode.length > 0) return { mayRunCode: true, files: mayRunCode };
  // One modelgate read and found to be its format needs no scanner's word (third red team:
  // modelscan lists the files it skips only when run with --show-skipped).
  return { mayRunCode: false, files: readable.filter((artifact) => !codeFreeArtifact(system, artifact).checked && !noCode(artifact) && !wasSkipped(artifact)) };
}

/**
 * The artifacts no other cited scan file answers for: one that read it, or saw and skipped it
 * as a format that runs no code (red team: one report per model folder, the one of a
 * safetensors folder naming the other's pickle; review: a copy of an empty scan, or the same
 * one cited twice, must not excuse it).
 */
function notAnsweredElsewhere(system: Pick<SystemContext, 'evidence' | 'manifest'>, scan: SecurityScan, artifacts: DeclaredArtifact[]): DeclaredArtifact[] {
  const read = new SameFileIndex<true>();
  const others = readableScans(system).filter((other) => other.value.file !== scan.file).map((other) => other.value);
  for (const other of others) for (const file of other.scanned) read.add(toolFileKey(file), true);
  const skipped = skippedIn(others);
  const answered = (artifact: DeclaredArtifact, key: string) => read.has(key) || (skipped.has(key) && codeFreeArtifact(system, artifact).codeFree);
  return artifacts.filter((artifact) => {
    const real = system.evidence.whereIs(artifact.path);
    return !answered(artifact, artifactKey(artifact.path)) && (real === undefined || !answered(artifact, real));
  });
}

/**
 * Code beside a shipped model file that runs when the model loads, unscanned: a file, with
 * `loader` the config that imports it when it is Python; another repository whose Python that
 * config has the loader fetch (`fetched`); or a folder too full to look through (`tooMany`,
 * with `loader` the config that names modules in too many).
 */
interface UnscannedCode {
  file: string;
  /** The shipped file it lies beside; undefined for a file of a folder of the system that holds a model file (`modelFile`). */
  beside?: DeclaredArtifact;
  modelFile?: string;
  loader?: string;
  fetched?: true;
  tooMany?: true;
  /** Why it is a link out of the repository: what it leads to is not the repository's to show scanned. */
  outside?: string;
  /** Why it cannot be matched with what a scan names (a `#` or a backslash in its name, too deep a path). */
  misread?: string;
  /** Why it is not the format that runs no code its name says (codeFreeArtifact). */
  mismatch?: string;
}

/**
 * What the loader reads from a shipped model's folder (modelFolders) that can run code, neither
 * listed in artifacts nor scanned here (red team: a pickled pytorch_model.bin beside
 * model.safetensors, which the scan alone covered; a scan of a decoy folder covering the files
 * beside the model by their names): weights in a format that can run code, and Python.
 */
function unscannedBeside(system: Pick<SystemContext, 'evidence' | 'manifest' | 'modelFilesInFolder' | 'modelFilesUnder' | 'card' | 'systemAt'>, artifacts: DeclaredArtifact[], scanned: SameFileIndex<ScannedFile>): UnscannedCode[] {
  const listed = new Set(artifacts.map((artifact) => artifactKey(artifact.path)));
  const unscanned = (file: string) => {
    const key = artifactKey(file);
    return !listed.has(key) && (!scanned.mayHave(key) || scannedElsewhere(system, file, scanned.matching(key)) !== undefined);
  };
  const folders = modelFolders(system, artifacts);
  const found: UnscannedCode[] = folders.tooMany.map(({ folder, beside, config }) => ({ file: folder, beside, tooMany: true, ...(config ? { loader: config } : {}) }));
  const seen = new Set<string>();
  /** A file that can run code, unless listed, scanned, or read as a format that runs none. */
  const judge = (file: string, python: string | undefined, where: Pick<UnscannedCode, 'beside' | 'modelFile'>) => {
    if (seen.has(artifactKey(file))) return;
    seen.add(artifactKey(file));
    // A link out of the repository: a scan that names it read whatever the link led to where the
    // scan ran (third red team: Python linked out, named by a code scan, passed as scanned).
    const outside = listed.has(artifactKey(file)) ? undefined : system.evidence.linkOutside(file);
    // A file the repository's listing named is shown as it is named (the manifest's paths, as keys).
    const shown = where.modelFile === undefined ? artifactKey(file) : file;
    if (outside) found.push({ file: shown, ...where, outside });
    else if ((python !== undefined || !runsNoCode(system, file)) && unscanned(file)) found.push({ file: shown, ...where, ...(python ? { loader: python } : {}) });
  };
  for (const { file, beside, python } of folders.files) if (python !== undefined || mayRunCode(file)) judge(file, python, { beside });
  for (const { repository, beside, config } of folders.fetched) found.push({ file: repository, beside, loader: config, fetched: true });
  // The other folders of the system that hold a model file (red team: artifacts listed one
  // safetensors file, and a pickle in another folder of the system passed unscanned).
  const own = systemModelFolders(system);
  const tooManyBeside = new Set(folders.tooMany.map(({ folder }) => folderKey(folder)));
  for (const folder of own.tooMany) if (!tooManyBeside.has(folderKey(folder))) found.push({ file: folder, tooMany: true });
  for (const { file, modelFile, misread } of own.files) {
    if (!mayRunCode(file)) {
      // Named as a format that runs no code, unlisted: still what its name says (third red team:
      // a pickle named model.safetensors beside artifacts: [] passed; a listed one is checked above).
      if (misread || listed.has(artifactKey(file)) || codeFreeExtension(file) === undefined) continue;
      const { mismatch } = codeFreeArtifact(system, { path: file, index: -1 });
      if (mismatch) found.push({ file, modelFile, mismatch });
      continue;
    }
    // Too long or deep a path to compare is taken as unscanned, not as scanned (third red team: 64 folders down).
    const tooLong = uncomparable(artifactKey(file));
    if (misread || tooLong) found.push({ file, modelFile, misread: misread ? 'its name reads as another path where modelgate matches files with what a scan names (a # starts a fragment, a backslash separates folders)' : `its path is ${tooLong}, too long a path for modelgate to match with the files a scan names` });
    else judge(file, undefined, { modelFile });
  }
  return found;
}

/**
 * Whether a file a scan names is one the system ships: every file when no artifacts are declared,
 * and (failing closed) when a path on either side is too long or deep to compare.
 */
function shipsIn(artifacts: DeclaredArtifact[]): (source: string | undefined) => boolean {
  if (artifacts.length === 0) return () => true;
  let shipped: SameFileIndex<DeclaredArtifact> | undefined; // built for the first issue: most scans report none
  return (source) => {
    if (source === undefined) return true;
    if (!shipped) {
      shipped = new SameFileIndex<DeclaredArtifact>();
      for (const artifact of artifacts) shipped.add(artifactKey(artifact.path), artifact);
    }
    return shipped.mayHave(toolFileKey(source));
  };
}

/** Why a shipped file with no scan cited needs one, for a message: what its name and, where the repository holds it, its first bytes say. */
function whyUnscanned(system: Pick<SystemContext, 'evidence'>, file: string, free: CodeFree): string {
  if (free.mismatch) return free.mismatch;
  const elsewhere = leadingBytes(system, file) === 'elsewhere';
  if (free.codeFree || (elsewhere && NO_CODE_FORMAT_NAME.test(file.trim()))) return 'the repository does not hold it for modelgate to check it is the format its name says';
  if (mayRunCode(file) || !elsewhere) return 'a file in its format can run code when loaded';
  return 'its name says no format that runs no code when loaded, nor does the repository hold it for modelgate to read';
}

/** Where a file of a folder discoveredModelFiles found is, for a message: written from the manifest's folder, one outside it is beside the card. */
const whereModel = (modelFile: string | undefined) => (modelFile?.startsWith('../') ? 'in the folder of its model card' : "in this system's folder");

/** The files the scans saw and skipped, by the names they give them (toolFileKey), with why. */
function skippedIn(scans: readonly SecurityScan[]): SameFileIndex<SecurityScan['skipped'][number]> {
  const skipped = new SameFileIndex<SecurityScan['skipped'][number]>();
  for (const scan of scans) for (const entry of scan.skipped) skipped.add(toolFileKey(entry.source), entry);
  return skipped;
}

/** The cited security scans that can be read. */
function readableScans(system: Pick<SystemContext, 'evidence' | 'manifest'>): Array<{ ok: true; value: SecurityScan }> {
  const entries = system.manifest.data.assurance?.security?.scans;
  return (Array.isArray(entries) ? entries : []).map((entry) => loadScan(system, entry)).filter((scan): scan is { ok: true; value: SecurityScan } => scan?.ok === true);
}

/** A file a scan scanned, as it wrote it, and the folder it wrote it relative to, where it says. */
interface ScannedFile {
  file: string;
  folder?: string;
}

/** The files the scans scanned, for lookup by artifact. */
function scannedIn(scans: ReadonlyArray<{ value: SecurityScan }>): SameFileIndex<ScannedFile> {
  const scanned = new SameFileIndex<ScannedFile>();
  for (const scan of scans) for (const file of scan.value.scanned) scanned.add(toolFileKey(file), scan.value.folder ? { file, folder: scan.value.folder } : { file });
  return scanned;
}

/**
 * For an artifact the repository holds that a scan lists by name, the scanned file that shows
 * it was another folder's when every such file says so: under the folder the report says its
 * paths are relative to (modelscan's absolute_path), none is the artifact (red team: an honest
 * scan of decoy/scorer.pkl covered model/scorer.pkl). Weights the repository does not hold were
 * scanned wherever they were fetched to: their name is all there is to match.
 */
function scannedElsewhere(system: Pick<SystemContext, 'evidence' | 'manifest'>, path: string, matching: readonly ScannedFile[]): Required<ScannedFile> | undefined {
  // Only a scan that says where it ran can show it ran elsewhere (red team: another scan that
  // says nothing of its folder no longer vouches for one that names a decoy).
  const placed = matching.filter((entry): entry is Required<ScannedFile> => entry.folder !== undefined);
  if (placed.length === 0) return undefined;
  const real = system.evidence.whereIs(path);
  if (real === undefined) return undefined;
  // Where the file is in the repository, as written and through links (review: a model folder
  // that is a link, scanned from the root); and as the manifest writes it, which a scan's
  // relative path may end with.
  const written = posix.normalize(posix.join(system.manifest.dir || '.', artifactKey(path)));
  const cited = artifactKey(path);
  const under = (entry: Required<ScannedFile>) => {
    // Windows and macOS paths compare without case, as their file systems do (review and third
    // red team: `-p Model` for a folder named model).
    const caseBlind = /^[a-z]:|\\/i.test(entry.folder) || /^\/(?:Users|Volumes|private|Applications)\//.test(entry.folder);
    const fold = (text: string) => (caseBlind ? text.toLowerCase() : text);
    const folder = fold(posix.normalize(`${artifactKey(entry.folder)}/`).slice(0, -1));
    const file = fold(toolFileKey(entry.file));
    // An absolute folder must end with the file's path (from the repository's root, or from the
    // manifest's folder: a scan made where the model was trained, in another repository); a
    // relative one, from wherever modelscan ran, may be the end of it. A look-alike folder
    // elsewhere (/tmp/evil/model) cannot be told from that other repository's: a residual.
    const absolute = folder.startsWith('/') || /^[a-z]:/i.test(folder);
    const names = [written, real, cited].map(fold);
    const same = (full: string) => names.some((name) => full === name || full.endsWith(`/${name}`) || (!absolute && name.endsWith(`/${full}`)));
    // A path given to modelscan may be the file itself: its paths are then relative to its folder.
    const parent = folder.slice(0, folder.lastIndexOf('/') + 1);
    return same(posix.normalize(`${folder}/${file}`)) || ((folder === file || folder.endsWith(`/${file}`)) && same(parent + file));
  };
  return placed.some(under) ? undefined : placed[0];
}

const noOptions = { type: 'object', additionalProperties: false };

/** A scan that cannot be read was judged by nothing: not applicable, not passed (security/scan-readable says why). */
const UNREADABLE_SCAN = { skip: 'the security scan cannot be read (security/scan-readable says why)' };
const short = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}...` : text);

export const securityScanReadable = defineFunction<Record<string, never>>({
  name: 'security-scan-readable',
  description: "A cited security scan exists, parses, is in a supported format, and its summary agrees with its issues.",
  optionsSchema: noOptions,
  check({ target, targetPath, system }) {
    const scan = loadScan(system, target);
    if (!scan) return [{ message: 'the security scan entry has no path', path: targetPath }];
    if (!scan.ok) return [unusableEvidence(scan.problem, [...targetPath, 'path'])];
    return scan.value.inconsistencies.map((problem) => ({ message: problem.message, at: problem.at }));
  },
});

export const securityScanIssues = defineFunction<{ severities: string[] }>({
  name: 'security-scan-issues',
  description: 'A cited security scan scanned at least one file, found no issue of the given severities in a file the system ships or in the folder of one, and did not fail on one.',
  optionsSchema: {
    type: 'object',
    required: ['severities'],
    additionalProperties: false,
    properties: { severities: { type: 'array', minItems: 1, items: { enum: [...SCAN_SEVERITIES] } } },
  },
  check({ target, options, system }) {
    const scan = loadScan(system, target);
    if (!scan?.ok) return UNREADABLE_SCAN;
    const artifacts = declaredArtifacts(system.manifest.data);
    const ships = shipsIn(artifacts);
    const failures: Failure[] = [];
    const tool = scan.value.format === 'modelscan' ? 'modelscan' : 'the scan';
    // A scan of no files found nothing because it looked at nothing (a wrong path, an empty
    // folder): it is no evidence that the model files are safe. Unless it saw every model file
    // and skipped it as a format that runs no code: then there was nothing to scan.
    if (scan.value.scannedCount.value === 0) {
      const left = artifacts.length > 0 ? unexamined(system, scan.value, notAnsweredElsewhere(system, scan.value, artifacts)) : undefined;
      const paths = left?.files.map((artifact) => artifact.path).join(', ');
      const should = !left
        ? 'the manifest lists no artifacts to say which files it should have scanned'
        : left.mayRunCode
          ? `it should have scanned ${paths}`
          : `it should have seen ${paths} (and listed ${left.files.length === 1 ? 'it' : 'them'} as skipped, a format that runs no code)`;
      if (!left || left.files.length > 0) failures.push({ message: `${tool} scanned 0 files, so it is no evidence that the model files were scanned; ${should}`, at: scan.value.scannedCount.at });
    }
    const beside = besideShipped(system, scan.value, artifacts, ships);
    for (const issue of scan.value.issues) {
      if (!options.severities.includes(issue.severity)) continue;
      if (ships(issue.source)) {
        failures.push({ message: `${tool} found a ${issue.severity} issue in ${issue.source}: ${short(issue.description)}`, at: issue.at });
      } else if (beside(issue.source)) {
        failures.push({ message: `${tool} found a ${issue.severity} issue in ${issue.source}, in the folder of a shipped model file though artifacts does not list it (a model folder is loaded and copied whole): ${short(issue.description)}; remove the file, or scan only what ships`, at: issue.at });
      }
    }
    // An error beside the model as well (third red team: an archive whose member failed to scan,
    // another member scanned clean, passed as scanned).
    for (const error of scan.value.errors) {
      if (ships(error.source)) failures.push({ message: `${tool} failed${error.source ? ` on ${error.source}` : ''}, so it cannot show the model is safe: ${short(error.description)}`, at: error.at });
      else if (error.source !== undefined && beside(error.source)) failures.push({ message: `${tool} failed on ${error.source}, in the folder of a shipped model file though artifacts does not list it, so it cannot show the model is safe: ${short(error.description)}`, at: error.at });
    }
    return failures;
  },
});

export const securityScanCoversArtifacts = defineFunction<Record<string, never>>({
  name: 'security-scan-covers-artifacts',
  description: "Every model file the manifest says the system ships (`artifacts`) was scanned by a cited security scan, not skipped; a file in a format that runs no code when loaded (safetensors, ONNX; a config's or tokenizer's JSON or text) may be skipped, as scanners do, when it is that format (its structure checked where the repository holds it, and not a pickle); and no file that can run code lies unscanned beside one that ships (nor Python a config there has the model's loader import, auto_map). Files that can run code in any folder of the system that holds a model file are asked alike. With no scan cited, each such file fails; with no artifacts key, a system whose folder holds model files fails.",
  optionsSchema: noOptions,
  check({ path, system }) {
    const artifacts = declaredArtifacts(system.manifest.data);
    const folders = discoveredModelFiles(system);
    if (artifacts.length === 0 && folders.length === 0) return { skip: 'the manifest lists no artifacts (the model files it ships)' };
    // A pickle by a name no model's is does not say the system ships a model; it is asked for a scan below.
    const found = folders.filter((file) => isModelFile(file.slice(file.lastIndexOf('/') + 1)));
    const failures: Failure[] = [];
    // Without artifacts no security rule knows what ships (second new user: a pickle in the
    // system's folder, no artifacts, and every security rule not applicable). `artifacts: []`
    // says the system ships no model file of the repository; the files that can run code in its
    // model folders are still asked for a scan below.
    if (system.manifest.data.artifacts === undefined && found.length > 0) {
      const others = found.length - 1;
      const own = system.manifest.dir === '' || (found[0] as string).startsWith(`${system.manifest.dir}/`);
      failures.push({
        message: `the manifest lists no artifacts, but ${own ? "this system's folder" : `the folder of its model card (${shownPath(system.card?.file ?? '')})`} holds ${shownPath(found[0] as string)}${others > 0 ? ` and model files in ${others} other folder${others === 1 ? '' : 's'}` : ''}: list each model file the system ships under artifacts (modelgate init lists those it finds; artifacts: [] says it ships none from the repository), for the security rules to ask that each was scanned`,
        path: [...path, 'artifacts'],
      });
    }
    const scans = readableScans(system);
    // Cited but unreadable: security/scan-readable says why. None cited: nothing ships scanned
    // (review: "every shipped model file was scanned" passed a pickle no scan was cited for).
    const cited = system.manifest.data.assurance?.security?.scans;
    if (scans.length === 0 && Array.isArray(cited) && cited.length > 0) return failures.length > 0 ? failures : { skip: 'no readable security scan is cited' };
    const scanned = scannedIn(scans);
    // Which artifacts a scan covers cannot be shown when one of its paths was not compared.
    if (scanned.missed) return [{ message: `the security scan names ${shownPath(scanned.missed.key)}, ${scanned.missed.why}, so which artifacts it scanned cannot be shown`, path: [...path, 'assurance', 'security', 'scans'] }];
    const skippedFiles = skippedIn(scans.map((scan) => scan.value));
    for (const artifact of artifacts) {
      const key = artifactKey(artifact.path);
      const at: PathSegment[] = [...path, 'artifacts', artifact.index, 'path'];
      const why = uncomparable(key);
      if (why) {
        failures.push({ message: `${shownPath(artifact.path)} is ${why}, too long a path for modelgate to match with the files a scan names`, path: at });
        continue;
      }
      // Whatever its format: a scan that lists it by name cannot show it is the file that ships.
      const unread = system.evidence.unreadOwnFile(artifact.path);
      if (unread) {
        failures.push({ message: `${artifact.path} ships, but modelgate cannot read it to check it: ${unread}`, path: at });
        continue;
      }
      const free = codeFreeArtifact(system, artifact);
      // As written, or where it really is (red team: `modelscan -p .` names a linked model folder's files by their real folder).
      const real = system.evidence.whereIs(artifact.path);
      const scannedAs = scanned.has(key) ? key : real !== undefined && scanned.has(real) ? real : undefined;
      if (scannedAs !== undefined) {
        // Scanned by a scanner that picks what to look for by the file's name (red team: a pickle named .safetensors, reported as scanned).
        if (free.mismatch) failures.push({ message: `${artifact.path}: ${free.mismatch}; scanners choose what to look for by a file's name, so name it as what it is and scan it again`, path: at });
        const elsewhere = scannedElsewhere(system, artifact.path, scanned.matching(scannedAs));
        if (elsewhere) failures.push({ message: `${artifact.path} ships, and the security scan lists ${shownPath(elsewhere.file)}, but in ${shownPath(elsewhere.folder)} (the folder its paths are relative to), which is not the folder of ${artifact.path}: it scanned another copy; scan the folder the model ships from`, path: at });
        continue;
      }
      const skipped = skippedFiles.first(key) ?? (real !== undefined ? skippedFiles.first(real) : undefined);
      // A scan that saw the file and skipped it as a format it has nothing to look for in covers
      // it; one modelgate read and found to be that format needs none.
      if ((skipped || free.checked) && free.codeFree) continue;
      if (runsNoCode(system, artifact.path)) continue;
      // With no scan cited, or one that skipped it: a format that runs no code by its name, and
      // by its first bytes where the repository holds it (third red team: XGBoost's .ubj and
      // LightGBM's text model, which modelscan skips, could not pass).
      if ((scans.length === 0 || skipped) && !free.mismatch && !free.codeFree && otherFormatRunsNoCode(system, artifact.path, skipped !== undefined)) continue;
      failures.push({
        message: skipped
          ? `${artifact.path} ships but the security scan skipped it (${short(skipped.description)})${free.mismatch ? `; ${free.mismatch}: scan it as what it is` : ''}`
          : scans.length === 0
          ? `${artifact.path} ships but no security scan is cited (assurance.security.scans), and ${whyUnscanned(system, artifact.path, free)}: scan the model's folder (modelscan -p MODEL_DIR -r json -o report.json --show-skipped) and cite the report`
          : `${artifact.path} ships but no cited security scan scanned it${free.codeFree ? ' or listed it as skipped (modelscan lists the files it skips when run with --show-skipped)' : free.mismatch ? `; ${free.mismatch}: scan it as what it is` : ''}`,
        path: at,
      });
    }
    for (const { file, beside, modelFile, loader, fetched, tooMany, outside, misread, mismatch } of unscannedBeside(system, artifacts, scanned)) {
      if (!beside) {
        // Names from the repository's listing, quoted where a terminal would show them as another (a newline as a space).
        const name = (shown: string) => (/^[\w./+@-]+$/.test(shown) ? shown : shownPath(shown));
        failures.push({
          message: mismatch
            ? `${name(file)} lies ${whereModel(modelFile)}, and ${mismatch}: a loader that reads it as what it is runs it; name it as what it is and scan it, or move it out`
            : misread
            ? `${name(file)} lies ${whereModel(modelFile)}, and a ${file.slice(file.lastIndexOf('.'))} file can run code when loaded, but ${misread}, so it cannot be shown scanned: rename it or move it`
            : tooMany
            ? `${file}, a folder of this system that holds a model file, holds more than ${FOLDER_FILES_CAP.toLocaleString('en-US')} entries, too many for modelgate to look through for files that can run code: give the model a folder of its own`
            : outside
            ? `${name(file)} lies ${whereModel(modelFile)}, but ${outside}: no scan here can show what it leads to; copy the file into the repository, or remove the link`
            : `${name(file)} lies ${whereModel(modelFile)}, and a ${file.slice(file.lastIndexOf('.'))} file can run code when loaded, but artifacts does not list it and no cited security scan scanned it: list it and scan the folder, or move it out (the policy's exclude leaves out a folder no system loads from)`,
          // The file named in the path too: a finding's identity, which a baseline records, is
          // its path (second red team: one recorded finding excused a pickle swapped in later).
          path: [...path, 'artifacts', file],
        });
        continue;
      }
      failures.push({
        message: outside
          ? `${file} lies beside ${beside.path}, which ships, and its loader reads it, but ${outside}: no scan here can show what it leads to where the model runs; copy the file into the repository`
          : tooMany
          ? loader
            ? `${loader}, in the folder of ${beside.path}, which ships, names modules in more than ${MAX_MODULE_FOLDERS} folders, too many for modelgate to look through: keep the model's code and modules in a few folders`
            : `${file}, a folder of ${beside.path}, which ships, holds more than ${FOLDER_FILES_CAP.toLocaleString('en-US')} entries, too many for modelgate to look through for code beside the model: a model folder is loaded and copied whole; give the model a folder of its own`
          : fetched
          ? `${loader}, in the folder of ${beside.path}, which ships, has the model's loader fetch Python from another repository, ${quoted(file)}, and run it (auto_map, with trust_remote_code): no scan here can read that code; copy it into the folder and scan it, or drop the reference`
          : loader === CUSTOM_GENERATE
          ? `${file} is Python in the custom_generate folder beside ${beside.path}, which ships: transformers runs its generate.py in place of generate() for a model loaded from that folder, but no cited security scan scanned it, and a model scanner reads no Python: scan the code with a code scanner and cite its result in modelgate's format, or move it out`
          : loader
          ? `${file} is Python that ${loader} has the loader of ${beside.path}, which ships, import (an auto_map or custom_pipelines with trust_remote_code, a sentence-transformers module type, or a diffusers pipeline or component of its own), but no cited security scan scanned it, and a model scanner reads no Python: scan the code with a code scanner and cite its result in modelgate's format, or move it out`
          : `${file} lies in the folder of ${beside.path}, which ships, and a ${file.slice(file.lastIndexOf('.'))} file can run code when loaded, but artifacts does not list it and no cited security scan scanned it: a model folder is loaded and copied whole; scan the folder, or move the file out`,
        path: [...path, 'artifacts', beside.index, 'path'],
      });
    }
    // No scan and nothing that needed one is nothing scanned, not "every shipped file was scanned"
    // (new user: a safetensors adapter with no scan counted as evidence of MEASURE 2.7 and A.6.2.4).
    if (failures.length === 0 && scans.length === 0) return { skip: 'no security scan is cited, and no file the system ships needs one (each is in a format that runs no code when loaded, checked): nothing was scanned' };
    return failures;
  },
});

export const securityScanFresh = defineFunction<Record<string, never>>({
  name: 'security-scan-fresh',
  description: "A cited security scan is no older than the model files it scanned or skipped: its timestamp (else the citation's `date`) is on or after each such artifact's `date`, not in the future, and, in a pull request that changes a model file (a new sha256, or the file itself as git compares it), not a report the base commit cited, unchanged.",
  optionsSchema: noOptions,
  check({ target, targetPath, system }) {
    const scan = loadScan(system, target);
    if (!scan?.ok) return UNREADABLE_SCAN;
    const scanned = scannedIn([scan]);
    const entry = target as ScanEntry;
    // An artifact whose path was not compared is judged as if the scan had scanned it (fails closed).
    const earlier = typeof entry.path === 'string' ? reportOfEarlierModel(system, entry.path, (manifest) => manifest.assurance?.security?.scans, (path) => scanned.mayHave(artifactKey(path))) : undefined;
    if (earlier) {
      return [{ message: `${scan.value.file} is the security scan the base commit ${earlier.commit} cited${earlier.as ? ` as ${earlier.as}` : ''}, unchanged, but ${earlier.path} has ${earlier.how}: it scanned the earlier file; scan the model file that ships`, path: [...targetPath, 'path'] }];
    }
    // Scanned, or seen and skipped (auditor: a scan from 2024 that skipped the ONNX model made in
    // 2026 passed, not applicable): either way it cannot have seen a file made after it.
    const skipped = skippedIn([scan.value]);
    // Skipped: any file but a config's or tokenizer's, which no scan is asked for (false-error hunt:
    // a config.json of another folder, re-exported after the scan, matched the config.json it
    // skipped); a model file covered by a skip is judged here too (review: scorer.ubj, skipped,
    // passed scan-covers-artifacts and was never judged fresh).
    const seen = (artifact: DeclaredArtifact) => scanned.mayHave(artifactKey(artifact.path)) || (dataExtension(artifact.path) === undefined && skipped.mayHave(artifactKey(artifact.path)));
    const dated = declaredArtifacts(system.manifest.data).filter((artifact) => artifact.date !== undefined && seen(artifact));
    const cited = entry.date;
    const when = scan.value.scannedAt ?? (typeof cited === 'string' ? { value: cited, at: undefined } : undefined);
    // Red team: a scan dated 2099 is newer than any model file.
    if (when && staleness(when.value, system.now, Number.POSITIVE_INFINITY) === 'future') {
      return [{ message: `${scan.value.file} is dated ${when.value.slice(0, 10)}, in the future`, ...(when.at ? { at: when.at } : { path: [...targetPath, 'date'] }) }];
    }
    if (dated.length === 0) return { skip: 'no artifact with a date that this scan scanned or skipped' };
    if (!when) return [{ message: `${scan.value.file} has no timestamp and its citation no date, so its freshness cannot be shown`, path: targetPath }];
    // modelscan writes the scanning machine's local time without a zone: compare calendar days.
    const scanDay = when.value.slice(0, 10);
    return dated
      .filter((artifact) => scanDay < (artifact.date as string).slice(0, 10))
      .map((artifact) => ({
        message: `the security scan (${scanDay}) is older than ${artifact.path} (${artifact.date}); scan the model file that ships`,
        ...(when.at ? { at: when.at } : { path: [...targetPath, 'date'] }),
      }));
  },
});

export const SECURITY_SCAN_CHECKS: ReadonlyArray<CheckFunction<never>> = [securityScanReadable, securityScanIssues, securityScanCoversArtifacts, securityScanFresh];

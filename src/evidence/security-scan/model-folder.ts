/**
 * What a model's loader reads from the folder of a shipped model file besides the file itself: a
 * model folder is loaded and copied whole. Weights in either kind of format, and the Python its
 * configs have the loader import. One answer for the rules that ask: security/scan-covers-artifacts
 * (was each one scanned) and, in a pull request, the freshness rules (did one change since the
 * base commit's reports).
 */
import { posix } from 'node:path';
import { normaliseCitation, TOO_MANY_FILES } from '../../fs/repo-fs.js';
import type { DeclaredArtifact } from '../../load/manifest.js';
import type { SystemContext } from '../check.js';
import { artifactKey } from '../same-file.js';
import { codeFreeExtension, mayRunCode } from './code-free.js';

/**
 * transformers' custom generation method: a model folder's `custom_generate/generate.py`
 * replaces `generate()` for a model loaded from that folder (with trust_remote_code; from a
 * local folder without it), and brings the modules it imports from beside it.
 */
export const CUSTOM_GENERATE = 'custom_generate';

/** The most folders below a model's that its configs may name modules in: each is listed. */
export const MAX_MODULE_FOLDERS = 16;

/** What a loader reads from the folders of a system's shipped model files. */
export interface ModelFolders {
  /**
   * Weights (a format that may run code, or one that runs none) and Python the loader imports,
   * written as the manifest writes the artifact's folder; `python`, for Python, is the config
   * that imports it, or CUSTOM_GENERATE for a custom_generate/ folder's. The artifacts
   * themselves are among them.
   */
  files: Array<{ file: string; beside: DeclaredArtifact; python?: string }>;
  /** Other repositories a config has the loader fetch Python from (`org/repo--module.Class`). */
  fetched: Array<{ repository: string; beside: DeclaredArtifact; config: string }>;
  /** Folders too full to look through, and configs that name modules in too many (`config`). */
  tooMany: Array<{ folder: string; beside: DeclaredArtifact; config?: string }>;
}

/**
 * What the loader reads from the folder of each artifact the repository holds: the folder's
 * weights; those of each folder a sentence-transformers modules.json names (red team:
 * 2_Dense/pytorch_model.bin, a pickle it torch.loads); and, where a config has the loader import
 * Python (loadsPython), the folder's Python and that of each folder below it a module is named
 * in. Names keep their case, as Linux's file systems do (red team: Model/ beside model/).
 */
export function modelFolders(system: Pick<SystemContext, 'evidence'>, artifacts: readonly DeclaredArtifact[]): ModelFolders {
  // Asked by scan-clean, scan-covers-artifacts and each freshness rule: folders listed and configs parsed once.
  return system.evidence.remembered(`model-folders:${artifacts.map(({ path }) => path).join('\0')}`, () => readModelFolders(system, artifacts));
}

function readModelFolders(system: Pick<SystemContext, 'evidence'>, artifacts: readonly DeclaredArtifact[]): ModelFolders {
  const found: ModelFolders = { files: [], fetched: [], tooMany: [] };
  const seen = new Set<string>();
  /** Reads folder `written` through `list` (a listing of the folder by one of its files), unless it was read. */
  const read = (written: string, artifact: DeclaredArtifact, list: () => string[] | typeof TOO_MANY_FILES | undefined): boolean => {
    if (seen.has(folderKey(written))) return false;
    const files = list();
    if (files === undefined) return false; // not in the repository: weights kept elsewhere
    // Red team: 10,000 files beside the model hid a pickle among them; too many to look through is not none.
    if (files === TOO_MANY_FILES) {
      found.tooMany.push({ folder: written || './', beside: artifact });
      seen.add(folderKey(written));
      return false;
    }
    readFolder(system, written, files, artifact, found, seen);
    return true;
  };
  for (const artifact of artifacts) {
    const written = artifact.path.slice(0, Math.max(artifact.path.lastIndexOf('/'), artifact.path.lastIndexOf('\\')) + 1);
    // Each folder listed once (a sharded model lists hundreds of files in one).
    if (!read(written, artifact, () => system.evidence.filesBeside(artifact.path)) || written === '') continue;
    // A diffusers pipeline keeps its components' weights in folders below its own, where its
    // model_index.json and its code are (red team: unet/ shipped, the pipeline's code above it).
    const parent = written.slice(0, written.slice(0, -1).lastIndexOf('/') + 1);
    read(parent, artifact, () => system.evidence.filesBeside(`${parent}model_index.json`));
  }
  return found;
}

type SystemsModelFiles = Pick<SystemContext, 'evidence' | 'manifest' | 'modelFilesInFolder' | 'modelFilesUnder' | 'card' | 'systemAt'>;

/**
 * The model files discovery found (one for each folder that holds any, repository-relative) in
 * the system's folder, and in the folder of its model card or below it where no other system's
 * folder is (new user: a service citing a card in models/churn/ listed no artifacts and passed,
 * the pickle beside the card unasked for). Empty when the run did not look.
 */
export function discoveredModelFiles(system: SystemsModelFiles): string[] {
  // Asked by scan-covers-artifacts and by systemModelFolders (and so scan-clean): worked out once.
  return system.evidence.remembered('discovered-model-files', () => readDiscoveredModelFiles(system));
}

function readDiscoveredModelFiles(system: SystemsModelFiles): string[] {
  const own = system.modelFilesInFolder ?? [];
  // Where the card really is (review: a card reached through a link was looked for where the link is).
  const cited = system.manifest.data.modelCard;
  const card = (typeof cited === 'string' ? system.evidence.whereIs(cited) : undefined) ?? system.card?.file;
  if (card === undefined || !system.modelFilesUnder) return [...own];
  const folder = posix.dirname(card) === '.' ? '' : posix.dirname(card);
  const dir = system.manifest.dir;
  if (folder === dir || (dir === '' ? true : folder.startsWith(`${dir}/`))) return [...own]; // in its own folder: own has them
  const beside = system.modelFilesUnder(folder).filter((file) => {
    const owner = system.systemAt?.(file);
    return owner === undefined || owner === system.manifest.file;
  });
  return [...new Set([...own, ...beside])].sort();
}

/**
 * The files of each folder in the system's own folder that holds model files as discovery finds
 * them (SystemContext.modelFilesInFolder), written relative to the manifest's folder as
 * artifacts are: where a model is kept, a file beside it is one the system may load, listed in
 * artifacts or not (red team: one safetensors file listed, and a pickle in another folder of
 * the system passed). `modelFile` is the model file discovery found there; `tooMany`, folders
 * holding more than modelgate lists.
 */
export function systemModelFolders(system: SystemsModelFiles): { files: Array<{ file: string; modelFile: string; misread?: true }>; tooMany: string[] } {
  return system.evidence.remembered('system-model-folders', () => {
    const found: { files: Array<{ file: string; modelFile: string; misread?: true }>; tooMany: string[] } = { files: [], tooMany: [] };
    for (const discovered of discoveredModelFiles(system)) {
      // Listed by the folder discovery found it in, not read as a citation (second red team: a
      // `#` or `\\` in a folder's name, a decoy named `0\\x.safetensors`, listed no folder).
      const modelFile = posix.relative(system.manifest.dir, discovered);
      const slash = discovered.lastIndexOf('/');
      const folder = slash < 0 ? '' : discovered.slice(0, slash);
      const files = system.evidence.filesInRepoFolder(folder);
      if (files === TOO_MANY_FILES) found.tooMany.push(modelFile.slice(0, modelFile.lastIndexOf('/') + 1) || './');
      else for (const file of files ?? []) found.files.push({ file, modelFile, ...(readsAsAnotherPath(system, file, folder) ? { misread: true as const } : {}) });
    }
    return found;
  });
}

/**
 * Whether a file a folder's listing names, written from the manifest's folder, reads as another
 * path where the checks read it as the manifest's paths are read (a `#` starts a fragment, a
 * backslash separates folders): it could not be told apart from the file it reads as (review:
 * `ck#1/evil.pkl`, a link out of the repository, passed as the `ck` its name was cut to).
 */
function readsAsAnotherPath(system: Pick<SystemContext, 'manifest'>, written: string, folder: string): boolean {
  const name = written.slice(written.lastIndexOf('/') + 1);
  const read = normaliseCitation(written, system.manifest.dir);
  return written.includes('#') || !read.ok || read.rel !== (folder === '' ? name : `${folder}/${name}`);
}

/** A folder as the manifest writes it (`model/`, `./model//`), as one key. */
export const folderKey = (written: string) => posix.normalize(`${artifactKey(written)}/`);

/** What the loader reads from one model folder, `written` as the manifest writes it, holding `files`: into `found`, unless `seen` has it. */
function readFolder(system: Pick<SystemContext, 'evidence'>, written: string, files: readonly string[], artifact: DeclaredArtifact, found: ModelFolders, seen: Set<string>, depth = 0): void {
  // Each folder once, however many listed files or parts lead to it.
  if (seen.has(folderKey(written))) return;
  seen.add(folderKey(written));
  for (const file of files) if (mayRunCode(file) || codeFreeExtension(file) !== undefined) found.files.push({ file, beside: artifact });
  // The folders the loader reads as parts of the model, each read as a model folder (third red
  // team: a module's own config.json importing Python, a pickle in vae/ when unet/ shipped):
  // sentence-transformers' modules and a diffusers pipeline's components, one level down.
  const parts = depth === 0 ? partFolders(system, files) : undefined;
  if (parts && parts.folders.length > MAX_MODULE_FOLDERS) found.tooMany.push({ folder: written || './', beside: artifact, config: parts.file });
  else {
    for (const part of parts?.folders ?? []) {
      const inFolder = system.evidence.filesInFolder(written + part);
      if (inFolder === TOO_MANY_FILES) found.tooMany.push({ folder: `${written}${part}/`, beside: artifact });
      else if (inFolder) readFolder(system, `${written}${part}/`, inFolder, artifact, found, seen, depth + 1);
    }
  }
  customGenerate(system, written, artifact, found);
  const python = loadsPython(system, files);
  if (!python) return;
  // Each folder below this one that a module is named in, listed once (review: 5,000 modules
  // named in one folder of 9,000 files listed it 5,000 times).
  const below = [...new Set(python.modules.map((module) => module.slice(0, module.lastIndexOf('/') + 1)))].filter((folder) => folder !== '');
  if (below.length > MAX_MODULE_FOLDERS) {
    found.tooMany.push({ folder: written || './', beside: artifact, config: python.config });
    return;
  }
  const pythonFiles = new Set<string>();
  // This folder's Python only when a module of it is named (third red team: Stable Diffusion 1.5's
  // safety_checker, from "stable_diffusion", had a handler.py beside the pipeline taken as imported).
  for (const inFolder of [python.here ? files : [], ...below.map((folder) => system.evidence.filesInFolder(written + folder.slice(0, -1)))]) {
    if (inFolder === TOO_MANY_FILES) found.tooMany.push({ folder: written || './', beside: artifact, config: python.config });
    else for (const file of inFolder ?? []) if (file.toLowerCase().endsWith('.py')) pythonFiles.add(file);
  }
  for (const file of pythonFiles) found.files.push({ file, beside: artifact, python: python.config });
  for (const repository of python.fetched) found.fetched.push({ repository, beside: artifact, config: python.config });
}

/**
 * The Python of a model folder's custom_generate/ (CUSTOM_GENERATE), into `found`, when it holds
 * a generate.py: no config names it (third red team: it ran unscanned beside clean weights).
 */
function customGenerate(system: Pick<SystemContext, 'evidence'>, written: string, artifact: DeclaredArtifact, found: ModelFolders): void {
  const inFolder = system.evidence.filesInFolder(written + CUSTOM_GENERATE);
  if (inFolder === TOO_MANY_FILES) {
    found.tooMany.push({ folder: `${written}${CUSTOM_GENERATE}/`, beside: artifact });
    return;
  }
  if (!inFolder?.some((file) => /(?:^|[/\\])generate\.py$/.test(file))) return;
  for (const file of inFolder) if (file.toLowerCase().endsWith('.py')) found.files.push({ file, beside: artifact, python: CUSTOM_GENERATE });
}

/**
 * The files a model folder may have its loader import Python by: Hugging Face configs
 * (config.json, tokenizer_config.json, preprocessor_config.json, ...: `auto_map`,
 * `custom_pipelines`), sentence-transformers' modules.json (a module's `type`) and diffusers'
 * model_index.json (a pipeline or component of its own).
 */
const namesPython = (file: string) => /(?:^|[/\\_])config\.json$|(?:^|[/\\])(?:modules|model_index)\.json$/i.test(file);

/**
 * Whether a model folder's `files` have its loader import Python, and from where: the first
 * config that does; the module files named in folders below this one (`code/modeling.Class` is
 * code/modeling.py); and the other repositories it fetches Python from (`org/repo--module.Class`,
 * from the Hub). `from_pretrained(..., trust_remote_code=True)` imports a module an `auto_map`
 * names, with the modules it imports; sentence-transformers imports a modules.json `type` from
 * the folder whatever trust_remote_code says; diffusers imports a pipeline or component a
 * model_index.json names by module (red team: a model scanner reads no Python, so modeling code
 * beside clean weights passed). A config that cannot be read here, or does not read as JSON
 * (Python's json takes NaN, and files over max-file-size), counts: it may name any.
 */
function loadsPython(system: Pick<SystemContext, 'evidence'>, files: readonly string[]): { config: string; here: boolean; modules: string[]; fetched: string[] } | undefined {
  let loads: { config: string; here: boolean; modules: Set<string>; fetched: Set<string> } | undefined;
  for (const file of files) {
    if (!namesPython(file)) continue;
    const read = system.evidence.text(file);
    // Not UTF-8: Python's loaders refuse it too (they read configs as UTF-8).
    if (!read.ok && read.problem.binary) continue;
    const value = read.ok ? parsedJson(read.value.text) : undefined;
    const references = value === undefined ? [] : /modules\.json$/i.test(file) ? moduleTypes(value) : /model_index\.json$/i.test(file) ? customPipeline(value) : autoMapReferences(value);
    if (value !== undefined && references === undefined) continue;
    loads ??= { config: file, here: false, modules: new Set(), fetched: new Set() };
    // A config that cannot be told names any module, this folder's among them.
    if (value === undefined) loads.here = true;
    for (const reference of references ?? []) {
      if (reference.includes('--')) loads.fetched.add(reference.slice(0, reference.indexOf('--')));
      else if (reference.lastIndexOf('/') > 0 && reference.lastIndexOf('.') > reference.lastIndexOf('/')) loads.modules.add(`${reference.slice(0, reference.lastIndexOf('.'))}.py`);
      else loads.here = true;
    }
  }
  return loads && { config: loads.config, here: loads.here, modules: [...loads.modules], fetched: [...loads.fetched] };
}

/** JSON text's value; undefined for text that is not JSON. */
function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The folders a model folder's `files` name as parts of the model: the modules of a
 * sentence-transformers modules.json (`1_Pooling`, `./2_Dense`, `../dense`: joined as written)
 * and the components of a diffusers model_index.json (`unet`, `vae`), with the file; undefined
 * where neither reads. Only the file named exactly so counts (third red team: a decoy
 * MODULES.json, sorted first, hid the one the loader reads).
 */
function partFolders(system: Pick<SystemContext, 'evidence'>, files: readonly string[]): { file: string; folders: string[] } | undefined {
  const named = (name: string) => files.find((file) => file === name || file.endsWith(`/${name}`) || file.endsWith(`\\${name}`));
  const folders = new Set<string>();
  let file: string | undefined;
  const modulesFile = named('modules.json');
  const modules = modulesFile === undefined ? undefined : readJson(system, modulesFile);
  if (Array.isArray(modules)) {
    file = modulesFile;
    for (const module of modules) {
      const path = module && typeof module === 'object' ? (module as { path?: unknown }).path : undefined;
      const folder = typeof path === 'string' ? relativeFolder(path) : undefined;
      if (folder !== undefined) folders.add(folder);
    }
  }
  const indexFile = named('model_index.json');
  const index = indexFile === undefined ? undefined : readJson(system, indexFile);
  if (index && typeof index === 'object' && !Array.isArray(index)) {
    file ??= indexFile;
    for (const [name, value] of Object.entries(index as Record<string, unknown>)) if (!name.startsWith('_') && Array.isArray(value) && relativeFolder(name) !== undefined) folders.add(relativeFolder(name) as string);
  }
  return file === undefined ? undefined : { file, folders: [...folders] };
}

/** A JSON file's value, read as the manifest's files are; undefined when it cannot be read or is not JSON. */
function readJson(system: Pick<SystemContext, 'evidence'>, file: string): unknown {
  const read = system.evidence.text(file);
  return read.ok ? parsedJson(read.value.text) : undefined;
}

/** A relative folder as a loader joins it to the model's (`./2_Dense/` is 2_Dense); undefined for none (empty, `.`, absolute). */
function relativeFolder(path: string): string | undefined {
  if (path.startsWith('/') || path.includes('\\') || path.includes('\0')) return undefined;
  const folder = posix.normalize(`${path}/`).slice(0, -1);
  return folder === '' || folder === '.' ? undefined : folder;
}

/** Whether `path` names a folder below the one it is written in: relative, no `.` or `..` part. */
function isFolderBelow(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0')) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/** The module references of a Hugging Face config's `auto_map` and `custom_pipelines`; undefined when it has neither. */
function autoMapReferences(config: unknown): string[] | undefined {
  if (!config || typeof config !== 'object' || Array.isArray(config)) return undefined;
  const { auto_map: autoMap, custom_pipelines: pipelines } = config as Record<string, unknown>;
  if (autoMap === undefined && pipelines === undefined) return undefined;
  const mapped = autoMap && typeof autoMap === 'object' ? Object.values(autoMap).flatMap(referencesIn) : referencesIn(autoMap);
  const pipelined = pipelines && typeof pipelines === 'object' ? Object.values(pipelines).flatMap((pipeline) => referencesIn((pipeline as { impl?: unknown } | null)?.impl)) : [];
  return [...mapped, ...pipelined];
}

/** The libraries a diffusers model_index.json names components from without code of the model's own. */
const DIFFUSERS_LIBRARIES = new Set(['diffusers', 'transformers']);

/**
 * The modules of a diffusers model_index.json's own code: a pipeline given as `["module",
 * "Class"]` (DiffusionPipeline.from_pretrained imports it from the folder), and a component
 * from a library other than diffusers or transformers (`"unet": ["my_unet", "MyUNet"]`, imported
 * from unet/my_unet.py; review). Undefined when it names none.
 */
function customPipeline(index: unknown): string[] | undefined {
  if (!index || typeof index !== 'object' || Array.isArray(index)) return undefined;
  const references: string[] = [];
  for (const [name, value] of Object.entries(index as Record<string, unknown>)) {
    if (!Array.isArray(value) || typeof value[0] !== 'string' || typeof value[1] !== 'string') continue;
    if (name === '_class_name') references.push(`${value[0]}.${value[1]}`);
    else if (!name.startsWith('_') && isFolderBelow(name) && !DIFFUSERS_LIBRARIES.has(value[0])) references.push(`${name}/${value[0]}.${value[1]}`);
  }
  return references.length > 0 ? references : undefined;
}

/** The module types a sentence-transformers modules.json names outside the library itself; undefined when it names none. */
function moduleTypes(modules: unknown): string[] | undefined {
  const types = (Array.isArray(modules) ? modules : []).map((module) => (module && typeof module === 'object' ? (module as { type?: unknown }).type : undefined)).filter((type): type is string => typeof type === 'string' && !type.startsWith('sentence_transformers.'));
  return types.length > 0 ? types : undefined;
}

/**
 * The references an auto_map value holds, as transformers reads one: a string, or a list of
 * them (a tokenizer's slow and fast classes, null for none). Nothing deeper is read (review: a
 * config nested 100,000 deep overflowed the stack).
 */
function referencesIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

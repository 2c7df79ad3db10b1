/**
 * Models nobody registered: a model card no ai-system.yaml cites, and model files no system
 * owns. No rule can check a model that no manifest describes, so a pull request that adds one
 * beside the registered systems must not pass unseen (red team: a folder with a pickle that ran
 * `os.system` on load, and no card, passed as "0 systems").
 */
import * as path from 'node:path';
import { folderOf, isModelFile } from '../discover/discover.js';
import type { FileSource } from '../fs/repo-fs.js';
import { declaredArtifacts, type Manifest } from '../load/manifest.js';

/** Whether `folder` or a folder above it (the root included) is one of `folders`. */
export function ownedBy(folder: string, folders: ReadonlySet<string>): boolean {
  for (let at = folder; ; at = folderOf(at)) {
    if (folders.has(at)) return true;
    if (at === '') return false;
  }
}

/** PyTorch's checkpoint extensions, which torch.load unpickles, whatever the name says. */
const CHECKPOINT = /\.(?:pt|pth|ckpt)$/i;
/** A compression suffix on a pickle (joblib writes model.pkl.gz, model.joblib.xz). */
const COMPRESSED = /\.(?:gz|bz2|xz|lzma|z|zst)$/i;

/**
 * A file no name check calls a model's that is one all the same: a PyTorch checkpoint by any name
 * (yolov8n.pt, resnet50.pth), or a model's pickle compressed (model.pkl.gz). Other pickles by
 * other names may be data (features.pkl) and are left to the security rules of a system's folder.
 */
export function isCheckpointOrPackedModel(name: string): boolean {
  return CHECKPOINT.test(name) || (COMPRESSED.test(name) && isModelFile(name.replace(COMPRESSED, '')));
}

/** How far above a model's files a card may be and still be theirs (a card over weights/ or checkpoints/final/). */
const MODEL_FILE_LEVELS = 2;
/** Folders a model's own files are kept in; `models/fraud/` is another model, not a part of this one. */
const ARTIFACT_FOLDER = /^(?:weights?|checkpoints?|checkpoint-\d+|ckpts?|onnx|gguf|exports?|exported|artifacts?|saved_model|final|best|latest|outputs?|fp16|fp32|bf16|int[48]|quantized|variables)$/i;

/**
 * The folder of the card candidate that claims `file`: its own folder, or one up to
 * MODEL_FILE_LEVELS above through folders a model's files are kept in (weights/,
 * checkpoints/final/), never past a folder with a manifest (a system's weights are its own,
 * wherever its card is). Undefined when no card is near.
 */
export function cardFolderOf(file: string, cardFolders: ReadonlySet<string>, manifestFolders: ReadonlySet<string>): string | undefined {
  let at = folderOf(file);
  for (let level = 0; level <= MODEL_FILE_LEVELS; level++) {
    if (cardFolders.has(at)) return at;
    if (manifestFolders.has(at) || at === '' || !ARTIFACT_FOLDER.test(at.slice(at.lastIndexOf('/') + 1))) return undefined;
    at = folderOf(at);
  }
  return undefined;
}

/**
 * Each card folder's model file (cardFolderOf): a README over `weights/model.safetensors`
 * describes those weights as one beside them does; a project README over `models/m/` does not.
 * The value is the first file by path, relative to the card's folder.
 */
export function modelFilesByCardFolder(modelFiles: Readonly<Record<string, string>>, cardFolders: ReadonlySet<string>, manifestFolders: ReadonlySet<string>): Map<string, string> {
  const claimed = new Map<string, string>();
  for (const file of Object.values(modelFiles).sort()) {
    const at = cardFolderOf(file, cardFolders, manifestFolders);
    if (at !== undefined && !claimed.has(at)) claimed.set(at, at === '' ? file : file.slice(at.length + 1));
  }
  return claimed;
}

/**
 * The repository-relative paths of the files a manifest lists under artifacts outside its own
 * folder (a service that ships `../../ml/models/risk/model.safetensors`): the system owns the
 * model files in their folders (not below them). A URL (a registry's `models:/name/4`, `s3://…`) or a path out of
 * the repository names no folder here.
 */
export function artifactsOutside(manifest: Pick<Manifest, 'dir' | 'data'>): string[] {
  const outside: string[] = [];
  for (const { path: written } of declaredArtifacts(manifest.data)) {
    if (/^[a-z][a-z\d+.-]*:/i.test(written) || path.posix.isAbsolute(written)) continue;
    const rel = path.posix.normalize(path.posix.join(manifest.dir, written));
    if (rel === '..' || rel.startsWith('../')) continue;
    if (manifest.dir === '' || rel.startsWith(`${manifest.dir}/`)) continue;
    outside.push(rel);
  }
  return outside;
}

/**
 * The model files (one for each folder that holds any, Discovery.modelFiles, and checkpoints
 * found by isCheckpointOrPackedModel) that no system owns: not in or below a manifest's folder or
 * a cited card's folder, not in the folder of a file a system lists under artifacts (that folder
 * itself, not the repository's root), and not near a card reported as a model's (`cardFolders`;
 * a dataset card or a project README claims nothing). `datasetCardFolders`: the folders of the
 * dataset cards read. Sorted.
 */
export function unownedModelFiles(
  modelFiles: Readonly<Record<string, string>>,
  pickleFiles: Readonly<Record<string, string>>,
  source: Pick<FileSource, 'filesIn'>,
  owners: { manifestFolders: ReadonlySet<string>; cardFolders: ReadonlySet<string>; datasetCardFolders: ReadonlySet<string>; citedCardFolders: ReadonlySet<string>; artifactFolders: ReadonlySet<string> },
): string[] {
  const { manifestFolders, cardFolders, datasetCardFolders, citedCardFolders, artifactFolders } = owners;
  // A folder with no file named as a model's, and no dataset card to say it holds data (a
  // dataset's tensors, embeddings.pt), may hold a checkpoint by another name (yolov8n.pt,
  // resnet50.pth) or a model's compressed pickle (model.pkl.gz): looked for in its listing. Any
  // README is not enough (review: "# Detector" beside yolov8n.pt hid it).
  const files = { ...Object.fromEntries(Object.entries(pickleFiles).flatMap(([folder]) => {
    if (modelFiles[folder] !== undefined || datasetCardFolders.has(folder)) return [];
    const listed = source.filesIn(folder);
    const name = Array.isArray(listed) ? listed.find(isCheckpointOrPackedModel) : undefined;
    return name === undefined ? [] : [[folder, folder === '' ? name : `${folder}/${name}`]];
  })), ...modelFiles };
  const unowned: string[] = [];
  for (const file of Object.values(files)) {
    const folder = folderOf(file);
    // A listed file's own folder only, never below it or the root: a PR listing `../LICENSE` as an
    // artifact would otherwise own every model in the repository (review).
    if (ownedBy(folder, manifestFolders) || ownedBy(folder, citedCardFolders) || (folder !== '' && artifactFolders.has(folder))) continue;
    if (cardFolderOf(file, cardFolders, manifestFolders) !== undefined) continue;
    unowned.push(file);
  }
  return unowned.sort();
}

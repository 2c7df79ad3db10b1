/**
 * What an MLflow model folder ships, for `modelgate init`: the files its `MLmodel` descriptor has
 * MLflow load, not the descriptor. `mlflow.<flavor>.save_model` writes a folder of an `MLmodel`
 * (YAML: `flavors:`, one entry per way to load the model), the environment (`conda.yaml`,
 * `python_env.yaml`, `requirements.txt`), examples (`input_example.json`,
 * `serving_input_example.json`), `registered_model_meta`, and the model itself, which each
 * flavor names under its own key:
 *
 * - `sklearn`, `pmdarima`: `pickled_model: model.pkl`
 * - `xgboost`, `lightgbm`, `catboost`, `onnx`, `statsmodels`, `h2o`, `spacy`, `fastai`, and
 *   `python_function` for most: `data: model.xgb`, `model.lgb`, `model.cb`, `model.onnx`, … (a file or a folder)
 * - `pytorch`, `spark`: `model_data: data` (the folder of `model.pth`), `sparkml`
 * - `python_function` of sklearn: `model_path: model.pkl`; of a custom model:
 *   `python_model: python_model.pkl` and `artifacts: {name: {path: artifacts/…}}`
 * - `tensorflow`: `saved_model_dir: tfmodel`; `transformers`: `model_binary: model`
 *
 * A flavor's `env` and `code` are the environment and the model's source, not the model.
 * (MLflow's "Storage Format": https://mlflow.org/docs/latest/models.html#storage-format)
 */
import * as path from 'node:path';
import { parse } from 'yaml';
import { isModelFile, isPickleFile } from './discover/discover.js';

/** The descriptor's name: an MLflow model folder is the folder that holds one. */
export const MLMODEL = 'MLmodel';
/** The keys under which a flavor names the files (or folder) it loads, in MLflow's flavors. */
const LOADED_KEYS = ['pickled_model', 'data', 'model_data', 'model_path', 'python_model', 'saved_model_dir', 'model_binary'];
/** A larger MLmodel is no descriptor MLflow wrote (signatures of thousands of columns stay well below). */
const MAX_MLMODEL_BYTES = 1024 * 1024;

export interface MlflowModel {
  /** The flavors the descriptor lists, as named there (clipped, for the line init prints). */
  flavors: string[];
  /** The files its flavors load, as `folderFiles` names them, sorted; empty when none is in the folder. */
  loads: string[];
}

/**
 * What the MLmodel `text` (of the folder `folder`, '' or ending in '/', in the names of
 * `folderFiles`) has MLflow load: each path a flavor names that is a file of the folder, or, for
 * a folder, the files in it named as a model's or a pickle's (those are what a loader reads and
 * may run code; a folder with none, Spark's parquet stages say, counts whole). Paths that climb
 * out of the folder, are absolute or name nothing listed count for nothing: `folderFiles` is
 * init's own bounded listing, so nothing outside it is looked at. Undefined when the text is no
 * MLmodel (not YAML, no `flavors:` mapping).
 */
export function mlflowModel(text: string, folder: string, folderFiles: ReadonlySet<string>): MlflowModel | undefined {
  if (text.length > MAX_MLMODEL_BYTES) return undefined;
  let doc: unknown;
  try {
    doc = parse(text, { maxAliasCount: 0, uniqueKeys: false });
  } catch {
    return undefined;
  }
  const flavors = (doc as { flavors?: unknown } | null)?.flavors;
  if (!flavors || typeof flavors !== 'object' || Array.isArray(flavors)) return undefined;
  const named = new Set<string>();
  for (const flavor of Object.values(flavors as Record<string, unknown>)) {
    if (!flavor || typeof flavor !== 'object' || Array.isArray(flavor)) continue;
    const entry = flavor as Record<string, unknown>;
    for (const key of LOADED_KEYS) if (typeof entry[key] === 'string') named.add(entry[key]);
    // A custom pyfunc's artifacts: {name: {path: artifacts/…, uri: …}}.
    const artifacts = entry.artifacts;
    if (artifacts && typeof artifacts === 'object' && !Array.isArray(artifacts)) {
      for (const artifact of Object.values(artifacts as Record<string, unknown>)) {
        const at = (artifact as { path?: unknown } | null)?.path;
        if (typeof at === 'string') named.add(at);
      }
    }
  }
  const loads = new Set<string>();
  for (const written of named) {
    const inFolder = insideFolder(written);
    if (inFolder === undefined) continue;
    const file = folder + inFolder;
    if (folderFiles.has(file)) {
      loads.add(file);
      continue;
    }
    const below = [...folderFiles].filter((listed) => listed.startsWith(`${file}/`));
    const models = below.filter((listed) => isModelFile(path.posix.basename(listed)) || isPickleFile(path.posix.basename(listed)));
    for (const listed of models.length > 0 ? models : below) loads.add(listed);
  }
  return { flavors: Object.keys(flavors).slice(0, 8).map((name) => name.slice(0, 40)), loads: [...loads].sort() };
}

/** A path a flavor writes, normalised inside the model's folder; undefined when it is absolute, a URI or climbs out. */
function insideFolder(written: string): string | undefined {
  const slashed = written.trim().replace(/\\/g, '/');
  if (slashed === '' || slashed.startsWith('/') || slashed.includes(':') || slashed.includes('\0')) return undefined;
  let normal = path.posix.normalize(slashed);
  while (normal.endsWith('/')) normal = normal.slice(0, -1);
  return normal === '.' || normal === '..' || normal.startsWith('../') ? undefined : normal;
}

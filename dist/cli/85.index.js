export const id = 85;
export const ids = [85];
export const modules = {

/***/ 6085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  existingFiles: () => (/* binding */ existingFiles),
  planInit: () => (/* binding */ planInit),
  writeInit: () => (/* binding */ writeInit)
});

// UNUSED EXPORTS: SCHEMA_BASE, TODO

// EXTERNAL MODULE: ./build/text/names.js
var text_names = __webpack_require__(594);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./build/fs/local.js
var fs_local = __webpack_require__(3693);
// EXTERNAL MODULE: ./build/evidence/init-citation.js
var init_citation = __webpack_require__(5672);
// EXTERNAL MODULE: ./build/evidence/registry.js + 43 modules
var registry = __webpack_require__(9105);
// EXTERNAL MODULE: ./build/evaluate/functions/license-id.js + 2 modules
var license_id = __webpack_require__(6166);
// EXTERNAL MODULE: ./build/evaluate/functions/card-agrees.js
var card_agrees = __webpack_require__(5484);
// EXTERNAL MODULE: ./build/evidence/structured.js
var structured = __webpack_require__(9093);
// EXTERNAL MODULE: ./build/discover/discover.js
var discover = __webpack_require__(1855);
// EXTERNAL MODULE: ./build/fs/repo-fs.js
var repo_fs = __webpack_require__(654);
// EXTERNAL MODULE: ./build/load/manifest.js
var manifest = __webpack_require__(872);
;// CONCATENATED MODULE: ./build/init-shared.js
/**
 * Where `modelgate init` looks for a system's evidence outside its own folder, and whose a file
 * found there is. Repositories keep reports in `reports/`, `docs/`, `evaluation/`, `monitoring/`
 * or `governance/`, at the root or beside the system's folder; init looks there, and only there:
 *
 * - in each folder above the system's (and above its model's, with --model), up to the
 *   repository's root, a folder of one of those names (SHARED_FOLDERS) that is a folder, not a
 *   link; the climb stops at a folder that holds another system's manifest (what is below it is
 *   that system's) and at a link;
 * - that folder's files and those of its subfolders, one level down (SHARED_DEPTH), never
 *   through a link, never into a folder with a manifest of its own, a dot-folder, node_modules or
 *   a run store; a folder of more than MAX_ENTRIES entries is passed over, and at most MAX_FILES
 *   files are read in all.
 *
 * A file found there is the system's when no other system could claim it (no other system's
 * folder, or folder of model files, lies under the folder the shared one is in), or when its path
 * names this system (`reports/fraud-api/fairness.json` for services/fraud-api) and no other.
 * Anything else is left for the team to cite, and init says why.
 */



/** The folders, by name, where repositories keep reports and documents about their systems. */
const SHARED_FOLDERS = ['reports', 'docs', 'evaluation', 'eval', 'monitoring', 'governance'];
/** How deep below a shared folder init looks: its own files and its subfolders'. */
const SHARED_DEPTH = 1;
/** A folder with more entries than this is passed over (a docs site's build, a data dump). */
const MAX_ENTRIES = 500;
/** The most files init reads from shared folders, in all. */
const MAX_FILES = 400;
/** Folders whose model files are no system's: tests' fixtures, MLflow's run stores. */
const NO_SYSTEM = new Set(['test', 'tests', 'testdata', 'fixtures', '__fixtures__', 'mlruns', 'mlartifacts', 'node_modules']);
/** Folder names that say nothing of which system a folder is (`services/fraud-api/model`: fraud-api). */
const GENERIC = new Set(['model', 'models', 'artifacts', 'artifact', 'weights', 'checkpoints', 'export', 'exported', 'output', 'outputs', 'serving', 'service', 'services', 'app', 'apps', 'src', 'deploy', 'deployment', 'ml', 'latest', 'final', 'current']);
/** Folders a walk leaves out: git's data, dependencies and run stores. */
const SKIPPED = new Set(['node_modules', 'mlruns', 'mlartifacts']);
/**
 * The files of the shared folders above `own` (the system's folder, and its model's), inside
 * `root`. All paths absolute.
 */
function sharedFiles(root, own) {
    const found = { files: [], notes: [] };
    const seen = new Set();
    const realRoot = (0,fs_local/* realPath */.Ye)(root);
    for (const above of foldersAbove(root, own)) {
        for (const name of SHARED_FOLDERS) {
            const shared = external_node_path_.join(above, name);
            if (seen.has(shared) || (0,fs_local/* entryKind */.FY)(shared) !== 'folder' || !(0,fs_local/* isWithin */.UO)(realRoot, (0,fs_local/* realPath */.Ye)(shared)))
                continue;
            seen.add(shared);
            walk(shared, own, found, above, root);
        }
    }
    return found;
}
/** The folders above each of `own`, nearest first, up to `root`: none at or above one holding a manifest, or a link. */
function foldersAbove(root, own) {
    const above = [];
    for (const start of own) {
        let folder = start;
        while (folder !== root && (0,fs_local/* isWithin */.UO)(root, folder)) {
            folder = external_node_path_.dirname(folder);
            if ((0,fs_local/* entryKind */.FY)(folder) !== 'folder' || holdsManifest(folder))
                break;
            if (!above.includes(folder))
                above.push(folder);
        }
    }
    return above;
}
function holdsManifest(folder) {
    return manifest/* MANIFEST_NAMES */.Rr.some((name) => (0,fs_local/* entryKind */.FY)(external_node_path_.join(folder, name)) !== undefined);
}
function walk(shared, own, found, above, root) {
    const pending = [{ folder: shared, depth: 0 }];
    while (pending.length > 0) {
        const { folder, depth } = pending.shift();
        let entries;
        try {
            entries = (0,fs_local/* dirEntries */.S8)(folder);
        }
        catch {
            continue;
        }
        const shown = `${external_node_path_.relative(root, folder).split(external_node_path_.sep).join('/')}/`;
        if (entries.length > MAX_ENTRIES) {
            found.notes.push(`${shown} not read: more than ${MAX_ENTRIES} entries`);
            continue;
        }
        // Another system's folder, below the shared one: its files are its own.
        if (entries.some((entry) => manifest/* MANIFEST_NAMES */.Rr.includes(entry.name)))
            continue;
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const full = external_node_path_.join(folder, entry.name);
            // The system's own folders were read whole already.
            if (own.some((mine) => (0,fs_local/* isWithin */.UO)(mine, full)))
                continue;
            if (entry.isDirectory()) {
                if (depth < SHARED_DEPTH && !entry.name.startsWith('.') && !SKIPPED.has(entry.name))
                    pending.push({ folder: full, depth: depth + 1 });
            }
            else if (entry.isFile()) {
                if (found.files.length >= MAX_FILES) {
                    found.notes.push(`${shown} and the shared folders after it not read in full: init reads at most ${MAX_FILES} files of shared folders`);
                    pending.length = 0;
                    break;
                }
                found.files.push({ file: full, shared, above });
            }
        }
    }
}
/**
 * The folders of the repository's other systems, as a shared file's claimants: `manifests`'
 * folders (not `ownManifest`), and each folder that holds model files (`modelFolders`) outside
 * every system's folder and outside tests' fixtures and run stores. All repository-relative in,
 * absolute out; none in or above `own`.
 */
function otherSystems(root, own, manifests, ownManifest, modelFolders) {
    const abs = (rel) => external_node_path_.join(root, rel);
    const systems = manifests.filter((file) => file !== ownManifest).map((file) => abs(external_node_path_.posix.dirname(file)));
    const mine = (folder) => own.some((o) => (0,fs_local/* isWithin */.UO)(o, folder) || (0,fs_local/* isWithin */.UO)(folder, o));
    const others = systems.filter((folder) => !mine(folder));
    for (const rel of modelFolders) {
        const folder = abs(rel);
        if (rel.split('/').some((segment) => NO_SYSTEM.has(segment.toLowerCase())) || mine(folder) || systems.some((system) => (0,fs_local/* isWithin */.UO)(system, folder)))
            continue;
        if (!others.includes(folder))
            others.push(folder);
    }
    return others.sort();
}
/**
 * Whether the shared file is the system's (`own`, its folders), given the other systems'
 * folders: undefined when it is, else why not, in words for init to print.
 */
function notOwn(found, own, others, root) {
    const rivals = others.filter((folder) => (0,fs_local/* isWithin */.UO)(found.above, folder));
    if (rivals.length === 0)
        return undefined;
    const words = tokens(external_node_path_.relative(found.shared, found.file));
    const named = (folders) => folders.some((folder) => containsRun(words, nameWords(systemName(folder, found.above))));
    const rivalNamed = rivals.filter((folder) => named([folder]));
    if (named(own) && rivalNamed.length === 0)
        return undefined;
    const sharedShown = `${external_node_path_.relative(root, found.shared).split(external_node_path_.sep).join('/')}/`;
    const rel = (folder) => external_node_path_.relative(root, folder).split(external_node_path_.sep).join('/');
    const listed = rivals.slice(0, 3).map(rel).join(', ') + (rivals.length > 3 ? ` and ${rivals.length - 3} more` : '');
    return rivalNamed.length > 0
        ? `its path names ${rel(rivalNamed[0])}`
        : `${sharedShown} is shared with ${listed}, and its path names ${rivals.length === 1 ? 'neither system' : 'none of the systems'} (cite it by hand in the manifest of the system it is about)`;
}
/** The name that says which system a folder is: its path's last segment (below `above`) that is not a generic one. */
function systemName(folder, above) {
    const segments = external_node_path_.relative(above, folder).split(external_node_path_.sep).filter((s) => s !== '');
    return [...segments].reverse().find((segment) => !GENERIC.has(segment.toLowerCase())) ?? segments[segments.length - 1] ?? '';
}
/** Words of a folder's name that say nothing of which system it is (`fraud-api` is fraud's). */
const GENERIC_WORDS = new Set(['api', 'svc', 'service', 'server', 'app', 'model', 'models']);
/** The words that name a system: its name's, less the generic ones (all of them when every one is). */
function nameWords(name) {
    const words = tokens(name);
    const telling = words.filter((word) => !GENERIC_WORDS.has(word));
    return telling.length > 0 ? telling : words;
}
/** A path's words: lower case, letters and digits. */
function tokens(text) {
    return text
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word !== '');
}
/** Whether `words` holds `run`, one word after another. */
function containsRun(words, run) {
    if (run.length === 0)
        return false;
    for (let start = 0; start + run.length <= words.length; start++) {
        if (run.every((word, i) => words[start + i] === word))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./build/init-mlflow.js
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



/** The descriptor's name: an MLflow model folder is the folder that holds one. */
const MLMODEL = 'MLmodel';
/** The keys under which a flavor names the files (or folder) it loads, in MLflow's flavors. */
const LOADED_KEYS = ['pickled_model', 'data', 'model_data', 'model_path', 'python_model', 'saved_model_dir', 'model_binary'];
/** A larger MLmodel is no descriptor MLflow wrote (signatures of thousands of columns stay well below). */
const MAX_MLMODEL_BYTES = 1024 * 1024;
/**
 * What the MLmodel `text` (of the folder `folder`, '' or ending in '/', in the names of
 * `folderFiles`) has MLflow load: each path a flavor names that is a file of the folder, or, for
 * a folder, the files in it named as a model's or a pickle's (those are what a loader reads and
 * may run code; a folder with none, Spark's parquet stages say, counts whole). Paths that climb
 * out of the folder, are absolute or name nothing listed count for nothing: `folderFiles` is
 * init's own bounded listing, so nothing outside it is looked at. Undefined when the text is no
 * MLmodel (not YAML, no `flavors:` mapping).
 */
function mlflowModel(text, folder, folderFiles) {
    if (text.length > MAX_MLMODEL_BYTES)
        return undefined;
    let doc;
    try {
        doc = (0,dist.parse)(text, { maxAliasCount: 0, uniqueKeys: false });
    }
    catch {
        return undefined;
    }
    const flavors = doc?.flavors;
    if (!flavors || typeof flavors !== 'object' || Array.isArray(flavors))
        return undefined;
    const named = new Set();
    for (const flavor of Object.values(flavors)) {
        if (!flavor || typeof flavor !== 'object' || Array.isArray(flavor))
            continue;
        const entry = flavor;
        for (const key of LOADED_KEYS)
            if (typeof entry[key] === 'string')
                named.add(entry[key]);
        // A custom pyfunc's artifacts: {name: {path: artifacts/…, uri: …}}.
        const artifacts = entry.artifacts;
        if (artifacts && typeof artifacts === 'object' && !Array.isArray(artifacts)) {
            for (const artifact of Object.values(artifacts)) {
                const at = artifact?.path;
                if (typeof at === 'string')
                    named.add(at);
            }
        }
    }
    const loads = new Set();
    for (const written of named) {
        const inFolder = insideFolder(written);
        if (inFolder === undefined)
            continue;
        const file = folder + inFolder;
        if (folderFiles.has(file)) {
            loads.add(file);
            continue;
        }
        const below = [...folderFiles].filter((listed) => listed.startsWith(`${file}/`));
        const models = below.filter((listed) => (0,discover/* isModelFile */.ic)(external_node_path_.posix.basename(listed)) || (0,discover/* isPickleFile */.H1)(external_node_path_.posix.basename(listed)));
        for (const listed of models.length > 0 ? models : below)
            loads.add(listed);
    }
    return { flavors: Object.keys(flavors).slice(0, 8).map((name) => name.slice(0, 40)), loads: [...loads].sort() };
}
/** A path a flavor writes, normalised inside the model's folder; undefined when it is absolute, a URI or climbs out. */
function insideFolder(written) {
    const slashed = written.trim().replace(/\\/g, '/');
    if (slashed === '' || slashed.startsWith('/') || slashed.includes(':') || slashed.includes('\0'))
        return undefined;
    let normal = external_node_path_.posix.normalize(slashed);
    while (normal.endsWith('/'))
        normal = normal.slice(0, -1);
    return normal === '.' || normal === '..' || normal.startsWith('../') ? undefined : normal;
}

// EXTERNAL MODULE: ./build/load/model-card.js + 1 modules
var model_card = __webpack_require__(4692);
// EXTERNAL MODULE: ./build/load/placeholder.js
var placeholder = __webpack_require__(8852);
// EXTERNAL MODULE: ./build/policy/catalogue.js
var catalogue = __webpack_require__(114);
// EXTERNAL MODULE: ./build/types.js
var types = __webpack_require__(4853);
;// CONCATENATED MODULE: ./build/init.js
/**
 * `modelgate init`: the first three files of a repository that adopts the gate, filled from
 * what is already there and nothing else.
 *
 * - `<path>/ai-system.yaml`, from the model card's front matter (name, license, datasets, base
 *   model, pipeline tag, reported metrics), the dataset cards and the evidence files modelgate
 *   reads found in the folder, each cited where its kind says (`init` in
 *   src/evidence/<kind>/kind.ts). What only the team knows is a
 *   `TODO:` marker (the gate reports each one as a placeholder), or, for a field with fixed
 *   choices, a comment listing them (the gate reports it missing). Nothing is invented.
 * - `.modelgate/policy.yaml` (extends baseline) and `.github/workflows/modelgate.yml` (least
 *   permissions, the Action pinned to its major version), at the repository root.
 *
 * Every YAML file starts with a `yaml-language-server` line naming its schema, so editors
 * complete and validate it.
 */


















/** Where the schemas are published: the repository at the Action's major tag. */
const SCHEMA_BASE = 'https://raw.githubusercontent.com/modelgate/modelgate/v1/schemas';

const CARD_NAMES = ['README.md', 'MODEL_CARD.md', 'model_card.md', 'modelcard.md'];
const MAX_SCANNED = 2_000;
const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
/** The extensions of the files init reads as evidence: JSON and YAML, and those a kind has its own parser for. */
const EVIDENCE_EXTENSIONS = new Set(['json', 'yaml', 'yml', ...registry/* EVIDENCE_KINDS */.A.flatMap((kind) => kind.extensions ?? [])]);
/**
 * What `init` would write for the folder `target` (inside `root`). `model`: the folder of the
 * model the system ships, when it is kept elsewhere (second new user: a service folder serving
 * a model of the repository's models/ got no card and no artifacts); its card and files are
 * cited by paths from `target`.
 */
function planInit(root, target, options = {}) {
    const rel = external_node_path_.relative(root, target).split(external_node_path_.sep).join('/');
    const found = [];
    const local = (file) => external_node_path_.relative(target, file).split(external_node_path_.sep).join('/');
    const modelFolder = options.model ?? target;
    // The folder's model card: of the usual names, the first whose front matter describes a model,
    // else one named as a model card, else a README that does not describe a dataset (new user: a
    // project README.md beside MODEL_CARD.md was taken, and init at the root refused it).
    const cards = CARD_NAMES.map((name) => external_node_path_.join(modelFolder, name))
        .filter((file) => (0,fs_local/* isFile */.fo)(file))
        .map((file) => ({ file, card: (0,model_card/* parseCard */.co)((0,fs_local/* readText */.yR)(file), local(file)) }));
    const notData = cards.filter(({ card: read }) => read.kind !== 'dataset');
    const namedCard = notData.find(({ file }) => external_node_path_.basename(file) !== 'README.md');
    const model = notData.find(({ card: read }) => read.kind === 'model') ?? namedCard ?? notData[0];
    const cardFile = model?.file;
    const card = model?.card;
    // A folder whose card is a dataset card (task_categories, size_categories, …) holds data, not a
    // model: a manifest for it would describe no model and fail every card rule. The data is
    // declared in the manifest of the model trained on it, which cites this card.
    const datasetCard = cards.find(({ card: read }) => read.kind === 'dataset');
    if (!card && datasetCard) {
        const shown = external_node_path_.relative(root, datasetCard.file).split(external_node_path_.sep).join('/');
        throw new types/* UsageError */.eb(`${shown} is a dataset card (no model card: the folder describes a dataset, not a model), so init writes no ai-system.yaml for it. ` +
            'Run init on the folder of the model trained on it; that manifest cites this card as data.datasets[].card, ' +
            'a path from the manifest\'s folder (e.g. card: ../../datasets/imdb/README.md)');
    }
    // At the repository's root, a README with no model fields and no weights beside it is the
    // project's README (a new user's `# acme ml`), not a model card: a manifest for it describes nothing.
    if (rel === '' && options.model === undefined && card?.kind !== 'model' && (namedCard === undefined || model !== namedCard) && !(0,fs_local/* dirEntries */.S8)(target).some((entry) => entry.isFile() && (0,discover/* isModelFile */.ic)(entry.name))) {
        throw new types/* UsageError */.eb(`${card ? card.file : "the repository's root"} describes no model (no model fields in a card's front matter: model-index, base_model, pipeline_tag, …; no weights beside it), ` +
            `so init writes no ai-system.yaml at the repository's root. Run modelgate init <model-folder>, the folder of the model's card and files (${modelFolderExamples(root)})`);
    }
    const datasetCards = [];
    if (card)
        found.push(`model card ${card.file}${card.kind === 'model' ? '' : " (its front matter has none of the model fields: model-index, base_model, pipeline_tag, …; if the model's card is elsewhere, run init with --model <its folder>, or set modelCard to it)"}`);
    // The evidence files found, by kind: each is cited as its kind's registry object says.
    const evidence = new Map();
    // Files another one includes (Fluent Bit's @INCLUDE) are read through it, not cited alone:
    // an outputs.conf on its own routes nothing. Each file's includes as written, and the line
    // init printed for each file.
    const includesOf = new Map();
    const lines = new Map();
    const modelFiles = [];
    const pickles = [];
    // The model's folder too, when it is elsewhere: its dataset cards, evidence and model files.
    const stores = [];
    const files = modelFolder === target || (0,fs_local/* isWithin */.UO)(target, modelFolder) ? filesUnder(target, stores) : [...new Set([...filesUnder(target, stores), ...filesUnder(modelFolder, stores).filter((file) => !(0,fs_local/* isWithin */.UO)(target, file))])];
    for (const store of [...new Set(stores)].sort()) {
        found.push(`${local(store)}/ not read: ${external_node_path_.basename(store) === 'mlruns' ? "MLflow's tracking store" : "MLflow's artifact store"} (each run's records, and a copy of each model it logged), not what the system ships; the model it ships is the one exported (mlflow.<flavor>.save_model) or registered`);
    }
    // The repository's other systems: the ids they hold, the files they cite, their folders.
    const others = otherManifests(root, rel);
    const citedElsewhere = new Map(others.flatMap(({ file, cited }) => [...cited].map((citedFile) => [citedFile, file])));
    // And the folders where repositories keep reports, above the system's (init-shared.ts).
    const own = [...new Set([target, modelFolder])];
    const shared = sharedFiles(root, own);
    const rivals = shared.files.length > 0 ? otherSystems(root, own, others.discovered.manifests, others.ownManifest, [...Object.keys(others.discovered.modelFiles), ...Object.keys(others.discovered.pickleFiles)]) : [];
    found.push(...shared.notes);
    const notCited = [];
    const sharedOf = new Map(shared.files.map((entry) => [entry.file, entry]));
    for (const file of [...files, ...shared.files.map((entry) => entry.file)]) {
        const name = local(file);
        const inShared = sharedOf.get(file);
        // Whose a file in a shared folder is (undefined: this system's), asked of what init would cite.
        const whyNot = () => (inShared ? notOwn(inShared, own, rivals, root) : undefined);
        if (!inShared && (0,discover/* isModelFile */.ic)(external_node_path_.posix.basename(name)))
            modelFiles.push(name);
        else if (!inShared && (0,discover/* isPickleFile */.H1)(external_node_path_.posix.basename(name)))
            pickles.push(name);
        if (name.endsWith('.md') && file !== cardFile) {
            if (inShared && (0,fs_local/* stat */.dJ)(file).size > MAX_EVIDENCE_BYTES)
                continue;
            const parsed = (0,model_card/* parseCard */.co)((0,fs_local/* readText */.yR)(file), name);
            if (parsed.kind === 'dataset') {
                const why = whyNot();
                if (why !== undefined)
                    notCited.push(`dataset card ${name} not cited: ${why}`);
                else {
                    datasetCards.push({ file: name, card: parsed });
                    found.push(`dataset card ${name}`);
                }
            }
            continue;
        }
        if (!EVIDENCE_EXTENSIONS.has(name.slice(name.lastIndexOf('.') + 1).toLowerCase()) || (0,fs_local/* stat */.dJ)(file).size > MAX_EVIDENCE_BYTES)
            continue;
        // Parsed as the gate parses it when it is cited, then given to the first kind that recognises it.
        const parsed = (0,structured/* parseEvidence */.v)(name, (0,fs_local/* readText */.yR)(file), registry/* EVIDENCE_KINDS */.A);
        if (!parsed.ok)
            continue;
        const includes = registry/* EVIDENCE_KINDS */.A.flatMap((kind) => kind.includes?.(parsed.doc) ?? []).map((included) => included.path);
        if (includes.length > 0)
            includesOf.set(name, includes);
        for (const kind of registry/* EVIDENCE_KINDS */.A) {
            // The model's folder elsewhere holds what is about the model, not a deployment's monitoring,
            // incidents or logs (review: init --model cited another system's monitoring run).
            if (!inShared && !(0,fs_local/* isWithin */.UO)(target, file) && kind.citedBy.every((field) => field.startsWith('monitoring.')))
                continue;
            const adapter = kind.init && kind.adapters.find((a) => a.detect(parsed.doc.value));
            if (!adapter || !kind.init)
                continue;
            const evidenceFile = { file: name, format: adapter.format, read: adapter.normalise(parsed.doc) };
            if (kind.init.accept && !kind.init.accept(evidenceFile))
                continue;
            const line = kind.init.describe?.(evidenceFile) ?? `${adapter.format === 'modelgate' ? '' : `${adapter.format} `}${kind.what} ${name}`;
            // A file another manifest cites is that system's: a report is about one system, and the
            // gate fails a second citer (evidence/own-system).
            const citer = citedElsewhere.get(external_node_path_.relative(root, file).split(external_node_path_.sep).join('/'));
            const why = citer !== undefined ? `${citer} cites it` : whyNot();
            if (why !== undefined) {
                notCited.push(`${line} not cited: ${why}`);
                break;
            }
            evidence.set(kind, [...(evidence.get(kind) ?? []), evidenceFile]);
            lines.set(name, line);
            found.push(line);
            break;
        }
    }
    // What init saw and left for the team, after what it cites: at most ten lines, then a count.
    found.push(...notCited.slice(0, MAX_NOT_CITED), ...(notCited.length > MAX_NOT_CITED ? [`and ${notCited.length - MAX_NOT_CITED} more files not cited, for the same reasons`] : []));
    const includedFiles = filesIncluded(includesOf);
    for (const [kind, files] of evidence)
        evidence.set(kind, files.filter((f) => !includedFiles.has(f.file)));
    for (const file of includedFiles) {
        const line = lines.get(file);
        if (line !== undefined)
            found.splice(found.indexOf(line), 1, `${line} (included by another config, read through it)`);
    }
    const manifest = manifestFrom(external_node_path_.basename(target), card, datasetCards);
    manifest.id = unusedId(others.map(({ id }) => id), rel, external_node_path_.basename(target));
    // The version the card states, as a hint to confirm (second new user: the first TODO everyone
    // fills, with the card's title saying it): card/version-matches compares the two.
    const stated = card && (0,card_agrees/* statedVersion */.y)(card)?.value;
    if (stated)
        (0,init_citation/* hintAt */.tg)(manifest, ['version'], `the model card says ${cardText(stated).replace(/^v/i, '').slice(0, 40)}`);
    // The model files beside the card are what the system ships, and what its security scans must
    // cover (new user: a scan init cited failed for want of artifacts). No date: one init cannot
    // know, and a placeholder would not be a date.
    // No file named as a model, but pickles (`spam_tfidf_lr.joblib`): the model is one of them, and
    // security/scan-covers-artifacts asks for every pickle in the folder (new user: init listed
    // none, and check failed the joblib file it left out). Beside named weights a pickle is data.
    // An MLflow model folder ships what its MLmodel has MLflow load (model.pkl, data/model.pth,
    // model.xgb), not the descriptor beside it (new user: init listed MLmodel, and left a LightGBM
    // model.lgb or a statsmodels pickle out for want of a model's name).
    const names = new Set(files.map(local));
    for (const descriptor of [...names].filter((name) => external_node_path_.posix.basename(name) === MLMODEL)) {
        const folder = descriptor.slice(0, descriptor.length - MLMODEL.length);
        const file = external_node_path_.join(target, descriptor);
        const mlflow = (0,fs_local/* stat */.dJ)(file).size <= MAX_EVIDENCE_BYTES ? mlflowModel((0,fs_local/* readText */.yR)(file), folder, names) : undefined;
        if (!mlflow || mlflow.loads.length === 0)
            continue;
        const inFolder = (name) => name.startsWith(folder);
        for (const list of [modelFiles, pickles])
            list.splice(0, list.length, ...list.filter((name) => !inFolder(name)));
        modelFiles.push(...mlflow.loads);
        modelFiles.sort();
        const shown = mlflow.loads.slice(0, 3).join(', ');
        found.push(`MLflow model ${descriptor} (flavors: ${mlflow.flavors.join(', ')}), which loads ${shown}${mlflow.loads.length > 3 ? ` and ${mlflow.loads.length - 3} more` : ''}: the model is that, not ${MLMODEL} or the environment files beside it`);
    }
    if (modelFiles.length === 0)
        modelFiles.push(...pickles);
    if (modelFiles.length > 0) {
        manifest.artifacts = modelFiles.slice(0, MAX_ARTIFACTS).map((file) => ({ path: file }));
        const shown = modelFiles.slice(0, 5).join(', ');
        found.push(`model file${modelFiles.length === 1 ? '' : 's'} ${shown}${modelFiles.length > 5 ? ` and ${modelFiles.length - 5} more` : ''} (listed in artifacts${modelFiles.length > MAX_ARTIFACTS ? `, the first ${MAX_ARTIFACTS}` : ''}: remove any the system does not ship)`);
    }
    // In the registry's order, so the manifest reads the same whichever file the folder lists first.
    // Every file init listed, as the manifest cites it: a kind that cites by a pattern checks that
    // the pattern matches only what it found.
    const listed = new Set([...files, ...shared.files.map((entry) => entry.file)].map(local));
    for (const kind of registry/* EVIDENCE_KINDS */.A) {
        const cited = evidence.get(kind);
        if (cited)
            kind.init?.cite(manifest, cited, listed);
    }
    const manifestFile = rel ? `${rel}/ai-system.yaml` : 'ai-system.yaml';
    return {
        found,
        files: [
            { file: manifestFile, text: manifestText(inSchemaOrder(manifest), card) },
            { file: '.modelgate/policy.yaml', text: POLICY },
            { file: '.github/workflows/modelgate.yml', text: usesGitLfs(root) ? WORKFLOW.replace(FETCH_DEPTH, `${FETCH_DEPTH}\n${LFS}`) : WORKFLOW },
        ],
    };
}
/**
 * The files read through another one, as the gate reads a cited config (EvidenceStore
 * withIncludes): every file it includes, however deep, relative to the cited file's folder.
 * A file is taken as cited when no other file's includes reach it; what those include, at any
 * depth, is read through it.
 */
function filesIncluded(includesOf) {
    const MAX_READ = 64; // the store's cap on the files one cited config includes
    const reach = (top) => {
        const folder = external_node_path_.posix.dirname(top);
        const reached = new Set();
        const pending = [top];
        while (pending.length > 0 && reached.size < MAX_READ) {
            for (const written of includesOf.get(pending.pop()) ?? []) {
                const file = external_node_path_.posix.normalize(external_node_path_.posix.join(folder, written.replace(/\\/g, '/')));
                if (file === top || reached.has(file))
                    continue;
                reached.add(file);
                pending.push(file);
            }
        }
        return reached;
    };
    const reached = new Map([...includesOf.keys()].map((file) => [file, reach(file)]));
    const included = new Set();
    for (const [top, files] of reached) {
        if ([...reached].some(([other, theirs]) => other !== top && theirs.has(top)))
            continue;
        for (const file of files)
            included.add(file);
    }
    return included;
}
/** The plan's files that exist already: init keeps them unless `--force`. */
function existingFiles(root, plan) {
    return plan.files.filter(({ file }) => (0,fs_local/* exists */.t2)(external_node_path_.join(root, file)) || (0,fs_local/* isLink */.PJ)(external_node_path_.join(root, file))).map(({ file }) => file);
}
/**
 * Writes the plan's files, except those in `keep`; the ones written. A folder on the way to one
 * that is a symbolic link (a repository may hold `.github/workflows -> ~/somewhere`) stops init
 * before it writes anything: it writes, and with --force deletes, only inside the repository.
 */
function writeInit(root, plan, keep = []) {
    for (const { file } of plan.files) {
        if (keep.includes(file))
            continue;
        const folder = (0,fs_local/* linkedFolderOnTheWay */.TY)(root, file);
        if (folder !== undefined)
            throw new types/* UsageError */.eb(`${folder} is a symbolic link: modelgate init writes ${file} only inside the repository, not through a link; replace the link with a folder`);
    }
    const written = [];
    for (const { file, text } of plan.files) {
        if (keep.includes(file))
            continue;
        const abs = external_node_path_.join(root, file);
        // Replace, never write through: a link in its place is removed first.
        (0,fs_local/* replaceWithText */.AF)(abs, text);
        written.push(file);
    }
    return written;
}
function manifestFrom(folder, card, datasetCards) {
    const meta = card?.meta ?? {};
    const text = (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
    const list = (value) => (Array.isArray(value) ? value.map(text).filter((v) => v !== undefined) : text(value) ? [text(value)] : []);
    const modelIndex = Array.isArray(meta['model-index']) ? meta['model-index'][0] : undefined;
    const name = cardText(text(meta.model_name) ?? text(modelIndex?.name) ?? cardTitle(card) ?? folder);
    const stated = text(meta.license);
    // The card's licence when it is an id; when it is not ("Apache 2.0"), a marker that says so,
    // rather than a copy the card's fix would leave behind. A custom one goes by its license_name.
    const problem = stated && stated !== 'other' ? (0,license_id/* licenseProblem */.D)(stated) : undefined;
    const license = stated === 'other' ? text(meta.license_name) : problem ? `${init_citation/* TODO */.Pf}: the model's licence id (the card's license ${problem.replace(/; for a custom.*$/, '')})` : stated;
    const dataset = (id) => ({
        id,
        source: `${init_citation/* TODO */.Pf}: who produced ${id} and where it came from`,
        license: `${init_citation/* TODO */.Pf}: the licence ${id} is used under`,
        collection: `${init_citation/* TODO */.Pf}: how, when and from whom ${id} was collected`,
        revision: `${init_citation/* TODO */.Pf}: the commit, tag or snapshot of ${id} that was used`,
    });
    const datasets = list(meta.datasets).map(cardText).map(dataset);
    for (const { file, card: datasetCard } of datasetCards) {
        // A dataset goes by its card's file or folder name (data/subscriptions-2025h2/README.md);
        // pretty_name is a display name, and either may be how the model card lists it (new user:
        // "Subscriptions 2025 H2" was declared a second time beside subscriptions-2025h2).
        const base = external_node_path_.posix.basename(file, external_node_path_.posix.extname(file));
        const stem = /^readme$/i.test(base) ? external_node_path_.posix.basename(external_node_path_.posix.dirname(file)) : base;
        const names = [stem === '.' ? undefined : stem, text(datasetCard.meta.pretty_name)].filter((n) => n !== undefined).map(cardText);
        const known = datasets.find((d) => names.some((n) => (0,text_names/* squashName */.z)(n) === (0,text_names/* squashName */.z)(d.id ?? '')));
        if (known)
            known.card = file;
        else {
            const id = names[0] ?? cardText(base);
            datasets.push({ ...dataset(id), ...datasetLicense(id, text(datasetCard.meta.license), text(datasetCard.meta.license_name)), card: file });
        }
    }
    return {
        schemaVersion: 1,
        id: slug(folder),
        name,
        version: `${init_citation/* TODO */.Pf}: the version this manifest describes`,
        description: `${init_citation/* TODO */.Pf}: what the system does, in a sentence or two`,
        owner: { team: `${init_citation/* TODO */.Pf}: the owning team`, contact: `${init_citation/* TODO */.Pf}: an address that reaches it` },
        ...(card ? { modelCard: card.file } : {}),
        ...(license ? { license } : {}),
        ...(list(meta.base_model).length > 0 ? { baseModel: list(meta.base_model).length === 1 ? list(meta.base_model)[0] : list(meta.base_model) } : {}),
        intendedUse: intendedUseFrom(card, text(meta.pipeline_tag)),
        data: { datasets: datasets.length > 0 ? datasets : [{ id: `${init_citation/* TODO */.Pf}: the training data`, source: `${init_citation/* TODO */.Pf}: where it came from` }] },
        bias: { sensitiveAttributes: [`${init_citation/* TODO */.Pf}: the attributes fairness is evaluated for`] },
        oversight: { accountableOwner: `${init_citation/* TODO */.Pf}: the person accountable for the system's decisions` },
    };
}
/**
 * A dataset card's licence, for its entry in the manifest: the id it states, except the Hub's
 * "other", which names none (data/dataset-license-known refuses it): a marker with the card's
 * license_name as a hint.
 */
function datasetLicense(id, license, licenseName) {
    if (license === undefined)
        return {};
    if (license !== 'other')
        return { license };
    return { license: `${init_citation/* TODO */.Pf}: the licence ${id} is used under; its card says "other"${licenseName ? ` (license_name: ${clipped(cardText(licenseName), 80)})` : ''}, so name it: LicenseRef-<name> for a custom license` };
}
/**
 * intendedUse as markers, with what the card's own sections say in them for the team to confirm:
 * the card's intended use (card/intended-use's section) is the manifest's purpose in the card's
 * words, and each use its out-of-scope section lists (card/out-of-scope-use's) is one the
 * manifest names. Hints, not values: the manifest states what the system is for in this
 * deployment, which the card of the model it runs may not.
 */
function intendedUseFrom(card, pipelineTag) {
    const uses = card && cardSection(card, 'card/intended-use');
    const useSentence = uses && firstSentence(uses.body);
    const outOfScope = card && cardSection(card, 'card/out-of-scope-use');
    const listed = outOfScope ? listItems(outOfScope.body).slice(0, MAX_HINTED_USES) : [];
    const sentence = outOfScope && listed.length === 0 ? firstSentence(outOfScope.body) : undefined;
    // The card's words come last, whole, so deleting the marker up to "says: " keeps them.
    const from = (section) => `the card's "${clipped(cardText(section.heading.title), 60)}"`;
    const purpose = `${init_citation/* TODO */.Pf}: the decision or task the system supports${pipelineTag ? ` (a ${pipelineTag} model)` : ''}`;
    return {
        purpose: uses && useSentence ? `${purpose}; ${from(uses)} says: ${useSentence}` : purpose,
        outOfScope: outOfScope && listed.length > 0
            ? listed.map((use) => `${init_citation/* TODO */.Pf}: a use the system is not fit for; ${from(outOfScope)} lists: ${use}`)
            : [`${init_citation/* TODO */.Pf}: uses the system is not fit for${outOfScope && sentence ? `; ${from(outOfScope)} says: ${sentence}` : ''}`],
    };
}
/** At most this many of a card's out-of-scope items become markers: the rest the team adds. */
const MAX_HINTED_USES = 10;
/** A hint quotes at most this many characters of the card, cut at a word. */
const HINT_CHARS = 500;
/** The card's section that a card rule judges, found by that rule's own headings, when it says something (not the template's text). */
function cardSection(card, ruleId) {
    const options = (0,catalogue/* ruleCatalogue */.E)().get(ruleId)?.then?.[0]?.options;
    if (!options?.headings)
        return undefined;
    const section = card.outline.find(options.headings, options.contains);
    return section && (0,placeholder/* sectionAbsence */.vA)(section.body) === undefined ? section : undefined;
}
/** The section's first sentence of prose, on one line: headings, code, tables and comments aside. */
function firstSentence(body) {
    const prose = proseLines(body).join(' ');
    // A sentence ends before a capital (or at the end), so "e.g. tweets" goes on.
    const end = prose.search(/[.!?](?=\s+[\p{Lu}"'(]|\s*$)/u);
    return prose === '' ? undefined : clipped(end < 0 ? prose : prose.slice(0, end + 1), HINT_CHARS);
}
/** A list item's marker: `- `, `* `, `+ `, `1. `, `1) `. */
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])[ \t]+/;
/** The text of each list item of the section (its first line), markup aside. */
function listItems(body) {
    return proseLines(body, true)
        .filter((line) => LIST_MARKER.test(line))
        .map((line) => clipped(plainMarkdown(line.replace(LIST_MARKER, '')), HINT_CHARS))
        .filter((item) => item !== '');
}
/** The section's lines of text, trimmed: no headings, fenced code, tables, HTML comments or blank lines; list markers stripped unless `keepMarkers`. */
function proseLines(body, keepMarkers = false) {
    const lines = [];
    let fenced = false;
    for (const raw of (0,placeholder/* cutDelimited */.Ov)(body, '<!--', '-->').split(/\r\n|\r|\n/)) {
        const line = cardText(raw);
        if (/^(?:```|~~~)/.test(line))
            fenced = !fenced;
        // The section's own text: a subsection ("### Out-of-Scope Use" under "## Uses") is another topic.
        if (!fenced && /^(?:#{1,6}(?:[ \t]|$)|<h[1-6][\s>])/i.test(line))
            break;
        // Tables, rules and list items that hold nothing (a `* * *` break, `- - -`) say nothing.
        if (fenced || line === '' || /^(?:\||```|~~~|[-=]{3,}$|(?:[-*_][ \t]*){3,}$)/.test(line))
            continue;
        // A bold label leading a line ("**Scope:** Ranks reviews…") names the topic; a bold word ("**Any** use…") is the sentence's.
        const text = keepMarkers ? line : line.replace(LIST_MARKER, '').replace(/^\*\*[^*\n]{1,80}(?::\*\*|\*\*:)/, '');
        if (text.trim() !== '')
            lines.push(keepMarkers ? text : plainMarkdown(text));
    }
    return lines;
}
/**
 * Text from a card as init writes it into the manifest, on one line and trimmed: invisible
 * characters (a bidi override, a zero-width space) and control characters (C0, C1 and the
 * Unicode line and paragraph separators, which the YAML writer leaves as they are) would reach
 * the manifest, and a terminal showing it, unseen.
 */
function cardText(text) {
    return (0,placeholder/* undisguised */.f8)(text).replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();
}
/** Markdown inline markup as plain text: emphasis and code marks dropped, links as their text. */
function plainMarkdown(text) {
    return text
        .replace(/!?\[([^[\]]*)\]\([^()]*\)/g, '$1')
        .replace(/[*_`]+/g, '')
        .replace(/[ \t]+/g, ' ')
        .trim();
}
/** `text` cut to at most `max` characters, at the last space before the cut when there is one. */
function clipped(text, max) {
    if (text.length <= max)
        return text;
    const cut = text.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
/** The manifest's sections in the order of its schema (docs/manifest.md), whichever kind cited what first. */
const SECTION_ORDER = ['schemaVersion', 'id', 'name', 'version', 'description', 'owner', 'modelCard', 'license', 'baseModel', 'intendedUse', 'data', 'bias', 'monitoring', 'oversight', 'assurance', 'supplyChain'];
function inSchemaOrder(manifest) {
    const rank = (key) => (SECTION_ORDER.includes(key) ? SECTION_ORDER.indexOf(key) : SECTION_ORDER.length);
    return Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => rank(a) - rank(b)));
}
/** The manifest as YAML, with the schema line and the choices only the team can make as comments. */
function manifestText(manifest, card) {
    const metrics = reportedMetrics(card);
    const head = [
        `# yaml-language-server: $schema=${SCHEMA_BASE}/ai-system.schema.json`,
        '# Written by modelgate init from this folder. Each TODO is something only you know, and',
        '# `modelgate check` reports it until it is filled in. Still to declare (the gate reports them):',
        '#   risk.euAiAct.tier: prohibited | high | limited | minimal | gpai | gpai-systemic  (until then, high-risk rules apply)',
        '#   risk.euAiAct.basis: why, starting with the provision, e.g. "Annex III 5(b): creditworthiness"',
        '#   risk.euAiAct.roles: [provider, deployer]  (your roles under the AI Act; until declared, both)',
        '#   lifecycle: design | development | verification | deployment | operation | retired',
        '#   oversight.autonomy: human-in-command | human-in-the-loop | human-on-the-loop | fully-automated',
        '#   transparency.interactsWithPeople, generatesContent: true | false  (EU AI Act Art. 50, asked of limited and gpai tiers and',
        '#     of any system that declares one of its cases true; a deployer also declares recognisesEmotions,',
        '#     categorisesBiometrically, generatesDeepFakes and publishesPublicInterestText)',
        '#   data.datasets[].personalData.present: true | false (when true: purpose, legalBasis, handling)',
        ...(metrics.length > 0
            ? [
                '# Worth declaring (the baseline does not ask for it; once declared, the gate holds the card to it):',
                `#   intendedUse.accuracy: bounds for the metrics the card reports (${metrics.join(', ')})`,
            ]
            : []),
        '',
    ];
    return `${head.join('\n')}${(0,dist.stringify)(manifest, { lineWidth: 0 })}`;
}
function reportedMetrics(card) {
    const index = card?.meta['model-index'];
    if (!Array.isArray(index))
        return [];
    const names = new Set();
    for (const model of index) {
        for (const result of model?.results instanceof Array ? model.results : []) {
            for (const metric of result?.metrics instanceof Array ? result.metrics : []) {
                const type = metric?.type;
                if (typeof type === 'string' && /^[\w.@-]{1,40}$/.test(type))
                    names.add(type);
            }
        }
    }
    return [...names].slice(0, 8);
}
const POLICY = `# yaml-language-server: $schema=${SCHEMA_BASE}/policy-pack.schema.json
# The policy this repository's gate runs: the CLI and the Action both read it. Tighten rules,
# add your own, or leave folders out (exclude:):
# https://github.com/modelgate/modelgate/blob/main/docs/policy.md
extends: baseline
`;
// No `path`: the gate checks every ai-system.yaml in the repository, so a second folder `init`
// writes a manifest for is gated too (the workflow is written once, and kept after).
const WORKFLOW = `# yaml-language-server: $schema=https://json.schemastore.org/github-workflow.json
# The gate on every pull request and on main: every ai-system.yaml in the repository, and every
# model card no manifest registers. Make the "gate" job a required check, and
# protect .github/workflows/ and .modelgate/ with CODEOWNERS:
# https://github.com/modelgate/modelgate#a-gate-a-pull-request-cannot-weaken
# modelgate/modelgate@v1 resolves once v1 is released; until then pin a commit SHA
# (uses: modelgate/modelgate@<40-hex sha>).
name: modelgate
on:
  pull_request:
  merge_group:          # a merge queue's groups, where main uses one (judged by main's policy too)
  push:
    branches: [main]
permissions:
  contents: read        # read the repository
  checks: write         # the check run with every annotation
  pull-requests: write  # the sticky comment
concurrency:            # one gate per pull request: a new push cancels its stale run (each push to main runs to the end)
  group: modelgate-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: \${{ github.event_name == 'pull_request' }}
jobs:
  gate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
        with:
          fetch-depth: 0  # the base commit, for the policy in force and the regression rules
      - uses: modelgate/modelgate@v1
`;
const FETCH_DEPTH = '          fetch-depth: 0  # the base commit, for the policy in force and the regression rules';
/** The most model files init lists in artifacts (a sharded model's shards, say). */
const MAX_ARTIFACTS = 200;
/** Without it a checkout holds Git LFS pointers, and the gate can tell model files only by their names. */
const LFS = '          lfs: true       # the model files Git LFS keeps, so their content is checked, not pointers to it';
/** Whether the repository's .gitattributes sends files through Git LFS. */
function usesGitLfs(root) {
    try {
        const file = external_node_path_.join(root, '.gitattributes');
        return (0,fs_local/* isFile */.fo)(file) && (0,fs_local/* stat */.dJ)(file).size <= 1024 * 1024 && /\bfilter=lfs\b/.test((0,fs_local/* readText */.yR)(file));
    }
    catch {
        return false;
    }
}
/**
 * Folders of run records, not of what a system ships: MLflow's tracking store (`mlruns/`, one
 * folder per run with its metrics and a copy of each model it logged) and its server's artifact
 * store (`mlartifacts/`). A project's store holds thousands of files, which would use up the walk
 * (MAX_SCANNED) and list every logged model in artifacts.
 */
const RUN_STORES = new Set(['mlruns', 'mlartifacts']);
/**
 * Regular files under `dir`, not following links, skipping dot-folders, node_modules and run
 * stores (RUN_STORES; each one skipped is added to `stores`).
 */
function filesUnder(dir, stores = []) {
    const files = [];
    const pending = [dir];
    while (pending.length > 0 && files.length < MAX_SCANNED) {
        const current = pending.pop();
        let entries;
        try {
            entries = (0,fs_local/* dirEntries */.S8)(current);
        }
        catch {
            continue;
        }
        // A folder below with a manifest of its own is another system's: its evidence and model
        // files are its own (new user: init at a Hub model's root cited the monitoring run of the
        // service in serving/).
        if (current !== dir && entries.some((entry) => manifest/* MANIFEST_NAMES */.Rr.includes(entry.name)))
            continue;
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const full = external_node_path_.join(current, entry.name);
            if (entry.isDirectory() && RUN_STORES.has(entry.name))
                stores.push(full);
            else if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
                pending.push(full);
            else if (entry.isFile())
                files.push(full);
        }
    }
    return files.sort();
}
/**
 * The system's id: the folder's name, slugged. Not the card's title or its model-index name: a
 * fine-tuned model's model-index often names its base model (stable-code-3b's names
 * StarCoderBase-3B), and titles make poor ids ("Gemma Model Card"). When another manifest in the
 * repository has it already (two folders named alike), the folder's path, then a number: ids
 * must be unique, and the gate fails a second system with the first one's id.
 */
function unusedId(ids, rel, folder) {
    const id = slug(folder);
    const taken = new Set(ids);
    const candidates = [id, slug(rel.replaceAll('/', '-') || id)];
    const free = candidates.find((candidate) => !taken.has(candidate));
    if (free)
        return free;
    let n = 2;
    while (taken.has(`${id}-${n}`))
        n++;
    return `${id.slice(0, 95)}-${n}`;
}
/**
 * What to run init on, for a repository whose root is no model's folder: the folders that hold a
 * model's files (an MLflow model's MLmodel, weights, a pickle), outside tests and run stores, at
 * most three; else the usual example.
 */
function modelFolderExamples(root) {
    const discovered = (0,discover/* discover */.k4)(new repo_fs/* RepoFs */.GB(root), { scanPath: '' });
    const folders = otherSystems(root, [], [], '', [...Object.keys(discovered.modelFiles), ...Object.keys(discovered.pickleFiles)])
        .map((folder) => external_node_path_.relative(root, folder).split(external_node_path_.sep).join('/'))
        .filter((folder) => folder !== '');
    if (folders.length === 0)
        return 'e.g. modelgate init models/my-model';
    return `${folders.length === 1 ? 'the model files here are in' : 'model files are in'} ${folders.slice(0, 3).join(', ')}${folders.length > 3 ? ` and ${folders.length - 3} more folders` : ''}: e.g. modelgate init ${folders[0]}`;
}
/**
 * Each other manifest of the repository (not the one init writes, which --force replaces): its
 * id, and the repository files its strings name as paths from its folder (every citation, read
 * the simple way: any string that is a path of the repository, without its #fragment).
 */
function otherManifests(root, rel) {
    const repo = new repo_fs/* RepoFs */.GB(root);
    const discovered = (0,discover/* discover */.k4)(repo, { scanPath: '' });
    const ownManifest = rel ? `${rel}/ai-system.yaml` : 'ai-system.yaml';
    const others = Object.assign([], { discovered, ownManifest });
    for (const file of discovered.manifests) {
        if (file === ownManifest)
            continue; // the manifest init replaces (--force) keeps its id
        const loaded = (0,manifest/* loadManifest */.eY)(repo, file);
        repo.forget(file);
        if (!loaded.ok)
            continue;
        const cited = new Set();
        const folder = external_node_path_.posix.dirname(file);
        const pending = [loaded.manifest.data];
        for (let seen = 0; pending.length > 0 && seen < MAX_MANIFEST_VALUES; seen++) {
            const value = pending.pop();
            if (typeof value === 'string') {
                const hash = value.indexOf('#');
                const at = (0,repo_fs/* normaliseCitation */.KM)(hash < 0 ? value : value.slice(0, hash), folder === '.' ? '' : folder);
                if (at.ok && at.rel !== '')
                    cited.add(at.rel);
            }
            else if (value && typeof value === 'object')
                pending.push(...Object.values(value));
        }
        others.push({ file, id: (0,manifest/* systemId */.JO)(loaded.manifest), cited });
    }
    return others;
}
/** The most values of another manifest init reads for the files it cites. */
const MAX_MANIFEST_VALUES = 20_000;
/** The most lines init prints for files it saw and did not cite. */
const MAX_NOT_CITED = 10;
/** A manifest id from a name: lower case, letters, digits, `.`, `_` and `-`. */
function slug(name) {
    const id = name
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[^a-z0-9]+/, '')
        .slice(0, 100);
    let end = id.length;
    while (end > 0 && id[end - 1] === '-')
        end--;
    return id.slice(0, end) || 'my-model';
}
/**
 * The card's title: its first heading, when that is a level-1 heading ("# Model Card for X" →
 * "X"), a title that is one link reduced to its text. An H1 further down ("# [Open LLM Leaderboard
 * Evaluation Results](…)", appended by a leaderboard bot) names a section, not the model.
 */
function cardTitle(card) {
    const first = card?.outline.headings.find((h) => h.kind !== 'label');
    if (first?.level !== 1)
        return undefined;
    const title = first.title
        .replace(/^\[([^\]]*)\]\([^)]*\)$/, '$1')
        .replace(/^model card for\s+/i, '')
        .trim();
    // "Model ID" is what the Hugging Face template's title says until it is filled in; the raw
    // template says `{{ model_id | default("Model ID", true) }}`.
    return title === '' || /^model id$/i.test(title) || title.includes('{{') ? undefined : title;
}


/***/ })

};

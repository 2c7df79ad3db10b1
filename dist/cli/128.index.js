export const id = 128;
export const ids = [128];
export const modules = {

/***/ 6166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ licenseId),
  D: () => (/* binding */ licenseProblem)
});

// EXTERNAL MODULE: ./build/load/placeholder.js
var placeholder = __webpack_require__(8852);
// EXTERNAL MODULE: ./build/load/source-doc.js
var source_doc = __webpack_require__(2431);
// EXTERNAL MODULE: ./node_modules/spdx-exceptions/index.json
var spdx_exceptions = __webpack_require__(3988);
;// CONCATENATED MODULE: ./node_modules/spdx-license-ids/deprecated.json
const deprecated_namespaceObject = /*#__PURE__*/JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');
// EXTERNAL MODULE: ./node_modules/spdx-license-ids/index.json
var spdx_license_ids = __webpack_require__(5204);
// EXTERNAL MODULE: ./build/text/closest.js
var closest = __webpack_require__(2665);
// EXTERNAL MODULE: ./build/evidence/check.js
var check = __webpack_require__(6792);
;// CONCATENATED MODULE: ./build/evaluate/functions/data/huggingface-licenses.json
const huggingface_licenses_namespaceObject = /*#__PURE__*/JSON.parse('{"dK":["apache-2.0","mit","openrail","bigscience-openrail-m","creativeml-openrail-m","bigscience-bloom-rail-1.0","bigcode-openrail-m","afl-3.0","artistic-2.0","bsl-1.0","bsd","bsd-2-clause","bsd-3-clause","bsd-3-clause-clear","c-uda","cc","cc0-1.0","cc-by-2.0","cc-by-2.5","cc-by-3.0","cc-by-4.0","cc-by-sa-3.0","cc-by-sa-4.0","cc-by-nc-2.0","cc-by-nc-3.0","cc-by-nc-4.0","cc-by-nd-4.0","cc-by-nc-nd-3.0","cc-by-nc-nd-4.0","cc-by-nc-sa-2.0","cc-by-nc-sa-3.0","cc-by-nc-sa-4.0","cdla-sharing-1.0","cdla-permissive-1.0","cdla-permissive-2.0","wtfpl","ecl-2.0","epl-1.0","epl-2.0","etalab-2.0","eupl-1.1","eupl-1.2","agpl-3.0","gfdl","gpl","gpl-2.0","gpl-3.0","lgpl","lgpl-2.1","lgpl-3.0","isc","h-research","intel-research","lppl-1.3c","ms-pl","apple-ascl","apple-amlr","mpl-2.0","odc-by","odbl","openmdw-1.0","openmdw-1.1","openrail++","osl-3.0","postgresql","ofl-1.1","ncsa","unlicense","zlib","pddl","lgpl-lr","deepfloyd-if-license","fair-noncommercial-research-license","llama2","llama3","llama3.1","llama3.2","llama3.3","llama4","grok2-community","gemma","unknown","other"]}');
;// CONCATENATED MODULE: ./build/evaluate/functions/license-id.js
/**
 * Licenses are ids, not prose: an SPDX id or expression (from the maintained spdx-license-ids
 * list), a `LicenseRef-…` for a custom licence (SPDX's own convention), or a Hugging Face Hub id
 * (from hub-docs' list; see data/huggingface-licenses.json and scripts/hf-licenses.mjs).
 */








const SPDX = new Map([...spdx_license_ids, ...deprecated_namespaceObject].map((id) => [id.toLowerCase(), id]));
const EXCEPTIONS = new Set(spdx_exceptions.map((id) => id.toLowerCase()));
const HUB = new Set(huggingface_licenses_namespaceObject.dK);
const SUGGESTIONS = [...HUB, ...spdx_license_ids];
/**
 * Why `license` is not a known id, or undefined. The "did you mean" comes out of `budget` when
 * one is given (fourth red team: 99,999 unknown ids in one card's list, each compared with 791
 * known ones, held a check for a minute).
 */
function licenseProblem(license, allow = [], budget) {
    const text = license.trim();
    if (allow.includes(text))
        return undefined;
    if (text.toLowerCase() === 'unknown')
        return '"unknown" says nobody knows the license';
    if (HUB.has(text))
        return undefined;
    // An SPDX expression: ids joined by AND / OR, an exception after WITH, with parentheses.
    const words = text.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
    const known = words.every((word, i) => {
        if (i % 2 === 1)
            return ['AND', 'OR', 'WITH'].includes(word);
        if (words[i - 1] === 'WITH')
            return EXCEPTIONS.has(word.toLowerCase());
        return SPDX.has(word.replace(/\+$/, '').toLowerCase()) || /^(?:DocumentRef-[\w.-]+:)?LicenseRef-[\w.-]+$/.test(word);
    });
    if (words.length % 2 === 1 && known)
        return undefined;
    const normalised = text.toLowerCase().replace(/\s+/g, '-');
    const guess = HUB.has(normalised) ? normalised : SPDX.get(normalised) ?? (budget ? budget.closestWithin(text, SUGGESTIONS) : (0,closest/* closest */.k)(text, SUGGESTIONS));
    return `"${text}" is not an SPDX or Hugging Face license id${guess ? ` (did you mean "${guess}"?)` : ''}; for a custom license use LicenseRef-<name>`;
}
const licenseId = (0,check/* defineFunction */.Oh)({
    name: 'license-id',
    description: 'A license (or each in a list) is an SPDX id or expression, a LicenseRef-, or a Hugging Face Hub id; with requireNameForOther, "other" needs license_name beside it; with refuseOther, "other" is refused (where nothing beside it can name the license).',
    optionsSchema: {
        type: 'object',
        additionalProperties: false,
        properties: { allow: { type: 'array', items: { type: 'string', minLength: 1 } }, requireNameForOther: { type: 'boolean' }, refuseOther: { type: 'boolean' } },
    },
    check({ value, path, target, targetPath, options }) {
        const licenses = Array.isArray(value) ? value.map((v, i) => ({ v, path: [...path, i] })) : [{ v: value, path }];
        const failures = [];
        if (!licenses.some(({ v }) => typeof v === 'string' && v.trim() !== ''))
            return { skip: 'no license is stated' }; // presence is another rule's job
        let judged = 0;
        const budget = new closest/* SuggestionBudget */.C();
        for (const { v, path: at } of licenses) {
            if (typeof v !== 'string' || v.trim() === '')
                continue;
            // "other" in any case, where refused (and not allowed by name): not "did you mean other?".
            const refused = options.refuseOther && v.trim().toLowerCase() === 'other' && !options.allow?.includes(v.trim());
            const problem = refused ? undefined : licenseProblem(v, options.allow, budget);
            // A placeholder ("TODO: …") is reported by the presence rules; "not an id" would say it twice.
            if (problem?.includes('is not an SPDX') && (0,placeholder/* valueAbsence */.Z2)(v) === 'placeholder')
                continue;
            judged++;
            if (refused) {
                failures.push({ message: `license ${(0,source_doc/* quoted */.TL)(v.trim())} names no license (the Hugging Face Hub id for one that is not listed); name it: LicenseRef-<name> for a custom license`, path: at });
            }
            else if (problem)
                failures.push({ message: `license ${problem}`, path: at });
            else if (v.trim() === 'other' && options.requireNameForOther) {
                const name = target?.license_name;
                if (typeof name !== 'string' || name.trim() === '') {
                    failures.push({ message: 'license is "other" but license_name (and license_link) do not say which', path: [...targetPath, 'license'] });
                }
            }
        }
        // Only placeholders: nothing was judged, so nothing passed (a pass would support a control).
        if (judged === 0)
            return { skip: 'the license is still a placeholder' };
        return failures;
    },
});


/***/ }),

/***/ 9093:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ parseEvidence)
/* harmony export */ });
/* unused harmony export parseStructured */
/* harmony import */ var _load_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5531);
/* harmony import */ var _load_yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7794);


function parseEvidence(file, text, kinds) {
    for (const kind of kinds) {
        const parsed = kind.parse?.(file, text);
        if (parsed)
            return parsed;
    }
    return parseStructured(file, text);
}
function parseStructured(file, text) {
    const lower = file.toLowerCase();
    if (lower.endsWith('.json'))
        return (0,_load_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(text, file);
    if (lower.endsWith('.yaml') || lower.endsWith('.yml'))
        return (0,_load_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)(text, { file });
    return /^\s*[[{]/.test(text) ? (0,_load_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(text, file) : (0,_load_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)(text, { file });
}


/***/ }),

/***/ 7128:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   existingFiles: () => (/* binding */ existingFiles),
/* harmony export */   planInit: () => (/* binding */ planInit),
/* harmony export */   writeInit: () => (/* binding */ writeInit)
/* harmony export */ });
/* unused harmony export SCHEMA_BASE */
/* harmony import */ var _text_names_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(594);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _fs_local_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3693);
/* harmony import */ var _evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(5672);
/* harmony import */ var _evidence_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9105);
/* harmony import */ var _evaluate_functions_license_id_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6166);
/* harmony import */ var _evidence_structured_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9093);
/* harmony import */ var _discover_discover_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1855);
/* harmony import */ var _fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(654);
/* harmony import */ var _load_manifest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(872);
/* harmony import */ var _load_model_card_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4692);
/* harmony import */ var _load_placeholder_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8852);
/* harmony import */ var _policy_catalogue_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(114);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4853);
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
const EVIDENCE_EXTENSIONS = new Set(['json', 'yaml', 'yml', ..._evidence_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .EVIDENCE_KINDS */ .A.flatMap((kind) => kind.extensions ?? [])]);
/** What `init` would write for the folder `target` (inside `root`). */
function planInit(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(root, target).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    const found = [];
    const local = (file) => node_path__WEBPACK_IMPORTED_MODULE_0__.relative(target, file).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    // The folder's model card: the first of the usual names that does not describe a dataset.
    const cards = CARD_NAMES.map((name) => node_path__WEBPACK_IMPORTED_MODULE_0__.join(target, name))
        .filter((file) => (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .isFile */ .fo)(file))
        .map((file) => ({ file, card: (0,_load_model_card_js__WEBPACK_IMPORTED_MODULE_9__/* .parseCard */ .co)((0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .readText */ .yR)(file), local(file)) }));
    const model = cards.find(({ card: read }) => read.kind !== 'dataset');
    const cardFile = model?.file;
    const card = model?.card;
    // A folder whose card is a dataset card (task_categories, size_categories, …) holds data, not a
    // model: a manifest for it would describe no model and fail every card rule. The data is
    // declared in the manifest of the model trained on it, which cites this card.
    const datasetCard = cards.find(({ card: read }) => read.kind === 'dataset');
    if (!card && datasetCard) {
        const shown = rel ? `${rel}/${datasetCard.card.file}` : datasetCard.card.file;
        throw new _types_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb(`${shown} is a dataset card (no model card: the folder describes a dataset, not a model), so init writes no ai-system.yaml for it. ` +
            'Run init on the folder of the model trained on it; that manifest cites this card as data.datasets[].card, ' +
            'a path from the manifest\'s folder (e.g. card: ../../datasets/imdb/README.md)');
    }
    // At the repository's root, a README with no model fields and no weights beside it is the
    // project's README (a new user's `# acme ml`), not a model card: a manifest for it describes nothing.
    if (rel === '' && card?.kind !== 'model' && !(0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .dirEntries */ .S8)(target).some((entry) => entry.isFile() && (0,_discover_discover_js__WEBPACK_IMPORTED_MODULE_6__/* .isModelFile */ .ic)(entry.name))) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb(`${card ? card.file : "the repository's root"} describes no model (no model fields in a card's front matter: model-index, base_model, pipeline_tag, …; no weights beside it), ` +
            "so init writes no ai-system.yaml at the repository's root. Run modelgate init <model-folder>, the folder of the model's card and files (e.g. modelgate init models/my-model)");
    }
    const datasetCards = [];
    if (card)
        found.push(`model card ${card.file}${card.kind === 'model' ? '' : " (its front matter has none of the model fields: model-index, base_model, pipeline_tag, …; if the model's card is elsewhere, set modelCard to it)"}`);
    // The evidence files found, by kind: each is cited as its kind's registry object says.
    const evidence = new Map();
    // Files another one includes (Fluent Bit's @INCLUDE) are read through it, not cited alone:
    // an outputs.conf on its own routes nothing. Each file's includes as written, and the line
    // init printed for each file.
    const includesOf = new Map();
    const lines = new Map();
    const modelFiles = [];
    for (const file of filesUnder(target)) {
        const name = local(file);
        if ((0,_discover_discover_js__WEBPACK_IMPORTED_MODULE_6__/* .isModelFile */ .ic)(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(name)))
            modelFiles.push(name);
        if (name.endsWith('.md') && file !== cardFile) {
            const parsed = (0,_load_model_card_js__WEBPACK_IMPORTED_MODULE_9__/* .parseCard */ .co)((0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .readText */ .yR)(file), name);
            if (parsed.kind === 'dataset') {
                datasetCards.push({ file: name, card: parsed });
                found.push(`dataset card ${name}`);
            }
            continue;
        }
        if (!EVIDENCE_EXTENSIONS.has(name.slice(name.lastIndexOf('.') + 1).toLowerCase()) || (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .stat */ .dJ)(file).size > MAX_EVIDENCE_BYTES)
            continue;
        // Parsed as the gate parses it when it is cited, then given to the first kind that recognises it.
        const parsed = (0,_evidence_structured_js__WEBPACK_IMPORTED_MODULE_5__/* .parseEvidence */ .v)(name, (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .readText */ .yR)(file), _evidence_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .EVIDENCE_KINDS */ .A);
        if (!parsed.ok)
            continue;
        const includes = _evidence_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .EVIDENCE_KINDS */ .A.flatMap((kind) => kind.includes?.(parsed.doc) ?? []).map((included) => included.path);
        if (includes.length > 0)
            includesOf.set(name, includes);
        for (const kind of _evidence_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .EVIDENCE_KINDS */ .A) {
            const adapter = kind.init && kind.adapters.find((a) => a.detect(parsed.doc.value));
            if (!adapter || !kind.init)
                continue;
            const evidenceFile = { file: name, format: adapter.format, read: adapter.normalise(parsed.doc) };
            if (kind.init.accept && !kind.init.accept(evidenceFile))
                continue;
            evidence.set(kind, [...(evidence.get(kind) ?? []), evidenceFile]);
            const line = kind.init.describe?.(evidenceFile) ?? `${adapter.format === 'modelgate' ? '' : `${adapter.format} `}${kind.what} ${name}`;
            lines.set(name, line);
            found.push(line);
            break;
        }
    }
    const includedFiles = filesIncluded(includesOf);
    for (const [kind, files] of evidence)
        evidence.set(kind, files.filter((f) => !includedFiles.has(f.file)));
    for (const file of includedFiles) {
        const line = lines.get(file);
        if (line !== undefined)
            found.splice(found.indexOf(line), 1, `${line} (included by another config, read through it)`);
    }
    const manifest = manifestFrom(node_path__WEBPACK_IMPORTED_MODULE_0__.basename(target), card, datasetCards);
    manifest.id = unusedId(root, rel, node_path__WEBPACK_IMPORTED_MODULE_0__.basename(target));
    // The model files beside the card are what the system ships, and what its security scans must
    // cover (new user: a scan init cited failed for want of artifacts). No date: one init cannot
    // know, and a placeholder would not be a date.
    if (modelFiles.length > 0) {
        manifest.artifacts = modelFiles.slice(0, MAX_ARTIFACTS).map((file) => ({ path: file }));
        const shown = modelFiles.slice(0, 5).join(', ');
        found.push(`model file${modelFiles.length === 1 ? '' : 's'} ${shown}${modelFiles.length > 5 ? ` and ${modelFiles.length - 5} more` : ''} (listed in artifacts${modelFiles.length > MAX_ARTIFACTS ? `, the first ${MAX_ARTIFACTS}` : ''}: remove any the system does not ship)`);
    }
    // In the registry's order, so the manifest reads the same whichever file the folder lists first.
    for (const kind of _evidence_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .EVIDENCE_KINDS */ .A) {
        const files = evidence.get(kind);
        if (files)
            kind.init?.cite(manifest, files);
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
        const folder = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(top);
        const reached = new Set();
        const pending = [top];
        while (pending.length > 0 && reached.size < MAX_READ) {
            for (const written of includesOf.get(pending.pop()) ?? []) {
                const file = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(folder, written.replace(/\\/g, '/')));
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
    return plan.files.filter(({ file }) => (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2)(node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, file)) || (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .isLink */ .PJ)(node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, file))).map(({ file }) => file);
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
        const folder = (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .linkedFolderOnTheWay */ .TY)(root, file);
        if (folder !== undefined)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb(`${folder} is a symbolic link: modelgate init writes ${file} only inside the repository, not through a link; replace the link with a folder`);
    }
    const written = [];
    for (const { file, text } of plan.files) {
        if (keep.includes(file))
            continue;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, file);
        // Replace, never write through: a link in its place is removed first.
        (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .replaceWithText */ .AF)(abs, text);
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
    const problem = stated && stated !== 'other' ? (0,_evaluate_functions_license_id_js__WEBPACK_IMPORTED_MODULE_4__/* .licenseProblem */ .D)(stated) : undefined;
    const license = stated === 'other' ? text(meta.license_name) : problem ? `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_13__/* .TODO */ .Pf}: the model's licence id (the card's license ${problem.replace(/; for a custom.*$/, '')})` : stated;
    const dataset = (id) => ({
        id,
        source: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_13__/* .TODO */ .Pf}: who produced ${id} and where it came from`,
        license: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_13__/* .TODO */ .Pf}: the licence ${id} is used under`,
        collection: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_13__/* .TODO */ .Pf}: how, when and from whom ${id} was collected`,
        revision: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_13__/* .TODO */ .Pf}: the commit, tag or snapshot of ${id} that was used`,
    });
    const datasets = list(meta.datasets).map(cardText).map(dataset);
    for (const { file, card: datasetCard } of datasetCards) {
        // A dataset goes by its card's file or folder name (data/subscriptions-2025h2/README.md);
        // pretty_name is a display name, and either may be how the model card lists it (new user:
        // "Subscriptions 2025 H2" was declared a second time beside subscriptions-2025h2).
        const base = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(file, node_path__WEBPACK_IMPORTED_MODULE_0__.posix.extname(file));
        const stem = /^readme$/i.test(base) ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(file)) : base;
        const names = [stem === '.' ? undefined : stem, text(datasetCard.meta.pretty_name)].filter((n) => n !== undefined).map(cardText);
        const known = datasets.find((d) => names.some((n) => (0,_text_names_js__WEBPACK_IMPORTED_MODULE_14__/* .squashName */ .z)(n) === (0,_text_names_js__WEBPACK_IMPORTED_MODULE_14__/* .squashName */ .z)(d.id ?? '')));
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
        version: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_13__/* .TODO */ .Pf}: the version this manifest describes`,
        description: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_13__/* .TODO */ .Pf}: what the system does, in a sentence or two`,
        owner: { team: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_13__/* .TODO */ .Pf}: the owning team`, contact: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_13__/* .TODO */ .Pf}: an address that reaches it` },
        ...(card ? { modelCard: card.file } : {}),
        ...(license ? { license } : {}),
        ...(list(meta.base_model).length > 0 ? { baseModel: list(meta.base_model).length === 1 ? list(meta.base_model)[0] : list(meta.base_model) } : {}),
        intendedUse: intendedUseFrom(card, text(meta.pipeline_tag)),
        data: { datasets: datasets.length > 0 ? datasets : [{ id: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_13__/* .TODO */ .Pf}: the training data`, source: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_13__/* .TODO */ .Pf}: where it came from` }] },
        bias: { sensitiveAttributes: [`${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_13__/* .TODO */ .Pf}: the attributes fairness is evaluated for`] },
        oversight: { accountableOwner: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_13__/* .TODO */ .Pf}: the person accountable for the system's decisions` },
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
    return { license: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_13__/* .TODO */ .Pf}: the licence ${id} is used under; its card says "other"${licenseName ? ` (license_name: ${clipped(cardText(licenseName), 80)})` : ''}, so name it: LicenseRef-<name> for a custom license` };
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
    const purpose = `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_13__/* .TODO */ .Pf}: the decision or task the system supports${pipelineTag ? ` (a ${pipelineTag} model)` : ''}`;
    return {
        purpose: uses && useSentence ? `${purpose}; ${from(uses)} says: ${useSentence}` : purpose,
        outOfScope: outOfScope && listed.length > 0
            ? listed.map((use) => `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_13__/* .TODO */ .Pf}: a use the system is not fit for; ${from(outOfScope)} lists: ${use}`)
            : [`${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_13__/* .TODO */ .Pf}: uses the system is not fit for${outOfScope && sentence ? `; ${from(outOfScope)} says: ${sentence}` : ''}`],
    };
}
/** At most this many of a card's out-of-scope items become markers: the rest the team adds. */
const MAX_HINTED_USES = 10;
/** A hint quotes at most this many characters of the card, cut at a word. */
const HINT_CHARS = 500;
/** The card's section that a card rule judges, found by that rule's own headings, when it says something (not the template's text). */
function cardSection(card, ruleId) {
    const options = (0,_policy_catalogue_js__WEBPACK_IMPORTED_MODULE_11__/* .ruleCatalogue */ .E)().get(ruleId)?.then?.[0]?.options;
    if (!options?.headings)
        return undefined;
    const section = card.outline.find(options.headings, options.contains);
    return section && (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_10__/* .sectionAbsence */ .vA)(section.body) === undefined ? section : undefined;
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
    for (const raw of (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_10__/* .cutDelimited */ .Ov)(body, '<!--', '-->').split(/\r\n|\r|\n/)) {
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
    return (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_10__/* .undisguised */ .f8)(text).replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();
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
    return `${head.join('\n')}${(0,yaml__WEBPACK_IMPORTED_MODULE_1__.stringify)(manifest, { lineWidth: 0 })}`;
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
        const file = node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, '.gitattributes');
        return (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .isFile */ .fo)(file) && (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .stat */ .dJ)(file).size <= 1024 * 1024 && /\bfilter=lfs\b/.test((0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .readText */ .yR)(file));
    }
    catch {
        return false;
    }
}
/** Regular files under `dir`, not following links, skipping dot-folders and node_modules. */
function filesUnder(dir) {
    const files = [];
    const pending = [dir];
    while (pending.length > 0 && files.length < MAX_SCANNED) {
        const current = pending.pop();
        let entries;
        try {
            entries = (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .dirEntries */ .S8)(current);
        }
        catch {
            continue;
        }
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const full = node_path__WEBPACK_IMPORTED_MODULE_0__.join(current, entry.name);
            if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
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
function unusedId(root, rel, folder) {
    const id = slug(folder);
    const repo = new _fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_7__/* .RepoFs */ .GB(root);
    const taken = new Set();
    const own = rel ? `${rel}/ai-system.yaml` : 'ai-system.yaml';
    for (const file of (0,_discover_discover_js__WEBPACK_IMPORTED_MODULE_6__/* .discover */ .k4)(repo, { scanPath: '' }).manifests) {
        if (file === own)
            continue; // the manifest init replaces (--force) keeps its id
        const loaded = (0,_load_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .loadManifest */ .eY)(repo, file);
        if (loaded.ok)
            taken.add((0,_load_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .systemId */ .JO)(loaded.manifest));
        repo.forget(file);
    }
    const candidates = [id, slug(rel.replaceAll('/', '-') || id)];
    const free = candidates.find((candidate) => !taken.has(candidate));
    if (free)
        return free;
    let n = 2;
    while (taken.has(`${id}-${n}`))
        n++;
    return `${id.slice(0, 95)}-${n}`;
}
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


/***/ }),

/***/ 5204:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');

/***/ })

};

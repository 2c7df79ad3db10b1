export const id = 128;
export const ids = [128];
export const modules = {

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
        return (0,_load_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .q)(text, file);
    if (lower.endsWith('.yaml') || lower.endsWith('.yml'))
        return (0,_load_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)(text, { file });
    return /^\s*[[{]/.test(text) ? (0,_load_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .q)(text, file) : (0,_load_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)(text, { file });
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
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _fs_local_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3693);
/* harmony import */ var _evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5672);
/* harmony import */ var _evidence_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4746);
/* harmony import */ var _evidence_structured_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9093);
/* harmony import */ var _load_model_card_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1851);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4853);
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
    const cardFile = CARD_NAMES.map((name) => node_path__WEBPACK_IMPORTED_MODULE_0__.join(target, name)).find((file) => (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .isFile */ .fo)(file));
    const card = cardFile ? (0,_load_model_card_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCard */ .c)((0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .readText */ .yR)(cardFile), local(cardFile)) : undefined;
    if (card)
        found.push(`model card ${card.file}${card.kind === 'model' ? '' : ' (its front matter has none of the model fields: model-index, base_model, pipeline_tag, …)'}`);
    const datasetCards = [];
    // The evidence files found, by kind: each is cited as its kind's registry object says.
    const evidence = new Map();
    // Files another one includes (Fluent Bit's @INCLUDE) are read through it, not cited alone:
    // an outputs.conf on its own routes nothing. Each file's includes as written, and the line
    // init printed for each file.
    const includesOf = new Map();
    const lines = new Map();
    for (const file of filesUnder(target)) {
        const name = local(file);
        if (name.endsWith('.md') && file !== cardFile) {
            const parsed = (0,_load_model_card_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCard */ .c)((0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .readText */ .yR)(file), name);
            if (parsed.kind === 'dataset') {
                datasetCards.push({ file: name, card: parsed });
                found.push(`dataset card ${name}`);
            }
            continue;
        }
        if (!EVIDENCE_EXTENSIONS.has(name.slice(name.lastIndexOf('.') + 1).toLowerCase()) || (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .stat */ .dJ)(file).size > MAX_EVIDENCE_BYTES)
            continue;
        // Parsed as the gate parses it when it is cited, then given to the first kind that recognises it.
        const parsed = (0,_evidence_structured_js__WEBPACK_IMPORTED_MODULE_4__/* .parseEvidence */ .v)(name, (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .readText */ .yR)(file), _evidence_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .EVIDENCE_KINDS */ .A);
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
            { file: '.github/workflows/modelgate.yml', text: workflow(rel) },
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
            throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`${folder} is a symbolic link: modelgate init writes ${file} only inside the repository, not through a link; replace the link with a folder`);
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
    const name = text(meta.model_name) ?? text(modelIndex?.name) ?? cardTitle(card) ?? folder;
    const license = text(meta.license) === 'other' ? text(meta.license_name) : text(meta.license);
    const dataset = (id) => ({
        id,
        source: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_7__/* .TODO */ .Pf}: who produced ${id} and where it came from`,
        license: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_7__/* .TODO */ .Pf}: the licence ${id} is used under`,
        collection: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_7__/* .TODO */ .Pf}: how, when and from whom ${id} was collected`,
        revision: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_7__/* .TODO */ .Pf}: the commit, tag or snapshot of ${id} that was used`,
    });
    const datasets = list(meta.datasets).map(dataset);
    for (const { file, card: datasetCard } of datasetCards) {
        const id = text(datasetCard.meta.pretty_name) ?? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(file, '.md');
        const known = datasets.find((d) => d.id === id);
        if (known)
            known.card = file;
        else
            datasets.push({ ...dataset(id), ...(text(datasetCard.meta.license) ? { license: text(datasetCard.meta.license) } : {}), card: file });
    }
    return {
        schemaVersion: 1,
        id: slug(name),
        name,
        version: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_7__/* .TODO */ .Pf}: the version this manifest describes`,
        description: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_7__/* .TODO */ .Pf}: what the system does, in a sentence or two`,
        owner: { team: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_7__/* .TODO */ .Pf}: the owning team`, contact: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_7__/* .TODO */ .Pf}: an address that reaches it` },
        ...(card ? { modelCard: card.file } : {}),
        ...(license ? { license } : {}),
        ...(list(meta.base_model).length > 0 ? { baseModel: list(meta.base_model).length === 1 ? list(meta.base_model)[0] : list(meta.base_model) } : {}),
        intendedUse: {
            purpose: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_7__/* .TODO */ .Pf}: the decision or task the system supports${text(meta.pipeline_tag) ? ` (a ${text(meta.pipeline_tag)} model)` : ''}`,
            outOfScope: [`${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_7__/* .TODO */ .Pf}: uses the system is not fit for`],
        },
        data: { datasets: datasets.length > 0 ? datasets : [{ id: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_7__/* .TODO */ .Pf}: the training data`, source: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_7__/* .TODO */ .Pf}: where it came from` }] },
        bias: { sensitiveAttributes: [`${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_7__/* .TODO */ .Pf}: the attributes fairness is evaluated for`] },
        oversight: { accountableOwner: `${_evidence_init_citation_js__WEBPACK_IMPORTED_MODULE_7__/* .TODO */ .Pf}: the person accountable for the system's decisions` },
    };
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
        '#   data.datasets[].personalData.present: true | false (when true: purpose, legalBasis, handling)',
        ...(metrics.length > 0 ? [`#   intendedUse.accuracy: bounds for the metrics the card reports (${metrics.join(', ')})`] : []),
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
function workflow(scanPath) {
    return `# yaml-language-server: $schema=https://json.schemastore.org/github-workflow.json
# The gate on every pull request and on main. Make the "modelgate" job a required check, and
# protect .github/workflows/ and .modelgate/ with CODEOWNERS:
# https://github.com/modelgate/modelgate#a-gate-a-pull-request-cannot-weaken
# modelgate/modelgate@v1 resolves once v1 is released; until then pin a commit SHA
# (uses: modelgate/modelgate@<40-hex sha>).
name: modelgate
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read        # read the repository
  checks: write         # the check run with every annotation
  pull-requests: write  # the sticky comment
jobs:
  modelgate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
        with:
          fetch-depth: 0  # the base commit, for the policy in force and the regression rules
      - uses: modelgate/modelgate@v1
${scanPath ? `        with:\n          path: ${JSON.stringify(scanPath)}\n` : ''}`;
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
    return title === '' ? undefined : title;
}


/***/ })

};

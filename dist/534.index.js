export const id = 534;
export const ids = [534];
export const modules = {

/***/ 534:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECK_FUNCTIONS: () => (/* binding */ CHECK_FUNCTIONS)
});

// EXTERNAL MODULE: ./build/evidence/registry.js + 44 modules
var registry = __webpack_require__(7355);
// EXTERNAL MODULE: ./build/load/placeholder.js
var load_placeholder = __webpack_require__(8852);
// EXTERNAL MODULE: ./build/policy/path.js
var policy_path = __webpack_require__(3612);
// EXTERNAL MODULE: ./build/types.js
var types = __webpack_require__(4853);
// EXTERNAL MODULE: ./build/evaluate/describe.js
var describe = __webpack_require__(6733);
// EXTERNAL MODULE: ./build/evidence/check.js
var check = __webpack_require__(6792);
;// CONCATENATED MODULE: ./build/evaluate/walk.js
function walkValues(value, start, visit, maxDepth = 64) {
    const at = [...start];
    const walk = (node, depth) => {
        if (depth > maxDepth)
            return;
        visit(node, at);
        if (Array.isArray(node)) {
            for (let i = 0; i < node.length; i++) {
                at.push(i);
                walk(node[i], depth + 1);
                at.pop();
            }
        }
        else if (node !== null && typeof node === 'object') {
            for (const key of Object.keys(node)) {
                at.push(key);
                walk(node[key], depth + 1);
                at.pop();
            }
        }
    };
    walk(value, 0);
}

;// CONCATENATED MODULE: ./build/evaluate/functions/no-placeholders.js




/**
 * Whether `at` is a field where `*` means "every": a robustness threshold's family (docs/manifest.md
 * documents `family: "*"`; a new user's documented threshold failed as a placeholder).
 */
const WILDCARD_FIELD = (at, node) => node === '*' && at.at(-1) === 'family' && at.at(-3) === 'thresholds';
/** At most this many placeholders are listed per document (the rest are counted). */
const MAX_LISTED = 50;
/**
 * No text in the target is a placeholder ("TODO: …", "TBD", "[More Information Needed]"): what
 * `modelgate init` leaves for the team to fill in is reported wherever it is, even in fields no
 * other rule reads.
 */
const noPlaceholders = (0,check/* defineFunction */.Oh)({
    name: 'no-placeholders',
    description: 'No text value anywhere under the target is a placeholder such as "TODO: …" or "TBD".',
    optionsSchema: { type: 'object', additionalProperties: false },
    check({ value, path, system }) {
        const root = (0,check/* systemDocument */.fZ)(system);
        const failures = [];
        let more = 0;
        walkValues(value, path, (node, at) => {
            if (typeof node !== 'string' || node.trim() === '' || (0,load_placeholder/* valueAbsence */.Z2)(node) !== 'placeholder' || (0,load_placeholder/* isNonAnswerValue */.Tq)(node) || WILDCARD_FIELD(at, node))
                return;
            if (failures.length < MAX_LISTED)
                failures.push(markerFailure(root, at.slice(), node));
            else
                more++;
        });
        if (more > 0)
            failures.push({ message: `and ${more} more placeholder${more === 1 ? '' : 's'}`, path });
        return failures;
    },
});
/**
 * A marker ("TODO: …") at `at`, in this rule's words. A field's own rule that finds a marker
 * reports it through this too, so the two are one finding on one line, naming both rules.
 */
function markerFailure(root, at, text) {
    return { message: `${(at.length > 1 && (0,describe/* describePath */.N)(root, at)) || 'the value'} ${(0,load_placeholder/* describePlaceholder */.Fm)(text)}`, path: at };
}

;// CONCATENATED MODULE: ./build/evaluate/functions/any-present.js






/** At least one of several fields is present (a dataset pinned by revision or by sha256). */
const anyPresent = (0,check/* defineFunction */.Oh)({
    name: 'any-present',
    description: 'At least one of the listed fields exists and is not a placeholder.',
    optionsSchema: {
        type: 'object',
        required: ['fields'],
        additionalProperties: false,
        properties: { fields: { type: 'array', minItems: 2, items: { type: 'string', minLength: 1 } } },
    },
    check({ value, path, options, system }) {
        const found = options.fields.some((field) => (0,load_placeholder/* valueAbsence */.Z2)((0,types/* valueAt */.fK)(value, (0,policy_path/* parseField */.cn)(field))) === undefined);
        if (found)
            return [];
        // A field that holds a marker ("TODO: the commit …") is reported there, worded as
        // system/no-placeholders words it: one finding on one line, naming both rules.
        for (const field of options.fields) {
            const segments = (0,policy_path/* parseField */.cn)(field);
            const marker = (0,types/* valueAt */.fK)(value, segments);
            if (typeof marker === 'string' && marker.trim() !== '' && (0,load_placeholder/* valueAbsence */.Z2)(marker) === 'placeholder') {
                const at = [...path, ...segments];
                return [markerFailure((0,check/* systemDocument */.fZ)(system), at, marker)];
            }
        }
        const names = options.fields.map((f) => `"${f}"`);
        const list = names.length === 2 ? `${names[0]} or ${names[1]}` : `one of ${names.join(', ')}`;
        return [{ message: `${(0,describe/* describePath */.N)((0,check/* systemDocument */.fZ)(system), path)} needs ${list}` }];
    },
});

// EXTERNAL MODULE: ./build/text/revision.js
var revision = __webpack_require__(8557);
;// CONCATENATED MODULE: ./build/evaluate/functions/revision-pinned.js





/**
 * Data pinned to what it was: a checksum, or a revision that does not move. A branch name or a
 * moving tag (`latest`, `main`, `HEAD`) names whatever the data is today.
 */
const revisionPinned = (0,check/* defineFunction */.Oh)({
    name: 'revision-pinned',
    description: 'The object has a sha256, or a revision that does not move (a commit, tag or snapshot id; not a name such as latest, main or HEAD, nor a ref to a branch or pull request).',
    optionsSchema: { type: 'object', additionalProperties: false },
    check(context) {
        const { value, path, system } = context;
        const record = (value ?? {});
        if ((0,load_placeholder/* valueAbsence */.Z2)(record.sha256) === undefined)
            return [];
        const absent = anyPresent.check({ ...context, options: { fields: ['revision', 'sha256'] } });
        if (!Array.isArray(absent) || absent.length > 0)
            return absent;
        if (!(0,revision/* isMovingRevision */.C)(record.revision))
            return [];
        return [
            {
                message: `${(0,describe/* describePath */.N)((0,check/* systemDocument */.fZ)(system), [...path, 'revision'])} is "${String(record.revision).trim()}", which moves: it names whatever the data is today, not what the model saw; give a commit, tag or snapshot id, or sha256`,
                path: [...path, 'revision'],
            },
        ];
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/card-accuracy.js
/**
 * The card's model-index results meet the manifest's accuracy thresholds
 * (intendedUse.accuracy: metric, min or max, optional dataset). A declared metric the card does
 * not report is a finding; a reported value outside its bound is one at the card's line.
 */

const norm = (text) => text.toLowerCase().replace(/[^a-z0-9@]+/g, '');
/** A model-index value as a number: YAML may give it as text ("0.79"); anything else is none. */
function reportedNumber(value) {
    const v = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
const cardAccuracy = (0,check/* defineFunction */.Oh)({
    name: 'card-accuracy',
    description: "Each accuracy threshold in the manifest is met by a result in the model card's model-index.",
    optionsSchema: { type: 'object', additionalProperties: false },
    check({ value, path, system }) {
        const card = system.card;
        if (!card)
            return { skip: 'no model card was read' };
        const wanted = (value ?? {});
        if (typeof wanted.metric !== 'string')
            return { skip: 'the accuracy entry names no metric' };
        const dataset = typeof wanted.dataset === 'string' ? wanted.dataset : undefined;
        const reported = modelIndexResults(card.meta['model-index']).filter((r) => r.metricKeys.includes(norm(wanted.metric)) && (!dataset || r.dataset.includes(norm(dataset))));
        const on = dataset ? ` on ${dataset}` : '';
        if (reported.length === 0) {
            return [{ message: `the model card reports no ${wanted.metric} result${on} in its model-index, so intendedUse.accuracy cannot be checked`, path }];
        }
        const failures = [];
        for (const result of reported) {
            // Located only when it fails: locating composes the front matter's positions (yaml's document API).
            const at = () => ({ file: card.file, ...(card.frontMatter?.locate(result.path) ?? { line: 1, column: 1 }) });
            const v = reportedNumber(result.value);
            if (v === undefined) {
                failures.push({ message: `the model card's ${wanted.metric}${on} is not a number`, at: at() });
            }
            else if (typeof wanted.min === 'number' && v < wanted.min) {
                failures.push({ message: `the model card reports ${wanted.metric} ${v}${on}, below the manifest's minimum ${wanted.min}`, at: at() });
            }
            else if (typeof wanted.max === 'number' && v > wanted.max) {
                failures.push({ message: `the model card reports ${wanted.metric} ${v}${on}, above the manifest's maximum ${wanted.max}`, at: at() });
            }
        }
        return failures;
    },
});
function modelIndexResults(index) {
    const out = [];
    if (!Array.isArray(index))
        return out;
    index.forEach((entry, i) => {
        const results = entry?.results;
        if (!Array.isArray(results))
            return;
        results.forEach((result, j) => {
            const r = (result ?? {});
            const dataset = [r.dataset?.type, r.dataset?.name].filter((d) => typeof d === 'string').map(norm).join(' ');
            const datasetKey = [r.dataset?.type, r.dataset?.config, r.dataset?.split].map((d) => (typeof d === 'string' ? norm(d) : '')).join('\u0000');
            const datasetFullKey = `${datasetKey}\u0000${typeof r.dataset?.name === 'string' ? norm(r.dataset.name) : ''}`;
            if (!Array.isArray(r.metrics))
                return;
            r.metrics.forEach((metric, k) => {
                const m = (metric ?? {});
                const metricKeys = [m.type, m.name].filter((x) => typeof x === 'string').map(norm);
                out.push({ value: m.value, dataset, datasetKey, datasetFullKey, metricKeys, path: ['model-index', i, 'results', j, 'metrics', k, 'value'] });
            });
        });
    });
    return out;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/fs/repo-fs.js
var repo_fs = __webpack_require__(654);
// EXTERNAL MODULE: ./build/load/json.js
var json = __webpack_require__(5531);
// EXTERNAL MODULE: ./build/load/manifest.js
var load_manifest = __webpack_require__(872);
;// CONCATENATED MODULE: ./build/evidence/peft-adapter.js
/**
 * The PEFT adapters a system ships: an `adapter_config.json` (PEFT's name for it, exactly: the
 * loader reads no other) listed in artifacts, in the folder of a listed artifact (beside
 * adapter_model.safetensors), or in the folder of the cited model card (a Hub repository's
 * layout: README.md beside the adapter). Its `base_model_name_or_path` is the model the adapter
 * is loaded onto, which is what runs (new user: a Llama-3.1-8B LoRA whose config was changed to
 * name a Mistral model passed, the card and manifest still saying Llama).
 *
 * Each is read as untrusted JSON, as cited evidence is: inside the repository (a link out is
 * refused), under max-file-size, UTF-8 text, no duplicated key, nesting capped; a file that fails
 * any of these is a problem located in it, never a crash. One read per system, however many
 * rules ask.
 */




/** PEFT's file name for an adapter's config (peft's CONFIG_NAME). */
const ADAPTER_CONFIG = 'adapter_config.json';
/** Resolution problems that say a candidate is not in this repository: no adapter to read there. */
const NOT_HERE = new Set(['missing', 'absolute-path', 'outside-root', 'empty-path', 'not-a-file']);
/** The folder part of a path as the manifest writes it (`model/`, `` for none). */
const writtenFolderPrefix = (written) => written.slice(0, Math.max(written.lastIndexOf('/'), written.lastIndexOf('\\')) + 1);
/**
 * The adapter configs the system ships, each once, in the order artifacts list them and then the
 * card's folder; undefined configs (not in the repository: weights kept elsewhere) are left out.
 * A listed `adapter_config.json` that is a folder is a problem too; one only looked for is not.
 */
function shippedAdapters(system) {
    return system.evidence.remembered('peft-adapters', () => {
        const candidates = [];
        for (const { path } of (0,load_manifest/* declaredArtifacts */.G9)(system.manifest.data)) {
            if ((0,repo_fs/* isUri */.nh)(path))
                continue;
            const listed = external_node_path_.posix.basename(path.replace(/\\/g, '/')) === ADAPTER_CONFIG;
            candidates.push({ ref: listed ? path : `${writtenFolderPrefix(path)}${ADAPTER_CONFIG}`, listed });
        }
        if (system.card) {
            const folder = external_node_path_.posix.dirname(system.card.file);
            candidates.push({ ref: external_node_path_.posix.relative(system.manifest.dir, external_node_path_.posix.join(folder === '.' ? '' : folder, ADAPTER_CONFIG)), listed: false });
        }
        const seen = new Set();
        const adapters = [];
        for (const { ref, listed } of candidates) {
            const resolved = system.evidence.repo.resolve(ref, system.manifest.dir);
            if (!resolved.ok) {
                const rel = resolved.rel ?? ref;
                if (NOT_HERE.has(resolved.problem.kind) && !(listed && resolved.problem.kind === 'not-a-file'))
                    continue;
                if (seen.has(rel))
                    continue;
                seen.add(rel);
                adapters.push({ ok: false, rel, message: resolved.problem.message, at: { file: rel, line: 1, column: 1 } });
                continue;
            }
            // Where it really is: one config reached by two paths (a link) is one adapter.
            const key = system.evidence.repo.relative?.(resolved.abs) ?? resolved.rel;
            if (seen.has(key))
                continue;
            seen.add(key);
            adapters.push(readAdapter(system, ref, resolved.rel));
        }
        return adapters;
    });
}
function readAdapter(system, ref, rel) {
    const text = readText(system, ref, rel);
    if (!text.ok)
        return { ok: false, rel, message: text.message, at: { file: rel, line: text.line ?? 1, column: 1 } };
    const parsed = (0,json/* parseJson */.qF)(text.text, rel);
    if (!parsed.ok) {
        const { message, line, column } = parsed.error;
        return { ok: false, rel, message: `${rel}: ${message}`, at: { file: rel, line, column } };
    }
    const value = parsed.doc.value;
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
        return { ok: false, rel, message: `${rel} is not a JSON object, as PEFT writes an adapter's config`, at: { file: rel, line: 1, column: 1 } };
    }
    return { ok: true, rel, doc: parsed.doc, config: value };
}
/**
 * The text of the config at `ref` (resolved to `rel`), read as cited evidence is (and noted as
 * read); a `#` in a folder's name, which a citation reads as a section, is read as written.
 */
function readText(system, ref, rel) {
    if (!ref.includes('#')) {
        const read = system.evidence.text(ref);
        return read.ok ? { ok: true, text: read.value.text } : { ok: false, message: read.problem.message, ...(read.problem.at ? { line: read.problem.at.line } : {}) };
    }
    const read = system.evidence.repo.readText(rel);
    return read.ok ? { ok: true, text: read.text } : { ok: false, message: read.problem.message, ...(read.problem.line !== undefined ? { line: read.problem.line } : {}) };
}

// EXTERNAL MODULE: ./build/load/source-doc.js
var source_doc = __webpack_require__(2431);
;// CONCATENATED MODULE: ./build/text/hub-id.js
/**
 * Hugging Face Hub model ids, written as people and tools write them: `meta-llama/Llama-3.1-8B`,
 * `Meta-Llama/llama-3.1-8b` (the Hub finds a repository whatever the case), a pin after `@`, a
 * model page's URL or an `hf://` path, and the old ids the Hub still redirects (`gpt2` is
 * openai-community/gpt2; meta-llama's Meta-Llama-3.1-8B is Llama-3.1-8B). A local path
 * (`./base`, `/models/llama`, `C:\models`) is no Hub id: what it holds cannot be told from its
 * name.
 */
/** A model page's address, before the id: https://huggingface.co/, hf.co/. */
const HUB_URL = /^(?:https?:\/\/)?(?:www\.)?(?:huggingface\.co|hf\.co)\//i;
/** An id: a name, or an owner and a name, each of letters, digits, `-`, `_` and `.`. */
const HUB_ID = /^[a-z0-9][\w.-]*(?:\/[a-z0-9][\w.-]*)?$/i;
/** What a loader reads as a folder on this machine, whether or not it is there. */
const LOCAL_PATH = /^(?:\.{1,2}(?:[/\\]|$)|[/\\~]|[a-z]:[/\\])/i;
/** The Hub's ids are at most 96 characters; a longer text is no id (and is not scanned). */
const MAX_ID = 200;
/**
 * The Hub model id `text` names, in lower case and without a revision, for comparing; undefined
 * when it names none (a local path, a URL elsewhere, a text with spaces).
 */
function hubModelId(text) {
    let id = text.trim();
    if (id.length > MAX_ID)
        return undefined;
    id = id.toLowerCase().startsWith('hf://') ? id.slice(5) : id.replace(HUB_URL, '');
    // A page of the model (…/tree/main, …/resolve/<sha>/config.json) is the model.
    for (const part of ['/tree/', '/blob/', '/resolve/', '/commit/']) {
        const at = id.indexOf(part);
        if (at > 0)
            id = id.slice(0, at);
    }
    const pin = id.indexOf('@');
    if (pin > 0)
        id = id.slice(0, pin);
    if (id.endsWith('/'))
        id = id.slice(0, -1);
    if (!HUB_ID.test(id) || id.includes('..'))
        return undefined;
    // Meta renamed its Llama 3.1 repositories (Meta-Llama-3.1-8B is Llama-3.1-8B); the old ids redirect.
    return id.toLowerCase().replace(/^meta-llama\/meta-llama-3\.1-/, 'meta-llama/llama-3.1-');
}
/** Whether `text` reads as a path on the machine that loads the model (`./base`, `/models/llama`). */
const isLocalModelPath = (text) => LOCAL_PATH.test(text.trim());
/**
 * The organisations the Hub moved its first, owner-less models under (bert-base-uncased is
 * google-bert's, gpt2 openai-community's, roberta-base FacebookAI's…), lower case. Only these own
 * a bare id: anyone may publish some-stranger/Mistral-7B-Instruct-v0.3 (review).
 */
const LEGACY_OWNERS = new Set(['google-bert', 'openai-community', 'facebookai', 'distilbert', 'google-t5', 'albert', 'xlnet', 'almanach', 'flaubert']);
/**
 * Whether two ids (hubModelId's) name one model: the same id, or an old id without an owner and
 * the id the Hub moved it to (`bert-base-uncased` and google-bert/bert-base-uncased: the old ids
 * still load them), under one of the organisations it moved them to.
 */
function sameHubModel(a, b) {
    if (a === b)
        return true;
    const [owned, bare] = a.includes('/') ? [a, b] : [b, a];
    const slash = owned.indexOf('/');
    return !bare.includes('/') && slash > 0 && LEGACY_OWNERS.has(owned.slice(0, slash)) && owned.slice(slash + 1) === bare;
}

;// CONCATENATED MODULE: ./build/evaluate/functions/adapter-base-model.js
/**
 * Each PEFT adapter the system ships loads onto a base model the system declares: the
 * `base_model_name_or_path` of its adapter_config.json (evidence/peft-adapter.ts says which
 * configs are shipped) is a model the manifest's baseModel or the model card's base_model
 * names. The base model is what runs; if it is another than the declared one, every evaluation
 * and licence statement may be about another model (new user: a Llama-3.1-8B LoRA whose config
 * was changed to name a Mistral model passed). A system that ships an adapter and declares no
 * base model anywhere fails: the card or the manifest must say what it adapts.
 *
 * Hub ids are compared as the Hub finds them (text/hub-id.ts): case, a pin and a page's URL
 * aside. A local path (`./base`, `/models/llama`) cannot be compared with anything declared,
 * and says so (not applicable), as does a config that names no base model.
 */





const named = (value) => [].concat(value ?? []).filter((v) => typeof v === 'string' && (0,load_placeholder/* valueAbsence */.Z2)(v) === undefined);
const listed = (names) => names.map((name) => (0,source_doc/* quoted */.TL)(name, 120)).join(', ');
const adapterBaseModel = (0,check/* defineFunction */.Oh)({
    name: 'adapter-base-model',
    description: "Each PEFT adapter the system ships (adapter_config.json) loads onto a base model the manifest's baseModel or the model card's base_model names.",
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
    check({ system }) {
        const adapters = shippedAdapters(system);
        if (adapters.length === 0)
            return { skip: 'the system ships no PEFT adapter (no adapter_config.json in artifacts, beside one, or beside the model card)' };
        const declared = [
            { where: "the manifest's baseModel", names: named(system.manifest.data.baseModel) },
            { where: "the model card's base_model", names: named(system.card?.meta.base_model) },
        ];
        const failures = [];
        const notes = [];
        if (declared.every((d) => d.names.length === 0)) {
            const shown = adapters.slice(0, 3).map((a) => a.rel).join(', ') + (adapters.length > 3 ? `, and ${adapters.length - 3} more` : '');
            failures.push({
                message: `the system ships the PEFT adapter${adapters.length === 1 ? '' : 's'} ${shown}, but neither the manifest's baseModel nor the model card's base_model says which model ${adapters.length === 1 ? 'it adapts' : 'they adapt'}; an adapter's evaluations and license are those of the model it is loaded onto`,
                path: ['manifest', 'baseModel'],
            });
        }
        const comparable = declared.flatMap((d) => d.names.map(hubModelId)).filter((id) => id !== undefined);
        for (const adapter of adapters) {
            if (!adapter.ok) {
                failures.push({ message: `${adapter.message}; which model the adapter is loaded onto cannot be read`, at: adapter.at });
                continue;
            }
            const base = adapter.config.base_model_name_or_path;
            if (base === undefined || base === null || (typeof base === 'string' && base.trim() === '')) {
                notes.push(`${adapter.rel} names no base model (base_model_name_or_path is ${base === undefined ? 'missing' : base === null ? 'null' : 'empty'})`);
                continue;
            }
            const at = { file: adapter.rel, ...adapter.doc.locate(['base_model_name_or_path']) };
            if (typeof base !== 'string') {
                failures.push({ message: `${adapter.rel}: base_model_name_or_path is ${Array.isArray(base) ? 'a list' : typeof base === 'object' ? 'an object' : `a ${typeof base}`}, not a model id or path, so the model the adapter is loaded onto cannot be told`, at });
                continue;
            }
            const id = hubModelId(base);
            if (id === undefined) {
                notes.push(`${adapter.rel} loads onto ${(0,source_doc/* quoted */.TL)(base, 120)}, ${isLocalModelPath(base) ? 'a local path' : 'not a Hugging Face model id'}, which cannot be compared with the declared base model`);
                continue;
            }
            if (declared.every((d) => d.names.length === 0))
                continue; // failed above, once for all
            if (comparable.length === 0) {
                notes.push(`${adapter.rel} loads onto ${(0,source_doc/* quoted */.TL)(base, 120)}, but no declared base model is a Hugging Face model id to compare it with (${declared.filter((d) => d.names.length > 0).map((d) => `${d.where} is ${listed(d.names)}`).join('; ')})`);
                continue;
            }
            if (comparable.some((declaredId) => sameHubModel(declaredId, id)))
                continue;
            const stated = declared.map((d) => (d.names.length > 0 ? `${d.where} (${listed(d.names)})` : undefined)).filter((s) => s !== undefined);
            const unstated = declared.find((d) => d.names.length === 0);
            failures.push({
                message: `${adapter.rel}: the adapter is loaded onto ${(0,source_doc/* quoted */.TL)(base, 120)} (base_model_name_or_path), a model that ${stated.length === 2 ? `neither ${stated[0]} nor ${stated[1]} names` : `${stated[0]} does not name (${unstated?.where.replace(/'s /, ' states no ')})`}: ` +
                    "what runs is not the declared model, and the card's evaluations and license may be about another model",
                at,
            });
        }
        if (failures.length > 0)
            return failures;
        if (notes.length > 0)
            return { skip: notes.slice(0, 2).join('; ') + (notes.length > 2 ? `; and ${notes.length - 2} more adapter${notes.length === 3 ? '' : 's'} like them` : '') };
        return [];
    },
});

// EXTERNAL MODULE: ./build/text/names.js
var text_names = __webpack_require__(594);
// EXTERNAL MODULE: ./build/text/license.js
var license = __webpack_require__(741);
// EXTERNAL MODULE: ./build/evidence/shipped-model.js
var shipped_model = __webpack_require__(203);
;// CONCATENATED MODULE: ./build/evaluate/functions/card-agrees.js
/**
 * The model card and the manifest describe the same model: where both state a name, version,
 * license, base model or datasets, they agree. A card (or manifest) that does not state one is
 * not a disagreement, and not an agreement either: nothing to check (card/* rules ask for what a
 * card must state).
 */







const list = (value) => [].concat(value ?? []).filter((v) => typeof v === 'string');
const cardAgrees = (0,check/* defineFunction */.Oh)({
    name: 'card-agrees',
    description: 'Where the model card and the manifest both state a name, version, license, base model or datasets, they agree.',
    optionsSchema: {
        type: 'object',
        required: ['field'],
        additionalProperties: false,
        properties: { field: { enum: ['name', 'version', 'license', 'base-model', 'datasets'] } },
    },
    check({ options, system }) {
        const card = system.card;
        if (!card)
            return { skip: 'no model card was read' };
        const data = system.manifest.data;
        switch (options.field) {
            case 'name':
                return nameFailures(card, data, system);
            case 'version':
                return versionFailures(card, data, system);
            case 'license':
                return licenseFailures(card, data, system);
            case 'base-model':
                return baseModelFailures(card, data, system);
            case 'datasets':
                return datasetFailures(card, data, system);
        }
    },
});
function metaAt(card, path) {
    return { file: card.file, ...(card.frontMatter?.locate(path) ?? { line: 1, column: 1 }) };
}
/**
 * The card's model-index names this system (its name or id, either may hold the other), or, for
 * a card kept in the folder of a model the system ships, outside the system's own, that model:
 * a name the folder's name stands in, word for word (new user: a batch scorer and an API serving
 * models/reply-drafter, whose card names reply-drafter; a scoring API serving ml/models/risk,
 * whose card names risk-model).
 * A card in this system's folder is the system's, one in another system's folder that system's
 * (review), and one in a folder the system ships nothing from another model's (fifth red team):
 * a copy that keeps another model's name fails.
 */
function nameFailures(card, data, system) {
    const names = [data.name, data.id].filter((n) => typeof n === 'string').map(text_names/* squashName */.z);
    const index = card.meta['model-index'];
    const named = Array.isArray(index) && index.some((entry) => typeof entry?.name === 'string' && (entry.name.trim() !== ''));
    if (!named)
        return { skip: "the model card's model-index names no model" };
    // The card of a model the system ships from another folder names that model, not the service
    // (new user: "risk-model" in ml/models/risk, served by scoring-api).
    return index.flatMap((entry, i) => {
        const name = entry?.name;
        if (typeof name !== 'string' || name.trim() === '')
            return [];
        const n = (0,text_names/* squashName */.z)(name);
        if (names.some((m) => m === n || m.includes(n) || n.includes(m)) || (0,shipped_model/* namesShippedModel */.h)(system, name))
            return [];
        return [{ message: `the model card's model-index names "${name}", but the manifest describes "${(0,source_doc/* asText */.e1)(data.name)}" (${system.id})`, at: metaAt(card, ['model-index', i, 'name']) }];
    });
}
/** "v2.3.0", "2.3" in the card's title, or a version key in its front matter. */
function versionFailures(card, data, system) {
    if ((0,source_doc/* asText */.e1)(data.version ?? '') === '')
        return { skip: 'the manifest states no version' }; // any type when the schema failed
    const version = (0,load_manifest/* comparedVersion */.i6)(data);
    const expected = version.value?.replace(/^v/i, '');
    const described = expected === undefined ? version.described : `the manifest describes version ${expected}`;
    const stated = statedVersion(card, list(data.baseModel));
    if (!stated)
        return { skip: 'the model card states no version (a version key, or one in its title)' };
    if (stated.value.replace(/^v/i, '') === expected)
        return [];
    return [{ message: stated.key ? `the model card says version ${stated.value}, but ${described}` : `the model card's title says version ${stated.value}, but ${described} (${system.id})`, at: stated.at }];
}
/**
 * The version a card states, as written, and where: a version key in its front matter, else
 * one in its title (titleVersion; `baseModels` are the manifest's, beside the card's own).
 * init hints at it too.
 */
function statedVersion(card, baseModels = []) {
    for (const key of ['version', 'model_version']) {
        const stated = card.meta[key];
        if (typeof stated === 'string' || typeof stated === 'number')
            return { value: String(stated), at: metaAt(card, [key]), key };
    }
    const title = card.outline.headings.find((h) => h.level === 1 && h.kind !== 'label');
    const value = title && titleVersion(title.title, [...list(card.meta.base_model), ...baseModels]);
    return title && value ? { value, at: { file: card.file, line: title.line, column: 1 } } : undefined;
}
/**
 * The model's own version in its title: a word of its own ("Scorer v2.3.0", "Scorer 2.3"), not
 * one joined to a name ("Mistral-7B-Instruct-v0.3", "llama-3.1-8b": a fine-tune's title carries
 * its base model's version), nor one its base models' ids carry.
 */
function titleVersion(title, baseModels) {
    const bases = baseModels.map((b) => b.toLowerCase());
    for (const word of title.split(/\s+/)) {
        const version = /^\(?v?(\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?)\)?[,;:]?$/i.exec(word)?.[1];
        if (version && !bases.some((base) => base.includes(version.toLowerCase())))
            return version;
    }
    return undefined;
}
function licenseFailures(card, data, _system) {
    const declared = typeof data.license === 'string' ? data.license.trim() : '';
    const stated = card.meta.license;
    if (declared === '')
        return { skip: 'the manifest states no license' };
    const named = typeof card.meta.license_name === 'string' ? card.meta.license_name : undefined;
    // A "TODO: …" agrees with no licence the card states, and its text stays out of the message
    // (system/no-placeholders reports it).
    if ((0,load_placeholder/* valueAbsence */.Z2)(declared) === 'placeholder') {
        const listed = [].concat(stated ?? []).filter((l) => typeof l === 'string' && l.trim() !== '');
        if (listed.length === 0)
            return { skip: 'the model card states no license' };
        return [{ message: `the model card's license is ${listed.map((l) => `"${l}"`).join(', ')}, but the manifest's license is still a placeholder`, at: metaAt(card, ['license']) }];
    }
    if (Array.isArray(stated))
        return licenseListFailures(card, stated.filter((l) => typeof l === 'string' && l.trim() !== ''), named, declared);
    if (typeof stated !== 'string')
        return { skip: 'the model card states no license' };
    // "other" with license_name X is the custom licence the manifest calls LicenseRef-X (new user).
    if ((0,license/* licenseKey */.z)(stated) === (0,license/* licenseKey */.z)(declared) || (named && (0,license/* licenseKey */.z)(named) === (0,license/* licenseKey */.z)(declared)))
        return [];
    return [{ message: `the model card's license is "${named ? `${stated} (${named})` : stated}", but the manifest's is "${declared}"`, at: metaAt(card, ['license']) }];
}
/**
 * A card that lists its licences agrees when they are the licences the manifest's expression
 * names, no more and no fewer ("MIT OR Apache-2.0" and [mit, apache-2.0]): the manifest's licence
 * decides obligations (Art. 53(2)), so a card listing only llama3 does not agree with "MIT OR llama3".
 */
function licenseListFailures(card, listed, named, declared) {
    if (listed.length === 0)
        return { skip: 'the model card states no license' };
    const words = declared.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
    const ids = new Set(words.filter((word, i) => !['AND', 'OR', 'WITH'].includes(word) && words[i - 1] !== 'WITH').map(license/* licenseKey */.z));
    const cardIds = new Set(listed.map((l) => (0,license/* licenseKey */.z)(l.trim().toLowerCase() === 'other' && named ? named : l)));
    const same = [...cardIds].every((id) => ids.has(id)) && [...ids].every((id) => cardIds.has(id));
    if (same || (cardIds.size === 1 && cardIds.has((0,license/* licenseKey */.z)(declared))))
        return [];
    const shown = listed.map((l) => `"${l}"`).join(', ');
    return [{ message: `the model card's ${listed.length === 1 ? `license is ${shown}` : `licenses are ${shown}`}, but the manifest's is "${declared}"`, at: metaAt(card, ['license']) }];
}
function baseModelFailures(card, data, _system) {
    const declared = list(data.baseModel).map((b) => b.toLowerCase());
    const stated = list(card.meta.base_model);
    if (stated.length > 0 && list(data.baseModel).some((b) => (0,load_placeholder/* valueAbsence */.Z2)(b) === 'placeholder')) {
        return [{ message: `the model card's base_model is ${stated.map((b) => `"${b}"`).join(', ')}, but the manifest's baseModel is still a placeholder`, at: metaAt(card, ['base_model']) }];
    }
    if (declared.length === 0 && stated.length === 0)
        return { skip: 'neither the manifest nor the model card names a base model' };
    if (declared.length === 0 || stated.length === 0)
        return { skip: declared.length === 0 ? 'the manifest names no baseModel' : 'the model card names no base_model' };
    const missing = stated.filter((b) => !declared.includes(b.toLowerCase()));
    const unstated = declared.filter((b) => !stated.some((s) => s.toLowerCase() === b));
    if (missing.length === 0 && unstated.length === 0)
        return [];
    return [
        {
            message: `the model card's base_model is ${stated.map((b) => `"${b}"`).join(', ')}, but the manifest's baseModel is ${list(data.baseModel).map((b) => `"${b}"`).join(', ')}`,
            at: metaAt(card, ['base_model']),
        },
    ];
}
/**
 * Every dataset the card lists is declared in the manifest (by id, or as the end of its uri or
 * source, as in hf://datasets/owner/name), and every training dataset the manifest declares is
 * in the card's list.
 */
function datasetFailures(card, data, _system) {
    const stated = card.meta.datasets;
    if (!Array.isArray(stated))
        return { skip: "the model card's front matter lists no datasets" };
    const declared = Array.isArray(data.data?.datasets) ? data.data.datasets : [];
    const names = (d) => [d.id, d.uri, d.source].filter((v) => typeof v === 'string').map((v) => v.toLowerCase());
    const failures = [];
    stated.forEach((entry, i) => {
        if (typeof entry !== 'string')
            return;
        const wanted = entry.toLowerCase();
        const found = declared.some((d) => names(d).some((n) => n === wanted || n.endsWith(`/${wanted}`) || n.endsWith(`/${wanted}/`)));
        if (!found)
            failures.push({ message: `the model card lists dataset "${entry}", which the manifest does not declare in data.datasets`, at: metaAt(card, ['datasets', i]) });
    });
    const cardNames = stated.filter((s) => typeof s === 'string').map((s) => s.toLowerCase());
    declared.forEach((dataset, i) => {
        if (!dataset || !load_manifest/* TRAINED_ON_ROLES */.wo.includes(dataset.role))
            return;
        if (typeof dataset.id === 'string' && (0,load_placeholder/* valueAbsence */.Z2)(dataset.id) === 'placeholder') {
            failures.push({ message: `training dataset data.datasets[${i}] has no id yet (it is still a placeholder), so the model card's datasets list cannot name it`, at: metaAt(card, ['datasets']), path: ['manifest', 'data', 'datasets', i] });
            return;
        }
        const ids = names(dataset);
        if (!cardNames.some((c) => ids.some((n) => n === c || n.endsWith(`/${c}`) || n.endsWith(`/${c}/`)))) {
            failures.push({ message: `training dataset "${(0,source_doc/* asText */.e1)(dataset.id)}" is not in the model card's datasets list`, at: metaAt(card, ['datasets']), path: ['manifest', 'data', 'datasets', i] });
        }
    });
    return failures;
}

// EXTERNAL MODULE: ./build/evaluate/functions/document-content.js + 1 modules
var document_content = __webpack_require__(7581);
;// CONCATENATED MODULE: ./build/evaluate/functions/card-readable.js


/**
 * A cited card (model or dataset) exists, is text, and its front matter (if any) is a valid
 * YAML mapping. Front matter problems are reported in the card, at their line; a card with no
 * text (empty, or only "# TODO") is reported at the line that cites it.
 */
const cardReadable = (0,check/* defineFunction */.Oh)({
    name: 'card-readable',
    description: 'A cited Markdown card exists inside the repository, its front matter parses as a mapping, and it has text (not empty, not only placeholders).',
    optionsSchema: { type: 'object', additionalProperties: false },
    check({ value, system }) {
        if (typeof value !== 'string' || value.trim() === '')
            return { skip: 'no card is cited' };
        const card = system.evidence.card(value);
        if (!card.ok)
            return [{ message: card.problem.message, at: card.problem.at }];
        const failures = card.value.problems.map((problem) => ({
            message: problem.message,
            at: { file: card.value.file, line: problem.line, column: problem.column },
        }));
        const absence = (0,document_content/* documentAbsence */.H8)(card.value);
        if (absence)
            failures.push({ message: absence });
        return failures;
    },
});

// EXTERNAL MODULE: ./build/load/markdown.js
var markdown = __webpack_require__(2932);
;// CONCATENATED MODULE: ./build/evaluate/functions/card-section.js



/**
 * The card says something about a topic: a front matter key or a section (or a bold label in
 * freeform cards) with real content. A section holding only "[More Information Needed]",
 * "TODO" or template markers is reported at its heading as a placeholder.
 */
const cardSection = (0,check/* defineFunction */.Oh)({
    name: 'card-section',
    description: 'The card has a front matter key or a filled-in section (not empty, not a placeholder) on a topic.',
    optionsSchema: {
        type: 'object',
        required: ['headings'],
        additionalProperties: false,
        properties: {
            headings: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
            contains: { type: 'array', items: { type: 'string', minLength: 1 } },
            frontMatter: { type: 'array', items: { type: 'string', minLength: 1 } },
            name: { type: 'string', minLength: 1 },
            noneIsNoAnswer: { type: 'boolean' },
        },
    },
    check({ value, options }) {
        return checkCardSection(value, options, 'model card');
    },
});
function checkCardSection(card, options, cardName) {
    const name = options.name ?? options.headings[0] ?? 'section';
    for (const key of options.frontMatter ?? []) {
        if (frontMatterSays(key, card.meta[key]))
            return [];
    }
    const what = `the ${cardName}`;
    const section = card.outline.find(options.headings, options.contains);
    if (!section) {
        const examples = options.headings.slice(0, 3).map((h) => `"${h}"`);
        const keys = options.frontMatter?.length ? `, or ${options.frontMatter.join(', ')} in the front matter` : '';
        return [
            {
                message: `${what} has no "${name}" section (a heading such as ${examples.join(', ')}${keys})`,
                at: { file: card.file, line: card.frontMatterLine ?? 1, column: 1 },
            },
        ];
    }
    const absence = (0,load_placeholder/* sectionAbsence */.vA)(section.body);
    // Its own text, before any subsection (the template's "Recommendations" follows "None known."),
    // unless a subsection states them ("No known issues." over "### Limitations", false-error hunt).
    const [own = '', ...subsections] = bySubsection(section.body);
    const stated = subsections.some((sub) => /^[ \t]{0,3}#[^\n]*\b(?:limitation|risk|bias|caveat|weakness|failure)/i.test(sub) && (0,load_placeholder/* sectionAbsence */.vA)(sub.replace(/^[^\n]*\n?/, '')) === undefined);
    if (!absence && options.noneIsNoAnswer && !stated && SAYS_NONE.test(plainWords(own))) {
        return [
            {
                message: `${what} section "${section.heading.title}" says only that there are none: every model has limitations (inputs, groups and conditions it was not trained or tested for); state them`,
                at: { file: card.file, line: section.heading.line, column: 1 },
            },
        ];
    }
    // Its own text a placeholder over the template's "### Recommendations" (review: "To be completed." passed).
    if (!absence && options.noneIsNoAnswer && !stated && own.trim() !== '' && (0,load_placeholder/* sectionAbsence */.vA)(own) === 'placeholder') {
        return [{ message: `${what} section "${section.heading.title}" ${(0,load_placeholder/* describeAbsence */.Hw)('placeholder')}`, at: { file: card.file, line: section.heading.line, column: 1 } }];
    }
    if (!absence)
        return [...unfilledPart(card, section, options, name, what), ...othersOnly(card, section, options, name, what)];
    return [
        {
            message: `${what} section "${section.heading.title}" ${(0,load_placeholder/* describeAbsence */.Hw)(absence)}`,
            at: { file: card.file, line: section.heading.line, column: 1 },
        },
    ];
}
/**
 * A section shared with another topic, found by a phrase its heading holds ("limitation" in a
 * Trainer card's "Intended uses & limitations"), that still holds a paragraph of the template's
 * placeholder beside text that never names this topic: the text is the other topic's, and this
 * one was left to the placeholder (new user: the intended use written over "More information
 * needed" passed as the card's limitations). Reported at the placeholder's line.
 */
function unfilledPart(card, section, options, name, what) {
    if (section.by !== 'phrase' || section.heading.kind === 'label')
        return [];
    const lines = section.body.split('\n');
    let placeholder;
    const filled = [];
    for (let i = 0, start = -1; i <= lines.length; i++) {
        const blank = i === lines.length || lines[i].trim() === '';
        if (!blank && start < 0)
            start = i;
        if (!blank || start < 0)
            continue;
        const paragraph = lines.slice(start, i).join('\n');
        if ((0,load_placeholder/* sectionAbsence */.vA)(paragraph) !== 'placeholder')
            filled.push(paragraph);
        else
            placeholder ??= start;
        start = -1;
    }
    if (placeholder === undefined || (0,markdown/* holdsPhrase */.gD)(filled.join('\n'), [...options.headings, ...(options.contains ?? [])]))
        return [];
    const bodyLine = section.heading.line + (section.heading.kind === 'setext' ? 2 : 1);
    return [
        {
            message: `${what} section "${section.heading.title}" says nothing of "${name}": this part of it is still a placeholder`,
            at: { file: card.file, line: bodyLine + placeholder, column: 1 },
        },
    ];
}
/**
 * A section whose heading joins this topic to another ("Intended uses & limitations") that says
 * something only in the other topic's subsections ("#### Limitations and bias" beside a "How to
 * use" of code, as facebook/wmt19-de-en's card has it): it states nothing of this one.
 */
function othersOnly(card, section, options, name, what) {
    const other = section.sharedWith;
    // "Ethical considerations and risks", read for risks: the other topic is this one.
    if (other === undefined || (0,markdown/* holdsPhrase */.gD)(other, [...options.headings, ...(options.contains ?? [])]))
        return [];
    const others = [];
    const rest = card.outline.bodyWithout(section.heading, (sub) => {
        const theirs = ` ${sub.key} `.includes(` ${other} `);
        if (theirs && others.length < 2)
            others.push(`"${sub.title}"`);
        return theirs;
    });
    if (others.length === 0 || (0,load_placeholder/* sectionAbsence */.vA)(rest) === undefined)
        return [];
    return [
        {
            message: `${what} section "${section.heading.title}" says nothing of "${name}" outside its ${others.join(' and ')} subsection${others.length > 1 ? 's' : ''}`,
            at: { file: card.file, line: section.heading.line, column: 1 },
        },
    ];
}
/**
 * "None", "None known.", "No known limitations.", "Nothing identified so far": a section that
 * says there is nothing to say (auditor: "None known." passed as the card's limitations, beside a
 * manifest that lists them).
 */
// Not "No significant bias found": a finding of a bias evaluation, with the limitations maybe in the next section (review).
const SAYS_NONE = /^(?:none|nothing|no(?: known| significant)? (?:limitations?|risks?|issues?|concerns?)|there are none)(?: (?:known|identified|found|noted|so far|at this time|yet|at present|to date))*$/i;
/**
 * "None.", "N/A", "No personal data.", "The dataset contains no personal information": a section
 * that says there is nothing of what it is about.
 */
const DENIES_ANY = /^(?:none|no|nothing|n\/a|not applicable|no (?:personal|sensitive|private)(?: or (?:personal|sensitive|private))? (?:data|information)(?: (?:is|was) (?:included|collected|present))?|(?:the|this) (?:dataset|data) (?:does not contain|contains no|has no|holds no) (?:any )?(?:personal|sensitive|private)(?: or (?:personal|sensitive|private))? (?:data|information))$/i;
/**
 * The section `options` names, when what it states before any subsection is only that there is
 * none ("None."); undefined when it says more, or is not there (checkCardSection's finding).
 */
function sectionSaysNone(card, options) {
    const section = card.outline.find(options.headings, options.contains);
    if (!section)
        return undefined;
    const ownText = (body) => plainWords(bySubsection(body)[0] ?? '');
    const text = ownText(section.body);
    if (!DENIES_ANY.test(text))
        return undefined;
    // Another section under one of the headings that says more ("## Personal Information" beside
    // "## Privacy incidents: None."): the card documents it (false-error hunt).
    const other = options.headings.some((heading) => {
        const found = card.outline.find([heading]);
        return found !== undefined && found !== section && (0,load_placeholder/* sectionAbsence */.vA)(found.body) === undefined && !DENIES_ANY.test(ownText(found.body));
    });
    return other ? undefined : { title: section.heading.title, line: section.heading.line, text };
}
/** A section's body cut before each subsection heading: its own text first, then each subsection with its heading. */
const bySubsection = (body) => body.split(/\n(?=[ \t]{0,3}#)/);
/** A section's text as plain words: Markdown punctuation and the sentence's end gone, spaces collapsed. */
const plainWords = (body) => (0,load_placeholder/* undisguised */.f8)(body)
    .replace(/[*_`>#|.!;:()[\]-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/** Whether a front matter key holds real content. `model-index` must report at least one metric
 *  value: an entry with empty `results` (common in quantised re-uploads) evaluates nothing. */
function frontMatterSays(key, value) {
    if (key !== 'model-index')
        return (0,load_placeholder/* valueAbsence */.Z2)(value) === undefined;
    if (!Array.isArray(value))
        return false;
    return value.some((entry) => asArray(entry?.results).some((result) => asArray(result?.metrics).some((metric) => (0,load_placeholder/* valueAbsence */.Z2)(metric?.value) === undefined)));
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}

;// CONCATENATED MODULE: ./build/evaluate/functions/card-sections.js





/**
 * A cited card (a dataset card, say) has each listed section filled in. The card being readable
 * at all is card-readable's job; this only reads cards that loaded (others: not applicable).
 */
const cardSections = (0,check/* defineFunction */.Oh)({
    name: 'card-sections',
    description: 'A cited card has each listed section (or front matter key) filled in.',
    optionsSchema: {
        type: 'object',
        required: ['sections'],
        additionalProperties: false,
        properties: {
            cardName: { type: 'string', minLength: 1, description: 'how messages name the card, e.g. "dataset card"' },
            sections: {
                type: 'array',
                minItems: 1,
                items: {
                    type: 'object',
                    required: ['name', 'headings'],
                    additionalProperties: false,
                    properties: {
                        name: { type: 'string', minLength: 1 },
                        headings: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
                        contains: { type: 'array', items: { type: 'string', minLength: 1 } },
                        frontMatter: { type: 'array', items: { type: 'string', minLength: 1 } },
                        notNoneWhen: {
                            type: 'object',
                            required: ['field', 'equals'],
                            additionalProperties: false,
                            properties: { field: { type: 'string', minLength: 1 }, equals: {} },
                            description: 'a field of the citing record that, holding the value, says the thing is there: a section that says only "None." fails',
                        },
                    },
                },
            },
        },
    },
    check({ value, options, system, target }) {
        if (typeof value !== 'string' || value.trim() === '')
            return { skip: 'no card is cited' };
        const card = system.evidence.card(value);
        if (!card.ok)
            return { skip: `the card cannot be read: ${card.problem.message}` };
        // A card with no text at all is one failure at the citing line, not one per missing section.
        const absence = (0,document_content/* documentAbsence */.H8)(card.value);
        if (absence)
            return [{ message: absence }];
        const cardName = options.cardName ?? 'card';
        return options.sections.flatMap((section) => {
            const failures = checkCardSection(card.value, section, cardName);
            const when = section.notNoneWhen;
            if (failures.length > 0 || !when || (0,types/* valueAt */.fK)(target, (0,policy_path/* parseField */.cn)(when.field)) !== when.equals)
                return failures;
            // Red team: "None." under Personal and Sensitive Information, for voice recordings the
            // manifest declares personal data in, passed as that section documented.
            const none = sectionSaysNone(card.value, section);
            return none ? [{ message: `the ${cardName} section "${none.title}" says only "${none.text}", but the manifest's ${when.field} is ${JSON.stringify(when.equals)}: describe what it holds and how it is protected`, at: { file: card.value.file, line: none.line, column: 1 } }] : [];
        });
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/evidence-section.js


/**
 * Cited evidence exists and is a document that says something (not empty, not only "TODO"), and
 * where the citation names a section (`docs/oversight.md#override`), that section exists and is
 * filled in. document-content does the same and also judges length and kind; this is it with no
 * expectations beyond "not a placeholder", for packs that name it.
 */
const evidenceSection = (0,check/* defineFunction */.Oh)({
    name: 'evidence-section',
    description: 'Cited evidence is a readable text file inside the repository, not empty or a placeholder, and, for file.md#section, that section exists and is not empty or a placeholder.',
    optionsSchema: { type: 'object', additionalProperties: false },
    check({ value, system }) {
        return (0,document_content/* judgeCitedDocument */.We)(value, system, { minWords: 0 });
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/file-exists.js

/**
 * A cited path (or each path in a list) resolves to a regular file inside the repository,
 * under the size cap. Absent values are nothing to check: whether a path must be cited is another rule's job.
 */
const fileExists = (0,check/* defineFunction */.Oh)({
    name: 'file-exists',
    description: 'Each cited path resolves to a regular file inside the repository (no "..", no links outside, within the size cap).',
    optionsSchema: { type: 'object', additionalProperties: false },
    check({ value, path, system }) {
        const refs = Array.isArray(value) ? value.map((item, index) => ({ item, index })) : [{ item: value, index: -1 }];
        const failures = [];
        let checked = 0;
        for (const { item, index } of refs) {
            if (typeof item !== 'string' || item.trim() === '')
                continue;
            checked++;
            const cited = system.evidence.file(item);
            if (!cited.ok)
                failures.push({ message: cited.problem.message, path: index >= 0 ? [...path, index] : path });
        }
        return checked === 0 ? { skip: 'no file is cited' } : failures;
    },
});

// EXTERNAL MODULE: ./node_modules/spdx-exceptions/index.json
var spdx_exceptions = __webpack_require__(3988);
;// CONCATENATED MODULE: ./node_modules/spdx-license-ids/deprecated.json
const deprecated_namespaceObject = /*#__PURE__*/JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');
;// CONCATENATED MODULE: ./node_modules/spdx-license-ids/index.json
const spdx_license_ids_namespaceObject = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');
// EXTERNAL MODULE: ./build/text/closest.js
var closest = __webpack_require__(2665);
;// CONCATENATED MODULE: ./build/evaluate/functions/data/huggingface-licenses.json
const huggingface_licenses_namespaceObject = /*#__PURE__*/JSON.parse('{"dK":["apache-2.0","mit","openrail","bigscience-openrail-m","creativeml-openrail-m","bigscience-bloom-rail-1.0","bigcode-openrail-m","afl-3.0","artistic-2.0","bsl-1.0","bsd","bsd-2-clause","bsd-3-clause","bsd-3-clause-clear","c-uda","cc","cc0-1.0","cc-by-2.0","cc-by-2.5","cc-by-3.0","cc-by-4.0","cc-by-sa-3.0","cc-by-sa-4.0","cc-by-nc-2.0","cc-by-nc-3.0","cc-by-nc-4.0","cc-by-nd-4.0","cc-by-nc-nd-3.0","cc-by-nc-nd-4.0","cc-by-nc-sa-2.0","cc-by-nc-sa-3.0","cc-by-nc-sa-4.0","cdla-sharing-1.0","cdla-permissive-1.0","cdla-permissive-2.0","wtfpl","ecl-2.0","epl-1.0","epl-2.0","etalab-2.0","eupl-1.1","eupl-1.2","agpl-3.0","gfdl","gpl","gpl-2.0","gpl-3.0","lgpl","lgpl-2.1","lgpl-3.0","isc","h-research","intel-research","lppl-1.3c","ms-pl","apple-ascl","apple-amlr","mpl-2.0","odc-by","odbl","openmdw-1.0","openmdw-1.1","openrail++","osl-3.0","postgresql","ofl-1.1","ncsa","unlicense","zlib","pddl","lgpl-lr","deepfloyd-if-license","fair-noncommercial-research-license","llama2","llama3","llama3.1","llama3.2","llama3.3","llama4","grok2-community","gemma","unknown","other"]}');
;// CONCATENATED MODULE: ./build/evaluate/functions/license-id.js
/**
 * Licenses are ids, not prose: an SPDX id or expression (from the maintained spdx-license-ids
 * list), a `LicenseRef-…` for a custom licence (SPDX's own convention), or a Hugging Face Hub id
 * (from hub-docs' list; see data/huggingface-licenses.json and scripts/hf-licenses.mjs).
 */








const SPDX = new Map([...spdx_license_ids_namespaceObject, ...deprecated_namespaceObject].map((id) => [id.toLowerCase(), id]));
const EXCEPTIONS = new Set(spdx_exceptions.map((id) => id.toLowerCase()));
const HUB = new Set(huggingface_licenses_namespaceObject.dK);
const SUGGESTIONS = [...HUB, ...spdx_license_ids_namespaceObject];
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
            if (problem?.includes('is not an SPDX') && (0,load_placeholder/* valueAbsence */.Z2)(v) === 'placeholder')
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

;// CONCATENATED MODULE: ./build/evaluate/functions/checksums-real.js





/** The SHA-256 of no bytes at all: the checksum of an empty file. */
const EMPTY_FILE = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const SHA256 = /^[a-f0-9]{64}$/i;
/** A few hex digits written over and over ("000…", "deadbeef" eight times, "0123…f" four times). */
const REPEATED = /^(.{1,16}?)\1+$/;
/**
 * Every sha256 the target declares is the checksum of a file: not a few digits written over and
 * over ("000…0", "deadbeef" eight times), not the SHA-256 of an empty file, and not the one
 * declared for a file of another kind (a model and its data) or another dataset. A
 * checksum is what ties a manifest to the model and data that were reviewed, and a made-up one
 * passes every check that cannot read the file (a model in a registry, a dataset in a bucket) and
 * every comparison with a bill of materials generated from the same manifest.
 */
const checksumsReal = (0,check/* defineFunction */.Oh)({
    name: 'checksums-real',
    description: 'Every sha256 declared under the target is a real checksum: not a few digits repeated, not the SHA-256 of an empty file, not the one declared for a file of another kind or another dataset.',
    optionsSchema: { type: 'object', additionalProperties: false },
    check({ value, path, system }) {
        const declared = [];
        walkValues(value, path, (node, at) => {
            if (node === null || typeof node !== 'object' || Array.isArray(node))
                return;
            const record = node;
            if (typeof record.sha256 !== 'string' || !SHA256.test(record.sha256))
                return;
            const list = [...at].reverse().find((segment) => typeof segment === 'string') ?? '';
            const file = [record.path, record.uri].find((f) => typeof f === 'string' && f.trim() !== '');
            const named = file ?? (list === 'datasets' && typeof record.id === 'string' && record.id.trim() !== '' ? `dataset ${record.id.trim()}` : undefined);
            declared.push({ sha256: record.sha256.toLowerCase(), kind: list, path: [...at, 'sha256'], ...(file !== undefined ? { file: file.trim() } : {}), ...(named !== undefined ? { named: named.trim() } : {}) });
        });
        if (declared.length === 0)
            return { skip: 'no sha256 is declared' }; // nothing to check is not a pass
        const root = (0,check/* systemDocument */.fZ)(system);
        const where = (d) => `${(0,describe/* describePath */.N)(root, d.path)}${d.file !== undefined ? ` for ${(0,source_doc/* quoted */.TL)(d.file)}` : ''}`;
        const failures = [];
        const first = new Map();
        for (const d of declared) {
            const repeated = REPEATED.exec(d.sha256)?.[1];
            if (repeated !== undefined)
                failures.push({ message: `${where(d)} is "${repeated}" written ${64 / repeated.length} times, not the checksum of a file`, path: d.path });
            else if (d.sha256 === EMPTY_FILE)
                failures.push({ message: `${where(d)} is the SHA-256 of an empty file (e3b0c442…b855)`, path: d.path });
            else {
                // Compared only where both name their file (or dataset): the same file cited twice (a
                // shipped file also cited as evidence) declares its checksum twice, and
                // monitoring.reference repeats the checksum of the dataset it names.
                if (d.named === undefined)
                    continue;
                const earlier = first.get(d.sha256);
                if (earlier === undefined)
                    first.set(d.sha256, d);
                else if (sameFile(earlier.named, d.named))
                    continue;
                // Two shipped files (a tokenizer in two variants) or two evidence files may hold the same
                // bytes; a model and its data, or two datasets (training and test), may not.
                else if (earlier.kind === d.kind && d.kind !== 'datasets')
                    continue;
                else
                    failures.push({ message: `${where(d)} is also the checksum declared for ${where(earlier)}: they would hold the same bytes; correct the one that was copied, or cite the file once`, path: d.path });
            }
        }
        return failures;
    },
});
/** Whether two citations name one file (`./evidence/x.json` and `evidence/x.json`), as the repository boundary resolves them. */
function sameFile(a, b) {
    const plain = (f) => {
        const cited = (0,repo_fs/* normaliseCitation */.KM)(f);
        return cited.ok ? cited.rel : f.trim();
    };
    return plain(a) === plain(b);
}

// EXTERNAL MODULE: ./build/discover/discover.js
var discover = __webpack_require__(1855);
// EXTERNAL MODULE: ./build/evidence/same-file.js
var same_file = __webpack_require__(2879);
// EXTERNAL MODULE: ./build/evidence/security-scan/model-folder.js
var model_folder = __webpack_require__(4903);
// EXTERNAL MODULE: ./build/evaluate/shared-report.js
var shared_report = __webpack_require__(1908);
// EXTERNAL MODULE: ./build/evidence/robustness/formats.js + 5 modules
var formats = __webpack_require__(4720);
// EXTERNAL MODULE: ./build/evidence/robustness/types.js
var robustness_types = __webpack_require__(6806);
;// CONCATENATED MODULE: ./build/evaluate/functions/own-evidence.js










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
const ownEvidence = (0,check/* defineFunction */.Oh)({
    name: 'own-evidence',
    description: "A cited report about the model is not in another system's folder (the folder of the nearest ai-system.yaml above it), through symbolic links too; reports cited by two systems, or copied from one to another, are the engine's to compare.",
    optionsSchema: { type: 'object', additionalProperties: false },
    check({ value, path, system }) {
        const cited = typeof value === 'string' ? value : value !== null && typeof value === 'object' ? value.path : undefined;
        if (typeof cited !== 'string' || cited.trim() === '')
            return { skip: 'no file is cited' };
        if (!system.systemAt)
            return { skip: 'the run does not know the other systems' };
        const real = system.evidence.whereIs(cited);
        if (real === undefined)
            return { skip: 'the cited file does not resolve (the rule that reads it says why)' };
        const owner = system.systemAt(real);
        const aboutFiles = ABOUT_THE_FILES.some((key) => path.includes(key));
        const unlisted = aboutFiles ? unlistedModelFile(system) : undefined;
        // Borrowed from the system whose folder holds it, which ships every file this one does: that
        // system stays its first citer, whichever is checked first (review: hub/Serving sorted before
        // hub/ and made the hub's own report "also cited" by it).
        const borrowable = owner !== undefined && owner !== system.manifest.file && aboutFiles && shipsWhatOwnerShips(system, owner);
        if (borrowable && unlisted === undefined)
            return [];
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
        const written = newest?.chosen ?? (0,repo_fs/* normaliseCitation */.KM)(cited.split('#')[0], system.manifest.dir);
        const through = written.ok && written.rel === real ? '' : ` (through a symbolic link, to ${real})`;
        const why = borrowable && unlisted !== undefined ? ` ${(0,shared_report/* unlistedReason */.n)(unlisted)}` : '';
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
function shipsWhatOwnerShips(system, owner) {
    // Once a system and owner, by set (third red team: 99,000 artifacts each, compared by list for 50 citations, ran 9 minutes).
    return system.evidence.remembered(`ships-what-owner-ships:${owner}`, () => {
        const mine = shippedFiles(system);
        if (mine.length === 0 || !system.shippedBy)
            return false;
        const theirs = system.shippedBy(owner);
        if (theirs === undefined)
            return false;
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
function unlistedModelFile(system) {
    return system.evidence.remembered('unlisted-model-file', () => {
        const folders = (0,model_folder/* systemModelFolders */.g_)(system);
        if (folders.tooMany.length > 0)
            return `${folders.tooMany[0]} (more files than modelgate lists)`;
        const listed = new Set((0,load_manifest/* declaredArtifacts */.G9)(system.manifest.data).map((artifact) => (0,same_file/* artifactKey */.Wf)(artifact.path)));
        return folders.files.find(({ file }) => (0,discover/* isModelFile */.ic)(external_node_path_.posix.basename(file)) && !listed.has((0,same_file/* artifactKey */.Wf)(file)))?.file;
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
function shippedFiles(system) {
    const files = system.evidence.artifactFiles();
    return files.every((file) => file !== undefined) ? files : [];
}
/**
 * Whether a citation (at `at` in the manifest) is of a robustness result whose text could be any
 * model's: one that names neither the model it tested nor when it ran, and lists no issue in
 * words (a Giskard export's issues describe the model's data; a count does not). Two clean
 * Giskard scans with the same detectors, or two of our results with the same pass counts, are
 * alike (red team and review: false failures), and such a file is as easily typed as copied.
 */
function anyModelsResult(system, value, at) {
    if (!at.includes('robustness') || value === null || typeof value !== 'object')
        return false;
    const { path, format } = value;
    if (typeof path !== 'string')
        return false;
    const loaded = system.evidence.evidence(formats/* robustnessResults */.V, path, typeof format === 'string' ? format : undefined);
    if (!loaded.ok)
        return true; // unreadable: robustness/result-readable says so
    const report = loaded.value;
    if (report.target !== undefined || report.runAt !== undefined)
        return false;
    return !(report.format === 'giskard' && report.results.some(({ issues }) => issues !== undefined && robustness_types/* ISSUE_LEVELS */.o.some((level) => issues[level] > 0)));
}

;// CONCATENATED MODULE: ./build/evaluate/functions/sections-distinct.js




/**
 * The listed citations that name a section (`file.md#section`) name different ones: a section
 * describes one thing, and the same one cited for several (stopping, overriding, monitoring for
 * anomalies) evidences only what it says. A whole file may be cited for several (one runbook for
 * stopping and overriding): each citation's own check reads it for its topic.
 */
const sectionsDistinct = (0,check/* defineFunction */.Oh)({
    name: 'sections-distinct',
    description: 'The listed citations that name a section (file.md#section) each name a different one.',
    optionsSchema: {
        type: 'object',
        required: ['fields'],
        additionalProperties: false,
        properties: { fields: { type: 'array', minItems: 2, items: { type: 'string', minLength: 1 } } },
    },
    check({ value, path, options }) {
        const cited = new Map();
        const failures = [];
        const shown = (steps) => (0,types/* formatPath */.jV)([...(path[0] === 'manifest' ? path.slice(1) : path), ...steps]);
        for (const field of options.fields) {
            const steps = (0,policy_path/* parseField */.cn)(field);
            const ref = (0,types/* valueAt */.fK)(value, steps);
            if (typeof ref !== 'string' || !ref.includes('#'))
                continue;
            // The section as GitHub's anchor names it, and the file as written without a leading ./.
            const hash = ref.indexOf('#');
            const key = `${ref.slice(0, hash).trim().replace(/^(?:\.\/)+/, '')}#${ref.slice(hash + 1).trim().toLowerCase()}`;
            const first = cited.get(key);
            if (first === undefined)
                cited.set(key, shown(steps));
            else
                failures.push({ message: `${shown(steps)} cites ${ref.trim()}, the section ${first} cites: each needs the section that describes it`, path: [...path, ...steps] });
        }
        // Fewer than two sections cited compares nothing: not a pass.
        if (failures.length === 0 && cited.size < 2)
            return { skip: 'fewer than two of the citations name a section' };
        return failures;
    },
});

// EXTERNAL MODULE: ./build/text/no-one.js
var no_one = __webpack_require__(6422);
;// CONCATENATED MODULE: ./build/evaluate/functions/not-one-of.js




/** The value is not one of a disallowed set (a high-risk system "fully-automated", say). */
const notOneOf = (0,check/* defineFunction */.Oh)({
    name: 'not-one-of',
    description: 'The value is not one of `values` (with `loose`, a text compared in any case, punctuation and spacing aside: "None.", " n/a ", "no-one").',
    optionsSchema: {
        type: 'object',
        required: ['values'],
        additionalProperties: false,
        properties: { values: { type: 'array', minItems: 1 }, loose: { type: 'boolean' } },
    },
    check({ value, path, options, system }) {
        // Nothing declared is nothing to check (whether it must be declared is `present`'s job).
        if (value === undefined || value === null)
            return { skip: `${(0,describe/* describePath */.N)((0,check/* systemDocument */.fZ)(system), path)} is not declared` };
        // A placeholder is none of the values, but no pass either: nothing was declared to judge.
        if ((0,load_placeholder/* valueAbsence */.Z2)(value) === 'placeholder')
            return { skip: `${(0,describe/* describePath */.N)((0,check/* systemDocument */.fZ)(system), path)} is still a placeholder` };
        const fold = (v) => (options.loose && typeof v === 'string' ? (0,no_one/* loosely */.E)(v) : v);
        if (!options.values.some((disallowed) => fold(disallowed) === fold(value)))
            return [];
        return [{ message: `${(0,describe/* describePath */.N)((0,check/* systemDocument */.fZ)(system), path)} is ${JSON.stringify(value)}, which this policy does not allow` }];
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/names-someone.js




/**
 * The value names someone or something: not "None", "Nobody", "N/A", "Unassigned" (and, with
 * `person`, not a machine: "the model", "automated"). `present` lets those through, since to a
 * question whether something exists "None" is an answer; to who approves, who owns, what
 * training or authority a reviewer has, it is not.
 */
const namesSomeone = (0,check/* defineFunction */.Oh)({
    name: 'names-someone',
    description: 'The value names someone or something: not an answer that there is none ("None", "Nobody", "N/A", "Unassigned", "TBD"), compared in any case, punctuation aside; with `person`, not a machine either ("the model", "automated").',
    optionsSchema: { type: 'object', additionalProperties: false, properties: { person: { type: 'boolean', description: 'the field names who acts: a machine does not' } } },
    check({ value, path, options, system }) {
        // Nothing declared, or a placeholder, is `present`'s to report.
        if (value === undefined || value === null || (0,load_placeholder/* valueAbsence */.Z2)(value) !== undefined)
            return [];
        if (!(0,no_one/* namesNoOne */.S)(value, options.person === true))
            return [];
        const who = options.person ? 'names no one who holds the duty' : 'states that there is none';
        return [{ message: `${(0,describe/* describePath */.N)((0,check/* systemDocument */.fZ)(system), path)} is ${JSON.stringify(value)}, which ${who}` }];
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/present.js






/** The value is there and says something: not missing, empty, or a template placeholder. */
const present = (0,check/* defineFunction */.Oh)({
    name: 'present',
    description: 'The value exists and is not empty or a placeholder such as "TBD" or "[More Information Needed]".',
    optionsSchema: { type: 'object', additionalProperties: false },
    check({ value, path, target, targetPath, system }) {
        const absence = (0,load_placeholder/* valueAbsence */.Z2)(value);
        if (!absence)
            return [];
        // A list of markers (init's "TODO: the attributes …") is reported at its first, as
        // system/no-placeholders reports it: one finding on one line, naming both rules.
        const items = Array.isArray(value) && absence === 'placeholder' ? value : [];
        const first = items.findIndex((item) => typeof item === 'string' && item.trim() !== '');
        if (first >= 0) {
            const at = [...path, first];
            return [markerFailure((0,check/* systemDocument */.fZ)(system), at, items[first])];
        }
        // A marker is worded as system/no-placeholders words it, quoted: the same finding, read once.
        const described = (0,load_placeholder/* describeValueAbsence */.OQ)(value, absence);
        const misspelt = absence === 'missing' ? misspelling(target, path.slice(targetPath.length)) : undefined;
        const hint = misspelt === undefined ? '' : `: ${(0,source_doc/* quoted */.TL)(misspelt)} beside it looks like a misspelling of it`;
        return [{ message: `${(0,describe/* describePath */.N)((0,check/* systemDocument */.fZ)(system), path)} ${described}${hint}` }];
    },
});
/** The most keys of one mapping compared with a missing field's name (a mapping may hold thousands). */
const MAX_COMPARED_KEYS = 1000;
/**
 * A key beside a missing field, in the same mapping, close enough to its name to be it misspelt
 * (`sensitiveAtributes` for bias.sensitiveAttributes): the engineer who wrote it reads why the
 * field is missing in the same message, not only in manifest/unknown-field's warning.
 */
function misspelling(target, relative) {
    const name = relative.at(-1);
    if (typeof name !== 'string')
        return undefined;
    let parent = target;
    for (const segment of relative.slice(0, -1))
        parent = parent !== null && typeof parent === 'object' ? parent[segment] : undefined;
    if (parent === null || typeof parent !== 'object' || Array.isArray(parent))
        return undefined;
    // closest finds the name in another case too (at distance 0 once lowered).
    return (0,closest/* closest */.k)(name, Object.keys(parent).slice(0, MAX_COMPARED_KEYS));
}

;// CONCATENATED MODULE: ./build/evaluate/functions/present-when.js






const CONDITION = {
    type: 'object',
    required: ['field', 'equals'],
    additionalProperties: false,
    properties: { field: { type: 'string', minLength: 1 }, equals: {} },
};
const CONDITIONS = { anyOf: [CONDITION, { type: 'array', minItems: 1, maxItems: 20, items: CONDITION }] };
const present_when_list = (conditions) => (conditions === undefined ? [] : Array.isArray(conditions) ? conditions : [conditions]);
const said = ({ field, equals }, holds = true) => `${field} is ${holds ? '' : 'not '}${JSON.stringify(equals)}`;
/**
 * Fields that must be present when another field has a value: personal data ⇒ its legal basis;
 * a system that recognises emotions or categorises people by biometric data ⇒ the notice to
 * the people exposed to it. `unless` names the declared exemption that lifts the requirement
 * (text under human editorial control needs no AI disclosure, Art. 50(4)).
 */
const presentWhen = (0,check/* defineFunction */.Oh)({
    name: 'present-when',
    description: 'When `when.field` equals `when.equals` (or any of a list of such conditions), and no `unless` condition holds, each of `fields` is present and not a placeholder; those in `notNone` or `people` not an answer that there is none ("None", "N/A"; for `people`, "nobody" or "the model" either).',
    optionsSchema: {
        type: 'object',
        required: ['when', 'fields'],
        additionalProperties: false,
        properties: {
            when: CONDITIONS,
            unless: CONDITIONS,
            fields: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
            notNone: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'fields among `fields` that "None" or "N/A" does not answer' },
            people: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'fields among `fields` that name who acts: "nobody", "the model" or "automated" names no one' },
        },
    },
    check({ value, path, options, system }) {
        const holds = (condition) => (0,types/* valueAt */.fK)(value, (0,policy_path/* parseField */.cn)(condition.field)) === condition.equals;
        const when = present_when_list(options.when);
        const met = when.filter(holds);
        // Not the case the rule is about (no personal data, not a training set): nothing to check.
        if (met.length === 0)
            return { skip: when.map((condition) => said(condition, false)).join(' and ') };
        const unless = present_when_list(options.unless);
        const exempt = unless.find(holds);
        if (exempt)
            return { skip: said(exempt) };
        const why = `required when ${met.map((condition) => said(condition)).join(' and ')}${unless.length > 0 ? `, unless ${unless.map((condition) => said(condition)).join(' or ')}` : ''}`;
        return options.fields.flatMap((field) => {
            const steps = (0,policy_path/* parseField */.cn)(field);
            const found = (0,types/* valueAt */.fK)(value, steps);
            const absence = (0,load_placeholder/* valueAbsence */.Z2)(found);
            const where = [...path, ...steps];
            // Where the condition says the thing is there (personal data is present), "None" may leave
            // it undescribed (red team: legalBasis "None" for voice recordings passed): `notNone`.
            const person = options.people?.includes(field) === true;
            // Only where the rule says so: labeling "None" is an answer for unlabelled training data (false-error hunt).
            if (!absence && (person || options.notNone?.includes(field) === true) && (0,no_one/* namesNoOne */.S)(found, person)) {
                return [{ message: `${(0,describe/* describePath */.N)((0,check/* systemDocument */.fZ)(system), where)} is ${JSON.stringify(found)}, which ${person ? 'names no one' : 'says nothing'} (${why})`, path: where }];
            }
            if (!absence)
                return [];
            return [{ message: `${(0,describe/* describePath */.N)((0,check/* systemDocument */.fZ)(system), where)} ${(0,load_placeholder/* describeValueAbsence */.OQ)(found, absence)} (${why})`, path: where }];
        });
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/equals.js


/** The value is exactly the one given (logging enabled: true). */
const equals = (0,check/* defineFunction */.Oh)({
    name: 'equals',
    description: 'The value equals `value`.',
    optionsSchema: { type: 'object', required: ['value'], additionalProperties: false, properties: { value: {} } },
    check({ value, path, options, system }) {
        if (value === options.value)
            return [];
        const where = (0,describe/* describePath */.N)((0,check/* systemDocument */.fZ)(system), path);
        return [{ message: value === undefined ? `${where} is missing (must be ${JSON.stringify(options.value)})` : `${where} is ${JSON.stringify(value)}, not ${JSON.stringify(options.value)}` }];
    },
});

// EXTERNAL MODULE: ./build/evidence/dates.js
var dates = __webpack_require__(5741);
;// CONCATENATED MODULE: ./build/evaluate/functions/fresh.js



/**
 * A date is recent enough (`maxAgeDays`), not yet past (`notPast`: a next-review date), or not
 * yet to come (`notFuture`: when something was done, such as an approval). An absent date is
 * nothing to check: whether it must be there is `present`'s job.
 */
const fresh = (0,check/* defineFunction */.Oh)({
    name: 'fresh',
    description: 'A date is no older than maxAgeDays, or (notPast) has not passed yet, or (notFuture) is not after the run\'s day.',
    optionsSchema: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: { maxAgeDays: { type: 'integer', minimum: 1 }, notPast: { type: 'boolean' }, notFuture: { type: 'boolean' } },
    },
    check({ value, path, options, system }) {
        if (value === undefined || value === null)
            return { skip: 'no date to check' };
        const where = (0,describe/* describePath */.N)((0,check/* systemDocument */.fZ)(system), path);
        const date = typeof value === 'string' ? (0,dates/* parseDate */._U)(value) : undefined;
        if (!date)
            return [{ message: typeof value === 'string' && (0,dates/* notADate */.P9)(value) === 'not a real date' ? `${where} is ${value}, not a real date` : `${where} is not a date written YYYY-MM-DD` }];
        const age = (0,dates/* ageInDays */.QR)(date, system.now);
        // A day's grace either way: the run's day is UTC, a date written where the work was done may not be.
        if (options.notFuture && age < -1)
            return [{ message: `${where} is ${value}, after the run's day: a day that has not come is not when it was done` }];
        if (options.notPast && age > 1)
            return [{ message: `${where} was ${value}, ${Math.floor(age)} days ago: it is overdue` }];
        if (options.maxAgeDays !== undefined && age > options.maxAgeDays) {
            return [{ message: `${where} is ${value}, ${Math.floor(age)} days ago; the policy allows ${options.maxAgeDays}` }];
        }
        return [];
    },
});

;// CONCATENATED MODULE: ./build/load/citations.js
/**
 * Where a manifest cites repository files: the fields whose schema type is `$defs/path`. Used by
 * the changed-files scope (a link's target changing touches the system) and the governance rule
 * that no citation is dropped.
 */
/**
 * The fields that cite a repository file (the schema's `$defs/path`), as paths with `*` for any
 * array index or key. A test checks this list against schemas/ai-system.schema.json.
 */
const CITATION_FIELDS = [
    'modelCard',
    'risk.impactAssessment.path',
    'risk.register',
    'risk.euAiAct.notHighRiskAssessment',
    'data.datasets.*.card',
    'data.datasets.*.quality.path',
    'data.datasets.*.croissant',
    'bias.reports.*.path',
    'monitoring.config',
    'monitoring.latestRun',
    'monitoring.postMarketPlan',
    'monitoring.incidents',
    'monitoring.logging.configs.*.path',
    'oversight.plan',
    'oversight.capabilities.*.evidence',
    'assurance.*.evidence',
    'assurance.security.scans.*.path',
    'assurance.robustness.results.*.path',
    'supplyChain.bom.path',
    'assurance.energy.reports.*.path',
    'transparency.disclosure',
    'transparency.contentMarking.evidence',
    'transparency.exposureNotice',
    'transparency.deepFakeDisclosure',
    'transparency.textDisclosure',
    'transparency.editorialControl.process',
    'transparency.technicalDocumentation',
    'transparency.trainingContentSummary',
    'evidence.*.path',
];
/** Every citation in a manifest, by field (`bias.reports.*.path` → ['evidence/bias.json', …]). */
function citationsByField(data) {
    const found = new Map();
    for (const field of CITATION_FIELDS) {
        const values = [];
        const walk = (value, rest) => {
            if (rest.length === 0) {
                if (typeof value === 'string' && value.trim() !== '')
                    values.push(value);
                return;
            }
            if (!value || typeof value !== 'object')
                return;
            const [head, ...tail] = rest;
            if (head === '*')
                for (const item of Object.values(value))
                    walk(item, tail);
            else if (Object.hasOwn(value, head))
                walk(value[head], tail);
        };
        walk(data, field.split('.'));
        if (values.length > 0)
            found.set(field, values);
    }
    return found;
}

// EXTERNAL MODULE: ./build/policy/obligations.js + 2 modules
var obligations = __webpack_require__(6020);
// EXTERNAL MODULE: ./build/evidence/model-changed.js
var model_changed = __webpack_require__(8836);
// EXTERNAL MODULE: ./build/evaluate/functions/bias-not-applicable.js
var bias_not_applicable = __webpack_require__(1197);
;// CONCATENATED MODULE: ./build/evaluate/functions/governance.js
/**
 * What a pull request must not quietly weaken, compared with the same system at the base commit
 * (the same manifest path, or the path it was moved from): its risk tier, its lifecycle stage
 * (moving back skips the rules of later stages), the evidence it cites, and its model card's
 * front matter. Each skips when there is no base to compare with.
 */










const noOptions = { type: 'object', additionalProperties: false };
/** Higher is stricter. A GPAI model has its own duties, between high-risk and transparency ones. */
const TIER_RANK = { prohibited: 6, high: 5, 'gpai-systemic': 4, gpai: 3, limited: 2, minimal: 1 };
const LEVEL_RANK = { critical: 4, high: 3, medium: 2, low: 1 };
/** Stages in order; `retired` is an end, not a step back or forward. */
const STAGES = ['design', 'development', 'verification', 'deployment', 'operation'];
function baseOf(system) {
    return system.base ? { base: system.base, data: system.base.manifest.data } : undefined;
}
const governance_text = (value) => (typeof value === 'string' ? value : undefined);
const riskNotLowered = (0,check/* defineFunction */.Oh)({
    name: 'risk-not-lowered',
    description: "The EU AI Act tier and the risk level are not lower than at the base commit (nor removed).",
    optionsSchema: noOptions,
    check({ system }) {
        const then = baseOf(system);
        if (!then)
            return (0,check/* withoutBase */.ki)(system);
        const now = system.manifest.data;
        const failures = [];
        const compare = (field, path, before, after, rank) => {
            const from = before === undefined ? undefined : rank[before];
            if (from === undefined)
                return;
            const to = after === undefined ? 0 : (rank[after] ?? 0);
            if (to >= from)
                return;
            failures.push({
                message: `${field} is ${after === undefined ? 'removed' : `"${after}"`}, lower than "${before}" at the base commit ${then.base.commit}; lowering a system's risk drops the rules for it`,
                path: after === undefined ? ['manifest'] : ['manifest', ...path],
            });
        };
        compare('risk.euAiAct.tier', ['risk', 'euAiAct', 'tier'], governance_text(then.data.risk?.euAiAct?.tier), governance_text(now.risk?.euAiAct?.tier), TIER_RANK);
        compare('risk.level', ['risk', 'level'], governance_text(then.data.risk?.level), governance_text(now.risk?.level), LEVEL_RANK);
        // Roles and basis decide which obligations apply as surely as the tier does (an undeclared
        // tier counts as high): a change that drops one is a lowering too, said once.
        if (failures.length === 0) {
            const before = (0,obligations/* aiActProfile */.mH)(then.data);
            const after = (0,obligations/* aiActProfile */.mH)(now);
            const { articles, later } = (0,obligations/* obligationsDropped */.kb)(before, after);
            const at = now.risk?.euAiAct ? ['manifest', 'risk', 'euAiAct'] : ['manifest'];
            // A withdrawn transparency declaration that bound the system is a lowering even where its
            // tier keeps Art. 50 (a limited-risk system): the paragraph's notice or disclosure is no
            // longer asked for. Judged on its own, whatever else the change does: a full stop added to
            // the basis must not hide it.
            const withdrawn = obligations/* ART50_DECLARATIONS */.bj.filter((flag) => before[flag] && !after[flag] && (0,obligations/* declarationBinds */.bX)(flag, before));
            const sameDeclaration = before.tier === after.tier && before.basis === after.basis && String(before.roles) === String(after.roles);
            if (withdrawn.length > 0) {
                const paragraphs = [...new Set(withdrawn.map((flag) => obligations/* ART50_PARAGRAPH */.e1[flag]))];
                // Where nothing else changed, what the articles lost is the withdrawal's doing.
                const consequence = sameDeclaration && articles.length > 0
                    ? `the system is now exempt from EU AI Act ${articles.join(', ')}, and the rules for ${articles.length === 1 ? 'it' : 'them'} stop applying`
                    : `nothing asks any more for the notice or disclosure EU AI Act ${paragraphs.join(', ')} binds it to`;
                failures.push({
                    path: now.transparency ? ['manifest', 'transparency'] : ['manifest'],
                    message: `${withdrawn.map((flag) => `transparency.${flag}`).join(' and ')} ${withdrawn.length === 1 ? 'was' : 'were'} true at the base commit ${then.base.commit} and no longer ${withdrawn.length === 1 ? 'is' : 'are'}: ${consequence}`,
                });
            }
            // Where only a declaration changed, the articles it drops are said above.
            if (withdrawn.length > 0 && sameDeclaration)
                return failures;
            if (articles.length > 0 && after.openSource && !before.openSource && before.tier === after.tier && String(before.roles) === String(after.roles)) {
                // Only the open-source release is new (Art. 53(2)): say so, where it is declared.
                failures.push({
                    path: now.transparency?.parametersPublic === true ? ['manifest', 'transparency', 'parametersPublic'] : ['manifest'],
                    message: `the system now declares an open-source release (license ${after.openSource.license}, transparency.parametersPublic), which it did not at the base commit ${then.base.commit}: it is now exempt from EU AI Act ${articles.join(', ')} (Art. 53(2)), and the rules for ${articles.length === 1 ? 'it' : 'them'} stop applying`,
                });
            }
            else if (articles.length > 0) {
                failures.push({ path: at, message: `risk.euAiAct now exempts the system from EU AI Act ${articles.join(', ')}, which applied at the base commit ${then.base.commit}; changing its tier, roles or basis drops the rules for them` });
            }
            else if (later) {
                failures.push({ path: at, message: `risk.euAiAct.basis now cites Annex I, not Annex III as at the base commit ${then.base.commit}: the high-risk obligations would apply later` });
            }
        }
        return failures;
    },
});
const stageNotRegressed = (0,check/* defineFunction */.Oh)({
    name: 'stage-not-regressed',
    description: 'The lifecycle stage has not moved back (operation → development, say) or to retired since the base commit: either stops rules of later stages applying.',
    optionsSchema: noOptions,
    check({ system }) {
        const then = baseOf(system);
        if (!then)
            return (0,check/* withoutBase */.ki)(system);
        // An undeclared stage is judged as in operation, so removing it weakens nothing.
        const stage = (value) => governance_text(value) ?? 'operation';
        const before = stage(then.data.lifecycle);
        const after = stage(system.manifest.data.lifecycle);
        const from = STAGES.indexOf(before);
        if (from < 0 || after === before)
            return [];
        if (after === 'retired') {
            return [
                {
                    message: `lifecycle is "retired", "${before}" at the base commit ${then.base.commit}: a retired system is exempt from the stage rules, so retiring it needs review`,
                    path: ['manifest', 'lifecycle'],
                },
            ];
        }
        const to = STAGES.indexOf(after);
        if (to < 0 || to >= from)
            return [];
        return [
            {
                message: `lifecycle is "${after}", earlier than "${before}" at the base commit ${then.base.commit}; moving a system back skips the rules of the stages after it`,
                path: ['manifest', 'lifecycle'],
            },
        ];
    },
});
const citationsKept = (0,check/* defineFunction */.Oh)({
    name: 'citations-kept',
    description: 'No field cites fewer distinct files than at the base commit (a report replaced by a newer one is fine; one dropped is not).',
    optionsSchema: noOptions,
    check({ system }) {
        const then = baseOf(system);
        if (!then)
            return (0,check/* withoutBase */.ki)(system);
        // Distinct files: citing one file twice, or pointing a citation at a file the field already
        // cites, does not keep a dropped one, however it is written ("./", "//", a backslash, a
        // space after it, a link to it). A citation is known by the file it resolves to in the
        // working tree, as a repository path; else by its path normalised. A base citation of a file
        // that was a file of its own at the base and is a link now is known by its path: making it
        // a link to another cited file does not merge the two.
        const repo = system.evidence.repo;
        const baseFiles = then.base.evidence.repo;
        const keyOf = (written, fromDir, atBase) => {
            const resolved = repo.resolve(written, fromDir);
            // The path as normalised (resolve does it), or as written where it names no path.
            const rel = resolved.rel ?? written.trim();
            if (!resolved.ok)
                return rel;
            const real = repo.relative?.(resolved.abs) ?? rel;
            return atBase && real !== rel && baseFiles.statFile(rel).ok ? rel : real;
        };
        const distinct = (values, manifest, atBase) => {
            const folder = external_node_path_.posix.dirname(manifest);
            const fromDir = folder === '.' ? '' : folder;
            const byFile = new Map();
            for (const value of values) {
                const written = value.split('#', 1)[0] ?? value;
                const key = keyOf(written, fromDir, atBase);
                if (!byFile.has(key))
                    byFile.set(key, written.trim());
            }
            return byFile;
        };
        const before = citationsByField(then.data);
        const after = citationsByField(system.manifest.data);
        const failures = [];
        for (const [field, all] of before) {
            const cited = distinct(all, then.base.manifest.file, true);
            const now = distinct(after.get(field) ?? [], system.manifest.file, false);
            if (now.size >= cited.size)
                continue;
            const dropped = [...cited].filter(([key]) => !now.has(key)).map(([, written]) => written);
            failures.push({
                message: `${field} cites ${now.size} file${now.size === 1 ? '' : 's'}, ${cited.size} at the base commit ${then.base.commit}; no longer cited: ${dropped.map((c) => `"${c}"`).join(', ')}`,
                path: ['manifest', ...parentPathIn(system.manifest.data, field)],
            });
        }
        return failures;
    },
});
/** What names a dataset's data whatever its id: where it is, its checksum, the files that describe it. */
const DATA_IDENTITY = ['uri', 'sha256', 'card', 'quality', 'croissant'];
/**
 * What makes two datasets the same training data: only the same bytes (a checksum). Splits of
 * one dataset may share a location, a card and a validation file, but not a role; they do share
 * whether they hold personal data, so any identity counts for that.
 */
const SAME_BYTES = ['sha256'];
/** A file a dataset cites, as a repository-relative path would compare: `./data/x.md#s` is `data/x.md`. */
function citedPath(value) {
    if (typeof value !== 'string')
        return undefined;
    const normalised = (0,repo_fs/* normaliseCitation */.KM)(value.split('#', 1)[0]);
    return normalised.ok ? normalised.rel : undefined;
}
/** `text` without the slashes it ends in (by hand: a pattern anchored at the end is tried from every slash). */
function withoutTrailingSlashes(text) {
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 47)
        end--;
    return text.slice(0, end);
}
/** A dataset's identity for `field`, normalised so that a trailing slash or the case of a scheme or checksum does not tell two apart. */
function identityOf(dataset, field) {
    switch (field) {
        case 'uri':
            return typeof dataset.uri === 'string' && dataset.uri.trim() !== '' ? withoutTrailingSlashes(dataset.uri.trim().toLowerCase()) : undefined;
        case 'sha256':
            return typeof dataset.sha256 === 'string' && dataset.sha256.trim() !== '' ? dataset.sha256.trim().toLowerCase() : undefined;
        case 'quality':
            return citedPath(dataset.quality?.path);
        default:
            return citedPath(dataset[field]);
    }
}
const idOf = (dataset) => (typeof dataset?.id === 'string' ? dataset.id : undefined);
/** The base's datasets by each identity, in list order; built once, so matching a list of any length is linear. */
class DatasetIndex {
    byField = new Map();
    constructor(datasets) {
        for (const field of DATA_IDENTITY) {
            const byKey = new Map();
            for (const dataset of datasets) {
                const key = identityOf(dataset, field);
                if (key === undefined)
                    continue;
                const list = byKey.get(key);
                if (list)
                    list.push(dataset);
                else
                    byKey.set(key, [dataset]);
            }
            this.byField.set(field, byKey);
        }
    }
    /** The first dataset with `dataset`'s identity for `field` that `accept` takes, taken out of the index for that field. */
    take(dataset, field, accept) {
        const key = identityOf(dataset, field);
        const list = key === undefined ? undefined : this.byField.get(field)?.get(key);
        // Entries not taken here are dropped as they are passed: each is looked at once in all.
        while (list && list.length > 0) {
            const candidate = list.shift();
            if (accept(candidate))
                return candidate;
        }
        return undefined;
    }
    /** The first dataset with `dataset`'s identity for `field`. */
    first(dataset, field) {
        const key = identityOf(dataset, field);
        return key === undefined ? undefined : this.byField.get(field)?.get(key)?.[0];
    }
}
/**
 * Each dataset of the pull request with the base's declaration of the same data: the one of the
 * same id, else (a renamed id) one whose id is gone and that has the same uri, checksum or cited
 * files. Unmatched, a dataset is new; a base dataset no one matched is gone.
 */
function matchDatasets(before, after) {
    const afterIds = new Set(after.map(idOf).filter((id) => id !== undefined));
    const byId = new Map();
    for (const dataset of before) {
        const id = idOf(dataset);
        if (id !== undefined && !byId.has(id))
            byId.set(id, dataset);
    }
    const unclaimed = new Set(before.filter((dataset) => dataset && !afterIds.has(idOf(dataset))));
    const index = new DatasetIndex([...unclaimed]);
    const matches = after.map((dataset) => {
        const id = idOf(dataset);
        const same = id === undefined ? undefined : byId.get(id);
        if (same || !dataset)
            return same && { was: same };
        for (const field of DATA_IDENTITY) {
            const was = index.take(dataset, field, (candidate) => unclaimed.has(candidate));
            if (was) {
                unclaimed.delete(was);
                return { was, sameBy: field };
            }
        }
        return undefined;
    });
    return { matches, gone: [...unclaimed] };
}
const exemptionsKept = (0,check/* defineFunction */.Oh)({
    name: 'exemptions-kept',
    description: 'No declaration that spares the system a rule is newly made: a dataset that held personal data at the base commit is not declared free of it, a training dataset is not given another role or none (under its id, renamed, as a copy of the same data, or replaced by a new dataset in the same change), AI-generated text published to inform the public is not newly declared under editorial control, and bias.notApplicable is not newly declared or its reason rewritten.',
    optionsSchema: noOptions,
    check({ system }) {
        const then = baseOf(system);
        if (!then)
            return (0,check/* withoutBase */.ki)(system);
        const now = system.manifest.data;
        const failures = [];
        const since = `at the base commit ${then.base.commit}`;
        const datasetsOf = (data) => (Array.isArray(data.data?.datasets) ? data.data.datasets : []);
        const base = datasetsOf(then.data);
        const current = datasetsOf(now);
        // The list may be reordered, and an id renamed (red team: renaming a dataset took it past
        // this rule); a dataset only dropped is citations' and review's matter.
        const { matches, gone } = matchDatasets(base, current);
        const holdsPersonalData = (dataset) => dataset.personalData?.present === true;
        const isTraining = (dataset) => dataset.role === 'training';
        // Datasets with personal data, or training ones, that are gone and not made up for by new
        // datasets that still hold it or are still training: a new dataset may be their replacement
        // (a refresh of the data is one for one; more gone than replaced is an exemption claimed).
        const newDatasets = current.filter((dataset, index) => dataset && !matches[index]);
        const goneUnreplaced = (held) => gone.filter(held).length > newDatasets.filter(held).length ? gone.find(held) : undefined;
        const goneWithPersonalData = goneUnreplaced(holdsPersonalData);
        const goneTraining = goneUnreplaced(isTraining);
        // The same data under another id, kept or renamed (red team: a copy added in one pull
        // request, the original removed in the next).
        const withPersonalData = new DatasetIndex(base.filter((dataset) => dataset && holdsPersonalData(dataset)));
        const training = new DatasetIndex(base.filter((dataset) => dataset && isTraining(dataset)));
        const twinOf = (dataset, held, fields) => {
            for (const field of fields) {
                const was = held.first(dataset, field);
                if (was)
                    return { was, sameBy: field === 'quality' ? 'quality file' : field === 'croissant' ? 'Croissant file' : field };
            }
            return undefined;
        };
        current.forEach((dataset, index) => {
            if (!dataset)
                return;
            const match = matches[index];
            const name = JSON.stringify(idOf(dataset) ?? `data.datasets[${index}]`);
            const where = ['manifest', 'data', 'datasets', index];
            const baseName = (was) => JSON.stringify(idOf(was) ?? 'a dataset without an id');
            // Another dataset of the base (renamed, or copied): named, and what makes it the same data.
            const who = (twin) => (twin.sameBy ? `${name}, the same ${twin.sameBy} as ${baseName(twin.was)} ${since},` : name);
            const whose = (twin) => (twin.sameBy ? `${baseName(twin.was)} held` : `it held ${since}`);
            if (dataset.personalData?.present === false) {
                const twin = match && holdsPersonalData(match.was) ? match : twinOf(dataset, withPersonalData, DATA_IDENTITY);
                if (twin) {
                    failures.push({
                        message: `dataset ${who(twin)} is declared free of personal data (personalData.present: false), which ${whose(twin)}: data/personal-data-handling stops asking for its purpose, legal basis and handling`,
                        path: [...where, 'personalData', 'present'],
                    });
                }
                else if (!match && goneWithPersonalData) {
                    failures.push({
                        message: `dataset ${name} is new and declared free of personal data (personalData.present: false), and dataset ${baseName(goneWithPersonalData)}, which held personal data ${since}, is gone: if it is the same data, data/personal-data-handling stops asking for its purpose, legal basis and handling`,
                        path: [...where, 'personalData', 'present'],
                    });
                }
            }
            // A role removed stops the rule as surely as another role: no rule asks for one. Where the
            // dataset still says how it was prepared and labelled, nothing the rule asks for is lost
            // (red team: the old training set kept as the monitoring reference after a retraining).
            const preparationStated = (0,load_placeholder/* valueAbsence */.Z2)(dataset.preprocessing) === undefined && (0,load_placeholder/* valueAbsence */.Z2)(dataset.labeling) === undefined;
            if (dataset.role !== 'training' && !preparationStated) {
                const role = dataset.role === undefined ? 'has no role' : `has role ${JSON.stringify(dataset.role)}`;
                const at = dataset.role === undefined ? where : [...where, 'role'];
                const twin = match && isTraining(match.was) ? match : twinOf(dataset, training, SAME_BYTES);
                if (twin) {
                    const had = twin.sameBy ? `${baseName(twin.was)} had "training"` : `it had "training" ${since}`;
                    failures.push({ message: `dataset ${who(twin)} ${role}, where ${had}: data/dataset-preparation stops asking how it was prepared and labelled`, path: at });
                }
                else if (!match && goneTraining) {
                    failures.push({
                        message: `dataset ${name} is new and ${role}, and training dataset ${baseName(goneTraining)} of the base commit ${then.base.commit} is gone with no new training dataset in its place: if it is the same data, data/dataset-preparation stops asking how it was prepared and labelled`,
                        path: at,
                    });
                }
            }
        });
        failures.push(...biasDeclarationMade(then.data, now, since));
        const published = now.transparency?.publishesPublicInterestText === true;
        if (published && then.data.transparency?.editorialControl?.reviewed !== true && now.transparency?.editorialControl?.reviewed === true) {
            failures.push({
                message: `transparency.editorialControl.reviewed is now true, which it was not at the base commit ${then.base.commit}: the AI-generated text the system publishes is no longer disclosed as such (Art. 50(4)), so the editorial control it claims needs review`,
                path: ['manifest', 'transparency', 'editorialControl', 'reviewed'],
            });
        }
        return failures;
    },
});
/**
 * bias.notApplicable, honoured now, where the base commit did not honour it with the same reason:
 * newly declared (or declared where the base cited bias reports, which refused it), or its reason
 * rewritten. Either spares the system every bias rule on the system's word alone.
 */
function biasDeclarationMade(before, now, since) {
    const reason = (0,bias_not_applicable/* honouredReason */.NY)(now);
    if (reason === undefined)
        return [];
    const was = (0,bias_not_applicable/* honouredReason */.NY)(before);
    if (was === reason)
        return [];
    const spared = 'the bias rules (bias/report-cited, bias/sensitive-attributes and the rules that judge a report) stop applying to the system on its word that its output concerns no natural person';
    if (was !== undefined) {
        return [{ message: `bias.notApplicable.reason is rewritten: it was ${(0,source_doc/* quoted */.TL)(was, 120)} ${since}; ${spared}, and the new reason needs the policy owners' review`, path: ['manifest', 'bias', 'notApplicable', 'reason'] }];
    }
    const reports = Array.isArray(before.bias?.reports) ? before.bias.reports.length : 0;
    const had = reports > 0 ? `, where the system cited ${reports === 1 ? 'a bias report' : `${reports} bias reports`}` : '';
    return [{ message: `bias.notApplicable is newly declared, which it was not ${since}${had}: ${spared}; the policy owners review the claim`, path: ['manifest', 'bias', 'notApplicable'] }];
}
/** More human control is higher: moving down hands decisions to the system. */
const AUTONOMY_RANK = { 'human-in-command': 4, 'human-in-the-loop': 3, 'human-on-the-loop': 2, 'fully-automated': 1 };
const oversightKept = (0,check/* defineFunction */.Oh)({
    name: 'oversight-kept',
    description: 'Human oversight and its record are not reduced since the base commit: oversight.autonomy does not move toward full automation, and monitoring.logging does not stop (enabled turned off), keep logs fewer days, or stop logging an event it logged.',
    optionsSchema: noOptions,
    check({ system }) {
        const then = baseOf(system);
        if (!then)
            return (0,check/* withoutBase */.ki)(system);
        const now = system.manifest.data;
        const since = `at the base commit ${then.base.commit}`;
        const failures = [];
        // An autonomy removed is oversight/autonomy-level's finding; one moved down is not anyone's.
        const before = governance_text(then.data.oversight?.autonomy);
        const after = governance_text(now.oversight?.autonomy);
        const from = before === undefined ? undefined : AUTONOMY_RANK[before];
        const to = after === undefined ? undefined : AUTONOMY_RANK[after];
        if (from !== undefined && to !== undefined && to < from) {
            failures.push({
                message: `oversight.autonomy is "${after}", "${before}" ${since}: people now have less control over the system's outputs, which needs the oversight owners' review (EU AI Act Art. 14)`,
                path: ['manifest', 'oversight', 'autonomy'],
            });
        }
        const logged = (data) => (data.monitoring?.logging ?? {});
        const was = logged(then.data);
        const is = logged(now);
        const hasLogging = now.monitoring?.logging !== undefined;
        const at = (field) => Object.hasOwn(is, field) ? ['manifest', 'monitoring', 'logging', field] : hasLogging ? ['manifest', 'monitoring', 'logging'] : now.monitoring ? ['manifest', 'monitoring'] : ['manifest'];
        // Removed counts as lowered: before deployment no rule asks for them.
        if (was.enabled === true && is.enabled !== true) {
            failures.push({ message: `monitoring.logging.enabled is ${is.enabled === undefined ? 'removed' : JSON.stringify(is.enabled)}, true ${since}: the system stops keeping the record of its operation (EU AI Act Art. 12)`, path: at('enabled') });
        }
        if (typeof was.retentionDays === 'number' && !(typeof is.retentionDays === 'number' && is.retentionDays >= was.retentionDays)) {
            failures.push({ message: `monitoring.logging.retentionDays is ${is.retentionDays === undefined ? 'removed' : JSON.stringify(is.retentionDays)}, ${was.retentionDays} ${since}: logs are kept for less time, or for no time said`, path: at('retentionDays') });
        }
        const events = (value) => (Array.isArray(value) ? value.filter((e) => typeof e === 'string') : typeof value === 'string' ? [value] : []);
        const current = new Set(events(is.events).map((e) => e.trim().toLowerCase()));
        const dropped = events(was.events).filter((e) => !current.has(e.trim().toLowerCase()));
        if (dropped.length > 0) {
            failures.push({ message: `monitoring.logging.events no longer lists ${dropped.map((e) => `"${e}"`).join(', ')}, logged ${since}: the record stops showing ${dropped.length === 1 ? 'it' : 'them'}`, path: at('events') });
        }
        return failures;
    },
});
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const reviewNotPostponed = (0,check/* defineFunction */.Oh)({
    name: 'review-not-postponed',
    description: "risk.impactAssessment.nextReview is not moved later (or removed) without a new assessment: its date moves on to a day that has come, and the assessment document does not read as the base's did (comments and link definitions are not read).",
    optionsSchema: noOptions,
    check({ system }) {
        const then = baseOf(system);
        if (!then)
            return (0,check/* withoutBase */.ki)(system);
        const was = then.data.risk?.impactAssessment;
        const is = system.manifest.data.risk?.impactAssessment;
        const due = governance_text(was?.nextReview)?.trim();
        if (!due || !ISO_DATE.test(due))
            return [];
        const next = governance_text(is?.nextReview)?.trim();
        // Dates written YYYY-MM-DD compare as text; anything else is the schema's finding.
        if (next !== undefined && (!ISO_DATE.test(next) || next <= due))
            return [];
        const since = `at the base commit ${then.base.commit}`;
        const today = system.now.toISOString().slice(0, 10);
        const tomorrow = new Date(system.now.getTime() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
        const assessed = governance_text(is?.date)?.trim();
        const before = governance_text(was?.date)?.trim() ?? '';
        // A new assessment: dated after the last one, on a day that has come (red team: the date moved
        // on by a day, or to 2099, with the same document), and its document is not the base's as it was.
        const cited = governance_text(is?.path);
        const oldCited = governance_text(was?.path);
        // Unchanged in this pull request: the base's assessment, or the file it now cites as it was at
        // the base (red team: citing another document the base already held passed as new).
        // Compared as a reader sees them (red team: an HTML comment added passed as a new assessment).
        const digest = cited === undefined ? undefined : system.evidence.readableDigest(cited);
        const sameDocument = digest !== undefined && ((oldCited !== undefined && digest === then.base.evidence.readableDigest(oldCited)) || digest === then.base.evidence.readableDigest(cited));
        let why;
        if (assessed === undefined || !ISO_DATE.test(assessed) || assessed <= before)
            why = `the assessment is not newer (its date is ${assessed ?? 'not given'})`;
        // A day's grace: a team east of UTC writes its own date before UTC's turns.
        else if (assessed > tomorrow)
            why = `the assessment is dated ${assessed}, after the run's day (${today})`;
        else if (sameDocument) {
            const raw = system.evidence.textDigest(cited);
            const unchanged = raw !== undefined && [oldCited, cited].some((ref) => ref !== undefined && raw === then.base.evidence.textDigest(ref));
            why = unchanged ? `the assessment is dated ${assessed}, but ${cited} is as it was ${since}` : `the assessment is dated ${assessed}, but ${cited} reads as it did ${since} (only what a reader does not see changed: comments, link definitions)`;
        }
        if (why === undefined)
            return [];
        return [
            {
                message: next === undefined
                    ? `risk.impactAssessment.nextReview is removed; it was ${due} ${since}, and ${why}: the review is dropped without being done`
                    : `risk.impactAssessment.nextReview is ${next}, ${due} ${since}, and ${why}: the review is postponed without being done`,
                path: next === undefined ? (is ? ['manifest', 'risk', 'impactAssessment'] : ['manifest']) : ['manifest', 'risk', 'impactAssessment', 'nextReview'],
            },
        ];
    },
});
const artifactsMatchVersion = (0,check/* defineFunction */.Oh)({
    name: 'artifacts-match-version',
    description: "While the version stays, the model's files stay: no artifact's sha256 changes or is removed, and no artifact with a sha256 is replaced by a file under another path. The evaluations of a version vouch for the files it had.",
    optionsSchema: noOptions,
    check({ system }) {
        const then = baseOf(system);
        if (!then)
            return (0,check/* withoutBase */.ki)(system);
        const now = system.manifest.data;
        const version = governance_text(now.version)?.trim();
        if (version !== governance_text(then.data.version)?.trim())
            return [];
        const { changed, takenOut } = (0,model_changed/* artifactChanges */.oX)(then.data, now);
        const since = `at the base commit ${then.base.commit}`;
        const consequence = `the version is still ${JSON.stringify(version)}: the bias, robustness and security evidence for it was about the other file; give the new model a new version`;
        const short = (digest) => `${digest.slice(0, 12)}…`;
        const failures = changed.map((change) => {
            const where = ['manifest', 'artifacts', change.index];
            const shown = JSON.stringify(change.path);
            if (change.kind === 'digest-removed')
                return { message: `artifact ${shown} no longer has a sha256 (${short(change.was)} ${since}), and ${consequence}`, path: where };
            if (change.kind === 'digest-changed')
                return { message: `artifact ${shown} has sha256 ${short(change.sha256)}, ${short(change.was)} ${since}, and ${consequence}`, path: [...where, 'sha256'] };
            return { message: `artifact ${shown} is new and ${JSON.stringify(change.gone)} (sha256 ${short(change.was)} ${since}) is gone, and ${consequence}`, path: where };
        });
        // A file swapped where no sha256 says so (init lists artifacts without one): git compares the
        // file itself (second new user: a model file changed under the same version passed, though
        // the freshness rules saw it change).
        if (failures.length === 0 && takenOut.length === 0) {
            const swapped = (0,model_changed/* swappedFile */.j5)(system, then.base);
            if (swapped) {
                const at = (0,load_manifest/* declaredArtifacts */.G9)(now).find(({ path }) => path === swapped.path);
                failures.push({ message: `${swapped.path} has ${swapped.how}, and ${consequence}`, path: at ? ['manifest', 'artifacts', at.index, 'path'] : ['manifest', 'artifacts'] });
            }
        }
        // Files taken out with none in their place: a later pull request could list them again with
        // another sha256 as new (red team: two pull requests, the version unchanged throughout).
        if (takenOut.length > 0) {
            failures.push({
                message: `${takenOut.map(([file, digest]) => `artifact ${JSON.stringify(file)} (sha256 ${short(digest)})`).join(', ')} ${takenOut.length === 1 ? 'is' : 'are'} no longer listed, as ${takenOut.length === 1 ? 'it was' : 'they were'} ${since}, and the version is still ${JSON.stringify(version)}: the evidence for it names files the manifest no longer ties it to; give a new model a new version`,
                path: Array.isArray(now.artifacts) && now.artifacts.length > 0 ? ['manifest', 'artifacts'] : ['manifest'],
            });
        }
        return failures;
    },
});
/** The deepest part of `field` (without wildcards) that the manifest still has, to point at. */
function parentPathIn(data, field) {
    const path = [];
    let value = data;
    for (const key of field.split('.')) {
        if (key === '*' || !value || typeof value !== 'object' || !Object.hasOwn(value, key))
            break;
        path.push(key);
        value = value[key];
    }
    return path;
}
const cardFrontMatterKept = (0,check/* defineFunction */.Oh)({
    name: 'card-front-matter-kept',
    description: "The model card keeps the front matter (license, datasets, metrics) it had at the base commit.",
    optionsSchema: noOptions,
    check({ system }) {
        const then = baseOf(system);
        if (!then)
            return (0,check/* withoutBase */.ki)(system);
        const card = system.card;
        const before = then.base.card;
        if (!card || !before || Object.keys(before.meta).length === 0)
            return { skip: `the model card had no front matter at the base commit ${then.base.commit}` };
        if (card.frontMatter && Object.keys(card.meta).length > 0)
            return [];
        return [
            {
                message: `the model card ${card.file} has no front matter; at the base commit ${then.base.commit} it declared ${Object.keys(before.meta).slice(0, 6).join(', ')}${Object.keys(before.meta).length > 6 ? ', …' : ''}, which the card rules read`,
                at: { file: card.file, line: 1, column: 1 },
            },
        ];
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/threshold.js


/** A number within bounds (log retention of at least 183 days). Missing counts as failing. */
const threshold = (0,check/* defineFunction */.Oh)({
    name: 'threshold',
    description: 'The value is a number no lower than `min` and no higher than `max`.',
    optionsSchema: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: { min: { type: 'number' }, max: { type: 'number' } },
    },
    check({ value, path, options, system }) {
        const where = (0,describe/* describePath */.N)((0,check/* systemDocument */.fZ)(system), path);
        if (typeof value !== 'number' || !Number.isFinite(value)) {
            return [{ message: value === undefined || value === null ? `${where} is missing` : `${where} is not a number` }];
        }
        if (options.min !== undefined && value < options.min)
            return [{ message: `${where} is ${value}, below the minimum ${options.min}` }];
        if (options.max !== undefined && value > options.max)
            return [{ message: `${where} is ${value}, above the maximum ${options.max}` }];
        return [];
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/tier-matches-basis.js



const NOT_HIGH = ['limited', 'minimal', 'gpai', 'gpai-systemic'];
/**
 * The declared AI Act tier agrees with the basis given for it (`risk.euAiAct`): a basis citing
 * Annex I (a regulated product) makes a system high-risk (Art. 6(1)); one citing Annex III does
 * too (Art. 6(2)), unless the provider documented why it is not (Art. 6(3), 6(4)), which never
 * holds for a system that profiles natural persons.
 */
const tierMatchesBasis = (0,check/* defineFunction */.Oh)({
    name: 'tier-matches-basis',
    description: 'The `tier` agrees with the `basis`: a tier other than high states a basis; Annex I or Annex III means high, unless an Art. 6(4) assessment is cited for Annex III.',
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
    check({ value, path }) {
        if (!value || typeof value !== 'object')
            return [];
        const { tier, basis, notHighRiskAssessment } = value;
        // A tier still to declare is judged high by every rule (system/risk-tier reports it): no pass here.
        if (typeof tier !== 'string' || (0,load_placeholder/* valueAbsence */.Z2)(tier) !== undefined)
            return { skip: 'risk.euAiAct.tier is not declared' };
        if (!NOT_HIGH.includes(tier))
            return [];
        const at = [...path, 'tier'];
        // A tier that relieves the system of high-risk duties must say why, or nothing can be checked against it.
        if (typeof basis !== 'string' || (0,load_placeholder/* valueAbsence */.Z2)(basis) !== undefined) {
            return [{ path: at, message: `risk.euAiAct.tier is "${tier}", but risk.euAiAct.basis does not say why: state the provision it rests on (e.g. "Art. 50(1): …", or why no Annex III area applies)` }];
        }
        if ((0,obligations/* citesAnnexI */.o2)(basis)) {
            return [{ path: at, message: `risk.euAiAct.tier is "${tier}", but the basis cites Annex I: an AI system that is, or is a safety component of, a product of Annex I is high-risk (Art. 6(1))` }];
        }
        if (!(0,obligations/* citesAnnexIII */.mm)(basis))
            return [];
        if (notHighRiskAssessment === undefined) {
            return [{ path: at, message: `risk.euAiAct.tier is "${tier}", but the basis cites Annex III, a high-risk area (Art. 6(2)); without the documented Art. 6(4) assessment that it is not high-risk (risk.euAiAct.notHighRiskAssessment), it is high` }];
        }
        if (/\bprofil/i.test(basis)) {
            return [{ path: at, message: `risk.euAiAct.tier is "${tier}", but the basis says the system profiles natural persons: an Annex III system that profiles is always high-risk (Art. 6(3), last subparagraph)` }];
        }
        return [];
    },
});
/**
 * The Art. 50(3) declarations agree with the basis: a basis citing Annex III 1(b) (biometric
 * categorisation) or 1(c) (emotion recognition) names a system whose deployer must inform the
 * people exposed to it, so `transparency.categorisesBiometrically` or `recognisesEmotions` is
 * true; declaring it false, or leaving it out, would spare the notice the basis itself calls for.
 */
const art50MatchesBasis = (0,check/* defineFunction */.Oh)({
    name: 'art50-matches-basis',
    description: 'A basis citing Annex III 1(b) or 1(c) goes with transparency.categorisesBiometrically or transparency.recognisesEmotions set to true.',
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
    check({ value, path }) {
        if (!value || typeof value !== 'object')
            return [];
        const manifest = value;
        // The basis as obligations read it (aiActProfile), so the rule and applicability agree.
        const { basis } = (0,obligations/* aiActProfile */.mH)(manifest);
        if (basis === undefined || (0,load_placeholder/* valueAbsence */.Z2)(basis) !== undefined)
            return { skip: 'risk.euAiAct.basis is not declared' };
        return (0,obligations/* flagsOfBasis */.Nu)(basis).flatMap(({ flag, what }) => {
            const declared = manifest.transparency?.[flag];
            if (declared === true)
                return [];
            const where = declared === undefined ? (manifest.transparency ? [...path, 'transparency'] : [...path, 'risk', 'euAiAct', 'basis']) : [...path, 'transparency', flag];
            return [{
                    path: where,
                    message: `risk.euAiAct.basis cites ${what}, but transparency.${flag} is ${declared === undefined ? 'not declared' : JSON.stringify(declared)}: the deployer of such a system informs the people exposed to it (Art. 50(3)); set it to true and cite the notice as transparency.exposureNotice`,
                }];
        });
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/roles-match-data.js



/**
 * The AI Act roles the manifest declares agree with its own data: an organisation that trains
 * or fine-tunes the model develops it, and is its provider (Art. 3(3)), or becomes one (Art. 25(1),
 * a substantial modification). Declaring only `deployer` while listing training data of its own
 * would drop every provider duty (Art. 16, 50(1), 50(2), 53) on the manifest's word alone; so
 * would declaring it with no data at all, so a deployer-only system names the organisation that
 * provides it, and that is not the maker of the model it is built on (new user: a chatbot on a
 * hosted GPT-4o declared [deployer], and the AI notice of Art. 50(1) was never asked for).
 */
const rolesMatchData = (0,check/* defineFunction */.Oh)({
    name: 'roles-match-data',
    description: "The declared EU AI Act roles include provider when the manifest lists datasets the system was trained or fine-tuned on (data.datasets[].role training or fine-tuning); roles without provider name the organisation that provides the system (risk.euAiAct.provider), which is not the owner of a Hub id baseModel names.",
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
    check({ value, path }) {
        const manifest = (value ?? {});
        const roles = manifest.risk?.euAiAct?.roles;
        // Undeclared roles mean both (the schema says so): no allocation to judge, and no pass to
        // count for A.10.2. Only a list without provider can drop a duty.
        if (!Array.isArray(roles) || roles.every((role) => (0,load_placeholder/* valueAbsence */.Z2)(role) !== undefined))
            return { skip: 'risk.euAiAct.roles is not declared (it counts as provider and deployer)' };
        if (roles.includes('provider'))
            return [];
        const datasets = Array.isArray(manifest.data?.datasets) ? manifest.data.datasets : [];
        const index = datasets.findIndex((d) => d !== null && typeof d === 'object' && load_manifest/* TRAINED_ON_ROLES */.wo.includes(d.role));
        if (index >= 0) {
            const role = datasets[index].role;
            return [
                {
                    path: [...path, 'risk', 'euAiAct', 'roles'],
                    message: `risk.euAiAct.roles leaves out provider, but data.datasets[${index}] is ${role} data of this system: who trains or fine-tunes a model develops it and is its provider (Art. 3(3), Art. 25(1)), with the provider's duties`,
                },
            ];
        }
        const provider = manifest.risk?.euAiAct?.provider;
        if (typeof provider !== 'string' || (0,load_placeholder/* valueAbsence */.Z2)(provider) !== undefined) {
            return [
                {
                    path: [...path, 'risk', 'euAiAct', typeof provider === 'string' ? 'provider' : 'roles'],
                    message: `risk.euAiAct.roles leaves out provider, so another organisation provides this system, but risk.euAiAct.provider does not name it: name the organisation that puts the system into service under its own name (Art. 3(3)); one that builds a system on another's model and runs it under its own name is the system's provider`,
                },
            ];
        }
        const maker = modelMaker(manifest.baseModel);
        if (maker && sameOrganisation(provider, maker.owner)) {
            return [
                {
                    path: [...path, 'risk', 'euAiAct', 'provider'],
                    message: `risk.euAiAct.provider names ${JSON.stringify(provider.trim())}, the maker of the model the system is built on (baseModel ${JSON.stringify(maker.model)}): that organisation provides the model, not this system; who builds a system on it and puts it into service under its own name is the system's provider (Art. 3(3)), with its duties (Art. 50(1), 50(2))`,
                },
            ];
        }
        return [];
    },
});
/** The owner and id of the first Hub-style baseModel ("openai/gpt-4o" → openai), if any. */
function modelMaker(baseModel) {
    const first = Array.isArray(baseModel) ? baseModel[0] : baseModel;
    if (typeof first !== 'string')
        return undefined;
    const model = first.trim();
    const slash = model.indexOf('/');
    if (slash <= 0 || model.includes('://'))
        return undefined;
    return { owner: model.slice(0, slash), model };
}
/** Letters and digits only, lower case: "Meta Platforms, Inc." → "metaplatformsinc". */
const squashed = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** Whether a provider's name and a Hub owner are one organisation: "OpenAI" and openai, "Meta" and meta-llama. */
function sameOrganisation(provider, owner) {
    const a = squashed(provider);
    const b = squashed(owner);
    return a.length >= 3 && b.length >= 3 && (a.startsWith(b) || b.startsWith(a));
}

// EXTERNAL MODULE: ./build/evidence/bias/checks.js
var checks = __webpack_require__(387);
;// CONCATENATED MODULE: ./build/evaluate/functions/regression.js



const toleranceSchema = {
    type: 'object',
    required: ['tolerance'],
    additionalProperties: false,
    properties: { tolerance: { type: 'number', minimum: 0 } },
};
/** How far from parity a fairness number is; undefined for per-group values, which have no direction. */
function distanceFromParity(result) {
    const value = result.value;
    if (typeof value !== 'number' || !Number.isFinite(value))
        return undefined;
    switch (result.convention) {
        case 'unsigned':
            return value;
        case 'signed':
            return Math.abs(value);
        case 'ratio':
            return Math.abs(1 - value);
        case 'value':
            return undefined;
    }
}
const key = (r) => `${(0,checks/* normaliseAttribute */.tr)(r.attribute)}\u0000${r.metric}\u0000${r.group ?? ''}`;
const biasRegression = (0,check/* defineFunction */.Oh)({
    name: 'bias-regression',
    description: "No fairness gap is wider than at the base commit by more than `tolerance` (distance from parity: differences by size, ratios from 1), and none measured at the base is left unmeasured.",
    optionsSchema: toleranceSchema,
    check({ value, path, options, system }) {
        if (!system.base)
            return (0,check/* withoutBase */.ki)(system);
        const baseReports = (0,checks/* readableReports */.ug)(system.base, (system.base.manifest.data.bias ?? {}));
        if (baseReports.length === 0)
            return { skip: `the base commit ${system.base.commit} has no readable bias report to compare with` };
        const before = new Map(baseReports.flatMap((report) => report.results).map((r) => [key(r), r]));
        const failures = [];
        const headReports = (0,checks/* readableReports */.ug)(system, (value ?? {}));
        const current = headReports.flatMap((report) => report.results);
        // A gap measured at the base and not now is not smaller, only unmeasured: replacing a
        // failing metric by another (or by nothing) would otherwise pass. (No readable report at all
        // is bias/report-readable's finding.)
        if (headReports.length > 0) {
            const now = new Set(current.map(key));
            for (const [id, previous] of before) {
                const then = distanceFromParity(previous);
                if (then === undefined || now.has(id))
                    continue;
                failures.push({ message: `${(0,checks/* subject */.bc)(previous)} was ${(0,checks/* format */.GP)(previous.value)} at the base commit ${system.base.commit} and is no longer reported: a gap no longer measured cannot be shown not to have widened`, path: [...path, 'reports'] });
            }
        }
        for (const result of current) {
            const now = distanceFromParity(result);
            const previous = before.get(key(result));
            const then = previous ? distanceFromParity(previous) : undefined;
            if (now === undefined || then === undefined || now - then <= options.tolerance)
                continue;
            const from = previous?.value;
            const to = result.value;
            failures.push({
                message: `${(0,checks/* subject */.bc)(result)} ${to > from ? 'rose' : 'fell'} from ${(0,checks/* format */.GP)(from)} to ${(0,checks/* format */.GP)(to)} since ${system.base.commit}, further from parity by more than the tolerance ${(0,checks/* format */.GP)(options.tolerance)}`,
                at: result.at,
            });
        }
        return failures;
    },
});
/**
 * Base and head results paired by the data they are on: the same type, config, split and name;
 * else the same type, config and split where one dataset on each side has them (a name changed);
 * what is left on both sides (a type renamed) is pooled, each result left now held to the worst
 * left at the base. A dataset only now is a new result, not a fall.
 */
function pairByDataset(then, now, better) {
    const pairs = [];
    const leftNow = new Set(now.keys());
    const leftThen = new Set(then.keys());
    const pair = (before, after) => {
        pairs.push([then.get(before).results, now.get(after).results]);
        leftThen.delete(before);
        leftNow.delete(after);
    };
    for (const key of then.keys())
        if (now.has(key))
            pair(key, key);
    for (const key of [...leftThen]) {
        const partial = then.get(key).partial;
        const there = [...leftThen].filter((k) => then.get(k).partial === partial);
        const here = [...leftNow].filter((k) => now.get(k).partial === partial);
        if (there.length === 1 && here.length === 1)
            pair(key, here[0]);
    }
    if (leftNow.size > 0 && leftThen.size > 0) {
        const pooled = (groups, keys) => [...keys].flatMap((key) => groups.get(key).results);
        const worst = pooled(then, leftThen).reduce((a, b) => (better(a.value, b.value) > 0 ? a : b));
        pairs.push([[worst], pooled(now, leftNow)]);
    }
    return pairs;
}
const accuracyRegression = (0,check/* defineFunction */.Oh)({
    name: 'accuracy-regression',
    description: "A metric the manifest bounds is not worse in the model card's model-index than at the base commit by more than `tolerance`.",
    optionsSchema: toleranceSchema,
    check({ value, options, system }) {
        if (!system.base)
            return (0,check/* withoutBase */.ki)(system);
        if (!system.card || !system.base.card)
            return { skip: `no model card to compare at the base commit ${system.base.commit}` };
        const wanted = (value ?? {});
        if (typeof wanted.metric !== 'string')
            return { skip: 'the accuracy entry names no metric' };
        // A minimum means higher is better; a maximum, lower.
        const higherIsBetter = typeof wanted.min === 'number' ? true : typeof wanted.max === 'number' ? false : undefined;
        if (higherIsBetter === undefined)
            return { skip: `intendedUse.accuracy for ${wanted.metric} sets no min or max, so "worse" has no direction` };
        const dataset = typeof wanted.dataset === 'string' ? norm(wanted.dataset) : undefined;
        // Every result for the metric (on the dataset, if one is named), by the data it is on, as
        // numbers; text such as "0.79" is read as card-accuracy reads it.
        const byDataset = (index) => {
            const groups = new Map();
            for (const r of modelIndexResults(index)) {
                const value = reportedNumber(r.value);
                if (value === undefined || !r.metricKeys.includes(norm(wanted.metric)) || (dataset && !r.dataset.includes(dataset)))
                    continue;
                const group = groups.get(r.datasetFullKey) ?? { partial: r.datasetKey, results: [] };
                group.results.push({ value, path: r.path });
                groups.set(r.datasetFullKey, group);
            }
            return groups;
        };
        /** Positive when `b` is better than `a` (sorts best first). */
        const better = (a, b) => (higherIsBetter ? b - a : a - b);
        const pairs = pairByDataset(byDataset(system.base.card.meta['model-index']), byDataset(system.card.meta['model-index']), better);
        if (pairs.length === 0)
            return { skip: `${wanted.metric} is not reported in the model card's model-index both now and at the base commit ${system.base.commit}` };
        const card = system.card;
        const failures = [];
        // A card may report a metric more than once on one dataset. Best to worst, the i-th result
        // now is held to the i-th at the base, and one more than the base had to the base's worst:
        // a lower result added beside the old one, under another name, is a fall, not a new result.
        for (const [before, after] of pairs) {
            before.sort((a, b) => better(a.value, b.value));
            after.sort((a, b) => better(a.value, b.value));
            after.forEach((result, i) => {
                const was = before[Math.min(i, before.length - 1)].value;
                const worse = better(result.value, was); // how much worse it is now, by the metric's direction
                if (worse <= options.tolerance)
                    return;
                failures.push({
                    message: `${wanted.metric} ${higherIsBetter ? 'fell' : 'rose'} from ${(0,checks/* format */.GP)(was)} to ${(0,checks/* format */.GP)(result.value)} since ${system.base?.commit}, worse by more than the tolerance ${(0,checks/* format */.GP)(options.tolerance)}`,
                    at: { file: card.file, ...(card.frontMatter?.locate(result.path) ?? { line: 1, column: 1 }) },
                });
            });
        }
        return failures;
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/sha256-matches.js


/**
 * A declared sha256 matches the file it describes, when that file is in the repository. A
 * remote URI (s3://, https://, hf://) cannot be read from here: like an entry that declares no
 * sha256, it is nothing to check, and a rule with nothing else to check is not applicable.
 */
const sha256Matches = (0,check/* defineFunction */.Oh)({
    name: 'sha256-matches',
    description: 'A declared sha256 equals the SHA-256 of the in-repository file it describes (pathField names the path).',
    optionsSchema: {
        type: 'object',
        required: ['pathField'],
        additionalProperties: false,
        properties: { pathField: { type: 'string', minLength: 1 } },
    },
    check({ target, targetPath, options, system }) {
        // Nothing declared or nothing to hash is "nothing to check" (not applicable), never a pass.
        if (!target || typeof target !== 'object')
            return { skip: 'no entry to check' };
        const entry = target;
        const declared = entry.sha256;
        const ref = entry[options.pathField];
        if (declared === undefined || declared === null)
            return { skip: 'no entry declares a sha256' };
        if (typeof declared !== 'string' || !/^[a-f0-9]{64}$/i.test(declared)) {
            return { skip: 'the declared sha256 is not 64 hexadecimal characters (manifest/schema reports it)' };
        }
        if (typeof ref !== 'string' || ref.trim() === '')
            return { skip: `a sha256 is declared, but no ${options.pathField} names the file it is of` };
        // A URI is not a file in this repository ("C:\data" is no URI: it must not skip verification silently).
        if ((0,repo_fs/* isUri */.nh)(ref) || (0,repo_fs/* isLocalUriOutside */.l_)(ref))
            return { skip: `no declared sha256 is of a file in this repository (${ref.length > 80 ? `${ref.slice(0, 79)}…` : ref} is ${(0,repo_fs/* isUri */.nh)(ref) ? 'remote' : 'outside it'})` };
        const file = system.evidence.dataFile(ref); // data files may be larger than the text cap
        if (!file.ok)
            return [{ message: `cannot verify sha256: ${file.problem.message}`, path: [...targetPath, options.pathField] }];
        const actual = system.evidence.sha256(file.value.rel);
        if (!actual.ok)
            return [{ message: `cannot verify sha256: ${actual.problem.message}`, path: [...targetPath, options.pathField] }];
        if (actual.value === declared.toLowerCase())
            return [];
        return [{ message: `sha256 of ${file.value.rel} is ${actual.value}, not the declared ${declared.toLowerCase()}`, path: [...targetPath, 'sha256'] }];
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/index.js
/**
 * Every check function a policy can name in `then.function`: the general ones here, then each
 * evidence kind's own (src/evidence/<kind>/checks.ts), taken from the registry so that adding a
 * kind does not touch this list.
 */






























const CHECK_FUNCTIONS = new Map([
    present,
    anyPresent,
    revisionPinned,
    presentWhen,
    notOneOf,
    namesSomeone,
    tierMatchesBasis,
    art50MatchesBasis,
    rolesMatchData,
    noPlaceholders,
    checksumsReal,
    ownEvidence,
    sectionsDistinct,
    equals,
    threshold,
    fresh,
    fileExists,
    evidenceSection,
    document_content/* documentContent */.nH,
    sha256Matches,
    licenseId,
    cardSection,
    cardSections,
    cardReadable,
    cardAgrees,
    adapterBaseModel,
    cardAccuracy,
    biasRegression,
    accuracyRegression,
    riskNotLowered,
    stageNotRegressed,
    citationsKept,
    exemptionsKept,
    oversightKept,
    reviewNotPostponed,
    artifactsMatchVersion,
    cardFrontMatterKept,
    bias_not_applicable/* biasNotApplicable */.Gy,
    ...registry/* EVIDENCE_KINDS */.A.flatMap((kind) => kind.checks),
].map((fn) => [fn.name, fn]));


/***/ })

};

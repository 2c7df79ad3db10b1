export const id = 48;
export const ids = [48];
export const modules = {

/***/ 1048:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildMlBoms: () => (/* binding */ buildMlBoms)
});

// EXTERNAL MODULE: ./build/discover/discover.js
var discover = __webpack_require__(1855);
// EXTERNAL MODULE: ./build/evidence/registry.js + 47 modules
var registry = __webpack_require__(2965);
// EXTERNAL MODULE: ./build/evidence/store.js
var store = __webpack_require__(1549);
// EXTERNAL MODULE: ./build/fs/repo-fs.js
var repo_fs = __webpack_require__(654);
// EXTERNAL MODULE: ./build/load/manifest.js
var load_manifest = __webpack_require__(872);
// EXTERNAL MODULE: ./build/load/source-doc.js
var source_doc = __webpack_require__(2431);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/spdx-license-ids/index.json
var spdx_license_ids = __webpack_require__(5204);
// EXTERNAL MODULE: ./build/evidence/bias/formats.js + 2 modules
var formats = __webpack_require__(4179);
// EXTERNAL MODULE: ./build/report/cyclonedx.js
var cyclonedx = __webpack_require__(4558);
;// CONCATENATED MODULE: ./build/report/ml-bom.js
/**
 * `modelgate bom`: a CycloneDX 1.6 ML-BOM for one system, written from its manifest, model card
 * and evidence: the system as metadata.component; the model (`machine-learning-model`) with its
 * licence, the files it ships (`file` components with their declared SHA-256) and a modelCard
 * (modelParameters: task, datasets by ref; quantitativeAnalysis: the card's model-index results;
 * considerations: users, use cases, limitations, fairness from the bias reports, the datasets'
 * known biases, and the card's CO2 figure); and one `data` component per declared dataset.
 *
 * What ml-bom/* reads back from it agrees with the manifest it came from (the round trip is
 * tested). Deterministic: the timestamp is the as-of day and the serial number is derived from
 * the document's content, as in the attestation export (cyclonedx.ts, whose helpers it uses).
 * Repository strings are CycloneDX text (no control characters, bounded); URLs that are not
 * plain IRIs are left out rather than written invalid.
 */




const SPDX = new Map(spdx_license_ids.map((id) => [id.toLowerCase(), id]));
const strings = (value) => [].concat(value ?? []).filter((v) => typeof v === 'string' && v.trim() !== '');
const first = (value) => strings(value)[0];
const isRecord = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
/** A URL CycloneDX's iri-reference format accepts: a scheme and no spaces or control characters. */
const plainUrl = (url) => /^[a-z][a-z0-9+.-]*:[^\s\p{Cc}<>"{}|\\^`]+$/iu.test(url);
/** A licence as CycloneDX writes it: an SPDX id where it is one, else its name. */
function license(value) {
    const id = SPDX.get(value.trim().toLowerCase());
    return id ? { license: { id } } : { license: { name: (0,cyclonedx/* text */.Qq)(value) } };
}
/** The ML-BOM as JSON text (two-space indented, a final newline). */
function formatMlBom(input) {
    const document = mlBomDocument(input);
    const body = JSON.stringify(document, null, 2);
    const serial = (0,cyclonedx/* serialNumberOf */.RE)((0,external_node_crypto_.createHash)('sha256').update(body).digest('hex'));
    return `${JSON.stringify({ ...document, serialNumber: serial }, null, 2)}\n`;
}
/** The document, without its serial number (formatMlBom derives it from this). */
function mlBomDocument({ manifest, card, evidence, asOf, toolVersion }) {
    const data = manifest.data;
    const id = first(data.id) ?? manifest.file;
    const name = first(data.name) ?? id;
    const version = first(data.version);
    const meta = card?.meta ?? {};
    const datasets = (Array.isArray(data.data?.datasets) ? data.data.datasets : []).filter((d) => isRecord(d) && typeof d.id === 'string' && d.id.trim() !== '');
    const seen = new Set();
    const dataComponents = datasets.flatMap((dataset) => {
        if (seen.has(dataset.id))
            return [];
        seen.add(dataset.id);
        const uri = first(dataset.uri);
        return [
            {
                type: 'data',
                'bom-ref': (0,cyclonedx/* ref */.KR)('dataset', id, dataset.id),
                name: (0,cyclonedx/* text */.Qq)(dataset.id),
                ...(first(dataset.revision) ? { version: (0,cyclonedx/* text */.Qq)(dataset.revision) } : {}),
                ...(first(dataset.source) ? { description: (0,cyclonedx/* text */.Qq)(dataset.source) } : {}),
                ...(first(dataset.license) ? { licenses: [license(dataset.license)] } : {}),
                ...(typeof dataset.sha256 === 'string' && /^[a-f0-9]{64}$/i.test(dataset.sha256) ? { hashes: [{ alg: 'SHA-256', content: dataset.sha256.toLowerCase() }] } : {}),
                data: [
                    {
                        type: 'dataset',
                        name: (0,cyclonedx/* text */.Qq)(dataset.id),
                        ...(uri && plainUrl(uri) ? { contents: { url: uri } } : {}),
                        ...(first(dataset.role) ? { description: `${(0,cyclonedx/* text */.Qq)(dataset.role)} data` } : {}),
                    },
                ],
            },
        ];
    });
    const modelLicense = first(data.license) ?? (first(meta.license) === 'other' ? first(meta.license_name) : first(meta.license));
    const files = (Array.isArray(data.artifacts) ? data.artifacts : []).flatMap((artifact) => isRecord(artifact) && typeof artifact.path === 'string' && artifact.path.trim() !== ''
        ? [
            {
                type: 'file',
                'bom-ref': (0,cyclonedx/* ref */.KR)('artifact', id, artifact.path),
                name: (0,cyclonedx/* text */.Qq)(artifact.path),
                ...(typeof artifact.sha256 === 'string' && /^[a-f0-9]{64}$/i.test(artifact.sha256) ? { hashes: [{ alg: 'SHA-256', content: artifact.sha256.toLowerCase() }] } : {}),
            },
        ]
        : []);
    const model = {
        type: 'machine-learning-model',
        'bom-ref': (0,cyclonedx/* ref */.KR)('model', id),
        name: (0,cyclonedx/* text */.Qq)(name),
        ...(version ? { version: (0,cyclonedx/* text */.Qq)(version) } : {}),
        ...(first(data.description) ? { description: (0,cyclonedx/* text */.Qq)(data.description) } : {}),
        ...(modelLicense ? { licenses: [license(modelLicense)] } : {}),
        ...(card ? { externalReferences: [{ type: 'model-card', url: (0,cyclonedx/* pathUrl */.zQ)(card.file) }] } : {}),
        modelCard: modelCard(manifest, card, evidence, dataComponents),
        ...(files.length > 0 ? { components: files } : {}),
    };
    return {
        $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        version: 1,
        metadata: {
            timestamp: `${asOf}T00:00:00Z`,
            tools: { components: [{ type: 'application', 'bom-ref': 'tool:modelgate', name: 'modelgate', version: toolVersion }] },
            component: {
                type: 'application',
                'bom-ref': (0,cyclonedx/* ref */.KR)('system', id),
                name: (0,cyclonedx/* text */.Qq)(id),
                ...(version ? { version: (0,cyclonedx/* text */.Qq)(version) } : {}),
                ...(name !== id ? { description: (0,cyclonedx/* text */.Qq)(name) } : {}),
                externalReferences: [{ type: 'other', url: (0,cyclonedx/* pathUrl */.zQ)(manifest.file), comment: 'the system manifest (ai-system.yaml)' }],
            },
        },
        components: [model, ...dataComponents],
        dependencies: [
            { ref: (0,cyclonedx/* ref */.KR)('system', id), dependsOn: [(0,cyclonedx/* ref */.KR)('model', id)] },
            { ref: (0,cyclonedx/* ref */.KR)('model', id), dependsOn: dataComponents.map((c) => c['bom-ref']) },
        ],
    };
}
function modelCard(manifest, card, evidence, datasets) {
    const data = manifest.data;
    const meta = card?.meta ?? {};
    const parameters = {
        ...(first(meta.pipeline_tag) ? { task: (0,cyclonedx/* text */.Qq)(meta.pipeline_tag) } : {}),
        ...(first(meta.model_type) ? { modelArchitecture: (0,cyclonedx/* text */.Qq)(meta.model_type) } : {}),
        ...(datasets.length > 0 ? { datasets: datasets.map((d) => ({ ref: d['bom-ref'] })) } : {}),
    };
    const metrics = performanceMetrics(meta['model-index']);
    const considerations = considerationsOf(manifest, meta, evidence);
    return {
        'bom-ref': (0,cyclonedx/* ref */.KR)('model-card', first(data.id) ?? manifest.file),
        ...(Object.keys(parameters).length > 0 ? { modelParameters: parameters } : {}),
        ...(metrics.length > 0 ? { quantitativeAnalysis: { performanceMetrics: metrics } } : {}),
        ...(Object.keys(considerations).length > 0 ? { considerations } : {}),
    };
}
/** Each metric of the card's model-index results, on the dataset it was measured on. */
function performanceMetrics(index) {
    if (!Array.isArray(index))
        return [];
    return index.flatMap((entry) => (isRecord(entry) && Array.isArray(entry.results) ? entry.results : []).flatMap((result) => {
        if (!isRecord(result) || !Array.isArray(result.metrics))
            return [];
        const dataset = isRecord(result.dataset) ? first(result.dataset.name) ?? first(result.dataset.type) : undefined;
        return result.metrics.flatMap((metric) => {
            if (!isRecord(metric))
                return [];
            const type = first(metric.type) ?? first(metric.name);
            const value = typeof metric.value === 'number' || typeof metric.value === 'string' ? String(metric.value) : undefined;
            if (!type || value === undefined)
                return [];
            return [{ type: (0,cyclonedx/* text */.Qq)(type), value: (0,cyclonedx/* text */.Qq)(value), ...(dataset ? { slice: (0,cyclonedx/* text */.Qq)(dataset) } : {}) }];
        });
    }));
}
function considerationsOf(manifest, meta, evidence) {
    const data = manifest.data;
    const use = isRecord(data.intendedUse) ? data.intendedUse : {};
    const mitigations = strings(data.bias?.mitigations).map((m) => (0,cyclonedx/* text */.Qq)(m));
    const mitigation = mitigations.length > 0 ? { mitigationStrategy: mitigations.join('; ') } : {};
    const ethical = (Array.isArray(data.data?.datasets) ? data.data.datasets : []).flatMap((dataset) => isRecord(dataset) && typeof dataset.id === 'string' && first(dataset.knownBias) ? [{ name: (0,cyclonedx/* text */.Qq)(`${dataset.id}: ${dataset.knownBias}`), ...mitigation }] : []);
    const fairness = fairnessAssessments(manifest, evidence, mitigation);
    const environmental = environmentalOf(meta.co2_eq_emissions);
    return {
        ...(strings(use.users).length > 0 ? { users: strings(use.users).map((u) => (0,cyclonedx/* text */.Qq)(u)) } : {}),
        ...(first(use.purpose) ? { useCases: [(0,cyclonedx/* text */.Qq)(use.purpose)] } : {}),
        ...(strings(use.limitations).length > 0 ? { technicalLimitations: strings(use.limitations).map((l) => (0,cyclonedx/* text */.Qq)(l)) } : {}),
        ...(ethical.length > 0 ? { ethicalConsiderations: ethical } : {}),
        ...(environmental ? { environmentalConsiderations: environmental } : {}),
        ...(fairness.length > 0 ? { fairnessAssessments: fairness } : {}),
    };
}
/** One assessment per sensitive attribute the cited bias reports measured: what they found, and the mitigations. */
function fairnessAssessments(manifest, evidence, mitigation) {
    const reports = Array.isArray(manifest.data.bias?.reports) ? manifest.data.bias.reports : [];
    // attribute → report file → what it measured
    const found = new Map();
    for (const entry of reports) {
        if (!isRecord(entry) || typeof entry.path !== 'string' || entry.path.trim() === '')
            continue;
        const report = evidence.evidence(formats/* biasReports */.F, entry.path, typeof entry.format === 'string' ? entry.format : undefined);
        if (!report.ok)
            continue;
        for (const result of report.value.results) {
            if (typeof result.value !== 'number')
                continue;
            const byFile = found.get(result.attribute) ?? new Map();
            const list = byFile.get(report.value.file) ?? [];
            list.push(`${result.metric} ${result.value}${result.group ? ` (${result.group})` : ''}`);
            byFile.set(report.value.file, list);
            found.set(result.attribute, byFile);
        }
    }
    return [...found].map(([attribute, byFile]) => ({
        groupAtRisk: (0,cyclonedx/* text */.Qq)(`people grouped by ${attribute}`),
        harms: (0,cyclonedx/* text */.Qq)(`measured in ${[...byFile].map(([file, measured]) => `${file}: ${measured.join(', ')}`).join('; ')}`),
        ...mitigation,
    }));
}
/** The card's co2_eq_emissions (grams of CO2 equivalent, a number or an object with `emissions`), as properties. */
function environmentalOf(co2) {
    const grams = typeof co2 === 'number' ? co2 : isRecord(co2) && typeof co2.emissions === 'number' ? co2.emissions : undefined;
    if (grams === undefined || !Number.isFinite(grams))
        return undefined;
    const properties = [{ name: 'modelgate:co2-eq-emissions-grams', value: String(grams) }];
    if (isRecord(co2)) {
        for (const key of ['source', 'training_type', 'geographical_location', 'hardware_used']) {
            if (first(co2[key]))
                properties.push({ name: `modelgate:co2-eq-emissions-${key.replace(/_/g, '-')}`, value: (0,cyclonedx/* text */.Qq)(co2[key]) });
        }
    }
    return { properties };
}

;// CONCATENATED MODULE: ./build/engine/bom.js
/**
 * `modelgate bom`: find the systems under a path and write each one's ML-BOM (report/ml-bom.ts)
 * from its manifest, card and evidence, read through the same file layer as a check (nothing
 * outside the root, the same size caps).
 */







function buildMlBoms(options) {
    const repo = new repo_fs/* RepoFs */.GB(options.root, options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes });
    const { manifests } = (0,discover/* discover */.k4)(repo, { scanPath: options.scanPath });
    return manifests.map((file) => {
        const loaded = (0,load_manifest/* loadManifest */.eY)(repo, file);
        if (!loaded.ok) {
            const problem = loaded.problems[0];
            return { ok: false, manifest: file, problem: problem ? `${problem.location.file}:${problem.location.line}: ${problem.message}` : 'cannot be read' };
        }
        const { manifest } = loaded;
        const evidence = new store/* EvidenceStore */.x(repo, manifest, registry/* EVIDENCE_KINDS */.A);
        const ref = manifest.data.modelCard;
        const card = typeof ref === 'string' && ref.trim() !== '' ? evidence.card(ref) : undefined;
        const text = formatMlBom({ manifest, ...(card?.ok ? { card: card.value } : {}), evidence, asOf: options.asOf, toolVersion: options.toolVersion });
        return { ok: true, manifest: file, id: (0,source_doc/* asText */.e1)((0,load_manifest/* systemId */.JO)(manifest)), text };
    });
}


/***/ }),

/***/ 1549:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ EvidenceStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(654);
/* harmony import */ var _load_model_card_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4692);
/* harmony import */ var _load_placeholder_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8852);
/* harmony import */ var _load_yaml_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7794);
/* harmony import */ var _structured_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9093);
/**
 * Evidence for one system, loaded only when a rule asks and cached, so a bias report that four
 * rules look at is read and parsed once. Paths are cited relative to the manifest; a `#section`
 * suffix names a heading inside a Markdown file.
 */






/** Resolution problems that say a path names no file of the repository, rather than a file that cannot be read. */
const ELSEWHERE = new Set(['missing', 'absolute-path', 'outside-root', 'empty-path']);
class EvidenceStore {
    repo;
    manifest;
    kinds;
    base;
    cache = new Map();
    /** Where the manifest itself resolves to (null: it does not resolve), computed once. */
    manifestAbs;
    /** The files each cached result was made from, so a rule served from the cache notes them too. */
    cachedFiles = new Map();
    /** Files resolved while a cached result is being made (innermost load first). */
    loading;
    /** Files the current rule's checks used (see noteFiles). */
    noted;
    /** Each cited path's resolution: a dozen rules cite the same few files, each normalised once. */
    resolutions = new Map();
    constructor(repo, manifest, 
    /** Every kind of evidence (registry.ts's EVIDENCE_KINDS), to name what a misfiled file looks like. */
    kinds, 
    /** The base commit's files: what they need the full YAML reader for is charged to the base's budget (yaml.ts). */
    base = false) {
        this.repo = repo;
        this.manifest = manifest;
        this.kinds = kinds;
        this.base = base;
    }
    parsed(read) {
        return this.base ? (0,_load_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .chargedToBase */ .zk)(read) : read();
    }
    /**
     * From now on, note each cited file a check uses (resolved, read, parsed or hashed), whether or
     * not it comes from the cache; takeNotedFiles returns them. The evaluator brackets each rule
     * with the two, so a finding can say which files its rule judged.
     */
    noteFiles() {
        this.noted = new Set();
    }
    /** The files used since noteFiles, in the order first used; stops noting. */
    takeNotedFiles() {
        const files = [...(this.noted ?? [])];
        this.noted = undefined;
        return files;
    }
    use(rel) {
        this.noted?.add(rel);
        this.loading?.push(rel);
    }
    /** Resolves a path cited in the manifest to a regular file inside the repository. */
    file(ref) {
        const located = this.locate(ref);
        if (!located.ok)
            return located;
        const stat = this.repo.statFile(located.value.rel);
        if (!stat.ok)
            return { ok: false, problem: { message: stat.problem.message } };
        this.use(located.value.rel);
        return located;
    }
    /**
     * Resolves a cited path inside the repository without the text size cap, for files that are
     * only hashed (datasets): `file` refused any over max-file-size, so their declared checksums
     * could never be verified although `sha256` streams files up to 1 GB.
     */
    dataFile(ref) {
        const located = this.locate(ref);
        if (located.ok)
            this.use(located.value.rel);
        return located;
    }
    /**
     * Where a cited file really is, repository-relative, through any symbolic link on its way (a
     * link in this system's folder to another system's report is that report); undefined when it
     * does not resolve (the citing rules say why).
     */
    whereIs(ref) {
        const resolved = this.resolution(ref);
        if (!resolved.ok)
            return undefined;
        return this.repo.relative ? this.repo.relative(resolved.abs) : resolved.rel;
    }
    resolution(ref) {
        const hash = ref.indexOf('#');
        const pathPart = hash >= 0 ? ref.slice(0, hash) : ref;
        let resolved = this.resolutions.get(pathPart);
        if (!resolved) {
            resolved = this.repo.resolve(pathPart, this.manifest.dir);
            this.resolutions.set(pathPart, resolved);
        }
        return resolved;
    }
    locate(ref) {
        const hash = ref.indexOf('#');
        const fragment = hash >= 0 ? ref.slice(hash + 1) : undefined;
        const resolved = this.resolution(ref);
        if (!resolved.ok)
            return { ok: false, problem: { message: resolved.problem.message } };
        // The manifest is a claim, not evidence: citing it (or a link to it) for a card, a plan or a
        // report must not pass as evidence of anything.
        if (this.manifestAbs === undefined) {
            const self = this.repo.resolve(this.manifest.file);
            this.manifestAbs = self.ok ? self.abs : null;
        }
        if (resolved.abs === this.manifestAbs) {
            return { ok: false, problem: { message: `${resolved.rel} is this system's manifest, which cannot be evidence for itself; cite the document that holds the evidence` } };
        }
        const cited = { rel: resolved.rel };
        if (fragment)
            cited.fragment = fragment;
        return { ok: true, value: cited };
    }
    /** A Markdown card (model or dataset card) cited by the manifest. */
    card(ref) {
        // One card per file, whatever `#section` each citation names: a plan cited for five of its
        // sections is parsed once.
        const hash = ref.indexOf('#');
        return this.cached(`card:${hash >= 0 ? ref.slice(0, hash) : ref}`, () => {
            const text = this.text(ref);
            if (!text.ok)
                return text;
            return { ok: true, value: this.parsed(() => (0,_load_model_card_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCard */ .co)(text.value.text, text.value.rel)) };
        });
    }
    /**
     * A cited file of one evidence kind, normalised by the adapter its `format` names (each
     * manifest field that cites it says), else by the first adapter that recognises it.
     */
    evidence(kind, ref, format) {
        return this.cached(`${kind.id}:${format ?? ''}:${ref}`, () => this.structured(ref, format, kind));
    }
    /** The text of a file a manifest's path names (a cited document, or a model folder's config.json), inside the repository and under max-file-size. */
    text(ref) {
        const cited = this.file(ref);
        if (!cited.ok)
            return cited;
        const read = this.repo.readText(cited.value.rel);
        if (!read.ok) {
            const problem = { message: read.problem.message };
            if (read.problem.kind === 'binary' || read.problem.kind === 'not-utf8')
                problem.binary = true;
            if (read.problem.line !== undefined)
                problem.at = { file: cited.value.rel, line: read.problem.line, column: 1 };
            return { ok: false, problem };
        }
        return { ok: true, value: { rel: cited.value.rel, text: read.text } };
    }
    structured(ref, format, kind) {
        const { adapters, what } = kind;
        const text = this.text(ref);
        if (!text.ok)
            return text;
        const { rel } = text.value;
        const parsed = this.parsed(() => (0,_structured_js__WEBPACK_IMPORTED_MODULE_5__/* .parseEvidence */ .v)(rel, text.value.text, this.kinds));
        if (!parsed.ok) {
            const { message, line, column } = parsed.error;
            return { ok: false, problem: { message: `${rel}: ${message}`, at: { file: rel, line, column } } };
        }
        const read = this.withIncludes(kind, parsed.doc, rel, [rel], { files: MAX_INCLUDED_FILES, bytes: this.repo.maxFileBytes - Buffer.byteLength(text.value.text), read: new Set([this.realPath(rel)]) });
        if (!read.ok)
            return read;
        const doc = read.value;
        const start = { file: rel, line: 1, column: 1 };
        const value = doc.value;
        if (format) {
            const adapter = adapters.find((a) => a.format === format);
            // The manifest's declaration is at fault, not the file: the citing rule points at its `format:`.
            if (!adapter)
                return { ok: false, problem: { message: `${what} format "${format}" is not supported; supported: ${knownFormats(kind)}`, atFormat: true } };
            // A file of another format gets a finding that says so, not a list of schema errors.
            const lookalike = adapter.detect(value) ? undefined : describeLookalike(value, this.kinds);
            if (lookalike) {
                return { ok: false, problem: { message: `${rel} is declared as a ${format} ${what}, but it looks like ${lookalike}`, at: start } };
            }
            return adapter.normalise(doc);
        }
        const detected = adapters.find((a) => a.detect(value));
        if (detected)
            return detected.normalise(doc);
        const lookalike = describeLookalike(value, this.kinds);
        return {
            ok: false,
            problem: {
                message: lookalike
                    ? `${rel} is cited as a ${what}, but it looks like ${lookalike}`
                    : `${rel} is not a ${what} in a format modelgate reads (${knownFormats(kind)}); check the file or declare its format`,
                at: start,
            },
        };
    }
    /**
     * The document with the files it includes read in (Fluent Bit's @INCLUDE and YAML includes:),
     * as the tool reads it: each relative to the folder Fluent Bit resolves it from (the cited
     * file's for @INCLUDE, the naming file's for includes:), and under the same
     * rules as a cited file (inside the repository, capped, noted as used). `chain` is the files
     * being read, outermost first: a file that includes itself, or includes nested deeper than
     * MAX_INCLUDE_DEPTH, is a finding at the line that includes it, as is one that cannot be read.
     */
    withIncludes(kind, doc, cited, chain, budget) {
        const includes = kind.includes?.(doc) ?? [];
        if (includes.length === 0 || !kind.merge)
            return { ok: true, value: doc };
        const folderOf = (file) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
        const included = [];
        for (const { path, line, directive = '@INCLUDE', fromNamingFile } of includes) {
            const at = { file: doc.file, line, column: 1 };
            const fail = (why) => ({ ok: false, problem: { message: `${doc.file}: ${directive} ${path}: ${why}`, at } });
            if (/[*?[]/.test(path))
                return fail('a pattern, which modelgate does not expand; include each file by name');
            const resolved = this.repo.resolve(path, folderOf(fromNamingFile ? doc.file : cited));
            if (!resolved.ok)
                return fail(resolved.problem.message);
            if (chain.includes(resolved.rel))
                return fail(`${resolved.rel} is already being read (an ${directive === '@INCLUDE' ? '@INCLUDE' : 'include'} cycle)`);
            // Fluent Bit reads each classic file once (by inode): a second @INCLUDE of one stops it
            // starting. A YAML file included twice would define its plugins twice; either way, once.
            if (budget.read.has(resolved.abs)) {
                return fail(`${resolved.rel} is already included; ${directive === '@INCLUDE' ? 'Fluent Bit refuses to read a file twice, and does not start' : 'include each file once'}`);
            }
            budget.read.add(resolved.abs);
            if (chain.length > MAX_INCLUDE_DEPTH)
                return fail(`included more than ${MAX_INCLUDE_DEPTH} levels deep`);
            if (--budget.files < 0)
                return fail(`more than ${MAX_INCLUDED_FILES} included files, the most modelgate reads for one cited file`);
            this.use(resolved.rel);
            const text = this.repo.readText(resolved.rel);
            if (!text.ok)
                return fail(text.problem.message);
            // A cited file and all it includes count as one file against max-file-size: no more to
            // read than one file, however it is split (or however often one file is included).
            budget.bytes -= Buffer.byteLength(text.text);
            if (budget.bytes < 0)
                return fail(`${cited} and the files it includes are over the ${(0,_fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(this.repo.maxFileBytes)} limit together (max-file-size)`);
            const parsed = this.parsed(() => (0,_structured_js__WEBPACK_IMPORTED_MODULE_5__/* .parseEvidence */ .v)(resolved.rel, text.text, this.kinds));
            if (!parsed.ok)
                return { ok: false, problem: { message: `${resolved.rel}: ${parsed.error.message}`, at: { file: resolved.rel, line: parsed.error.line, column: parsed.error.column } } };
            const nested = this.withIncludes(kind, parsed.doc, cited, [...chain, resolved.rel], budget);
            if (!nested.ok)
                return nested;
            included.push(nested.value);
        }
        const merged = kind.merge(doc, included);
        if (!merged.ok)
            return { ok: false, problem: { message: `${doc.file}: ${merged.error.message}`, at: { file: doc.file, line: merged.error.line, column: merged.error.column } } };
        return { ok: true, value: merged.doc };
    }
    /** Where a file read is, links resolved: the same file under two names is one file. */
    realPath(rel) {
        const resolved = this.repo.resolve(rel);
        return resolved.ok ? resolved.abs : rel;
    }
    /**
     * A digest of a cited file's text, so the engine can tell one system's report copied into
     * another's folder (evidence/own-system). White space does not count (red team: a copy with a
     * newline added, CRLF line ends or its JSON minified passed as another report). Undefined
     * when the file cannot be read, or holds too little to be anyone's in particular (`{}`, an
     * empty list: other rules judge those).
     */
    textDigest(ref) {
        const read = this.text(ref);
        if (!read.ok)
            return undefined;
        const content = read.value.text.replace(/\s+/g, '');
        return content.length < MIN_DIGESTED_CHARS ? undefined : digestOf(content);
    }
    /**
     * A digest of what a reader sees of a cited document (readableText), white space aside: an
     * edit made only of an HTML comment or a link definition leaves it as it was. Undefined
     * when the file cannot be read; however short, a text has one.
     */
    readableDigest(ref) {
        const read = this.text(ref);
        if (!read.ok)
            return undefined;
        return digestOf((0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_3__/* .readableText */ .Gh)(read.value.text).replace(/\s+/g, ''));
    }
    /** SHA-256 of a cited file, streamed (data files may be larger than the text cap). */
    sha256(rel) {
        this.use(rel);
        const hash = this.repo.sha256(rel);
        return hash.ok ? { ok: true, value: hash.hex } : { ok: false, problem: { message: hash.problem.message } };
    }
    /**
     * Up to `count` bytes from `position` of a file the manifest names, and its size, to tell its
     * format (only those bytes are read: model weights run to gigabytes); undefined when it names
     * no file of the repository (a URI, an absolute path or one outside the repository, a file not
     * there: weights kept in a registry). A link out of the repository, or a folder, is an error.
     */
    bytesAt(ref, position, count) {
        if ((0,_fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .isUri */ .nh)(ref))
            return { ok: true, value: undefined };
        const resolved = this.resolution(ref);
        if (!resolved.ok) {
            const submodule = resolved.problem.kind === 'missing' && resolved.rel !== undefined ? this.repo.submoduleAbove?.(resolved.rel) : undefined;
            if (submodule !== undefined)
                return { ok: false, problem: { message: `${resolved.rel} lies in the submodule ${submodule}, which this checkout did not fetch; check out with submodules: true for modelgate to read it` } };
            return ELSEWHERE.has(resolved.problem.kind) ? { ok: true, value: undefined } : { ok: false, problem: { message: resolved.problem.message } };
        }
        this.use(resolved.rel);
        const read = this.repo.bytesAt(resolved.rel, position, count);
        return read.ok ? { ok: true, value: { rel: resolved.rel, bytes: read.bytes, size: read.size } } : { ok: false, problem: { message: read.problem.message } };
    }
    /**
     * The files and links in the folder of a file the manifest names, written as `ref` writes its
     * folder: what else a model folder holds (a Hugging Face cache's files are links). Undefined when `ref` does not resolve or its folder
     * cannot be listed; TOO_MANY_FILES when it holds more than filesIn lists.
     */
    filesBeside(ref) {
        const resolved = this.resolution(ref);
        if (!resolved.ok)
            return undefined;
        const slash = resolved.rel.lastIndexOf('/');
        const names = this.repo.filesIn(slash < 0 ? '' : resolved.rel.slice(0, slash));
        const folder = ref.slice(0, Math.max(ref.lastIndexOf('/'), ref.lastIndexOf('\\')) + 1);
        return names === _fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .TOO_MANY_FILES */ .rN ? names : names?.map((name) => folder + name);
    }
    cached(key, load) {
        let result = this.cache.get(key);
        if (!result) {
            const outer = this.loading;
            const files = [];
            this.loading = files;
            try {
                result = load();
            }
            finally {
                this.loading = outer;
            }
            this.cache.set(key, result);
            if (files.length > 0)
                this.cachedFiles.set(key, files);
            outer?.push(...files);
        }
        else {
            for (const file of this.cachedFiles.get(key) ?? [])
                this.use(file);
        }
        return result;
    }
}
/** Texts shorter than this (white space aside) are not compared across systems: `{}` or `[]` is no one's copy. */
const MIN_DIGESTED_CHARS = 32;
/** How deep included files may nest (Fluent Bit's own limit is its stack; real configs nest one or two). */
const MAX_INCLUDE_DEPTH = 8;
/** How many files one cited file may include in all. */
const MAX_INCLUDED_FILES = 64;
/** "an Evidently monitoring config", when some adapter of any kind recognises the value. */
function describeLookalike(value, kinds) {
    for (const kind of kinds) {
        const adapter = kind.adapters.find((a) => a.detect(value));
        if (adapter)
            return `a ${adapter.format === 'modelgate' ? 'modelgate' : adapter.format} ${kind.what}`;
    }
    return undefined;
}
/** The formats modelgate reads for an evidence kind, for messages ("fairlearn, aif360"). */
const knownFormats = (kind) => kind.adapters.map((adapter) => adapter.format).join(', ');
/** The digest textDigest and readableDigest give a text (white space already taken out). */
function digestOf(content) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('base64');
}


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

/***/ 5204:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');

/***/ })

};

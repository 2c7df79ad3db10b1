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
// EXTERNAL MODULE: ./build/evidence/registry.js + 43 modules
var registry = __webpack_require__(9105);
// EXTERNAL MODULE: ./build/evidence/store.js + 1 modules
var store = __webpack_require__(4590);
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
        const evidence = new store/* EvidenceStore */.xS(repo, manifest, registry/* EVIDENCE_KINDS */.A);
        const ref = manifest.data.modelCard;
        const card = typeof ref === 'string' && ref.trim() !== '' ? evidence.card(ref) : undefined;
        const text = formatMlBom({ manifest, ...(card?.ok ? { card: card.value } : {}), evidence, asOf: options.asOf, toolVersion: options.toolVersion });
        return { ok: true, manifest: file, id: (0,source_doc/* asText */.e1)((0,load_manifest/* systemId */.JO)(manifest)), text };
    });
}


/***/ }),

/***/ 5204:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');

/***/ })

};

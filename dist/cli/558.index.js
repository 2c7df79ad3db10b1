export const id = 558;
export const ids = [558];
export const modules = {

/***/ 3880:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ filesOfFinding),
/* harmony export */   m: () => (/* binding */ auditSystems)
/* harmony export */ });
/* harmony import */ var _policy_obligations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6020);
/* harmony import */ var _policy_frameworks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8578);
/* harmony import */ var _coverage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(169);
/* harmony import */ var _conformance_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(210);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7177);
/**
 * What the audit exports (CycloneDX attestation, Statement of Applicability) read of a report,
 * per system: each control's coverage and what it means to an auditor (conformance.ts), the
 * findings behind it, and the files those findings judged, with the digests taken when the files
 * were read. Built from the report and the policy's exclusions, so every export says the same.
 */





/**
 * Each system's audit. `frameworks`: the report's coverage (the policy's scope), or a scope of
 * its own (the SoA needs all 38 Annex A controls, whatever the policy reports). Made one system
 * at a time, as it is read: an export of thousands of systems never holds them all.
 */
function* auditSystems(report, exclusions, frameworks) {
    const bySystem = (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .groupBy */ .$z)(report.findings, (f) => f.system);
    const coverageOf = new Map(report.coverage.map((c) => [c.system, c]));
    for (const summary of report.systems) {
        const findings = bySystem.get(summary.id) ?? [];
        // ISO/IEC 42001 controls apply to every system: no AI Act timeline is needed to count them.
        const coverage = frameworks ? (0,_coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .computeCoverage */ .Eh)([summary], findings, { scope: frameworks, timeline: _policy_obligations_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TIMELINE */ .yy, asOf: new Date(`${report.provenance.asOf}T00:00:00Z`), failOn: report.failOn })[0] : coverageOf.get(summary.id);
        yield auditSystem(summary, findings, coverage, exclusions);
    }
}
function auditSystem(summary, findings, coverage, exclusions) {
    const catalogs = (0,_policy_frameworks_js__WEBPACK_IMPORTED_MODULE_1__/* .loadFrameworks */ .AZ)();
    const digests = new Map((summary.files ?? []).map((f) => [f.path, f.sha256]));
    return {
        summary,
        digests,
        findings,
        frameworks: (coverage?.frameworks ?? []).map((framework) => {
            const excluded = framework.framework === 'iso42001' ? (exclusions.iso42001 ?? {}) : {};
            const behind = new Map();
            for (const finding of findings) {
                for (const id of (0,_conformance_js__WEBPACK_IMPORTED_MODULE_3__/* .controlsOfFinding */ .xt)(finding, framework.framework)) {
                    const list = behind.get(id);
                    if (list)
                        list.push(finding);
                    else
                        behind.set(id, [finding]);
                }
            }
            return {
                key: framework.framework,
                name: catalogs.get(framework.framework)?.name ?? framework.name,
                controls: framework.controls.map((control) => {
                    const exclusion = excluded[control.id]?.justification;
                    const judged = behind.get(control.id) ?? [];
                    return {
                        id: control.id,
                        title: control.title,
                        coverage: control,
                        meaning: (0,_conformance_js__WEBPACK_IMPORTED_MODULE_3__/* .meaningOf */ .Pr)(control, exclusion),
                        ...(exclusion !== undefined ? { exclusion } : {}),
                        findings: judged,
                        files: [...new Set(judged.flatMap(filesOfFinding))].sort(),
                    };
                }),
            };
        }),
    };
}
/** The files a finding is about: where it is located, and the cited files its rule's check used. */
function filesOfFinding(finding) {
    return finding.evidence ? [finding.file, ...finding.evidence.filter((f) => f !== finding.file)] : [finding.file];
}


/***/ }),

/***/ 210:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pr: () => (/* binding */ meaningOf),
/* harmony export */   ak: () => (/* binding */ frameworkConformance),
/* harmony export */   xt: () => (/* binding */ controlsOfFinding)
/* harmony export */ });
/* unused harmony exports STATUS_MEANING, EXCLUDED, findingControls */
/* harmony import */ var _policy_frameworks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8578);
/**
 * What each coverage status means to an auditor, in one table: the Statement of Applicability's
 * status, and the CycloneDX attestation's conformance. A new status (such as `supported`: a
 * declaration or a file's presence, content not judged) is one line here. Only `evidenced`, a
 * rule that judged content and passed, ever counts as conformance; a control nothing checks, or
 * only a declaration supports, is never counted as met.
 */

const STATUS_MEANING = {
    evidenced: { soa: 'evidenced', conformance: 'met', rationale: 'every rule mapped to it that applies passed, and they judge content' },
    supported: {
        soa: 'supported (declared or present; content not judged)',
        conformance: 'not-met',
        rationale: 'only declarations or the presence of a file support it, or not every part of it is evidenced: nothing shows its content',
    },
    failing: { soa: 'failing', conformance: 'not-met', rationale: 'a rule mapped to it failed' },
    waived: { soa: 'waived (failing, excused until the waiver expires)', conformance: 'not-met', rationale: 'a rule mapped to it failed and the failure is waived: a waiver excuses, it does not conform' },
    'not-applicable': { soa: 'not checked (no rule mapped to it applies to this system)', conformance: 'not-met', rationale: 'no rule mapped to it applies to this system, so nothing shows it is met' },
    'not-covered': { soa: 'not covered (nothing checked it for this system)', conformance: 'not-met', rationale: 'no rule of the policy checked it for this system' },
};
/** A control the policy excludes (ISO/IEC 42001 6.1.3): neither met nor not met, with its reason. */
const EXCLUDED = { soa: 'excluded', conformance: 'not-applicable', rationale: 'excluded by the policy' };
/** The control references of a finding for one framework, evidenced and supported alike. */
function findingControls(finding, framework) {
    return [...(finding.evidences[framework] ?? []), ...(finding.supports[framework] ?? [])];
}
/** The controls (rolled up, as coverage counts them) a finding bears on, in one framework. */
function controlsOfFinding(finding, framework) {
    const catalog = (0,_policy_frameworks_js__WEBPACK_IMPORTED_MODULE_0__/* .loadFrameworks */ .AZ)().get(framework);
    const ids = new Set();
    for (const reference of findingControls(finding, framework)) {
        const id = catalog ? (0,_policy_frameworks_js__WEBPACK_IMPORTED_MODULE_0__/* .controlOf */ .rs)(catalog, reference) : reference;
        if (id)
            ids.add(id);
    }
    return ids;
}
/** A framework's conformance: met / (met + not met), and the counts behind it, in words. */
function frameworkConformance(statuses) {
    const met = statuses.filter((s) => s.conformance === 'met').length;
    const assessed = statuses.filter((s) => s.conformance !== 'not-applicable').length;
    return { score: assessed === 0 ? 0 : Math.round((met / assessed) * 10_000) / 10_000, met, assessed };
}
/**
 * What one control's coverage means: excluded by the policy (ISO/IEC 42001 6.1.3, with its
 * justification); not applicable for a stated reason (an obligation of another tier, say);
 * else the status's row of STATUS_MEANING, with the reason coverage gave in place of the row's
 * general one (a part not evidenced, a notice found, no rule that applied). A control whose
 * rules merely did not run stays applicable and unmet.
 */
function meaningOf(control, exclusion) {
    if (exclusion !== undefined)
        return { ...EXCLUDED, rationale: `excluded by the policy: ${exclusion}` };
    if (control.status === 'not-applicable' && control.reason)
        return { soa: 'not applicable', conformance: 'not-applicable', rationale: `not applicable: ${control.reason}` };
    const meaning = STATUS_MEANING[control.status];
    if (control.reason && (control.status === 'supported' || control.status === 'not-covered')) {
        return { ...meaning, soa: `${control.status === 'supported' ? 'supported' : 'not covered'} (${control.reason})`, rationale: control.reason };
    }
    return meaning;
}


/***/ }),

/***/ 4558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KR: () => (/* binding */ ref),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   RE: () => (/* binding */ serialNumberOf),
/* harmony export */   writeCycloneDx: () => (/* binding */ writeCycloneDx),
/* harmony export */   zQ: () => (/* binding */ pathUrl)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _policy_frameworks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8578);
/* harmony import */ var _audit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3880);
/* harmony import */ var _conformance_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(210);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9924);
/**
 * The audit export (`--format cyclonedx`): a CycloneDX 1.6 JSON document whose `declarations`
 * attest each system against each framework the policy reports, in CycloneDX's attestation
 * model (CDXA):
 *
 * - targets: each system (an application) with its model and its datasets as components;
 * - claims: one per control per framework per system ("this system meets control X");
 * - evidence: each file a system's check read, with its path, SHA-256, the checks run on it
 *   (rule ids and messages) and their result;
 * - attestations: per system and framework, a map from each requirement (control) to its claim
 *   and conformance (score and rationale), plus the framework's own conformance;
 * - definitions.standards: the frameworks and their controls as requirements.
 *
 * Written as plain JSON (the CycloneDX library has no model of declarations) and validated
 * against the 1.6 schema in the tests. Deterministic: the timestamp is the as-of day, not the
 * time of the run, and the serial number is derived from the document's own content, so the
 * same inputs give the same bytes. Strings from the repository are data in JSON, escaped by
 * JSON.stringify; control characters are written out all the same (visibleText), and paths are
 * percent-encoded in bom-refs and URLs.
 */





/** Edition or version of each framework, as the standards are published. */
const STANDARD_VERSION = {
    iso42001: '2023',
    euAiAct: 'Regulation (EU) 2024/1689',
    nistAiRmf: '1.0 (NIST AI 100-1)',
    iso24028: '2020',
};
const STANDARD_OWNER = {
    iso42001: 'ISO/IEC JTC 1/SC 42',
    euAiAct: 'European Parliament and Council of the European Union',
    nistAiRmf: 'National Institute of Standards and Technology',
    iso24028: 'ISO/IEC JTC 1/SC 42',
};
const ASSESSOR = 'assessor:modelgate';
/**
 * Writes the document in pieces, one system at a time, so an export of thousands of systems is
 * never one string (nor one object) in memory. The same text as JSON.stringify(document, null, 2).
 * The serial number comes last: a UUID (version 8, RFC 9562) made from the SHA-256 of everything
 * written before it.
 */
function writeCycloneDx(report, options, output) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const write = (chunk) => {
        hash.update(chunk);
        output(chunk);
    };
    const systems = () => (0,_audit_js__WEBPACK_IMPORTED_MODULE_2__/* .auditSystems */ .m)(report, options.exclusions);
    const { provenance } = report;
    const metadata = {
        // The as-of day, not the clock: the same inputs give the same document.
        timestamp: `${provenance.asOf}T00:00:00Z`,
        tools: { components: [{ type: 'application', 'bom-ref': 'tool:modelgate', name: 'modelgate', version: provenance.tool.version }] },
        properties: [
            { name: 'modelgate:commit', value: provenance.commit ?? 'none' },
            { name: 'modelgate:commit-source', value: provenance.commitSource },
            { name: 'modelgate:as-of', value: provenance.asOf },
            { name: 'modelgate:policy-digest', value: provenance.policy.digest },
            ...provenance.policy.packs.map((pack) => ({ name: 'modelgate:policy-pack', value: text(pack) })),
            { name: 'modelgate:verdict', value: report.verdict },
            { name: 'modelgate:fail-on', value: report.failOn },
        ],
    };
    write(`{\n  "bomFormat": "CycloneDX",\n  "specVersion": "1.6",\n  "version": 1,\n  "metadata": ${indented(metadata, 1)},\n`);
    write(`  "definitions": ${indented({ standards: frameworksOf(report).map(standard) }, 1)},\n`);
    write(`  "declarations": {\n    "assessors": ${indented([{ 'bom-ref': ASSESSOR, thirdParty: false }], 2)},\n`);
    const array = (name, items, depth, last = false) => {
        const pad = '  '.repeat(depth);
        write(`${pad}${JSON.stringify(name)}: [`);
        let first = true;
        for (const system of systems()) {
            for (const item of items(system)) {
                write(`${first ? '' : ','}\n${pad}  ${indented(item, depth + 1)}`);
                first = false;
            }
        }
        write(`${first ? '' : `\n${pad}`}]${last ? '' : ','}\n`);
    };
    array('attestations', (system) => systemDeclarations(system, 'attestations').attestations, 2);
    array('claims', (system) => systemDeclarations(system, 'claims').claims, 2);
    array('evidence', (system) => systemDeclarations(system, 'evidence').evidence, 2);
    write('    "targets": {\n');
    array('components', (system) => [targetComponent(system, ref('system', system.summary.id))], 3, true);
    write('    }\n  },\n');
    output(`  "serialNumber": ${JSON.stringify(serialNumberOf(hash.digest('hex')))}\n}\n`);
}
/** A CycloneDX serial number made from a SHA-256 (hex) of the document: a UUID, version 8 (RFC 9562). */
function serialNumberOf(hex) {
    const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
    return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
/** JSON.stringify(value, null, 2), its lines indented to sit `depth` levels deep. */
function indented(value, depth) {
    return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}
/**
 * One system's attestations (one per framework), claims (one per control) and evidence (one per
 * file); each pass over the systems makes only the `part` it writes.
 */
function systemDeclarations(system, part) {
    const claims = [];
    const evidence = [];
    const attestations = [];
    const target = ref('system', system.summary.id);
    const evidenceRefs = new Map();
    for (const [file, findings] of evidenceFiles(system)) {
        const bomRef = ref('evidence', system.summary.id, file);
        evidenceRefs.set(file, bomRef);
        if (part === 'evidence')
            evidence.push(evidenceItem(bomRef, file, system.digests.get(file), findings));
    }
    if (part === 'evidence')
        return { attestations, claims, evidence };
    for (const framework of system.frameworks) {
        const map = [];
        for (const control of framework.controls) {
            const claim = ref('claim', system.summary.id, framework.key, control.id);
            const failingFiles = new Set(control.findings.filter((f) => f.status === 'fail' || f.status === 'waived').flatMap(_audit_js__WEBPACK_IMPORTED_MODULE_2__/* .filesOfFinding */ .C));
            const supporting = control.files.filter((f) => !failingFiles.has(f)).map((f) => evidenceRefs.get(f));
            const against = [...failingFiles].sort().map((f) => evidenceRefs.get(f));
            const rationale = `${control.coverage.status}: ${control.meaning.rationale}${rulesText(control.coverage.rules)}`;
            if (part === 'claims') {
                claims.push({
                    'bom-ref': claim,
                    target,
                    predicate: `${text(system.summary.id)} meets ${framework.name} ${control.id} (${control.title})`,
                    ...(supporting.length > 0 ? { evidence: supporting } : {}),
                    ...(against.length > 0 ? { counterEvidence: against } : {}),
                    reasoning: rationale,
                });
                continue;
            }
            const { conformance } = control.meaning;
            map.push({
                requirement: ref('requirement', framework.key, control.id),
                claims: [claim],
                conformance: { ...(conformance === 'not-applicable' ? {} : { score: conformance === 'met' ? 1 : 0 }), rationale },
            });
        }
        if (part === 'claims')
            continue;
        const overall = (0,_conformance_js__WEBPACK_IMPORTED_MODULE_3__/* .frameworkConformance */ .ak)(framework.controls.map((c) => c.meaning));
        map.unshift({ requirement: ref('requirement', framework.key), conformance: { score: overall.score, rationale: frameworkRationale(framework, overall) } });
        attestations.push({
            summary: `${text(system.summary.id)} against ${framework.name}: ${overall.met} of ${overall.assessed} assessed controls evidenced by checks of content`,
            assessor: ASSESSOR,
            map,
        });
    }
    return { attestations, claims, evidence };
}
/** A bom-ref: kind and parts, joined so that different parts cannot make the same ref. */
function ref(kind, ...parts) {
    return `${kind}:${parts.map((p) => encodeURIComponent(p)).join('/')}`;
}
/** A repository string as CycloneDX text: no control characters, bounded. */
function text(value) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .visibleText */ .Q6)(value, 2000);
}
/** A repository-relative path as an IRI reference (each segment percent-encoded). */
function pathUrl(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}
function rulesText(rules) {
    return rules.length > 0 ? ` (rules: ${rules.join(', ')})` : '';
}
function frameworkRationale(framework, overall) {
    const counts = new Map();
    for (const control of framework.controls) {
        const key = control.meaning.conformance === 'not-applicable' ? (control.exclusion !== undefined ? 'excluded' : 'not applicable') : control.coverage.status;
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const parts = [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
    return (`${overall.met} of ${overall.assessed} assessed controls are evidenced by rules that judge content (${parts}). ` +
        'Only evidenced controls count as conformance; failing, waived, unchecked and uncovered controls count against it; excluded and not-applicable controls are left out.');
}
/** The frameworks any system is attested against, in the order the report lists them. */
function frameworksOf(report) {
    const seen = new Map();
    const catalogs = (0,_policy_frameworks_js__WEBPACK_IMPORTED_MODULE_1__/* .loadFrameworks */ .AZ)();
    for (const system of report.coverage) {
        for (const framework of system.frameworks) {
            let entry = seen.get(framework.framework);
            if (!entry)
                seen.set(framework.framework, (entry = { key: framework.framework, name: catalogs.get(framework.framework)?.name ?? framework.name, controls: new Map() }));
            for (const control of framework.controls)
                entry.controls.set(control.id, control.title);
        }
    }
    // Controls in the framework's own order.
    return [...seen.values()].map(({ key, name, controls }) => {
        const order = [...(catalogs.get(key)?.controls.keys() ?? [])];
        const ids = [...controls.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
        return { key, name, controls: ids.map((id) => ({ id, title: controls.get(id) })) };
    });
}
function standard(framework) {
    const root = ref('requirement', framework.key);
    return {
        'bom-ref': ref('standard', framework.key),
        name: framework.name,
        version: STANDARD_VERSION[framework.key],
        description: `Control identifiers and modelgate's own short titles (no text of the standard is reproduced); the first requirement stands for every control of ${framework.name} in the policy's coverage scope.`,
        owner: STANDARD_OWNER[framework.key],
        requirements: [
            { 'bom-ref': root, identifier: framework.name, title: `Every control of ${framework.name} in the policy's coverage scope` },
            ...framework.controls.map((control) => ({ 'bom-ref': ref('requirement', framework.key, control.id), identifier: control.id, title: control.title, parent: root })),
        ],
    };
}
function targetComponent(system, bomRef) {
    const { summary } = system;
    const model = {
        type: 'machine-learning-model',
        'bom-ref': ref('model', summary.id),
        name: text(summary.name ?? summary.id),
        ...(summary.version ? { version: text(summary.version) } : {}),
        ...(summary.card ? { externalReferences: [{ type: 'model-card', url: pathUrl(summary.card) }] } : {}),
    };
    const seen = new Set();
    const datasets = (summary.datasets ?? []).flatMap((dataset) => {
        if (seen.has(dataset.id))
            return [];
        seen.add(dataset.id);
        return [{ type: 'data', 'bom-ref': ref('dataset', summary.id, dataset.id), name: text(dataset.id), ...(dataset.role ? { description: `${text(dataset.role)} data` } : {}) }];
    });
    return {
        type: 'application',
        'bom-ref': bomRef,
        name: text(summary.id),
        ...(summary.version ? { version: text(summary.version) } : {}),
        ...(summary.name ? { description: text(summary.name) } : {}),
        externalReferences: [{ type: 'other', url: pathUrl(summary.manifest), comment: 'the system manifest (ai-system.yaml)' }],
        components: [model, ...datasets],
    };
}
/** Each file a system's findings judged, or its check read, with those findings (sorted by path). */
function evidenceFiles(system) {
    const byFile = new Map();
    for (const file of system.digests.keys())
        byFile.set(file, []);
    for (const finding of system.findings) {
        for (const file of (0,_audit_js__WEBPACK_IMPORTED_MODULE_2__/* .filesOfFinding */ .C)(finding)) {
            const list = byFile.get(file);
            if (list)
                list.push(finding);
            else
                byFile.set(file, [finding]);
        }
    }
    return [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
const RESULT_ORDER = ['fail', 'waived', 'pass', 'not-applicable'];
function evidenceItem(bomRef, file, sha256, findings) {
    const result = findings.length === 0 ? 'read' : RESULT_ORDER.find((s) => findings.some((f) => f.status === s));
    const checks = findings.map((f) => ({ rule: f.ruleId, status: f.status, line: f.line, message: text(f.message) }));
    const counts = RESULT_ORDER.map((s) => [s, findings.filter((f) => f.status === s).length]).filter(([, n]) => n > 0);
    return {
        'bom-ref': bomRef,
        propertyName: 'modelgate:evidence-file',
        description: `${text(file)}${sha256 ? ` (sha256 ${sha256})` : ' (not read: only its existence was checked, so it has no digest)'}: ` +
            (findings.length === 0 ? 'read by the check; no rule judged it' : `${counts.map(([s, n]) => `${n} ${s}`).join(', ')}; result ${result}`),
        data: [
            {
                name: text(file),
                contents: {
                    attachment: { contentType: 'application/json', content: JSON.stringify({ path: file, sha256: sha256 ?? null, result, checks }) },
                    url: pathUrl(file),
                },
            },
        ],
    };
}


/***/ })

};

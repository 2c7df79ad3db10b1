export const id = 150;
export const ids = [150];
export const modules = {

/***/ 5150:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatSarif: () => (/* binding */ formatSarif)
/* harmony export */ });
/* unused harmony exports SARIF_SCHEMA, MAX_RESULTS_PER_RUN, FINGERPRINT_KEY */
/* harmony import */ var _policy_baseline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7524);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9924);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7177);
/**
 * SARIF 2.1.0 for GitHub code scanning (`--format sarif`): one run per category, a result for
 * each failing or waived finding (waived ones carry an accepted external suppression), and a
 * rule descriptor for each rule that has a result. Fingerprints leave the line out, so an alert
 * survives edits above it.
 */



const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub code scanning rejects a run with more results than this. */
const MAX_RESULTS_PER_RUN = 25_000;
/** GitHub keeps at most 20 tags per rule. */
const MAX_TAGS = 20;
const FINGERPRINT_KEY = 'modelgateFindingHash/v1';
const INFORMATION_URI = 'https://github.com/modelgate/modelgate';
const SRCROOT = '%SRCROOT%';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function formatSarif(report, options = {}) {
    const category = trimTrailingSlashes(options.category ?? 'modelgate');
    // Failures first, most severe first, so a cut at GitHub's limit keeps what matters most.
    const candidates = [...(0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .failuresInPriorityOrder */ .t$)(report.findings), ...report.findings.filter((f) => f.status === 'waived')];
    const kept = candidates.slice(0, MAX_RESULTS_PER_RUN);
    const left = candidates.length - kept.length;
    const ruleIds = [...new Set(kept.map((f) => f.ruleId))].sort();
    const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
    const firstFinding = new Map();
    for (const finding of kept)
        if (!firstFinding.has(finding.ruleId))
            firstFinding.set(finding.ruleId, finding);
    const rules = ruleIds.map((id) => describeRule(firstFinding.get(id), options.rules?.get(id)));
    const fingerprints = fingerprintsOf(kept);
    const results = kept.map((finding, i) => {
        const index = ruleIndex.get(finding.ruleId);
        return {
            ruleId: finding.ruleId,
            ruleIndex: index,
            level: LEVEL[finding.severity],
            message: { text: resultText(finding, options.rules?.get(finding.ruleId)) },
            locations: [{ ...at(finding.file, region(finding)), logicalLocations: [logicalLocation(finding)] }],
            partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[i] },
            ...(finding.status === 'waived' && finding.waiver ? { suppressions: [suppression(finding.waiver)] } : {}),
        };
    });
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'modelgate',
                        version: report.tool.version,
                        semanticVersion: report.tool.version,
                        informationUri: INFORMATION_URI,
                        rules,
                    },
                },
                automationDetails: { id: `${category}/` },
                invocations: [
                    {
                        executionSuccessful: true,
                        ...(left > 0 ? { toolExecutionNotifications: [truncationNotice(left, candidates.length)] } : {}),
                    },
                ],
                // Columns come from JavaScript string offsets, which count UTF-16 code units.
                columnKind: 'utf16CodeUnits',
                results,
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
function describeRule(finding, text) {
    const title = text?.title ?? finding.ruleId;
    const remediation = text?.remediation ?? finding.remediation;
    const evidenced = controlsByFramework(finding.evidences);
    const supported = controlsByFramework(finding.supports);
    const listed = (frameworks) => frameworks.map(({ framework, ids }) => `${framework} ${ids.join(', ')}`).join('; ');
    const controls = [evidenced.length && `evidences ${listed(evidenced)}`, supported.length && `supports ${listed(supported)}`].filter(Boolean).join(' · ');
    const docs = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownUrl */ .$x)(finding.docs);
    const helpText = [remediation && `Fix: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .visibleText */ .Q6)(remediation)}`, controls && `Controls: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .visibleText */ .Q6)(controls)}`, docs && `Docs: ${docs}`];
    const helpMarkdown = [remediation && `**Fix:** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(remediation)}`, controls && `**Controls:** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(controls)}`, docs && `[Rule documentation](${docs})`];
    return {
        id: finding.ruleId,
        name: pascalCase(finding.ruleId),
        shortDescription: { text: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .sarifText */ .BC)(sentence(title)) },
        fullDescription: { text: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .sarifText */ .BC)(sentence(text?.description?.trim() || title)) },
        help: { text: helpText.filter(Boolean).join('\n\n'), markdown: helpMarkdown.filter(Boolean).join('\n\n') },
        ...(docs ? { helpUri: docs } : {}),
        defaultConfiguration: { level: LEVEL[finding.severity] },
        // Tags filter alerts in code scanning; a control id alone is ambiguous across frameworks.
        properties: { tags: [...new Set([...evidenced, ...supported].flatMap(({ framework, ids }) => ids.map((id) => `${framework} ${id}`)))].slice(0, MAX_TAGS) },
    };
}
const FRAMEWORK_LABELS = {
    iso42001: 'ISO/IEC 42001',
    euAiAct: 'EU AI Act',
    nistAiRmf: 'NIST AI RMF',
    iso24028: 'ISO/IEC TR 24028',
};
function controlsByFramework(controls) {
    return Object.keys(FRAMEWORK_LABELS)
        .map((key) => ({ framework: FRAMEWORK_LABELS[key], ids: [...new Set(controls[key] ?? [])] }))
        .filter(({ ids }) => ids.length > 0);
}
/** `data/dataset-license` → `DataDatasetLicense`: SARIF's convention for a rule's friendly name. */
function pascalCase(id) {
    return id
        .split(/[^A-Z0-9]+/i)
        .filter(Boolean)
        .map((word) => word[0]?.toUpperCase() + word.slice(1))
        .join('');
}
/** Code scanning shows only the message, so it carries the fix as well. */
function resultText(finding, text) {
    const remediation = finding.remediation ?? text?.remediation;
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .sarifText */ .BC)(remediation ? `${sentence(finding.message)} Fix: ${sentence(remediation)}` : sentence(finding.message));
}
function sentence(text) {
    return /[.!?]$/.test(text) ? text : `${text}.`;
}
/** The end is given only on one line: a span over several lines would mark whole blocks. */
function region(finding) {
    const start = { startLine: Math.max(1, finding.line), startColumn: Math.max(1, finding.column) };
    const oneLine = (finding.endLine ?? finding.line) === finding.line && finding.endColumn !== undefined && finding.endColumn > start.startColumn;
    return oneLine ? { ...start, endLine: start.startLine, endColumn: finding.endColumn } : start;
}
function at(file, where) {
    // A URI, not a path: each segment percent-encoded (spaces, `#`, `%` in file names).
    const uri = file.split('/').map(encodeURIComponent).join('/');
    return { physicalLocation: { artifactLocation: { uri, uriBaseId: SRCROOT }, region: where } };
}
function logicalLocation(finding) {
    const system = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .visibleText */ .Q6)(finding.system);
    if (!finding.path)
        return { name: system, fullyQualifiedName: system, kind: 'module' };
    return { name: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .visibleText */ .Q6)(finding.path), fullyQualifiedName: `${system}:${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .visibleText */ .Q6)(finding.path)}` };
}
/**
 * A hash of what identifies a finding apart from where it is printed: rule, file, system and
 * logical path. Findings that share all four are numbered in order (`:1`, `:2`), as
 * github/codeql-action numbers its own line hashes, so each result keeps a distinct fingerprint.
 */
function fingerprintsOf(findings) {
    const seen = new Map();
    return findings.map((finding) => {
        const hash = (0,_policy_baseline_js__WEBPACK_IMPORTED_MODULE_0__/* .findingIdentity */ .AZ)(finding);
        const occurrence = (seen.get(hash) ?? 0) + 1;
        seen.set(hash, occurrence);
        return `${hash}:${occurrence}`;
    });
}
function suppression(waiver) {
    return {
        kind: 'external',
        status: 'accepted',
        justification: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .sarifText */ .BC)(`${sentence(waiver.justification)} Approved by ${waiver.approver}; expires ${waiver.expires}.`),
        // Where the waiver is written: the suppression persists there, not in the file at fault.
        location: at(waiver.file, { startLine: waiver.line }),
    };
}
function truncationNotice(left, total) {
    return {
        level: 'warning',
        message: {
            text: `${left} of ${total} results were left out: GitHub code scanning accepts at most ${MAX_RESULTS_PER_RUN} per run. Errors come first; the JSON report has every finding.`,
        },
    };
}
/** `a/b//` → `a/b`, by one backward walk (`/\/+$/` retries from every slash of a run). */
function trimTrailingSlashes(text) {
    let end = text.length;
    while (end > 0 && text[end - 1] === '/')
        end--;
    return text.slice(0, end);
}


/***/ })

};

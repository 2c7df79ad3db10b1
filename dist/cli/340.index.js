export const id = 340;
export const ids = [340];
export const modules = {

/***/ 2340:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPolicyTests: () => (/* binding */ runPolicyTests)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _engine_gate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1225);
/* harmony import */ var _fs_local_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3693);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4853);
/**
 * `modelgate policy test <dir>`: fixture-driven tests for policies and custom rules. Each
 * folder under <dir> with an `expect.yaml` is a case: a small repository (ai-system.yaml and
 * what it cites) and the findings the policy must produce on it.
 *
 *   policy: ../acme.yaml        # relative to the case; default <dir>/policy.yaml, else baseline
 *   as-of: 2026-11-22           # optional: the day evidence ages are judged on
 *   expect:
 *     verdict: fail             # optional
 *     failures:                 # each must occur; no other failure of these rules may
 *       - { rule: acme/purpose-stated, file: ai-system.yaml, line: 1, message: "…" }
 *     passes: [system/owner]    # these rules must pass
 */





function runPolicyTests(dir, remote) {
    if (!(0,_fs_local_js__WEBPACK_IMPORTED_MODULE_3__/* .isDirectory */ .wd)(dir))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${dir} is not a directory of test cases`);
    const cases = (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_3__/* .dirEntries */ .S8)(dir)
        .filter((entry) => entry.isDirectory() && (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_3__/* .exists */ .t2)(node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, entry.name, 'expect.yaml')))
        .map((entry) => entry.name)
        .sort();
    if (cases.length === 0)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${dir} has no test cases (folders with an expect.yaml)`);
    const defaultPolicy = (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_3__/* .exists */ .t2)(node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, 'policy.yaml')) ? node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, 'policy.yaml') : 'baseline';
    return cases.map((name) => runCase(node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, name), name, defaultPolicy, remote));
}
function runCase(root, name, defaultPolicy, remote) {
    const spec = readCase(root, name);
    const policy = spec.policy ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(root, spec.policy) : defaultPolicy;
    const report = (0,_engine_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .runGate */ .Rg)({ root, policy, policyBaseDir: root, ...(remote ? { remote } : {}), ...(spec['as-of'] ? { now: (0,_engine_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAsOf */ .rr)(spec['as-of']) } : {}) });
    const problems = [];
    const expected = spec.expect ?? {};
    const failures = report.findings.filter((f) => f.status === 'fail');
    if (expected.verdict && report.verdict !== expected.verdict)
        problems.push(`verdict is ${report.verdict}, expected ${expected.verdict}`);
    const wanted = expected.failures ?? [];
    const matched = new Set();
    for (const want of wanted) {
        const index = failures.findIndex((f, i) => !matched.has(i) &&
            f.ruleId === want.rule &&
            (want.file === undefined || f.file === want.file) &&
            (want.line === undefined || f.line === want.line) &&
            (want.message === undefined || f.message === want.message));
        if (index < 0)
            problems.push(`missing: ${describe(want)}`);
        else
            matched.add(index);
    }
    const checkedRules = new Set(wanted.map((w) => w.rule));
    failures.forEach((f, i) => {
        if (checkedRules.has(f.ruleId) && !matched.has(i))
            problems.push(`unexpected: ${f.ruleId} at ${f.file}:${f.line}: ${f.message}`);
    });
    for (const rule of expected.passes ?? []) {
        const results = report.findings.filter((f) => f.ruleId === rule);
        if (!results.some((f) => f.status === 'pass') || results.some((f) => f.status === 'fail')) {
            problems.push(`${rule} should pass, but ${results.length === 0 ? 'did not run' : results.map((f) => f.status).join(', ')}`);
        }
    }
    return { name, ok: problems.length === 0, problems };
}
function readCase(root, name) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, 'expect.yaml');
    try {
        const value = (0,yaml__WEBPACK_IMPORTED_MODULE_1__.parse)((0,_fs_local_js__WEBPACK_IMPORTED_MODULE_3__/* .readText */ .yR)(file));
        if (!value || typeof value !== 'object' || Array.isArray(value))
            throw new Error('it must be a mapping');
        return value;
    }
    catch (error) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`test case ${name}: expect.yaml cannot be read: ${error.message.split('\n')[0]}`);
    }
}
function describe(want) {
    const where = want.file ? ` at ${want.file}${want.line !== undefined ? `:${want.line}` : ''}` : '';
    return `${want.rule}${where}${want.message ? `: ${want.message}` : ''}`;
}


/***/ })

};

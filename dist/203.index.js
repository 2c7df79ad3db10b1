export const id = 203;
export const ids = [203];
export const modules = {

/***/ 8203:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkInWorkers: () => (/* reexport */ checkInWorkers),
  checkSystem: () => (/* reexport */ checkSystem),
  forgetSystem: () => (/* reexport */ forgetSystem),
  leftOutSystems: () => (/* reexport */ leftOutSystems),
  limitHeapGrowth: () => (/* reexport */ limitHeapGrowth),
  packCheck: () => (/* reexport */ packCheck),
  startSystemWorkers: () => (/* reexport */ startSystemWorkers),
  stopWorkers: () => (/* reexport */ stopWorkers),
  unpackCheck: () => (/* reexport */ unpackCheck)
});

// EXTERNAL MODULE: ./build/discover/discover.js
var discover = __webpack_require__(1855);
// EXTERNAL MODULE: ./build/engine/unregistered.js
var unregistered = __webpack_require__(2032);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./build/evaluate/describe.js
var describe = __webpack_require__(6733);
// EXTERNAL MODULE: ./build/evidence/check.js
var check = __webpack_require__(6792);
// EXTERNAL MODULE: ./build/policy/path.js
var path = __webpack_require__(3612);
// EXTERNAL MODULE: ./build/types.js
var types = __webpack_require__(4853);
// EXTERNAL MODULE: ./build/policy/definition.js
var definition = __webpack_require__(8850);
// EXTERNAL MODULE: ./build/policy/finding.js
var policy_finding = __webpack_require__(1022);
// EXTERNAL MODULE: ./build/policy/obligations.js + 2 modules
var obligations = __webpack_require__(6020);
// EXTERNAL MODULE: ./build/evidence/bias/checks.js
var checks = __webpack_require__(387);
// EXTERNAL MODULE: ./build/evidence/bias/fairlearn.js
var fairlearn = __webpack_require__(8380);
// EXTERNAL MODULE: ./build/evidence/robustness/types.js
var robustness_types = __webpack_require__(6806);
// EXTERNAL MODULE: ./build/evidence/monitoring/checks.js
var monitoring_checks = __webpack_require__(5702);
// EXTERNAL MODULE: ./build/evidence/monitoring/methods.js
var methods = __webpack_require__(7933);
;// CONCATENATED MODULE: ./build/evaluate/thresholds-kept.js







const MIN_MAX = [
    { name: 'min', stricter: 'higher' },
    { name: 'max', stricter: 'lower' },
    // Evidently's drift_share: the most of the columns that may drift before the run fails.
    { name: 'maxShare', shown: 'drift_share', stricter: 'lower' },
];
/** A bound that is not a finite number (`.nan`, text) bounds nothing. */
const finite = (value) => typeof value === 'number' && Number.isFinite(value);
const thresholds_kept_text = (value) => (typeof value === 'string' ? value.trim() : undefined);
const BIAS = {
    path: ['bias', 'thresholds'],
    name: 'bias.thresholds',
    identity: (t) => (thresholds_kept_text(t.metric) ? `${thresholds_kept_text(t.metric)}\u0000${typeof t.attribute === 'string' ? (0,checks/* normaliseAttribute */.tr)(t.attribute) : ''}` : undefined),
    describe: (t) => `${thresholds_kept_text(t.metric)}${typeof t.attribute === 'string' ? ` for ${t.attribute}` : ''}`,
    fields: MIN_MAX,
};
const ACCURACY = {
    path: ['intendedUse', 'accuracy'],
    name: 'intendedUse.accuracy',
    identity: (t) => (thresholds_kept_text(t.metric) ? `${thresholds_kept_text(t.metric)}\u0000${thresholds_kept_text(t.dataset) ?? ''}` : undefined),
    describe: (t) => `${thresholds_kept_text(t.metric)}${thresholds_kept_text(t.dataset) ? ` on ${thresholds_kept_text(t.dataset)}` : ''}`,
    fields: MIN_MAX,
};
/** Robustness bounds are matched by family, whichever cited result holds them (robustnessBounds). */
const ROBUSTNESS = {
    identity: (t) => thresholds_kept_text(t.family),
    describe: (t) => `family ${thresholds_kept_text(t.family)}`,
    fields: [
        { name: 'minPassRate', stricter: 'higher' },
        { name: 'maxIssues', stricter: 'lower' },
    ],
};
const records = (value) => (Array.isArray(value) ? value.filter(isRecord) : []);
const isRecord = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
/**
 * Every robustness threshold, by family, across the cited results: a result cited by another
 * spelling of its path (`./evidence/x.jsonl`), or replaced by another file, keeps the family's
 * bounds to meet. Each with where it is.
 */
function robustnessBounds(data) {
    const results = (0,types/* valueAt */.fK)(data, ['assurance', 'robustness', 'results']);
    if (!Array.isArray(results))
        return [];
    // Indexed in the lists as written (an entry that is not a mapping is skipped, not renumbered), so each is located at its own line.
    return results.flatMap((entry, index) => {
        const thresholds = isRecord(entry) ? entry.thresholds : undefined;
        if (!Array.isArray(thresholds))
            return [];
        return thresholds.flatMap((bound, i) => (isRecord(bound) && ROBUSTNESS.identity(bound) !== undefined ? [{ bound, path: ['assurance', 'robustness', 'results', index, 'thresholds', i] }] : []));
    });
}
/** Whether two robustness families bound some of the same results: equal, one a probe of the other, or either `*` (every family). */
function sameResults(a, b) {
    return a === b || a === '*' || b === '*' || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}
/** How `head` relaxes `base` (a bound gone or moved the lenient way), as phrases; none when it keeps or tightens it. */
function relaxations(base, head, fields) {
    const out = [];
    for (const { name, shown = name, stricter } of fields) {
        const was = base[name];
        if (!finite(was))
            continue;
        const now = head[name];
        if (!finite(now))
            out.push(`drops ${shown} ${was}`);
        else if (stricter === 'higher' ? now < was : now > was)
            out.push(`${stricter === 'higher' ? 'lowers' : 'raises'} ${shown} from ${was} to ${now}`);
    }
    // A robustness threshold counts issues at `level` or worse: a worse level counts fewer.
    if ('level' in base || 'level' in head) {
        const rank = (level) => robustness_types/* ISSUE_LEVELS */.o.indexOf((typeof level === 'string' ? level : 'minor'));
        if (finite(base.maxIssues) && rank(head.level) >= 0 && rank(head.level) < rank(base.level))
            out.push(`counts only issues at ${String(head.level)} or worse (was ${String(base.level ?? 'minor')})`);
    }
    return out;
}
function thresholdsKept(policy, system, resultAt, locate) {
    const rule = policy.byId.get('governance/thresholds-kept');
    if (!rule)
        return [];
    // A system the pull request adds has no bound to relax, but what it chooses to be held to is
    // still the policy owners' to accept (addedBiasBounds).
    if (!system.base && !system.newInPullRequest)
        return [(0,policy_finding/* makeFinding */.M)(rule, system, 'not-applicable', system.noBase ?? 'no base commit to compare with', resultAt(['manifest']))];
    const head = system.manifest.data;
    const base = (system.base?.manifest.data ?? {});
    const since = system.base ? ` (at the base commit ${system.base.commit})` : '';
    const failures = [];
    for (const list of [BIAS, ACCURACY]) {
        const rawHead = (0,types/* valueAt */.fK)(head, list.path);
        for (const was of records((0,types/* valueAt */.fK)(base, list.path))) {
            const id = list.identity(was);
            if (id === undefined)
                continue;
            const index = Array.isArray(rawHead) ? rawHead.findIndex((entry) => isRecord(entry) && list.identity(entry) === id) : -1;
            const now = index >= 0 ? rawHead[index] : undefined;
            if (!now) {
                const parent = records(rawHead).length > 0 ? list.path : list.path.slice(0, -1);
                failures.push({ message: `this pull request removes the bound ${list.name} sets on ${list.describe(was)}${since}`, path: parent });
                continue;
            }
            const relaxed = relaxations(was, now, list.fields);
            if (relaxed.length > 0)
                failures.push({ message: `this pull request relaxes the bound ${list.name} sets on ${list.describe(was)}: it ${relaxed.join(' and ')}${since}`, path: [...list.path, index] });
        }
    }
    // A sensitive attribute dropped is one whose bias is no longer measured nor bounded (red team:
    // dropping owner_gender cleared bias/report-covers-attributes and bias/thresholds-met).
    const declared = (data) => (Array.isArray(data) ? data.filter((a) => typeof a === 'string') : []);
    const kept = new Set(declared((0,types/* valueAt */.fK)(head, ['bias', 'sensitiveAttributes'])).map(checks/* normaliseAttribute */.tr));
    for (const attribute of declared((0,types/* valueAt */.fK)(base, ['bias', 'sensitiveAttributes']))) {
        if (kept.has((0,checks/* normaliseAttribute */.tr)(attribute)))
            continue;
        const path = (0,types/* valueAt */.fK)(head, ['bias', 'sensitiveAttributes']) !== undefined ? ['bias', 'sensitiveAttributes'] : (0,types/* valueAt */.fK)(head, ['bias']) !== undefined ? ['bias'] : [];
        failures.push({ message: `this pull request no longer declares the sensitive attribute ${JSON.stringify(attribute)} in bias.sensitiveAttributes: the bias reports need no longer measure it, nor the thresholds bound it${since}`, path });
    }
    // Robustness bounds by family, whichever result holds them: the strictest the head has for the family must keep the base's.
    const headRobustness = robustnessBounds(head);
    const baseRobustness = robustnessBounds(base);
    const reported = new Set();
    for (const { bound: was } of baseRobustness) {
        const family = ROBUSTNESS.identity(was);
        const candidates = headRobustness.filter(({ bound }) => ROBUSTNESS.identity(bound) === family).map(({ bound, path }) => ({ path, relaxed: relaxations(was, bound, ROBUSTNESS.fields) }));
        const [first] = candidates;
        if (!first) {
            failures.push({ message: `this pull request removes the robustness bound on ${ROBUSTNESS.describe(was)}${since}`, path: ['assurance', 'robustness'] });
            continue;
        }
        if (candidates.some(({ relaxed }) => relaxed.length === 0))
            continue;
        failures.push({ message: `this pull request relaxes the robustness bound on ${ROBUSTNESS.describe(was)}: it ${first.relaxed.join(' and ')}${since}`, path: first.path });
        reported.add(JSON.stringify(first.path));
    }
    // And every bound the head holds for a family the base bounds is no looser than all of the
    // base's: a second result cited with looser bounds beside the old one (a rerun with major
    // issues, allowed five) would otherwise pass under bounds nobody reviewed.
    for (const { bound: now, path } of headRobustness) {
        const family = ROBUSTNESS.identity(now);
        if (reported.has(JSON.stringify(path)))
            continue;
        // A bound on `promptinject.HijackHateHumansMini` or `*` bounds results the base's bound on
        // `promptinject` bounds: for each base family it shares results with, it keeps at least one
        // of that family's bounds (a `*` with maxIssues 5 relaxes promptinject's 0, whatever it keeps of dan's).
        const byFamily = new Map();
        for (const { bound } of baseRobustness) {
            const theirs = ROBUSTNESS.identity(bound);
            if (sameResults(theirs, family))
                byFamily.set(theirs, [...(byFamily.get(theirs) ?? []), bound]);
        }
        for (const [, bounds] of byFamily) {
            const looser = bounds.map((bound) => relaxations(bound, now, ROBUSTNESS.fields));
            if (looser.every((relaxed) => relaxed.length > 0)) {
                failures.push({ message: `this pull request holds a result to a looser robustness bound on ${ROBUSTNESS.describe(now)} than the base's: it ${looser[0].join(' and ')}${since}`, path });
                break;
            }
        }
    }
    failures.push(...addedBiasBounds(policy, head, base));
    if (system.base)
        failures.push(...monitoringRelaxations(system, system.base, since));
    if (failures.length === 0)
        return [(0,policy_finding/* makeFinding */.M)(rule, system, 'pass', rule.title, resultAt(['manifest']))];
    return failures.map(({ message, path, at }) => (0,policy_finding/* makeFinding */.M)(rule, system, 'fail', `${message}; once merged it would be in force, so the policy owners review it`, at ?? locate(['manifest', ...path])));
}
/**
 * Bias thresholds the pull request adds (every one, for a system it adds). One for a metric a
 * default of bias/thresholds-met bounds (by its canonical name: Fairlearn's aliases included)
 * replaces that default, so it may not be looser; one for a metric no default names is a bound
 * the system chose for itself (`count`, max 100, satisfies any check), for the owners to accept.
 */
function addedBiasBounds(policy, head, base) {
    const check = policy.byId.get('bias/thresholds-met')?.checks.find((c) => c.fn.name === 'bias-thresholds');
    if (!check)
        return [];
    const defaults = records(check.options?.defaults);
    const had = new Set(records((0,types/* valueAt */.fK)(base, ['bias', 'thresholds'])).map((t) => BIAS.identity(t)));
    const added = (0,types/* valueAt */.fK)(head, ['bias', 'thresholds']);
    if (!Array.isArray(added))
        return [];
    const out = [];
    added.forEach((threshold, index) => {
        if (!isRecord(threshold))
            return;
        const metric = thresholds_kept_text(threshold.metric);
        if (metric === undefined || had.has(BIAS.identity(threshold)))
            return; // a bound the base had: compared above
        const canonical = (0,fairlearn/* canonicalMetric */.N)(metric);
        const byDefault = defaults.find((d) => typeof d.metric === 'string' && (0,fairlearn/* canonicalMetric */.N)(d.metric) === canonical);
        const where = ['bias', 'thresholds', index];
        if (!byDefault) {
            out.push({ message: `this pull request adds ${BIAS.name}[${index}] on ${BIAS.describe(threshold)}, a metric no default of the policy bounds: the system would be held to a bound it chose`, path: where });
            return;
        }
        const relaxed = relaxations(byDefault, threshold, MIN_MAX);
        if (relaxed.length > 0)
            out.push({ message: `this pull request adds ${BIAS.name}[${index}] on ${BIAS.describe(threshold)}, which replaces the policy's default bound for ${String(byDefault.metric)} and ${relaxed.join(' and ')}`, path: where });
    });
    return out;
}
/** A monitored metric's bound fields, with the threshold's sense by its method (none when unknown). */
function monitoredFields(metric) {
    // A distance's threshold is stricter lower, a p-value's higher (methods.ts).
    const sense = (0,methods/* driftSense */.we)(metric.method);
    const threshold = sense === 'distance' ? [{ name: 'threshold', stricter: 'lower' }] : sense === 'p-value' ? [{ name: 'threshold', stricter: 'higher' }] : [];
    return [...threshold, ...MIN_MAX];
}
/**
 * The monitoring config's bounds, metric by metric (by name), at the base and now: a pull request
 * that raises a drift threshold from 0.2 to 1e308, lowers a minimum, or drops a monitored metric
 * makes every later run pass, as surely as relaxing a bias bound in the manifest. Judged where
 * both commits have a readable config; the head's config locates the finding.
 */
function monitoringRelaxations(system, base, since) {
    const before = (0,monitoring_checks/* loadConfig */.Z9)(base, (base.manifest.data.monitoring ?? {}));
    const now = (0,monitoring_checks/* loadConfig */.Z9)(system, (system.manifest.data.monitoring ?? {}));
    if (!before?.ok || !now?.ok)
        return [];
    const out = [];
    // Metrics are paired by key: an Evidently metric over a list of columns by its type and the set
    // of them, so two DriftedColumnsCount over different columns are two metrics, each with its own bound.
    const family = (m) => m.family ?? (0,methods/* keyOf */.TN)(m);
    const baseKeys = new Set(before.value.metrics.map(methods/* keyOf */.TN));
    for (const was of before.value.metrics) {
        // A name may be written more than once (two calculators of one type): the base's bound is
        // kept when any metric of that name now keeps it, as robustness families are judged. One
        // whose columns changed is judged against the metrics of its type the base did not have
        // (columns dropped are then watched no more; columns added are no relaxation).
        const same = now.value.metrics.filter((m) => (0,methods/* keyOf */.TN)(m) === (0,methods/* keyOf */.TN)(was));
        const paired = same.length > 0 ? same : now.value.metrics.filter((m) => family(m) === family(was) && !baseKeys.has((0,methods/* keyOf */.TN)(m)));
        const candidates = paired.map((current) => ({ current, relaxed: monitoringChanges(was, current) }));
        const [first] = candidates;
        if (!first) {
            out.push({ message: `this pull request stops monitoring "${was.name}", which ${before.value.file} monitored${since}`, path: ['monitoring'], at: { file: now.value.file, line: 1, column: 1 } });
            continue;
        }
        if (candidates.some(({ relaxed }) => relaxed.length === 0))
            continue;
        out.push({ message: `this pull request relaxes the monitoring bound on "${was.name}" in ${now.value.file}: it ${first.relaxed.join(' and ')}${since}`, path: ['monitoring'], at: first.current.at });
    }
    return out;
}
/** How `current` monitors less than `was`: a bound relaxed, its method swapped for one on another scale, features left out. */
function monitoringChanges(was, current) {
    const method = (m) => m.method?.toLowerCase();
    // A tool's default method (no method written) made explicit is no swap; its threshold is then the tool's default, not compared.
    const swapped = method(was) !== undefined && method(current) !== method(was);
    const relaxed = relaxations(was, current, swapped || method(was) === undefined ? MIN_MAX : monitoredFields(was));
    if (swapped)
        relaxed.unshift(`changes its method from ${was.method} to ${current.method ?? 'the default'}`);
    // No features list watches every feature; a list that leaves out one watched before watches less.
    if (current.features !== undefined) {
        const now = new Set(current.features.map((f) => f.toLowerCase()));
        const dropped = was.features === undefined ? ['every feature but those listed'] : was.features.filter((f) => !now.has(f.toLowerCase()));
        if (dropped.length > 0)
            relaxed.push(`stops watching ${dropped.length === 1 ? '' : 'the features '}${dropped.slice(0, 5).join(', ')}${dropped.length > 5 ? ', …' : ''}`);
    }
    return relaxed;
}

// EXTERNAL MODULE: ./build/evaluate/functions/bias-not-applicable.js
var bias_not_applicable = __webpack_require__(1197);
// EXTERNAL MODULE: ./build/load/manifest.js
var load_manifest = __webpack_require__(872);
;// CONCATENATED MODULE: ./build/evaluate/evaluate.js
/**
 * Runs a policy's rules on one system and turns what the check functions say into findings:
 * a `fail` per failure at its exact location, otherwise one `pass` (so coverage can count
 * what was evidenced), or `not-applicable` when the rule's `when` or `given` does not apply.
 * A check function that throws fails its rule; it never takes the run down.
 */












/**
 * Failures of one rule on one system past this many are counted in one closing finding instead of
 * listed: a 5 MB manifest can hold 400,000 datasets, and a finding for each, per rule, made reports
 * of gigabytes (and overflowed the stack of the engine's `push(...findings)`). Manifest schema
 * problems are capped the same way when the manifest is loaded (MAX_PROBLEMS_PER_RULE).
 */
const MAX_FAILURES_PER_RULE = 100;
function evaluateSystem(system, policy, options = {}) {
    const findings = [];
    const root = (0,check/* systemDocument */.fZ)(system);
    // Where a pass or a not-applicable result is; when the report keeps neither, the manifest's
    // first line will do, and locating each (a walk of the YAML for every rule) is saved.
    const resultAt = options.locatePasses === false ? () => manifestFirstLine(system) : (path) => locatePath(system, path);
    const context = { root, resultAt, timeline: policy.timeline };
    const note = options.noteEvidence !== false;
    for (const rule of policy.rules) {
        if (rule.core)
            continue;
        // Each rule's findings name the cited files its checks used (for provenance and the audit export).
        if (note)
            system.evidence.noteFiles();
        const first = findings.length;
        if (options.timing)
            options.timing.measure(options.timing.rules, rule.id, () => evaluateRule(rule, system, context, findings));
        else
            evaluateRule(rule, system, context, findings);
        const used = note ? system.evidence.takeNotedFiles() : [];
        if (used.length > 0)
            for (let i = first; i < findings.length; i++)
                findings[i].evidence = used;
    }
    findings.push(...labelsKept(policy, system, context));
    findings.push(...thresholdsKept(policy, system, resultAt, (path) => locatePath(system, path)));
    return findings;
}
function labelsOf(data) {
    const labels = data?.labels;
    return Array.isArray(labels) ? labels : [];
}
/**
 * governance/labels-kept: a label some rule applies by, removed since the base commit. Those
 * rules were judged as at the base (notApplicable); this says why, at the manifest's labels.
 */
function labelsKept(policy, system, context) {
    const rule = policy.byId.get('governance/labels-kept');
    if (!rule)
        return [];
    if (!system.base)
        return [(0,policy_finding/* makeFinding */.M)(rule, system, 'not-applicable', system.noBase ?? 'no base commit to compare with', context.resultAt(['manifest']))];
    const removed = context.labelsRemoved;
    if (!removed || removed.size === 0)
        return [(0,policy_finding/* makeFinding */.M)(rule, system, 'pass', rule.title, context.resultAt(['manifest', 'labels']))];
    const at = locatePath(system, system.manifest.data.labels !== undefined ? ['manifest', 'labels'] : ['manifest']);
    return [...removed].map(([label, rules]) => (0,policy_finding/* makeFinding */.M)(rule, system, 'fail', `this pull request removes the label "${label}" (on the system at the base commit ${system.base?.commit}), which ${rules.length === 1 ? `${rules[0]} applies by; it still applies` : `${rules.length} rules apply by (${rules.slice(0, 5).join(', ')}${rules.length > 5 ? ', …' : ''}); they still apply`} to this run, and would stop once merged`, at));
}
/** One rule on one system: its findings are added to `findings`. */
function evaluateRule(rule, system, context, findings) {
    const { root, resultAt } = context;
    const skip = notApplicable(rule, system, context);
    if (skip) {
        findings.push((0,policy_finding/* makeFinding */.M)(rule, system, 'not-applicable', skip.reason, resultAt(skip.path ?? ['manifest'])));
        return;
    }
    // One given is the common case: its targets as they come, without a flatMap copy.
    const [onlyGiven] = rule.givenSteps;
    const targets = rule.givenSteps.length === 1 && onlyGiven ? (0,path/* select */.Lt)(root, onlyGiven) : rule.givenSteps.flatMap((steps) => (0,path/* select */.Lt)(root, steps));
    if (targets.length === 0) {
        findings.push(nothingToCheck(rule, system, `nothing to check: ${(rule.given ?? []).join(', ')} is not in this system`, ['manifest'], resultAt));
        return;
    }
    let failed = false;
    let listed = 0;
    let omitted;
    const skipped = [];
    for (const target of targets) {
        for (const check of rule.checks) {
            const value = check.field ? (0,types/* valueAt */.fK)(target.value, check.field) : target.value;
            const path = check.field ? [...target.path, ...check.field] : target.path;
            let failures;
            try {
                const result = check.fn.check({ value, path, target: target.value, targetPath: target.path, options: check.options, system });
                if ('skip' in result) {
                    skipped.push(result.skip);
                    continue;
                }
                failures = result;
            }
            catch (error) {
                failures = [{ message: `internal error in check ${check.fn.name}: ${error.message ?? String(error)}; please report it` }];
            }
            for (const failure of failures) {
                failed = true;
                const failurePath = failure.path ?? path;
                if (listed >= MAX_FAILURES_PER_RULE) {
                    omitted ??= { count: 0, at: failure.at ?? locatePath(system, failurePath), paths: (0,external_node_crypto_.createHash)('sha256') };
                    omitted.count++;
                    omitted.paths.update(`${logicalPath(failurePath)}\0`);
                    continue;
                }
                listed++;
                const message = render(rule, system, failure.message, failurePath, root);
                const finding = (0,policy_finding/* makeFinding */.M)(rule, system, 'fail', message, failure.at ?? locatePath(system, failurePath), logicalPath(failurePath));
                if (failure.remediation)
                    finding.remediation = failure.remediation;
                if (system.base && failurePath[0] === 'manifest' && failurePath.some((segment) => typeof segment === 'number')) {
                    const moved = (0,describe/* movedItem */.T)(system.manifest.data, system.base.manifest.data, failurePath.slice(1));
                    if (moved)
                        finding.movedItem = moved;
                }
                findings.push(finding);
            }
        }
    }
    if (omitted) {
        const more = `and ${omitted.count} more failure${omitted.count === 1 ? '' : 's'} of this rule in this system, not listed (a report lists the first ${MAX_FAILURES_PER_RULE} per rule)`;
        // Its count and what it counts in its identity: a baseline that recorded "and 6 more" excuses
        // no seventh (second red team), nor one swapped in for one of the six (review).
        findings.push((0,policy_finding/* makeFinding */.M)(rule, system, 'fail', more, omitted.at, `(${omitted.count} more: ${omitted.paths.digest('hex').slice(0, 12)})`));
    }
    if (failed)
        return;
    const first = targets[0];
    // Only when every check was skipped is the rule not applicable; otherwise what ran passed.
    if (skipped.length === targets.length * rule.checks.length) {
        findings.push(nothingToCheck(rule, system, [...new Set(skipped)].slice(0, 3).join('; '), first.path, resultAt));
    }
    else {
        findings.push((0,policy_finding/* makeFinding */.M)(rule, system, 'pass', rule.title, resultAt(first.path)));
    }
}
/**
 * A rule that found nothing to check is not applicable, never a pass (a checksum rule with no
 * declared checksum evidences nothing); a policy that sets `required` makes it a failure.
 */
function nothingToCheck(rule, system, reason, path, resultAt) {
    if (rule.required)
        return (0,policy_finding/* makeFinding */.M)(rule, system, 'fail', `required by the policy, but nothing to check: ${reason.replace(/^nothing to check: /, '')}`, locatePath(system, path));
    return (0,policy_finding/* makeFinding */.M)(rule, system, 'not-applicable', reason, resultAt(path));
}
const TIERS = load_manifest/* RISK_TIERS */.ac;
const STAGES = load_manifest/* LIFECYCLE_STAGES */.tJ;
/** Why a rule's `when` excludes this system, or undefined when it applies. An undeclared (or
 *  misspelt: "High", "production") tier or stage does not exclude: a gate must not pass a system
 *  because it left out its risk tier, or wrote it wrong. */
function notApplicable(rule, system, context) {
    const reason = excludedBy(rule, system, context);
    if (reason !== undefined)
        return { reason };
    // Last: a declaration the manifest makes, reported where it is made (bias-not-applicable.ts).
    if (rule.when?.affectsPersons === true) {
        const spared = (0,bias_not_applicable/* notAboutPersons */.rE)(system.manifest.data);
        if (spared !== undefined)
            return { reason: spared, path: bias_not_applicable/* DECLARATION_PATH */.TI };
    }
    return undefined;
}
function excludedBy(rule, system, context) {
    const when = rule.when;
    if (!when)
        return undefined;
    const data = system.manifest.data;
    const tier = data.risk?.euAiAct?.tier;
    if (when.tiers && typeof tier === 'string' && TIERS.includes(tier) && !when.tiers.includes(tier)) {
        return `applies to risk tiers ${when.tiers.join(', ')}; this system is ${tier}`;
    }
    const stage = data.lifecycle;
    if (when.stages && typeof stage === 'string' && STAGES.includes(stage) && !when.stages.includes(stage)) {
        return `applies at lifecycle stages ${when.stages.join(', ')}; this system is at ${stage}`;
    }
    if (when.labels && !when.labels.some((label) => labelsOf(data).includes(label))) {
        // A label the pull request removes still counts until merged, as the base commit's policy
        // does: otherwise removing it would switch the rule off unreviewed (governance/labels-kept).
        const kept = system.base ? when.labels.filter((label) => labelsOf(system.base?.manifest.data).includes(label)) : [];
        if (kept.length === 0)
            return `applies to systems labelled ${when.labels.join(', ')}`;
        for (const label of kept)
            (context.labelsRemoved ??= new Map()).set(label, [...(context.labelsRemoved.get(label) ?? []), rule.id]);
    }
    if (when.from && system.now.getTime() < Date.parse(`${when.from}T00:00:00Z`)) {
        return `applies from ${when.from}`;
    }
    if (when.obligation) {
        context.profile ??= (0,obligations/* aiActProfile */.mH)(data);
        const exemption = (0,obligations/* obligationExemption */.uY)(when.obligation, context.profile, system.now, context.timeline);
        if (exemption)
            return `${when.obligation} ${exemption}`;
    }
    return undefined;
}
function locatePath(system, path) {
    if (path[0] === 'card' && system.card) {
        if (path[1] === 'meta' && system.card.frontMatter) {
            return { file: system.card.file, ...system.card.frontMatter.locate(path.slice(2)) };
        }
        return { file: system.card.file, line: system.card.frontMatterLine ?? 1, column: 1 };
    }
    const inManifest = path[0] === 'manifest' ? path.slice(1) : [];
    return { file: system.manifest.file, ...system.manifest.doc.locate(inManifest) };
}
function manifestFirstLine(system) {
    return { file: system.manifest.file, line: 1, column: 1 };
}
function logicalPath(path) {
    if (path[0] === 'manifest')
        return (0,types/* formatPath */.jV)(path.slice(1));
    return (0,types/* formatPath */.jV)(path);
}
function render(rule, system, error, path, root) {
    if (!rule.message)
        return error;
    const values = { error, path: (0,describe/* describePath */.N)(root, path), system: system.id, title: rule.title };
    return rule.message.replace(definition/* TEMPLATE_TAG */.QJ, (_, name) => values[name.trim()] ?? '');
}
/** A finding, with its keys always in the documented order (the JSON report is read by people). */

// EXTERNAL MODULE: ./build/evaluate/policy.js + 2 modules
var evaluate_policy = __webpack_require__(2752);
// EXTERNAL MODULE: ./build/evidence/registry.js + 44 modules
var registry = __webpack_require__(7355);
// EXTERNAL MODULE: ./build/evidence/store.js + 2 modules
var store = __webpack_require__(2254);
// EXTERNAL MODULE: ./build/fs/repo-fs.js
var repo_fs = __webpack_require__(654);
// EXTERNAL MODULE: ./build/load/yaml.js
var yaml = __webpack_require__(7794);
// EXTERNAL MODULE: ./build/load/source-doc.js
var source_doc = __webpack_require__(2431);
// EXTERNAL MODULE: ./build/load/placeholder.js
var placeholder = __webpack_require__(8852);
// EXTERNAL MODULE: ./build/text/sorted.js
var text_sorted = __webpack_require__(549);
;// CONCATENATED MODULE: ./build/engine/check-system.js
/**
 * One system's check: load its manifest, card and evidence, run the policy's rules, and return
 * plain data (so a worker thread can send it back). What depends on other systems (duplicate
 * ids, waivers, counts, coverage) is the engine's (gate.ts), in the order it checks them.
 */















function checkSystem(file, run) {
    const hashFiles = run.hashFiles !== false;
    if (hashFiles)
        run.repo.startReadLog();
    if (run.logAsked)
        run.repo.startAskedLog();
    run.repo.beginSystem();
    (0,yaml/* composedYamlBudget */.X_)(yaml/* COMPOSED_CHARS_PER_SYSTEM */.lo);
    let checked;
    try {
        checked = checkLogged(file, run);
    }
    finally {
        (0,yaml/* composedYamlBudget */.X_)(undefined);
    }
    // Every file this system's check read (manifest, card, evidence), hashed where it was read.
    if (hashFiles)
        checked.summary.files = run.repo.takeReadLog();
    if (run.logAsked)
        checked.asked = run.repo.takeAskedLog();
    return checked;
}
function checkLogged(file, run) {
    const { repo, now } = run;
    const findings = [];
    const { timing } = run;
    if (timing)
        timing.systems++;
    const loaded = timing ? timing.measure(timing.steps, 'manifest', () => (0,load_manifest/* loadManifest */.eY)(repo, file)) : (0,load_manifest/* loadManifest */.eY)(repo, file);
    const coreFinding = (policy, ruleId, id, message, at, path) => {
        const rule = policy.byId.get(ruleId);
        if (rule)
            findings.push((0,policy_finding/* makeFinding */.M)(rule, { id }, 'fail', message, at, path));
    };
    if (!loaded.ok) {
        const policy = (0,evaluate_policy/* policyFor */.KV)(run.policy, file);
        for (const problem of loaded.problems)
            coreFinding(policy, problem.ruleId, file, problem.message, problem.location);
        return { file, findings, summary: { id: file, manifest: file }, unreadable: true };
    }
    const { manifest } = loaded;
    const id = (0,source_doc/* detachText */.hM)((0,load_manifest/* systemId */.JO)(manifest));
    const evidence = new store/* EvidenceStore */.xS(repo, manifest, registry/* EVIDENCE_KINDS */.A);
    const reports = [];
    const system = {
        id,
        manifest,
        evidence,
        now,
        ...(run.manifests ? { systemAt: systemIndex(run.manifests, run.manifestsComplete === true ? undefined : repo, repo) } : {}),
        reportCited: notingInto(reports),
        ...(run.modelFiles ? { modelFilesInFolder: run.modelFiles.get((0,discover/* folderOf */.yS)(file)) ?? [] } : {}),
        ...(run.discoveredModelFiles ? { modelFilesUnder: filesUnder(run.discoveredModelFiles) } : {}),
        shippedBy: (other) => shippedBy(run, other),
    };
    const card = timing ? timing.measure(timing.steps, 'model card', () => cardOf(manifest, evidence)) : cardOf(manifest, evidence);
    if (card.card)
        system.card = card.card;
    const { changed: baseIdChanged, movedFrom } = attachBase(system, file, run);
    // New: no manifest at this path at the base (or one with another id), and not moved here.
    const newAtBase = run.base !== undefined && !system.base && (baseIdChanged !== undefined || (0,repo_fs/* isMissing */.b2)(run.base, file));
    if (newAtBase)
        system.newInPullRequest = true;
    // Known only now: a system moved here is judged as strictly as its base path's overrides say.
    const policy = (0,evaluate_policy/* policyForMoved */.zl)(run.policy, file, movedFrom);
    for (const problem of loaded.problems) {
        coreFinding(policy, problem.ruleId, id, problem.message, problem.location, problem.path && (0,types/* formatPath */.jV)(problem.path));
    }
    const locatePasses = run.locatePasses !== false;
    findings.push(...corePasses(policy, system, findings, locatePasses));
    findings.push(...evaluateSystem(system, policy, { locatePasses, noteEvidence: run.hashFiles !== false, ...(timing ? { timing } : {}) }));
    if (movedFrom !== undefined)
        noteStricterThanHere(findings, (0,evaluate_policy/* policyFor */.KV)(run.policy, file), movedFrom);
    const data = manifest.data;
    return {
        file,
        findings,
        // Name and version are shown in logs and summaries: one line, whatever the manifest holds.
        summary: {
            id,
            // A placeholder ("TODO: the version this manifest describes") is not a name or a version.
            ...(typeof data.name === 'string' && (0,placeholder/* valueAbsence */.Z2)(data.name) !== 'placeholder' ? { name: (0,source_doc/* detachText */.hM)((0,policy_finding/* singleLine */.p)(data.name)) } : {}),
            ...(typeof data.version === 'string' && (0,placeholder/* valueAbsence */.Z2)(data.version) !== 'placeholder' ? { version: (0,source_doc/* detachText */.hM)((0,policy_finding/* singleLine */.p)(data.version)) } : {}),
            manifest: file,
            // Paths made from the manifest's text hold on to all of it (detachText): kept per system.
            ...(system.card ? { card: (0,source_doc/* detachText */.hM)(system.card.file) } : {}),
            ...euAiActSummary(data),
            ...datasetsOf(manifest),
        },
        ...(id !== file ? { hasId: true } : {}),
        ...(card.cited ? { citedCard: (0,source_doc/* detachText */.hM)(card.cited) } : {}),
        ...shipsOutsideOf(manifest),
        ...(baseIdChanged ? { baseIdChanged: (0,source_doc/* detachText */.hM)(baseIdChanged) } : {}),
        ...(newAtBase ? { newAtBase: true } : {}),
        ...(movedFrom !== undefined ? { movedFrom: (0,source_doc/* detachText */.hM)(movedFrom) } : {}),
        ...(reports.length > 0 ? { reports } : {}),
    };
}
/**
 * Says so on each failure its rule judged more strictly than the system's new path would: the
 * author sees why a rule their folder's override lowers (or turns off) still applies.
 */
function noteStricterThanHere(findings, here, movedFrom) {
    for (const finding of findings) {
        if (finding.status !== 'fail')
            continue;
        const rule = here.byId.get(finding.ruleId);
        if (rule && rule.severity === finding.severity)
            continue;
        finding.message += ` (judged as at ${movedFrom}, where the base commit has this system: until the move is merged, a per-path override of its new path cannot ${rule ? `lower this rule to ${rule.severity}` : 'turn this rule off'})`;
    }
}
/** SystemContext.reportCited, noting each report into `reports` (held apart from the manifest's text). */
function notingInto(reports) {
    return (rel, at, digest, files) => reports.push({
        rel: (0,source_doc/* detachText */.hM)(rel),
        path: [...at],
        ...(digest !== undefined ? { digest } : {}),
        ...(files ? { ships: files.ships } : {}),
        ...(files?.unlisted !== undefined ? { unlisted: (0,source_doc/* detachText */.hM)(files.unlisted) } : {}),
    });
}
/** Each run's answers of shippedBy, by manifest: a manifest is read once a run, however many citations ask (review). */
const shippedByRun = new WeakMap();
/** The model files the system of manifest `other` ships (EvidenceStore.artifactFiles), or undefined when it cannot be read. */
function shippedBy(run, other) {
    let known = shippedByRun.get(run);
    if (!known)
        shippedByRun.set(run, (known = new Map()));
    // What this system's verdict depends on, read now or not (the changed-files scope).
    run.repo.noteAsked(other);
    if (known.has(other))
        return known.get(other);
    const loaded = (0,load_manifest/* loadManifest */.eY)(run.repo, other);
    const files = loaded.ok ? new store/* EvidenceStore */.xS(run.repo, loaded.manifest, registry/* EVIDENCE_KINDS */.A).artifactFiles() : undefined;
    known.set(other, files);
    return files;
}
/** The files of a sorted list in a folder or below it ('' for the root), found by binary search. */
function filesUnder(sorted) {
    return (folder) => {
        if (folder === '')
            return [...sorted];
        const prefix = `${folder}/`;
        const found = [];
        for (let i = (0,text_sorted/* lowerBound */.y)(sorted, prefix); i < sorted.length && sorted[i].startsWith(prefix); i++)
            found.push(sorted[i]);
        return found;
    };
}
/** Each run's index by its manifests, and by the files it looks at on disk (none: undefined's slot). */
const systemIndexes = new WeakMap();
/**
 * The manifest of the system whose folder holds a repository path (the deepest), built once per
 * run. With `onDisk`, the run's systems are not all the repository's: a folder none of them is
 * in is asked on disk whether it holds a manifest (once per folder and run), so a report cited
 * from a system outside the scanned folder is still that system's.
 */
function systemIndex(manifests, onDisk, noting) {
    let indexes = systemIndexes.get(manifests);
    if (!indexes)
        systemIndexes.set(manifests, (indexes = new Map()));
    let index = indexes.get(onDisk);
    if (!index) {
        // Two manifests in one folder: the last by path, in whatever order the run checks them.
        const byFolder = new Map();
        for (const file of manifests) {
            const known = byFolder.get((0,discover/* folderOf */.yS)(file));
            if (known === undefined || known < file)
                byFolder.set((0,discover/* folderOf */.yS)(file), file);
        }
        const onDiskFound = new Map();
        const manifestIn = (folder) => {
            if (byFolder.has(folder))
                return byFolder.get(folder);
            if (!onDisk)
                return undefined;
            // Sorted last first: where a folder holds both, the one byFolder keeps (the last by path).
            const candidates = load_manifest/* MANIFEST_NAMES */.Rr.map((name) => (folder === '' ? name : `${folder}/${name}`)).sort().reverse();
            if (onDiskFound.has(folder)) {
                // Known already, but still what this system's check depends on (the changed-files scope).
                for (const file of candidates)
                    onDisk.noteAsked(file);
                return onDiskFound.get(folder);
            }
            // A manifest discovery would count: anything there but nothing (one over the size cap,
            // or a link out of the repository, is a system whose manifest cannot be read).
            const found = candidates.find((file) => !(0,repo_fs/* isMissing */.b2)(onDisk, file));
            onDiskFound.set(folder, found);
            return found;
        };
        index = (rel) => {
            for (let at = (0,discover/* folderOf */.yS)(rel);; at = (0,discover/* folderOf */.yS)(at)) {
                // Whether a manifest is here is what this system's check depends on, found or not: one
                // added by a pull request makes the file another system's (sixth red team: the
                // changed-files scope left out the system whose cited report it made another's).
                if (noting)
                    for (const name of load_manifest/* MANIFEST_NAMES */.Rr)
                        noting.noteAsked(at === '' ? name : `${at}/${name}`);
                const file = manifestIn(at);
                if (file !== undefined || at === '')
                    return file;
            }
        };
        indexes.set(onDisk, index);
    }
    return index;
}
/** The AI Act profile for the summary (and coverage), as the rules read it, held apart from the manifest's text. */
function euAiActSummary(data) {
    const profile = (0,obligations/* aiActProfile */.mH)(data);
    const { tier, basis, roles, openSource } = profile;
    const declared = obligations/* ART50_DECLARATIONS */.bj.filter((declaration) => profile[declaration] === true);
    if (tier === undefined && basis === undefined && roles === undefined && declared.length === 0 && !openSource)
        return {};
    return {
        euAiAct: {
            ...(tier !== undefined ? { tier: (0,source_doc/* detachText */.hM)(tier) } : {}),
            ...(basis !== undefined ? { basis: (0,source_doc/* detachText */.hM)(basis) } : {}),
            ...(roles !== undefined ? { roles: roles.map(source_doc/* detachText */.hM) } : {}),
            ...Object.fromEntries(declared.map((declaration) => [declaration, true])),
            ...(openSource ? { openSource: { license: (0,source_doc/* detachText */.hM)(openSource.license) } } : {}),
        },
    };
}
function packCheck(check) {
    return { ...check, findings: check.findings.map(({ evidences: _evidences, supports: _supports, docs: _docs, ...rest }) => rest) };
}
/** The check as it was before packCheck (a received copy, so it is completed in place). */
function unpackCheck(packed, policy) {
    const rules = (0,evaluate_policy/* policyForMoved */.zl)(policy, packed.file, packed.movedFrom).byId;
    for (const finding of packed.findings) {
        const rule = rules.get(finding.ruleId);
        // Added last, so the keys are in makeFinding's order.
        finding.evidences = rule.evidences;
        finding.supports = rule.supports;
        finding.docs = rule.docs;
        const remediation = finding.remediation;
        if (remediation !== undefined) {
            delete finding.remediation;
            finding.remediation = remediation;
        }
        // Last, as evaluateSystem adds it: the same key order on every thread.
        const evidence = finding.evidence;
        if (evidence) {
            delete finding.evidence;
            finding.evidence = evidence;
        }
    }
    return packed;
}
/** `{ shipsOutside }` when the manifest lists files outside its folder (artifactsOutside), else nothing. */
function shipsOutsideOf(manifest) {
    const outside = (0,unregistered/* artifactsOutside */.RR)(manifest);
    return outside.length > 0 ? { shipsOutside: outside.map(source_doc/* detachText */.hM) } : {};
}
/**
 * What systems left out of the run (by the scanned folder, --include or an exclude) cite that the
 * run must know: the reports about the model, each with its text's digest, as evidence/own-system's
 * own check notes them on each such system (a system in the run that cites one, or a copy of one,
 * cites another system's report), the model card, which is registered though not checked here, and
 * the files it lists under artifacts outside its folder, which are its.
 * `all` is every manifest of the repository. Each left-out manifest is read once; nothing is
 * reported about those systems.
 */
function leftOutSystems(run, all) {
    const inRun = new Set(run.manifests ?? []);
    const systemAt = systemIndex(all);
    const found = [];
    for (const file of all) {
        if (inRun.has(file))
            continue;
        // As the system would be judged: a per-path override may turn the rule off (or on) there.
        const policy = (0,evaluate_policy/* policyFor */.KV)(run.policy, file);
        const rule = policy.byId.get('evidence/own-system');
        // Within a system's YAML budget, as its own check would be (a left-out folder may hold anything).
        (0,yaml/* composedYamlBudget */.X_)(yaml/* COMPOSED_CHARS_PER_SYSTEM */.lo);
        run.repo.beginSystem();
        try {
            const loaded = (0,load_manifest/* loadManifest */.eY)(run.repo, file);
            if (!loaded.ok)
                continue;
            const { manifest } = loaded;
            const evidence = new store/* EvidenceStore */.xS(run.repo, manifest, registry/* EVIDENCE_KINDS */.A);
            // The card it cites is registered, though this run does not check it (new user: `check
            // ml/models/risk` called the card a service elsewhere cites unregistered).
            const ref = manifest.data.modelCard;
            const cited = typeof ref === 'string' && ref.trim() !== '' ? evidence.file(ref) : undefined;
            const citedCard = cited?.ok ? (0,source_doc/* detachText */.hM)(cited.value.rel) : undefined;
            const reports = [];
            if (rule) {
                const system = { id: (0,source_doc/* detachText */.hM)((0,load_manifest/* systemId */.JO)(manifest)), manifest, evidence, now: run.now, systemAt, reportCited: notingInto(reports) };
                evaluateSystem(system, { ...policy, rules: [rule] }, { locatePasses: false, noteEvidence: false });
            }
            const outside = shipsOutsideOf(manifest);
            if (reports.length > 0 || citedCard !== undefined || outside.shipsOutside)
                found.push({ file, reports, ...(citedCard !== undefined ? { citedCard } : {}), ...outside });
        }
        finally {
            (0,yaml/* composedYamlBudget */.X_)(undefined);
            forgetSystem(run);
        }
    }
    return found;
}
/** The documents of the system just checked are no longer needed, here or at the base commit. */
function forgetSystem(run) {
    run.repo.forget();
    run.base?.forget();
}
/**
 * A pass for each per-manifest core rule that found nothing on this system, so coverage counts
 * it. (Discovery and waiver rules are about the repository, not one system.) The duplicate-id
 * pass is replaced by the engine when another system already has the id.
 */
function corePasses(policy, system, failures, locate) {
    const failed = new Set(failures.map((f) => f.ruleId));
    const at = locate ? locatePath(system, ['manifest']) : manifestFirstLine(system);
    return policy.rules
        .filter((rule) => rule.core && rule.id.startsWith('manifest/') && !failed.has(rule.id))
        .map((rule) => (0,policy_finding/* makeFinding */.M)(rule, system, 'pass', rule.title, at));
}
/** The datasets a manifest declares (id and role), for the audit export's targets. */
function datasetsOf(manifest) {
    const listed = manifest.data.data?.datasets;
    if (!Array.isArray(listed))
        return {};
    const datasets = listed.flatMap((d) => {
        const entry = d;
        if (typeof entry?.id !== 'string' || entry.id.trim() === '')
            return [];
        return [{ id: (0,source_doc/* detachText */.hM)((0,policy_finding/* singleLine */.p)(entry.id)), ...(typeof entry.role === 'string' ? { role: (0,source_doc/* detachText */.hM)((0,policy_finding/* singleLine */.p)(entry.role)) } : {}) }];
    });
    return datasets.length > 0 ? { datasets } : {};
}
function cardOf(manifest, evidence) {
    const ref = manifest.data.modelCard;
    if (typeof ref !== 'string' || ref.trim() === '')
        return {};
    const cited = evidence.file(ref);
    const card = evidence.card(ref);
    return { ...(cited.ok ? { cited: cited.value.rel } : {}), ...(card.ok ? { card: card.value } : {}) };
}
/**
 * The same system at the base commit, for regression and governance rules: the manifest at the
 * same path when it has the same id; else the one the id moved from. A path whose id changed is
 * another system (its old id is reported gone unless it lives on elsewhere), so reusing a path or
 * an id cannot reset a system's history. Returns the base id at this path when it differs
 * (`changed`), and the base path when the system moved here (`movedFrom`).
 */
function attachBase(system, file, run) {
    if (!run.base) {
        system.noBase = run.noBase;
        return {};
    }
    const commit = run.base.commit.slice(0, 12);
    const base = run.base;
    const atPath = (0,yaml/* chargedToBase */.zk)(() => (0,load_manifest/* loadManifest */.eY)(base, file));
    const idAtPath = atPath.ok ? (0,load_manifest/* systemId */.JO)(atPath.manifest) : undefined;
    const changed = atPath.ok && idAtPath !== system.id ? idAtPath : undefined;
    const movedFrom = run.baseMoved?.get(system.id);
    const loaded = atPath.ok && !changed ? atPath : movedFrom ? (0,yaml/* chargedToBase */.zk)(() => (0,load_manifest/* loadManifest */.eY)(base, movedFrom)) : undefined;
    if (!loaded?.ok) {
        system.noBase = changed
            ? `${file} described "${changed}" at the base commit ${commit}, not "${system.id}": a new system has nothing to regress from`
            : `${file} does not exist (or cannot be read) at the base commit ${commit}: a new system has nothing to regress from`;
        return changed ? { changed } : {};
    }
    const evidence = new store/* EvidenceStore */.xS(base, loaded.manifest, registry/* EVIDENCE_KINDS */.A, true);
    const card = cardOf(loaded.manifest, evidence).card;
    system.base = { commit, manifest: loaded.manifest, evidence, ...(card ? { card } : {}) };
    return { ...(changed ? { changed } : {}), ...(loaded !== atPath && movedFrom ? { movedFrom } : {}) };
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./build/engine/protocol.js
var protocol = __webpack_require__(9863);
// EXTERNAL MODULE: ./build/engine/threads.js
var threads = __webpack_require__(6334);
;// CONCATENATED MODULE: ./build/engine/pool.js
/**
 * Checking systems on several cores: the engine's side of the worker pool (worker.ts is the
 * workers' side, protocol.ts what they say). Worker threads run this same bundle, compile the
 * same resolved policy and check systems too. Every thread takes the next unchecked system from a shared counter, so
 * a thread that started late, or met a large system, simply takes fewer. This thread takes every
 * result back in the order it gave the systems, synchronously (receiveMessageOnPort, woken through shared
 * counters), so the engine stays one synchronous pass whether it runs on one thread or several.
 * Memory stays flat on any repository: a worker runs at most WINDOW results ahead of this
 * thread, and this thread holds at most AHEAD results it cannot hand on yet. Workers start
 * loading before the systems are known (startSystemWorkers; early-workers.ts) and are sent their
 * setup here.
 */




/** Results this thread may hold while it waits for an earlier system's. */
const AHEAD = 32;
/** A worker that starts no new system for this long is taken to be stuck (one system may hash
 *  several 1 GB data files, so this is generous). */
const STALL_MS = 600_000;
/**
 * Starts `count` worker threads running `script`: each loads the bundle, then waits for the setup
 * checkInWorkers sends it. Undefined when no thread can be had (a container's limit, say).
 */
function startSystemWorkers(script, count) {
    const started = { workers: [], ports: [] };
    try {
        for (let lane = 1; lane <= count; lane++) {
            const { port1, port2 } = new external_node_worker_threads_.MessageChannel();
            const boot = { modelgateWorker: true, port: port2 };
            let worker;
            try {
                worker = new external_node_worker_threads_.Worker(script, { argv: [protocol/* SYSTEM_WORKER_ARG */.ye], workerData: boot, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: threads/* YOUNG_GENERATION_MB */.OE } });
            }
            catch (error) {
                port1.close();
                throw error;
            }
            // This thread is blocked while it waits, so a worker's error event is only seen after the run
            // has stopped on its own account (a stall); it must not then crash the process with exit 1.
            worker.on('error', () => undefined);
            worker.unref();
            started.workers.push(worker);
            started.ports.push(port1);
        }
    }
    catch {
        stopWorkers(started);
        return undefined;
    }
    return started;
}
/** Ends started workers, whatever they are doing. */
function stopWorkers(started) {
    for (const worker of started.workers)
        void worker.terminate();
    for (const port of started.ports)
        port.close();
}
/**
 * Checks `files` here (with `checkHere`) and on the `started` workers (or `count` new ones running
 * `script`); yields each system's check in the order of `files`, and ends the workers. When no
 * thread can be had, everything is checked here.
 */
function* checkInWorkers(from, files, checkHere, 
/** The run this thread checks with; workers are sent it as plain data. */
run) {
    const policy = run.policy;
    const started = 'script' in from ? startSystemWorkers(from.script, from.count) : from;
    if (!started) {
        for (const file of files)
            yield checkHere(file);
        return;
    }
    const { workers, ports } = started;
    const counters = new Int32Array(new SharedArrayBuffer(4 * (2 * workers.length + 2)));
    const owners = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, files.length)));
    try {
        const plain = (0,protocol/* plainRun */.q)(run);
        ports.forEach((port, i) => {
            const setup = { run: plain, files, counters, owners, lane: i + 1 };
            port.postMessage(setup);
        });
    }
    catch {
        // A setup that cannot be sent: the workers are ended and everything is checked here.
        stopWorkers(started);
        for (const file of files)
            yield checkHere(file);
        return;
    }
    const held = new Map();
    /** Moves the results waiting on the lanes' ports into `held`. */
    const take = (lanes) => {
        for (const lane of lanes) {
            const port = ports[lane - 1];
            for (let message = (0,external_node_worker_threads_.receiveMessageOnPort)(port); message; message = (0,external_node_worker_threads_.receiveMessageOnPort)(port)) {
                const body = message.message;
                if ('error' in body)
                    throw (0,protocol/* fromThreadError */.tk)(body.error, 'a worker thread failed: ');
                held.set(body.index, unpackCheck(body.check, policy));
                Atomics.add(counters, (0,protocol/* taken */.uU)(lane), 1);
                Atomics.notify(counters, (0,protocol/* taken */.uU)(lane));
            }
        }
    };
    const allLanes = workers.map((_, i) => i + 1);
    const watch = new Watch(counters);
    try {
        for (let i = 0; i < files.length; i++) {
            for (;;) {
                // Read before taking, and before the owner: a result sent after this is one `take` may
                // have missed, and the wait below must then not sleep (read after taking, it slept its
                // whole second). A worker writes itself down as owner before it counts a result, so a
                // count read first that includes this system's result comes with its owner.
                const sent = Atomics.load(counters, protocol/* SENT */.Jh);
                const owner = Atomics.load(owners, i);
                // With many results held, only the awaited system's worker is read (its results come in
                // the order it took them, so the next one is this system's), and none until it is known:
                // a stuck worker cannot make this thread hold the rest of the repository.
                take(held.size < AHEAD ? allLanes : owner > 0 ? [owner] : []);
                const ready = held.get(i);
                if (ready) {
                    held.delete(i);
                    yield ready;
                    break;
                }
                // Rather than wait, check the next system here.
                if (held.size < AHEAD && Atomics.load(counters, protocol/* NEXT */.K2) < files.length) {
                    const next = Atomics.add(counters, protocol/* NEXT */.K2, 1);
                    if (next < files.length)
                        held.set(next, checkHere(files[next]));
                    continue;
                }
                watch.wait(owner, files[i], sent);
            }
        }
    }
    finally {
        stopWorkers(started);
    }
}
/**
 * This thread's wait for a worker's result, noticing a worker that is stuck. (A worker that never
 * starts takes no system, so the others check them all.)
 */
class Watch {
    counters;
    lane = -1;
    beat = 0;
    since = Date.now();
    constructor(counters) {
        this.counters = counters;
    }
    /**
     * Waits (up to a second) for any worker to send after `sent` (the count of messages sent, read
     * before this thread last looked for results); returns at once if one has. `lane` has the
     * system awaited; 0 while it has not written itself down as its owner (just after taking it, or
     * never, if it died right then), and then any worker's news counts as progress.
     */
    wait(lane, file, sent) {
        const beat = Atomics.load(this.counters, lane > 0 ? (0,protocol/* heartbeat */.jQ)(lane) : protocol/* SENT */.Jh);
        if (lane !== this.lane || beat !== this.beat) {
            [this.lane, this.beat, this.since] = [lane, beat, Date.now()];
        }
        else if (Date.now() - this.since > STALL_MS) {
            throw new Error(`a worker thread stopped answering while checking ${file}`);
        }
        return Atomics.wait(this.counters, protocol/* SENT */.Jh, sent, 1000);
    }
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
;// CONCATENATED MODULE: ./build/engine/heap.js
/**
 * Peak memory. A run's live heap is small on every thread (the policy, the current system's
 * documents, the report's compact results: about 20 MB at 1,000 systems), but V8 let each
 * thread's old space grow to up to four times its live size between full collections, while the
 * documents of each system were promoted there and died. With a worker thread beside the main
 * one, that headroom was most of the peak RSS: 289 MB on 1,000 systems, 204 MB with growth
 * capped at 1.5x, in the same CPU time (a collection of a 20 MB heap takes about 15 ms).
 * V8 flags are process-wide: this applies to this thread's next collections and to every worker
 * started later. The gate sets it before the first system worker starts (during discovery, see
 * early-workers.ts) or before it checks systems, once start-up is over (so this
 * module, and node:v8, load with the rest of what checks systems: checking.ts).
 */

function limitHeapGrowth() {
    (0,external_node_v8_.setFlagsFromString)('--heap-growing-percent=50');
}

;// CONCATENATED MODULE: ./build/engine/checking.js
/**
 * What checks systems, loaded on demand (load.ts): the system checker with every check function
 * and evidence kind, the worker pool, and the heap growth cap. A run with nothing to check, and
 * the CLI's start-up, need none of it, nor the node:worker_threads and node:v8 it brings.
 */





/***/ })

};

export const id = 691;
export const ids = [691];
export const modules = {

/***/ 6733:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ describePath),
/* harmony export */   T: () => (/* binding */ movedItem)
/* harmony export */ });
/* harmony import */ var _load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8852);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4853);
/** How check functions name what they talk about in messages. */


/**
 * `['manifest','data','datasets',0,'license']` → `data.datasets[0].license`, plus the name of
 * the list item when it has one: `data.datasets[0].license (dataset "bureau-2024")`.
 */
function describePath(root, path) {
    const inDoc = path[0] === 'manifest' ? path.slice(1) : path[0] === 'card' && path[1] === 'meta' ? path.slice(2) : path;
    const shown = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPath */ .jV)(inDoc);
    const label = itemLabel(root, path);
    return label ? `${shown} (${label})` : shown;
}
function itemLabel(root, path) {
    let node = root;
    let label;
    for (let i = 0; i < path.length; i++) {
        const segment = path[i];
        if (node === null || typeof node !== 'object')
            break;
        node = node[segment];
        const listName = path[i - 1];
        if (typeof segment === 'number' && typeof listName === 'string' && node && typeof node === 'object') {
            const item = node;
            // A placeholder ("TODO: the training data") names nothing: system/no-placeholders reports it.
            const name = [item.id, item.name, item.role, item.metric].find((v) => typeof v === 'string' && v.trim() !== '' && (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .valueAbsence */ .Z2)(v) !== 'placeholder');
            if (typeof name === 'string')
                label = `${singular(listName)} "${name}"`;
        }
    }
    return label;
}
function singular(word) {
    if (word.endsWith('ies'))
        return `${word.slice(0, -3)}y`;
    if (word.endsWith('s') && !word.endsWith('ss'))
        return word.slice(0, -1);
    return word;
}
const NAMING_FIELDS = ['id', 'name', 'path'];
const KIND_FIELDS = ['metric', 'attribute', 'dataset', 'family', 'uri', 'role'];
/** A field's trimmed text, when the item has one. */
function textField(item, field) {
    const value = item[field];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
/**
 * How a message names a list item whatever its position: a text item by its value, an item
 * with an id, name or path by that, else by the fields that tell its kind apart (a bound by its
 * metric, attribute and dataset); undefined for an item known by nothing.
 */
function identityLabel(item, listName) {
    const kind = typeof listName === 'string' ? singular(listName) : 'item';
    if (typeof item === 'string' || typeof item === 'number')
        return `${kind} ${JSON.stringify(String(item).slice(0, 80))}`;
    if (item === null || typeof item !== 'object' || Array.isArray(item))
        return undefined;
    const record = item;
    for (const field of NAMING_FIELDS) {
        const value = textField(record, field);
        if (value !== undefined)
            return `${kind} ${JSON.stringify(value.slice(0, 80))}`;
    }
    const parts = KIND_FIELDS.flatMap((field) => {
        const value = textField(record, field);
        return value === undefined ? [] : [`${field} ${JSON.stringify(value.slice(0, 80))}`];
    });
    return parts.length === 0 ? undefined : `${kind} ${parts.join(', ')}`;
}
/**
 * Whether two list items are the same item: text items by value; mappings by the first of id,
 * name and path that both have (a dataset whose uri changes is the same dataset), else by the
 * fields telling their kind apart that both have. A name the pull request adds decides nothing
 * (it named the item; it did not put another in its place), but one the base commit's item had
 * and this one lacks (a blank id) makes it another item. A role alone is a category (two test
 * sets, two credit officers), not an identity: it tells items apart only where neither has more.
 */
function sameItem(now, before) {
    const isRecord = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
    if (!isRecord(now) || !isRecord(before))
        return (typeof now === 'string' || typeof now === 'number') && now === before;
    for (const field of NAMING_FIELDS) {
        const a = textField(now, field);
        const b = textField(before, field);
        if (b !== undefined)
            return a === b;
    }
    const fieldsOf = (item) => KIND_FIELDS.filter((field) => textField(item, field) !== undefined);
    const shared = fieldsOf(now).filter((field) => textField(before, field) !== undefined);
    if (shared.some((field) => field !== 'role'))
        return shared.every((field) => textField(now, field) === textField(before, field));
    const onlyRole = (item) => NAMING_FIELDS.every((field) => textField(item, field) === undefined) && fieldsOf(item).join() === 'role';
    return shared.length === 1 && onlyRole(now) && onlyRole(before) && textField(now, 'role') === textField(before, 'role');
}
/**
 * The first list item on `path` that is another item than the one at the same position in
 * `baseRoot` (a pull request reordered the list, or put an item where there was none): a waiver
 * or baseline entry that names the position was written for what was there. Two items known by
 * nothing (a mapping with no id, name, path, metric, …) cannot be told apart, and are taken to be the same.
 */
function movedItem(root, baseRoot, path) {
    let node = root;
    let before = baseRoot;
    for (let i = 0; i < path.length; i++) {
        const segment = path[i];
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[segment];
        before = before !== null && typeof before === 'object' ? before[segment] : undefined;
        if (typeof segment !== 'number')
            continue;
        const now = identityLabel(node, path[i - 1]);
        const was = identityLabel(before, path[i - 1]);
        // Two items known by nothing cannot be told apart; one known by nothing where a known one was is another.
        if (now === undefined ? was === undefined : sameItem(node, before))
            continue;
        const unknown = 'an item known by no id or name';
        return { path: (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPath */ .jV)(path.slice(0, i + 1)), was: before === undefined ? 'nothing' : (was ?? unknown), now: now ?? unknown };
    }
    return undefined;
}


/***/ }),

/***/ 1197:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gy: () => (/* binding */ biasNotApplicable),
/* harmony export */   NY: () => (/* binding */ honouredReason),
/* harmony export */   TI: () => (/* binding */ DECLARATION_PATH),
/* harmony export */   rE: () => (/* binding */ notAboutPersons)
/* harmony export */ });
/* unused harmony exports MIN_REASON_WORDS, biasDeclaration */
/* harmony import */ var _load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8852);
/* harmony import */ var _load_source_doc_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2431);
/* harmony import */ var _policy_obligations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6020);
/* harmony import */ var _text_no_one_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6422);
/* harmony import */ var _function_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6792);
/* harmony import */ var _document_content_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7581);
/**
 * `bias.notApplicable: { reason }`: the manifest declares that the system's output concerns no
 * natural person (it scores, ranks or describes none: a contract-clause classifier, a demand
 * forecast), so the bias rules, which measure how a model treats groups of people, do not apply.
 *
 * The declaration is honoured only where the manifest does not itself say otherwise: a reason
 * that says why no natural person is affected, and no field that names people (affected
 * persons, personal data, sensitive attributes, a bias evaluation, an Annex III area about
 * people, emotion recognition or biometric categorisation). A refused declaration spares
 * nothing: the bias rules apply, and bias/not-applicable-justified fails at the declaration.
 * Rules opt in with `when: { affectsPersons: true }` (evaluate.ts).
 */






/** Where the declaration is, from the system document's root. */
const DECLARATION_PATH = ['manifest', 'bias', 'notApplicable'];
/** Fewest words a reason holds (placeholders and repeats aside): a sentence that says why, not "No persons." */
const MIN_REASON_WORDS = 8;
/** A reason says why no natural person is affected: it speaks of people, by one of these (at the start of a word). */
const PERSONS = {
    name: 'why no natural person is affected',
    terms: ['person', 'people', 'individual', 'human', 'personal', 'anyone', 'anybody', 'nobody', 'no one', 'someone', 'data subject'],
};
const declarations = new WeakMap();
/**
 * The manifest's `bias.notApplicable`, judged: undefined when it declares none. Read once per
 * manifest (every bias rule asks).
 */
function biasDeclaration(data) {
    if (!data || typeof data !== 'object')
        return undefined;
    let judged = declarations.get(data);
    if (judged === undefined) {
        judged = judge(data) ?? null;
        declarations.set(data, judged);
    }
    return judged ?? undefined;
}
/** An honoured declaration's reason; undefined when there is none, or it is refused. */
function honouredReason(data) {
    const declared = biasDeclaration(data);
    return declared && declared.refusals.length === 0 ? declared.reason : undefined;
}
/** Why a rule with `when.affectsPersons` does not apply to the system, or undefined when it does. */
function notAboutPersons(data) {
    const reason = honouredReason(data);
    return reason === undefined ? undefined : `bias.notApplicable declares that the system's output concerns no natural person: ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(reason, 300)}`;
}
const at = (...path) => ['manifest', ...path];
function judge(data) {
    const bias = data.bias;
    if (!bias || typeof bias !== 'object' || !Object.hasOwn(bias, 'notApplicable'))
        return undefined;
    const declared = bias.notApplicable;
    const here = at('bias', 'notApplicable');
    const refusals = [];
    const refuse = (why) => refusals.push({ message: `bias.notApplicable cannot be honoured: ${why}`, path: here });
    let reason;
    if (!declared || typeof declared !== 'object' || Array.isArray(declared)) {
        refusals.push({ message: `bias.notApplicable is not a mapping with a reason: write bias.notApplicable: { reason: "…" }, saying why no natural person is scored, ranked or described by the system's output`, path: here });
    }
    else {
        const written = declared.reason;
        if (typeof written === 'string')
            reason = written;
        refusals.push(...reasonProblems(written));
    }
    const affected = personsNamed(data.intendedUse?.affectedPersons);
    if (affected)
        refuse(`intendedUse.affectedPersons names ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(affected)}, a person the system's output affects`);
    const datasets = Array.isArray(data.data?.datasets) ? data.data.datasets : [];
    datasets.forEach((dataset, index) => {
        const personal = dataset?.personalData;
        const name = typeof dataset?.id === 'string' ? ` (${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(dataset.id)})` : '';
        if (personal?.present === true) {
            refuse(`data.datasets[${index}]${name} holds personal data (personalData.present: true): a model trained or evaluated on data about people can treat them unequally`);
            return;
        }
        // present: false beside the categories of personal data it holds says both (red team).
        const category = firstStated(personal?.categories);
        if (category !== undefined && ((0,_text_no_one_js__WEBPACK_IMPORTED_MODULE_2__/* .namesNoOne */ .S)(category) || NO_CATEGORY.test(category.trim())))
            return;
        if (category !== undefined)
            refuse(`data.datasets[${index}]${name} lists ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(category)} under personalData.categories, though personalData.present is not true: data with categories of personal data is data about people`);
    });
    const attribute = firstStated(bias.sensitiveAttributes);
    if (attribute !== undefined)
        refuse(`bias.sensitiveAttributes lists ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(attribute)}, an attribute of the people the system's fairness is evaluated for`);
    const reports = Array.isArray(bias.reports) ? bias.reports.length : 0;
    if (reports > 0)
        refuse(`bias.reports cites ${reports === 1 ? 'a bias report' : `${reports} bias reports`}, which the bias rules judge; remove ${reports === 1 ? 'it' : 'them'} if no natural person is affected`);
    const thresholds = Array.isArray(bias.thresholds) ? bias.thresholds.length : 0;
    if (thresholds > 0)
        refuse(`bias.thresholds bounds ${thresholds === 1 ? 'a fairness metric' : `${thresholds} fairness metrics`}, which only a system that affects people has`);
    const basis = data.risk?.euAiAct?.basis;
    for (const { point, area } of (0,_policy_obligations_js__WEBPACK_IMPORTED_MODULE_1__/* .personsAreasOfBasis */ .sI)(typeof basis === 'string' ? basis : undefined)) {
        refuse(`risk.euAiAct.basis cites Annex III ${point} (${area}), an area where the system's output concerns natural persons`);
    }
    const transparency = data.transparency;
    if (transparency?.recognisesEmotions === true)
        refuse('transparency.recognisesEmotions is true: emotion recognition infers the emotions of natural persons');
    if (transparency?.categorisesBiometrically === true)
        refuse('transparency.categorisesBiometrically is true: biometric categorisation assigns natural persons to categories');
    return { ...(reason === undefined ? {} : { reason }), refusals };
}
/** What is wrong with the reason: missing, a placeholder, too short, or not about people. */
function reasonProblems(written) {
    const where = at('bias', 'notApplicable', 'reason');
    const what = "say why no natural person is scored, ranked or described by the system's output";
    if (typeof written !== 'string') {
        if (written === undefined || written === null)
            return [{ message: `bias.notApplicable.reason is missing: ${what}`, path: at('bias', 'notApplicable') }];
        return [{ message: `bias.notApplicable.reason is not text: ${what}`, path: where }];
    }
    const absence = (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .valueAbsence */ .Z2)(written);
    // "N/A" is honest where a field does not apply; here it is the one thing that must be said.
    if (absence)
        return [{ message: `bias.notApplicable.reason ${(0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValueAbsence */ .OQ)(written, absence)}`, path: where }];
    if ((0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .isNonAnswerValue */ .Tq)(written))
        return [{ message: `bias.notApplicable.reason is ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(written)}, which says nothing: ${what}`, path: where }];
    const words = (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .substantiveWords */ .Sk)(written, MIN_REASON_WORDS);
    if (words < MIN_REASON_WORDS) {
        return [{ message: `bias.notApplicable.reason says too little to spare the system the bias rules: ${words} word${words === 1 ? '' : 's'} (${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(written, 200)}), at least ${MIN_REASON_WORDS} expected; ${what}`, path: where }];
    }
    if ((0,_document_content_js__WEBPACK_IMPORTED_MODULE_3__/* .topicsMissingFromText */ .Ez)(written, [PERSONS]).length > 0) {
        return [{ message: `bias.notApplicable.reason does not say why no natural person is affected: it speaks of no person, people or individual (${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(written, 200)})`, path: where }];
    }
    return [];
}
/** The first item of a text or list of texts that is stated (not missing or a placeholder). */
function firstStated(value) {
    const items = Array.isArray(value) ? value : [value];
    return items.find((item) => typeof item === 'string' && (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .valueAbsence */ .Z2)(item) === undefined);
}
/** The first person `affectedPersons` names: stated, and not an answer that there is none ("None", "N/A", "nobody"). */
function personsNamed(value) {
    const items = Array.isArray(value) ? value : [value];
    return items.find((item) => typeof item === 'string' && (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .valueAbsence */ .Z2)(item) === undefined && !(0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .isNonAnswerValue */ .Tq)(item) && !(0,_text_no_one_js__WEBPACK_IMPORTED_MODULE_2__/* .namesNoOne */ .S)(item) && !saysNoPerson(item));
}
/**
 * "No natural persons", "none (legal entities only)": a whole answer that the system affects no
 * one, with one remark in brackets at most. Not an answer that goes on ("None directly; tenants
 * whose leases are flagged are affected" names people: review).
 */
const NO_PERSON = /^(?:none|no (?:natural )?(?:persons?|people|individuals?|one))(?: (?:is|are) affected)?(?: ?\([^()]*\))?\.?$/i;
/** A personal-data category that says there is none: "no personal data", "None (anonymised)", "N/A - synthetic". */
const NO_CATEGORY = /^(?:none|no|n\/?a|not applicable)\b/i;
function saysNoPerson(text) {
    return NO_PERSON.test(text.trim().replace(/\s+/g, ' '));
}
/**
 * bias/not-applicable-justified: a declaration the manifest makes is one it can make. Passes an
 * honoured declaration (a declaration only supports controls; coverage counts nothing it spared
 * as evidenced), fails each refusal at its line; nothing to check without one.
 */
const biasNotApplicable = (0,_function_js__WEBPACK_IMPORTED_MODULE_5__/* .defineFunction */ .Oh)({
    name: 'bias-not-applicable',
    description: "bias.notApplicable, where declared, can be honoured: a reason of at least 8 words that speaks of people, and nothing in the manifest that names people the system's output concerns (intendedUse.affectedPersons, personal data in a dataset, sensitive attributes, bias reports or thresholds, an Annex III area about natural persons, emotion recognition or biometric categorisation).",
    optionsSchema: { type: 'object', additionalProperties: false },
    check({ system }) {
        const declared = biasDeclaration(system.manifest.data);
        if (!declared)
            return { skip: 'nothing to check: bias.notApplicable is not declared' };
        return declared.refusals;
    },
});


/***/ }),

/***/ 7581:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H8: () => (/* binding */ documentAbsence),
  nH: () => (/* binding */ documentContent),
  We: () => (/* binding */ judgeCitedDocument),
  Ez: () => (/* binding */ topicsMissingFromText)
});

// UNUSED EXPORTS: DEFAULT_MIN_WORDS, citedHeading, denialIn, headingSlug

// EXTERNAL MODULE: ./build/load/markdown.js
var markdown = __webpack_require__(2932);
// EXTERNAL MODULE: ./build/load/model-card.js + 1 modules
var model_card = __webpack_require__(4692);
// EXTERNAL MODULE: ./build/load/placeholder.js
var placeholder = __webpack_require__(8852);
// EXTERNAL MODULE: ./build/text/closest.js
var closest = __webpack_require__(2665);
// EXTERNAL MODULE: ./build/evidence/check.js
var check = __webpack_require__(6792);
;// CONCATENATED MODULE: ./build/evaluate/functions/denials.js
/**
 * Whether a document mentions a capability only to deny it: "the scorer cannot be stopped or
 * paused", "there is no kill switch", "overriding is not possible". document-content asks this of
 * a topic marked `affirmed` (stopping the system, overriding an output, reviewing text before it
 * is published), whose terms a runbook can name while saying the thing cannot be done.
 *
 * Terms are matched, not meaning, so only a few plain forms of denial are read, each about the
 * system or what it puts out, and a false error on a real runbook costs more than a denial let
 * through (two red-team passes wrote some sixty legitimate documents the first readings failed;
 * test/rules/denials.test.ts keeps them). A mention is denied by:
 * - "cannot" or "can't": "the score cannot be overridden", "the scorer cannot be stopped or
 *   paused", "staff can't switch it off", "operators are unable to stop the scorer"; not where a
 *   machine is the agent or subject ("cannot be overridden by the model", "the model cannot
 *   decide"), and not where the denial is about something else ("the audit log cannot be edited");
 * - "impossible to", "not possible to", "no way to" stop it;
 * - "there is no kill switch", "the system has no fallback", where the mention is what there is
 *   none of ("no approval step" is not a denial of approval), and not a lack in one interface
 *   ("there is no kill switch in the UI", before steps that stop it another way);
 * - the mention as a subject that is not possible: "overriding is not possible", "shutdown is not
 *   supported", "rollback is impossible"; not there yet or turned down (an auditor's runbooks):
 *   "a rollback is not yet in place", "an appeal process for declined applicants is still being
 *   designed", "stopping the scorer is not something we support", "a fallback to manual review
 *   was considered and rejected";
 * - not built yet: "no kill switch has been built yet", "the team will add a stop procedure in a
 *   later release", "we plan to add a kill switch in a later release", "a kill switch is planned
 *   for a later release", "stopping the scorer is on the roadmap", "engineers have not yet agreed
 *   on how to stop the scorer"; not where a clause after it says what to do until then.
 * A word or two such as "manual" or "documented" may stand between "no" and the mention ("there
 * is no manual kill switch"), an adverb within "cannot" ("cannot currently be stopped"); "not able
 * to" and "nobody … is able to" deny as "unable to" does; a mention that is the purpose of a plan
 * ("we intend to add a kill switch so nurses can stop it") is not there yet; a list across commas
 * shares its first item's denial ("cannot be stopped, paused or disabled"). A clause after a
 * capability to come that says the system goes on meanwhile ("until then it keeps running") is
 * no way to stop it; one that points at the steps there are now ("so that the duty manager can
 * do step 1 without shell access") is. "But", "other than", "apart from" name who can, after a
 * "nobody" form only; a clause that opens with "if", "whenever" or "unless" is a condition.
 * For an activity a document must record as done (a `done` topic: tests run, risks identified),
 * an admission that it was not is a denial too (notDone): "no test of any kind was run", "we did
 * not assess it", "nobody has assessed it".
 * Mentions joined by "or" share a denial. "Must not", "may not" forbid rather than deny; a double
 * denial affirms ("there is no situation in which the model cannot be stopped"); a condition or a
 * limit on who may act, or when, is not a denial ("without approval", "during a batch", "by a
 * single engineer", "their own stories"). Anything else is not a denial: "the model does not make
 * decisions", "no approval is needed to halt it", "rollback is not automatic".
 */
/**
 * Text in lower case, letters and digits only, with each clause ended by ` | `: sentence
 * punctuation, commas, blank lines, list items and table cells end a clause; a line wrapped inside
 * a paragraph does not. Topic terms are looked for in it as ` term` (at the start of a word).
 */
function denials_clauseWords(text) {
    const clauses = text.toLowerCase().replace(/[.;:!?,|•–—]+|\n(?=[ \t]*(?:[-*+]|\d+[.)])[ \t])|\n[ \t]*(?=\n)/g, ' | ');
    return ` ${clauses.replace(/[^\p{L}\p{N}|]+/gu, ' ').trim()} | `;
}
/**
 * Modals a `not` (or "n't") negates into "cannot": "could not be stopped", "can't switch it off".
 * "Must not", "may not", "should not" forbid rather than deny ("reporters may not approve their
 * own stories"), and "will not" foretells ("staff won't switch shifts").
 */
const MODALS = new Set(['can', 'could', 'couldn']);
/** What a machine is called, as the agent or subject of a denial that does not deny people the capability. */
const MACHINES = new Set(['model', 'models', 'system', 'systems', 'ai', 'algorithm', 'tool', 'scorer', 'classifier', 'engine', 'it']);
/** What a denial must be about: the system or what it puts out ("the score cannot be overridden"). */
const OUTPUTS = new Set([
    ...MACHINES,
    ...['service', 'pipeline'],
    ...['score', 'scores', 'output', 'outputs', 'decision', 'decisions', 'prediction', 'predictions', 'result', 'results', 'recommendation', 'recommendations', 'suggestion', 'suggestions', 'grade', 'grades', 'rating', 'ratings'],
    ...['story', 'stories', 'article', 'articles', 'draft', 'drafts', 'text', 'texts', 'content', 'copy', 'summary', 'summaries'],
]);
/** Words after a denied mention that limit who may act, or when, rather than deny it ("by a single engineer", "by the reporter who wrote it"). */
const LIMITS = new Set(['alone', 'own', 'same', 'single', 'one', 'who', 'itself', 'himself', 'herself', 'themselves', 'below', 'above', 'before', 'after', 'once', 'during', 'while', 'mid', 'routine']);
/** What may follow a mention that is what there is none of ("no fallback and no kill switch"). */
const AFTER_A_NOUN = new Set(['and', 'or', 'but', 'in', 'on', 'at', 'is', 'are', 'was', 'were', 'exists', 'available', 'so', 'because', 'either', 'anymore', 'yet']);
/**
 * Where a means may be missing while the capability is there another way: "there is no kill
 * switch in the UI" (then the steps run kubectl) says where not to look, not that it cannot be done.
 */
const INTERFACES = new Set(['ui', 'gui', 'dashboard', 'console', 'portal', 'interface', 'screen', 'frontend', 'website', 'page', 'menu', 'toolbar', 'panel', 'cli', 'api', 'form', 'widget']);
/** "no way to stop it", "no means to override it". */
const WAYS = new Set(['way', 'means', 'mechanism', 'option', 'possibility', 'ability', 'facility']);
/** Whose lack is not the system's, as the subject of "has no": "the vendor has no editorial responsibility" (not "the provider", the AI Act's word for the system's maker). */
const THIRD_PARTIES = new Set(['vendor', 'vendors', 'supplier', 'suppliers', 'partner', 'partners', 'contractor', 'contractors']);
/** "has not built", "have not added". */
const HAVING_BUILT = new Set(['has', 'have', 'had']);
/** "nobody holds editorial responsibility"; not "has", which may be an occurrence ("nobody has stopped it this year"). */
const HOLDING = new Set(['holds', 'hold', 'bears', 'bear', 'takes', 'take', 'carries', 'carry', 'owns', 'own']);
/** "the system has no fallback". */
const HAVING = new Set(['has', 'have', 'had', 'offers', 'offer', 'provides', 'provide', 'includes', 'include']);
/** What a `not` after a mention says it is not ("overriding is not possible"). */
const NOT_STATES = new Set(['possible', 'supported', 'allowed', 'permitted', 'available', 'provided', 'offered', 'implemented', 'feasible']);
/** What a mention may be said to be on its own ("rollback is impossible"). */
const DENYING_STATES = new Set(['impossible', 'unavailable', 'unsupported', 'infeasible', 'prohibited', 'forbidden', 'disallowed']);
/** What is said of a capability not built ("no kill switch has been built", "will add a stop procedure"). */
const BUILT = new Set(['built', 'implemented', 'added', 'developed', 'created', 'introduced', 'provided', 'written', 'designed', 'delivered', 'agreed', 'defined']);
const TO_BUILD = new Set(['add', 'build', 'introduce', 'provide', 'implement', 'ship', 'deliver', 'create', 'develop']);
/** A clause after a capability to come that says what to do meanwhile ("until then use step 1"): it is there now. */
const MEANWHILE = new Set(['until', 'till', 'meanwhile', 'meantime', 'now', 'instead', 'today', 'currently']);
/** Words by which a clause after a plan points at the procedure there is now ("do step 1", "as above"). */
const STEP_POINTERS = new Set(['step', 'steps', 'above', 'below']);
/** A clause after a capability to come that says the system goes on meanwhile ("until then the suggestion keeps running"): no stop now. */
const CONTINUING = new Set(['keeps', 'keep', 'continues', 'continue', 'remains', 'remain', 'stays', 'stay', 'always']);
/** Adverbs that may stand in a denial ("cannot currently be stopped"); not "easily", which says it is hard, not impossible. */
const DENIAL_ADVERBS = new Set(['currently', 'presently', 'yet', 'today', 'now', 'ever', 'really', 'actually', 'practically']);
/** What a capability comes in: "a later release", "version 3", "the next quarter". */
const RELEASES = new Set(['release', 'releases', 'version', 'versions', 'sprint', 'quarter', 'phase', 'iteration', 'milestone', 'update', 'roadmap']);
/** When a capability to come comes: "in a later release", "in the next quarter". */
const LATER = new Set(['later', 'future', 'next', 'eventually', 'roadmap', 'soon']);
/** "have not yet agreed on how to stop it". */
const DECIDED = new Set(['agreed', 'decided', 'determined', 'defined', 'documented', 'worked', 'figured', 'settled']);
/** "is still being designed". */
const UNDER_WAY = new Set(['designed', 'built', 'developed', 'written', 'discussed', 'planned', 'drafted', 'implemented', 'scoped', 'worked']);
/** "was considered and rejected". */
const TURNED_DOWN = new Set(['rejected', 'abandoned', 'dropped', 'descoped', 'shelved']);
/** "… and restored in v2": what was turned down is back. */
const RESTORED = new Set(['restored', 'reinstated', 'reintroduced', 'readded', 'revived']);
/**
 * Words that may stand between "no" and the mention without changing what there is none of
 * ("there is no manual kill switch", "the scorer has no documented rollback"). Not "automatic"
 * or "automated": "there is no automated rejection" says a person decides, the opposite.
 */
const MODIFIERS = new Set(['off', 'manual', 'dedicated', 'documented', 'formal', 'tested', 'working', 'physical', 'hardware', 'software', 'remote', 'central', 'global', 'separate', 'reliable', 'proper', 'real', 'explicit', 'human', 'operator', 'quick', 'immediate', 'instant', 'safe', 'graceful']);
/** "we plan to add a kill switch": what comes before "to" in a capability to come. */
const INTENDING = new Set(['plan', 'plans', 'planned', 'intend', 'intends', 'aim', 'aims', 'expect', 'expects', 'hope', 'hopes', 'want', 'wants']);
/** "a kill switch is planned for a later release": what is said of a capability to come. */
const TO_COME = new Set(['planned', 'scheduled', 'expected', 'due', 'intended', 'proposed', 'coming']);
/** What a capability may be called after its term ("an appeal process", "a stop procedure"). */
const MECHANISMS = new Set(['process', 'procedure', 'mechanism', 'step', 'path', 'workflow', 'feature', 'function', 'button', 'route', 'plan', 'option', 'capability', 'runbook']);
/** What may be said of whom we do not support it ("we currently support", "we offer"). */
const SUPPORTING = new Set(['support', 'offer', 'provide', 'allow', 'enable']);
/** Words before a mention that keep it the subject ("the override is not possible"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'any', 'this', 'that', 'its', 'our']);
/** Words that deny, for the double denial that affirms. */
const NEGATIONS = new Set(['no', 'not', 'never', 'cannot', 't', 'unable', 'impossible', 'neither', 'nor', 'none', 'nobody', 'nothing']);
/** A denial followed by one of these is a condition ("cannot be stopped without a second approval"). */
const CONDITIONS = new Set(['without', 'unless', 'except', 'until']);
/** Words that make what follows them in a clause a condition: "if the scorer cannot be stopped, …". */
const IF_WORDS = new Set(['if', 'whenever', 'unless']);
/** Words a double denial's first denial is not looked for past. */
const COORDINATORS = new Set(['and', 'but', 'or', 'while', 'whereas']);
/** How many words before a mention are read (the clause's start, for "there is no …"). */
const BEFORE_REACH = 16;
/** How many words after a mention are read (a machine agent, a condition, "is not possible"). */
const AFTER_REACH = 12;
/**
 * When every mention of `terms` in `words` (clauseWords) is denied, the first denial, quoted;
 * undefined when one mention or more is not denied, or there is none. Each mention is read with
 * a bounded number of words either side, and the first that is not denied ends the search, so
 * the time is linear in the text whatever it holds.
 */
function onlyDenied(words, terms, done = false) {
    let first;
    // A mention's first word, for a mention standing between a denial and another ("stopped or paused").
    const starts = terms.map((term) => term.split(' ', 2).join(' '));
    for (const term of terms) {
        for (let at = words.indexOf(term); at >= 0; at = words.indexOf(term, at + term.length)) {
            const denial = denialOf(words, at, at + term.length, starts, 0, done);
            if (denial === undefined)
                return undefined;
            first ??= denial;
        }
    }
    return first;
}
/** Up to `count` words before offset `from` (a space) of `words`, nearest first, stopping at a clause end. */
function wordsBefore(words, from, count) {
    const found = [];
    let end = from;
    while (found.length < count && end > 0) {
        const start = words.lastIndexOf(' ', end - 1);
        const word = words.slice(start + 1, end);
        if (word === '|')
            break;
        found.push(word);
        end = start;
    }
    return found;
}
/** Up to `count` words from offset `from` (a space) of `words`, stopping at a clause end. */
function wordsAfter(words, from, count) {
    const found = [];
    let start = from;
    while (found.length < count && start >= 0 && start < words.length - 1) {
        const end = words.indexOf(' ', start + 1);
        const word = words.slice(start + 1, end < 0 ? words.length : end);
        if (word === '|')
            break;
        found.push(word);
        start = end;
    }
    return found;
}
const isMention = (word, starts) => word !== undefined && starts.some((start) => ` ${word}`.startsWith(start));
/** At `b[k]`, a negated modal ("cannot", "can not", "can't", "won't"): how many words it takes, or 0. */
function negatedModal(b, k) {
    if (b[k] === 'cannot')
        return 1;
    if (b[k] === 'never' && MODALS.has(b[k + 1]))
        return 2;
    if ((b[k] === 'not' || b[k] === 't') && MODALS.has(b[k + 1]))
        return 2;
    return 0;
}
/**
 * The quoted denial of the mention at `words[at + 1, end)` (`at` is the space before it), or
 * undefined when none of the forms above denies it.
 */
function denialOf(words, at, end, starts, listed = 0, done = false) {
    const space = words.indexOf(' ', end - 1);
    const mentionEnd = space < 0 ? words.length : space;
    const mention = words.slice(at + 1, mentionEnd);
    const clause = wordsBefore(words, at, BEFORE_REACH); // nearest first
    const after = wordsAfter(words, mentionEnd, AFTER_REACH);
    // A condition or a limit on who may act is not a denial: "without approval", "during a batch",
    // "by a single engineer", "their own stories".
    if (after.some((word) => CONDITIONS.has(word) || LIMITS.has(word)))
        return undefined;
    // Past the mentions that go with this one: "stopped or paused", "kill switch".
    let i = 0;
    for (;;) {
        if ((clause[i] === 'or' || clause[i] === 'nor') && isMention(clause[i + 1], starts))
            i += 2;
        else if (isMention(clause[i], starts))
            i += 1;
        else
            break;
    }
    // Past a word or two that says which kind there is none of: "no manual kill switch".
    let m = i;
    while (m < i + 2 && MODIFIERS.has(clause[m]))
        m++;
    if (m > i && clause[m] === 'no')
        i = m;
    const b = clause.slice(i);
    // A list of mentions across commas shares the first one's denial: "the suggestion cannot be
    // stopped, paused or disabled" (red team). Read back a few items, no more.
    if (b.length === 0 && clause.length < BEFORE_REACH && listed < 4) {
        const bar = words.lastIndexOf(' | ', at);
        const start = bar > 0 ? words.lastIndexOf(' ', bar - 1) : -1;
        if (bar > 0 && isMention(words.slice(start + 1, bar), starts))
            return denialOf(words, start, bar, starts, listed + 1, done);
    }
    // What the denial is about must be the system or its output: "the score cannot be overridden",
    // "staff can't switch it off", not "the audit log cannot be edited".
    const aboutOutput = (near) => near.some((word) => OUTPUTS.has(word));
    let denial = -1; // where in `b` the denial ends (its farthest word)
    // "cannot currently be stopped", "staff cannot currently stop it": past one adverb.
    const adverbAt = (k) => (DENIAL_ADVERBS.has(b[k]) && negatedModal(b, k + 1) > 0 ? 1 : 0);
    const passiveAdverb = b[0] === 'be' ? adverbAt(1) : 0;
    const passive = b[0] === 'be' && negatedModal(b, 1 + passiveAdverb) > 0 ? negatedModal(b, 1 + passiveAdverb) + passiveAdverb : 0;
    const activeAdverb = adverbAt(0);
    const active = (negatedModal(b, activeAdverb) > 0 ? negatedModal(b, activeAdverb) + activeAdverb : 0) || (b[0] === 'to' && b[1] === 'unable' ? 2 : 0) || notAbleUnlessSomeone(b, after);
    // The object, past the mentions joined to this one ("overrule or amend the score").
    let o = 0;
    while (after[o] === 'or' || after[o] === 'nor' || isMention(after[o], starts))
        o++;
    const object = after.slice(o, o + 3);
    const agent = after.indexOf('by');
    const byMachine = agent >= 0 && after.slice(agent + 1, agent + 3).some((word) => MACHINES.has(word));
    if (passive && !byMachine && aboutOutput(b.slice(passive + 1)))
        denial = passive;
    else if (active && !b.slice(active).some((word) => MACHINES.has(word)) && aboutOutput(object))
        denial = active - 1;
    else if (b[0] === 'to' && b[1] === 'impossible' && aboutOutput(object))
        denial = 1;
    else if (b[0] === 'to' && b[1] === 'possible' && b[2] === 'not' && aboutOutput(object))
        denial = 2;
    else if (b[0] === 'to' && b[1] === 'possible' && DENIAL_ADVERBS.has(b[2]) && b[3] === 'not' && aboutOutput(object))
        denial = 3;
    // "no way to stop it", "no means of stopping it".
    else if ((b[0] === 'to' || b[0] === 'of') && WAYS.has(b[1]) && b[2] === 'no' && aboutOutput(object))
        denial = 2;
    // "there is no kill switch", "the system has no fallback": the mention is what there is none of, not a word describing it ("no approval step").
    // Not "there have been no emergency stops": occurrences, not the capability (false-error hunt).
    // Not a third party's lack: "the vendor has no editorial responsibility" (false-error hunt).
    // Not a lack in one interface: "there is no kill switch in the UI" (false-error hunt).
    else if (b[0] === 'no' && b[1] !== 'been' && (HAVING.has(b[1]) || thereIs(clause)) && endsNoun(after, starts) && !THIRD_PARTIES.has(b[2]) && !inInterface(after, starts))
        denial = 0;
    // "No kill switch exists".
    else if (b[0] === 'no' && b.length === 1 && ['exists', 'exist'].includes(after[pastMentions(after, starts)]))
        denial = 0;
    // "the vendor has not built a kill switch".
    else if ((b[0] === 'a' || b[0] === 'an' || b[0] === 'any') && BUILT.has(b[1]) && (b[2] === 'not' || (b[2] === 'yet' && b[3] === 'not')) && HAVING_BUILT.has(b[b[2] === 'yet' ? 4 : 3]))
        denial = b[2] === 'yet' ? 4 : 3;
    // "No kill switch has been built yet": the clause's first words.
    else if (b[0] === 'no' && b.length === 1 && notBuilt(after, starts))
        denial = 0;
    // "the team will add a stop procedure in a later release".
    // "we intend to add a kill switch": an intention is not there yet, whenever it comes.
    else if ((b[0] === 'a' || b[0] === 'an') && TO_BUILD.has(b[1]) && (b[2] === 'will' || (b[2] === 'to' && INTENDING.has(b[3]))) && namesMechanism(after, starts) && (b[2] === 'to' || after.some((word) => LATER.has(word))) && !meanwhile(words, mentionEnd))
        denial = b[2] === 'to' ? 3 : 2;
    // "we intend to add a kill switch so nurses can stop the suggestion": the purpose of a plan.
    else if (purposeOfPlan(b) >= 0 && !meanwhile(words, mentionEnd))
        denial = purposeOfPlan(b);
    // "have not yet agreed on how to stop the scorer".
    else if (b[0] === 'to' && b[1] === 'how')
        denial = notDecided(b);
    // "nobody holds editorial responsibility", "no one can stop the scorer" (red team).
    // Not "nobody can stop it but the on-call engineer": someone can (false-error hunt).
    else if (HOLDING.has(b[0]) && nobodyAt(b, 1) > 0 && !someoneElse(after))
        denial = nobodyAt(b, 1);
    // "nobody (at the hospital) can stop the suggestion".
    else if (b[0] === 'can' && aboutOutput(object) && nobodyBefore(b) > 0 && !someoneElse(after))
        denial = nobodyBefore(b);
    // An activity not done: "no test of any kind was run", "we did not assess it", "nobody has assessed it".
    else if (done)
        denial = notDone(b, after, starts);
    if (denial >= 0) {
        // A second denial further back in the clause makes a double denial, which affirms.
        const further = b.slice(denial + 1);
        const coordinated = further.findIndex((word) => COORDINATORS.has(word));
        if (further.slice(0, coordinated < 0 ? further.length : coordinated).some((word) => NEGATIONS.has(word)))
            return undefined;
        // A condition, not a statement: "if the scorer cannot be stopped within ten minutes, page the
        // lead". Only a clause that opens with it: "operators should know it cannot be stopped" and
        // "in the ward where it runs it cannot be stopped" state it (review).
        if (clause.length < BEFORE_REACH && IF_WORDS.has(clause.at(-1)))
            return undefined;
        return quote([...clause.slice(0, i + denial + 1).reverse(), mention, ...after.slice(0, 5)]);
    }
    // The mention as a subject that is not possible: "overriding is not possible", "rollback is impossible".
    if (!(b.length === 0 || DETERMINERS.has(b[0])))
        return undefined;
    let state = 0;
    while (isMention(after[state], starts))
        state++; // "manual override is …"
    state = pastSubject(after, state);
    const subjectEnd = state;
    while (state < after.length && ['is', 'are', 'was', 'were', 'will', 'be', 'has', 'have'].includes(after[state]))
        state++;
    if (state === subjectEnd)
        return undefined;
    const future = after.slice(subjectEnd, state).includes('will');
    const denied = deniedState(after, state) || (toCome(after, state, future) && !meanwhile(words, mentionEnd) ? after.length - state : 0);
    return denied > 0 ? quote([...clause.slice(0, i).reverse(), mention, ...after.slice(0, state + denied)]) : undefined;
}
/** Whether the words after a mention, past the mentions joined to it, name it as a capability ("a stop procedure", "a kill switch button", "a kill switch in …"), not as a document ("a shutdown report"). */
function namesMechanism(after, starts) {
    let k = 0;
    while (isMention(after[k], starts))
        k++;
    const next = after[k];
    return next === undefined || MECHANISMS.has(next) || ['in', 'to', 'for', 'by', 'as', 'at', 'on', 'that', 'which'].includes(next);
}
/**
 * The first words of the clause after the one the offset `from` of `words` is in, looked for
 * only as far as AFTER_REACH words can reach: a search to the clause's end for every mention made
 * a long clause quadratic (review: 2 MB of "will add a stop procedure" ran 51 s).
 */
function nextClause(words, from) {
    const window = words.slice(from, from + NEXT_CLAUSE_REACH);
    const bar = window.indexOf(' | ');
    if (bar < 0)
        return { words: [], end: -1 };
    const start = from + bar + 2;
    const next = wordsAfter(words, start, 10);
    // Looked for within reach too: a search to the end of a long clause made one of mentions quadratic.
    const close = words.slice(start + 1, start + NEXT_CLAUSE_REACH).indexOf(' | ');
    return { words: next, end: close >= 0 ? start + 1 + close : -1 };
}
/**
 * Whether the clause after the one at `from` says what to do until a capability to come is
 * there ("until then use step 1"), not that the system goes on meanwhile ("until then the
 * suggestion keeps running", red team).
 */
function meanwhile(words, from) {
    const next = nextClause(words, from);
    // "Until then, the suggestion keeps running": the clause after a bare "until then" says what happens meanwhile.
    const then = next.words.length <= 3 && next.end >= 0 ? nextClause(words, next.end).words : [];
    const said = [...next.words, ...then];
    // A plan that points at the steps there are now improves on them: "…, so that the duty manager
    // can do step 1 without shell access" (false-error hunt).
    if (next.words.some((word) => STEP_POINTERS.has(word)))
        return true;
    // "Until then the suggestion keeps running": the system goes on; "until then on-call keeps using step 1": a way now.
    return next.words.some((word) => MEANWHILE.has(word)) && !(said.some((word) => CONTINUING.has(word)) && said.some((word) => OUTPUTS.has(word)));
}
/** How many characters past a mention nextClause looks for the clause's end. */
const NEXT_CLAUSE_REACH = 400;
/**
 * Past what a subject may carry after its term: the system or output it acts on ("stopping the
 * scorer"), or what the capability is called and whom it is for ("an appeal process for declined
 * applicants"), up to the word that follows.
 */
function pastSubject(after, from) {
    let at = from;
    if (DETERMINERS.has(after[at]) && OUTPUTS.has(after[at + 1]))
        return at + 2;
    if (OUTPUTS.has(after[at]) && !MACHINES.has(after[at]))
        return at + 1;
    if (!MECHANISMS.has(after[at]) && after[at] !== 'to')
        return at;
    if (MECHANISMS.has(after[at]))
        at++;
    // "for declined applicants", "to manual review": a short phrase, up to a verb "to be".
    if (after[at] === 'for' || after[at] === 'to') {
        const be = after.slice(at + 1, at + 5).findIndex((word) => ['is', 'are', 'was', 'were'].includes(word));
        if (be > 0)
            at += be + 1;
    }
    return at;
}
/**
 * How many words from `after[state]` (past "is", "was" …) say the subject is not possible, not
 * there yet, or turned down; 0 when they do not.
 */
function deniedState(after, state) {
    const at = (k) => after[state + k];
    if (at(0) === 'not') {
        const yet = at(1) === 'yet' ? 1 : 0;
        if (NOT_STATES.has(at(1 + yet)))
            return 2 + yet;
        if (at(1 + yet) === 'in' && at(2 + yet) === 'place')
            return 3 + yet;
        // "has not (yet) been implemented".
        if (at(1 + yet) === 'been' && BUILT.has(at(2 + yet)))
            return 3 + yet;
        // "not something we currently support"
        if (at(1) === 'something' && after.slice(state + 2, state + 5).some((word) => SUPPORTING.has(word)))
            return Math.min(after.length - state, 5);
        return 0;
    }
    if (DENYING_STATES.has(at(0)))
        return 1;
    if (at(0) === 'still' && at(1) === 'being' && UNDER_WAY.has(at(2)))
        return 3;
    if (at(0) === 'yet' && at(1) === 'to' && at(2) === 'be' && BUILT.has(at(3)))
        return 4;
    // Not "dropped from v1 and restored in v2" (review).
    if (after.slice(state).some((word) => RESTORED.has(word)))
        return 0;
    if (TURNED_DOWN.has(at(0)))
        return 1;
    if (at(0) === 'considered' && at(1) === 'and' && TURNED_DOWN.has(at(2)))
        return 3;
    return 0;
}
/** What is said of an activity done: "no test was run", "no owner has been assigned". */
const DONE = new Set(['run', 'done', 'performed', 'conducted', 'carried', 'considered', 'identified', 'assessed', 'assigned', 'treated', 'tested', 'evaluated', 'reviewed', 'completed', 'made', 'undertaken', 'analysed', 'analyzed', 'documented', 'recorded', 'applied', 'taken', 'estimated', 'rated', 'scored', 'mitigated']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are']);
/**
 * For an activity (a `done` topic), where a denial that it was done ends in `b` (nearest
 * first), or -1:
 * - "no test (of any kind) was run", "no owner has (yet) been assigned", "no measure is in place":
 *   "no" before the mention, a few words after it an auxiliary and what is said of it done;
 * - "there has been no review";
 * - "nobody has assessed it" (the mention is the verb);
 * - "we did not assess personal data risks", "it has not been tested": a negation a few words
 *   before the mention, with "did", "has" or "have" (and "been") before or after it.
 */
function notDone(b, after, starts) {
    if (b[0] === 'no') {
        if (b[1] === 'been' || thereIs(b))
            return 0;
        let k = 0;
        while (k < after.length && (isMention(after[k], starts) || ['or', 'and', 'nor', 'no'].includes(after[k])))
            k++;
        for (let aux = k; aux < Math.min(after.length, k + 5); aux++) {
            if (!AUXILIARIES.has(after[aux]))
                continue;
            let v = aux + 1;
            if (after[v] === 'yet' || after[v] === 'ever')
                v++;
            if (after[v] === 'been')
                v++;
            if (after[v] === 'yet')
                v++;
            if (DONE.has(after[v]) || (after[v] === 'in' && after[v + 1] === 'place'))
                return 0;
            return -1;
        }
        return -1;
    }
    if (AUXILIARIES.has(b[0]) && nobodyAt(b, 1) > 0)
        return nobodyAt(b, 1);
    // "did not assess …", "has not been tested", "have not yet identified …": within a few words.
    for (let k = 0; k < Math.min(b.length, 5); k++) {
        if (b[k] !== 'not' && b[k] !== 't' && b[k] !== 'never')
            continue;
        const before = b[k + 1];
        const afterNot = b[k - 1];
        if (['did', 'do', 'does', 'has', 'have', 'had', 'was', 'were', 'didn', 'doesn', 'don', 'hasn', 'haven', 'hadn', 'wasn', 'weren'].includes(before) || afterNot === 'been')
            return k + 1;
        return -1;
    }
    return -1;
}
/** Where the words after a mention go past the mentions joined to it ("kill switch"). */
function pastMentions(after, starts) {
    let k = 0;
    while (isMention(after[k], starts))
        k++;
    return k;
}
/** Whether the words after a "nobody" denial name who can: "but the on-call engineer", "other than the editor", "apart from", "besides". */
function someoneElse(after) {
    return after.some((word, k) => word === 'but' || word === 'besides' || (word === 'other' && after[k + 1] === 'than') || (word === 'apart' && after[k + 1] === 'from'));
}
/** Within a few words before `b[0]` (nearest first), "nobody" or "no one" as the subject: where it ends, or 0. */
function nobodyBefore(b) {
    for (let k = 1; k < Math.min(b.length, 7); k++) {
        if (COORDINATORS.has(b[k]))
            return 0;
        const end = nobodyAt(b, k);
        if (end > 0)
            return end;
    }
    return 0;
}
/** At `b[k]` (nearest first), "nobody" or "no one": where it ends, or 0. */
function nobodyAt(b, k) {
    if (b[k] === 'nobody')
        return k;
    return b[k] === 'one' && b[k + 1] === 'no' ? k + 1 : 0;
}
/**
 * At "to able" (nearest first): how many words "is not able to" or "nobody … is able to" take,
 * or 0. "No one at the hospital is able to stop it" (red team).
 */
function notAble(b) {
    if (b[0] !== 'to' || b[1] !== 'able')
        return 0;
    if (b[2] === 'not' || b[2] === 'never')
        return 3;
    if (b[2] === 't' && ['isn', 'aren', 'wasn', 'weren'].includes(b[3]))
        return 4;
    if (!['is', 'are', 'was', 'were'].includes(b[2]))
        return 0;
    const subject = b.slice(3, 10);
    const nobody = subject.findIndex((word, k) => word === 'nobody' || (word === 'one' && subject[k + 1] === 'no'));
    return nobody < 0 ? 0 : 3 + nobody + (subject[nobody] === 'one' ? 2 : 1);
}
/** notAble, unless someone else is named who can ("nobody is able to stop it but the on-call engineer"). */
function notAbleUnlessSomeone(b, after) {
    const able = notAble(b);
    return able > 0 && b[2] !== 'not' && b[2] !== 't' && someoneElse(after) ? 0 : able;
}
/**
 * At a mention after "so" or "so that" (nearest first): where the plan it is the purpose of ends
 * ("we intend to add a kill switch so nurses can stop it", "the team will add a flag so
 * on-call can halt it"), or -1.
 */
function purposeOfPlan(b) {
    const so = b.findIndex((word) => word === 'so');
    if (so < 0)
        return -1;
    for (let j = so + 1; j < b.length - 1; j++) {
        if (!TO_BUILD.has(b[j]))
            continue;
        // Not "will": "on-call will create an incident so the owner can halt it" is a step (false-error hunt).
        if (b[j + 1] === 'to' && INTENDING.has(b[j + 2]))
            return j + 2;
    }
    return -1;
}
/**
 * Whether the words from `after[state]` (past "is", "will be" …) say the subject is still to
 * come, at a time named as later: "is planned for a later release", "will be added in the next
 * quarter", "is on the roadmap". Without a later time it may be routine ("a rollback is planned
 * and rehearsed each quarter"); the caller asks that no clause after it says what to do meanwhile.
 */
function toCome(after, state, future) {
    if (after[state] === 'on' && after[state + 2] === 'roadmap')
        return true;
    if (!TO_COME.has(after[state]) && !(future && BUILT.has(after[state])))
        return false;
    // A release to come, not an occasion: "for a later release", "in version 3", "for Q3", "for
    // later"; not "for testing at the next game day", "for the next maintenance window" (false-error hunt).
    const rest = after.slice(state + 1, state + 7);
    const release = rest.some((word) => RELEASES.has(word));
    return (release && (rest.some((word) => LATER.has(word)) || rest.some((word) => /^\d/.test(word)))) || rest.some((word) => /^(?:v\d|q[1-4]$)/.test(word)) || rest.at(-1) === 'later' || rest.includes('roadmap');
}
/**
 * Whether the words after a mention at the clause's start, "No …", say it is not built yet:
 * "has been built yet", "has yet been implemented". Without "yet" it is history ("no rollback
 * has been deployed since 2.3.0", "no override workflow has been built, because none is needed").
 */
function notBuilt(after, starts) {
    let k = 0;
    while (isMention(after[k], starts))
        k++;
    if (MECHANISMS.has(after[k]))
        k++;
    if (!['has', 'have', 'is', 'are', 'was', 'were'].includes(after[k]))
        return false;
    k++;
    const yetBefore = after[k] === 'yet';
    if (yetBefore)
        k++;
    if (after[k] !== 'been' || !BUILT.has(after[k + 1]))
        return false;
    return yetBefore || after[k + 2] === 'yet';
}
/**
 * At "to how …" (nearest first) in `b`: where a denial "not (yet) agreed on how to" ends, or -1.
 * "have not yet agreed on how to stop the scorer", "nobody has worked out how to stop it".
 */
function notDecided(b) {
    let k = 2;
    if (['on', 'about', 'out'].includes(b[k]))
        k++;
    if (!DECIDED.has(b[k]))
        return -1;
    k++;
    if (b[k] === 'yet')
        k++;
    // "nobody has worked out how to stop it"
    const nobody = (b[k] === 'has' || b[k] === 'have') && (b[k + 1] === 'nobody' || (b[k + 1] === 'one' && b[k + 2] === 'no')) ? k + (b[k + 1] === 'nobody' ? 1 : 2) : -1;
    const denial = b[k] === 'not' || b[k] === 't' || b[k] === 'never' ? k : nobody;
    // A condition, not a denial: "if you have not worked out how to roll back within 15 minutes, use step 1".
    // Anywhere earlier in the clause: "if the on-call engineer and the model owner have not agreed how to roll back".
    return denial >= 0 && !b.slice(denial + 1).some((word) => CONDITIONS.has(word) || word === 'if' || word === 'when' || word === 'once') ? denial : -1;
}
/** Whether the words after a mention leave it the noun there is none of: the clause ends, or "and", "is" … follows ("kill switch" read as one). */
function endsNoun(after, starts) {
    let next = 0;
    while (isMention(after[next], starts))
        next++;
    return next >= after.length || AFTER_A_NOUN.has(after[next]);
}
/** Whether the words after a mention, past the mentions joined to it, place it in one interface: "in the UI", "on the admin dashboard". */
function inInterface(after, starts) {
    let next = 0;
    while (isMention(after[next], starts))
        next++;
    if (!['in', 'on', 'from', 'via', 'through'].includes(after[next]))
        return false;
    next++;
    if (DETERMINERS.has(after[next]))
        next++;
    // One word may name which: "the admin dashboard", "the web UI". Not "in the UI or anywhere else".
    return (INTERFACES.has(after[next]) || INTERFACES.has(after[next + 1])) && !after.some((word) => word === 'anywhere' || word === 'elsewhere');
}
/** Whether the clause (nearest word first) starts "there is", "there are", "there will be". */
function thereIs(clause) {
    const start = clause.length < BEFORE_REACH ? clause.slice(-3).reverse() : [];
    return start[0] === 'there' || start[1] === 'there';
}
/** Words as the message quotes them, "can t" made "can't" again. */
function quote(words) {
    return words.join(' ').replace(/(\p{L}) t(?= |$)/gu, "$1't");
}

;// CONCATENATED MODULE: ./build/evaluate/functions/document-content.js
/**
 * Whether a cited document is evidence at all: a file the manifest cites (an impact assessment,
 * a risk register, a runbook) is read and judged whether or not a `#section` is cited. Empty,
 * placeholder-only ("# TODO"), too short, binary, or not reading as the kind of document it is
 * cited as, it fails at the citing line. What a document of a kind must address is data in the
 * rule (`topics`), not code: each topic is met by one of its terms in a heading or the text.
 */






/** The fewest words a cited document holds unless its rule says otherwise: two plain sentences. */
const DEFAULT_MIN_WORDS = 20;
const TOPIC_SCHEMA = {
    type: 'object',
    required: ['name', 'terms'],
    additionalProperties: false,
    properties: {
        name: { type: 'string', minLength: 1, maxLength: 200 },
        terms: { type: 'array', minItems: 1, maxItems: 100, items: { type: 'string', minLength: 2, maxLength: 100 } },
        affirmed: { type: 'boolean', description: 'a capability the document must say exists: mentions that only deny it ("cannot be overridden") do not count' },
        done: { type: 'boolean', description: 'an activity the document must record as done: mentions that only say it was not ("no test was run", "we did not assess it") do not count' },
    },
};
const documentContent = (0,check/* defineFunction */.Oh)({
    name: 'document-content',
    description: 'A cited document is text that says something: not empty, not only headings and placeholders, at least minWords words (a sentence of five words or more written again counts once), and (topics) it addresses each topic of its kind in a heading or the text; for file.md#section, that section exists and is filled in.',
    optionsSchema: {
        type: 'object',
        additionalProperties: false,
        properties: {
            kind: { type: 'string', minLength: 1, maxLength: 100, description: 'what the document is cited as, e.g. "risk register"' },
            minWords: { type: 'integer', minimum: 0, maximum: 100000, description: `fewest words of text, headings, placeholders, repeated sentences and link definitions aside, and no more than two for each distinct word (default ${DEFAULT_MIN_WORDS})` },
            topics: { type: 'array', maxItems: 50, items: TOPIC_SCHEMA, description: 'what a document of this kind addresses, each topic by one of its terms' },
            allowBinary: { type: 'boolean', description: 'accept a binary file (a PDF) as it is, unjudged' },
            notTheCard: { type: 'boolean', description: "the system's own model card cited whole is not this document; a section of it may be" },
        },
    },
    check({ value, system, options }) {
        return judgeCitedDocument(value, system, options);
    },
});
/** Judges the document `value` cites; a skip when nothing is cited (presence is `present`'s job). */
function judgeCitedDocument(value, system, options) {
    if (typeof value !== 'string' || value.trim() === '')
        return { skip: 'no document is cited' };
    const cited = system.evidence.file(value);
    if (!cited.ok)
        return [{ message: cited.problem.message }];
    const { rel, fragment } = cited.value;
    // The card describes the model to its users: cited whole as a runbook or an assessment (or by
    // its title, whose section is the whole card), its words ("flagged for review", "drift
    // monitoring") would stand in for a document nobody wrote. A section of it is judged alone.
    const theCard = options.notTheCard === true && system.card?.file === rel;
    const notTheCard = () => {
        const what = options.kind ? `${article(options.kind)} ${options.kind}` : 'this document';
        return [{ message: `${rel} is this system's model card, not ${what}: cite the ${options.kind ?? 'document'}, or the section of the card that holds it (${rel}#…)` }];
    };
    if (theCard && !fragment)
        return notTheCard();
    const card = system.evidence.card(value);
    if (!card.ok) {
        if (card.problem.binary && options.allowBinary)
            return [];
        const what = options.kind ? `a ${options.kind}` : 'cited evidence';
        const message = card.problem.binary
            ? `${card.problem.message}: ${what} must be a Markdown or text document modelgate can read (keep a signed PDF beside it, and cite the text)`
            : card.problem.message;
        return [card.problem.at ? { message, at: card.problem.at } : { message }];
    }
    const failures = [];
    const section = fragment ? sectionProblems(card.value, fragment) : undefined;
    if (theCard && spansCard(card.value, section?.heading))
        return notTheCard();
    // A section of the system's card stands for the document only by what it says itself: judged
    // alone, its words and topics are its own, not the rest of the card's (a second review cited
    // the card's contact section as the post-market plan, and the card's other sections passed it).
    const cardSection = theCard && section?.heading && section.failures.length === 0 ? section.heading : undefined;
    const doc = cardSection ? sectionAsDocument(card.value, cardSection) : card.value;
    const judged = judgedOf(doc);
    const emptiness = (judged.absence ??= documentAbsence(doc) ?? null);
    if (emptiness)
        return [{ message: emptiness }];
    if (section)
        failures.push(...section.failures);
    const body = doc.outline.text();
    const minWords = options.minWords ?? DEFAULT_MIN_WORDS;
    let words = judged.words.get(minWords);
    if (words === undefined) {
        words = (0,placeholder/* substantiveWords */.Sk)(body, minWords); // exact when below minWords, all the message needs
        judged.words.set(minWords, words);
    }
    if (words < minWords) {
        failures.push({ message: `${rel} says too little to be ${options.kind ? `${article(options.kind)} ${options.kind}` : 'evidence'}: ${words} word${words === 1 ? '' : 's'} of text (headings, placeholders and repeated sentences aside, at most two counted for each distinct word), at least ${minWords} expected` });
    }
    // A cited section found unfilled is reported at its heading; its topic is not reported again.
    const missing = topicsNotAddressed(doc, judged, options.topics ?? [], section?.failures.length ? section.heading : undefined);
    const kind = options.kind ?? 'what it is cited as';
    if (missing.length > 0) {
        failures.push({ message: `${rel} does not read as ${article(kind)} ${kind}: no section or text about ${missing.map((t) => t.name).join(', nor about ')}` });
    }
    for (const topic of options.topics ?? []) {
        if (!(topic.affirmed || topic.done) || missing.includes(topic))
            continue;
        let denial = judged.denials.get(topic);
        if (denial === undefined) {
            denial = onlyDeniedIn(doc, topic, (judged.stated ??= denials_clauseWords((0,placeholder/* statedText */.vh)(doc.outline.text())))) ?? null;
            judged.denials.set(topic, denial);
        }
        if (denial)
            failures.push({ message: `${rel} does not read as ${article(kind)} ${kind}: it mentions ${topic.name} only to say it ${topic.done ? 'was not done' : 'cannot be done'} ("${denial}")` });
    }
    return failures;
}
/** One section of a card (its heading and everything under it) as a document of its own, kept with the card. */
const sectionDocuments = new WeakMap();
function sectionAsDocument(card, heading) {
    let byHeading = sectionDocuments.get(card);
    if (!byHeading)
        sectionDocuments.set(card, (byHeading = new Map()));
    let doc = byHeading.get(heading);
    if (!doc) {
        doc = (0,model_card/* parseCard */.co)(`${'#'.repeat(Math.min(heading.level, 6))} ${heading.title}\n\n${card.outline.sectionAt(heading).body}`, card.file);
        byHeading.set(heading, doc);
    }
    return doc;
}
/** Whether `heading`'s section is the whole card: its first heading, and none after it as high (a title over everything). */
function spansCard(card, heading) {
    if (!heading)
        return false;
    const real = card.outline.headings.filter((h) => h.level <= 6);
    return real[0] === heading && !real.some((h) => h.line > heading.line && h.level <= heading.level);
}
/**
 * The denial quoted when `card` mentions `topic` only to deny it (denials.ts), reading `stated`,
 * its text without headings. A heading that names the topic over a section that never mentions it
 * affirms it: steps under "## Stopping the scorer" that set a flag need not say "stop".
 */
function onlyDeniedIn(card, topic, stated) {
    const terms = termsOf(topic);
    const denial = onlyDenied(stated, terms, topic.done === true);
    if (denial === undefined)
        return undefined;
    const procedure = card.outline.sections().some(({ heading, body }) => {
        const title = ` ${normaliseWords(heading.title)}`;
        if (!terms.some((term) => title.includes(term)) || (0,placeholder/* sectionAbsence */.vA)(body) !== undefined)
            return false;
        const text = normalisedText(body);
        return !terms.some((term) => text.includes(term));
    });
    return procedure ? undefined : denial;
}
/** onlyDeniedIn on a Markdown body as a rule reads it (for tests: judgeCitedDocument keeps what it computes). */
function denialIn(body, topic) {
    const card = parseCard(body, 'doc.md');
    return onlyDeniedIn(card, topic, clauseWords(statedText(card.outline.text())));
}
const JUDGED = new WeakMap();
function judgedOf(card) {
    let judged = JUDGED.get(card);
    if (!judged) {
        judged = { words: new Map(), normalised: new Map(), denials: new Map() };
        JUDGED.set(card, judged);
    }
    return judged;
}
/**
 * The topics no term of which starts a word of the card's headings or text, leaving out the
 * headings of sections that say nothing ("## Affected persons" over a blank or a TODO names a
 * topic, it does not address it) save `reported`, which is reported already.
 */
function topicsNotAddressed(card, judged, topics, reported) {
    if (topics.length === 0)
        return [];
    let words = judged.normalised.get(reported);
    if (words === undefined) {
        judged.unfilled ??= card.outline.sections().filter((section) => (0,placeholder/* sectionAbsence */.vA)(section.body) !== undefined).map((section) => section.heading);
        const unfilled = new Set(judged.unfilled.filter((heading) => heading !== reported));
        words = normalisedText(unfilled.size === 0 ? card.outline.text() : card.outline.textWithout(unfilled));
        judged.normalised.set(reported, words);
    }
    return topicsMissingFrom(words, topics);
}
/** Why a cited document says nothing at all ("… is a placeholder: only "TODO""), or undefined. */
function documentAbsence(card) {
    const body = card.outline.text();
    const absence = (0,placeholder/* sectionAbsence */.vA)(body);
    if (!absence)
        return undefined;
    if (absence === 'empty' && body.trim() === '')
        return `${card.file} is empty${card.frontMatterLine ? ' after its front matter' : ''}`;
    if (absence === 'code-only')
        return `${card.file} ${(0,placeholder/* describeAbsence */.Hw)(absence)}`;
    return `${card.file} is a placeholder: only ${excerpt(body)}`;
}
/**
 * `file.md#section`: the section the fragment resolves to exists and says something. The fragment
 * resolves to exactly one heading, and that heading's own section is judged: by GitHub's anchor,
 * where a repeated anchor takes `-1`, `-2`… in document order (so `#oversight` is the first
 * "Oversight" and `#oversight-1` the second, as a reader following the link sees them), else by
 * name (the first heading of that name). Looking the title up again could judge another heading
 * of the same or a longer name, an empty decoy above the cited one or a filled one above an empty
 * one.
 */
function sectionProblems(card, fragment) {
    const heading = citedHeading(card, fragment);
    if (!heading)
        return { failures: [{ message: noSection(card, fragment) }] };
    const absence = (0,placeholder/* sectionAbsence */.vA)(card.outline.sectionAt(heading).body);
    if (!absence)
        return { failures: [], heading };
    return { failures: [{ message: `${card.file}: section "${heading.title}" ${(0,placeholder/* describeAbsence */.Hw)(absence)}`, at: { file: card.file, line: heading.line, column: 1 } }], heading };
}
/** The heading a `#fragment` names: by GitHub's anchor (duplicates suffixed), else by name. */
function citedHeading(card, fragment) {
    const wanted = fragment.toLowerCase();
    const anchored = anchoredHeadings(card);
    const byAnchor = anchored.find(({ anchor }) => anchor === wanted);
    if (byAnchor)
        return byAnchor.heading;
    const wantedKey = (0,markdown/* headingKey */.yc)(fragment.replace(/-/g, ' '));
    return wantedKey === '' ? undefined : anchored.find(({ heading }) => heading.key === wantedKey)?.heading;
}
/** Each heading (labels aside) with its GitHub anchor, in document order; worked out once per document. */
const anchoredOf = new WeakMap();
function anchoredHeadings(card) {
    let anchored = anchoredOf.get(card);
    if (anchored === undefined) {
        anchored = anchorHeadings(card);
        anchoredOf.set(card, anchored);
    }
    return anchored;
}
function anchorHeadings(card) {
    // github-slugger's rule: a taken anchor gets the next free `-n` of its own counter.
    const occurrences = new Map();
    return card.outline.headings
        .filter((h) => h.kind !== 'label')
        .map((heading) => {
        const base = headingSlug(heading.title);
        let anchor = base;
        while (occurrences.has(anchor)) {
            const n = (occurrences.get(base) ?? 0) + 1;
            occurrences.set(base, n);
            anchor = `${base}-${n}`;
        }
        occurrences.set(anchor, 0);
        return { heading, anchor };
    });
}
/** The most sections a "no section" message lists when no anchor is close to the one cited. */
const LISTED_SECTIONS = 8;
/** Each document's budget for "did you mean": its headings are compared with every missing anchor cited. */
const suggestionBudgets = new WeakMap();
/** A cited `#fragment` no heading has, with the anchor most likely meant, or the ones there are. */
function noSection(card, fragment) {
    const anchors = anchoredHeadings(card).map(({ anchor }) => anchor).filter((anchor) => anchor !== '');
    const said = `${card.file} has no section #${fragment}`;
    if (anchors.length === 0)
        return `${said}: it has no headings`;
    let budget = suggestionBudgets.get(card);
    if (budget === undefined) {
        budget = new closest/* SuggestionBudget */.C();
        suggestionBudgets.set(card, budget);
    }
    const near = budget.closestWithin(fragment.toLowerCase(), anchors);
    if (near !== undefined)
        return `${said}; did you mean #${near}?`;
    const listed = anchors.slice(0, LISTED_SECTIONS).map((anchor) => `#${anchor.length > 60 ? `${anchor.slice(0, 59)}…` : anchor}`).join(', ');
    return `${said}; its sections: ${listed}${anchors.length > LISTED_SECTIONS ? `, and ${anchors.length - LISTED_SECTIONS} more` : ''}`;
}
/** GitHub's anchor for a heading ("Reading the score" → "reading-the-score"). */
function headingSlug(title) {
    return title
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-');
}
/**
 * Text as topic terms are looked for in it: without comments, markers or code (substantiveText),
 * normalised, and padded with spaces so that a term is looked for at the start of a word.
 */
function normalisedText(text) {
    return ` ${normaliseWords((0,placeholder/* substantiveText */.Sw)(text))} `;
}
/** Each topic's terms, normalised once per policy (a topic is part of a compiled rule's options). */
const NORMALISED_TERMS = new WeakMap();
function termsOf(topic) {
    let terms = NORMALISED_TERMS.get(topic);
    if (!terms) {
        terms = topic.terms.map((term) => ` ${normaliseWords(term)}`);
        NORMALISED_TERMS.set(topic, terms);
    }
    return terms;
}
function topicsMissingFrom(words, topics) {
    return topics.filter((topic) => !termsOf(topic).some((term) => words.includes(term)));
}
/** The topics a short text (a manifest value) does not address, its terms matched as a cited document's are. */
function topicsMissingFromText(text, topics) {
    return topicsMissingFrom(normalisedText(text), topics);
}
/** Lower case, letters and digits only, single spaces: "Out-of-distribution" → "out of distribution". */
function normaliseWords(text) {
    return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
/** What a placeholder document holds, quoted and cut short, for its message. */
function excerpt(body) {
    const text = body
        .replace(/^[ \t]*#{1,6}[ \t]*/gm, '')
        .replace(/\s+/g, ' ')
        .trim();
    return (0,placeholder/* showInvisible */.jQ)(JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text));
}
function article(kind) {
    return /^[aeiou]/i.test(kind) ? 'an' : 'a';
}


/***/ }),

/***/ 4447:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LW: () => (/* binding */ snakeCase),
/* harmony export */   MK: () => (/* binding */ dateText),
/* harmony export */   Zg: () => (/* binding */ schemaProblem),
/* harmony export */   at: () => (/* binding */ at),
/* harmony export */   iM: () => (/* binding */ dateAt),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* harmony import */ var _load_source_doc_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2431);
/* harmony import */ var _load_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6774);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4853);
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5741);
/**
 * The adapter contract: recognise a format, and turn a parsed document of that format into
 * the normalised shape. Adding a format is one adapter in its kind's folder, listed in the
 * kind's `adapters` (src/evidence/<kind>/kind.ts), not new rules.
 */




/**
 * Where `path` is in `doc`, looked up only when something reads the line: adapters note where
 * every value came from, but only the values a finding fails on are ever shown, and locating
 * one composes the document's positions (see load/yaml.ts).
 */
function at(doc, path) {
    return (0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_3__/* .lazyLocation */ .QT)(doc.fileOf?.(path) ?? doc.file, () => doc.locate(path));
}
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** The first schema violation of an evidence file, located in that file, or undefined. */
function schemaProblem(schemaFile, doc, what) {
    const issues = (0,_load_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSchema */ ._U)(schemaFile, doc.value);
    const first = issues[0];
    if (!first)
        return undefined;
    const more = (0,_load_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .moreProblems */ .OI)(issues);
    const where = (0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_3__/* .lazyLocation */ .QT)(doc.fileOf?.(first.path) ?? doc.file, () => (0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOfIssue */ .Uu)(doc, first));
    return { message: `${doc.file} is not a valid ${what}: ${first.message}${more}`, at: where };
}
/** "Disparate Impact" → "disparate_impact"; "equalizedOddsDifference" → "equalized_odds_difference". */
function snakeCase(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/[^A-Z0-9]+/gi, '_')
        .replace(/^_|_$/g, '')
        .toLowerCase();
}
/** A date or date-time string, when the value is one. */
function dateText(value) {
    return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : undefined;
}
/**
 * A file's own date at `path` where it has one, read as the freshness rules read it (parseDate:
 * a date-time without a zone, as Python's `isoformat()` writes it, is UTC), or the problem of one
 * that is no date, said as a schema would say it. JSON Schema's date-time needs a zone, so a
 * schema that declares the field only as text leaves the judging here.
 */
function dateAt(doc, path, what) {
    const value = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .valueAt */ .fK)(doc.value, path);
    if (value === undefined)
        return { ok: true, value: undefined };
    if (typeof value === 'string' && (0,_dates_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDate */ ._U)(value))
        return { ok: true, value: { value, at: at(doc, path) } };
    const why = typeof value === 'string' && (0,_dates_js__WEBPACK_IMPORTED_MODULE_2__/* .notADate */ .P9)(value) === 'not a real date' ? ' (not a real date)' : '';
    return { ok: false, problem: { message: `${doc.file} is not a valid ${what}: ${(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPath */ .jV)(path)}: must be a date or date-time, found ${(0,_load_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .describeType */ .MF)(value)}${why}`, at: at(doc, path) } };
}


/***/ }),

/***/ 387:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ biasReportDataset),
/* harmony export */   GP: () => (/* binding */ format),
/* harmony export */   Ue: () => (/* binding */ biasReportFresh),
/* harmony export */   _i: () => (/* binding */ biasReportValues),
/* harmony export */   bc: () => (/* binding */ subject),
/* harmony export */   fd: () => (/* binding */ biasReportModelVersion),
/* harmony export */   oj: () => (/* binding */ biasThresholds),
/* harmony export */   qH: () => (/* binding */ biasReportReadable),
/* harmony export */   s7: () => (/* binding */ biasReportCoverage),
/* harmony export */   tr: () => (/* binding */ normaliseAttribute),
/* harmony export */   ug: () => (/* binding */ readableReports),
/* harmony export */   vK: () => (/* binding */ biasSampleSize)
/* harmony export */ });
/* harmony import */ var _load_manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(872);
/* harmony import */ var _load_placeholder_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8852);
/* harmony import */ var _load_source_doc_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2431);
/* harmony import */ var _text_closest_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2665);
/* harmony import */ var _text_revision_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8557);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6792);
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5741);
/* harmony import */ var _model_changed_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8836);
/* harmony import */ var _data_quality_checks_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4179);
/* harmony import */ var _shipped_model_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(203);
/**
 * Bias evaluation evidence: each cited report can be read, was made for the model (by the name it
 * records, if any) and model version the manifest describes, and together the reports cover
 * every declared sensitive attribute.
 */











function loadReport(system, entry) {
    if (!entry || typeof entry !== 'object')
        return undefined;
    const { path, format } = entry;
    if (typeof path !== 'string' || path.trim() === '')
        return undefined;
    return system.evidence.evidence(_formats_js__WEBPACK_IMPORTED_MODULE_6__/* .biasReports */ .F, path, typeof format === 'string' ? format : undefined);
}
const noOptions = { type: 'object', additionalProperties: false };
/** Every cited report that could be read (from the head, or from the base commit's evidence). */
function readableReports(system, bias) {
    return (Array.isArray(bias.reports) ? bias.reports : [])
        .map((entry) => loadReport(system, entry))
        .filter((r) => r?.ok === true)
        .map((r) => r.value);
}
/**
 * The failure of a check on what the reports say when none of the cited ones can be read, with
 * the first one's reason: that error (bias/report-readable's) is the cause, and it is written
 * lower in the manifest, at the citation, than this one at `reports:`.
 */
function noReadableReport(system, bias, checked, path) {
    const entries = Array.isArray(bias.reports) ? bias.reports : [];
    const reasons = entries.map((entry) => {
        const report = loadReport(system, entry);
        return !report ? 'a cited entry has no path' : report.ok ? undefined : report.problem.message;
    });
    const [first, ...others] = reasons.filter((reason) => reason !== undefined);
    const more = others.length > 0 ? `; ${others.length} more cited report${others.length === 1 ? '' : 's'} cannot be read either` : '';
    return {
        message: `no readable bias report to check ${checked} against${first ? ` (${first}${more})` : ''}`,
        path: [...path, 'reports'],
        remediation: "Make a cited report readable (bias/report-readable's finding says what is wrong); this check then judges what the report says.",
    };
}
/** Whether the manifest cites any bias report: with none, the checks on reports have nothing to check. */
function citesReports(bias) {
    return Array.isArray(bias.reports) && bias.reports.length > 0;
}
// One error for one omission: bias/report-cited says that no report is cited.
const NONE_CITED = 'no bias report is cited';
/** "demographic_parity_difference for age_band group "18-25"" */
function subject(result) {
    return `${result.metric} for ${result.attribute}${result.group !== undefined ? ` group "${result.group}"` : ''}`;
}
const biasReportReadable = (0,_check_js__WEBPACK_IMPORTED_MODULE_8__/* .defineFunction */ .Oh)({
    name: 'bias-report-readable',
    description: 'A cited bias report exists, parses, and is in a supported format with a valid shape.',
    optionsSchema: noOptions,
    check({ target, targetPath, system }) {
        const report = loadReport(system, target);
        if (!report)
            return [{ message: 'the bias report entry has no path', path: targetPath }];
        return report.ok ? [] : [(0,_check_js__WEBPACK_IMPORTED_MODULE_8__/* .unusableEvidence */ .rI)(report.problem, [...targetPath, 'path'])];
    },
});
/** A check of what a report says has nothing to check when it cannot be read (bias/report-readable's finding). */
const UNREADABLE = { skip: 'the bias report cannot be read (bias/report-readable says why)' };
const biasReportModelVersion = (0,_check_js__WEBPACK_IMPORTED_MODULE_8__/* .defineFunction */ .Oh)({
    name: 'bias-report-model-version',
    description: "A bias report was made for this model and version: a model it names is the manifest's id or name (compared without case, each run of spaces or punctuation one separator), and its version the manifest's (the report's own record wins over the manifest's claim).",
    optionsSchema: noOptions,
    check({ target, targetPath, system }) {
        const report = loadReport(system, target);
        if (!report?.ok)
            return UNREADABLE; // unreadable reports are bias/report-readable's finding
        return [...anotherModel(report.value, system), ...versionFailures(report.value, target, targetPath, system)];
    },
});
/**
 * The data a fairness result was measured on is data the manifest declares, with its provenance,
 * and not the training data (red team: a report naming an undeclared "synthetic-demo" set of one
 * row, or the training set, passed). A report that names no dataset is not judged here.
 */
const biasReportDataset = (0,_check_js__WEBPACK_IMPORTED_MODULE_8__/* .defineFunction */ .Oh)({
    name: 'bias-report-dataset',
    description: 'A dataset the bias report names (our format\'s dataset.id) is one data.datasets declares, not one the model was trained or fine-tuned on (nor the same data, by sha256, under another id), at the revision declared, and on no more rows than the dataset\'s validation result counted.',
    optionsSchema: noOptions,
    check({ target, targetPath, system }) {
        const report = loadReport(system, target);
        if (!report?.ok)
            return UNREADABLE;
        const named = report.value.dataset;
        // Nothing to check is no evidence of anything: not applicable, so coverage counts nothing.
        if (!named || (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_1__/* .valueAbsence */ .Z2)(named.value) !== undefined) {
            // Unless the report named one at the base commit: dropping the name took a report on the
            // training data past this rule (red team). The base's report is the one at this path, else
            // the one cited in this place of the list (renamed in the same pull request); only our
            // format can name a dataset, so only a report in it is asked to.
            const was = report.value.format === 'modelgate' ? baseDataset(system, target, targetPath) : undefined;
            if (was && (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_1__/* .valueAbsence */ .Z2)(was.value) === undefined) {
                return [{ message: `${report.value.file} no longer names the dataset it was computed on; it named ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_9__/* .quoted */ .TL)(was.value.trim())} at the base commit ${system.base?.commit}: say which data the result is about`, ...(named ? { at: named.at } : { path: [...targetPath, 'path'] }) }];
            }
            return { skip: `${report.value.file} names no dataset it was computed on` };
        }
        const declared = system.manifest.data.data?.datasets;
        const datasets = Array.isArray(declared) ? declared.filter((d) => d !== null && typeof d === 'object') : [];
        const key = named.value.trim().toLowerCase();
        const dataset = datasets.find((d) => typeof d?.id === 'string' && d.id.trim().toLowerCase() === key);
        if (!dataset) {
            return [{ message: `${report.value.file} was computed on dataset ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_9__/* .quoted */ .TL)(named.value.trim())}, which data.datasets does not declare: the data a fairness result was measured on needs its provenance; declare it (role test, validation or evaluation) or cite the report on a declared dataset`, at: named.at }];
        }
        const fitted = 'fairness measured on the data the model was fitted to says little about the people it will score; evaluate on held-out data (a test, validation or evaluation dataset)';
        if (_load_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .TRAINED_ON_ROLES */ .wo.includes(dataset.role)) {
            return [{ message: `${report.value.file} was computed on ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_9__/* .quoted */ .TL)(named.value.trim())}, the ${dataset.role} data: ${fitted}`, at: named.at }];
        }
        // Red team: the training data declared a second time under another id, role evaluation.
        const same = datasets.find((d) => d !== dataset && _load_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .TRAINED_ON_ROLES */ .wo.includes(d.role) && sameData(d, dataset));
        if (same) {
            return [{ message: `${report.value.file} was computed on ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_9__/* .quoted */ .TL)(named.value.trim())}, declared as ${typeof dataset.role === 'string' ? dataset.role : 'a'} dataset but with the sha256 of ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_9__/* .quoted */ .TL)(String(same.id))}, the ${same.role} data: ${fitted}`, at: named.at }];
        }
        const revision = report.value.datasetRevision;
        const pinned = typeof dataset.revision === 'string' ? dataset.revision.trim() : '';
        if (revision && pinned !== '' && !(0,_text_revision_js__WEBPACK_IMPORTED_MODULE_2__/* .sameRevision */ .Y)(revision.value, pinned)) {
            return [{ message: `${report.value.file} was computed on ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_9__/* .quoted */ .TL)(named.value.trim())} at revision ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_9__/* .quoted */ .TL)(revision.value.trim())}, but data.datasets declares it at ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_9__/* .quoted */ .TL)(pinned)}: the result is about other data than the dataset declared`, at: revision.at }];
        }
        // From a review: a report on 48,210 rows of a dataset its validation counted 38,402 rows in is
        // about other data (or one of the two was written by hand). Fewer rows is a sample.
        const { rows } = report.value;
        const validated = rows ? (0,_data_quality_checks_js__WEBPACK_IMPORTED_MODULE_5__/* .validatedRows */ .gF)(system, dataset) : undefined;
        if (rows && validated && rows.value > validated.rows) {
            return [{ message: `${report.value.file} was computed on ${rows.value.toLocaleString('en-US')} rows of ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_9__/* .quoted */ .TL)(named.value.trim())}, but its validation result ${validated.file} counted ${validated.rows.toLocaleString('en-US')}: more rows than the dataset has, so the result is about other data, or one of the two is wrong`, at: rows.at }];
        }
        return [];
    },
});
const biasSampleSize = (0,_check_js__WEBPACK_IMPORTED_MODULE_8__/* .defineFunction */ .Oh)({
    name: 'bias-sample-size',
    description: 'A bias report was computed on at least two groups\' worth of rows (dataset.rows ≥ 2 × minGroupSize), and no group it counts (a per-group "count") has fewer than minGroupSize people. Not applicable when the report gives neither.',
    optionsSchema: { type: 'object', required: ['minGroupSize'], additionalProperties: false, properties: { minGroupSize: { type: 'integer', minimum: 1 } } },
    check({ target, options, system }) {
        const report = loadReport(system, target);
        if (!report?.ok)
            return UNREADABLE;
        const { file, rows, results } = report.value;
        const least = options.minGroupSize;
        const counts = results.filter((r) => r.metric === 'count' && r.group !== undefined && typeof r.value === 'number' && Number.isFinite(r.value));
        if (!rows && counts.length === 0)
            return { skip: `${file} gives neither the rows it was computed on nor its groups' counts` };
        const failures = [];
        // Zero rows is bias/values-valid's finding: nothing was measured at all.
        if (rows && rows.value > 0 && rows.value < 2 * least) {
            failures.push({ message: `${file} was computed on ${rows.value} row${rows.value === 1 ? '' : 's'}, fewer than two groups of ${least}: a rate measured on so few people is noise, not evidence of fairness`, at: rows.at });
        }
        for (const count of counts) {
            const people = count.value;
            if (people < least)
                failures.push({ message: `${file} counts ${people} in group ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_9__/* .quoted */ .TL)(count.group)} of ${count.attribute}, fewer than ${least}: its results for that group are noise; merge it with another or evaluate on more data`, at: count.at });
        }
        return failures;
    },
});
/** The dataset the base commit's report named: at this citation's path, else at its place in bias.reports. */
function baseDataset(system, target, targetPath) {
    const base = system.base;
    if (!base)
        return undefined;
    const atPath = loadReport(base, target);
    if (atPath?.ok)
        return atPath.value.dataset;
    const index = targetPath.at(-1);
    const entries = base.manifest.data.bias?.reports;
    const entry = typeof index === 'number' && Array.isArray(entries) ? entries[index] : undefined;
    const inPlace = entry === undefined ? undefined : loadReport(base, entry);
    return inPlace?.ok ? inPlace.value.dataset : undefined;
}
/**
 * Whether two declared datasets are the same data: the same sha256. (A uri is not enough: the
 * training and test splits of one Hugging Face dataset share its uri and revision.)
 */
function sameData(a, b) {
    const digest = (d) => (typeof d.sha256 === 'string' && d.sha256.trim() !== '' ? d.sha256.trim().toLowerCase() : undefined);
    return digest(a) !== undefined && digest(a) === digest(b);
}
/**
 * A report that names a model other than this system is that model's report (a neighbouring
 * system's, copied into this one's folder): whatever its version, it says nothing about this
 * model. A report that names no model is judged on its version alone.
 */
function anotherModel(report, system) {
    const named = report.modelName;
    // Punctuation alone, or a placeholder ("TODO"), names no model.
    if (!named || modelKey(named.value) === '' || (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_1__/* .valueAbsence */ .Z2)(named.value) !== undefined)
        return [];
    const data = system.manifest.data;
    const ours = ['id', 'name'].flatMap((field) => {
        const text = data[field];
        return typeof text === 'string' && modelKey(text) !== '' ? [{ field, text: text.trim(), key: modelKey(text) }] : [];
    });
    if (ours.length === 0)
        return []; // the manifest names nothing to compare with (manifest/schema says so)
    // "Credit Risk Scorer 2.3.0" and "credit-risk-scorer@v2.3.0" name the model and its version.
    const versions = [(0,_load_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .comparedVersion */ .i6)(system.manifest.data).value, report.modelVersion?.value].filter((v) => typeof v === 'string' && modelKey(v) !== '');
    const written = modelKey(named.value);
    const name = withoutVersion(written, versions);
    // The name as written first: an id may itself end in the version (credit-scorer-v2 at version 2).
    // A service's report may name the model it serves from another folder (new user: "risk-model").
    if (ours.some(({ key }) => key === written || key === name) || (0,_shipped_model_js__WEBPACK_IMPORTED_MODULE_7__/* .namesShippedModel */ .h)(system, named.value))
        return [];
    const described = ours.map(({ field, text }) => (field === 'id' && text === system.id ? `id ${text}` : `${field} ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_9__/* .quoted */ .TL)(text)}`));
    return [
        {
            message: `${report.file} is the bias report of model ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_9__/* .quoted */ .TL)(named.value.trim())}, not of this system (${described.join(', ')}): a report about another model shows nothing about this one; cite this model's own report`,
            at: named.at,
        },
    ];
}
/**
 * "Credit Risk Scorer", "credit-risk-scorer" and "credit_risk_scorer" name the same model: one
 * Unicode form (an é written as e and an accent is é), lower case, each run of other characters
 * one separator.
 */
function modelKey(name) {
    return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}
/** A model key without a trailing version (`-2-3-0` or `-v2-3-0`) of those given. */
function withoutVersion(key, versions) {
    for (const version of versions) {
        const suffix = modelKey(version).replace(/^v(?=\d)/, '');
        for (const written of [`-${suffix}`, `-v${suffix}`])
            if (key.endsWith(written) && key.length > written.length)
                return key.slice(0, -written.length);
    }
    return key;
}
function versionFailures(report, entry, targetPath, system) {
    const { value: expected, described } = (0,_load_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .comparedVersion */ .i6)(system.manifest.data);
    const claimed = entry.modelVersion;
    const recorded = report.modelVersion;
    const file = report.file;
    if (recorded) {
        if ((0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_9__/* .asText */ .e1)(recorded.value) === expected)
            return [];
        return [{ message: `${file} is for model version ${recorded.value}, but ${described}`, at: recorded.at }];
    }
    if (typeof claimed === 'string') {
        if (claimed === expected)
            return [];
        return [
            {
                message: `${file} is declared for model version ${claimed}, but ${described}`,
                path: [...targetPath, 'modelVersion'],
            },
        ];
    }
    return [{ message: `${file} does not say which model version it was made for; record it in the report or set modelVersion`, path: targetPath }];
}
const biasReportCoverage = (0,_check_js__WEBPACK_IMPORTED_MODULE_8__/* .defineFunction */ .Oh)({
    name: 'bias-report-coverage',
    description: 'Every sensitive attribute the manifest declares has results in at least one readable bias report.',
    optionsSchema: noOptions,
    check({ value, path, system }) {
        const bias = (value ?? {});
        const declared = [].concat(bias.sensitiveAttributes ?? []).filter((a) => typeof a === 'string');
        if (declared.length === 0)
            return { skip: 'no sensitive attribute is declared' }; // bias/sensitive-attributes reports the absence
        if (!citesReports(bias))
            return { skip: NONE_CITED };
        const reports = readableReports(system, bias);
        if (reports.length === 0) {
            return [noReadableReport(system, bias, 'sensitive-attribute coverage', path)];
        }
        // Covered means measured: at least one metric value (a number) for the attribute. A report
        // that only names it (its groups, an empty entry, values that are NaN or text) is not an
        // evaluation of it.
        const measured = new Set(reports.flatMap((report) => report.results.filter(isMeasured).map((r) => normaliseAttribute(r.attribute))));
        const named = new Set(reports.flatMap((report) => [...report.attributes.keys()].map(normaliseAttribute)));
        const files = reports.map((r) => r.file).join(', ');
        const failures = [];
        const listed = Array.isArray(bias.sensitiveAttributes);
        declared.forEach((attribute, index) => {
            const at = listed ? [...path, 'sensitiveAttributes', index] : [...path, 'sensitiveAttributes'];
            // init's "TODO: …" is no attribute's name; its text stays out of the message (new user;
            // system/no-placeholders quotes it), and it still fails, whatever that rule's setting.
            if ((0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_1__/* .valueAbsence */ .Z2)(attribute) === 'placeholder') {
                failures.push({ message: `a sensitive attribute is still a placeholder, so whether ${files} ${reports.length === 1 ? 'covers' : 'cover'} it cannot be checked`, path: at });
                return;
            }
            const key = normaliseAttribute(attribute);
            if (measured.has(key))
                return;
            failures.push({
                message: named.has(key) ? `sensitive attribute "${attribute}" is named in ${files} but has no metric value there: it was not measured` : `sensitive attribute "${attribute}" has no results in ${files}`,
                path: at,
            });
        });
        return failures;
    },
});
/** "Age Band", "age-band" and "age_band" name the same attribute. */
function normaliseAttribute(name) {
    return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}
/**
 * Fairness metrics within their bounds: the manifest's bias.thresholds, and the pack's defaults
 * for metrics the manifest does not bound. A signed difference (AIF360: unprivileged − privileged)
 * is held to `max` by the size of the gap, whichever group it favours; an unsigned one (Fairlearn:
 * max − min) as written; ratios and per-group values as written. A bound the manifest declares
 * must have results to check; a default applies only where the metric is reported.
 */
const biasThresholds = (0,_check_js__WEBPACK_IMPORTED_MODULE_8__/* .defineFunction */ .Oh)({
    name: 'bias-thresholds',
    description: "Fairness metrics in the cited reports are within the manifest's thresholds, or the pack's defaults.",
    optionsSchema: {
        type: 'object',
        additionalProperties: false,
        properties: {
            defaults: {
                type: 'array',
                items: {
                    type: 'object',
                    required: ['metric'],
                    additionalProperties: false,
                    properties: { metric: { type: 'string', minLength: 1 }, min: { type: 'number' }, max: { type: 'number' }, attribute: { type: 'string' } },
                },
            },
        },
    },
    check({ value, path, options, system }) {
        const bias = (value ?? {});
        if (!citesReports(bias))
            return { skip: NONE_CITED };
        const reports = readableReports(system, bias);
        if (reports.length === 0) {
            return [noReadableReport(system, bias, 'fairness thresholds', path)];
        }
        const results = reports.flatMap((report) => report.results);
        const files = reports.map((r) => r.file).join(', ');
        // An attribute that is not text (a schema finding) bounds every attribute rather than crash.
        const declared = (Array.isArray(bias.thresholds) ? bias.thresholds : [])
            .filter((t) => t && typeof t.metric === 'string')
            .map((t) => (t.attribute === undefined || typeof t.attribute === 'string' ? t : { ...t, attribute: undefined }));
        const failures = [];
        const sensitive = [].concat(bias.sensitiveAttributes ?? []).filter((a) => typeof a === 'string' && a.trim() !== '');
        const hintFor = metricHints(results);
        declared.forEach((threshold, index) => {
            const where = [...path, 'thresholds', index];
            const matching = results.filter((r) => matches(r, threshold));
            if (matching.length === 0) {
                failures.push({
                    message: `no results for ${threshold.metric}${threshold.attribute ? ` for ${threshold.attribute}` : ''} in ${files}, so bias.thresholds[${index}] cannot be checked${hintFor(threshold.metric)}`,
                    path: where,
                });
            }
            else if (!threshold.attribute) {
                // A bound for no attribute in particular is a bound for each declared one: one attribute
                // within it says nothing of another that was not measured.
                for (const attribute of sensitive) {
                    if (matching.some((r) => normaliseAttribute(r.attribute) === normaliseAttribute(attribute)))
                        continue;
                    failures.push({ message: `no results for ${threshold.metric} for ${attribute} in ${files}, so bias.thresholds[${index}] cannot be checked for it`, path: where });
                }
            }
            for (const result of matching)
                failures.push(...outOfBounds(result, threshold, `bias.thresholds[${index}]`));
        });
        const defaults = options.defaults ?? [];
        // A threshold whose bounds are not finite numbers (`max: .nan`) holds nothing, and replaces nothing.
        const holds = (t) => Number.isFinite(t.min) || Number.isFinite(t.max);
        for (const threshold of defaults) {
            // The manifest's bound replaces the default only where it applies: a threshold for one
            // attribute leaves the default in force for the others.
            for (const result of results.filter((r) => matches(r, threshold) && !declared.some((t) => holds(t) && matches(r, t)))) {
                failures.push(...outOfBounds(result, threshold, 'policy default'));
            }
        }
        // No bound at all (no bias.thresholds, a pack without defaults): nothing to hold a metric to.
        if (declared.length === 0 && defaults.length === 0)
            return { skip: 'no bias.thresholds, and this policy sets no default bound' };
        // Each measured attribute is held to some bound: a number reported for a metric no bound
        // names (a count, a made-up metric) is not a fairness measurement this rule can judge. (One
        // with no number at all is bias/report-covers-attributes' finding.)
        const bounded = (r) => declared.some((t) => holds(t) && matches(r, t)) || defaults.some((t) => holds(t) && matches(r, t));
        const listed = Array.isArray(bias.sensitiveAttributes);
        const metrics = [...new Set([...declared, ...defaults].map((t) => t.metric))];
        sensitive.forEach((attribute, index) => {
            const measured = results.filter((r) => isMeasured(r) && normaliseAttribute(r.attribute) === normaliseAttribute(attribute));
            if (measured.length === 0 || measured.some(bounded))
                return;
            failures.push({
                message: `${attribute} is measured in ${files} only by metrics with no bound (${[...new Set(measured.map((r) => r.metric))].slice(0, 3).join(', ')}): neither bias.thresholds nor the policy's defaults (${metrics.slice(0, 3).join(', ')}${metrics.length > 3 ? `, and ${metrics.length - 3} more` : ''}) hold it to a bound`,
                path: listed ? [...path, 'sensitiveAttributes', index] : [...path, 'sensitiveAttributes'],
            });
        });
        return failures;
    },
});
/** A metric value that is a number: what measuring an attribute leaves in a report. */
function isMeasured(result) {
    return typeof result.value === 'number' && Number.isFinite(result.value) && !GROUP_SIZES.has(result.metric);
}
/** How many people a group had, and its gaps (Fairlearn's count by group): sizes, not a fairness measure. */
const GROUP_SIZES = new Set(['count', 'count_difference', 'count_ratio']);
/** The most metrics a message about an unreported one lists. */
const LISTED_METRICS = 5;
/**
 * For a threshold's metric no report has: the reported metric it most likely meant
 * (" (did you mean demographic_parity_difference?)"), else the ones reported. Nothing when the
 * metric is reported (for another attribute: the message says which it is not reported for).
 * The reported names are gathered once, on the first hint, and the hints share one budget.
 */
function metricHints(results) {
    let reported;
    let known = new Set();
    let listed = '';
    const budget = new _text_closest_js__WEBPACK_IMPORTED_MODULE_10__/* .SuggestionBudget */ .C();
    return (metric) => {
        if (reported === undefined) {
            known = new Set(results.flatMap((r) => [r.metric, ...(r.aliases ?? [])]));
            reported = [...known];
            const names = [...new Set(results.map((r) => r.metric))];
            const shown = names.slice(0, LISTED_METRICS).map((name) => (name.length > 60 ? `${name.slice(0, 59)}…` : name));
            listed = ` (reported: ${shown.join(', ')}${names.length > LISTED_METRICS ? `, and ${names.length - LISTED_METRICS} more` : ''})`;
        }
        if (reported.length === 0 || known.has(metric))
            return '';
        const near = budget.closestWithin(metric, reported);
        return near === undefined ? listed : ` (did you mean ${near}?)`;
    };
}
function matches(result, threshold) {
    const names = [result.metric, ...(result.aliases ?? [])];
    if (!names.includes(threshold.metric))
        return false;
    return !threshold.attribute || normaliseAttribute(threshold.attribute) === normaliseAttribute(result.attribute);
}
function outOfBounds(result, threshold, source) {
    const value = result.value;
    if (typeof value !== 'number' || !Number.isFinite(value))
        return []; // bias/values-valid reports it
    const signedGap = result.convention === 'signed';
    const size = signedGap ? Math.abs(value) : value;
    const shown = signedGap && value < 0 ? `${format(value)} (a gap of ${format(size)})` : format(value);
    // A bound that is not a number (max: "0.1") is manifest/schema's finding; comparing with it
    // coerced text and then crashed formatting it.
    // A bound that is not a finite number (`.nan`) holds nothing (manifest/schema says so).
    if (typeof threshold.max === 'number' && Number.isFinite(threshold.max) && size > threshold.max) {
        return [{ message: `${subject(result)} is ${shown}, above the maximum ${format(threshold.max)} (${source})`, at: result.at }];
    }
    if (typeof threshold.min === 'number' && Number.isFinite(threshold.min) && value < threshold.min) {
        return [{ message: `${subject(result)} is ${format(value)}, below the minimum ${format(threshold.min)} (${source})`, at: result.at }];
    }
    return [];
}
function format(value) {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
}
/** Every reported value is a finite number: NaN, text and blanks mean the metric was not computed. */
const biasReportValues = (0,_check_js__WEBPACK_IMPORTED_MODULE_8__/* .defineFunction */ .Oh)({
    name: 'bias-report-values',
    description: 'Every value in a bias report is a finite number (not NaN, infinite, text or empty).',
    optionsSchema: noOptions,
    check({ target, system }) {
        const report = loadReport(system, target);
        if (!report?.ok)
            return UNREADABLE;
        if (report.value.results.length === 0)
            return { skip: `${report.value.file} reports no metric values` };
        const failures = [];
        for (const result of report.value.results) {
            const value = result.value;
            let problem;
            if (value === null || value === undefined)
                problem = 'has no value';
            else if (typeof value === 'number' && Number.isNaN(value))
                problem = 'is NaN: the metric was not computed';
            else if (typeof value === 'number' && !Number.isFinite(value))
                problem = `is ${value > 0 ? '' : 'negative '}infinity`;
            else if (typeof value === 'string')
                problem = `is text "${value.length > 40 ? `${value.slice(0, 39)}…` : value}", not a number`;
            else if (typeof value !== 'number')
                problem = `is ${Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : typeof value}, not a number`;
            // An unsigned difference is max − min: a negative one is a signed gap read the wrong way,
            // and would pass any maximum however wide the gap.
            else if (result.convention === 'unsigned' && value < 0) {
                const hint = report.value.format === 'modelgate' ? '; a signed gap (unprivileged − privileged) needs "convention": "signed"' : '';
                problem = `is ${format(value)}, but an unsigned difference (max − min) cannot be negative${hint}`;
            }
            // A ratio of rates cannot be negative; Fairlearn's (smallest group's over largest's) cannot exceed 1.
            else if (result.convention === 'ratio' && value < 0)
                problem = `is ${format(value)}, but a ratio of rates cannot be negative`;
            else if (MIN_OVER_MAX.has(result.metric) && value > 1)
                problem = `is ${format(value)}, but it is the smallest group's rate over the largest's, so at most 1`;
            if (problem)
                failures.push({ message: `${report.value.file}: ${subject(result)} ${problem}`, at: result.at });
        }
        failures.push(...understatedGaps(report.value));
        const rows = report.value.rows;
        if (rows && rows.value === 0)
            failures.push({ message: `${report.value.file} was computed on 0 rows, so none of its metrics measured anything`, at: rows.at });
        return failures;
    },
});
/** Fairlearn's ratios, each the smallest group's value over the largest's (AIF360's disparate impact, unprivileged over privileged, may exceed 1). */
const MIN_OVER_MAX = new Set(['demographic_parity_ratio', 'equalized_odds_ratio', 'equal_opportunity_ratio']);
/** Rounding a report may do (three decimals, say) before a stated gap counts as contradicting its groups. */
const GAP_TOLERANCE = 0.01;
/** Half a unit in the last decimal `value` is written to (0.012 → 0.0005): how far rounding may have moved it. */
function roundingOf(value) {
    const decimals = /\.(\d+)$/.exec(String(value))?.[1]?.length ?? 0;
    return 0.5 * 10 ** -Math.min(decimals, 12);
}
/**
 * Gaps stated narrower than the report's own per-group values allow. An unsigned difference is
 * max − min over every group and a ratio min / max, so selection rates listed at 0.05 and 0.62
 * rule out a demographic parity difference of 0.041 or a ratio of 0.9 whatever other groups there
 * are (a group left out can only widen the gap); the same holds for any metric a report lists by
 * group and states as a difference or ratio (Fairlearn's `difference.false_positive_rate` beside
 * its `by_group.false_positive_rate`), and for equalized odds, the larger of the TPR and FPR gaps.
 * A wider stated gap is not questioned: groups may be left out. A Fairlearn gap may have been
 * taken to the overall value instead, which is narrower: it is held to what that method allows
 * (at least half of max − min; with the overall selection rate known, the farthest group from
 * it). Where an attribute has exactly two groups, a signed difference (unprivileged −
 * privileged) is their gap either way, and a disparate impact their ratio either way up.
 */
function understatedGaps(report) {
    // Each attribute's lowest and highest value of each metric listed by group, and how many groups gave one.
    const ranges = new Map();
    const keyOf = (attribute, metric) => `${normaliseAttribute(attribute)}\u0000${metric}`;
    for (const result of report.results) {
        if (result.group === undefined || typeof result.value !== 'number' || !Number.isFinite(result.value))
            continue;
        const key = keyOf(result.attribute, result.metric);
        const range = ranges.get(key);
        const rounding = roundingOf(result.value);
        if (range)
            Object.assign(range, { low: Math.min(range.low, result.value), high: Math.max(range.high, result.value), groups: range.groups + 1, rounding: Math.max(range.rounding, rounding) });
        else
            ranges.set(key, { low: result.value, high: result.value, groups: 1, rounding });
    }
    const failures = [];
    for (const result of report.results) {
        if (result.group !== undefined || typeof result.value !== 'number' || !Number.isFinite(result.value))
            continue;
        const value = result.value;
        const understated = (reason) => failures.push({ message: `${report.file}: ${subject(result)} is ${format(value)}, but ${reason}`, at: result.at });
        const perGroup = groupMetricOf(result.metric);
        if (result.metric === 'equalized_odds_difference' && result.convention === 'unsigned') {
            const tpr = ranges.get(keyOf(result.attribute, 'true_positive_rate'));
            const fpr = ranges.get(keyOf(result.attribute, 'false_positive_rate'));
            const gaps = [tpr, fpr].filter((r) => r !== undefined && r.groups >= 2).map((r) => r.high - r.low);
            const least = Math.max(0, ...gaps) / (result.mayBeToOverall ? 2 : 1);
            if (gaps.length > 0 && value < least - GAP_TOLERANCE) {
                understated(`its own true and false positive rates for ${result.attribute} differ by up to ${format(Math.max(...gaps))} between groups, so equalized odds (the larger gap) is at least ${format(least)}${result.mayBeToOverall ? ' even taken to the overall rate' : ''}`);
            }
            continue;
        }
        if (!perGroup)
            continue;
        const range = ranges.get(keyOf(result.attribute, perGroup.metric));
        if (!range || range.groups < 2)
            continue;
        const values = perGroup.metric === 'selection_rate' ? 'selection rates' : `${perGroup.metric} values`;
        const between = `its own ${values} for ${result.attribute} run from ${format(range.low)} to ${format(range.high)}`;
        const least = range.high - range.low;
        const toOverall = result.mayBeToOverall;
        // Only the selection rate's overall value is known; any other metric's is bounded as if unknown.
        const overallRate = perGroup.metric === 'selection_rate' ? toOverall?.overallSelectionRate : undefined;
        const toTheOverall = overallRate === undefined ? 'to the overall rate' : `to the overall rate ${format(overallRate)}`;
        if (perGroup.kind === 'difference' && result.convention === 'unsigned') {
            const leastToOverall = toOverall && differenceToOverall(range, overallRate);
            // The looser of the two: an overall rate outside the listed groups can ask more of to_overall than of max − min.
            if (value < Math.min(least, leastToOverall ?? least) - GAP_TOLERANCE) {
                understated(`${between}, a difference of at least ${format(least)}${leastToOverall === undefined ? '' : `, or ${format(leastToOverall)} taken ${toTheOverall}`}`);
            }
        }
        else if (perGroup.kind === 'difference' && result.convention === 'signed' && range.groups === 2) {
            if (Math.abs(value) < least - GAP_TOLERANCE)
                understated(`${between}, and with two groups a signed difference is that gap either way (${format(least)} or ${format(-least)})`);
        }
        else if (perGroup.kind === 'ratio' && (MIN_OVER_MAX.has(result.metric) || (report.format === 'fairlearn' && result.convention === 'ratio'))) {
            const most = widestRatio(range.low, range.high, range.rounding);
            const mostToOverall = toOverall && ratioToOverall(range, overallRate, range.rounding);
            if (most !== undefined && value > Math.max(most, mostToOverall ?? 0) + GAP_TOLERANCE) {
                // The message gives the ratios of the values as written; the comparison allowed for their rounding.
                const written = toOverall && ratioToOverall(range, overallRate, 0);
                understated(`${between}, a ratio of at most ${format(range.low / range.high)}${written === undefined ? '' : `, or ${format(written)} taken ${toTheOverall}`}`);
            }
        }
        else if (perGroup.kind === 'ratio' && result.metric === 'disparate_impact' && range.groups === 2) {
            // Unprivileged over privileged: low / high, or high / low the other way up; nearer 1 is neither.
            const most = widestRatio(range.low, range.high, range.rounding);
            if (most !== undefined && value > most + GAP_TOLERANCE && value < 1 / most - GAP_TOLERANCE) {
                understated(`${between}, and with two groups their ratio is ${format(range.low / range.high)} one way up or ${format(range.high / range.low)} the other`);
            }
        }
    }
    return failures;
}
/**
 * The per-group metric a stated gap is taken over, and whether it is a difference or a ratio:
 * demographic parity over selection rates, equal opportunity over true positive rates, Fairlearn's
 * `<metric>_difference` and `<metric>_ratio` over `<metric>`.
 */
function groupMetricOf(metric) {
    switch (metric) {
        case 'demographic_parity_difference':
        case 'statistical_parity_difference':
            return { metric: 'selection_rate', kind: 'difference' };
        case 'demographic_parity_ratio':
        case 'disparate_impact':
            return { metric: 'selection_rate', kind: 'ratio' };
        case 'equal_opportunity_difference':
            return { metric: 'true_positive_rate', kind: 'difference' };
        case 'equal_opportunity_ratio':
            return { metric: 'true_positive_rate', kind: 'ratio' };
    }
    const named = /^(.+)_(difference|ratio)$/.exec(metric);
    return named?.[1] && !named[1].startsWith('equalized_odds') ? { metric: named[1], kind: named[2] } : undefined;
}
/**
 * The widest ratio of two rounded rates, smaller over larger: rates rounded to a few decimals move
 * a ratio of small rates a lot (0.012 / 0.013 may be 0.0124 / 0.0125, a ratio of 0.992).
 */
function widestRatio(a, b, rounding) {
    const [low, high] = a <= b ? [a, b] : [b, a];
    return high - rounding > 0 ? Math.min(1, (low + rounding) / (high - rounding)) : undefined;
}
/** The least a difference taken to the overall rate can be: the farthest group from it, or half of max − min where the rate is not given. */
function differenceToOverall(range, overall) {
    return overall === undefined ? (range.high - range.low) / 2 : Math.max(Math.abs(range.high - overall), Math.abs(overall - range.low));
}
/** The most a ratio taken to the overall rate can be: the lower of the two end groups' ratios to it, or the square root of min / max where the rate is not given. */
function ratioToOverall(range, overall, rounding) {
    if (overall === undefined) {
        const most = widestRatio(range.low, range.high, rounding);
        return most === undefined ? undefined : Math.sqrt(most);
    }
    const low = widestRatio(range.low, overall, rounding && Math.max(rounding, roundingOf(overall)));
    const high = widestRatio(range.high, overall, rounding && Math.max(rounding, roundingOf(overall)));
    return low === undefined || high === undefined ? undefined : Math.min(low, high);
}
/** A report generated within the pack's maximum age, dated by the report itself or the manifest. */
const biasReportFresh = (0,_check_js__WEBPACK_IMPORTED_MODULE_8__/* .defineFunction */ .Oh)({
    name: 'bias-report-fresh',
    description: 'A bias report was generated no more than maxAgeDays ago (its own date, else the date in the manifest), and not before the model files it is about were built (the newest artifacts[].date, a day of grace), nor, in a pull request that changes a model file (a new sha256, or the file itself as git compares it), a report the base commit cited, unchanged.',
    optionsSchema: _dates_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_AGE_OPTIONS */ .MZ,
    check({ target, targetPath, options, system }) {
        const report = loadReport(system, target);
        if (!report?.ok)
            return UNREADABLE;
        const entry = target;
        const dated = report.value.generatedAt ?? (typeof entry.date === 'string' ? { value: entry.date, at: undefined } : undefined);
        const file = report.value.file;
        if (!dated) {
            // The key as the report's own format spells it (new user: a Fairlearn export was told generatedAt).
            const key = report.value.format === 'modelgate' ? 'generatedAt' : 'generated_at';
            return [{ message: `${file} has no date: record when it was generated (${key}) or set date in the manifest`, path: targetPath }];
        }
        const where = { path: [...targetPath, 'date'], at: dated.at };
        const stale = (0,_dates_js__WEBPACK_IMPORTED_MODULE_3__/* .staleness */ .TZ)(dated.value, system.now, options.maxAgeDays);
        if (stale === 'not-a-date')
            return [{ message: `${file}: "${dated.value}" is ${(0,_dates_js__WEBPACK_IMPORTED_MODULE_3__/* .notADate */ .P9)(dated.value)}`, ...where }];
        if (stale === 'future')
            return [{ message: `${file} is dated ${dated.value}, in the future`, ...where }];
        if (stale)
            return [{ message: `${file} was generated on ${dated.value.slice(0, 10)}, ${stale.daysOld} days ago; the policy allows ${options.maxAgeDays}`, ...where }];
        // Red team: a report from before the model was built evaluated an earlier build, however recent.
        const built = (0,_model_changed_js__WEBPACK_IMPORTED_MODULE_4__/* .producedAfter */ .fN)(system.manifest.data, dated.value, 1);
        if (built) {
            return [{ message: `${file} was generated on ${dated.value.slice(0, 10)}, before the model files it is about were built (${built.path}, dated ${built.date} in artifacts): it evaluated an earlier build; rerun it on the model as shipped`, ...where }];
        }
        // A new model file whose date was left alone: the report the base cited, unchanged, is of the earlier one.
        const earlier = typeof entry.path === 'string' ? (0,_model_changed_js__WEBPACK_IMPORTED_MODULE_4__/* .reportOfEarlierModel */ .fg)(system, entry.path, (manifest) => manifest.bias?.reports) : undefined;
        if (earlier) {
            return [{ message: `${file} is the bias report the base commit ${earlier.commit} cited${earlier.as ? ` as ${earlier.as}` : ''}, unchanged, but ${earlier.path} has ${earlier.how}: it evaluated the earlier model; rerun it on the model as shipped`, path: [...targetPath, 'path'] }];
        }
        return [];
    },
});


/***/ }),

/***/ 8380:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ canonicalMetric),
/* harmony export */   _: () => (/* binding */ fairlearnBias)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4853);
/* harmony import */ var _adapter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4447);


const SCHEMA = 'fairlearn-report.schema.json';
const ALIASES = {
    selection_rate_difference: 'demographic_parity_difference',
    selection_rate_ratio: 'demographic_parity_ratio',
    true_positive_rate_difference: 'equal_opportunity_difference',
    true_positive_rate_ratio: 'equal_opportunity_ratio',
};
/** The metric a name stands for: Fairlearn's aliases name the same metrics as the defaults. */
function canonicalMetric(name) {
    return Object.hasOwn(ALIASES, name) ? ALIASES[name] : name;
}
const FRAME_KEYS = ['by_group', 'difference', 'ratio', 'metrics'];
/**
 * Metrics a MetricFrame is commonly given, by the names its `metrics` dict uses: Fairlearn's own
 * and scikit-learn's, as functions and as their short names. Only to tell which way round a
 * `by_group` is written when the frame names none of its metrics in overall, difference or ratio.
 */
const KNOWN_METRICS = new Set([
    'selection_rate', 'true_positive_rate', 'true_negative_rate', 'false_positive_rate', 'false_negative_rate', 'mean_prediction', 'count',
    'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'auc', 'log_loss', 'brier_score_loss', 'zero_one_loss', 'error_rate',
    'mean_absolute_error', 'mean_squared_error', 'r2', 'tpr', 'fpr', 'tnr', 'fnr',
].flatMap((name) => [name, `${name}_score`]));
/** Up to three names, quoted, for a message. */
function someOf(names) {
    return names.slice(0, 3).map((name) => JSON.stringify(name.length > 40 ? `${name.slice(0, 39)}…` : name)).join(', ') + (names.length > 3 ? `, and ${names.length - 3} more` : '');
}
/**
 * Which way round a frame's `by_group` is written. `mf.by_group.to_dict()` writes metric → group
 * (`{"selection_rate": {"female": 0.1}}`); `to_dict(orient="index")` group → metric, and read the
 * other way its groups were metrics with no bound, and its real per-group values went unread. The
 * side that names the frame's metrics (its overall, difference and ratio keys, else well-known
 * metric names) is the metrics; where neither side does, or both, the reader does not guess.
 */
function byGroupOrientation(frame) {
    const byGroup = frame.by_group;
    const outer = Object.keys(byGroup);
    const inner = [...new Set(Object.values(byGroup).flatMap((groups) => Object.keys(groups)))];
    const named = new Set(['overall', 'difference', 'ratio'].flatMap((key) => ((0,_adapter_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(frame[key]) ? Object.keys(frame[key]) : [])));
    const isMetric = (name) => named.has(name) || KNOWN_METRICS.has((0,_adapter_js__WEBPACK_IMPORTED_MODULE_1__/* .snakeCase */ .LW)(name));
    const outerMetrics = outer.some(isMetric);
    const innerMetrics = inner.some(isMetric);
    if (outerMetrics && !innerMetrics)
        return 'metric-group';
    if (innerMetrics && !outerMetrics)
        return 'group-metric';
    // An empty by_group, or groups with no values, has nothing to read either way.
    if (inner.length === 0)
        return 'metric-group';
    const cannot = 'cannot tell its groups from its metrics';
    if (outerMetrics)
        return { problem: `${cannot}: both its keys (${someOf(outer)}) and those inside them (${someOf(inner)}) name metrics; write it metric → group, as mf.by_group.to_dict() does` };
    return {
        problem: `${cannot}: neither its keys (${someOf(outer)}) nor those inside them (${someOf(inner)}) name a metric this frame gives in overall, difference or ratio, or one of Fairlearn's; write the frame's overall beside it (mf.overall.to_dict()) so its metrics are known`,
    };
}
function isFrame(value) {
    return (0,_adapter_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value) && FRAME_KEYS.some((key) => (0,_adapter_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value[key]));
}
const fairlearnBias = {
    format: 'fairlearn',
    schema: SCHEMA,
    detect: (value) => (0,_adapter_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value) &&
        ((typeof value.sensitive_feature === 'string' && isFrame(value)) ||
            ((0,_adapter_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value.sensitive_features) && Object.values(value.sensitive_features).some(isFrame))),
    normalise(doc) {
        const problem = (0,_adapter_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaProblem */ .Zg)(SCHEMA, doc, 'Fairlearn MetricFrame export');
        if (problem)
            return { ok: false, problem };
        const generated = (0,_adapter_js__WEBPACK_IMPORTED_MODULE_1__/* .dateAt */ .iM)(doc, ['generated_at'], 'Fairlearn MetricFrame export');
        if (!generated.ok)
            return generated;
        const raw = doc.value;
        const frames = typeof raw.sensitive_feature === 'string'
            ? [[raw.sensitive_feature, raw, []]]
            : Object.entries(raw.sensitive_features).map(([name, frame]) => [
                name,
                frame,
                ['sensitive_features', name],
            ]);
        const results = [];
        const attributes = new Map();
        for (const [attribute, frame, base] of frames) {
            attributes.set(attribute, (0,_adapter_js__WEBPACK_IMPORTED_MODULE_1__.at)(doc, base.length ? base : ['sensitive_feature']));
            // MetricFrame.difference() and .ratio(), and the demographic parity functions, take a
            // method the export does not record: between groups by default, or to the overall value.
            const overall = (0,_adapter_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(frame.overall) ? frame.overall.selection_rate : undefined;
            const mayBeToOverall = typeof overall === 'number' && Number.isFinite(overall) ? { overallSelectionRate: overall } : {};
            const add = (metric, value, convention, path, group) => {
                // Own keys only: a metric named "constructor" must not become Object.prototype.constructor.
                const canonical = Object.hasOwn(ALIASES, metric) ? ALIASES[metric] : metric;
                const result = { attribute, metric: canonical, value, convention, at: (0,_adapter_js__WEBPACK_IMPORTED_MODULE_1__.at)(doc, path) };
                if (canonical !== metric)
                    result.aliases = [metric];
                if (group !== undefined)
                    result.group = group;
                else if (convention === 'unsigned' || convention === 'ratio')
                    result.mayBeToOverall = mayBeToOverall;
                results.push(result);
            };
            if ((0,_adapter_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(frame.by_group)) {
                const orientation = byGroupOrientation(frame);
                if (typeof orientation === 'object') {
                    return { ok: false, problem: { message: `${doc.file} is not a valid Fairlearn MetricFrame export: ${(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPath */ .jV)([...base, 'by_group'])}: ${orientation.problem}`, at: (0,_adapter_js__WEBPACK_IMPORTED_MODULE_1__.at)(doc, [...base, 'by_group']) } };
                }
                for (const [outer, inner] of Object.entries(frame.by_group)) {
                    for (const [key, value] of Object.entries(inner)) {
                        const [metric, group] = orientation === 'metric-group' ? [outer, key] : [key, outer];
                        add((0,_adapter_js__WEBPACK_IMPORTED_MODULE_1__/* .snakeCase */ .LW)(metric), value, 'value', [...base, 'by_group', outer, key], group);
                    }
                }
            }
            const difference = (frame.difference ?? {});
            for (const [metric, value] of Object.entries(difference))
                add(`${(0,_adapter_js__WEBPACK_IMPORTED_MODULE_1__/* .snakeCase */ .LW)(metric)}_difference`, value, 'unsigned', [...base, 'difference', metric]);
            for (const [metric, value] of Object.entries((frame.ratio ?? {}))) {
                add(`${(0,_adapter_js__WEBPACK_IMPORTED_MODULE_1__/* .snakeCase */ .LW)(metric)}_ratio`, value, 'ratio', [...base, 'ratio', metric]);
            }
            for (const [metric, value] of Object.entries((frame.metrics ?? {}))) {
                const name = (0,_adapter_js__WEBPACK_IMPORTED_MODULE_1__/* .snakeCase */ .LW)(metric);
                add(name, value, name.endsWith('_ratio') ? 'ratio' : name.endsWith('_difference') ? 'unsigned' : 'value', [...base, 'metrics', metric]);
            }
            // Equalized odds (agg="worst_case") is the larger of the TPR and FPR gaps.
            const tpr = difference.true_positive_rate;
            const fpr = difference.false_positive_rate;
            const explicit = results.some((r) => r.attribute === attribute && r.metric === 'equalized_odds_difference');
            if (!explicit && typeof tpr === 'number' && typeof fpr === 'number') {
                const worst = tpr >= fpr ? 'true_positive_rate' : 'false_positive_rate';
                add('equalized_odds_difference', Math.max(tpr, fpr), 'unsigned', [...base, 'difference', worst]);
            }
        }
        const report = { format: 'fairlearn', file: doc.file, attributes, results };
        if (typeof raw.model_name === 'string')
            report.modelName = { value: raw.model_name, at: (0,_adapter_js__WEBPACK_IMPORTED_MODULE_1__.at)(doc, ['model_name']) };
        if (typeof raw.model_version === 'string')
            report.modelVersion = { value: raw.model_version, at: (0,_adapter_js__WEBPACK_IMPORTED_MODULE_1__.at)(doc, ['model_version']) };
        if (generated.value)
            report.generatedAt = generated.value;
        return { ok: true, value: report };
    },
};


/***/ }),

/***/ 4179:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ biasReports)
});

// EXTERNAL MODULE: ./build/load/json.js
var json = __webpack_require__(5531);
// EXTERNAL MODULE: ./build/types.js
var types = __webpack_require__(4853);
// EXTERNAL MODULE: ./build/evidence/adapter.js
var adapter = __webpack_require__(4447);
// EXTERNAL MODULE: ./build/evidence/dates.js
var dates = __webpack_require__(5741);
;// CONCATENATED MODULE: ./build/evidence/bias/aif360.js
/**
 * AIF360 metric output. AIF360 metrics are method calls (`metric.disparate_impact()`) and its
 * `MetricJSONExplainer` returns JSON whose `message` ends with the value; neither names the
 * protected attribute, so the export records it (schemas/aif360-report.schema.json):
 *
 *   { "model_version": "2.3.0", "generated_at": "…", "aif360_version": "0.6.1",
 *     "protected_attributes": {
 *       "sex": { "privileged_groups": [{"sex": 1}], "unprivileged_groups": [{"sex": 0}],
 *                "metrics": { "disparate_impact": 0.91, "statistical_parity_difference": -0.04 },
 *                "explanations": [ <MetricJSONExplainer output, as an object or its JSON string> ] } } }
 *
 * An optional top-level `"model_name"` records which model the metrics are about
 * (bias/report-model-version holds it to the manifest's id or name).
 *
 * Many export flat instead: one protected attribute named at the top level, its metric values
 * beside it, or a list of such objects, one per attribute:
 *
 *   { "model": "risk-model", "model_version": "3.1.0", "protected_attribute": "sex",
 *     "privileged_groups": [{"sex": 1}], "unprivileged_groups": [{"sex": 0}],
 *     "statistical_parity_difference": -0.043, "disparate_impact": 0.93, "timestamp": "…" }
 *
 * read as `protected_attributes.sex.metrics`, with `model` and `timestamp` where `model_name`
 * and `generated_at` are not given.
 *
 * AIF360's differences are signed (unprivileged − privileged): -0.14 is as large a gap as 0.14.
 * Disparate impact and the *_ratio metrics are ratios (1 is parity).
 */




const SCHEMA = 'aif360-report.schema.json';
function conventionOf(metric) {
    if (metric === 'disparate_impact' || metric.endsWith('_ratio'))
        return 'ratio';
    if (metric.endsWith('_difference'))
        return 'signed';
    return 'value';
}
/** The value at the end of an explainer message ("…: 0.7362"), or NaN when it says nan. */
function explainedValue(message) {
    const match = message.match(/:\s*(-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|-?nan|-?inf)\s*$/i);
    if (!match)
        return message;
    const text = match[1].toLowerCase();
    if (text.endsWith('nan'))
        return Number.NaN;
    if (text.endsWith('inf'))
        return text.startsWith('-') ? -Infinity : Infinity;
    return Number(text);
}
/** AIF360's metrics whose names say no difference or ratio (aif360.metrics: ClassificationMetric, BinaryLabelDatasetMetric). */
const AIF360_METRICS = new Set(['theil_index', 'generalized_entropy_index', 'coefficient_of_variation', 'consistency', 'between_all_groups_theil_index', 'between_group_theil_index', 'between_group_generalized_entropy_index', 'between_all_groups_generalized_entropy_index', 'between_group_coefficient_of_variation', 'smoothed_empirical_differential_fairness', 'differential_fairness_bias_amplification']);
/** Keys of a flat export that are not metric values: what it is about, and the groups compared. */
const FLAT_FIELDS = new Set(['protected_attribute', 'privileged_groups', 'unprivileged_groups', 'model', 'model_name', 'model_version', 'timestamp', 'generated_at', 'aif360_version', 'dataset', 'metrics', 'explanations']);
/**
 * Whether a top-level key of a flat export is a metric value. A number is a measurement; so is
 * anything under a fairness metric's name (a difference, a ratio, disparate impact: a blank,
 * which `to_json()` writes for NaN, or text), which bias/values-valid then judges. Other text,
 * blanks, mappings and lists (a run id, a seed, the dataset's description) are the export's own notes.
 */
function isFlatMetric(key, value) {
    if (FLAT_FIELDS.has(key))
        return false;
    if (typeof value === 'number')
        return true;
    // A blank or text only under a fairness metric's name, or one of AIF360's own metrics:
    // "run_id": null and "random_seed": "42" are notes (review).
    const name = (0,adapter/* snakeCase */.LW)(key);
    return conventionOf(name) !== 'value' || AIF360_METRICS.has(name);
}
/** Where an export records its model, version and date: the nested form's names, and a flat export's own. */
const NESTED_FIELDS = { modelName: ['model_name'], modelVersion: ['model_version'], generatedAt: ['generated_at'] };
const FLAT_NAMES = { modelName: ['model_name', 'model'], modelVersion: ['model_version'], generatedAt: ['generated_at', 'timestamp'] };
const WHAT = 'AIF360 metrics export';
const aif360Bias = {
    format: 'aif360',
    schema: SCHEMA,
    detect: (value) => ((0,adapter/* isRecord */.u4)(value) && ((0,adapter/* isRecord */.u4)(value.protected_attributes) || typeof value.protected_attribute === 'string')) ||
        (Array.isArray(value) && value.length > 0 && value.every(adapter/* isRecord */.u4) && value.some((item) => typeof item.protected_attribute === 'string')),
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(SCHEMA, doc, WHAT);
        if (problem)
            return { ok: false, problem };
        const results = [];
        /** Each attribute and metric read, so an explanation of one read already is skipped at once (a scan of the results was quadratic, review). */
        const readKeys = new Set();
        const attributes = new Map();
        /** One attribute's values: a flat export's top level (when `flat`), then `metrics`, then `explanations`. */
        const read = (attribute, entry, base, flat) => {
            const add = (metric, value, path) => {
                readKeys.add(`${attribute}\u0000${metric}`);
                results.push({ attribute, metric, value, convention: conventionOf(metric), at: (0,adapter.at)(doc, path) });
            };
            if (flat)
                for (const [key, value] of Object.entries(entry))
                    if (isFlatMetric(key, value))
                        add((0,adapter/* snakeCase */.LW)(key), value, [...base, key]);
            for (const [metric, value] of Object.entries((entry.metrics ?? {}))) {
                add((0,adapter/* snakeCase */.LW)(metric), value, [...base, 'metrics', metric]);
            }
            (entry.explanations ?? []).forEach((item, index) => {
                let explanation = item;
                if (typeof item === 'string') {
                    // As a JSON document: one with a repeated key (the last would win in JSON.parse) is not read.
                    const parsed = (0,json/* parseJson */.qF)(item, doc.file);
                    explanation = parsed.ok ? parsed.doc.value : undefined;
                }
                const path = [...base, 'explanations', index];
                if (!(0,adapter/* isRecord */.u4)(explanation) || typeof explanation.metric !== 'string' || typeof explanation.message !== 'string') {
                    add(`explanations[${index}]`, item, path);
                    return;
                }
                const metric = (0,adapter/* snakeCase */.LW)(explanation.metric);
                // A metric given both ways is counted once, from `metrics` (or a flat export's top level).
                if (!readKeys.has(`${attribute}\u0000${metric}`))
                    add(metric, explainedValue(explanation.message), path);
            });
        };
        const raw = doc.value;
        // A flat export, or a list of them (the schema has made sure every item is one).
        const flat = Array.isArray(raw)
            ? raw.map((entry, index) => ({ entry: entry, base: [index] }))
            : (0,adapter/* isRecord */.u4)(raw) && typeof raw.protected_attribute === 'string'
                ? [{ entry: raw, base: [] }]
                : [];
        if (flat.length === 0) {
            for (const [attribute, entry] of Object.entries(raw.protected_attributes)) {
                const base = ['protected_attributes', attribute];
                attributes.set(attribute, (0,adapter.at)(doc, base));
                read(attribute, entry, base, false);
            }
            return described(doc, [{ entry: raw, base: [] }], NESTED_FIELDS, { format: 'aif360', file: doc.file, attributes, results });
        }
        for (const { entry, base } of flat) {
            const attribute = entry.protected_attribute;
            if (!attributes.has(attribute))
                attributes.set(attribute, (0,adapter.at)(doc, [...base, 'protected_attribute']));
            const before = results.length;
            read(attribute, entry, base, true);
            // The nested form's schema refuses an attribute with neither metrics nor explanations; a
            // flat export's metrics are known only once read.
            if (results.length === before) {
                const where = base.length > 0 ? `${(0,types/* formatPath */.jV)(base)}: ` : '';
                return { ok: false, problem: { message: `${doc.file} is not a valid ${WHAT}: ${where}protected attribute "${attribute}" has no metric values (numbers beside protected_attribute, or under metrics or explanations)`, at: (0,adapter.at)(doc, [...base, 'protected_attribute']) } };
            }
        }
        return described(doc, flat, FLAT_NAMES, { format: 'aif360', file: doc.file, attributes, results });
    },
};
/**
 * The model, version and date the export records, under `names`. A list of flat exports is one
 * report: its items name one model and one version (another is refused, not picked), and it is
 * as old as its oldest item.
 */
function described(doc, parts, names, report) {
    for (const field of ['modelName', 'modelVersion']) {
        let seen;
        for (const { entry, base } of parts) {
            const key = names[field].find((k) => typeof entry[k] === 'string');
            if (key === undefined)
                continue;
            const value = entry[key];
            const path = [...base, key];
            if (seen && seen.value.trim() !== value.trim()) {
                const what = field === 'modelName' ? 'model' : 'model version';
                const message = `${doc.file} is not a valid ${WHAT}: ${(0,types/* formatPath */.jV)(path)}: "${value}" is not the "${seen.value}" of ${(0,types/* formatPath */.jV)(seen.path)}: one report is about one ${what}; write each to its own file`;
                return { ok: false, problem: { message, at: (0,adapter.at)(doc, path) } };
            }
            seen ??= { value, at: (0,adapter.at)(doc, path), path };
        }
        if (seen)
            report[field] = { value: seen.value, at: seen.at };
    }
    for (const { entry, base } of parts) {
        const key = names.generatedAt.find((k) => entry[k] !== undefined);
        if (key === undefined)
            continue;
        const dated = (0,adapter/* dateAt */.iM)(doc, [...base, key], WHAT);
        if (!dated.ok)
            return dated;
        const when = dated.value;
        if (!report.generatedAt || (0,dates/* parseDate */._U)(when.value) < (0,dates/* parseDate */._U)(report.generatedAt.value))
            report.generatedAt = when;
    }
    return { ok: true, value: report };
}

// EXTERNAL MODULE: ./build/evidence/bias/fairlearn.js
var fairlearn = __webpack_require__(8380);
;// CONCATENATED MODULE: ./build/evidence/bias/modelgate.js

const modelgate_SCHEMA = 'bias-report.schema.json';
const modelgateBias = {
    format: 'modelgate',
    schema: modelgate_SCHEMA,
    detect: (value) => typeof value === 'object' && value !== null && value.schema === 'modelgate/bias-report@1',
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(modelgate_SCHEMA, doc, 'bias report');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const results = raw.results.map((row, index) => {
            const result = {
                attribute: row.attribute,
                metric: row.metric,
                value: row.value,
                convention: modelgate_conventionOf(row.metric, raw.convention ?? 'unsigned'),
                at: (0,adapter.at)(doc, ['results', index, 'value']),
            };
            if (row.group !== undefined)
                result.group = row.group;
            return result;
        });
        const attributes = new Map();
        raw.results.forEach((row, index) => {
            if (!attributes.has(row.attribute))
                attributes.set(row.attribute, (0,adapter.at)(doc, ['results', index, 'attribute']));
        });
        const report = {
            format: 'modelgate',
            file: doc.file,
            modelVersion: { value: raw.model.version, at: (0,adapter.at)(doc, ['model', 'version']) },
            attributes,
            results,
        };
        if (typeof raw.model.name === 'string')
            report.modelName = { value: raw.model.name, at: (0,adapter.at)(doc, ['model', 'name']) };
        if (raw.generatedAt !== undefined)
            report.generatedAt = { value: raw.generatedAt, at: (0,adapter.at)(doc, ['generatedAt']) };
        if (typeof raw.dataset?.rows === 'number')
            report.rows = { value: raw.dataset.rows, at: (0,adapter.at)(doc, ['dataset', 'rows']) };
        if (typeof raw.dataset?.id === 'string')
            report.dataset = { value: raw.dataset.id, at: (0,adapter.at)(doc, ['dataset', 'id']) };
        if (typeof raw.dataset?.revision === 'string')
            report.datasetRevision = { value: raw.dataset.revision, at: (0,adapter.at)(doc, ['dataset', 'revision']) };
        return { ok: true, value: report };
    },
};
/** Differences read as the report declares them (unsigned unless it says signed). */
function modelgate_conventionOf(metric, differences) {
    if (metric === 'disparate_impact' || metric.endsWith('_ratio'))
        return 'ratio';
    if (metric.endsWith('_difference'))
        return differences;
    return 'value';
}

;// CONCATENATED MODULE: ./build/evidence/bias/formats.js



const biasReports = {
    id: 'bias',
    what: 'bias report',
    adapters: [modelgateBias, fairlearn/* fairlearnBias */._, aif360Bias],
};


/***/ }),

/***/ 6792:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oh: () => (/* binding */ defineFunction),
/* harmony export */   fZ: () => (/* binding */ systemDocument),
/* harmony export */   ki: () => (/* binding */ withoutBase),
/* harmony export */   rI: () => (/* binding */ unusableEvidence)
/* harmony export */ });
/** Declares a check function with its options type inferred from usage. */
function defineFunction(fn) {
    return fn;
}
/** The skip of a rule that compares with the base commit, when there is none (and why). */
function withoutBase(system) {
    return { skip: system.noBase ?? 'no base commit to compare with' };
}
/** The document rules' `given` paths start from: `{ manifest, card }`. */
function systemDocument(system) {
    return system.card ? { manifest: system.manifest.data, card: system.card } : { manifest: system.manifest.data };
}
/**
 * The failure for cited evidence that cannot be used: at the problem's place in the file when it
 * has one, else on the citation (`cited`, the manifest path of the cited file's path), or on the
 * `format:` beside it when the declared format is what is wrong.
 */
function unusableEvidence(problem, cited) {
    const path = problem.atFormat ? [...cited.slice(0, -1), 'format'] : [...cited];
    return problem.at ? { message: problem.message, path, at: problem.at } : { message: problem.message, path };
}


/***/ }),

/***/ 92:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ DATA_QUALITY_CHECKS),
/* harmony export */   _t: () => (/* binding */ comparableName),
/* harmony export */   gF: () => (/* binding */ validatedRows)
/* harmony export */ });
/* unused harmony exports dataQualityReadable, dataValidationPassed, dataValidationForDataset, dataValidationFresh, croissantRaiFields, dataQualityCited */
/* harmony import */ var _load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8852);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6792);
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5741);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9360);
/**
 * Data quality judged per dataset (`data.datasets[*]`): its validation result (`quality.path`)
 * succeeded and is about that dataset, and its Croissant description (`croissant`) fills in the
 * Responsible-AI fields the policy asks for.
 */




const WHAT = { validation: 'data validation result', croissant: 'Croissant dataset description' };
const datasetOf = (target) => (target && typeof target === 'object' ? target : {});
const nameOf = (dataset) => (typeof dataset.id === 'string' ? dataset.id : 'the dataset');
/** Where a dataset cites evidence of this kind, and in which format. */
function citation(dataset, evidence) {
    if (evidence === 'croissant')
        return typeof dataset.croissant === 'string' && dataset.croissant.trim() !== '' ? { path: dataset.croissant, format: 'croissant', field: ['croissant'] } : undefined;
    const quality = dataset.quality;
    if (!quality || typeof quality.path !== 'string' || quality.path.trim() === '')
        return undefined;
    return { path: quality.path, ...(typeof quality.format === 'string' ? { format: quality.format } : {}), field: ['quality', 'path'] };
}
function load(system, dataset, evidence) {
    const cited = citation(dataset, evidence);
    if (!cited)
        return undefined;
    return { result: system.evidence.evidence(_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .dataQualityFormats */ .y, cited.path, cited.format), field: cited.field };
}
/**
 * How many rows a dataset has, as its cited validation result counted them (the most an
 * unconditional row count expectation observed), with the file; undefined when it cites none
 * that counts them, or one whose several runs count (a checkpoint's batches may each be a part
 * of the data: review).
 */
function validatedRows(system, dataset) {
    const validation = loaded(system, datasetOf(dataset), 'validation');
    const counted = (validation?.runs ?? []).flatMap((run) => (run.rows ? [run.rows.value] : []));
    return validation && counted.length === 1 ? { rows: counted[0], file: validation.file } : undefined;
}
function loaded(system, dataset, kind) {
    const found = load(system, dataset, kind === 'validation' ? 'validation' : 'croissant');
    return found?.result.ok && found.result.value.kind === kind ? found.result.value : undefined;
}
const DATA_EXTENSIONS = new Set(['csv', 'tsv', 'parquet', 'json', 'jsonl', 'arrow', 'feather', 'avro', 'orc', 'txt', 'gz', 'zip', 'zst', 'bz2']);
/** "bureau_2024.csv", "s3://bucket/bureau/2024/" → "bureau2024", "2024": names compared without case, punctuation or extension. */
function comparableName(name) {
    let end = name.length;
    while (end > 0 && (name[end - 1] === '/' || name[end - 1] === '\\'))
        end--;
    const trimmed = name.slice(0, end);
    let base = trimmed.slice(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
    // train-2025.csv.gz → train-2025: only data-file extensions, so "v1.2" keeps its dot's digits.
    for (let dot = base.lastIndexOf('.'); dot > 0 && DATA_EXTENSIONS.has(base.slice(dot + 1).toLowerCase()); dot = base.lastIndexOf('.'))
        base = base.slice(0, dot);
    return base.toLowerCase().replace(/[^a-z0-9]/g, '');
}
/** The runs about this dataset: those whose data is named as it; all of them when none is. */
function runsFor(validation, dataset) {
    const names = datasetNames(dataset);
    const matching = validation.runs.filter((run) => run.assets.some((asset) => names.has(comparableName(asset))));
    return matching.length > 0 ? matching : validation.runs;
}
function datasetNames(dataset) {
    const names = [dataset.id, dataset.quality?.asset, dataset.uri].filter((name) => typeof name === 'string' && name.trim() !== '');
    return new Set(names.map(comparableName).filter((name) => name !== ''));
}
const noOptions = { type: 'object', additionalProperties: false };
const EVIDENCE_OPTION = { enum: ['validation', 'croissant'] };
const dataQualityReadable = (0,_check_js__WEBPACK_IMPORTED_MODULE_3__/* .defineFunction */ .Oh)({
    name: 'data-quality-readable',
    description: "A dataset's cited data validation result (`evidence: validation`, `quality.path`) or Croissant description (`evidence: croissant`) exists, parses, is of that kind, and does not contradict itself.",
    optionsSchema: { type: 'object', required: ['evidence'], additionalProperties: false, properties: { evidence: EVIDENCE_OPTION } },
    check({ target, targetPath, options, system }) {
        const dataset = datasetOf(target);
        const found = load(system, dataset, options.evidence);
        if (!found)
            return { skip: `${nameOf(dataset)} cites no ${WHAT[options.evidence]}` };
        const where = [...targetPath, ...found.field];
        if (!found.result.ok)
            return [(0,_check_js__WEBPACK_IMPORTED_MODULE_3__/* .unusableEvidence */ .rI)(found.result.problem, where)];
        const value = found.result.value;
        const wanted = options.evidence === 'validation' ? 'validation' : 'croissant';
        if (value.kind !== wanted)
            return [{ message: `${value.file} is a ${WHAT[value.kind === 'validation' ? 'validation' : 'croissant']}, not a ${WHAT[options.evidence]}`, path: where }];
        return value.kind === 'validation' ? value.inconsistencies.map((problem) => ({ message: problem.message, at: problem.at })) : [];
    },
});
const dataValidationPassed = (0,_check_js__WEBPACK_IMPORTED_MODULE_3__/* .defineFunction */ .Oh)({
    name: 'data-validation-passed',
    description: "A dataset's cited validation result succeeded: each failed expectation is a finding at its line, with its type and column.",
    optionsSchema: noOptions,
    check({ target, system }) {
        const dataset = datasetOf(target);
        const validation = loaded(system, dataset, 'validation');
        if (!validation)
            return { skip: `${nameOf(dataset)} cites no readable validation result` };
        const failures = [];
        for (const run of runsFor(validation, dataset)) {
            const suite = run.suite ? ` (suite ${run.suite})` : '';
            for (const failed of run.failed) {
                const column = failed.column ? ` on column ${failed.column}` : '';
                const why = failed.exception ? `: it raised ${failed.exception.length > 120 ? `${failed.exception.slice(0, 117)}...` : failed.exception}` : failed.observed ? `: ${failed.observed}` : '';
                failures.push({ message: `${nameOf(dataset)}: ${failed.type}${column} failed${why}${suite}`, at: failed.at });
            }
            // A suite that counted no rows ran on no data, however many expectations it met.
            if (run.success.value && run.noRows) {
                failures.push({ message: `${nameOf(dataset)}: the validation${suite} counted 0 rows in the data it ran on, so it shows nothing about the data`, at: run.noRows });
            }
            // A suite that evaluated nothing "succeeds" without looking at the data: it shows nothing.
            if (run.success.value && (run.statistics ? run.statistics.evaluated === 0 : run.listed === 0)) {
                failures.push({ message: `${nameOf(dataset)}: the validation${suite} evaluated no expectation, so it shows nothing about the data`, at: run.success.at });
            }
            if (!run.success.value && run.failed.length === 0) {
                const counted = run.statistics ? `: ${run.statistics.unsuccessful} of ${run.statistics.evaluated} expectations failed` : '';
                failures.push({ message: `${nameOf(dataset)}: the validation${suite} failed${counted}, and the file does not list which (save the full result)`, at: run.success.at });
            }
        }
        return failures;
    },
});
const dataValidationForDataset = (0,_check_js__WEBPACK_IMPORTED_MODULE_3__/* .defineFunction */ .Oh)({
    name: 'data-validation-for-dataset',
    description: "A dataset's cited validation result ran on that dataset: the data it names (data asset, table or file) is the dataset's id, its `quality.asset`, or its uri's file.",
    optionsSchema: noOptions,
    check({ target, targetPath, system }) {
        const dataset = datasetOf(target);
        const validation = loaded(system, dataset, 'validation');
        if (!validation)
            return { skip: `${nameOf(dataset)} cites no readable validation result` };
        const assets = [...new Set(validation.runs.flatMap((run) => run.assets))];
        if (assets.length === 0)
            return { skip: `${validation.file} does not name the data it validated` };
        const names = datasetNames(dataset);
        if (assets.some((asset) => names.has(comparableName(asset))))
            return [];
        const shown = assets.slice(0, 3).map((asset) => JSON.stringify(asset.length > 80 ? `${asset.slice(0, 77)}...` : asset)).join(', ');
        return [{
                message: `${validation.file} validated ${shown}, not ${nameOf(dataset)}; cite the result for this dataset, or name its data asset under quality.asset`,
                path: [...targetPath, 'quality', 'path'],
            }];
    },
});
/**
 * A validation shows the data as it was when the suite ran: each run about the dataset says when
 * (the result's own `meta`, not the manifest), and that is neither in the future nor older than
 * maxAgeDays before the run's date (`--as-of`).
 */
const dataValidationFresh = (0,_check_js__WEBPACK_IMPORTED_MODULE_3__/* .defineFunction */ .Oh)({
    name: 'data-validation-fresh',
    description: "A dataset's cited validation result ran no more than maxAgeDays before the run's date (`--as-of`): the time the result itself records (`meta.validation_time`, else `meta.run_id.run_time`, else a 0.x timestamp `run_id`). A result that records none, or not as a date, fails.",
    optionsSchema: _dates_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_AGE_OPTIONS */ .MZ,
    check({ target, options, system }) {
        const dataset = datasetOf(target);
        const validation = loaded(system, dataset, 'validation');
        if (!validation)
            return { skip: `${nameOf(dataset)} cites no readable validation result` };
        const failures = [];
        for (const run of runsFor(validation, dataset)) {
            const suite = run.suite ? ` (suite ${run.suite})` : '';
            const ran = run.ranAt;
            if (!ran) {
                failures.push({ message: `${validation.file}: the validation${suite} does not say when it ran (no meta.validation_time or meta.run_id.run_time); cite the result as Great Expectations saved it`, at: run.at });
                continue;
            }
            const stale = (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .staleness */ .TZ)(ran.value, system.now, options.maxAgeDays);
            const day = ran.value.slice(0, 10);
            if (stale === 'not-a-date') {
                const shown = ran.value.length > 60 ? `${ran.value.slice(0, 57)}...` : ran.value;
                failures.push({ message: `${validation.file}: the validation${suite} is dated "${shown}", which is ${(0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .notADate */ .P9)(ran.value)}`, at: ran.at });
            }
            else if (stale === 'future') {
                failures.push({ message: `${validation.file}: the validation${suite} is dated ${day}, in the future`, at: ran.at });
            }
            else if (stale) {
                failures.push({ message: `${validation.file}: the validation${suite} ran on ${day}, ${stale.daysOld} days ago; the policy allows ${options.maxAgeDays}`, at: ran.at });
            }
        }
        return failures;
    },
});
const croissantRaiFields = (0,_check_js__WEBPACK_IMPORTED_MODULE_3__/* .defineFunction */ .Oh)({
    name: 'croissant-rai-fields',
    description: "A dataset's cited Croissant description fills in each of the given Responsible-AI fields (`rai:dataLimitations`, …): present, and not empty or a placeholder.",
    optionsSchema: {
        type: 'object',
        required: ['fields'],
        additionalProperties: false,
        properties: { fields: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[A-Za-z]+$' } } },
    },
    check({ target, system, options }) {
        const dataset = datasetOf(target);
        const description = loaded(system, dataset, 'croissant');
        if (!description)
            return { skip: `${nameOf(dataset)} cites no readable Croissant description` };
        return options.fields.flatMap((field) => {
            const found = description.rai.get(field);
            if (!found)
                return [{ message: `${description.file} has no rai:${field}`, at: description.at }];
            const absence = (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .valueAbsence */ .Z2)(found.texts);
            return absence ? [{ message: `${description.file}: rai:${field} ${(0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAbsence */ .Hw)(absence)}`, at: found.at }] : [];
        });
    },
});
const dataQualityCited = (0,_check_js__WEBPACK_IMPORTED_MODULE_3__/* .defineFunction */ .Oh)({
    name: 'data-quality-cited',
    description: 'Each dataset whose `role` is one of `roles` cites a data validation result (`evidence: validation`, `quality.path`) or a Croissant description (`evidence: croissant`).',
    optionsSchema: {
        type: 'object',
        required: ['evidence', 'roles'],
        additionalProperties: false,
        properties: { evidence: EVIDENCE_OPTION, roles: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } } },
    },
    check({ value, path, options }) {
        const datasets = Array.isArray(value) ? value : [];
        const failures = [];
        datasets.forEach((item, index) => {
            const dataset = datasetOf(item);
            if (typeof dataset.role !== 'string' || !options.roles.includes(dataset.role))
                return;
            if (citation(dataset, options.evidence))
                return;
            const field = options.evidence === 'validation' ? 'quality.path' : 'croissant';
            failures.push({ message: `${nameOf(dataset)} (${dataset.role} data) cites no ${WHAT[options.evidence]} under ${field}`, path: [...path, index] });
        });
        return failures;
    },
});
const DATA_QUALITY_CHECKS = [dataQualityReadable, dataValidationPassed, dataValidationForDataset, dataValidationFresh, croissantRaiFields, dataQualityCited];


/***/ }),

/***/ 9360:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ dataQualityFormats)
});

// EXTERNAL MODULE: ./build/evidence/adapter.js
var adapter = __webpack_require__(4447);
;// CONCATENATED MODULE: ./build/evidence/data-quality/croissant.js

const SCHEMA = 'croissant.schema.json';
const RAI_IRI = 'http://mlcommons.org/croissant/RAI/';
const CROISSANT_IRI = 'mlcommons.org/croissant';
/** `rai:dataBiases` or its full IRI → `dataBiases`. */
function raiName(key) {
    if (key.startsWith('rai:'))
        return key.slice(4);
    if (key.startsWith(RAI_IRI))
        return key.slice(RAI_IRI.length);
    return undefined;
}
const mentionsCroissant = (value) => typeof value === 'string' ? value.includes(CROISSANT_IRI) : Array.isArray(value) ? value.some(mentionsCroissant) : (0,adapter/* isRecord */.u4)(value) ? Object.values(value).some(mentionsCroissant) : false;
function textsOf(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value))
        return value.flatMap(textsOf);
    if ((0,adapter/* isRecord */.u4)(value) && typeof value['@value'] === 'string')
        return [value['@value']];
    return [];
}
const croissantDescription = {
    format: 'croissant',
    schema: SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && '@context' in value && (mentionsCroissant(value['@context']) || mentionsCroissant(value.conformsTo) || mentionsCroissant(value['dct:conformsTo'])),
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(SCHEMA, doc, 'Croissant dataset description');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const description = {
            kind: 'croissant',
            format: 'croissant',
            file: doc.file,
            ...(typeof raw.name === 'string' ? { name: raw.name } : {}),
            at: (0,adapter.at)(doc, []),
            rai: new Map(),
        };
        for (const [key, value] of Object.entries(raw)) {
            const name = raiName(key);
            if (name)
                description.rai.set(name, { texts: textsOf(value), at: (0,adapter.at)(doc, [key]) });
        }
        return { ok: true, value: description };
    },
};

// EXTERNAL MODULE: ./build/load/schema.js
var schema = __webpack_require__(6774);
;// CONCATENATED MODULE: ./build/evidence/data-quality/great-expectations.js


const great_expectations_SCHEMA = 'great-expectations-result.schema.json';
/** Expectations on a table's row count: the row count they observe is how much data the suite saw. */
const ROW_COUNT = new Set(['expect_table_row_count_to_be_between', 'expect_table_row_count_to_equal']);
const isSuiteResult = (value) => (0,adapter/* isRecord */.u4)(value) && typeof value.success === 'boolean' && Array.isArray(value.results) && ((0,adapter/* isRecord */.u4)(value.statistics) || 'suite_name' in value || 'evaluation_parameters' in value || 'suite_parameters' in value);
/** Where each suite result is in the document: the document itself, or each run of a checkpoint result. */
function suitesOf(value) {
    if (!(0,adapter/* isRecord */.u4)(value))
        return [];
    if (!(0,adapter/* isRecord */.u4)(value.run_results))
        return [{ path: [], value }];
    return Object.entries(value.run_results).map(([key, run]) => (0,adapter/* isRecord */.u4)(run) && 'validation_result' in run ? { path: ['run_results', key, 'validation_result'], value: run.validation_result } : { path: ['run_results', key], value: run });
}
const great_expectations_text = (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
/** The names the tool gives the data a suite ran on. */
function assetsOf(meta) {
    if (!(0,adapter/* isRecord */.u4)(meta))
        return [];
    const names = [];
    for (const key of ['active_batch_definition', 'batch_spec', 'batch_kwargs']) {
        const part = meta[key];
        if (!(0,adapter/* isRecord */.u4)(part))
            continue;
        names.push(great_expectations_text(part.data_asset_name), great_expectations_text(part.table), great_expectations_text(part.path), great_expectations_text(part.s3), great_expectations_text(part.reader_options && (0,adapter/* isRecord */.u4)(part.reader_options) ? part.reader_options.path : undefined));
    }
    names.push(great_expectations_text(meta.data_asset_name));
    return [...new Set(names.filter((name) => name !== undefined))];
}
/** The column (or columns) an expectation is about. */
function columnOf(kwargs) {
    const one = great_expectations_text(kwargs.column);
    if (one)
        return one;
    const pair = [great_expectations_text(kwargs.column_A), great_expectations_text(kwargs.column_B)].filter(Boolean);
    if (pair.length > 0)
        return pair.join(', ');
    const list = Array.isArray(kwargs.column_list) ? kwargs.column_list.map(great_expectations_text).filter(Boolean) : [];
    return list.length > 0 ? list.join(', ') : undefined;
}
/** Great Expectations' own compact timestamp (`strftime("%Y%m%dT%H%M%S.%fZ")`), as 0.x and 1.x write `validation_time`. */
const COMPACT_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\.\d+)?Z$/;
/** `20261020T081502.131905Z` → `2026-10-20T08:15:02.131905Z`; any other text as it is. */
function isoTime(text) {
    const parts = COMPACT_TIME.exec(text);
    if (!parts)
        return text;
    const [, year, month, day, hour, minute, second, fraction] = parts;
    return `${year}-${month}-${day}T${hour}:${minute}:${second}${fraction ?? ''}Z`;
}
/**
 * When a suite ran, from its `meta`: `validation_time` first (when the validator ran), else
 * `run_id.run_time`, else a string `run_id` that is a timestamp (0.10 and before; another string
 * is only the run's name). The first one present is the date, readable or not: a date the file
 * garbles is not skipped for another.
 */
function ranAtOf(doc, base, meta) {
    const runId = meta.run_id;
    const candidates = [
        [['validation_time'], meta.validation_time],
        [['run_id', 'run_time'], (0,adapter/* isRecord */.u4)(runId) ? runId.run_time : undefined],
        [['run_id'], typeof runId === 'string' && (COMPACT_TIME.test(runId.trim()) || /^\d{4}-\d{2}-\d{2}/.test(runId.trim())) ? runId : undefined],
    ];
    for (const [path, value] of candidates) {
        if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
            continue;
        const written = typeof value === 'string' ? value.trim() : JSON.stringify(value);
        return { value: isoTime(written), at: (0,adapter.at)(doc, [...base, 'meta', ...path]) };
    }
    return undefined;
}
function observedOf(result) {
    if (!(0,adapter/* isRecord */.u4)(result))
        return undefined;
    if (typeof result.unexpected_percent === 'number') {
        const count = typeof result.unexpected_count === 'number' ? `${result.unexpected_count} unexpected, ` : '';
        return `${count}${Number(result.unexpected_percent.toFixed(2))}% of rows`;
    }
    const observed = result.observed_value;
    if (typeof observed === 'number' || typeof observed === 'boolean')
        return `observed ${String(observed)}`;
    if (typeof observed === 'string')
        return `observed ${observed.length > 60 ? `${observed.slice(0, 57)}...` : observed}`;
    return undefined;
}
/**
 * Why an expectation marked successful cannot have been: more of its values were unexpected
 * than its `mostly` allows (1, all of them, when it sets none), which is how Great Expectations
 * decides success (red team: `success: true` beside 60% unexpected). The share is of the values
 * that were not missing, as Great Expectations counts it.
 */
function passedOverMostly(config, result) {
    if (!(0,adapter/* isRecord */.u4)(result))
        return undefined;
    const share = typeof result.unexpected_percent_nonmissing === 'number' ? result.unexpected_percent_nonmissing : result.unexpected_percent;
    if (typeof share !== 'number' || !Number.isFinite(share))
        return undefined;
    // Absent, mostly is 1 (every value); 0 is allowed; one that is not a number (an evaluation
    // parameter, {"$PARAMETER": …}) cannot be checked here.
    const written = (0,adapter/* isRecord */.u4)(config.kwargs) ? config.kwargs.mostly : undefined;
    if (written !== undefined && (typeof written !== 'number' || !(written >= 0 && written <= 1)))
        return undefined;
    const mostly = written ?? 1;
    const allowed = (1 - mostly) * 100;
    // Half a hundredth of a percent: results are often written to two decimals.
    if (share <= allowed + 0.005)
        return undefined;
    const allows = mostly === 1 ? 'no unexpected value (it sets no mostly)' : `at most ${Number(allowed.toFixed(4))}% (mostly ${mostly})`;
    return `says it succeeded, but ${Number(share.toFixed(4))}% of its values were unexpected, and it allows ${allows}`;
}
function problemAt(doc, base) {
    const suite = base.reduce((value, key) => ((0,adapter/* isRecord */.u4)(value) ? value[key] : undefined), doc.value);
    const issues = (0,schema/* checkSchema */._U)(great_expectations_SCHEMA, suite);
    const first = issues[0];
    if (!first)
        return undefined;
    const more = (0,schema/* moreProblems */.OI)(issues);
    return { message: `${doc.file} is not a valid Great Expectations validation result: ${first.message}${more}`, at: (0,adapter.at)(doc, [...base, ...first.path]) };
}
const greatExpectationsResult = {
    format: 'great-expectations',
    schema: great_expectations_SCHEMA,
    detect: (value) => isSuiteResult(value) || ((0,adapter/* isRecord */.u4)(value) && (0,adapter/* isRecord */.u4)(value.run_results) && Object.values(value.run_results).some((run) => isSuiteResult(run) || ((0,adapter/* isRecord */.u4)(run) && isSuiteResult(run.validation_result)))),
    normalise(doc) {
        const suites = suitesOf(doc.value);
        if (suites.length === 0)
            return { ok: false, problem: { message: `${doc.file} is not a valid Great Expectations validation result: its run_results is empty`, at: (0,adapter.at)(doc, ['run_results']) } };
        const validation = { kind: 'validation', format: 'great-expectations', file: doc.file, runs: [], inconsistencies: [] };
        for (const { path: base } of suites) {
            const problem = problemAt(doc, base);
            if (problem)
                return { ok: false, problem };
        }
        for (const { path: base, value } of suites) {
            const suite = value;
            const meta = (0,adapter/* isRecord */.u4)(suite.meta) ? suite.meta : {};
            const results = suite.results;
            const failed = [];
            // The table's row count as its unconditional row count expectations saw it: 0 in every one
            // is a suite run on no data. One with a row_condition ("no applicant under 18") counts a part.
            let noRows;
            let someRows = false;
            let rows;
            const contradicted = [];
            results.forEach((result, index) => {
                const config = result.expectation_config;
                const type = great_expectations_text(config.type) ?? great_expectations_text(config.expectation_type);
                // Great Expectations filters only on a condition that is not empty (`if row_condition:`).
                const conditional = (0,adapter/* isRecord */.u4)(config.kwargs) && typeof config.kwargs.row_condition === 'string' && config.kwargs.row_condition.trim() !== '';
                if (type && ROW_COUNT.has(type) && !conditional && (0,adapter/* isRecord */.u4)(result.result) && typeof result.result.observed_value === 'number') {
                    const observed = result.result.observed_value;
                    if (observed === 0)
                        noRows ??= [...base, 'results', index, 'result', 'observed_value'];
                    else
                        someRows = true;
                    if (!rows || observed > rows.value)
                        rows = { value: observed, path: [...base, 'results', index, 'result', 'observed_value'] };
                }
                if (result.success === true) {
                    const overMostly = passedOverMostly(config, result.result);
                    const column = (0,adapter/* isRecord */.u4)(config.kwargs) ? columnOf(config.kwargs) : undefined;
                    if (overMostly)
                        contradicted.push({ message: `${doc.file}: ${type ?? 'an expectation'}${column ? ` on ${column}` : ''} ${overMostly}`, at: (0,adapter.at)(doc, [...base, 'results', index, 'success']) });
                    return;
                }
                const kwargs = config.kwargs;
                const exception = (0,adapter/* isRecord */.u4)(result.exception_info) && result.exception_info.raised_exception === true ? great_expectations_text(result.exception_info.exception_message) ?? 'an exception' : undefined;
                const column = columnOf(kwargs);
                const observed = observedOf(result.result);
                failed.push({
                    type: (great_expectations_text(config.type) ?? great_expectations_text(config.expectation_type)),
                    ...(column ? { column } : {}),
                    ...(observed ? { observed } : {}),
                    ...(exception ? { exception } : {}),
                    at: (0,adapter.at)(doc, [...base, 'results', index, 'success']),
                });
            });
            const stats = (0,adapter/* isRecord */.u4)(suite.statistics) ? suite.statistics : undefined;
            const count = (key) => (stats && typeof stats[key] === 'number' ? stats[key] : undefined);
            const evaluated = count('evaluated_expectations');
            const successful = count('successful_expectations');
            const unsuccessful = count('unsuccessful_expectations');
            const suiteName = great_expectations_text(suite.suite_name) ?? great_expectations_text(meta.expectation_suite_name);
            const ranAt = ranAtOf(doc, base, meta);
            const run = {
                ...(suiteName ? { suite: suiteName } : {}),
                assets: assetsOf(meta),
                success: { value: suite.success, at: (0,adapter.at)(doc, [...base, 'success']) },
                ...(evaluated !== undefined && successful !== undefined && unsuccessful !== undefined ? { statistics: { evaluated, successful, unsuccessful } } : {}),
                listed: results.length,
                failed,
                ...(ranAt ? { ranAt } : {}),
                ...(noRows && !someRows ? { noRows: (0,adapter.at)(doc, noRows) } : {}),
                ...(rows ? { rows: { value: rows.value, at: (0,adapter.at)(doc, rows.path) } } : {}),
                at: (0,adapter.at)(doc, (0,adapter/* isRecord */.u4)(suite.meta) ? [...base, 'meta'] : base),
            };
            validation.runs.push(run);
            validation.inconsistencies.push(...contradicted);
            // A result that says it succeeded while listing failures, or statistics that disagree with
            // the list (a list cut short or edited), cannot be relied on.
            if (run.success.value && failed.length > 0) {
                validation.inconsistencies.push({ message: `${doc.file} says it succeeded but lists ${failed.length} failed expectation${failed.length === 1 ? '' : 's'}`, at: run.success.at });
            }
            // Statistics without the list (a result saved without its details) are all there is to
            // judge: they must agree with the result's own success and add up.
            if (run.success.value && failed.length === 0 && unsuccessful !== undefined && unsuccessful > 0) {
                validation.inconsistencies.push({
                    message: `${doc.file} says it succeeded but its statistics count ${unsuccessful} unsuccessful expectation${unsuccessful === 1 ? '' : 's'}`,
                    at: (0,adapter.at)(doc, [...base, 'statistics', 'unsuccessful_expectations']),
                });
            }
            if (results.length === 0 && evaluated !== undefined && successful !== undefined && unsuccessful !== undefined && evaluated !== successful + unsuccessful) {
                validation.inconsistencies.push({
                    message: `${doc.file}: its statistics count ${evaluated} evaluated expectation${evaluated === 1 ? '' : 's'} but ${successful} successful and ${unsuccessful} unsuccessful`,
                    at: (0,adapter.at)(doc, [...base, 'statistics', 'evaluated_expectations']),
                });
            }
            if (results.length > 0 && unsuccessful !== undefined && unsuccessful !== failed.length) {
                validation.inconsistencies.push({ message: `${doc.file}: its statistics count ${unsuccessful} unsuccessful expectation${unsuccessful === 1 ? '' : 's'} but it lists ${failed.length}`, at: (0,adapter.at)(doc, [...base, 'statistics', 'unsuccessful_expectations']) });
            }
            if (results.length > 0 && evaluated !== undefined && evaluated !== results.length) {
                validation.inconsistencies.push({ message: `${doc.file}: its statistics count ${evaluated} evaluated expectation${evaluated === 1 ? '' : 's'} but it lists ${results.length}`, at: (0,adapter.at)(doc, [...base, 'statistics', 'evaluated_expectations']) });
            }
        }
        return { ok: true, value: validation };
    },
};

;// CONCATENATED MODULE: ./build/evidence/data-quality/formats.js


const dataQualityFormats = {
    id: 'data-quality',
    what: 'data quality file',
    adapters: [greatExpectationsResult, croissantDescription],
};


/***/ }),

/***/ 5741:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ MAX_AGE_OPTIONS),
/* harmony export */   P9: () => (/* binding */ notADate),
/* harmony export */   QR: () => (/* binding */ ageInDays),
/* harmony export */   TZ: () => (/* binding */ staleness),
/* harmony export */   _U: () => (/* binding */ parseDate)
/* harmony export */ });
/* harmony import */ var _load_calendar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4771);
/** Dates in evidence: ISO dates and date-times, compared with the run's clock (injectable for tests). */

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * An ISO 8601 date or date-time, the whole text: "2026-10-28", "2026-10-28T14:05:00Z",
 * "2026-10-28 14:05:00.512+02:00". The text is matched whole before Date.parse sees it: V8 reads
 * what follows a date its own way ("2026-01-05 nov" is 1 November), so a stale date with a
 * word after it read as fresh. Undefined when it is not one.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
/**
 * Written as a date but no day of the calendar: "2026-11-31", "2026-02-29", "2026-13-01", or
 * hour 24. Date.parse rolls these over ("2026-11-31" is 1 December), so a made-up date would
 * read as a real one.
 */
function impossible(match) {
    const [year, month, day, hour] = [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 0 : Number(match[4])];
    return day < 1 || day > (0,_load_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .daysInMonth */ .L)(year, month) || hour > 23;
}
/**
 * A date-time without a zone is read as UTC, as a date alone is ("2026-11-02T10:41:07", Python's
 * `datetime.utcnow().isoformat()`): Date.parse reads it in the zone of the machine modelgate runs
 * on, so the same report was a day fresher or staler on a laptop than in CI.
 */
function parseDate(text) {
    const match = ISO_DATE.exec(text);
    if (!match || impossible(match))
        return undefined;
    const zoneless = match[4] !== undefined && match[5] === undefined;
    const time = Date.parse(zoneless ? `${text.slice(0, 10)}T${text.slice(11)}Z` : text);
    return Number.isNaN(time) ? undefined : new Date(time);
}
/**
 * Why parseDate refused a text, for a finding: "not a real date" when it is written as one but
 * is no day of the calendar, else "not a date".
 */
function notADate(text) {
    const match = ISO_DATE.exec(text);
    return match && (impossible(match) || Number.isNaN(Date.parse(text))) ? 'not a real date' : 'not a date';
}
/** Whole and fractional days from `then` to `now` (negative when `then` is in the future). */
function ageInDays(then, now) {
    return (now.getTime() - then.getTime()) / DAY_MS;
}
/** A day of clock skew between the machine that dated the evidence and the run's clock. */
const SKEW_DAYS = 1;
/**
 * How a date in evidence stands against the run's date, for a freshness check: not a date
 * (parseDate), in the future beyond a day of clock skew, older than `maxAgeDays` (with its age
 * in whole days), or undefined when it is fresh. Each freshness rule says so in its own words.
 */
function staleness(text, now, maxAgeDays) {
    const when = parseDate(text);
    if (!when)
        return 'not-a-date';
    const age = ageInDays(when, now);
    if (age < -SKEW_DAYS)
        return 'future';
    return age > maxAgeDays ? { daysOld: Math.floor(age) } : undefined;
}
/** The options of a freshness check on evidence: how many days old it may be. */
const MAX_AGE_OPTIONS = {
    type: 'object',
    required: ['maxAgeDays'],
    additionalProperties: false,
    properties: { maxAgeDays: { type: 'integer', minimum: 1 } },
};


/***/ }),

/***/ 8679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ lfsPointerOid),
/* harmony export */   Jt: () => (/* binding */ LFS_POINTER_MAX_BYTES),
/* harmony export */   NS: () => (/* binding */ isLfsPointer),
/* harmony export */   m9: () => (/* binding */ isLfsPointerText)
/* harmony export */ });
/* unused harmony export LFS_HEADER */
/**
 * Git LFS pointers: what a checkout without LFS (actions/checkout's default) holds in place of a
 * large file. A pointer is a few lines of text naming the content's SHA-256 (git-lfs/git-lfs,
 * docs/spec.md); the content itself is kept outside git, as a model registry keeps weights.
 */
/** A pointer's first line. */
const LFS_HEADER = 'version https://git-lfs.github.com/spec/v1';
/** A pointer is a few lines; a file larger than this is content, not a pointer. */
const LFS_POINTER_MAX_BYTES = 1024;
/** How a pointer begins: its first line, ended as the spec ends it. */
const FIRST_LINE = `${LFS_HEADER}\n`;
const FIRST_LINE_BYTES = Buffer.from(FIRST_LINE);
/** Whether a file of `size` bytes that begins with `bytes` is a Git LFS pointer. */
function isLfsPointer(bytes, size) {
    return size <= LFS_POINTER_MAX_BYTES && bytes.length >= FIRST_LINE_BYTES.length && Buffer.from(bytes.buffer, bytes.byteOffset, FIRST_LINE_BYTES.length).equals(FIRST_LINE_BYTES);
}
/** Whether `text`, a whole file, is a Git LFS pointer. */
const isLfsPointerText = (text) => text.length <= LFS_POINTER_MAX_BYTES && text.startsWith(FIRST_LINE);
/** The SHA-256 of the content a pointer stands for (its `oid sha256:` line), if it has one. */
const lfsPointerOid = (pointer) => /^oid sha256:([a-f0-9]{64})$/m.exec(pointer)?.[1];


/***/ }),

/***/ 8836:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fN: () => (/* binding */ producedAfter),
/* harmony export */   fg: () => (/* binding */ reportOfEarlierModel),
/* harmony export */   j5: () => (/* binding */ swappedFile),
/* harmony export */   oX: () => (/* binding */ artifactChanges)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(654);
/* harmony import */ var _load_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(872);
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5741);
/* harmony import */ var _security_scan_model_folder_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4903);
/**
 * Evidence about the model left as it was while the model changed: a pull request that ships a
 * new model file (a sha256 the base commit's artifacts did not have) and cites the security scan,
 * robustness run or bias report of the base commit, unchanged, cites a test of the earlier file (red team: a
 * retrained model shipped with the previous version's scans, its artifact's date left alone).
 * Real reruns never reproduce a report byte for byte (a timestamp, a run id), so an unchanged
 * report is an old one.
 */





function artifactChanges(then, now) {
    const before = new Map();
    for (const { path, sha256 } of (0,_load_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .declaredArtifacts */ .G9)(then))
        if (sha256 !== undefined && !before.has(keyOf(path)))
            before.set(keyOf(path), sha256);
    const current = (0,_load_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .declaredArtifacts */ .G9)(now);
    const currentPaths = new Set(current.map(({ path }) => keyOf(path)));
    const baseDigests = new Set(before.values());
    const replaced = [...before.keys()].find((file) => !currentPaths.has(file));
    const changed = [];
    for (const { index, path, sha256 } of current) {
        const was = before.get(keyOf(path));
        const digest = sha256 === undefined ? {} : { sha256 };
        if (was !== undefined) {
            if (sha256 === undefined)
                changed.push({ index, path, was, kind: 'digest-removed' });
            else if (sha256 !== was)
                changed.push({ index, path, was, ...digest, kind: 'digest-changed' });
        }
        else if (replaced !== undefined && (sha256 === undefined || !baseDigests.has(sha256))) {
            changed.push({ index, path, was: before.get(replaced), ...digest, kind: 'replaced', gone: replaced });
        }
    }
    const currentDigests = new Set(current.map(({ sha256 }) => sha256));
    const takenOut = changed.some((change) => change.kind === 'replaced') ? [] : [...before].filter(([file, digest]) => !currentPaths.has(file) && !currentDigests.has(digest));
    return { changed, takenOut };
}
/**
 * The first artifact among those `covers` (default: all) that is not the file the base commit
 * shipped (artifactChanges, else swappedFile), when the report `cited` is, unchanged, one the base commit cited
 * (`citedBefore` lists the base manifest's citations of its kind; red team: a report moved to a
 * new path passed), and how it changed; else undefined. `as`: where the base cited it, when that
 * is not `cited`.
 */
function reportOfEarlierModel(system, cited, citedBefore, covers = () => true) {
    const base = system.base;
    if (!base)
        return undefined;
    const digest = system.evidence.valueDigest(cited);
    if (digest === undefined)
        return undefined;
    const listed = citedBefore(base.manifest.data);
    const paths = [cited, ...(Array.isArray(listed) ? listed : []).map((entry) => entry?.path).filter((path) => typeof path === 'string' && path !== cited)];
    const was = paths.find((path) => base.evidence.valueDigest(path) === digest);
    if (was === undefined)
        return undefined;
    const change = artifactChanges(base.manifest.data, system.manifest.data).changed.find(({ path }) => covers(path));
    if (!change) {
        const swapped = swappedFile(system, base, covers);
        return swapped === undefined ? undefined : { ...swapped, commit: base.commit, ...(was === cited ? {} : { as: was }) };
    }
    // A sha256 taken away hides whether the file changed (from a review: dropping it passed).
    const baseDigests = new Set((0,_load_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .declaredArtifacts */ .G9)(base.manifest.data).map(({ sha256 }) => sha256));
    const how = change.sha256 === undefined ? "no sha256, where the base's artifact had one" : baseDigests.has(change.sha256) ? "the sha256 another of the base's artifacts had" : "a sha256 the base's artifacts did not have";
    return { path: change.path, commit: base.commit, how, ...(was === cited ? {} : { as: was }) };
}
/**
 * The first artifact among those `covers` that the repository holds as another file than the
 * base commit did, and how, whatever sha256 the manifest declares or leaves out (red teams: a
 * pickle swapped in passed, with no sha256, with its new one declared for the first time, moved
 * to a new path, or behind a link):
 * - a file (or link) the base held at that path, changed since as git says
 *   (GitTreeSource.changedInWorkTree: line endings and Git LFS content fetched in place of its
 *   pointer change nothing, and unchanged files are not read), or the file a link leads to;
 * - a file the base held, when a .gitattributes in its folder or one above changed (an `ident`
 *   or `text` attribute turns an unchanged blob into other bytes on checkout), or the submodule
 *   holding it did;
 * - a path the base did not list, in place of an in-repository file it listed and no longer
 *   does, unless it holds the blob of one of those (a file moved: git's blob ids compared), or
 *   the base held it unchanged (a file listed that was there already).
 */
function swappedFile(system, base, covers = () => true) {
    const changed = base.evidence.repo.changedInWorkTree?.();
    const before = (0,_load_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .declaredArtifacts */ .G9)(base.manifest.data);
    const now = (0,_load_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .declaredArtifacts */ .G9)(system.manifest.data);
    const listedBefore = new Set(before.map(({ path }) => keyOf(path)));
    const listedNow = new Set(now.map(({ path }) => keyOf(path)));
    const heldAtBase = (path) => {
        if ((0,_fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .isUri */ .nh)(path))
            return undefined;
        // What the base held there, a link included (the base's files refuse links, but name them).
        const then = base.evidence.repo.resolve(path, base.manifest.dir);
        return then.ok ? then.rel : then.problem.kind === 'missing' ? undefined : then.rel;
    };
    // What git names as changed in a folder above a file the base held: the folder itself (a
    // submodule whose commit moved or whose files changed, red team: a pickle swapped in a
    // submodule passed; or a link or file in its place), or a .gitattributes there.
    const changedAbove = (rel) => {
        if (!changed)
            return undefined;
        for (let end = rel.lastIndexOf('/');; end = rel.lastIndexOf('/', end - 1)) {
            const folder = end < 0 ? '' : rel.slice(0, end);
            // A submodule whose commit moved changes only the files git there says changed.
            if (folder !== '' && changed.has(folder) && base.evidence.repo.submoduleFileChanged?.(folder, rel) !== false)
                return { folder };
            // Only if it gives the file other attributes (a line for *.parquet changes no model file).
            if (changed.has(folder === '' ? '.gitattributes' : `${folder}/.gitattributes`) && base.evidence.repo.attributesDiffer?.(rel) !== false)
                return { attributes: true };
            if (end < 0)
                return undefined;
        }
    };
    const dropped = before.filter(({ path }) => !listedNow.has(keyOf(path)) && heldAtBase(path) !== undefined);
    for (const { path } of now) {
        if (!covers(path))
            continue;
        const held = heldAtBase(path);
        if (!listedBefore.has(keyOf(path)) && dropped.length > 0) {
            const unchangedHere = held !== undefined && changed !== undefined && !changed.has(held) && !changedAbove(held);
            if (!unchangedHere && !dropped.some((gone) => sameBlob(system, base, path, gone.path))) {
                return { path, how: `taken the place of ${dropped.map((gone) => gone.path).join(', ')}, which the base commit listed` };
            }
        }
        if (held === undefined || !changed)
            continue;
        if (changed.has(held))
            return { path, how: 'changed since the base commit (git compares the file itself)' };
        const above = changedAbove(held);
        if (above)
            return { path, how: 'folder' in above ? `changed since the base commit (it lies under ${above.folder}, which git says changed)` : 'a .gitattributes changed since the base commit, which decides how git compares the file' };
        const leadsTo = system.evidence.whereIs(path);
        if (leadsTo === undefined || leadsTo === held)
            continue;
        if (changed.has(leadsTo))
            return { path, how: `changed since the base commit (${leadsTo}, the file its link leads to)` };
        // Red team: a link to a file in a submodule, the submodule moved.
        const aboveTarget = changedAbove(leadsTo);
        if (aboveTarget && 'folder' in aboveTarget)
            return { path, how: `changed since the base commit (${leadsTo}, the file its link leads to, lies under ${aboveTarget.folder}, which git says changed)` };
    }
    // Every listed file's folder: a scan may have skipped the listed file and read the one beside it (review).
    return changed ? changedBeside(system, now, changed, covers, (rel) => changedAbove(rel) !== undefined) : undefined;
}
/**
 * A file the loader reads from a listed model file's folder (modelFolders: weights of either
 * kind, Python a config imports), not listed itself, that `covers` and that git says changed (or
 * that is new) since the base commit (red team: a pickled pytorch_model.bin beside the model,
 * and the modeling code a config imports, swapped, the reports left as the base cited them).
 * Other files there (a README) are no change of the model.
 */
function changedBeside(system, artifacts, changed, covers, changedAbove) {
    const listed = new Set(artifacts.map(({ path }) => keyOf(path)));
    for (const { file, beside } of (0,_security_scan_model_folder_js__WEBPACK_IMPORTED_MODULE_4__/* .modelFolders */ .tH)(system, artifacts).files) {
        if (listed.has(keyOf(file)) || !covers(file))
            continue;
        const rel = keyOf(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(system.manifest.dir || '.', file));
        const leadsTo = system.evidence.whereIs(file);
        // In a submodule whose commit moved, as git there says (a pickle swapped beside a listed file left as it was).
        if (changed.has(rel) || changedAbove(rel) || (leadsTo !== undefined && (changed.has(leadsTo) || changedAbove(leadsTo))))
            return { path: file, how: `changed since the base commit (it lies beside ${beside.path}, which ships, and a loader reads it from that folder)` };
    }
    return undefined;
}
/** Whether the working tree's file at `path` is the blob the base held at `was` (a file moved, not replaced), as git's ids say. */
function sameBlob(system, base, path, was) {
    const now = system.evidence.dataFile(path);
    const then = base.evidence.dataFile(was);
    if (!now.ok || !then.ok)
        return false;
    const blob = base.evidence.repo.blobId?.(then.value.rel);
    return blob !== undefined && base.evidence.repo.workTreeBlobId?.(now.value.rel) === blob;
}
/** A cited path as artifacts compare. */
function keyOf(file) {
    const cited = (0,_fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseCitation */ .KM)(file);
    return cited.ok ? cited.rel : file.trim();
}
/**
 * The newest model file the manifest dates (artifacts[].date) after evidence dated `evidence`,
 * by calendar day, with `graceDays` allowed for time zones: the evidence was about an earlier
 * build (tools write local time without a zone, so days are compared, not instants).
 */
function producedAfter(data, evidence, graceDays = 0) {
    const when = (0,_dates_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDate */ ._U)(evidence);
    if (!when)
        return undefined;
    const last = graceDays === 0 ? evidence.slice(0, 10) : new Date(when.getTime() + graceDays * 86_400_000).toISOString().slice(0, 10);
    let newest;
    for (const artifact of (0,_load_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .declaredArtifacts */ .G9)(data)) {
        const day = artifact.date?.trim().slice(0, 10);
        if (artifact.date !== undefined && day !== undefined && day > last && (!newest || day > newest.day))
            newest = { ...artifact, date: artifact.date, day };
    }
    return newest && { path: newest.path, date: newest.date };
}


/***/ }),

/***/ 5702:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gq: () => (/* binding */ monitoringDeclares),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   rH: () => (/* binding */ scheduleOf),
/* harmony export */   xm: () => (/* binding */ monitoringConfigReadable)
/* harmony export */ });
/* harmony import */ var _text_no_one_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6422);
/* harmony import */ var _text_revision_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8557);
/* harmony import */ var _load_placeholder_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8852);
/* harmony import */ var _load_source_doc_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2431);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6792);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8263);
/* harmony import */ var _schedule_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3674);
/* harmony import */ var _methods_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7933);
/**
 * Drift monitoring evidence. The manifest's `monitoring` block and the tool config it cites are
 * read together: the config says what is measured; either may say the reference data, the
 * schedule and who is alerted (the config wins where both do, since it is what actually runs).
 */








/** The cited config, read (undefined when none is cited). Also the latest run's schedule. */
function loadConfig(system, block) {
    if (typeof block.config !== 'string' || block.config.trim() === '')
        return undefined;
    return system.evidence.evidence(_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .monitoringConfigs */ .k, block.config, typeof block.format === 'string' ? block.format : undefined);
}
/** The schedule in force: the config's, else the manifest's; with where it was written. */
function scheduleOf(block, config) {
    if (config?.schedule) {
        const value = config.schedule.value;
        return { schedule: value, text: 'cron' in value ? value.cron : `every ${(0,_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .formatMinutes */ .dp)(value.everyMinutes)}`, at: config.schedule.at };
    }
    if (typeof block.schedule === 'string' && (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_2__/* .valueAbsence */ .Z2)(block.schedule) === undefined)
        return { schedule: { cron: block.schedule }, text: block.schedule };
    return undefined;
}
const monitoringConfigReadable = (0,_check_js__WEBPACK_IMPORTED_MODULE_6__/* .defineFunction */ .Oh)({
    name: 'monitoring-config-readable',
    description: 'The cited monitoring config exists, parses, and is in a supported format with a valid shape.',
    optionsSchema: { type: 'object', additionalProperties: false },
    check({ value, path, system }) {
        const config = loadConfig(system, (value ?? {}));
        if (!config)
            return { skip: 'no monitoring config is cited' };
        if (config.ok)
            return [];
        return [(0,_check_js__WEBPACK_IMPORTED_MODULE_6__/* .unusableEvidence */ .rI)(config.problem, [...path, 'config'])];
    },
});
const monitoringDeclares = (0,_check_js__WEBPACK_IMPORTED_MODULE_6__/* .defineFunction */ .Oh)({
    name: 'monitoring-declares',
    description: 'Monitoring (manifest block and cited config together) names metrics, their methods and thresholds, a pinned reference, a schedule at least as frequent as maxIntervalHours, or an alert owner/route.',
    optionsSchema: {
        type: 'object',
        required: ['needs'],
        additionalProperties: false,
        properties: {
            needs: { enum: ['metrics', 'methods', 'thresholds', 'schedule', 'reference', 'alert-owner', 'alert-route'] },
            maxIntervalHours: { type: 'number', exclusiveMinimum: 0 },
        },
    },
    check({ value, path, options, system }) {
        const block = (value ?? {});
        const loaded = loadConfig(system, block);
        if (loaded && !loaded.ok)
            return { skip: 'the monitoring config cannot be read (monitoring/config-readable says why)' };
        const config = loaded?.value;
        const here = (field) => [...path, field];
        switch (options.needs) {
            case 'metrics':
                if (!config || config.metrics.length === 0) {
                    return [{ message: config ? `${config.file} lists no monitored metrics` : 'no monitoring config is cited, so no metrics are named', path: here('config') }];
                }
                // An empty list of features watches nothing (a missing one means every feature).
                return config.metrics
                    .filter((m) => m.features !== undefined && m.features.length === 0)
                    .map((m) => ({ message: `${config.file}: metric "${m.name}" watches no feature (its features list is empty)`, at: m.at }));
            case 'methods':
                return (config?.metrics ?? [])
                    .filter((m) => m.method === undefined && !m.methodDefault)
                    .map((m) => ({ message: `${config?.file}: metric "${m.name}" names no method (a statistical test or distance)`, at: m.at }));
            case 'thresholds':
                return (config?.metrics ?? []).flatMap((m) => {
                    if (m.threshold === undefined && m.min === undefined && m.max === undefined && !m.thresholdDefault) {
                        return [{ message: `${config?.file}: metric "${m.name}" has no threshold (threshold, min or max)`, at: m.at }];
                    }
                    const never = unreachable(m);
                    if (never)
                        return [{ message: `${config?.file}: metric "${m.name}" ${never}: it would never flag anything`, at: m.at }];
                    const backwards = reversed(m);
                    if (backwards)
                        return [{ message: `${config?.file}: metric "${m.name}" ${backwards}`, at: m.at }];
                    const unread = config?.format === 'modelgate' ? directionless(m) : undefined;
                    return unread ? [{ message: `${config?.file}: metric "${m.name}" ${unread}`, at: m.at }] : [];
                });
            case 'schedule':
                return scheduleFailures(block, config, here('schedule'), options.maxIntervalHours);
            case 'reference':
                return referenceFailures(block, config, here('reference'), system.manifest.data.data?.datasets);
            case 'alert-owner':
            case 'alert-route': {
                const which = options.needs === 'alert-owner' ? 'owner' : 'route';
                const fromConfig = which === 'owner' ? config?.alertOwner : config?.alertRoute;
                const written = fromConfig?.value ?? block.alerts?.[which];
                const what = which === 'owner' ? 'no alert owner (who answers a drift alert)' : 'no alert route (where a drift alert goes)';
                // "owner: nobody", "route: none" are filled in and name no one (red team).
                if ((0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_2__/* .valueAbsence */ .Z2)(written) === undefined && (0,_text_no_one_js__WEBPACK_IMPORTED_MODULE_0__/* .namesNoOne */ .S)(written, which === 'owner')) {
                    return [{ message: `monitoring has ${what}: it is ${JSON.stringify(written)}`, path: fromConfig ? path : [...here('alerts'), which], at: fromConfig?.at }];
                }
                if ((0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_2__/* .valueAbsence */ .Z2)(written) === undefined)
                    return [];
                return [{ message: `monitoring has ${what}`, path: block.alerts ? here('alerts') : path, at: fromConfig?.at }];
            }
        }
    },
});
/** The smallest p-value threshold taken to be one a test can fall below. */
const MIN_P_VALUE = 1e-6;
/**
 * Performance metrics that lie in [0, 1], by name with separators dropped and a `_score`,
 * `_macro` or `_weighted` on it (roc_auc_score, f1_macro): a minimum of 0 or less is always met,
 * a maximum of 1 or more never passed.
 */
const UNIT_PERFORMANCE = /^(?:rocauc|aucroc|auc|prauc|aucpr|averageprecision|accuracy|balancedaccuracy|f1|fbeta|precision|recall|sensitivity|specificity|tpr|tnr)(?:score)?(?:macro|micro|weighted|samples|binary)?(?:score)?$/;
/**
 * Why a metric's bounds can never be crossed, when none of them can (a Jensen-Shannon threshold
 * of 5, a minimum AUC of -1, a maximum p-value of 1, a minimum of 0 on a distance).
 */
function unreachable(metric) {
    if (metric.maxShare !== undefined && metric.maxShare > 1)
        return `allows a drifted share of ${metric.maxShare}, and no more than all of its columns (1) can drift`;
    const method = metric.method?.toLowerCase();
    const sense = (0,_methods_js__WEBPACK_IMPORTED_MODULE_5__/* .driftSense */ .we)(method);
    const performance = UNIT_PERFORMANCE.test(metric.name.toLowerCase().replace(/[^a-z0-9]/g, ''));
    // What the value is, as the messages name it: "any roc_auc", "any psi distance".
    const what = performance ? metric.name : sense === 'p-value' ? `${method} p-value` : `${method} distance`;
    const never = [];
    let bounds = 0;
    const { threshold, min, max } = metric;
    // A threshold is what the tool alerts on: one it can never cross is reported whatever else is set.
    if (threshold !== undefined && method !== undefined && (0,_methods_js__WEBPACK_IMPORTED_MODULE_5__/* .isUnitDistance */ .MN)(method) && threshold >= 1)
        return `has a ${method} threshold of ${threshold}, and a ${method} distance is never above 1`;
    if (threshold !== undefined && sense === 'p-value' && threshold < MIN_P_VALUE)
        return `has a ${method} p-value threshold of ${threshold}, below which no test result falls`;
    if (threshold !== undefined)
        bounds++;
    if (min !== undefined) {
        bounds++;
        // Distances and p-values are never below 0, nor a unit-range performance metric.
        if (min <= 0 && (performance || sense !== undefined))
            never.push(`has a minimum of ${min}, which any ${what} meets`);
    }
    if (max !== undefined) {
        bounds++;
        if (max >= 1 && (performance || sense === 'p-value' || (0,_methods_js__WEBPACK_IMPORTED_MODULE_5__/* .isUnitDistance */ .MN)(method)))
            never.push(`has a maximum of ${max}, which no ${what} exceeds`);
    }
    return bounds > 0 && never.length === bounds ? never.join(', and ') : undefined;
}
/**
 * Why a metric's only bound points the wrong way: a minimum on a distance, which grows with
 * drift, alerts while nothing drifts and is silent when it does (red team: `psi, min: 0.1`).
 */
function reversed(metric) {
    if (metric.min === undefined || metric.max !== undefined || metric.threshold !== undefined)
        return undefined;
    if ((0,_methods_js__WEBPACK_IMPORTED_MODULE_5__/* .driftSense */ .we)(metric.method) !== 'distance')
        return undefined;
    return `has only a minimum (${metric.min}) on a ${metric.method?.toLowerCase()} distance, which grows with drift: it alerts while nothing drifts and never when the data drifts; write max (a distance above it alerts) instead`;
}
/**
 * Why a bare threshold in our own config cannot be compared with a run's value: its method is
 * neither a known distance (above is drift) nor a known test (below is drift), so which side
 * alerts is unknown, and monitoring/latest-run would pass any value (a performance metric
 * written `threshold: 0.75` meaning a minimum). Other formats' tools judge their own bounds
 * (the run's tests say pass or fail), so only ours is held to this.
 */
function directionless(metric) {
    if (metric.threshold === undefined || metric.min !== undefined || metric.max !== undefined || metric.method === undefined)
        return undefined;
    if ((0,_methods_js__WEBPACK_IMPORTED_MODULE_5__/* .driftSense */ .we)(metric.method) !== undefined)
        return undefined;
    return `has threshold ${metric.threshold} with method ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_7__/* .quoted */ .TL)(metric.method)}, which is neither a distance modelgate knows (a value above the threshold is drift) nor a statistical test (a p-value below it is drift), so no run's value can be compared with it: write max (a value above it alerts) or min (a value below it alerts) instead`;
}
function scheduleFailures(block, config, where, maxIntervalHours) {
    const found = scheduleOf(block, config);
    if (!found)
        return [{ message: 'monitoring has no schedule (a cron expression or @daily, @weekly, …)', path: where }];
    const at = found.at;
    if ('cron' in found.schedule) {
        const parsed = (0,_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCron */ .E$)(found.schedule.cron);
        if (!parsed.ok)
            return [{ message: `monitoring schedule "${found.text}" ${parsed.problem}`, path: where, at }];
    }
    const gap = (0,_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .maxGapMinutes */ .qC)(found.schedule);
    if (gap === undefined)
        return [{ message: `monitoring schedule "${found.text}" never runs`, path: where, at }];
    if (maxIntervalHours !== undefined && gap > maxIntervalHours * 60) {
        return [
            {
                message: `monitoring schedule "${found.text}" leaves up to ${(0,_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .formatMinutes */ .dp)(gap)} between runs; the policy requires a run at least every ${(0,_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .formatMinutes */ .dp)(Math.round(maxIntervalHours * 60))}`,
                path: where,
                at,
            },
        ];
    }
    return [];
}
function referenceFailures(block, config, where, datasets) {
    const fromConfig = config?.reference;
    const declared = block.reference ?? {};
    // A revision that moves (latest, main) pins nothing (text/revision.ts).
    const pins = (revision, sha256) => (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_2__/* .valueAbsence */ .Z2)(sha256) === undefined || ((0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_2__/* .valueAbsence */ .Z2)(revision) === undefined && !(0,_text_revision_js__WEBPACK_IMPORTED_MODULE_1__/* .isMovingRevision */ .C)(revision));
    const pinnedInManifest = pins(declared.revision, declared.sha256);
    const dataset = declared.dataset ?? fromConfig?.value.dataset;
    if ((0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_2__/* .valueAbsence */ .Z2)(dataset) !== undefined) {
        return [{ message: 'no reference dataset is declared (monitoring.reference, or the reference in the config)', path: block.reference ? where : where.slice(0, -1) }];
    }
    // The config is what runs: a monitor that compares with a rolling window is not pinned
    // because the manifest names a revision it does not use.
    if (fromConfig?.value.rolling) {
        const message = pinnedInManifest
            ? `the monitor compares with a rolling window (${fromConfig.value.dataset}), not the reference monitoring.reference pins (${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_7__/* .asText */ .e1)(declared.dataset)} ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_7__/* .asText */ .e1)(declared.revision ?? declared.sha256)}); the config is what runs: give it a Reference baseline`
            : `the reference is a rolling window (${fromConfig.value.dataset}), not a pinned dataset; the config is what runs: give it a Reference baseline`;
        return [{ message, at: fromConfig.at }];
    }
    // Our own config names datasets as the manifest does: what it compares with is what runs, and
    // it must be the reference the manifest declares. (A reference need not be one of data.datasets:
    // a month of live traffic, frozen, is a common one.)
    const ours = config?.format === 'modelgate' ? fromConfig : undefined;
    const sameId = (a, b) => typeof a === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();
    const configDataset = ours?.value.dataset;
    if (ours && configDataset !== undefined && (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_2__/* .valueAbsence */ .Z2)(declared.dataset) === undefined && !sameId(declared.dataset, configDataset)) {
        return [{ message: `${config?.file} compares with "${configDataset}", not the reference monitoring.reference declares ("${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_7__/* .asText */ .e1)(declared.dataset)}"); the config is what runs`, at: ours.at }];
    }
    // The same dataset at another snapshot is another reference.
    for (const pin of ['revision', 'sha256']) {
        const inConfig = ours?.value[pin];
        const inManifest = declared[pin];
        if (ours && typeof inConfig === 'string' && (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_2__/* .valueAbsence */ .Z2)(inManifest) === undefined && !(0,_text_revision_js__WEBPACK_IMPORTED_MODULE_1__/* .sameRevision */ .Y)(inManifest, inConfig)) {
            return [{ message: `${config?.file} compares with ${pin} "${inConfig}" of its reference, not the ${pin} monitoring.reference declares ("${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_7__/* .asText */ .e1)(inManifest)}"); the config is what runs`, at: ours.at }];
        }
    }
    // A reference that is one of data.datasets is that dataset as declared: another snapshot of it
    // is other data (red team: the reference at a 2019 revision of a dataset declared at 2026's).
    const asDeclared = Array.isArray(datasets) ? datasets.find((d) => d !== null && typeof d === 'object' && sameId(d.id, (0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_7__/* .asText */ .e1)(dataset))) : undefined;
    for (const pin of ['revision', 'sha256']) {
        const named = (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_2__/* .valueAbsence */ .Z2)(declared[pin]) === undefined ? { value: declared[pin], path: [...where, pin] } : typeof ours?.value[pin] === 'string' ? { value: ours.value[pin], at: ours.at } : undefined;
        const inData = asDeclared?.[pin];
        // A revision that moves is judged below, as not pinned at all.
        if (named && !(0,_text_revision_js__WEBPACK_IMPORTED_MODULE_1__/* .isMovingRevision */ .C)(named.value) && typeof inData === 'string' && (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_2__/* .valueAbsence */ .Z2)(inData) === undefined && !(0,_text_revision_js__WEBPACK_IMPORTED_MODULE_1__/* .sameRevision */ .Y)(named.value, inData)) {
            const which = 'path' in named ? 'monitoring.reference' : config?.file;
            return [{ message: `${which} names ${pin} "${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_7__/* .asText */ .e1)(named.value)}" of reference dataset "${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_7__/* .asText */ .e1)(dataset)}", but data.datasets declares it at ${pin} "${inData.trim()}": drift is measured against other data than the dataset declared`, ...('path' in named ? { path: named.path } : { at: named.at }) }];
        }
    }
    // The config is what runs: a reference it names at a revision that moves is not pinned,
    // whatever the manifest declares.
    if (fromConfig && (0,_text_revision_js__WEBPACK_IMPORTED_MODULE_1__/* .isMovingRevision */ .C)(fromConfig.value.revision) && (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_2__/* .valueAbsence */ .Z2)(fromConfig.value.sha256) !== undefined) {
        return [{ message: `${config?.file} compares with revision "${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_7__/* .asText */ .e1)(fromConfig.value.revision)}" of reference dataset "${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_7__/* .asText */ .e1)(dataset)}", which moves, naming whatever the data is today; the config is what runs: give it a commit, tag or snapshot id, or sha256`, at: fromConfig.at }];
    }
    if (pinnedInManifest)
        return [];
    if (fromConfig && pins(fromConfig.value.revision, fromConfig.value.sha256))
        return [];
    if ((0,_text_revision_js__WEBPACK_IMPORTED_MODULE_1__/* .isMovingRevision */ .C)(declared.revision)) {
        return [{ message: `reference dataset "${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_7__/* .asText */ .e1)(dataset)}" is not pinned: its revision "${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_7__/* .asText */ .e1)(declared.revision)}" moves, naming whatever the data is today; give monitoring.reference a commit, tag or snapshot id, or sha256`, path: [...where, 'revision'] }];
    }
    return [{ message: `reference dataset "${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_7__/* .asText */ .e1)(dataset)}" is not pinned: give monitoring.reference a revision or sha256`, path: block.reference ? where : where.slice(0, -1) }];
}


/***/ }),

/***/ 3455:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RI: () => (/* binding */ shortType),
/* harmony export */   fB: () => (/* binding */ evidentlyMonitoring),
/* harmony export */   pq: () => (/* binding */ evidentlyIdentity)
/* harmony export */ });
/* harmony import */ var _load_source_doc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2431);
/* harmony import */ var _adapter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4447);
/* harmony import */ var _methods_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7933);
/**
 * Evidently (0.7) report configs, as `evidently report CONFIG …` reads them: a JSON or YAML
 * `ReportConfig` with `metrics` whose `type` names the metric or preset
 * ("evidently:metric_container:DataDriftPreset", "evidently:metric_v2:ValueDrift", …). A drift
 * method or threshold left null means Evidently's documented default for the column type; a
 * quality metric alerts only through its `tests`. The reference dataset is a CLI argument, so it
 * comes from the manifest's monitoring.reference.
 */



const SCHEMA = 'evidently-config.schema.json';
const DRIFT = new Set(['DataDriftPreset', 'ValueDrift', 'DriftedColumnsCount', 'DatasetDriftMetric', 'ColumnDriftMetric', 'DataDriftTable']);
const BOUND_KEYS = ['threshold', 'gt', 'gte', 'lt', 'lte', 'eq'];
/** `evidently:metric_v2:ValueDrift` → `ValueDrift`. */
function shortType(type) {
    return type.split(':').pop() ?? type;
}
/** How many of a metric's columns its name shows, and how much of each. */
const SHOWN_COLUMNS = 4;
const SHOWN_COLUMN_CHARS = 40;
/** A column name that could be read as two, or as the end of the list, is shown quoted. */
const NEEDS_QUOTES = /[,()"\\\p{Cc}]/u;
/**
 * A metric's name and key: its type, and its column if it has one ("ValueDrift(prediction)"); a
 * metric over a list of columns (`columns`: a DriftedColumnsCount, a DataDriftPreset) is also
 * named and keyed by them, since two of one type over different columns are different metrics,
 * each with its own drift_share. One with no list (every column) keeps its type alone. The run
 * adapter names Evidently's results the same way, from their params or their explicit id.
 */
function evidentlyIdentity(type, params) {
    const short = shortType(type);
    if (!Array.isArray(params.columns))
        return { name: typeof params.column === 'string' ? `${short}(${params.column})` : short };
    // pandas columns may be numbers; asText never throws (a column { toString: [] } made String throw)
    const columns = params.columns.map(_load_source_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .asText */ .e1);
    const set = [...new Set(columns.map(_methods_js__WEBPACK_IMPORTED_MODULE_1__/* .metricKey */ .Cc))].sort();
    const written = [...new Set(columns)];
    const shown = written.slice(0, SHOWN_COLUMNS).map(shownColumn);
    if (written.length > SHOWN_COLUMNS)
        shown.push(`and ${written.length - SHOWN_COLUMNS} more`);
    const family = (0,_methods_js__WEBPACK_IMPORTED_MODULE_1__/* .metricKey */ .Cc)(short);
    return { name: `${short}(${shown.length > 0 ? shown.join(', ') : 'no columns'})`, key: `${family}(columns=${JSON.stringify(set)})`, family };
}
/** A column as a name shows it: cut short when long, quoted when it could be misread. */
function shownColumn(column) {
    const cut = column.length > SHOWN_COLUMN_CHARS ? `${column.slice(0, SHOWN_COLUMN_CHARS - 1)}…` : column;
    return NEEDS_QUOTES.test(cut) || cut.trim() !== cut || cut === '' ? JSON.stringify(cut) : cut;
}
const evidentlyMonitoring = {
    format: 'evidently',
    schema: SCHEMA,
    detect: (value) => (0,_adapter_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value) &&
        Array.isArray(value.metrics) &&
        value.metrics.some((m) => (0,_adapter_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(m) && typeof m.type === 'string' && m.type.startsWith('evidently:')),
    normalise(doc) {
        const problem = (0,_adapter_js__WEBPACK_IMPORTED_MODULE_0__/* .schemaProblem */ .Zg)(SCHEMA, doc, 'Evidently report config');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const metrics = raw.metrics.map((item, index) => {
            const type = shortType(item.type);
            const metric = { ...evidentlyIdentity(type, item), at: (0,_adapter_js__WEBPACK_IMPORTED_MODULE_0__.at)(doc, ['metrics', index]) };
            if (Array.isArray(item.columns))
                metric.features = item.columns.map(_load_source_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .asText */ .e1);
            if (DRIFT.has(type)) {
                const method = [item.method, item.num_method, item.cat_method, item.stattest].find((m) => typeof m === 'string');
                if (typeof method === 'string')
                    metric.method = method;
                else
                    metric.methodDefault = true; // Evidently picks a stat test per column type and size
                const threshold = [item.threshold, item.num_threshold, item.cat_threshold, item.stattest_threshold].find((t) => typeof t === 'number');
                if (typeof threshold === 'number')
                    metric.threshold = threshold;
                else
                    metric.thresholdDefault = true; // 0.05 p-value, or 0.1 distance, by stat test
                if (type === 'DriftedColumnsCount' || type === 'DataDriftPreset') {
                    metric.maxShare = typeof item.drift_share === 'number' ? item.drift_share : 0.5; // Evidently's default
                    // A preset is not a result: Evidently runs it as a DriftedColumnsCount of its columns (the
                    // share of them that drifted) and a ValueDrift for each column.
                    if (type === 'DataDriftPreset') {
                        const counted = evidentlyIdentity('DriftedColumnsCount', { columns: item.columns });
                        metric.reportedAs = [counted.key ?? counted.name];
                    }
                }
            }
            else {
                metric.method = type;
                const tests = Array.isArray(item.tests) ? item.tests.filter(_adapter_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4) : [];
                for (const test of tests) {
                    // "GreaterThanMetricTest" with threshold 0.75 is a minimum; "LessThan…" a maximum.
                    const testType = typeof test.type === 'string' ? shortType(test.type) : '';
                    const direction = /greater|^gt/i.test(testType) ? 'min' : /less|^lt/i.test(testType) ? 'max' : undefined;
                    for (const key of BOUND_KEYS) {
                        const bound = test[key];
                        if (typeof bound !== 'number')
                            continue;
                        if (key.startsWith('g') || (key === 'threshold' && direction === 'min'))
                            metric.min = bound;
                        else if (key.startsWith('l') || (key === 'threshold' && direction === 'max'))
                            metric.max = bound;
                        else
                            metric.threshold = bound;
                    }
                }
            }
            return metric;
        });
        const config = { format: 'evidently', file: doc.file, metrics };
        return { ok: true, value: config };
    },
};


/***/ }),

/***/ 8263:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ monitoringConfigs)
});

// EXTERNAL MODULE: ./build/evidence/monitoring/evidently.js
var evidently = __webpack_require__(3455);
// EXTERNAL MODULE: ./build/load/source-doc.js
var source_doc = __webpack_require__(2431);
// EXTERNAL MODULE: ./build/evidence/adapter.js
var adapter = __webpack_require__(4447);
;// CONCATENATED MODULE: ./build/evidence/monitoring/modelgate.js
/** Our own normalised monitoring config (`schemas/monitoring.schema.json`), YAML or JSON. */


const SCHEMA = 'monitoring.schema.json';
const modelgateMonitoring = {
    format: 'modelgate',
    schema: SCHEMA,
    detect: (value) => typeof value === 'object' && value !== null && value.schema === 'modelgate/monitoring@1',
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(SCHEMA, doc, 'monitoring config');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const metrics = (raw.metrics ?? []).map((metric, index) => {
            const out = { name: metric.name, at: (0,adapter.at)(doc, ['metrics', index]) };
            if (metric.method !== undefined)
                out.method = metric.method;
            if (metric.threshold !== undefined)
                out.threshold = metric.threshold;
            if (metric.min !== undefined)
                out.min = metric.min;
            if (metric.max !== undefined)
                out.max = metric.max;
            if (Array.isArray(metric.features))
                out.features = metric.features.map(source_doc/* asText */.e1); // pandas columns may be numbers; asText never throws (a column { toString: [] } made String throw)
            return out;
        });
        const config = { format: 'modelgate', file: doc.file, metrics };
        if (raw.reference)
            config.reference = { value: raw.reference, at: (0,adapter.at)(doc, ['reference']) };
        if (raw.schedule !== undefined)
            config.schedule = { value: { cron: raw.schedule }, at: (0,adapter.at)(doc, ['schedule']) };
        if (raw.alerts?.route !== undefined)
            config.alertRoute = { value: raw.alerts.route, at: (0,adapter.at)(doc, ['alerts', 'route']) };
        if (raw.alerts?.owner !== undefined)
            config.alertOwner = { value: raw.alerts.owner, at: (0,adapter.at)(doc, ['alerts', 'owner']) };
        return { ok: true, value: config };
    },
};

;// CONCATENATED MODULE: ./build/evidence/monitoring/nannyml.js

const nannyml_SCHEMA = 'nannyml-config.schema.json';
const nannymlMonitoring = {
    format: 'nannyml',
    schema: nannyml_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && (0,adapter/* isRecord */.u4)(value.input) && Array.isArray(value.calculators),
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(nannyml_SCHEMA, doc, 'NannyML config');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const metrics = [];
        raw.calculators.forEach((calculator, index) => {
            if (calculator.enabled === false)
                return;
            const params = calculator.params ?? {};
            const metric = { name: calculator.name ?? calculator.type, at: (0,adapter.at)(doc, ['calculators', index]) };
            const methods = ['continuous_methods', 'categorical_methods', 'methods', 'metrics']
                .flatMap((key) => (Array.isArray(params[key]) ? params[key] : []))
                .filter((m) => typeof m === 'string');
            if (methods.length > 0)
                metric.method = [...new Set(methods)].join(', ');
            else
                metric.methodDefault = true;
            if ((0,adapter/* isRecord */.u4)(params.thresholds) && Object.keys(params.thresholds).length > 0) {
                const first = Object.values(params.thresholds).find(adapter/* isRecord */.u4) ?? {};
                if (typeof first.lower === 'number')
                    metric.min = first.lower;
                if (typeof first.upper === 'number')
                    metric.max = first.upper;
                if (metric.min === undefined && metric.max === undefined)
                    metric.thresholdDefault = true; // standard deviation band
            }
            else {
                metric.thresholdDefault = true;
            }
            const columns = params.column_names ?? params.feature_column_names;
            if (Array.isArray(columns))
                metric.features = columns.filter((c) => typeof c === 'string');
            metrics.push(metric);
        });
        const config = {
            format: 'nannyml',
            file: doc.file,
            metrics,
            reference: { value: { dataset: raw.input.reference_data.path }, at: (0,adapter.at)(doc, ['input', 'reference_data']) },
        };
        const scheduling = raw.scheduling;
        if (scheduling?.cron) {
            config.schedule = { value: { cron: scheduling.cron.crontab }, at: (0,adapter.at)(doc, ['scheduling', 'cron', 'crontab']) };
        }
        else if (scheduling?.interval) {
            const { weeks = 0, days = 0, hours = 0, minutes = 0 } = scheduling.interval;
            config.schedule = { value: { everyMinutes: weeks * 10080 + days * 1440 + hours * 60 + minutes }, at: (0,adapter.at)(doc, ['scheduling', 'interval']) };
        }
        return { ok: true, value: config };
    },
};

// EXTERNAL MODULE: ./build/evidence/monitoring/schedule.js
var monitoring_schedule = __webpack_require__(3674);
;// CONCATENATED MODULE: ./build/evidence/monitoring/whylabs.js
/**
 * WhyLabs monitor configs (whylogs profiles, monitored by WhyLabs), as the whylabs-toolkit's
 * `MonitorManager.dump()` writes them: `analyzers[]` (schedule, targetMatrix, config with
 * metric, type, algorithm, threshold, baseline) and `monitors[]` (analyzerIds, actions).
 * A `Reference` baseline is a pinned reference profile; a `TrailingWindow` baseline is rolling.
 */



const whylabs_SCHEMA = 'whylabs-monitor.schema.json';
const CADENCE_MINUTES = { hourly: 60, daily: 1440, weekly: 10080, monthly: 44640 };
const whylabsMonitoring = {
    format: 'whylogs',
    schema: whylabs_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && Array.isArray(value.analyzers) && ('monitors' in value || 'schemaVersion' in value),
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(whylabs_SCHEMA, doc, 'WhyLabs monitor config');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const metrics = [];
        let schedule;
        let longest = -1;
        let reference;
        raw.analyzers.forEach((analyzer, index) => {
            const { config } = analyzer;
            const metric = { name: `${(0,source_doc/* asText */.e1)(analyzer.id)} (${(0,source_doc/* asText */.e1)(config.metric ?? config.type)})`, at: (0,adapter.at)(doc, ['analyzers', index]) };
            const method = config.algorithm ?? config.type;
            if (typeof method === 'string')
                metric.method = method;
            if (typeof config.threshold === 'number')
                metric.threshold = config.threshold;
            if (typeof config.factor === 'number')
                metric.threshold = config.factor;
            if (typeof config.lower === 'number')
                metric.min = config.lower;
            if (typeof config.upper === 'number')
                metric.max = config.upper;
            const include = analyzer.targetMatrix?.include;
            if (Array.isArray(include))
                metric.features = include;
            metrics.push(metric);
            const base = ['analyzers', index, 'config', 'baseline'];
            const baseline = config.baseline;
            // One analyzer on a rolling window leaves the config unpinned, whatever the others use.
            if (baseline?.type === 'Reference' && typeof baseline.profileId === 'string') {
                if (!reference)
                    reference = { value: { dataset: baseline.profileId, revision: baseline.profileId }, at: (0,adapter.at)(doc, base) };
            }
            else if (baseline && !reference?.value.rolling) {
                // size and an action's type are not typed by the schema: asText, never a throwing String().
                reference = { value: { dataset: `${baseline.type}${baseline.size ? ` of ${(0,source_doc/* asText */.e1)(baseline.size)}` : ''}`, rolling: true }, at: (0,adapter.at)(doc, base) };
            }
            const candidate = scheduleOf(analyzer, raw.granularity);
            const gap = candidate ? (0,monitoring_schedule/* maxGapMinutes */.qC)(candidate) : undefined;
            if (candidate && (gap ?? Infinity) > longest) {
                longest = gap ?? Infinity;
                schedule = { value: candidate, at: (0,adapter.at)(doc, analyzer.schedule ? ['analyzers', index, 'schedule'] : ['granularity']) };
            }
        });
        const config = { format: 'whylogs', file: doc.file, metrics };
        if (reference)
            config.reference = reference;
        if (schedule)
            config.schedule = schedule;
        (raw.monitors ?? []).some((monitor, m) => (monitor.actions ?? []).some((action, a) => {
            if (typeof action.target !== 'string' || action.target.trim() === '')
                return false;
            config.alertRoute = { value: `${(0,source_doc/* asText */.e1)(action.type ?? 'action')}:${action.target}`, at: (0,adapter.at)(doc, ['monitors', m, 'actions', a]) };
            return true;
        }));
        return { ok: true, value: config };
    },
};
function scheduleOf(analyzer, granularity) {
    const schedule = analyzer.schedule;
    if (schedule?.type === 'cron' && typeof schedule.cron === 'string')
        return { cron: schedule.cron };
    const cadence = schedule?.cadence ?? granularity;
    const minutes = cadence ? CADENCE_MINUTES[cadence] : undefined;
    return minutes ? { everyMinutes: minutes } : undefined;
}

;// CONCATENATED MODULE: ./build/evidence/monitoring/formats.js




const monitoringConfigs = {
    id: 'monitoring',
    what: 'monitoring config',
    adapters: [modelgateMonitoring, evidently/* evidentlyMonitoring */.fB, nannymlMonitoring, whylabsMonitoring],
};


/***/ }),

/***/ 7933:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ metricKey),
/* harmony export */   MN: () => (/* binding */ isUnitDistance),
/* harmony export */   TN: () => (/* binding */ keyOf),
/* harmony export */   we: () => (/* binding */ driftSense)
/* harmony export */ });
/**
 * Which way a drift method's score reads, for comparing it with a threshold: a distance grows
 * with drift (past the threshold is drift), a statistical test gives a p-value (below it is
 * drift). Other methods have no sense here and their thresholds are not compared. One list for
 * the config's checks, the latest run's values and the bounds a pull request may not relax.
 */
// Evidently's names are its StatTest registry's (evidently/legacy/calculations/stattests): `ed` is
// its energy distance and `abs_text_content_drift` a domain classifier's ROC AUC, both drift above
// the threshold; `es` (Epps-Singleton) and `empirical_mmd` return a test's p-value, drift below
// it. Left without a sense: Evidently's `TVD` returns a permutation test's p-value, but anyone
// else's "tvd" is the distance itself, drift above it, and one list serves every format; and
// `perc_text_content_drift` compares its score with a bootstrap percentile, not the threshold.
const DISTANCES = new Set(['psi', 'jensenshannon', 'jensen_shannon', 'js', 'wasserstein', 'hellinger', 'kl_div', 'euclidean', 'energy_dist', 'ed', 'emd', 'l_infinity', 'abs_text_content_drift']);
const P_VALUES = new Set(['ks', 'chisquare', 'z', 'fisher_exact', 'g_test', 'anderson', 'cramer_von_mises', 't_test', 'mannw', 'epps_singleton', 'es', 'empirical_mmd']);
/** Distances that never exceed 1 (PSI and Wasserstein are unbounded; a ROC AUC is at most 1). */
const UNIT_DISTANCES = new Set(['jensenshannon', 'jensen_shannon', 'js', 'hellinger', 'abs_text_content_drift']);
/** A metric's name as configs and runs are matched by it: case and outer spaces aside. */
function metricKey(name) {
    return name.trim().toLowerCase();
}
/** What a metric, or a run's value of one, is matched by: its key where it has one, else its name's. */
function keyOf(item) {
    return item.key ?? metricKey(item.name);
}
/** How `method` reads, case aside; undefined when it is neither a known distance nor a known test. */
function driftSense(method) {
    const name = method?.trim().toLowerCase();
    if (name === undefined)
        return undefined;
    return DISTANCES.has(name) ? 'distance' : P_VALUES.has(name) ? 'p-value' : undefined;
}
/** Whether `method` is a distance that lies in [0, 1]. */
function isUnitDistance(method) {
    return method !== undefined && UNIT_DISTANCES.has(method.trim().toLowerCase());
}


/***/ }),

/***/ 3674:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ parseCron),
/* harmony export */   dp: () => (/* binding */ formatMinutes),
/* harmony export */   qC: () => (/* binding */ maxGapMinutes)
/* harmony export */ });
/* unused harmony export scheduleProblem */
const MACROS = {
    '@yearly': '0 0 1 1 *',
    '@annually': '0 0 1 1 *',
    '@monthly': '0 0 1 * *',
    '@weekly': '0 0 * * 0',
    '@daily': '0 0 * * *',
    '@midnight': '0 0 * * *',
    '@hourly': '0 * * * *',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const FIELDS = [
    { low: 0, high: 59 },
    { low: 0, high: 23 },
    { low: 1, high: 31 },
    { low: 1, high: 12, names: MONTHS, nameBase: 1 },
    { low: 0, high: 7, names: DAYS, nameBase: 0 },
];
function parseCron(expression) {
    const text = expression.trim();
    // Own keys only: "constructor" or "__proto__" must not find Object.prototype's members.
    const macro = text.toLowerCase();
    const expanded = Object.hasOwn(MACROS, macro) ? MACROS[macro] : text;
    if (expanded.startsWith('@'))
        return { ok: false, problem: `"${text}" is not a schedule this gate can check (use cron or @hourly, @daily, @weekly, @monthly)` };
    const fields = expanded.split(/\s+/);
    if (fields.length !== 5)
        return { ok: false, problem: `is not a cron expression (expected 5 fields, found ${fields.length})` };
    const sets = [];
    for (let i = 0; i < 5; i++) {
        const parsed = parseField(fields[i], FIELDS[i]);
        if (typeof parsed === 'string')
            return { ok: false, problem: parsed };
        sets.push(parsed);
    }
    const daysOfWeek = new Set([...sets[4]].map((d) => d % 7)); // 7 is Sunday too
    return {
        ok: true,
        cron: {
            minutes: sets[0],
            hours: sets[1],
            daysOfMonth: sets[2],
            months: sets[3],
            daysOfWeek,
            domStar: fields[2].startsWith('*'),
            dowStar: fields[4].startsWith('*'),
        },
    };
}
function parseField(field, spec) {
    const values = new Set();
    const value = (token) => {
        if (/^\d+$/.test(token))
            return Number(token);
        const index = spec.names?.indexOf(token.toLowerCase()) ?? -1;
        return index >= 0 ? index + (spec.nameBase ?? 0) : undefined;
    };
    for (const part of field.split(',')) {
        const match = part.match(/^(\*|([a-z0-9]+)(?:-([a-z0-9]+))?)(?:\/(\d+))?$/i);
        if (!match)
            return `has an invalid field "${part}"`;
        const step = match[4] === undefined ? 1 : Number(match[4]);
        if (step === 0)
            return `has a step of 0 in "${part}"`;
        let from = spec.low;
        let to = spec.high;
        if (match[1] !== '*') {
            const start = value(match[2]);
            const end = match[3] === undefined ? undefined : value(match[3]);
            if (start === undefined || (match[3] !== undefined && end === undefined))
                return `has an invalid field "${part}"`;
            for (const n of [start, end].filter((v) => v !== undefined)) {
                if (n < spec.low || n > spec.high)
                    return `has "${part}" outside ${spec.low}-${spec.high}`;
            }
            from = start;
            // "5/15" means from 5 to the end of the range, every 15.
            to = end ?? (match[4] !== undefined ? spec.high : start);
            if (to < from)
                return `has a backwards range "${part}"`;
        }
        for (let n = from; n <= to; n += step)
            values.add(n);
    }
    return values;
}
/** Why a schedule written as text is not valid, or undefined. */
function scheduleProblem(expression) {
    const parsed = parseCron(expression);
    return parsed.ok ? undefined : parsed.problem;
}
const DAY_MS = 24 * 60 * 60 * 1000;
// 28 years: weekdays and leap years realign, so every day-of-month/day-of-week/month
// combination that ever occurs occurs in this window.
const CYCLE_DAYS = Math.round((Date.UTC(2052, 0, 1) - Date.UTC(2024, 0, 1)) / DAY_MS);
/**
 * The longest time between two consecutive runs, in minutes, or undefined if the schedule
 * never runs (such as "0 0 31 2 *").
 */
function maxGapMinutes(schedule) {
    if ('everyMinutes' in schedule)
        return schedule.everyMinutes > 0 ? schedule.everyMinutes : undefined;
    // Walking the whole calendar cycle costs milliseconds, and a monorepo's systems share a few
    // schedules: remember each expression's answer.
    if (gapCache.has(schedule.cron))
        return gapCache.get(schedule.cron);
    const gap = cronGapMinutes(schedule.cron);
    if (gapCache.size >= 1000)
        gapCache.clear();
    gapCache.set(schedule.cron, gap);
    return gap;
}
const gapCache = new Map();
function cronGapMinutes(expression) {
    const parsed = parseCron(expression);
    if (!parsed.ok)
        return undefined;
    const { cron } = parsed;
    const times = [];
    for (const hour of [...cron.hours].sort((a, b) => a - b)) {
        for (const minute of [...cron.minutes].sort((a, b) => a - b))
            times.push(hour * 60 + minute);
    }
    const firstTime = times[0];
    const lastTime = times[times.length - 1];
    let gap = 0;
    for (let i = 1; i < times.length; i++)
        gap = Math.max(gap, times[i] - times[i - 1]);
    let previousDay;
    let firstDay;
    for (let day = 0; day < CYCLE_DAYS; day++) {
        const date = new Date(Date.UTC(2024, 0, 1) + day * DAY_MS);
        if (!runsOn(cron, date))
            continue;
        firstDay ??= day;
        if (previousDay !== undefined)
            gap = Math.max(gap, (day - previousDay) * 1440 - lastTime + firstTime);
        previousDay = day;
    }
    if (previousDay === undefined || firstDay === undefined)
        return undefined;
    // Wrap around the cycle, so a yearly schedule's gap is a year, not "none".
    gap = Math.max(gap, (firstDay + CYCLE_DAYS - previousDay) * 1440 - lastTime + firstTime);
    return gap;
}
function runsOn(cron, date) {
    if (!cron.months.has(date.getUTCMonth() + 1))
        return false;
    const dom = cron.daysOfMonth.has(date.getUTCDate());
    const dow = cron.daysOfWeek.has(date.getUTCDay());
    // Vixie cron: if either day field starts with "*", both must match; otherwise either may.
    return cron.domStar || cron.dowStar ? dom && dow : dom || dow;
}
/** "10080" → "7 days"; for messages. */
function formatMinutes(minutes) {
    if (minutes % 1440 === 0)
        return `${minutes / 1440} day${minutes === 1440 ? '' : 's'}`;
    if (minutes % 60 === 0)
        return `${minutes / 60} hour${minutes === 60 ? '' : 's'}`;
    if (minutes >= 1440)
        return `${(minutes / 1440).toFixed(1)} days`;
    return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 7355:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ EVIDENCE_KINDS)
});

;// CONCATENATED MODULE: ./build/evidence/init-citation.js
const TODO = 'TODO';
/** Sets `manifest.<path>` to `value`, keeping what the objects on the way already hold. */
function citeAt(manifest, path, value) {
    let at = manifest;
    for (const key of path.slice(0, -1)) {
        const next = at[key];
        at = at[key] = next && typeof next === 'object' && !Array.isArray(next) ? next : {};
    }
    at[path[path.length - 1]] = value;
}
/** Adds a hint to the TODO marker at `manifest.<path>`: what a file says, for the team to confirm. */
function hintAt(manifest, path, hint) {
    let at = manifest;
    for (const key of path.slice(0, -1))
        at = at?.[key];
    const last = path[path.length - 1];
    const holder = at;
    const marker = holder?.[last];
    if (holder && typeof marker === 'string' && marker.startsWith(`${TODO}:`))
        holder[last] = `${marker} (${hint})`;
}
/** Each file as `{ path, format }`, the entry shape of the manifest's lists of cited evidence. */
function pathsAndFormats(found) {
    return found.map(({ file, format }) => ({ path: file, format }));
}

// EXTERNAL MODULE: ./build/evidence/bias/checks.js
var checks = __webpack_require__(387);
// EXTERNAL MODULE: ./build/evidence/bias/formats.js + 2 modules
var formats = __webpack_require__(4179);
;// CONCATENATED MODULE: ./build/evidence/bias/kind.js
/** Bias reports: fairness metrics per sensitive attribute, cited by `bias.reports[].path`. */



const bias = {
    ...formats/* biasReports */.F,
    citedBy: ['bias.reports.*.path'],
    formatField: 'bias.reports.*.format',
    checks: [checks/* biasReportReadable */.qH, checks/* biasReportValues */._i, checks/* biasReportModelVersion */.fd, checks/* biasReportDataset */.AO, checks/* biasSampleSize */.vK, checks/* biasReportFresh */.Ue, checks/* biasReportCoverage */.s7, checks/* biasThresholds */.oj],
    docs: {
        heading: 'Bias reports (`bias.reports[].format`)',
        readsHeading: 'Differences read as',
        formats: [
            { format: 'modelgate', what: 'our normalised report, JSON or YAML', reads: 'as its `convention` says (default `unsigned`)' },
            {
                format: 'fairlearn',
                link: 'https://fairlearn.org/main/user_guide/assessment/',
                what: '`MetricFrame` results as pandas writes them',
                reads: 'unsigned (max − min); ratios min / max',
            },
            {
                format: 'aif360',
                link: 'https://aif360.readthedocs.io/en/stable/',
                what: 'AIF360 metric method values and `MetricJSONExplainer` output, per protected attribute or flat',
                reads: 'signed (unprivileged − privileged); a gap of -0.14 is as wide as 0.14',
            },
        ],
    },
    init: {
        // The attributes and model version a report covers are hints in the markers, not values:
        // whether they are this system's is the team's to confirm.
        cite(manifest, found) {
            citeAt(manifest, ['bias', 'reports'], pathsAndFormats(found));
            const reports = found.flatMap((f) => (f.read.ok ? [{ file: f.file, report: f.read.value }] : []));
            const attributes = [...new Set(reports.flatMap(({ report }) => [...report.attributes.keys()]))];
            if (attributes.length > 0)
                hintAt(manifest, ['bias', 'sensitiveAttributes', 0], `the bias report covers ${attributes.join(', ')}`);
            const versioned = reports.find(({ report }) => report.modelVersion?.value);
            if (versioned)
                hintAt(manifest, ['version'], `${versioned.file} is for ${versioned.report.modelVersion?.value}`);
        },
    },
};

// EXTERNAL MODULE: ./build/evidence/data-quality/checks.js
var data_quality_checks = __webpack_require__(92);
;// CONCATENATED MODULE: ./build/evidence/data-quality/init.js
/** How `modelgate init` cites the validation results and Croissant descriptions it finds. */


/**
 * Each validation result and Croissant description goes under the dataset it names (compared
 * without case, punctuation or extension); one that names no declared dataset brings its own
 * entry, of markers, under that name (or its file's), as a dataset card does.
 */
function citeDataEvidence(manifest, found) {
    const data = manifest.data;
    for (const { file, format, read } of found) {
        if (!read.ok)
            continue;
        const evidence = read.value;
        const names = evidence.kind === 'validation' ? [...new Set(evidence.runs.flatMap((run) => run.assets))] : evidence.name ? [evidence.name] : [];
        const keys = new Set(names.map(data_quality_checks/* comparableName */._t));
        let dataset = data.datasets.find((d) => typeof d.id === 'string' && keys.has((0,data_quality_checks/* comparableName */._t)(d.id)));
        if (!dataset) {
            const id = names[0] ?? file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
            dataset = { id, source: `${TODO}: who produced ${id} and where it came from`, license: `${TODO}: the licence ${id} is used under` };
            // The placeholder entry init writes when it knows of no dataset is replaced, not kept.
            if (data.datasets.length === 1 && String(data.datasets[0]?.id).startsWith(TODO))
                data.datasets.splice(0, 1);
            data.datasets.push(dataset);
        }
        if (evidence.kind === 'validation' && !dataset.quality)
            dataset.quality = { path: file, format };
        if (evidence.kind === 'croissant' && !dataset.croissant)
            dataset.croissant = file;
    }
}

// EXTERNAL MODULE: ./build/evidence/data-quality/formats.js + 2 modules
var data_quality_formats = __webpack_require__(9360);
;// CONCATENATED MODULE: ./build/evidence/data-quality/kind.js
/** Data quality per dataset (ISO/IEC 5259, EU AI Act Art. 10): validation results and Croissant RAI fields. */



const dataQuality = {
    ...data_quality_formats/* dataQualityFormats */.y,
    citedBy: ['data.datasets.*.quality.path', 'data.datasets.*.croissant'],
    checks: data_quality_checks/* DATA_QUALITY_CHECKS */.FO,
    docs: {
        heading: 'Data quality (`data.datasets[].quality`, `data.datasets[].croissant`)',
        readsHeading: 'Read from it',
        formats: [
            {
                format: 'great-expectations',
                link: 'https://docs.greatexpectations.io/',
                what: 'a Great Expectations validation result (`ExpectationSuiteValidationResult` as JSON, 0.x or 1.x), or a checkpoint result holding several',
                reads: '`success`, `statistics`, each failed expectation (`expectation_type` or `type`, its column, what was observed), the data it ran on (`meta.active_batch_definition.data_asset_name`, `batch_kwargs`, `batch_spec`), when it ran (`meta.validation_time`, else `meta.run_id.run_time`, else a 0.x timestamp `run_id`); the statistics are checked against the results list',
            },
            {
                format: 'croissant',
                link: 'https://docs.mlcommons.org/croissant/docs/croissant-rai-spec.html',
                what: 'a Croissant JSON-LD dataset description with the Responsible-AI vocabulary, cited as `croissant`',
                reads: 'the `rai:` properties (`rai:dataCollection`, `rai:dataLimitations`, `rai:dataBiases`, `rai:personalSensitiveInformation`, `rai:dataUseCases`, …), as text or lists of text',
            },
        ],
    },
    init: {
        // Only a file that reads is cited: which dataset it is about comes from its content.
        accept: (found) => found.read.ok,
        describe: (found) => (found.read.ok && found.read.value.kind === 'croissant' ? `Croissant dataset description ${found.file}` : `${found.format} validation result ${found.file}`),
        cite: citeDataEvidence,
    },
};

// EXTERNAL MODULE: ./build/load/source-doc.js
var source_doc = __webpack_require__(2431);
// EXTERNAL MODULE: ./build/evidence/check.js
var check = __webpack_require__(6792);
;// CONCATENATED MODULE: ./build/load/csv.js
class CsvDoc {
    file;
    value;
    rowLines;
    constructor(file, value, 
    /** The first line of each row in `rows`. */
    rowLines) {
        this.file = file;
        this.value = value;
        this.rowLines = rowLines;
    }
    /** `['rows', i, …]` is row i's first line; anything else the header. */
    locate(path) {
        const [head, index] = path;
        const line = head === 'rows' && typeof index === 'number' ? this.rowLines[index] : undefined;
        return { line: line ?? 1, column: 1 };
    }
}
const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;
/** A broken quote: its message and the line it is on. */
class CsvSyntaxError {
    what;
    line;
    constructor(what, line) {
        this.what = what;
        this.line = line;
    }
}
/**
 * Calls `onRecord` with each record's fields and the line it starts on; throws CsvSyntaxError.
 * A blank line is no record; `""` on a line of its own is a record of one empty field (a row of
 * a one-column table, or a short row of a wider one).
 */
function readRecords(text, onRecord) {
    const end = text.length;
    let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 1;
    while (at < end) {
        const first = text.charCodeAt(at);
        if (first === LF || first === CR) {
            at += first === CR && text.charCodeAt(at + 1) === LF ? 2 : 1;
            line++;
            continue;
        }
        const recordLine = line;
        const fields = [];
        for (;;) {
            // One field, at `at`.
            let field;
            if (text.charCodeAt(at) === QUOTE) {
                const quoteLine = line;
                let value = '';
                let from = at + 1;
                for (;;) {
                    const close = text.indexOf('"', from);
                    if (close < 0)
                        throw new CsvSyntaxError('a quoted field is never closed', quoteLine);
                    line += lineBreaks(text, from, close);
                    value += text.slice(from, close);
                    if (text.charCodeAt(close + 1) === QUOTE) {
                        value += '"';
                        from = close + 2;
                        continue;
                    }
                    at = close + 1;
                    break;
                }
                const next = text.charCodeAt(at);
                if (at < end && next !== COMMA && next !== LF && next !== CR)
                    throw new CsvSyntaxError('malformed CSV', line);
                field = value;
            }
            else {
                let stop = at;
                for (; stop < end; stop++) {
                    const code = text.charCodeAt(stop);
                    if (code === COMMA || code === LF || code === CR)
                        break;
                    if (code === QUOTE)
                        throw new CsvSyntaxError('a quote inside an unquoted field', line);
                }
                field = text.slice(at, stop);
                at = stop;
            }
            fields.push(field);
            if (at < end && text.charCodeAt(at) === COMMA) {
                at++;
                continue;
            }
            break;
        }
        // The record ends at a line break or the end of the text.
        if (text.charCodeAt(at) === CR)
            at += text.charCodeAt(at + 1) === LF ? 2 : 1;
        else if (text.charCodeAt(at) === LF)
            at++;
        line++;
        onRecord(fields, recordLine);
    }
}
/** Line breaks (`\r\n`, `\n`, `\r`) in text[from, to). */
function lineBreaks(text, from, to) {
    let count = 0;
    for (let i = from; i < to; i++) {
        const code = text.charCodeAt(i);
        if (code === LF)
            count++;
        else if (code === CR && text.charCodeAt(i + 1) !== LF)
            count++;
    }
    return count;
}
function parseCsv(text, file) {
    const table = { columns: [], rows: [], invalid: [] };
    const rowLines = [];
    try {
        readRecords(text, (record, line) => {
            if (table.columns.length === 0) {
                table.columns = record.map((name) => name.trim());
                return;
            }
            if (record.length !== table.columns.length) {
                table.invalid.push({ line, fields: record.length });
                return;
            }
            table.rows.push(Object.fromEntries(table.columns.map((column, i) => [column, record[i]])));
            rowLines.push(line);
        });
    }
    catch (error) {
        if (!(error instanceof CsvSyntaxError))
            throw error;
        return { ok: false, error: { message: `invalid CSV: ${error.what}`, line: error.line, column: 1 } };
    }
    if (table.columns.length === 0)
        return { ok: false, error: { message: 'invalid CSV: the file has no header line', line: 1, column: 1 } };
    return { ok: true, doc: new CsvDoc(file, table, rowLines) };
}

// EXTERNAL MODULE: ./build/evidence/adapter.js
var adapter = __webpack_require__(4447);
;// CONCATENATED MODULE: ./build/evidence/energy/codecarbon.js

const SCHEMA = 'codecarbon-emissions.schema.json';
/** Without these a row says nothing modelgate can judge. */
const REQUIRED = ['run_id', 'duration', 'emissions'];
/** The numeric columns read, and where each goes. */
const NUMERIC = [
    ['duration', 'duration'],
    ['emissionsKg', 'emissions'],
    ['emissionsRate', 'emissions_rate'],
    ['energyKWh', 'energy_consumed'],
];
/** A cell as a number: empty is undefined; anything else not a finite decimal is NaN, so a check reports it. */
function numberOf(cell) {
    if (cell === undefined || cell.trim() === '')
        return undefined;
    return /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\s*$/i.test(cell) ? Number(cell) : Number.NaN;
}
const codecarbonEmissions = {
    format: 'codecarbon',
    schema: SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && Array.isArray(value.columns) && value.columns.includes('emissions') && value.columns.includes('run_id'),
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(SCHEMA, doc, 'CodeCarbon emissions file');
        if (problem)
            return { ok: false, problem };
        const table = doc.value;
        const absent = [...REQUIRED, 'energy_consumed'].filter((column) => !table.columns.includes(column));
        if (absent.length > 0) {
            return { ok: false, problem: { message: `${doc.file} is not a CodeCarbon emissions file: its header has no ${absent.join(', ')} column${absent.length === 1 ? '' : 's'}`, at: { file: doc.file, line: 1, column: 1 } } };
        }
        // A file with an unreadable row is not read at all: a row left out would change the total.
        // Only the first problem is shown, so of the unreadable rows (in line order) only the first is
        // described: two million of them took 800 MB as messages.
        const problems = [];
        const [bad] = table.invalid;
        if (bad)
            problems.push({ message: `line ${bad.line} has ${bad.fields} field${bad.fields === 1 ? '' : 's'}, the header ${table.columns.length}`, at: { file: doc.file, line: bad.line, column: 1 } });
        const uncounted = Math.max(0, table.invalid.length - 1);
        const report = { format: 'codecarbon', file: doc.file, measurements: [] };
        table.rows.forEach((row, index) => {
            const where = (0,adapter.at)(doc, ['rows', index]);
            const missing = REQUIRED.filter((column) => (row[column] ?? '').trim() === '');
            if (missing.length > 0) {
                problems.push({ message: `a row has no ${missing.join(', ')}`, at: where });
                return;
            }
            const numbers = {};
            const notNumbers = [];
            for (const [, column] of NUMERIC) {
                const value = numberOf(row[column]);
                if (value === undefined)
                    continue;
                if (Number.isNaN(value))
                    notNumbers.push(column);
                else
                    numbers[column] = value;
            }
            if (notNumbers.length > 0) {
                problems.push({ message: `run ${row.run_id.trim()}: ${notNumbers.join(', ')} ${notNumbers.length === 1 ? 'is not a number' : 'are not numbers'}`, at: where });
                return;
            }
            const measurement = { runId: row.run_id.trim(), emissionsKg: numbers.emissions, at: where };
            for (const [field, column] of NUMERIC) {
                if (field !== 'emissionsKg' && numbers[column] !== undefined)
                    measurement[field] = numbers[column];
            }
            if (row.timestamp)
                measurement.timestamp = row.timestamp;
            if (row.country_iso_code)
                measurement.country = row.country_iso_code;
            report.measurements.push(measurement);
        });
        const first = problems.sort((a, b) => a.at.line - b.at.line)[0];
        if (first) {
            const others = problems.length - 1 + uncounted;
            const more = others > 0 ? ` (and ${others} more unreadable row${others > 1 ? 's' : ''})` : '';
            return { ok: false, problem: { message: `${doc.file}: ${first.message}${more}`, at: first.at } };
        }
        if (report.measurements.length === 0)
            return { ok: false, problem: { message: `${doc.file} holds no measurement, only its header`, at: { file: doc.file, line: 1, column: 1 } } };
        return { ok: true, value: report };
    },
};

;// CONCATENATED MODULE: ./build/evidence/energy/formats.js
/** How a cited energy report is read: CodeCarbon's emissions.csv, by the CSV reader. */


const energyReports = {
    id: 'energy',
    what: 'energy report',
    adapters: [codecarbonEmissions],
    parse: (file, text) => (file.toLowerCase().endsWith('.csv') ? parseCsv(text, file) : undefined),
    extensions: ['csv'],
};

;// CONCATENATED MODULE: ./build/evidence/energy/types.js
const ENERGY_STAGES = (/* unused pure expression or super */ null && (['training', 'fine-tuning', 'inference']));
/**
 * The report's total emissions in kg: CodeCarbon appends a row each time a tracker flushes or
 * stops, each holding the totals since that tracker started, so a run counts once, by its last
 * row (the longest duration), and runs add up.
 */
function totalEmissionsKg(report) {
    const last = new Map();
    for (const row of report.measurements) {
        const seen = last.get(row.runId);
        if (!seen || (row.duration ?? 0) >= (seen.duration ?? 0))
            last.set(row.runId, row);
    }
    let total = 0;
    for (const row of last.values())
        total += row.emissionsKg;
    return total;
}

;// CONCATENATED MODULE: ./build/evidence/energy/checks.js




const TRAINING = ['training', 'fine-tuning'];
function loadReport(system, entry) {
    if (!entry || typeof entry !== 'object')
        return undefined;
    const { path, format } = entry;
    if (typeof path !== 'string' || path.trim() === '')
        return undefined;
    return system.evidence.evidence(energyReports, path, typeof format === 'string' ? format : undefined);
}
function entriesOf(system) {
    const energy = system.manifest.data.assurance?.energy;
    const reports = energy && typeof energy === 'object' ? energy.reports : undefined;
    return Array.isArray(reports) ? reports.filter((r) => Boolean(r) && typeof r === 'object') : [];
}
/** The stage a citation declares (training when it says none). */
const stageOf = (entry) => (typeof entry.stage === 'string' ? entry.stage : 'training');
function cardEmissions(card) {
    if (!card || !Object.hasOwn(card.meta, 'co2_eq_emissions'))
        return undefined;
    const raw = card.meta.co2_eq_emissions;
    // Found only when a finding shows it: composing the front matter's positions was a tenth of a
    // passing check of 1,000 systems.
    const locate = (path) => (0,source_doc/* lazyLocation */.QT)(card.file, () => card.frontMatter?.locate(path) ?? { line: 1, column: 1 });
    if (typeof raw === 'number')
        return { grams: raw, at: locate(['co2_eq_emissions']) };
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
        const record = raw;
        const found = { at: locate(['co2_eq_emissions', 'emissions']) };
        if (typeof record.training_type === 'string')
            found.trainingType = record.training_type;
        if (typeof record.emissions === 'number')
            found.grams = record.emissions;
        else
            found.problem = Object.hasOwn(record, 'emissions') ? 'its emissions is not a number (grams)' : 'it has no emissions (grams)';
        return found;
    }
    return { problem: 'it is neither a number of grams nor a mapping with emissions', at: locate(['co2_eq_emissions']) };
}
/** Whether every run of a report ended at zero emissions and zero (or unstated) energy. */
const measuredNothing = (report) => report.measurements.every((row) => row.emissionsKg === 0 && (row.energyKWh ?? 0) === 0);
const noOptions = { type: 'object', additionalProperties: false };
const kg = (n) => `${Number(n.toPrecision(4))} kg`;
const g = (n) => `${Number(n.toPrecision(4))} g`;
const energyReportReadable = (0,check/* defineFunction */.Oh)({
    name: 'energy-report-readable',
    description: 'A cited energy report exists, parses, is in a supported format, and every one of its rows can be read (a file with an unreadable row is not read at all: the row would change the total).',
    optionsSchema: noOptions,
    check({ target, targetPath, system }) {
        const report = loadReport(system, target);
        if (!report)
            return [{ message: 'the energy report entry has no path', path: targetPath }];
        if (!report.ok)
            return [(0,check/* unusableEvidence */.rI)(report.problem, [...targetPath, 'path'])];
        return [];
    },
});
const energyValuesSane = (0,check/* defineFunction */.Oh)({
    name: 'energy-values-sane',
    description: "A cited energy report's numbers are physical: durations, emissions and energy finite and not negative, the carbon intensity (emissions / energy) at most `maxKgPerKWh` (and at least `minKgPerKWh` for a run of 0.01 kWh or more), the average power (energy / duration) at most `maxAverageKW`, and the emissions rate the tool wrote equal to emissions / duration.",
    optionsSchema: {
        type: 'object',
        required: ['maxKgPerKWh', 'maxAverageKW'],
        additionalProperties: false,
        properties: { maxKgPerKWh: { type: 'number', exclusiveMinimum: 0 }, minKgPerKWh: { type: 'number', minimum: 0 }, maxAverageKW: { type: 'number', exclusiveMinimum: 0 } },
    },
    check({ target, options, system }) {
        const report = loadReport(system, target);
        if (!report?.ok)
            return { skip: 'the energy report cannot be read (energy/report-readable says why)' };
        const failures = [];
        // A tracker that measured nothing proves nothing: every run at zero emissions and energy.
        if (measuredNothing(report.value)) {
            const first = report.value.measurements[0];
            failures.push({ message: `${report.value.file} measured nothing: every run has zero emissions and energy`, at: first.at });
        }
        for (const row of report.value.measurements) {
            const bad = [
                ['duration', row.duration],
                ['emissions', row.emissionsKg],
                ['energy_consumed', row.energyKWh],
                ['emissions_rate', row.emissionsRate],
            ].filter(([, value]) => value !== undefined && (!Number.isFinite(value) || value < 0));
            if (bad.length > 0) {
                failures.push({ message: `run ${row.runId}: ${bad.map(([name, value]) => `${name} ${Number.isNaN(value) ? 'is not a number' : `is ${value}`}`).join(', ')}; each must be a finite, non-negative number`, at: row.at });
                continue;
            }
            if (row.energyKWh !== undefined && row.energyKWh > 0) {
                const intensity = row.emissionsKg / row.energyKWh;
                const shown = `run ${row.runId}: ${kg(row.emissionsKg)} CO2eq for ${row.energyKWh} kWh is ${Number(intensity.toPrecision(3))} kg/kWh`;
                if (intensity > options.maxKgPerKWh)
                    failures.push({ message: `${shown}, above any grid's ${options.maxKgPerKWh}; are the emissions in grams?`, at: row.at });
                // Below any grid's intensity (CodeCarbon counts even hydro and wind at about 26 g/kWh): the
                // energy was inflated or the emissions cut. Tiny first flushes are left alone.
                else if (options.minKgPerKWh !== undefined && row.energyKWh >= MIN_KWH_JUDGED && intensity < options.minKgPerKWh) {
                    failures.push({ message: `${shown}, below any grid's ${options.minKgPerKWh}; check the energy and the emissions`, at: row.at });
                }
            }
            if (row.energyKWh !== undefined && row.duration !== undefined && row.duration > 0) {
                const kw = (row.energyKWh * 3600) / row.duration;
                if (kw > options.maxAverageKW)
                    failures.push({ message: `run ${row.runId}: ${row.energyKWh} kWh in ${row.duration} s is an average of ${Math.round(kw)} kW, above ${options.maxAverageKW} kW; check the units`, at: row.at });
            }
            if (row.emissionsRate !== undefined && row.duration !== undefined && row.duration > 0) {
                const rate = row.emissionsKg / row.duration;
                // CodeCarbon writes both from the same numbers; a rate off by more than 1% is an edited row.
                if (Math.abs(rate - row.emissionsRate) > 0.01 * Math.max(rate, row.emissionsRate) + 1e-15) {
                    failures.push({ message: `run ${row.runId}: emissions_rate ${row.emissionsRate} is not emissions / duration (${Number(rate.toPrecision(4))} kg/s)`, at: row.at });
                }
            }
        }
        return failures;
    },
});
/** The least energy a run's carbon intensity is judged on from below: rounding moves tiny figures a lot. */
const MIN_KWH_JUDGED = 0.01;
const energyCardValid = (0,check/* defineFunction */.Oh)({
    name: 'energy-card-valid',
    description: "The model card's co2_eq_emissions, when present, is a finite, non-negative number of grams (or a mapping whose emissions is one).",
    optionsSchema: noOptions,
    check({ system }) {
        const card = cardEmissions(system.card);
        if (!card)
            return { skip: system.card ? 'the model card states no co2_eq_emissions' : 'no readable model card' };
        if (card.problem)
            return [{ message: `the model card's co2_eq_emissions cannot be read: ${card.problem}`, at: card.at }];
        const grams = card.grams;
        return Number.isFinite(grams) && grams >= 0 ? [] : [{ message: `the model card's co2_eq_emissions is ${grams}; it must be a non-negative number of grams`, at: card.at }];
    },
});
const energyTrainingReported = (0,check/* defineFunction */.Oh)({
    name: 'energy-training-reported',
    description: "The emissions of training are reported: a cited energy report for training or fine-tuning that can be read, or the model card's co2_eq_emissions.",
    optionsSchema: noOptions,
    check({ path, system }) {
        const entries = entriesOf(system);
        const training = entries.filter((entry) => TRAINING.includes(stageOf(entry))).map((entry) => loadReport(system, entry));
        const readable = training.filter((r) => r?.ok === true);
        if (readable.some((r) => !measuredNothing(r.value)))
            return [];
        const card = cardEmissions(system.card);
        const cardStates = card?.grams !== undefined && card.trainingType?.toLowerCase() !== 'inference';
        if (cardStates && card.grams !== 0)
            return [];
        // Zero measured and zero stated is not a report of what training emitted.
        if (readable.length > 0 || cardStates) {
            return [
                {
                    message: `${readable.length > 0 ? 'the cited training energy reports measured no emissions' : 'no readable energy report is for training'}, and the model card states ${cardStates ? 'none (0 g)' : 'no co2_eq_emissions'}; report what training emitted`,
                    path: [...path, 'assurance'],
                },
            ];
        }
        return [
            {
                message: entries.length > 0 ? 'no readable energy report is for training (stage: training or fine-tuning), and the model card states no co2_eq_emissions' : 'the emissions of training are not reported: cite a CodeCarbon emissions.csv as assurance.energy.reports, or state co2_eq_emissions in the model card',
                path: [...path, 'assurance'],
            },
        ];
    },
});
const energyCardAgrees = (0,check/* defineFunction */.Oh)({
    name: 'energy-card-agrees',
    description: "The model card's co2_eq_emissions (grams) is the total of the cited training energy reports (kilograms, each run counted by its last row), within a relative `tolerance`.",
    optionsSchema: { type: 'object', required: ['tolerance'], additionalProperties: false, properties: { tolerance: { type: 'number', minimum: 0, maximum: 1 } } },
    check({ options, system }) {
        const card = cardEmissions(system.card);
        if (card?.grams === undefined || !Number.isFinite(card.grams))
            return { skip: 'the model card states no co2_eq_emissions to compare' };
        const reports = entriesOf(system)
            .filter((entry) => TRAINING.includes(stageOf(entry)))
            .map((entry) => loadReport(system, entry))
            .filter((r) => r?.ok === true);
        if (reports.length === 0)
            return { skip: 'no readable training energy report is cited to compare with the card' };
        const fileGrams = reports.reduce((sum, r) => sum + totalEmissionsKg(r.value), 0) * 1000;
        const cardGrams = card.grams;
        const larger = Math.max(fileGrams, cardGrams);
        if (larger === 0 || Math.abs(fileGrams - cardGrams) <= options.tolerance * larger)
            return [];
        const ratio = fileGrams / cardGrams;
        const units = ratio > 900 && ratio < 1100 ? '; the card looks to state kilograms, but co2_eq_emissions is in grams' : '';
        return [
            {
                message: `the model card states ${g(cardGrams)} CO2eq but the cited training report${reports.length === 1 ? ' totals' : 's total'} ${kg(fileGrams / 1000)} (${g(fileGrams)})${units}`,
                at: card.at,
            },
        ];
    },
});
const ENERGY_CHECKS = [energyReportReadable, energyValuesSane, energyCardValid, energyTrainingReported, energyCardAgrees];

;// CONCATENATED MODULE: ./build/evidence/energy/kind.js
/** Energy and emissions reports (CodeCarbon's emissions.csv), cited by `assurance.energy.reports[].path`, with the card's co2_eq_emissions. */



const energy = {
    ...energyReports,
    citedBy: ['assurance.energy.reports.*.path'],
    formatField: 'assurance.energy.reports.*.format',
    checks: ENERGY_CHECKS,
    docs: {
        heading: 'Energy reports (`assurance.energy.reports[].format`)',
        readsHeading: 'Read from it',
        formats: [
            {
                format: 'codecarbon',
                link: 'https://mlco2.github.io/codecarbon/output.html',
                what: "CodeCarbon's `emissions.csv` (one row each time a tracker flushes or stops)",
                reads: 'by column name: `run_id`, `timestamp`, `duration` (s), `emissions` (kg CO2eq), `emissions_rate` (kg/s), `energy_consumed` (kWh), `country_iso_code`; a run counts once, by its last row (rows are cumulative)',
            },
        ],
    },
    init: {
        // Which stage a run measured (training, inference) is the team's to declare (the gate asks).
        cite(manifest, found) {
            citeAt(manifest, ['assurance', 'energy', 'reports'], pathsAndFormats(found));
        },
    },
};

// EXTERNAL MODULE: ./build/text/no-one.js
var no_one = __webpack_require__(6422);
// EXTERNAL MODULE: ./build/evidence/dates.js
var dates = __webpack_require__(5741);
;// CONCATENATED MODULE: ./build/evidence/incidents/modelgate.js

const modelgate_SCHEMA = 'incident-log.schema.json';
const modelgateIncidentLog = {
    format: 'modelgate',
    schema: modelgate_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && value.schema === 'modelgate/incident-log@1',
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(modelgate_SCHEMA, doc, 'serious-incident log');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const log = {
            format: 'modelgate',
            file: doc.file,
            incidents: raw.incidents.map((incident, index) => ({
                id: incident.id,
                at: (0,adapter.at)(doc, ['incidents', index, 'id']),
                detected: { value: incident.detected, at: (0,adapter.at)(doc, ['incidents', index, 'detected']) },
                classification: incident.classification,
                ...(typeof incident.summary === 'string' ? { summary: { value: incident.summary, at: (0,adapter.at)(doc, ['incidents', index, 'summary']) } } : {}),
                ...(incident.reported
                    ? {
                        reported: {
                            date: { value: incident.reported.date, at: (0,adapter.at)(doc, ['incidents', index, 'reported', 'date']) },
                            authority: incident.reported.authority,
                            ...(typeof incident.reported.reference === 'string' ? { reference: incident.reported.reference } : {}),
                        },
                    }
                    : {}),
                status: incident.status,
            })),
        };
        if (typeof raw.system === 'string')
            log.system = { value: raw.system, at: (0,adapter.at)(doc, ['system']) };
        return { ok: true, value: log };
    },
};

;// CONCATENATED MODULE: ./build/evidence/incidents/formats.js

const incidentLogs = {
    id: 'incidents',
    what: 'serious incident log',
    adapters: [modelgateIncidentLog],
};

;// CONCATENATED MODULE: ./build/evidence/incidents/checks.js
/**
 * The serious-incident log against Art. 73's reporting deadlines, counted in days from when the
 * provider became aware, as of the run's day (`--as-of`).
 */





/** Art. 73: how many days after becoming aware a serious incident must be reported, and where it says so. */
const REPORTING_DEADLINES = {
    death: { days: 10, provision: 'Art. 73(4)' },
    'widespread-infringement': { days: 2, provision: 'Art. 73(3)' },
    'critical-infrastructure': { days: 2, provision: 'Art. 73(3)' },
    'serious-harm': { days: 15, provision: 'Art. 73(2)' },
    'not-serious': undefined,
};
const DAY_MS = 24 * 60 * 60 * 1000;
/** The day an incident of `classification` detected on `detected` must be reported by; none for one that need not be. */
const dueDate = (classification, detected) => {
    const deadline = REPORTING_DEADLINES[classification];
    return deadline ? new Date(detected.getTime() + deadline.days * DAY_MS) : undefined;
};
/** Whole calendar days (UTC) from one day to another. */
const daysBetween = (from, to) => Math.floor(to.getTime() / DAY_MS) - Math.floor(from.getTime() / DAY_MS);
const day = (date) => date.toISOString().slice(0, 10);
const plural = (n) => `${n} day${n === 1 ? '' : 's'}`;
const incidentLogReadable = (0,check/* defineFunction */.Oh)({
    name: 'incident-log-readable',
    description: 'A cited serious-incident log exists and is in our documented format (an empty log says `incidents: []`).',
    optionsSchema: { type: 'object', additionalProperties: false },
    check({ value, system }) {
        if (typeof value !== 'string' || value.trim() === '')
            return [];
        const log = system.evidence.evidence(incidentLogs, value);
        if (!log.ok)
            return [{ message: log.problem.message, ...(log.problem.at ? { at: log.problem.at } : {}) }];
        // A log that names another system is that system's record, however empty.
        const named = log.value.system;
        if (named && named.value.trim() !== system.id)
            return [{ message: `${log.value.file} is the incident log of ${(0,source_doc/* quoted */.TL)(named.value.trim())}, not of ${system.id}`, at: named.at }];
        // Each incident is one entry: a second under one id is compared in its place (incident-log-kept).
        const seen = new Set();
        const failures = [];
        for (const incident of log.value.incidents) {
            if (seen.has(incident.id))
                failures.push({ message: `${log.value.file}: incident ${incident.id} is logged twice; each incident is one entry, its later events recorded in it`, at: incident.at });
            seen.add(incident.id);
        }
        return failures;
    },
});
/**
 * `find: unreported`: a serious incident not reported, whose deadline has passed as of the run's
 * day. `find: late`: one reported after its deadline (or dated before it was detected).
 */
const incidentDeadlines = (0,check/* defineFunction */.Oh)({
    name: 'incident-deadlines',
    description: "Serious incidents in the cited log are reported within Art. 73's deadlines from awareness (15 days; 10 for a death; 2 for a widespread infringement or critical infrastructure): `find: unreported` finds those overdue as of the run's day, `find: late` those reported late.",
    optionsSchema: {
        type: 'object',
        required: ['find'],
        additionalProperties: false,
        properties: { find: { enum: ['unreported', 'late'] } },
    },
    check({ value, options, system }) {
        // Nothing read is nothing judged, not a pass (red team: `incidents: ""` passed both rules and
        // counted Art. 73(2) evidenced); the schema and log-readable say what is wrong.
        if (typeof value !== 'string' || value.trim() === '')
            return { skip: 'no incident log is cited (monitoring.incidents is blank)' };
        const log = system.evidence.evidence(incidentLogs, value);
        if (!log.ok)
            return { skip: 'the incident log cannot be read (incidents/log-readable says why)' };
        const failures = [];
        for (const incident of log.value.incidents) {
            const deadline = REPORTING_DEADLINES[incident.classification];
            const detected = (0,dates/* parseDate */._U)(incident.detected.value);
            if (!detected)
                continue;
            const what = `incident ${incident.id} (${incident.classification}, aware ${day(detected)})`;
            // A report to "n/a" or "none" was made to no one (red team): the incident is not reported.
            const toNoOne = incident.reported !== undefined && (0,no_one/* namesNoOne */.S)(incident.reported.authority);
            const reported = incident.reported && !toNoOne ? (0,dates/* parseDate */._U)(incident.reported.date.value) : undefined;
            // Whatever its class, an incident's dates must be ones that can have happened. A date after
            // the run's day records nothing that has happened: it is not evidence that the provider
            // became aware then, nor that a report was made. find: unreported (the error) says so;
            // find: late leaves such an incident alone.
            const today = day(system.now);
            const due = dueDate(incident.classification, detected);
            if (daysBetween(system.now, detected) > 0) {
                if (options.find === 'unreported') {
                    failures.push({ message: `${what} is dated detected on ${day(detected)}, after the run's day (${today}); a date in the future is not when the provider became aware`, at: incident.detected.at });
                }
                continue;
            }
            const reportedInFuture = reported !== undefined && daysBetween(system.now, reported) > 0;
            if (options.find === 'unreported') {
                if (reportedInFuture && incident.reported) {
                    const owed = deadline && due ? ` (the ${deadline.days}-day deadline of ${deadline.provision} is ${day(due)})` : '';
                    failures.push({ message: `${what} is dated reported on ${day(reported)}, after the run's day (${today}); a report in the future is not evidence that it was reported${owed}`, at: incident.reported.date.at });
                    continue;
                }
                if ((incident.reported && !toNoOne) || !deadline || !due)
                    continue;
                const overdue = daysBetween(due, system.now);
                if (overdue > 0) {
                    const noOne = toNoOne ? ` (its report is to ${JSON.stringify(incident.reported?.authority)}, which names no authority)` : '';
                    failures.push({
                        message: `${what} is not reported${noOne}: the ${deadline.days}-day deadline of ${deadline.provision} passed on ${day(due)}, ${plural(overdue)} ago`,
                        at: toNoOne ? incident.reported?.date.at : incident.at,
                    });
                }
            }
            else if (reported && incident.reported && !reportedInFuture) {
                if (daysBetween(detected, reported) < 0) {
                    failures.push({ message: `${what} is dated reported on ${day(reported)}, before it was detected; check the dates`, at: incident.reported.date.at });
                }
                else if (deadline && due && daysBetween(due, reported) > 0) {
                    failures.push({
                        message: `${what} was reported on ${day(reported)}, ${plural(daysBetween(due, reported))} after the ${deadline.days}-day deadline of ${deadline.provision} (${day(due)})`,
                        at: incident.reported.date.at,
                    });
                }
            }
        }
        // Nothing judged is not a pass (auditor: `incidents: []` passed both rules, and Art. 73(2)
        // counted evidenced): a log with no serious incident that has a deadline, or none reported.
        const serious = log.value.incidents.filter((incident) => REPORTING_DEADLINES[incident.classification] !== undefined);
        if (failures.length === 0 && serious.length === 0)
            return { skip: 'the log records no serious incident with a reporting deadline (Art. 73): there is none to judge' };
        if (failures.length === 0 && options.find === 'late' && !serious.some((incident) => incident.reported && !(0,no_one/* namesNoOne */.S)(incident.reported.authority)))
            return { skip: 'no serious incident in the log was reported yet: there is no report to judge' };
        return failures;
    },
});
/** How many days an incident's class allows before it must be reported; none for one that need not be. */
const daysAllowed = (classification) => REPORTING_DEADLINES[classification]?.days ?? Number.POSITIVE_INFINITY;
/**
 * The log is a record (Art. 73): a pull request adds incidents and closes them, it does not take
 * one out, class it as less serious (a longer deadline, or none), move when the provider became
 * aware of it later, or rewrite or remove when and to whom it was reported. Each would clear an
 * overdue report (incidents/reported-in-time) or a late one. Incidents are matched by id, in the
 * logs the base's manifest and this one cite, whatever their files are called.
 */
const incidentLogKept = (0,check/* defineFunction */.Oh)({
    name: 'incident-log-kept',
    description: "No incident in the base commit's serious-incident log is removed, classed as less serious, dated as detected later, or has its report's date or authority changed or removed.",
    optionsSchema: { type: 'object', additionalProperties: false },
    check({ value, system }) {
        if (!system.base)
            return (0,check/* withoutBase */.ki)(system);
        const cited = system.base.manifest.data.monitoring?.incidents;
        if (typeof cited !== 'string' || cited.trim() === '')
            return [];
        const before = system.base.evidence.evidence(incidentLogs, cited);
        if (typeof value !== 'string' || value.trim() === '')
            return []; // citations-kept's finding
        const now = system.evidence.evidence(incidentLogs, value);
        if (!now.ok)
            return { skip: 'the incident log cannot be read (incidents/log-readable says why)' };
        if (!before.ok)
            return { skip: `the base commit's incident log cannot be read: there is nothing to compare with` };
        const since = `at the base commit ${system.base.commit}`;
        const current = new Map(now.value.incidents.map((incident) => [incident.id, incident]));
        const failures = [];
        for (const was of before.value.incidents) {
            const incident = current.get(was.id);
            const what = `incident ${was.id} (${was.classification}, aware ${was.detected.value})`;
            if (!incident) {
                failures.push({ message: `${what}, in ${before.value.file} ${since}, is no longer in ${now.value.file}: an incident is closed in the log (status), never taken out of it`, at: { file: now.value.file, line: 1, column: 1 } });
                continue;
            }
            if (daysAllowed(incident.classification) > daysAllowed(was.classification)) {
                const deadline = REPORTING_DEADLINES[incident.classification];
                failures.push({
                    message: `${what} is now classed "${incident.classification}", "${was.classification}" ${since}: ${deadline ? `its reporting deadline moves from ${daysAllowed(was.classification)} to ${deadline.days} days` : 'it need not be reported any more'}; a reclassification needs review`,
                    at: incident.at,
                });
            }
            const detectedThen = (0,dates/* parseDate */._U)(was.detected.value);
            const detectedNow = (0,dates/* parseDate */._U)(incident.detected.value);
            if (detectedThen && (!detectedNow || daysBetween(detectedThen, detectedNow) > 0)) {
                failures.push({ message: `${what} is now dated detected "${incident.detected.value}", "${was.detected.value}" ${since}: the deadline runs from when the provider became aware, which a later date moves`, at: incident.detected.at });
            }
            // What happened is part of the record (red team: a serious harm rewritten as "dashboard latency").
            const words = (text) => text?.replace(/\s+/g, ' ').trim();
            if (words(was.summary?.value) !== undefined && words(incident.summary?.value) !== words(was.summary?.value)) {
                failures.push({ message: `${what} now says what happened differently from ${since}: an incident's summary is a record; add what was learned in a new field or incident, or have the policy owners review the correction`, at: incident.summary?.at ?? incident.at });
            }
            if (!was.reported && incident.reported) {
                // A report that appears once the base showed the incident overdue, dated within the
                // deadline (red team: a backdated report cleared incidents/reported-in-time).
                const detected = (0,dates/* parseDate */._U)(incident.detected.value);
                const reported = (0,dates/* parseDate */._U)(incident.reported.date.value);
                const due = detected && dueDate(incident.classification, detected);
                if (due && reported && daysBetween(due, system.now) > 0 && daysBetween(reported, due) >= 0) {
                    failures.push({ message: `${what} is now recorded as reported on ${incident.reported.date.value}, within its deadline (${day(due)}), though the log showed it unreported ${since} with that deadline passed: a report recorded after the fact needs the policy owners' review`, at: incident.reported.date.at });
                }
            }
            if (was.reported) {
                if (!incident.reported) {
                    failures.push({ message: `${what} no longer records its report (${was.reported.date.value}, to ${was.reported.authority}) as it did ${since}: the log no longer shows that it was reported, or when`, at: incident.at });
                }
                else if (incident.reported.date.value.trim() !== was.reported.date.value.trim() ||
                    incident.reported.authority.trim().toLowerCase() !== was.reported.authority.trim().toLowerCase() ||
                    (was.reported.reference !== undefined && incident.reported.reference?.trim() !== was.reported.reference.trim())) {
                    failures.push({
                        message: `${what} now records its report as ${incident.reported.date.value}, to ${incident.reported.authority}${incident.reported.reference ? ` (${incident.reported.reference})` : ''}; ${since}, ${was.reported.date.value}, to ${was.reported.authority}${was.reported.reference ? ` (${was.reported.reference})` : ''}: when and to whom an incident was reported is a record, not revised`,
                        at: incident.reported.date.at,
                    });
                }
            }
        }
        return failures;
    },
});

;// CONCATENATED MODULE: ./build/evidence/incidents/kind.js
/** The serious-incident log (EU AI Act Art. 73), cited by `monitoring.incidents`. */



const incidents = {
    ...incidentLogs,
    citedBy: ['monitoring.incidents'],
    checks: [incidentLogReadable, incidentDeadlines, incidentLogKept],
    docs: {
        heading: 'Serious-incident log (`monitoring.incidents`)',
        readsHeading: 'Read from it',
        formats: [
            {
                format: 'modelgate',
                what: 'our own log, YAML or JSON',
                reads: 'each incident: when the provider became aware (`detected`), its `classification`, when and to whom it was `reported`, its `status`',
            },
        ],
    },
    init: {
        // A system keeps one incident log: the first found.
        cite(manifest, [first]) {
            if (first)
                citeAt(manifest, ['monitoring', 'incidents'], first.file);
        },
    },
};

;// CONCATENATED MODULE: ./build/evidence/logging/fluent-bit-conf.js
const SECTION = /^\[([^\]]*)\]\s*$/;
class ClassicDoc {
    file;
    value;
    lines;
    includeLines;
    includeAfter;
    variablesBefore;
    constructor(file, value, lines, 
    /** Line of each @INCLUDE directive. */
    includeLines = [], 
    /** How many sections came before each @INCLUDE: where its file's sections go. */
    includeAfter = [], 
    /** How many @SETs came before each @INCLUDE: where its file's variables go. */
    variablesBefore = []) {
        this.file = file;
        this.value = value;
        this.lines = lines;
        this.includeLines = includeLines;
        this.includeAfter = includeAfter;
        this.variablesBefore = variablesBefore;
    }
    fileOf(path) {
        const [head, section] = path;
        return (head === 'sections' && typeof section === 'number' ? this.lines[section]?.file : undefined) ?? this.file;
    }
    locate(path) {
        const [head, section, entries, entry] = path;
        if (head === 'includes' && typeof section === 'number')
            return { line: this.includeLines[section] ?? 1, column: 1 };
        if (head !== 'sections' || typeof section !== 'number')
            return { line: 1, column: 1 };
        const place = this.lines[section];
        if (!place)
            return { line: 1, column: 1 };
        if (entries === 'entries' && typeof entry === 'number' && place.entries[entry])
            return place.entries[entry];
        return { line: place.line, column: 1 };
    }
}
/** Whether text reads as a classic Fluent Bit config: its first meaningful line is a known section header or a directive. */
function looksClassic(text) {
    for (const raw of text.slice(0, 4096).split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        return /^\[(?:SERVICE|INPUT|FILTER|OUTPUT|PARSER|MULTILINE_PARSER|PLUGINS|UPSTREAM|NODE)\]$/i.test(line) || /^@(?:INCLUDE|SET)\s/i.test(line);
    }
    return false;
}
/**
 * Real configs have tens of sections; each costs memory and routing work, so a file of a
 * hundred thousand (3.5 MB held 500 MB) is refused at the section past the cap.
 */
const MAX_SECTIONS = 10_000;
function parseFluentBitClassic(text, file) {
    const config = { fluentBitClassic: true, sections: [], includes: [], variables: [] };
    const places = [];
    const includeLines = [];
    const includeAfter = [];
    const variablesBefore = [];
    // Lines end at \n only, as fgets reads them: a lone \r is text of its line, never a line break.
    const rows = text.split('\n').map((row) => (row.endsWith('\r') ? row.slice(0, -1) : row));
    for (let index = 0; index < rows.length; index++) {
        const raw = rows[index];
        const number = index + 1;
        // Trimmed as C's isspace trims (a no-break space is text, as Fluent Bit reads it).
        const line = trimSpace(raw);
        if (line === '' || line.startsWith('#'))
            continue;
        // Fluent Bit reads a header or a directive only at the start of its line: indented, `[NAME]`
        // opens a group inside the section above (an [OUTPUT] there is no output), and `@INCLUDE x`
        // is a key of that section (ignored in [SERVICE]): neither may read as more than that here.
        const indented = isSpace(raw.charCodeAt(0));
        if (line.startsWith('[')) {
            if (indented)
                return failure(`an indented ${line.slice(0, 40)} is a group inside the section above it, not a section of its own, as Fluent Bit reads it; start a section at the beginning of its line`, number);
            const header = SECTION.exec(line);
            const name = header?.[1] ?? '';
            if (!header || name.trim() === '')
                return failure(`a section header must be [NAME]`, number);
            if (config.sections.length === MAX_SECTIONS)
                return failure(`more than ${MAX_SECTIONS.toLocaleString('en-US')} sections, the most modelgate reads`, number);
            config.sections.push({ name: sectionType(name), entries: [] });
            places.push({ line: number, entries: [] });
            continue;
        }
        if (line.startsWith('@') && !indented) {
            // As Fluent Bit splits it: the directive ends at the first space, and the file an @INCLUDE
            // names is the rest of the line as it is (a tab, or spaces around the name, are not read
            // the way they look).
            const space = raw.indexOf(' ');
            const directive = space < 0 ? raw : raw.slice(0, space);
            // flb_cf_fluentbit.c read_config hands any other `@` line to flb_cf_meta_property_add, which
            // fails (and Fluent Bit refuses the config) when the line has no space, or nothing but
            // spaces after its first one (meta_property_add: flb_sds_trim of an empty value).
            if (/^@(?:include|set)$/i.test(directive) && trimSpace(space < 0 ? '' : raw.slice(space + 1)) === '') {
                return failure(`${directive.slice(0, 40)} with nothing after it: Fluent Bit refuses to load a config with this line`, number);
            }
            if (/^@include$/i.test(directive)) {
                const named = space < 0 ? '' : raw.slice(space + 1);
                if (named !== named.trim())
                    return failure(`@INCLUDE ${JSON.stringify(named.slice(0, 80))}: Fluent Bit reads the rest of the line after "@INCLUDE " as the file name, spaces included`, number);
                config.includes.push(named);
                includeLines.push(number);
                includeAfter.push(config.sections.length);
                variablesBefore.push(config.variables.length);
            }
            else if (/^@set$/i.test(directive)) {
                // Fluent Bit trims the rest of the line and splits it at the first `=` (the name and
                // value keep any spaces around it); one without `=` sets nothing (flb_meta.c meta_cmd_set
                // fails, and flb_config_load_config_format ignores what flb_meta_run returns: it starts).
                const params = space < 0 ? '' : trimSpace(raw.slice(space + 1));
                const equals = params.indexOf('=');
                if (equals >= 0)
                    config.variables.push({ name: params.slice(0, equals), value: params.slice(equals + 1) });
            }
            else
                return failure(`unknown directive ${JSON.stringify(directive.slice(0, 40))}`, number);
            continue;
        }
        const section = config.sections.at(-1);
        if (!section)
            return failure('an entry before any [SECTION] header', number);
        if (raw === line)
            return failure('an entry must be indented under its [SECTION] header', number);
        const space = line.search(/[\t\n\v\f\r ]/);
        if (space < 0)
            return failure(`the key ${JSON.stringify(line.slice(0, 40))} has no value`, number);
        section.entries.push({ key: line.slice(0, space), value: trimSpace(line.slice(space)) });
        places.at(-1).entries.push({ line: number, column: raw.indexOf(line) + 1 });
    }
    // A file of @INCLUDEs alone is a main config whose sections are all in the files it includes;
    // one of @SETs alone, a file of variables for the configs that include it.
    if (config.sections.length === 0 && config.includes.length === 0 && config.variables.length === 0)
        return failure('the file has no [SECTION]', 1);
    return { ok: true, doc: new ClassicDoc(file, config, places, includeLines, includeAfter, variablesBefore) };
    function failure(message, line) {
        return { ok: false, error: { message: `not a Fluent Bit config: ${message}`, line, column: 1 } };
    }
}
/** C's isspace: what flb_sds_trim removes from both ends. */
const isSpace = (code) => code === 32 || (code >= 9 && code <= 13);
function trimSpace(text) {
    let start = 0;
    let end = text.length;
    while (start < end && isSpace(text.charCodeAt(start)))
        start++;
    while (end > start && isSpace(text.charCodeAt(end - 1)))
        end--;
    return text.slice(start, end);
}
/**
 * A section's type as Fluent Bit's get_section_type decides it: the name as written (spaces
 * inside the brackets kept) compared, without case and for its own length, with each type's
 * name in turn, so `[OUT]` is an output and `[ OUTPUT ]` is a section of no type, which runs
 * nothing. Anything else keeps its name, upper-cased.
 */
const SECTION_TYPES = [
    ['service', 'SERVICE'],
    ['parser', 'PARSER'],
    ['multiline_parser', 'MULTILINE_PARSER'],
    ['stream_processor', 'STREAM_PROCESSOR'],
    ['plugins', 'PLUGINS'],
    ['upstream_servers', 'UPSTREAM_SERVERS'],
    ['custom', 'CUSTOM'],
    ['customs', 'CUSTOM'],
    ['input', 'INPUT'],
    ['inputs', 'INPUT'],
    ['filter', 'FILTER'],
    ['filters', 'FILTER'],
    ['output', 'OUTPUT'],
    ['outputs', 'OUTPUT'],
];
function sectionType(name) {
    const lower = name.toLowerCase();
    return SECTION_TYPES.find(([type]) => type.startsWith(lower))?.[1] ?? name.toUpperCase();
}
/** The files a classic config @INCLUDEs, as written, each with its directive's line (none for any other document). */
function classicIncludes(doc) {
    if (!(doc instanceof ClassicDoc))
        return [];
    return doc.value.includes.map((path, index) => ({ path, line: doc.includeLines[index] ?? 1 }));
}
/**
 * The config with each included file's sections in the place of its @INCLUDE (as Fluent Bit
 * reads it), each section keeping the file and lines it came from; `included` is in the order
 * of classicIncludes, each already merged with its own.
 */
function mergeClassic(doc, included) {
    if (!(doc instanceof ClassicDoc))
        return { ok: true, doc };
    const total = doc.value.sections.length + included.reduce((sum, other) => sum + (other instanceof ClassicDoc ? other.value.sections.length : 0), 0);
    if (total > MAX_SECTIONS) {
        return { ok: false, error: { message: `not a Fluent Bit config: more than ${MAX_SECTIONS.toLocaleString('en-US')} sections with the files it includes, the most modelgate reads`, line: doc.includeLines[0] ?? 1, column: 1 } };
    }
    const sections = [];
    const places = [];
    const take = (from, start, end) => {
        for (let index = start; index < end; index++) {
            sections.push(from.value.sections[index]);
            const place = from.lines[index];
            places.push(place.file ? place : { ...place, file: from.file });
        }
    };
    const notClassic = included.findIndex((other) => !(other instanceof ClassicDoc));
    if (notClassic >= 0) {
        return { ok: false, error: { message: `@INCLUDE ${doc.value.includes[notClassic]}: ${included[notClassic]?.file} is not a classic Fluent Bit config, which is all @INCLUDE reads`, line: doc.includeLines[notClassic] ?? 1, column: 1 } };
    }
    let next = 0;
    doc.includeAfter.forEach((after, index) => {
        take(doc, next, after);
        next = after;
        const other = included[index];
        take(other, 0, other.value.sections.length);
    });
    take(doc, next, doc.value.sections.length);
    // Fluent Bit keeps one list of @SETs for the file and all it includes, in reading order.
    const variables = [];
    let nextVariable = 0;
    doc.variablesBefore.forEach((before, index) => {
        for (; nextVariable < before; nextVariable++)
            variables.push(doc.value.variables[nextVariable]);
        for (const variable of included[index].value.variables)
            variables.push(variable);
    });
    for (; nextVariable < doc.value.variables.length; nextVariable++)
        variables.push(doc.value.variables[nextVariable]);
    // Followed, so no longer "included and not read"; the top file's own directives still locate.
    return { ok: true, doc: new ClassicDoc(doc.file, { fluentBitClassic: true, sections, includes: [], variables }, places, [], []) };
}
/** An entry's value by key (case-insensitive; the last one when it repeats, as Fluent Bit reads it), with its index. */
function entryOf(section, key) {
    for (let index = section.entries.length - 1; index >= 0; index--) {
        const entry = section.entries[index];
        if (entry.key.toLowerCase() === key.toLowerCase())
            return { value: entry.value, index };
    }
    return undefined;
}

// EXTERNAL MODULE: ./build/load/yaml.js
var yaml = __webpack_require__(7794);
;// CONCATENATED MODULE: ./build/evidence/logging/fluent-bit-yaml.js


const LISTS = ['inputs', 'filters', 'outputs'];
const isClassic = (doc) => (0,adapter/* isRecord */.u4)(doc.value) && doc.value.fluentBitClassic === true;
/** The files a YAML config's `includes:` names, as written, each at its line (none for a classic config). */
function yamlIncludes(doc) {
    if (isClassic(doc) || !(0,adapter/* isRecord */.u4)(doc.value) || !Array.isArray(doc.value.includes))
        return [];
    return doc.value.includes.flatMap((path, index) => typeof path === 'string' ? [{ path, line: doc.locate(['includes', index]).line, directive: 'includes', fromNamingFile: true }] : []);
}
/** Set on a merged config when an included file's variables cannot be told (see envEntries). */
const ENV_UNTOLD = Symbol('env untold');
/** An integer-like key, which a parsed object lists before the others, whatever the file's order. */
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;
/**
 * A YAML config's `env:` entries in order, as flb_cf_yaml.c reads them: a mapping of names to
 * scalars, or a list of mappings whose keys are read in turn (`name`, `value`, `uri`,
 * `refresh_interval`, and any other key names the variable, with its value, when no name came
 * before it). A list item without a name sets nothing. Undefined when what the config sets cannot
 * be told: Fluent Bit reads `env:` and `includes:` in any case, so an `ENV:` or `Includes:` may set
 * what modelgate does not read. In a list item with an integer-like key the file's key order is
 * lost, so each of its keys is set to something unknown (`uri`).
 */
function envEntries(value) {
    if (!(0,adapter/* isRecord */.u4)(value))
        return [];
    if (value[ENV_UNTOLD])
        return undefined;
    if (Object.keys(value).some((key) => (key.toLowerCase() === 'env' && key !== 'env') || (key.toLowerCase() === 'includes' && key !== 'includes')))
        return undefined;
    const env = value.env;
    if ((0,adapter/* isRecord */.u4)(env))
        return Object.entries(env).map(([name, v]) => ({ name, value: v }));
    if (!Array.isArray(env))
        return [];
    return env.flatMap((item) => {
        if (!(0,adapter/* isRecord */.u4)(item))
            return [];
        if (Object.keys(item).some((key) => INDEX_KEY.test(key)))
            return Object.keys(item).map((name) => ({ name, value: undefined, uri: 'order unknown' }));
        let entry = {};
        for (const [key, v] of Object.entries(item)) {
            const lower = key.toLowerCase();
            if (lower === 'name')
                entry.name = v;
            else if (lower === 'value')
                entry.value = v;
            else if (lower === 'uri')
                entry.uri = v;
            else if (lower !== 'refresh_interval' && entry.name === undefined)
                entry = { ...entry, name: key, value: v };
        }
        return typeof entry.name === 'string' ? [{ name: entry.name, value: entry.value, ...('uri' in entry ? { uri: entry.uri } : {}) }] : [];
    });
}
/**
 * The first YAML alias (`*name`) in a config or the files it includes, with where it is. Fluent
 * Bit's YAML reader (flb_cf_yaml.c, consume_event) handles no alias event in any state: a config
 * with one is refused, and Fluent Bit does not start.
 */
function firstYamlAlias(doc) {
    for (const part of yamlParts(doc)) {
        const found = part instanceof yaml/* YamlDoc */.kb ? part.firstAlias() : undefined;
        if (found)
            return { name: found.name, at: { file: part.file, ...found.position } };
    }
    return undefined;
}
/** The top-level sections flb_cf_yaml.c knows (STATE_SECTION); it compares names without case. */
const SECTIONS = new Set(['env', 'parsers', 'multiline_parsers', 'stream_processor', 'plugins', 'upstream_servers', 'pipeline', 'service', 'customs', 'includes', 'extensions']);
/** Text from a config, cut short for a message. */
const shown = (text) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);
/** Lower case as C's tolower makes it: ASCII letters only (Fluent Bit compares names so). */
const asciiLower = (text) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());
/** The files of a YAML config in reading order: the document itself, or each file a merged one was read from. */
const yamlParts = (doc) => (doc instanceof MergedYamlDoc ? doc.parts.flatMap(yamlParts) : [doc]);
/**
 * Why Fluent Bit would refuse a YAML config's sections, or would read sections modelgate does
 * not, in the cited file or one it includes, with where. flb_cf_yaml.c (consume_event) reads
 * section names without case; it refuses a section it does not know whose value is not a
 * mapping (STATE_OTHER), a second `service` in any of the files (ctx->service_set), and a key
 * of `pipeline` other than inputs, filters and outputs (yaml_error_plugin_category). A
 * `Pipeline`, `Includes` or `Inputs` written in another case is read by Fluent Bit as well: its
 * plugins would be Fluent Bit's and not modelgate's (and would number the inputs a default tag
 * is made from), so the config is not evaluated.
 */
function yamlSectionRefusal(doc) {
    let service = false;
    for (const part of yamlParts(doc)) {
        const value = part.value;
        if (!(0,adapter/* isRecord */.u4)(value))
            continue;
        const where = (path) => ({ file: part.file, ...part.locate(path) });
        for (const key of Object.keys(value)) {
            const name = asciiLower(key);
            const quoted = JSON.stringify(shown(key));
            if (name === 'service') {
                if (service)
                    return { message: `${part.file}: a second service section (${quoted}), in this file or another the config includes: Fluent Bit refuses to load this config`, at: where([key]) };
                service = true;
            }
            if (!SECTIONS.has(name) && !(0,adapter/* isRecord */.u4)(value[key])) {
                return { message: `${part.file}: the top-level key ${quoted} is no section Fluent Bit knows, and its value is not a mapping: Fluent Bit refuses to load this config`, at: where([key]) };
            }
            if ((name === 'pipeline' || name === 'includes') && key !== name) {
                return { message: `${part.file}: Fluent Bit reads ${quoted} as ${name}, which modelgate reads only written ${name}, so the config is not evaluated; write ${name}`, at: where([key]) };
            }
        }
        const pipeline = value.pipeline;
        if (!(0,adapter/* isRecord */.u4)(pipeline))
            continue;
        for (const key of Object.keys(pipeline)) {
            const name = asciiLower(key);
            const quoted = JSON.stringify(shown(key));
            if (!LISTS.includes(name)) {
                return { message: `${part.file}: pipeline has a key ${quoted}, which is not inputs, filters or outputs: Fluent Bit refuses to load this config`, at: where(['pipeline', key]) };
            }
            if (key !== name)
                return { message: `${part.file}: Fluent Bit reads pipeline ${quoted} as ${name}, which modelgate reads only written ${name}, so the config is not evaluated; write ${name}`, at: where(['pipeline', key]) };
        }
    }
    return undefined;
}
/** Several YAML configs read as one: each pipeline plugin is located in the file it came from. */
class MergedYamlDoc {
    file;
    value;
    main;
    origins;
    parts;
    constructor(file, value, main, origins, 
    /** Every file read in: the including file's own document, then each included one. */
    parts) {
        this.file = file;
        this.value = value;
        this.main = main;
        this.origins = origins;
        this.parts = parts;
    }
    route(path) {
        const [head, list, index, ...rest] = path;
        if (head === 'pipeline' && typeof list === 'string' && typeof index === 'number') {
            const origin = this.origins[list]?.[index];
            if (origin)
                return [origin.doc, ['pipeline', list, origin.index, ...rest]];
        }
        return [this.main, path];
    }
    locate(path) {
        const [doc, inner] = this.route(path);
        return doc.locate(inner);
    }
    fileOf(path) {
        const [doc, inner] = this.route(path);
        return doc.fileOf?.(inner) ?? doc.file;
    }
}
/**
 * The config with the plugins of the files it includes (`included`, in the order of
 * yamlIncludes, each already merged with its own) beside its own: before them when `includes:`
 * comes before `pipeline:`, as Fluent Bit reads the file top to bottom.
 */
function mergeYaml(doc, included) {
    const includes = yamlIncludes(doc);
    if (includes.length === 0 || !(0,adapter/* isRecord */.u4)(doc.value))
        return { ok: true, doc };
    const failure = (message, line) => ({ ok: false, error: { message, line, column: 1 } });
    const parts = [];
    for (const [index, other] of included.entries()) {
        const named = includes[index];
        if (isClassic(other) || !(0,adapter/* isRecord */.u4)(other.value))
            return failure(`includes ${named.path}: ${other.file} is not a Fluent Bit YAML config, which is all includes reads`, named.line);
        const pipeline = other.value.pipeline;
        if (pipeline !== undefined && !(0,adapter/* isRecord */.u4)(pipeline))
            return failure(`includes ${named.path}: the pipeline of ${other.file} is not a mapping`, named.line);
        for (const list of LISTS) {
            if (pipeline?.[list] !== undefined && !Array.isArray(pipeline[list]))
                return failure(`includes ${named.path}: pipeline.${list} of ${other.file} is not a list`, named.line);
        }
        parts.push(other);
    }
    const own = doc.value.pipeline;
    if (own !== undefined && !(0,adapter/* isRecord */.u4)(own))
        return failure('not a Fluent Bit config: pipeline is not a mapping', doc.locate(['pipeline']).line);
    for (const list of LISTS) {
        if (own?.[list] !== undefined && !Array.isArray(own[list]))
            return failure(`not a Fluent Bit config: pipeline.${list} is not a list`, doc.locate(['pipeline', list]).line);
    }
    const keys = Object.keys(doc.value);
    const includedFirst = own === undefined || keys.indexOf('includes') < keys.indexOf('pipeline');
    const order = includedFirst ? [...parts, doc] : [doc, ...parts];
    const pipeline = { ...((0,adapter/* isRecord */.u4)(own) ? own : {}) };
    const origins = {};
    for (const list of LISTS) {
        const items = [];
        const from = [];
        for (const part of order) {
            const value = part.value.pipeline?.[list];
            if (!Array.isArray(value))
                continue;
            value.forEach((item, index) => {
                items.push(item);
                from.push({ doc: part, index });
            });
        }
        if (items.length > 0) {
            pipeline[list] = items;
            origins[list] = from;
        }
    }
    // Fluent Bit reads an included file's env: where `includes:` is, before or after this file's own.
    const includesEnvFirst = keys.indexOf('includes') < keys.indexOf('env') || !keys.includes('env');
    const envs = (includesEnvFirst ? [...parts, doc] : [doc, ...parts]).map((part) => envEntries(part.value));
    const env = envs.flatMap((entries) => entries ?? []);
    // Followed, so no longer "included and not read"; env: in its list form, in reading order.
    const merged = { ...doc.value, includes: [], pipeline, ...(env.length > 0 ? { env } : {}) };
    if (envs.includes(undefined))
        merged[ENV_UNTOLD] = true;
    return { ok: true, doc: new MergedYamlDoc(doc.file, merged, doc, origins, [doc, ...parts]) };
}

;// CONCATENATED MODULE: ./build/evidence/logging/tag-regex.js
/**
 * Fluent Bit's `Match_Regex`, evaluated as Fluent Bit does (flb_regex.c compiles it with Onigmo,
 * Ruby syntax, UTF-8, `/pattern/` without its slashes; flb_router.c's router_match calls
 * onig_match at the start of the tag and routes when the match it finds is not empty: so
 * `decisions` does not select `scoring.decisions`, and `a*` does not select `b`) but without
 * backtracking: the pattern is written by whoever writes the repository, so it is compiled to a
 * Thompson automaton and run over the tag a character at a time, its threads kept in Onigmo's
 * order of preference (greedy before lazy, left alternative first), which finds the match
 * Onigmo would find in time proportional to the tag's length times the automaton's size,
 * whatever the pattern (no `(a+)+$` blow-up).
 *
 * Only the syntax whose meaning is plain is read: literals, `.`, `[...]` classes with ranges,
 * `\d \w \s \h` and their negations, groups (`(...)`, `(?:...)`, `(?<name>...)`), `|`, the
 * quantifiers `* + ? {n} {n,} {,m} {n,m}` (lazy or not), and the anchors `^ $ \A \z \Z`. Anything
 * else (a backreference, a lookaround, an inline option, a possessive quantifier, a POSIX or
 * nested class, an escape such as `\b` or `\p{..}`) is refused, and a refused pattern does not
 * count as matching. Where Onigmo and this reading could differ, this one matches less: `\d`,
 * `\w`, `\s` and `\h` are ASCII (`\s` without `\v`), and no character outside ASCII matches a negated shorthand
 * (`\D \W \S \H`) or a class that holds a shorthand, so a refusal or a difference can make a
 * config fail, never pass.
 */
/** Characters of a Match_Regex read at most (Fluent Bit's own patterns are tens). */
const MAX_PATTERN_LENGTH = 1_000;
/** Automaton states at most (a repeat count multiplies its group's). */
const MAX_STATES = 5_000;
/** Why a pattern is not evaluated: `refused` for syntax modelgate does not read, `invalid` for what Onigmo would not compile either. */
class NotRead extends Error {
}
const isDigit = (c) => c >= 48 && c <= 57;
const isWord = (c) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** Onigmo versions differ on whether \s holds \v (11): \s here does not, and \S does not match it either. */
const tag_regex_isSpace = (c) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
const notSpace = (c) => c < 128 && c !== 11 && !tag_regex_isSpace(c);
const isHex = (c) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
/** A negated shorthand matches ASCII only: Onigmo may read `\w` as Unicode, so `\W` here must not match more than there. */
const not = (pred) => (c) => c < 128 && !pred(c);
const SHORTHANDS = { d: isDigit, D: not(isDigit), w: isWord, W: not(isWord), s: tag_regex_isSpace, S: notSpace, h: isHex, H: not(isHex) };
const CONTROLS = { t: 9, n: 10, r: 13, f: 12, v: 11, e: 27, a: 7 };
const ANCHORS = { A: 'start', z: 'end', Z: 'end-nl' };
function parse(pattern) {
    const chars = Array.from(pattern);
    let i = 0;
    const refuse = (what) => new NotRead(`uses ${what}, which modelgate does not evaluate`);
    const invalid = (what) => new NotRead(`is not a valid regular expression (${what})`);
    const alternation = (depth) => {
        const options = [sequence(depth)];
        while (chars[i] === '|') {
            i++;
            options.push(sequence(depth));
        }
        return options.length === 1 ? options[0] : { t: 'alt', options };
    };
    const sequence = (depth) => {
        const items = [];
        while (i < chars.length && chars[i] !== '|' && chars[i] !== ')') {
            let node = atom(depth);
            const repeat = quantifier();
            if (repeat) {
                if (node.t === 'assert')
                    throw invalid('a quantifier on an anchor');
                node = { t: 'repeat', node, min: repeat[0], max: repeat[1], lazy: false };
                if (chars[i] === '?') {
                    i++;
                    // In Ruby syntax `x{n}?` is `(?:x{n})?`, not a lazy `x{n}`; any other `?` makes it lazy.
                    if (repeat[2])
                        node = { t: 'repeat', node, min: 0, max: 1, lazy: false };
                    else
                        node.lazy = true;
                }
                else if (chars[i] === '+')
                    throw refuse('a possessive quantifier');
                if (chars[i] !== undefined && '*+?{'.includes(chars[i]))
                    throw refuse('a quantifier on a quantifier');
            }
            items.push(node);
        }
        return items.length === 1 ? items[0] : { t: 'seq', items };
    };
    /** [min, max, whether it is a fixed count {n}]. */
    const quantifier = () => {
        const c = chars[i];
        if (c === '*' || c === '+' || c === '?') {
            i++;
            return c === '*' ? [0, Infinity, false] : c === '+' ? [1, Infinity, false] : [0, 1, false];
        }
        if (c !== '{')
            return undefined;
        const rest = chars.slice(i, i + 16).join('');
        const interval = /^\{(\d{0,4})(,(\d{0,4}))?\}/.exec(rest);
        if (!interval || (interval[1] === '' && (interval[3] ?? '') === ''))
            throw refuse('a { that is not a repeat count such as {2,5} (write \\{ for the character)');
        const min = interval[1] === '' ? 0 : Number(interval[1]);
        const max = interval[2] === undefined ? min : interval[3] === '' ? Infinity : Number(interval[3]);
        if (max < min)
            throw invalid(`the repeat count ${interval[0]} is out of order`);
        i += interval[0].length;
        return [min, max, interval[2] === undefined];
    };
    const atom = (depth) => {
        const c = chars[i++];
        switch (c) {
            case '(': {
                if (depth > 100)
                    throw refuse('groups nested more than 100 deep');
                if (chars[i] === '?') {
                    if (chars[i + 1] === ':')
                        i += 2;
                    else if (chars[i + 1] === '<' && chars[i + 2] !== '=' && chars[i + 2] !== '!') {
                        const close = chars.indexOf('>', i);
                        if (close < 0)
                            throw invalid('an unclosed group name');
                        i = close + 1;
                    }
                    else
                        throw refuse(`a (?${chars[i + 1] ?? ''} group (a lookaround, an option or an atomic group)`);
                }
                const inner = alternation(depth + 1);
                if (chars[i] !== ')')
                    throw invalid('an unclosed (');
                i++;
                return inner;
            }
            case '[':
                return charClass();
            case '.':
                return { t: 'char', test: (code) => code !== 10 };
            case '^':
                return { t: 'assert', kind: 'bol' };
            case '$':
                return { t: 'assert', kind: 'eol' };
            case '*':
            case '+':
            case '?':
            case '{':
                throw invalid(`${c} with nothing before it to repeat`);
            case '\\': {
                const e = chars[i++];
                if (e === undefined)
                    throw invalid('a \\ at the end');
                const shorthand = SHORTHANDS[e];
                if (shorthand)
                    return { t: 'char', test: shorthand };
                const anchor = ANCHORS[e];
                if (anchor)
                    return { t: 'assert', kind: anchor };
                return literal(escaped(e));
            }
            default:
                return literal(c.codePointAt(0));
        }
    };
    const escaped = (e) => {
        const control = CONTROLS[e];
        if (control !== undefined)
            return control;
        if (/^[1-9]$/.test(e) || e === 'k' || e === 'g')
            throw refuse(`a backreference or subexpression call (\\${e})`);
        if (/^[0-9a-z]$/i.test(e))
            throw refuse(`the escape \\${e}`);
        return e.codePointAt(0);
    };
    const literal = (code) => ({ t: 'char', test: (c) => c === code });
    const charClass = () => {
        const negated = chars[i] === '^';
        if (negated)
            i++;
        if (chars[i] === ']')
            throw refuse('a ] first in a character class');
        const ranges = [];
        const shorthands = [];
        for (;;) {
            const c = chars[i++];
            if (c === undefined)
                throw invalid('an unclosed [');
            if (c === ']')
                break;
            if (c === '[')
                throw refuse('a [ inside a character class (a POSIX class or a nested class)');
            if (c === '&' && chars[i] === '&')
                throw refuse('a class intersection (&&)');
            let low;
            if (c === '\\') {
                const e = chars[i++];
                if (e === undefined)
                    throw invalid('a \\ at the end');
                const shorthand = SHORTHANDS[e];
                if (shorthand) {
                    shorthands.push(shorthand);
                    continue;
                }
                low = escaped(e);
            }
            else
                low = c.codePointAt(0);
            let high = low;
            if (chars[i] === '-' && chars[i + 1] !== undefined && chars[i + 1] !== ']') {
                i++;
                let h = chars[i++];
                if (h === '[')
                    throw refuse('a [ inside a character class (a POSIX class or a nested class)');
                if (h === '\\') {
                    const e = chars[i++];
                    if (e === undefined)
                        throw invalid('a \\ at the end');
                    if (SHORTHANDS[e])
                        throw invalid(`a range that ends in \\${e}`);
                    h = String.fromCodePoint(escaped(e));
                }
                high = h.codePointAt(0);
                if (high < low)
                    throw invalid('a character range out of order');
            }
            ranges.push([low, high]);
        }
        const inClass = (code) => ranges.some(([low, high]) => code >= low && code <= high) || shorthands.some((test) => test(code));
        // Outside ASCII (and for \v) a shorthand may mean more to Onigmo than here: a class that
        // holds one matches none of those characters, negated or not.
        const unsure = (code) => (code >= 128 || code === 11) && shorthands.length > 0;
        return { t: 'char', test: negated ? (code) => !unsure(code) && !inClass(code) : (code) => !unsure(code) && inClass(code) };
    };
    const node = alternation(0);
    if (i < chars.length)
        throw invalid('an unmatched )');
    return node;
}
/** Whether `node` can match without reading a character. */
function canMatchEmpty(node) {
    switch (node.t) {
        case 'char':
            return false;
        case 'assert':
            return true;
        case 'seq':
            return node.items.every(canMatchEmpty);
        case 'alt':
            return node.options.some(canMatchEmpty);
        case 'repeat':
            return node.min === 0 || canMatchEmpty(node.node);
    }
}
/**
 * A repeat (more than once) of a part that can match nothing, such as `(?:|a)*` or `(a*)*`:
 * Onigmo leaves such a loop when a round matched nothing, so it may prefer the empty match (and
 * Fluent Bit then routes nothing) where this automaton would read on. Refused, not guessed.
 */
function loopOverEmpty(node) {
    switch (node.t) {
        case 'char':
        case 'assert':
            return false;
        case 'seq':
            return node.items.some(loopOverEmpty);
        case 'alt':
            return node.options.some(loopOverEmpty);
        case 'repeat':
            return (node.max > 1 && canMatchEmpty(node.node)) || loopOverEmpty(node.node);
    }
}
/** How many states `node` compiles to. */
function sizeOf(node) {
    switch (node.t) {
        case 'char':
        case 'assert':
            return 1;
        case 'seq':
            return node.items.reduce((sum, item) => sum + sizeOf(item), 0);
        case 'alt':
            return node.options.reduce((sum, option) => sum + sizeOf(option), 0) + node.options.length - 1;
        case 'repeat': {
            const inner = sizeOf(node.node);
            return node.max === Infinity ? inner * (node.min + 1) + 1 : inner * node.max + (node.max - node.min);
        }
    }
}
/** Compiles `node` so that it continues at state `next`; returns its first state. */
function compile(node, next, states) {
    const add = (state) => states.push(state) - 1;
    switch (node.t) {
        case 'char':
            return add({ type: 'char', test: node.test, out: next });
        case 'assert':
            return add({ type: 'assert', kind: node.kind, out: next });
        case 'seq':
            return node.items.reduceRight((after, item) => compile(item, after, states), next);
        case 'alt': {
            const starts = node.options.map((option) => compile(option, next, states));
            return starts.slice(0, -1).reduceRight((rest, start) => add({ type: 'split', out: start, out2: rest }), starts.at(-1));
        }
        case 'repeat': {
            let current = next;
            // A split's `out` is the thread Onigmo tries first: another round when greedy, going on when lazy.
            const split = (body, after) => add(node.lazy ? { type: 'split', out: after, out2: body } : { type: 'split', out: body, out2: after });
            if (node.max === Infinity) {
                const loop = split(-1, next);
                const body = compile(node.node, loop, states);
                if (node.lazy)
                    states[loop].out2 = body;
                else
                    states[loop].out = body;
                current = loop;
            }
            else {
                for (let k = node.min; k < node.max; k++)
                    current = split(compile(node.node, current, states), next);
            }
            for (let k = 0; k < node.min; k++)
                current = compile(node.node, current, states);
            return current;
        }
    }
}
/**
 * The pattern Onigmo compiles, as flb_regex.c's str_to_regex cuts it: `/pattern/` loses its
 * slashes; `/pattern/opts` (opts of m, i, x and o) sets options, which are not read here; any
 * other pattern is taken as written.
 */
function unwrap(pattern) {
    if (!pattern.startsWith('/'))
        return pattern;
    if (pattern.length === 1)
        return new NotRead('is "/" alone, which Fluent Bit does not read as a pattern');
    const options = pattern.slice(pattern.lastIndexOf('/') + 1);
    if (pattern.lastIndexOf('/') > 0 && /^[imox]+$/.test(options) && /[imx]/.test(options))
        return new NotRead(`ends in /${options}, options which modelgate does not evaluate`);
    return pattern.endsWith('/') ? pattern.slice(1, -1) : pattern;
}
/** A Match_Regex compiled to test tags, or why it is not evaluated. */
function compileTagRegex(pattern) {
    if (pattern.length > MAX_PATTERN_LENGTH)
        return { ok: false, why: `is longer than ${MAX_PATTERN_LENGTH.toLocaleString('en-US')} characters, the most modelgate evaluates` };
    try {
        const source = unwrap(pattern);
        if (source instanceof NotRead)
            throw source;
        const node = parse(source);
        if (loopOverEmpty(node))
            throw new NotRead('repeats a part that can match nothing (as (?:|a)* or (a*)* do), which Onigmo reads its own way; modelgate does not evaluate it');
        const size = sizeOf(node) + 1;
        if (size > MAX_STATES)
            return { ok: false, why: `repeats too much to evaluate (${size > 1e9 ? 'over a billion' : size.toLocaleString('en-US')} states, at most ${MAX_STATES.toLocaleString('en-US')})` };
        const states = [{ type: 'match' }];
        const start = compile(node, 0, states);
        return { ok: true, size: states.length, test: (tag) => run(states, start, tag) };
    }
    catch (error) {
        if (error instanceof NotRead)
            return { ok: false, why: error.message };
        throw error;
    }
}
/**
 * Whether Fluent Bit routes `tag` by this automaton: the match Onigmo finds at the tag's start
 * (threads run in its order of preference, each state once a position, the first to reach the
 * end cutting those after it) is there and not empty.
 */
function run(states, start, tag) {
    const codes = Array.from(tag, (c) => c.codePointAt(0));
    const n = codes.length;
    const seen = new Int32Array(states.length).fill(-1);
    const stack = [];
    let matched = -1;
    const holds = (kind, pos) => {
        switch (kind) {
            case 'start':
                return pos === 0;
            case 'end':
                return pos === n;
            case 'end-nl':
                return pos === n || (pos === n - 1 && codes[pos] === 10);
            case 'bol':
                return pos === 0 || codes[pos - 1] === 10;
            case 'eol':
                return pos === n || codes[pos] === 10;
        }
    };
    /** Adds the threads reachable from `from` without reading a character, preferred first; true when one ends the pattern (those after it are cut). */
    const close = (from, pos, into) => {
        stack.push(from);
        while (stack.length > 0) {
            const index = stack.pop();
            if (seen[index] === pos)
                continue;
            seen[index] = pos;
            const state = states[index];
            if (state.type === 'match') {
                stack.length = 0;
                matched = pos;
                return true;
            }
            if (state.type === 'split')
                stack.push(state.out2, state.out);
            else if (state.type === 'assert') {
                if (holds(state.kind, pos))
                    stack.push(state.out);
            }
            else
                into.push(index);
        }
        return false;
    };
    let current = [];
    close(start, 0, current);
    for (let pos = 0; pos < n && current.length > 0; pos++) {
        const next = [];
        const code = codes[pos];
        for (const index of current) {
            const state = states[index];
            if (state.test(code) && close(state.out, pos + 1, next))
                break;
        }
        current = next;
    }
    return matched > 0;
}

// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
;// CONCATENATED MODULE: ./build/evidence/logging/types.js
/**
 * A shipped logging configuration, normalised: an OpenTelemetry Collector config, a Fluent Bit
 * config (classic .conf or YAML) or our own shape. What each format can show differs: a
 * collector config states its pipelines and destinations but rarely a retention and never
 * which fields the application logs; `cannotShow` says what this file's format cannot show,
 * so the checks fall back to the manifest's declaration for it (which then only supports).
 */

/** What Art. 12(2)/(3) logs must let one reconstruct, as categories of recorded fields. */
const LOG_CATEGORIES = ['timestamp', 'input', 'output', 'model-version', 'operator-action'];
/** The categories this file shows recorded, once each. */
function recordedCategories(config) {
    return new Set(config.recorded.map((entry) => entry.category));
}
const MODEL_VERSION_KEY = /(?:^|[._-])(?:model[._-]?version|service\.version)$/i;
/** Whether an attribute or record key a config sets names the model version (`model.version`, `model_version`, `service.version`). */
const isModelVersionKey = (key) => MODEL_VERSION_KEY.test(key);
/**
 * The device a file destination writes to when it keeps nothing: anything under `/dev/` or
 * `/proc/` (null, zero, the console, a terminal, a file descriptor, shared memory), or a Windows
 * device name in any folder and with any extension (`NUL`, `C:\\logs\\nul.txt`, `CON`,
 * `CONOUT$`). The path is normalised first (`/dev/./null`); POSIX names keep their case outside
 * /dev (a file named `NUL` is a file on Linux, but so rare a name for a log that it counts as the device). Undefined for a file.
 */
function discardingDevice(path) {
    if (typeof path !== 'string')
        return undefined;
    const written = path.trim();
    const posix = (0,posix_.normalize)(written.replace(/\\/g, '/'));
    if (/^\/(?:dev|proc)\/./.test(posix))
        return written;
    // normalize leaves at most one slash at the end.
    const name = (posix.endsWith('/') ? posix.slice(0, -1) : posix).split('/').pop() ?? '';
    if (WINDOWS_DEVICE.test(name))
        return written;
    return undefined;
}
/** Windows' reserved device names: a device in any folder, whatever extension follows. */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9]|conin\$|conout\$)(?:\.[^/]*)?:?$/i;

// EXTERNAL MODULE: ./build/text/sorted.js
var text_sorted = __webpack_require__(549);
;// CONCATENATED MODULE: ./build/evidence/logging/fluent-bit.js






const fluent_bit_SCHEMA = 'fluent-bit-config.schema.json';
/** Outputs that keep nothing: they print, count or drop. */
const NOWHERE = new Set(['stdout', 'null', 'counter', 'flowcounter', 'exit']);
const LOCAL = new Set(['file', 'logrotate']);
/**
 * A key set more than once, as Fluent Bit reads it: `Name` is looked up (the first one counts),
 * while every other key is applied in turn, each overwriting the one before (the last counts:
 * a second `Match` or `Tag` replaces the first).
 */
const first = (plugin, key) => plugin.props.get(key)?.[0];
const last = (plugin, key) => plugin.props.get(key)?.at(-1);
/** Fluent Bit's tag pattern: `*` matches any run of characters. */
function tagMatches(pattern, tag) {
    const parts = pattern.split('*');
    if (parts.length === 1)
        return pattern === tag;
    let from = 0;
    for (const [index, part] of parts.entries()) {
        if (index === 0) {
            if (!tag.startsWith(part))
                return false;
            from = part.length;
        }
        else if (index === parts.length - 1) {
            return tag.length - part.length >= from && tag.endsWith(part);
        }
        else {
            const found = tag.indexOf(part, from);
            if (found < 0)
                return false;
            from = found + part.length;
        }
    }
    return true;
}
/**
 * Work allowed for one config's routing before it is no longer checked: characters of tags
 * scanned by wildcard comparisons, or characters times automaton states for Match_Regex.
 */
const ROUTING_BUDGET = 20_000_000;
/**
 * Whether a Match pattern selects some input tag: exact patterns by lookup, `prefix*` by a binary
 * search of the sorted tags, any other wildcard by comparing every tag; a Match_Regex by running
 * it (tag-regex.ts, no backtracking) over every tag. All within ROUTING_BUDGET for the whole
 * config; past it the answer is 'unchecked', which does not count as routed (a config padded
 * with inputs must not make an unrouted output pass).
 */
function tagRouter(tags) {
    const exact = new Set(tags);
    const sorted = [...tags].sort();
    const cost = tags.reduce((sum, tag) => sum + tag.length + 1, 0);
    let budget = ROUTING_BUDGET;
    const cache = new Map();
    const hasPrefix = (prefix) => {
        const low = (0,text_sorted/* lowerBound */.y)(sorted, prefix);
        return low < sorted.length && sorted[low].startsWith(prefix);
    };
    return {
        match(pattern) {
            const star = pattern.indexOf('*');
            if (star < 0)
                return exact.has(pattern);
            if (star === pattern.length - 1)
                return hasPrefix(pattern.slice(0, -1));
            let found = cache.get(`*${pattern}`);
            if (found === undefined) {
                if (budget < cost)
                    found = 'unchecked';
                else {
                    budget -= cost;
                    found = tags.some((tag) => tagMatches(pattern, tag));
                }
                cache.set(`*${pattern}`, found);
            }
            return found;
        },
        regex(pattern) {
            let found = cache.get(`/${pattern}`);
            if (found === undefined) {
                const compiled = compileTagRegex(pattern);
                if (!compiled.ok)
                    found = { refused: compiled.why };
                else if (budget < cost * compiled.size)
                    found = 'unchecked';
                else {
                    budget -= cost * compiled.size;
                    found = tags.some((tag) => compiled.test(tag));
                }
                cache.set(`/${pattern}`, found);
            }
            return found;
        },
    };
}
/**
 * What Fluent Bit's logrotate output keeps: it rotates its file at Max_Size and then deletes the
 * oldest rotated files past Max_Files, always (0 keeps none); there is no age setting
 * (fluent/fluent-bit plugins/out_logrotate/logrotate.c: max_size 100000000 and max_files 7 by
 * default, cleanup_old_files). So it keeps the current file and Max_Files rotated ones, at most
 * Max_Size each (before gzip), for a time the config does not state. Max_Files is read as atoi
 * reads it; one below 0, or with a `${…}`, is a count the config does not state.
 */
function logrotateBound(plugin) {
    const size = last(plugin, 'max_size');
    const count = last(plugin, 'max_files');
    const max = count && !count.value.includes('${') ? /^\s*([+-]?\d+)/.exec(count.value) : undefined;
    // atoi: no digits is 0; past 9 digits it overflows, to a count no one can tell.
    const kept = !count ? 7 : max ? (max[1].replace(/^[+-]/, '').length > 9 ? undefined : Number(max[1])) : count.value.includes('${') ? undefined : 0;
    const files = kept === undefined || kept < 0 ? undefined : kept + 1;
    const written = (size?.value ?? '100M').trim();
    // The size as written, multiplied in its own unit (Fluent Bit's K, M, G), to say the total.
    const perFile = /^(\d{1,12})([KMG]?)B?$/i.exec(written);
    const keeps = files === undefined
        ? `Max_Files + 1 files of Max_Size ${shown(written)} each`
        : perFile && Number.isSafeInteger(Number(perFile[1]) * files)
            ? `${(Number(perFile[1]) * files).toLocaleString('en-US')}${perFile[2] ? perFile[2].toUpperCase() : ' bytes'} in ${files.toLocaleString('en-US')} file${files === 1 ? '' : 's'}`
            : `${files.toLocaleString('en-US')} file${files === 1 ? '' : 's'} of Max_Size ${shown(written)} each`;
    const source = `${size ? `Max_Size ${shown(size.value)}` : 'Max_Size 100M by default'}, ${count ? `Max_Files ${shown(count.value)}` : 'Max_Files 7 by default'}`;
    return { keeps, source, path: (count ?? first(plugin, 'name')).path };
}
const nonEmpty = (entry) => (entry && entry.value !== '' ? entry : undefined);
const ENV_REPLACED = 'which Fluent Bit replaces with an environment variable of the deployment (empty when unset)';
/** The most characters one value may expand to, and a config's values together, with its variables. */
const MAX_EXPANDED = 4_096;
const EXPANSION_BUDGET = 1_000_000;
/** flb_env_var_translate reads a name of fewer than 4,096 characters between `${` and `}`. */
const MAX_NAME = 4_095;
const settable = (value) => (value === '' || (value.length > 7 && value.startsWith('file://')) ? null : value);
/**
 * A YAML name is read from the parsed document, where a key such as `~`, `0x1F` or `.inf` has
 * already become another text ("null", "31", "Infinity"): only a name that cannot have been
 * changed that way is taken as set.
 */
const YAML_WORDS = new Set(['null', 'true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n', 'infinity', 'nan']);
const plainYamlName = (name) => /^[a-z_]\w*$/i.test(name) && !YAML_WORDS.has(name.toLowerCase());
/** Fluent Bit reads names and values as C strings: a NUL (a YAML "\0") ends them. */
const beforeNul = (text) => {
    const nul = text.indexOf('\0');
    return nul < 0 ? text : text.slice(0, nul);
};
/** The config's variables; undefined when they cannot be told (see envEntries), so none is known. */
function configVariables(value, classic) {
    const variables = new Map();
    if (classic) {
        for (const { name, value: set } of value.variables ?? [])
            variables.set(name, settable(set));
        return variables;
    }
    const entries = envEntries(value);
    if (!entries)
        return undefined;
    for (const entry of entries) {
        const name = beforeNul(entry.name);
        if (!plainYamlName(name))
            continue;
        variables.set(name, entry.uri === undefined && typeof entry.value === 'string' ? settable(beforeNul(entry.value)) : null);
    }
    return variables;
}
/**
 * A value with each `${NAME}` replaced as flb_env_var_translate replaces it: the config's own
 * variables first, each value put in as it is (not read again for `${`). A name the config does
 * not set is the deployment's environment variable; `${NAME:-default}` (read differently by
 * Fluent Bit versions), a `${` without a closing `}` and one that Fluent Bit reads its own way (a
 * `}` before it, `${}`, a name of 4,096 characters or more) are not read either. Each of these
 * makes the value unknown, named by the first `${…}` as written (at most 80 characters of it).
 * The result is bounded by MAX_EXPANDED, and the config's expansions by `budget`.
 */
const TOO_LONG = { ok: false, why: `expands to more than ${MAX_EXPANDED.toLocaleString('en-US')} characters with the config's variables, the most modelgate reads` };
function resolve(written, variables, budget) {
    const value = beforeNul(written);
    if (!value.includes('${'))
        return { ok: true, text: value, substituted: false };
    let text = '';
    let from = 0;
    for (;;) {
        const start = value.indexOf('${', from);
        if (start < 0)
            break;
        // Fluent Bit looks for the `}` from where it is, not from the `${`.
        const close = value.indexOf('}', from);
        const name = close > start + 2 && close - start - 2 <= MAX_NAME ? value.slice(start + 2, close) : undefined;
        const set = name === undefined || name.includes(':-') ? undefined : variables?.get(name);
        if (set === undefined || set === null) {
            const end = value.indexOf('}', start + 2);
            return { ok: false, why: `uses ${shown(end < 0 ? value.slice(start) : value.slice(start, end + 1))}, ${ENV_REPLACED}` };
        }
        if (budget.left < set.length)
            return { ok: false, why: `was not expanded: the config's variables expand to more than ${EXPANSION_BUDGET.toLocaleString('en-US')} characters in all, the most modelgate expands` };
        budget.left -= set.length;
        text += value.slice(from, start) + set;
        if (text.length > MAX_EXPANDED)
            return TOO_LONG;
        from = close + 1;
    }
    text += value.slice(from);
    if (text.length > MAX_EXPANDED)
        return TOO_LONG;
    return { ok: true, text, substituted: true };
}
function classicPlugins(value) {
    const plugins = [];
    value.sections.forEach((section, index) => {
        const kind = { INPUT: 'input', FILTER: 'filter', OUTPUT: 'output' }[section.name];
        if (!kind)
            return;
        const props = new Map();
        section.entries.forEach((entry, e) => {
            const key = entry.key.toLowerCase();
            // Appended in place: copying the list for each repeated key made a section of n `Record`
            // lines quadratic (50,000 of them took two minutes).
            const values = props.get(key);
            const value = { value: entry.value, path: ['sections', index, 'entries', e] };
            if (values)
                values.push(value);
            else
                props.set(key, [value]);
        });
        plugins.push({ kind, props, path: ['sections', index] });
    });
    return plugins;
}
/** Filters that register an emitter input of their own (flb_filter's emitters). */
const EMITTING_FILTERS = new Set(['rewrite_tag', 'multiline', 'log_to_metrics']);
/** Whether the config has a [CUSTOM] section (classic) or `customs:` (YAML), which start instances of their own. */
function hasCustomSection(value, classic) {
    if (classic)
        return value.sections.some((section) => section.name === 'CUSTOM');
    const record = value;
    const pipeline = record.pipeline;
    return record.customs !== undefined || pipeline?.customs !== undefined;
}
/** The keys modelgate reads from a plugin; the first four route, and their values are checked. */
const ROUTING_KEYS = new Set(['name', 'tag', 'match', 'match_regex']);
const READ_KEYS = new Set([...ROUTING_KEYS, 'record', 'add', 'set']);
/**
 * The property a YAML plugin key sets, as Fluent Bit reads it: flb_cf_key_translate
 * (flb_config_format.c) keeps a key that does not start with a lower-case letter, lower-cases one
 * with a `_`, and turns any other into snake_case (`mAtch` is `m_atch`, `matchRegex`
 * `match_regex`); flb_cf_section_property_add then trims it (flb_sds_trim), and plugins compare
 * property names without case (prop_key_check, cfl_kvlist_fetch).
 */
function yamlPropertyName(key) {
    let translated = key;
    if (/^[a-z]/.test(key))
        translated = key.includes('_') ? asciiLower(key) : asciiLower(key.replace(/(?<=.)[A-Z]/g, (c) => `_${c}`));
    return asciiLower(trimSpace(translated));
}
/**
 * The plugins of a YAML config, each property in the order written (Fluent Bit keeps every key
 * in a list and sets them in turn). A key of one of READ_KEYS that Fluent Bit reads as another
 * property (`mAtch`, ` match`, `matchRegex`), a key or value Fluent Bit refuses (empty or only
 * spaces, flb_cf_section_property_add), and a value of one of READ_KEYS whose text as Fluent Bit
 * reads it is not known (not text once parsed, or spaces around it, which Fluent Bit trims)
 * make the config one modelgate does not evaluate: reading it its own way could route what
 * Fluent Bit does not.
 */
function yamlPlugins(value) {
    const pipeline = value.pipeline;
    const plugins = [];
    for (const [list, kind] of [['inputs', 'input'], ['filters', 'filter'], ['outputs', 'output']]) {
        const items = Array.isArray(pipeline[list]) ? pipeline[list] : [];
        for (const [index, item] of items.entries()) {
            if (!(0,adapter/* isRecord */.u4)(item))
                continue;
            const props = new Map();
            for (const [key, raw] of Object.entries(item)) {
                const path = ['pipeline', list, index, key];
                const property = yamlPropertyName(key);
                const written = asciiLower(key);
                if (property === '')
                    return { refused: `${kind === 'filter' ? 'a' : 'an'} ${kind} key that is empty or only spaces (${JSON.stringify(shown(key))}): Fluent Bit refuses to load this config`, path };
                if (typeof raw === 'string' && raw !== '' && trimSpace(raw) === '')
                    return { refused: `the ${kind} key ${shown(key)} has only spaces for its value: Fluent Bit refuses to load this config`, path };
                if (property !== written && (READ_KEYS.has(written) || READ_KEYS.has(property))) {
                    return {
                        refused: READ_KEYS.has(property)
                            ? `Fluent Bit reads the ${kind} key ${JSON.stringify(shown(key))} as ${property}, which modelgate does not read written that way, so the config is not evaluated; write ${property}`
                            : `Fluent Bit reads the ${kind} key ${shown(key)} as ${property}, not ${written} (a camelCase YAML key becomes snake_case), a property the plugin does not have: Fluent Bit refuses to load this config; write ${written}`,
                        path,
                    };
                }
                // An input's routes (conditional routing: flb_router_config.c) become its direct routes,
                // which flb_task.c follows instead of matching its tag: a Match that selects the tag does
                // not route it. modelgate does not model them, so it does not evaluate the config.
                if (property === 'routes')
                    return { refused: `the ${kind} key ${shown(key)} sets Fluent Bit's conditional routing, which sends records by its routes and not by Match; modelgate does not model it, so the config is not evaluated`, path };
                const values = Array.isArray(raw) ? raw : [raw];
                if (ROUTING_KEYS.has(property)) {
                    for (const [i, v] of values.entries()) {
                        const at = Array.isArray(raw) ? [...path, i] : path;
                        if (typeof v !== 'string')
                            return { refused: `the ${kind} key ${shown(key)} has a value that is not text once YAML reads it (${shown(JSON.stringify(v) ?? String(v))}), so the text Fluent Bit reads is not known; quote it`, path: at };
                        if (!Array.isArray(raw) && v !== trimSpace(v))
                            return { refused: `the ${kind} key ${shown(key)} has spaces around its value, which Fluent Bit trims; modelgate does not evaluate the config; write the value without them`, path: at };
                    }
                }
                const entries = values.map((v, i) => ({ value: typeof v === 'string' ? v : JSON.stringify(v) ?? '', path: Array.isArray(raw) ? [...path, i] : path }));
                const before = props.get(property);
                if (before)
                    before.push(...entries);
                else
                    props.set(property, entries);
            }
            plugins.push({ kind, props, path: ['pipeline', list, index] });
        }
    }
    return plugins;
}
const fluentBitConfig = {
    format: 'fluent-bit',
    schema: fluent_bit_SCHEMA,
    detect: (value) => ((0,adapter/* isRecord */.u4)(value) && value.fluentBitClassic === true) || ((0,adapter/* isRecord */.u4)(value) && (0,adapter/* isRecord */.u4)(value.pipeline) && (Array.isArray(value.pipeline.inputs) || Array.isArray(value.pipeline.outputs))),
    normalise(doc) {
        const classic = (0,adapter/* isRecord */.u4)(doc.value) && doc.value.fluentBitClassic === true;
        if (!classic) {
            const alias = firstYamlAlias(doc);
            if (alias) {
                return { ok: false, problem: { message: `${alias.at.file}: an alias (*${shown(alias.name)}), which Fluent Bit's YAML reader does not take: Fluent Bit refuses to load this config; write the value out`, at: alias.at } };
            }
            const sections = yamlSectionRefusal(doc);
            if (sections)
                return { ok: false, problem: sections };
            const problem = (0,adapter/* schemaProblem */.Zg)(fluent_bit_SCHEMA, doc, 'Fluent Bit config');
            if (problem)
                return { ok: false, problem };
        }
        const read = classic ? classicPlugins(doc.value) : yamlPlugins(doc.value);
        if (!Array.isArray(read)) {
            const where = (0,adapter.at)(doc, read.path);
            return { ok: false, problem: { message: `${where.file}: ${read.refused}`, at: where } };
        }
        const plugins = read;
        const config = { format: 'fluent-bit', file: doc.file, pipelines: [], recorded: [], cannotShow: ['input', 'output', 'operator-action'], problems: [], volumeBound: [] };
        const variables = configVariables(doc.value, classic);
        const budget = { left: EXPANSION_BUDGET };
        const inputs = plugins.filter((p) => p.kind === 'input');
        const inputTags = inputs.map((input, index) => {
            // An empty Tag is none; the default is the plugin's registered (lower-case) name and its number.
            const written = last(input, 'tag')?.value || `${(first(input, 'name')?.value ?? 'input').toLowerCase()}.${index}`;
            return { input, written, tag: resolve(written, variables, budget) };
        });
        // A tag that uses a variable the config does not set is the deployment's to decide: no Match is taken to select it.
        const unknownTag = inputTags.find(({ tag }) => !tag.ok);
        const tags = [...new Set(inputTags.flatMap(({ tag }) => (tag.ok ? [tag.text] : [])))];
        const unknownNote = unknownTag && !unknownTag.tag.ok ? `; the Tag ${shown(unknownTag.written)} of the ${shown(first(unknownTag.input, 'name')?.value ?? '')} input ${unknownTag.tag.why}, so it is not counted` : '';
        const router = tagRouter(tags);
        // flb_router_io_set's "1:1" setup: with one input and one output, an output with neither
        // Match nor Match_Regex is given Match * (whatever the input's tag), so its records flow.
        // Fluent Bit counts the instances it runs, not the sections written: a filter that emits
        // records (rewrite_tag, multiline, log_to_metrics) adds an input, and a [CUSTOM] section
        // (calyptia) adds inputs and outputs; with any of them the setup is not 1:1.
        const addsInstances = plugins.some((p) => p.kind === 'filter' && EMITTING_FILTERS.has((first(p, 'name')?.value ?? '').trim().toLowerCase())) || hasCustomSection(doc.value, classic);
        const oneToOne = !addsInstances && inputs.length === 1 && plugins.filter((p) => p.kind === 'output').length === 1;
        for (const plugin of plugins) {
            const name = first(plugin, 'name');
            if (!name) {
                config.problems.push({ message: `${doc.file}: a Fluent Bit ${plugin.kind} has no Name`, at: (0,adapter.at)(doc, plugin.path) });
                continue;
            }
            if (plugin.kind !== 'output')
                continue;
            // An empty Match or Match_Regex selects nothing (Fluent Bit leaves it unset).
            const match = nonEmpty(last(plugin, 'match'));
            const matchRegex = nonEmpty(last(plugin, 'match_regex'));
            const type = resolve(name.value, variables, budget);
            const outputName = shown(type.ok && type.substituted ? type.text : name.value);
            if (!type.ok) {
                config.problems.push({ message: `${doc.file}: the ${outputName} output's Name ${type.why}, so it is not counted as routed`, at: (0,adapter.at)(doc, name.path) });
                continue;
            }
            // Fluent Bit (flb_router.c, router_match) routes a tag that Match_Regex selects, else one
            // that Match selects: the output is routed when either does. One that uses a variable the
            // config does not set selects nothing here. When neither routes, the finding is about the
            // first (Match_Regex).
            const selectors = [
                ...(matchRegex ? [{ key: 'Match_Regex', entry: matchRegex }] : []),
                ...(match ? [{ key: 'Match', entry: match }] : []),
            ].map((selector) => {
                const pattern = resolve(selector.entry.value, variables, budget);
                const routed = !pattern.ok ? false : selector.key === 'Match' ? router.match(pattern.text) : router.regex(pattern.text);
                const written = `${selector.key} ${shown(selector.entry.value)}${pattern.ok && pattern.substituted ? `, read as ${shown(pattern.text)}` : ''}`;
                return { ...selector, pattern, routed, written };
            });
            const routedOneToOne = oneToOne && selectors.length === 0;
            if (!routedOneToOne && !selectors.some((selector) => selector.routed === true)) {
                const by = selectors[0];
                const written = by?.written ?? '';
                const why = by && !by.pattern.ok
                    ? `'s ${written} ${by.pattern.why}, so it is not counted as routed`
                    : typeof by?.routed === 'object'
                        ? `'s ${written} ${by.routed.refused}, so it is not counted as routed`
                        : by?.routed === 'unchecked'
                            ? ` was not checked against the ${tags.length} input tags (${written}: too many ${by.key === 'Match' ? 'wildcard comparisons' : 'regular expression steps'}), so it is not counted as routed`
                            : by
                                ? ` matches no input's tag (${written})${unknownNote}`
                                : ' has no Match, so Fluent Bit routes nothing to it (only a config of one input and one output routes an output without one)';
                config.problems.push({ message: `${doc.file}: the ${outputName} output${why}`, at: (0,adapter.at)(doc, (by?.entry ?? name).path) });
                continue;
            }
            // Fluent Bit reads `stdout://host` as the stdout plugin (check_protocol).
            const pluginType = type.text.split('://')[0].toLowerCase();
            // The file output writes `File` under `Path`: Path /dev with File null is /dev/null, which keeps nothing.
            const file = pluginType === 'file' ? last(plugin, 'file') : undefined;
            const device = file ? discardingDevice(`${last(plugin, 'path')?.value ?? '.'}/${file.value}`) ?? discardingDevice(file.value) : undefined;
            const kind = NOWHERE.has(pluginType) || device ? 'none' : LOCAL.has(pluginType) ? 'file' : 'remote';
            const destination = device && file ? { name: `${outputName} (to ${device})`, kind, at: (0,adapter.at)(doc, file.path) } : { name: outputName, kind, at: (0,adapter.at)(doc, name.path) };
            config.pipelines.push({ name: outputName, at: (0,adapter.at)(doc, plugin.path), destinations: [destination] });
            if (pluginType === 'logrotate') {
                const bound = logrotateBound(plugin);
                config.volumeBound.push({ destination: `output ${outputName}`, keeps: bound.keeps, source: bound.source, at: (0,adapter.at)(doc, bound.path) });
            }
        }
        // The file output appends and deletes nothing, so how long its files are kept is the deployment's.
        if (config.volumeBound.length === 0)
            config.cannotShow.unshift('retention');
        if (inputs.length > 0)
            config.recorded.push({ category: 'timestamp', source: 'every Fluent Bit record carries its event time', at: (0,adapter.at)(doc, inputs[0].path) });
        // A filter that adds a model-version key to every record (record_modifier `Record k v`, modify `Add|Set k v`).
        for (const filter of plugins.filter((p) => p.kind === 'filter')) {
            for (const key of ['record', 'add', 'set']) {
                for (const entry of filter.props.get(key) ?? []) {
                    const field = entry.value.split(/\s+/)[0] ?? '';
                    if (isModelVersionKey(field))
                        config.recorded.push({ category: 'model-version', source: `filter ${first(filter, 'name')?.value ?? ''} sets ${field}`, at: (0,adapter.at)(doc, entry.path) });
                }
            }
        }
        if (!config.recorded.some((r) => r.category === 'model-version'))
            config.cannotShow.push('model-version');
        return { ok: true, value: config };
    },
};

;// CONCATENATED MODULE: ./build/evidence/logging/modelgate.js

const logging_modelgate_SCHEMA = 'logging-config.schema.json';
/** A field's `records` as the category it counts for (a reference to the input counts as the input). */
const CATEGORY = {
    timestamp: 'timestamp',
    input: 'input',
    'input-reference': 'input',
    output: 'output',
    'output-reference': 'output',
    'model-version': 'model-version',
    'operator-action': 'operator-action',
};
const modelgateLogging = {
    format: 'modelgate',
    schema: logging_modelgate_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && value.schema === 'modelgate/logging@1',
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(logging_modelgate_SCHEMA, doc, 'logging declaration');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const config = {
            format: 'modelgate',
            file: doc.file,
            pipelines: [],
            recorded: [],
            enabled: { value: raw.enabled, at: (0,adapter.at)(doc, ['enabled']) },
            events: raw.events.map((event, index) => ({ value: event.name, at: (0,adapter.at)(doc, ['events', index, 'name']) })),
            cannotShow: [],
            problems: [],
            volumeBound: [],
        };
        if (raw.store) {
            config.pipelines.push({
                name: 'events',
                at: (0,adapter.at)(doc, ['store']),
                destinations: [{ name: raw.store.location ?? raw.store.type, kind: raw.store.type, at: (0,adapter.at)(doc, ['store', 'type']) }],
            });
        }
        if (raw.retentionDays !== undefined)
            config.retention = { value: raw.retentionDays, at: (0,adapter.at)(doc, ['retentionDays']), source: 'retentionDays' };
        else
            config.cannotShow.push('retention');
        raw.events.forEach((event, e) => event.fields.forEach((field, f) => {
            const category = field.records ? CATEGORY[field.records] : undefined;
            if (category)
                config.recorded.push({ category, source: `${event.name}.${field.name}`, at: (0,adapter.at)(doc, ['events', e, 'fields', f, 'records']) });
        }));
        return { ok: true, value: config };
    },
};

;// CONCATENATED MODULE: ./build/evidence/logging/otel-collector.js
/**
 * An OpenTelemetry Collector config (open-telemetry/opentelemetry-collector
 * otelcol/testdata/otelcol-nop.yaml): `receivers`, `processors`, `exporters`, `connectors` by
 * component id (`type` or `type/name`), and `service.pipelines` whose `logs` or `logs/<name>`
 * entries list them. A pipeline naming a component that is not defined is refused by the
 * collector, so it is a problem here too.
 *
 * What it can show: the log pipelines and where each sends records; a timestamp (every OTLP log
 * record has Timestamp and ObservedTimestamp); a model version when a `resource` (`attributes`), `attributes` (`actions`)
 * or `transform` processor of the pipeline sets one; a retention only where an exporter states it:
 * the file exporter's `rotation.max_days` (opentelemetry-collector-contrib
 * exporter/fileexporter/testdata/config.yaml), awscloudwatchlogs' `log_retention` (days),
 * clickhouse's `ttl` (a Go duration); and a file exporter whose rotation deletes by count with no
 * max_days, which keeps logs for a time bounded by their volume (volumeBound). Which business fields the application writes (inputs,
 * outputs, operator actions) is not in a collector config.
 */



const otel_collector_SCHEMA = 'otel-collector-config.schema.json';
/** Exporters that keep nothing. */
const otel_collector_NOWHERE = new Set(['debug', 'logging', 'nop']);
const otel_collector_LOCAL = new Set(['file']);
const typeOf = (id) => id.split('/')[0] ?? id;
/** Where the key that ends `path` is written: a `rotation:` block at its name, not at its first entry. */
const atKey = (doc, path) => (0,source_doc/* lazyLocation */.QT)(doc.fileOf?.(path) ?? doc.file, () => (doc.locateKey ?? doc.locate).call(doc, path));
/** Days in a Go duration made of hours, minutes and seconds (`4380h`, `720h0m0s`), if it is one. */
function goDurationDays(text) {
    const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text.trim());
    if (!match || text.trim() === '')
        return undefined;
    const [, h = '0', m = '0', s = '0'] = match;
    return (Number(h) * 3600 + Number(m) * 60 + Number(s)) / 86400;
}
/** The retention an exporter's settings state, in days, and the path of the setting. */
function statedRetention(type, settings) {
    if (!(0,adapter/* isRecord */.u4)(settings))
        return undefined;
    if (type === 'file' && (0,adapter/* isRecord */.u4)(settings.rotation) && typeof settings.rotation.max_days === 'number' && settings.rotation.max_days > 0) {
        return { days: settings.rotation.max_days, path: ['rotation', 'max_days'], source: 'rotation.max_days' };
    }
    if (type === 'awscloudwatchlogs' && typeof settings.log_retention === 'number' && settings.log_retention > 0) {
        return { days: settings.log_retention, path: ['log_retention'], source: 'log_retention' };
    }
    if (type === 'clickhouse' && typeof settings.ttl === 'string') {
        const days = goDurationDays(settings.ttl);
        if (days !== undefined && days > 0)
            return { days, path: ['ttl'], source: 'ttl' };
    }
    return undefined;
}
/**
 * How much a file exporter keeps when its rotation deletes old files by count and states no age
 * (undefined when it deletes none, or by age). Read as opentelemetry-collector-contrib
 * exporter/fileexporter does (README.md, factory.go, config.go): it rotates only when `rotation`
 * is present (`rotation:` or `rotation: {}` takes the defaults), with max_megabytes 100, max_days none and
 * max_backups 100 by default, and hands them to lumberjack (timberjack since), where 0 is the
 * default size, no age limit and no count limit. So with max_backups above 0 it keeps the current
 * file and max_backups rotated ones, at most max_megabytes each. A value that is not a number
 * (an `${env:…}` the deployment sets) still bounds it, by an amount the config does not state.
 */
function volumeBound(settings) {
    if (!(0,adapter/* isRecord */.u4)(settings) || !Object.hasOwn(settings, 'rotation'))
        return undefined;
    const rotation = (0,adapter/* isRecord */.u4)(settings.rotation) ? settings.rotation : {};
    // A stated age is judged as the retention (statedRetention); a count below it is not (yet).
    if (typeof rotation.max_days === 'number' && rotation.max_days > 0)
        return undefined;
    // max_backups 0 (or below) is no count limit in lumberjack: every file is kept.
    if (typeof rotation.max_backups === 'number' && rotation.max_backups <= 0)
        return undefined;
    // Left out (or null), each takes its default; max_megabytes 0 is lumberjack's default too.
    const setting = (key, fallback) => {
        const value = rotation[key];
        if (value === undefined || value === null || value === 0)
            return { n: fallback, text: `rotation.${key} ${fallback} by default` };
        if (typeof value === 'number' && Number.isInteger(value) && value > 0)
            return { n: value, text: `rotation.${key} ${value}` };
        return { n: undefined, text: `rotation.${key} ${typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value) : typeof value === 'number' ? value : 'that is not a number'}` };
    };
    const backups = setting('max_backups', 100);
    const megabytes = setting('max_megabytes', 100);
    const files = backups.n === undefined ? undefined : backups.n + 1;
    const total = files !== undefined && megabytes.n !== undefined ? megabytes.n * files : undefined;
    const keeps = files !== undefined && total !== undefined && Number.isSafeInteger(total)
        ? `${total.toLocaleString('en-US')} MB in ${files.toLocaleString('en-US')} files`
        : `max_megabytes × (max_backups + 1) MB, in max_backups + 1 files`;
    const path = (0,adapter/* isRecord */.u4)(settings.rotation) && Object.hasOwn(settings.rotation, 'max_backups') ? ['rotation', 'max_backups'] : ['rotation'];
    return { keeps, source: `${megabytes.text}, ${backups.text}`, path };
}
/** The attribute keys a processor sets: `attributes[].key` (resource), `actions[].key` (attributes) or `set(attributes["k"], …)` in transform statements. */
function keysSet(type, settings) {
    if (!(0,adapter/* isRecord */.u4)(settings))
        return [];
    // The resource processor lists them under `attributes`, the attributes processor under `actions`.
    const list = type === 'resource' ? 'attributes' : type === 'attributes' ? 'actions' : undefined;
    const actions = list ? settings[list] : undefined;
    if (list && Array.isArray(actions)) {
        return actions.flatMap((action, index) => (0,adapter/* isRecord */.u4)(action) && typeof action.key === 'string' && typeof action.action === 'string' && ['insert', 'upsert', 'update'].includes(action.action)
            ? [{ key: action.key, path: [list, index, 'key'] }]
            : []);
    }
    if (type === 'transform' && Array.isArray(settings.log_statements)) {
        const found = [];
        settings.log_statements.forEach((group, g) => {
            const statements = (0,adapter/* isRecord */.u4)(group) && Array.isArray(group.statements) ? group.statements : typeof group === 'string' ? [group] : [];
            statements.forEach((statement, s) => {
                if (typeof statement !== 'string')
                    return;
                for (const match of statement.matchAll(/set\(\s*(?:resource\.)?attributes\["([^"\]]{1,200})"\]/g)) {
                    found.push({ key: match[1], path: (0,adapter/* isRecord */.u4)(group) ? ['log_statements', g, 'statements', s] : ['log_statements', g] });
                }
            });
        });
        return found;
    }
    return [];
}
const otelCollectorConfig = {
    format: 'otel-collector',
    schema: otel_collector_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && (0,adapter/* isRecord */.u4)(value.service) && (0,adapter/* isRecord */.u4)(value.service.pipelines) && ((0,adapter/* isRecord */.u4)(value.exporters) || (0,adapter/* isRecord */.u4)(value.receivers)),
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(otel_collector_SCHEMA, doc, 'OpenTelemetry Collector config');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const config = { format: 'otel-collector', file: doc.file, pipelines: [], recorded: [], cannotShow: ['input', 'output', 'operator-action'], problems: [], volumeBound: [] };
        // Each exporter once, however many logs pipelines name it.
        const bounded = new Map();
        let shortest;
        for (const [name, pipeline] of Object.entries(raw.service.pipelines)) {
            if (typeOf(name) !== 'logs' || !(0,adapter/* isRecord */.u4)(pipeline))
                continue;
            const base = ['service', 'pipelines', name];
            const defined = (section, id) => (0,adapter/* isRecord */.u4)(raw[section]) && Object.hasOwn(raw[section], id);
            const ids = (list) => (Array.isArray(pipeline[list]) ? pipeline[list] : []).map((id, index) => ({ id: (0,source_doc/* asText */.e1)(id), path: [...base, list, index] }));
            const undefinedIn = (list, sections) => {
                for (const { id, path } of ids(list)) {
                    if (!sections.some((section) => defined(section, id)))
                        config.problems.push({ message: `${doc.file}: pipeline ${name} names ${list.replace(/s$/, '')} ${id}, which is not defined`, at: (0,adapter.at)(doc, path) });
                }
            };
            undefinedIn('receivers', ['receivers', 'connectors']);
            undefinedIn('processors', ['processors']);
            undefinedIn('exporters', ['exporters', 'connectors']);
            const destinations = ids('exporters')
                .filter(({ id }) => defined('exporters', id))
                .map(({ id, path }) => {
                const type = typeOf(id);
                // A file exporter writing to /dev/null keeps nothing, whatever its type says.
                const device = otel_collector_LOCAL.has(type) ? discardingDevice(raw.exporters?.[id]?.path) : undefined;
                const kind = otel_collector_NOWHERE.has(type) || device ? 'none' : otel_collector_LOCAL.has(type) ? 'file' : 'remote';
                const retention = statedRetention(type, raw.exporters?.[id]);
                if (retention && (!shortest || retention.days < shortest.days)) {
                    shortest = { days: retention.days, at: (0,adapter.at)(doc, ['exporters', id, ...retention.path]), source: `exporter ${id} ${retention.source}` };
                }
                const bound = kind === 'file' && !bounded.has(id) ? volumeBound(raw.exporters?.[id]) : undefined;
                if (bound)
                    bounded.set(id, { destination: `exporter ${id}`, keeps: bound.keeps, source: bound.source, at: atKey(doc, ['exporters', id, ...bound.path]) });
                return device ? { name: `${id} (path ${device})`, kind, at: (0,adapter.at)(doc, ['exporters', id, 'path']) } : { name: id, kind, at: (0,adapter.at)(doc, path) };
            });
            config.pipelines.push({ name, at: (0,adapter.at)(doc, base), destinations });
            config.recorded.push({ category: 'timestamp', source: 'every OTLP log record carries Timestamp and ObservedTimestamp', at: (0,adapter.at)(doc, base) });
            for (const { id } of ids('processors')) {
                for (const { key, path } of keysSet(typeOf(id), raw.processors?.[id])) {
                    if (isModelVersionKey(key))
                        config.recorded.push({ category: 'model-version', source: `processor ${id} sets ${key}`, at: (0,adapter.at)(doc, ['processors', id, ...path]) });
                }
            }
        }
        if (shortest)
            config.retention = { value: shortest.days, at: shortest.at, source: shortest.source };
        config.volumeBound = [...bounded.values()];
        if (!shortest && bounded.size === 0)
            config.cannotShow.push('retention');
        if (!config.recorded.some((r) => r.category === 'model-version'))
            config.cannotShow.push('model-version');
        return { ok: true, value: config };
    },
};

;// CONCATENATED MODULE: ./build/evidence/logging/formats.js





const loggingConfigs = {
    id: 'logging',
    what: 'logging config',
    adapters: [modelgateLogging, otelCollectorConfig, fluentBitConfig],
    parse: (file, text) => (file.toLowerCase().endsWith('.conf') || looksClassic(text) ? parseFluentBitClassic(text, file) : undefined),
    extensions: ['conf'],
    // A classic config's @INCLUDEs, or a YAML config's includes: (each function reads only its own form).
    includes: (doc) => [...classicIncludes(doc), ...yamlIncludes(doc)],
    merge: (doc, included) => (classicIncludes(doc).length > 0 ? mergeClassic(doc, included) : mergeYaml(doc, included)),
};

;// CONCATENATED MODULE: ./build/evidence/logging/checks.js



function checks_entriesOf(logging) {
    const configs = logging && typeof logging === 'object' ? logging.configs : undefined;
    return Array.isArray(configs) ? configs.filter((entry) => Boolean(entry) && typeof entry === 'object') : [];
}
function loadConfig(system, entry) {
    if (typeof entry.path !== 'string' || entry.path.trim() === '')
        return undefined;
    return system.evidence.evidence(loggingConfigs, entry.path, typeof entry.format === 'string' ? entry.format : undefined);
}
/** The cited configs that could be read (the others are logging/config-readable's findings). */
function readableConfigs(system, logging) {
    return checks_entriesOf(logging).flatMap((entry) => {
        const config = loadConfig(system, entry);
        return config?.ok ? [config.value] : [];
    });
}
const FORMAT_NAME = { 'otel-collector': 'an OpenTelemetry Collector config', 'fluent-bit': 'a Fluent Bit config', modelgate: 'a modelgate logging declaration' };
const formatName = (format) => FORMAT_NAME[format] ?? format;
const checks_noOptions = { type: 'object', additionalProperties: false };
const noConfig = { skip: 'no logging config is cited (monitoring.logging.configs)' };
const loggingConfigReadable = (0,check/* defineFunction */.Oh)({
    name: 'logging-config-readable',
    description: 'A cited logging config exists, parses, is in a supported format, and every component its pipelines name is defined and routed.',
    optionsSchema: checks_noOptions,
    check({ target, targetPath, system }) {
        const entry = (target && typeof target === 'object' ? target : {});
        const config = loadConfig(system, entry);
        if (!config)
            return [{ message: 'the logging config entry has no path', path: targetPath }];
        if (!config.ok)
            return [(0,check/* unusableEvidence */.rI)(config.problem, [...targetPath, 'path'])];
        return config.value.problems.map((problem) => ({ message: problem.message, at: problem.at }));
    },
});
const loggingPipeline = (0,check/* defineFunction */.Oh)({
    name: 'logging-pipeline',
    description: 'The cited logging configs have a logs pipeline that sends records to a destination that keeps them (a file or a log backend, not stdout or a debug exporter).',
    optionsSchema: checks_noOptions,
    check({ target, system }) {
        const configs = readableConfigs(system, target);
        if (configs.length === 0)
            return noConfig;
        // Our declaration without a `store` says nothing about where logs go.
        const showing = configs.filter((config) => config.format !== 'modelgate' || config.pipelines.length > 0);
        if (showing.length === 0)
            return { skip: 'the cited logging declaration does not say where logs are stored (store)' };
        if (showing.some((config) => config.pipelines.some((pipeline) => pipeline.destinations.some((d) => d.kind !== 'none'))))
            return [];
        return showing.map((config) => {
            const pipeline = config.pipelines[0];
            if (!pipeline) {
                // Why the config's outputs are not routed, where logging/config-readable says so.
                const why = config.problems[0];
                if (why)
                    return { message: `${config.file} has no logs pipeline, so no log record is kept: ${why.message.startsWith(`${config.file}: `) ? why.message.slice(config.file.length + 2) : why.message}`, at: why.at };
                return { message: `${config.file} has no logs pipeline, so no log record is kept`, at: { file: config.file, line: 1, column: 1 } };
            }
            // Each destination once: a config of many printing outputs is not a message of many names.
            const names = [...new Set(config.pipelines.flatMap((p) => p.destinations.map((d) => d.name)))];
            return {
                message: `${config.file}: the logs ${names.length === 0 ? 'pipeline has no destination' : `go only to ${names.join(', ')}, which keep${names.length === 1 ? 's' : ''} nothing`}; send them to a file or a log backend`,
                at: pipeline.destinations[0]?.at ?? pipeline.at,
            };
        });
    },
});
/** How to keep logs for a stated time instead of a volume, in each format's own settings. */
const KEEP_BY_TIME = {
    'otel-collector': (minDays) => `set rotation.max_backups: 0 and rotation.max_days: ${minDays} or more`,
    'fluent-bit': (minDays) => `write the logs with the file output, which deletes nothing, and keep its files at least ${minDays} days`,
};
/** A destination's volume-bounded retention, as the start of a finding: what it keeps and why that is no time. */
const boundedByVolume = (config, bound) => `${config.file}: ${bound.destination} keeps at most ${bound.keeps} (${bound.source}), deleting the oldest by count, so its retention is bounded by volume, not time, and may be hours`;
const loggingRetention = (0,check/* defineFunction */.Oh)({
    name: 'logging-retention',
    description: 'Where a cited logging config states how long logs are kept, it is at least `minDays` days; a destination that deletes its oldest files by count, stating no age, keeps them for no stated time and fails.',
    optionsSchema: { type: 'object', required: ['minDays'], additionalProperties: false, properties: { minDays: { type: 'number', minimum: 0 } } },
    check({ target, options, system }) {
        const configs = readableConfigs(system, target);
        if (configs.length === 0)
            return noConfig;
        const stated = configs.filter((config) => config.retention !== undefined || config.volumeBound.length > 0);
        if (stated.length === 0) {
            return { skip: `the cited logging configs state no retention (${[...new Set(configs.map((c) => formatName(c.format)))].join(', ')} cannot, unless an exporter sets one); monitoring/event-logging checks the manifest's retentionDays` };
        }
        return stated.flatMap((config) => {
            const retention = config.retention;
            const fix = KEEP_BY_TIME[config.format]?.(options.minDays);
            return [
                ...(retention && retention.value < options.minDays
                    ? [{ message: `${config.file} keeps logs ${days(retention.value)} (${retention.source}), fewer than the ${options.minDays} required`, at: retention.at }]
                    : []),
                ...config.volumeBound.map((bound) => ({
                    message: `${boundedByVolume(config, bound)}; ${fix ? `${fix}, or ` : ''}send the logs to durable storage that keeps them at least ${options.minDays} days and cite its config`,
                    at: bound.at,
                })),
            ];
        });
    },
});
const days = (n) => `${Number.isInteger(n) ? n : n.toFixed(1)} day${n === 1 ? '' : 's'}`;
const loggingAgrees = (0,check/* defineFunction */.Oh)({
    name: 'logging-agrees',
    description: "The manifest's monitoring.logging (`enabled`, `retentionDays`, `events`) says what the cited logging configs say.",
    optionsSchema: checks_noOptions,
    check({ target, targetPath, system }) {
        const configs = readableConfigs(system, target);
        if (configs.length === 0)
            return noConfig;
        const logging = (target ?? {});
        const failures = [];
        const keeps = configs.some((config) => config.pipelines.some((p) => p.destinations.some((d) => d.kind !== 'none')));
        for (const config of configs) {
            if (config.enabled && logging.enabled !== undefined && config.enabled.value !== logging.enabled) {
                failures.push({ message: `${config.file} says enabled: ${config.enabled.value}, the manifest's monitoring.logging.enabled ${logging.enabled}`, at: config.enabled.at });
            }
            if (config.retention && typeof logging.retentionDays === 'number' && config.retention.value !== logging.retentionDays) {
                failures.push({
                    message: `${config.file} keeps logs ${days(config.retention.value)} (${config.retention.source}), but the manifest declares retentionDays: ${logging.retentionDays}`,
                    at: config.retention.at,
                });
            }
            // A volume keeps logs for no number of days, so it shows none the manifest could declare.
            if (typeof logging.retentionDays === 'number') {
                for (const bound of config.volumeBound) {
                    failures.push({ message: `${boundedByVolume(config, bound)}: it does not show the manifest's retentionDays: ${logging.retentionDays}`, at: bound.at });
                }
            }
        }
        if (logging.enabled === false && keeps) {
            failures.push({ message: 'monitoring.logging.enabled is false, but a cited logging config keeps log records', path: [...targetPath, 'enabled'] });
        }
        const declared = configs.flatMap((config) => config.events ?? []);
        if (declared.length > 0) {
            const names = new Set(declared.map((event) => event.value.toLowerCase()));
            const events = typeof logging.events === 'string' ? [logging.events] : Array.isArray(logging.events) ? logging.events : [];
            events.forEach((event, index) => {
                if (typeof event === 'string' && !names.has(event.toLowerCase())) {
                    failures.push({
                        message: `the manifest lists event "${event}", which no cited logging declaration records`,
                        path: typeof logging.events === 'string' ? [...targetPath, 'events'] : [...targetPath, 'events', index],
                    });
                }
            });
        }
        return failures;
    },
});
const loggingEvents = (0,check/* defineFunction */.Oh)({
    name: 'logging-events',
    description: 'The cited logging configs record each required category of field (timestamp, input or its reference, output, model version, operator action); a category their format cannot show is left to the manifest.',
    optionsSchema: {
        type: 'object',
        required: ['required'],
        additionalProperties: false,
        properties: { required: { type: 'array', minItems: 1, items: { enum: [...LOG_CATEGORIES] } } },
    },
    check({ target, options, system }) {
        const configs = readableConfigs(system, target);
        if (configs.length === 0)
            return noConfig;
        const recorded = new Set(configs.flatMap((config) => config.recorded.map((r) => r.category)));
        const failures = [];
        const unknown = [];
        for (const category of options.required) {
            if (recorded.has(category))
                continue;
            const couldShow = configs.find((config) => !config.cannotShow.includes(category));
            if (couldShow)
                failures.push({ message: `${couldShow.file} records no ${category} field in any event`, at: couldShow.events?.[0]?.at ?? { file: couldShow.file, line: 1, column: 1 } });
            else
                unknown.push(category);
        }
        if (failures.length > 0 || unknown.length === 0)
            return failures;
        return {
            skip: `the cited logging configs cannot show whether ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} recorded (the application writes those fields); cite a modelgate logging declaration (docs/manifest.md) to have them judged`,
        };
    },
});
const eventLoggingDeclared = (0,check/* defineFunction */.Oh)({
    name: 'event-logging-declared',
    description: "monitoring.logging declares logging enabled and a retention of at least `minRetentionDays`, for what no cited logging config shows (where and how long logs are kept); a config that shows it is judged by the logging/* rules instead.",
    optionsSchema: { type: 'object', required: ['minRetentionDays'], additionalProperties: false, properties: { minRetentionDays: { type: 'number', minimum: 0 } } },
    check({ value, path, options, system }) {
        const manifest = (value && typeof value === 'object' ? value : {});
        const raw = manifest.monitoring && typeof manifest.monitoring === 'object' ? manifest.monitoring.logging : undefined;
        const logging = (raw && typeof raw === 'object' ? raw : {});
        const at = (field) => [...path, 'monitoring', 'logging', field];
        const configs = readableConfigs(system, logging);
        const failures = [];
        const showsPipeline = configs.some((config) => config.pipelines.length > 0 || config.enabled !== undefined);
        const showsRetention = configs.some((config) => config.retention !== undefined || config.volumeBound.length > 0);
        if (showsPipeline && showsRetention)
            return { skip: 'the cited logging configs show where logs go and how long they are kept; the logging/* rules judge them' };
        if (!showsPipeline && logging.enabled !== true) {
            failures.push({ message: logging.enabled === undefined ? 'monitoring.logging.enabled is missing (must be true)' : `monitoring.logging.enabled is ${JSON.stringify(logging.enabled)}, not true`, path: at('enabled') });
        }
        if (!showsRetention) {
            const retention = logging.retentionDays;
            if (typeof retention !== 'number')
                failures.push({ message: retention === undefined || retention === null ? 'monitoring.logging.retentionDays is missing' : 'monitoring.logging.retentionDays is not a number', path: at('retentionDays') });
            else if (retention < options.minRetentionDays)
                failures.push({ message: `monitoring.logging.retentionDays is ${retention}, below the minimum ${options.minRetentionDays}`, path: at('retentionDays') });
        }
        return failures;
    },
});
const LOGGING_CHECKS = [loggingConfigReadable, loggingPipeline, loggingRetention, loggingAgrees, loggingEvents, eventLoggingDeclared];

;// CONCATENATED MODULE: ./build/evidence/logging/kind.js
/** Logging configs the system ships (OpenTelemetry Collector, Fluent Bit, ours), cited by `monitoring.logging.configs[].path`: Art. 12 logs, Art. 19/26(6) retention. */



const logging = {
    ...loggingConfigs,
    citedBy: ['monitoring.logging.configs.*.path'],
    formatField: 'monitoring.logging.configs.*.format',
    checks: LOGGING_CHECKS,
    docs: {
        heading: 'Logging configs (`monitoring.logging.configs[].format`)',
        readsHeading: 'Read from it',
        formats: [
            {
                format: 'modelgate',
                what: 'our logging declaration, YAML or JSON: the events, each field and what it records, the store, the retention',
                reads: 'everything; cite it beside a collector or Fluent Bit config to state the fields they cannot show',
            },
            {
                format: 'otel-collector',
                link: 'https://opentelemetry.io/docs/collector/configuration/',
                what: 'an OpenTelemetry Collector config (`receivers`, `processors`, `exporters`, `service.pipelines`)',
                reads: "the `logs` pipelines and their exporters (debug, logging and nop keep nothing, nor does a file exporter whose `path` is `/dev/null` or the console); a retention only where an exporter states one (file `rotation.max_days`, awscloudwatchlogs `log_retention`, clickhouse `ttl`), or a file exporter's `rotation` that deletes by count (`max_backups`, 100 by default) with no `max_days`, whose retention is bounded by volume; a model version set by a resource, attributes or transform processor; timestamps (every OTLP log record has one). Not the fields the application writes",
            },
            {
                format: 'fluent-bit',
                link: 'https://docs.fluentbit.io/manual/administration/configuring-fluent-bit',
                what: 'a Fluent Bit config, classic (`[INPUT]`, `[FILTER]`, `[OUTPUT]`, a `.conf` file, with the files it `@INCLUDE`s by name, read in from its folder) or YAML (`pipeline:`, with the files its `includes:` names, each read in from the folder of the file that names it)',
                reads: "outputs whose `Match` or `Match_Regex` selects an input's `Tag` (stdout, null and counter keep nothing, nor does a file output to `/dev/null`; a `${VAR}` in a Tag, Match or output Name is the deployment's, so that output does not count); a model version added by a record_modifier or modify filter; timestamps. No retention in days: a logrotate output deletes by count (`Max_Files`, 7 by default), so its retention is bounded by volume; not the fields the application writes",
            },
        ],
    },
    init: {
        // Whether logging is on and how long logs are kept are the team's to declare (the gate asks).
        cite(manifest, found) {
            citeAt(manifest, ['monitoring', 'logging', 'configs'], pathsAndFormats(found));
        },
    },
};

// EXTERNAL MODULE: ./build/text/names.js
var text_names = __webpack_require__(594);
// EXTERNAL MODULE: ./build/text/license.js
var license = __webpack_require__(741);
// EXTERNAL MODULE: ./build/load/manifest.js
var manifest = __webpack_require__(872);
// EXTERNAL MODULE: ./build/text/revision.js
var revision = __webpack_require__(8557);
// EXTERNAL MODULE: ./build/evidence/same-file.js
var same_file = __webpack_require__(2879);
;// CONCATENATED MODULE: ./build/evidence/ml-bom/common.js

/** "SHA-256", "sha256", "SHA_256" → "sha256". */
function hashAlg(name) {
    return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}
/** A hash entry as the BOM writes it, when its algorithm and value are strings. */
function bomHash(doc, path, alg, value) {
    if (typeof alg !== 'string' || typeof value !== 'string' || value.trim() === '')
        return undefined;
    return { alg: hashAlg(alg), value: value.trim().toLowerCase(), at: (0,adapter.at)(doc, path) };
}
/** The items of an array field, with their index; nothing when it is not an array. */
function itemsOf(value) {
    if (!Array.isArray(value))
        return [];
    return value.flatMap((item, index) => ((0,adapter/* isRecord */.u4)(item) ? [[item, index]] : []));
}
/** A non-empty string, trimmed. */
function textOf(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

;// CONCATENATED MODULE: ./build/evidence/ml-bom/cyclonedx.js


const cyclonedx_SCHEMA = 'cyclonedx-bom.schema.json';
/** Nested components deeper than this are not followed (a hostile BOM could nest without end). */
const MAX_DEPTH = 32;
const MAX_COMPONENTS = 10_000;
const cycloneDxMlBom = {
    format: 'cyclonedx',
    schema: cyclonedx_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && value.bomFormat === 'CycloneDX',
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(cyclonedx_SCHEMA, doc, 'CycloneDX BOM');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const bom = { format: 'cyclonedx', file: doc.file, specVersion: raw.specVersion, datasets: [], files: [], problems: [] };
        const [major = 0, minor = 0] = raw.specVersion.split('.').map(Number);
        if (major < 1 || (major === 1 && minor < 5)) {
            bom.problems.push({ message: `${doc.file} is CycloneDX ${raw.specVersion}; an ML-BOM needs 1.5 or later (where modelCard was added)`, at: (0,adapter.at)(doc, ['specVersion']) });
        }
        const all = componentsOf(raw);
        const models = all.filter((c) => c.component.type === 'machine-learning-model');
        const chosen = models.find((c) => (0,adapter/* isRecord */.u4)(c.component.modelCard)) ?? models[0];
        if (!chosen) {
            bom.problems.push({ message: `${doc.file} lists no machine-learning-model component`, at: (0,adapter.at)(doc, [raw.components === undefined ? 'bomFormat' : 'components']) });
        }
        else {
            bom.model = modelOf(doc, chosen);
            const card = chosen.component.modelCard;
            if (!(0,adapter/* isRecord */.u4)(card))
                bom.problems.push({ message: `${doc.file}: the model component has no modelCard`, at: bom.model.at });
            // `modelCard: {}` is a card in name only: it records nothing about the model.
            else if (!MODEL_CARD_PARTS.some((part) => hasContent(card[part]))) {
                bom.problems.push({ message: `${doc.file}: the model component's modelCard is empty (no ${MODEL_CARD_PARTS.join(', ')})`, at: (0,adapter.at)(doc, [...chosen.path, 'modelCard']) });
            }
        }
        // Datasets: every `data` component, and those the model card names.
        const byRef = new Map();
        for (const found of all) {
            const ref = textOf(found.component['bom-ref']);
            if (ref)
                byRef.set(ref, found);
            // A data component's `data[]` entries have refs of their own that a model card may name.
            for (const [entry] of itemsOf(found.component.data)) {
                const inner = textOf(entry['bom-ref']);
                if (inner && !byRef.has(inner))
                    byRef.set(inner, found);
            }
        }
        const seen = new Set();
        const addDataset = (found) => {
            if (seen.has(found.component))
                return;
            seen.add(found.component);
            const dataset = datasetOf(doc, found);
            if (dataset)
                bom.datasets.push(dataset);
        };
        for (const found of all)
            if (found.component.type === 'data')
                addDataset(found);
        if (chosen && (0,adapter/* isRecord */.u4)(chosen.component.modelCard)) {
            const parameters = chosen.component.modelCard.modelParameters;
            const listPath = [...chosen.path, 'modelCard', 'modelParameters', 'datasets'];
            for (const [entry, index] of (0,adapter/* isRecord */.u4)(parameters) ? itemsOf(parameters.datasets) : []) {
                const ref = textOf(entry.ref);
                if (ref) {
                    const target = byRef.get(ref);
                    if (target)
                        addDataset(target);
                    else
                        bom.problems.push({ message: `${doc.file}: the model card's dataset ref "${ref}" names no component`, at: (0,adapter.at)(doc, [...listPath, index, 'ref']) });
                }
                else {
                    addDataset({ component: entry, path: [...listPath, index] });
                }
            }
        }
        for (const found of all) {
            if (found.component.type !== 'file')
                continue;
            const file = fileOf(doc, found);
            if (file)
                bom.files.push(file);
        }
        return { ok: true, value: bom };
    },
};
/** Every component with where it is: metadata.component, then components, depth first. */
function componentsOf(raw) {
    const found = [];
    const visit = (list, path, depth) => {
        if (depth > MAX_DEPTH)
            return;
        for (const [component, index] of itemsOf(list)) {
            if (found.length >= MAX_COMPONENTS)
                return;
            found.push({ component, path: [...path, index] });
            visit(component.components, [...path, index, 'components'], depth + 1);
        }
    };
    if ((0,adapter/* isRecord */.u4)(raw.metadata) && (0,adapter/* isRecord */.u4)(raw.metadata.component)) {
        found.push({ component: raw.metadata.component, path: ['metadata', 'component'] });
        visit(raw.metadata.component.components, ['metadata', 'component', 'components'], 1);
    }
    visit(raw.components, ['components'], 0);
    return found;
}
function licensesOf(doc, component, path) {
    return itemsOf(component.licenses).flatMap(([entry, index]) => {
        const expression = textOf(entry.expression);
        if (expression)
            return [{ value: expression, at: (0,adapter.at)(doc, [...path, 'licenses', index, 'expression']) }];
        const license = (0,adapter/* isRecord */.u4)(entry.license) ? entry.license : undefined;
        const id = textOf(license?.id);
        if (id)
            return [{ value: id, at: (0,adapter.at)(doc, [...path, 'licenses', index, 'license', 'id']) }];
        const name = textOf(license?.name);
        return name ? [{ value: name, at: (0,adapter.at)(doc, [...path, 'licenses', index, 'license', 'name']) }] : [];
    });
}
function hashesOf(doc, component, path) {
    return itemsOf(component.hashes).flatMap(([entry, index]) => bomHash(doc, [...path, 'hashes', index, 'content'], entry.alg, entry.content) ?? []);
}
/** What a CycloneDX modelCard records (1.5+; its other key, bom-ref, only names it). */
const MODEL_CARD_PARTS = ['modelParameters', 'quantitativeAnalysis', 'considerations', 'properties'];
/** A value that says something: not null, an empty string, or a list or mapping of only such values. */
function hasContent(value) {
    if (value === null || value === undefined)
        return false;
    if (typeof value === 'string')
        return value.trim() !== '';
    if (Array.isArray(value))
        return value.some(hasContent);
    if (typeof value === 'object')
        return Object.values(value).some(hasContent);
    return true;
}
function modelOf(doc, { component, path }) {
    const name = textOf(component.name) ?? '';
    const version = textOf(component.version);
    const parameters = {};
    const card = (0,adapter/* isRecord */.u4)(component.modelCard) ? component.modelCard : undefined;
    const given = (0,adapter/* isRecord */.u4)(card?.modelParameters) ? card.modelParameters : undefined;
    for (const key of ['task', 'architectureFamily', 'modelArchitecture']) {
        const value = textOf(given?.[key]);
        if (value)
            parameters[key] = value;
    }
    const approach = (0,adapter/* isRecord */.u4)(given?.approach) ? textOf(given.approach.type) : undefined;
    if (approach)
        parameters.approach = approach;
    return {
        name: { value: name, at: (0,adapter.at)(doc, [...path, 'name']) },
        ...(version ? { version: { value: version, at: (0,adapter.at)(doc, [...path, 'version']) } } : {}),
        licenses: licensesOf(doc, component, path),
        hashes: hashesOf(doc, component, path),
        parameters,
        at: (0,adapter.at)(doc, [...path, 'type']),
    };
}
function datasetOf(doc, { component, path }) {
    const name = textOf(component.name);
    if (!name)
        return undefined;
    const version = textOf(component.version);
    return {
        name,
        ...(version ? { version: { value: version, at: (0,adapter.at)(doc, [...path, 'version']) } } : {}),
        licenses: licensesOf(doc, component, path),
        hashes: hashesOf(doc, component, path),
        at: (0,adapter.at)(doc, [...path, 'name']),
    };
}
function fileOf(doc, { component, path }) {
    const name = textOf(component.name);
    const hashes = hashesOf(doc, component, path);
    return name && hashes.length > 0 ? { name, hashes, at: (0,adapter.at)(doc, [...path, 'name']) } : undefined;
}

;// CONCATENATED MODULE: ./build/evidence/ml-bom/spdx.js


const spdx_SCHEMA = 'spdx3-document.schema.json';
const LISTED_LICENSE = 'https://spdx.org/licenses/';
/** Licence values that say nothing. */
const NO_LICENSE = new Set(['NOASSERTION', 'NONE']);
const spdxAiBom = {
    format: 'spdx',
    schema: spdx_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) &&
        Array.isArray(value['@graph']) &&
        ((typeof value['@context'] === 'string' && value['@context'].includes('spdx.org/rdf/3')) ||
            value['@graph'].some((element) => (0,adapter/* isRecord */.u4)(element) && (element.type === 'ai_AIPackage' || element.type === 'dataset_DatasetPackage'))),
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(spdx_SCHEMA, doc, 'SPDX 3 document');
        if (problem)
            return { ok: false, problem };
        const graph = itemsOf(doc.value['@graph']);
        const creation = graph.find(([element]) => element.type === 'CreationInfo');
        const specVersion = textOf(creation?.[0].specVersion) ?? '';
        const bom = { format: 'spdx', file: doc.file, specVersion, datasets: [], files: [], problems: [] };
        if (!specVersion.startsWith('3.')) {
            bom.problems.push({
                message: `${doc.file}: ${specVersion ? `SPDX ${specVersion}` : 'no CreationInfo specVersion'}; an AI BOM needs SPDX 3.0 or later`,
                at: creation ? (0,adapter.at)(doc, ['@graph', creation[1], 'specVersion']) : (0,adapter.at)(doc, ['@graph']),
            });
        }
        const byId = new Map();
        for (const entry of graph) {
            const id = textOf(entry[0].spdxId) ?? textOf(entry[0]['@id']);
            if (id)
                byId.set(id, entry);
        }
        const licenses = licensesBySubject(doc, graph, byId);
        const hashes = (element, index) => itemsOf(element.verifiedUsing).flatMap(([hash, h]) => bomHash(doc, ['@graph', index, 'verifiedUsing', h, 'hashValue'], hash.algorithm, hash.hashValue) ?? []);
        const idOf = (element) => textOf(element.spdxId) ?? textOf(element['@id']) ?? '';
        const model = graph.find(([element]) => element.type === 'ai_AIPackage');
        if (!model) {
            bom.problems.push({ message: `${doc.file} has no ai_AIPackage element (the SPDX 3 AI profile's model)`, at: (0,adapter.at)(doc, ['@graph']) });
        }
        else {
            const [element, index] = model;
            const path = ['@graph', index];
            const version = textOf(element.software_packageVersion);
            const parameters = {};
            for (const [key, name] of [['ai_typeOfModel', 'typeOfModel'], ['ai_domain', 'domain']]) {
                const values = (Array.isArray(element[key]) ? element[key] : [element[key]]).map(textOf).filter((v) => v !== undefined);
                if (values.length > 0)
                    parameters[name] = values.join(', ');
            }
            const purpose = textOf(element.software_primaryPurpose);
            if (purpose)
                parameters.primaryPurpose = purpose;
            bom.model = {
                name: { value: textOf(element.name) ?? '', at: (0,adapter.at)(doc, [...path, element.name === undefined ? 'type' : 'name']) },
                ...(version ? { version: { value: version, at: (0,adapter.at)(doc, [...path, 'software_packageVersion']) } } : {}),
                licenses: licenses.get(idOf(element)) ?? [],
                hashes: hashes(element, index),
                parameters,
                at: (0,adapter.at)(doc, [...path, 'type']),
            };
        }
        for (const [element, index] of graph) {
            const name = textOf(element.name);
            if (!name)
                continue;
            if (element.type === 'dataset_DatasetPackage') {
                const version = textOf(element.software_packageVersion);
                bom.datasets.push({
                    name,
                    ...(version ? { version: { value: version, at: (0,adapter.at)(doc, ['@graph', index, 'software_packageVersion']) } } : {}),
                    licenses: licenses.get(idOf(element)) ?? [],
                    hashes: hashes(element, index),
                    at: (0,adapter.at)(doc, ['@graph', index, 'name']),
                });
            }
            else if (element.type === 'software_File') {
                const fileHashes = hashes(element, index);
                if (fileHashes.length > 0)
                    bom.files.push({ name, hashes: fileHashes, at: (0,adapter.at)(doc, ['@graph', index, 'name']) });
            }
        }
        return { ok: true, value: bom };
    },
};
/** Each element's licences: its hasDeclaredLicense targets, else its hasConcludedLicense ones. */
function licensesBySubject(doc, graph, byId) {
    const declared = new Map();
    const concluded = new Map();
    for (const [element, index] of graph) {
        const kind = element.relationshipType;
        if (kind !== 'hasDeclaredLicense' && kind !== 'hasConcludedLicense')
            continue;
        const from = textOf(element.from);
        if (!from)
            continue;
        const targets = Array.isArray(element.to) ? element.to : [element.to];
        targets.forEach((to, t) => {
            const id = textOf(to);
            if (!id)
                return;
            const target = byId.get(id)?.[0];
            const value = textOf(target?.simplelicensing_licenseExpression) ?? (id.startsWith(LISTED_LICENSE) ? id.slice(LISTED_LICENSE.length) : undefined);
            if (!value || NO_LICENSE.has(value))
                return;
            const map = kind === 'hasDeclaredLicense' ? declared : concluded;
            const list = map.get(from) ?? [];
            list.push({ value, at: (0,adapter.at)(doc, ['@graph', index, 'to', ...(Array.isArray(element.to) ? [t] : [])]) });
            map.set(from, list);
        });
    }
    for (const [from, list] of concluded)
        if (!declared.has(from))
            declared.set(from, list);
    return declared;
}

;// CONCATENATED MODULE: ./build/evidence/ml-bom/formats.js


const mlBoms = {
    id: 'ml-bom',
    what: 'model bill of materials',
    adapters: [cycloneDxMlBom, spdxAiBom],
};

// EXTERNAL MODULE: ./build/evidence/shipped-model.js
var shipped_model = __webpack_require__(203);
// EXTERNAL MODULE: ./build/evidence/lfs.js
var lfs = __webpack_require__(8679);
// EXTERNAL MODULE: ./build/fs/repo-fs.js
var repo_fs = __webpack_require__(654);
;// CONCATENATED MODULE: ./build/evidence/ml-bom/checks.js
/**
 * An ML-BOM against the manifest and the model card: the same model (name, version), the same
 * datasets, the same licences, and the same hashes for the files and datasets both describe.
 * Where only one side states a value there is nothing to compare (other rules ask for it); where
 * both do, they must agree. Findings land on the BOM's line when the BOM is the side at fault,
 * or the two sides cannot be told apart, and on the manifest's line for what the BOM leaves out.
 */











const ml_bom_checks_noOptions = { type: 'object', additionalProperties: false };
function loadBom(system, entry) {
    if (!entry || typeof entry !== 'object')
        return undefined;
    const { path, format } = entry;
    if (typeof path !== 'string' || path.trim() === '')
        return undefined;
    return system.evidence.evidence(mlBoms, path, typeof format === 'string' ? format : undefined);
}
/** The cited BOM, read, or the skip of a rule that only compares (ml-bom/readable reports the rest). */
function readBom(system, entry) {
    const bom = loadBom(system, entry);
    if (!bom?.ok)
        return { skip: 'the ML-BOM could not be read (ml-bom/readable reports why)' };
    return bom.value;
}
const isSkip = (value) => 'skip' in value;
/**
 * The licence ids an SPDX expression names, each by licenseKey: "MIT OR Apache-2.0" and
 * "(Apache-2.0 OR MIT)" name the same two, and a BOM may list them as two entries (from a
 * review: such a BOM failed against the manifest's expression). Only the upper-case operators
 * split, as SPDX writes them: a licence's name may hold "and".
 */
function licenseIds(texts) {
    const ids = new Set();
    for (const text of texts) {
        // Word by word (a pattern around the operators was polynomial on runs of spaces): the words
        // between two operators are one licence.
        let words = [];
        const end = () => {
            const id = (0,license/* licenseKey */.z)(words.join(' '));
            if (id !== '')
                ids.add(id);
            words = [];
        };
        for (const word of text.replace(/[()]/g, ' ').split(/\s/)) {
            if (word === 'OR' || word === 'AND' || word === 'WITH')
                end();
            else if (word !== '')
                words.push(word);
        }
        end();
    }
    return ids;
}
const allIn = (some, all) => [...some].every((id) => all.has(id));
const strings = (value) => [].concat(value ?? []).filter((v) => typeof v === 'string' && v.trim() !== '');
const sha256Of = (hashes) => hashes.find((hash) => hash.alg === 'sha256');
const mlBomReadable = (0,check/* defineFunction */.Oh)({
    name: 'ml-bom-readable',
    description: 'A cited ML-BOM exists, parses, is CycloneDX 1.5+ with a machine-learning-model component and its modelCard, or SPDX 3 with an ai_AIPackage, and its dataset references resolve.',
    optionsSchema: ml_bom_checks_noOptions,
    check({ target, targetPath, system }) {
        const bom = loadBom(system, target);
        if (!bom)
            return [{ message: 'the ML-BOM entry has no path', path: targetPath }];
        if (!bom.ok)
            return [(0,check/* unusableEvidence */.rI)(bom.problem, [...targetPath, 'path'])];
        return bom.value.problems.map((problem) => ({ message: problem.message, at: problem.at }));
    },
});
const mlBomModelAgrees = (0,check/* defineFunction */.Oh)({
    name: 'ml-bom-model-agrees',
    description: "The ML-BOM's model is this system's: its name is the manifest's id or name (or the card's model-index name), its version the manifest's version.",
    optionsSchema: { type: 'object', required: ['field'], additionalProperties: false, properties: { field: { enum: ['name', 'version'] } } },
    check({ target, options, system }) {
        const bom = readBom(system, target);
        if (isSkip(bom))
            return bom;
        const model = bom.model;
        if (!model)
            return { skip: 'the ML-BOM describes no model (ml-bom/readable reports it)' };
        const data = system.manifest.data;
        if (options.field === 'name') {
            const names = [...strings(data.id), ...strings(data.name), ...cardModelNames(system)];
            if (names.length === 0)
                return { skip: 'the manifest names no system' };
            // A service's BOM may name the model it serves from another folder (namesShippedModel).
            if (names.some((name) => (0,text_names/* squashName */.z)(name) === (0,text_names/* squashName */.z)(model.name.value)) || (0,shipped_model/* namesShippedModel */.h)(system, model.name.value))
                return [];
            return [{ message: `the ML-BOM's model is "${model.name.value}", but the manifest describes "${(0,source_doc/* asText */.e1)(data.name ?? data.id)}" (${system.id})`, at: model.name.at }];
        }
        if ((0,source_doc/* asText */.e1)(data.version ?? '').trim() === '')
            return { skip: 'the manifest states no version' };
        const version = (0,manifest/* comparedVersion */.i6)(data);
        const expected = version.value?.trim().replace(/^v/i, '');
        const described = expected === undefined ? version.described : `the manifest describes version ${expected}`;
        if (!model.version)
            return [{ message: `the ML-BOM's model "${model.name.value}" states no version; ${described}`, at: model.at }];
        if (model.version.value.replace(/^v/i, '') === expected)
            return [];
        return [{ message: `the ML-BOM's model is version ${model.version.value}, but ${described}`, at: model.version.at }];
    },
});
/** The names the card's model-index gives the model. */
function cardModelNames(system) {
    const index = system.card?.meta['model-index'];
    return Array.isArray(index) ? index.flatMap((entry) => strings(entry?.name)) : [];
}
function declaredDatasets(data) {
    const list = Array.isArray(data.data?.datasets) ? data.data.datasets : [];
    return list.flatMap((dataset, index) => {
        if (!dataset || typeof dataset !== 'object' || typeof dataset.id !== 'string' || dataset.id.trim() === '')
            return [];
        return [
            {
                id: dataset.id,
                ...(typeof dataset.license === 'string' && dataset.license.trim() !== '' ? { license: dataset.license } : {}),
                ...(typeof dataset.sha256 === 'string' ? { sha256: dataset.sha256.toLowerCase() } : {}),
                ...(typeof dataset.revision === 'string' && dataset.revision.trim() !== '' ? { revision: dataset.revision.trim() } : {}),
                index,
            },
        ];
    });
}
/**
 * The BOM's datasets matched to the manifest's (the same name as its id, squashed): for each
 * declared dataset the first BOM dataset of its name, and the BOM datasets no declared one names.
 * By lookup, once per name: comparing every pair was quadratic (4,000 of each took 20 s).
 */
function matchDatasets(declared, listed) {
    const byName = new Map();
    for (const item of listed) {
        const key = (0,text_names/* squashName */.z)(item.name);
        if (!byName.has(key))
            byName.set(key, item);
    }
    const names = new Set();
    const found = new Map();
    for (const dataset of declared) {
        const key = (0,text_names/* squashName */.z)(dataset.id);
        names.add(key);
        const item = byName.get(key);
        if (item)
            found.set(dataset, item);
    }
    return { found, extra: listed.filter((item) => !names.has((0,text_names/* squashName */.z)(item.name))) };
}
const mlBomDatasetsAgree = (0,check/* defineFunction */.Oh)({
    name: 'ml-bom-datasets-agree',
    description: "The ML-BOM lists the datasets the manifest declares (data.datasets[].id), no more and no fewer, each at the revision the manifest declares where both state one.",
    optionsSchema: ml_bom_checks_noOptions,
    check({ target, system }) {
        const bom = readBom(system, target);
        if (isSkip(bom))
            return bom;
        const declared = declaredDatasets(system.manifest.data);
        if (declared.length === 0 && bom.datasets.length === 0)
            return { skip: 'neither the manifest nor the ML-BOM lists a dataset' };
        const failures = [];
        const { found, extra } = matchDatasets(declared, bom.datasets);
        for (const listed of extra) {
            failures.push({ message: `the ML-BOM lists dataset "${listed.name}", which the manifest does not declare in data.datasets`, at: listed.at });
        }
        for (const dataset of declared) {
            const listed = found.get(dataset);
            if (!listed) {
                failures.push({ message: `dataset "${dataset.id}" is declared in the manifest but not listed in the ML-BOM ${bom.file}`, path: ['manifest', 'data', 'datasets', dataset.index, 'id'] });
                continue;
            }
            // Red team: both datasets listed at a 2019 version passed beside revisions of 2024 and 2026.
            const version = listed.version?.value.trim();
            if (listed.version && version && dataset.revision !== undefined && !(0,revision/* sameRevision */.Y)(version, dataset.revision)) {
                failures.push({ message: `the ML-BOM lists dataset "${listed.name}" at version "${version}", but the manifest declares it at revision "${dataset.revision}"`, at: listed.version.at });
            }
        }
        return failures;
    },
});
const mlBomLicensesAgree = (0,check/* defineFunction */.Oh)({
    name: 'ml-bom-licenses-agree',
    description: "The ML-BOM's model licence is the model card's `license` (or `license_name`) and the manifest's `license`; each dataset's licence is the one the manifest declares for it.",
    optionsSchema: ml_bom_checks_noOptions,
    check({ target, system }) {
        const bom = readBom(system, target);
        if (isSkip(bom))
            return bom;
        const failures = [];
        let compared = false;
        const model = bom.model;
        if (model && model.licenses.length > 0) {
            const meta = system.card?.meta ?? {};
            const cardLicense = strings(meta.license)[0];
            const cardNames = licenseIds([...strings(meta.license), ...strings(meta.license_name)]);
            const stated = licenseIds(model.licenses.map((l) => l.value));
            const first = model.licenses[0];
            if (cardLicense !== undefined) {
                compared = true;
                if (![...stated].some((id) => cardNames.has(id))) {
                    failures.push({ message: `the ML-BOM's model licence is ${quoted(model.licenses)}, but the model card's license is "${cardLicense}"`, at: first.at });
                }
            }
            const manifestLicense = strings(system.manifest.data.license)[0];
            if (manifestLicense !== undefined) {
                compared = true;
                if (!allIn(licenseIds([manifestLicense]), stated)) {
                    failures.push({ message: `the ML-BOM's model licence is ${quoted(model.licenses)}, but the manifest's license is "${manifestLicense}"`, at: first.at });
                }
            }
            // Every licence the BOM states is one of theirs (red team: GPL-3.0-only listed before the
            // card's licence passed, as one of them matched).
            const theirs = new Set([...(cardLicense !== undefined ? cardNames : []), ...(manifestLicense !== undefined ? licenseIds([manifestLicense]) : [])]);
            if (theirs.size > 0 && failures.length === 0) {
                const extra = model.licenses.find((l) => !allIn(licenseIds([l.value]), theirs));
                if (extra)
                    failures.push({ message: `the ML-BOM also gives the model the licence "${extra.value}", which neither the model card nor the manifest states`, at: extra.at });
            }
        }
        const datasets = declaredDatasets(system.manifest.data);
        const { found } = matchDatasets(datasets, bom.datasets);
        for (const dataset of datasets) {
            const listed = found.get(dataset);
            if (!listed || listed.licenses.length === 0 || dataset.license === undefined)
                continue;
            compared = true;
            const declared = licenseIds([dataset.license]);
            const statesDeclared = allIn(declared, licenseIds(listed.licenses.map((l) => l.value)));
            const extra = listed.licenses.find((l) => !allIn(licenseIds([l.value]), declared));
            if (statesDeclared && !extra)
                continue;
            if (statesDeclared && extra) {
                failures.push({ message: `the ML-BOM also gives dataset "${listed.name}" the licence "${extra.value}", which the manifest does not declare for it ("${dataset.license}")`, at: extra.at });
                continue;
            }
            failures.push({
                message: `the ML-BOM gives dataset "${listed.name}" the licence ${quoted(listed.licenses)}, but the manifest declares "${dataset.license}"`,
                at: listed.licenses[0].at,
            });
        }
        return compared ? failures : { skip: 'no licence is stated on both sides (the ML-BOM and the card or manifest)' };
    },
});
const quoted = (licenses) => licenses.map((l) => `"${l.value}"`).join(' and ');
const mlBomHashesAgree = (0,check/* defineFunction */.Oh)({
    name: 'ml-bom-hashes-agree',
    description: "A SHA-256 the ML-BOM gives a file the manifest ships (`artifacts[].sha256`) or a dataset it declares (`data.datasets[].sha256`) is the manifest's, and one it gives the model component is one of the artifacts'.",
    optionsSchema: ml_bom_checks_noOptions,
    check({ target, system }) {
        const bom = readBom(system, target);
        if (isSkip(bom))
            return bom;
        const data = system.manifest.data;
        const failures = [];
        let compared = false;
        const artifacts = Array.isArray(data.artifacts) ? data.artifacts : [];
        const files = new same_file/* SameFileIndex */.$A();
        for (const file of bom.files)
            files.add((0,same_file/* toolFileKey */._c)(file.name), file);
        if (files.missed) {
            compared = true;
            failures.push({ message: `the ML-BOM names ${(0,same_file/* shownPath */.pS)(files.missed.key)}, ${files.missed.why}, so its files' hashes cannot all be matched with the manifest's artifacts` });
        }
        // What the BOM says of the files of each list the index keeps, worked out once however many
        // artifact paths match it: n paths d<i>/model.onnx against n files named model.onnx were n².
        const hashesOfList = new WeakMap();
        const hashesOf = (list) => {
            let hashes = hashesOfList.get(list);
            if (!hashes)
                hashesOfList.set(list, (hashes = bomHashes(list.map((order) => ({ order, file: files.item(order) })))));
            return hashes;
        };
        artifacts.forEach((artifact, index) => {
            if (!artifact || typeof artifact.path !== 'string' || typeof artifact.sha256 !== 'string')
                return;
            const declared = artifact.sha256.toLowerCase();
            const key = (0,same_file/* artifactKey */.Wf)(artifact.path);
            const why = (0,same_file/* uncomparable */.qb)(key);
            if (why) {
                compared = true;
                failures.push({ message: `artifacts[${index}] (${(0,same_file/* shownPath */.pS)(artifact.path)}) is ${why}, too long a path for modelgate to match with the ML-BOM's files`, path: ['manifest', 'artifacts', index, 'path'] });
                return;
            }
            let withHash = 0;
            let disagree = 0;
            let first;
            for (const list of files.matchingLists(key)) {
                const hashes = hashesOf(list);
                withHash += hashes.files;
                disagree += hashes.files - (hashes.count.get(declared) ?? 0);
                const differing = hashes.firsts.find((file) => file.hash.value !== declared);
                if (differing && (!first || differing.order < first.order))
                    first = differing;
            }
            if (withHash === 0)
                return;
            compared = true;
            // One failure for each artifact, naming the first file that disagrees: a path listed n times
            // against n declarations would otherwise be n² failures.
            if (disagree === 0 || !first)
                return;
            const more = disagree > 1 ? ` (and ${disagree - 1} more file${disagree === 2 ? '' : 's'} the ML-BOM lists at that path)` : '';
            failures.push({ message: `the ML-BOM gives ${first.name} the SHA-256 ${first.hash.value}, but the manifest declares ${declared} for artifacts[${index}] (${artifact.path})${more}`, at: first.hash.at });
        });
        // The model component's own hash is one of the files the manifest ships (red team: another
        // model's hash on it passed; real BOMs put the weights' hash there).
        const modelHash = bom.model && sha256Of(bom.model.hashes);
        const shipped = (0,manifest/* declaredArtifacts */.G9)(data).flatMap(({ sha256 }) => (sha256 === undefined ? [] : [sha256]));
        // The same hash on one of the BOM's files is judged with that file, above: one finding, not two.
        // With several files shipped, a hash on the model may be of their package (an archive, a
        // snapshot), which no artifact has: only a model shipped as one file is compared.
        if (modelHash && shipped.length === 1 && !bom.files.some((file) => sha256Of(file.hashes)?.value === modelHash.value)) {
            compared = true;
            if (!shipped.includes(modelHash.value)) {
                failures.push({ message: `the ML-BOM gives the model "${bom.model?.name.value}" the SHA-256 ${modelHash.value}, but the one file the manifest ships (artifacts) has ${shipped[0]}`, at: modelHash.at });
            }
        }
        const datasets = declaredDatasets(data);
        const { found } = matchDatasets(datasets, bom.datasets);
        for (const dataset of datasets) {
            const listed = found.get(dataset);
            const hash = listed && sha256Of(listed.hashes);
            if (!hash || dataset.sha256 === undefined)
                continue;
            compared = true;
            if (hash.value !== dataset.sha256) {
                failures.push({ message: `the ML-BOM gives dataset "${listed.name}" the SHA-256 ${hash.value}, but the manifest declares ${dataset.sha256}`, at: hash.at });
            }
        }
        return compared ? failures : { skip: 'no file or dataset has a SHA-256 in both the ML-BOM and the manifest' };
    },
});
function bomHashes(files) {
    const hashes = { files: 0, count: new Map(), firsts: [] };
    for (const { order, file } of files) {
        const hash = sha256Of(file.hashes);
        if (!hash)
            continue;
        hashes.files++;
        hashes.count.set(hash.value, (hashes.count.get(hash.value) ?? 0) + 1);
        if (hashes.firsts.length < 2 && !hashes.firsts.some((seen) => seen.hash.value === hash.value))
            hashes.firsts.push({ name: file.name, hash, order });
    }
    return hashes;
}
/**
 * A shipped model file's declared SHA-256 is the file's, when the file is in the repository: the
 * file hashed (streamed, within the fs layer's hashing cap), or, for a Git LFS pointer, the
 * pointer's `oid sha256:`, which is the SHA-256 of the content it stands for.
 */
const artifactSha256 = (0,check/* defineFunction */.Oh)({
    name: 'artifact-sha256',
    description: "A shipped model file's declared sha256 (`artifacts[].sha256`) is the file's SHA-256 when it is in the repository, or the oid of the Git LFS pointer committed in its place.",
    optionsSchema: ml_bom_checks_noOptions,
    check({ target, targetPath, system }) {
        if (!target || typeof target !== 'object')
            return { skip: 'no artifact to check' };
        const { path, sha256 } = target;
        if (typeof sha256 !== 'string' || !/^[a-f0-9]{64}$/i.test(sha256))
            return { skip: 'the artifact declares no sha256' };
        if (typeof path !== 'string' || path.trim() === '' || (0,repo_fs/* isUri */.nh)(path) || (0,repo_fs/* isLocalUriOutside */.l_)(path))
            return { skip: 'the artifact is not a file in this repository' };
        const declared = sha256.toLowerCase();
        // Model files often live in a registry, not in git: absent is nothing to check.
        const resolved = system.evidence.repo.resolve(path, system.manifest.dir);
        if (!resolved.ok && resolved.problem.kind === 'missing')
            return { skip: `${resolved.rel ?? path} is not in the repository` };
        const located = system.evidence.dataFile(path);
        if (!located.ok)
            return [{ message: `cannot verify sha256: ${located.problem.message}`, path: [...targetPath, 'path'] }];
        const { rel } = located.value;
        const stat = system.evidence.repo.statFile(rel);
        const at = [...targetPath, 'sha256'];
        if (stat.ok && stat.bytes <= lfs/* LFS_POINTER_MAX_BYTES */.Jt) {
            const text = system.evidence.repo.readText(rel);
            if (text.ok && (0,lfs/* isLfsPointerText */.m9)(text.text)) {
                const oid = (0,lfs/* lfsPointerOid */.$g)(text.text);
                if (!oid)
                    return [{ message: `${rel} is a Git LFS pointer without an oid sha256 line, so its content's SHA-256 cannot be read`, path: [...targetPath, 'path'] }];
                return oid === declared ? [] : [{ message: `${rel} is a Git LFS pointer to content with SHA-256 ${oid}, not the declared ${declared}`, path: at }];
            }
        }
        const actual = system.evidence.sha256(rel);
        if (!actual.ok)
            return [{ message: `cannot verify sha256: ${actual.problem.message}`, path: [...targetPath, 'path'] }];
        return actual.value === declared ? [] : [{ message: `sha256 of ${rel} is ${actual.value}, not the declared ${declared}`, path: at }];
    },
});
const ML_BOM_CHECKS = [mlBomReadable, mlBomModelAgrees, mlBomDatasetsAgree, mlBomLicensesAgree, mlBomHashesAgree, artifactSha256];

;// CONCATENATED MODULE: ./build/evidence/ml-bom/kind.js
/** ML-BOMs (CycloneDX 1.5+ with a modelCard, SPDX 3 AI and Dataset profiles), cited by `supplyChain.bom.path`, checked against the manifest and the card. */



const mlBom = {
    ...mlBoms,
    citedBy: ['supplyChain.bom.path'],
    formatField: 'supplyChain.bom.format',
    checks: ML_BOM_CHECKS,
    docs: {
        heading: 'ML-BOMs (`supplyChain.bom.format`)',
        readsHeading: 'Read from it',
        formats: [
            {
                format: 'cyclonedx',
                link: 'https://cyclonedx.org/capabilities/mlbom/',
                what: 'a CycloneDX 1.5 or later JSON BOM with a `machine-learning-model` component and its `modelCard` (what `modelgate bom` writes)',
                reads: 'the model (name, version, licences, hashes, `modelParameters` task and architecture), its datasets (`data` components and the model card\'s `datasets` refs: name, licences, hashes), and `file` components with hashes',
            },
            {
                format: 'spdx',
                link: 'https://spdx.github.io/spdx-spec/v3.0.1/model/AI/AI/',
                what: 'an SPDX 3.0 JSON-LD document with the AI and Dataset profiles',
                reads: 'the `ai_AIPackage` (name, `software_packageVersion`, `verifiedUsing` hashes, `ai_typeOfModel`, `ai_domain`), each `dataset_DatasetPackage`, each `software_File` with hashes; licences from `hasDeclaredLicense` (else `hasConcludedLicense`) relationships',
            },
        ],
    },
    init: {
        // A system has one ML-BOM: the first found.
        cite(manifest, [first]) {
            if (first)
                citeAt(manifest, ['supplyChain', 'bom'], { path: first.file, format: first.format });
        },
    },
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/evidence/store.js + 2 modules
var store = __webpack_require__(2254);
// EXTERNAL MODULE: ./build/evidence/monitoring/checks.js
var monitoring_checks = __webpack_require__(5702);
// EXTERNAL MODULE: ./build/evidence/monitoring/schedule.js
var schedule = __webpack_require__(3674);
// EXTERNAL MODULE: ./build/evidence/monitoring/methods.js
var methods = __webpack_require__(7933);
// EXTERNAL MODULE: ./build/evidence/monitoring/evidently.js
var evidently = __webpack_require__(3455);
;// CONCATENATED MODULE: ./build/evidence/monitoring-run/evidently.js
/**
 * Evidently (0.7) run results, in both of the forms Evidently writes: a saved snapshot
 * (`snapshot.dumps()`, a `SnapshotModel`: timestamp, metric_results with their tests) or the
 * `snapshot.dict()` / `json()` / `save_json()` view (metrics and tests lists, no timestamp).
 * Test statuses are Evidently's SUCCESS, FAIL, WARNING, ERROR and SKIPPED. Shapes from
 * evidently/core/report.py (`Snapshot.dict`, `to_snapshot_model`) and core/metric_types.py
 * (`MetricResult.to_dict`, `CountValue`, `MetricTestResult`).
 *
 * And the legacy API's (Evidently 0.4 to 0.6, `evidently.legacy` since 0.7), which teams that
 * run Evidently from Python still write (new user: a 0.4 `Report.json()` was "not a monitoring
 * run result"): a Report's `metrics` as `{metric, result}` (ColumnDriftMetric, DataDriftTable:
 * each column's drift_detected a test; DatasetDriftMetric: the share of drifted columns a value
 * and dataset_drift a test; named as the 0.7 metrics that replace them are, ValueDrift and
 * DriftedColumnsCount), and a TestSuite's `tests` (name, status, group) with its `summary`.
 */



const evidently_SCHEMA = 'evidently-snapshot.schema.json';
const LEGACY_UNDATED = "this legacy Evidently report records none: add the time of the run as its timestamp, or save runs with Evidently 0.7's snapshot.dumps(), which keeps it";
const STATUS = { SUCCESS: 'pass', FAIL: 'fail', WARNING: 'warn', ERROR: 'error', SKIPPED: 'skip' };
const evidentlyRun = {
    format: 'evidently',
    schema: evidently_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) &&
        ((0,adapter/* isRecord */.u4)(value.metric_results) ||
            (Array.isArray(value.tests) && (Array.isArray(value.metrics) || (0,adapter/* isRecord */.u4)(value.summary))) ||
            (Array.isArray(value.metrics) && value.metrics.some((metric) => (0,adapter/* isRecord */.u4)(metric) && typeof metric.metric === 'string' && (0,adapter/* isRecord */.u4)(metric.result)))),
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(evidently_SCHEMA, doc, 'Evidently run result');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const run = { format: 'evidently', file: doc.file, tests: [], values: [] };
        const timestamp = (0,adapter/* dateText */.MK)(raw.timestamp);
        if (timestamp)
            run.ranAt = { value: timestamp, at: (0,adapter.at)(doc, ['timestamp']) };
        const addTests = (tests, base) => {
            if (!Array.isArray(tests))
                return;
            tests.forEach((test, index) => {
                if (!(0,adapter/* isRecord */.u4)(test))
                    return;
                const name = (0,source_doc/* asText */.e1)(test.name ?? test.id ?? `test ${index + 1}`);
                // A SnapshotModel's test records the metric it tested (`metric_config`: its hash id and params).
                const params = (0,adapter/* isRecord */.u4)(test.metric_config) && (0,adapter/* isRecord */.u4)(test.metric_config.params) ? test.metric_config.params : undefined;
                const metric = params && typeof params.type === 'string' ? fromParams(params) : undefined;
                run.tests.push({
                    name,
                    status: STATUS[String(test.status)],
                    at: (0,adapter.at)(doc, [...base, index, 'status']),
                    ...(typeof test.id === 'string' ? { id: test.id } : {}),
                    ...(metric !== undefined ? { metric: metric.name } : {}),
                    ...(metric?.key !== undefined ? { metricKey: metric.key } : {}),
                });
            });
        };
        addTests(raw.tests, ['tests']);
        if (!run.ranAt && Array.isArray(raw.tests) && (0,adapter/* isRecord */.u4)(raw.summary))
            run.undatedHint = LEGACY_UNDATED;
        // The dict view (`snapshot.dict()`, `json()`, `save_json()`): each top-level metric's result,
        // named by its params (`config`) or its explicit id (`metric_name` since Evidently 0.7.16,
        // `metric_id` before: "ValueDrift(column=age,method=psi)"); `id` is a hash. It has no timestamp.
        // A metric over a list of columns is named by them too (evidentlyIdentity), in every form.
        if (Array.isArray(raw.metrics)) {
            // Named once a report (review: built again for each of 8,000 DatasetDriftMetrics, it ran minutes):
            // of the columns its DataDriftTable reports, as a DataDriftPreset runs the two over the same columns.
            const columns = driftTableColumns(raw.metrics);
            const counted = (0,evidently/* evidentlyIdentity */.pq)('DriftedColumnsCount', columns ? { columns } : {});
            raw.metrics.forEach((metric, index) => {
                if (!(0,adapter/* isRecord */.u4)(metric))
                    return;
                if (typeof metric.metric === 'string' && (0,adapter/* isRecord */.u4)(metric.result)) {
                    addLegacyResult(run, doc, metric.metric, metric.result, ['metrics', index, 'result'], counted);
                    return;
                }
                const named = (0,adapter/* isRecord */.u4)(metric.config) && typeof metric.config.type === 'string' ? fromParams(metric.config) : fromExplicitId(metric.metric_name ?? metric.metric_id);
                const identity = named ?? (typeof metric.id === 'string' ? { name: metric.id } : undefined);
                if (identity !== undefined)
                    addValue(run, doc, identity, named?.type, metric.value, (part) => ['metrics', index, 'value', ...(part ? [part] : [])]);
            });
            const legacy = raw.metrics.some((metric) => (0,adapter/* isRecord */.u4)(metric) && typeof metric.metric === 'string');
            if (!run.ranAt && !(0,adapter/* isRecord */.u4)(raw.metric_results)) {
                run.undatedHint = legacy
                    ? LEGACY_UNDATED
                    : "Evidently's snapshot.json() and save_json() write none: save the run with snapshot.dumps(), which keeps its timestamp";
            }
        }
        // A saved snapshot (`snapshot.dumps()`, a SnapshotModel): results keyed by hashes, each with
        // its tests and, where Evidently records it, the metric it is for (`metric_value_location`).
        if ((0,adapter/* isRecord */.u4)(raw.metric_results)) {
            for (const [id, result] of Object.entries(raw.metric_results)) {
                if (!(0,adapter/* isRecord */.u4)(result))
                    continue;
                addTests(result.tests, ['metric_results', id, 'tests']);
                const location = result.metric_value_location;
                const params = (0,adapter/* isRecord */.u4)(location) && (0,adapter/* isRecord */.u4)(location.metric) && (0,adapter/* isRecord */.u4)(location.metric.params) ? location.metric.params : undefined;
                const named = params && typeof params.type === 'string' ? fromParams(params) : undefined;
                if (!named)
                    continue;
                // A SingleValue holds its number; a CountValue its count and share, each a SingleValue.
                const value = typeof result.value === 'number' ? result.value : { count: innerValue(result.count), share: innerValue(result.share) };
                addValue(run, doc, named, named.type, value, (part) => ['metric_results', id, ...(part ? [part] : []), 'value']);
            }
        }
        return { ok: true, value: run };
    },
};
/**
 * A legacy Report's result (`{metric, result}`), as the 0.7 metric that replaces it: a column's
 * drift score as ValueDrift(column), and its drift_detected as a test of it; the dataset's share
 * of drifted columns as DriftedColumnsCount, and dataset_drift as a test of it. Other legacy
 * metrics carry no drift result modelgate compares.
 */
function addLegacyResult(run, doc, metric, result, base, counted) {
    // Each column's verdict by the stat test Evidently chose (stattest_name), not its score: the
    // score of a K-S p-value read against a config's distance threshold is no drift (review).
    const column = (name, drift, path) => {
        const identity = (0,evidently/* evidentlyIdentity */.pq)('ValueDrift', { column: (0,source_doc/* asText */.e1)(name) });
        if (typeof drift.drift_detected === 'boolean') {
            run.tests.push({ name: `Drift in ${(0,source_doc/* asText */.e1)(name)}`, status: drift.drift_detected ? 'fail' : 'pass', at: (0,adapter.at)(doc, [...path, 'drift_detected']), metric: identity.name });
        }
    };
    if (metric === 'ColumnDriftMetric')
        column(result.column_name, result, base);
    else if (metric === 'DataDriftTable' && (0,adapter/* isRecord */.u4)(result.drift_by_columns)) {
        for (const [name, drift] of Object.entries(result.drift_by_columns))
            if ((0,adapter/* isRecord */.u4)(drift))
                column(drift.column_name ?? name, drift, [...base, 'drift_by_columns', name]);
    }
    else if (metric === 'DatasetDriftMetric') {
        const key = counted.key !== undefined ? { key: counted.key } : {};
        if (typeof result.share_of_drifted_columns === 'number')
            run.values.push({ name: counted.name, ...key, value: result.share_of_drifted_columns, at: (0,adapter.at)(doc, [...base, 'share_of_drifted_columns']), share: true });
        if (typeof result.dataset_drift === 'boolean') {
            run.tests.push({ name: 'Dataset drift', status: result.dataset_drift ? 'fail' : 'pass', at: (0,adapter.at)(doc, [...base, 'dataset_drift']), metric: counted.name, ...(counted.key !== undefined ? { metricKey: counted.key } : {}) });
        }
    }
}
/** The columns a legacy Report's first DataDriftTable reports on, in its order; undefined without one. */
function driftTableColumns(metrics) {
    const table = metrics.find((metric) => (0,adapter/* isRecord */.u4)(metric) && metric.metric === 'DataDriftTable' && (0,adapter/* isRecord */.u4)(metric.result) && (0,adapter/* isRecord */.u4)(metric.result.drift_by_columns));
    if (!(0,adapter/* isRecord */.u4)(table) || !(0,adapter/* isRecord */.u4)(table.result) || !(0,adapter/* isRecord */.u4)(table.result.drift_by_columns))
        return undefined;
    return Object.entries(table.result.drift_by_columns).map(([name, drift]) => (0,source_doc/* asText */.e1)((0,adapter/* isRecord */.u4)(drift) && drift.column_name !== undefined ? drift.column_name : name));
}
/** A result named from its metric's params (`type`, `column`, `columns`), as the config adapter names the metric. */
function fromParams(params) {
    return { ...(0,evidently/* evidentlyIdentity */.pq)(params.type, params), type: (0,evidently/* shortType */.RI)(params.type) };
}
/**
 * A result named from its explicit id, or undefined: "ValueDrift(column=age,method=psi)" is
 * "ValueDrift(age)", and "DriftedColumnsCount(columns=a,b,drift_share=0.5)" the
 * DriftedColumnsCount of the columns a and b, as its params would name it.
 */
function fromExplicitId(id) {
    if (typeof id !== 'string')
        return undefined;
    const call = explicitId(id);
    if (!call)
        return { name: id, type: id };
    const column = call.params.get('column')?.join(',').trim();
    return { ...(0,evidently/* evidentlyIdentity */.pq)(call.type, { column, columns: call.params.get('columns') }), type: call.type };
}
/** A param's name, as Evidently writes one (a metric's field, or a value location's key). */
const PARAM = /^[a-z_]\w*$/i;
/**
 * An explicit id read into its type and params, each param as the comma-separated pieces of its
 * value; undefined when it is not `Type(…)`. Evidently writes it (MetricResult.explicit_metric_id)
 * as each param that is set, `field=value`, joined by commas, a list's items joined by commas
 * with nothing around them: `DriftedColumnsCount(columns=a,b,drift_share=0.5)`. So a piece that
 * reads `name=` begins the next param and any other piece continues the list; a column named
 * `x=1`, or with a comma in its name, cannot be told apart there (the params of `config` and
 * `metric_value_location` can). One pass over the pieces: an id of any length or content is read
 * in linear time.
 */
function explicitId(id) {
    const text = id.trim();
    const open = text.indexOf('(');
    if (open <= 0 || !text.endsWith(')'))
        return undefined;
    const qualified = text.slice(0, open);
    if (!/^[\w.]+$/.test(qualified))
        return undefined;
    const params = new Map();
    const body = text.slice(open + 1, -1);
    let current;
    for (const piece of body === '' ? [] : body.split(',')) {
        const equals = piece.indexOf('=');
        const name = equals > 0 ? piece.slice(0, equals).trim() : '';
        if (PARAM.test(name)) {
            current = [piece.slice(equals + 1)];
            if (!params.has(name))
                params.set(name, current); // the metric's own param before a value location's of that name
        }
        else {
            current?.push(piece);
        }
    }
    return { type: qualified.split('.').pop(), params };
}
/** The number a SingleValue holds, as a SnapshotModel writes it (`{ "value": 0.4, … }`). */
function innerValue(single) {
    return (0,adapter/* isRecord */.u4)(single) ? single.value : undefined;
}
/**
 * A result's value as the config's bounds read it: a number as it is; a count and share (a
 * CountValue) by its share for DriftedColumnsCount, whose bound is `drift_share`, and by its
 * count for any other metric, whose tests bound the count.
 */
function addValue(run, doc, identity, type, value, pathOf) {
    const named = { name: identity.name, ...(identity.key !== undefined ? { key: identity.key } : {}) };
    if (typeof value === 'number') {
        run.values.push({ ...named, value, at: (0,adapter.at)(doc, pathOf()) });
        return;
    }
    if (!(0,adapter/* isRecord */.u4)(value))
        return;
    if (type === 'DriftedColumnsCount') {
        if (typeof value.share === 'number')
            run.values.push({ ...named, value: value.share, at: (0,adapter.at)(doc, pathOf('share')), share: true });
    }
    else if (typeof value.count === 'number') {
        run.values.push({ ...named, value: value.count, at: (0,adapter.at)(doc, pathOf('count')) });
    }
}

;// CONCATENATED MODULE: ./build/evidence/monitoring-run/modelgate.js

const monitoring_run_modelgate_SCHEMA = 'monitoring-run.schema.json';
const modelgateRun = {
    format: 'modelgate',
    schema: monitoring_run_modelgate_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && value.schema === 'modelgate/monitoring-run@1',
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(monitoring_run_modelgate_SCHEMA, doc, 'monitoring run result');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const run = {
            format: 'modelgate',
            file: doc.file,
            ranAt: { value: raw.ranAt, at: (0,adapter.at)(doc, ['ranAt']) },
            tests: raw.tests.map((test, index) => ({ name: test.name, status: test.status, at: (0,adapter.at)(doc, ['tests', index, 'status']) })),
            values: raw.tests.flatMap((test, index) => (typeof test.value === 'number' ? [{ name: test.name, value: test.value, at: (0,adapter.at)(doc, ['tests', index, 'value']) }] : [])),
        };
        return { ok: true, value: run };
    },
};

;// CONCATENATED MODULE: ./build/evidence/monitoring-run/formats.js


const monitoringRuns = {
    id: 'monitoring-run',
    what: 'monitoring run result',
    adapters: [modelgateRun, evidentlyRun],
    // A job writes a file a run (`runs/drift-2026-11-30.json`): latestRun may name them all.
    newest: { field: ['monitoring', 'latestRun'], madeAt: (run) => run.ranAt?.value },
};

;// CONCATENATED MODULE: ./build/evidence/monitoring-run/checks.js
/**
 * The latest monitoring run: read with the monitoring config it ran, whose schedule says how
 * old the run may be.
 */







/**
 * The run judged ran before the one the base commit judged: a pull request went back to an
 * earlier run (red team: the newest run, which failed, deleted, renamed out of the pattern's
 * reach, or the citation narrowed to an older run, and the older passing run was judged). The
 * base is the commit given (the Action's merge commit holds the base's runs); a branch checked
 * against a base that has since gained a run is told to merge it (review).
 */
function ranBeforeBase(system, file, ran, path) {
    const base = system.base;
    const cited = base?.manifest.data?.monitoring?.latestRun;
    if (!base || !ran || typeof cited !== 'string' || cited.trim() === '')
        return undefined;
    const before = base.evidence.evidence(monitoringRuns, cited);
    const then = before.ok ? before.value.ranAt : undefined;
    const baseTime = then ? (0,dates/* parseDate */._U)(then.value)?.getTime() : undefined;
    const headTime = (0,dates/* parseDate */._U)(ran.value)?.getTime();
    if (baseTime === undefined || headTime === undefined || headTime >= baseTime || !before.ok || !then)
        return undefined;
    return {
        message: `${file} ran on ${ran.value}, before ${before.value.file}, the run the base commit ${base.commit.slice(0, 12)} judged (ran on ${then.value}): a pull request does not go back to an earlier monitoring run; keep the newest run's result in reach of the citation, and fix what it found (a branch made before that run was committed to the base: merge the base into it first)`,
        path,
    };
}
/**
 * The latest monitoring run, when one is cited: it has a timestamp, is no older than
 * `maxPeriods` schedule periods (or `maxAgeDays` when there is no schedule), ran a test, no test
 * failed, and, read beside the monitoring config it ran, it reports every metric the config
 * monitors, skips none of their tests, and no value it reports is past the config's bound.
 */
const monitoringLatestRun = (0,check/* defineFunction */.Oh)({
    name: 'monitoring-latest-run',
    description: "A cited latest monitoring run is recent (within maxPeriods schedule periods, else maxAgeDays), ran at least one test (not all skipped or errored), has no failed or errored test, and agrees with the monitoring config: each metric the config monitors is reported, its tests are not all skipped, and its value is within the config's min, max or threshold.",
    optionsSchema: {
        type: 'object',
        required: ['maxPeriods', 'maxAgeDays'],
        additionalProperties: false,
        properties: { maxPeriods: { type: 'number', exclusiveMinimum: 0 }, maxAgeDays: { type: 'number', exclusiveMinimum: 0 } },
    },
    check({ value, path, options, system }) {
        if (typeof value !== 'string' || value.trim() === '')
            return { skip: 'no monitoring run is cited' };
        const run = system.evidence.evidence(monitoringRuns, value);
        // Cited by a pattern, every message says which of its runs was judged, and why that one.
        const newest = system.evidence.newestMatch(value);
        const judged = newest?.chosen.ok ? ` (${(0,store/* describeNewest */.qx)(newest)})` : '';
        if (!run.ok)
            return [{ message: `${run.problem.message}${judged}`, at: run.problem.at }];
        const { file, ranAt, tests } = run.value;
        const failures = [];
        const block = system.manifest.data.monitoring ?? {};
        const loaded = (0,monitoring_checks/* loadConfig */.Z9)(system, block);
        const found = (0,monitoring_checks/* scheduleOf */.rH)(block, loaded?.ok ? loaded.value : undefined);
        const gap = found ? (0,schedule/* maxGapMinutes */.qC)(found.schedule) : undefined;
        const allowedDays = gap ? (gap * options.maxPeriods) / 1440 : options.maxAgeDays;
        const basis = gap ? `${options.maxPeriods} schedule periods of ${(0,schedule/* formatMinutes */.dp)(gap)}` : `${options.maxAgeDays} days (no schedule to go by)`;
        const ran = ranAt;
        if (!ran) {
            failures.push({ message: `${file} has no timestamp, so its freshness cannot be shown${run.value.undatedHint ? ` (${run.value.undatedHint})` : ''}`, path });
        }
        else {
            const stale = (0,dates/* staleness */.TZ)(ran.value, system.now, allowedDays);
            if (stale === 'not-a-date')
                failures.push({ message: `${file}: "${ran.value}" is ${(0,dates/* notADate */.P9)(ran.value)}`, at: ran.at });
            else if (stale === 'future')
                failures.push({ message: `${file} is dated ${ran.value}, in the future`, at: ran.at });
            else if (stale)
                failures.push({ message: `the latest monitoring run (${ran.value.slice(0, 10)}) is ${stale.daysOld} days old; the policy allows ${basis}`, at: ran.at });
        }
        // A run that tested and reported nothing fails for that below; what it did not report of the config would only repeat it.
        const ranTests = tests.filter((test) => test.status === 'pass' || test.status === 'fail' || test.status === 'warn').length;
        if (loaded?.ok && (ranTests > 0 || run.value.values.length > 0))
            failures.push(...againstConfig(run.value, loaded.value, ran ? { at: ran.at } : { path }));
        for (const test of tests) {
            if (test.status === 'fail' || test.status === 'error') {
                failures.push({ message: `the latest monitoring run ${test.status === 'fail' ? 'failed' : 'could not run'} test "${test.name}"`, at: test.at });
            }
        }
        // A run whose tests all were skipped or errored, or that lists none, tested nothing: it
        // shows no failure, and no monitoring either.
        if (ranTests === 0) {
            const where = ran ? { at: ran.at } : { path };
            const skipped = tests.filter((test) => test.status === 'skip').length;
            const errored = tests.length - skipped;
            const counts = tests.length === 0 ? 'it lists no tests' : `all ${tests.length} of its tests were skipped (${skipped}) or errored (${errored})`;
            failures.push({ message: `${file}: the latest monitoring run ran no tests: ${counts}; a run that tested nothing is not a passing run`, ...where });
        }
        const said = failures.map((failure) => ({ ...failure, message: `${failure.message}${judged}` }));
        // A run named after the one judged that records no time may be newer: a job that crashed
        // mid-write must not leave yesterday's passing run judged in its place.
        for (const { rel, why } of newest?.undated ?? []) {
            said.push({ message: `${rel} records no time it ran (${why}), and is named after ${file}, the newest run by recorded time ${newest?.pattern.endsWith('/') ? 'in' : 'of'} ${newest?.pattern}: it may be the latest run; fix it, move it out of the pattern's reach, or narrow the pattern`, path });
        }
        const earlier = ranBeforeBase(system, file, ran, path);
        if (earlier)
            said.push(earlier);
        return said;
    },
});
/**
 * The run read beside the config it ran: each metric the config monitors must be reported, by a
 * test that ran (named by its id, its name or the metric it tested) or a value, and each value
 * must be within the metric's bound: a run that skipped every drift test, or reported drift of
 * 0.97 against a threshold of 0.2, is no passing run. A run that names none of the config's
 * metrics is one finding, not one a metric: it may be a run of another config, passing tests
 * that say nothing of what this one monitors.
 */
function againstConfig(run, config, where) {
    // A metric over a list of columns is matched by its key (its type and the set of its columns), not its name.
    const keys = (test) => [test.id, test.name].filter((n) => n !== undefined).map(methods/* metricKey */.Cc).concat(test.metric === undefined ? [] : [test.metricKey ?? (0,methods/* metricKey */.Cc)(test.metric)]);
    const testsOf = groupBy(run.tests.flatMap((test) => [...new Set(keys(test))].map((key) => [key, test])));
    const valuesOf = groupBy(run.values.map((value) => [(0,methods/* keyOf */.TN)(value), value]));
    const keysOf = (metric) => [(0,methods/* keyOf */.TN)(metric), ...(metric.reportedAs ?? []).map(methods/* metricKey */.Cc)];
    if (config.metrics.length > 0 && !config.metrics.some((metric) => keysOf(metric).some((key) => testsOf.has(key) || valuesOf.has(key)))) {
        const monitored = config.metrics.map((metric) => `"${metric.name}"`);
        const shown = monitored.length > 5 ? [...monitored.slice(0, 5), `and ${monitored.length - 5} more`] : monitored;
        return [
            {
                message: `${run.file}: the latest monitoring run names none of the metrics ${config.file} monitors (${shown.join(', ')}), so it is not shown to be a run of that config; name each test or value by its metric`,
                ...where,
            },
        ];
    }
    const failures = [];
    for (const metric of config.metrics) {
        const tests = keysOf(metric).flatMap((key) => testsOf.get(key) ?? []);
        const values = keysOf(metric).flatMap((key) => valuesOf.get(key) ?? []);
        if (tests.length === 0 && values.length === 0) {
            failures.push({ message: `${run.file}: the latest monitoring run reports nothing on "${metric.name}", which ${config.file} monitors`, at: metric.at });
            continue;
        }
        const skipped = tests.filter((test) => test.status === 'skip');
        if (values.length === 0 && tests.length > 0 && skipped.length === tests.length) {
            failures.push({ message: `the latest monitoring run skipped the test of "${metric.name}", which ${config.file} monitors`, at: skipped[0].at });
        }
        // Evidently's WARNING is a test that failed but was not marked critical: with no value to
        // judge, a metric whose tests only warned is past its bound, not reported within it.
        const warned = tests.filter((test) => test.status === 'warn');
        if (values.length === 0 && warned.length > 0 && warned.length + skipped.length === tests.length) {
            failures.push({ message: `the latest monitoring run's test of "${metric.name}", which ${config.file} monitors, warned (it failed, marked not critical): the metric is not shown within its bound`, at: warned[0].at });
        }
        for (const { value, at, share } of values) {
            const past = share ? pastShare(metric, value) : pastBound(metric, value);
            if (past)
                failures.push({ message: `the latest monitoring run reports ${metric.name} ${value}, ${past} (${config.file})`, at });
        }
    }
    return failures;
}
/** How a drifted share is past the metric's `maxShare`; Evidently flags drift at the share itself. */
function pastShare(metric, share) {
    return metric.maxShare !== undefined && share >= metric.maxShare ? `a drifted share at or above its drift_share ${metric.maxShare}` : undefined;
}
/** How `value` is past the metric's bound, or undefined when it is within it (or the bound's sense is unknown). */
function pastBound(metric, value) {
    if (metric.min !== undefined && value < metric.min)
        return `below its minimum ${metric.min}`;
    if (metric.max !== undefined && value > metric.max)
        return `above its maximum ${metric.max}`;
    const method = metric.method?.toLowerCase();
    if (metric.threshold === undefined || method === undefined)
        return undefined;
    const sense = (0,methods/* driftSense */.we)(method);
    if (sense === 'distance' && value > metric.threshold)
        return `above its ${method} threshold ${metric.threshold}`;
    if (sense === 'p-value' && value < metric.threshold)
        return `below its ${method} p-value threshold ${metric.threshold}`;
    return undefined;
}
/** Items by key, in order (pushed in place: a run of many tests of one name stays linear). */
function groupBy(pairs) {
    const groups = new Map();
    for (const [name, item] of pairs) {
        const list = groups.get(name);
        if (list)
            list.push(item);
        else
            groups.set(name, [item]);
    }
    return groups;
}

;// CONCATENATED MODULE: ./build/evidence/monitoring-run/kind.js
/** Monitoring run results: the latest run's tests and when it ran, cited by `monitoring.latestRun`. */




const monitoringRun = {
    ...monitoringRuns,
    citedBy: ['monitoring.latestRun'],
    checks: [monitoringLatestRun],
    docs: {
        heading: 'Latest monitoring run (`monitoring.latestRun`)',
        readsHeading: 'Read from it',
        formats: [
            { format: 'modelgate', what: 'our own run result, JSON or YAML', reads: 'when it ran (`ranAt`), each test, its status and its `value`' },
            {
                format: 'evidently',
                link: 'https://docs.evidentlyai.com/',
                what: 'an Evidently 0.7 snapshot: the saved `SnapshotModel` of `snapshot.dumps()` (`timestamp`, `metric_results`) or the view `snapshot.json()` and `save_json()` write (`metrics`, `tests`, no timestamp); or a legacy Evidently (0.4 to 0.6, `evidently.legacy`) Report (`metrics` of `{metric, result}`) or TestSuite (`tests`, `summary`) as its `json()` writes it',
                reads: 'when it ran (`timestamp`), every test and its status (`FAIL` and `ERROR` count as failed, `WARNING` does not), each metric\'s value by the metric it is for (its `config` or `metric_value_location` params, or its `metric_name`, `metric_id` before Evidently 0.7.16); a drifted-columns count by its `share`. From a legacy Report: each column\'s `drift_detected` (ColumnDriftMetric, DataDriftTable) as a test of `ValueDrift(column)`, failed when true (its `drift_score` is not compared: it is the score of the stat test Evidently chose, which may not be the config\'s), and the share of drifted columns (DatasetDriftMetric) as the `DriftedColumnsCount` of the DataDriftTable\'s columns, as 0.7 names them, with `dataset_drift` as its test',
            },
        ],
    },
    init: {
        // Several runs in one folder, of one extension, are a job's runs: the manifest cites them by
        // a pattern, so each new run is judged without editing it (the gate picks the newest, as
        // below), when the pattern matches nothing else init listed (review: a thresholds.json beside
        // the runs sorted last, and was judged a run that records no time). Otherwise it cites the
        // latest run: the one run last by its own date, else the last by name (run files named by
        // date sort oldest first).
        cite(manifest, found, listed) {
            const folders = new Set(found.map((f) => external_node_path_.posix.dirname(f.file)));
            const extensions = new Set(found.map((f) => external_node_path_.posix.extname(f.file)));
            const [folder] = folders;
            const [extension] = extensions;
            const runs = new Set(found.map((f) => f.file));
            const onlyRuns = () => [...listed].every((file) => external_node_path_.posix.dirname(file) !== folder || external_node_path_.posix.extname(file) !== extension || runs.has(file));
            if (found.length > 1 && folders.size === 1 && extensions.size === 1 && folder !== undefined && extension && onlyRuns()) {
                citeAt(manifest, ['monitoring', 'latestRun'], `${folder === '.' ? '' : `${folder}/`}*${extension}`);
                return;
            }
            const ranAt = (f) => (f.read.ok ? Date.parse(f.read.value.ranAt?.value ?? '') : Number.NaN);
            const dated = found.filter((f) => !Number.isNaN(ranAt(f)));
            const latest = dated.length > 0 ? dated.reduce((a, b) => (ranAt(b) >= ranAt(a) ? b : a)) : found.at(-1);
            if (latest)
                citeAt(manifest, ['monitoring', 'latestRun'], latest.file);
        },
    },
};

// EXTERNAL MODULE: ./build/evidence/monitoring/formats.js + 3 modules
var monitoring_formats = __webpack_require__(8263);
;// CONCATENATED MODULE: ./build/evidence/monitoring/kind.js
/** Drift-monitoring configs: what a monitoring tool measures, against what, how often, and who is alerted; cited by `monitoring.config`. */



const monitoring = {
    ...monitoring_formats/* monitoringConfigs */.k,
    citedBy: ['monitoring.config'],
    formatField: 'monitoring.format',
    checks: [monitoring_checks/* monitoringConfigReadable */.xm, monitoring_checks/* monitoringDeclares */.Gq],
    docs: {
        heading: 'Monitoring configs (`monitoring.format`)',
        readsHeading: 'Read from it',
        formats: [
            { format: 'modelgate', what: 'our normalised config, YAML or JSON', reads: 'everything' },
            {
                format: 'evidently',
                link: 'https://docs.evidentlyai.com/',
                what: 'an Evidently 0.7 `ReportConfig`, as `evidently report CONFIG …` reads it',
                reads: "metrics (`DataDriftPreset`, `ValueDrift`, … with `method`/`threshold`, `null` meaning Evidently's default test; quality metrics bounded by their `tests`)",
            },
            {
                format: 'nannyml',
                link: 'https://nannyml.readthedocs.io/en/stable/',
                what: '`nannyml.yaml` for `nml run`',
                reads: "reference data path, enabled calculators with methods and thresholds (or NannyML's defaults), `scheduling.interval` or `cron.crontab`",
            },
            {
                format: 'whylogs',
                link: 'https://docs.whylabs.ai/docs/',
                what: 'a WhyLabs monitor config (`MonitorManager.dump()`) for whylogs profiles',
                reads: 'analyzers (metric, algorithm, threshold), baseline (`Reference` is pinned, `TrailingWindow` is not), cadence or cron, monitor actions as the alert route',
            },
        ],
    },
    init: {
        // A system has one monitoring config: the first found.
        cite(manifest, [first]) {
            if (!first)
                return;
            citeAt(manifest, ['monitoring', 'config'], first.file);
            citeAt(manifest, ['monitoring', 'format'], first.format);
        },
    },
};

// EXTERNAL MODULE: ./build/evidence/model-changed.js
var model_changed = __webpack_require__(8836);
// EXTERNAL MODULE: ./build/evidence/robustness/formats.js + 5 modules
var robustness_formats = __webpack_require__(4720);
// EXTERNAL MODULE: ./build/evidence/robustness/types.js
var types = __webpack_require__(6806);
;// CONCATENATED MODULE: ./build/evidence/robustness/checks.js
/**
 * Red-team and robustness results judged against the manifest's thresholds (per probe family,
 * metric or test), the model version the manifest describes, the run's date, and the probe
 * families the policy requires.
 */







const UNREADABLE = { skip: 'the result cannot be read (robustness/result-readable says why)' };
const robustness_checks_noOptions = { type: 'object', additionalProperties: false };
function loadResults(system, entry) {
    if (!entry || typeof entry !== 'object')
        return undefined;
    const { path, format } = entry;
    if (typeof path !== 'string' || path.trim() === '')
        return undefined;
    return system.evidence.evidence(robustness_formats/* robustnessResults */.V, path, typeof format === 'string' ? format : undefined);
}
/** The cited result entries in the manifest (possibly none). */
function robustness_checks_entriesOf(data) {
    const results = data.assurance?.robustness?.results;
    return Array.isArray(results) ? results : [];
}
/** What a family is called in messages: "garak dan", "Giskard NumericalPerturbationDetector", "family noise". */
function toolOf(report) {
    return { garak: 'garak', promptfoo: 'promptfoo', giskard: 'Giskard' }[report.format] ?? 'family';
}
/** Whether a result belongs to the family a threshold or the policy names (`*`: every result). */
const inFamily = (result, family) => family === '*' || result.families.includes(family);
const percent = (rate) => `${(Math.floor(rate * 1000) / 10).toFixed(1)}%`;
/** Issues a result counts at `level` or worse; for a pass count, the tests that did not pass. */
function issuesOf(result, level) {
    if (result.issues) {
        const worst = types/* ISSUE_LEVELS */.o.slice(0, types/* ISSUE_LEVELS */.o.indexOf(level) + 1);
        return worst.reduce((sum, name) => sum + result.issues[name], 0);
    }
    return (result.total ?? 0) - (result.passed ?? 0);
}
const robustnessResultReadable = (0,check/* defineFunction */.Oh)({
    name: 'robustness-result-readable',
    description: 'A cited red-team or robustness result exists, parses, is in a supported format, agrees with its own summary, and holds results.',
    optionsSchema: robustness_checks_noOptions,
    check({ target, targetPath, system }) {
        const report = loadResults(system, target);
        if (!report)
            return [{ message: 'the result entry has no path', path: targetPath }];
        if (!report.ok)
            return [(0,check/* unusableEvidence */.rI)(report.problem, [...targetPath, 'path'])];
        const failures = report.value.inconsistencies.map((problem) => ({ message: problem.message, at: problem.at }));
        if (report.value.results.length === 0) {
            const why = report.value.format === 'garak'
                ? ' (no eval lines: the run stopped before any probe finished)'
                : report.value.format === 'giskard'
                    ? ' (no detector: Giskard writes a key for each detector it ran)'
                    : '';
            failures.push({ message: `${report.value.file} holds no results${why}`, path: [...targetPath, 'path'] });
        }
        return failures;
    },
});
const robustnessThresholds = (0,check/* defineFunction */.Oh)({
    name: 'robustness-thresholds',
    description: "A result's citation sets thresholds, and each is met: the family's tests passed at `minPassRate` or more (summed over its probes and detectors), no more than `maxUnscoredShare` of its outputs went unscored (garak's nones), and it found no more than `maxIssues` issues at `level` or worse; a detector that reports issues (Giskard) and no threshold names found no major one.",
    optionsSchema: { type: 'object', additionalProperties: false, properties: { maxUnscoredShare: { type: 'number', minimum: 0, maximum: 1 } } },
    check({ target, targetPath, options, system }) {
        const thresholds = target?.thresholds;
        // A result held to nothing passes whatever it found (red team: a Giskard export naming a
        // made-up detector, cited without thresholds, passed for a new system).
        if (!Array.isArray(thresholds) || thresholds.length === 0) {
            return [{ message: 'the result is cited with no thresholds, so nothing it found is held to anything: set thresholds for the probe families or detectors it must pass (family "*" bounds every result)', path: targetPath }];
        }
        const report = loadResults(system, target);
        if (!report?.ok)
            return UNREADABLE;
        const failures = [];
        const families = [];
        thresholds.forEach((raw, index) => {
            if (!raw || typeof raw !== 'object' || typeof raw.family !== 'string')
                return; // the manifest schema's finding
            families.push(raw.family);
            failures.push(...judge(report.value, raw, [...targetPath, 'thresholds', index], options.maxUnscoredShare ?? 1));
        });
        // A detector that reports issues and that no threshold names is held to no major issue (red
        // team: a major data leakage found by a detector the thresholds left out passed); a
        // threshold for it, or for "*", says otherwise, and governance/thresholds-kept guards that.
        const tool = toolOf(report.value);
        for (const result of report.value.results) {
            if (!result.issues || families.some((family) => inFamily(result, family)))
                continue;
            const major = issuesOf(result, 'major');
            if (major > 0)
                failures.push({ message: `${tool} ${result.name} found ${major} major issue${major === 1 ? '' : 's'}, and no threshold names it: a major issue fails unless a threshold for ${result.name} allows it`, at: result.at });
        }
        return failures;
    },
});
function judge(report, threshold, at, maxUnscoredShare) {
    const tool = toolOf(report);
    const { family } = threshold;
    const results = report.results.filter((result) => inFamily(result, family));
    if (results.length === 0) {
        return [{ message: `${report.file} has no result for ${family}, so its threshold cannot be shown to be met`, path: [...at, 'family'] }];
    }
    const failures = [];
    // NaN (YAML .nan) compares false with everything, Infinity allows everything: neither holds a result to anything.
    const unusable = ['minPassRate', 'maxIssues'].filter((key) => typeof threshold[key] === 'number' && !Number.isFinite(threshold[key]));
    if (unusable.length > 0) {
        return unusable.map((key) => ({ message: `the threshold ${key} for ${family} is ${String(threshold[key])}, not a number a result can be held to`, path: [...at, key] }));
    }
    if (typeof threshold.minPassRate === 'number') {
        const counted = results.filter((result) => result.total !== undefined);
        const passed = counted.reduce((sum, result) => sum + (result.passed ?? 0), 0);
        const total = counted.reduce((sum, result) => sum + (result.total ?? 0), 0);
        if (total === 0) {
            const why = counted.length === 0 ? `counts issues, not passes; set maxIssues for it` : 'evaluated no outputs';
            failures.push({ message: `${tool} ${family} in ${report.file} ${why}`, path: [...at, 'minPassRate'] });
        }
        else if (passed / total < threshold.minPassRate) {
            // The finding goes where the reader should look: the family's worst result in the report.
            const rate = (result) => (result.total ? (result.passed ?? 0) / result.total : 1);
            const worst = counted.reduce((a, b) => (rate(b) < rate(a) ? b : a));
            const detail = counted.length > 1 ? `; worst ${worst.name}, ${worst.passed} of ${worst.total}` : '';
            failures.push({
                message: `${tool} ${family} passed ${passed} of ${total} (${percent(passed / total)}), below the threshold ${percent(threshold.minPassRate)}${detail}`,
                at: worst.at,
            });
        }
        // A rate over the few outputs that were scored does not show the family was withstood.
        const unscored = counted.reduce((sum, result) => sum + (result.unscored ?? 0), 0);
        if (unscored > 0 && unscored / (total + unscored) > maxUnscoredShare) {
            const most = counted.reduce((a, b) => ((b.unscored ?? 0) > (a.unscored ?? 0) ? b : a));
            failures.push({
                message: `${tool} ${family}: ${unscored} of ${total + unscored} outputs were not scored (no output from the target, a blocked request, or a detector error), more than the ${percent(maxUnscoredShare)} the policy allows: a pass rate over the other ${total} does not show it was withstood; fix the target or the detector and run again`,
                at: most.at,
            });
        }
    }
    // A family whose results count tests and evaluated none found no issue by looking at nothing.
    const evaluatedNothing = results.every((result) => !result.issues && (result.total ?? 0) === 0);
    if (typeof threshold.maxIssues === 'number' && evaluatedNothing && typeof threshold.minPassRate !== 'number') {
        failures.push({ message: `${tool} ${family} in ${report.file} evaluated no outputs`, path: [...at, 'maxIssues'] });
    }
    else if (typeof threshold.maxIssues === 'number') {
        const level = threshold.level ?? 'minor';
        const found = results.reduce((sum, result) => sum + issuesOf(result, level), 0);
        if (found > threshold.maxIssues) {
            const worst = results.reduce((a, b) => (issuesOf(b, level) > issuesOf(a, level) ? b : a));
            const what = results.some((result) => result.issues) ? `issue${found === 1 ? '' : 's'} at level ${level} or worse` : `failed test${found === 1 ? '' : 's'}`;
            failures.push({ message: `${tool} ${family} found ${found} ${what}, more than the threshold allows (${threshold.maxIssues})`, at: worst.at });
        }
    }
    return failures;
}
const robustnessResultModelVersion = (0,check/* defineFunction */.Oh)({
    name: 'robustness-result-model-version',
    description: "A cited red-team or robustness result is for the model version the manifest describes (the report's own record wins over the citation's `modelVersion`).",
    optionsSchema: robustness_checks_noOptions,
    check({ target, targetPath, system }) {
        const report = loadResults(system, target);
        if (!report?.ok)
            return UNREADABLE;
        const { value: expected, described } = (0,manifest/* comparedVersion */.i6)(system.manifest.data);
        const { file, modelVersion } = report.value;
        if (modelVersion) {
            if ((0,source_doc/* asText */.e1)(modelVersion.value) === expected)
                return [];
            return [{ message: `${file} is for model version ${modelVersion.value}, but ${described}`, at: modelVersion.at }];
        }
        const claimed = target.modelVersion;
        if (typeof claimed === 'string' || typeof claimed === 'number') {
            if (String(claimed) === expected)
                return [];
            return [{ message: `${file} is declared for model version ${claimed}, but ${described}`, path: [...targetPath, 'modelVersion'] }];
        }
        const tested = report.value.target ? ` (${toolOf(report.value)} names the target ${report.value.target})` : '';
        return [{ message: `${file} does not say which model version it tested${tested}; set modelVersion on its citation`, path: targetPath }];
    },
});
const robustnessResultFresh = (0,check/* defineFunction */.Oh)({
    name: 'robustness-result-fresh',
    description: "A cited red-team or robustness result ran no more than maxAgeDays before the run's date (`--as-of`), and not before the model files the system ships were produced (`artifacts[].date`); in a pull request that changes a model file (a new sha256, or the file itself as git compares it), it is not a result the base commit cited, unchanged. Its own timestamp wins over the citation's `date`.",
    optionsSchema: dates/* MAX_AGE_OPTIONS */.MZ,
    check({ target, targetPath, options, system }) {
        const report = loadResults(system, target);
        if (!report?.ok)
            return UNREADABLE;
        const cited = target.date;
        const dated = report.value.runAt ?? (typeof cited === 'string' ? { value: cited, at: undefined } : undefined);
        const { file } = report.value;
        if (!dated)
            return [{ message: `${file} does not say when it ran; set date on its citation`, path: targetPath }];
        const where = { path: [...targetPath, 'date'], ...(dated.at ? { at: dated.at } : {}) };
        const stale = (0,dates/* staleness */.TZ)(dated.value, system.now, options.maxAgeDays);
        if (stale === 'not-a-date')
            return [{ message: `${file}: "${dated.value}" is ${(0,dates/* notADate */.P9)(dated.value)}`, ...where }];
        const day = dated.value.slice(0, 10);
        if (stale === 'future')
            return [{ message: `${file} is dated ${day}, in the future`, ...where }];
        if (stale)
            return [{ message: `${file} ran on ${day}, ${stale.daysOld} days ago; the policy allows ${options.maxAgeDays}`, ...where }];
        // A run older than the model file that ships tested another model (by calendar day: garak
        // writes local time without a zone).
        const newer = (0,model_changed/* producedAfter */.fN)(system.manifest.data, dated.value);
        if (newer)
            return [{ message: `${file} ran on ${day}, before ${newer.path} was produced (${newer.date}); test the model that ships`, ...where }];
        const citedPath = target.path;
        const earlier = typeof citedPath === 'string' ? (0,model_changed/* reportOfEarlierModel */.fg)(system, citedPath, (manifest) => manifest.assurance?.robustness?.results) : undefined;
        if (earlier)
            return [{ message: `${file} is the result the base commit ${earlier.commit} cited${earlier.as ? ` as ${earlier.as}` : ''}, unchanged, but ${earlier.path} has ${earlier.how}: it tested the earlier model; test the model that ships`, path: [...targetPath, 'path'] }];
        return [];
    },
});
const robustnessRequiredFamilies = (0,check/* defineFunction */.Oh)({
    name: 'robustness-required-families',
    description: 'Every probe family the policy lists was run: some cited, readable result has a result in it.',
    optionsSchema: {
        type: 'object',
        required: ['families'],
        additionalProperties: false,
        properties: { families: { type: 'array', items: { type: 'string', minLength: 1 } } },
    },
    check({ path, options, system }) {
        if (options.families.length === 0)
            return { skip: 'the policy lists no required probe families' };
        const entries = robustness_checks_entriesOf(system.manifest.data);
        const reports = entries.map((entry) => loadResults(system, entry)).flatMap((report) => (report?.ok ? [report.value] : []));
        const ran = (family) => reports.some((report) => report.results.some((result) => inFamily(result, family) && (result.issues !== undefined || (result.total ?? 0) > 0)));
        const missing = options.families.filter((family) => !ran(family));
        if (missing.length === 0)
            return [];
        const where = entries.length > 0 ? [...path, 'assurance', 'robustness', 'results'] : path;
        const cited = entries.length === 0 ? 'no red-team or robustness result is cited' : 'no cited result ran them';
        return [{ message: `the policy requires the probe famil${missing.length === 1 ? 'y' : 'ies'} ${missing.join(', ')}, but ${cited}`, path: where }];
    },
});
const ROBUSTNESS_CHECKS = [
    robustnessResultReadable,
    robustnessThresholds,
    robustnessResultModelVersion,
    robustnessResultFresh,
    robustnessRequiredFamilies,
];

;// CONCATENATED MODULE: ./build/evidence/robustness/kind.js
/** Red-team and robustness results (garak, promptfoo, Giskard), cited by `assurance.robustness.results[].path`, judged against thresholds per probe family. */



const robustness = {
    ...robustness_formats/* robustnessResults */.V,
    citedBy: ['assurance.robustness.results.*.path'],
    formatField: 'assurance.robustness.results.*.format',
    checks: ROBUSTNESS_CHECKS,
    docs: {
        heading: 'Red-team and robustness results (`assurance.robustness.results[].format`)',
        readsHeading: 'Read from it',
        formats: [
            {
                format: 'modelgate',
                what: 'our own results, JSON or YAML, for a tool without an adapter',
                reads: 'everything: per family, tests passed of a total or issues by level; the model version; when it ran',
            },
            {
                format: 'garak',
                link: 'https://github.com/NVIDIA/garak',
                what: "garak's report JSONL (`garak.<run>.report.jsonl`, NVIDIA)",
                reads: 'each `eval` line (probe, detector, `passed` of `total_evaluated`, or `total` before garak 0.14), the family being the probe\'s module (`dan` for `dan.Dan_11_0`); when it ran (`init.start_time`); the target (`plugins.target_name`); a line that is not JSON is a finding at that line',
            },
            {
                format: 'promptfoo',
                link: 'https://www.promptfoo.dev/docs/configuration/outputs/',
                what: 'the JSON of `promptfoo eval -o results.json`',
                reads: "each test's `success`, in the families it names (its red-team plugin `metadata.pluginId` and its assertions' `metric`s); when it ran (`results.timestamp`); the provider; `stats` are checked against the results",
            },
            {
                format: 'giskard',
                link: 'https://github.com/Giskard-AI/giskard',
                what: "Giskard's scan export (`scan_report.to_json(\"scan.json\")`)",
                reads: 'the issues each detector found, by level (`major`, `medium`, `minor`); the export has no date or model version, so the citation gives them',
            },
        ],
    },
    init: {
        // Which model version a garak, promptfoo or Giskard run tested only the team knows (ours says).
        cite(manifest, found) {
            const results = found.map((f) => ({ path: f.file, format: f.format, modelVersion: (f.read.ok ? f.read.value.modelVersion?.value : undefined) ?? TODO }));
            citeAt(manifest, ['assurance', 'robustness', 'results'], results);
        },
    },
};

// EXTERNAL MODULE: ./build/discover/discover.js
var discover = __webpack_require__(1855);
;// CONCATENATED MODULE: ./build/evidence/security-scan/modelgate.js
/** Our own normalised security scan (`schemas/security-scan.schema.json`), for scanners without an adapter. */



const security_scan_modelgate_SCHEMA = 'security-scan.schema.json';
const modelgateScan = {
    format: 'modelgate',
    schema: security_scan_modelgate_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && value.schema === 'modelgate/security-scan@1',
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(security_scan_modelgate_SCHEMA, doc, 'security scan');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const scan = {
            format: 'modelgate',
            file: doc.file,
            scannedAt: { value: raw.scannedAt, at: (0,adapter.at)(doc, ['scannedAt']) },
            scanned: raw.scanned,
            scannedCount: { value: raw.scanned.length, at: (0,adapter.at)(doc, ['scanned']) },
            issues: raw.issues.map((issue, index) => ({ ...issue, at: (0,adapter.at)(doc, ['issues', index, 'severity']) })),
            errors: (raw.errors ?? []).map((error, index) => ({ ...error, at: (0,adapter.at)(doc, ['errors', index]) })),
            skipped: (raw.skipped ?? []).map((skipped, index) => ({
                source: skipped.source,
                description: skipped.description ?? 'skipped',
                at: (0,adapter.at)(doc, ['skipped', index, 'source']),
            })),
            inconsistencies: [],
        };
        // An issue in a file the scan did not read was written in by hand, and security/scan-clean,
        // which judges issues in shipped files, could miss it (as in modelscan's reports).
        const files = new Set(raw.scanned.map(same_file/* toolFileKey */._c));
        raw.issues.forEach((issue, index) => {
            if (!files.has((0,same_file/* toolFileKey */._c)(issue.source)))
                scan.inconsistencies.push({ message: `${doc.file}: an issue is in ${(0,source_doc/* quoted */.TL)(issue.source)}, which is not among the files the scan read (scanned)`, at: (0,adapter.at)(doc, ['issues', index, 'source']) });
        });
        return { ok: true, value: scan };
    },
};

// EXTERNAL MODULE: ./build/evidence/security-scan/code-free.js + 1 modules
var code_free = __webpack_require__(4083);
;// CONCATENATED MODULE: ./build/evidence/security-scan/types.js
const SCAN_SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

;// CONCATENATED MODULE: ./build/evidence/security-scan/modelscan.js
/**
 * modelscan's JSON report (`modelscan -p PATH -r json -o report.json`), as written by
 * `ModelScan._generate_results` (protectai/modelscan, modelscan/modelscan.py): `summary`
 * (issue counts by severity, `timestamp` in the scanning machine's local time, `scanned.scanned_files`,
 * `skipped.skipped_files` when run with --show-skipped), `issues` and `errors`. Paths are
 * relative to the folder it scanned, which `absolute_path` names.
 */





const modelscan_SCHEMA = 'modelscan-report.schema.json';
const modelscanReport = {
    format: 'modelscan',
    schema: modelscan_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && (0,adapter/* isRecord */.u4)(value.summary) && (0,adapter/* isRecord */.u4)(value.summary.total_issues_by_severity) && Array.isArray(value.issues),
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(modelscan_SCHEMA, doc, 'modelscan report');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const scan = {
            format: 'modelscan',
            file: doc.file,
            scanned: raw.summary.scanned.scanned_files ?? [],
            scannedCount: { value: raw.summary.scanned.total_scanned, at: (0,adapter.at)(doc, ['summary', 'scanned', 'total_scanned']) },
            issues: raw.issues.map((issue, index) => ({
                severity: issue.severity,
                description: issue.description,
                ...(issue.operator !== undefined ? { operator: issue.operator } : {}),
                ...(issue.module !== undefined ? { module: issue.module } : {}),
                source: issue.source,
                at: (0,adapter.at)(doc, ['issues', index, 'severity']),
            })),
            errors: raw.errors.map((error, index) => ({
                description: error.description,
                ...(error.source !== undefined ? { source: error.source } : {}),
                at: (0,adapter.at)(doc, ['errors', index]),
            })),
            skipped: (raw.summary.skipped?.skipped_files ?? []).map((skipped, index) => ({
                source: skipped.source,
                description: skipped.description ?? skipped.category ?? 'skipped',
                at: (0,adapter.at)(doc, ['summary', 'skipped', 'skipped_files', index, 'source']),
            })),
            inconsistencies: [],
        };
        // modelscan 0.5.2 on writes every path relative to this folder (ModelScan._generate_results);
        // without it, the path it was given (-p), which may be the one file it scanned.
        const folder = raw.summary.absolute_path?.trim() || raw.summary.input_path?.trim();
        if (folder)
            scan.folder = folder;
        // Red team: absolute_path taken out of a scan of a decoy folder, the rest left as written;
        // review: and input_path and the version with it (every modelscan writes input_path).
        if (!raw.summary.absolute_path?.trim() && writesAbsolutePath(raw.summary.modelscan_version)) {
            scan.inconsistencies.push({ message: `${doc.file} says modelscan ${raw.summary.modelscan_version} wrote it, which writes the folder it scanned (summary.absolute_path), but it has none: this report was not written by modelscan as it is`, at: (0,adapter.at)(doc, ['summary', 'modelscan_version']) });
        }
        else if (!folder) {
            scan.inconsistencies.push({ message: `${doc.file} does not say what modelscan scanned (summary.input_path), which modelscan writes: this report was not written by modelscan as it is`, at: (0,adapter.at)(doc, ['summary']) });
        }
        const timestamp = (0,adapter/* dateText */.MK)(raw.summary.timestamp);
        if (timestamp)
            scan.scannedAt = { value: timestamp, at: (0,adapter.at)(doc, ['summary', 'timestamp']) };
        // The summary counts what the issues list holds; a list cut short disagrees with it.
        for (const severity of SCAN_SEVERITIES) {
            const counted = raw.summary.total_issues_by_severity[severity];
            const listed = scan.issues.filter((issue) => issue.severity === severity).length;
            if (counted !== undefined && counted !== listed) {
                scan.inconsistencies.push({
                    message: `${doc.file}: the summary counts ${counted} ${severity} issue${counted === 1 ? '' : 's'} but the report lists ${listed}`,
                    at: (0,adapter.at)(doc, ['summary', 'total_issues_by_severity', severity]),
                });
            }
        }
        const total = raw.summary.scanned.total_scanned;
        if (raw.summary.scanned.scanned_files && total !== raw.summary.scanned.scanned_files.length) {
            scan.inconsistencies.push({
                message: `${doc.file}: the summary counts ${total} scanned files but lists ${raw.summary.scanned.scanned_files.length}`,
                at: (0,adapter.at)(doc, ['summary', 'scanned', 'total_scanned']),
            });
        }
        // modelscan lists every file it found an issue in among the files it scanned, written the
        // same way (an archive's member as "archive:member"): an issue elsewhere was written in by
        // hand, and security/scan-clean, which judges issues in shipped files, would not see it (red
        // team: "Scorer-2.3.0.onnx" beside a scanned "scorer-2.3.0.onnx").
        const listed = raw.summary.scanned.scanned_files;
        // modelscan has no scanner for safetensors or ONNX (its DEFAULT_SETTINGS): it lists them
        // as skipped, never scanned (red team: a report claiming to have scanned an .onnx file).
        // Nor for Python source (review: a report listing modeling code as scanned covered it).
        (listed ?? []).forEach((file, index) => {
            const extension = (0,code_free/* codeFreeExtension */.d1)(file) ?? (/\.py$/i.test((0,same_file/* toolFileKey */._c)(file)) ? '.py' : undefined);
            if (extension)
                scan.inconsistencies.push({ message: `${doc.file} lists ${(0,source_doc/* quoted */.TL)(file)} as scanned, but modelscan has no scanner for ${extension} files: it lists them as skipped (SCAN_NOT_SUPPORTED), so this report was not written by modelscan as it is`, at: (0,adapter.at)(doc, ['summary', 'scanned', 'scanned_files', index]) });
        });
        if (listed && listed.length > 0) {
            // As the files are compared elsewhere (an archive's member counts as the archive), but case kept.
            const files = new Set(listed.map(same_file/* toolFileKey */._c));
            raw.issues.forEach((issue, index) => {
                if (!files.has((0,same_file/* toolFileKey */._c)(issue.source)))
                    scan.inconsistencies.push({ message: `${doc.file}: an issue is in ${(0,source_doc/* quoted */.TL)(issue.source)}, which is not among the files the report scanned (scanned_files): modelscan lists each file it finds an issue in`, at: (0,adapter.at)(doc, ['issues', index, 'source']) });
            });
        }
        return { ok: true, value: scan };
    },
};
/** Whether a modelscan version writes `summary.absolute_path`: 0.5.2 and later. */
function writesAbsolutePath(version) {
    const parts = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version?.trim() ?? '');
    if (!parts)
        return false;
    const [major, minor, patch] = parts.slice(1).map(Number);
    return major > 0 || minor > 5 || (minor === 5 && patch >= 2);
}

;// CONCATENATED MODULE: ./build/evidence/security-scan/formats.js


const securityScans = {
    id: 'security-scan',
    what: 'model security scan',
    adapters: [modelgateScan, modelscanReport],
};

// EXTERNAL MODULE: ./build/evidence/security-scan/model-folder.js
var model_folder = __webpack_require__(4903);
;// CONCATENATED MODULE: ./build/evidence/security-scan/checks.js
/**
 * Model security scans judged against the files the system ships: the manifest's `artifacts`
 * (paths relative to the manifest), or, when it lists none, every file a scan read (fail closed:
 * an issue anywhere counts). A scanner writes paths relative to the folder it scanned, so an
 * artifact and a scanned file are the same when one path ends with the other at a `/`.
 */













function loadScan(system, entry) {
    if (!entry || typeof entry !== 'object')
        return undefined;
    const { path, format } = entry;
    if (typeof path !== 'string' || path.trim() === '')
        return undefined;
    return system.evidence.evidence(securityScans, path, typeof format === 'string' ? format : undefined);
}
/**
 * Whether a file the scan names is one the loader reads with a shipped model file: in a folder
 * that holds one by the scan's own list, or below it (red team: a pickle with os.system beside
 * the model, not listed in artifacts, passed); or a file modelFolders finds there, which a scan
 * of each file or each folder names without the shipped one (third red team: a scan of
 * pytorch_model.bin alone, of 2_Dense/ alone, a code scanner's issue in modeling_x.py).
 * Undefined source or no artifacts: ships() already answers.
 */
function besideShipped(system, scan, artifacts, ships) {
    if (artifacts.length === 0)
        return () => false;
    let folders; // worked out for the first issue not in a shipped file
    let loaderFiles;
    return (source) => {
        if (!folders) {
            folders = new Set();
            for (const file of [...scan.scanned, ...scan.skipped.map((entry) => entry.source)])
                if (ships(file))
                    folders.add(folderOf(file));
            loaderFiles = new same_file/* SameFileIndex */.$A();
            for (const { file } of (0,model_folder/* modelFolders */.tH)(system, artifacts).files)
                loaderFiles.add((0,same_file/* artifactKey */.Wf)(file), true);
            // And beside a model file in another folder of the system (red team: the same pickle, a folder away).
            for (const { file } of (0,model_folder/* systemModelFolders */.g_)(system).files)
                if ((0,code_free/* mayRunCode */.I0)(file))
                    loaderFiles.add((0,same_file/* artifactKey */.Wf)(file), true);
        }
        const shipped = folders;
        const folder = folderOf(source);
        for (let end = folder.length; end > 0; end = folder.lastIndexOf('/', end - 1))
            if (shipped.has(folder.slice(0, end)))
                return true;
        return shipped.has('') || loaderFiles.mayHave((0,same_file/* toolFileKey */._c)(source));
    };
}
/** The folder of a path a scan names, case aside: an archive's member is in the archive's folder (toolFileKey). */
function folderOf(file) {
    const key = (0,same_file/* toolFileKey */._c)(file).toLowerCase();
    const slash = key.lastIndexOf('/');
    return slash < 0 ? '' : key.slice(0, slash);
}
/**
 * Whether an artifact is in a format that runs no code when loaded: its name says so and, where
 * the repository holds the file, its structure agrees (red team: a pickle renamed
 * `.safetensors` is skipped by the scanners, and torch.load still runs it). `mismatch` says why
 * a file so named is not one. Weights the repository does not hold (a model registry, or Git LFS
 * content not checked out) are known by their name alone; a config or tokenizer file
 * (dataExtension) only as read here.
 */
function codeFreeArtifact(system, artifact) {
    const weights = (0,code_free/* codeFreeExtension */.d1)(artifact.path);
    const extension = weights ?? (0,code_free/* dataExtension */.W1)(artifact.path);
    if (!extension)
        return { codeFree: false };
    // Asked by several rules, and a safetensors header may run to megabytes: read once.
    return system.evidence.remembered(`code-free:${artifact.path}`, () => {
        const named = `it is named as ${(0,code_free/* formatName */.nD)(extension)}, which runs no code when loaded, but it`;
        const first = system.evidence.bytesAt(artifact.path, 0, code_free/* LEADING_BYTES */.nr);
        if (!first.ok)
            return { codeFree: false, mismatch: `${named} cannot be read to tell (${first.problem.message})` };
        // A config or tokenizer file runs no code only as read here, never by its name (review).
        if (!first.value)
            return { codeFree: weights !== undefined };
        const format = (0,code_free/* checkFormat */.KA)(extension, readerOf(system, artifact.path, first.value));
        return format.is === 'not-as-named' ? { codeFree: false, mismatch: `${named} ${format.why}` } : format.is === 'as-named' ? { codeFree: true, checked: true } : { codeFree: weights !== undefined };
    });
}
/**
 * Whether a file in a format neither known to run code (mayRunCode) nor code-free runs none:
 * where the repository holds it, by its first bytes read as a `.bin`'s are (not a PyTorch
 * checkpoint, a tar or a pickle that imports: torch.load reads a checkpoint by any name);
 * elsewhere, as a safetensors file elsewhere is, only when a scan saw it and skipped it and its
 * name is a format that holds no code (NO_CODE_FORMAT_NAME). A name that says no format says
 * nothing (new user: an MLflow registry URI, models:/churn/4, a cloudpickled model, passed with
 * no scan cited).
 */
function otherFormatRunsNoCode(system, file, skipped) {
    if ((0,code_free/* mayRunCode */.I0)(file))
        return false;
    const first = leadingBytes(system, file);
    if (first === 'elsewhere')
        return skipped && NO_CODE_FORMAT_NAME.test(file.trim());
    return first !== undefined && system.evidence.remembered(`other-runs-no-code:${file}`, () => (0,code_free/* binRunsNoCode */.QQ)(readerOf(system, file, first)));
}
/**
 * The first bytes of a file the manifest's paths name, read once a system (several checks ask
 * what a file is: review, each read it again); 'elsewhere' when the repository does not hold it,
 * undefined when it cannot be read.
 */
function leadingBytes(system, file) {
    return system.evidence.remembered(`leading-bytes:${file}`, () => {
        const first = system.evidence.bytesAt(file, 0, code_free/* LEADING_BYTES */.nr);
        return first.ok ? (first.value ?? 'elsewhere') : undefined;
    });
}
/**
 * Names of model formats that hold data and no code when loaded, for a file the repository does
 * not hold that a scan saw and skipped: XGBoost's UBJSON, CatBoost's, TensorFlow Lite's and Core
 * ML's, PMML, PaddlePaddle's. Not a name a file that runs code may have (review): `.json` and
 * `.txt` (jsonpickle, a protocol-0 pickle, a Keras config; code-free.ts reads them, never trusts
 * their names), nor GGUF, whose chat template is code (code-free.ts).
 */
const NO_CODE_FORMAT_NAME = /\.(?:ubj|xgb|cbm|tflite|mlmodel|pmml|pdmodel|pdiparams)$/i;
/**
 * Whether a file named as one that may run code is one modelgate read and found to run none: a
 * `.bin` that is neither a PyTorch checkpoint nor a pickle that imports (binRunsNoCode), or a
 * `.model` that is a SentencePiece model (sentencePieceRunsNoCode). Such a file needs no scan,
 * as a safetensors file modelgate checked needs none.
 */
function runsNoCode(system, file) {
    const judge = /\.bin$/i.test(file.trim()) ? code_free/* binRunsNoCode */.QQ : /\.model$/i.test(file.trim()) ? code_free/* sentencePieceRunsNoCode */.sQ : undefined;
    if (!judge)
        return false;
    return system.evidence.remembered(`runs-no-code:${file}`, () => {
        const first = leadingBytes(system, file);
        return typeof first === 'object' && judge(readerOf(system, file, first));
    });
}
/** A ByteReader over a file the manifest's paths name, its first bytes already read. */
function readerOf(system, file, first) {
    const { bytes, size } = first;
    return {
        size,
        read: (position, count) => {
            if (position + count <= bytes.length || bytes.length === size)
                return bytes.subarray(position, position + count);
            const read = system.evidence.bytesAt(file, position, count);
            return read.ok ? read.value?.bytes : undefined;
        },
    };
}
/**
 * The artifacts a scan of no files leaves unexamined: those in a format that may run code, or,
 * when every one is in a format that runs none, those the scan did not see and skip. None: the
 * scan saw every model file and had nothing to look for in it.
 */
function unexamined(system, scan, artifacts) {
    // One modelgate cannot read (in a submodule the checkout did not fetch, say) is
    // scan-covers-artifacts' finding, which says why (new user: scan-clean asked for a scan of an
    // unfetched safetensors file).
    const readable = artifacts.filter((artifact) => system.evidence.unreadOwnFile(artifact.path) === undefined);
    const skipped = skippedIn([scan]);
    const wasSkipped = (artifact) => skipped.first((0,same_file/* artifactKey */.Wf)(artifact.path)) !== undefined;
    // XGBoost's and LightGBM's models run no code, by their first bytes or, skipped, by their name
    // (false-error hunt: a scan that skipped an honest LightGBM model failed, and no scan passed).
    // Not one named as a format it is checked against (a text file named .safetensors is no safetensors file).
    const namedOtherwise = (file) => (0,code_free/* codeFreeExtension */.d1)(file) === undefined && (0,code_free/* dataExtension */.W1)(file) === undefined;
    const noCode = (artifact) => runsNoCode(system, artifact.path) || (namedOtherwise(artifact.path) && otherFormatRunsNoCode(system, artifact.path, wasSkipped(artifact)));
    const mayRunCode = readable.filter((artifact) => !codeFreeArtifact(system, artifact).codeFree && !noCode(artifact));
    if (mayRunCode.length > 0)
        return { mayRunCode: true, files: mayRunCode };
    // One modelgate read and found to be its format needs no scanner's word (third red team:
    // modelscan lists the files it skips only when run with --show-skipped).
    return { mayRunCode: false, files: readable.filter((artifact) => !codeFreeArtifact(system, artifact).checked && !noCode(artifact) && !wasSkipped(artifact)) };
}
/**
 * The artifacts no other cited scan file answers for: one that read it, or saw and skipped it
 * as a format that runs no code (red team: one report per model folder, the one of a
 * safetensors folder naming the other's pickle; review: a copy of an empty scan, or the same
 * one cited twice, must not excuse it).
 */
function notAnsweredElsewhere(system, scan, artifacts) {
    const read = new same_file/* SameFileIndex */.$A();
    const others = readableScans(system).filter((other) => other.value.file !== scan.file).map((other) => other.value);
    for (const other of others)
        for (const file of other.scanned)
            read.add((0,same_file/* toolFileKey */._c)(file), true);
    const skipped = skippedIn(others);
    const answered = (artifact, key) => read.has(key) || (skipped.has(key) && codeFreeArtifact(system, artifact).codeFree);
    return artifacts.filter((artifact) => {
        const real = system.evidence.whereIs(artifact.path);
        return !answered(artifact, (0,same_file/* artifactKey */.Wf)(artifact.path)) && (real === undefined || !answered(artifact, real));
    });
}
/**
 * What the loader reads from a shipped model's folder (modelFolders) that can run code, neither
 * listed in artifacts nor scanned here (red team: a pickled pytorch_model.bin beside
 * model.safetensors, which the scan alone covered; a scan of a decoy folder covering the files
 * beside the model by their names): weights in a format that can run code, and Python.
 */
function unscannedBeside(system, artifacts, scanned) {
    const listed = new Set(artifacts.map((artifact) => (0,same_file/* artifactKey */.Wf)(artifact.path)));
    const unscanned = (file) => {
        const key = (0,same_file/* artifactKey */.Wf)(file);
        return !listed.has(key) && (!scanned.mayHave(key) || scannedElsewhere(system, file, scanned.matching(key)) !== undefined);
    };
    const folders = (0,model_folder/* modelFolders */.tH)(system, artifacts);
    const found = folders.tooMany.map(({ folder, beside, config }) => ({ file: folder, beside, tooMany: true, ...(config ? { loader: config } : {}) }));
    const seen = new Set();
    /** A file that can run code, unless listed, scanned, or read as a format that runs none. */
    const judge = (file, python, where) => {
        if (seen.has((0,same_file/* artifactKey */.Wf)(file)))
            return;
        seen.add((0,same_file/* artifactKey */.Wf)(file));
        // A link out of the repository: a scan that names it read whatever the link led to where the
        // scan ran (third red team: Python linked out, named by a code scan, passed as scanned).
        const outside = listed.has((0,same_file/* artifactKey */.Wf)(file)) ? undefined : system.evidence.linkOutside(file);
        // A file the repository's listing named is shown as it is named (the manifest's paths, as keys).
        const shown = where.modelFile === undefined ? (0,same_file/* artifactKey */.Wf)(file) : file;
        if (outside)
            found.push({ file: shown, ...where, outside });
        else if ((python !== undefined || !runsNoCode(system, file)) && unscanned(file))
            found.push({ file: shown, ...where, ...(python ? { loader: python } : {}) });
    };
    for (const { file, beside, python } of folders.files)
        if (python !== undefined || (0,code_free/* mayRunCode */.I0)(file))
            judge(file, python, { beside });
    for (const { repository, beside, config } of folders.fetched)
        found.push({ file: repository, beside, loader: config, fetched: true });
    // The other folders of the system that hold a model file (red team: artifacts listed one
    // safetensors file, and a pickle in another folder of the system passed unscanned).
    const own = (0,model_folder/* systemModelFolders */.g_)(system);
    const tooManyBeside = new Set(folders.tooMany.map(({ folder }) => (0,model_folder/* folderKey */.Ev)(folder)));
    for (const folder of own.tooMany)
        if (!tooManyBeside.has((0,model_folder/* folderKey */.Ev)(folder)))
            found.push({ file: folder, tooMany: true });
    for (const { file, modelFile, misread } of own.files) {
        if (!(0,code_free/* mayRunCode */.I0)(file)) {
            // Named as a format that runs no code, unlisted: still what its name says (third red team:
            // a pickle named model.safetensors beside artifacts: [] passed; a listed one is checked above).
            if (misread || listed.has((0,same_file/* artifactKey */.Wf)(file)) || (0,code_free/* codeFreeExtension */.d1)(file) === undefined)
                continue;
            const { mismatch } = codeFreeArtifact(system, { path: file, index: -1 });
            if (mismatch)
                found.push({ file, modelFile, mismatch });
            continue;
        }
        // Too long or deep a path to compare is taken as unscanned, not as scanned (third red team: 64 folders down).
        const tooLong = (0,same_file/* uncomparable */.qb)((0,same_file/* artifactKey */.Wf)(file));
        if (misread || tooLong)
            found.push({ file, modelFile, misread: misread ? 'its name reads as another path where modelgate matches files with what a scan names (a # starts a fragment, a backslash separates folders)' : `its path is ${tooLong}, too long a path for modelgate to match with the files a scan names` });
        else
            judge(file, undefined, { modelFile });
    }
    return found;
}
/**
 * Whether a file a scan names is one the system ships: every file when no artifacts are declared,
 * and (failing closed) when a path on either side is too long or deep to compare.
 */
function shipsIn(artifacts) {
    if (artifacts.length === 0)
        return () => true;
    let shipped; // built for the first issue: most scans report none
    return (source) => {
        if (source === undefined)
            return true;
        if (!shipped) {
            shipped = new same_file/* SameFileIndex */.$A();
            for (const artifact of artifacts)
                shipped.add((0,same_file/* artifactKey */.Wf)(artifact.path), artifact);
        }
        return shipped.mayHave((0,same_file/* toolFileKey */._c)(source));
    };
}
/** Why a shipped file with no scan cited needs one, for a message: what its name and, where the repository holds it, its first bytes say. */
function whyUnscanned(system, file, free) {
    if (free.mismatch)
        return free.mismatch;
    const elsewhere = leadingBytes(system, file) === 'elsewhere';
    if (free.codeFree || (elsewhere && NO_CODE_FORMAT_NAME.test(file.trim())))
        return 'the repository does not hold it for modelgate to check it is the format its name says';
    if ((0,code_free/* mayRunCode */.I0)(file) || !elsewhere)
        return 'a file in its format can run code when loaded';
    return 'its name says no format that runs no code when loaded, nor does the repository hold it for modelgate to read';
}
/** Where a file of a folder discoveredModelFiles found is, for a message: written from the manifest's folder, one outside it is beside the card. */
const whereModel = (modelFile) => (modelFile?.startsWith('../') ? 'in the folder of its model card' : "in this system's folder");
/** The files the scans saw and skipped, by the names they give them (toolFileKey), with why. */
function skippedIn(scans) {
    const skipped = new same_file/* SameFileIndex */.$A();
    for (const scan of scans)
        for (const entry of scan.skipped)
            skipped.add((0,same_file/* toolFileKey */._c)(entry.source), entry);
    return skipped;
}
/** The cited security scans that can be read. */
function readableScans(system) {
    const entries = system.manifest.data.assurance?.security?.scans;
    return (Array.isArray(entries) ? entries : []).map((entry) => loadScan(system, entry)).filter((scan) => scan?.ok === true);
}
/** The files the scans scanned, for lookup by artifact. */
function scannedIn(scans) {
    const scanned = new same_file/* SameFileIndex */.$A();
    for (const scan of scans)
        for (const file of scan.value.scanned)
            scanned.add((0,same_file/* toolFileKey */._c)(file), scan.value.folder ? { file, folder: scan.value.folder } : { file });
    return scanned;
}
/**
 * For an artifact the repository holds that a scan lists by name, the scanned file that shows
 * it was another folder's when every such file says so: under the folder the report says its
 * paths are relative to (modelscan's absolute_path), none is the artifact (red team: an honest
 * scan of decoy/scorer.pkl covered model/scorer.pkl). Weights the repository does not hold were
 * scanned wherever they were fetched to: their name is all there is to match.
 */
function scannedElsewhere(system, path, matching) {
    // Only a scan that says where it ran can show it ran elsewhere (red team: another scan that
    // says nothing of its folder no longer vouches for one that names a decoy).
    const placed = matching.filter((entry) => entry.folder !== undefined);
    if (placed.length === 0)
        return undefined;
    const real = system.evidence.whereIs(path);
    if (real === undefined)
        return undefined;
    // Where the file is in the repository, as written and through links (review: a model folder
    // that is a link, scanned from the root); and as the manifest writes it, which a scan's
    // relative path may end with.
    const written = external_node_path_.posix.normalize(external_node_path_.posix.join(system.manifest.dir || '.', (0,same_file/* artifactKey */.Wf)(path)));
    const cited = (0,same_file/* artifactKey */.Wf)(path);
    const under = (entry) => {
        // Windows and macOS paths compare without case, as their file systems do (review and third
        // red team: `-p Model` for a folder named model).
        const caseBlind = /^[a-z]:|\\/i.test(entry.folder) || /^\/(?:Users|Volumes|private|Applications)\//.test(entry.folder);
        const fold = (text) => (caseBlind ? text.toLowerCase() : text);
        const folder = fold(external_node_path_.posix.normalize(`${(0,same_file/* artifactKey */.Wf)(entry.folder)}/`).slice(0, -1));
        const file = fold((0,same_file/* toolFileKey */._c)(entry.file));
        // An absolute folder must end with the file's path (from the repository's root, or from the
        // manifest's folder: a scan made where the model was trained, in another repository); a
        // relative one, from wherever modelscan ran, may be the end of it. A look-alike folder
        // elsewhere (/tmp/evil/model) cannot be told from that other repository's: a residual.
        const absolute = folder.startsWith('/') || /^[a-z]:/i.test(folder);
        const names = [written, real, cited].map(fold);
        const same = (full) => names.some((name) => full === name || full.endsWith(`/${name}`) || (!absolute && name.endsWith(`/${full}`)));
        // A path given to modelscan may be the file itself: its paths are then relative to its folder.
        const parent = folder.slice(0, folder.lastIndexOf('/') + 1);
        return same(external_node_path_.posix.normalize(`${folder}/${file}`)) || ((folder === file || folder.endsWith(`/${file}`)) && same(parent + file));
    };
    return placed.some(under) ? undefined : placed[0];
}
const security_scan_checks_noOptions = { type: 'object', additionalProperties: false };
/** A scan that cannot be read was judged by nothing: not applicable, not passed (security/scan-readable says why). */
const UNREADABLE_SCAN = { skip: 'the security scan cannot be read (security/scan-readable says why)' };
const checks_short = (text) => (text.length > 160 ? `${text.slice(0, 157)}...` : text);
const securityScanReadable = (0,check/* defineFunction */.Oh)({
    name: 'security-scan-readable',
    description: "A cited security scan exists, parses, is in a supported format, and its summary agrees with its issues.",
    optionsSchema: security_scan_checks_noOptions,
    check({ target, targetPath, system }) {
        const scan = loadScan(system, target);
        if (!scan)
            return [{ message: 'the security scan entry has no path', path: targetPath }];
        if (!scan.ok)
            return [(0,check/* unusableEvidence */.rI)(scan.problem, [...targetPath, 'path'])];
        return scan.value.inconsistencies.map((problem) => ({ message: problem.message, at: problem.at }));
    },
});
const securityScanIssues = (0,check/* defineFunction */.Oh)({
    name: 'security-scan-issues',
    description: 'A cited security scan scanned at least one file, found no issue of the given severities in a file the system ships or in the folder of one, and did not fail on one.',
    optionsSchema: {
        type: 'object',
        required: ['severities'],
        additionalProperties: false,
        properties: { severities: { type: 'array', minItems: 1, items: { enum: [...SCAN_SEVERITIES] } } },
    },
    check({ target, options, system }) {
        const scan = loadScan(system, target);
        if (!scan?.ok)
            return UNREADABLE_SCAN;
        const artifacts = (0,manifest/* declaredArtifacts */.G9)(system.manifest.data);
        const ships = shipsIn(artifacts);
        const failures = [];
        const tool = scan.value.format === 'modelscan' ? 'modelscan' : 'the scan';
        // A scan of no files found nothing because it looked at nothing (a wrong path, an empty
        // folder): it is no evidence that the model files are safe. Unless it saw every model file
        // and skipped it as a format that runs no code: then there was nothing to scan.
        if (scan.value.scannedCount.value === 0) {
            const left = artifacts.length > 0 ? unexamined(system, scan.value, notAnsweredElsewhere(system, scan.value, artifacts)) : undefined;
            const paths = left?.files.map((artifact) => artifact.path).join(', ');
            const should = !left
                ? 'the manifest lists no artifacts to say which files it should have scanned'
                : left.mayRunCode
                    ? `it should have scanned ${paths}`
                    : `it should have seen ${paths} (and listed ${left.files.length === 1 ? 'it' : 'them'} as skipped, a format that runs no code)`;
            if (!left || left.files.length > 0)
                failures.push({ message: `${tool} scanned 0 files, so it is no evidence that the model files were scanned; ${should}`, at: scan.value.scannedCount.at });
        }
        const beside = besideShipped(system, scan.value, artifacts, ships);
        for (const issue of scan.value.issues) {
            if (!options.severities.includes(issue.severity))
                continue;
            if (ships(issue.source)) {
                failures.push({ message: `${tool} found a ${issue.severity} issue in ${issue.source}: ${checks_short(issue.description)}`, at: issue.at });
            }
            else if (beside(issue.source)) {
                failures.push({ message: `${tool} found a ${issue.severity} issue in ${issue.source}, in the folder of a shipped model file though artifacts does not list it (a model folder is loaded and copied whole): ${checks_short(issue.description)}; remove the file, or scan only what ships`, at: issue.at });
            }
        }
        // An error beside the model as well (third red team: an archive whose member failed to scan,
        // another member scanned clean, passed as scanned).
        for (const error of scan.value.errors) {
            if (ships(error.source))
                failures.push({ message: `${tool} failed${error.source ? ` on ${error.source}` : ''}, so it cannot show the model is safe: ${checks_short(error.description)}`, at: error.at });
            else if (error.source !== undefined && beside(error.source))
                failures.push({ message: `${tool} failed on ${error.source}, in the folder of a shipped model file though artifacts does not list it, so it cannot show the model is safe: ${checks_short(error.description)}`, at: error.at });
        }
        return failures;
    },
});
const securityScanCoversArtifacts = (0,check/* defineFunction */.Oh)({
    name: 'security-scan-covers-artifacts',
    description: "Every model file the manifest says the system ships (`artifacts`) was scanned by a cited security scan, not skipped; a file in a format that runs no code when loaded (safetensors, ONNX; a config's or tokenizer's JSON or text) may be skipped, as scanners do, when it is that format (its structure checked where the repository holds it, and not a pickle); and no file that can run code lies unscanned beside one that ships (nor Python a config there has the model's loader import, auto_map). Files that can run code in any folder of the system that holds a model file are asked alike. With no scan cited, each such file fails; with no artifacts key, a system whose folder holds model files fails.",
    optionsSchema: security_scan_checks_noOptions,
    check({ path, system }) {
        const artifacts = (0,manifest/* declaredArtifacts */.G9)(system.manifest.data);
        const folders = (0,model_folder/* discoveredModelFiles */.B5)(system);
        if (artifacts.length === 0 && folders.length === 0)
            return { skip: 'the manifest lists no artifacts (the model files it ships)' };
        // A pickle by a name no model's is does not say the system ships a model; it is asked for a scan below.
        const found = folders.filter((file) => (0,discover/* isModelFile */.ic)(file.slice(file.lastIndexOf('/') + 1)));
        const failures = [];
        // Without artifacts no security rule knows what ships (second new user: a pickle in the
        // system's folder, no artifacts, and every security rule not applicable). `artifacts: []`
        // says the system ships no model file of the repository; the files that can run code in its
        // model folders are still asked for a scan below.
        if (system.manifest.data.artifacts === undefined && found.length > 0) {
            const others = found.length - 1;
            const own = system.manifest.dir === '' || found[0].startsWith(`${system.manifest.dir}/`);
            failures.push({
                message: `the manifest lists no artifacts, but ${own ? "this system's folder" : `the folder of its model card (${(0,same_file/* shownPath */.pS)(system.card?.file ?? '')})`} holds ${(0,same_file/* shownPath */.pS)(found[0])}${others > 0 ? ` and model files in ${others} other folder${others === 1 ? '' : 's'}` : ''}: list each model file the system ships under artifacts (modelgate init lists those it finds; artifacts: [] says it ships none from the repository), for the security rules to ask that each was scanned`,
                path: [...path, 'artifacts'],
            });
        }
        const scans = readableScans(system);
        // Cited but unreadable: security/scan-readable says why. None cited: nothing ships scanned
        // (review: "every shipped model file was scanned" passed a pickle no scan was cited for).
        const cited = system.manifest.data.assurance?.security?.scans;
        if (scans.length === 0 && Array.isArray(cited) && cited.length > 0)
            return failures.length > 0 ? failures : { skip: 'no readable security scan is cited' };
        const scanned = scannedIn(scans);
        // Which artifacts a scan covers cannot be shown when one of its paths was not compared.
        if (scanned.missed)
            return [{ message: `the security scan names ${(0,same_file/* shownPath */.pS)(scanned.missed.key)}, ${scanned.missed.why}, so which artifacts it scanned cannot be shown`, path: [...path, 'assurance', 'security', 'scans'] }];
        const skippedFiles = skippedIn(scans.map((scan) => scan.value));
        for (const artifact of artifacts) {
            const key = (0,same_file/* artifactKey */.Wf)(artifact.path);
            const at = [...path, 'artifacts', artifact.index, 'path'];
            const why = (0,same_file/* uncomparable */.qb)(key);
            if (why) {
                failures.push({ message: `${(0,same_file/* shownPath */.pS)(artifact.path)} is ${why}, too long a path for modelgate to match with the files a scan names`, path: at });
                continue;
            }
            // Whatever its format: a scan that lists it by name cannot show it is the file that ships.
            const unread = system.evidence.unreadOwnFile(artifact.path);
            if (unread) {
                failures.push({ message: `${artifact.path} ships, but modelgate cannot read it to check it: ${unread}`, path: at });
                continue;
            }
            const free = codeFreeArtifact(system, artifact);
            // As written, or where it really is (red team: `modelscan -p .` names a linked model folder's files by their real folder).
            const real = system.evidence.whereIs(artifact.path);
            const scannedAs = scanned.has(key) ? key : real !== undefined && scanned.has(real) ? real : undefined;
            if (scannedAs !== undefined) {
                // Scanned by a scanner that picks what to look for by the file's name (red team: a pickle named .safetensors, reported as scanned).
                if (free.mismatch)
                    failures.push({ message: `${artifact.path}: ${free.mismatch}; scanners choose what to look for by a file's name, so name it as what it is and scan it again`, path: at });
                const elsewhere = scannedElsewhere(system, artifact.path, scanned.matching(scannedAs));
                if (elsewhere)
                    failures.push({ message: `${artifact.path} ships, and the security scan lists ${(0,same_file/* shownPath */.pS)(elsewhere.file)}, but in ${(0,same_file/* shownPath */.pS)(elsewhere.folder)} (the folder its paths are relative to), which is not the folder of ${artifact.path}: it scanned another copy; scan the folder the model ships from`, path: at });
                continue;
            }
            const skipped = skippedFiles.first(key) ?? (real !== undefined ? skippedFiles.first(real) : undefined);
            // A scan that saw the file and skipped it as a format it has nothing to look for in covers
            // it; one modelgate read and found to be that format needs none.
            if ((skipped || free.checked) && free.codeFree)
                continue;
            if (runsNoCode(system, artifact.path))
                continue;
            // With no scan cited, or one that skipped it: a format that runs no code by its name, and
            // by its first bytes where the repository holds it (third red team: XGBoost's .ubj and
            // LightGBM's text model, which modelscan skips, could not pass).
            if ((scans.length === 0 || skipped) && !free.mismatch && !free.codeFree && otherFormatRunsNoCode(system, artifact.path, skipped !== undefined))
                continue;
            failures.push({
                message: skipped
                    ? `${artifact.path} ships but the security scan skipped it (${checks_short(skipped.description)})${free.mismatch ? `; ${free.mismatch}: scan it as what it is` : ''}`
                    : scans.length === 0
                        ? `${artifact.path} ships but no security scan is cited (assurance.security.scans), and ${whyUnscanned(system, artifact.path, free)}: scan the model's folder (modelscan -p MODEL_DIR -r json -o report.json --show-skipped) and cite the report`
                        : `${artifact.path} ships but no cited security scan scanned it${free.codeFree ? ' or listed it as skipped (modelscan lists the files it skips when run with --show-skipped)' : free.mismatch ? `; ${free.mismatch}: scan it as what it is` : ''}`,
                path: at,
            });
        }
        for (const { file, beside, modelFile, loader, fetched, tooMany, outside, misread, mismatch } of unscannedBeside(system, artifacts, scanned)) {
            if (!beside) {
                // Names from the repository's listing, quoted where a terminal would show them as another (a newline as a space).
                const name = (shown) => (/^[\w./+@-]+$/.test(shown) ? shown : (0,same_file/* shownPath */.pS)(shown));
                failures.push({
                    message: mismatch
                        ? `${name(file)} lies ${whereModel(modelFile)}, and ${mismatch}: a loader that reads it as what it is runs it; name it as what it is and scan it, or move it out`
                        : misread
                            ? `${name(file)} lies ${whereModel(modelFile)}, and a ${file.slice(file.lastIndexOf('.'))} file can run code when loaded, but ${misread}, so it cannot be shown scanned: rename it or move it`
                            : tooMany
                                ? `${file}, a folder of this system that holds a model file, holds more than ${repo_fs/* FOLDER_FILES_CAP */.i9.toLocaleString('en-US')} entries, too many for modelgate to look through for files that can run code: give the model a folder of its own`
                                : outside
                                    ? `${name(file)} lies ${whereModel(modelFile)}, but ${outside}: no scan here can show what it leads to; copy the file into the repository, or remove the link`
                                    : `${name(file)} lies ${whereModel(modelFile)}, and a ${file.slice(file.lastIndexOf('.'))} file can run code when loaded, but artifacts does not list it and no cited security scan scanned it: list it and scan the folder, or move it out (the policy's exclude leaves out a folder no system loads from)`,
                    // The file named in the path too: a finding's identity, which a baseline records, is
                    // its path (second red team: one recorded finding excused a pickle swapped in later).
                    path: [...path, 'artifacts', file],
                });
                continue;
            }
            failures.push({
                message: outside
                    ? `${file} lies beside ${beside.path}, which ships, and its loader reads it, but ${outside}: no scan here can show what it leads to where the model runs; copy the file into the repository`
                    : tooMany
                        ? loader
                            ? `${loader}, in the folder of ${beside.path}, which ships, names modules in more than ${model_folder/* MAX_MODULE_FOLDERS */.ob} folders, too many for modelgate to look through: keep the model's code and modules in a few folders`
                            : `${file}, a folder of ${beside.path}, which ships, holds more than ${repo_fs/* FOLDER_FILES_CAP */.i9.toLocaleString('en-US')} entries, too many for modelgate to look through for code beside the model: a model folder is loaded and copied whole; give the model a folder of its own`
                        : fetched
                            ? `${loader}, in the folder of ${beside.path}, which ships, has the model's loader fetch Python from another repository, ${(0,source_doc/* quoted */.TL)(file)}, and run it (auto_map, with trust_remote_code): no scan here can read that code; copy it into the folder and scan it, or drop the reference`
                            : loader === model_folder/* CUSTOM_GENERATE */.S8
                                ? `${file} is Python in the custom_generate folder beside ${beside.path}, which ships: transformers runs its generate.py in place of generate() for a model loaded from that folder, but no cited security scan scanned it, and a model scanner reads no Python: scan the code with a code scanner and cite its result in modelgate's format, or move it out`
                                : loader
                                    ? `${file} is Python that ${loader} has the loader of ${beside.path}, which ships, import (an auto_map or custom_pipelines with trust_remote_code, a sentence-transformers module type, or a diffusers pipeline or component of its own), but no cited security scan scanned it, and a model scanner reads no Python: scan the code with a code scanner and cite its result in modelgate's format, or move it out`
                                    : `${file} lies in the folder of ${beside.path}, which ships, and a ${file.slice(file.lastIndexOf('.'))} file can run code when loaded, but artifacts does not list it and no cited security scan scanned it: a model folder is loaded and copied whole; scan the folder, or move the file out`,
                path: [...path, 'artifacts', beside.index, 'path'],
            });
        }
        // No scan and nothing that needed one is nothing scanned, not "every shipped file was scanned"
        // (new user: a safetensors adapter with no scan counted as evidence of MEASURE 2.7 and A.6.2.4).
        if (failures.length === 0 && scans.length === 0)
            return { skip: 'no security scan is cited, and no file the system ships needs one (each is in a format that runs no code when loaded, checked): nothing was scanned' };
        return failures;
    },
});
const securityScanFresh = (0,check/* defineFunction */.Oh)({
    name: 'security-scan-fresh',
    description: "A cited security scan is no older than the model files it scanned or skipped: its timestamp (else the citation's `date`) is on or after each such artifact's `date`, not in the future, and, in a pull request that changes a model file (a new sha256, or the file itself as git compares it), not a report the base commit cited, unchanged.",
    optionsSchema: security_scan_checks_noOptions,
    check({ target, targetPath, system }) {
        const scan = loadScan(system, target);
        if (!scan?.ok)
            return UNREADABLE_SCAN;
        const scanned = scannedIn([scan]);
        const entry = target;
        // An artifact whose path was not compared is judged as if the scan had scanned it (fails closed).
        const earlier = typeof entry.path === 'string' ? (0,model_changed/* reportOfEarlierModel */.fg)(system, entry.path, (manifest) => manifest.assurance?.security?.scans, (path) => scanned.mayHave((0,same_file/* artifactKey */.Wf)(path))) : undefined;
        if (earlier) {
            return [{ message: `${scan.value.file} is the security scan the base commit ${earlier.commit} cited${earlier.as ? ` as ${earlier.as}` : ''}, unchanged, but ${earlier.path} has ${earlier.how}: it scanned the earlier file; scan the model file that ships`, path: [...targetPath, 'path'] }];
        }
        // Scanned, or seen and skipped (auditor: a scan from 2024 that skipped the ONNX model made in
        // 2026 passed, not applicable): either way it cannot have seen a file made after it.
        const skipped = skippedIn([scan.value]);
        // Skipped: any file but a config's or tokenizer's, which no scan is asked for (false-error hunt:
        // a config.json of another folder, re-exported after the scan, matched the config.json it
        // skipped); a model file covered by a skip is judged here too (review: scorer.ubj, skipped,
        // passed scan-covers-artifacts and was never judged fresh).
        const seen = (artifact) => scanned.mayHave((0,same_file/* artifactKey */.Wf)(artifact.path)) || ((0,code_free/* dataExtension */.W1)(artifact.path) === undefined && skipped.mayHave((0,same_file/* artifactKey */.Wf)(artifact.path)));
        const dated = (0,manifest/* declaredArtifacts */.G9)(system.manifest.data).filter((artifact) => artifact.date !== undefined && seen(artifact));
        const cited = entry.date;
        const when = scan.value.scannedAt ?? (typeof cited === 'string' ? { value: cited, at: undefined } : undefined);
        // Red team: a scan dated 2099 is newer than any model file.
        if (when && (0,dates/* staleness */.TZ)(when.value, system.now, Number.POSITIVE_INFINITY) === 'future') {
            return [{ message: `${scan.value.file} is dated ${when.value.slice(0, 10)}, in the future`, ...(when.at ? { at: when.at } : { path: [...targetPath, 'date'] }) }];
        }
        if (dated.length === 0)
            return { skip: 'no artifact with a date that this scan scanned or skipped' };
        if (!when)
            return [{ message: `${scan.value.file} has no timestamp and its citation no date, so its freshness cannot be shown`, path: targetPath }];
        // modelscan writes the scanning machine's local time without a zone: compare calendar days.
        const scanDay = when.value.slice(0, 10);
        return dated
            .filter((artifact) => scanDay < artifact.date.slice(0, 10))
            .map((artifact) => ({
            message: `the security scan (${scanDay}) is older than ${artifact.path} (${artifact.date}); scan the model file that ships`,
            ...(when.at ? { at: when.at } : { path: [...targetPath, 'date'] }),
        }));
    },
});
const SECURITY_SCAN_CHECKS = [securityScanReadable, securityScanIssues, securityScanCoversArtifacts, securityScanFresh];

;// CONCATENATED MODULE: ./build/evidence/security-scan/kind.js
/** Model security scans (modelscan), cited by `assurance.security.scans[].path`, judged on the files the system ships (`artifacts`). */



const securityScan = {
    ...securityScans,
    citedBy: ['assurance.security.scans.*.path'],
    formatField: 'assurance.security.scans.*.format',
    checks: SECURITY_SCAN_CHECKS,
    docs: {
        heading: 'Model security scans (`assurance.security.scans[].format`)',
        readsHeading: 'Read from it',
        formats: [
            {
                format: 'modelgate',
                what: 'our own scan result, JSON or YAML, for a scanner without an adapter: the tool, when it scanned, the files it read and what it found in them',
                reads: 'everything',
            },
            {
                format: 'modelscan',
                link: 'https://github.com/protectai/modelscan',
                what: 'the JSON report of `modelscan -p PATH -r json -o report.json --show-skipped` (Protect AI; --show-skipped lists the files it has no scanner for)',
                reads: 'when it ran (`summary.timestamp`), the files scanned and skipped, each issue (severity, operator, module, source file), errors; the summary counts are checked against the issues list',
            },
        ],
    },
    init: {
        cite(manifest, found) {
            citeAt(manifest, ['assurance', 'security', 'scans'], pathsAndFormats(found));
        },
    },
};

;// CONCATENATED MODULE: ./build/evidence/registry.js
/**
 * Every kind of evidence modelgate reads. A kind is its folder, src/evidence/<id>/ (normalised
 * type, adapters, check functions, kind.ts, docs.md), plus its line here: the store, the
 * misfiled-file hint, the check-function index and the docs section all read this list.
 * The order matters once: a file that several kinds' adapters would recognise is described as
 * the first ("it looks like a fairlearn bias report").
 */










const EVIDENCE_KINDS = [bias, monitoring, monitoringRun, incidents, securityScan, robustness, mlBom, logging, energy, dataQuality];


/***/ }),

/***/ 4720:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ robustnessResults)
});

// EXTERNAL MODULE: ./build/load/json.js
var json = __webpack_require__(5531);
;// CONCATENATED MODULE: ./build/load/json-lines.js

class JsonLinesDoc {
    file;
    value;
    lines;
    constructor(file, value, lines) {
        this.file = file;
        this.value = value;
        this.lines = lines;
    }
    locate(path) {
        const [index, ...rest] = path;
        const line = typeof index === 'number' ? this.lines[index] : undefined;
        if (!line)
            return { line: 1, column: 1 };
        const at = line.doc.locate(rest);
        // Every position is on the line's own first line: a JSON Lines value holds no newline.
        return {
            line: line.number,
            column: at.column,
            ...(at.endColumn !== undefined ? { endLine: line.number, endColumn: at.endColumn } : {}),
        };
    }
}
function parseJsonLines(text, file) {
    const values = [];
    const lines = [];
    const texts = text.split('\n');
    for (let i = 0; i < texts.length; i++) {
        const raw = texts[i];
        const lineText = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (lineText.trim() === '')
            continue;
        // Each line as a JSON document: the native parser, with its duplicate keys and depth checked
        // (JSON.parse alone keeps the last of two equal keys, so `"passed"` written twice read as the second).
        const parsed = (0,json/* parseJson */.qF)(lineText, file);
        if (!parsed.ok)
            return { ok: false, error: { message: `line ${i + 1}: ${parsed.error.message}`, line: i + 1, column: parsed.error.column } };
        values.push(parsed.doc.value);
        lines.push({ number: i + 1, doc: parsed.doc });
    }
    if (values.length === 0)
        return { ok: false, error: { message: 'the JSON Lines file has no lines', line: 1, column: 1 } };
    return { ok: true, doc: new JsonLinesDoc(file, values, lines) };
}

// EXTERNAL MODULE: ./build/evidence/adapter.js
var adapter = __webpack_require__(4447);
;// CONCATENATED MODULE: ./build/evidence/robustness/garak.js

const SCHEMA = 'garak-report.schema.json';
const entryOf = (value, type) => (0,adapter/* isRecord */.u4)(value) && value.entry_type === type;
const garakReport = {
    format: 'garak',
    schema: SCHEMA,
    detect: (value) => Array.isArray(value) &&
        value.some((entry) => entryOf(entry, 'start_run setup') || entryOf(entry, 'init')) &&
        value.every((entry) => (0,adapter/* isRecord */.u4)(entry) && typeof entry.entry_type === 'string'),
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(SCHEMA, doc, 'garak report');
        // The schema sees the lines as an array; say "line 6", not "[5]".
        if (problem)
            return { ok: false, problem: { ...problem, message: problem.message.replace(/: \[\d+\]\.?/, () => `: line ${problem.at?.line ?? 1}: `) } };
        const entries = doc.value;
        const report = { format: 'garak', file: doc.file, results: [], inconsistencies: [] };
        entries.forEach((entry, index) => {
            switch (entry.entry_type) {
                case 'start_run setup': {
                    const target = entry['plugins.target_name'] ?? entry['plugins.model_name'];
                    if (typeof target === 'string' && target !== '')
                        report.target = target;
                    // garak's test generators (test.Blank, test.Repeat, …) answer without a model: a run
                    // against one passes its probes and tested nothing (red team: test.Blank passed).
                    const key = entry['plugins.target_type'] !== undefined ? 'plugins.target_type' : 'plugins.model_type';
                    const type = entry[key];
                    if (typeof type === 'string' && /^test(?:\.|$)/i.test(type.trim())) {
                        report.inconsistencies.push({ message: `${doc.file}: the run's target is garak's test generator "${type.trim()}", which answers without any model: it tested no model`, at: (0,adapter.at)(doc, [index, key]) });
                    }
                    const started = (0,adapter/* dateText */.MK)(entry['transient.starttime_iso']);
                    if (started && !report.runAt)
                        report.runAt = { value: started, at: (0,adapter.at)(doc, [index, 'transient.starttime_iso']) };
                    break;
                }
                case 'init': {
                    if (typeof entry.garak_version === 'string')
                        report.tool = `garak ${entry.garak_version}`;
                    const started = (0,adapter/* dateText */.MK)(entry.start_time);
                    if (started)
                        report.runAt = { value: started, at: (0,adapter.at)(doc, [index, 'start_time']) };
                    break;
                }
                case 'eval':
                    report.results.push(evalResult(doc, entry, index, report));
                    break;
                default:
            }
        });
        // garak writes its configuration first, and with it the target: without that line, what was
        // tested cannot be told (from a review: deleting it hid a run against a test generator).
        if (!entries.some((entry) => entry.entry_type === 'start_run setup')) {
            report.inconsistencies.push({ message: `${doc.file} has no start_run setup line, which garak writes first: what the run tested (its target) cannot be told`, at: (0,adapter.at)(doc, [0]) });
        }
        return { ok: true, value: report };
    },
};
function evalResult(doc, entry, index, report) {
    const probe = entry.probe.replace(/^probes\./, '');
    const evaluated = entry.total_evaluated ?? entry.total ?? 0;
    const result = {
        families: [probe.split('.')[0] ?? probe, probe],
        name: `${probe} / ${entry.detector}`,
        passed: entry.passed,
        total: evaluated,
        at: (0,adapter.at)(doc, [index, 'passed']),
    };
    if (entry.passed > evaluated) {
        report.inconsistencies.push({ message: `${doc.file}: ${result.name} passed ${entry.passed} of ${evaluated} outputs, more than it evaluated`, at: result.at });
    }
    else if (typeof entry.fails === 'number' && entry.total_evaluated !== undefined && entry.passed + entry.fails !== entry.total_evaluated) {
        report.inconsistencies.push({ message: `${doc.file}: ${result.name} passed ${entry.passed} and failed ${entry.fails} outputs, but counts ${entry.total_evaluated} evaluated`, at: result.at });
    }
    // The rate is garak's, over the outputs scored; those it could not score (nones: no output, a
    // blocked request, a detector error) are kept beside it, for robustness-thresholds to bound
    // (red team: 48 of 50 outputs None, 2 passed, read as 100%).
    const unscored = typeof entry.nones === 'number' && entry.nones > 0 ? entry.nones : typeof entry.total_processed === 'number' && entry.total_processed > evaluated ? entry.total_processed - evaluated : 0;
    if (unscored > 0)
        result.unscored = unscored;
    return result;
}

// EXTERNAL MODULE: ./build/evidence/robustness/types.js
var types = __webpack_require__(6806);
;// CONCATENATED MODULE: ./build/evidence/robustness/giskard.js


const giskard_SCHEMA = 'giskard-scan.schema.json';
const giskardScan = {
    format: 'giskard',
    schema: giskard_SCHEMA,
    detect: (value) => {
        if (!(0,adapter/* isRecord */.u4)(value))
            return false;
        const detectors = Object.keys(value);
        return detectors.length > 0 && detectors.every((name) => /Detector$/.test(name) && (0,adapter/* isRecord */.u4)(value[name]));
    },
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(giskard_SCHEMA, doc, 'Giskard scan export');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const report = { format: 'giskard', file: doc.file, results: [], inconsistencies: [] };
        for (const [detector, levels] of Object.entries(raw)) {
            const issues = Object.fromEntries(types/* ISSUE_LEVELS */.o.map((level) => [level, levels[level]?.length ?? 0]));
            report.results.push({ families: [detector], name: detector, issues, at: (0,adapter.at)(doc, [detector]) });
        }
        return { ok: true, value: report };
    },
};

;// CONCATENATED MODULE: ./build/evidence/robustness/modelgate.js


const modelgate_SCHEMA = 'robustness-results.schema.json';
const modelgateResults = {
    format: 'modelgate',
    schema: modelgate_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && value.schema === 'modelgate/robustness-results@1',
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(modelgate_SCHEMA, doc, 'robustness result');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const report = { format: 'modelgate', file: doc.file, results: [], inconsistencies: [] };
        if (raw.tool)
            report.tool = raw.tool;
        if (raw.target)
            report.target = raw.target;
        if (raw.modelVersion !== undefined)
            report.modelVersion = { value: raw.modelVersion, at: (0,adapter.at)(doc, ['modelVersion']) };
        if (raw.runAt !== undefined)
            report.runAt = { value: raw.runAt, at: (0,adapter.at)(doc, ['runAt']) };
        raw.results.forEach((result, index) => {
            const where = (0,adapter.at)(doc, ['results', index, result.issues ? 'issues' : 'passed']);
            report.results.push({
                families: [result.family],
                name: result.name ?? result.family,
                ...(result.passed !== undefined ? { passed: result.passed, total: result.total ?? 0 } : {}),
                ...(result.issues
                    ? { issues: Object.fromEntries(types/* ISSUE_LEVELS */.o.map((level) => [level, result.issues?.[level] ?? 0])) }
                    : {}),
                at: where,
            });
            if (result.passed !== undefined && result.total !== undefined && result.passed > result.total) {
                report.inconsistencies.push({ message: `${doc.file}: ${result.family} passed ${result.passed} of ${result.total}, more than it ran`, at: where });
            }
        });
        return { ok: true, value: report };
    },
};

;// CONCATENATED MODULE: ./build/evidence/robustness/promptfoo.js

const promptfoo_SCHEMA = 'promptfoo-output.schema.json';
/** The families a test names, each once: its red-team plugin, then its assertions' metrics. */
function familiesOf(result) {
    const names = [result.metadata?.pluginId, result.testCase?.metadata?.pluginId];
    for (const component of result.gradingResult?.componentResults ?? [])
        names.push(component?.assertion?.metric);
    for (const assertion of result.testCase?.assert ?? [])
        names.push(assertion?.metric);
    return [...new Set(names.filter((name) => typeof name === 'string' && name !== ''))];
}
const promptfooOutput = {
    format: 'promptfoo',
    schema: promptfoo_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && (0,adapter/* isRecord */.u4)(value.results) && Array.isArray(value.results.results) && (0,adapter/* isRecord */.u4)(value.results.stats) && 'evalId' in value,
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(promptfoo_SCHEMA, doc, 'promptfoo eval output');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const report = { format: 'promptfoo', file: doc.file, results: [], inconsistencies: [] };
        if (raw.metadata?.promptfooVersion)
            report.tool = `promptfoo ${raw.metadata.promptfooVersion}`;
        const created = (0,adapter/* dateText */.MK)(raw.results.timestamp);
        if (created)
            report.runAt = { value: created, at: (0,adapter.at)(doc, ['results', 'timestamp']) };
        else if ((0,adapter/* dateText */.MK)(raw.metadata?.evaluationCreatedAt)) {
            report.runAt = { value: raw.metadata?.evaluationCreatedAt, at: (0,adapter.at)(doc, ['metadata', 'evaluationCreatedAt']) };
        }
        const targets = new Set();
        raw.results.results.forEach((test, index) => {
            const target = test.provider?.label ?? test.provider?.id;
            if (target)
                targets.add(target);
            const result = {
                families: familiesOf(test),
                name: test.testCase?.description ?? `test ${test.testIdx ?? index}`,
                passed: test.success ? 1 : 0,
                total: 1,
                at: (0,adapter.at)(doc, ['results', 'results', index, 'success']),
            };
            report.results.push(result);
        });
        if (targets.size === 1)
            report.target = [...targets][0];
        // The stats count what the results list holds; a list cut short disagrees with them.
        const { stats } = raw.results;
        const passed = raw.results.results.filter((test) => test.success).length;
        const notPassed = raw.results.results.length - passed;
        if (stats.successes !== passed) {
            report.inconsistencies.push({
                message: `${doc.file}: the stats count ${stats.successes} successes but the results list ${passed} passed tests`,
                at: (0,adapter.at)(doc, ['results', 'stats', 'successes']),
            });
        }
        else if (stats.failures + (stats.errors ?? 0) !== notPassed) {
            report.inconsistencies.push({
                message: `${doc.file}: the stats count ${stats.failures + (stats.errors ?? 0)} failures and errors but the results list ${notPassed} tests that did not pass`,
                at: (0,adapter.at)(doc, ['results', 'stats', 'failures']),
            });
        }
        return { ok: true, value: report };
    },
};

;// CONCATENATED MODULE: ./build/evidence/robustness/formats.js
/**
 * How a cited red-team or robustness result is read: by one of these adapters (the first to
 * recognise the file). garak's `*.report.jsonl` is read by the JSON Lines reader.
 */





const robustnessResults = {
    id: 'robustness',
    what: 'red-team or robustness result',
    adapters: [modelgateResults, garakReport, promptfooOutput, giskardScan],
    parse: (file, text) => (file.toLowerCase().endsWith('.jsonl') ? parseJsonLines(text, file) : undefined),
    extensions: ['jsonl'],
};


/***/ }),

/***/ 6806:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ ISSUE_LEVELS)
/* harmony export */ });
const ISSUE_LEVELS = ['major', 'medium', 'minor'];


/***/ }),

/***/ 2879:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ SameFileIndex),
/* harmony export */   Wf: () => (/* binding */ artifactKey),
/* harmony export */   _c: () => (/* binding */ toolFileKey),
/* harmony export */   pS: () => (/* binding */ shownPath),
/* harmony export */   qb: () => (/* binding */ uncomparable)
/* harmony export */ });
/* unused harmony exports sameFile, MAX_PATH_CHARS, MAX_PATH_SEGMENTS */
/* harmony import */ var _fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(654);
/**
 * Whether a file a tool names (a scanned file, an ML-BOM's file component) is a file the manifest
 * ships (`artifacts[].path`). Each tool writes paths relative to the folder it ran in, so the two
 * are the same file when one path ends with the other at a `/` (`model/model.pkl` and
 * `model.pkl`); a member of an archive (`bundle.zip:data.pkl`) is in the archive.
 *
 * A repository decides how many artifacts and files there are, and how long their paths are, so
 * pairing them compares by lookup (SameFileIndex), not each with each (20,000 artifacts against
 * 10,000 scanned files of the same name were 200 million comparisons), and within bounds: a path
 * longer than a file system allows, or deeper than any model file sits, is not compared, and the
 * check that needed it fails closed, saying so.
 */

/** A manifest's artifact path as compared: a local file's URI as its path, `/` separators, no leading `./`. */
const artifactKey = (artifact) => (0,_fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_0__/* .citedPath */ .Z6)(artifact).replace(/\\/g, '/').replace(/^(\.\/)+/, '');
/** A tool's file name as compared: as artifactKey, the archive it is a member of for `archive:member`. */
const toolFileKey = (file) => artifactKey(file.split(':')[0] ?? file);
/** Whether a file a tool names (`model.pkl`, `bundle.zip:data.pkl`) is the artifact (`model/model.pkl`, `bundle.zip`). */
function sameFile(artifact, toolFile) {
    return sameKeys(artifactKey(artifact), toolFileKey(toolFile));
}
function sameKeys(a, b) {
    if (a === '' || b === '')
        return false;
    return a === b || a.endsWith(`/${b}`) || b.endsWith(`/${a}`);
}
/** The longest path a Linux file can have (PATH_MAX); no longer key is compared. */
const MAX_PATH_CHARS = 4096;
/** The deepest path compared: a lookup hashes each `/`-suffix of a key, so its cost is depth times length. */
const MAX_PATH_SEGMENTS = 64;
/** The most suffixes one index holds (about 20 MB): what a report lists cannot make it larger or slower to build. */
const MAX_INDEXED_SUFFIXES = 200_000;
/** Why modelgate does not compare `key` (too long or too deep), or undefined when it does. */
function uncomparable(key) {
    if (key.length > MAX_PATH_CHARS)
        return `longer than ${MAX_PATH_CHARS.toLocaleString('en')} characters`;
    let segments = 1;
    for (let slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) {
        if (++segments > MAX_PATH_SEGMENTS)
            return `deeper than ${MAX_PATH_SEGMENTS} folders`;
    }
    return undefined;
}
/** A path shown in a message: at most 80 characters of it. */
const shownPath = (path) => JSON.stringify(path.length > 80 ? `${path.slice(0, 77)}...` : path);
/**
 * Items indexed by a path key (artifactKey or toolFileKey) so that the items whose key is the
 * same file as a given key are found by lookup: by every `/`-suffix of each key, and by the key
 * itself. A key too long or too deep to compare (uncomparable), or one past the index's size, is
 * not held: `missed` names the first, and a caller must then not take a failed lookup to mean
 * "no such file" (each fails closed).
 */
class SameFileIndex {
    /** Each key's `/`-suffixes (`a/b/c`, `b/c`, `c`): keys that end with the one asked about. */
    bySuffix = new Map();
    /** Each key whole: keys the one asked about ends with. */
    byKey = new Map();
    items = [];
    suffixes = 0;
    /** The first key not held, and why. */
    missed;
    add(key, item) {
        if (key === '')
            return;
        const why = uncomparable(key) ?? (this.suffixes >= MAX_INDEXED_SUFFIXES ? `past the ${MAX_INDEXED_SUFFIXES.toLocaleString('en')} path suffixes modelgate compares in one file` : undefined);
        if (why) {
            this.missed ??= { key, why };
            return;
        }
        const order = this.items.push(item) - 1;
        push(this.byKey, key, order);
        for (let slash = -1;; slash = key.indexOf('/', slash + 1)) {
            push(this.bySuffix, key.slice(slash + 1), order);
            this.suffixes++;
            if (key.indexOf('/', slash + 1) < 0)
                break;
        }
    }
    /** The items whose key is the same file as `key` (a comparable one), each once, in the order they were added. */
    matching(key) {
        const found = [];
        this.visit(key, (orders) => {
            for (const order of orders)
                found.push(order);
        });
        return found.sort((x, y) => x - y).map((order) => this.items[order]);
    }
    /**
     * The items whose key is the same file as `key` (a comparable one), as the few lists they are
     * kept in (at most one more than the folders in `key`), each in the order added, with each
     * item's place in that order: a caller that summarises each list once (and keeps the summary
     * by the list) pays for each item once, not once for every key that matches it.
     */
    matchingLists(key) {
        const lists = [];
        this.visit(key, (orders) => {
            if (orders.length > 0)
                lists.push(orders);
        });
        return lists;
    }
    /** The item added `order`th (an order from matchingLists). */
    item(order) {
        return this.items[order];
    }
    /** The first item added whose key is the same file as `key` (a comparable one), if any. */
    first(key) {
        let first = Number.POSITIVE_INFINITY;
        this.visit(key, (orders) => {
            if (orders.length > 0)
                first = Math.min(first, orders[0]); // each list is in the order added
        });
        return first === Number.POSITIVE_INFINITY ? undefined : this.items[first];
    }
    /** Whether any item's key is the same file as `key` (a comparable one). */
    has(key) {
        return this.first(key) !== undefined;
    }
    /**
     * has(), failing closed: true also when `key` is too long or deep to compare, or when a key
     * the index was given was not held (either might have been the same file).
     */
    mayHave(key) {
        return this.missed !== undefined || uncomparable(key) !== undefined || this.has(key);
    }
    /**
     * Calls `take` with the orders of the keys that are the same file as `key`: those that end
     * with it (or are it), then those it ends with at a `/`. No key is in two of the lists.
     */
    visit(key, take) {
        if (key === '' || uncomparable(key))
            return;
        take(this.bySuffix.get(key) ?? []);
        for (let slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1))
            take(this.byKey.get(key.slice(slash + 1)) ?? []);
    }
}
function push(map, key, order) {
    const list = map.get(key);
    if (list)
        list.push(order);
    else
        map.set(key, [order]);
}


/***/ }),

/***/ 4083:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nr: () => (/* binding */ LEADING_BYTES),
  QQ: () => (/* binding */ binRunsNoCode),
  KA: () => (/* binding */ checkFormat),
  d1: () => (/* binding */ codeFreeExtension),
  W1: () => (/* binding */ dataExtension),
  nD: () => (/* binding */ formatName),
  I0: () => (/* binding */ mayRunCode),
  sQ: () => (/* binding */ sentencePieceRunsNoCode)
});

// UNUSED EXPORTS: CODE_FREE_EXTENSIONS, MAY_RUN_CODE_EXTENSIONS

// EXTERNAL MODULE: ./build/evidence/lfs.js
var lfs = __webpack_require__(8679);
;// CONCATENATED MODULE: ./build/evidence/security-scan/pickle-walk.js
const NONE = { fixed: 0 };
const pushes = (push, pop = 0) => ({ pop, push });
const ops = new Map();
const op = (code, argument, effect) => ops.set(typeof code === 'number' ? code : code.charCodeAt(0), [argument, effect]);
const INT = /^\s*[+-]?(?:0[xob])?[\da-f_]+L?\s*$/i;
const FLOAT = /^\s*[+-]?(?:(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:e[+-]?\d+)?|nan|inf(?:inity)?)\s*$/i;
/** A longer line is no number (CPython refuses ints of over 4,300 digits but in a power-of-two base) and no name. */
const MAX_PARSED_LINE = 4400;
/** A line longer than this, no newline ending it, stops the walk: tensors of zeros hold no newline for megabytes (a residual). */
const MAX_LINE_BYTES = 16 * 1024 * 1024;
// Protocols 0 and 1 (pickletools' opcode table).
op('(', NONE, 'mark');
op('.', NONE, 'stop');
op('0', NONE, 'pop');
op('1', NONE, { toMark: true, below: 0 });
op('2', NONE, 'dup');
for (const code of 'N}])')
    op(code, NONE, pushes('other'));
op('Q', NONE, pushes('unknown', 1)); // BINPERSID: what torch.load's persistent_load returns
for (const code of 'Ro')
    op(code, NONE, 'call');
// BUILD sets the state of the object under it; a None state is no call (the C unpickler skips it).
op('b', NONE, { pop: 1, need: 2 });
op('a', NONE, pushes('other', 2));
op('s', NONE, pushes('other', 3));
for (const code of 'dlt')
    op(code, NONE, { toMark: true, push: 'other', below: 0 });
for (const code of 'eu')
    op(code, NONE, { toMark: true, below: 1 });
op('K', { fixed: 1 }, pushes('other'));
op('M', { fixed: 2 }, pushes('other'));
op('J', { fixed: 4 }, pushes('other'));
op('G', { fixed: 8 }, pushes('other'));
op('T', { length: 4, signed: true }, pushes('str'));
op('B', { length: 4 }, pushes('other'));
op('X', { length: 4 }, pushes('str'));
op('U', { length: 1 }, pushes('str'));
op('C', { length: 1 }, pushes('other'));
for (const code of 'IL')
    op(code, { lines: 1, line: 'int' }, pushes('other'));
op('F', { lines: 1, line: 'float' }, pushes('other'));
op('S', { lines: 1, line: 'quoted' }, pushes('str'));
op('V', { lines: 1, line: 'any' }, pushes('str'));
op('P', { lines: 1, line: 'ascii' }, pushes('unknown'));
op('c', { lines: 2, line: 'name' }, 'import');
op('i', { lines: 2, line: 'name' }, 'import');
// Protocols 2 to 5.
op(0x80, { fixed: 1 }, { pop: 0 }); // PROTO (its number checked below)
op(0x81, NONE, 'call'); // NEWOBJ
op(0x85, NONE, pushes('other', 1));
op(0x86, NONE, pushes('other', 2));
op(0x87, NONE, pushes('other', 3));
op(0x88, NONE, pushes('other'));
op(0x89, NONE, pushes('other'));
op(0x8a, { length: 1 }, pushes('other'));
op(0x8b, { length: 4, signed: true }, pushes('other'));
op(0x8c, { length: 1 }, pushes('str'));
op(0x8d, { length: 8 }, pushes('str'));
op(0x8e, { length: 8 }, pushes('other'));
op(0x8f, NONE, pushes('other'));
op(0x90, NONE, { toMark: true, below: 1 });
op(0x91, NONE, { toMark: true, push: 'other', below: 0 });
op(0x92, NONE, 'call'); // NEWOBJ_EX
op(0x93, NONE, 'import'); // STACK_GLOBAL (checked below: two strings)
op(0x95, { fixed: 8 }, { pop: 0 }); // FRAME
op(0x96, { length: 8 }, pushes('other'));
op(0x98, NONE, pushes('other', 1));
// EXT1, EXT2 and EXT4 read a registry nothing fills by default, and NEXT_BUFFER needs buffers
// passed to the load: the unpickler fails on them. The memo opcodes:
const PUT_LINE = 0x70; // p
const PUT_1 = 0x71; // q
const PUT_4 = 0x72; // r
const GET_LINE = 0x67; // g
const GET_1 = 0x68; // h
const GET_4 = 0x6a; // j
const MEMOIZE = 0x94;
const STACK_GLOBAL = 0x93;
op(PUT_LINE, { lines: 1, line: 'int' }, { pop: 0 });
op(PUT_1, { fixed: 1 }, { pop: 0 });
op(PUT_4, { fixed: 4 }, { pop: 0 });
op(GET_LINE, { lines: 1, line: 'int' }, { pop: 0 });
op(GET_1, { fixed: 1 }, { pop: 0 });
op(GET_4, { fixed: 4 }, { pop: 0 });
op(MEMOIZE, NONE, { pop: 0 });
/** The most opcodes walked: a real tensor file stops within a few, so a walk past them is taken as a pickle (fail closed). */
const MAX_OPCODES = 1_000_000;
/** Reads start small (a tensor file stops at its first bytes) and double up to this. */
const MAX_CHUNK = 64 * 1024;
/** The highest pickle protocol Python reads. */
const HIGHEST_PROTOCOL = 5;
/**
 * The most bytes of lines the walk reads: a tensor file stops within a few, and lines are read
 * byte by byte (third red team: a million 16 MB lines took 5 s a gigabyte). Past it the file is
 * taken as a pickle (fail closed).
 */
const MAX_LINE_BYTES_WALKED = 64 * 1024 * 1024;
/** Whether `file`, read as a pickle from its first byte, reaches an import before a byte the unpickler refuses. */
function walkPickle(file) {
    const budget = { lineBytes: 0 };
    const found = walkWithin(file, budget);
    return budget.lineBytes > MAX_LINE_BYTES_WALKED ? { tooLong: true } : found;
}
/** walkPickle, counting into `budget` the bytes of lines it reads, and stopping past MAX_LINE_BYTES_WALKED. */
function walkWithin(file, budget) {
    let window = new Uint8Array(0);
    let windowStart = 0;
    let chunkSize = 64;
    /** The byte at `position`, or undefined past the end or unreadable. */
    const byteAt = (position) => {
        if (position >= file.size)
            return undefined;
        if (position < windowStart || position >= windowStart + window.length) {
            // Reads grow while the walk goes on from where they ended, and start small after a jump.
            chunkSize = position === windowStart + window.length ? Math.min(chunkSize * 2, MAX_CHUNK) : 64;
            const chunk = file.read(position, chunkSize);
            if (!chunk || chunk.length === 0)
                return undefined;
            window = chunk;
            windowStart = position;
        }
        return window[position - windowStart];
    };
    const littleEndian = (position, bytes) => {
        let value = 0;
        for (let i = 0; i < bytes; i++) {
            const byte = byteAt(position + i);
            if (byte === undefined)
                return undefined;
            value += byte * 2 ** (8 * i);
        }
        return value;
    };
    /**
     * A line from `position` and where the next begins: its text up to its first NUL (one
     * character a byte; `long` when that runs past MAX_PARSED_LINE, the text cut there), whether
     * it holds a NUL, its length, first and last bytes, and whether every byte is ASCII. Undefined
     * when no newline ends it within MAX_LINE_BYTES or the file (a residual the docs name).
     */
    const lineAt = (position) => {
        let text = '';
        let long = false;
        let nul = false;
        let ascii = true;
        for (let at = position; at - position <= MAX_LINE_BYTES; at++) {
            if (++budget.lineBytes > MAX_LINE_BYTES_WALKED)
                return undefined;
            const byte = byteAt(at);
            if (byte === undefined)
                return undefined;
            if (byte === 0x0a)
                return { text, long, nul, length: at - position, first: byteAt(position), last: at > position ? byteAt(at - 1) : undefined, ascii, next: at + 1 };
            if (byte >= 0x80)
                ascii = false;
            if (byte === 0)
                nul = true;
            else if (!nul && !long) {
                if (text.length < MAX_PARSED_LINE)
                    text += String.fromCharCode(byte);
                else
                    long = true;
            }
        }
        return undefined;
    };
    /** Whether the unpickler goes on past a line of `kind` (what int(), float(), the STRING opcode and find_class accept; CPython's numbers stop at a NUL). */
    const accepts = (kind, line) => {
        if (kind === 'any')
            return true;
        if (kind === 'ascii')
            return line.ascii;
        if (kind === 'quoted')
            return line.length >= 2 && line.first === line.last && (line.first === 0x22 || line.first === 0x27);
        if (kind === 'name')
            return !line.nul && !line.long && line.length > 0 && isUtf8(line.text);
        // Past MAX_PARSED_LINE only a power-of-two base is a number CPython reads (no digit limit).
        if (line.long)
            return kind === 'int' && /^\s*[+-]?0[xob][\da-f_]*$/i.test(line.text);
        if (kind === 'int' && line.nul && line.text.trim() === '')
            return true; // strtol with no digits, ended at the NUL
        return (kind === 'int' ? INT : FLOAT).test(line.text);
    };
    /** A memo index as CPython reads one from a line (base 10, a sign, underscores), or undefined. */
    const memoIndex = (line) => {
        const match = /^\s*([+-]?)(\d[\d_]*)\s*$/.exec(line.text);
        if (!match)
            return undefined;
        const value = Number(match[2].replace(/_/g, ''));
        return match[1] === '-' && value !== 0 ? -value : value;
    };
    const frames = [[]];
    const memo = new Map();
    let position = 0;
    for (let count = 0; count < MAX_OPCODES; count++) {
        const at = position;
        const code = byteAt(position);
        if (code === undefined)
            return undefined;
        const known = ops.get(code);
        if (!known)
            return undefined;
        const [argument, effect] = known;
        position++;
        if (code === 0x80 && (byteAt(position) ?? HIGHEST_PROTOCOL + 1) > HIGHEST_PROTOCOL)
            return undefined;
        let index; // a memo index
        if ('fixed' in argument) {
            if (argument.fixed === 1 || argument.fixed === 4)
                index = littleEndian(position, argument.fixed);
            position += argument.fixed;
        }
        else if ('length' in argument) {
            const length = littleEndian(position, argument.length);
            // A negative length (BINSTRING, LONG4 read signed) the unpickler refuses.
            if (length === undefined || (argument.signed && length >= 2 ** 31))
                return undefined;
            position += argument.length + length;
        }
        else {
            for (let n = 0; n < argument.lines; n++) {
                const line = lineAt(position);
                if (!line || !accepts(argument.line, line))
                    return undefined;
                if (code === GET_LINE || code === PUT_LINE) {
                    index = memoIndex(line);
                    if (index === undefined)
                        return undefined; // int() in base 10 refuses it
                }
                position = line.next;
            }
        }
        if (position > file.size)
            return undefined; // the unpickler would run out of data
        const stack = frames[frames.length - 1];
        const text = (item) => item === 'str' || item === 'unknown';
        if (code === STACK_GLOBAL && !(text(stack.at(-1)) && text(stack.at(-2))))
            return undefined;
        if (effect === 'import')
            return { imports: true, at };
        // The memo: PUT stores the top item (a negative index it refuses), GET of an index never stored fails.
        if (code === PUT_LINE || code === PUT_1 || code === PUT_4 || code === MEMOIZE) {
            const top = stack.at(-1);
            if (top === undefined || (index !== undefined && index < 0))
                return undefined;
            memo.set(code === MEMOIZE ? memo.size : index, top);
            continue;
        }
        if (code === GET_LINE || code === GET_1 || code === GET_4) {
            const item = memo.get(index);
            if (item === undefined)
                return undefined;
            stack.push(item);
            continue;
        }
        if (effect === 'dup') {
            const top = stack.at(-1);
            if (top === undefined)
                return undefined;
            stack.push(top); // the same object: a string stays one
            continue;
        }
        if (effect === 'call')
            return undefined; // nothing imported to call: the unpickler fails, nothing ran
        if (effect === 'stop') {
            // One pickle read, nothing run; torch.load's older format reads several in a row.
            if (stack.length === 0)
                return undefined;
            frames.length = 0;
            frames.push([]);
            memo.clear();
            continue;
        }
        if (effect === 'mark')
            frames.push([]);
        else if (effect === 'pop') {
            if (stack.length > 0)
                stack.pop();
            else if (frames.length > 1)
                frames.pop();
            else
                return undefined;
        }
        else if ('toMark' in effect) {
            if (frames.length < 2)
                return undefined;
            frames.pop();
            const under = frames[frames.length - 1];
            if (under.length < effect.below)
                return undefined;
            if (effect.push)
                under.push(effect.push);
        }
        else {
            if (stack.length < Math.max(effect.pop, effect.need ?? 0))
                return undefined;
            stack.length -= effect.pop;
            if (effect.push)
                stack.push(effect.push);
        }
    }
    return { tooLong: true };
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Whether a line (one character a byte) is UTF-8, as the unpickler decodes a module or attribute name. */
function isUtf8(line) {
    try {
        utf8.decode(Buffer.from(line, 'latin1'));
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./build/evidence/security-scan/code-free.js
/**
 * Model formats that run no code when loaded, and whether a file named as one is one. The
 * scanners know formats by extension: a pickle renamed `model.safetensors` is skipped, and still
 * runs its code under `torch.load`. So where the repository holds the file, its structure is
 * checked as the format's own loader checks it before reading any tensor.
 */


/** A larger config or tokenizer file is not read to tell (a large vocabulary's tokenizer.json is some 35 MB). */
const MAX_DATA_BYTES = 64 * 1024 * 1024;
/** The JSON file that maps a sharded safetensors model's tensors to its shards (Hugging Face's `model.safetensors.index.json`). */
const SAFETENSORS_INDEX = '.safetensors.index.json';
/**
 * Model formats that hold tensors (and a graph) and run no code of their own when loaded: a
 * pickle scanner has nothing to look for in them, and modelscan has no scanner for them, so it
 * lists them as skipped (SCAN_NOT_SUPPORTED). ONNX runs custom operators only from libraries a
 * program registers itself. Not GGUF: it carries a Jinja chat template that some loaders have
 * rendered unsandboxed. A sharded safetensors model's index is JSON.
 */
const CODE_FREE_EXTENSIONS = ['.safetensors', '.onnx', SAFETENSORS_INDEX];
/** The extension of `file` when it is one of CODE_FREE_EXTENSIONS (case aside), else undefined. */
function codeFreeExtension(file) {
    const lower = file.trim().toLowerCase();
    return CODE_FREE_EXTENSIONS.find((extension) => lower.endsWith(extension));
}
/**
 * Files a model ships beside its weights that hold data, not code, by the names Hugging Face's
 * libraries give them: configs (`config.json`, `generation_config.json`, any `*config.json` or
 * `config_*.json`), tokenizer files (`tokenizer.json`, `special_tokens_map.json`,
 * `added_tokens.json`, `vocab.json`, `vocab.txt`, `merges.txt`), `modules.json` and
 * `model_index.json`. Listed in `artifacts`, one needs no model scan when modelgate reads it and
 * finds it to be what it is named (third red team: a team listing every file that ships was
 * asked to scan its configs); never by its name alone (review: a `.json` a registry holds may
 * be jsonpickle's). Other `.json` and `.txt` files are no exception: a Keras architecture or a
 * jsonpickle dump is JSON too.
 */
const DATA_FILE = /(?:^|[/\\])(?:[\w.-]*config|config_[\w.-]+|tokenizer|special_tokens_map|added_tokens|vocab|modules|model_index)\.json$|(?:^|[/\\])(?:vocab|merges)\.txt$/i;
/** `.json` or `.txt` when `file` is named as DATA_FILE says, else undefined. */
function dataExtension(file) {
    const trimmed = file.trim();
    return DATA_FILE.test(trimmed) ? trimmed.slice(trimmed.lastIndexOf('.')).toLowerCase() : undefined;
}
/**
 * Formats that run code when loaded that modelscan has no scanner for (red team: each lay beside
 * a model unasked for): pickles by other names (scikit-learn's `.sav`, `.p`), Keras' `.hdf5`,
 * NeMo archives of pickles, TorchServe archives with their handler's Python, llamafile
 * executables, PyTorch's older `.pth.tar`, gensim's `.model` pickles (a SentencePiece `.model`
 * is read and runs none), and pickles compressed (`.pkl.gz`, joblib's `.joblib.z`). A scan in
 * modelgate's format by a tool that reads them, or moving them out, answers for them.
 */
const OTHER_CODE_EXTENSIONS = ['.sav', '.p', '.hdf5', '.nemo', '.mar', '.llamafile', '.pth.tar', '.model', ...['.pkl', '.pickle', '.joblib', '.dill', '.sav'].flatMap((pickle) => ['.gz', '.bz2', '.xz', '.lzma', '.z', '.zst'].map((compressed) => pickle + compressed))];
/**
 * Extensions of model formats that can run code when loaded, as modelscan's scanners know them
 * (pickle, PyTorch, NumPy, Keras, TensorFlow SavedModel), and OTHER_CODE_EXTENSIONS: what a
 * model folder must not hold unscanned. A scan of the folder reads the first.
 */
const MAY_RUN_CODE_EXTENSIONS = ['.pkl', '.pickle', '.joblib', '.dill', '.dat', '.data', '.pt', '.pth', '.bin', '.ckpt', '.npy', '.npz', '.h5', '.keras', '.pb', ...OTHER_CODE_EXTENSIONS];
/**
 * Whether `file`'s extension is one of MAY_RUN_CODE_EXTENSIONS (case aside). Not an ONNX model's
 * external tensor data (`model.onnx.data`, `model.onnx_data`): raw bytes that ONNX Runtime
 * reads, which modelscan, taking `.data` for a pickle, cannot scan.
 */
const mayRunCode = (file) => {
    const lower = file.toLowerCase();
    return !/\.onnx[._]data$/.test(lower) && MAY_RUN_CODE_EXTENSIONS.some((extension) => lower.endsWith(extension));
};
/** A model format's name, as a message gives it. */
const formatName = (extension) => FORMATS[extension]?.name ?? extension.slice(1);
/** Each format a file named as it is checked against: its name, what a file of it is, and why a file is not one. */
const FORMATS = {
    '.safetensors': { name: 'safetensors', what: 'a safetensors file', problem: safetensorsProblem },
    '.onnx': { name: 'ONNX', what: 'an ONNX model', problem: onnxProblem },
    [SAFETENSORS_INDEX]: { name: 'a safetensors index', what: 'a safetensors index', problem: indexProblem },
    '.json': { name: 'JSON', what: 'a plain JSON file', problem: jsonProblem },
    '.txt': { name: 'text', what: 'a text file', problem: textProblem },
};
/** How much of a file is read first: enough for the signatures beginsAs knows. */
const LEADING_BYTES = 64;
/**
 * What a file named with code-free `extension` is. safetensors: the header's length (8 bytes,
 * little-endian), the header (a JSON object naming each tensor's dtype, shape and byte range),
 * then the tensors, their ranges contiguous and ending at the end of the file, as the
 * safetensors library validates a file. ONNX: a protobuf ModelProto whose top-level fields are
 * ModelProto's with their wire types, lengths within the file and ending at its end, with an
 * `ir_version` and a `graph`.
 */
function checkFormat(extension, file) {
    const first = file.read(0, LEADING_BYTES);
    if (!first)
        return { is: 'not-as-named', why: 'cannot be read to tell' };
    if ((0,lfs/* isLfsPointer */.NS)(first, file.size))
        return { is: 'lfs-pointer' };
    // A PyTorch archive, or a pickle that imports, is refused whatever else its bytes also are (a polyglot).
    const archive = checkpointArchive(first, file);
    if (archive)
        return { is: 'not-as-named', why: archive };
    const pickle = walkPickle(file);
    if (pickle && 'imports' in pickle)
        return { is: 'not-as-named', why: `reads as a pickle that imports a name to call (at byte ${pickle.at}, read opcode by opcode from its first byte)` };
    if (pickle)
        return { is: 'not-as-named', why: 'reads as a pickle for longer than modelgate follows one (a million opcodes, or 64 MB of lines), which no tensor file does' };
    const format = FORMATS[extension];
    const problem = format?.problem(file);
    if (problem === undefined)
        return { is: 'as-named' };
    return { is: 'not-as-named', why: beginsAs(first) ?? `does not hold what ${format?.what ?? 'that format'} does: ${problem}` };
}
/**
 * Whether a `.bin` file is neither a PyTorch checkpoint (a ZIP or, in the older format, a tar
 * archive) nor a pickle that imports: torch.load reads only those, and refuses anything else
 * before it runs code. So CTranslate2's and
 * fastText's model.bin, or an ONNX model's external data saved as weights.bin, run no code
 * (third red team: modelscan skips them, and they could never pass). Not said of the other
 * extensions modelscan knows: a joblib or dill file may be a compressed pickle.
 */
function binRunsNoCode(file) {
    const first = file.read(0, LEADING_BYTES);
    if (!first || first.length === 0 || (0,lfs/* isLfsPointer */.NS)(first, file.size) || checkpointArchive(first, file))
        return false;
    // One that begins as a pickle does (PROTO and a protocol Python reads) is a scanner's to judge,
    // however it goes on; so is a compressed stream, which joblib.load unpickles once inflated.
    if ((first[0] === 0x80 && (first[1] ?? 0xff) <= 5) || isCompressed(first))
        return false;
    return walkPickle(file) === undefined;
}
/**
 * Whether a `.model` file is a SentencePiece model (`tokenizer.model`, `spiece.model`): a
 * protobuf ModelProto whose top-level fields are its pieces, trainer and normalizer specs, self-
 * test data and denormalizer spec (1 to 5, each length-delimited), lengths within the file and
 * ending at its end, with at least one piece. Such a file runs no code when loaded; a `.model`
 * that is anything else (gensim saves pickles so) is a scanner's to judge.
 */
function sentencePieceRunsNoCode(file) {
    if (file.size === 0 || file.size > MAX_DATA_BYTES)
        return false;
    const bytes = file.read(0, file.size);
    if (!bytes || bytes.length < file.size || checkpointArchive(bytes, file) || walkPickle(file) !== undefined)
        return false;
    let pieces = false;
    for (let position = 0; position < bytes.length;) {
        const tag = varint(bytes, position);
        if (!tag || tag.value % 8 !== 2 || tag.value < 8 || tag.value >= 48)
            return false;
        const length = varint(bytes, tag.next);
        if (!length)
            return false;
        position = length.next + length.value;
        if (position > bytes.length)
            return false;
        pieces ||= tag.value === 10;
    }
    return pieces;
}
/** Whether bytes begin as a stream joblib reads compressed: zlib, gzip, bz2, xz, lzma, lz4 (and zstd). */
function isCompressed(bytes) {
    const begins = (...signature) => signature.every((byte, i) => bytes[i] === byte);
    return ((bytes[0] === 0x78 && [0x01, 0x5e, 0x9c, 0xda].includes(bytes[1] ?? -1)) ||
        begins(0x1f, 0x8b) ||
        begins(0x42, 0x5a, 0x68) ||
        begins(0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00) ||
        begins(0x5d, 0x00, 0x00) ||
        begins(0x04, 0x22, 0x4d, 0x18) ||
        begins(0x28, 0xb5, 0x2f, 0xfd));
}
/**
 * Whether `file` begins as a tar archive: a 512-byte header whose checksum (the sum of its bytes,
 * the checksum field counted as spaces) is the octal number that field holds, as Python's
 * tarfile checks it. PyTorch's older checkpoints are tar archives with a pickle inside, which
 * torch.load still reads (fifth red team: a tar named .bin, or laid out to read as a SentencePiece
 * protobuf, passed as running no code).
 */
function isTar(file) {
    const header = file.read(0, 512);
    if (!header || header.length < 512)
        return false;
    const checksum = tarNumber(header.subarray(148, 156));
    if (checksum === undefined)
        return false;
    // Python takes the sum of the bytes unsigned or signed, the checksum field counted as spaces.
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < 512; i++) {
        const byte = i >= 148 && i < 156 ? 0x20 : header[i];
        unsigned += byte;
        signed += byte > 127 ? byte - 256 : byte;
    }
    return checksum === unsigned || checksum === signed;
}
/**
 * A tar header's number field as Python's tarfile reads it (nti): base-256 when its first byte
 * is 0x80 or 0xff; else the text up to the first NUL, stripped, read as int(text, 8) does (a
 * sign, a 0o prefix, underscores between digits). Review: a checksum field written "012345\0X",
 * in base-256, or with an underscore, which tarfile reads, passed as no tar.
 */
function tarNumber(field) {
    if (field[0] === 0x80 || field[0] === 0xff) {
        let value = 0;
        for (let i = 1; i < field.length; i++)
            value = value * 256 + field[i];
        return field[0] === 0xff ? value - 256 ** (field.length - 1) : value;
    }
    const end = field.indexOf(0);
    const text = Buffer.from(field.subarray(0, end < 0 ? field.length : end)).toString('latin1').trim() || '0';
    const match = /^([+-]?)(?:0o)?([0-7](?:_?[0-7])*)$/i.exec(text);
    if (!match)
        return undefined;
    const value = Number.parseInt(match[2].replaceAll('_', ''), 8);
    return match[1] === '-' ? -value : value;
}
/** A ZIP archive's signature: PyTorch's checkpoint format (a pickle inside), which torch.load tells by these bytes. */
const isZip = (bytes) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const ZIP = 'begins as a ZIP archive does (PyTorch saves its pickled checkpoints as one)';
const TAR = "begins as a tar archive does (PyTorch's older checkpoints are one, a pickle inside)";
/** Why `file` (its first bytes `first`) is a PyTorch checkpoint's archive, a ZIP or a tar, which torch.load reads; undefined when it is neither. */
function checkpointArchive(first, file) {
    return isZip(first) ? ZIP : isTar(file) ? TAR : undefined;
}
/** What a file's first bytes say it is, where they say, for a file that is not the format named. */
function beginsAs(bytes) {
    if (bytes.length === 0)
        return 'is empty';
    // A pickle: the PROTO opcode and a protocol number (a tensor file can begin so too: only said of one that is not one).
    if (bytes[0] === 0x80 && (bytes[1] ?? 0) >= 2 && (bytes[1] ?? 0) <= 5)
        return 'begins as a pickle does';
    return undefined;
}
const NOT_JSON = Symbol('not JSON');
const code_free_utf8 = new TextDecoder('utf-8', { fatal: true });
/** The value of JSON bytes in UTF-8 (as safetensors and the index are written), or NOT_JSON. */
function jsonIn(raw) {
    try {
        return JSON.parse(code_free_utf8.decode(raw));
    }
    catch {
        return NOT_JSON;
    }
}
/** The safetensors library's cap on a header (MAX_HEADER_SIZE); a larger one is not read. */
const SAFETENSORS_MAX_HEADER = 100_000_000;
/** Why `file` is not a safetensors file, or undefined when it is one. */
function safetensorsProblem(file) {
    const length = file.read(0, 8);
    if (!length || length.length < 8)
        return 'it is shorter than the 8-byte header length';
    const declared = new DataView(length.buffer, length.byteOffset, 8).getBigUint64(0, true);
    if (declared > BigInt(file.size - 8))
        return "its first 8 bytes, read as the header's length, run past the file's end";
    if (declared > SAFETENSORS_MAX_HEADER)
        return "its header is over the safetensors library's 100 MB cap";
    const headerBytes = Number(declared);
    const raw = file.read(8, headerBytes);
    if (!raw || raw.length < headerBytes)
        return 'its header cannot be read';
    const header = jsonIn(raw);
    if (header === NOT_JSON)
        return 'its header is not JSON in UTF-8';
    if (!header || typeof header !== 'object' || Array.isArray(header))
        return 'its header is not a JSON object';
    const ranges = [];
    for (const [name, tensor] of Object.entries(header)) {
        if (name === '__metadata__')
            continue;
        const offsets = tensor?.data_offsets;
        const shape = tensor?.shape;
        const valid = (n) => Number.isSafeInteger(n) && n >= 0;
        if (!Array.isArray(offsets) || offsets.length !== 2 || !valid(offsets[0]) || !valid(offsets[1]) || offsets[0] > offsets[1] || !Array.isArray(shape) || !shape.every(valid) || typeof tensor.dtype !== 'string') {
            return `its header's entry for ${JSON.stringify(name.slice(0, 60))} is not a tensor's (dtype, shape, data_offsets)`;
        }
        ranges.push([offsets[0], offsets[1]]);
    }
    ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let end = 0;
    for (const [start, stop] of ranges) {
        if (start !== end)
            return `its tensors' byte ranges leave a gap or overlap at byte ${end} of the data`;
        end = stop;
    }
    const data = file.size - 8 - headerBytes;
    return end === data ? undefined : `its tensors end at byte ${end} of the data, which is ${data} bytes long`;
}
/** A larger index is not read (one for thousands of tensors is a few hundred kilobytes). */
const MAX_INDEX_BYTES = 16 * 1024 * 1024;
/** Why `file` is not a safetensors index (a JSON object whose weight_map names each tensor's shard), or undefined when it is one. */
function indexProblem(file) {
    const raw = wholeFile(file, MAX_INDEX_BYTES);
    if ('problem' in raw)
        return raw.problem;
    const index = jsonIn(raw);
    if (index === NOT_JSON)
        return 'it is not JSON in UTF-8';
    const map = index?.weight_map;
    if (!map || typeof map !== 'object' || Array.isArray(map) || !Object.values(map).every((shard) => typeof shard === 'string'))
        return 'it has no weight_map naming each tensor\'s shard';
    return undefined;
}
/** The whole of a file of at most `maxBytes`, or why it cannot be read to tell. */
function wholeFile(file, maxBytes) {
    if (file.size > maxBytes)
        return { problem: `it is over ${maxBytes / 1024 / 1024} MB, more than modelgate reads to tell` };
    const raw = file.read(0, file.size);
    return raw && raw.length >= file.size ? raw : { problem: 'it cannot be read' };
}
/** The whole of a data file in UTF-8, or why it cannot be told: too large, unreadable, not UTF-8. */
function dataText(file) {
    const raw = wholeFile(file, MAX_DATA_BYTES);
    if ('problem' in raw)
        return raw;
    try {
        return { text: code_free_utf8.decode(raw) };
    }
    catch {
        return { problem: 'it is not UTF-8 text' };
    }
}
/**
 * Why `file` is not JSON that only a JSON reader reads: not JSON, or JSON holding jsonpickle's
 * tags (`py/reduce`, `py/object`, ...), which `jsonpickle.decode` turns into calls as a pickle
 * does, or a Keras Lambda layer. Undefined when it is plain JSON.
 */
function jsonProblem(file) {
    const read = dataText(file);
    if ('problem' in read)
        return read.problem;
    let value;
    try {
        value = JSON.parse(read.text);
    }
    catch {
        return 'it is not JSON';
    }
    // Iteratively: a config nested 100,000 deep must not overflow the stack.
    const pending = [value];
    while (pending.length > 0) {
        const item = pending.pop();
        if (!item || typeof item !== 'object')
            continue;
        if (Array.isArray(item))
            for (const member of item)
                pending.push(member);
        else
            for (const [key, member] of Object.entries(item)) {
                if (key.startsWith('py/'))
                    return `it holds jsonpickle's tag ${JSON.stringify(key.slice(0, 40))}, which jsonpickle.decode turns into objects and calls as a pickle does`;
                // A Keras Lambda layer carries its function's bytecode, which model_from_json runs (review);
                // Keras 3 names the module of each object it deserializes, and imports it (CVE-2025-1550).
                if (key === 'function_type' || (key === 'class_name' && (member === 'Lambda' || member === '__lambda__')))
                    return "it holds a Keras Lambda layer or function, whose code model_from_json runs";
                if (key === 'module' && typeof member === 'string' && 'class_name' in item && !/^keras(?:\.|$)/.test(member))
                    return `it names a Keras object from the module ${JSON.stringify(member.slice(0, 60))}, which deserializing it imports`;
                pending.push(member);
            }
    }
    return undefined;
}
/** Why `file` is not text (UTF-8, no NUL byte), or undefined when it is. */
function textProblem(file) {
    const read = dataText(file);
    if ('problem' in read)
        return read.problem;
    return read.text.includes('\0') ? 'it holds a NUL byte, which text does not' : undefined;
}
/**
 * ModelProto's fields and their protobuf wire types (0 varint, 2 length-delimited), from
 * onnx.proto.
 */
const ONNX_MODEL_FIELDS = new Map([
    [1, 0], [2, 2], [3, 2], [4, 2], [5, 0], [6, 2], [7, 2], [8, 2], [14, 2], [20, 2], [25, 2], [26, 2],
]);
/** More top-level fields than a model has (metadata, functions): the walk stops, failing closed. */
const MAX_ONNX_FIELDS = 100_000;
/** Why `file` is not an ONNX model, or undefined when it is one. */
function onnxProblem(file) {
    const seen = new Set();
    let position = 0;
    for (let fields = 0; position < file.size; fields++) {
        if (fields === MAX_ONNX_FIELDS)
            return `it has more than ${MAX_ONNX_FIELDS} top-level fields`;
        // A tag and a length are two varints of at most 10 bytes each.
        const bytes = file.read(position, 20);
        if (!bytes)
            return `it cannot be read at byte ${position}`;
        const tag = varint(bytes, 0);
        if (!tag)
            return `byte ${position} does not begin a protobuf field`;
        const field = Math.floor(tag.value / 8);
        const wire = tag.value % 8;
        if (ONNX_MODEL_FIELDS.get(field) !== wire)
            return `byte ${position} begins field ${field} with wire type ${wire}, which ModelProto does not have`;
        const value = varint(bytes, tag.next);
        if (!value)
            return `field ${field} at byte ${position} is cut short`;
        position += value.next + (wire === 2 ? value.value : 0);
        if (position > file.size)
            return `field ${field} runs past the file's end`;
        seen.add(field);
    }
    if (!seen.has(1))
        return 'it has no ir_version';
    if (!seen.has(7))
        return 'it has no graph';
    return undefined;
}
/** A protobuf varint at `at` in `bytes` and the offset after it, or undefined when it is cut short or overlong. */
function varint(bytes, at) {
    let value = 0;
    for (let i = 0; i < 10 && at + i < bytes.length; i++) {
        const byte = bytes[at + i];
        value += (byte & 0x7f) * 2 ** (7 * i);
        if ((byte & 0x80) === 0)
            return value > Number.MAX_SAFE_INTEGER ? undefined : { value, next: at + i + 1 };
    }
    return undefined;
}


/***/ }),

/***/ 4903:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ discoveredModelFiles),
/* harmony export */   Ev: () => (/* binding */ folderKey),
/* harmony export */   S8: () => (/* binding */ CUSTOM_GENERATE),
/* harmony export */   g_: () => (/* binding */ systemModelFolders),
/* harmony export */   ob: () => (/* binding */ MAX_MODULE_FOLDERS),
/* harmony export */   tH: () => (/* binding */ modelFolders)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(654);
/* harmony import */ var _same_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2879);
/* harmony import */ var _code_free_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4083);
/**
 * What a model's loader reads from the folder of a shipped model file besides the file itself: a
 * model folder is loaded and copied whole. Weights in either kind of format, and the Python its
 * configs have the loader import. One answer for the rules that ask: security/scan-covers-artifacts
 * (was each one scanned) and, in a pull request, the freshness rules (did one change since the
 * base commit's reports).
 */




/**
 * transformers' custom generation method: a model folder's `custom_generate/generate.py`
 * replaces `generate()` for a model loaded from that folder (with trust_remote_code; from a
 * local folder without it), and brings the modules it imports from beside it.
 */
const CUSTOM_GENERATE = 'custom_generate';
/** The most folders below a model's that its configs may name modules in: each is listed. */
const MAX_MODULE_FOLDERS = 16;
/**
 * What the loader reads from the folder of each artifact the repository holds: the folder's
 * weights; those of each folder a sentence-transformers modules.json names (red team:
 * 2_Dense/pytorch_model.bin, a pickle it torch.loads); and, where a config has the loader import
 * Python (loadsPython), the folder's Python and that of each folder below it a module is named
 * in. Names keep their case, as Linux's file systems do (red team: Model/ beside model/).
 */
function modelFolders(system, artifacts) {
    // Asked by scan-clean, scan-covers-artifacts and each freshness rule: folders listed and configs parsed once.
    return system.evidence.remembered(`model-folders:${artifacts.map(({ path }) => path).join('\0')}`, () => readModelFolders(system, artifacts));
}
function readModelFolders(system, artifacts) {
    const found = { files: [], fetched: [], tooMany: [] };
    const seen = new Set();
    /** Reads folder `written` through `list` (a listing of the folder by one of its files), unless it was read. */
    const read = (written, artifact, list) => {
        if (seen.has(folderKey(written)))
            return false;
        const files = list();
        if (files === undefined)
            return false; // not in the repository: weights kept elsewhere
        // Red team: 10,000 files beside the model hid a pickle among them; too many to look through is not none.
        if (files === _fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .TOO_MANY_FILES */ .rN) {
            found.tooMany.push({ folder: written || './', beside: artifact });
            seen.add(folderKey(written));
            return false;
        }
        readFolder(system, written, files, artifact, found, seen);
        return true;
    };
    for (const artifact of artifacts) {
        const written = artifact.path.slice(0, Math.max(artifact.path.lastIndexOf('/'), artifact.path.lastIndexOf('\\')) + 1);
        // Each folder listed once (a sharded model lists hundreds of files in one).
        if (!read(written, artifact, () => system.evidence.filesBeside(artifact.path)) || written === '')
            continue;
        // A diffusers pipeline keeps its components' weights in folders below its own, where its
        // model_index.json and its code are (red team: unet/ shipped, the pipeline's code above it).
        const parent = written.slice(0, written.slice(0, -1).lastIndexOf('/') + 1);
        read(parent, artifact, () => system.evidence.filesBeside(`${parent}model_index.json`));
    }
    return found;
}
/**
 * The model files discovery found (one for each folder that holds any, repository-relative) in
 * the system's folder, and in the folder of its model card or below it where no other system's
 * folder is (new user: a service citing a card in models/churn/ listed no artifacts and passed,
 * the pickle beside the card unasked for). Empty when the run did not look.
 */
function discoveredModelFiles(system) {
    // Asked by scan-covers-artifacts and by systemModelFolders (and so scan-clean): worked out once.
    return system.evidence.remembered('discovered-model-files', () => readDiscoveredModelFiles(system));
}
function readDiscoveredModelFiles(system) {
    const own = system.modelFilesInFolder ?? [];
    // Where the card really is (review: a card reached through a link was looked for where the link is).
    const cited = system.manifest.data.modelCard;
    const card = (typeof cited === 'string' ? system.evidence.whereIs(cited) : undefined) ?? system.card?.file;
    if (card === undefined || !system.modelFilesUnder)
        return [...own];
    const folder = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(card) === '.' ? '' : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(card);
    const dir = system.manifest.dir;
    if (folder === dir || (dir === '' ? true : folder.startsWith(`${dir}/`)))
        return [...own]; // in its own folder: own has them
    const beside = system.modelFilesUnder(folder).filter((file) => {
        const owner = system.systemAt?.(file);
        return owner === undefined || owner === system.manifest.file;
    });
    return [...new Set([...own, ...beside])].sort();
}
/**
 * The files of each folder in the system's own folder that holds model files as discovery finds
 * them (SystemContext.modelFilesInFolder), written relative to the manifest's folder as
 * artifacts are: where a model is kept, a file beside it is one the system may load, listed in
 * artifacts or not (red team: one safetensors file listed, and a pickle in another folder of
 * the system passed). `modelFile` is the model file discovery found there; `tooMany`, folders
 * holding more than modelgate lists.
 */
function systemModelFolders(system) {
    return system.evidence.remembered('system-model-folders', () => {
        const found = { files: [], tooMany: [] };
        for (const discovered of discoveredModelFiles(system)) {
            // Listed by the folder discovery found it in, not read as a citation (second red team: a
            // `#` or `\\` in a folder's name, a decoy named `0\\x.safetensors`, listed no folder).
            const modelFile = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.relative(system.manifest.dir, discovered);
            const slash = discovered.lastIndexOf('/');
            const folder = slash < 0 ? '' : discovered.slice(0, slash);
            const files = system.evidence.filesInRepoFolder(folder);
            if (files === _fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .TOO_MANY_FILES */ .rN)
                found.tooMany.push(modelFile.slice(0, modelFile.lastIndexOf('/') + 1) || './');
            else
                for (const file of files ?? [])
                    found.files.push({ file, modelFile, ...(readsAsAnotherPath(system, file, folder) ? { misread: true } : {}) });
        }
        return found;
    });
}
/**
 * Whether a file a folder's listing names, written from the manifest's folder, reads as another
 * path where the checks read it as the manifest's paths are read (a `#` starts a fragment, a
 * backslash separates folders): it could not be told apart from the file it reads as (review:
 * `ck#1/evil.pkl`, a link out of the repository, passed as the `ck` its name was cut to).
 */
function readsAsAnotherPath(system, written, folder) {
    const name = written.slice(written.lastIndexOf('/') + 1);
    const read = (0,_fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseCitation */ .KM)(written, system.manifest.dir);
    return written.includes('#') || !read.ok || read.rel !== (folder === '' ? name : `${folder}/${name}`);
}
/** A folder as the manifest writes it (`model/`, `./model//`), as one key. */
const folderKey = (written) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(`${(0,_same_file_js__WEBPACK_IMPORTED_MODULE_2__/* .artifactKey */ .Wf)(written)}/`);
/** What the loader reads from one model folder, `written` as the manifest writes it, holding `files`: into `found`, unless `seen` has it. */
function readFolder(system, written, files, artifact, found, seen, depth = 0) {
    // Each folder once, however many listed files or parts lead to it.
    if (seen.has(folderKey(written)))
        return;
    seen.add(folderKey(written));
    for (const file of files)
        if ((0,_code_free_js__WEBPACK_IMPORTED_MODULE_3__/* .mayRunCode */ .I0)(file) || (0,_code_free_js__WEBPACK_IMPORTED_MODULE_3__/* .codeFreeExtension */ .d1)(file) !== undefined)
            found.files.push({ file, beside: artifact });
    // The folders the loader reads as parts of the model, each read as a model folder (third red
    // team: a module's own config.json importing Python, a pickle in vae/ when unet/ shipped):
    // sentence-transformers' modules and a diffusers pipeline's components, one level down.
    const parts = depth === 0 ? partFolders(system, files) : undefined;
    if (parts && parts.folders.length > MAX_MODULE_FOLDERS)
        found.tooMany.push({ folder: written || './', beside: artifact, config: parts.file });
    else {
        for (const part of parts?.folders ?? []) {
            const inFolder = system.evidence.filesInFolder(written + part);
            if (inFolder === _fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .TOO_MANY_FILES */ .rN)
                found.tooMany.push({ folder: `${written}${part}/`, beside: artifact });
            else if (inFolder)
                readFolder(system, `${written}${part}/`, inFolder, artifact, found, seen, depth + 1);
        }
    }
    customGenerate(system, written, artifact, found);
    const python = loadsPython(system, files);
    if (!python)
        return;
    // Each folder below this one that a module is named in, listed once (review: 5,000 modules
    // named in one folder of 9,000 files listed it 5,000 times).
    const below = [...new Set(python.modules.map((module) => module.slice(0, module.lastIndexOf('/') + 1)))].filter((folder) => folder !== '');
    if (below.length > MAX_MODULE_FOLDERS) {
        found.tooMany.push({ folder: written || './', beside: artifact, config: python.config });
        return;
    }
    const pythonFiles = new Set();
    // This folder's Python only when a module of it is named (third red team: Stable Diffusion 1.5's
    // safety_checker, from "stable_diffusion", had a handler.py beside the pipeline taken as imported).
    for (const inFolder of [python.here ? files : [], ...below.map((folder) => system.evidence.filesInFolder(written + folder.slice(0, -1)))]) {
        if (inFolder === _fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .TOO_MANY_FILES */ .rN)
            found.tooMany.push({ folder: written || './', beside: artifact, config: python.config });
        else
            for (const file of inFolder ?? [])
                if (file.toLowerCase().endsWith('.py'))
                    pythonFiles.add(file);
    }
    for (const file of pythonFiles)
        found.files.push({ file, beside: artifact, python: python.config });
    for (const repository of python.fetched)
        found.fetched.push({ repository, beside: artifact, config: python.config });
}
/**
 * The Python of a model folder's custom_generate/ (CUSTOM_GENERATE), into `found`, when it holds
 * a generate.py: no config names it (third red team: it ran unscanned beside clean weights).
 */
function customGenerate(system, written, artifact, found) {
    const inFolder = system.evidence.filesInFolder(written + CUSTOM_GENERATE);
    if (inFolder === _fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .TOO_MANY_FILES */ .rN) {
        found.tooMany.push({ folder: `${written}${CUSTOM_GENERATE}/`, beside: artifact });
        return;
    }
    if (!inFolder?.some((file) => /(?:^|[/\\])generate\.py$/.test(file)))
        return;
    for (const file of inFolder)
        if (file.toLowerCase().endsWith('.py'))
            found.files.push({ file, beside: artifact, python: CUSTOM_GENERATE });
}
/**
 * The files a model folder may have its loader import Python by: Hugging Face configs
 * (config.json, tokenizer_config.json, preprocessor_config.json, ...: `auto_map`,
 * `custom_pipelines`), sentence-transformers' modules.json (a module's `type`) and diffusers'
 * model_index.json (a pipeline or component of its own).
 */
const namesPython = (file) => /(?:^|[/\\_])config\.json$|(?:^|[/\\])(?:modules|model_index)\.json$/i.test(file);
/**
 * Whether a model folder's `files` have its loader import Python, and from where: the first
 * config that does; the module files named in folders below this one (`code/modeling.Class` is
 * code/modeling.py); and the other repositories it fetches Python from (`org/repo--module.Class`,
 * from the Hub). `from_pretrained(..., trust_remote_code=True)` imports a module an `auto_map`
 * names, with the modules it imports; sentence-transformers imports a modules.json `type` from
 * the folder whatever trust_remote_code says; diffusers imports a pipeline or component a
 * model_index.json names by module (red team: a model scanner reads no Python, so modeling code
 * beside clean weights passed). A config that cannot be read here, or does not read as JSON
 * (Python's json takes NaN, and files over max-file-size), counts: it may name any.
 */
function loadsPython(system, files) {
    let loads;
    for (const file of files) {
        if (!namesPython(file))
            continue;
        const read = system.evidence.text(file);
        // Not UTF-8: Python's loaders refuse it too (they read configs as UTF-8).
        if (!read.ok && read.problem.binary)
            continue;
        const value = read.ok ? parsedJson(read.value.text) : undefined;
        const references = value === undefined ? [] : /modules\.json$/i.test(file) ? moduleTypes(value) : /model_index\.json$/i.test(file) ? customPipeline(value) : autoMapReferences(value);
        if (value !== undefined && references === undefined)
            continue;
        loads ??= { config: file, here: false, modules: new Set(), fetched: new Set() };
        // A config that cannot be told names any module, this folder's among them.
        if (value === undefined)
            loads.here = true;
        for (const reference of references ?? []) {
            if (reference.includes('--'))
                loads.fetched.add(reference.slice(0, reference.indexOf('--')));
            else if (reference.lastIndexOf('/') > 0 && reference.lastIndexOf('.') > reference.lastIndexOf('/'))
                loads.modules.add(`${reference.slice(0, reference.lastIndexOf('.'))}.py`);
            else
                loads.here = true;
        }
    }
    return loads && { config: loads.config, here: loads.here, modules: [...loads.modules], fetched: [...loads.fetched] };
}
/** JSON text's value; undefined for text that is not JSON. */
function parsedJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/**
 * The folders a model folder's `files` name as parts of the model: the modules of a
 * sentence-transformers modules.json (`1_Pooling`, `./2_Dense`, `../dense`: joined as written)
 * and the components of a diffusers model_index.json (`unet`, `vae`), with the file; undefined
 * where neither reads. Only the file named exactly so counts (third red team: a decoy
 * MODULES.json, sorted first, hid the one the loader reads).
 */
function partFolders(system, files) {
    const named = (name) => files.find((file) => file === name || file.endsWith(`/${name}`) || file.endsWith(`\\${name}`));
    const folders = new Set();
    let file;
    const modulesFile = named('modules.json');
    const modules = modulesFile === undefined ? undefined : readJson(system, modulesFile);
    if (Array.isArray(modules)) {
        file = modulesFile;
        for (const module of modules) {
            const path = module && typeof module === 'object' ? module.path : undefined;
            const folder = typeof path === 'string' ? relativeFolder(path) : undefined;
            if (folder !== undefined)
                folders.add(folder);
        }
    }
    const indexFile = named('model_index.json');
    const index = indexFile === undefined ? undefined : readJson(system, indexFile);
    if (index && typeof index === 'object' && !Array.isArray(index)) {
        file ??= indexFile;
        for (const [name, value] of Object.entries(index))
            if (!name.startsWith('_') && Array.isArray(value) && relativeFolder(name) !== undefined)
                folders.add(relativeFolder(name));
    }
    return file === undefined ? undefined : { file, folders: [...folders] };
}
/** A JSON file's value, read as the manifest's files are; undefined when it cannot be read or is not JSON. */
function readJson(system, file) {
    const read = system.evidence.text(file);
    return read.ok ? parsedJson(read.value.text) : undefined;
}
/** A relative folder as a loader joins it to the model's (`./2_Dense/` is 2_Dense); undefined for none (empty, `.`, absolute). */
function relativeFolder(path) {
    if (path.startsWith('/') || path.includes('\\') || path.includes('\0'))
        return undefined;
    const folder = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(`${path}/`).slice(0, -1);
    return folder === '' || folder === '.' ? undefined : folder;
}
/** Whether `path` names a folder below the one it is written in: relative, no `.` or `..` part. */
function isFolderBelow(path) {
    if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0'))
        return false;
    return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}
/** The module references of a Hugging Face config's `auto_map` and `custom_pipelines`; undefined when it has neither. */
function autoMapReferences(config) {
    if (!config || typeof config !== 'object' || Array.isArray(config))
        return undefined;
    const { auto_map: autoMap, custom_pipelines: pipelines } = config;
    if (autoMap === undefined && pipelines === undefined)
        return undefined;
    const mapped = autoMap && typeof autoMap === 'object' ? Object.values(autoMap).flatMap(referencesIn) : referencesIn(autoMap);
    const pipelined = pipelines && typeof pipelines === 'object' ? Object.values(pipelines).flatMap((pipeline) => referencesIn(pipeline?.impl)) : [];
    return [...mapped, ...pipelined];
}
/** The libraries a diffusers model_index.json names components from without code of the model's own. */
const DIFFUSERS_LIBRARIES = new Set(['diffusers', 'transformers']);
/**
 * The modules of a diffusers model_index.json's own code: a pipeline given as `["module",
 * "Class"]` (DiffusionPipeline.from_pretrained imports it from the folder), and a component
 * from a library other than diffusers or transformers (`"unet": ["my_unet", "MyUNet"]`, imported
 * from unet/my_unet.py; review). Undefined when it names none.
 */
function customPipeline(index) {
    if (!index || typeof index !== 'object' || Array.isArray(index))
        return undefined;
    const references = [];
    for (const [name, value] of Object.entries(index)) {
        if (!Array.isArray(value) || typeof value[0] !== 'string' || typeof value[1] !== 'string')
            continue;
        if (name === '_class_name')
            references.push(`${value[0]}.${value[1]}`);
        else if (!name.startsWith('_') && isFolderBelow(name) && !DIFFUSERS_LIBRARIES.has(value[0]))
            references.push(`${name}/${value[0]}.${value[1]}`);
    }
    return references.length > 0 ? references : undefined;
}
/** The module types a sentence-transformers modules.json names outside the library itself; undefined when it names none. */
function moduleTypes(modules) {
    const types = (Array.isArray(modules) ? modules : []).map((module) => (module && typeof module === 'object' ? module.type : undefined)).filter((type) => typeof type === 'string' && !type.startsWith('sentence_transformers.'));
    return types.length > 0 ? types : undefined;
}
/**
 * The references an auto_map value holds, as transformers reads one: a string, or a list of
 * them (a tokenizer's slow and fast classes, null for none). Nothing deeper is read (review: a
 * config nested 100,000 deep overflowed the stack).
 */
function referencesIn(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value))
        return value.filter((item) => typeof item === 'string');
    return [];
}


/***/ }),

/***/ 203:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ namesShippedModel)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _load_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(872);
/* harmony import */ var _fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(654);
/**
 * A service that ships a model kept in another folder (`services/scoring-api` citing
 * `ml/models/risk/model.pkl` and that folder's card): the model has names of its own, which its
 * card, its ML-BOM and its bias report use, not the service's (new user: every one of them failed
 * as "another model's"). The model is the shipped one only by where its card lies: in a folder
 * the system ships model files from (declared there, whether or not they are committed: weights
 * often are not), outside its own folder and no other system's. A name is that model's when the
 * folder's name starts it, word for word.
 */



/** Whether `card` is the card of a model this system ships from a folder outside its own (and no other system's). */
function isShippedModelCard(card, system) {
    const folder = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(card.file);
    const own = system.manifest.dir;
    if (own === '' || folder === '.' || folder === own || folder.startsWith(`${own}/`))
        return false;
    if (system.systemAt?.(card.file) !== undefined)
        return false;
    if (system.evidence.artifactFiles().some((file) => file?.startsWith(`${folder}/`) === true))
        return true;
    // Declared there but not committed (weights in LFS or a registry copy): where the manifest says.
    return (0,_load_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .declaredArtifacts */ .G9)(system.manifest.data).some(({ path }) => !(0,_fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .isUri */ .nh)(path) && node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(own, path)).startsWith(`${folder}/`));
}
/** Words that name no model of their own: a folder called `model` or `weights` lends no name. */
const GENERIC = new Set(['model', 'models', 'ml', 'src', 'weights', 'artifact', 'artifacts', 'checkpoint', 'checkpoints', 'export', 'exports', 'output', 'outputs', 'dist', 'build', 'assets', 'files', 'data', 'latest', 'current', 'final', 'prod', 'production']);
/** A version or a version-like word: `2.3.0`, `v2`, `3`. */
const VERSION = /^v?\d+(?:[._-]\d+)*$/i;
/** A name's words, in lower case, CamelCase split: "CreditRiskScorer v3" is credit, risk, scorer, v3. */
const wordsOf = (name) => name
    .replace(/(\p{Ll}|\p{N})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
/** The words that name the model of a folder: its name's (its parent's for a version folder, `credit-risk/2.3.0`), versions and generic words aside. */
function folderModelWords(folder) {
    let base = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(folder);
    if (VERSION.test(base))
        base = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(folder));
    return wordsOf(base).filter((word) => !GENERIC.has(word) && !VERSION.test(word));
}
/**
 * Whether `name` names the model of the folder `folder`: it starts with the folder's words ("risk"
 * in "risk-model", "credit risk" in "CreditRiskScorer"), or its words are the folder's
 * ("credit-risk" for `credit_risk_v2`); not merely its letters ("d" is not in "Totally
 * Unrelated Model", review), not elsewhere in it ("fraud-risk-model" for models/risk), and not
 * by a generic folder name (`ml/model`).
 */
function namesFolderModel(name, folder) {
    const want = folderModelWords(folder);
    if (want.length === 0)
        return false;
    const have = wordsOf(name);
    // At the start, not anywhere: "fraud-risk-model" is no model of models/risk (review).
    if (want.every((word, k) => have[k] === word))
        return true;
    const own = have.filter((word) => !GENERIC.has(word) && !VERSION.test(word));
    return own.length > 0 && own.every((word) => want.includes(word));
}
/** Whether `name` names the model this system ships from another folder (isShippedModelCard). */
function namesShippedModel(system, name) {
    const card = system.card;
    return card !== undefined && isShippedModelCard(card, system) && namesFolderModel(name, node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(card.file));
}


/***/ }),

/***/ 2254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xS: () => (/* binding */ EvidenceStore),
  qx: () => (/* binding */ describeNewest)
});

// UNUSED EXPORTS: MAX_NEWEST_READ

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/fs/repo-fs.js
var repo_fs = __webpack_require__(654);
;// CONCATENATED MODULE: ./build/fs/path-pattern.js
/**
 * Citations that name the newest of several files rather than one (`monitoring.latestRun`):
 * monitoring jobs write a file a run, named by its date or id, and copying the newest to a fixed
 * name just for the gate is friction. Such a citation is a pattern or a folder:
 *
 * - `*` matches any run of characters within one name, `?` one character; neither matches a `/`,
 *   nor a name's leading `.` (hidden files and folders, git's own data among them);
 * - `**` as a whole segment matches any number of folders, none included; inside a name it is `*`;
 * - a path ending in `/` is every file directly in that folder (`runs/` is `runs/*`);
 * - anything else is itself: `[`, `{` and `\` are characters of a name, not pattern syntax.
 *
 * The walk goes through the FileSource, so the boundary every cited path has holds: the pattern
 * is resolved from the manifest and may not climb out of the repository, folders are listed only
 * inside it (a folder link is followed where it is written out, never by a wildcard, so no link
 * loop can make the walk endless), and git's own data is never listed. The work is bounded: at
 * most MAX_PATTERN_ENTRIES names are looked at in all, and matching a name costs at most its
 * length times the segment's (no regular expression, so no backtracking).
 */

/** Names (files and folders) one pattern may look through, in every folder it lists. */
const MAX_PATTERN_ENTRIES = 200_000;
/** Whether a citation is a pattern or a folder, rather than a path of one file. */
function isPathPattern(ref) {
    const written = ref.trim();
    return written.includes('*') || written.includes('?') || written.endsWith('/') || written.endsWith('\\');
}
/**
 * The repository paths a pattern (written in a document in `fromDir`) matches, the last by name
 * first. A path that ends in a plain name after a wildcard folder (`reports/*\/run.json`) is
 * matched by name without being listed, so it may name no file: the caller resolves each.
 */
function filesMatching(source, ref, fromDir, budget = MAX_PATTERN_ENTRIES) {
    const written = ref.trim();
    const cited = (0,repo_fs/* normaliseCitation */.KM)(/[/\\]$/.test(written) ? `${written}*` : written, fromDir);
    if (!cited.ok)
        return cited;
    const segments = cited.rel.split('/');
    if (segments.at(-1) === '**')
        segments.push('*'); // `runs/**` is every file below runs/
    const pattern = /[/\\]$/.test(written) ? cited.rel.slice(0, -1) : cited.rel;
    const limit = budget;
    const tooMany = () => ({
        ok: false,
        problem: { kind: 'unreadable', message: `${(0,repo_fs/* clip */.$Q)(pattern)} has more than ${limit.toLocaleString('en-US')} files and folders to look through; narrow the pattern (a folder of its own for the runs, a name they all start with)` },
    });
    const found = new Set();
    const named = new Set();
    // Each folder is looked at once for each segment it is reached at (a `**` reaches one in many ways).
    const seen = new Set();
    const pending = [{ folder: '', index: 0 }];
    const under = (folder, name) => (folder === '' ? name : `${folder}/${name}`);
    while (pending.length > 0) {
        const { folder, index } = pending.pop();
        const key = `${index}\0${folder}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const segment = segments[index];
        const last = index === segments.length - 1;
        if (!isWildcard(segment)) {
            if (last) {
                found.add(under(folder, segment));
                named.add(under(folder, segment));
            }
            else
                pending.push({ folder: under(folder, segment), index: index + 1 });
            continue;
        }
        const names = last ? source.filesIn(folder, budget) : source.foldersIn(folder, budget);
        if (names === repo_fs/* TOO_MANY_FILES */.rN)
            return tooMany();
        if (names === undefined)
            continue; // no such folder: nothing below it matches
        budget -= names.length;
        if (budget < 0)
            return tooMany();
        if (segment === '**') {
            pending.push({ folder, index: index + 1 });
            for (const name of names)
                if (!name.startsWith('.'))
                    pending.push({ folder: under(folder, name), index });
            continue;
        }
        for (const name of names) {
            if (!segmentMatches(segment, name))
                continue;
            if (last)
                found.add(under(folder, name));
            else
                pending.push({ folder: under(folder, name), index: index + 1 });
        }
    }
    return { ok: true, pattern, files: byNameDescending([...found]), named };
}
function isWildcard(segment) {
    return segment.includes('*') || segment.includes('?');
}
/**
 * Whether a name matches one segment of a pattern: `*` any run of characters, `?` one, a leading
 * `.` only when the pattern writes it. Greedy, going back only to the last `*`: at most the
 * name's length times the pattern's steps, whatever either holds.
 */
function segmentMatches(pattern, name) {
    if (name.startsWith('.') && !pattern.startsWith('.'))
        return false;
    let p = 0;
    let n = 0;
    let star = -1;
    let resume = 0;
    while (n < name.length) {
        const c = pattern[p];
        if (c === '*') {
            star = p++;
            resume = n;
        }
        else if (c !== undefined && (c === '?' || c === name[n])) {
            p++;
            n++;
        }
        else if (star >= 0) {
            p = star + 1;
            n = ++resume;
        }
        else {
            return false;
        }
    }
    while (pattern[p] === '*')
        p++;
    return p === pattern.length;
}
/**
 * Paths the last by name first, folder by folder (`runs/b/x` after `runs/a-z/x`, as `b` is
 * after `a-z`): dated names (`2026-11-30`, `2026-11-30T06-00`) come newest first.
 */
function byNameDescending(paths) {
    // A `/` compared as the smallest character is a comparison folder by folder.
    const keyed = paths.map((file) => ({ file, key: file.replaceAll('/', '\0') }));
    keyed.sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
    return keyed.map(({ file }) => file);
}

// EXTERNAL MODULE: ./build/load/model-card.js + 1 modules
var model_card = __webpack_require__(4692);
// EXTERNAL MODULE: ./build/load/placeholder.js
var placeholder = __webpack_require__(8852);
// EXTERNAL MODULE: ./build/load/manifest.js
var manifest = __webpack_require__(872);
// EXTERNAL MODULE: ./build/load/yaml.js
var yaml = __webpack_require__(7794);
// EXTERNAL MODULE: ./build/types.js
var types = __webpack_require__(4853);
// EXTERNAL MODULE: ./build/evidence/dates.js
var dates = __webpack_require__(5741);
// EXTERNAL MODULE: ./build/load/json.js
var json = __webpack_require__(5531);
;// CONCATENATED MODULE: ./build/evidence/structured.js


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
        return (0,json/* parseJson */.qF)(text, file);
    if (lower.endsWith('.yaml') || lower.endsWith('.yml'))
        return (0,yaml/* parseYaml */.hN)(text, { file });
    return /^\s*[[{]/.test(text) ? (0,json/* parseJson */.qF)(text, file) : (0,yaml/* parseYaml */.hN)(text, { file });
}

;// CONCATENATED MODULE: ./build/evidence/store.js
/**
 * Evidence for one system, loaded only when a rule asks and cached, so a bias report that four
 * rules look at is read and parsed once. Paths are cited relative to the manifest; a `#section`
 * suffix names a heading inside a Markdown file.
 */











/**
 * The most files a pattern may match: each is read for when it was made, and the newest judged.
 * Not only the last few by name (red team: sixteen copies of an old passing run, named to sort
 * last, hid the newer failing one). A pattern matching more chooses none, and says so. Each run
 * is parsed and kept for the run (review: 1,000 runs of 900 KB took 1.9 GB; with a base, 3.7 GB).
 */
const MAX_NEWEST_READ = 200;
/**
 * Which file of a pattern was judged and why, for a message: "sys/runs/b.json is the newest by
 * the time it records of the 3 files sys/runs/*.json matches".
 */
function describeNewest(match) {
    const chosen = match.chosen.ok ? match.chosen.rel : match.pattern;
    const files = match.pattern.endsWith('/') ? `in ${match.pattern}` : `${match.pattern} matches`;
    if (match.matched === 1)
        return `${chosen} is the only file ${files}`;
    const how = match.by === 'time' ? 'the newest by the time it records' : `the last by name (none of the ${match.read} read records a time)`;
    const some = match.read < match.matched ? `; the ${match.read} last by name were read` : '';
    return `${chosen} is ${how} of the ${match.matched.toLocaleString('en-US')} files ${files}${some}`;
}
/** Resolution problems that say a path names no file of the repository, rather than a file that cannot be read. */
const ELSEWHERE = new Set(['missing', 'absolute-path', 'outside-root', 'empty-path']);
class EvidenceStore {
    repo;
    manifest;
    kinds;
    base;
    cache = new Map();
    /** remembered's answers. */
    answers = new Map();
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
    /** newestMatch's answers, by the pattern's path. */
    newest = new Map();
    /** Set while a pattern's files are read to choose one: what they cite is no pattern, and no rule used them. */
    choosing = false;
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
        return this.base ? (0,yaml/* chargedToBase */.zk)(read) : read();
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
    /**
     * The repository file each artifact the manifest declares is (where links lead), in order;
     * undefined for one that is not the repository's (a URI, weights kept elsewhere). Which files
     * two systems both ship (evidence/own-system), and which folders a system ships from
     * (card/name-matches).
     */
    artifactFiles() {
        return (0,manifest/* declaredArtifacts */.G9)(this.manifest.data).map(({ path }) => ((0,repo_fs/* isUri */.nh)(path) ? undefined : this.whereIs(path)));
    }
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
            resolved = this.newestMatch(pathPart)?.chosen ?? this.repo.resolve(pathPart, this.manifest.dir);
            this.resolutions.set(pathPart, resolved);
        }
        return resolved;
    }
    /**
     * Where the manifest cites files of a kind made over and over (EvidenceFormats.newest: the
     * monitoring runs of `monitoring.latestRun`) by a pattern or a folder (fs/path-pattern.ts), the
     * newest file it matches: every rule, the cross-system ones too, reads the citation as that
     * file. Undefined for any other citation.
     */
    newestMatch(ref) {
        const pathPart = ref.split('#', 1)[0];
        if (this.choosing || !isPathPattern(pathPart))
            return undefined;
        if (this.newest.has(pathPart))
            return this.newest.get(pathPart);
        const kind = this.kinds.find(({ newest }) => {
            const cited = newest && (0,types/* valueAt */.fK)(this.manifest.data, newest.field);
            return typeof cited === 'string' && cited.split('#', 1)[0] === pathPart;
        });
        const match = kind ? this.chooseNewest(pathPart, kind) : undefined;
        this.newest.set(pathPart, match);
        return match;
    }
    /**
     * The newest file a pattern matches (at most MAX_NEWEST_READ, each read): the one made last as
     * it says (`madeAt`, read as the freshness rules read dates; of two at one time, the later by
     * name), else, when none says, the last by name. A file that cannot be read as the kind says
     * no time. A name after a wildcard folder that names no file there is no match.
     */
    chooseNewest(pattern, kind) {
        const matches = filesMatching(this.repo, pattern, this.manifest.dir);
        if (!matches.ok)
            return { pattern: pattern.trim(), chosen: { ok: false, problem: matches.problem }, matched: 0, read: 0, by: 'name', undated: [] };
        const candidates = [];
        let matched = 0;
        for (const rel of matches.files) {
            // Listed files are there; a plain name after a wildcard folder is looked up (a stat, no read).
            const resolved = matches.named.has(rel) || candidates.length < MAX_NEWEST_READ ? this.repo.resolve(rel) : undefined;
            if (resolved && !resolved.ok && resolved.problem.kind === 'missing')
                continue;
            matched++;
            // A `#` would start a fragment in the path the rules cite: such a name cannot be cited.
            if (resolved && candidates.length < MAX_NEWEST_READ && !rel.includes('#'))
                candidates.push({ rel, resolved });
        }
        const { pattern: written } = matches;
        if (matched > MAX_NEWEST_READ) {
            const message = `${written} ${pattern.trim().endsWith('/') ? 'holds' : 'matches'} ${matched.toLocaleString('en-US')} files, more than the ${MAX_NEWEST_READ.toLocaleString('en-US')} modelgate reads to tell which is newest: move older runs to a folder the pattern does not reach`;
            return { pattern: written, chosen: { ok: false, rel: written, problem: { kind: 'unreadable', message } }, matched, read: 0, by: 'name', undated: [] };
        }
        if (candidates.length === 0) {
            const message = pattern.trim().endsWith('/') ? `${written} holds no file` : `${written} matches no file`;
            return { pattern: written, chosen: { ok: false, rel: written, problem: { kind: 'missing', message } }, matched, read: 0, by: 'name', undated: [] };
        }
        const madeAt = kind.newest?.madeAt ?? (() => undefined);
        const saved = { noted: this.noted, loading: this.loading };
        this.noted = undefined;
        this.loading = undefined;
        this.choosing = true;
        const read = [];
        try {
            for (const { rel, resolved } of candidates) {
                if (!resolved.ok) {
                    read.push({ rel, resolved, why: resolved.problem.message });
                    continue;
                }
                const value = this.evidence(kind, external_node_path_.posix.relative(this.manifest.dir, rel));
                const when = value.ok ? madeAt(value.value) : undefined;
                const time = when === undefined ? undefined : (0,dates/* parseDate */._U)(when)?.getTime();
                const why = !value.ok ? value.problem.message : when === undefined ? 'it records none' : time === undefined ? `"${when}" is no date` : undefined;
                read.push({ rel, resolved, ...(time !== undefined ? { time } : {}), ...(why !== undefined ? { why } : {}) });
            }
        }
        finally {
            this.noted = saved.noted;
            this.loading = saved.loading;
            this.choosing = false;
        }
        let chosen = 0;
        for (const [index, { time }] of read.entries())
            if (time !== undefined && (read[chosen]?.time === undefined || time > read[chosen]?.time))
                chosen = index;
        const by = read[chosen]?.time === undefined ? 'name' : 'time';
        const undated = by === 'time' ? read.slice(0, chosen).flatMap(({ rel, why }) => (why === undefined ? [] : [{ rel, why }])) : [];
        return { pattern: written, chosen: read[chosen].resolved, matched, read: read.length, by, undated };
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
            return { ok: true, value: this.parsed(() => (0,model_card/* parseCard */.co)(text.value.text, text.value.rel)) };
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
        const parsed = this.parsed(() => parseEvidence(rel, text.value.text, this.kinds));
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
                return fail(`${cited} and the files it includes are over the ${(0,repo_fs/* formatBytes */.z3)(this.repo.maxFileBytes)} limit together (max-file-size)`);
            const parsed = this.parsed(() => parseEvidence(resolved.rel, text.text, this.kinds));
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
        return this.digest(ref, (text) => text.replace(/\s+/g, ''));
    }
    /**
     * As textDigest, and in JSON neither the order of an object's keys nor how a string or number
     * is spelt counts: a pull request's report against the one its base cited (model-changed.ts;
     * red team: the base's report dumped again with its keys sorted). Asked only in a pull
     * request: rewriting every report of every system cost a run 5% (JSON parsed again, sorted).
     */
    valueDigest(ref) {
        // Each report is compared with every one the base cited: spelt once (review: 75 ms a 6 MB report).
        return this.remembered(`value-digest:${ref}`, () => this.digest(ref, (text) => canonicalJson(text) ?? text.replace(/\s+/g, '')));
    }
    /**
     * `compute`'s answer for `key`, worked out once for this system: what several rules ask of
     * the same files (whether a model file runs code, what a model folder holds) is read once.
     */
    remembered(key, compute) {
        if (!this.answers.has(key))
            this.answers.set(key, compute());
        return this.answers.get(key);
    }
    /** The digest of a cited file's text as `spelt` writes it; undefined when it cannot be read or is too short to be anyone's. */
    digest(ref, spelt) {
        const read = this.text(ref);
        if (!read.ok)
            return undefined;
        const content = spelt(read.value.text);
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
        return digestOf((0,placeholder/* readableText */.Gh)(read.value.text).replace(/\s+/g, ''));
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
        if ((0,repo_fs/* isUri */.nh)(ref))
            return { ok: true, value: undefined };
        const resolved = this.resolution(ref);
        if (!resolved.ok) {
            const unread = this.unreadOwnFile(ref);
            if (unread)
                return { ok: false, problem: { message: unread } };
            return ELSEWHERE.has(resolved.problem.kind) ? { ok: true, value: undefined } : { ok: false, problem: { message: resolved.problem.message } };
        }
        this.use(resolved.rel);
        const read = this.repo.bytesAt(resolved.rel, position, count);
        return read.ok ? { ok: true, value: { rel: resolved.rel, bytes: read.bytes, size: read.size } } : { ok: false, problem: { message: read.problem.message } };
    }
    /**
     * Why a path the manifest names, which names a file of this repository, cannot be read here:
     * an absolute path into the checkout, a local URI with percent-escapes, a link that leads out
     * of the repository (what a scan of it read is whatever it led to where the scan ran), or a
     * file in a submodule this checkout did not fetch (red team: each let a pickle pass, known by
     * its name).
     * Undefined for a file read, a URI, and a path that names nothing here (weights elsewhere).
     */
    unreadOwnFile(ref) {
        if ((0,repo_fs/* isUri */.nh)(ref))
            return undefined;
        const resolved = this.resolution(ref);
        if (resolved.ok)
            return undefined;
        const { kind, message } = resolved.problem;
        if (kind === 'absolute-into-repository' || kind === 'ambiguous-uri' || kind === 'symlink-outside')
            return message;
        const submodule = kind === 'missing' && resolved.rel !== undefined ? this.repo.submoduleAbove?.(resolved.rel) : undefined;
        return submodule === undefined ? undefined : `${resolved.rel} lies in the submodule ${submodule}, which this checkout did not fetch; check out with submodules: true for modelgate to read it`;
    }
    /** Why a path the manifest's paths name is a link that leads out of the repository, if it is one. */
    linkOutside(ref) {
        const resolved = this.resolution(ref);
        return !resolved.ok && resolved.problem.kind === 'symlink-outside' ? resolved.problem.message : undefined;
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
        return this.namesUnder(slash < 0 ? '' : resolved.rel.slice(0, slash), ref.slice(0, Math.max(ref.lastIndexOf('/'), ref.lastIndexOf('\\')) + 1));
    }
    /** As filesBeside, for a folder the manifest's paths name (`model/2_Dense`), its files written under it. */
    filesInFolder(ref) {
        const resolved = this.resolution(ref);
        return resolved.ok ? this.namesUnder(resolved.rel, /[/\\]$/.test(ref) ? ref : `${ref}/`) : undefined;
    }
    /**
     * As filesInFolder, for a repository folder as discovery names it (not a path the manifest
     * wrote, which is read as one: a `#` starts a fragment there), its files written from the
     * manifest's folder.
     */
    filesInRepoFolder(rel) {
        const written = external_node_path_.posix.relative(this.manifest.dir, rel);
        return this.namesUnder(rel, written === '' ? '' : `${written}/`);
    }
    /** The files and links of repository folder `rel`, each written after `written`. */
    namesUnder(rel, written) {
        const names = this.repo.filesIn(rel);
        return names === repo_fs/* TOO_MANY_FILES */.rN ? names : names?.map((name) => written + name);
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
/**
 * JSON text as one spelling of its value: keys sorted, no white space, strings and numbers as
 * JSON.stringify writes them. Undefined for text that is not JSON, or nests too deep to rewrite.
 */
function canonicalJson(text) {
    const first = text.trimStart()[0];
    if (first !== '{' && first !== '[')
        return undefined;
    const sorted = (value) => {
        if (Array.isArray(value))
            return value.map(sorted);
        if (!value || typeof value !== 'object')
            return value;
        const record = value;
        return Object.fromEntries(Object.keys(record).sort().map((key) => [key, sorted(record[key])]));
    };
    try {
        return JSON.stringify(sorted(JSON.parse(text)));
    }
    catch {
        return undefined; // not JSON, or deeper than the stack
    }
}
/** The digest textDigest and readableDigest give a text (white space already taken out). */
function digestOf(content) {
    return (0,external_node_crypto_.createHash)('sha256').update(content).digest('base64');
}


/***/ }),

/***/ 741:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ licenseKey)
/* harmony export */ });
/** Licences compared without case, and a custom licence with or without its LicenseRef- prefix. */
const licenseKey = (text) => text.trim().toLowerCase().replace(/^licenseref-/, '');


/***/ }),

/***/ 594:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ squashName)
/* harmony export */ });
/** Names compared without case, spaces or punctuation: "Credit Risk Scorer" is credit-risk-scorer. */
const squashName = (name) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');


/***/ }),

/***/ 6422:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ loosely),
/* harmony export */   S: () => (/* binding */ namesNoOne)
/* harmony export */ });
/**
 * Answers that name no one and nothing: "None", "Nobody", "N/A", "Unassigned". A field that asks
 * who approves, who owns, who reviews, what training a reviewer has or to whom an incident was
 * reported is not answered by them, though it is filled in (red team: an impact assessment
 * "approved" by None, reviewers trained "None", an incident "reported" to "n/a" passed). Compared
 * loosely: in any case, compatibility forms folded, punctuation and spacing aside ("None.",
 * "no-one", "n.a.").
 */
const NO_ONE = [
    ...['none', 'none yet', 'nothing', 'no', 'nobody', 'nobody yet', 'no one', 'no one yet', 'noone', 'not anyone'],
    // Not "NA" alone: a team may be North America's.
    ...['n a', 'not applicable', 'nil', 'null', 'unknown', 'tbc', 'tbd', 'not required', 'not needed', 'none required', 'none needed'],
    ...['not assigned', 'not yet assigned', 'unassigned', 'to be assigned', 'to be decided', 'not decided', 'not recorded', 'not reported', 'not reported yet', 'not yet reported'],
];
/** What names a machine where a person must act: "the model", "automated". */
// Not "AI" alone: a team may be called that (false-error hunt).
const MACHINE = ['the model', 'the system', 'the ai', 'the algorithm', 'automated', 'automatic', 'the tool'];
const NONE = new Set(NO_ONE);
const NONE_OR_MACHINE = new Set([...NO_ONE, ...MACHINE]);
/** A text as the lists compare it: in any case, compatibility forms folded, punctuation and spacing aside. */
function loosely(text) {
    return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
/**
 * Whether `value` is a text that names no one and nothing ("None", "nobody", "n/a"); with
 * `machines`, also one that names a machine where a person must act ("the model"). Short texts
 * only: a sentence that starts "None of …" says something.
 */
function namesNoOne(value, machines = false) {
    if (typeof value !== 'string' || value.length > 40)
        return false;
    return (machines ? NONE_OR_MACHINE : NONE).has(loosely(value));
}


/***/ }),

/***/ 8557:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ isMovingRevision),
/* harmony export */   Y: () => (/* binding */ sameRevision)
/* harmony export */ });
/**
 * Revisions that move: a branch or a moving tag names where data is now, not what it was when a
 * model was trained or a reference was frozen. A dataset "pinned" to `latest` or `main` is not
 * pinned (red team: `revision: latest` with the checksum removed passed data/dataset-pinned).
 */
const MOVING = new Set([
    ...['latest', 'newest', 'last', 'current', 'head', 'tip', 'main', 'master', 'trunk', 'dev', 'develop', 'development', 'next', 'staging', 'stable', 'beta', 'canary', 'nightly', 'default', 'live', 'prod', 'production', '@', '*'],
    // Names an export job overwrites (red team: "snapshot", "release", "export" passed).
    ...['snapshot', 'release', 'export', 'edge', 'unstable', 'rolling', 'daily', 'weekly', 'monthly', 'wip'],
]);
/** Words that make a compound name move, unless it is dated or holds a full version: `s3-latest`, `v2-latest`, `prod_current` (red team, review); not `latest-2024-12`, `latest-1.4`. */
// Not "live": a tag named for a go-live is frozen (false-error hunt).
/** A date (`2024-12`, `20241201`) or a version with its minor part (`1.4`): what a name so compounded freezes. */
const DATED = /\d{4}[-_.]?\d{2}|\d\.\d/;
const MOVING_PART = new Set(['latest', 'newest', 'current', 'head', 'tip', 'nightly']);
/**
 * A git ref that is a branch or pull request whatever its name (refs/heads/x, heads/x, origin/x,
 * refs/pr/3, Hugging Face's refs/convert/parquet), a ref resolved by reflog (`@{u}`,
 * `main@{now}`), and git's own moving heads (FETCH_HEAD).
 */
const MOVING_REF = /^(?:refs\/(?:heads|remotes|pr|pull|convert)\/|heads\/|remotes\/|origin\/|upstream\/)|@\{|^\w+_head$/;
/**
 * Whether `value` is a revision that moves, case aside: a name a branch or moving tag is given
 * (`latest`, `main`, `HEAD`, `staging`), one of those counted back (`main~1`), or a ref to a
 * branch or pull request. Any other branch name cannot be told from a tag by its text.
 */
function isMovingRevision(value) {
    if (typeof value !== 'string')
        return false;
    const revision = value.trim().toLowerCase();
    // A revision is a short name; a long text is no name (and is not scanned).
    if (revision.length > 200)
        return false;
    if (MOVING.has(revision) || MOVING_REF.test(revision))
        return true;
    if (/[-_./]/.test(revision) && !DATED.test(revision) && revision.split(/[-_./]+/).some((part) => MOVING_PART.has(part)))
        return true;
    // `main~2`, `HEAD^^`: a moving name counted back still moves. By hand from the end: a
    // pattern would try every split of a run of `~`.
    let end = revision.length;
    for (;;) {
        let at = end;
        while (at > 0 && /\d/.test(revision[at - 1]))
            at--;
        if (at === 0 || (revision[at - 1] !== '~' && revision[at - 1] !== '^'))
            break;
        end = at - 1;
    }
    return end < revision.length && MOVING.has(revision.slice(0, end));
}
const COMMIT = /^[0-9a-f]{7,64}$/;
/**
 * Whether two written revisions name the same one: as text, case and outer spaces aside (a
 * number written unquoted is its digits), or, both being commit ids of seven hex digits or
 * more, when one is the start of the other (a short SHA and the full one).
 */
function sameRevision(a, b) {
    const text = (value) => (typeof value === 'string' ? value.trim().toLowerCase() : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined);
    const [left, right] = [text(a), text(b)];
    if (left === undefined || right === undefined || left === '' || right === '')
        return false;
    if (left === right)
        return true;
    return COMMIT.test(left) && COMMIT.test(right) && (left.startsWith(right) || right.startsWith(left));
}


/***/ }),

/***/ 549:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ lowerBound)
/* harmony export */ });
/** The index of the first of `sorted` (ascending, by code unit) not before `key`: where `key` would go. */
function lowerBound(sorted, key) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (sorted[middle] < key)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}


/***/ })

};

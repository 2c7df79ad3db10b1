export const id = 7;
export const ids = [7];
export const modules = {

/***/ 5484:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ cardAgrees),
/* harmony export */   y: () => (/* binding */ statedVersion)
/* harmony export */ });
/* harmony import */ var _text_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(594);
/* harmony import */ var _text_license_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(741);
/* harmony import */ var _load_manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(872);
/* harmony import */ var _load_placeholder_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8852);
/* harmony import */ var _load_source_doc_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2431);
/* harmony import */ var _evidence_shipped_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(203);
/* harmony import */ var _function_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6792);
/**
 * The model card and the manifest describe the same model: where both state a name, version,
 * license, base model or datasets, they agree. A card (or manifest) that does not state one is
 * not a disagreement, and not an agreement either: nothing to check (card/* rules ask for what a
 * card must state).
 */







const list = (value) => [].concat(value ?? []).filter((v) => typeof v === 'string');
const cardAgrees = (0,_function_js__WEBPACK_IMPORTED_MODULE_3__/* .defineFunction */ .Oh)({
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
    const names = [data.name, data.id].filter((n) => typeof n === 'string').map(_text_names_js__WEBPACK_IMPORTED_MODULE_4__/* .squashName */ .z);
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
        const n = (0,_text_names_js__WEBPACK_IMPORTED_MODULE_4__/* .squashName */ .z)(name);
        if (names.some((m) => m === n || m.includes(n) || n.includes(m)) || (0,_evidence_shipped_model_js__WEBPACK_IMPORTED_MODULE_2__/* .namesShippedModel */ .h)(system, name))
            return [];
        return [{ message: `the model card's model-index names "${name}", but the manifest describes "${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_5__/* .asText */ .e1)(data.name)}" (${system.id})`, at: metaAt(card, ['model-index', i, 'name']) }];
    });
}
/** "v2.3.0", "2.3" in the card's title, or a version key in its front matter. */
function versionFailures(card, data, system) {
    if ((0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_5__/* .asText */ .e1)(data.version ?? '') === '')
        return { skip: 'the manifest states no version' }; // any type when the schema failed
    const version = (0,_load_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .comparedVersion */ .i6)(data);
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
    if ((0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_1__/* .valueAbsence */ .Z2)(declared) === 'placeholder') {
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
    if ((0,_text_license_js__WEBPACK_IMPORTED_MODULE_6__/* .licenseKey */ .z)(stated) === (0,_text_license_js__WEBPACK_IMPORTED_MODULE_6__/* .licenseKey */ .z)(declared) || (named && (0,_text_license_js__WEBPACK_IMPORTED_MODULE_6__/* .licenseKey */ .z)(named) === (0,_text_license_js__WEBPACK_IMPORTED_MODULE_6__/* .licenseKey */ .z)(declared)))
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
    const ids = new Set(words.filter((word, i) => !['AND', 'OR', 'WITH'].includes(word) && words[i - 1] !== 'WITH').map(_text_license_js__WEBPACK_IMPORTED_MODULE_6__/* .licenseKey */ .z));
    const cardIds = new Set(listed.map((l) => (0,_text_license_js__WEBPACK_IMPORTED_MODULE_6__/* .licenseKey */ .z)(l.trim().toLowerCase() === 'other' && named ? named : l)));
    const same = [...cardIds].every((id) => ids.has(id)) && [...ids].every((id) => cardIds.has(id));
    if (same || (cardIds.size === 1 && cardIds.has((0,_text_license_js__WEBPACK_IMPORTED_MODULE_6__/* .licenseKey */ .z)(declared))))
        return [];
    const shown = listed.map((l) => `"${l}"`).join(', ');
    return [{ message: `the model card's ${listed.length === 1 ? `license is ${shown}` : `licenses are ${shown}`}, but the manifest's is "${declared}"`, at: metaAt(card, ['license']) }];
}
function baseModelFailures(card, data, _system) {
    const declared = list(data.baseModel).map((b) => b.toLowerCase());
    const stated = list(card.meta.base_model);
    if (stated.length > 0 && list(data.baseModel).some((b) => (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_1__/* .valueAbsence */ .Z2)(b) === 'placeholder')) {
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
        if (!dataset || !_load_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .TRAINED_ON_ROLES */ .wo.includes(dataset.role))
            return;
        if (typeof dataset.id === 'string' && (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_1__/* .valueAbsence */ .Z2)(dataset.id) === 'placeholder') {
            failures.push({ message: `training dataset data.datasets[${i}] has no id yet (it is still a placeholder), so the model card's datasets list cannot name it`, at: metaAt(card, ['datasets']), path: ['manifest', 'data', 'datasets', i] });
            return;
        }
        const ids = names(dataset);
        if (!cardNames.some((c) => ids.some((n) => n === c || n.endsWith(`/${c}`) || n.endsWith(`/${c}/`)))) {
            failures.push({ message: `training dataset "${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_5__/* .asText */ .e1)(dataset.id)}" is not in the model card's datasets list`, at: metaAt(card, ['datasets']), path: ['manifest', 'data', 'datasets', i] });
        }
    });
    return failures;
}


/***/ }),

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

/***/ 5204:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');

/***/ })

};

export const id = 665;
export const ids = [665];
export const modules = {

/***/ 9665:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeJson: () => (/* binding */ writeJson)
/* harmony export */ });
/**
 * The JSON report, written in pieces: the same text as `JSON.stringify(value, null, 2)`, but the
 * top two levels (the report's keys, and each finding, system and coverage entry) are written
 * one by one, so a report of thousands of systems is never one string of hundreds of MB.
 */
/** How deep to split: the report object, then its arrays' elements. */
const SPLIT_DEPTH = 2;
function writeJson(value, write) {
    writeValue(value, '', 0, write);
    write('\n');
}
function writeValue(value, indent, depth, write) {
    const json = value?.toJSON;
    if (depth >= SPLIT_DEPTH || value === null || typeof value !== 'object' || typeof json === 'function') {
        // JSON.stringify indents nested lines from column 0: shift them to this depth.
        write((JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`));
        return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
        if (value.length === 0)
            return write('[]');
        write('[');
        value.forEach((item, index) => {
            write(`${index === 0 ? '' : ','}\n${inner}`);
            // As JSON.stringify does: an element that has no JSON form is null.
            writeValue(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, inner, depth + 1, write);
        });
        return write(`\n${indent}]`);
    }
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
    if (entries.length === 0)
        return write('{}');
    write('{');
    entries.forEach(([key, item], index) => {
        write(`${index === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `);
        writeValue(item, inner, depth + 1, write);
    });
    write(`\n${indent}}`);
}


/***/ })

};

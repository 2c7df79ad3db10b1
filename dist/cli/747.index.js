export const id = 747;
export const ids = [747];
export const modules = {

/***/ 4747:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FRAMEWORK_NAMES: () => (/* binding */ FRAMEWORK_NAMES),
/* harmony export */   controlsText: () => (/* binding */ controlsText),
/* harmony export */   formatRuleExplanation: () => (/* binding */ formatRuleExplanation),
/* harmony export */   formatRulesMarkdown: () => (/* binding */ formatRulesMarkdown),
/* harmony export */   formatRulesText: () => (/* binding */ formatRulesText),
/* harmony export */   mappingText: () => (/* binding */ mappingText)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9924);
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(735);
/* harmony import */ var _policy_definition_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8850);
/* harmony import */ var _policy_frameworks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8578);
/* harmony import */ var _policy_obligations_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6020);
/**
 * Rule documentation rendered from the rules themselves, so docs cannot drift from behaviour:
 * `modelgate rules` (a list), `modelgate explain <id>` (one rule), and docs/rules.md
 * (`modelgate rules --all --format markdown`, kept in sync by a test).
 */





const AREAS = {
    manifest: 'Manifest',
    discovery: 'Discovery',
    system: 'System identity and risk',
    card: 'Model card',
    data: 'Data provenance',
    bias: 'Bias evaluation',
    monitoring: 'Drift monitoring',
    oversight: 'Human oversight',
    evidence: 'Cited evidence',
};
/** The frameworks' names in reports, in the order reports list them. */
const FRAMEWORK_NAMES = { iso42001: 'ISO/IEC 42001', euAiAct: 'EU AI Act', nistAiRmf: 'NIST AI RMF', iso24028: 'ISO/IEC TR 24028' };
function controlsText(controls) {
    return Object.keys(FRAMEWORK_NAMES)
        .filter((key) => controls[key]?.length)
        .map((key) => `${FRAMEWORK_NAMES[key]} ${controls[key].join(', ')}`)
        .join('; ');
}
/** What a rule's check evidences (content judged) and only supports (declared, present), on one line. */
function mappingText(rule) {
    const evidences = controlsText(rule.evidences);
    const supports = controlsText(rule.supports);
    return [evidences && `evidences ${evidences}`, supports && `supports ${supports}`].filter(Boolean).join(' · ');
}
function appliesText(rule) {
    const parts = [];
    if (rule.when?.tiers)
        parts.push(`risk tiers ${rule.when.tiers.join(', ')}`);
    if (rule.when?.stages)
        parts.push(`lifecycle stages ${rule.when.stages.join(', ')}`);
    if (rule.when?.labels)
        parts.push(`systems labelled ${rule.when.labels.join(', ')}`);
    if (rule.when?.obligation)
        parts.push((0,_policy_obligations_js__WEBPACK_IMPORTED_MODULE_3__/* .obligationText */ .u3)(rule.when.obligation));
    if (rule.when?.from)
        parts.push(`from ${rule.when.from}`);
    if (rule.when?.affectsPersons === true)
        parts.push('systems whose output may concern natural persons (not one that declares bias.notApplicable with its reason, which bias/not-applicable-justified judges)');
    return parts.length ? parts.join('; and ') : 'every system';
}
/** One line per rule, for the terminal. */
function formatRulesText(rules) {
    const width = Math.max(...rules.map((r) => r.id.length));
    return `${rules.map((r) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(r.id).padEnd(width)}  ${r.severity.padEnd(7)}  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(r.title)}\n${' '.repeat(width + 11)}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(mappingText(r))}`).join('\n')}\n`;
}
/** Everything about one rule, for `modelgate explain`. */
function formatRuleExplanation(rule) {
    // A pack in the repository wrote these: one line each, no escape sequence or workflow command.
    const lines = [`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(rule.id)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(rule.title)}`, ''];
    if (rule.description)
        lines.push((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(rule.description.trim(), 10_000), '');
    lines.push(`Severity:  ${rule.severity}${rule.locked ? ' (locked)' : ''}`);
    lines.push(`Applies:   ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(appliesText(rule))}`);
    if (rule.core)
        lines.push('Checks:    while discovering and reading manifests');
    else
        lines.push(...checksLines(rule));
    lines.push(`Fix:       ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(rule.remediation)}`);
    lines.push(`Evidences: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(controlsText(rule.evidences)) || 'none'}`);
    lines.push(`Supports:  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(controlsText(rule.supports)) || 'none'}`);
    lines.push(...whyLines(rule));
    if (rule.docs)
        lines.push(`Docs:      ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(rule.docs)}`);
    return `${lines.join('\n')}\n`;
}
/**
 * Why the rule is there: what each control it maps to is about, by the control's title in the
 * framework ("ISO/IEC 42001 A.7.3  Acquisition of data"). A reference below a control
 * (Art.13(3)(b)) is shown with its control's title; one no framework file names is left out.
 */
function whyLines(rule) {
    const frameworks = (0,_policy_frameworks_js__WEBPACK_IMPORTED_MODULE_2__/* .loadFrameworks */ .AZ)();
    const rows = [];
    const seen = new Set();
    for (const controls of [rule.evidences, rule.supports]) {
        for (const key of Object.keys(FRAMEWORK_NAMES)) {
            const framework = frameworks.get(key);
            for (const reference of controls[key] ?? []) {
                const control = framework && (0,_policy_frameworks_js__WEBPACK_IMPORTED_MODULE_2__/* .controlOf */ .rs)(framework, reference);
                const title = control === undefined ? undefined : framework?.controls.get(control);
                const label = `${FRAMEWORK_NAMES[key]} ${reference}`;
                if (title === undefined || seen.has(label))
                    continue;
                seen.add(label);
                rows.push([label, control === reference ? title : `${title} (${control})`]);
            }
        }
    }
    if (rows.length === 0)
        return [];
    const width = Math.max(...rows.map(([label]) => label.length));
    return rows.map(([label, title], i) => `${i === 0 ? 'Why:       ' : ' '.repeat(11)}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(label.padEnd(width))}  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(title)}`);
}
/**
 * The rule's checks, one after another, each its function, the field it reads and its options
 * as YAML-style `key: value` lines (a pack wrote them: each line is made terminal-safe).
 */
function checksLines(rule) {
    const pad = ' '.repeat(11);
    const lines = [`Checks:    given ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)((rule.given ?? []).join(', '))}${(rule.then ?? []).length > 1 ? ', in order:' : ':'}`];
    for (const check of rule.then ?? []) {
        lines.push(`${pad}- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(check.function)}${check.field ? ` on ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(check.field)}` : ''}`);
        for (const line of optionLines(check.options ?? {}))
            lines.push(`${pad}    ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(line)}`);
    }
    return lines;
}
/** Options as YAML-style lines: `key: value`, a list of plain values on one line, nested objects indented. */
function optionLines(value, indent = '') {
    return Object.entries(value).flatMap(([key, item]) => valueLines(`${indent}${key}:`, item, indent));
}
function valueLines(head, item, indent) {
    if (Array.isArray(item)) {
        if (item.every((v) => v === null || typeof v !== 'object'))
            return [`${head} [${item.map(scalar).join(', ')}]`];
        return [head, ...item.flatMap((v) => {
                if (v === null || typeof v !== 'object' || Array.isArray(v))
                    return valueLines(`${indent}  -`, v, `${indent}  `);
                const [first, ...rest] = optionLines(v, `${indent}    `);
                return first === undefined ? [`${indent}  - {}`] : [`${indent}  - ${first.trimStart()}`, ...rest];
            })];
    }
    if (item !== null && typeof item === 'object') {
        const nested = optionLines(item, `${indent}  `);
        return nested.length > 0 ? [head, ...nested] : [`${head} {}`];
    }
    return [`${head} ${scalar(item)}`];
}
/** A value as YAML would show it; quoted where it would otherwise read as something else. */
function scalar(value) {
    if (typeof value !== 'string')
        return String(value);
    return value === '' || /^[\s\-?:,[\]{}#&*!|>'"%@`]|[,[\]{}]|: | #|\s$/.test(value) || /^(?:true|false|null|~|[-+.\d][\d._e+-]*)$/i.test(value) ? JSON.stringify(value) : value;
}
/** docs/rules.md: every rule, grouped by area, with a table of contents. */
function formatRulesMarkdown(rules, packs) {
    const sorted = [...rules].sort((a, b) => areaOrder(a.id) - areaOrder(b.id) || a.id.localeCompare(b.id));
    const packNames = Object.keys(packs);
    const out = [
        '# modelgate rules',
        '',
        '<!-- Generated by `npm run docs` from policies/rules/*.yaml; do not edit by hand. -->',
        '',
        'Each rule is data in `policies/rules/<area>.yaml` (its check functions are in',
        '`src/evaluate/functions/` or, for one kind of evidence, `src/evidence/<kind>/checks.ts`; its',
        'tests in `test/rules/<area>.test.ts`). Packs select rules and',
        'set their severity; the table shows the severity in each bundled pack ("—": not selected).',
        '',
        (0,markdown_table__WEBPACK_IMPORTED_MODULE_4__/* .markdownTable */ .Q)([
            ['Rule', 'Title', ...packNames],
            ...sorted.map((r) => [`[\`${r.id}\`](#${(0,_policy_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleAnchor */ .Ei)(r.id)})`, r.title, ...packNames.map((p) => packs[p]?.get(r.id) ?? '—')]),
        ], { alignDelimiters: false }),
    ];
    let area = '';
    for (const rule of sorted) {
        const ruleArea = rule.id.split('/')[0];
        if (ruleArea !== area) {
            area = ruleArea;
            out.push('', `## ${AREAS[area] ?? area}`);
        }
        out.push('', `### ${rule.id}`, '', `**${rule.title}**`, '');
        if (rule.description)
            out.push(rule.description.trim(), '');
        out.push(`- Default severity: \`${rule.severity}\`${rule.locked ? ' (locked: no pack can turn it off or lower it)' : ''}`);
        out.push(`- Applies to: ${appliesText(rule)}`);
        out.push(rule.core ? '- Checked: by the engine while discovering and reading manifests' : `- Checked: ${markdownChecks(rule)}`);
        out.push(`- Fix: ${rule.remediation}`);
        out.push(`- Evidences: ${controlsText(rule.evidences) || 'none'}`);
        out.push(`- Supports: ${controlsText(rule.supports) || 'none'}`);
    }
    return `${out.join('\n')}\n`;
}
function markdownChecks(rule) {
    const given = (rule.given ?? []).map((g) => `\`${g}\``).join(', ');
    const checks = (rule.then ?? []).map((t) => `\`${t.function}\`${t.field ? ` on \`${t.field}\`` : ''}${t.options ? ` with \`${JSON.stringify(t.options)}\`` : ''}`);
    return `given ${given}, ${checks.join(', then ')}`;
}
function areaOrder(id) {
    const index = Object.keys(AREAS).indexOf(id.split('/')[0]);
    return index < 0 ? Object.keys(AREAS).length : index;
}


/***/ }),

/***/ 735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ markdownTable)
/* harmony export */ });
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}


/***/ })

};

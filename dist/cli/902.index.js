export const id = 902;
export const ids = [902];
export const modules = {

/***/ 4902:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatMarkdown: () => (/* binding */ formatMarkdown)
/* harmony export */ });
/* unused harmony exports STEP_SUMMARY_LIMIT, renderMarkdown, sectionTitle, ruleLink, countText */
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(735);
/* harmony import */ var _coverage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(169);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7177);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9924);
/**
 * The Markdown report: the job summary (and, later, the PR comment). Leads with the verdict,
 * then one table of systems, then a table of failing findings per system. Text from documents
 * goes through escape.ts (Markdown text, inline code, or HTML inside `<details>`), so it cannot
 * break a table, inject HTML or @-mention anyone; and the whole report stays under GitHub's 1 MiB step-summary cap.
 */




const STEP_SUMMARY_LIMIT = 1024 * 1024;
function formatMarkdown(report, options = {}) {
    return renderMarkdown(report, options).markdown;
}
/** The report as Markdown, and whether every failing finding made it in under the size cap. */
function renderMarkdown(report, options = {}) {
    const limit = (options.maxBytes ?? STEP_SUMMARY_LIMIT) - 4096;
    const { summary } = report;
    const parts = [];
    const icon = report.verdict === 'pass' ? '✅' : '❌';
    parts.push(`## ${icon} modelgate: ${report.verdict === 'pass' ? 'pass' : 'fail'}`);
    parts.push(`${countText(summary.errors, 'error', true)}, ${countText(summary.warnings, 'warning')}, ${countText(summary.notices, 'notice')}${summary.waived ? `, ${summary.waived} waived` : ''} ` +
        `across ${countText(summary.systems, 'system')}${(0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .failingSuffix */ .at)(report)}${summary.unregistered ? ` and ${countText(summary.unregistered, 'unregistered model')}` : ''}; ` +
        `${summary.passed} checks passed${summary.notApplicable ? `, ${summary.notApplicable} not applicable` : ''}. ` +
        `Policy ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCode */ .D9)(report.policy.packs[0] ?? '')} (${report.policy.rules} rules), fail-on \`${report.failOn}\`.`);
    parts.push(formatProvenance(report));
    if (report.systems.length > 0) {
        parts.push((0,markdown_table__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Q)([
            ['System', 'Version', 'Verdict', 'Errors', 'Warnings', 'Notices', 'Passed', 'Manifest'],
            ...report.systems.map((s) => [
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(s.id),
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(s.version ?? ''),
                s.verdict === 'pass' ? '✅ pass' : '❌ fail',
                String(s.counts.errors),
                String(s.counts.warnings),
                String(s.counts.notices),
                String(s.counts.passed),
                code(s.manifest),
            ]),
        ], { align: ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'l'], alignDelimiters: false }));
    }
    const scope = formatScope(report);
    if (scope)
        parts.push(scope);
    // Coverage counts always fit; the per-system control tables only where room is left at the end.
    const coverage = formatCoverage(report);
    if (coverage)
        parts.push(coverage.counts);
    const detailsAt = parts.length;
    const failures = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .failuresInPriorityOrder */ .t$)(report.findings);
    const groups = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .groupBy */ .$z)(failures, (f) => f.system);
    let size = byteLength(parts.join('\n\n'));
    let omittedSystems = 0;
    for (const [system, findings] of groups) {
        const known = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .systemById */ .WE)(report, system);
        const heading = `### ${sectionTitle(report, system, findings)}${known ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCode */ .D9)(known.manifest)})` : ''}`;
        const table = (0,markdown_table__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Q)([
            ['Severity', 'Rule', 'Where', 'Finding', 'Fix'],
            // What several rules found in the same words at the same place is one row naming them all.
            ...(0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .sameFailureGroups */ .lf)(findings).map((group) => {
                const f = group[0];
                return [
                    f.severity,
                    (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .rulesOfGroup */ .UV)(group).map(({ finding: g, count }) => `${ruleLink(g, { inTable: true })}${count > 1 ? ` ×${count}` : ''}`).join(', '),
                    code(`${f.file}:${f.line}`),
                    (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(f.message),
                    (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)([...new Set(group.flatMap((g) => (g.remediation ? [g.remediation] : [])))].join(' ')),
                ];
            }),
        ], { alignDelimiters: false });
        const section = `${heading}\n\n${table}`;
        const sectionSize = byteLength(section) + 2;
        if (size + sectionSize > limit) {
            omittedSystems++;
            continue;
        }
        parts.push(section);
        size += sectionSize;
    }
    const waived = report.findings.filter((f) => f.status === 'waived');
    if (waived.length > 0) {
        parts.push(`### Waived (${waived.length})\n\n${(0,markdown_table__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Q)([
            ['System', 'Rule', 'Where', 'Approver', 'Until', 'Justification'],
            ...waived.map((f) => [
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(f.system),
                code(f.ruleId),
                code(`${f.file}:${f.line}`),
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(f.waiver?.approver ?? ''),
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(f.waiver?.expires ?? ''),
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(f.waiver?.justification ?? ''),
            ]),
        ], { alignDelimiters: false })}`);
    }
    if (omittedSystems > 0) {
        parts.push(`> ${omittedSystems} more system${omittedSystems === 1 ? ' is' : 's are'} not shown here to stay under GitHub's summary size limit; every finding is in the JSON report.`);
    }
    size = byteLength(parts.join('\n\n'));
    const details = [];
    for (const block of coverage?.details ?? []) {
        const blockSize = byteLength(block) + 2;
        if (size + blockSize > limit)
            break;
        details.push(block);
        size += blockSize;
    }
    parts.splice(detailsAt, 0, ...details);
    // Last, as room allows: the files each system's check read, with their digests.
    for (const block of fileDigests(report)) {
        const blockSize = byteLength(block) + 2;
        if (size + blockSize > limit)
            break;
        parts.push(block);
        size += blockSize;
    }
    const whole = `${parts.join('\n\n')}\n`;
    const markdown = clipToBytes(whole, limit);
    return { markdown, complete: omittedSystems === 0 && markdown === whole };
}
/** A last guard (a huge waivers table, say): cut at a line boundary and say so. */
function clipToBytes(text, limit) {
    if (byteLength(text) <= limit)
        return text;
    const cut = Buffer.from(text, 'utf8').subarray(0, limit - 200).toString('utf8').replace(/\n[^\n]*$/, '').replace(/\uFFFD$/, '');
    return `${cut}\n\n> The rest is not shown, to stay under GitHub's size limit; every finding is in the JSON report.\n`;
}
/** Tool, commit, as-of day and policy digest: what an auditor needs to tie the report to its inputs. */
function formatProvenance(report) {
    const { provenance } = report;
    const files = report.systems.reduce((n, s) => n + (s.files?.length ?? 0), 0);
    return (`Provenance: modelgate ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(provenance.tool.version)}; commit ${provenance.commit ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCode */ .D9)(provenance.commit) : 'none'} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(provenance.commitSource)}); ` +
        `as of ${provenance.asOf}; policy digest ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCode */ .D9)(provenance.policy.digest)}` +
        (files > 0 ? `; ${countText(files, 'file')} read, each with its SHA-256 ${report.systems.length <= 25 ? 'below (as room allows) and ' : ''}in the JSON report.` : '.'));
}
/** The files each system's check read, with their SHA-256 (for up to 25 systems, as room allows). */
function fileDigests(report) {
    if (report.systems.length > 25)
        return [];
    return report.systems.flatMap((system) => {
        if (!system.files?.length)
            return [];
        const table = (0,markdown_table__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Q)([['File', 'SHA-256'], ...system.files.map((f) => [code(f.path), code(f.sha256)])], { alignDelimiters: false });
        return [`<details><summary>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .htmlText */ .js)(system.id)}: ${countText(system.files.length, 'file')} read</summary>\n\n${table}\n\n</details>`];
    });
}
/** Which systems a changed-files run left out of the report and why, or why it reports them all. */
function formatScope(report) {
    const scope = report.scope;
    if (!scope)
        return undefined;
    if (scope.all)
        return `Scope: every system was checked because ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(scope.all)}.`;
    if (scope.skipped.length === 0)
        return `Scope: the ${countText(scope.changedFiles, 'changed file')} touch every system.`;
    const rows = scope.skipped.slice(0, 500).map((s) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(s.id ?? ''), code(s.manifest), (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(s.reason)]);
    const more = scope.skipped.length > rows.length ? `\n\n…and ${scope.skipped.length - rows.length} more.` : '';
    return (`<details><summary>Scope: ${countText(scope.skipped.length, 'system')} left out; the ${countText(scope.changedFiles, 'changed file')} touch nothing their checks read</summary>\n\n` +
        `${(0,markdown_table__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Q)([['System', 'Manifest', 'Why left out'], ...rows], { alignDelimiters: false })}${more}\n\n</details>`);
}
const STATUS_LABEL = {
    evidenced: '✅ evidenced',
    supported: '☑️ supported',
    failing: '❌ failing',
    waived: '⚠️ waived',
    'not-applicable': '➖ not applicable',
    'not-covered': '⬜ not covered',
};
/**
 * Coverage per framework: a row per system with its counts; and the controls of each system in
 * collapsed blocks (for up to 25 systems), which the caller includes as far as the size cap allows.
 */
function formatCoverage(report) {
    const frameworks = report.coverage[0]?.frameworks.map((f) => ({ key: f.framework, name: f.name })) ?? [];
    if (frameworks.length === 0)
        return undefined;
    const parts = ['### Coverage by framework'];
    const details = [];
    for (const { key, name } of frameworks) {
        const rows = report.coverage.map((system) => ({ system: system.system, coverage: system.frameworks.find((f) => f.framework === key) }));
        parts.push(`**${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(name)}**\n\n${(0,markdown_table__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Q)([
            ['System', ..._coverage_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTROL_STATUSES */ .Vc.map((s) => STATUS_LABEL[s])],
            ...rows.map(({ system, coverage }) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(system), ..._coverage_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTROL_STATUSES */ .Vc.map((s) => String(coverage?.counts[s] ?? 0))]),
        ], { alignDelimiters: false })}`);
        if (rows.length <= 25) {
            for (const { system, coverage } of rows) {
                if (!coverage)
                    continue;
                const table = (0,markdown_table__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Q)([
                    ['Control', 'Title', 'Status', 'Rules', 'Why'],
                    ...coverage.controls.map((c) => [code(c.id), (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(c.title), STATUS_LABEL[c.status], c.rules.map((r) => code(r)).join(' '), c.reason ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(c.reason) : '']),
                ], { alignDelimiters: false });
                details.push(`<details><summary>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .htmlText */ .js)(system)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .htmlText */ .js)(name)} controls</summary>\n\n${table}\n\n</details>`);
            }
        }
    }
    return { counts: parts.join('\n\n'), details };
}
/** A system's name and version; a card no manifest registers; else what the findings are about. */
function sectionTitle(report, system, findings) {
    const known = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .systemById */ .WE)(report, system);
    if (known)
        return `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(system)}${known.version ? ` ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(known.version)}` : ''}`;
    if (findings.every((f) => f.ruleId === 'discovery/unregistered-system'))
        return `Unregistered model ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(system)}`;
    return `Policy and waivers (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(system)})`;
}
/** A rule id, linked to its documentation when that is an http(s) URL. */
function ruleLink(finding, options = {}) {
    const id = (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCode */ .D9)(finding.ruleId, options);
    const url = (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownUrl */ .$x)(finding.docs);
    return url ? `[${id}](${url})` : id;
}
function countText(count, word, bold = false) {
    const text = `${count} ${word}${count === 1 ? '' : 's'}`;
    return bold && count > 0 ? `**${text}**` : text;
}
/** Inline code inside a table cell. */
function code(text) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCode */ .D9)(text, { inTable: true });
}
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
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

export const id = 430;
export const ids = [430];
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

/***/ 2430:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeSoaCsv: () => (/* binding */ writeSoaCsv),
/* harmony export */   writeSoaMarkdown: () => (/* binding */ writeSoaMarkdown)
/* harmony export */ });
/* unused harmony export SOA_CSV_COLUMNS */
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(735);
/* harmony import */ var _audit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3880);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9924);
/**
 * The ISO/IEC 42001 Statement of Applicability (clause 6.1.3): for each system, every one of the
 * 38 Annex A controls, whether it applies and why, its status, and the rules and evidence files
 * (with their SHA-256 when read) behind it. A control applies unless the policy excludes it with a
 * justification (the pack key `exclusions.iso42001`); statuses mean what conformance.ts says, so
 * only an evidenced control reads as implemented. As Markdown (`--format soa`) and as CSV
 * (`--format soa-csv`), every repository string escaped for its sink, written one system at a
 * time.
 */



const ISO_ALL = new Map([['iso42001', 'all']]);
const APPLIES = 'not excluded by the policy';
/** The Statement of Applicability of each system. */
function* statements(report, options) {
    for (const system of (0,_audit_js__WEBPACK_IMPORTED_MODULE_0__/* .auditSystems */ .m)(report, options.exclusions, ISO_ALL))
        yield { system, controls: system.frameworks[0]?.controls ?? [] };
}
function applicable(control) {
    return control.meaning.conformance !== 'not-applicable';
}
function reasonOf(control) {
    if (control.exclusion !== undefined)
        return control.exclusion;
    if (!applicable(control))
        return control.coverage.reason ?? '';
    return APPLIES;
}
/** The Markdown statement, written one system at a time. */
function writeSoaMarkdown(report, options, write) {
    const { provenance } = report;
    const head = [
        '# Statement of Applicability: ISO/IEC 42001:2023 Annex A',
        `Generated by modelgate ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(provenance.tool.version)} as of ${provenance.asOf}; ` +
            `commit ${provenance.commit ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(provenance.commit) : 'none'} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(provenance.commitSource)}); ` +
            `policy ${provenance.policy.packs.map((p) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(p)).join(' → ')}, digest ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(provenance.policy.digest)}.`,
        'Every Annex A control applies unless the policy excludes it with a justification (clause 6.1.3). A control counts as implemented only when ' +
            'it is *evidenced*: rules mapped to it ran, judged the content of the files listed, and passed. Each file read shows the start of its SHA-256 (the CSV has it whole); ' +
            'a file shown without one was not read, only its presence checked. Control ids and short titles only; no text of the standard is reproduced.',
    ];
    write(`${head.join('\n\n')}\n`);
    for (const { system, controls } of statements(report, options)) {
        const parts = [];
        const { summary } = system;
        const counts = new Map();
        for (const control of controls)
            counts.set(control.meaning.soa, (counts.get(control.meaning.soa) ?? 0) + 1);
        const excluded = controls.filter((c) => !applicable(c)).length;
        parts.push(`## ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(summary.id)}${summary.version ? ` ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(summary.version)}` : ''} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(summary.manifest)})`);
        parts.push(`${controls.length} controls: ${controls.length - excluded} applicable, ${excluded} not. ` + [...counts].map(([status, n]) => `${n} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(status)}`).join(', ') + '.');
        parts.push((0,markdown_table__WEBPACK_IMPORTED_MODULE_2__/* .markdownTable */ .Q)([
            ['Control', 'Title', 'Applicable', 'Reason', 'Status', 'Rules', 'Evidence (SHA-256)'],
            ...controls.map((control) => [
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(control.id, { inTable: true }),
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(control.title),
                applicable(control) ? 'yes' : 'no',
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(reasonOf(control)),
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(control.meaning.soa),
                control.coverage.rules.map((r) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(r, { inTable: true })).join(' '),
                control.files.map((file) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(file, { inTable: true })}${digestNote(system, file)}`).join('<br>'),
            ]),
        ], { alignDelimiters: false }));
        write(`\n${parts.join('\n\n')}\n`);
    }
}
function digestNote(system, file) {
    const digest = system.digests.get(file);
    return digest ? ` ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(digest.slice(0, 12), { inTable: true })}` : ' (not read: only its presence was checked)';
}
const SOA_CSV_COLUMNS = ['system', 'control', 'title', 'applicable', 'reason', 'status', 'rules', 'evidence', 'as_of', 'commit', 'policy_digest'];
/**
 * One row per system and control. `evidence`: `path sha256` pairs separated by `; ` (a path
 * alone for a file whose presence only was checked, unread); `rules`: space-separated ids.
 */
function writeSoaCsv(report, options, write) {
    const { provenance } = report;
    const row = (cells) => write(`${cells.map((cell) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .csvField */ .XR)(cell, 10_000)).join(',')}\r\n`);
    row(SOA_CSV_COLUMNS);
    for (const { system, controls } of statements(report, options)) {
        for (const control of controls) {
            row([
                system.summary.id,
                control.id,
                control.title,
                applicable(control) ? 'yes' : 'no',
                reasonOf(control),
                control.meaning.soa,
                control.coverage.rules.join(' '),
                control.files.map((file) => `${file} ${system.digests.get(file) ?? ''}`.trimEnd()).join('; '),
                provenance.asOf,
                provenance.commit ?? 'none',
                provenance.policy.digest,
            ]);
        }
    }
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

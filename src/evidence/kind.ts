/**
 * What one kind of evidence (bias reports, monitoring configs, monitoring run results) brings:
 * everything about it lives in its folder, src/evidence/<id>/, and its object is listed once in
 * registry.ts. The store reads it, the check-function index registers its functions, the
 * misfiled-file hint and the docs/manifest.md section are made from it.
 */
import type { EvidenceFormats } from './adapter.js';
import type { CheckFunction } from './check.js';
import type { InitCitation } from './init-citation.js';


export interface FormatDoc {
  /** The adapter's `format`. */
  format: string;
  /** The tool's own documentation of the format, when it is another tool's. */
  link?: string;
  /** What the file is, in a few words of Markdown. */
  what: string;
  /** What modelgate reads from it, or how it reads its numbers. */
  reads: string;
}

/**
 * The kind's section of docs/manifest.md ("Evidence formats"): the heading and the format table
 * come from here; the rest (examples, conventions) is Markdown in the kind's folder, docs.md, so
 * it is written and reviewed as Markdown rather than as a string. Its relative links resolve
 * from docs/.
 */
export interface EvidenceKindDocs {
  /** The section heading: "Bias reports (`bias.reports[].format`)". */
  heading: string;
  /** The header of the table's third column: "Differences read as". */
  readsHeading: string;
  /** One row per adapter, in the adapters' order. */
  formats: FormatDoc[];
}

export interface EvidenceKind<T = unknown> extends EvidenceFormats<T> {
  /** The manifest fields that cite files of this kind, as in load/citations.ts (`bias.reports.*.path`). */
  citedBy: readonly string[];
  /** The manifest field that declares a cited file's format, if there is one; its schema enum lists the adapters' formats. */
  formatField?: string;
  /** The check functions about this kind, which rules name in `then.function`. */
  checks: ReadonlyArray<CheckFunction<never>>;
  docs: EvidenceKindDocs;
  /** Where `modelgate init` cites the files of this kind it finds; a kind without it is not cited by init. */
  init?: InitCitation<T>;
}

/** The schema files a kind's adapters validate against (in schemas/). */
export function schemasOf(kind: EvidenceFormats<unknown>): string[] {
  return kind.adapters.map((adapter) => adapter.schema);
}

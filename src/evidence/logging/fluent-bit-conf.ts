/**
 * Fluent Bit's classic configuration format (fluent/fluent-bit conf/fluent-bit.conf): `[SECTION]`
 * headers (SERVICE, INPUT, FILTER, OUTPUT, PARSER, …), indented `Key Value` entries, `#`
 * comments, and `@INCLUDE` / `@SET` directives. Keys and section names are case-insensitive;
 * a key may repeat (record_modifier's `Record`). No library reads this format, so this is a
 * small line reader; it keeps each entry's line so a finding lands on it. The files it
 * `@INCLUDE`s are read in by the store (classicIncludes, mergeClassic), at the directive's place,
 * as Fluent Bit reads them, each section keeping its own file and lines. `@SET NAME=value` lines
 * are kept, in reading order, for the `${NAME}` they define (fluent-bit.ts).
 */
import type { PathSegment, Position } from '../../types.js';
import type { ParseResult, SourceDoc } from '../../load/source-doc.js';

export interface ClassicEntry {
  key: string;
  value: string;
}

export interface ClassicSection {
  /** Upper-cased: INPUT, FILTER, OUTPUT, SERVICE, … */
  name: string;
  entries: ClassicEntry[];
}

/** An `@SET NAME=value` line, split as Fluent Bit's meta_cmd_set splits it. */
export interface ClassicVariable {
  name: string;
  value: string;
}

export interface ClassicConfig {
  fluentBitClassic: true;
  sections: ClassicSection[];
  includes: string[];
  /** Every `@SET` with an `=`, in reading order (an included file's at its @INCLUDE). */
  variables: ClassicVariable[];
}

const SECTION = /^\[([^\]]*)\]\s*$/;

/** Where a section is: its file (when read in by @INCLUDE), its line, and each entry's line (with the value's column). */
interface SectionPlace {
  file?: string;
  line: number;
  entries: Position[];
}

class ClassicDoc implements SourceDoc {
  constructor(
    readonly file: string,
    readonly value: ClassicConfig,
    readonly lines: SectionPlace[],
    /** Line of each @INCLUDE directive. */
    readonly includeLines: number[] = [],
    /** How many sections came before each @INCLUDE: where its file's sections go. */
    readonly includeAfter: number[] = [],
    /** How many @SETs came before each @INCLUDE: where its file's variables go. */
    readonly variablesBefore: number[] = [],
  ) {}

  fileOf(path: readonly PathSegment[]): string {
    const [head, section] = path;
    return (head === 'sections' && typeof section === 'number' ? this.lines[section]?.file : undefined) ?? this.file;
  }

  locate(path: readonly PathSegment[]): Position {
    const [head, section, entries, entry] = path;
    if (head === 'includes' && typeof section === 'number') return { line: this.includeLines[section] ?? 1, column: 1 };
    if (head !== 'sections' || typeof section !== 'number') return { line: 1, column: 1 };
    const place = this.lines[section];
    if (!place) return { line: 1, column: 1 };
    if (entries === 'entries' && typeof entry === 'number' && place.entries[entry]) return place.entries[entry];
    return { line: place.line, column: 1 };
  }
}

/** Whether text reads as a classic Fluent Bit config: its first meaningful line is a known section header or a directive. */
export function looksClassic(text: string): boolean {
  for (const raw of text.slice(0, 4096).split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    return /^\[(?:SERVICE|INPUT|FILTER|OUTPUT|PARSER|MULTILINE_PARSER|PLUGINS|UPSTREAM|NODE)\]$/i.test(line) || /^@(?:INCLUDE|SET)\s/i.test(line);
  }
  return false;
}

/**
 * Real configs have tens of sections; each costs memory and routing work, so a file of a
 * hundred thousand (3.5 MB held 500 MB) is refused at the section past the cap.
 */
export const MAX_SECTIONS = 10_000;

export function parseFluentBitClassic(text: string, file: string): ParseResult {
  const config: ClassicConfig = { fluentBitClassic: true, sections: [], includes: [], variables: [] };
  const places: SectionPlace[] = [];
  const includeLines: number[] = [];
  const includeAfter: number[] = [];
  const variablesBefore: number[] = [];
  // Lines end at \n only, as fgets reads them: a lone \r is text of its line, never a line break.
  const rows = text.split('\n').map((row) => (row.endsWith('\r') ? row.slice(0, -1) : row));
  for (let index = 0; index < rows.length; index++) {
    const raw = rows[index] as string;
    const number = index + 1;
    // Trimmed as C's isspace trims (a no-break space is text, as Fluent Bit reads it).
    const line = trimSpace(raw);
    if (line === '' || line.startsWith('#')) continue;
    // Fluent Bit reads a header or a directive only at the start of its line: indented, `[NAME]`
    // opens a group inside the section above (an [OUTPUT] there is no output), and `@INCLUDE x`
    // is a key of that section (ignored in [SERVICE]): neither may read as more than that here.
    const indented = isSpace(raw.charCodeAt(0));
    if (line.startsWith('[')) {
      if (indented) return failure(`an indented ${line.slice(0, 40)} is a group inside the section above it, not a section of its own, as Fluent Bit reads it; start a section at the beginning of its line`, number);
      const header = SECTION.exec(line);
      const name = header?.[1] ?? '';
      if (!header || name.trim() === '') return failure(`a section header must be [NAME]`, number);
      if (config.sections.length === MAX_SECTIONS) return failure(`more than ${MAX_SECTIONS.toLocaleString('en-US')} sections, the most modelgate reads`, number);
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
        if (named !== named.trim()) return failure(`@INCLUDE ${JSON.stringify(named.slice(0, 80))}: Fluent Bit reads the rest of the line after "@INCLUDE " as the file name, spaces included`, number);
        config.includes.push(named);
        includeLines.push(number);
        includeAfter.push(config.sections.length);
        variablesBefore.push(config.variables.length);
      } else if (/^@set$/i.test(directive)) {
        // Fluent Bit trims the rest of the line and splits it at the first `=` (the name and
        // value keep any spaces around it); one without `=` sets nothing (flb_meta.c meta_cmd_set
        // fails, and flb_config_load_config_format ignores what flb_meta_run returns: it starts).
        const params = space < 0 ? '' : trimSpace(raw.slice(space + 1));
        const equals = params.indexOf('=');
        if (equals >= 0) config.variables.push({ name: params.slice(0, equals), value: params.slice(equals + 1) });
      } else return failure(`unknown directive ${JSON.stringify(directive.slice(0, 40))}`, number);
      continue;
    }
    const section = config.sections.at(-1);
    if (!section) return failure('an entry before any [SECTION] header', number);
    if (raw === line) return failure('an entry must be indented under its [SECTION] header', number);
    const space = line.search(/[\t\n\v\f\r ]/);
    if (space < 0) return failure(`the key ${JSON.stringify(line.slice(0, 40))} has no value`, number);
    section.entries.push({ key: line.slice(0, space), value: trimSpace(line.slice(space)) });
    (places.at(-1) as { entries: Position[] }).entries.push({ line: number, column: raw.indexOf(line) + 1 });
  }
  // A file of @INCLUDEs alone is a main config whose sections are all in the files it includes;
  // one of @SETs alone, a file of variables for the configs that include it.
  if (config.sections.length === 0 && config.includes.length === 0 && config.variables.length === 0) return failure('the file has no [SECTION]', 1);
  return { ok: true, doc: new ClassicDoc(file, config, places, includeLines, includeAfter, variablesBefore) };

  function failure(message: string, line: number): ParseResult {
    return { ok: false, error: { message: `not a Fluent Bit config: ${message}`, line, column: 1 } };
  }
}

/** C's isspace: what flb_sds_trim removes from both ends. */
const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);

export function trimSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/**
 * A section's type as Fluent Bit's get_section_type decides it: the name as written (spaces
 * inside the brackets kept) compared, without case and for its own length, with each type's
 * name in turn, so `[OUT]` is an output and `[ OUTPUT ]` is a section of no type, which runs
 * nothing. Anything else keeps its name, upper-cased.
 */
const SECTION_TYPES: ReadonlyArray<[string, string]> = [
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

function sectionType(name: string): string {
  const lower = name.toLowerCase();
  return SECTION_TYPES.find(([type]) => type.startsWith(lower))?.[1] ?? name.toUpperCase();
}

/** The files a classic config @INCLUDEs, as written, each with its directive's line (none for any other document). */
export function classicIncludes(doc: SourceDoc): Array<{ path: string; line: number }> {
  if (!(doc instanceof ClassicDoc)) return [];
  return doc.value.includes.map((path, index) => ({ path, line: doc.includeLines[index] ?? 1 }));
}

/**
 * The config with each included file's sections in the place of its @INCLUDE (as Fluent Bit
 * reads it), each section keeping the file and lines it came from; `included` is in the order
 * of classicIncludes, each already merged with its own.
 */
export function mergeClassic(doc: SourceDoc, included: ReadonlyArray<SourceDoc>): ParseResult {
  if (!(doc instanceof ClassicDoc)) return { ok: true, doc };
  const total = doc.value.sections.length + included.reduce((sum, other) => sum + (other instanceof ClassicDoc ? other.value.sections.length : 0), 0);
  if (total > MAX_SECTIONS) {
    return { ok: false, error: { message: `not a Fluent Bit config: more than ${MAX_SECTIONS.toLocaleString('en-US')} sections with the files it includes, the most modelgate reads`, line: doc.includeLines[0] ?? 1, column: 1 } };
  }
  const sections: ClassicSection[] = [];
  const places: SectionPlace[] = [];
  const take = (from: ClassicDoc, start: number, end: number) => {
    for (let index = start; index < end; index++) {
      sections.push(from.value.sections[index] as ClassicSection);
      const place = from.lines[index] as SectionPlace;
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
    const other = included[index] as ClassicDoc;
    take(other, 0, other.value.sections.length);
  });
  take(doc, next, doc.value.sections.length);
  // Fluent Bit keeps one list of @SETs for the file and all it includes, in reading order.
  const variables: ClassicVariable[] = [];
  let nextVariable = 0;
  doc.variablesBefore.forEach((before, index) => {
    for (; nextVariable < before; nextVariable++) variables.push(doc.value.variables[nextVariable] as ClassicVariable);
    for (const variable of (included[index] as ClassicDoc).value.variables) variables.push(variable);
  });
  for (; nextVariable < doc.value.variables.length; nextVariable++) variables.push(doc.value.variables[nextVariable] as ClassicVariable);
  // Followed, so no longer "included and not read"; the top file's own directives still locate.
  return { ok: true, doc: new ClassicDoc(doc.file, { fluentBitClassic: true, sections, includes: [], variables }, places, [], []) };
}

/** An entry's value by key (case-insensitive; the last one when it repeats, as Fluent Bit reads it), with its index. */
export function entryOf(section: ClassicSection, key: string): { value: string; index: number } | undefined {
  for (let index = section.entries.length - 1; index >= 0; index--) {
    const entry = section.entries[index] as ClassicEntry;
    if (entry.key.toLowerCase() === key.toLowerCase()) return { value: entry.value, index };
  }
  return undefined;
}

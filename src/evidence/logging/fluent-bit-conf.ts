/**
 * Fluent Bit's classic configuration format (fluent/fluent-bit conf/fluent-bit.conf): `[SECTION]`
 * headers (SERVICE, INPUT, FILTER, OUTPUT, PARSER, …), indented `Key Value` entries, `#`
 * comments, and `@INCLUDE` / `@SET` directives. Keys and section names are case-insensitive;
 * a key may repeat (record_modifier's `Record`). No library reads this format, so this is a
 * small line reader; it keeps each entry's line so a finding lands on it. Included files are
 * not followed (they are other files): the adapter lists them, and a finding that could depend on
 * them (an output routed to no input, no output that keeps logs) names them.
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

export interface ClassicConfig {
  fluentBitClassic: true;
  sections: ClassicSection[];
  includes: string[];
}

const SECTION = /^\[([^\]]*)\]\s*$/;

class ClassicDoc implements SourceDoc {
  constructor(
    readonly file: string,
    readonly value: ClassicConfig,
    /** Line of each section, and of each of its entries (with the value's column). */
    private readonly lines: Array<{ line: number; entries: Position[] }>,
    /** Line of each @INCLUDE directive. */
    private readonly includeLines: number[] = [],
  ) {}

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
  const config: ClassicConfig = { fluentBitClassic: true, sections: [], includes: [] };
  const places: Array<{ line: number; entries: Position[] }> = [];
  const includeLines: number[] = [];
  const rows = text.split(/\r\n|\n|\r/);
  for (let index = 0; index < rows.length; index++) {
    const raw = rows[index] as string;
    const number = index + 1;
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('[')) {
      const header = SECTION.exec(line);
      const name = header?.[1]?.trim() ?? '';
      if (!header || name === '') return failure(`a section header must be [NAME]`, number);
      if (config.sections.length === MAX_SECTIONS) return failure(`more than ${MAX_SECTIONS.toLocaleString('en-US')} sections, the most modelgate reads`, number);
      config.sections.push({ name: name.toUpperCase(), entries: [] });
      places.push({ line: number, entries: [] });
      continue;
    }
    if (line.startsWith('@')) {
      const [directive = '', ...rest] = line.split(/\s+/);
      if (/^@include$/i.test(directive)) {
        config.includes.push(rest.join(' '));
        includeLines.push(number);
      }
      else if (!/^@set$/i.test(directive)) return failure(`unknown directive ${JSON.stringify(directive.slice(0, 40))}`, number);
      continue;
    }
    const section = config.sections.at(-1);
    if (!section) return failure('an entry before any [SECTION] header', number);
    if (raw === line) return failure('an entry must be indented under its [SECTION] header', number);
    const space = line.search(/\s/);
    if (space < 0) return failure(`the key ${JSON.stringify(line.slice(0, 40))} has no value`, number);
    section.entries.push({ key: line.slice(0, space), value: line.slice(space).trim() });
    (places.at(-1) as { entries: Position[] }).entries.push({ line: number, column: raw.indexOf(line) + 1 });
  }
  if (config.sections.length === 0) {
    return failure(config.includes.length > 0 ? 'it only includes other files (@INCLUDE), which modelgate does not read; cite a config that holds the pipeline' : 'the file has no [SECTION]', 1);
  }
  return { ok: true, doc: new ClassicDoc(file, config, places, includeLines) };

  function failure(message: string, line: number): ParseResult {
    return { ok: false, error: { message: `not a Fluent Bit config: ${message}`, line, column: 1 } };
  }
}

/** An entry's value by key (case-insensitive; the last one when it repeats, as Fluent Bit reads it), with its index. */
export function entryOf(section: ClassicSection, key: string): { value: string; index: number } | undefined {
  for (let index = section.entries.length - 1; index >= 0; index--) {
    const entry = section.entries[index] as ClassicEntry;
    if (entry.key.toLowerCase() === key.toLowerCase()) return { value: entry.value, index };
  }
  return undefined;
}

/**
 * The heading tree of a Markdown document, enough to answer "does this card have a filled-in
 * Intended Use section?". Recognises ATX (`## Uses`), setext (`Uses\n----`) and single-line
 * HTML headings (`<h2>Uses</h2>`), and bold labels that freeform cards use instead of headings
 * (`**Intended Use Cases** Llama 2 is intended for…`). Nothing inside code fences or HTML
 * comments is a heading; an unclosed fence runs to the end of the document, as CommonMark says.
 *
 * Kept by hand rather than a CommonMark parser, measured (Node 20, 2 cores): on 300 KB of `[` or
 * of blank lines mdast-util-from-markdown took 2.9–3.2 s and markdown-it 0.2–0.5 s against this
 * scanner's under 0.1 s; mdast was also 30× slower on the corpus cards. Bold labels, which
 * freeform cards use as headings, are not headings to either parser anyway.
 */

import { detachText } from './source-doc.js';

export type HeadingKind = 'atx' | 'setext' | 'html' | 'label';

export interface Heading {
  /** The heading text as written, without `#`s or emphasis markers. */
  title: string;
  /** Normalised form used for matching (see `headingKey`). */
  key: string;
  /** 1–6 for real headings; labels are 7 so they never end a real section. */
  level: number;
  kind: HeadingKind;
  /** 1-based line in the file. */
  line: number;
  /** Text after a label on the same line (`**License:** MIT` → `MIT`). */
  inline?: string;
}

export interface Section {
  heading: Heading;
  /** The section's text (its own lines and its subsections'), without the heading line. */
  body: string;
  /**
   * How `Outline.find` came to it: by one of the names asked for, or by a phrase its heading
   * holds beside another topic's name ("limitation" in "Intended uses & limitations").
   */
  by?: 'name' | 'phrase';
  /**
   * The other topic a heading found by name joins to it with "and", by its first word
   * ("limitation" for "Intended uses & limitations" found as "intended use").
   */
  sharedWith?: string;
}

// Each line is matched once, and no two quantifiers in a pattern may trade characters: a line is
// text a pull request controls and can be hundreds of kilobytes long (eslint regexp/ rules).
// The lookaheads stop a fence run giving characters back to the info string.
const FENCE_OPEN = /^ {0,3}(`{3,}(?!`)|~{3,}(?!~))(.*)$/;
// The opening of an ATX heading; its text and closing `#`s are cut by atxText, not by a pattern.
const ATX_OPEN = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const HTML_HEADING = /^\s*<h([1-6])(?:\s[^>]*)?>(.*?)<\/h\1>\s*$/i;
// `**Label**`, `**Label:** value`, `- **Label**: value`, `* Label: value`
// The value after a label keeps its leading spaces (one \s, not \s+, before it); callers trim it.
const BOLD_LABEL = /^\s*(?:[-*+]\s+)?\*\*([^*\n]{2,80}?):?\*\*:?(?:\s(.*))?$/;
const BULLET_FIELD = /^\s*[-*+]\s+([A-Z][A-Z /()&-]{1,40}):\s(.+)$/i;
// `Out of scope: moderating reviews.` or `Limitations:` over a list: a capitalised name of a few
// words and a colon opening a paragraph, as people fill in a Trainer card's "Intended uses &
// limitations" (new user: "Out of scope: …" there failed card/out-of-scope-use as missing).
const PLAIN_FIELD = /^ {0,3}([A-Z][A-Za-z ,'/()&-]{1,40}):(?:[ \t](.*))?$/;
/** The most words a plain field's name has: more is a sentence that ends in a colon ("We trained it as follows:"). */
const PLAIN_FIELD_WORDS = 4;

export class Outline {
  readonly headings: Heading[];
  private wholeText: string | undefined;

  /**
   * @param lines  the whole file split into lines
   * @param firstBodyIndex  index of the first line after any front matter
   */
  constructor(
    private readonly lines: readonly string[],
    private readonly firstBodyIndex = 0,
  ) {
    this.headings = scanHeadings(lines, firstBodyIndex);
  }

  /**
   * The section for a topic. `names` are tried in order of preference (normalised; a heading
   * also matches when it starts with the name, so "Intended uses & limitations" matches
   * "intended uses"): a card with "Uses" and, under it, "Direct Use" is judged by "Direct Use"
   * when the caller prefers it. Then headings holding one of the `contains` phrases as whole
   * words ("Performance and Limitations" holds "limitation"). Real headings win over bold labels.
   */
  find(names: readonly string[], contains: readonly string[] = []): Section | undefined {
    const keys = names.map(headingKey).filter((key) => key !== '');
    const phrases = contains.map(headingKey).filter((key) => key !== '');
    const named = (key: string) => (heading: Heading) => heading.key === key || (heading.key.startsWith(`${key} `) && continuesName(key, heading.key.slice(key.length + 1)));
    const holds = (heading: Heading) => phrases.some((phrase) => ` ${heading.key} `.includes(` ${phrase} `));
    const title = this.title();
    // An opening H1 that is not the title (a card of H1 sections) is matched by a section's very
    // name, never by a phrase it holds nor a name it starts with: "# Demo Risk Scorer" over an
    // intro is a title in all but form.
    const opening = this.headings.find((h) => h.kind !== 'label');
    const openingTitle = opening?.level === 1 ? opening : undefined;
    const isLabel = (h: Heading) => h.kind === 'label';
    // A label inside a section shared with another topic that names this one ("Limitations:"
    // under "## Intended uses & limitations"): what it owns is what the card says of the topic.
    const labelled = (shared: Heading, fallback: Section): Section => {
      const end = this.endOf(shared);
      const inside = (h: Heading) => isLabel(h) && h.line > shared.line && h.line <= end;
      for (const key of keys) {
        const label = this.headings.find((h) => inside(h) && named(key)(h));
        if (label) return { heading: label, body: this.bodyOf(label), by: 'name' };
      }
      const label = this.headings.find((h) => inside(h) && holds(h));
      return label ? { heading: label, body: this.bodyOf(label), by: 'name' } : fallback;
    };
    for (const kinds of [(h: Heading) => !isLabel(h) && h !== title, isLabel]) {
      for (const key of keys) {
        // The opening H1 only by the name itself: "Limitations and Bias of the Demo Scorer" is a title.
        const heading = this.headings.find((h) => kinds(h) && (h === openingTitle ? h.key === key : named(key)(h)));
        if (!heading) continue;
        const section: Section = { heading, body: this.bodyOf(heading), by: 'name' };
        // "Intended uses & limitations" goes on from "intended use" with another topic.
        if (isLabel(heading) || !heading.key.startsWith(`${key} and `)) return section;
        const other = heading.key.slice(key.length + 5).split(' ')[0] as string;
        return labelled(heading, other === '' ? section : { ...section, sharedWith: other });
      }
      const heading = this.headings.find((h) => kinds(h) && h !== openingTitle && holds(h));
      if (heading) return isLabel(heading) ? { heading, body: this.bodyOf(heading), by: 'phrase' } : labelled(heading, { heading, body: this.bodyOf(heading), by: 'phrase' });
    }
    return undefined;
  }

  /**
   * The document's title, which is not a section: the first H1 (ATX, setext or HTML) when it heads
   * the card with the sections under it, that is when it is the document's only H1 or the next
   * real heading after it is deeper (`# Credit Risk Model` over `## Uses`, `## Bias, Risks, and
   * Limitations`…). Its body is the whole card, or most of it, so were it a section then "Credit
   * Risk Model" would answer a rule that looks for a heading holding "risk" with the whole card,
   * and deleting the card's real risks section would still pass. Cards that write every section
   * as an H1 (`# Model Details`, `# Uses`, `# Limitations`) keep every H1 as a section: there the
   * first H1 is followed by another H1, its body ends there, and it is judged like any section.
   * Such a card's opening H1 (a title over a short intro) is still matched only by a section's
   * name, not by a phrase it holds (see `find`).
   */
  title(): Heading | undefined {
    if (this.titleHeading === undefined) {
      const real = this.headings.filter((h) => h.kind !== 'label');
      const first = real.findIndex((h) => h.level === 1);
      const candidate = real[first];
      const next = real[first + 1];
      const onlyH1 = candidate !== undefined && !real.some((h, i) => i > first && h.level === 1);
      this.titleHeading = candidate && (onlyH1 || (next !== undefined && next.level > 1)) ? candidate : null;
    }
    return this.titleHeading ?? undefined;
  }

  private titleHeading: Heading | null | undefined;

  /**
   * The section under one heading (as `headings` holds it): its own text and its subsections',
   * to the next heading of its level or above. A citation's `#fragment` resolves to one heading,
   * and that heading's section is judged, not one looked up again by its title.
   */
  sectionAt(heading: Heading): Section {
    return { heading, body: this.bodyOf(heading) };
  }

  /** The text of the whole body (after front matter), joined once: a dozen rules may read it. */
  text(): string {
    return (this.wholeText ??= this.linesText(this.firstBodyIndex, this.lines.length));
  }

  /**
   * Every real heading (labels and the title aside) with its section's text, subsections included, in one
   * pass: each section ends at the next heading of its level or above (a stack finds it), so a
   * line is in at most six sections, however many headings a document has.
   */
  sections(): Section[] {
    const real = this.headings.filter((h) => h.kind !== 'label');
    const ends: number[] = new Array<number>(real.length).fill(this.lines.length);
    const open: number[] = [];
    real.forEach((heading, i) => {
      while (open.length > 0 && (real[open[open.length - 1] as number] as Heading).level >= heading.level) ends[open.pop() as number] = heading.line - 1;
      open.push(i);
    });
    const title = this.title();
    return real
      .map((heading, i) => ({ heading, body: this.linesText(heading.kind === 'setext' ? heading.line + 1 : heading.line, ends[i] as number) }))
      .filter((section) => section.heading !== title);
  }

  /**
   * A real heading's section text (as `sectionAt` gives it) without the subsections `drop`
   * picks, their headings, text and own subsections: one walk over the headings inside it.
   */
  bodyWithout(heading: Heading, drop: (sub: Heading) => boolean): string {
    const end = this.endOf(heading);
    const parts: string[] = [];
    // Lines are 1-based and linesText's bounds 0-based: a heading on line n starts at index n - 1.
    let from = heading.kind === 'setext' ? heading.line + 1 : heading.line;
    let dropping = 0; // the level of the subsection being dropped, else 0
    for (const sub of this.headings) {
      if (sub.line <= heading.line || sub.kind === 'label') continue;
      if (sub.line > end) break;
      if (dropping > 0) {
        if (sub.level > dropping) continue;
        dropping = 0;
        from = sub.line - 1;
      }
      if (!drop(sub)) continue;
      parts.push(this.linesText(from, sub.line - 1));
      dropping = sub.level;
    }
    if (dropping === 0) parts.push(this.linesText(from, end));
    return parts.join('\n');
  }

  /** The body's text without these headings' lines (a setext heading's underline with it). */
  textWithout(headings: ReadonlySet<Heading>): string {
    const dropped = new Set<number>();
    for (const heading of headings) {
      dropped.add(heading.line - 1);
      if (heading.kind === 'setext') dropped.add(heading.line);
    }
    return this.lines.slice(this.firstBodyIndex).filter((_, i) => !dropped.has(i + this.firstBodyIndex)).join('\n');
  }

  private bodyOf(heading: Heading): string {
    const startIndex = heading.line; // the line after the heading (lines are 1-based)
    if (heading.kind === 'label') {
      // A label owns its inline text and the rest of its paragraph; one alone in its paragraph
      // ("**Intended Use**" or "Limitations:", then a blank line) owns the paragraph or list after it.
      const out = [heading.inline ?? ''];
      let i = startIndex;
      if (out[0] === '') while (i < this.lines.length && (this.lines[i] as string).trim() === '') i++;
      for (; i < this.lines.length; i++) {
        const line = this.lines[i] as string;
        if (line.trim() === '' || this.headingAt(i + 1)) break;
        out.push(line);
      }
      return out.join('\n');
    }
    // A setext heading's underline is part of the heading, not the body.
    const from = heading.kind === 'setext' ? startIndex + 1 : startIndex;
    return this.linesText(from, this.endOf(heading));
  }

  /** The last line (1-based) of a real heading's section: the line before the next heading of its level or above, or the document's last. */
  private endOf(heading: Heading): number {
    const next = this.headings.find((h) => h.line > heading.line && h.kind !== 'label' && h.level <= heading.level);
    return next ? next.line - 1 : this.lines.length;
  }

  /**
   * Lines `from` to `to` (exclusive) as one text, as `lines.slice(from, to).join('\n')` would
   * give it, but cut from the lines joined once: rules ask for the same sections again and
   * again, and joining a long section anew each time copied it each time.
   */
  private linesText(from: number, to: number): string {
    if (from >= to) return '';
    if (this.joined === undefined) {
      this.joined = this.lines.join('\n');
      const starts = new Array<number>(this.lines.length + 1);
      let offset = 0;
      this.lines.forEach((line, i) => {
        starts[i] = offset;
        offset += line.length + 1;
      });
      starts[this.lines.length] = offset;
      this.lineStarts = starts;
    }
    const starts = this.lineStarts as number[];
    return this.joined.slice(starts[from], (starts[to] as number) - 1);
  }

  private joined: string | undefined;
  private lineStarts: number[] | undefined;

  private headingAt(line: number): boolean {
    this.headingLines ??= new Set(this.headings.map((h) => h.line));
    return this.headingLines.has(line);
  }

  private headingLines: Set<number> | undefined;
}

/**
 * Whether a heading that starts with a section's name (`key`) and goes on with `rest` is still
 * that section. A bare "Use" or "Usage" goes on as a section of uses only with "and", "of" or
 * "case" ("Use and Limitations", "Uses of the score", "Use cases"): "Use with mlx", "Usage in
 * Transformers", "Usage example" tell how to run the model, not what it is for, and a list of
 * the words that introduce a tool would never be complete. Other names go on freely
 * ("Limitations of the model").
 */
function continuesName(key: string, rest: string): boolean {
  return (key !== 'use' && key !== 'usage') || /^(?:and|of|case)\b/.test(rest);
}

/**
 * Normalises a heading for matching: lower case, no Markdown or HTML, no numbering, no
 * "[optional]", hyphens as spaces, and a light plural strip ("Uses" ~ "Use").
 */
export function headingKey(title: string): string {
  // Remembered: rules ask for the same few dozen names on every card, and cards written from one
  // template share their headings. Short titles only, and a bounded number of them.
  let key = headingKeys.get(title);
  if (key === undefined) {
    key = computeHeadingKey(title);
    if (title.length <= 200) {
      if (headingKeys.size >= 10_000) headingKeys.clear();
      // Copies: a title cut from a card would keep the whole card's text alive.
      headingKeys.set(detachText(title), detachText(key));
    }
  }
  return key;
}

const headingKeys = new Map<string, string>();

/** Past this, a heading is prose, not a name: its key is taken from its start (bounded work per heading). */
const HEADING_KEY_SOURCE_LIMIT = 1_000;

function computeHeadingKey(title: string): string {
  return wordsKey(title.slice(0, HEADING_KEY_SOURCE_LIMIT));
}

/**
 * Whether a text holds one of `phrases` (each normalised as a heading is) as whole words:
 * "Reviews under ten words are a known limitation" holds "limitations".
 */
export function holdsPhrase(text: string, phrases: readonly string[]): boolean {
  const words = ` ${wordsKey(text)} `;
  return phrases.some((phrase) => {
    const key = headingKey(phrase);
    return key !== '' && words.includes(` ${key} `);
  });
}

function wordsKey(text: string): string {
  const words = text
    .replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1') // classes stop at the next opener: linear on a run of `[`
    .replace(/<[^<>]+>/g, ' ')
    .replace(/[[(]\s*optional\s*[\])]/gi, ' ')
    .replace(/&amp;|&/g, ' and ')
    .toLowerCase()
    .replace(/^\s*(?:\d+(?:\.\d+)*\.?|[a-z]\)|[ivx]+\.)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is|as|os)$/.test(word) ? word.slice(0, -1) : word));
  return words.join(' ');
}

function cleanTitle(raw: string): string {
  return raw
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/<[^<>]+>/g, '')
    .trim();
}

/** A code fence a line opens (CommonMark: ``` or ~~~, a backtick fence's info has no backtick). */
export function opensFence(line: string): Fence | undefined {
  const open = line.match(FENCE_OPEN);
  if (!open || (open[1]![0] === '`' && open[2]!.includes('`'))) return undefined;
  return { char: open[1]![0]!, length: open[1]!.length };
}

/** Whether a line closes `fence`: the same character, at least as many times, nothing after. */
export function closesFence(line: string, fence: Fence): boolean {
  const close = line.match(/^ {0,3}(`{3,}|~{3,})[ \t]*$/);
  return Boolean(close && close[1]![0] === fence.char && close[1]!.length >= fence.length);
}

export interface Fence {
  char: string;
  length: number;
}

function scanHeadings(lines: readonly string[], from: number): Heading[] {
  const headings: Heading[] = [];
  let fence: Fence | undefined;
  let inComment = false;
  let previousIsParagraph = false;
  /** The line before is not blank: a plain field opens a paragraph, it does not go on with one. */
  let previousIsText = false;

  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as string;
    const lineNo = i + 1;
    // Headings, fences and comments end a paragraph: only a line of text goes on with one.
    const afterText = previousIsText;
    previousIsText = false;

    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      previousIsParagraph = false;
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      previousIsParagraph = false;
      continue;
    }
    const opened = opensFence(line);
    if (opened) {
      fence = opened;
      previousIsParagraph = false;
      continue;
    }
    if (/^\s*<!--/.test(line) && !line.includes('-->')) {
      inComment = true;
      previousIsParagraph = false;
      continue;
    }

    const atx = line.match(ATX_OPEN);
    if (atx) {
      const title = cleanTitle(atxText(line.slice(atx[0].length)));
      headings.push({ title, key: headingKey(title), level: atx[1]!.length, kind: 'atx', line: lineNo });
      previousIsParagraph = false;
      continue;
    }
    const underline = line.match(SETEXT_UNDERLINE);
    if (underline && previousIsParagraph) {
      const title = cleanTitle(lines[i - 1] as string);
      headings.push({ title, key: headingKey(title), level: underline[1]![0] === '=' ? 1 : 2, kind: 'setext', line: lineNo - 1 });
      previousIsParagraph = false;
      continue;
    }
    const html = line.match(HTML_HEADING);
    if (html) {
      const title = cleanTitle(html[2] ?? '');
      headings.push({ title, key: headingKey(title), level: Number(html[1]), kind: 'html', line: lineNo });
      previousIsParagraph = false;
      continue;
    }
    const label = line.match(BOLD_LABEL) ?? line.match(BULLET_FIELD) ?? (afterText ? null : plainField(line));
    if (label) {
      const title = cleanTitle(label[1] ?? '');
      const key = headingKey(title);
      if (key !== '') headings.push({ title, key, level: 7, kind: 'label', line: lineNo, inline: (label[2] ?? '').trim() });
    }
    const trimmed = line.trim();
    previousIsText = trimmed !== '';
    // Only a plain paragraph line can be turned into a setext heading by the next line.
    previousIsParagraph =
      trimmed !== '' && !/^(?:[-*+]\s|\d+[.)]\s|[>|<])/.test(trimmed) && !(label && label[0].trimStart().startsWith('-'));
  }
  return headings;
}

/** A plain `Name: value` line whose name is a few words (PLAIN_FIELD), else null. */
function plainField(line: string): RegExpMatchArray | null {
  const field = line.match(PLAIN_FIELD);
  return field && (field[1] as string).trim().split(/\s+/).length <= PLAIN_FIELD_WORDS ? field : null;
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/**
 * The text of an ATX heading from what follows its opening `#`s: without the spaces around it and
 * without a closing run of `#` that follows a space (`## Uses ##` → `Uses`, `## C#` → `C#`). Two
 * walks, one from each end, where /[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/ backtracked over long lines.
 */
export function atxText(rest: string): string {
  let start = 0;
  while (isBlank(rest[start])) start++;
  let end = rest.length;
  while (end > start && isBlank(rest[end - 1])) end--;
  let hashes = end;
  while (hashes > start && rest[hashes - 1] === '#') hashes--;
  if (hashes < end && hashes > start && isBlank(rest[hashes - 1])) {
    end = hashes;
    while (end > start && isBlank(rest[end - 1])) end--;
  }
  return rest.slice(start, end);
}

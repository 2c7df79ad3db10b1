/**
 * What counts as "not really filled in". Templates leave markers behind ("[More Information
 * Needed]", "TODO", Jinja `{{ … }}`); a section or value made only of such markers is missing.
 */

import { closesFence, opensFence, type Fence } from './markdown.js';

/** Why a value or section does not count as present. */
export type Absence = 'missing' | 'empty' | 'placeholder' | 'code-only';

// Comments and template tags are cut by delimiter search (cutDelimited), not by a lazy regular
// expression: `<!--[\s\S]*?-->` rescans to the end of the text from every unclosed `<!--`.
const DELIMITED: ReadonlyArray<readonly [string, string]> = [
  ['<!--', '-->'],
  ['{{', '}}'],
  ['{%', '%}'],
];

export const MARKERS: readonly RegExp[] = [
  /\[?more information needed(?: for further recommendations)?\]?\.?/gi,
  /\[(?:optional|required)\]/gi,
  // The Hugging Face template's default recommendation, which says nothing about the model.
  /users \(both direct and downstream\) should be made aware of the risks, biases and limitations of the model\.?/gi,
  /\b(?:todo|tbd|tba|fixme|xxx)\b:?/gi,
  /\blorem[^a-z0-9]{0,12}ipsum\b/gi,
  /\bplaceholder\b/gi,
  // An author's note that the text is still to come (auditor: "To be completed." and "Fill in
  // later." passed as a card's sections); a sentence that says more still says something.
  /\b(?:(?:still )?to be (?:completed|written|added|filled in|provided|determined|defined|documented|decided|confirmed|done)|fill(?:ed)? (?:this )?in later|will be (?:added|completed|written|provided|documented) (?:later|soon))\b\.?/gi,
];

const STARTS_WITH_MARKER = /^\s*(?:[-*>#]\s*)*(?:\[?more information needed|todo\b|tbd\b|tba\b|fixme\b|\{\{|placeholder\b|coming soon\b)/i;

const SCALAR_PLACEHOLDERS = new Set(['?', '??', '???', '...', '…', '-', '--', 'x', 'xx', 'xxx', 'changeme', 'change me', 'unknown']);
const LONGEST_SCALAR_PLACEHOLDER = Math.max(...[...SCALAR_PLACEHOLDERS].map((text) => text.length));

/**
 * Any text a MARKERS expression matches also matches this one (each marker's words, without
 * the word boundaries): most texts match none, and one test spares them six replacements.
 */
export const ANY_MARKER = /more information needed|\[(?:optional|required)\]|users \(both direct and downstream\)|to ?do|tb[dac]|fixme|xxx|lorem[^a-z0-9]{0,12}ipsum|dolor[^a-z0-9]{1,12}sit|placeholder|to be (?:completed|written|added|filled in|provided|determined|defined|documented|decided|confirmed|done)|fill(?:ed)? (?:this )?in later|will be (?:added|completed|written|provided|documented) (?:later|soon)/i;

/**
 * Characters that disguise a marker from the patterns here, or pass for a word:
 * - invisible ones: format characters and the rest Unicode says to ignore when not shown
 *   (zero-width space and joiners in "TO\u200bDO", variation selectors, the blank letters of
 *   Hangul, U+3164 and kin, which \p{L} counts);
 * - letters drawn in another style: full-width ("ＴＯＤＯ"), mathematical ("𝐓𝐎𝐃𝐎"), modifier
 *   and superscript ("ᵀᴼᴰᴼ"), circled and squared ("ⓉⓄⒹⓄ").
 * Look-alikes from other scripts (Cyrillic "ТОDО") and text reversed by a bidi override are not
 * folded. Most texts hold none of these and are returned as they are.
 */
/** Characters not seen where shown: format characters and the rest Unicode says to ignore (report/escape.ts writes them out). */
export const INVISIBLE_CLASS = String.raw`\p{Cf}\p{Default_Ignorable_Code_Point}`;
const STYLED_CLASS = String.raw`\u1d00-\u1dbf\u2070-\u209f\u24b6-\u24e9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u{1d400}-\u{1d7ff}\u{1f130}-\u{1f189}`;
const DISGUISE = new RegExp(`[${INVISIBLE_CLASS}${STYLED_CLASS}]`, 'u');
const STYLED_RUN = new RegExp(`[${STYLED_CLASS}]+`, 'gu');
/** Invisible characters inside a word of Latin letters and digits (where markers are). */
const INVISIBLE_IN_WORD = new RegExp(`(?<=[A-Za-z0-9])[${INVISIBLE_CLASS}]+(?=[A-Za-z0-9])`, 'gu');
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'gu');
/** The last text folded: a card's body is judged by several entry points in a row. */
let lastFolded: { text: string; plain: string } | undefined;

/**
 * `text` as it reads: styled letters and digits in their plain form (NFKC of each run of them),
 * invisible characters gone (a zero-width space between words of scripts written without
 * spaces, Thai or Khmer, stays a word break). Only letters are folded: full-width punctuation
 * (`＜`, `｛｛`) keeps its meaning, and is not read as Markdown or a template tag.
 */
export function undisguised(text: string): string {
  if (!DISGUISE.test(text)) return text;
  if (lastFolded?.text === text) return lastFolded.plain;
  const plain = text
    .replace(STYLED_RUN, (run) => run.normalize('NFKC'))
    .replace(INVISIBLE_IN_WORD, '')
    .replace(/\u200b+/g, ' ')
    .replace(INVISIBLE, '');
  lastFolded = { text, plain };
  return plain;
}

/**
 * A text to quote in a message with its invisible characters written out (`T\u{200b}BD`): the
 * reader searching the file for what the message quotes must find it.
 */
export function showInvisible(text: string): string {
  return DISGUISE.test(text) ? text.replace(INVISIBLE, (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`) : text;
}

// A word goes on over combining marks: Thai, Hindi and Arabic vowel signs are inside words.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’._-]*/gu;
/** A word starts with a letter or digit, so a text holds one exactly when it holds such a character. */
const WORD_START = /[\p{L}\p{N}]/u;

/**
 * Words that carry content once markers and Markdown punctuation are gone, counted up to
 * `atMost`: callers ask "any?" or "fewer than n?", and a card's long sections need no array of
 * every word to answer (that array was most of this module's time and garbage).
 */
function contentWords(text: string, atMost: number): number {
  const prose = proseOf(text);
  if (atMost <= 1) return WORD_START.test(prose) ? 1 : 0;
  WORD.lastIndex = 0;
  let words = 0;
  while (words < atMost && WORD.test(prose)) words++;
  return words;
}

/**
 * A paragraph or list item led by a marker ("TODO: describe how to stop the system before the
 * release review", "- [ ] **TODO**: …", "To do: …"): an instruction to its author, however
 * long, and it says nothing about the system, though it names the topic. Upper-case markers lead
 * one bare, lower-case ones with a colon; "Todo lists are kept in Jira" is a sentence.
 */
const MARKER_LINE = /^[ \t\u00a0]*(?:(?:[-*+>]|\d{1,9}[.)]|[a-z][.)]|\[[ xX]?\])[ \t\u00a0]+)*[*_`([@]{0,3}(?:(?:TODO|TO DO|TBD|TBA|TBC|FIXME|XXX)\b|(?:[Tt][Oo] ?[Dd][Oo]|[Tt][Bb][DdAaCc]|[Ff][Ii][Xx][Mm][Ee])[*_`)\]]{0,3}[ \t]*:)/;
/** A line that opens a block of its own, so a marker's paragraph ends before it (CommonMark, GFM tables). */
const BLOCK_START = /^[ \t]*(?:$|[-*+>#|<]|\d{1,9}[.)]|```|~~~|_{3,}|={2,})/;
/** A line that ends a sentence: a marker's instruction that ends so does not run on to the next line. */
const ENDS_SENTENCE = /[.!?:][*_`)\]"']*[ \t]*$/;

/**
 * Filler text ("Lorem ipsum dolor sit amet, …"): it and the rest of its paragraph say nothing,
 * however long; a tight list of filler items is one paragraph of it, up to a blank line or heading.
 */
// Between its words, anything that is not a letter or digit: spaces and line breaks, no-break
// and zero-width spaces, hyphens, dashes, soft hyphens, underscores.
const FILLER = /\b(?:lorem[^a-z0-9]{0,12}ipsum[^a-z0-9]{1,12}dolor|dolor[^a-z0-9]{1,12}sit[^a-z0-9]{1,12}amet)\b/gi;
const FILLER_END = /^[ \t]*(?:$|#)/;

/** Where filler starts, by line of `text` (split at \n): its column on that line; it may run over a line break. */
function fillerStarts(text: string): Map<number, number> {
  const starts = new Map<number, number>();
  let line = 0;
  let lineStart = 0;
  for (const match of text.matchAll(FILLER)) {
    for (let at = text.indexOf('\n', lineStart); at >= 0 && at < match.index; at = text.indexOf('\n', lineStart)) {
      line++;
      lineStart = at + 1;
    }
    if (!starts.has(line)) starts.set(line, match.index - lineStart);
  }
  return starts;
}

/**
 * A heading that is only a marker ("### TODO", "## TBD:"): what its subsection holds is a to-do
 * list or an instruction to the author ("Describe the limitations here"), however it is worded.
 */
const MARKER_HEADING = /^ {0,3}(#{1,6})[ \t]+[*_`]{0,3}(?:to ?do|tb[dac]|fixme|xxx)[*_`]{0,3}:?(?:[ \t]+#+)?[ \t]*$/i;
const ATX_LEVEL = /^ {0,3}(#{1,6})(?:[ \t]|$)/;

/**
 * `text` without the paragraphs markers lead (the marker's line, and the lines it runs on over),
 * the paragraphs filler text is in, and the subsections under a heading that is only a marker
 * (up to the next heading of its level or above).
 */
function withoutMarkerLed(text: string): string {
  const lines = text.split('\n');
  let dropping = false;
  /** Dropping a paragraph of filler text, which runs to its end whatever its lines end with. */
  let filler = false;
  /** The level of the marker heading whose subsection is being dropped, else 0. */
  let under = 0;
  const filling = fillerStarts(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (under > 0) {
      const level = ATX_LEVEL.exec(line)?.[1]?.length ?? 0;
      if (level === 0 || level > under) {
        lines[i] = '';
        continue;
      }
      under = 0;
    }
    const heading = MARKER_HEADING.exec(line);
    if (heading) {
      under = (heading[1] as string).length;
      dropping = false;
      lines[i] = '';
      continue;
    }
    if (MARKER_LINE.test(line)) {
      dropping = true;
      filler = false;
    } else if (filling.has(i)) {
      lines[i] = line.slice(0, filling.get(i)); // what comes before it on its line stays
      dropping = true;
      filler = true;
      continue;
    } else if (!dropping || (filler ? FILLER_END : BLOCK_START).test(line)) {
      dropping = false;
      continue;
    }
    lines[i] = '';
    // A wrapped instruction goes on to the next line; one that ends a sentence does not.
    if (!filler && ENDS_SENTENCE.test(line)) dropping = false;
  }
  return lines.join('\n');
}

/**
 * A link reference definition, `[label]: destination "title"` (CommonMark 4.7), read from
 * lastIndex, at any indentation (inside a list item; an indented code line of that shape says
 * nothing either), after list markers and `>` if any (white space after each is all taken, so a run of
 * them is read one way only: a choice of spaces per marker made failing tries exponential): the label (group 1), the destination (on the next
 * line if not this one) and an optional title in quotes or parentheses, which may run over lines.
 * None of it is shown.
 */
const LINK_DEFINITION = /[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+|>[ \t]*)*\[((?:[^[\]\\]|\\.){1,999})\]:[ \t]*(?:\r?\n[ \t]*)?(?:<[^<>\n]*>|[^\s<]\S*)(?:(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?[ \t]*(?:\r?\n|$)/y;
/** A line no paragraph holds: blank, a heading, a thematic break or a code fence. */
const NOT_PARAGRAPH = /^(?:[ \t]*\r?$| {0,3}(?:#{1,6}(?:[ \t]|\r?$)|(?:\*[ \t]*){3,}\r?$|(?:-[ \t]*){3,}\r?$|(?:_[ \t]*){3,}\r?$|```|~~~))/;
/** A line that ends the paragraph before it and may open one of its own: a list item or a quote. */
const OPENS_CONTAINER = /^ {0,3}(?:[-*+][ \t]+\S|1[.)][ \t]+\S|>)/;
const QUOTED = /^ {0,3}>/;

/**
 * `text` without its link reference definitions, each line kept as an empty one. A renderer
 * shows none of them, and `[//]: # (…)` is a common way to write a comment in Markdown (red
 * team: an oversight plan whose every section was one passed as evidenced, shown empty). A
 * definition only starts a paragraph (it cannot interrupt one), so each paragraph is read once
 * from its start, and a title that does not close is looked for no further than its paragraph.
 */
function withoutLinkDefinitions(text: string): string {
  if (!text.includes(']:')) return text;
  const lines = text.split('\n');
  for (let first = 0; first < lines.length; ) {
    if (NOT_PARAGRAPH.test(lines[first] as string)) {
      first++;
      continue;
    }
    let end = first + 1;
    // A quote's next line goes on with its paragraph; a list item opens its own.
    const opens = (line: number) => OPENS_CONTAINER.test(lines[line] as string) && !(QUOTED.test(lines[line] as string) && QUOTED.test(lines[line - 1] as string));
    while (end < lines.length && !NOT_PARAGRAPH.test(lines[end] as string) && !opens(end)) end++;
    const paragraph = lines.slice(first, end).join('\n');
    let at = 0;
    if (paragraph.includes(']:')) {
      for (;;) {
        LINK_DEFINITION.lastIndex = at;
        const definition = LINK_DEFINITION.exec(paragraph);
        if (!definition || !/\S/.test(definition[1] as string)) break;
        at += definition[0].length;
        if (at >= paragraph.length) break;
      }
    }
    if (at > 0) {
      const consumed = paragraph.slice(0, at).split('\n').length - (paragraph[at - 1] === '\n' ? 1 : 0);
      for (let line = first; line < first + consumed; line++) lines[line] = '';
    }
    first = end;
  }
  return lines.join('\n');
}

/** An inline link's target, `](…)`: not shown. The class stops at the next opener, so a run of unclosed `](` is scanned once. */
const LINK_TARGET = /\]\([^()]*\)/g;

/**
 * An HTML start tag: its name (group 1) and attributes (group 2). The lookahead keeps the name
 * whole: with `\b`, a name of hyphens ("<a-a-a-…") could end at each hyphen, and each end read
 * the rest of the text again.
 */
const START_TAG = /<([a-z][a-z0-9-]*)(?![a-z0-9-])([^<>]*)>/gi;
/** Elements whose content no renderer shows. */
const UNSHOWN = new Set(['script', 'style', 'template']);
const HIDDEN_ATTRIBUTE = /(?:^|\s)hidden(?:[\s=/]|$)/i;
/** Attribute values, which may hold the word "hidden" (an image's alt text, false-error hunt). */
const ATTRIBUTE_VALUE = /"[^"]*"|'[^']*'/g;
/** Elements with no content and no end tag: hiding one hides nothing after it. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * `text` without the elements no reader sees: `<script>`, `<style>`, `<template>` and any
 * element with the `hidden` attribute, content and all, nested ones of the same name included
 * (red team: "Nurses stop the suggestion" in a `<script>` met the stop topic of a runbook that
 * said nobody could). An element left open runs to the end, as a browser reads it; a tag in
 * inline code is text. One pass: each hidden element is read to its close once.
 */
export function withoutHiddenElements(text: string): string {
  if (!text.includes('<')) return text;
  let out = '';
  let from = 0;
  // Whether the text up to `scanned` is inside an inline code span (an odd number of backticks
  // since the line began), kept as the scan moves on: each character is looked at once.
  let scanned = 0;
  let inCode = false;
  START_TAG.lastIndex = 0;
  for (let tag = START_TAG.exec(text); tag !== null; tag = START_TAG.exec(text)) {
    for (; scanned < tag.index; scanned++) {
      const char = text[scanned];
      if (char === '\n') inCode = false;
      else if (char === '`') inCode = !inCode;
    }
    const name = (tag[1] as string).toLowerCase();
    // A tag in inline code is text: "embed it with `the <script>` element" (review).
    if ((!UNSHOWN.has(name) && !HIDDEN_ATTRIBUTE.test((tag[2] as string).replace(ATTRIBUTE_VALUE, ' '))) || inCode) continue;
    out += `${text.slice(from, tag.index)} `;
    const end = VOID_ELEMENTS.has(name) ? START_TAG.lastIndex : closeOf(text, name, START_TAG.lastIndex);
    if (end < 0) return out;
    from = end;
    START_TAG.lastIndex = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The offset just past the close of the `name` element whose content starts at `from`, counting nested ones; -1 when it is not closed. */
function closeOf(text: string, name: string, from: number): number {
  // The name whole, as START_TAG reads it: `</x-a-b>` does not close `<x-a hidden>` (review).
  const tags = new RegExp(`<(/?)${name}(?![a-z0-9-])[^<>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let tag = tags.exec(text); tag !== null; tag = tags.exec(text)) {
    depth += tag[1] === '/' ? -1 : 1;
    if (depth === 0) return tags.lastIndex;
  }
  return -1;
}

/** `text` without what says nothing: comments, template tags, elements no reader sees, placeholder markers and the paragraphs they lead, link targets, HTML tags. */
function proseOf(text: string): string {
  let stripped = text;
  for (const [open, close] of DELIMITED) stripped = cutDelimited(stripped, open, close);
  stripped = withoutHiddenElements(stripped);
  if (ANY_MARKER.test(stripped)) {
    stripped = withoutMarkerLed(stripped);
    for (const marker of MARKERS) stripped = stripped.replace(marker, ' ');
  }
  // Link targets, HTML tags and Markdown punctuation say nothing on their own. The classes stop
  // at the next opener, so a run of unclosed `](` or `<` is scanned once, not once per opener.
  // Most values hold neither (a version, a name, a sentence): no scan of them at all.
  if (stripped.includes('](')) stripped = stripped.replace(LINK_TARGET, ' ');
  return stripped.includes('<') ? stripped.replace(/<[^<>]+>/g, ' ') : stripped;
}

// Subsection headings, setext underlines and bold labels name a topic; they say nothing about it.
// Each stays on its line ([ \t], never \s, which crosses newlines and made blank lines quadratic).
const STRUCTURE_ONLY = /^(?: {0,3}#{1,6}(?:[ \t].*)?| {0,3}(?:=+|-+)[ \t]*|[ \t]*<h[1-6][^<>\n]*>.*<\/h[1-6]>[ \t]*)$/gm;
const LABEL_PREFIX = /^[ \t]*(?:[-*+][ \t]+)?\*\*[^*\n]+\*\*:?/gm;

/**
 * `text` without headings, setext underlines and bold labels, which name a topic and say nothing
 * of it; the paragraphs markers lead go first, as a bold label may be the marker ("**TODO**:").
 */
function withoutStructure(text: string): string {
  return (ANY_MARKER.test(text) ? withoutMarkerLed(text) : text).replace(STRUCTURE_ONLY, '').replace(LABEL_PREFIX, '');
}

/** `text` with each `open … close` span replaced by a space; an unclosed one runs to the end. */
export function cutDelimited(text: string, open: string, close: string): string {
  let at = text.indexOf(open);
  if (at < 0) return text;
  let out = '';
  let from = 0;
  while (at >= 0) {
    out += `${text.slice(from, at)} `;
    const end = text.indexOf(close, at + open.length);
    if (end < 0) return out;
    from = end + close.length;
    at = text.indexOf(open, from);
  }
  return out + text.slice(from);
}

/**
 * Answers that answer nothing when they are all a section or a value says: "N/A", "Not
 * applicable", "Unknown", "See above", "Various". A field or section asks for a statement; these
 * give none. "None" and "No" are left alone: to a question whether something exists (personal
 * data, annotations, known bias) they are an answer.
 */
const NON_ANSWERS = new Set(['n a', 'na', 'not applicable', 'not available', 'nil', 'unknown', 'see above', 'see below', 'as above', 'various', 'tbc']);
/** The non-answers that are honest where a field does not apply; "TBC", "see above", "various" never are. */
const NOT_APPLICABLE = new Set(['n a', 'na', 'not applicable']);
const ANSWER_WORD = /[\p{L}\p{N}]+/gu;

/**
 * Whether a value only says the field does not apply ("N/A", "Not applicable"): a placeholder
 * where the field is required, an honest answer where it is not ("legalBasis: Not applicable" for
 * data with no personal data), so system/no-placeholders leaves it to each field's rule.
 */
export function isNonAnswerValue(value: string): boolean {
  return isNonAnswer(undisguised(value).trim(), NOT_APPLICABLE);
}

/** Every word a non-answer is made of: reading stops at the first word of any other text. */
const NON_ANSWER_WORDS = new Set([...NON_ANSWERS].flatMap((answer) => answer.split(' ')));

function isNonAnswer(prose: string, answers: ReadonlySet<string> = NON_ANSWERS): boolean {
  // Word by word rather than lowercasing and splitting the whole text: this runs on every value
  // of every document, and nearly all of them stop at their first word.
  const words: string[] = [];
  ANSWER_WORD.lastIndex = 0;
  for (let match = ANSWER_WORD.exec(prose); match !== null; match = ANSWER_WORD.exec(prose)) {
    const word = match[0].toLowerCase();
    if (words.length === 3 || !NON_ANSWER_WORDS.has(word)) {
      ANSWER_WORD.lastIndex = 0;
      return false;
    }
    words.push(word);
  }
  return words.length > 0 && answers.has(words.join(' '));
}

/** Absence of a Markdown section body as it reads (undisguised), or undefined when it says something. */
export function sectionAbsence(shown: string): Absence | undefined {
  const body = undisguised(shown);
  if (body.trim() === '') return 'empty';
  // Code (a usage snippet under "Usage", say) states no intended use, limitation or result.
  const prose = withoutFencedCode(body);
  if (prose !== body && contentWords(prose, 1) === 0) return 'code-only';
  const text = withoutStructure(withoutLinkDefinitions(prose));
  // Nothing left: a section of headings only is empty, one of marker-led paragraphs a placeholder.
  if (text.trim() === '') return prose.replace(STRUCTURE_ONLY, '').trim() === '' ? 'empty' : 'placeholder';
  // A link's target is not shown, so its words are not the section's: the Hub's dataset template
  // links every "[More Information Needed]" to its contributing guide (new user: a card of only
  // those passed as documenting its source and personal data).
  const words = contentWords(text.includes('](') ? text.replace(LINK_TARGET, '] ') : text, 8);
  if (words === 0) return 'placeholder';
  if (words <= 3 && isNonAnswer(proseOf(text))) return 'placeholder';
  // "TODO: describe the intended use" is still a placeholder; a long paragraph that mentions
  // a TODO list is not.
  if (STARTS_WITH_MARKER.test(text.trim()) && words < 8) return 'placeholder';
  return undefined;
}

/** A Markdown document's text as a reader sees it: disguises undone, without fenced code and link reference definitions. */
function shownMarkdown(body: string): string {
  return withoutLinkDefinitions(withoutFencedCode(undisguised(body)));
}

/**
 * How many words of a Markdown text say something, counted up to `atMost`: fenced code,
 * headings, bold labels, template markers, link targets and markup aside ("# Risks\n\nTODO"
 * says nothing: 0).
 */
export function substantiveWords(body: string, atMost = Number.POSITIVE_INFINITY): number {
  return distinctSentenceWords(proseOf(withoutStructure(shownMarkdown(body))), atMost);
}

/** Characters WORD takes in after a word's last letter ("team." at a sentence's end). */
const WORD_TAIL = new Set(['.', "'", '\u2019', '_', '-']);
const SENTENCE_MARK = new Set(['.', '!', '?']);
/** Quotes and brackets that may close a sentence after its mark ('"Stop."', '(weekly.)'). */
const SENTENCE_CLOSER = new Set([')', ']', '"', "'", '\u2019', '\u201d']);
const WHITE_SPACE = /\s/;

/**
 * The offset just past the sentence that starts at `from`: past `.`, `!` or `?` (and closing
 * quotes or brackets) followed by white space, or past a line break; the text's length when
 * neither comes. By hand, not a regular expression: a run of marks before a letter ("?!?!x")
 * was tried again from each mark.
 */
function sentenceEnd(prose: string, from: number): number {
  for (let i = from; i < prose.length; i++) {
    const char = prose[i] as string;
    if (char === '\n') return i + 1;
    if (!SENTENCE_MARK.has(char)) continue;
    let after = i + 1;
    while (after < prose.length && SENTENCE_MARK.has(prose[after] as string)) after++;
    const marksEnd = after;
    while (after < prose.length && SENTENCE_CLOSER.has(prose[after] as string)) after++;
    if (after === prose.length || WHITE_SPACE.test(prose[after] as string)) return after;
    i = marksEnd - 1;
  }
  return prose.length;
}

/** `word` in lower case without the tail WORD took in: "Team." and "team" are one word. */
function wordKey(word: string): string {
  let end = word.length;
  while (end > 1 && WORD_TAIL.has(word[end - 1] as string)) end--;
  return word.slice(0, end).toLowerCase();
}

/**
 * The fewest words a sentence has for a repeat of it to count as padding: a short line written
 * again (a label's value, "Weekly"; a list number; "Dr.") is a value each time it is written.
 */
const MIN_REPEATED_WORDS = 5;

/**
 * How many times, on average, each distinct word may count: a stub padded to the word count with
 * one word ("stop stop stop …", "- stop" on sixteen lines) or two in turn says no more than those
 * words (red team). Prose repeats words too, but a text of a minimum's length has at least half as
 * many distinct words as words: 15 words of a runbook step hold 11 to 15.
 */
const WORDS_PER_DISTINCT_WORD = 2;

/**
 * The words of `prose`, counted until `atMost` is reached, each sentence of MIN_REPEATED_WORDS or
 * more once however often it is written: a stub padded to the word count by pasting one line ten
 * times says no more than the line. Sentences are the same when their words are, case and
 * punctuation aside. No more words count than WORDS_PER_DISTINCT_WORD for each distinct one.
 */
function distinctSentenceWords(prose: string, atMost: number): number {
  const seen = new Set<string>();
  const distinct = new Set<string>();
  let words = 0;
  const counted = () => Math.min(words, distinct.size * WORDS_PER_DISTINCT_WORD);
  for (let start = 0; start < prose.length && counted() < atMost; ) {
    const stop = sentenceEnd(prose, start);
    const sentence = prose.slice(start, stop);
    start = stop;
    let key = '';
    let count = 0;
    const keys: string[] = [];
    WORD.lastIndex = 0;
    for (let word = WORD.exec(sentence); word !== null; word = WORD.exec(sentence)) {
      const wordKeyed = wordKey(word[0]);
      keys.push(wordKeyed);
      key += `${wordKeyed} `;
      count++;
    }
    // A short line repeated is a value, not padding: "Weekly" under each label of a register.
    if (count < MIN_REPEATED_WORDS || !seen.has(key)) {
      seen.add(key);
      words += count;
      for (const word of keys) distinct.add(word);
    }
  }
  return Math.min(counted(), atMost);
}

/**
 * Where a document's topics must be found: its headings and text, without code, comments,
 * template tags, placeholder markers or link targets (a topic named only in an HTML comment is
 * not addressed).
 */
export function substantiveText(body: string): string {
  return proseOf(shownMarkdown(body));
}

/**
 * What a document states: substantiveText without its headings and bold labels, which name a
 * topic and say nothing of it.
 */
export function statedText(body: string): string {
  return proseOf(withoutStructure(shownMarkdown(body)));
}

/**
 * What a reader of a Markdown document sees of it: its text with code, but without HTML comments,
 * template tags, link reference definitions, link targets or invisible characters. An edit
 * that changes none of it changes nothing a reviewer reads (governance/review-not-postponed).
 */
export function readableText(body: string): string {
  return proseOf(withoutLinkDefinitions(undisguised(body)));
}

/**
 * The text without its fenced code blocks (opened and closed as the card outline reads them),
 * and without the line ending in ":" that leads into each. One pass over the lines.
 */
export function withoutFencedCode(text: string): string {
  if (!text.includes('```') && !text.includes('~~~')) return text;
  const kept: string[] = [];
  // The last line kept that is not blank: found by index, not by walking back over blank lines,
  // which a text of fences and blank lines made quadratic.
  let lastWords = -1;
  let fence: Fence | undefined;
  for (const line of text.split('\n')) {
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      continue;
    }
    fence = opensFence(line);
    if (!fence) {
      kept.push(line);
      if (line.trim() !== '') lastWords = kept.length - 1;
      continue;
    }
    // A lead-in to the code ("You can use cURL to access this model:") goes with it.
    if (lastWords >= 0 && (kept[lastWords] as string).trimEnd().endsWith(':')) kept[lastWords] = '';
    lastWords = -1;
    // The code ends a paragraph: the lines either side of it do not run on into each other.
    kept.push('');
  }
  return kept.join('\n');
}

/** Absence of a value from YAML or JSON, or undefined when it is present. `false` and 0 count. */
export function valueAbsence(value: unknown): Absence | undefined {
  if (value === undefined || value === null) return 'missing';
  if (typeof value === 'string') {
    const text = undisguised(value).trim();
    // Only invisible characters: a value that looks blank, but is there to pass for one.
    if (text === '') return value.trim() === '' ? 'empty' : 'placeholder';
    if ((text.length <= LONGEST_SCALAR_PLACEHOLDER && SCALAR_PLACEHOLDERS.has(text.toLowerCase())) || isNonAnswer(text)) return 'placeholder';
    if (contentWords(text, 1) === 0 || STARTS_WITH_MARKER.test(text)) return 'placeholder';
    if (/^<[^<>]*>$/.test(text)) return 'placeholder'; // "<your license here>"
    return undefined;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return 'empty';
    return value.every((item) => valueAbsence(item) !== undefined) ? 'placeholder' : undefined;
  }
  if (typeof value === 'object') {
    const entries = Object.values(value);
    if (entries.length === 0) return 'empty';
    return entries.every((item) => valueAbsence(item) !== undefined) ? 'placeholder' : undefined;
  }
  if (typeof value === 'number' && Number.isNaN(value)) return 'placeholder';
  return undefined;
}

/**
 * What a placeholder value says, quoted and cut to 120 characters: `"TODO: the owning team"`.
 * The field's own rule and system/no-placeholders word a marker the same way, so the two
 * findings at one place read as one (the reports show them once, with both rules).
 */
export function describePlaceholder(text: string): string {
  return `is still a placeholder: ${showInvisible(JSON.stringify(text.length > 120 ? `${text.slice(0, 119)}…` : text))}`;
}

/** What a value's absence is, a placeholder text quoted (describePlaceholder), else in words (describeAbsence). */
export function describeValueAbsence(value: unknown, absence: Absence): string {
  return absence === 'placeholder' && typeof value === 'string' && value.trim() !== '' ? describePlaceholder(value) : describeAbsence(absence);
}

export function describeAbsence(absence: Absence): string {
  switch (absence) {
    case 'code-only':
      return 'holds only code, which states nothing about it';
    case 'missing':
      return 'is missing';
    case 'empty':
      return 'is empty';
    case 'placeholder':
      return 'is a placeholder';
  }
}

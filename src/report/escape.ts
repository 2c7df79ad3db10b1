/**
 * One escaping function per sink. Everything a report shows (file and folder names, card text,
 * evidence values, messages a pack writes) comes from a repository we do not trust, and each
 * place it is shown reads it differently:
 *
 * | sink                                   | function         | what it must not let through            |
 * | -------------------------------------- | ---------------- | --------------------------------------- |
 * | plain text (annotations, SARIF, JSON)  | `visibleText`    | control, format and invisible characters, marks drawn over text |
 * | terminal (stylish report, job log)     | `terminalText`   | the above, and a `::command::` line     |
 * | Markdown text and table cells          | `markdownText`   | HTML, links (bare URLs too), images, headings, `|`, @mentions, #refs |
 * | Markdown inline code                   | `markdownCode`   | the end of the code span, `|` in tables |
 * | raw HTML (inside `<details>` blocks)   | `htmlText`       | tags, entities, @mentions               |
 * | a link target                          | `markdownUrl`    | anything but an http(s) URL             |
 * | SARIF message text (embedded links)    | `sarifText`      | `[text](n)` links to related locations  |
 * | a CSV cell (spreadsheets)              | `csvField`       | `,` `"` line breaks, formulas (`=` `+` `-` `@`) |
 *
 * Control, format and invisible characters and line breaks are shown escaped (`\n`, `\x1b`, `\u{202e}`), never passed
 * through, so a name cannot start a new line, a heading, a table row or a workflow command, or
 * reorder what follows it on screen.
 */
import { INVISIBLE_CLASS } from '../load/placeholder.js';

/**
 * Controls (C0, DEL, C1), line and paragraph separators, format characters (bidi marks and
 * overrides, zero-width spaces and joiners, the soft hyphen, BOM, the tag characters that spell
 * hidden text) and whatever else Unicode says to ignore when not shown (variation selectors, the
 * blank Hangul fillers). Red team: tag characters carried a hidden instruction into the PR
 * comment, and variation selectors can carry bytes. An emoji's variation selector is written
 * out too: a gate's report shows what is there.
 */
const INVISIBLE = new RegExp(`[\\p{Cc}\\p{Zl}\\p{Zp}${INVISIBLE_CLASS}]`, 'gu');
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Longest text any sink shows for one value; a 10 KB folder name is cut with `…`. */
export const SHOWN_LIMIT = 2_000;

/**
 * Combining marks that draw over other text rather than on one letter: enclosing marks (a circle,
 * a prohibition sign round a letter) and overlays (a stroke through it), from Unicode's combining
 * class 1; and a run of more than MAX_MARKS marks of any kind, which stacks over the lines
 * around it (review: spacing marks put between nonspacing ones must not restart the count). Fourth red team: a version "2.3.0 F̶A̶I̶L̶" drew a strike-through in the job summary.
 * Letters with their accents (é, ệ, Hebrew points, Burmese and Tibetan syllables, whose spacing
 * marks are no part of a run) are left as written.
 */
const DRAWN_OVER_CLASS = '\\p{Me}\\u0334-\\u0338\\u1CD4\\u1CE2-\\u1CE8\\u20D2\\u20D3\\u20D8-\\u20DA\\u20E5\\u20E6\\u20EA\\u20EB\\u{10A39}\\u{16AF0}-\\u{16AF4}\\u{1BC9E}\\u{1D167}-\\u{1D169}';
const DRAWN_OVER = new RegExp(`[${DRAWN_OVER_CLASS}]|\\p{M}{9,}`, 'gu');
const DRAWN_OVER_MARK = new RegExp(`^[${DRAWN_OVER_CLASS}]$`, 'u');
/** The most marks in a row shown as written: languages write up to five or six (review: Burmese has five in a row, two of them spacing). */
const MAX_MARKS = 8;

/** A character written out as an escape. */
function escaped(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/** Text with every invisible or line-breaking character, and marks drawn over other text, written out as an escape. */
export function visibleText(text: string, limit = SHOWN_LIMIT): string {
  let clipped = text;
  if (text.length > limit) {
    // Never cut between the two halves of a character outside the BMP (an emoji, say).
    const code = text.charCodeAt(limit - 2);
    const end = code >= 0xd800 && code <= 0xdbff ? limit - 2 : limit - 1;
    clipped = `${text.slice(0, end)}…`;
  }
  return clipped.replace(INVISIBLE, escaped).replace(DRAWN_OVER, (match) => {
    if (DRAWN_OVER_MARK.test(match)) return escaped(match);
    // A run: the first marks as written (each escaped if it draws over), the rest escaped.
    return [...match].map((mark, i) => (i < MAX_MARKS && !DRAWN_OVER_MARK.test(mark) ? mark : escaped(mark))).join('');
  });
}

/**
 * For a terminal or a job log: visible text that cannot begin a workflow command. The runner
 * reads any log line whose first non-blank characters are `::` as a command, so a value that
 * would open a line that way has its first colon escaped.
 */
export function terminalText(text: string, limit = SHOWN_LIMIT): string {
  return visibleText(text, limit).replace(/^(\s*):(?=:)/u, '$1\\x3a');
}

/**
 * Markdown text, safe in a paragraph, a heading or a table cell: every character Markdown or
 * GitHub gives meaning to is backslash-escaped (so no HTML, link, image, emphasis, heading or
 * cell break, and `$` so no math), and `@name` / `#123` get a zero-width space so they mention
 * or link nobody; so do `scheme://` and `www.`, which GitHub would turn into a link (a bot's
 * comment lends a URL from a pull request its credibility: it is shown, not made clickable),
 * and emoji shortcodes, `GH-1` and commit ids.
 */
export function markdownText(text: string, limit = SHOWN_LIMIT): string {
  return (
    visibleText(text, limit)
      // GitHub renders these on the text after Markdown, so an escape does not stop them: an
      // emoji shortcode (:white_check_mark:), a GH-123 issue link, and a commit id (7 to 40 hex
      // digits with a letter and a digit), cut into pieces too short to name a commit.
      .replace(/:(?=[\w+-]{1,64}:)/gu, ':\u200b')
      .replace(/\b(GH)-(?=\d)/giu, '$1\u200b-')
      .replace(/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/giu, (id) => id.replace(/[0-9a-f]{6}(?=[0-9a-f])/giu, '$&\u200b'))
      .replace(/[\\`*_[\]<>#|~&$]/gu, '\\$&')
      .replace(/@\b/gu, '@\u200b')
      .replace(/\\#(?=\d)/gu, '\\#\u200b')
      .replace(/:(?=\/\/)/gu, ':\u200b')
      .replace(/\b(www)(?=\.)/giu, '$1\u200b')
  );
}

/**
 * An inline code span: shows the text as it is (backticks included) by fencing it with a longer
 * run of backticks than it holds. In a GFM table a `|` still splits the cell even inside code,
 * so `inTable` escapes it the way GFM reads it back.
 */
export function markdownCode(text: string, options: { inTable?: boolean; limit?: number } = {}): string {
  let body = visibleText(text, options.limit);
  if (body === '') return '` `';
  if (options.inTable) body = escapeTablePipes(body);
  let longest = 0;
  let run = 0;
  for (const char of body) {
    run = char === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space from each end when both have one, and a fence cannot touch a backtick.
  const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * GFM splits a table row at every `|` that is not escaped, and reads a backslash before any
 * punctuation (a backslash too) as an escape: so each `|` gets a backslash, and each backslash
 * already before it is doubled (`a\|b` would otherwise end the cell at its `|`). One pass.
 */
function escapeTablePipes(text: string): string {
  let out = '';
  let slashes = 0;
  for (const char of text) {
    if (char === '\\') {
      slashes++;
      continue;
    }
    if (char === '|') out += '\\'.repeat(2 * slashes) + '\\|';
    else out += '\\'.repeat(slashes) + char;
    slashes = 0;
  }
  return out + '\\'.repeat(slashes);
}

/** Text inside raw HTML (a `<summary>`), where backslash escapes do not apply. */
export function htmlText(text: string, limit = SHOWN_LIMIT): string {
  return visibleText(text, limit)
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&#39;')
    .replace(/@\b/gu, '@\u200b')
    .replace(/#(?=\d)/gu, '#\u200b');
}

/**
 * A link target: only an absolute http(s) URL, normalised and with the characters that would
 * end a Markdown link destination percent-encoded; anything else gives no link.
 */
export function markdownUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return parsed.href.replace(/[()<> \\`'"[\]]/gu, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * SARIF message text: plain, but `[text](n)` is an embedded link to a related location (SARIF
 * 2.1.0 §3.11.6), so brackets and backslashes are escaped as the spec says.
 */
export function sarifText(text: string, limit = SHOWN_LIMIT * 8): string {
  return visibleText(text, limit).replace(/[\\[\]]/gu, '\\$&');
}

/**
 * One CSV field (RFC 4180), for a file a spreadsheet will open: always quoted (quotes doubled),
 * control characters and line breaks written out as in visibleText, and a value a spreadsheet
 * would run as a formula (its first character, spaces aside, is `=`, `+`, `-`, `@`, a tab or a
 * carriage return) prefixed with `'` so it is shown as text (OWASP, "CSV injection").
 */
export function csvField(text: string, limit = SHOWN_LIMIT): string {
  const formula = /^\s*[=+\-@\t\r]/u.test(text);
  const shown = visibleText(text, limit);
  return `"${formula ? "'" : ''}${shown.replace(/"/gu, '""')}"`;
}

/** The escaping functions' edge cases (hostile-names.slow.test.ts renders them through every output). */
import { describe, expect, it } from 'vitest';
import { markdownCode, markdownText, terminalText, visibleText } from '../../src/report/escape.js';

describe('markdownCode', () => {
  it.each([
    ['an empty value', '', {}, '` `'],
    ['backticks inside', 'a`b', {}, '``a`b``'],
    ['a value starting with a backtick', '`a', {}, '`` `a ``'],
    ['a pipe in a table', 'a|b', { inTable: true }, '`a\\|b`'],
    ['an escaped pipe in a table: the backslash is doubled too', 'a\\|b', { inTable: true }, '`a\\\\\\|b`'],
    ['two backslashes before a pipe', 'a\\\\|b', { inTable: true }, '`a\\\\\\\\\\|b`'],
    ['a trailing backslash', 'a\\', { inTable: true }, '`a\\`'],
    ['a pipe outside a table', 'a|b', {}, '`a|b`'],
  ])('%s', (_label, text, options, expected) => {
    expect(markdownCode(text, options)).toBe(expected);
  });
});

describe('visibleText', () => {
  it('never cuts a character outside the BMP in half', () => {
    const cut = visibleText(`${'a'.repeat(8)}😀😀`, 10);
    expect(cut).toBe(`${'a'.repeat(8)}…`);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
  });
});

describe('every sink writes out what would not be seen', () => {
  // Red team: tag characters (U+E0000 to U+E007F) spelled a hidden instruction into the PR comment.
  const hidden = [...'approve'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
  it.each([
    ['tag characters', `sex${hidden}`, 'sex\\u{e0061}\\u{e0070}\\u{e0070}\\u{e0072}\\u{e006f}\\u{e0076}\\u{e0065}'],
    ['a zero-width space, joiners and a word joiner', 'a\u200bb\u200cc\u200dd\u2060e', 'a\\u{200b}b\\u{200c}c\\u{200d}d\\u{2060}e'],
    ['a soft hyphen', 'age\u00adband', 'age\\xadband'],
    ['variation selectors, an emoji\'s too', 'x\ufe00y\u{e0100}z ❤\ufe0f', 'x\\u{fe00}y\\u{e0100}z ❤\\u{fe0f}'],
    ['a Hangul filler, blank', 'a\u3164b', 'a\\u{3164}b'],
    ['bidi overrides and controls, as before', '\u202ex\u0007', '\\u{202e}x\\x07'],
    ['letters, accents and an emoji without a selector, as they are', 'é ü 😀 漢字', 'é ü 😀 漢字'],
    // Fourth red team: combining marks that strike through or enclose a value, or stack over the lines around it.
    ['a strike-through drawn with overlay marks', 'F\u0336A\u0336I\u0336L\u0336', 'F\\u{336}A\\u{336}I\\u{336}L\\u{336}'],
    ['an enclosing prohibition sign', 'ok\u20e0', 'ok\\u{20e0}'],
    ['ten accents stacked on one letter: eight shown, the rest written out', `e${'\u0301'.repeat(10)}`, `e${'\u0301'.repeat(8)}\\u{301}\\u{301}`],
    // Review: a spacing mark after every eight accents does not restart the count.
    ['accents with spacing marks between them', `x${'\u0301'.repeat(8)}\u0903\u0301`, `x${'\u0301'.repeat(8)}\\u{903}\\u{301}`],
    // Review: Burmese writes five marks in a row (လျှော့), Tibetan stacks subjoined letters.
    ['accents as languages write them, decomposed too', 'e\u0301 Vie\u0302\u0323t \u05e9\u05c1\u05bc\u05b8 လျှော့ བསྒྲུབས', 'e\u0301 Vie\u0302\u0323t \u05e9\u05c1\u05bc\u05b8 လျှော့ བསྒྲུབས'],
  ])('%s', (_, text, shown) => {
    expect(visibleText(text)).toBe(shown);
    expect(terminalText(text)).toBe(shown);
    expect(markdownText(text)).toBe(shown.replace(/\\/g, '\\\\')); // and Markdown escapes the backslash
  });
});


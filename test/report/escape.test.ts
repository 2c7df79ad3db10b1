/** The escaping functions' edge cases (hostile-names.slow.test.ts renders them through every output). */
import { describe, expect, it } from 'vitest';
import { markdownCode, visibleText } from '../../src/report/escape.js';

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

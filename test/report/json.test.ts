/**
 * The JSON report written in pieces is the same text as JSON.stringify(report, null, 2): for
 * the examples' report, and for any JSON value (fast-check).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../../src/engine/gate.js';
import { writeNewFile } from '../../src/fs/runner-files.js';
import { writeJson } from '../../src/report/json.js';
import { tempDir } from '../helpers/repo.js';

const text = (value: unknown) => {
  let out = '';
  writeJson(value, (chunk) => (out += chunk));
  return out;
};

describe('writeJson', () => {
  it("writes the examples' report as JSON.stringify does, to a file too", () => {
    const { report } = evaluateGate({ root: path.resolve(__dirname, '../..'), scanPath: 'examples', now: new Date('2026-06-01T00:00:00Z') });
    const expected = `${JSON.stringify(report, null, 2)}\n`;
    expect(text(report)).toBe(expected);
    const file = path.join(tempDir('modelgate-json-'), 'report.json');
    writeNewFile(file, (write) => writeJson(report, write));
    expect(fs.readFileSync(file, 'utf8')).toBe(expected);
    expect(() => writeNewFile(file, (write) => writeJson(report, write))).toThrow(/EEXIST/);
  });

  it.each([
    ['empty containers', { a: [], b: {}, c: [[], {}] }],
    ['undefined and functions dropped from objects, null in arrays', { a: undefined, b: () => 1, c: [undefined, () => 1, 'x'] }],
    ['a Date (toJSON)', { when: new Date('2026-01-02T03:04:05Z') }],
    ['strings that need escaping', { 'k"\n': 'line\nbreak\u2028"' }],
  ])('%s', (_label, value) => {
    expect(text(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => text(value) === `${JSON.stringify(value, null, 2)}\n`), { numRuns: 300 });
  });
});

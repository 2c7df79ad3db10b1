import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/load/json.js';

describe('parseJson', () => {
  it('parses natively and locates paths lazily', () => {
    const result = parseJson('{\n  "a": {\n    "b": [1, {"c": true}]\n  }\n}\n', 'f.json');
    if (!result.ok) throw new Error('expected ok');
    expect(result.doc.value).toEqual({ a: { b: [1, { c: true }] } });
    expect(result.doc.locate(['a', 'b', 1, 'c'])).toMatchObject({ line: 3, column: 20 });
    expect(result.doc.locate(['a'])).toMatchObject({ line: 2, column: 3 });
    expect(result.doc.locate(['a', 'nope'])).toMatchObject({ line: 2, column: 3 });
  });

  it('locateKey points at the member name that ends the path, whatever its value; a missing or item path as locate', () => {
    const result = parseJson('{\n  "a": {\n    "b": [1, {"c": true}]\n  }\n}\n', 'f.json');
    if (!result.ok) throw new Error('expected ok');
    expect(result.doc.locateKey(['a', 'b', 1, 'c'])).toMatchObject({ line: 3, column: 15 });
    expect(result.doc.locateKey(['a', 'b'])).toMatchObject({ line: 3, column: 5 });
    expect(result.doc.locateKey(['a', 'b', 1])).toEqual(result.doc.locate(['a', 'b', 1]));
    expect(result.doc.locateKey(['a', 'nope'])).toEqual(result.doc.locate(['a', 'nope']));
  });

  it.each([
    ['{\n  "a": 1,\n}\n', 'invalid JSON: trailing comma', 2, 9],
    ['{"a": }', 'invalid JSON: value expected', 1, 7],
    ['', 'invalid JSON: the file is empty', 1, 1],
    ['{"a": 1} trailing', 'invalid JSON: invalid symbol', 1, 10],
    // JSON.parse keeps the last of two equal keys; each is a located error at the second key.
    ['{\n  "passed": false,\n  "passed": true\n}\n', 'invalid JSON: duplicate key: the keys of an object must be unique', 3, 3],
    ['{"a": {"x": 1, "y": {"x": 2}}, "b": [{"k": 1}, {"k": 2, "k": 3}]}', 'invalid JSON: duplicate key: the keys of an object must be unique', 1, 57],
    ['{"a": {"x": 1, "x": 2}, "a": 3}', 'invalid JSON: duplicate key: the keys of an object must be unique', 1, 16],
    [String.raw`{"a\"": 1, "a\\": 2, "a\"": 3}`, 'invalid JSON: duplicate key: the keys of an object must be unique', 1, 22], // escaped quotes and backslashes inside keys
    [String.raw`{"\u0061": 1, "a": 2}`, 'invalid JSON: duplicate key: the keys of an object must be unique', 1, 15], // the same key, written two ways
  ])('reports %j at its line without quoting the text', (text, message, line, column) => {
    const result = parseJson(text, 'f.json');
    expect(result).toEqual({ ok: false, error: { message, line, column } });
  });

  it('refuses nesting deeper than the cap', () => {
    const result = parseJson(`${'['.repeat(70)}${']'.repeat(70)}`, 'f.json');
    expect(result).toEqual({ ok: false, error: { message: 'JSON is nested more than 64 levels deep', line: 1, column: 1 } });
  });
});

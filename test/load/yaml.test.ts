import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/yaml.js';

const ok = (text: string, lineOffset = 0) => {
  const result = parseYaml(text, { file: 'f.yaml', lineOffset });
  if (!result.ok) throw new Error(result.error.message);
  return result.doc;
};

describe('parseYaml', () => {
  it('locates keys, values and list items (1-based)', () => {
    const doc = ok('a:\n  b: 1\n  list:\n    - x: 2\n    - y\n');
    expect(doc.locate(['a', 'b'])).toMatchObject({ line: 2, column: 6 });
    expect(doc.locate(['a', 'list'])).toMatchObject({ line: 3, column: 3 });
    expect(doc.locate(['a', 'list', 1])).toMatchObject({ line: 5, column: 7 });
    expect(doc.locate(['a', 'list', 0, 'x'])).toMatchObject({ line: 4, column: 10 });
  });

  it('falls back to the nearest existing ancestor for missing paths', () => {
    const doc = ok('a:\n  b: 1\nc: 2\n');
    expect(doc.locate(['a', 'missing'])).toMatchObject({ line: 1, column: 1 });
    expect(doc.locate(['zzz'])).toMatchObject({ line: 1, column: 1 });
  });

  it('adds a line offset for embedded YAML (front matter)', () => {
    expect(ok('x: 1\ny: 2\n', 1).locate(['y'])).toMatchObject({ line: 3 });
  });

  it('reads YAML 1.2: "no" stays text, dates stay text', () => {
    expect(ok('language: [no, en]\ndate: 2026-01-01\n').value).toEqual({ language: ['no', 'en'], date: '2026-01-01' });
  });

  it('keeps __proto__ as an ordinary key and leaves Object.prototype alone', () => {
    const value = ok('__proto__: { polluted: true }\nconstructor: x\n').value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['a: [1, 2\n', /^invalid YAML: /, 1],
    ['a: 1\na: 2\n', /^invalid YAML: Map keys must be unique/, 2],
    // A mapping's own repeated key is reported before one deeper in it (as the package orders them).
    ['a:\n  x: 1\n  x: 2\na: 3\n', /^invalid YAML: Map keys must be unique/, 4],
    ['list:\n  - {k: 1, k: 2}\nlist: 2\n', /^invalid YAML: Map keys must be unique/, 3],
    ['a: *missing\n', /^invalid YAML: /, 1],
    ['\ta: 1\n', /^invalid YAML: /, 1],
  ])('reports %j as a located failure', (text, message, line) => {
    const result = parseYaml(text, { file: 'f.yaml' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(message);
      expect(result.error.line).toBe(line);
    }
  });

  it.each([100, 5000])('refuses a document nested %i deep with one message, at line 1, however deep the stack reaches', (depth) => {
    // 5,000 runs the parser out of stack on any thread; 100 is measured. Worker threads have a
    // deeper stack than the main thread, so the two cases must read the same.
    const deep = `${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    const result = parseYaml(deep, { file: 'f.yaml' });
    expect(result).toEqual({ ok: false, error: { message: 'YAML is nested more than 64 levels deep', line: 1, column: 1 } });
  });
});

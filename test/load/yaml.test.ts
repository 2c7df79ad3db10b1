import { describe, expect, it } from 'vitest';
import { composedYamlBudget, MAX_COMPOSED_CHARS, chargedToBase, parseYaml, parseYamlComposed } from '../../src/load/yaml.js';

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

  it('locateKey points at the key that ends the path, whatever its value; a missing or list path as locate', () => {
    const doc = ok('a:\n  b: 1\n  list:\n    - x: 2\n');
    expect(doc.locateKey(['a', 'b'])).toMatchObject({ line: 2, column: 3 });
    expect(doc.locateKey(['a', 'list', 0, 'x'])).toMatchObject({ line: 4, column: 7 });
    expect(doc.locateKey(['a', 'list', 0])).toEqual(doc.locate(['a', 'list', 0]));
    expect(doc.locateKey(['a', 'nope'])).toEqual(doc.locate(['a', 'nope']));
  });

  it('falls back to the nearest existing ancestor for missing paths', () => {
    const doc = ok('a:\n  b: 1\nc: 2\n');
    expect(doc.locate(['a', 'missing'])).toMatchObject({ line: 1, column: 1 });
    expect(doc.locate(['zzz'])).toMatchObject({ line: 1, column: 1 });
  });

  it('adds a line offset for embedded YAML (front matter)', () => {
    expect(ok('x: 1\ny: 2\n', 1).locate(['y'])).toMatchObject({ line: 3 });
  });

  // YAML 1.2 (5.4, b-break): a carriage return alone ends a line as a line feed does. The `yaml`
  // package reads it as text (eemeli/yaml#595), so "a: 1\rb: 2" was one key.
  it.each([
    ['a mapping', 'a: 1\rb:\r  - x\r', { a: 1, b: ['x'] }, ['b', 0], { line: 3, column: 5 }],
    ['a comment line first', '# note\rid: x\r', { id: 'x' }, ['id'], { line: 2, column: 5 }],
    ['a quoted scalar across lines (folded)', 'a: "one\r  two"\rb: 2\r', { a: 'one two', b: 2 }, ['b'], { line: 3, column: 4 }],
    ['a literal block scalar (its breaks become line feeds)', 'a: |\r  one\r  two\rb: 2\r', { a: 'one\ntwo\n', b: 2 }, ['b'], { line: 4, column: 4 }],
    ['CR alone mixed with CRLF and LF', 'a: 1\r\nb: 2\rc: 3\n', { a: 1, b: 2, c: 3 }, ['c'], { line: 3, column: 4 }],
  ] as const)('reads a carriage return alone as a line break: %s', (_, text, value, at, position) => {
    for (const parse of [parseYaml, parseYamlComposed]) {
      const result = parse(text, { file: 'f.yaml' });
      if (!result.ok) throw new Error(result.error.message);
      expect(result.doc.value).toEqual(value);
      expect(result.doc.locate([...at])).toMatchObject(position);
    }
  });

  it.each(['a: 1\nb: [x\nc: 2\n', 'a: 1\nb: 2\nb: 3\n', 'a: 1\n\tb: 2\n'])('reports the error in %j at the same line and column with carriage returns alone', (text) => {
    const lf = parseYaml(text, { file: 'f.yaml' });
    expect(lf.ok).toBe(false);
    expect(parseYaml(text.replace(/\n/g, '\r'), { file: 'f.yaml' })).toEqual(lf);
  });

  // What docs/manifest.md ("How YAML is read") promises.
  it.each([
    ['yes, no, on, off are text', 'a: [yes, no, on, off, true, False]\n', { a: ['yes', 'no', 'on', 'off', true, false] }],
    ['010 is ten, 0o10 is octal', 'a: 010\nb: 0o10\nc: 0x1F\n', { a: 10, b: 8, c: 31 }],
    ['<< is an ordinary key', 'base: &b {x: 1}\nc:\n  <<: *b\n  y: 2\n', { base: { x: 1 }, c: { '<<': { x: 1 }, y: 2 } }],
    ['a byte order mark is skipped', '\ufeffa: 1\r\n', { a: 1 }],
    ['%YAML 1.1 is read as it asks', '%YAML 1.1\n---\na: yes\nb: 010\n', { a: true, b: 8 }],
  ])('reads YAML 1.2 core: %s', (_, text, value) => {
    expect(ok(text).value).toEqual(value);
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
    // The first repeated key in reading order, as the package reports them.
    ['a:\n  x: 1\n  x: 2\na: 3\n', /^invalid YAML: Map keys must be unique/, 3],
    ['list:\n  - {k: 1, k: 2}\nlist: 2\n', /^invalid YAML: Map keys must be unique/, 2],
    ['a: *missing\n', /^invalid YAML: /, 1],
    ['\ta: 1\n', /^invalid YAML: /, 1],
    // A second document (a Kubernetes-style file, or one config appended to another) is not read silently.
    ['a: 1\n---\nb: 2\n', /^invalid YAML: a second document starts here \(after "---" or "..."\): modelgate reads one document per file; put it in a file of its own$/, 2],
  ])('reports %j as a located failure', (text, message, line) => {
    const result = parseYaml(text, { file: 'f.yaml' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(message);
      expect(result.error.line).toBe(line);
    }
  });

  // From a new user: "Nested mappings are not allowed in compact mappings", at the key above the
  // line indented too far, said neither what was wrong nor where.
  it.each([
    ['a value that holds ": "', 'id: x\naccountableOwner: Head of X: Jane\n', 'invalid YAML: the value holds ": " (a colon and a space), which starts a mapping there; put the value in quotes', 2, 19],
    ['a value that holds ": ", with CRLF line ends', 'id: x\r\nowner: a: b\r\n', 'invalid YAML: the value holds ": " (a colon and a space), which starts a mapping there; put the value in quotes', 2, 8],
    [
      'a line indented deeper than the key above it, which has a value',
      'owner:\n  team: ml\n\n    contact: x\n',
      'invalid YAML: this line is indented deeper than the key on line 2, which already has a value; indent it as far as the keys beside it, or, if it goes on with that value, put the whole value in quotes',
      4,
      5,
    ],
    // The review: the column was inside a quoted key, or at the spaces before the value.
    ['a quoted key that holds ": "', 'id: x\n"a: b": c: d\n', 'invalid YAML: the value holds ": " (a colon and a space), which starts a mapping there; put the value in quotes', 2, 9],
    ['spaces before the value', 'id: x\nkey:   value: x\n', 'invalid YAML: the value holds ": " (a colon and a space), which starts a mapping there; put the value in quotes', 2, 8],
    ['a list item', 'items:\n  - name: a: b\n', 'invalid YAML: the value holds ": " (a colon and a space), which starts a mapping there; put the value in quotes', 2, 11],
  ])('says what a nested mapping error means, and where: %s', (_name, text, message, line, column) => {
    expect(parseYaml(text, { file: 'f.yaml' })).toEqual({ ok: false, error: { message, line, column } });
  });

  it.each([
    ['flow', (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}\n`],
    ['block', (depth: number) => Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n'],
    // Any other error in it too: the depth is decided first, whatever a thread's stack could take.
    ['flow, with a repeated key and a syntax error', (depth: number) => `id: a\nid: b\nx: ${'['.repeat(depth)}${']'.repeat(depth - 1)}\n`],
  ])('refuses a %s document nested too deep with one message at line 1, however deep', (_, make) => {
    for (const depth of [65, 1500, 5000]) {
      // A block 5000 deep is 12 MB of indentation: over what the full reader reads (and the file cap).
      const message = make(depth).length > MAX_COMPOSED_CHARS ? expect.stringMatching(/^the file is not read: it needs the full YAML reader/) : 'YAML is nested more than 64 levels deep';
      expect(parseYaml(make(depth), { file: 'f.yaml' })).toEqual({ ok: false, error: { message, line: 1, column: 1 } });
    }
    expect(parseYaml(make(63), { file: 'f.yaml' }).ok).toBe(make(63).startsWith('id:') ? false : true);
  });

  it('a document nested too deep in front matter is reported at its first line', () => {
    const result = parseYaml(`${'['.repeat(100)}${']'.repeat(100)}\n`, { file: 'README.md', lineOffset: 1 });
    expect(result).toMatchObject({ ok: false, error: { line: 2 } });
  });
});

// What the `yaml` package composes (anchors, tags, …) costs about 3 s a megabyte: a red-team
// helper ran the gate out of memory with 16 cited files of 4.9 MB with an anchor each.
describe('texts only the full YAML reader reads', () => {
  /** `chars` characters of YAML with an anchor, so js-yaml leaves it to the `yaml` package. */
  const anchored = (chars: number) => {
    const head = 'base: &b 1\nitems:\n';
    const item = '  - { k: v, j: 1 }\n';
    return head + item.repeat(Math.ceil((chars - head.length) / item.length));
  };

  it('are refused over MAX_COMPOSED_CHARS, without being composed', () => {
    const parsed = parseYaml(`${anchored(MAX_COMPOSED_CHARS)}  - x\n`, { file: 'big.yaml', lineOffset: 3 });
    expect(parsed).toEqual({
      ok: false,
      error: { message: expect.stringMatching(/^the file is not read: it needs the full YAML reader \(anchors and aliases, tags, .*\), which reads such a file up to 1\.0 MB, and it is 1\.0 MB; write it without them \(or as JSON\), or split it$/), line: 4, column: 1 },
    });
    // The same size without an anchor is js-yaml's, under the file cap alone.
    expect(parseYaml(`${anchored(MAX_COMPOSED_CHARS).replace('&b ', '')}  - x\n`, { file: 'big.yaml' }).ok).toBe(true);
  });

  it("share a budget within one system's check, and have none outside it", () => {
    const text = anchored(400 * 1024);
    composedYamlBudget(1024 * 1024); // COMPOSED_CHARS_PER_SYSTEM in a system's check; less here, to be quick
    try {
      expect([1, 2, 3].map(() => parseYaml(text, { file: 'r.yaml' }))).toEqual([
        expect.objectContaining({ ok: true }),
        expect.objectContaining({ ok: true }),
        {
          ok: false,
          error: { message: expect.stringMatching(/which reads up to 4\.0 MB of such files for one system, and this system's files have used all but 0\.2 MB of it$/), line: 1, column: 1 },
        },
      ]);
    } finally {
      composedYamlBudget(undefined);
    }
    expect(parseYaml(text, { file: 'r.yaml' }).ok).toBe(true);
  });

  it('are located as the composed document locates them, its document composed again on demand', () => {
    const text = anchored(200 * 1024);
    const parsed = parseYaml(text, { file: 'r.yaml' });
    const composed = parseYamlComposed(text, { file: 'r.yaml' });
    if (!parsed.ok || !composed.ok) throw new Error('both read it');
    for (const path of [['base'], ['items', 0, 'k'], ['items', 5000, 'j'], ['items']]) expect(parsed.doc.locate(path)).toEqual(composed.doc.locate(path));
  });
});

describe("the base commit's budget", () => {
  it("is the base's own: the system's is untouched by it, and it runs out as the system's does", () => {
    const head = 'base: &b 1\nitems:\n';
    const text = head + '  - { k: v, j: 1 }\n'.repeat(20_000);
    composedYamlBudget(text.length + 10);
    try {
      expect(chargedToBase(() => parseYaml(text, { file: 'base.yaml' }).ok)).toBe(true);
      expect(parseYaml(text, { file: 'head.yaml' }).ok).toBe(true); // the system's whole budget is still there
      expect(parseYaml(text, { file: 'head2.yaml' }).ok).toBe(false);
      expect(chargedToBase(() => parseYaml(text, { file: 'base2.yaml' }).ok)).toBe(false);
    } finally {
      composedYamlBudget(undefined);
    }
  });
});

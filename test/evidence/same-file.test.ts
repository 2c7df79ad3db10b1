/**
 * Which file a tool names is which artifact the manifest ships (src/evidence/same-file.ts): the
 * pairs as sameFile decides them, and SameFileIndex finding exactly those pairs by lookup.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { artifactKey, MAX_PATH_CHARS, MAX_PATH_SEGMENTS, sameFile, SameFileIndex, toolFileKey, uncomparable } from '../../src/evidence/same-file.js';

const RUNS = Number(process.env.MODELGATE_FC_RUNS ?? 300);

describe('sameFile', () => {
  it.each([
    ['model/scorer.pkl', 'scorer.pkl', true],
    ['scorer.pkl', 'model/scorer.pkl', true],
    ['./model/bundle.zip', 'bundle.zip:data.pkl', true],
    ['model\\scorer.pkl', './model/scorer.pkl', true],
    ['model/scorer.pkl', 'other-scorer.pkl', false],
    ['model/scorer.pkl', 'model/scorer.pkl.bak', false],
    ['model/scorer.pkl', 'del/scorer.pkl', false],
    ['', 'scorer.pkl', false],
  ])('matches artifact %j with the tool file %j: %s', (artifact, toolFile, same) => {
    expect(sameFile(artifact, toolFile)).toBe(same);
  });
});

describe('SameFileIndex', () => {
  // Paths from a few segments, so that many share names and suffixes, with the spellings tools use.
  const segment = fc.constantFrom('model.pkl', 'scorer.pkl', 'm', 'models', 'a', '', '.', 'bundle.zip:data.pkl');
  const pathOf = fc.tuple(fc.constantFrom('', './', './/'), fc.array(segment, { minLength: 1, maxLength: 4 }), fc.constantFrom('/', '\\')).map(([lead, parts, sep]) => lead + parts.join(sep));

  it('finds exactly the files sameFile pairs with an artifact, in the order they were added, and has() agrees', () => {
    fc.assert(
      fc.property(fc.array(pathOf, { maxLength: 12 }), fc.array(pathOf, { maxLength: 6 }), (toolFiles, artifacts) => {
        const index = new SameFileIndex<number>();
        toolFiles.forEach((file, i) => index.add(toolFileKey(file), i));
        for (const artifact of artifacts) {
          const expected = toolFiles.flatMap((file, i) => (sameFile(artifact, file) ? [i] : []));
          expect(index.matching(artifactKey(artifact))).toEqual(expected);
          expect(index.has(artifactKey(artifact))).toBe(expected.length > 0);
          expect(index.first(artifactKey(artifact))).toBe(expected[0]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('indexes artifacts too: a tool file is looked up among them', () => {
    const index = new SameFileIndex<string>();
    for (const artifact of ['models/a/model.pkl', 'models/b/model.pkl', 'bundle.zip']) index.add(artifactKey(artifact), artifact);
    expect(['a/model.pkl', 'model.pkl', 'bundle.zip:data.pkl', 'c/model.pkl'].map((file) => index.matching(toolFileKey(file)))).toEqual([
      ['models/a/model.pkl'],
      ['models/a/model.pkl', 'models/b/model.pkl'],
      ['bundle.zip'],
      [],
    ]);
  });

  it('holds no key longer than a path can be or deeper than it compares, and says which it left out', () => {
    const deep = `${'d/'.repeat(MAX_PATH_SEGMENTS)}model.pkl`;
    const long = `${'x'.repeat(MAX_PATH_CHARS)}/model.pkl`;
    expect([uncomparable(`${'d/'.repeat(MAX_PATH_SEGMENTS - 1)}model.pkl`), uncomparable(deep), uncomparable('x'.repeat(MAX_PATH_CHARS)), uncomparable(long)]).toEqual([
      undefined,
      'deeper than 64 folders',
      undefined,
      'longer than 4,096 characters',
    ]);
    const index = new SameFileIndex<string>();
    for (const file of ['a/model.pkl', deep, long]) index.add(toolFileKey(file), file);
    expect(index.missed).toEqual({ key: deep, why: 'deeper than 64 folders' });
    expect([index.matching('model.pkl'), index.matching(deep), index.has(long)]).toEqual([['a/model.pkl'], [], false]);
    // Failing closed: any key may be the same file as one the index left out.
    expect([index.mayHave('other.pkl'), new SameFileIndex<string>().mayHave('other.pkl'), new SameFileIndex<string>().mayHave(deep)]).toEqual([true, false, true]);
  });

  it('stops holding keys past its size, and says so', () => {
    const index = new SameFileIndex<number>();
    // 10 suffixes a key: the index holds 200,000 suffixes.
    for (let i = 0; i < 20_001; i++) index.add(`${'s/'.repeat(9)}m${i}.pkl`, i);
    expect(index.missed?.why).toBe('past the 200,000 path suffixes modelgate compares in one file');
    expect(index.missed?.key).toBe(`${'s/'.repeat(9)}m20000.pkl`);
    expect(index.has('m19999.pkl')).toBe(true);
  });

  it('lists any number of matches (150,000 files of one name)', () => {
    const index = new SameFileIndex<number>();
    for (let i = 0; i < 150_000; i++) index.add('model.onnx', i);
    expect(index.matching('d0/model.onnx').length).toBe(150_000);
    expect(index.matchingLists('d0/model.onnx').map((list) => list.length)).toEqual([150_000]);
  });
});

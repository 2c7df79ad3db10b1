/**
 * Which file a tool names is which artifact the manifest ships (src/evidence/same-file.ts): the
 * pairs as sameFile decides them, and SameFileIndex finding exactly those pairs by lookup.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { artifactKey, sameFile, SameFileIndex, toolFileKey } from '../../src/evidence/same-file.js';

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
});

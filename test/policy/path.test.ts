import { describe, expect, it } from 'vitest';
import { parseField, parseGiven, select, WILDCARD } from '../../src/policy/path.js';

describe('given paths', () => {
  it('parses dots, quoted keys, indices and wildcards', () => {
    expect(parseGiven("$.manifest.data.datasets[*]['card'][0].*")).toEqual(['manifest', 'data', 'datasets', WILDCARD, 'card', 0, WILDCARD]);
    expect(parseField('personalData.present')).toEqual(['personalData', 'present']);
  });

  it.each(['manifest', '$manifest', '$.a[?(@.x)]', '$..a'])('rejects %j', (expression) => {
    expect(() => parseGiven(expression)).toThrow();
  });

  it('rejects wildcards in fields', () => expect(() => parseField('a[*]')).toThrow(/wildcard/));

  it('selects every match with its concrete path and skips what is absent', () => {
    const root = { manifest: { data: { datasets: [{ id: 'a' }, { id: 'b' }] } } };
    expect(select(root, parseGiven('$.manifest.data.datasets[*].id'))).toEqual([
      { value: 'a', path: ['manifest', 'data', 'datasets', 0, 'id'] },
      { value: 'b', path: ['manifest', 'data', 'datasets', 1, 'id'] },
    ]);
    expect(select(root, parseGiven('$.manifest.bias.reports[*]'))).toEqual([]);
    expect(select({ manifest: { toString: 1 } }, parseGiven('$.manifest.constructor'))).toEqual([]);
  });
});

describe('select', () => {
  const root = {
    manifest: {
      data: { datasets: [{ id: 'a', tags: ['x', 'y'] }, { id: 'b' }, 'not-a-mapping', { id: 'c', tags: ['z'] }] },
      owners: { lead: 'ana', backup: 'ben' },
      list: ['p', 'q'],
      numbered: { 0: 'zero' },
    },
  };

  it.each([
    ['nested wildcards, in document order', '$.manifest.data.datasets[*].tags[*]', [
      { value: 'x', path: ['manifest', 'data', 'datasets', 0, 'tags', 0] },
      { value: 'y', path: ['manifest', 'data', 'datasets', 0, 'tags', 1] },
      { value: 'z', path: ['manifest', 'data', 'datasets', 3, 'tags', 0] },
    ]],
    ['a wildcard over a mapping', '$.manifest.owners.*', [
      { value: 'ana', path: ['manifest', 'owners', 'lead'] },
      { value: 'ben', path: ['manifest', 'owners', 'backup'] },
    ]],
    ['an index within range', '$.manifest.list[1]', [{ value: 'q', path: ['manifest', 'list', 1] }]],
    ['an index past the end', '$.manifest.list[2]', []],
    ['a name on a list', "$.manifest['list'].length", []],
    ['an index on a mapping with that key', '$.manifest.numbered[0]', [{ value: 'zero', path: ['manifest', 'numbered', 0] }]],
    ['a step through a scalar', '$.manifest.owners.lead.x', []],
    ['the root', '$', [{ value: root, path: [] }]],
  ])('%s: %s', (_what, given, expected) => {
    expect(select(root, parseGiven(given))).toEqual(expected);
  });

  it('gives each target a path of its own, after the base', () => {
    const targets = select(root.manifest, parseGiven('$.data.datasets[*].id'), ['manifest']);
    expect(targets.map((t) => t.path)).toEqual([
      ['manifest', 'data', 'datasets', 0, 'id'],
      ['manifest', 'data', 'datasets', 1, 'id'],
      ['manifest', 'data', 'datasets', 3, 'id'],
    ]);
    (targets[0]?.path as unknown[]).push('changed');
    expect(targets[1]?.path).toEqual(['manifest', 'data', 'datasets', 1, 'id']);
  });
});

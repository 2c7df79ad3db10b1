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

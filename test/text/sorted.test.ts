import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../src/text/sorted.js';

describe('lowerBound', () => {
  const sorted = ['a/x', 'models/churn/a.pkl', 'models/churn/b/model.pt', 'models/churn2/c.pt', 'z'];
  it.each<[string, number]>([
    ['', 0],
    ['a/x', 0],
    ['b', 1],
    ['models/churn/', 1],
    ['models/churn/b', 2],
    ['models/churn2/', 3],
    ['zz', 5],
  ])('puts %j at %i', (key, index) => {
    expect(lowerBound(sorted, key)).toBe(index);
  });

  it('is 0 in an empty list', () => {
    expect(lowerBound([], 'a')).toBe(0);
  });
});

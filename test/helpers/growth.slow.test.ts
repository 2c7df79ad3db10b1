import { describe, expect, it } from 'vitest';
import { growthExponent, LINEAR_GROWTH_LIMIT } from './growth.js';

// The growth tests are only as good as this measure: it must pass linear work and fail quadratic.
describe('growthExponent', () => {
  const linear = (n: number) => () => {
    let sum = 0;
    for (let i = 0; i < n * 2000; i++) sum += i % 7;
    return sum;
  };
  const quadratic = (n: number) => () => {
    let sum = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sum += (i ^ j) % 7;
    return sum;
  };

  it('passes linear work', () => {
    expect(growthExponent(linear, 2_000)).toBeLessThan(LINEAR_GROWTH_LIMIT);
  });

  it('fails quadratic work', () => {
    expect(growthExponent(quadratic, 2_000)).toBeGreaterThan(LINEAR_GROWTH_LIMIT);
  });
});

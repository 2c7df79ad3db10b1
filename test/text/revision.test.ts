import { describe, expect, it } from 'vitest';
import { sameRevision } from '../../src/text/revision.js';

// From a review: revisions written as a short commit id, unquoted digits or in capitals name the
// revision declared, and were reported as another.
describe('sameRevision', () => {
  it.each([
    ['v3', 'V3', true],
    [' 2026-07-01 ', '2026-07-01', true],
    [20260701, '20260701', true],
    ['9f3c2a1', '9f3c2a1b7e4d', true],
    ['9F3C2A1B7E4D', '9f3c2a1', true],
    ['9f3c2a', '9f3c2a1b7e4d', false], // six hex digits name no commit
    ['9f3c2a1', '9f3c2b1b7e4d', false],
    ['2019-01-01', '2026-07-01', false],
    ['v3', undefined, false],
    ['', '', false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(sameRevision(a, b)).toBe(same);
    expect(sameRevision(b, a)).toBe(same);
  });
});

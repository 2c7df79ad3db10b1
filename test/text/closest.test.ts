import { describe, expect, it } from 'vitest';
import { closest, SuggestionBudget } from '../../src/text/closest.js';

describe('closest (did you mean)', () => {
  const TIERS = ['prohibited', 'high', 'limited', 'minimal'];
  it.each([
    ['a letter left out', 'limted', TIERS, 'limited'],
    ['a letter added', 'highh', TIERS, 'high'],
    ['a letter changed', 'minimel', TIERS, 'minimal'],
    ['a difference of case alone', 'Minimal', TIERS, 'minimal'],
    ['the word itself is no suggestion', 'high', TIERS, undefined],
    ['nothing close', 'unacceptable', TIERS, undefined],
    ['an empty word', '', TIERS, undefined],
    ['no candidates', 'high', [], undefined],
    ['of two as close, the first listed', 'ab', ['ax', 'ay'], 'ax'],
  ])('%s', (_, word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
  });

  it.each([
    ['two neighbours swapped, one edit', 'hgih', TIERS, 1, 'high'],
    ['within the limit given', 'drfit.yaml', ['drift.yaml'], 1, 'drift.yaml'],
    ['past the limit given', 'outputs.yaml', ['inputs.yaml'], 2, undefined],
    ['a limit below zero allows nothing, not even a case difference', 'A', ['a'], -1, undefined],
  ])('%s', (_, word, candidates, limit, expected) => {
    expect(closest(word, candidates, limit)).toBe(expected);
  });

  it('closestWithin suggests while its budget lasts, then nothing, the budget once spent staying spent', () => {
    // Comparing "hgih" (4 characters) with the 4 tiers costs 4 × 5 × 5 = 100.
    const budget = new SuggestionBudget(250);
    expect(budget.closestWithin('hgih', TIERS)).toBe('high');
    expect(budget.closestWithin('limted', TIERS)).toBeUndefined(); // 4 × 7 × 7 = 196, over the 150 left
    expect(budget.closestWithin('hgih', TIERS)).toBeUndefined(); // the 150 were taken with the refusal
    expect(new SuggestionBudget(100).closestWithin('hgih', TIERS, 1)).toBe('high');
  });
});

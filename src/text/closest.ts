/**
 * "Did you mean": the known name a misspelt one most likely stands for. Used for manifest keys
 * and values, rule and control ids, pack settings, commands, and paths that do not exist.
 */

/**
 * The known name closest to `word`, if it is close enough to be a likely typo: at most
 * `maxDistance` edits away (by default a third of the word, and at least two).
 */
export function closest(word: string, candidates: readonly string[], maxDistance = Math.max(2, Math.floor(word.length / 3))): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  const lengthSlack = Math.min(5, maxDistance);
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) > lengthSlack) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // The word itself is no suggestion; the word in another case is ("Minimal" for "minimal").
  return best !== undefined && bestDistance <= maxDistance && best !== word ? best : undefined;
}

/**
 * Edits from `a` to `b`: an insertion, a deletion, a change, or two neighbours swapped ("drfit"
 * for "drift" is one slip of the fingers, not two changes).
 */
function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, (beforePrevious[j - 2] as number) + 1);
      current.push(distance);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The work a caller allows its suggestions, spent by closestWithin: comparing a word with n names
 * costs about n times the word's length squared. Whatever is compared comes from a repository,
 * which is untrusted: thousands of missing names against thousands of long ones must not stall
 * a check for a hint. The default is a few milliseconds, enough for hundreds of typos.
 */
export class SuggestionBudget {
  constructor(private left = 4_000_000) {}

  /** closest, while the budget lasts; undefined once it is spent. */
  closestWithin(word: string, candidates: readonly string[], maxDistance?: number): string | undefined {
    const cost = candidates.length * (word.length + 1) * (word.length + 1);
    if (!this.spend(cost)) return undefined;
    return maxDistance === undefined ? closest(word, candidates) : closest(word, candidates, maxDistance);
  }

  /** Takes `cost` from what is left; false, leaving nothing, when it does not cover it. */
  spend(cost: number): boolean {
    if (cost > this.left) {
      this.left = 0;
      return false;
    }
    this.left -= cost;
    return true;
  }
}

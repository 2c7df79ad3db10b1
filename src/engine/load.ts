/**
 * Everything the engine loads on demand (load/lazy.ts says why), in one call for the entry
 * points: the parsers and schema validators, the check functions, and the code that checks a
 * system. They are imported side by side.
 */
import { loadCheckFunctions } from '../evaluate/check-functions.js';
import { loadLibraries, onDemand } from '../load/lazy.js';

const checker = onDemand('the system checker is', () => import('./checking.js'));

/** What checks systems (checking.ts), once loadEngine has run. */
export const systemChecker = checker.get;

export async function loadEngine(): Promise<void> {
  await Promise.all([loadLibraries(), loadCheckFunctions(), checker.load()]);
}

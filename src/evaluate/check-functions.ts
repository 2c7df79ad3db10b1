/**
 * The check functions, loaded on demand (load/lazy.ts): with every evidence kind's, they are a
 * third of the CLI's code, and a policy names them long before (or without ever) running one.
 * A compiled rule binds its function by name when it first runs (policy.ts).
 */
import { onDemand } from '../load/lazy.js';
import type { CheckCatalogue } from '../policy/definition.js';

const functions = onDemand('the check functions are', () => import('./functions/index.js'));

export const loadCheckFunctions = functions.load;

export function checkFunctions(): ReturnType<typeof functions.get>['CHECK_FUNCTIONS'] {
  return functions.get().CHECK_FUNCTIONS;
}

/** The names and option schemas a pack's own rules are checked against, read when one is. */
export const CHECK_CATALOGUE: CheckCatalogue = {
  get: (name) => checkFunctions().get(name),
  keys: () => checkFunctions().keys(),
};

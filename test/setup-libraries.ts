// The parsers, schema validators and check functions are loaded on demand (src/load/lazy.ts); the tests call the
// engine directly, so they are loaded before every test file.
import fc from 'fast-check';
import { afterAll } from 'vitest';
import { loadEngine } from '../src/engine/load.js';
import { removeTempDirs } from './helpers/repo.js';

afterAll(removeTempDirs);

await loadEngine();

// Property tests (fast-check) try the same cases on every run unless told otherwise, so a red run
// means a change broke something, never that a random draw found something old: a gate's own CI
// must not fail by chance. `npm run test:explore` draws new cases (MODELGATE_FC_SEED=random, with
// more runs); MODELGATE_FC_SEED and MODELGATE_FC_PATH replay the seed and path a failure printed
// (docs/development.md#property-tests).
const FIXED_SEED = 20261206;
const given = (process.env.MODELGATE_FC_SEED ?? '').trim();
if (given !== 'random') {
  const seed = given === '' ? FIXED_SEED : Number(given);
  if (!Number.isSafeInteger(seed)) throw new Error(`MODELGATE_FC_SEED must be an integer or "random", not ${JSON.stringify(given)}`);
  const path = (process.env.MODELGATE_FC_PATH ?? '').trim();
  fc.configureGlobal({ seed, ...(path === '' ? {} : { path }) });
}

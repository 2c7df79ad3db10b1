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
// more runs); MODELGATE_FC_SEED=<seed> replays the seed a failure printed.
const FIXED_SEED = 20261206;
const seed = process.env.MODELGATE_FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed === undefined ? FIXED_SEED : Number(seed) });

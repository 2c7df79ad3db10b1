// The parsers, schema validators and check functions are loaded on demand (src/load/lazy.ts); the tests call the
// engine directly, so they are loaded before every test file.
import { afterAll } from 'vitest';
import { loadEngine } from '../src/engine/load.js';
import { removeTempDirs } from './helpers/repo.js';

afterAll(removeTempDirs);

await loadEngine();

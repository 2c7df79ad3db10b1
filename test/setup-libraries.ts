// The parsers and schema validators are loaded on demand (src/load/lazy.ts); the tests call the
// engine directly, so they are loaded before every test file.
import { loadLibraries } from '../src/load/lazy.js';

await loadLibraries();

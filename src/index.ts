// The GitHub Action's entry point (bundled to dist/index.js). All logic is in action.ts.
import { runAction } from './action.js';

await runAction();

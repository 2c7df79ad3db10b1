// The GitHub Action's entry point (bundled to dist/index.js). All logic is in action.ts.
import { runAction } from './action.js';

try {
  await runAction();
} catch (error) {
  // runAction reports its own errors; this only guards against a crash while reporting one.
  process.stderr.write(`modelgate: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}

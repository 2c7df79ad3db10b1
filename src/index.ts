// The GitHub Action's entry point (bundled to dist/index.js). All logic is in action/. The
// same file runs as the worker thread that runs the gate (engine/gate-thread.ts) and the ones that
// check systems in parallel (engine/pool.ts, engine/worker.ts).
import { fileURLToPath } from 'node:url';
import { runAction } from './action.js';
import { isGateWorker, runGateWorker } from './engine/gate-thread.js';
import { runSystemWorker, setupOf, systemWorkerBoot } from './engine/worker.js';
import { loadEngine } from './engine/load.js';

// The Action always reads documents: what it loads on demand is loaded up front (load/lazy.ts says why the CLI may not).
await loadEngine();
const systemWorker = await systemWorkerBoot();
if (isGateWorker()) {
  await runGateWorker();
} else if (systemWorker) {
  runSystemWorker(await setupOf(systemWorker));
} else {
  try {
    await runAction(fileURLToPath(import.meta.url));
  } catch (error) {
    // runAction reports its own errors; this only guards against a crash while reporting one.
    process.stderr.write(`modelgate: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}

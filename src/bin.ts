#!/usr/bin/env node
// The `modelgate` command (bundled to dist/cli/index.js). All logic is in cli.ts. The same file
// runs as the worker threads that check systems in parallel (engine/pool.ts, engine/worker.ts).
import { fileURLToPath } from 'node:url';
import { runCli } from './cli.js';
import { runSystemWorker, setupOf, systemWorkerBoot } from './engine/worker.js';
import { loadEngine } from './engine/load.js';
import { GATE_WORKER_ARG } from './engine/protocol.js';

/**
 * A stream's writer that stops writing once its reader has gone (`modelgate rules | head`): the
 * rest of the output has nowhere to go, and the exit code stays the command's own, not a crash.
 */
function writerOf(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

const workerBoot = await systemWorkerBoot();
if (workerBoot) {
  // A worker started to check systems: it loads the engine while the engine's thread may still
  // be finding them.
  const [setup] = await Promise.all([setupOf(workerBoot), loadEngine()]);
  runSystemWorker(setup);
} else if (process.argv.includes(GATE_WORKER_ARG) && (await import('./engine/gate-thread.js')).isGateWorker()) {
  // The gate's own thread (cli.ts runs `check` there on Node 22 and later; gate-thread.ts says why).
  await loadEngine();
  await (await import('./engine/gate-thread.js')).runGateWorker();
} else {
  const code = await runCli(process.argv.slice(2), {
    stdout: writerOf(process.stdout),
    stderr: writerOf(process.stderr),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    workerScript: fileURLToPath(import.meta.url),
  });
  process.exitCode = code;
}

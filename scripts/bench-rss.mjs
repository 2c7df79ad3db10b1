// Preloaded into each benchmarked process (node --import): on exit, write the process's own peak
// resident set size (KB) to file descriptor 3, where the benchmark reads it. The preload runs in
// worker threads too; only the main thread reports (RSS is the whole process's).
import { writeSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  process.on('exit', () => {
    try {
      writeSync(3, String(process.resourceUsage().maxRSS));
    } catch {
      // not run by the benchmark: no descriptor 3
    }
  });
}

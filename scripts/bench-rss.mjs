// Preloaded into each benchmarked process (node --import): on exit, write the process's own peak
// resident set size (KB) to file descriptor 3, where the benchmark reads it.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    writeSync(3, String(process.resourceUsage().maxRSS));
  } catch {
    // not run by the benchmark: no descriptor 3
  }
});

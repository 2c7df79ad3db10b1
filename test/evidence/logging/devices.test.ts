// Where a file destination keeps nothing (src/evidence/logging/types.ts discardingDevice): the
// spellings a review helper found passing as files, and files that only look like devices.
import { describe, expect, it } from 'vitest';
import { discardingDevice } from '../../../src/evidence/logging/types.js';

describe('a file destination that keeps nothing', () => {
  it.each(['/dev/null', '/dev/./null', '/dev/../dev/null', '/dev/zero', '/dev/stdout', '/dev/console', '/proc/self/fd/1', '/dev/urandom', '/dev/pts/0', '/dev/shm/x', 'NUL', 'nul:', 'C:\\NUL', '\\\\.\\NUL', 'C:\\logs\\NUL', 'NUL.txt', 'CON', 'CONOUT$', '\\\\?\\NUL'])('%j is a device', (path) => {
    expect(discardingDevice(path)).toBe(path);
  });

  it.each(['null', './dev/null', '/var/log/scoring/decisions.jsonl', '/var/log/console.log', 'C:\\logs\\nullable.log', '${env:LOG_PATH}'])('%j is a file', (path) => {
    expect(discardingDevice(path)).toBeUndefined();
  });
});

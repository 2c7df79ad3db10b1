// The engine's thread sleeps on the count of results sent (SENT) when the system it needs next is
// still being checked on a worker. It looks for results first, then sleeps; a result sent between
// the two must wake it at once. Before this was kept, the count was read after looking, so such a
// result left the thread asleep for the wait's whole second: at the end of most runs, with the
// last system, a second of 6 on 1,000 systems.
import { describe, expect, it } from 'vitest';
import { Watch } from '../../src/engine/pool.js';
import { heartbeat, SENT } from '../../src/engine/protocol.js';

function counters(lanes: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * (2 * lanes + 2)));
}

describe('the engine waiting for a worker', () => {
  it('does not sleep when a result was sent after it last looked for one', () => {
    const shared = counters(1);
    const watch = new Watch(shared);
    const seen = Atomics.load(shared, SENT); // read, then results looked for: none yet
    Atomics.add(shared, SENT, 1); // the worker posts its result and counts it
    expect(watch.wait(1, 'models/a/ai-system.yaml', seen)).toBe('not-equal');
  });

  it('a worker whose heartbeat stopped is named after the stall limit, whatever the count said', () => {
    const shared = counters(1);
    Atomics.store(shared, heartbeat(1), 3);
    const watch = new Watch(shared);
    const seen = Atomics.load(shared, SENT);
    Atomics.add(shared, SENT, 1);
    expect(watch.wait(1, 'models/a/ai-system.yaml', seen)).toBe('not-equal');
    // Ten minutes later, with the same heartbeat: stuck.
    const now = Date.now;
    Date.now = () => now() + 600_001;
    try {
      expect(() => watch.wait(1, 'models/a/ai-system.yaml', Atomics.load(shared, SENT))).toThrow(
        'a worker thread stopped answering while checking models/a/ai-system.yaml',
      );
    } finally {
      Date.now = now;
    }
  });
});

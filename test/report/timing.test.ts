/** The `--timing` table: slowest rules first, the rest summed, the steps before the rules last. */
import { describe, expect, it } from 'vitest';
import { RunTiming } from '../../src/evaluate/timing.js';
import { formatTiming } from '../../src/report/timing.js';

function timing(rules: Array<[string, number]>, steps: Array<[string, number]> = [], systems = 2): RunTiming {
  const run = new RunTiming();
  for (const [id, ms] of rules) run.rules.set(id, ms);
  for (const [step, ms] of steps) run.steps.set(step, ms);
  run.systems = systems;
  return run;
}

describe('formatTiming', () => {
  it('lists rules slowest first, then the steps, each with its share of the total', () => {
    const text = formatTiming(timing([['a/fast', 10], ['b/slow', 60]], [['manifest', 30]]));
    expect(text).toBe(
      "modelgate: timing of 2 systems on one thread (100 ms); a rule's time includes reading the evidence it is the first to ask for\n" +
        '| Rule       | Time (ms) | Relative |\n' +
        '| :--------- | --------: | -------: |\n' +
        '| b/slow     |      60.0 |    60.0% |\n' +
        '| a/fast     |      10.0 |    10.0% |\n' +
        '| (manifest) |      30.0 |    30.0% |\n',
    );
  });

  it.each([
    { shown: 1, rows: ['c/z', '(2 other rules)'], other: '5.0' },
    { shown: 2, rows: ['c/z', 'b/y', '(1 other rule)'], other: '1.0' },
    { shown: 3, rows: ['c/z', 'b/y', 'a/x'], other: undefined },
  ])('shows $shown rules and sums the rest on one line', ({ shown, rows, other }) => {
    const text = formatTiming(timing([['a/x', 1], ['b/y', 4], ['c/z', 9]]), shown);
    const names = text.split('\n').slice(3, -1).map((line) => line.split('|')[1]?.trim());
    expect(names).toEqual(rows);
    if (other) expect(text).toMatch(new RegExp(`\\(\\d other rules?\\) \\| +${other.replace('.', '\\.')} \\|`));
  });

  it('orders rules of equal time by id, so the table does not depend on the order rules ran in', () => {
    const names = (run: RunTiming) => formatTiming(run).split('\n').slice(3, -1).map((line) => line.split('|')[1]?.trim());
    expect(names(timing([['b/two', 5], ['a/one', 5]]))).toEqual(['a/one', 'b/two']);
    expect(names(timing([['a/one', 5], ['b/two', 5]]))).toEqual(['a/one', 'b/two']);
  });

  it("shows a pack's rule id as visible text: no terminal escape or workflow command gets through", () => {
    const text = formatTiming(timing([['acme/\u001b]8;;https://evil.example\u0007x\u001b[2J', 1], ['::error::forged', 1]]));
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(text).toContain('acme/\\x1b]8;;https://evil.example\\x07x\\x1b[2J');
    expect(text).not.toMatch(/^\s*::/m);
  });

  it('says 0.0% rather than dividing by nothing for a run with no systems', () => {
    expect(formatTiming(timing([], [], 0))).toBe(
      "modelgate: timing of 0 systems on one thread (0 ms); a rule's time includes reading the evidence it is the first to ask for\n" + '| Rule | Time (ms) | Relative |\n| :--- | --------: | -------: |\n',
    );
  });
});

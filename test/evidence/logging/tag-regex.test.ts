/**
 * Match_Regex as Fluent Bit reads it (Onigmo, Ruby syntax, a non-empty match at the start of
 * the tag), run without backtracking; what it does not read is refused, and where it could differ from
 * Onigmo it matches less.
 */
import { describe, expect, it } from 'vitest';
import { compileTagRegex } from '../../../src/evidence/logging/tag-regex.js';

const matches = (pattern: string, tag: string) => {
  const compiled = compileTagRegex(pattern);
  if (!compiled.ok) throw new Error(compiled.why);
  return compiled.test(tag);
};

describe('Match_Regex', () => {
  // Fluent Bit routes when onig_match, at the start of the tag, finds a match that is not empty.
  it.each([
    ['app', 'app.scoring.decisions', true],
    ['scoring', 'app.scoring.decisions', false],
    ['decisions$', 'app.scoring.decisions', false],
    ['.*decisions$', 'app.scoring.decisions', true],
    ['^app\\.(scoring|audit)\\.', 'app.audit.x', true],
    ['^app\\.(?:scoring|audit)\\.', 'app.other.x', false],
    ['^(?<kind>kube|service)\\.(.*)', 'service.x', true],
    ['kube.var.log.containers.*_p3_.*-(\\w|\\.){4}$', 'kube.var.log.containers.pod_p3_c-ab.d', true],
    ['^[a-c]+\\d{2,3}$', 'abc12', true],
    ['^[a-c]+\\d{2,3}$', 'abc1234', false],
    ['^[^.]+$', 'a.b', false],
    ['^x{,2}y', 'xxy', true],
    ['^x{,2}y', 'xxxy', false],
    ['^x{2}$', 'xx', true],
    // Ruby syntax: x{2}? is (?:x{2})?, not a lazy x{2}.
    ['x{2}?y', 'y', true],
    ['a.c', 'a\nc', false],
    ['a\\Z', 'a\n', true],
    ['a\\z', 'a\n', false],
    ['a$', 'a\nb', true],
    ['/app\\./', 'app.x', true],
    ['/app\\./', '/app./', false],
    ['/app/o', '/app/o', true],
    ['app/i', 'app/i', true],
    // An empty match does not route: the first match Onigmo finds must hold a character.
    ['', 'app', false],
    ['a*', 'b', false],
    ['a*', 'ab', true],
    ['a*?', 'aa', false],
    ['a*?b', 'aab', true],
    ['(|a)', 'a', false],
    ['(a|)', 'a', true],
    ['^', 'a', false],
    ['.*', 'a', true],
    ['.*', '', false],
    ['(a+)*b', 'aaab', true],
    ['^\\w+$', 'café', false],
    ['^\\W$', 'é', false],
    ['^[^\\d]$', 'é', false],
    ['^[^a]$', 'é', true],
    ['^.$', '😀', true],
    ['^\\s$', '\v', false],
    ['^\\S$', '\v', false],
    ['^[^\\s]$', '\v', false],
    ['^\\s\\S$', ' x', true],
    ['\\.\\*', '.*', true],
    ])('%s on %j: %s', (pattern, tag, expected) => {
    expect(matches(pattern, tag)).toBe(expected);
  });

  it.each([
    ['(a)\\1', 'uses a backreference or subexpression call (\\1), which modelgate does not evaluate'],
    ['(?<n>a)\\k<n>', 'uses a backreference or subexpression call (\\k), which modelgate does not evaluate'],
    ['a(?!b)', 'uses a (?! group (a lookaround, an option or an atomic group), which modelgate does not evaluate'],
    ['(?<=a)b', 'uses a (?< group (a lookaround, an option or an atomic group), which modelgate does not evaluate'],
    ['(?i)app', 'uses a (?i group (a lookaround, an option or an atomic group), which modelgate does not evaluate'],
    ['(?>a+)b', 'uses a (?> group (a lookaround, an option or an atomic group), which modelgate does not evaluate'],
    ['a*+b', 'uses a possessive quantifier, which modelgate does not evaluate'],
    ['a**', 'uses a quantifier on a quantifier, which modelgate does not evaluate'],
    ['\\bapp', 'uses the escape \\b, which modelgate does not evaluate'],
    ['\\p{Alpha}', 'uses the escape \\p, which modelgate does not evaluate'],
    ['[[:alpha:]]', 'uses a [ inside a character class (a POSIX class or a nested class), which modelgate does not evaluate'],
    ['[a-z&&[^x]]', 'uses a class intersection (&&), which modelgate does not evaluate'],
    ['a{x}', 'uses a { that is not a repeat count such as {2,5} (write \\{ for the character), which modelgate does not evaluate'],
    ['/app/i', 'ends in /i, options which modelgate does not evaluate'],
    ['/app/mo', 'ends in /mo, options which modelgate does not evaluate'],
    ['/', 'is "/" alone, which Fluent Bit does not read as a pattern'],
    ['(a', 'is not a valid regular expression (an unclosed ()'],
    ['a)', 'is not a valid regular expression (an unmatched ))'],
    ['[a', 'is not a valid regular expression (an unclosed [)'],
    ['[z-a]', 'is not a valid regular expression (a character range out of order)'],
    ['*a', 'is not a valid regular expression (* with nothing before it to repeat)'],
    ['a{3,2}', 'is not a valid regular expression (the repeat count {3,2} is out of order)'],
    ['^*', 'is not a valid regular expression (a quantifier on an anchor)'],
    ['a\\', 'is not a valid regular expression (a \\ at the end)'],
    ['x'.repeat(1_001), 'is longer than 1,000 characters, the most modelgate evaluates'],
    ['(a{99}){99}', 'repeats too much to evaluate (9,802 states, at most 5,000)'],
    ['(a*)*b', 'repeats a part that can match nothing (as (?:|a)* or (a*)* do), which Onigmo reads its own way; modelgate does not evaluate it'],
    ['(?:|a)*', 'repeats a part that can match nothing (as (?:|a)* or (a*)* do), which Onigmo reads its own way; modelgate does not evaluate it'],
    ['(|a)*', 'repeats a part that can match nothing (as (?:|a)* or (a*)* do), which Onigmo reads its own way; modelgate does not evaluate it'],
    ['(?:|a)+', 'repeats a part that can match nothing (as (?:|a)* or (a*)* do), which Onigmo reads its own way; modelgate does not evaluate it'],
    ['(?:a??)*', 'repeats a part that can match nothing (as (?:|a)* or (a*)* do), which Onigmo reads its own way; modelgate does not evaluate it'],
    ['(?:a*?)*', 'repeats a part that can match nothing (as (?:|a)* or (a*)* do), which Onigmo reads its own way; modelgate does not evaluate it'],
    ['(?:()|a)*', 'repeats a part that can match nothing (as (?:|a)* or (a*)* do), which Onigmo reads its own way; modelgate does not evaluate it'],
    ['(?:|scoring\\.decisions)*', 'repeats a part that can match nothing (as (?:|a)* or (a*)* do), which Onigmo reads its own way; modelgate does not evaluate it'],
    ['(a|^)*', 'repeats a part that can match nothing (as (?:|a)* or (a*)* do), which Onigmo reads its own way; modelgate does not evaluate it'],
  ])('refuses %s: %s', (pattern, why) => {
    expect(compileTagRegex(pattern)).toEqual({ ok: false, why });
  });

  // How long they take is the growth test's (test/load/linear-time.slow.test.ts), not a clock's here.
  it.each(['^(a+)+$', '^(a|a)*$', '^(a+)+(a+)+(a+)+b$', '(.+){20}b', '^(\\w+\\s?)*$'])('%s, which backtracks exponentially elsewhere, does not match a long tag it should not', (pattern) => {
    expect(matches(pattern, `${'a'.repeat(20_000)}!`)).toBe(false);
  });
});

/**
 * Fluent Bit's `Match_Regex`, evaluated as Fluent Bit does (flb_regex.c compiles it with Onigmo,
 * Ruby syntax, UTF-8, `/pattern/` without its slashes; flb_router.c's router_match calls
 * onig_match at the start of the tag and routes when the match it finds is not empty: so
 * `decisions` does not select `scoring.decisions`, and `a*` does not select `b`) but without
 * backtracking: the pattern is written by whoever writes the repository, so it is compiled to a
 * Thompson automaton and run over the tag a character at a time, its threads kept in Onigmo's
 * order of preference (greedy before lazy, left alternative first), which finds the match
 * Onigmo would find in time proportional to the tag's length times the automaton's size,
 * whatever the pattern (no `(a+)+$` blow-up).
 *
 * Only the syntax whose meaning is plain is read: literals, `.`, `[...]` classes with ranges,
 * `\d \w \s \h` and their negations, groups (`(...)`, `(?:...)`, `(?<name>...)`), `|`, the
 * quantifiers `* + ? {n} {n,} {,m} {n,m}` (lazy or not), and the anchors `^ $ \A \z \Z`. Anything
 * else (a backreference, a lookaround, an inline option, a possessive quantifier, a POSIX or
 * nested class, an escape such as `\b` or `\p{..}`) is refused, and a refused pattern does not
 * count as matching. Where Onigmo and this reading could differ, this one matches less: `\d`,
 * `\w`, `\s` and `\h` are ASCII (`\s` without `\v`), and no character outside ASCII matches a negated shorthand
 * (`\D \W \S \H`) or a class that holds a shorthand, so a refusal or a difference can make a
 * config fail, never pass.
 */

/** Characters of a Match_Regex read at most (Fluent Bit's own patterns are tens). */
export const MAX_PATTERN_LENGTH = 1_000;
/** Automaton states at most (a repeat count multiplies its group's). */
export const MAX_STATES = 5_000;

type Pred = (c: number) => boolean;
type Anchor = 'bol' | 'eol' | 'start' | 'end' | 'end-nl';
type Node =
  | { t: 'char'; test: Pred }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'repeat'; node: Node; min: number; max: number; lazy: boolean }
  | { t: 'assert'; kind: Anchor };

type State = { type: 'char'; test: Pred; out: number } | { type: 'split'; out: number; out2: number } | { type: 'assert'; kind: Anchor; out: number } | { type: 'match' };

export type TagRegex = { ok: true; size: number; test(tag: string): boolean } | { ok: false; why: string };

/** Why a pattern is not evaluated: `refused` for syntax modelgate does not read, `invalid` for what Onigmo would not compile either. */
class NotRead extends Error {}

const isDigit: Pred = (c) => c >= 48 && c <= 57;
const isWord: Pred = (c) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** Onigmo versions differ on whether \s holds \v (11): \s here does not, and \S does not match it either. */
const isSpace: Pred = (c) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
const notSpace: Pred = (c) => c < 128 && c !== 11 && !isSpace(c);
const isHex: Pred = (c) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
/** A negated shorthand matches ASCII only: Onigmo may read `\w` as Unicode, so `\W` here must not match more than there. */
const not =
  (pred: Pred): Pred =>
  (c) =>
    c < 128 && !pred(c);
const SHORTHANDS: Record<string, Pred> = { d: isDigit, D: not(isDigit), w: isWord, W: not(isWord), s: isSpace, S: notSpace, h: isHex, H: not(isHex) };
const CONTROLS: Record<string, number> = { t: 9, n: 10, r: 13, f: 12, v: 11, e: 27, a: 7 };
const ANCHORS: Record<string, Anchor> = { A: 'start', z: 'end', Z: 'end-nl' };

function parse(pattern: string): Node {
  const chars = Array.from(pattern);
  let i = 0;
  const refuse = (what: string) => new NotRead(`uses ${what}, which modelgate does not evaluate`);
  const invalid = (what: string) => new NotRead(`is not a valid regular expression (${what})`);

  const alternation = (depth: number): Node => {
    const options = [sequence(depth)];
    while (chars[i] === '|') {
      i++;
      options.push(sequence(depth));
    }
    return options.length === 1 ? (options[0] as Node) : { t: 'alt', options };
  };

  const sequence = (depth: number): Node => {
    const items: Node[] = [];
    while (i < chars.length && chars[i] !== '|' && chars[i] !== ')') {
      let node = atom(depth);
      const repeat = quantifier();
      if (repeat) {
        if (node.t === 'assert') throw invalid('a quantifier on an anchor');
        node = { t: 'repeat', node, min: repeat[0], max: repeat[1], lazy: false };
        if (chars[i] === '?') {
          i++;
          // In Ruby syntax `x{n}?` is `(?:x{n})?`, not a lazy `x{n}`; any other `?` makes it lazy.
          if (repeat[2]) node = { t: 'repeat', node, min: 0, max: 1, lazy: false };
          else node.lazy = true;
        } else if (chars[i] === '+') throw refuse('a possessive quantifier');
        if (chars[i] !== undefined && '*+?{'.includes(chars[i] as string)) throw refuse('a quantifier on a quantifier');
      }
      items.push(node);
    }
    return items.length === 1 ? (items[0] as Node) : { t: 'seq', items };
  };

  /** [min, max, whether it is a fixed count {n}]. */
  const quantifier = (): [number, number, boolean] | undefined => {
    const c = chars[i];
    if (c === '*' || c === '+' || c === '?') {
      i++;
      return c === '*' ? [0, Infinity, false] : c === '+' ? [1, Infinity, false] : [0, 1, false];
    }
    if (c !== '{') return undefined;
    const rest = chars.slice(i, i + 16).join('');
    const interval = /^\{(\d{0,4})(,(\d{0,4}))?\}/.exec(rest);
    if (!interval || (interval[1] === '' && (interval[3] ?? '') === '')) throw refuse('a { that is not a repeat count such as {2,5} (write \\{ for the character)');
    const min = interval[1] === '' ? 0 : Number(interval[1]);
    const max = interval[2] === undefined ? min : interval[3] === '' ? Infinity : Number(interval[3]);
    if (max < min) throw invalid(`the repeat count ${interval[0]} is out of order`);
    i += interval[0].length;
    return [min, max, interval[2] === undefined];
  };

  const atom = (depth: number): Node => {
    const c = chars[i++] as string;
    switch (c) {
      case '(': {
        if (depth > 100) throw refuse('groups nested more than 100 deep');
        if (chars[i] === '?') {
          if (chars[i + 1] === ':') i += 2;
          else if (chars[i + 1] === '<' && chars[i + 2] !== '=' && chars[i + 2] !== '!') {
            const close = chars.indexOf('>', i);
            if (close < 0) throw invalid('an unclosed group name');
            i = close + 1;
          } else throw refuse(`a (?${chars[i + 1] ?? ''} group (a lookaround, an option or an atomic group)`);
        }
        const inner = alternation(depth + 1);
        if (chars[i] !== ')') throw invalid('an unclosed (');
        i++;
        return inner;
      }
      case '[':
        return charClass();
      case '.':
        return { t: 'char', test: (code) => code !== 10 };
      case '^':
        return { t: 'assert', kind: 'bol' };
      case '$':
        return { t: 'assert', kind: 'eol' };
      case '*':
      case '+':
      case '?':
      case '{':
        throw invalid(`${c} with nothing before it to repeat`);
      case '\\': {
        const e = chars[i++];
        if (e === undefined) throw invalid('a \\ at the end');
        const shorthand = SHORTHANDS[e];
        if (shorthand) return { t: 'char', test: shorthand };
        const anchor = ANCHORS[e];
        if (anchor) return { t: 'assert', kind: anchor };
        return literal(escaped(e));
      }
      default:
        return literal(c.codePointAt(0) as number);
    }
  };

  const escaped = (e: string): number => {
    const control = CONTROLS[e];
    if (control !== undefined) return control;
    if (/^[1-9]$/.test(e) || e === 'k' || e === 'g') throw refuse(`a backreference or subexpression call (\\${e})`);
    if (/^[0-9a-z]$/i.test(e)) throw refuse(`the escape \\${e}`);
    return e.codePointAt(0) as number;
  };

  const literal = (code: number): Node => ({ t: 'char', test: (c) => c === code });

  const charClass = (): Node => {
    const negated = chars[i] === '^';
    if (negated) i++;
    if (chars[i] === ']') throw refuse('a ] first in a character class');
    const ranges: Array<[number, number]> = [];
    const shorthands: Pred[] = [];
    for (;;) {
      const c = chars[i++];
      if (c === undefined) throw invalid('an unclosed [');
      if (c === ']') break;
      if (c === '[') throw refuse('a [ inside a character class (a POSIX class or a nested class)');
      if (c === '&' && chars[i] === '&') throw refuse('a class intersection (&&)');
      let low: number;
      if (c === '\\') {
        const e = chars[i++];
        if (e === undefined) throw invalid('a \\ at the end');
        const shorthand = SHORTHANDS[e];
        if (shorthand) {
          shorthands.push(shorthand);
          continue;
        }
        low = escaped(e);
      } else low = c.codePointAt(0) as number;
      let high = low;
      if (chars[i] === '-' && chars[i + 1] !== undefined && chars[i + 1] !== ']') {
        i++;
        let h = chars[i++] as string;
        if (h === '[') throw refuse('a [ inside a character class (a POSIX class or a nested class)');
        if (h === '\\') {
          const e = chars[i++];
          if (e === undefined) throw invalid('a \\ at the end');
          if (SHORTHANDS[e]) throw invalid(`a range that ends in \\${e}`);
          h = String.fromCodePoint(escaped(e));
        }
        high = h.codePointAt(0) as number;
        if (high < low) throw invalid('a character range out of order');
      }
      ranges.push([low, high]);
    }
    const inClass = (code: number) => ranges.some(([low, high]) => code >= low && code <= high) || shorthands.some((test) => test(code));
    // Outside ASCII (and for \v) a shorthand may mean more to Onigmo than here: a class that
    // holds one matches none of those characters, negated or not.
    const unsure = (code: number) => (code >= 128 || code === 11) && shorthands.length > 0;
    return { t: 'char', test: negated ? (code) => !unsure(code) && !inClass(code) : (code) => !unsure(code) && inClass(code) };
  };

  const node = alternation(0);
  if (i < chars.length) throw invalid('an unmatched )');
  return node;
}

/** Whether `node` can match without reading a character. */
function canMatchEmpty(node: Node): boolean {
  switch (node.t) {
    case 'char':
      return false;
    case 'assert':
      return true;
    case 'seq':
      return node.items.every(canMatchEmpty);
    case 'alt':
      return node.options.some(canMatchEmpty);
    case 'repeat':
      return node.min === 0 || canMatchEmpty(node.node);
  }
}

/**
 * A repeat (more than once) of a part that can match nothing, such as `(?:|a)*` or `(a*)*`:
 * Onigmo leaves such a loop when a round matched nothing, so it may prefer the empty match (and
 * Fluent Bit then routes nothing) where this automaton would read on. Refused, not guessed.
 */
function loopOverEmpty(node: Node): boolean {
  switch (node.t) {
    case 'char':
    case 'assert':
      return false;
    case 'seq':
      return node.items.some(loopOverEmpty);
    case 'alt':
      return node.options.some(loopOverEmpty);
    case 'repeat':
      return (node.max > 1 && canMatchEmpty(node.node)) || loopOverEmpty(node.node);
  }
}

/** How many states `node` compiles to. */
function sizeOf(node: Node): number {
  switch (node.t) {
    case 'char':
    case 'assert':
      return 1;
    case 'seq':
      return node.items.reduce((sum, item) => sum + sizeOf(item), 0);
    case 'alt':
      return node.options.reduce((sum, option) => sum + sizeOf(option), 0) + node.options.length - 1;
    case 'repeat': {
      const inner = sizeOf(node.node);
      return node.max === Infinity ? inner * (node.min + 1) + 1 : inner * node.max + (node.max - node.min);
    }
  }
}

/** Compiles `node` so that it continues at state `next`; returns its first state. */
function compile(node: Node, next: number, states: State[]): number {
  const add = (state: State) => states.push(state) - 1;
  switch (node.t) {
    case 'char':
      return add({ type: 'char', test: node.test, out: next });
    case 'assert':
      return add({ type: 'assert', kind: node.kind, out: next });
    case 'seq':
      return node.items.reduceRight((after, item) => compile(item, after, states), next);
    case 'alt': {
      const starts = node.options.map((option) => compile(option, next, states));
      return starts.slice(0, -1).reduceRight((rest, start) => add({ type: 'split', out: start, out2: rest }), starts.at(-1) as number);
    }
    case 'repeat': {
      let current = next;
      // A split's `out` is the thread Onigmo tries first: another round when greedy, going on when lazy.
      const split = (body: number, after: number) => add(node.lazy ? { type: 'split', out: after, out2: body } : { type: 'split', out: body, out2: after });
      if (node.max === Infinity) {
        const loop = split(-1, next);
        const body = compile(node.node, loop, states);
        if (node.lazy) (states[loop] as { out2: number }).out2 = body;
        else (states[loop] as { out: number }).out = body;
        current = loop;
      } else {
        for (let k = node.min; k < node.max; k++) current = split(compile(node.node, current, states), next);
      }
      for (let k = 0; k < node.min; k++) current = compile(node.node, current, states);
      return current;
    }
  }
}

/**
 * The pattern Onigmo compiles, as flb_regex.c's str_to_regex cuts it: `/pattern/` loses its
 * slashes; `/pattern/opts` (opts of m, i, x and o) sets options, which are not read here; any
 * other pattern is taken as written.
 */
function unwrap(pattern: string): string | NotRead {
  if (!pattern.startsWith('/')) return pattern;
  if (pattern.length === 1) return new NotRead('is "/" alone, which Fluent Bit does not read as a pattern');
  const options = pattern.slice(pattern.lastIndexOf('/') + 1);
  if (pattern.lastIndexOf('/') > 0 && /^[imox]+$/.test(options) && /[imx]/.test(options)) return new NotRead(`ends in /${options}, options which modelgate does not evaluate`);
  return pattern.endsWith('/') ? pattern.slice(1, -1) : pattern;
}

/** A Match_Regex compiled to test tags, or why it is not evaluated. */
export function compileTagRegex(pattern: string): TagRegex {
  if (pattern.length > MAX_PATTERN_LENGTH) return { ok: false, why: `is longer than ${MAX_PATTERN_LENGTH.toLocaleString('en-US')} characters, the most modelgate evaluates` };
  try {
    const source = unwrap(pattern);
    if (source instanceof NotRead) throw source;
    const node = parse(source);
    if (loopOverEmpty(node)) throw new NotRead('repeats a part that can match nothing (as (?:|a)* or (a*)* do), which Onigmo reads its own way; modelgate does not evaluate it');
    const size = sizeOf(node) + 1;
    if (size > MAX_STATES) return { ok: false, why: `repeats too much to evaluate (${size > 1e9 ? 'over a billion' : size.toLocaleString('en-US')} states, at most ${MAX_STATES.toLocaleString('en-US')})` };
    const states: State[] = [{ type: 'match' }];
    const start = compile(node, 0, states);
    return { ok: true, size: states.length, test: (tag) => run(states, start, tag) };
  } catch (error) {
    if (error instanceof NotRead) return { ok: false, why: error.message };
    throw error;
  }
}

/**
 * Whether Fluent Bit routes `tag` by this automaton: the match Onigmo finds at the tag's start
 * (threads run in its order of preference, each state once a position, the first to reach the
 * end cutting those after it) is there and not empty.
 */
function run(states: readonly State[], start: number, tag: string): boolean {
  const codes = Array.from(tag, (c) => c.codePointAt(0) as number);
  const n = codes.length;
  const seen = new Int32Array(states.length).fill(-1);
  const stack: number[] = [];
  let matched = -1;
  const holds = (kind: Anchor, pos: number) => {
    switch (kind) {
      case 'start':
        return pos === 0;
      case 'end':
        return pos === n;
      case 'end-nl':
        return pos === n || (pos === n - 1 && codes[pos] === 10);
      case 'bol':
        return pos === 0 || codes[pos - 1] === 10;
      case 'eol':
        return pos === n || codes[pos] === 10;
    }
  };
  /** Adds the threads reachable from `from` without reading a character, preferred first; true when one ends the pattern (those after it are cut). */
  const close = (from: number, pos: number, into: number[]): boolean => {
    stack.push(from);
    while (stack.length > 0) {
      const index = stack.pop() as number;
      if (seen[index] === pos) continue;
      seen[index] = pos;
      const state = states[index] as State;
      if (state.type === 'match') {
        stack.length = 0;
        matched = pos;
        return true;
      }
      if (state.type === 'split') stack.push(state.out2, state.out);
      else if (state.type === 'assert') {
        if (holds(state.kind, pos)) stack.push(state.out);
      } else into.push(index);
    }
    return false;
  };
  let current: number[] = [];
  close(start, 0, current);
  for (let pos = 0; pos < n && current.length > 0; pos++) {
    const next: number[] = [];
    const code = codes[pos] as number;
    for (const index of current) {
      const state = states[index] as Extract<State, { type: 'char' }>;
      if (state.test(code) && close(state.out, pos + 1, next)) break;
    }
    current = next;
  }
  return matched > 0;
}

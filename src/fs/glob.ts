// Globs that choose files (a policy's `exclude:`, its per-path `overrides[].files`, the CLI's
// --include and --exclude) are text a pull request can write, and picomatch compiles them to
// backtracking regular expressions. Wildcards that can trade characters with each other make a
// failing match try every way of sharing a path among them: time grows as the path's length to
// the power of their number, so `*a*a*a*a*a*a*a*a*a*a*a*a*c/**` took minutes a path and stalled
// the gate. A glob is therefore refused when it has more wildcards than real globs use
// (`**/vendor/**`, `examples/**/*.md`, `**/*-test-*/**`): each run of `*` (a `**` too) and each
// `{…}` group counts one, at most MAX_WILDCARDS_PER_SEGMENT between two `/` and MAX_WILDCARDS in
// all; extglobs (`+(…)`, `*(…)`, `@(…)`, `?(…)`, `!(…)`) repeat or nest patterns and are refused,
// as are the bare groups and alternatives (`(a|b)`) picomatch hands to the regular expression.

/** Wildcards (runs of `*`, `{…}` groups) between two `/` of one glob. */
export const MAX_WILDCARDS_PER_SEGMENT = 2;
/** Wildcards in one glob. */
export const MAX_WILDCARDS = 4;
/** Characters in one glob. */
export const MAX_GLOB_LENGTH = 500;
/**
 * `**` runs in one glob. Each matches across folders, so a failing match tries every way of
 * sharing the path's folders among them: time grows as the path's depth to the power of their
 * number (three, around two folder names, took 46 s on one path 800 folders deep). Two, one
 * before a folder name and one after it, is all real globs use.
 */
export const MAX_GLOBSTARS = 2;

/** Why `glob` is refused, or undefined when it is one modelgate matches. */
export function globProblem(glob: string): string | undefined {
  if (glob.length > MAX_GLOB_LENGTH) return `the glob is ${glob.length.toLocaleString('en-US')} characters long; at most ${MAX_GLOB_LENGTH} are allowed`;
  let total = 0;
  let segment = 0;
  let worstSegment = 0;
  let depth = 0;
  let globstars = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    // A `*` in a character class (`[*]`) counts too: where picomatch ends a class is its own
    // affair, and a class read longer here than there would hide wildcards.
    if (c === '\\') {
      i++; // an escaped character is itself
      continue;
    }
    if ((c === '+' || c === '*' || c === '@' || c === '?' || c === '!') && glob[i + 1] === '(') {
      return `"${c}(…)" (an extglob) repeats or nests patterns, which can take time that grows as a power of a path's length to match; list the globs it stands for instead`;
    }
    // picomatch passes a bare `(…)` group and `|` to the regular expression as they are: forty
    // `(|a)` groups took minutes to fail one path. Alternatives are `{a,b}`, counted below.
    if (c === '(' || c === ')' || c === '|') {
      return `"${c}" makes a regular expression group or alternative, which can take time that grows as a power of a path's length to match; write alternatives as {a,b}, or escape it (\\${c}) to match the character`;
    }
    // A `/` inside a `{…}` group may be left out (`*{/,}*a*` is also `**a*`): it ends no segment.
    if (c === '}' && depth > 0) depth--;
    if (c === '/' && depth === 0) {
      segment = 0;
      continue;
    }
    if (c === '{') depth++;
    if (c === '*') {
      if (glob[i + 1] === '*') globstars++;
      while (glob[i + 1] === '*') i++;
    } else if (c !== '{') continue;
    total++;
    segment++;
    worstSegment = Math.max(worstSegment, segment);
  }
  const why = 'more make matching a path take time that grows as a power of its length';
  if (worstSegment > MAX_WILDCARDS_PER_SEGMENT) return `the glob has ${worstSegment} wildcards (* runs and {…} groups) between two "/"; at most ${MAX_WILDCARDS_PER_SEGMENT} are allowed, as ${why}`;
  if (total > MAX_WILDCARDS) return `the glob has ${total} wildcards (* runs and {…} groups); at most ${MAX_WILDCARDS} are allowed, as ${why}`;
  if (globstars > MAX_GLOBSTARS) return `the glob has ${globstars} "**"; at most ${MAX_GLOBSTARS} are allowed, as each matches across folders and more make matching a path take time that grows as a power of its depth`;
  return undefined;
}

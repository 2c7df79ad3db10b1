#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6310:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(3936);
const utils = __nccwpck_require__(3211);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 667:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 3721:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(667);
const utils = __nccwpck_require__(3211);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 3936:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(117);
const parse = __nccwpck_require__(3721);
const utils = __nccwpck_require__(3211);
const constants = __nccwpck_require__(667);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 117:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(3211);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(667);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 3211:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(667);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 4835:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3136);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5465);
/* harmony import */ var _engine_heap_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2577);
/* harmony import */ var _engine_worker_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1467);
/* harmony import */ var _load_lazy_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4285);
// The `modelgate` command (bundled to dist/cli/index.js). All logic is in cli.ts. The same file
// runs as the worker threads that check systems in parallel (engine/pool.ts, engine/worker.ts).





/**
 * A stream's writer that stops writing once its reader has gone (`modelgate rules | head`): the
 * rest of the output has nowhere to go, and the exit code stays the command's own, not a crash.
 */
function writerOf(stream) {
    let closed = false;
    stream.on('error', (error) => {
        if (error.code !== 'EPIPE')
            throw error;
        closed = true;
    });
    return (text) => {
        if (!closed)
            stream.write(text);
    };
}
(0,_engine_heap_js__WEBPACK_IMPORTED_MODULE_2__/* .limitHeapGrowth */ .B)();
if ((0,_engine_worker_js__WEBPACK_IMPORTED_MODULE_3__/* .isSystemWorker */ .S)()) {
    await (0,_load_lazy_js__WEBPACK_IMPORTED_MODULE_4__/* .loadLibraries */ .k5)(); // a worker is started to read systems
    (0,_engine_worker_js__WEBPACK_IMPORTED_MODULE_3__/* .runSystemWorker */ .T)();
}
else {
    const code = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .a)(process.argv.slice(2), {
        stdout: writerOf(process.stdout),
        stderr: writerOf(process.stderr),
        cwd: process.cwd(),
        env: process.env,
        isTTY: Boolean(process.stdout.isTTY),
        workerScript: (0,node_url__WEBPACK_IMPORTED_MODULE_0__.fileURLToPath)(import.meta.url),
    });
    process.exitCode = code;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5465:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./build/fs/assets.js
var assets = __nccwpck_require__(4847);
// EXTERNAL MODULE: ./build/fs/local.js
var local = __nccwpck_require__(7823);
// EXTERNAL MODULE: ./build/engine/gate.js + 9 modules
var gate = __nccwpck_require__(7063);
// EXTERNAL MODULE: ./build/discover/discover.js
var discover = __nccwpck_require__(3157);
// EXTERNAL MODULE: ./build/evidence/registry.js + 59 modules
var registry = __nccwpck_require__(4967);
// EXTERNAL MODULE: ./build/evidence/store.js
var store = __nccwpck_require__(6423);
// EXTERNAL MODULE: ./build/fs/repo-fs.js
var repo_fs = __nccwpck_require__(9160);
// EXTERNAL MODULE: ./build/load/manifest.js
var load_manifest = __nccwpck_require__(7454);
// EXTERNAL MODULE: ./build/load/source-doc.js
var source_doc = __nccwpck_require__(5121);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ../main/node_modules/spdx-license-ids/index.json
var spdx_license_ids = __nccwpck_require__(4614);
// EXTERNAL MODULE: ./build/evidence/bias/formats.js + 3 modules
var formats = __nccwpck_require__(2568);
// EXTERNAL MODULE: ./build/policy/frameworks.js
var frameworks = __nccwpck_require__(4628);
// EXTERNAL MODULE: ./build/policy/obligations.js + 2 modules
var obligations = __nccwpck_require__(5546);
// EXTERNAL MODULE: ./build/report/coverage.js
var report_coverage = __nccwpck_require__(6231);
;// CONCATENATED MODULE: ./build/report/conformance.js
/**
 * What each coverage status means to an auditor, in one table: the Statement of Applicability's
 * status, and the CycloneDX attestation's conformance. A new status (such as `supported`: a
 * declaration or a file's presence, content not judged) is one line here. Only `evidenced`, a
 * rule that judged content and passed, ever counts as conformance; a control nothing checks, or
 * only a declaration supports, is never counted as met.
 */

const STATUS_MEANING = {
    evidenced: { soa: 'evidenced', conformance: 'met', rationale: 'every rule mapped to it that applies passed, and they judge content' },
    supported: {
        soa: 'supported (declared or present; content not judged)',
        conformance: 'not-met',
        rationale: 'only declarations or the presence of a file support it, or not every part of it is evidenced: nothing shows its content',
    },
    failing: { soa: 'failing', conformance: 'not-met', rationale: 'a rule mapped to it failed' },
    waived: { soa: 'waived (failing, excused until the waiver expires)', conformance: 'not-met', rationale: 'a rule mapped to it failed and the failure is waived: a waiver excuses, it does not conform' },
    'not-applicable': { soa: 'not checked (no rule mapped to it applies to this system)', conformance: 'not-met', rationale: 'no rule mapped to it applies to this system, so nothing shows it is met' },
    'not-covered': { soa: 'not covered (nothing checked it for this system)', conformance: 'not-met', rationale: 'no rule of the policy checked it for this system' },
};
/** A control the policy excludes (ISO/IEC 42001 6.1.3): neither met nor not met, with its reason. */
const EXCLUDED = { soa: 'excluded', conformance: 'not-applicable', rationale: 'excluded by the policy' };
/** The control references of a finding for one framework, evidenced and supported alike. */
function findingControls(finding, framework) {
    return [...(finding.evidences[framework] ?? []), ...(finding.supports[framework] ?? [])];
}
/** The controls (rolled up, as coverage counts them) a finding bears on, in one framework. */
function controlsOfFinding(finding, framework) {
    const catalog = (0,frameworks/* loadFrameworks */.AZ)().get(framework);
    const ids = new Set();
    for (const reference of findingControls(finding, framework)) {
        const id = catalog ? (0,frameworks/* controlOf */.rs)(catalog, reference) : reference;
        if (id)
            ids.add(id);
    }
    return ids;
}
/** A framework's conformance: met / (met + not met), and the counts behind it, in words. */
function frameworkConformance(statuses) {
    const met = statuses.filter((s) => s.conformance === 'met').length;
    const assessed = statuses.filter((s) => s.conformance !== 'not-applicable').length;
    return { score: assessed === 0 ? 0 : Math.round((met / assessed) * 10_000) / 10_000, met, assessed };
}
/**
 * What one control's coverage means: excluded by the policy (ISO/IEC 42001 6.1.3, with its
 * justification); not applicable for a stated reason (an obligation of another tier, say);
 * else the status's row of STATUS_MEANING. A control whose rules merely did not run, with no
 * reason given, stays applicable and unmet.
 */
function meaningOf(control, exclusion) {
    if (exclusion !== undefined)
        return { ...EXCLUDED, rationale: `excluded by the policy: ${exclusion}` };
    if (control.status === 'not-applicable' && control.reason)
        return { soa: 'not applicable', conformance: 'not-applicable', rationale: `not applicable: ${control.reason}` };
    return STATUS_MEANING[control.status];
}

;// CONCATENATED MODULE: ./build/report/report.js
/** Failing findings, most severe first, then by file and line: the order people should read them. */
function failuresInPriorityOrder(findings) {
    const rank = { error: 0, warning: 1, notice: 2 };
    return findings
        .filter((f) => f.status === 'fail')
        .sort((a, b) => rank[a.severity] - rank[b.severity] || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
/** Items grouped by a key, groups in order of first appearance. */
function groupBy(items, keyOf) {
    const groups = new Map();
    for (const item of items) {
        const key = keyOf(item);
        const group = groups.get(key);
        if (group)
            group.push(item);
        else
            groups.set(key, [item]);
    }
    return groups;
}
const systemIndexes = new WeakMap();
/** The report's systems by id (built once per report: reports can hold thousands). */
function systemById(report, id) {
    let index = systemIndexes.get(report);
    if (!index) {
        index = new Map(report.systems.map((s) => [s.id, s]));
        systemIndexes.set(report, index);
    }
    return index.get(id);
}

;// CONCATENATED MODULE: ./build/report/audit.js
/**
 * What the audit exports (CycloneDX attestation, Statement of Applicability) read of a report,
 * per system: each control's coverage and what it means to an auditor (conformance.ts), the
 * findings behind it, and the files those findings judged, with the digests taken when the files
 * were read. Built from the report and the policy's exclusions, so every export says the same.
 */





/**
 * Each system's audit. `frameworks`: the report's coverage (the policy's scope), or a scope of
 * its own (the SoA needs all 38 Annex A controls, whatever the policy reports). Made one system
 * at a time, as it is read: an export of thousands of systems never holds them all.
 */
function* auditSystems(report, exclusions, frameworks) {
    const bySystem = groupBy(report.findings, (f) => f.system);
    const coverageOf = new Map(report.coverage.map((c) => [c.system, c]));
    for (const summary of report.systems) {
        const findings = bySystem.get(summary.id) ?? [];
        // ISO/IEC 42001 controls apply to every system: no AI Act timeline is needed to count them.
        const coverage = frameworks ? (0,report_coverage/* computeCoverage */.Eh)([summary], findings, { scope: frameworks, timeline: obligations/* DEFAULT_TIMELINE */.yy, asOf: new Date(`${report.provenance.asOf}T00:00:00Z`) })[0] : coverageOf.get(summary.id);
        yield auditSystem(summary, findings, coverage, exclusions);
    }
}
function auditSystem(summary, findings, coverage, exclusions) {
    const catalogs = (0,frameworks/* loadFrameworks */.AZ)();
    const digests = new Map((summary.files ?? []).map((f) => [f.path, f.sha256]));
    return {
        summary,
        digests,
        findings,
        frameworks: (coverage?.frameworks ?? []).map((framework) => {
            const excluded = framework.framework === 'iso42001' ? (exclusions.iso42001 ?? {}) : {};
            const behind = new Map();
            for (const finding of findings) {
                for (const id of controlsOfFinding(finding, framework.framework)) {
                    const list = behind.get(id);
                    if (list)
                        list.push(finding);
                    else
                        behind.set(id, [finding]);
                }
            }
            return {
                key: framework.framework,
                name: catalogs.get(framework.framework)?.name ?? framework.name,
                controls: framework.controls.map((control) => {
                    const exclusion = excluded[control.id]?.justification;
                    const judged = behind.get(control.id) ?? [];
                    return {
                        id: control.id,
                        title: control.title,
                        coverage: control,
                        meaning: meaningOf(control, exclusion),
                        ...(exclusion !== undefined ? { exclusion } : {}),
                        findings: judged,
                        files: [...new Set(judged.flatMap(filesOfFinding))].sort(),
                    };
                }),
            };
        }),
    };
}
/** The files a finding is about: where it is located, and the cited files its rule's check used. */
function filesOfFinding(finding) {
    return finding.evidence ? [finding.file, ...finding.evidence.filter((f) => f !== finding.file)] : [finding.file];
}

;// CONCATENATED MODULE: ./build/report/escape.js
/**
 * One escaping function per sink. Everything a report shows (file and folder names, card text,
 * evidence values, messages a pack writes) comes from a repository we do not trust, and each
 * place it is shown reads it differently:
 *
 * | sink                                   | function         | what it must not let through            |
 * | -------------------------------------- | ---------------- | --------------------------------------- |
 * | plain text (annotations, SARIF, JSON)  | `visibleText`    | control characters, bidi overrides      |
 * | terminal (stylish report, job log)     | `terminalText`   | the above, and a `::command::` line     |
 * | Markdown text and table cells          | `markdownText`   | HTML, links (bare URLs too), images, headings, `|`, @mentions, #refs |
 * | Markdown inline code                   | `markdownCode`   | the end of the code span, `|` in tables |
 * | raw HTML (inside `<details>` blocks)   | `htmlText`       | tags, entities, @mentions               |
 * | a link target                          | `markdownUrl`    | anything but an http(s) URL             |
 * | SARIF message text (embedded links)    | `sarifText`      | `[text](n)` links to related locations  |
 * | a CSV cell (spreadsheets)              | `csvField`       | `,` `"` line breaks, formulas (`=` `+` `-` `@`) |
 *
 * Control characters and line breaks are shown escaped (`\n`, `\x1b`, `\u{202e}`), never passed
 * through, so a name cannot start a new line, a heading, a table row or a workflow command, or
 * reorder what follows it on screen.
 */
/** C0 and C1 controls, DEL, line and paragraph separators, bidi marks and overrides, BOM. */
// eslint-disable-next-line no-control-regex -- these are exactly the characters to show escaped
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/gu;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Longest text any sink shows for one value; a 10 KB folder name is cut with `…`. */
const SHOWN_LIMIT = 2_000;
/** Text with every invisible or line-breaking character written out as an escape. */
function visibleText(text, limit = SHOWN_LIMIT) {
    let clipped = text;
    if (text.length > limit) {
        // Never cut between the two halves of a character outside the BMP (an emoji, say).
        const code = text.charCodeAt(limit - 2);
        const end = code >= 0xd800 && code <= 0xdbff ? limit - 2 : limit - 1;
        clipped = `${text.slice(0, end)}…`;
    }
    return clipped.replace(INVISIBLE, (char) => {
        const named = NAMED[char];
        if (named)
            return named;
        const code = char.codePointAt(0) ?? 0;
        return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
    });
}
/**
 * For a terminal or a job log: visible text that cannot begin a workflow command. The runner
 * reads any log line whose first non-blank characters are `::` as a command, so a value that
 * would open a line that way has its first colon escaped.
 */
function terminalText(text, limit = SHOWN_LIMIT) {
    return visibleText(text, limit).replace(/^(\s*):(?=:)/u, '$1\\x3a');
}
/**
 * Markdown text, safe in a paragraph, a heading or a table cell: every character Markdown or
 * GitHub gives meaning to is backslash-escaped (so no HTML, link, image, emphasis, heading or
 * cell break), and `@name` / `#123` get a zero-width space so they mention or link nobody; so do
 * `scheme://` and `www.`, which GitHub would turn into a link (a bot's comment lends a URL
 * from a pull request its credibility: it is shown, not made clickable).
 */
function markdownText(text, limit = SHOWN_LIMIT) {
    return visibleText(text, limit)
        .replace(/[\\`*_[\]<>#|~&]/gu, '\\$&')
        .replace(/@\b/gu, '@\u200b')
        .replace(/\\#(?=\d)/gu, '\\#\u200b')
        .replace(/:(?=\/\/)/gu, ':\u200b')
        .replace(/\b(www)(?=\.)/giu, '$1\u200b');
}
/**
 * An inline code span: shows the text as it is (backticks included) by fencing it with a longer
 * run of backticks than it holds. In a GFM table a `|` still splits the cell even inside code,
 * so `inTable` escapes it the way GFM reads it back.
 */
function markdownCode(text, options = {}) {
    let body = visibleText(text, options.limit);
    if (body === '')
        return '` `';
    if (options.inTable)
        body = escapeTablePipes(body);
    let longest = 0;
    let run = 0;
    for (const char of body) {
        run = char === '`' ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    const fence = '`'.repeat(longest + 1);
    // CommonMark strips one space from each end when both have one, and a fence cannot touch a backtick.
    const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/**
 * GFM splits a table row at every `|` that is not escaped, and reads a backslash before any
 * punctuation (a backslash too) as an escape: so each `|` gets a backslash, and each backslash
 * already before it is doubled (`a\|b` would otherwise end the cell at its `|`). One pass.
 */
function escapeTablePipes(text) {
    let out = '';
    let slashes = 0;
    for (const char of text) {
        if (char === '\\') {
            slashes++;
            continue;
        }
        if (char === '|')
            out += '\\'.repeat(2 * slashes) + '\\|';
        else
            out += '\\'.repeat(slashes) + char;
        slashes = 0;
    }
    return out + '\\'.repeat(slashes);
}
/** Text inside raw HTML (a `<summary>`), where backslash escapes do not apply. */
function htmlText(text, limit = SHOWN_LIMIT) {
    return visibleText(text, limit)
        .replace(/&/gu, '&amp;')
        .replace(/</gu, '&lt;')
        .replace(/>/gu, '&gt;')
        .replace(/"/gu, '&quot;')
        .replace(/'/gu, '&#39;')
        .replace(/@\b/gu, '@\u200b')
        .replace(/#(?=\d)/gu, '#\u200b');
}
/**
 * A link target: only an absolute http(s) URL, normalised and with the characters that would
 * end a Markdown link destination percent-encoded; anything else gives no link.
 */
function markdownUrl(url) {
    if (!url)
        return undefined;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return undefined;
    return parsed.href.replace(/[()<> \\`'"[\]]/gu, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/**
 * SARIF message text: plain, but `[text](n)` is an embedded link to a related location (SARIF
 * 2.1.0 §3.11.6), so brackets and backslashes are escaped as the spec says.
 */
function sarifText(text, limit = SHOWN_LIMIT * 8) {
    return visibleText(text, limit).replace(/[\\[\]]/gu, '\\$&');
}
/**
 * One CSV field (RFC 4180), for a file a spreadsheet will open: always quoted (quotes doubled),
 * control characters and line breaks written out as in visibleText, and a value a spreadsheet
 * would run as a formula (its first character, spaces aside, is `=`, `+`, `-`, `@`, a tab or a
 * carriage return) prefixed with `'` so it is shown as text (OWASP, "CSV injection").
 */
function csvField(text, limit = SHOWN_LIMIT) {
    const formula = /^\s*[=+\-@\t\r]/u.test(text);
    const shown = visibleText(text, limit);
    return `"${formula ? "'" : ''}${shown.replace(/"/gu, '""')}"`;
}

;// CONCATENATED MODULE: ./build/report/cyclonedx.js
/**
 * The audit export (`--format cyclonedx`): a CycloneDX 1.6 JSON document whose `declarations`
 * attest each system against each framework the policy reports, in CycloneDX's attestation
 * model (CDXA):
 *
 * - targets: each system (an application) with its model and its datasets as components;
 * - claims: one per control per framework per system ("this system meets control X");
 * - evidence: each file a system's check read, with its path, SHA-256, the checks run on it
 *   (rule ids and messages) and their result;
 * - attestations: per system and framework, a map from each requirement (control) to its claim
 *   and conformance (score and rationale), plus the framework's own conformance;
 * - definitions.standards: the frameworks and their controls as requirements.
 *
 * Written as plain JSON (the CycloneDX library has no model of declarations) and validated
 * against the 1.6 schema in the tests. Deterministic: the timestamp is the as-of day, not the
 * time of the run, and the serial number is derived from the document's own content, so the
 * same inputs give the same bytes. Strings from the repository are data in JSON, escaped by
 * JSON.stringify; control characters are written out all the same (visibleText), and paths are
 * percent-encoded in bom-refs and URLs.
 */





/** Edition or version of each framework, as the standards are published. */
const STANDARD_VERSION = {
    iso42001: '2023',
    euAiAct: 'Regulation (EU) 2024/1689',
    nistAiRmf: '1.0 (NIST AI 100-1)',
    iso24028: '2020',
};
const STANDARD_OWNER = {
    iso42001: 'ISO/IEC JTC 1/SC 42',
    euAiAct: 'European Parliament and Council of the European Union',
    nistAiRmf: 'National Institute of Standards and Technology',
    iso24028: 'ISO/IEC JTC 1/SC 42',
};
const ASSESSOR = 'assessor:modelgate';
/**
 * Writes the document in pieces, one system at a time, so an export of thousands of systems is
 * never one string (nor one object) in memory. The same text as JSON.stringify(document, null, 2).
 * The serial number comes last: a UUID (version 8, RFC 9562) made from the SHA-256 of everything
 * written before it.
 */
function writeCycloneDx(report, options, output) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const write = (chunk) => {
        hash.update(chunk);
        output(chunk);
    };
    const systems = () => auditSystems(report, options.exclusions);
    const { provenance } = report;
    const metadata = {
        // The as-of day, not the clock: the same inputs give the same document.
        timestamp: `${provenance.asOf}T00:00:00Z`,
        tools: { components: [{ type: 'application', 'bom-ref': 'tool:modelgate', name: 'modelgate', version: provenance.tool.version }] },
        properties: [
            { name: 'modelgate:commit', value: provenance.commit ?? 'none' },
            { name: 'modelgate:commit-source', value: provenance.commitSource },
            { name: 'modelgate:as-of', value: provenance.asOf },
            { name: 'modelgate:policy-digest', value: provenance.policy.digest },
            ...provenance.policy.packs.map((pack) => ({ name: 'modelgate:policy-pack', value: cyclonedx_text(pack) })),
            { name: 'modelgate:verdict', value: report.verdict },
            { name: 'modelgate:fail-on', value: report.failOn },
        ],
    };
    write(`{\n  "bomFormat": "CycloneDX",\n  "specVersion": "1.6",\n  "version": 1,\n  "metadata": ${indented(metadata, 1)},\n`);
    write(`  "definitions": ${indented({ standards: frameworksOf(report).map(standard) }, 1)},\n`);
    write(`  "declarations": {\n    "assessors": ${indented([{ 'bom-ref': ASSESSOR, thirdParty: false }], 2)},\n`);
    const array = (name, items, depth, last = false) => {
        const pad = '  '.repeat(depth);
        write(`${pad}${JSON.stringify(name)}: [`);
        let first = true;
        for (const system of systems()) {
            for (const item of items(system)) {
                write(`${first ? '' : ','}\n${pad}  ${indented(item, depth + 1)}`);
                first = false;
            }
        }
        write(`${first ? '' : `\n${pad}`}]${last ? '' : ','}\n`);
    };
    array('attestations', (system) => systemDeclarations(system, 'attestations').attestations, 2);
    array('claims', (system) => systemDeclarations(system, 'claims').claims, 2);
    array('evidence', (system) => systemDeclarations(system, 'evidence').evidence, 2);
    write('    "targets": {\n');
    array('components', (system) => [targetComponent(system, ref('system', system.summary.id))], 3, true);
    write('    }\n  },\n');
    output(`  "serialNumber": ${JSON.stringify(serialNumberOf(hash.digest('hex')))}\n}\n`);
}
/** A CycloneDX serial number made from a SHA-256 (hex) of the document: a UUID, version 8 (RFC 9562). */
function serialNumberOf(hex) {
    const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
    return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
/** JSON.stringify(value, null, 2), its lines indented to sit `depth` levels deep. */
function indented(value, depth) {
    return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}
/**
 * One system's attestations (one per framework), claims (one per control) and evidence (one per
 * file); each pass over the systems makes only the `part` it writes.
 */
function systemDeclarations(system, part) {
    const claims = [];
    const evidence = [];
    const attestations = [];
    const target = ref('system', system.summary.id);
    const evidenceRefs = new Map();
    for (const [file, findings] of evidenceFiles(system)) {
        const bomRef = ref('evidence', system.summary.id, file);
        evidenceRefs.set(file, bomRef);
        if (part === 'evidence')
            evidence.push(evidenceItem(bomRef, file, system.digests.get(file), findings));
    }
    if (part === 'evidence')
        return { attestations, claims, evidence };
    for (const framework of system.frameworks) {
        const map = [];
        for (const control of framework.controls) {
            const claim = ref('claim', system.summary.id, framework.key, control.id);
            const failingFiles = new Set(control.findings.filter((f) => f.status === 'fail' || f.status === 'waived').flatMap(filesOfFinding));
            const supporting = control.files.filter((f) => !failingFiles.has(f)).map((f) => evidenceRefs.get(f));
            const against = [...failingFiles].sort().map((f) => evidenceRefs.get(f));
            const rationale = `${control.coverage.status}: ${control.meaning.rationale}${rulesText(control.coverage.rules)}`;
            if (part === 'claims') {
                claims.push({
                    'bom-ref': claim,
                    target,
                    predicate: `${cyclonedx_text(system.summary.id)} meets ${framework.name} ${control.id} (${control.title})`,
                    ...(supporting.length > 0 ? { evidence: supporting } : {}),
                    ...(against.length > 0 ? { counterEvidence: against } : {}),
                    reasoning: rationale,
                });
                continue;
            }
            const { conformance } = control.meaning;
            map.push({
                requirement: ref('requirement', framework.key, control.id),
                claims: [claim],
                conformance: { ...(conformance === 'not-applicable' ? {} : { score: conformance === 'met' ? 1 : 0 }), rationale },
            });
        }
        if (part === 'claims')
            continue;
        const overall = frameworkConformance(framework.controls.map((c) => c.meaning));
        map.unshift({ requirement: ref('requirement', framework.key), conformance: { score: overall.score, rationale: frameworkRationale(framework, overall) } });
        attestations.push({
            summary: `${cyclonedx_text(system.summary.id)} against ${framework.name}: ${overall.met} of ${overall.assessed} assessed controls evidenced by checks of content`,
            assessor: ASSESSOR,
            map,
        });
    }
    return { attestations, claims, evidence };
}
/** A bom-ref: kind and parts, joined so that different parts cannot make the same ref. */
function ref(kind, ...parts) {
    return `${kind}:${parts.map((p) => encodeURIComponent(p)).join('/')}`;
}
/** A repository string as CycloneDX text: no control characters, bounded. */
function cyclonedx_text(value) {
    return visibleText(value, 2000);
}
/** A repository-relative path as an IRI reference (each segment percent-encoded). */
function pathUrl(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}
function rulesText(rules) {
    return rules.length > 0 ? ` (rules: ${rules.join(', ')})` : '';
}
function frameworkRationale(framework, overall) {
    const counts = new Map();
    for (const control of framework.controls) {
        const key = control.meaning.conformance === 'not-applicable' ? (control.exclusion !== undefined ? 'excluded' : 'not applicable') : control.coverage.status;
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const parts = [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
    return (`${overall.met} of ${overall.assessed} assessed controls are evidenced by rules that judge content (${parts}). ` +
        'Only evidenced controls count as conformance; failing, waived, unchecked and uncovered controls count against it; excluded and not-applicable controls are left out.');
}
/** The frameworks any system is attested against, in the order the report lists them. */
function frameworksOf(report) {
    const seen = new Map();
    const catalogs = (0,frameworks/* loadFrameworks */.AZ)();
    for (const system of report.coverage) {
        for (const framework of system.frameworks) {
            let entry = seen.get(framework.framework);
            if (!entry)
                seen.set(framework.framework, (entry = { key: framework.framework, name: catalogs.get(framework.framework)?.name ?? framework.name, controls: new Map() }));
            for (const control of framework.controls)
                entry.controls.set(control.id, control.title);
        }
    }
    // Controls in the framework's own order.
    return [...seen.values()].map(({ key, name, controls }) => {
        const order = [...(catalogs.get(key)?.controls.keys() ?? [])];
        const ids = [...controls.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
        return { key, name, controls: ids.map((id) => ({ id, title: controls.get(id) })) };
    });
}
function standard(framework) {
    const root = ref('requirement', framework.key);
    return {
        'bom-ref': ref('standard', framework.key),
        name: framework.name,
        version: STANDARD_VERSION[framework.key],
        description: `Control identifiers and modelgate's own short titles (no text of the standard is reproduced); the first requirement stands for every control of ${framework.name} in the policy's coverage scope.`,
        owner: STANDARD_OWNER[framework.key],
        requirements: [
            { 'bom-ref': root, identifier: framework.name, title: `Every control of ${framework.name} in the policy's coverage scope` },
            ...framework.controls.map((control) => ({ 'bom-ref': ref('requirement', framework.key, control.id), identifier: control.id, title: control.title, parent: root })),
        ],
    };
}
function targetComponent(system, bomRef) {
    const { summary } = system;
    const model = {
        type: 'machine-learning-model',
        'bom-ref': ref('model', summary.id),
        name: cyclonedx_text(summary.name ?? summary.id),
        ...(summary.version ? { version: cyclonedx_text(summary.version) } : {}),
        ...(summary.card ? { externalReferences: [{ type: 'model-card', url: pathUrl(summary.card) }] } : {}),
    };
    const seen = new Set();
    const datasets = (summary.datasets ?? []).flatMap((dataset) => {
        if (seen.has(dataset.id))
            return [];
        seen.add(dataset.id);
        return [{ type: 'data', 'bom-ref': ref('dataset', summary.id, dataset.id), name: cyclonedx_text(dataset.id), ...(dataset.role ? { description: `${cyclonedx_text(dataset.role)} data` } : {}) }];
    });
    return {
        type: 'application',
        'bom-ref': bomRef,
        name: cyclonedx_text(summary.id),
        ...(summary.version ? { version: cyclonedx_text(summary.version) } : {}),
        ...(summary.name ? { description: cyclonedx_text(summary.name) } : {}),
        externalReferences: [{ type: 'other', url: pathUrl(summary.manifest), comment: 'the system manifest (ai-system.yaml)' }],
        components: [model, ...datasets],
    };
}
/** Each file a system's findings judged, or its check read, with those findings (sorted by path). */
function evidenceFiles(system) {
    const byFile = new Map();
    for (const file of system.digests.keys())
        byFile.set(file, []);
    for (const finding of system.findings) {
        for (const file of filesOfFinding(finding)) {
            const list = byFile.get(file);
            if (list)
                list.push(finding);
            else
                byFile.set(file, [finding]);
        }
    }
    return [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
const RESULT_ORDER = ['fail', 'waived', 'pass', 'not-applicable'];
function evidenceItem(bomRef, file, sha256, findings) {
    const result = findings.length === 0 ? 'read' : RESULT_ORDER.find((s) => findings.some((f) => f.status === s));
    const checks = findings.map((f) => ({ rule: f.ruleId, status: f.status, line: f.line, message: cyclonedx_text(f.message) }));
    const counts = RESULT_ORDER.map((s) => [s, findings.filter((f) => f.status === s).length]).filter(([, n]) => n > 0);
    return {
        'bom-ref': bomRef,
        propertyName: 'modelgate:evidence-file',
        description: `${cyclonedx_text(file)}${sha256 ? ` (sha256 ${sha256})` : ' (not read: only its existence was checked, so it has no digest)'}: ` +
            (findings.length === 0 ? 'read by the check; no rule judged it' : `${counts.map(([s, n]) => `${n} ${s}`).join(', ')}; result ${result}`),
        data: [
            {
                name: cyclonedx_text(file),
                contents: {
                    attachment: { contentType: 'application/json', content: JSON.stringify({ path: file, sha256: sha256 ?? null, result, checks }) },
                    url: pathUrl(file),
                },
            },
        ],
    };
}

;// CONCATENATED MODULE: ./build/report/ml-bom.js
/**
 * `modelgate bom`: a CycloneDX 1.6 ML-BOM for one system, written from its manifest, model card
 * and evidence: the system as metadata.component; the model (`machine-learning-model`) with its
 * licence, the files it ships (`file` components with their declared SHA-256) and a modelCard
 * (modelParameters: task, datasets by ref; quantitativeAnalysis: the card's model-index results;
 * considerations: users, use cases, limitations, fairness from the bias reports, the datasets'
 * known biases, and the card's CO2 figure); and one `data` component per declared dataset.
 *
 * What ml-bom/* reads back from it agrees with the manifest it came from (the round trip is
 * tested). Deterministic: the timestamp is the as-of day and the serial number is derived from
 * the document's content, as in the attestation export (cyclonedx.ts, whose helpers it uses).
 * Repository strings are CycloneDX text (no control characters, bounded); URLs that are not
 * plain IRIs are left out rather than written invalid.
 */




const SPDX = new Map(spdx_license_ids.map((id) => [id.toLowerCase(), id]));
const strings = (value) => [].concat(value ?? []).filter((v) => typeof v === 'string' && v.trim() !== '');
const first = (value) => strings(value)[0];
const isRecord = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
/** A URL CycloneDX's iri-reference format accepts: a scheme and no spaces or control characters. */
const plainUrl = (url) => /^[a-z][a-z0-9+.-]*:[^\s\p{Cc}<>"{}|\\^`]+$/iu.test(url);
/** A licence as CycloneDX writes it: an SPDX id where it is one, else its name. */
function license(value) {
    const id = SPDX.get(value.trim().toLowerCase());
    return id ? { license: { id } } : { license: { name: cyclonedx_text(value) } };
}
/** The ML-BOM as JSON text (two-space indented, a final newline). */
function formatMlBom(input) {
    const document = mlBomDocument(input);
    const body = JSON.stringify(document, null, 2);
    const serial = serialNumberOf((0,external_node_crypto_.createHash)('sha256').update(body).digest('hex'));
    return `${JSON.stringify({ ...document, serialNumber: serial }, null, 2)}\n`;
}
/** The document, without its serial number (formatMlBom derives it from this). */
function mlBomDocument({ manifest, card, evidence, asOf, toolVersion }) {
    const data = manifest.data;
    const id = first(data.id) ?? manifest.file;
    const name = first(data.name) ?? id;
    const version = first(data.version);
    const meta = card?.meta ?? {};
    const datasets = (Array.isArray(data.data?.datasets) ? data.data.datasets : []).filter((d) => isRecord(d) && typeof d.id === 'string' && d.id.trim() !== '');
    const seen = new Set();
    const dataComponents = datasets.flatMap((dataset) => {
        if (seen.has(dataset.id))
            return [];
        seen.add(dataset.id);
        const uri = first(dataset.uri);
        return [
            {
                type: 'data',
                'bom-ref': ref('dataset', id, dataset.id),
                name: cyclonedx_text(dataset.id),
                ...(first(dataset.revision) ? { version: cyclonedx_text(dataset.revision) } : {}),
                ...(first(dataset.source) ? { description: cyclonedx_text(dataset.source) } : {}),
                ...(first(dataset.license) ? { licenses: [license(dataset.license)] } : {}),
                ...(typeof dataset.sha256 === 'string' && /^[a-f0-9]{64}$/i.test(dataset.sha256) ? { hashes: [{ alg: 'SHA-256', content: dataset.sha256.toLowerCase() }] } : {}),
                data: [
                    {
                        type: 'dataset',
                        name: cyclonedx_text(dataset.id),
                        ...(uri && plainUrl(uri) ? { contents: { url: uri } } : {}),
                        ...(first(dataset.role) ? { description: `${cyclonedx_text(dataset.role)} data` } : {}),
                    },
                ],
            },
        ];
    });
    const modelLicense = first(data.license) ?? (first(meta.license) === 'other' ? first(meta.license_name) : first(meta.license));
    const files = (Array.isArray(data.artifacts) ? data.artifacts : []).flatMap((artifact) => isRecord(artifact) && typeof artifact.path === 'string' && artifact.path.trim() !== ''
        ? [
            {
                type: 'file',
                'bom-ref': ref('artifact', id, artifact.path),
                name: cyclonedx_text(artifact.path),
                ...(typeof artifact.sha256 === 'string' && /^[a-f0-9]{64}$/i.test(artifact.sha256) ? { hashes: [{ alg: 'SHA-256', content: artifact.sha256.toLowerCase() }] } : {}),
            },
        ]
        : []);
    const model = {
        type: 'machine-learning-model',
        'bom-ref': ref('model', id),
        name: cyclonedx_text(name),
        ...(version ? { version: cyclonedx_text(version) } : {}),
        ...(first(data.description) ? { description: cyclonedx_text(data.description) } : {}),
        ...(modelLicense ? { licenses: [license(modelLicense)] } : {}),
        ...(card ? { externalReferences: [{ type: 'model-card', url: pathUrl(card.file) }] } : {}),
        modelCard: modelCard(manifest, card, evidence, dataComponents),
        ...(files.length > 0 ? { components: files } : {}),
    };
    return {
        $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        version: 1,
        metadata: {
            timestamp: `${asOf}T00:00:00Z`,
            tools: { components: [{ type: 'application', 'bom-ref': 'tool:modelgate', name: 'modelgate', version: toolVersion }] },
            component: {
                type: 'application',
                'bom-ref': ref('system', id),
                name: cyclonedx_text(id),
                ...(version ? { version: cyclonedx_text(version) } : {}),
                ...(name !== id ? { description: cyclonedx_text(name) } : {}),
                externalReferences: [{ type: 'other', url: pathUrl(manifest.file), comment: 'the system manifest (ai-system.yaml)' }],
            },
        },
        components: [model, ...dataComponents],
        dependencies: [
            { ref: ref('system', id), dependsOn: [ref('model', id)] },
            { ref: ref('model', id), dependsOn: dataComponents.map((c) => c['bom-ref']) },
        ],
    };
}
function modelCard(manifest, card, evidence, datasets) {
    const data = manifest.data;
    const meta = card?.meta ?? {};
    const parameters = {
        ...(first(meta.pipeline_tag) ? { task: cyclonedx_text(meta.pipeline_tag) } : {}),
        ...(first(meta.model_type) ? { modelArchitecture: cyclonedx_text(meta.model_type) } : {}),
        ...(datasets.length > 0 ? { datasets: datasets.map((d) => ({ ref: d['bom-ref'] })) } : {}),
    };
    const metrics = performanceMetrics(meta['model-index']);
    const considerations = considerationsOf(manifest, meta, evidence);
    return {
        'bom-ref': ref('model-card', first(data.id) ?? manifest.file),
        ...(Object.keys(parameters).length > 0 ? { modelParameters: parameters } : {}),
        ...(metrics.length > 0 ? { quantitativeAnalysis: { performanceMetrics: metrics } } : {}),
        ...(Object.keys(considerations).length > 0 ? { considerations } : {}),
    };
}
/** Each metric of the card's model-index results, on the dataset it was measured on. */
function performanceMetrics(index) {
    if (!Array.isArray(index))
        return [];
    return index.flatMap((entry) => (isRecord(entry) && Array.isArray(entry.results) ? entry.results : []).flatMap((result) => {
        if (!isRecord(result) || !Array.isArray(result.metrics))
            return [];
        const dataset = isRecord(result.dataset) ? first(result.dataset.name) ?? first(result.dataset.type) : undefined;
        return result.metrics.flatMap((metric) => {
            if (!isRecord(metric))
                return [];
            const type = first(metric.type) ?? first(metric.name);
            const value = typeof metric.value === 'number' || typeof metric.value === 'string' ? String(metric.value) : undefined;
            if (!type || value === undefined)
                return [];
            return [{ type: cyclonedx_text(type), value: cyclonedx_text(value), ...(dataset ? { slice: cyclonedx_text(dataset) } : {}) }];
        });
    }));
}
function considerationsOf(manifest, meta, evidence) {
    const data = manifest.data;
    const use = isRecord(data.intendedUse) ? data.intendedUse : {};
    const mitigations = strings(data.bias?.mitigations).map((m) => cyclonedx_text(m));
    const mitigation = mitigations.length > 0 ? { mitigationStrategy: mitigations.join('; ') } : {};
    const ethical = (Array.isArray(data.data?.datasets) ? data.data.datasets : []).flatMap((dataset) => isRecord(dataset) && typeof dataset.id === 'string' && first(dataset.knownBias) ? [{ name: cyclonedx_text(`${dataset.id}: ${dataset.knownBias}`), ...mitigation }] : []);
    const fairness = fairnessAssessments(manifest, evidence, mitigation);
    const environmental = environmentalOf(meta.co2_eq_emissions);
    return {
        ...(strings(use.users).length > 0 ? { users: strings(use.users).map((u) => cyclonedx_text(u)) } : {}),
        ...(first(use.purpose) ? { useCases: [cyclonedx_text(use.purpose)] } : {}),
        ...(strings(use.limitations).length > 0 ? { technicalLimitations: strings(use.limitations).map((l) => cyclonedx_text(l)) } : {}),
        ...(ethical.length > 0 ? { ethicalConsiderations: ethical } : {}),
        ...(environmental ? { environmentalConsiderations: environmental } : {}),
        ...(fairness.length > 0 ? { fairnessAssessments: fairness } : {}),
    };
}
/** One assessment per sensitive attribute the cited bias reports measured: what they found, and the mitigations. */
function fairnessAssessments(manifest, evidence, mitigation) {
    const reports = Array.isArray(manifest.data.bias?.reports) ? manifest.data.bias.reports : [];
    // attribute → report file → what it measured
    const found = new Map();
    for (const entry of reports) {
        if (!isRecord(entry) || typeof entry.path !== 'string' || entry.path.trim() === '')
            continue;
        const report = evidence.evidence(formats/* biasReports */.F, entry.path, typeof entry.format === 'string' ? entry.format : undefined);
        if (!report.ok)
            continue;
        for (const result of report.value.results) {
            if (typeof result.value !== 'number')
                continue;
            const byFile = found.get(result.attribute) ?? new Map();
            const list = byFile.get(report.value.file) ?? [];
            list.push(`${result.metric} ${result.value}${result.group ? ` (${result.group})` : ''}`);
            byFile.set(report.value.file, list);
            found.set(result.attribute, byFile);
        }
    }
    return [...found].map(([attribute, byFile]) => ({
        groupAtRisk: cyclonedx_text(`people grouped by ${attribute}`),
        harms: cyclonedx_text(`measured in ${[...byFile].map(([file, measured]) => `${file}: ${measured.join(', ')}`).join('; ')}`),
        ...mitigation,
    }));
}
/** The card's co2_eq_emissions (grams of CO2 equivalent, a number or an object with `emissions`), as properties. */
function environmentalOf(co2) {
    const grams = typeof co2 === 'number' ? co2 : isRecord(co2) && typeof co2.emissions === 'number' ? co2.emissions : undefined;
    if (grams === undefined || !Number.isFinite(grams))
        return undefined;
    const properties = [{ name: 'modelgate:co2-eq-emissions-grams', value: String(grams) }];
    if (isRecord(co2)) {
        for (const key of ['source', 'training_type', 'geographical_location', 'hardware_used']) {
            if (first(co2[key]))
                properties.push({ name: `modelgate:co2-eq-emissions-${key.replace(/_/g, '-')}`, value: cyclonedx_text(co2[key]) });
        }
    }
    return { properties };
}

;// CONCATENATED MODULE: ./build/engine/bom.js
/**
 * `modelgate bom`: find the systems under a path and write each one's ML-BOM (report/ml-bom.ts)
 * from its manifest, card and evidence, read through the same file layer as a check (nothing
 * outside the root, the same size caps).
 */







function buildMlBoms(options) {
    const repo = new repo_fs/* RepoFs */.GB(options.root, options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes });
    const { manifests } = (0,discover/* discover */.k4)(repo, { scanPath: options.scanPath });
    return manifests.map((file) => {
        const loaded = (0,load_manifest/* loadManifest */.eY)(repo, file);
        if (!loaded.ok) {
            const problem = loaded.problems[0];
            return { ok: false, manifest: file, problem: problem ? `${problem.location.file}:${problem.location.line}: ${problem.message}` : 'cannot be read' };
        }
        const { manifest } = loaded;
        const evidence = new store/* EvidenceStore */.x(repo, manifest, registry/* EVIDENCE_KINDS */.A);
        const ref = manifest.data.modelCard;
        const card = typeof ref === 'string' && ref.trim() !== '' ? evidence.card(ref) : undefined;
        const text = formatMlBom({ manifest, ...(card?.ok ? { card: card.value } : {}), evidence, asOf: options.asOf, toolVersion: options.toolVersion });
        return { ok: true, manifest: file, id: (0,source_doc/* asText */.e1)((0,load_manifest/* systemId */.JO)(manifest)), text };
    });
}

// EXTERNAL MODULE: ./build/policy/baseline.js
var policy_baseline = __nccwpck_require__(4070);
// EXTERNAL MODULE: ./build/report/tally.js
var tally = __nccwpck_require__(511);
// EXTERNAL MODULE: ./build/load/lazy.js
var lazy = __nccwpck_require__(4285);
// EXTERNAL MODULE: ./build/load/schema.js
var schema = __nccwpck_require__(6736);
// EXTERNAL MODULE: ./build/evaluate/policy.js + 26 modules
var evaluate_policy = __nccwpck_require__(657);
// EXTERNAL MODULE: ./build/policy/sources.js + 1 modules
var sources = __nccwpck_require__(7283);
// EXTERNAL MODULE: ./build/policy/remote.js
var policy_remote = __nccwpck_require__(6071);
;// CONCATENATED MODULE: ../main/node_modules/markdown-table/index.js
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}

// EXTERNAL MODULE: ./build/policy/definition.js
var definition = __nccwpck_require__(3768);
;// CONCATENATED MODULE: ./build/report/rules-doc.js
/**
 * Rule documentation rendered from the rules themselves, so docs cannot drift from behaviour:
 * `modelgate rules` (a list), `modelgate explain <id>` (one rule), and docs/rules.md
 * (`modelgate rules --all --format markdown`, kept in sync by a test).
 */



const AREAS = {
    manifest: 'Manifest',
    discovery: 'Discovery',
    system: 'System identity and risk',
    card: 'Model card',
    data: 'Data provenance',
    bias: 'Bias evaluation',
    monitoring: 'Drift monitoring',
    oversight: 'Human oversight',
    evidence: 'Cited evidence',
};
function controlsText(controls) {
    const parts = [];
    if (controls.iso42001?.length)
        parts.push(`ISO/IEC 42001 ${controls.iso42001.join(', ')}`);
    if (controls.euAiAct?.length)
        parts.push(`EU AI Act ${controls.euAiAct.join(', ')}`);
    if (controls.nistAiRmf?.length)
        parts.push(`NIST AI RMF ${controls.nistAiRmf.join(', ')}`);
    if (controls.iso24028?.length)
        parts.push(`ISO/IEC TR 24028 ${controls.iso24028.join(', ')}`);
    return parts.join('; ');
}
/** What a rule's check evidences (content judged) and only supports (declared, present), on one line. */
function mappingText(rule) {
    const evidences = controlsText(rule.evidences);
    const supports = controlsText(rule.supports);
    return [evidences && `evidences ${evidences}`, supports && `supports ${supports}`].filter(Boolean).join(' · ');
}
function appliesText(rule) {
    const parts = [];
    if (rule.when?.tiers)
        parts.push(`risk tiers ${rule.when.tiers.join(', ')}`);
    if (rule.when?.stages)
        parts.push(`lifecycle stages ${rule.when.stages.join(', ')}`);
    if (rule.when?.labels)
        parts.push(`systems labelled ${rule.when.labels.join(', ')}`);
    return parts.length ? parts.join('; ') : 'every system';
}
/** One line per rule, for the terminal. */
function formatRulesText(rules) {
    const width = Math.max(...rules.map((r) => r.id.length));
    return `${rules.map((r) => `${terminalText(r.id).padEnd(width)}  ${r.severity.padEnd(7)}  ${terminalText(r.title)}\n${' '.repeat(width + 11)}${terminalText(mappingText(r))}`).join('\n')}\n`;
}
/** Everything about one rule, for `modelgate explain`. */
function formatRuleExplanation(rule) {
    // A pack in the repository wrote these: one line each, no escape sequence or workflow command.
    const lines = [`${terminalText(rule.id)}: ${terminalText(rule.title)}`, ''];
    if (rule.description)
        lines.push(terminalText(rule.description.trim(), 10_000), '');
    lines.push(`Severity:  ${rule.severity}${rule.locked ? ' (locked)' : ''}`);
    lines.push(`Applies:   ${terminalText(appliesText(rule))}`);
    if (rule.core)
        lines.push('Checks:    while discovering and reading manifests');
    else
        lines.push(`Checks:    ${terminalText(checksText(rule))}`);
    lines.push(`Fix:       ${terminalText(rule.remediation)}`);
    lines.push(`Evidences: ${terminalText(controlsText(rule.evidences)) || 'none'}`);
    lines.push(`Supports:  ${terminalText(controlsText(rule.supports)) || 'none'}`);
    if (rule.docs)
        lines.push(`Docs:      ${terminalText(rule.docs)}`);
    return `${lines.join('\n')}\n`;
}
function checksText(rule) {
    const given = (rule.given ?? []).join(', ');
    const checks = (rule.then ?? []).map((t) => `${t.field ? `${t.field} ` : ''}${t.function}${t.options ? ` ${JSON.stringify(t.options)}` : ''}`);
    return `given ${given}: ${checks.join('; ')}`;
}
/** docs/rules.md: every rule, grouped by area, with a table of contents. */
function formatRulesMarkdown(rules, packs) {
    const sorted = [...rules].sort((a, b) => areaOrder(a.id) - areaOrder(b.id) || a.id.localeCompare(b.id));
    const packNames = Object.keys(packs);
    const out = [
        '# modelgate rules',
        '',
        '<!-- Generated by `npm run docs` from policies/rules/*.yaml; do not edit by hand. -->',
        '',
        'Each rule is data in `policies/rules/<area>.yaml` (its check functions are in',
        '`src/evaluate/functions/` or, for one kind of evidence, `src/evidence/<kind>/checks.ts`; its',
        'tests in `test/rules/<area>.test.ts`). Packs select rules and',
        'set their severity; the table shows the severity in each bundled pack ("—": not selected).',
        '',
        markdownTable([
            ['Rule', 'Title', ...packNames],
            ...sorted.map((r) => [`[\`${r.id}\`](#${(0,definition/* ruleAnchor */.Ei)(r.id)})`, r.title, ...packNames.map((p) => packs[p]?.get(r.id) ?? '—')]),
        ], { alignDelimiters: false }),
    ];
    let area = '';
    for (const rule of sorted) {
        const ruleArea = rule.id.split('/')[0];
        if (ruleArea !== area) {
            area = ruleArea;
            out.push('', `## ${AREAS[area] ?? area}`);
        }
        out.push('', `### ${rule.id}`, '', `**${rule.title}**`, '');
        if (rule.description)
            out.push(rule.description.trim(), '');
        out.push(`- Default severity: \`${rule.severity}\`${rule.locked ? ' (locked: no pack can turn it off or lower it)' : ''}`);
        out.push(`- Applies to: ${appliesText(rule)}`);
        out.push(rule.core ? '- Checked: by the engine while discovering and reading manifests' : `- Checked: ${markdownChecks(rule)}`);
        out.push(`- Fix: ${rule.remediation}`);
        out.push(`- Evidences: ${controlsText(rule.evidences) || 'none'}`);
        out.push(`- Supports: ${controlsText(rule.supports) || 'none'}`);
    }
    return `${out.join('\n')}\n`;
}
function markdownChecks(rule) {
    const given = (rule.given ?? []).map((g) => `\`${g}\``).join(', ');
    const checks = (rule.then ?? []).map((t) => `\`${t.function}\`${t.field ? ` on \`${t.field}\`` : ''}${t.options ? ` with \`${JSON.stringify(t.options)}\`` : ''}`);
    return `given ${given}, ${checks.join(', then ')}`;
}
function areaOrder(id) {
    const index = Object.keys(AREAS).indexOf(id.split('/')[0]);
    return index < 0 ? Object.keys(AREAS).length : index;
}

;// CONCATENATED MODULE: ./build/report/markdown.js
/**
 * The Markdown report: the job summary (and, later, the PR comment). Leads with the verdict,
 * then one table of systems, then a table of failing findings per system. Text from documents
 * goes through escape.ts (Markdown text, inline code, or HTML inside `<details>`), so it cannot
 * break a table, inject HTML or @-mention anyone; and the whole report stays under GitHub's 1 MiB step-summary cap.
 */




const STEP_SUMMARY_LIMIT = 1024 * 1024;
function formatMarkdown(report, options = {}) {
    return renderMarkdown(report, options).markdown;
}
/** The report as Markdown, and whether every failing finding made it in under the size cap. */
function renderMarkdown(report, options = {}) {
    const limit = (options.maxBytes ?? STEP_SUMMARY_LIMIT) - 4096;
    const { summary } = report;
    const parts = [];
    const icon = report.verdict === 'pass' ? '✅' : '❌';
    parts.push(`## ${icon} modelgate: ${report.verdict === 'pass' ? 'pass' : 'fail'}`);
    parts.push(`${countText(summary.errors, 'error', true)}, ${countText(summary.warnings, 'warning')}, ${countText(summary.notices, 'notice')}${summary.waived ? `, ${summary.waived} waived` : ''} ` +
        `across ${countText(summary.systems, 'system')}${summary.unregistered ? ` and ${countText(summary.unregistered, 'unregistered model card')}` : ''}; ` +
        `${summary.passed} checks passed${summary.notApplicable ? `, ${summary.notApplicable} not applicable` : ''}. ` +
        `Policy ${markdownCode(report.policy.packs[0] ?? '')} (${report.policy.rules} rules), fail-on \`${report.failOn}\`.`);
    parts.push(formatProvenance(report));
    if (report.systems.length > 0) {
        parts.push(markdownTable([
            ['System', 'Version', 'Verdict', 'Errors', 'Warnings', 'Notices', 'Passed', 'Manifest'],
            ...report.systems.map((s) => [
                markdownText(s.id),
                markdownText(s.version ?? ''),
                s.verdict === 'pass' ? '✅ pass' : '❌ fail',
                String(s.counts.errors),
                String(s.counts.warnings),
                String(s.counts.notices),
                String(s.counts.passed),
                code(s.manifest),
            ]),
        ], { align: ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'l'], alignDelimiters: false }));
    }
    const scope = formatScope(report);
    if (scope)
        parts.push(scope);
    // Coverage counts always fit; the per-system control tables only where room is left at the end.
    const coverage = formatCoverage(report);
    if (coverage)
        parts.push(coverage.counts);
    const detailsAt = parts.length;
    const failures = failuresInPriorityOrder(report.findings);
    const groups = groupBy(failures, (f) => f.system);
    let size = byteLength(parts.join('\n\n'));
    let omittedSystems = 0;
    for (const [system, findings] of groups) {
        const known = systemById(report, system);
        const heading = `### ${sectionTitle(report, system, findings)}${known ? ` (${markdownCode(known.manifest)})` : ''}`;
        const table = markdownTable([
            ['Severity', 'Rule', 'Where', 'Finding', 'Fix'],
            ...findings.map((f) => [
                f.severity,
                ruleLink(f, { inTable: true }),
                code(`${f.file}:${f.line}`),
                markdownText(f.message),
                markdownText(f.remediation ?? ''),
            ]),
        ], { alignDelimiters: false });
        const section = `${heading}\n\n${table}`;
        const sectionSize = byteLength(section) + 2;
        if (size + sectionSize > limit) {
            omittedSystems++;
            continue;
        }
        parts.push(section);
        size += sectionSize;
    }
    const waived = report.findings.filter((f) => f.status === 'waived');
    if (waived.length > 0) {
        parts.push(`### Waived (${waived.length})\n\n${markdownTable([
            ['System', 'Rule', 'Where', 'Approver', 'Until', 'Justification'],
            ...waived.map((f) => [
                markdownText(f.system),
                code(f.ruleId),
                code(`${f.file}:${f.line}`),
                markdownText(f.waiver?.approver ?? ''),
                markdownText(f.waiver?.expires ?? ''),
                markdownText(f.waiver?.justification ?? ''),
            ]),
        ], { alignDelimiters: false })}`);
    }
    if (omittedSystems > 0) {
        parts.push(`> ${omittedSystems} more system${omittedSystems === 1 ? ' is' : 's are'} not shown here to stay under GitHub's summary size limit; every finding is in the JSON report.`);
    }
    size = byteLength(parts.join('\n\n'));
    const details = [];
    for (const block of coverage?.details ?? []) {
        const blockSize = byteLength(block) + 2;
        if (size + blockSize > limit)
            break;
        details.push(block);
        size += blockSize;
    }
    parts.splice(detailsAt, 0, ...details);
    // Last, as room allows: the files each system's check read, with their digests.
    for (const block of fileDigests(report)) {
        const blockSize = byteLength(block) + 2;
        if (size + blockSize > limit)
            break;
        parts.push(block);
        size += blockSize;
    }
    const whole = `${parts.join('\n\n')}\n`;
    const markdown = clipToBytes(whole, limit);
    return { markdown, complete: omittedSystems === 0 && markdown === whole };
}
/** A last guard (a huge waivers table, say): cut at a line boundary and say so. */
function clipToBytes(text, limit) {
    if (byteLength(text) <= limit)
        return text;
    const cut = Buffer.from(text, 'utf8').subarray(0, limit - 200).toString('utf8').replace(/\n[^\n]*$/, '').replace(/\uFFFD$/, '');
    return `${cut}\n\n> The rest is not shown, to stay under GitHub's size limit; every finding is in the JSON report.\n`;
}
/** Tool, commit, as-of day and policy digest: what an auditor needs to tie the report to its inputs. */
function formatProvenance(report) {
    const { provenance } = report;
    const files = report.systems.reduce((n, s) => n + (s.files?.length ?? 0), 0);
    return (`Provenance: modelgate ${markdownText(provenance.tool.version)}; commit ${provenance.commit ? markdownCode(provenance.commit) : 'none'} (${markdownText(provenance.commitSource)}); ` +
        `as of ${provenance.asOf}; policy digest ${markdownCode(provenance.policy.digest)}` +
        (files > 0 ? `; ${countText(files, 'file')} read, each with its SHA-256 ${report.systems.length <= 25 ? 'below (as room allows) and ' : ''}in the JSON report.` : '.'));
}
/** The files each system's check read, with their SHA-256 (for up to 25 systems, as room allows). */
function fileDigests(report) {
    if (report.systems.length > 25)
        return [];
    return report.systems.flatMap((system) => {
        if (!system.files?.length)
            return [];
        const table = markdownTable([['File', 'SHA-256'], ...system.files.map((f) => [code(f.path), code(f.sha256)])], { alignDelimiters: false });
        return [`<details><summary>${htmlText(system.id)}: ${countText(system.files.length, 'file')} read</summary>\n\n${table}\n\n</details>`];
    });
}
/** Which systems a changed-files run skipped and why, or why it checked them all. */
function formatScope(report) {
    const scope = report.scope;
    if (!scope)
        return undefined;
    if (scope.all)
        return `Scope: every system was checked because ${markdownText(scope.all)}.`;
    if (scope.skipped.length === 0)
        return `Scope: the ${countText(scope.changedFiles, 'changed file')} touch every system.`;
    const rows = scope.skipped.slice(0, 500).map((s) => [markdownText(s.id ?? ''), code(s.manifest), markdownText(s.reason)]);
    const more = scope.skipped.length > rows.length ? `\n\n…and ${scope.skipped.length - rows.length} more.` : '';
    return (`<details><summary>Scope: ${countText(scope.skipped.length, 'system')} not checked; the ${countText(scope.changedFiles, 'changed file')} do not touch them</summary>\n\n` +
        `${markdownTable([['System', 'Manifest', 'Why skipped'], ...rows], { alignDelimiters: false })}${more}\n\n</details>`);
}
const STATUS_LABEL = {
    evidenced: '✅ evidenced',
    supported: '☑️ supported',
    failing: '❌ failing',
    waived: '⚠️ waived',
    'not-applicable': '➖ not applicable',
    'not-covered': '⬜ not covered',
};
/**
 * Coverage per framework: a row per system with its counts; and the controls of each system in
 * collapsed blocks (for up to 25 systems), which the caller includes as far as the size cap allows.
 */
function formatCoverage(report) {
    const frameworks = report.coverage[0]?.frameworks.map((f) => ({ key: f.framework, name: f.name })) ?? [];
    if (frameworks.length === 0)
        return undefined;
    const parts = ['### Coverage by framework'];
    const details = [];
    for (const { key, name } of frameworks) {
        const rows = report.coverage.map((system) => ({ system: system.system, coverage: system.frameworks.find((f) => f.framework === key) }));
        parts.push(`**${markdownText(name)}**\n\n${markdownTable([
            ['System', ...report_coverage/* CONTROL_STATUSES */.Vc.map((s) => STATUS_LABEL[s])],
            ...rows.map(({ system, coverage }) => [markdownText(system), ...report_coverage/* CONTROL_STATUSES */.Vc.map((s) => String(coverage?.counts[s] ?? 0))]),
        ], { alignDelimiters: false })}`);
        if (rows.length <= 25) {
            for (const { system, coverage } of rows) {
                if (!coverage)
                    continue;
                const table = markdownTable([
                    ['Control', 'Title', 'Status', 'Rules', 'Why'],
                    ...coverage.controls.map((c) => [code(c.id), markdownText(c.title), STATUS_LABEL[c.status], c.rules.map((r) => code(r)).join(' '), c.reason ? markdownText(c.reason) : '']),
                ], { alignDelimiters: false });
                details.push(`<details><summary>${htmlText(system)}: ${htmlText(name)} controls</summary>\n\n${table}\n\n</details>`);
            }
        }
    }
    return { counts: parts.join('\n\n'), details };
}
/** A system's name and version; a card no manifest registers; else what the findings are about. */
function sectionTitle(report, system, findings) {
    const known = systemById(report, system);
    if (known)
        return `${markdownText(system)}${known.version ? ` ${markdownText(known.version)}` : ''}`;
    if (findings.every((f) => f.ruleId === 'discovery/unregistered-system'))
        return `Unregistered model card ${markdownText(system)}`;
    return `Policy and waivers (${markdownText(system)})`;
}
/** A rule id, linked to its documentation when that is an http(s) URL. */
function ruleLink(finding, options = {}) {
    const id = markdownCode(finding.ruleId, options);
    const url = markdownUrl(finding.docs);
    return url ? `[${id}](${url})` : id;
}
function countText(count, word, bold = false) {
    const text = `${count} ${word}${count === 1 ? '' : 's'}`;
    return bold && count > 0 ? `**${text}**` : text;
}
/** Inline code inside a table cell. */
function code(text) {
    return markdownCode(text, { inTable: true });
}
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}

;// CONCATENATED MODULE: ./build/report/sarif.js
/**
 * SARIF 2.1.0 for GitHub code scanning (`--format sarif`): one run per category, a result for
 * each failing or waived finding (waived ones carry an accepted external suppression), and a
 * rule descriptor for each rule that has a result. Fingerprints leave the line out, so an alert
 * survives edits above it.
 */



const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub code scanning rejects a run with more results than this. */
const MAX_RESULTS_PER_RUN = 25_000;
/** GitHub keeps at most 20 tags per rule. */
const MAX_TAGS = 20;
const FINGERPRINT_KEY = 'modelgateFindingHash/v1';
const INFORMATION_URI = 'https://github.com/modelgate/modelgate';
const SRCROOT = '%SRCROOT%';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function formatSarif(report, options = {}) {
    const category = trimTrailingSlashes(options.category ?? 'modelgate');
    // Failures first, most severe first, so a cut at GitHub's limit keeps what matters most.
    const candidates = [...failuresInPriorityOrder(report.findings), ...report.findings.filter((f) => f.status === 'waived')];
    const kept = candidates.slice(0, MAX_RESULTS_PER_RUN);
    const left = candidates.length - kept.length;
    const ruleIds = [...new Set(kept.map((f) => f.ruleId))].sort();
    const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
    const firstFinding = new Map();
    for (const finding of kept)
        if (!firstFinding.has(finding.ruleId))
            firstFinding.set(finding.ruleId, finding);
    const rules = ruleIds.map((id) => describeRule(firstFinding.get(id), options.rules?.get(id)));
    const fingerprints = fingerprintsOf(kept);
    const results = kept.map((finding, i) => {
        const index = ruleIndex.get(finding.ruleId);
        return {
            ruleId: finding.ruleId,
            ruleIndex: index,
            level: LEVEL[finding.severity],
            message: { text: resultText(finding, options.rules?.get(finding.ruleId)) },
            locations: [{ ...at(finding.file, region(finding)), logicalLocations: [logicalLocation(finding)] }],
            partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[i] },
            ...(finding.status === 'waived' && finding.waiver ? { suppressions: [suppression(finding.waiver)] } : {}),
        };
    });
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'modelgate',
                        version: report.tool.version,
                        semanticVersion: report.tool.version,
                        informationUri: INFORMATION_URI,
                        rules,
                    },
                },
                automationDetails: { id: `${category}/` },
                invocations: [
                    {
                        executionSuccessful: true,
                        ...(left > 0 ? { toolExecutionNotifications: [truncationNotice(left, candidates.length)] } : {}),
                    },
                ],
                // Columns come from JavaScript string offsets, which count UTF-16 code units.
                columnKind: 'utf16CodeUnits',
                results,
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
function describeRule(finding, text) {
    const title = text?.title ?? finding.ruleId;
    const remediation = text?.remediation ?? finding.remediation;
    const evidenced = controlsByFramework(finding.evidences);
    const supported = controlsByFramework(finding.supports);
    const listed = (frameworks) => frameworks.map(({ framework, ids }) => `${framework} ${ids.join(', ')}`).join('; ');
    const controls = [evidenced.length && `evidences ${listed(evidenced)}`, supported.length && `supports ${listed(supported)}`].filter(Boolean).join(' · ');
    const docs = markdownUrl(finding.docs);
    const helpText = [remediation && `Fix: ${visibleText(remediation)}`, controls && `Controls: ${visibleText(controls)}`, docs && `Docs: ${docs}`];
    const helpMarkdown = [remediation && `**Fix:** ${markdownText(remediation)}`, controls && `**Controls:** ${markdownText(controls)}`, docs && `[Rule documentation](${docs})`];
    return {
        id: finding.ruleId,
        name: pascalCase(finding.ruleId),
        shortDescription: { text: sarifText(sentence(title)) },
        fullDescription: { text: sarifText(sentence(text?.description?.trim() || title)) },
        help: { text: helpText.filter(Boolean).join('\n\n'), markdown: helpMarkdown.filter(Boolean).join('\n\n') },
        ...(docs ? { helpUri: docs } : {}),
        defaultConfiguration: { level: LEVEL[finding.severity] },
        // Tags filter alerts in code scanning; a control id alone is ambiguous across frameworks.
        properties: { tags: [...new Set([...evidenced, ...supported].flatMap(({ framework, ids }) => ids.map((id) => `${framework} ${id}`)))].slice(0, MAX_TAGS) },
    };
}
const FRAMEWORK_LABELS = {
    iso42001: 'ISO/IEC 42001',
    euAiAct: 'EU AI Act',
    nistAiRmf: 'NIST AI RMF',
    iso24028: 'ISO/IEC TR 24028',
};
function controlsByFramework(controls) {
    return Object.keys(FRAMEWORK_LABELS)
        .map((key) => ({ framework: FRAMEWORK_LABELS[key], ids: [...new Set(controls[key] ?? [])] }))
        .filter(({ ids }) => ids.length > 0);
}
/** `data/dataset-license` → `DataDatasetLicense`: SARIF's convention for a rule's friendly name. */
function pascalCase(id) {
    return id
        .split(/[^A-Z0-9]+/i)
        .filter(Boolean)
        .map((word) => word[0]?.toUpperCase() + word.slice(1))
        .join('');
}
/** Code scanning shows only the message, so it carries the fix as well. */
function resultText(finding, text) {
    const remediation = finding.remediation ?? text?.remediation;
    return sarifText(remediation ? `${sentence(finding.message)} Fix: ${sentence(remediation)}` : sentence(finding.message));
}
function sentence(text) {
    return /[.!?]$/.test(text) ? text : `${text}.`;
}
/** The end is given only on one line: a span over several lines would mark whole blocks. */
function region(finding) {
    const start = { startLine: Math.max(1, finding.line), startColumn: Math.max(1, finding.column) };
    const oneLine = (finding.endLine ?? finding.line) === finding.line && finding.endColumn !== undefined && finding.endColumn > start.startColumn;
    return oneLine ? { ...start, endLine: start.startLine, endColumn: finding.endColumn } : start;
}
function at(file, where) {
    // A URI, not a path: each segment percent-encoded (spaces, `#`, `%` in file names).
    const uri = file.split('/').map(encodeURIComponent).join('/');
    return { physicalLocation: { artifactLocation: { uri, uriBaseId: SRCROOT }, region: where } };
}
function logicalLocation(finding) {
    const system = visibleText(finding.system);
    if (!finding.path)
        return { name: system, fullyQualifiedName: system, kind: 'module' };
    return { name: visibleText(finding.path), fullyQualifiedName: `${system}:${visibleText(finding.path)}` };
}
/**
 * A hash of what identifies a finding apart from where it is printed: rule, file, system and
 * logical path. Findings that share all four are numbered in order (`:1`, `:2`), as
 * github/codeql-action numbers its own line hashes, so each result keeps a distinct fingerprint.
 */
function fingerprintsOf(findings) {
    const seen = new Map();
    return findings.map((finding) => {
        const hash = (0,policy_baseline/* findingIdentity */.AZ)(finding);
        const occurrence = (seen.get(hash) ?? 0) + 1;
        seen.set(hash, occurrence);
        return `${hash}:${occurrence}`;
    });
}
function suppression(waiver) {
    return {
        kind: 'external',
        status: 'accepted',
        justification: sarifText(`${sentence(waiver.justification)} Approved by ${waiver.approver}; expires ${waiver.expires}.`),
        // Where the waiver is written: the suppression persists there, not in the file at fault.
        location: at(waiver.file, { startLine: waiver.line }),
    };
}
function truncationNotice(left, total) {
    return {
        level: 'warning',
        message: {
            text: `${left} of ${total} results were left out: GitHub code scanning accepts at most ${MAX_RESULTS_PER_RUN} per run. Errors come first; the JSON report has every finding.`,
        },
    };
}
/** `a/b//` → `a/b`, by one backward walk (`/\/+$/` retries from every slash of a run). */
function trimTrailingSlashes(text) {
    let end = text.length;
    while (end > 0 && text[end - 1] === '/')
        end--;
    return text.slice(0, end);
}

;// CONCATENATED MODULE: ./build/report/json.js
/**
 * The JSON report, written in pieces: the same text as `JSON.stringify(value, null, 2)`, but the
 * top two levels (the report's keys, and each finding, system and coverage entry) are written
 * one by one, so a report of thousands of systems is never one string of hundreds of MB.
 */
/** How deep to split: the report object, then its arrays' elements. */
const SPLIT_DEPTH = 2;
function writeJson(value, write) {
    writeValue(value, '', 0, write);
    write('\n');
}
function writeValue(value, indent, depth, write) {
    const json = value?.toJSON;
    if (depth >= SPLIT_DEPTH || value === null || typeof value !== 'object' || typeof json === 'function') {
        // JSON.stringify indents nested lines from column 0: shift them to this depth.
        write((JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`));
        return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
        if (value.length === 0)
            return write('[]');
        write('[');
        value.forEach((item, index) => {
            write(`${index === 0 ? '' : ','}\n${inner}`);
            // As JSON.stringify does: an element that has no JSON form is null.
            writeValue(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, inner, depth + 1, write);
        });
        return write(`\n${indent}]`);
    }
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
    if (entries.length === 0)
        return write('{}');
    write('{');
    entries.forEach(([key, item], index) => {
        write(`${index === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `);
        writeValue(item, inner, depth + 1, write);
    });
    write(`\n${indent}}`);
}

;// CONCATENATED MODULE: ./build/report/soa.js
/**
 * The ISO/IEC 42001 Statement of Applicability (clause 6.1.3): for each system, every one of the
 * 38 Annex A controls, whether it applies and why, its status, and the rules and evidence files
 * (with their SHA-256 when read) behind it. A control applies unless the policy excludes it with a
 * justification (the pack key `exclusions.iso42001`); statuses mean what conformance.ts says, so
 * only an evidenced control reads as implemented. As Markdown (`--format soa`) and as CSV
 * (`--format soa-csv`), every repository string escaped for its sink, written one system at a
 * time.
 */



const ISO_ALL = new Map([['iso42001', 'all']]);
const APPLIES = 'not excluded by the policy';
/** The Statement of Applicability of each system. */
function* statements(report, options) {
    for (const system of auditSystems(report, options.exclusions, ISO_ALL))
        yield { system, controls: system.frameworks[0]?.controls ?? [] };
}
function applicable(control) {
    return control.meaning.conformance !== 'not-applicable';
}
function reasonOf(control) {
    if (control.exclusion !== undefined)
        return control.exclusion;
    if (!applicable(control))
        return control.coverage.reason ?? '';
    return APPLIES;
}
/** The Markdown statement, written one system at a time. */
function writeSoaMarkdown(report, options, write) {
    const { provenance } = report;
    const head = [
        '# Statement of Applicability: ISO/IEC 42001:2023 Annex A',
        `Generated by modelgate ${markdownText(provenance.tool.version)} as of ${provenance.asOf}; ` +
            `commit ${provenance.commit ? markdownCode(provenance.commit) : 'none'} (${markdownText(provenance.commitSource)}); ` +
            `policy ${provenance.policy.packs.map((p) => markdownCode(p)).join(' → ')}, digest ${markdownCode(provenance.policy.digest)}.`,
        'Every Annex A control applies unless the policy excludes it with a justification (clause 6.1.3). A control counts as implemented only when ' +
            'it is *evidenced*: rules mapped to it ran, judged the content of the files listed, and passed. Each file read shows the start of its SHA-256 (the CSV has it whole); ' +
            'a file shown without one was not read, only its presence checked. Control ids and short titles only; no text of the standard is reproduced.',
    ];
    write(`${head.join('\n\n')}\n`);
    for (const { system, controls } of statements(report, options)) {
        const parts = [];
        const { summary } = system;
        const counts = new Map();
        for (const control of controls)
            counts.set(control.meaning.soa, (counts.get(control.meaning.soa) ?? 0) + 1);
        const excluded = controls.filter((c) => !applicable(c)).length;
        parts.push(`## ${markdownText(summary.id)}${summary.version ? ` ${markdownText(summary.version)}` : ''} (${markdownCode(summary.manifest)})`);
        parts.push(`${controls.length} controls: ${controls.length - excluded} applicable, ${excluded} not. ` + [...counts].map(([status, n]) => `${n} ${markdownText(status)}`).join(', ') + '.');
        parts.push(markdownTable([
            ['Control', 'Title', 'Applicable', 'Reason', 'Status', 'Rules', 'Evidence (SHA-256)'],
            ...controls.map((control) => [
                markdownCode(control.id, { inTable: true }),
                markdownText(control.title),
                applicable(control) ? 'yes' : 'no',
                markdownText(reasonOf(control)),
                markdownText(control.meaning.soa),
                control.coverage.rules.map((r) => markdownCode(r, { inTable: true })).join(' '),
                control.files.map((file) => `${markdownCode(file, { inTable: true })}${digestNote(system, file)}`).join('<br>'),
            ]),
        ], { alignDelimiters: false }));
        write(`\n${parts.join('\n\n')}\n`);
    }
}
function digestNote(system, file) {
    const digest = system.digests.get(file);
    return digest ? ` ${markdownCode(digest.slice(0, 12), { inTable: true })}` : ' (not read: only its presence was checked)';
}
const SOA_CSV_COLUMNS = ['system', 'control', 'title', 'applicable', 'reason', 'status', 'rules', 'evidence', 'as_of', 'commit', 'policy_digest'];
/**
 * One row per system and control. `evidence`: `path sha256` pairs separated by `; ` (a path
 * alone for a file whose presence only was checked, unread); `rules`: space-separated ids.
 */
function writeSoaCsv(report, options, write) {
    const { provenance } = report;
    const row = (cells) => write(`${cells.map((cell) => csvField(cell, 10_000)).join(',')}\r\n`);
    row(SOA_CSV_COLUMNS);
    for (const { system, controls } of statements(report, options)) {
        for (const control of controls) {
            row([
                system.summary.id,
                control.id,
                control.title,
                applicable(control) ? 'yes' : 'no',
                reasonOf(control),
                control.meaning.soa,
                control.coverage.rules.join(' '),
                control.files.map((file) => `${file} ${system.digests.get(file) ?? ''}`.trimEnd()).join('; '),
                provenance.asOf,
                provenance.commit ?? 'none',
                provenance.policy.digest,
            ]);
        }
    }
}

;// CONCATENATED MODULE: ./build/report/stylish.js
/**
 * The console report, grouped by system then file, like ESLint's "stylish":
 *
 *   examples/loan-approval/ai-system.yaml  (loan-approval)
 *     34:7  error  … message …  bias/report-model-version
 *
 * Colour only when the stream is a terminal (or FORCE_COLOR is set) and NO_COLOR is not. Every
 * value from the repository goes through `terminalText`, so a name cannot print a newline, an
 * escape sequence or a line the Actions runner would read as a workflow command.
 */


const CODES = { red: 31, yellow: 33, blue: 34, green: 32, dim: 2, bold: 1, underline: 4 };
function formatStylish(report, options) {
    const paint = (style, text) => (options.color ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text);
    const severityText = (f) => f.severity === 'error' ? paint('red', 'error  ') : f.severity === 'warning' ? paint('yellow', 'warning') : paint('blue', 'notice ');
    const lines = [];
    const failures = failuresInPriorityOrder(report.findings);
    const waived = report.findings.filter((f) => f.status === 'waived');
    const bySystem = groupBy([...failures, ...waived], (f) => f.system);
    const passed = options.verbose ? groupBy(report.findings.filter((f) => f.status === 'pass'), (f) => f.system) : new Map();
    // Maps, not searches: a monorepo report has thousands of systems.
    const order = [...report.systems.map((s) => s.id), ...[...bySystem.keys()].filter((id) => !systemById(report, id))];
    for (const systemId of order) {
        const summary = systemById(report, systemId);
        const systemFailures = (bySystem.get(systemId) ?? []).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
        if (systemFailures.every((f) => f.status === 'waived')) {
            if (summary)
                lines.push(`${paint('green', '✔')} ${terminalText(summary.id)}${summary.version ? ` ${terminalText(summary.version)}` : ''}  ${paint('dim', terminalText(summary.manifest))}`);
            let file = '';
            for (const finding of systemFailures) {
                if (finding.file !== file) {
                    file = finding.file;
                    lines.push(`  ${paint('underline', terminalText(file))}`);
                }
                lines.push(waivedLine(finding, paint));
            }
            if (options.verbose)
                lines.push(...passes(passed.get(systemId) ?? [], paint));
            continue;
        }
        if (systemFailures.length === 0) {
            if (summary)
                lines.push(`${paint('green', '✔')} ${terminalText(summary.id)}${summary.version ? ` ${terminalText(summary.version)}` : ''}  ${paint('dim', terminalText(summary.manifest))}`);
            if (options.verbose)
                lines.push(...passes(passed.get(systemId) ?? [], paint));
            continue;
        }
        lines.push('');
        const title = terminalText(summary ? `${summary.id}${summary.version ? ` ${summary.version}` : ''}` : systemId);
        // ✖ when the system fails the gate; ▲ when what it has is below fail-on.
        const icon = !summary || summary.verdict === 'fail' ? paint('red', '✖') : paint('yellow', '▲');
        lines.push(`${icon} ${paint('bold', title)}${summary ? `  ${paint('dim', terminalText(summary.manifest))}` : ''}`);
        let file = '';
        for (const finding of systemFailures) {
            if (finding.file !== file) {
                file = finding.file;
                lines.push(`  ${paint('underline', terminalText(file))}`);
            }
            if (finding.status === 'waived') {
                lines.push(waivedLine(finding, paint));
                continue;
            }
            const position = `${finding.line}:${finding.column}`.padEnd(7);
            lines.push(`    ${paint('dim', position)} ${severityText(finding)}  ${terminalText(finding.message)}  ${paint('dim', terminalText(finding.ruleId))}`);
        }
        if (options.verbose)
            lines.push(...passes(passed.get(systemId) ?? [], paint));
    }
    lines.push(...coverageLines(report, paint));
    const { summary } = report;
    const problems = summary.errors + summary.warnings + summary.notices;
    lines.push('');
    const counts = [
        plural(summary.errors, 'error'),
        plural(summary.warnings, 'warning'),
        plural(summary.notices, 'notice'),
    ].join(', ');
    const waivedCount = summary.waived ? `, ${summary.waived} waived` : '';
    const systems = `${plural(summary.systems, 'system')}${summary.unregistered ? ` and ${plural(summary.unregistered, 'unregistered model card')}` : ''}`;
    const verdict = report.verdict === 'pass' ? paint('green', 'PASS') : paint('red', 'FAIL');
    lines.push(`${verdict}  ${problems === 0 ? 'no problems' : counts} in ${systems}; ${summary.passed} checks passed` +
        `${summary.notApplicable ? `, ${summary.notApplicable} not applicable` : ''}${waivedCount} (policy: ${terminalText(policyChain(report.policy.packs))}, fail-on: ${report.failOn})`);
    if (problems > 0)
        lines.push(paint('dim', 'modelgate explain <rule-id> says what a rule checks and how to fix it'));
    if (report.scope?.skipped.length) {
        lines.push(paint('dim', `${plural(report.scope.skipped.length, 'system')} not checked: the ${plural(report.scope.changedFiles, 'changed file')} do not touch them`));
    }
    else if (report.scope?.all) {
        lines.push(paint('dim', `every system checked: ${terminalText(report.scope.all)}`));
    }
    return `${lines.join('\n').replace(/^\n/, '')}\n`;
}
function waivedLine(finding, paint) {
    const waiver = finding.waiver;
    const position = `${finding.line}:${finding.column}`.padEnd(7);
    const by = waiver ? ` (waived by ${terminalText(waiver.approver)} until ${terminalText(waiver.expires)}, ${terminalText(waiver.file)}:${waiver.line})` : '';
    return `    ${paint('dim', position)} ${paint('yellow', 'waived ')}  ${terminalText(finding.message)}${by}  ${paint('dim', terminalText(finding.ruleId))}`;
}
function passes(findings, paint) {
    return findings.map((f) => `    ${paint('green', 'pass   ')}  ${terminalText(f.message)}  ${paint('dim', terminalText(f.ruleId))}`);
}
/** One line per framework: how many controls each status has, over all systems. */
function coverageLines(report, paint) {
    const totals = new Map();
    for (const system of report.coverage) {
        for (const framework of system.frameworks) {
            const total = totals.get(framework.framework) ?? { name: framework.name, counts: new Map() };
            for (const [status, count] of Object.entries(framework.counts))
                total.counts.set(status, (total.counts.get(status) ?? 0) + count);
            totals.set(framework.framework, total);
        }
    }
    if (totals.size === 0)
        return [];
    const lines = ['', paint('bold', 'Coverage (controls, over all systems)')];
    for (const { name, counts } of totals.values()) {
        const parts = [...counts].filter(([, n]) => n > 0).map(([status, n]) => `${n} ${status}`);
        lines.push(`  ${terminalText(name)}: ${parts.join(', ')}`);
    }
    return lines;
}
/** The policy file and the packs it extends, outermost first: `.modelgate/policy.yaml → baseline`. */
function policyChain(packs) {
    if (packs.length === 0)
        return '?';
    return packs.length <= 4 ? packs.join(' → ') : `${packs.slice(0, 3).join(' → ')} → … (${packs.length} packs)`;
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./build/types.js
var types = __nccwpck_require__(9291);
;// CONCATENATED MODULE: ./build/cli.js
/**
 * `modelgate` on the command line. Parses argv, calls the engine, prints, and returns the exit
 * code: 0 pass, 1 policy failure, 2 usage, configuration or internal error.
 */























const EXIT = { pass: 0, fail: 1, usage: 2 };
const FORMATS = ['stylish', 'json', 'markdown', 'sarif', 'cyclonedx', 'soa', 'soa-csv'];
/** The audit exports: they list every check, passed ones too, with the files' digests. */
const AUDIT_FORMATS = ['cyclonedx', 'soa', 'soa-csv'];
/** Formats that show provenance, and so each file's SHA-256. */
const PROVENANCE_FORMATS = ['json', 'markdown', ...AUDIT_FORMATS];
const HELP = `modelgate: a policy gate for repositories that hold AI models

Usage:
  modelgate check [path] [options]   check every ai-system.yaml under path (default: .)
  modelgate init [path] [--dry-run] [--force]
                                     write ai-system.yaml (filled from the model card, dataset
                                     cards and evidence in path), .modelgate/policy.yaml and
                                     .github/workflows/modelgate.yml
  modelgate baseline [path] [--days <n>] [--file <file>] [check options]
                                     record today's failing findings, so only new ones fail
                                     [.modelgate/baseline.json, expiring in 180 days]
  modelgate bom [path] [--output <file> | --output-dir <dir>] [--as-of <date>]
                                     write a CycloneDX 1.6 ML-BOM of each system under path, from
                                     its manifest, model card and evidence         [standard output]
  modelgate rules [--policy <pack|file>] [--all] [--format text|markdown|json]
                                     list the rules a policy runs (--all: every known rule)
  modelgate explain <rule-id> [--policy <pack|file>]
                                     what a rule checks, why, its controls and how to fix it
  modelgate policy validate <file>   check a policy pack (schema, rule ids, functions, options)
                                     [--policy-checkout owner/repo=<dir>] for pinned remote packs
  modelgate policy test <dir>        run fixture cases (folders with expect.yaml) against a policy
  modelgate --help | --version

Options for check:
  --policy <pack|file>     policy pack: a bundled name (baseline) or a .yaml file
                           [.modelgate/policy.yaml in the repository root if there, else baseline]
  --format <format>        stylish, json, markdown (with coverage tables), sarif
                           (SARIF 2.1.0 for GitHub code scanning), cyclonedx (a CycloneDX
                           1.6 attestation: claims, evidence and conformance per framework),
                           soa or soa-csv (the ISO/IEC 42001 Statement of Applicability)
                                                                                    [stylish]
  --output <file>          write the report to a file instead of standard output
  --fail-on <severity>     error, warning, notice or never                            [error]
  --root <dir>             repository root; nothing outside it is read   [the git top level]
  --include <glob>         only manifests (and model cards) matching this glob (repeatable)
  --exclude <glob>         leave out files and folders matching this glob (repeatable)
  --max-file-size <size>   largest file read, e.g. 5MB or 500KB                         [5MB]
  --as-of <date>           judge evidence age as of this date (YYYY-MM-DD)            [today]
  --commit <sha|none>      the commit the report's provenance names       [git HEAD of the root]
  --base <git ref>         compare with this commit for regression rules (e.g. origin/main)
  --waivers <file>         waivers file, repository-relative          [.modelgate/waivers.yaml]
  --policy-checkout <owner/repo=dir>
                           a local clone to read pinned remote packs from (repeatable)
  --policy-from <where>    base: read policy and waivers from the --base commit, as the Action
                           does on a pull request; head: from the files as they are     [head]
  --jobs <n>               threads checking systems (1: this thread only)    [one per core, up to 4]
  --verbose                also list the checks that passed
  --no-color               plain output even on a terminal

Exit codes: 0 pass, 1 a failing finding at or above --fail-on, 2 usage or configuration error.
Docs: https://github.com/modelgate/modelgate#readme
`;
async function runCli(argv, io) {
    try {
        return await dispatch(argv, io);
    }
    catch (error) {
        if (error instanceof types/* UsageError */.eb) {
            io.stderr(`modelgate: ${terminalText(error.message, 10_000)}\n`);
            return EXIT.usage;
        }
        const detail = io.env.MODELGATE_DEBUG && error instanceof Error && error.stack ? `\n${error.stack}` : '';
        io.stderr(`modelgate: internal error: ${terminalText(error instanceof Error ? error.message : String(error), 10_000)}${detail}\n`);
        return EXIT.usage;
    }
}
async function dispatch(argv, io) {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
        io.stdout(HELP);
        return command === undefined ? EXIT.usage : EXIT.pass;
    }
    if (command === '--version' || command === '-v') {
        io.stdout(`${(0,assets/* packageVersion */.Tl)()}\n`);
        return EXIT.pass;
    }
    // `check` loads the parsers itself, when the repository has something to read.
    if (command === 'check')
        return check(rest, io);
    await (0,lazy/* loadLibraries */.k5)();
    if (command === 'baseline')
        return check(rest, io, 'baseline');
    if (command === 'init')
        return init(rest, io);
    if (command === 'bom')
        return bom(rest, io);
    if (command === 'rules')
        return rules(rest, io);
    if (command === 'explain')
        return explain(rest, io);
    if (command === 'policy')
        return policyCommand(rest, io);
    throw new types/* UsageError */.eb(`unknown command "${command}"; run modelgate --help`);
}
/**
 * `check`, or `baseline`: the same run, ignoring the baseline in force, whose failing findings
 * are written to the baseline file instead of reported.
 */
async function check(args, io, mode = 'check') {
    const { values, positionals } = parseOptions(args, {
        policy: { type: 'string' },
        days: { type: 'string' },
        file: { type: 'string' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        root: { type: 'string' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        'max-file-size': { type: 'string' },
        'as-of': { type: 'string' },
        commit: { type: 'string' },
        base: { type: 'string' },
        waivers: { type: 'string' },
        'policy-from': { type: 'string' },
        'policy-checkout': { type: 'string', multiple: true },
        verbose: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
        io.stdout(HELP);
        return EXIT.pass;
    }
    if (positionals.length > 1)
        throw new types/* UsageError */.eb(`${mode} takes one path, got ${positionals.length}: ${positionals.join(' ')}`);
    if (mode === 'check' && (values.days !== undefined || values.file !== undefined))
        throw new types/* UsageError */.eb('--days and --file are options of modelgate baseline');
    const format = oneOf('--format', values.format ?? 'stylish', FORMATS);
    const failOn = oneOf('--fail-on', values['fail-on'] ?? 'error', types/* FAIL_ON */.d$);
    const target = external_node_path_.resolve(io.cwd, positionals[0] ?? '.');
    if (!(0,local/* exists */.t2)(target))
        throw new types/* UsageError */.eb(`${positionals[0] ?? '.'} does not exist`);
    const root = values.root ? external_node_path_.resolve(io.cwd, values.root) : (0,local/* repositoryRoot */.Hn)(target);
    const scanPath = external_node_path_.relative(root, target).split(external_node_path_.sep).join('/');
    if (scanPath === '..' || scanPath.startsWith('../') || external_node_path_.isAbsolute(scanPath)) {
        throw new types/* UsageError */.eb(`${positionals[0]} is outside the repository root ${values.root}`);
    }
    // The default waivers file may be absent; one asked for by name must exist, or no waiver would
    // apply without a word (the findings would fail, and the user would not know why).
    if (values.waivers && values['policy-from'] !== 'base' && !(0,local/* exists */.t2)(external_node_path_.resolve(root, values.waivers))) {
        throw new types/* UsageError */.eb(`--waivers ${values.waivers} does not exist (it is read relative to the repository root ${root})`);
    }
    const remote = (0,policy_remote/* remotePacksFromClones */.f)(checkouts(values['policy-checkout'] ?? [], io.cwd));
    if (mayReadDocuments(root, target, values, format))
        await (0,lazy/* loadLibraries */.k5)();
    const gateOptions = {
        root,
        scanPath,
        // Unnamed: the repository's .modelgate/policy.yaml, else baseline, as in the Action.
        ...(values.policy ? { policy: values.policy } : {}),
        // Only the JSON report, the audit exports and --verbose show passed checks; the rest need not hold them.
        keepPasses: format === 'json' || AUDIT_FORMATS.includes(format) || Boolean(values.verbose),
        // Provenance costs a digest per file read and a few git calls: only for outputs that show it.
        hashFiles: PROVENANCE_FORMATS.includes(format),
        ...(PROVENANCE_FORMATS.includes(format) ? {} : { noPolicyDigest: `not computed: --format ${format} does not show provenance` }),
        ...(values.commit !== undefined
            ? { commit: parseCommit(values.commit), ...(values.commit === 'none' ? {} : { commitSource: '--commit' }) }
            : PROVENANCE_FORMATS.includes(format)
                ? {}
                : { commit: null, commitSource: `not read: --format ${format} does not show provenance` }),
        ...(io.workerScript ? { workerScript: io.workerScript } : {}),
        ...(values.jobs !== undefined ? { jobs: parseJobs(values.jobs) } : {}),
        policyBaseDir: root, // as the Action reads it from the workspace
        failOn,
        ...(values['max-file-size'] ? { maxFileBytes: (0,repo_fs/* parseSize */.DB)(values['max-file-size']) } : {}),
        ...(values['as-of'] ? { now: (0,gate/* parseAsOf */.rr)(values['as-of']) } : {}),
        ...(values.base ? { base: { ref: values.base, required: true } } : {}),
        ...(values.waivers ? { waivers: values.waivers } : {}),
        policyFrom: oneOf('--policy-from', values['policy-from'] ?? 'head', ['base', 'head']),
        remote,
        ...(values.include ? { include: values.include } : {}),
        ...(values.exclude ? { exclude: values.exclude } : {}),
        ...(mode === 'baseline' ? { baseline: false } : values.file ? { baseline: values.file } : {}),
    };
    const { report, policy: policyUsed, threads } = await evaluateLoadingLibraries(gateOptions);
    if (mode === 'baseline')
        return writeBaseline(report, policyUsed, root, values, io);
    const color = !values['no-color'] && !values.output && !io.env.NO_COLOR && (io.isTTY || Boolean(io.env.FORCE_COLOR));
    // The JSON report and the audit exports of a large repository are larger than one string may
    // be: they are written in pieces.
    const exclusions = policyUsed.resolved.exclusions;
    const produce = (write) => {
        if (format === 'json')
            return writeJson(report, write);
        if (format === 'cyclonedx')
            return writeCycloneDx(report, { exclusions }, write);
        if (format === 'markdown')
            return write(formatMarkdown(report));
        if (format === 'sarif')
            return write(formatSarif(report, { rules: policyUsed.known }));
        if (format === 'soa')
            return writeSoaMarkdown(report, { exclusions }, write);
        if (format === 'soa-csv')
            return writeSoaCsv(report, { exclusions }, write);
        return write(formatStylish(report, { color, verbose: Boolean(values.verbose) }));
    };
    // A gate pointed at the wrong folder must not look like a pass that checked something.
    if (report.summary.systems === 0 && report.summary.unregistered === 0)
        io.stderr(`modelgate: warning: no ai-system.yaml under ${positionals[0] ?? '.'}; nothing was checked\n`);
    if (values.verbose)
        io.stderr(`modelgate: ${report.summary.systems} system${report.summary.systems === 1 ? '' : 's'} checked on ${threads} thread${threads === 1 ? '' : 's'}\n`);
    if (values.output) {
        const output = external_node_path_.resolve(io.cwd, values.output);
        try {
            (0,local/* writeTextInChunks */.mF)(output, produce);
        }
        catch (error) {
            throw new types/* UsageError */.eb(`cannot write ${values.output}: ${error.code ?? String(error)}`);
        }
        io.stderr(`modelgate: ${report.verdict === 'pass' ? 'pass' : 'FAIL'}; report written to ${values.output}\n`);
    }
    else {
        let pending = '';
        produce((chunk) => {
            pending += chunk;
            if (pending.length >= 65_536) {
                io.stdout(pending);
                pending = '';
            }
        });
        if (pending)
            io.stdout(pending);
    }
    return report.verdict === 'pass' ? EXIT.pass : EXIT.fail;
}
/**
 * Whether a check of `target` may read a document (YAML, JSON, CSV, a card's front matter), so
 * the parsers must be loaded first (load/lazy.ts). Only a folder holding nothing but `.git`, with
 * no `.modelgate/` settings at the root and no option naming a policy, waivers or base commit, is
 * sure to read none; there the parsers, most of the bundle, are not loaded. Any doubt says yes.
 * The audit formats read the bundled frameworks (YAML) to write even an empty report.
 */
function mayReadDocuments(root, target, values, format) {
    if (AUDIT_FORMATS.includes(format))
        return true;
    if (values.policy !== undefined || values.waivers !== undefined || values.base !== undefined || values['policy-checkout'] !== undefined)
        return true;
    if ((0,local/* exists */.t2)(external_node_path_.join(root, '.modelgate')) || !(0,local/* isDirectory */.wd)(target))
        return true;
    try {
        return (0,local/* dirEntries */.S8)(target).some((entry) => entry.name !== '.git');
    }
    catch {
        return true;
    }
}
/** The gate; should it need the parsers after all (mayReadDocuments said no), they are loaded and it runs again. */
async function evaluateLoadingLibraries(options) {
    try {
        return (0,gate/* evaluateGate */.DR)(options);
    }
    catch (error) {
        if (!(error instanceof lazy/* LibrariesNotLoaded */.MN))
            throw error;
        await (0,lazy/* loadLibraries */.k5)();
        return (0,gate/* evaluateGate */.DR)(options);
    }
}
/** `modelgate init`: a manifest filled from the folder, the repository's policy and workflow. */
async function init(args, io) {
    const { values, positionals } = parseOptions(args, { 'dry-run': { type: 'boolean' }, force: { type: 'boolean' }, root: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
    if (values.help) {
        io.stdout('modelgate init [path] [--dry-run] [--force] [--root <dir>]\n\n' +
            'Writes <path>/ai-system.yaml (filled from the model card, dataset cards and evidence in path; TODO\n' +
            'markers for the rest), .modelgate/policy.yaml and .github/workflows/modelgate.yml at the repository\n' +
            'root. Paths are relative to where you run it. Existing files are kept (--force replaces them);\n' +
            '--dry-run prints what would be written.\n');
        return EXIT.pass;
    }
    if (positionals.length > 1)
        throw new types/* UsageError */.eb(`init takes one folder, got ${positionals.length}: ${positionals.join(' ')}`);
    const target = external_node_path_.resolve(io.cwd, positionals[0] ?? '.');
    if (!(0,local/* isDirectory */.wd)(target))
        throw new types/* UsageError */.eb(`${positionals[0] ?? '.'} is not a folder`);
    const root = values.root ? external_node_path_.resolve(io.cwd, values.root) : (0,local/* repositoryRoot */.Hn)(target);
    if (external_node_path_.relative(root, target).startsWith('..'))
        throw new types/* UsageError */.eb(`${positionals[0]} is outside the repository root ${root}`);
    // Imported here: init writes YAML with the yaml package's stringify, which (with the other
    // parsers, load/lazy.ts) stays out of the start-up of every other command.
    const { existingFiles, planInit, writeInit } = await Promise.all(/* import() */[__nccwpck_require__.e(439), __nccwpck_require__.e(946)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6946));
    const plan = planInit(root, target);
    const found = plan.found.length > 0 ? plan.found.map((f) => `  ${terminalText(f)}\n`).join('') : '  nothing modelgate reads yet (no model card with front matter, dataset card or evidence file)\n';
    const existing = existingFiles(root, plan);
    const keep = values.force ? [] : existing;
    const kept = keep.length > 0 ? `kept (already there; --force replaces ${keep.length === 1 ? 'it' : 'them'})\n${keep.map((f) => `  ${terminalText(f)}\n`).join('')}` : '';
    if (values['dry-run']) {
        io.stdout(`modelgate init (dry run): found\n${found}${kept}\n`);
        for (const { file, text } of plan.files)
            if (!keep.includes(file))
                io.stdout(`--- ${terminalText(file)}\n${text}\n`);
        return EXIT.pass;
    }
    const written = writeInit(root, plan, keep);
    io.stdout(`modelgate init: found\n${found}${written.length > 0 ? `wrote\n${written.map((f) => `  ${terminalText(f)}\n`).join('')}` : ''}${kept}` +
        'Next: fill in each TODO in the manifest (modelgate check lists them, modelgate explain <rule> says what each wants), then commit the files.\n' +
        'The workflow uses modelgate/modelgate@v1, which resolves once v1 is released; until then, pin a commit SHA.\n');
    return EXIT.pass;
}
const BOM_HELP = 'modelgate bom [path] [--output <file> | --output-dir <dir>] [--as-of <date>] [--root <dir>] [--max-file-size <size>]\n\n' +
    'Writes a CycloneDX 1.6 ML-BOM of the system whose ai-system.yaml is in path (default: .): the model\n' +
    'with its licence, shipped files and their sha256, a modelCard (task, datasets, the card\'s\n' +
    'model-index metrics, intended use, limitations, fairness from the bias reports, CO2), and each\n' +
    'declared dataset. To standard output, or --output <file>; when path holds several systems,\n' +
    '--output-dir <dir> writes <dir>/<system id>.cdx.json for each. The timestamp is the --as-of day\n' +
    '(else SOURCE_DATE_EPOCH, else today) and the serial number comes from the content, so the same\n' +
    'inputs give the same bytes. Cite the file as supplyChain.bom in the manifest to have it checked.\n';
/** `modelgate bom`: each system's ML-BOM, from its manifest, card and evidence. */
async function bom(args, io) {
    const { values, positionals } = parseOptions(args, {
        output: { type: 'string', short: 'o' },
        'output-dir': { type: 'string' },
        'as-of': { type: 'string' },
        root: { type: 'string' },
        'max-file-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
        io.stdout(BOM_HELP);
        return EXIT.pass;
    }
    if (positionals.length > 1)
        throw new types/* UsageError */.eb(`bom takes one path, got ${positionals.length}: ${positionals.join(' ')}`);
    if (values.output !== undefined && values['output-dir'] !== undefined)
        throw new types/* UsageError */.eb('give --output (one system) or --output-dir (several), not both');
    const target = external_node_path_.resolve(io.cwd, positionals[0] ?? '.');
    if (!(0,local/* exists */.t2)(target))
        throw new types/* UsageError */.eb(`${positionals[0] ?? '.'} does not exist`);
    const root = values.root ? external_node_path_.resolve(io.cwd, values.root) : (0,local/* repositoryRoot */.Hn)(target);
    const scanPath = external_node_path_.relative(root, target).split(external_node_path_.sep).join('/');
    if (scanPath === '..' || scanPath.startsWith('../') || external_node_path_.isAbsolute(scanPath))
        throw new types/* UsageError */.eb(`${positionals[0]} is outside the repository root ${root}`);
    const boms = buildMlBoms({
        root,
        scanPath,
        asOf: bomDay(values['as-of'], io.env.SOURCE_DATE_EPOCH),
        toolVersion: (0,assets/* packageVersion */.Tl)(),
        ...(values['max-file-size'] ? { maxFileBytes: (0,repo_fs/* parseSize */.DB)(values['max-file-size']) } : {}),
    });
    if (boms.length === 0)
        throw new types/* UsageError */.eb(`no ai-system.yaml under ${positionals[0] ?? '.'}; nothing to write a BOM of`);
    const failed = boms.filter((b) => !b.ok);
    for (const b of failed)
        if (!b.ok)
            io.stderr(`modelgate: no BOM for ${terminalText(b.manifest)}: ${terminalText(b.problem)}\n`);
    const written = boms.flatMap((b) => (b.ok ? [b] : []));
    const write = (rel, text) => {
        try {
            (0,local/* writeTextMakingFolders */.px)(external_node_path_.resolve(io.cwd, rel), text);
        }
        catch (error) {
            throw new types/* UsageError */.eb(`cannot write ${rel}: ${error.code ?? String(error)}`);
        }
    };
    if (values['output-dir'] !== undefined) {
        const dir = values['output-dir'];
        for (const b of written) {
            const file = external_node_path_.join(dir, `${b.id.replace(/[^\w.-]+/g, '_')}.cdx.json`);
            write(file, b.text);
            io.stderr(`modelgate: ML-BOM of ${terminalText(b.id)} written to ${terminalText(file)}\n`);
        }
    }
    else if (boms.length > 1) {
        throw new types/* UsageError */.eb(`${positionals[0] ?? '.'} holds ${boms.length} systems; write one BOM each with --output-dir <dir>, or name one system's folder`);
    }
    else if (written[0] && values.output !== undefined) {
        write(values.output, written[0].text);
        io.stderr(`modelgate: ML-BOM of ${terminalText(written[0].id)} written to ${terminalText(values.output)}\n`);
    }
    else if (written[0]) {
        io.stdout(written[0].text);
    }
    return failed.length > 0 ? EXIT.usage : EXIT.pass;
}
/** The BOM's day: --as-of, else SOURCE_DATE_EPOCH (reproducible builds' convention), else today. */
function bomDay(asOf, epoch) {
    if (asOf !== undefined)
        return (0,gate/* parseAsOf */.rr)(asOf).toISOString().slice(0, 10);
    if (epoch !== undefined && epoch !== '') {
        if (!/^\d{1,12}$/.test(epoch))
            throw new types/* UsageError */.eb(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`);
        return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
    }
    return new Date().toISOString().slice(0, 10);
}
/** `modelgate baseline`: today's failing findings, recorded so that only new ones fail. */
function writeBaseline(report, policy, root, values, io) {
    const days = values.days === undefined ? policy_baseline/* DEFAULT_BASELINE_DAYS */.q$ : Number(values.days);
    if (!Number.isInteger(days) || days < 1 || days > 3650)
        throw new types/* UsageError */.eb(`--days must be a whole number of days from 1 to 3650, not "${values.days}"`);
    const rel = values.file ?? policy_baseline/* DEFAULT_BASELINE_FILE */.vy;
    const file = external_node_path_.resolve(root, rel);
    if (external_node_path_.relative(root, file).startsWith('..'))
        throw new types/* UsageError */.eb(`--file ${rel} is outside the repository root ${root}`);
    // Nor through a link (a repository's .modelgate may link out of it): a link as the file is
    // replaced, a linked folder on the way stops the write.
    const linked = (0,local/* linkedFolderOnTheWay */.TY)(root, external_node_path_.relative(root, file).split(external_node_path_.sep).join('/'));
    if (linked !== undefined)
        throw new types/* UsageError */.eb(`${linked} is a symbolic link: modelgate baseline writes ${rel} only inside the repository, not through a link; replace the link with a folder`);
    const created = values['as-of'] ? (0,gate/* parseAsOf */.rr)(values['as-of']) : new Date();
    const baseline = (0,policy_baseline/* makeBaseline */.c1)(report.findings, policy, created, days);
    try {
        (0,local/* replaceWithText */.AF)(file, `${JSON.stringify(baseline, null, 2)}\n`);
    }
    catch (error) {
        throw new types/* UsageError */.eb(`cannot write ${rel}: ${error.code ?? String(error)}`);
    }
    const held = baseline.findings.reduce((n, e) => n + e.count, 0);
    const left = (0,tally/* failing */.Jr)(report.summary) - held;
    const systems = new Set(baseline.findings.map((e) => e.system)).size;
    // A TODO marker is a value someone left for later (init writes them), not legacy debt: say how
    // many the baseline now hides, so a fresh manifest is not quietly turned green for 180 days.
    const markerRules = new Set(baseline.findings.filter((e) => policy.byId.get(e.rule)?.then?.some((t) => t.function === 'no-placeholders')).map((e) => e.rule));
    const markers = baseline.findings.filter((e) => markerRules.has(e.rule)).reduce((n, e) => n + e.count, 0);
    io.stdout(`modelgate: recorded ${held} failing finding${held === 1 ? '' : 's'} of ${systems} system${systems === 1 ? '' : 's'} in ${rel}; it expires on ${baseline.expires}.\n` +
        (left > 0 ? `${left} finding${left === 1 ? '' : 's'} of locked or unwaivable rules cannot be baselined and still fail.\n` : '') +
        (markers > 0 ? `${markers} of them ${markers === 1 ? 'is a TODO marker' : 'are TODO markers'} (${[...markerRules].join(', ')}): fill ${markers === 1 ? 'it' : 'them'} in rather than baseline ${markers === 1 ? 'it' : 'them'} where you can.\n` : '') +
        'New findings fail from now on; commit the file, and run modelgate baseline again as findings are fixed.\n');
    return EXIT.pass;
}
async function rules(args, io) {
    const { values, positionals } = parseOptions(args, {
        policy: { type: 'string' },
        all: { type: 'boolean' },
        format: { type: 'string', short: 'f' },
    });
    if (positionals.length > 0)
        throw new types/* UsageError */.eb(`rules takes no arguments, got ${positionals.join(' ')}`);
    const format = oneOf('--format', values.format ?? 'text', ['text', 'markdown', 'json']);
    const policy = (0,evaluate_policy/* loadPolicy */.tb)(values.policy ?? defaultPolicy(io.cwd), { baseDir: io.cwd });
    const listed = values.all ? [...policy.known.values()] : policy.rules;
    const sorted = [...listed].sort((a, b) => a.id.localeCompare(b.id));
    if (format === 'json') {
        io.stdout(`${JSON.stringify(sorted.map(({ definedIn: _definedIn, ...rule }) => rule), null, 2)}\n`);
    }
    else if (format === 'markdown') {
        const packs = Object.fromEntries((0,sources/* bundledPackNames */.ss)().map((name) => [name, new Map((0,evaluate_policy/* loadPolicy */.tb)(name, { baseDir: io.cwd }).rules.map((r) => [r.id, r.severity]))]));
        io.stdout(formatRulesMarkdown(sorted, packs));
    }
    else {
        io.stdout(formatRulesText(sorted));
    }
    return EXIT.pass;
}
async function explain(args, io) {
    const { values, positionals } = parseOptions(args, { policy: { type: 'string' } });
    if (positionals.length !== 1)
        throw new types/* UsageError */.eb('explain takes one rule id, e.g. modelgate explain bias/report-model-version');
    const id = positionals[0];
    const policy = (0,evaluate_policy/* loadPolicy */.tb)(values.policy ?? defaultPolicy(io.cwd), { baseDir: io.cwd });
    const rule = policy.byId.get(id) ?? policy.known.get(id);
    if (!rule) {
        const guess = (0,schema/* closest */.kp)(id, [...policy.known.keys()]);
        throw new types/* UsageError */.eb(`unknown rule "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}; modelgate rules --all lists them`);
    }
    io.stdout(formatRuleExplanation(rule));
    if (!policy.byId.has(id))
        io.stdout(`\n(${id} is not selected by the policy ${policy.packs[0]})\n`);
    return EXIT.pass;
}
async function policyCommand(args, io) {
    const { positionals, values } = parseOptions(args, { 'policy-checkout': { type: 'string', multiple: true } });
    const [sub, target, ...extra] = positionals;
    if (extra.length > 0 || !target || (sub !== 'validate' && sub !== 'test')) {
        throw new types/* UsageError */.eb('usage: modelgate policy validate <file> | modelgate policy test <dir> [--policy-checkout owner/repo=<dir>]');
    }
    // A pack may extend a pinned pack of another repository, read from a local clone.
    const remote = (0,policy_remote/* remotePacksFromClones */.f)(checkouts(values['policy-checkout'] ?? [], io.cwd));
    if (sub === 'validate') {
        const policy = (0,evaluate_policy/* loadPolicy */.tb)(target, { baseDir: io.cwd, remote });
        io.stdout(`${target}: valid; ${policy.rules.length} rules active from ${policy.packs.join(' → ')}\n`);
        return EXIT.pass;
    }
    // Imported here: the fixture runner reads expect.yaml with the yaml package (see init above).
    const { runPolicyTests } = await Promise.all(/* import() */[__nccwpck_require__.e(439), __nccwpck_require__.e(170)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5170));
    const results = runPolicyTests(external_node_path_.resolve(io.cwd, target), remote);
    for (const result of results) {
        io.stdout(`${result.ok ? 'ok  ' : 'FAIL'}  ${terminalText(result.name)}\n`);
        for (const problem of result.problems)
            io.stdout(`        ${terminalText(problem, 10_000)}\n`);
    }
    const failed = results.filter((r) => !r.ok).length;
    io.stdout(`\n${results.length - failed} of ${results.length} cases passed\n`);
    return failed === 0 ? EXIT.pass : EXIT.fail;
}
function parseOptions(args, options) {
    try {
        // node:util's messages are clear ("Unknown option '--polcy'"); drop its hint about "--".
        return (0,external_node_util_namespaceObject.parseArgs)({ args: [...args], allowPositionals: true, strict: true, options });
    }
    catch (error) {
        throw new types/* UsageError */.eb(`${error.message.split('. To specify')[0]}; run modelgate --help`);
    }
}
/** `owner/repo=dir` values of --policy-checkout. */
function checkouts(values, cwd) {
    const map = new Map();
    for (const value of values) {
        const match = value.match(/^([\w.-]+\/[\w.-]+)=(.+)$/);
        if (!match)
            throw new types/* UsageError */.eb(`--policy-checkout must be owner/repo=<dir>, not "${value}"`);
        map.set(match[1], external_node_path_.resolve(cwd, match[2]));
    }
    return map;
}
/** --commit: a full commit id, or `none` (output that cannot name the commit holding it). */
function parseCommit(text) {
    if (text === 'none')
        return null;
    if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(text))
        throw new types/* UsageError */.eb(`--commit must be a full commit id (40 or 64 hex digits) or none, not "${text}"`);
    return text;
}
function parseJobs(text) {
    const jobs = Number(text);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
        throw new types/* UsageError */.eb(`--jobs must be a whole number from 1 to 64, not "${text}"`);
    return jobs;
}
function oneOf(flag, value, allowed) {
    if (!allowed.includes(value))
        throw new types/* UsageError */.eb(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
    return value;
}
/** The policy `rules` and `explain` show when none is named: the repository's, else baseline. */
function defaultPolicy(cwd) {
    const file = external_node_path_.join((0,local/* repositoryRoot */.Hn)(cwd), gate/* DEFAULT_POLICY_FILE */.mY);
    return (0,local/* exists */.t2)(file) ? file : 'baseline';
}


/***/ }),

/***/ 3157:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   UC: () => (/* binding */ excludedBy),
/* harmony export */   bi: () => (/* binding */ manifestsAmong),
/* harmony export */   k4: () => (/* binding */ discover)
/* harmony export */ });
/* unused harmony export gitListedFiles */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6310);
/* harmony import */ var _fs_git_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6719);
/* harmony import */ var _fs_local_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7823);
/* harmony import */ var _load_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7454);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9291);
/**
 * Which AI systems are here: every `ai-system.yaml` under the scanned directory, plus the
 * files that might be model cards of systems nobody registered.
 *
 * In a git repository the candidates are the files git lists (tracked, and untracked but not
 * ignored), so `.gitignore` is honoured and nothing tracked is skipped: a system moved under
 * `node_modules/` is still checked unless the policy's `exclude` says otherwise. Outside git
 * the tree is walked, skipping `.git` and `node_modules`. Either way symbolic links are never
 * followed (a link to `/` must not make discovery read the machine), and `exclude` globs
 * (the policy's, then the CLI's) leave out whole directories.
 */






const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);
const CARD_NAME = /^(?:readme|model[-_]?card)\.md$/i;
function discover(repo, options) {
    const start = repo.resolveRel(options.scanPath);
    if (!start.ok)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`cannot scan ${options.scanPath || '.'}: ${start.problem.message}`);
    const startStat = (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .stat */ .dJ)(start.abs);
    if (startStat.isFile()) {
        if (!_load_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_NAMES */ .Rr.includes(node_path__WEBPACK_IMPORTED_MODULE_0__.basename(start.abs))) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${options.scanPath} is a file but not an ai-system.yaml manifest`);
        }
        return { manifests: [start.rel], cardCandidates: [], via: 'walk' };
    }
    const listed = gitListedFiles(repo.root, start.rel);
    return listed ? fromList(repo, listed, options) : walk(repo, start.rel, options);
}
/** Sorts candidate files into manifests and cards, as include and exclude allow. */
class Candidates {
    manifests = [];
    cardCandidates = [];
    include;
    exclude;
    constructor(options) {
        this.include = options.include?.length ? picomatch__WEBPACK_IMPORTED_MODULE_5__([...options.include], { dot: true }) : undefined;
        this.exclude = options.exclude?.length ? picomatch__WEBPACK_IMPORTED_MODULE_5__([...options.exclude], { dot: true }) : undefined;
    }
    /** Whether a file is a candidate by name (before exclusions and file checks). */
    static named(name) {
        return _load_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_NAMES */ .Rr.includes(name) || CARD_NAME.test(name);
    }
    add(rel, name) {
        // With --include, a card outside it may belong to a manifest left out: not ours to judge.
        if (this.include && !this.include(rel))
            return;
        if (_load_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_NAMES */ .Rr.includes(name))
            this.manifests.push(rel);
        else if (CARD_NAME.test(name))
            this.cardCandidates.push(rel);
    }
    done(via) {
        return { manifests: this.manifests.sort(), cardCandidates: this.cardCandidates.sort(), via };
    }
}
/**
 * The files git lists under `startRel` (relative to `root`): tracked ones still on disk and
 * untracked ones not ignored. Undefined when `root` is not in a git work tree or git cannot run.
 */
function gitListedFiles(root, startRel) {
    const result = (0,_fs_git_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$Y)(root, ['--literal-pathspecs', 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', startRel || '.'], 1024 * 1024 * 1024);
    if (result.status !== 0 || !result.stdout)
        return undefined;
    // A file with merge conflicts is listed once per stage.
    return [...new Set(result.stdout.toString('utf8').split('\0').filter(Boolean))];
}
function fromList(repo, files, options) {
    const candidates = new Candidates(options);
    for (const rel of files) {
        const name = rel.slice(rel.lastIndexOf('/') + 1);
        if (!Candidates.named(name) || excludedWithParents(rel, candidates.exclude))
            continue;
        // Listed is not enough: a tracked file may be deleted, a link, or a submodule on disk.
        if ((0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .isFile */ .fo)(node_path__WEBPACK_IMPORTED_MODULE_0__.join(repo.root, rel)))
            candidates.add(rel, name);
    }
    return candidates.done('git');
}
/**
 * The manifests among repository-relative paths (the files of a commit, say) that discovery
 * would find under `scanPath` with the same include and exclude globs.
 */
function manifestsAmong(files, options) {
    const candidates = new Candidates(options);
    let dir = options.scanPath;
    while (dir.endsWith('/'))
        dir = dir.slice(0, -1);
    const prefix = dir ? `${dir}/` : '';
    for (const rel of files) {
        const name = rel.slice(rel.lastIndexOf('/') + 1);
        if (!_load_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_NAMES */ .Rr.includes(name) || (prefix && !rel.startsWith(prefix) && rel !== dir))
            continue;
        if (!excludedWithParents(rel, candidates.exclude))
            candidates.add(rel, name);
    }
    return candidates.done('git').manifests;
}
/** The first of `globs` that excludes `rel` (the file or a folder above it), if any. */
function excludedBy(globs, rel) {
    return globs.find((glob) => excludedWithParents(rel, picomatch__WEBPACK_IMPORTED_MODULE_5__(glob, { dot: true })));
}
/** An exclusion names a file or any folder above it (the walk prunes folders the same way). */
function excludedWithParents(rel, exclude) {
    if (!exclude)
        return false;
    for (let end = rel.length; end > 0; end = rel.lastIndexOf('/', end - 1)) {
        if (exclude(rel.slice(0, end)))
            return true;
    }
    return false;
}
function walk(repo, startRel, options) {
    const candidates = new Candidates(options);
    const exclude = candidates.exclude;
    const pending = [startRel];
    while (pending.length > 0) {
        const dirRel = pending.pop();
        let entries;
        try {
            entries = (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .dirEntries */ .S8)(node_path__WEBPACK_IMPORTED_MODULE_0__.join(repo.root, dirRel));
        }
        catch {
            continue; // unreadable directory: nothing in it can be a system we could read anyway
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const subdirectories = [];
        for (const entry of entries) {
            const rel = dirRel ? `${dirRel}/${entry.name}` : entry.name;
            if (exclude?.(rel))
                continue;
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRECTORIES.has(entry.name))
                    subdirectories.push(rel);
            }
            else if (entry.isFile()) {
                candidates.add(rel, entry.name);
            }
            // Symbolic links and special files are never walked into or discovered.
        }
        // Depth-first in name order keeps output stable; the final sort makes it exact.
        for (let i = subdirectories.length - 1; i >= 0; i--)
            pending.push(subdirectories[i]);
    }
    return candidates.done('walk');
}


/***/ }),

/***/ 1574:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ON: () => (/* binding */ checkSystem),
  nd: () => (/* binding */ forgetSystem),
  KU: () => (/* binding */ packCheck),
  vF: () => (/* binding */ unpackCheck)
});

// EXTERNAL MODULE: ./build/evaluate/describe.js
var describe = __nccwpck_require__(2711);
// EXTERNAL MODULE: ./build/evidence/check.js
var check = __nccwpck_require__(5818);
// EXTERNAL MODULE: ./build/policy/path.js
var policy_path = __nccwpck_require__(794);
// EXTERNAL MODULE: ./build/policy/definition.js
var definition = __nccwpck_require__(3768);
// EXTERNAL MODULE: ./build/policy/finding.js
var finding = __nccwpck_require__(7416);
// EXTERNAL MODULE: ./build/policy/obligations.js + 2 modules
var obligations = __nccwpck_require__(5546);
// EXTERNAL MODULE: ./build/load/manifest.js
var load_manifest = __nccwpck_require__(7454);
// EXTERNAL MODULE: ./build/types.js
var types = __nccwpck_require__(9291);
;// CONCATENATED MODULE: ./build/evaluate/evaluate.js
/**
 * Runs a policy's rules on one system and turns what the check functions say into findings:
 * a `fail` per failure at its exact location, otherwise one `pass` (so coverage can count
 * what was evidenced), or `not-applicable` when the rule's `when` or `given` does not apply.
 * A check function that throws fails its rule; it never takes the run down.
 */








/**
 * Failures of one rule on one system past this many are counted in one closing finding instead of
 * listed: a 5 MB manifest can hold 400,000 datasets, and a finding for each, per rule, made reports
 * of gigabytes (and overflowed the stack of the engine's `push(...findings)`). Manifest schema
 * problems are capped the same way when the manifest is loaded (MAX_PROBLEMS_PER_RULE).
 */
const MAX_FAILURES_PER_RULE = 100;
function evaluateSystem(system, policy, options = {}) {
    const findings = [];
    const root = (0,check/* systemDocument */.fZ)(system);
    // Where a pass or a not-applicable result is; when the report keeps neither, the manifest's
    // first line will do, and locating each (a walk of the YAML for every rule) is saved.
    const resultAt = options.locatePasses === false ? () => manifestFirstLine(system) : (path) => locatePath(system, path);
    const context = { root, resultAt, timeline: policy.timeline };
    const note = options.noteEvidence !== false;
    for (const rule of policy.rules) {
        if (rule.core)
            continue;
        // Each rule's findings name the cited files its checks used (for provenance and the audit export).
        if (note)
            system.evidence.noteFiles();
        const first = findings.length;
        evaluateRule(rule, system, context, findings);
        const used = note ? system.evidence.takeNotedFiles() : [];
        if (used.length > 0)
            for (let i = first; i < findings.length; i++)
                findings[i].evidence = used;
    }
    return findings;
}
/** One rule on one system: its findings are added to `findings`. */
function evaluateRule(rule, system, context, findings) {
    const { root, resultAt } = context;
    const skip = notApplicable(rule, system, context);
    if (skip) {
        findings.push((0,finding/* makeFinding */.M)(rule, system, 'not-applicable', skip, resultAt(['manifest'])));
        return;
    }
    const targets = rule.givenSteps.flatMap((steps) => (0,policy_path/* select */.Lt)(root, steps));
    if (targets.length === 0) {
        findings.push(nothingToCheck(rule, system, `nothing to check: ${(rule.given ?? []).join(', ')} is not in this system`, ['manifest'], resultAt));
        return;
    }
    let failed = false;
    let listed = 0;
    let omitted;
    const skipped = [];
    for (const target of targets) {
        for (const check of rule.checks) {
            const value = check.field ? (0,policy_path/* valueAt */.fK)(target.value, check.field) : target.value;
            const path = check.field ? [...target.path, ...check.field] : target.path;
            let failures;
            try {
                const result = check.fn.check({ value, path, target: target.value, targetPath: target.path, options: check.options, system });
                if ('skip' in result) {
                    skipped.push(result.skip);
                    continue;
                }
                failures = result;
            }
            catch (error) {
                failures = [{ message: `internal error in check ${check.fn.name}: ${error.message ?? String(error)}; please report it` }];
            }
            for (const failure of failures) {
                failed = true;
                const failurePath = failure.path ?? path;
                if (listed >= MAX_FAILURES_PER_RULE) {
                    omitted ??= { count: 0, at: failure.at ?? locatePath(system, failurePath) };
                    omitted.count++;
                    continue;
                }
                listed++;
                const message = render(rule, system, failure.message, failurePath, root);
                findings.push((0,finding/* makeFinding */.M)(rule, system, 'fail', message, failure.at ?? locatePath(system, failurePath), logicalPath(failurePath)));
            }
        }
    }
    if (omitted) {
        const more = `and ${omitted.count} more failure${omitted.count === 1 ? '' : 's'} of this rule in this system, not listed (a report lists the first ${MAX_FAILURES_PER_RULE} per rule)`;
        findings.push((0,finding/* makeFinding */.M)(rule, system, 'fail', more, omitted.at));
    }
    if (failed)
        return;
    const first = targets[0];
    // Only when every check was skipped is the rule not applicable; otherwise what ran passed.
    if (skipped.length === targets.length * rule.checks.length) {
        findings.push(nothingToCheck(rule, system, [...new Set(skipped)].slice(0, 3).join('; '), first.path, resultAt));
    }
    else {
        findings.push((0,finding/* makeFinding */.M)(rule, system, 'pass', rule.title, resultAt(first.path)));
    }
}
/**
 * A rule that found nothing to check is not applicable, never a pass (a checksum rule with no
 * declared checksum evidences nothing); a policy that sets `required` makes it a failure.
 */
function nothingToCheck(rule, system, reason, path, resultAt) {
    if (rule.required)
        return (0,finding/* makeFinding */.M)(rule, system, 'fail', `required by the policy, but nothing to check: ${reason.replace(/^nothing to check: /, '')}`, locatePath(system, path));
    return (0,finding/* makeFinding */.M)(rule, system, 'not-applicable', reason, resultAt(path));
}
const TIERS = load_manifest/* RISK_TIERS */.ac;
const STAGES = load_manifest/* LIFECYCLE_STAGES */.tJ;
/** Why a rule's `when` excludes this system, or undefined when it applies. An undeclared (or
 *  misspelt: "High", "production") tier or stage does not exclude: a gate must not pass a system
 *  because it left out its risk tier, or wrote it wrong. */
function notApplicable(rule, system, context) {
    const when = rule.when;
    if (!when)
        return undefined;
    const data = system.manifest.data;
    const tier = data.risk?.euAiAct?.tier;
    if (when.tiers && typeof tier === 'string' && TIERS.includes(tier) && !when.tiers.includes(tier)) {
        return `applies to risk tiers ${when.tiers.join(', ')}; this system is ${tier}`;
    }
    const stage = data.lifecycle;
    if (when.stages && typeof stage === 'string' && STAGES.includes(stage) && !when.stages.includes(stage)) {
        return `applies at lifecycle stages ${when.stages.join(', ')}; this system is at ${stage}`;
    }
    if (when.labels) {
        const labels = Array.isArray(data.labels) ? data.labels : [];
        if (!when.labels.some((label) => labels.includes(label)))
            return `applies to systems labelled ${when.labels.join(', ')}`;
    }
    if (when.from && system.now.getTime() < Date.parse(`${when.from}T00:00:00Z`)) {
        return `applies from ${when.from}`;
    }
    if (when.obligation) {
        context.profile ??= (0,obligations/* aiActProfile */.mH)(data);
        const exemption = (0,obligations/* obligationExemption */.uY)(when.obligation, context.profile, system.now, context.timeline);
        if (exemption)
            return `${when.obligation} ${exemption}`;
    }
    return undefined;
}
function locatePath(system, path) {
    if (path[0] === 'card' && system.card) {
        if (path[1] === 'meta' && system.card.frontMatter) {
            return { file: system.card.file, ...system.card.frontMatter.locate(path.slice(2)) };
        }
        return { file: system.card.file, line: system.card.frontMatterLine ?? 1, column: 1 };
    }
    const inManifest = path[0] === 'manifest' ? path.slice(1) : [];
    return { file: system.manifest.file, ...system.manifest.doc.locate(inManifest) };
}
function manifestFirstLine(system) {
    return { file: system.manifest.file, line: 1, column: 1 };
}
function logicalPath(path) {
    if (path[0] === 'manifest')
        return (0,types/* formatPath */.jV)(path.slice(1));
    return (0,types/* formatPath */.jV)(path);
}
function render(rule, system, error, path, root) {
    if (!rule.message)
        return error;
    const values = { error, path: (0,describe/* describePath */.N)(root, path), system: system.id, title: rule.title };
    return rule.message.replace(definition/* TEMPLATE_TAG */.QJ, (_, name) => values[name.trim()] ?? '');
}
/** A finding, with its keys always in the documented order (the JSON report is read by people). */

// EXTERNAL MODULE: ./build/evaluate/policy.js + 26 modules
var evaluate_policy = __nccwpck_require__(657);
// EXTERNAL MODULE: ./build/evidence/registry.js + 59 modules
var registry = __nccwpck_require__(4967);
// EXTERNAL MODULE: ./build/evidence/store.js
var store = __nccwpck_require__(6423);
// EXTERNAL MODULE: ./build/load/source-doc.js
var source_doc = __nccwpck_require__(5121);
;// CONCATENATED MODULE: ./build/engine/check-system.js
/**
 * One system's check: load its manifest, card and evidence, run the policy's rules, and return
 * plain data (so a worker thread can send it back). What depends on other systems (duplicate
 * ids, waivers, counts, coverage) is the engine's, in discovery order.
 */









function checkSystem(file, run) {
    const hashFiles = run.hashFiles !== false;
    if (hashFiles)
        run.repo.startReadLog();
    const checked = checkLogged(file, run);
    // Every file this system's check read (manifest, card, evidence), hashed where it was read.
    if (hashFiles)
        checked.summary.files = run.repo.takeReadLog();
    return checked;
}
function checkLogged(file, run) {
    const { repo, now } = run;
    const policy = (0,evaluate_policy/* policyFor */.KV)(run.policy, file);
    const findings = [];
    const loaded = (0,load_manifest/* loadManifest */.eY)(repo, file);
    const coreFinding = (ruleId, id, message, at, path) => {
        const rule = policy.byId.get(ruleId);
        if (rule)
            findings.push((0,finding/* makeFinding */.M)(rule, { id }, 'fail', message, at, path));
    };
    if (!loaded.ok) {
        for (const problem of loaded.problems)
            coreFinding(problem.ruleId, file, problem.message, problem.location);
        return { file, findings, summary: { id: file, manifest: file } };
    }
    const { manifest } = loaded;
    const id = (0,source_doc/* detachText */.hM)((0,load_manifest/* systemId */.JO)(manifest));
    for (const problem of loaded.problems) {
        coreFinding(problem.ruleId, id, problem.message, problem.location, problem.path && (0,types/* formatPath */.jV)(problem.path));
    }
    const evidence = new store/* EvidenceStore */.x(repo, manifest, registry/* EVIDENCE_KINDS */.A);
    const system = { id, manifest, evidence, now };
    const card = cardOf(manifest, evidence);
    if (card.card)
        system.card = card.card;
    const baseIdChanged = attachBase(system, file, run);
    const locatePasses = run.locatePasses !== false;
    findings.push(...corePasses(policy, system, findings, locatePasses));
    findings.push(...evaluateSystem(system, policy, { locatePasses, noteEvidence: run.hashFiles !== false }));
    const data = manifest.data;
    return {
        file,
        findings,
        // Name and version are shown in logs and summaries: one line, whatever the manifest holds.
        summary: {
            id,
            ...(typeof data.name === 'string' ? { name: (0,source_doc/* detachText */.hM)((0,finding/* singleLine */.p)(data.name)) } : {}),
            ...(typeof data.version === 'string' ? { version: (0,source_doc/* detachText */.hM)((0,finding/* singleLine */.p)(data.version)) } : {}),
            manifest: file,
            // Paths made from the manifest's text hold on to all of it (detachText): kept per system.
            ...(system.card ? { card: (0,source_doc/* detachText */.hM)(system.card.file) } : {}),
            ...euAiActSummary(data),
            ...datasetsOf(manifest),
        },
        ...(id !== file ? { hasId: true } : {}),
        ...(card.cited ? { citedCard: (0,source_doc/* detachText */.hM)(card.cited) } : {}),
        ...(baseIdChanged ? { baseIdChanged: (0,source_doc/* detachText */.hM)(baseIdChanged) } : {}),
    };
}
/** The AI Act profile for the summary (and coverage), as the rules read it, held apart from the manifest's text. */
function euAiActSummary(data) {
    const { tier, basis, roles, interactsWithPeople, generatesContent, openSource } = (0,obligations/* aiActProfile */.mH)(data);
    if (tier === undefined && basis === undefined && roles === undefined && !interactsWithPeople && !generatesContent && !openSource)
        return {};
    return {
        euAiAct: {
            ...(tier !== undefined ? { tier: (0,source_doc/* detachText */.hM)(tier) } : {}),
            ...(basis !== undefined ? { basis: (0,source_doc/* detachText */.hM)(basis) } : {}),
            ...(roles !== undefined ? { roles: roles.map(source_doc/* detachText */.hM) } : {}),
            ...(interactsWithPeople ? { interactsWithPeople } : {}),
            ...(generatesContent ? { generatesContent } : {}),
            ...(openSource ? { openSource: { license: (0,source_doc/* detachText */.hM)(openSource.license) } } : {}),
        },
    };
}
function packCheck(check) {
    return { ...check, findings: check.findings.map(({ evidences: _evidences, supports: _supports, docs: _docs, remediation: _remediation, ...rest }) => rest) };
}
/** The check as it was before packCheck (a received copy, so it is completed in place). */
function unpackCheck(packed, policy) {
    const rules = (0,evaluate_policy/* policyFor */.KV)(policy, packed.file).byId;
    for (const finding of packed.findings) {
        const rule = rules.get(finding.ruleId);
        // Added last, so the keys are in makeFinding's order.
        finding.evidences = rule.evidences;
        finding.supports = rule.supports;
        finding.docs = rule.docs;
        if (finding.status === 'fail')
            finding.remediation = rule.remediation;
        // Last, as evaluateSystem adds it: the same key order on every thread.
        const evidence = finding.evidence;
        if (evidence) {
            delete finding.evidence;
            finding.evidence = evidence;
        }
    }
    return packed;
}
/** The documents of the system just checked are no longer needed, here or at the base commit. */
function forgetSystem(run) {
    run.repo.forget();
    run.base?.forget();
}
/**
 * A pass for each per-manifest core rule that found nothing on this system, so coverage counts
 * it. (Discovery and waiver rules are about the repository, not one system.) The duplicate-id
 * pass is replaced by the engine when another system already has the id.
 */
function corePasses(policy, system, failures, locate) {
    const failed = new Set(failures.map((f) => f.ruleId));
    const at = locate ? locatePath(system, ['manifest']) : manifestFirstLine(system);
    return policy.rules
        .filter((rule) => rule.core && rule.id.startsWith('manifest/') && !failed.has(rule.id))
        .map((rule) => (0,finding/* makeFinding */.M)(rule, system, 'pass', rule.title, at));
}
/** The datasets a manifest declares (id and role), for the audit export's targets. */
function datasetsOf(manifest) {
    const listed = manifest.data.data?.datasets;
    if (!Array.isArray(listed))
        return {};
    const datasets = listed.flatMap((d) => {
        const entry = d;
        if (typeof entry?.id !== 'string' || entry.id.trim() === '')
            return [];
        return [{ id: (0,source_doc/* detachText */.hM)((0,finding/* singleLine */.p)(entry.id)), ...(typeof entry.role === 'string' ? { role: (0,source_doc/* detachText */.hM)((0,finding/* singleLine */.p)(entry.role)) } : {}) }];
    });
    return datasets.length > 0 ? { datasets } : {};
}
function cardOf(manifest, evidence) {
    const ref = manifest.data.modelCard;
    if (typeof ref !== 'string' || ref.trim() === '')
        return {};
    const cited = evidence.file(ref);
    const card = evidence.card(ref);
    return { ...(cited.ok ? { cited: cited.value.rel } : {}), ...(card.ok ? { card: card.value } : {}) };
}
/**
 * The same system at the base commit, for regression and governance rules: the manifest at the
 * same path when it has the same id; else the one the id moved from. A path whose id changed is
 * another system (its old id is reported gone unless it lives on elsewhere), so reusing a path or
 * an id cannot reset a system's history. Returns the base id at this path when it differs.
 */
function attachBase(system, file, run) {
    if (!run.base) {
        system.noBase = run.noBase;
        return undefined;
    }
    const commit = run.base.commit.slice(0, 12);
    const atPath = (0,load_manifest/* loadManifest */.eY)(run.base, file);
    const idAtPath = atPath.ok ? (0,load_manifest/* systemId */.JO)(atPath.manifest) : undefined;
    const changed = atPath.ok && idAtPath !== system.id ? idAtPath : undefined;
    const movedFrom = run.baseMoved?.get(system.id);
    const loaded = atPath.ok && !changed ? atPath : movedFrom ? (0,load_manifest/* loadManifest */.eY)(run.base, movedFrom) : undefined;
    if (!loaded?.ok) {
        system.noBase = changed
            ? `${file} described "${changed}" at the base commit ${commit}, not "${system.id}": a new system has nothing to regress from`
            : `${file} does not exist (or cannot be read) at the base commit ${commit}: a new system has nothing to regress from`;
        return changed;
    }
    const evidence = new store/* EvidenceStore */.x(run.base, loaded.manifest, registry/* EVIDENCE_KINDS */.A);
    const card = cardOf(loaded.manifest, evidence).card;
    system.base = { commit, manifest: loaded.manifest, evidence, ...(card ? { card } : {}) };
    return changed;
}


/***/ }),

/***/ 7063:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  mY: () => (/* reexport */ DEFAULT_POLICY_FILE),
  DR: () => (/* binding */ evaluateGate),
  rr: () => (/* reexport */ parseAsOf),
  Rg: () => (/* binding */ runGate)
});

// UNUSED EXPORTS: NO_BASE, fetchRemotePacks, policyToLoad

// EXTERNAL MODULE: ./build/fs/assets.js
var assets = __nccwpck_require__(4847);
// EXTERNAL MODULE: ./build/discover/discover.js
var discover = __nccwpck_require__(3157);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./build/fs/local.js
var local = __nccwpck_require__(7823);
// EXTERNAL MODULE: ./build/fs/repo-fs.js
var repo_fs = __nccwpck_require__(9160);
// EXTERNAL MODULE: ./build/load/citations.js
var citations = __nccwpck_require__(3249);
// EXTERNAL MODULE: ./build/load/manifest.js
var manifest = __nccwpck_require__(7454);
;// CONCATENATED MODULE: ./build/discover/scope.js
/**
 * Changed-files scope: on a pull request, check only the systems the change touches. A system
 * is touched when a changed file is its manifest, lies in its manifest's folder, or is a file
 * its manifest cites (card, dataset cards, reports, configs, evidence anywhere in the repo).
 * A system that shares its id with a touched one is checked too (the duplicate must be found
 * whichever of them the change made). A change to governance (the policy, any local pack it
 * extends, the waivers, anything under .modelgate/) touches every system. A model card counts
 * as touched when a changed file (a deleted manifest, say) is in its folder.
 */





class ChangedFilesScope {
    decision = { skipped: [] };
    changed;
    /** `governanceFiles` as written (a `./` or `a/../` is normalised here). */
    constructor(changed, governanceFiles) {
        this.changed = new Set(changed);
        const governance = new Set(governanceFiles.flatMap((file) => {
            const normal = (0,repo_fs/* normaliseCitation */.KM)(file);
            return normal.ok ? [normal.rel] : [];
        }));
        const touched = [...this.changed].find((file) => file.startsWith('.modelgate/') || governance.has(file));
        if (touched)
            this.decision.all = `the change touches ${touched}, which governs every system`;
    }
    get size() {
        return this.changed.size;
    }
    /** The manifests to check, in the order given; records each one skipped and why. */
    select(manifests, repo) {
        if (this.decision.all)
            return [...manifests];
        const ids = new Map();
        const touched = new Set();
        for (const file of manifests) {
            const loaded = (0,manifest/* loadManifest */.eY)(repo, file);
            const id = loaded.ok ? (0,manifest/* systemId */.JO)(loaded.manifest) : undefined;
            ids.set(file, id === file ? undefined : id);
            if (this.touches(file, loaded.ok ? loaded.manifest.data : undefined, repo))
                touched.add(file);
            repo.forget(file); // only the id is kept; the system is read again if it is checked
        }
        const touchedIds = new Set([...touched].map((file) => ids.get(file)).filter((id) => id !== undefined));
        return manifests.filter((file) => {
            const id = ids.get(file);
            if (touched.has(file) || (id !== undefined && touchedIds.has(id)))
                return true;
            this.decision.skipped.push({ manifest: file, ...(id ? { id } : {}), reason: 'the change touches none of its files (manifest, its folder, cited evidence)' });
            return false;
        });
    }
    /** Whether a model card with no manifest is in the change, or in a folder the change touches. */
    includesCard(file) {
        return Boolean(this.decision.all) || this.touchesFolder(file);
    }
    touches(manifestFile, data, repo) {
        if (this.touchesFolder(manifestFile))
            return true;
        const dir = external_node_path_.posix.dirname(manifestFile);
        const fromDir = dir === '.' ? '' : dir;
        for (const cited of citedPaths(data, fromDir))
            if (this.changed.has(cited))
                return true;
        // Evidence reached through a link inside the repository (evidence/bias.json → ../shared/bias.json)
        // changes when its target does: each cited file is resolved to where it really is.
        for (const values of (0,citations/* citationsByField */.g)(data).values()) {
            for (const value of values) {
                const resolved = repo.resolve(value.split('#', 1)[0] ?? '', fromDir);
                if (!resolved.ok)
                    continue;
                const real = external_node_path_.relative(repo.root, resolved.abs).split(external_node_path_.sep).join('/');
                if (real === resolved.rel)
                    continue;
                // Every link on the way counts: retargeting one in the middle of a chain changes the evidence.
                if (this.changed.has(real) || linkHops(repo.root, resolved.rel).some((hop) => this.changed.has(hop)))
                    return true;
            }
        }
        return false;
    }
    /** Whether a changed file is `file` or lies in its folder (or below). */
    touchesFolder(file) {
        if (this.changed.has(file))
            return true;
        const dir = external_node_path_.posix.dirname(file);
        const prefix = dir === '.' ? '' : `${dir}/`;
        for (const changed of this.changed)
            if (changed.startsWith(prefix))
                return true;
        return false;
    }
}
/** The repository-relative paths a chain of links passes through from `rel` (at most 40 hops, never outside the root). */
function linkHops(root, rel) {
    const hops = [];
    let current = external_node_path_.join(root, rel);
    for (let i = 0; i < 40; i++) {
        if (!(0,local/* isLink */.PJ)(current))
            break;
        let target;
        try {
            target = external_node_path_.resolve(external_node_path_.dirname(current), (0,local/* readLink */.XF)(current));
        }
        catch {
            break;
        }
        const hop = external_node_path_.relative(root, target);
        if (hop.startsWith('..') || external_node_path_.isAbsolute(hop))
            break;
        hops.push(hop.split(external_node_path_.sep).join('/'));
        current = target;
    }
    return hops;
}
/** Every string in the manifest that names a repository file, relative to the manifest's folder. */
function citedPaths(data, dir) {
    const paths = new Set();
    const visit = (value, depth) => {
        if (depth > 64)
            return;
        if (typeof value === 'string') {
            if (value.length > 0 && value.length < 1024 && !value.includes('\n')) {
                const cited = (0,repo_fs/* normaliseCitation */.KM)(value.split('#', 1)[0] ?? '', dir);
                if (cited.ok && cited.rel)
                    paths.add(cited.rel);
            }
        }
        else if (Array.isArray(value)) {
            for (const item of value)
                visit(item, depth + 1);
        }
        else if (value && typeof value === 'object') {
            for (const item of Object.values(value))
                visit(item, depth + 1);
        }
    };
    visit(data, 0);
    return paths;
}

;// CONCATENATED MODULE: ./build/discover/vanished.js


function vanishedSystems(base, headManifests, options) {
    const head = new Set(headManifests);
    const vanished = [];
    for (const file of (0,discover/* manifestsAmong */.bi)(base.files(), options)) {
        if (head.has(file))
            continue;
        // Only these few are parsed: a pull request rarely deletes or moves many systems.
        const loaded = (0,manifest/* loadManifest */.eY)(base, file);
        const id = loaded.ok ? loaded.manifest.data.id : undefined;
        vanished.push({ file, ...(typeof id === 'string' ? { id } : {}) });
        base.forget(file);
    }
    return vanished;
}

// EXTERNAL MODULE: ./build/policy/finding.js
var finding = __nccwpck_require__(7416);
// EXTERNAL MODULE: ./build/evaluate/policy.js + 26 modules
var evaluate_policy = __nccwpck_require__(657);
// EXTERNAL MODULE: ./build/fs/git-tree.js + 1 modules
var git_tree = __nccwpck_require__(6719);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./build/policy/digest.js
/**
 * A digest of the resolved policy, for provenance: SHA-256 of a canonical JSON form (keys
 * sorted, maps as sorted objects, nothing undefined) of what decides a verdict: the packs read,
 * the active rules, per-path overrides, waiver settings, coverage scope, discovery exclusions and
 * control exclusions. Where each rule or override was written (`definedIn`, `setAt`) and the
 * catalogue of inactive rules (`known`) are left out: they decide nothing, and locations are
 * the only part that could differ between machines. So the same policy gives the same digest on
 * every machine and thread.
 */

function policyDigest(policy) {
    const decisive = {
        packs: policy.packs,
        rules: policy.rules.map(({ definedIn: _definedIn, ...rule }) => rule),
        overrides: policy.overrides.map(({ definedIn: _definedIn, ...override }) => override),
        waivers: policy.waivers,
        coverage: policy.coverage,
        exclude: policy.exclude,
        exclusions: policy.exclusions,
    };
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(canonicalJson(decisive)).digest('hex')}`;
}
/** JSON with object keys (and Map keys) sorted and undefined members left out. */
function canonicalJson(value) {
    if (value instanceof Map)
        return canonicalJson(Object.fromEntries(value));
    if (Array.isArray(value))
        return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined && typeof v !== 'function')
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}

// EXTERNAL MODULE: ./build/load/model-card.js
var model_card = __nccwpck_require__(9057);
// EXTERNAL MODULE: ./build/policy/baseline.js
var policy_baseline = __nccwpck_require__(4070);
// EXTERNAL MODULE: ../main/node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(6310);
// EXTERNAL MODULE: ./build/load/schema.js
var schema = __nccwpck_require__(6736);
// EXTERNAL MODULE: ./build/load/yaml.js
var yaml = __nccwpck_require__(9996);
;// CONCATENATED MODULE: ./build/policy/waivers.js
/**
 * Waivers: accepted exceptions, as data (.modelgate/waivers.yaml). Each names a rule and a
 * system (optionally a path), says why, who approved it and the last day it holds. A waiver
 * that is malformed, expired, too long, for an unknown rule or for a rule that cannot be waived
 * is void: nothing is excused, and the waiver itself is a finding. Dates are compared in UTC.
 */




const DEFAULT_WAIVERS_FILE = '.modelgate/waivers.yaml';
const DAY_MS = 24 * 60 * 60 * 1000;
/** The waiver entries of a file as written (for comparing a pull request's waivers with the base's). */
function waiverEntries(source, file) {
    const text = source.readText(file);
    if (!text.ok)
        return [];
    const parsed = (0,yaml/* parseYaml */.hN)(text.text, { file });
    if (!parsed.ok)
        return [];
    const value = parsed.doc.value;
    if (!Array.isArray(value?.waivers))
        return [];
    return value.waivers.flatMap((w, index) => w !== null && typeof w === 'object' && !Array.isArray(w) ? [{ value: w, line: parsed.doc.locate(['waivers', index]).line }] : []);
}
/** Reads the waivers file, if there is one. Entries with problems are left out and reported. */
function loadWaivers(source, file, policy, now) {
    const stat = source.statFile(file);
    if (!stat.ok && stat.problem.kind === 'missing')
        return { waivers: [], problems: [] };
    const start = { file, line: 1, column: 1 };
    const text = source.readText(file);
    if (!text.ok)
        return { waivers: [], problems: [{ ruleId: 'waiver/valid', message: `${text.problem.message}; no waiver applies`, at: start }] };
    const parsed = (0,yaml/* parseYaml */.hN)(text.text, { file });
    if (!parsed.ok) {
        return { waivers: [], problems: [{ ruleId: 'waiver/valid', message: `${parsed.error.message}; no waiver applies`, at: { file, line: parsed.error.line, column: parsed.error.column } }] };
    }
    const doc = parsed.doc;
    const value = doc.value;
    if (value === null || value === undefined)
        return { waivers: [], problems: [] };
    const entries = Array.isArray(value.waivers) ? value.waivers : undefined;
    if (!entries) {
        const first = (0,schema/* checkSchema */._U)('waivers.schema.json', value)[0];
        return { waivers: [], problems: [{ ruleId: 'waiver/valid', message: `${first?.message ?? 'waivers must be a list'}; no waiver applies`, at: locate(doc, file, first?.path ?? []) }] };
    }
    const waivers = [];
    const problems = [];
    entries.forEach((entry, index) => {
        const at = locate(doc, file, ['waivers', index]);
        const reason = entryProblem(entry, index, doc, file, policy, now);
        if (reason) {
            const problem = { ruleId: 'waiver/valid', message: `waiver ${describe(entry)} is void: ${reason.message}`, at: reason.at ?? at };
            const w = (entry ?? {});
            if (typeof w.rule === 'string' && typeof w.system === 'string') {
                problem.target = { rule: w.rule, system: w.system, ...(typeof w.path === 'string' ? { path: w.path } : {}) };
            }
            problems.push(problem);
            return;
        }
        waivers.push({ ...entry, at });
    });
    return { waivers, problems };
}
function entryProblem(entry, index, doc, file, policy, now) {
    const issue = (0,schema/* checkSchema */._U)('waivers.schema.json', { waivers: [entry] })[0];
    if (issue) {
        const path = issue.path.slice(2); // drop ['waivers', 0]
        return { message: issue.message.replace(/^waivers\[0\]\.?/, '').replace(/^: /, ''), at: locate(doc, file, ['waivers', index, ...path]) };
    }
    const waiver = entry;
    const where = (field) => locate(doc, file, ['waivers', index, field]);
    const rule = policy.known.get(waiver.rule);
    if (!rule)
        return { message: `rule "${waiver.rule}" is not a rule this policy knows`, at: where('rule') };
    if (rule.waivable === false || rule.locked)
        return { message: `rule ${waiver.rule} cannot be waived under this policy`, at: where('rule') };
    if (waiver.justification.trim().length < policy.waivers.minJustification) {
        return { message: `the justification is shorter than ${policy.waivers.minJustification} characters; say why the exception is acceptable`, at: where('justification') };
    }
    const left = daysLeft(waiver.expires, now);
    if (left < 0)
        return { message: `it expired on ${waiver.expires}`, at: where('expires') };
    if (left > policy.waivers.maxDays) {
        return { message: `it runs ${left} days, longer than the ${policy.waivers.maxDays} days this policy allows; renew it closer to the time`, at: where('expires') };
    }
    return undefined;
}
/** Whole days from today (UTC) to the expiry date: 0 on the last day, negative once expired. */
function daysLeft(expires, now) {
    const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    return Math.round((Date.parse(`${expires}T00:00:00Z`) - today) / DAY_MS);
}
/**
 * Applies the waivers to the findings: a failing finding that a waiver matches becomes
 * `waived` and records the waiver; a void waiver's findings stay failing and say why. Returns
 * the findings about the waivers themselves.
 */
/**
 * Applies waivers to findings as they are made (one system at a time, so a run need not hold
 * every finding), then reports on the waivers themselves: void, expiring, or matching nothing.
 */
class WaiverLedger {
    loaded;
    policy;
    now;
    matched = new Map();
    voidTargets;
    active;
    constructor(loaded, policy, now) {
        this.loaded = loaded;
        this.policy = policy;
        this.now = now;
        this.voidTargets = loaded.problems.flatMap((problem) => {
            if (!problem.target)
                return [];
            const { rule: ruleId, system, path } = problem.target;
            const matchesPath = path ? pathMatcher(path) : () => true;
            return [{ problem, matches: (f) => f.ruleId === ruleId && f.system === system && matchesPath(f) }];
        });
        this.active = loaded.waivers.map((waiver) => {
            const matchesPath = waiver.path ? pathMatcher(waiver.path) : () => true;
            return { waiver, matches: (f) => f.ruleId === waiver.rule && f.system === waiver.system && matchesPath(f) };
        });
    }
    /** Waives the failing findings a waiver covers; a finding a void waiver meant to cover says why it still fails. */
    apply(findings) {
        if (this.voidTargets.length === 0 && this.active.length === 0)
            return;
        for (const finding of findings) {
            if (finding.status !== 'fail')
                continue;
            for (const { problem, matches } of this.voidTargets) {
                if (matches(finding))
                    finding.message = `${finding.message} (not waived: the waiver at ${problem.at.file}:${problem.at.line} is void)`;
            }
            for (const { waiver, matches } of this.active) {
                if (finding.status !== 'fail' || !matches(finding))
                    continue;
                finding.status = 'waived';
                finding.waiver = { justification: waiver.justification, approver: waiver.approver, expires: waiver.expires, file: waiver.at.file, line: waiver.at.line };
                this.matched.set(waiver, (this.matched.get(waiver) ?? 0) + 1);
            }
        }
    }
    /**
     * Findings about the waivers: each void one, each expiring soon, each that matched nothing
     * (only for systems `judged` accepts: a run that skipped a system cannot call its waiver unused).
     */
    findings(judged = () => true) {
        const out = [];
        const rule = (id) => this.policy.byId.get(id);
        const valid = rule('waiver/valid');
        if (valid)
            for (const problem of this.loaded.problems)
                out.push((0,finding/* makeFinding */.M)(valid, { id: problem.at.file }, 'fail', problem.message, problem.at));
        for (const waiver of this.loaded.waivers) {
            if (!judged(waiver.system))
                continue;
            const matched = this.matched.get(waiver) ?? 0;
            const left = daysLeft(waiver.expires, this.now);
            const expiring = rule('waiver/expiring');
            if (matched > 0 && left <= this.policy.waivers.warnDays && expiring) {
                const when = left === 0 ? 'today' : `in ${left} day${left === 1 ? '' : 's'}`;
                out.push((0,finding/* makeFinding */.M)(expiring, { id: waiver.system }, 'fail', `waiver ${describe(waiver)} expires ${when} (${waiver.expires}); ${matched} finding${matched === 1 ? '' : 's'} will fail again`, waiver.at));
            }
            const unused = rule('waiver/unused');
            if (matched === 0 && unused) {
                out.push((0,finding/* makeFinding */.M)(unused, { id: waiver.system }, 'fail', `waiver ${describe(waiver)} matches no failing finding; remove it or correct it`, waiver.at));
            }
        }
        return out;
    }
}
function describe(entry) {
    const w = (entry ?? {});
    const rule = typeof w.rule === 'string' ? w.rule : '?';
    const system = typeof w.system === 'string' ? w.system : '?';
    return `for ${rule} on ${system}`;
}
/** A waiver path is a manifest path prefix (data.datasets[1]) or a file glob. */
function pathMatcher(path) {
    const glob = picomatch(path, { dot: true });
    return (finding) => (finding.path !== undefined && (finding.path === path || finding.path.startsWith(`${path}.`) || finding.path.startsWith(`${path}[`))) ||
        glob(finding.file);
}
function locate(doc, file, path) {
    return { file, ...doc.locate(path) };
}

// EXTERNAL MODULE: ./build/report/coverage.js
var report_coverage = __nccwpck_require__(6231);
// EXTERNAL MODULE: ./build/report/tally.js
var report_tally = __nccwpck_require__(511);
// EXTERNAL MODULE: ./build/types.js
var types = __nccwpck_require__(9291);
// EXTERNAL MODULE: ./build/engine/check-system.js + 1 modules
var check_system = __nccwpck_require__(1574);
// EXTERNAL MODULE: ./build/load/source-doc.js
var source_doc = __nccwpck_require__(5121);
;// CONCATENATED MODULE: ./build/policy/changes.js
/**
 * What a pull request would change in the policy and waivers once merged, in words a reviewer
 * can act on. Weakening changes (a rule turned off, a severity lowered, an applicability
 * narrowed, a rule no longer required, a waiver added or extended, a longer waiver horizon) come first.
 */



function policyChanges(base, head) {
    const weaker = [];
    const stronger = [];
    for (const rule of base.rules) {
        const about = (change) => ({ change, rule: rule.id });
        const next = head.byId.get(rule.id);
        if (!next)
            weaker.push(about(`turns off ${rule.id} (now ${rule.severity})`));
        else if ((0,types/* severityRank */.qs)(next.severity) < (0,types/* severityRank */.qs)(rule.severity))
            weaker.push(about(`lowers ${rule.id} from ${rule.severity} to ${next.severity}`));
        else if ((0,types/* severityRank */.qs)(next.severity) > (0,types/* severityRank */.qs)(rule.severity))
            stronger.push(about(`raises ${rule.id} from ${rule.severity} to ${next.severity}`));
        if (next && JSON.stringify(next.when ?? {}) !== JSON.stringify(rule.when ?? {})) {
            weaker.push(about(`changes when ${rule.id} applies (${describeWhen(rule.when)} → ${describeWhen(next.when)})`));
        }
        if (next && next.waivable !== false && rule.waivable === false)
            weaker.push(about(`lets ${rule.id} be waived`));
        // Without `required`, a system with nothing for the rule to check is not applicable instead of failing.
        if (next && rule.required && !next.required)
            weaker.push(about(`stops requiring ${rule.id} (a system with nothing for it to check would no longer fail it)`));
        if (next && !rule.required && next.required)
            stronger.push(about(`requires ${rule.id} (a system with nothing for it to check fails it)`));
        if (next && JSON.stringify(next.then ?? []) !== JSON.stringify(rule.then ?? []))
            weaker.push(about(`changes what ${rule.id} checks`));
    }
    for (const rule of head.rules)
        if (!base.byId.has(rule.id))
            stronger.push({ change: `turns on ${rule.id} (${rule.severity})`, rule: rule.id });
    // Coverage counts a control as evidenced only from `evidences`: a pack that adds references
    // there (to a new rule, or to one that only supported them) makes the table claim more.
    for (const rule of head.rules) {
        const added = newEvidence(base.byId.get(rule.id)?.evidences ?? {}, rule.evidences);
        if (added)
            weaker.push({ change: `counts ${rule.id} as evidence of ${added} (coverage shows what it maps to as evidenced)`, rule: rule.id });
    }
    for (const [framework, scope] of base.coverage) {
        const now = head.coverage.get(framework);
        if (!now)
            weaker.push({ change: `stops reporting coverage of ${framework}` });
        else if (now !== 'all' && (scope === 'all' || scope.some((id) => !now.includes(id))))
            weaker.push({ change: `reports fewer ${framework} controls in coverage` });
    }
    for (const glob of head.exclude)
        if (!base.exclude.includes(glob))
            weaker.push({ change: `excludes ${glob} from discovery (no system there would be checked)` });
    for (const glob of base.exclude)
        if (!head.exclude.includes(glob))
            stronger.push({ change: `stops excluding ${glob} from discovery` });
    if (head.timeline !== base.timeline) {
        // Every milestone of the Digital Omnibus is on or after the Regulation's: moving to it delays obligations.
        const later = head.timeline === 'digital-omnibus';
        (later ? weaker : stronger).push({ change: `reads the EU AI Act by the ${head.timeline} timeline (was ${base.timeline})${later ? ': high-risk obligations apply later' : ''}` });
    }
    // A control excluded from the Statement of Applicability is one nobody has to show any more.
    const baseExcluded = base.exclusions.iso42001 ?? {};
    const headExcluded = head.exclusions.iso42001 ?? {};
    for (const [control, { justification }] of Object.entries(headExcluded)) {
        const was = baseExcluded[control];
        if (!was)
            weaker.push({ change: `excludes ISO/IEC 42001 ${control} from the Statement of Applicability ("${(0,repo_fs/* clip */.$Q)(justification)}")` });
        else if (was.justification !== justification)
            weaker.push({ change: `changes the justification for excluding ISO/IEC 42001 ${control} ("${(0,repo_fs/* clip */.$Q)(justification)}")` });
    }
    for (const control of Object.keys(baseExcluded))
        if (!(control in headExcluded))
            stronger.push({ change: `stops excluding ISO/IEC 42001 ${control} from the Statement of Applicability` });
    if (head.waivers.maxDays > base.waivers.maxDays)
        weaker.push({ change: `allows waivers of up to ${head.waivers.maxDays} days (was ${base.waivers.maxDays})` });
    if (head.waivers.minJustification < base.waivers.minJustification) {
        weaker.push({ change: `accepts waiver justifications of ${head.waivers.minJustification} characters (was ${base.waivers.minJustification})` });
    }
    return [...weaker, ...stronger];
}
/** The references `after` evidences and `before` did not, as text ("euAiAct Art.14(4)(a)"), or ''. */
function newEvidence(before, after) {
    const added = [];
    for (const [framework, ids] of Object.entries(after)) {
        for (const id of ids)
            if (!(before[framework] ?? []).includes(id))
                added.push(`${framework} ${id}`);
    }
    return added.join(', ');
}
// Entries come from the pull request: never String() a value (a mapping with a `toString` key throws).
const keyOf = (w) => `${(0,source_doc/* asText */.e1)(w.value.rule)}\u0000${(0,source_doc/* asText */.e1)(w.value.system)}\u0000${(0,source_doc/* asText */.e1)(w.value.path ?? '')}`;
const what = (w) => `${(0,source_doc/* asText */.e1)(w.value.rule)} on ${(0,source_doc/* asText */.e1)(w.value.system)}${w.value.path ? ` at ${(0,source_doc/* asText */.e1)(w.value.path)}` : ''}`;
/** Each waiver the head adds, extends, shortens or removes, with the head's line where there is one. */
function waiverChanges(base, head) {
    const before = new Map(base.map((w) => [keyOf(w), w]));
    const after = new Map(head.map((w) => [keyOf(w), w]));
    const changes = [];
    for (const [key, waiver] of after) {
        const was = before.get(key);
        const expires = (0,source_doc/* asText */.e1)(waiver.value.expires);
        if (!was)
            changes.push({ change: `adds a waiver for ${what(waiver)} until ${expires}, approved by ${(0,source_doc/* asText */.e1)(waiver.value.approver)}`, line: waiver.line, widens: true });
        else if ((0,source_doc/* asText */.e1)(was.value.expires) !== expires) {
            // Dates as written (YYYY-MM-DD) compare as text; anything else counts as a widening, to be safe.
            const earlier = /^\d{4}-\d{2}-\d{2}$/.test(expires) && expires < (0,source_doc/* asText */.e1)(was.value.expires);
            changes.push({ change: `changes the waiver for ${what(waiver)} to end on ${expires} (was ${(0,source_doc/* asText */.e1)(was.value.expires)})`, line: waiver.line, widens: !earlier });
        }
    }
    for (const [key, waiver] of before)
        if (!after.has(key))
            changes.push({ change: `removes the waiver for ${what(waiver)}`, widens: false });
    return changes;
}
function describeWhen(when) {
    if (!when || Object.keys(when).length === 0)
        return 'always';
    return Object.entries(when)
        .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
        .join('; ');
}

// EXTERNAL MODULE: ./build/policy/reference.js
var reference = __nccwpck_require__(6772);
// EXTERNAL MODULE: ./build/policy/remote.js
var policy_remote = __nccwpck_require__(6071);
// EXTERNAL MODULE: ./build/policy/sources.js + 1 modules
var sources = __nccwpck_require__(7283);
;// CONCATENATED MODULE: ./build/engine/governance.js
/**
 * What governs a run, and the findings about governance itself: the policy and waivers in
 * force (the base commit's on a pull request), what a pull request would change in them once
 * merged, the baseline, and systems that vanish or would be hidden.
 */











/** The policy file the CLI and the Action use when none is named, relative to the repository root. */
const DEFAULT_POLICY_FILE = '.modelgate/policy.yaml';
/**
 * The policy to load: the one named, else the repository's `.modelgate/policy.yaml` (looked for
 * where the policy is read from: the base commit with `policyFrom: base`, so a pull request can
 * neither delete it nor add one to change the gate), else the bundled `baseline`.
 */
function governance_policyToLoad(options, repo, base) {
    if (options.policy)
        return { policy: options.policy, ...(options.policyBaseDir ? { policyBaseDir: options.policyBaseDir } : {}) };
    const source = options.policyFrom === 'base' && base ? base : repo;
    const found = source.statFile(DEFAULT_POLICY_FILE);
    // One that is there but cannot be read (a link out, a folder) is named, so loading says why.
    const there = found.ok || found.problem.kind !== 'missing';
    return there ? { policy: DEFAULT_POLICY_FILE, policyBaseDir: repo.root } : { policy: 'baseline' };
}
/** The pack the policy in force starts from, and where its local packs are read: the base commit with `policyFrom: base`, else the files. */
function packsInForce(options, repo, base) {
    const baseDir = options.policyBaseDir ?? process.cwd();
    const ref = options.policy ?? 'baseline';
    if (options.policyFrom !== 'base')
        return { ref, baseDir, files: (0,sources/* packFilesOnDisk */.RR)(baseDir) };
    if (!base)
        throw new types/* UsageError */.eb('the policy must be read from the base commit, but no base commit was given');
    const inRepo = (0,reference/* isBundledName */.kD)(ref) ? ref : repositoryPath(repo, baseDir, ref);
    return { ref: inRepo, baseDir, files: (0,sources/* packFilesIn */.MH)(base, `at the base commit ${base.commit.slice(0, 12)}`) };
}
/** The policy in force: from the base commit with `policyFrom: base`, else as the files are. */
function loadPolicyInForce(options, repo, base) {
    const { ref, baseDir, files } = packsInForce(options, repo, base);
    return (0,evaluate_policy/* loadPolicy */.tb)(ref, { baseDir, files, ...(options.remote ? { remote: options.remote } : {}) });
}
/**
 * Every pinned remote pack the policy in force extends, fetched before the run starts (the
 * Action: `fetch` is the GitHub contents API). `options` are the gate's, with the policy named
 * (policyToLoad). Packs only a pull request's own policy names are never fetched.
 */
async function governance_fetchPolicyPacks(options, repo, base, fetch) {
    const fetched = new FetchedPacks();
    const { ref, files } = packsInForce(options, repo, base);
    await fetchPackTree(ref, files, async (needed) => {
        const text = fetched.has(needed) ? fetched.read(needed) : await fetch(needed);
        fetched.set(needed, text);
        return text;
    });
    return fetched;
}
/**
 * The policy and waivers in force. With `policyFrom: base` they are read from the base commit
 * (bundled packs from modelgate itself), and the pull request's own policy and waivers are read
 * only to say what would change once merged.
 */
function loadGovernance(options, repo, base, now) {
    const waiversFile = options.waivers ?? DEFAULT_WAIVERS_FILE;
    const inForce = packsInForce(options, repo, base);
    const { baseDir } = inForce;
    const policy = (0,evaluate_policy/* loadPolicy */.tb)(inForce.ref, { baseDir, files: inForce.files, ...(options.remote ? { remote: options.remote } : {}) });
    const workflow = base && options.workflowFile ? workflowChange(policy, repo, base, options.workflowFile) : [];
    if (options.policyFrom !== 'base' || !base) {
        return { policy, waivers: loadWaivers(repo, waiversFile, policy, now), findings: workflow };
    }
    // With the policy from the base commit, the pack it starts from is named inside the repository.
    const inRepo = inForce.ref;
    const waivers = loadWaivers(base, waiversFile, policy, now);
    const findings = [];
    let headExclude = [];
    const changed = policy.byId.get('policy/changed');
    const at = { file: (0,reference/* isBundledName */.kD)(inRepo) ? waiversFile : inRepo, line: 1, column: 1 };
    const located = [];
    // A remote pack only the pull request names is never fetched: the workflow's token reads what
    // the base policy names (fetched before the run, fetchPolicyPacks) and nothing a pull request chooses.
    const unfetched = [];
    const remote = options.remote;
    const headRemote = remote && {
        read(ref) {
            if (remote instanceof policy_remote/* FetchedPacks */.k && !remote.has(ref)) {
                unfetched.push(ref);
                return { error: "not fetched on a pull request (the base commit's policy does not use it)" };
            }
            return remote.read(ref);
        },
    };
    try {
        // The pull request's policy is untrusted: read it through the repository boundary, so a link
        // or `..` in it cannot reach a file outside the checkout.
        const head = (0,evaluate_policy/* loadPolicy */.tb)(inRepo, { baseDir, files: (0,sources/* packFilesIn */.MH)(repo, 'in this pull request'), ...(headRemote ? { remote: headRemote } : {}) });
        headExclude = head.exclude;
        for (const { change, rule } of policyChanges(policy, head)) {
            // At the line of the pull request's pack that sets the rule, when one of its local packs does.
            const setAt = rule === undefined ? undefined : head.setAt.get(rule);
            located.push({ change, at: setAt && (0,reference/* isLocalPack */.Pd)(setAt.file) ? setAt : at });
        }
    }
    catch (error) {
        const where = error instanceof types/* UsageError */.eb && error.location ? error.location : at;
        if (unfetched.length > 0) {
            const pack = (0,reference/* displayRemote */.Vx)(unfetched[0]);
            located.push({ change: `extends ${pack}, a pack the base commit's policy does not use; a pull request never fetches a pack only it names, so its rules are compared once this is merged`, at: where });
        }
        else {
            const loads = policy.byId.get('policy/head-loads');
            const message = error instanceof Error ? error.message : String(error);
            if (loads)
                findings.push((0,finding/* makeFinding */.M)(loads, { id: where.file }, 'fail', `this pull request's policy does not load, so every run after it is merged would stop: ${message.replace(/^[^:]+:\d+:\d+: /, '')}`, where));
        }
    }
    // A waiver change points at its entry in the pull request's waivers file; one that excuses more
    // once merged is a governance finding (an error by default) where the policy keeps that rule.
    const waiverAdded = policy.byId.get('governance/waiver-added');
    for (const { change, line, widens } of waiverChanges(waiverEntries(base, waiversFile), waiverEntries(repo, waiversFile))) {
        const where = { file: waiversFile, line: line ?? 1, column: 1 };
        if (widens && waiverAdded)
            findings.push((0,finding/* makeFinding */.M)(waiverAdded, { id: waiversFile }, 'fail', `this pull request ${change}; it takes effect once merged, so it needs the policy owners' review`, where));
        else
            located.push({ change, at: where });
    }
    if (changed) {
        for (const { change, at: where } of located) {
            findings.push((0,finding/* makeFinding */.M)(changed, { id: where.file }, 'fail', `once merged, this pull request ${change} (the base commit's policy applies to this run)`, where));
        }
    }
    return { policy, waivers, findings: [...workflow, ...findings], headExclude };
}
/**
 * The workflow that runs the gate is the pull request's own: its inputs (policy, policy-from,
 * fail-on, scope, path) are whatever the pull request says. A change to it is shown, at its
 * first line, so its reviewers know the gate itself was edited.
 */
function workflowChange(policy, repo, base, file) {
    const rule = policy.byId.get('policy/workflow-changed');
    const head = repo.readText(file);
    const before = base.readText(file);
    if (!rule || (head.ok && before.ok && head.text === before.text))
        return [];
    const change = !before.ok ? 'adds' : !head.ok ? 'removes' : 'changes';
    const message = `this pull request ${change} ${file}, the workflow that runs this gate; its inputs (policy, policy-from, fail-on, scope, path) come from the pull request, so this run may not be the gate the base branch sets`;
    return [(0,finding/* makeFinding */.M)(rule, { id: file }, 'fail', message, { file, line: 1, column: 1 })];
}
/** Why the baseline cannot be used: unreadable, invalid, or expired (its findings fail again). */
function baselineProblems(loaded, ledger, policy, now) {
    const rule = policy.byId.get('baseline/valid');
    if (!rule)
        return [];
    if (loaded.problem)
        return [(0,finding/* makeFinding */.M)(rule, { id: loaded.problem.at.file }, 'fail', loaded.problem.message, loaded.problem.at)];
    const baseline = loaded.baseline;
    if (!baseline || !ledger.expired)
        return [];
    const held = baseline.entries.reduce((n, e) => n + e.count, 0);
    return [
        (0,finding/* makeFinding */.M)(rule, { id: baseline.file }, 'fail', `the baseline expired on ${baseline.expires} (as of ${now.toISOString().slice(0, 10)}): the ${held} finding${held === 1 ? '' : 's'} it held fail again`, { file: baseline.file, line: 1, column: 1 }),
    ];
}
/** Recorded findings that no longer fail: the baseline can shrink. */
function baselineFixed(ledger, policy, checked) {
    const rule = policy.byId.get('baseline/fixed');
    const file = ledger.baseline?.file;
    const unused = ledger.unused(checked);
    if (!rule || !file || unused === 0)
        return [];
    return [(0,finding/* makeFinding */.M)(rule, { id: file }, 'fail', `${unused} finding${unused === 1 ? '' : 's'} recorded in ${file} no longer fail${unused === 1 ? 's' : ''}; run modelgate baseline to rewrite it smaller`, { file, line: 1, column: 1 })];
}
/** Findings a pull request adds to the baseline, each at its entry in the pull request's file. */
function baselineGrowthFindings(base, head, policy) {
    const rule = policy.byId.get('governance/baseline-grown');
    if (!rule || !head)
        return [];
    const growth = (0,policy_baseline/* baselineGrowth */.v5)(base, head);
    if (!base && growth.length > 0) {
        // A first baseline (adopting the gate) is one decision: one finding, not one per entry.
        const held = growth.reduce((n, g) => n + g.added, 0);
        const systems = new Set(growth.map((g) => g.entry.system)).size;
        return [
            (0,finding/* makeFinding */.M)(rule, { id: head.file }, 'fail', `this pull request adds a baseline of ${held} finding${held === 1 ? '' : 's'} of ${systems} system${systems === 1 ? '' : 's'}; once merged they would not fail, so the policy owners review it`, { file: head.file, line: 1, column: 1 }),
        ];
    }
    return growth.map(({ entry, added, line }) => (0,finding/* makeFinding */.M)(rule, { id: entry.system }, 'fail', `this pull request adds ${added} ${entry.rule} finding${added === 1 ? '' : 's'} of ${entry.system} (${entry.file}) to the baseline; once merged ${added === 1 ? 'it' : 'they'} would not fail`, { file: head.file, line, column: 1 }));
}
/** What the base commit's policy excluded from discovery: the policy in force with policy-from base, else the base's own. */
function baseExclusions(options, repo, base, policy) {
    if (options.policyFrom === 'base')
        return policy.exclude;
    try {
        return loadPolicyInForce({ ...options, policyFrom: 'base' }, repo, base).exclude;
    }
    catch {
        return []; // no policy at the base commit: the bundled packs exclude nothing
    }
}
/** Systems checked now that an exclusion the pull request adds to the policy would hide once merged. */
function excludedOnceMerged(headExclude, policy, manifests) {
    const rule = policy.byId.get('governance/system-removed');
    const added = headExclude.filter((glob) => !policy.exclude.includes(glob));
    if (!rule || added.length === 0)
        return [];
    return manifests.flatMap((file) => {
        const glob = (0,discover/* excludedBy */.UC)(added, file);
        return glob === undefined
            ? []
            : [(0,finding/* makeFinding */.M)(rule, { id: file }, 'fail', `once merged, this pull request's policy excludes ${glob}, which hides ${file} from the gate`, { file, line: 1, column: 1 })];
    });
}
/**
 * A base-commit system the head no longer checks under any path: deleted, or moved out of the
 * scanned paths. Pointed at its manifest's path at the base commit.
 */
function removedSystems(vanished, systems, skipped, policy, base) {
    const rule = policy.byId.get('governance/system-removed');
    if (!rule || !base || vanished.length === 0)
        return [];
    const present = new Set([...systems.map((s) => s.id), ...skipped.flatMap((s) => (s.id ? [s.id] : []))]);
    const commit = base.commit.slice(0, 12);
    const none = systems.length === 0 && skipped.length === 0 ? '; this run finds no system at all' : '';
    return vanished
        .filter((v) => !v.id || !present.has(v.id))
        .map((v) => (0,finding/* makeFinding */.M)(rule, { id: v.id ?? v.file }, 'fail', `${v.id ? `system "${v.id}" (${v.file} at the base commit ${commit})` : `the system of ${v.file} at the base commit ${commit}`} is no longer checked: ${v.nowId ? `that manifest now describes "${v.nowId}"` : 'its manifest was deleted or moved out of the scanned paths'}${none}`, { file: v.file, line: 1, column: 1 }));
}
/** Files whose change affects every system: the policy file and the waivers file. */
function governanceFiles(options, repo, policy) {
    const files = [options.waivers ?? DEFAULT_WAIVERS_FILE];
    // Every local pack the policy was read from (bundled and pinned remote packs cannot change here).
    for (const pack of policy.packs) {
        if ((0,reference/* isLocalPack */.Pd)(pack))
            files.push(repo.relative(external_node_path_.resolve(options.policyBaseDir ?? process.cwd(), pack)));
    }
    return files;
}
/** A policy path given on the command line or as an input, as a path inside the repository. */
function repositoryPath(repo, baseDir, ref) {
    const rel = repo.relative(external_node_path_.resolve(baseDir, ref));
    if (rel.startsWith('..') || external_node_path_.isAbsolute(rel)) {
        throw new types/* UsageError */.eb(`with the policy read from the base commit, the policy file must be inside the repository, not ${ref}`);
    }
    return rel;
}

;// CONCATENATED MODULE: ./build/engine/options.js

/** A Date as the YYYY-MM-DD day (UTC) it falls on. */
function dayOf(date) {
    return date.toISOString().slice(0, 10);
}
/** "2026-11-22" → the end of that day (UTC), so evidence dated that day counts as fresh. */
function parseAsOf(text) {
    const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T23:59:59Z`) : undefined;
    if (!date || Number.isNaN(date.getTime()))
        throw new types/* UsageError */.eb(`as-of must be a date written YYYY-MM-DD, not "${text}"`);
    return date;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
// EXTERNAL MODULE: ./build/engine/protocol.js
var protocol = __nccwpck_require__(2653);
;// CONCATENATED MODULE: ./build/engine/pool.js
/**
 * Checking systems on several cores: the engine's side of the worker pool (worker.ts is the
 * workers' side, protocol.ts what they say). Worker threads run this same bundle, compile the
 * same resolved policy and check systems too. Every thread takes the next unchecked system from a shared counter, so
 * a thread that started late, or met a large system, simply takes fewer. This thread takes every
 * result back in discovery order, synchronously (receiveMessageOnPort, woken through shared
 * counters), so the engine stays one synchronous pass whether it runs on one thread or several.
 * Memory stays flat on any repository: a worker runs at most WINDOW results ahead of this
 * thread, and this thread holds at most AHEAD results it cannot hand on yet.
 * (Starting the workers before discovery, so they load meanwhile, measured no faster.)
 */




/** Below this many systems per thread, starting a thread costs more than it saves. */
const MIN_SYSTEMS_PER_WORKER = 24;
/** Results this thread may hold while it waits for an earlier system's. */
const AHEAD = 32;
/**
 * A worker's young generation. V8's default let it grow to about 48 MB, which raised the peak
 * memory of a 10,000-system run by 10 to 30 MB and checked no faster (each system's documents
 * die young either way).
 */
const YOUNG_GENERATION_MB = 16;
/** A worker that starts no new system for this long is taken to be stuck (one system may hash
 *  several 1 GB data files, so this is generous). */
const STALL_MS = 600_000;
/**
 * How many worker threads to start besides this one: `jobs` threads in all if given, else one
 * per core (at most 4); none for small runs.
 */
function workerCount(systems, jobs) {
    const threads = jobs ?? Math.min(external_node_os_namespaceObject.availableParallelism(), 4);
    if (threads < 2 || systems < MIN_SYSTEMS_PER_WORKER * 2)
        return 0;
    return Math.min(threads, Math.floor(systems / MIN_SYSTEMS_PER_WORKER)) - 1;
}
/**
 * Checks `files` here (with `checkHere`) and on `count` worker threads running `script`; yields
 * each system's check in the order of `files`. When no thread can be had (a container's limit,
 * say), everything is checked here.
 */
function* checkInWorkers(script, count, files, checkHere, 
/** The run this thread checks with; workers are sent it as plain data. */
run) {
    const policy = run.policy;
    const plain = (0,protocol/* plainRun */.q)(run);
    const counters = new Int32Array(new SharedArrayBuffer(4 * (2 * count + 2)));
    const owners = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, files.length)));
    const workers = [];
    const ports = [];
    try {
        for (let lane = 1; lane <= count; lane++) {
            const { port1, port2 } = new external_node_worker_threads_.MessageChannel();
            const data = { modelgateWorker: true, run: plain, files, port: port2, counters, owners, lane };
            const worker = new external_node_worker_threads_.Worker(script, { workerData: data, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
            // This thread is blocked while it waits, so a worker's error event is only seen after the run
            // has stopped on its own account (a stall); it must not then crash the process with exit 1.
            worker.on('error', () => undefined);
            worker.unref();
            workers.push(worker);
            ports.push(port1);
        }
    }
    catch {
        for (const worker of workers)
            void worker.terminate();
        for (const file of files)
            yield checkHere(file);
        return;
    }
    const held = new Map();
    /** Moves the results waiting on the lanes' ports into `held`. */
    const take = (lanes) => {
        for (const lane of lanes) {
            const port = ports[lane - 1];
            for (let message = (0,external_node_worker_threads_.receiveMessageOnPort)(port); message; message = (0,external_node_worker_threads_.receiveMessageOnPort)(port)) {
                const body = message.message;
                if ('error' in body)
                    throw new Error(`a worker thread failed: ${body.error}`);
                held.set(body.index, (0,check_system/* unpackCheck */.vF)(body.check, policy));
                Atomics.add(counters, (0,protocol/* taken */.uU)(lane), 1);
                Atomics.notify(counters, (0,protocol/* taken */.uU)(lane));
            }
        }
    };
    const allLanes = workers.map((_, i) => i + 1);
    const watch = new Watch(counters);
    try {
        for (let i = 0; i < files.length; i++) {
            for (;;) {
                const owner = Atomics.load(owners, i);
                // With many results held, only the awaited system's worker is read (its results come in
                // the order it took them, so the next one is this system's), and none until it is known:
                // a stuck worker cannot make this thread hold the rest of the repository.
                take(held.size < AHEAD ? allLanes : owner > 0 ? [owner] : []);
                const ready = held.get(i);
                if (ready) {
                    held.delete(i);
                    yield ready;
                    break;
                }
                // Rather than wait, check the next system here.
                if (held.size < AHEAD && Atomics.load(counters, protocol/* NEXT */.K2) < files.length) {
                    const next = Atomics.add(counters, protocol/* NEXT */.K2, 1);
                    if (next < files.length)
                        held.set(next, checkHere(files[next]));
                    continue;
                }
                watch.wait(owner, files[i]);
            }
        }
    }
    finally {
        for (const worker of workers)
            void worker.terminate();
        for (const port of ports)
            port.close();
    }
}
/**
 * This thread's wait for a worker's result, noticing a worker that is stuck. (A worker that never
 * starts takes no system, so the others check them all.)
 */
class Watch {
    counters;
    lane = -1;
    beat = 0;
    since = Date.now();
    constructor(counters) {
        this.counters = counters;
    }
    /**
     * Waits (up to a second) for any worker to send. `lane` has the system awaited; 0 while it has
     * not written itself down as its owner (just after taking it, or never, if it died right then),
     * and then any worker's news counts as progress.
     */
    wait(lane, file) {
        const sent = Atomics.load(this.counters, protocol/* SENT */.Jh);
        const beat = Atomics.load(this.counters, lane > 0 ? (0,protocol/* heartbeat */.jQ)(lane) : protocol/* SENT */.Jh);
        if (lane !== this.lane || beat !== this.beat) {
            [this.lane, this.beat, this.since] = [lane, beat, Date.now()];
        }
        else if (Date.now() - this.since > STALL_MS) {
            throw new Error(`a worker thread stopped answering while checking ${file}`);
        }
        Atomics.wait(this.counters, protocol/* SENT */.Jh, sent, 1000);
    }
}

;// CONCATENATED MODULE: ./build/engine/gate.js
/**
 * One engine behind the CLI and the Action:
 *
 *   discover → load → policy → evaluate → report
 *
 * The policy is read and resolved once, on this thread (governance.ts); systems are then
 * checked one at a time, here or on worker threads (pool.ts), and their documents dropped
 * afterwards, so memory stays flat on monorepos with thousands of systems. Nothing here prints
 * or posts.
 */






















/**
 * Every pinned remote pack the run's policy extends, fetched before the run (the Action, with
 * the GitHub API as `fetch`), to pass as `remote`: the engine itself never waits on the network.
 */
async function fetchRemotePacks(given, fetch) {
    const { repo, base } = openSources(given);
    return fetchPolicyPacks({ ...given, ...policyToLoad(given, repo, base) }, repo, base, fetch);
}
/** Why regression rules have nothing to compare with, when no base was asked for. */
const NO_BASE = 'no base commit to compare with (run on a pull request, or pass --base)';
function runGate(options) {
    return evaluateGate(options).report;
}
/** The report and the policy that made it (reporters that describe rules, such as SARIF, need it). */
function evaluateGate(given) {
    const failOn = given.failOn ?? 'error';
    const now = given.now ?? new Date();
    const { repo, base, noBase } = openSources(given);
    // Named once here, so the workers load the same policy as this thread.
    const options = { ...given, ...governance_policyToLoad(given, repo, base) };
    const governance = loadGovernance(options, repo, base, now);
    const { policy } = governance;
    // The policy's exclusions (the base commit's, on a pull request) and the caller's.
    const exclude = [...policy.exclude, ...(options.exclude ?? [])];
    const discoverOptions = {
        scanPath: options.scanPath ?? '',
        ...(options.include ? { include: options.include } : {}),
        ...(exclude.length > 0 ? { exclude } : {}),
    };
    const found = (0,discover/* discover */.k4)(repo, discoverOptions);
    // Systems the base commit has that the head does not have at the same path: moved or gone.
    // The base commit's exclusions decide what was there to vanish: an exclusion the pull request
    // adds (in its policy-from-head policy) must not hide a system from this comparison.
    const vanished = base ? vanishedSystems(base, found.manifests, { ...discoverOptions, exclude: [...baseExclusions(options, repo, base, policy), ...(options.exclude ?? [])] }) : [];
    const baseMoved = new Map(vanished.flatMap((v) => (v.id ? [[v.id, v.file]] : [])));
    // Findings are waived, counted and folded into coverage one system at a time, so a run over
    // thousands of systems holds only what the report shows (passes only when asked for).
    const keepPasses = options.keepPasses ?? true;
    const keep = (f) => keepPasses || f.status === 'fail' || f.status === 'waived';
    const ledger = new WaiverLedger(governance.waivers, policy, now);
    // The baseline in force, like the waivers: the base commit's with policy-from base.
    const baselineFile = options.baseline ?? policy_baseline/* DEFAULT_BASELINE_FILE */.vy;
    const baselineIn = (source) => (baselineFile === false ? {} : (0,policy_baseline/* loadBaseline */.oU)(source, baselineFile));
    const baseline = baselineIn(options.policyFrom === 'base' && base ? base : repo);
    const baselineLedger = new policy_baseline/* BaselineLedger */.ZX(baseline.baseline, now);
    const tally = new report_tally/* Tally */.F0(failOn);
    const findings = [];
    const coverage = [];
    /** Waives, counts and keeps a batch of findings; returns the batch's counts. */
    const record = (batch) => {
        ledger.apply(batch);
        baselineLedger.apply(batch);
        for (const finding of batch)
            if (keep(finding))
                findings.push(finding);
        return tally.add(batch);
    };
    record(governance.findings);
    record(baselineProblems(baseline, baselineLedger, policy, now));
    if (options.policyFrom === 'base' && base)
        record(baselineGrowthFindings(baseline.baseline, baselineIn(repo).baseline, policy));
    const systems = [];
    const run = { repo, policy, now, noBase, locatePasses: keepPasses, hashFiles: options.hashFiles !== false, ...(base ? { base } : {}), ...(baseMoved.size > 0 ? { baseMoved } : {}) };
    const scope = options.changedFiles ? new ChangedFilesScope(options.changedFiles, governanceFiles(options, repo, policy)) : undefined;
    const files = scope ? scope.select(found.manifests, repo) : found.manifests;
    const citedCards = new Set();
    const seenIds = new Map();
    const workers = options.workerScript ? workerCount(files.length, options.jobs) : 0;
    const threads = 1 + workers;
    for (const checked of systemChecks(files, run, options.workerScript, workers)) {
        if (checked.citedCard)
            citedCards.add(checked.citedCard);
        // The path now describes another system: the one it described at the base may be gone.
        if (checked.baseIdChanged)
            vanished.push({ file: checked.file, id: checked.baseIdChanged, nowId: checked.summary.id });
        if (checked.hasId)
            markDuplicateId(checked, seenIds, policy, repo);
        const systemCounts = record(checked.findings);
        const summary = { ...checked.summary, verdict: (0,report_tally/* verdictOf */.Vj)(systemCounts, failOn), counts: systemCounts };
        systems.push(summary);
        coverage.push(...(0,report_coverage/* computeCoverage */.Eh)([summary], checked.findings, { scope: policy.coverage, timeline: policy.timeline, asOf: now }));
    }
    record(removedSystems(vanished, systems, scope?.decision.skipped ?? [], policy, base));
    record(excludedOnceMerged(governance.headExclude ?? [], policy, found.manifests));
    let unregistered = 0;
    const unregisteredRule = policy.byId.get('discovery/unregistered-system');
    if (unregisteredRule) {
        for (const file of found.cardCandidates) {
            if (citedCards.has(file) || (scope && !scope.includesCard(file)))
                continue;
            const text = repo.readText(file);
            if (!text.ok)
                continue; // an unreadable README cannot be shown to be a model card
            const card = (0,model_card/* parseCard */.c)(text.text, file);
            if (card.kind !== 'model')
                continue;
            unregistered++;
            record([
                (0,finding/* makeFinding */.M)(unregisteredRule, { id: file }, 'fail', `${file} is a model card (its front matter describes a model) but no ai-system.yaml registers it`, { file, line: card.frontMatterLine ?? 1, column: 1 }),
            ]);
            repo.forget(file);
        }
    }
    // Findings about the waivers themselves (void, expiring, unused) come once every system is seen.
    // A waiver is judged only for a system this run looked at: one the changed-files scope skipped,
    // or outside the scanned folder or --include, may well be in use. A waiver naming no system at
    // all is judged when the run covered the whole repository.
    const skipped = new Set((scope?.decision.skipped ?? []).flatMap((s) => (s.id ? [s.id] : [])));
    const checkedIds = new Set(systems.map((s) => s.id));
    const wholeRepository = !options.scanPath && !options.include?.length;
    const waiverFindings = ledger.findings((system) => checkedIds.has(system) || (wholeRepository && !skipped.has(system)));
    record(waiverFindings);
    record(baselineFixed(baselineLedger, policy, (system) => checkedIds.has(system) || (wholeRepository && !skipped.has(system))));
    // Each counts for the system it is about too, in its counts, verdict and coverage (systems and
    // coverage are in the same order).
    const indexOf = new Map(systems.map((s, i) => [s.id, i]));
    for (const finding of waiverFindings) {
        const index = indexOf.get(finding.system);
        const summary = index === undefined ? undefined : systems[index];
        if (index === undefined || !summary)
            continue;
        (0,report_tally/* addCounts */.c5)(summary.counts, (0,report_tally/* countFindings */.Gt)([finding]));
        summary.verdict = (0,report_tally/* verdictOf */.Vj)(summary.counts, failOn);
        (0,report_coverage/* foldIntoCoverage */.MQ)(coverage[index], finding);
    }
    const report = {
        tool: { name: 'modelgate', version: (0,assets/* packageVersion */.Tl)() },
        reportVersion: 2,
        provenance: provenanceOf(options, repo.root, policy, now),
        verdict: tally.verdict,
        failOn,
        policy: { packs: policy.packs, rules: policy.rules.length },
        summary: { systems: systems.length, unregistered, ...tally.counts },
        systems,
        ...(scope ? { scope: { changedFiles: scope.size, ...scope.decision } } : {}),
        coverage,
        findings,
    };
    return { report, policy, threads };
}
/** What the report was made from: tool, commit, as-of day and the policy's digest. */
function provenanceOf(options, root, policy, now) {
    const commit = options.commit === undefined ? (0,git_tree/* headCommit */.Qo)(root) : options.commit === null ? { commit: null, source: options.commitSource ?? 'not recorded: the caller asked for none' } : { commit: options.commit, source: options.commitSource ?? 'given by the caller' };
    return {
        tool: { name: 'modelgate', version: (0,assets/* packageVersion */.Tl)() },
        commit: commit.commit,
        commitSource: commit.source,
        asOf: dayOf(now),
        policy: { packs: policy.packs, digest: options.noPolicyDigest ?? policyDigest(policy.resolved) },
    };
}
/** Each system's check, in the order of `files`: on `workers` worker threads as well, if any. */
function systemChecks(files, run, workerScript, workers) {
    const checkHere = (file) => {
        const checked = (0,check_system/* checkSystem */.ON)(file, run);
        (0,check_system/* forgetSystem */.nd)(run);
        return checked;
    };
    if (workers > 0 && workerScript)
        return checkInWorkers(workerScript, workers, files, checkHere, run);
    // One at a time, so only the current system's documents are in memory.
    return (function* () {
        for (const file of files)
            yield checkHere(file);
    })();
}
/**
 * The repository, and the base commit when one is asked for. A base that cannot be opened stops
 * the run when it is required (or the policy comes from it); otherwise regression rules say why.
 */
function openSources(options) {
    const repo = new repo_fs/* RepoFs */.GB(options.root, options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes });
    const noBase = NO_BASE;
    if (!options.base)
        return { repo, noBase };
    try {
        return { repo, base: git_tree/* GitTreeSource */.kQ.open(repo.root, options.base.ref, repo.maxFileBytes), noBase };
    }
    catch (error) {
        if (options.base.required || options.policyFrom === 'base' || !(error instanceof types/* UsageError */.eb))
            throw error;
        return { repo, noBase: error.message };
    }
}
/**
 * A second system with an id already taken: its duplicate-id check fails (in place of the pass
 * it was given), naming the first.
 */
function markDuplicateId(checked, seenIds, policy, repo) {
    const id = checked.summary.id;
    const previous = seenIds.get(id);
    if (!previous) {
        seenIds.set(id, checked.file);
        return;
    }
    // From here on the second system goes by its manifest's path, as an unreadable one does, so
    // reports do not merge the two systems' findings under one id.
    checked.summary.id = checked.file;
    for (const finding of checked.findings)
        finding.system = checked.file;
    const rule = (0,evaluate_policy/* policyFor */.KV)(policy, checked.file).byId.get('manifest/duplicate-id');
    if (!rule)
        return;
    // Located only now: a duplicate is rare, and locating every system's id would compose the
    // positions of every manifest (see load/yaml.ts).
    const loaded = (0,manifest/* loadManifest */.eY)(repo, checked.file);
    const at = { file: checked.file, ...(loaded.ok ? loaded.manifest.doc.locate(['id']) : { line: 1, column: 1 }) };
    repo.forget(checked.file);
    const failure = (0,finding/* makeFinding */.M)(rule, { id: checked.file }, 'fail', `system id "${id}" is already used by ${previous}; ids must be unique`, at);
    const pass = checked.findings.findIndex((f) => f.ruleId === rule.id && f.status === 'pass');
    if (pass >= 0)
        checked.findings[pass] = failure;
    else
        checked.findings.push(failure);
}


/***/ }),

/***/ 2577:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  B: () => (/* binding */ limitHeapGrowth)
});

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./build/engine/heap.js
/**
 * Peak memory. A run's live heap is small on every thread (the policy, the current system's
 * documents, the report's compact results: about 20 MB at 1,000 systems), but V8 let each
 * thread's old space grow to up to four times its live size between full collections, while the
 * documents of each system were promoted there and died. With a worker thread beside the main
 * one, that headroom was most of the peak RSS: 289 MB on 1,000 systems, 204 MB with growth
 * capped at 1.5x, in the same CPU time (a collection of a 20 MB heap takes about 15 ms).
 * V8 flags are process-wide: this applies to this thread's next collections and to every worker
 * started later, so the entry points call it first.
 */

function limitHeapGrowth() {
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--heap-growing-percent=50');
}


/***/ }),

/***/ 2653:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Iy: () => (/* binding */ openRun),
/* harmony export */   Jh: () => (/* binding */ SENT),
/* harmony export */   K2: () => (/* binding */ NEXT),
/* harmony export */   jQ: () => (/* binding */ heartbeat),
/* harmony export */   jf: () => (/* binding */ WINDOW),
/* harmony export */   q: () => (/* binding */ plainRun),
/* harmony export */   uU: () => (/* binding */ taken)
/* harmony export */ });
/* harmony import */ var _evaluate_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(657);
/* harmony import */ var _fs_git_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6719);
/* harmony import */ var _fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9160);



/** Slots of WorkerSetup.counters. */
const NEXT = 0; // the next system no thread has taken yet
const SENT = 1; // results sent by all workers (the engine's thread waits on it)
const taken = (lane) => 2 * lane; // results of that worker the engine's thread has taken
const heartbeat = (lane) => 2 * lane + 1; // that worker started, or began another system
/** Results a worker may send before the engine's thread has taken them. */
const WINDOW = 16;
function plainRun(run) {
    return {
        root: run.repo.root,
        maxFileBytes: run.repo.maxFileBytes,
        policy: run.policy.resolved,
        now: run.now.toISOString(),
        locatePasses: run.locatePasses !== false,
        hashFiles: run.hashFiles !== false,
        noBase: run.noBase,
        ...(run.base ? { baseCommit: run.base.commit } : {}),
        ...(run.baseMoved ? { baseMoved: [...run.baseMoved] } : {}),
    };
}
/** The same run on a worker's thread: its own file readers, the same policy compiled again. */
function openRun(plain) {
    const repo = new _fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .RepoFs */ .GB(plain.root, { maxFileBytes: plain.maxFileBytes });
    return {
        repo,
        policy: (0,_evaluate_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .compilePolicy */ .C_)(plain.policy),
        now: new Date(plain.now),
        noBase: plain.noBase,
        locatePasses: plain.locatePasses,
        hashFiles: plain.hashFiles,
        ...(plain.baseCommit ? { base: _fs_git_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .GitTreeSource */ .kQ.open(repo.root, plain.baseCommit, plain.maxFileBytes) } : {}),
        ...(plain.baseMoved ? { baseMoved: new Map(plain.baseMoved) } : {}),
    };
}


/***/ }),

/***/ 1467:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ isSystemWorker),
/* harmony export */   T: () => (/* binding */ runSystemWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var _check_system_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1574);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2653);
/**
 * A system worker's side of the pool (pool.ts starts it; protocol.ts is what they say): rebuild
 * the run from the plain data it was sent, then take systems from the shared counter until none
 * is left, sending each check back.
 */



/** Whether this thread was started by the pool (checkInWorkers). */
function isSystemWorker() {
    return Boolean(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.modelgateWorker);
}
/** A worker's whole life. */
function runSystemWorker() {
    const setup = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    const { counters, owners, lane, files } = setup;
    const beat = () => {
        Atomics.add(counters, (0,_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .heartbeat */ .jQ)(lane), 1);
        Atomics.notify(counters, _protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .SENT */ .Jh);
    };
    let sent = 0;
    const send = (message) => {
        setup.port.postMessage(message);
        sent++;
        Atomics.add(counters, _protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .SENT */ .Jh, 1);
        Atomics.notify(counters, _protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .SENT */ .Jh);
    };
    try {
        const run = (0,_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .openRun */ .Iy)(setup.run);
        beat();
        for (;;) {
            // Wait while the engine has not taken the last WINDOW results.
            for (let took = Atomics.load(counters, (0,_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .taken */ .uU)(lane)); sent - took >= _protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .WINDOW */ .jf; took = Atomics.load(counters, (0,_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .taken */ .uU)(lane))) {
                Atomics.wait(counters, (0,_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .taken */ .uU)(lane), took, 1000);
            }
            const index = Atomics.add(counters, _protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .NEXT */ .K2, 1);
            if (index >= files.length)
                break;
            Atomics.store(owners, index, lane);
            beat();
            send({ index, check: (0,_check_system_js__WEBPACK_IMPORTED_MODULE_1__/* .packCheck */ .KU)((0,_check_system_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSystem */ .ON)(files[index], run)) });
            (0,_check_system_js__WEBPACK_IMPORTED_MODULE_1__/* .forgetSystem */ .nd)(run);
        }
    }
    catch (error) {
        send({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
    setup.port.close();
}


/***/ }),

/***/ 2711:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ describePath)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9291);
/** How check functions name what they talk about in messages. */

/**
 * `['manifest','data','datasets',0,'license']` → `data.datasets[0].license`, plus the name of
 * the list item when it has one: `data.datasets[0].license (dataset "bureau-2024")`.
 */
function describePath(root, path) {
    const inDoc = path[0] === 'manifest' ? path.slice(1) : path[0] === 'card' && path[1] === 'meta' ? path.slice(2) : path;
    const shown = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPath */ .jV)(inDoc);
    const label = itemLabel(root, path);
    return label ? `${shown} (${label})` : shown;
}
function itemLabel(root, path) {
    let node = root;
    let label;
    for (let i = 0; i < path.length; i++) {
        const segment = path[i];
        if (node === null || typeof node !== 'object')
            break;
        node = node[segment];
        const listName = path[i - 1];
        if (typeof segment === 'number' && typeof listName === 'string' && node && typeof node === 'object') {
            const item = node;
            const name = [item.id, item.name, item.role, item.metric].find((v) => typeof v === 'string' && v.trim() !== '');
            if (typeof name === 'string')
                label = `${singular(listName)} "${name}"`;
        }
    }
    return label;
}
function singular(word) {
    if (word.endsWith('ies'))
        return `${word.slice(0, -3)}y`;
    if (word.endsWith('s') && !word.endsWith('ss'))
        return word.slice(0, -1);
    return word;
}


/***/ }),

/***/ 657:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C_: () => (/* binding */ compilePolicy),
  tb: () => (/* binding */ loadPolicy),
  KV: () => (/* binding */ policyFor)
});

// EXTERNAL MODULE: ../main/node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(6310);
// EXTERNAL MODULE: ./build/policy/path.js
var policy_path = __nccwpck_require__(794);
// EXTERNAL MODULE: ./build/load/schema.js
var schema = __nccwpck_require__(6736);
// EXTERNAL MODULE: ./build/types.js
var types = __nccwpck_require__(9291);
// EXTERNAL MODULE: ./build/fs/assets.js
var assets = __nccwpck_require__(4847);
// EXTERNAL MODULE: ./build/policy/definition.js
var definition = __nccwpck_require__(3768);
// EXTERNAL MODULE: ./build/policy/sources.js + 1 modules
var sources = __nccwpck_require__(7283);
;// CONCATENATED MODULE: ./build/policy/catalogue.js
/**
 * The rule catalogue: every bundled rule, defined in `policies/rules/*.yaml`. None is active
 * until a pack selects it (or it is locked).
 */




let catalogue;
/** Every rule defined in `policies/rules/*.yaml`. */
function ruleCatalogue() {
    return (catalogue ??= readCatalogue(undefined));
}
/**
 * The catalogue's rules. Without `functions` (trusted), schema and option validation are
 * skipped: they cost most of start-up (compiling JSON Schemas), and the files ship with
 * modelgate; `validateBundledPolicies` checks them in full in the test suite.
 */
function readCatalogue(functions) {
    const definitions = new Map();
    for (const name of (0,assets/* assetNames */.PB)(['policies', 'rules'], '.yaml')) {
        const file = `policies/rules/${name}`;
        const { pack, doc } = (0,sources/* parsePack */.Ll)((0,assets/* readAssetText */.yA)('policies', 'rules', name), file, !functions);
        for (const [id, raw] of Object.entries(pack.rules ?? {})) {
            const at = (0,sources/* locate */.x5)(doc, file, ['rules', id]);
            if (typeof raw === 'string')
                throw new types/* UsageError */.eb(`the catalogue must define rules, not select them`, at);
            if (definitions.has(id))
                throw new types/* UsageError */.eb(`rule ${id} is defined twice in the catalogue`, at);
            definitions.set(id, (0,definition/* fullDefinition */.lg)(id, raw, at, doc, file, functions));
        }
    }
    return definitions;
}
/** Everything that ships in policies/, validated as a user's pack would be (for the test suite). */
function validateBundledPolicies(functions) {
    readCatalogue(functions);
    for (const name of bundledPackNames())
        parsePack(readAssetText('policies', `${name}.yaml`), `policies/${name}.yaml`, false);
}

// EXTERNAL MODULE: ./build/policy/frameworks.js
var frameworks = __nccwpck_require__(4628);
// EXTERNAL MODULE: ./build/policy/obligations.js + 2 modules
var obligations = __nccwpck_require__(5546);
;// CONCATENATED MODULE: ./build/policy/resolve.js
/**
 * Resolves a tree of packs (sources.ts) into the policy that runs, as plain data.
 *
 * Resolution (deterministic, documented in docs/policy.md):
 *   1. The rule catalogue (`policies/rules/*.yaml`) defines every bundled rule; none is active
 *      until a pack selects it.
 *   2. A pack first applies what it `extends`, in order: a later entry overrides an earlier one.
 *   3. Then its own `rules`, each of which is
 *        - a severity (`card/license: warning`, `… : off`): select a known rule or change its severity;
 *        - a partial mapping without `then` (`{ severity, when, message, … }`): adjust a known rule;
 *        - a full definition (with `given` and `then`): define a rule, or replace one by id.
 *      The pack that includes another always wins over it.
 *   4. `locked` rules cannot be turned off or lowered.
 * Every problem is a `UsageError` with the pack file, line and column (exit code 2).
 */







const DEFAULT_WAIVER_SETTINGS = { maxDays: 180, minJustification: 20, warnDays: 14 };
/** The policy `tree` describes. `functions`: the check functions a pack's own rules may name. */
function resolvePolicy(tree, functions) {
    const gathered = { packs: [], known: new Map(ruleCatalogue()), coverage: new Map(), timeline: obligations/* DEFAULT_TIMELINE */.yy, waivers: { ...DEFAULT_WAIVER_SETTINGS }, overrides: [], exclude: [], exclusions: {}, functions };
    const resolution = resolvePack(tree, gathered);
    // Locked rules (an unreadable manifest, say) run whatever the packs select.
    for (const [id, definition] of gathered.known) {
        if (definition.locked && !resolution.has(id))
            resolution.set(id, { definition });
    }
    const rules = [];
    for (const [, { definition }] of [...resolution].sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (definition.severity !== 'off')
            rules.push({ ...definition, severity: definition.severity });
    }
    const setAt = new Map();
    for (const [id, entry] of resolution)
        if (entry.setAt)
            setAt.set(id, entry.setAt);
    const { packs, overrides, waivers, coverage, timeline, known, exclusions } = gathered;
    return { packs, overrides, waivers, coverage, timeline, exclude: [...new Set(gathered.exclude)], exclusions, rules, byId: new Map(rules.map((r) => [r.id, r])), known, setAt };
}
function resolvePack(node, gathered) {
    const { pack, doc, display } = node;
    const { known } = gathered;
    gathered.packs.push(display);
    const resolution = new Map();
    for (const parent of node.parents) {
        for (const [id, entry] of resolvePack(parent, gathered))
            resolution.set(id, entry);
    }
    // Per-path overrides: the parents' were added while resolving them, so this pack's come last and win.
    (pack.overrides ?? []).forEach((override, index) => {
        for (const [id, severity] of Object.entries(override.rules)) {
            const at = (0,sources/* locate */.x5)(doc, display, ['overrides', index, 'rules', id]);
            const rule = resolution.get(id)?.definition ?? known.get(id);
            if (!rule) {
                const guess = (0,schema/* closest */.kp)(id, [...known.keys()]);
                throw new types/* UsageError */.eb(`unknown rule "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}`, at);
            }
            if (rule.locked && (0,definition/* lowers */.Rr)(rule.severity, severity))
                throw new types/* UsageError */.eb(`rule ${id} is locked: an override cannot turn it off or lower it`, at);
        }
        gathered.overrides.push({ files: override.files, rules: override.rules, definedIn: (0,sources/* locate */.x5)(doc, display, ['overrides', index]) });
    });
    // The AI Act timeline: the including pack wins, like everything else it sets.
    if (pack.euAiAct?.timeline)
        gathered.timeline = pack.euAiAct.timeline;
    // Waiver settings: the including pack wins, like everything else it sets.
    Object.assign(gathered.waivers, pack.waivers ?? {});
    // Exclusions add up along the chain: a pack can leave out more folders, never bring one back.
    gathered.exclude.push(...(pack.exclude ?? []));
    // Control exclusions add up along the chain; the including pack's justification wins.
    for (const [control, justification] of Object.entries(pack.exclusions?.iso42001 ?? {})) {
        if (!(0,frameworks/* loadFrameworks */.AZ)().get('iso42001')?.controls.has(control)) {
            const guess = (0,schema/* closest */.kp)(control, [...((0,frameworks/* loadFrameworks */.AZ)().get('iso42001')?.controls.keys() ?? [])]);
            throw new types/* UsageError */.eb(`"${control}" is not an ISO/IEC 42001 Annex A control${guess ? ` (did you mean "${guess}"?)` : ''}`, (0,sources/* locate */.x5)(doc, display, ['exclusions', 'iso42001', control]));
        }
        (gathered.exclusions.iso42001 ??= {})[control] = { justification: justification.trim(), pack: display };
    }
    // Coverage scopes add up along the chain: a framework listed anywhere is reported.
    for (const [key, scope] of Object.entries(pack.frameworks ?? {})) {
        const listed = gathered.coverage.get(key);
        gathered.coverage.set(key, listed === 'all' || scope === 'all' ? 'all' : [...new Set([...(listed ?? []), ...scope])]);
    }
    for (const [id, raw] of Object.entries(pack.rules ?? {})) {
        const at = (0,sources/* locate */.x5)(doc, display, ['rules', id]);
        const current = resolution.get(id)?.definition ?? known.get(id);
        let next;
        if (typeof raw === 'string' || (raw.then === undefined && raw.given === undefined && !raw.core)) {
            if (!current) {
                const guess = (0,schema/* closest */.kp)(id, [...known.keys()]);
                const hint = typeof raw === 'string' ? '' : '; a new rule needs "given" and "then"';
                throw new types/* UsageError */.eb(`unknown rule "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}${hint}`, at);
            }
            next = typeof raw === 'string' ? { ...current, severity: raw } : (0,definition/* adjust */.Ai)(current, raw);
        }
        else {
            next = (0,definition/* fullDefinition */.lg)(id, raw, at, doc, display, gathered.functions);
        }
        const obligation = typeof raw === 'string' ? undefined : raw.when?.obligation;
        if (obligation !== undefined && !(0,obligations/* isKnownObligation */.Y7)(obligation)) {
            const listed = [...((0,frameworks/* loadFrameworks */.AZ)().get('euAiAct')?.obligations.keys() ?? [])];
            throw new types/* UsageError */.eb(`rule ${id}: when.obligation ${obligation} is not an obligation modelgate knows; use one of ${listed.join(', ')}, or a part of one its data lists (Art.53(1)(a))`, (0,sources/* locate */.x5)(doc, display, ['rules', id, 'when', 'obligation']));
        }
        if (current?.locked && (0,definition/* lowers */.Rr)(current.severity, next.severity)) {
            throw new types/* UsageError */.eb(`rule ${id} is locked: it cannot be turned off or lowered below ${current.severity}`, at);
        }
        if (current?.locked && current.required && !next.required) {
            throw new types/* UsageError */.eb(`rule ${id} is locked: it cannot stop being required`, typeof raw === 'string' ? at : (0,sources/* locate */.x5)(doc, display, ['rules', id, 'required']));
        }
        // What a locked rule checks, and for which systems, is not a pack's to change: a narrower
        // `when` or a replaced `given`/`then` would switch it off as surely as `off` would.
        const rewritten = current?.locked && typeof raw !== 'string' ? definition/* LOCKED_FIELDS */.nP.filter((field) => raw[field] !== undefined) : [];
        if (rewritten.length > 0) {
            throw new types/* UsageError */.eb(`rule ${id} is locked: a pack cannot change its ${rewritten.join(', ')}`, (0,sources/* locate */.x5)(doc, display, ['rules', id, rewritten[0]]));
        }
        if (current?.locked)
            next.locked = true;
        known.set(id, next);
        resolution.set(id, { definition: next, setAt: at });
    }
    return resolution;
}

// EXTERNAL MODULE: ./build/evidence/registry.js + 59 modules
var registry = __nccwpck_require__(4967);
// EXTERNAL MODULE: ./build/load/placeholder.js
var placeholder = __nccwpck_require__(8286);
// EXTERNAL MODULE: ./build/evaluate/describe.js
var describe = __nccwpck_require__(2711);
// EXTERNAL MODULE: ./build/evidence/check.js
var check = __nccwpck_require__(5818);
;// CONCATENATED MODULE: ./build/evaluate/functions/any-present.js




/** At least one of several fields is present (a dataset pinned by revision or by sha256). */
const anyPresent = (0,check/* defineFunction */.Oh)({
    name: 'any-present',
    description: 'At least one of the listed fields exists and is not a placeholder.',
    optionsSchema: {
        type: 'object',
        required: ['fields'],
        additionalProperties: false,
        properties: { fields: { type: 'array', minItems: 2, items: { type: 'string', minLength: 1 } } },
    },
    check({ value, path, options, system }) {
        const found = options.fields.some((field) => (0,placeholder/* valueAbsence */.Z2)((0,policy_path/* valueAt */.fK)(value, (0,policy_path/* parseField */.cn)(field))) === undefined);
        if (found)
            return [];
        const names = options.fields.map((f) => `"${f}"`);
        const list = names.length === 2 ? `${names[0]} or ${names[1]}` : `one of ${names.join(', ')}`;
        return [{ message: `${(0,describe/* describePath */.N)((0,check/* systemDocument */.fZ)(system), path)} needs ${list}` }];
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/card-accuracy.js
/**
 * The card's model-index results meet the manifest's accuracy thresholds
 * (intendedUse.accuracy: metric, min or max, optional dataset). A declared metric the card does
 * not report is a finding; a reported value outside its bound is one at the card's line.
 */

const norm = (text) => text.toLowerCase().replace(/[^a-z0-9@]+/g, '');
const cardAccuracy = (0,check/* defineFunction */.Oh)({
    name: 'card-accuracy',
    description: "Each accuracy threshold in the manifest is met by a result in the model card's model-index.",
    optionsSchema: { type: 'object', additionalProperties: false },
    check({ value, path, system }) {
        const card = system.card;
        if (!card)
            return { skip: 'no model card was read' };
        const wanted = (value ?? {});
        if (typeof wanted.metric !== 'string')
            return { skip: 'the accuracy entry names no metric' };
        const dataset = typeof wanted.dataset === 'string' ? wanted.dataset : undefined;
        const reported = modelIndexResults(card.meta['model-index']).filter((r) => r.metricKeys.includes(norm(wanted.metric)) && (!dataset || r.dataset.includes(norm(dataset))));
        const on = dataset ? ` on ${dataset}` : '';
        if (reported.length === 0) {
            return [{ message: `the model card reports no ${wanted.metric} result${on} in its model-index, so intendedUse.accuracy cannot be checked`, path }];
        }
        const failures = [];
        for (const result of reported) {
            // Located only when it fails: locating composes the front matter's positions (yaml's document API).
            const at = () => ({ file: card.file, ...(card.frontMatter?.locate(result.path) ?? { line: 1, column: 1 }) });
            const v = typeof result.value === 'string' && result.value.trim() !== '' ? Number(result.value) : result.value;
            if (typeof v !== 'number' || !Number.isFinite(v)) {
                failures.push({ message: `the model card's ${wanted.metric}${on} is not a number`, at: at() });
            }
            else if (typeof wanted.min === 'number' && v < wanted.min) {
                failures.push({ message: `the model card reports ${wanted.metric} ${v}${on}, below the manifest's minimum ${wanted.min}`, at: at() });
            }
            else if (typeof wanted.max === 'number' && v > wanted.max) {
                failures.push({ message: `the model card reports ${wanted.metric} ${v}${on}, above the manifest's maximum ${wanted.max}`, at: at() });
            }
        }
        return failures;
    },
});
function modelIndexResults(index) {
    const out = [];
    if (!Array.isArray(index))
        return out;
    index.forEach((entry, i) => {
        const results = entry?.results;
        if (!Array.isArray(results))
            return;
        results.forEach((result, j) => {
            const r = (result ?? {});
            const dataset = [r.dataset?.type, r.dataset?.name].filter((d) => typeof d === 'string').map(norm).join(' ');
            if (!Array.isArray(r.metrics))
                return;
            r.metrics.forEach((metric, k) => {
                const m = (metric ?? {});
                const metricKeys = [m.type, m.name].filter((x) => typeof x === 'string').map(norm);
                out.push({ value: m.value, dataset, metricKeys, path: ['model-index', i, 'results', j, 'metrics', k, 'value'] });
            });
        });
    });
    return out;
}

// EXTERNAL MODULE: ./build/load/source-doc.js
var source_doc = __nccwpck_require__(5121);
;// CONCATENATED MODULE: ./build/evaluate/functions/card-agrees.js


const squash = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const list = (value) => [].concat(value ?? []).filter((v) => typeof v === 'string');
const cardAgrees = (0,check/* defineFunction */.Oh)({
    name: 'card-agrees',
    description: 'Where the model card and the manifest both state a name, version, license, base model or datasets, they agree.',
    optionsSchema: {
        type: 'object',
        required: ['field'],
        additionalProperties: false,
        properties: { field: { enum: ['name', 'version', 'license', 'base-model', 'datasets'] } },
    },
    check({ options, system }) {
        const card = system.card;
        if (!card)
            return { skip: 'no model card was read' };
        const data = system.manifest.data;
        switch (options.field) {
            case 'name':
                return nameFailures(card, data, system);
            case 'version':
                return versionFailures(card, data, system);
            case 'license':
                return licenseFailures(card, data, system);
            case 'base-model':
                return baseModelFailures(card, data, system);
            case 'datasets':
                return datasetFailures(card, data, system);
        }
    },
});
function metaAt(card, path) {
    return { file: card.file, ...(card.frontMatter?.locate(path) ?? { line: 1, column: 1 }) };
}
function nameFailures(card, data, system) {
    const names = [data.name, data.id].filter((n) => typeof n === 'string').map(squash);
    const index = card.meta['model-index'];
    const named = Array.isArray(index) && index.some((entry) => typeof entry?.name === 'string' && (entry.name.trim() !== ''));
    if (!named)
        return { skip: "the model card's model-index names no model" };
    return index.flatMap((entry, i) => {
        const name = entry?.name;
        if (typeof name !== 'string' || name.trim() === '')
            return [];
        const n = squash(name);
        if (names.some((m) => m === n || m.includes(n) || n.includes(m)))
            return [];
        return [{ message: `the model card's model-index names "${name}", but the manifest describes "${(0,source_doc/* asText */.e1)(data.name)}" (${system.id})`, at: metaAt(card, ['model-index', i, 'name']) }];
    });
}
/** "v2.3.0", "2.3" in the card's title, or a version key in its front matter. */
function versionFailures(card, data, system) {
    const expected = (0,source_doc/* asText */.e1)(data.version ?? '').replace(/^v/i, ''); // any type when the schema failed
    if (expected === '')
        return { skip: 'the manifest states no version' };
    for (const key of ['version', 'model_version']) {
        const stated = card.meta[key];
        if (typeof stated === 'string' || typeof stated === 'number') {
            if (String(stated).replace(/^v/i, '') === expected)
                return [];
            return [{ message: `the model card says version ${stated}, but the manifest describes version ${expected}`, at: metaAt(card, [key]) }];
        }
    }
    const title = card.outline.headings.find((h) => h.level === 1 && h.kind !== 'label');
    const stated = title && titleVersion(title.title, [...list(card.meta.base_model), ...list(data.baseModel)]);
    if (!title || !stated)
        return { skip: 'the model card states no version (a version key, or one in its title)' };
    if (stated === expected)
        return [];
    return [{ message: `the model card's title says version ${stated}, but the manifest describes version ${expected} (${system.id})`, at: { file: card.file, line: title.line, column: 1 } }];
}
/**
 * The model's own version in its title: a word of its own ("Scorer v2.3.0", "Scorer 2.3"), not
 * one joined to a name ("Mistral-7B-Instruct-v0.3", "llama-3.1-8b": a fine-tune's title carries
 * its base model's version), nor one its base models' ids carry.
 */
function titleVersion(title, baseModels) {
    const bases = baseModels.map((b) => b.toLowerCase());
    for (const word of title.split(/\s+/)) {
        const version = /^\(?v?(\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?)\)?[,;:]?$/i.exec(word)?.[1];
        if (version && !bases.some((base) => base.includes(version.toLowerCase())))
            return version;
    }
    return undefined;
}
function licenseFailures(card, data, _system) {
    const declared = typeof data.license === 'string' ? data.license.trim() : '';
    const stated = card.meta.license;
    if (declared === '')
        return { skip: 'the manifest states no license' };
    const named = typeof card.meta.license_name === 'string' ? card.meta.license_name : undefined;
    if (Array.isArray(stated))
        return licenseListFailures(card, stated.filter((l) => typeof l === 'string' && l.trim() !== ''), named, declared);
    if (typeof stated !== 'string')
        return { skip: 'the model card states no license' };
    if (stated.toLowerCase() === declared.toLowerCase() || (named && named.toLowerCase() === declared.toLowerCase()))
        return [];
    return [{ message: `the model card's license is "${named ? `${stated} (${named})` : stated}", but the manifest's is "${declared}"`, at: metaAt(card, ['license']) }];
}
/**
 * A card that lists its licences agrees when they are the licences the manifest's expression
 * names, no more and no fewer ("MIT OR Apache-2.0" and [mit, apache-2.0]): the manifest's licence
 * decides obligations (Art. 53(2)), so a card listing only llama3 does not agree with "MIT OR llama3".
 */
function licenseListFailures(card, listed, named, declared) {
    if (listed.length === 0)
        return { skip: 'the model card states no license' };
    const words = declared.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
    const ids = new Set(words.filter((word, i) => !['AND', 'OR', 'WITH'].includes(word) && words[i - 1] !== 'WITH').map((id) => id.toLowerCase()));
    const cardIds = new Set(listed.map((l) => (l.trim().toLowerCase() === 'other' && named ? named : l).trim().toLowerCase()));
    const same = [...cardIds].every((id) => ids.has(id)) && [...ids].every((id) => cardIds.has(id));
    if (same || (cardIds.size === 1 && cardIds.has(declared.toLowerCase())))
        return [];
    const shown = listed.map((l) => `"${l}"`).join(', ');
    return [{ message: `the model card's ${listed.length === 1 ? `license is ${shown}` : `licenses are ${shown}`}, but the manifest's is "${declared}"`, at: metaAt(card, ['license']) }];
}
function baseModelFailures(card, data, _system) {
    const declared = list(data.baseModel).map((b) => b.toLowerCase());
    const stated = list(card.meta.base_model);
    if (declared.length === 0 && stated.length === 0)
        return { skip: 'neither the manifest nor the model card names a base model' };
    if (declared.length === 0 || stated.length === 0)
        return { skip: declared.length === 0 ? 'the manifest names no baseModel' : 'the model card names no base_model' };
    const missing = stated.filter((b) => !declared.includes(b.toLowerCase()));
    const unstated = declared.filter((b) => !stated.some((s) => s.toLowerCase() === b));
    if (missing.length === 0 && unstated.length === 0)
        return [];
    return [
        {
            message: `the model card's base_model is ${stated.map((b) => `"${b}"`).join(', ')}, but the manifest's baseModel is ${list(data.baseModel).map((b) => `"${b}"`).join(', ')}`,
            at: metaAt(card, ['base_model']),
        },
    ];
}
/**
 * Every dataset the card lists is declared in the manifest (by id, or as the end of its uri or
 * source, as in hf://datasets/owner/name), and every training dataset the manifest declares is
 * in the card's list.
 */
function datasetFailures(card, data, _system) {
    const stated = card.meta.datasets;
    if (!Array.isArray(stated))
        return { skip: "the model card's front matter lists no datasets" };
    const declared = Array.isArray(data.data?.datasets) ? data.data.datasets : [];
    const names = (d) => [d.id, d.uri, d.source].filter((v) => typeof v === 'string').map((v) => v.toLowerCase());
    const failures = [];
    stated.forEach((entry, i) => {
        if (typeof entry !== 'string')
            return;
        const wanted = entry.toLowerCase();
        const found = declared.some((d) => names(d).some((n) => n === wanted || n.endsWith(`/${wanted}`) || n.endsWith(`/${wanted}/`)));
        if (!found)
            failures.push({ message: `the model card lists dataset "${entry}", which the manifest does not declare in data.datasets`, at: metaAt(card, ['datasets', i]) });
    });
    const cardNames = stated.filter((s) => typeof s === 'string').map((s) => s.toLowerCase());
    declared.forEach((dataset, i) => {
        if (!dataset || (dataset.role !== 'training' && dataset.role !== 'fine-tuning'))
            return;
        const ids = names(dataset);
        if (!cardNames.some((c) => ids.some((n) => n === c || n.endsWith(`/${c}`) || n.endsWith(`/${c}/`)))) {
            failures.push({ message: `training dataset "${(0,source_doc/* asText */.e1)(dataset.id)}" is not in the model card's datasets list`, at: metaAt(card, ['datasets']), path: ['manifest', 'data', 'datasets', i] });
        }
    });
    return failures;
}

// EXTERNAL MODULE: ./build/load/markdown.js
var markdown = __nccwpck_require__(1010);
;// CONCATENATED MODULE: ./build/evaluate/functions/document-content.js
/**
 * Whether a cited document is evidence at all: a file the manifest cites (an impact assessment,
 * a risk register, a runbook) is read and judged whether or not a `#section` is cited. Empty,
 * placeholder-only ("# TODO"), too short, binary, or not reading as the kind of document it is
 * cited as, it fails at the citing line. What a document of a kind must address is data in the
 * rule (`topics`), not code: each topic is met by one of its terms in a heading or the text.
 */



/** The fewest words a cited document holds unless its rule says otherwise: two plain sentences. */
const DEFAULT_MIN_WORDS = 20;
const TOPIC_SCHEMA = {
    type: 'object',
    required: ['name', 'terms'],
    additionalProperties: false,
    properties: {
        name: { type: 'string', minLength: 1, maxLength: 200 },
        terms: { type: 'array', minItems: 1, maxItems: 100, items: { type: 'string', minLength: 2, maxLength: 100 } },
    },
};
const documentContent = (0,check/* defineFunction */.Oh)({
    name: 'document-content',
    description: 'A cited document is text that says something: not empty, not only headings and placeholders, at least minWords words, and (topics) it addresses each topic of its kind in a heading or the text; for file.md#section, that section exists and is filled in.',
    optionsSchema: {
        type: 'object',
        additionalProperties: false,
        properties: {
            kind: { type: 'string', minLength: 1, maxLength: 100, description: 'what the document is cited as, e.g. "risk register"' },
            minWords: { type: 'integer', minimum: 0, maximum: 100000, description: `fewest words of text, headings and placeholders aside (default ${DEFAULT_MIN_WORDS})` },
            topics: { type: 'array', maxItems: 50, items: TOPIC_SCHEMA, description: 'what a document of this kind addresses, each topic by one of its terms' },
            allowBinary: { type: 'boolean', description: 'accept a binary file (a PDF) as it is, unjudged' },
        },
    },
    check({ value, system, options }) {
        return judgeCitedDocument(value, system, options);
    },
});
/** Judges the document `value` cites; a skip when nothing is cited (presence is `present`'s job). */
function judgeCitedDocument(value, system, options) {
    if (typeof value !== 'string' || value.trim() === '')
        return { skip: 'no document is cited' };
    const cited = system.evidence.file(value);
    if (!cited.ok)
        return [{ message: cited.problem.message }];
    const { rel, fragment } = cited.value;
    const card = system.evidence.card(value);
    if (!card.ok) {
        if (card.problem.binary && options.allowBinary)
            return [];
        const what = options.kind ? `a ${options.kind}` : 'cited evidence';
        const message = card.problem.binary
            ? `${card.problem.message}: ${what} must be a Markdown or text document modelgate can read (keep a signed PDF beside it, and cite the text)`
            : card.problem.message;
        return [card.problem.at ? { message, at: card.problem.at } : { message }];
    }
    const emptiness = documentAbsence(card.value);
    if (emptiness)
        return [{ message: emptiness }];
    const failures = [];
    const section = fragment ? sectionProblems(card.value, fragment) : undefined;
    if (section)
        failures.push(...section.failures);
    const body = card.value.outline.text();
    const minWords = options.minWords ?? DEFAULT_MIN_WORDS;
    const words = (0,placeholder/* substantiveWords */.Sk)(body);
    if (words < minWords) {
        failures.push({ message: `${rel} says too little to be ${options.kind ? `${article(options.kind)} ${options.kind}` : 'evidence'}: ${words} word${words === 1 ? '' : 's'} of text (headings and placeholders aside), at least ${minWords} expected` });
    }
    // A cited section found unfilled is reported at its heading; its topic is not reported again.
    const missing = missingTopics(addressingText(card.value, body, options.topics, section?.failures.length ? section.heading : undefined), options.topics ?? []);
    if (missing.length > 0) {
        const kind = options.kind ?? 'what it is cited as';
        failures.push({ message: `${rel} does not read as ${article(kind)} ${kind}: no section or text about ${missing.map((t) => t.name).join(', nor about ')}` });
    }
    return failures;
}
/** Why a cited document says nothing at all ("… is a placeholder: only "TODO""), or undefined. */
function documentAbsence(card) {
    const body = card.outline.text();
    const absence = (0,placeholder/* sectionAbsence */.vA)(body);
    if (!absence)
        return undefined;
    if (absence === 'empty' && body.trim() === '')
        return `${card.file} is empty${card.frontMatterLine ? ' after its front matter' : ''}`;
    if (absence === 'code-only')
        return `${card.file} ${(0,placeholder/* describeAbsence */.Hw)(absence)}`;
    return `${card.file} is a placeholder: only ${excerpt(body)}`;
}
/** `file.md#section`: the section exists (by GitHub's anchor or by name) and says something. */
function sectionProblems(card, fragment) {
    const wanted = fragment.toLowerCase();
    const wantedKey = (0,markdown/* headingKey */.yc)(fragment.replace(/-/g, ' '));
    const heading = card.outline.headings.find((h) => h.kind !== 'label' && (h.key === wantedKey || headingSlug(h.title) === wanted));
    if (!heading)
        return { failures: [{ message: `${card.file} has no section #${fragment}` }] };
    const section = card.outline.find([heading.title]);
    const absence = section ? (0,placeholder/* sectionAbsence */.vA)(section.body) : 'empty';
    if (!absence)
        return { failures: [], heading };
    return { failures: [{ message: `${card.file}: section "${heading.title}" ${(0,placeholder/* describeAbsence */.Hw)(absence)}`, at: { file: card.file, line: heading.line, column: 1 } }], heading };
}
/** GitHub's anchor for a heading ("Reading the score" → "reading-the-score"). */
function headingSlug(title) {
    return title
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-');
}
/**
 * Where a document's topics may be found: its text without the headings whose sections say
 * nothing ("## Affected persons" over a blank or a TODO names a topic, it does not address it).
 */
function addressingText(card, body, topics, reported) {
    if (!topics || topics.length === 0)
        return body;
    const unfilled = new Set(card.outline.sections().filter((section) => section.heading !== reported && (0,placeholder/* sectionAbsence */.vA)(section.body) !== undefined).map((section) => section.heading));
    return unfilled.size === 0 ? body : card.outline.textWithout(unfilled);
}
/** The topics no term of which starts a word of the headings or text (substantiveText: no comments, markers or code). */
function missingTopics(body, topics) {
    if (topics.length === 0)
        return [];
    const words = ` ${normaliseWords((0,placeholder/* substantiveText */.Sw)(body))} `;
    return topics.filter((topic) => !topic.terms.some((term) => words.includes(` ${normaliseWords(term)}`)));
}
/** Lower case, letters and digits only, single spaces: "Out-of-distribution" → "out of distribution". */
function normaliseWords(text) {
    return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
/** What a placeholder document holds, quoted and cut short, for its message. */
function excerpt(body) {
    const text = body
        .replace(/^[ \t]*#{1,6}[ \t]*/gm, '')
        .replace(/\s+/g, ' ')
        .trim();
    return JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text);
}
function article(kind) {
    return /^[aeiou]/i.test(kind) ? 'an' : 'a';
}

;// CONCATENATED MODULE: ./build/evaluate/functions/card-readable.js


/**
 * A cited card (model or dataset) exists, is text, and its front matter (if any) is a valid
 * YAML mapping. Front matter problems are reported in the card, at their line; a card with no
 * text (empty, or only "# TODO") is reported at the line that cites it.
 */
const cardReadable = (0,check/* defineFunction */.Oh)({
    name: 'card-readable',
    description: 'A cited Markdown card exists inside the repository, its front matter parses as a mapping, and it has text (not empty, not only placeholders).',
    optionsSchema: { type: 'object', additionalProperties: false },
    check({ value, system }) {
        if (typeof value !== 'string' || value.trim() === '')
            return { skip: 'no card is cited' };
        const card = system.evidence.card(value);
        if (!card.ok)
            return [{ message: card.problem.message, at: card.problem.at }];
        const failures = card.value.problems.map((problem) => ({
            message: problem.message,
            at: { file: card.value.file, line: problem.line, column: problem.column },
        }));
        const absence = documentAbsence(card.value);
        if (absence)
            failures.push({ message: absence });
        return failures;
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/card-section.js


/**
 * The card says something about a topic: a front matter key or a section (or a bold label in
 * freeform cards) with real content. A section holding only "[More Information Needed]",
 * "TODO" or template markers is reported at its heading as a placeholder.
 */
const cardSection = (0,check/* defineFunction */.Oh)({
    name: 'card-section',
    description: 'The card has a front matter key or a filled-in section (not empty, not a placeholder) on a topic.',
    optionsSchema: {
        type: 'object',
        required: ['headings'],
        additionalProperties: false,
        properties: {
            headings: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
            contains: { type: 'array', items: { type: 'string', minLength: 1 } },
            frontMatter: { type: 'array', items: { type: 'string', minLength: 1 } },
            name: { type: 'string', minLength: 1 },
        },
    },
    check({ value, options }) {
        return checkCardSection(value, options, 'model card');
    },
});
function checkCardSection(card, options, cardName) {
    const name = options.name ?? options.headings[0];
    for (const key of options.frontMatter ?? []) {
        if (frontMatterSays(key, card.meta[key]))
            return [];
    }
    const what = `the ${cardName}`;
    const section = card.outline.find(options.headings, options.contains);
    if (!section) {
        const examples = options.headings.slice(0, 3).map((h) => `"${h}"`);
        const keys = options.frontMatter?.length ? `, or ${options.frontMatter.join(', ')} in the front matter` : '';
        return [
            {
                message: `${what} has no "${name}" section (a heading such as ${examples.join(', ')}${keys})`,
                at: { file: card.file, line: card.frontMatterLine ?? 1, column: 1 },
            },
        ];
    }
    const absence = (0,placeholder/* sectionAbsence */.vA)(section.body);
    if (!absence)
        return [];
    return [
        {
            message: `${what} section "${section.heading.title}" ${(0,placeholder/* describeAbsence */.Hw)(absence)}`,
            at: { file: card.file, line: section.heading.line, column: 1 },
        },
    ];
}
/** Whether a front matter key holds real content. `model-index` must report at least one metric
 *  value: an entry with empty `results` (common in quantised re-uploads) evaluates nothing. */
function frontMatterSays(key, value) {
    if (key !== 'model-index')
        return (0,placeholder/* valueAbsence */.Z2)(value) === undefined;
    if (!Array.isArray(value))
        return false;
    return value.some((entry) => asArray(entry?.results).some((result) => asArray(result?.metrics).some((metric) => (0,placeholder/* valueAbsence */.Z2)(metric?.value) === undefined)));
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}

;// CONCATENATED MODULE: ./build/evaluate/functions/card-sections.js



/**
 * A cited card (a dataset card, say) has each listed section filled in. The card being readable
 * at all is card-readable's job; this only reads cards that loaded (others: not applicable).
 */
const cardSections = (0,check/* defineFunction */.Oh)({
    name: 'card-sections',
    description: 'A cited card has each listed section (or front matter key) filled in.',
    optionsSchema: {
        type: 'object',
        required: ['sections'],
        additionalProperties: false,
        properties: {
            cardName: { type: 'string', minLength: 1, description: 'how messages name the card, e.g. "dataset card"' },
            sections: {
                type: 'array',
                minItems: 1,
                items: {
                    type: 'object',
                    required: ['name', 'headings'],
                    additionalProperties: false,
                    properties: {
                        name: { type: 'string', minLength: 1 },
                        headings: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
                        contains: { type: 'array', items: { type: 'string', minLength: 1 } },
                        frontMatter: { type: 'array', items: { type: 'string', minLength: 1 } },
                    },
                },
            },
        },
    },
    check({ value, options, system }) {
        if (typeof value !== 'string' || value.trim() === '')
            return { skip: 'no card is cited' };
        const card = system.evidence.card(value);
        if (!card.ok)
            return { skip: `the card cannot be read: ${card.problem.message}` };
        // A card with no text at all is one failure at the citing line, not one per missing section.
        const absence = documentAbsence(card.value);
        if (absence)
            return [{ message: absence }];
        return options.sections.flatMap((section) => checkCardSection(card.value, section, options.cardName ?? 'card'));
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/evidence-section.js


/**
 * Cited evidence exists and is a document that says something (not empty, not only "TODO"), and
 * where the citation names a section (`docs/oversight.md#override`), that section exists and is
 * filled in. document-content does the same and also judges length and kind; this is it with no
 * expectations beyond "not a placeholder", for packs that name it.
 */
const evidenceSection = (0,check/* defineFunction */.Oh)({
    name: 'evidence-section',
    description: 'Cited evidence is a readable text file inside the repository, not empty or a placeholder, and, for file.md#section, that section exists and is not empty or a placeholder.',
    optionsSchema: { type: 'object', additionalProperties: false },
    check({ value, system }) {
        return judgeCitedDocument(value, system, { minWords: 0 });
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/file-exists.js

/**
 * A cited path (or each path in a list) resolves to a regular file inside the repository,
 * under the size cap. Absent values are nothing to check: whether a path must be cited is another rule's job.
 */
const fileExists = (0,check/* defineFunction */.Oh)({
    name: 'file-exists',
    description: 'Each cited path resolves to a regular file inside the repository (no "..", no links outside, within the size cap).',
    optionsSchema: { type: 'object', additionalProperties: false },
    check({ value, path, system }) {
        const refs = Array.isArray(value) ? value.map((item, index) => ({ item, index })) : [{ item: value, index: -1 }];
        const failures = [];
        let checked = 0;
        for (const { item, index } of refs) {
            if (typeof item !== 'string' || item.trim() === '')
                continue;
            checked++;
            const cited = system.evidence.file(item);
            if (!cited.ok)
                failures.push({ message: cited.problem.message, path: index >= 0 ? [...path, index] : path });
        }
        return checked === 0 ? { skip: 'no file is cited' } : failures;
    },
});

// EXTERNAL MODULE: ../main/node_modules/spdx-exceptions/index.json
var spdx_exceptions = __nccwpck_require__(7450);
;// CONCATENATED MODULE: ../main/node_modules/spdx-license-ids/deprecated.json
const deprecated_namespaceObject = /*#__PURE__*/JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');
// EXTERNAL MODULE: ../main/node_modules/spdx-license-ids/index.json
var spdx_license_ids = __nccwpck_require__(4614);
;// CONCATENATED MODULE: ./build/evaluate/functions/data/huggingface-licenses.json
const huggingface_licenses_namespaceObject = /*#__PURE__*/JSON.parse('{"dK":["apache-2.0","mit","openrail","bigscience-openrail-m","creativeml-openrail-m","bigscience-bloom-rail-1.0","bigcode-openrail-m","afl-3.0","artistic-2.0","bsl-1.0","bsd","bsd-2-clause","bsd-3-clause","bsd-3-clause-clear","c-uda","cc","cc0-1.0","cc-by-2.0","cc-by-2.5","cc-by-3.0","cc-by-4.0","cc-by-sa-3.0","cc-by-sa-4.0","cc-by-nc-2.0","cc-by-nc-3.0","cc-by-nc-4.0","cc-by-nd-4.0","cc-by-nc-nd-3.0","cc-by-nc-nd-4.0","cc-by-nc-sa-2.0","cc-by-nc-sa-3.0","cc-by-nc-sa-4.0","cdla-sharing-1.0","cdla-permissive-1.0","cdla-permissive-2.0","wtfpl","ecl-2.0","epl-1.0","epl-2.0","etalab-2.0","eupl-1.1","eupl-1.2","agpl-3.0","gfdl","gpl","gpl-2.0","gpl-3.0","lgpl","lgpl-2.1","lgpl-3.0","isc","h-research","intel-research","lppl-1.3c","ms-pl","apple-ascl","apple-amlr","mpl-2.0","odc-by","odbl","openmdw-1.0","openmdw-1.1","openrail++","osl-3.0","postgresql","ofl-1.1","ncsa","unlicense","zlib","pddl","lgpl-lr","deepfloyd-if-license","fair-noncommercial-research-license","llama2","llama3","llama3.1","llama3.2","llama3.3","llama4","grok2-community","gemma","unknown","other"]}');
;// CONCATENATED MODULE: ./build/evaluate/functions/license-id.js
/**
 * Licenses are ids, not prose: an SPDX id or expression (from the maintained spdx-license-ids
 * list), a `LicenseRef-…` for a custom licence (SPDX's own convention), or a Hugging Face Hub id
 * (from hub-docs' list; see data/huggingface-licenses.json and scripts/hf-licenses.mjs).
 */







const SPDX = new Map([...spdx_license_ids, ...deprecated_namespaceObject].map((id) => [id.toLowerCase(), id]));
const EXCEPTIONS = new Set(spdx_exceptions.map((id) => id.toLowerCase()));
const HUB = new Set(huggingface_licenses_namespaceObject.dK);
const SUGGESTIONS = [...HUB, ...spdx_license_ids];
/** Why `license` is not a known id, or undefined. */
function licenseProblem(license, allow = []) {
    const text = license.trim();
    if (allow.includes(text))
        return undefined;
    if (text.toLowerCase() === 'unknown')
        return '"unknown" says nobody knows the license';
    if (HUB.has(text))
        return undefined;
    // An SPDX expression: ids joined by AND / OR, an exception after WITH, with parentheses.
    const words = text.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
    const known = words.every((word, i) => {
        if (i % 2 === 1)
            return ['AND', 'OR', 'WITH'].includes(word);
        if (words[i - 1] === 'WITH')
            return EXCEPTIONS.has(word.toLowerCase());
        return SPDX.has(word.replace(/\+$/, '').toLowerCase()) || /^(?:DocumentRef-[\w.-]+:)?LicenseRef-[\w.-]+$/.test(word);
    });
    if (words.length % 2 === 1 && known)
        return undefined;
    const normalised = text.toLowerCase().replace(/\s+/g, '-');
    const guess = HUB.has(normalised) ? normalised : SPDX.get(normalised) ?? (0,schema/* closest */.kp)(text, SUGGESTIONS);
    return `"${text}" is not an SPDX or Hugging Face license id${guess ? ` (did you mean "${guess}"?)` : ''}; for a custom license use LicenseRef-<name>`;
}
const licenseId = (0,check/* defineFunction */.Oh)({
    name: 'license-id',
    description: 'A license (or each in a list) is an SPDX id or expression, a LicenseRef-, or a Hugging Face Hub id; "other" needs license_name.',
    optionsSchema: {
        type: 'object',
        additionalProperties: false,
        properties: { allow: { type: 'array', items: { type: 'string', minLength: 1 } }, requireNameForOther: { type: 'boolean' } },
    },
    check({ value, path, target, targetPath, options }) {
        const licenses = Array.isArray(value) ? value.map((v, i) => ({ v, path: [...path, i] })) : [{ v: value, path }];
        const failures = [];
        if (!licenses.some(({ v }) => typeof v === 'string' && v.trim() !== ''))
            return { skip: 'no license is stated' }; // presence is another rule's job
        for (const { v, path: at } of licenses) {
            if (typeof v !== 'string' || v.trim() === '')
                continue;
            const problem = licenseProblem(v, options.allow);
            // A placeholder ("TODO: …") is reported by the presence rules; "not an id" would say it twice.
            if (problem?.includes('is not an SPDX') && (0,placeholder/* valueAbsence */.Z2)(v) === 'placeholder')
                continue;
            if (problem)
                failures.push({ message: `license ${problem}`, path: at });
            else if (v.trim() === 'other' && options.requireNameForOther) {
                const name = target?.license_name;
                if (typeof name !== 'string' || name.trim() === '') {
                    failures.push({ message: 'license is "other" but license_name (and license_link) do not say which', path: [...targetPath, 'license'] });
                }
            }
        }
        return failures;
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/no-placeholders.js



/** At most this many placeholders are listed per document (the rest are counted). */
const MAX_LISTED = 50;
/**
 * No text in the target is a placeholder ("TODO: …", "TBD", "[More Information Needed]"): what
 * `modelgate init` leaves for the team to fill in is reported wherever it is, even in fields no
 * other rule reads.
 */
const noPlaceholders = (0,check/* defineFunction */.Oh)({
    name: 'no-placeholders',
    description: 'No text value anywhere under the target is a placeholder such as "TODO: …" or "TBD".',
    optionsSchema: { type: 'object', additionalProperties: false },
    check({ value, path }) {
        const failures = [];
        let more = 0;
        const visit = (node, at, depth) => {
            if (depth > 64)
                return;
            if (typeof node === 'string') {
                if (node.trim() !== '' && (0,placeholder/* valueAbsence */.Z2)(node) === 'placeholder') {
                    if (failures.length < MAX_LISTED)
                        failures.push({ message: `${(0,types/* formatPath */.jV)(at.slice(1)) || 'the value'} is still a placeholder: ${JSON.stringify(node.length > 120 ? `${node.slice(0, 119)}…` : node)}`, path: at });
                    else
                        more++;
                }
            }
            else if (Array.isArray(node))
                node.forEach((item, i) => visit(item, [...at, i], depth + 1));
            else if (node && typeof node === 'object')
                for (const [key, item] of Object.entries(node))
                    visit(item, [...at, key], depth + 1);
        };
        visit(value, path, 0);
        if (more > 0)
            failures.push({ message: `and ${more} more placeholder${more === 1 ? '' : 's'}`, path });
        return failures;
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/not-one-of.js


/** The value is not one of a disallowed set (a high-risk system "fully-automated", say). */
const notOneOf = (0,check/* defineFunction */.Oh)({
    name: 'not-one-of',
    description: 'The value is not one of `values`.',
    optionsSchema: {
        type: 'object',
        required: ['values'],
        additionalProperties: false,
        properties: { values: { type: 'array', minItems: 1 } },
    },
    check({ value, path, options, system }) {
        // Nothing declared is nothing to check (whether it must be declared is `present`'s job).
        if (value === undefined || value === null)
            return { skip: `${(0,describe/* describePath */.N)((0,check/* systemDocument */.fZ)(system), path)} is not declared` };
        if (!options.values.includes(value))
            return [];
        return [{ message: `${(0,describe/* describePath */.N)((0,check/* systemDocument */.fZ)(system), path)} is ${JSON.stringify(value)}, which this policy does not allow` }];
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/present.js



/** The value is there and says something: not missing, empty, or a template placeholder. */
const present = (0,check/* defineFunction */.Oh)({
    name: 'present',
    description: 'The value exists and is not empty or a placeholder such as "TBD" or "[More Information Needed]".',
    optionsSchema: { type: 'object', additionalProperties: false },
    check({ value, path, system }) {
        const absence = (0,placeholder/* valueAbsence */.Z2)(value);
        if (!absence)
            return [];
        return [{ message: `${(0,describe/* describePath */.N)((0,check/* systemDocument */.fZ)(system), path)} ${(0,placeholder/* describeAbsence */.Hw)(absence)}` }];
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/present-when.js




/** Fields that must be present when another field has a value: personal data ⇒ its legal basis. */
const presentWhen = (0,check/* defineFunction */.Oh)({
    name: 'present-when',
    description: 'When `when.field` equals `when.equals`, each of `fields` is present and not a placeholder.',
    optionsSchema: {
        type: 'object',
        required: ['when', 'fields'],
        additionalProperties: false,
        properties: {
            when: {
                type: 'object',
                required: ['field', 'equals'],
                additionalProperties: false,
                properties: { field: { type: 'string', minLength: 1 }, equals: {} },
            },
            fields: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
        },
    },
    check({ value, path, options, system }) {
        // Not the case the rule is about (no personal data, not a training set): nothing to check.
        if ((0,policy_path/* valueAt */.fK)(value, (0,policy_path/* parseField */.cn)(options.when.field)) !== options.when.equals)
            return { skip: `${options.when.field} is not ${JSON.stringify(options.when.equals)}` };
        return options.fields.flatMap((field) => {
            const steps = (0,policy_path/* parseField */.cn)(field);
            const absence = (0,placeholder/* valueAbsence */.Z2)((0,policy_path/* valueAt */.fK)(value, steps));
            if (!absence)
                return [];
            const where = [...path, ...steps];
            return [{ message: `${(0,describe/* describePath */.N)((0,check/* systemDocument */.fZ)(system), where)} ${(0,placeholder/* describeAbsence */.Hw)(absence)} (required when ${options.when.field} is ${JSON.stringify(options.when.equals)})`, path: where }];
        });
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/equals.js


/** The value is exactly the one given (logging enabled: true). */
const equals = (0,check/* defineFunction */.Oh)({
    name: 'equals',
    description: 'The value equals `value`.',
    optionsSchema: { type: 'object', required: ['value'], additionalProperties: false, properties: { value: {} } },
    check({ value, path, options, system }) {
        if (value === options.value)
            return [];
        const where = (0,describe/* describePath */.N)((0,check/* systemDocument */.fZ)(system), path);
        return [{ message: value === undefined ? `${where} is missing (must be ${JSON.stringify(options.value)})` : `${where} is ${JSON.stringify(value)}, not ${JSON.stringify(options.value)}` }];
    },
});

// EXTERNAL MODULE: ./build/evidence/dates.js
var dates = __nccwpck_require__(7991);
;// CONCATENATED MODULE: ./build/evaluate/functions/fresh.js



/**
 * A date is recent enough (`maxAgeDays`) or not yet past (`notPast`: a next-review date). An
 * absent date is nothing to check: whether it must be there is `present`'s job.
 */
const fresh = (0,check/* defineFunction */.Oh)({
    name: 'fresh',
    description: 'A date is no older than maxAgeDays, or (notPast) has not passed yet.',
    optionsSchema: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: { maxAgeDays: { type: 'integer', minimum: 1 }, notPast: { type: 'boolean' } },
    },
    check({ value, path, options, system }) {
        if (value === undefined || value === null)
            return { skip: 'no date to check' };
        const where = (0,describe/* describePath */.N)((0,check/* systemDocument */.fZ)(system), path);
        const date = typeof value === 'string' ? (0,dates/* parseDate */._U)(value) : undefined;
        if (!date)
            return [{ message: `${where} is not a date written YYYY-MM-DD` }];
        const age = (0,dates/* ageInDays */.QR)(date, system.now);
        if (options.notPast && age > 1)
            return [{ message: `${where} was ${value}, ${Math.floor(age)} days ago: it is overdue` }];
        if (options.maxAgeDays !== undefined && age > options.maxAgeDays) {
            return [{ message: `${where} is ${value}, ${Math.floor(age)} days ago; the policy allows ${options.maxAgeDays}` }];
        }
        return [];
    },
});

// EXTERNAL MODULE: ./build/load/citations.js
var citations = __nccwpck_require__(3249);
;// CONCATENATED MODULE: ./build/evaluate/functions/governance.js
/**
 * What a pull request must not quietly weaken, compared with the same system at the base commit
 * (the same manifest path, or the path it was moved from): its risk tier, its lifecycle stage
 * (moving back skips the rules of later stages), the evidence it cites, and its model card's
 * front matter. Each skips when there is no base to compare with.
 */



const noOptions = { type: 'object', additionalProperties: false };
/** Higher is stricter. A GPAI model has its own duties, between high-risk and transparency ones. */
const TIER_RANK = { prohibited: 6, high: 5, 'gpai-systemic': 4, gpai: 3, limited: 2, minimal: 1 };
const LEVEL_RANK = { critical: 4, high: 3, medium: 2, low: 1 };
/** Stages in order; `retired` is an end, not a step back or forward. */
const STAGES = ['design', 'development', 'verification', 'deployment', 'operation'];
function baseOf(system) {
    return system.base ? { base: system.base, data: system.base.manifest.data } : undefined;
}
const governance_text = (value) => (typeof value === 'string' ? value : undefined);
const riskNotLowered = (0,check/* defineFunction */.Oh)({
    name: 'risk-not-lowered',
    description: "The EU AI Act tier and the risk level are not lower than at the base commit (nor removed).",
    optionsSchema: noOptions,
    check({ system }) {
        const then = baseOf(system);
        if (!then)
            return (0,check/* withoutBase */.ki)(system);
        const now = system.manifest.data;
        const failures = [];
        const compare = (field, path, before, after, rank) => {
            const from = before === undefined ? undefined : rank[before];
            if (from === undefined)
                return;
            const to = after === undefined ? 0 : (rank[after] ?? 0);
            if (to >= from)
                return;
            failures.push({
                message: `${field} is ${after === undefined ? 'removed' : `"${after}"`}, lower than "${before}" at the base commit ${then.base.commit}; lowering a system's risk drops the rules for it`,
                path: after === undefined ? ['manifest'] : ['manifest', ...path],
            });
        };
        compare('risk.euAiAct.tier', ['risk', 'euAiAct', 'tier'], governance_text(then.data.risk?.euAiAct?.tier), governance_text(now.risk?.euAiAct?.tier), TIER_RANK);
        compare('risk.level', ['risk', 'level'], governance_text(then.data.risk?.level), governance_text(now.risk?.level), LEVEL_RANK);
        // Roles and basis decide which obligations apply as surely as the tier does (an undeclared
        // tier counts as high): a change that drops one is a lowering too, said once.
        if (failures.length === 0) {
            const before = (0,obligations/* aiActProfile */.mH)(then.data);
            const after = (0,obligations/* aiActProfile */.mH)(now);
            const { articles, later } = (0,obligations/* obligationsDropped */.kb)(before, after);
            const at = now.risk?.euAiAct ? ['manifest', 'risk', 'euAiAct'] : ['manifest'];
            const withdrawn = ['interactsWithPeople', 'generatesContent'].filter((flag) => before[flag] && !after[flag]);
            if (articles.length > 0 && withdrawn.length > 0 && before.tier === after.tier && before.basis === after.basis && String(before.roles) === String(after.roles)) {
                // Only a transparency declaration changed: say that, where it is.
                failures.push({
                    path: now.transparency ? ['manifest', 'transparency'] : ['manifest'],
                    message: `${withdrawn.map((flag) => `transparency.${flag}`).join(' and ')} ${withdrawn.length === 1 ? 'was' : 'were'} true at the base commit ${then.base.commit} and no longer ${withdrawn.length === 1 ? 'is' : 'are'}: the system is now exempt from EU AI Act ${articles.join(', ')}, and the rules for ${articles.length === 1 ? 'it' : 'them'} stop applying`,
                });
            }
            else if (articles.length > 0 && after.openSource && !before.openSource && before.tier === after.tier && String(before.roles) === String(after.roles)) {
                // Only the open-source release is new (Art. 53(2)): say so, where it is declared.
                failures.push({
                    path: now.transparency?.parametersPublic === true ? ['manifest', 'transparency', 'parametersPublic'] : ['manifest'],
                    message: `the system now declares an open-source release (license ${after.openSource.license}, transparency.parametersPublic), which it did not at the base commit ${then.base.commit}: it is now exempt from EU AI Act ${articles.join(', ')} (Art. 53(2)), and the rules for ${articles.length === 1 ? 'it' : 'them'} stop applying`,
                });
            }
            else if (articles.length > 0) {
                failures.push({ path: at, message: `risk.euAiAct now exempts the system from EU AI Act ${articles.join(', ')}, which applied at the base commit ${then.base.commit}; changing its tier, roles or basis drops the rules for them` });
            }
            else if (later) {
                failures.push({ path: at, message: `risk.euAiAct.basis now cites Annex I, not Annex III as at the base commit ${then.base.commit}: the high-risk obligations would apply later` });
            }
        }
        return failures;
    },
});
const stageNotRegressed = (0,check/* defineFunction */.Oh)({
    name: 'stage-not-regressed',
    description: 'The lifecycle stage has not moved back (operation → development, say) or to retired since the base commit: either stops rules of later stages applying.',
    optionsSchema: noOptions,
    check({ system }) {
        const then = baseOf(system);
        if (!then)
            return (0,check/* withoutBase */.ki)(system);
        // An undeclared stage is judged as in operation, so removing it weakens nothing.
        const stage = (value) => governance_text(value) ?? 'operation';
        const before = stage(then.data.lifecycle);
        const after = stage(system.manifest.data.lifecycle);
        const from = STAGES.indexOf(before);
        if (from < 0 || after === before)
            return [];
        if (after === 'retired') {
            return [
                {
                    message: `lifecycle is "retired", "${before}" at the base commit ${then.base.commit}: a retired system is exempt from the stage rules, so retiring it needs review`,
                    path: ['manifest', 'lifecycle'],
                },
            ];
        }
        const to = STAGES.indexOf(after);
        if (to < 0 || to >= from)
            return [];
        return [
            {
                message: `lifecycle is "${after}", earlier than "${before}" at the base commit ${then.base.commit}; moving a system back skips the rules of the stages after it`,
                path: ['manifest', 'lifecycle'],
            },
        ];
    },
});
const citationsKept = (0,check/* defineFunction */.Oh)({
    name: 'citations-kept',
    description: 'No field cites fewer distinct files than at the base commit (a report replaced by a newer one is fine; one dropped is not).',
    optionsSchema: noOptions,
    check({ system }) {
        const then = baseOf(system);
        if (!then)
            return (0,check/* withoutBase */.ki)(system);
        // Distinct files: citing one file twice, or pointing a citation at a file the field already
        // cites, does not keep a dropped one.
        const distinct = (values) => [...new Set(values.map((v) => v.split('#', 1)[0]?.replace(/^\.\//, '') ?? v))];
        const before = (0,citations/* citationsByField */.g)(then.data);
        const after = (0,citations/* citationsByField */.g)(system.manifest.data);
        const failures = [];
        for (const [field, all] of before) {
            const cited = distinct(all);
            const now = distinct(after.get(field) ?? []);
            if (now.length >= cited.length)
                continue;
            const dropped = cited.filter((c) => !now.includes(c));
            failures.push({
                message: `${field} cites ${now.length} file${now.length === 1 ? '' : 's'}, ${cited.length} at the base commit ${then.base.commit}; no longer cited: ${dropped.map((c) => `"${c}"`).join(', ')}`,
                path: ['manifest', ...parentPathIn(system.manifest.data, field)],
            });
        }
        return failures;
    },
});
/** The deepest part of `field` (without wildcards) that the manifest still has, to point at. */
function parentPathIn(data, field) {
    const path = [];
    let value = data;
    for (const key of field.split('.')) {
        if (key === '*' || !value || typeof value !== 'object' || !Object.hasOwn(value, key))
            break;
        path.push(key);
        value = value[key];
    }
    return path;
}
const cardFrontMatterKept = (0,check/* defineFunction */.Oh)({
    name: 'card-front-matter-kept',
    description: "The model card keeps the front matter (license, datasets, metrics) it had at the base commit.",
    optionsSchema: noOptions,
    check({ system }) {
        const then = baseOf(system);
        if (!then)
            return (0,check/* withoutBase */.ki)(system);
        const card = system.card;
        const before = then.base.card;
        if (!card || !before || Object.keys(before.meta).length === 0)
            return { skip: `the model card had no front matter at the base commit ${then.base.commit}` };
        if (card.frontMatter && Object.keys(card.meta).length > 0)
            return [];
        return [
            {
                message: `the model card ${card.file} has no front matter; at the base commit ${then.base.commit} it declared ${Object.keys(before.meta).slice(0, 6).join(', ')}${Object.keys(before.meta).length > 6 ? ', …' : ''}, which the card rules read`,
                at: { file: card.file, line: 1, column: 1 },
            },
        ];
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/threshold.js


/** A number within bounds (log retention of at least 183 days). Missing counts as failing. */
const threshold = (0,check/* defineFunction */.Oh)({
    name: 'threshold',
    description: 'The value is a number no lower than `min` and no higher than `max`.',
    optionsSchema: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: { min: { type: 'number' }, max: { type: 'number' } },
    },
    check({ value, path, options, system }) {
        const where = (0,describe/* describePath */.N)((0,check/* systemDocument */.fZ)(system), path);
        if (typeof value !== 'number' || !Number.isFinite(value)) {
            return [{ message: value === undefined || value === null ? `${where} is missing` : `${where} is not a number` }];
        }
        if (options.min !== undefined && value < options.min)
            return [{ message: `${where} is ${value}, below the minimum ${options.min}` }];
        if (options.max !== undefined && value > options.max)
            return [{ message: `${where} is ${value}, above the maximum ${options.max}` }];
        return [];
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/tier-matches-basis.js


const NOT_HIGH = ['limited', 'minimal', 'gpai', 'gpai-systemic'];
/**
 * The declared AI Act tier agrees with the basis given for it (`risk.euAiAct`): a basis citing
 * Annex I (a regulated product) makes a system high-risk (Art. 6(1)); one citing Annex III does
 * too (Art. 6(2)), unless the provider documented why it is not (Art. 6(3), 6(4)), which never
 * holds for a system that profiles natural persons.
 */
const tierMatchesBasis = (0,check/* defineFunction */.Oh)({
    name: 'tier-matches-basis',
    description: 'The `tier` agrees with the `basis`: a tier other than high states a basis; Annex I or Annex III means high, unless an Art. 6(4) assessment is cited for Annex III.',
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
    check({ value, path }) {
        if (!value || typeof value !== 'object')
            return [];
        const { tier, basis, notHighRiskAssessment } = value;
        if (typeof tier !== 'string' || !NOT_HIGH.includes(tier))
            return [];
        const at = [...path, 'tier'];
        // A tier that relieves the system of high-risk duties must say why, or nothing can be checked against it.
        if (typeof basis !== 'string' || basis.trim() === '') {
            return [{ path: at, message: `risk.euAiAct.tier is "${tier}", but risk.euAiAct.basis does not say why: state the provision it rests on (e.g. "Art. 50(1): …", or why no Annex III area applies)` }];
        }
        if ((0,obligations/* citesAnnexI */.o2)(basis)) {
            return [{ path: at, message: `risk.euAiAct.tier is "${tier}", but the basis cites Annex I: an AI system that is, or is a safety component of, a product of Annex I is high-risk (Art. 6(1))` }];
        }
        if (!(0,obligations/* citesAnnexIII */.mm)(basis))
            return [];
        if (notHighRiskAssessment === undefined) {
            return [{ path: at, message: `risk.euAiAct.tier is "${tier}", but the basis cites Annex III, a high-risk area (Art. 6(2)); without the documented Art. 6(4) assessment that it is not high-risk (risk.euAiAct.notHighRiskAssessment), it is high` }];
        }
        if (/\bprofil/i.test(basis)) {
            return [{ path: at, message: `risk.euAiAct.tier is "${tier}", but the basis says the system profiles natural persons: an Annex III system that profiles is always high-risk (Art. 6(3), last subparagraph)` }];
        }
        return [];
    },
});

// EXTERNAL MODULE: ./build/evidence/bias/checks.js
var checks = __nccwpck_require__(9717);
;// CONCATENATED MODULE: ./build/evaluate/functions/regression.js



const toleranceSchema = {
    type: 'object',
    required: ['tolerance'],
    additionalProperties: false,
    properties: { tolerance: { type: 'number', minimum: 0 } },
};
/** How far from parity a fairness number is; undefined for per-group values, which have no direction. */
function distanceFromParity(result) {
    const value = result.value;
    if (typeof value !== 'number' || !Number.isFinite(value))
        return undefined;
    switch (result.convention) {
        case 'unsigned':
            return value;
        case 'signed':
            return Math.abs(value);
        case 'ratio':
            return Math.abs(1 - value);
        case 'value':
            return undefined;
    }
}
const key = (r) => `${(0,checks/* normaliseAttribute */.tr)(r.attribute)}\u0000${r.metric}\u0000${r.group ?? ''}`;
const biasRegression = (0,check/* defineFunction */.Oh)({
    name: 'bias-regression',
    description: "No fairness gap is wider than at the base commit by more than `tolerance` (distance from parity: differences by size, ratios from 1).",
    optionsSchema: toleranceSchema,
    check({ value, options, system }) {
        if (!system.base)
            return (0,check/* withoutBase */.ki)(system);
        const baseReports = (0,checks/* readableReports */.ug)(system.base, (system.base.manifest.data.bias ?? {}));
        if (baseReports.length === 0)
            return { skip: `the base commit ${system.base.commit} has no readable bias report to compare with` };
        const before = new Map(baseReports.flatMap((report) => report.results).map((r) => [key(r), r]));
        const failures = [];
        for (const result of (0,checks/* readableReports */.ug)(system, (value ?? {})).flatMap((report) => report.results)) {
            const now = distanceFromParity(result);
            const previous = before.get(key(result));
            const then = previous ? distanceFromParity(previous) : undefined;
            if (now === undefined || then === undefined || now - then <= options.tolerance)
                continue;
            const from = previous?.value;
            const to = result.value;
            failures.push({
                message: `${(0,checks/* subject */.bc)(result)} ${to > from ? 'rose' : 'fell'} from ${(0,checks/* format */.GP)(from)} to ${(0,checks/* format */.GP)(to)} since ${system.base.commit}, further from parity by more than the tolerance ${(0,checks/* format */.GP)(options.tolerance)}`,
                at: result.at,
            });
        }
        return failures;
    },
});
const accuracyRegression = (0,check/* defineFunction */.Oh)({
    name: 'accuracy-regression',
    description: "A metric the manifest bounds is not worse in the model card's model-index than at the base commit by more than `tolerance`.",
    optionsSchema: toleranceSchema,
    check({ value, options, system }) {
        if (!system.base)
            return (0,check/* withoutBase */.ki)(system);
        if (!system.card || !system.base.card)
            return { skip: `no model card to compare at the base commit ${system.base.commit}` };
        const wanted = (value ?? {});
        if (typeof wanted.metric !== 'string')
            return { skip: 'the accuracy entry names no metric' };
        // A minimum means higher is better; a maximum, lower.
        const higherIsBetter = typeof wanted.min === 'number' ? true : typeof wanted.max === 'number' ? false : undefined;
        if (higherIsBetter === undefined)
            return { skip: `intendedUse.accuracy for ${wanted.metric} sets no min or max, so "worse" has no direction` };
        const dataset = typeof wanted.dataset === 'string' ? norm(wanted.dataset) : undefined;
        const pick = (index) => modelIndexResults(index).find((r) => r.metricKeys.includes(norm(wanted.metric)) && (!dataset || r.dataset.includes(dataset)));
        const now = pick(system.card.meta['model-index']);
        const then = pick(system.base.card.meta['model-index']);
        if (!now || !then || typeof now.value !== 'number' || typeof then.value !== 'number') {
            return { skip: `${wanted.metric} is not reported in the model card's model-index both now and at the base commit ${system.base.commit}` };
        }
        const worse = higherIsBetter ? then.value - now.value : now.value - then.value;
        if (worse <= options.tolerance)
            return [];
        const at = { file: system.card.file, ...(system.card.frontMatter?.locate(now.path) ?? { line: 1, column: 1 }) };
        return [
            {
                message: `${wanted.metric} ${higherIsBetter ? 'fell' : 'rose'} from ${(0,checks/* format */.GP)(then.value)} to ${(0,checks/* format */.GP)(now.value)} since ${system.base.commit}, worse by more than the tolerance ${(0,checks/* format */.GP)(options.tolerance)}`,
                at,
            },
        ];
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/sha256-matches.js

/**
 * A declared sha256 matches the file it describes, when that file is in the repository. A
 * remote URI (s3://, https://, hf://) cannot be read from here: like an entry that declares no
 * sha256, it is nothing to check, and a rule with nothing else to check is not applicable.
 */
const sha256Matches = (0,check/* defineFunction */.Oh)({
    name: 'sha256-matches',
    description: 'A declared sha256 equals the SHA-256 of the in-repository file it describes (pathField names the path).',
    optionsSchema: {
        type: 'object',
        required: ['pathField'],
        additionalProperties: false,
        properties: { pathField: { type: 'string', minLength: 1 } },
    },
    check({ target, targetPath, options, system }) {
        // Nothing declared or nothing to hash is "nothing to check" (not applicable), never a pass.
        if (!target || typeof target !== 'object')
            return { skip: 'no entry to check' };
        const entry = target;
        const declared = entry.sha256;
        const ref = entry[options.pathField];
        if (declared === undefined || declared === null)
            return { skip: 'no entry declares a sha256' };
        if (typeof declared !== 'string' || !/^[a-f0-9]{64}$/i.test(declared)) {
            return { skip: 'the declared sha256 is not 64 hexadecimal characters (manifest/schema reports it)' };
        }
        if (typeof ref !== 'string' || ref.trim() === '')
            return { skip: `a sha256 is declared, but no ${options.pathField} names the file it is of` };
        // A URI with a scheme is not a file in this repository. Two letters at least: "C:\data" is a
        // Windows path (refused as absolute), not a URI, and must not skip verification silently.
        if (/^[a-z][a-z0-9+.-]+:/i.test(ref))
            return { skip: `no declared sha256 is of a file in this repository (${ref.length > 80 ? `${ref.slice(0, 79)}…` : ref} is remote)` };
        const file = system.evidence.dataFile(ref); // data files may be larger than the text cap
        if (!file.ok)
            return [{ message: `cannot verify sha256: ${file.problem.message}`, path: [...targetPath, options.pathField] }];
        const actual = system.evidence.sha256(file.value.rel);
        if (!actual.ok)
            return [{ message: `cannot verify sha256: ${actual.problem.message}`, path: [...targetPath, options.pathField] }];
        if (actual.value === declared.toLowerCase())
            return [];
        return [{ message: `sha256 of ${file.value.rel} is ${actual.value}, not the declared ${declared.toLowerCase()}`, path: [...targetPath, 'sha256'] }];
    },
});

;// CONCATENATED MODULE: ./build/evaluate/functions/index.js
/**
 * Every check function a policy can name in `then.function`: the general ones here, then each
 * evidence kind's own (src/evidence/<kind>/checks.ts), taken from the registry so that adding a
 * kind does not touch this list.
 */






















const CHECK_FUNCTIONS = new Map([
    present,
    anyPresent,
    presentWhen,
    notOneOf,
    tierMatchesBasis,
    noPlaceholders,
    equals,
    threshold,
    fresh,
    fileExists,
    evidenceSection,
    documentContent,
    sha256Matches,
    licenseId,
    cardSection,
    cardSections,
    cardReadable,
    cardAgrees,
    cardAccuracy,
    biasRegression,
    accuracyRegression,
    riskNotLowered,
    stageNotRegressed,
    citationsKept,
    cardFrontMatterKept,
    ...registry/* EVIDENCE_KINDS */.A.flatMap((kind) => kind.checks),
].map((fn) => [fn.name, fn]));

;// CONCATENATED MODULE: ./build/evaluate/policy.js
/**
 * A policy ready to run: the resolved policy (plain data, policy/resolve.ts) with each rule's
 * `given` paths parsed and its `then` clauses bound to check functions. Any thread compiles the
 * same resolved policy to the same rules.
 */





function compilePolicy(resolved) {
    const rules = resolved.rules.map(compileRule);
    return { ...resolved, rules, byId: new Map(rules.map((r) => [r.id, r])), resolved };
}
function compileRule(rule) {
    return {
        ...rule,
        givenSteps: (rule.given ?? []).map(policy_path/* parseGiven */.pQ),
        checks: (rule.then ?? []).map((then) => {
            const check = {
                // Resolution checked every function name of a pack's rules (the catalogue's in the tests).
                fn: CHECK_FUNCTIONS.get(then.function),
                options: then.options ?? {},
            };
            if (then.field !== undefined)
                check.field = (0,policy_path/* parseField */.cn)(then.field);
            return check;
        }),
    };
}
const overrideMatchers = new WeakMap();
const overridden = new WeakMap();
/**
 * The policy as it applies to one system: the pack's per-path overrides whose globs match the
 * manifest path change rule severities (or turn rules off). Policies with the same matching
 * overrides are shared.
 */
function policyFor(policy, manifestFile) {
    if (policy.overrides.length === 0)
        return policy;
    const matching = policy.overrides.filter((override) => {
        let matcher = overrideMatchers.get(override);
        if (!matcher) {
            matcher = picomatch(override.files, { dot: true });
            overrideMatchers.set(override, matcher);
        }
        return matcher(manifestFile);
    });
    if (matching.length === 0)
        return policy;
    const cacheKey = matching.map((o) => policy.overrides.indexOf(o)).join(',');
    let cache = overridden.get(policy);
    if (!cache)
        overridden.set(policy, (cache = new Map()));
    const cached = cache.get(cacheKey);
    if (cached)
        return cached;
    const severities = new Map();
    for (const override of matching)
        for (const [id, severity] of Object.entries(override.rules))
            severities.set(id, severity);
    const byId = new Map(policy.byId);
    for (const [id, severity] of severities) {
        if (severity === 'off') {
            byId.delete(id);
            continue;
        }
        const known = policy.known.get(id);
        const rule = policy.byId.get(id) ?? (known ? compileRule({ ...known, severity }) : undefined);
        if (rule)
            byId.set(id, { ...rule, severity });
    }
    const rules = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    const adjusted = { ...policy, rules, byId };
    cache.set(cacheKey, adjusted);
    return adjusted;
}
/** Reads, resolves and compiles the policy `ref` names, in one step (on this thread). */
function loadPolicy(ref, options) {
    const tree = (0,sources/* readPackTree */.iq)(ref, options.files ?? (0,sources/* packFilesOnDisk */.RR)(options.baseDir), options.remote);
    return compilePolicy(resolvePolicy(tree, CHECK_FUNCTIONS));
}


/***/ }),

/***/ 3713:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LW: () => (/* binding */ snakeCase),
/* harmony export */   MK: () => (/* binding */ dateText),
/* harmony export */   Zg: () => (/* binding */ schemaProblem),
/* harmony export */   at: () => (/* binding */ at),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* harmony import */ var _load_source_doc_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5121);
/* harmony import */ var _load_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6736);
/**
 * The adapter contract: recognise a format, and turn a parsed document of that format into
 * the normalised shape. Adding a format is one adapter in its kind's folder, listed in the
 * kind's `adapters` (src/evidence/<kind>/kind.ts), not new rules.
 */


/**
 * Where `path` is in `doc`, looked up only when something reads the line: adapters note where
 * every value came from, but only the values a finding fails on are ever shown, and locating
 * one composes the document's positions (see load/yaml.ts).
 */
function at(doc, path) {
    return (0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_1__/* .lazyLocation */ .QT)(doc.fileOf?.(path) ?? doc.file, () => doc.locate(path));
}
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** The first schema violation of an evidence file, located in that file, or undefined. */
function schemaProblem(schemaFile, doc, what) {
    const issues = (0,_load_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSchema */ ._U)(schemaFile, doc.value);
    const first = issues[0];
    if (!first)
        return undefined;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    return { message: `${doc.file} is not a valid ${what}: ${first.message}${more}`, at: at(doc, first.path) };
}
/** "Disparate Impact" → "disparate_impact"; "equalizedOddsDifference" → "equalized_odds_difference". */
function snakeCase(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/[^A-Z0-9]+/gi, '_')
        .replace(/^_|_$/g, '')
        .toLowerCase();
}
/** A date or date-time string, when the value is one. */
function dateText(value) {
    return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : undefined;
}


/***/ }),

/***/ 9717:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ format),
/* harmony export */   Ue: () => (/* binding */ biasReportFresh),
/* harmony export */   _i: () => (/* binding */ biasReportValues),
/* harmony export */   bc: () => (/* binding */ subject),
/* harmony export */   fd: () => (/* binding */ biasReportModelVersion),
/* harmony export */   oj: () => (/* binding */ biasThresholds),
/* harmony export */   qH: () => (/* binding */ biasReportReadable),
/* harmony export */   s7: () => (/* binding */ biasReportCoverage),
/* harmony export */   tr: () => (/* binding */ normaliseAttribute),
/* harmony export */   ug: () => (/* binding */ readableReports)
/* harmony export */ });
/* harmony import */ var _load_source_doc_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5121);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5818);
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7991);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2568);




function loadReport(system, entry) {
    if (!entry || typeof entry !== 'object')
        return undefined;
    const { path, format } = entry;
    if (typeof path !== 'string' || path.trim() === '')
        return undefined;
    return system.evidence.evidence(_formats_js__WEBPACK_IMPORTED_MODULE_1__/* .biasReports */ .F, path, typeof format === 'string' ? format : undefined);
}
const noOptions = { type: 'object', additionalProperties: false };
/** Every cited report that could be read (from the head, or from the base commit's evidence). */
function readableReports(system, bias) {
    return (Array.isArray(bias.reports) ? bias.reports : [])
        .map((entry) => loadReport(system, entry))
        .filter((r) => r?.ok === true)
        .map((r) => r.value);
}
/** Whether the manifest cites any bias report: with none, the checks on reports have nothing to check. */
function citesReports(bias) {
    return Array.isArray(bias.reports) && bias.reports.length > 0;
}
// One error for one omission: bias/report-cited says that no report is cited.
const NONE_CITED = 'no bias report is cited';
/** "demographic_parity_difference for age_band group "18-25"" */
function subject(result) {
    return `${result.metric} for ${result.attribute}${result.group !== undefined ? ` group "${result.group}"` : ''}`;
}
const biasReportReadable = (0,_check_js__WEBPACK_IMPORTED_MODULE_2__/* .defineFunction */ .Oh)({
    name: 'bias-report-readable',
    description: 'A cited bias report exists, parses, and is in a supported format with a valid shape.',
    optionsSchema: noOptions,
    check({ target, targetPath, system }) {
        const report = loadReport(system, target);
        if (!report)
            return [{ message: 'the bias report entry has no path', path: targetPath }];
        return report.ok ? [] : [{ message: report.problem.message, path: [...targetPath, 'path'], at: report.problem.at }];
    },
});
/** A check of what a report says has nothing to check when it cannot be read (bias/report-readable's finding). */
const UNREADABLE = { skip: 'the bias report cannot be read (bias/report-readable says why)' };
const biasReportModelVersion = (0,_check_js__WEBPACK_IMPORTED_MODULE_2__/* .defineFunction */ .Oh)({
    name: 'bias-report-model-version',
    description: "A bias report was made for the model version the manifest describes (the report's own record wins over the manifest's claim).",
    optionsSchema: noOptions,
    check({ target, targetPath, system }) {
        const report = loadReport(system, target);
        if (!report?.ok)
            return UNREADABLE; // unreadable reports are bias/report-readable's finding
        const expected = (0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_3__/* .asText */ .e1)(system.manifest.data.version); // any type when the schema failed
        const claimed = target.modelVersion;
        const recorded = report.value.modelVersion;
        const file = report.value.file;
        if (recorded) {
            if ((0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_3__/* .asText */ .e1)(recorded.value) === expected)
                return [];
            return [{ message: `${file} is for model version ${recorded.value}, but the manifest describes version ${expected}`, at: recorded.at }];
        }
        if (typeof claimed === 'string') {
            if (claimed === expected)
                return [];
            return [
                {
                    message: `${file} is declared for model version ${claimed}, but the manifest describes version ${expected}`,
                    path: [...targetPath, 'modelVersion'],
                },
            ];
        }
        return [{ message: `${file} does not say which model version it was made for; record it in the report or set modelVersion`, path: targetPath }];
    },
});
const biasReportCoverage = (0,_check_js__WEBPACK_IMPORTED_MODULE_2__/* .defineFunction */ .Oh)({
    name: 'bias-report-coverage',
    description: 'Every sensitive attribute the manifest declares has results in at least one readable bias report.',
    optionsSchema: noOptions,
    check({ value, path, system }) {
        const bias = (value ?? {});
        const declared = [].concat(bias.sensitiveAttributes ?? []).filter((a) => typeof a === 'string');
        if (declared.length === 0)
            return { skip: 'no sensitive attribute is declared' }; // bias/sensitive-attributes reports the absence
        if (!citesReports(bias))
            return { skip: NONE_CITED };
        const reports = readableReports(system, bias);
        if (reports.length === 0) {
            return [{ message: 'no readable bias report to check sensitive-attribute coverage against', path: [...path, 'reports'] }];
        }
        const covered = new Set(reports.flatMap((report) => [...report.attributes.keys()].map(normaliseAttribute)));
        const files = reports.map((r) => r.file).join(', ');
        const failures = [];
        const listed = Array.isArray(bias.sensitiveAttributes);
        declared.forEach((attribute, index) => {
            if (!covered.has(normaliseAttribute(attribute))) {
                failures.push({
                    message: `sensitive attribute "${attribute}" has no results in ${files}`,
                    path: listed ? [...path, 'sensitiveAttributes', index] : [...path, 'sensitiveAttributes'],
                });
            }
        });
        return failures;
    },
});
/** "Age Band", "age-band" and "age_band" name the same attribute. */
function normaliseAttribute(name) {
    return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}
/**
 * Fairness metrics within their bounds: the manifest's bias.thresholds, and the pack's defaults
 * for metrics the manifest does not bound. A signed difference (AIF360: unprivileged − privileged)
 * is held to `max` by the size of the gap, whichever group it favours; an unsigned one (Fairlearn:
 * max − min) as written; ratios and per-group values as written. A bound the manifest declares
 * must have results to check; a default applies only where the metric is reported.
 */
const biasThresholds = (0,_check_js__WEBPACK_IMPORTED_MODULE_2__/* .defineFunction */ .Oh)({
    name: 'bias-thresholds',
    description: "Fairness metrics in the cited reports are within the manifest's thresholds, or the pack's defaults.",
    optionsSchema: {
        type: 'object',
        additionalProperties: false,
        properties: {
            defaults: {
                type: 'array',
                items: {
                    type: 'object',
                    required: ['metric'],
                    additionalProperties: false,
                    properties: { metric: { type: 'string', minLength: 1 }, min: { type: 'number' }, max: { type: 'number' }, attribute: { type: 'string' } },
                },
            },
        },
    },
    check({ value, path, options, system }) {
        const bias = (value ?? {});
        if (!citesReports(bias))
            return { skip: NONE_CITED };
        const reports = readableReports(system, bias);
        if (reports.length === 0) {
            return [{ message: 'no readable bias report to check fairness thresholds against', path: [...path, 'reports'] }];
        }
        const results = reports.flatMap((report) => report.results);
        const files = reports.map((r) => r.file).join(', ');
        // An attribute that is not text (a schema finding) bounds every attribute rather than crash.
        const declared = (Array.isArray(bias.thresholds) ? bias.thresholds : [])
            .filter((t) => t && typeof t.metric === 'string')
            .map((t) => (t.attribute === undefined || typeof t.attribute === 'string' ? t : { ...t, attribute: undefined }));
        const failures = [];
        declared.forEach((threshold, index) => {
            const where = [...path, 'thresholds', index];
            const matching = results.filter((r) => matches(r, threshold));
            if (matching.length === 0) {
                failures.push({
                    message: `no results for ${threshold.metric}${threshold.attribute ? ` for ${threshold.attribute}` : ''} in ${files}, so bias.thresholds[${index}] cannot be checked`,
                    path: where,
                });
            }
            for (const result of matching)
                failures.push(...outOfBounds(result, threshold, `bias.thresholds[${index}]`));
        });
        const bounded = new Set(declared.map((t) => t.metric));
        let defaulted = 0;
        for (const threshold of options.defaults ?? []) {
            if (bounded.has(threshold.metric))
                continue;
            for (const result of results.filter((r) => matches(r, threshold))) {
                defaulted++;
                failures.push(...outOfBounds(result, threshold, 'policy default'));
            }
        }
        // No bound declared and no reported metric with a default one: nothing was held to a bound.
        if (declared.length === 0 && defaulted === 0)
            return { skip: `no bias.thresholds, and no metric in ${files} has a default bound in this policy` };
        return failures;
    },
});
function matches(result, threshold) {
    const names = [result.metric, ...(result.aliases ?? [])];
    if (!names.includes(threshold.metric))
        return false;
    return !threshold.attribute || normaliseAttribute(threshold.attribute) === normaliseAttribute(result.attribute);
}
function outOfBounds(result, threshold, source) {
    const value = result.value;
    if (typeof value !== 'number' || !Number.isFinite(value))
        return []; // bias/values-valid reports it
    const signedGap = result.convention === 'signed';
    const size = signedGap ? Math.abs(value) : value;
    const shown = signedGap && value < 0 ? `${format(value)} (a gap of ${format(size)})` : format(value);
    // A bound that is not a number (max: "0.1") is manifest/schema's finding; comparing with it
    // coerced text and then crashed formatting it.
    if (typeof threshold.max === 'number' && size > threshold.max) {
        return [{ message: `${subject(result)} is ${shown}, above the maximum ${format(threshold.max)} (${source})`, at: result.at }];
    }
    if (typeof threshold.min === 'number' && value < threshold.min) {
        return [{ message: `${subject(result)} is ${format(value)}, below the minimum ${format(threshold.min)} (${source})`, at: result.at }];
    }
    return [];
}
function format(value) {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
}
/** Every reported value is a finite number: NaN, text and blanks mean the metric was not computed. */
const biasReportValues = (0,_check_js__WEBPACK_IMPORTED_MODULE_2__/* .defineFunction */ .Oh)({
    name: 'bias-report-values',
    description: 'Every value in a bias report is a finite number (not NaN, infinite, text or empty).',
    optionsSchema: noOptions,
    check({ target, system }) {
        const report = loadReport(system, target);
        if (!report?.ok)
            return UNREADABLE;
        if (report.value.results.length === 0)
            return { skip: `${report.value.file} reports no metric values` };
        const failures = [];
        for (const result of report.value.results) {
            const value = result.value;
            let problem;
            if (value === null || value === undefined)
                problem = 'has no value';
            else if (typeof value === 'number' && Number.isNaN(value))
                problem = 'is NaN: the metric was not computed';
            else if (typeof value === 'number' && !Number.isFinite(value))
                problem = `is ${value > 0 ? '' : 'negative '}infinity`;
            else if (typeof value === 'string')
                problem = `is text "${value.length > 40 ? `${value.slice(0, 39)}…` : value}", not a number`;
            else if (typeof value !== 'number')
                problem = `is ${Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : typeof value}, not a number`;
            // An unsigned difference is max − min: a negative one is a signed gap read the wrong way,
            // and would pass any maximum however wide the gap.
            else if (result.convention === 'unsigned' && value < 0) {
                const hint = report.value.format === 'modelgate' ? '; a signed gap (unprivileged − privileged) needs "convention": "signed"' : '';
                problem = `is ${format(value)}, but an unsigned difference (max − min) cannot be negative${hint}`;
            }
            if (problem)
                failures.push({ message: `${report.value.file}: ${subject(result)} ${problem}`, at: result.at });
        }
        return failures;
    },
});
/** A report generated within the pack's maximum age, dated by the report itself or the manifest. */
const biasReportFresh = (0,_check_js__WEBPACK_IMPORTED_MODULE_2__/* .defineFunction */ .Oh)({
    name: 'bias-report-fresh',
    description: 'A bias report was generated no more than maxAgeDays ago (its own date, else the date in the manifest).',
    optionsSchema: _dates_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_AGE_OPTIONS */ .MZ,
    check({ target, targetPath, options, system }) {
        const report = loadReport(system, target);
        if (!report?.ok)
            return UNREADABLE;
        const entry = target;
        const dated = report.value.generatedAt ?? (typeof entry.date === 'string' ? { value: entry.date, at: undefined } : undefined);
        const file = report.value.file;
        if (!dated) {
            return [{ message: `${file} has no date: record when it was generated (generatedAt) or set date in the manifest`, path: targetPath }];
        }
        const when = (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDate */ ._U)(dated.value);
        const where = { path: [...targetPath, 'date'], at: dated.at };
        if (!when)
            return [{ message: `${file}: "${dated.value}" is not a date`, ...where }];
        const age = (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .ageInDays */ .QR)(when, system.now);
        if (age < -1)
            return [{ message: `${file} is dated ${dated.value}, in the future`, ...where }];
        if (age > options.maxAgeDays) {
            return [{ message: `${file} was generated on ${dated.value.slice(0, 10)}, ${Math.floor(age)} days ago; the policy allows ${options.maxAgeDays}`, ...where }];
        }
        return [];
    },
});


/***/ }),

/***/ 2568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  F: () => (/* binding */ biasReports)
});

// EXTERNAL MODULE: ./build/evidence/adapter.js
var adapter = __nccwpck_require__(3713);
;// CONCATENATED MODULE: ./build/evidence/bias/aif360.js

const SCHEMA = 'aif360-report.schema.json';
function conventionOf(metric) {
    if (metric === 'disparate_impact' || metric.endsWith('_ratio'))
        return 'ratio';
    if (metric.endsWith('_difference'))
        return 'signed';
    return 'value';
}
/** The value at the end of an explainer message ("…: 0.7362"), or NaN when it says nan. */
function explainedValue(message) {
    const match = message.match(/:\s*(-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|-?nan|-?inf)\s*$/i);
    if (!match)
        return message;
    const text = match[1].toLowerCase();
    if (text.endsWith('nan'))
        return Number.NaN;
    if (text.endsWith('inf'))
        return text.startsWith('-') ? -Infinity : Infinity;
    return Number(text);
}
const aif360Bias = {
    format: 'aif360',
    schema: SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && (0,adapter/* isRecord */.u4)(value.protected_attributes),
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(SCHEMA, doc, 'AIF360 metrics export');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const results = [];
        const attributes = new Map();
        for (const [attribute, entry] of Object.entries(raw.protected_attributes)) {
            const base = ['protected_attributes', attribute];
            attributes.set(attribute, (0,adapter.at)(doc, base));
            const add = (metric, value, path) => results.push({ attribute, metric, value, convention: conventionOf(metric), at: (0,adapter.at)(doc, path) });
            for (const [metric, value] of Object.entries((entry.metrics ?? {}))) {
                add((0,adapter/* snakeCase */.LW)(metric), value, [...base, 'metrics', metric]);
            }
            (entry.explanations ?? []).forEach((item, index) => {
                let explanation = item;
                if (typeof item === 'string') {
                    try {
                        explanation = JSON.parse(item);
                    }
                    catch {
                        explanation = undefined;
                    }
                }
                const path = [...base, 'explanations', index];
                if (!(0,adapter/* isRecord */.u4)(explanation) || typeof explanation.metric !== 'string' || typeof explanation.message !== 'string') {
                    add(`explanations[${index}]`, item, path);
                    return;
                }
                const metric = (0,adapter/* snakeCase */.LW)(explanation.metric);
                // A metric given both ways is counted once, from `metrics`.
                if (!results.some((r) => r.attribute === attribute && r.metric === metric))
                    add(metric, explainedValue(explanation.message), path);
            });
        }
        const report = { format: 'aif360', file: doc.file, attributes, results };
        if (typeof raw.model_version === 'string')
            report.modelVersion = { value: raw.model_version, at: (0,adapter.at)(doc, ['model_version']) };
        const generated = (0,adapter/* dateText */.MK)(raw.generated_at);
        if (generated)
            report.generatedAt = { value: generated, at: (0,adapter.at)(doc, ['generated_at']) };
        return { ok: true, value: report };
    },
};

;// CONCATENATED MODULE: ./build/evidence/bias/fairlearn.js

const fairlearn_SCHEMA = 'fairlearn-report.schema.json';
const ALIASES = {
    selection_rate_difference: 'demographic_parity_difference',
    selection_rate_ratio: 'demographic_parity_ratio',
    true_positive_rate_difference: 'equal_opportunity_difference',
    true_positive_rate_ratio: 'equal_opportunity_ratio',
};
const FRAME_KEYS = ['by_group', 'difference', 'ratio', 'metrics'];
function isFrame(value) {
    return (0,adapter/* isRecord */.u4)(value) && FRAME_KEYS.some((key) => (0,adapter/* isRecord */.u4)(value[key]));
}
const fairlearnBias = {
    format: 'fairlearn',
    schema: fairlearn_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) &&
        ((typeof value.sensitive_feature === 'string' && isFrame(value)) ||
            ((0,adapter/* isRecord */.u4)(value.sensitive_features) && Object.values(value.sensitive_features).some(isFrame))),
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(fairlearn_SCHEMA, doc, 'Fairlearn MetricFrame export');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const frames = typeof raw.sensitive_feature === 'string'
            ? [[raw.sensitive_feature, raw, []]]
            : Object.entries(raw.sensitive_features).map(([name, frame]) => [
                name,
                frame,
                ['sensitive_features', name],
            ]);
        const results = [];
        const attributes = new Map();
        for (const [attribute, frame, base] of frames) {
            attributes.set(attribute, (0,adapter.at)(doc, base.length ? base : ['sensitive_feature']));
            const add = (metric, value, convention, path, group) => {
                // Own keys only: a metric named "constructor" must not become Object.prototype.constructor.
                const canonical = Object.hasOwn(ALIASES, metric) ? ALIASES[metric] : metric;
                const result = { attribute, metric: canonical, value, convention, at: (0,adapter.at)(doc, path) };
                if (canonical !== metric)
                    result.aliases = [metric];
                if (group !== undefined)
                    result.group = group;
                results.push(result);
            };
            for (const [metric, groups] of Object.entries((frame.by_group ?? {}))) {
                for (const [group, value] of Object.entries(groups))
                    add((0,adapter/* snakeCase */.LW)(metric), value, 'value', [...base, 'by_group', metric, group], group);
            }
            const difference = (frame.difference ?? {});
            for (const [metric, value] of Object.entries(difference))
                add(`${(0,adapter/* snakeCase */.LW)(metric)}_difference`, value, 'unsigned', [...base, 'difference', metric]);
            for (const [metric, value] of Object.entries((frame.ratio ?? {}))) {
                add(`${(0,adapter/* snakeCase */.LW)(metric)}_ratio`, value, 'ratio', [...base, 'ratio', metric]);
            }
            for (const [metric, value] of Object.entries((frame.metrics ?? {}))) {
                const name = (0,adapter/* snakeCase */.LW)(metric);
                add(name, value, name.endsWith('_ratio') ? 'ratio' : name.endsWith('_difference') ? 'unsigned' : 'value', [...base, 'metrics', metric]);
            }
            // Equalized odds (agg="worst_case") is the larger of the TPR and FPR gaps.
            const tpr = difference.true_positive_rate;
            const fpr = difference.false_positive_rate;
            const explicit = results.some((r) => r.attribute === attribute && r.metric === 'equalized_odds_difference');
            if (!explicit && typeof tpr === 'number' && typeof fpr === 'number') {
                const worst = tpr >= fpr ? 'true_positive_rate' : 'false_positive_rate';
                add('equalized_odds_difference', Math.max(tpr, fpr), 'unsigned', [...base, 'difference', worst]);
            }
        }
        const report = { format: 'fairlearn', file: doc.file, attributes, results };
        if (typeof raw.model_version === 'string')
            report.modelVersion = { value: raw.model_version, at: (0,adapter.at)(doc, ['model_version']) };
        const generated = (0,adapter/* dateText */.MK)(raw.generated_at);
        if (generated)
            report.generatedAt = { value: generated, at: (0,adapter.at)(doc, ['generated_at']) };
        return { ok: true, value: report };
    },
};

;// CONCATENATED MODULE: ./build/evidence/bias/modelgate.js

const modelgate_SCHEMA = 'bias-report.schema.json';
const modelgateBias = {
    format: 'modelgate',
    schema: modelgate_SCHEMA,
    detect: (value) => typeof value === 'object' && value !== null && value.schema === 'modelgate/bias-report@1',
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(modelgate_SCHEMA, doc, 'bias report');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const results = raw.results.map((row, index) => {
            const result = {
                attribute: row.attribute,
                metric: row.metric,
                value: row.value,
                convention: modelgate_conventionOf(row.metric, raw.convention ?? 'unsigned'),
                at: (0,adapter.at)(doc, ['results', index, 'value']),
            };
            if (row.group !== undefined)
                result.group = row.group;
            return result;
        });
        const attributes = new Map();
        raw.results.forEach((row, index) => {
            if (!attributes.has(row.attribute))
                attributes.set(row.attribute, (0,adapter.at)(doc, ['results', index, 'attribute']));
        });
        const report = {
            format: 'modelgate',
            file: doc.file,
            modelVersion: { value: raw.model.version, at: (0,adapter.at)(doc, ['model', 'version']) },
            attributes,
            results,
        };
        if (raw.generatedAt !== undefined)
            report.generatedAt = { value: raw.generatedAt, at: (0,adapter.at)(doc, ['generatedAt']) };
        return { ok: true, value: report };
    },
};
/** Differences read as the report declares them (unsigned unless it says signed). */
function modelgate_conventionOf(metric, differences) {
    if (metric === 'disparate_impact' || metric.endsWith('_ratio'))
        return 'ratio';
    if (metric.endsWith('_difference'))
        return differences;
    return 'value';
}

;// CONCATENATED MODULE: ./build/evidence/bias/formats.js



const biasReports = {
    id: 'bias',
    what: 'bias report',
    adapters: [modelgateBias, fairlearnBias, aif360Bias],
};


/***/ }),

/***/ 5818:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Oh: () => (/* binding */ defineFunction),
/* harmony export */   fZ: () => (/* binding */ systemDocument),
/* harmony export */   ki: () => (/* binding */ withoutBase)
/* harmony export */ });
/** Declares a check function with its options type inferred from usage. */
function defineFunction(fn) {
    return fn;
}
/** The skip of a rule that compares with the base commit, when there is none (and why). */
function withoutBase(system) {
    return { skip: system.noBase ?? 'no base commit to compare with' };
}
/** The document rules' `given` paths start from: `{ manifest, card }`. */
function systemDocument(system) {
    return system.card ? { manifest: system.manifest.data, card: system.card } : { manifest: system.manifest.data };
}


/***/ }),

/***/ 7991:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ MAX_AGE_OPTIONS),
/* harmony export */   QR: () => (/* binding */ ageInDays),
/* harmony export */   _U: () => (/* binding */ parseDate)
/* harmony export */ });
/** Dates in evidence: ISO dates and date-times, compared with the run's clock (injectable for tests). */
const DAY_MS = 24 * 60 * 60 * 1000;
/** A date from "2026-10-28" or "2026-10-28T14:05:00Z"; undefined when it is not one. */
function parseDate(text) {
    if (!/^\d{4}-\d{2}-\d{2}/.test(text))
        return undefined;
    const time = Date.parse(text);
    return Number.isNaN(time) ? undefined : new Date(time);
}
/** Whole and fractional days from `then` to `now` (negative when `then` is in the future). */
function ageInDays(then, now) {
    return (now.getTime() - then.getTime()) / DAY_MS;
}
/** The options of a freshness check on evidence: how many days old it may be. */
const MAX_AGE_OPTIONS = {
    type: 'object',
    required: ['maxAgeDays'],
    additionalProperties: false,
    properties: { maxAgeDays: { type: 'integer', minimum: 1 } },
};


/***/ }),

/***/ 9654:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ pathsAndFormats),
/* harmony export */   Pf: () => (/* binding */ TODO),
/* harmony export */   pZ: () => (/* binding */ citeAt),
/* harmony export */   tg: () => (/* binding */ hintAt)
/* harmony export */ });
const TODO = 'TODO';
/** Sets `manifest.<path>` to `value`, keeping what the objects on the way already hold. */
function citeAt(manifest, path, value) {
    let at = manifest;
    for (const key of path.slice(0, -1)) {
        const next = at[key];
        at = at[key] = next && typeof next === 'object' && !Array.isArray(next) ? next : {};
    }
    at[path[path.length - 1]] = value;
}
/** Adds a hint to the TODO marker at `manifest.<path>`: what a file says, for the team to confirm. */
function hintAt(manifest, path, hint) {
    let at = manifest;
    for (const key of path.slice(0, -1))
        at = at?.[key];
    const last = path[path.length - 1];
    const holder = at;
    const marker = holder?.[last];
    if (holder && typeof marker === 'string' && marker.startsWith(`${TODO}:`))
        holder[last] = `${marker} (${hint})`;
}
/** Each file as `{ path, format }`, the entry shape of the manifest's lists of cited evidence. */
function pathsAndFormats(found) {
    return found.map(({ file, format }) => ({ path: file, format }));
}


/***/ }),

/***/ 4967:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  A: () => (/* binding */ EVIDENCE_KINDS)
});

// EXTERNAL MODULE: ./build/evidence/init-citation.js
var init_citation = __nccwpck_require__(9654);
// EXTERNAL MODULE: ./build/evidence/bias/checks.js
var checks = __nccwpck_require__(9717);
// EXTERNAL MODULE: ./build/evidence/bias/formats.js + 3 modules
var formats = __nccwpck_require__(2568);
;// CONCATENATED MODULE: ./build/evidence/bias/kind.js
/** Bias reports: fairness metrics per sensitive attribute, cited by `bias.reports[].path`. */



const bias = {
    ...formats/* biasReports */.F,
    citedBy: ['bias.reports.*.path'],
    formatField: 'bias.reports.*.format',
    checks: [checks/* biasReportReadable */.qH, checks/* biasReportValues */._i, checks/* biasReportModelVersion */.fd, checks/* biasReportFresh */.Ue, checks/* biasReportCoverage */.s7, checks/* biasThresholds */.oj],
    docs: {
        heading: 'Bias reports (`bias.reports[].format`)',
        readsHeading: 'Differences read as',
        formats: [
            { format: 'modelgate', what: 'our normalised report, JSON or YAML', reads: 'as its `convention` says (default `unsigned`)' },
            {
                format: 'fairlearn',
                link: 'https://fairlearn.org/main/user_guide/assessment/',
                what: '`MetricFrame` results as pandas writes them',
                reads: 'unsigned (max − min); ratios min / max',
            },
            {
                format: 'aif360',
                link: 'https://aif360.readthedocs.io/en/stable/',
                what: 'AIF360 metric method values and `MetricJSONExplainer` output',
                reads: 'signed (unprivileged − privileged); a gap of -0.14 is as wide as 0.14',
            },
        ],
    },
    init: {
        // The attributes and model version a report covers are hints in the markers, not values:
        // whether they are this system's is the team's to confirm.
        cite(manifest, found) {
            (0,init_citation/* citeAt */.pZ)(manifest, ['bias', 'reports'], (0,init_citation/* pathsAndFormats */.Kw)(found));
            const reports = found.flatMap((f) => (f.read.ok ? [{ file: f.file, report: f.read.value }] : []));
            const attributes = [...new Set(reports.flatMap(({ report }) => [...report.attributes.keys()]))];
            if (attributes.length > 0)
                (0,init_citation/* hintAt */.tg)(manifest, ['bias', 'sensitiveAttributes', 0], `the bias report covers ${attributes.join(', ')}`);
            const versioned = reports.find(({ report }) => report.modelVersion?.value);
            if (versioned)
                (0,init_citation/* hintAt */.tg)(manifest, ['version'], `${versioned.file} is for ${versioned.report.modelVersion?.value}`);
        },
    },
};

// EXTERNAL MODULE: ./build/load/placeholder.js
var placeholder = __nccwpck_require__(8286);
// EXTERNAL MODULE: ./build/evidence/check.js
var check = __nccwpck_require__(5818);
// EXTERNAL MODULE: ./build/evidence/adapter.js
var adapter = __nccwpck_require__(3713);
;// CONCATENATED MODULE: ./build/evidence/data-quality/croissant.js

const SCHEMA = 'croissant.schema.json';
const RAI_IRI = 'http://mlcommons.org/croissant/RAI/';
const CROISSANT_IRI = 'mlcommons.org/croissant';
/** `rai:dataBiases` or its full IRI → `dataBiases`. */
function raiName(key) {
    if (key.startsWith('rai:'))
        return key.slice(4);
    if (key.startsWith(RAI_IRI))
        return key.slice(RAI_IRI.length);
    return undefined;
}
const mentionsCroissant = (value) => typeof value === 'string' ? value.includes(CROISSANT_IRI) : Array.isArray(value) ? value.some(mentionsCroissant) : (0,adapter/* isRecord */.u4)(value) ? Object.values(value).some(mentionsCroissant) : false;
function textsOf(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value))
        return value.flatMap(textsOf);
    if ((0,adapter/* isRecord */.u4)(value) && typeof value['@value'] === 'string')
        return [value['@value']];
    return [];
}
const croissantDescription = {
    format: 'croissant',
    schema: SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && '@context' in value && (mentionsCroissant(value['@context']) || mentionsCroissant(value.conformsTo) || mentionsCroissant(value['dct:conformsTo'])),
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(SCHEMA, doc, 'Croissant dataset description');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const description = {
            kind: 'croissant',
            format: 'croissant',
            file: doc.file,
            ...(typeof raw.name === 'string' ? { name: raw.name } : {}),
            at: (0,adapter.at)(doc, []),
            rai: new Map(),
        };
        for (const [key, value] of Object.entries(raw)) {
            const name = raiName(key);
            if (name)
                description.rai.set(name, { texts: textsOf(value), at: (0,adapter.at)(doc, [key]) });
        }
        return { ok: true, value: description };
    },
};

// EXTERNAL MODULE: ./build/load/schema.js
var schema = __nccwpck_require__(6736);
;// CONCATENATED MODULE: ./build/evidence/data-quality/great-expectations.js


const great_expectations_SCHEMA = 'great-expectations-result.schema.json';
const isSuiteResult = (value) => (0,adapter/* isRecord */.u4)(value) && typeof value.success === 'boolean' && Array.isArray(value.results) && ((0,adapter/* isRecord */.u4)(value.statistics) || 'suite_name' in value || 'evaluation_parameters' in value || 'suite_parameters' in value);
/** Where each suite result is in the document: the document itself, or each run of a checkpoint result. */
function suitesOf(value) {
    if (!(0,adapter/* isRecord */.u4)(value))
        return [];
    if (!(0,adapter/* isRecord */.u4)(value.run_results))
        return [{ path: [], value }];
    return Object.entries(value.run_results).map(([key, run]) => (0,adapter/* isRecord */.u4)(run) && 'validation_result' in run ? { path: ['run_results', key, 'validation_result'], value: run.validation_result } : { path: ['run_results', key], value: run });
}
const great_expectations_text = (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
/** The names the tool gives the data a suite ran on. */
function assetsOf(meta) {
    if (!(0,adapter/* isRecord */.u4)(meta))
        return [];
    const names = [];
    for (const key of ['active_batch_definition', 'batch_spec', 'batch_kwargs']) {
        const part = meta[key];
        if (!(0,adapter/* isRecord */.u4)(part))
            continue;
        names.push(great_expectations_text(part.data_asset_name), great_expectations_text(part.table), great_expectations_text(part.path), great_expectations_text(part.s3), great_expectations_text(part.reader_options && (0,adapter/* isRecord */.u4)(part.reader_options) ? part.reader_options.path : undefined));
    }
    names.push(great_expectations_text(meta.data_asset_name));
    return [...new Set(names.filter((name) => name !== undefined))];
}
/** The column (or columns) an expectation is about. */
function columnOf(kwargs) {
    const one = great_expectations_text(kwargs.column);
    if (one)
        return one;
    const pair = [great_expectations_text(kwargs.column_A), great_expectations_text(kwargs.column_B)].filter(Boolean);
    if (pair.length > 0)
        return pair.join(', ');
    const list = Array.isArray(kwargs.column_list) ? kwargs.column_list.map(great_expectations_text).filter(Boolean) : [];
    return list.length > 0 ? list.join(', ') : undefined;
}
function observedOf(result) {
    if (!(0,adapter/* isRecord */.u4)(result))
        return undefined;
    if (typeof result.unexpected_percent === 'number') {
        const count = typeof result.unexpected_count === 'number' ? `${result.unexpected_count} unexpected, ` : '';
        return `${count}${Number(result.unexpected_percent.toFixed(2))}% of rows`;
    }
    const observed = result.observed_value;
    if (typeof observed === 'number' || typeof observed === 'boolean')
        return `observed ${String(observed)}`;
    if (typeof observed === 'string')
        return `observed ${observed.length > 60 ? `${observed.slice(0, 57)}...` : observed}`;
    return undefined;
}
function problemAt(doc, base) {
    const suite = base.reduce((value, key) => ((0,adapter/* isRecord */.u4)(value) ? value[key] : undefined), doc.value);
    const issues = (0,schema/* checkSchema */._U)(great_expectations_SCHEMA, suite);
    const first = issues[0];
    if (!first)
        return undefined;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    return { message: `${doc.file} is not a valid Great Expectations validation result: ${first.message}${more}`, at: (0,adapter.at)(doc, [...base, ...first.path]) };
}
const greatExpectationsResult = {
    format: 'great-expectations',
    schema: great_expectations_SCHEMA,
    detect: (value) => isSuiteResult(value) || ((0,adapter/* isRecord */.u4)(value) && (0,adapter/* isRecord */.u4)(value.run_results) && Object.values(value.run_results).some((run) => isSuiteResult(run) || ((0,adapter/* isRecord */.u4)(run) && isSuiteResult(run.validation_result)))),
    normalise(doc) {
        const suites = suitesOf(doc.value);
        if (suites.length === 0)
            return { ok: false, problem: { message: `${doc.file} is not a valid Great Expectations validation result: its run_results is empty`, at: (0,adapter.at)(doc, ['run_results']) } };
        const validation = { kind: 'validation', format: 'great-expectations', file: doc.file, runs: [], inconsistencies: [] };
        for (const { path: base } of suites) {
            const problem = problemAt(doc, base);
            if (problem)
                return { ok: false, problem };
        }
        for (const { path: base, value } of suites) {
            const suite = value;
            const meta = (0,adapter/* isRecord */.u4)(suite.meta) ? suite.meta : {};
            const results = suite.results;
            const failed = [];
            results.forEach((result, index) => {
                if (result.success === true)
                    return;
                const config = result.expectation_config;
                const kwargs = config.kwargs;
                const exception = (0,adapter/* isRecord */.u4)(result.exception_info) && result.exception_info.raised_exception === true ? great_expectations_text(result.exception_info.exception_message) ?? 'an exception' : undefined;
                const column = columnOf(kwargs);
                const observed = observedOf(result.result);
                failed.push({
                    type: (great_expectations_text(config.type) ?? great_expectations_text(config.expectation_type)),
                    ...(column ? { column } : {}),
                    ...(observed ? { observed } : {}),
                    ...(exception ? { exception } : {}),
                    at: (0,adapter.at)(doc, [...base, 'results', index, 'success']),
                });
            });
            const stats = (0,adapter/* isRecord */.u4)(suite.statistics) ? suite.statistics : undefined;
            const count = (key) => (stats && typeof stats[key] === 'number' ? stats[key] : undefined);
            const evaluated = count('evaluated_expectations');
            const successful = count('successful_expectations');
            const unsuccessful = count('unsuccessful_expectations');
            const suiteName = great_expectations_text(suite.suite_name) ?? great_expectations_text(meta.expectation_suite_name);
            const run = {
                ...(suiteName ? { suite: suiteName } : {}),
                assets: assetsOf(meta),
                success: { value: suite.success, at: (0,adapter.at)(doc, [...base, 'success']) },
                ...(evaluated !== undefined && successful !== undefined && unsuccessful !== undefined ? { statistics: { evaluated, successful, unsuccessful } } : {}),
                listed: results.length,
                failed,
            };
            validation.runs.push(run);
            // A result that says it succeeded while listing failures, or statistics that disagree with
            // the list (a list cut short or edited), cannot be relied on.
            if (run.success.value && failed.length > 0) {
                validation.inconsistencies.push({ message: `${doc.file} says it succeeded but lists ${failed.length} failed expectation${failed.length === 1 ? '' : 's'}`, at: run.success.at });
            }
            // Statistics without the list (a result saved without its details) are all there is to
            // judge: they must agree with the result's own success and add up.
            if (run.success.value && failed.length === 0 && unsuccessful !== undefined && unsuccessful > 0) {
                validation.inconsistencies.push({
                    message: `${doc.file} says it succeeded but its statistics count ${unsuccessful} unsuccessful expectation${unsuccessful === 1 ? '' : 's'}`,
                    at: (0,adapter.at)(doc, [...base, 'statistics', 'unsuccessful_expectations']),
                });
            }
            if (results.length === 0 && evaluated !== undefined && successful !== undefined && unsuccessful !== undefined && evaluated !== successful + unsuccessful) {
                validation.inconsistencies.push({
                    message: `${doc.file}: its statistics count ${evaluated} evaluated expectation${evaluated === 1 ? '' : 's'} but ${successful} successful and ${unsuccessful} unsuccessful`,
                    at: (0,adapter.at)(doc, [...base, 'statistics', 'evaluated_expectations']),
                });
            }
            if (results.length > 0 && unsuccessful !== undefined && unsuccessful !== failed.length) {
                validation.inconsistencies.push({ message: `${doc.file}: its statistics count ${unsuccessful} unsuccessful expectation${unsuccessful === 1 ? '' : 's'} but it lists ${failed.length}`, at: (0,adapter.at)(doc, [...base, 'statistics', 'unsuccessful_expectations']) });
            }
            if (results.length > 0 && evaluated !== undefined && evaluated !== results.length) {
                validation.inconsistencies.push({ message: `${doc.file}: its statistics count ${evaluated} evaluated expectation${evaluated === 1 ? '' : 's'} but it lists ${results.length}`, at: (0,adapter.at)(doc, [...base, 'statistics', 'evaluated_expectations']) });
            }
        }
        return { ok: true, value: validation };
    },
};

;// CONCATENATED MODULE: ./build/evidence/data-quality/formats.js


const dataQualityFormats = {
    id: 'data-quality',
    what: 'data quality file',
    adapters: [greatExpectationsResult, croissantDescription],
};

;// CONCATENATED MODULE: ./build/evidence/data-quality/checks.js
/**
 * Data quality judged per dataset (`data.datasets[*]`): its validation result (`quality.path`)
 * succeeded and is about that dataset, and its Croissant description (`croissant`) fills in the
 * Responsible-AI fields the policy asks for.
 */



const WHAT = { validation: 'data validation result', croissant: 'Croissant dataset description' };
const datasetOf = (target) => (target && typeof target === 'object' ? target : {});
const nameOf = (dataset) => (typeof dataset.id === 'string' ? dataset.id : 'the dataset');
/** Where a dataset cites evidence of this kind, and in which format. */
function citation(dataset, evidence) {
    if (evidence === 'croissant')
        return typeof dataset.croissant === 'string' && dataset.croissant.trim() !== '' ? { path: dataset.croissant, format: 'croissant', field: ['croissant'] } : undefined;
    const quality = dataset.quality;
    if (!quality || typeof quality.path !== 'string' || quality.path.trim() === '')
        return undefined;
    return { path: quality.path, ...(typeof quality.format === 'string' ? { format: quality.format } : {}), field: ['quality', 'path'] };
}
function load(system, dataset, evidence) {
    const cited = citation(dataset, evidence);
    if (!cited)
        return undefined;
    return { result: system.evidence.evidence(dataQualityFormats, cited.path, cited.format), field: cited.field };
}
function loaded(system, dataset, kind) {
    const found = load(system, dataset, kind === 'validation' ? 'validation' : 'croissant');
    return found?.result.ok && found.result.value.kind === kind ? found.result.value : undefined;
}
const DATA_EXTENSIONS = new Set(['csv', 'tsv', 'parquet', 'json', 'jsonl', 'arrow', 'feather', 'avro', 'orc', 'txt', 'gz', 'zip', 'zst', 'bz2']);
/** "bureau_2024.csv", "s3://bucket/bureau/2024/" → "bureau2024", "2024": names compared without case, punctuation or extension. */
function comparableName(name) {
    let end = name.length;
    while (end > 0 && (name[end - 1] === '/' || name[end - 1] === '\\'))
        end--;
    const trimmed = name.slice(0, end);
    let base = trimmed.slice(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
    // train-2025.csv.gz → train-2025: only data-file extensions, so "v1.2" keeps its dot's digits.
    for (let dot = base.lastIndexOf('.'); dot > 0 && DATA_EXTENSIONS.has(base.slice(dot + 1).toLowerCase()); dot = base.lastIndexOf('.'))
        base = base.slice(0, dot);
    return base.toLowerCase().replace(/[^a-z0-9]/g, '');
}
/** The runs about this dataset: those whose data is named as it; all of them when none is. */
function runsFor(validation, dataset) {
    const names = datasetNames(dataset);
    const matching = validation.runs.filter((run) => run.assets.some((asset) => names.has(comparableName(asset))));
    return matching.length > 0 ? matching : validation.runs;
}
function datasetNames(dataset) {
    const names = [dataset.id, dataset.quality?.asset, dataset.uri].filter((name) => typeof name === 'string' && name.trim() !== '');
    return new Set(names.map(comparableName).filter((name) => name !== ''));
}
const noOptions = { type: 'object', additionalProperties: false };
const EVIDENCE_OPTION = { enum: ['validation', 'croissant'] };
const dataQualityReadable = (0,check/* defineFunction */.Oh)({
    name: 'data-quality-readable',
    description: "A dataset's cited data validation result (`evidence: validation`, `quality.path`) or Croissant description (`evidence: croissant`) exists, parses, is of that kind, and does not contradict itself.",
    optionsSchema: { type: 'object', required: ['evidence'], additionalProperties: false, properties: { evidence: EVIDENCE_OPTION } },
    check({ target, targetPath, options, system }) {
        const dataset = datasetOf(target);
        const found = load(system, dataset, options.evidence);
        if (!found)
            return { skip: `${nameOf(dataset)} cites no ${WHAT[options.evidence]}` };
        const where = [...targetPath, ...found.field];
        if (!found.result.ok)
            return [{ message: found.result.problem.message, path: where, ...(found.result.problem.at ? { at: found.result.problem.at } : {}) }];
        const value = found.result.value;
        const wanted = options.evidence === 'validation' ? 'validation' : 'croissant';
        if (value.kind !== wanted)
            return [{ message: `${value.file} is a ${WHAT[value.kind === 'validation' ? 'validation' : 'croissant']}, not a ${WHAT[options.evidence]}`, path: where }];
        return value.kind === 'validation' ? value.inconsistencies.map((problem) => ({ message: problem.message, at: problem.at })) : [];
    },
});
const dataValidationPassed = (0,check/* defineFunction */.Oh)({
    name: 'data-validation-passed',
    description: "A dataset's cited validation result succeeded: each failed expectation is a finding at its line, with its type and column.",
    optionsSchema: noOptions,
    check({ target, system }) {
        const dataset = datasetOf(target);
        const validation = loaded(system, dataset, 'validation');
        if (!validation)
            return { skip: `${nameOf(dataset)} cites no readable validation result` };
        const failures = [];
        for (const run of runsFor(validation, dataset)) {
            const suite = run.suite ? ` (suite ${run.suite})` : '';
            for (const failed of run.failed) {
                const column = failed.column ? ` on column ${failed.column}` : '';
                const why = failed.exception ? `: it raised ${failed.exception.length > 120 ? `${failed.exception.slice(0, 117)}...` : failed.exception}` : failed.observed ? `: ${failed.observed}` : '';
                failures.push({ message: `${nameOf(dataset)}: ${failed.type}${column} failed${why}${suite}`, at: failed.at });
            }
            // A suite that evaluated nothing "succeeds" without looking at the data: it shows nothing.
            if (run.success.value && (run.statistics ? run.statistics.evaluated === 0 : run.listed === 0)) {
                failures.push({ message: `${nameOf(dataset)}: the validation${suite} evaluated no expectation, so it shows nothing about the data`, at: run.success.at });
            }
            if (!run.success.value && run.failed.length === 0) {
                const counted = run.statistics ? `: ${run.statistics.unsuccessful} of ${run.statistics.evaluated} expectations failed` : '';
                failures.push({ message: `${nameOf(dataset)}: the validation${suite} failed${counted}, and the file does not list which (save the full result)`, at: run.success.at });
            }
        }
        return failures;
    },
});
const dataValidationForDataset = (0,check/* defineFunction */.Oh)({
    name: 'data-validation-for-dataset',
    description: "A dataset's cited validation result ran on that dataset: the data it names (data asset, table or file) is the dataset's id, its `quality.asset`, or its uri's file.",
    optionsSchema: noOptions,
    check({ target, targetPath, system }) {
        const dataset = datasetOf(target);
        const validation = loaded(system, dataset, 'validation');
        if (!validation)
            return { skip: `${nameOf(dataset)} cites no readable validation result` };
        const assets = [...new Set(validation.runs.flatMap((run) => run.assets))];
        if (assets.length === 0)
            return { skip: `${validation.file} does not name the data it validated` };
        const names = datasetNames(dataset);
        if (assets.some((asset) => names.has(comparableName(asset))))
            return [];
        const shown = assets.slice(0, 3).map((asset) => JSON.stringify(asset.length > 80 ? `${asset.slice(0, 77)}...` : asset)).join(', ');
        return [{
                message: `${validation.file} validated ${shown}, not ${nameOf(dataset)}; cite the result for this dataset, or name its data asset under quality.asset`,
                path: [...targetPath, 'quality', 'path'],
            }];
    },
});
const croissantRaiFields = (0,check/* defineFunction */.Oh)({
    name: 'croissant-rai-fields',
    description: "A dataset's cited Croissant description fills in each of the given Responsible-AI fields (`rai:dataLimitations`, …): present, and not empty or a placeholder.",
    optionsSchema: {
        type: 'object',
        required: ['fields'],
        additionalProperties: false,
        properties: { fields: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[A-Za-z]+$' } } },
    },
    check({ target, system, options }) {
        const dataset = datasetOf(target);
        const description = loaded(system, dataset, 'croissant');
        if (!description)
            return { skip: `${nameOf(dataset)} cites no readable Croissant description` };
        return options.fields.flatMap((field) => {
            const found = description.rai.get(field);
            if (!found)
                return [{ message: `${description.file} has no rai:${field}`, at: description.at }];
            const absence = (0,placeholder/* valueAbsence */.Z2)(found.texts);
            return absence ? [{ message: `${description.file}: rai:${field} ${(0,placeholder/* describeAbsence */.Hw)(absence)}`, at: found.at }] : [];
        });
    },
});
const dataQualityCited = (0,check/* defineFunction */.Oh)({
    name: 'data-quality-cited',
    description: 'Each dataset whose `role` is one of `roles` cites a data validation result (`evidence: validation`, `quality.path`) or a Croissant description (`evidence: croissant`).',
    optionsSchema: {
        type: 'object',
        required: ['evidence', 'roles'],
        additionalProperties: false,
        properties: { evidence: EVIDENCE_OPTION, roles: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } } },
    },
    check({ value, path, options }) {
        const datasets = Array.isArray(value) ? value : [];
        const failures = [];
        datasets.forEach((item, index) => {
            const dataset = datasetOf(item);
            if (typeof dataset.role !== 'string' || !options.roles.includes(dataset.role))
                return;
            if (citation(dataset, options.evidence))
                return;
            const field = options.evidence === 'validation' ? 'quality.path' : 'croissant';
            failures.push({ message: `${nameOf(dataset)} (${dataset.role} data) cites no ${WHAT[options.evidence]} under ${field}`, path: [...path, index] });
        });
        return failures;
    },
});
const DATA_QUALITY_CHECKS = [dataQualityReadable, dataValidationPassed, dataValidationForDataset, croissantRaiFields, dataQualityCited];

;// CONCATENATED MODULE: ./build/evidence/data-quality/init.js
/** How `modelgate init` cites the validation results and Croissant descriptions it finds. */


/**
 * Each validation result and Croissant description goes under the dataset it names (compared
 * without case, punctuation or extension); one that names no declared dataset brings its own
 * entry, of markers, under that name (or its file's), as a dataset card does.
 */
function citeDataEvidence(manifest, found) {
    const data = manifest.data;
    for (const { file, format, read } of found) {
        if (!read.ok)
            continue;
        const evidence = read.value;
        const names = evidence.kind === 'validation' ? [...new Set(evidence.runs.flatMap((run) => run.assets))] : evidence.name ? [evidence.name] : [];
        const keys = new Set(names.map(comparableName));
        let dataset = data.datasets.find((d) => typeof d.id === 'string' && keys.has(comparableName(d.id)));
        if (!dataset) {
            const id = names[0] ?? file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
            dataset = { id, source: `${init_citation/* TODO */.Pf}: who produced ${id} and where it came from`, license: `${init_citation/* TODO */.Pf}: the licence ${id} is used under` };
            // The placeholder entry init writes when it knows of no dataset is replaced, not kept.
            if (data.datasets.length === 1 && String(data.datasets[0]?.id).startsWith(init_citation/* TODO */.Pf))
                data.datasets.splice(0, 1);
            data.datasets.push(dataset);
        }
        if (evidence.kind === 'validation' && !dataset.quality)
            dataset.quality = { path: file, format };
        if (evidence.kind === 'croissant' && !dataset.croissant)
            dataset.croissant = file;
    }
}

;// CONCATENATED MODULE: ./build/evidence/data-quality/kind.js
/** Data quality per dataset (ISO/IEC 5259, EU AI Act Art. 10): validation results and Croissant RAI fields. */



const dataQuality = {
    ...dataQualityFormats,
    citedBy: ['data.datasets.*.quality.path', 'data.datasets.*.croissant'],
    checks: DATA_QUALITY_CHECKS,
    docs: {
        heading: 'Data quality (`data.datasets[].quality`, `data.datasets[].croissant`)',
        readsHeading: 'Read from it',
        formats: [
            {
                format: 'great-expectations',
                link: 'https://docs.greatexpectations.io/',
                what: 'a Great Expectations validation result (`ExpectationSuiteValidationResult` as JSON, 0.x or 1.x), or a checkpoint result holding several',
                reads: '`success`, `statistics`, each failed expectation (`expectation_type` or `type`, its column, what was observed), the data it ran on (`meta.active_batch_definition.data_asset_name`, `batch_kwargs`, `batch_spec`); the statistics are checked against the results list',
            },
            {
                format: 'croissant',
                link: 'https://docs.mlcommons.org/croissant/docs/croissant-rai-spec.html',
                what: 'a Croissant JSON-LD dataset description with the Responsible-AI vocabulary, cited as `croissant`',
                reads: 'the `rai:` properties (`rai:dataCollection`, `rai:dataLimitations`, `rai:dataBiases`, `rai:personalSensitiveInformation`, `rai:dataUseCases`, …), as text or lists of text',
            },
        ],
    },
    init: {
        // Only a file that reads is cited: which dataset it is about comes from its content.
        accept: (found) => found.read.ok,
        describe: (found) => (found.read.ok && found.read.value.kind === 'croissant' ? `Croissant dataset description ${found.file}` : `${found.format} validation result ${found.file}`),
        cite: citeDataEvidence,
    },
};

// EXTERNAL MODULE: ./build/load/lazy.js
var lazy = __nccwpck_require__(4285);
;// CONCATENATED MODULE: ./build/load/csv.js

class CsvDoc {
    file;
    value;
    rowLines;
    constructor(file, value, 
    /** The first line of each row in `rows`. */
    rowLines) {
        this.file = file;
        this.value = value;
        this.rowLines = rowLines;
    }
    /** `['rows', i, …]` is row i's first line; anything else the header. */
    locate(path) {
        const [head, index] = path;
        const line = head === 'rows' && typeof index === 'number' ? this.rowLines[index] : undefined;
        return { line: line ?? 1, column: 1 };
    }
}
function parseCsv(text, file) {
    let records;
    const { parseCsv: parse } = (0,lazy/* libraries */.G6)(); // outside the try: unloaded parsers must not read as malformed CSV
    try {
        records = parse(text, { info: true, relax_column_count: true, bom: true, record_delimiter: ['\r\n', '\n', '\r'] });
    }
    catch (error) {
        // csv-parse's message quotes the offending value; ours names only the problem and the line.
        const { code, lines } = error;
        const line = typeof lines === 'number' && lines > 0 ? lines : 1;
        const what = code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted field is never closed' : code === 'INVALID_OPENING_QUOTE' ? 'a quote inside an unquoted field' : 'malformed CSV';
        return { ok: false, error: { message: `invalid CSV: ${what}`, line, column: 1 } };
    }
    const table = { columns: [], rows: [], invalid: [] };
    const rowLines = [];
    let previousEnd = 0;
    for (const { record, info } of records) {
        const line = previousEnd + 1;
        previousEnd = info.lines;
        if (record.length === 1 && record[0] === '')
            continue; // a blank line
        if (table.columns.length === 0) {
            table.columns = record.map((name) => name.trim());
            continue;
        }
        if (record.length !== table.columns.length) {
            table.invalid.push({ line, fields: record.length });
            continue;
        }
        table.rows.push(Object.fromEntries(table.columns.map((column, i) => [column, record[i]])));
        rowLines.push(line);
    }
    if (table.columns.length === 0)
        return { ok: false, error: { message: 'invalid CSV: the file has no header line', line: 1, column: 1 } };
    return { ok: true, doc: new CsvDoc(file, table, rowLines) };
}

;// CONCATENATED MODULE: ./build/evidence/energy/codecarbon.js

const codecarbon_SCHEMA = 'codecarbon-emissions.schema.json';
/** Without these a row says nothing modelgate can judge. */
const REQUIRED = ['run_id', 'duration', 'emissions'];
/** The numeric columns read, and where each goes. */
const NUMERIC = [
    ['duration', 'duration'],
    ['emissionsKg', 'emissions'],
    ['emissionsRate', 'emissions_rate'],
    ['energyKWh', 'energy_consumed'],
];
/** A cell as a number: empty is undefined; anything else not a finite decimal is NaN, so a check reports it. */
function numberOf(cell) {
    if (cell === undefined || cell.trim() === '')
        return undefined;
    return /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\s*$/i.test(cell) ? Number(cell) : Number.NaN;
}
const codecarbonEmissions = {
    format: 'codecarbon',
    schema: codecarbon_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && Array.isArray(value.columns) && value.columns.includes('emissions') && value.columns.includes('run_id'),
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(codecarbon_SCHEMA, doc, 'CodeCarbon emissions file');
        if (problem)
            return { ok: false, problem };
        const table = doc.value;
        const absent = [...REQUIRED, 'energy_consumed'].filter((column) => !table.columns.includes(column));
        if (absent.length > 0) {
            return { ok: false, problem: { message: `${doc.file} is not a CodeCarbon emissions file: its header has no ${absent.join(', ')} column${absent.length === 1 ? '' : 's'}`, at: { file: doc.file, line: 1, column: 1 } } };
        }
        // A file with an unreadable row is not read at all: a row left out would change the total.
        const problems = [];
        for (const bad of table.invalid) {
            problems.push({ message: `line ${bad.line} has ${bad.fields} field${bad.fields === 1 ? '' : 's'}, the header ${table.columns.length}`, at: { file: doc.file, line: bad.line, column: 1 } });
        }
        const report = { format: 'codecarbon', file: doc.file, measurements: [] };
        table.rows.forEach((row, index) => {
            const where = (0,adapter.at)(doc, ['rows', index]);
            const missing = REQUIRED.filter((column) => (row[column] ?? '').trim() === '');
            if (missing.length > 0) {
                problems.push({ message: `a row has no ${missing.join(', ')}`, at: where });
                return;
            }
            const numbers = {};
            const notNumbers = [];
            for (const [field, column] of NUMERIC) {
                const value = numberOf(row[column]);
                if (value === undefined)
                    continue;
                if (Number.isNaN(value))
                    notNumbers.push(column);
                else
                    numbers[column] = value;
            }
            if (notNumbers.length > 0) {
                problems.push({ message: `run ${row.run_id.trim()}: ${notNumbers.join(', ')} ${notNumbers.length === 1 ? 'is not a number' : 'are not numbers'}`, at: where });
                return;
            }
            const measurement = { runId: row.run_id.trim(), emissionsKg: numbers.emissions, at: where };
            for (const [field, column] of NUMERIC) {
                if (field !== 'emissionsKg' && numbers[column] !== undefined)
                    measurement[field] = numbers[column];
            }
            if (row.timestamp)
                measurement.timestamp = row.timestamp;
            if (row.country_iso_code)
                measurement.country = row.country_iso_code;
            report.measurements.push(measurement);
        });
        const first = problems.sort((a, b) => a.at.line - b.at.line)[0];
        if (first) {
            const more = problems.length > 1 ? ` (and ${problems.length - 1} more unreadable row${problems.length > 2 ? 's' : ''})` : '';
            return { ok: false, problem: { message: `${doc.file}: ${first.message}${more}`, at: first.at } };
        }
        if (report.measurements.length === 0)
            return { ok: false, problem: { message: `${doc.file} holds no measurement, only its header`, at: { file: doc.file, line: 1, column: 1 } } };
        return { ok: true, value: report };
    },
};

;// CONCATENATED MODULE: ./build/evidence/energy/formats.js
/** How a cited energy report is read: CodeCarbon's emissions.csv, by the CSV reader. */


const energyReports = {
    id: 'energy',
    what: 'energy report',
    adapters: [codecarbonEmissions],
    parse: (file, text) => (file.toLowerCase().endsWith('.csv') ? parseCsv(text, file) : undefined),
    extensions: ['csv'],
};

;// CONCATENATED MODULE: ./build/evidence/energy/types.js
const ENERGY_STAGES = (/* unused pure expression or super */ null && (['training', 'fine-tuning', 'inference']));
/**
 * The report's total emissions in kg: CodeCarbon appends a row each time a tracker flushes or
 * stops, each holding the totals since that tracker started, so a run counts once, by its last
 * row (the longest duration), and runs add up.
 */
function totalEmissionsKg(report) {
    const last = new Map();
    for (const row of report.measurements) {
        const seen = last.get(row.runId);
        if (!seen || (row.duration ?? 0) >= (seen.duration ?? 0))
            last.set(row.runId, row);
    }
    let total = 0;
    for (const row of last.values())
        total += row.emissionsKg;
    return total;
}

;// CONCATENATED MODULE: ./build/evidence/energy/checks.js



const TRAINING = ['training', 'fine-tuning'];
function loadReport(system, entry) {
    if (!entry || typeof entry !== 'object')
        return undefined;
    const { path, format } = entry;
    if (typeof path !== 'string' || path.trim() === '')
        return undefined;
    return system.evidence.evidence(energyReports, path, typeof format === 'string' ? format : undefined);
}
function entriesOf(system) {
    const energy = system.manifest.data.assurance?.energy;
    const reports = energy && typeof energy === 'object' ? energy.reports : undefined;
    return Array.isArray(reports) ? reports.filter((r) => Boolean(r) && typeof r === 'object') : [];
}
/** The stage a citation declares (training when it says none). */
const stageOf = (entry) => (typeof entry.stage === 'string' ? entry.stage : 'training');
function cardEmissions(card) {
    if (!card || !Object.hasOwn(card.meta, 'co2_eq_emissions'))
        return undefined;
    const raw = card.meta.co2_eq_emissions;
    const locate = (path) => ({ file: card.file, ...(card.frontMatter?.locate(path) ?? { line: 1, column: 1 }) });
    if (typeof raw === 'number')
        return { grams: raw, at: locate(['co2_eq_emissions']) };
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
        const record = raw;
        const found = { at: locate(['co2_eq_emissions', 'emissions']) };
        if (typeof record.training_type === 'string')
            found.trainingType = record.training_type;
        if (typeof record.emissions === 'number')
            found.grams = record.emissions;
        else
            found.problem = Object.hasOwn(record, 'emissions') ? 'its emissions is not a number (grams)' : 'it has no emissions (grams)';
        return found;
    }
    return { problem: 'it is neither a number of grams nor a mapping with emissions', at: locate(['co2_eq_emissions']) };
}
/** Whether every run of a report ended at zero emissions and zero (or unstated) energy. */
const measuredNothing = (report) => report.measurements.every((row) => row.emissionsKg === 0 && (row.energyKWh ?? 0) === 0);
const checks_noOptions = { type: 'object', additionalProperties: false };
const kg = (n) => `${Number(n.toPrecision(4))} kg`;
const g = (n) => `${Number(n.toPrecision(4))} g`;
const energyReportReadable = (0,check/* defineFunction */.Oh)({
    name: 'energy-report-readable',
    description: 'A cited energy report exists, parses, is in a supported format, and every one of its rows can be read (a file with an unreadable row is not read at all: the row would change the total).',
    optionsSchema: checks_noOptions,
    check({ target, targetPath, system }) {
        const report = loadReport(system, target);
        if (!report)
            return [{ message: 'the energy report entry has no path', path: targetPath }];
        if (!report.ok)
            return [{ message: report.problem.message, path: [...targetPath, 'path'], ...(report.problem.at ? { at: report.problem.at } : {}) }];
        return [];
    },
});
const energyValuesSane = (0,check/* defineFunction */.Oh)({
    name: 'energy-values-sane',
    description: "A cited energy report's numbers are physical: durations, emissions and energy finite and not negative, the carbon intensity (emissions / energy) at most `maxKgPerKWh`, the average power (energy / duration) at most `maxAverageKW`, and the emissions rate the tool wrote equal to emissions / duration.",
    optionsSchema: {
        type: 'object',
        required: ['maxKgPerKWh', 'maxAverageKW'],
        additionalProperties: false,
        properties: { maxKgPerKWh: { type: 'number', exclusiveMinimum: 0 }, maxAverageKW: { type: 'number', exclusiveMinimum: 0 } },
    },
    check({ target, options, system }) {
        const report = loadReport(system, target);
        if (!report?.ok)
            return { skip: 'the energy report cannot be read (energy/report-readable says why)' };
        const failures = [];
        // A tracker that measured nothing proves nothing: every run at zero emissions and energy.
        if (measuredNothing(report.value)) {
            const first = report.value.measurements[0];
            failures.push({ message: `${report.value.file} measured nothing: every run has zero emissions and energy`, at: first.at });
        }
        for (const row of report.value.measurements) {
            const bad = [
                ['duration', row.duration],
                ['emissions', row.emissionsKg],
                ['energy_consumed', row.energyKWh],
                ['emissions_rate', row.emissionsRate],
            ].filter(([, value]) => value !== undefined && (!Number.isFinite(value) || value < 0));
            if (bad.length > 0) {
                failures.push({ message: `run ${row.runId}: ${bad.map(([name, value]) => `${name} ${Number.isNaN(value) ? 'is not a number' : `is ${value}`}`).join(', ')}; each must be a finite, non-negative number`, at: row.at });
                continue;
            }
            if (row.energyKWh !== undefined && row.energyKWh > 0 && row.emissionsKg / row.energyKWh > options.maxKgPerKWh) {
                failures.push({
                    message: `run ${row.runId}: ${kg(row.emissionsKg)} CO2eq for ${row.energyKWh} kWh is ${Number((row.emissionsKg / row.energyKWh).toPrecision(3))} kg/kWh, above any grid's ${options.maxKgPerKWh}; are the emissions in grams?`,
                    at: row.at,
                });
            }
            if (row.energyKWh !== undefined && row.duration !== undefined && row.duration > 0) {
                const kw = (row.energyKWh * 3600) / row.duration;
                if (kw > options.maxAverageKW)
                    failures.push({ message: `run ${row.runId}: ${row.energyKWh} kWh in ${row.duration} s is an average of ${Math.round(kw)} kW, above ${options.maxAverageKW} kW; check the units`, at: row.at });
            }
            if (row.emissionsRate !== undefined && row.duration !== undefined && row.duration > 0) {
                const rate = row.emissionsKg / row.duration;
                // CodeCarbon writes both from the same numbers; a rate off by more than 1% is an edited row.
                if (Math.abs(rate - row.emissionsRate) > 0.01 * Math.max(rate, row.emissionsRate) + 1e-15) {
                    failures.push({ message: `run ${row.runId}: emissions_rate ${row.emissionsRate} is not emissions / duration (${Number(rate.toPrecision(4))} kg/s)`, at: row.at });
                }
            }
        }
        return failures;
    },
});
const energyCardValid = (0,check/* defineFunction */.Oh)({
    name: 'energy-card-valid',
    description: "The model card's co2_eq_emissions, when present, is a finite, non-negative number of grams (or a mapping whose emissions is one).",
    optionsSchema: checks_noOptions,
    check({ system }) {
        const card = cardEmissions(system.card);
        if (!card)
            return { skip: system.card ? 'the model card states no co2_eq_emissions' : 'no readable model card' };
        if (card.problem)
            return [{ message: `the model card's co2_eq_emissions cannot be read: ${card.problem}`, at: card.at }];
        const grams = card.grams;
        return Number.isFinite(grams) && grams >= 0 ? [] : [{ message: `the model card's co2_eq_emissions is ${grams}; it must be a non-negative number of grams`, at: card.at }];
    },
});
const energyTrainingReported = (0,check/* defineFunction */.Oh)({
    name: 'energy-training-reported',
    description: "The emissions of training are reported: a cited energy report for training or fine-tuning that can be read, or the model card's co2_eq_emissions.",
    optionsSchema: checks_noOptions,
    check({ path, system }) {
        const entries = entriesOf(system);
        const training = entries.filter((entry) => TRAINING.includes(stageOf(entry))).map((entry) => loadReport(system, entry));
        const readable = training.filter((r) => r?.ok === true);
        if (readable.some((r) => !measuredNothing(r.value)))
            return [];
        const card = cardEmissions(system.card);
        const cardStates = card?.grams !== undefined && card.trainingType?.toLowerCase() !== 'inference';
        if (cardStates && card.grams !== 0)
            return [];
        // Zero measured and zero stated is not a report of what training emitted.
        if (readable.length > 0 || cardStates) {
            return [
                {
                    message: `${readable.length > 0 ? 'the cited training energy reports measured no emissions' : 'no readable energy report is for training'}, and the model card states ${cardStates ? 'none (0 g)' : 'no co2_eq_emissions'}; report what training emitted`,
                    path: [...path, 'assurance'],
                },
            ];
        }
        return [
            {
                message: entries.length > 0 ? 'no readable energy report is for training (stage: training or fine-tuning), and the model card states no co2_eq_emissions' : 'the emissions of training are not reported: cite a CodeCarbon emissions.csv as assurance.energy.reports, or state co2_eq_emissions in the model card',
                path: [...path, 'assurance'],
            },
        ];
    },
});
const energyCardAgrees = (0,check/* defineFunction */.Oh)({
    name: 'energy-card-agrees',
    description: "The model card's co2_eq_emissions (grams) is the total of the cited training energy reports (kilograms, each run counted by its last row), within a relative `tolerance`.",
    optionsSchema: { type: 'object', required: ['tolerance'], additionalProperties: false, properties: { tolerance: { type: 'number', minimum: 0, maximum: 1 } } },
    check({ options, system }) {
        const card = cardEmissions(system.card);
        if (card?.grams === undefined || !Number.isFinite(card.grams))
            return { skip: 'the model card states no co2_eq_emissions to compare' };
        const reports = entriesOf(system)
            .filter((entry) => TRAINING.includes(stageOf(entry)))
            .map((entry) => loadReport(system, entry))
            .filter((r) => r?.ok === true);
        if (reports.length === 0)
            return { skip: 'no readable training energy report is cited to compare with the card' };
        const fileGrams = reports.reduce((sum, r) => sum + totalEmissionsKg(r.value), 0) * 1000;
        const cardGrams = card.grams;
        const larger = Math.max(fileGrams, cardGrams);
        if (larger === 0 || Math.abs(fileGrams - cardGrams) <= options.tolerance * larger)
            return [];
        const ratio = fileGrams / cardGrams;
        const units = ratio > 900 && ratio < 1100 ? '; the card looks to state kilograms, but co2_eq_emissions is in grams' : '';
        return [
            {
                message: `the model card states ${g(cardGrams)} CO2eq but the cited training report${reports.length === 1 ? ' totals' : 's total'} ${kg(fileGrams / 1000)} (${g(fileGrams)})${units}`,
                at: card.at,
            },
        ];
    },
});
const ENERGY_CHECKS = [energyReportReadable, energyValuesSane, energyCardValid, energyTrainingReported, energyCardAgrees];

;// CONCATENATED MODULE: ./build/evidence/energy/kind.js
/** Energy and emissions reports (CodeCarbon's emissions.csv), cited by `assurance.energy.reports[].path`, with the card's co2_eq_emissions. */



const energy = {
    ...energyReports,
    citedBy: ['assurance.energy.reports.*.path'],
    formatField: 'assurance.energy.reports.*.format',
    checks: ENERGY_CHECKS,
    docs: {
        heading: 'Energy reports (`assurance.energy.reports[].format`)',
        readsHeading: 'Read from it',
        formats: [
            {
                format: 'codecarbon',
                link: 'https://mlco2.github.io/codecarbon/output.html',
                what: "CodeCarbon's `emissions.csv` (one row each time a tracker flushes or stops)",
                reads: 'by column name: `run_id`, `timestamp`, `duration` (s), `emissions` (kg CO2eq), `emissions_rate` (kg/s), `energy_consumed` (kWh), `country_iso_code`; a run counts once, by its last row (rows are cumulative)',
            },
        ],
    },
    init: {
        // Which stage a run measured (training, inference) is the team's to declare (the gate asks).
        cite(manifest, found) {
            (0,init_citation/* citeAt */.pZ)(manifest, ['assurance', 'energy', 'reports'], (0,init_citation/* pathsAndFormats */.Kw)(found));
        },
    },
};

// EXTERNAL MODULE: ./build/evidence/dates.js
var dates = __nccwpck_require__(7991);
;// CONCATENATED MODULE: ./build/evidence/incidents/modelgate.js

const modelgate_SCHEMA = 'incident-log.schema.json';
const modelgateIncidentLog = {
    format: 'modelgate',
    schema: modelgate_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && value.schema === 'modelgate/incident-log@1',
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(modelgate_SCHEMA, doc, 'serious-incident log');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const log = {
            format: 'modelgate',
            file: doc.file,
            incidents: raw.incidents.map((incident, index) => ({
                id: incident.id,
                at: (0,adapter.at)(doc, ['incidents', index, 'id']),
                detected: { value: incident.detected, at: (0,adapter.at)(doc, ['incidents', index, 'detected']) },
                classification: incident.classification,
                ...(incident.reported
                    ? { reported: { date: { value: incident.reported.date, at: (0,adapter.at)(doc, ['incidents', index, 'reported', 'date']) }, authority: incident.reported.authority } }
                    : {}),
                status: incident.status,
            })),
        };
        return { ok: true, value: log };
    },
};

;// CONCATENATED MODULE: ./build/evidence/incidents/formats.js

const incidentLogs = {
    id: 'incidents',
    what: 'serious incident log',
    adapters: [modelgateIncidentLog],
};

;// CONCATENATED MODULE: ./build/evidence/incidents/checks.js
/**
 * The serious-incident log against Art. 73's reporting deadlines, counted in days from when the
 * provider became aware, as of the run's day (`--as-of`).
 */



/** Art. 73: how many days after becoming aware a serious incident must be reported, and where it says so. */
const REPORTING_DEADLINES = {
    death: { days: 10, provision: 'Art. 73(4)' },
    'widespread-infringement': { days: 2, provision: 'Art. 73(3)' },
    'critical-infrastructure': { days: 2, provision: 'Art. 73(3)' },
    'serious-harm': { days: 15, provision: 'Art. 73(2)' },
    'not-serious': undefined,
};
const DAY_MS = 24 * 60 * 60 * 1000;
/** Whole calendar days (UTC) from one day to another. */
const daysBetween = (from, to) => Math.floor(to.getTime() / DAY_MS) - Math.floor(from.getTime() / DAY_MS);
const day = (date) => date.toISOString().slice(0, 10);
const plural = (n) => `${n} day${n === 1 ? '' : 's'}`;
const incidentLogReadable = (0,check/* defineFunction */.Oh)({
    name: 'incident-log-readable',
    description: 'A cited serious-incident log exists and is in our documented format (an empty log says `incidents: []`).',
    optionsSchema: { type: 'object', additionalProperties: false },
    check({ value, system }) {
        if (typeof value !== 'string' || value.trim() === '')
            return [];
        const log = system.evidence.evidence(incidentLogs, value);
        return log.ok ? [] : [{ message: log.problem.message, ...(log.problem.at ? { at: log.problem.at } : {}) }];
    },
});
/**
 * `find: unreported`: a serious incident not reported, whose deadline has passed as of the run's
 * day. `find: late`: one reported after its deadline (or dated before it was detected).
 */
const incidentDeadlines = (0,check/* defineFunction */.Oh)({
    name: 'incident-deadlines',
    description: "Serious incidents in the cited log are reported within Art. 73's deadlines from awareness (15 days; 10 for a death; 2 for a widespread infringement or critical infrastructure): `find: unreported` finds those overdue as of the run's day, `find: late` those reported late.",
    optionsSchema: {
        type: 'object',
        required: ['find'],
        additionalProperties: false,
        properties: { find: { enum: ['unreported', 'late'] } },
    },
    check({ value, options, system }) {
        if (typeof value !== 'string' || value.trim() === '')
            return [];
        const log = system.evidence.evidence(incidentLogs, value);
        if (!log.ok)
            return []; // incidents/log-readable's finding
        const failures = [];
        for (const incident of log.value.incidents) {
            const deadline = REPORTING_DEADLINES[incident.classification];
            const detected = (0,dates/* parseDate */._U)(incident.detected.value);
            if (!deadline || !detected)
                continue;
            const due = new Date(detected.getTime() + deadline.days * DAY_MS);
            const what = `incident ${incident.id} (${incident.classification}, aware ${day(detected)})`;
            const reported = incident.reported ? (0,dates/* parseDate */._U)(incident.reported.date.value) : undefined;
            if (options.find === 'unreported') {
                if (incident.reported)
                    continue;
                const overdue = daysBetween(due, system.now);
                if (overdue > 0) {
                    failures.push({
                        message: `${what} is not reported: the ${deadline.days}-day deadline of ${deadline.provision} passed on ${day(due)}, ${plural(overdue)} ago`,
                        at: incident.at,
                    });
                }
            }
            else if (reported && incident.reported) {
                const late = daysBetween(due, reported);
                if (daysBetween(detected, reported) < 0) {
                    failures.push({ message: `${what} is dated reported on ${day(reported)}, before it was detected; check the dates`, at: incident.reported.date.at });
                }
                else if (late > 0) {
                    failures.push({
                        message: `${what} was reported on ${day(reported)}, ${plural(late)} after the ${deadline.days}-day deadline of ${deadline.provision} (${day(due)})`,
                        at: incident.reported.date.at,
                    });
                }
            }
        }
        return failures;
    },
});

;// CONCATENATED MODULE: ./build/evidence/incidents/kind.js
/** The serious-incident log (EU AI Act Art. 73), cited by `monitoring.incidents`. */



const incidents = {
    ...incidentLogs,
    citedBy: ['monitoring.incidents'],
    checks: [incidentLogReadable, incidentDeadlines],
    docs: {
        heading: 'Serious-incident log (`monitoring.incidents`)',
        readsHeading: 'Read from it',
        formats: [
            {
                format: 'modelgate',
                what: 'our own log, YAML or JSON ([schema](../schemas/incident-log.schema.json))',
                reads: 'each incident: when the provider became aware (`detected`), its `classification`, when and to whom it was `reported`, its `status`',
            },
        ],
    },
    init: {
        // A system keeps one incident log: the first found.
        cite(manifest, [first]) {
            if (first)
                (0,init_citation/* citeAt */.pZ)(manifest, ['monitoring', 'incidents'], first.file);
        },
    },
};

;// CONCATENATED MODULE: ./build/evidence/logging/fluent-bit-conf.js
const SECTION = /^\[([^\]]*)\]\s*$/;
class ClassicDoc {
    file;
    value;
    lines;
    includeLines;
    includeAfter;
    constructor(file, value, lines, 
    /** Line of each @INCLUDE directive. */
    includeLines = [], 
    /** How many sections came before each @INCLUDE: where its file's sections go. */
    includeAfter = []) {
        this.file = file;
        this.value = value;
        this.lines = lines;
        this.includeLines = includeLines;
        this.includeAfter = includeAfter;
    }
    fileOf(path) {
        const [head, section] = path;
        return (head === 'sections' && typeof section === 'number' ? this.lines[section]?.file : undefined) ?? this.file;
    }
    locate(path) {
        const [head, section, entries, entry] = path;
        if (head === 'includes' && typeof section === 'number')
            return { line: this.includeLines[section] ?? 1, column: 1 };
        if (head !== 'sections' || typeof section !== 'number')
            return { line: 1, column: 1 };
        const place = this.lines[section];
        if (!place)
            return { line: 1, column: 1 };
        if (entries === 'entries' && typeof entry === 'number' && place.entries[entry])
            return place.entries[entry];
        return { line: place.line, column: 1 };
    }
}
/** Whether text reads as a classic Fluent Bit config: its first meaningful line is a known section header or a directive. */
function looksClassic(text) {
    for (const raw of text.slice(0, 4096).split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        return /^\[(?:SERVICE|INPUT|FILTER|OUTPUT|PARSER|MULTILINE_PARSER|PLUGINS|UPSTREAM|NODE)\]$/i.test(line) || /^@(?:INCLUDE|SET)\s/i.test(line);
    }
    return false;
}
/**
 * Real configs have tens of sections; each costs memory and routing work, so a file of a
 * hundred thousand (3.5 MB held 500 MB) is refused at the section past the cap.
 */
const MAX_SECTIONS = 10_000;
function parseFluentBitClassic(text, file) {
    const config = { fluentBitClassic: true, sections: [], includes: [] };
    const places = [];
    const includeLines = [];
    const includeAfter = [];
    const rows = text.split(/\r\n|\n|\r/);
    for (let index = 0; index < rows.length; index++) {
        const raw = rows[index];
        const number = index + 1;
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        // Fluent Bit reads a header or a directive only at the start of its line: indented, `[NAME]`
        // opens a group inside the section above (an [OUTPUT] there is no output), and `@INCLUDE x`
        // is a key of that section (ignored in [SERVICE]): neither may read as more than that here.
        const indented = raw !== raw.trimStart();
        if (line.startsWith('[')) {
            if (indented)
                return failure(`an indented ${line.slice(0, 40)} is a group inside the section above it, not a section of its own, as Fluent Bit reads it; start a section at the beginning of its line`, number);
            const header = SECTION.exec(line);
            const name = header?.[1] ?? '';
            if (!header || name.trim() === '')
                return failure(`a section header must be [NAME]`, number);
            if (config.sections.length === MAX_SECTIONS)
                return failure(`more than ${MAX_SECTIONS.toLocaleString('en-US')} sections, the most modelgate reads`, number);
            config.sections.push({ name: sectionType(name), entries: [] });
            places.push({ line: number, entries: [] });
            continue;
        }
        if (line.startsWith('@') && !indented) {
            // As Fluent Bit splits it: the directive ends at the first space, and the file an @INCLUDE
            // names is the rest of the line as it is (a tab, or spaces around the name, are not read
            // the way they look).
            const space = raw.indexOf(' ');
            const directive = space < 0 ? raw : raw.slice(0, space);
            if (/^@include$/i.test(directive)) {
                const named = space < 0 ? '' : raw.slice(space + 1);
                if (named !== named.trim())
                    return failure(`@INCLUDE ${JSON.stringify(named.slice(0, 80))}: Fluent Bit reads the rest of the line after "@INCLUDE " as the file name, spaces included`, number);
                config.includes.push(named);
                includeLines.push(number);
                includeAfter.push(config.sections.length);
            }
            else if (!/^@set$/i.test(directive))
                return failure(`unknown directive ${JSON.stringify(directive.slice(0, 40))}`, number);
            continue;
        }
        const section = config.sections.at(-1);
        if (!section)
            return failure('an entry before any [SECTION] header', number);
        if (raw === line)
            return failure('an entry must be indented under its [SECTION] header', number);
        const space = line.search(/\s/);
        if (space < 0)
            return failure(`the key ${JSON.stringify(line.slice(0, 40))} has no value`, number);
        section.entries.push({ key: line.slice(0, space), value: line.slice(space).trim() });
        places.at(-1).entries.push({ line: number, column: raw.indexOf(line) + 1 });
    }
    // A file of @INCLUDEs alone is a main config whose sections are all in the files it includes.
    if (config.sections.length === 0 && config.includes.length === 0)
        return failure('the file has no [SECTION]', 1);
    return { ok: true, doc: new ClassicDoc(file, config, places, includeLines, includeAfter) };
    function failure(message, line) {
        return { ok: false, error: { message: `not a Fluent Bit config: ${message}`, line, column: 1 } };
    }
}
/**
 * A section's type as Fluent Bit's get_section_type decides it: the name as written (spaces
 * inside the brackets kept) compared, without case and for its own length, with each type's
 * name in turn, so `[OUT]` is an output and `[ OUTPUT ]` is a section of no type, which runs
 * nothing. Anything else keeps its name, upper-cased.
 */
const SECTION_TYPES = [
    ['service', 'SERVICE'],
    ['parser', 'PARSER'],
    ['multiline_parser', 'MULTILINE_PARSER'],
    ['stream_processor', 'STREAM_PROCESSOR'],
    ['plugins', 'PLUGINS'],
    ['upstream_servers', 'UPSTREAM_SERVERS'],
    ['custom', 'CUSTOM'],
    ['customs', 'CUSTOM'],
    ['input', 'INPUT'],
    ['inputs', 'INPUT'],
    ['filter', 'FILTER'],
    ['filters', 'FILTER'],
    ['output', 'OUTPUT'],
    ['outputs', 'OUTPUT'],
];
function sectionType(name) {
    const lower = name.toLowerCase();
    return SECTION_TYPES.find(([type]) => type.startsWith(lower))?.[1] ?? name.toUpperCase();
}
/** The files a classic config @INCLUDEs, as written, each with its directive's line (none for any other document). */
function classicIncludes(doc) {
    if (!(doc instanceof ClassicDoc))
        return [];
    return doc.value.includes.map((path, index) => ({ path, line: doc.includeLines[index] ?? 1 }));
}
/**
 * The config with each included file's sections in the place of its @INCLUDE (as Fluent Bit
 * reads it), each section keeping the file and lines it came from; `included` is in the order
 * of classicIncludes, each already merged with its own.
 */
function mergeClassic(doc, included) {
    if (!(doc instanceof ClassicDoc))
        return { ok: true, doc };
    const total = doc.value.sections.length + included.reduce((sum, other) => sum + (other instanceof ClassicDoc ? other.value.sections.length : 0), 0);
    if (total > MAX_SECTIONS) {
        return { ok: false, error: { message: `not a Fluent Bit config: more than ${MAX_SECTIONS.toLocaleString('en-US')} sections with the files it includes, the most modelgate reads`, line: doc.includeLines[0] ?? 1, column: 1 } };
    }
    const sections = [];
    const places = [];
    const take = (from, start, end) => {
        for (let index = start; index < end; index++) {
            sections.push(from.value.sections[index]);
            const place = from.lines[index];
            places.push(place.file ? place : { ...place, file: from.file });
        }
    };
    const notClassic = included.findIndex((other) => !(other instanceof ClassicDoc));
    if (notClassic >= 0) {
        return { ok: false, error: { message: `@INCLUDE ${doc.value.includes[notClassic]}: ${included[notClassic]?.file} is not a classic Fluent Bit config, which is all @INCLUDE reads`, line: doc.includeLines[notClassic] ?? 1, column: 1 } };
    }
    let next = 0;
    doc.includeAfter.forEach((after, index) => {
        take(doc, next, after);
        next = after;
        const other = included[index];
        take(other, 0, other.value.sections.length);
    });
    take(doc, next, doc.value.sections.length);
    // Followed, so no longer "included and not read"; the top file's own directives still locate.
    return { ok: true, doc: new ClassicDoc(doc.file, { fluentBitClassic: true, sections, includes: [] }, places, [], []) };
}
/** An entry's value by key (case-insensitive; the last one when it repeats, as Fluent Bit reads it), with its index. */
function entryOf(section, key) {
    for (let index = section.entries.length - 1; index >= 0; index--) {
        const entry = section.entries[index];
        if (entry.key.toLowerCase() === key.toLowerCase())
            return { value: entry.value, index };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/evidence/logging/types.js
/** What Art. 12(2)/(3) logs must let one reconstruct, as categories of recorded fields. */
const LOG_CATEGORIES = ['timestamp', 'input', 'output', 'model-version', 'operator-action'];
/** The categories this file shows recorded, once each. */
function recordedCategories(config) {
    return new Set(config.recorded.map((entry) => entry.category));
}
const MODEL_VERSION_KEY = /(?:^|[._-])(?:model[._-]?version|service\.version)$/i;
/** Whether an attribute or record key a config sets names the model version (`model.version`, `model_version`, `service.version`). */
const isModelVersionKey = (key) => MODEL_VERSION_KEY.test(key);

;// CONCATENATED MODULE: ./build/evidence/logging/fluent-bit.js


const fluent_bit_SCHEMA = 'fluent-bit-config.schema.json';
/** Outputs that keep nothing: they print, count or drop. */
const NOWHERE = new Set(['stdout', 'null', 'counter', 'flowcounter', 'exit']);
const LOCAL = new Set(['file', 'logrotate']);
/**
 * A key set more than once, as Fluent Bit reads it: `Name` is looked up (the first one counts),
 * while every other key is applied in turn, each overwriting the one before (the last counts:
 * a second `Match` or `Tag` replaces the first).
 */
const first = (plugin, key) => plugin.props.get(key)?.[0];
const last = (plugin, key) => plugin.props.get(key)?.at(-1);
/** Fluent Bit's tag pattern: `*` matches any run of characters. */
function tagMatches(pattern, tag) {
    const parts = pattern.split('*');
    if (parts.length === 1)
        return pattern === tag;
    let from = 0;
    for (const [index, part] of parts.entries()) {
        if (index === 0) {
            if (!tag.startsWith(part))
                return false;
            from = part.length;
        }
        else if (index === parts.length - 1) {
            return tag.length - part.length >= from && tag.endsWith(part);
        }
        else {
            const found = tag.indexOf(part, from);
            if (found < 0)
                return false;
            from = found + part.length;
        }
    }
    return true;
}
/** Wildcard comparisons (characters of tags scanned) allowed for one config before routing is no longer checked. */
const ROUTING_BUDGET = 20_000_000;
/**
 * Whether a Match pattern selects some input tag: exact patterns by lookup, `prefix*` by a binary
 * search of the sorted tags, any other wildcard by comparing every tag, within ROUTING_BUDGET
 * characters for the whole config; past it the answer is 'unchecked', which does not count as
 * routed (a config padded with inputs must not make an unrouted output pass).
 */
function tagRouter(tags) {
    const exact = new Set(tags);
    const sorted = [...tags].sort();
    const cost = tags.reduce((sum, tag) => sum + tag.length + 1, 0);
    let budget = ROUTING_BUDGET;
    const cache = new Map();
    const hasPrefix = (prefix) => {
        let low = 0;
        let high = sorted.length;
        while (low < high) {
            const mid = (low + high) >>> 1;
            if (sorted[mid] < prefix)
                low = mid + 1;
            else
                high = mid;
        }
        return low < sorted.length && sorted[low].startsWith(prefix);
    };
    return (pattern) => {
        const star = pattern.indexOf('*');
        if (star < 0)
            return exact.has(pattern);
        if (star === pattern.length - 1)
            return hasPrefix(pattern.slice(0, -1));
        let found = cache.get(pattern);
        if (found === undefined) {
            if (budget < cost)
                found = 'unchecked';
            else {
                budget -= cost;
                found = tags.some((tag) => tagMatches(pattern, tag));
            }
            cache.set(pattern, found);
        }
        return found;
    };
}
/** The files a config includes (classic `@INCLUDE`, YAML `includes`), each where it is named. */
function includesOf(doc, classic) {
    const value = doc.value;
    if (classic)
        return value.includes.map((file, index) => ({ value: file, at: (0,adapter.at)(doc, ['includes', index]) }));
    const list = Array.isArray(value.includes) ? value.includes : [];
    return list.flatMap((file, index) => (typeof file === 'string' ? [{ value: file, at: (0,adapter.at)(doc, ['includes', index]) }] : []));
}
function classicPlugins(value) {
    const plugins = [];
    value.sections.forEach((section, index) => {
        const kind = { INPUT: 'input', FILTER: 'filter', OUTPUT: 'output' }[section.name];
        if (!kind)
            return;
        const props = new Map();
        section.entries.forEach((entry, e) => {
            const key = entry.key.toLowerCase();
            // Appended in place: copying the list for each repeated key made a section of n `Record`
            // lines quadratic (50,000 of them took two minutes).
            const values = props.get(key);
            const value = { value: entry.value, path: ['sections', index, 'entries', e] };
            if (values)
                values.push(value);
            else
                props.set(key, [value]);
        });
        plugins.push({ kind, props, path: ['sections', index] });
    });
    return plugins;
}
function yamlPlugins(value) {
    const pipeline = value.pipeline;
    const plugins = [];
    for (const [list, kind] of [['inputs', 'input'], ['filters', 'filter'], ['outputs', 'output']]) {
        const items = Array.isArray(pipeline[list]) ? pipeline[list] : [];
        items.forEach((item, index) => {
            if (!(0,adapter/* isRecord */.u4)(item))
                return;
            const props = new Map();
            for (const [key, raw] of Object.entries(item)) {
                const values = Array.isArray(raw) ? raw : [raw];
                props.set(key.toLowerCase(), values.map((v, i) => ({ value: typeof v === 'string' ? v : JSON.stringify(v) ?? '', path: ['pipeline', list, index, key, ...(Array.isArray(raw) ? [i] : [])] })));
            }
            plugins.push({ kind, props, path: ['pipeline', list, index] });
        });
    }
    return plugins;
}
const fluentBitConfig = {
    format: 'fluent-bit',
    schema: fluent_bit_SCHEMA,
    detect: (value) => ((0,adapter/* isRecord */.u4)(value) && value.fluentBitClassic === true) || ((0,adapter/* isRecord */.u4)(value) && (0,adapter/* isRecord */.u4)(value.pipeline) && (Array.isArray(value.pipeline.inputs) || Array.isArray(value.pipeline.outputs))),
    normalise(doc) {
        const classic = (0,adapter/* isRecord */.u4)(doc.value) && doc.value.fluentBitClassic === true;
        if (!classic) {
            const problem = (0,adapter/* schemaProblem */.Zg)(fluent_bit_SCHEMA, doc, 'Fluent Bit config');
            if (problem)
                return { ok: false, problem };
        }
        const plugins = classic ? classicPlugins(doc.value) : yamlPlugins(doc.value);
        const config = { format: 'fluent-bit', file: doc.file, pipelines: [], recorded: [], cannotShow: ['retention', 'input', 'output', 'operator-action'], problems: [] };
        const inputs = plugins.filter((p) => p.kind === 'input');
        const tags = [...new Set(inputs.map((input, index) => last(input, 'tag')?.value ?? `${first(input, 'name')?.value ?? 'input'}.${index}`))];
        const router = tagRouter(tags);
        const includes = includesOf(doc, classic);
        if (includes.length > 0)
            config.unfollowed = includes;
        // A classic config's @INCLUDEs are read in by the store (fluent-bit-conf.ts); a YAML config's
        // `includes:` are not.
        const unread = includes.length > 0 ? `; the files it includes (${includes.map((i) => i.value).join(', ')}) are not read in a YAML config, so put the inputs and outputs in the cited file` : '';
        for (const plugin of plugins) {
            const name = first(plugin, 'name');
            if (!name) {
                config.problems.push({ message: `${doc.file}: a Fluent Bit ${plugin.kind} has no Name`, at: (0,adapter.at)(doc, plugin.path) });
                continue;
            }
            if (plugin.kind !== 'output')
                continue;
            const match = last(plugin, 'match');
            const matchRegex = last(plugin, 'match_regex');
            // A Match_Regex is not evaluated here (a pack-independent regex from a repository); it is taken to match.
            const routed = matchRegex !== undefined ? true : match !== undefined ? router(match.value) : false;
            if (routed !== true) {
                const why = routed === 'unchecked'
                    ? `was not checked against the ${tags.length} input tags (Match ${match?.value ?? ''}: too many wildcard comparisons), so it is not counted as routed`
                    : match
                        ? `matches no input's tag (Match ${match.value})${unread}`
                        : 'has no Match, so Fluent Bit routes nothing to it';
                config.problems.push({ message: `${doc.file}: the ${name.value} output ${why}`, at: (0,adapter.at)(doc, (match ?? name).path) });
                continue;
            }
            const type = name.value.toLowerCase();
            const kind = NOWHERE.has(type) ? 'none' : LOCAL.has(type) ? 'file' : 'remote';
            config.pipelines.push({ name: name.value, at: (0,adapter.at)(doc, plugin.path), destinations: [{ name: name.value, kind, at: (0,adapter.at)(doc, name.path) }] });
        }
        if (inputs.length > 0)
            config.recorded.push({ category: 'timestamp', source: 'every Fluent Bit record carries its event time', at: (0,adapter.at)(doc, inputs[0].path) });
        // A filter that adds a model-version key to every record (record_modifier `Record k v`, modify `Add|Set k v`).
        for (const filter of plugins.filter((p) => p.kind === 'filter')) {
            for (const key of ['record', 'add', 'set']) {
                for (const entry of filter.props.get(key) ?? []) {
                    const field = entry.value.split(/\s+/)[0] ?? '';
                    if (isModelVersionKey(field))
                        config.recorded.push({ category: 'model-version', source: `filter ${first(filter, 'name')?.value ?? ''} sets ${field}`, at: (0,adapter.at)(doc, entry.path) });
                }
            }
        }
        if (!config.recorded.some((r) => r.category === 'model-version'))
            config.cannotShow.push('model-version');
        return { ok: true, value: config };
    },
};

;// CONCATENATED MODULE: ./build/evidence/logging/modelgate.js

const logging_modelgate_SCHEMA = 'logging-config.schema.json';
/** A field's `records` as the category it counts for (a reference to the input counts as the input). */
const CATEGORY = {
    timestamp: 'timestamp',
    input: 'input',
    'input-reference': 'input',
    output: 'output',
    'output-reference': 'output',
    'model-version': 'model-version',
    'operator-action': 'operator-action',
};
const modelgateLogging = {
    format: 'modelgate',
    schema: logging_modelgate_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && value.schema === 'modelgate/logging@1',
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(logging_modelgate_SCHEMA, doc, 'logging declaration');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const config = {
            format: 'modelgate',
            file: doc.file,
            pipelines: [],
            recorded: [],
            enabled: { value: raw.enabled, at: (0,adapter.at)(doc, ['enabled']) },
            events: raw.events.map((event, index) => ({ value: event.name, at: (0,adapter.at)(doc, ['events', index, 'name']) })),
            cannotShow: [],
            problems: [],
        };
        if (raw.store) {
            config.pipelines.push({
                name: 'events',
                at: (0,adapter.at)(doc, ['store']),
                destinations: [{ name: raw.store.location ?? raw.store.type, kind: raw.store.type, at: (0,adapter.at)(doc, ['store', 'type']) }],
            });
        }
        if (raw.retentionDays !== undefined)
            config.retention = { value: raw.retentionDays, at: (0,adapter.at)(doc, ['retentionDays']), source: 'retentionDays' };
        else
            config.cannotShow.push('retention');
        raw.events.forEach((event, e) => event.fields.forEach((field, f) => {
            const category = field.records ? CATEGORY[field.records] : undefined;
            if (category)
                config.recorded.push({ category, source: `${event.name}.${field.name}`, at: (0,adapter.at)(doc, ['events', e, 'fields', f, 'records']) });
        }));
        return { ok: true, value: config };
    },
};

;// CONCATENATED MODULE: ./build/evidence/logging/otel-collector.js


const otel_collector_SCHEMA = 'otel-collector-config.schema.json';
/** Exporters that keep nothing. */
const otel_collector_NOWHERE = new Set(['debug', 'logging', 'nop']);
const otel_collector_LOCAL = new Set(['file']);
const typeOf = (id) => id.split('/')[0] ?? id;
/** Days in a Go duration made of hours, minutes and seconds (`4380h`, `720h0m0s`), if it is one. */
function goDurationDays(text) {
    const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text.trim());
    if (!match || text.trim() === '')
        return undefined;
    const [, h = '0', m = '0', s = '0'] = match;
    return (Number(h) * 3600 + Number(m) * 60 + Number(s)) / 86400;
}
/** The retention an exporter's settings state, in days, and the path of the setting. */
function statedRetention(type, settings) {
    if (!(0,adapter/* isRecord */.u4)(settings))
        return undefined;
    if (type === 'file' && (0,adapter/* isRecord */.u4)(settings.rotation) && typeof settings.rotation.max_days === 'number' && settings.rotation.max_days > 0) {
        return { days: settings.rotation.max_days, path: ['rotation', 'max_days'], source: 'rotation.max_days' };
    }
    if (type === 'awscloudwatchlogs' && typeof settings.log_retention === 'number' && settings.log_retention > 0) {
        return { days: settings.log_retention, path: ['log_retention'], source: 'log_retention' };
    }
    if (type === 'clickhouse' && typeof settings.ttl === 'string') {
        const days = goDurationDays(settings.ttl);
        if (days !== undefined && days > 0)
            return { days, path: ['ttl'], source: 'ttl' };
    }
    return undefined;
}
/** The attribute keys a processor sets: `attributes[].key` (resource), `actions[].key` (attributes) or `set(attributes["k"], …)` in transform statements. */
function keysSet(type, settings) {
    if (!(0,adapter/* isRecord */.u4)(settings))
        return [];
    // The resource processor lists them under `attributes`, the attributes processor under `actions`.
    const list = type === 'resource' ? 'attributes' : type === 'attributes' ? 'actions' : undefined;
    const actions = list ? settings[list] : undefined;
    if (list && Array.isArray(actions)) {
        return actions.flatMap((action, index) => (0,adapter/* isRecord */.u4)(action) && typeof action.key === 'string' && ['insert', 'upsert', 'update'].includes(String(action.action))
            ? [{ key: action.key, path: [list, index, 'key'] }]
            : []);
    }
    if (type === 'transform' && Array.isArray(settings.log_statements)) {
        const found = [];
        settings.log_statements.forEach((group, g) => {
            const statements = (0,adapter/* isRecord */.u4)(group) && Array.isArray(group.statements) ? group.statements : typeof group === 'string' ? [group] : [];
            statements.forEach((statement, s) => {
                if (typeof statement !== 'string')
                    return;
                for (const match of statement.matchAll(/set\(\s*(?:resource\.)?attributes\["([^"\]]{1,200})"\]/g)) {
                    found.push({ key: match[1], path: (0,adapter/* isRecord */.u4)(group) ? ['log_statements', g, 'statements', s] : ['log_statements', g] });
                }
            });
        });
        return found;
    }
    return [];
}
const otelCollectorConfig = {
    format: 'otel-collector',
    schema: otel_collector_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && (0,adapter/* isRecord */.u4)(value.service) && (0,adapter/* isRecord */.u4)(value.service.pipelines) && ((0,adapter/* isRecord */.u4)(value.exporters) || (0,adapter/* isRecord */.u4)(value.receivers)),
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(otel_collector_SCHEMA, doc, 'OpenTelemetry Collector config');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const config = { format: 'otel-collector', file: doc.file, pipelines: [], recorded: [], cannotShow: ['input', 'output', 'operator-action'], problems: [] };
        let shortest;
        for (const [name, pipeline] of Object.entries(raw.service.pipelines)) {
            if (typeOf(name) !== 'logs' || !(0,adapter/* isRecord */.u4)(pipeline))
                continue;
            const base = ['service', 'pipelines', name];
            const defined = (section, id) => (0,adapter/* isRecord */.u4)(raw[section]) && Object.hasOwn(raw[section], id);
            const ids = (list) => (Array.isArray(pipeline[list]) ? pipeline[list] : []).map((id, index) => ({ id: String(id), path: [...base, list, index] }));
            const undefinedIn = (list, sections) => {
                for (const { id, path } of ids(list)) {
                    if (!sections.some((section) => defined(section, id)))
                        config.problems.push({ message: `${doc.file}: pipeline ${name} names ${list.replace(/s$/, '')} ${id}, which is not defined`, at: (0,adapter.at)(doc, path) });
                }
            };
            undefinedIn('receivers', ['receivers', 'connectors']);
            undefinedIn('processors', ['processors']);
            undefinedIn('exporters', ['exporters', 'connectors']);
            const destinations = ids('exporters')
                .filter(({ id }) => defined('exporters', id))
                .map(({ id, path }) => {
                const type = typeOf(id);
                const kind = otel_collector_NOWHERE.has(type) ? 'none' : otel_collector_LOCAL.has(type) ? 'file' : 'remote';
                const retention = statedRetention(type, raw.exporters?.[id]);
                if (retention && (!shortest || retention.days < shortest.days)) {
                    shortest = { days: retention.days, at: (0,adapter.at)(doc, ['exporters', id, ...retention.path]), source: `exporter ${id} ${retention.source}` };
                }
                return { name: id, kind, at: (0,adapter.at)(doc, path) };
            });
            config.pipelines.push({ name, at: (0,adapter.at)(doc, base), destinations });
            config.recorded.push({ category: 'timestamp', source: 'every OTLP log record carries Timestamp and ObservedTimestamp', at: (0,adapter.at)(doc, base) });
            for (const { id } of ids('processors')) {
                for (const { key, path } of keysSet(typeOf(id), raw.processors?.[id])) {
                    if (isModelVersionKey(key))
                        config.recorded.push({ category: 'model-version', source: `processor ${id} sets ${key}`, at: (0,adapter.at)(doc, ['processors', id, ...path]) });
                }
            }
        }
        if (shortest)
            config.retention = { value: shortest.days, at: shortest.at, source: shortest.source };
        else
            config.cannotShow.push('retention');
        if (!config.recorded.some((r) => r.category === 'model-version'))
            config.cannotShow.push('model-version');
        return { ok: true, value: config };
    },
};

;// CONCATENATED MODULE: ./build/evidence/logging/formats.js




const loggingConfigs = {
    id: 'logging',
    what: 'logging config',
    adapters: [modelgateLogging, otelCollectorConfig, fluentBitConfig],
    parse: (file, text) => (file.toLowerCase().endsWith('.conf') || looksClassic(text) ? parseFluentBitClassic(text, file) : undefined),
    extensions: ['conf'],
    includes: classicIncludes,
    merge: mergeClassic,
};

;// CONCATENATED MODULE: ./build/evidence/logging/checks.js



function checks_entriesOf(logging) {
    const configs = logging && typeof logging === 'object' ? logging.configs : undefined;
    return Array.isArray(configs) ? configs.filter((entry) => Boolean(entry) && typeof entry === 'object') : [];
}
function loadConfig(system, entry) {
    if (typeof entry.path !== 'string' || entry.path.trim() === '')
        return undefined;
    return system.evidence.evidence(loggingConfigs, entry.path, typeof entry.format === 'string' ? entry.format : undefined);
}
/** The cited configs that could be read (the others are logging/config-readable's findings). */
function readableConfigs(system, logging) {
    return checks_entriesOf(logging).flatMap((entry) => {
        const config = loadConfig(system, entry);
        return config?.ok ? [config.value] : [];
    });
}
const FORMAT_NAME = { 'otel-collector': 'an OpenTelemetry Collector config', 'fluent-bit': 'a Fluent Bit config', modelgate: 'a modelgate logging declaration' };
const formatName = (format) => FORMAT_NAME[format] ?? format;
const logging_checks_noOptions = { type: 'object', additionalProperties: false };
const noConfig = { skip: 'no logging config is cited (monitoring.logging.configs)' };
const loggingConfigReadable = (0,check/* defineFunction */.Oh)({
    name: 'logging-config-readable',
    description: 'A cited logging config exists, parses, is in a supported format, and every component its pipelines name is defined and routed.',
    optionsSchema: logging_checks_noOptions,
    check({ target, targetPath, system }) {
        const entry = (target && typeof target === 'object' ? target : {});
        const config = loadConfig(system, entry);
        if (!config)
            return [{ message: 'the logging config entry has no path', path: targetPath }];
        if (!config.ok)
            return [{ message: config.problem.message, path: [...targetPath, 'path'], ...(config.problem.at ? { at: config.problem.at } : {}) }];
        return config.value.problems.map((problem) => ({ message: problem.message, at: problem.at }));
    },
});
const loggingPipeline = (0,check/* defineFunction */.Oh)({
    name: 'logging-pipeline',
    description: 'The cited logging configs have a logs pipeline that sends records to a destination that keeps them (a file or a log backend, not stdout or a debug exporter).',
    optionsSchema: logging_checks_noOptions,
    check({ target, system }) {
        const configs = readableConfigs(system, target);
        if (configs.length === 0)
            return noConfig;
        // Our declaration without a `store` says nothing about where logs go.
        const showing = configs.filter((config) => config.format !== 'modelgate' || config.pipelines.length > 0);
        if (showing.length === 0)
            return { skip: 'the cited logging declaration does not say where logs are stored (store)' };
        if (showing.some((config) => config.pipelines.some((pipeline) => pipeline.destinations.some((d) => d.kind !== 'none'))))
            return [];
        return showing.map((config) => {
            const included = config.unfollowed?.[0];
            if (included) {
                const names = (config.unfollowed ?? []).map((file) => file.value).join(', ');
                return {
                    message: `${config.file} sends no log record to a destination that keeps it, and it includes ${names} (includes:), which modelgate does not read in a YAML config; put the inputs and outputs that keep logs in the cited file`,
                    at: included.at,
                };
            }
            const pipeline = config.pipelines[0];
            if (!pipeline)
                return { message: `${config.file} has no logs pipeline, so no log record is kept`, at: { file: config.file, line: 1, column: 1 } };
            // Each destination once: a config of many printing outputs is not a message of many names.
            const names = [...new Set(config.pipelines.flatMap((p) => p.destinations.map((d) => d.name)))];
            return {
                message: `${config.file}: the logs ${names.length === 0 ? 'pipeline has no destination' : `go only to ${names.join(', ')}, which keep${names.length === 1 ? 's' : ''} nothing`}; send them to a file or a log backend`,
                at: pipeline.destinations[0]?.at ?? pipeline.at,
            };
        });
    },
});
const loggingRetention = (0,check/* defineFunction */.Oh)({
    name: 'logging-retention',
    description: 'Where a cited logging config states how long logs are kept, it is at least `minDays` days.',
    optionsSchema: { type: 'object', required: ['minDays'], additionalProperties: false, properties: { minDays: { type: 'number', minimum: 0 } } },
    check({ target, options, system }) {
        const configs = readableConfigs(system, target);
        if (configs.length === 0)
            return noConfig;
        const stated = configs.filter((config) => config.retention !== undefined);
        if (stated.length === 0) {
            return { skip: `the cited logging configs state no retention (${[...new Set(configs.map((c) => formatName(c.format)))].join(', ')} cannot, unless an exporter sets one); monitoring/event-logging checks the manifest's retentionDays` };
        }
        return stated.flatMap((config) => {
            const retention = config.retention;
            return retention.value < options.minDays
                ? [{ message: `${config.file} keeps logs ${days(retention.value)} (${retention.source}), fewer than the ${options.minDays} required`, at: retention.at }]
                : [];
        });
    },
});
const days = (n) => `${Number.isInteger(n) ? n : n.toFixed(1)} day${n === 1 ? '' : 's'}`;
const loggingAgrees = (0,check/* defineFunction */.Oh)({
    name: 'logging-agrees',
    description: "The manifest's monitoring.logging (`enabled`, `retentionDays`, `events`) says what the cited logging configs say.",
    optionsSchema: logging_checks_noOptions,
    check({ target, targetPath, system }) {
        const configs = readableConfigs(system, target);
        if (configs.length === 0)
            return noConfig;
        const logging = (target ?? {});
        const failures = [];
        const keeps = configs.some((config) => config.pipelines.some((p) => p.destinations.some((d) => d.kind !== 'none')));
        for (const config of configs) {
            if (config.enabled && logging.enabled !== undefined && config.enabled.value !== logging.enabled) {
                failures.push({ message: `${config.file} says enabled: ${config.enabled.value}, the manifest's monitoring.logging.enabled ${logging.enabled}`, at: config.enabled.at });
            }
            if (config.retention && typeof logging.retentionDays === 'number' && config.retention.value !== logging.retentionDays) {
                failures.push({
                    message: `${config.file} keeps logs ${days(config.retention.value)} (${config.retention.source}), but the manifest declares retentionDays: ${logging.retentionDays}`,
                    at: config.retention.at,
                });
            }
        }
        if (logging.enabled === false && keeps) {
            failures.push({ message: 'monitoring.logging.enabled is false, but a cited logging config keeps log records', path: [...targetPath, 'enabled'] });
        }
        const declared = configs.flatMap((config) => config.events ?? []);
        if (declared.length > 0) {
            const names = new Set(declared.map((event) => event.value.toLowerCase()));
            const events = typeof logging.events === 'string' ? [logging.events] : Array.isArray(logging.events) ? logging.events : [];
            events.forEach((event, index) => {
                if (typeof event === 'string' && !names.has(event.toLowerCase())) {
                    failures.push({
                        message: `the manifest lists event "${event}", which no cited logging declaration records`,
                        path: typeof logging.events === 'string' ? [...targetPath, 'events'] : [...targetPath, 'events', index],
                    });
                }
            });
        }
        return failures;
    },
});
const loggingEvents = (0,check/* defineFunction */.Oh)({
    name: 'logging-events',
    description: 'The cited logging configs record each required category of field (timestamp, input or its reference, output, model version, operator action); a category their format cannot show is left to the manifest.',
    optionsSchema: {
        type: 'object',
        required: ['required'],
        additionalProperties: false,
        properties: { required: { type: 'array', minItems: 1, items: { enum: [...LOG_CATEGORIES] } } },
    },
    check({ target, options, system }) {
        const configs = readableConfigs(system, target);
        if (configs.length === 0)
            return noConfig;
        const recorded = new Set(configs.flatMap((config) => config.recorded.map((r) => r.category)));
        const failures = [];
        const unknown = [];
        for (const category of options.required) {
            if (recorded.has(category))
                continue;
            const couldShow = configs.find((config) => !config.cannotShow.includes(category));
            if (couldShow)
                failures.push({ message: `${couldShow.file} records no ${category} field in any event`, at: couldShow.events?.[0]?.at ?? { file: couldShow.file, line: 1, column: 1 } });
            else
                unknown.push(category);
        }
        if (failures.length > 0 || unknown.length === 0)
            return failures;
        return {
            skip: `the cited logging configs cannot show whether ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} recorded (the application writes those fields); cite a modelgate logging declaration (docs/manifest.md) to have them judged`,
        };
    },
});
const eventLoggingDeclared = (0,check/* defineFunction */.Oh)({
    name: 'event-logging-declared',
    description: "monitoring.logging declares logging enabled and a retention of at least `minRetentionDays`, for what no cited logging config shows (where and how long logs are kept); a config that shows it is judged by the logging/* rules instead.",
    optionsSchema: { type: 'object', required: ['minRetentionDays'], additionalProperties: false, properties: { minRetentionDays: { type: 'number', minimum: 0 } } },
    check({ value, path, options, system }) {
        const manifest = (value && typeof value === 'object' ? value : {});
        const raw = manifest.monitoring && typeof manifest.monitoring === 'object' ? manifest.monitoring.logging : undefined;
        const logging = (raw && typeof raw === 'object' ? raw : {});
        const at = (field) => [...path, 'monitoring', 'logging', field];
        const configs = readableConfigs(system, logging);
        const failures = [];
        const showsPipeline = configs.some((config) => config.pipelines.length > 0 || config.enabled !== undefined);
        const showsRetention = configs.some((config) => config.retention !== undefined);
        if (showsPipeline && showsRetention)
            return { skip: 'the cited logging configs show where logs go and how long they are kept; the logging/* rules judge them' };
        if (!showsPipeline && logging.enabled !== true) {
            failures.push({ message: logging.enabled === undefined ? 'monitoring.logging.enabled is missing (must be true)' : `monitoring.logging.enabled is ${JSON.stringify(logging.enabled)}, not true`, path: at('enabled') });
        }
        if (!showsRetention) {
            const retention = logging.retentionDays;
            if (typeof retention !== 'number')
                failures.push({ message: retention === undefined || retention === null ? 'monitoring.logging.retentionDays is missing' : 'monitoring.logging.retentionDays is not a number', path: at('retentionDays') });
            else if (retention < options.minRetentionDays)
                failures.push({ message: `monitoring.logging.retentionDays is ${retention}, below the minimum ${options.minRetentionDays}`, path: at('retentionDays') });
        }
        return failures;
    },
});
const LOGGING_CHECKS = [loggingConfigReadable, loggingPipeline, loggingRetention, loggingAgrees, loggingEvents, eventLoggingDeclared];

;// CONCATENATED MODULE: ./build/evidence/logging/kind.js
/** Logging configs the system ships (OpenTelemetry Collector, Fluent Bit, ours), cited by `monitoring.logging.configs[].path`: Art. 12 logs, Art. 19/26(6) retention. */



const logging = {
    ...loggingConfigs,
    citedBy: ['monitoring.logging.configs.*.path'],
    formatField: 'monitoring.logging.configs.*.format',
    checks: LOGGING_CHECKS,
    docs: {
        heading: 'Logging configs (`monitoring.logging.configs[].format`)',
        readsHeading: 'Read from it',
        formats: [
            {
                format: 'modelgate',
                what: 'our logging declaration, YAML or JSON: the events, each field and what it records, the store, the retention',
                reads: 'everything; cite it beside a collector or Fluent Bit config to state the fields they cannot show',
            },
            {
                format: 'otel-collector',
                link: 'https://opentelemetry.io/docs/collector/configuration/',
                what: 'an OpenTelemetry Collector config (`receivers`, `processors`, `exporters`, `service.pipelines`)',
                reads: "the `logs` pipelines and their exporters (debug, logging and nop keep nothing); a retention only where an exporter states one (file `rotation.max_days`, awscloudwatchlogs `log_retention`, clickhouse `ttl`); a model version set by a resource, attributes or transform processor; timestamps (every OTLP log record has one). Not the fields the application writes",
            },
            {
                format: 'fluent-bit',
                link: 'https://docs.fluentbit.io/manual/administration/configuring-fluent-bit',
                what: 'a Fluent Bit config, classic (`[INPUT]`, `[FILTER]`, `[OUTPUT]`, a `.conf` file, with the files it `@INCLUDE`s by name, read in from its folder) or YAML (`pipeline:`)',
                reads: "outputs whose `Match` selects an input's `Tag` (stdout, null and counter keep nothing); a model version added by a record_modifier or modify filter; timestamps. No retention in days, and not the fields the application writes",
            },
        ],
    },
    init: {
        // Whether logging is on and how long logs are kept are the team's to declare (the gate asks).
        cite(manifest, found) {
            (0,init_citation/* citeAt */.pZ)(manifest, ['monitoring', 'logging', 'configs'], (0,init_citation/* pathsAndFormats */.Kw)(found));
        },
    },
};

// EXTERNAL MODULE: ./build/load/source-doc.js
var source_doc = __nccwpck_require__(5121);
;// CONCATENATED MODULE: ./build/evidence/security-scan/modelgate.js

const security_scan_modelgate_SCHEMA = 'security-scan.schema.json';
const modelgateScan = {
    format: 'modelgate',
    schema: security_scan_modelgate_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && value.schema === 'modelgate/security-scan@1',
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(security_scan_modelgate_SCHEMA, doc, 'security scan');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const scan = {
            format: 'modelgate',
            file: doc.file,
            scannedAt: { value: raw.scannedAt, at: (0,adapter.at)(doc, ['scannedAt']) },
            scanned: raw.scanned,
            issues: raw.issues.map((issue, index) => ({ ...issue, at: (0,adapter.at)(doc, ['issues', index, 'severity']) })),
            errors: (raw.errors ?? []).map((error, index) => ({ ...error, at: (0,adapter.at)(doc, ['errors', index]) })),
            skipped: (raw.skipped ?? []).map((skipped, index) => ({
                source: skipped.source,
                description: skipped.description ?? 'skipped',
                at: (0,adapter.at)(doc, ['skipped', index, 'source']),
            })),
            inconsistencies: [],
        };
        return { ok: true, value: scan };
    },
};

;// CONCATENATED MODULE: ./build/evidence/security-scan/types.js
const SCAN_SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

;// CONCATENATED MODULE: ./build/evidence/security-scan/modelscan.js


const modelscan_SCHEMA = 'modelscan-report.schema.json';
const modelscanReport = {
    format: 'modelscan',
    schema: modelscan_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && (0,adapter/* isRecord */.u4)(value.summary) && (0,adapter/* isRecord */.u4)(value.summary.total_issues_by_severity) && Array.isArray(value.issues),
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(modelscan_SCHEMA, doc, 'modelscan report');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const scan = {
            format: 'modelscan',
            file: doc.file,
            scanned: raw.summary.scanned.scanned_files ?? [],
            issues: raw.issues.map((issue, index) => ({
                severity: issue.severity,
                description: issue.description,
                ...(issue.operator !== undefined ? { operator: issue.operator } : {}),
                ...(issue.module !== undefined ? { module: issue.module } : {}),
                source: issue.source,
                at: (0,adapter.at)(doc, ['issues', index, 'severity']),
            })),
            errors: raw.errors.map((error, index) => ({
                description: error.description,
                ...(error.source !== undefined ? { source: error.source } : {}),
                at: (0,adapter.at)(doc, ['errors', index]),
            })),
            skipped: (raw.summary.skipped?.skipped_files ?? []).map((skipped, index) => ({
                source: skipped.source,
                description: skipped.description ?? skipped.category ?? 'skipped',
                at: (0,adapter.at)(doc, ['summary', 'skipped', 'skipped_files', index, 'source']),
            })),
            inconsistencies: [],
        };
        const timestamp = (0,adapter/* dateText */.MK)(raw.summary.timestamp);
        if (timestamp)
            scan.scannedAt = { value: timestamp, at: (0,adapter.at)(doc, ['summary', 'timestamp']) };
        // The summary counts what the issues list holds; a list cut short disagrees with it.
        for (const severity of SCAN_SEVERITIES) {
            const counted = raw.summary.total_issues_by_severity[severity];
            const listed = scan.issues.filter((issue) => issue.severity === severity).length;
            if (counted !== undefined && counted !== listed) {
                scan.inconsistencies.push({
                    message: `${doc.file}: the summary counts ${counted} ${severity} issue${counted === 1 ? '' : 's'} but the report lists ${listed}`,
                    at: (0,adapter.at)(doc, ['summary', 'total_issues_by_severity', severity]),
                });
            }
        }
        const total = raw.summary.scanned.total_scanned;
        if (raw.summary.scanned.scanned_files && total !== raw.summary.scanned.scanned_files.length) {
            scan.inconsistencies.push({
                message: `${doc.file}: the summary counts ${total} scanned files but lists ${raw.summary.scanned.scanned_files.length}`,
                at: (0,adapter.at)(doc, ['summary', 'scanned', 'total_scanned']),
            });
        }
        return { ok: true, value: scan };
    },
};

;// CONCATENATED MODULE: ./build/evidence/security-scan/formats.js


const securityScans = {
    id: 'security-scan',
    what: 'model security scan',
    adapters: [modelgateScan, modelscanReport],
};

;// CONCATENATED MODULE: ./build/evidence/security-scan/checks.js



function loadScan(system, entry) {
    if (!entry || typeof entry !== 'object')
        return undefined;
    const { path, format } = entry;
    if (typeof path !== 'string' || path.trim() === '')
        return undefined;
    return system.evidence.evidence(securityScans, path, typeof format === 'string' ? format : undefined);
}
/** The artifacts the manifest declares (possibly none). */
function artifactsOf(data) {
    const list = Array.isArray(data.artifacts) ? data.artifacts : [];
    return list.flatMap((item, index) => item && typeof item === 'object' && typeof item.path === 'string' && item.path.trim() !== ''
        ? [{ path: item.path, ...(typeof item.date === 'string' ? { date: item.date } : {}), index }]
        : []);
}
const clean = (file) => file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
/** Whether a scanned file (`model.pkl`, `bundle.zip:data.pkl`) is the artifact (`model/model.pkl`, `bundle.zip`). */
function sameFile(artifact, scanned) {
    const a = clean(artifact);
    const s = clean(scanned.split(':')[0] ?? scanned); // a member of an archive is in the archive
    if (a === '' || s === '')
        return false;
    return a === s || a.endsWith(`/${s}`) || s.endsWith(`/${a}`);
}
/** Whether a file the scan names is one the system ships (every file, when no artifacts are declared). */
const ships = (artifacts, source) => source === undefined || artifacts.length === 0 || artifacts.some((artifact) => sameFile(artifact.path, source));
const security_scan_checks_noOptions = { type: 'object', additionalProperties: false };
const checks_short = (text) => (text.length > 160 ? `${text.slice(0, 157)}...` : text);
const securityScanReadable = (0,check/* defineFunction */.Oh)({
    name: 'security-scan-readable',
    description: "A cited security scan exists, parses, is in a supported format, and its summary agrees with its issues.",
    optionsSchema: security_scan_checks_noOptions,
    check({ target, targetPath, system }) {
        const scan = loadScan(system, target);
        if (!scan)
            return [{ message: 'the security scan entry has no path', path: targetPath }];
        if (!scan.ok)
            return [{ message: scan.problem.message, path: [...targetPath, 'path'], at: scan.problem.at }];
        return scan.value.inconsistencies.map((problem) => ({ message: problem.message, at: problem.at }));
    },
});
const securityScanIssues = (0,check/* defineFunction */.Oh)({
    name: 'security-scan-issues',
    description: 'A cited security scan found no issue of the given severities in a file the system ships, and did not fail on one.',
    optionsSchema: {
        type: 'object',
        required: ['severities'],
        additionalProperties: false,
        properties: { severities: { type: 'array', minItems: 1, items: { enum: [...SCAN_SEVERITIES] } } },
    },
    check({ target, options, system }) {
        const scan = loadScan(system, target);
        if (!scan?.ok)
            return []; // security/scan-readable's finding
        const artifacts = artifactsOf(system.manifest.data);
        const failures = [];
        const tool = scan.value.format === 'modelscan' ? 'modelscan' : 'the scan';
        for (const issue of scan.value.issues) {
            if (!options.severities.includes(issue.severity) || !ships(artifacts, issue.source))
                continue;
            failures.push({ message: `${tool} found a ${issue.severity} issue in ${issue.source}: ${checks_short(issue.description)}`, at: issue.at });
        }
        for (const error of scan.value.errors) {
            if (!ships(artifacts, error.source))
                continue;
            failures.push({ message: `${tool} failed${error.source ? ` on ${error.source}` : ''}, so it cannot show the model is safe: ${checks_short(error.description)}`, at: error.at });
        }
        return failures;
    },
});
const securityScanCoversArtifacts = (0,check/* defineFunction */.Oh)({
    name: 'security-scan-covers-artifacts',
    description: 'Every model file the manifest says the system ships (`artifacts`) was scanned by a cited security scan, not skipped.',
    optionsSchema: security_scan_checks_noOptions,
    check({ path, system }) {
        const artifacts = artifactsOf(system.manifest.data);
        if (artifacts.length === 0)
            return { skip: 'the manifest lists no artifacts (the model files it ships)' };
        const entries = system.manifest.data.assurance?.security?.scans;
        const scans = (Array.isArray(entries) ? entries : []).map((entry) => loadScan(system, entry)).filter((s) => s?.ok === true);
        if (scans.length === 0)
            return { skip: 'no readable security scan is cited' };
        const failures = [];
        for (const artifact of artifacts) {
            if (scans.some((scan) => scan.value.scanned.some((file) => sameFile(artifact.path, file))))
                continue;
            const skipped = scans.flatMap((scan) => scan.value.skipped).find((entry) => sameFile(artifact.path, entry.source));
            const at = [...path, 'artifacts', artifact.index, 'path'];
            failures.push({
                message: skipped
                    ? `${artifact.path} ships but the security scan skipped it (${checks_short(skipped.description)})`
                    : `${artifact.path} ships but no cited security scan scanned it`,
                path: at,
            });
        }
        return failures;
    },
});
const securityScanFresh = (0,check/* defineFunction */.Oh)({
    name: 'security-scan-fresh',
    description: "A cited security scan is no older than the model files it scanned: its timestamp (else the citation's `date`) is on or after each scanned artifact's `date`.",
    optionsSchema: security_scan_checks_noOptions,
    check({ target, targetPath, system }) {
        const scan = loadScan(system, target);
        if (!scan?.ok)
            return [];
        const dated = artifactsOf(system.manifest.data).filter((artifact) => artifact.date !== undefined && scan.value.scanned.some((file) => sameFile(artifact.path, file)));
        if (dated.length === 0)
            return { skip: 'no artifact with a date that this scan scanned' };
        const cited = target.date;
        const when = scan.value.scannedAt ?? (typeof cited === 'string' ? { value: cited, at: undefined } : undefined);
        if (!when)
            return [{ message: `${scan.value.file} has no timestamp and its citation no date, so its freshness cannot be shown`, path: targetPath }];
        // modelscan writes the scanning machine's local time without a zone: compare calendar days.
        const scanDay = when.value.slice(0, 10);
        return dated
            .filter((artifact) => scanDay < artifact.date.slice(0, 10))
            .map((artifact) => ({
            message: `the security scan (${scanDay}) is older than ${artifact.path} (${artifact.date}); scan the model file that ships`,
            ...(when.at ? { at: when.at } : { path: [...targetPath, 'date'] }),
        }));
    },
});
const SECURITY_SCAN_CHECKS = [securityScanReadable, securityScanIssues, securityScanCoversArtifacts, securityScanFresh];

;// CONCATENATED MODULE: ./build/evidence/ml-bom/common.js

/** "SHA-256", "sha256", "SHA_256" → "sha256". */
function hashAlg(name) {
    return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}
/** A hash entry as the BOM writes it, when its algorithm and value are strings. */
function bomHash(doc, path, alg, value) {
    if (typeof alg !== 'string' || typeof value !== 'string' || value.trim() === '')
        return undefined;
    return { alg: hashAlg(alg), value: value.trim().toLowerCase(), at: (0,adapter.at)(doc, path) };
}
/** The items of an array field, with their index; nothing when it is not an array. */
function itemsOf(value) {
    if (!Array.isArray(value))
        return [];
    return value.flatMap((item, index) => ((0,adapter/* isRecord */.u4)(item) ? [[item, index]] : []));
}
/** A non-empty string, trimmed. */
function textOf(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

;// CONCATENATED MODULE: ./build/evidence/ml-bom/cyclonedx.js


const cyclonedx_SCHEMA = 'cyclonedx-bom.schema.json';
/** Nested components deeper than this are not followed (a hostile BOM could nest without end). */
const MAX_DEPTH = 32;
const MAX_COMPONENTS = 10_000;
const cycloneDxMlBom = {
    format: 'cyclonedx',
    schema: cyclonedx_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && value.bomFormat === 'CycloneDX',
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(cyclonedx_SCHEMA, doc, 'CycloneDX BOM');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const bom = { format: 'cyclonedx', file: doc.file, specVersion: raw.specVersion, datasets: [], files: [], problems: [] };
        const [major = 0, minor = 0] = raw.specVersion.split('.').map(Number);
        if (major < 1 || (major === 1 && minor < 5)) {
            bom.problems.push({ message: `${doc.file} is CycloneDX ${raw.specVersion}; an ML-BOM needs 1.5 or later (where modelCard was added)`, at: (0,adapter.at)(doc, ['specVersion']) });
        }
        const all = componentsOf(raw);
        const models = all.filter((c) => c.component.type === 'machine-learning-model');
        const chosen = models.find((c) => (0,adapter/* isRecord */.u4)(c.component.modelCard)) ?? models[0];
        if (!chosen) {
            bom.problems.push({ message: `${doc.file} lists no machine-learning-model component`, at: (0,adapter.at)(doc, [raw.components === undefined ? 'bomFormat' : 'components']) });
        }
        else {
            bom.model = modelOf(doc, chosen);
            if (!(0,adapter/* isRecord */.u4)(chosen.component.modelCard))
                bom.problems.push({ message: `${doc.file}: the model component has no modelCard`, at: bom.model.at });
        }
        // Datasets: every `data` component, and those the model card names.
        const byRef = new Map();
        for (const found of all) {
            const ref = textOf(found.component['bom-ref']);
            if (ref)
                byRef.set(ref, found);
            // A data component's `data[]` entries have refs of their own that a model card may name.
            for (const [entry] of itemsOf(found.component.data)) {
                const inner = textOf(entry['bom-ref']);
                if (inner && !byRef.has(inner))
                    byRef.set(inner, found);
            }
        }
        const seen = new Set();
        const addDataset = (found) => {
            if (seen.has(found.component))
                return;
            seen.add(found.component);
            const dataset = cyclonedx_datasetOf(doc, found);
            if (dataset)
                bom.datasets.push(dataset);
        };
        for (const found of all)
            if (found.component.type === 'data')
                addDataset(found);
        if (chosen && (0,adapter/* isRecord */.u4)(chosen.component.modelCard)) {
            const parameters = chosen.component.modelCard.modelParameters;
            const listPath = [...chosen.path, 'modelCard', 'modelParameters', 'datasets'];
            for (const [entry, index] of (0,adapter/* isRecord */.u4)(parameters) ? itemsOf(parameters.datasets) : []) {
                const ref = textOf(entry.ref);
                if (ref) {
                    const target = byRef.get(ref);
                    if (target)
                        addDataset(target);
                    else
                        bom.problems.push({ message: `${doc.file}: the model card's dataset ref "${ref}" names no component`, at: (0,adapter.at)(doc, [...listPath, index, 'ref']) });
                }
                else {
                    addDataset({ component: entry, path: [...listPath, index] });
                }
            }
        }
        for (const found of all) {
            if (found.component.type !== 'file')
                continue;
            const file = fileOf(doc, found);
            if (file)
                bom.files.push(file);
        }
        return { ok: true, value: bom };
    },
};
/** Every component with where it is: metadata.component, then components, depth first. */
function componentsOf(raw) {
    const found = [];
    const visit = (list, path, depth) => {
        if (depth > MAX_DEPTH)
            return;
        for (const [component, index] of itemsOf(list)) {
            if (found.length >= MAX_COMPONENTS)
                return;
            found.push({ component, path: [...path, index] });
            visit(component.components, [...path, index, 'components'], depth + 1);
        }
    };
    if ((0,adapter/* isRecord */.u4)(raw.metadata) && (0,adapter/* isRecord */.u4)(raw.metadata.component)) {
        found.push({ component: raw.metadata.component, path: ['metadata', 'component'] });
        visit(raw.metadata.component.components, ['metadata', 'component', 'components'], 1);
    }
    visit(raw.components, ['components'], 0);
    return found;
}
function licensesOf(doc, component, path) {
    return itemsOf(component.licenses).flatMap(([entry, index]) => {
        const expression = textOf(entry.expression);
        if (expression)
            return [{ value: expression, at: (0,adapter.at)(doc, [...path, 'licenses', index, 'expression']) }];
        const license = (0,adapter/* isRecord */.u4)(entry.license) ? entry.license : undefined;
        const id = textOf(license?.id);
        if (id)
            return [{ value: id, at: (0,adapter.at)(doc, [...path, 'licenses', index, 'license', 'id']) }];
        const name = textOf(license?.name);
        return name ? [{ value: name, at: (0,adapter.at)(doc, [...path, 'licenses', index, 'license', 'name']) }] : [];
    });
}
function hashesOf(doc, component, path) {
    return itemsOf(component.hashes).flatMap(([entry, index]) => bomHash(doc, [...path, 'hashes', index, 'content'], entry.alg, entry.content) ?? []);
}
function modelOf(doc, { component, path }) {
    const name = textOf(component.name) ?? '';
    const version = textOf(component.version);
    const parameters = {};
    const card = (0,adapter/* isRecord */.u4)(component.modelCard) ? component.modelCard : undefined;
    const given = (0,adapter/* isRecord */.u4)(card?.modelParameters) ? card.modelParameters : undefined;
    for (const key of ['task', 'architectureFamily', 'modelArchitecture']) {
        const value = textOf(given?.[key]);
        if (value)
            parameters[key] = value;
    }
    const approach = (0,adapter/* isRecord */.u4)(given?.approach) ? textOf(given.approach.type) : undefined;
    if (approach)
        parameters.approach = approach;
    return {
        name: { value: name, at: (0,adapter.at)(doc, [...path, 'name']) },
        ...(version ? { version: { value: version, at: (0,adapter.at)(doc, [...path, 'version']) } } : {}),
        licenses: licensesOf(doc, component, path),
        hashes: hashesOf(doc, component, path),
        parameters,
        at: (0,adapter.at)(doc, [...path, 'type']),
    };
}
function cyclonedx_datasetOf(doc, { component, path }) {
    const name = textOf(component.name);
    if (!name)
        return undefined;
    const version = textOf(component.version);
    return {
        name,
        ...(version ? { version } : {}),
        licenses: licensesOf(doc, component, path),
        hashes: hashesOf(doc, component, path),
        at: (0,adapter.at)(doc, [...path, 'name']),
    };
}
function fileOf(doc, { component, path }) {
    const name = textOf(component.name);
    const hashes = hashesOf(doc, component, path);
    return name && hashes.length > 0 ? { name, hashes, at: (0,adapter.at)(doc, [...path, 'name']) } : undefined;
}

;// CONCATENATED MODULE: ./build/evidence/ml-bom/spdx.js


const spdx_SCHEMA = 'spdx3-document.schema.json';
const LISTED_LICENSE = 'https://spdx.org/licenses/';
/** Licence values that say nothing. */
const NO_LICENSE = new Set(['NOASSERTION', 'NONE']);
const spdxAiBom = {
    format: 'spdx',
    schema: spdx_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) &&
        Array.isArray(value['@graph']) &&
        ((typeof value['@context'] === 'string' && value['@context'].includes('spdx.org/rdf/3')) ||
            value['@graph'].some((element) => (0,adapter/* isRecord */.u4)(element) && (element.type === 'ai_AIPackage' || element.type === 'dataset_DatasetPackage'))),
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(spdx_SCHEMA, doc, 'SPDX 3 document');
        if (problem)
            return { ok: false, problem };
        const graph = itemsOf(doc.value['@graph']);
        const creation = graph.find(([element]) => element.type === 'CreationInfo');
        const specVersion = textOf(creation?.[0].specVersion) ?? '';
        const bom = { format: 'spdx', file: doc.file, specVersion, datasets: [], files: [], problems: [] };
        if (!specVersion.startsWith('3.')) {
            bom.problems.push({
                message: `${doc.file}: ${specVersion ? `SPDX ${specVersion}` : 'no CreationInfo specVersion'}; an AI BOM needs SPDX 3.0 or later`,
                at: creation ? (0,adapter.at)(doc, ['@graph', creation[1], 'specVersion']) : (0,adapter.at)(doc, ['@graph']),
            });
        }
        const byId = new Map();
        for (const entry of graph) {
            const id = textOf(entry[0].spdxId) ?? textOf(entry[0]['@id']);
            if (id)
                byId.set(id, entry);
        }
        const licenses = licensesBySubject(doc, graph, byId);
        const hashes = (element, index) => itemsOf(element.verifiedUsing).flatMap(([hash, h]) => bomHash(doc, ['@graph', index, 'verifiedUsing', h, 'hashValue'], hash.algorithm, hash.hashValue) ?? []);
        const idOf = (element) => textOf(element.spdxId) ?? textOf(element['@id']) ?? '';
        const model = graph.find(([element]) => element.type === 'ai_AIPackage');
        if (!model) {
            bom.problems.push({ message: `${doc.file} has no ai_AIPackage element (the SPDX 3 AI profile's model)`, at: (0,adapter.at)(doc, ['@graph']) });
        }
        else {
            const [element, index] = model;
            const path = ['@graph', index];
            const version = textOf(element.software_packageVersion);
            const parameters = {};
            for (const [key, name] of [['ai_typeOfModel', 'typeOfModel'], ['ai_domain', 'domain']]) {
                const values = (Array.isArray(element[key]) ? element[key] : [element[key]]).map(textOf).filter((v) => v !== undefined);
                if (values.length > 0)
                    parameters[name] = values.join(', ');
            }
            const purpose = textOf(element.software_primaryPurpose);
            if (purpose)
                parameters.primaryPurpose = purpose;
            bom.model = {
                name: { value: textOf(element.name) ?? '', at: (0,adapter.at)(doc, [...path, element.name === undefined ? 'type' : 'name']) },
                ...(version ? { version: { value: version, at: (0,adapter.at)(doc, [...path, 'software_packageVersion']) } } : {}),
                licenses: licenses.get(idOf(element)) ?? [],
                hashes: hashes(element, index),
                parameters,
                at: (0,adapter.at)(doc, [...path, 'type']),
            };
        }
        for (const [element, index] of graph) {
            const name = textOf(element.name);
            if (!name)
                continue;
            if (element.type === 'dataset_DatasetPackage') {
                const version = textOf(element.software_packageVersion);
                bom.datasets.push({
                    name,
                    ...(version ? { version } : {}),
                    licenses: licenses.get(idOf(element)) ?? [],
                    hashes: hashes(element, index),
                    at: (0,adapter.at)(doc, ['@graph', index, 'name']),
                });
            }
            else if (element.type === 'software_File') {
                const fileHashes = hashes(element, index);
                if (fileHashes.length > 0)
                    bom.files.push({ name, hashes: fileHashes, at: (0,adapter.at)(doc, ['@graph', index, 'name']) });
            }
        }
        return { ok: true, value: bom };
    },
};
/** Each element's licences: its hasDeclaredLicense targets, else its hasConcludedLicense ones. */
function licensesBySubject(doc, graph, byId) {
    const declared = new Map();
    const concluded = new Map();
    for (const [element, index] of graph) {
        const kind = element.relationshipType;
        if (kind !== 'hasDeclaredLicense' && kind !== 'hasConcludedLicense')
            continue;
        const from = textOf(element.from);
        if (!from)
            continue;
        const targets = Array.isArray(element.to) ? element.to : [element.to];
        targets.forEach((to, t) => {
            const id = textOf(to);
            if (!id)
                return;
            const target = byId.get(id)?.[0];
            const value = textOf(target?.simplelicensing_licenseExpression) ?? (id.startsWith(LISTED_LICENSE) ? id.slice(LISTED_LICENSE.length) : undefined);
            if (!value || NO_LICENSE.has(value))
                return;
            const map = kind === 'hasDeclaredLicense' ? declared : concluded;
            const list = map.get(from) ?? [];
            list.push({ value, at: (0,adapter.at)(doc, ['@graph', index, 'to', ...(Array.isArray(element.to) ? [t] : [])]) });
            map.set(from, list);
        });
    }
    for (const [from, list] of concluded)
        if (!declared.has(from))
            declared.set(from, list);
    return declared;
}

;// CONCATENATED MODULE: ./build/evidence/ml-bom/formats.js


const mlBoms = {
    id: 'ml-bom',
    what: 'model bill of materials',
    adapters: [cycloneDxMlBom, spdxAiBom],
};

;// CONCATENATED MODULE: ./build/evidence/ml-bom/checks.js




const ml_bom_checks_noOptions = { type: 'object', additionalProperties: false };
function loadBom(system, entry) {
    if (!entry || typeof entry !== 'object')
        return undefined;
    const { path, format } = entry;
    if (typeof path !== 'string' || path.trim() === '')
        return undefined;
    return system.evidence.evidence(mlBoms, path, typeof format === 'string' ? format : undefined);
}
/** The cited BOM, read, or the skip of a rule that only compares (ml-bom/readable reports the rest). */
function readBom(system, entry) {
    const bom = loadBom(system, entry);
    if (!bom?.ok)
        return { skip: 'the ML-BOM could not be read (ml-bom/readable reports why)' };
    return bom.value;
}
const isSkip = (value) => 'skip' in value;
/** Names compared without case, spaces or punctuation: "Credit Risk Scorer" = "credit-risk-scorer". */
const squash = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** Licences compared without case, and a custom licence with or without its LicenseRef- prefix. */
const licenseKey = (text) => text.trim().toLowerCase().replace(/^licenseref-/, '');
const strings = (value) => [].concat(value ?? []).filter((v) => typeof v === 'string' && v.trim() !== '');
const sha256Of = (hashes) => hashes.find((hash) => hash.alg === 'sha256');
const mlBomReadable = (0,check/* defineFunction */.Oh)({
    name: 'ml-bom-readable',
    description: 'A cited ML-BOM exists, parses, is CycloneDX 1.5+ with a machine-learning-model component and its modelCard, or SPDX 3 with an ai_AIPackage, and its dataset references resolve.',
    optionsSchema: ml_bom_checks_noOptions,
    check({ target, targetPath, system }) {
        const bom = loadBom(system, target);
        if (!bom)
            return [{ message: 'the ML-BOM entry has no path', path: targetPath }];
        if (!bom.ok)
            return [{ message: bom.problem.message, path: [...targetPath, 'path'], ...(bom.problem.at ? { at: bom.problem.at } : {}) }];
        return bom.value.problems.map((problem) => ({ message: problem.message, at: problem.at }));
    },
});
const mlBomModelAgrees = (0,check/* defineFunction */.Oh)({
    name: 'ml-bom-model-agrees',
    description: "The ML-BOM's model is this system's: its name is the manifest's id or name (or the card's model-index name), its version the manifest's version.",
    optionsSchema: { type: 'object', required: ['field'], additionalProperties: false, properties: { field: { enum: ['name', 'version'] } } },
    check({ target, options, system }) {
        const bom = readBom(system, target);
        if (isSkip(bom))
            return bom;
        const model = bom.model;
        if (!model)
            return { skip: 'the ML-BOM describes no model (ml-bom/readable reports it)' };
        const data = system.manifest.data;
        if (options.field === 'name') {
            const names = [...strings(data.id), ...strings(data.name), ...cardModelNames(system)];
            if (names.length === 0)
                return { skip: 'the manifest names no system' };
            if (names.some((name) => squash(name) === squash(model.name.value)))
                return [];
            return [{ message: `the ML-BOM's model is "${model.name.value}", but the manifest describes "${(0,source_doc/* asText */.e1)(data.name ?? data.id)}" (${system.id})`, at: model.name.at }];
        }
        const expected = (0,source_doc/* asText */.e1)(data.version ?? '').trim().replace(/^v/i, '');
        if (expected === '')
            return { skip: 'the manifest states no version' };
        if (!model.version)
            return [{ message: `the ML-BOM's model "${model.name.value}" states no version; the manifest describes version ${expected}`, at: model.at }];
        if (model.version.value.replace(/^v/i, '') === expected)
            return [];
        return [{ message: `the ML-BOM's model is version ${model.version.value}, but the manifest describes version ${expected}`, at: model.version.at }];
    },
});
/** The names the card's model-index gives the model. */
function cardModelNames(system) {
    const index = system.card?.meta['model-index'];
    return Array.isArray(index) ? index.flatMap((entry) => strings(entry?.name)) : [];
}
function declaredDatasets(data) {
    const list = Array.isArray(data.data?.datasets) ? data.data.datasets : [];
    return list.flatMap((dataset, index) => {
        if (!dataset || typeof dataset !== 'object' || typeof dataset.id !== 'string' || dataset.id.trim() === '')
            return [];
        return [
            {
                id: dataset.id,
                ...(typeof dataset.license === 'string' && dataset.license.trim() !== '' ? { license: dataset.license } : {}),
                ...(typeof dataset.sha256 === 'string' ? { sha256: dataset.sha256.toLowerCase() } : {}),
                index,
            },
        ];
    });
}
/**
 * The BOM's datasets matched to the manifest's (the same name as its id, squashed): for each
 * declared dataset the first BOM dataset of its name, and the BOM datasets no declared one names.
 * By lookup, once per name: comparing every pair was quadratic (4,000 of each took 20 s).
 */
function matchDatasets(declared, listed) {
    const byName = new Map();
    for (const item of listed) {
        const key = squash(item.name);
        if (!byName.has(key))
            byName.set(key, item);
    }
    const names = new Set();
    const found = new Map();
    for (const dataset of declared) {
        const key = squash(dataset.id);
        names.add(key);
        const item = byName.get(key);
        if (item)
            found.set(dataset, item);
    }
    return { found, extra: listed.filter((item) => !names.has(squash(item.name))) };
}
const mlBomDatasetsAgree = (0,check/* defineFunction */.Oh)({
    name: 'ml-bom-datasets-agree',
    description: "The ML-BOM lists the datasets the manifest declares (data.datasets[].id), no more and no fewer.",
    optionsSchema: ml_bom_checks_noOptions,
    check({ target, system }) {
        const bom = readBom(system, target);
        if (isSkip(bom))
            return bom;
        const declared = declaredDatasets(system.manifest.data);
        if (declared.length === 0 && bom.datasets.length === 0)
            return { skip: 'neither the manifest nor the ML-BOM lists a dataset' };
        const failures = [];
        const { found, extra } = matchDatasets(declared, bom.datasets);
        for (const listed of extra) {
            failures.push({ message: `the ML-BOM lists dataset "${listed.name}", which the manifest does not declare in data.datasets`, at: listed.at });
        }
        for (const dataset of declared) {
            if (found.has(dataset))
                continue;
            failures.push({ message: `dataset "${dataset.id}" is declared in the manifest but not listed in the ML-BOM ${bom.file}`, path: ['manifest', 'data', 'datasets', dataset.index, 'id'] });
        }
        return failures;
    },
});
const mlBomLicensesAgree = (0,check/* defineFunction */.Oh)({
    name: 'ml-bom-licenses-agree',
    description: "The ML-BOM's model licence is the model card's `license` (or `license_name`) and the manifest's `license`; each dataset's licence is the one the manifest declares for it.",
    optionsSchema: ml_bom_checks_noOptions,
    check({ target, system }) {
        const bom = readBom(system, target);
        if (isSkip(bom))
            return bom;
        const failures = [];
        let compared = false;
        const model = bom.model;
        if (model && model.licenses.length > 0) {
            const meta = system.card?.meta ?? {};
            const cardLicense = strings(meta.license)[0];
            const cardNames = [...strings(meta.license), ...strings(meta.license_name)].map(licenseKey);
            const stated = model.licenses.map((l) => licenseKey(l.value));
            const first = model.licenses[0];
            if (cardLicense !== undefined) {
                compared = true;
                if (!stated.some((s) => cardNames.includes(s))) {
                    failures.push({ message: `the ML-BOM's model licence is ${quoted(model.licenses)}, but the model card's license is "${cardLicense}"`, at: first.at });
                }
            }
            const manifestLicense = strings(system.manifest.data.license)[0];
            if (manifestLicense !== undefined) {
                compared = true;
                if (!stated.includes(licenseKey(manifestLicense))) {
                    failures.push({ message: `the ML-BOM's model licence is ${quoted(model.licenses)}, but the manifest's license is "${manifestLicense}"`, at: first.at });
                }
            }
        }
        const datasets = declaredDatasets(system.manifest.data);
        const { found } = matchDatasets(datasets, bom.datasets);
        for (const dataset of datasets) {
            const listed = found.get(dataset);
            if (!listed || listed.licenses.length === 0 || dataset.license === undefined)
                continue;
            compared = true;
            if (listed.licenses.some((l) => licenseKey(l.value) === licenseKey(dataset.license)))
                continue;
            failures.push({
                message: `the ML-BOM gives dataset "${listed.name}" the licence ${quoted(listed.licenses)}, but the manifest declares "${dataset.license}"`,
                at: listed.licenses[0].at,
            });
        }
        return compared ? failures : { skip: 'no licence is stated on both sides (the ML-BOM and the card or manifest)' };
    },
});
const quoted = (licenses) => licenses.map((l) => `"${l.value}"`).join(' and ');
const mlBomHashesAgree = (0,check/* defineFunction */.Oh)({
    name: 'ml-bom-hashes-agree',
    description: "A SHA-256 the ML-BOM gives a file the manifest ships (`artifacts[].sha256`) or a dataset it declares (`data.datasets[].sha256`) is the manifest's.",
    optionsSchema: ml_bom_checks_noOptions,
    check({ target, system }) {
        const bom = readBom(system, target);
        if (isSkip(bom))
            return bom;
        const data = system.manifest.data;
        const failures = [];
        let compared = false;
        const artifacts = Array.isArray(data.artifacts) ? data.artifacts : [];
        // A file can only be an artifact of the same last path segment (sameFile): compared within
        // those, not every artifact with every file.
        const byBase = new Map();
        for (const file of bom.files) {
            const key = baseName(file.name.split(':')[0] ?? file.name);
            const files = byBase.get(key);
            if (files)
                files.push(file);
            else
                byBase.set(key, [file]);
        }
        artifacts.forEach((artifact, index) => {
            if (!artifact || typeof artifact.path !== 'string' || typeof artifact.sha256 !== 'string')
                return;
            const declared = artifact.sha256.toLowerCase();
            for (const file of byBase.get(baseName(artifact.path)) ?? []) {
                const hash = sha256Of(file.hashes);
                if (!hash || !sameFile(artifact.path, file.name))
                    continue;
                compared = true;
                if (hash.value !== declared) {
                    failures.push({ message: `the ML-BOM gives ${file.name} the SHA-256 ${hash.value}, but the manifest declares ${declared} for artifacts[${index}] (${artifact.path})`, at: hash.at });
                }
            }
        });
        const datasets = declaredDatasets(data);
        const { found } = matchDatasets(datasets, bom.datasets);
        for (const dataset of datasets) {
            const listed = found.get(dataset);
            const hash = listed && sha256Of(listed.hashes);
            if (!hash || dataset.sha256 === undefined)
                continue;
            compared = true;
            if (hash.value !== dataset.sha256) {
                failures.push({ message: `the ML-BOM gives dataset "${listed.name}" the SHA-256 ${hash.value}, but the manifest declares ${dataset.sha256}`, at: hash.at });
            }
        }
        return compared ? failures : { skip: 'no file or dataset has a SHA-256 in both the ML-BOM and the manifest' };
    },
});
/** The last segment of a path (`model.onnx` of `./model/model.onnx`), as sameFile compares them. */
const baseName = (file) => file.replace(/\\/g, '/').slice(file.replace(/\\/g, '/').lastIndexOf('/') + 1);
/** The first line of a Git LFS pointer file (git-lfs/git-lfs, docs/spec.md). */
const LFS_HEADER = 'version https://git-lfs.github.com/spec/v1';
/** A pointer is a few lines; a file larger than this is content, not a pointer. */
const LFS_POINTER_MAX_BYTES = 1024;
/**
 * A shipped model file's declared SHA-256 is the file's, when the file is in the repository: the
 * file hashed (streamed, within the fs layer's hashing cap), or, for a Git LFS pointer, the
 * pointer's `oid sha256:`, which is the SHA-256 of the content it stands for.
 */
const artifactSha256 = (0,check/* defineFunction */.Oh)({
    name: 'artifact-sha256',
    description: "A shipped model file's declared sha256 (`artifacts[].sha256`) is the file's SHA-256 when it is in the repository, or the oid of the Git LFS pointer committed in its place.",
    optionsSchema: ml_bom_checks_noOptions,
    check({ target, targetPath, system }) {
        if (!target || typeof target !== 'object')
            return { skip: 'no artifact to check' };
        const { path, sha256 } = target;
        if (typeof sha256 !== 'string' || !/^[a-f0-9]{64}$/i.test(sha256))
            return { skip: 'the artifact declares no sha256' };
        if (typeof path !== 'string' || path.trim() === '' || /^[a-z][a-z0-9+.-]+:/i.test(path))
            return { skip: 'the artifact is not a file in this repository' };
        const declared = sha256.toLowerCase();
        // Model files often live in a registry, not in git: absent is nothing to check.
        const resolved = system.evidence.repo.resolve(path, system.manifest.dir);
        if (!resolved.ok && resolved.problem.kind === 'missing')
            return { skip: `${resolved.rel ?? path} is not in the repository` };
        const located = system.evidence.dataFile(path);
        if (!located.ok)
            return [{ message: `cannot verify sha256: ${located.problem.message}`, path: [...targetPath, 'path'] }];
        const { rel } = located.value;
        const stat = system.evidence.repo.statFile(rel);
        const at = [...targetPath, 'sha256'];
        if (stat.ok && stat.bytes <= LFS_POINTER_MAX_BYTES) {
            const text = system.evidence.repo.readText(rel);
            if (text.ok && text.text.startsWith(LFS_HEADER)) {
                const oid = /^oid sha256:([a-f0-9]{64})$/m.exec(text.text)?.[1];
                if (!oid)
                    return [{ message: `${rel} is a Git LFS pointer without an oid sha256 line, so its content's SHA-256 cannot be read`, path: [...targetPath, 'path'] }];
                return oid === declared ? [] : [{ message: `${rel} is a Git LFS pointer to content with SHA-256 ${oid}, not the declared ${declared}`, path: at }];
            }
        }
        const actual = system.evidence.sha256(rel);
        if (!actual.ok)
            return [{ message: `cannot verify sha256: ${actual.problem.message}`, path: [...targetPath, 'path'] }];
        return actual.value === declared ? [] : [{ message: `sha256 of ${rel} is ${actual.value}, not the declared ${declared}`, path: at }];
    },
});
const ML_BOM_CHECKS = [mlBomReadable, mlBomModelAgrees, mlBomDatasetsAgree, mlBomLicensesAgree, mlBomHashesAgree, artifactSha256];

;// CONCATENATED MODULE: ./build/evidence/ml-bom/kind.js
/** ML-BOMs (CycloneDX 1.5+ with a modelCard, SPDX 3 AI and Dataset profiles), cited by `supplyChain.bom.path`, checked against the manifest and the card. */



const mlBom = {
    ...mlBoms,
    citedBy: ['supplyChain.bom.path'],
    formatField: 'supplyChain.bom.format',
    checks: ML_BOM_CHECKS,
    docs: {
        heading: 'ML-BOMs (`supplyChain.bom.format`)',
        readsHeading: 'Read from it',
        formats: [
            {
                format: 'cyclonedx',
                link: 'https://cyclonedx.org/capabilities/mlbom/',
                what: 'a CycloneDX 1.5 or later JSON BOM with a `machine-learning-model` component and its `modelCard` (what `modelgate bom` writes)',
                reads: 'the model (name, version, licences, hashes, `modelParameters` task and architecture), its datasets (`data` components and the model card\'s `datasets` refs: name, licences, hashes), and `file` components with hashes',
            },
            {
                format: 'spdx',
                link: 'https://spdx.github.io/spdx-spec/v3.0.1/model/AI/AI/',
                what: 'an SPDX 3.0 JSON-LD document with the AI and Dataset profiles',
                reads: 'the `ai_AIPackage` (name, `software_packageVersion`, `verifiedUsing` hashes, `ai_typeOfModel`, `ai_domain`), each `dataset_DatasetPackage`, each `software_File` with hashes; licences from `hasDeclaredLicense` (else `hasConcludedLicense`) relationships',
            },
        ],
    },
    init: {
        // A system has one ML-BOM: the first found.
        cite(manifest, [first]) {
            if (first)
                (0,init_citation/* citeAt */.pZ)(manifest, ['supplyChain', 'bom'], { path: first.file, format: first.format });
        },
    },
};

;// CONCATENATED MODULE: ./build/evidence/monitoring/evidently.js

const evidently_SCHEMA = 'evidently-config.schema.json';
const DRIFT = new Set(['DataDriftPreset', 'ValueDrift', 'DriftedColumnsCount', 'DatasetDriftMetric', 'ColumnDriftMetric', 'DataDriftTable']);
const BOUND_KEYS = ['threshold', 'gt', 'gte', 'lt', 'lte', 'eq'];
function shortType(type) {
    return type.split(':').pop() ?? type;
}
const evidentlyMonitoring = {
    format: 'evidently',
    schema: evidently_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) &&
        Array.isArray(value.metrics) &&
        value.metrics.some((m) => (0,adapter/* isRecord */.u4)(m) && typeof m.type === 'string' && m.type.startsWith('evidently:')),
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(evidently_SCHEMA, doc, 'Evidently report config');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const metrics = raw.metrics.map((item, index) => {
            const type = shortType(item.type);
            const column = typeof item.column === 'string' ? item.column : undefined;
            const metric = { name: column ? `${type}(${column})` : type, at: (0,adapter.at)(doc, ['metrics', index]) };
            if (Array.isArray(item.columns))
                metric.features = item.columns.filter((c) => typeof c === 'string');
            if (DRIFT.has(type)) {
                const method = [item.method, item.num_method, item.cat_method, item.stattest].find((m) => typeof m === 'string');
                if (typeof method === 'string')
                    metric.method = method;
                else
                    metric.methodDefault = true; // Evidently picks a stat test per column type and size
                const threshold = [item.threshold, item.num_threshold, item.cat_threshold, item.stattest_threshold].find((t) => typeof t === 'number');
                if (typeof threshold === 'number')
                    metric.threshold = threshold;
                else
                    metric.thresholdDefault = true; // 0.05 p-value, or 0.1 distance, by stat test
                if (type === 'DriftedColumnsCount' || type === 'DataDriftPreset') {
                    if (typeof item.drift_share === 'number')
                        metric.max = item.drift_share;
                }
            }
            else {
                metric.method = type;
                const tests = Array.isArray(item.tests) ? item.tests.filter(adapter/* isRecord */.u4) : [];
                for (const test of tests) {
                    // "GreaterThanMetricTest" with threshold 0.75 is a minimum; "LessThan…" a maximum.
                    const testType = typeof test.type === 'string' ? shortType(test.type) : '';
                    const direction = /greater|^gt/i.test(testType) ? 'min' : /less|^lt/i.test(testType) ? 'max' : undefined;
                    for (const key of BOUND_KEYS) {
                        const bound = test[key];
                        if (typeof bound !== 'number')
                            continue;
                        if (key.startsWith('g') || (key === 'threshold' && direction === 'min'))
                            metric.min = bound;
                        else if (key.startsWith('l') || (key === 'threshold' && direction === 'max'))
                            metric.max = bound;
                        else
                            metric.threshold = bound;
                    }
                }
            }
            return metric;
        });
        const config = { format: 'evidently', file: doc.file, metrics };
        return { ok: true, value: config };
    },
};

;// CONCATENATED MODULE: ./build/evidence/monitoring/modelgate.js

const monitoring_modelgate_SCHEMA = 'monitoring.schema.json';
const modelgateMonitoring = {
    format: 'modelgate',
    schema: monitoring_modelgate_SCHEMA,
    detect: (value) => typeof value === 'object' && value !== null && value.schema === 'modelgate/monitoring@1',
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(monitoring_modelgate_SCHEMA, doc, 'monitoring config');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const metrics = (raw.metrics ?? []).map((metric, index) => {
            const out = { name: metric.name, at: (0,adapter.at)(doc, ['metrics', index]) };
            if (metric.method !== undefined)
                out.method = metric.method;
            if (metric.threshold !== undefined)
                out.threshold = metric.threshold;
            if (metric.min !== undefined)
                out.min = metric.min;
            if (metric.max !== undefined)
                out.max = metric.max;
            return out;
        });
        const config = { format: 'modelgate', file: doc.file, metrics };
        if (raw.reference)
            config.reference = { value: raw.reference, at: (0,adapter.at)(doc, ['reference']) };
        if (raw.schedule !== undefined)
            config.schedule = { value: { cron: raw.schedule }, at: (0,adapter.at)(doc, ['schedule']) };
        if (raw.alerts?.route !== undefined)
            config.alertRoute = { value: raw.alerts.route, at: (0,adapter.at)(doc, ['alerts', 'route']) };
        if (raw.alerts?.owner !== undefined)
            config.alertOwner = { value: raw.alerts.owner, at: (0,adapter.at)(doc, ['alerts', 'owner']) };
        return { ok: true, value: config };
    },
};

;// CONCATENATED MODULE: ./build/evidence/monitoring/nannyml.js

const nannyml_SCHEMA = 'nannyml-config.schema.json';
const nannymlMonitoring = {
    format: 'nannyml',
    schema: nannyml_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && (0,adapter/* isRecord */.u4)(value.input) && Array.isArray(value.calculators),
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(nannyml_SCHEMA, doc, 'NannyML config');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const metrics = [];
        raw.calculators.forEach((calculator, index) => {
            if (calculator.enabled === false)
                return;
            const params = calculator.params ?? {};
            const metric = { name: calculator.name ?? calculator.type, at: (0,adapter.at)(doc, ['calculators', index]) };
            const methods = ['continuous_methods', 'categorical_methods', 'methods', 'metrics']
                .flatMap((key) => (Array.isArray(params[key]) ? params[key] : []))
                .filter((m) => typeof m === 'string');
            if (methods.length > 0)
                metric.method = [...new Set(methods)].join(', ');
            else
                metric.methodDefault = true;
            if ((0,adapter/* isRecord */.u4)(params.thresholds) && Object.keys(params.thresholds).length > 0) {
                const first = Object.values(params.thresholds).find(adapter/* isRecord */.u4) ?? {};
                if (typeof first.lower === 'number')
                    metric.min = first.lower;
                if (typeof first.upper === 'number')
                    metric.max = first.upper;
                if (metric.min === undefined && metric.max === undefined)
                    metric.thresholdDefault = true; // standard deviation band
            }
            else {
                metric.thresholdDefault = true;
            }
            const columns = params.column_names ?? params.feature_column_names;
            if (Array.isArray(columns))
                metric.features = columns.filter((c) => typeof c === 'string');
            metrics.push(metric);
        });
        const config = {
            format: 'nannyml',
            file: doc.file,
            metrics,
            reference: { value: { dataset: raw.input.reference_data.path }, at: (0,adapter.at)(doc, ['input', 'reference_data']) },
        };
        const scheduling = raw.scheduling;
        if (scheduling?.cron) {
            config.schedule = { value: { cron: scheduling.cron.crontab }, at: (0,adapter.at)(doc, ['scheduling', 'cron', 'crontab']) };
        }
        else if (scheduling?.interval) {
            const { weeks = 0, days = 0, hours = 0, minutes = 0 } = scheduling.interval;
            config.schedule = { value: { everyMinutes: weeks * 10080 + days * 1440 + hours * 60 + minutes }, at: (0,adapter.at)(doc, ['scheduling', 'interval']) };
        }
        return { ok: true, value: config };
    },
};

;// CONCATENATED MODULE: ./build/evidence/monitoring/schedule.js
const MACROS = {
    '@yearly': '0 0 1 1 *',
    '@annually': '0 0 1 1 *',
    '@monthly': '0 0 1 * *',
    '@weekly': '0 0 * * 0',
    '@daily': '0 0 * * *',
    '@midnight': '0 0 * * *',
    '@hourly': '0 * * * *',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const FIELDS = [
    { low: 0, high: 59 },
    { low: 0, high: 23 },
    { low: 1, high: 31 },
    { low: 1, high: 12, names: MONTHS, nameBase: 1 },
    { low: 0, high: 7, names: DAYS, nameBase: 0 },
];
function parseCron(expression) {
    const text = expression.trim();
    // Own keys only: "constructor" or "__proto__" must not find Object.prototype's members.
    const macro = text.toLowerCase();
    const expanded = Object.hasOwn(MACROS, macro) ? MACROS[macro] : text;
    if (expanded.startsWith('@'))
        return { ok: false, problem: `"${text}" is not a schedule this gate can check (use cron or @hourly, @daily, @weekly, @monthly)` };
    const fields = expanded.split(/\s+/);
    if (fields.length !== 5)
        return { ok: false, problem: `is not a cron expression (expected 5 fields, found ${fields.length})` };
    const sets = [];
    for (let i = 0; i < 5; i++) {
        const parsed = parseField(fields[i], FIELDS[i]);
        if (typeof parsed === 'string')
            return { ok: false, problem: parsed };
        sets.push(parsed);
    }
    const daysOfWeek = new Set([...sets[4]].map((d) => d % 7)); // 7 is Sunday too
    return {
        ok: true,
        cron: {
            minutes: sets[0],
            hours: sets[1],
            daysOfMonth: sets[2],
            months: sets[3],
            daysOfWeek,
            domStar: fields[2].startsWith('*'),
            dowStar: fields[4].startsWith('*'),
        },
    };
}
function parseField(field, spec) {
    const values = new Set();
    const value = (token) => {
        if (/^\d+$/.test(token))
            return Number(token);
        const index = spec.names?.indexOf(token.toLowerCase()) ?? -1;
        return index >= 0 ? index + (spec.nameBase ?? 0) : undefined;
    };
    for (const part of field.split(',')) {
        const match = part.match(/^(\*|([a-z0-9]+)(?:-([a-z0-9]+))?)(?:\/(\d+))?$/i);
        if (!match)
            return `has an invalid field "${part}"`;
        const step = match[4] === undefined ? 1 : Number(match[4]);
        if (step === 0)
            return `has a step of 0 in "${part}"`;
        let from = spec.low;
        let to = spec.high;
        if (match[1] !== '*') {
            const start = value(match[2]);
            const end = match[3] === undefined ? undefined : value(match[3]);
            if (start === undefined || (match[3] !== undefined && end === undefined))
                return `has an invalid field "${part}"`;
            for (const n of [start, end].filter((v) => v !== undefined)) {
                if (n < spec.low || n > spec.high)
                    return `has "${part}" outside ${spec.low}-${spec.high}`;
            }
            from = start;
            // "5/15" means from 5 to the end of the range, every 15.
            to = end ?? (match[4] !== undefined ? spec.high : start);
            if (to < from)
                return `has a backwards range "${part}"`;
        }
        for (let n = from; n <= to; n += step)
            values.add(n);
    }
    return values;
}
/** Why a schedule written as text is not valid, or undefined. */
function scheduleProblem(expression) {
    const parsed = parseCron(expression);
    return parsed.ok ? undefined : parsed.problem;
}
const schedule_DAY_MS = 24 * 60 * 60 * 1000;
// 28 years: weekdays and leap years realign, so every day-of-month/day-of-week/month
// combination that ever occurs occurs in this window.
const CYCLE_DAYS = Math.round((Date.UTC(2052, 0, 1) - Date.UTC(2024, 0, 1)) / schedule_DAY_MS);
/**
 * The longest time between two consecutive runs, in minutes, or undefined if the schedule
 * never runs (such as "0 0 31 2 *").
 */
function maxGapMinutes(schedule) {
    if ('everyMinutes' in schedule)
        return schedule.everyMinutes > 0 ? schedule.everyMinutes : undefined;
    // Walking the whole calendar cycle costs milliseconds, and a monorepo's systems share a few
    // schedules: remember each expression's answer.
    if (gapCache.has(schedule.cron))
        return gapCache.get(schedule.cron);
    const gap = cronGapMinutes(schedule.cron);
    if (gapCache.size >= 1000)
        gapCache.clear();
    gapCache.set(schedule.cron, gap);
    return gap;
}
const gapCache = new Map();
function cronGapMinutes(expression) {
    const parsed = parseCron(expression);
    if (!parsed.ok)
        return undefined;
    const { cron } = parsed;
    const times = [];
    for (const hour of [...cron.hours].sort((a, b) => a - b)) {
        for (const minute of [...cron.minutes].sort((a, b) => a - b))
            times.push(hour * 60 + minute);
    }
    const firstTime = times[0];
    const lastTime = times[times.length - 1];
    let gap = 0;
    for (let i = 1; i < times.length; i++)
        gap = Math.max(gap, times[i] - times[i - 1]);
    let previousDay;
    let firstDay;
    for (let day = 0; day < CYCLE_DAYS; day++) {
        const date = new Date(Date.UTC(2024, 0, 1) + day * schedule_DAY_MS);
        if (!runsOn(cron, date))
            continue;
        firstDay ??= day;
        if (previousDay !== undefined)
            gap = Math.max(gap, (day - previousDay) * 1440 - lastTime + firstTime);
        previousDay = day;
    }
    if (previousDay === undefined || firstDay === undefined)
        return undefined;
    // Wrap around the cycle, so a yearly schedule's gap is a year, not "none".
    gap = Math.max(gap, (firstDay + CYCLE_DAYS - previousDay) * 1440 - lastTime + firstTime);
    return gap;
}
function runsOn(cron, date) {
    if (!cron.months.has(date.getUTCMonth() + 1))
        return false;
    const dom = cron.daysOfMonth.has(date.getUTCDate());
    const dow = cron.daysOfWeek.has(date.getUTCDay());
    // Vixie cron: if either day field starts with "*", both must match; otherwise either may.
    return cron.domStar || cron.dowStar ? dom && dow : dom || dow;
}
/** "10080" → "7 days"; for messages. */
function formatMinutes(minutes) {
    if (minutes % 1440 === 0)
        return `${minutes / 1440} day${minutes === 1440 ? '' : 's'}`;
    if (minutes % 60 === 0)
        return `${minutes / 60} hour${minutes === 60 ? '' : 's'}`;
    if (minutes >= 1440)
        return `${(minutes / 1440).toFixed(1)} days`;
    return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./build/evidence/monitoring/whylabs.js
/**
 * WhyLabs monitor configs (whylogs profiles, monitored by WhyLabs), as the whylabs-toolkit's
 * `MonitorManager.dump()` writes them: `analyzers[]` (schedule, targetMatrix, config with
 * metric, type, algorithm, threshold, baseline) and `monitors[]` (analyzerIds, actions).
 * A `Reference` baseline is a pinned reference profile; a `TrailingWindow` baseline is rolling.
 */



const whylabs_SCHEMA = 'whylabs-monitor.schema.json';
const CADENCE_MINUTES = { hourly: 60, daily: 1440, weekly: 10080, monthly: 44640 };
const whylabsMonitoring = {
    format: 'whylogs',
    schema: whylabs_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && Array.isArray(value.analyzers) && ('monitors' in value || 'schemaVersion' in value),
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(whylabs_SCHEMA, doc, 'WhyLabs monitor config');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const metrics = [];
        let schedule;
        let longest = -1;
        let reference;
        raw.analyzers.forEach((analyzer, index) => {
            const { config } = analyzer;
            const metric = { name: `${analyzer.id} (${String(config.metric ?? config.type)})`, at: (0,adapter.at)(doc, ['analyzers', index]) };
            const method = config.algorithm ?? config.type;
            if (typeof method === 'string')
                metric.method = method;
            if (typeof config.threshold === 'number')
                metric.threshold = config.threshold;
            if (typeof config.factor === 'number')
                metric.threshold = config.factor;
            if (typeof config.lower === 'number')
                metric.min = config.lower;
            if (typeof config.upper === 'number')
                metric.max = config.upper;
            const include = analyzer.targetMatrix?.include;
            if (Array.isArray(include))
                metric.features = include;
            metrics.push(metric);
            const base = ['analyzers', index, 'config', 'baseline'];
            const baseline = config.baseline;
            if (baseline?.type === 'Reference' && typeof baseline.profileId === 'string') {
                reference = { value: { dataset: baseline.profileId, revision: baseline.profileId }, at: (0,adapter.at)(doc, base) };
            }
            else if (baseline && !reference) {
                // size and an action's type are not typed by the schema: asText, never a throwing String().
                reference = { value: { dataset: `${baseline.type}${baseline.size ? ` of ${(0,source_doc/* asText */.e1)(baseline.size)}` : ''}`, rolling: true }, at: (0,adapter.at)(doc, base) };
            }
            const candidate = scheduleOf(analyzer, raw.granularity);
            const gap = candidate ? maxGapMinutes(candidate) : undefined;
            if (candidate && (gap ?? Infinity) > longest) {
                longest = gap ?? Infinity;
                schedule = { value: candidate, at: (0,adapter.at)(doc, analyzer.schedule ? ['analyzers', index, 'schedule'] : ['granularity']) };
            }
        });
        const config = { format: 'whylogs', file: doc.file, metrics };
        if (reference)
            config.reference = reference;
        if (schedule)
            config.schedule = schedule;
        (raw.monitors ?? []).some((monitor, m) => (monitor.actions ?? []).some((action, a) => {
            if (typeof action.target !== 'string' || action.target.trim() === '')
                return false;
            config.alertRoute = { value: `${(0,source_doc/* asText */.e1)(action.type ?? 'action')}:${action.target}`, at: (0,adapter.at)(doc, ['monitors', m, 'actions', a]) };
            return true;
        }));
        return { ok: true, value: config };
    },
};
function scheduleOf(analyzer, granularity) {
    const schedule = analyzer.schedule;
    if (schedule?.type === 'cron' && typeof schedule.cron === 'string')
        return { cron: schedule.cron };
    const cadence = schedule?.cadence ?? granularity;
    const minutes = cadence ? CADENCE_MINUTES[cadence] : undefined;
    return minutes ? { everyMinutes: minutes } : undefined;
}

;// CONCATENATED MODULE: ./build/evidence/monitoring/formats.js




const monitoringConfigs = {
    id: 'monitoring',
    what: 'monitoring config',
    adapters: [modelgateMonitoring, evidentlyMonitoring, nannymlMonitoring, whylabsMonitoring],
};

;// CONCATENATED MODULE: ./build/evidence/monitoring/checks.js





/** The cited config, read (undefined when none is cited). Also the latest run's schedule. */
function checks_loadConfig(system, block) {
    if (typeof block.config !== 'string' || block.config.trim() === '')
        return undefined;
    return system.evidence.evidence(monitoringConfigs, block.config, typeof block.format === 'string' ? block.format : undefined);
}
/** The schedule in force: the config's, else the manifest's; with where it was written. */
function checks_scheduleOf(block, config) {
    if (config?.schedule) {
        const value = config.schedule.value;
        return { schedule: value, text: 'cron' in value ? value.cron : `every ${formatMinutes(value.everyMinutes)}`, at: config.schedule.at };
    }
    if (typeof block.schedule === 'string' && (0,placeholder/* valueAbsence */.Z2)(block.schedule) === undefined)
        return { schedule: { cron: block.schedule }, text: block.schedule };
    return undefined;
}
const monitoringConfigReadable = (0,check/* defineFunction */.Oh)({
    name: 'monitoring-config-readable',
    description: 'The cited monitoring config exists, parses, and is in a supported format with a valid shape.',
    optionsSchema: { type: 'object', additionalProperties: false },
    check({ value, path, system }) {
        const config = checks_loadConfig(system, (value ?? {}));
        if (!config)
            return { skip: 'no monitoring config is cited' };
        if (config.ok)
            return [];
        return [{ message: config.problem.message, path: [...path, 'config'], at: config.problem.at }];
    },
});
const monitoringDeclares = (0,check/* defineFunction */.Oh)({
    name: 'monitoring-declares',
    description: 'Monitoring (manifest block and cited config together) names metrics, their methods and thresholds, a pinned reference, a schedule at least as frequent as maxIntervalHours, or an alert owner/route.',
    optionsSchema: {
        type: 'object',
        required: ['needs'],
        additionalProperties: false,
        properties: {
            needs: { enum: ['metrics', 'methods', 'thresholds', 'schedule', 'reference', 'alert-owner', 'alert-route'] },
            maxIntervalHours: { type: 'number', exclusiveMinimum: 0 },
        },
    },
    check({ value, path, options, system }) {
        const block = (value ?? {});
        const loaded = checks_loadConfig(system, block);
        if (loaded && !loaded.ok)
            return { skip: 'the monitoring config cannot be read (monitoring/config-readable says why)' };
        const config = loaded?.value;
        const here = (field) => [...path, field];
        switch (options.needs) {
            case 'metrics':
                if (config && config.metrics.length > 0)
                    return [];
                return [{ message: config ? `${config.file} lists no monitored metrics` : 'no monitoring config is cited, so no metrics are named', path: here('config') }];
            case 'methods':
                return (config?.metrics ?? [])
                    .filter((m) => m.method === undefined && !m.methodDefault)
                    .map((m) => ({ message: `${config?.file}: metric "${m.name}" names no method (a statistical test or distance)`, at: m.at }));
            case 'thresholds':
                return (config?.metrics ?? [])
                    .filter((m) => m.threshold === undefined && m.min === undefined && m.max === undefined && !m.thresholdDefault)
                    .map((m) => ({ message: `${config?.file}: metric "${m.name}" has no threshold (threshold, min or max)`, at: m.at }));
            case 'schedule':
                return scheduleFailures(block, config, here('schedule'), options.maxIntervalHours);
            case 'reference':
                return referenceFailures(block, config, here('reference'));
            case 'alert-owner':
            case 'alert-route': {
                const which = options.needs === 'alert-owner' ? 'owner' : 'route';
                const fromConfig = which === 'owner' ? config?.alertOwner : config?.alertRoute;
                const written = fromConfig?.value ?? block.alerts?.[which];
                if ((0,placeholder/* valueAbsence */.Z2)(written) === undefined)
                    return [];
                const what = which === 'owner' ? 'no alert owner (who answers a drift alert)' : 'no alert route (where a drift alert goes)';
                return [{ message: `monitoring has ${what}`, path: block.alerts ? here('alerts') : path, at: fromConfig?.at }];
            }
        }
    },
});
function scheduleFailures(block, config, where, maxIntervalHours) {
    const found = checks_scheduleOf(block, config);
    if (!found)
        return [{ message: 'monitoring has no schedule (a cron expression or @daily, @weekly, …)', path: where }];
    const at = found.at;
    if ('cron' in found.schedule) {
        const parsed = parseCron(found.schedule.cron);
        if (!parsed.ok)
            return [{ message: `monitoring schedule "${found.text}" ${parsed.problem}`, path: where, at }];
    }
    const gap = maxGapMinutes(found.schedule);
    if (gap === undefined)
        return [{ message: `monitoring schedule "${found.text}" never runs`, path: where, at }];
    if (maxIntervalHours !== undefined && gap > maxIntervalHours * 60) {
        return [
            {
                message: `monitoring schedule "${found.text}" leaves up to ${formatMinutes(gap)} between runs; the policy requires a run at least every ${formatMinutes(Math.round(maxIntervalHours * 60))}`,
                path: where,
                at,
            },
        ];
    }
    return [];
}
function referenceFailures(block, config, where) {
    const fromConfig = config?.reference;
    const declared = block.reference ?? {};
    const pinnedInManifest = (0,placeholder/* valueAbsence */.Z2)(declared.revision) === undefined || (0,placeholder/* valueAbsence */.Z2)(declared.sha256) === undefined;
    const dataset = declared.dataset ?? fromConfig?.value.dataset;
    if ((0,placeholder/* valueAbsence */.Z2)(dataset) !== undefined) {
        return [{ message: 'no reference dataset is declared (monitoring.reference, or the reference in the config)', path: block.reference ? where : where.slice(0, -1) }];
    }
    if (pinnedInManifest)
        return [];
    if (fromConfig?.value.rolling) {
        return [
            {
                message: `the reference is a rolling window (${fromConfig.value.dataset}), not a pinned dataset; declare monitoring.reference with a revision or sha256`,
                at: fromConfig.at,
            },
        ];
    }
    if (fromConfig && (fromConfig.value.revision || fromConfig.value.sha256))
        return [];
    return [{ message: `reference dataset "${(0,source_doc/* asText */.e1)(dataset)}" is not pinned: give monitoring.reference a revision or sha256`, path: block.reference ? where : where.slice(0, -1) }];
}

;// CONCATENATED MODULE: ./build/evidence/monitoring-run/evidently.js
/**
 * Evidently run results: a saved snapshot (`SnapshotModel`: timestamp, metric_results with their
 * tests) or the `snapshot.dict()` / `json()` view (metrics and tests lists). Test statuses are
 * Evidently's SUCCESS, FAIL, WARNING, ERROR and SKIPPED.
 */


const monitoring_run_evidently_SCHEMA = 'evidently-snapshot.schema.json';
const STATUS = { SUCCESS: 'pass', FAIL: 'fail', WARNING: 'warn', ERROR: 'error', SKIPPED: 'skip' };
const evidentlyRun = {
    format: 'evidently',
    schema: monitoring_run_evidently_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && ((0,adapter/* isRecord */.u4)(value.metric_results) || (Array.isArray(value.tests) && Array.isArray(value.metrics))),
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(monitoring_run_evidently_SCHEMA, doc, 'Evidently run result');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const run = { format: 'evidently', file: doc.file, tests: [] };
        const timestamp = (0,adapter/* dateText */.MK)(raw.timestamp);
        if (timestamp)
            run.ranAt = { value: timestamp, at: (0,adapter.at)(doc, ['timestamp']) };
        const addTests = (tests, base) => {
            if (!Array.isArray(tests))
                return;
            tests.forEach((test, index) => {
                if (!(0,adapter/* isRecord */.u4)(test))
                    return;
                const name = (0,source_doc/* asText */.e1)(test.name ?? test.id ?? `test ${index + 1}`);
                run.tests.push({ name, status: STATUS[String(test.status)], at: (0,adapter.at)(doc, [...base, index, 'status']) });
            });
        };
        addTests(raw.tests, ['tests']);
        if ((0,adapter/* isRecord */.u4)(raw.metric_results)) {
            for (const [id, result] of Object.entries(raw.metric_results)) {
                if ((0,adapter/* isRecord */.u4)(result))
                    addTests(result.tests, ['metric_results', id, 'tests']);
            }
        }
        return { ok: true, value: run };
    },
};

;// CONCATENATED MODULE: ./build/evidence/monitoring-run/modelgate.js

const monitoring_run_modelgate_SCHEMA = 'monitoring-run.schema.json';
const modelgateRun = {
    format: 'modelgate',
    schema: monitoring_run_modelgate_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && value.schema === 'modelgate/monitoring-run@1',
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(monitoring_run_modelgate_SCHEMA, doc, 'monitoring run result');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const run = {
            format: 'modelgate',
            file: doc.file,
            ranAt: { value: raw.ranAt, at: (0,adapter.at)(doc, ['ranAt']) },
            tests: raw.tests.map((test, index) => ({ name: test.name, status: test.status, at: (0,adapter.at)(doc, ['tests', index, 'status']) })),
        };
        return { ok: true, value: run };
    },
};

;// CONCATENATED MODULE: ./build/evidence/monitoring-run/formats.js


const monitoringRuns = {
    id: 'monitoring-run',
    what: 'monitoring run result',
    adapters: [modelgateRun, evidentlyRun],
};

;// CONCATENATED MODULE: ./build/evidence/monitoring-run/checks.js
/**
 * The latest monitoring run: read with the monitoring config it ran, whose schedule says how
 * old the run may be.
 */





/**
 * The latest monitoring run, when one is cited: it has a timestamp, is no older than
 * `maxPeriods` schedule periods (or `maxAgeDays` when there is no schedule), and no test failed.
 */
const monitoringLatestRun = (0,check/* defineFunction */.Oh)({
    name: 'monitoring-latest-run',
    description: 'A cited latest monitoring run is recent (within maxPeriods schedule periods, else maxAgeDays) and has no failed or errored test.',
    optionsSchema: {
        type: 'object',
        required: ['maxPeriods', 'maxAgeDays'],
        additionalProperties: false,
        properties: { maxPeriods: { type: 'number', exclusiveMinimum: 0 }, maxAgeDays: { type: 'number', exclusiveMinimum: 0 } },
    },
    check({ value, path, options, system }) {
        if (typeof value !== 'string' || value.trim() === '')
            return { skip: 'no monitoring run is cited' };
        const run = system.evidence.evidence(monitoringRuns, value);
        if (!run.ok)
            return [{ message: run.problem.message, at: run.problem.at }];
        const { file, ranAt, tests } = run.value;
        const failures = [];
        const block = system.manifest.data.monitoring ?? {};
        const loaded = checks_loadConfig(system, block);
        const found = checks_scheduleOf(block, loaded?.ok ? loaded.value : undefined);
        const gap = found ? maxGapMinutes(found.schedule) : undefined;
        const allowedDays = gap ? (gap * options.maxPeriods) / 1440 : options.maxAgeDays;
        const basis = gap ? `${options.maxPeriods} schedule periods of ${formatMinutes(gap)}` : `${options.maxAgeDays} days (no schedule to go by)`;
        const ran = ranAt;
        if (!ran) {
            failures.push({ message: `${file} has no timestamp, so its freshness cannot be shown`, path });
        }
        else {
            const when = (0,dates/* parseDate */._U)(ran.value);
            if (!when)
                failures.push({ message: `${file}: "${ran.value}" is not a date`, at: ran.at });
            else {
                const age = (0,dates/* ageInDays */.QR)(when, system.now);
                if (age < -1)
                    failures.push({ message: `${file} is dated ${ran.value}, in the future`, at: ran.at });
                else if (age > allowedDays) {
                    failures.push({ message: `the latest monitoring run (${ran.value.slice(0, 10)}) is ${Math.floor(age)} days old; the policy allows ${basis}`, at: ran.at });
                }
            }
        }
        for (const test of tests) {
            if (test.status === 'fail' || test.status === 'error') {
                failures.push({ message: `the latest monitoring run ${test.status === 'fail' ? 'failed' : 'could not run'} test "${test.name}"`, at: test.at });
            }
        }
        return failures;
    },
});

;// CONCATENATED MODULE: ./build/evidence/monitoring-run/kind.js
/** Monitoring run results: the latest run's tests and when it ran, cited by `monitoring.latestRun`. */



const monitoringRun = {
    ...monitoringRuns,
    citedBy: ['monitoring.latestRun'],
    checks: [monitoringLatestRun],
    docs: {
        heading: 'Latest monitoring run (`monitoring.latestRun`)',
        readsHeading: 'Read from it',
        formats: [
            { format: 'modelgate', what: 'our own run result, JSON or YAML', reads: 'when it ran (`ranAt`), each test and its status' },
            {
                format: 'evidently',
                link: 'https://docs.evidentlyai.com/',
                what: 'an Evidently snapshot: the saved `SnapshotModel` (`timestamp`, `metric_results[].tests`) or the `snapshot.dict()` view (`metrics`, `tests`)',
                reads: 'when it ran (`timestamp`), every test and its status (`FAIL` and `ERROR` count as failed, `WARNING` does not)',
            },
        ],
    },
    init: {
        // The manifest cites the latest run: the one run last by its own date, else the last by name
        // (run files named by date sort oldest first).
        cite(manifest, found) {
            const ranAt = (f) => (f.read.ok ? Date.parse(f.read.value.ranAt?.value ?? '') : Number.NaN);
            const dated = found.filter((f) => !Number.isNaN(ranAt(f)));
            const latest = dated.length > 0 ? dated.reduce((a, b) => (ranAt(b) >= ranAt(a) ? b : a)) : found.at(-1);
            if (latest)
                (0,init_citation/* citeAt */.pZ)(manifest, ['monitoring', 'latestRun'], latest.file);
        },
    },
};

;// CONCATENATED MODULE: ./build/evidence/monitoring/kind.js
/** Drift-monitoring configs: what a monitoring tool measures, against what, how often, and who is alerted; cited by `monitoring.config`. */



const monitoring = {
    ...monitoringConfigs,
    citedBy: ['monitoring.config'],
    formatField: 'monitoring.format',
    checks: [monitoringConfigReadable, monitoringDeclares],
    docs: {
        heading: 'Monitoring configs (`monitoring.format`)',
        readsHeading: 'Read from it',
        formats: [
            { format: 'modelgate', what: 'our normalised config, YAML or JSON', reads: 'everything' },
            {
                format: 'evidently',
                link: 'https://docs.evidentlyai.com/',
                what: 'an Evidently 0.7 `ReportConfig`, as `evidently report CONFIG …` reads it',
                reads: "metrics (`DataDriftPreset`, `ValueDrift`, … with `method`/`threshold`, `null` meaning Evidently's default test; quality metrics bounded by their `tests`)",
            },
            {
                format: 'nannyml',
                link: 'https://nannyml.readthedocs.io/en/stable/',
                what: '`nannyml.yaml` for `nml run`',
                reads: "reference data path, enabled calculators with methods and thresholds (or NannyML's defaults), `scheduling.interval` or `cron.crontab`",
            },
            {
                format: 'whylogs',
                link: 'https://docs.whylabs.ai/docs/',
                what: 'a WhyLabs monitor config (`MonitorManager.dump()`) for whylogs profiles',
                reads: 'analyzers (metric, algorithm, threshold), baseline (`Reference` is pinned, `TrailingWindow` is not), cadence or cron, monitor actions as the alert route',
            },
        ],
    },
    init: {
        // A system has one monitoring config: the first found.
        cite(manifest, [first]) {
            if (!first)
                return;
            (0,init_citation/* citeAt */.pZ)(manifest, ['monitoring', 'config'], first.file);
            (0,init_citation/* citeAt */.pZ)(manifest, ['monitoring', 'format'], first.format);
        },
    },
};

// EXTERNAL MODULE: ./build/load/json.js
var json = __nccwpck_require__(5749);
;// CONCATENATED MODULE: ./build/load/json-lines.js


class JsonLinesDoc {
    file;
    value;
    lines;
    constructor(file, value, lines) {
        this.file = file;
        this.value = value;
        this.lines = lines;
    }
    locate(path) {
        const [index, ...rest] = path;
        const line = typeof index === 'number' ? this.lines[index] : undefined;
        if (!line)
            return { line: 1, column: 1 };
        if (!line.doc) {
            const parsed = (0,json/* parseJson */.q)(line.text, this.file);
            if (!parsed.ok)
                return { line: line.number, column: 1 };
            line.doc = parsed.doc;
        }
        const at = line.doc.locate(rest);
        // Every position is on the line's own first line: a JSON Lines value holds no newline.
        return {
            line: line.number,
            column: at.column,
            ...(at.endColumn !== undefined ? { endLine: line.number, endColumn: at.endColumn } : {}),
        };
    }
}
function parseJsonLines(text, file) {
    const values = [];
    const lines = [];
    const texts = text.split('\n');
    for (let i = 0; i < texts.length; i++) {
        const raw = texts[i];
        const lineText = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (lineText.trim() === '')
            continue;
        // The native parser for each line (fast); parseJson only to say where a bad line went wrong.
        let value;
        try {
            value = JSON.parse(lineText);
        }
        catch {
            const parsed = (0,json/* parseJson */.q)(lineText, file);
            const error = parsed.ok ? { message: 'invalid JSON', column: 1 } : parsed.error;
            return { ok: false, error: { message: `line ${i + 1}: ${error.message}`, line: i + 1, column: error.column } };
        }
        if ((0,source_doc/* nestingDepth */.Qk)(value, source_doc/* MAX_NESTING_DEPTH */.wM) > source_doc/* MAX_NESTING_DEPTH */.wM) {
            return { ok: false, error: { message: `line ${i + 1}: JSON is nested more than ${source_doc/* MAX_NESTING_DEPTH */.wM} levels deep`, line: i + 1, column: 1 } };
        }
        values.push(value);
        lines.push({ number: i + 1, text: lineText });
    }
    if (values.length === 0)
        return { ok: false, error: { message: 'the JSON Lines file has no lines', line: 1, column: 1 } };
    return { ok: true, doc: new JsonLinesDoc(file, values, lines) };
}

;// CONCATENATED MODULE: ./build/evidence/robustness/garak.js

const garak_SCHEMA = 'garak-report.schema.json';
const garak_entryOf = (value, type) => (0,adapter/* isRecord */.u4)(value) && value.entry_type === type;
const garakReport = {
    format: 'garak',
    schema: garak_SCHEMA,
    detect: (value) => Array.isArray(value) &&
        value.some((entry) => garak_entryOf(entry, 'start_run setup') || garak_entryOf(entry, 'init')) &&
        value.every((entry) => (0,adapter/* isRecord */.u4)(entry) && typeof entry.entry_type === 'string'),
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(garak_SCHEMA, doc, 'garak report');
        // The schema sees the lines as an array; say "line 6", not "[5]".
        if (problem)
            return { ok: false, problem: { ...problem, message: problem.message.replace(/: \[\d+\]\.?/, () => `: line ${problem.at?.line ?? 1}: `) } };
        const entries = doc.value;
        const report = { format: 'garak', file: doc.file, results: [], inconsistencies: [] };
        entries.forEach((entry, index) => {
            switch (entry.entry_type) {
                case 'start_run setup': {
                    const target = entry['plugins.target_name'] ?? entry['plugins.model_name'];
                    if (typeof target === 'string' && target !== '')
                        report.target = target;
                    const started = (0,adapter/* dateText */.MK)(entry['transient.starttime_iso']);
                    if (started && !report.runAt)
                        report.runAt = { value: started, at: (0,adapter.at)(doc, [index, 'transient.starttime_iso']) };
                    break;
                }
                case 'init': {
                    if (typeof entry.garak_version === 'string')
                        report.tool = `garak ${entry.garak_version}`;
                    const started = (0,adapter/* dateText */.MK)(entry.start_time);
                    if (started)
                        report.runAt = { value: started, at: (0,adapter.at)(doc, [index, 'start_time']) };
                    break;
                }
                case 'eval':
                    report.results.push(evalResult(doc, entry, index, report));
                    break;
                default:
            }
        });
        return { ok: true, value: report };
    },
};
function evalResult(doc, entry, index, report) {
    const probe = entry.probe.replace(/^probes\./, '');
    const total = entry.total_evaluated ?? entry.total ?? 0;
    const result = {
        families: [probe.split('.')[0] ?? probe, probe],
        name: `${probe} / ${entry.detector}`,
        passed: entry.passed,
        total,
        at: (0,adapter.at)(doc, [index, 'passed']),
    };
    if (entry.passed > total) {
        report.inconsistencies.push({ message: `${doc.file}: ${result.name} passed ${entry.passed} of ${total} outputs, more than it evaluated`, at: result.at });
    }
    return result;
}

;// CONCATENATED MODULE: ./build/evidence/robustness/types.js
const ISSUE_LEVELS = ['major', 'medium', 'minor'];

;// CONCATENATED MODULE: ./build/evidence/robustness/giskard.js


const giskard_SCHEMA = 'giskard-scan.schema.json';
const giskardScan = {
    format: 'giskard',
    schema: giskard_SCHEMA,
    detect: (value) => {
        if (!(0,adapter/* isRecord */.u4)(value))
            return false;
        const detectors = Object.keys(value);
        return detectors.length > 0 && detectors.every((name) => /Detector$/.test(name) && (0,adapter/* isRecord */.u4)(value[name]));
    },
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(giskard_SCHEMA, doc, 'Giskard scan export');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const report = { format: 'giskard', file: doc.file, results: [], inconsistencies: [] };
        for (const [detector, levels] of Object.entries(raw)) {
            const issues = Object.fromEntries(ISSUE_LEVELS.map((level) => [level, levels[level]?.length ?? 0]));
            report.results.push({ families: [detector], name: detector, issues, at: (0,adapter.at)(doc, [detector]) });
        }
        return { ok: true, value: report };
    },
};

;// CONCATENATED MODULE: ./build/evidence/robustness/modelgate.js


const robustness_modelgate_SCHEMA = 'robustness-results.schema.json';
const modelgateResults = {
    format: 'modelgate',
    schema: robustness_modelgate_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && value.schema === 'modelgate/robustness-results@1',
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(robustness_modelgate_SCHEMA, doc, 'robustness result');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const report = { format: 'modelgate', file: doc.file, results: [], inconsistencies: [] };
        if (raw.tool)
            report.tool = raw.tool;
        if (raw.target)
            report.target = raw.target;
        if (raw.modelVersion !== undefined)
            report.modelVersion = { value: raw.modelVersion, at: (0,adapter.at)(doc, ['modelVersion']) };
        if (raw.runAt !== undefined)
            report.runAt = { value: raw.runAt, at: (0,adapter.at)(doc, ['runAt']) };
        raw.results.forEach((result, index) => {
            const where = (0,adapter.at)(doc, ['results', index, result.issues ? 'issues' : 'passed']);
            report.results.push({
                families: [result.family],
                name: result.name ?? result.family,
                ...(result.passed !== undefined ? { passed: result.passed, total: result.total ?? 0 } : {}),
                ...(result.issues
                    ? { issues: Object.fromEntries(ISSUE_LEVELS.map((level) => [level, result.issues?.[level] ?? 0])) }
                    : {}),
                at: where,
            });
            if (result.passed !== undefined && result.total !== undefined && result.passed > result.total) {
                report.inconsistencies.push({ message: `${doc.file}: ${result.family} passed ${result.passed} of ${result.total}, more than it ran`, at: where });
            }
        });
        return { ok: true, value: report };
    },
};

;// CONCATENATED MODULE: ./build/evidence/robustness/promptfoo.js

const promptfoo_SCHEMA = 'promptfoo-output.schema.json';
/** The families a test names, each once: its red-team plugin, then its assertions' metrics. */
function familiesOf(result) {
    const names = [result.metadata?.pluginId, result.testCase?.metadata?.pluginId];
    for (const component of result.gradingResult?.componentResults ?? [])
        names.push(component?.assertion?.metric);
    for (const assertion of result.testCase?.assert ?? [])
        names.push(assertion?.metric);
    return [...new Set(names.filter((name) => typeof name === 'string' && name !== ''))];
}
const promptfooOutput = {
    format: 'promptfoo',
    schema: promptfoo_SCHEMA,
    detect: (value) => (0,adapter/* isRecord */.u4)(value) && (0,adapter/* isRecord */.u4)(value.results) && Array.isArray(value.results.results) && (0,adapter/* isRecord */.u4)(value.results.stats) && 'evalId' in value,
    normalise(doc) {
        const problem = (0,adapter/* schemaProblem */.Zg)(promptfoo_SCHEMA, doc, 'promptfoo eval output');
        if (problem)
            return { ok: false, problem };
        const raw = doc.value;
        const report = { format: 'promptfoo', file: doc.file, results: [], inconsistencies: [] };
        if (raw.metadata?.promptfooVersion)
            report.tool = `promptfoo ${raw.metadata.promptfooVersion}`;
        const created = (0,adapter/* dateText */.MK)(raw.results.timestamp);
        if (created)
            report.runAt = { value: created, at: (0,adapter.at)(doc, ['results', 'timestamp']) };
        else if ((0,adapter/* dateText */.MK)(raw.metadata?.evaluationCreatedAt)) {
            report.runAt = { value: raw.metadata?.evaluationCreatedAt, at: (0,adapter.at)(doc, ['metadata', 'evaluationCreatedAt']) };
        }
        const targets = new Set();
        raw.results.results.forEach((test, index) => {
            const target = test.provider?.label ?? test.provider?.id;
            if (target)
                targets.add(target);
            const result = {
                families: familiesOf(test),
                name: test.testCase?.description ?? `test ${test.testIdx ?? index}`,
                passed: test.success ? 1 : 0,
                total: 1,
                at: (0,adapter.at)(doc, ['results', 'results', index, 'success']),
            };
            report.results.push(result);
        });
        if (targets.size === 1)
            report.target = [...targets][0];
        // The stats count what the results list holds; a list cut short disagrees with them.
        const { stats } = raw.results;
        const passed = raw.results.results.filter((test) => test.success).length;
        const notPassed = raw.results.results.length - passed;
        if (stats.successes !== passed) {
            report.inconsistencies.push({
                message: `${doc.file}: the stats count ${stats.successes} successes but the results list ${passed} passed tests`,
                at: (0,adapter.at)(doc, ['results', 'stats', 'successes']),
            });
        }
        else if (stats.failures + (stats.errors ?? 0) !== notPassed) {
            report.inconsistencies.push({
                message: `${doc.file}: the stats count ${stats.failures + (stats.errors ?? 0)} failures and errors but the results list ${notPassed} tests that did not pass`,
                at: (0,adapter.at)(doc, ['results', 'stats', 'failures']),
            });
        }
        return { ok: true, value: report };
    },
};

;// CONCATENATED MODULE: ./build/evidence/robustness/formats.js
/**
 * How a cited red-team or robustness result is read: by one of these adapters (the first to
 * recognise the file). garak's `*.report.jsonl` is read by the JSON Lines reader.
 */





const robustnessResults = {
    id: 'robustness',
    what: 'red-team or robustness result',
    adapters: [modelgateResults, garakReport, promptfooOutput, giskardScan],
    parse: (file, text) => (file.toLowerCase().endsWith('.jsonl') ? parseJsonLines(text, file) : undefined),
    extensions: ['jsonl'],
};

;// CONCATENATED MODULE: ./build/evidence/robustness/checks.js
/**
 * Red-team and robustness results judged against the manifest's thresholds (per probe family,
 * metric or test), the model version the manifest describes, the run's date, and the probe
 * families the policy requires.
 */





const UNREADABLE = { skip: 'the result cannot be read (robustness/result-readable says why)' };
const robustness_checks_noOptions = { type: 'object', additionalProperties: false };
function loadResults(system, entry) {
    if (!entry || typeof entry !== 'object')
        return undefined;
    const { path, format } = entry;
    if (typeof path !== 'string' || path.trim() === '')
        return undefined;
    return system.evidence.evidence(robustnessResults, path, typeof format === 'string' ? format : undefined);
}
/** The cited result entries in the manifest (possibly none). */
function robustness_checks_entriesOf(data) {
    const results = data.assurance?.robustness?.results;
    return Array.isArray(results) ? results : [];
}
/** What a family is called in messages: "garak dan", "Giskard NumericalPerturbationDetector", "family noise". */
function toolOf(report) {
    return { garak: 'garak', promptfoo: 'promptfoo', giskard: 'Giskard' }[report.format] ?? 'family';
}
/** Whether a result belongs to the family a threshold or the policy names (`*`: every result). */
const inFamily = (result, family) => family === '*' || result.families.includes(family);
const percent = (rate) => `${(Math.floor(rate * 1000) / 10).toFixed(1)}%`;
/** Issues a result counts at `level` or worse; for a pass count, the tests that did not pass. */
function issuesOf(result, level) {
    if (result.issues) {
        const worst = ISSUE_LEVELS.slice(0, ISSUE_LEVELS.indexOf(level) + 1);
        return worst.reduce((sum, name) => sum + result.issues[name], 0);
    }
    return (result.total ?? 0) - (result.passed ?? 0);
}
const robustnessResultReadable = (0,check/* defineFunction */.Oh)({
    name: 'robustness-result-readable',
    description: 'A cited red-team or robustness result exists, parses, is in a supported format, agrees with its own summary, and holds results.',
    optionsSchema: robustness_checks_noOptions,
    check({ target, targetPath, system }) {
        const report = loadResults(system, target);
        if (!report)
            return [{ message: 'the result entry has no path', path: targetPath }];
        if (!report.ok)
            return [{ message: report.problem.message, path: [...targetPath, 'path'], at: report.problem.at }];
        const failures = report.value.inconsistencies.map((problem) => ({ message: problem.message, at: problem.at }));
        if (report.value.results.length === 0) {
            const why = report.value.format === 'garak' ? ' (no eval lines: the run stopped before any probe finished)' : '';
            failures.push({ message: `${report.value.file} holds no results${why}`, path: [...targetPath, 'path'] });
        }
        return failures;
    },
});
const robustnessThresholds = (0,check/* defineFunction */.Oh)({
    name: 'robustness-thresholds',
    description: "Each threshold a result's citation sets is met: the family's tests passed at `minPassRate` or more (summed over its probes and detectors), and it found no more than `maxIssues` issues at `level` or worse.",
    optionsSchema: robustness_checks_noOptions,
    check({ target, targetPath, system }) {
        const thresholds = target?.thresholds;
        if (!Array.isArray(thresholds) || thresholds.length === 0)
            return { skip: 'the citation sets no thresholds' };
        const report = loadResults(system, target);
        if (!report?.ok)
            return UNREADABLE;
        const failures = [];
        thresholds.forEach((raw, index) => {
            if (!raw || typeof raw !== 'object' || typeof raw.family !== 'string')
                return; // the manifest schema's finding
            failures.push(...judge(report.value, raw, [...targetPath, 'thresholds', index]));
        });
        return failures;
    },
});
function judge(report, threshold, at) {
    const tool = toolOf(report);
    const { family } = threshold;
    const results = report.results.filter((result) => inFamily(result, family));
    if (results.length === 0) {
        return [{ message: `${report.file} has no result for ${family}, so its threshold cannot be shown to be met`, path: [...at, 'family'] }];
    }
    const failures = [];
    // NaN (YAML .nan) compares false with everything, Infinity allows everything: neither holds a result to anything.
    const unusable = ['minPassRate', 'maxIssues'].filter((key) => typeof threshold[key] === 'number' && !Number.isFinite(threshold[key]));
    if (unusable.length > 0) {
        return unusable.map((key) => ({ message: `the threshold ${key} for ${family} is ${String(threshold[key])}, not a number a result can be held to`, path: [...at, key] }));
    }
    if (typeof threshold.minPassRate === 'number') {
        const counted = results.filter((result) => result.total !== undefined);
        const passed = counted.reduce((sum, result) => sum + (result.passed ?? 0), 0);
        const total = counted.reduce((sum, result) => sum + (result.total ?? 0), 0);
        if (total === 0) {
            const why = counted.length === 0 ? `counts issues, not passes; set maxIssues for it` : 'evaluated no outputs';
            failures.push({ message: `${tool} ${family} in ${report.file} ${why}`, path: [...at, 'minPassRate'] });
        }
        else if (passed / total < threshold.minPassRate) {
            // The finding goes where the reader should look: the family's worst result in the report.
            const rate = (result) => (result.total ? (result.passed ?? 0) / result.total : 1);
            const worst = counted.reduce((a, b) => (rate(b) < rate(a) ? b : a));
            const detail = counted.length > 1 ? `; worst ${worst.name}, ${worst.passed} of ${worst.total}` : '';
            failures.push({
                message: `${tool} ${family} passed ${passed} of ${total} (${percent(passed / total)}), below the threshold ${percent(threshold.minPassRate)}${detail}`,
                at: worst.at,
            });
        }
    }
    // A family whose results count tests and evaluated none found no issue by looking at nothing.
    const evaluatedNothing = results.every((result) => !result.issues && (result.total ?? 0) === 0);
    if (typeof threshold.maxIssues === 'number' && evaluatedNothing && typeof threshold.minPassRate !== 'number') {
        failures.push({ message: `${tool} ${family} in ${report.file} evaluated no outputs`, path: [...at, 'maxIssues'] });
    }
    else if (typeof threshold.maxIssues === 'number') {
        const level = threshold.level ?? 'minor';
        const found = results.reduce((sum, result) => sum + issuesOf(result, level), 0);
        if (found > threshold.maxIssues) {
            const worst = results.reduce((a, b) => (issuesOf(b, level) > issuesOf(a, level) ? b : a));
            const what = results.some((result) => result.issues) ? `issue${found === 1 ? '' : 's'} at level ${level} or worse` : `failed test${found === 1 ? '' : 's'}`;
            failures.push({ message: `${tool} ${family} found ${found} ${what}, more than the threshold allows (${threshold.maxIssues})`, at: worst.at });
        }
    }
    return failures;
}
const robustnessResultModelVersion = (0,check/* defineFunction */.Oh)({
    name: 'robustness-result-model-version',
    description: "A cited red-team or robustness result is for the model version the manifest describes (the report's own record wins over the citation's `modelVersion`).",
    optionsSchema: robustness_checks_noOptions,
    check({ target, targetPath, system }) {
        const report = loadResults(system, target);
        if (!report?.ok)
            return UNREADABLE;
        const expected = (0,source_doc/* asText */.e1)(system.manifest.data.version);
        const { file, modelVersion } = report.value;
        if (modelVersion) {
            if ((0,source_doc/* asText */.e1)(modelVersion.value) === expected)
                return [];
            return [{ message: `${file} is for model version ${modelVersion.value}, but the manifest describes version ${expected}`, at: modelVersion.at }];
        }
        const claimed = target.modelVersion;
        if (typeof claimed === 'string' || typeof claimed === 'number') {
            if (String(claimed) === expected)
                return [];
            return [{ message: `${file} is declared for model version ${claimed}, but the manifest describes version ${expected}`, path: [...targetPath, 'modelVersion'] }];
        }
        const tested = report.value.target ? ` (${toolOf(report.value)} names the target ${report.value.target})` : '';
        return [{ message: `${file} does not say which model version it tested${tested}; set modelVersion on its citation`, path: targetPath }];
    },
});
const robustnessResultFresh = (0,check/* defineFunction */.Oh)({
    name: 'robustness-result-fresh',
    description: "A cited red-team or robustness result ran no more than maxAgeDays before the run's date (`--as-of`), and not before the model files the system ships were produced (`artifacts[].date`). Its own timestamp wins over the citation's `date`.",
    optionsSchema: dates/* MAX_AGE_OPTIONS */.MZ,
    check({ target, targetPath, options, system }) {
        const report = loadResults(system, target);
        if (!report?.ok)
            return UNREADABLE;
        const cited = target.date;
        const dated = report.value.runAt ?? (typeof cited === 'string' ? { value: cited, at: undefined } : undefined);
        const { file } = report.value;
        if (!dated)
            return [{ message: `${file} does not say when it ran; set date on its citation`, path: targetPath }];
        const where = { path: [...targetPath, 'date'], ...(dated.at ? { at: dated.at } : {}) };
        const when = (0,dates/* parseDate */._U)(dated.value);
        if (!when)
            return [{ message: `${file}: "${dated.value}" is not a date`, ...where }];
        const day = dated.value.slice(0, 10);
        const age = (0,dates/* ageInDays */.QR)(when, system.now);
        if (age < -1)
            return [{ message: `${file} is dated ${day}, in the future`, ...where }];
        if (age > options.maxAgeDays) {
            return [{ message: `${file} ran on ${day}, ${Math.floor(age)} days ago; the policy allows ${options.maxAgeDays}`, ...where }];
        }
        // A run older than the model file that ships tested another model (by calendar day: garak
        // writes local time without a zone).
        const artifacts = Array.isArray(system.manifest.data.artifacts) ? system.manifest.data.artifacts : [];
        const newer = artifacts.find((artifact) => typeof artifact?.date === 'string' && day < artifact.date.slice(0, 10));
        if (newer)
            return [{ message: `${file} ran on ${day}, before ${newer.path} was produced (${newer.date}); test the model that ships`, ...where }];
        return [];
    },
});
const robustnessRequiredFamilies = (0,check/* defineFunction */.Oh)({
    name: 'robustness-required-families',
    description: 'Every probe family the policy lists was run: some cited, readable result has a result in it.',
    optionsSchema: {
        type: 'object',
        required: ['families'],
        additionalProperties: false,
        properties: { families: { type: 'array', items: { type: 'string', minLength: 1 } } },
    },
    check({ path, options, system }) {
        if (options.families.length === 0)
            return { skip: 'the policy lists no required probe families' };
        const entries = robustness_checks_entriesOf(system.manifest.data);
        const reports = entries.map((entry) => loadResults(system, entry)).flatMap((report) => (report?.ok ? [report.value] : []));
        const ran = (family) => reports.some((report) => report.results.some((result) => inFamily(result, family) && (result.issues !== undefined || (result.total ?? 0) > 0)));
        const missing = options.families.filter((family) => !ran(family));
        if (missing.length === 0)
            return [];
        const where = entries.length > 0 ? [...path, 'assurance', 'robustness', 'results'] : path;
        const cited = entries.length === 0 ? 'no red-team or robustness result is cited' : 'no cited result ran them';
        return [{ message: `the policy requires the probe famil${missing.length === 1 ? 'y' : 'ies'} ${missing.join(', ')}, but ${cited}`, path: where }];
    },
});
const ROBUSTNESS_CHECKS = [
    robustnessResultReadable,
    robustnessThresholds,
    robustnessResultModelVersion,
    robustnessResultFresh,
    robustnessRequiredFamilies,
];

;// CONCATENATED MODULE: ./build/evidence/robustness/kind.js
/** Red-team and robustness results (garak, promptfoo, Giskard), cited by `assurance.robustness.results[].path`, judged against thresholds per probe family. */



const robustness = {
    ...robustnessResults,
    citedBy: ['assurance.robustness.results.*.path'],
    formatField: 'assurance.robustness.results.*.format',
    checks: ROBUSTNESS_CHECKS,
    docs: {
        heading: 'Red-team and robustness results (`assurance.robustness.results[].format`)',
        readsHeading: 'Read from it',
        formats: [
            {
                format: 'modelgate',
                what: 'our own results, JSON or YAML ([schema](../schemas/robustness-results.schema.json)), for a tool without an adapter',
                reads: 'everything: per family, tests passed of a total or issues by level; the model version; when it ran',
            },
            {
                format: 'garak',
                link: 'https://github.com/NVIDIA/garak',
                what: "garak's report JSONL (`garak.<run>.report.jsonl`, NVIDIA)",
                reads: 'each `eval` line (probe, detector, `passed` of `total_evaluated`, or `total` before garak 0.14), the family being the probe\'s module (`dan` for `dan.Dan_11_0`); when it ran (`init.start_time`); the target (`plugins.target_name`); a line that is not JSON is a finding at that line',
            },
            {
                format: 'promptfoo',
                link: 'https://www.promptfoo.dev/docs/configuration/outputs/',
                what: 'the JSON of `promptfoo eval -o results.json`',
                reads: "each test's `success`, in the families it names (its red-team plugin `metadata.pluginId` and its assertions' `metric`s); when it ran (`results.timestamp`); the provider; `stats` are checked against the results",
            },
            {
                format: 'giskard',
                link: 'https://github.com/Giskard-AI/giskard',
                what: "Giskard's scan export (`scan_report.to_json(\"scan.json\")`)",
                reads: 'the issues each detector found, by level (`major`, `medium`, `minor`); the export has no date or model version, so the citation gives them',
            },
        ],
    },
    init: {
        // Which model version a garak, promptfoo or Giskard run tested only the team knows (ours says).
        cite(manifest, found) {
            const results = found.map((f) => ({ path: f.file, format: f.format, modelVersion: (f.read.ok ? f.read.value.modelVersion?.value : undefined) ?? init_citation/* TODO */.Pf }));
            (0,init_citation/* citeAt */.pZ)(manifest, ['assurance', 'robustness', 'results'], results);
        },
    },
};

;// CONCATENATED MODULE: ./build/evidence/security-scan/kind.js
/** Model security scans (modelscan), cited by `assurance.security.scans[].path`, judged on the files the system ships (`artifacts`). */



const securityScan = {
    ...securityScans,
    citedBy: ['assurance.security.scans.*.path'],
    formatField: 'assurance.security.scans.*.format',
    checks: SECURITY_SCAN_CHECKS,
    docs: {
        heading: 'Model security scans (`assurance.security.scans[].format`)',
        readsHeading: 'Read from it',
        formats: [
            {
                format: 'modelgate',
                what: 'our own scan result, JSON or YAML ([schema](../schemas/security-scan.schema.json)), for a scanner without an adapter',
                reads: 'everything',
            },
            {
                format: 'modelscan',
                link: 'https://github.com/protectai/modelscan',
                what: 'the JSON report of `modelscan -p PATH -r json -o report.json` (Protect AI)',
                reads: 'when it ran (`summary.timestamp`), the files scanned and skipped, each issue (severity, operator, module, source file), errors; the summary counts are checked against the issues list',
            },
        ],
    },
    init: {
        cite(manifest, found) {
            (0,init_citation/* citeAt */.pZ)(manifest, ['assurance', 'security', 'scans'], (0,init_citation/* pathsAndFormats */.Kw)(found));
        },
    },
};

;// CONCATENATED MODULE: ./build/evidence/registry.js
/**
 * Every kind of evidence modelgate reads. A kind is its folder, src/evidence/<id>/ (normalised
 * type, adapters, check functions, kind.ts, docs.md), plus its line here: the store, the
 * misfiled-file hint, the check-function index and the docs section all read this list.
 * The order matters once: a file that several kinds' adapters would recognise is described as
 * the first ("it looks like a fairlearn bias report").
 */










const EVIDENCE_KINDS = [bias, monitoring, monitoringRun, incidents, securityScan, robustness, mlBom, logging, energy, dataQuality];


/***/ }),

/***/ 6423:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ EvidenceStore)
/* harmony export */ });
/* harmony import */ var _fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9160);
/* harmony import */ var _load_model_card_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9057);
/* harmony import */ var _structured_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2591);
/**
 * Evidence for one system, loaded only when a rule asks and cached, so a bias report that four
 * rules look at is read and parsed once. Paths are cited relative to the manifest; a `#section`
 * suffix names a heading inside a Markdown file.
 */



class EvidenceStore {
    repo;
    manifest;
    kinds;
    cache = new Map();
    /** Where the manifest itself resolves to (null: it does not resolve), computed once. */
    manifestAbs;
    /** The files each cached result was made from, so a rule served from the cache notes them too. */
    cachedFiles = new Map();
    /** Files resolved while a cached result is being made (innermost load first). */
    loading;
    /** Files the current rule's checks used (see noteFiles). */
    noted;
    constructor(repo, manifest, 
    /** Every kind of evidence (registry.ts's EVIDENCE_KINDS), to name what a misfiled file looks like. */
    kinds) {
        this.repo = repo;
        this.manifest = manifest;
        this.kinds = kinds;
    }
    /**
     * From now on, note each cited file a check uses (resolved, read, parsed or hashed), whether or
     * not it comes from the cache; takeNotedFiles returns them. The evaluator brackets each rule
     * with the two, so a finding can say which files its rule judged.
     */
    noteFiles() {
        this.noted = new Set();
    }
    /** The files used since noteFiles, in the order first used; stops noting. */
    takeNotedFiles() {
        const files = [...(this.noted ?? [])];
        this.noted = undefined;
        return files;
    }
    use(rel) {
        this.noted?.add(rel);
        this.loading?.push(rel);
    }
    /** Resolves a path cited in the manifest to a regular file inside the repository. */
    file(ref) {
        const located = this.locate(ref);
        if (!located.ok)
            return located;
        const stat = this.repo.statFile(located.value.rel);
        if (!stat.ok)
            return { ok: false, problem: { message: stat.problem.message } };
        this.use(located.value.rel);
        return located;
    }
    /**
     * Resolves a cited path inside the repository without the text size cap, for files that are
     * only hashed (datasets): `file` refused any over max-file-size, so their declared checksums
     * could never be verified although `sha256` streams files up to 1 GB.
     */
    dataFile(ref) {
        const located = this.locate(ref);
        if (located.ok)
            this.use(located.value.rel);
        return located;
    }
    locate(ref) {
        const hash = ref.indexOf('#');
        const pathPart = hash >= 0 ? ref.slice(0, hash) : ref;
        const fragment = hash >= 0 ? ref.slice(hash + 1) : undefined;
        const resolved = this.repo.resolve(pathPart, this.manifest.dir);
        if (!resolved.ok)
            return { ok: false, problem: { message: resolved.problem.message } };
        // The manifest is a claim, not evidence: citing it (or a link to it) for a card, a plan or a
        // report must not pass as evidence of anything.
        if (this.manifestAbs === undefined) {
            const self = this.repo.resolve(this.manifest.file);
            this.manifestAbs = self.ok ? self.abs : null;
        }
        if (resolved.abs === this.manifestAbs) {
            return { ok: false, problem: { message: `${resolved.rel} is this system's manifest, which cannot be evidence for itself; cite the document that holds the evidence` } };
        }
        const cited = { rel: resolved.rel };
        if (fragment)
            cited.fragment = fragment;
        return { ok: true, value: cited };
    }
    /** A Markdown card (model or dataset card) cited by the manifest. */
    card(ref) {
        return this.cached(`card:${ref}`, () => {
            const text = this.text(ref);
            if (!text.ok)
                return text;
            return { ok: true, value: (0,_load_model_card_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCard */ .c)(text.value.text, text.value.rel) };
        });
    }
    /**
     * A cited file of one evidence kind, normalised by the adapter its `format` names (each
     * manifest field that cites it says), else by the first adapter that recognises it.
     */
    evidence(kind, ref, format) {
        return this.cached(`${kind.id}:${format ?? ''}:${ref}`, () => this.structured(ref, format, kind));
    }
    text(ref) {
        const cited = this.file(ref);
        if (!cited.ok)
            return cited;
        const read = this.repo.readText(cited.value.rel);
        if (!read.ok) {
            const problem = { message: read.problem.message };
            if (read.problem.kind === 'binary' || read.problem.kind === 'not-utf8')
                problem.binary = true;
            if (read.problem.line !== undefined)
                problem.at = { file: cited.value.rel, line: read.problem.line, column: 1 };
            return { ok: false, problem };
        }
        return { ok: true, value: { rel: cited.value.rel, text: read.text } };
    }
    structured(ref, format, kind) {
        const { adapters, what } = kind;
        const text = this.text(ref);
        if (!text.ok)
            return text;
        const { rel } = text.value;
        const parsed = (0,_structured_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEvidence */ .v)(rel, text.value.text, this.kinds);
        if (!parsed.ok) {
            const { message, line, column } = parsed.error;
            return { ok: false, problem: { message: `${rel}: ${message}`, at: { file: rel, line, column } } };
        }
        const read = this.withIncludes(kind, parsed.doc, rel, [rel], { files: MAX_INCLUDED_FILES, bytes: this.repo.maxFileBytes - Buffer.byteLength(text.value.text), read: new Set([this.realPath(rel)]) });
        if (!read.ok)
            return read;
        const doc = read.value;
        const start = { file: rel, line: 1, column: 1 };
        const value = doc.value;
        const known = adapters.map((a) => a.format).join(', ');
        const lookalike = describeLookalike(value, this.kinds);
        if (format) {
            const adapter = adapters.find((a) => a.format === format);
            if (!adapter)
                return { ok: false, problem: { message: `${what} format "${format}" is not supported; supported: ${known}`, at: start } };
            // A file of another format gets a finding that says so, not a list of schema errors.
            if (!adapter.detect(value) && lookalike) {
                return { ok: false, problem: { message: `${rel} is declared as a ${format} ${what}, but it looks like ${lookalike}`, at: start } };
            }
            return adapter.normalise(doc);
        }
        const detected = adapters.find((a) => a.detect(value));
        if (detected)
            return detected.normalise(doc);
        return {
            ok: false,
            problem: {
                message: lookalike
                    ? `${rel} is cited as a ${what}, but it looks like ${lookalike}`
                    : `${rel} is not a ${what} in a format modelgate reads (${known}); check the file or declare its format`,
                at: start,
            },
        };
    }
    /**
     * The document with the files it includes read in (Fluent Bit's @INCLUDE), as the tool reads
     * it: each relative to the cited file's folder, as Fluent Bit resolves them, and under the same
     * rules as a cited file (inside the repository, capped, noted as used). `chain` is the files
     * being read, outermost first: a file that includes itself, or includes nested deeper than
     * MAX_INCLUDE_DEPTH, is a finding at the @INCLUDE line, as is one that cannot be read.
     */
    withIncludes(kind, doc, cited, chain, budget) {
        const includes = kind.includes?.(doc) ?? [];
        if (includes.length === 0 || !kind.merge)
            return { ok: true, value: doc };
        const folder = cited.includes('/') ? cited.slice(0, cited.lastIndexOf('/')) : '';
        const included = [];
        for (const { path, line } of includes) {
            const at = { file: doc.file, line, column: 1 };
            const fail = (why) => ({ ok: false, problem: { message: `${doc.file}: @INCLUDE ${path}: ${why}`, at } });
            if (/[*?[]/.test(path))
                return fail('a pattern, which modelgate does not expand; include each file by name');
            const resolved = this.repo.resolve(path, folder);
            if (!resolved.ok)
                return fail(resolved.problem.message);
            if (chain.includes(resolved.rel))
                return fail(`${resolved.rel} is already being read (an @INCLUDE cycle)`);
            // Fluent Bit reads each file once (by inode): a second @INCLUDE of one stops it starting.
            if (budget.read.has(resolved.abs))
                return fail(`${resolved.rel} is already included; Fluent Bit refuses to read a file twice, and does not start`);
            budget.read.add(resolved.abs);
            if (chain.length > MAX_INCLUDE_DEPTH)
                return fail(`included more than ${MAX_INCLUDE_DEPTH} levels deep`);
            if (--budget.files < 0)
                return fail(`more than ${MAX_INCLUDED_FILES} included files, the most modelgate reads for one cited file`);
            this.use(resolved.rel);
            const text = this.repo.readText(resolved.rel);
            if (!text.ok)
                return fail(text.problem.message);
            // A cited file and all it includes count as one file against max-file-size: no more to
            // read than one file, however it is split (or however often one file is included).
            budget.bytes -= Buffer.byteLength(text.text);
            if (budget.bytes < 0)
                return fail(`${cited} and the files it includes are over the ${(0,_fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(this.repo.maxFileBytes)} limit together (max-file-size)`);
            const parsed = (0,_structured_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEvidence */ .v)(resolved.rel, text.text, this.kinds);
            if (!parsed.ok)
                return { ok: false, problem: { message: `${resolved.rel}: ${parsed.error.message}`, at: { file: resolved.rel, line: parsed.error.line, column: parsed.error.column } } };
            const nested = this.withIncludes(kind, parsed.doc, cited, [...chain, resolved.rel], budget);
            if (!nested.ok)
                return nested;
            included.push(nested.value);
        }
        const merged = kind.merge(doc, included);
        if (!merged.ok)
            return { ok: false, problem: { message: `${doc.file}: ${merged.error.message}`, at: { file: doc.file, line: merged.error.line, column: merged.error.column } } };
        return { ok: true, value: merged.doc };
    }
    /** Where a file read is, links resolved: the same file under two names is one file. */
    realPath(rel) {
        const resolved = this.repo.resolve(rel);
        return resolved.ok ? resolved.abs : rel;
    }
    /** SHA-256 of a cited file, streamed (data files may be larger than the text cap). */
    sha256(rel) {
        this.use(rel);
        const hash = this.repo.sha256(rel);
        return hash.ok ? { ok: true, value: hash.hex } : { ok: false, problem: { message: hash.problem.message } };
    }
    cached(key, load) {
        let result = this.cache.get(key);
        if (!result) {
            const outer = this.loading;
            const files = [];
            this.loading = files;
            try {
                result = load();
            }
            finally {
                this.loading = outer;
            }
            this.cache.set(key, result);
            if (files.length > 0)
                this.cachedFiles.set(key, files);
            outer?.push(...files);
        }
        else {
            for (const file of this.cachedFiles.get(key) ?? [])
                this.use(file);
        }
        return result;
    }
}
/** How deep included files may nest (Fluent Bit's own limit is its stack; real configs nest one or two). */
const MAX_INCLUDE_DEPTH = 8;
/** How many files one cited file may include in all. */
const MAX_INCLUDED_FILES = 64;
/** "an Evidently monitoring config", when some adapter of any kind recognises the value. */
function describeLookalike(value, kinds) {
    for (const kind of kinds) {
        const adapter = kind.adapters.find((a) => a.detect(value));
        if (adapter)
            return `a ${adapter.format === 'modelgate' ? 'modelgate' : adapter.format} ${kind.what}`;
    }
    return undefined;
}


/***/ }),

/***/ 2591:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ parseEvidence)
/* harmony export */ });
/* unused harmony export parseStructured */
/* harmony import */ var _load_json_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5749);
/* harmony import */ var _load_yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9996);


function parseEvidence(file, text, kinds) {
    for (const kind of kinds) {
        const parsed = kind.parse?.(file, text);
        if (parsed)
            return parsed;
    }
    return parseStructured(file, text);
}
function parseStructured(file, text) {
    const lower = file.toLowerCase();
    if (lower.endsWith('.json'))
        return (0,_load_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .q)(text, file);
    if (lower.endsWith('.yaml') || lower.endsWith('.yml'))
        return (0,_load_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)(text, { file });
    return /^\s*[[{]/.test(text) ? (0,_load_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .q)(text, file) : (0,_load_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)(text, { file });
}


/***/ }),

/***/ 4847:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PB: () => (/* binding */ assetNames),
/* harmony export */   Q$: () => (/* binding */ assetPath),
/* harmony export */   Tl: () => (/* binding */ packageVersion),
/* harmony export */   yA: () => (/* binding */ readAssetText)
/* harmony export */ });
/* unused harmony export packageRoot */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);
/**
 * Files that ship with modelgate (bundled policy packs and JSON Schemas), found relative to the
 * package root. The same lookup works from `src/` under the tests, from the committed `dist/`
 * bundle in the Action, and from an npm install.
 */



let cachedRoot;
function packageRoot() {
    if (cachedRoot)
        return cachedRoot;
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (;;) {
        const manifest = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'package.json');
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(manifest) && node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'policies'))) {
            const name = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(manifest, 'utf8')).name;
            if (name === 'modelgate')
                return (cachedRoot = dir);
        }
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir);
        if (parent === dir)
            throw new Error('modelgate: cannot find its own package root (policies/ and schemas/)');
        dir = parent;
    }
}
function assetPath(...segments) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(packageRoot(), ...segments);
}
/** The text of a bundled file, e.g. readAssetText('policies', 'frameworks', 'eu-ai-act.yaml'). */
function readAssetText(...segments) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(assetPath(...segments), 'utf8');
}
/** The names of the bundled files in `dir` that end with `ext`, sorted. */
function assetNames(dir, ext) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(assetPath(...dir)).filter((name) => name.endsWith(ext)).sort();
}
function packageVersion() {
    return JSON.parse(readAssetText('package.json')).version;
}


/***/ }),

/***/ 6719:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  kQ: () => (/* binding */ GitTreeSource),
  $Y: () => (/* binding */ git),
  Qo: () => (/* binding */ headCommit)
});

// UNUSED EXPORTS: isGitRef

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./build/types.js
var types = __nccwpck_require__(9291);
// EXTERNAL MODULE: ./build/fs/repo-fs.js
var repo_fs = __nccwpck_require__(9160);
;// CONCATENATED MODULE: ./build/fs/git-tree.js
/**
 * Files as they were at a commit, read from git's object store (nothing is checked out). Used to
 * compare a pull request with its base. The same rules as the working tree apply: no absolute
 * paths or "..", size caps, text only; symbolic links in the commit are not followed.
 */




/**
 * A commit SHA, a branch or tag, or a revision of one (`origin/main~1`): what a base may be.
 * Never an option (`-x`, which git would read as one) or a range (`a..b`).
 */
function isGitRef(ref) {
    return /^[\w./@^~{}-]+$/.test(ref) && !ref.startsWith('-') && !ref.includes('..');
}
class GitTreeSource {
    root;
    commit;
    entries;
    directories;
    maxFileBytes;
    texts = new Map();
    constructor(root, 
    /** The full commit id the tree belongs to. */
    commit, entries, directories, maxFileBytes) {
        this.root = root;
        this.commit = commit;
        this.entries = entries;
        this.directories = directories;
        this.maxFileBytes = maxFileBytes;
    }
    /**
     * The tree of `ref` in the repository at `root`. Throws a UsageError when `ref` is not a commit
     * there (a shallow clone may not have the base: fetch it, or use fetch-depth: 0).
     */
    static open(root, ref, maxFileBytes = repo_fs/* DEFAULT_MAX_FILE_BYTES */.CR) {
        if (!isGitRef(ref))
            throw new types/* UsageError */.eb(`"${ref}" is not a git ref`);
        const verified = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
        if (verified.status !== 0) {
            throw new types/* UsageError */.eb(`the base "${ref}" is not a commit in this repository (in a shallow clone, fetch it or use fetch-depth: 0)`);
        }
        const commit = verified.stdout.toString('utf8').trim();
        const listing = git(root, ['ls-tree', '-r', '-l', '-z', '--full-tree', commit]);
        if (listing.status !== 0)
            throw new types/* UsageError */.eb(`cannot list the files of ${commit}: ${listing.stderr.toString('utf8').trim()}`);
        const entries = new Map();
        const directories = new Set(['']);
        for (const record of listing.stdout.toString('utf8').split('\0')) {
            // "<mode> <type> <oid> <size>\t<path>"
            const match = record.match(/^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t(.+)$/s);
            if (!match || match[2] !== 'blob')
                continue;
            const file = match[5];
            entries.set(file, { mode: match[1], oid: match[3], size: match[4] === '-' ? 0 : Number(match[4]) });
            // Each folder once: stop at the first one already known (its parents are known too), so a
            // deep path costs its length, not its length times its depth.
            for (let end = file.lastIndexOf('/'); end > 0; end = file.lastIndexOf('/', end - 1)) {
                const dir = file.slice(0, end);
                if (directories.has(dir))
                    break;
                directories.add(dir);
            }
        }
        return new GitTreeSource(root, commit, entries, directories, maxFileBytes);
    }
    /** Every regular file in the commit (not links or submodules), repository-relative. */
    *files() {
        for (const [file, entry] of this.entries)
            if (entry.mode !== '120000' && entry.mode !== '160000')
                yield file;
    }
    resolve(ref, fromDir = '') {
        const citation = (0,repo_fs/* normaliseCitation */.KM)(ref, fromDir);
        if (!citation.ok)
            return citation;
        const problem = this.problemWith(citation.rel);
        return problem ? { ok: false, rel: citation.rel, problem } : { ok: true, rel: citation.rel, abs: citation.rel };
    }
    statFile(rel) {
        const problem = this.problemWith(rel);
        if (problem)
            return { ok: false, problem };
        const size = this.entries.get(rel).size;
        if (size > this.maxFileBytes)
            return { ok: false, problem: tooLarge(rel, size, this.maxFileBytes) };
        return { ok: true, bytes: size };
    }
    /** Drops cached texts (all, or one file): the engine calls this after each system, as with RepoFs. */
    forget(rel) {
        if (rel === undefined)
            this.texts.clear();
        else
            this.texts.delete(rel);
    }
    readText(rel) {
        let cached = this.texts.get(rel);
        if (!cached) {
            const stat = this.statFile(rel);
            if (!stat.ok)
                cached = { ok: false, rel, problem: stat.problem };
            else {
                const blob = this.blob(rel, this.maxFileBytes);
                cached = blob.ok ? (0,repo_fs/* decodeText */.g7)(rel, blob.bytes) : { ok: false, rel, problem: blob.problem };
            }
            this.texts.set(rel, cached);
        }
        return cached;
    }
    sha256(rel) {
        const problem = this.problemWith(rel);
        if (problem)
            return { ok: false, problem };
        const blob = this.blob(rel, repo_fs/* DEFAULT_MAX_HASH_BYTES */.YT);
        return blob.ok ? { ok: true, hex: (0,external_node_crypto_.createHash)('sha256').update(blob.bytes).digest('hex') } : blob;
    }
    problemWith(rel) {
        const entry = this.entries.get(rel);
        const where = `${rel} (at ${this.commit.slice(0, 12)})`;
        if (!entry) {
            return this.directories.has(rel)
                ? { kind: 'not-a-file', message: `${where} is a directory, not a file` }
                : { kind: 'missing', message: `${where} does not exist` };
        }
        if (entry.mode === '120000')
            return { kind: 'symlink-outside', message: `${where} is a symbolic link, which is not followed in the base commit` };
        if (entry.mode === '160000')
            return { kind: 'not-a-file', message: `${where} is a submodule, not a file` };
        return undefined;
    }
    blob(rel, cap) {
        const entry = this.entries.get(rel);
        if (entry.size > cap)
            return { ok: false, problem: tooLarge(rel, entry.size, cap) };
        const result = git(this.root, ['cat-file', 'blob', entry.oid], cap + 1024);
        if (result.status !== 0)
            return { ok: false, problem: { kind: 'unreadable', message: `${rel} cannot be read from ${this.commit.slice(0, 12)}` } };
        return { ok: true, bytes: result.stdout };
    }
}
function tooLarge(rel, size, cap) {
    return { kind: 'too-large', message: `${rel} is ${(0,repo_fs/* formatBytes */.z3)(size)}, over the ${(0,repo_fs/* formatBytes */.z3)(cap)} limit (max-file-size)` };
}
/** git in `root`, reading objects only: no prompt, hook or pager. */
function git(root, args, maxBuffer = 256 * 1024 * 1024) {
    return (0,external_node_child_process_namespaceObject.spawnSync)('git', args, {
        cwd: root,
        maxBuffer,
        // Never prompt, never run hooks or pagers; read objects only.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' },
        windowsHide: true,
    });
}
/**
 * The commit checked out at `root`, for provenance: HEAD when `root` lies in a git work tree,
 * with whether tracked files differ from it; else none, and why.
 */
function headCommit(root) {
    const inside = git(root, ['rev-parse', '--is-inside-work-tree']);
    if (inside.status !== 0 || inside.stdout.toString('utf8').trim() !== 'true')
        return { commit: null, source: 'the root is not in a git work tree' };
    const head = git(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    const commit = head.stdout.toString('utf8').trim();
    if (head.status !== 0 || !/^[0-9a-f]{40,64}$/.test(commit))
        return { commit: null, source: 'the git work tree has no commit yet' };
    const status = git(root, ['status', '--porcelain', '--untracked-files=no', '-z']);
    const changed = status.status === 0 && status.stdout.length > 0;
    return { commit, source: changed ? 'git HEAD (tracked files have uncommitted changes: the file digests say what was read)' : 'git HEAD' };
}


/***/ }),

/***/ 7823:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ replaceWithText),
/* harmony export */   Hn: () => (/* binding */ repositoryRoot),
/* harmony export */   PJ: () => (/* binding */ isLink),
/* harmony export */   S8: () => (/* binding */ dirEntries),
/* harmony export */   TY: () => (/* binding */ linkedFolderOnTheWay),
/* harmony export */   XF: () => (/* binding */ readLink),
/* harmony export */   dJ: () => (/* binding */ stat),
/* harmony export */   fo: () => (/* binding */ isFile),
/* harmony export */   mF: () => (/* binding */ writeTextInChunks),
/* harmony export */   px: () => (/* binding */ writeTextMakingFolders),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   wd: () => (/* binding */ isDirectory),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* unused harmony exports writeText, writeChunks */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/**
 * Plain local file access for the paths a user or the runner names: the CLI's arguments and
 * `--output`, the baseline file, what `init` reads and writes, policy test folders, the Actions
 * event payload, and how discovery and the coverage scope look at the disk. Pull-request content
 * is read through RepoFs (repo-fs.ts), which adds the root, link and size checks; these are the
 * same node:fs calls as before, named, so node:fs is imported only under src/fs/.
 */


/** Whether anything (following links) is at `file`. */
function exists(file) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file);
}
/** Whether `file` exists and is (or links to) a directory. */
function isDirectory(file) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file) && node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(file).isDirectory();
}
/** Whether `file` itself is a regular file (a link is not); false when it cannot be read. */
function isFile(file) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(file).isFile();
    }
    catch {
        return false;
    }
}
/** Whether `file` itself is a symbolic link; false when it cannot be read. */
function isLink(file) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(file).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/**
 * The first folder on the way from `root` to `rel` (repository-relative, `/`-separated) that is
 * a symbolic link, if any: a file written there would land wherever the link points.
 */
function linkedFolderOnTheWay(root, rel) {
    const folders = rel.split('/').slice(0, -1);
    for (let depth = 1; depth <= folders.length; depth++) {
        const folder = folders.slice(0, depth).join('/');
        if (isLink(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, folder)))
            return folder;
    }
    return undefined;
}
/** Where the link `file` points, as written in the link. Throws as readlink does. */
function readLink(file) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync(file);
}
/** `file`'s status, following links. Throws as stat does. */
function stat(file) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(file);
}
/** The entries of directory `dir` (links not followed). Throws as readdir does. */
function dirEntries(dir) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(dir, { withFileTypes: true });
}
/** `file` read as UTF-8 text. Throws as readFile does. */
function readText(file) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
}
/** Writes `text` to `file`, replacing it; its folder must exist. Throws as writeFile does. */
function writeText(file, text) {
    fs.writeFileSync(file, text);
}
/** Writes to `file`, replacing it, 64 KB at a time as `produce` gives it (output too large for one string). */
function writeTextInChunks(file, produce) {
    writeChunks(file, 'w', produce);
}
/** Opens `file` with `flags` ('w', or 'wx': never through a file or link already there) and writes what `produce` gives, 64 KB at a time. */
function writeChunks(file, flags, produce) {
    const fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file, flags);
    try {
        let pending = '';
        produce((chunk) => {
            pending += chunk;
            if (pending.length >= 65_536) {
                node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(fd, pending);
                pending = '';
            }
        });
        node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(fd, pending);
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
}
/** Writes `text` to `file`, creating its folders first. */
function writeTextMakingFolders(file, text) {
    node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
    node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(file, text);
}
/** Creates `file` anew with `text`: folders made, and whatever is there (a link too) removed, never written through. */
function replaceWithText(file, text) {
    node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
    node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(file, { force: true });
    node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(file, text, { flag: 'wx' });
}
/** The nearest directory at or above `target` that holds `.git`; else the target's directory. */
function repositoryRoot(target) {
    const start = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(target).isDirectory() ? target : node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(target);
    for (let dir = start;; dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir)) {
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, '.git')))
            return dir;
        if (node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir) === dir)
            return start;
    }
}


/***/ }),

/***/ 9160:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   CR: () => (/* binding */ DEFAULT_MAX_FILE_BYTES),
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   GB: () => (/* binding */ RepoFs),
/* harmony export */   KM: () => (/* binding */ normaliseCitation),
/* harmony export */   YT: () => (/* binding */ DEFAULT_MAX_HASH_BYTES),
/* harmony export */   g7: () => (/* binding */ decodeText),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9291);
/**
 * The only way modelgate reads files. Every path is resolved against the repository root and
 * refused when it is absolute, climbs out with `..`, or is (or passes through) a symbolic link
 * that leads outside the root. Only regular files are opened, never more than the size cap is
 * read, and binary or non-UTF-8 content is refused. A refusal is a value, not an exception, so
 * callers turn it into a finding at the line that cited the path.
 */




/**
 * The repository-relative path a document's citation names, or why it cannot name one: empty,
 * absolute (POSIX or Windows), or climbing out of the root with "..". Backslashes count as
 * separators so manifests written on Windows still resolve.
 */
function normaliseCitation(ref, fromDir = '') {
    const written = ref.trim();
    if (written === '')
        return { ok: false, problem: { kind: 'empty-path', message: 'the path is empty' } };
    const slashed = written.replace(/\\/g, '/');
    if (slashed.startsWith('/') || /^[A-Z]:\//i.test(slashed)) {
        return { ok: false, problem: { kind: 'absolute-path', message: `"${clip(written)}" is an absolute path; cite files relative to the manifest` } };
    }
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_2__.posix.join(fromDir || '.', slashed));
    if (rel === '..' || rel.startsWith('../')) {
        return { ok: false, problem: { kind: 'outside-root', message: `"${clip(written)}" leads outside the repository` } };
    }
    return { ok: true, rel: rel === '.' ? '' : rel };
}
const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const DEFAULT_MAX_HASH_BYTES = 1024 * 1024 * 1024;
/** Files up to this size are read into one buffer kept for the purpose (see readBuffer). */
const REUSED_BUFFER_BYTES = 1024 * 1024;
// O_NONBLOCK: opening a FIFO must not hang; O_NOFOLLOW: the path was resolved, so a link at
// its end means one was swapped in since.
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0);
/** A path segment that names an entry: not empty (a trailing slash), `.` or `..`. */
function isPlainName(name) {
    return name !== '' && name !== '.' && name !== '..';
}
/** Whether an open file's path can be read back (Linux, with /proc mounted); checked once. */
const HAS_PROC_FD = process.platform === 'linux' && node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync('/proc/self/fd');
function openedPath(fd) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync(`/proc/self/fd/${fd}`);
    }
    catch {
        return undefined;
    }
}
class RepoFs {
    /** Real path of the root (symlinks resolved), used for containment checks. */
    root;
    maxFileBytes;
    textCache = new Map();
    /** Resolutions and stats of the current system's files: rules ask about the same file many times. */
    resolveCache = new Map();
    /** Real paths of the current system's folders: its files share a handful of them. */
    folderCache = new Map();
    /** See readBuffer. */
    reusedBuffer;
    statCache = new Map();
    /** Whether opened files are checked by the name the system gives them (see openResolved). */
    procFd;
    /** SHA-256 of each file read since startReadLog (see there); undefined when not logging. */
    readLog;
    /**
     * @param options.procFd  check opened files through /proc/self/fd (default: where there is
     *   one); false resolves each path afresh before opening it, as on macOS and Windows
     */
    constructor(root, options = {}) {
        this.root = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(root));
        this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
        this.procFd = options.procFd ?? HAS_PROC_FD;
    }
    /** Repository-relative form of an absolute path inside the root. */
    relative(abs) {
        return node_path__WEBPACK_IMPORTED_MODULE_2__.relative(this.root, abs).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
    }
    /**
     * Resolves `ref` as written in a document in `fromDir` (repo-relative). Backslashes are
     * treated as separators so manifests written on Windows still resolve.
     */
    resolve(ref, fromDir = '') {
        const citation = normaliseCitation(ref, fromDir);
        return citation.ok ? this.resolveRel(citation.rel) : citation;
    }
    /** Resolves a repository-relative path that is already normalised. */
    resolveRel(rel) {
        let resolved = this.resolveCache.get(rel);
        if (!resolved) {
            resolved = this.resolveUncached(rel);
            this.resolveCache.set(rel, resolved);
        }
        return resolved;
    }
    resolveUncached(rel) {
        // The common case, a plain file in a folder already resolved, costs one lstat instead of a
        // realpath (a readlink per folder on the way). Links, `..`, a trailing slash and every error
        // take the full path.
        const slash = rel.lastIndexOf('/');
        const name = rel.slice(slash + 1);
        const folder = !isPlainName(name) ? undefined : slash < 0 ? this.root : this.realFolder(rel.slice(0, slash));
        if (folder !== undefined) {
            const abs = node_path__WEBPACK_IMPORTED_MODULE_2__.join(folder, name);
            let entry;
            try {
                entry = node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync(abs);
            }
            catch {
                // resolved below, with the error realpath gives
            }
            if (entry && !entry.isSymbolicLink()) {
                this.statCache.set(rel, this.statResult(rel, entry)); // not a link: its lstat is its stat
                return { ok: true, rel, abs };
            }
        }
        return this.resolveByRealpath(rel);
    }
    /** Resolves every part of the path afresh, through the system's realpath. */
    resolveByRealpath(rel) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.root, rel);
        if (!this.contains(abs))
            return { ok: false, rel, problem: { kind: 'outside-root', message: `"${clip(rel)}" leads outside the repository` } };
        let real;
        try {
            real = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(abs);
        }
        catch (error) {
            return { ok: false, rel, problem: this.realpathProblem(rel, abs, error) };
        }
        if (!this.contains(real)) {
            return {
                ok: false,
                rel,
                problem: {
                    kind: 'symlink-outside',
                    message: `${rel} is a symbolic link (or lies under one) that leads outside the repository`,
                },
            };
        }
        return { ok: true, rel, abs: real };
    }
    /**
     * The real path of a repository folder when it lies inside the root, else undefined. Built
     * from its parent's, one lstat per folder; a folder that is a link is resolved in full.
     */
    realFolder(relFolder) {
        if (this.folderCache.has(relFolder))
            return this.folderCache.get(relFolder);
        const slash = relFolder.lastIndexOf('/');
        const parent = slash < 0 ? this.root : this.realFolder(relFolder.slice(0, slash));
        const name = relFolder.slice(slash + 1);
        let real;
        if (parent !== undefined && isPlainName(name)) {
            const candidate = node_path__WEBPACK_IMPORTED_MODULE_2__.join(parent, name);
            try {
                const entry = node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync(candidate);
                if (entry.isDirectory())
                    real = candidate;
                // A link to a folder is that folder; a link to a file is no folder (as the kernel says).
                else if (entry.isSymbolicLink() && node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(candidate).isDirectory())
                    real = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(candidate);
            }
            catch {
                real = undefined;
            }
        }
        if (real !== undefined && !this.contains(real))
            real = undefined;
        this.folderCache.set(relFolder, real);
        return real;
    }
    /** Whether a real (link-free) absolute path lies inside the root. */
    contains(real) {
        // A root of "/" (or "C:\\") already ends with the separator.
        return real === this.root || real.startsWith(this.root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? this.root : this.root + node_path__WEBPACK_IMPORTED_MODULE_2__.sep);
    }
    /**
     * Opens a resolved file for reading without following a link, then makes sure of what was
     * opened: a folder on the path may have been swapped for a link since it was resolved, and
     * O_NOFOLLOW guards only the last part. Where the system names an open file's path
     * (/proc/self/fd on Linux) that name must lie inside the root; elsewhere the whole path is
     * resolved afresh right before opening.
     */
    openResolved(rel) {
        const resolved = this.resolveForOpen(rel);
        if (!resolved.ok)
            return resolved;
        let fd;
        try {
            fd = node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync(resolved.abs, OPEN_FLAGS);
        }
        catch (error) {
            return { ok: false, problem: this.openProblem(rel, error) };
        }
        if (!this.isOpenedAt(fd, rel, resolved.abs)) {
            // Reached through a link swapped in since: not read. A fresh resolution says how.
            node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(fd);
            const now = this.resolveByRealpath(rel);
            return now.ok ? { ok: false, problem: { kind: 'symlink-outside', message: `${rel} became a symbolic link while being read` } } : now;
        }
        return { ok: true, fd };
    }
    /**
     * Whether the file open as `fd` lies inside the root. The system's own name for it is the
     * answer (whatever was swapped on the way, that is the file that would be read); where there
     * is none, the path is resolved afresh.
     */
    isOpenedAt(fd, rel, abs) {
        if (!this.procFd)
            return true; // resolved afresh right before opening
        const name = openedPath(fd);
        if (name !== undefined)
            return this.contains(name);
        const now = this.resolveByRealpath(rel);
        return now.ok && now.abs === abs;
    }
    /** The resolution a file is opened by (a step of its own so tests can change the files here). */
    resolveForOpen(rel) {
        return this.procFd ? this.resolveRel(rel) : this.resolveByRealpath(rel);
    }
    /** Whether `rel` resolves to a regular file inside the root and under the size cap. */
    statFile(rel) {
        let stat = this.statCache.get(rel);
        if (!stat) {
            stat = this.statUncached(rel);
            this.statCache.set(rel, stat);
        }
        return stat;
    }
    statUncached(rel) {
        const resolved = this.resolveRel(rel);
        if (!resolved.ok)
            return resolved;
        // Resolving a plain file stated it already (see resolveUncached).
        const known = this.statCache.get(rel);
        if (known)
            return known;
        let stat;
        try {
            stat = node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(resolved.abs);
        }
        catch {
            return { ok: false, problem: { kind: 'unreadable', message: `${rel} cannot be read` } };
        }
        return this.statResult(rel, stat);
    }
    statResult(rel, stat) {
        const kindProblem = this.fileKindProblem(rel, stat);
        return kindProblem ? { ok: false, problem: kindProblem } : { ok: true, bytes: stat.size };
    }
    /** Reads a repository-relative file as UTF-8 text (BOM removed). Results are cached. */
    readText(rel) {
        let result = this.textCache.get(rel);
        // Read before the log began, so not hashed: read again (rare: the engine forgets every file
        // after each system).
        if (result?.ok && this.readLog && !result.sha256)
            result = undefined;
        if (!result) {
            result = this.readTextUncached(rel);
            this.textCache.set(rel, result);
        }
        if (this.readLog && result.ok && result.sha256)
            this.readLog.set(rel, result.sha256);
        return result;
    }
    /**
     * From now on, note the SHA-256 of every file read (as text, or hashed whole), for provenance:
     * the digest of the bytes read is taken where they are read, so nothing is read twice. Notes
     * the files read from the cache too, so a file read before the log began still counts.
     */
    startReadLog() {
        this.readLog = new Map();
    }
    /** The files read since startReadLog, sorted by path, and stops noting them. */
    takeReadLog() {
        const log = this.readLog ?? new Map();
        this.readLog = undefined;
        return [...log].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, sha256]) => ({ path: file, sha256 }));
    }
    /**
     * SHA-256 of a repository-relative file, read in chunks so data files larger than the text cap
     * can be verified (up to `maxHashBytes`).
     */
    sha256(rel, maxHashBytes = DEFAULT_MAX_HASH_BYTES) {
        const opened = this.openResolved(rel);
        if (!opened.ok)
            return opened;
        const fd = opened.fd;
        try {
            const stat = node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync(fd);
            if (!stat.isFile())
                return { ok: false, problem: { kind: 'not-a-file', message: `${rel} is not a regular file` } };
            if (stat.size > maxHashBytes) {
                return { ok: false, problem: { kind: 'too-large', message: `${rel} is ${formatBytes(stat.size)}, over the ${formatBytes(maxHashBytes)} limit for checksums` } };
            }
            const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
            const chunk = this.readBuffer(REUSED_BUFFER_BYTES);
            for (;;) {
                const read = node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync(fd, chunk, 0, chunk.length, null);
                if (read === 0)
                    break;
                hash.update(chunk.subarray(0, read));
            }
            const hex = hash.digest('hex');
            this.readLog?.set(rel, hex);
            return { ok: true, hex };
        }
        catch (error) {
            return { ok: false, problem: this.openProblem(rel, error) };
        }
        finally {
            node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(fd);
        }
    }
    /** Drops cached file contents (the engine calls this after each system to bound memory). */
    forget(rel) {
        if (rel === undefined) {
            this.textCache.clear();
            this.resolveCache.clear();
            this.folderCache.clear();
            this.statCache.clear();
        }
        else {
            this.textCache.delete(rel);
            this.resolveCache.delete(rel);
            this.statCache.delete(rel);
        }
    }
    readTextUncached(rel) {
        const opened = this.openResolved(rel);
        if (!opened.ok)
            return { ok: false, rel, problem: opened.problem };
        const fd = opened.fd;
        try {
            const stat = node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync(fd);
            const kindProblem = this.fileKindProblem(rel, stat);
            if (kindProblem)
                return { ok: false, rel, problem: kindProblem };
            const buffer = this.readBuffer(stat.size);
            let filled = 0;
            while (filled < stat.size) {
                const read = node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync(fd, buffer, filled, stat.size - filled, filled);
                if (read === 0)
                    break;
                filled += read;
            }
            const bytes = buffer.subarray(0, filled);
            const text = decodeText(rel, bytes);
            // Hashed here, while the bytes are in memory, when provenance is asked for: it names
            // exactly the bytes that were judged.
            if (text.ok && this.readLog)
                text.sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
            return text;
        }
        catch (error) {
            return { ok: false, rel, problem: this.openProblem(rel, error) };
        }
        finally {
            node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(fd);
        }
    }
    /**
     * A buffer of at least `size` bytes to read a file into before decoding it. One is kept for
     * files up to 1 MB (a buffer per file was 15,000 allocations outside the JS heap per 1,000
     * systems, which the garbage collector frees late); a larger file gets its own.
     */
    readBuffer(size) {
        if (size > REUSED_BUFFER_BYTES)
            return Buffer.allocUnsafe(size);
        this.reusedBuffer ??= Buffer.allocUnsafe(REUSED_BUFFER_BYTES);
        return this.reusedBuffer;
    }
    fileKindProblem(rel, stat) {
        if (stat.isDirectory())
            return { kind: 'not-a-file', message: `${rel} is a directory, not a file` };
        if (!stat.isFile()) {
            return { kind: 'not-a-file', message: `${rel} is not a regular file (a device, FIFO or socket)` };
        }
        if (stat.size > this.maxFileBytes) {
            return {
                kind: 'too-large',
                message: `${rel} is ${formatBytes(stat.size)}, over the ${formatBytes(this.maxFileBytes)} limit (max-file-size)`,
            };
        }
        return undefined;
    }
    realpathProblem(rel, abs, error) {
        const code = error.code;
        if (code === 'ELOOP')
            return { kind: 'symlink-loop', message: `${rel} is a symbolic link loop` };
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            let dangling = false;
            try {
                dangling = node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync(abs).isSymbolicLink();
            }
            catch {
                // not there at all
            }
            return {
                kind: 'missing',
                message: dangling ? `${rel} is a symbolic link to a file that does not exist` : `${rel} does not exist`,
            };
        }
        return { kind: 'unreadable', message: `${rel} cannot be read (${code ?? 'error'})` };
    }
    openProblem(rel, error) {
        const code = error.code;
        if (code === 'ELOOP') {
            return { kind: 'symlink-outside', message: `${rel} became a symbolic link while being read` };
        }
        if (code === 'ENOENT')
            return { kind: 'missing', message: `${rel} does not exist` };
        if (code === 'EISDIR')
            return { kind: 'not-a-file', message: `${rel} is a directory, not a file` };
        return { kind: 'unreadable', message: `${rel} cannot be read (${code ?? 'error'})` };
    }
}
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** Turns bytes into text, refusing binary content and invalid UTF-8 with the line at fault. */
function decodeText(rel, bytes) {
    if (bytes.includes(0)) {
        return { ok: false, rel, problem: { kind: 'binary', message: `${rel} is a binary file, not text` } };
    }
    try {
        // TextDecoder drops a leading BOM itself when ignoreBOM is false.
        return { ok: true, rel, text: utf8.decode(bytes), bytes: bytes.length };
    }
    catch {
        const line = firstInvalidUtf8Line(bytes);
        return {
            ok: false,
            rel,
            problem: { kind: 'not-utf8', message: `${rel} is not valid UTF-8 text (first bad byte on line ${line})`, line },
        };
    }
}
function firstInvalidUtf8Line(bytes) {
    // Shrink the prefix that still decodes; cheap enough for the capped sizes we read.
    let low = 0;
    let high = bytes.length;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        try {
            // stream: an incomplete sequence at the cut is not an error; a fresh decoder per probe.
            new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
            low = mid;
        }
        catch {
            high = mid - 1;
        }
    }
    let line = 1;
    for (let i = 0; i < low; i++)
        if (bytes[i] === 0x0a)
            line++;
    return line;
}
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
    return `${bytes} bytes`;
}
/** Shortens text a user wrote before quoting it back in a message. */
function clip(text, max = 80) {
    const flat = text.replace(/[\r\n\t]+/g, ' ');
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
/** "5MB", "500KB", "1048576" → bytes. */
function parseSize(text) {
    const match = text.trim().match(/^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i);
    if (!match)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`max-file-size must be a size such as 5MB or 500KB, not "${text}"`);
    const unit = (match[2] ?? 'b').toLowerCase()[0];
    const bytes = Math.floor(Number(match[1]) * { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit]);
    if (bytes < 1)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('max-file-size must be at least 1 byte');
    return bytes;
}


/***/ }),

/***/ 3249:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ citationsByField)
/* harmony export */ });
/* unused harmony export CITATION_FIELDS */
/**
 * Where a manifest cites repository files: the fields whose schema type is `$defs/path`. Used by
 * the changed-files scope (a link's target changing touches the system) and the governance rule
 * that no citation is dropped.
 */
/**
 * The fields that cite a repository file (the schema's `$defs/path`), as paths with `*` for any
 * array index or key. A test checks this list against schemas/ai-system.schema.json.
 */
const CITATION_FIELDS = [
    'modelCard',
    'risk.impactAssessment.path',
    'risk.register',
    'risk.euAiAct.notHighRiskAssessment',
    'data.datasets.*.card',
    'data.datasets.*.quality.path',
    'data.datasets.*.croissant',
    'bias.reports.*.path',
    'monitoring.config',
    'monitoring.latestRun',
    'monitoring.postMarketPlan',
    'monitoring.incidents',
    'monitoring.logging.configs.*.path',
    'oversight.plan',
    'oversight.capabilities.*.evidence',
    'assurance.*.evidence',
    'assurance.security.scans.*.path',
    'assurance.robustness.results.*.path',
    'supplyChain.bom.path',
    'assurance.energy.reports.*.path',
    'transparency.disclosure',
    'transparency.contentMarking.evidence',
    'transparency.technicalDocumentation',
    'transparency.trainingContentSummary',
    'evidence.*.path',
];
/** Every citation in a manifest, by field (`bias.reports.*.path` → ['evidence/bias.json', …]). */
function citationsByField(data) {
    const found = new Map();
    for (const field of CITATION_FIELDS) {
        const values = [];
        const walk = (value, rest) => {
            if (rest.length === 0) {
                if (typeof value === 'string' && value.trim() !== '')
                    values.push(value);
                return;
            }
            if (!value || typeof value !== 'object')
                return;
            const [head, ...tail] = rest;
            if (head === '*')
                for (const item of Object.values(value))
                    walk(item, tail);
            else if (Object.hasOwn(value, head))
                walk(value[head], tail);
        };
        walk(data, field.split('.'));
        if (values.length > 0)
            found.set(field, values);
    }
    return found;
}


/***/ }),

/***/ 5749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parseJson)
/* harmony export */ });
/* unused harmony export JsonDoc */
/* harmony import */ var _lazy_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4285);
/* harmony import */ var _source_doc_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5121);


class JsonDoc {
    file;
    value;
    text;
    tree;
    index;
    /** Members of each object node by key, built on first use (see `child`). */
    members = new WeakMap();
    constructor(file, value, text) {
        this.file = file;
        this.value = value;
        this.text = text;
    }
    locate(path) {
        this.tree ??= (0,_lazy_js__WEBPACK_IMPORTED_MODULE_0__/* .libraries */ .G6)().jsonc.parseTree(this.text) ?? undefined;
        this.index ??= new _source_doc_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .rr(this.text);
        if (!this.tree)
            return { line: 1, column: 1 };
        // The deepest node on the path that exists (the nearest ancestor of a missing one).
        let node = this.tree;
        for (const segment of path) {
            const next = this.child(node, segment);
            if (!next)
                break;
            node = next;
        }
        // Point at a member's key when it holds a block, at the value itself when it is a scalar.
        const scalar = node.type !== 'object' && node.type !== 'array';
        const anchor = !scalar && node.parent?.type === 'property' ? node.parent : node;
        const start = this.index.position(anchor.offset);
        const end = this.index.position(anchor.offset + anchor.length);
        return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    }
    /**
     * A member or item of `node`. jsonc-parser's findNodeAtLocation scans an object's members for
     * every lookup, which made adapters that locate each of N results quadratic (100,000 groups in
     * one Fairlearn frame took over a minute); members are indexed once per object instead. With a
     * duplicated key the last member wins, as in JSON.parse, so a finding points at the value read.
     */
    child(node, segment) {
        if (typeof segment === 'number')
            return node.type === 'array' ? node.children?.[segment] : undefined;
        if (node.type !== 'object')
            return undefined;
        let members = this.members.get(node);
        if (!members) {
            members = new Map();
            for (const property of node.children ?? []) {
                const [key, value] = property.children ?? [];
                if (key && value && typeof key.value === 'string')
                    members.set(key.value, value);
            }
            this.members.set(node, members);
        }
        return members.get(segment);
    }
}
function parseJson(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return { ok: false, error: locateJsonError(text) };
    }
    if ((0,_source_doc_js__WEBPACK_IMPORTED_MODULE_1__/* .nestingDepth */ .Qk)(value, _source_doc_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING_DEPTH */ .wM) > _source_doc_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING_DEPTH */ .wM) {
        return { ok: false, error: { message: `JSON is nested more than ${_source_doc_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING_DEPTH */ .wM} levels deep`, line: 1, column: 1 } };
    }
    return { ok: true, doc: new JsonDoc(file, value, text) };
}
/** Our own message for invalid JSON: V8's quotes the offending text, which we must not echo. */
function locateJsonError(text) {
    if (text.trim() === '')
        return { message: 'invalid JSON: the file is empty', line: 1, column: 1 };
    const errors = [];
    const { jsonc } = (0,_lazy_js__WEBPACK_IMPORTED_MODULE_0__/* .libraries */ .G6)(); // outside the try: unloaded parsers must not read as a deep text
    try {
        jsonc.parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    }
    catch {
        // Too deeply nested for the position parser: still a located failure.
    }
    const first = errors[0];
    if (!first)
        return { message: 'invalid JSON', line: 1, column: 1 };
    const index = new _source_doc_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .rr(text);
    const before = text.slice(0, first.offset).trimEnd();
    if (before.endsWith(',') && /^\s*[}\]]/.test(text.slice(first.offset))) {
        const comma = index.position(before.length - 1);
        return { message: 'invalid JSON: trailing comma', line: comma.line, column: comma.column };
    }
    const at = index.position(first.offset);
    return { message: `invalid JSON: ${humanise((0,_lazy_js__WEBPACK_IMPORTED_MODULE_0__/* .libraries */ .G6)().jsonc.printParseErrorCode(first.error))}`, line: at.line, column: at.column };
}
function humanise(code) {
    // "PropertyNameExpected" → "property name expected"
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G6: () => (/* binding */ libraries),
/* harmony export */   MN: () => (/* binding */ LibrariesNotLoaded),
/* harmony export */   k5: () => (/* binding */ loadLibraries)
/* harmony export */ });
let loaded;
/** Thrown by `libraries()` before `loadLibraries()` has finished: a caller that skipped loading them can load them and run again. */
class LibrariesNotLoaded extends Error {
    constructor() {
        super('modelgate: the parsers are not loaded (await loadLibraries() first)');
    }
}
async function loadLibraries() {
    loaded ??= await Promise.all(/* import() */[__nccwpck_require__.e(439), __nccwpck_require__.e(255), __nccwpck_require__.e(57)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8057));
}
function libraries() {
    if (!loaded)
        throw new LibrariesNotLoaded();
    return loaded;
}


/***/ }),

/***/ 7454:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JO: () => (/* binding */ systemId),
/* harmony export */   Rr: () => (/* binding */ MANIFEST_NAMES),
/* harmony export */   ac: () => (/* binding */ RISK_TIERS),
/* harmony export */   eY: () => (/* binding */ loadManifest),
/* harmony export */   tJ: () => (/* binding */ LIFECYCLE_STAGES)
/* harmony export */ });
/* unused harmony export MAX_PROBLEMS_PER_RULE */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6736);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9996);
/**
 * `ai-system.yaml`: read it, parse it with positions, validate it against
 * `schemas/ai-system.schema.json`, and say what is wrong at the line that is wrong. A manifest
 * that parses but breaks the schema is still returned, so the rules can report on everything
 * else in it; one that does not parse (or is not a mapping) stops there.
 */



const LIFECYCLE_STAGES = ['design', 'development', 'verification', 'deployment', 'operation', 'retired'];
const RISK_TIERS = ['prohibited', 'high', 'limited', 'minimal', 'gpai', 'gpai-systemic'];
const MANIFEST_NAMES = ['ai-system.yaml', 'ai-system.yml'];
function loadManifest(repo, file) {
    const at = (line = 1, column = 1) => ({ file, line, column });
    const read = repo.readText(file);
    if (!read.ok) {
        return { ok: false, problems: [{ ruleId: 'manifest/readable', message: read.problem.message, location: at(read.problem.line) }] };
    }
    const parsed = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYaml */ .hN)(read.text, { file });
    if (!parsed.ok) {
        const { message, line, column } = parsed.error;
        return { ok: false, problems: [{ ruleId: 'manifest/readable', message, location: at(line, column) }] };
    }
    const value = parsed.doc.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        const what = value === null || value === undefined ? 'empty' : Array.isArray(value) ? 'a list' : 'a single value';
        return {
            ok: false,
            problems: [{ ruleId: 'manifest/readable', message: `the manifest is ${what}; it must be a mapping with id, name, version, …`, location: at() }],
        };
    }
    const problems = capProblems((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSchema */ ._U)('ai-system.schema.json', value).map((issue) => ({
        ruleId: issue.unknownField ? 'manifest/unknown-field' : 'manifest/schema',
        message: issue.message,
        path: issue.path,
    }))).map(({ ruleId, message, path, listed }) => ({ ruleId, message, location: { file, ...parsed.doc.locate(path) }, ...(listed ? { path } : {}) }));
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(file);
    return {
        ok: true,
        manifest: {
            file,
            dir: dir === '.' ? '' : dir,
            doc: parsed.doc,
            data: value,
            schemaValid: !problems.some((p) => p.ruleId === 'manifest/schema'),
        },
        problems,
    };
}
/**
 * Problems of one rule past this many are summed up in one, as the evaluator does with failures
 * (MAX_FAILURES_PER_RULE): a manifest with 100,000 unknown keys made 100,000 findings, and a run
 * that took minutes.
 */
const MAX_PROBLEMS_PER_RULE = 100;
function capProblems(problems) {
    const kept = [];
    const omitted = new Map();
    const listed = new Map();
    for (const problem of problems) {
        const count = listed.get(problem.ruleId) ?? 0;
        if (count < MAX_PROBLEMS_PER_RULE) {
            listed.set(problem.ruleId, count + 1);
            kept.push({ ...problem, listed: true });
            continue;
        }
        const more = omitted.get(problem.ruleId);
        if (more)
            more.count++;
        else
            omitted.set(problem.ruleId, { count: 1, first: problem });
    }
    for (const [ruleId, { count, first }] of omitted) {
        const message = `and ${count} more problem${count === 1 ? '' : 's'} of this kind in the manifest, not listed (a report lists the first ${MAX_PROBLEMS_PER_RULE})`;
        kept.push({ ...first, ruleId, message, listed: false });
    }
    return kept;
}
/** The system's id when it is a valid id, else the manifest's path (so findings still group, and
 *  a hostile id never reaches a log or comment). */
function systemId(manifest) {
    const id = manifest.data.id;
    return typeof id === 'string' && /^[a-z0-9][a-z0-9._-]{0,99}$/.test(id) ? id : manifest.file;
}


/***/ }),

/***/ 1010:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rc: () => (/* binding */ Outline),
/* harmony export */   Tv: () => (/* binding */ closesFence),
/* harmony export */   Xg: () => (/* binding */ opensFence),
/* harmony export */   yc: () => (/* binding */ headingKey)
/* harmony export */ });
/* unused harmony export atxText */
/* harmony import */ var _source_doc_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5121);
/**
 * The heading tree of a Markdown document, enough to answer "does this card have a filled-in
 * Intended Use section?". Recognises ATX (`## Uses`), setext (`Uses\n----`) and single-line
 * HTML headings (`<h2>Uses</h2>`), and bold labels that freeform cards use instead of headings
 * (`**Intended Use Cases** Llama 2 is intended for…`). Nothing inside code fences or HTML
 * comments is a heading; an unclosed fence runs to the end of the document, as CommonMark says.
 *
 * Kept by hand rather than a CommonMark parser, measured (Node 20, 2 cores): on 300 KB of `[` or
 * of blank lines mdast-util-from-markdown took 2.9–3.2 s and markdown-it 0.2–0.5 s against this
 * scanner's under 0.1 s; mdast was also 30× slower on the corpus cards. Bold labels, which
 * freeform cards use as headings, are not headings to either parser anyway.
 */

// Each line is matched once, and no two quantifiers in a pattern may trade characters: a line is
// text a pull request controls and can be hundreds of kilobytes long (eslint regexp/ rules).
// The lookaheads stop a fence run giving characters back to the info string.
const FENCE_OPEN = /^ {0,3}(`{3,}(?!`)|~{3,}(?!~))(.*)$/;
// The opening of an ATX heading; its text and closing `#`s are cut by atxText, not by a pattern.
const ATX_OPEN = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const HTML_HEADING = /^\s*<h([1-6])(?:\s[^>]*)?>(.*?)<\/h\1>\s*$/i;
// `**Label**`, `**Label:** value`, `- **Label**: value`, `* Label: value`
// The value after a label keeps its leading spaces (one \s, not \s+, before it); callers trim it.
const BOLD_LABEL = /^\s*(?:[-*+]\s+)?\*\*([^*\n]{2,80}?):?\*\*:?(?:\s(.*))?$/;
const BULLET_FIELD = /^\s*[-*+]\s+([A-Z][A-Z /()&-]{1,40}):\s(.+)$/i;
class Outline {
    lines;
    firstBodyIndex;
    headings;
    /**
     * @param lines  the whole file split into lines
     * @param firstBodyIndex  index of the first line after any front matter
     */
    constructor(lines, firstBodyIndex = 0) {
        this.lines = lines;
        this.firstBodyIndex = firstBodyIndex;
        this.headings = scanHeadings(lines, firstBodyIndex);
    }
    /**
     * The section for a topic. `names` are tried in order of preference (normalised; a heading
     * also matches when it starts with the name, so "Intended uses & limitations" matches
     * "intended uses"): a card with "Uses" and, under it, "Direct Use" is judged by "Direct Use"
     * when the caller prefers it. Then headings holding one of the `contains` phrases as whole
     * words ("Performance and Limitations" holds "limitation"). Real headings win over bold labels.
     */
    find(names, contains = []) {
        const keys = names.map(headingKey).filter((key) => key !== '');
        const phrases = contains.map(headingKey).filter((key) => key !== '');
        const named = (key) => (heading) => heading.key === key || heading.key.startsWith(`${key} `);
        const holds = (heading) => phrases.some((phrase) => ` ${heading.key} `.includes(` ${phrase} `));
        for (const kinds of [(h) => h.kind !== 'label', (h) => h.kind === 'label']) {
            for (const key of keys) {
                const heading = this.headings.find((h) => kinds(h) && named(key)(h));
                if (heading)
                    return { heading, body: this.bodyOf(heading) };
            }
            const heading = this.headings.find((h) => kinds(h) && holds(h));
            if (heading)
                return { heading, body: this.bodyOf(heading) };
        }
        return undefined;
    }
    /** The text of the whole body (after front matter). */
    text() {
        return this.linesText(this.firstBodyIndex, this.lines.length);
    }
    /**
     * Every real heading (labels aside) with its section's text, subsections included, in one
     * pass: each section ends at the next heading of its level or above (a stack finds it), so a
     * line is in at most six sections, however many headings a document has.
     */
    sections() {
        const real = this.headings.filter((h) => h.kind !== 'label');
        const ends = new Array(real.length).fill(this.lines.length);
        const open = [];
        real.forEach((heading, i) => {
            while (open.length > 0 && real[open[open.length - 1]].level >= heading.level)
                ends[open.pop()] = heading.line - 1;
            open.push(i);
        });
        return real.map((heading, i) => ({ heading, body: this.linesText(heading.kind === 'setext' ? heading.line + 1 : heading.line, ends[i]) }));
    }
    /** The body's text without these headings' lines (a setext heading's underline with it). */
    textWithout(headings) {
        const dropped = new Set();
        for (const heading of headings) {
            dropped.add(heading.line - 1);
            if (heading.kind === 'setext')
                dropped.add(heading.line);
        }
        return this.lines.slice(this.firstBodyIndex).filter((_, i) => !dropped.has(i + this.firstBodyIndex)).join('\n');
    }
    bodyOf(heading) {
        const startIndex = heading.line; // the line after the heading (lines are 1-based)
        if (heading.kind === 'label') {
            // A label owns its inline text and the rest of its paragraph.
            const out = [heading.inline ?? ''];
            for (let i = startIndex; i < this.lines.length; i++) {
                const line = this.lines[i];
                if (line.trim() === '' || this.headingAt(i + 1))
                    break;
                out.push(line);
            }
            return out.join('\n');
        }
        const next = this.headings.find((h) => h.line > heading.line && h.kind !== 'label' && h.level <= heading.level);
        // A setext heading's underline is part of the heading, not the body.
        const from = heading.kind === 'setext' ? startIndex + 1 : startIndex;
        const to = next ? (next.kind === 'setext' ? next.line - 1 : next.line - 1) : this.lines.length;
        return this.linesText(from, to);
    }
    /**
     * Lines `from` to `to` (exclusive) as one text, as `lines.slice(from, to).join('\n')` would
     * give it, but cut from the lines joined once: rules ask for the same sections again and
     * again, and joining a long section anew each time copied it each time.
     */
    linesText(from, to) {
        if (from >= to)
            return '';
        if (this.joined === undefined) {
            this.joined = this.lines.join('\n');
            const starts = new Array(this.lines.length + 1);
            let offset = 0;
            this.lines.forEach((line, i) => {
                starts[i] = offset;
                offset += line.length + 1;
            });
            starts[this.lines.length] = offset;
            this.lineStarts = starts;
        }
        const starts = this.lineStarts;
        return this.joined.slice(starts[from], starts[to] - 1);
    }
    joined;
    lineStarts;
    headingAt(line) {
        return this.headings.some((h) => h.line === line);
    }
}
/**
 * Normalises a heading for matching: lower case, no Markdown or HTML, no numbering, no
 * "[optional]", hyphens as spaces, and a light plural strip ("Uses" ~ "Use").
 */
function headingKey(title) {
    // Remembered: rules ask for the same few dozen names on every card, and cards written from one
    // template share their headings. Short titles only, and a bounded number of them.
    let key = headingKeys.get(title);
    if (key === undefined) {
        key = computeHeadingKey(title);
        if (title.length <= 200) {
            if (headingKeys.size >= 10_000)
                headingKeys.clear();
            // Copies: a title cut from a card would keep the whole card's text alive.
            headingKeys.set((0,_source_doc_js__WEBPACK_IMPORTED_MODULE_0__/* .detachText */ .hM)(title), (0,_source_doc_js__WEBPACK_IMPORTED_MODULE_0__/* .detachText */ .hM)(key));
        }
    }
    return key;
}
const headingKeys = new Map();
/** Past this, a heading is prose, not a name: its key is taken from its start (bounded work per heading). */
const HEADING_KEY_SOURCE_LIMIT = 1_000;
function computeHeadingKey(title) {
    const words = title
        .slice(0, HEADING_KEY_SOURCE_LIMIT)
        .replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1') // classes stop at the next opener: linear on a run of `[`
        .replace(/<[^<>]+>/g, ' ')
        .replace(/[[(]\s*optional\s*[\])]/gi, ' ')
        .replace(/&amp;|&/g, ' and ')
        .toLowerCase()
        .replace(/^\s*(?:\d+(?:\.\d+)*\.?|[a-z]\)|[ivx]+\.)\s+/, '')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
        .split(' ')
        .filter((word) => word !== '')
        .map((word) => (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is|as|os)$/.test(word) ? word.slice(0, -1) : word));
    return words.join(' ');
}
function cleanTitle(raw) {
    return raw
        .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
        .replace(/[*_`]+/g, '')
        .replace(/<[^<>]+>/g, '')
        .trim();
}
/** A code fence a line opens (CommonMark: ``` or ~~~, a backtick fence's info has no backtick). */
function opensFence(line) {
    const open = line.match(FENCE_OPEN);
    if (!open || (open[1][0] === '`' && open[2].includes('`')))
        return undefined;
    return { char: open[1][0], length: open[1].length };
}
/** Whether a line closes `fence`: the same character, at least as many times, nothing after. */
function closesFence(line, fence) {
    const close = line.match(/^ {0,3}(`{3,}|~{3,})[ \t]*$/);
    return Boolean(close && close[1][0] === fence.char && close[1].length >= fence.length);
}
function scanHeadings(lines, from) {
    const headings = [];
    let fence;
    let inComment = false;
    let previousIsParagraph = false;
    for (let i = from; i < lines.length; i++) {
        const line = lines[i];
        const lineNo = i + 1;
        if (fence) {
            if (closesFence(line, fence))
                fence = undefined;
            previousIsParagraph = false;
            continue;
        }
        if (inComment) {
            if (line.includes('-->'))
                inComment = false;
            previousIsParagraph = false;
            continue;
        }
        const opened = opensFence(line);
        if (opened) {
            fence = opened;
            previousIsParagraph = false;
            continue;
        }
        if (/^\s*<!--/.test(line) && !line.includes('-->')) {
            inComment = true;
            previousIsParagraph = false;
            continue;
        }
        const atx = line.match(ATX_OPEN);
        if (atx) {
            const title = cleanTitle(atxText(line.slice(atx[0].length)));
            headings.push({ title, key: headingKey(title), level: atx[1].length, kind: 'atx', line: lineNo });
            previousIsParagraph = false;
            continue;
        }
        const underline = line.match(SETEXT_UNDERLINE);
        if (underline && previousIsParagraph) {
            const title = cleanTitle(lines[i - 1]);
            headings.push({ title, key: headingKey(title), level: underline[1][0] === '=' ? 1 : 2, kind: 'setext', line: lineNo - 1 });
            previousIsParagraph = false;
            continue;
        }
        const html = line.match(HTML_HEADING);
        if (html) {
            const title = cleanTitle(html[2] ?? '');
            headings.push({ title, key: headingKey(title), level: Number(html[1]), kind: 'html', line: lineNo });
            previousIsParagraph = false;
            continue;
        }
        const label = line.match(BOLD_LABEL) ?? line.match(BULLET_FIELD);
        if (label) {
            const title = cleanTitle(label[1] ?? '');
            const key = headingKey(title);
            if (key !== '')
                headings.push({ title, key, level: 7, kind: 'label', line: lineNo, inline: (label[2] ?? '').trim() });
        }
        const trimmed = line.trim();
        // Only a plain paragraph line can be turned into a setext heading by the next line.
        previousIsParagraph =
            trimmed !== '' && !/^(?:[-*+]\s|\d+[.)]\s|[>|<])/.test(trimmed) && !(label && label[0].trimStart().startsWith('-'));
    }
    return headings;
}
const isBlank = (c) => c === ' ' || c === '\t';
/**
 * The text of an ATX heading from what follows its opening `#`s: without the spaces around it and
 * without a closing run of `#` that follows a space (`## Uses ##` → `Uses`, `## C#` → `C#`). Two
 * walks, one from each end, where /[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/ backtracked over long lines.
 */
function atxText(rest) {
    let start = 0;
    while (isBlank(rest[start]))
        start++;
    let end = rest.length;
    while (end > start && isBlank(rest[end - 1]))
        end--;
    let hashes = end;
    while (hashes > start && rest[hashes - 1] === '#')
        hashes--;
    if (hashes < end && hashes > start && isBlank(rest[hashes - 1])) {
        end = hashes;
        while (end > start && isBlank(rest[end - 1]))
            end--;
    }
    return rest.slice(start, end);
}


/***/ }),

/***/ 9057:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ parseCard)
/* harmony export */ });
/* unused harmony export splitLines */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1010);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9996);
/**
 * Hugging Face style cards: optional YAML front matter between `---` lines, then Markdown.
 * Used for model cards and dataset cards alike. A card with broken front matter is still a
 * card: the body is read and the front matter problem is reported at its line.
 */


const MODEL_KEYS = [
    'pipeline_tag',
    'library_name',
    'model-index',
    'base_model',
    'base_model_relation',
    'model_name',
    'model_type',
    'model_creator',
    'quantized_by',
    'inference',
    'widget',
    'co2_eq_emissions',
];
const DATASET_KEYS = [
    'task_categories',
    'task_ids',
    'size_categories',
    'dataset_info',
    'annotations_creators',
    'language_creators',
    'source_datasets',
    'multilinguality',
    'pretty_name',
    'configs',
    'paperswithcode_id',
    'train-eval-index',
];
const SPACE_KEYS = ['sdk', 'app_file', 'emoji', 'colorFrom', 'colorTo', 'sdk_version'];
/** Lines split on CRLF, LF and lone CR, as CommonMark and YAML both count them. */
function splitLines(text) {
    return text.split(/\r\n|\r|\n/);
}
function parseCard(text, file) {
    const lines = splitLines(text);
    const problems = [];
    let meta = {};
    let frontMatter;
    let frontMatterLine;
    let bodyStart = 0;
    // Hugging Face accepts blank lines before the opening `---`.
    let first = 0;
    while (first < lines.length && lines[first].trim() === '')
        first++;
    if (first < lines.length && lines[first].trimEnd() === '---') {
        let close = first + 1;
        while (close < lines.length && !/^(?:---|\.\.\.)\s*$/.test(lines[close]))
            close++;
        if (close >= lines.length) {
            problems.push({ message: 'front matter opened with "---" is never closed', line: first + 1, column: 1 });
        }
        else {
            frontMatterLine = first + 1;
            bodyStart = close + 1;
            const yamlText = lines.slice(first + 1, close).join('\n');
            if (hasTemplateTag(yamlText) && !/^[ \t]*[\w-]+[ \t]*:/m.test(yamlText)) {
                problems.push({
                    message: 'front matter is an unrendered template placeholder (e.g. {{ card_data }}), not metadata',
                    line: first + 2,
                    column: 1,
                });
            }
            else {
                const parsed = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)(yamlText, { file, lineOffset: first + 1 });
                if (!parsed.ok) {
                    problems.push(parsed.error);
                }
                else if (parsed.doc.value === null || parsed.doc.value === undefined) {
                    // `---\n---`: empty front matter is allowed and means no metadata.
                }
                else if (typeof parsed.doc.value !== 'object' || Array.isArray(parsed.doc.value)) {
                    problems.push({
                        message: `front matter is ${Array.isArray(parsed.doc.value) ? 'a list' : 'a single value'}, not a mapping of metadata keys`,
                        line: first + 2,
                        column: 1,
                    });
                }
                else {
                    meta = parsed.doc.value;
                    frontMatter = parsed.doc;
                }
            }
        }
    }
    const card = { file, meta, outline: new _markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .Outline */ .Rc(lines, bodyStart), problems, kind: classify(meta, file) };
    if (frontMatter)
        card.frontMatter = frontMatter;
    if (frontMatterLine !== undefined)
        card.frontMatterLine = frontMatterLine;
    return card;
}
/** What a card's metadata says it describes; the file name decides when the keys do not. */
function classify(meta, file) {
    const has = (keys) => keys.some((key) => key in meta);
    if (has(DATASET_KEYS))
        return 'dataset';
    if (has(SPACE_KEYS))
        return 'space';
    if (has(MODEL_KEYS))
        return 'model';
    const name = file.split('/').pop()?.toLowerCase() ?? '';
    if (/^model[-_]?card\.md$/.test(name))
        return 'model';
    return 'unknown';
}
/** A Jinja tag (`{{ … }}` or `{% …`), found by search: a lazy regular expression rescans from each `{{`. */
function hasTemplateTag(text) {
    const open = text.indexOf('{{');
    return (open >= 0 && text.indexOf('}}', open + 2) >= 0) || text.includes('{%');
}


/***/ }),

/***/ 8286:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hw: () => (/* binding */ describeAbsence),
/* harmony export */   Sk: () => (/* binding */ substantiveWords),
/* harmony export */   Sw: () => (/* binding */ substantiveText),
/* harmony export */   Z2: () => (/* binding */ valueAbsence),
/* harmony export */   vA: () => (/* binding */ sectionAbsence)
/* harmony export */ });
/* unused harmony exports cutDelimited, withoutFencedCode */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1010);
/**
 * What counts as "not really filled in". Templates leave markers behind ("[More Information
 * Needed]", "TODO", Jinja `{{ … }}`); a section or value made only of such markers is missing.
 */

// Comments and template tags are cut by delimiter search (cutDelimited), not by a lazy regular
// expression: `<!--[\s\S]*?-->` rescans to the end of the text from every unclosed `<!--`.
const DELIMITED = [
    ['<!--', '-->'],
    ['{{', '}}'],
    ['{%', '%}'],
];
const MARKERS = [
    /\[?more information needed(?: for further recommendations)?\]?\.?/gi,
    /\[(?:optional|required)\]/gi,
    // The Hugging Face template's default recommendation, which says nothing about the model.
    /users \(both direct and downstream\) should be made aware of the risks, biases and limitations of the model\.?/gi,
    /\b(?:todo|tbd|tba|fixme|xxx)\b:?/gi,
    /\blorem ipsum\b/gi,
    /\bplaceholder\b/gi,
];
const STARTS_WITH_MARKER = /^\s*(?:[-*>#]\s*)*(?:\[?more information needed|todo\b|tbd\b|tba\b|fixme\b|\{\{|placeholder\b|coming soon\b)/i;
const SCALAR_PLACEHOLDERS = new Set(['?', '??', '???', '...', '…', '-', '--', 'x', 'xx', 'xxx', 'changeme', 'change me', 'unknown']);
/** Words that carry content once markers and Markdown punctuation are gone. */
function contentWords(text) {
    const words = proseOf(text).match(/[\p{L}\p{N}][\p{L}\p{N}'’._-]*/gu);
    return words ? words.length : 0;
}
/** `text` without what says nothing: comments, template tags, placeholder markers, link targets, HTML tags. */
function proseOf(text) {
    let stripped = text;
    for (const [open, close] of DELIMITED)
        stripped = cutDelimited(stripped, open, close);
    for (const marker of MARKERS)
        stripped = stripped.replace(marker, ' ');
    // Link targets, HTML tags and Markdown punctuation say nothing on their own. The classes stop
    // at the next opener, so a run of unclosed `](` or `<` is scanned once, not once per opener.
    return stripped.replace(/\]\([^()]*\)/g, ' ').replace(/<[^<>]+>/g, ' ');
}
// Subsection headings, setext underlines and bold labels name a topic; they say nothing about it.
// Each stays on its line ([ \t], never \s, which crosses newlines and made blank lines quadratic).
const STRUCTURE_ONLY = /^(?: {0,3}#{1,6}(?:[ \t].*)?| {0,3}(?:=+|-+)[ \t]*|[ \t]*<h[1-6][^<>\n]*>.*<\/h[1-6]>[ \t]*)$/gm;
const LABEL_PREFIX = /^[ \t]*(?:[-*+][ \t]+)?\*\*[^*\n]+\*\*:?/gm;
/** `text` with each `open … close` span replaced by a space; an unclosed one runs to the end. */
function cutDelimited(text, open, close) {
    let at = text.indexOf(open);
    if (at < 0)
        return text;
    let out = '';
    let from = 0;
    while (at >= 0) {
        out += `${text.slice(from, at)} `;
        const end = text.indexOf(close, at + open.length);
        if (end < 0)
            return out;
        from = end + close.length;
        at = text.indexOf(open, from);
    }
    return out + text.slice(from);
}
/** Absence of a Markdown section body, or undefined when it says something. */
function sectionAbsence(body) {
    if (body.trim() === '')
        return 'empty';
    // Code (a usage snippet under "Usage", say) states no intended use, limitation or result.
    const prose = withoutFencedCode(body);
    if (prose !== body && contentWords(prose) === 0)
        return 'code-only';
    const text = prose.replace(STRUCTURE_ONLY, '').replace(LABEL_PREFIX, '');
    if (text.trim() === '')
        return 'empty';
    const words = contentWords(text);
    if (words === 0)
        return 'placeholder';
    // "TODO: describe the intended use" is still a placeholder; a long paragraph that mentions
    // a TODO list is not.
    if (STARTS_WITH_MARKER.test(text.trim()) && words < 8)
        return 'placeholder';
    return undefined;
}
/**
 * How many words of a Markdown text say something: fenced code, headings, bold labels, template
 * markers, link targets and markup aside ("# Risks\n\nTODO" says nothing: 0).
 */
function substantiveWords(body) {
    return contentWords(withoutFencedCode(body).replace(STRUCTURE_ONLY, '').replace(LABEL_PREFIX, ''));
}
/**
 * Where a document's topics must be found: its headings and text, without code, comments,
 * template tags, placeholder markers or link targets (a topic named only in an HTML comment is
 * not addressed).
 */
function substantiveText(body) {
    return proseOf(withoutFencedCode(body));
}
/**
 * The text without its fenced code blocks (opened and closed as the card outline reads them),
 * and without the line ending in ":" that leads into each. One pass over the lines.
 */
function withoutFencedCode(text) {
    if (!text.includes('```') && !text.includes('~~~'))
        return text;
    const kept = [];
    let fence;
    for (const line of text.split('\n')) {
        if (fence) {
            if ((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .closesFence */ .Tv)(line, fence))
                fence = undefined;
            continue;
        }
        fence = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .opensFence */ .Xg)(line);
        if (!fence) {
            kept.push(line);
            continue;
        }
        // A lead-in to the code ("You can use cURL to access this model:") goes with it.
        let last = kept.length - 1;
        while (last >= 0 && kept[last].trim() === '')
            last--;
        if (last >= 0 && kept[last].trimEnd().endsWith(':'))
            kept.splice(last, 1);
    }
    return kept.join('\n');
}
/** Absence of a value from YAML or JSON, or undefined when it is present. `false` and 0 count. */
function valueAbsence(value) {
    if (value === undefined || value === null)
        return 'missing';
    if (typeof value === 'string') {
        const text = value.trim();
        if (text === '')
            return 'empty';
        if (SCALAR_PLACEHOLDERS.has(text.toLowerCase()))
            return 'placeholder';
        if (contentWords(text) === 0 || STARTS_WITH_MARKER.test(text))
            return 'placeholder';
        if (/^<[^<>]*>$/.test(text))
            return 'placeholder'; // "<your license here>"
        return undefined;
    }
    if (Array.isArray(value)) {
        if (value.length === 0)
            return 'empty';
        return value.every((item) => valueAbsence(item) !== undefined) ? 'placeholder' : undefined;
    }
    if (typeof value === 'object') {
        const entries = Object.values(value);
        if (entries.length === 0)
            return 'empty';
        return entries.every((item) => valueAbsence(item) !== undefined) ? 'placeholder' : undefined;
    }
    if (typeof value === 'number' && Number.isNaN(value))
        return 'placeholder';
    return undefined;
}
function describeAbsence(absence) {
    switch (absence) {
        case 'code-only':
            return 'holds only code, which states nothing about it';
        case 'missing':
            return 'is missing';
        case 'empty':
            return 'is empty';
        case 'placeholder':
            return 'is a placeholder';
    }
}


/***/ }),

/***/ 6736:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _U: () => (/* binding */ checkSchema),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   sB: () => (/* binding */ explainSchemaErrors)
/* harmony export */ });
/* unused harmony exports validatorFor, describeType */
/* harmony import */ var _lazy_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4285);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9291);


/**
 * The validator of a schema file in `schemas/`. The schemas are compiled ahead of time (by
 * scripts/compile-schemas.mjs, with their local $refs inlined so that validating a list of N
 * bad items stays linear); compiling them took about 80 ms on every thread of every run.
 */
function validatorFor(schemaFile) {
    const { validatorsByFile } = (0,_lazy_js__WEBPACK_IMPORTED_MODULE_0__/* .libraries */ .G6)();
    const validate = validatorsByFile[schemaFile];
    if (!validate || !Object.hasOwn(validatorsByFile, schemaFile)) {
        throw new Error(`no compiled validator for schemas/${schemaFile}: run node scripts/compile-schemas.mjs`);
    }
    return validate;
}
/** Validates `data` against a bundled schema and explains each violation. */
function checkSchema(schemaFile, data) {
    const validate = validatorFor(schemaFile);
    return validate(data) ? [] : explainSchemaErrors(validate.errors ?? [], data);
}
/** Fields a schema no longer has, with what replaced them (said where the replacements are known). */
const RENAMED_FIELDS = new Map([
    ['controls', { now: ['evidences', 'supports'], hint: 'a rule\'s control references are now "evidences" (its check judges content) and "supports" (a declaration or a file\'s presence)' }],
]);
function explainSchemaErrors(errors, data) {
    const issues = [];
    const typeErrorAt = new Set(errors.filter((e) => e.keyword === 'type' && !e.schemaPath.includes('/anyOf/')).map((e) => e.instancePath));
    const seen = new Set();
    for (const error of errors) {
        // Branch failures of an anyOf are summarised by the anyOf error itself.
        if (error.schemaPath.includes('/anyOf/') || error.schemaPath.includes('/oneOf/'))
            continue;
        if (error.keyword !== 'type' && typeErrorAt.has(error.instancePath))
            continue;
        const path = toSegments(error.instancePath, data);
        const issue = explain(error, path);
        const key = `${(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPath */ .jV)(issue.path)}\u0000${issue.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        issues.push(issue);
    }
    return issues;
}
function explain(error, path) {
    const where = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPath */ .jV)(path);
    const prefix = where ? `${where}: ` : '';
    const params = error.params;
    const described = error.parentSchema?.description;
    switch (error.keyword) {
        case 'required':
            return { path, message: `${prefix}missing required field "${String(params.missingProperty)}"` };
        case 'additionalProperties': {
            const field = String(params.additionalProperty);
            const known = Object.keys(error.parentSchema?.properties ?? {});
            // A Map: the field is the document's own key, and "__proto__" or "constructor" must find nothing.
            const renamed = RENAMED_FIELDS.get(field);
            const guess = closest(field, known);
            const hint = renamed && renamed.now.every((f) => known.includes(f)) ? `: ${renamed.hint}` : guess ? ` (did you mean "${guess}"?)` : '';
            return { path: [...path, field], message: `${prefix}unknown field "${field}"${hint}`, unknownField: true };
        }
        case 'type': {
            const expected = [].concat(params.type);
            const hint = expected.includes('string') && (typeof error.data === 'number' || typeof error.data === 'boolean')
                ? ` (quote it: "${String(error.data)}")`
                : '';
            return { path, message: `${prefix}must be ${expected.map(article).join(' or ')}, found ${describeType(error.data)}${hint}` };
        }
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const guess = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
            return {
                path,
                message: `${prefix}${quote(error.data)} is not allowed; use one of: ${allowed.join(', ')}${guess ? ` (did you mean "${guess}"?)` : ''}`,
            };
        }
        case 'const':
            return { path, message: `${prefix}must be ${quote(params.allowedValue)}` };
        case 'pattern':
            return { path, message: `${prefix}${quote(error.data)} is not valid: expected ${described ?? `text matching ${String(params.pattern)}`}` };
        case 'format': {
            const names = {
                date: 'a date written YYYY-MM-DD',
                'date-time': 'a date and time in ISO 8601 (2026-01-31T12:00:00Z)',
                email: 'an email address',
                uri: 'a URL',
            };
            return { path, message: `${prefix}${quote(error.data)} is not ${names[String(params.format)] ?? `a valid ${String(params.format)}`}` };
        }
        case 'minLength':
            return { path, message: `${prefix}must not be empty` };
        case 'minItems':
            return { path, message: `${prefix}must list at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}` };
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return { path, message: `${prefix}must be ${String(params.comparison)} ${String(params.limit)}, found ${quote(error.data)}` };
        case 'anyOf':
        case 'oneOf':
            return { path, message: `${prefix}must be ${described ?? 'one of the allowed shapes'}, found ${describeType(error.data)}` };
        default:
            return { path, message: `${prefix}${error.message ?? 'is not valid'}` };
    }
}
/** JSON Pointer → path segments, with array indices as numbers. */
function toSegments(pointer, data) {
    if (pointer === '')
        return [];
    const segments = [];
    let node = data;
    for (const raw of pointer.slice(1).split('/')) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        const segment = Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key;
        segments.push(segment);
        node = node !== null && typeof node === 'object' ? node[key] : undefined;
    }
    return segments;
}
function article(type) {
    const words = {
        string: 'text',
        number: 'a number',
        integer: 'a whole number',
        boolean: 'true or false',
        object: 'a mapping',
        array: 'a list',
        null: 'empty',
    };
    return words[type] ?? type;
}
function describeType(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return `text ${quote(value)}`;
    if (typeof value === 'boolean')
        return String(value);
    if (typeof value === 'number')
        return `the number ${value}`;
    return typeof value;
}
function quote(value) {
    const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
    const flat = text.replace(/\s+/g, ' ');
    return `"${flat.length > 60 ? `${flat.slice(0, 59)}…` : flat}"`;
}
/** The known name closest to `word`, if it is close enough to be a likely typo. */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    const lower = word.toLowerCase();
    for (const candidate of candidates) {
        const distance = editDistance(lower, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) && bestDistance > 0 ? best : undefined;
}
function editDistance(a, b) {
    if (Math.abs(a.length - b.length) > 5)
        return Infinity;
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost));
        }
        previous = current;
    }
    return previous[b.length];
}


/***/ }),

/***/ 5121:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QT: () => (/* binding */ lazyLocation),
/* harmony export */   Qk: () => (/* binding */ nestingDepth),
/* harmony export */   e1: () => (/* binding */ asText),
/* harmony export */   hM: () => (/* binding */ detachText),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   wM: () => (/* binding */ MAX_NESTING_DEPTH)
/* harmony export */ });
/**
 * A location in `file` whose position is found by `find` when first read, then kept. Its fields
 * read like a plain Location's (an absent end is undefined).
 */
function lazyLocation(file, find) {
    let found;
    const position = () => (found ??= find());
    return {
        file,
        get line() {
            return position().line;
        },
        get column() {
            return position().column;
        },
        get endLine() {
            return position().endLine;
        },
        get endColumn() {
            return position().endColumn;
        },
    };
}
/** Maps character offsets to 1-based line/column pairs (binary search over line starts). */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10)
                this.starts.push(i + 1);
            else if (c === 13 && text.charCodeAt(i + 1) !== 10)
                this.starts.push(i + 1);
        }
    }
    position(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: offset - this.starts[low] + 1 };
    }
}
/** Deepest nesting of arrays and objects, computed without recursion. */
function nestingDepth(value, stopAt) {
    let deepest = 0;
    const stack = [[value, 1]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if (node === null || typeof node !== 'object')
            continue;
        if (depth > deepest)
            deepest = depth;
        if (deepest > stopAt)
            return deepest;
        for (const child of Object.values(node))
            stack.push([child, depth + 1]);
    }
    return deepest;
}
const MAX_NESTING_DEPTH = 64;
/**
 * A value from a document as text, for a message or a comparison. Never throws: String() and
 * template literals throw on a mapping with a `toString` (or `valueOf`) key that is not a
 * function, which any YAML or JSON document can hold (`version: { toString: 1 }`).
 */
function asText(value) {
    if (typeof value === 'string')
        return value;
    if (value === null || typeof value !== 'object')
        return String(value);
    return JSON.stringify(value) ?? '';
}
/**
 * A copy of `text` that does not hold on to the document it was cut from. V8 makes a substring a
 * view of its parent, so a system id kept for the report kept that system's whole manifest text
 * alive: about 6 KB a system, 60 MB over 10,000 systems.
 */
function detachText(text) {
    return JSON.parse(JSON.stringify(text));
}


/***/ }),

/***/ 9996:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ZZ: () => (/* binding */ parseBundledYaml),
/* harmony export */   hN: () => (/* binding */ parseYaml)
/* harmony export */ });
/* unused harmony exports MAX_YAML_ALIASES, YamlDoc, parseYamlComposed */
/* harmony import */ var _lazy_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4285);
/* harmony import */ var _source_doc_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5121);


const MAX_YAML_ALIASES = 100;
class YamlDoc {
    file;
    value;
    source;
    lineOffset;
    /** Pairs of each mapping by key, built on first use: a linear scan per lookup made locating
     *  each of N items in a large mapping quadratic. */
    pairs = new WeakMap();
    composed;
    constructor(file, value, 
    /** The `yaml` document with positions, or the text to compose it from when first asked. */
    source, 
    /** Lines before this YAML text in its file (front matter starts after `---`). */
    lineOffset) {
        this.file = file;
        this.value = value;
        this.source = source;
        this.lineOffset = lineOffset;
    }
    /** The document with positions; composed once, on the first locate, for a fast-read text. */
    get positions() {
        if (typeof this.source !== 'string')
            return this.source;
        const lines = new ((0,_lazy_js__WEBPACK_IMPORTED_MODULE_0__/* .libraries */ .G6)().yaml.LineCounter)();
        this.source = { doc: compose([...new ((0,_lazy_js__WEBPACK_IMPORTED_MODULE_0__/* .libraries */ .G6)().yaml.Parser)(lines.addNewLine).parse(this.source)], this.source.length), lines };
        return this.source;
    }
    locate(path) {
        const { isMap, isScalar, isSeq } = (0,_lazy_js__WEBPACK_IMPORTED_MODULE_0__/* .libraries */ .G6)().yaml;
        let node = this.positions.doc.contents;
        let position = this.nodePosition(node) ?? { line: this.lineOffset + 1, column: 1 };
        for (const segment of path) {
            if (isMap(node)) {
                const pair = this.pairOf(node, String(segment));
                if (!pair)
                    return position;
                const keyPosition = this.nodePosition(pair.key);
                const value = pair.value;
                // A scalar value is pointed at directly; a block (or nothing) at its key.
                position = (isScalar(value) && value.value !== null && this.nodePosition(value)) || keyPosition || position;
                node = value;
            }
            else if (isSeq(node) && typeof segment === 'number') {
                const item = node.items[segment];
                if (item === undefined)
                    return position;
                position = this.nodePosition(item) ?? position;
                node = item;
            }
            else {
                return position;
            }
        }
        return position;
    }
    pairOf(map, key) {
        let pairs = this.pairs.get(map);
        if (!pairs) {
            pairs = new Map();
            for (const item of map.items) {
                const name = scalarKey(item.key);
                if (name !== undefined && !pairs.has(name))
                    pairs.set(name, item);
            }
            this.pairs.set(map, pairs);
        }
        return pairs.get(key);
    }
    nodePosition(node) {
        if (!node || typeof node !== 'object' || !('range' in node))
            return undefined;
        const range = node.range;
        if (!range)
            return undefined;
        const { lines } = this.positions;
        const start = lines.linePos(range[0]);
        const end = lines.linePos(range[1]);
        return {
            line: start.line + this.lineOffset,
            column: start.col,
            endLine: end.line + this.lineOffset,
            endColumn: end.col,
        };
    }
}
function scalarKey(key) {
    const { isAlias, isScalar } = (0,_lazy_js__WEBPACK_IMPORTED_MODULE_0__/* .libraries */ .G6)().yaml;
    if (isScalar(key))
        return String(key.value);
    if (isAlias(key))
        return key.source;
    return undefined;
}
function parseYaml(text, options) {
    const lineOffset = options.lineOffset ?? 0;
    const fast = fastValue(text);
    if (fast) {
        if ((0,_source_doc_js__WEBPACK_IMPORTED_MODULE_1__/* .nestingDepth */ .Qk)(fast.value, _source_doc_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING_DEPTH */ .wM) > _source_doc_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING_DEPTH */ .wM)
            return tooDeep(lineOffset);
        return { ok: true, doc: new YamlDoc(options.file, fast.value, text, lineOffset) };
    }
    return parseWithPositions(text, options.file, lineOffset);
}
/**
 * The value of a YAML file the package ships (a framework catalogue, the AI Act timeline), read
 * values-first like any other: yaml's parse() cost about 40 ms a run for the catalogues. Throws
 * on a malformed file, which only a broken build can ship.
 */
function parseBundledYaml(text, file) {
    const parsed = parseYaml(text, { file });
    if (!parsed.ok)
        throw new Error(`${file}:${parsed.error.line}:${parsed.error.column}: ${parsed.error.message}`);
    return parsed.doc.value;
}
/**
 * The YAML 1.2 core schema as the `yaml` package resolves plain scalars (its schema/core
 * tests, which js-yaml's own core schema does not match: js-yaml reads `0b101` and `-0` as
 * numbers and `1e3` as a string). Dates, `<<` merges and binary stay what core YAML says: text.
 */
let coreSchema;
/** Built on first use: js-yaml is loaded on demand (lazy.ts). */
function yamlCoreSchema() {
    const { jsYaml } = (0,_lazy_js__WEBPACK_IMPORTED_MODULE_0__/* .libraries */ .G6)();
    return (coreSchema ??= jsYaml.FAILSAFE_SCHEMA.extend({
        implicit: [
            new jsYaml.Type('tag:yaml.org,2002:null', {
                kind: 'scalar',
                resolve: (text) => text === '' || /^(?:~|[Nn]ull|NULL)$/.test(text),
                construct: () => null,
            }),
            new jsYaml.Type('tag:yaml.org,2002:bool', {
                kind: 'scalar',
                resolve: (text) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text),
                construct: (text) => text[0] === 't' || text[0] === 'T',
            }),
            new jsYaml.Type('tag:yaml.org,2002:int', {
                kind: 'scalar',
                resolve: (text) => /^0o[0-7]+$/.test(text) || /^[-+]?\d+$/.test(text) || /^0x[0-9a-fA-F]+$/.test(text),
                construct: (text) => (text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10)),
            }),
            new jsYaml.Type('tag:yaml.org,2002:float', {
                kind: 'scalar',
                resolve: (text) => /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text) ||
                    /^[-+]?(?:\.\d+|\d+(?:\.\d*)?)e[-+]?\d+$/i.test(text) ||
                    /^[-+]?(?:\.\d+|\d+\.\d*)$/.test(text),
                construct: (text) => text.slice(-3).toLowerCase() === 'nan' ? NaN : text.slice(-3).toLowerCase() === 'inf' ? (text[0] === '-' ? -Infinity : Infinity) : parseFloat(text),
            }),
        ],
    }));
}
/**
 * Texts where js-yaml and the `yaml` package read differently, found by test/load/yaml-fast.test.ts;
 * they go to the `yaml` package. Each pattern is cheap and may catch more than it must (that
 * only costs speed).
 */
const READ_APART = [
    // A collection as a mapping key: js-yaml names it "[object Object]" or "a,b", yaml "{ a: 1 }".
    /[\]}][ \t]*:(?:[ \t\r\n]|$)/,
    /[{,][ \t\r\n]*[[{]/,
    // An explicit key (`? `): an empty one is null to js-yaml and "" to yaml.
    /(?:^|[ \t,[{])\?(?:[ \t\r\n]|$)/m,
    // A tab in the indentation: yaml refuses it, js-yaml reads past it.
    /^ *\t/m,
    // A comment right after a quote, a bracket or a comma: yaml refuses it, js-yaml reads it.
    /['"[\]{},]#/,
    // A carriage return alone: a line break to js-yaml, text to yaml.
    /\r(?!\n)/,
    // A byte order mark: the two treat what follows one differently.
    /\uFEFF/,
    // A tag (`!x`, `!!str`): the two differ on empty and unknown tagged nodes.
    /(?:^|[ \t\r\n,[{])!/,
    // A block scalar with an indentation indicator (`>2`): the two keep its blank lines differently.
    /[|>][-+]?\d/,
    // A directive (`%YAML 1.1` makes yaml read `yes` and `010` the YAML 1.1 way).
    /^%/m,
    // An empty key in a flow collection (`{: a}`): "" to yaml, "null" to js-yaml.
    /[[{,][ \t\r\n]*:(?:[ \t\r\n,\]}]|$)/,
];
/** A null key (`~:`, `null:`): "" to yaml, "null" to js-yaml. */
const NULL_KEY = /(?:^|[ \t\r\n,[{])(?:~|[Nn]ull|NULL)[ \t]*:(?:[ \t\r\n]|$)/;
/** Whether `text` may hold a null key. Substrings first: the pattern alone, tried at every character, cost more than all the others. */
function mayHaveNullKey(text) {
    return (text.includes('~') || text.includes('ull') || text.includes('ULL')) && NULL_KEY.test(text);
}
/** yaml refuses an implicit key of more than 1024 characters; js-yaml reads it. */
const LONG_LINE = 1024;
/**
 * Whether a quoted scalar or a flow collection may go on past the end of a line, or a line is
 * long enough to hold an over-long key: js-yaml reads some of those yaml refuses (a flow
 * collection continued at a lower indent, say). Quotes count only where a scalar can start, so
 * an apostrophe in plain text does not send a file apart; anything unclear does.
 */
function mayCrossLines(text) {
    for (let start = 0; start < text.length;) {
        const newline = text.indexOf('\n', start);
        const end = newline < 0 ? text.length : newline;
        if (end - start > LONG_LINE || !closesOnItsLine(text, start, end))
            return true;
        start = end + 1;
    }
    return false;
}
function closesOnItsLine(text, start, end) {
    let depth = 0;
    let tokenStart = true;
    for (let i = start; i < end; i++) {
        const c = text[i];
        if (c === ' ' || c === '\t' || c === '\r')
            continue;
        if (c === '#' && (i === start || text[i - 1] === ' ' || text[i - 1] === '\t'))
            break;
        if (tokenStart && (c === '"' || c === "'")) {
            let j = i + 1;
            for (; j < end; j++) {
                if (c === '"' && text[j] === '\\')
                    j++;
                else if (text[j] === c && !(c === "'" && text[j + 1] === "'"))
                    break;
                else if (text[j] === c)
                    j++;
            }
            if (j >= end)
                return false;
            i = j;
            tokenStart = false;
        }
        else if (tokenStart && (c === '[' || c === '{')) {
            depth++;
        }
        else if (depth > 0 && (c === ']' || c === '}')) {
            depth--;
            tokenStart = false;
        }
        else {
            const next = text[i + 1];
            const separated = next === undefined || next === ' ' || next === '\t' || next === '\r' || i + 1 === end;
            // What follows `- `, `? `, `: ` (and `,` in a flow) can be a quoted scalar or a collection.
            tokenStart = ((c === '-' || c === '?' || c === ':') && separated) || (depth > 0 && c === ',');
        }
    }
    return depth === 0;
}
/**
 * The value as js-yaml reads it with its core schema, when it can and the text has no anchor;
 * otherwise undefined, and the `yaml` package reads it (with its messages and the alias cap).
 * test/load/yaml-fast.test.ts holds the two to the same values on the examples, the corpus and
 * random documents.
 */
function fastValue(text) {
    if (READ_APART.some((pattern) => pattern.test(text)) || mayHaveNullKey(text) || mayCrossLines(text))
        return undefined;
    let anchors;
    // Outside the try: parsers that are not loaded must not read as a text js-yaml cannot read.
    const { jsYaml } = (0,_lazy_js__WEBPACK_IMPORTED_MODULE_0__/* .libraries */ .G6)();
    const schema = yamlCoreSchema();
    try {
        const value = jsYaml.load(text, {
            schema,
            // Called on every node; the loader's state shows the anchors defined so far.
            listener(_event, state) {
                anchors = state.anchorMap;
            },
        });
        if (anchors && Object.keys(anchors).length > 0)
            return undefined;
        return { value: value === undefined ? null : value };
    }
    catch {
        return undefined;
    }
}
/** The text read by the `yaml` package alone, every position composed up front (what parseYaml does when js-yaml cannot read a text). */
function parseYamlComposed(text, options) {
    return parseWithPositions(text, options.file, options.lineOffset ?? 0);
}
function parseWithPositions(text, file, lineOffset) {
    const lines = new ((0,_lazy_js__WEBPACK_IMPORTED_MODULE_0__/* .libraries */ .G6)().yaml.LineCounter)();
    let doc;
    try {
        // The package's parseDocument in two steps, so the nesting is measured between them: the
        // parse is a loop, but composing it into a document recurses, and how deep a thread's stack
        // reaches differs (worker threads have more), so the report would depend on the thread.
        const tokens = [...new ((0,_lazy_js__WEBPACK_IMPORTED_MODULE_0__/* .libraries */ .G6)().yaml.Parser)(lines.addNewLine).parse(text)];
        if (parsedDepth(tokens, _source_doc_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING_DEPTH */ .wM) > _source_doc_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING_DEPTH */ .wM)
            return tooDeep(lineOffset);
        doc = compose(tokens, text.length);
    }
    catch (error) {
        return { ok: false, error: { message: nestingMessage(error), line: lineOffset + 1, column: 1 } };
    }
    let first = doc.errors[0];
    try {
        first ??= duplicateKey(doc);
    }
    catch (error) {
        return { ok: false, error: { message: nestingMessage(error), line: lineOffset + 1, column: 1 } };
    }
    // The parser reports running out of stack on deep nesting as an ordinary error.
    if (first && /call stack/i.test(first.message))
        return tooDeep(lineOffset);
    if (first) {
        let at = lines.linePos(first.pos[0]);
        // Errors found only at the end of input ("missing ]") point at the last line with content.
        const lastContent = text.trimEnd().length;
        if (first.pos[0] >= lastContent)
            at = lines.linePos(Math.max(0, lastContent - 1));
        return { ok: false, error: { message: `invalid YAML: ${cleanYamlMessage(first.message)}`, line: at.line + lineOffset, column: at.col } };
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (/excessive alias count/i.test(message)) {
            return {
                ok: false,
                error: {
                    message: `YAML aliases expand too far (more than ${MAX_YAML_ALIASES}); refusing a possible alias bomb`,
                    line: lineOffset + 1,
                    column: 1,
                },
            };
        }
        if (error instanceof RangeError)
            return tooDeep(lineOffset);
        // An alias with no anchor before it ("*missing"): point at the alias.
        const at = unresolvedAlias(doc, lines) ?? { line: 1, col: 1 };
        return { ok: false, error: { message: nestingMessage(error), line: at.line + lineOffset, column: at.col } };
    }
    if ((0,_source_doc_js__WEBPACK_IMPORTED_MODULE_1__/* .nestingDepth */ .Qk)(value, _source_doc_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING_DEPTH */ .wM) > _source_doc_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING_DEPTH */ .wM)
        return tooDeep(lineOffset);
    return { ok: true, doc: new YamlDoc(file, value, { doc, lines }, lineOffset) };
}
/**
 * The first document of the parsed tokens, as parseDocument composes it (a second document is an
 * error). uniqueKeys: the package compares each key with every earlier one (a mapping of 100,000
 * keys took minutes), so duplicates are found by duplicateKey instead, in one pass. logLevel: the
 * package would print warnings about a document (quoting its keys) to stderr; 'error', not
 * 'silent', which would also drop the error for a second document.
 */
function compose(tokens, length) {
    const { Composer, YAMLParseError } = (0,_lazy_js__WEBPACK_IMPORTED_MODULE_0__/* .libraries */ .G6)().yaml;
    const composer = new Composer({ prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' });
    let first;
    for (const doc of composer.compose(tokens, true, length)) {
        if (!first) {
            first = doc;
            continue;
        }
        first.errors.push(new YAMLParseError([doc.range[0], doc.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
        break;
    }
    return first; // compose(…, true) always ends with a document
}
/** How deeply the parsed tokens nest collections, counted without recursion; stops past `limit`. */
function parsedDepth(tokens, limit) {
    const isCollection = (token) => typeof token === 'object' && token !== null && Array.isArray(token.items);
    // Two stacks rather than one of pairs: this runs on every YAML file, so it allocates little.
    const collections = [];
    const depths = [];
    for (const token of tokens) {
        const top = token.type === 'document' ? token.value : token;
        if (isCollection(top))
            collections.push(top), depths.push(1);
    }
    let deepest = 0;
    while (collections.length > 0) {
        const collection = collections.pop();
        const depth = depths.pop();
        if (depth > deepest && (deepest = depth) > limit)
            return deepest;
        for (const item of collection.items) {
            if (isCollection(item.key))
                collections.push(item.key), depths.push(depth + 1);
            if (isCollection(item.value))
                collections.push(item.value), depths.push(depth + 1);
        }
    }
    return deepest;
}
/**
 * Nesting deeper than we read, whether it was measured or ran the parser out of stack: one
 * answer for both, since how deep a thread's stack reaches differs between the main thread
 * and worker threads, and the report must not depend on which thread read the file.
 */
function tooDeep(lineOffset) {
    return { ok: false, error: { message: `YAML is nested more than ${_source_doc_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING_DEPTH */ .wM} levels deep`, line: lineOffset + 1, column: 1 } };
}
/**
 * The first key that repeats an earlier key of its mapping, as the `yaml` package reports it.
 * Keys are compared as the property names they become (`1` and `"1"` are one key in the data).
 */
function duplicateKey(doc) {
    // A plain walk: the package's visit() builds a path array per node, a third of this cost.
    const { isMap, isScalar, isSeq } = (0,_lazy_js__WEBPACK_IMPORTED_MODULE_0__/* .libraries */ .G6)().yaml;
    const walk = (node) => {
        if (isMap(node)) {
            // In reading order, as the package reports them: each key, then what is under it.
            const seen = new Set();
            for (const pair of node.items) {
                if (isScalar(pair.key)) {
                    const name = String(pair.key.value);
                    if (seen.has(name)) {
                        const start = pair.key.range?.[0] ?? 0;
                        return { message: 'Map keys must be unique', pos: [start, start + 1] };
                    }
                    seen.add(name);
                }
                const found = walk(pair.key) ?? walk(pair.value);
                if (found)
                    return found;
            }
        }
        else if (isSeq(node)) {
            for (const item of node.items) {
                const found = walk(item);
                if (found)
                    return found;
            }
        }
        return undefined;
    };
    return walk(doc.contents);
}
function unresolvedAlias(doc, lines) {
    const anchors = new Set();
    let found;
    const { isAlias, visit } = (0,_lazy_js__WEBPACK_IMPORTED_MODULE_0__/* .libraries */ .G6)().yaml;
    visit(doc, (_key, node) => {
        if (isAlias(node)) {
            if (!anchors.has(node.source) && node.range) {
                found = lines.linePos(node.range[0]);
                return visit.BREAK;
            }
        }
        else if (node && typeof node === 'object' && 'anchor' in node && typeof node.anchor === 'string') {
            anchors.add(node.anchor);
        }
        return undefined;
    });
    return found;
}
function nestingMessage(error) {
    if (error instanceof RangeError)
        return `YAML is nested more than ${_source_doc_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING_DEPTH */ .wM} levels deep`;
    return `invalid YAML: ${cleanYamlMessage(error instanceof Error ? error.message : String(error))}`;
}
/** The `yaml` package appends "at line N, column M" and source excerpts; we report those apart. */
function cleanYamlMessage(message) {
    const firstLine = message.split('\n')[0] ?? message;
    return firstLine.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}


/***/ }),

/***/ 4070:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ findingIdentity),
/* harmony export */   ZX: () => (/* binding */ BaselineLedger),
/* harmony export */   c1: () => (/* binding */ makeBaseline),
/* harmony export */   oU: () => (/* binding */ loadBaseline),
/* harmony export */   q$: () => (/* binding */ DEFAULT_BASELINE_DAYS),
/* harmony export */   v5: () => (/* binding */ baselineGrowth),
/* harmony export */   vy: () => (/* binding */ DEFAULT_BASELINE_FILE)
/* harmony export */ });
/* unused harmony export BASELINE_SCHEMA */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var _load_json_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5749);
/* harmony import */ var _load_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6736);
/**
 * The baseline: a legacy repository adopts the gate by recording today's failing findings in
 * `.modelgate/baseline.json` (`modelgate baseline`). A recorded finding is reported apart, as a
 * waived one is (approver "baseline"), until the baseline expires; a new finding fails; a fixed
 * one leaves its entry unused, and a notice says the file can shrink. On a pull request the
 * baseline is the base commit's, and one the pull request grows is a governance finding.
 *
 * An entry identifies a finding by what survives edits around it: rule, system, file and the
 * logical path in the document (never the line or the message, which carries dates and counts).
 * Findings that share all four are counted: an entry excuses that many, no more.
 */



const DEFAULT_BASELINE_FILE = '.modelgate/baseline.json';
const BASELINE_SCHEMA = 'modelgate/baseline@1';
/** How long a new baseline lasts unless asked otherwise. */
const DEFAULT_BASELINE_DAYS = 180;
/** What identifies a finding apart from where it is printed (SARIF's fingerprints use it too). */
function findingIdentity(finding) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify([finding.ruleId, finding.file, finding.system, finding.path ?? '']))
        .digest('hex');
}
/**
 * The baseline of a report: every failing finding a waiver could excuse (a locked or
 * unwaivable rule is never baselined: it keeps failing), counted by identity.
 */
function makeBaseline(findings, policy, created, days = DEFAULT_BASELINE_DAYS) {
    const entries = new Map();
    for (const finding of findings) {
        if (finding.status !== 'fail')
            continue;
        const rule = policy.byId.get(finding.ruleId);
        if (!rule || rule.locked || rule.waivable === false)
            continue;
        const fingerprint = findingIdentity(finding);
        const entry = entries.get(fingerprint);
        if (entry)
            entry.count++;
        else
            entries.set(fingerprint, { fingerprint, count: 1, rule: finding.ruleId, system: finding.system, file: finding.file, ...(finding.path ? { path: finding.path } : {}) });
    }
    const day = (date) => date.toISOString().slice(0, 10);
    return {
        $schema: 'https://raw.githubusercontent.com/modelgate/modelgate/v1/schemas/baseline.schema.json',
        schema: BASELINE_SCHEMA,
        created: day(created),
        expires: day(new Date(created.getTime() + days * 86_400_000)),
        findings: [...entries.values()].sort((a, b) => a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule) || a.fingerprint.localeCompare(b.fingerprint)),
    };
}
/** The baseline file, if there is one, or why it cannot be used (a located problem). */
function loadBaseline(source, file) {
    const stat = source.statFile(file);
    if (!stat.ok && stat.problem.kind === 'missing')
        return {};
    const start = { file, line: 1, column: 1 };
    const text = source.readText(file);
    if (!text.ok)
        return { problem: { message: `${text.problem.message}; no finding is baselined`, at: start } };
    const parsed = (0,_load_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .q)(text.text, file);
    if (!parsed.ok)
        return { problem: { message: `${parsed.error.message}; no finding is baselined`, at: { file, line: parsed.error.line, column: parsed.error.column } } };
    const issue = (0,_load_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSchema */ ._U)('baseline.schema.json', parsed.doc.value)[0];
    if (issue)
        return { problem: { message: `${issue.message}; no finding is baselined`, at: { file, ...parsed.doc.locate(issue.path) } } };
    const value = parsed.doc.value;
    return {
        baseline: {
            file,
            created: value.created,
            expires: value.expires,
            entries: value.findings.map((entry, index) => ({ ...entry, line: parsed.doc.locate(['findings', index]).line })),
        },
    };
}
/** Applies a baseline to findings as they come, and says afterwards which entries went unused. */
class BaselineLedger {
    baseline;
    byFingerprint = new Map();
    expired;
    constructor(baseline, now) {
        this.baseline = baseline;
        this.expired = baseline !== undefined && baseline.expires < now.toISOString().slice(0, 10);
        if (!baseline || this.expired)
            return;
        for (const entry of baseline.entries)
            this.byFingerprint.set(entry.fingerprint, { entry, used: 0 });
    }
    /** Marks each failing finding the baseline holds (up to its count) as excused by it. */
    apply(findings) {
        if (this.byFingerprint.size === 0 || !this.baseline)
            return;
        for (const finding of findings) {
            if (finding.status !== 'fail')
                continue;
            const held = this.byFingerprint.get(findingIdentity(finding));
            if (!held || held.used >= held.entry.count)
                continue;
            held.used++;
            finding.status = 'waived';
            finding.waiver = {
                justification: `recorded in the baseline of ${this.baseline.created}: a finding the repository had when it adopted the gate`,
                approver: 'baseline',
                expires: this.baseline.expires,
                file: this.baseline.file,
                line: held.entry.line,
            };
        }
    }
    /** How many recorded findings of these systems no longer fail (fixed, or moved beyond recognition). */
    unused(checked) {
        let count = 0;
        for (const { entry, used } of this.byFingerprint.values())
            if (checked(entry.system))
                count += entry.count - used;
        return count;
    }
}
/** The entries `head` holds beyond `base` (new ones, and higher counts), as finding counts. */
function baselineGrowth(base, head) {
    if (!head)
        return [];
    const before = new Map((base?.entries ?? []).map((e) => [e.fingerprint, e.count]));
    return head.entries.flatMap((entry) => {
        const added = entry.count - (before.get(entry.fingerprint) ?? 0);
        return added > 0 ? [{ entry, added, line: entry.line }] : [];
    });
}


/***/ }),

/***/ 3768:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ adjust),
/* harmony export */   Ei: () => (/* binding */ ruleAnchor),
/* harmony export */   QJ: () => (/* binding */ TEMPLATE_TAG),
/* harmony export */   Rr: () => (/* binding */ lowers),
/* harmony export */   lg: () => (/* binding */ fullDefinition),
/* harmony export */   nP: () => (/* binding */ LOCKED_FIELDS)
/* harmony export */ });
/* unused harmony exports DOCS_URL, docsUrl, TEMPLATE_VARIABLES */
/* harmony import */ var _load_lazy_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4285);
/* harmony import */ var _load_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6736);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9291);
/* harmony import */ var _path_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(794);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7283);





const DOCS_URL = 'https://github.com/modelgate/modelgate/blob/main/docs/rules.md';
/** GitHub's anchor for a rule's heading in docs/rules.md (`card/intended-use` → `cardintended-use`). */
function ruleAnchor(id) {
    return id.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');
}
function docsUrl(id) {
    return `${DOCS_URL}#${ruleAnchor(id)}`;
}
const TEMPLATE_VARIABLES = ['error', 'path', 'system', 'title'];
/**
 * A `{{ name }}` tag in a rule message. The name stops at the next brace, so a message of
 * thousands of unclosed `{{` is read once, not once per opener (`[^}]*?` rescanned to the end).
 */
const TEMPLATE_TAG = /\{\{([^{}]*)\}\}/g;
/** The fields that decide what a rule checks and where: fixed once a rule is locked. */
const LOCKED_FIELDS = ['when', 'given', 'then', 'core'];
function lowers(from, to) {
    if (to === 'off')
        return true;
    if (from === 'off')
        return false;
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .severityRank */ .qs)(to) < (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .severityRank */ .qs)(from);
}
/** A known rule with a pack's partial mapping (no `then`) applied. */
function adjust(current, raw) {
    const next = { ...current };
    if (raw.title !== undefined)
        next.title = raw.title;
    if (raw.description !== undefined)
        next.description = raw.description;
    if (raw.severity !== undefined)
        next.severity = raw.severity;
    // A pack narrows a shared rule (tiers, an application date) without losing its stage gates.
    if (raw.when !== undefined)
        next.when = { ...current.when, ...raw.when };
    if (raw.message !== undefined)
        next.message = raw.message;
    if (raw.remediation !== undefined)
        next.remediation = raw.remediation;
    if (raw.docs !== undefined)
        next.docs = raw.docs;
    // A pack maps a shared rule to more frameworks without losing the mappings it has.
    if (raw.evidences !== undefined)
        next.evidences = { ...current.evidences, ...raw.evidences };
    if (raw.supports !== undefined)
        next.supports = { ...current.supports, ...raw.supports };
    if (raw.waivable !== undefined)
        next.waivable = raw.waivable;
    // "Nothing to check" fails a required rule (no evidence entry declares a sha256, say).
    if (raw.required !== undefined)
        next.required = raw.required;
    // A governance pack may lock a rule it selects, so packs that extend it cannot weaken it.
    if (raw.locked)
        next.locked = true;
    return next;
}
/**
 * A full definition (with `given` and `then`, or a core rule). `functions`: check its clauses now,
 * at their own lines, rather than when it first runs; undefined for the trusted catalogue.
 */
function fullDefinition(id, raw, at, doc, file, functions) {
    for (const field of ['title', 'severity', 'remediation']) {
        if (raw[field] === undefined)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`rule ${id} must have "${field}"`, at);
    }
    if (!raw.core && (raw.given === undefined || raw.then === undefined)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`rule ${id} must have "given" and "then" (or be a core rule)`, at);
    }
    const definition = {
        id,
        title: raw.title,
        severity: raw.severity,
        remediation: raw.remediation,
        // Only the catalogue's rules are documented in docs/rules.md; a pack's own rule links to its
        // `docs`, or to nothing (never to an anchor that does not exist).
        docs: raw.docs ?? (file.startsWith('policies/rules/') ? docsUrl(id) : ''),
        evidences: raw.evidences ?? {},
        supports: raw.supports ?? {},
        definedIn: at,
    };
    if (raw.description !== undefined)
        definition.description = raw.description;
    if (raw.when !== undefined)
        definition.when = raw.when;
    if (raw.message !== undefined)
        definition.message = raw.message;
    if (raw.core)
        definition.core = true;
    if (raw.locked)
        definition.locked = true;
    if (raw.waivable === false)
        definition.waivable = false;
    if (raw.required)
        definition.required = true;
    if (raw.given !== undefined)
        definition.given = [].concat(raw.given);
    if (raw.then !== undefined)
        definition.then = [].concat(raw.then);
    if (functions)
        validateChecks(definition, doc, file, functions);
    return definition;
}
function validateChecks(rule, doc, file, functions) {
    const base = ['rules', rule.id];
    rule.given?.forEach((given, index) => {
        try {
            (0,_path_js__WEBPACK_IMPORTED_MODULE_3__/* .parseGiven */ .pQ)(given);
        }
        catch (error) {
            const where = rule.given.length > 1 ? [...base, 'given', index] : [...base, 'given'];
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`rule ${rule.id}: given ${error.message}`, (0,_sources_js__WEBPACK_IMPORTED_MODULE_4__/* .locate */ .x5)(doc, file, where));
        }
    });
    rule.then?.forEach((then, index) => {
        const where = rule.then.length > 1 ? [...base, 'then', index] : [...base, 'then'];
        const fn = functions.get(then.function);
        if (!fn) {
            const guess = (0,_load_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .kp)(then.function, [...functions.keys()]);
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`rule ${rule.id}: unknown check function "${then.function}"${guess ? ` (did you mean "${guess}"?)` : ''}`, (0,_sources_js__WEBPACK_IMPORTED_MODULE_4__/* .locate */ .x5)(doc, file, [...where, 'function']));
        }
        if (then.field !== undefined) {
            try {
                (0,_path_js__WEBPACK_IMPORTED_MODULE_3__/* .parseField */ .cn)(then.field);
            }
            catch (error) {
                throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`rule ${rule.id}: ${error.message}`, (0,_sources_js__WEBPACK_IMPORTED_MODULE_4__/* .locate */ .x5)(doc, file, [...where, 'field']));
            }
        }
        const issues = optionIssues(fn.name, fn.optionsSchema, then.options ?? {});
        const first = issues[0];
        if (first) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`rule ${rule.id}: options for ${fn.name}: ${first.message}`, (0,_sources_js__WEBPACK_IMPORTED_MODULE_4__/* .locate */ .x5)(doc, file, [...where, 'options', ...first.path]));
        }
    });
    if (rule.message !== undefined) {
        for (const [, tag] of rule.message.matchAll(TEMPLATE_TAG)) {
            const name = tag.trim();
            if (!TEMPLATE_VARIABLES.includes(name)) {
                throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`rule ${rule.id}: unknown message variable {{${name}}}; use ${TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(', ')}`, (0,_sources_js__WEBPACK_IMPORTED_MODULE_4__/* .locate */ .x5)(doc, file, [...base, 'message']));
            }
        }
    }
}
const optionChecks = new Map();
let sharedAjv;
function optionIssues(name, schema, options) {
    let check = optionChecks.get(name);
    if (!check) {
        sharedAjv ??= new ((0,_load_lazy_js__WEBPACK_IMPORTED_MODULE_0__/* .libraries */ .G6)().Ajv2020)({ allErrors: true, verbose: true, strict: true });
        const validate = sharedAjv.compile(schema);
        check = (data) => (validate(data) ? [] : (0,_load_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .explainSchemaErrors */ .sB)(validate.errors ?? [], data));
        optionChecks.set(name, check);
    }
    return check(options);
}


/***/ }),

/***/ 7416:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ makeFinding),
/* harmony export */   p: () => (/* binding */ singleLine)
/* harmony export */ });
function makeFinding(rule, system, status, message, at, path) {
    return {
        ruleId: rule.id,
        status,
        severity: rule.severity,
        system: system.id,
        message: singleLine(message),
        file: at.file,
        line: at.line,
        column: at.column,
        ...(at.endLine !== undefined ? { endLine: at.endLine } : {}),
        ...(at.endColumn !== undefined ? { endColumn: at.endColumn } : {}),
        ...(path ? { path } : {}),
        evidences: rule.evidences,
        supports: rule.supports,
        docs: rule.docs,
        ...(status === 'fail' ? { remediation: rule.remediation } : {}),
    };
}
/** Messages quote text from documents; a newline there could start a workflow command in a log. */
function singleLine(text) {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
    return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}


/***/ }),

/***/ 4628:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ loadFrameworks),
/* harmony export */   CI: () => (/* binding */ unknownCoverageControl),
/* harmony export */   JR: () => (/* binding */ unknownControlReference),
/* harmony export */   rs: () => (/* binding */ controlOf),
/* harmony export */   ux: () => (/* binding */ within)
/* harmony export */ });
/* harmony import */ var _fs_assets_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4847);
/* harmony import */ var _load_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6736);
/* harmony import */ var _load_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9996);
/**
 * The frameworks rules map to (policies/frameworks/*.yaml): their control ids and short titles,
 * how a cited sub-provision rolls up to a control ("Art.14(4)(e)" → "Art.14",
 * "Annex IV 2(d)" → "Art.11"), and which references exist at all: a framework whose rules cite
 * finer provisions than its controls (the EU AI Act) lists them in `ids/<same file name>`; and, for the EU AI Act, which
 * systems each obligation applies to.
 */



let frameworks;
function loadFrameworks() {
    if (frameworks)
        return frameworks;
    frameworks = new Map();
    const dir = ['policies', 'frameworks'];
    const idsFiles = (0,_fs_assets_js__WEBPACK_IMPORTED_MODULE_0__/* .assetNames */ .PB)([...dir, 'ids'], '.yaml');
    for (const file of (0,_fs_assets_js__WEBPACK_IMPORTED_MODULE_0__/* .assetNames */ .PB)(dir, '.yaml')) {
        const raw = (0,_load_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBundledYaml */ .ZZ)((0,_fs_assets_js__WEBPACK_IMPORTED_MODULE_0__/* .readAssetText */ .yA)(...dir, file), file);
        // Other data (the AI Act's timeline) lives beside the frameworks, without a key.
        if (!raw.key || !raw.controls)
            continue;
        const framework = {
            key: raw.key,
            name: raw.name,
            controls: new Map(),
            // Longest prefix first, so "Annex XI Section 2" would win over "Annex XI".
            parents: new Map(Object.entries(raw.parents ?? {}).sort(([a], [b]) => b.length - a.length)),
            obligations: new Map(),
        };
        for (const [id, control] of Object.entries(raw.controls)) {
            if (typeof control === 'string') {
                framework.controls.set(String(id), control);
                continue;
            }
            framework.controls.set(String(id), control.title);
            if (control.from)
                framework.obligations.set(String(id), { tiers: control.tiers ?? 'all', roles: control.roles ?? ['provider', 'deployer'], from: control.from, parts: control.parts ?? [], ...(control.only ? { only: control.only } : {}), ...(control.also ? { also: control.also } : {}), ...(control.openSource ? { openSource: control.openSource } : {}) });
        }
        // Read on first use: only pack validation needs it, and the bundled packs are not validated at run time.
        if (idsFiles.includes(file)) {
            let citable;
            Object.defineProperty(framework, 'citable', { enumerable: true, get: () => (citable ??= readCitable((0,_fs_assets_js__WEBPACK_IMPORTED_MODULE_0__/* .readAssetText */ .yA)(...dir, 'ids', file))) });
        }
        frameworks.set(raw.key, framework);
    }
    return frameworks;
}
/**
 * The ids file as a tree: `Art.10: (1) (2) (2)(a) …` and `Annex IV: 1 1(a) …` list each
 * article's or annex's ids relative to it (see the file's header).
 */
function readCitable(text) {
    const raw = (0,_load_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBundledYaml */ .ZZ)(text, 'ids');
    const ids = new Set();
    const children = new Map();
    const add = (id) => {
        if (ids.has(id))
            return;
        ids.add(id);
        const parent = parentOf(id) ?? '';
        const siblings = children.get(parent);
        if (siblings)
            siblings.push(id);
        else
            children.set(parent, [id]);
    };
    for (const [base, relative] of [...Object.entries(raw.articles), ...Object.entries(raw.annexes)]) {
        add(base);
        for (const id of String(relative ?? '').split(' ').filter(Boolean))
            add(base.startsWith('Art.') || id.startsWith('(') ? `${base}${id}` : `${base} ${id}`);
    }
    return { ids, children };
}
/**
 * The provision one level up, by the shape of the id alone: "Art.10(2)(f)" → "Art.10(2)",
 * "Annex VII 3.1" → "Annex VII 3", "Annex VIII Section A 3" → "Annex VIII Section A" →
 * "Annex VIII"; undefined for an article or annex.
 */
function parentOf(id) {
    if (id.endsWith(')'))
        return id.slice(0, id.lastIndexOf('('));
    const m = id.match(/^(Annex [IVX]+(?: Section \w+)? \d+)\.\d+$/) ?? id.match(/^(Annex [IVX]+(?: Section \w+)?) \d+$/) ?? id.match(/^(Annex [IVX]+) Section \w+$/);
    return m?.[1];
}
/** The control a cited reference counts toward, or undefined when the framework does not list it. */
function controlOf(framework, reference) {
    if (framework.controls.has(reference))
        return reference;
    for (const [prefix, parent] of framework.parents) {
        if (reference === prefix || reference.startsWith(`${prefix} `) || reference.startsWith(`${prefix}(`))
            return framework.controls.has(parent) ? parent : undefined;
    }
    // "Art.14(4)(e)" → "Art.14"
    const article = reference.match(/^(Art\.\d+)/)?.[1];
    if (article && framework.controls.has(article))
        return article;
    return undefined;
}
/** Whether a cited reference is, or lies within, a provision: "Art.14(4)(e)" is within "Art.14(4)". */
function within(reference, provision) {
    return reference === provision || reference.startsWith(`${provision}(`);
}
/** The shape of an EU AI Act reference (also the pack schema's pattern, checked first there). */
const EU_REFERENCE = /^(?:Art\.\d+(?:\(\d+\))?(?:\([a-z]\))?(?:\((?:i{1,3}|iv|vi{0,3}|ix|x)\))?|Annex [IVX]+(?: Section [A-Z0-9])?(?: \d+(?:\.\d+)?)?(?:\([a-z]\))?)$/;
/**
 * Why a reference a rule cites (its `controls` mapping) is not an identifier of the framework,
 * or undefined when it is one. Each mapping key of a rule is checked with this one function.
 */
function unknownControlReference(framework, reference) {
    const citable = framework.citable;
    if (!citable) {
        if (framework.controls.has(reference))
            return undefined;
        const guess = (0,_load_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .kp)(reference, [...framework.controls.keys()]);
        return `is not a control of ${framework.name}${guess ? ` (did you mean "${guess}"?)` : ''}`;
    }
    if (!EU_REFERENCE.test(reference))
        return 'is not an EU AI Act reference such as Art.14(4)(e) or Annex IV 2(d)';
    if (citable.ids.has(reference))
        return undefined;
    // The deepest provision that exists, and what it does have.
    let known = parentOf(reference);
    while (known !== undefined && !citable.ids.has(known))
        known = parentOf(known);
    if (known === undefined) {
        const kind = reference.startsWith('Art.') ? 'articles' : 'annexes';
        const roots = (citable.children.get('') ?? []).filter((id) => id.startsWith('Art.') === (kind === 'articles'));
        return `is not in the EU AI Act: its ${kind} are ${span(roots)}`;
    }
    // Relative to it: "(a)" under "Art.10(2)", "1" under "Annex IV", "3.1" (not ".1") under "Annex VII 3".
    const under = (citable.children.get(known) ?? []).map((id) => (id.slice(known.length).startsWith('.') ? id.slice(id.lastIndexOf(' ') + 1) : id.slice(known.length).trim()));
    return `is not in the EU AI Act: ${known} ${under.length ? `has ${span(under)}` : 'has no numbered paragraphs or points'}`;
}
/** Why an id of a pack's `frameworks:` list is not a control the framework reports, or undefined. */
function unknownCoverageControl(framework, id) {
    if (framework.controls.has(id))
        return undefined;
    if (framework.citable) {
        // A provision that does not exist says so; one that does is named by the control it counts toward.
        const missing = EU_REFERENCE.test(id) ? unknownControlReference(framework, id) : undefined;
        if (missing)
            return missing;
        const control = EU_REFERENCE.test(id) ? controlOf(framework, id) : undefined;
        if (control)
            return `is not a control that ${framework.name} reports: it counts toward "${control}"`;
        if (EU_REFERENCE.test(id))
            return `is not a control that ${framework.name} reports`;
    }
    const guess = (0,_load_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .kp)(id, [...framework.controls.keys()]);
    return `is not a control that ${framework.name} reports${guess ? ` (did you mean "${guess}"?)` : ''}`;
}
/** "(1) to (6)" or "Annex I to Annex XIII" for a run numbered without gaps, else the ids listed. */
function span(ids) {
    if (ids.length <= 2)
        return ids.join(' and ');
    const ordinal = (id) => {
        const bare = id.endsWith(')') ? id.slice(0, -1) : id;
        const label = bare.slice(Math.max(bare.lastIndexOf('.'), bare.lastIndexOf('('), bare.lastIndexOf(' ')) + 1);
        if (/^\d+$/.test(label))
            return Number(label);
        if (/^[IVX]+$/.test(label) && id.startsWith('Annex'))
            return ROMAN.indexOf(label.toLowerCase()) + 1;
        return /^[a-z]$/.test(label) ? label.charCodeAt(0) : NaN;
    };
    const numbers = ids.map(ordinal);
    const run = numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
    return run ? `${ids[0]} to ${ids[ids.length - 1]}` : ids.join(', ');
}
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii'];


/***/ }),

/***/ 5546:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yy: () => (/* binding */ DEFAULT_TIMELINE),
  mH: () => (/* binding */ aiActProfile),
  o2: () => (/* binding */ citesAnnexI),
  mm: () => (/* binding */ citesAnnexIII),
  XA: () => (/* binding */ effectiveProfile),
  Y7: () => (/* binding */ isKnownObligation),
  uY: () => (/* binding */ obligationExemption),
  kb: () => (/* binding */ obligationsDropped),
  Us: () => (/* binding */ sparedParts)
});

// UNUSED EXPORTS: ROLES, TIMELINES, loadTimelines, milestoneDate

// EXTERNAL MODULE: ./build/fs/assets.js
var assets = __nccwpck_require__(4847);
// EXTERNAL MODULE: ./build/load/manifest.js
var manifest = __nccwpck_require__(7454);
// EXTERNAL MODULE: ./build/load/yaml.js
var yaml = __nccwpck_require__(9996);
// EXTERNAL MODULE: ./build/policy/finding.js
var finding = __nccwpck_require__(7416);
// EXTERNAL MODULE: ./build/policy/frameworks.js
var frameworks = __nccwpck_require__(4628);
// EXTERNAL MODULE: ../main/node_modules/spdx-exceptions/index.json
var spdx_exceptions = __nccwpck_require__(7450);
;// CONCATENATED MODULE: ./build/policy/data/osi-approved-licenses.json
const osi_approved_licenses_namespaceObject = /*#__PURE__*/JSON.parse('{"dK":["0BSD","AAL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-3.0","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","Apache-1.1","Apache-2.0","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Patent","BSD-3-Clause","BSD-3-Clause-LBNL","BSD-3-Clause-Open-MPI","BSL-1.0","BlueOak-1.0.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CATOSL-1.1","CDDL-1.0","CECILL-2.1","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CNRI-Python","CPAL-1.0","CPL-1.0","CUA-OPL-1.0","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPL-1.0","EPL-2.0","EUDatagrid","EUPL-1.1","EUPL-1.2","Entessa","Fair","Frameworx-1.0","GPL-2.0","GPL-2.0+","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0","GPL-3.0+","GPL-3.0-only","GPL-3.0-or-later","GPL-3.0-with-GCC-exception","HPND","ICU","IPA","IPL-1.0","ISC","Intel","Jam","LGPL-2.0","LGPL-2.0+","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1","LGPL-2.1+","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0","LGPL-3.0+","LGPL-3.0-only","LGPL-3.0-or-later","LPL-1.0","LPL-1.02","LPPL-1.3c","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","MIT","MIT-0","MIT-Modern-Variant","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-PL","MS-RL","MirOS","Motosoto","MulanPSL-2.0","Multics","NASA-1.3","NCSA","NGPL","NPOSL-3.0","NTP","Naumen","Nokia","OCLC-2.0","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGTSL","OLDAP-2.8","OLFL-1.3","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-2.0","OSL-2.1","OSL-3.0","PHP-3.0","PHP-3.01","PostgreSQL","Python-2.0","QPL-1.0","RPL-1.1","RPL-1.5","RPSL-1.0","RSCPL","SISSL","SPL-1.0","SimPL-2.0","Sleepycat","UCL-1.0","UPL-1.0","Unicode-3.0","Unicode-DFS-2016","Unlicense","VSL-1.0","W3C","W3C-20150513","Watcom-1.0","WordNet","Xnet","ZPL-2.0","ZPL-2.1","Zlib","wxWindows"]}');
;// CONCATENATED MODULE: ./build/policy/open-source.js
/**
 * Whether a model's licence is a free and open-source one, as Art. 53(2) of the EU AI Act asks
 * (one that "allows for the access, usage, modification, and distribution of the model"): the
 * gate takes the OSI-approved licences of SPDX's list (data/osi-approved-licenses.json,
 * regenerated by scripts/osi-licenses.mjs). A licence with use restrictions (OpenRAIL, Llama's)
 * is not on it; a team that reads its licence otherwise waives the rule with its reason.
 */


// Hugging Face's ids are SPDX ids in lower case ("apache-2.0"), so ids compare without case.
const OSI = new Set(osi_approved_licenses_namespaceObject.dK.map((id) => id.toLowerCase()));
/** SPDX's listed exceptions, each an additional permission (Classpath, LLVM, GCC runtime, …). */
const EXCEPTIONS = new Set(spdx_exceptions.map((id) => id.toLowerCase()));
/**
 * True when `license` (an SPDX id or expression, or a Hugging Face id) leaves every choice
 * open-source: each id of an AND, at least one side of an OR. An exception (WITH) from SPDX's
 * list only adds permissions, so the licence it qualifies decides; anything else after WITH
 * (the Commons Clause, an AdditionRef- or LicenseRef-) may take permissions away, and makes that
 * choice not open-source.
 */
function isOpenSourceLicense(license) {
    const words = license.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length % 2 === 0)
        return false;
    const isOsi = (id) => OSI.has(id.replace(/\+$/, '').toLowerCase());
    const isException = (id) => EXCEPTIONS.has(id.toLowerCase());
    // One exception per licence: "A WITH x WITH y" is not an SPDX expression.
    const operatorOk = (i) => ['AND', 'OR', 'WITH'].includes(words[i]) && !(words[i] === 'WITH' && words[i - 2] === 'WITH');
    // Grouped by parentheses, every licence named must be open-source: the strict reading.
    if (/[()]/.test(license))
        return words.every((word, i) => (i % 2 === 1 ? operatorOk(i) : words[i - 1] === 'WITH' ? isException(word) : isOsi(word)));
    // Without parentheses an SPDX expression binds AND tighter than OR: "A OR B AND C" is A, or B and C.
    const alternatives = [[]];
    for (let i = 0; i < words.length; i += 2) {
        const operator = words[i - 1];
        if (i > 0 && !operatorOk(i - 1))
            return false;
        const word = words[i];
        if (operator === 'OR')
            alternatives.push([]);
        const terms = alternatives.at(-1);
        // WITH qualifies the licence before it: an exception not on SPDX's list spoils that licence.
        if (operator === 'WITH')
            terms.push(isException(word));
        else
            terms.push(isOsi(word));
    }
    return alternatives.some((terms) => terms.length > 0 && terms.every(Boolean));
}

;// CONCATENATED MODULE: ./build/policy/obligations.js
/**
 * Which EU AI Act obligations apply to a system, and from when: its tier and roles (from the
 * manifest), the policy's timeline, and the as-of date. The data is policies/frameworks/
 * eu-ai-act.yaml (who each article applies to) and eu-ai-act-timeline.yaml (the dates, by
 * timeline); coverage and a rule's `when: { obligation }` both read it here.
 */






const TIMELINES = (/* unused pure expression or super */ null && (['regulation', 'digital-omnibus']));
const DEFAULT_TIMELINE = 'regulation';
const ROLES = ['provider', 'deployer'];
let timelines;
function loadTimelines() {
    timelines ??= (0,yaml/* parseBundledYaml */.ZZ)((0,assets/* readAssetText */.yA)('policies', 'frameworks', 'eu-ai-act-timeline.yaml'), 'eu-ai-act-timeline.yaml').timelines;
    return timelines;
}
/**
 * A basis cites an annex when it names one of its points, anywhere and however written ("Annex III
 * 5(b)", "Annex 3, point 5(b)", "(AnnexIII 5b)", "Annex I Section A 11"), or starts with the
 * paragraph of Art. 6 that refers to it; prose that only mentions an annex ("Not an Annex III
 * use") does not. Annex I (a regulated product, Art. 6(1)) applies later than Annex III (Art. 6(2)).
 */
const ANNEX_I = /\bAnnex\s*(?:I|1)(?![IVX\d])[\s,:]*(?:Section|Part|point|\d)|^\s*Art(?:icle)?\.?\s*6\s*\(1\)/i;
const ANNEX_III = /\bAnnex\s*(?:III|3)(?![IVX\d])[\s,:]*(?:point\s*)?\d|^\s*Art(?:icle)?\.?\s*6\s*\(2\)/i;
function citesAnnexI(basis) {
    return typeof basis === 'string' && ANNEX_I.test(basis);
}
function citesAnnexIII(basis) {
    return typeof basis === 'string' && ANNEX_III.test(basis);
}
/**
 * The tier and roles obligations are decided by. An undeclared or misspelt tier counts as high
 * (a gate must not relieve a system of obligations because it left its tier out), and undeclared
 * roles as both.
 */
function effectiveProfile(profile) {
    const tier = manifest/* RISK_TIERS */.ac.includes(profile.tier ?? '') ? profile.tier : 'high';
    const roles = Array.isArray(profile.roles) && profile.roles.some((r) => ROLES.includes(r)) ? profile.roles.filter((r) => ROLES.includes(r)) : [...ROLES];
    // A basis citing both annexes takes the earlier date: a pull request cannot delay obligations by adding a citation.
    // A system that talks to people or generates content has Art. 50's duties whatever its tier:
    // Art. 50(6) says they apply alongside Chapter III, so a high-risk chatbot has them too.
    const art50 = profile.interactsWithPeople === true || profile.generatesContent === true;
    const annexIII = citesAnnexIII(profile.basis);
    // Art. 53(2)'s exception "shall not apply to general-purpose AI models with systemic risks".
    const openSource = tier !== 'gpai-systemic' ? profile.openSource?.license : undefined;
    return { tier, roles, milestone: citesAnnexI(profile.basis) && !annexIII ? 'annex-i' : 'annex-iii', art50, annexIII, ...(openSource ? { openSource } : {}) };
}
/** The date (YYYY-MM-DD) a milestone falls on under a timeline. */
function milestoneDate(milestone, timeline) {
    return loadTimelines()[timeline]?.milestones[milestone];
}
/** Why an obligation is not this system's (its tier, roles or annex), dates aside; undefined when it is. */
function notTheSystems(article, obligation, profile) {
    const { tier, roles, milestone, art50, annexIII } = profile;
    if (tier === 'prohibited' && article !== 'Art.5' && article !== 'Art.4') {
        return 'the system is declared prohibited (Art. 5): no other obligation can make it lawful';
    }
    // An Annex III system its provider assessed as not high-risk is still registered (Art. 6(4), Art. 49(2)).
    const byAnnexIII = obligation.also === 'annex-iii' && annexIII;
    if (obligation.tiers !== 'all' && !obligation.tiers.includes(tier) && !(article === 'Art.50' && art50) && !byAnnexIII) {
        return `applies to ${obligation.tiers.join(', ')} systems; this one is ${tier}`;
    }
    if (!obligation.roles.some((role) => roles.includes(role))) {
        return `an obligation of the ${obligation.roles.join(' or ')}; this system's roles are ${roles.join(', ')}`;
    }
    if (obligation.only === 'annex-iii' && milestone === 'annex-i') {
        return 'applies to Annex III systems; this one\'s basis cites Annex I';
    }
    return undefined;
}
/** Why a part of an obligation (Art.53(1)(a)) is spared for this system when the obligation is not. */
function partSpared(part, obligation, profile) {
    if (profile.openSource && obligation.openSource?.includes(part)) {
        return `does not apply (Art. 53(2)): the model is released under an open-source licence (${profile.openSource}) with its parameters public, and has no systemic risk`;
    }
    return undefined;
}
/** The listed obligation an article or a part of one (`Art.53(1)(a)`) belongs to, with its id. */
function obligationOf(article) {
    const obligations = (0,frameworks/* loadFrameworks */.AZ)().get('euAiAct')?.obligations;
    const id = obligations?.has(article) ? article : /^Art\.\d+/.exec(article)?.[0];
    const obligation = id ? obligations?.get(id) : undefined;
    return id && obligation && (id === article || obligation.parts.includes(article)) ? { id, obligation } : undefined;
}
/** Whether `article` is an obligation the data lists, or one of an obligation's parts: what `when.obligation` may name. */
function isKnownObligation(article) {
    return obligationOf(article) !== undefined;
}
/** The parts of an obligation that do not apply to this system although the obligation does (Art. 53(2)). */
function sparedParts(article, profile) {
    const listed = (0,frameworks/* loadFrameworks */.AZ)().get('euAiAct')?.obligations.get(article);
    const effective = effectiveProfile(profile);
    return listed ? listed.parts.filter((part) => partSpared(part, listed, effective)) : [];
}
/**
 * Why an EU AI Act article, or a part of one (`Art.53(1)(a)`), does not apply to this system on
 * `asOf`, or undefined when it does (or is not an obligation the data lists: then it is not for
 * us to exclude).
 */
function obligationExemption(article, profile, asOf, timeline) {
    const listed = obligationOf(article);
    if (!listed)
        return undefined;
    const { obligation } = listed;
    const effective = effectiveProfile(profile);
    const spared = notTheSystems(listed.id, obligation, effective) ?? (listed.id === article ? undefined : partSpared(article, obligation, effective));
    if (spared)
        return spared;
    const from = obligation.from === 'high-risk' ? effective.milestone : obligation.from;
    const date = milestoneDate(from, timeline);
    if (date && asOf.getTime() < Date.parse(`${date}T00:00:00Z`)) {
        return `applies from ${date} (${loadTimelines()[timeline].title})`;
    }
    return undefined;
}
/**
 * The AI Act profile a manifest declares (`risk.euAiAct`), whatever shape it is in: each text on
 * one line, so rules and coverage (which reads it from the system's summary) judge the same one.
 */
function aiActProfile(data) {
    const risk = data.risk;
    const euAiAct = risk && typeof risk === 'object' ? risk.euAiAct : undefined;
    const transparency = data.transparency && typeof data.transparency === 'object' ? data.transparency : {};
    // Only `true` adds a duty (or, for parametersPublic under an open-source licence, Art. 53(2)'s
    // exception); any other value leaves the tier to decide.
    const duties = {
        ...(transparency.interactsWithPeople === true ? { interactsWithPeople: true } : {}),
        ...(transparency.generatesContent === true ? { generatesContent: true } : {}),
        ...(transparency.parametersPublic === true && typeof data.license === 'string' && isOpenSourceLicense(data.license) ? { openSource: { license: (0,finding/* singleLine */.p)(data.license) } } : {}),
    };
    if (!euAiAct || typeof euAiAct !== 'object')
        return duties;
    const { tier, basis, roles } = euAiAct;
    return {
        ...(typeof tier === 'string' ? { tier: (0,finding/* singleLine */.p)(tier) } : {}),
        ...(typeof basis === 'string' ? { basis: (0,finding/* singleLine */.p)(basis) } : {}),
        ...(Array.isArray(roles) ? { roles: roles.filter((r) => typeof r === 'string').map(finding/* singleLine */.p) } : {}),
        ...duties,
    };
}
/**
 * The obligations that apply under `before` and no longer under `after` (dates aside), and
 * whether high-risk obligations moved to the later Annex I date: what a pull request changing
 * `risk.euAiAct` (a role dropped, a basis rewritten, a tier declared lower) or withdrawing
 * `transparency.interactsWithPeople` / `generatesContent` takes away.
 */
function obligationsDropped(before, after) {
    const obligations = (0,frameworks/* loadFrameworks */.AZ)().get('euAiAct')?.obligations ?? new Map();
    const was = effectiveProfile(before);
    const now = effectiveProfile(after);
    const applies = (article, profile) => notTheSystems(article, obligations.get(article), profile) === undefined;
    const articles = [...obligations.keys()].filter((article) => applies(article, was) && !applies(article, now));
    // Parts of an obligation that still applies, newly spared (an open-source release, Art. 53(2)).
    for (const [article, obligation] of obligations) {
        if (!applies(article, was) || !applies(article, now))
            continue;
        articles.push(...obligation.parts.filter((part) => !partSpared(part, obligation, was) && partSpared(part, obligation, now)));
    }
    return { articles, later: now.tier === 'high' && was.tier === 'high' && was.milestone === 'annex-iii' && now.milestone === 'annex-i' };
}


/***/ }),

/***/ 794:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lt: () => (/* binding */ select),
/* harmony export */   cn: () => (/* binding */ parseField),
/* harmony export */   fK: () => (/* binding */ valueAt),
/* harmony export */   pQ: () => (/* binding */ parseGiven)
/* harmony export */ });
/* unused harmony export WILDCARD */
const WILDCARD = Symbol('*');
const NAME = /^[A-Z_$][\w$-]*/i;
/** Parses a `given` expression (must start with `$`). Throws a plain Error on bad syntax. */
function parseGiven(expression) {
    if (!expression.startsWith('$'))
        throw new Error(`"${expression}" must start with "$"`);
    return parseSteps(expression.slice(1), expression, true);
}
/** Parses a `field` expression, relative to each target. */
function parseField(expression) {
    const steps = parseSteps(expression, expression, false);
    if (steps.includes(WILDCARD))
        throw new Error(`field "${expression}" cannot contain a wildcard`);
    return steps;
}
function parseSteps(rest, whole, leadingDot) {
    const steps = [];
    let text = rest;
    let first = !leadingDot;
    while (text.length > 0) {
        let match;
        if (first && (match = text.match(NAME))) {
            steps.push(match[0]);
        }
        else if ((match = text.match(/^\.\*/))) {
            steps.push(WILDCARD);
        }
        else if ((match = text.match(/^\.([A-Z_$][\w$-]*)/i))) {
            steps.push(match[1]);
        }
        else if ((match = text.match(/^\[\*\]/))) {
            steps.push(WILDCARD);
        }
        else if ((match = text.match(/^\[(\d+)\]/))) {
            steps.push(Number(match[1]));
        }
        else if ((match = text.match(/^\['([^']*)'\]/) ?? text.match(/^\["([^"]*)"\]/))) {
            steps.push(match[1]);
        }
        else {
            throw new Error(`cannot read "${whole}" at "${text}"; use .name, ['name'], [0] or [*]`);
        }
        text = text.slice(match[0].length);
        first = false;
    }
    return steps;
}
/** Every value the steps reach from `root`, with its concrete path. */
function select(root, steps, base = []) {
    let current = [{ value: root, path: base }];
    for (const step of steps) {
        const next = [];
        for (const { value, path } of current) {
            if (value === null || typeof value !== 'object')
                continue;
            if (step === WILDCARD) {
                if (Array.isArray(value))
                    value.forEach((item, index) => next.push({ value: item, path: [...path, index] }));
                else
                    for (const [key, item] of Object.entries(value))
                        next.push({ value: item, path: [...path, key] });
            }
            else if (Array.isArray(value)) {
                if (typeof step === 'number' && step < value.length)
                    next.push({ value: value[step], path: [...path, step] });
            }
            else if (Object.prototype.hasOwnProperty.call(value, step)) {
                next.push({ value: value[step], path: [...path, step] });
            }
        }
        current = next;
    }
    return current;
}
/** The value at a field path (no wildcards) below `value`, or undefined. */
function valueAt(value, steps) {
    let node = value;
    for (const step of steps) {
        if (node === null || typeof node !== 'object')
            return undefined;
        if (!Object.prototype.hasOwnProperty.call(node, step))
            return undefined;
        node = node[step];
    }
    return node;
}


/***/ }),

/***/ 6772:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mm: () => (/* binding */ remoteKey),
/* harmony export */   Pd: () => (/* binding */ isLocalPack),
/* harmony export */   Vx: () => (/* binding */ displayRemote),
/* harmony export */   b8: () => (/* binding */ parseRemoteRef),
/* harmony export */   gG: () => (/* binding */ remoteDir),
/* harmony export */   kD: () => (/* binding */ isBundledName),
/* harmony export */   vn: () => (/* binding */ parseRemoteDir)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9291);
/**
 * How a pack is named in `--policy`, an input or `extends`: a bundled name (`baseline`), a pinned
 * pack of another repository (`owner/repo/path/pack.yaml@<sha>`), or a local path. Only the
 * grammar lives here; sources.ts reads what a reference names.
 */

/** A bundled pack's name (`baseline`, `eu-ai-act`): lower-case letters, digits and hyphens. */
function isBundledName(ref) {
    return /^[a-z0-9-]+$/.test(ref.trim());
}
/** A pack read from this repository (not bundled, not a pinned remote pack). */
function isLocalPack(ref) {
    return !isBundledName(ref) && !ref.includes('@');
}
function displayRemote(ref) {
    return `${ref.owner}/${ref.repo}/${ref.path}@${ref.sha.slice(0, 12)}`;
}
// GitHub's grammar: an owner is letters, digits and single inner hyphens (at most 39); a repository
// name is letters, digits, '.', '_' and '-' (at most 100), and never '.' or '..'.
const OWNER = /^[A-Z0-9](?:-?[A-Z0-9]){0,38}$/i;
const REPO = /^[\w.-]{1,100}$/;
const FULL_SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const UNSAFE_PATH_CHARACTER = /[\\\u0000-\u001f\u007f]/;
/**
 * `owner/repo/path/pack.yaml@<sha>`: each part checked before anything is fetched with the
 * workflow's token, so a pack cannot aim a request anywhere but one file of one repository at
 * one commit. Throws a UsageError naming what is wrong.
 */
function parseRemoteRef(text) {
    const usage = `write owner/repo/path/to/pack.yaml@<commit SHA>`;
    const at = text.lastIndexOf('@');
    const [owner = '', repo = '', ...segments] = (at < 0 ? text : text.slice(0, at)).split('/');
    const sha = at < 0 ? '' : text.slice(at + 1);
    const file = segments.join('/');
    if (at < 0 || segments.length === 0)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`"${text}" is not a remote pack reference; ${usage}`);
    if (!OWNER.test(owner))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`"${owner}" is not a GitHub owner (letters, digits and single inner hyphens, at most 39); ${usage}`);
    if (!REPO.test(repo) || repo === '.' || repo === '..')
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`"${repo}" is not a GitHub repository name (letters, digits, '.', '_', '-', at most 100); ${usage}`);
    if (segments.some((segment) => segment === '' || segment === '.' || segment === '..' || UNSAFE_PATH_CHARACTER.test(segment))) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`remote policy pack path "${file}" must be a plain path inside ${owner}/${repo} (no empty, "." or ".." parts, backslashes or control characters)`);
    }
    if (!FULL_SHA.test(sha)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`remote policy pack ${owner}/${repo}/${file} is not pinned: "@${sha}" can change under you; use the full commit SHA (…@<40 hex characters>)`);
    }
    return { owner, repo, path: file, sha };
}
/** The folder a remote pack was in, as a `fromDir` its relative `extends` are resolved from. */
function remoteDir(ref, dir) {
    return `remote:${ref.owner}/${ref.repo}@${ref.sha}:${dir}`;
}
/** "remote:owner/repo@sha:dir" → the repository, commit and directory a remote pack was in. */
function parseRemoteDir(dir) {
    const match = /^remote:([^/]+)\/([^@]+)@([0-9a-f]+):(.*)$/.exec(dir);
    if (!match)
        return undefined;
    return { owner: match[1], repo: match[2], sha: match[3], path: match[4] === '.' ? '' : match[4] };
}
/** One key per pack file of a repository at a commit. */
function remoteKey(ref) {
    return `${ref.owner}/${ref.repo}/${ref.path}@${ref.sha}`;
}


/***/ }),

/***/ 6071:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ remotePacksFromClones),
/* harmony export */   k: () => (/* binding */ FetchedPacks)
/* harmony export */ });
/* harmony import */ var _fs_git_tree_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6719);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9291);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6772);
/**
 * Where pinned remote packs come from. The CLI reads them from a local clone's git objects at
 * the pinned commit (so the clone's working tree, or a moved branch, cannot change what is read);
 * the Action fetches them from the GitHub contents API at the pinned commit (github/remote-pack.ts)
 * before the run starts, and hands them over as FetchedPacks.
 */



/** `--policy-checkout owner/repo=DIR` values → packs read from those clones' git objects. */
function remotePacksFromClones(clones) {
    const trees = new Map();
    return {
        read(ref) {
            const dir = clones.get(`${ref.owner}/${ref.repo}`);
            if (!dir)
                return { error: `no local clone of ${ref.owner}/${ref.repo} was given (--policy-checkout ${ref.owner}/${ref.repo}=<dir>)` };
            const key = `${dir}@${ref.sha}`;
            let tree = trees.get(key);
            if (!tree) {
                try {
                    tree = _fs_git_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .GitTreeSource */ .kQ.open(dir, ref.sha);
                }
                catch (error) {
                    const message = error instanceof _types_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb ? error.message : String(error);
                    // GitTreeSource speaks of a --base ref; here it is the pack's pinned commit.
                    tree = {
                        error: /is not a commit/.test(message)
                            ? `commit ${ref.sha} is not in the clone at ${dir} (run git fetch there)`
                            : `${message} (the clone at ${dir})`,
                    };
                }
                trees.set(key, tree);
            }
            if ('error' in tree)
                return tree;
            const text = tree.readText(ref.path);
            return text.ok ? text.text : { error: text.problem.message };
        },
    };
}
/** Packs fetched ahead of loading (the Action), keyed by repository, path and commit. */
class FetchedPacks {
    texts = new Map();
    refs = new Map();
    /** A pack that was not fetched is an error, never a fetch: this runs synchronously, mid-load. */
    read(ref) {
        return this.texts.get((0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .remoteKey */ .Mm)(ref)) ?? { error: 'it was not fetched before the run' };
    }
    has(ref) {
        return this.texts.has((0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .remoteKey */ .Mm)(ref));
    }
    set(ref, text) {
        this.texts.set((0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .remoteKey */ .Mm)(ref), text);
        this.refs.set((0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .remoteKey */ .Mm)(ref), ref);
    }
    /** Every pack fetched, as plain data (for another thread). */
    entries() {
        return [...this.texts].map(([key, text]) => [this.refs.get(key), text]);
    }
    static from(entries) {
        const packs = new FetchedPacks();
        for (const [ref, text] of entries)
            packs.set(ref, text);
        return packs;
    }
}


/***/ }),

/***/ 7283:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ss: () => (/* binding */ bundledPackNames),
  x5: () => (/* binding */ locate),
  MH: () => (/* binding */ packFilesIn),
  RR: () => (/* binding */ packFilesOnDisk),
  Ll: () => (/* binding */ parsePack),
  iq: () => (/* binding */ readPackTree)
});

// UNUSED EXPORTS: MAX_PACKS_EXTENDED, MAX_PACK_BYTES, MAX_REMOTE_PACKS, RULE_MAPPING_KEYS, checkControlReferences, fetchPackTree

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./build/fs/assets.js
var assets = __nccwpck_require__(4847);
// EXTERNAL MODULE: ./build/fs/local.js
var local = __nccwpck_require__(7823);
// EXTERNAL MODULE: ./build/load/schema.js
var schema = __nccwpck_require__(6736);
// EXTERNAL MODULE: ./build/load/yaml.js
var yaml = __nccwpck_require__(9996);
// EXTERNAL MODULE: ./build/fs/repo-fs.js
var repo_fs = __nccwpck_require__(9160);
// EXTERNAL MODULE: ./build/types.js
var types = __nccwpck_require__(9291);
// EXTERNAL MODULE: ./build/policy/frameworks.js
var frameworks = __nccwpck_require__(4628);
// EXTERNAL MODULE: ./build/policy/reference.js
var reference = __nccwpck_require__(6772);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./build/policy/snapshot.js
/**
 * Parsed bundled policies, made at build time. Parsing the catalogue's YAML with positions was
 * most of start-up (about 110 ms of 240); the build writes each bundled file's values and the
 * position of every node to dist/policies.json, keyed by the file's SHA-256, and loading reads
 * that instead. A file whose hash is not in the snapshot (edited since the build) is parsed as
 * usual, so the snapshot can never stand in for different text.
 */


const SNAPSHOT_FILE = ['dist', 'policies.json'];
class SnapshotDoc {
    file;
    entry;
    constructor(file, entry) {
        this.file = file;
        this.entry = entry;
    }
    get value() {
        return this.entry.value;
    }
    /** As YamlDoc.locate: the node's position, or its nearest existing ancestor's. */
    locate(path) {
        for (let length = path.length; length >= 0; length--) {
            const at = this.entry.positions[pathKey(path.slice(0, length))];
            if (at)
                return { line: at[0], column: at[1], endLine: at[2], endColumn: at[3] };
        }
        return { line: 1, column: 1 };
    }
}
function pathKey(path) {
    return path.map(String).join('\u0000');
}
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
/** Every node's position in `doc`, for the snapshot (build time only). */
function snapshotEntry(doc) {
    const positions = {};
    const visit = (value, path) => {
        const at = doc.locate(path);
        positions[pathKey(path)] = [at.line, at.column, at.endLine ?? at.line, at.endColumn ?? at.column];
        if (Array.isArray(value))
            value.forEach((item, index) => visit(item, [...path, index]));
        else if (value && typeof value === 'object')
            for (const [key, item] of Object.entries(value))
                visit(item, [...path, key]);
    };
    visit(doc.value, []);
    return { value: doc.value, positions };
}
let loaded;
/** The snapshotted document for this exact text, if the build made one. */
function fromSnapshot(text, file) {
    if (loaded === undefined) {
        try {
            loaded = JSON.parse((0,assets/* readAssetText */.yA)(...SNAPSHOT_FILE));
        }
        catch {
            loaded = null; // no snapshot (a source checkout before its first build): parse the YAML
        }
    }
    const entry = loaded?.[sha256(text)];
    // The value is shared by every load in this process: hand out a copy callers may change.
    return entry ? new SnapshotDoc(file, { value: structuredClone(entry.value), positions: entry.positions }) : undefined;
}

;// CONCATENATED MODULE: ./build/policy/sources.js
/**
 * Reading policy packs: every pack a policy names, and every pack those extend, found and parsed
 * into a tree before anything is resolved. A pack comes from modelgate itself (a bundled name),
 * from this repository (the disk, or a pull request's base commit), or from another repository
 * pinned to a commit. The walk is written once, as a generator that asks for each remote pack it
 * needs: the CLI answers from local clones as it goes (readPackTree), the Action fetches them
 * from the GitHub API before the run starts (fetchPackTree).
 */










const MAX_PACK_BYTES = 1024 * 1024;
/** The pack `ref` and everything it extends, answering remote packs from `remote` as they come. */
function readPackTree(ref, files, remote) {
    const walk = walkPacks(ref, files);
    for (let step = walk.next();;) {
        if (step.done)
            return step.value;
        const needed = step.value;
        step = remote
            ? walk.next(remote.read(needed))
            : walk.throw(new types/* UsageError */.eb(`policy pack ${(0,reference/* displayRemote */.Vx)(needed)} is in another repository: run in the Action (it fetches pinned packs), or give a local clone with --policy-checkout ${needed.owner}/${needed.repo}=<dir>`));
    }
}
/** The same walk, fetching each remote pack with `fetch` (the GitHub API) as it is needed. */
async function fetchPackTree(ref, files, fetch) {
    const walk = walkPacks(ref, files);
    for (let step = walk.next();;) {
        if (step.done)
            return step.value;
        step = walk.next(await fetch(step.value));
    }
}
/**
 * Packs a policy may extend, counting each time one is extended: a pack named twice by each of
 * twenty packs in a chain is a million walks (a pull request's policy is walked too). Far above
 * any real policy (the bundled ones extend at most 3).
 */
const MAX_PACKS_EXTENDED = 200;
/** Distinct packs of other repositories one policy may fetch with the workflow's token. */
const MAX_REMOTE_PACKS = 50;
function walkPacks(ref, files) {
    return walkPack(ref, undefined, [], { files, extended: 0, remotes: new Set(), parsed: new Map() });
}
function* walkPack(ref, fromDir, chain, state) {
    if (++state.extended > MAX_PACKS_EXTENDED)
        throw new types/* UsageError */.eb(`the policy extends more than ${MAX_PACKS_EXTENDED} packs, counting each time one is extended`);
    const { key, dir, display, text, bundled } = yield* locatePack(ref, fromDir, chain, state);
    if (chain.some((c) => c.key === key)) {
        throw new types/* UsageError */.eb(`policy packs extend each other in a cycle: ${[...chain.map((c) => c.display), display].join(' → ')}`);
    }
    let parsed = state.parsed.get(key);
    if (!parsed)
        state.parsed.set(key, (parsed = parsePack(text, display, bundled)));
    const { pack, doc } = parsed;
    const parents = [];
    const named = pack.extends === undefined ? [] : [].concat(pack.extends);
    for (const [index, parent] of named.entries()) {
        try {
            parents.push(yield* walkPack(parent, dir, [...chain, { key, display }], state));
        }
        catch (error) {
            // A problem with a pack it names is shown at the `extends` entry that names it.
            if (error instanceof types/* UsageError */.eb && !error.location) {
                throw new types/* UsageError */.eb(error.message, locate(doc, display, Array.isArray(pack.extends) ? ['extends', index] : ['extends']));
            }
            throw error;
        }
    }
    return { key, display, pack, doc, parents };
}
/**
 * Finds and reads a pack: bundled by name (from modelgate's own files), remote when pinned
 * (`owner/repo/path@sha`; relative extends inside it stay in that repository at that commit),
 * local through `files`.
 */
function* locatePack(ref, fromDir, chain, state) {
    const { files } = state;
    const trimmed = ref.trim();
    if ((0,reference/* isBundledName */.kD)(trimmed)) {
        if (!(0,local/* exists */.t2)((0,assets/* assetPath */.Q$)('policies', `${trimmed}.yaml`))) {
            const guess = (0,schema/* closest */.kp)(trimmed, bundledPackNames());
            throw new types/* UsageError */.eb(`unknown policy pack "${trimmed}"${guess ? ` (did you mean "${guess}"?)` : ''}; bundled packs: ${bundledPackNames().join(', ')}; or give a path to a .yaml file`);
        }
        // A bundled pack's own extends are bundled names; it has no directory of local files.
        return { key: `bundled:${trimmed}`, dir: fromDir, display: trimmed, text: (0,assets/* readAssetText */.yA)('policies', `${trimmed}.yaml`), bundled: true };
    }
    const inRemote = fromDir?.startsWith('remote:') ? (0,reference/* parseRemoteDir */.vn)(fromDir) : undefined;
    if (trimmed.includes('@') || inRemote) {
        const remote = trimmed.includes('@')
            ? (0,reference/* parseRemoteRef */.b8)(trimmed)
            : { ...inRemote, path: external_node_path_.posix.normalize(external_node_path_.posix.join(inRemote?.path ?? '', trimmed)) };
        if (remote.path.startsWith('../'))
            throw new types/* UsageError */.eb(`policy pack ${trimmed} leaves the repository ${remote.owner}/${remote.repo}`);
        state.remotes.add((0,reference/* remoteKey */.Mm)(remote));
        if (state.remotes.size > MAX_REMOTE_PACKS)
            throw new types/* UsageError */.eb(`the policy extends more than ${MAX_REMOTE_PACKS} packs of other repositories`);
        const text = yield remote;
        if (typeof text !== 'string')
            throw new types/* UsageError */.eb(`policy pack ${(0,reference/* displayRemote */.Vx)(remote)}: ${text.error}`);
        return { key: `remote:${remote.owner}/${remote.repo}/${remote.path}@${remote.sha}`, dir: (0,reference/* remoteDir */.gG)(remote, external_node_path_.posix.dirname(remote.path)), display: (0,reference/* displayRemote */.Vx)(remote), text };
    }
    const from = chain.length ? ` (extended from ${chain[chain.length - 1].display})` : '';
    const found = files.resolve(trimmed, fromDir);
    if ('error' in found)
        throw new types/* UsageError */.eb(`${found.error}${from}`);
    const text = files.read(found.key, found.display);
    if (typeof text !== 'string')
        throw new types/* UsageError */.eb(`${text.error}${from}`);
    return { ...found, text };
}
/**
 * A pack's text as a checked mapping. `trusted` (bundled files): read from the build's snapshot
 * when it has this exact text, and not checked against the schema (the test suite checks them).
 */
function parsePack(text, display, trusted = false) {
    if (Buffer.byteLength(text, 'utf8') > MAX_PACK_BYTES)
        throw new types/* UsageError */.eb(`policy pack ${display} is over 1 MB`);
    const snapshot = trusted ? fromSnapshot(text, display) : undefined;
    if (snapshot)
        return { pack: snapshot.value, doc: snapshot };
    const parsed = (0,yaml/* parseYaml */.hN)(text, { file: display });
    if (!parsed.ok) {
        throw new types/* UsageError */.eb(parsed.error.message, { file: display, line: parsed.error.line, column: parsed.error.column });
    }
    const value = parsed.doc.value ?? {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new types/* UsageError */.eb('a policy pack must be a mapping with name, extends and rules', { file: display, line: 1, column: 1 });
    }
    const first = trusted ? undefined : (0,schema/* checkSchema */._U)('policy-pack.schema.json', value)[0];
    if (first)
        throw new types/* UsageError */.eb(first.message, locate(parsed.doc, display, first.path));
    if (!trusted)
        checkControlReferences(value, parsed.doc, display);
    return { pack: value, doc: parsed.doc };
}
/** The keys of a rule that map it to framework controls, each checked by checkControlReferences. */
const RULE_MAPPING_KEYS = ['evidences', 'supports'];
/**
 * Every control id a pack names exists: a rule's mapping cites an identifier of the framework
 * (for the EU AI Act any article, paragraph, point or annex provision), and a `frameworks:` list
 * names controls the framework reports. Runs after the schema, which has checked the shapes.
 */
function checkControlReferences(pack, doc, display) {
    const catalogs = (0,frameworks/* loadFrameworks */.AZ)();
    for (const [id, rule] of Object.entries(pack.rules ?? {})) {
        if (typeof rule !== 'object' || rule === null)
            continue;
        for (const key of RULE_MAPPING_KEYS) {
            for (const [framework, references] of Object.entries(rule[key] ?? {})) {
                const catalog = catalogs.get(framework);
                references.forEach((reference, index) => {
                    const problem = catalog && (0,frameworks/* unknownControlReference */.JR)(catalog, reference);
                    if (problem)
                        refuse(['rules', id, key, framework, index], reference, problem);
                });
            }
        }
    }
    for (const [framework, scope] of Object.entries(pack.frameworks ?? {})) {
        const catalog = catalogs.get(framework);
        if (!catalog || scope === 'all')
            continue;
        scope.forEach((control, index) => {
            const problem = (0,frameworks/* unknownCoverageControl */.CI)(catalog, control);
            if (problem)
                refuse(['frameworks', framework, index], control, problem);
        });
    }
    function refuse(at, reference, problem) {
        const quoted = JSON.stringify(reference.length > 60 ? `${reference.slice(0, 59)}…` : reference);
        throw new types/* UsageError */.eb(`${(0,types/* formatPath */.jV)(at)}: ${quoted} ${problem}`, locate(doc, display, at));
    }
}
function locate(doc, file, at) {
    const { line, column } = doc.locate(at);
    return { file, line, column };
}
/** Names of the packs that ship with modelgate (`baseline`, …). */
function bundledPackNames() {
    return (0,assets/* assetNames */.PB)(['policies'], '.yaml').map((f) => f.slice(0, -'.yaml'.length));
}
/**
 * Pack files on disk, read through a repository boundary like any cited file: `extends` is text
 * a pack's author chose, so no absolute path, `..`, link out of the boundary or special file
 * (such as /proc/self/environ) is opened. The boundary is the git repository holding the policy
 * named on the command line (trusted, and may be absolute), else that policy's own folder.
 */
function packFilesOnDisk(baseDir) {
    let tree;
    return {
        resolve(ref, fromDir) {
            if (tree && fromDir !== undefined)
                return tree.resolve(ref, fromDir);
            const file = external_node_path_.resolve(baseDir, ref);
            const root = packRoot(external_node_path_.dirname(file));
            tree = packFilesIn(new repo_fs/* RepoFs */.GB(root, { maxFileBytes: MAX_PACK_BYTES }), '');
            return tree.resolve(external_node_path_.relative(root, file).split(external_node_path_.sep).join('/'), '');
        },
        read: (key, display) => (tree ? tree.read(key, display) : { error: `policy pack ${display} was not resolved` }),
    };
}
/** The git repository holding `dir`, else `dir` itself. */
function packRoot(dir) {
    for (let at = dir;; at = external_node_path_.dirname(at)) {
        if ((0,local/* exists */.t2)(external_node_path_.join(at, '.git')))
            return at;
        if (external_node_path_.dirname(at) === at)
            return dir;
    }
}
/**
 * Pack files in a tree of repository files (the base commit of a pull request): paths are
 * repository-relative, resolved with the same rules as any cited file, never leaving the tree.
 */
function packFilesIn(source, label) {
    return {
        resolve(ref, fromDir) {
            const resolved = source.resolve(ref, fromDir ?? '');
            const where = label ? ` ${label}` : '';
            if (!resolved.ok)
                return { error: `policy pack ${ref} ${resolved.problem.kind === 'missing' ? `does not exist${where}` : `cannot be read${where}: ${resolved.problem.message}`}` };
            return { key: resolved.rel, dir: external_node_path_.posix.dirname(resolved.rel), display: resolved.rel };
        },
        read(key) {
            const text = source.readText(key);
            return text.ok ? text.text : { error: text.problem.message };
        },
    };
}


/***/ }),

/***/ 6231:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eh: () => (/* binding */ computeCoverage),
/* harmony export */   MQ: () => (/* binding */ foldIntoCoverage),
/* harmony export */   Vc: () => (/* binding */ CONTROL_STATUSES)
/* harmony export */ });
/* harmony import */ var _policy_frameworks_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4628);
/* harmony import */ var _policy_obligations_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5546);
/**
 * Coverage: for each system and each framework in scope, what the findings show about every
 * control. A control is "evidenced" only when a passing rule judged content for it (its
 * `evidences` mapping); rules that only check a declaration or a file's presence make it
 * "supported". A control with no rule behind it is "not covered"; one rule failing makes it
 * "failing", whatever else passed; rules that did not apply to the system checked nothing, so
 * a control only they map to is "not covered". An EU AI Act obligation that does not apply to the system
 * (its tier, its roles, not yet in force) is "not applicable", with the reason; one whose parts
 * (Art.15: accuracy, robustness, cybersecurity) are not all evidenced is at most "supported".
 */


const CONTROL_STATUSES = ['evidenced', 'supported', 'failing', 'waived', 'not-applicable', 'not-covered'];
function computeCoverage(systems, findings, context) {
    const bySystem = new Map();
    for (const finding of findings) {
        const list = bySystem.get(finding.system);
        if (list)
            list.push(finding);
        else
            bySystem.set(finding.system, [finding]);
    }
    return systems.map((system) => ({ system: system.id, frameworks: frameworksFor(bySystem.get(system.id) ?? [], system.euAiAct ?? {}, context) }));
}
/**
 * Systems under one policy mostly end with the same results, and so the same coverage: it is
 * worked out once per set of results (rule and status) and shared, as its entries are.
 */
const byResults = new WeakMap();
function frameworksFor(findings, profile, context) {
    let memo = byResults.get(context.scope);
    if (!memo)
        byResults.set(context.scope, (memo = new Map()));
    // Everything obligations are decided by is in the key: two systems share coverage only when
    // the same obligations (and parts) apply to them.
    const { tier, roles, milestone, art50, annexIII, openSource } = (0,_policy_obligations_js__WEBPACK_IMPORTED_MODULE_1__/* .effectiveProfile */ .XA)(profile);
    const applies = `${tier}|${roles.join(',')}|${milestone}|${art50}|${annexIII}|${openSource ?? ''}|${context.timeline}|${context.asOf.toISOString().slice(0, 10)}`;
    const results = `${applies}\u0002${findings.map((f) => `${f.ruleId}\u0000${f.status}`).join('\u0001')}`;
    let frameworks = memo.get(results);
    if (!frameworks) {
        frameworks = computeFrameworks(findings, profile, context);
        if (memo.size >= 1000)
            memo.clear();
        memo.set(results, frameworks);
    }
    return frameworks;
}
function computeFrameworks(findings, profile, context) {
    const catalogs = (0,_policy_frameworks_js__WEBPACK_IMPORTED_MODULE_0__/* .loadFrameworks */ .AZ)();
    return [...context.scope].flatMap(([key, wanted]) => {
        const framework = catalogs.get(key);
        if (!framework)
            return [];
        const ids = wanted === 'all' ? [...framework.controls.keys()] : wanted;
        const results = new Map(ids.map((id) => [id, []]));
        for (const finding of findings) {
            for (const [strength, reference] of referencesOf(finding, key)) {
                const control = (0,_policy_frameworks_js__WEBPACK_IMPORTED_MODULE_0__/* .controlOf */ .rs)(framework, reference);
                if (control && results.has(control))
                    results.get(control)?.push({ finding, strength });
            }
        }
        const controls = ids.map((id) => {
            const title = framework.controls.get(id) ?? id;
            const exemption = key === 'euAiAct' ? (0,_policy_obligations_js__WEBPACK_IMPORTED_MODULE_1__/* .obligationExemption */ .uY)(id, profile, context.asOf, context.timeline) : undefined;
            if (exemption)
                return sharedControl(key, { id, title, status: 'not-applicable', rules: [], reason: exemption });
            const decided = results.get(id) ?? [];
            const rules = [...new Set(decided.map((d) => d.finding.ruleId))].sort();
            const status = statusOf(decided);
            // Rules that check it, none of which applied to this system (a comparison with no base,
            // a rule for high-risk systems only): the control still applies, and nothing checked it.
            if (status === 'not-covered' && decided.length > 0) {
                return sharedControl(key, { id, title, status, rules, reason: 'no rule that checks it applied to this system' });
            }
            const unevidenced = status === 'evidenced' ? partsNotEvidenced(framework, id, decided, key === 'euAiAct' ? (0,_policy_obligations_js__WEBPACK_IMPORTED_MODULE_1__/* .sparedParts */ .Us)(id, profile) : []) : [];
            if (unevidenced.length > 0) {
                return sharedControl(key, { id, title, status: 'supported', rules, reason: `partly evidenced: no passing rule evidences ${unevidenced.join(', ')} itself` });
            }
            return sharedControl(key, { id, title, status, rules });
        });
        const counts = Object.fromEntries(CONTROL_STATUSES.map((s) => [s, 0]));
        for (const control of controls)
            counts[control.status]++;
        return [{ framework: key, name: framework.name, counts, controls }];
    });
}
/**
 * Systems under one policy mostly reach the same status on a control, so identical control
 * entries are shared (and frozen) rather than repeated: across 10,000 systems that is the
 * difference between a million objects and a few hundred.
 */
const sharedControls = new Map();
function sharedControl(framework, control) {
    const key = `${framework}\u0000${control.id}\u0000${control.status}\u0000${control.rules.join(',')}\u0000${control.reason ?? ''}`;
    let shared = sharedControls.get(key);
    if (!shared) {
        if (sharedControls.size >= 100_000)
            sharedControls.clear();
        shared = Object.freeze({ ...control, rules: Object.freeze([...control.rules]) });
        sharedControls.set(key, shared);
    }
    return shared;
}
/** A finding's references to one framework, each with how strongly the check bears on it. */
function* referencesOf(finding, framework) {
    for (const reference of finding.evidences[framework] ?? [])
        yield ['evidences', reference];
    for (const reference of finding.supports[framework] ?? [])
        yield ['supports', reference];
}
const STATUS_RANK = { 'not-applicable': 0, 'not-covered': 1, supported: 2, evidenced: 3, waived: 4, failing: 5 };
/** What one finding says of a control: a rule that did not apply checked nothing. */
function findingStatus(finding, strength) {
    if (finding.status === 'pass')
        return strength === 'evidences' ? 'evidenced' : 'supported';
    return { fail: 'failing', waived: 'waived', 'not-applicable': 'not-covered' }[finding.status];
}
/**
 * Adds a finding made after a system's coverage was computed (about a waiver, say) to that
 * system's coverage: a control takes the weightier status, as statusOf decides.
 */
function foldIntoCoverage(system, finding) {
    // Coverage is shared between systems with the same results: copy this system's before changing it.
    system.frameworks = system.frameworks.map((f) => ({ ...f, counts: { ...f.counts }, controls: [...f.controls] }));
    for (const framework of system.frameworks) {
        const catalog = (0,_policy_frameworks_js__WEBPACK_IMPORTED_MODULE_0__/* .loadFrameworks */ .AZ)().get(framework.framework);
        for (const [strength, reference] of referencesOf(finding, framework.framework)) {
            const id = catalog ? (0,_policy_frameworks_js__WEBPACK_IMPORTED_MODULE_0__/* .controlOf */ .rs)(catalog, reference) : reference;
            const index = framework.controls.findIndex((c) => c.id === id);
            const control = framework.controls[index];
            // An obligation that does not apply to the system stays so, whatever a later finding says.
            if (!control || (control.status === 'not-applicable' && control.reason))
                continue;
            // Folded findings are the engine's own (waivers, baselines): they judge no evidence, so at most support.
            const judged = findingStatus(finding, strength);
            const found = judged === 'evidenced' ? 'supported' : judged;
            const status = STATUS_RANK[found] > STATUS_RANK[control.status] ? found : control.status;
            framework.counts[control.status]--;
            framework.counts[status]++;
            // Control entries are shared between systems: replace, never change one in place.
            const rules = control.rules.includes(finding.ruleId) ? control.rules : [...control.rules, finding.ruleId].sort();
            // A reason explains the status it came with ("partly evidenced", "no rule applied"): not another.
            const { reason: _reason, ...rest } = control;
            framework.controls[index] = sharedControl(framework.framework, status === control.status ? { ...control, rules } : { ...rest, status, rules });
        }
    }
}
/** The parts of a control (eu-ai-act.yaml `parts`) no passing finding evidences. */
function partsNotEvidenced(framework, id, mapped, spared) {
    const parts = (framework.obligations.get(id)?.parts ?? []).filter((part) => !spared.includes(part));
    const evidenced = mapped.filter((m) => m.strength === 'evidences' && m.finding.status === 'pass').flatMap((m) => m.finding.evidences[framework.key] ?? []);
    return parts.filter((part) => !evidenced.some((reference) => (0,_policy_frameworks_js__WEBPACK_IMPORTED_MODULE_0__/* .within */ .ux)(reference, part)));
}
function statusOf(mapped) {
    let status = 'not-covered';
    for (const { finding, strength } of mapped) {
        const found = findingStatus(finding, strength);
        if (STATUS_RANK[found] > STATUS_RANK[status])
            status = found;
    }
    return status;
}


/***/ }),

/***/ 511:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ Tally),
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   Jr: () => (/* binding */ failing),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   c5: () => (/* binding */ addCounts)
/* harmony export */ });
function noCounts() {
    return { errors: 0, warnings: 0, notices: 0, passed: 0, waived: 0, notApplicable: 0 };
}
function countFindings(findings) {
    const counts = noCounts();
    for (const finding of findings) {
        if (finding.status === 'pass')
            counts.passed++;
        else if (finding.status === 'waived')
            counts.waived++;
        else if (finding.status === 'not-applicable')
            counts.notApplicable++;
        else if (finding.severity === 'error')
            counts.errors++;
        else if (finding.severity === 'warning')
            counts.warnings++;
        else
            counts.notices++;
    }
    return counts;
}
/** Adds `more` into `total`. */
function addCounts(total, more) {
    for (const key of Object.keys(total))
        total[key] += more[key];
}
/** Failing findings, of any severity. */
function failing(counts) {
    return counts.errors + counts.warnings + counts.notices;
}
/** `fail` when a failing finding is at or above `failOn`. */
function verdictOf(counts, failOn) {
    const failed = failOn === 'never' ? 0 : failOn === 'error' ? counts.errors : failOn === 'warning' ? counts.errors + counts.warnings : failing(counts);
    return failed > 0 ? 'fail' : 'pass';
}
/** A run's running totals. */
class Tally {
    failOn;
    counts = noCounts();
    constructor(failOn) {
        this.failOn = failOn;
    }
    /** Counts a batch of findings; returns the batch's own counts. */
    add(findings) {
        const batch = countFindings(findings);
        addCounts(this.counts, batch);
        return batch;
    }
    get verdict() {
        return verdictOf(this.counts, this.failOn);
    }
}


/***/ }),

/***/ 9291:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
/* unused harmony export SEVERITIES */
/**
 * The shapes every stage shares: severities, source positions and findings.
 * A finding is the one currency of the pipeline; reporters only ever read findings.
 */
const SEVERITIES = (/* unused pure expression or super */ null && (['error', 'warning', 'notice']));
const FAIL_ON = ['error', 'warning', 'notice', 'never'];
const SEVERITY_RANK = { notice: 1, warning: 2, error: 3 };
function severityRank(severity) {
    return SEVERITY_RANK[severity];
}
/** `['data', 'datasets', 0, 'license']` → `data.datasets[0].license`. */
function formatPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else if (/^[A-Z_$][\w$-]*$/i.test(segment))
            out += out ? `.${segment}` : segment;
        else
            out += `[${JSON.stringify(segment)}]`;
    }
    return out;
}
/** An error in how modelgate was called or configured: exit code 2, never a finding. */
class UsageError extends Error {
    location;
    constructor(message, location) {
        super(location ? `${location.file}:${location.line}:${location.column}: ${message}` : message);
        this.location = location;
        this.name = 'UsageError';
    }
}


/***/ }),

/***/ 7450:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["389-exception","Asterisk-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","Classpath-exception-2.0","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","DigiRule-FOSS-exception","eCos-exception-2.0","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","i2p-gpl-java-exception","KiCad-libraries-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","SANE-exception","SHL-2.0","SHL-2.1","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"]');

/***/ }),

/***/ 4614:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(4835);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

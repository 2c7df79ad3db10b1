#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

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

/***/ 5595:
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

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

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

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
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

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
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
} = __nccwpck_require__(5595);

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

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

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

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3916:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path/posix");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 8969:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3136);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6996);
/* harmony import */ var _engine_worker_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8233);
/* harmony import */ var _engine_load_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6287);
/* harmony import */ var _engine_protocol_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9863);
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
const workerBoot = await (0,_engine_worker_js__WEBPACK_IMPORTED_MODULE_2__/* .systemWorkerBoot */ .Yi)();
if (workerBoot) {
    // A worker started to check systems: it loads the engine while the engine's thread may still
    // be finding them.
    const [setup] = await Promise.all([(0,_engine_worker_js__WEBPACK_IMPORTED_MODULE_2__/* .setupOf */ .Nf)(workerBoot), (0,_engine_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadEngine */ .r)()]);
    (0,_engine_worker_js__WEBPACK_IMPORTED_MODULE_2__/* .runSystemWorker */ .T9)(setup);
}
else if (process.argv.includes(_engine_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .GATE_WORKER_ARG */ .s0) && (await __nccwpck_require__.e(/* import() */ 905).then(__nccwpck_require__.bind(__nccwpck_require__, 4905))).isGateWorker()) {
    // The gate's own thread (cli.ts runs `check` there on Node 22 and later; gate-thread.ts says why).
    await (0,_engine_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadEngine */ .r)();
    await (await __nccwpck_require__.e(/* import() */ 905).then(__nccwpck_require__.bind(__nccwpck_require__, 4905))).runGateWorker();
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

/***/ 6996:
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
var assets = __nccwpck_require__(7261);
// EXTERNAL MODULE: ./build/fs/local.js
var local = __nccwpck_require__(3693);
// EXTERNAL MODULE: ./build/engine/gate.js + 8 modules
var gate = __nccwpck_require__(1225);
// EXTERNAL MODULE: ./build/policy/baseline.js
var policy_baseline = __nccwpck_require__(7524);
// EXTERNAL MODULE: ./build/fs/repo-fs.js
var repo_fs = __nccwpck_require__(654);
// EXTERNAL MODULE: ./build/load/lazy.js
var lazy = __nccwpck_require__(4759);
// EXTERNAL MODULE: ./build/engine/load.js
var load = __nccwpck_require__(6287);
// EXTERNAL MODULE: ./build/text/closest.js
var closest = __nccwpck_require__(2665);
// EXTERNAL MODULE: ./build/load/manifest.js
var manifest = __nccwpck_require__(872);
// EXTERNAL MODULE: ./build/discover/scope.js
var discover_scope = __nccwpck_require__(5962);
// EXTERNAL MODULE: ./build/evaluate/policy.js + 1 modules
var evaluate_policy = __nccwpck_require__(9317);
// EXTERNAL MODULE: ./build/policy/sources.js + 1 modules
var sources = __nccwpck_require__(4807);
// EXTERNAL MODULE: ./build/policy/remote.js
var policy_remote = __nccwpck_require__(9);
// EXTERNAL MODULE: ./build/report/escape.js
var report_escape = __nccwpck_require__(9924);
// EXTERNAL MODULE: ./build/report/report.js
var report_report = __nccwpck_require__(7177);
// EXTERNAL MODULE: ./build/types.js
var types = __nccwpck_require__(4853);
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
    const failures = (0,report_report/* failuresInPriorityOrder */.t$)(report.findings);
    const waived = report.findings.filter((f) => f.status === 'waived');
    const bySystem = (0,report_report/* groupBy */.$z)([...failures, ...waived], (f) => f.system);
    const passed = options.verbose ? (0,report_report/* groupBy */.$z)(report.findings.filter((f) => f.status === 'pass'), (f) => f.system) : new Map();
    // Maps, not searches: a monorepo report has thousands of systems.
    const order = [...report.systems.map((s) => s.id), ...[...bySystem.keys()].filter((id) => !(0,report_report/* systemById */.WE)(report, id))];
    // Passing systems are one line each, one after another; the first after a block of lines (a
    // failing system, or what -v lists under one) is set off from it by a blank line.
    let lastPassed = -1;
    const passedHeading = (summary) => {
        if (lines.length > 0 && lastPassed !== lines.length - 1)
            lines.push('');
        lines.push(`${paint('green', '✔')} ${(0,report_escape/* terminalText */.eR)(summary.id)}${summary.version ? ` ${(0,report_escape/* terminalText */.eR)(summary.version)}` : ''}  ${paint('dim', (0,report_escape/* terminalText */.eR)(summary.manifest))}`);
        lastPassed = lines.length - 1;
    };
    for (const systemId of order) {
        const summary = (0,report_report/* systemById */.WE)(report, systemId);
        const systemFailures = (bySystem.get(systemId) ?? []).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
        if (systemFailures.every((f) => f.status === 'waived')) {
            if (summary)
                passedHeading(summary);
            let file = '';
            for (const finding of systemFailures) {
                if (finding.file !== file) {
                    file = finding.file;
                    lines.push(`  ${paint('underline', (0,report_escape/* terminalText */.eR)(file))}`);
                }
                lines.push(waivedLine(finding, paint));
            }
            if (options.verbose)
                lines.push(...passes(passed.get(systemId) ?? [], paint));
            continue;
        }
        if (systemFailures.length === 0) {
            if (summary)
                passedHeading(summary);
            if (options.verbose)
                lines.push(...passes(passed.get(systemId) ?? [], paint));
            continue;
        }
        lines.push('');
        // A system with no usable id goes by its manifest's path, which a version after it would misread.
        const byPath = summary !== undefined && summary.manifest === summary.id;
        const title = (0,report_escape/* terminalText */.eR)(summary ? `${summary.id}${summary.version && !byPath ? ` ${summary.version}` : ''}` : systemId);
        // ✖ when the system fails the gate; ▲ when what it has is below fail-on. A file that is no
        // system's (the policy, the waivers, a stray card) by its own findings' severities.
        const fails = summary ? summary.verdict === 'fail' : systemFailures.some((f) => f.status === 'fail' && (0,types/* failsAt */.ZN)(f.severity, report.failOn));
        const icon = fails ? paint('red', '✖') : paint('yellow', '▲');
        // A manifest that cannot be read has no id: the system goes by its path, shown once.
        lines.push(`${icon} ${paint('bold', title)}${summary && !byPath ? `  ${paint('dim', (0,report_escape/* terminalText */.eR)(summary.manifest))}` : ''}`);
        let file = '';
        // What several rules found in the same words at the same place is one line naming them all.
        const waivedHere = systemFailures.filter((f) => f.status === 'waived');
        const failingHere = (0,report_report/* sameFailureGroups */.lf)(systemFailures.filter((f) => f.status === 'fail'));
        const rows = [...failingHere, ...waivedHere.map((f) => [f])].sort(([a], [b]) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
        for (const group of rows) {
            const finding = group[0];
            if (finding.file !== file) {
                file = finding.file;
                lines.push(`  ${paint('underline', (0,report_escape/* terminalText */.eR)(file))}`);
            }
            if (finding.status === 'waived') {
                lines.push(waivedLine(finding, paint));
                continue;
            }
            const position = `${finding.line}:${finding.column}`.padEnd(7);
            lines.push(`    ${paint('dim', position)} ${severityText(finding)}  ${(0,report_escape/* terminalText */.eR)(finding.message)}  ${paint('dim', (0,report_report/* rulesOfGroup */.UV)(group).map(({ finding: f, count }) => `${(0,report_escape/* terminalText */.eR)(f.ruleId)}${count > 1 ? ` ×${count}` : ''}`).join(', '))}`);
        }
        if (options.verbose)
            lines.push(...passes(passed.get(systemId) ?? [], paint));
    }
    lines.push(...fixLines(failures, paint));
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
    const systems = `${plural(summary.systems, 'system')}${(0,report_report/* failingSuffix */.at)(report)}${summary.unregistered ? ` and ${plural(summary.unregistered, 'unregistered model')}` : ''}`;
    const verdict = report.verdict === 'pass' ? paint('green', 'PASS') : paint('red', 'FAIL');
    lines.push(`${verdict}  ${problems === 0 ? 'no problems' : counts} in ${systems}; ${summary.passed} checks passed` +
        `${summary.notApplicable ? `, ${summary.notApplicable} not applicable` : ''}${waivedCount} (policy: ${(0,report_escape/* terminalText */.eR)(policyChain(report.policy.packs))}, fail-on: ${report.failOn})`);
    if (problems > 0)
        lines.push(paint('dim', 'modelgate explain <rule-id> says what a rule checks, why, and how to fix it'));
    if (report.scope?.skipped.length) {
        lines.push(paint('dim', `${plural(report.scope.skipped.length, 'system')} left out: the ${plural(report.scope.changedFiles, 'changed file')} touch nothing their checks read`));
    }
    else if (report.scope?.all) {
        lines.push(paint('dim', `every system checked: ${(0,report_escape/* terminalText */.eR)(report.scope.all)}`));
    }
    return `${lines.join('\n').replace(/^\n/, '')}\n`;
}
function waivedLine(finding, paint) {
    const waiver = finding.waiver;
    const position = `${finding.line}:${finding.column}`.padEnd(7);
    const by = waiver ? ` (waived by ${(0,report_escape/* terminalText */.eR)(waiver.approver)} until ${(0,report_escape/* terminalText */.eR)(waiver.expires)}, ${(0,report_escape/* terminalText */.eR)(waiver.file)}:${waiver.line})` : '';
    return `    ${paint('dim', position)} ${paint('yellow', 'waived ')}  ${(0,report_escape/* terminalText */.eR)(finding.message)}${by}  ${paint('dim', (0,report_escape/* terminalText */.eR)(finding.ruleId))}`;
}
function passes(findings, paint) {
    return findings.map((f) => `    ${paint('green', 'pass   ')}  ${(0,report_escape/* terminalText */.eR)(f.message)}  ${paint('dim', (0,report_escape/* terminalText */.eR)(f.ruleId))}`);
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
    const lines = ['', paint('bold', 'Coverage (each control counted once for each system)')];
    for (const { name, counts } of totals.values()) {
        const parts = [...counts].filter(([, n]) => n > 0).map(([status, n]) => `${n} ${status}`);
        lines.push(`  ${(0,report_escape/* terminalText */.eR)(name)}: ${parts.join(', ')}`);
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
/** How many failing rules the report says how to fix; `explain` says it for the rest. */
const FIXES_SHOWN = 15;
/**
 * What to do about each rule that failed, once a rule, in the order they first fail: the console
 * is where an engineer fixes findings, and the fix was only in `explain`, SARIF and Markdown.
 */
function fixLines(failures, paint) {
    const fixes = new Map();
    for (const finding of failures)
        if (finding.status === 'fail' && finding.remediation && !fixes.has(finding.ruleId))
            fixes.set(finding.ruleId, finding.remediation);
    if (fixes.size === 0)
        return [];
    const shown = [...fixes].slice(0, FIXES_SHOWN);
    const lines = ['', paint('bold', 'How to fix')];
    for (const [rule, fix] of shown)
        lines.push(`  ${paint('dim', (0,report_escape/* terminalText */.eR)(rule))}  ${(0,report_escape/* terminalText */.eR)(fix)}`);
    if (fixes.size > shown.length)
        lines.push(paint('dim', `  … and ${fixes.size - shown.length} more rules: modelgate explain <rule-id>`));
    return lines;
}

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
  modelgate check [path] [options]   check every ai-system.yaml under path (default: ., or
                                     the system whose folder you are in)
  modelgate init [path] [--model <dir>] [--dry-run] [--force]
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
  --scope <scope>          changed: report only the systems the changes since --base touch,
                           as the Action does on a pull request; all: every system       [all]
  --jobs <n>               threads checking systems (1: this thread only)    [one per core, up to 4]
  --verbose                also list the checks that passed
  --timing                 then print the rules that took longest (checks on one thread)
  --no-color               plain output even on a terminal

Environment: NO_COLOR, FORCE_COLOR; MODELGATE_GATE_THREAD=on|off runs the gate on a thread of its
own (default: on Node 22 and later, for a large repository, to hold its memory down).

Exit codes: 0 pass, 1 a failing finding at or above --fail-on, 2 usage or configuration error.
Docs: https://github.com/modelgate/modelgate#readme
`;
async function runCli(argv, io) {
    try {
        return await dispatch(argv, io);
    }
    catch (error) {
        if (error instanceof types/* UsageError */.eb) {
            io.stderr(`modelgate: ${(0,report_escape/* terminalText */.eR)(error.message, 10_000)}\n`);
            return EXIT.usage;
        }
        const detail = io.env.MODELGATE_DEBUG && error instanceof Error && error.stack ? `\n${error.stack}` : '';
        io.stderr(`modelgate: internal error: ${(0,report_escape/* terminalText */.eR)(error instanceof Error ? error.message : String(error), 10_000)}${detail}\n`);
        return EXIT.usage;
    }
}
const COMMANDS = ['check', 'baseline', 'init', 'bom', 'rules', 'explain', 'policy'];
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
    // Every command answers --help (before `--`, which ends the options): init and bom with
    // their own, check and baseline with this one, and so the commands whose options it lists.
    const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
    if (command !== 'init' && command !== 'bom' && (options.includes('--help') || options.includes('-h'))) {
        io.stdout(HELP);
        return EXIT.pass;
    }
    if (!COMMANDS.includes(command)) {
        const guess = (0,closest/* closest */.k)(command, COMMANDS);
        throw new types/* UsageError */.eb(`unknown command "${(0,report_escape/* terminalText */.eR)(command)}"${guess ? ` (did you mean "${guess}"?)` : ''}; run modelgate --help`);
    }
    // `check` loads the parsers itself, when the repository has something to read.
    if (command === 'check')
        return check(rest, io);
    await (0,load/* loadEngine */.r)();
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
    return policyCommand(rest, io); // the last of COMMANDS
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
        scope: { type: 'string' },
        'policy-checkout': { type: 'string', multiple: true },
        verbose: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        jobs: { type: 'string' },
        timing: { type: 'boolean' },
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
    const given = external_node_path_.resolve(io.cwd, positionals[0] ?? '.');
    if (!(0,local/* exists */.t2)(given))
        throw new types/* UsageError */.eb(`${positionals[0] ?? '.'} does not exist`);
    const root = values.root ? external_node_path_.resolve(io.cwd, values.root) : (0,local/* repositoryRoot */.Hn)(given);
    // Run from inside a system's folder (its docs/, say), or on one, the system is the one checked:
    // the folder alone holds no manifest, and "0 systems" would read as a pass (new user: `check
    // eval` passed, having checked nothing). A folder that holds manifests of its own is checked
    // as asked.
    const above = systemFolderAbove(given, root);
    const target = above !== undefined && (positionals[0] === undefined || !manifestBelow(given)) ? above : given;
    if (target !== given)
        io.stderr(`modelgate: checking the system in ${external_node_path_.relative(io.cwd, target) || '.'} (its ai-system.yaml is above this folder)\n`);
    const scanPath = external_node_path_.relative(root, target).split(external_node_path_.sep).join('/');
    if (scanPath === '..' || scanPath.startsWith('../') || external_node_path_.isAbsolute(scanPath)) {
        throw new types/* UsageError */.eb(`${positionals[0]} is outside the repository root ${values.root}`);
    }
    // The default waivers file may be absent; one asked for by name must exist, or no waiver would
    // apply without a word (the findings would fail, and the user would not know why).
    if (values.waivers && values['policy-from'] !== 'base' && !(0,local/* exists */.t2)(external_node_path_.resolve(root, values.waivers))) {
        throw new types/* UsageError */.eb(`--waivers ${values.waivers} does not exist (it is read relative to the repository root ${root})`);
    }
    // Loaded only when asked for, like the report formats.
    const timing = values.timing ? new (await __nccwpck_require__.e(/* import() */ 314).then(__nccwpck_require__.bind(__nccwpck_require__, 9314))).RunTiming() : undefined;
    const clones = checkouts(values['policy-checkout'] ?? [], io.cwd);
    const remote = (0,policy_remote/* remotePacksFromClones */.f)(clones);
    const readsDocuments = mayReadDocuments(root, target, values, format);
    if (readsDocuments)
        await (0,load/* loadEngine */.r)();
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
        ...(timing ? { timing } : {}),
        policyBaseDir: root, // as the Action reads it from the workspace
        failOn,
        ...(values['max-file-size'] ? { maxFileBytes: (0,repo_fs/* parseSize */.DB)(values['max-file-size']) } : {}),
        ...(values['as-of'] ? { now: (0,gate/* parseAsOf */.rr)(values['as-of']) } : {}),
        ...(values.base ? { base: { ref: values.base, required: true } } : {}),
        ...(changedScope(values.scope, values.base, root)),
        ...(values.waivers ? { waivers: values.waivers } : {}),
        policyFrom: oneOf('--policy-from', values['policy-from'] ?? 'head', ['base', 'head']),
        remote,
        ...(values.include ? { include: values.include } : {}),
        ...(values.exclude ? { exclude: values.exclude } : {}),
        ...(mode === 'baseline' ? { baseline: false } : values.file ? { baseline: values.file } : {}),
    };
    if (mode === 'baseline') {
        const { report, policy } = await evaluateLoadingLibraries(gateOptions);
        return writeBaseline(report, policy, root, values, io);
    }
    // On Node 22 and later a large repository is checked with the gate on a thread of its own,
    // whose young generation this thread can size (engine/gate-thread.ts says why). A small one
    // stays here: starting that thread costs about a tenth of a second. --timing measures here.
    const handOffAbove = readsDocuments && !timing && io.workerScript !== undefined ? gateThreadAbove(io.env) : undefined;
    const offThreadWith = async (options) => (await __nccwpck_require__.e(/* import() */ 905).then(__nccwpck_require__.bind(__nccwpck_require__, 4905))).evaluateOffThread(options, { clones }, io.workerScript);
    // A repository git says is large goes there at once: listing it here would grow this
    // thread's young generation before the hand-off (10,000 systems: 315 MB against 279 MB), as
    // would walking a folder git does not index, whose size nothing tells beforehand. A git
    // repository of fewer files is listed here first, and handed off if it holds many systems.
    const tracked = handOffAbove === undefined ? undefined : (0,local/* trackedFileCount */.OX)(root);
    let offThread = handOffAbove !== undefined && (tracked === undefined || tracked > handOffAbove * FILES_PER_SYSTEM);
    let result;
    if (offThread)
        result = await offThreadWith(gateOptions);
    else {
        try {
            result = await evaluateLoadingLibraries({ ...gateOptions, ...(handOffAbove !== undefined ? { handOffAbove } : {}) });
        }
        catch (error) {
            if (!(error instanceof gate/* GateHandOff */.En))
                throw error;
            offThread = true;
            // What discovery found goes with it: a large tree is not walked twice.
            result = await offThreadWith({ ...gateOptions, discovered: error.discovery });
        }
    }
    const { report, policy: policyUsed, threads } = result;
    const color = !values['no-color'] && !values.output && !io.env.NO_COLOR && (io.isTTY || Boolean(io.env.FORCE_COLOR));
    const produce = await reportWriter(format, report, policyUsed, { color, verbose: Boolean(values.verbose) });
    // A gate pointed at the wrong folder must not look like a pass that checked something.
    // Not when the changed-files scope left every system out: the run says so itself (sixth red team).
    if (report.summary.systems === 0 && report.summary.unregistered === 0 && !report.scope)
        io.stderr(`modelgate: warning: no ai-system.yaml under ${positionals[0] ?? '.'}; nothing was checked (modelgate init <model-folder> writes one)\n`);
    if (values.verbose)
        io.stderr(`modelgate: ${report.summary.systems} system${report.summary.systems === 1 ? '' : 's'} checked on ${threads} thread${threads === 1 ? '' : 's'}${offThread ? ', the gate on a thread of its own' : ''}\n`);
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
    if (timing)
        io.stderr((await __nccwpck_require__.e(/* import() */ 225).then(__nccwpck_require__.bind(__nccwpck_require__, 7225))).formatTiming(timing));
    return report.verdict === 'pass' ? EXIT.pass : EXIT.fail;
}
/**
 * What writes the report in `format`. The JSON report and the audit exports of a large
 * repository are larger than one string may be: they are written in pieces. Each format's module
 * is imported when asked for (together they are a tenth of the CLI's code); stylish is the default.
 */
async function reportWriter(format, report, policy, stylish) {
    const exclusions = policy.resolved.exclusions;
    switch (format) {
        case 'json': {
            const { writeJson } = await __nccwpck_require__.e(/* import() */ 665).then(__nccwpck_require__.bind(__nccwpck_require__, 9665));
            return (write) => writeJson(report, write);
        }
        case 'cyclonedx': {
            const { writeCycloneDx } = await __nccwpck_require__.e(/* import() */ 558).then(__nccwpck_require__.bind(__nccwpck_require__, 4558));
            return (write) => writeCycloneDx(report, { exclusions }, write);
        }
        case 'markdown': {
            const { formatMarkdown } = await __nccwpck_require__.e(/* import() */ 902).then(__nccwpck_require__.bind(__nccwpck_require__, 4902));
            return (write) => write(formatMarkdown(report));
        }
        case 'sarif': {
            const { formatSarif } = await __nccwpck_require__.e(/* import() */ 150).then(__nccwpck_require__.bind(__nccwpck_require__, 5150));
            return (write) => write(formatSarif(report, { rules: policy.known }));
        }
        case 'soa': {
            const { writeSoaMarkdown } = await __nccwpck_require__.e(/* import() */ 430).then(__nccwpck_require__.bind(__nccwpck_require__, 2430));
            return (write) => writeSoaMarkdown(report, { exclusions }, write);
        }
        case 'soa-csv': {
            const { writeSoaCsv } = await __nccwpck_require__.e(/* import() */ 430).then(__nccwpck_require__.bind(__nccwpck_require__, 2430));
            return (write) => writeSoaCsv(report, { exclusions }, write);
        }
        case 'stylish':
            return (write) => write(formatStylish(report, stylish));
    }
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
/** Systems above which `check` runs the gate on a thread of its own, on Node 22 and later. */
const GATE_THREAD_ABOVE = 200;
/** Tracked files that make a repository large at once, per system above: a system with its evidence is some 25 files, a repository has other files too. */
const FILES_PER_SYSTEM = 100;
/**
 * Above how many systems `check` runs the gate on a thread of its own, if ever: on Node 22 and
 * later, GATE_THREAD_ABOVE; MODELGATE_GATE_THREAD=on makes it every repository with a system
 * (on any version), `off` never.
 */
function gateThreadAbove(env) {
    const asked = env.MODELGATE_GATE_THREAD;
    if (asked === 'on')
        return 0;
    if (asked === 'off')
        return undefined;
    return Number(process.versions.node.split('.')[0]) >= 22 ? GATE_THREAD_ABOVE : undefined;
}
/** The gate; should it need the parsers after all (mayReadDocuments said no), they are loaded and it runs again. */
async function evaluateLoadingLibraries(options) {
    try {
        return await (0,gate/* evaluateGateListingAhead */.q6)(options);
    }
    catch (error) {
        if (!(error instanceof lazy/* LibrariesNotLoaded */.MN))
            throw error;
        await (0,load/* loadEngine */.r)();
        return (0,gate/* evaluateGateListingAhead */.q6)(options);
    }
}
/** `modelgate init`: a manifest filled from the folder, the repository's policy and workflow. */
async function init(args, io) {
    const { values, positionals } = parseOptions(args, { 'dry-run': { type: 'boolean' }, force: { type: 'boolean' }, root: { type: 'string' }, model: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
    if (values.help) {
        io.stdout('modelgate init [path] [--model <dir>] [--dry-run] [--force] [--root <dir>]\n\n' +
            'Writes <path>/ai-system.yaml (filled from the model card, dataset cards and evidence in path; TODO\n' +
            'markers for the rest), .modelgate/policy.yaml and .github/workflows/modelgate.yml at the repository\n' +
            'root. Paths are relative to where you run it. Existing files are kept (--force replaces them);\n' +
            '--dry-run prints what would be written. --model names the folder of the model the system ships,\n' +
            'when it is kept elsewhere (a service in services/api serving models/scorer): its card and model\n' +
            'files are cited from there.\n');
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
    const model = values.model === undefined ? undefined : external_node_path_.resolve(io.cwd, values.model);
    if (model !== undefined) {
        if (!(0,local/* isDirectory */.wd)(model))
            throw new types/* UsageError */.eb(`--model ${values.model} is not a folder`);
        // The manifest cites the model's files by paths the gate resolves inside the repository.
        if (!(0,local/* isWithin */.UO)(root, model) || !(0,local/* isWithin */.UO)((0,local/* realPath */.Ye)(root), (0,local/* realPath */.Ye)(model)))
            throw new types/* UsageError */.eb(`--model ${values.model} is outside the repository root ${root}`);
        if ((0,local/* inGitFolder */.Kv)(root, model))
            throw new types/* UsageError */.eb(`--model ${values.model} is in git's own data (.git), not a folder of the repository`);
    }
    // A folder in a submodule of the repository init runs in: what init wrote there would be the
    // submodule's, and this one could not commit it (new user). A submodule's checkout has a .git
    // file, not a folder; a clone inside an unrelated repository (a home folder kept in git) is the
    // target's own repository, and init writes there (review).
    const here = (0,local/* repositoryRoot */.Hn)(io.cwd);
    if (!values.root && here !== root && !external_node_path_.relative(here, root).startsWith('..') && isSubmoduleCheckout(root)) {
        const shown = (file) => external_node_path_.relative(io.cwd, file).split(external_node_path_.sep).join('/') || '.';
        throw new types/* UsageError */.eb(`${shown(root)} is a submodule, another repository inside this one, so init writes nothing there: its files would be that repository's. ` +
            `Run init in that repository to register the model there; or, to register it here, make a folder of this repository for the system and write its ai-system.yaml by hand, citing the model's card (${shown(target)}/README.md, written as a path from that folder) and its files in artifacts; --root ${shown(root)} writes into the submodule`);
    }
    // Git's own data is not the repository's (fs/repo-fs.ts refuses every citation into it): init
    // neither reads a card there nor writes a manifest there, named or reached through a link.
    if ((0,local/* inGitFolder */.Kv)(root, target)) {
        throw new types/* UsageError */.eb(`${positionals[0] ?? '.'} is in git's own data (.git), not a folder of the repository; init reads and writes nothing there`);
    }
    // Imported here: init writes YAML with the yaml package's stringify, which (with the other
    // parsers, load/lazy.ts) stays out of the start-up of every other command.
    const { existingFiles, planInit, writeInit } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(105), __nccwpck_require__.e(7), __nccwpck_require__.e(85)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6085));
    const plan = planInit(root, target, model === undefined ? {} : { model });
    const found = plan.found.length > 0 ? plan.found.map((f) => `  ${(0,report_escape/* terminalText */.eR)(f)}\n`).join('') : '  nothing modelgate reads yet (no model card with front matter, dataset card or evidence file)\n';
    const existing = existingFiles(root, plan);
    const keep = values.force ? [] : existing;
    const kept = keep.length > 0 ? `kept (already there; --force replaces ${keep.length === 1 ? 'it' : 'them'})\n${keep.map((f) => `  ${(0,report_escape/* terminalText */.eR)(f)}\n`).join('')}` : '';
    if (values['dry-run']) {
        io.stdout(`modelgate init (dry run): found\n${found}${kept}\n`);
        // What init would write holds a card's text: shown line by line as terminal text, like every other sink.
        const shown = (text) => text.split('\n').map((line) => (0,report_escape/* terminalText */.eR)(line, line.length + 1)).join('\n');
        for (const { file, text } of plan.files)
            if (!keep.includes(file))
                io.stdout(`--- ${(0,report_escape/* terminalText */.eR)(file)}\n${shown(text)}\n`);
        return EXIT.pass;
    }
    const written = writeInit(root, plan, keep);
    // Run again over files that are all there, init wrote nothing: its next steps are the check's.
    // A manifest kept holds the team's own words, not init's TODOs (second new user: told to fill
    // in TODOs that were not there).
    const wroteManifest = written.some((file) => /(?:^|\/)ai-system\.yaml$/.test(file));
    const next = written.length > 0
        ? `${wroteManifest ? 'Next: fill in each TODO in the manifest (modelgate check lists them, modelgate explain <rule> says what each wants)' : 'Next: modelgate check says what is left to do in the manifest kept'}, then commit the files.\n` +
            'The workflow uses modelgate/modelgate@v1, which resolves once v1 is released; until then, pin a commit SHA.\n'
        : 'Nothing written. modelgate check says what is left to do in them.\n';
    io.stdout(`modelgate init: found\n${found}${written.length > 0 ? `wrote\n${written.map((f) => `  ${(0,report_escape/* terminalText */.eR)(f)}\n`).join('')}` : ''}${kept}${next}`);
    return EXIT.pass;
}
/** Whether `root` is a submodule's checkout: its `.git` a file naming a git directory under a `modules` folder (not a linked worktree's, under `worktrees`). */
function isSubmoduleCheckout(root) {
    const dotGit = external_node_path_.join(root, '.git');
    if (!(0,local/* isFile */.fo)(dotGit))
        return false;
    try {
        return /^gitdir: .*[/\\]modules[/\\]/m.test((0,local/* readText */.yR)(dotGit));
    }
    catch {
        return false;
    }
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
    const given = external_node_path_.resolve(io.cwd, positionals[0] ?? '.');
    if (!(0,local/* exists */.t2)(given))
        throw new types/* UsageError */.eb(`${positionals[0] ?? '.'} does not exist`);
    const root = values.root ? external_node_path_.resolve(io.cwd, values.root) : (0,local/* repositoryRoot */.Hn)(given);
    // Run with no path from inside a system's folder (its docs/, say), the system is the one
    // checked: the folder alone holds no manifest, and "0 systems" would read as a pass.
    const target = positionals[0] === undefined ? (systemFolderAbove(given, root) ?? given) : given;
    if (target !== given)
        io.stderr(`modelgate: checking the system in ${external_node_path_.relative(io.cwd, target) || '.'} (its ai-system.yaml is above this folder)\n`);
    const scanPath = external_node_path_.relative(root, target).split(external_node_path_.sep).join('/');
    if (scanPath === '..' || scanPath.startsWith('../') || external_node_path_.isAbsolute(scanPath))
        throw new types/* UsageError */.eb(`${positionals[0]} is outside the repository root ${root}`);
    const { buildMlBoms } = await Promise.all(/* import() */[__nccwpck_require__.e(105), __nccwpck_require__.e(558), __nccwpck_require__.e(48)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1048));
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
            io.stderr(`modelgate: no BOM for ${(0,report_escape/* terminalText */.eR)(b.manifest)}: ${(0,report_escape/* terminalText */.eR)(b.problem)}\n`);
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
            io.stderr(`modelgate: ML-BOM of ${(0,report_escape/* terminalText */.eR)(b.id)} written to ${(0,report_escape/* terminalText */.eR)(file)}\n`);
        }
    }
    else if (boms.length > 1) {
        throw new types/* UsageError */.eb(`${positionals[0] ?? '.'} holds ${boms.length} systems; write one BOM each with --output-dir <dir>, or name one system's folder`);
    }
    else if (written[0] && values.output !== undefined) {
        write(values.output, written[0].text);
        io.stderr(`modelgate: ML-BOM of ${(0,report_escape/* terminalText */.eR)(written[0].id)} written to ${(0,report_escape/* terminalText */.eR)(values.output)}\n`);
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
    // Rewritten smaller (as baseline/fixed asks), a baseline keeps its dates: a later expiry is a
    // governance decision (governance/baseline-grown on a pull request), taken with --days.
    const existing = values.days === undefined ? (0,policy_baseline/* loadBaseline */.oU)(new repo_fs/* RepoFs */.GB(root), external_node_path_.relative(root, file).split(external_node_path_.sep).join('/')).baseline : undefined;
    if (existing && existing.expires >= baseline.created)
        Object.assign(baseline, { created: existing.created, expires: existing.expires });
    try {
        (0,local/* replaceWithText */.AF)(file, `${JSON.stringify(baseline, null, 2)}\n`);
    }
    catch (error) {
        throw new types/* UsageError */.eb(`cannot write ${rel}: ${error.code ?? String(error)}`);
    }
    const held = baseline.findings.reduce((n, e) => n + e.count, 0);
    // What stays reported, by whether it fails the gate at this --fail-on.
    const left = report.findings.filter((f) => f.status === 'fail' && !(0,policy_baseline/* baselineMayHold */.Us)(policy, f.ruleId));
    const leftFailing = left.filter((f) => (0,types/* failsAt */.ZN)(f.severity, report.failOn)).length;
    const leftBelow = left.length - leftFailing;
    const below = `below --fail-on ${report.failOn}`;
    const systems = new Set(baseline.findings.map((e) => e.system)).size;
    // A TODO marker is a value someone left for later (init writes them), not legacy debt: say how
    // many the baseline now hides, so a fresh manifest is not quietly turned green for 180 days.
    const markerRules = new Set(baseline.findings.filter((e) => policy.byId.get(e.rule)?.then?.some((t) => t.function === 'no-placeholders')).map((e) => e.rule));
    const markers = baseline.findings.filter((e) => markerRules.has(e.rule)).reduce((n, e) => n + e.count, 0);
    io.stdout(`modelgate: recorded ${held} failing finding${held === 1 ? '' : 's'} of ${systems} system${systems === 1 ? '' : 's'} in ${rel}; it expires on ${baseline.expires}.\n` +
        (leftFailing > 0 ? `${leftFailing} finding${leftFailing === 1 ? '' : 's'} of locked or unwaivable rules, about governance, or of a regression against the base commit, cannot be baselined and still fail${leftBelow > 0 ? `, and ${leftBelow} more ${below} ${leftBelow === 1 ? 'is' : 'are'} still reported` : ''}.\n` : '') +
        (leftFailing === 0 && leftBelow > 0 ? `${leftBelow} finding${leftBelow === 1 ? '' : 's'} of rules no baseline may hold ${leftBelow === 1 ? 'is' : 'are'} still reported; ${below}, ${leftBelow === 1 ? 'it fails' : 'they fail'} nothing.\n` : '') +
        (markers > 0 ? `${markers} of them ${markers === 1 ? 'is a TODO marker' : 'are TODO markers'} (${[...markerRules].join(', ')}): fill ${markers === 1 ? 'it' : 'them'} in rather than baseline ${markers === 1 ? 'it' : 'them'} where you can.\n` : '') +
        'New findings fail from now on; commit the file, and run modelgate baseline again as findings are fixed.\n');
    // --as-of dates the baseline as well as judging evidence (new user: one recorded "as of" May
    // expired before it was committed, and the next check failed on it).
    const today = new Date().toISOString().slice(0, 10);
    if (baseline.expires < today)
        io.stderr(`modelgate: warning: --as-of ${values['as-of']} dates the baseline too, so it has already expired (${baseline.expires}, before today, ${today}): the next check without --as-of fails on it; run modelgate baseline without --as-of\n`);
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
        io.stdout((await __nccwpck_require__.e(/* import() */ 747).then(__nccwpck_require__.bind(__nccwpck_require__, 4747))).formatRulesMarkdown(sorted, packs));
    }
    else {
        io.stdout((await __nccwpck_require__.e(/* import() */ 747).then(__nccwpck_require__.bind(__nccwpck_require__, 4747))).formatRulesText(sorted));
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
        // A rule named without its family (`own-system`) is the one rule of that name, if one.
        const named = id.includes('/') ? [] : [...policy.known.keys()].filter((known) => known.slice(known.indexOf('/') + 1) === id);
        const guess = named.length === 1 ? named[0] : (0,closest/* closest */.k)(id, [...policy.known.keys()]);
        throw new types/* UsageError */.eb(`unknown rule "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}; modelgate rules --all lists them`);
    }
    io.stdout((await __nccwpck_require__.e(/* import() */ 747).then(__nccwpck_require__.bind(__nccwpck_require__, 4747))).formatRuleExplanation(rule));
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
    const { runPolicyTests } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(340)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2340));
    const results = runPolicyTests(external_node_path_.resolve(io.cwd, target), remote);
    for (const result of results) {
        io.stdout(`${result.ok ? 'ok  ' : 'FAIL'}  ${(0,report_escape/* terminalText */.eR)(result.name)}\n`);
        for (const problem of result.problems)
            io.stdout(`        ${(0,report_escape/* terminalText */.eR)(problem, 10_000)}\n`);
    }
    const failed = results.filter((r) => !r.ok).length;
    io.stdout(`\n${results.length - failed} of ${results.length} cases passed\n`);
    return failed === 0 ? EXIT.pass : EXIT.fail;
}
/** The most folders manifestBelow reads before it takes the folder to hold one (and leaves the path as given). */
const MANIFEST_SEARCH_FOLDERS = 2000;
/**
 * Whether a manifest lies in `folder` or below it, reading at most MANIFEST_SEARCH_FOLDERS
 * folders (past that, it answers yes: the path is then checked as given). Links are not
 * followed, and .git and node_modules not read, as discovery does not.
 */
function manifestBelow(folder) {
    const waiting = [folder];
    for (let read = 0; waiting.length > 0; read++) {
        if (read >= MANIFEST_SEARCH_FOLDERS)
            return true;
        const dir = waiting.pop();
        let entries;
        try {
            entries = (0,local/* dirEntries */.S8)(dir);
        }
        catch {
            continue;
        }
        for (const entry of entries) {
            if (entry.isFile() && manifest/* MANIFEST_NAMES */.Rr.includes(entry.name))
                return true;
            if (entry.isDirectory() && entry.name !== '.git' && entry.name !== 'node_modules')
                waiting.push(external_node_path_.join(dir, entry.name));
        }
    }
    return false;
}
/** The nearest folder above `folder`, up to `root`, that holds a manifest; undefined when `folder` holds one or none is above it. */
function systemFolderAbove(folder, root) {
    const holdsManifest = (dir) => manifest/* MANIFEST_NAMES */.Rr.some((name) => (0,local/* exists */.t2)(external_node_path_.join(dir, name)));
    if (holdsManifest(folder))
        return undefined;
    for (let dir = folder; dir !== root && external_node_path_.dirname(dir) !== dir;) {
        dir = external_node_path_.dirname(dir);
        if (external_node_path_.relative(root, dir).startsWith('..'))
            return undefined;
        if (holdsManifest(dir))
            return dir;
    }
    return undefined;
}
function parseOptions(args, options) {
    try {
        // node:util's messages are clear ("Unknown option '--polcy'"); drop its hint about "--".
        // --no-color is accepted by every command (a script passes it to all of them); those that print no colour ignore it.
        return (0,external_node_util_namespaceObject.parseArgs)({ args: [...args], allowPositionals: true, strict: true, options: { 'no-color': { type: 'boolean' }, ...options } });
    }
    catch (error) {
        const message = error.message.split('. To specify')[0];
        // "Unknown option '--formt'": say which option was meant, as unknown rule ids do.
        const unknown = /^Unknown option '--([^']+)'/.exec(message)?.[1];
        // A typo keeps its first letter: '--nope' is no '--scope'.
        const guess = unknown === undefined ? undefined : (0,closest/* closest */.k)(unknown, Object.keys(options));
        const meant = guess !== undefined && guess[0] === unknown?.[0] ? guess : undefined;
        throw new types/* UsageError */.eb(`${message}${meant ? `; did you mean --${meant}?` : ''}; run modelgate --help`);
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
/** `--scope changed`: the files the branch changes since --base, which the gate scopes the report to. */
function changedScope(scope, base, root) {
    if (oneOf('--scope', scope ?? 'all', ['changed', 'all']) === 'all')
        return {};
    if (!base)
        throw new types/* UsageError */.eb('--scope changed reports the systems a change touches, and needs --base <git ref> to know the change');
    return { changedFiles: (0,discover_scope/* changedFilesSince */.OM)(root, base) };
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

/***/ 1855:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H1: () => (/* binding */ isPickleFile),
/* harmony export */   MW: () => (/* binding */ discoverAsync),
/* harmony export */   UC: () => (/* binding */ excludedBy),
/* harmony export */   W$: () => (/* binding */ gitListingAhead),
/* harmony export */   bi: () => (/* binding */ manifestsAmong),
/* harmony export */   ic: () => (/* binding */ isModelFile),
/* harmony export */   k4: () => (/* binding */ discover),
/* harmony export */   ts: () => (/* binding */ modelFilesBySystem),
/* harmony export */   yS: () => (/* binding */ folderOf)
/* harmony export */ });
/* unused harmony export gitListedFiles */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(4006);
/* harmony import */ var _fs_glob_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(9646);
/* harmony import */ var _fs_git_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2596);
/* harmony import */ var _fs_local_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3693);
/* harmony import */ var _load_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(872);
/* harmony import */ var _load_source_doc_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(2431);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4853);
/**
 * Which AI systems are here: every `ai-system.yaml` under the scanned directory, plus the
 * files that might be model cards of systems nobody registered.
 *
 * In a git repository the candidates are the files git lists (tracked, and untracked but not
 * ignored, except under `node_modules/`), so `.gitignore` is honoured and nothing tracked is
 * skipped: a system moved under `node_modules/` and committed is still checked unless the
 * policy's `exclude` says otherwise. Outside git
 * the tree is walked, skipping `.git` and `node_modules`. Either way symbolic links are never
 * followed (a link to `/` must not make discovery read the machine), and `exclude` globs
 * (the policy's, then the CLI's) leave out whole directories.
 */








const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);
const CARD_NAME = /^(?:readme|model[-_]?card)\.md$/i;
/**
 * Files only a model's folder holds: weights in a model format (safetensors, GGUF, a PyTorch or
 * Lightning checkpoint, ONNX, TensorFlow Lite, Core ML, Keras 3, NeMo, XGBoost's .xgb, CatBoost's
 * .cbm, a TorchServe archive, PMML, PaddlePaddle, TorchScript Lite), a TensorFlow SavedModel's
 * saved_model.pb, an MLflow model's MLmodel, the weights files Transformers and Diffusers name,
 * and a Diffusers pipeline's model_index.json.
 */
const MODEL_FORMAT = /\.(?:safetensors|gguf|ggml|ckpt|onnx|tflite|mlmodel|keras|nemo|llamafile|xgb|cbm|mar|pmml|pdmodel|pdiparams|ptl)$|^(?:pytorch_model|tf_model|flax_model|adapter_model|diffusion_pytorch_model)(?:[-.][\w.-]*)?\.(?:bin|h5|msgpack)$|^(?:model_index\.json|saved_model\.pb(?:txt)?|MLmodel)$/i;
/**
 * Formats data shares too (a PyTorch .pt or .pth, a .bin, Keras' .h5, a pickle or joblib file,
 * XGBoost's .ubj) count when the name says model, and a LightGBM text model when it says
 * LightGBM: `model.pt`, `best.pt`, `classifier.pkl`, `credit_model.joblib`, `weights.h5`,
 * `lgbm_model.txt` are what PyTorch, YOLO, scikit-learn, Keras and LightGBM teams ship;
 * `features.h5`, `scaler.pkl` or `embeddings.pt` beside a dataset's README are no model.
 */
const MODEL_NAMED = /(?:^|[-_.])(?:models?|classifier|regressor|estimator|pipeline|clf|weights|checkpoint|ckpt|best|last|final|detector)(?:[-_.\d][^/]*)?\.(?:pt|pth|bin|h5|hdf5|pkl|pickle|joblib|ubj)$|^(?:lgbm|lightgbm)[-.\w]*\.txt$/i;
const isModelFile = (name) => MODEL_FORMAT.test(name) || MODEL_NAMED.test(name);
/**
 * A pickle by any name (scikit-learn's `.sav`, joblib's compressed dumps, PyTorch's `.pt`, `.pth`
 * and `.ckpt`, which torch.load unpickles, too): it runs code when
 * loaded whatever it holds, so a folder of a system that holds one is looked through for code as
 * a model's is (review: `serving/scorer.pkl`, named as no model, left every security rule not
 * applicable). Not a sign of a model card: a dataset's README may sit beside one.
 */
const PICKLE_NAME = /\.(?:(?:pkl|pickle|joblib|dill|sav|p)(?:\.(?:gz|bz2|xz|lzma|z|zst))?|pt|pth|ckpt)$/i;
/** Whether a file's name is a pickle's, by any name (PICKLE_NAME). */
const isPickleFile = (name) => PICKLE_NAME.test(name);
/** Named as a model's file or a pickle: found as a link too (third red team: svc/model.pkl linked to a pickle elsewhere was never looked at). */
const modelOrPickleNamed = (name) => isModelFile(name) || PICKLE_NAME.test(name);
/** `listing`: git's listing, if taken ahead; used only when it is of this root and folder. */
function discover(repo, options, listing) {
    const start = repo.resolveRel(options.scanPath);
    if (!start.ok)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`cannot scan ${options.scanPath || '.'}: ${start.problem.message}`);
    const startStat = (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .stat */ .dJ)(start.abs);
    if (startStat.isFile()) {
        // By the name given: a manifest may be a link to a file of another name.
        if (!_load_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_NAMES */ .Rr.includes(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(start.rel))) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${options.scanPath} is a file but not an ai-system.yaml manifest`);
        }
        return { manifests: [start.rel], cardCandidates: [], modelFiles: {}, pickleFiles: {}, via: 'walk' };
    }
    const listed = listing && listing.root === repo.root && listing.startRel === start.rel ? listing.files : gitListedFiles(repo.root, start.rel);
    return listed ? fromList(repo, listed, options) : walk(repo, start.rel, options);
}
/** The folder of a repository-relative file, '' at the root (Discovery.modelFiles' keys). */
function folderOf(rel) {
    const slash = rel.lastIndexOf('/');
    return slash < 0 ? '' : rel.slice(0, slash);
}
/**
 * For each system's folder (its manifest's, '' at the root), the model files discovery found in
 * it or below it, one for each folder that holds any (Discovery.modelFiles), sorted; a folder
 * with a manifest of its own below belongs to that system. A system whose manifest lists no
 * artifacts is asked for them when its folder holds a model (security/scan-covers-artifacts).
 * `manifests`: every manifest of the repository that could own a file, whether the run checks it or not.
 */
function modelFilesBySystem(modelFiles, manifests) {
    const systemFolders = new Set(manifests.map(folderOf));
    // A Map: folder names are the repository's (`__proto__`, `constructor`).
    const bySystem = new Map();
    for (const file of Object.values(modelFiles)) {
        for (let at = folderOf(file);; at = folderOf(at)) {
            if (systemFolders.has(at)) {
                const files = bySystem.get(at);
                if (files)
                    files.push(file);
                else
                    bySystem.set(at, [file]);
                break;
            }
            if (at === '')
                break;
        }
    }
    for (const files of bySystem.values())
        files.sort();
    return bySystem;
}
/** Sorts candidate files into manifests and cards, as include and exclude allow. */
class Candidates {
    found;
    manifests = [];
    cardCandidates = [];
    modelFiles = new Map();
    pickleFiles = new Map();
    include;
    exclude;
    /** @param found  told of each manifest found */
    constructor(options, found) {
        this.found = found;
        for (const [option, globs] of [['--include', options.include], ['--exclude', options.exclude]]) {
            for (const glob of globs ?? []) {
                const problem = (0,_fs_glob_js__WEBPACK_IMPORTED_MODULE_5__/* .globProblem */ .AI)(glob);
                if (problem)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${option} ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(glob)}: ${problem}`);
            }
        }
        this.include = options.include?.length ? picomatch__WEBPACK_IMPORTED_MODULE_7__([...options.include], { dot: true }) : undefined;
        this.exclude = options.exclude?.length ? picomatch__WEBPACK_IMPORTED_MODULE_7__([...options.exclude], { dot: true }) : undefined;
    }
    /** Whether a file is a candidate by name (before exclusions and file checks). */
    static named(name) {
        return _load_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_NAMES */ .Rr.includes(name) || CARD_NAME.test(name) || isModelFile(name) || PICKLE_NAME.test(name);
    }
    /** Manifests that are symbolic links (done() drops one that is another manifest's alias). */
    links = [];
    add(rel, name, link = false) {
        const kept = isModelFile(name) ? this.modelFiles : PICKLE_NAME.test(name) ? this.pickleFiles : undefined;
        if (kept) {
            const folder = folderOf(rel);
            // The first by name, whichever order the folder was read in.
            const known = kept.get(folder);
            if (known === undefined || rel < known)
                kept.set(folder, rel);
            return;
        }
        // With --include, a card outside it may belong to a manifest left out: not ours to judge.
        if (this.include && !this.include(rel))
            return;
        if (_load_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_NAMES */ .Rr.includes(name)) {
            if (link)
                this.links.push(rel);
            this.manifests.push(rel);
            this.found?.(this.manifests.length);
        }
        else if (CARD_NAME.test(name))
            this.cardCandidates.push(rel);
    }
    /**
     * The discovery. A manifest that is a link to another manifest found here is that system's
     * alias, not a second system (it would be a duplicate id, its relative paths read from the
     * wrong folder): it is dropped. Any other link is kept, for the check to read or refuse.
     */
    done(via, repo) {
        let manifests = this.manifests.sort();
        if (repo && this.links.length > 0) {
            const found = new Set(manifests);
            const aliases = new Set(this.links.filter((rel) => {
                const target = repo.resolveRel(rel);
                if (!target.ok)
                    return false;
                const real = repo.relative(target.abs);
                return real !== rel && found.has(real);
            }));
            manifests = manifests.filter((rel) => !aliases.has(rel));
        }
        return { manifests, cardCandidates: this.cardCandidates.sort(), modelFiles: Object.fromEntries(this.modelFiles), pickleFiles: Object.fromEntries(this.pickleFiles), via };
    }
}
/**
 * The files git lists under `startRel` (relative to `root`): tracked ones still on disk and
 * untracked ones not ignored. Undefined when `root` is not in a git work tree or git cannot run.
 */
function gitListedFiles(root, startRel) {
    return listedFiles((0,_fs_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .s)(root, lsFilesArgs(startRel), MAX_LISTING_BYTES));
}
/**
 * gitListedFiles in another process, started now and read when the returned promise settles (it
 * never rejects): the caller goes on meanwhile. `root` as RepoFs has it; discover uses the
 * listing only if `startRel` is the folder it resolves the scan path to.
 */
async function gitListingAhead(root, startRel) {
    return { root, startRel, files: listedFiles(await (0,_fs_git_js__WEBPACK_IMPORTED_MODULE_1__/* .gitAsync */ .$)(root, lsFilesArgs(startRel), MAX_LISTING_BYTES)) };
}
const MAX_LISTING_BYTES = 1024 * 1024 * 1024;
function lsFilesArgs(startRel) {
    // Untracked files under node_modules/ are installed packages, not the repository's: a Python
    // repository's .gitignore seldom lists node_modules, and modelgate's own package holds example
    // manifests. (-x applies to untracked files only: a tracked one there is still checked.)
    return ['--literal-pathspecs', 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--exclude=node_modules/', '--', startRel || '.'];
}
function listedFiles(result) {
    if (result.status !== 0 || !result.stdout)
        return undefined;
    // A file with merge conflicts is listed once per stage.
    return [...new Set(result.stdout.toString('utf8').split('\0').filter(Boolean))];
}
function fromList(repo, files, options, found) {
    const candidates = new Candidates(options, found);
    for (const rel of files) {
        const name = rel.slice(rel.lastIndexOf('/') + 1);
        if (!Candidates.named(name) || excludedWithParents(rel, candidates.exclude))
            continue;
        // Listed is not enough: a tracked file may be deleted, a link, or a submodule on disk. A
        // manifest is discovered whatever it is but a folder: a link or a FIFO is reported by the
        // check (the repository boundary reads a link that stays inside), never passed over unseen.
        const abs = node_path__WEBPACK_IMPORTED_MODULE_0__.join(repo.root, rel);
        if (!_load_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_NAMES */ .Rr.includes(name)) {
            if ((0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .isFile */ .fo)(abs) || (modelOrPickleNamed(name) && (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .entryKind */ .FY)(abs) === 'link'))
                candidates.add(rel, name);
            continue;
        }
        const kind = (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .entryKind */ .FY)(abs);
        if (kind !== undefined && kind !== 'folder')
            candidates.add(rel, name, kind === 'link');
    }
    return candidates.done('git', repo);
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
    return globs.find((glob) => excludedWithParents(rel, picomatch__WEBPACK_IMPORTED_MODULE_7__(glob, { dot: true })));
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
function walk(repo, startRel, options, found) {
    const walker = new Walker(options, startRel, found);
    for (let dirRel = walker.next(); dirRel !== undefined; dirRel = walker.next()) {
        let entries;
        try {
            entries = (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .dirEntries */ .S8)(node_path__WEBPACK_IMPORTED_MODULE_0__.join(repo.root, dirRel));
        }
        catch {
            entries = undefined;
        }
        walker.take(dirRel, entries);
    }
    return walker.candidates.done('walk', repo);
}
/**
 * discover, with the folders (when git does not list the files) read several at a time, unless
 * `found` is given: on a cold disk cache the walk waited on each folder in turn. The same systems,
 * in the same order; `found` is told of each manifest as it is found.
 */
async function discoverAsync(repo, options, listing, found) {
    const start = repo.resolveRel(options.scanPath);
    // Anything but a folder to walk (an error, a manifest named, a folder git lists) is discover's.
    if (!start.ok || !(0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .isDirectory */ .wd)(start.abs))
        return discover(repo, options, listing);
    const listed = listing && listing.root === repo.root && listing.startRel === start.rel ? listing.files : gitListedFiles(repo.root, start.rel);
    if (listed)
        return fromList(repo, listed, options, found);
    // With threads to start as systems are found, the folders are read one at a time on this
    // thread: read several at a time, on libuv's threads, they kept the second core busy, and a
    // thread loading there gained nothing (1,000 systems of six rules: 1.5 s against 1.65 s).
    if (found)
        return walk(repo, start.rel, options, found);
    const walker = new Walker(options, start.rel);
    await (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .dirEntriesConcurrently */ .aV)(repo.root, () => walker.next(), (dirRel, entries) => walker.take(dirRel, entries), FOLDERS_READ_AT_ONCE);
    return walker.candidates.done('walk', repo);
}
/** Folders read at once by discoverAsync (libuv's pool has four threads; more queue there). */
const FOLDERS_READ_AT_ONCE = 16;
/** The folder walk: which folder to read next, and what each folder's entries add. */
class Walker {
    candidates;
    pending;
    constructor(options, startRel, found) {
        this.candidates = new Candidates(options, found);
        this.pending = [startRel];
    }
    next() {
        return this.pending.pop();
    }
    /** A folder's entries (undefined when it cannot be read: nothing in it can be a system we could read anyway). */
    take(dirRel, entries) {
        const exclude = this.candidates.exclude;
        for (const entry of entries ?? []) {
            // Only a folder, or a file named like a candidate, needs its path (the sorted result does
            // not depend on the order folders are read in).
            const isFolder = entry.isDirectory();
            // A manifest may be a link or a special file (fromList says why); other candidates are files.
            if (isFolder ? SKIPPED_DIRECTORIES.has(entry.name) : !(entry.isFile() ? Candidates.named(entry.name) : _load_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_NAMES */ .Rr.includes(entry.name) || (entry.isSymbolicLink() && modelOrPickleNamed(entry.name))))
                continue;
            const rel = dirRel ? `${dirRel}/${entry.name}` : entry.name;
            if (exclude?.(rel))
                continue;
            if (isFolder)
                this.pending.push(rel);
            else
                this.candidates.add(rel, entry.name, entry.isSymbolicLink());
            // Symbolic links and special files are never walked into, nor discovered but as manifests,
            // model files and pickles.
        }
    }
}


/***/ }),

/***/ 5962:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OM: () => (/* binding */ changedFilesSince),
/* harmony export */   u1: () => (/* binding */ ChangedFilesScope)
/* harmony export */ });
/* unused harmony exports UNTOUCHED, pathKey */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var _fs_git_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2596);
/* harmony import */ var _fs_local_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3693);
/* harmony import */ var _fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(654);
/* harmony import */ var _load_manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(872);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4853);
/**
 * Changed-files scope: on a pull request, report only the systems the change touches. A system
 * is touched when a changed file is in its manifest's folder, or is any path its check asked
 * about: every file it read, stated or hashed (manifest, card, cited evidence, and what those
 * include, such as a Fluent Bit @INCLUDE), found or not, any file below a folder it listed (the
 * runs a `latestRun` pattern matches), and every path on the way to each,
 * links and their targets included (a retargeted link partway along a cited path changes the
 * evidence). So a skipped system's check would read exactly what it reads at the base, and
 * come out the same (but for a missing file's "did you mean", a hint from the names beside
 * it, which a new sibling may change; never a verdict). Every system is checked to learn that; checks are cheap next to a
 * pull request's trust. A system that shares its id with a touched one is reported too (the
 * duplicate must be found whichever of them the change made). A change to governance (the
 * policy, any local pack it extends, the waivers, anything under .modelgate/) touches every
 * system, and so does one to .gitmodules. A .gitattributes changed in a folder on the way to a
 * path a check read touches that system (its lines change how git checks files out), and where
 * a check asked which system owns a file, every manifest it could have found is a path it read.
 * A model card counts as touched when a changed file (a deleted manifest, say) is in its folder,
 * or a changed manifest is in a folder above it.
 */






/** Why a system is skipped: nothing its check depends on is in the change. */
const UNTOUCHED = 'the change touches none of the paths its check read (its manifest and folder, the evidence it cites, the files those include, and every link on the way)';
class ChangedFilesScope {
    root;
    decision = { skipped: [] };
    changed;
    /**
     * The folders of the changed .gitattributes ('' for the root), whose lines change how git
     * checks out the files below them (sixth red team: `*.onnx ident` at the root rewrote a model
     * file's bytes, and no changed path was one the check read).
     */
    attributeFolders;
    /** The folders of the changed manifests, which decide which system owns the files below them. */
    manifestFolders;
    /** Each absolute path's link target (null: not a link), looked up once for all systems. */
    links = new Map();
    /** `governanceFiles` as written (a `./` or `a/../` is normalised here). */
    constructor(changed, governanceFiles, root) {
        this.root = root;
        this.changed = new Set([...changed].map((file) => pathKey(file)));
        const folderOf = (file) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
        const named = (file, names) => names.includes(file.slice(file.lastIndexOf('/') + 1));
        this.attributeFolders = [...this.changed].filter((file) => named(file, ['.gitattributes'])).map(folderOf);
        this.manifestFolders = [...this.changed].filter((file) => named(file, _load_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_NAMES */ .Rr.map((name) => pathKey(name)))).map(folderOf);
        const governance = new Set(governanceFiles.flatMap((file) => {
            const normal = (0,_fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseCitation */ .KM)(file);
            return normal.ok ? [normal.rel] : [];
        }));
        // A governance file that is a link (or lies under one) is governed by its target too.
        for (const file of [...governance])
            for (const visited of this.pathsOnTheWay(file) ?? [''])
                governance.add(visited);
        const governed = new Set([...governance].map((file) => pathKey(file)));
        // .gitmodules says which folders are other repositories, for every path below them.
        const touched = [...this.changed].find((file) => file.startsWith('.modelgate/') || governed.has(file) || file === '.gitmodules');
        if (touched)
            this.decision.all = `the change touches ${touched}, which governs every system`;
        else if (governance.has(''))
            this.decision.all = 'the way to a governance file could not be followed (more than 40 links)';
    }
    get size() {
        return this.changed.size;
    }
    /** Whether the change touches this system's check (always, when it touches governance). */
    touches(check) {
        if (this.decision.all || this.touchesFolder(check.file))
            return true;
        for (const asked of check.asked ?? []) {
            const visited = this.pathsOnTheWay(asked);
            if (!visited || visited.some((file) => this.changed.has(pathKey(file)) || this.attributeFolders.some((folder) => below(pathKey(file), folder))))
                return true; // a walk not finished counts as touched
            // A folder the check listed (`folder/`: the files a pattern matches, what a model folder
            // holds) is touched by a file added or removed anywhere below it, where it really is.
            if (asked.endsWith('/') && this.changesBelow(pathKey(visited.at(-1) ?? '')))
                return true;
        }
        return false;
    }
    /** Whether a changed file lies in `folder` ('' for the root) or below it. */
    changesBelow(folder) {
        for (const changed of this.changed)
            if (below(changed, folder))
                return true;
        return false;
    }
    /** Notes a system left out of the report. */
    skip(manifest, id) {
        this.decision.skipped.push({ manifest, ...(id ? { id } : {}), reason: UNTOUCHED });
    }
    /**
     * Whether a model card with no manifest is in the change, or in a folder the change touches, or
     * below a manifest the change adds, moves or removes (sixth red team: a system's manifest moved
     * into a subfolder left a card and a pickle beside it unregistered, unreported).
     */
    includesCard(file) {
        return Boolean(this.decision.all) || this.touchesFolder(file) || this.manifestFolders.some((folder) => below(pathKey(file), folder));
    }
    /** Whether a changed file is `file` or lies in its folder (or below). */
    touchesFolder(file) {
        if (this.changed.has(pathKey(file)))
            return true;
        const dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(pathKey(file));
        const prefix = dir === '.' ? '' : `${dir}/`;
        for (const changed of this.changed)
            if (changed.startsWith(prefix))
                return true;
        return false;
    }
    /**
     * Every repository path the system visits resolving `rel`, as the kernel walks it: each folder
     * on the way and the path itself, and for each link met, the link and the paths on the way to
     * its target. The walk is on real paths, so a link that climbs out of the root and comes back
     * in (`../../../<checkout>/shared/x.json`, `/proc/self/cwd/…`) is followed as RepoFs follows
     * it; paths outside the root are walked but not recorded. Undefined when the walk cannot be
     * finished (more than 40 links, as realpath gives up): the caller then counts the system touched.
     */
    pathsOnTheWay(rel) {
        const visited = [];
        const pending = rel.split('/');
        let at = this.root;
        let links = 0;
        while (pending.length > 0) {
            const part = pending.shift();
            if (part === '' || part === '.')
                continue;
            if (part === '..') {
                at = node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(at);
                continue;
            }
            const here = node_path__WEBPACK_IMPORTED_MODULE_0__.join(at, part);
            const inside = this.inRoot(here);
            if (inside !== undefined)
                visited.push(inside);
            const target = this.linkTarget(here);
            if (target === null) {
                at = here;
                continue;
            }
            if (++links > 40)
                return undefined;
            if (node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(target))
                at = node_path__WEBPACK_IMPORTED_MODULE_0__.parse(target).root;
            // Only Windows separates with a backslash; elsewhere it is part of a name (bias\report.json).
            pending.unshift(...target.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep === '\\' ? /[\\/]/u : '/'));
        }
        return visited;
    }
    /** The repository-relative form of an absolute path inside the root, else undefined. */
    inRoot(abs) {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(this.root, abs);
        if (rel === '' || rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(rel))
            return undefined;
        return rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    }
    /** The target of the link at `abs`, or null when it is not a link (or not there). */
    linkTarget(abs) {
        let target = this.links.get(abs);
        if (target === undefined) {
            try {
                target = (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .readLink */ .XF)(abs);
            }
            catch {
                target = null; // not a link, or not there
            }
            this.links.set(abs, target);
        }
        return target;
    }
}
/** Whether `file` lies in `folder` ('' for the root) or below it. */
function below(file, folder) {
    return folder === '' || file.startsWith(`${folder}/`);
}
/**
 * How paths are compared: as written on Linux; on macOS and Windows, whose file systems find
 * `Evidence/Bias.json` at `evidence/bias.json` (and an NFD name at its NFC spelling), without
 * case and in NFC, so a path read in another spelling still meets the changed file.
 */
function pathKey(file, platform = process.platform) {
    return platform === 'darwin' || platform === 'win32' ? file.normalize('NFC').toLowerCase() : file;
}
/**
 * The files a branch changes against `baseRef`, as a pull request's file list has them (the
 * CLI's `--scope changed`): every path changed since the merge base of `baseRef` and HEAD,
 * committed or not, a rename as both its paths, and untracked files git does not ignore.
 */
function changedFilesSince(root, baseRef) {
    const run = (args) => {
        const result = (0,_fs_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .s)(root, args);
        if (result.status !== 0 || !result.stdout) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--scope changed needs the files changed since ${baseRef}, and git could not list them: ${result.stderr?.toString('utf8').trim().split('\n')[0] || `git ${args[0]} failed`}`);
        }
        return result.stdout.toString('utf8');
    };
    const mergeBase = run(['merge-base', '--end-of-options', baseRef, 'HEAD']).trim();
    const changed = run(['diff', '--name-only', '--no-renames', '-z', '--end-of-options', mergeBase]);
    const untracked = run(['ls-files', '-z', '--others', '--exclude-standard', '--exclude=node_modules/']);
    return [...new Set(`${changed}${untracked}`.split('\0').filter(Boolean))].sort();
}


/***/ }),

/***/ 1225:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  mY: () => (/* reexport */ DEFAULT_POLICY_FILE),
  En: () => (/* binding */ GateHandOff),
  q6: () => (/* binding */ evaluateGateListingAhead),
  rr: () => (/* reexport */ parseAsOf),
  Rg: () => (/* binding */ runGate)
});

// UNUSED EXPORTS: NO_BASE, evaluateGate, fetchRemotePacks, policyToLoad

// EXTERNAL MODULE: ./build/fs/assets.js
var assets = __nccwpck_require__(7261);
// EXTERNAL MODULE: ./build/discover/discover.js
var discover = __nccwpck_require__(1855);
// EXTERNAL MODULE: ./build/discover/scope.js
var discover_scope = __nccwpck_require__(5962);
// EXTERNAL MODULE: ./build/load/manifest.js
var manifest = __nccwpck_require__(872);
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
var finding = __nccwpck_require__(1022);
// EXTERNAL MODULE: ./build/evaluate/policy.js + 1 modules
var evaluate_policy = __nccwpck_require__(9317);
// EXTERNAL MODULE: ./build/evaluate/shared-report.js
var shared_report = __nccwpck_require__(1908);
// EXTERNAL MODULE: ./build/fs/git-tree.js
var git_tree = __nccwpck_require__(4323);
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

// EXTERNAL MODULE: ./build/fs/repo-fs.js
var repo_fs = __nccwpck_require__(654);
// EXTERNAL MODULE: ./build/load/model-card.js + 1 modules
var model_card = __nccwpck_require__(4692);
// EXTERNAL MODULE: ./build/policy/baseline.js
var policy_baseline = __nccwpck_require__(7524);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
// EXTERNAL MODULE: ./build/fs/glob.js
var fs_glob = __nccwpck_require__(9646);
// EXTERNAL MODULE: ./build/load/schema.js
var schema = __nccwpck_require__(6774);
// EXTERNAL MODULE: ./build/text/closest.js
var closest = __nccwpck_require__(2665);
// EXTERNAL MODULE: ./build/load/source-doc.js
var source_doc = __nccwpck_require__(2431);
// EXTERNAL MODULE: ./build/load/yaml.js
var yaml = __nccwpck_require__(7794);
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
    if ((0,repo_fs/* isMissing */.b2)(source, file))
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
        return { waivers: [], problems: [{ ruleId: 'waiver/valid', message: `${first?.message ?? 'waivers must be a list'}; no waiver applies`, at: first ? { file, ...(0,source_doc/* positionOfIssue */.Uu)(doc, first) } : locate(doc, file, []) }] };
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
        return { message: issue.message.replace(/^waivers\[0\]\.?/, '').replace(/^: /, ''), at: { file, ...(0,source_doc/* positionOfIssue */.Uu)(doc, { path: ['waivers', index, ...path], unknownField: issue.unknownField }) } };
    }
    const waiver = entry;
    const where = (field) => locate(doc, file, ['waivers', index, field]);
    const rule = policy.known.get(waiver.rule);
    if (!rule) {
        const guess = (0,closest/* closest */.k)(waiver.rule, [...policy.known.keys()]);
        return { message: `rule "${waiver.rule}" is not a rule this policy knows${guess ? ` (did you mean "${guess}"?)` : ''}`, at: where('rule') };
    }
    if (rule.waivable === false || rule.locked)
        return { message: `rule ${waiver.rule} cannot be waived under this policy`, at: where('rule') };
    if (waiver.justification.trim().length < policy.waivers.minJustification) {
        return { message: `the justification is shorter than ${policy.waivers.minJustification} characters; say why the exception is acceptable`, at: where('justification') };
    }
    const refused = waiver.path === undefined ? undefined : (0,fs_glob/* globProblem */.AI)(waiver.path);
    if (refused)
        return { message: `its path is not a glob modelgate matches: ${refused}`, at: where('path') };
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
    /** Waivers that matched a finding only on a list position now holding another item: not unused, refused. */
    refused = new Set();
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
    /**
     * Waives the failing findings a waiver covers; a finding a void waiver meant to cover says why
     * it still fails. A system `newSystem` (the base commit has none with its id) is excused by no
     * waiver: one left behind by a removed system would otherwise excuse whatever a pull request
     * adds under the same id.
     */
    apply(findings, newSystem = false) {
        if (this.voidTargets.length === 0 && this.active.length === 0)
            return;
        for (const finding of findings) {
            if (finding.status !== 'fail')
                continue;
            // Said of a finding no valid waiver excuses (fourth red team: one excused by a second
            // entry for it said "not waived" beside the void one).
            const voidOnes = this.voidTargets.filter(({ matches }) => matches(finding));
            for (const { waiver, matches } of this.active) {
                if (finding.status !== 'fail' || !matches(finding))
                    continue;
                // A waiver that names a list position was written for the item there at the base commit;
                // another waiver (one for the whole list, say) may still excuse the finding.
                if (finding.movedItem && waiver.path !== undefined && finding.path !== undefined && within(waiver.path, finding.movedItem.path)) {
                    finding.message = `${finding.message} (not waived: the waiver at ${waiver.at.file}:${waiver.at.line} names ${finding.movedItem.path}, which was ${finding.movedItem.was} at the base commit and is ${finding.movedItem.now} now)`;
                    this.refused.add(waiver);
                    continue;
                }
                if (newSystem) {
                    finding.message = `${finding.message} (not waived: the waiver at ${waiver.at.file}:${waiver.at.line} names ${waiver.system}, which the base commit does not have; a new system is not excused by it)`;
                    break;
                }
                finding.status = 'waived';
                finding.waiver = { justification: waiver.justification, approver: waiver.approver, expires: waiver.expires, file: waiver.at.file, line: waiver.at.line };
                this.matched.set(waiver, (this.matched.get(waiver) ?? 0) + 1);
            }
            if (finding.status === 'fail')
                for (const { problem } of voidOnes)
                    finding.message = `${finding.message} (not waived: the waiver at ${problem.at.file}:${problem.at.line} is void)`;
        }
    }
    /**
     * Findings about the waivers: each void one, each expiring soon, each that matched nothing
     * (only for systems `judged` accepts: a run that skipped a system cannot call its waiver unused).
     */
    findings(judged = () => true, systemIds) {
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
            if (matched === 0 && unused && !this.refused.has(waiver)) {
                // A waiver naming an id no system has (a folder name, a typo) is the likeliest mistake: say so.
                const guess = systemIds && !systemIds.has(waiver.system) ? (0,closest/* closest */.k)(waiver.system, [...systemIds]) : undefined;
                const why = systemIds && !systemIds.has(waiver.system) ? `; no system has the id ${waiver.system}${guess ? ` (did you mean "${guess}"?)` : ''}` : '';
                out.push((0,finding/* makeFinding */.M)(unused, { id: waiver.system }, 'fail', `waiver ${describe(waiver)} matches no failing finding${why}; remove it or correct it`, waiver.at));
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
/**
 * A waiver path is a manifest path prefix (data.datasets[1]) or a file glob. A glob globProblem
 * refuses (its waiver is void) is never compiled: matching it could stall the run.
 */
function pathMatcher(path) {
    const glob = (0,fs_glob/* globProblem */.AI)(path) ? () => false : picomatch(path, { dot: true });
    return (finding) => (finding.path !== undefined && within(finding.path, path)) || glob(finding.file);
}
/** Whether manifest path `path` is `prefix` or under it (`data.datasets[1].license` under `data.datasets[1]`). */
function within(path, prefix) {
    return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}
function locate(doc, file, path) {
    return { file, ...doc.locate(path) };
}

// EXTERNAL MODULE: ./build/report/coverage.js
var report_coverage = __nccwpck_require__(169);
// EXTERNAL MODULE: ./build/types.js
var types = __nccwpck_require__(4853);
;// CONCATENATED MODULE: ./build/report/tally.js
/**
 * Counting findings and deciding the verdict, in one place: the engine adds each batch of
 * findings as it is made (a run over thousands of systems keeps only what the report shows),
 * and every total and verdict in a report comes from here.
 */

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
/** `fail` when a failing finding fails the gate at `failOn`. */
function verdictOf(counts, failOn) {
    const failed = ((0,types/* failsAt */.ZN)('error', failOn) ? counts.errors : 0) + ((0,types/* failsAt */.ZN)('warning', failOn) ? counts.warnings : 0) + ((0,types/* failsAt */.ZN)('notice', failOn) ? counts.notices : 0);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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
        // Where a rule looks decides what it judges: a `given` no manifest has leaves it nothing to
        // check, not applicable everywhere (fourth red team: oversight/stop redefined so).
        if (next && JSON.stringify(next.given ?? []) !== JSON.stringify(rule.given ?? []))
            weaker.push(about(`changes where ${rule.id} looks (given: ${describeGiven(rule.given)} → ${describeGiven(next.given)})`));
        if (next && rule.locked && !next.locked)
            weaker.push(about(`unlocks ${rule.id} (a pack or a per-path override could then turn it off)`));
        if (next && !rule.locked && next.locked)
            stronger.push(about(`locks ${rule.id}`));
    }
    const [weakerOverrides, strongerOverrides] = overrideChanges(base, head);
    weaker.push(...weakerOverrides);
    stronger.push(...strongerOverrides);
    for (const rule of head.rules)
        if (!base.byId.has(rule.id))
            stronger.push({ change: `turns on ${rule.id} (${rule.severity})`, rule: rule.id });
    // Coverage counts a control as evidenced only from `evidences`: a pack that adds references
    // there (to a new rule, or to one that only supported them) makes the table claim more.
    for (const rule of head.rules) {
        const added = newEvidence(base.byId.get(rule.id)?.evidences ?? {}, rule.evidences);
        if (added)
            weaker.push({ change: `counts ${rule.id} as evidence of ${added} (coverage shows what it maps to as evidenced)`, rule: rule.id });
        // Supported is a claim too: the coverage table counts a control so (fifth red team).
        const supported = newEvidence(base.byId.get(rule.id)?.supports ?? {}, rule.supports);
        if (supported)
            weaker.push({ change: `counts ${rule.id} as support of ${supported} (coverage shows what it maps to as supported)`, rule: rule.id });
    }
    for (const [framework, scope] of base.coverage) {
        const now = head.coverage.get(framework);
        if (!now)
            weaker.push({ change: `stops reporting coverage of ${framework}`, key: 'frameworks' });
        else if (now !== 'all' && (scope === 'all' || scope.some((id) => !now.includes(id))))
            weaker.push({ change: `reports fewer ${framework} controls in coverage`, key: 'frameworks', item: framework });
    }
    for (const glob of head.exclude)
        if (!base.exclude.includes(glob))
            weaker.push({ change: `excludes ${glob} from discovery (no system there would be checked)`, key: 'exclude', item: glob });
    for (const glob of base.exclude)
        if (!head.exclude.includes(glob))
            stronger.push({ change: `stops excluding ${glob} from discovery`, key: 'exclude' });
    if (head.timeline !== base.timeline) {
        // Every milestone of the Digital Omnibus is on or after the Regulation's: moving to it delays obligations.
        const later = head.timeline === 'digital-omnibus';
        (later ? weaker : stronger).push({ change: `reads the EU AI Act by the ${head.timeline} timeline (was ${base.timeline})${later ? ': high-risk obligations apply later' : ''}`, key: 'euAiAct' });
    }
    // A control excluded from the Statement of Applicability is one nobody has to show any more.
    const baseExcluded = base.exclusions.iso42001 ?? {};
    const headExcluded = head.exclusions.iso42001 ?? {};
    for (const [control, { justification }] of Object.entries(headExcluded)) {
        const was = baseExcluded[control];
        if (!was)
            weaker.push({ change: `excludes ISO/IEC 42001 ${control} from the Statement of Applicability ("${(0,repo_fs/* clip */.$Q)(justification)}")`, key: 'exclusions', item: control });
        else if (was.justification !== justification)
            weaker.push({ change: `changes the justification for excluding ISO/IEC 42001 ${control} ("${(0,repo_fs/* clip */.$Q)(justification)}")`, key: 'exclusions', item: control });
    }
    for (const control of Object.keys(baseExcluded))
        if (!(control in headExcluded))
            stronger.push({ change: `stops excluding ISO/IEC 42001 ${control} from the Statement of Applicability`, key: 'exclusions' });
    if (head.waivers.maxDays > base.waivers.maxDays)
        weaker.push({ change: `allows waivers of up to ${head.waivers.maxDays} days (was ${base.waivers.maxDays})`, key: 'waivers' });
    if (head.waivers.warnDays < base.waivers.warnDays)
        weaker.push({ change: `flags a waiver ${head.waivers.warnDays} days before it ends (was ${base.waivers.warnDays})`, key: 'waivers' });
    if (head.waivers.minJustification < base.waivers.minJustification) {
        weaker.push({ change: `accepts waiver justifications of ${head.waivers.minJustification} characters (was ${base.waivers.minJustification})`, key: 'waivers' });
    }
    return [...weaker, ...stronger];
}
/**
 * What the head's per-path overrides change, rule by rule: the overrides that set a rule, in
 * order (the last one that matches a system sets it), against the base's. Any difference is
 * listed, with both lists, at the first head override that sets the rule: an override added,
 * widened, dropped or moved changes where a rule applies and how strictly (fourth red team:
 * `files: ["**"]` turning rules off went unreported; review and fifth red team: the same entries
 * swapped, or one appended at the rule's own severity after one that raised it, undid `prod/**`'s
 * error). A weakening when a head override sets the rule below the strictest the base gave it.
 */
function overrideChanges(base, head) {
    const weaker = [];
    const stronger = [];
    const byRule = (policy) => {
        const found = new Map();
        for (const override of policy.overrides) {
            for (const [rule, setting] of Object.entries(override.rules)) {
                const entry = { files: [...override.files].sort(), setting, at: override.definedIn };
                const list = found.get(rule);
                if (list)
                    list.push(entry);
                else
                    found.set(rule, [entry]);
            }
        }
        return found;
    };
    const rank = (setting) => (setting === 'off' ? -1 : (0,types/* severityRank */.qs)(setting));
    const shown = (list) => (list.length === 0 ? 'none' : list.map(({ files, setting }) => `${setting} for ${files.join(', ')}`).join(', '));
    const key = (list) => JSON.stringify(list.map(({ files, setting }) => [files, setting]));
    const before = byRule(base);
    const after = byRule(head);
    for (const rule of new Set([...before.keys(), ...after.keys()])) {
        const was = before.get(rule) ?? [];
        const now = after.get(rule) ?? [];
        if (key(was) === key(now))
            continue;
        const strictest = Math.max(rank(base.byId.get(rule)?.severity ?? 'off'), ...was.map(({ setting }) => rank(setting)));
        const change = { rule, change: `changes the per-path overrides that set ${rule}, the last that matches a system winning (was: ${shown(was)}; now: ${shown(now)})`, ...(now[0] ? { at: now[0].at } : {}) };
        (now.some(({ setting }) => rank(setting) < strictest) || was.some(({ setting }) => rank(setting) > rank(head.byId.get(rule)?.severity ?? 'off')) ? weaker : stronger).push(change);
    }
    return [weaker, stronger];
}
/** A rule's `given`, as a reviewer reads it. */
function describeGiven(given) {
    return given && given.length > 0 ? given.join(', ') : 'the manifest';
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
/**
 * Each waiver the head adds, extends, shortens or removes, with the head's line where there is one.
 * Entries for the same rule, system and path are compared as a list, not one by one (fourth red
 * team: a copy with a later end, put before the approved entry, replaced it in a map keyed so,
 * and the extension went unreported, while both entries excuse once merged).
 */
function waiverChanges(base, head) {
    const grouped = (entries) => {
        const groups = new Map();
        for (const entry of entries) {
            const group = groups.get(keyOf(entry));
            if (group)
                group.push(entry);
            else
                groups.set(keyOf(entry), [entry]);
        }
        return groups;
    };
    const before = grouped(base);
    const after = grouped(head);
    const changes = [];
    for (const key of new Set([...before.keys(), ...after.keys()])) {
        // Entries with the same end on both sides are unchanged; the rest pair up in order (a new
        // end), and what is left over was added or removed.
        const added = [...(after.get(key) ?? [])];
        const removed = [];
        for (const was of before.get(key) ?? []) {
            const same = added.findIndex((waiver) => (0,source_doc/* asText */.e1)(waiver.value.expires) === (0,source_doc/* asText */.e1)(was.value.expires));
            if (same >= 0)
                added.splice(same, 1);
            else
                removed.push(was);
        }
        added.forEach((waiver, i) => {
            const expires = (0,source_doc/* asText */.e1)(waiver.value.expires);
            const was = removed[i];
            if (!was) {
                changes.push({ change: `adds a waiver for ${what(waiver)} until ${expires}, approved by ${(0,source_doc/* asText */.e1)(waiver.value.approver)}`, line: waiver.line, widens: true });
                return;
            }
            // Dates as written (YYYY-MM-DD) compare as text; anything else counts as a widening, to be safe.
            const earlier = /^\d{4}-\d{2}-\d{2}$/.test(expires) && expires < (0,source_doc/* asText */.e1)(was.value.expires);
            changes.push({ change: `changes the waiver for ${what(waiver)} to end on ${expires} (was ${(0,source_doc/* asText */.e1)(was.value.expires)})`, line: waiver.line, widens: !earlier });
        });
        for (const was of removed.slice(added.length))
            changes.push({ change: `removes the waiver for ${what(was)}`, widens: false });
    }
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
var reference = __nccwpck_require__(3414);
// EXTERNAL MODULE: ./build/policy/remote.js
var policy_remote = __nccwpck_require__(9);
// EXTERNAL MODULE: ./build/policy/sources.js + 1 modules
var sources = __nccwpck_require__(4807);
// EXTERNAL MODULE: ./build/policy/types.js
var policy_types = __nccwpck_require__(1842);
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
    // One that is there but cannot be read (a link out, a folder) is named, so loading says why.
    return !(0,repo_fs/* isMissing */.b2)(source, DEFAULT_POLICY_FILE) ? { policy: DEFAULT_POLICY_FILE, policyBaseDir: repo.root } : { policy: 'baseline' };
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
function loadGovernance(options, repo, base, now, { policyNamed = true } = {}) {
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
    // A pull request that adds the repository's policy file (the base commit has none, and none was
    // named) is still judged by the bundled pack; what its file would change is shown like any
    // other policy change, so an adopting team sees why rules its new policy scopes still fail.
    const adds = !policyNamed && (0,reference/* isBundledName */.kD)(inRepo) && repo.statFile(DEFAULT_POLICY_FILE).ok;
    if (adds)
        located.push({ change: `adds ${DEFAULT_POLICY_FILE}, which then replaces the bundled ${inRepo} pack; until it is merged, ${inRepo} judges this pull request, so what the new policy scopes, lowers or turns off still fails here`, at: { file: DEFAULT_POLICY_FILE, line: 1, column: 1 } });
    const headRef = adds ? DEFAULT_POLICY_FILE : inRepo;
    try {
        // The pull request's policy is untrusted: read it through the repository boundary, so a link
        // or `..` in it cannot reach a file outside the checkout.
        const head = (0,evaluate_policy/* loadPolicy */.tb)(headRef, { baseDir: adds ? repo.root : baseDir, files: (0,sources/* packFilesIn */.MH)(repo, 'in this pull request'), ...(headRemote ? { remote: headRemote } : {}) });
        headExclude = head.exclude;
        // A change no rule makes is at the setting in the pull request's packs (its `exclude:` item,
        // say), else at its policy file's first line; were there no such file (the bundled pack in
        // force), `at` would name the waivers file.
        const headFile = (0,reference/* isBundledName */.kD)(headRef) ? at : { file: headRef, line: 1, column: 1 };
        for (const { change, rule, key, item, at: written } of policyChanges(policy, head)) {
            // At the line of the pull request's pack that sets the rule, when one of its local packs does.
            const setAt = written ?? (rule !== undefined ? head.setAt.get(rule) : key ? head.keyAt.get((0,policy_types/* keyAtName */.y)(key, item)) ?? head.keyAt.get((0,policy_types/* keyAtName */.y)(key)) : undefined);
            located.push({ change, at: setAt && (0,reference/* isLocalPack */.Pd)(setAt.file) ? setAt : headFile });
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
/**
 * Why the baseline, or an entry of it, cannot be used: unreadable, invalid, or expired (its
 * findings fail again); an entry refused (for a locked or unwaivable rule, or whose fingerprint
 * is not the finding it names) is a finding at its line, so no one takes it for an excuse.
 */
function baselineProblems(loaded, ledger, policy, now) {
    const rule = policy.byId.get('baseline/valid');
    if (!rule)
        return [];
    if (loaded.problem)
        return [(0,finding/* makeFinding */.M)(rule, { id: loaded.problem.at.file }, 'fail', loaded.problem.message, loaded.problem.at)];
    const baseline = loaded.baseline;
    if (!baseline)
        return [];
    if (!ledger.expired) {
        return ledger.refused.map(({ entry, reason }) => (0,finding/* makeFinding */.M)(rule, { id: baseline.file }, 'fail', `the baseline entry for ${entry.rule} on ${entry.system} (${entry.file}) excuses nothing: ${reason}`, { file: baseline.file, line: entry.line, column: 1 }));
    }
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
/** Findings a pull request adds to the baseline, one finding per system at its first entry in the pull request's file, and a later expiry, at its line. */
function baselineGrowthFindings(base, head, policy) {
    const rule = policy.byId.get('governance/baseline-grown');
    if (!rule || !head)
        return [];
    // A later expiry keeps every recorded finding excused for longer (or again, once the base's has expired).
    const extended = base && head.expires > base.expires;
    const findings = extended
        ? [(0,finding/* makeFinding */.M)(rule, { id: head.file }, 'fail', `this pull request extends the baseline from ${base.expires} to ${head.expires}; once merged the findings it holds would not fail until then`, { file: head.file, line: head.expiresLine, column: 1 })]
        : [];
    const growth = (0,policy_baseline/* baselineGrowth */.v5)(base, head);
    if (!base && growth.length > 0) {
        // A first baseline (adopting the gate) is one decision: one finding, not one per entry.
        const held = growth.reduce((n, g) => n + g.added, 0);
        const systems = new Set(growth.map((g) => g.entry.system)).size;
        return [
            (0,finding/* makeFinding */.M)(rule, { id: head.file }, 'fail', `this pull request adds a baseline of ${held} finding${held === 1 ? '' : 's'} of ${systems} system${systems === 1 ? '' : 's'} (${heldByRule(growth)}); once merged they would not fail, so the policy owners review it`, { file: head.file, line: 1, column: 1 }),
        ];
    }
    // One finding per system: a pull request that baselines new systems would otherwise list an
    // entry per finding (hundreds), burying what the policy owners are asked to accept.
    const bySystem = new Map();
    for (const grown of growth)
        bySystem.set(grown.entry.system, [...(bySystem.get(grown.entry.system) ?? []), grown]);
    for (const [system, entries] of bySystem) {
        const [first] = entries;
        const { entry, added, line } = first;
        const message = entries.length === 1
            ? `this pull request adds ${added} ${entry.rule} finding${added === 1 ? '' : 's'} of ${system} (${entry.file}) to the baseline; once merged ${added === 1 ? 'it' : 'they'} would not fail`
            : `this pull request adds ${entries.reduce((n, g) => n + g.added, 0)} findings of ${system} to the baseline (${heldByRule(entries)}); once merged they would not fail`;
        findings.push((0,finding/* makeFinding */.M)(rule, { id: system }, 'fail', message, { file: head.file, line, column: 1 }));
    }
    return findings;
}
/** What a first baseline holds, by rule, most first: what the policy owners are asked to accept. */
function heldByRule(growth) {
    const byRule = new Map();
    for (const { entry, added } of growth)
        byRule.set(entry.rule, (byRule.get(entry.rule) ?? 0) + added);
    const ranked = [...byRule].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
    const shown = ranked.slice(0, 10).map(([id, n]) => `${n} ${id}`);
    return ranked.length > 10 ? `${shown.join(', ')} and ${ranked.length - 10} more rules` : shown.join(', ');
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
 * scanned paths. Also one whose path now describes another id while its own id moved to another
 * manifest: the system at that path is judged as new (no labels, tier, stage or waivers to keep),
 * and a compliant copy under the old id would otherwise hide the swap. Pointed at its manifest's
 * path at the base commit.
 */
function removedSystems(vanished, systems, skipped, policy, base) {
    const rule = policy.byId.get('governance/system-removed');
    if (!rule || !base || vanished.length === 0)
        return [];
    const present = new Map();
    for (const s of [...systems, ...skipped])
        if (s.id && !present.has(s.id))
            present.set(s.id, s.manifest);
    const commit = base.commit.slice(0, 12);
    const none = systems.length === 0 && skipped.length === 0 ? '; this run finds no system at all' : '';
    return vanished.flatMap((v) => {
        const was = v.id ? `system "${v.id}" (${v.file} at the base commit ${commit})` : `the system of ${v.file} at the base commit ${commit}`;
        const now = v.id ? present.get(v.id) : undefined;
        let message;
        if (now === undefined)
            message = `${was} is no longer checked: ${v.nowId ? `that manifest now describes "${v.nowId}"` : 'its manifest was deleted or moved out of the scanned paths'}${none}`;
        else if (v.nowId !== undefined)
            message = `${was} is now described by ${now}, and ${v.file} describes "${v.nowId}": the system at ${v.file} took a new id, so it is judged as new (its labels, risk tier, stage and waivers at the base are not compared), and its old id went to another manifest`;
        else
            return [];
        return [(0,finding/* makeFinding */.M)(rule, { id: v.id ?? v.file }, 'fail', message, { file: v.file, line: 1, column: 1 })];
    });
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
    // Date rolls "2026-02-30" over to 2 March; a day that is not on the calendar is refused.
    if (dayOf(date) !== text)
        throw new types/* UsageError */.eb(`as-of must be a real date: "${text}" is not one`);
    return date;
}

// EXTERNAL MODULE: ./build/engine/load.js
var load = __nccwpck_require__(6287);
// EXTERNAL MODULE: ./build/engine/threads.js
var engine_threads = __nccwpck_require__(6334);
// EXTERNAL MODULE: ./build/engine/unregistered.js
var engine_unregistered = __nccwpck_require__(2032);
;// CONCATENATED MODULE: ./build/engine/early-workers.js


class EarlyWorkers {
    script;
    started = { workers: [], ports: [] };
    /** Set once a thread could not be started: no more are tried. */
    failed = false;
    /** For discoverAsync; undefined when no worker would be started (one thread, --timing, no script). */
    onManifest;
    constructor(script, jobs) {
        this.script = script;
        const threads = (0,engine_threads/* threadsFor */.vd)(jobs); // once, not at each manifest
        this.onManifest = script && (0,engine_threads/* workerCount */.Mo)(Number.MAX_SAFE_INTEGER, threads) > 0 ? (count) => this.grow((0,engine_threads/* workerCount */.Mo)(count, threads)) : undefined;
    }
    /** A thread could not be started: the run checks on this one alone, without trying again. */
    get cannotStart() {
        return this.failed;
    }
    /** How many workers are started and not yet taken. */
    get size() {
        return this.started.workers.length;
    }
    /** Starts workers until there are `wanted`; none while the checker is not loaded (the CLI loads it on demand). */
    grow(wanted) {
        if (!this.script || this.failed || this.started.workers.length >= wanted)
            return;
        let checker;
        try {
            checker = (0,load/* systemChecker */.z)();
        }
        catch {
            return;
        }
        if (this.started.workers.length === 0)
            checker.limitHeapGrowth(); // before the first: workers take V8's flags with them
        const more = checker.startSystemWorkers(this.script, wanted - this.started.workers.length);
        if (!more) {
            this.failed = true;
            return;
        }
        this.started.workers.push(...more.workers);
        this.started.ports.push(...more.ports);
    }
    /** The first `count` workers, for the pool (more are started if there are fewer); the rest are stopped. */
    take(count) {
        if (this.started.workers.length === 0)
            return undefined;
        if (this.started.workers.length < count)
            this.grow(count);
        const taken = { workers: this.started.workers.splice(0, count), ports: this.started.ports.splice(0, count) };
        this.stop();
        return taken.workers.length > 0 ? taken : undefined;
    }
    /** Stops the workers not taken. */
    stop() {
        if (this.started.workers.length === 0)
            return;
        (0,load/* systemChecker */.z)().stopWorkers({ workers: this.started.workers.splice(0), ports: this.started.ports.splice(0) });
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























/** The most model files no system owns that a report lists one by one. */
const UNOWNED_LISTED = 50;


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
/** Thrown when more systems were found than `handOffAbove` allows on this thread; nothing was checked. */
class GateHandOff extends Error {
    discovery;
    constructor(discovery) {
        super(`${discovery.manifests.length} systems: the gate runs on a thread of its own`);
        this.discovery = discovery;
    }
}
function runGate(options) {
    return evaluateGate(options).report;
}
/** The report and the policy that made it. */
function evaluateGate(given) {
    return finishGate(startGate(given), given.discovered);
}
/**
 * As evaluateGate, with git's listing of the repository's files (discover.ts) taken in another
 * process while this one loads the policy (on an empty repository the listing was a tenth of the
 * CLI's start-up, and on a large one it takes longer than the policy), and system workers
 * started while discovery runs (early-workers.ts; outside git, the folders are then read on this
 * thread, else several at a time: discoverAsync).
 */
async function evaluateGateListingAhead(given) {
    if (given.discovered)
        return finishGate(startGate(given), given.discovered);
    const started = startGate(given, true);
    // Threads to check systems start loading while the systems are still being found
    // (early-workers.ts); not where a large repository is handed to the gate's own thread
    // (handOffAbove), which starts its own.
    const early = new EarlyWorkers(given.timing || given.handOffAbove !== undefined ? undefined : given.workerScript, given.jobs);
    try {
        return finishGate(started, await (0,discover/* discoverAsync */.MW)(started.repo, started.discoverOptions, await started.listing, early.onManifest), early);
    }
    finally {
        early.stop(); // those the run did not take
    }
}
/** What the gate has before it looks for systems: its sources, the policy, the governance findings. */
function startGate(given, listAhead = false) {
    const failOn = given.failOn ?? 'error';
    const now = given.now ?? new Date();
    const { repo, base, noBase } = openSources(given);
    const listing = listAhead ? (0,discover/* gitListingAhead */.W$)(repo.root, given.scanPath ?? '') : undefined;
    // Named once here, so the workers load the same policy as this thread.
    const options = { ...given, ...governance_policyToLoad(given, repo, base) };
    const governance = loadGovernance(options, repo, base, now, { policyNamed: given.policy !== undefined });
    const { policy } = governance;
    // The policy's exclusions (the base commit's, on a pull request) and the caller's.
    const exclude = [...policy.exclude, ...(options.exclude ?? [])];
    const discoverOptions = {
        scanPath: options.scanPath ?? '',
        ...(options.include ? { include: options.include } : {}),
        ...(exclude.length > 0 ? { exclude } : {}),
    };
    return { failOn, now, repo, base, noBase, options, governance, policy, discoverOptions, listing };
}
/** The rest of the gate: finds the systems (unless `discovered` already), checks them and reports. */
function finishGate(started, discovered, early) {
    const { failOn, now, repo, base, noBase, options, governance, policy, discoverOptions } = started;
    const found = discovered ?? (0,discover/* discover */.k4)(repo, discoverOptions);
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
    const baselineLedger = new policy_baseline/* BaselineLedger */.ZX(baseline.baseline, policy, now);
    const tally = new Tally(failOn);
    const findings = [];
    const coverage = [];
    /** Waives, counts and keeps a batch of findings (in `into`); returns the batch's counts. */
    const record = (batch, newSystem = false, into = findings) => {
        ledger.apply(batch, newSystem);
        if (!newSystem)
            baselineLedger.apply(batch); // a baseline records the base's systems, not a new one under a reused id
        for (const finding of batch)
            if (finding.movedItem)
                delete finding.movedItem; // only the ledgers read it
        for (const finding of batch)
            if (keep(finding))
                into.push(finding);
        return tally.add(batch);
    };
    record(governance.findings);
    record(baselineProblems(baseline, baselineLedger, policy, now));
    if (options.policyFrom === 'base' && base)
        record(baselineGrowthFindings(baseline.baseline, baselineIn(repo).baseline, policy));
    const systems = [];
    const run = { repo, policy, now, noBase, locatePasses: keepPasses, hashFiles: options.hashFiles !== false, ...(options.timing ? { timing: options.timing } : {}), ...(base ? { base } : {}), ...(baseMoved.size > 0 ? { baseMoved } : {}) };
    const scope = options.changedFiles ? new discover_scope/* ChangedFilesScope */.u1(options.changedFiles, governanceFiles(options, repo, policy), repo.root) : undefined;
    // Narrowed to what the change touches: every system is checked noting what it reads, and
    // only the touched ones are reported (discover/scope.ts says why).
    const narrowed = scope !== undefined && !scope.decision.all;
    if (narrowed)
        run.logAsked = true;
    const files = found.manifests;
    run.manifests = files;
    // Discovery saw every system only when it walked the whole repository and left nothing out.
    run.manifestsComplete = !discoverOptions.scanPath && !discoverOptions.include?.length && !discoverOptions.exclude?.length;
    if (options.handOffAbove !== undefined && files.length > options.handOffAbove)
        throw new GateHandOff(found);
    // Every manifest of the repository, whatever the run leaves out: each owns the files below it.
    // With no system to check, only a card found needs them: the system that cites it lies elsewhere.
    const partial = !run.manifestsComplete && (files.length > 0 || found.cardCandidates.length > 0 || Object.keys(found.modelFiles).length > 0);
    const unexcluded = partial ? (0,discover/* discover */.k4)(repo, { scanPath: '' }) : undefined;
    const everyManifest = unexcluded?.manifests ?? files;
    if (files.length > 0) {
        // The model files in each system's folder, found in the whole repository as the policy's and
        // the caller's exclusions leave it, whatever part this run checks (`check models/a/ai-system.yaml`
        // judges as `check .` does); a nested system's files are its own, checked or not. Model
        // files are found whatever --include says.
        const whole = discoverOptions.scanPath === '' ? found : !discoverOptions.exclude?.length && unexcluded ? unexcluded : (0,discover/* discover */.k4)(repo, { scanPath: '', ...(discoverOptions.exclude ? { exclude: discoverOptions.exclude } : {}) });
        // A system excluded by its manifest's path still owns its folder (red team: its model files went to the system above).
        // A folder's model file, else its pickle: each folder is looked through once.
        const folders = { ...whole.pickleFiles, ...whole.modelFiles };
        run.modelFiles = (0,discover/* modelFilesBySystem */.ts)(folders, everyManifest);
        run.discoveredModelFiles = Object.values(folders).sort();
    }
    // The checks that compare systems (a shared report, a duplicate id) blame the later of two:
    // on a pull request, the systems it adds come later, so the copy is blamed, not the system it
    // copied (whose manifest the pull request did not touch). The report keeps discovery order.
    const added = base ? addedAt(base, files) : new Set();
    const order = added.size > 0 ? establishedFirst(files, added) : files;
    const position = new Map(files.map((file, i) => [file, i]));
    const citedCards = new Set();
    const seenIds = new Map();
    // Where a thread could not be started during discovery, those that did start are all there is:
    // the pool would only try again.
    const wanted = options.workerScript && !options.timing ? (0,engine_threads/* workerCount */.Mo)(files.length, options.jobs) : 0;
    const workers = early?.cannotStart ? Math.min(wanted, early.size) : wanted;
    const threads = 1 + workers;
    if (files.length > 0)
        (0,load/* systemChecker */.z)().limitHeapGrowth(); // before the workers start: they take the flag with them
    // Folders whose manifest could not be read: the card there is that system's, not an unregistered one.
    const unreadableFolders = new Set();
    const reportCiters = { byPath: new Map(), byText: new Map(), leftOut: new Set() };
    // Folders of files systems list under artifacts outside their own: theirs, not unregistered models.
    const artifactFolders = new Set();
    // A run over part of the repository (a folder, --include, an exclude) still compares what its
    // systems cite with what the others cite (red team: a copy of a left-out system's report
    // passed), read from their manifests. A left-out system counts as the first to cite what it
    // cites, wherever it sorts: it is not reported, so were it second, neither would fail.
    if (partial) {
        for (const { file, reports, citedCard, shipsOutside } of (0,load/* systemChecker */.z)().leftOutSystems(run, everyManifest)) {
            if (citedCard !== undefined)
                citedCards.add(citedCard);
            for (const shipped of shipsOutside ?? [])
                artifactFolders.add((0,discover/* folderOf */.yS)(shipped));
            if (reports.length === 0)
                continue;
            reportCiters.leftOut.add(file);
            for (const report of reports)
                firstCiter(reportCiters, file, report);
        }
    }
    const claimCard = (checked) => {
        if (checked.citedCard)
            citedCards.add(checked.citedCard);
        for (const file of checked.shipsOutside ?? [])
            artifactFolders.add((0,discover/* folderOf */.yS)(file));
        // A system the changed-files scope leaves out still holds on to what it cites.
        if (narrowed)
            for (const report of checked.reports ?? [])
                firstCiter(reportCiters, checked.file, report);
        if (checked.unreadable)
            unreadableFolders.add((0,discover/* folderOf */.yS)(checked.file));
    };
    /** What each system reported, at its place in discovery order (the checks may come in another). */
    const reported = [];
    const reportCheck = (checked) => {
        claimCard(checked);
        markSharedReports(checked, reportCiters, policy, repo);
        // The path now describes another system: the one it described at the base may be gone.
        const gone = checked.baseIdChanged ? { file: checked.file, id: checked.baseIdChanged, nowId: checked.summary.id } : undefined;
        if (checked.hasId)
            markDuplicateId(checked, seenIds, policy, repo);
        const kept = [];
        const systemCounts = record(checked.findings, checked.newAtBase === true, kept);
        const summary = { ...checked.summary, verdict: verdictOf(systemCounts, failOn), counts: systemCounts };
        const systemCoverage = (0,report_coverage/* computeCoverage */.Eh)([summary], checked.findings, { scope: policy.coverage, timeline: policy.timeline, asOf: now, failOn });
        reported[position.get(checked.file)] = { summary, coverage: systemCoverage, findings: kept, ...(gone ? { vanished: gone } : {}) };
    };
    const checks = systemChecks(order, run, options.workerScript, workers, early?.take(workers));
    const inOrder = narrowed ? touchedChecks(checks, scope, run, claimCard) : checks;
    for (const checked of inOrder)
        reportCheck(checked);
    // Systems and coverage in discovery order, and in the same order as each other (indexOf below).
    for (const system of reported) {
        if (!system)
            continue; // skipped by the changed-files scope
        systems.push(system.summary);
        coverage.push(...system.coverage);
        for (const finding of system.findings)
            findings.push(finding);
        if (system.vanished)
            vanished.push(system.vanished);
    }
    if (added.size > 0)
        scope?.decision.skipped.sort((a, b) => position.get(a.manifest) - position.get(b.manifest));
    record(removedSystems(vanished, systems, scope?.decision.skipped ?? [], policy, base));
    record(excludedOnceMerged(governance.headExclude ?? [], policy, found.manifests));
    let unregistered = 0;
    const unregisteredRule = policy.byId.get('discovery/unregistered-system');
    if (unregisteredRule) {
        const manifestFolders = new Set(found.manifests.map(discover/* folderOf */.yS));
        const modelFiles = (0,engine_unregistered/* modelFilesByCardFolder */.Ui)(found.modelFiles, new Set(found.cardCandidates.map(discover/* folderOf */.yS)), manifestFolders);
        // The folders of the cards reported here: the model files near one are that card's model.
        const reportedCardFolders = new Set();
        // The folders of dataset cards read here: a checkpoint by another name there is the dataset's (embeddings.pt).
        const datasetCardFolders = new Set();
        for (const file of found.cardCandidates) {
            if (citedCards.has(file) || unreadableFolders.has((0,discover/* folderOf */.yS)(file)) || (scope && !scope.includesCard(file)))
                continue;
            const text = repo.readText(file);
            if (!text.ok)
                continue; // an unreadable README cannot be shown to be a model card
            const card = (0,model_card/* parseCard */.co)(text.text, file);
            if (card.kind === 'dataset')
                datasetCardFolders.add((0,discover/* folderOf */.yS)(file));
            const folder = (0,discover/* folderOf */.yS)(file);
            const sign = (0,model_card/* modelCardSign */.BC)(card, modelFiles.get(folder), (0,engine_unregistered/* ownedBy */.LW)(folder, manifestFolders));
            if (!sign)
                continue;
            unregistered++;
            reportedCardFolders.add(folder);
            record([
                (0,finding/* makeFinding */.M)(unregisteredRule, { id: file }, 'fail', `${file} is a model card (${sign}) but no ai-system.yaml registers it`, { file, line: card.frontMatterLine ?? 1, column: 1 }),
            ]);
            repo.forget(file);
        }
        // Model files no system owns and no card describes: a model nobody registered all the same.
        // With --include, those outside it may belong to systems left out: not this run's to judge.
        if (!discoverOptions.include?.length) {
            const citedCardFolders = new Set([...citedCards].map(discover/* folderOf */.yS));
            // Every manifest owns its folder, one this run leaves out too. Only a card judged a model's
            // claims the files near it (red team: a dataset card beside model.pkl hid it).
            const ownerFolders = new Set(everyManifest.map(discover/* folderOf */.yS));
            const unowned = (0,engine_unregistered/* unownedModelFiles */.R7)(found.modelFiles, found.pickleFiles, repo, { manifestFolders: ownerFolders, cardFolders: reportedCardFolders, datasetCardFolders, citedCardFolders, artifactFolders }).filter((file) => !scope || scope.includesCard(file));
            unregistered += unowned.length;
            for (const file of unowned.slice(0, UNOWNED_LISTED)) {
                record([(0,finding/* makeFinding */.M)(unregisteredRule, { id: file }, 'fail', `${file} is a model file that no ai-system.yaml registers: no system's folder holds it, no system lists it under artifacts, and no model card describes it`, { file, line: 1, column: 1 })]);
            }
            if (unowned.length > UNOWNED_LISTED) {
                const first = unowned[UNOWNED_LISTED];
                record([(0,finding/* makeFinding */.M)(unregisteredRule, { id: first }, 'fail', `and model files in ${unowned.length - UNOWNED_LISTED} more folders that no ai-system.yaml registers, not listed (a report lists the first ${UNOWNED_LISTED})`, { file: first, line: 1, column: 1 })]);
            }
        }
    }
    // Findings about the waivers themselves (void, expiring, unused) come once every system is seen.
    // A waiver is judged only for a system this run looked at: one the changed-files scope skipped,
    // or outside the scanned folder or --include, may well be in use. A waiver naming no system at
    // all is judged when the run covered the whole repository.
    const skipped = new Set((scope?.decision.skipped ?? []).flatMap((s) => (s.id ? [s.id] : [])));
    const checkedIds = new Set(systems.map((s) => s.id));
    const wholeRepository = !options.scanPath && !options.include?.length;
    const waiverFindings = ledger.findings((system) => checkedIds.has(system) || (wholeRepository && !skipped.has(system)), wholeRepository ? new Set([...checkedIds, ...skipped]) : undefined);
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
        addCounts(summary.counts, countFindings([finding]));
        summary.verdict = verdictOf(summary.counts, failOn);
        (0,report_coverage/* foldIntoCoverage */.MQ)(coverage[index], finding, failOn);
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
/**
 * The checks the change touches, in the order checked, and those of systems sharing an id with one
 * (checked again: a check is kept only once it is known to be reported, so memory holds the
 * touched systems, not all). Notes the rest as skipped; the cards they cite are claimed all the
 * same (`claimCard`: a card a system left out cites is registered, not an unregistered model).
 */
function touchedChecks(checks, scope, run, claimCard) {
    const kept = [];
    const untouched = [];
    let index = 0;
    for (const check of checks) {
        if (scope.touches(check)) {
            delete check.asked;
            kept.push({ index, check });
        }
        else {
            untouched.push({ index, file: check.file, id: check.hasId ? check.summary.id : undefined });
            claimCard(check);
        }
        index++;
    }
    const touchedIds = new Set(kept.flatMap(({ check }) => (check.hasId ? [check.summary.id] : [])));
    const again = untouched.filter((system) => system.id !== undefined && touchedIds.has(system.id));
    const rechecked = systemChecks(again.map((system) => system.file), { ...run, logAsked: false }, undefined, 0);
    let at = 0;
    for (const check of rechecked)
        kept.push({ index: again[at++].index, check });
    for (const system of untouched)
        if (!again.includes(system))
            scope.skip(system.file, system.id);
    return kept.sort((a, b) => a.index - b.index).map(({ check }) => check);
}
/** The manifests at paths the base commit does not have: systems the pull request adds (or moved). */
function addedAt(base, files) {
    return new Set(files.filter((file) => (0,repo_fs/* isMissing */.b2)(base, file)));
}
/** `files` with the `added` ones last, each part in discovery order. */
function establishedFirst(files, added) {
    return [...files.filter((file) => !added.has(file)), ...files.filter((file) => added.has(file))];
}
/** Each system's check, in the order of `files`: on `workers` worker threads as well, if any. */
function systemChecks(files, run, workerScript, workers, started) {
    if (files.length === 0)
        return [];
    const { checkSystem, forgetSystem, checkInWorkers } = (0,load/* systemChecker */.z)();
    const checkHere = (file) => {
        const checked = checkSystem(file, run);
        forgetSystem(run);
        return checked;
    };
    if (started)
        return checkInWorkers(started, files, checkHere, run);
    if (workers > 0 && workerScript)
        return checkInWorkers({ script: workerScript, count: workers }, files, checkHere, run);
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
 * Notes `file` as the citer of `report` where no earlier one came before; returns the earlier
 * citer of the same file, or of another file with the same text (a copy), when that is another
 * system, and `why` it may not share it when that is not plain. Not for a report about the model
 * files (a security scan, a bias report, a robustness result) when this system ships only files
 * the earlier one ships and neither holds a model file it does not list (shippedFiles and
 * unlistedModelFile in own-evidence.ts).
 */
function firstCiter(citers, file, report) {
    const shipsTheirs = (first) => {
        if (report.ships === undefined || report.ships.length === 0 || first.ships === undefined)
            return false;
        const shipped = new Set(first.ships); // by set: a manifest may list 100,000 artifacts (third red team)
        return report.ships.every((key) => shipped.has(key));
    };
    // Shipping what the first ships, but either holding a model file it does not list: one may
    // serve other weights than the report was made on, whichever sorts first (review), and the
    // message says which (unlistedReason).
    const sameFiles = (first) => shipsTheirs(first) && report.unlisted === undefined && first.unlisted === undefined;
    const why = (first) => !shipsTheirs(first) ? {} : report.unlisted !== undefined ? { why: (0,shared_report/* unlistedReason */.n)(report.unlisted) } : first.unlisted !== undefined ? { why: (0,shared_report/* unlistedReason */.n)(first.unlisted, first.file) } : {};
    const noted = { file, ...(report.ships ? { ships: report.ships } : {}), ...(report.unlisted !== undefined ? { unlisted: report.unlisted } : {}) };
    const byPath = citers.byPath.get(report.rel);
    if (byPath === undefined)
        citers.byPath.set(report.rel, noted);
    else if (byPath.file !== file && !sameFiles(byPath))
        return { file: byPath.file, ...why(byPath) };
    if (report.digest === undefined)
        return undefined;
    const byText = citers.byText.get(report.digest);
    if (byText === undefined)
        citers.byText.set(report.digest, { ...noted, rel: report.rel });
    else if (byText.file !== file && byText.rel !== report.rel && !sameFiles(byText))
        return { file: byText.file, copyOf: byText.rel, ...why(byText) };
    return undefined;
}
/**
 * A report about a model that a system checked earlier also cites (one the base commit has,
 * before one a pull request adds; else in discovery order), or a copy of one (the same text in
 * another file): its evidence/own-system check fails (in place of the pass it was given), naming
 * the first. A report is about one model; kept outside every system's folder (reports/<model>/…),
 * under a folder whose manifest a pull request moved away, or copied into this system's folder,
 * the folder check alone cannot say whose it is.
 */
function markSharedReports(checked, citers, policy, repo) {
    const shared = (checked.reports ?? []).flatMap((report) => {
        const first = firstCiter(citers, checked.file, report);
        return first ? [{ ...report, first }] : [];
    });
    const rule = shared.length > 0 ? (0,evaluate_policy/* policyForMoved */.zl)(policy, checked.file, checked.movedFrom).byId.get('evidence/own-system') : undefined;
    if (!rule)
        return;
    // Located only now, as a duplicate id is: a shared report is rare.
    const loaded = (0,manifest/* loadManifest */.eY)(repo, checked.file);
    repo.forget(checked.file);
    const failures = shared.map(({ rel, path, first }) => {
        const at = { file: checked.file, ...(loaded.ok ? loaded.manifest.doc.locate(path.slice(1)) : { line: 1, column: 1 }) };
        const citer = citers.leftOut.has(first.file) ? `${first.file} (a system this run leaves out, read to compare)` : first.file;
        const why = first.why === undefined ? '' : ` ${first.why}`;
        const message = first.copyOf === undefined
            ? `${rel} is also cited as a report by ${citer}: a report is about one model, so it is that system's; cite this system's own${why}`
            : `${rel} has the same content as ${first.copyOf}, which ${citer} cites: a report is about one model, so one of the two is a copy of the other system's; cite this system's own${why}`;
        return (0,finding/* makeFinding */.M)(rule, { id: checked.summary.id }, 'fail', message, at);
    });
    const pass = checked.findings.findIndex((f) => f.ruleId === rule.id && f.status === 'pass');
    if (pass >= 0)
        checked.findings.splice(pass, 1, ...failures);
    else
        checked.findings.push(...failures);
}
/**
 * A second system with an id already taken (checked later: on a pull request, the one it adds):
 * its duplicate-id check fails (in place of the pass it was given), naming the first.
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
    const rule = (0,evaluate_policy/* policyForMoved */.zl)(policy, checked.file, checked.movedFrom).byId.get('manifest/duplicate-id');
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

/***/ 6287:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ loadEngine),
/* harmony export */   z: () => (/* binding */ systemChecker)
/* harmony export */ });
/* harmony import */ var _evaluate_check_functions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(150);
/* harmony import */ var _load_lazy_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4759);
/**
 * Everything the engine loads on demand (load/lazy.ts says why), in one call for the entry
 * points: the parsers and schema validators, the check functions, and the code that checks a
 * system. They are imported side by side.
 */


const checker = (0,_load_lazy_js__WEBPACK_IMPORTED_MODULE_1__/* .onDemand */ .hd)('the system checker is', () => Promise.all(/* import() */[__nccwpck_require__.e(105), __nccwpck_require__.e(385), __nccwpck_require__.e(203)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8203)));
/** What checks systems (checking.ts), once loadEngine has run. */
const systemChecker = checker.get;
async function loadEngine() {
    await Promise.all([(0,_load_lazy_js__WEBPACK_IMPORTED_MODULE_1__/* .loadLibraries */ .k5)(), (0,_evaluate_check_functions_js__WEBPACK_IMPORTED_MODULE_0__/* .loadCheckFunctions */ .ae)(), checker.load()]);
}


/***/ }),

/***/ 9863:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Iy: () => (/* binding */ openRun),
/* harmony export */   Jh: () => (/* binding */ SENT),
/* harmony export */   K2: () => (/* binding */ NEXT),
/* harmony export */   iz: () => (/* binding */ toThreadError),
/* harmony export */   jQ: () => (/* binding */ heartbeat),
/* harmony export */   jf: () => (/* binding */ WINDOW),
/* harmony export */   q: () => (/* binding */ plainRun),
/* harmony export */   s0: () => (/* binding */ GATE_WORKER_ARG),
/* harmony export */   tk: () => (/* binding */ fromThreadError),
/* harmony export */   uU: () => (/* binding */ taken),
/* harmony export */   ye: () => (/* binding */ SYSTEM_WORKER_ARG)
/* harmony export */ });
/* harmony import */ var _evaluate_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9317);
/* harmony import */ var _fs_git_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4323);
/* harmony import */ var _fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(654);



/**
 * The argument a system worker is started with (the Worker's argv): the entry point looks for it
 * before it loads node:worker_threads to read its boot data, so the CLI's start-up need not.
 */
const SYSTEM_WORKER_ARG = '--modelgate-system-worker';
/** The argument the gate's own thread is started with (gate-thread.ts), for the same reason. */
const GATE_WORKER_ARG = '--modelgate-gate-worker';
function toThreadError(error) {
    return error instanceof Error ? { message: error.message, ...(error.stack ? { stack: error.stack } : {}) } : { message: String(error) };
}
/** The error a thread sent, as an Error of this thread; `context` goes before its message. */
function fromThreadError(sent, context = '') {
    const error = new Error(`${context}${sent.message}`);
    if (sent.stack)
        error.stack = sent.stack;
    return error;
}
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
        logAsked: run.logAsked === true,
        noBase: run.noBase,
        ...(run.base ? { baseCommit: run.base.commit } : {}),
        ...(run.baseMoved ? { baseMoved: [...run.baseMoved] } : {}),
        ...(run.manifestsComplete ? { manifestsComplete: true } : {}),
        ...(run.modelFiles ? { modelFiles: run.modelFiles } : {}),
        ...(run.discoveredModelFiles ? { discoveredModelFiles: run.discoveredModelFiles } : {}),
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
        logAsked: plain.logAsked,
        ...(plain.baseCommit ? { base: _fs_git_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .GitTreeSource */ .kQ.open(repo.root, plain.baseCommit, plain.maxFileBytes) } : {}),
        ...(plain.baseMoved ? { baseMoved: new Map(plain.baseMoved) } : {}),
        ...(plain.manifestsComplete ? { manifestsComplete: true } : {}),
        ...(plain.modelFiles ? { modelFiles: plain.modelFiles } : {}),
        ...(plain.discoveredModelFiles ? { discoveredModelFiles: plain.discoveredModelFiles } : {}),
    };
}


/***/ }),

/***/ 6334:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mo: () => (/* binding */ workerCount),
/* harmony export */   OE: () => (/* binding */ YOUNG_GENERATION_MB),
/* harmony export */   vd: () => (/* binding */ threadsFor)
/* harmony export */ });
/* unused harmony export MIN_SYSTEMS_PER_WORKER */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/** How many threads check systems (pool.ts runs them). */

/**
 * The young generation of every thread modelgate starts to check systems (the system workers,
 * and the Action's gate thread). Each system's documents die young, so a larger one checks no
 * faster, but V8 grows it as far as it may: about 48 MB a thread on Node 20, and on Node 24 (the
 * Action's runtime) 134 MB, which put a 5,000-system run at 390 MB for the CLI and 470 MB for the
 * Action, against 223 MB and 304 MB on Node 20. Only a thread's creator can set it: the CLI's
 * main thread keeps V8's default.
 */
const YOUNG_GENERATION_MB = 16;
/** Below this many systems per thread, starting a thread costs more than it saves. */
const MIN_SYSTEMS_PER_WORKER = 24;
/** Threads that check systems, this one included: `jobs` if given, else one per core (at most 4). */
function threadsFor(jobs) {
    return jobs ?? Math.min(node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism(), 4);
}
/**
 * How many worker threads to start besides this one, out of threadsFor(`jobs`); none for small
 * runs.
 */
function workerCount(systems, jobs) {
    const threads = threadsFor(jobs);
    if (threads < 2 || systems < MIN_SYSTEMS_PER_WORKER * 2)
        return 0;
    return Math.min(threads, Math.floor(systems / MIN_SYSTEMS_PER_WORKER)) - 1;
}


/***/ }),

/***/ 2032:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LW: () => (/* binding */ ownedBy),
/* harmony export */   R7: () => (/* binding */ unownedModelFiles),
/* harmony export */   RR: () => (/* binding */ artifactsOutside),
/* harmony export */   Ui: () => (/* binding */ modelFilesByCardFolder)
/* harmony export */ });
/* unused harmony exports isCheckpointOrPackedModel, cardFolderOf */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var _discover_discover_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1855);
/* harmony import */ var _load_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(872);
/**
 * Models nobody registered: a model card no ai-system.yaml cites, and model files no system
 * owns. No rule can check a model that no manifest describes, so a pull request that adds one
 * beside the registered systems must not pass unseen (red team: a folder with a pickle that ran
 * `os.system` on load, and no card, passed as "0 systems").
 */



/** Whether `folder` or a folder above it (the root included) is one of `folders`. */
function ownedBy(folder, folders) {
    for (let at = folder;; at = (0,_discover_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .folderOf */ .yS)(at)) {
        if (folders.has(at))
            return true;
        if (at === '')
            return false;
    }
}
/** PyTorch's checkpoint extensions, which torch.load unpickles, whatever the name says. */
const CHECKPOINT = /\.(?:pt|pth|ckpt)$/i;
/** A compression suffix on a pickle (joblib writes model.pkl.gz, model.joblib.xz). */
const COMPRESSED = /\.(?:gz|bz2|xz|lzma|z|zst)$/i;
/**
 * A file no name check calls a model's that is one all the same: a PyTorch checkpoint by any name
 * (yolov8n.pt, resnet50.pth), or a model's pickle compressed (model.pkl.gz). Other pickles by
 * other names may be data (features.pkl) and are left to the security rules of a system's folder.
 */
function isCheckpointOrPackedModel(name) {
    return CHECKPOINT.test(name) || (COMPRESSED.test(name) && (0,_discover_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .isModelFile */ .ic)(name.replace(COMPRESSED, '')));
}
/** How far above a model's files a card may be and still be theirs (a card over weights/ or checkpoints/final/). */
const MODEL_FILE_LEVELS = 2;
/** Folders a model's own files are kept in; `models/fraud/` is another model, not a part of this one. */
const ARTIFACT_FOLDER = /^(?:weights?|checkpoints?|checkpoint-\d+|ckpts?|onnx|gguf|exports?|exported|artifacts?|saved_model|final|best|latest|outputs?|fp16|fp32|bf16|int[48]|quantized|variables)$/i;
/**
 * The folder of the card candidate that claims `file`: its own folder, or one up to
 * MODEL_FILE_LEVELS above through folders a model's files are kept in (weights/,
 * checkpoints/final/), never past a folder with a manifest (a system's weights are its own,
 * wherever its card is). Undefined when no card is near.
 */
function cardFolderOf(file, cardFolders, manifestFolders) {
    let at = (0,_discover_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .folderOf */ .yS)(file);
    for (let level = 0; level <= MODEL_FILE_LEVELS; level++) {
        if (cardFolders.has(at))
            return at;
        if (manifestFolders.has(at) || at === '' || !ARTIFACT_FOLDER.test(at.slice(at.lastIndexOf('/') + 1)))
            return undefined;
        at = (0,_discover_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .folderOf */ .yS)(at);
    }
    return undefined;
}
/**
 * Each card folder's model file (cardFolderOf): a README over `weights/model.safetensors`
 * describes those weights as one beside them does; a project README over `models/m/` does not.
 * The value is the first file by path, relative to the card's folder.
 */
function modelFilesByCardFolder(modelFiles, cardFolders, manifestFolders) {
    const claimed = new Map();
    for (const file of Object.values(modelFiles).sort()) {
        const at = cardFolderOf(file, cardFolders, manifestFolders);
        if (at !== undefined && !claimed.has(at))
            claimed.set(at, at === '' ? file : file.slice(at.length + 1));
    }
    return claimed;
}
/**
 * The repository-relative paths of the files a manifest lists under artifacts outside its own
 * folder (a service that ships `../../ml/models/risk/model.safetensors`): the system owns the
 * model files in their folders (not below them). A URL (a registry's `models:/name/4`, `s3://…`) or a path out of
 * the repository names no folder here.
 */
function artifactsOutside(manifest) {
    const outside = [];
    for (const { path: written } of (0,_load_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .declaredArtifacts */ .G9)(manifest.data)) {
        if (/^[a-z][a-z\d+.-]*:/i.test(written) || node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(written))
            continue;
        const rel = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(manifest.dir, written));
        if (rel === '..' || rel.startsWith('../'))
            continue;
        if (manifest.dir === '' || rel.startsWith(`${manifest.dir}/`))
            continue;
        outside.push(rel);
    }
    return outside;
}
/**
 * The model files (one for each folder that holds any, Discovery.modelFiles, and checkpoints
 * found by isCheckpointOrPackedModel) that no system owns: not in or below a manifest's folder or
 * a cited card's folder, not in the folder of a file a system lists under artifacts (that folder
 * itself, not the repository's root), and not near a card reported as a model's (`cardFolders`;
 * a dataset card or a project README claims nothing). `datasetCardFolders`: the folders of the
 * dataset cards read. Sorted.
 */
function unownedModelFiles(modelFiles, pickleFiles, source, owners) {
    const { manifestFolders, cardFolders, datasetCardFolders, citedCardFolders, artifactFolders } = owners;
    // A folder with no file named as a model's, and no dataset card to say it holds data (a
    // dataset's tensors, embeddings.pt), may hold a checkpoint by another name (yolov8n.pt,
    // resnet50.pth) or a model's compressed pickle (model.pkl.gz): looked for in its listing. Any
    // README is not enough (review: "# Detector" beside yolov8n.pt hid it).
    const files = { ...Object.fromEntries(Object.entries(pickleFiles).flatMap(([folder]) => {
            if (modelFiles[folder] !== undefined || datasetCardFolders.has(folder))
                return [];
            const listed = source.filesIn(folder);
            const name = Array.isArray(listed) ? listed.find(isCheckpointOrPackedModel) : undefined;
            return name === undefined ? [] : [[folder, folder === '' ? name : `${folder}/${name}`]];
        })), ...modelFiles };
    const unowned = [];
    for (const file of Object.values(files)) {
        const folder = (0,_discover_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .folderOf */ .yS)(file);
        // A listed file's own folder only, never below it or the root: a PR listing `../LICENSE` as an
        // artifact would otherwise own every model in the repository (review).
        if (ownedBy(folder, manifestFolders) || ownedBy(folder, citedCardFolders) || (folder !== '' && artifactFolders.has(folder)))
            continue;
        if (cardFolderOf(file, cardFolders, manifestFolders) !== undefined)
            continue;
        unowned.push(file);
    }
    return unowned.sort();
}


/***/ }),

/***/ 8233:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  T9: () => (/* binding */ runSystemWorker),
  Nf: () => (/* binding */ setupOf),
  Yi: () => (/* binding */ systemWorkerBoot)
});

// EXTERNAL MODULE: ./build/engine/load.js
var load = __nccwpck_require__(6287);
;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
// EXTERNAL MODULE: ./build/engine/protocol.js
var protocol = __nccwpck_require__(9863);
;// CONCATENATED MODULE: ./build/engine/worker.js
/**
 * A system worker's side of the pool (pool.ts starts it; protocol.ts is what they say): rebuild
 * the run from the plain data it was sent, then take systems from the shared counter until none
 * is left, sending each check back.
 */



/**
 * This thread's boot data, if the pool started it (startSystemWorkers); else undefined. Only a
 * thread started with SYSTEM_WORKER_ARG loads node:worker_threads to read it, so the CLI's
 * start-up does not (it was a thirtieth of it); an argument typed on the command line is not
 * enough.
 */
async function systemWorkerBoot() {
    if (!process.argv.includes(protocol/* SYSTEM_WORKER_ARG */.ye))
        return undefined;
    const { isMainThread, workerData } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 19));
    const boot = workerData;
    return !isMainThread && boot?.modelgateWorker && boot.port ? boot : undefined;
}
/** The setup the engine sends a started worker, once it knows the systems. */
async function setupOf(boot) {
    const [setup] = (await (0,external_node_events_namespaceObject.once)(boot.port, 'message'));
    return { ...setup, port: boot.port };
}
/** A worker's whole life. */
function runSystemWorker(setup) {
    const { counters, owners, lane, files } = setup;
    const { checkSystem, forgetSystem, packCheck } = (0,load/* systemChecker */.z)(); // the entry point awaited loadEngine
    const beat = () => {
        Atomics.add(counters, (0,protocol/* heartbeat */.jQ)(lane), 1);
        Atomics.notify(counters, protocol/* SENT */.Jh);
    };
    let sent = 0;
    const send = (message) => {
        setup.port.postMessage(message);
        sent++;
        Atomics.add(counters, protocol/* SENT */.Jh, 1);
        Atomics.notify(counters, protocol/* SENT */.Jh);
    };
    try {
        const run = { ...(0,protocol/* openRun */.Iy)(setup.run), manifests: files };
        beat();
        for (;;) {
            // Wait while the engine has not taken the last WINDOW results.
            for (let took = Atomics.load(counters, (0,protocol/* taken */.uU)(lane)); sent - took >= protocol/* WINDOW */.jf; took = Atomics.load(counters, (0,protocol/* taken */.uU)(lane))) {
                Atomics.wait(counters, (0,protocol/* taken */.uU)(lane), took, 1000);
            }
            const index = Atomics.add(counters, protocol/* NEXT */.K2, 1);
            if (index >= files.length)
                break;
            Atomics.store(owners, index, lane);
            beat();
            send({ index, check: packCheck(checkSystem(files[index], run)) });
            forgetSystem(run);
        }
    }
    catch (error) {
        send({ error: (0,protocol/* toThreadError */.iz)(error) });
    }
    setup.port.close();
}


/***/ }),

/***/ 150:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ checkFunctions),
/* harmony export */   ae: () => (/* binding */ loadCheckFunctions),
/* harmony export */   jZ: () => (/* binding */ CHECK_CATALOGUE)
/* harmony export */ });
/* harmony import */ var _load_lazy_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4759);
/**
 * The check functions, loaded on demand (load/lazy.ts): with every evidence kind's, they are a
 * third of the CLI's code, and a policy names them long before (or without ever) running one.
 * A compiled rule binds its function by name when it first runs (policy.ts).
 */

const functions = (0,_load_lazy_js__WEBPACK_IMPORTED_MODULE_0__/* .onDemand */ .hd)('the check functions are', () => Promise.all(/* import() */[__nccwpck_require__.e(105), __nccwpck_require__.e(385), __nccwpck_require__.e(7), __nccwpck_require__.e(487)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1487)));
const loadCheckFunctions = functions.load;
function checkFunctions() {
    return functions.get().CHECK_FUNCTIONS;
}
/** The names and option schemas a pack's own rules are checked against, read when one is. */
const CHECK_CATALOGUE = {
    get: (name) => checkFunctions().get(name),
    keys: () => checkFunctions().keys(),
};


/***/ }),

/***/ 9317:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C_: () => (/* binding */ compilePolicy),
  tb: () => (/* binding */ loadPolicy),
  KV: () => (/* binding */ policyFor),
  zl: () => (/* binding */ policyForMoved)
});

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
// EXTERNAL MODULE: ./build/policy/path.js
var path = __nccwpck_require__(3612);
// EXTERNAL MODULE: ./build/fs/glob.js
var fs_glob = __nccwpck_require__(9646);
// EXTERNAL MODULE: ./build/text/closest.js
var closest = __nccwpck_require__(2665);
// EXTERNAL MODULE: ./build/load/source-doc.js
var source_doc = __nccwpck_require__(2431);
// EXTERNAL MODULE: ./build/types.js
var types = __nccwpck_require__(4853);
// EXTERNAL MODULE: ./build/policy/catalogue.js
var catalogue = __nccwpck_require__(114);
// EXTERNAL MODULE: ./build/policy/definition.js
var definition = __nccwpck_require__(8850);
// EXTERNAL MODULE: ./build/policy/frameworks.js
var frameworks = __nccwpck_require__(8578);
// EXTERNAL MODULE: ./build/policy/obligations.js + 2 modules
var obligations = __nccwpck_require__(6020);
// EXTERNAL MODULE: ./build/policy/sources.js + 1 modules
var sources = __nccwpck_require__(4807);
// EXTERNAL MODULE: ./build/policy/types.js
var policy_types = __nccwpck_require__(1842);
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
    const gathered = { packs: [], known: new Map((0,catalogue/* ruleCatalogue */.E)()), coverage: new Map(), timeline: obligations/* DEFAULT_TIMELINE */.yy, waivers: { ...DEFAULT_WAIVER_SETTINGS }, overrides: [], exclude: [], exclusions: {}, functions, keyAt: new Map() };
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
    return { packs, overrides, waivers, coverage, timeline, exclude: [...new Set(gathered.exclude)], exclusions, rules, byId: new Map(rules.map((r) => [r.id, r])), known, setAt, keyAt: gathered.keyAt };
}
/** A glob of the pack that picomatch could take minutes to match a path with is refused where it is written. */
function refuseGlob(glob, at) {
    const problem = (0,fs_glob/* globProblem */.AI)(glob);
    if (problem)
        throw new types/* UsageError */.eb(`glob ${(0,source_doc/* quoted */.TL)(glob)}: ${problem}`, at());
}
/** Records in `keyAt` where `pack` writes the settings a pull request's change can be about (policy/changes.ts). */
function noteKeys(pack, doc, display, keyAt) {
    if (pack.euAiAct !== undefined)
        keyAt.set((0,policy_types/* keyAtName */.y)('euAiAct'), (0,sources/* locateKey */.EM)(doc, display, ['euAiAct']));
    if (pack.waivers !== undefined)
        keyAt.set((0,policy_types/* keyAtName */.y)('waivers'), (0,sources/* locateKey */.EM)(doc, display, ['waivers']));
    if (pack.exclude !== undefined)
        keyAt.set((0,policy_types/* keyAtName */.y)('exclude'), (0,sources/* locateKey */.EM)(doc, display, ['exclude']));
    (pack.exclude ?? []).forEach((glob, i) => keyAt.set((0,policy_types/* keyAtName */.y)('exclude', glob), (0,sources/* locate */.x5)(doc, display, ['exclude', i])));
    if (pack.frameworks !== undefined)
        keyAt.set((0,policy_types/* keyAtName */.y)('frameworks'), (0,sources/* locateKey */.EM)(doc, display, ['frameworks']));
    for (const key of Object.keys(pack.frameworks ?? {}))
        keyAt.set((0,policy_types/* keyAtName */.y)('frameworks', key), (0,sources/* locateKey */.EM)(doc, display, ['frameworks', key]));
    if (pack.exclusions !== undefined)
        keyAt.set((0,policy_types/* keyAtName */.y)('exclusions'), (0,sources/* locateKey */.EM)(doc, display, ['exclusions']));
    for (const control of Object.keys(pack.exclusions?.iso42001 ?? {}))
        keyAt.set((0,policy_types/* keyAtName */.y)('exclusions', control), (0,sources/* locateKey */.EM)(doc, display, ['exclusions', 'iso42001', control]));
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
                const guess = (0,closest/* closest */.k)(id, [...known.keys()]);
                throw new types/* UsageError */.eb(`unknown rule "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}`, (0,sources/* locateKey */.EM)(doc, display, ['overrides', index, 'rules', id]));
            }
            if (rule.locked && (0,definition/* lowers */.Rr)(rule.severity, severity))
                throw new types/* UsageError */.eb(`rule ${id} is locked: an override cannot turn it off or lower it`, at);
        }
        override.files.forEach((glob, i) => refuseGlob(glob, () => (0,sources/* locate */.x5)(doc, display, ['overrides', index, 'files', i])));
        gathered.overrides.push({ files: override.files, rules: override.rules, definedIn: (0,sources/* locate */.x5)(doc, display, ['overrides', index]) });
    });
    // Where this pack writes each setting it has: after its parents', so the outermost pack's wins.
    // Only a repository's own packs: a pull request's change is shown in them, and locating in the
    // bundled ones would compose their positions on every run.
    if (!node.key.startsWith('bundled:') && !node.key.startsWith('remote:'))
        noteKeys(pack, doc, display, gathered.keyAt);
    // The AI Act timeline: the including pack wins, like everything else it sets.
    if (pack.euAiAct?.timeline)
        gathered.timeline = pack.euAiAct.timeline;
    // Waiver settings: the including pack wins, like everything else it sets.
    Object.assign(gathered.waivers, pack.waivers ?? {});
    // Exclusions add up along the chain: a pack can leave out more folders, never bring one back.
    (pack.exclude ?? []).forEach((glob, i) => refuseGlob(glob, () => (0,sources/* locate */.x5)(doc, display, ['exclude', i])));
    gathered.exclude.push(...(pack.exclude ?? []));
    // Control exclusions add up along the chain; the including pack's justification wins.
    for (const [control, justification] of Object.entries(pack.exclusions?.iso42001 ?? {})) {
        if (!(0,frameworks/* loadFrameworks */.AZ)().get('iso42001')?.controls.has(control)) {
            const guess = (0,closest/* closest */.k)(control, [...((0,frameworks/* loadFrameworks */.AZ)().get('iso42001')?.controls.keys() ?? [])]);
            throw new types/* UsageError */.eb(`"${control}" is not an ISO/IEC 42001 Annex A control${guess ? ` (did you mean "${guess}"?)` : ''}`, (0,sources/* locateKey */.EM)(doc, display, ['exclusions', 'iso42001', control]));
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
                const guess = (0,closest/* closest */.k)(id, [...known.keys()]);
                const hint = typeof raw === 'string' ? '' : '; a new rule needs "given" and "then"';
                throw new types/* UsageError */.eb(`unknown rule "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}${hint}`, (0,sources/* locateKey */.EM)(doc, display, ['rules', id]));
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

// EXTERNAL MODULE: ./build/evaluate/check-functions.js
var check_functions = __nccwpck_require__(150);
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
        givenSteps: (rule.given ?? []).map(path/* parseGiven */.pQ),
        checks: (rule.then ?? []).map((then) => {
            const check = {
                // Resolution checked every function name of a pack's rules (the catalogue's in the tests).
                // Taken when the rule first runs: the functions are loaded on demand (check-functions.ts).
                get fn() {
                    return (0,check_functions/* checkFunctions */.Cm)().get(then.function);
                },
                options: then.options ?? {},
            };
            if (then.field !== undefined)
                check.field = (0,path/* parseField */.cn)(then.field);
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
const mergedForMoves = new WeakMap();
/**
 * The policy for a system the pull request moved from `movedFrom` (its manifest at the base
 * commit) to `file`: each rule as strict as either path's overrides make it. A move under a
 * lenient per-path override would otherwise switch rules off before anyone approved the move;
 * the new path's overrides apply once it is merged, as the base's labels do (labels-kept).
 */
function policyForMoved(policy, file, movedFrom) {
    const here = policyFor(policy, file);
    if (movedFrom === undefined || movedFrom === file)
        return here;
    const there = policyFor(policy, movedFrom);
    if (there === here)
        return here;
    let byThere = mergedForMoves.get(here);
    if (!byThere)
        mergedForMoves.set(here, (byThere = new WeakMap()));
    const cached = byThere.get(there);
    if (cached)
        return cached;
    const byId = new Map(here.byId);
    for (const [id, rule] of there.byId) {
        const mine = byId.get(id);
        if (!mine || (0,types/* severityRank */.qs)(rule.severity) > (0,types/* severityRank */.qs)(mine.severity))
            byId.set(id, rule);
    }
    const rules = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    const merged = { ...here, rules, byId };
    byThere.set(there, merged);
    return merged;
}
/** Reads, resolves and compiles the policy `ref` names, in one step (on this thread). */
function loadPolicy(ref, options) {
    const tree = (0,sources/* readPackTree */.iq)(ref, options.files ?? (0,sources/* packFilesOnDisk */.RR)(options.baseDir), options.remote);
    return compilePolicy(resolvePolicy(tree, check_functions/* CHECK_CATALOGUE */.jZ));
}


/***/ }),

/***/ 1908:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ unlistedReason)
/* harmony export */ });
/**
 * The words evidence/own-system and the engine's comparison of shared reports (engine/gate.ts)
 * both say: kept apart from the check function, so the engine's bundle does not load it.
 */
/**
 * Why a report about the model files is not shared when `whose` ("this system", or the other
 * system's manifest) holds `unlisted`, a model file its artifacts do not list: it may serve other
 * weights than the report was made on.
 */
const unlistedReason = (unlisted, whose = 'this system') => `(systems that ship the same model files may share one, but a folder of ${whose} also holds ${unlisted}, which its artifacts do not list)`;


/***/ }),

/***/ 7261:
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

/***/ 4323:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qo: () => (/* binding */ headCommit),
/* harmony export */   kQ: () => (/* binding */ GitTreeSource)
/* harmony export */ });
/* unused harmony export isGitRef */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4853);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2596);
/* harmony import */ var _repo_fs_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(654);
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
    /** Each folder's files and folders (children()), built on first use. */
    childIndex;
    /** changedInWorkTree's answer once asked (null: git could not say). */
    changed;
    /** workTreeBlobId's answers. */
    hashed = new Map();
    /** attributesDiffer's answers. */
    attributes = new Map();
    /** submoduleFileChanged's listings, by submodule (null: git could not say). */
    submodules = new Map();
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
    static open(root, ref, maxFileBytes = _repo_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_MAX_FILE_BYTES */ .CR) {
        if (!isGitRef(ref))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`"${ref}" is not a git ref`);
        const verified = (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .git */ .s)(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
        if (verified.status !== 0) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`the base "${ref}" is not a commit in this repository (in a shallow clone, fetch it or use fetch-depth: 0)`);
        }
        const commit = verified.stdout.toString('utf8').trim();
        const listing = (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .git */ .s)(root, ['ls-tree', '-r', '-l', '-z', '--full-tree', commit]);
        if (listing.status !== 0)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`cannot list the files of ${commit}: ${listing.stderr.toString('utf8').trim()}`);
        const entries = new Map();
        const directories = new Set(['']);
        for (const record of listing.stdout.toString('utf8').split('\0')) {
            // "<mode> <type> <oid> <size>\t<path>"
            const match = record.match(/^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t(.+)$/s);
            // Blobs, and submodules (type commit, mode 160000), which hold the paths below them.
            if (!match || (match[2] !== 'blob' && match[2] !== 'commit'))
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
        const citation = (0,_repo_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .normaliseCitation */ .KM)(ref, fromDir);
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
                cached = blob.ok ? (0,_repo_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeText */ .g7)(rel, blob.bytes) : { ok: false, rel, problem: blob.problem };
            }
            this.texts.set(rel, cached);
        }
        return cached;
    }
    sha256(rel) {
        const problem = this.problemWith(rel);
        if (problem)
            return { ok: false, problem };
        const blob = this.blob(rel, _repo_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_MAX_HASH_BYTES */ .YT);
        return blob.ok ? { ok: true, hex: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(blob.bytes).digest('hex') } : blob;
    }
    bytesAt(rel, position, count) {
        const problem = this.problemWith(rel);
        if (problem)
            return { ok: false, problem };
        // git cat-file writes the whole blob (up to the checksum cap, as sha256 reads it): fine for the
        // documents a base is read for, not for model files, which nothing reads at a commit.
        const blob = this.blob(rel, _repo_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_MAX_HASH_BYTES */ .YT);
        return blob.ok ? { ok: true, bytes: blob.bytes.subarray(position, position + count), size: blob.bytes.length } : blob;
    }
    filesIn(relFolder, cap = _repo_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .FOLDER_FILES_CAP */ .i9) {
        if (!this.directories.has(relFolder))
            return undefined;
        const names = this.children().files.get(relFolder) ?? [];
        return names.length > cap ? _repo_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .TOO_MANY_FILES */ .rN : [...names].sort();
    }
    foldersIn(relFolder, cap = _repo_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .FOLDER_FILES_CAP */ .i9) {
        if (!this.directories.has(relFolder))
            return undefined;
        const names = this.children().folders.get(relFolder) ?? [];
        return names.length > cap ? _repo_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .TOO_MANY_FILES */ .rN : [...names].sort();
    }
    /**
     * Each folder's files (submodules aside) and folders by name, indexed once: a pattern's `**`
     * lists every folder, and scanning the whole tree for each was quadratic (review: 30,000
     * folders took 20 s).
     */
    children() {
        if (!this.childIndex) {
            const files = new Map();
            const folders = new Map();
            const add = (index, rel) => {
                const slash = rel.lastIndexOf('/');
                const parent = slash < 0 ? '' : rel.slice(0, slash);
                const list = index.get(parent);
                if (list)
                    list.push(rel.slice(slash + 1));
                else
                    index.set(parent, [rel.slice(slash + 1)]);
            };
            for (const [file, entry] of this.entries)
                if (entry.mode !== '160000')
                    add(files, file);
            for (const folder of this.directories)
                if (folder !== '')
                    add(folders, folder);
            this.childIndex = { files, folders };
        }
        return this.childIndex;
    }
    /**
     * The paths the working tree has changed since this commit (`git diff --name-only`, staged or
     * not, files and links, and the files not yet added), as git compares them: through its clean filters, so a line-ending
     * conversion or Git LFS content fetched in place of its pointer changes nothing, and from the
     * index's stat cache, so unchanged files are not read (a model file may be gigabytes).
     * Undefined where git cannot say. Asked once.
     */
    changedInWorkTree() {
        if (this.changed === undefined) {
            // A submodule whose commit moved (or whose tracked files changed) is named as its folder,
            // whatever `ignore` the pull request's .gitmodules sets for it; files a CI step left in one,
            // untracked, are no change of the model (review).
            const diff = (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .git */ .s)(this.root, ['-c', 'core.fsmonitor=false', 'diff', '--name-only', '--no-renames', '--ignore-submodules=untracked', '-z', this.commit, '--']);
            // Files not yet added are no part of the diff, but are new since the commit all the same.
            const untracked = (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .git */ .s)(this.root, ['-c', 'core.fsmonitor=false', 'ls-files', '--others', '--exclude-standard', '-z', '--full-name', '--', ':/']);
            this.changed = diff.status === 0 && untracked.status === 0 ? new Set(`${diff.stdout.toString('utf8')}\0${untracked.stdout.toString('utf8')}`.split('\0').filter((file) => file !== '')) : null;
        }
        return this.changed ?? undefined;
    }
    /**
     * Whether git gives `rel` other attributes in the working tree than at this commit (`git
     * check-attr -a`; the commit's read through a throwaway index of it, as git 2.39 has no
     * --source): a changed .gitattributes changes a file's checkout only if it changes the file's
     * attributes (third red team: `*.parquet filter=lfs` added made every model file changed).
     * Undefined when git cannot say. Asked only of a file a changed .gitattributes lies above.
     */
    attributesDiffer(rel) {
        if (!this.attributes.has(rel)) {
            const folder = node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir(), 'modelgate-attr-'));
            try {
                const index = { GIT_INDEX_FILE: node_path__WEBPACK_IMPORTED_MODULE_3__.join(folder, 'index') };
                const read = (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .git */ .s)(this.root, ['read-tree', this.commit], 1024 * 1024, index);
                const then = read.status === 0 ? (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .git */ .s)(this.root, ['check-attr', '--cached', '-a', '-z', '--', rel], 1024 * 1024, index) : undefined;
                const now = (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .git */ .s)(this.root, ['check-attr', '-a', '-z', '--', rel], 1024 * 1024);
                this.attributes.set(rel, then?.status === 0 && now.status === 0 ? !then.stdout.equals(now.stdout) : undefined);
            }
            finally {
                node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(folder, { recursive: true, force: true });
            }
        }
        return this.attributes.get(rel);
    }
    /**
     * Whether `rel`, a file in the submodule at `folder` whose commit moved since this one, is
     * another file in the working tree than in the submodule's commit here: changed, added or
     * untracked there since, as git in the submodule says (third red team: a bump that changed
     * only its README made every model file in it changed). Undefined when git cannot say: the
     * folder is no submodule here or now, or the submodule's checkout lacks that commit (a shallow
     * one), so the caller takes the file as changed.
     */
    submoduleFileChanged(folder, rel) {
        if (!this.submodules.has(folder))
            this.submodules.set(folder, this.submoduleListing(folder));
        const listing = this.submodules.get(folder);
        if (!listing || !rel.startsWith(`${folder}/`))
            return undefined;
        const inside = rel.slice(folder.length + 1);
        return listing.changed.has(inside) || !listing.held.has(inside);
    }
    /**
     * What changed in the submodule at `folder` since the commit this one records for it, and what
     * that commit held; null when git cannot say, or when `folder` is not a checkout git made.
     * Review: a pull request that put a folder laid out as a git directory (its config naming a
     * filter command) where the submodule was, or a link to one, had git run that command. So git
     * runs only on the submodule's own git directory, found through the `.git` file git writes in
     * its checkout and lying under this repository's .git/modules, named explicitly, with no
     * hooks, fsmonitor or external diff; nothing the pull request's tree holds can be that.
     */
    submoduleListing(folder) {
        const then = this.entries.get(folder);
        if (then?.mode !== '160000')
            return null;
        const gitDir = this.submoduleGitDir(folder);
        if (!gitDir)
            return null;
        const checkout = node_path__WEBPACK_IMPORTED_MODULE_3__.join(this.root, folder);
        const listed = (args) => {
            const run = (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .git */ .s)(checkout, ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '-c', 'safe.bareRepository=explicit', `--git-dir=${gitDir}`, `--work-tree=${checkout}`, ...args]);
            return run.status === 0 ? run.stdout.toString('utf8').split('\0').filter((file) => file !== '') : undefined;
        };
        const changed = listed(['diff', '--no-ext-diff', '--name-only', '-z', '--no-renames', '--ignore-submodules=none', then.oid, '--']);
        const untracked = listed(['ls-files', '--others', '--exclude-standard', '-z']);
        const held = listed(['ls-tree', '-r', '-z', '--name-only', then.oid]);
        if (!changed || !untracked || !held)
            return null;
        // A .gitattributes changed there may change a file's checkout while git compares it as the
        // same (review: `scorer.pt ident` added): then git there cannot say which files changed.
        if ([...changed, ...untracked].some((file) => /(?:^|\/)\.gitattributes$/.test(file)))
            return null;
        return { changed: new Set([...changed, ...untracked]), held: new Set(held) };
    }
    /**
     * The git directory of the submodule checked out at `folder`: the folder is a real folder (no
     * link on the way), its `.git` a file (which git writes, and no commit can hold) naming a
     * directory under this checkout's modules folder (.git/modules, or a linked worktree's).
     * Undefined otherwise.
     */
    submoduleGitDir(folder) {
        try {
            const root = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(this.root);
            const checkout = node_path__WEBPACK_IMPORTED_MODULE_3__.join(root, folder);
            if (node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(checkout) !== checkout || !node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync(checkout).isDirectory())
                return undefined;
            const dotGit = node_path__WEBPACK_IMPORTED_MODULE_3__.join(checkout, '.git');
            if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync(dotGit).isFile())
                return undefined;
            const named = /^gitdir: (.+)$/m.exec(node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(dotGit, 'utf8'))?.[1]?.trim();
            if (!named)
                return undefined;
            const gitDir = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(checkout, named));
            // Where git keeps this checkout's submodules: .git/modules, or a linked worktree's own (review).
            const where = (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .git */ .s)(root, ['rev-parse', '--path-format=absolute', '--git-path', 'modules']);
            if (where.status !== 0)
                return undefined;
            const modules = `${node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(where.stdout.toString('utf8').trim())}${node_path__WEBPACK_IMPORTED_MODULE_3__.sep}`;
            return gitDir.startsWith(modules) ? gitDir : undefined;
        }
        catch {
            return undefined;
        }
    }
    /** The id of the blob the commit holds at `rel`, if it holds one. */
    blobId(rel) {
        return this.entries.get(rel)?.oid;
    }
    /**
     * The id git would give the working tree's file at `rel` if it were added (`git hash-object`,
     * through the filters its attributes name: line endings, Git LFS); undefined when git cannot
     * say. git reads the file to hash it: asked only of a model file listed under a new path.
     */
    workTreeBlobId(rel) {
        // Asked again by each rule that judges a report of the model: git hashes a file once a run.
        if (!this.hashed.has(rel)) {
            const hashed = (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .git */ .s)(this.root, ['-c', 'core.fsmonitor=false', 'hash-object', '--', rel]);
            this.hashed.set(rel, hashed.status === 0 ? hashed.stdout.toString('utf8').trim() || undefined : undefined);
        }
        return this.hashed.get(rel);
    }
    problemWith(rel) {
        const entry = this.entries.get(rel);
        const where = `${rel} (at ${this.commit.slice(0, 12)})`;
        if (!entry) {
            if (this.directories.has(rel))
                return { kind: 'not-a-file', message: `${where} is a directory, not a file` };
            // Held, by another repository or through a link: not missing, or a file swapped in a
            // submodule (or behind a link to one) would pass as new.
            const above = this.entryAbove(rel);
            if (above?.mode === '160000')
                return { kind: 'not-a-file', message: `${where} lies in the submodule ${above.folder}, whose files are not read at a commit` };
            if (above?.mode === '120000')
                return { kind: 'symlink-outside', message: `${where} lies under the symbolic link ${above.folder}, which is not followed in the base commit` };
            return { kind: 'missing', message: `${where} does not exist` };
        }
        if (entry.mode === '120000')
            return { kind: 'symlink-outside', message: `${where} is a symbolic link, which is not followed in the base commit` };
        if (entry.mode === '160000')
            return { kind: 'not-a-file', message: `${where} is a submodule, not a file` };
        return undefined;
    }
    /** A submodule (a gitlink) or a link in place of a folder above `rel`, if there is one. */
    entryAbove(rel) {
        for (let end = rel.indexOf('/'); end > 0; end = rel.indexOf('/', end + 1)) {
            const mode = this.entries.get(rel.slice(0, end))?.mode;
            if (mode === '160000' || mode === '120000')
                return { folder: rel.slice(0, end), mode };
        }
        return undefined;
    }
    blob(rel, cap) {
        const entry = this.entries.get(rel);
        if (entry.size > cap)
            return { ok: false, problem: tooLarge(rel, entry.size, cap) };
        const result = (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .git */ .s)(this.root, ['cat-file', 'blob', entry.oid], cap + 1024);
        if (result.status !== 0)
            return { ok: false, problem: { kind: 'unreadable', message: `${rel} cannot be read from ${this.commit.slice(0, 12)}` } };
        return { ok: true, bytes: result.stdout };
    }
}
function tooLarge(rel, size, cap) {
    return { kind: 'too-large', message: `${rel} is ${(0,_repo_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .formatBytes */ .z3)(size)}, over the ${(0,_repo_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .formatBytes */ .z3)(cap)} limit (max-file-size)` };
}
/**
 * The commit checked out at `root`, for provenance: HEAD when `root` lies in a git work tree,
 * with whether tracked files differ from it; else none, and why.
 */
function headCommit(root) {
    const inside = (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .git */ .s)(root, ['rev-parse', '--is-inside-work-tree']);
    if (inside.status !== 0 || inside.stdout.toString('utf8').trim() !== 'true')
        return { commit: null, source: 'the root is not in a git work tree' };
    const head = (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .git */ .s)(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    const commit = head.stdout.toString('utf8').trim();
    if (head.status !== 0 || !/^[0-9a-f]{40,64}$/.test(commit))
        return { commit: null, source: 'the git work tree has no commit yet' };
    const status = (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .git */ .s)(root, ['status', '--porcelain', '--untracked-files=no', '-z']);
    const changed = status.status === 0 && status.stdout.length > 0;
    return { commit, source: changed ? 'git HEAD (tracked files have uncommitted changes: the file digests say what was read)' : 'git HEAD' };
}


/***/ }),

/***/ 2596:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  s: () => (/* binding */ git),
  $: () => (/* binding */ gitAsync)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./build/fs/git.js
/** git run in a repository: read-only, never prompting, never running hooks or pagers. */

/** git in `root`, reading objects only: no prompt, hook or pager. */
function git(root, args, maxBuffer = 256 * 1024 * 1024, env = {}) {
    return (0,external_node_child_process_namespaceObject.spawnSync)('git', args, { cwd: root, maxBuffer, env: { ...GIT_ENV(), ...env }, windowsHide: true });
}
// Never prompt, never run hooks or pagers; read objects only.
const GIT_ENV = () => ({ ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' });
/**
 * As git, in another process while this one goes on; settles when git exits, never rejects.
 * Output past `maxBuffer` kills git and counts as a failure (status null), as spawnSync does.
 */
function gitAsync(root, args, maxBuffer) {
    return new Promise((resolve) => {
        const chunks = [];
        let bytes = 0;
        let child;
        try {
            child = (0,external_node_child_process_namespaceObject.spawn)('git', args, { cwd: root, env: GIT_ENV(), windowsHide: true, stdio: ['ignore', 'pipe', 'ignore'] });
        }
        catch {
            resolve({ status: null, stdout: null });
            return;
        }
        child.stdout?.on('data', (chunk) => {
            bytes += chunk.length;
            if (bytes > maxBuffer)
                child.kill();
            else
                chunks.push(chunk);
        });
        child.on('error', () => resolve({ status: null, stdout: null })); // git not installed
        child.on('close', (status) => resolve({ status: bytes > maxBuffer ? null : status, stdout: Buffer.concat(chunks) }));
    });
}


/***/ }),

/***/ 9646:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem)
/* harmony export */ });
/* unused harmony exports MAX_WILDCARDS_PER_SEGMENT, MAX_WILDCARDS, MAX_GLOB_LENGTH, MAX_GLOBSTARS */
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
const MAX_WILDCARDS_PER_SEGMENT = 2;
/** Wildcards in one glob. */
const MAX_WILDCARDS = 4;
/** Characters in one glob. */
const MAX_GLOB_LENGTH = 500;
/**
 * `**` runs in one glob. Each matches across folders, so a failing match tries every way of
 * sharing the path's folders among them: time grows as the path's depth to the power of their
 * number (three, around two folder names, took 46 s on one path 800 folders deep). Two, one
 * before a folder name and one after it, is all real globs use.
 */
const MAX_GLOBSTARS = 2;
/** Why `glob` is refused, or undefined when it is one modelgate matches. */
function globProblem(glob) {
    if (glob.length > MAX_GLOB_LENGTH)
        return `the glob is ${glob.length.toLocaleString('en-US')} characters long; at most ${MAX_GLOB_LENGTH} are allowed`;
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
        if (c === '}' && depth > 0)
            depth--;
        if (c === '/' && depth === 0) {
            segment = 0;
            continue;
        }
        if (c === '{')
            depth++;
        if (c === '*') {
            if (glob[i + 1] === '*')
                globstars++;
            while (glob[i + 1] === '*')
                i++;
        }
        else if (c !== '{')
            continue;
        total++;
        segment++;
        worstSegment = Math.max(worstSegment, segment);
    }
    const why = 'more make matching a path take time that grows as a power of its length';
    if (worstSegment > MAX_WILDCARDS_PER_SEGMENT)
        return `the glob has ${worstSegment} wildcards (* runs and {…} groups) between two "/"; at most ${MAX_WILDCARDS_PER_SEGMENT} are allowed, as ${why}`;
    if (total > MAX_WILDCARDS)
        return `the glob has ${total} wildcards (* runs and {…} groups); at most ${MAX_WILDCARDS} are allowed, as ${why}`;
    if (globstars > MAX_GLOBSTARS)
        return `the glob has ${globstars} "**"; at most ${MAX_GLOBSTARS} are allowed, as each matches across folders and more make matching a path take time that grows as a power of its depth`;
    return undefined;
}


/***/ }),

/***/ 3693:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ replaceWithText),
/* harmony export */   FY: () => (/* binding */ entryKind),
/* harmony export */   Hn: () => (/* binding */ repositoryRoot),
/* harmony export */   Kv: () => (/* binding */ inGitFolder),
/* harmony export */   OX: () => (/* binding */ trackedFileCount),
/* harmony export */   PJ: () => (/* binding */ isLink),
/* harmony export */   S8: () => (/* binding */ dirEntries),
/* harmony export */   TY: () => (/* binding */ linkedFolderOnTheWay),
/* harmony export */   UE: () => (/* binding */ inGitData),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   XF: () => (/* binding */ readLink),
/* harmony export */   Ye: () => (/* binding */ realPath),
/* harmony export */   aV: () => (/* binding */ dirEntriesConcurrently),
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
/** What `file` itself is (a link is a link); undefined when it is not there. */
function entryKind(file) {
    try {
        const entry = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(file);
        return entry.isDirectory() ? 'folder' : entry.isSymbolicLink() ? 'link' : entry.isFile() ? 'file' : 'special';
    }
    catch {
        return undefined;
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
/** Whether `file` is `folder` or lies below it, as written (`path.relative` neither climbs out nor changes drive). */
function isWithin(folder, file) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(folder, file);
    return !relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(relative);
}
/** A path with its links resolved, or as given when it cannot be. */
function realPath(file) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(file);
    }
    catch {
        return file;
    }
}
/**
 * Whether `target` lies in git's own data under `root`: a .git segment (in any case) on the way
 * as written, or once links are resolved.
 */
function inGitFolder(root, target) {
    return inGitData(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, target)) || inGitData(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(realPath(root), realPath(target)));
}
/**
 * Whether a relative path (separated by / or the platform's separator) is in git's own data: a
 * `.git` folder (or a worktree's `.git` file) anywhere on the way, under any name a runner's file
 * system reads as `.git` (isGitName). None of it is the repository's content, and `.git/config`
 * holds the credentials actions/checkout leaves for the job.
 */
function inGitData(rel) {
    // Most paths hold no "git" at all: one test, not a split.
    return MAY_NAME_GIT.test(rel) && rel.split(/[\\/]/).some(isGitName);
}
/** Code points HFS+ leaves out of names (git's is_hfs_dotgit), so `.g\u200cit` is `.git` on a Mac. */
const HFS_IGNORED = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g;
const MAY_NAME_GIT = /g[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]*i[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]*t/i;
/**
 * Whether one path segment names `.git` on some runner's file system, as git's own checks
 * (is_ntfs_dotgit, is_hfs_dotgit) read them: in any case (Windows and macOS ignore it), with the
 * code points HFS+ ignores left out, without an NTFS stream (`.git::$INDEX_ALLOCATION` is the
 * folder) or the trailing dots and spaces Windows drops (`.git.`), or as its 8.3 short name
 * `git~1`. Git refuses to check such names out, so refusing them costs a repository nothing.
 */
function isGitName(segment) {
    let name = segment.replace(HFS_IGNORED, '').toLowerCase();
    if (!name.includes('git'))
        return false;
    const stream = name.indexOf(':');
    if (stream >= 0)
        name = name.slice(0, stream);
    let end = name.length;
    while (end > 0 && (name[end - 1] === '.' || name[end - 1] === ' '))
        end--;
    name = name.slice(0, end);
    return name === '.git' || name === 'git~1';
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
/**
 * The entries of many folders under `root`, read `concurrency` at a time on libuv's thread pool:
 * `next` gives the next folder (relative to `root`) to read, undefined when none is waiting yet;
 * `take` gets each folder's entries (undefined when it cannot be read) and may make more folders
 * wait. Resolves once no folder is being read or waiting. On a cold disk cache a walk waits on
 * one read after another; reading several at once overlaps the waits (14,000 folders: 0.6 s
 * against 1.1 s one by one; the same with the cache warm).
 */
function dirEntriesConcurrently(root, next, take, concurrency) {
    return new Promise((resolve, reject) => {
        let reading = 0;
        const pump = () => {
            for (let rel = reading < concurrency ? next() : undefined; rel !== undefined; rel = reading < concurrency ? next() : undefined) {
                const folder = rel;
                reading++;
                node_fs__WEBPACK_IMPORTED_MODULE_0__.readdir(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, folder), { withFileTypes: true }, (error, entries) => {
                    reading--;
                    try {
                        take(folder, error ? undefined : entries);
                        pump();
                    }
                    catch (thrown) {
                        reject(thrown);
                    }
                });
            }
            if (reading === 0)
                resolve();
        };
        pump();
    });
}
/** `file` read as UTF-8 text. Throws as readFile does. */
function readText(file) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
}
/** Writes `text` to `file`, replacing it; its folder must exist. Throws as writeFile does. */
function writeText(file, text) {
    fs.writeFileSync(file, text);
}
/** Writes to `file`, replacing it and making its folders, 64 KB at a time as `produce` gives it (output too large for one string). */
function writeTextInChunks(file, produce) {
    // As ESLint's --output-file does: a report folder (reports/, out/) need not exist yet.
    node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
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
/**
 * How many files git tracks under `root`, read from its index's header (the signature `DIRC`, a
 * version, then the entry count: git's Documentation/gitformat-index.txt); undefined when
 * `root/.git` is not a folder holding an index (a worktree, no git, another format). Twelve
 * bytes, so a caller can tell a large repository before listing it. Neither `.git` nor its
 * index is followed as a link, and an index that is not a regular file (a FIFO) is not read:
 * nothing outside the root is opened, and nothing waits.
 */
function trackedFileCount(root) {
    let fd;
    try {
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(`${root}/.git`).isDirectory())
            return undefined;
        fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(`${root}/.git/index`, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd).isFile())
            return undefined;
        const header = Buffer.alloc(12);
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, header, 0, 12, 0) !== 12 || header.toString('latin1', 0, 4) !== 'DIRC')
            return undefined;
        return header.readUInt32BE(8);
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
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

/***/ 654:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   CR: () => (/* binding */ DEFAULT_MAX_FILE_BYTES),
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   GB: () => (/* binding */ RepoFs),
/* harmony export */   KM: () => (/* binding */ normaliseCitation),
/* harmony export */   YT: () => (/* binding */ DEFAULT_MAX_HASH_BYTES),
/* harmony export */   Z6: () => (/* binding */ citedPath),
/* harmony export */   b2: () => (/* binding */ isMissing),
/* harmony export */   g7: () => (/* binding */ decodeText),
/* harmony export */   i9: () => (/* binding */ FOLDER_FILES_CAP),
/* harmony export */   l_: () => (/* binding */ isLocalUriOutside),
/* harmony export */   nh: () => (/* binding */ isUri),
/* harmony export */   rN: () => (/* binding */ TOO_MANY_FILES),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var _text_closest_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(2665);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4853);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2596);
/* harmony import */ var _local_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3693);
/**
 * The only way modelgate reads files. Every path is resolved against the repository root and
 * refused when it is absolute, climbs out with `..`, or is (or passes through) a symbolic link
 * that leads outside the root. Only regular files are opened, never more than the size cap is
 * read, and binary or non-UTF-8 content is refused. A refusal is a value, not an exception, so
 * callers turn it into a finding at the line that cited the path.
 */







/** Whether `source` has nothing at `rel` (one too large, a folder or a link out is there, and cannot be read). */
function isMissing(source, rel) {
    const stat = source.statFile(rel);
    return !stat.ok && stat.problem.kind === 'missing';
}
/**
 * Whether a cited path is a URI (s3://, https://, hf://): a file kept elsewhere, not in this
 * repository. Two letters at least before the colon: "C:\\data" is a Windows path (refused as
 * absolute), not a URI. A local file's URI is no such file: it names a path on this machine,
 * and is read as that path (writtenPath; red team: `file:model/scorer.onnx`, a pickle, went
 * unread and its sha256 unchecked, as if kept in a registry).
 */
const isUri = (ref) => {
    const target = innermost(ref.trim());
    return /^[a-z][a-z0-9+.-]+:/i.test(target) && !isLocalUri(target);
};
/** fsspec's local file system answers to `file:` and `local:` (red team: `local:model/scorer.onnx`). */
const isLocalUri = (written) => /^(?:file|local):/i.test(written);
/**
 * The file an fsspec chain (`simplecache::model/x.onnx`, `zip://m.pkl::s3://b/m.zip`) opens: its
 * last link, the others fsspec's caches and archive readers. Only a chain that begins with one
 * of those is one: `x::model/a.pkl` is a file of that name, as open() and torch.load read it,
 * and `../.git::$INDEX_ALLOCATION` a Windows stream name, refused as a path.
 */
const innermost = (written) => /^(?:simplecache|filecache|blockcache|cached|zip|tar|libarchive|reference|dir)(?::\/\/[^:]*)?::/i.test(written) ? written.slice(written.lastIndexOf('::') + 2) : written;
/**
 * A citation as a path, where it is written as a local file's URI or an fsspec chain that ends in
 * one (`file:model/scorer.pkl` is `model/scorer.pkl`): what artifacts and the files a scan names
 * are compared by. As written otherwise.
 */
function citedPath(ref) {
    const written = writtenPath(ref);
    return written.ok ? written.path : ref.trim();
}
/**
 * Whether a citation is a local file's URI naming an absolute path (`file:///mnt/shared/x`): a
 * file on this machine, but no file of the repository unless it leads into the checkout, which
 * RepoFs.resolve refuses. Checksum rules take one as they take a URI, as before local URIs were read.
 */
function isLocalUriOutside(ref) {
    const cited = normaliseCitation(ref);
    return isLocalUri(innermost(ref.trim())) && !cited.ok && cited.problem.kind === 'absolute-path';
}
/**
 * The path a local file's URI names, as fsspec reads one: `file:rel`, `file:/abs`,
 * `file:///abs`, `file://localhost/abs`, and `file://a/b` as the relative `a/b` (a host other
 * than this one would be no file of the repository either way; read as relative, it is checked
 * if the repository holds it); the same with `local:`. Undefined for one with percent-escapes:
 * fsspec keeps them, MLflow decodes them, so which file it names depends on who reads it.
 */
function localUriPath(written) {
    let rest = written.slice(written.indexOf(':') + 1);
    if (rest.startsWith('//')) {
        const slash = rest.indexOf('/', 2);
        const host = rest.slice(2, slash < 0 ? rest.length : slash);
        rest = host === '' || host.toLowerCase() === 'localhost' ? (slash < 0 ? '/' : rest.slice(slash)) : rest.slice(2);
    }
    return /%[0-9a-f]{2}/i.test(rest) ? undefined : rest;
}
/** The path a citation writes (a local URI's path, backslashes as slashes), or why it writes none. */
function writtenPath(ref) {
    const target = innermost(ref.trim());
    if (!isLocalUri(target))
        return { ok: true, path: target.replace(/\\/g, '/') };
    const local = localUriPath(target);
    if (local === undefined)
        return { ok: false, problem: { kind: 'ambiguous-uri', message: `"${clip(ref.trim())}" has percent-escapes, which loaders read differently (fsspec keeps them, MLflow decodes them); write the path as it is` } };
    return { ok: true, path: local.replace(/\\/g, '/') };
}
/**
 * The repository-relative path a document's citation names, or why it cannot name one: empty,
 * absolute (POSIX or Windows), or climbing out of the root with "..". Backslashes count as
 * separators so manifests written on Windows still resolve.
 */
function normaliseCitation(ref, fromDir = '') {
    const written = ref.trim();
    if (written === '')
        return { ok: false, problem: { kind: 'empty-path', message: 'the path is empty' } };
    const cited = writtenPath(written);
    if (!cited.ok)
        return cited;
    const slashed = cited.path;
    if (slashed === '')
        return { ok: false, problem: { kind: 'empty-path', message: 'the path is empty' } };
    if (slashed.startsWith('/') || /^[A-Z]:\//i.test(slashed)) {
        return { ok: false, problem: { kind: 'absolute-path', message: `"${clip(written)}" is an absolute path; cite files relative to the manifest` } };
    }
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_2__.posix.join(fromDir || '.', slashed));
    if (rel === '..' || rel.startsWith('../')) {
        return { ok: false, problem: { kind: 'outside-root', message: `"${clip(written)}" leads outside the repository` } };
    }
    return { ok: true, rel: rel === '.' ? '' : rel };
}
function gitInternal(rel, throughLink = false) {
    return {
        kind: 'git-internal',
        message: `${clip(rel)} ${throughLink ? 'is a symbolic link (or lies under one) into' : 'is in'} git's own data (.git), not a file of the repository; nothing there is read`,
    };
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
/**
 * `rel`, plain names joined by '/', under the absolute folder `base`: path.join without the
 * normalisation it does not need (it was a tenth of resolving a file). Windows keeps path.join,
 * which also turns the separators.
 */
const underFolder = node_path__WEBPACK_IMPORTED_MODULE_2__.sep === '/' ? (base, rel) => (base.endsWith('/') ? base + rel : `${base}/${rel}`) : (base, rel) => node_path__WEBPACK_IMPORTED_MODULE_2__.join(base, rel);
/** The most entries a folder may hold to be searched for the name a missing path meant. */
const NEARBY_NAMES_CAP = 2000;
/**
 * How many edits a file or folder name may be from the one meant: one, or two when the name
 * before its extension has eight characters or more. Counted on the part before the extension,
 * where typos are ("report.md" is not a typo of "import.md", nor "outputs.yaml" of
 * "inputs.yaml"); a name past a hundred characters gets no suggestion.
 */
function typoLimit(name) {
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    return name.length > 100 ? -1 : stem.length >= 8 ? 2 : 1;
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
/** The most entries a folder may hold to be listed by filesIn (a model folder holds a handful). */
const FOLDER_FILES_CAP = 10_000;
/** What filesIn gives for a folder with more than its cap of entries: too many to list, which is not none. */
const TOO_MANY_FILES = 'too-many';
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
    /** The entry names of folders a missing path was looked for in (see nearbyPath). */
    namesCache = new Map();
    /** What is left, for the current system, of the work suggestions may take (nearestName, namesIn). */
    suggestions = new _text_closest_js__WEBPACK_IMPORTED_MODULE_6__/* .SuggestionBudget */ .C();
    /** The submodule paths .gitmodules names, read once (see submoduleAbove). */
    submodules;
    /** Whether opened files are checked by the name the system gives them (see openResolved). */
    procFd;
    /** SHA-256 of each file read since startReadLog (see there); undefined when not logging. */
    readLog;
    /** Every path asked about since startAskedLog (see there); undefined when not logging. */
    askedLog;
    /**
     * @param options.procFd  check opened files through /proc/self/fd (default: where there is
     *   one); false resolves each path afresh before opening it, as on macOS and Windows
     */
    constructor(root, options = {}) {
        this.root = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(root));
        this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
        this.procFd = options.procFd ?? HAS_PROC_FD;
    }
    /**
     * The submodule a path lies in, as the root's .gitmodules names them: what a checkout with
     * submodules fills in, so a path there that is missing is one this checkout left out (red
     * team: a pickle in a submodule the gate's checkout did not fetch passed, known by its name).
     * git reads the file, once a run, and only when it is there.
     */
    submoduleAbove(rel) {
        if (this.submodules === undefined) {
            this.submodules = [];
            // Read by git as a file of the repository is: a regular file inside it, within max-file-size.
            if (this.statFile('.gitmodules').ok) {
                const listed = (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .s)(this.root, ['config', '--file', '.gitmodules', '--null', '--get-regexp', '^submodule\\..*\\.path$'], 1024 * 1024);
                if (listed.status === 0) {
                    // "<key>\n<value>\0" per entry
                    const paths = listed.stdout.toString('utf8').split('\0').map((record) => record.slice(record.indexOf('\n') + 1));
                    this.submodules = paths.map((written) => node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(`${written.trim()}/`).slice(0, -1)).filter((sub) => sub !== '' && sub !== '.');
                }
            }
        }
        return this.submodules.find((sub) => rel === sub || rel.startsWith(`${sub}/`));
    }
    /** Repository-relative form of an absolute path inside the root. */
    relative(abs) {
        return node_path__WEBPACK_IMPORTED_MODULE_2__.relative(this.root, abs).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
    }
    /** Whether an absolute path leads into the working tree, as written or through links on its way. */
    leadsInto(abs) {
        if (!node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(abs))
            return false;
        const inside = (real) => {
            const rel = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(this.root, real);
            return rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && !node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(rel);
        };
        if (inside(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(abs)))
            return true;
        try {
            return inside(node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(abs));
        }
        catch {
            return false; // nothing there: no file of this repository
        }
    }
    /**
     * Resolves `ref` as written in a document in `fromDir` (repo-relative). Backslashes are
     * treated as separators so manifests written on Windows still resolve.
     */
    resolve(ref, fromDir = '') {
        const citation = normaliseCitation(ref, fromDir);
        if (citation.ok)
            return this.resolveRel(citation.rel);
        // Not a file kept elsewhere, as other absolute paths are taken to be (red team: the
        // checkout's own pickle, cited as /home/runner/work/..., went unread).
        const written = writtenPath(ref);
        if (citation.problem.kind === 'absolute-path' && written.ok && this.leadsInto(written.path)) {
            return { ok: false, problem: { kind: 'absolute-into-repository', message: `"${clip(ref.trim())}" is an absolute path into this repository; cite the file relative to the manifest, for modelgate to read it` } };
        }
        return citation;
    }
    /** Resolves a repository-relative path that is already normalised. */
    resolveRel(rel) {
        this.askedLog?.add(rel);
        let resolved = this.resolveCache.get(rel);
        if (!resolved) {
            resolved = this.resolveUncached(rel);
            this.resolveCache.set(rel, resolved);
        }
        return resolved;
    }
    resolveUncached(rel) {
        if ((0,_local_js__WEBPACK_IMPORTED_MODULE_5__/* .inGitData */ .UE)(rel))
            return { ok: false, rel, problem: gitInternal(rel) };
        // The common case, a plain file in a folder already resolved, costs one lstat instead of a
        // realpath (a readlink per folder on the way). Links, `..`, a trailing slash and every error
        // take the full path.
        const slash = rel.lastIndexOf('/');
        const name = rel.slice(slash + 1);
        const folder = !isPlainName(name) ? undefined : slash < 0 ? this.root : this.realFolder(rel.slice(0, slash));
        if (folder !== undefined) {
            // Every part of the path is a plain name here (realFolder resolves no other).
            const abs = underFolder(folder, name);
            // A linked folder on the way may lead into .git (the real folder differs from the written one).
            if (folder !== (slash < 0 ? this.root : underFolder(this.root, rel.slice(0, slash))) && (0,_local_js__WEBPACK_IMPORTED_MODULE_5__/* .inGitData */ .UE)(this.relative(abs))) {
                return { ok: false, rel, problem: gitInternal(rel, true) };
            }
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
        if ((0,_local_js__WEBPACK_IMPORTED_MODULE_5__/* .inGitData */ .UE)(this.relative(real)))
            return { ok: false, rel, problem: gitInternal(rel, true) };
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
            const candidate = underFolder(parent, name);
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
        this.askedLog?.add(rel);
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
        this.askedLog?.add(rel);
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
     * From now on, note every repository path asked about (resolved, stated, read or hashed),
     * found or not: what a system's check depends on, for the changed-files scope. A missing file
     * counts, since adding it would change the check.
     */
    startAskedLog() {
        this.askedLog = new Set();
    }
    /** Notes a path as asked about where its answer came from elsewhere (a cache of the caller's). */
    noteAsked(rel) {
        this.askedLog?.add(rel);
    }
    /** The paths asked about since startAskedLog, in the order first asked; stops noting them. */
    takeAskedLog() {
        const asked = [...(this.askedLog ?? [])];
        this.askedLog = undefined;
        return asked;
    }
    /**
     * SHA-256 of a repository-relative file, read in chunks so data files larger than the text cap
     * can be verified (up to `maxHashBytes`).
     */
    sha256(rel, maxHashBytes = DEFAULT_MAX_HASH_BYTES) {
        return this.withOpenFile(rel, (fd, stat) => {
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
        });
    }
    bytesAt(rel, position, count) {
        return this.withOpenFile(rel, (fd, stat) => {
            const bytes = Buffer.alloc(Math.max(0, Math.min(count, stat.size - position)));
            let filled = 0;
            while (filled < bytes.length) {
                const read = node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync(fd, bytes, filled, bytes.length - filled, position + filled);
                if (read === 0)
                    break;
                filled += read;
            }
            return { ok: true, bytes: bytes.subarray(0, filled), size: stat.size };
        });
    }
    /** Opens a repository file (openResolved), runs `use` on it if it is a regular file, and closes it; a problem where it cannot. */
    withOpenFile(rel, use) {
        this.askedLog?.add(rel);
        const opened = this.openResolved(rel);
        if (!opened.ok)
            return opened;
        const fd = opened.fd;
        try {
            const stat = node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync(fd);
            if (!stat.isFile())
                return { ok: false, problem: { kind: 'not-a-file', message: `${rel} is not a regular file` } };
            return use(fd, stat);
        }
        catch (error) {
            return { ok: false, problem: this.openProblem(rel, error) };
        }
        finally {
            node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(fd);
        }
    }
    filesIn(relFolder, cap = FOLDER_FILES_CAP) {
        return this.entriesIn(relFolder, cap, (entry) => entry.isFile() || entry.isSymbolicLink());
    }
    foldersIn(relFolder, cap = FOLDER_FILES_CAP) {
        return this.entriesIn(relFolder, cap, (entry) => entry.isDirectory() && !(0,_local_js__WEBPACK_IMPORTED_MODULE_5__/* .inGitData */ .UE)(entry.name));
    }
    /**
     * The names of a repository folder's entries that `keep` keeps, sorted. What the folder holds
     * is what the check depends on, so the log notes it as `folder/`: a file added or removed
     * anywhere below it touches the system (the changed-files scope).
     */
    entriesIn(relFolder, cap, keep) {
        this.askedLog?.add(`${relFolder}/`);
        if (relFolder !== '' && (0,_local_js__WEBPACK_IMPORTED_MODULE_5__/* .inGitData */ .UE)(relFolder))
            return undefined;
        const folder = relFolder === '' ? this.root : this.realFolder(relFolder);
        if (folder === undefined)
            return undefined;
        const names = [];
        let dir;
        let entries = 0;
        try {
            dir = node_fs__WEBPACK_IMPORTED_MODULE_1__.opendirSync(folder);
            for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) {
                if (++entries > cap)
                    return TOO_MANY_FILES;
                if (keep(entry))
                    names.push(entry.name);
            }
        }
        catch {
            return undefined;
        }
        finally {
            dir?.closeSync();
        }
        return names.sort();
    }
    /** Drops cached file contents (the engine calls this after each system to bound memory). */
    forget(rel) {
        if (rel === undefined) {
            this.textCache.clear();
            this.resolveCache.clear();
            this.folderCache.clear();
            this.statCache.clear();
            this.namesCache.clear();
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
            if (dangling)
                return { kind: 'missing', message: `${rel} is a symbolic link to a file that does not exist` };
            return this.missing(rel);
        }
        return { kind: 'unreadable', message: `${rel} cannot be read (${code ?? 'error'})` };
    }
    /**
     * A path that is not there, with the path it most likely meant when a name beside it differs
     * by a typo ("evidence/bias/fairnes.json does not exist; did you mean evidence/bias/fairness.json?").
     * The suggestion is looked for only when the message is read, once: most missing paths are
     * asked about and never reported (discovery asks after an ai-system.yml in every folder).
     * It is a hint about the files there when it was read, not a file the check depends on: a
     * sibling added later may change the hint, never a verdict.
     */
    missing(rel) {
        let message;
        const nearby = () => this.nearbyPath(rel);
        return {
            kind: 'missing',
            get message() {
                if (message === undefined) {
                    const near = nearby();
                    message = near === undefined ? `${rel} does not exist` : `${rel} does not exist; did you mean ${near}?`;
                }
                return message;
            },
        };
    }
    /** Starts a system's check: its suggestions get the whole budget, whatever came before (on this thread). */
    beginSystem() {
        this.suggestions = new _text_closest_js__WEBPACK_IMPORTED_MODULE_6__/* .SuggestionBudget */ .C();
        this.namesCache.clear();
    }
    /**
     * The existing file `rel` most likely meant: each part of it that is not in its folder
     * replaced by the same name with an extension, or else the closest name there, if every
     * such part has one. Undefined when none is close enough, when a part is no plain name, a
     * folder on the way is not a plain folder in the repository (or is git's own data), holds
     * more than NEARBY_NAMES_CAP entries, or the system's budget is spent. Only the folders where
     * a part is missing are listed.
     */
    nearbyPath(rel) {
        const parts = rel.split('/');
        let fixed = '';
        let changed = false;
        for (const [index, part] of parts.entries()) {
            if (!isPlainName(part))
                return undefined;
            const folder = fixed === '' ? this.root : this.realFolder(fixed);
            if (folder === undefined)
                return undefined;
            const last = index === parts.length - 1;
            let name = part;
            if (!this.holds(folder, part, last)) {
                const names = this.namesIn(folder);
                name = names === undefined ? undefined : this.nearestName(part, names);
                if (name === undefined)
                    return undefined;
                changed = true;
            }
            fixed = fixed === '' ? name : `${fixed}/${name}`;
            if ((0,_local_js__WEBPACK_IMPORTED_MODULE_5__/* .inGitData */ .UE)(fixed))
                return undefined;
        }
        return changed && this.isRepositoryFile(fixed) ? fixed : undefined;
    }
    /** Whether `folder` holds `name`: a folder (or a link to one) on the way, anything at the end. */
    holds(folder, name, last) {
        try {
            const entry = node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync(underFolder(folder, name), { throwIfNoEntry: false });
            return entry !== undefined && (last || entry.isDirectory() || entry.isSymbolicLink());
        }
        catch {
            return false; // not a folder on the way (ENOTDIR), or not ours to see
        }
    }
    /** Whether `rel`, made of names that exist, is a regular file in the repository: checked without filling the caches. */
    isRepositoryFile(rel) {
        const resolved = this.resolveByRealpath(rel);
        return resolved.ok && node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(resolved.abs, { throwIfNoEntry: false })?.isFile() === true;
    }
    /**
     * The name in `names` that `part` most likely meant, while the system's budget lasts: `part`
     * with an extension, or the closest within typoLimit. A comparison costs about the square of
     * the name's length.
     */
    nearestName(part, names) {
        if (!this.suggestions.spend(names.length * (part.length + 1)))
            return undefined;
        const withExtension = names.find((known) => known.startsWith(`${part}.`) && !known.includes('.', part.length + 1));
        return withExtension ?? this.suggestions.closestWithin(part, names, typoLimit(part));
    }
    /** The names in `folder`, sorted, or undefined past NEARBY_NAMES_CAP; reading them is charged to the budget. */
    namesIn(folder) {
        if (this.namesCache.has(folder))
            return this.namesCache.get(folder);
        let names = [];
        let dir;
        try {
            dir = node_fs__WEBPACK_IMPORTED_MODULE_1__.opendirSync(folder);
            for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) {
                names.push(entry.name);
                if (names.length > NEARBY_NAMES_CAP || !this.suggestions.spend(64)) {
                    names = undefined;
                    break;
                }
            }
        }
        catch {
            names = undefined;
        }
        finally {
            dir?.closeSync();
        }
        // Sorted, so that of two names as close, the same one is suggested on every system.
        names?.sort();
        this.namesCache.set(folder, names);
        return names;
    }
    openProblem(rel, error) {
        const code = error.code;
        if (code === 'ELOOP') {
            return { kind: 'symlink-outside', message: `${rel} became a symbolic link while being read` };
        }
        if (code === 'ENOENT')
            return this.missing(rel);
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

/***/ 4771:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ daysInMonth)
/* harmony export */ });
/** The Gregorian calendar, for telling a date written YYYY-MM-DD from a day that exists. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** How many days month `month` (1 to 12) of `year` has; 0 for a month that does not exist. */
function daysInMonth(year, month) {
    if (month < 1 || month > 12)
        return 0;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}


/***/ }),

/***/ 5531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RB: () => (/* binding */ isJsonSpace),
/* harmony export */   RW: () => (/* binding */ JsonPositions),
/* harmony export */   n3: () => (/* binding */ duplicatedKey),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* unused harmony export JsonDoc */
/* harmony import */ var _lazy_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4759);
/* harmony import */ var _source_doc_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2431);


class JsonDoc {
    file;
    value;
    text;
    positions;
    constructor(file, value, text) {
        this.file = file;
        this.value = value;
        this.text = text;
    }
    locate(path) {
        return this.walk(path, false);
    }
    /** Where the member name that ends `path` is written, not its value; as locate otherwise. */
    locateKey(path) {
        return this.walk(path, true);
    }
    walk(path, keyAtEnd) {
        this.positions ??= new JsonPositions(this.text, 0);
        const tree = this.positions.tree;
        if (!tree)
            return { line: 1, column: 1 };
        // The deepest node on the path that exists (the nearest ancestor of a missing one).
        let node = tree;
        let reached = 0;
        for (const segment of path) {
            const next = this.positions.child(node, segment);
            if (!next)
                break;
            node = next;
            reached++;
        }
        // Point at a member's key when it holds a block (or the key itself is asked for), at the value itself when it is a scalar.
        const scalar = node.type !== 'object' && node.type !== 'array';
        const wantsKey = keyAtEnd && reached === path.length && typeof path[path.length - 1] === 'string';
        const anchor = (!scalar || wantsKey) && node.parent?.type === 'property' ? node.parent : node;
        return this.positions.of(anchor);
    }
}
/**
 * The positions of a JSON text: jsonc-parser's tree, parsed on first use, with its members
 * indexed and its offsets turned into lines and columns (after `lineOffset` lines of something
 * else, for JSON read as YAML front matter). JsonDoc points into it as JSON tools do; a YAML
 * text that is JSON points into it as the `yaml` package would (yaml.ts).
 */
class JsonPositions {
    text;
    lineOffset;
    parsed;
    index;
    /** Members of each object node by key, built on first use (see `child`). */
    members = new WeakMap();
    constructor(text, lineOffset) {
        this.text = text;
        this.lineOffset = lineOffset;
    }
    get tree() {
        if (this.parsed === undefined)
            this.parsed = (0,_lazy_js__WEBPACK_IMPORTED_MODULE_0__/* .libraries */ .G6)().jsonc.parseTree(this.text) ?? null;
        return this.parsed ?? undefined;
    }
    /**
     * A member or item of `node`. jsonc-parser's findNodeAtLocation scans an object's members for
     * every lookup, which made adapters that locate each of N results quadratic (100,000 groups in
     * one Fairlearn frame took over a minute); members are indexed once per object instead.
     * (Both readers refuse a duplicated key, so each key names one member.)
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
    /** Where `node` is written, from its first character to just past its last. */
    of(node) {
        const start = this.point(node.offset);
        const end = this.point(node.offset + node.length);
        return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    }
    /** The line and column of an offset in the text. */
    point(offset) {
        this.index ??= new _source_doc_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .rr(this.text);
        const at = this.index.position(offset);
        return { line: at.line + this.lineOffset, column: at.column };
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
    const shape = (0,_source_doc_js__WEBPACK_IMPORTED_MODULE_1__/* .shapeOf */ .F5)(value, _source_doc_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING_DEPTH */ .wM);
    if (shape.depth > _source_doc_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING_DEPTH */ .wM) {
        return { ok: false, error: { message: `JSON is nested more than ${_source_doc_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING_DEPTH */ .wM} levels deep`, line: 1, column: 1 } };
    }
    const duplicate = duplicatedKey(text, shape.keys);
    if (duplicate !== undefined) {
        const at = new _source_doc_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .rr(text).position(duplicate);
        return { ok: false, error: { message: 'invalid JSON: duplicate key: the keys of an object must be unique', line: at.line, column: at.column } };
    }
    return { ok: true, doc: new JsonDoc(file, value, text) };
}
/**
 * The offset of the first key of valid JSON `text` that repeats an earlier key of its object,
 * given how many keys the parsed value has (shapeOf). JSON.parse keeps the last of two equal
 * keys, so {"passed": false, "passed": true} read as passed. Fewer keys in the value than in the
 * text means a key repeats: then (only then) the first is found, in reading order, as YAML's
 * duplicate keys are found.
 */
function duplicatedKey(text, keysInValue) {
    return keysInValue === keysInText(text) ? undefined : firstDuplicateKey(text);
}
/**
 * How many object keys valid JSON text has: strings followed by a colon. Outside strings JSON
 * has no quote, so jumping from quote to quote with indexOf (native speed) finds every string.
 */
function keysInText(text) {
    let count = 0;
    let at = text.indexOf('"');
    while (at !== -1) {
        let end = text.indexOf('"', at + 1);
        // A quote after an odd run of backslashes is escaped, inside the string.
        for (;;) {
            let slashes = 0;
            while (text.charCodeAt(end - 1 - slashes) === 92)
                slashes++;
            if (slashes % 2 === 0)
                break;
            end = text.indexOf('"', end + 1);
        }
        let next = end + 1;
        while (isJsonSpace(text.charCodeAt(next)))
            next++;
        if (text.charCodeAt(next) === 58)
            count++; // ':'
        at = text.indexOf('"', next);
    }
    return count;
}
const isJsonSpace = (code) => code === 32 || code === 10 || code === 13 || code === 9;
/** The offset of the first key that repeats an earlier key of its object, in reading order. */
function firstDuplicateKey(text) {
    const tree = (0,_lazy_js__WEBPACK_IMPORTED_MODULE_0__/* .libraries */ .G6)().jsonc.parseTree(text);
    const walk = (node) => {
        if (!node)
            return undefined;
        if (node.type === 'object') {
            const seen = new Set();
            for (const property of node.children ?? []) {
                const [key, member] = property.children ?? [];
                if (key && typeof key.value === 'string') {
                    if (seen.has(key.value))
                        return key.offset;
                    seen.add(key.value);
                }
                const found = walk(member);
                if (found !== undefined)
                    return found;
            }
        }
        else if (node.type === 'array') {
            for (const item of node.children ?? []) {
                const found = walk(item);
                if (found !== undefined)
                    return found;
            }
        }
        return undefined;
    };
    return walk(tree);
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

/***/ 4759:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G6: () => (/* binding */ libraries),
/* harmony export */   MN: () => (/* binding */ LibrariesNotLoaded),
/* harmony export */   hd: () => (/* binding */ onDemand),
/* harmony export */   k5: () => (/* binding */ loadLibraries)
/* harmony export */ });
/**
 * Code loaded on demand. Start-up was mostly decoding, compiling and initialising code a run
 * may never call: the parsers and schema validators (libraries.ts: yaml, js-yaml, ajv, the
 * 1.4 MB of compiled validators), the check functions with every evidence kind, and the code
 * that checks a system. A repository with nothing to check needs none of it, nor do --help and
 * --version. A dynamic `import()` is asynchronous while the engine is synchronous, so each entry
 * point awaits the loading (engine/load.ts: loadEngine) before running the engine (the CLI skips
 * it when nothing will be read), and the engine takes each module synchronously with `get()`.
 */
/** Thrown by a `get()` before its `load()` has finished: a caller that skipped loading can load and run again. */
class LibrariesNotLoaded extends Error {
    constructor(what) {
        super(`modelgate: ${what} not loaded (await loadEngine() first)`);
    }
}
/** A module imported on the first `load()`; `what` names it in the error `get()` throws before then. */
function onDemand(what, importer) {
    let loaded;
    return {
        async load() {
            loaded ??= await importer();
        },
        get() {
            if (loaded === undefined)
                throw new LibrariesNotLoaded(what);
            return loaded;
        },
    };
}
const parsers = onDemand('the parsers are', () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(754), __nccwpck_require__.e(844)]).then(__nccwpck_require__.bind(__nccwpck_require__, 844)));
const loadLibraries = parsers.load;
const libraries = parsers.get;


/***/ }),

/***/ 872:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ declaredArtifacts),
/* harmony export */   JO: () => (/* binding */ systemId),
/* harmony export */   Rr: () => (/* binding */ MANIFEST_NAMES),
/* harmony export */   ac: () => (/* binding */ RISK_TIERS),
/* harmony export */   eY: () => (/* binding */ loadManifest),
/* harmony export */   i6: () => (/* binding */ comparedVersion),
/* harmony export */   tJ: () => (/* binding */ LIFECYCLE_STAGES),
/* harmony export */   wo: () => (/* binding */ TRAINED_ON_ROLES)
/* harmony export */ });
/* unused harmony exports MAX_PROBLEMS_PER_RULE, MAX_LIST_ITEMS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4853);
/* harmony import */ var _placeholder_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8852);
/* harmony import */ var _source_doc_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2431);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6774);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7794);
/**
 * `ai-system.yaml`: read it, parse it with positions, validate it against
 * `schemas/ai-system.schema.json`, and say what is wrong at the line that is wrong. A manifest
 * that parses but breaks the schema is still returned, so the rules can report on everything
 * else in it; one that does not parse (or is not a mapping) stops there.
 */






/** The artifacts the manifest declares with a path (possibly none), whatever else is malformed. */
function declaredArtifacts(data) {
    const list = Array.isArray(data.artifacts) ? data.artifacts : [];
    return list.flatMap((item, index) => {
        if (!item || typeof item !== 'object')
            return [];
        const { path, date, sha256 } = item;
        if (typeof path !== 'string' || path.trim() === '')
            return [];
        return [
            {
                path,
                ...(typeof date === 'string' ? { date } : {}),
                ...(typeof sha256 === 'string' && sha256.trim() !== '' ? { sha256: sha256.trim().toLowerCase() } : {}),
                index,
            },
        ];
    });
}
/** Dataset roles that say the model was fitted to the data: trained or fine-tuned on it. */
const TRAINED_ON_ROLES = ['training', 'fine-tuning'];
const LIFECYCLE_STAGES = ['design', 'development', 'verification', 'deployment', 'operation', 'retired'];
const RISK_TIERS = ['prohibited', 'high', 'limited', 'minimal', 'gpai', 'gpai-systemic'];
const MANIFEST_NAMES = ['ai-system.yaml', 'ai-system.yml'];
/**
 * The text a scalar at `path` is written as, for a schema message to quote back: the text
 * between its start and end when both are on one line and it reads as the same scalar (an
 * alias, `*v`, is not the value it names). One line index a manifest, built on first use: a
 * manifest can have thousands of such errors.
 */
function writtenAs(text, doc) {
    let lines;
    return (at, value) => {
        const where = doc.locate(at);
        if (where.endLine !== where.line || where.endColumn === undefined)
            return undefined;
        lines ??= new _source_doc_js__WEBPACK_IMPORTED_MODULE_5__/* .LineIndex */ .rr(text);
        const start = lines.lineStart(where.line);
        if (start === undefined)
            return undefined;
        const written = text.slice(start + where.column - 1, start + where.endColumn - 1).trim();
        return readsAs(written, value) ? written : undefined;
    };
}
/** Whether `written`, a plain scalar, is the number or boolean `value` as YAML 1.2's core schema reads it. */
function readsAs(written, value) {
    if (typeof value === 'boolean')
        return /^(?:true|True|TRUE|false|False|FALSE)$/.test(written) && (written[0] === 't' || written[0] === 'T') === value;
    if (typeof value !== 'number')
        return false;
    if (/^0x[0-9a-fA-F]+$/.test(written))
        return parseInt(written.slice(2), 16) === value;
    if (/^0o[0-7]+$/.test(written))
        return parseInt(written.slice(2), 8) === value;
    return /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i.test(written) && Number(written) === value;
}
function loadManifest(repo, file) {
    const at = (line = 1, column = 1) => ({ file, line, column });
    const read = repo.readText(file);
    if (!read.ok) {
        return { ok: false, problems: [{ ruleId: 'manifest/readable', message: read.problem.message, location: at(read.problem.line) }] };
    }
    const parsed = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYaml */ .hN)(read.text, { file });
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
    // A list too long to be a manifest's stops the system here: 1.5 million datasets in a 4.5 MB
    // manifest took every rule 33 s and 2.3 GB between them.
    const tooLong = longList(value, MAX_LIST_ITEMS);
    if (tooLong) {
        const where = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPath */ .jV)(tooLong.path) || 'the manifest';
        return {
            ok: false,
            problems: [
                {
                    ruleId: 'manifest/readable',
                    message: `${where} lists ${tooLong.length.toLocaleString('en-US')} items; a manifest may list at most ${MAX_LIST_ITEMS.toLocaleString('en-US')} in one list`,
                    location: { file, ...parsed.doc.locate(tooLong.path) },
                },
            ],
        };
    }
    const problems = capProblems((0,_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .checkSchema */ ._U)('ai-system.schema.json', value, writtenAs(read.text, parsed.doc)).map((issue) => ({
        ruleId: issue.unknownField ? 'manifest/unknown-field' : 'manifest/schema',
        message: issue.message,
        path: issue.path,
        unknownField: issue.unknownField,
    }))).map(({ ruleId, message, path, listed, unknownField }) => ({ ruleId, message, location: { file, ...(0,_source_doc_js__WEBPACK_IMPORTED_MODULE_5__/* .positionOfIssue */ .Uu)(parsed.doc, { path, unknownField }) }, ...(listed ? { path } : {}) }));
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
/**
 * The manifest's version as evidence is compared with it: its text, or, when it is still a
 * placeholder ("TODO: …", which system/no-placeholders reports), none (no evidence agrees with
 * it, so nothing passes for it) and words for messages that do not repeat the marker.
 */
function comparedVersion(data) {
    const text = (0,_source_doc_js__WEBPACK_IMPORTED_MODULE_5__/* .asText */ .e1)(data.version ?? ''); // any type when the schema failed (an object with no prototype has no String())
    if ((0,_placeholder_js__WEBPACK_IMPORTED_MODULE_2__/* .valueAbsence */ .Z2)(text) === 'placeholder')
        return { value: undefined, described: "the manifest's version is still a placeholder" };
    return { value: text, described: `the manifest describes version ${text}` };
}
/** The most items one list in a manifest may hold (datasets, reports, attributes…). */
const MAX_LIST_ITEMS = 100_000;
/**
 * The first list longer than `limit` in `value`, each node visited once (aliases share nodes).
 * Every manifest is walked, so the walk keeps no paths: the path is looked for only once a list
 * is found too long.
 */
function longList(value, limit) {
    const seen = new Set();
    const stack = [value];
    let found;
    while (stack.length > 0 && !found) {
        const node = stack.pop();
        if (node === null || typeof node !== 'object' || seen.has(node))
            continue;
        seen.add(node);
        if (Array.isArray(node) && node.length > limit)
            found = node;
        else
            for (const child of Array.isArray(node) ? node : Object.values(node))
                if (child !== null && typeof child === 'object')
                    stack.push(child);
    }
    return found ? { path: pathTo(value, found) ?? [], length: found.length } : undefined;
}
/** The path from `root` to `target` (depth first; nesting is capped at 64 levels by the parser). */
function pathTo(root, target, seen = new Set()) {
    if (root === target)
        return [];
    if (root === null || typeof root !== 'object' || seen.has(root))
        return undefined;
    seen.add(root);
    const entries = Array.isArray(root) ? root.map((child, i) => [i, child]) : Object.entries(root);
    for (const [key, child] of entries) {
        if (child === null || typeof child !== 'object')
            continue;
        const below = pathTo(child, target, seen);
        if (below)
            return [key, ...below];
    }
    return undefined;
}


/***/ }),

/***/ 2932:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rc: () => (/* binding */ Outline),
/* harmony export */   Tv: () => (/* binding */ closesFence),
/* harmony export */   Xg: () => (/* binding */ opensFence),
/* harmony export */   gD: () => (/* binding */ holdsPhrase),
/* harmony export */   yc: () => (/* binding */ headingKey)
/* harmony export */ });
/* unused harmony export atxText */
/* harmony import */ var _source_doc_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2431);
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
// `Out of scope: moderating reviews.` or `Limitations:` over a list: a capitalised name of a few
// words and a colon opening a paragraph, as people fill in a Trainer card's "Intended uses &
// limitations" (new user: "Out of scope: …" there failed card/out-of-scope-use as missing).
const PLAIN_FIELD = /^ {0,3}([A-Z][A-Za-z ,'/()&-]{1,40}):(?:[ \t](.*))?$/;
/** The most words a plain field's name has: more is a sentence that ends in a colon ("We trained it as follows:"). */
const PLAIN_FIELD_WORDS = 4;
class Outline {
    lines;
    firstBodyIndex;
    headings;
    wholeText;
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
        const named = (key) => (heading) => heading.key === key || (heading.key.startsWith(`${key} `) && continuesName(key, heading.key.slice(key.length + 1)));
        const holds = (heading) => phrases.some((phrase) => ` ${heading.key} `.includes(` ${phrase} `));
        const title = this.title();
        // An opening H1 that is not the title (a card of H1 sections) is matched by a section's very
        // name, never by a phrase it holds nor a name it starts with: "# Demo Risk Scorer" over an
        // intro is a title in all but form.
        const opening = this.headings.find((h) => h.kind !== 'label');
        const openingTitle = opening?.level === 1 ? opening : undefined;
        const isLabel = (h) => h.kind === 'label';
        // A label inside a section shared with another topic that names this one ("Limitations:"
        // under "## Intended uses & limitations"): what it owns is what the card says of the topic.
        const labelled = (shared, fallback) => {
            const end = this.endOf(shared);
            const inside = (h) => isLabel(h) && h.line > shared.line && h.line <= end;
            for (const key of keys) {
                const label = this.headings.find((h) => inside(h) && named(key)(h));
                if (label)
                    return { heading: label, body: this.bodyOf(label), by: 'name' };
            }
            const label = this.headings.find((h) => inside(h) && holds(h));
            return label ? { heading: label, body: this.bodyOf(label), by: 'name' } : fallback;
        };
        for (const kinds of [(h) => !isLabel(h) && h !== title, isLabel]) {
            for (const key of keys) {
                // The opening H1 only by the name itself: "Limitations and Bias of the Demo Scorer" is a title.
                const heading = this.headings.find((h) => kinds(h) && (h === openingTitle ? h.key === key : named(key)(h)));
                if (!heading)
                    continue;
                const section = { heading, body: this.bodyOf(heading), by: 'name' };
                // "Intended uses & limitations" goes on from "intended use" with another topic.
                if (isLabel(heading) || !heading.key.startsWith(`${key} and `))
                    return section;
                const other = heading.key.slice(key.length + 5).split(' ')[0];
                return labelled(heading, other === '' ? section : { ...section, sharedWith: other });
            }
            const heading = this.headings.find((h) => kinds(h) && h !== openingTitle && holds(h));
            if (heading)
                return isLabel(heading) ? { heading, body: this.bodyOf(heading), by: 'phrase' } : labelled(heading, { heading, body: this.bodyOf(heading), by: 'phrase' });
        }
        return undefined;
    }
    /**
     * The document's title, which is not a section: the first H1 (ATX, setext or HTML) when it heads
     * the card with the sections under it, that is when it is the document's only H1 or the next
     * real heading after it is deeper (`# Credit Risk Model` over `## Uses`, `## Bias, Risks, and
     * Limitations`…). Its body is the whole card, or most of it, so were it a section then "Credit
     * Risk Model" would answer a rule that looks for a heading holding "risk" with the whole card,
     * and deleting the card's real risks section would still pass. Cards that write every section
     * as an H1 (`# Model Details`, `# Uses`, `# Limitations`) keep every H1 as a section: there the
     * first H1 is followed by another H1, its body ends there, and it is judged like any section.
     * Such a card's opening H1 (a title over a short intro) is still matched only by a section's
     * name, not by a phrase it holds (see `find`).
     */
    title() {
        if (this.titleHeading === undefined) {
            const real = this.headings.filter((h) => h.kind !== 'label');
            const first = real.findIndex((h) => h.level === 1);
            const candidate = real[first];
            const next = real[first + 1];
            const onlyH1 = candidate !== undefined && !real.some((h, i) => i > first && h.level === 1);
            this.titleHeading = candidate && (onlyH1 || (next !== undefined && next.level > 1)) ? candidate : null;
        }
        return this.titleHeading ?? undefined;
    }
    titleHeading;
    /**
     * The section under one heading (as `headings` holds it): its own text and its subsections',
     * to the next heading of its level or above. A citation's `#fragment` resolves to one heading,
     * and that heading's section is judged, not one looked up again by its title.
     */
    sectionAt(heading) {
        return { heading, body: this.bodyOf(heading) };
    }
    /** The text of the whole body (after front matter), joined once: a dozen rules may read it. */
    text() {
        return (this.wholeText ??= this.linesText(this.firstBodyIndex, this.lines.length));
    }
    /**
     * Every real heading (labels and the title aside) with its section's text, subsections included, in one
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
        const title = this.title();
        return real
            .map((heading, i) => ({ heading, body: this.linesText(heading.kind === 'setext' ? heading.line + 1 : heading.line, ends[i]) }))
            .filter((section) => section.heading !== title);
    }
    /**
     * A real heading's section text (as `sectionAt` gives it) without the subsections `drop`
     * picks, their headings, text and own subsections: one walk over the headings inside it.
     */
    bodyWithout(heading, drop) {
        const end = this.endOf(heading);
        const parts = [];
        // Lines are 1-based and linesText's bounds 0-based: a heading on line n starts at index n - 1.
        let from = heading.kind === 'setext' ? heading.line + 1 : heading.line;
        let dropping = 0; // the level of the subsection being dropped, else 0
        for (const sub of this.headings) {
            if (sub.line <= heading.line || sub.kind === 'label')
                continue;
            if (sub.line > end)
                break;
            if (dropping > 0) {
                if (sub.level > dropping)
                    continue;
                dropping = 0;
                from = sub.line - 1;
            }
            if (!drop(sub))
                continue;
            parts.push(this.linesText(from, sub.line - 1));
            dropping = sub.level;
        }
        if (dropping === 0)
            parts.push(this.linesText(from, end));
        return parts.join('\n');
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
            // A label owns its inline text and the rest of its paragraph; one alone in its paragraph
            // ("**Intended Use**" or "Limitations:", then a blank line) owns the paragraph or list after it.
            const out = [heading.inline ?? ''];
            let i = startIndex;
            if (out[0] === '')
                while (i < this.lines.length && this.lines[i].trim() === '')
                    i++;
            for (; i < this.lines.length; i++) {
                const line = this.lines[i];
                if (line.trim() === '' || this.headingAt(i + 1))
                    break;
                out.push(line);
            }
            return out.join('\n');
        }
        // A setext heading's underline is part of the heading, not the body.
        const from = heading.kind === 'setext' ? startIndex + 1 : startIndex;
        return this.linesText(from, this.endOf(heading));
    }
    /** The last line (1-based) of a real heading's section: the line before the next heading of its level or above, or the document's last. */
    endOf(heading) {
        const next = this.headings.find((h) => h.line > heading.line && h.kind !== 'label' && h.level <= heading.level);
        return next ? next.line - 1 : this.lines.length;
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
        this.headingLines ??= new Set(this.headings.map((h) => h.line));
        return this.headingLines.has(line);
    }
    headingLines;
}
/**
 * Whether a heading that starts with a section's name (`key`) and goes on with `rest` is still
 * that section. A bare "Use" or "Usage" goes on as a section of uses only with "and", "of" or
 * "case" ("Use and Limitations", "Uses of the score", "Use cases"): "Use with mlx", "Usage in
 * Transformers", "Usage example" tell how to run the model, not what it is for, and a list of
 * the words that introduce a tool would never be complete. Other names go on freely
 * ("Limitations of the model").
 */
function continuesName(key, rest) {
    return (key !== 'use' && key !== 'usage') || /^(?:and|of|case)\b/.test(rest);
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
    return wordsKey(title.slice(0, HEADING_KEY_SOURCE_LIMIT));
}
/**
 * Whether a text holds one of `phrases` (each normalised as a heading is) as whole words:
 * "Reviews under ten words are a known limitation" holds "limitations".
 */
function holdsPhrase(text, phrases) {
    const words = ` ${wordsKey(text)} `;
    return phrases.some((phrase) => {
        const key = headingKey(phrase);
        return key !== '' && words.includes(` ${key} `);
    });
}
function wordsKey(text) {
    const words = text
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
    /** The line before is not blank: a plain field opens a paragraph, it does not go on with one. */
    let previousIsText = false;
    for (let i = from; i < lines.length; i++) {
        const line = lines[i];
        const lineNo = i + 1;
        // Headings, fences and comments end a paragraph: only a line of text goes on with one.
        const afterText = previousIsText;
        previousIsText = false;
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
        const label = line.match(BOLD_LABEL) ?? line.match(BULLET_FIELD) ?? (afterText ? null : plainField(line));
        if (label) {
            const title = cleanTitle(label[1] ?? '');
            const key = headingKey(title);
            if (key !== '')
                headings.push({ title, key, level: 7, kind: 'label', line: lineNo, inline: (label[2] ?? '').trim() });
        }
        const trimmed = line.trim();
        previousIsText = trimmed !== '';
        // Only a plain paragraph line can be turned into a setext heading by the next line.
        previousIsParagraph =
            trimmed !== '' && !/^(?:[-*+]\s|\d+[.)]\s|[>|<])/.test(trimmed) && !(label && label[0].trimStart().startsWith('-'));
    }
    return headings;
}
/** A plain `Name: value` line whose name is a few words (PLAIN_FIELD), else null. */
function plainField(line) {
    const field = line.match(PLAIN_FIELD);
    return field && field[1].trim().split(/\s+/).length <= PLAIN_FIELD_WORDS ? field : null;
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

/***/ 4692:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  BC: () => (/* binding */ modelCardSign),
  co: () => (/* binding */ parseCard)
});

// UNUSED EXPORTS: splitLines

// EXTERNAL MODULE: ./build/load/markdown.js
var markdown = __nccwpck_require__(2932);
// EXTERNAL MODULE: ./build/load/yaml.js
var yaml = __nccwpck_require__(7794);
;// CONCATENATED MODULE: ./build/load/data/huggingface-pipeline-tags.json
const huggingface_pipeline_tags_namespaceObject = /*#__PURE__*/JSON.parse('{"_A":["any-to-any","audio-classification","audio-text-to-text","audio-to-audio","automatic-speech-recognition","depth-estimation","document-question-answering","feature-extraction","fill-mask","graph-ml","image-classification","image-feature-extraction","image-segmentation","image-text-to-image","image-text-to-text","image-text-to-video","image-to-3d","image-to-image","image-to-text","image-to-video","keypoint-detection","mask-generation","multiple-choice","object-detection","question-answering","reinforcement-learning","robotics","sentence-similarity","summarization","table-question-answering","table-to-text","tabular-classification","tabular-regression","tabular-to-text","text-classification","text-generation","text-ranking","text-retrieval","text-to-3d","text-to-audio","text-to-image","text-to-speech","text-to-video","time-series-forecasting","token-classification","translation","unconditional-image-generation","video-classification","video-text-to-text","video-to-video","visual-document-retrieval","visual-question-answering","voice-activity-detection","zero-shot-classification","zero-shot-image-classification","zero-shot-object-detection"]}');
;// CONCATENATED MODULE: ./build/load/model-card.js
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
                const parsed = (0,yaml/* parseYaml */.hN)(yamlText, { file, lineOffset: first + 1 });
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
    const card = { file, meta, outline: new markdown/* Outline */.Rc(lines, bodyStart), problems, kind: classify(meta, file) };
    if (frontMatter)
        card.frontMatter = frontMatter;
    if (frontMatterLine !== undefined)
        card.frontMatterLine = frontMatterLine;
    return card;
}
/**
 * Headings only a model card has: the Hugging Face template's and those of Mitchell et al.'s
 * "Model Cards for Model Reporting". A README's "Training" or "Evaluation" is not one of them.
 */
const MODEL_CARD_HEADINGS = new Set([
    'Model Details',
    'Model Description',
    'Model Sources',
    'Model Architecture',
    'Model Architecture and Objective',
    'Model Examination',
    'Model Card Authors',
    'Model Card Contact',
    'How to Get Started with the Model',
    'Training Details',
    'Training Procedure',
    'Training Hyperparameters',
    'Evaluation Results',
    'Intended Use',
    'Intended Uses & Limitations',
    'Training and Evaluation Data',
    'Quantitative Analyses',
    'Caveats and Recommendations',
].map(markdown/* headingKey */.yc));
/** The openings of headings only dataset cards have (Hugging Face's dataset card template). */
const DATASET_CARD_HEADINGS = ['dataset card', 'dataset details', 'dataset description', 'dataset summary', 'dataset structure', 'dataset creation', 'dataset sources', 'data instances', 'data fields', 'data splits', 'curation rationale', 'considerations for using the data'].map(markdown/* headingKey */.yc);
/** The Hub's pipeline tags (tasks), from @huggingface/tasks: see scripts/hf-pipeline-tags.mjs. */
const PIPELINE_TAGS = new Set(huggingface_pipeline_tags_namespaceObject._A);
/** Hub licence ids only models are released under (RAIL model licences, Llama, Gemma, …). */
const MODEL_LICENSES = new Set(['creativeml-openrail-m', 'bigscience-openrail-m', 'bigscience-bloom-rail-1.0', 'bigcode-openrail-m', 'openrail++', 'deepfloyd-if-license', 'llama2', 'llama3', 'llama3.1', 'llama3.2', 'llama3.3', 'llama4', 'gemma', 'grok2-community', 'apple-amlr']);
/**
 * Why a card describes a model, or undefined: its front matter's model fields, its name
 * (MODEL_CARD.md), a model's weights in its folder or up to two below it (`modelFile`, relative
 * to the card's folder, from modelFilesByCardFolder), a task tag or
 * a model licence in its front matter, or, when none says, at least two headings only model
 * cards have (a "Model Card for …" title counts as one) and fewer than two of a dataset card's
 * own. A model folder's README with no front matter, or only a licence, is still a model card
 * nobody may leave unregistered.
 */
function modelCardSign(card, modelFile, registeredAbove = false) {
    if (card.kind === 'model') {
        // classify: the front matter's model keys, else the file's name (MODEL_CARD.md, model-card.md).
        if (MODEL_KEYS.some((key) => key in card.meta))
            return 'its front matter describes a model';
        return `its file name, ${card.file.split('/').pop() ?? card.file}, says so`;
    }
    if (card.kind !== 'unknown')
        return undefined;
    // The signs below say a model is here, not that this README describes another one: in a
    // registered system's folder, the system's model is the one they see (its notes, its weights).
    if (registeredAbove)
        return headingSign(card);
    if (modelFile !== undefined)
        return `its folder holds a model's files: ${modelFile}`;
    const tags = Array.isArray(card.meta.tags) ? card.meta.tags : [card.meta.tags];
    // A task word alone is a docs page's tag too ("translation"): with a licence, it is a model's.
    const task = card.meta.license === undefined ? undefined : tags.find((tag) => typeof tag === 'string' && PIPELINE_TAGS.has(tag.trim().toLowerCase()));
    if (task !== undefined)
        return `its front matter tags a model's task: ${task.trim().slice(0, 60)}`;
    const license = typeof card.meta.license === 'string' ? card.meta.license.trim().toLowerCase() : undefined;
    if (license !== undefined && MODEL_LICENSES.has(license))
        return `its licence, ${license}, is one models are released under`;
    return headingSign(card);
}
/** A model card's own headings, two or more, and fewer than two of a dataset card's. */
function headingSign(card) {
    const signs = new Set();
    // Distinct sections: one heading written twice is not two of a dataset card's sections.
    const datasetSigns = new Set();
    for (const heading of card.outline.headings) {
        if (heading.kind === 'label')
            continue;
        const datasetKey = DATASET_CARD_HEADINGS.find((key) => heading.key.startsWith(key));
        if (datasetKey)
            datasetSigns.add(datasetKey);
        if (MODEL_CARD_HEADINGS.has(heading.key) || heading.key.includes('model card'))
            signs.add(heading.title);
    }
    // Two of a dataset card's own sections make it one; a model card's "Dataset" or "Datasets"
    // section (what it was trained on) does not.
    if (datasetSigns.size >= 2 || signs.size < 2)
        return undefined;
    const named = [...signs].slice(0, 3).map((title) => title.slice(0, 60));
    return `its headings are a model card's: ${named.join(', ')}${signs.size > 3 ? ', …' : ''}`;
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

/***/ 8852:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fm: () => (/* binding */ describePlaceholder),
/* harmony export */   Gh: () => (/* binding */ readableText),
/* harmony export */   Hw: () => (/* binding */ describeAbsence),
/* harmony export */   OQ: () => (/* binding */ describeValueAbsence),
/* harmony export */   Ov: () => (/* binding */ cutDelimited),
/* harmony export */   Sk: () => (/* binding */ substantiveWords),
/* harmony export */   Sw: () => (/* binding */ substantiveText),
/* harmony export */   Tq: () => (/* binding */ isNonAnswerValue),
/* harmony export */   Vb: () => (/* binding */ INVISIBLE_CLASS),
/* harmony export */   Z2: () => (/* binding */ valueAbsence),
/* harmony export */   f8: () => (/* binding */ undisguised),
/* harmony export */   jQ: () => (/* binding */ showInvisible),
/* harmony export */   vA: () => (/* binding */ sectionAbsence),
/* harmony export */   vh: () => (/* binding */ statedText)
/* harmony export */ });
/* unused harmony exports MARKERS, ANY_MARKER, withoutHiddenElements, withoutFencedCode */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2932);
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
    /\blorem[^a-z0-9]{0,12}ipsum\b/gi,
    /\bplaceholder\b/gi,
    // An author's note that the text is still to come (auditor: "To be completed." and "Fill in
    // later." passed as a card's sections); a sentence that says more still says something.
    /\b(?:(?:still )?to be (?:completed|written|added|filled in|provided|determined|defined|documented|decided|confirmed|done)|fill(?:ed)? (?:this )?in later|will be (?:added|completed|written|provided|documented) (?:later|soon))\b\.?/gi,
];
const STARTS_WITH_MARKER = /^\s*(?:[-*>#]\s*)*(?:\[?more information needed|todo\b|tbd\b|tba\b|fixme\b|\{\{|placeholder\b|coming soon\b)/i;
const SCALAR_PLACEHOLDERS = new Set(['?', '??', '???', '...', '…', '-', '--', 'x', 'xx', 'xxx', 'changeme', 'change me', 'unknown']);
const LONGEST_SCALAR_PLACEHOLDER = Math.max(...[...SCALAR_PLACEHOLDERS].map((text) => text.length));
/**
 * Any text a MARKERS expression matches also matches this one (each marker's words, without
 * the word boundaries): most texts match none, and one test spares them six replacements.
 */
const ANY_MARKER = /more information needed|\[(?:optional|required)\]|users \(both direct and downstream\)|to ?do|tb[dac]|fixme|xxx|lorem[^a-z0-9]{0,12}ipsum|dolor[^a-z0-9]{1,12}sit|placeholder|to be (?:completed|written|added|filled in|provided|determined|defined|documented|decided|confirmed|done)|fill(?:ed)? (?:this )?in later|will be (?:added|completed|written|provided|documented) (?:later|soon)/i;
/**
 * Characters that disguise a marker from the patterns here, or pass for a word:
 * - invisible ones: format characters and the rest Unicode says to ignore when not shown
 *   (zero-width space and joiners in "TO\u200bDO", variation selectors, the blank letters of
 *   Hangul, U+3164 and kin, which \p{L} counts);
 * - letters drawn in another style: full-width ("ＴＯＤＯ"), mathematical ("𝐓𝐎𝐃𝐎"), modifier
 *   and superscript ("ᵀᴼᴰᴼ"), circled and squared ("ⓉⓄⒹⓄ").
 * Look-alikes from other scripts (Cyrillic "ТОDО") and text reversed by a bidi override are not
 * folded. Most texts hold none of these and are returned as they are.
 */
/** Characters not seen where shown: format characters and the rest Unicode says to ignore (report/escape.ts writes them out). */
const INVISIBLE_CLASS = String.raw `\p{Cf}\p{Default_Ignorable_Code_Point}`;
const STYLED_CLASS = String.raw `\u1d00-\u1dbf\u2070-\u209f\u24b6-\u24e9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u{1d400}-\u{1d7ff}\u{1f130}-\u{1f189}`;
const DISGUISE = new RegExp(`[${INVISIBLE_CLASS}${STYLED_CLASS}]`, 'u');
const STYLED_RUN = new RegExp(`[${STYLED_CLASS}]+`, 'gu');
/** Invisible characters inside a word of Latin letters and digits (where markers are). */
const INVISIBLE_IN_WORD = new RegExp(`(?<=[A-Za-z0-9])[${INVISIBLE_CLASS}]+(?=[A-Za-z0-9])`, 'gu');
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'gu');
/** The last text folded: a card's body is judged by several entry points in a row. */
let lastFolded;
/**
 * `text` as it reads: styled letters and digits in their plain form (NFKC of each run of them),
 * invisible characters gone (a zero-width space between words of scripts written without
 * spaces, Thai or Khmer, stays a word break). Only letters are folded: full-width punctuation
 * (`＜`, `｛｛`) keeps its meaning, and is not read as Markdown or a template tag.
 */
function undisguised(text) {
    if (!DISGUISE.test(text))
        return text;
    if (lastFolded?.text === text)
        return lastFolded.plain;
    const plain = text
        .replace(STYLED_RUN, (run) => run.normalize('NFKC'))
        .replace(INVISIBLE_IN_WORD, '')
        .replace(/\u200b+/g, ' ')
        .replace(INVISIBLE, '');
    lastFolded = { text, plain };
    return plain;
}
/**
 * A text to quote in a message with its invisible characters written out (`T\u{200b}BD`): the
 * reader searching the file for what the message quotes must find it.
 */
function showInvisible(text) {
    return DISGUISE.test(text) ? text.replace(INVISIBLE, (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`) : text;
}
// A word goes on over combining marks: Thai, Hindi and Arabic vowel signs are inside words.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’._-]*/gu;
/** A word starts with a letter or digit, so a text holds one exactly when it holds such a character. */
const WORD_START = /[\p{L}\p{N}]/u;
/**
 * Words that carry content once markers and Markdown punctuation are gone, counted up to
 * `atMost`: callers ask "any?" or "fewer than n?", and a card's long sections need no array of
 * every word to answer (that array was most of this module's time and garbage).
 */
function contentWords(text, atMost) {
    const prose = proseOf(text);
    if (atMost <= 1)
        return WORD_START.test(prose) ? 1 : 0;
    WORD.lastIndex = 0;
    let words = 0;
    while (words < atMost && WORD.test(prose))
        words++;
    return words;
}
/**
 * A paragraph or list item led by a marker ("TODO: describe how to stop the system before the
 * release review", "- [ ] **TODO**: …", "To do: …"): an instruction to its author, however
 * long, and it says nothing about the system, though it names the topic. Upper-case markers lead
 * one bare, lower-case ones with a colon; "Todo lists are kept in Jira" is a sentence.
 */
const MARKER_LINE = /^[ \t\u00a0]*(?:(?:[-*+>]|\d{1,9}[.)]|[a-z][.)]|\[[ xX]?\])[ \t\u00a0]+)*[*_`([@]{0,3}(?:(?:TODO|TO DO|TBD|TBA|TBC|FIXME|XXX)\b|(?:[Tt][Oo] ?[Dd][Oo]|[Tt][Bb][DdAaCc]|[Ff][Ii][Xx][Mm][Ee])[*_`)\]]{0,3}[ \t]*:)/;
/** A line that opens a block of its own, so a marker's paragraph ends before it (CommonMark, GFM tables). */
const BLOCK_START = /^[ \t]*(?:$|[-*+>#|<]|\d{1,9}[.)]|```|~~~|_{3,}|={2,})/;
/** A line that ends a sentence: a marker's instruction that ends so does not run on to the next line. */
const ENDS_SENTENCE = /[.!?:][*_`)\]"']*[ \t]*$/;
/**
 * Filler text ("Lorem ipsum dolor sit amet, …"): it and the rest of its paragraph say nothing,
 * however long; a tight list of filler items is one paragraph of it, up to a blank line or heading.
 */
// Between its words, anything that is not a letter or digit: spaces and line breaks, no-break
// and zero-width spaces, hyphens, dashes, soft hyphens, underscores.
const FILLER = /\b(?:lorem[^a-z0-9]{0,12}ipsum[^a-z0-9]{1,12}dolor|dolor[^a-z0-9]{1,12}sit[^a-z0-9]{1,12}amet)\b/gi;
const FILLER_END = /^[ \t]*(?:$|#)/;
/** Where filler starts, by line of `text` (split at \n): its column on that line; it may run over a line break. */
function fillerStarts(text) {
    const starts = new Map();
    let line = 0;
    let lineStart = 0;
    for (const match of text.matchAll(FILLER)) {
        for (let at = text.indexOf('\n', lineStart); at >= 0 && at < match.index; at = text.indexOf('\n', lineStart)) {
            line++;
            lineStart = at + 1;
        }
        if (!starts.has(line))
            starts.set(line, match.index - lineStart);
    }
    return starts;
}
/**
 * A heading that is only a marker ("### TODO", "## TBD:"): what its subsection holds is a to-do
 * list or an instruction to the author ("Describe the limitations here"), however it is worded.
 */
const MARKER_HEADING = /^ {0,3}(#{1,6})[ \t]+[*_`]{0,3}(?:to ?do|tb[dac]|fixme|xxx)[*_`]{0,3}:?(?:[ \t]+#+)?[ \t]*$/i;
const ATX_LEVEL = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
/**
 * `text` without the paragraphs markers lead (the marker's line, and the lines it runs on over),
 * the paragraphs filler text is in, and the subsections under a heading that is only a marker
 * (up to the next heading of its level or above).
 */
function withoutMarkerLed(text) {
    const lines = text.split('\n');
    let dropping = false;
    /** Dropping a paragraph of filler text, which runs to its end whatever its lines end with. */
    let filler = false;
    /** The level of the marker heading whose subsection is being dropped, else 0. */
    let under = 0;
    const filling = fillerStarts(text);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (under > 0) {
            const level = ATX_LEVEL.exec(line)?.[1]?.length ?? 0;
            if (level === 0 || level > under) {
                lines[i] = '';
                continue;
            }
            under = 0;
        }
        const heading = MARKER_HEADING.exec(line);
        if (heading) {
            under = heading[1].length;
            dropping = false;
            lines[i] = '';
            continue;
        }
        if (MARKER_LINE.test(line)) {
            dropping = true;
            filler = false;
        }
        else if (filling.has(i)) {
            lines[i] = line.slice(0, filling.get(i)); // what comes before it on its line stays
            dropping = true;
            filler = true;
            continue;
        }
        else if (!dropping || (filler ? FILLER_END : BLOCK_START).test(line)) {
            dropping = false;
            continue;
        }
        lines[i] = '';
        // A wrapped instruction goes on to the next line; one that ends a sentence does not.
        if (!filler && ENDS_SENTENCE.test(line))
            dropping = false;
    }
    return lines.join('\n');
}
/**
 * A link reference definition, `[label]: destination "title"` (CommonMark 4.7), read from
 * lastIndex, at any indentation (inside a list item; an indented code line of that shape says
 * nothing either), after list markers and `>` if any (white space after each is all taken, so a run of
 * them is read one way only: a choice of spaces per marker made failing tries exponential): the label (group 1), the destination (on the next
 * line if not this one) and an optional title in quotes or parentheses, which may run over lines.
 * None of it is shown.
 */
const LINK_DEFINITION = /[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+|>[ \t]*)*\[((?:[^[\]\\]|\\.){1,999})\]:[ \t]*(?:\r?\n[ \t]*)?(?:<[^<>\n]*>|[^\s<]\S*)(?:(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?[ \t]*(?:\r?\n|$)/y;
/** A line no paragraph holds: blank, a heading, a thematic break or a code fence. */
const NOT_PARAGRAPH = /^(?:[ \t]*\r?$| {0,3}(?:#{1,6}(?:[ \t]|\r?$)|(?:\*[ \t]*){3,}\r?$|(?:-[ \t]*){3,}\r?$|(?:_[ \t]*){3,}\r?$|```|~~~))/;
/** A line that ends the paragraph before it and may open one of its own: a list item or a quote. */
const OPENS_CONTAINER = /^ {0,3}(?:[-*+][ \t]+\S|1[.)][ \t]+\S|>)/;
const QUOTED = /^ {0,3}>/;
/**
 * `text` without its link reference definitions, each line kept as an empty one. A renderer
 * shows none of them, and `[//]: # (…)` is a common way to write a comment in Markdown (red
 * team: an oversight plan whose every section was one passed as evidenced, shown empty). A
 * definition only starts a paragraph (it cannot interrupt one), so each paragraph is read once
 * from its start, and a title that does not close is looked for no further than its paragraph.
 */
function withoutLinkDefinitions(text) {
    if (!text.includes(']:'))
        return text;
    const lines = text.split('\n');
    for (let first = 0; first < lines.length;) {
        if (NOT_PARAGRAPH.test(lines[first])) {
            first++;
            continue;
        }
        let end = first + 1;
        // A quote's next line goes on with its paragraph; a list item opens its own.
        const opens = (line) => OPENS_CONTAINER.test(lines[line]) && !(QUOTED.test(lines[line]) && QUOTED.test(lines[line - 1]));
        while (end < lines.length && !NOT_PARAGRAPH.test(lines[end]) && !opens(end))
            end++;
        const paragraph = lines.slice(first, end).join('\n');
        let at = 0;
        if (paragraph.includes(']:')) {
            for (;;) {
                LINK_DEFINITION.lastIndex = at;
                const definition = LINK_DEFINITION.exec(paragraph);
                if (!definition || !/\S/.test(definition[1]))
                    break;
                at += definition[0].length;
                if (at >= paragraph.length)
                    break;
            }
        }
        if (at > 0) {
            const consumed = paragraph.slice(0, at).split('\n').length - (paragraph[at - 1] === '\n' ? 1 : 0);
            for (let line = first; line < first + consumed; line++)
                lines[line] = '';
        }
        first = end;
    }
    return lines.join('\n');
}
/** An inline link's target, `](…)`: not shown. The class stops at the next opener, so a run of unclosed `](` is scanned once. */
const LINK_TARGET = /\]\([^()]*\)/g;
/**
 * An HTML start tag: its name (group 1) and attributes (group 2). The lookahead keeps the name
 * whole: with `\b`, a name of hyphens ("<a-a-a-…") could end at each hyphen, and each end read
 * the rest of the text again.
 */
const START_TAG = /<([a-z][a-z0-9-]*)(?![a-z0-9-])([^<>]*)>/gi;
/** Elements whose content no renderer shows. */
const UNSHOWN = new Set(['script', 'style', 'template']);
const HIDDEN_ATTRIBUTE = /(?:^|\s)hidden(?:[\s=/]|$)/i;
/** Attribute values, which may hold the word "hidden" (an image's alt text, false-error hunt). */
const ATTRIBUTE_VALUE = /"[^"]*"|'[^']*'/g;
/** Elements with no content and no end tag: hiding one hides nothing after it. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/**
 * `text` without the elements no reader sees: `<script>`, `<style>`, `<template>` and any
 * element with the `hidden` attribute, content and all, nested ones of the same name included
 * (red team: "Nurses stop the suggestion" in a `<script>` met the stop topic of a runbook that
 * said nobody could). An element left open runs to the end, as a browser reads it; a tag in
 * inline code is text. One pass: each hidden element is read to its close once.
 */
function withoutHiddenElements(text) {
    if (!text.includes('<'))
        return text;
    let out = '';
    let from = 0;
    // Whether the text up to `scanned` is inside an inline code span (an odd number of backticks
    // since the line began), kept as the scan moves on: each character is looked at once.
    let scanned = 0;
    let inCode = false;
    START_TAG.lastIndex = 0;
    for (let tag = START_TAG.exec(text); tag !== null; tag = START_TAG.exec(text)) {
        for (; scanned < tag.index; scanned++) {
            const char = text[scanned];
            if (char === '\n')
                inCode = false;
            else if (char === '`')
                inCode = !inCode;
        }
        const name = tag[1].toLowerCase();
        // A tag in inline code is text: "embed it with `the <script>` element" (review).
        if ((!UNSHOWN.has(name) && !HIDDEN_ATTRIBUTE.test(tag[2].replace(ATTRIBUTE_VALUE, ' '))) || inCode)
            continue;
        out += `${text.slice(from, tag.index)} `;
        const end = VOID_ELEMENTS.has(name) ? START_TAG.lastIndex : closeOf(text, name, START_TAG.lastIndex);
        if (end < 0)
            return out;
        from = end;
        START_TAG.lastIndex = end;
    }
    return from === 0 ? text : out + text.slice(from);
}
/** The offset just past the close of the `name` element whose content starts at `from`, counting nested ones; -1 when it is not closed. */
function closeOf(text, name, from) {
    // The name whole, as START_TAG reads it: `</x-a-b>` does not close `<x-a hidden>` (review).
    const tags = new RegExp(`<(/?)${name}(?![a-z0-9-])[^<>]*>`, 'gi');
    tags.lastIndex = from;
    let depth = 1;
    for (let tag = tags.exec(text); tag !== null; tag = tags.exec(text)) {
        depth += tag[1] === '/' ? -1 : 1;
        if (depth === 0)
            return tags.lastIndex;
    }
    return -1;
}
/** `text` without what says nothing: comments, template tags, elements no reader sees, placeholder markers and the paragraphs they lead, link targets, HTML tags. */
function proseOf(text) {
    let stripped = text;
    for (const [open, close] of DELIMITED)
        stripped = cutDelimited(stripped, open, close);
    stripped = withoutHiddenElements(stripped);
    if (ANY_MARKER.test(stripped)) {
        stripped = withoutMarkerLed(stripped);
        for (const marker of MARKERS)
            stripped = stripped.replace(marker, ' ');
    }
    // Link targets, HTML tags and Markdown punctuation say nothing on their own. The classes stop
    // at the next opener, so a run of unclosed `](` or `<` is scanned once, not once per opener.
    // Most values hold neither (a version, a name, a sentence): no scan of them at all.
    if (stripped.includes(']('))
        stripped = stripped.replace(LINK_TARGET, ' ');
    return stripped.includes('<') ? stripped.replace(/<[^<>]+>/g, ' ') : stripped;
}
// Subsection headings, setext underlines and bold labels name a topic; they say nothing about it.
// Each stays on its line ([ \t], never \s, which crosses newlines and made blank lines quadratic).
const STRUCTURE_ONLY = /^(?: {0,3}#{1,6}(?:[ \t].*)?| {0,3}(?:=+|-+)[ \t]*|[ \t]*<h[1-6][^<>\n]*>.*<\/h[1-6]>[ \t]*)$/gm;
const LABEL_PREFIX = /^[ \t]*(?:[-*+][ \t]+)?\*\*[^*\n]+\*\*:?/gm;
/**
 * `text` without headings, setext underlines and bold labels, which name a topic and say nothing
 * of it; the paragraphs markers lead go first, as a bold label may be the marker ("**TODO**:").
 */
function withoutStructure(text) {
    return (ANY_MARKER.test(text) ? withoutMarkerLed(text) : text).replace(STRUCTURE_ONLY, '').replace(LABEL_PREFIX, '');
}
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
/**
 * Answers that answer nothing when they are all a section or a value says: "N/A", "Not
 * applicable", "Unknown", "See above", "Various". A field or section asks for a statement; these
 * give none. "None" and "No" are left alone: to a question whether something exists (personal
 * data, annotations, known bias) they are an answer.
 */
const NON_ANSWERS = new Set(['n a', 'na', 'not applicable', 'not available', 'nil', 'unknown', 'see above', 'see below', 'as above', 'various', 'tbc']);
/** The non-answers that are honest where a field does not apply; "TBC", "see above", "various" never are. */
const NOT_APPLICABLE = new Set(['n a', 'na', 'not applicable']);
const ANSWER_WORD = /[\p{L}\p{N}]+/gu;
/**
 * Whether a value only says the field does not apply ("N/A", "Not applicable"): a placeholder
 * where the field is required, an honest answer where it is not ("legalBasis: Not applicable" for
 * data with no personal data), so system/no-placeholders leaves it to each field's rule.
 */
function isNonAnswerValue(value) {
    return isNonAnswer(undisguised(value).trim(), NOT_APPLICABLE);
}
/** Every word a non-answer is made of: reading stops at the first word of any other text. */
const NON_ANSWER_WORDS = new Set([...NON_ANSWERS].flatMap((answer) => answer.split(' ')));
function isNonAnswer(prose, answers = NON_ANSWERS) {
    // Word by word rather than lowercasing and splitting the whole text: this runs on every value
    // of every document, and nearly all of them stop at their first word.
    const words = [];
    ANSWER_WORD.lastIndex = 0;
    for (let match = ANSWER_WORD.exec(prose); match !== null; match = ANSWER_WORD.exec(prose)) {
        const word = match[0].toLowerCase();
        if (words.length === 3 || !NON_ANSWER_WORDS.has(word)) {
            ANSWER_WORD.lastIndex = 0;
            return false;
        }
        words.push(word);
    }
    return words.length > 0 && answers.has(words.join(' '));
}
/** Absence of a Markdown section body as it reads (undisguised), or undefined when it says something. */
function sectionAbsence(shown) {
    const body = undisguised(shown);
    if (body.trim() === '')
        return 'empty';
    // Code (a usage snippet under "Usage", say) states no intended use, limitation or result.
    const prose = withoutFencedCode(body);
    if (prose !== body && contentWords(prose, 1) === 0)
        return 'code-only';
    const text = withoutStructure(withoutLinkDefinitions(prose));
    // Nothing left: a section of headings only is empty, one of marker-led paragraphs a placeholder.
    if (text.trim() === '')
        return prose.replace(STRUCTURE_ONLY, '').trim() === '' ? 'empty' : 'placeholder';
    // A link's target is not shown, so its words are not the section's: the Hub's dataset template
    // links every "[More Information Needed]" to its contributing guide (new user: a card of only
    // those passed as documenting its source and personal data).
    const words = contentWords(text.includes('](') ? text.replace(LINK_TARGET, '] ') : text, 8);
    if (words === 0)
        return 'placeholder';
    if (words <= 3 && isNonAnswer(proseOf(text)))
        return 'placeholder';
    // "TODO: describe the intended use" is still a placeholder; a long paragraph that mentions
    // a TODO list is not.
    if (STARTS_WITH_MARKER.test(text.trim()) && words < 8)
        return 'placeholder';
    return undefined;
}
/** A Markdown document's text as a reader sees it: disguises undone, without fenced code and link reference definitions. */
function shownMarkdown(body) {
    return withoutLinkDefinitions(withoutFencedCode(undisguised(body)));
}
/**
 * How many words of a Markdown text say something, counted up to `atMost`: fenced code,
 * headings, bold labels, template markers, link targets and markup aside ("# Risks\n\nTODO"
 * says nothing: 0).
 */
function substantiveWords(body, atMost = Number.POSITIVE_INFINITY) {
    return distinctSentenceWords(proseOf(withoutStructure(shownMarkdown(body))), atMost);
}
/** Characters WORD takes in after a word's last letter ("team." at a sentence's end). */
const WORD_TAIL = new Set(['.', "'", '\u2019', '_', '-']);
const SENTENCE_MARK = new Set(['.', '!', '?']);
/** Quotes and brackets that may close a sentence after its mark ('"Stop."', '(weekly.)'). */
const SENTENCE_CLOSER = new Set([')', ']', '"', "'", '\u2019', '\u201d']);
const WHITE_SPACE = /\s/;
/**
 * The offset just past the sentence that starts at `from`: past `.`, `!` or `?` (and closing
 * quotes or brackets) followed by white space, or past a line break; the text's length when
 * neither comes. By hand, not a regular expression: a run of marks before a letter ("?!?!x")
 * was tried again from each mark.
 */
function sentenceEnd(prose, from) {
    for (let i = from; i < prose.length; i++) {
        const char = prose[i];
        if (char === '\n')
            return i + 1;
        if (!SENTENCE_MARK.has(char))
            continue;
        let after = i + 1;
        while (after < prose.length && SENTENCE_MARK.has(prose[after]))
            after++;
        const marksEnd = after;
        while (after < prose.length && SENTENCE_CLOSER.has(prose[after]))
            after++;
        if (after === prose.length || WHITE_SPACE.test(prose[after]))
            return after;
        i = marksEnd - 1;
    }
    return prose.length;
}
/** `word` in lower case without the tail WORD took in: "Team." and "team" are one word. */
function wordKey(word) {
    let end = word.length;
    while (end > 1 && WORD_TAIL.has(word[end - 1]))
        end--;
    return word.slice(0, end).toLowerCase();
}
/**
 * The fewest words a sentence has for a repeat of it to count as padding: a short line written
 * again (a label's value, "Weekly"; a list number; "Dr.") is a value each time it is written.
 */
const MIN_REPEATED_WORDS = 5;
/**
 * How many times, on average, each distinct word may count: a stub padded to the word count with
 * one word ("stop stop stop …", "- stop" on sixteen lines) or two in turn says no more than those
 * words (red team). Prose repeats words too, but a text of a minimum's length has at least half as
 * many distinct words as words: 15 words of a runbook step hold 11 to 15.
 */
const WORDS_PER_DISTINCT_WORD = 2;
/**
 * The words of `prose`, counted until `atMost` is reached, each sentence of MIN_REPEATED_WORDS or
 * more once however often it is written: a stub padded to the word count by pasting one line ten
 * times says no more than the line. Sentences are the same when their words are, case and
 * punctuation aside. No more words count than WORDS_PER_DISTINCT_WORD for each distinct one.
 */
function distinctSentenceWords(prose, atMost) {
    const seen = new Set();
    const distinct = new Set();
    let words = 0;
    const counted = () => Math.min(words, distinct.size * WORDS_PER_DISTINCT_WORD);
    for (let start = 0; start < prose.length && counted() < atMost;) {
        const stop = sentenceEnd(prose, start);
        const sentence = prose.slice(start, stop);
        start = stop;
        let key = '';
        let count = 0;
        const keys = [];
        WORD.lastIndex = 0;
        for (let word = WORD.exec(sentence); word !== null; word = WORD.exec(sentence)) {
            const wordKeyed = wordKey(word[0]);
            keys.push(wordKeyed);
            key += `${wordKeyed} `;
            count++;
        }
        // A short line repeated is a value, not padding: "Weekly" under each label of a register.
        if (count < MIN_REPEATED_WORDS || !seen.has(key)) {
            seen.add(key);
            words += count;
            for (const word of keys)
                distinct.add(word);
        }
    }
    return Math.min(counted(), atMost);
}
/**
 * Where a document's topics must be found: its headings and text, without code, comments,
 * template tags, placeholder markers or link targets (a topic named only in an HTML comment is
 * not addressed).
 */
function substantiveText(body) {
    return proseOf(shownMarkdown(body));
}
/**
 * What a document states: substantiveText without its headings and bold labels, which name a
 * topic and say nothing of it.
 */
function statedText(body) {
    return proseOf(withoutStructure(shownMarkdown(body)));
}
/**
 * What a reader of a Markdown document sees of it: its text with code, but without HTML comments,
 * template tags, link reference definitions, link targets or invisible characters. An edit
 * that changes none of it changes nothing a reviewer reads (governance/review-not-postponed).
 */
function readableText(body) {
    return proseOf(withoutLinkDefinitions(undisguised(body)));
}
/**
 * The text without its fenced code blocks (opened and closed as the card outline reads them),
 * and without the line ending in ":" that leads into each. One pass over the lines.
 */
function withoutFencedCode(text) {
    if (!text.includes('```') && !text.includes('~~~'))
        return text;
    const kept = [];
    // The last line kept that is not blank: found by index, not by walking back over blank lines,
    // which a text of fences and blank lines made quadratic.
    let lastWords = -1;
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
            if (line.trim() !== '')
                lastWords = kept.length - 1;
            continue;
        }
        // A lead-in to the code ("You can use cURL to access this model:") goes with it.
        if (lastWords >= 0 && kept[lastWords].trimEnd().endsWith(':'))
            kept[lastWords] = '';
        lastWords = -1;
        // The code ends a paragraph: the lines either side of it do not run on into each other.
        kept.push('');
    }
    return kept.join('\n');
}
/** Absence of a value from YAML or JSON, or undefined when it is present. `false` and 0 count. */
function valueAbsence(value) {
    if (value === undefined || value === null)
        return 'missing';
    if (typeof value === 'string') {
        const text = undisguised(value).trim();
        // Only invisible characters: a value that looks blank, but is there to pass for one.
        if (text === '')
            return value.trim() === '' ? 'empty' : 'placeholder';
        if ((text.length <= LONGEST_SCALAR_PLACEHOLDER && SCALAR_PLACEHOLDERS.has(text.toLowerCase())) || isNonAnswer(text))
            return 'placeholder';
        if (contentWords(text, 1) === 0 || STARTS_WITH_MARKER.test(text))
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
/**
 * What a placeholder value says, quoted and cut to 120 characters: `"TODO: the owning team"`.
 * The field's own rule and system/no-placeholders word a marker the same way, so the two
 * findings at one place read as one (the reports show them once, with both rules).
 */
function describePlaceholder(text) {
    return `is still a placeholder: ${showInvisible(JSON.stringify(text.length > 120 ? `${text.slice(0, 119)}…` : text))}`;
}
/** What a value's absence is, a placeholder text quoted (describePlaceholder), else in words (describeAbsence). */
function describeValueAbsence(value, absence) {
    return absence === 'placeholder' && typeof value === 'string' && value.trim() !== '' ? describePlaceholder(value) : describeAbsence(absence);
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

/***/ 6774:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MF: () => (/* binding */ describeType),
/* harmony export */   OI: () => (/* binding */ moreProblems),
/* harmony export */   _U: () => (/* binding */ checkSchema),
/* harmony export */   sB: () => (/* binding */ explainSchemaErrors)
/* harmony export */ });
/* unused harmony exports validatorFor, MAX_LISTED_ERRORS, checkSchemaWith */
/* harmony import */ var _calendar_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4771);
/* harmony import */ var _text_closest_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2665);
/* harmony import */ var _lazy_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4759);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4853);




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
/**
 * Errors a compiled validator collects before it stops listing them (scripts/compile-schemas.mjs
 * caps each one at this count): a 5 MB list of bad items made millions of error objects, which
 * took minutes and gigabytes and then crashed the run.
 */
const MAX_LISTED_ERRORS = 10_000;
/**
 * Validates `data` against a bundled schema and explains each violation. Past MAX_LISTED_ERRORS
 * errors, a validator that stops at the first problem gives the verdict (errors an `anyOf`
 * branch counted may still be undone by another branch), and an issue of its own says the rest
 * are not listed: so many problems is never read as few, or as none.
 */
function checkSchema(schemaFile, data, written) {
    return checkSchemaWith(validatorFor(schemaFile), schemaFile, data, written);
}
/** checkSchema with the compiled validator given (tests give one that reaches the cap). */
function checkSchemaWith(validate, schemaFile, data, written) {
    try {
        return validate(data) ? [] : explainSchemaErrors(validate.errors ?? [], data, written);
    }
    catch (error) {
        if (error !== (0,_lazy_js__WEBPACK_IMPORTED_MODULE_0__/* .libraries */ .G6)().TOO_MANY_ERRORS)
            throw error;
    }
    const first = firstProblemValidatorFor(schemaFile);
    if (first(data))
        return [];
    return [...explainSchemaErrors(first.errors ?? [], data, written), { path: [], message: `more than ${MAX_LISTED_ERRORS.toLocaleString('en-US')} problems in all, not listed`, beyondLimit: true }];
}
/** What a message adds after a document's first schema issue: how many more there are. */
function moreProblems(issues) {
    if (issues.at(-1)?.beyondLimit)
        return ` (and more than ${MAX_LISTED_ERRORS.toLocaleString('en-US')} other problems)`;
    // Named when few (new user: "(and 1 more problem)" on an AIF360 export never said which, so
    // fixing the first brought up the second, one run at a time).
    if (issues.length > 1 && issues.length <= 3)
        return ` (and ${issues.slice(1).map((issue) => issue.message).join('; ')})`;
    return issues.length > 1 ? ` (and ${issues.length - 1} more problems, the next: ${issues[1]?.message})` : '';
}
const firstProblemValidators = new Map();
/** A validator that stops at its first problem, compiled at first use: only documents past the cap need one. */
function firstProblemValidatorFor(schemaFile) {
    let validate = firstProblemValidators.get(schemaFile);
    if (!validate) {
        const { Ajv2020, fullFormats, schemasByFile } = (0,_lazy_js__WEBPACK_IMPORTED_MODULE_0__/* .libraries */ .G6)();
        // As scripts/compile-schemas.mjs compiles them, without allErrors.
        const ajv = new Ajv2020({ allErrors: false, verbose: true, strict: true, allowUnionTypes: true });
        for (const format of ['date', 'date-time', 'email', 'uri'])
            ajv.addFormat(format, fullFormats[format]);
        validate = ajv.compile(schemasByFile[schemaFile]);
        firstProblemValidators.set(schemaFile, validate);
    }
    return validate;
}
/** Fields a schema no longer has, with what replaced them (said where the replacements are known). */
const RENAMED_FIELDS = new Map([
    ['controls', { now: ['evidences', 'supports'], hint: 'a rule\'s control references are now "evidences" (its check judges content) and "supports" (a declaration or a file\'s presence)' }],
]);
function explainSchemaErrors(errors, data, written) {
    const issues = [];
    // Branch failures of an anyOf or oneOf are summarised by the anyOf or oneOf error itself. (A
    // oneOf branch's type error once hid that error, so a document that failed had no issue: valid.)
    const inBranch = (e) => e.schemaPath.includes('/anyOf/') || e.schemaPath.includes('/oneOf/');
    const typeErrorAt = new Set(errors.filter((e) => e.keyword === 'type' && !inBranch(e)).map((e) => e.instancePath));
    const seen = new Set();
    for (const error of errors) {
        // An if's "must match then" says no more than the then's own errors, listed beside it.
        if (inBranch(error) || error.keyword === 'if')
            continue;
        if (error.keyword !== 'type' && typeErrorAt.has(error.instancePath))
            continue;
        const path = toSegments(error.instancePath, data);
        const issue = explain(error, path, written);
        const key = `${(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPath */ .jV)(issue.path)}\u0000${issue.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        issues.push(issue);
    }
    // Whichever errors are left out above, a document that failed its schema has an issue.
    const first = errors[0];
    if (issues.length === 0 && first)
        issues.push(explain(first, toSegments(first.instancePath, data), written));
    return issues;
}
function explain(error, path, written) {
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
            const guess = (0,_text_closest_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(field, known);
            // Words with no value after a comma: `{ authority: approves, declines or refers, … }` ends
            // authority's value at the comma, and the rest reads as a key (new user).
            const owner = error.data;
            const split = / /.test(field.trim()) && owner !== null && typeof owner === 'object' && Object.hasOwn(owner, field) && owner[field] === null;
            const hint = renamed && renamed.now.every((f) => known.includes(f)) ? `: ${renamed.hint}` : guess ? ` (did you mean "${guess}"?)` : split ? ' (a comma inside { … } ends a value: if these words are the rest of the value before them, put that value in quotes)' : '';
            return { path: [...path, field], message: `${prefix}unknown field "${field}"${hint}`, unknownField: true };
        }
        case 'type': {
            const expected = [].concat(params.type);
            const scalar = typeof error.data === 'number' || typeof error.data === 'boolean';
            // What was written, when the caller knows and it is a plain scalar; else the value read.
            const source = scalar ? written?.(path, error.data) : undefined;
            const quoted = () => (source && source.length <= 40 ? source : String(error.data));
            const hint = expected.includes('string') && scalar ? ` (quote it: "${quoted()}")` : '';
            return { path, message: `${prefix}must be ${expected.map(article).join(' or ')}, found ${describeType(error.data)}${hint}` };
        }
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const guess = typeof error.data === 'string' ? (0,_text_closest_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(error.data, allowed) : undefined;
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
            // Written in the shape, but no day of the calendar ("2027-31-01"): say which part is wrong.
            const parts = params.format === 'date' && typeof error.data === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(error.data) : null;
            if (parts) {
                const [year, month, day] = parts.slice(1).map(Number);
                const days = (0,_calendar_js__WEBPACK_IMPORTED_MODULE_3__/* .daysInMonth */ .L)(year, month);
                const wrong = days === 0 ? `there is no month ${month}` : day === 0 ? 'there is no day 0' : `month ${month} of ${parts[1]} has ${days} days`;
                return { path, message: `${prefix}${quote(error.data)} is no date: ${wrong} (written YYYY-MM-DD)` };
            }
            return { path, message: `${prefix}${quote(error.data)} is not ${names[String(params.format)] ?? `a valid ${String(params.format)}`}` };
        }
        case 'minLength': {
            // "Not ours." against a 20-character minimum is not empty: say what is needed.
            const limit = Number(params.limit);
            const found = typeof error.data === 'string' ? [...error.data].length : 0;
            return { path, message: limit <= 1 || found === 0 ? `${prefix}must not be empty` : `${prefix}must be at least ${limit} characters long, found ${found}` };
        }
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


/***/ }),

/***/ 2431:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ shapeOf),
/* harmony export */   QT: () => (/* binding */ lazyLocation),
/* harmony export */   Qk: () => (/* binding */ nestingDepth),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   Uu: () => (/* binding */ positionOfIssue),
/* harmony export */   e1: () => (/* binding */ asText),
/* harmony export */   hM: () => (/* binding */ detachText),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   wM: () => (/* binding */ MAX_NESTING_DEPTH)
/* harmony export */ });
/** Where a schema issue is: an unknown field at its key (`nmae:`), anything else as locate says. */
function positionOfIssue(doc, issue) {
    return issue.unknownField && doc.locateKey ? doc.locateKey(issue.path) : doc.locate(issue.path);
}
/**
 * A location in `file` whose position is found by `find` when first read, then kept. Its fields
 * read like a plain Location's (an absent end is undefined), but they are the class's getters,
 * not the object's own: copy one with makeFinding (policy/finding.ts) or JSON, not by spreading
 * it or posting it to another thread. A class because adapters make one for every value they read,
 * some 300 a system, and an object literal with getters cost about 2 µs each (its accessors are
 * defined anew for every object) against 0.15 µs.
 */
class LazyLocation {
    file;
    find;
    found;
    constructor(file, 
    // Let go once found: it holds the parsed document.
    find) {
        this.file = file;
        this.find = find;
    }
    get line() {
        return this.position().line;
    }
    get column() {
        return this.position().column;
    }
    get endLine() {
        return this.position().endLine;
    }
    get endColumn() {
        return this.position().endColumn;
    }
    /** As a plain Location (JSON reads only an object's own fields). */
    toJSON() {
        const { line, column, endLine, endColumn } = this.position();
        return { file: this.file, line, column, ...(endLine !== undefined ? { endLine } : {}), ...(endColumn !== undefined ? { endColumn } : {}) };
    }
    position() {
        if (this.found === undefined) {
            this.found = this.find();
            this.find = undefined;
        }
        return this.found;
    }
}
function lazyLocation(file, find) {
    return new LazyLocation(file, find);
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
    /** The offset line `line` (1-based) starts at, or undefined past the last line. */
    lineStart(line) {
        return this.starts[line - 1];
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
    return shapeOf(value, stopAt).depth;
}
/**
 * How deep a parsed value nests (stopping once past `stopAt`) and how many members its objects
 * have in all, in one walk without recursion. JSON needs both (the key count finds a duplicated
 * key), and the walk is a visible part of reading a large report, so it is done once.
 */
function shapeOf(value, stopAt) {
    if (value === null || typeof value !== 'object')
        return { depth: 0, keys: 0 };
    let keys = 0;
    let deepest = 0;
    // Two stacks side by side: a pair per node was most of the cost on every document read.
    const nodes = [value];
    const depths = [1];
    while (nodes.length > 0) {
        const node = nodes.pop();
        const depth = depths.pop();
        if (depth > deepest) {
            deepest = depth;
            if (deepest > stopAt)
                break;
        }
        if (Array.isArray(node)) {
            for (const child of node) {
                if (child !== null && typeof child === 'object') {
                    nodes.push(child);
                    depths.push(depth + 1);
                }
            }
        }
        else {
            // for...in over own keys (parsed values have no inherited enumerable ones) was faster than
            // Object.values on a 13 MB report.
            for (const key in node) {
                keys++;
                const child = node[key];
                if (child !== null && typeof child === 'object') {
                    nodes.push(child);
                    depths.push(depth + 1);
                }
            }
        }
    }
    return { depth: deepest, keys };
}
const MAX_NESTING_DEPTH = 64;
/**
 * Text from a document or an option, quoted and clipped for a message: the text is untrusted,
 * and may be long or hold line breaks, or format characters (a right-to-left override) that JSON
 * leaves as they are. Spaces are kept (a glob's trailing space may be its problem).
 */
function quoted(text, max = 80) {
    const clipped = JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
    return clipped.replace(/[\p{Cf}\u2028\u2029]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
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

/***/ 7794:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X_: () => (/* binding */ composedYamlBudget),
/* harmony export */   ZZ: () => (/* binding */ parseBundledYaml),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   kb: () => (/* binding */ YamlDoc),
/* harmony export */   lo: () => (/* binding */ COMPOSED_CHARS_PER_SYSTEM),
/* harmony export */   zk: () => (/* binding */ chargedToBase)
/* harmony export */ });
/* unused harmony exports MAX_YAML_ALIASES, MAX_COMPOSED_CHARS, parseYamlComposed */
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5531);
/* harmony import */ var _lazy_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4759);
/* harmony import */ var _source_doc_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2431);



const MAX_YAML_ALIASES = 100;
/**
 * The most aliases times nodes a document may hold (about 50 ms of the reader's time). The `yaml`
 * package resolves each alias by reading the document from its start up to it, so a 1 MB file of
 * ten thousand anchors, each aliased once, took seconds, and a pull request could cite it from
 * every system (red team). Documents people write hold a few aliases among a few hundred nodes.
 */
const MAX_ALIAS_WORK = 20_000_000;
class YamlDoc {
    file;
    value;
    source;
    lineOffset;
    /** Pairs of each mapping by key, built on first use: a linear scan per lookup made locating
     *  each of N items in a large mapping quadratic. */
    pairs = new WeakMap();
    constructor(file, value, 
    /**
     * The `yaml` document with positions, or the text to compose it from when first asked, or,
     * for a text that is JSON, its positions as jsonc-parser finds them.
     */
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
        if (this.source instanceof _json_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonPositions */ .RW)
            throw new Error('a JSON text has no yaml document');
        if (typeof this.source !== 'string')
            return this.source;
        const lines = new ((0,_lazy_js__WEBPACK_IMPORTED_MODULE_1__/* .libraries */ .G6)().yaml.LineCounter)();
        this.source = { doc: compose([...new ((0,_lazy_js__WEBPACK_IMPORTED_MODULE_1__/* .libraries */ .G6)().yaml.Parser)(lines.addNewLine).parse(this.source)], this.source.length), lines };
        return this.source;
    }
    locate(path) {
        return this.walk(path, false);
    }
    /** Where the key that ends `path` is written (`card/contcat` in `rules:`), not its value; as locate otherwise. */
    locateKey(path) {
        return this.walk(path, true);
    }
    walk(path, keyAtEnd) {
        if (this.source instanceof _json_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonPositions */ .RW)
            return this.walkJson(this.source, path, keyAtEnd);
        const { isMap, isScalar, isSeq } = (0,_lazy_js__WEBPACK_IMPORTED_MODULE_1__/* .libraries */ .G6)().yaml;
        let node = this.positions.doc.contents;
        let position = this.nodePosition(node) ?? { line: this.lineOffset + 1, column: 1 };
        for (let i = 0; i < path.length; i++) {
            const segment = path[i];
            if (isMap(node)) {
                const pair = this.pairOf(node, String(segment));
                if (!pair)
                    return position;
                const keyPosition = this.nodePosition(pair.key);
                if (keyAtEnd && i === path.length - 1 && keyPosition)
                    return keyPosition;
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
    /**
     * As walk, in a text that is JSON: the positions the `yaml` package would give (a scalar value
     * itself, a block or null at its key), found in jsonc-parser's tree.
     */
    walkJson(json, path, keyAtEnd) {
        let node = json.tree;
        if (!node)
            return { line: this.lineOffset + 1, column: 1 };
        let position = json.of(node);
        for (let i = 0; i < path.length; i++) {
            const segment = path[i];
            if (node.type === 'object') {
                const value = json.child(node, String(segment));
                const key = value?.parent?.children?.[0];
                if (!value || !key)
                    return position;
                const keyPosition = json.of(key);
                if (keyAtEnd && i === path.length - 1)
                    return keyPosition;
                position = value.type === 'object' || value.type === 'array' || value.type === 'null' ? keyPosition : json.of(value);
                node = value;
            }
            else if (node.type === 'array' && typeof segment === 'number') {
                const item = json.child(node, segment);
                if (!item)
                    return position;
                position = json.of(item);
                node = item;
            }
            else {
                return position;
            }
        }
        return position;
    }
    /**
     * The first alias (`*name`) in the document, with the name it refers to and where it is; none
     * in a text read fast, which has no anchor for an alias to name.
     */
    firstAlias() {
        if (typeof this.source === 'string' || this.source instanceof _json_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonPositions */ .RW)
            return undefined;
        const { isAlias, visit } = (0,_lazy_js__WEBPACK_IMPORTED_MODULE_1__/* .libraries */ .G6)().yaml;
        let found;
        visit(this.source.doc, (_key, node) => {
            if (!isAlias(node))
                return undefined;
            found = { name: node.source, position: this.nodePosition(node) ?? { line: this.lineOffset + 1, column: 1 } };
            return visit.BREAK;
        });
        return found;
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
    const { isAlias, isScalar } = (0,_lazy_js__WEBPACK_IMPORTED_MODULE_1__/* .libraries */ .G6)().yaml;
    if (isScalar(key))
        return String(key.value);
    if (isAlias(key))
        return key.source;
    return undefined;
}
/**
 * A carriage return with no line feed after it is a line break in YAML 1.2 (spec 5.4, b-break),
 * to js-yaml and to every line number modelgate reports (LineIndex), but text to the `yaml`
 * package (eemeli/yaml#595, kept by choice): a file saved with classic Mac line endings read as
 * one comment line, "the manifest is empty". Each becomes a line feed before either parser reads
 * the text: one character for one, so every offset, line and column stays the file's own.
 */
const LONE_CR = /\r(?!\n)/g;
const specLineBreaks = (text) => (text.includes('\r') ? text.replace(LONE_CR, '\n') : text);
function parseYaml(raw, options) {
    const text = specLineBreaks(raw);
    const lineOffset = options.lineOffset ?? 0;
    const json = readAsJson(text, options.file, lineOffset);
    if (json)
        return json;
    const fast = fastValue(text);
    if (fast) {
        if ((0,_source_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .nestingDepth */ .Qk)(fast.value, _source_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NESTING_DEPTH */ .wM) > _source_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NESTING_DEPTH */ .wM)
            return tooDeep(lineOffset);
        return { ok: true, doc: new YamlDoc(options.file, fast.value, text, lineOffset) };
    }
    const refused = composeRefused(text.length);
    if (refused)
        return { ok: false, error: { message: refused, line: lineOffset + 1, column: 1 } };
    return parseWithPositions(text, options.file, lineOffset, true);
}
/**
 * What the `yaml` package composes (a text with anchors, tags, a tab in its indentation, or one
 * js-yaml cannot read) costs about 3 s a megabyte on the benchmark machine, and a pull request
 * can cite many files: a text over MAX_COMPOSED_CHARS is refused, and so is one past what is left
 * of the system's COMPOSED_CHARS_PER_SYSTEM (a red-team helper ran the gate out of memory with
 * 16 cited files of 4.9 MB with an anchor each). Texts js-yaml reads alone have the file cap.
 */
const MAX_COMPOSED_CHARS = 1024 * 1024;
const COMPOSED_CHARS_PER_SYSTEM = 4 * 1024 * 1024;
/** What is left of the system being checked (on this thread); no limit outside a system's check (policies, waivers). */
let composedLeft = Number.POSITIVE_INFINITY;
/** What is left for the base commit's copies of its files, a budget of their own. */
let baseLeft = Number.POSITIVE_INFINITY;
/** Starts (a system's check) or ends (undefined) a budget of composed YAML on this thread, one for its files and one for the base commit's copies. */
function composedYamlBudget(chars) {
    composedLeft = chars ?? Number.POSITIVE_INFINITY;
    baseLeft = composedLeft;
}
/**
 * Runs `read` charging what it composes to the base commit's budget, not the system's: a pull
 * request's check reads the base's copies of its files beside its own, and a push's does not, so
 * the two would otherwise refuse different files. The base is not trusted more: it may be any
 * branch a pull request targets.
 */
function chargedToBase(read) {
    const own = composedLeft;
    composedLeft = baseLeft;
    try {
        return read();
    }
    finally {
        baseLeft = composedLeft;
        composedLeft = own;
    }
}
function composeRefused(chars) {
    const why = 'it needs the full YAML reader (anchors and aliases, tags, a tab in its indentation, or a syntax error)';
    if (chars > MAX_COMPOSED_CHARS)
        return `the file is not read: ${why}, which reads such a file up to ${formatMb(MAX_COMPOSED_CHARS)}, and it is ${formatMb(chars)}; write it without them (or as JSON), or split it`;
    if (chars > composedLeft)
        return `the file is not read: ${why}, which reads up to ${formatMb(COMPOSED_CHARS_PER_SYSTEM)} of such files for one system, and this system's files have used all but ${formatMb(composedLeft)} of it`;
    composedLeft -= chars;
    return undefined;
}
const formatMb = (chars) => `${(chars / (1024 * 1024)).toFixed(1)} MB`;
/**
 * A text that is a JSON object or array, read by JSON.parse; undefined for any other text. The
 * `yaml` package reads such a text to the same value (test/load/yaml-fast.test.ts holds the two
 * to the same values, errors and positions), but is slowest on the long lines JSON is often
 * written in: 2.3 MB on one line took it 3 s and 460 MB, JSON.parse 20 ms. Positions come from
 * jsonc-parser when a finding asks. A duplicate key is the error the `yaml` package gives, at the
 * same key.
 */
function readAsJson(text, file, lineOffset) {
    let start = 0;
    while (start < text.length && (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isJsonSpace */ .RB)(text.charCodeAt(start)))
        start++;
    const first = text.charCodeAt(start);
    if (first !== 0x7b && first !== 0x5b)
        return undefined; // { [
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const shape = (0,_source_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .shapeOf */ .F5)(value, _source_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NESTING_DEPTH */ .wM);
    if (shape.depth > _source_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NESTING_DEPTH */ .wM)
        return tooDeep(lineOffset);
    const positions = new _json_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonPositions */ .RW(text, lineOffset);
    const duplicate = (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .duplicatedKey */ .n3)(text, shape.keys);
    if (duplicate !== undefined)
        return { ok: false, error: { message: `invalid YAML: ${DUPLICATE_KEY}`, ...positions.point(duplicate) } };
    return { ok: true, doc: new YamlDoc(file, value, positions, lineOffset) };
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
// The YAML 1.2 core schema's implicit types. Module constants: a regular expression literal in
// a function is a new object each call, and these are tried on every plain scalar.
const NULL_SCALAR = /^(?:~|[Nn]ull|NULL)$/;
const BOOL_SCALAR = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_SCALAR = /^(?:0o[0-7]+|[-+]?\d+|0x[0-9a-fA-F]+)$/;
const FLOAT_SCALAR = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.\d+|\d+(?:\.\d*)?)[eE][-+]?\d+|[-+]?(?:\.\d+|\d+\.\d*))$/;
/**
 * The YAML 1.2 core schema as the `yaml` package resolves plain scalars (its schema/core
 * tests, which js-yaml's own core schema does not match: js-yaml reads `0b101` and `-0` as
 * numbers and `1e3` as a string). Dates, `<<` merges and binary stay what core YAML says: text.
 */
let coreSchema;
/** Built on first use: js-yaml is loaded on demand (lazy.ts). */
function yamlCoreSchema() {
    const { jsYaml } = (0,_lazy_js__WEBPACK_IMPORTED_MODULE_1__/* .libraries */ .G6)();
    return (coreSchema ??= jsYaml.FAILSAFE_SCHEMA.extend({
        implicit: [
            new jsYaml.Type('tag:yaml.org,2002:null', {
                kind: 'scalar',
                resolve: (text) => text === '' || NULL_SCALAR.test(text),
                construct: () => null,
            }),
            new jsYaml.Type('tag:yaml.org,2002:bool', {
                kind: 'scalar',
                resolve: (text) => BOOL_SCALAR.test(text),
                construct: (text) => text[0] === 't' || text[0] === 'T',
            }),
            new jsYaml.Type('tag:yaml.org,2002:int', {
                kind: 'scalar',
                resolve: (text) => INT_SCALAR.test(text),
                construct: (text) => (text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10)),
            }),
            new jsYaml.Type('tag:yaml.org,2002:float', {
                kind: 'scalar',
                resolve: (text) => FLOAT_SCALAR.test(text),
                construct: (text) => text.slice(-3).toLowerCase() === 'nan' ? NaN : text.slice(-3).toLowerCase() === 'inf' ? (text[0] === '-' ? -Infinity : Infinity) : parseFloat(text),
            }),
        ],
    }));
}
/**
 * Texts where js-yaml and the `yaml` package read differently, found by test/load/yaml-fast.test.ts;
 * they go to the `yaml` package. Each pattern is cheap and may catch more than it must (that
 * only costs speed). A pattern that must contain a character comes with it: a pattern that can
 * start anywhere (`^` in multiline mode) is tried at every character, and most files hold no `?`.
 */
const READ_APART = [
    // A collection as a mapping key: js-yaml names it "[object Object]" or "a,b", yaml "{ a: 1 }".
    [':', /[\]}][ \t]*:(?:[ \t\r\n]|$)/],
    ['', /[{,][ \t\r\n]*[[{]/],
    // An explicit key (`? `): an empty one is null to js-yaml and "" to yaml.
    ['?', /(?:^|[ \t,[{])\?(?:[ \t\r\n]|$)/m],
    // A tab in the indentation: yaml refuses it, js-yaml reads past it.
    ['\t', /^ *\t/m],
    // A comment right after a quote, a bracket or a comma: yaml refuses it, js-yaml reads it.
    ['#', /['"[\]{},]#/],
    // A byte order mark: the two treat what follows one differently.
    ['\uFEFF', /\uFEFF/],
    // A tag (`!x`, `!!str`): the two differ on empty and unknown tagged nodes.
    ['!', /(?:^|[ \t\r\n,[{])!/],
    // A block scalar with an indentation indicator (`>2`): the two keep its blank lines differently.
    ['', /[|>][-+]?\d/],
    // A directive (`%YAML 1.1` makes yaml read `yes` and `010` the YAML 1.1 way).
    ['%', /^%/m],
    // "---" with no space after it: js-yaml takes it as the document's start ("----" is [null],
    // "---x: 1" is {x: 1}); to yaml, as to the spec, it is text.
    ['---', /^---\S/m],
    // An empty key in a flow collection (`{: a}`): "" to yaml, "null" to js-yaml.
    [':', /[[{,][ \t\r\n]*:(?:[ \t\r\n,\]}]|$)/],
    // An empty sequence entry (`-` and nothing after it on its line) ending a sequence nested in
    // another's entry: js-yaml reads the outer sequence's next entry into the inner one ("- - \n- b"
    // and "- - a\n  -\n- b" are [[null, "b"]] and [["a", null, "b"]]; yaml, as the spec, [[null], "b"]
    // and [["a", null], "b"]). Any empty entry goes: they are rare in files people write.
    ['-', /(?:^|[ \t\n])-[ \t]*(?:[#\r\n]|$)/],
];
/** Whether js-yaml and yaml may read `text` apart (READ_APART). */
const mayReadApart = (text) => READ_APART.some(([needle, pattern]) => text.includes(needle) && pattern.test(text));
/** A null key (`~:`, `null:`, `{~:}`): "" to yaml, "null" to js-yaml. */
const NULL_KEY = /(?:^|[ \t\r\n,[{])(?:~|[Nn]ull|NULL)[ \t]*:(?:[ \t\r\n,\]}]|$)/;
/** A null key with no value in a flow mapping (`{null}`, `{a: 1, ~}`); catches the same in a flow sequence too. */
const NULL_FLOW_KEY = /[{,][ \t\r\n]*(?:~|[Nn]ull|NULL)[ \t\r\n]*[,}]/;
/** Whether `text` may hold a null key. Substrings first: the pattern alone, tried at every character, cost more than all the others. */
function mayHaveNullKey(text) {
    return (text.includes('~') || text.includes('ull') || text.includes('ULL')) && (NULL_KEY.test(text) || NULL_FLOW_KEY.test(text));
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
// Character codes for closesOnItsLine, which reads every character of every YAML file: indexing
// the string made a one-character string each time.
const SPACE = 32;
const TAB = 9;
const CR = 13;
const HASH = 35;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const BACKSLASH = 92;
function closesOnItsLine(text, start, end) {
    let depth = 0;
    let tokenStart = true;
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === SPACE || c === TAB || c === CR)
            continue;
        if (c === HASH && (i === start || text.charCodeAt(i - 1) === SPACE || text.charCodeAt(i - 1) === TAB))
            break;
        if (tokenStart && (c === DOUBLE_QUOTE || c === SINGLE_QUOTE)) {
            let j = i + 1;
            for (; j < end; j++) {
                const d = text.charCodeAt(j);
                if (c === DOUBLE_QUOTE && d === BACKSLASH)
                    j++;
                else if (d === c && !(c === SINGLE_QUOTE && text.charCodeAt(j + 1) === SINGLE_QUOTE))
                    break;
                else if (d === c)
                    j++;
            }
            if (j >= end)
                return false;
            i = j;
            tokenStart = false;
        }
        else if (tokenStart && (c === 0x5b || c === 0x7b)) {
            depth++; // [ {
        }
        else if (depth > 0 && (c === 0x5d || c === 0x7d)) {
            depth--; // ] }
            tokenStart = false;
        }
        else {
            const next = text.charCodeAt(i + 1); // NaN past the end
            const separated = i + 1 >= text.length || next === SPACE || next === TAB || next === CR || i + 1 === end;
            // What follows `- `, `? `, `: ` (and `,` in a flow) can be a quoted scalar or a collection.
            tokenStart = ((c === 0x2d || c === 0x3f || c === 0x3a) && separated) || (depth > 0 && c === 0x2c);
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
    if (mayReadApart(text) || mayHaveNullKey(text) || mayCrossLines(text))
        return undefined;
    let anchors;
    // Outside the try: parsers that are not loaded must not read as a text js-yaml cannot read.
    const { jsYaml } = (0,_lazy_js__WEBPACK_IMPORTED_MODULE_1__/* .libraries */ .G6)();
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
    return parseWithPositions(specLineBreaks(text), options.file, options.lineOffset ?? 0, false);
}
/**
 * The text read by the `yaml` package. `dropDocument`: keep only the value and the text, and
 * compose the positions again if a finding asks (the document is many times the text's size, and
 * a system's files are held until its check ends).
 */
function parseWithPositions(text, file, lineOffset, dropDocument) {
    const lines = new ((0,_lazy_js__WEBPACK_IMPORTED_MODULE_1__/* .libraries */ .G6)().yaml.LineCounter)();
    let doc;
    try {
        // The package's parseDocument in two steps, so the nesting is measured between them: the
        // parse is a loop, but composing it into a document recurses, and how deep a thread's stack
        // reaches differs (worker threads have more), so the report would depend on the thread.
        const tokens = [...new ((0,_lazy_js__WEBPACK_IMPORTED_MODULE_1__/* .libraries */ .G6)().yaml.Parser)(lines.addNewLine).parse(text)];
        if (parsedDepth(tokens, _source_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NESTING_DEPTH */ .wM) > _source_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NESTING_DEPTH */ .wM)
            return tooDeep(lineOffset);
        doc = compose(tokens, text.length);
    }
    catch (error) {
        return { ok: false, error: { message: nestingMessage(error), line: lineOffset + 1, column: 1 } };
    }
    let first = doc.errors[0];
    let aliases;
    try {
        if (!first) {
            const walked = walkComposed(doc);
            first = walked.duplicate;
            aliases = walked.aliases;
        }
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
        const nested = first.code === 'BLOCK_AS_IMPLICIT_KEY' ? nestedMappingError(text, at.line) : undefined;
        if (nested)
            return { ok: false, error: { ...nested, line: nested.line + lineOffset } };
        return { ok: false, error: { message: `invalid YAML: ${cleanYamlMessage(first.message)}`, line: at.line + lineOffset, column: at.col } };
    }
    if (aliases && aliases.count * aliases.nodes > MAX_ALIAS_WORK) {
        const at = aliases.first ? lines.linePos(aliases.first) : { line: 1, col: 1 };
        return {
            ok: false,
            error: {
                message: `YAML aliases: ${aliases.count} aliases among ${aliases.nodes} nodes are more than modelgate resolves (each alias is resolved by reading the document up to it); write the file without anchors and aliases, or as JSON`,
                line: at.line + lineOffset,
                column: at.col,
            },
        };
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
    if ((0,_source_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .nestingDepth */ .Qk)(value, _source_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NESTING_DEPTH */ .wM) > _source_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NESTING_DEPTH */ .wM)
        return tooDeep(lineOffset);
    return { ok: true, doc: new YamlDoc(file, value, dropDocument && text.length > DOCUMENT_KEPT_CHARS ? text : { doc, lines }, lineOffset) };
}
/** Below this, a composed document is kept for locating: composing it again would cost more than it holds. */
const DOCUMENT_KEPT_CHARS = 64 * 1024;
/**
 * The first document of the parsed tokens, as parseDocument composes it (a second document is an
 * error). uniqueKeys: the package compares each key with every earlier one (a mapping of 100,000
 * keys took minutes), so duplicates are found by duplicateKey instead, in one pass. logLevel: the
 * package would print warnings about a document (quoting its keys) to stderr; 'error', not
 * 'silent', which would also drop the error for a second document.
 */
function compose(tokens, length) {
    const { Composer, YAMLParseError } = (0,_lazy_js__WEBPACK_IMPORTED_MODULE_1__/* .libraries */ .G6)().yaml;
    const composer = new Composer({ prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' });
    let first;
    for (const doc of composer.compose(tokens, true, length)) {
        if (!first) {
            first = doc;
            continue;
        }
        first.errors.push(new YAMLParseError([doc.range[0], doc.range[1]], 'MULTIPLE_DOCS', 'a second document starts here (after "---" or "..."): modelgate reads one document per file; put it in a file of its own'));
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
    return { ok: false, error: { message: `YAML is nested more than ${_source_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NESTING_DEPTH */ .wM} levels deep`, line: lineOffset + 1, column: 1 } };
}
const DUPLICATE_KEY = 'Map keys must be unique';
/**
 * One plain walk of a composed document: the first key that repeats an earlier key of its
 * mapping, as the `yaml` package reports it (keys compared as the property names they become:
 * `1` and `"1"` are one key in the data), and, when there is none, its aliases and nodes.
 */
function walkComposed(doc) {
    // A plain walk: the package's visit() builds a path array per node, a third of this cost.
    const { isAlias, isMap, isScalar, isSeq } = (0,_lazy_js__WEBPACK_IMPORTED_MODULE_1__/* .libraries */ .G6)().yaml;
    const aliases = { count: 0, nodes: 0 };
    const walk = (node) => {
        if (node === null || node === undefined)
            return undefined;
        aliases.nodes++;
        if (isAlias(node)) {
            aliases.count++;
            aliases.first ??= node.range?.[0];
        }
        else if (isMap(node)) {
            // In reading order, as the package reports them: each key, then what is under it.
            const seen = new Set();
            for (const pair of node.items) {
                if (isScalar(pair.key)) {
                    const name = String(pair.key.value);
                    if (seen.has(name)) {
                        const start = pair.key.range?.[0] ?? 0;
                        return { message: DUPLICATE_KEY, pos: [start, start + 1] };
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
    const duplicate = walk(doc.contents);
    return duplicate ? { duplicate, aliases } : { aliases };
}
function unresolvedAlias(doc, lines) {
    const anchors = new Set();
    let found;
    const { isAlias, visit } = (0,_lazy_js__WEBPACK_IMPORTED_MODULE_1__/* .libraries */ .G6)().yaml;
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
        return `YAML is nested more than ${_source_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NESTING_DEPTH */ .wM} levels deep`;
    return `invalid YAML: ${cleanYamlMessage(error instanceof Error ? error.message : String(error))}`;
}
/**
 * What the package's "Nested mappings are not allowed in compact mappings" means, at line
 * `line` (1-based) of `text`: a value that holds ": " (`owner: Head of X: Jane`), which YAML
 * reads as a mapping, or a line below indented deeper than a key that already has a value
 * (`team: ml` with `  contact: x` under it), which the package reports at the key's line.
 */
function nestedMappingError(text, line) {
    const lines = text.split('\n');
    const here = (lines[line - 1] ?? '').replace(/\r$/, '');
    // The key's own ": ", after a quoted key (whose text may hold one) when the line starts with one.
    const keyStart = here.length - here.replace(/^[ \t]*(?:-[ \t]+)?/, '').length;
    const quote = here[keyStart];
    const keyEnd = quote === '"' || quote === "'" ? here.indexOf(quote, keyStart + 1) : keyStart;
    const colon = here.indexOf(': ', keyEnd < 0 ? keyStart : keyEnd);
    const value = colon < 0 ? '' : here.slice(colon + 2);
    const valueAt = colon + 2 + (value.length - value.trimStart().length);
    if (/:(?:[ \t]|$)/.test(value) && !/^[ \t]*[|>"'[{&*!#]/.test(value)) {
        return { message: 'invalid YAML: the value holds ": " (a colon and a space), which starts a mapping there; put the value in quotes', line, column: valueAt + 1 };
    }
    const indent = (text) => text.length - text.trimStart().length;
    for (let next = line; next < lines.length; next++) {
        const below = lines[next].replace(/\r$/, '');
        if (below.trim() === '' || below.trimStart().startsWith('#'))
            continue;
        if (indent(below) <= indent(here))
            return undefined;
        return {
            message: `invalid YAML: this line is indented deeper than the key on line ${line}, which already has a value; indent it as far as the keys beside it, or, if it goes on with that value, put the whole value in quotes`,
            line: next + 1,
            column: indent(below) + 1,
        };
    }
    return undefined;
}
/** The `yaml` package appends "at line N, column M" and source excerpts; we report those apart. */
function cleanYamlMessage(message) {
    const firstLine = message.split('\n')[0] ?? message;
    return firstLine.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}


/***/ }),

/***/ 7524:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ findingIdentity),
/* harmony export */   Us: () => (/* binding */ baselineMayHold),
/* harmony export */   ZX: () => (/* binding */ BaselineLedger),
/* harmony export */   c1: () => (/* binding */ makeBaseline),
/* harmony export */   oU: () => (/* binding */ loadBaseline),
/* harmony export */   q$: () => (/* binding */ DEFAULT_BASELINE_DAYS),
/* harmony export */   v5: () => (/* binding */ baselineGrowth),
/* harmony export */   vy: () => (/* binding */ DEFAULT_BASELINE_FILE)
/* harmony export */ });
/* unused harmony exports BASELINE_SCHEMA, BASE_COMPARING_FUNCTIONS, fingerprintMatches */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var _fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(654);
/* harmony import */ var _load_json_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5531);
/* harmony import */ var _load_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6774);
/* harmony import */ var _load_source_doc_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2431);
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
 * Findings about the gate's own governance: a pull request's changes (to the policy, waivers,
 * baseline, systems), the waivers and the baseline themselves. They are not a system's legacy
 * debt, and a standing record of them would pass every later change of the same identity.
 */
const GOVERNANCE_RULES = ['governance/', 'policy/', 'waiver/', 'baseline/'];
/**
 * Check functions that compare a system with the pull request's base commit (they skip with
 * `withoutBase`). A finding of theirs is one pull request's change, not legacy debt: recorded,
 * its identity (rule, system, file, block) would excuse every later regression of that block.
 */
const BASE_COMPARING_FUNCTIONS = new Set(['bias-regression', 'accuracy-regression', 'risk-not-lowered', 'stage-not-regressed', 'citations-kept', 'exemptions-kept', 'oversight-kept', 'review-not-postponed', 'artifacts-match-version', 'incident-log-kept', 'card-front-matter-kept']);
/** Why a baseline may not excuse a rule's findings (locked or unwaivable, as for a waiver, or about governance), if it may not. */
function unexcusable(policy, ruleId) {
    const rule = policy.byId.get(ruleId) ?? policy.known.get(ruleId);
    if (rule?.locked)
        return `rule ${ruleId} is locked, so no baseline excuses it`;
    if (rule?.waivable === false)
        return `rule ${ruleId} cannot be waived under this policy, so no baseline excuses it`;
    if (GOVERNANCE_RULES.some((prefix) => ruleId.startsWith(prefix)))
        return `rule ${ruleId} is about the gate's own governance (its policy, waivers, baseline, or a pull request's changes), which no baseline excuses`;
    if (rule?.then?.some((then) => BASE_COMPARING_FUNCTIONS.has(then.function)))
        return `rule ${ruleId} compares a pull request with its base commit, so each finding is that pull request's change, which no baseline excuses`;
    return undefined;
}
/** Whether a baseline may record and excuse a rule's findings (a rule of the policy that no reason above holds back). */
function baselineMayHold(policy, ruleId) {
    return policy.byId.has(ruleId) && unexcusable(policy, ruleId) === undefined;
}
/**
 * The baseline of a report: every failing finding a baseline may excuse (a locked or
 * unwaivable rule, or a finding about governance, is never baselined: it keeps failing),
 * counted by identity.
 */
function makeBaseline(findings, policy, created, days = DEFAULT_BASELINE_DAYS) {
    const entries = new Map();
    for (const finding of findings) {
        if (finding.status !== 'fail')
            continue;
        if (!baselineMayHold(policy, finding.ruleId))
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
    if ((0,_fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .isMissing */ .b2)(source, file))
        return {};
    const start = { file, line: 1, column: 1 };
    const text = source.readText(file);
    if (!text.ok)
        return { problem: { message: `${text.problem.message}; no finding is baselined`, at: start } };
    const parsed = (0,_load_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(text.text, file);
    if (!parsed.ok)
        return { problem: { message: `${parsed.error.message}; no finding is baselined`, at: { file, line: parsed.error.line, column: parsed.error.column } } };
    const issue = (0,_load_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .checkSchema */ ._U)('baseline.schema.json', parsed.doc.value)[0];
    if (issue)
        return { problem: { message: `${issue.message}; no finding is baselined`, at: { file, ...(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_4__/* .positionOfIssue */ .Uu)(parsed.doc, issue) } } };
    const value = parsed.doc.value;
    return {
        baseline: {
            file,
            created: value.created,
            expires: value.expires,
            expiresLine: parsed.doc.locate(['expires']).line,
            entries: value.findings.map((entry, index) => ({ ...entry, line: parsed.doc.locate(['findings', index]).line })),
        },
    };
}
/** Whether an entry's fingerprint is that of the finding its own fields name (never true of a relabelled entry). */
function fingerprintMatches(entry) {
    return entry.fingerprint === findingIdentity({ ruleId: entry.rule, file: entry.file, system: entry.system, ...(entry.path !== undefined ? { path: entry.path } : {}) });
}
/**
 * Applies a baseline to findings as they come, and says afterwards which entries went unused.
 * An entry is used only if its fingerprint is that of the rule, system, file and path it names
 * (so every message about it names what it excuses) and the rule may be excused; any other
 * entry is refused, excuses nothing, and is told apart (`refused`).
 */
class BaselineLedger {
    baseline;
    policy;
    byFingerprint = new Map();
    refused = [];
    expired;
    constructor(baseline, policy, now) {
        this.baseline = baseline;
        this.policy = policy;
        this.expired = baseline !== undefined && baseline.expires < now.toISOString().slice(0, 10);
        if (!baseline || this.expired)
            return;
        for (const entry of baseline.entries) {
            const reason = fingerprintMatches(entry) ? unexcusable(policy, entry.rule) : 'its fingerprint is not that of the rule, system, file and path it names';
            if (reason)
                this.refused.push({ entry, reason });
            else
                this.byFingerprint.set(entry.fingerprint, { entry, used: 0 });
        }
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
            // The entry names a list position, recorded for the item there at the base commit.
            if (finding.movedItem) {
                finding.message = `${finding.message} (not excused by the baseline at ${this.baseline.file}:${held.entry.line}: ${finding.movedItem.path} was ${finding.movedItem.was} at the base commit and is ${finding.movedItem.now} now)`;
                continue;
            }
            // Asked of the finding itself too: such a rule keeps failing whatever the file says.
            if (unexcusable(this.policy, finding.ruleId) !== undefined)
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
/**
 * The entries `head` holds beyond `base` (new ones, and higher counts), as finding counts.
 * Only entries whose fingerprint is the finding they name count on either side: the others
 * excuse nothing under any policy, so a pull request that corrects one's fields makes it
 * excuse something, and that is growth. Whether the rule may be excused is not asked: a pull
 * request may change the policy too, so an entry it adds for an unwaivable rule still counts.
 */
function baselineGrowth(base, head) {
    if (!head)
        return [];
    const before = new Map((base?.entries ?? []).filter(fingerprintMatches).map((e) => [e.fingerprint, e.count]));
    return head.entries.filter(fingerprintMatches).flatMap((entry) => {
        const added = entry.count - (before.get(entry.fingerprint) ?? 0);
        return added > 0 ? [{ entry, added, line: entry.line }] : [];
    });
}


/***/ }),

/***/ 114:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ ruleCatalogue)
/* harmony export */ });
/* unused harmony export validateBundledPolicies */
/* harmony import */ var _fs_assets_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7261);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4853);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8850);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4807);
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
    for (const name of (0,_fs_assets_js__WEBPACK_IMPORTED_MODULE_0__/* .assetNames */ .PB)(['policies', 'rules'], '.yaml')) {
        const file = `policies/rules/${name}`;
        const { pack, doc } = (0,_sources_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePack */ .Ll)((0,_fs_assets_js__WEBPACK_IMPORTED_MODULE_0__/* .readAssetText */ .yA)('policies', 'rules', name), file, !functions);
        for (const [id, raw] of Object.entries(pack.rules ?? {})) {
            const at = (0,_sources_js__WEBPACK_IMPORTED_MODULE_3__/* .locate */ .x5)(doc, file, ['rules', id]);
            if (typeof raw === 'string')
                throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`the catalogue must define rules, not select them`, at);
            if (definitions.has(id))
                throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`rule ${id} is defined twice in the catalogue`, at);
            definitions.set(id, (0,_definition_js__WEBPACK_IMPORTED_MODULE_2__/* .fullDefinition */ .lg)(id, raw, at, doc, file, functions));
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


/***/ }),

/***/ 8850:
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
/* harmony import */ var _load_lazy_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4759);
/* harmony import */ var _load_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6774);
/* harmony import */ var _text_closest_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2665);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4853);
/* harmony import */ var _path_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3612);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4807);






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
            const guess = (0,_text_closest_js__WEBPACK_IMPORTED_MODULE_5__/* .closest */ .k)(then.function, [...functions.keys()]);
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

/***/ 1022:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ makeFinding),
/* harmony export */   p: () => (/* binding */ singleLine)
/* harmony export */ });
function makeFinding(rule, system, status, message, at, path) {
    // Built key by key, in the order reports print them: spreading optional parts made a temporary
    // object for each, on 100,000 findings a run of 1,000 systems.
    const finding = { ruleId: rule.id, status, severity: rule.severity, system: system.id, message: singleLine(message), file: at.file, line: at.line, column: at.column };
    if (at.endLine !== undefined)
        finding.endLine = at.endLine;
    if (at.endColumn !== undefined)
        finding.endColumn = at.endColumn;
    if (path)
        finding.path = path;
    finding.evidences = rule.evidences;
    finding.supports = rule.supports;
    finding.docs = rule.docs;
    if (status === 'fail')
        finding.remediation = rule.remediation;
    return finding;
}
/** Messages quote text from documents; a newline there could start a workflow command in a log. */
function singleLine(text) {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
    return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}


/***/ }),

/***/ 8578:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ loadFrameworks),
/* harmony export */   CI: () => (/* binding */ unknownCoverageControl),
/* harmony export */   JR: () => (/* binding */ unknownControlReference),
/* harmony export */   rs: () => (/* binding */ controlOf),
/* harmony export */   ux: () => (/* binding */ within)
/* harmony export */ });
/* harmony import */ var _fs_assets_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7261);
/* harmony import */ var _text_closest_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2665);
/* harmony import */ var _load_yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7794);
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
        const raw = (0,_load_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBundledYaml */ .ZZ)((0,_fs_assets_js__WEBPACK_IMPORTED_MODULE_0__/* .readAssetText */ .yA)(...dir, file), file);
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
                framework.obligations.set(String(id), { tiers: control.tiers ?? 'all', roles: control.roles ?? ['provider', 'deployer'], from: control.from, parts: control.parts ?? [], ...(control.only ? { only: control.only } : {}), ...(control.also ? { also: control.also } : {}), ...(control.openSource ? { openSource: control.openSource } : {}), ...(control.partRoles ? { partRoles: control.partRoles } : {}) });
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
    const raw = (0,_load_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBundledYaml */ .ZZ)(text, 'ids');
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
        const guess = (0,_text_closest_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(reference, [...framework.controls.keys()]);
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
    const guess = (0,_text_closest_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(id, [...framework.controls.keys()]);
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

/***/ 6020:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  bj: () => (/* binding */ ART50_DECLARATIONS),
  e1: () => (/* binding */ ART50_PARAGRAPH),
  yy: () => (/* binding */ DEFAULT_TIMELINE),
  mH: () => (/* binding */ aiActProfile),
  o2: () => (/* binding */ citesAnnexI),
  mm: () => (/* binding */ citesAnnexIII),
  bX: () => (/* binding */ declarationBinds),
  XA: () => (/* binding */ effectiveProfile),
  Nu: () => (/* binding */ flagsOfBasis),
  Y7: () => (/* binding */ isKnownObligation),
  uY: () => (/* binding */ obligationExemption),
  u3: () => (/* binding */ obligationText),
  kb: () => (/* binding */ obligationsDropped),
  sI: () => (/* binding */ personsAreasOfBasis),
  Us: () => (/* binding */ sparedParts)
});

// UNUSED EXPORTS: ROLES, TIMELINES, loadTimelines, milestoneDate

// EXTERNAL MODULE: ./build/fs/assets.js
var assets = __nccwpck_require__(7261);
// EXTERNAL MODULE: ./build/load/manifest.js
var manifest = __nccwpck_require__(872);
// EXTERNAL MODULE: ./build/load/yaml.js
var yaml = __nccwpck_require__(7794);
// EXTERNAL MODULE: ./build/policy/finding.js
var finding = __nccwpck_require__(1022);
// EXTERNAL MODULE: ./build/policy/frameworks.js
var frameworks = __nccwpck_require__(8578);
// EXTERNAL MODULE: ./node_modules/spdx-exceptions/index.json
var spdx_exceptions = __nccwpck_require__(3988);
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
/**
 * The `transparency` declarations that give a system Art. 50's duties whatever its tier (Art.
 * 50(6): they apply alongside Chapter III): it talks to people (50(1)) or generates content
 * (50(2)), the provider's; it recognises emotions or categorises people by biometric data
 * (50(3)), makes deep fakes or generates text published to inform the public (50(4)), the
 * deployer's. Only `true` adds a duty.
 */
const ART50_DECLARATIONS = ['interactsWithPeople', 'generatesContent', 'recognisesEmotions', 'categorisesBiometrically', 'generatesDeepFakes', 'publishesPublicInterestText'];
let timelines;
function loadTimelines() {
    timelines ??= (0,yaml/* parseBundledYaml */.ZZ)((0,assets/* readAssetText */.yA)('policies', 'frameworks', 'eu-ai-act-timeline.yaml'), 'eu-ai-act-timeline.yaml').timelines;
    return timelines;
}
/**
 * A basis cites an annex when it names one of its points, anywhere and however written ("Annex III
 * 5(b)", "Annex 3, point 5(b)", "(AnnexIII 5b)", "Annex III, points 4(a)", "Annex III (4)(a)",
 * "Annex I Section A 11"), or starts with the paragraph of Art. 6 that refers to it; prose that
 * only mentions an annex ("Not an Annex III use") does not. Annex I (a regulated product,
 * Art. 6(1)) applies later than Annex III (Art. 6(2)). Both read the basis as basisText has it.
 */
const ANNEX_I = /\bannex\s*(?:i|1)(?![ivx\d])[\s,:]*(?:section|part|point|\d)|^\s*art(?:icle)?\.?\s*6\s*\(1\)/;
const ANNEX_III_AT = /\bannexe?\s*(?:iii(?![ivx])|3(?!\d))/g;
const ART_6_2 = /^\s*art(?:icle)?\.?\s*6\s*\(2\)/;
/**
 * The first point after "Annex III": only spacing, a comma, a colon or a dash before it, and a
 * word that names it ("point", "points", "No."). "Not in Annex III. 5 agents review…" cites none.
 */
// "section" and "item" too, only before a point's letter: "Annex III section 5(b)" cited no point
// (red team), and "not in Annex III, section 4 of our assessment explains why" cites none (review).
const FIRST_POINT = /[\s,:\-\u2013\u2014]*(?:(?:(?:points?|pt|no|paragraph|area)\.?\s*)?\(?(\d{1,2})\)?(?!\d)|(?:section|sec|item)\.?\s*(\d{1,2})(?=\s*\(\s*[a-h]\s*\)))/y;
/**
 * Each next step of a citation's list: separators (a dot only before a letter, as in "1.c") and
 * joining words, then a point's number, a letter in brackets, or a letter right after a number.
 * The separators are kept: a dash or "to" between two letters is a range ("1(a)-(c)").
 */
const NEXT_POINT = /((?:[\s,/&\-\u2013\u2014]|\.(?=\s*\(?[a-h](?![a-z]))|(?:and|or|to|points?)(?![a-z]))*)(?:\(?(\d{1,2})\)?(?!\d)|\(\s*([a-h])\s*\)|([a-h])(?![a-z]))/y;
/** "point 1(c) of Annex III", as the Regulation itself writes it. */
const POINT_OF_ANNEX_III = /\bpoints?\s*(\d{1,2})(?:\s*\(\s*([a-h])\s*\))?[\s,]*of\s*annexe?\s*(?:iii(?![ivx])|3(?!\d))/g;
const RANGE = /[-\u2013\u2014]|\bto\b/;
/** Letters that read as the Latin ones of a Roman numeral (Cyrillic і, Greek ι, dotless ı, …). */
const NUMERAL_LOOKALIKES = /[\u0131\u0269\u03b9\u0456\u04cf]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/**
 * A basis as the annex patterns read it: on one line, compatibility forms folded (full-width
 * brackets, "Ⅲ"), invisible characters gone, lower case, and letters that look like a
 * numeral's read as it, so "Annex ІІІ 1(c)" in Cyrillic cites what it appears to.
 */
function basisText(basis) {
    return (0,finding/* singleLine */.p)(basis.normalize('NFKC').replace(INVISIBLE, '')).toLowerCase().replace(NUMERAL_LOOKALIKES, 'i').replace(/\u0445/g, 'x').replace(/\u0475/g, 'v');
}
/**
 * The points of Annex III a basis cites, each `[point, letter]` (letter undefined for the point
 * itself): every list after each "Annex III" ("1(a) and 1(c)", "1(b)-(c)", "point 1, (c)",
 * "1.c"), up to the first word that is not part of one, and each "point 1(c) of Annex III".
 */
function annexIIIPoints(text) {
    const points = [];
    for (const cited of text.matchAll(POINT_OF_ANNEX_III))
        points.push([Number(cited[1]), cited[2]]);
    for (const mention of text.matchAll(ANNEX_III_AT)) {
        FIRST_POINT.lastIndex = (mention.index ?? 0) + mention[0].length;
        const first = FIRST_POINT.exec(text);
        if (!first)
            continue;
        let point = Number(first[1] ?? first[2]);
        points.push([point, undefined]);
        let afterNumber = true;
        let letter;
        NEXT_POINT.lastIndex = FIRST_POINT.lastIndex;
        for (let token = NEXT_POINT.exec(text); token; token = NEXT_POINT.exec(text)) {
            const [, separator = '', number, bracketed, bare] = token;
            if (number !== undefined) {
                point = Number(number);
                points.push([point, undefined]);
                afterNumber = true;
                letter = undefined;
                continue;
            }
            const next = bracketed ?? (afterNumber ? bare : undefined);
            if (next === undefined)
                break;
            // "1(a)-(c)" cites (b) too.
            if (letter !== undefined && RANGE.test(separator)) {
                for (let code = letter.charCodeAt(0) + 1; code < next.charCodeAt(0); code++)
                    points.push([point, String.fromCharCode(code)]);
            }
            points.push([point, next]);
            letter = next;
            afterNumber = false;
        }
    }
    return points;
}
const BASIS_FLAGS = [
    { flag: 'categorisesBiometrically', letter: 'b', what: 'Annex III 1(b), biometric categorisation' },
    { flag: 'recognisesEmotions', letter: 'c', what: 'Annex III 1(c), emotion recognition' },
];
/**
 * The Art. 50(3) declarations a basis implies: it cites Annex III point 1(b), biometric
 * categorisation, or 1(c), emotion recognition, which names a system Art. 50(3) binds its
 * deployer for, whatever its flags say.
 */
function flagsOfBasis(basis) {
    if (typeof basis !== 'string')
        return [];
    const points = annexIIIPoints(basisText(basis));
    return BASIS_FLAGS.filter(({ letter }) => points.some(([point, cited]) => point === 1 && cited === letter)).map(({ flag, what }) => ({ flag, what }));
}
/** The paragraph of Art. 50 each declaration brings, for a message and its roles (eu-ai-act.yaml partRoles). */
const ART50_PARAGRAPH = {
    interactsWithPeople: 'Art.50(1)',
    generatesContent: 'Art.50(2)',
    recognisesEmotions: 'Art.50(3)',
    categorisesBiometrically: 'Art.50(3)',
    generatesDeepFakes: 'Art.50(4)',
    publishesPublicInterestText: 'Art.50(4)',
};
/** Whether a declaration, true, binds this system: its paragraph binds one of the system's roles. */
function declarationBinds(flag, profile) {
    const bound = (0,frameworks/* loadFrameworks */.AZ)().get('euAiAct')?.obligations.get('Art.50')?.partRoles?.[ART50_PARAGRAPH[flag]];
    const { roles } = effectiveProfile(profile);
    return !bound || bound.some((role) => roles.includes(role));
}
/**
 * The areas of Annex III about natural persons: every point but 2 (critical infrastructure,
 * whose systems are safety components of a network, a road or a utility). A system in one of
 * them identifies, categorises, admits, hires, scores, prices, polices, examines or judges people.
 */
const PERSONS_AREAS = new Map([
    [1, 'biometrics'],
    [3, 'education and vocational training'],
    [4, "employment, workers' management and access to self-employment"],
    [5, 'access to essential private services and essential public services and benefits'],
    [6, 'law enforcement'],
    [7, 'migration, asylum and border control management'],
    [8, 'administration of justice and democratic processes'],
]);
/**
 * The points of Annex III a basis cites whose area is about natural persons, each once by its
 * point ("Annex III 4", its area), in the order cited; none for a basis citing only point 2, or
 * Art. 6(2) without a point.
 */
function personsAreasOfBasis(basis) {
    if (typeof basis !== 'string')
        return [];
    const seen = new Set();
    return annexIIIPoints(basisText(basis)).flatMap(([point]) => {
        const area = PERSONS_AREAS.get(point);
        if (area === undefined || seen.has(point))
            return [];
        seen.add(point);
        return [{ point, area }];
    });
}
function citesAnnexI(basis) {
    return typeof basis === 'string' && ANNEX_I.test(basisText(basis));
}
function citesAnnexIII(basis) {
    if (typeof basis !== 'string')
        return false;
    const text = basisText(basis);
    return ART_6_2.test(text) || annexIIIPoints(text).length > 0;
}
/** Each profile's effective form: every rule with an obligation asks for it, and its basis is read as text each time. */
const effectiveProfiles = new WeakMap();
/**
 * The tier and roles obligations are decided by. An undeclared or misspelt tier counts as high
 * (a gate must not relieve a system of obligations because it left its tier out), and undeclared
 * roles as both.
 */
function effectiveProfile(profile) {
    let effective = effectiveProfiles.get(profile);
    if (!effective) {
        effective = Object.freeze(effectiveProfileOf(profile));
        effectiveProfiles.set(profile, effective);
    }
    return effective;
}
function effectiveProfileOf(profile) {
    const tier = manifest/* RISK_TIERS */.ac.includes(profile.tier ?? '') ? profile.tier : 'high';
    const roles = Array.isArray(profile.roles) && profile.roles.some((r) => ROLES.includes(r)) ? profile.roles.filter((r) => ROLES.includes(r)) : [...ROLES];
    // A basis citing both annexes takes the earlier date: a pull request cannot delay obligations by adding a citation.
    // A system that talks to people, generates content, recognises emotions, categorises people
    // by biometric data, makes deep fakes or writes text published to inform the public has Art.
    // 50's duties whatever its tier: Art. 50(6) says they apply alongside Chapter III, so a
    // high-risk chatbot has them too, and so has the deployer of a minimal-risk deep-fake tool.
    // So has the deployer of a system whose basis cites Annex III 1(b) or 1(c) (flagsOfBasis).
    const art50 = ART50_DECLARATIONS.some((declaration) => profile[declaration] === true) || flagsOfBasis(profile.basis).length > 0;
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
    const bound = obligation.partRoles?.[part];
    if (bound && !bound.some((role) => profile.roles.includes(role))) {
        // Art. 50(2), marking outputs, is the provider's duty: a deployer's are 50(3) and 50(4).
        const own = Object.entries(obligation.partRoles ?? {}).filter(([, roles]) => roles.some((role) => profile.roles.includes(role))).map(([id]) => id);
        const article = /^Art\.\d+/.exec(part)?.[0] ?? part;
        const theirs = own.length > 0 ? ` (a ${profile.roles.join(' and ')}'s duties under ${article} are ${own.join(', ')})` : '';
        return `is an obligation of the ${bound.join(' or ')} alone; this system's roles are ${profile.roles.join(', ')}${theirs}`;
    }
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
    return id && obligation && (id === article || obligation.parts.includes(article) || obligation.partRoles?.[article] !== undefined) ? { id, obligation } : undefined;
}
/** Whether `article` is an obligation the data lists, or one of an obligation's parts (`parts`, `partRoles`): what `when.obligation` may name. */
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
        ...Object.fromEntries(ART50_DECLARATIONS.filter((declaration) => transparency[declaration] === true).map((declaration) => [declaration, true])),
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
 * `risk.euAiAct` (a role dropped, a basis rewritten, a tier declared lower) or withdrawing one of
 * the ART50_DECLARATIONS (`transparency.interactsWithPeople`, …) takes away.
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
        const parts = [...new Set([...obligation.parts, ...Object.keys(obligation.partRoles ?? {})])];
        articles.push(...parts.filter((part) => !partSpared(part, obligation, was) && partSpared(part, obligation, now)));
    }
    return { articles, later: now.tier === 'high' && was.tier === 'high' && was.milestone === 'annex-iii' && now.milestone === 'annex-i' };
}
/**
 * Which systems a rule with `when: { obligation: article }` applies to, in words (`explain`,
 * docs/rules.md): the article's tiers, roles and date, from the same data the gate decides by.
 * The date is the default timeline's; a policy may select another.
 */
function obligationText(article) {
    const listed = obligationOf(article);
    if (!listed)
        return `systems with the EU AI Act ${article} obligation`;
    const { id, obligation } = listed;
    const title = (0,frameworks/* loadFrameworks */.AZ)().get('euAiAct')?.controls.get(id);
    const tiers = [
        obligation.tiers === 'all' ? 'every risk tier' : `risk tiers ${obligation.tiers.join(', ')}`,
        // notTheSystems: Art. 50(6), and a registered Annex III system assessed as not high-risk.
        ...(id === 'Art.50' ? ['or any tier that interacts with people, generates content, recognises emotions, categorises people by biometric data, makes deep fakes or generates text published to inform the public (Art. 50(6))'] : []),
        ...(obligation.also === 'annex-iii' ? ['or any tier whose basis cites Annex III'] : []),
    ].join(', ');
    const roles = obligation.partRoles?.[article] ?? obligation.roles;
    const annexes = obligation.only === 'annex-iii' ? '; Annex III systems only' : '';
    const timeline = loadTimelines()[DEFAULT_TIMELINE];
    const from = obligation.from === 'high-risk'
        ? `from ${timeline.milestones['annex-iii']} (${timeline.milestones['annex-i']} for a basis citing Annex I only; timeline: ${DEFAULT_TIMELINE})`
        : `from ${timeline.milestones[obligation.from] ?? obligation.from} (timeline: ${DEFAULT_TIMELINE})`;
    const spared = obligation.openSource?.includes(article) ? '; not for an open-source model with its parameters public and no systemic risk (Art. 53(2))' : '';
    return `systems with the EU AI Act ${article} obligation${title ? ` (${title})` : ''}: ${tiers}${annexes}; for the ${roles.join(' or ')}; ${from}${spared}`;
}


/***/ }),

/***/ 3612:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lt: () => (/* binding */ select),
/* harmony export */   cn: () => (/* binding */ parseField),
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
/** Every value the steps reach from `root`, with its concrete path, in document order. */
function select(root, steps, base = []) {
    const found = [];
    reach(root, steps, 0, [...base], found);
    return found;
}
/**
 * Adds to `found` what steps[from..] reach from `value`, whose path is `path`. One path array is
 * extended and cut back as the walk goes, and copied only for a value reached: a rule selects on
 * every system, and a copy of the path at each step was most of the engine's garbage.
 */
function reach(value, steps, from, path, found) {
    const depth = path.length;
    let node = value;
    for (let i = from; i < steps.length; i++) {
        if (node === null || typeof node !== 'object') {
            path.length = depth;
            return;
        }
        const step = steps[i];
        if (step === WILDCARD) {
            if (Array.isArray(node)) {
                for (let index = 0; index < node.length; index++) {
                    path.push(index);
                    reach(node[index], steps, i + 1, path, found);
                    path.pop();
                }
            }
            else {
                for (const key of Object.keys(node)) {
                    path.push(key);
                    reach(node[key], steps, i + 1, path, found);
                    path.pop();
                }
            }
            path.length = depth;
            return;
        }
        if (Array.isArray(node) ? !(typeof step === 'number' && step < node.length) : !Object.prototype.hasOwnProperty.call(node, step)) {
            path.length = depth;
            return;
        }
        node = node[step];
        path.push(step);
    }
    found.push({ value: node, path: path.slice() });
    path.length = depth;
}


/***/ }),

/***/ 3414:
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
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4853);
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

/***/ 9:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ remotePacksFromClones),
/* harmony export */   k: () => (/* binding */ FetchedPacks)
/* harmony export */ });
/* harmony import */ var _fs_git_tree_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4323);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4853);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3414);
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

/***/ 4807:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ss: () => (/* binding */ bundledPackNames),
  x5: () => (/* binding */ locate),
  EM: () => (/* binding */ locateKey),
  MH: () => (/* binding */ packFilesIn),
  RR: () => (/* binding */ packFilesOnDisk),
  Ll: () => (/* binding */ parsePack),
  iq: () => (/* binding */ readPackTree)
});

// UNUSED EXPORTS: MAX_PACKS_EXTENDED, MAX_PACK_BYTES, MAX_REMOTE_PACKS, RULE_MAPPING_KEYS, checkControlReferences, fetchPackTree

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./build/fs/assets.js
var assets = __nccwpck_require__(7261);
// EXTERNAL MODULE: ./build/fs/local.js
var local = __nccwpck_require__(3693);
// EXTERNAL MODULE: ./build/load/schema.js
var schema = __nccwpck_require__(6774);
// EXTERNAL MODULE: ./build/text/closest.js
var closest = __nccwpck_require__(2665);
// EXTERNAL MODULE: ./build/load/source-doc.js
var source_doc = __nccwpck_require__(2431);
// EXTERNAL MODULE: ./build/load/yaml.js
var yaml = __nccwpck_require__(7794);
// EXTERNAL MODULE: ./build/fs/repo-fs.js
var repo_fs = __nccwpck_require__(654);
// EXTERNAL MODULE: ./build/types.js
var types = __nccwpck_require__(4853);
// EXTERNAL MODULE: ./build/policy/frameworks.js
var frameworks = __nccwpck_require__(8578);
// EXTERNAL MODULE: ./build/policy/reference.js
var reference = __nccwpck_require__(3414);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./build/policy/snapshot.js
/**
 * Parsed bundled policies, made at build time. Parsing the catalogue's YAML with positions was
 * most of start-up (about 110 ms of 240); the build writes each bundled file's values and the
 * position of every node to dist/policies.json, keyed by the file's SHA-256, and loading reads
 * that instead. A file whose hash is not in the snapshot (edited since the build) is parsed as
 * usual, so the snapshot can never stand in for different text.
 * Each entry's value and positions are JSON text within the JSON: loading the snapshot only
 * scans strings, a pack's value is parsed when that pack is loaded (a fresh copy each time), and
 * its positions only when a finding in it is located (rarely: the bundled packs are checked).
 */


const SNAPSHOT_FILE = ['dist', 'policies.json'];
/** The positions below the outline, read only when a finding is located that deep in a bundled file. */
const POSITIONS_FILE = ['dist', 'policy-positions.json'];
/** Paths this deep or shallower are in an entry's outline: the catalogue locates every rule (['rules', id]) when it loads. */
const OUTLINE_DEPTH = 2;
class SnapshotDoc {
    file;
    hash;
    entry;
    value;
    outline;
    deep;
    constructor(file, hash, entry) {
        this.file = file;
        this.hash = hash;
        this.entry = entry;
        this.value = JSON.parse(entry.value);
    }
    /** As YamlDoc.locate: the node's position, or its nearest existing ancestor's. */
    locate(path) {
        for (let length = path.length; length >= 0; length--) {
            const at = this.positions(length)[pathKey(path.slice(0, length))];
            if (at)
                return { line: at[0], column: at[1], endLine: at[2], endColumn: at[3] };
        }
        return { line: 1, column: 1 };
    }
    positions(depth) {
        if (depth <= OUTLINE_DEPTH)
            return (this.outline ??= JSON.parse(this.entry.outline));
        return (this.deep ??= JSON.parse(deepPositions()[this.hash] ?? '{}'));
    }
}
function pathKey(path) {
    return path.map(String).join('\u0000');
}
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
/** `doc` for the snapshot: its entry, and the positions below its outline (build time only). */
function snapshotEntry(doc) {
    const outline = {};
    const positions = {};
    const visit = (value, path) => {
        const at = doc.locate(path);
        (path.length <= OUTLINE_DEPTH ? outline : positions)[pathKey(path)] = [at.line, at.column, at.endLine ?? at.line, at.endColumn ?? at.column];
        if (Array.isArray(value))
            value.forEach((item, index) => visit(item, [...path, index]));
        else if (value && typeof value === 'object')
            for (const [key, item] of Object.entries(value))
                visit(item, [...path, key]);
    };
    visit(doc.value, []);
    return { entry: { value: JSON.stringify(doc.value), outline: JSON.stringify(outline) }, positions: JSON.stringify(positions) };
}
let loaded;
let deepLoaded;
function deepPositions() {
    if (deepLoaded === undefined) {
        try {
            deepLoaded = JSON.parse((0,assets/* readAssetText */.yA)(...POSITIONS_FILE));
        }
        catch {
            deepLoaded = {}; // then the nearest node of the outline is reported
        }
    }
    return deepLoaded;
}
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
    const hash = sha256(text);
    const entry = loaded?.[hash];
    return entry ? new SnapshotDoc(file, hash, entry) : undefined;
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
            const guess = (0,closest/* closest */.k)(trimmed, bundledPackNames());
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
    if (first) {
        const { line, column } = (0,source_doc/* positionOfIssue */.Uu)(parsed.doc, first);
        throw new types/* UsageError */.eb(first.message, { file: display, line, column });
    }
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
/** Where the key that ends `at` is written: an unknown rule id or control is the key, not its value. */
function locateKey(doc, file, at) {
    const { line, column } = doc.locateKey ? doc.locateKey(at) : doc.locate(at);
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

/***/ 1842:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ keyAtName)
/* harmony export */ });
/** The name keyAt files a setting under: a pack key, or an item of it. */
function keyAtName(key, item) {
    return item === undefined ? key : `${key}\u0000${item}`;
}


/***/ }),

/***/ 169:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eh: () => (/* binding */ computeCoverage),
/* harmony export */   MQ: () => (/* binding */ foldIntoCoverage),
/* harmony export */   Vc: () => (/* binding */ CONTROL_STATUSES)
/* harmony export */ });
/* harmony import */ var _policy_frameworks_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8578);
/* harmony import */ var _policy_obligations_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6020);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4853);
/**
 * Coverage: for each system and each framework in scope, what the findings show about every
 * control. A control is "evidenced" only when a passing rule judged content for it (its
 * `evidences` mapping); rules that only check a declaration or a file's presence make it
 * "supported". A control with no rule behind it is "not covered"; one rule failing makes it
 * "failing", whatever else passed, unless what failed is only a notice (a waiver about to end,
 * a baseline to shrink), which fails nothing: it keeps the control from "evidenced" and is
 * named in the reason. Rules that did not apply to the system checked nothing, so
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
    return systems.map((system) => ({ system: system.id, frameworks: frameworksFor(asCoverageSees(bySystem.get(system.id) ?? [], context.failOn), system.euAiAct ?? {}, context) }));
}
/**
 * Findings as coverage weighs them: under --fail-on notice a notice fails the gate, so it fails
 * its controls as a warning would; otherwise it fails nothing (isNotice).
 */
function asCoverageSees(findings, failOn) {
    if (!(0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .failsAt */ .ZN)('notice', failOn ?? 'error') || !findings.some(isNotice))
        return findings;
    return findings.map((f) => (isNotice(f) ? { ...f, severity: 'warning' } : f));
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
    // Severity too: a per-path override can make a rule a notice for one system, and a notice fails nothing.
    const results = `${applies}\u0002${findings.map((f) => `${f.ruleId}\u0000${f.status}\u0000${f.severity}`).join('\u0001')}`;
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
            // The rules named are those that checked it: a rule the policy scoped away from this
            // system (or with nothing to check) is named only when none checked it, to say so.
            const applied = decided.filter((d) => d.finding.status !== 'not-applicable');
            const rules = [...new Set((applied.length > 0 ? applied : decided).map((d) => d.finding.ruleId))].sort();
            const status = statusOf(decided);
            const notices = noticesAbout(decided);
            // Rules that check it, none of which applied to this system (a comparison with no base,
            // a rule for high-risk systems only): the control still applies, and nothing checked it.
            if (status === 'not-covered' && decided.length > 0) {
                return sharedControl(key, { id, title, status, rules, reason: notices ? noticeReasonFor(status, notices) : NONE_APPLIED });
            }
            if (notices && (status === 'evidenced' || status === 'supported')) {
                return sharedControl(key, { id, title, status: 'supported', rules, reason: noticeReasonFor('supported', notices) });
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
/** Why a control is not covered when every rule that checks it was scoped away or had nothing to check (the rules are named). */
const NONE_APPLIED = 'no rule that checks it applied to this system';
/** A finding's references to one framework, each with how strongly the check bears on it. */
function* referencesOf(finding, framework) {
    for (const reference of finding.evidences[framework] ?? [])
        yield ['evidences', reference];
    for (const reference of finding.supports[framework] ?? [])
        yield ['supports', reference];
}
const STATUS_RANK = { 'not-applicable': 0, 'not-covered': 1, supported: 2, evidenced: 3, waived: 4, failing: 5 };
/** A failure at notice severity: advice, which fails nothing, the gate's verdict included. */
const isNotice = (finding) => finding.status === 'fail' && finding.severity === 'notice';
/** Why a control a notice spoke to is what it is, naming the notices' rules. */
function noticeReasonFor(status, rules) {
    return status === 'not-covered' ? `only a notice was found about it (${rules})` : `a notice was found about it (${rules})`;
}
/** The rules named in a reason noticeReasonFor wrote. */
const NOTICE_REASON = /^(?:only )?a notice was found about it \((.*)\)$/;
/** The rules that found only a notice about a control, comma-separated, or '' for none. */
function noticesAbout(mapped) {
    return [...new Set(mapped.filter((m) => isNotice(m.finding)).map((m) => m.finding.ruleId))].sort().join(', ');
}
/** What one finding says of a control: a rule that did not apply checked nothing, a notice failed nothing. */
function findingStatus(finding, strength) {
    if (finding.status === 'pass')
        return strength === 'evidences' ? 'evidenced' : 'supported';
    if (isNotice(finding))
        return 'not-covered';
    return { fail: 'failing', waived: 'waived', 'not-applicable': 'not-covered' }[finding.status];
}
/**
 * Adds a finding made after a system's coverage was computed (about a waiver, say) to that
 * system's coverage: a control takes the weightier status, as statusOf decides.
 */
function foldIntoCoverage(system, given, failOn) {
    const finding = asCoverageSees([given], failOn)[0];
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
            // A notice fails nothing, but what it found keeps the control from "evidenced", and the
            // reason names it, as in computeFrameworks; a failing or waived control stays so.
            const noticed = isNotice(finding) && (control.status === 'evidenced' || control.status === 'supported' || control.status === 'not-covered');
            const status = noticed ? (control.status === 'not-covered' ? 'not-covered' : 'supported') : STATUS_RANK[found] > STATUS_RANK[control.status] ? found : control.status;
            framework.counts[control.status]--;
            framework.counts[status]++;
            // Control entries are shared between systems: replace, never change one in place.
            // As computeFrameworks names them: rules that did not apply only while none did.
            const kept = control.reason === NONE_APPLIED && finding.status !== 'not-applicable' ? [] : control.rules;
            const rules = kept.includes(finding.ruleId) ? kept : [...kept, finding.ruleId].sort();
            // A reason explains the status it came with ("partly evidenced", "no rule applied"): not another.
            const { reason: _reason, ...rest } = control;
            const earlier = NOTICE_REASON.exec(control.reason ?? '')?.[1]?.split(', ') ?? [];
            const noticeReason = noticeReasonFor(status, [...new Set([...earlier, finding.ruleId])].sort().join(', '));
            const changed = noticed ? { ...rest, status, rules, reason: noticeReason } : { ...rest, status, rules };
            framework.controls[index] = sharedControl(framework.framework, status === control.status && !noticed ? { ...control, rules } : changed);
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

/***/ 9924:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ markdownUrl),
/* harmony export */   BC: () => (/* binding */ sarifText),
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   Q6: () => (/* binding */ visibleText),
/* harmony export */   XR: () => (/* binding */ csvField),
/* harmony export */   eR: () => (/* binding */ terminalText),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   p7: () => (/* binding */ markdownText)
/* harmony export */ });
/* unused harmony export SHOWN_LIMIT */
/* harmony import */ var _load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8852);
/**
 * One escaping function per sink. Everything a report shows (file and folder names, card text,
 * evidence values, messages a pack writes) comes from a repository we do not trust, and each
 * place it is shown reads it differently:
 *
 * | sink                                   | function         | what it must not let through            |
 * | -------------------------------------- | ---------------- | --------------------------------------- |
 * | plain text (annotations, SARIF, JSON)  | `visibleText`    | control, format and invisible characters, marks drawn over text |
 * | terminal (stylish report, job log)     | `terminalText`   | the above, and a `::command::` line     |
 * | Markdown text and table cells          | `markdownText`   | HTML, links (bare URLs too), images, headings, `|`, @mentions, #refs |
 * | Markdown inline code                   | `markdownCode`   | the end of the code span, `|` in tables |
 * | raw HTML (inside `<details>` blocks)   | `htmlText`       | tags, entities, @mentions               |
 * | a link target                          | `markdownUrl`    | anything but an http(s) URL             |
 * | SARIF message text (embedded links)    | `sarifText`      | `[text](n)` links to related locations  |
 * | a CSV cell (spreadsheets)              | `csvField`       | `,` `"` line breaks, formulas (`=` `+` `-` `@`) |
 *
 * Control, format and invisible characters and line breaks are shown escaped (`\n`, `\x1b`, `\u{202e}`), never passed
 * through, so a name cannot start a new line, a heading, a table row or a workflow command, or
 * reorder what follows it on screen.
 */

/**
 * Controls (C0, DEL, C1), line and paragraph separators, format characters (bidi marks and
 * overrides, zero-width spaces and joiners, the soft hyphen, BOM, the tag characters that spell
 * hidden text) and whatever else Unicode says to ignore when not shown (variation selectors, the
 * blank Hangul fillers). Red team: tag characters carried a hidden instruction into the PR
 * comment, and variation selectors can carry bytes. An emoji's variation selector is written
 * out too: a gate's report shows what is there.
 */
const INVISIBLE = new RegExp(`[\\p{Cc}\\p{Zl}\\p{Zp}${_load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .INVISIBLE_CLASS */ .Vb}]`, 'gu');
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Longest text any sink shows for one value; a 10 KB folder name is cut with `…`. */
const SHOWN_LIMIT = 2_000;
/**
 * Combining marks that draw over other text rather than on one letter: enclosing marks (a circle,
 * a prohibition sign round a letter) and overlays (a stroke through it), from Unicode's combining
 * class 1; and a run of more than MAX_MARKS marks of any kind, which stacks over the lines
 * around it (review: spacing marks put between nonspacing ones must not restart the count). Fourth red team: a version "2.3.0 F̶A̶I̶L̶" drew a strike-through in the job summary.
 * Letters with their accents (é, ệ, Hebrew points, Burmese and Tibetan syllables, whose spacing
 * marks are no part of a run) are left as written.
 */
const DRAWN_OVER_CLASS = '\\p{Me}\\u0334-\\u0338\\u1CD4\\u1CE2-\\u1CE8\\u20D2\\u20D3\\u20D8-\\u20DA\\u20E5\\u20E6\\u20EA\\u20EB\\u{10A39}\\u{16AF0}-\\u{16AF4}\\u{1BC9E}\\u{1D167}-\\u{1D169}';
const DRAWN_OVER = new RegExp(`[${DRAWN_OVER_CLASS}]|\\p{M}{9,}`, 'gu');
const DRAWN_OVER_MARK = new RegExp(`^[${DRAWN_OVER_CLASS}]$`, 'u');
/** The most marks in a row shown as written: languages write up to five or six (review: Burmese has five in a row, two of them spacing). */
const MAX_MARKS = 8;
/** A character written out as an escape. */
function escaped(char) {
    const named = NAMED[char];
    if (named)
        return named;
    const code = char.codePointAt(0) ?? 0;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}
/** Text with every invisible or line-breaking character, and marks drawn over other text, written out as an escape. */
function visibleText(text, limit = SHOWN_LIMIT) {
    let clipped = text;
    if (text.length > limit) {
        // Never cut between the two halves of a character outside the BMP (an emoji, say).
        const code = text.charCodeAt(limit - 2);
        const end = code >= 0xd800 && code <= 0xdbff ? limit - 2 : limit - 1;
        clipped = `${text.slice(0, end)}…`;
    }
    return clipped.replace(INVISIBLE, escaped).replace(DRAWN_OVER, (match) => {
        if (DRAWN_OVER_MARK.test(match))
            return escaped(match);
        // A run: the first marks as written (each escaped if it draws over), the rest escaped.
        return [...match].map((mark, i) => (i < MAX_MARKS && !DRAWN_OVER_MARK.test(mark) ? mark : escaped(mark))).join('');
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
 * cell break, and `$` so no math), and `@name` / `#123` get a zero-width space so they mention
 * or link nobody; so do `scheme://` and `www.`, which GitHub would turn into a link (a bot's
 * comment lends a URL from a pull request its credibility: it is shown, not made clickable),
 * and emoji shortcodes, `GH-1` and commit ids.
 */
function markdownText(text, limit = SHOWN_LIMIT) {
    return (visibleText(text, limit)
        // GitHub renders these on the text after Markdown, so an escape does not stop them: an
        // emoji shortcode (:white_check_mark:), a GH-123 issue link, and a commit id (7 to 40 hex
        // digits with a letter and a digit), cut into pieces too short to name a commit.
        .replace(/:(?=[\w+-]{1,64}:)/gu, ':\u200b')
        .replace(/\b(GH)-(?=\d)/giu, '$1\u200b-')
        .replace(/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/giu, (id) => id.replace(/[0-9a-f]{6}(?=[0-9a-f])/giu, '$&\u200b'))
        .replace(/[\\`*_[\]<>#|~&$]/gu, '\\$&')
        .replace(/@\b/gu, '@\u200b')
        .replace(/\\#(?=\d)/gu, '\\#\u200b')
        .replace(/:(?=\/\/)/gu, ':\u200b')
        .replace(/\b(www)(?=\.)/giu, '$1\u200b'));
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


/***/ }),

/***/ 7177:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ groupBy),
/* harmony export */   UV: () => (/* binding */ rulesOfGroup),
/* harmony export */   WE: () => (/* binding */ systemById),
/* harmony export */   at: () => (/* binding */ failingSuffix),
/* harmony export */   lf: () => (/* binding */ sameFailureGroups),
/* harmony export */   t$: () => (/* binding */ failuresInPriorityOrder)
/* harmony export */ });
/** Failing findings, most severe first, then by file and line: the order people should read them. */
function failuresInPriorityOrder(findings) {
    const rank = { error: 0, warning: 1, notice: 2 };
    return findings
        .filter((f) => f.status === 'fail')
        .sort((a, b) => rank[a.severity] - rank[b.severity] || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
/**
 * Failures that say the same thing at the same place of one system, grouped, in order of first
 * appearance: a field's own rule and system/no-placeholders on one TODO marker are one fact,
 * shown once with both rules (JSON and SARIF keep every rule's result).
 */
function sameFailureGroups(failures) {
    return [...groupBy(failures, (f) => `${f.system}\u0000${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.severity}\u0000${f.message}`).values()];
}
/**
 * The rules of a group (sameFailureGroups), each once, in order, with how many of its findings
 * the group holds when more than one: the same rule on two datasets citing one card.
 */
function rulesOfGroup(group) {
    return [...groupBy(group, (f) => f.ruleId).values()].map((same) => ({ finding: same[0], count: same.length }));
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
/**
 * " (13 failing)" after a count of systems when some of two or more fail, else nothing: "47
 * errors in 15 systems" read as if every system failed (a new user's reading).
 */
function failingSuffix(report) {
    let failing = 0;
    for (const system of report.systems)
        if (system.verdict === 'fail')
            failing++;
    return failing > 0 && report.systems.length > 1 ? ` (${failing} failing)` : '';
}


/***/ }),

/***/ 2665:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ SuggestionBudget),
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/**
 * "Did you mean": the known name a misspelt one most likely stands for. Used for manifest keys
 * and values, rule and control ids, pack settings, commands, and paths that do not exist.
 */
/**
 * The known name closest to `word`, if it is close enough to be a likely typo: at most
 * `maxDistance` edits away (by default a third of the word, and at least two).
 */
function closest(word, candidates, maxDistance = Math.max(2, Math.floor(word.length / 3))) {
    let best;
    let bestDistance = Infinity;
    const lower = word.toLowerCase();
    const lengthSlack = Math.min(5, maxDistance);
    for (const candidate of candidates) {
        if (Math.abs(candidate.length - word.length) > lengthSlack)
            continue;
        const distance = editDistance(lower, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    // The word itself is no suggestion; the word in another case is ("Minimal" for "minimal").
    return best !== undefined && bestDistance <= maxDistance && best !== word ? best : undefined;
}
/**
 * Edits from `a` to `b`: an insertion, a deletion, a change, or two neighbours swapped ("drfit"
 * for "drift" is one slip of the fingers, not two changes).
 */
function editDistance(a, b) {
    let beforePrevious = [];
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let distance = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                distance = Math.min(distance, beforePrevious[j - 2] + 1);
            current.push(distance);
        }
        beforePrevious = previous;
        previous = current;
    }
    return previous[b.length];
}
/**
 * The work a caller allows its suggestions, spent by closestWithin: comparing a word with n names
 * costs about n times the word's length squared. Whatever is compared comes from a repository,
 * which is untrusted: thousands of missing names against thousands of long ones must not stall
 * a check for a hint. The default is a few milliseconds, enough for hundreds of typos.
 */
class SuggestionBudget {
    left;
    constructor(left = 4_000_000) {
        this.left = left;
    }
    /** closest, while the budget lasts; undefined once it is spent. */
    closestWithin(word, candidates, maxDistance) {
        const cost = candidates.length * (word.length + 1) * (word.length + 1);
        if (!this.spend(cost))
            return undefined;
        return maxDistance === undefined ? closest(word, candidates) : closest(word, candidates, maxDistance);
    }
    /** Takes `cost` from what is left; false, leaving nothing, when it does not cover it. */
    spend(cost) {
        if (cost > this.left) {
            this.left = 0;
            return false;
        }
        this.left -= cost;
        return true;
    }
}


/***/ }),

/***/ 4853:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ZN: () => (/* binding */ failsAt),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   fK: () => (/* binding */ valueAt),
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
/** Whether a failing finding of `severity` fails the gate at `failOn` (at or above it): the verdict, the baseline command and coverage ask it. */
function failsAt(severity, failOn) {
    return failOn !== 'never' && severityRank(severity) >= severityRank(failOn);
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

/***/ 3988:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["389-exception","Asterisk-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","Classpath-exception-2.0","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","DigiRule-FOSS-exception","eCos-exception-2.0","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","i2p-gpl-java-exception","KiCad-libraries-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","SANE-exception","SHL-2.0","SHL-2.1","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"]');

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
/******/ var __webpack_exports__ = __nccwpck_require__(8969);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

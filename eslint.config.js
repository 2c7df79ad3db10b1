// ESLint flat config for src/ (`npm run lint` runs it, then dependency-cruiser for the import
// boundaries in .dependency-cruiser.cjs; test/lint.test.ts proves the rules fire).
//
// Regular expressions: every regex in src/ runs over text a pull request controls (cards,
// manifests, evidence), so none may backtrack or move super-linearly.
//
// Parser: @babel/eslint-parser with its TypeScript preset, not typescript-eslint. The project
// compiles with TypeScript 7 (the native compiler, no JavaScript API); typescript-eslint 8.74.0
// (the latest release, December 2026) requires typescript >=4.8.4 <6.1.0 as a peer, and its
// plugin throws "typescript-eslint does not support TS 7.0" when it loads, so neither its parser
// nor its rules can run here, even under the Babel parser. Switch once typescript-eslint
// supports 7 (https://github.com/typescript-eslint/typescript-eslint/issues/10940).
// Meanwhile: ESLint's own recommended rules, and the syntax-only checks of typescript-eslint's
// `recommended` that a selector can state, written as no-restricted-syntax below.
import babelParser from '@babel/eslint-parser';
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';

/** typescript-eslint `recommended` rules that need no type information, as AST selectors. */
const TYPESCRIPT_SYNTAX = [
  // @typescript-eslint/no-explicit-any: `any` switches the checker off; use unknown and narrow.
  { selector: 'TSAnyKeyword', message: 'No `any` (@typescript-eslint/no-explicit-any): use `unknown` and narrow it.' },
  // @typescript-eslint/no-namespace: ES modules are the unit of code here.
  { selector: "TSModuleDeclaration[declare!=true][global!=true]", message: 'No namespaces (@typescript-eslint/no-namespace): use a module.' },
  // @typescript-eslint/no-unsafe-function-type: `Function` accepts any call.
  { selector: "TSTypeReference > Identifier.typeName[name='Function']", message: 'No `Function` type (@typescript-eslint/no-unsafe-function-type): write the signature.' },
  // @typescript-eslint/no-wrapper-object-types: `String` is the boxed object, not the primitive.
  {
    selector: 'TSTypeReference > Identifier.typeName[name=/^(?:String|Number|Boolean|Symbol|BigInt|Object)$/]',
    message: 'No wrapper object types (@typescript-eslint/no-wrapper-object-types): use the primitive (string, number, ...).',
  },
  // @typescript-eslint/no-require-imports: the package is ESM; require() hides an import from the boundaries.
  { selector: "CallExpression[callee.name='require']", message: 'No require() (@typescript-eslint/no-require-imports): use import.' },
  // @typescript-eslint/no-non-null-asserted-optional-chain: `a?.b!` asserts what `?.` just allowed to be undefined.
  // (Babel puts the `!` inside the chain: `a?.b!` is ChainExpression > TSNonNullExpression > MemberExpression[optional].)
  {
    selector: 'TSNonNullExpression > :matches(ChainExpression, MemberExpression[optional=true], CallExpression[optional=true])',
    message: 'No `!` right after `?.` (@typescript-eslint/no-non-null-asserted-optional-chain).',
  },
];

export default [
  { ignores: ['dist/**', 'node_modules/**', 'src/load/schema-validators.generated.ts'] },
  {
    files: ['src/**/*.ts'],
    languageOptions: {
      parser: babelParser,
      parserOptions: {
        requireConfigFile: false,
        babelOptions: { babelrc: false, configFile: false, presets: ['@babel/preset-typescript'] },
      },
    },
    plugins: { regexp },
    rules: {
      // ESLint's recommended rules: likely bugs (unreachable code, duplicate keys, empty blocks, ...).
      ...js.configs.recommended.rules,
      // Off: TypeScript reports undefined names, and Babel's scope analysis does not see type-only
      // names (Record, interfaces), so this rule would flag every type.
      'no-undef': 'off',
      // Off: Babel's scope analysis counts no use in a type position, so every type-only import
      // reads as unused (217 false reports); tsc's noUnusedLocals is the check that sees types.
      'no-unused-vars': 'off',
      // @typescript-eslint/ban-ts-comment: a suppressed compiler error is a hidden one.
      'no-warning-comments': ['error', { terms: ['@ts-ignore', '@ts-nocheck'], location: 'start' }],
      'no-restricted-syntax': ['error', ...TYPESCRIPT_SYNTAX],
      // Regular expressions over pull-request text must run in linear time.
      ...regexp.configs['flat/recommended'].rules,
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
    },
  },
];

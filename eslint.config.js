// ESLint flat config: the base later issues extend (TypeScript rules, import boundaries).
// Today it holds the regular-expression rules: every regex in src/ runs over text a pull request
// controls (cards, manifests, evidence), so none may backtrack or move super-linearly.
//
// Parser: @babel/eslint-parser with its TypeScript preset, not @typescript-eslint/parser, because
// the project compiles with TypeScript 7 (the native compiler, no JavaScript API) and
// typescript-eslint 8 requires typescript < 6.1 as a peer. Switch once typescript-eslint supports 7.
import babelParser from '@babel/eslint-parser';
import regexp from 'eslint-plugin-regexp';

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
      ...regexp.configs['flat/recommended'].rules,
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
    },
  },
];

/**
 * The third-party parsers and the compiled schema validators: about two thirds of the CLI bundle
 * (the validators alone are 1.4 MB). This module is only ever loaded by `import()` (lazy.ts), so
 * the bundler makes it a chunk of its own and a run that reads no document (an empty repository,
 * --help, --version) neither parses nor initialises it. Nothing else may import it.
 */
export { default as jsYaml } from 'js-yaml';
export * as yaml from 'yaml';
export * as jsonc from 'jsonc-parser';
export { Ajv2020 } from 'ajv/dist/2020.js';
export { fullFormats, schemasByFile, TOO_MANY_ERRORS, validatorsByFile } from './schema-validators.generated.js';

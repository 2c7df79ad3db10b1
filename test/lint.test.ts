/**
 * The ESLint config (eslint.config.js) that CI runs over src/: a regular expression that can
 * backtrack or move super-linearly over text a pull request controls is an error there.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function ruleIds(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'src/load/example.ts' });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('eslint.config.js over src/', () => {
  it.each([
    ['nested quantifiers', 'export const r = /^(a+)+$/;', 'regexp/no-super-linear-backtracking'],
    ['two quantifiers trading spaces', 'export const r = /^#+[ \\t]+(.*?)[ \\t]*$/;', 'regexp/no-super-linear-backtracking'],
    ['a lazy class rescanned from every opener', 'export const r = /\\{\\{[^}]*\\}\\}/g;', 'regexp/no-super-linear-move'],
    ['a misleading capturing group', 'export const r = /\\d+(\\d*)/;', 'regexp/no-misleading-capturing-group'],
  ])('flags %s', async (_, code, rule) => {
    expect(await ruleIds(code)).toContain(rule);
  });

  it('passes a linear pattern in TypeScript', async () => {
    expect(await ruleIds('export const r: RegExp = /^ {0,3}(#{1,6})(?=[ \\t]|$)/;\nexport type T = { a: string };')).toEqual([]);
  });
});
